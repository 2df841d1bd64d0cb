"""Tests for moderation.photo_redaction: hidden areas must stay hidden.

Every image is generated here with Pillow; no binary fixtures are committed.
Lossless checks use PNG (a photo with transparency stays PNG); JPEG output is
checked with a tolerance. Pure pytest: no database.
"""

from __future__ import annotations

import io
import json
import random
import statistics
from collections.abc import Iterable

import pytest
from PIL import ExifTags, Image, ImageDraw, ImageFilter, ImageFont, ImageStat, PngImagePlugin

from moderation import photo_redaction
from moderation.photo_redaction import MODES, RedactionError, Region, parse_regions, redact_image

SIZE = (400, 300)
# The patterned area (in pixels) and the same area as a Region.
AREA = (100, 60, 300, 240)
AREA_REGION = Region(0.25, 0.2, 0.5, 0.6)

INVALID = "The areas to hide could not be read. Clear all areas and draw them again"
OUTSIDE = "Each area to hide must be inside the photo"
UNREADABLE = "The photo could not be read, so the areas could not be hidden"
TOO_MANY_PIXELS = "The photo must be smaller than 40 megapixels"


# --- builders ---------------------------------------------------------------


def checkerboard(size: tuple[int, int], square: int = 8) -> Image.Image:
    im = Image.new("RGB", size, (255, 255, 255))
    draw = ImageDraw.Draw(im)
    for top in range(0, size[1], square):
        for left in range(0, size[0], square):
            if (left // square + top // square) % 2:
                draw.rectangle((left, top, left + square - 1, top + square - 1), fill=(0, 0, 0))
    return im


def scene(*, alpha: bool = False) -> Image.Image:
    """A smooth gradient with a checkerboard and text in AREA.

    With ``alpha``, one transparent pixel far from AREA keeps the output PNG,
    so pixels can be compared exactly.
    """
    im = Image.new("RGB", SIZE)
    im.putdata(
        [(x * 255 // SIZE[0], y * 255 // SIZE[1], 120) for y in range(SIZE[1]) for x in range(SIZE[0])]
    )
    left, top, right, bottom = AREA
    im.paste(checkerboard((right - left, bottom - top)), (left, top))
    font = ImageFont.load_default(size=36)
    ImageDraw.Draw(im).text((left + 10, top + 70), "FLAT 12B", fill=(200, 0, 0), font=font)
    if not alpha:
        return im
    rgba = im.convert("RGBA")
    rgba.putpixel((0, 0), (0, 0, 0, 0))
    return rgba


def encode(im: Image.Image, fmt: str, **params: object) -> bytes:
    buffer = io.BytesIO()
    im.save(buffer, fmt, **params)
    return buffer.getvalue()


def opened(content: bytes) -> Image.Image:
    out = Image.open(io.BytesIO(content))
    out.load()
    return out


def gps_exif(orientation: int | None = None) -> bytes:
    """EXIF like a phone writes, with the GPS position of the resident's home."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "SecretPhoneMaker"
    if orientation is not None:
        exif[ExifTags.Base.Orientation] = orientation
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (51.0, 30.0, 26.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "W"
    gps[ExifTags.GPS.GPSLongitude] = (0.0, 7.0, 39.0)
    return exif.tobytes()


def pixels(im: Image.Image, box: tuple[int, int, int, int] | None = None) -> list:
    return list((im.crop(box) if box else im).get_flattened_data())


def grey_values(im: Image.Image, box: tuple[int, int, int, int]) -> list[int]:
    return list(im.convert("RGB").convert("L").crop(box).get_flattened_data())


def correlation(a: list[int], b: list[int]) -> float:
    """Pearson correlation; a flat result has none with anything."""
    if len(set(a)) < 2 or len(set(b)) < 2:
        return 0.0
    return statistics.correlation(a, b)


def variance(values: Iterable[int]) -> float:
    return statistics.pvariance(list(values))


def outside_is_unchanged(before: Image.Image, after: Image.Image, boxes: list[tuple[int, int, int, int]]):
    """Every pixel outside ``boxes`` is exactly as it was."""
    width, height = before.size
    for y in range(height):
        for x in range(width):
            if not any(left <= x < right and top <= y < bottom for left, top, right, bottom in boxes):
                assert before.getpixel((x, y)) == after.getpixel((x, y)), (x, y)


def region_json(*regions: tuple[float, float, float, float]) -> str:
    return json.dumps([{"x": x, "y": y, "w": w, "h": h} for x, y, w, h in regions])


# --- Region -----------------------------------------------------------------


def test_region_inside_the_image_is_kept():
    region = Region(0.1, 0.2, 0.3, 0.4)
    assert (region.x, region.y, region.width, region.height) == (0.1, 0.2, 0.3, 0.4)


def test_region_is_clamped_into_the_image():
    region = Region(-0.2, 0.9, 0.5, 0.5)
    assert region.x == 0.0 and region.width == pytest.approx(0.3)
    assert region.y == 0.9 and region.height == pytest.approx(0.1)


def test_region_is_frozen():
    with pytest.raises(AttributeError):
        Region(0.1, 0.1, 0.1, 0.1).x = 0.5  # type: ignore[misc]


@pytest.mark.parametrize(
    "values",
    [
        (0.1, 0.1, 0.0, 0.1),
        (0.1, 0.1, 0.1, 0.0),
        (0.1, 0.1, -0.1, 0.1),
        (0.1, 0.1, 0.1, -0.5),
        (float("nan"), 0.1, 0.1, 0.1),
        (0.1, 0.1, float("nan"), 0.1),
        (0.1, 0.1, 0.1, float("inf")),
        (1.0, 0.1, 0.2, 0.2),  # starts at the right edge: nothing inside
        (-0.5, 0.1, 0.2, 0.2),  # ends before the left edge
        (0.1, 1.5, 0.2, 0.2),
    ],
)
def test_region_with_no_area_in_the_image_is_rejected(values):
    with pytest.raises(ValueError):
        Region(*values)


@pytest.mark.parametrize("bad", ["0.1", None, True])
def test_region_needs_numbers(bad):
    with pytest.raises(TypeError):
        Region(bad, 0.1, 0.1, 0.1)


def test_pixel_box_rounds_outward():
    region = Region(0.101, 0.101, 0.1, 0.1)  # 40.4..80.4 x 30.3..60.3 on 400x300
    assert region.pixel_box(400, 300) == (40, 30, 81, 61)
    assert Region(0.0, 0.0, 1.0, 1.0).pixel_box(400, 300) == (0, 0, 400, 300)


def test_pixel_box_of_a_sliver_covers_a_pixel():
    assert Region(0.5, 0.5, 1e-9, 1e-9).pixel_box(400, 300) == (200, 150, 201, 151)


# --- parse_regions ----------------------------------------------------------


@pytest.mark.parametrize("raw", ["", "   ", "[]", " [ ] \n"])
def test_no_regions(raw):
    assert parse_regions(raw) == []


def test_regions_are_parsed():
    raw = '[{"x": 0.1, "y": 0.2, "w": 0.3, "h": 0.4}, {"x": 0, "y": 0, "w": 1, "h": 1}]'
    assert parse_regions(raw) == [Region(0.1, 0.2, 0.3, 0.4), Region(0.0, 0.0, 1.0, 1.0)]


def test_rounding_overshoot_is_tolerated_and_clamped():
    (region,) = parse_regions(region_json((-0.004, 0.5, 1.008, 0.505)))
    assert region == Region(0.0, 0.5, 1.0, 0.5)


def assert_rejected(raw: str, message: str = INVALID, *, max_regions: int = 50) -> RedactionError:
    with pytest.raises(RedactionError) as info:
        parse_regions(raw, max_regions=max_regions)
    assert str(info.value.message) == message
    assert str(info.value) == message
    return info.value


@pytest.mark.parametrize(
    "raw",
    [
        "[",
        "not json",
        "[{'x': 0.1, 'y': 0.1, 'w': 0.1, 'h': 0.1}]",  # Python, not JSON
        '[{"x": 0.1, "y": 0.1, "w": 0.1, "h": 0.1},]',
        '{"x": 0.1, "y": 0.1, "w": 0.1, "h": 0.1}',  # not a list
        "0.5",
        '"[]"',
        "null",
        "[null]",
        "[[0.1, 0.1, 0.1, 0.1]]",
        '[{"x": 0.1, "y": 0.1, "w": 0.1}]',  # missing h
        '[{"x": 0.1, "y": 0.1, "w": 0.1, "h": 0.1, "evil": 1}]',
        '[{"x": "0.1", "y": 0.1, "w": 0.1, "h": 0.1}]',
        '[{"x": null, "y": 0.1, "w": 0.1, "h": 0.1}]',
        '[{"x": true, "y": 0.1, "w": 0.1, "h": 0.1}]',
        '[{"x": {"y": [1, 2]}, "y": 0.1, "w": 0.1, "h": 0.1}]',
        '[{"x": [0.1], "y": 0.1, "w": 0.1, "h": 0.1}]',
        '[{"x": NaN, "y": 0.1, "w": 0.1, "h": 0.1}]',
        '[{"x": 0.1, "y": 0.1, "w": Infinity, "h": 0.1}]',
        '[{"x": 0.1, "y": -Infinity, "w": 0.1, "h": 0.1}]',
        '[{"x": 0.1, "y": 0.1, "w": 1e999, "h": 0.1}]',  # overflows to infinity
        '[{"x": ' + "9" * 5000 + ', "y": 0.1, "w": 0.1, "h": 0.1}]',  # too many digits for int()
        '[{"x": 0.1, "y": 0.1, "w": 0, "h": 0.1}]',
        '[{"x": 0.1, "y": 0.1, "w": 0.1, "h": -0.05}]',
        "[" * 10_000 + "]" * 10_000,  # deep nesting, at the size limit
        '[{"x": 0.1, "y": 0.1, "w": 0.1, "h": 0.1}, "garbage"]',
    ],
)
def test_malformed_input_is_rejected(raw):
    assert_rejected(raw)


@pytest.mark.parametrize(
    "region",
    [
        (-0.5, 0.1, 0.2, 0.2),
        (0.1, -0.02, 0.2, 0.2),
        (1.2, 0.1, 0.2, 0.2),
        (0.5, 0.5, 0.6, 0.2),  # ends past the right edge
        (0.1, 0.9, 0.2, 0.3),
        (1.005, 0.1, 0.004, 0.1),  # within tolerance, but nothing inside the photo
    ],
)
def test_regions_outside_the_photo_are_rejected(region):
    assert assert_rejected(region_json(region), OUTSIDE).code == "outside"


def test_fifty_regions_are_allowed_but_not_fifty_one():
    assert len(parse_regions(region_json(*[(0.1, 0.1, 0.1, 0.1)] * 50))) == 50
    error = assert_rejected(
        region_json(*[(0.1, 0.1, 0.1, 0.1)] * 51), "You can hide up to 50 areas in one photo"
    )
    assert error.code == "too_many"


def test_max_regions_can_be_lowered():
    assert parse_regions(region_json((0.1, 0.1, 0.1, 0.1)), max_regions=1) == [Region(0.1, 0.1, 0.1, 0.1)]
    two = region_json((0.1, 0.1, 0.1, 0.1), (0.5, 0.5, 0.1, 0.1))
    assert assert_rejected(two, "You can hide up to 1 area in one photo", max_regions=1).code == "too_many"


def test_huge_input_is_rejected_before_parsing(monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("json.loads must not see huge input")

    monkeypatch.setattr(photo_redaction.json, "loads", fail)
    raw = "[" + ",".join(['{"x":0.1,"y":0.1,"w":0.1,"h":0.1}'] * 30_000) + "]"  # about 1 MB
    assert len(raw) > 1_000_000
    assert assert_rejected(raw).code == "too_long"
    assert assert_rejected(" " * 20_001).code == "too_long"


def test_input_at_the_size_limit_is_parsed():
    raw = region_json((0.1, 0.1, 0.1, 0.1))
    raw += " " * (20_000 - len(raw))
    assert parse_regions(raw) == [Region(0.1, 0.1, 0.1, 0.1)]


# --- redact_image: black ----------------------------------------------------


def test_black_makes_the_region_black_and_leaves_the_rest_alone():
    source = scene(alpha=True)

    content, content_type, width, height = redact_image(encode(source, "PNG"), [AREA_REGION], "black")

    assert (content_type, width, height) == ("image/png", 400, 300)
    out = opened(content)
    assert out.format == "PNG" and out.mode == "RGBA"
    assert set(pixels(out, AREA)) == {(0, 0, 0, 255)}
    outside_is_unchanged(source, out, [AREA])


def test_black_also_replaces_colour_hidden_under_transparency():
    source = scene(alpha=True)
    source.paste((255, 0, 0, 0), AREA)  # invisible, but the red is still in the file

    content, *_ = redact_image(encode(source, "PNG"), [AREA_REGION], "black")

    assert set(pixels(opened(content), AREA)) == {(0, 0, 0, 255)}


def test_black_on_a_jpeg_gives_a_jpeg():
    source = scene()

    content, content_type, width, height = redact_image(
        encode(source, "JPEG", quality=95), [AREA_REGION], "black"
    )

    assert (content_type, width, height) == ("image/jpeg", 400, 300)
    out = opened(content)
    assert out.format == "JPEG" and out.mode == "RGB"
    left, top, right, bottom = AREA
    inner = (left + 8, top + 8, right - 8, bottom - 8)
    assert max(max(p) for p in pixels(out, inner)) <= 12
    assert ImageStat.Stat(out.crop(AREA).convert("L")).mean[0] < 3
    # Far from the area the photo is as before (within JPEG loss).
    assert all(
        abs(a - b) <= 12 for a, b in zip(out.getpixel((20, 20)), source.getpixel((20, 20)), strict=True)
    )


def test_fractional_region_is_covered_to_the_next_whole_pixel():
    source = scene(alpha=True)
    region = Region(0.101, 0.101, 0.1, 0.1)  # pixels 40.4..80.4 x 30.3..60.3

    content, *_ = redact_image(encode(source, "PNG"), [region], "black")

    out = opened(content)
    assert set(pixels(out, (40, 30, 81, 61))) == {(0, 0, 0, 255)}
    outside_is_unchanged(source, out, [(40, 30, 81, 61)])


@pytest.mark.parametrize(
    ("region", "box"),
    [
        (Region(0.0, 0.0, 0.1, 0.1), (0, 0, 40, 30)),
        (Region(0.9, 0.9, 0.5, 0.5), (360, 270, 400, 300)),  # clamped at the bottom-right
        (Region(-0.1, 0.5, 0.2, 0.5), (0, 150, 40, 300)),
        (Region(0.999, 0.0, 0.001, 1.0), (399, 0, 400, 300)),  # last column
    ],
)
def test_regions_at_the_edges(region, box):
    source = scene(alpha=True)

    content, *_ = redact_image(encode(source, "PNG"), [region], "black")

    out = opened(content)
    assert set(pixels(out, box)) == {(0, 0, 0, 255)}
    outside_is_unchanged(source, out, [box])


def test_region_covering_the_whole_image():
    content, content_type, width, height = redact_image(encode(scene(), "PNG"), [Region(0, 0, 1, 1)], "black")

    assert (content_type, width, height) == ("image/jpeg", 400, 300)
    assert max(max(p) for p in pixels(opened(content))) <= 2


def test_overlapping_regions():
    source = scene(alpha=True)
    regions = [Region(0.1, 0.1, 0.3, 0.3), Region(0.2, 0.2, 0.3, 0.3)]
    boxes = [(40, 30, 160, 120), (80, 60, 200, 150)]

    content, *_ = redact_image(encode(source, "PNG"), regions, "black")

    out = opened(content)
    for box in boxes:
        assert set(pixels(out, box)) == {(0, 0, 0, 255)}
    outside_is_unchanged(source, out, boxes)


# --- redact_image: blur -----------------------------------------------------


def assert_unrecoverable(source: Image.Image, out: Image.Image, box: tuple[int, int, int, int]) -> None:
    before, after = grey_values(source, box), grey_values(out, box)
    assert variance(after) < variance(before) * 0.05
    assert abs(correlation(before, after)) < 0.2
    # Sharpening does not bring the pattern back.
    sharpened = out.filter(ImageFilter.UnsharpMask(radius=4, percent=500, threshold=0))
    assert abs(correlation(before, grey_values(sharpened, box))) < 0.2


def test_blur_destroys_the_pattern_and_leaves_the_rest_alone():
    source = scene(alpha=True)

    content, content_type, width, height = redact_image(encode(source, "PNG"), [AREA_REGION], "blur")

    assert (content_type, width, height) == ("image/png", 400, 300)
    out = opened(content)
    assert_unrecoverable(source, out, AREA)
    outside_is_unchanged(source, out, [AREA])


def test_blur_makes_text_unreadable():
    def text(words: str) -> Image.Image:
        im = Image.new("RGB", SIZE, (255, 255, 255))
        ImageDraw.Draw(im).text((60, 100), words, fill=(0, 0, 0), font=ImageFont.load_default(size=40))
        return im

    box = (50, 90, 350, 160)
    region = Region(50 / 400, 90 / 300, 300 / 400, 70 / 300)
    sources = [text("12 Acacia Ave"), text("13 Acacia Ave")]
    assert grey_values(sources[0], box) != grey_values(sources[1], box)

    outs = [opened(redact_image(encode(source, "PNG"), [region], "blur")[0]) for source in sources]

    after = [grey_values(out, box) for out in outs]
    # No stroke survives: a soft light grey, with no dark ink left...
    assert min(after[0]) > 150 and max(after[0]) - min(after[0]) < 50
    # ...and a different house number gives (almost) the same result.
    assert max(abs(a - b) for a, b in zip(after[0], after[1], strict=True)) <= 8


def test_blur_destroys_noise_in_a_small_region():
    rng = random.Random(42)
    source = Image.new("L", SIZE, 128)
    source.putdata([rng.randrange(256) for _ in range(SIZE[0] * SIZE[1])])
    box = (200, 100, 230, 130)  # a small face: 30x30 pixels

    content, content_type, *_ = redact_image(encode(source, "PNG"), [Region(0.5, 1 / 3, 0.075, 0.1)], "blur")

    assert content_type == "image/jpeg"
    out = opened(content)
    assert out.mode == "RGB"
    before, after = grey_values(source, box), grey_values(out, box)
    assert variance(after) < variance(before) * 0.05
    assert abs(correlation(before, after)) < 0.2


def test_blur_on_a_jpeg_gives_a_jpeg():
    source = scene()

    content, content_type, width, height = redact_image(
        encode(source, "JPEG", quality=95), [AREA_REGION], "blur"
    )

    assert (content_type, width, height) == ("image/jpeg", 400, 300)
    assert_unrecoverable(source, opened(content), AREA)


def test_blur_whole_image_and_overlapping_regions():
    source = scene(alpha=True)
    regions = [Region(0, 0, 1, 1), Region(0.2, 0.2, 0.5, 0.5), Region(0.4, 0.4, 0.6, 0.6)]

    content, *_ = redact_image(encode(source, "PNG"), regions, "blur")

    assert_unrecoverable(source, opened(content), AREA)


def test_blur_does_not_bleed_in_from_outside():
    # A bright frame around a black area: the blurred area must stay black.
    source = Image.new("RGBA", SIZE, (255, 255, 255, 255))
    source.putpixel((0, 0), (0, 0, 0, 0))
    source.paste((0, 0, 0, 255), AREA)

    content, *_ = redact_image(encode(source, "PNG"), [AREA_REGION], "blur")

    assert set(pixels(opened(content), AREA)) == {(0, 0, 0, 255)}


# --- redact_image: encoding and metadata ------------------------------------


def test_no_regions_still_re_encodes_without_exif():
    source = encode(scene(), "JPEG", exif=gps_exif(), comment=b"42 Acacia Avenue")
    with Image.open(io.BytesIO(source)) as original:  # the fixture really has them
        assert original.getexif().get_ifd(ExifTags.IFD.GPSInfo)

    content, content_type, width, height = redact_image(source, [], "blur")

    assert (content_type, width, height) == ("image/jpeg", 400, 300)
    assert content != source
    out = opened(content)
    assert not out.getexif()
    assert not {"exif", "xmp", "comment", "icc_profile"} & set(out.info)
    for needle in (b"Exif", b"GPS", b"SecretPhoneMaker", b"Acacia"):
        assert needle not in content


def test_png_text_is_dropped():
    info = PngImagePlugin.PngInfo()
    info.add_text("Location", "42 Acacia Avenue")
    source = encode(scene(alpha=True), "PNG", pnginfo=info, exif=gps_exif())

    content, *_ = redact_image(source, [], "black")

    out = opened(content)
    assert not out.text and not out.getexif()
    assert b"Acacia" not in content and b"GPS" not in content


def test_exif_orientation_is_applied_before_the_regions():
    # Stored sideways with "rotate 90° clockwise to display": the editor drew on the upright photo.
    raw = Image.new("RGB", SIZE, (255, 255, 255))
    source = encode(raw, "JPEG", exif=gps_exif(orientation=6))

    content, _, width, height = redact_image(source, [Region(0, 0, 0.5, 0.25)], "black")

    assert (width, height) == (300, 400)
    out = opened(content)
    assert out.size == (300, 400)
    assert max(out.getpixel((20, 20))) <= 8
    assert min(out.getpixel((280, 380))) >= 247
    assert min(out.getpixel((200, 20))) >= 247  # right half of the top strip is untouched


def test_file_object_is_read_from_the_start():
    fileobj = io.BytesIO(encode(scene(alpha=True), "PNG"))
    fileobj.read(10)

    content, content_type, *_ = redact_image(fileobj, [AREA_REGION], "black")

    assert content_type == "image/png"
    assert set(pixels(opened(content), AREA)) == {(0, 0, 0, 255)}


def test_palette_image_with_transparency_stays_png():
    source = scene(alpha=True).convert("RGB").convert("P", palette=Image.Palette.ADAPTIVE)
    source.info["transparency"] = source.getpixel((0, 0))

    _, content_type, *_ = redact_image(encode(source, "PNG"), [AREA_REGION], "black")

    assert content_type == "image/png"


def test_greyscale_gives_an_rgb_jpeg():
    content, content_type, *_ = redact_image(encode(scene().convert("L"), "PNG"), [AREA_REGION], "black")

    assert content_type == "image/jpeg"
    assert opened(content).mode == "RGB"


# --- redact_image: errors ---------------------------------------------------


@pytest.mark.parametrize("mode", ["", "pixelate", "BLACK", None])
def test_invalid_mode_is_a_value_error(mode):
    assert "pixelate" not in MODES
    with pytest.raises(ValueError, match="Unknown redaction mode"):
        redact_image(encode(scene(), "PNG"), [AREA_REGION], mode)


@pytest.mark.parametrize(
    "data",
    [b"", b"not an image", b"\x89PNG\r\n\x1a\n" + b"\0" * 40, b"GIF89a" + b"\0" * 40],
)
def test_unreadable_photo(data):
    with pytest.raises(RedactionError) as info:
        redact_image(data, [AREA_REGION], "blur")
    assert str(info.value.message) == UNREADABLE
    assert info.value.code == "unreadable"


def test_truncated_photo():
    data = encode(scene(), "JPEG")
    with pytest.raises(RedactionError) as info:
        redact_image(data[: len(data) // 2], [AREA_REGION], "black")
    assert info.value.code == "unreadable"


def test_too_many_pixels_is_refused_before_decoding(monkeypatch):
    monkeypatch.setattr(photo_redaction, "MAX_PIXELS", 400 * 300 - 1)
    with pytest.raises(RedactionError) as info:
        redact_image(encode(scene(), "PNG"), [], "blur")
    assert str(info.value.message) == TOO_MANY_PIXELS
    assert info.value.code == "too_many_pixels"


def test_decompression_bomb_is_refused():
    bomb = encode(Image.new("1", (20000, 20000)), "PNG")  # 400 megapixels, about 50 KB
    with pytest.raises(RedactionError) as info:
        redact_image(bomb, [], "black")
    assert info.value.code == "too_many_pixels"
