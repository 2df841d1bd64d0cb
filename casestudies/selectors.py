"""Reads for the intake: a draft's answers as rows, submissions for the editors' inbox."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, QuerySet
from django.utils.translation import gettext as _

from .flows import CONSENT_STEP, PHOTOS_STEP, Flow
from .models import Submission


@dataclass(frozen=True)
class AnswerRow:
    key: str
    values: list[str]
    step: str


def _display(submission: Submission, form_class, name: str) -> str:
    field = form_class.base_fields[name]
    value = getattr(submission, name, None)
    choices = dict(getattr(field, "choices", []) or [])
    if isinstance(value, list):
        return ", ".join(str(choices.get(v, v)) for v in value)
    if name in ("preferred_language", "language"):
        return settings.LANGUAGE_NATIVE_NAMES.get(value, value or "")
    if choices and value:
        return str(choices.get(value, value))
    return value or ""


def submission_answers(*, submission: Submission, flow: Flow) -> list[AnswerRow]:
    """One row per question page that applies, in the order the form asks them."""
    rows = []
    for step in flow.applicable(submission):
        if step.slug == PHOTOS_STEP:
            count = submission.photos.count()
            values = [
                _("No photos")
                if count == 0
                else (_("1 photo") if count == 1 else _("%(count)s photos") % {"count": count})
            ]
        elif step.slug == CONSENT_STEP:
            consent = submission.consent
            agreed = [label for label, given in consent.scopes() if given] if consent else []
            values = agreed or [_("Not answered")]
        else:
            values = []
            for name in step.form_class.base_fields:
                shown = _display(submission, step.form_class, name)
                if shown:
                    values.append(shown)
            values = values or [_("Not given")]
        rows.append(AnswerRow(key=str(step.title), values=values, step=step.slug))
    return rows


def submissions_for_inbox() -> QuerySet[Submission]:
    """Verified submissions with what the listing shows, in a constant number of queries."""
    return Submission.objects.for_editors().annotate(photo_count=Count("photos"))
