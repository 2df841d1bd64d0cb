"""The moderation pipeline as services: each task, each state change, and what stays private."""

import json

import pytest

from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client

from wagtail.models import ModelLogEntry, PageLogEntry, Revision, TaskState, WorkflowState

from casestudies.choices import EmailKind, SubmissionStatus
from casestudies.emails import email_render
from casestudies.models import CaseStudyPage, OutboundEmail
from casestudies.tokens import LinkPurpose, token_make
from moderation import anonymisation, publication, reviews
from moderation.choices import IntendedUse, Stage, StorytellerAnswer
from moderation.models import RejectionReason, Review, SignOffTask
from moderation.selectors import anonymiser_ids, queue_item
from tests.factories.users import UserFactory

from .helpers import PII_STRINGS, anonymised, consent_checked, redact_everything, verified_review

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor2():
    return UserFactory(groups=["Comms editors"])


@pytest.fixture
def signer():
    return UserFactory(groups=["Sign-off editors"])


def _stage(review):
    return queue_item(Review.objects.get(pk=review.pk)).stage


def test_verifying_opens_a_review_at_the_consent_check():
    review = verified_review()
    assert review.story.startswith("My neighbour Dave")
    assert _stage(review) == Stage.CONSENT_CHECK
    assert review.current_workflow_state.workflow.name == "Story moderation"


def test_review_revisions_never_hold_contact_details():
    review = verified_review()
    for revision in Revision.objects.for_instance(review):
        content = json.dumps(revision.content)
        assert "amina.farouk@example.com" not in content
        assert "Amina Farouk" not in content
        assert revision.object_str == review.submission.reference


def test_a_story_that_mentions_danger_is_a_priority():
    review = verified_review(
        story="There was a smell of gas in the kitchen for weeks and my son's asthma got worse."
    )
    assert review.priority
    assert "gas" in review.safety_concerns


def test_consent_check_refuses_uses_the_consent_does_not_cover(editor):
    review = verified_review(consent={"use_photos": False})
    with pytest.raises(ValidationError, match="does not cover"):
        reviews.consent_check_approve(
            review=review, user=editor, uses=[IntendedUse.WEBSITE, IntendedUse.PHOTOS]
        )
    with pytest.raises(ValidationError, match="every case study needs it"):
        reviews.consent_check_approve(review=review, user=editor, uses=[])
    assert _stage(review) == Stage.CONSENT_CHECK


def test_consent_check_moves_the_story_on(editor):
    review = consent_checked(
        verified_review(consent={"use_photos": True}), editor, [IntendedUse.WEBSITE, IntendedUse.PHOTOS]
    )
    assert review.intended_uses == ["website", "photos"]
    assert review.submission.status == SubmissionStatus.IN_MODERATION
    assert _stage(review) == Stage.ANONYMISATION
    entry = ModelLogEntry.objects.for_instance(review).get(action="moderation.consent_checked")
    assert entry.user == editor


def test_only_the_tasks_group_can_act(signer):
    review = verified_review()
    with pytest.raises(PermissionDenied):
        reviews.consent_check_approve(review=review, user=signer, uses=[IntendedUse.WEBSITE])


def test_declining_tells_the_submitter_kindly_in_their_language(editor):
    review = verified_review(preferred_language="pl")
    reason = RejectionReason.objects.get(name="Complaint still open")
    reviews.story_decline(review=review, user=editor, reason=reason)
    review.refresh_from_db()
    assert review.submission.status == SubmissionStatus.REJECTED
    assert review.current_workflow_state is None
    outbound = OutboundEmail.objects.get(submission=review.submission, kind=EmailKind.STORY_REJECTED)
    rendered = email_render(outbound)
    assert rendered.to == ["amina.farouk@example.com"]
    assert reason.message_pl and reason.message_pl in rendered.text  # the default Polish wording
    with pytest.raises(PermissionDenied):
        reviews.story_decline(review=review, user=editor, reason=reason)


