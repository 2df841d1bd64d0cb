"""The photo step's body limits: refused before it is read, GOV.UK errors, nothing half-stored."""

from __future__ import annotations

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import TemporaryFileUploadHandler
from django.test import Client
from django.test.client import MULTIPART_CONTENT, encode_multipart

from casestudies.models import MAX_PHOTOS, Photo, Submission
from casestudies.photos import MAX_BYTES
from casestudies.upload_limits import MAX_BODY_BYTES

from .helpers import begin, jpeg_bytes, step_url

pytestmark = pytest.mark.django_db

URL = step_url("resident", "photos")
TOO_LARGE = "The selected file must be smaller than 10MB"


@pytest.fixture
def resident(client, home_page):
    """A draft with two pages answered and one photo, as a resident who has got this far."""
    begin(client)
    assert client.post(step_url("resident", "problem"), {"themes": ["damp_mould"]}).status_code == 302
    assert (
        client.post(step_url("resident", "your-story"), {"story": "Mould every winter."}).status_code == 302
    )
    assert _post(client, [_jpeg("first.jpg")]).status_code == 302
    return client


def _jpeg(name: str = "wall.jpg", *, pad_to: int | None = None, colour=(200, 120, 40)) -> SimpleUploadedFile:
    data = jpeg_bytes(colour=colour)
    if pad_to is not None:
        data += b"\x00" * (pad_to - len(data))  # trailing bytes after the end of image
    return SimpleUploadedFile(name, data, content_type="image/jpeg")


def _post(client: Client, files: list, **extra):
    return client.post(URL, {"photos": files, "action": "upload"}, **extra)


def _error_page(response) -> str:
    html = response.content.decode()
    assert response.status_code == 400, html[:2000]
    assert 'class="govuk-error-summary"' in html
    assert "<title>Error: " in html
    assert 'href="#id_photos"' in html  # the error is on the photo field
    return html


def _assert_kept(html: str) -> None:
    """The resident's earlier answers and photo are all still there."""
    submission = Submission.objects.get()
    assert submission.themes == ["damp_mould"]
    assert submission.story == "Mould every winter."
    assert [p.submission_id for p in Photo.objects.all()] == [submission.pk]
    assert "You have added 1 photo" in html


def test_ten_megabytes_means_ten_million_bytes():
    assert MAX_BYTES == 10_000_000
    assert MAX_BODY_BYTES < MAX_PHOTOS * MAX_BYTES + 100_000


def test_a_body_declared_far_over_the_limit_is_refused_without_being_read(resident):
    # The body is small, but Content-Length says 200 MB: the test client's payload
    # fails the test if anything tries to read past its end, so it must not be read.
    body = encode_multipart("BoUnDaRy", {"photos": [_jpeg()], "action": "upload"})
    response = resident.generic(
        "POST",
        URL,
        body,
        content_type="multipart/form-data; boundary=BoUnDaRy",
        CONTENT_LENGTH=str(200_000_000),
    )
    html = _error_page(response)
    assert TOO_LARGE in html
    assert "Bad Request" not in html
    _assert_kept(html)


def test_a_body_just_over_the_most_photos_one_post_can_carry_is_refused(resident):
    body = encode_multipart("BoUnDaRy", {"action": "upload"})
    response = resident.generic(
        "POST", URL, body, content_type=MULTIPART_CONTENT, CONTENT_LENGTH=str(MAX_BODY_BYTES + 1)
    )
    assert TOO_LARGE in _error_page(response)


def test_a_big_body_without_a_draft_is_sent_to_the_start_unread(client, home_page):
    response = client.generic(
        "POST", URL, b"x", content_type=MULTIPART_CONTENT, CONTENT_LENGTH=str(200_000_000)
    )
    assert response.status_code == 302


