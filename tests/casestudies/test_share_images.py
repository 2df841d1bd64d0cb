"""Share cards: drawn to size and within bounds, in either direction, and following publishing."""

from __future__ import annotations

import io
import logging
import struct
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from wagtail.images import get_image_model

from casestudies import share_images
from casestudies.models import ShareImage
from casestudies.pages import QUOTE_MAX_LENGTH
from casestudies.share_images import (
    DARK_BLUE,
    SIZES,
    draw_share_image,
    font_for,
    font_path,
    render_share_image,
    script_of,
    share_images_delete,
)
from tests.factories.pages import case_study_index, publish_case_study

QUOTE = "Once I put it in writing, things moved."
ARABIC_QUOTE = "عندما كتبت الشكوى، تحركت الأمور بسرعة."
LONG_QUOTE = " ".join(["complaint"] * 400)
BACKGROUND = Image.new("RGB", (1, 1), DARK_BLUE).getpixel((0, 0))
INK_SLACK = 2  # a glyph's ink may overhang its origin by a pixel or two


def _png_chunks(data: bytes) -> list[bytes]:
    chunks, offset = [], 8
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset : offset + 8])
        chunks.append(kind)
        offset += 12 + length
    return chunks


def _within(inner: tuple[int, ...], outer: tuple[int, ...]) -> bool:
    return (
        inner[0] >= outer[0] - INK_SLACK
        and inner[1] >= outer[1] - INK_SLACK
        and inner[2] <= outer[2] + INK_SLACK
        and inner[3] <= outer[3] + INK_SLACK
    )


def _background_only(image: Image.Image, box: tuple[int, int, int, int]) -> bool:
    area = image.crop(box)
    return area.getcolors(1) == [(area.width * area.height, BACKGROUND)]


# Drawing


@pytest.mark.parametrize("name", SIZES)
def test_each_size_is_exact_small_png_without_metadata(name):
    data = render_share_image(quote=QUOTE, attribution="A resident in London", size=SIZES[name])

    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG"
    assert image.size == SIZES[name]
    assert len(data) < 400 * 1024
    assert not getattr(image, "text", {})
    assert not {b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"tIME"} & set(_png_chunks(data))


@pytest.mark.parametrize("name", SIZES)
def test_very_long_quote_is_shrunk_then_truncated_within_bounds(name):
    image, layout = draw_share_image(quote=LONG_QUOTE, attribution="x" * 200, size=SIZES[name])

    assert layout.truncated
    assert layout.quote_lines[-1].endswith("…")
    assert layout.quote_lines[-1].removesuffix("…").endswith("complaint")  # cut at a word
    assert _within(layout.text_box, layout.content_box)
    left, top, right, bottom = layout.content_box
    width, height = image.size
    assert _background_only(image, (0, 0, width, top - INK_SLACK))  # top margin
    assert _background_only(image, (0, bottom + INK_SLACK, width, bottom + INK_SLACK + 4))
    assert _background_only(image, (0, top, left - INK_SLACK, bottom))  # side margins
    assert _background_only(image, (right + INK_SLACK, top, width, bottom))


def test_short_quote_is_large_and_whole():
    _image, layout = draw_share_image(quote=QUOTE, attribution="", size=SIZES["square"])

    assert not layout.truncated
    assert " ".join(layout.quote_lines) == QUOTE
    assert layout.quote_size > 60


def test_quote_shrinks_before_it_is_cut():
    medium = "The landlord sent someone within a week and the mould has not come back. " * 3
    _image, layout = draw_share_image(quote=medium.strip(), attribution="", size=SIZES["landscape"])

    assert not layout.truncated
    assert " ".join(layout.quote_lines) == medium.strip()
    assert layout.quote_size < 80


def test_arabic_is_right_aligned():
    for language in ("ar", "ur"):
        _image, layout = draw_share_image(
            quote="تحركت الأمور.", attribution="ساكن في لندن", size=SIZES["landscape"], language=language
        )
        assert _within(layout.text_box, layout.content_box)
        assert abs(layout.text_box[2] - layout.content_box[2]) <= INK_SLACK
        assert layout.text_box[0] > layout.content_box[0] + 100


