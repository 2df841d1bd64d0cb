"""Absolute links: every one is built from ``PUBLIC_BASE_URL``, in this one module.

Emails, the storyteller's page, the feed, the sitemap and robots.txt, canonical, ``og:``
and hreflang tags and the API all need absolute URLs. The request's host is the wrong
source: behind a proxy or CDN it is the app server's address, in a background task there
is no request, and a forged Host header would put an attacker's domain in our emails.
Wagtail's ``Site`` record is the wrong source too: its ``root_url`` is ``http://`` unless
the port is 443, and the demo serves on whatever port it was given. So:

- ``public_url("/stories/")`` makes a site path absolute;
- ``admin_url(path)`` does the same for the admin (``WAGTAILADMIN_BASE_URL``, which is
  ``PUBLIC_BASE_URL`` unless the admin lives elsewhere);
- ``PublicURLMixin`` on every page type puts ``PUBLIC_BASE_URL`` in front of a page's
  path, so ``page.full_url`` (and everything Wagtail builds on it: the sitemap, the API's
  ``html_url``, front-end cache purges) is right everywhere. One site is assumed: the
  campaign has one public address, and its languages are path prefixes.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, register


def public_base_url() -> str:
    """``PUBLIC_BASE_URL`` without a trailing slash."""
    return settings.PUBLIC_BASE_URL.rstrip("/")


def _absolute(base: str, path: str) -> str:
    if path.startswith(("http://", "https://")):
        return path
    if not path.startswith("/"):
        raise ValueError(f"A site path starts with '/': {path!r}")
    return base.rstrip("/") + path


def public_url(path: str) -> str:
    """The public address of a path on the site: ``/stories/`` -> ``https://host/stories/``.

    An absolute URL (a media file on object storage, say) is returned as it is.
    """
    return _absolute(public_base_url(), path)


def admin_url(path: str) -> str:
    """The address of a path in the admin, for editors' emails."""
    return _absolute(settings.WAGTAILADMIN_BASE_URL, path)


class PublicURLMixin:
    """Page mixin: a page's full URL is its path on ``PUBLIC_BASE_URL``.

    Wagtail documents ``get_url_parts`` as the method to override for custom URLs; only
    the root URL changes here, so relative ``page.url`` and routing are untouched.
    """

    def get_url_parts(self, request=None):
        parts = super().get_url_parts(request=request)
        if parts is None or parts[2] is None:
            return parts
        site_id, _site_root_url, page_path = parts
        return (site_id, public_base_url(), page_path)


@register()
def check_public_base_url(app_configs, **kwargs) -> list[Error]:
    """The base URLs are origins (http(s), a host, no path), and the API's is the public one."""
    errors = []
    for name in ("PUBLIC_BASE_URL", "WAGTAILADMIN_BASE_URL"):
        value = getattr(settings, name, "")
        parts = urlsplit(value)
        if (
            parts.scheme not in ("http", "https")
            or not parts.hostname
            or parts.path.strip("/")
            or parts.query
            or parts.fragment
        ):
            errors.append(
                Error(
                    f"{name} must be the site's address, like https://stories.example.org "
                    f"(scheme, host and port, no path); it is {value!r}.",
                    id="cms_site.E010",
                )
            )
    if getattr(settings, "WAGTAILAPI_BASE_URL", None) != settings.PUBLIC_BASE_URL:
        errors.append(
            Error(
                "WAGTAILAPI_BASE_URL must be PUBLIC_BASE_URL: the API's links are public ones.",
                id="cms_site.E011",
            )
        )
    return errors
