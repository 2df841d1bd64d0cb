"""The storyteller's own check before sending: what could identify someone in their words.

Before "Check your answers", the storyteller sees what a detector found in each
free-text answer (their story, what changed...) and chooses, for each finding, to
remove it, replace it with words of their own, or keep it. Kept findings reach the
editors flagged, as ``Submission.resident_kept``: the answer's field name, the kind
and the character offsets into the stored text, never the words themselves.

This app must not know the detector (it lives in ``moderation``), so the detector
is registered here from outside: ``FINDERS`` holds callables ``finder(text,
language) -> list[Found]`` (moderation adds one in ``moderation.apps``). With no
finder registered, the check is skipped.

Usage (a view):
    found = personal_details.findings_for(submission=draft, flow=flow)
    personal_details.personal_details_apply(
        submission=draft, flow=flow, version=posted_version,
        choices=[Choice(key="story:10:19", action=REPLACE, replacement="my neighbour")],
    )
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django import forms
from django.db import transaction
from django.utils.crypto import salted_hmac

from .choices import SubmissionStatus
from .models import Submission

if TYPE_CHECKING:
    from .flows import Flow

logger = logging.getLogger(__name__)

REMOVE = "remove"
REPLACE = "replace"
KEEP = "keep"
ACTIONS = (REMOVE, REPLACE, KEEP)

MAX_REPLACEMENT_LENGTH = 100
CONTEXT_WORDS = 6  # words shown either side of a finding


@dataclass(frozen=True)
class Found:
    """What a finder reports: [start, end) in code points, a kind code and its label.

    ``label`` is in the reader's language ("a name", "a phone number").
    """

    start: int
    end: int
    kind: str
    label: str


FINDERS: list[Callable[[str, str], list[Found]]] = []


@dataclass(frozen=True)
class Finding:
    """One finding in one answer, with the words around it for showing in context."""

    field: str  # the Submission field: "story", "what_changed", "complaint_summary"...
    field_label: str  # the question page's title, in the reader's language
    start: int
    end: int
    kind: str
    label: str
    words: str
    before: str
    after: str
    clipped_before: bool
    clipped_after: bool
    kept: bool  # the storyteller chose to keep it before

    @property
    def key(self) -> str:
        return f"{self.field}:{self.start}:{self.end}"


@dataclass(frozen=True)
class Choice:
    key: str  # Finding.key, as the form showed it
    action: str  # REMOVE, REPLACE or KEEP
    replacement: str = ""


class FindingsChanged(Exception):
    """The answers (or what was found in them) changed since the page was shown."""


class TooLong(Exception):
    """A field would be over its length limit after the replacements."""

    def __init__(self, field: str, limit: int):
        super().__init__(field)
        self.field = field
        self.limit = limit


def enabled() -> bool:
    return bool(FINDERS)


def text_fields(flow: Flow) -> list[tuple[str, str, int | None]]:
    """The free-text answers of a flow: (field name, question page title, length limit)."""
    fields = []
    for step in flow.steps:
        for name, field in getattr(step.form_class, "base_fields", {}).items():
            if isinstance(field.widget, forms.Textarea):
                fields.append((name, str(step.title), field.max_length))
    return fields


def _find(text: str, language: str) -> list[Found]:
    """Every registered finder's findings, in order, overlaps dropped (the first one wins).

    A finder that fails is left out (logged by its exception type, never the text): the
    storyteller can still send their story, and editors run the detector again anyway.
    """
    found: list[Found] = []
    for finder in FINDERS:
        try:
            found.extend(finder(text, language))
        except Exception as exc:  # noqa: BLE001 - a detector fault must not stop a story being sent
            logger.error(
                "Personal details finder %s failed (%s)",
                getattr(finder, "__name__", finder),
                type(exc).__name__,
            )
    found = [f for f in found if 0 <= f.start < f.end <= len(text) and text[f.start : f.end].strip()]
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    result: list[Found] = []
    for item in found:
        if result and item.start < result[-1].end:
            continue
        result.append(item)
    return result


def _context(text: str, start: int, end: int) -> tuple[str, str, bool, bool]:
    before_words = re.findall(r"\S+\s*", text[:start])
    after_words = re.findall(r"\s*\S+", text[end:])
    before = "".join(before_words[-CONTEXT_WORDS:])
    after = "".join(after_words[:CONTEXT_WORDS])
    return (
        " ".join(before.split("\n")),
        " ".join(after.split("\n")),
        len(before_words) > CONTEXT_WORDS,
        len(after_words) > CONTEXT_WORDS,
    )


def _covered(kept: Iterable[dict], field: str, start: int, end: int) -> bool:
    return any(k.get("field") == field and k.get("start", 0) < end and start < k.get("end", 0) for k in kept)


def findings_for(*, submission: Submission, flow: Flow) -> list[Finding]:
    """What the finders see in each free-text answer, in the order the form asks them."""
    if not enabled():
        return []
    kept = submission.resident_kept or []
    findings = []
    for name, title, _limit in text_fields(flow):
        text = getattr(submission, name) or ""
        if not text.strip():
            continue
        for found in _find(text, submission.language):
            before, after, clipped_before, clipped_after = _context(text, found.start, found.end)
            findings.append(
                Finding(
                    field=name,
                    field_label=title,
                    start=found.start,
                    end=found.end,
                    kind=found.kind,
                    label=str(found.label),
                    words=text[found.start : found.end],
                    before=before,
                    after=after,
                    clipped_before=clipped_before,
                    clipped_after=clipped_after,
                    kept=_covered(kept, name, found.start, found.end),
                )
            )
    return findings


def check_needed(*, submission: Submission, flow: Flow) -> bool:
    """Whether the storyteller has findings they have not yet decided on."""
    return any(not f.kept for f in findings_for(submission=submission, flow=flow))


def version_of(*, submission: Submission, findings: Sequence[Finding]) -> str:
    """A fingerprint of the answers and findings shown, so a stale form never edits the wrong words."""
    texts = {f.field: getattr(submission, f.field) or "" for f in findings}
    payload = json.dumps(
        [texts, [(f.field, f.start, f.end, f.kind) for f in findings]], ensure_ascii=False, sort_keys=True
    )
    return salted_hmac("mtr.casestudies.personal-details", payload, algorithm="sha256").hexdigest()[:32]


def apply_choices(
    text: str, findings: Sequence[Finding], choices: dict[str, Choice]
) -> tuple[str, list[tuple[int, int, str]]]:
    """The text after the choices, and the kept findings' (start, end, kind) in the new text.

    A finding with no choice is kept. Removing a finding also removes one space beside
    it so that no double space is left ("I told  about it").
    """
    parts: list[str] = []
    kept: list[tuple[int, int, str]] = []
    position = 0
    length = 0
    for finding in sorted(findings, key=lambda f: f.start):
        choice = choices.get(finding.key)
        action = choice.action if choice else KEEP
        start, end = finding.start, finding.end
        if action == REMOVE:
            if end < len(text) and text[end] == " " and (start == 0 or text[start - 1] in " \n"):
                end += 1
            elif start > 0 and text[start - 1] == " ":
                start -= 1
        start = max(start, position)  # the space before was taken with the finding before
        parts.append(text[position:start])
        length += start - position
        if action == REMOVE:
            new = ""
        elif action == REPLACE:
            new = choice.replacement
        else:
            new = text[start:end]
            kept.append((length, length + len(new), finding.kind))
        parts.append(new)
        length += len(new)
        position = end
    parts.append(text[position:])
    return "".join(parts), kept


def texts_after(
    *, submission: Submission, flow: Flow, findings: Sequence[Finding], choices: dict[str, Choice]
) -> dict[str, tuple[str, list[tuple[int, int, str]]]]:
    """Each scanned answer after the choices: {field: (new text, kept ranges)}."""
    by_field: dict[str, list[Finding]] = {}
    for finding in findings:
        by_field.setdefault(finding.field, []).append(finding)
    return {
        name: apply_choices(getattr(submission, name) or "", field_findings, choices)
        for name, field_findings in by_field.items()
    }


def too_long(
    *, submission: Submission, flow: Flow, findings: Sequence[Finding], choices: dict[str, Choice]
) -> list[TooLong]:
    """The answers that would pass their length limit after the choices."""
    limits = {name: limit for name, _title, limit in text_fields(flow)}
    after = texts_after(submission=submission, flow=flow, findings=findings, choices=choices)
    return [
        TooLong(name, limits[name])
        for name, (text, _kept) in after.items()
        if limits.get(name) and len(text) > limits[name]
    ]


def _kept_entries(field: str, ranges: Iterable[tuple[int, int, str]]) -> list[dict]:
    return [{"field": field, "kind": kind, "start": start, "end": end} for start, end, kind in ranges]


@transaction.atomic
def personal_details_apply(
    *, submission: Submission, flow: Flow, version: str, choices: Sequence[Choice]
) -> tuple[Submission, dict[str, int]]:
    """Apply the storyteller's choices to their answers; returns the draft and counts by action.

    Raises FindingsChanged if the answers changed since the page was shown (another tab,
    a newer detector), TooLong if an answer would pass its limit, SubmissionClosed if
    the story was already sent.
    """
    from .services import SubmissionClosed

    locked = Submission.objects.select_for_update().get(pk=submission.pk)
    if locked.status != SubmissionStatus.DRAFT:
        raise SubmissionClosed(locked.reference)
    findings = findings_for(submission=locked, flow=flow)
    if version != version_of(submission=locked, findings=findings):
        raise FindingsChanged
    chosen = {c.key: c for c in choices if c.action in ACTIONS}
    if any(c.action == REPLACE and not c.replacement.strip() for c in chosen.values()):
        raise ValueError("A replacement needs words")  # the form says so first
    problems = too_long(submission=locked, flow=flow, findings=findings, choices=chosen)
    if problems:
        raise problems[0]
    after = texts_after(submission=locked, flow=flow, findings=findings, choices=chosen)
    scanned = {name for name, _title, _limit in text_fields(flow)}
    kept = [k for k in (locked.resident_kept or []) if k.get("field") not in scanned]
    for name, (text, ranges) in after.items():
        setattr(locked, name, text)
        kept += _kept_entries(name, ranges)
    locked.resident_kept = kept
    locked.save()
    counts = {action: 0 for action in ACTIONS}
    for finding in findings:
        choice = chosen.get(finding.key)
        counts[choice.action if choice else KEEP] += 1
    return locked, counts


@transaction.atomic
def personal_details_keep_all(*, submission: Submission, flow: Flow, version: str) -> Submission:
    """ "Continue without changes": every finding is kept, and reaches the editors flagged."""
    locked, _counts = personal_details_apply(submission=submission, flow=flow, version=version, choices=())
    return locked


def kept_forget_changed(*, submission: Submission, before: dict[str, str]) -> None:
    """An answer edited by hand: its kept offsets no longer point at the same words.

    Called by ``services.submission_update`` before it saves (``before`` holds the old
    texts); the storyteller is asked about that answer again.
    """
    changed = {name for name, old in before.items() if (getattr(submission, name) or "") != (old or "")}
    if changed and submission.resident_kept:
        submission.resident_kept = [k for k in submission.resident_kept if k.get("field") not in changed]


def kept_summary(*, submission: Submission) -> int:
    """How many findings the storyteller chose to keep (for "Check your answers")."""
    return len(submission.resident_kept or [])
