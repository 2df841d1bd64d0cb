"""Photos off the request: stored as processing, re-encoded by the task, ready or failed.

The tests use django-tasks' dummy backend (nothing runs until the test runs the task) to
see the state between the two; the immediate backend of development and tests is checked
to make the photo ready at once.
"""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from PIL import Image

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from casestudies import photo_processing
from casestudies.models import Photo, PhotoStatus, Submission
from casestudies.tasks import photo_process_task

from .helpers import begin, jpeg_bytes, step_url

pytestmark = pytest.mark.django_db

PHOTOS = step_url("resident", "photos")
CHECK = "/share-your-story/check-your-answers/"
STATUS = "/share-your-story/photo-status/"


@pytest.fixture
def queued(settings):
    """A backend that only records what is enqueued, like db_worker before it runs."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    from django_tasks import default_task_backend

    default_task_backend.clear()
    yield default_task_backend
    default_task_backend.clear()


@pytest.fixture
def resident(client, home_page):
    begin(client)
    return client


def _upload(client, *files):
    return client.post(PHOTOS, {"photos": list(files), "action": "upload"})


def _jpeg(name="wall.jpg", data=None):
    return SimpleUploadedFile(name, data or jpeg_bytes((300, 200), gps=True), content_type="image/jpeg")


def _truncated() -> bytes:
    data = jpeg_bytes((400, 300))
    return data[: len(data) // 2]


def _private(name: str):
    from django.core.files.storage import storages

    return storages["private"].exists(name)


def test_the_step_stores_the_upload_and_returns_without_processing(resident, queued):
    assert _upload(resident, _jpeg()).status_code == 302
    photo = Photo.objects.get()
    assert photo.status == PhotoStatus.PROCESSING
    assert not photo.image and photo.original
    # The upload waits outside the public media folder, never served by URL.
    assert photo.original.path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
    assert not photo.original.path.startswith(str(settings.MEDIA_ROOT) + "/")
    assert [r.task.name for r in queued.results] == [photo_process_task.name]
    assert queued.results[0].args == [photo.pk]


def test_the_task_processes_marks_ready_and_deletes_the_upload(resident, queued):
    _upload(resident, _jpeg())
    photo = Photo.objects.get()
    original = photo.original.name
    assert photo_processing.photo_process(photo.pk) == PhotoStatus.READY
    photo.refresh_from_db()
    assert photo.status == PhotoStatus.READY and photo.processed_at is not None
    assert not photo.original and not _private(original)
    assert (photo.width, photo.height) == (300, 200) and photo.content_type == "image/jpeg"
    with photo.image.open("rb") as handle:
        data = handle.read()
    assert b"TestCam" not in data and not Image.open(io.BytesIO(data)).getexif()
    # Run again (a retried task): nothing changes.
    assert photo_processing.photo_process(photo.pk) == PhotoStatus.READY


def test_a_damaged_photo_is_marked_failed_and_its_upload_removed(resident, queued):
    assert _upload(resident, _jpeg("broken.jpg", _truncated())).status_code == 302
    photo = Photo.objects.get()
    original = photo.original.name
    assert photo.status == PhotoStatus.PROCESSING and _private(original)
    assert photo_processing.photo_process(photo.pk) == PhotoStatus.FAILED
    photo.refresh_from_db()
    assert photo.status == PhotoStatus.FAILED and photo.failure == "corrupt"
    assert not photo.original and not photo.image and not _private(original)


def test_a_missing_upload_fails_clearly(resident, queued):
    _upload(resident, _jpeg())
    photo = Photo.objects.get()
    photo.original.storage.delete(photo.original.name)
    assert photo_processing.photo_process(photo.pk) == PhotoStatus.FAILED
    photo.refresh_from_db()
    assert photo.failure == "corrupt" and not photo.original


def test_a_removed_photo_is_gone_for_the_task_and_its_upload_deleted(
    resident, queued, django_capture_on_commit_callbacks
):
    _upload(resident, _jpeg())
    photo = Photo.objects.get()
    original = photo.original.name
    with django_capture_on_commit_callbacks(execute=True):
        assert resident.post(PHOTOS, {"remove": str(photo.pk)}).status_code == 302
    assert not Photo.objects.exists() and not _private(original)
    assert photo_processing.photo_process(photo.pk) == "gone"


def test_the_immediate_backend_makes_the_photo_ready_at_once(resident):
    assert _upload(resident, _jpeg()).status_code == 302
    photo = Photo.objects.get()
    assert photo.status == PhotoStatus.READY and not photo.original and photo.image


def test_the_resident_sees_processing_then_ready_on_both_pages(resident, queued):
    _upload(resident, _jpeg())
    photo = Photo.objects.get()
    html = resident.get(PHOTOS).content.decode()
    assert 'role="status"' in html and "1 photo is being processed" in html
    assert ">Processing</strong>" in html and "Check again" in html
    assert f'/share-your-story/photo/{photo.pk}/"' not in html.split("data-mtr-photo-src")[0]
    assert resident.get(f"/share-your-story/photo/{photo.pk}/").status_code == 404
    assert resident.get(STATUS).json()["processing"] is True

    photo_processing.photo_process(photo.pk)
    html = resident.get(PHOTOS).content.decode()
    assert "Your photos are ready." in html and ">Ready</strong>" in html
    assert "Check again" not in html
    assert resident.get(f"/share-your-story/photo/{photo.pk}/").status_code == 200
    state = resident.get(STATUS).json()
    assert state["processing"] is False and state["photos"][0]["status"] == "ready"


def test_check_your_answers_shows_each_state(client, home_page, queued):
    from .helpers import answer_all

    answer_all(client)
    assert _upload(client, _jpeg("good.jpg"), _jpeg("broken.jpg", _truncated())).status_code == 302
    good, broken = Photo.objects.order_by("pk")
    html = client.get(CHECK).content.decode()
    assert html.count(">Processing</strong>") == 2 and "2 photos are being processed" in html
    photo_processing.photo_process(good.pk)
    photo_processing.photo_process(broken.pk)
    html = client.get(CHECK).content.decode()
    assert ">Ready</strong>" in html and ">Could not be processed</strong>" in html
    assert "please try another photo" in html and "could not be read" in html
    assert "1 photo could not be processed" in html


def test_sending_while_processing_is_allowed(client, home_page, queued, outbox):
    from .helpers import answer_all, send

    answer_all(client)
    _upload(client, _jpeg())
    assert send(client).status_code == 302
    assert Submission.objects.get().status == "awaiting_verification"
    assert Photo.objects.get().status == PhotoStatus.PROCESSING


def test_a_photo_no_worker_took_is_failed_and_its_upload_deleted(resident, queued):
    _upload(resident, _jpeg())
    photo = Photo.objects.get()
    original = photo.original.name
    Photo.objects.update(uploaded_at=timezone.now() - photo_processing.STALE_AFTER - timedelta(minutes=1))
    html = resident.get(PHOTOS).content.decode()
    photo.refresh_from_db()
    assert photo.status == PhotoStatus.FAILED and photo.failure == "not_processed"
    assert not _private(original)
    assert "could not be processed in time" in html
    # The worker coming back later changes nothing.
    assert photo_processing.photo_process(photo.pk) == PhotoStatus.FAILED


def test_the_daily_command_fails_stale_photos(resident, queued):
    _upload(resident, _jpeg())
    Photo.objects.update(uploaded_at=timezone.now() - timedelta(days=1))
    call_command("expire_unverified", stdout=io.StringIO())
    assert Photo.objects.get().status == PhotoStatus.FAILED


def test_a_fresh_photo_is_not_stale(resident, queued):
    _upload(resident, _jpeg())
    assert photo_processing.photos_fail_stale() == 0


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("notes.jpg", b"This is a text file, not a photo.\n" * 10, "must be a JPG, PNG, WebP or HEIC"),
        ("empty.jpg", b"", "empty"),
        ("page.jpg", b"%PDF-1.4\n" + b"0" * 500, "must be a JPG"),
        ("gif.jpg", b"GIF89a" + b"\x00" * 100, "must be a JPG"),
    ],
)
def test_the_cheap_checks_stay_in_the_request(resident, queued, name, content, message):
    response = _upload(resident, _jpeg(name, content) if content else SimpleUploadedFile(name, b""))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Photo.objects.exists() and not queued.results


# Editors ------------------------------------------------------------------------


def _verified_with_processing_photo(queued):
    from django.core.files.base import ContentFile

    from casestudies import lifecycle
    from casestudies.choices import SubmissionStatus
    from moderation.models import Review
    from tests.factories.casestudies import ConsentRecordFactory, SubmissionFactory

    submission = SubmissionFactory(status=SubmissionStatus.AWAITING_VERIFICATION, verified_at=None)
    ConsentRecordFactory(submission=submission, use_photos=True)
    photo = Photo(submission=submission, status=PhotoStatus.PROCESSING)
    photo.original.save(f"{submission.reference}.upload", ContentFile(jpeg_bytes((80, 60))), save=False)
    photo.save()
    submission, _new = lifecycle.story_verified(submission=submission)
    return Review.objects.get(submission=submission), photo


def test_a_photo_still_processing_does_not_reach_editors_nor_a_page(home_page, queued):
    from moderation import publication, reviews
    from moderation.choices import IntendedUse

    review, photo = _verified_with_processing_photo(queued)
    assert not review.photos.exists()
    assert reviews.photos_pending(review.submission) == 1
    review.intended_uses = [IntendedUse.WEBSITE, IntendedUse.PHOTOS]
    review.save()
    assert publication._published_images(review) == []


def test_a_photo_ready_after_the_review_opened_joins_it_undecided(
    home_page, queued, django_capture_on_commit_callbacks
):
    from moderation import reviews

    review, photo = _verified_with_processing_photo(queued)
    with django_capture_on_commit_callbacks(execute=True):
        assert photo_processing.photo_process(photo.pk) == PhotoStatus.READY
    copy = review.photos.get()
    assert copy.photo_id == photo.pk and not copy.use and copy.reviewed_at is None
    assert reviews.photos_pending(review.submission) == 0
    # Told twice (a retried task): still one copy.
    assert reviews.review_photo_add(photo=Photo.objects.get(pk=photo.pk)) == copy


def test_a_failed_photo_never_reaches_editors(home_page, queued, django_capture_on_commit_callbacks):
    review, photo = _verified_with_processing_photo(queued)
    storage = photo.original.storage
    storage.delete(photo.original.name)
    Photo.objects.filter(pk=photo.pk).update(
        original=storage.save("damaged.upload", io.BytesIO(_truncated()))
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert photo_processing.photo_process(photo.pk) == PhotoStatus.FAILED
    assert not review.photos.exists()
