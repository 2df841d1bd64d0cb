"""Every absolute link is on PUBLIC_BASE_URL, whatever host the request came to.

The site is asked for through another address (an app server behind a proxy, or a forged
Host header) while PUBLIC_BASE_URL is https://stories.example.org: emails, the storyteller's
page, the feed, the sitemap and robots.txt, canonical, og: and hreflang tags and the API
must all link to the public address, and only to it (or to known outside sites).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest

from django.apps import apps
from django.core import mail

from wagtail.models import Locale, Page

from casestudies.choices import EmailKind
from casestudies.emails import email_send
from casestudies.models import OutboundEmail, ShareImage
from cms_site.caching import page_cache_purge
from cms_site.public_urls import PublicURLMixin, admin_url, check_public_base_url, public_url
from tests.factories.casestudies import ConsentRecordFactory, SubmissionFactory
from tests.factories.pages import case_study_index, publish_case_study
from tests.factories.users import UserFactory

PUBLIC = "https://stories.example.org"
ADMIN = "https://admin.stories.example.org"
OTHER_HOST = "app-7.internal.example.net:8080"
# Outside sites the pages and emails may link to; anything else must be on PUBLIC.
OUTSIDE = {
    "www.gov.uk",
    "gov.uk",
    "ico.org.uk",
    "www.housing-ombudsman.org.uk",
    "www.w3.org",
    "www.sitemaps.org",
}
URL = re.compile(r"""https?://[^\s"'<>)\]]+""")
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def public(settings):
    settings.PUBLIC_BASE_URL = settings.WAGTAILAPI_BASE_URL = PUBLIC
    settings.WAGTAILADMIN_BASE_URL = PUBLIC
    page_cache_purge()
    return settings


@pytest.fixture
def client_elsewhere(client):
    """A client whose requests come to another host than the public one."""
    client.defaults["HTTP_HOST"] = OTHER_HOST
    return client


@pytest.fixture
def story(db, home_page, public):
    index = case_study_index(home_page)
    index.save_revision().publish()
    submission = SubmissionFactory(email="pat@example.com")
    ConsentRecordFactory(submission=submission)
    page = publish_case_study(index, submission=submission)
    page.refresh_from_db()
    return page


def own_urls(text: str) -> list[str]:
    """The absolute URLs in a text that are not outside sites; each must be on PUBLIC."""
    urls = [url.rstrip(".,;") for url in URL.findall(text)]
    ours = [url for url in urls if urlsplit(url).hostname not in OUTSIDE]
    wrong = [url for url in ours if not (url == PUBLIC or url.startswith(PUBLIC + "/"))]
    assert not wrong, f"links not on {PUBLIC}: {wrong}"
    return ours


def _xml(response) -> ET.Element:
    return ET.fromstring(response.content)  # noqa: S314 - our own server's output, in a test


# The helpers and the page URL override -------------------------------------------------


def test_public_url_and_admin_url(public):
    public.WAGTAILADMIN_BASE_URL = ADMIN + "/"
    assert public_url("/stories/") == f"{PUBLIC}/stories/"
    assert public_url("https://cdn.example.org/a.png") == "https://cdn.example.org/a.png"
    assert admin_url("/admin/") == f"{ADMIN}/admin/"
    with pytest.raises(ValueError):
        public_url("stories/")


def test_every_project_page_type_takes_its_full_url_from_public_base_url():
    page_models = [
        model
        for model in apps.get_models()
        if issubclass(model, Page)
        and model is not Page
        and model._meta.app_label not in ("wagtailcore",)
        and not model.__module__.startswith("wagtail.")
    ]
    assert page_models
    assert [m for m in page_models if not issubclass(m, PublicURLMixin)] == []


def test_full_url_ignores_the_site_record_and_the_request(story, rf):
    # The Site says http://localhost (port 80); the request says another host.
    request = rf.get("/", HTTP_HOST=OTHER_HOST)
    assert story.full_url == f"{PUBLIC}/stories/{story.slug}/"
    assert story.get_full_url(request) == story.full_url
    assert story.get_url(request) == f"/stories/{story.slug}/"  # relative links stay relative


def test_checks_reject_a_base_url_with_a_path_or_no_scheme(settings):
    settings.PUBLIC_BASE_URL = settings.WAGTAILAPI_BASE_URL = settings.WAGTAILADMIN_BASE_URL = PUBLIC
    assert check_public_base_url(None) == []
    settings.PUBLIC_BASE_URL = "stories.example.org/site/"
    assert {e.id for e in check_public_base_url(None)} == {"cms_site.E010", "cms_site.E011"}


def test_production_refuses_to_start_without_public_base_url():
    env = {k: v for k, v in os.environ.items() if k not in ("PUBLIC_BASE_URL", "WAGTAILADMIN_BASE_URL")}
    env.update(
        DJANGO_SETTINGS_MODULE="cms_site.settings.production",
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="stories.example.org",
        DATABASE_URL="postgres://u:p@db.example.org:5432/mtr",
        REDIS_URL="redis://cache.example.org:6379/0",
    )
    code = "import django; django.setup()"
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert result.returncode != 0 and "PUBLIC_BASE_URL" in result.stderr

    env["PUBLIC_BASE_URL"] = PUBLIC + "/"
    code += "; from django.conf import settings as s; print(s.PUBLIC_BASE_URL, s.WAGTAILADMIN_BASE_URL, s.WAGTAILAPI_BASE_URL)"
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert result.stdout.split() == [PUBLIC, PUBLIC, PUBLIC]


