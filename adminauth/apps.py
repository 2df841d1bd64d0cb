from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AdminAuthConfig(AppConfig):
    """Two factors for admin users, and admin sessions that end (docs/security.md)."""

    name = "adminauth"
    verbose_name = _("Admin sign-in")
