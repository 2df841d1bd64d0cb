"""Anonymisation review: one label per person across the review's texts, the storyteller's
own label, and the readability check that blocks completion (shown with links). Invented stories."""

from __future__ import annotations

import pytest

from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from moderation import anonymisation
from moderation.anonymisation import Decision
from moderation.models import Review

from .helpers import consent_checked, verified_review

pytestmark = pytest.mark.django_db

STORY = (
    "I'm Nora Quill and I have rented here for years. The operative, Glen Marsh, left the wall wet. "
    "Glen never came back. Then Ada Fenn from the landlord apologised. Nora is tired."
)


def _review(editor, **fields) -> Review:
    fields.setdefault("story", STORY)
    fields.setdefault("full_name", "Nora Quill")
    review = consent_checked(verified_review(**fields), editor)
    anonymisation.lock_take(review=review, user=editor)
    return Review.objects.get(pk=review.pk)


def _accept_all(review: Review, editor) -> Review:
    findings = anonymisation.review_findings(review)
    anonymisation.findings_decide(
        review=review,
        user=editor,
        decisions=[
            Decision(key=f.key, text=f.text, accept=True, replacement=f.replacement) for f in findings
        ],
    )
    return Review.objects.get(pk=review.pk)


def test_each_person_has_one_label_across_the_texts_and_the_storyteller_their_own(editor):
    review = _review(editor)
    anonymisation.texts_save(
        review=review,
        user=editor,
        texts={
            "title": "Nora Quill's wet wall",
            "summary": "Ada Fenn said sorry to Nora.",
            "story": review.story,
        },
    )
    review = Review.objects.get(pk=review.pk)
    by_field = {}
    for finding in anonymisation.review_findings(review):
        if finding.kind == "PERSON":
            by_field.setdefault(finding.text.strip(", "), set()).add(finding.replacement)
    assert by_field["Nora Quill"] == {"Resident A"}  # the storyteller, in the title and the story
    assert by_field["Nora"] == {"Resident A"}
    assert by_field["Ada Fenn"] == {"Resident B"}  # in the summary and the story
    assert by_field["Glen"] == {"The operative"}
    review = _accept_all(review, editor)
    assert review.title == "Resident A's wet wall"
    assert review.summary == "Resident B said sorry to Resident A."
    assert review.story == (
        "I'm Resident A and I have rented here for years. The operative left the wall wet. "
        "The operative never came back. Then Resident B from the landlord apologised. Resident A is tired."
    )


def test_text_that_does_not_read_well_blocks_completion(editor, index):
    review = _accept_all(_review(editor), editor)
    anonymisation.texts_save(
        review=review,
        user=editor,
        texts={
            "title": "A wet wall",
            "summary": "The the wall stayed wet.",
            "pull_quote": "Ring [contact details removed], [contact details removed].",
            "story": review.story,
        },
    )
    review = Review.objects.get(pk=review.pk)
    problems = anonymisation.anonymisation_problems(review)
    readable = [p for p in problems if getattr(p, "anchor", "")]
    assert [p.anchor for p in readable] == ["text-summary", "text-pull_quote"]
    assert "written twice" in readable[0] and "The the wall" in readable[0].excerpt
    assert "stacked" in readable[1]
    assert all("contact details" not in str(p) for p in readable)  # the words are in the excerpt only
    with pytest.raises(ValidationError):
        anonymisation.anonymisation_approve(review=review, user=editor)
    anonymisation.texts_save(
        review=review,
        user=editor,
        texts={"summary": "The wall stayed wet.", "pull_quote": "Ring them any time.", "title": "A wet wall"},
    )
    review = Review.objects.get(pk=review.pk)
    assert anonymisation.readability_review(review) == []
    anonymisation.anonymisation_approve(review=review, user=editor)
    assert review.submission.case_study_pages.exists()


