"""Fixtures for the two-factor tests: enforcement on, a fake clock, codes computed for it."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp import models as totp_models
from django_otp.plugins.otp_totp.models import TOTPDevice

from adminauth import limits, sessions
from tests.factories.users import UserFactory

# A fixed moment (2026-12-01 09:00 UTC): codes are computed for it, never for the wall clock.
START = 1_796_115_600.0


class FakeClock:
    def __init__(self, now: float = START):
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock(monkeypatch) -> FakeClock:
    """One fake clock for session timing, code locks and django-otp's TOTP check."""
    fake = FakeClock()
    monkeypatch.setattr(sessions, "now", fake)
    monkeypatch.setattr(limits, "now", fake)
    monkeypatch.setattr(totp_models, "time", SimpleNamespace(time=fake))
    return fake


@pytest.fixture
def two_factor(settings, clock):
    settings.ADMIN_REQUIRE_TWO_FACTOR = True
    return settings


def code_for(device: TOTPDevice, at: float, steps: int = 0) -> str:
    """The code an authenticator app shows at ``at`` (plus ``steps`` periods of 30 seconds)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = at + steps * device.step
    return f"{totp.token():06d}"


def totp_device(user, confirmed: bool = True) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=confirmed)


def verify_session(client, device) -> None:
    """Mark the client's session as verified with ``device`` (as django_otp.login does)."""
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


@pytest.fixture
def admin_user(db):
    return UserFactory(is_superuser=True, username="alex")
