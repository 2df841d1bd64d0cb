"""An Atom feed of the newest published case studies.

Built from ``case_studies_published()`` (live and public), so a withdrawn story leaves the
feed when it is unpublished. Only public page fields are read: never the submission.
"""

from __future__ import annotations

from datetime import datetime

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from cms_site.public_urls import public_url

from .pages import CaseStudyPage
from .selectors import LISTING_FIELDS, case_studies_published, case_study_index_for_language

FEED_LENGTH = 50
AUTHOR = "Make Things Right"


class CaseStudiesFeed(Feed):
    feed_type = Atom1Feed
    title = _("Make Things Right: stories of complaints put right")
    subtitle = _("Social housing complaints that were put right, told by residents and landlords.")
    author_name = AUTHOR

    def get_object(self, request: HttpRequest, *args, **kwargs) -> HttpRequest:
        return request

    # Every link is on PUBLIC_BASE_URL (pages' full URLs too), never the request's host:
    # Django's Feed would otherwise put the request's domain on relative ones.
    def link(self, request: HttpRequest) -> str:
        index = case_study_index_for_language()
        return index.get_full_url(request) if index else public_url("/")

    def feed_url(self, request: HttpRequest) -> str:
        return public_url(request.path)

    def items(self, request: HttpRequest) -> list[CaseStudyPage]:
        # This language's stories: told in it, or translated into it (English).
        stories = list(
            case_studies_published()
            .filter(locale__language_code=get_language())
            .only(*LISTING_FIELDS, "last_published_at")[:FEED_LENGTH]
        )
        for story in stories:
            story.feed_url = story.get_full_url(request)
        return stories

    def item_title(self, item: CaseStudyPage) -> str:
        return item.title

    def item_description(self, item: CaseStudyPage) -> str:
        # Atom's summary here is HTML: the plain-text summary must not become markup.
        return escape(item.summary)

    def item_link(self, item: CaseStudyPage) -> str:
        return item.feed_url

    def item_pubdate(self, item: CaseStudyPage) -> datetime | None:
        return item.first_published_at

    def item_updateddate(self, item: CaseStudyPage) -> datetime | None:
        return item.last_published_at or item.first_published_at

    def item_categories(self, item: CaseStudyPage) -> list[str]:
        return item.get_themes_display()

    def item_author_name(self, item: CaseStudyPage) -> str:
        return AUTHOR
