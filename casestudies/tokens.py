"""Signed, expiring links sent to the submitter (verify, resume, withdraw).

Each purpose has its own salt, so a resume link can never be used to withdraw. The
token names the submission and its reference: a token made for a submission that
was later erased or replaced no longer matches anything.
"""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum

from django.conf import settings
from django.core import signing


class LinkPurpose(StrEnum):
    VERIFY = "verify"
    RESUME = "resume"
    WITHDRAW = "withdraw"
    CHECK = "check"  # the storyteller checks the anonymised version
    STORY = "story"  # the storyteller's own page: state, text, consent, withdrawal


def _max_age(purpose: LinkPurpose) -> timedelta:
    days = {
        LinkPurpose.VERIFY: settings.VERIFICATION_LINK_MAX_AGE_DAYS,
        LinkPurpose.RESUME: settings.RESUME_LINK_MAX_AGE_DAYS,
        LinkPurpose.WITHDRAW: settings.WITHDRAWAL_LINK_MAX_AGE_DAYS,
        LinkPurpose.CHECK: settings.STORYTELLER_LINK_MAX_AGE_DAYS,
        LinkPurpose.STORY: settings.STORY_PAGE_LINK_MAX_AGE_DAYS,
    }[purpose]
    return timedelta(days=days)


class LinkError(Exception):
    """The link is broken, expired or no longer matches a submission.

    ``submission_id`` is known only when the link was genuine: an expired one (its
    signature still holds) or one whose submission was found. The page that explains the
    problem uses it to word itself for a resident or a landlord, and for nothing else.
    """

    def __init__(self, *, expired: bool = False, submission_id: int | None = None):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired
        self.submission_id = submission_id


def token_make(*, purpose: LinkPurpose, submission_id: int, reference: str) -> str:
    return signing.dumps({"s": submission_id, "r": reference}, salt=f"mtr.link.{purpose}")


def token_read(*, purpose: LinkPurpose, token: str) -> tuple[int, str]:
    """Return (submission id, reference) or raise LinkError."""
    try:
        data = signing.loads(token, salt=f"mtr.link.{purpose}", max_age=_max_age(purpose))
    except signing.SignatureExpired as exc:
        raise LinkError(expired=True, submission_id=_expired_submission_id(purpose, token)) from exc
    except signing.BadSignature as exc:
        raise LinkError() from exc
    if not isinstance(data, dict) or not isinstance(data.get("s"), int):
        raise LinkError()
    return data["s"], str(data.get("r", ""))


def _expired_submission_id(purpose: LinkPurpose, token: str) -> int | None:
    """The submission an expired but genuine link names (its signature is checked again)."""
    try:  # what signing.loads does, without the age check
        data = signing.TimestampSigner(salt=f"mtr.link.{purpose}").unsign_object(token)
    except signing.BadSignature:
        return None
    value = data.get("s") if isinstance(data, dict) else None
    return value if isinstance(value, int) else None