def test_english_is_left_aligned():
    _image, layout = draw_share_image(quote=QUOTE, attribution="", size=SIZES["landscape"])

    assert abs(layout.text_box[0] - layout.content_box[0]) <= INK_SLACK
    assert layout.text_box[2] < layout.content_box[2] - 100


def test_arabic_renders_as_png():
    data = render_share_image(quote=ARABIC_QUOTE, attribution="", size=SIZES["portrait"], language="ar")

    assert Image.open(io.BytesIO(data)).size == SIZES["portrait"]


@pytest.mark.skipif(not share_images.has_raqm(), reason="Pillow has no libraqm here")
def test_arabic_is_shaped_with_raqm():
    path = font_path("arabic", False)
    assert path is not None
    shaped = ImageFont.truetype(str(path), 48, layout_engine=ImageFont.Layout.RAQM)
    unshaped = ImageFont.truetype(str(path), 48, layout_engine=ImageFont.Layout.BASIC)

    assert shaped.getlength(ARABIC_QUOTE, direction="rtl", language="ar") != unshaped.getlength(ARABIC_QUOTE)


def test_bundled_fonts_are_used_when_built():
    if not (share_images.FONTS_DIR / "NotoSans-Regular.ttf").exists():
        pytest.skip("build/fonts is not built: run bin/build_assets.py")
    font_path.cache_clear()
    try:
        assert font_path("latin", True) == share_images.FONTS_DIR / "NotoSans-Bold.ttf"
        assert font_path("arabic", False) == share_images.FONTS_DIR / "NotoNaskhArabic-Regular.ttf"
    finally:
        font_path.cache_clear()


def test_without_any_font_files_it_still_draws(monkeypatch, tmp_path, caplog):
    monkeypatch.setattr(share_images, "FONTS_DIR", tmp_path)
    monkeypatch.setattr(share_images, "SYSTEM_FONTS_DIR", Path(tmp_path, "none"))
    font_path.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="casestudies.share_images"):
            assert font_path("latin", False) is None
            font = font_for("en", False, 40)
            data = render_share_image(quote=QUOTE, attribution="", size=SIZES["landscape"])
    finally:
        font_path.cache_clear()

    assert font.size == 40
    assert Image.open(io.BytesIO(data)).size == SIZES["landscape"]
    assert "Pillow's default font" in caplog.text


def test_alt_text_has_the_words_and_fits_the_field():
    text = share_images.share_alt_text(quote=QUOTE, attribution="A resident", language="en")
    assert text == (
        'Quote: "Once I put it in writing, things moved." A resident. '
        "Make Things Right. gov.uk/social-housing-complaints"
    )
    long_text = share_images.share_alt_text(quote="a " * 300, attribution="b" * 200, language="en")
    assert len(long_text) <= 500
    assert long_text.endswith("gov.uk/social-housing-complaints")


# Scripts: each drawn in its own font and shaped (joined, conjuncts formed) by libraqm

needs_raqm = pytest.mark.skipif(
    not share_images.has_raqm(),
    reason="Pillow was built without libraqm: Arabic, Urdu, Bengali and Gurmukhi cannot be shaped",
)
# A quote in each language and the letters it must show (Urdu's own letters included).
SCRIPT_QUOTES = {
    "ar": ("أريد أن يعرف الجميع أن الشكوى حق، وأن هناك من يستمع.", "arabic"),
    "ur": ("مجھے لگا کہ میں نے کوئی غلطی کی ہے، ٹوٹی چھت اور گڑبڑ کا ڈر۔", "urdu"),
    "bn": ("আমি চাই সবাই জানুক, অভিযোগ করা মানে নিজের অধিকার চাওয়া। ক্ষতিপূরণ", "bengali"),
    "pa": ("ਮੈਂ ਸੋਚਦੀ ਸੀ ਕਿ ਸ਼ਿਕਾਇਤ ਦਾ ਕੋਈ ਫ਼ਾਇਦਾ ਨਹੀਂ ਹੁੰਦਾ। ਪ੍ਰਬੰਧ", "gurmukhi"),
}
FAMILY_FILES = {
    "arabic": "NotoNaskhArabic",
    "urdu": "NotoNastaliqUrdu",
    "bengali": "NotoSansBengali",
    "gurmukhi": "NotoSansGurmukhi",
}
ZWNJ = "\u200c"  # zero-width non-joiner: each letter in its isolated form
UNMAPPED = "\U0010fffd"  # a private-use code point no font draws: its .notdef glyph


