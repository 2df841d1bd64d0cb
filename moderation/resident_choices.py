"""The storyteller's own check, from moderation's side: the detector in, their choices out.

``casestudies.personal_details`` asks registered finders what could identify someone in
a storyteller's answers before they send them (that app must not import the detector);
``find`` is the finder moderation registers (``moderation.apps``). What the storyteller
chose to keep is on ``Submission.resident_kept`` (field, kind, offsets into the answer);
``kept_by_storyteller`` tells the anonymisation review which of its findings those are,
so that editors see them flagged: "the storyteller chose to keep this".
"""

from __future__ import annotations

from collections.abc import Iterable

from casestudies.personal_details import Found

from .pii import detect
from .pii import spans as kinds
from .scanning import KIND_LABELS, Finding

# Only what identifies a person: organisations, health and other sensitive context are
# for the editors to judge, not something to ask a storyteller to remove.
ASKED_KINDS = (
    kinds.PERSON,
    kinds.ADDRESS,
    kinds.POSTCODE,
    kinds.PHONE,
    kinds.EMAIL,
    kinds.NI_NUMBER,
    kinds.REFERENCE,
    kinds.DATE_OF_BIRTH,
    kinds.AGE,
    kinds.OTHER_ID,
)

# Which review field each answer starts (moderation.reviews.submission_texts).
REVIEW_FIELD = {
    "story": "story",
    "what_changed": "what_changed",
    "complaint_summary": "story",
    "changes_made": "what_changed",
    "lessons_learned": "lessons",
}


def find(text: str, language: str) -> list[Found]:
    """The detector's identifying findings, labelled in the active language.

    Words flagged only in doubt (no word list knows them) are left to the editors: asking a
    storyteller whether "ਸ਼ਿਕਾਇਤ" (complaint) identifies someone would only puzzle them."""
    return [
        Found(start=span.start, end=span.end, kind=span.kind, label=str(KIND_LABELS[span.kind]))
        for span in detect(text, language)
        if span.kind in ASKED_KINDS and span.confidence > kinds.DOUBT_CONFIDENCE
    ]


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


def kept_words(submission) -> list[tuple[str, str]]:
    """(review field, words) for each finding the storyteller kept, read from their answers."""
    kept = []
    for entry in submission.resident_kept or []:
        review_field = REVIEW_FIELD.get(entry.get("field"))
        if review_field is None:
            continue
        text = getattr(submission, entry["field"], "") or ""
        start, end = entry.get("start", 0), entry.get("end", 0)
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            continue
        words = _normal(text[start:end])
        if words:
            kept.append((review_field, words))
    return kept


def kept_by_storyteller(finding: Finding, submission) -> bool:
    """Whether this review finding covers words the storyteller chose to keep."""
    return finding.key in kept_keys([finding], submission)


def kept_keys(findings: Iterable[Finding], submission) -> set[str]:
    """The keys (``Finding.key``) of the findings the storyteller chose to keep.

    Matched on the words (an editor's edits move offsets), in the same field, either
    containing the other: the review's detector may take in "my neighbour" before a name.
    """
    kept = kept_words(submission)
    if not kept:
        return set()
    result = set()
    for finding in findings:
        words = _normal(finding.text)
        if words and any(field == finding.field and (k in words or words in k) for field, k in kept):
            result.add(finding.key)
    return result
