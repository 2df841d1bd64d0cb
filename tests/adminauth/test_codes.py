"""Enrolling and verifying with codes: TOTP on a fixed clock, recovery codes, bad input, limits."""

from __future__ import annotations

import re

import pytest
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from hypothesis import given
from hypothesis import strategies as st

from adminauth import services
from adminauth.forms import CodeForm

from .conftest import code_for, totp_device

pytestmark = pytest.mark.django_db

ENROL = "/admin/two-factor/enrol/"
VERIFY = "/admin/two-factor/verify/"
CODES = "/admin/two-factor/recovery-codes/"
WRONG = "That code is not right. Check it and try again"
LOCKED = "Too many attempts. Try again in 15 minutes."
CODE_IN_PAGE = re.compile(r"<code>([a-z2-7]{4}-[a-z2-7]{4})</code>")


def _enrol(client, clock, user) -> list[str]:
    """Enrol with an authenticator app; return the recovery codes shown."""
    page = client.get(ENROL + "?next=/admin/pages/")
    assert page.status_code == 200
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    response = client.post(ENROL, {"code": code_for(device, clock.now), "next": "/admin/pages/"})
    assert response.status_code == 302
    assert response["Location"] == CODES + "?next=%2Fadmin%2Fpages%2F"
    page = client.get(response["Location"])
    return CODE_IN_PAGE.findall(page.content.decode())


def test_enrolling_with_an_app_shows_the_qr_code_and_key_then_ten_recovery_codes_once(
    client, two_factor, clock, admin_user
):
    client.force_login(admin_user)
    page = client.get(ENROL).content.decode()
    assert '<svg role="img" aria-label="QR code to scan with your authenticator app"' in page
    device = TOTPDevice.objects.get(user=admin_user, confirmed=False)
    from adminauth.qr import setup_key

    assert setup_key(device) in page
    assert "<script>" not in page and "onclick" not in page
    # Reloading keeps the same secret.
    client.get(ENROL)
    assert TOTPDevice.objects.filter(user=admin_user).count() == 1

    codes = _enrol(client, clock, admin_user)
    assert len(codes) == 10 and len(set(codes)) == 10
    assert services.recovery_codes_left(user=admin_user) == 10
    # Shown once: the page has nothing to show the second time.
    again = client.get(CODES).content.decode()
    assert CODE_IN_PAGE.findall(again) == []
    assert "already been shown" in again
    assert client.get("/admin/pages/").status_code == 200


def test_a_wrong_code_at_enrolment_says_so_and_confirms_nothing(client, two_factor, clock, admin_user):
    client.force_login(admin_user)
    client.get(ENROL)
    device = TOTPDevice.objects.get(user=admin_user)
    wrong = f"{(int(code_for(device, clock.now)) + 1) % 1_000_000:06d}"
    response = client.post(ENROL, {"code": wrong})
    assert response.status_code == 200
    assert WRONG in response.content.decode()
    assert not services.user_is_enrolled(user=admin_user)
    # A recovery-code shape is not an app code.
    response = client.post(ENROL, {"code": "abcd-efgh"})
    assert "Enter the 6-digit code from your authenticator app" in response.content.decode()


def test_a_right_code_straight_after_a_wrong_one_at_enrolment_waits_for_django_otps_delay(
    client, two_factor, clock, admin_user
):
    client.force_login(admin_user)
    client.get(ENROL)
    device = TOTPDevice.objects.get(user=admin_user)
    right = code_for(device, clock.now)
    client.post(ENROL, {"code": f"{(int(right) + 1) % 1_000_000:06d}"})
    response = client.post(ENROL, {"code": right})
    assert response.status_code == 429
    assert "Too many attempts. Try again in 1 minute." in response.content.decode()
    assert not services.user_is_enrolled(user=admin_user)


def test_verifying_with_the_app_code_for_the_fixed_time_and_not_twice(
    client, two_factor, clock, admin_user, settings
):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # django-otp's own delay is tested below
    device = totp_device(admin_user)
    client.force_login(admin_user)
    code = code_for(device, clock.now)
    response = client.post(VERIFY, {"code": f" {code[:3]} {code[3:]} ", "next": "/admin/pages/"})
    assert response.status_code == 302 and response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200
    # The same code cannot be used again in another session (no replay).
    client.post("/admin/logout/")
    client.force_login(admin_user)
    response = client.post(VERIFY, {"code": code})
    assert response.status_code == 200 and WRONG in response.content.decode()
    # The next period's code works.
    clock.advance(30)
    response = client.post(VERIFY, {"code": code_for(device, clock.now)})
    assert response.status_code == 302


