from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.admin_url_finder import ModelAdminURLFinder, register_admin_url_finder
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from casestudies.models import CaseStudyPage

from .concurrency import CaseStudyPageViewSet, edit_guard
from .dashboard import homepage_panels
from .models import RejectionReason, Review

LOG_ACTIONS = {
    "moderation.consent_checked": (_("Consent checked"), _("Consent checked")),
    "moderation.assigned": (_("Assign"), _("Assigned")),
    "moderation.declined": (_("Decline story"), _("Story declined")),
    "moderation.finding_accepted": (_("Accept a detector finding"), _("Detector finding redacted")),
    "moderation.finding_rejected": (_("Reject a detector finding"), _("Detector finding kept")),
    "moderation.manual_redaction": (_("Manual redaction"), _("Text redacted by hand")),
    "moderation.text_edited": (_("Edit public text"), _("Public text edited")),
    "moderation.photo_redacted": (_("Redact a photo"), _("Photo blurred for use")),
    "moderation.photo_not_used": (_("Leave out a photo"), _("Photo left out")),
    "moderation.case_study_created": (_("Make the case study draft"), _("Case study draft made")),
    "moderation.scope_removed": (_("Remove a withdrawn use"), _("Removed what a withdrawn consent allowed")),
    "moderation.storyteller_approved": (_("Storyteller approval"), _("Storyteller approved")),
    "moderation.storyteller_changes": (
        _("Storyteller asks for changes"),
        _("Storyteller asked for more removed"),
    ),
    "moderation.storyteller_no_reply": (
        _("No reply"),
        _("No reply from the storyteller; consent allowed publishing"),
    ),
    "moderation.risk_generalised": (
        _("Generalise a detail"),
        _("Detail generalised (re-identification risk)"),
    ),
    "moderation.risk_accepted": (
        _("Accept a re-identification risk"),
        _("High re-identification risk accepted for sign-off, with the reason"),
    ),
}


@hooks.register("register_log_actions")
def register_log_actions(actions):
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(action, label, message)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("moderation/", include("moderation.admin_urls", namespace="moderation_admin"))]


class ModerationMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("moderation.view_review")


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return ModerationMenuItem(
        _("Moderation"), reverse("moderation_admin:queue"), name="moderation", icon_name="tasks", order=140
    )


# Duplicate, stale and autosave POSTs to a case study's editor never revert a sign-off.
hooks.register("before_edit_page", edit_guard)


@hooks.register("register_admin_viewset")
def case_study_page_viewset():
    # ... and a sign-off editor's late ones are answered as such, not as a permission problem.
    return CaseStudyPageViewSet("case_study_pages")


@hooks.register("after_edit_page")
def back_to_the_review(request, page):
    """Sign-off editors have no page permissions: after a workflow action, show them the review."""
    specific = page.specific
    if not isinstance(specific, CaseStudyPage) or page.permissions_for_user(request.user).can_edit():
        return None
    review = Review.objects.filter(submission_id=specific.submission_id).first()
    if review is None or not request.user.has_perm("moderation.view_review"):
        return None
    return redirect("moderation_admin:review", review.pk)


class ReviewURLFinder(ModelAdminURLFinder):
    """Workflow panels on the dashboard link a review to its moderation page."""

    def construct_edit_url(self, instance):
        return reverse("moderation_admin:review", args=[instance.pk])

    def get_edit_url(self, instance):
        if self.user is not None and not self.user.has_perm("moderation.view_review"):
            return None
        return self.construct_edit_url(instance)


register_admin_url_finder(Review, ReviewURLFinder)


class RejectionReasonViewSet(SnippetViewSet):
    model = RejectionReason
    icon = "comment"
    menu_label = _("Rejection reasons")
    list_display = ["name", "active"]
    copy_view_enabled = False


register_snippet(RejectionReasonViewSet)


# The dashboard: "Waiting for you" first; "Awaiting your review" without the user's own stories.
hooks.register("construct_homepage_panels", homepage_panels)


# The sign-off review: linked from the page editor at sign-off (moderation/sign_off_hooks.py).
from . import sign_off_hooks  # noqa: E402, F401