def _raqm_and_basic(script: str, size: int = 48) -> tuple[ImageFont.FreeTypeFont, ImageFont.FreeTypeFont]:
    path = font_path(script, False)
    if path is None:
        pytest.skip(f"no {script} font here: run bin/build_assets.py (or install Debian's fonts-noto-core)")
    return (
        ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.RAQM),
        ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.BASIC),
    )


def _ink(font: ImageFont.FreeTypeFont, text: str, **options: str) -> tuple[tuple[int, int], bytes]:
    """The glyphs' ink as drawn: size and pixels."""
    left, top, right, bottom = font.getbbox(text, **options)
    image = Image.new("L", (max(1, right - left), max(1, bottom - top)))
    ImageDraw.Draw(image).text((-left, -top), text, font=font, fill=255, **options)
    return image.size, image.tobytes()


@needs_raqm
@pytest.mark.parametrize(
    ("script", "language", "text", "most"),
    [
        # Naskh: joined letters lose their isolated forms' bowls and tails.
        ("arabic", "ar", "عندما كتبت الشكوى", 0.9),
        ("arabic", "ar", "الشكوى", 0.9),
        # Nastaliq: joined letters also stack on a slope, so a word is far narrower.
        ("urdu", "ur", "شکایت", 0.7),
        ("urdu", "ur", "مجھے لگا کہ میں نے", 0.7),
    ],
)
def test_arabic_script_letters_join(script, language, text, most):
    shaped, basic = _raqm_and_basic(script)
    options = {"direction": "rtl", "language": language}

    joined = shaped.getlength(text, **options)
    isolated = shaped.getlength(ZWNJ.join(text), **options)  # joining blocked between letters
    unshaped = basic.getlength(text)  # no shaping at all: the code points' nominal glyphs

    assert joined < isolated * most, (joined, isolated)
    assert joined < unshaped * most, (joined, unshaped)


@needs_raqm
@pytest.mark.parametrize(
    ("script", "language", "conjunct", "consonants"),
    [
        ("bengali", "bn", "ক্ষ", "কষ"),  # ka + virama + ssa: one conjunct glyph
        ("bengali", "bn", "ন্দ্র", "নদর"),  # na + virama + da + virama + ra: nda with ra below
        ("gurmukhi", "pa", "ਪ੍ਰ", "ਪਰ"),  # pa with ra subjoined
        ("gurmukhi", "pa", "ਸ੍ਵ", "ਸਵ"),  # sa with va subjoined
    ],
)
def test_indic_conjuncts_form_one_cluster(script, language, conjunct, consonants):
    shaped, basic = _raqm_and_basic(script)
    options = {"direction": "ltr", "language": language}

    cluster = shaped.getlength(conjunct, **options)
    apart = sum(shaped.getlength(letter, **options) for letter in consonants)

    # Shaped, the consonants and viramas fuse into one cluster (a ligature, or letters stacked
    # below); laid out without shaping they stand side by side, each virama a visible mark.
    assert cluster < apart * 0.75, (cluster, apart)
    assert cluster < basic.getlength(conjunct) * 0.75
    assert _ink(shaped, conjunct, **options) != _ink(shaped, ZWNJ.join(conjunct), **options)


@needs_raqm
@pytest.mark.parametrize("language", SCRIPT_QUOTES)
def test_each_script_has_a_font_that_covers_it(language):
    quote, script = SCRIPT_QUOTES[language]
    assert script_of(quote, language) == script
    font = font_for(language, True, 48, text=quote)
    assert isinstance(font, ImageFont.FreeTypeFont)
    options = {"direction": "rtl" if language in ("ar", "ur") else "ltr", "language": language}

    missing = _ink(font, UNMAPPED, **options)
    letters = {char for char in quote if char.isalpha()}
    assert letters
    drawn_as_missing = sorted(char for char in letters if _ink(font, char, **options) == missing)
    assert not drawn_as_missing, f"{script} letters drawn as .notdef boxes: {drawn_as_missing}"
    assert font.getbbox(quote, **options) != font.getbbox(UNMAPPED * len(quote), **options)


