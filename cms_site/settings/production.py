"""Production: everything from the environment; secure defaults from base stay on.

Required: SECRET_KEY, DATABASE_URL, ALLOWED_HOSTS, REDIS_URL, EMAIL_BACKEND with its
ANYMAIL_* keys. Media is on local disk for now (object storage comes with scaling out).
"""

from .base import *  # noqa: F403
from .env import env, env_bool, env_int

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
TASKS = {"default": {"BACKEND": env("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}
