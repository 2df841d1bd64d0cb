"""The editors' dashboard: "Waiting for you", "Awaiting your review", and the privacy officer's contact."""

from __future__ import annotations

import datetime as dt

import pytest

from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail import hooks
from wagtail.admin.views.home import RecentEditsPanel, WorkflowObjectsToModeratePanel

from casestudies.models import CaseStudyPage
from moderation import publication, reviews
from moderation.choices import Stage
from moderation.dashboard import AwaitingYourReviewPanel, WaitingForYouPanel
from moderation.models import Review
from moderation.selectors import (
    anonymiser_ids,
    privacy_officer_contacts,
    stages_for_user,
    submissions_anonymised_by,
    waiting_for,
)
from tests.factories.users import UserFactory

from .helpers import anonymised, consent_checked, verified_review

pytestmark = pytest.mark.django_db

GAS_STORY = "We could smell gas in the kitchen for weeks before anyone came."


@pytest.fixture
def editor():
    return UserFactory(groups=["Comms editors"], first_name="Erin", last_name="Editor")


@pytest.fixture
def editor2():
    return UserFactory(groups=["Comms editors"])


@pytest.fixture
def signer():
    return UserFactory(groups=["Sign-off editors"])


@pytest.fixture
def privacy_officer():
    return UserFactory(
        groups=["Privacy officers"],
        first_name="Priya",
        last_name="Officer",
        email="priya.officer@example.org",
    )


def _at_sign_off(editor):
    review = consent_checked(verified_review(), editor)
    page = anonymised(review, editor)
    publication.storyteller_respond(page=page, approve=True)
    return review, CaseStudyPage.objects.get(pk=page.pk)


def _render(panel, user) -> str:
    request = RequestFactory().get("/admin/")
    request.user = user
    return panel.render_html({"request": request, "csrf_token": "token"})


# ---------------------------------------------------------------------------- who sees what


def test_stages_follow_the_task_groups(editor, signer):
    assert stages_for_user(editor) == {
        Stage.CONSENT_CHECK,
        Stage.ANONYMISATION,
        Stage.CHANGES_REQUESTED,
        Stage.RESUBMIT,
    }
    assert stages_for_user(signer) == {Stage.SIGN_OFF}
    assert stages_for_user(UserFactory()) == set()
    assert Stage.SIGN_OFF in stages_for_user(UserFactory(is_superuser=True))


def test_editors_see_consent_checks_and_anonymisation(editor, signer):
    at_consent = verified_review()
    at_anonymisation = consent_checked(verified_review(), editor)
    entries = waiting_for(user=editor)
    assert [(entry.review.pk, entry.item.stage) for entry in entries] == [
        (at_consent.pk, Stage.CONSENT_CHECK),
        (at_anonymisation.pk, Stage.ANONYMISATION),
    ]
    assert waiting_for(user=signer) == []


def test_sign_off_editors_see_sign_off_but_never_what_they_anonymised(editor, signer, index):
    review, page = _at_sign_off(editor)
    assert [entry.review.pk for entry in waiting_for(user=signer)] == [review.pk]
    # The anonymiser joins the sign-off group: the story is still not theirs to sign off.
    editor.groups.add(*signer.groups.all())
    assert [entry for entry in waiting_for(user=editor) if entry.item.stage == Stage.SIGN_OFF] == []


def test_the_batched_anonymiser_check_agrees_with_anonymiser_ids(editor, editor2, signer, index):
    review, page = _at_sign_off(editor)
    other = verified_review()
    for user in (editor, editor2, signer):
        found = submissions_anonymised_by(
            user=user, submission_ids=[review.submission_id, other.submission_id]
        )
        assert (review.submission_id in found) == (user.pk in anonymiser_ids(page))
        assert other.submission_id not in found
    assert submissions_anonymised_by(user=editor, submission_ids=[]) == set()


def test_priority_first_then_mine_then_most_overdue(editor, editor2):
    now = timezone.now()
    old = verified_review()
    mine = verified_review()
    urgent = verified_review(story=GAS_STORY)
    Review.objects.filter(pk=old.pk).update(created_at=now - dt.timedelta(days=30))
    reviews.review_assign(review=mine, user=editor, assignee=editor)
    entries = waiting_for(user=editor)
    assert [entry.review.pk for entry in entries] == [urgent.pk, mine.pk, old.pk]
    assert entries[0].priority and entries[1].assigned_to_me and not entries[2].assigned_to_me
    assert [entry.review.pk for entry in waiting_for(user=editor2)][0] == urgent.pk


