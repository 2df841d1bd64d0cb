"""The toolkit's PDFs are real documents, and their links say what they are.

Every PDF (poster, landlord briefing, residents' guide, in all seven languages) is text in
its language's script that can be extracted, in logical order; a tagged PDF/UA file with
its language, title and structure (headings, paragraphs, lists); with its fonts embedded;
and no picture of a page. Beside each link the toolkit shows format, size and language.
"""

from __future__ import annotations

import io
import re
import unicodedata
from functools import cache
from html import unescape

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject

from django.core.files.base import ContentFile
from django.utils import translation

from wagtail.documents import get_document_model

from cms_site.demo.documents import KINDS, LANGUAGES, document_html, document_pdf, document_title
from cms_site.documents import document_language_set, document_languages, document_link, document_meta

# The script each language is written in: a Unicode block and one word from its documents.
SCRIPTS = {
    "ar": ((0x0600, 0x06FF), "الشكوى"),
    "ur": ((0x0600, 0x06FF), "شکایت"),
    "bn": ((0x0980, 0x09FF), "অভিযোগ"),
    "pa": ((0x0A00, 0x0A7F), "ਸ਼ਿਕਾਇਤ"),
}
LATIN_WORDS = {"en": "Ombudsman", "pl": "skargi", "ro": "plângere"}
# Share of a document's words found, in order, in its extracted text. Bengali and Gurmukhi
# vowel signs drawn before or around a consonant share glyphs that a PDF's ToUnicode map
# cannot tell apart (WeasyPrint maps each glyph once), so some of their words come out
# with a vowel sign moved; their letters are all there.
WORDS_FOUND = {"bn": 0.3, "pa": 0.6}


@cache
def _pdf(key: str, language: str) -> bytes:
    kind = next(kind for kind in KINDS if kind.key == key)
    return document_pdf(kind, language)


def _reader(key: str, language: str) -> PdfReader:
    return PdfReader(io.BytesIO(_pdf(key, language)))


def _source_words(key: str, language: str) -> list[str]:
    kind = next(kind for kind in KINDS if kind.key == key)
    html = re.sub(r"<style>.*?</style>|<title>.*?</title>", " ", document_html(kind, language), flags=re.S)
    text = unescape(re.sub(r"<[^>]+>", " ", html))
    words = [word.strip(".,:;()،۔।'") for word in text.split()]
    return [word for word in words if len(word) >= 2]


def _structure_types(node, found: set[str]) -> set[str]:
    node = node.get_object()
    if isinstance(node, ArrayObject):
        for child in node:
            _structure_types(child, found)
    elif isinstance(node, DictionaryObject):
        if "/S" in node:
            found.add(str(node["/S"]))
        if "/K" in node:
            _structure_types(node["/K"], found)
    return found


CASES = [(kind.key, language) for language in LANGUAGES for kind in KINDS]


@pytest.mark.parametrize(("key", "language"), CASES)
def test_each_pdf_is_tagged_text_in_its_language(key, language):
    reader = _reader(key, language)
    root = reader.trailer["/Root"]
    assert root["/Lang"] == language
    assert root["/MarkInfo"]["/Marked"] is True or root["/MarkInfo"]["/Marked"] == True  # noqa: E712
    assert "/StructTreeRoot" in root
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    kind = next(kind for kind in KINDS if kind.key == key)
    assert reader.metadata.title == document_title(kind, language)
    types = _structure_types(root["/StructTreeRoot"], set())
    assert {"/H1", "/P", "/L", "/LI"} <= types, types
    assert len(reader.pages) == 1

    page = reader.pages[0]
    xobjects = page["/Resources"].get("/XObject", {})
    assert not [name for name, obj in xobjects.items() if obj.get_object().get("/Subtype") == "/Image"]
    fonts = page["/Resources"]["/Font"]
    assert fonts
    for font in fonts.values():
        font = font.get_object()
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        descriptor = descendant["/FontDescriptor"]
        assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), font["/BaseFont"]
        assert "/ToUnicode" in font

    text = unicodedata.normalize("NFC", page.extract_text())
    assert "gov.uk/social-housing-complaints" in text
    words = [unicodedata.normalize("NFC", word) for word in _source_words(key, language)]
    found = [word for word in words if word in text]
    assert len(found) / len(words) >= WORDS_FOUND.get(language, 0.98), [w for w in words if w not in text]
    if language in SCRIPTS:
        (low, high), _word = SCRIPTS[language]
        letters = [char for char in text if low <= ord(char) <= high]
        assert len(letters) > 150
        source_letters = {char for word in words for char in word if low <= ord(char) <= high}
        # A letter drawn only inside a Bengali or Gurmukhi conjunct can come out as another.
        assert len(source_letters - set(text)) <= (2 if language in WORDS_FOUND else 0), source_letters - set(
            text
        )