def test_an_11mb_file_is_stopped_at_the_limit_and_never_spooled_whole(resident, monkeypatch):
    written = []
    original = TemporaryFileUploadHandler.receive_data_chunk

    def spy(self, raw_data, start):
        written.append(len(raw_data))
        return original(self, raw_data, start)

    monkeypatch.setattr(TemporaryFileUploadHandler, "receive_data_chunk", spy)
    html = _error_page(_post(resident, [_jpeg("huge.jpg", pad_to=11_000_000)]))
    assert f"huge.jpg: {TOO_LARGE}" in html
    assert sum(written) <= MAX_BYTES
    _assert_kept(html)


def test_a_file_of_exactly_10mb_is_stored(resident):
    assert _post(resident, [_jpeg("exact.jpg", pad_to=MAX_BYTES)]).status_code == 302
    assert Photo.objects.count() == 2


def test_a_file_one_byte_over_10mb_is_refused(resident):
    html = _error_page(_post(resident, [_jpeg("over.jpg", pad_to=MAX_BYTES + 1)]))
    assert f"over.jpg: {TOO_LARGE}" in html
    _assert_kept(html)


def test_an_oversized_file_beside_good_ones_stores_the_good_ones(resident):
    files = [_jpeg("good.jpg"), _jpeg("over.jpg", pad_to=MAX_BYTES + 1)]
    html = _error_page(_post(resident, files))
    assert f"over.jpg: {TOO_LARGE}" in html
    assert "good.jpg" not in html
    assert Photo.objects.count() == 2


def test_eleven_files_get_the_govuk_error_not_a_bare_400(client, home_page):
    begin(client)
    files = [_jpeg(f"p{i}.jpg") for i in range(11)]
    html = _error_page(_post(client, files))
    assert "Select up to 5 photos" in html
    assert "Bad Request" not in html
    assert not Photo.objects.exists()


def test_eleven_files_keep_earlier_answers(resident):
    html = _error_page(_post(resident, [_jpeg(f"p{i}.jpg") for i in range(11)]))
    assert "Select up to 4 more photos" in html
    _assert_kept(html)


def test_six_photos_in_one_post_store_none(client, home_page):
    begin(client)
    files = [_jpeg(f"p{i}.jpg", colour=(i * 40, 0, 0)) for i in range(6)]
    html = _error_page(_post(client, files))
    assert "Select up to 5 photos" in html
    assert not Photo.objects.exists()


def test_more_than_the_room_left_stores_none(resident):
    html = _error_page(_post(resident, [_jpeg(f"p{i}.jpg") for i in range(5)]))
    assert "Select up to 4 more photos" in html
    _assert_kept(html)


def test_exactly_the_room_left_is_stored(resident):
    assert _post(resident, [_jpeg(f"p{i}.jpg") for i in range(4)]).status_code == 302
    assert Photo.objects.count() == MAX_PHOTOS


def test_five_photos_in_one_post_are_all_stored(client, home_page):
    begin(client)
    assert _post(client, [_jpeg(f"p{i}.jpg") for i in range(5)]).status_code == 302
    assert Photo.objects.count() == MAX_PHOTOS


def test_a_photo_when_the_draft_is_full_is_refused(client, home_page):
    begin(client)
    assert _post(client, [_jpeg(f"p{i}.jpg") for i in range(5)]).status_code == 302
    html = _error_page(_post(client, [_jpeg("sixth.jpg")]))
    assert "You can add up to 5 photos" in html
    assert Photo.objects.count() == MAX_PHOTOS


def test_the_photo_step_still_checks_the_csrf_token(home_page):
    client = Client()
    begin(client)
    checked = Client(enforce_csrf_checks=True)
    checked.cookies = client.cookies
    assert _post(checked, [_jpeg()]).status_code == 403
    # With the token, as the form sends it, the post is accepted.
    token = checked.get(URL).context["csrf_token"]
    response = checked.post(URL, {"photos": [_jpeg()], "action": "upload", "csrfmiddlewaretoken": str(token)})
    assert response.status_code == 302
    assert Photo.objects.count() == 1
    # Question pages still check it too.
    assert checked.post(step_url("resident", "problem"), {"themes": ["damp_mould"]}).status_code == 403
