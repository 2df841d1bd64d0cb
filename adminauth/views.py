"""Enrolment, verification and the user's own two-factor settings (thin: adminauth.services)."""

from __future__ import annotations

from urllib.parse import urlencode

from django_otp_webauthn.models import WebAuthnCredential

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from cms_site.admin_limits import locked_message

from . import limits, services
from .forms import CodeForm, SetupCodeForm
from .qr import setup_key, setup_qr_svg

NEW_CODES = "adminauth_new_codes"
WRONG_CODE = _("That code is not right. Check it and try again")


def _next(request: HttpRequest) -> str:
    """Where to go after this step: the local URL asked for, or the admin's home."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


def _to(name: str, request: HttpRequest) -> HttpResponse:
    """Redirect to one of our steps, passing on where to go after it."""
    return redirect(f"{reverse(name)}?{urlencode({'next': _next(request)})}")


def _show_recovery_codes(request: HttpRequest, codes: list[str]) -> HttpResponse:
    # Kept in the session only until the next page shows them, once.
    request.session[NEW_CODES] = codes
    return _to("adminauth:recovery_codes", request)


def _locked(request: HttpRequest, form: CodeForm, seconds: int) -> None:
    form.errors.pop("code", None)
    form.add_error("code", locked_message(seconds))


@never_cache
def enrol(request: HttpRequest) -> HttpResponse:
    """Set up an authenticator app (the first factor, or a replacement) or a passkey."""
    user = request.user
    enrolled = services.user_is_enrolled(user=user)
    if enrolled and not user.is_verified():
        # Someone with only the password must not add a factor of their own.
        return _to("adminauth:verify", request)
    device = services.totp_device_for_setup(user=user)
    form = SetupCodeForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        if seconds := limits.locked_for(request):
            _locked(request, form, seconds)
            status = 429
        else:
            try:
                confirmed = services.totp_confirm(
                    request=request, device=device, code=form.cleaned_data["code"]
                )
            except services.Throttled as throttled:
                _locked(request, form, throttled.seconds)
                confirmed, status = None, 429
            if confirmed:
                if not services.recovery_codes_left(user=user):
                    return _show_recovery_codes(request, services.recovery_codes_create(user=user))
                messages.success(request, _("Your authenticator app is set up."))
                return redirect(_next(request) if not enrolled else reverse("adminauth:manage"))
            if confirmed is False:
                form.add_error("code", WRONG_CODE)
                if seconds := limits.code_failed(request):
                    _locked(request, form, seconds)
                    status = 429
    return TemplateResponse(
        request, "adminauth/enrol.html", _enrol_context(request, form, device, enrolled), status=status
    )


def _enrol_context(request: HttpRequest, form: SetupCodeForm, device, enrolled: bool) -> dict:
    return {
        "form": form,
        "enrolled": enrolled,
        "qr_svg": setup_qr_svg(device),
        "setup_key": setup_key(device),
        "next": _next(request),
    }


@never_cache
def verify(request: HttpRequest) -> HttpResponse:
    """The second step of signing in: a code, a recovery code or a passkey."""
    user = request.user
    if not services.user_is_enrolled(user=user):
        return _to("adminauth:enrol", request)
    if user.is_verified():
        return redirect(_next(request))
    form = CodeForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        if seconds := limits.locked_for(request):
            _locked(request, form, seconds)
            status = 429
        else:
            try:
                device = services.code_verify(request=request, code=form.cleaned_data["code"])
            except services.Throttled as throttled:
                _locked(request, form, throttled.seconds)
                status = 429
            else:
                if device is not None:
                    return redirect(_next(request))
                form.add_error("code", WRONG_CODE)
                if seconds := limits.code_failed(request):
                    _locked(request, form, seconds)
                    status = 429
    context = {
        "form": form,
        "has_passkey": services.user_has_passkey(user=user),
        "has_authenticator": services.user_has_authenticator(user=user),
        "next": _next(request),
    }
    return TemplateResponse(request, "adminauth/verify.html", context, status=status)


@never_cache
def recovery_codes(request: HttpRequest) -> HttpResponse:
    """New recovery codes, shown this once."""
    codes = request.session.pop(NEW_CODES, None) or []
    context = {
        "codes": [services.format_recovery_code(code) for code in codes],
        "next": _next(request),
    }
    return TemplateResponse(request, "adminauth/recovery_codes.html", context)


@require_POST
def recovery_codes_new(request: HttpRequest) -> HttpResponse:
    return _show_recovery_codes(request, services.recovery_codes_create(user=request.user))


@require_POST
def passkey_added(request: HttpRequest) -> HttpResponse:
    """After the passkey script registered one: recovery codes on enrolment, else a message."""
    if not services.recovery_codes_left(user=request.user):
        return _show_recovery_codes(request, services.recovery_codes_create(user=request.user))
    messages.success(request, _("Your passkey is added."))
    return redirect("adminauth:manage")


@require_POST
def passkey_remove(request: HttpRequest, pk: int) -> HttpResponse:
    if services.passkey_remove(user=request.user, credential_id=pk):
        messages.success(request, _("The passkey is removed."))
    else:
        messages.error(request, _("Add another passkey or an authenticator app before removing this one."))
    return redirect("adminauth:manage")


@never_cache
def manage(request: HttpRequest) -> HttpResponse:
    """The user's own factors: authenticator app, passkeys, recovery codes."""
    user = request.user
    context = {
        "has_authenticator": services.user_has_authenticator(user=user),
        "passkeys": WebAuthnCredential.objects.filter(user=user, confirmed=True).order_by("created_at"),
        "factor_count": len(services.user_factors(user=user)),
        "recovery_codes_left": services.recovery_codes_left(user=user),
    }
    return TemplateResponse(request, "adminauth/manage.html", context)


def can_reset(request_user, user) -> bool:
    """User managers may reset others' factors; only a superuser may reset a superuser's."""
    return request_user.has_perm(f"{user._meta.app_label}.change_{user._meta.model_name}") and (
        request_user.is_superuser or not user.is_superuser
    )


@never_cache
def user_reset(request: HttpRequest, pk: int) -> HttpResponse:
    """Remove another user's factors (a lost phone): they set up again at their next sign-in."""
    user = get_object_or_404(get_user_model(), pk=pk)
    if not can_reset(request.user, user):
        raise PermissionDenied
    if request.method == "POST":
        services.factors_reset(user=user, by=request.user)
        messages.success(
            request,
            _("Two-factor authentication reset for %(name)s. They set it up again when they next sign in.")
            % {"name": user.get_username()},
        )
        return redirect("wagtailusers_users:index")
    context = {"target": user, "factor_count": len(services.user_factors(user=user))}
    return TemplateResponse(request, "adminauth/user_reset.html", context)
