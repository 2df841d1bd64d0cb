"""Every save of a case study page in the Wagtail editor rescans its public text."""

import pytest

from django.test import Client
from django.urls import reverse

from wagtail.models import ModelLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from casestudies.models import CaseStudyPage
from moderation import publication
from moderation.models import Review
from tests.factories.users import UserFactory

from .helpers import anonymised, case_index, consent_checked, verified_review

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(home_page, editor):
    case_index(home_page)
    review = consent_checked(verified_review(), editor)
    page = anonymised(review, editor)
    # The storyteller asks for changes: the draft goes back to the editors.
    publication.storyteller_respond(page=page, approve=False, feedback="Less detail please")
    return CaseStudyPage.objects.get(pk=page.pk)


def _form(page, user, **changes):
    form_class = CaseStudyPage.get_edit_handler().get_form_class()
    data = {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "pull_quote": page.pull_quote,
        "story": page.story,
        "what_changed": page.what_changed,
        "lessons": "",
        "attribution": "",
        "themes": ["damp_mould"],
        "outcomes": ["repair"],
        "complaint_stage": page.complaint_stage,
        "complaint_when": page.complaint_when,
        "responses_on_time": page.responses_on_time,
        "ombudsman_finding": "",
        "region": page.region,
        "story_language": "en",
        "photos": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(changes)
    return form_class(nested_form_data(data), instance=page, parent_page=page.get_parent(), for_user=user)


def test_a_clean_page_saves(page, editor):
    form = _form(page, editor)
    assert form.is_valid(), form.errors


def test_a_name_added_in_the_editor_is_caught(page, editor):
    form = _form(
        page, editor, story=page.story + " Thanks to Sandra Okafor at number 12.", summary="Call 07700 900987"
    )
    assert not form.is_valid()
    assert "Sandra Okafor" in str(form.errors["story"])
    assert "07700 900987" in str(form.errors["summary"])


def test_an_editor_can_keep_a_false_positive_and_it_is_logged(page, editor):
    # Ticking "keep" before seeing the findings keeps nothing.
    form = _form(page, editor, summary="Warm Homes Ltd fixed the boiler.", keep_findings="on")
    assert not form.is_valid()
    shown = form.data["shown_findings"]
    # After seeing them, only those shown are kept.
    form = _form(
        page, editor, summary="Warm Homes Ltd fixed the boiler.", keep_findings="on", shown_findings=shown
    )
    assert form.is_valid(), form.errors
    review = Review.objects.get(submission_id=page.submission_id)
    assert review.dismissed
    entry = ModelLogEntry.objects.for_instance(review).filter(action="moderation.finding_rejected").last()
    assert entry.user == editor and entry.data["where"] == "page"
    assert "Warm Homes" not in str(entry.data)
    # Once kept, the same words are not flagged again.
    assert _form(page, editor, summary="Warm Homes Ltd fixed the boiler.").is_valid()


def test_the_editor_page_opens_for_comms_editors(page, editor):
    client = Client()
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "The highlighted text does not identify anyone" in html
    # The private link to the submission is not a field editors can see or change.
    assert 'name="submission"' not in html


def test_case_studies_cannot_be_made_by_hand(home_page):
    index = case_index(home_page)
    assert not CaseStudyPage.can_create_at(index)
    superuser = UserFactory(is_superuser=True)
    client = Client()
    client.force_login(superuser)
    url = reverse("wagtailadmin_pages:add", args=["casestudies", "casestudypage", index.pk])
    assert client.get(url).status_code in (302, 403)


def test_the_promote_tab_is_scanned_too(page, editor):
    form = _form(page, editor, seo_title="Story of Dave Pritchard", search_description="At 14 Acacia Avenue")
    assert not form.is_valid()
    assert "Dave Pritchard" in str(form.errors)
    assert "Acacia Avenue" in str(form.errors)


def test_only_photos_blurred_in_review_can_be_used(page, editor):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    raw = get_image_model().objects.create(title="raw", file=get_test_image_file())
    form = _form(
        page, editor, photos=inline_formset([{"image": raw.pk, "caption": "", "alt_text": "A wall"}])
    )
    assert not form.is_valid()
    assert "Only photos blurred in the anonymisation review" in str(form.formsets["photos"].errors)


def test_the_text_cannot_change_at_sign_off(home_page, editor):
    signer = UserFactory(groups=["Sign-off editors"])
    case_index(home_page)
    review = consent_checked(verified_review(), editor)
    page = anonymised(review, editor)
    publication.storyteller_respond(page=page, approve=True)
    page = CaseStudyPage.objects.get(pk=page.pk)
    assert _form(page, signer).is_valid()
    form = _form(page, signer, summary="Something the storyteller never saw.")
    assert not form.is_valid()
    assert "waiting for sign-off" in str(form.non_field_errors())
