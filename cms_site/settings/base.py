"""Settings shared by every environment, read from the environment (twelve-factor).

Secure by default: DEBUG is off and cookies are secure here; dev.py and test.py
relax what they must. Integrations are switched on only when their environment
variables exist. The embedded default is a SQLite file and the console email
backend, so a fresh clone runs with no services at all.
"""

from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF

from django.utils.translation import gettext_lazy as _

from .env import env, env_bool, env_int, env_list

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "cms_site"

SECRET_KEY = env("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "cms_site",
    "casestudies",
    "moderation",
    "privacy",
    "adminauth",  # two factors and session limits for admin users (docs/security.md)
    # Page translation: synchronised locale trees, translated in the admin (before
    # wagtail.admin so its locale views replace Wagtail's own).
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "anymail",
    "django_ratelimit",  # for its system checks: a shared cache is required
    "django_tasks",
    "django_tasks_db",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_otp_webauthn",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # Outermost: it stores pages exactly as sent, and serves them before anything else runs.
    "cms_site.caching.PageCacheMiddleware",
    # Security headers on every response Django makes, redirects included (docs/security.md).
    "cms_site.security_headers.SiteCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Admin users: sessions that end when idle or too old, then two factors (adminauth).
    "django_otp.middleware.OTPMiddleware",
    "adminauth.middleware.AdminSessionLimitMiddleware",
    "adminauth.middleware.TwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "django_ratelimit.middleware.RatelimitMiddleware",
]

ROOT_URLCONF = "cms_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "cms_site.context_processors.campaign",
            ],
        },
    },
]

WSGI_APPLICATION = "cms_site.wsgi.application"

# DATABASE_URL selects the database; a SQLite file is the embedded default.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", "") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several gunicorn workers on one SQLite file: take the write lock at the start
    # of each transaction (waiting for it) instead of failing with "database is
    # locked" when a read turns into a write, and let readers run beside a writer.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        # secure_delete: erased personal data is overwritten in the file, not left in free pages.
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA secure_delete=ON;",
    }
    # Each process or thread keeps its connection: opening one re-reads the schema (~1 ms).
    DATABASES["default"]["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 60)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Caches: Redis when REDIS_URL is set (production and CI), local memory otherwise.
REDIS_URL = env("REDIS_URL", "")
CACHE_SOCKET_TIMEOUT = float(env("CACHE_SOCKET_TIMEOUT", "0.5"))  # seconds; a dead Redis costs no more


def caches_for(redis_url: str, key_prefix: str = "mtr") -> dict:
    """Two aliases over one store. With Redis down the site carries on without it:

    ``default`` (rate limits, remembered values) reads as empty and drops writes
    (django-redis IGNORE_EXCEPTIONS, logged once a minute through ``cms_site.cache``);
    ``pages`` raises, and the page cache (cms_site/caching.py) treats that as a miss.
    """
    if not redis_url:
        # One shared local-memory store (same LOCATION) for both aliases.
        return {
            alias: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "mtr"}
            for alias in ("default", "pages")
        }
    options = {"SOCKET_CONNECT_TIMEOUT": CACHE_SOCKET_TIMEOUT, "SOCKET_TIMEOUT": CACHE_SOCKET_TIMEOUT}
    # django-redis keeps one client per process (Django's own backend builds one per call).
    redis = {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": redis_url, "KEY_PREFIX": key_prefix}
    return {
        "default": {**redis, "OPTIONS": {**options, "IGNORE_EXCEPTIONS": True}},
        "pages": {**redis, "OPTIONS": options},
    }


CACHES = caches_for(REDIS_URL, env("CACHE_KEY_PREFIX", "mtr"))
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
DJANGO_REDIS_LOGGER = "cms_site.cache"  # rate-limited there: one warning a minute, not one per request

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: the seven campaign languages, URLs under i18n_patterns.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("ar", _("Arabic")),
    ("bn", _("Bengali")),
    ("pl", _("Polish")),
    ("pa", _("Punjabi")),
    ("ro", _("Romanian")),
    ("ur", _("Urdu")),
]
# How each language names itself, for the language switcher and the form's choices.
LANGUAGE_NATIVE_NAMES = {
    "en": "English",
    "ar": "العربية",
    "bn": "বাংলা",
    "pl": "Polski",
    "pa": "ਪੰਜਾਬੀ",
    "ro": "Română",
    "ur": "اردو",
}
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

# Static files: GOV.UK Frontend's precompiled assets are copied by bin/setup into
# build/static (not committed) and served by whitenoise.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [PROJECT_DIR / "static", BASE_DIR / "build" / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]

