"""Safe processing of photos uploaded through the public story form.

Residents upload photos of damp, mould and leaks in their homes. Those files
come from anyone on the internet, so this module treats them as hostile:

* the type is decided from the content, never the file name or the browser's
  content type;
* size, pixel count and decompression bombs are checked before pixels are
  decoded, so a small file cannot exhaust memory;
* the photo is re-encoded from raw pixels, so no metadata survives: phone
  photos usually carry GPS coordinates of the resident's home, the device
  and the time. The original bytes are never returned or stored;
* any failure, for any input bytes, is reported as ``PhotoError`` with a
  plain-English message that can be shown next to the form field.

Plain Python (Pillow, plus pillow-heif when installed for iPhone HEIC photos)
so it can be unit-tested without a database.
"""

from __future__ import annotations

import contextlib
import io
import logging
import struct
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Final, TypeVar

from PIL import ExifTags, Image

from django.utils.translation import gettext_lazy as _

try:  # Colour management is optional: fall back to a plain conversion.
    from PIL import ImageCms

    _SRGB_PROFILE: ImageCms.ImageCmsProfile | None = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
except (ImportError, OSError):  # pragma: no cover - Pillow built without lcms
    ImageCms = None  # type: ignore[assignment]
    _SRGB_PROFILE = None

try:  # HEIC is what iPhones save by default.
    import pillow_heif

    pillow_heif.register_heif_opener()
except ImportError:  # pragma: no cover - optional dependency
    pillow_heif = None

logger = logging.getLogger(__name__)

MAX_BYTES: Final = 10_000_000  # "10MB" in every message: decimal megabytes, as GOV.UK writes them
MAX_PIXELS: Final = 40_000_000  # 40 megapixels
MAX_EDGE: Final = 2560  # long edge of the stored image
JPEG_QUALITY: Final = 85

# Keep Pillow's decompression bomb protection on, at our limit (never loosen a
# stricter limit set elsewhere). Pillow warns above this and refuses outright
# above twice this; the warning is turned into an error in process_photo.
if Image.MAX_IMAGE_PIXELS is None or Image.MAX_IMAGE_PIXELS > MAX_PIXELS:
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS

# Only these Pillow plugins may even look at the bytes. This avoids parsers we
# do not need (and, for example, EPS, which would run Ghostscript). "MPO" is
# what Pillow calls a JPEG with multi-picture data, which many phones write.
_OPEN_FORMATS: Final = ("JPEG", "PNG", "WEBP") + (("HEIF",) if pillow_heif else ())
_ALLOWED_FORMATS: Final = frozenset({"JPEG", "MPO", "PNG", "WEBP", "HEIF", "HEIC"})
_JPEG_FORMATS: Final = frozenset({"JPEG", "MPO"})
_HEIF_BRANDS: Final = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"})

# Same mapping as PIL.ImageOps.exif_transpose. Applied after downscaling so the
# rotation works on the small image.
_ORIENTATION_TRANSPOSE: Final = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}

# Errors that Pillow and its plugins raise for bad input.
_DECODE_ERRORS: Final = (
    OSError,  # includes UnidentifiedImageError and "image file is truncated"
    SyntaxError,  # Pillow's "not a PNG file" etc.
    ValueError,
    EOFError,
    IndexError,
    KeyError,
    TypeError,
    ZeroDivisionError,
    RuntimeError,  # pillow-heif / libheif decoding errors
    struct.error,
)

MESSAGE_INVALID_TYPE: Final = _("The selected file must be a JPG, PNG, WebP or HEIC image")
MESSAGE_TOO_LARGE: Final = _("The selected file must be smaller than 10MB")
MESSAGE_EMPTY: Final = _("The selected file is empty")
MESSAGE_CORRUPT: Final = _(
    "The selected file could not be read. It may be damaged: try saving it again or choose a different photo"
)
MESSAGE_TOO_MANY_PIXELS: Final = _("The photo must be smaller than 40 megapixels")
MESSAGE_NOT_PROCESSED: Final = _("The photo could not be processed in time. Try uploading it again")
_MESSAGES: Final = {
    "invalid_type": MESSAGE_INVALID_TYPE,
    "too_large": MESSAGE_TOO_LARGE,
    "empty": MESSAGE_EMPTY,
    "corrupt": MESSAGE_CORRUPT,
    "too_many_pixels": MESSAGE_TOO_MANY_PIXELS,
    "not_processed": MESSAGE_NOT_PROCESSED,
}

_T = TypeVar("_T")


class PhotoError(ValueError):
    """A photo was rejected; ``message`` is safe to show to the resident.

    ``code`` is a stable identifier, so a form can raise
    ``ValidationError(err.message, code=err.code)``.
    """

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


@dataclass(frozen=True)
class ProcessedPhoto:
    """A re-encoded, metadata-free photo ready to be stored."""

    content: bytes  # re-encoded image bytes
    extension: str  # "jpg" or "png"
    content_type: str  # "image/jpeg" or "image/png"
    width: int
    height: int


