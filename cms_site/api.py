"""The read-only Wagtail API v2: published pages of the public types, public fields only.

Only pages are served. Images and documents are not: an image used only by a draft
(a story's blurred photos before sign-off) is not public, and the image and document
endpoints cannot tell. Fields are each model's ``api_fields`` plus Wagtail's page meta,
so a case study's ``submission`` link is unknown here (``?fields=submission`` is a 400).
"""

from __future__ import annotations

from rest_framework.renderers import JSONRenderer

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from .seo import public_pages


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint with its base queryset narrowed to the public page types."""

    renderer_classes = [JSONRenderer]  # no browsable API

    def get_base_queryset(self):
        # Wagtail's base is live pages of the site without a view restriction; every
        # listing, ?type=, child_of, find and detail view is built on it.
        return public_pages(super().get_base_queryset())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
