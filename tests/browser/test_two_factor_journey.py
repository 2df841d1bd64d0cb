"""A new admin user sets up two-factor authentication, signs out and signs in with it.

Codes are computed for a fake clock shared with the live server (same process), never
for the wall clock. Passkeys use Chromium's virtual authenticator (CDP WebAuthn domain).
"""

from __future__ import annotations

import re
from base64 import b32decode

import pytest
from django_otp.oath import TOTP
from playwright.sync_api import Page, expect

from tests.adminauth import conftest as adminauth_fixtures
from tests.factories.users import UserFactory

from .conftest import assert_no_axe_violations, poll_until

PASSWORD = "a-long-enough-password"

# The two-factor tests' fixtures: enforcement on, and the fake clock codes are computed for.
clock = adminauth_fixtures.clock
two_factor = adminauth_fixtures.two_factor


@pytest.fixture
def passkeys_here(settings, live_server):
    settings.OTP_WEBAUTHN_RP_ID = "localhost"
    settings.OTP_WEBAUTHN_ALLOWED_ORIGINS = [live_server.url]


def sign_in(page: Page, base_url: str, username: str) -> None:
    page.goto(f"{base_url}/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name=re.compile("Sign in", re.I)).click()


def sign_out(page: Page, base_url: str) -> None:
    # The sidebar's "Log out" is a POST form; the same form, sent from the page.
    page.goto(f"{base_url}/admin/two-factor/")
    page.get_by_role("button", name=re.compile("alex|Alex", re.I)).first.click()
    page.get_by_role("button", name="Log out").click()
    expect(page).to_have_url(re.compile(r"/admin/login/"))


def app_code(setup_key: str, at: float) -> str:
    totp = TOTP(b32decode(setup_key.replace(" ", "") + "=" * (-len(setup_key.replace(" ", "")) % 8)))
    totp.time = at
    return f"{totp.token():06d}"


def test_new_admin_enrols_an_authenticator_app_sees_recovery_codes_and_signs_in_with_a_code(
    desktop_page: Page,
    live_server,
    two_factor,
    clock,
):
    two_factor.OTP_TOTP_THROTTLE_FACTOR = 0  # no growing delay after the wrong code tried below
    UserFactory(username="alex", is_superuser=True, password=PASSWORD)
    page = desktop_page
    sign_in(page, live_server.url, "alex")
    expect(page).to_have_url(re.compile(r"/admin/two-factor/enrol/\?next="))
    expect(page.get_by_role("heading", level=1)).to_have_text("Set up two-factor authentication")
    expect(page.get_by_role("img", name="QR code to scan with your authenticator app")).to_be_visible()
    assert_no_axe_violations(page, "two-factor enrolment page")
    key = page.locator("#adminauth-setup-key").inner_text()

    page.get_by_label("Code from the app").fill(
        "000000" if app_code(key, clock.now) != "000000" else "111111"
    )
    page.get_by_role("button", name="Confirm code").click()
    expect(
        page.get_by_role("status").get_by_text("That code is not right. Check it and try again")
    ).to_be_visible()
    # Wagtail's messages fade in: axe must see them as they end up, not half-way.
    expect(page.locator(".messages > ul")).to_have_css("opacity", "1")
    assert_no_axe_violations(page, "two-factor enrolment page with an error")

    clock.advance(30)
    page.get_by_label("Code from the app").fill(app_code(key, clock.now))
    page.get_by_role("button", name="Confirm code").click()
    expect(page).to_have_title(re.compile("^Your recovery codes"))
    codes = page.locator("#adminauth-recovery-codes li")
    expect(codes).to_have_count(10)
    expect(page.get_by_text("This is the only time they are shown.")).to_be_visible()
    assert_no_axe_violations(page, "recovery codes page")
    page.get_by_role("link", name="I have stored my recovery codes").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    sign_out(page, live_server.url)
    sign_in(page, live_server.url, "alex")
    expect(page).to_have_url(re.compile(r"/admin/two-factor/verify/\?next="))
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm it is you")
    assert_no_axe_violations(page, "two-factor verify page")
    clock.advance(30)
    page.get_by_role("textbox", name="Code").fill(app_code(key, clock.now))
    page.get_by_role("button", name="Continue").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def test_new_admin_enrols_a_passkey_and_signs_in_with_it(
    desktop_page: Page,
    live_server,
    two_factor,
    passkeys_here,
):
    UserFactory(username="alex", is_superuser=True, password=PASSWORD)
    page = desktop_page
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )
    sign_in(page, live_server.url, "alex")
    expect(page).to_have_url(re.compile(r"/admin/two-factor/enrol/"))
    poll_until(page, "() => typeof gettext === 'function'", label="Wagtail's gettext")
    page.get_by_role("button", name="Make a passkey").click()
    expect(page).to_have_title(re.compile("^Your recovery codes"))
    expect(page.locator("#adminauth-recovery-codes li")).to_have_count(10)
    page.get_by_role("link", name="I have stored my recovery codes").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    sign_out(page, live_server.url)
    sign_in(page, live_server.url, "alex")
    expect(page).to_have_url(re.compile(r"/admin/two-factor/verify/"))
    poll_until(page, "() => typeof gettext === 'function'", label="Wagtail's gettext")
    page.get_by_role("button", name="Use a passkey").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