def test_two_editors_cannot_redact_at_once(editor, editor2):
    review = consent_checked(verified_review(), editor)
    assert anonymisation.lock_take(review=review, user=editor)
    assert not anonymisation.lock_take(review=review, user=editor2)
    with pytest.raises(PermissionDenied, match="Another editor"):
        anonymisation.texts_save(review=review, user=editor2, texts={"title": "Mine"})
    with pytest.raises(PermissionDenied):
        anonymisation.lock_release(review=review, user=editor2)
    anonymisation.lock_release(review=review, user=editor)
    assert anonymisation.lock_take(review=review, user=editor2)


def test_each_decision_is_logged_without_the_text(editor):
    review = consent_checked(verified_review(), editor)
    anonymisation.lock_take(review=review, user=editor)
    findings = anonymisation.review_findings(review)
    kinds = {f.kind for f in findings}
    assert {"PERSON", "ADDRESS", "PHONE", "DATE"} <= kinds  # the address and its postcode are one finding
    person = next(f for f in findings if f.kind == "PERSON")
    phone = next(f for f in findings if f.kind == "PHONE")
    anonymisation.findings_decide(
        review=review,
        user=editor,
        decisions=[
            anonymisation.Decision(
                key=person.key, text=person.text, accept=True, replacement="[my neighbour]"
            ),
            anonymisation.Decision(key=phone.key, text=phone.text, accept=False),
        ],
    )
    review.refresh_from_db()
    assert "Dave Pritchard" not in review.story and "[my neighbour]" in review.story
    assert "07700 900123" in review.story  # kept, and no longer flagged
    assert not any(f.kind == "PHONE" for f in anonymisation.review_findings(review))
    anonymisation.manual_redact(
        review=review, user=editor, field="story", text="the mould", replacement="damp"
    )
    actions = list(ModelLogEntry.objects.for_instance(review).values_list("action", flat=True))
    assert actions.count("moderation.finding_accepted") == 1
    assert actions.count("moderation.finding_rejected") == 1
    assert "moderation.manual_redaction" in actions
    dumped = json.dumps(list(ModelLogEntry.objects.values("label", "data")))
    for secret in PII_STRINGS:
        assert secret not in dumped


def test_a_stale_decision_is_refused(editor):
    review = consent_checked(verified_review(), editor)
    anonymisation.lock_take(review=review, user=editor)
    person = next(f for f in anonymisation.review_findings(review) if f.kind == "PERSON")
    with pytest.raises(ValidationError, match="changed"):
        anonymisation.findings_decide(
            review=review,
            user=editor,
            decisions=[anonymisation.Decision(key=person.key, text="Someone Else", accept=True)],
        )


def test_anonymisation_cannot_finish_with_findings_left(editor, index):
    review = consent_checked(verified_review(), editor)
    anonymisation.lock_take(review=review, user=editor)
    with pytest.raises(ValidationError) as error:
        anonymisation.anonymisation_approve(review=review, user=editor)
    assert any("finding" in m for m in error.value.messages)
    assert any("title" in m for m in error.value.messages)
    assert not CaseStudyPage.objects.exists()


def test_finishing_anonymisation_makes_a_page_from_the_redacted_text_only(editor, index):
    review = consent_checked(verified_review(), editor)
    page = anonymised(review, editor)
    assert not page.live
    assert page.get_parent().specific == index
    assert page.submission_id == review.submission_id
    assert page.title == "Mould came back until the fan was fixed"
    texts = json.dumps(page.public_texts())
    contents = json.dumps([r.content for r in Revision.objects.for_instance(page)])
    for secret in [*PII_STRINGS, "Amina", "amina.farouk@example.com"]:
        assert secret not in texts
        assert secret not in contents
    assert page.story.startswith(
        "My neighbour on a street in Bolton saw"
    )  # the name after its role is dropped
    assert "early 2023" in page.story
    # The sign-off workflow started with the storyteller's check, and they were emailed.
    assert page.current_workflow_state.workflow.name == "Case study sign-off"
    assert _stage(review) == Stage.STORYTELLER_APPROVAL
    assert (
        OutboundEmail.objects.filter(submission=review.submission, kind=EmailKind.STORYTELLER_PREVIEW).count()
        == 1
    )
    outbound = OutboundEmail.objects.get(kind=EmailKind.STORYTELLER_PREVIEW)
    assert "/your-story/check/" in email_render(outbound).text


