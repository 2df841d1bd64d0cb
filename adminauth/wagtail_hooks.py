from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import Button

from . import services, urls
from .views import can_reset


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("two-factor/", include(urls, namespace="adminauth")),
        path("two-factor/passkeys/api/", include(urls.webauthn_urlpatterns)),
    ]


@hooks.register("register_account_menu_item")
def account_menu_item(request):
    return {
        "url": reverse("adminauth:manage"),
        "label": _("Two-factor authentication"),
        "help_text": _("Your authenticator app, passkeys and recovery codes."),
    }


@hooks.register("register_user_listing_buttons")
def user_listing_buttons(user, request_user):
    if can_reset(request_user, user):
        yield Button(
            _("Reset two-factor authentication"),
            reverse("adminauth:user_reset", args=[user.pk]),
            icon_name="key",
            priority=60,
        )


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(
        services.RESET_ACTION,
        _("Reset two-factor authentication"),
        _("Two-factor authentication reset: set up again at the next sign-in"),
    )
