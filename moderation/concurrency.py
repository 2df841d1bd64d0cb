"""One sign-off at a time: the page editor's duplicate, stale and autosave POSTs.

Wagtail 8's autosave posts the whole edit form, including the hidden
``action-workflow-action`` inputs that clicking "Sign off" adds to it, so about a second
after the click a second request tries the same workflow action while the first is still
publishing. A double click or a retried request does the same. Wagtail's edit view saves
the form (``form.save(commit=not page.live)``) *before* it looks at the workflow again: a
request that loaded the page before the sign-off committed writes the page row back as
not live, then fails on ``current_workflow_task`` being None (wagtail/wagtail#14460).

Two guards, both on Wagtail's extension points:

- ``edit_guard`` (the ``before_edit_page`` hook) takes a lock on the page row for every
  POST to a case study's editor. Waiting for it means waiting for any sign-off of the same
  page to commit; the request is then compared with the page as it is now. A request
  made from an out-of-date page is refused without writing anything. The sign-off task's
  own actions are taken here, under the lock, so no form is saved around them (the text
  cannot change at sign-off anyway: ``moderation.scanning``). Autosave never takes a
  workflow action and never saves a case study waiting for sign-off: it is answered with
  an error Wagtail's autosave shows (``locked`` or ``invalid_revision``).
- ``task_state_claim`` (called by ``SignOffTask.on_action``, whichever door it comes
  through: the editor, the review page, a command) locks the same row and reads the task
  state afresh, so a second approval of a task already approved is a no-op, never a
  second publish.

The lock: ``select_for_update`` on the page row (PostgreSQL); on SQLite the transaction
itself takes the database's write lock (``transaction_mode: IMMEDIATE`` in settings).
"""

from __future__ import annotations

import json
import logging

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page, TaskState

from casestudies.models import CaseStudyPage

logger = logging.getLogger(__name__)

SIGN_OFF_STAGE = "sign_off"
# The page's publication fields (those Wagtail keeps from the page row when it loads the
# latest revision into the editor): if any differs from what a request loaded, the page
# was published, unpublished or saved by someone else while the request waited.
_STATE_FIELDS = ("live", "has_unpublished_changes", "latest_revision_id")


def page_row_lock(page_id: int) -> dict | None:
    """Lock the page's row until the current transaction ends, and return its publication
    state as it is now (None if the page is gone). Must be called inside ``atomic``."""
    return Page.objects.select_for_update().filter(pk=page_id).values(*_STATE_FIELDS).first()


def task_state_claim(task_state: TaskState) -> TaskState | None:
    """The task state, read afresh under the page's lock; None if it is no longer in
    progress (a duplicate request: the first one already acted). Inside ``atomic``."""
    page_row_lock(int(task_state.workflow_state.object_id))
    fresh = TaskState.objects.select_for_update().filter(pk=task_state.pk).first()
    if fresh is None or fresh.status != TaskState.STATUS_IN_PROGRESS:
        logger.info("Workflow action on task state %s ignored: it is no longer in progress", task_state.pk)
        return None
    if fresh.workflow_state.status != fresh.workflow_state.STATUS_IN_PROGRESS:
        return None
    return fresh.specific


# The edit view ---------------------------------------------------------------------


def _expects_json(request: HttpRequest) -> bool:
    # As Wagtail's edit view decides it: autosave asks for JSON.
    return not request.accepts("text/html")


def _json_error(code: str, message: str) -> JsonResponse:
    """An error Wagtail's autosave controller understands: it shows the message, and stops
    autosaving on ``invalid_revision``."""
    return JsonResponse({"success": False, "error_code": code, "error_message": message}, status=400)


def _stale(page: Page, now: dict) -> bool:
    return any(getattr(page, name) != now[name] for name in _STATE_FIELDS)


def _current_task_state(page_id: int) -> TaskState | None:
    """Read afresh (not from anything the request loaded)."""
    task_state = Page.objects.get(pk=page_id).current_workflow_task_state
    if task_state is None or task_state.status != TaskState.STATUS_IN_PROGRESS:
        return None
    return task_state


def _at_sign_off(task_state: TaskState | None) -> bool:
    return task_state is not None and getattr(task_state.task.specific, "stage", "") == SIGN_OFF_STAGE


def edit_guard(request: HttpRequest, page: Page) -> HttpResponse | None:
    """``before_edit_page``: let a case study's POST through only if it is safe (see above)."""
    if request.method != "POST" or not isinstance(page, CaseStudyPage):
        return None
    workflow_action = bool(request.POST.get("action-workflow-action"))
    if _expects_json(request) and workflow_action:
        # Autosave serialised the form after "Sign off" (or "Request changes") was clicked:
        # the click's own request takes the action.
        return _json_error("locked", _("Autosave is paused while the workflow action is saved."))
    with transaction.atomic():
        now = page_row_lock(page.pk)
        if now is None:
            return _refuse(request, page, _("This page no longer exists."))
        stale = _stale(page, now)
        task_state = _current_task_state(page.pk)
        if workflow_action:
            if stale or not _at_sign_off(task_state):
                return _already_done(request, page, now)
            return _sign_off_act(request, page, task_state)
    if stale:
        if _expects_json(request):
            return _json_error(
                "invalid_revision",
                _("This page was published or changed while you had it open. Reload it to see it now."),
            )
        return _refuse(request, page, _("This page was published or changed while you had it open."))
    if _at_sign_off(task_state) and not _workflow_control(request):
        message = _(
            "This case study is waiting for sign-off, so it cannot be saved now. "
            "Sign it off, or choose “Request changes”."
        )
        if _expects_json(request):
            return _json_error("locked", message)
        return _refuse(request, page, message)
    return None


