"""Admin users' second factors: authenticator apps (TOTP), passkeys, recovery codes.

Built on django-otp's devices: a confirmed ``TOTPDevice`` or WebAuthn credential is a
*factor*; the user's one ``StaticDevice`` holds their single-use recovery codes, which
can stand in for a factor when signing in but do not count as one for enrolment.
Every write here is a service; views, the management command and the admin call them.
"""

from __future__ import annotations

import re

from django_otp import login as otp_login
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from wagtail.log_actions import log

RESET_ACTION = "adminauth.reset"
TOTP_NAME = "Authenticator app"
RECOVERY_NAME = "Recovery codes"
# What a person may type: digits or letters, with spaces or hyphens between groups.
MAX_CODE_LENGTH = 32
_SEPARATORS = re.compile(r"[\s\-]+")
_TOTP_CODE = re.compile(r"^[0-9]{6}$")
_RECOVERY_CODE = re.compile(r"^[a-z2-7]{8}$")


# Reads ---------------------------------------------------------------------------------


def user_factors(*, user: AbstractBaseUser) -> list[Device]:
    """The user's confirmed factors (authenticator apps, passkeys), recovery codes excluded."""
    return [
        *TOTPDevice.objects.filter(user=user, confirmed=True),
        *WebAuthnCredential.objects.filter(user=user, confirmed=True).order_by("created_at"),
    ]


def user_is_enrolled(*, user: AbstractBaseUser) -> bool:
    """Whether the user has set up at least one factor (recovery codes alone are not one)."""
    return (
        TOTPDevice.objects.filter(user=user, confirmed=True).exists()
        or WebAuthnCredential.objects.filter(user=user, confirmed=True).exists()
    )


def user_has_passkey(*, user: AbstractBaseUser) -> bool:
    return WebAuthnCredential.objects.filter(user=user, confirmed=True).exists()


def user_has_authenticator(*, user: AbstractBaseUser) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def recovery_codes_left(*, user: AbstractBaseUser) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def normalise_code(value: str) -> str:
    """A typed code as stored: no spaces or hyphens, lower case; '' when it cannot be a code."""
    if not isinstance(value, str) or len(value) > MAX_CODE_LENGTH:
        return ""
    code = _SEPARATORS.sub("", value).casefold()
    if _TOTP_CODE.match(code) or _RECOVERY_CODE.match(code):
        return code
    return ""


def format_recovery_code(code: str) -> str:
    """``abcd-efgh``: easier to read out and copy than eight letters in a row."""
    return f"{code[:4]}-{code[4:]}"


# Authenticator app (TOTP) -------------------------------------------------------------


class Throttled(Exception):
    """A device refused to check a code yet (django-otp's growing delay after failures)."""

    def __init__(self, seconds: int):
        super().__init__(seconds)
        self.seconds = seconds


def totp_device_for_setup(*, user: AbstractBaseUser) -> TOTPDevice:
    """The unconfirmed authenticator the user is setting up: the same secret until confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=TOTP_NAME, confirmed=False)
    return device


@transaction.atomic
def totp_confirm(*, request: HttpRequest, device: TOTPDevice, code: str) -> bool:
    """Confirm an authenticator being set up with its first code.

    On success it replaces the user's earlier authenticator apps and verifies the
    session with it. Wrong, empty or malformed codes return False; ``Throttled`` while
    django-otp's delay after a wrong code runs.
    """
    device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
    _raise_if_throttled(device)
    code = normalise_code(code)
    if not _TOTP_CODE.match(code) or not device.verify_token(code):
        return False
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    otp_login(request, device)
    return True


# Recovery codes -----------------------------------------------------------------------


@transaction.atomic
def recovery_codes_create(*, user: AbstractBaseUser) -> list[str]:
    """Make the user's recovery codes anew (the old ones stop working); return them to show once."""
    device, _ = StaticDevice.objects.get_or_create(
        user=user, name=RECOVERY_NAME, defaults={"confirmed": True}
    )
    StaticDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    if not device.confirmed:
        device.confirmed = True
        device.save(update_fields=["confirmed"])
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(settings.ADMIN_RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


# Signing in with a code -----------------------------------------------------------------


def _raise_if_throttled(device: Device) -> None:
    allowed, info = device.verify_is_allowed()
    if not allowed:
        locked_until = (info or {}).get("locked_until")
        seconds = int((locked_until - timezone.now()).total_seconds()) + 1 if locked_until else 60
        raise Throttled(max(1, seconds))


@transaction.atomic
def code_verify(*, request: HttpRequest, code: str) -> Device | None:
    """Check a code from an authenticator app, or a recovery code (used up), for request.user.

    On success the session is verified with the device that took it. Raises
    ``Throttled`` when the device that would check the code is still waiting after
    earlier failures.
    """
    user = request.user
    code = normalise_code(code)
    if _TOTP_CODE.match(code):
        devices = TOTPDevice.objects.filter(user=user, confirmed=True)
    elif _RECOVERY_CODE.match(code):
        devices = StaticDevice.objects.filter(user=user, confirmed=True)
    else:
        return None
    for device in devices.select_for_update().order_by("pk"):
        _raise_if_throttled(device)
        if device.verify_token(code):
            otp_login(request, device)
            return device
    return None


# Removing factors -----------------------------------------------------------------------


@transaction.atomic
def passkey_remove(*, user: AbstractBaseUser, credential_id: int) -> bool:
    """Remove one of the user's passkeys, unless it is their last factor."""
    credential = WebAuthnCredential.objects.filter(user=user, pk=credential_id).first()
    if credential is None or len(user_factors(user=user)) <= 1:
        return False
    credential.delete()
    return True


@transaction.atomic
def factors_reset(*, user: AbstractBaseUser, by: AbstractBaseUser | None = None) -> dict[str, int]:
    """Remove every factor and recovery code of ``user``: they set up anew at their next sign-in.

    Their sessions verified with a removed device are no longer verified. Logged in
    Wagtail's history as ``adminauth.reset`` on the user, with counts only.
    """
    counts = {
        "authenticator_apps": TOTPDevice.objects.filter(user=user, confirmed=True).count(),
        "passkeys": WebAuthnCredential.objects.filter(user=user).count(),
        "recovery_codes": StaticToken.objects.filter(device__user=user).count(),
    }
    for model in (TOTPDevice, WebAuthnCredential, StaticDevice):
        model.objects.filter(user=user).delete()
    log(instance=user, action=RESET_ACTION, user=by, data=counts)
    return counts
