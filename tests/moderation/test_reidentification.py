"""Re-identification risk: what remains after redaction, one-click generalisation, and the
recorded decision a high risk needs before sign-off."""

from __future__ import annotations

import pytest

from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse

from wagtail.models import ModelLogEntry

from moderation import anonymisation, publication, reidentification
from moderation.models import Review
from moderation.pii import risk
from tests.factories.users import UserFactory

from .helpers import anonymised, case_index, consent_checked, verified_review

# Nothing here is a name, an address or a number the detector removes; together it points
# to one household.
TELLING = (
    "We moved to Leeds in 2019. I work as a night nurse at the hospital. "
    "On 14 March 2023 the bathroom ceiling fell in. "
    "We are the only family on the 14th floor with a wheelchair."
)


# The detector's side: pure -------------------------------------------------------


def test_the_details_that_remain_and_the_level_they_make():
    found = risk.assess({"story": TELLING}, "en")
    assert found.categories == [risk.PLACE, risk.CONDITION, risk.JOB, risk.DATE, risk.SMALL_AREA]
    assert found.level == risk.HIGH
    by_category = {d.category: d for d in found.details}
    assert by_category[risk.PLACE].text == "Leeds"
    assert by_category[risk.PLACE].region == "yorkshire_humber"
    assert by_category[risk.DATE].coarser == "In early 2023"


@pytest.mark.parametrize(
    ("texts", "level"),
    [
        ({"story": "The fan was broken for months and nobody came."}, risk.LOW),
        ({"story": "We live in Bolton. The fan broke."}, risk.LOW),
        ({"story": "We live in Bolton. On 3 May 2022 the fan broke. I work as a bus driver."}, risk.MEDIUM),
    ],
)
def test_levels(texts, level):
    assert risk.assess(texts, "en").level == level


def test_a_child_age_counts_more_than_an_adult_one():
    found = risk.assess({"story": "My son, who is 6, coughs all night."}, "en")
    assert [d.category for d in found.details] == [risk.CHILD_AGE]
    assert found.details[0].coarser == "5–9"


@pytest.mark.parametrize(
    ("age", "band"),
    [
        ("7", "5–9"),
        ("11-year-old", "10–14-year-old"),
        ("47", "40–49"),
        ("18 months", "12–23 months"),
        ("16", "15–17"),
        ("3", "0–4"),
        ("٧", "٥–٩"),
        ("৬ বছর", "৫–৯ বছর"),
        ("no number", "no number"),
    ],
)
def test_age_bands_keep_the_digits_and_words(age, band):
    assert risk.age_band(age) == band


@pytest.mark.parametrize(
    "text",
    ["I was reading the letter again.", "Sale prices at the shop.", "He will bury the cable."],
)
def test_words_that_are_also_places_need_a_preposition(text):
    assert not [d for d in risk.assess({"story": text}, "en").details if d.category == risk.PLACE]


def test_places_in_other_scripts():
    found = risk.assess({"story": "ہم برمنگھم میں رہتے ہیں"}, "ur")
    assert [(d.category, d.region) for d in found.details] == [(risk.PLACE, "west_midlands")]


# Moderation's side -----------------------------------------------------------------


@pytest.fixture
def signer():
    return UserFactory(groups=["Sign-off editors"])


@pytest.mark.django_db
def test_the_editor_generalises_one_detail_in_one_click(editor):
    review = consent_checked(verified_review(story=TELLING), editor)
    anonymisation.lock_take(review=review, user=editor)
    view = reidentification.review_risk(review)
    assert view.level == risk.HIGH and view.high
    place = next(i for i in view.items if i.detail.category == risk.PLACE)
    assert place.replacement == "a town in Yorkshire and the Humber"

    client = Client()
    client.force_login(editor)
    url = reverse("moderation_admin:risk_generalise", args=[review.pk])
    response = client.post(url, {"detail": place.token, "text": "Leeds"})
    assert response.status_code == 302
    review = Review.objects.get(pk=review.pk)
    assert review.story.startswith("We moved to a town in Yorkshire and the Humber in 2019.")
    entry = (
        ModelLogEntry.objects.for_instance(review).filter(action=reidentification.GENERALISED_ACTION).get()
    )
    assert entry.data == {"field": "story", "category": risk.PLACE}  # codes only, never the words
    assert "Leeds" not in str(entry.data)

    # The same click again (a stale page): nothing changes.
    again = client.post(url, {"detail": place.token, "text": "Leeds"})
    assert again.status_code == 302
    assert Review.objects.get(pk=review.pk).story == review.story


