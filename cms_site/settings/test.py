"""Test settings: fast hashing, anymail's test backend, inline background tasks.

DATABASE_URL and REDIS_URL are honoured, so CI runs the same suite on SQLite and
on PostgreSQL, with Redis as the shared cache for rate limiting.
"""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "test-only-insecure-key")

from .base import *  # noqa: E402,F403

DEBUG = False
ALLOWED_HOSTS = ["*"]
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "anymail.backends.test.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
# Static files come from the finders here (runserver, the test live server), not whitenoise.
MIDDLEWARE = [m for m in MIDDLEWARE if not m.startswith("whitenoise.")]  # noqa: F405
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="mtr-test-media-"))  # noqa: F405
PRIVATE_MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="mtr-test-private-"))  # noqa: F405
STORAGES["private"]["OPTIONS"]["location"] = PRIVATE_MEDIA_ROOT  # noqa: F405
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WAGTAILADMIN_BASE_URL = PUBLIC_BASE_URL = WAGTAILAPI_BASE_URL = "http://testserver"
# The suite signs editors in with force_login: two factors are off here, and on in the
# tests of adminauth (tests/adminauth), which turn them on.
ADMIN_REQUIRE_TWO_FACTOR = False
OTP_WEBAUTHN_RP_ID, OTP_WEBAUTHN_ALLOWED_ORIGINS = "localhost", ["http://localhost"]
if REDIS_URL and os.environ.get("PYTEST_XDIST_WORKER"):  # noqa: F405
    # Each test clears the cache (FLUSHDB): parallel workers get a Redis database each,
    # counting down from the one REDIS_URL names (gw0 keeps it, gw1 the one below...).
    from urllib.parse import urlsplit, urlunsplit

    _parts = urlsplit(REDIS_URL)  # noqa: F405
    _worker = int(os.environ["PYTEST_XDIST_WORKER"].removeprefix("gw") or 0)
    _db = (int(_parts.path.strip("/") or 0) - _worker) % 16
    REDIS_URL = urlunsplit(_parts._replace(path=f"/{_db}"))
    CACHES = caches_for(REDIS_URL)  # noqa: F405
if not REDIS_URL:  # noqa: F405
    SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]
LOGGING = {"version": 1, "disable_existing_loggers": False}
