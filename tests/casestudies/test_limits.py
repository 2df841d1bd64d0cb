"""Per-client limits on new drafts and photo uploads, behind a proxy or not."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from casestudies.models import Photo, Submission

from .helpers import PREFIX, jpeg_bytes, step_url

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.2"
RATE_LIMITED = "Sorry, there have been too many attempts"


def _begin(flow="resident", remote="192.0.2.1", **headers):
    client = Client(REMOTE_ADDR=remote)
    return client, client.post(f"{PREFIX[flow]}begin/", **headers)


def test_new_drafts_are_limited_per_client_with_the_friendly_page(home_page, settings):
    settings.DRAFT_RATE_LIMIT = "2/h"
    for flow in ("resident", "landlord"):
        assert _begin(flow)[1].status_code == 302
    _client, response = _begin("resident")
    assert response.status_code == 429
    assert RATE_LIMITED in response.content.decode()
    assert Submission.objects.count() == 2
    # Someone else is not held up.
    assert _begin("resident", remote="192.0.2.2")[1].status_code == 302
    assert Submission.objects.count() == 3


def test_behind_a_proxy_drafts_count_per_client_and_a_spoofed_header_does_not_escape(home_page, settings):
    settings.DRAFT_RATE_LIMIT = "2/h"
    settings.TRUSTED_PROXY_COUNT = 1
    for n in range(2):
        _client, response = _begin(remote=PROXY, HTTP_X_FORWARDED_FOR=f"6.6.6.{n}, 203.0.113.7")
        assert response.status_code == 302
    _client, response = _begin(remote=PROXY, HTTP_X_FORWARDED_FOR="7.7.7.7, 203.0.113.7")
    assert response.status_code == 429
    # Everyone arrives from the proxy's address, yet another resident has their own budget.
    _client, response = _begin(remote=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.8")
    assert response.status_code == 302
    assert Submission.objects.count() == 3


def _upload(client):
    upload = SimpleUploadedFile("wall.jpg", jpeg_bytes(), content_type="image/jpeg")
    return client.post(step_url("resident", "photos"), {"photos": [upload], "action": "upload"})


def test_photo_uploads_are_limited_per_client_but_the_form_can_still_go_on(home_page, settings):
    settings.PHOTO_UPLOAD_RATE_LIMIT = "2/h"
    client, _response = _begin()
    for _ in range(2):
        assert _upload(client).status_code == 302
    response = _upload(client)
    assert response.status_code == 429
    assert RATE_LIMITED in response.content.decode()
    assert Photo.objects.count() == 2
    # Removing a photo or going on does not count, and is not refused.
    url = step_url("resident", "photos")
    assert client.post(url, {"remove": str(Photo.objects.first().pk)}).status_code == 302
    assert client.post(url, {"action": "continue"}).status_code == 302
    # Another resident can still upload.
    other, _response = _begin(remote="192.0.2.9")
    assert _upload(other).status_code == 302
