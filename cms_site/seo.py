"""What the site offers machines: the page types it makes public, robots.txt, the sitemap.

The feed, the API, the sitemap and search all read published pages through
``public_pages()``, so a story that is unpublished (withdrawn) leaves them all at once.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_GET

from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.models import Page, PageQuerySet

from .public_urls import public_url

# Signed links (verify, resume, withdraw, the storyteller's check) and draft photos:
# private to whoever holds the link, so never crawled, in any language.
PRIVATE_URL_NAMES = (
    "casestudies:verify",
    "casestudies:resume",
    "privacy:withdraw",
    "moderation:storyteller_check",
    "privacy:story_page",
    # A landlord's signed links (casestudies.audience.LANDLORD_ROUTES).
    "moderation:case_study_check",
    "privacy:case_study_page",
)
PRIVATE_URL_PLACEHOLDER = "robots-placeholder"


def public_page_models() -> tuple[type[Page], ...]:
    """The page types the public may read. Anything else (a future type) stays out until added."""
    from casestudies.pages import CaseStudyIndexPage, CaseStudyPage

    from .models import CampaignHomePage, ToolkitPage

    return (CampaignHomePage, ToolkitPage, CaseStudyIndexPage, CaseStudyPage)


def public_pages(queryset: PageQuerySet | None = None) -> PageQuerySet:
    """Live pages with no view restriction, of the public types only."""
    queryset = Page.objects.all() if queryset is None else queryset
    return queryset.live().public().exact_type(*public_page_models())


class PublicSitemap(Sitemap):
    """Wagtail's sitemap of the site's live, public pages, limited to the public types.

    Locations are the pages' full URLs, on PUBLIC_BASE_URL (cms_site/public_urls.py)."""

    def items(self):
        return public_pages(super().items())


def _private_prefixes() -> list[str]:
    prefixes = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for name in PRIVATE_URL_NAMES:
                url = reverse(name, kwargs={"token": PRIVATE_URL_PLACEHOLDER})
                prefixes.append(url.split(PRIVATE_URL_PLACEHOLDER)[0])
            photo = reverse("casestudies:draft_photo", kwargs={"pk": 1})
            prefixes.append(photo.rstrip("/").rsplit("/", 1)[0] + "/")
    return list(dict.fromkeys(prefixes))


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Crawl everything public; never the admin or anyone's signed link."""
    lines = ["User-agent: *", "Allow: /", "Disallow: /admin/"]
    lines += [f"Disallow: {prefix}" for prefix in _private_prefixes()]
    lines += ["", f"Sitemap: {public_url(reverse('sitemap'))}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