# Media. Submission photos are personal data: they live in a private storage that
# is never served by URL; the admin streams them through a permission-checked view.
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
MEDIA_URL = "/media/"
PRIVATE_MEDIA_ROOT = Path(env("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "private-media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Uploads: keep big files off memory. The photo step refuses a body too big to be
# photos before it is read, and stops each file at 10MB (casestudies.upload_limits).
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FILES = 10

# Email: every message goes through django-anymail's message class. Console by
# default; an ESP backend (e.g. anymail.backends.postmark.EmailBackend) when
# EMAIL_BACKEND and its ANYMAIL_* settings are given.
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Make Things Right <stories@makethingsright.example>")
ANYMAIL = {
    key.removeprefix("ANYMAIL_"): value
    for key, value in __import__("os").environ.items()
    if key.startswith("ANYMAIL_")
}

# Background work: django-tasks, inline by default; the database worker
# (`manage.py db_worker`) in production.
TASKS = {
    "default": {
        "BACKEND": env("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"),
    }
}

# Sessions and cookies: secure unless dev/test relax them. Sessions live in the database,
# never in the cache alone, so a Redis outage logs nobody out and breaks no form.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 60 * 60 * 24  # a day; "save and come back" uses an emailed link
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp; cms_site/security_headers.py adds the admin's few
# relaxations under /admin/). Public pages run no inline script and carry no inline style,
# so they need no nonce and a cached page is right for every visitor. docs/security.md.
_MEDIA_ORIGIN = "{0.scheme}://{0.netloc}".format(urlsplit(MEDIA_URL)) if urlsplit(MEDIA_URL).netloc else None
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *filter(None, [_MEDIA_ORIGIN])],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
        "upgrade-insecure-requests": False,  # production.py turns it on
    }
}
# Permissions-Policy (django-permissions-policy): features we never use are off for this
# site and anything it frames; passkeys (WebAuthn, admin two-factor sign-in) stay ours.
PERMISSIONS_POLICY: dict[str, list[str]] = {
    **{
        feature: []
        for feature in (
            "accelerometer",
            "autoplay",
            "browsing-topics",
            "camera",
            "display-capture",
            "encrypted-media",
            "geolocation",
            "gyroscope",
            "hid",
            "idle-detection",
            "local-fonts",
            "magnetometer",
            "microphone",
            "midi",
            "payment",
            "screen-wake-lock",
            "serial",
            "usb",
            "window-management",
            "xr-spatial-tracking",
        )
    },
    "publickey-credentials-create": ["self"],
    "publickey-credentials-get": ["self"],
}
# No third-party requests from the admin: no Gravatar (editors' hashed addresses) and no
# release check against releases.wagtail.io (versions are pinned in requirements.txt).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False


# Rate limiting needs a shared cache (Redis) in production.
RATELIMIT_USE_CACHE = "default"
RATELIMIT_FAIL_OPEN = True  # with the cache down, limits are not enforced (logged): stories still arrive
RATELIMIT_VIEW = "casestudies.views.common.rate_limited"
# key="ip" means the client's address (cms_site/client_ip.py): REMOTE_ADDR, or behind
# TRUSTED_PROXY_COUNT proxies the entry they appended to TRUSTED_PROXY_HEADER.
RATELIMIT_IP_META_KEY = "cms_site.client_ip.client_ip"
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
TRUSTED_PROXY_HEADER = env("TRUSTED_PROXY_HEADER", "HTTP_X_FORWARDED_FOR")
SUBMISSION_RATE_LIMIT = env("SUBMISSION_RATE_LIMIT", "10/h")
EMAIL_LINK_RATE_LIMIT = env("EMAIL_LINK_RATE_LIMIT", "20/h")
DRAFT_RATE_LIMIT = env("DRAFT_RATE_LIMIT", "20/h")  # new drafts per client
PHOTO_UPLOAD_RATE_LIMIT = env("PHOTO_UPLOAD_RATE_LIMIT", "30/h")  # posts with photos per client
# Sign-in and password reset (cms_site/admin_limits.py, docs/security.md).
ADMIN_LOGIN_RATE_LIMIT = env("ADMIN_LOGIN_RATE_LIMIT", "5/15m")  # failures per username and per client
ADMIN_LOGIN_LOCKOUT_SECONDS = env_int("ADMIN_LOGIN_LOCKOUT_SECONDS", 15 * 60)
ADMIN_PASSWORD_RESET_EMAIL_RATE_LIMIT = env("ADMIN_PASSWORD_RESET_EMAIL_RATE_LIMIT", "3/h")
ADMIN_PASSWORD_RESET_IP_RATE_LIMIT = env("ADMIN_PASSWORD_RESET_IP_RATE_LIMIT", "10/h")

