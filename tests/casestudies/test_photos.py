"""Tests for casestudies.photos: what residents upload is hostile until proven not.

Every image is generated here with Pillow; no binary fixtures are committed.
Pure pytest: no database, runs with or without pytest-django.
"""

from __future__ import annotations

import contextlib
import io
import os
import struct
import warnings
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from PIL import ExifTags, Image, ImageCms, PngImagePlugin

import django
from django.conf import settings

from casestudies import photos
from casestudies.photos import (
    MAX_BYTES,
    MAX_EDGE,
    MAX_PIXELS,
    PhotoError,
    ProcessedPhoto,
    process_photo,
)

if not settings.configured:
    # Run without pytest-django (`-p no:django`): the lazy messages need an app
    # registry to be translated, and the shared conftest needs the test settings.
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms_site.settings.test")
    django.setup()

INVALID_TYPE = "The selected file must be a JPG, PNG, WebP or HEIC image"
TOO_LARGE = "The selected file must be smaller than 10MB"
EMPTY = "The selected file is empty"
CORRUPT = (
    "The selected file could not be read. It may be damaged: try saving it again or choose a different photo"
)
TOO_MANY_PIXELS = "The photo must be smaller than 40 megapixels"

SECRET_COMMENT = b"resident-comment-42-Acacia-Avenue"
XMP_PACKET = (
    b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
    b'photoshop:City="Secretville"/></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
)
SRGB_ICC = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
FORBIDDEN_INFO_KEYS = {"exif", "xmp", "XML:com.adobe.xmp", "comment", "icc_profile"}


# --- builders ---------------------------------------------------------------


