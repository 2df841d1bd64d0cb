"""Empty, huge, malformed and hostile input: a clear message, and nothing lost."""

import io

import pytest
from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile

from casestudies.models import Submission

from .helpers import begin, jpeg_bytes, step_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_client(client, home_page):
    begin(client)
    return client


def _post(client, step, data, flow="resident"):
    return client.post(step_url(flow, step), data)


def _errors(response) -> str:
    html = response.content.decode()
    assert response.status_code == 400, html[:2000]
    assert 'class="govuk-error-summary"' in html
    assert "<title>Error: " in html
    return html


@pytest.mark.parametrize(
    "step,data,message",
    [
        ("problem", {}, "Select what the problem was about"),
        ("your-landlord", {"landlord_name": "x"}, "Select what type of landlord you have"),
        ("complaint-stage", {}, "Select how far your complaint went"),
        ("when", {}, "Select roughly when you first complained"),
        ("on-time", {}, "Select whether your landlord replied on time"),
        ("outcome", {}, "Select what you got in the end"),
        ("what-changed", {"what_changed": "   \n\t  "}, "Enter what has changed for you"),
        ("your-story", {"story": ""}, "Enter your story"),
        ("your-story", {"story": "     "}, "Enter your story"),
        ("contact-details", {"full_name": " ", "email": ""}, "Enter your full name"),
        (
            "contact-details",
            {"full_name": "A", "email": "not-an-email"},
            "Enter an email address in the correct format",
        ),
        (
            "contact-details",
            {"full_name": "A", "email": "a@example.com", "phone": "call me"},
            "Enter a telephone number",
        ),
        ("region", {"region": "narnia"}, "Select the part of England where you live"),
        ("language", {"preferred_language": "xx"}, "Select the language we should use"),
        ("consent", {"use_first_name": "on"}, "Select that we can publish your story anonymised"),
        ("outcome", {"outcomes": ["repair", "not_resolved"]}, "not both"),
    ],
)
def test_each_question_explains_what_is_wrong(draft_client, step, data, message):
    html = _errors(_post(draft_client, step, data))
    assert message in html
    assert 'class="govuk-error-message"' in html


def test_hostile_choice_values_are_refused_and_escaped(draft_client):
    html = _errors(_post(draft_client, "problem", {"themes": ["<script>alert(1)</script>"]}))
    assert "<script>alert(1)</script>" not in html


def test_a_50000_character_story_is_refused_but_kept_on_the_page(draft_client):
    story = ("My story. " * 5000)[:50_000]
    html = _errors(_post(draft_client, "your-story", {"story": story}))
    assert "Your story must be 5,000 characters or fewer" in html
    assert story in html  # nothing lost: the text is still in the box to shorten
    assert Submission.objects.get().story == ""


def test_a_story_of_exactly_5000_characters_is_accepted(draft_client):
    response = _post(draft_client, "your-story", {"story": "a" * 5000})
    assert response.status_code == 302
    assert len(Submission.objects.get().story) == 5000


def test_control_and_bidi_override_characters_are_removed_emoji_kept(draft_client):
    story = "Mould\x00 in the\x07 bedroom \u202egnirts\u202c 😡🏠 \u200fوقت\u200f"
    assert _post(draft_client, "your-story", {"story": story}).status_code == 302
    saved = Submission.objects.get().story
    assert "\x00" not in saved and "\x07" not in saved
    assert "\u202e" not in saved and "\u202c" not in saved
    assert "😡🏠" in saved and "\u200fوقت\u200f" in saved  # direction marks stay
    assert saved.startswith("Mould in the bedroom gnirts")


def test_a_story_of_only_hidden_characters_counts_as_empty(draft_client):
    html = _errors(_post(draft_client, "your-story", {"story": "\u202e\x00\u2066 "}))
    assert "Enter your story" in html


def test_huge_name_is_refused_with_a_message(draft_client):
    html = _errors(
        _post(draft_client, "contact-details", {"full_name": "A" * 10_000, "email": "a@example.com"})
    )
    assert "Full name must be 200 characters or fewer" in html


def test_script_in_answers_is_escaped_on_check_answers(client, home_page):
    from .helpers import answer_all

    answer_all(client, overrides={"your-story": {"story": '<img src=x onerror="alert(1)">'}})
    html = client.get("/share-your-story/check-your-answers/").content.decode()
    assert '<img src=x onerror="alert(1)">' not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html


def test_an_error_on_one_page_loses_no_earlier_answers(draft_client):
    _post(draft_client, "problem", {"themes": ["safety"]})
    _errors(_post(draft_client, "your-landlord", {}))
    assert Submission.objects.get().themes == ["safety"]


# Photos ------------------------------------------------------------------------


def _upload(client, name, content, content_type="image/jpeg"):
    return client.post(
        step_url("resident", "photos"),
        {"photos": [SimpleUploadedFile(name, content, content_type=content_type)], "action": "upload"},
    )


def _bomb_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(buffer, "PNG")
    return buffer.getvalue()


def _truncated_jpeg() -> bytes:
    data = jpeg_bytes((400, 300))
    return data[: len(data) // 2]


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("notes.jpg", b"This is a text file, not a photo.\n" * 10, "must be a JPG, PNG, WebP or HEIC"),
        ("bomb.png", _bomb_png(), "40 megapixels"),
        (
            "drawing.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "must be a JPG",
        ),
        ("empty.jpg", b"", "empty"),
    ],
)
def test_bad_photos_are_refused_with_a_message(draft_client, name, content, message):
    html = _errors(_upload(draft_client, name, content))
    assert message in html
    assert name in html
    assert not Submission.objects.get().photos.exists()


def test_a_damaged_photo_passes_the_cheap_checks_and_is_shown_as_failed(draft_client):
    """A truncated JPEG has a good header: it is stored, then fails processing (at once under
    the immediate backend) and the step says why; its upload is deleted."""
    assert _upload(draft_client, "broken.jpg", _truncated_jpeg()).status_code == 302
    photo = Submission.objects.get().photos.get()
    assert photo.status == "failed" and photo.failure == "corrupt"
    assert not photo.original and not photo.image
    html = draft_client.get(step_url("resident", "photos")).content.decode()
    assert "Could not be processed" in html and "could not be read" in html


def test_a_30mb_upload_is_refused(draft_client):
    html = _errors(_upload(draft_client, "huge.jpg", b"\xff\xd8\xff" + b"0" * (30 * 1024 * 1024)))
    assert "smaller than 10MB" in html


def test_six_photos_in_one_post_are_refused_and_none_stored(draft_client):
    files = [
        SimpleUploadedFile(f"p{i}.jpg", jpeg_bytes(colour=(i * 40, 0, 0)), content_type="image/jpeg")
        for i in range(6)
    ]
    response = draft_client.post(step_url("resident", "photos"), {"photos": files, "action": "upload"})
    html = _errors(response)
    assert "Select up to 5 photos" in html
    assert not Submission.objects.get().photos.exists()


def test_stored_photo_has_no_metadata(draft_client):
    from django.conf import settings

    assert _upload(draft_client, "gps.jpg", jpeg_bytes((200, 100), gps=True)).status_code == 302
    photo = Submission.objects.get().photos.get()
    with photo.image.open("rb") as handle:
        data = handle.read()
    assert b"Exif" not in data and b"TestCam" not in data
    image = Image.open(io.BytesIO(data))
    assert not image.getexif() and "exif" not in image.info
    # Stored outside the public media folder, never served by URL.
    assert str(settings.PRIVATE_MEDIA_ROOT) in photo.image.path
    assert not photo.image.path.startswith(str(settings.MEDIA_ROOT) + "/")