class CaseStudyEditView(EditView):
    """Wagtail's page editor for case studies, with one answer of ours before its
    permission check.

    A sign-off editor may open the editor only while the sign-off task is theirs to act
    on. Once they (or a colleague) signed the page off, Wagtail would refuse their later
    requests as a permission problem: a retried "Sign off" and the autosave of the tab
    still open would meet "Sorry, you do not have permission". They are answered as what
    they are: the page is already signed off (a message and the review), or, to autosave,
    an error that stops it. Everything else is Wagtail's (and ``edit_guard``'s).
    """

    def dispatch(self, request, page_id, **kwargs):
        if request.method == "POST":
            answer = _after_sign_off(request, page_id)
            if answer is not None:
                return answer
        return super().dispatch(request, page_id, **kwargs)


class CaseStudyPageViewSet(PageViewSet):
    """Case studies' admin views: Wagtail's, with the guarded editor."""

    model = CaseStudyPage
    edit_view_class = CaseStudyEditView


def _after_sign_off(request: HttpRequest, page_id: int) -> HttpResponse | None:
    user = request.user
    if not (user.is_authenticated and user.has_perm("wagtailadmin.access_admin")):
        return None
    page = Page.objects.filter(pk=page_id).specific().first()
    if not isinstance(page, CaseStudyPage) or page.permissions_for_user(user).can_edit():
        return None
    if _expects_json(request):
        return _json_error(
            "invalid_revision",
            _(
                "This page was signed off while you had it open, so it cannot be saved here. Reload it to see it now."
            ),
        )
    if request.POST.get("action-workflow-action"):
        now = Page.objects.filter(pk=page_id).values(*_STATE_FIELDS).first()
        return _already_done(request, page, now)
    return None


def _workflow_control(request: HttpRequest) -> bool:
    # Cancelling or restarting the workflow stays Wagtail's, with its own permission checks.
    return bool(request.POST.get("action-cancel-workflow") or request.POST.get("action-restart-workflow"))


def _edit_url(page: Page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def _refuse(request: HttpRequest, page: Page, message: str) -> HttpResponse:
    messages.warning(request, message)
    return redirect(_edit_url(page))


def _already_done(request: HttpRequest, page: Page, now: dict) -> HttpResponse:
    """A duplicate or stale workflow action: say where the page stands, write nothing."""
    title = page.get_admin_display_title()
    if now["live"]:
        message = _("“%(title)s” is already signed off and published.") % {"title": title}
    else:
        message = _("“%(title)s” is no longer waiting for this step: nothing was changed.") % {"title": title}
    messages.info(request, message)
    return _after_action(request, page)


def _after_action(request: HttpRequest, page: Page) -> HttpResponse:
    """Where Wagtail goes after a workflow action: an ``after_edit_page`` hook's answer
    (sign-off editors go back to the review), else ``next``, else the page's listing."""
    for hook in hooks.get_hooks("after_edit_page"):
        response = hook(request, page)
        if hasattr(response, "status_code"):
            return response
    next_url = get_valid_next_url_from_request(request)
    if next_url:
        return redirect(next_url)
    return redirect("wagtailadmin_explore", page.get_parent().pk)


def _extra_data(request: HttpRequest) -> dict:
    """The comment from the action's dialog ("Sign off with comment"); nothing else."""
    try:
        data = json.loads(request.POST.get("workflow-action-extra-data") or "{}")
    except ValueError:
        data = {}
    comment = data.get("comment") if isinstance(data, dict) else None
    return {"comment": comment} if isinstance(comment, str) and comment else {}


def _sign_off_act(request: HttpRequest, page: Page, task_state: TaskState) -> HttpResponse:
    """Take the sign-off task's action under the lock (inside the caller's ``atomic``)."""
    action = request.POST.get("workflow-action-name", "")
    task = task_state.task.specific
    fresh = Page.objects.get(pk=page.pk).specific
    if action not in {name for name, _label, _modal in task.get_actions(fresh, request.user)}:
        return _refuse(request, page, _("You cannot take this step."))
    try:
        with transaction.atomic():
            task.on_action(task_state, request.user, action, **_extra_data(request))
    except PermissionDenied as refusal:
        messages.error(request, str(refusal) or _("This step was refused."))
        return redirect(_edit_url(page))
    title = page.get_admin_display_title()
    if action == "approve":
        if Page.objects.filter(pk=page.pk, live=True).exists():
            messages.success(request, _("“%(title)s” is signed off and published.") % {"title": title})
        else:
            messages.warning(request, _("“%(title)s” is signed off but is not live yet.") % {"title": title})
    else:
        messages.success(request, _("Changes asked for on “%(title)s”.") % {"title": title})
    return _after_action(request, page)