def inspect_photo(fileobj: IO[bytes] | bytes, *, size: int | None = None) -> None:
    """The cheap checks, made in the request before an upload is stored.

    Size, emptiness, the type from the content's first bytes and the header (format
    and pixel count, read without decoding a pixel). Raises ``PhotoError`` as
    ``process_photo`` would; what passes may still fail there (a truncated file).
    """
    data = _checked_bytes(fileobj, size)
    if not _looks_like_allowed_image(data):
        raise PhotoError(MESSAGE_INVALID_TYPE, "invalid_type")
    _guarded(data, _inspect_header)


def process_photo(fileobj: IO[bytes] | bytes, *, size: int | None = None) -> ProcessedPhoto:
    """Validate an uploaded photo and return a clean, downscaled copy.

    ``fileobj`` is a binary file (e.g. a Django ``UploadedFile``) or bytes;
    ``size`` is its declared size, checked before anything is read. Raises
    ``PhotoError`` for anything that is not a usable JPEG, PNG, WebP or HEIC
    photo. Errors reading ``fileobj`` itself (a server fault) propagate.
    """
    return _guarded(_checked_bytes(fileobj, size), _process)


def message_for(code: str) -> str:
    """The message shown for a ``PhotoError`` code (a failed photo keeps only the code)."""
    return str(_MESSAGES.get(code, MESSAGE_CORRUPT))


def _checked_bytes(fileobj: IO[bytes] | bytes, size: int | None) -> bytes:
    if size is not None and size > MAX_BYTES:
        raise PhotoError(MESSAGE_TOO_LARGE, "too_large")
    data = _read_limited(fileobj, MAX_BYTES + 1)
    if not data:
        raise PhotoError(MESSAGE_EMPTY, "empty")
    if len(data) > MAX_BYTES:
        raise PhotoError(MESSAGE_TOO_LARGE, "too_large")
    return data


def _guarded(data: bytes, work: Callable[[bytes], _T]) -> _T:
    """Run ``work`` on ``data`` with every failure turned into a ``PhotoError``."""
    try:
        # catch_warnings swaps process-wide filters (not thread-safe before
        # Python 3.14); the explicit pixel check in _process is the real guard.
        with warnings.catch_warnings():
            # Pillow warns about malformed metadata; for uploads that is noise.
            warnings.filterwarnings("ignore", category=UserWarning, module=r"PIL\.")
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return work(data)
    except PhotoError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise PhotoError(MESSAGE_TOO_MANY_PIXELS, "too_many_pixels") from exc
    except Image.UnidentifiedImageError as exc:
        # A recognisable signature that Pillow cannot open is a damaged photo;
        # anything else is the wrong kind of file.
        if _looks_like_allowed_image(data):
            raise PhotoError(MESSAGE_CORRUPT, "corrupt") from exc
        raise PhotoError(MESSAGE_INVALID_TYPE, "invalid_type") from exc
    except _DECODE_ERRORS as exc:
        raise PhotoError(MESSAGE_CORRUPT, "corrupt") from exc
    except Exception as exc:  # hostile input must never cause a 500
        logger.warning("Unexpected error processing an uploaded photo", exc_info=True)
        raise PhotoError(MESSAGE_CORRUPT, "corrupt") from exc


def _inspect_header(data: bytes) -> None:
    """Format and size from the header only: no pixel is decoded."""
    with Image.open(io.BytesIO(data), formats=_OPEN_FORMATS) as im:
        if im.format not in _ALLOWED_FORMATS:
            raise PhotoError(MESSAGE_INVALID_TYPE, "invalid_type")
        width, height = im.size
        if width < 1 or height < 1:
            raise PhotoError(MESSAGE_CORRUPT, "corrupt")
        if width * height > MAX_PIXELS:
            raise PhotoError(MESSAGE_TOO_MANY_PIXELS, "too_many_pixels")


def _read_limited(fileobj: IO[bytes] | bytes, limit: int) -> bytes:
    """Read at most ``limit`` bytes, from the start, so huge uploads cost little."""
    if isinstance(fileobj, (bytes, bytearray, memoryview)):
        return bytes(fileobj[:limit])
    # Form validation may already have read the file.
    with contextlib.suppress(AttributeError, OSError, ValueError):
        fileobj.seek(0)
    chunks: list[bytes] = []
    remaining = limit
    while remaining > 0:
        chunk = fileobj.read(remaining)
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _looks_like_allowed_image(data: bytes) -> bool:
    """True if ``data`` starts like a JPEG, PNG, WebP or HEIF file."""
    return (
        data.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n"))
        or (data[:4] == b"RIFF" and data[8:12] == b"WEBP")
        or (data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS)
    )


