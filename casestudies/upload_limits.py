"""Limits on the photo step's request body, applied before Django parses it.

Django reads a multipart body the first time anything touches ``request.POST``
or ``request.FILES`` (``CsrfViewMiddleware`` does, for every POST), spooling
each file over ``FILE_UPLOAD_MAX_MEMORY_SIZE`` to disk. So the photo step:

* refuses a body whose ``Content-Length`` is more than the most photos one
  post can carry, without reading it (``body_too_large``);
* puts ``PhotoUploadLimit`` first in the upload handlers, which stops each
  file at ``photos.MAX_BYTES`` and drops every file past the photos the draft
  still has room for, so neither is written anywhere; both are remembered, so
  the step can say which file was too big and that there were too many.
"""

from __future__ import annotations

from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.http import HttpRequest
from django.utils.translation import gettext, ngettext

from .models import MAX_PHOTOS
from .photos import MAX_BYTES

# Room for the form's other fields and each file part's headers: a few hundred
# bytes each, and the form has a handful.
BODY_OVERHEAD = 64 * 1024
MAX_BODY_BYTES = MAX_PHOTOS * MAX_BYTES + BODY_OVERHEAD


def body_too_large(request: HttpRequest) -> bool:
    """Whether the declared body is bigger than any post of allowed photos can be."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return False  # Django reads such a body as empty
    return length > MAX_BODY_BYTES


class PhotoUploadLimit(FileUploadHandler):
    """First upload handler on the photo step: what it skips is never spooled.

    ``files_seen`` counts every file in the post, ``too_large`` names those
    stopped at ``MAX_BYTES``. Files past ``max_files`` are counted and skipped.
    """

    def __init__(self, request: HttpRequest | None = None, *, max_files: int = MAX_PHOTOS) -> None:
        super().__init__(request)
        self.max_files = max(max_files, 0)
        self.files_seen = 0
        self.too_large: list[str] = []
        self._skip = False

    @property
    def too_many(self) -> bool:
        return self.files_seen > self.max_files

    def new_file(self, *args, **kwargs) -> None:
        super().new_file(*args, **kwargs)
        self.files_seen += 1
        self._skip = self.too_many

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        if self._skip:
            raise SkipFile
        if start + len(raw_data) > MAX_BYTES:
            self.too_large.append(self.file_name)
            raise SkipFile
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None  # the next handler keeps the file


def install(request: HttpRequest, *, max_files: int) -> PhotoUploadLimit:
    """Put the limit first; call before anything reads ``request.POST``."""
    handler = PhotoUploadLimit(request, max_files=max_files)
    request.upload_handlers.insert(0, handler)
    return handler


def installed(request: HttpRequest) -> PhotoUploadLimit | None:
    return next((h for h in request.upload_handlers if isinstance(h, PhotoUploadLimit)), None)


def too_many_message(*, existing: int) -> str:
    """The GOV.UK error for a post with more photos than the draft has room for."""
    remaining = MAX_PHOTOS - existing
    if existing <= 0:
        return ngettext("Select up to %(count)s photo", "Select up to %(count)s photos", MAX_PHOTOS) % {
            "count": MAX_PHOTOS
        }
    if remaining > 0:
        return ngettext(
            "Select up to %(count)s more photo", "Select up to %(count)s more photos", remaining
        ) % {"count": remaining}
    return gettext("You can add up to %(count)s photos") % {"count": MAX_PHOTOS}
