"""Hide faces, names and door numbers in residents' photos before publication.

Editors draw rectangles over the photo in the browser (photo-redact.js); the
widget posts them as fractions of the image size, so they do not depend on the
size the image was displayed at. Each area has its own mode, so one photo
can have a blurred face and a blacked-out house number. This module validates
those rectangles and blurs or blacks out the areas with Pillow, on the server,
so the unblurred photo never has to leave private storage.

Blurring must be irreversible: a plain Gaussian blur of a small face or line
of text can be partly undone (deconvolution), so each area is first pixelated
(averaged into ~24 px blocks, which throws the detail away) and only then
blurred to hide the blocks. The result is re-encoded from raw pixels, like
``casestudies.photos``, so no metadata survives.

Blur hides faces, but the overall shape of blurred text (its length, where
the ink is) remains, so someone who can guess the words, render candidates
and compare could confirm a guess. Black is the safe choice for names,
house numbers and registration plates.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import math
import warnings
from dataclasses import dataclass
from typing import BinaryIO, Final

from PIL import ExifTags, Image, ImageFilter

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

# Importing photos also keeps Pillow's decompression bomb limit at MAX_PIXELS.
from casestudies.photos import JPEG_QUALITY, MAX_PIXELS

logger = logging.getLogger(__name__)

MODES: Final = ("blur", "black")
MAX_REGIONS: Final = 50
MAX_INPUT_CHARS: Final = 20_000
# The widget clamps, but rounding in the browser can overshoot the edge a little.
TOLERANCE: Final = 0.01
PIXELATE_FACTOR: Final = 24  # each pixelated block averages about 24x24 pixels
MIN_BLUR_RADIUS: Final = 12.0
BLUR_RADIUS_FRACTION: Final = 1 / 10  # of the region's long edge

_OPEN_FORMATS: Final = ("JPEG", "PNG", "WEBP")
_REGION_KEYS: Final = frozenset({"x", "y", "w", "h"})
_REGION_KEYS_WITH_MODE: Final = _REGION_KEYS | {"mode"}

# Browsers show photos rotated by their EXIF orientation, so the rectangles are
# drawn on the rotated image (same mapping as PIL.ImageOps.exif_transpose).
_ORIENTATION_TRANSPOSE: Final = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}

MESSAGE_INVALID: Final = _("The areas to hide could not be read. Clear all areas and draw them again")
MESSAGE_OUTSIDE: Final = _("Each area to hide must be inside the photo")
MESSAGE_UNREADABLE: Final = _("The photo could not be read, so the areas could not be hidden")
MESSAGE_TOO_MANY_PIXELS: Final = _("The photo must be smaller than 40 megapixels")


def _message_too_many(max_regions: int) -> Promise:
    """Lazy, pluralised: the limit is a parameter, so it cannot be a constant."""
    return ngettext_lazy(
        "You can hide up to %(max)d area in one photo",
        "You can hide up to %(max)d areas in one photo",
        "max",
    ) % {"max": max_regions}


class RedactionError(ValueError):
    """Areas or a photo were rejected; ``message`` is safe to show to the editor.

    ``code`` is stable, so a form can raise ``ValidationError(err.message, code=err.code)``.
    """

    def __init__(self, message: str | Promise, code: str = "invalid") -> None:
        super().__init__(message)
        self.message = message
        self.code = code


@dataclass(frozen=True)
class Region:
    """A rectangle as fractions (0..1) of the image's width and height.

    Clamped into the image on creation, so every Region that exists can be
    applied; a rectangle with no area inside the image is a ValueError.
    ``mode`` is "blur" or "black", or None to take the mode ``redact_image``
    is called with.
    """

    x: float
    y: float
    width: float
    height: float
    mode: str | None = None

    def __post_init__(self) -> None:
        if self.mode is not None and self.mode not in MODES:
            raise ValueError(f"Unknown redaction mode {self.mode!r}; expected one of {MODES}")
        values = (self.x, self.y, self.width, self.height)
        if any(isinstance(v, bool) or not isinstance(v, (int, float)) for v in values):
            raise TypeError("Region coordinates must be numbers")
        if not all(math.isfinite(v) for v in values):
            raise ValueError("Region coordinates must be finite")
        if self.width <= 0 or self.height <= 0:
            raise ValueError("Region width and height must be positive")
        x, width = _clamp_span(float(self.x), float(self.width))
        y, height = _clamp_span(float(self.y), float(self.height))
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
        object.__setattr__(self, "width", width)
        object.__setattr__(self, "height", height)

    def as_json(self, default_mode: str) -> dict:
        """The stored form (``ReviewPhoto.regions``), always with its mode spelled out."""
        mode = self.mode or default_mode
        if mode not in MODES:
            raise ValueError(f"Unknown redaction mode {mode!r}; expected one of {MODES}")
        return {"x": self.x, "y": self.y, "w": self.width, "h": self.height, "mode": mode}

    def pixel_box(self, image_width: int, image_height: int) -> tuple[int, int, int, int]:
        """(left, top, right, bottom) rounded outward, so the whole drawn area is covered."""
        left = min(image_width - 1, max(0, math.floor(self.x * image_width)))
        top = min(image_height - 1, max(0, math.floor(self.y * image_height)))
        right = min(image_width, math.ceil((self.x + self.width) * image_width))
        bottom = min(image_height, math.ceil((self.y + self.height) * image_height))
        # A sliver thinner than a pixel still covers at least one pixel.
        return left, top, max(right, left + 1), max(bottom, top + 1)


def _clamp_span(start: float, size: float) -> tuple[float, float]:
    """Clamp ``start..start+size`` into 0..1, leaving spans already inside exactly as given."""
    if start < 0:
        start, size = 0.0, size + start
    if start + size > 1:
        size = 1.0 - start
    if size <= 0:
        raise ValueError("Region is outside the image")
    return start, size


def parse_regions(raw: str, *, max_regions: int = MAX_REGIONS) -> list[Region]:
    """Parse the widget's JSON ``[{"x":..,"y":..,"w":..,"h":.., "mode":..}]`` into Regions.

    ``"mode"`` ("blur" or "black") is optional: without it the area takes the
    mode the photo is redacted with. The value comes from a form field, so
    anything may arrive: every failure is a ``RedactionError`` with a message
    for the editor. An empty value or ``[]`` means no areas.
    """
    if raw is None:
        return []
    if len(raw) > MAX_INPUT_CHARS:
        raise RedactionError(MESSAGE_INVALID, "too_long")
    if not raw.strip():
        return []
    try:
        data = json.loads(raw, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError, NaN/Infinity, huge ints
        raise RedactionError(MESSAGE_INVALID, "malformed") from exc
    if not isinstance(data, list):
        raise RedactionError(MESSAGE_INVALID, "malformed")
    if len(data) > max_regions:
        raise RedactionError(_message_too_many(max_regions), "too_many")
    return [_parse_region(item) for item in data]


def _reject_constant(name: str) -> float:
    """json.loads accepts NaN and Infinity by default: they are never valid here."""
    raise ValueError(f"{name} is not allowed")


def _parse_region(item: object) -> Region:
    if not isinstance(item, dict) or not _REGION_KEYS <= set(item) <= _REGION_KEYS_WITH_MODE:
        raise RedactionError(MESSAGE_INVALID, "malformed")
    mode = item.get("mode")
    if mode is not None and (not isinstance(mode, str) or mode not in MODES):
        raise RedactionError(MESSAGE_INVALID, "bad_mode")
    values = [item[key] for key in ("x", "y", "w", "h")]
    if any(isinstance(v, bool) or not isinstance(v, (int, float)) for v in values):
        raise RedactionError(MESSAGE_INVALID, "malformed")
    x, y, w, h = (float(v) for v in values)
    if not all(math.isfinite(v) for v in (x, y, w, h)):
        raise RedactionError(MESSAGE_INVALID, "malformed")
    low, high = -TOLERANCE, 1 + TOLERANCE
    if not (low <= x <= high and low <= y <= high and low <= x + w <= high and low <= y + h <= high):
        raise RedactionError(MESSAGE_OUTSIDE, "outside")
    if w <= 0 or h <= 0:
        raise RedactionError(MESSAGE_INVALID, "empty_area")
    try:
        return Region(x, y, w, h, mode)
    except ValueError as exc:  # within tolerance, but nothing left inside the image
        raise RedactionError(MESSAGE_OUTSIDE, "outside") from exc


def redact_image(source: bytes | BinaryIO, regions: list[Region], mode: str) -> tuple[bytes, str, int, int]:
    """Blur or black out ``regions`` and return ``(content, content_type, width, height)``.

    Each region is hidden in its own mode, or in ``mode`` if it has none.
    Blurred areas are done first and black ones last, so where the two
    overlap the black wins. The photo is always re-encoded without metadata,
    even with no regions: JPEG for photos without transparency, PNG otherwise.
    Raises ValueError for an unknown ``mode`` (a programming error) and
    ``RedactionError`` for a photo that cannot be decoded or is too large.
    """
    if mode not in MODES:
        raise ValueError(f"Unknown redaction mode {mode!r}; expected one of {MODES}")
    try:
        # As in casestudies.photos: the bomb warning becomes an error.
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", category=UserWarning, module=r"PIL\.")
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = _load(source)
    except RedactionError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise RedactionError(MESSAGE_TOO_MANY_PIXELS, "too_many_pixels") from exc
    except Exception as exc:  # any decoder failure means the same to the editor
        logger.warning("Could not decode a photo for redaction", exc_info=True)
        raise RedactionError(MESSAGE_UNREADABLE, "unreadable") from exc

    modes = [region.mode or mode for region in regions]
    for region, region_mode in zip(regions, modes, strict=True):
        if region_mode == "blur":
            box = region.pixel_box(image.width, image.height)
            image.paste(_pixelate_and_blur(image.crop(box)), box)
    for region, region_mode in zip(regions, modes, strict=True):
        if region_mode == "black":
            box = region.pixel_box(image.width, image.height)
            image.paste((0, 0, 0, 255) if image.mode == "RGBA" else (0, 0, 0), box)
    return _encode(image)


def _load(source: bytes | BinaryIO) -> Image.Image:
    """Decode into a fresh RGB or RGBA image, oriented as the browser showed it."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        fp: BinaryIO = io.BytesIO(bytes(source))
    else:
        fp = source
        with contextlib.suppress(AttributeError, OSError, ValueError):
            fp.seek(0)
    with Image.open(fp, formats=_OPEN_FORMATS) as im:
        width, height = im.size
        if width < 1 or height < 1:
            raise RedactionError(MESSAGE_UNREADABLE, "unreadable")
        if width * height > MAX_PIXELS:  # from the header, before decoding
            raise RedactionError(MESSAGE_TOO_MANY_PIXELS, "too_many_pixels")
        im.load()
        orientation = _exif_orientation(im)
        image = _to_rgb_or_rgba(im)
    if orientation in _ORIENTATION_TRANSPOSE:
        image = image.transpose(_ORIENTATION_TRANSPOSE[orientation])
    # A brand-new image: nothing from the source's ``info`` reaches the encoder.
    clean = Image.new(image.mode, image.size)
    clean.paste(image)
    return clean


