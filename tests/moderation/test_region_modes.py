"""One photo, some areas blurred and others blacked out: parsing, pixels, storage, the form."""

from __future__ import annotations

import io
import json

import pytest
from PIL import ExifTags, Image

from wagtail.models import ModelLogEntry

from moderation import anonymisation
from moderation.choices import IntendedUse
from moderation.forms import PhotoForm
from moderation.models import ReviewPhoto
from moderation.photo_redaction import RedactionError, Region, parse_regions, redact_image
from tests.factories.users import UserFactory

from .helpers import consent_checked, verified_review
from .test_photo_redaction import (
    INVALID,
    checkerboard,
    correlation,
    encode,
    gps_exif,
    grey_values,
    opened,
    outside_is_unchanged,
)

SIZE = (400, 300)
# Two patterned areas: a "face" on the left to blur, a "house number" on the right to black out.
FACE = (40, 60, 160, 200)
NUMBER = (240, 60, 360, 200)
FACE_REGION = Region(0.1, 0.2, 0.3, 140 / 300, "blur")
NUMBER_REGION = Region(0.6, 0.2, 0.3, 140 / 300, "black")


def two_area_scene(*, alpha: bool = True) -> Image.Image:
    im = Image.new("RGB", SIZE, (90, 140, 200))
    for left, top, right, bottom in (FACE, NUMBER):
        im.paste(checkerboard((right - left, bottom - top)), (left, top))
    if not alpha:
        return im
    rgba = im.convert("RGBA")
    rgba.putpixel((0, 0), (0, 0, 0, 0))  # keeps the output PNG so pixels compare exactly
    return rgba


def region_json(*items: dict) -> str:
    return json.dumps(list(items))


# --- parsing ------------------------------------------------------------------


def test_each_area_keeps_its_own_mode():
    raw = region_json(
        {"x": 0.1, "y": 0.1, "w": 0.2, "h": 0.2, "mode": "blur"},
        {"x": 0.5, "y": 0.5, "w": 0.2, "h": 0.2, "mode": "black"},
        {"x": 0.3, "y": 0.3, "w": 0.1, "h": 0.1},
    )
    assert [region.mode for region in parse_regions(raw)] == ["blur", "black", None]


@pytest.mark.parametrize(
    "mode",
    ["", "BLACK", "pixelate", None, 1, True, ["black"], {"mode": "black"}, "black\u0000", "b" * 10_000],
)
def test_hostile_modes_are_refused(mode):
    raw = json.dumps([{"x": 0.1, "y": 0.1, "w": 0.2, "h": 0.2, "mode": mode}])
    if mode is None:
        # JSON null is the same as no mode: the photo's default.
        assert parse_regions(raw)[0].mode is None
        return
    with pytest.raises(RedactionError) as error:
        parse_regions(raw)
    assert str(error.value.message) == INVALID


def test_unknown_keys_are_still_refused():
    raw = json.dumps([{"x": 0.1, "y": 0.1, "w": 0.2, "h": 0.2, "mode": "blur", "colour": "red"}])
    with pytest.raises(RedactionError):
        parse_regions(raw)


def test_region_mode_is_checked_and_stored_spelled_out():
    with pytest.raises(ValueError, match="Unknown redaction mode"):
        Region(0.1, 0.1, 0.2, 0.2, "grey")
    assert Region(0.1, 0.1, 0.2, 0.2).as_json("black")["mode"] == "black"
    assert Region(0.1, 0.1, 0.2, 0.2, "blur").as_json("black") == {
        "x": 0.1,
        "y": 0.1,
        "w": 0.2,
        "h": 0.2,
        "mode": "blur",
    }


# --- pixels -------------------------------------------------------------------


def test_one_photo_with_a_blurred_and_a_blacked_out_area():
    source = two_area_scene()
    content, content_type, *_ = redact_image(encode(source, "PNG"), [FACE_REGION, NUMBER_REGION], "blur")
    out = opened(content)
    assert content_type == "image/png"
    # The house number is solid black.
    assert set(out.convert("RGB").crop(NUMBER).get_flattened_data()) == {(0, 0, 0)}
    # The face is blurred: not black, and the pattern is gone.
    face_after = grey_values(out, FACE)
    assert max(face_after) > 30
    assert abs(correlation(grey_values(source, FACE), face_after)) < 0.2
    boxes = [FACE_REGION.pixel_box(*SIZE), NUMBER_REGION.pixel_box(*SIZE)]
    outside_is_unchanged(source.convert("RGBA"), out.convert("RGBA"), boxes)


def test_the_call_mode_is_only_a_default():
    source = two_area_scene()
    unmarked = Region(0.1, 0.2, 0.3, 140 / 300)  # takes the call's mode: black here
    content, *_ = redact_image(
        encode(source, "PNG"), [unmarked, Region(0.6, 0.2, 0.3, 140 / 300, "blur")], "black"
    )
    out = opened(content).convert("RGB")
    assert set(out.crop(FACE).get_flattened_data()) == {(0, 0, 0)}
    assert max(grey_values(out, NUMBER)) > 30