def test_storyteller_link_shows_changes_and_approves(editor, index, client: Client):
    review = consent_checked(verified_review(), editor)
    page = anonymised(review, editor)
    token = token_make(
        purpose=LinkPurpose.CHECK, submission_id=page.submission_id, reference=review.submission.reference
    )
    url = f"/your-story/check/{token}/"
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<del" in html and "<ins" in html and "on a street in" in html
    assert response["Cache-Control"].startswith("no-store")
    response = client.post(url, {"answer": "changes", "feedback": ""})
    assert response.status_code == 400 and "Tell us what to remove" in response.content.decode()
    response = client.post(url, {"answer": "approve"})
    assert response.status_code == 200
    review.refresh_from_db()
    assert review.storyteller_answer == StorytellerAnswer.APPROVED
    assert _stage(review) == Stage.SIGN_OFF
    # A second answer changes nothing.
    assert not publication.storyteller_respond(page=page, approve=False, feedback="x")


def test_storyteller_asking_for_changes_sends_it_back(editor, index):
    review = consent_checked(verified_review(), editor)
    page = anonymised(review, editor)
    assert publication.storyteller_respond(
        page=page, approve=False, feedback="Please remove the boiler detail"
    )
    review.refresh_from_db()
    assert review.storyteller_feedback == "Please remove the boiler detail"
    assert _stage(review) == Stage.CHANGES_REQUESTED
    task_state = TaskState.objects.filter(status=TaskState.STATUS_REJECTED).get()
    assert "boiler" not in task_state.comment


def test_a_broken_or_wrong_purpose_link_is_refused(client: Client, editor, index):
    review = consent_checked(verified_review(), editor)
    anonymised(review, editor)
    wrong = token_make(
        purpose=LinkPurpose.WITHDRAW,
        submission_id=review.submission_id,
        reference=review.submission.reference,
    )
    assert client.get(f"/your-story/check/{wrong}/").status_code == 404
    assert client.get("/your-story/check/nonsense/").status_code == 404


@pytest.mark.parametrize("allowed", [True, False])
def test_no_reply_publishes_only_if_consent_allowed(editor, index, allowed):
    review = consent_checked(verified_review(consent={"publish_without_reply": allowed}), editor)
    anonymised(review, editor)
    TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS).update(started_at="2020-01-01T00:00Z")
    assert publication.storyteller_no_reply_due() == (1 if allowed else 0)
    review.refresh_from_db()
    assert _stage(review) == (Stage.SIGN_OFF if allowed else Stage.STORYTELLER_APPROVAL)


def _to_sign_off(editor):
    review = consent_checked(verified_review(), editor)
    page = anonymised(review, editor)
    publication.storyteller_respond(page=page, approve=True)
    return review, CaseStudyPage.objects.get(pk=page.pk)


def test_whoever_anonymised_cannot_sign_off(editor, index):
    review, page = _to_sign_off(editor)
    editor.groups.add(*SignOffTask.objects.get().groups.all())  # even if they join the sign-off group
    assert editor.pk in anonymiser_ids(page)
    task = SignOffTask.objects.get()
    assert task.get_actions(page, editor) == []
    with pytest.raises(PermissionDenied):
        reviews.task_act(obj=page, user=editor, stage="sign_off", action="approve")
    with pytest.raises(PermissionDenied, match="second person"):
        publication.sign_off_check(page=page, user=editor)


def test_sign_off_by_a_second_person_publishes(editor, signer, index, client: Client):
    review, page = _to_sign_off(editor)
    assert [a[0] for a in SignOffTask.objects.get().get_actions(page, signer)] == [
        "reject",
        "approve",
        "approve",
    ]
    reviews.task_act(obj=page, user=signer, stage="sign_off", action="approve")
    page.refresh_from_db()
    assert page.live
    review.refresh_from_db()
    assert review.submission.status == SubmissionStatus.PUBLISHED
    assert _stage(review) == Stage.PUBLISHED
    html = client.get(page.url).content.decode()
    assert "Mould came back until the fan was fixed" in html
    for secret in [*PII_STRINGS, "Amina", "amina.farouk@example.com"]:
        assert secret not in html
    entries = json.dumps(list(PageLogEntry.objects.values("label", "data")))
    for secret in PII_STRINGS:
        assert secret not in entries
    # The search index holds the page's public fields only.
    from wagtail.search.models import IndexEntry

    assert IndexEntry.objects.exists()
    indexed = json.dumps(list(IndexEntry.objects.values("title", "body", "autocomplete")), ensure_ascii=False)
    assert "fan" in indexed
    for secret in [*PII_STRINGS, "Amina", "amina.farouk@example.com"]:
        assert secret not in indexed