def _exif_orientation(im: Image.Image) -> int:
    """EXIF orientation (1-8), or 1 if missing or unreadable."""
    try:
        value = im.getexif().get(ExifTags.Base.Orientation, 1)
    except Exception:  # bad EXIF must not block redaction
        return 1
    return value if isinstance(value, int) else 1


def _to_rgb_or_rgba(im: Image.Image) -> Image.Image:
    """RGBA only when some pixel is not fully opaque, RGB otherwise."""
    if im.mode.startswith("I"):  # 16-bit greyscale: scale, a plain convert would clip
        return im.convert("I").point(lambda v: v / 256).convert("L").convert("RGB")
    if "A" in im.getbands() or "a" in im.getbands() or "transparency" in im.info:
        rgba = im.convert("RGBA")
        low, _high = rgba.getchannel("A").getextrema()
        return rgba if low < 255 else rgba.convert("RGB")
    return im.convert("RGB")


def _pixelate_and_blur(area: Image.Image) -> Image.Image:
    """Average into blocks (destroys detail), then blur the blocks away.

    All four bands are processed, so colour hidden under transparent pixels
    is destroyed as well. Working on the crop alone means pixels outside the
    region neither change nor leak in.
    """
    width, height = area.size
    small = (max(1, round(width / PIXELATE_FACTOR)), max(1, round(height / PIXELATE_FACTOR)))
    blocks = area.resize(small, Image.Resampling.BOX).resize(area.size, Image.Resampling.NEAREST)
    radius = max(MIN_BLUR_RADIUS, max(width, height) * BLUR_RADIUS_FRACTION)
    return blocks.filter(ImageFilter.GaussianBlur(radius))


def _encode(image: Image.Image) -> tuple[bytes, str, int, int]:
    """PNG if transparency is used, otherwise JPEG; never any metadata."""
    buffer = io.BytesIO()
    if image.mode == "RGBA":
        image.save(buffer, "PNG", compress_level=6)
        content_type = "image/png"
    else:
        image.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=False, progressive=True)
        content_type = "image/jpeg"
    return buffer.getvalue(), content_type, image.width, image.height
