"""Content-Security-Policy for the public site and the admin (docs/security.md).

The strict policy in ``settings.CONTENT_SECURITY_POLICY`` (scripts and styles only from
our own origin, no nonce) is sent on every response. Public pages need nothing more, so
a page kept by the page cache (cms_site/caching.py) is right for every visitor, header
and body alike; a response whose policy carries a nonce is never stored there.

Wagtail 8's admin still writes a few inline ``<script>`` elements itself: the date and
time pickers' ``initDateChooser(...)``, the choosers' ``new PageChooser(...)`` and the
``InlinePanel`` set-up. Under ``/admin/`` each inline script that is exactly one of those
calls with literal (JSON) arguments is given this response's nonce, and ``script-src``
carries the nonce; any other inline script, or one with anything added, stays blocked.
No ``'unsafe-inline'`` and no ``'unsafe-eval'`` for scripts anywhere.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from csp.constants import HEADER, NONCE, SELF, UNSAFE_HASHES, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts

from django.http import HttpRequest, HttpResponseBase

ADMIN_PREFIX = "/admin/"
JCROP_EVENT_TEST_HASH = "'sha256-i+qr4lq34KgNHiW62lWi9aInEBwiEOrfCzaNPCvkqD8='"  # of "return;"

# What the admin needs beyond the public policy (tests/browser/test_csp.py checks it).
ADMIN_POLICY_UPDATE: dict[str, list] = {
    # Only the inline scripts that pass ``wagtail_init_script`` carry the nonce.
    "script-src": [NONCE],
    # The image editor's focal-point tool (Jcrop) tests for touch events by setting
    # ``on<event>="return;"`` on a detached element: that one no-op handler, nothing else.
    "script-src-attr": [UNSAFE_HASHES, JCROP_EVENT_TEST_HASH],
    # The rich text editor (Draftail) adds <style> elements and style attributes from
    # script, with content that changes, so no hash or nonce can name them.
    "style-src": [UNSAFE_INLINE],
}

# A call with literal arguments: ``name(<JSON values, comma separated>);``
_CALL = re.compile(
    r"(?:init(?:Date|Time|DateTime)Chooser|createTaskChooser"
    r"|new (?:Page|Image|Document|Snippet|Task)?Chooser)\((?P<args>.*)\);",
    re.DOTALL,
)
# InlinePanel's and MultipleChooserPanel's set-up: a JSON string literal, escapejs-escaped.
_PANEL = re.compile(
    r'\(function\(\) \{\s*var panel = new (?:InlinePanel|MultipleChooserPanel)\(JSON\.parse\("'
    r'(?P<literal>(?:[^"\\\n]|\\u[0-9A-Fa-f]{4})*)"\)\);\s*\}\)\(\);'
)
_INLINE_SCRIPT = re.compile(
    rb"<script(?P<attrs>(?:\s[^>]*)?)>(?P<body>.*?)</script>", re.IGNORECASE | re.DOTALL
)


def wagtail_init_script(body: str) -> bool:
    """Whether an inline script is exactly one of Wagtail's own set-up calls, with data only."""
    body = body.strip()
    if match := _CALL.fullmatch(body):
        try:
            json.loads(f"[{match['args']}]")
        except (ValueError, RecursionError):  # not JSON, or nested too deep to be Wagtail's
            return False
        return True
    return _PANEL.fullmatch(body) is not None


def add_admin_script_nonces(content: bytes, nonce: Callable[[], str]) -> tuple[bytes, int]:
    """Give Wagtail's own inline set-up scripts the nonce; return the content and how many.

    ``nonce`` is called only if a script is given it (django-csp adds the nonce to the
    header only once it has been read).
    """
    given = 0

    def give(match: re.Match) -> bytes:
        nonlocal given
        attrs, body = match["attrs"], match["body"]
        if b"src=" in attrs.lower() or attrs.strip() or not body.strip():
            return match[0]  # external, typed (JSON data) or empty: nothing to run inline
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return match[0]
        if not wagtail_init_script(text):
            return match[0]
        given += 1
        return b'<script nonce="' + nonce().encode("ascii") + b'">' + body + b"</script>"

    return _INLINE_SCRIPT.sub(give, content), given


def is_admin_path(path: str) -> bool:
    return path.startswith(ADMIN_PREFIX)


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's additions under /admin/.

    Pages that Wagtail lets its own preview panel frame (``X-Frame-Options: SAMEORIGIN``)
    get ``frame-ancestors 'self'`` to match; everything else keeps ``'none'``.
    """

    def process_response(self, request: HttpRequest, response: HttpResponseBase) -> HttpResponseBase:
        admin = is_admin_path(request.path_info)
        if admin and _framed_by_us(response) and response.has_header(HEADER):
            # Wagtail's preview panel: the page was rendered through the middleware as if
            # at its public address (so with the public policy); it is shown in the admin.
            del response[HEADER]
        if (
            admin
            and response.get("Content-Type", "").startswith("text/html")
            and not getattr(response, "streaming", False)
            and b"<script" in response.content
        ):
            content, given = add_admin_script_nonces(response.content, lambda: str(request.csp_nonce))
            if given:  # the nonce was read, so django-csp puts it in the header
                response.content = content
                if response.has_header("Content-Length"):
                    response["Content-Length"] = str(len(content))
        return super().process_response(request, response)

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        update = dict(parts.update or {})
        if is_admin_path(request.path_info):
            for directive, sources in ADMIN_POLICY_UPDATE.items():
                update[directive] = [*update.get(directive, []), *sources]
        replace = dict(parts.replace or {})
        if _framed_by_us(response):
            replace["frame-ancestors"] = [SELF]
        parts.update = update or None
        parts.replace = replace or None
        return parts


def _framed_by_us(response: HttpResponseBase) -> bool:
    return response.get("X-Frame-Options", "").upper() == "SAMEORIGIN"


def shareable(response: HttpResponseBase) -> bool:
    """Whether the response may be sent to others as it is: its policy names no nonce.

    A nonce is secret to one response; a page that needs one is never cached whole.
    """
    return "'nonce-" not in response.get(HEADER, "")