def test_working_days_against_the_target(editor, settings):
    settings.MODERATION_TARGET_WORKING_DAYS = {**settings.MODERATION_TARGET_WORKING_DAYS, "consent_check": 2}
    review = verified_review()
    (entry,) = waiting_for(user=editor, now=review.created_at + dt.timedelta(days=14))
    assert entry.received_days >= 8  # two weeks, less weekends and any bank holiday
    assert entry.item.rag == "red"
    assert entry.days_left == 2 - entry.item.working_days < 0
    assert entry.days_overdue == entry.item.working_days - 2
    (entry,) = waiting_for(user=editor, now=review.created_at)
    assert entry.received_days == 0 and entry.days_left == 2 and entry.item.rag == "green"


# -------------------------------------------------------------------------------- the panel


def test_panel_is_an_accessible_table_with_the_timers(editor, privacy_officer):
    urgent = verified_review(story=GAS_STORY)
    verified_review()
    html = _render(WaitingForYouPanel(), editor)
    assert "Waiting for you" in html
    assert "<caption" in html and 'scope="col"' in html and 'scope="row"' in html
    assert html.index(urgent.submission.reference) < html.index("Consent check")
    assert "Gas or carbon monoxide" in html and "smell gas" in html
    assert "today" in html and "due in 2 working days" in html
    assert "priya.officer@example.org" in html and "Priya Officer" in html


def test_panel_says_when_nothing_waits_and_hides_from_others(editor):
    assert "Nothing is waiting for you." in _render(WaitingForYouPanel(), editor)
    assert _render(WaitingForYouPanel(), UserFactory()) == ""


def test_panel_queries_do_not_grow_with_the_queue(editor, django_assert_max_num_queries):
    for _ in range(2):
        verified_review(story=GAS_STORY)
    with CaptureQueriesContext(connection) as few:
        _render(WaitingForYouPanel(), editor)
    for _ in range(6):
        verified_review()
    consent_checked(verified_review(story=GAS_STORY), editor)
    with django_assert_max_num_queries(len(few.captured_queries)):
        html = _render(WaitingForYouPanel(), editor)
    assert html.count('scope="row"') == 9


def test_dashboard_shows_waiting_for_you_first(editor, client: Client):
    review = verified_review()
    request = RequestFactory().get("/admin/")
    request.user = editor
    panels = [WorkflowObjectsToModeratePanel(), RecentEditsPanel()]
    for hook in hooks.get_hooks("construct_homepage_panels"):
        hook(request, panels)
    assert isinstance(sorted(panels, key=lambda panel: panel.order)[0], WaitingForYouPanel)
    assert not any(type(panel) is WorkflowObjectsToModeratePanel for panel in panels)
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert 'id="waiting-for-you' in html and review.submission.reference in html


# ------------------------------------------------------------------- "Awaiting your review"


def test_awaiting_your_review_leaves_out_the_anonymisers_stories(editor, signer, index):
    review, page = _at_sign_off(editor)
    editor.groups.add(*signer.groups.all())  # even in the sign-off group
    assert page.title in _render(AwaitingYourReviewPanel(), signer)
    assert page.title not in _render(AwaitingYourReviewPanel(), editor)


def test_the_dashboard_uses_the_honest_panel(editor, signer, index, client: Client):
    review, page = _at_sign_off(editor)
    editor.groups.add(*signer.groups.all())
    client.force_login(editor)
    assert "Awaiting your review" not in client.get("/admin/").content.decode()  # their only one
    client.force_login(signer)
    html = client.get("/admin/").content.decode()
    assert "Awaiting your review" in html and page.title in html


# ---------------------------------------------------------------------- the privacy officer


def test_privacy_officers_are_the_groups_active_members(privacy_officer):
    UserFactory(groups=["Privacy officers"], is_active=False, email="gone@example.org")
    contacts = privacy_officer_contacts()
    assert [(p.name, p.email) for p in contacts.people] == [("Priya Officer", "priya.officer@example.org")]
    assert contacts.text == "" and contacts


def test_the_setting_wins(privacy_officer, settings):
    settings.PRIVACY_OFFICER_CONTACT = "Data protection team, privacy@example.org, 020 7946 0000"
    contacts = privacy_officer_contacts()
    assert contacts.text.startswith("Data protection team") and contacts.people == ()


def test_nobody_set_up_says_so(editor):
    assert not privacy_officer_contacts()
    verified_review(story=GAS_STORY)
    assert "No privacy officer is set up yet" in _render(WaitingForYouPanel(), editor)


def test_the_review_page_shows_the_privacy_officer_beside_a_flagged_story(editor, privacy_officer, client):
    review = verified_review(story=GAS_STORY)
    client.force_login(editor)
    html = client.get(f"/admin/moderation/{review.pk}/").content.decode()
    assert "Priority: this story mentions danger." in html
    assert "priya.officer@example.org" in html
    # Never the storyteller's own contact details.
    assert review.submission.email not in html and review.submission.full_name not in html
    calm = verified_review()
    assert "priya.officer@example.org" not in client.get(f"/admin/moderation/{calm.pk}/").content.decode()
