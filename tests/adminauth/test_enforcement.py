"""Who gets where: unenrolled users enrol, enrolled ones verify, verified ones reach the admin."""

from __future__ import annotations

import pytest

from django.urls import reverse

from .conftest import totp_device, verify_session

pytestmark = pytest.mark.django_db

ENROL = "/admin/two-factor/enrol/"
VERIFY = "/admin/two-factor/verify/"


def test_a_user_with_no_factor_is_sent_to_enrol_from_every_admin_url(client, two_factor, admin_user):
    client.force_login(admin_user)
    for url in ("/admin/", "/admin/pages/", "/admin/account/", "/admin/two-factor/", "/admin/no-such-page/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(ENROL + "?next="), url
    # A POST is refused the same way (no next: it cannot be replayed as a GET).
    response = client.post("/admin/account/", {"first_name": "X"})
    assert response.status_code == 302 and response["Location"] == ENROL


def test_a_user_with_a_factor_but_not_verified_in_this_session_is_sent_to_verify(
    client, two_factor, admin_user
):
    totp_device(admin_user)
    client.force_login(admin_user)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == VERIFY + "?next=%2Fadmin%2Fpages%2F"
    # ... and cannot add a factor of their own with only the password.
    response = client.get(ENROL)
    assert response.status_code == 302 and response["Location"].startswith(VERIFY)


def test_a_verified_user_reaches_the_admin(client, two_factor, admin_user):
    device = totp_device(admin_user)
    client.force_login(admin_user)
    verify_session(client, device)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/two-factor/").status_code == 200


def test_sign_in_sign_out_password_reset_and_the_steps_themselves_stay_reachable(
    client, two_factor, admin_user
):
    client.force_login(admin_user)
    assert client.get(ENROL).status_code == 200
    assert client.get(reverse("wagtailadmin_javascript_catalog")).status_code == 200
    assert client.get(reverse("wagtailadmin_sprite")).status_code == 200
    assert client.get(reverse("otp_webauthn:js-i18n-catalog")).status_code == 200
    assert client.get(reverse("wagtailadmin_password_reset")).status_code == 200
    # The login page sends a signed-in user on to the admin, which sends them to enrol.
    assert client.get("/admin/login/").status_code == 302
    response = client.post(reverse("wagtailadmin_logout"))
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_login")
    assert client.get("/admin/login/").status_code == 200


def test_the_public_site_is_not_asked_for_a_second_factor(client, two_factor, admin_user, home_page):
    client.force_login(admin_user)
    assert client.get("/").status_code == 200


def test_signing_in_with_the_password_leads_to_enrolment(client, two_factor, admin_user):
    response = client.post("/admin/login/", {"username": "alex", "password": "password", "next": "/admin/"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    response = client.get("/admin/")
    assert response["Location"] == ENROL + "?next=%2Fadmin%2F"


def test_with_the_setting_off_nobody_is_asked(client, settings, admin_user):
    settings.ADMIN_REQUIRE_TWO_FACTOR = False
    client.force_login(admin_user)
    assert client.get("/admin/").status_code == 200


def test_passkey_registration_starts_for_a_new_user_but_not_for_an_unverified_enrolled_one(
    client, two_factor, admin_user
):
    client.force_login(admin_user)
    begin = reverse("otp_webauthn:credential-registration-begin")
    response = client.post(begin)
    assert response.status_code == 200
    assert response.json()["rp"]["id"] == "localhost"
    totp_device(admin_user)
    response = client.post(begin)
    assert response.status_code == 403


def test_passkeys_never_sign_anyone_in_without_a_password(client, two_factor):
    response = client.post(reverse("otp_webauthn:credential-authentication-begin"))
    assert response.status_code in (302, 403)
    assert "challenge" not in response.content.decode()
