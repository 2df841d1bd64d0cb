"""The editors' dashboard: "Waiting for you" first, and Wagtail's "Awaiting your review" kept honest.

Both are Wagtail home page panels (``construct_homepage_panels`` in ``wagtail_hooks``):

- ``WaitingForYouPanel`` lists the stories waiting for this user's action, by the groups of
  the workflow tasks, with working-day timers, priority stories on top with the reason and
  how to reach a privacy officer (editors never see a storyteller's contact details).
- ``AwaitingYourReviewPanel`` is Wagtail's own panel without the stories the user
  anonymised: the sign-off task refuses them the action, so listing them only invites a
  second pair of eyes that is really the first.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from wagtail.admin.ui.components import Component
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel

from .safety import safety_reasons
from .selectors import privacy_officer_contacts, submissions_anonymised_by, waiting_for

VIEW = "moderation.view_review"


class WaitingForYouPanel(Component):
    name = "waiting_for_you"
    template_name = "moderation/dashboard/waiting_for_you.html"
    order = 10  # before Wagtail's own panels (200 and up)

    def is_shown(self, user) -> bool:
        return user.is_active and user.has_perm(VIEW)

    def get_context_data(self, parent_context: Mapping[str, Any] | None = None) -> Mapping[str, Any]:
        request = parent_context["request"]
        entries = waiting_for(user=request.user)
        for entry in entries:
            entry.reasons = safety_reasons(entry.review.safety_concerns, *entry.review.texts().values())
        privacy = privacy_officer_contacts() if any(entry.priority for entry in entries) else None
        return {"entries": entries, "privacy": privacy, "request": request}

    def render_html(self, parent_context: Mapping[str, Any] | None = None) -> str:
        if not self.is_shown(parent_context["request"].user):
            return ""
        return super().render_html(parent_context)


class AwaitingYourReviewPanel(WorkflowObjectsToModeratePanel):
    """Wagtail's panel, less the stories this user anonymised."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        states = context.get("states") or []
        submission_ids = {
            state["obj"].submission_id for state in states if getattr(state["obj"], "submission_id", None)
        }
        if submission_ids:
            theirs = submissions_anonymised_by(
                user=parent_context["request"].user, submission_ids=submission_ids
            )
            context["states"] = [
                state for state in states if getattr(state["obj"], "submission_id", None) not in theirs
            ]
        return context


def homepage_panels(request, panels: list) -> None:
    """Put "Waiting for you" first and swap in the honest "Awaiting your review"."""
    panels[:] = [
        AwaitingYourReviewPanel() if type(panel) is WorkflowObjectsToModeratePanel else panel
        for panel in panels
    ]
    panels.append(WaitingForYouPanel())
