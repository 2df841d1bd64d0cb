"""Erasure: one person through to a published case study, then nothing of them anywhere.

The scan is not a list of places we thought of: it reads every text, char and JSON column
of every table the database has, and every file under both media roots.
"""

import json

import pytest
from django_tasks_db.models import DBTaskResult, get_date_max

from django.test import Client
from django.utils import timezone

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Comment, ModelLogEntry, PageLogEntry

from casestudies.choices import EmailStatus, SubmissionStatus
from casestudies.models import CaseStudyPage, ConsentRecord, OutboundEmail, Photo, Submission
from moderation.models import Review
from privacy.erasure import contact_details_erase, submission_erase
from tests.factories.casestudies import ConsentRecordFactory, SubmissionFactory
from tests.factories.users import UserFactory
from tests.moderation.helpers import case_index

from .helpers import (
    EMAIL,
    FEEDBACK,
    FULL_NAME,
    PHONE,
    POSTCODE,
    SECRETS,
    database_hits,
    file_hits,
    media_files,
    published_story,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return case_index(home_page)


@pytest.fixture
def editor():
    return UserFactory(groups=["Comms editors"])


@pytest.fixture
def signer():
    return UserFactory(groups=["Sign-off editors"])


def _task_result(task_path: str, args: list, **fields) -> DBTaskResult:
    """A row as django-tasks-db's worker leaves it (the test settings run tasks inline)."""
    return DBTaskResult.objects.create(
        task_path=task_path,
        args_kwargs={"args": args, "kwargs": {}},
        backend_name="default",
        run_after=get_date_max(),
        **fields,
    )


def _everything_else_about_them(submission: Submission, editor) -> DBTaskResult:
    """What the pipeline does not make by itself but real use would: queued and failed email
    tasks, an editor's page comment quoting the story, the storyteller's request for a
    change, a redirect from an old address. Returns a task row that must survive."""
    pages = list(CaseStudyPage.objects.filter(submission=submission))
    outbound = list(OutboundEmail.objects.filter(submission=submission))
    _task_result(
        "casestudies.tasks.send_email_task", [outbound[0].pk], status="SUCCESSFUL", return_value="sent"
    )
    _task_result("casestudies.tasks.send_email_task", [outbound[-1].pk], status="READY")
    _task_result(
        "casestudies.tasks.send_email_task",
        [10**6],
        status="FAILED",
        exception_class_path="anymail.exceptions.AnymailAPIError",
        traceback=f"AnymailAPIError: the ESP refused {EMAIL} ({FULL_NAME})",
    )
    Comment.objects.create(
        page=pages[0], user=editor, contentpath="story", text="Is 'saw the mould too' identifying? Pritchard?"
    )
    Review.objects.filter(submission=submission).update(storyteller_feedback=FEEDBACK)
    Redirect.objects.create(old_path=f"/stories/{pages[0].slug}", redirect_page=pages[0])
    return _task_result(
        "casestudies.tasks.send_email_task", [10**6 + 1], status="SUCCESSFUL", return_value="sent"
    )


def test_erasing_a_published_story_leaves_nothing_of_the_person_anywhere(
    index, editor, signer, django_capture_on_commit_callbacks
):
    client = Client()
    files_before = media_files()
    with django_capture_on_commit_callbacks(execute=True):
        submission = published_story(editor, signer)
        pages = list(CaseStudyPage.objects.filter(submission=submission))
        assert {page.locale.language_code for page in pages} == {"pl", "en"}
        assert all(
            page.live and page.share_images.count() == 3 and page.photos.count() == 1 for page in pages
        )
        for page in pages:  # renditions, and the page cache
            assert client.get(page.url).status_code == 200
        unrelated_task = _everything_else_about_them(submission, editor)

    # The scan finds them first, so its silence afterwards means something.
    before = {table for table, _column, _secret in database_hits(SECRETS)}
    assert {
        "casestudies_submission",
        "moderation_review",
        "moderation_reviewphoto",
        "wagtailcore_revision",
        "wagtailcore_pagelogentry",
        "wagtailcore_comment",
        "wagtailcore_page",
        "casestudies_casestudypage",
        DBTaskResult._meta.db_table,
    } <= before
    assert any(name.startswith("wagtailsearch_indexentry") for name in before)
    made = media_files() - files_before
    assert len(made) >= 10  # photo, blurred copy, image, renditions, six share cards
    assert file_hits([FULL_NAME, EMAIL], made)  # the photo as received carries their name

    with django_capture_on_commit_callbacks(execute=True):
        result = submission_erase(submission=submission, reason="request")

    assert database_hits([*SECRETS, POSTCODE, PHONE]) == []
    assert file_hits(SECRETS) == []  # every file under MEDIA_ROOT and PRIVATE_MEDIA_ROOT
    assert media_files() - files_before == set()
    for page in pages:
        assert client.get(page.url).status_code == 404
    assert not CaseStudyPage.objects.filter(pk__in=[page.pk for page in pages]).exists()
    assert DBTaskResult.objects.filter(pk=unrelated_task.pk).exists()
    assert result.pages == 2 and result.photos == 1 and result.images == 7 and result.emails >= 3
    assert result.task_results == 3 and result.revisions >= 5

    # The minimal record and the consent record stay.
    record = Submission.objects.get(pk=submission.pk)
    assert record.reference == submission.reference and record.kind == submission.kind
    assert record.status == SubmissionStatus.WITHDRAWN and record.erasure_reason == "request"
    assert record.erased_at and record.created_at == submission.created_at
    assert record.verified_at == submission.verified_at and record.withdrawn_at
    assert (record.full_name, record.email, record.phone, record.story, record.themes) == ("", "", "", "", [])
    consent = ConsentRecord.objects.get(submission=record)
    assert consent.use_photos and consent.text_version and consent.withdrawn_at
    review = Review.objects.get(submission=record)
    assert review.intended_uses and not review.story and not review.english_story and not review.dismissed
    # Who did what, and when, stays; titles and comments do not.
    assert (
        PageLogEntry.objects.filter(page_id__in=[page.pk for page in pages], action="wagtail.publish").count()
        == 2
    )
    assert set(PageLogEntry.objects.filter(page_id=pages[0].pk).values_list("label", flat=True)) == {
        f"Erased case study {record.reference}"
    }
    entry = ModelLogEntry.objects.get(action="privacy.erased")
    assert entry.label == record.reference
    assert set(entry.data) == {"reason", "counts"} and entry.data["reason"] == "request"
    assert all(isinstance(value, int) for value in entry.data["counts"].values())


def test_erasure_is_atomic_and_can_run_again(index, editor, signer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        submission = published_story(editor, signer)
        submission_erase(submission=submission, reason="request")
        again = submission_erase(submission=submission, reason="request")
    assert again.pages == 0 and again.photos == 0 and again.revisions == 0
    assert ModelLogEntry.objects.filter(action="privacy.erased").count() == 2


def test_a_failed_erasure_changes_nothing(index, editor, signer, monkeypatch):
    submission = published_story(editor, signer)
    import privacy.erasure

    def broken(*args, **kwargs):
        raise RuntimeError("storage went away")

    monkeypatch.setattr(privacy.erasure, "_submission_blank", broken)
    with pytest.raises(RuntimeError):
        submission_erase(submission=submission, reason="request")
    submission.refresh_from_db()
    assert submission.email == EMAIL and submission.erased_at is None
    assert CaseStudyPage.objects.filter(submission=submission, live=True).count() == 2


def test_erasing_a_draft_expires_it():
    draft = SubmissionFactory(
        draft=True, email="draft.person@example.com", story="Half a story about Pritchard"
    )
    submission_erase(submission=draft, reason="retention_unverified")
    draft.refresh_from_db()
    assert draft.status == SubmissionStatus.EXPIRED and draft.email == "" and draft.story == ""
    assert database_hits(["draft.person@example.com", "Half a story"]) == []


def test_running_tasks_are_left_for_the_worker():
    submission = SubmissionFactory(email="busy.person@example.com")
    running = _task_result("some.task", ["busy.person@example.com"], status="RUNNING")
    finished = _task_result("some.task", ["busy.person@example.com"], status="SUCCESSFUL")
    submission_erase(submission=submission, reason="request")
    assert DBTaskResult.objects.filter(pk=running.pk).exists()
    assert not DBTaskResult.objects.filter(pk=finished.pk).exists()


def test_contact_details_erasure_keeps_the_published_story(index, editor, signer):
    submission = published_story(editor, signer)
    pages_before = {page.pk: (page.live, page.title, page.story) for page in CaseStudyPage.objects.all()}
    pending = OutboundEmail.objects.create(submission=submission, kind="story_published")
    sent = OutboundEmail.objects.filter(submission=submission, status=EmailStatus.SENT).count()

    assert contact_details_erase(submission) == 3  # name, email and phone (no role for residents)

    submission.refresh_from_db()
    assert (submission.full_name, submission.email, submission.phone) == ("", "", "")
    assert submission.status == SubmissionStatus.PUBLISHED and submission.erased_at is None
    assert submission.story  # only the contact details go
    assert {
        page.pk: (page.live, page.title, page.story) for page in CaseStudyPage.objects.all()
    } == pages_before
    assert not OutboundEmail.objects.filter(pk=pending.pk).exists()
    assert OutboundEmail.objects.filter(submission=submission, status=EmailStatus.SENT).count() == sent
    assert database_hits([FULL_NAME, EMAIL, PHONE]) == []
    entry = ModelLogEntry.objects.get(action="privacy.contact_details_erased")
    assert entry.data["reason"] == "retention" and entry.data["counts"]["fields"] == 3


def test_audit_entries_hold_no_personal_data(index, editor, signer):
    submission = published_story(editor, signer)
    contact_details_erase(submission, reason="retention_published_contact")
    submission_erase(submission=submission, reason="request")
    logged = json.dumps(
        [
            list(ModelLogEntry.objects.filter(action__startswith="privacy.").values("label", "data")),
            list(PageLogEntry.objects.values("label", "data")),
        ],
        ensure_ascii=False,
        default=str,
    )
    for secret in SECRETS:
        assert secret.lower() not in logged.lower()


def test_the_consent_record_holds_no_personal_data():
    """Kept after erasure, so it must hold only scopes, versions and dates."""
    consent = ConsentRecordFactory(submission=SubmissionFactory(email="kept.consent@example.com"))
    submission_erase(submission=consent.submission, reason="request")
    consent.refresh_from_db()
    allowed = (bool, type(None), dict, int, str, type(timezone.now()))
    for field in ConsentRecord._meta.concrete_fields:
        value = getattr(consent, field.attname)
        assert isinstance(value, allowed)
        if isinstance(value, str):
            assert "@" not in value and len(value) <= 32


def test_a_landlords_lesson_is_erased_too(index, editor):
    from casestudies import lifecycle
    from tests.factories.casestudies import LandlordSubmissionFactory

    secrets = [
        "Sunnybank Housing Trust",
        "Head of Tenancy Sustainment",
        "Flat 3B Cobbler Row",
        "Ifeoma Adeyemi",
    ]
    submission = LandlordSubmissionFactory(
        status=SubmissionStatus.AWAITING_VERIFICATION,
        verified_at=None,
        full_name="Ifeoma Adeyemi",
        organisation_name="Sunnybank Housing Trust",
        sender_role="Head of Tenancy Sustainment",
        complaint_summary="A leak at Flat 3B Cobbler Row was left for months.",
        lessons_learned="Ifeoma Adeyemi now reviews every open repair weekly.",
        figures="Complaints at Sunnybank Housing Trust fell by a third.",
    )
    ConsentRecordFactory(submission=submission, publish_organisation_name=True)
    lifecycle.story_verified(submission=submission)
    assert Review.objects.get(submission=submission).story.startswith("A leak at Flat 3B")
    assert database_hits(secrets)
    submission_erase(submission=submission, reason="request")
    assert database_hits(secrets) == []


def test_every_model_that_points_at_a_submission_is_handled():
    """A new model holding a link to a submission (or its review) must get an erasure rule:
    add it to privacy/erasure.py, then here."""
    from moderation.models import ReviewPhoto

    handled = {
        ConsentRecord: "kept (no personal data)",
        OutboundEmail: "deleted",
        Review: "text blanked, revisions deleted",
        CaseStudyPage: "unpublished and deleted",
        Photo: "deleted, files too",
    }
    pointing = {relation.related_model for relation in Submission._meta.related_objects}
    assert pointing == set(handled)
    assert {relation.related_model for relation in Review._meta.related_objects} == {ReviewPhoto}