def exif_bytes(*, orientation: int | None = None, gps: bool = True) -> bytes:
    """EXIF like a phone writes: device, time and the GPS position of the home."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "SecretPhoneMaker"
    exif[ExifTags.Base.Model] = "Model 9"
    exif[ExifTags.Base.DateTime] = "2024:01:02 03:04:05"
    if orientation is not None:
        exif[ExifTags.Base.Orientation] = orientation
    if gps:
        gps_ifd = exif.get_ifd(ExifTags.IFD.GPSInfo)
        gps_ifd[ExifTags.GPS.GPSLatitudeRef] = "N"
        gps_ifd[ExifTags.GPS.GPSLatitude] = (51.0, 30.0, 26.0)
        gps_ifd[ExifTags.GPS.GPSLongitudeRef] = "W"
        gps_ifd[ExifTags.GPS.GPSLongitude] = (0.0, 7.0, 39.0)
        gps_ifd[ExifTags.GPS.GPSProcessingMethod] = b"ASCII\x00\x00\x00GPS"
    return exif.tobytes()


def picture(size: tuple[int, int] = (120, 80), mode: str = "RGB") -> Image.Image:
    """A small image with some structure (left half red, right half blue)."""
    im = Image.new("RGB", size, (200, 30, 30))
    im.paste((30, 30, 200), (size[0] // 2, 0, size[0], size[1]))
    return im.convert(mode)


def encode(im: Image.Image, fmt: str, **params: object) -> bytes:
    buffer = io.BytesIO()
    im.save(buffer, fmt, **params)
    return buffer.getvalue()


def jpeg_with_metadata(size: tuple[int, int] = (120, 80)) -> bytes:
    return encode(
        picture(size),
        "JPEG",
        exif=exif_bytes(),
        xmp=XMP_PACKET,
        comment=SECRET_COMMENT,
        icc_profile=SRGB_ICC,
    )


def jpeg_segments(data: bytes) -> list[int]:
    """Marker codes of the JPEG segments before the image data."""
    assert data[:2] == b"\xff\xd8"
    markers, pos = [], 2
    while pos < len(data):
        assert data[pos] == 0xFF
        marker = data[pos + 1]
        markers.append(marker)
        if marker == 0xDA:  # start of scan: entropy-coded data follows
            break
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        pos += 2 + length
    return markers


def png_chunks(data: bytes) -> list[bytes]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, pos = [], 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        chunks.append(data[pos + 4 : pos + 8])
        pos += 12 + length
    return chunks


def assert_no_metadata(result: ProcessedPhoto) -> None:
    data = result.content
    with Image.open(io.BytesIO(data)) as out:
        assert not out.getexif()
        assert not FORBIDDEN_INFO_KEYS & set(out.info)
        if out.format == "PNG":
            assert not out.text
    for needle in (
        b"Exif",
        b"GPS",
        b"http://ns.adobe.com/xap",
        b"xmpmeta",
        b"ICC_PROFILE",
        b"SecretPhoneMaker",
        b"Secretville",
        SECRET_COMMENT,
    ):
        assert needle not in data
    if result.extension == "jpg":
        # Only JFIF (APP0) and the codec's own segments: no APP1-15, no COM.
        markers = jpeg_segments(data)
        assert not [m for m in markers if 0xE1 <= m <= 0xEF or m == 0xFE]
    else:
        assert set(png_chunks(data)) <= {b"IHDR", b"IDAT", b"IEND"}


def opened(result: ProcessedPhoto) -> Image.Image:
    out = Image.open(io.BytesIO(result.content))
    out.load()
    return out


def close_to(actual: tuple[int, ...], expected: tuple[int, ...], tol: int = 40) -> bool:
    return all(abs(a - e) <= tol for a, e in zip(actual, expected, strict=True))


@pytest.fixture(scope="module")
def bomb_png() -> bytes:
    """20000x20000 (400 megapixels) 1-bit PNG: about 50 KB on disk."""
    return encode(Image.new("1", (20000, 20000)), "PNG")


# --- metadata ---------------------------------------------------------------


def test_jpeg_gps_exif_xmp_comment_and_icc_are_removed():
    source = jpeg_with_metadata()
    with Image.open(io.BytesIO(source)) as original:  # the fixture really has them
        assert original.getexif().get_ifd(ExifTags.IFD.GPSInfo)
        assert {"exif", "xmp", "comment", "icc_profile"} <= set(original.info)
    assert b"GPS" in source

    result = process_photo(io.BytesIO(source))

    assert (result.extension, result.content_type) == ("jpg", "image/jpeg")
    assert (result.width, result.height) == (120, 80)
    assert result.content != source
    assert_no_metadata(result)
    out = opened(result)
    assert close_to(out.getpixel((10, 40)), (200, 30, 30))
    assert close_to(out.getpixel((110, 40)), (30, 30, 200))


def test_png_text_chunks_exif_and_icc_are_removed():
    im = picture(mode="RGBA")
    im.putpixel((0, 0), (0, 0, 0, 0))  # transparency is used, so it stays PNG
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Jane Resident")
    info.add_text("Location", "GPS 51.5,-0.12", zip=True)
    info.add_itxt("Comment", str(SECRET_COMMENT, "ascii"))
    info.add_itxt("XML:com.adobe.xmp", str(XMP_PACKET, "ascii"))
    source = encode(im, "PNG", pnginfo=info, exif=exif_bytes(), icc_profile=SRGB_ICC)
    assert {b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"iCCP"} <= set(png_chunks(source))

    result = process_photo(io.BytesIO(source))

    assert result.extension == "png"
    assert_no_metadata(result)
    for needle in (b"Jane Resident", b"Author", b"Location"):
        assert needle not in result.content


def test_webp_is_accepted_and_its_exif_removed():
    source = encode(picture(), "WEBP", quality=90, exif=exif_bytes(), xmp=XMP_PACKET)

    result = process_photo(io.BytesIO(source))

    assert (result.extension, result.width, result.height) == ("jpg", 120, 80)
    assert_no_metadata(result)


def test_heic_is_accepted_and_its_exif_removed():
    pytest.importorskip("pillow_heif", reason="pillow-heif is not installed")
    try:
        source = encode(picture(), "HEIF", quality=90, exif=exif_bytes())
    except (KeyError, OSError, ValueError, RuntimeError) as exc:
        pytest.skip(f"pillow-heif cannot write HEIC here: {exc}")
    assert source[4:8] == b"ftyp"

    result = process_photo(io.BytesIO(source))

    assert (result.extension, result.width, result.height) == ("jpg", 120, 80)
    assert_no_metadata(result)
    assert close_to(opened(result).getpixel((10, 40)), (200, 30, 30))


def test_heic_orientation_is_applied_once():
    pytest.importorskip("pillow_heif", reason="pillow-heif is not installed")
    try:
        source = encode(picture((100, 50)), "HEIF", exif=exif_bytes(orientation=6))
    except (KeyError, OSError, ValueError, RuntimeError) as exc:
        pytest.skip(f"pillow-heif cannot write HEIC here: {exc}")

    result = process_photo(io.BytesIO(source))

    assert (result.width, result.height) == (50, 100)
    assert close_to(opened(result).getpixel((25, 10)), (200, 30, 30))


def test_unusable_icc_profile_is_ignored():
    source = encode(picture(), "JPEG", icc_profile=b"not really a colour profile")

    result = process_photo(io.BytesIO(source))

    assert_no_metadata(result)
    assert close_to(opened(result).getpixel((10, 40)), (200, 30, 30))


# --- orientation, modes and formats -----------------------------------------


def test_exif_orientation_6_is_applied():
    source = encode(picture((100, 50)), "JPEG", exif=exif_bytes(orientation=6))

    result = process_photo(io.BytesIO(source))

    assert (result.width, result.height) == (50, 100)
    out = opened(result)
    assert out.size == (50, 100)
    # Rotated 90 degrees clockwise: the stored left (red) half is now on top.
    assert close_to(out.getpixel((25, 10)), (200, 30, 30))
    assert close_to(out.getpixel((25, 90)), (30, 30, 200))
    assert_no_metadata(result)


def test_orientation_is_applied_after_downscaling_a_large_jpeg():
    source = encode(picture((4000, 3000)), "JPEG", exif=exif_bytes(orientation=8))

    result = process_photo(io.BytesIO(source))

    assert (result.width, result.height) == (1920, 2560)


def test_png_with_transparency_stays_png_with_alpha():
    im = picture(mode="RGBA")
    im.paste((0, 255, 0, 0), (0, 0, 20, 20))
    im.paste((0, 255, 0, 128), (20, 0, 40, 20))

    result = process_photo(io.BytesIO(encode(im, "PNG")))

    assert (result.extension, result.content_type) == ("png", "image/png")
    out = opened(result)
    assert out.mode == "RGBA"
    assert out.getpixel((5, 5))[3] == 0
    assert out.getpixel((30, 5))[3] == 128
    assert out.getpixel((100, 60))[3] == 255


@pytest.mark.parametrize("mode", ["RGB", "RGBA"])
def test_png_without_used_alpha_becomes_jpeg(mode: str):
    result = process_photo(io.BytesIO(encode(picture(mode=mode), "PNG")))

    assert (result.extension, result.content_type) == ("jpg", "image/jpeg")
    assert opened(result).format == "JPEG"
    assert opened(result).mode == "RGB"


def test_palette_png_with_transparency_becomes_rgba_png():
    im = picture().convert("P", palette=Image.Palette.ADAPTIVE, colors=4)
    source = encode(im, "PNG", transparency=im.getpixel((0, 0)))

    result = process_photo(io.BytesIO(source))

    assert result.extension == "png"
    out = opened(result)
    assert out.mode == "RGBA"
    assert out.getpixel((0, 0))[3] == 0
    assert out.getpixel((110, 40))[3] == 255


@pytest.mark.parametrize(
    ("mode", "expected_mode"),
    [("P", "RGB"), ("1", "L"), ("L", "L"), ("LA", "L"), ("I;16", "L")],
)
def test_other_png_modes_become_jpeg(mode: str, expected_mode: str):
    if mode == "P":
        im = picture().convert("P", palette=Image.Palette.ADAPTIVE, colors=4)
    else:
        im = picture().convert("L").convert(mode)

    result = process_photo(io.BytesIO(encode(im, "PNG")))

    assert result.extension == "jpg"
    assert opened(result).mode == expected_mode


def test_sixteen_bit_greyscale_is_scaled_not_clipped():
    im = Image.new("I;16", (64, 64), 32768)  # mid-grey in 16 bits

    result = process_photo(io.BytesIO(encode(im, "PNG")))

    assert abs(opened(result).getpixel((32, 32)) - 128) <= 2


def test_greyscale_png_with_alpha_stays_png():
    im = Image.new("LA", (40, 40), (100, 255))
    im.putpixel((0, 0), (100, 0))

    result = process_photo(io.BytesIO(encode(im, "PNG")))

    assert result.extension == "png"
    assert opened(result).getpixel((0, 0))[3] == 0


def test_cmyk_jpeg_becomes_rgb():
    source = encode(picture().convert("CMYK"), "JPEG")

    result = process_photo(io.BytesIO(source))

    out = opened(result)
    assert out.mode == "RGB"
    assert close_to(out.getpixel((10, 40)), (200, 30, 30), tol=60)


def test_multi_picture_jpeg_from_a_phone_is_accepted():
    buffer = io.BytesIO()
    picture().save(buffer, "MPO", save_all=True, append_images=[picture((60, 40))], exif=b"")
    with Image.open(io.BytesIO(buffer.getvalue())) as check:
        assert check.format == "MPO"

    result = process_photo(io.BytesIO(buffer.getvalue()))

    assert (result.extension, result.width, result.height) == ("jpg", 120, 80)
    assert_no_metadata(result)


def test_type_comes_from_content_not_file_name():
    fileobj = io.BytesIO(encode(picture(), "PNG"))
    fileobj.name = "holiday.gif"

    assert process_photo(fileobj).extension == "jpg"


# --- downscaling ------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "mode", "fmt", "expected"),
    [
        ((7680, 5120), "L", "JPEG", (2560, 1707)),  # 39.3 MP, just under the limit
        ((4000, 6000), "RGB", "JPEG", (1707, 2560)),
        ((6000, 4000), "RGB", "PNG", (2560, 1707)),
        ((2561, 10), "RGB", "WEBP", (2560, 10)),
    ],
)
def test_large_images_are_downscaled_to_the_max_edge(size, mode, fmt, expected):
    source = encode(picture(size, mode), fmt)

    result = process_photo(io.BytesIO(source))

    assert (result.width, result.height) == expected
    assert max(result.width, result.height) == MAX_EDGE
    assert opened(result).size == expected


def test_images_at_the_max_edge_are_not_resized():
    result = process_photo(io.BytesIO(encode(picture((MAX_EDGE, 100)), "JPEG")))

    assert (result.width, result.height) == (MAX_EDGE, 100)


# --- rejections -------------------------------------------------------------


def _svg() -> bytes:
    return (
        b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" '
        b'width="10" height="10"><script>alert(1)</script></svg>'
    )


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"This is not a photo, honest.\n" * 20, id="text"),
        pytest.param(_svg(), id="svg"),
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", id="pdf"),
        pytest.param(b"<html><body>hello</body></html>", id="html"),
        pytest.param(b"PK\x03\x04" + b"\x00" * 100, id="zip"),
    ],
)
def test_non_images_are_rejected_even_when_named_jpg(data: bytes):
    fileobj = io.BytesIO(data)
    fileobj.name = "photo.jpg"

    with pytest.raises(PhotoError) as excinfo:
        process_photo(fileobj)

    assert str(excinfo.value) == INVALID_TYPE
    assert excinfo.value.code == "invalid_type"


@pytest.mark.parametrize("fmt", ["GIF", "BMP", "TIFF", "ICO", "PPM", "TGA"])
def test_other_image_formats_are_rejected(fmt: str):
    with pytest.raises(PhotoError) as excinfo:
        process_photo(io.BytesIO(encode(picture((32, 32)), fmt)))

    assert str(excinfo.value) == INVALID_TYPE


def test_empty_file_is_rejected():
    with pytest.raises(PhotoError) as excinfo:
        process_photo(io.BytesIO(b""))

    assert str(excinfo.value) == EMPTY
    assert excinfo.value.code == "empty"


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_truncated_image_is_rejected(fmt: str):
    full = encode(Image.effect_noise((300, 200), 64).convert("RGB"), fmt)

    with pytest.raises(PhotoError) as excinfo:
        process_photo(io.BytesIO(full[: len(full) // 2]))

    assert str(excinfo.value) == CORRUPT
    assert excinfo.value.code == "corrupt"


def test_damaged_header_is_reported_as_damaged():
    data = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64

    with pytest.raises(PhotoError) as excinfo:
        process_photo(io.BytesIO(data))

    assert str(excinfo.value) == CORRUPT


def test_decompression_bomb_png_is_rejected(bomb_png: bytes):
    assert len(bomb_png) < 200_000

    with pytest.raises(PhotoError) as excinfo:
        process_photo(io.BytesIO(bomb_png))

    assert str(excinfo.value) == TOO_MANY_PIXELS
    assert excinfo.value.code == "too_many_pixels"


def test_handmade_bomb_with_huge_dimensions_is_rejected_before_decoding():
    """A valid 1-bit PNG header claiming 60000x60000 and a tiny IDAT."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", 60000, 60000, 1, 0, 0, 0, 0)
    data = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1000))
        + chunk(b"IEND", b"")
    )

    with pytest.raises(PhotoError) as excinfo:
        process_photo(io.BytesIO(data))

    assert str(excinfo.value) == TOO_MANY_PIXELS


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_over_40_megapixels_but_under_the_bomb_threshold_is_rejected(fmt: str):
    source = encode(Image.new("L" if fmt == "JPEG" else "1", (8000, 6000)), fmt)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(PhotoError) as excinfo:
            process_photo(io.BytesIO(source))

    assert str(excinfo.value) == TOO_MANY_PIXELS
    assert not [w for w in caught if issubclass(w.category, Warning)]