# Two factors for admin users (adminauth, docs/security.md): after the password, a code
# from an authenticator app, a passkey or a recovery code, for every /admin/ URL. Off
# only in test.py (tests that need it turn it on).
ADMIN_REQUIRE_TWO_FACTOR = env_bool("ADMIN_REQUIRE_TWO_FACTOR", True)
ADMIN_TWO_FACTOR_PATHS = ["/admin/", "/django-admin/"]
ADMIN_TWO_FACTOR_RATE_LIMIT = env(
    "ADMIN_TWO_FACTOR_RATE_LIMIT", "5/15m"
)  # wrong codes per user and per client
ADMIN_TWO_FACTOR_LOCKOUT_SECONDS = env_int("ADMIN_TWO_FACTOR_LOCKOUT_SECONDS", 15 * 60)
ADMIN_RECOVERY_CODE_COUNT = 10
# Signed-in sessions end after this long without a request, and this long after signing in,
# whatever happens in between (0 turns either off). Anonymous sessions (residents' drafts)
# are not touched.
ADMIN_SESSION_IDLE_SECONDS = env_int("ADMIN_SESSION_IDLE_SECONDS", 30 * 60)
ADMIN_SESSION_MAX_SECONDS = env_int("ADMIN_SESSION_MAX_SECONDS", 12 * 60 * 60)
OTP_TOTP_ISSUER = env("OTP_TOTP_ISSUER", "Make Things Right")
# Passkeys (django-otp-webauthn) are bound to the admin's host name (webauthn_relying_party).
OTP_WEBAUTHN_RP_NAME = OTP_TOTP_ISSUER
OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN = False  # a passkey is the second factor, never the only one
OTP_WEBAUTHN_EXCEPTION_LOGGER_NAME = "adminauth.webauthn"


def webauthn_relying_party(admin_base_url: str) -> tuple[str, list[str]]:
    """The passkeys' relying party ID and allowed origins, from the admin's address.

    Browsers take no IP address as an ID: a loopback address (``bin/run``'s
    http://127.0.0.1:8000) gives ``localhost`` on the same port, so passkeys work at
    http://localhost:8000/admin/ in development.
    """
    parts = urlsplit(admin_base_url)
    host = parts.hostname or "localhost"
    if host in ("127.0.0.1", "::1", "localhost"):
        port = f":{parts.port}" if parts.port else ""
        return "localhost", [f"http://localhost{port}", f"https://localhost{port}"]
    return env("OTP_WEBAUTHN_RP_ID", host), [f"{parts.scheme}://{parts.netloc}"]


# Wagtail
WAGTAIL_SITE_NAME = "Make Things Right stories"
# The public site's address: scheme, host and port, no path. Every absolute link is
# built from it (cms_site/public_urls.py): emails, pages' full URLs, the feed, sitemap,
# robots.txt, canonical, og: and hreflang tags, the API. Never the request's host,
# which a proxy, a test client or an attacker's Host header can change.
PUBLIC_BASE_URL = env("PUBLIC_BASE_URL", "http://localhost:8000").rstrip("/")
# The admin's address, for links in editors' emails and Wagtail's own; the same by default.
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", PUBLIC_BASE_URL).rstrip("/")
OTP_WEBAUTHN_RP_ID, OTP_WEBAUTHN_ALLOWED_ORIGINS = webauthn_relying_party(WAGTAILADMIN_BASE_URL)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]

# Whole-page cache for anonymous visitors (cms_site/caching.py); 0 turns it off.
PAGE_CACHE_ALIAS = "pages"
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
PAGE_CACHE_CDN_SECONDS = env_int("PAGE_CACHE_CDN_SECONDS", 0)

# /health/ (cms_site/views.py): 503 when the database is down or the oldest task waiting
# for the worker has waited longer than this.
HEALTH_MAX_TASK_AGE_SECONDS = env_int("HEALTH_MAX_TASK_AGE_SECONDS", 900)

