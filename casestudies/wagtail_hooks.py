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
    # The storyteller's own page (casestudies/story_page.py): no personal data in the entries.
    for action, label, message in (
        (
            "casestudies.scope_withdrawn",
            _("Consent scope withdrawn"),
            _("The storyteller withdrew part of their consent"),
        ),
        ("casestudies.withdrawn", _("Story withdrawn"), _("The storyteller withdrew their story")),
        (
            "casestudies.removal_requested",
            _("Removal requested"),
            _("The storyteller asked for more to be removed"),
        ),
        ("casestudies.consent_renewed", _("Consent renewed"), _("The storyteller renewed their consent")),
        (
            "casestudies.renewal_requested",
            _("Consent renewal asked for"),
            _("Asked the storyteller to renew consent"),
        ),
        (
            "casestudies.consent_lapsed",
            _("Consent lapsed"),
            _("Consent was not renewed: the story was unpublished"),
        ),
        (
            "casestudies.story_link_requested",
            _("Story page link sent"),
            _("Sent a new link to the storyteller's page"),
        ),
    ):
        actions.register_action(action, label, message)
