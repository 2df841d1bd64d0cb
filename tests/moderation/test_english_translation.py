"""A story told in another language: editors record an English translation, the detector
checks both, and both are published (the original in its language, and in English)."""

import json

import pytest

from django.core.exceptions import ValidationError
from django.test import Client

from wagtail.models import Locale, PageLogEntry, Revision

from casestudies import lifecycle
from casestudies.models import CaseStudyPage
from moderation import anonymisation, publication, reviews
from moderation.anonymisation import Decision
from moderation.models import Review
from tests.factories.users import UserFactory

from .helpers import PII_STORY, PII_STRINGS, consent_checked, verified_review

pytestmark = pytest.mark.django_db

POLISH_STORY = (
    "Mój sąsiad Dave Pritchard z 14 Acacia Avenue, Bolton BL1 4QX też widział pleśń. "
    "Zadzwoniłam do biura pod numer 07700 900123. "
    "Po skardze w drugim etapie naprawili wentylator i przeprosili."
)
ENGLISH_TITLE = "Mould came back until the fan was fixed"


@pytest.fixture
def signer():
    return UserFactory(groups=["Sign-off editors"])


def _redact_all(review, editor) -> None:
    findings = anonymisation.review_findings(review)
    anonymisation.findings_decide(
        review=review,
        user=editor,
        decisions=[
            Decision(key=f.key, text=f.text, accept=True, replacement=f.replacement) for f in findings
        ],
    )


def _anonymised_in_both(editor):
    review = consent_checked(
        verified_review(language="pl", preferred_language="pl", story=POLISH_STORY), editor
    )
    anonymisation.lock_take(review=review, user=editor)
    anonymisation.texts_save(
        review=review,
        user=editor,
        texts={
            "title": "Pleśń wracała, dopóki nie naprawiono wentylatora",
            "summary": "Skarga w drugim etapie pomogła naprawić wentylator.",
            "pull_quote": "Naprawili wentylator i przeprosili.",
            "english_title": ENGLISH_TITLE,
            "english_summary": "A resident's stage 2 complaint got a broken fan replaced.",
            "english_pull_quote": "They fixed the fan and apologised.",
            "english_story": PII_STORY,  # the editor's faithful translation still holds the details
        },
    )
    return Review.objects.get(pk=review.pk)


def test_a_story_in_another_language_needs_an_english_translation(editor, index):
    review = consent_checked(verified_review(language="pl", story=POLISH_STORY), editor)
    assert review.needs_english
    anonymisation.lock_take(review=review, user=editor)
    _redact_all(review, editor)
    problems = " ".join(
        str(p) for p in anonymisation.anonymisation_problems(Review.objects.get(pk=review.pk))
    )
    assert "title in English" in problems and "story in English" in problems
    english = consent_checked(verified_review(language="en"), editor)
    assert not english.needs_english and "english_story" not in english.texts()


def test_the_detector_checks_the_translation_in_english(editor, index):
    review = _anonymised_in_both(editor)
    findings = anonymisation.review_findings(review)
    translated = " ".join(f.text for f in findings if f.field == "english_story")
    assert "Dave Pritchard" in translated and "07700 900123" in translated
    assert any(f.field == "story" for f in findings)  # and the Polish original, in Polish
    with pytest.raises(ValidationError):
        anonymisation.anonymisation_approve(review=review, user=editor)


def test_both_versions_are_published_together_and_withdrawn_together(editor, signer, index, client: Client):
    review = _anonymised_in_both(editor)
    _redact_all(review, editor)
    review = Review.objects.get(pk=review.pk)
    assert not anonymisation.review_findings(review)
    anonymisation.anonymisation_approve(review=review, user=editor)

    pages = {
        page.locale.language_code: page for page in CaseStudyPage.objects.filter(submission=review.submission)
    }
    assert set(pages) == {"pl", "en"}
    original, english = pages["pl"], pages["en"]
    assert original.translation_key == english.translation_key
    assert english.get_parent().pk == index.pk and original.get_parent().locale.language_code == "pl"
    assert english.title == ENGLISH_TITLE and english.story_language == "pl" and english.is_translation
    assert not original.is_translation and original.current_workflow_state is not None

    publication.storyteller_respond(page=original, approve=True)
    reviews.task_act(
        obj=CaseStudyPage.objects.get(pk=original.pk), user=signer, stage="sign_off", action="approve"
    )
    original.refresh_from_db()
    english.refresh_from_db()
    assert original.live and english.live

    html = client.get(english.url).content.decode()
    assert ENGLISH_TITLE in html
    polish = client.get(original.url).content.decode()
    assert original.url.startswith("/pl/") and '<html lang="pl"' in polish
    stored = json.dumps(
        [
            list(Revision.page_revisions.values_list("content", flat=True)),
            list(PageLogEntry.objects.values("data")),
        ],
        ensure_ascii=False,
        default=str,
    )
    for secret in [*PII_STRINGS, "Amina"]:
        assert secret not in html and secret not in polish and secret not in stored

    lifecycle.story_withdrawn(submission=review.submission, door="story_page")
    original.refresh_from_db()
    english.refresh_from_db()
    assert not original.live and not english.live
    assert client.get(english.url).status_code == 404


def test_sign_off_is_refused_while_the_english_page_has_findings(editor, signer, index):
    review = _anonymised_in_both(editor)
    _redact_all(review, editor)
    anonymisation.anonymisation_approve(review=Review.objects.get(pk=review.pk), user=editor)
    original = CaseStudyPage.objects.get(submission=review.submission, locale__language_code="pl")
    english = CaseStudyPage.objects.get(submission=review.submission, locale=Locale.get_default())
    english.story += " Ring Dave Pritchard on 07700 900456."
    english.save_revision()
    publication.storyteller_respond(page=original, approve=True)
    with pytest.raises(Exception, match="unresolved finding"):
        publication.sign_off_check(page=CaseStudyPage.objects.get(pk=original.pk), user=signer)