# The Wagtail API (read only, public fields of published pages).
WAGTAILAPI_BASE_URL = PUBLIC_BASE_URL  # the API's own detail_url links
WAGTAILAPI_LIMIT_MAX = 100
REST_FRAMEWORK = {"DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]}

# The campaign's own settings.
CAMPAIGN = {
    "SIGNPOST_URL": "https://www.gov.uk/social-housing-complaints",
    "SIGNPOST_TEXT": "gov.uk/social-housing-complaints",
}
# Version of the consent wording shown on the form; bump it when the text changes.
CONSENT_TEXT_VERSION = "2026-12-v3"
RESUME_LINK_MAX_AGE_DAYS = env_int("RESUME_LINK_MAX_AGE_DAYS", 14)
VERIFICATION_LINK_MAX_AGE_DAYS = env_int("VERIFICATION_LINK_MAX_AGE_DAYS", 7)
# Confirmation emails a story can be sent in all (the first and the ones asked for again).
VERIFICATION_EMAILS_MAX = env_int("VERIFICATION_EMAILS_MAX", 5)
WITHDRAWAL_LINK_MAX_AGE_DAYS = env_int("WITHDRAWAL_LINK_MAX_AGE_DAYS", 365)
# A failed email is retried after 1, 2, 4... minutes, at most an hour apart; 30 attempts
# span just over 24 hours of provider outage before it is given up (casestudies.emails).
EMAIL_MAX_ATTEMPTS = env_int("EMAIL_MAX_ATTEMPTS", 30)
EMAIL_RETRY_MAX_DELAY_MINUTES = env_int("EMAIL_RETRY_MAX_DELAY_MINUTES", 60)
# manage.py run_worker: after a database error, wait 1 s, doubling up to 60 s, and start again.
WORKER_RETRY_INITIAL_SECONDS = env_int("WORKER_RETRY_INITIAL_SECONDS", 1)
WORKER_RETRY_MAX_SECONDS = env_int("WORKER_RETRY_MAX_SECONDS", 60)

# Who editors contact about a story flagged for safety (a team address, say); unset, the
# members of the Privacy officers group are listed.
PRIVACY_OFFICER_CONTACT = env("PRIVACY_OFFICER_CONTACT", "")

# Moderation (docs/moderation.md). Targets are working days (England and Wales bank
# holidays excluded) for each workflow task; past half the target a task is amber,
# past the target red.
MODERATION_TARGET_WORKING_DAYS = {
    "consent_check": env_int("TARGET_CONSENT_CHECK_DAYS", 2),
    "anonymisation": env_int("TARGET_ANONYMISATION_DAYS", 5),
    "storyteller_approval": env_int("TARGET_STORYTELLER_APPROVAL_DAYS", 10),
    "sign_off": env_int("TARGET_SIGN_OFF_DAYS", 2),
    "changes_requested": env_int("TARGET_CHANGES_DAYS", 3),
    "resubmit": env_int("TARGET_CHANGES_DAYS", 3),
}
# The storyteller's link to check the anonymised version works this long; if their
# consent allows, the story may be published when they have not replied in time.
STORYTELLER_APPROVAL_DAYS = env_int("STORYTELLER_APPROVAL_DAYS", 14)
STORYTELLER_LINK_MAX_AGE_DAYS = env_int("STORYTELLER_LINK_MAX_AGE_DAYS", 30)
# Consent you can take back (docs/data-protection.md). The storyteller's own page opens
# from a signed link in every email; the link works this many days and can be asked for
# again with the reference and email address.
STORY_PAGE_LINK_MAX_AGE_DAYS = env_int("STORY_PAGE_LINK_MAX_AGE_DAYS", 30)
# Consents older than this are asked to be renewed; a published story whose consent is
# not renewed within the deadline is unpublished.
CONSENT_RENEWAL_MONTHS = env_int("CONSENT_RENEWAL_MONTHS", 24)
CONSENT_RENEWAL_DEADLINE_DAYS = env_int("CONSENT_RENEWAL_DEADLINE_DAYS", 30)
# Retention: days after which personal data is erased (manage.py purge_personal_data,
# and the daily background task): everything for stories never verified, rejected or
# withdrawn; for published stories their contact details, after publication +
# PUBLISHED_CONTACT days (from the latest renewal), unless the person agreed to be
# contacted again (media_contact). The story itself stays with its page until it is
# withdrawn. Without an address consent cannot be renewed, so it lapses when due.
RETENTION_DAYS = {
    "UNVERIFIED": env_int("RETENTION_UNVERIFIED_DAYS", 30),
    "REJECTED": env_int("RETENTION_REJECTED_DAYS", 90),
    "WITHDRAWN": env_int("RETENTION_WITHDRAWN_DAYS", 30),
    # Long enough to ask for consent renewal once (CONSENT_RENEWAL_MONTHS + the deadline).
    "PUBLISHED_CONTACT": env_int("RETENTION_PUBLISHED_CONTACT_DAYS", 760),
}
# Pages that the sign-off workflow governs, and where new case studies are made.
WAGTAIL_FINISH_WORKFLOW_ACTION = "moderation.finish.finish_workflow"
WAGTAIL_WORKFLOW_CANCEL_ON_PUBLISH = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {"django.request": {"level": "ERROR"}},
}
