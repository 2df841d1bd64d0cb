"""Admin users' sessions end when idle or old, and admin URLs need a second factor."""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _

from . import services
from .sessions import session_expired

# Reachable before the second factor: signing in and out, password reset, the
# enrolment and verify pages with the passkey endpoints they call, and what the
# admin's sign-in layout loads (icons, the JavaScript catalogue).
EXEMPT_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
}
EXEMPT_NAMESPACED = {"adminauth:enrol", "adminauth:verify"}
EXEMPT_NAMESPACES = {"otp_webauthn"}


def is_admin_path(path: str) -> bool:
    return any(path.startswith(prefix) for prefix in settings.ADMIN_TWO_FACTOR_PATHS)


def _with_next(url: str, request: HttpRequest) -> str:
    if request.method == "GET":
        return f"{url}?{urlencode({'next': request.get_full_path()})}"
    return url


class AdminSessionLimitMiddleware:
    """Sign out a session that has been idle, or signed in, too long (adminauth.sessions)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated and session_expired(request):
            logout(request)
            if is_admin_path(request.path):
                messages.info(request, _("Your session has ended. Sign in again."))
                return HttpResponseRedirect(_with_next(reverse("wagtailadmin_login"), request))
        return self.get_response(request)


class TwoFactorMiddleware:
    """On admin URLs, send a signed-in user without a verified second factor to enrol or verify."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs) -> HttpResponse | None:
        if not settings.ADMIN_REQUIRE_TWO_FACTOR or not is_admin_path(request.path):
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        match = request.resolver_match
        if match and (
            match.url_name in EXEMPT_URL_NAMES
            or match.view_name in EXEMPT_NAMESPACED
            or EXEMPT_NAMESPACES.intersection(match.namespaces)
        ):
            return None
        target = "adminauth:verify" if services.user_is_enrolled(user=user) else "adminauth:enrol"
        return HttpResponseRedirect(_with_next(reverse(target), request))
