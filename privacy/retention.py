"""Which submissions are past their retention period, and the purge that erases them.

The periods are ``settings.RETENTION_DAYS`` (docs/data-protection.md). Each rule starts
its clock at a date the records hold:

- never verified (draft, awaiting verification or expired): UNVERIFIED days from when
  it was sent, or from when it was started if it never was;
- rejected: REJECTED days from the decline (the "moderation.declined" log entry on its
  review; the row's last change if there is none);
- withdrawn: WITHDRAWN days from ``withdrawn_at``;
- published: the contact details only, PUBLISHED_CONTACT days from first publication
  (the earliest ``first_published_at`` of its pages) or from the latest consent renewal,
  whichever is later, unless the latest consent still
  allows contact about media interviews.

Stories still with editors (new, in moderation) are never due.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, F, Min, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Cast, Coalesce, Greatest
from django.utils import timezone

from wagtail.models import ModelLogEntry

from casestudies.choices import SubmissionStatus
from casestudies.models import ConsentRecord, Submission

from .erasure import CONTACT_FIELDS, contact_details_erase, erasure_preview, submission_erase

logger = logging.getLogger(__name__)

EVERYTHING = "everything"
CONTACT_DETAILS = "contact details"
RULE_LABELS = {
    "unverified": "never verified",
    "rejected": "rejected",
    "withdrawn": "withdrawn",
    "published_contact": "published",
}


@dataclass(frozen=True)
class Due:
    """One submission past a retention period, and what goes."""

    submission: Submission
    rule: str  # a key of RULE_LABELS
    since: datetime  # when the rule's clock started
    days: int
    action: str  # EVERYTHING or CONTACT_DETAILS

    @property
    def reference(self) -> str:
        return self.submission.reference

    @property
    def why(self) -> str:
        return f"{RULE_LABELS[self.rule]} on {timezone.localdate(self.since):%Y-%m-%d}, kept {self.days} days"

    def what(self) -> str:
        """What would go, as counts (never the data itself)."""
        if self.action == CONTACT_DETAILS:
            held = [name.replace("_", " ") for name in CONTACT_FIELDS if getattr(self.submission, name)]
            return f"contact details ({', '.join(held)})"
        counts = erasure_preview(self.submission)
        parts = [f"{count} {name}" for name, count in counts.items() if count]
        return "everything: answers" + (f", {', '.join(parts)}" if parts else "")


@dataclass
class PurgeReport:
    dry_run: bool
    now: datetime
    due: list[Due] = field(default_factory=list)
    erased: list[str] = field(default_factory=list)
    contact_details_erased: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (reference, error type)

    def summary(self) -> dict:
        """Counts only: kept as the background task's result, so no references either."""
        return {
            "dry_run": self.dry_run,
            "due": len(self.due),
            "erased": len(self.erased),
            "contact_details_erased": len(self.contact_details_erased),
            "failed": len(self.failed),
        }


def _cutoff(name: str, now: datetime) -> tuple[datetime, int]:
    days = settings.RETENTION_DAYS[name]
    return now - timedelta(days=days), days


def _not_erased() -> QuerySet[Submission]:
    return Submission.objects.filter(erased_at__isnull=True)


def unverified_due(now: datetime) -> list[Due]:
    cutoff, days = _cutoff("UNVERIFIED", now)
    rows = (
        _not_erased()
        .filter(
            status__in=[
                SubmissionStatus.DRAFT,
                SubmissionStatus.AWAITING_VERIFICATION,
                SubmissionStatus.EXPIRED,
            ]
        )
        .annotate(since=Coalesce("submitted_at", "created_at"))
        .filter(since__lt=cutoff)
    )
    return [Due(row, "unverified", row.since, days, EVERYTHING) for row in rows]


def rejected_due(now: datetime) -> list[Due]:
    from moderation.models import Review

    cutoff, days = _cutoff("REJECTED", now)
    declined = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Review),
        object_id=Cast(OuterRef("review__pk"), CharField()),
        action="moderation.declined",
    ).order_by("-timestamp")
    rows = (
        _not_erased()
        .filter(status=SubmissionStatus.REJECTED)
        .annotate(since=Coalesce(Subquery(declined.values("timestamp")[:1]), "updated_at"))
        .filter(since__lt=cutoff)
    )
    return [Due(row, "rejected", row.since, days, EVERYTHING) for row in rows]


def withdrawn_due(now: datetime) -> list[Due]:
    cutoff, days = _cutoff("WITHDRAWN", now)
    rows = (
        _not_erased()
        .filter(status=SubmissionStatus.WITHDRAWN)
        .annotate(since=Coalesce("withdrawn_at", "updated_at"))
        .filter(since__lt=cutoff)
    )
    return [Due(row, "withdrawn", row.since, days, EVERYTHING) for row in rows]


def published_contact_due(now: datetime) -> list[Due]:
    cutoff, days = _cutoff("PUBLISHED_CONTACT", now)
    latest_consent = ConsentRecord.objects.filter(submission=OuterRef("pk")).order_by("-given_at", "-pk")
    has_contact = Q()
    for name in CONTACT_FIELDS:
        has_contact |= ~Q(**{name: ""})
    rows = (
        _not_erased()
        .filter(status=SubmissionStatus.PUBLISHED)
        .filter(has_contact)
        .annotate(
            media_contact=Subquery(latest_consent.values("media_contact")[:1]),
            published=Coalesce(Min("case_study_pages__first_published_at"), F("updated_at")),
            # A renewed consent starts the period again: the address is what renewal needs.
            since=Greatest(
                Coalesce(Subquery(latest_consent.values("renewed_at")[:1]), F("published")), F("published")
            ),
        )
        .exclude(media_contact=True)
        .filter(since__lt=cutoff)
    )
    return [Due(row, "published_contact", row.since, days, CONTACT_DETAILS) for row in rows]


def submissions_due(*, now: datetime | None = None) -> list[Due]:
    """Every submission past a retention period, oldest first."""
    now = now or timezone.now()
    due = [*unverified_due(now), *rejected_due(now), *withdrawn_due(now), *published_contact_due(now)]
    return sorted(due, key=lambda item: (item.since, item.reference))


def purge_personal_data(*, dry_run: bool, now: datetime | None = None) -> PurgeReport:
    """Erase what retention says must go; with ``dry_run``, only say what that would be.

    Each submission is erased in its own transaction: one failure is recorded (by error
    type, never the message, which could quote data) and the rest carry on.
    """
    now = now or timezone.now()
    report = PurgeReport(dry_run=dry_run, now=now, due=submissions_due(now=now))
    if dry_run:
        return report
    for item in report.due:
        try:
            if item.action == CONTACT_DETAILS:
                contact_details_erase(item.submission, reason="retention_published_contact")
                report.contact_details_erased.append(item.reference)
            else:
                submission_erase(submission=item.submission, reason=f"retention_{item.rule}")
                report.erased.append(item.reference)
        except Exception as error:  # one bad record must not stop the purge
            logger.error("Purge could not erase %s (%s)", item.reference, type(error).__name__)
            report.failed.append((item.reference, type(error).__name__))
    return report
