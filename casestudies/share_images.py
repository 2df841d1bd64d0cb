"""Share cards for social media, drawn from a published story's pull quote.

Made only where the storyteller's consent covers social media (``share_on_social``), again
on each publish and removed on unpublishing (casestudies/handlers.py). The fonts come from
npm into build/fonts (bin/build_assets.py) so a card looks the same on every server; the
system's Noto fonts and then Pillow's own font are fallbacks, so drawing never fails.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, features

from django.conf import settings
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from wagtail.images import get_image_model

from .pages import CaseStudyPage, ShareImage

logger = logging.getLogger(__name__)

# Landscape for link previews (Open Graph, X, Facebook), square for Instagram posts,
# portrait for stories.
SIZES: dict[str, tuple[int, int]] = {
    "landscape": (1200, 630),
    "square": (1080, 1080),
    "portrait": (1080, 1920),
}
CAMPAIGN = "Make Things Right"
CALL_TO_ACTION = "gov.uk/social-housing-complaints"
RTL_LANGUAGES = frozenset({"ar", "ur"})
MAX_BYTES = 400 * 1024
ELLIPSIS = "…"

# GOV.UK colours. White on dark blue is 12.6:1 and on black 19.8:1: well past WCAG AA.
DARK_BLUE = "#003078"
BLACK = "#0b0c0c"
YELLOW = "#ffdd00"
WHITE = "#ffffff"

FONTS_DIR = settings.BASE_DIR / "build" / "fonts"
SYSTEM_FONTS_DIR = Path("/usr/share/fonts/truetype/noto")  # Debian's fonts-noto-core
# File name stems as bin/build_assets.py and fonts-noto-core name them (Naskh has Latin too).
# Urdu is written in the Arabic script but in the Nastaliq style, so it has a font of its own.
FAMILIES = {
    "latin": "NotoSans",
    "arabic": "NotoNaskhArabic",
    "urdu": "NotoNastaliqUrdu",
    "bengali": "NotoSansBengali",
    "gurmukhi": "NotoSansGurmukhi",
}
LANGUAGE_SCRIPTS = {"ar": "arabic", "ur": "urdu", "bn": "bengali", "pa": "gurmukhi"}
# The language raqm shapes a script's text as when it is not the card's own: HarfBuzz picks
# language-specific forms by it (Urdu's digits and heh, for one).
SCRIPT_LANGUAGES = {"latin": "en", "arabic": "ar", "urdu": "ur", "bengali": "bn", "gurmukhi": "pa"}
RTL_SCRIPTS = frozenset({"arabic", "urdu"})
# Letters only Urdu uses (ٹ ڈ ڑ ں ھ ہ ۂ ۃ ے ۓ ۔): Urdu in Nastaliq even on a card in another language.
URDU_LETTERS = frozenset("\u0679\u0688\u0691\u06ba\u06be\u06c1\u06c2\u06c3\u06d2\u06d3\u06d4")
# A text's own script wins over its page's language: an English attribution on an Urdu story.
SCRIPT_RANGES = (
    ("latin", 0x0041, 0x005A),
    ("latin", 0x0061, 0x007A),
    ("latin", 0x00C0, 0x024F),
    ("arabic", 0x0600, 0x06FF),
    ("arabic", 0x0750, 0x077F),
    ("arabic", 0xFB50, 0xFDFF),
    ("arabic", 0xFE70, 0xFEFF),
    ("bengali", 0x0980, 0x09FF),
    ("gurmukhi", 0x0A00, 0x0A7F),
)

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont
Box = tuple[int, int, int, int]


@dataclass(frozen=True)
class CardLayout:
    """Where the words went: for tests and for anyone tuning the design."""

    quote_size: int
    quote_lines: tuple[str, ...]
    truncated: bool
    text_box: Box  # the ink of the quotation mark, quote and attribution
    content_box: Box  # where they must stay


def script_of(text: str, language: str) -> str:
    """The script (a key of FAMILIES) most of the text's letters are in, else the language's.

    Arabic letters are "urdu" (Nastaliq) in an Urdu text, or with Urdu's own letters in a
    text in another language but Arabic. Digits and punctuation belong to no script.
    """
    counts: dict[str, int] = {}
    for char in text:
        code = ord(char)
        for script, start, end in SCRIPT_RANGES:
            if start <= code <= end:
                counts[script] = counts.get(script, 0) + 1
                break
    if not counts:
        return LANGUAGE_SCRIPTS.get(language, "latin")
    script = max(counts, key=counts.__getitem__)  # the first counted wins a tie
    if script == "arabic" and language != "ar" and (language == "ur" or not URDU_LETTERS.isdisjoint(text)):
        return "urdu"
    return script


@lru_cache(maxsize=16)
def font_path(script: str, bold: bool) -> Path | None:
    """The bundled font, else the system's, else None (Pillow's default): warned once."""
    name = f"{FAMILIES.get(script, FAMILIES['latin'])}-{'Bold' if bold else 'Regular'}.ttf"
    for folder in (FONTS_DIR, SYSTEM_FONTS_DIR):
        if (folder / name).is_file():
            if folder != FONTS_DIR:
                logger.warning("Share images use the system's %s: run bin/build_assets.py", name)
            return folder / name
    logger.warning("Share images have no %s: using Pillow's default font", name)
    return None


@lru_cache(maxsize=16)
def _font_bytes(path: Path) -> bytes:
    return path.read_bytes()


def font_for(language: str, bold: bool, size: int, *, text: str = "") -> Font:
    """A font for ``text`` (or the language's script) at ``size`` pixels.

    A new font object each time: FreeType faces must not be shared between threads.
    """
    path = font_path(script_of(text, language), bold)
    if path is None:
        return ImageFont.load_default(size)
    engine = ImageFont.Layout.RAQM if has_raqm() else ImageFont.Layout.BASIC
    return ImageFont.truetype(io.BytesIO(_font_bytes(path)), size, layout_engine=engine)


@lru_cache(maxsize=1)
def has_raqm() -> bool:
    return bool(features.check("raqm"))


def _text_options(font: Font, language: str, text: str = "") -> dict[str, str]:
    """Direction and language for the complex layout (libraqm); the basic layout takes neither.

    Both follow the text's own script: an English attribution on an Urdu card is laid out
    left to right as English, Urdu words on an English card right to left as Urdu.
    """
    if getattr(font, "layout_engine", None) != ImageFont.Layout.RAQM:
        return {}
    script = script_of(text, language)
    if script != LANGUAGE_SCRIPTS.get(language, "latin"):
        language = SCRIPT_LANGUAGES[script]
    return {"direction": "rtl" if script in RTL_SCRIPTS else "ltr", "language": language}


# Nastaliq sets each word on a slope that climbs from its last letter to its first: its lines
# need about twice the font size or more. Noto Nastaliq Urdu's own metrics give 2.5; this floor
# holds whatever font stands in for it.
MIN_LINE_HEIGHT = {"urdu": 2.2}
# Nastaliq's letters sit small on their em: the attribution is set a size up to read as large
# as in the other scripts (the quote is sized to fit its box anyway).
SCRIPT_SCALE = {"urdu": 1.15}


def _line_height(font: Font, script: str = "latin") -> int:
    size = getattr(font, "size", 10)
    if isinstance(font, ImageFont.FreeTypeFont):
        ascent, descent = font.getmetrics()
        return max(ascent + descent, round(size * MIN_LINE_HEIGHT.get(script, 0)))
    return max(round(size * 1.3), round(size * MIN_LINE_HEIGHT.get(script, 0)))


def _width(text: str, font: Font, options: dict[str, str]) -> float:
    """The room a line takes: its advance, widened by any ink overhanging either end (the
    swash of a Nastaliq letter reaches past its advance)."""
    advance = font.getlength(text, **options)
    if not text or not isinstance(font, ImageFont.FreeTypeFont):
        return advance
    left, _top, right, _bottom = font.getbbox(text, **options)
    return max(advance, right) - min(0, left)


def _longest_prefix(word: str, font: Font, width: int, options: dict[str, str]) -> int:
    """How many of the word's letters fit the width (at least one), by binary search."""
    low, high = 1, len(word) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if _width(word[:middle], font, options) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def _wrap(
    text: str, font: Font, width: int, options: dict[str, str], max_lines: int | None = None
) -> list[str]:
    """Greedy word wrap by measured width; a word longer than a line is split.

    With ``max_lines``, stops once there are more lines than that: the caller knows then that
    the text does not fit, and long text is not measured (shaped) to its end for nothing.
    """
    lines: list[str] = []
    line = ""
    for word in text.split():
        if max_lines is not None and len(lines) > max_lines:
            return lines
        candidate = f"{line} {word}" if line else word
        if _width(candidate, font, options) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        while len(word) > 1 and _width(word, font, options) > width:
            cut = _longest_prefix(word, font, width, options)
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines


def _truncate(lines: list[str], keep: int, font: Font, width: int, options: dict[str, str]) -> list[str]:
    """The first ``keep`` lines, the last ending at a word boundary with an ellipsis."""
    kept = lines[:keep]
    text = kept[-1]
    while text:
        last = text.rstrip(",;:.-–— ") + ELLIPSIS
        if _width(last, font, options) <= width:
            break
        words = text.split()
        # Whole words go first; only a lone word too long for the line loses letters.
        text = " ".join(words[:-1]) if len(words) > 1 else text[:-1]
    kept[-1] = text.rstrip(",;:.-–— ") + ELLIPSIS
    return kept


def _fit(
    text: str, language: str, box: tuple[int, int], sizes: tuple[int, int]
) -> tuple[Font, list[str], bool]:
    """The largest font size whose wrapped lines fit the box (binary search), else truncate."""
    width, height = box
    smallest, largest = sizes
    script = script_of(text, language)

    def layout(size: int) -> tuple[Font, list[str], int]:
        font = font_for(language, True, size, text=text)
        room = max(1, height // _line_height(font, script))  # lines that fit the box
        return font, _wrap(text, font, width, _text_options(font, language, text), room), room

    best = None
    low, high = smallest, largest
    while low <= high:
        size = (low + high) // 2
        font, lines, room = layout(size)
        if len(lines) <= room:
            best, low = (font, lines), size + 1
        else:
            high = size - 1
    if best is not None:
        return best[0], best[1], False
    font, lines, room = layout(smallest)
    return font, _truncate(lines, room, font, width, _text_options(font, language, text)), True


def _ink_box(text: str, font: Font) -> Box:
    """The box the glyphs' ink covers when drawn at (0, 0) with the "la" anchor."""
    right, bottom = (int(value) + 1 for value in font.getbbox(text, anchor="la")[2:])
    canvas = Image.new("L", (right, bottom))
    ImageDraw.Draw(canvas).text((0, 0), text, font=font, fill=255, anchor="la")
    return canvas.getbbox() or (0, 0, 0, 0)


def _draw_line(
    draw: ImageDraw.ImageDraw,
    xy: tuple[int, int],
    line: str,
    font: Font,
    anchor: str,
    options: dict[str, str],
) -> Box:
    """Draw a line aligned at ``xy`` by its anchor and return its ink box. Ink that would
    overhang the aligned edge (the swash of a Nastaliq letter, say) is pulled back inside it."""
    x, y = xy
    box = draw.textbbox((x, y), line, font=font, anchor=anchor, **options)
    shift = min(0, x - box[2]) if anchor.startswith("r") else max(0, x - box[0])
    draw.text((x + shift, y), line, font=font, fill=WHITE, anchor=anchor, **options)
    return (box[0] + shift, box[1], box[2] + shift, box[3])


def draw_share_image(
    *, quote: str, attribution: str, size: tuple[int, int], language: str = "en"
) -> tuple[Image.Image, CardLayout]:
    """The card as a Pillow image, with where its words went."""
    width, height = size
    unit = width / 1200  # designed at 1200 wide: social cards are seen at a phone's width
    rtl = language in RTL_LANGUAGES
    margin = round(56 * unit)
    # Stories: the app's own bars cover the top and bottom of a portrait card.
    safe = round(height * 0.12) if height > width else 0
    image = Image.new("RGB", size, DARK_BLUE)
    draw = ImageDraw.Draw(image)
    start, end = (width - margin, margin) if rtl else (margin, width - margin)
    lead, trail = ("r", "l") if rtl else ("l", "r")

    # Footer: the yellow accent bar, then the campaign and where to go on black.
    footer_height, bar_height = round(104 * unit), round(10 * unit)
    footer_top = height - safe - footer_height
    draw.rectangle((0, footer_top, width, height), fill=BLACK)
    draw.rectangle((0, footer_top - bar_height, width, footer_top - 1), fill=YELLOW)
    middle = footer_top + footer_height // 2
    brand_font = font_for("en", True, round(34 * unit), text=CAMPAIGN)
    draw.text((start, middle), CAMPAIGN, font=brand_font, fill=WHITE, anchor=f"{lead}m")
    url_font = font_for("en", False, round(28 * unit), text=CALL_TO_ACTION)
    draw.text((end, middle), CALL_TO_ACTION, font=url_font, fill=WHITE, anchor=f"{trail}m")

    content_box = (margin, margin + safe, width - margin, footer_top - bar_height - margin)
    content_width, content_height = content_box[2] - content_box[0], content_box[3] - content_box[1]

    # A large opening quotation mark heads the quote: its ink is measured, not its em box.
    mark = "”" if rtl else "“"
    mark_font = font_for("en", True, round(240 * unit), text=mark)
    mark_box = _ink_box(mark, mark_font)
    mark_height = mark_box[3] - mark_box[1] + round(28 * unit)

    attribution_lines: list[str] = []
    attribution_size = round(30 * unit * SCRIPT_SCALE.get(script_of(attribution, language), 1))
    attribution_font = font_for(language, False, attribution_size, text=attribution)
    attribution_options = _text_options(attribution_font, language, attribution)
    attribution_line_height = _line_height(attribution_font, script_of(attribution, language))
    attribution_height = 0
    if attribution:
        attribution_lines = _wrap(f"— {attribution}", attribution_font, content_width, attribution_options)
        if len(attribution_lines) > 2:
            attribution_lines = _truncate(
                attribution_lines, 2, attribution_font, content_width, attribution_options
            )
        attribution_height = round(24 * unit) + len(attribution_lines) * attribution_line_height

    quote_room = content_height - mark_height - attribution_height
    quote_font, quote_lines, truncated = _fit(
        quote, language, (content_width, quote_room), (round(32 * unit), round(80 * unit))
    )
    quote_line_height = _line_height(quote_font, script_of(quote, language))
    quote_height = len(quote_lines) * quote_line_height
    # The mark, quote and attribution as one block, in the middle of the room there is.
    y = content_box[1] + max(0, (quote_room - quote_height) // 2)
    mark_width = mark_box[2] - mark_box[0]
    ink_left = start - mark_width if rtl else start
    draw.text((ink_left - mark_box[0], y - mark_box[1]), mark, font=mark_font, fill=YELLOW, anchor="la")
    boxes = [(ink_left, y, ink_left + mark_width, y + mark_box[3] - mark_box[1])]
    y += mark_height

    anchor = f"{lead}a"
    quote_options = _text_options(quote_font, language, quote)
    for line in quote_lines:
        boxes.append(_draw_line(draw, (start, y), line, quote_font, anchor, quote_options))
        y += quote_line_height
    y += round(24 * unit)
    for line in attribution_lines:
        boxes.append(_draw_line(draw, (start, y), line, attribution_font, anchor, attribution_options))
        y += attribution_line_height

    text_box = (
        min(box[0] for box in boxes),
        min(box[1] for box in boxes),
        max(box[2] for box in boxes),
        max(box[3] for box in boxes),
    )
    size_px = getattr(quote_font, "size", 0)
    layout = CardLayout(int(size_px), tuple(quote_lines), truncated, text_box, content_box)
    return image, layout


def _png(image: Image.Image) -> bytes:
    """PNG with no metadata chunks; down to a palette if it would be too heavy to share."""
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    if buffer.tell() > MAX_BYTES:
        buffer = io.BytesIO()
        image.quantize(256, dither=Image.Dither.NONE).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def render_share_image(*, quote: str, attribution: str, size: tuple[int, int], language: str = "en") -> bytes:
    """The share card as PNG bytes."""
    image, _layout = draw_share_image(
        quote=" ".join(quote.split()), attribution=" ".join(attribution.split()), size=size, language=language
    )
    return _png(image)


def share_alt_text(*, quote: str, attribution: str, language: str, max_length: int = 500) -> str:
    """The card's words, in the story's language, shortened to fit the field if need be."""
    with translation.override(language):
        if attribution:
            template = _(
                'Quote: "%(quote)s" %(attribution)s. Make Things Right. gov.uk/social-housing-complaints'
            )
        else:
            template = _('Quote: "%(quote)s". Make Things Right. gov.uk/social-housing-complaints')
    room = max_length - len(template % {"quote": "", "attribution": attribution})
    quote = Truncator(quote).chars(max(room, 1))
    return (template % {"quote": quote, "attribution": attribution})[:max_length]


def _share_text(page: CaseStudyPage) -> tuple[str, str]:
    quote = " ".join((page.pull_quote or page.summary or "").split())
    return quote, " ".join((page.attribution or "").split())


def share_images_update(page: CaseStudyPage, *, only_if_live: bool = False) -> list[ShareImage]:
    """Make the page's share cards afresh (all sizes), or remove them if it may not have any.

    With ``only_if_live`` (the background task), the cards are stored only if the page is
    still live once its row is locked: it may have been withdrawn while they were drawn.
    """
    quote, attribution = _share_text(page)
    if not (page.share_on_social and quote):
        share_images_delete(page)
        return []
    language = page.story_language or "en"
    # All drawn first: nothing is replaced unless every card could be made.
    cards = {
        name: render_share_image(quote=quote, attribution=attribution, size=size, language=language)
        for name, size in SIZES.items()
    }
    alt_text = share_alt_text(quote=quote, attribution=attribution, language=language)
    image_model = get_image_model()
    made = []
    with transaction.atomic():
        pages = CaseStudyPage.objects.select_for_update().filter(pk=page.pk, live=True)
        still_wanted = not only_if_live or pages.exists()
        share_images_delete(page)
        if not still_wanted:
            return []
        for name, data in cards.items():
            image = image_model(title=f"Share image {page.pk} {name}")
            image.file = ImageFile(io.BytesIO(data), name=f"share-{page.pk}-{name}.png")
            image.save()
            made.append(ShareImage.objects.create(page_id=page.pk, size=name, image=image, alt_text=alt_text))
    return made


def share_images_delete(page: CaseStudyPage) -> int:
    """Delete the page's share cards and their Wagtail images (renditions and files go too)."""
    with transaction.atomic():
        rows = ShareImage.objects.filter(page_id=page.pk)
        image_ids = list(rows.values_list("image_id", flat=True))
        for image in get_image_model().objects.filter(pk__in=image_ids):
            image.delete()  # cascades to the row; Wagtail removes the file on commit
        rows.delete()
    return len(image_ids)
