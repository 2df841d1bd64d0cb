"""Limits on signing in and on password reset emails (docs/security.md).

Signing in: every failed attempt counts against the username tried and against the
client's address (cms_site.client_ip), through django-ratelimit's counters in the
shared cache. When either reaches ``ADMIN_LOGIN_RATE_LIMIT`` (5 in 15 minutes), it is
locked for ``ADMIN_LOGIN_LOCKOUT_SECONDS`` (15 minutes): the login page says so, with
HTTP 429, and no password is checked at all until the lock ends, so the right
password is refused too. Usernames that do not exist count the same way, so the
lock tells nobody whether an account exists. (Wagtail's front-end login for
private pages, ``/_util/login/``, is not routed here: cms_site.routing serves that path.)

Password reset: each valid request counts against the client's address
(``ADMIN_PASSWORD_RESET_IP_RATE_LIMIT``) and against the address asked for
(``ADMIN_PASSWORD_RESET_EMAIL_RATE_LIMIT``, 3 an hour), whether or not an account has
it; over either, no email is sent and the form says to try later.

When the cache cannot be reached the limits fail open and log it: people can still
sign in while Redis is down.
"""

from __future__ import annotations

import hashlib
import logging
import math
import time

from django_ratelimit.core import get_usage

from django import forms
from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.admin.views import account

from .client_ip import client_ip

logger = logging.getLogger(__name__)

LOGIN_GROUP = "admin-login"
RESET_GROUP = "admin-password-reset"
LOCKED = "locked"
RESET_LIMITED = _("Too many password reset requests. Try again in an hour.")


def _cache():
    return caches[getattr(settings, "RATELIMIT_USE_CACHE", "default")]


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def _username(request: HttpRequest) -> str:
    return request.POST.get("username", "").strip().casefold()


def _lock_keys(request: HttpRequest) -> list[str]:
    keys = [f"mtr:login-lock:ip:{_digest(client_ip(request))}"]
    if username := _username(request):
        keys.append(f"mtr:login-lock:user:{_digest(username)}")
    return keys


def login_locked_for(request: HttpRequest) -> int:
    """Seconds left on the longest lock that applies to this attempt; 0 when none does."""
    try:
        until = _cache().get_many(_lock_keys(request)).values()
    except Exception:
        logger.warning("Login limits skipped: the cache could not be read", exc_info=True)
        return 0
    return max([0, *(math.ceil(value - time.time()) for value in until if value)])


def login_failed(request: HttpRequest) -> int:
    """Count a failed attempt; lock what reached the limit. Seconds locked, or 0."""
    rate = settings.ADMIN_LOGIN_RATE_LIMIT
    lockout = settings.ADMIN_LOGIN_LOCKOUT_SECONDS
    keys = {"ip": "ip"}
    if username := _username(request):
        keys["user"] = lambda group, req: username
    reached = []
    try:
        for kind, key in keys.items():
            usage = get_usage(request, group=f"{LOGIN_GROUP}-{kind}", key=key, rate=rate, increment=True)
            if usage and usage["count"] >= usage["limit"]:
                reached.append(kind)
        if not reached:
            return 0
        lock_keys = dict(zip(("ip", "user"), _lock_keys(request), strict=False))
        until = time.time() + lockout
        _cache().set_many({lock_keys[kind]: until for kind in reached}, timeout=lockout)
    except Exception:
        logger.warning("Login limits skipped: the cache could not be written", exc_info=True)
        return 0
    logger.warning(
        "Sign-in locked for %s minutes after repeated failures (%s)", lockout // 60, ", ".join(reached)
    )
    return lockout


def locked_message(seconds: int) -> str:
    minutes = max(1, math.ceil(seconds / 60))
    return ngettext(
        "Too many attempts. Try again in %(minutes)d minute.",
        "Too many attempts. Try again in %(minutes)d minutes.",
        minutes,
    ) % {"minutes": minutes}


class LoginLimitMixin:
    """For a Django ``LoginView``: refuse locked attempts before any password is checked."""

    request: HttpRequest

    def get_form_class(self):
        form_class = super().get_form_class()
        request = self.request

        class LimitedForm(form_class):
            def clean(self):
                if seconds := login_locked_for(request):
                    raise forms.ValidationError(locked_message(seconds), code=LOCKED)
                return super().clean()

        LimitedForm.__name__ = LimitedForm.__qualname__ = form_class.__name__
        return LimitedForm

    def form_invalid(self, form) -> HttpResponse:
        locked = any(
            error.code == LOCKED for error in form.errors.as_data().get(forms.forms.NON_FIELD_ERRORS, [])
        )
        if not locked and (seconds := login_failed(self.request)):
            form.errors.pop(forms.forms.NON_FIELD_ERRORS, None)
            form.add_error(None, forms.ValidationError(locked_message(seconds), code=LOCKED))
            locked = True
        response = super().form_invalid(form)
        if locked:
            response.status_code = 429
        return response


class LimitedLoginView(LoginLimitMixin, account.LoginView):
    """Wagtail's admin login, with the limits above."""


class LimitedPasswordResetView(account.PasswordResetView):
    """Wagtail's admin password reset, at most so many emails per address and per client."""

    def form_valid(self, form) -> HttpResponse:
        email = form.cleaned_data["email"].strip().casefold()
        limits = (
            ("ip", "ip", settings.ADMIN_PASSWORD_RESET_IP_RATE_LIMIT),
            ("email", lambda group, request: email, settings.ADMIN_PASSWORD_RESET_EMAIL_RATE_LIMIT),
        )
        try:
            limited = any(
                (
                    usage := get_usage(
                        self.request, group=f"{RESET_GROUP}-{kind}", key=key, rate=rate, increment=True
                    )
                )
                and usage["should_limit"]
                for kind, key, rate in limits
            )
        except Exception:
            logger.warning("Password reset limits skipped: the cache could not be reached", exc_info=True)
            limited = False
        if limited:
            form.add_error(None, RESET_LIMITED)
            response = self.form_invalid(form)
            response.status_code = 429
            return response
        return super().form_valid(form)
