"""Find English on a page in another language that is not marked ``lang="en"``.

Text is read as a reader meets it: text nodes, and the attributes read aloud or shown
(``alt``, ``aria-label``, ``title``, ``placeholder``, ``content`` of the page's
description), outside any element marked ``lang="en"`` (or inside one marked with the
page's language again) and outside the language switcher, whose labels carry their own
``lang``. Runs of three or more consecutive words from an English word list built from
the site's own English (templates, message IDs, demo content) are reported; numbers sit
inside a run without breaking it, and web addresses, email addresses and the campaign's
name are left out. For Polish and Romanian, words that are also words of that language
(found in its own translations) are not counted as English.
"""

from __future__ import annotations

import json
import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

from django.conf import settings

BASE = Path(settings.BASE_DIR)
MIN_RUN = 3
# Names kept in English on every page (the campaign's own name is never translated).
ALLOWED = ("Make Things Right",)
SKIPPED_TAGS = {"script", "style", "template", "svg"}
VOID_TAGS = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}
INLINE_TAGS = {
    "a",
    "abbr",
    "b",
    "bdi",
    "bdo",
    "cite",
    "code",
    "em",
    "i",
    "kbd",
    "q",
    "small",
    "span",
    "strong",
}
READ_ATTRIBUTES = ("alt", "aria-label", "title", "placeholder")
ADDRESS = re.compile(
    r"https?://\S+|\S+@\S+|\b[\w.-]+\.(?:uk|com|org|net|example)(?:/[\w/.-]*)?|/[\w-]+(?:/[\w-]*)+",
    re.IGNORECASE,
)
TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d[\d,.:]*")
ASCII_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")


def _words(text: str) -> set[str]:
    return {word.lower().replace("’", "'") for word in ASCII_WORD.findall(text)}


def _english_sources() -> list[str]:
    texts: list[str] = []
    catalogue = BASE / "locale" / "ar" / "LC_MESSAGES" / "django.po"
    texts += re.findall(r'^msgid(?:_plural)? "(.*)"$', catalogue.read_text(encoding="utf-8"), re.MULTILINE)
    for folder in ("cms_site/demo", "cms_site/templates", "casestudies/templates"):
        for path in (BASE / folder).rglob("*"):
            if path.suffix in (".py", ".html") and path.name != "stories_languages.py":
                texts.append(path.read_text(encoding="utf-8"))
    texts += json.loads((BASE / "cms_site/demo/translations/stories_en.json").read_text(encoding="utf-8"))
    return [json.dumps(text) if not isinstance(text, str) else text for text in texts]


def _own_sources(language: str) -> list[str]:
    texts: list[str] = []
    catalogue = BASE / "locale" / language / "LC_MESSAGES" / "django.po"
    texts += re.findall(r'^msgstr(?:\[\d\])? "(.*)"$', catalogue.read_text(encoding="utf-8"), re.MULTILINE)
    strings = BASE / "cms_site" / "demo" / "translations" / f"{language}.json"
    texts += json.loads(strings.read_text(encoding="utf-8")).values()
    return texts


def _own_words(language: str) -> set[str]:
    """Latin-script words used at least twice in the language's own translations, outside
    parentheses (where a translation may give an English name)."""
    counts: dict[str, int] = {}
    for text in _own_sources(language):
        for allowed in ALLOWED:
            text = text.replace(allowed, " ")
        text = re.sub(r"<[^>]+>|%\(\w+\)[sd]|\{\w*\}|\([^)]*\)", " ", ADDRESS.sub(" ", text))
        for token in TOKEN.findall(text):
            if ASCII_WORD.fullmatch(token):
                counts[token.lower()] = counts.get(token.lower(), 0) + 1
    return {word for word, count in counts.items() if count >= 2}


@cache
def english_words(language: str) -> frozenset[str]:
    """English words, less those that are also words of ``language`` (for Latin-script languages)."""
    words = set().union(*(_words(text) for text in _english_sources()))
    if language in ("pl", "ro"):
        words -= _own_words(language)
    return frozenset(words)


def english_runs(text: str, language: str) -> list[str]:
    """Runs of at least MIN_RUN English words in ``text``."""
    for allowed in ALLOWED:
        text = text.replace(allowed, " ")
    text = ADDRESS.sub(" ", text)
    words = english_words(language)
    runs: list[str] = []
    run: list[str] = []
    for token in [*TOKEN.findall(text), ""]:
        if token[:1].isdigit():
            if run:
                run.append(token)
            continue
        if token and ASCII_WORD.fullmatch(token) and token.lower().replace("’", "'") in words:
            run.append(token)
            continue
        english = [word for word in run if not word[:1].isdigit()]
        if len(english) >= MIN_RUN:
            runs.append(" ".join(run))
        run = []
    return runs


class _Reader(HTMLParser):
    """Pieces of text a reader meets outside ``lang="en"``, split where blocks end."""

    def __init__(self, language: str):
        super().__init__(convert_charrefs=True)
        self.language = language
        self.stack: list[tuple[str, bool, bool]] = [("", False, False)]  # (tag, English, skipped)
        self.pieces: list[str] = [""]

    def _break(self) -> None:
        if self.pieces[-1]:
            self.pieces.append("")

    def _left_out(self) -> bool:
        _tag, english, skipped = self.stack[-1]
        return english or skipped

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        _parent, english, skipped = self.stack[-1]
        lang = attributes.get("lang")
        if lang is not None:
            english = lang.split("-")[0].lower() == "en"
        classes = (attributes.get("class") or "").split()
        if tag in SKIPPED_TAGS or "mtr-language-switcher" in classes or "hidden" in attributes:
            skipped = True
        if not (english or skipped):
            read = [attributes.get(name) for name in READ_ATTRIBUTES]
            if tag == "meta" and attributes.get("name") == "description":
                read.append(attributes.get("content"))
            for text in filter(None, read):
                self._break()
                self.pieces += [text, ""]
        if tag not in INLINE_TAGS:
            self._break()
        if tag not in VOID_TAGS:
            self.stack.append((tag, english, skipped))

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth][0] == tag:
                del self.stack[depth:]
                break
        if tag not in INLINE_TAGS:
            self._break()

    def handle_data(self, data):
        if not self._left_out():
            self.pieces[-1] += data
        else:
            self._break()


def unmarked_english(html: str, language: str) -> list[str]:
    """Every run of English words in the page not marked as English."""
    reader = _Reader(language)
    reader.feed(html)
    reader.close()
    return [run for piece in reader.pieces if piece.strip() for run in english_runs(piece, language)]
