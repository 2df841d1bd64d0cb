"""Which language each Wagtail document is written in, and what a link to it says about it.

Beside each download the toolkit shows its format, size and language, as GOV.UK does for
attachments ("PDF, 84 KB, Arabic"), names the language in the page's own language, and
marks the title with the document's language where it differs from the page's.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _

from .models import DocumentLanguage


def document_language_set(document, language: str) -> None:
    """Record the language ``document`` is written in (one of settings.LANGUAGES)."""
    if language not in dict(settings.LANGUAGES):
        raise ValueError(f"Not a site language: {language!r}")
    DocumentLanguage.objects.update_or_create(document=document, defaults={"language": language})


def document_languages(documents: Iterable) -> dict[int, str]:
    """Document id -> language code, in one query, for the documents that have one recorded."""
    ids = [document.pk for document in documents if document is not None]
    if not ids:
        return {}
    return dict(DocumentLanguage.objects.filter(document_id__in=ids).values_list("document_id", "language"))


def language_name(code: str) -> str:
    """The language's name in the active language ("Arabic" on an English page, "عربي" on an Arabic one)."""
    return str(dict(settings.LANGUAGES).get(code, code))


def document_meta(document, language: str = "") -> str:
    """'PDF, 84 KB, Arabic': the document's format, size and, when known, language."""
    parts = [document.file_extension.upper()]
    if document.file_size:
        parts.append(filesizeformat(document.file_size))
    if language:
        parts.append(language_name(language))
    # Translators: separates a download's format, size and language, as in "PDF, 84 KB, Arabic".
    return _(", ").join(parts)


def document_link(document, language: str = "") -> SafeString:
    """A download link: the title (marked with its language where that is not the page's) and its details."""
    page_language = get_language() or settings.LANGUAGE_CODE
    attributes = ""
    if language:
        attributes = format_html(' hreflang="{}"', language)
        if language != page_language.split("-")[0]:
            direction = "rtl" if get_language_info(language)["bidi"] else "ltr"
            attributes += format_html(' lang="{}" dir="{}"', language, direction)
    return format_html(
        '<a class="govuk-link" href="{}" download{}>{}</a> '
        '<span class="govuk-body-s mtr-resource-meta">({})</span>',
        document.url,
        attributes,
        document.title,
        document_meta(document, language),
    )