def test_where_blur_and_black_overlap_black_wins():
    source = two_area_scene()
    whole = Region(0.0, 0.0, 1.0, 1.0, "blur")
    content, *_ = redact_image(encode(source, "PNG"), [NUMBER_REGION, whole], "blur")
    out = opened(content).convert("RGB")
    assert set(out.crop(NUMBER).get_flattened_data()) == {(0, 0, 0)}


def test_both_modes_on_a_jpeg_leave_no_metadata():
    source = encode(two_area_scene(alpha=False), "JPEG", exif=gps_exif(), comment=b"42 Acacia Avenue")
    content, content_type, *_ = redact_image(source, [FACE_REGION, NUMBER_REGION], "blur")
    out = opened(content)
    assert content_type == "image/jpeg"
    assert not out.getexif()
    assert not {"exif", "xmp", "comment", "icc_profile"} & set(out.info)
    for needle in (b"Exif", b"GPS", b"SecretPhoneMaker", b"Acacia"):
        assert needle not in content
    assert out.getexif().get(ExifTags.Base.Make) is None


# --- the review: stored per area, logged as counts ----------------------------


@pytest.mark.django_db
def test_photo_decide_stores_each_areas_mode_and_logs_counts():
    editor = UserFactory(groups=["Comms editors"])
    review = consent_checked(
        verified_review(photo=True, consent={"use_photos": True}),
        editor,
        [IntendedUse.WEBSITE, IntendedUse.PHOTOS],
    )
    anonymisation.lock_take(review=review, user=editor)
    photo = anonymisation.photo_decide(
        review=review,
        user=editor,
        photo=review.photos.get(),
        use=True,
        regions_json=region_json(
            {"x": 0.0, "y": 0.0, "w": 0.5, "h": 0.5, "mode": "black"},
            {"x": 0.5, "y": 0.5, "w": 0.5, "h": 0.5},
        ),
        mode="blur",
        caption="",
        alt_text="A kitchen wall",
    )
    photo = ReviewPhoto.objects.get(pk=photo.pk)
    assert [region["mode"] for region in photo.regions] == ["black", "blur"]
    assert photo.area_counts() == {"blur": 1, "black": 1}
    assert photo.reviewed_by == editor and photo.reviewed_at is not None
    with photo.redacted.open("rb") as handle:
        out = Image.open(io.BytesIO(handle.read()))
        out.load()
    # Black, give or take JPEG's ringing (inside, away from the edges).
    inside = [max(pixel) for pixel in out.convert("RGB").crop((8, 8, 50, 36)).get_flattened_data()]
    assert max(inside) <= 24 and sum(inside) / len(inside) < 6
    assert not out.getexif()
    entry = ModelLogEntry.objects.for_instance(review).get(action="moderation.photo_redacted")
    assert entry.data == {"photo_id": photo.photo_id, "areas": 2, "blur": 1, "black": 1}


# --- the form: hostile, empty and huge input ----------------------------------


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"use": "maybe", "mode": "blur"},
        {"use": "yes", "mode": "grey"},
        {"use": "yes", "mode": ""},
        {"use": "yes", "mode": "blur", "regions": "x" * 20_001},
        {"use": "yes", "mode": "blur", "alt_text": "a" * 251},
        {"use": "yes", "mode": "blur", "caption": "c" * 251},
        {"use": "yes", "mode": ["blur", "black"]},
    ],
)
def test_photo_form_refuses_hostile_input(data):
    form = PhotoForm(data)
    assert not form.is_valid()


def test_photo_form_accepts_unicode_and_an_empty_area_list():
    form = PhotoForm(
        {"use": "no", "mode": "black", "regions": "", "caption": "مطبخ", "alt_text": "Kuchnia ściana"}
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["use"] is False and form.cleaned_data["mode"] == "black"


@pytest.mark.django_db
def test_photo_page_refuses_bad_modes_without_saving(client):
    from django.urls import reverse

    editor = UserFactory(groups=["Comms editors"])
    review = consent_checked(
        verified_review(photo=True, consent={"use_photos": True}),
        editor,
        [IntendedUse.WEBSITE, IntendedUse.PHOTOS],
    )
    photo = review.photos.get()
    client.force_login(editor)
    url = reverse("moderation_admin:photo", args=[review.pk, photo.pk])
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "How to hide new areas" in html and "data-photo-redact-mode-label" in html
    bad = region_json({"x": 0.1, "y": 0.1, "w": 0.2, "h": 0.2, "mode": "<script>alert(1)</script>"})
    response = client.post(url, {"use": "yes", "mode": "blur", "regions": bad, "alt_text": "A wall"})
    assert response.status_code == 200
    assert "could not be read" in response.content.decode()
    assert "<script>alert(1)</script>" not in response.content.decode()
    photo.refresh_from_db()
    assert photo.reviewed_at is None and not photo.redacted
    both = region_json(
        {"x": 0.1, "y": 0.1, "w": 0.2, "h": 0.2, "mode": "blur"},
        {"x": 0.5, "y": 0.5, "w": 0.2, "h": 0.2, "mode": "black"},
    )
    response = client.post(url, {"use": "yes", "mode": "blur", "regions": both, "alt_text": "A wall"})
    assert response.status_code == 302
    photo.refresh_from_db()
    assert photo.area_counts() == {"blur": 1, "black": 1}
    # The page opens again with new areas in the last one's mode.
    assert client.get(url).context["form"].initial["mode"] == "black"
