from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import PERMISSION, PersonalDataView

urlpatterns = [path("", PersonalDataView.as_view(), name="personal_data")]

LOG_ACTIONS = {
    "privacy.erased": (_("Erase personal data"), _("Personal data erased")),
    "privacy.contact_details_erased": (_("Erase contact details"), _("Contact details erased")),
    "privacy.exported": (_("Export personal data"), _("Personal data exported for a subject access request")),
    "privacy.request": (_("Personal data request"), _("Handled a personal data request")),
}


@hooks.register("register_log_actions")
def register_log_actions(actions):
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(action, label, message)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("personal-data/", include((urlpatterns, "privacy_admin"), namespace="privacy_admin"))]


class PersonalDataMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return PersonalDataMenuItem(
        _("Personal data"),
        reverse("privacy_admin:personal_data"),
        name="personal-data",
        icon_name="lock",
        order=160,
    )
