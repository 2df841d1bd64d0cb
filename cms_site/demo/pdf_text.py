"""Each block of a tagged PDF carries its words as /ActualText.

A PDF keeps text as glyphs, and a reader gets the characters back through the font's
ToUnicode map, one entry per glyph. Bengali and Gurmukhi vowel signs drawn before or
around their consonant, and conjuncts drawn as one glyph, do not map back in reading
order, so a screen reader or a copy from a toolkit PDF would read some words with a vowel
moved. /ActualText on a structure element (PDF 1.5, ISO 14289 7.2) gives assistive
technology the words themselves: every heading, paragraph and list item of the document
gets the text of its HTML block.
"""

from __future__ import annotations

import io
import logging
import unicodedata
from html.parser import HTMLParser

logger = logging.getLogger(__name__)

BLOCK_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li")
# The structure types WeasyPrint writes for those HTML elements (a list item's words are in
# its LBody, its bullet in Lbl).
BLOCK_TYPES = ("/H1", "/H2", "/H3", "/H4", "/H5", "/H6", "/P", "/LBody")


class _Blocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._open: list[str] | None = None
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            if self._open is None:
                self._open, self._depth = [], 0
            self._depth += 1

    def handle_endtag(self, tag):
        if tag in BLOCK_TAGS and self._open is not None:
            self._depth -= 1
            if self._depth == 0:
                self.blocks.append(" ".join("".join(self._open).split()))
                self._open = None

    def handle_data(self, data):
        if self._open is not None:
            self._open.append(data)


def html_blocks(html: str) -> list[str]:
    """The text of each heading, paragraph and list item of ``html``, in order (NFC)."""
    parser = _Blocks()
    parser.feed(html[html.find("<body") :])
    parser.close()
    return [unicodedata.normalize("NFC", text) for text in parser.blocks]


def pdf_blocks(catalog) -> list:
    """The structure elements of the blocks under a PDF's catalog (``reader.trailer["/Root"]``,
    ``writer.root_object``), in reading order (depth first)."""
    found = []

    def walk(node) -> None:
        node = node.get_object()
        if not hasattr(node, "get") or "/S" not in node:
            return
        if node["/S"] in BLOCK_TYPES:
            found.append(node)
        kids = node.get("/K")
        if kids is None:
            return
        for kid in kids if isinstance(kids, list) else [kids]:
            if hasattr(kid, "get_object"):
                walk(kid)

    root = catalog.get("/StructTreeRoot")
    if root is None:
        return found
    kids = root.get_object().get("/K")
    for kid in kids if isinstance(kids, list) else [kids]:
        walk(kid)
    return found


def actual_text_add(pdf: bytes, html: str) -> bytes:
    """``pdf`` with each block's words as /ActualText; unchanged (and logged) when its
    blocks do not line up one for one with the HTML it was made from."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    elements = pdf_blocks(writer.root_object)
    texts = html_blocks(html)
    if len(elements) != len(texts):
        logger.warning(
            "PDF blocks (%d) do not match the HTML's (%d): no ActualText", len(elements), len(texts)
        )
        return pdf
    for element, text in zip(elements, texts, strict=True):
        element[NameObject("/ActualText")] = TextStringObject(text)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
