"""A toolkit page's pack: one ZIP of its downloads and its stories' share images.

Each language's toolkit page links to its own language's documents, so its pack holds
them, named in that language (``كيف-تقدمون-شكوى.pdf``; ZIP marks the names as UTF-8), and
the pack's own name carries the language code outside English
(``make-things-right-residents-toolkit-ar.zip``).

Built on request from the published files (documents, and share images that exist
only where consent covers social media), streamed from a temporary file so that a
large pack does not sit in memory.
"""

from __future__ import annotations

import re
import tempfile
import unicodedata
import zipfile

from django.http import FileResponse
from django.utils.text import slugify


def file_stem(title: str, limit: int = 80) -> str:
    """A title as a file name in its own script: letters, their marks (the vowel signs of
    Bengali and Gurmukhi, which slugify drops) and digits, joined by hyphens."""
    text = unicodedata.normalize("NFC", title).lower()
    kept = "".join(char if unicodedata.category(char)[0] in "LMN" else "-" for char in text)
    return re.sub(r"-{2,}", "-", kept).strip("-")[:limit].strip("-")


def _unique(name: str, used: set[str]) -> str:
    stem, dot, extension = name.rpartition(".")
    candidate, number = name, 1
    while candidate in used:
        number += 1
        candidate = f"{stem}-{number}.{extension}" if dot else f"{name}-{number}"
    used.add(candidate)
    return candidate


def toolkit_pack_files(page) -> list[tuple[str, object]]:
    """(name in the ZIP, a file field) for every document and share image the page offers."""
    from casestudies.models import ShareImage
    from casestudies.selectors import case_studies_for_block

    files: list[tuple[str, object]] = []
    used: set[str] = set()
    story_ids: list[int] = []
    for block in page.body:
        if block.block_type == "resources":
            for resource in block.value["resources"]:
                document = resource["document"]
                if document is not None:
                    name = f"{file_stem(document.title) or 'document'}.{document.file_extension}"
                    files.append((f"resources/{_unique(name, used)}", document.file))
        elif block.block_type == "case_studies":
            story_ids += [story.pk for story in case_studies_for_block(block.value, locale_id=page.locale_id)]
    shares = ShareImage.objects.filter(page_id__in=story_ids, page__live=True, page__share_on_social=True)
    for share in shares.select_related("image", "page"):
        name = f"{file_stem(share.page.title, 60)}-{share.size}.png"
        files.append((f"share-images/{_unique(name, used)}", share.image.file))
    return files


def toolkit_pack_filename(page) -> str:
    """The pack's file name, with the page's language code outside the default language."""
    from django.conf import settings

    language = page.locale.language_code
    suffix = "" if language == settings.LANGUAGE_CODE else f"-{slugify(language)}"
    return f"make-things-right-{slugify(page.slug)}-toolkit{suffix}.zip"


def toolkit_pack_response(page) -> FileResponse:
    handle = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)
    with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, field in toolkit_pack_files(page):
            try:
                with field.open("rb") as source:
                    archive.writestr(name, source.read())
            except FileNotFoundError:
                continue  # a file removed from storage: leave it out rather than fail the pack
    handle.seek(0)
    filename = toolkit_pack_filename(page)
    return FileResponse(handle, as_attachment=True, filename=filename, content_type="application/zip")