def test_urdu_is_nastaliq_and_arabic_is_naskh():
    assert script_of("تحركت الأمور", "ar") == "arabic"
    assert script_of("تحركت الأمور", "ur") == "urdu"
    assert script_of("مجھے کسی نے بتایا ہی نہیں تھا۔", "en") == "urdu"  # Urdu's own letters
    assert script_of("A tenant in Yorkshire", "ur") == "latin"  # an English attribution
    assert script_of("2024", "ur") == "urdu"  # no letters: the language's script
    assert script_of("ক্ষতিপূরণ", "en") == "bengali"
    assert script_of("ਪ੍ਰਬੰਧ", "en") == "gurmukhi"


@needs_raqm
def test_text_options_follow_the_texts_own_script():
    font = font_for("ur", False, 30, text="ایک کرایہ دار")

    assert share_images._text_options(font, "ur", "ایک کرایہ دار") == {"direction": "rtl", "language": "ur"}
    assert share_images._text_options(font, "ur", "A tenant") == {"direction": "ltr", "language": "en"}
    assert share_images._text_options(font, "en", "ক্ষতিপূরণ") == {"direction": "ltr", "language": "bn"}


def test_nastaliq_lines_get_room_for_their_slope():
    font = font_for("ur", True, 60, text="شکایت")

    assert share_images._line_height(font, "urdu") >= 60 * 2.2
    assert share_images._line_height(font, "latin") >= 60


@needs_raqm
@pytest.mark.parametrize("language", SCRIPT_QUOTES)
def test_each_script_is_drawn_with_its_bundled_font(language, monkeypatch):
    quote, script = SCRIPT_QUOTES[language]
    family = FAMILY_FILES[script]
    if not (share_images.FONTS_DIR / f"{family}-Bold.ttf").exists():
        pytest.skip("build/fonts is not built: run bin/build_assets.py")
    read = []
    real_font_bytes = share_images._font_bytes

    def font_bytes(path):
        read.append(path)
        return real_font_bytes(path)

    def no_default(*args, **kwargs):
        raise AssertionError("fell back to Pillow's default font")

    monkeypatch.setattr(share_images, "_font_bytes", font_bytes)
    monkeypatch.setattr(share_images.ImageFont, "load_default", no_default)
    font_path.cache_clear()
    try:
        for name, size in SIZES.items():
            image, layout = draw_share_image(
                quote=quote, attribution=quote[:12], size=size, language=language
            )
            assert _within(layout.text_box, layout.content_box), name
            assert not layout.truncated
            assert " ".join(layout.quote_lines) == quote
        data = render_share_image(quote=quote, attribution="", size=SIZES["landscape"], language=language)
    finally:
        font_path.cache_clear()

    assert Image.open(io.BytesIO(data)).size == SIZES["landscape"]
    assert share_images.FONTS_DIR / f"{family}-Bold.ttf" in read  # the quote
    assert share_images.FONTS_DIR / f"{family}-Regular.ttf" in read  # the attribution
    assert all(path.parent == share_images.FONTS_DIR for path in read)


@needs_raqm
@pytest.mark.parametrize("language", SCRIPT_QUOTES)
@pytest.mark.parametrize("name", SIZES)
def test_longest_quotes_in_each_script_stay_within_bounds(language, name):
    quote, _script = SCRIPT_QUOTES[language]
    longest = " ".join([quote] * 10)[:QUOTE_MAX_LENGTH].rsplit(" ", 1)[0]
    image, layout = draw_share_image(quote=longest, attribution=quote, size=SIZES[name], language=language)

    # Ink that overhangs a line's ends (Nastaliq's swashes) stays inside the margins too.
    assert _within(layout.text_box, layout.content_box)
    left, top, right, bottom = layout.content_box
    assert _background_only(image, (0, top, left - INK_SLACK, bottom))  # side margins
    assert _background_only(image, (right + INK_SLACK, top, image.width, bottom))


