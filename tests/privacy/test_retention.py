"""Retention: each rule by date (time frozen by passing ``now``), the dry run, the purge and its command."""

from datetime import timedelta
from io import StringIO

import pytest
from django_tasks_db.models import DBTaskResult

from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone

from wagtail.models import ModelLogEntry

from casestudies import lifecycle
from casestudies.choices import SubmissionStatus
from casestudies.models import CaseStudyPage, ConsentRecord, Submission
from moderation import reviews
from moderation.models import RejectionReason
from privacy.retention import purge_personal_data, submissions_due
from privacy.tasks import purge_personal_data_task
from tests.factories.casestudies import ConsentRecordFactory, SubmissionFactory
from tests.factories.users import UserFactory
from tests.moderation.helpers import case_index, verified_review

from .helpers import EMAIL, database_hits, published_story

pytestmark = pytest.mark.django_db

DAY = timedelta(days=1)
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def _due(now) -> dict[str, tuple[str, str]]:
    return {item.reference: (item.rule, item.action) for item in submissions_due(now=now)}


@pytest.fixture(autouse=True)
def _retention(settings):
    settings.RETENTION_DAYS = {"UNVERIFIED": 30, "REJECTED": 90, "WITHDRAWN": 30, "PUBLISHED_CONTACT": 180}


class TestRules:
    def test_never_verified_counts_from_sending_or_starting(self):
        now = timezone.now()
        draft = SubmissionFactory(draft=True, created_at=now - 31 * DAY)
        young_draft = SubmissionFactory(draft=True, created_at=now - 29 * DAY)
        waiting = SubmissionFactory(
            status=SubmissionStatus.AWAITING_VERIFICATION,
            verified_at=None,
            created_at=now - 60 * DAY,
            submitted_at=now - 29 * DAY,  # the clock starts when it was sent
        )
        expired = SubmissionFactory(
            status=SubmissionStatus.EXPIRED, verified_at=None, submitted_at=now - 31 * DAY
        )
        due = _due(now)
        assert due[draft.reference] == ("unverified", "everything")
        assert due[expired.reference] == ("unverified", "everything")
        assert young_draft.reference not in due and waiting.reference not in due
        assert waiting.reference in _due(now + 2 * DAY)

    def test_rejected_counts_from_the_decline(self, home_page):
        editor = UserFactory(groups=["Comms editors"])
        review = verified_review()
        reviews.story_decline(review=review, user=editor, reason=RejectionReason.objects.first())
        # Touched since (e.g. an email retried): the decline's date still counts.
        Submission.objects.filter(pk=review.submission_id).update(updated_at=timezone.now() + 5 * DAY)
        reference = review.submission.reference
        assert reference not in _due(timezone.now() + 89 * DAY)
        assert _due(timezone.now() + 91 * DAY)[reference] == ("rejected", "everything")

    def test_withdrawn_counts_from_the_withdrawal(self):
        submission, _changed = lifecycle.story_withdrawn(submission=SubmissionFactory(), door="story_page")
        assert submission.reference not in _due(timezone.now() + 29 * DAY)
        assert _due(timezone.now() + 31 * DAY)[submission.reference] == ("withdrawn", "everything")

    def test_published_contact_details_go_unless_media_contact_was_agreed(self, home_page):
        case_index(home_page)
        editor = UserFactory(groups=["Comms editors"])
        signer = UserFactory(groups=["Sign-off editors"])
        published = published_story(editor, signer)
        first = CaseStudyPage.objects.filter(submission=published).order_by("first_published_at").first()
        assert first.first_published_at
        assert published.reference not in _due(first.first_published_at + 179 * DAY)
        assert _due(first.first_published_at + 181 * DAY)[published.reference] == (
            "published_contact",
            "contact details",
        )
        ConsentRecord.objects.filter(submission=published).update(media_contact=True)
        assert published.reference not in _due(first.first_published_at + 1000 * DAY)

    def test_stories_with_editors_are_never_due(self):
        new = SubmissionFactory(status=SubmissionStatus.NEW, created_at=timezone.now() - 900 * DAY)
        moderating = SubmissionFactory(
            status=SubmissionStatus.IN_MODERATION, created_at=timezone.now() - 900 * DAY
        )
        due = _due(timezone.now() + 900 * DAY)
        assert new.reference not in due and moderating.reference not in due

    def test_erased_submissions_are_not_due_again(self):
        draft = SubmissionFactory(draft=True, created_at=timezone.now() - 40 * DAY)
        purge_personal_data(dry_run=False)
        assert draft.reference not in _due(timezone.now() + 400 * DAY)


def test_a_dry_run_changes_nothing(home_page):
    case_index(home_page)
    published = published_story(
        UserFactory(groups=["Comms editors"]), UserFactory(groups=["Sign-off editors"])
    )
    withdrawn, _changed = lifecycle.story_withdrawn(
        submission=SubmissionFactory(email="gone@example.com"), door="story_page"
    )
    ConsentRecordFactory(submission=withdrawn)
    later = timezone.now() + 400 * DAY
    snapshot = [
        list(Submission.objects.order_by("pk").values()),
        list(ConsentRecord.objects.order_by("pk").values()),
        CaseStudyPage.objects.filter(live=True).count(),
        ModelLogEntry.objects.count(),
    ]

    report = purge_personal_data(dry_run=True, now=later)

    assert {item.reference for item in report.due} == {published.reference, withdrawn.reference}
    assert report.erased == [] and report.contact_details_erased == []
    assert snapshot == [
        list(Submission.objects.order_by("pk").values()),
        list(ConsentRecord.objects.order_by("pk").values()),
        CaseStudyPage.objects.filter(live=True).count(),
        ModelLogEntry.objects.count(),
    ]
    whats = {item.reference: item.what() for item in report.due}
    assert whats[published.reference].startswith("contact details (full name, email, phone)")
    assert whats[withdrawn.reference].startswith("everything")


