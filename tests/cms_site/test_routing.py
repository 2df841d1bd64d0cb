"""Remembered routes (cms_site/routing.py) serve exactly what Wagtail's routing would."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction, Site

from tests.factories.pages import case_study_index, publish_case_study, publish_toolkit

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return case_study_index(home_page)


def _queries(client, url: str, status: int = 200) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return len(queries.captured_queries)


def test_a_remembered_route_costs_one_query_and_serves_the_same_page(client, index):
    story = publish_case_study(index, title="Boiler fixed after stage 1")
    first = _queries(client, story.url)
    again = _queries(client, story.url)
    assert again <= first - 3  # site, root, and two queries per level are gone
    assert "Boiler fixed after stage 1" in client.get(story.url).content.decode()


def test_an_unpublished_story_is_gone_at_once(client, index):
    story = publish_case_study(index, title="Leak repaired")
    assert client.get(story.url).status_code == 200
    story.unpublish()
    assert client.get(story.url).status_code == 404


def test_a_moved_or_renamed_page_is_found_at_its_new_address_only(client, home_page, index):
    story = publish_case_study(index, title="Damp treated", slug="damp-treated")
    old_url = story.url
    assert client.get(old_url).status_code == 200
    story.slug = "damp-treated-in-a-week"
    story.save_revision().publish()
    story.refresh_from_db()
    assert client.get(old_url).status_code == 404
    assert "Damp treated" in client.get(story.url).content.decode()


def test_a_page_made_private_is_protected_at_once(client, index):
    story = publish_case_study(index, title="Heating restored")
    assert client.get(story.url).status_code == 200
    PageViewRestriction.objects.create(
        page=index, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    response = client.get(story.url)
    assert response.status_code == 200 and "Heating restored" not in response.content.decode()
    assert "password" in response.content.decode().lower()
    assert "Heating restored" not in client.get(index.url).content.decode()


def test_each_host_gets_its_own_site(client, home_page, index):
    story = publish_case_study(index, title="Window mended")
    assert client.get(story.url).status_code == 200
    other_home = Page.get_first_root_node().add_child(instance=Page(title="Another site", slug="another"))
    Site.objects.create(hostname="other.example", root_page=other_home, port=80)
    assert client.get(story.url, HTTP_HOST="other.example").status_code == 404
    assert client.get("/", HTTP_HOST="other.example").status_code == 200
    assert client.get(story.url).status_code == 200


def test_routable_pages_keep_their_own_routes(client, home_page):
    toolkit = publish_toolkit(home_page, title="Toolkit for landlords")
    for _ in range(2):
        assert client.get(toolkit.url).status_code == 200
        pack = client.get(toolkit.url + "pack/")
        assert pack.status_code == 200 and pack["Content-Type"] == "application/zip"


def test_without_a_working_cache_pages_are_routed_by_wagtail(client, index, settings):
    settings.CACHES = {
        **settings.CACHES,
        "nothing": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }
    settings.PAGE_CACHE_ALIAS = "nothing"
    from cms_site import routing

    story = publish_case_study(index, title="Lift repaired")
    before = (routing._memo.generation, dict(routing._memo.routes))
    for _ in range(2):
        assert "Lift repaired" in client.get(story.url).content.decode()
    assert (routing._memo.generation, routing._memo.routes) == before  # nothing remembered
    story.unpublish()
    assert client.get(story.url).status_code == 404
