"""The sign-off review, linked from where the sign-off editor acts: Wagtail's page editor.

Imported by ``wagtail_hooks`` (Wagtail only discovers that module). While a case
study waits at the sign-off task, its editor shows a banner with a button to the
sign-off review, and the actions menu (where "Sign off and Publish" is) links to it.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.action_menu import ActionMenuItem

from casestudies.models import CaseStudyPage

from .models import SignOffTask
from .reidentification import sign_off_risk_problem
from .sign_off_review import ORIGINAL_PHOTO_VIEWED, sign_off_review_url


@hooks.register("register_log_actions")
def register_sign_off_log_actions(actions):
    actions.register_action(ORIGINAL_PHOTO_VIEWED, _("View an original photo"), _("Original photo viewed"))


def sign_off_review_link(request, page) -> str | None:
    """The sign-off review's URL, if this page waits at sign-off and the user may read reviews."""
    if page is None or not request.user.has_perm("moderation.view_review"):
        return None
    specific = page.specific
    if not isinstance(specific, CaseStudyPage) or not specific.submission_id:
        return None
    task = page.current_workflow_task
    if task is None or getattr(task.specific, "stage", "") != SignOffTask.stage:
        return None
    return sign_off_review_url(specific)


@hooks.register("before_edit_page")
def sign_off_review_banner(request, page):
    if request.method != "GET":
        return None
    url = sign_off_review_link(request, page)
    if url:
        message = _(
            "Before you sign off: compare the original with this version, check each detector "
            "finding's decision, what the storyteller said and each photo before and after."
        )
        risk_problem = sign_off_risk_problem(page.specific)
        if risk_problem:
            message = f"{message} {risk_problem}"
        messages.warning(request, message, buttons=[messages.button(url, _("Open the sign-off review"))])
    return None


class SignOffReviewMenuItem(ActionMenuItem):
    name = "action-sign-off-review"
    label = _("Open the sign-off review")
    icon_name = "view"

    def __init__(self, url: str):
        super().__init__(order=10_000)
        self.url = url

    def get_url(self, parent_context):
        return self.url


@hooks.register("construct_page_action_menu")
def sign_off_review_menu_item(menu_items, request, context):
    if context.get("view") != "edit":
        return
    url = sign_off_review_link(request, context.get("page"))
    if url:
        menu_items.append(SignOffReviewMenuItem(url))