def test_sign_off_is_refused_while_the_page_has_findings(editor, signer, index):
    review, page = _to_sign_off(editor)
    page.story += " Ring Dave Pritchard on 07700 900456."
    revision = page.save_revision()
    with pytest.raises(PermissionDenied, match="changed after the storyteller approved"):
        publication.sign_off_check(page=page, user=signer)
    Review.objects.filter(pk=review.pk).update(storyteller_revision_id=revision.pk)  # as if they saw it
    with pytest.raises(PermissionDenied, match="unresolved"):
        publication.sign_off_check(page=page, user=signer)


def test_sign_off_changes_go_back_through_the_storyteller(editor, signer, index):
    review, page = _to_sign_off(editor)
    reviews.task_act(
        obj=page, user=signer, stage="sign_off", action="reject", comment="Shorter summary please"
    )
    assert _stage(review) == Stage.RESUBMIT
    assert page.current_workflow_state is None
    assert WorkflowState.objects.filter(status=WorkflowState.STATUS_CANCELLED).exists()
    page.summary = "A shorter summary."
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)  # "Submit to Case study sign-off" in the editor
    assert _stage(review) == Stage.STORYTELLER_APPROVAL
    assert Review.objects.get(pk=review.pk).storyteller_answer == ""
    assert OutboundEmail.objects.filter(kind=EmailKind.STORYTELLER_PREVIEW).count() == 2


def test_a_withdrawn_story_stops_everywhere(editor, signer, index):
    from casestudies.lifecycle import story_withdrawn

    review, page = _to_sign_off(editor)
    story_withdrawn(submission=review.submission, door="story_page")
    assert not CaseStudyPage.objects.filter(pk=page.pk).exists()
    review.refresh_from_db()
    assert review.current_workflow_state is None
    assert review.submission.status == SubmissionStatus.WITHDRAWN
    assert queue_item(review).stage not in (Stage.SIGN_OFF, Stage.STORYTELLER_APPROVAL)


def test_nothing_is_published_once_consent_is_withdrawn(editor, signer, index):
    from casestudies.models import ConsentRecord

    review, page = _to_sign_off(editor)
    ConsentRecord.objects.filter(submission=review.submission).update(withdrawn_at="2026-01-01T00:00Z")
    with pytest.raises(PermissionDenied, match="withdrawn"):
        publication.sign_off_check(page=page, user=signer)


def test_the_storyteller_cannot_answer_after_withdrawing(editor, index):
    from casestudies.models import ConsentRecord

    review = consent_checked(verified_review(), editor)
    page = anonymised(review, editor)
    ConsentRecord.objects.filter(submission=review.submission).update(withdrawn_at="2026-01-01T00:00Z")
    assert not publication.storyteller_respond(page=page, approve=True)


def test_the_ombudsman_style_replacement_is_not_flagged_again(editor, index):
    review = consent_checked(
        verified_review(story="Mrs Jane Doe from the housing office was kind to me."), editor
    )
    review = redact_everything(review, editor)
    assert "Mrs B" in review.story  # A is the storyteller's own letter
    assert anonymisation.review_findings(review) == []


def test_the_index_page_keeps_its_parents_workflow(index):
    workflow = index.get_workflow()
    assert workflow is None or workflow.name != "Case study sign-off"


def test_declining_after_anonymisation_deletes_the_draft(editor, index):
    review = consent_checked(verified_review(), editor)
    anonymised(review, editor)
    reviews.story_decline(review=review, user=editor, reason=RejectionReason.objects.first())
    assert not CaseStudyPage.objects.exists()


def test_a_rejected_finding_is_not_flagged_again(editor, index):
    review = consent_checked(verified_review(story="The mould came back. Mould everywhere."), editor)
    review = redact_everything(review, editor)
    assert anonymisation.review_findings(review) == []