# Emails ----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(EmailKind))
def test_every_email_links_to_public_base_url(story, kind):
    UserFactory(groups=["Comms editors"], email="editor@example.com")
    mail.outbox.clear()
    outbound = OutboundEmail.objects.create(submission=story.submission, kind=kind)
    email_send(outbound_id=outbound.pk)
    assert len(mail.outbox) == 1, OutboundEmail.objects.get(pk=outbound.pk).last_error
    message = mail.outbox[0]
    html = message.alternatives[0][0]
    text_urls, html_urls = own_urls(message.body), own_urls(html)
    if kind != EmailKind.WITHDRAWAL_CONFIRMED:  # the one email with nothing left to link to
        assert text_urls and html_urls, "every email links back to the site"
    if kind == EmailKind.STORY_PUBLISHED:
        assert story.full_url in message.body and story.full_url in html


def test_editor_emails_link_to_the_admin_address(story, public):
    public.WAGTAILADMIN_BASE_URL = ADMIN
    UserFactory(groups=["Comms editors"], email="editor@example.com")
    mail.outbox.clear()
    outbound = OutboundEmail.objects.create(submission=story.submission, kind=EmailKind.EDITOR_NOTIFICATION)
    email_send(outbound_id=outbound.pk)
    assert f"{ADMIN}/admin/" in mail.outbox[0].body


# The storyteller's page ------------------------------------------------------------------


def test_storytellers_page_links_to_the_published_story_on_public_base_url(story, client_elsewhere):
    mail.outbox.clear()
    outbound = OutboundEmail.objects.create(submission=story.submission, kind=EmailKind.STORY_LINK)
    email_send(outbound_id=outbound.pk)
    link = next(url for url in own_urls(mail.outbox[0].body) if url != PUBLIC and "/stories/" not in url)
    response = client_elsewhere.get(link.removeprefix(PUBLIC), follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'href="{story.full_url}"' in html  # "See it on the website"
    own_urls(html)


# The feed, the sitemap, robots.txt -------------------------------------------------------


def test_feed_links_are_on_public_base_url(story, client_elsewhere):
    response = client_elsewhere.get("/stories/feed/")
    assert response.status_code == 200
    root = _xml(response)
    hrefs = [link.get("href") for link in root.iter(f"{ATOM}link")]
    ids = [element.text for element in root.iter(f"{ATOM}id")]
    assert story.full_url in hrefs and f"{PUBLIC}/stories/feed/" in hrefs
    for url in hrefs + ids:
        assert url.startswith(PUBLIC + "/"), url
    assert OTHER_HOST.split(":")[0] not in response.content.decode()


def test_sitemap_and_robots_are_on_public_base_url(story, client_elsewhere):
    root = _xml(client_elsewhere.get("/sitemap.xml"))
    locations = [loc.text for loc in root.iter(f"{SITEMAP}loc")]
    assert story.full_url in locations
    assert all(location.startswith(PUBLIC + "/") for location in locations), locations
    robots = client_elsewhere.get("/robots.txt").content.decode()
    assert f"Sitemap: {PUBLIC}/sitemap.xml" in robots.splitlines()


# Canonical, og: and hreflang tags ----------------------------------------------------------


def test_canonical_og_and_hreflang_tags_are_on_public_base_url(story, client_elsewhere):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="card", file=get_test_image_file(size=(1200, 630)))
    ShareImage.objects.create(page=story, size="landscape", image=image, alt_text="A quote")
    type(story).objects.filter(pk=story.pk).update(share_on_social=True)
    arabic = story.copy_for_translation(
        Locale.objects.get_or_create(language_code="ar")[0], copy_parents=True
    )
    arabic.save_revision().publish()
    page_cache_purge()

    html = client_elsewhere.get(story.url).content.decode()
    assert f'<link rel="canonical" href="{story.full_url}">' in html
    assert f'<meta property="og:url" content="{story.full_url}">' in html
    assert f'<meta property="og:image" content="{PUBLIC}/media/images/' in html
    assert f'<link rel="alternate" hreflang="en" href="{story.full_url}">' in html
    assert f'<link rel="alternate" hreflang="x-default" href="{story.full_url}">' in html
    arabic.refresh_from_db()
    assert arabic.full_url.startswith(f"{PUBLIC}/ar/")
    assert f'<link rel="alternate" hreflang="ar" href="{arabic.full_url}">' in html
    own_urls(html)


def test_no_hreflang_alternates_for_a_page_in_one_language(story, client_elsewhere):
    assert 'rel="alternate" hreflang' not in client_elsewhere.get(story.url).content.decode()


# The API ----------------------------------------------------------------------------------


def test_api_urls_are_on_public_base_url(story, client_elsewhere):
    # Without ?type= the listing holds plain Pages (the home page, the index, the story).
    everything = client_elsewhere.get("/api/v2/pages/")
    assert everything.status_code == 200, everything.content
    items = everything.json()["items"]
    assert len(items) >= 3
    for item in items:
        assert item["meta"]["html_url"].startswith(PUBLIC + "/"), item
    own_urls(everything.content.decode())

    listing = client_elsewhere.get("/api/v2/pages/", {"type": "casestudies.CaseStudyPage"})
    assert listing.status_code == 200, listing.content
    item = listing.json()["items"][0]
    assert item["meta"]["html_url"] == story.full_url
    assert item["meta"]["detail_url"] == f"{PUBLIC}/api/v2/pages/{story.pk}/"
    detail = client_elsewhere.get(f"/api/v2/pages/{story.pk}/")
    assert detail.status_code == 200
    urls = own_urls(detail.content.decode())
    assert story.full_url in urls
