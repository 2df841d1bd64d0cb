"""With Redis down the site serves uncached pages and takes stories; with the database down,
cached pages still serve and everything else is the friendly error page."""

import logging
from unittest import mock

import pytest
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from django.core.cache import InvalidCacheBackendError
from django.db import OperationalError, connections
from django.test import Client, RequestFactory

from casestudies.models import Submission
from cms_site import caching
from cms_site.settings.base import caches_for
from tests.casestudies.helpers import answer_all, send
from tests.factories.pages import case_study_index, publish_case_study

CLOSED_PORT = "redis://127.0.0.1:1/0"  # nothing listens there: every call is refused


@pytest.fixture
def index(home_page):
    return case_study_index(home_page)


@pytest.fixture
def redis_down(settings):
    """The project's own cache configuration, pointed at a Redis that is not there."""
    settings.CACHES = caches_for(CLOSED_PORT)
    caching.logger.filters[0].last = None  # let the next warning through


@pytest.fixture
def logged(caplog):
    caplog.set_level(logging.WARNING, logger="cms_site.cache")
    caching.logger.filters[0].last = None
    return caplog


def test_pages_and_the_story_form_work_with_redis_down(client, index, redis_down, logged):
    story = publish_case_study(index, title="Mould treated at last")
    for url in ("/", index.url, story.url, "/share-your-story/"):
        for _ in range(2):  # and never a cached copy
            response = client.get(url)
            assert response.status_code == 200, url
            assert response.get("X-Page-Cache") != "hit"
    assert "Mould treated at last" in client.get(story.url).content.decode()
    answer_all(client)  # begin (POST, 302) and every step GET 200 / POST 302
    assert send(client).status_code == 302  # rate-limited view: fails open
    assert Submission.objects.count() == 1
    assert any("unavailable" in record.getMessage() for record in logged.records)


def test_sessions_do_not_depend_on_the_cache(settings):
    assert settings.SESSION_ENGINE in (
        "django.contrib.sessions.backends.db",
        "django.contrib.sessions.backends.cached_db",
    )


def test_rate_limits_fail_open_with_the_cache_down_and_hold_when_it_is_up(settings, logged):
    from django_ratelimit.core import is_ratelimited

    request = RequestFactory().post("/share-your-story/check-your-answers/")

    def limited() -> bool:
        return is_ratelimited(request, group="t", key="ip", rate="1/h", method="POST", increment=True)

    assert [limited() for _ in range(3)] == [False, True, True]  # the cache works: the limit holds
    settings.CACHES = caches_for(CLOSED_PORT)
    assert [limited() for _ in range(3)] == [False, False, False]
    (record,) = [r for r in logged.records if r.name == "cms_site.cache"]  # once, not three times
    assert record.levelno == logging.WARNING and record.exc_info is None
    assert "rate limits are not enforced" in record.getMessage()


@pytest.mark.parametrize(
    "error",
    [
        RedisConnectionError("refused"),
        RedisTimeoutError("slow"),
        OSError("reset"),
        InvalidCacheBackendError(),
    ],
)
def test_any_cache_error_is_a_miss_and_a_skipped_store(client, index, error, logged):
    story = publish_case_study(index, title="Boiler fixed")
    broken = mock.Mock(**{f"{name}.side_effect": error for name in ("get", "get_many", "set", "add", "incr")})
    with mock.patch.object(caching, "_cache", return_value=broken):
        for _ in range(2):
            response = client.get(story.url)
            assert response.status_code == 200 and "X-Page-Cache" not in response
    assert any("Page cache unavailable" in record.getMessage() for record in logged.records)


def test_djangos_own_redis_backend_down_serves_pages_uncached(client, index, settings):
    settings.CACHES = {
        **settings.CACHES,
        "broken": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CLOSED_PORT,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        },
    }
    settings.PAGE_CACHE_ALIAS = "broken"
    story = publish_case_study(index, title="Window replaced")
    assert client.get(story.url).status_code == 200
    assert client.get(index.url).status_code == 200


def test_a_purge_during_an_outage_is_done_when_the_cache_returns(client, index):
    story = publish_case_study(index, title="Before the outage")
    client.get(story.url)
    assert client.get(story.url)["X-Page-Cache"] == "hit"
    broken = mock.Mock(**{f"{name}.side_effect": RedisConnectionError() for name in ("get", "incr", "set")})
    with mock.patch.object(caching, "_cache", return_value=broken):
        caching.page_cache_purge()  # a withdrawal while Redis is down: no error, purge pending
    assert client.get(story.url)["X-Page-Cache"] == "miss"  # nothing from before the outage
    assert client.get(story.url)["X-Page-Cache"] == "hit"


def test_the_warning_is_logged_once_a_minute_with_a_count():
    records = []
    gate = caching.OncePerInterval(interval=60)

    def log(message):
        record = logging.LogRecord("cms_site.cache", logging.WARNING, __file__, 1, message, (), None)
        if gate.filter(record):
            records.append(record.getMessage())

    for _ in range(5):
        log("down")
    gate.last -= 61  # a minute later
    log("still down")
    assert records == ["down", "still down (4 more cache errors since the last warning)"]


def test_with_the_database_down_cached_pages_serve_and_the_rest_is_the_friendly_page(index):
    story = publish_case_study(index, title="Damp gone")
    other = publish_case_study(index, title="Not yet cached")
    visitor = Client(raise_request_exception=False)
    assert visitor.get(story.url)["X-Page-Cache"] == "miss"
    with mock.patch.object(connections["default"], "_cursor", side_effect=OperationalError("down")):
        cached = visitor.get(story.url)
        assert cached.status_code == 200 and cached["X-Page-Cache"] == "hit"
        assert "Damp gone" in cached.content.decode()
        for url in (other.url, "/"):
            failed = visitor.get(url)
            assert failed.status_code == 500
            assert "Sorry, there is a problem with the service" in failed.content.decode()
        assert visitor.post("/share-your-story/begin/").status_code == 500