@needs_raqm
def test_a_long_urdu_quote_is_cut_to_fit_without_shaping_all_of_it():
    quote, _script = SCRIPT_QUOTES["ur"]
    _image, layout = draw_share_image(
        quote=" ".join([quote] * 60), attribution="", size=SIZES["landscape"], language="ur"
    )

    assert layout.truncated
    assert layout.quote_lines[-1].endswith("…")
    assert _within(layout.text_box, layout.content_box)


# Publishing


@pytest.fixture
def index(home_page):
    return case_study_index(home_page)


def _images(page) -> dict[str, ShareImage]:
    return {row.size: row for row in ShareImage.objects.filter(page=page).select_related("image")}


@pytest.mark.django_db
def test_publishing_with_consent_makes_three_cards(index):
    page = publish_case_study(index, share_on_social=True, attribution="A resident in London")

    rows = _images(page)
    assert set(rows) == set(SIZES)
    for name, row in rows.items():
        assert (row.image.width, row.image.height) == SIZES[name]
        assert row.image.title == f"Share image {page.pk} {name}"
        assert row.image.file.name.endswith(".png")
        assert f"share-{page.pk}-{name}" in row.image.file.name
        assert row.alt_text == (
            f'Quote: "{QUOTE}" A resident in London. Make Things Right. gov.uk/social-housing-complaints'
        )


@pytest.mark.django_db
def test_summary_stands_in_for_a_missing_quote(index):
    page = publish_case_study(index, share_on_social=True, pull_quote="")

    row = _images(page)["square"]
    assert page.summary in row.alt_text


@pytest.mark.django_db
def test_no_consent_no_cards(index):
    page = publish_case_study(index, share_on_social=False)

    assert not ShareImage.objects.filter(page=page).exists()


@pytest.mark.django_db
def test_republishing_replaces_the_cards(index, django_capture_on_commit_callbacks):
    page = publish_case_study(index, share_on_social=True)
    old = {row.image_id: row.image.file.path for row in _images(page).values()}

    page.pull_quote = "After the Ombudsman looked at it, the repairs were done."
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()

    rows = _images(page)
    assert len(rows) == 3
    assert not get_image_model().objects.filter(pk__in=old).exists()
    assert not set(old) & {row.image_id for row in rows.values()}
    assert all("After the Ombudsman" in row.alt_text for row in rows.values())
    assert not any(Path(path).exists() for path in old.values())


@pytest.mark.django_db
def test_consent_withdrawn_before_republishing_removes_the_cards(index):
    page = publish_case_study(index, share_on_social=True)

    page.share_on_social = False
    page.save_revision().publish()

    assert not ShareImage.objects.filter(page=page).exists()


@pytest.mark.django_db
def test_unpublishing_deletes_rows_images_and_files(index, django_capture_on_commit_callbacks):
    page = publish_case_study(index, share_on_social=True)
    old = {row.image_id: row.image.file.path for row in _images(page).values()}
    assert all(Path(path).exists() for path in old.values())

    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()

    assert not ShareImage.objects.filter(page=page).exists()
    assert not get_image_model().objects.filter(pk__in=old).exists()
    assert not any(Path(path).exists() for path in old.values())


@pytest.mark.django_db
def test_deleting_the_page_deletes_the_images(index):
    page = publish_case_study(index, share_on_social=True)
    image_ids = [row.image_id for row in _images(page).values()]

    page.delete()

    assert not get_image_model().objects.filter(pk__in=image_ids).exists()


@pytest.mark.django_db
def test_delete_counts_what_it_removed(index):
    page = publish_case_study(index, share_on_social=True)

    assert share_images_delete(page) == 3
    assert share_images_delete(page) == 0


@pytest.mark.django_db
def test_a_failing_renderer_does_not_stop_publishing(index, monkeypatch, caplog):
    page = publish_case_study(index, share_on_social=True)
    secret = "words only the storyteller said"

    def broken(**kwargs):
        raise ValueError(kwargs["quote"])

    monkeypatch.setattr(share_images, "render_share_image", broken)
    page.pull_quote = secret
    with caplog.at_level(logging.ERROR, logger="casestudies.handlers"):
        page.save_revision().publish()

    page.refresh_from_db()
    assert page.live
    assert page.pull_quote == secret
    assert not ShareImage.objects.filter(page=page).exists()  # the old quote's cards are gone too
    assert "ValueError" in caplog.text
    assert secret not in caplog.text
