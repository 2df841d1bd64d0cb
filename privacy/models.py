"""No tables of its own: the permission to answer people's requests about their data."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PersonalDataRequest(models.Model):
    """Holds ``privacy.handle_requests``: export (subject access) and erase a person's data.

    Unmanaged and never queried: the requests themselves are Wagtail log entries.
    """

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("handle_requests", _("Can export and erase a person's data"))]
        verbose_name = _("personal data request")

    def __str__(self) -> str:
        return str(self._meta.verbose_name)
