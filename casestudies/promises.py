"""One true sentence about when a story is published, for every page and email.

A story is published only once its storyteller says they are happy with the version sent
to them, or, if their consent allows it ("publish it if I do not reply"), once they have
not replied within ``STORYTELLER_APPROVAL_DAYS`` (``moderation.publication.
storyteller_no_reply_due``, the ``storyteller_no_reply`` transition). Pages shown before
consent is given say that the choice is theirs; pages and emails after it say what they
chose.
"""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import gettext as _

from .models import Submission


def publication_promise(*, submission: Submission | None = None, landlord: bool = False) -> str:
    """The sentence, in the active language, for ``submission`` (or before one exists)."""
    days = settings.STORYTELLER_APPROVAL_DAYS
    if submission is not None:
        landlord = submission.is_landlord
    consent = submission.consent if submission is not None else None
    if consent is None:
        if landlord:
            return _(
                "We email you the version we would publish to check. We only publish it once you tell us you are happy with it, unless you let us publish it if you have not replied within %(days)s days: you choose this at the end of the form."
            ) % {"days": days}
        return _(
            "We email you the anonymised version to check. We only publish it once you tell us you are happy with it, unless you let us publish it if you have not replied within %(days)s days: you choose this at the end of the form."
        ) % {"days": days}
    if consent.publish_without_reply:
        if landlord:
            return _(
                "We email you the version we would publish to check. We publish it once you tell us you are happy with it or, as you agreed, if you have not replied within %(days)s days."
            ) % {"days": days}
        return _(
            "We email you the anonymised version to check. We publish it once you tell us you are happy with it or, as you agreed, if you have not replied within %(days)s days."
        ) % {"days": days}
    if landlord:
        return _(
            "We email you the version we would publish to check. We only publish it once you tell us you are happy with it."
        )
    return _(
        "We email you the anonymised version to check. We only publish it once you tell us you are happy with it."
    )