def test_pixel_limit_holds_even_if_pillow_protection_is_switched_off(monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", None)
    source = encode(Image.new("L", (8000, 6000)), "JPEG")

    with pytest.raises(PhotoError) as excinfo:
        process_photo(io.BytesIO(source))

    assert str(excinfo.value) == TOO_MANY_PIXELS


def test_pillow_bomb_protection_is_on_at_our_limit():
    assert Image.MAX_IMAGE_PIXELS is not None
    assert Image.MAX_IMAGE_PIXELS <= MAX_PIXELS


def test_file_over_10mb_is_rejected():
    data = os.urandom(MAX_BYTES + 1)

    with pytest.raises(PhotoError) as excinfo:
        process_photo(io.BytesIO(data))

    assert str(excinfo.value) == TOO_LARGE
    assert excinfo.value.code == "too_large"


class ExplodingFile(io.BytesIO):
    def read(self, size: int | None = -1) -> bytes:
        raise AssertionError("the file must not be read")


def test_declared_size_over_10mb_is_rejected_before_reading():
    with pytest.raises(PhotoError) as excinfo:
        process_photo(ExplodingFile(), size=MAX_BYTES + 1)

    assert str(excinfo.value) == TOO_LARGE


class CountingFile(io.RawIOBase):
    """An endless, unseekable upload that returns short reads and counts them."""

    def __init__(self, head: bytes) -> None:
        self.head, self.bytes_read = head, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        n = min(len(buffer), 65536)
        buffer[:n] = self.head[self.bytes_read : self.bytes_read + n].ljust(n, b"\x00")
        self.bytes_read += n
        return n


def test_never_reads_more_than_the_limit_plus_one_byte():
    upload = CountingFile(jpeg_with_metadata())

    with pytest.raises(PhotoError) as excinfo:
        process_photo(upload)

    assert str(excinfo.value) == TOO_LARGE
    assert upload.bytes_read <= MAX_BYTES + 1


def test_file_of_exactly_10mb_is_not_rejected_for_size():
    data = jpeg_with_metadata()
    data += b"\x00" * (MAX_BYTES - len(data))  # trailing junk after EOI

    result = process_photo(io.BytesIO(data), size=len(data))

    assert result.extension == "jpg"


# --- file handling ----------------------------------------------------------


def test_reads_from_the_start_even_if_the_file_was_already_read():
    fileobj = io.BytesIO(jpeg_with_metadata())
    fileobj.read()

    assert process_photo(fileobj).width == 120


def test_accepts_a_django_uploaded_file():
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("IMG_0001.HEIC", jpeg_with_metadata(), "image/heic")

    result = process_photo(upload, size=upload.size)

    assert result.extension == "jpg"
    assert_no_metadata(result)


def test_accepts_bytes():
    assert process_photo(jpeg_with_metadata()).height == 80


# --- property tests ---------------------------------------------------------


def _seed_images() -> list[bytes]:
    im = Image.effect_noise((24, 16), 50).convert("RGB")
    seeds = [
        encode(im, "JPEG", exif=exif_bytes(orientation=6), comment=b"x"),
        encode(im, "JPEG", progressive=True),
        encode(im.convert("RGBA"), "PNG"),
        encode(im.convert("P"), "PNG", transparency=0),
        encode(im, "WEBP"),
        encode(im.convert("RGBA"), "WEBP", lossless=True),
    ]
    with contextlib.suppress(KeyError, OSError, ValueError, RuntimeError):
        seeds.append(encode(im, "HEIF"))  # only if pillow-heif can write HEIC
    return seeds


SEEDS = _seed_images()


def _check_never_raises_anything_but_photo_error(data: bytes) -> None:
    try:
        result: ProcessedPhoto | PhotoError = process_photo(io.BytesIO(data))
    except PhotoError as exc:
        result = exc
    if isinstance(result, PhotoError):
        assert str(result) in {INVALID_TYPE, TOO_LARGE, EMPTY, CORRUPT, TOO_MANY_PIXELS}
    else:
        assert result.extension in {"jpg", "png"}
        assert max(result.width, result.height) <= MAX_EDGE
        assert opened(result).size == (result.width, result.height)


@hypothesis_settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048))
def test_arbitrary_bytes_only_ever_raise_photo_error(data: bytes):
    _check_never_raises_anything_but_photo_error(data)


@hypothesis_settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.sampled_from(SEEDS),
    edits=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), max_size=12),
    cut=st.one_of(st.none(), st.integers(min_value=0)),
)
def test_damaged_real_images_only_ever_raise_photo_error(seed, edits, cut):
    data = bytearray(seed)
    for position, value in edits:
        data[position % len(data)] = value
    if cut is not None:
        del data[cut % len(data) :]
    _check_never_raises_anything_but_photo_error(bytes(data))


def test_module_has_no_django_imports_beyond_translation():
    source = Path(photos.__file__).read_text(encoding="utf-8")
    django_imports = [
        line for line in source.splitlines() if line.startswith(("import django", "from django"))
    ]
    assert django_imports == ["from django.utils.translation import gettext_lazy as _"]
