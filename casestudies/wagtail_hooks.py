from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .admin_views import VIEW_CONTACT_ACTION, SubmissionViewSet, submission_photo
from .lifecycle import ACTIONS

register_snippet(SubmissionViewSet)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("submissions/photo/<int:pk>/", submission_photo, name="casestudies_submission_photo")]


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(VIEW_CONTACT_ACTION, _("View contact details"), _("Viewed contact details"))
    # The storyteller's own page (privacy/rights.py): no personal data in the entries.
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
        (
            "casestudies.verification_resent",
            _("Confirmation link sent again"),
            _("Sent a new link to confirm the storyteller's email address"),
        ),
    ):
        actions.register_action(action, label, message)
    # The story's transitions (casestudies/lifecycle.py): one entry each, codes only.
    for transition, (label, message) in STORY_TRANSITION_LABELS.items():
        actions.register_action(ACTIONS[transition], label, message)


STORY_TRANSITION_LABELS = {
    "submitted": (_("Story sent"), _("The story was sent; the address is to be confirmed")),
    "verified": (_("Email confirmed"), _("The storyteller confirmed their email address")),
    "expired": (_("Story expired"), _("The story expired without a confirmed address")),
    "review_opened": (_("Review opened"), _("The story's review was opened for editors")),
    "consent_checked": (_("Consent checked"), _("The consent was checked against each intended use")),
    "anonymised": (_("Story anonymised"), _("Anonymisation was completed and the case study draft made")),
    "sent_to_storyteller": (
        _("Sent to the storyteller"),
        _("The anonymised version was sent to the storyteller to check"),
    ),
    "storyteller_approved": (_("Storyteller approved"), _("The storyteller approved the anonymised version")),
    "storyteller_no_reply": (
        _("No reply from the storyteller"),
        _("The storyteller did not reply in time and their consent allowed publishing"),
    ),
    "changes_asked": (_("Changes asked for"), _("Changes were asked for before publishing")),
    "signed_off": (
        _("Signed off and published"),
        _("A second person signed off and the story was published"),
    ),
    "declined": (_("Story declined"), _("The story was declined")),
    "use_withdrawn": (_("A use withdrawn"), _("The storyteller withdrew one use of their story")),
    "withdrawn": (_("Story withdrawn"), _("The story was withdrawn")),
    "renewal_lapsed": (_("Consent lapsed"), _("Consent was not renewed: the story was unpublished")),
    "erased": (_("Personal data erased"), _("The story's personal data was erased")),
}