def test_the_review_screen_lists_problems_with_links_to_the_text(editor):
    review = _accept_all(_review(editor), editor)
    anonymisation.texts_save(
        review=review, user=editor, texts={"title": "A wet wall", "summary": "[a town] [postcode removed]"}
    )
    client = Client()
    client.force_login(editor)
    html = client.get(reverse("moderation_admin:anonymise", args=[review.pk])).content.decode()
    assert 'id="text-summary"' in html
    assert '<a href="#text-summary">' in html and "stacked side by side" in html
    html = client.get(reverse("moderation_admin:review", args=[review.pk])).content.decode()
    assert reverse("moderation_admin:anonymise", args=[review.pk]) + "#text-summary" in html


def test_a_dropped_name_is_explained_on_the_review_screen(editor):
    review = _review(editor, story="My son Ezra Pike fixed nothing, so I rang again.")
    client = Client()
    client.force_login(editor)
    html = client.get(reverse("moderation_admin:anonymise", args=[review.pk])).content.decode()
    assert "the sentence already says who this is" in html


@pytest.mark.parametrize(
    ("language", "story", "expected"),
    [
        ("pl", "Mój syn Kacper Mazur dzwonił do spółdzielni.", "Mój syn dzwonił do spółdzielni."),
        ("ro", "Vecina mea Ilinca a sunat la primărie.", "Vecina mea a sunat la primărie."),
        ("bn", "আমার ছেলে রহিম অসুস্থ ছিল।", "আমার ছেলে অসুস্থ ছিল।"),
    ],
)
def test_accepting_a_role_suggestion_reads_well_in_the_story_language(editor, language, story, expected):
    review = _accept_all(_review(editor, story=story, language=language, full_name="Zofia Wrona"), editor)
    assert review.story == expected
    assert anonymisation.readability_review(review) == []


def test_a_manual_redaction_never_cuts_a_token(editor):
    story = (
        "Annual visits stopped. Ann posts as @Ann_oak_3 and mails Ann.Oak@example.org. Ann's flat is cold."
    )
    review = _review(editor, story=story)
    count = anonymisation.manual_redact(
        review=review, user=editor, field="story", text="Ann", replacement="Resident B"
    )
    review = Review.objects.get(pk=review.pk)
    assert review.story == (
        "Annual visits stopped. Resident B posts as Resident B and mails Resident B. Resident B's flat is cold."
    )
    assert count == 4


def test_a_manual_redaction_only_inside_words_says_so(editor):
    review = _review(editor, story="Annual visits stopped and the annex flooded.")
    with pytest.raises(ValidationError, match="only part of longer words"):
        anonymisation.manual_redact(review=review, user=editor, field="story", text="Ann", replacement="x")


def test_a_manual_redaction_keeps_a_case_ending_in_bengali(editor):
    review = _review(editor, story="রহিমের বাড়িতে ছত্রাক।", language="bn")
    anonymisation.manual_redact(
        review=review, user=editor, field="story", text="রহিম", replacement="প্রতিবেশী"
    )
    assert Review.objects.get(pk=review.pk).story == "প্রতিবেশীের বাড়িতে ছত্রাক।"  # the ending stays glued


def test_a_word_found_only_in_doubt_is_marked_check_and_left_out_of_redact_all(editor):
    """Recall first flags words no list knows; the editor sees them marked "Check", and
    "Redact all" (the button's script) skips those rows, so ordinary words are not replaced
    unseen."""
    review = _review(editor, story="The repair was late. I rang tobenna and Glen Marsh about it.")
    findings = anonymisation.review_findings(review)
    by_text = {f.text: f for f in findings}
    assert by_text["tobenna"].doubtful and not by_text["Glen Marsh"].doubtful
    client = Client()
    client.force_login(editor)
    html = client.get(reverse("moderation_admin:anonymise", args=[review.pk])).content.decode()
    assert html.count("data-doubtful") == 1
    assert "no word list knows this word" in html
    assert "Redact all leaves the words marked" in html
