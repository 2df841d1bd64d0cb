"""The toolkit downloads, made at run time as Wagtail documents (and the poster as an image).

The PDFs (poster, landlord briefing, residents' guide) are tagged, text PDFs in each
language, made by documents.py; the poster's picture on the page is drawn with Pillow.
The repository holds no binaries. Looked up before they are made, so a second run reuses
what the first made.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile

from wagtail.documents import get_document_model
from wagtail.documents.models import AbstractDocument
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage

from .documents import documents_ensure

CALL_TO_ACTION = "gov.uk/social-housing-complaints"
A4 = (1240, 1754)  # A4 at 150 dpi
GREEN = (0, 112, 60)
INK = (11, 12, 12)
WHITE = (255, 255, 255)
FONT_DIR = Path("/usr/share/fonts/truetype/noto")

POSTER_IMAGE_TITLE = "Make Things Right poster"
SOCIAL_TITLE = "Social media posts"
RADIO_TITLE = "Radio script (30 seconds)"

SOCIAL_POSTS = """\
Make Things Right: ready-to-use social media posts
Copy, adapt and share. Please always include the link.

1. Everyone deserves a safe, secure and well-maintained home. Reported a problem that still isn't fixed? It's now easier to make things right. Find out how to complain: gov.uk/social-housing-complaints #MakeThingsRight

2. Complain to your landlord first. They should reply within 10 working days. Still not sorted? Ask them to look again: they have 20 working days. Then you can go to the Housing Ombudsman. gov.uk/social-housing-complaints

3. You no longer need an MP, a councillor or a tenant panel to take your housing complaint to the Housing Ombudsman, and there's no 8-week wait. It's now easier to make things right. gov.uk/social-housing-complaints

4. Mould in the bedroom? A leak that keeps coming back? No heating? Tell your landlord. If it isn't put right, make a complaint. Here's how: gov.uk/social-housing-complaints #MakeThingsRight

5. Landlords: complaints help you put things right and spot problems early. Make your complaints process easy to find and answer on time. #MakeThingsRight

6. Help is available in Arabic, Bengali, Polish, Punjabi, Romanian and Urdu. Share it with a neighbour who might need it. gov.uk/social-housing-complaints
"""

RADIO_SCRIPT = """\
Make Things Right: radio script (30 seconds)

[SOUND: a steady drip into a bucket]

RESIDENT: That leak's been there since the autumn. I've told them three times.

FRIEND: Have you made a proper complaint?

RESIDENT: What's the point? Don't you need your MP to take it further?

FRIEND: Not any more. Complain to your landlord, give them the chance to fix it, and if you're still not happy you can go straight to the Housing Ombudsman.

[SOUND: the dripping stops]

VOICEOVER: Everyone deserves a safe, secure and well-maintained home. If you've reported a problem and it hasn't been fixed, it's now easier to make things right. Search "social housing complaints" or visit gov.uk/social-housing-complaints.

(Approx. 75 words, 30 seconds.)
"""


@dataclass(frozen=True)
class DemoResources:
    poster: AbstractDocument
    poster_image: AbstractImage
    social: AbstractDocument
    radio: AbstractDocument
    briefing: AbstractDocument
    guide: AbstractDocument


def _font(size: int, bold: bool = False) -> ImageFont.ImageFont:
    """Noto Sans from the build's fonts, else the system's, else Pillow's own."""
    name = "NotoSans-Bold.ttf" if bold else "NotoSans-Regular.ttf"
    for folder in (Path(settings.BASE_DIR) / "build" / "fonts", FONT_DIR):
        if (folder / name).exists():
            return ImageFont.truetype(str(folder / name), size)
    return ImageFont.load_default(size)


def _lines(draw: ImageDraw.ImageDraw, text: str, font, width: int) -> list[str]:
    """Words wrapped to fit ``width`` pixels."""
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and draw.textlength(candidate, font=font) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines


def _wrapped(draw: ImageDraw.ImageDraw, xy: tuple[int, int], text: str, font, width: int, fill) -> int:
    """Draw text wrapped to ``width`` pixels; return the y below it."""
    x, y = xy
    line_height = int(getattr(font, "size", 16) * 1.4)
    for line in _lines(draw, text, font, width):
        draw.text((x, y), line, font=font, fill=fill)
        y += line_height
    return y


def poster_image() -> Image.Image:
    """A4 portrait: the campaign phrase, the four steps and the web address."""
    image = Image.new("RGB", A4, WHITE)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, A4[0], 560), fill=GREEN)
    draw.text((90, 90), "MAKE THINGS RIGHT", font=_font(56, bold=True), fill=WHITE)
    _wrapped(draw, (90, 200), "It's now easier to make things right", _font(92, bold=True), 1060, WHITE)
    y = _wrapped(
        draw,
        (90, 640),
        "Everyone deserves a safe, secure and well-maintained home. If you have reported a "
        "problem and it has not been fixed, you can complain.",
        _font(40),
        1060,
        INK,
    )
    steps = [
        "Tell your landlord",
        "Complain: reply in 10 working days",
        "Ask again: reply in 20 working days",
        "Go to the Housing Ombudsman",
    ]
    y += 40
    for number, step in enumerate(steps, start=1):
        draw.ellipse((90, y, 160, y + 70), fill=GREEN)
        draw.text((112, y + 6), str(number), font=_font(46, bold=True), fill=WHITE)
        draw.text((190, y + 8), step, font=_font(44), fill=INK)
        y += 110
    draw.text((90, y + 20), "No MP, councillor or tenant panel needed first.", font=_font(36), fill=INK)
    draw.rectangle((0, A4[1] - 260, A4[0], A4[1]), fill=INK)
    draw.text((90, A4[1] - 220), "Find out how to complain", font=_font(44), fill=WHITE)
    draw.text((90, A4[1] - 150), CALL_TO_ACTION, font=_font(64, bold=True), fill=WHITE)
    return image


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _document(title: str, filename: str, make: Callable[[], bytes]) -> AbstractDocument:
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        document.file.save(filename, ContentFile(make()), save=False)
        document.save()
    return document


def _image(title: str, filename: str, make: Callable[[], bytes]) -> AbstractImage:
    Image_ = get_image_model()
    image = Image_.objects.filter(title=title).first()
    if image is None:
        image = Image_(title=title, file=ImageFile(io.BytesIO(make()), name=filename))
        image.save()
    return image


def resources_ensure() -> DemoResources:
    """Every demo download, made once; the PDFs in English (documents.py makes the others)."""
    pdfs = documents_ensure(settings.LANGUAGE_CODE)
    return DemoResources(
        poster=pdfs["poster"],
        poster_image=_image(
            POSTER_IMAGE_TITLE,
            "make-things-right-poster.png",
            lambda: _png(poster_image().resize((620, 877))),
        ),
        social=_document(SOCIAL_TITLE, "make-things-right-social-posts.txt", SOCIAL_POSTS.encode),
        radio=_document(RADIO_TITLE, "make-things-right-radio-script.txt", RADIO_SCRIPT.encode),
        briefing=pdfs["briefing"],
        guide=pdfs["guide"],
    )
