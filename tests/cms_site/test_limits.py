"""Limits that hold behind a proxy: the client's address, sign-in lockout, password reset.

Every user and request is made here; time is moved by patching the clock the lockout
reads, never by waiting.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from django.core import checks
from django.core.cache.backends.base import BaseCache
from django.core.exceptions import ImproperlyConfigured
from django.test import Client, RequestFactory

from cms_site import admin_limits
from cms_site.client_ip import client_ip
from tests.factories.users import UserFactory

LOGIN = "/admin/login/"
RESET = "/admin/password_reset/"
LOCKED = "Too many attempts. Try again in 15 minutes."
RESET_LIMITED = "Too many password reset requests. Try again in an hour."
PROXY = "10.0.0.2"


def _request(remote="192.0.2.1", forwarded=None, **meta):
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", REMOTE_ADDR=remote, **meta)


# The client's address ----------------------------------------------------------------------


def test_without_a_proxy_the_connection_address_is_used_and_the_header_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(_request("192.0.2.1", forwarded="203.0.113.9")) == "192.0.2.1"


def test_behind_one_proxy_the_address_it_appended_is_used_not_the_left_most(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(_request(PROXY, forwarded="203.0.113.7")) == "203.0.113.7"
    # The client sent its own X-Forwarded-For: the proxy appended the real address after it.
    assert client_ip(_request(PROXY, forwarded="1.1.1.1, 8.8.8.8, 203.0.113.7")) == "203.0.113.7"


def test_behind_two_proxies_the_second_from_the_right_is_the_client(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    # client -> load balancer (appends the client) -> nginx (appends the load balancer) -> app
    assert client_ip(_request(PROXY, forwarded="6.6.6.6, 203.0.113.7, 10.0.0.1")) == "203.0.113.7"


def test_a_request_that_skipped_the_proxies_or_a_broken_entry_falls_back_to_the_connection(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_ip(_request(PROXY, forwarded="203.0.113.7")) == PROXY
    assert client_ip(_request(PROXY)) == PROXY
    assert client_ip(_request(PROXY, forwarded="not-an-address, 10.0.0.1")) == PROXY


def test_ports_brackets_and_ipv6_entries_are_read(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(_request(PROXY, forwarded="203.0.113.7:51234")) == "203.0.113.7"
    assert client_ip(_request(PROXY, forwarded="[2001:db8::7]:443")) == "2001:db8::7"
    assert client_ip(_request(PROXY, forwarded=" 2001:DB8::7 ")) == "2001:db8::7"


def test_another_trusted_header_can_be_named(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.TRUSTED_PROXY_HEADER = "HTTP_X_REAL_IP"
    request = _request(PROXY, forwarded="6.6.6.6", HTTP_X_REAL_IP="203.0.113.7")
    assert client_ip(request) == "203.0.113.7"


def test_an_empty_connection_address_is_a_configuration_error(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    with pytest.raises(ImproperlyConfigured, match="TRUSTED_PROXY_COUNT"):
        client_ip(_request(""))


@given(
    spoofed=st.lists(st.text(alphabet=st.characters(blacklist_characters=","), max_size=20), max_size=5),
    proxies=st.integers(min_value=1, max_value=3),
)
def test_nothing_the_client_puts_in_the_header_changes_its_address(spoofed, proxies):
    from django.test import override_settings

    appended = ["203.0.113.7"] + [f"10.0.0.{n}" for n in range(1, proxies)]
    forwarded = ", ".join([*spoofed, *appended])
    with override_settings(TRUSTED_PROXY_COUNT=proxies):
        assert client_ip(_request(PROXY, forwarded=forwarded)) == "203.0.113.7"


def test_django_ratelimit_reads_the_client_address_through_the_helper(settings):
    from django_ratelimit.core import get_usage

    settings.TRUSTED_PROXY_COUNT = 1
    assert settings.RATELIMIT_IP_META_KEY == "cms_site.client_ip.client_ip"
    for forwarded in ("1.1.1.1, 203.0.113.7", "2.2.2.2, 203.0.113.7"):
        usage = get_usage(_request(PROXY, forwarded), group="t", key="ip", rate="2/h", increment=True)
    assert usage["count"] == 2 and usage["should_limit"] is False
    other = get_usage(_request(PROXY, "203.0.113.8"), group="t", key="ip", rate="2/h", increment=True)
    assert other["count"] == 1


# Signing in to the admin ---------------------------------------------------------------------


@pytest.fixture
def editor(db):
    return UserFactory(username="editor", is_superuser=True)


def _login(username, password="wrong", remote="192.0.2.1"):
    client = Client(REMOTE_ADDR=remote)
    response = client.post(LOGIN, {"username": username, "password": password})
    return client, response


def _signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_five_failures_lock_the_username_with_a_message_on_the_login_page(editor):
    for _ in range(4):
        _client, response = _login("editor")
        assert response.status_code == 200
        assert LOCKED not in response.content.decode()
    _client, response = _login("editor")
    html = response.content.decode()
    assert response.status_code == 429
    assert LOCKED in html and 'class="login-form"' in html  # the login page, not a bare error
    # The right password is refused too, from anywhere, while the lock lasts.
    client, response = _login("editor", "password", remote="198.51.100.5")
    assert response.status_code == 429 and LOCKED in response.content.decode()
    assert not _signed_in(client)


def test_failures_from_many_addresses_count_against_one_username(editor):
    for n in range(5):
        _login("Editor ", remote=f"198.51.100.{n + 1}")  # case and spaces do not make a new name
    client, response = _login("editor", "password", remote="198.51.100.99")
    assert response.status_code == 429 and not _signed_in(client)


def test_five_failures_from_one_address_lock_that_address_not_the_others(editor):
    for n in range(5):
        _login(f"guess{n}", remote="203.0.113.50")
    client, response = _login("editor", "password", remote="203.0.113.50")
    assert response.status_code == 429 and not _signed_in(client)
    client, response = _login("editor", "password", remote="203.0.113.51")
    assert response.status_code == 302 and _signed_in(client)


def test_behind_a_proxy_each_client_has_its_own_budget_and_cannot_spoof_a_new_one(editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    attacker = Client(REMOTE_ADDR=PROXY)
    for n in range(5):
        attacker.post(
            LOGIN, {"username": f"guess{n}", "password": "x"}, HTTP_X_FORWARDED_FOR=f"9.9.9.{n}, 203.0.113.66"
        )
    response = attacker.post(
        LOGIN, {"username": "editor", "password": "password"}, HTTP_X_FORWARDED_FOR="8.8.8.8, 203.0.113.66"
    )
    assert response.status_code == 429
    # Another visitor behind the same proxy is not locked out with them.
    visitor = Client(REMOTE_ADDR=PROXY)
    response = visitor.post(
        LOGIN, {"username": "editor", "password": "password"}, HTTP_X_FORWARDED_FOR="203.0.113.67"
    )
    assert response.status_code == 302 and _signed_in(visitor)


def test_an_unknown_username_is_locked_the_same_way(editor):
    answers = [
        [_login(name, remote=f"198.51.100.{i}")[1].status_code for _ in range(6)]
        for i, name in enumerate(["editor", "nobody"])
    ]
    assert answers[0] == answers[1] == [200, 200, 200, 200, 429, 429]


def test_the_lock_ends_after_the_lockout(editor, monkeypatch):
    clock = [1_900_000_000.0]  # a fake clock: nothing here is timed
    monkeypatch.setattr(admin_limits.time, "time", lambda: clock[0])
    for _ in range(5):
        _login("editor")
    assert _login("editor", "password", remote="198.51.100.7")[1].status_code == 429
    clock[0] += 15 * 60 + 1
    client, response = _login("editor", "password", remote="198.51.100.7")
    assert response.status_code == 302 and _signed_in(client)


def test_a_success_is_not_counted(editor):
    for _ in range(6):
        client, response = _login("editor", "password")
        assert response.status_code == 302 and _signed_in(client)


class BrokenCache(BaseCache):
    """A cache whose server is down."""

    def __init__(self, location, params):
        super().__init__(params)

    def _down(self, *args, **kwargs):
        raise ConnectionError("cache down")

    add = get = set = incr = delete = get_many = set_many = clear = _down


@pytest.fixture
def cache_down(settings):
    settings.CACHES = {
        **settings.CACHES,
        "broken": {"BACKEND": "tests.cms_site.test_limits.BrokenCache"},
    }
    settings.RATELIMIT_USE_CACHE = "broken"


def test_with_the_cache_down_sign_in_fails_open_and_logs_it(editor, cache_down, caplog):
    with caplog.at_level(logging.WARNING, logger="cms_site.admin_limits"):
        for _ in range(6):
            _login("editor")
        client, response = _login("editor", "password")
    assert response.status_code == 302 and _signed_in(client)
    assert "Login limits skipped" in caplog.text


# Password reset ------------------------------------------------------------------------------


def _reset(email, remote="192.0.2.1"):
    return Client(REMOTE_ADDR=remote).post(RESET, {"email": email})


def test_three_resets_an_hour_per_address_then_a_message_and_no_email(editor, outbox):
    for _ in range(3):
        assert _reset(editor.email).status_code == 302
    assert len(outbox) == 3
    response = _reset(editor.email.upper(), remote="198.51.100.8")  # another case, another client
    assert response.status_code == 429
    assert RESET_LIMITED in response.content.decode()
    assert len(outbox) == 3


def test_resets_answer_the_same_whether_or_not_the_address_has_an_account(editor, outbox):
    known = [_reset(editor.email, remote="198.51.100.1").status_code for _ in range(4)]
    unknown = [_reset("nobody@example.com", remote="198.51.100.2").status_code for _ in range(4)]
    assert known == unknown == [302, 302, 302, 429]
    assert all(editor.email in message.to for message in outbox)


def test_resets_per_client_address(editor, outbox, settings):
    settings.ADMIN_PASSWORD_RESET_IP_RATE_LIMIT = "2/h"
    assert _reset("a@example.com", remote="203.0.113.20").status_code == 302
    assert _reset("b@example.com", remote="203.0.113.20").status_code == 302
    assert _reset(editor.email, remote="203.0.113.20").status_code == 429
    assert not outbox
    assert _reset(editor.email, remote="203.0.113.21").status_code == 302
    assert len(outbox) == 1


def test_with_the_cache_down_password_reset_fails_open(editor, outbox, cache_down):
    for _ in range(4):
        assert _reset(editor.email).status_code == 302
    assert len(outbox) == 4


# Settings and checks -------------------------------------------------------------------------


def test_django_ratelimit_checks_run_and_a_local_memory_cache_is_an_error(settings):
    assert "django_ratelimit" in settings.INSTALLED_APPS
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    found = {message.id: message for message in checks.run_checks(tags=[checks.Tags.caches])}
    assert found["django_ratelimit.E003"].level == checks.ERROR
    settings.CACHES = {
        "default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "redis://x:6379/0"}
    }
    assert not [
        m for m in checks.run_checks(tags=[checks.Tags.caches]) if m.id.startswith("django_ratelimit")
    ]


def _production(**overrides):
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "TRUSTED_PROXY_COUNT")}
    env.update(
        DJANGO_SETTINGS_MODULE="cms_site.settings.production",
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="stories.example.org",
        DATABASE_URL="postgres://u:p@db.example.org:5432/mtr",
        PUBLIC_BASE_URL="https://stories.example.org",
        **overrides,
    )
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.TRUSTED_PROXY_COUNT, s.RATELIMIT_IP_META_KEY, s.CACHES[s.RATELIMIT_USE_CACHE]['BACKEND'])"
    )
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)


def test_production_refuses_to_start_without_a_shared_cache():
    result = _production()
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and "REDIS_URL" in result.stderr


def test_production_trusts_one_proxy_by_default_and_limits_in_redis():
    result = _production(REDIS_URL="redis://cache.example.org:6379/0")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["1", "cms_site.client_ip.client_ip", "django_redis.cache.RedisCache"]
    result = _production(REDIS_URL="redis://cache.example.org:6379/0", TRUSTED_PROXY_COUNT="0")
    assert result.stdout.split()[0] == "0"
