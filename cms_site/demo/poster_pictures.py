"""The poster's picture on each language's toolkit page, with the poster's words in that language.

The English picture is resources.poster_image(); the others are drawn here the same way,
in the language's script (Pillow with Raqm shapes Arabic, Urdu, Bengali and Gurmukhi;
right-to-left languages are set from the right), with the words the toolkit's own
translations give for the campaign phrase, the home page's introduction and steps, and the
call to action. Each translated toolkit's image block is pointed at its language's picture
(a wagtail-localize override, as for the documents); its alternative text is translated
with the page.
"""

from __future__ import annotations

import io
import re

from PIL import Image, ImageDraw, ImageFont

from django.core.files.images import ImageFile
from django.utils.translation import get_language_info

from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page

from .document_choosers import chooser_overrides_translate
from .documents import LATIN_FONT, SCRIPT_FONTS, font_file, home_steps, text
from .home import HOME_INTRODUCTION
from .resources import A4, CALL_TO_ACTION, GREEN, INK, POSTER_IMAGE_TITLE, WHITE

HEADLINE = "It's now easier to make things right"
NOTE = "Residents no longer need an MP, a councillor or a tenant panel to refer them, and no longer wait 8 weeks."
FIND_OUT = "Find out how to complain"
SIZE = (620, 877)  # as the English picture on the page


def _font(language: str, size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    stem = SCRIPT_FONTS.get(language, LATIN_FONT)[1]
    path = font_file(stem, "Bold" if bold else "Regular")
    return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.RAQM)


def _step_lead(step_html: str) -> str:
    """A home page step's bold lead ("Tell your landlord"), without its full stop."""
    match = re.search(r"<b>(.*?)</b>", step_html)
    lead = match.group(1) if match else step_html
    # Without its bracketed stage number, as on the English poster (and Naskh has no brackets).
    return re.sub(r"\s*\([^)]*\)", "", lead).strip().rstrip(".।۔")


class _Writer:
    """Draws wrapped lines from the left or, in right-to-left languages, from the right."""

    def __init__(self, image: Image.Image, language: str):
        self.draw = ImageDraw.Draw(image)
        self.language = language
        self.rtl = bool(get_language_info(language)["bidi"])
        self.direction = "rtl" if self.rtl else "ltr"

    def width(self, words: str, font) -> float:
        return self.draw.textlength(words, font=font, direction=self.direction, language=self.language)

    def lines(self, words: str, font, width: int) -> list[str]:
        lines: list[str] = []
        for word in words.split():
            candidate = f"{lines[-1]} {word}" if lines else word
            if lines and self.width(candidate, font) <= width:
                lines[-1] = candidate
            else:
                lines.append(word)
        return lines

    def write(self, left: int, right: int, y: int, words: str, font, fill, spacing: float = 1.5) -> int:
        """Wrapped between ``left`` and ``right``; returns the y below."""
        for line in self.lines(words, font, right - left):
            x = right - self.width(line, font) if self.rtl else left
            self.draw.text(
                (x, y), line, font=font, fill=fill, direction=self.direction, language=self.language
            )
            y += int(font.size * spacing)
        return y


def poster_picture(language: str) -> Image.Image:
    """The A4 poster in ``language``, laid out as resources.poster_image()."""
    image = Image.new("RGB", A4, WHITE)
    writer = _Writer(image, language)
    draw = writer.draw
    left, right = 90, A4[0] - 90
    draw.rectangle((0, 0, A4[0], 600), fill=GREEN)
    campaign = ImageFont.truetype(str(font_file(LATIN_FONT[1], "Bold")), 56)
    campaign_x = right - draw.textlength("MAKE THINGS RIGHT", font=campaign) if writer.rtl else left
    draw.text((campaign_x, 90), "MAKE THINGS RIGHT", font=campaign, fill=WHITE)
    writer.write(left, right, 200, text(language, HEADLINE), _font(language, 80, bold=True), WHITE, 1.45)
    y = writer.write(left, right, 660, text(language, HOME_INTRODUCTION), _font(language, 36), INK) + 30
    step_font = _font(language, 40)
    for number, step in enumerate(home_steps(), start=1):
        circle = (right - 70, y, right, y + 70) if writer.rtl else (left, y, left + 70, y + 70)
        draw.ellipse(circle, fill=GREEN)
        digit = ImageFont.truetype(str(font_file(LATIN_FONT[1], "Bold")), 46)
        draw.text((circle[0] + 22, y + 6), str(number), font=digit, fill=WHITE)
        inner = (left, right - 100) if writer.rtl else (left + 100, right)
        y = max(writer.write(*inner, y + 6, _step_lead(text(language, step)), step_font, INK), y + 80) + 24
    writer.write(left, right, y + 10, text(language, NOTE), _font(language, 32), INK)
    draw.rectangle((0, A4[1] - 260, A4[0], A4[1]), fill=INK)
    writer.write(left, right, A4[1] - 230, text(language, FIND_OUT), _font(language, 44), WHITE)
    address = ImageFont.truetype(str(font_file(LATIN_FONT[1], "Bold")), 64)
    address_x = right - draw.textlength(CALL_TO_ACTION, font=address) if writer.rtl else left
    draw.text((address_x, A4[1] - 140), CALL_TO_ACTION, font=address, fill=WHITE)
    return image


def poster_picture_ensure(language: str) -> AbstractImage:
    """The Wagtail image of the poster in ``language``, made once."""
    Image_ = get_image_model()
    title = f"{POSTER_IMAGE_TITLE} ({language})"
    picture = Image_.objects.filter(title=title).first()
    if picture is None:
        buffer = io.BytesIO()
        poster_picture(language).resize(SIZE).save(buffer, format="PNG", optimize=True)
        picture = Image_(title=title, file=ImageFile(buffer, name=f"make-things-right-poster-{language}.png"))
        picture.save()
    return picture


def _posters_in(language: str) -> dict[str, AbstractImage]:
    """The poster's picture in ``language``: the English one is the image editors chose."""
    if language == Locale.get_default().language_code:
        english = get_image_model().objects.filter(title=POSTER_IMAGE_TITLE).first()
        return {"poster": english} if english is not None else {}
    return {"poster": poster_picture_ensure(language)}


def poster_pictures_translate(pages: list[Page]) -> int:
    """Point each translation of these English pages' poster picture at its language's
    (overrides already there are left as editors left them); returns the pages changed."""
    return chooser_overrides_translate(pages, _posters_in, chooser="image")
