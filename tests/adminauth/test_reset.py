"""Resetting someone's factors: the command, and the admin for user managers, logged without secrets."""

from __future__ import annotations

import io

import pytest
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib.auth.models import Permission
from django.core.management import CommandError, call_command

from wagtail.models import ModelLogEntry

from adminauth import services
from tests.factories.users import UserFactory

from .conftest import totp_device, verify_session

pytestmark = pytest.mark.django_db


def _enrolled(user):
    device = totp_device(user)
    codes = services.recovery_codes_create(user=user)
    return device, codes


def _log_for(user):
    return ModelLogEntry.objects.filter(action="adminauth.reset", object_id=str(user.pk))


def test_the_command_removes_every_factor_and_logs_it(two_factor, client):
    user = UserFactory(username="only-admin", is_superuser=True)
    device, codes = _enrolled(user)
    out = io.StringIO()
    call_command("reset_two_factor", "only-admin", stdout=out)
    assert "1 authenticator app(s)" in out.getvalue() and "10 recovery code(s)" in out.getvalue()
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert not StaticDevice.objects.filter(user=user).exists()
    entry = _log_for(user).get()
    assert entry.data == {"authenticator_apps": 1, "passkeys": 0, "recovery_codes": 10}
    assert device.key not in str(entry.data) and codes[0] not in str(entry.data)
    # At the next sign-in they enrol again.
    client.force_login(user)
    assert client.get("/admin/")["Location"].startswith("/admin/two-factor/enrol/")


def test_the_command_names_an_unknown_user():
    with pytest.raises(CommandError, match="No user 'nobody'"):
        call_command("reset_two_factor", "nobody")


def _user_manager():
    manager = UserFactory(username="manager")
    manager.user_permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="change_user")
    )
    return manager


def test_a_user_manager_resets_an_editors_factors_in_the_admin(client, two_factor):
    manager = _user_manager()
    editor = UserFactory(username="editor1", groups=["Comms editors"])
    _enrolled(editor)
    client.force_login(manager)
    verify_session(client, totp_device(manager))
    listing = client.get("/admin/users/").content.decode()
    assert f"/admin/two-factor/users/{editor.pk}/reset/" in listing
    page = client.get(f"/admin/two-factor/users/{editor.pk}/reset/")
    assert page.status_code == 200 and "editor1" in page.content.decode()
    response = client.post(f"/admin/two-factor/users/{editor.pk}/reset/")
    assert response.status_code == 302
    assert not services.user_is_enrolled(user=editor)
    entry = _log_for(editor).get()
    assert entry.user_id == manager.pk
    history = client.get("/admin/reports/site-history/").content.decode()
    assert "Reset two-factor authentication" in history


def test_only_a_superuser_resets_a_superuser_and_others_cannot_at_all(client, two_factor):
    manager = _user_manager()
    boss = UserFactory(username="boss", is_superuser=True)
    editor = UserFactory(username="editor2", groups=["Comms editors"])
    _enrolled(boss)
    client.force_login(manager)
    verify_session(client, totp_device(manager))
    # Wagtail answers PermissionDenied in the admin with a redirect to its home and a message.
    assert client.post(f"/admin/two-factor/users/{boss.pk}/reset/").status_code in (302, 403)
    assert services.user_is_enrolled(user=boss)
    assert f"/admin/two-factor/users/{boss.pk}/reset/" not in client.get("/admin/users/").content.decode()

    other = UserFactory(username="editor3", groups=["Comms editors"])
    client.force_login(other)
    verify_session(client, totp_device(other))
    _enrolled(editor)
    assert client.post(f"/admin/two-factor/users/{editor.pk}/reset/").status_code in (302, 403)
    assert services.user_is_enrolled(user=editor)


def test_a_user_manages_their_own_factors_from_the_account_page(client, two_factor):
    user = UserFactory(username="self", is_superuser=True)
    device, _ = _enrolled(user)
    client.force_login(user)
    verify_session(client, device)
    account = client.get("/admin/account/").content.decode()
    assert "/admin/two-factor/" in account and "Two-factor authentication" in account
    page = client.get("/admin/two-factor/").content.decode()
    assert "You have 10 recovery codes left." in page
    assert 'id="passkey-registration-placeholder"' in page
    assert "<script>" not in page


def test_the_last_factor_cannot_be_removed(two_factor):
    from django_otp_webauthn.models import WebAuthnCredential

    user = UserFactory(username="passkey-only")
    credential = WebAuthnCredential.objects.create(
        user=user, name="Laptop", confirmed=True, credential_id=b"x", public_key=b"y", sign_count=0
    )
    assert not services.passkey_remove(user=user, credential_id=credential.pk)
    totp_device(user)
    assert services.passkey_remove(user=user, credential_id=credential.pk)
