"""No cached page over plain HTTP when HTTPS is required; no cache round trip for files."""

from unittest import mock

import pytest

from django.http import HttpResponse
from django.test import RequestFactory

from cms_site import caching
from tests.factories.pages import case_study_index, publish_case_study


@pytest.fixture
def story(home_page):
    return publish_case_study(case_study_index(home_page), title="Heating back on")


@pytest.fixture
def https_only(settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")


def test_a_cached_page_over_http_is_redirected_to_https(client, story, https_only):
    assert client.get(story.url, secure=True)["X-Page-Cache"] == "miss"
    assert client.get(story.url, secure=True)["X-Page-Cache"] == "hit"
    response = client.get(story.url)
    assert response.status_code == 301
    assert response["Location"] == f"https://testserver{story.url}"
    # Behind the proxy, its header says the visitor came over HTTPS (the proxy sends the Host).
    proxied = {"HTTP_HOST": "testserver"}
    assert client.get(story.url, HTTP_X_FORWARDED_PROTO="https", **proxied)["X-Page-Cache"] == "hit"
    assert client.get(story.url, HTTP_X_FORWARDED_PROTO="http", **proxied).status_code == 301


def test_the_wsgi_wrapper_leaves_http_to_django(client, story, https_only):
    client.get(story.url, secure=True)
    calls = []

    def django_app(environ, start_response):
        calls.append(environ["PATH_INFO"])
        start_response("301 Moved Permanently", [("Location", "https://testserver" + environ["PATH_INFO"])])
        return [b""]

    application = caching.PageCacheApplication(django_app)
    sent = {}

    def start_response(status, headers):
        sent.update(status=status, headers=dict(headers))

    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": story.url, "QUERY_STRING": "", "HTTP_HOST": "testserver"}
    application({**environ, "wsgi.url_scheme": "http"}, start_response)
    assert calls == [story.url] and sent["status"].startswith("301")
    body = b"".join(application({**environ, "HTTP_X_FORWARDED_PROTO": "https"}, start_response))
    assert sent["headers"]["X-Page-Cache"] == "hit" and b"Heating back on" in body
    assert len(calls) == 1


def test_without_the_redirect_setting_http_is_served_from_the_cache(client, story, settings):
    settings.SECURE_SSL_REDIRECT = False
    client.get(story.url)
    assert client.get(story.url)["X-Page-Cache"] == "hit"


@pytest.mark.parametrize(
    "path", ["/static/govuk/govuk-frontend.min.css", "/media/images/photo.jpg", "/health/"]
)
def test_static_media_and_health_cost_no_cache_round_trip(path):
    cache = mock.Mock()
    middleware = caching.PageCacheMiddleware(lambda request: HttpResponse("file"))
    with mock.patch.object(caching, "_cache", return_value=cache):
        assert middleware(RequestFactory().get(path)).content == b"file"
        application = caching.PageCacheApplication(lambda environ, start_response: [b"file"])
        environ = {"REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": "", "HTTP_HOST": "testserver"}
        assert application(environ, lambda *args: None) == [b"file"]
    assert cache.mock_calls == []


def test_pages_do_look_in_the_cache():
    cache = mock.Mock(**{"get.return_value": None, "get_many.return_value": {}})
    middleware = caching.PageCacheMiddleware(lambda request: HttpResponse("page"))
    with mock.patch.object(caching, "_cache", return_value=cache):
        middleware(RequestFactory().get("/stories/a-story/"))
    assert cache.mock_calls