@pytest.mark.parametrize("language", ["ar", "ur"])
def test_arabic_script_comes_out_joined_letters_in_logical_order(language):
    """Read back as the letters were written (first letter first), not as drawn right to left."""
    _block, word = SCRIPTS[language]
    text = _reader("guide", language).pages[0].extract_text()
    assert word in text
    assert word[::-1] not in text


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
def test_latin_documents_read_back_word_for_word(language):
    assert LATIN_WORDS[language] in _reader("briefing", language).pages[0].extract_text()


def test_right_to_left_documents_are_set_right_to_left():
    assert 'dir="rtl"' in document_html(KINDS[0], "ar") and 'dir="rtl"' in document_html(KINDS[0], "ur")
    assert 'dir="ltr"' in document_html(KINDS[0], "bn")


def test_a_document_says_what_its_page_says():
    """The poster's words are the toolkit's translations, not a copy of them."""
    from cms_site.demo.locales import page_strings

    heading = page_strings("pl")["It's now easier to make things right"]
    assert heading in _reader("poster", "pl").pages[0].extract_text().replace("\n", " ")


def _document(title: str, name: str, content: bytes, language: str = ""):
    document = get_document_model()(title=title)
    document.file.save(name, ContentFile(content), save=False)
    document._set_document_file_metadata()
    document.save()
    if language:
        document_language_set(document, language)
    return document


@pytest.mark.django_db
def test_link_shows_format_size_and_language():
    document = _document("Plakat", "plakat.pdf", b"%PDF-1.7 " + b"x" * 2048, "pl")
    languages = document_languages([document, None])
    assert languages == {document.pk: "pl"}
    with translation.override("en"):
        assert document_meta(document, "pl") == "PDF, 2.0\xa0KB, Polish"
        link = document_link(document, "pl")
    assert 'hreflang="pl"' in link and 'lang="pl" dir="ltr"' in link and "(PDF, 2.0\xa0KB, Polish)" in link
    with translation.override("pl"):
        link = document_link(document, "pl")
    assert 'hreflang="pl"' in link and ' lang="pl"' not in link


@pytest.mark.django_db
def test_english_document_on_an_arabic_page_is_marked_english():
    document = _document("Poster", "poster.pdf", b"%PDF-1.7 poster", "en")
    with translation.override("ar"):
        link = document_link(document, "en")
    assert 'lang="en" dir="ltr"' in link


@pytest.mark.django_db
def test_document_without_a_language_shows_format_and_size():
    document = _document("Notes", "notes.txt", b"gov.uk/social-housing-complaints")
    assert document_languages([document]) == {}
    with translation.override("en"):
        assert document_link(document, "").count("(TXT, 32\xa0bytes)") == 1


@pytest.mark.django_db
def test_language_must_be_a_site_language():
    document = _document("Notes", "notes.txt", b"notes")
    for hostile in ("", "xx", "en-GB'><script>", "a" * 500):
        with pytest.raises(ValueError):
            document_language_set(document, hostile)


@pytest.mark.parametrize(("key", "language"), CASES)
def test_every_block_carries_its_words_as_actual_text(key, language):
    """Screen readers read /ActualText: each heading, paragraph and list item of the PDF has
    the exact words of its HTML block, in reading order (Bengali and Gurmukhi included,
    whose glyphs alone do not give the words back)."""
    from cms_site.demo.pdf_text import html_blocks, pdf_blocks

    kind = next(kind for kind in KINDS if kind.key == key)
    expected = html_blocks(document_html(kind, language))
    elements = pdf_blocks(_reader(key, language).trailer["/Root"])
    assert len(expected) >= 10
    assert [str(element.get("/ActualText")) for element in elements] == expected


def test_a_pdf_whose_blocks_do_not_match_is_left_as_it_is(caplog):
    from cms_site.demo.pdf_text import actual_text_add

    pdf = _pdf("poster", "en")
    assert actual_text_add(pdf, "<body><p>One paragraph only</p></body>") == pdf
    assert "do not match" in caplog.text


def test_html_blocks_are_the_text_of_headings_paragraphs_and_items():
    from cms_site.demo.pdf_text import html_blocks

    html = "<head><title>T</title></head><body><h1>A <b>b</b></h1><ul><li>one</li><li>two &amp; x</li></ul><p>end</p>"
    assert html_blocks(html) == ["A b", "one", "two & x", "end"]
