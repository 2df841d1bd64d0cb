"""WSGI entry point (gunicorn cms_site.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms_site.settings.production")

from cms_site.caching import PageCacheApplication  # noqa: E402  (needs the settings module set)

# Cached pages are sent before Django handles the request (cms_site/caching.py).
application = PageCacheApplication(get_wsgi_application())
