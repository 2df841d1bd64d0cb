"""Signed-in sessions end when idle or too old (a fake clock); anonymous sessions never do."""

from __future__ import annotations

import pytest

from django.contrib.auth import SESSION_KEY

pytestmark = pytest.mark.django_db


def test_a_signed_in_session_ends_after_30_idle_minutes(client, clock, admin_user):
    client.force_login(admin_user)
    assert client.get("/admin/").status_code == 200
    clock.advance(29 * 60)
    assert client.get("/admin/").status_code == 200
    clock.advance(29 * 60)  # each request starts the idle time again
    assert client.get("/admin/").status_code == 200
    clock.advance(30 * 60 + 1)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/login/?next=%2Fadmin%2Fpages%2F"
    assert SESSION_KEY not in client.session
    page = client.get(response["Location"]).content.decode()
    assert "Your session has ended. Sign in again." in page


def test_a_busy_session_still_ends_12_hours_after_signing_in(client, clock, admin_user):
    client.force_login(admin_user)
    client.get("/admin/")
    statuses = []
    for _ in range(12 * 3 + 1):  # a request every 20 minutes, for 12 hours and 20 minutes
        clock.advance(20 * 60)
        statuses.append(client.get("/admin/").status_code)
    assert statuses[: 12 * 3] == [200] * (12 * 3)
    assert statuses[-1] == 302
    assert SESSION_KEY not in client.session


def test_the_limits_come_from_settings(client, clock, admin_user, settings):
    settings.ADMIN_SESSION_IDLE_SECONDS = 0
    settings.ADMIN_SESSION_MAX_SECONDS = 3600
    client.force_login(admin_user)
    client.get("/admin/")
    clock.advance(3000)
    assert client.get("/admin/").status_code == 200
    clock.advance(601)
    assert client.get("/admin/").status_code == 302


def test_a_public_page_after_the_limit_signs_out_without_a_redirect(client, clock, admin_user, home_page):
    client.force_login(admin_user)
    client.get("/admin/")
    clock.advance(31 * 60)
    assert client.get("/").status_code == 200
    assert SESSION_KEY not in client.session


def test_anonymous_sessions_such_as_a_residents_draft_are_not_shortened(client, clock, db):
    session = client.session
    session["draft"] = "kept"
    session.save()
    client.cookies["sessionid"] = session.session_key
    clock.advance(20 * 3600)
    client.get("/admin/login/")
    assert client.session.get("draft") == "kept"