def test_the_purge_erases_what_is_due(home_page):
    case_index(home_page)
    published = published_story(
        UserFactory(groups=["Comms editors"]), UserFactory(groups=["Sign-off editors"])
    )
    withdrawn, _changed = lifecycle.story_withdrawn(
        submission=SubmissionFactory(email="gone@example.com"), door="story_page"
    )
    fresh = SubmissionFactory(status=SubmissionStatus.NEW, email="fresh@example.com")

    report = purge_personal_data(dry_run=False, now=timezone.now() + 200 * DAY)

    assert report.erased == [withdrawn.reference]
    assert report.contact_details_erased == [published.reference]
    assert report.summary() == {
        "dry_run": False,
        "due": 2,
        "erased": 1,
        "contact_details_erased": 1,
        "failed": 0,
    }
    assert database_hits([EMAIL, "gone@example.com"]) == []
    assert CaseStudyPage.objects.filter(submission=published, live=True).count() == 2
    fresh.refresh_from_db()
    assert fresh.erased_at is None and fresh.email == "fresh@example.com"
    withdrawn.refresh_from_db()
    assert withdrawn.erasure_reason == "retention_withdrawn"


def test_the_purge_carries_on_past_a_failure(monkeypatch):
    first, _changed = lifecycle.story_withdrawn(submission=SubmissionFactory(), door="story_page")
    second, _changed = lifecycle.story_withdrawn(submission=SubmissionFactory(), door="story_page")
    import privacy.retention

    real = privacy.retention.submission_erase

    def flaky(*, submission, reason, user=None):
        if submission.pk == first.pk:
            raise OSError("disk full")
        return real(submission=submission, reason=reason, user=user)

    monkeypatch.setattr(privacy.retention, "submission_erase", flaky)
    report = purge_personal_data(dry_run=False, now=timezone.now() + 60 * DAY)
    assert report.failed == [(first.reference, "OSError")]
    assert report.erased == [second.reference]


def test_the_command_lists_what_would_go_without_changing_anything():
    withdrawn, _changed = lifecycle.story_withdrawn(
        submission=SubmissionFactory(email="gone@example.com", withdrawn_at=None), door="story_page"
    )
    Submission.objects.filter(pk=withdrawn.pk).update(withdrawn_at=timezone.now() - 45 * DAY)
    out = StringIO()
    call_command("purge_personal_data", "--dry-run", stdout=out)
    text = out.getvalue()
    assert f"Would erase {withdrawn.reference}: withdrawn on" in text
    assert "kept 30 days: everything: answers" in text
    assert "nothing was changed" in text
    assert Submission.objects.get(pk=withdrawn.pk).email == "gone@example.com"

    out = StringIO()
    call_command("purge_personal_data", stdout=out)
    assert f"Erased {withdrawn.reference}" in out.getvalue()
    assert Submission.objects.get(pk=withdrawn.pk).email == ""


def test_scheduling_needs_a_backend_that_can_wait():
    with pytest.raises(CommandError, match="TASKS_BACKEND"):
        call_command("purge_personal_data", "--schedule", stdout=StringIO())


def _worker_runs_what_is_ready() -> None:
    """What ``manage.py db_worker`` does with each ready row (its loop also closes database
    connections, which a test's transaction cannot survive)."""
    from django_tasks_db.management.commands.db_worker import Worker

    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test",
        excluded_queue_names=[],
    )
    for row in DBTaskResult.objects.ready():
        row.claim(worker.worker_id)
        worker.run_task(row)


@override_settings(TASKS=DATABASE_TASKS)
def test_the_daily_task_runs_the_purge_and_queues_its_next_run_once():
    withdrawn, _changed = lifecycle.story_withdrawn(
        submission=SubmissionFactory(email="gone@example.com"), door="story_page"
    )
    Submission.objects.filter(pk=withdrawn.pk).update(withdrawn_at=timezone.now() - 45 * DAY)
    out = StringIO()
    call_command("purge_personal_data", "--schedule", stdout=out)
    call_command("purge_personal_data", "--schedule", stdout=out)
    assert "Queued the purge now" in out.getvalue() and "already queued" in out.getvalue()
    path = purge_personal_data_task.module_path
    assert DBTaskResult.objects.filter(task_path=path, status="READY").count() == 1

    _worker_runs_what_is_ready()

    done = DBTaskResult.objects.get(task_path=path, status="SUCCESSFUL")
    assert done.return_value["erased"] == 1 and withdrawn.reference not in str(done.return_value)
    assert done.return_value["renewals_asked"] == 0  # consent renewals run in the same daily task
    following = DBTaskResult.objects.get(task_path=path, status="READY")
    assert (
        timedelta(hours=23, minutes=59)
        < following.run_after - done.started_at
        < timedelta(hours=24, minutes=1)
    )
    assert Submission.objects.get(pk=withdrawn.pk).erased_at is not None
    call_command("purge_personal_data", "--schedule", stdout=out)
    assert DBTaskResult.objects.filter(task_path=path, status="READY").count() == 1