def test_a_code_from_another_time_is_refused(client, two_factor, clock, admin_user):
    device = totp_device(admin_user)
    client.force_login(admin_user)
    response = client.post(VERIFY, {"code": code_for(device, clock.now, steps=-10)})
    assert response.status_code == 200 and WRONG in response.content.decode()


def test_a_recovery_code_works_once(client, two_factor, clock, admin_user, settings):
    settings.OTP_STATIC_THROTTLE_FACTOR = 0
    totp_device(admin_user)
    codes = services.recovery_codes_create(user=admin_user)
    client.force_login(admin_user)
    response = client.post(VERIFY, {"code": services.format_recovery_code(codes[0]).upper()})
    assert response.status_code == 302
    assert services.recovery_codes_left(user=admin_user) == 9
    client.post("/admin/logout/")
    client.force_login(admin_user)
    response = client.post(VERIFY, {"code": codes[0]})
    assert response.status_code == 200 and WRONG in response.content.decode()
    assert client.post(VERIFY, {"code": codes[1]}).status_code == 302


def test_new_recovery_codes_replace_the_old_ones(client, two_factor, admin_user):
    device = totp_device(admin_user)
    old = services.recovery_codes_create(user=admin_user)
    client.force_login(admin_user)
    from .conftest import verify_session

    verify_session(client, device)
    response = client.post("/admin/two-factor/recovery-codes/new/", {"next": "/admin/two-factor/"})
    new = CODE_IN_PAGE.findall(client.get(response["Location"]).content.decode())
    assert len(new) == 10
    stored = set(StaticToken.objects.filter(device__user=admin_user).values_list("token", flat=True))
    assert stored == {code.replace("-", "") for code in new}
    assert not stored & set(old)


BAD_INPUTS = [
    "",
    "   ",
    "1" * 5,
    "1" * 7,
    "9" * 100_000,
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "１２３４５６",  # full-width digits
    "١٢٣٤٥٦",  # Arabic-Indic digits
    "12345\u0000",
    "abcd-efg!",
    "../../etc/passwd",
]


@pytest.mark.parametrize("value", BAD_INPUTS)
def test_wrong_empty_huge_and_hostile_codes_get_a_message_not_an_error(
    client, two_factor, clock, admin_user, value
):
    totp_device(admin_user)
    client.force_login(admin_user)
    response = client.post(VERIFY, {"code": value})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Enter a code" in page or "Enter the 6-digit code" in page or "Null characters" in page
    assert "<script>alert(1)</script>" not in page
    assert not services.recovery_codes_left(user=admin_user)
    assert client.get("/admin/").status_code == 302


@given(st.text(max_size=200))
def test_any_text_is_a_clean_code_or_a_form_error(value):
    form = CodeForm({"code": value})
    if form.is_valid():
        assert re.fullmatch(r"[0-9]{6}|[a-z2-7]{8}", form.cleaned_data["code"])


def test_guessing_codes_is_locked_like_signing_in(client, two_factor, clock, admin_user, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # django-otp's own delay is tested below
    device = totp_device(admin_user)
    client.force_login(admin_user)
    right = code_for(device, clock.now)
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"
    for _ in range(4):
        assert client.post(VERIFY, {"code": wrong}).status_code == 200
    response = client.post(VERIFY, {"code": wrong})
    assert response.status_code == 429 and LOCKED in response.content.decode()
    # Locked: even the right code is not checked.
    response = client.post(VERIFY, {"code": right})
    assert response.status_code == 429
    assert client.get("/admin/").status_code == 302
    clock.advance(15 * 60 + 1)
    response = client.post(VERIFY, {"code": code_for(device, clock.now)})
    assert response.status_code == 302


def test_django_otps_growing_delay_after_a_failure_is_shown_as_a_lock(client, two_factor, clock, admin_user):
    device = totp_device(admin_user)
    client.force_login(admin_user)
    right = code_for(device, clock.now)
    client.post(VERIFY, {"code": f"{(int(right) + 1) % 1_000_000:06d}"})
    response = client.post(VERIFY, {"code": right})
    assert response.status_code == 429
    assert "Too many attempts. Try again in 1 minute." in response.content.decode()
