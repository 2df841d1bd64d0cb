from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .admin_views import VIEW_CONTACT_ACTION, SubmissionViewSet, submission_photo

register_snippet(SubmissionViewSet)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("submissions/photo/<int:pk>/", submission_photo, name="casestudies_submission_photo")]


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(VIEW_CONTACT_ACTION, _("View contact details"), _("Viewed contact details"))