def _process(data: bytes) -> ProcessedPhoto:
    """Decode, normalise, downscale, orient and re-encode ``data``."""
    with Image.open(io.BytesIO(data), formats=_OPEN_FORMATS) as im:
        if im.format not in _ALLOWED_FORMATS:
            raise PhotoError(MESSAGE_INVALID_TYPE, "invalid_type")
        width, height = im.size
        if width < 1 or height < 1:
            raise PhotoError(MESSAGE_CORRUPT, "corrupt")
        # Checked from the header, before any pixels are decoded.
        if width * height > MAX_PIXELS:
            raise PhotoError(MESSAGE_TOO_MANY_PIXELS, "too_many_pixels")

        target = _target_size(width, height)
        if im.format in _JPEG_FORMATS and target != (width, height):
            # Let libjpeg decode at 1/2, 1/4 or 1/8 scale (never below the
            # target): several times faster and smaller than a full decode.
            im.draft("RGB", target)
        im.load()
        if im.size != (width, height) and im.format not in _JPEG_FORMATS:
            # pillow-heif reports the size the stream really decodes to
            # (libheif caps it at about the declared size).
            width, height = im.size
            if width * height > MAX_PIXELS:
                raise PhotoError(MESSAGE_TOO_MANY_PIXELS, "too_many_pixels")
            target = _target_size(width, height)

        icc_profile = im.info.get("icc_profile")
        orientation = _exif_orientation(im)
        image: Image.Image = _to_working_mode(im)

    if image.size != target:
        image = image.resize(target, Image.Resampling.LANCZOS, reducing_gap=3.0)
    image = _to_srgb(image, icc_profile if isinstance(icc_profile, bytes) else None)
    if orientation in _ORIENTATION_TRANSPOSE:
        image = image.transpose(_ORIENTATION_TRANSPOSE[orientation])

    # Copy the pixels into a brand-new image: nothing from the upload's
    # ``info`` (EXIF, XMP, comments, ICC, PNG text) can reach the encoder.
    clean = Image.new(image.mode, image.size)
    clean.paste(image)
    return _encode(clean)


def _target_size(width: int, height: int) -> tuple[int, int]:
    """Size with the long edge at most MAX_EDGE, keeping the aspect ratio."""
    long_edge = max(width, height)
    if long_edge <= MAX_EDGE:
        return width, height
    scale = MAX_EDGE / long_edge
    return max(1, round(width * scale)), max(1, round(height * scale))


def _exif_orientation(im: Image.Image) -> int:
    """EXIF orientation (1-8), or 1 if missing or unreadable."""
    try:
        value = im.getexif().get(ExifTags.Base.Orientation, 1)
        return int(value) if isinstance(value, int) else 1
    except _DECODE_ERRORS:  # bad EXIF must not block a fine photo
        return 1


def _alpha_used(im: Image.Image) -> bool:
    """True if the alpha band has any pixel that is not fully opaque."""
    low, _high = im.getchannel("A").getextrema()
    return low < 255


def _to_working_mode(im: Image.Image) -> Image.Image:
    """Convert to L, RGB, RGBA (only if transparency is used) or CMYK."""
    mode = im.mode
    if mode in ("L", "RGB", "CMYK"):
        return im
    if mode == "RGBA":
        return im if _alpha_used(im) else im.convert("RGB")
    if mode in ("LA", "La"):
        la = im.convert("LA") if mode == "La" else im
        return la.convert("RGBA") if _alpha_used(la) else la.convert("L")
    if mode == "P" and "transparency" not in im.info:
        return im.convert("RGB")
    if mode in ("P", "PA", "RGBa"):
        rgba = im.convert("RGBA")
        return rgba if _alpha_used(rgba) else rgba.convert("RGB")
    if mode == "1":
        return im.convert("L")
    if mode.startswith("I"):
        # 16-bit greyscale PNG: scale to 8 bits (a plain convert would clip).
        return im.convert("I").point(lambda v: v / 256).convert("L")
    return im.convert("RGB")


def _to_srgb(im: Image.Image, icc_profile: bytes | None) -> Image.Image:
    """Convert to sRGB L/RGB/RGBA, using the embedded colour profile if any.

    The profile itself is not kept (it can identify the device), so colours
    are converted now: otherwise e.g. iPhone Display P3 photos look dull.
    """
    if (
        icc_profile
        and ImageCms is not None
        and _SRGB_PROFILE is not None
        and im.mode in ("RGB", "RGBA", "CMYK")
    ):
        out_mode = "RGBA" if im.mode == "RGBA" else "RGB"
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
            transform = ImageCms.buildTransform(
                source, _SRGB_PROFILE, im.mode, out_mode, ImageCms.Intent.PERCEPTUAL
            )
            converted = ImageCms.applyTransform(im, transform)
            if converted is not None:
                return converted
        except Exception:  # a bad profile only costs colour accuracy
            logger.debug("Ignoring unusable ICC profile in uploaded photo", exc_info=True)
    if im.mode == "CMYK":
        return im.convert("RGB")
    return im


def _encode(clean: Image.Image) -> ProcessedPhoto:
    """Encode as PNG if transparency is used, otherwise as JPEG."""
    buffer = io.BytesIO()
    if clean.mode == "RGBA":
        clean.save(buffer, "PNG", compress_level=6)
        extension, content_type = "png", "image/png"
    else:
        clean.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=False, progressive=True)
        extension, content_type = "jpg", "image/jpeg"
    return ProcessedPhoto(
        content=buffer.getvalue(),
        extension=extension,
        content_type=content_type,
        width=clean.width,
        height=clean.height,
    )
