"""Production: everything from the environment; secure defaults from base stay on.

Required: SECRET_KEY, DATABASE_URL, ALLOWED_HOSTS, REDIS_URL, PUBLIC_BASE_URL,
EMAIL_BACKEND with its ANYMAIL_* keys. Media is on local disk for now (object storage
comes with scaling out).
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .env import env, env_bool, env_int

# Rate limits and lockouts count in the cache: per-process memory would give every
# worker its own budget, so production refuses to start without the shared one.
if not REDIS_URL:  # noqa: F405
    raise ImproperlyConfigured("Set REDIS_URL: rate limits need a cache shared by every app server.")
# Behind the load balancer the connection's address is the proxy's: the client's is
# the one it appended to X-Forwarded-For (cms_site/client_ip.py). 0 if none is in front.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 1)

# No default here: a link in an email to the wrong host is a dead link, or worse.
PUBLIC_BASE_URL = env("PUBLIC_BASE_URL").rstrip("/")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", PUBLIC_BASE_URL).rstrip("/")
WAGTAILAPI_BASE_URL = PUBLIC_BASE_URL
OTP_WEBAUTHN_RP_ID, OTP_WEBAUTHN_ALLOWED_ORIGINS = webauthn_relying_party(WAGTAILADMIN_BASE_URL)  # noqa: F405

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
# Browsers fetch any http:// address in a page over HTTPS (docs/security.md).
CONTENT_SECURITY_POLICY = {  # noqa: F405
    **CONTENT_SECURITY_POLICY,  # noqa: F405
    "DIRECTIVES": {**CONTENT_SECURITY_POLICY["DIRECTIVES"], "upgrade-insecure-requests": True},  # noqa: F405
}
TASKS = {"default": {"BACKEND": env("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}

# A CDN in front of the app servers: Wagtail's front-end cache app purges the URLs of
# pages as they are published or unpublished (and so withdrawn), so the CDN may keep
# pages for PAGE_CACHE_CDN_SECONDS. Configured only when its variables are given.
if env("FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN", ""):
    WAGTAILFRONTENDCACHE = {
        "cloudflare": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": env("FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN"),
            "ZONEID": env("FRONTEND_CACHE_CLOUDFLARE_ZONEID", ""),
        }
    }
elif env("FRONTEND_CACHE_PURGE_URL", ""):  # Varnish, Fastly-style or any HTTP PURGE endpoint
    WAGTAILFRONTENDCACHE = {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": env("FRONTEND_CACHE_PURGE_URL"),
        }
    }
if "WAGTAILFRONTENDCACHE" in globals():
    PAGE_CACHE_CDN_SECONDS = env_int("PAGE_CACHE_CDN_SECONDS", 300)
