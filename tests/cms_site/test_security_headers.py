"""Content-Security-Policy, Permissions-Policy and the other security headers (docs/security.md).

Every response carries them: public pages, pages replayed from the page cache, errors,
redirects and the admin. Public pages run no inline script and carry no inline style, so
their policy needs no nonce and a cached copy is right for every visitor.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest

from django.http import HttpResponse
from django.urls import path

from cms_site import caching
from cms_site.security_headers import add_admin_script_nonces, shareable, wagtail_init_script
from tests.factories.pages import case_study_index, publish_case_study, publish_toolkit
from tests.factories.users import UserFactory

CSP = "Content-Security-Policy"


def _boom(request):
    raise RuntimeError("a bug")


# This module is also the URLconf of the error-page test (pytest.mark.urls).
urlpatterns = [path("boom/", _boom)]
handler500 = "cms_site.views.server_error"


def directives(response) -> dict[str, list[str]]:
    policy = response[CSP]
    return {part.split()[0]: part.split()[1:] for part in (p.strip() for p in policy.split(";")) if part}


def assert_public_policy(response) -> None:
    policy = directives(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"], "public pages run only our own script files"
    assert policy["style-src"] == ["'self'"]
    assert set(policy["img-src"]) == {"'self'", "data:"}
    assert policy["font-src"] == policy["connect-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"] and policy["object-src"] == ["'none'"]
    assert policy["form-action"] == policy["base-uri"] == ["'self'"]
    assert "upgrade-insecure-requests" not in policy  # production only
    assert_other_headers(response)


def assert_other_headers(response) -> None:
    permissions = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"):
        assert f"{feature}=()" in permissions
    # Passkeys (admin two-factor sign-in) stay available to our own pages.
    assert "publickey-credentials-get=(self)" in permissions
    assert "publickey-credentials-create=(self)" in permissions
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


@pytest.fixture
def site(home_page):
    index = case_study_index(home_page)
    story = publish_case_study(index, title="Heating back on")
    toolkit = publish_toolkit(home_page, title="Residents' toolkit")
    return {"index": index, "story": story, "toolkit": toolkit}


@pytest.mark.parametrize(
    "name", ["home", "index", "story", "toolkit", "search", "resident-start", "landlord-start", "not-found"]
)
def test_public_pages_carry_the_strict_policy(client, site, name):
    urls = {
        "home": "/",
        "index": site["index"].url,
        "story": site["story"].url,
        "toolkit": site["toolkit"].url,
        "search": "/search/?q=heating",
        "resident-start": "/share-your-story/",
        "landlord-start": "/share-your-story/landlord/",
        "not-found": "/no-such-page/",
    }
    response = client.get(urls[name])
    assert response.status_code == (404 if name == "not-found" else 200)
    assert_public_policy(response)


def test_a_form_step_and_its_error_state_carry_the_policy(client, home_page):
    from casestudies.flows import FLOWS

    from ..casestudies.helpers import begin, step_url

    begin(client, "resident")
    url = step_url("resident", FLOWS["resident"].steps[0].slug)
    assert_public_policy(client.get(url))
    error = client.post(url, {})
    assert error.status_code == 400
    assert_public_policy(error)


def test_a_page_replayed_from_the_cache_has_the_same_headers(client, site):
    url = site["story"].url
    first = client.get(url)
    assert first["X-Page-Cache"] == "miss"
    again = client.get(url)
    assert again["X-Page-Cache"] == "hit"
    for header in (CSP, "Permissions-Policy", "Referrer-Policy", "X-Content-Type-Options", "X-Frame-Options"):
        assert again[header] == first[header]
    assert_public_policy(again)
    # The WSGI wrapper replays the stored headers before Django sees the request.
    sent = {}
    application = caching.PageCacheApplication(lambda environ, start_response: pytest.fail("not cached"))
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": url, "QUERY_STRING": "", "HTTP_HOST": "testserver"}
    application(environ, lambda status, headers: sent.update(headers))
    assert sent["X-Page-Cache"] == "hit" and sent[CSP] == first[CSP]
    assert sent["Permissions-Policy"] == first["Permissions-Policy"]


def test_a_response_whose_policy_has_a_nonce_is_never_cached(rf, settings):
    request = rf.get("/somewhere/")
    setattr(request, caching.REQUEST_FLAG, True)
    response = HttpResponse("page")
    response[CSP] = "script-src 'self' 'nonce-abc'"
    assert not shareable(response)
    middleware = caching.PageCacheMiddleware(lambda request: response)
    assert "X-Page-Cache" not in middleware(request)
    plain = HttpResponse("page")
    plain[CSP] = "script-src 'self'"
    assert shareable(plain)


def test_redirects_carry_the_headers(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/share-your-story/")
    assert response.status_code == 301 and response["Location"].startswith("https://")
    assert CSP in response and "Permissions-Policy" in response


@pytest.mark.urls("tests.cms_site.test_security_headers")
def test_the_server_error_page_carries_the_policy(client, home_page):
    client.raise_request_exception = False
    response = client.get("/boom/")
    assert response.status_code == 500
    assert_public_policy(response)
    assert_public_html(response.content.decode(), "500")


# No inline script, no inline style in any public page ------------------------------------


class _InlineFinder(HTMLParser):
    """Collects inline executable scripts, <style> elements, style and on* attributes."""

    EXECUTABLE = {"", "text/javascript", "module", "application/javascript"}

    def __init__(self):
        super().__init__()
        self.problems: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        for name, _value in attrs:
            if name == "style" or name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...>")
        if tag == "style":
            self.problems.append("<style> element")
        if tag == "script":
            kind = (values.get("type") or "").strip().lower()
            self._in_script = kind in self.EXECUTABLE and not values.get("src")
        for name in ("href", "src", "action", "formaction"):
            if (values.get(name) or "").strip().lower().startswith("javascript:"):
                self.problems.append(f"<{tag} {name}=javascript:...>")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.problems.append(f"inline script: {data.strip()[:60]!r}")


def assert_public_html(html: str, name: str) -> None:
    finder = _InlineFinder()
    finder.feed(html)
    assert not finder.problems, f"{name}: {finder.problems}"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_no_public_page_has_inline_script_or_style(client, home_page, outbox):
    """Every public page the HTML validity test builds: home, listings, stories, toolkit,
    each form step and its error state, in English and Arabic, search, errors."""
    from ..moderation.helpers import case_index
    from .test_html_valid import _collect_pages
    from .test_notices import _notice

    case_index(home_page)
    _notice(home_page)
    pages = _collect_pages(client, outbox)
    pages["privacy-notice"] = client.get("/privacy/").content.decode()
    assert len(pages) > 40
    for name, html in pages.items():
        assert_public_html(html, name)


def test_the_finder_catches_what_csp_would_block():
    for html in (
        "<script>alert(1)</script>",
        "<p style='color:red'>x</p>",
        "<style>p{}</style>",
        "<img src=x onerror=alert(1)>",
        "<a href='javascript:alert(1)'>x</a>",
        "<script type=module>import('x')</script>",
    ):
        finder = _InlineFinder()
        finder.feed(html)
        assert finder.problems, html
    finder = _InlineFinder()
    finder.feed('<script src="/static/x.js"></script><script type="application/json">{"a": 1}</script>')
    assert not finder.problems


# The admin -----------------------------------------------------------------------------------


def test_the_admin_gives_a_nonce_only_to_wagtails_own_scripts(client, site):
    editor = UserFactory(is_superuser=True)
    client.force_login(editor)
    response = client.get(f"/admin/pages/{site['story'].pk}/edit/")
    assert response.status_code == 200
    policy = directives(response)
    nonces = [source for source in policy["script-src"] if source.startswith("'nonce-")]
    assert len(nonces) == 1 and "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in response[CSP]
    nonce = nonces[0][len("'nonce-") : -1]
    html = response.content.decode()
    inline = re.findall(r"<script(?![^>]*\bsrc=)(?![^>]*\btype=)([^>]*)>", html)
    assert inline and all(f'nonce="{nonce}"' in attrs for attrs in inline)
    if response.has_header("Content-Length"):
        assert int(response["Content-Length"]) == len(response.content)
    assert_other_headers(response)
    # A fresh nonce for every response.
    assert client.get(f"/admin/pages/{site['story'].pk}/edit/")[CSP] != response[CSP]


def test_admin_pages_without_inline_scripts_get_no_nonce(client, home_page):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "'nonce-" not in response[CSP]
    assert directives(response)["frame-ancestors"] == ["'none'"]
    assert_other_headers(response)


@pytest.mark.parametrize(
    "script",
    [
        'initDateChooser("id_last_login_0", {"dayOfWeekStart": 0, "format": "Y-m-d"});',
        'initDateTimeChooser("id_go_live_at", {"format": "Y-m-d H:i", "parentID": "#dialog"});',
        'new PageChooser("id_story", {"modelNames": ["casestudies.casestudypage"], "userPerms": null});',
        'new ImageChooser("id_image", {"modalUrl": "/admin/images/chooser/"});',
        'createTaskChooser("id_task");',
        '\n  (function() {\n    var panel = new InlinePanel(JSON.parse("{\\u0022type\\u0022: \\u0022InlinePanel\\u0022}"));\n  })();\n',
    ],
)
def test_wagtails_set_up_calls_are_recognised(script):
    assert wagtail_init_script(script)


@pytest.mark.parametrize(
    "script",
    [
        "",
        "alert(1)",
        'initDateChooser("x", {}); alert(1); f("y");',
        'initDateChooser("x", {}) + alert(document.cookie) + ({});',
        'new PageChooser("x", {}), fetch("/admin/users/");',
        'new PageChooser("x", alert(1));',
        'new Function("alert(1)")("x", {});',
        'new PageChooser("x", {"a": `${alert(1)}`});',
        '(function() { var panel = new InlinePanel(JSON.parse("x\\"));alert(1);//")); })();',
        '(function() { var panel = new InlinePanel(JSON.parse("x")); alert(1); })();',
        "initDateChooser(" + "[" * 5000 + ");",
        "x" * 100_000,
    ],
)
def test_anything_else_stays_blocked(script):
    assert not wagtail_init_script(script)


def test_only_recognised_scripts_get_the_nonce():
    html = (
        b'<script>initDateChooser("id_a", {});</script>'
        b"<script>alert(1)</script>"
        b'<script src="/static/x.js"></script>'
        b'<script type="application/json">{"a": "initDateChooser(\\"x\\", {});"}</script>'
        b'<SCRIPT>initDateChooser("id_b", {});</SCRIPT>'
        b"<script>\xff\xfe</script>"
    )
    content, given = add_admin_script_nonces(html, lambda: "N0NCE")
    assert given == 2
    assert content.count(b'nonce="N0NCE"') == 2
    assert b"<script>alert(1)</script>" in content
    assert b'<script src="/static/x.js"></script>' in content
    _content, none_given = add_admin_script_nonces(b"<script>alert(1)</script>", lambda: pytest.fail("read"))
    assert none_given == 0


def test_production_upgrades_insecure_requests(settings):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms_site.settings.production",
        "SECRET_KEY": "x" * 60,
        "ALLOWED_HOSTS": "stories.example.org",
        "REDIS_URL": "redis://cache.example.org:6379/0",
        "PUBLIC_BASE_URL": "https://stories.example.org",
    }
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.CONTENT_SECURITY_POLICY['DIRECTIVES']['upgrade-insecure-requests'], s.SECURE_SSL_REDIRECT)"
    )
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["True", "True"]
    assert settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] is False
