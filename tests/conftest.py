"""Fixtures shared by the whole suite."""

import shutil

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from django.conf import settings
from django.core.cache import cache

# Tests time nothing (timings are in bench/): no per-example deadline and no "too slow"
# health check, which fail on a CI machine busy with other work. A test's own
# @settings still overrides what it names.
hypothesis_settings.register_profile("no-timing", deadline=None, suppress_health_check=[HealthCheck.too_slow])
hypothesis_settings.load_profile("no-timing")


def pytest_collection_modifyitems(items):
    """A transactional test must roll back by serialisation. Without it, its closing flush
    runs post_migrate, which stores the consent wording again, and the next serialised test
    then fails to load its own copy (a UNIQUE error that depends on the order of tests)."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        if marker and marker.kwargs.get("transaction") and not marker.kwargs.get("serialized_rollback"):
            raise pytest.UsageError(
                f"{item.nodeid}: use django_db(transaction=True, serialized_rollback=True) (tests/conftest.py)"
            )


@pytest.fixture(autouse=True)
def _clean_cache():
    """Rate-limit counters live in the cache (Redis in CI): start every test fresh."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _site_language():
    """Every test starts in the site's language: a request to an /ar/ page leaves Arabic
    active in this thread (LocaleMiddleware activates it and nothing puts it back), and a
    later test's gettext would then answer in Arabic, depending on the order of tests."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True, scope="session")
def _clean_media():
    yield
    for root in (settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT):
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def home_page(db):
    """The campaign home page as the default site's root."""
    from wagtail.models import Locale, Page, Site

    from cms_site.models import CampaignHomePage

    root = Page.get_first_root_node()
    home = CampaignHomePage(
        title="It's now easier to make things right", slug="mtr-home", locale=Locale.get_default()
    )
    root.add_child(instance=home)
    Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home, "hostname": "localhost"})
    return home


@pytest.fixture
def outbox():
    from django.core import mail

    mail.outbox.clear()
    return mail.outbox
