"""A toolkit page's pack: one ZIP of its downloads and its stories' share images.

Built on request from the published files (documents, and share images that exist
only where consent covers social media), streamed from a temporary file so that a
large pack does not sit in memory.
"""

from __future__ import annotations

import tempfile
import zipfile

from django.http import FileResponse
from django.utils.text import slugify


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
                    name = f"{slugify(document.title) or 'document'}.{document.file_extension}"
                    files.append((f"resources/{_unique(name, used)}", document.file))
        elif block.block_type == "case_studies":
            story_ids += [story.pk for story in case_studies_for_block(block.value)]
    shares = ShareImage.objects.filter(page_id__in=story_ids, page__live=True, page__share_on_social=True)
    for share in shares.select_related("image", "page"):
        name = f"{slugify(share.page.title)[:60]}-{share.size}.png"
        files.append((f"share-images/{_unique(name, used)}", share.image.file))
    return files


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
    filename = f"make-things-right-{slugify(page.slug)}-toolkit.zip"
    return FileResponse(handle, as_attachment=True, filename=filename, content_type="application/zip")
