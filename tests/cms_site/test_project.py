"""Project-level checks: migrations in step with models, settings, error pages."""

import os
import subprocess
import sys
from io import StringIO

import pytest

from django.conf import settings
from django.core.management import call_command


@pytest.mark.django_db
def test_no_missing_migrations():
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


def test_production_settings_are_secure_and_read_the_environment():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms_site.settings.production",
        "SECRET_KEY": "x" * 60,
        "ALLOWED_HOSTS": "stories.example.org",
        "DATABASE_URL": "postgres://u:p@db.example.org:5432/mtr",
        "REDIS_URL": "redis://cache.example.org:6379/0",
        "PUBLIC_BASE_URL": "https://stories.example.org",
    }
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.DEBUG, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT, "
        "s.DATABASES['default']['ENGINE'], s.CACHES['default']['BACKEND'], s.TASKS['default']['BACKEND'])"
    )
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert result.stdout.split() == [
        "False",
        "True",
        "True",
        "True",
        "django.db.backends.postgresql",
        "django_redis.cache.RedisCache",
        "django_tasks_db.DatabaseBackend",
    ]


def test_production_settings_refuse_to_start_without_a_secret_key():
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    env["DJANGO_SETTINGS_MODULE"] = "cms_site.settings.production"
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"], env=env, capture_output=True, text=True
    )
    assert result.returncode != 0 and "SECRET_KEY" in result.stderr


def test_seven_campaign_languages_are_configured(settings):
    assert [code for code, _ in settings.LANGUAGES] == ["en", "ar", "bn", "pl", "pa", "ro", "ur"]


@pytest.mark.django_db
def test_home_page_and_signpost_on_every_page(client, home_page):
    for url in ("/", "/share-your-story/", "/share-your-story/landlord/", "/pl/", "/missing-page/"):
        html = client.get(url).content.decode()
        assert 'href="https://www.gov.uk/social-housing-complaints"' in html, url
        assert "Make Things Right" in html


@pytest.mark.django_db
def test_not_found_page_is_friendly(client, home_page):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


@pytest.mark.django_db
def test_health_check(client):
    assert client.get("/healthz/").json() == {"status": "ok"}


@pytest.mark.django_db
def test_load_demo_content_is_safe_to_run_twice(outbox):
    from casestudies.models import Submission
    from cms_site.models import CampaignHomePage

    call_command("load_demo_content", stdout=StringIO())
    call_command("load_demo_content", stdout=StringIO())
    assert CampaignHomePage.objects.count() == len(settings.LANGUAGES)  # English and its translations
    assert Submission.objects.count() == 3
    from django.contrib.auth import get_user_model

    assert get_user_model().objects.filter(username__in=["admin", "editor", "privacy"]).count() == 3
