"""Moderation's side of the storyteller's own check: the finder it registers, the "kept" marker."""

from __future__ import annotations

import pytest

from django.template import Context, Template
from django.test import Client
from django.urls import reverse
from django.utils import translation

from casestudies import personal_details
from moderation import anonymisation, resident_choices
from moderation.pii.spans import Span
from moderation.scanning import Finding
from tests.factories.casestudies import LandlordSubmissionFactory, SubmissionFactory
from tests.factories.users import UserFactory

from .helpers import consent_checked, verified_review

STORY = "I told Sam Patel about the mould. Call me on 07700 900123."


def _finding(field: str, text: str, start: int = 0) -> Finding:
    return Finding(field, start, start + len(text), "PERSON", text, "[someone]")


def test_moderation_registers_its_finder():
    assert resident_choices.find in personal_details.FINDERS


def test_the_finder_asks_only_about_identifying_kinds(monkeypatch):
    spans = [
        Span(0, 3, "PERSON", 0.9, "test"),
        Span(4, 8, "ORGANISATION", 0.9, "test"),
        Span(9, 12, "HEALTH", 0.9, "test"),
        Span(13, 16, "OTHER_SPECIAL", 0.9, "test"),
        Span(17, 20, "POSTCODE", 0.9, "test"),
    ]
    monkeypatch.setattr(resident_choices, "detect", lambda text, language: spans)
    with translation.override("en"):
        found = resident_choices.find("x" * 30, "en")
    assert [(f.kind, f.label) for f in found] == [("PERSON", "a name"), ("POSTCODE", "a postcode")]
    assert all(isinstance(f, personal_details.Found) for f in found)


def test_the_finder_labels_in_the_active_language():
    with translation.override("ar"):
        [found] = [f for f in resident_choices.find("اتصل بي على 07700 900123", "ar") if f.kind == "PHONE"]
    assert found.label and found.label != "a phone number"


@pytest.mark.django_db
def test_findings_the_storyteller_kept_are_marked():
    start = STORY.index("07700 900123")
    submission = SubmissionFactory(
        story=STORY,
        resident_kept=[{"field": "story", "kind": "PHONE", "start": start, "end": start + 12}],
    )
    kept = Finding("story", start, start + 12, "PHONE", "07700 900123", "[phone number]")
    wider = _finding("story", "on 07700 900123", start - 3)  # the review took in a word more
    other = _finding("story", "Sam Patel", STORY.index("Sam"))
    elsewhere = Finding("what_changed", 0, 12, "PHONE", "07700 900123", "[phone number]")
    keys = resident_choices.kept_keys([kept, wider, other, elsewhere], submission)
    assert keys == {kept.key, wider.key}
    assert resident_choices.kept_by_storyteller(kept, submission)
    assert not resident_choices.kept_by_storyteller(other, submission)


@pytest.mark.django_db
def test_a_landlords_answers_map_to_the_review_fields():
    submission = LandlordSubmissionFactory(
        complaint_summary="Ms Okafor waited months.",
        resident_kept=[{"field": "complaint_summary", "kind": "PERSON", "start": 0, "end": 9}],
    )
    assert resident_choices.kept_words(submission) == [("story", "ms okafor")]
    assert resident_choices.kept_by_storyteller(_finding("story", "Ms Okafor"), submission)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "entry",
    [
        {"field": "story", "kind": "PERSON", "start": 7, "end": 9999},
        {"field": "story", "kind": "PERSON", "start": "7", "end": 16},
        {"field": "full_name", "kind": "PERSON", "start": 0, "end": 5},
        {"field": "story", "kind": "PERSON", "start": 16, "end": 7},
        {"kind": "PERSON"},
    ],
)
def test_malformed_or_stale_entries_mark_nothing(entry):
    submission = SubmissionFactory(story=STORY, full_name="Sam Patel", resident_kept=[entry])
    assert resident_choices.kept_keys([_finding("story", "Sam Patel", 7)], submission) == set()


@pytest.mark.django_db
def test_the_template_filter():
    submission = SubmissionFactory(
        story=STORY, resident_kept=[{"field": "story", "kind": "PERSON", "start": 7, "end": 16}]
    )
    template = Template(
        "{% load moderation_resident %}{% for f in findings %}"
        "{% if f|kept_by_storyteller:submission %}kept {% else %}new {% endif %}{% endfor %}"
    )
    findings = [_finding("story", "Sam Patel", 7), _finding("story", "07700 900123", 45)]
    assert template.render(Context({"findings": findings, "submission": submission})) == "kept new "


@pytest.mark.django_db
def test_the_anonymisation_review_sees_what_the_storyteller_kept():
    story = "The repair was late. Call me on 07700 900123 if you need to."
    start = story.index("07700")
    review = verified_review(
        story=story, resident_kept=[{"field": "story", "kind": "PHONE", "start": start, "end": start + 12}]
    )
    findings = anonymisation.review_findings(review)
    phone = [f for f in findings if "07700 900123" in f.text]
    assert phone, findings
    assert resident_choices.kept_keys(findings, review.submission) == {f.key for f in phone}


@pytest.mark.django_db
def test_the_anonymisation_page_marks_what_the_storyteller_kept():
    story = "The repair was late. Call me on 07700 900123 if you need to."
    start = story.index("07700")
    editor = UserFactory(groups=["Comms editors"])
    review = verified_review(
        story=story, resident_kept=[{"field": "story", "kind": "PHONE", "start": start, "end": start + 12}]
    )
    review = consent_checked(review, editor)
    client = Client()
    client.force_login(editor)
    html = client.get(reverse("moderation_admin:anonymise", args=[review.pk])).content.decode()
    assert html.count("The storyteller chose to keep this") == 1
