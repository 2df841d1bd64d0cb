"""The two Wagtail workflows, their groups and permissions, and what finishing each does.

Set up after every ``migrate`` (idempotent), so a fresh database, a test database and
production all get the same tasks, workflows and groups, never made by hand.
"""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import GroupPagePermission, Workflow, WorkflowContentType, WorkflowPage, WorkflowTask

from .rejection_reasons import DEFAULT_REASONS

EDITORS = "Comms editors"
SIGN_OFF = "Sign-off editors"
PRIVACY = "Privacy officers"

GROUP_PERMISSIONS = {
    EDITORS: [
        "wagtailadmin.access_admin",
        "casestudies.view_submission",
        "moderation.view_review",
        "moderation.change_review",
        "moderation.add_rejectionreason",
        "moderation.change_rejectionreason",
        "moderation.view_rejectionreason",
        "wagtailimages.add_image",
        "wagtailimages.choose_image",
    ],
    SIGN_OFF: ["wagtailadmin.access_admin", "moderation.view_review"],
    PRIVACY: ["wagtailadmin.access_admin", "casestudies.view_submission", "casestudies.view_contact_details"],
}
# What each group may do with case study pages (under the index page). Nobody but
# the workflow publishes: editors write drafts, sign-off happens through the task.
PAGE_PERMISSIONS = {EDITORS: ["add_page", "change_page"]}


def _permission(code: str) -> Permission:
    app_label, codename = code.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def moderation_setup() -> None:
    """Create groups, tasks, workflows and default rejection reasons if missing."""
    from casestudies.models import CaseStudyIndexPage

    from .models import (
        AnonymisationTask,
        ConsentCheckTask,
        RejectionReason,
        Review,
        SignOffTask,
        StorytellerApprovalTask,
    )

    groups = {}
    for name, codes in GROUP_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*[_permission(code) for code in codes])
        groups[name] = group

    def task(model, name, group_names=()):
        instance = model.objects.filter(name=name).first()
        if instance is None:
            instance = model.objects.create(name=name)
        if group_names:
            instance.groups.add(*[groups[g] for g in group_names])
        return instance

    consent = task(ConsentCheckTask, "Consent check", [EDITORS])
    anonymisation = task(AnonymisationTask, "Anonymisation review", [EDITORS])
    storyteller = task(StorytellerApprovalTask, "Storyteller approval")
    sign_off = task(SignOffTask, "Sign-off", [SIGN_OFF])

    review_workflow = _workflow("Story moderation", [consent, anonymisation])
    WorkflowContentType.objects.get_or_create(
        content_type=ContentType.objects.get_for_model(Review), defaults={"workflow": review_workflow}
    )
    _workflow("Case study sign-off", [storyteller, sign_off])
    for index in CaseStudyIndexPage.objects.all():
        index_setup(index)
    if not RejectionReason.objects.exists():
        for reason in DEFAULT_REASONS:
            RejectionReason.objects.create(**reason)


def _workflow(name: str, tasks: list) -> Workflow:
    workflow, created = Workflow.objects.get_or_create(name=name)
    if created:
        for order, task in enumerate(tasks):
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    return workflow


def index_setup(index) -> None:
    """The sign-off workflow and the editors' page permissions for a case study index."""
    workflow = Workflow.objects.filter(name="Case study sign-off").first()
    if workflow is None:
        return
    WorkflowPage.objects.get_or_create(page=index, defaults={"workflow": workflow})
    for group_name, codenames in PAGE_PERMISSIONS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page=index, permission=_permission(f"wagtailcore.{codename}")
            )
