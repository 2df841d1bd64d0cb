"""The toolkit's text downloads (social media posts, radio script) in all seven languages.

English is in resources.py; each language's lines are in ``translations/files_<code>.json``
(the documents' titles, and each text's non-empty lines in order; drafts for professional
review). ``text_file(kind, language)`` gives a file's title, name and content as plain
data; ``text_documents_ensure`` makes them Wagtail documents with their language recorded,
and ``text_files_translate`` points each translated toolkit at its language's files.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.documents.models import AbstractDocument
from wagtail.models import Page

from cms_site.documents import document_language_set

from .document_choosers import chooser_overrides_translate
from .resources import RADIO_SCRIPT, RADIO_TITLE, SOCIAL_POSTS, SOCIAL_TITLE

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
ENGLISH = {"social": (SOCIAL_TITLE, SOCIAL_POSTS), "radio": (RADIO_TITLE, RADIO_SCRIPT)}
FILE_STEMS = {"social": "make-things-right-social-posts", "radio": "make-things-right-radio-script"}


@dataclass(frozen=True)
class TextFile:
    kind: str  # social or radio
    language: str
    title: str
    filename: str
    content: str


@cache
def translations(language: str) -> dict:
    path = TRANSLATIONS_DIR / f"files_{language}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def english_lines(kind: str) -> list[str]:
    return [line for line in ENGLISH[kind][1].splitlines() if line.strip()]


def _content(kind: str, language: str) -> str:
    """The text in ``language``: each non-empty English line replaced by its translation,
    blank lines kept; English if the translation does not have as many lines."""
    english = ENGLISH[kind][1]
    lines = translations(language).get(kind) or []
    if len(lines) != len(english_lines(kind)):
        return english
    translated = iter(lines)
    return "\n".join(next(translated) if line.strip() else line for line in english.splitlines()) + "\n"


def filename(kind: str, language: str) -> str:
    """``make-things-right-social-posts.txt``; ``...-ar.txt`` in Arabic."""
    suffix = "" if language == settings.LANGUAGE_CODE else f"-{language}"
    return f"{FILE_STEMS[kind]}{suffix}.txt"


def text_file(kind: str, language: str) -> TextFile:
    title = translations(language).get(f"title.{kind}") or ENGLISH[kind][0]
    return TextFile(kind, language, title, filename(kind, language), _content(kind, language))


def text_document_ensure(kind: str, language: str) -> AbstractDocument:
    """The Wagtail document of ``kind`` in ``language``, made once (English's is the one
    resources.py made, found by title, given its language)."""
    Document = get_document_model()
    file = text_file(kind, language)
    stem = filename(kind, language).removesuffix(".txt")
    document = Document.objects.filter(
        language_record__language=language, file__startswith=f"documents/{stem}"
    ).first()
    if document is None and language == settings.LANGUAGE_CODE:
        document = Document.objects.filter(title=ENGLISH[kind][0], language_record__isnull=True).first()
    if document is None:
        document = Document(title=file.title)
        document.file.save(file.filename, ContentFile(file.content.encode()), save=False)
        document.save()
    elif document.title != file.title:
        document.title = file.title
        document.save(update_fields=["title"])
    document_language_set(document, language)
    return document


def text_documents_ensure(language: str) -> dict[str, AbstractDocument]:
    return {kind: text_document_ensure(kind, language) for kind in ENGLISH}


def text_files_translate(pages: list[Page]) -> int:
    """Point each translation of these English pages at its own language's text files."""
    return chooser_overrides_translate(pages, text_documents_ensure)
