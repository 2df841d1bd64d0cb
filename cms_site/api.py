"""The read-only Wagtail API v2: published pages of the public types, public fields only.

Only pages are served. Images and documents are not: an image used only by a draft
(a story's blurred photos before sign-off) is not public, and the image and document
endpoints cannot tell. Fields are each model's ``api_fields`` plus Wagtail's page meta,
so a case study's ``submission`` link is unknown here (``?fields=submission`` is a 400).
Its absolute URLs are on PUBLIC_BASE_URL: ``detail_url`` through ``WAGTAILAPI_BASE_URL``
(set from it in settings) and ``html_url`` through the pages' full URLs (public_urls.py).
"""

from __future__ import annotations

from rest_framework.renderers import JSONRenderer

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageAliasOfField, PageHtmlUrlField, PageParentField, PageSerializer
from wagtail.api.v2.views import PagesAPIViewSet

from .seo import public_pages


# Listings, parents and aliases hand over plain Pages, whose full URL would come from the
# Site record; their specific class (no query: base fields only) takes it from
# PUBLIC_BASE_URL (cms_site/public_urls.py).
class _SpecificHtmlUrlField(PageHtmlUrlField):
    def to_representation(self, page):
        return super().to_representation(page.specific_deferred)


class _SpecificParentField(PageParentField):
    def get_attribute(self, instance):
        parent = super().get_attribute(instance)
        return parent.specific_deferred if parent is not None else None


class _SpecificAliasOfField(PageAliasOfField):
    def get_attribute(self, instance):
        original = super().get_attribute(instance)
        return original.specific_deferred if original is not None else None


class PublicPageSerializer(PageSerializer):
    """Wagtail's page serializer, with every page's html_url on PUBLIC_BASE_URL."""

    html_url = _SpecificHtmlUrlField(read_only=True)
    parent = _SpecificParentField(read_only=True)
    alias_of = _SpecificAliasOfField(read_only=True)


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint with its base queryset narrowed to the public page types."""

    renderer_classes = [JSONRenderer]  # no browsable API
    base_serializer_class = PublicPageSerializer

    def get_base_queryset(self):
        # Wagtail's base is live pages of the site without a view restriction; every
        # listing, ?type=, child_of, find and detail view is built on it.
        return public_pages(super().get_base_queryset())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
