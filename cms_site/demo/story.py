"""One demo case study, as written: the fields a moderated CaseStudyPage would carry."""

from __future__ import annotations

from dataclasses import dataclass

from casestudies.choices import SubmissionKind


@dataclass(frozen=True)
class DemoStory:
    """Written already anonymised: no names, streets, exact dates or health details."""

    slug: str
    title: str
    summary: str
    pull_quote: str  # a sentence of the story, word for word
    story: str
    what_changed: str
    attribution: str
    themes: tuple[str, ...]
    complaint_stage: str
    complaint_when: str
    responses_on_time: str
    outcomes: tuple[str, ...]
    region: str
    kind: str = SubmissionKind.RESIDENT
    language: str = "en"
    ombudsman_finding: str = ""
    lessons: str = ""
    paired_with: str = ""  # the slug of the story shown alongside this one
    share_on_social: bool = True