@pytest.mark.django_db
@pytest.mark.parametrize(
    "posted",
    [
        {},
        {"detail": "story:0:5:place", "text": ""},
        {"detail": "nonsense", "text": "x"},
        {"detail": "story:-1:9999:place", "text": "Leeds"},
        {"detail": "owner:0:5:place", "text": "Leeds"},
        {"detail": "story:0:5:place", "text": "<script>alert(1)</script>" * 1000},
    ],
)
def test_malformed_generalisations_change_nothing(editor, posted):
    review = consent_checked(verified_review(story=TELLING), editor)
    anonymisation.lock_take(review=review, user=editor)
    client = Client()
    client.force_login(editor)
    response = client.post(reverse("moderation_admin:risk_generalise", args=[review.pk]), posted)
    assert response.status_code == 302
    assert Review.objects.get(pk=review.pk).story == TELLING


@pytest.mark.django_db
def test_a_sign_off_editor_cannot_generalise(editor, signer):
    review = consent_checked(verified_review(story=TELLING), editor)
    client = Client()
    client.force_login(signer)
    token = reidentification.review_risk(review).items[0].token
    response = client.post(
        reverse("moderation_admin:risk_generalise", args=[review.pk]), {"detail": token, "text": "Leeds"}
    )
    assert response.status_code in (
        302,
        403,
    )  # Wagtail's admin answers a refusal with a redirect and a message
    assert Review.objects.get(pk=review.pk).story == TELLING
    assert not ModelLogEntry.objects.filter(action=reidentification.GENERALISED_ACTION).exists()


def _at_sign_off(home_page, editor, story=TELLING):
    case_index(home_page)
    review = consent_checked(verified_review(story=story), editor)
    page = anonymised(review, editor)
    publication.storyteller_respond(page=page, approve=True)
    return page.__class__.objects.get(pk=page.pk), Review.objects.get(pk=review.pk)


@pytest.mark.django_db
def test_a_high_risk_needs_a_recorded_decision_before_sign_off(home_page, editor, signer):
    page, review = _at_sign_off(home_page, editor)
    assert reidentification.page_risk(page).high
    with pytest.raises(PermissionDenied, match="re-identification risk is high"):
        publication.sign_off_check(page=page, user=signer)

    # The review shows the panel and the decision form.
    client = Client()
    client.force_login(signer)
    review_url = reverse("moderation_admin:sign_off_review", args=[review.pk])
    html = client.get(review_url).content.decode()
    assert 'id="risk-heading"' in html and "Record my decision" in html

    # An empty or unknown reason is refused with a message; nothing recorded.
    accept_url = reverse("moderation_admin:risk_accept", args=[review.pk])
    for reason in ("", "because", "<b>x</b>" * 500):
        assert client.post(accept_url, {"reason": reason}).status_code == 302
    assert reidentification.risk_acceptance(page) is None

    assert client.post(accept_url, {"reason": "needed"}).status_code == 302
    entry = reidentification.risk_acceptance(page)
    assert entry is not None and entry.user == signer
    assert entry.data["level"] == risk.HIGH and entry.data["reason"] == "needed"
    assert entry.data["revision"] == page.get_latest_revision().pk
    publication.sign_off_check(page=page, user=signer)  # no longer refused
    assert "Recorded by" in client.get(review_url).content.decode()


@pytest.mark.django_db
def test_the_anonymiser_cannot_record_the_decision(home_page, editor):
    page, _review = _at_sign_off(home_page, editor)
    with pytest.raises(PermissionDenied):
        reidentification.risk_accept(page=page, user=editor, reason="needed")


@pytest.mark.django_db
def test_a_low_risk_story_signs_off_without_a_decision(home_page, editor, signer):
    page, _review = _at_sign_off(
        home_page, editor, story="The fan was broken for months. They fixed it in the end."
    )
    assert not reidentification.page_risk(page).high
    publication.sign_off_check(page=page, user=signer)


@pytest.mark.django_db
def test_the_page_editor_tells_the_sign_off_editor_first(home_page, editor, signer):
    page, _review = _at_sign_off(home_page, editor)
    client = Client()
    client.force_login(signer)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]), follow=True).content.decode()
    assert "re-identification risk is high" in html


@pytest.mark.django_db
def test_the_anonymisation_page_shows_the_panel_with_one_click_buttons(editor):
    review = consent_checked(verified_review(story=TELLING), editor)
    client = Client()
    client.force_login(editor)
    html = client.get(reverse("moderation_admin:anonymise", args=[review.pk])).content.decode()
    assert 'id="risk-heading"' in html
    assert "Change to “a town in Yorkshire and the Humber”" in html
    assert reverse("moderation_admin:risk_generalise", args=[review.pk]) in html
