"""The storyteller's check of the anonymised version, opened from their emailed link.

Approving or asking for changes is a POST from a page with a button, so a mail
scanner fetching the link cannot answer for them.
"""

from __future__ import annotations

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from casestudies.audience import organisation_shown
from casestudies.models import CaseStudyPage, Submission
from casestudies.tokens import LinkError, LinkPurpose, token_read
from casestudies.views.common import no_store
from casestudies.views.links import link_problem

from .diff import story_changes
from .publication import storyteller_respond, storyteller_task_state


class StorytellerCheckForm(forms.Form):
    answer = forms.ChoiceField(
        label=_("Are you happy for us to publish this version?"),
        choices=[("approve", _("Yes, publish it")), ("changes", _("No, I want more removed or changed"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Select yes if you are happy for us to publish this version")},
    )
    feedback = forms.CharField(
        label=_("What should we remove or change?"),
        help_text=_("Only if you answered no. For example, a detail someone could recognise you by."),
        required=False,
        max_length=2000,
        widget=forms.Textarea,
        error_messages={"max_length": _("What to remove or change must be 2,000 characters or fewer")},
    )
    govuk = {"answer": {"heading": True, "size": "m"}, "feedback": {"max_characters": 2000, "rows": 5}}
    template_name = "casestudies/includes/step_fields.html"

    def __init__(self, *args, landlord: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if landlord:  # an organisation answers, about the people named in its case study
            self.fields["answer"].choices = [
                ("approve", _("Yes, publish it")),
                ("changes", _("No, we want more removed or changed")),
            ]
            self.fields["feedback"].help_text = _(
                "Only if you answered no. For example, a detail someone could recognise a resident or a member of staff by."
            )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("answer") == "changes" and not (cleaned.get("feedback") or "").strip():
            self.add_error("feedback", _("Tell us what to remove or change"))
        return cleaned


@require_http_methods(["GET", "POST"])
def storyteller_check(request: HttpRequest, token: str) -> HttpResponse:
    try:
        submission_id, reference = token_read(purpose=LinkPurpose.CHECK, token=token)
    except LinkError as error:
        return link_problem(request, error, LinkPurpose.CHECK)
    submission = Submission.objects.filter(pk=submission_id, reference=reference).first()
    page = CaseStudyPage.objects.filter(submission_id=submission_id).first() if submission else None
    if page is None:
        return link_problem(
            request, LinkError(), LinkPurpose.CHECK, kind=submission.kind if submission else ""
        )
    waiting = storyteller_task_state(page) is not None
    form = StorytellerCheckForm(request.POST or None, landlord=submission.is_landlord)
    if request.method == "POST" and waiting and form.is_valid():
        approve = form.cleaned_data["answer"] == "approve"
        storyteller_respond(page=page, approve=approve, feedback=form.cleaned_data["feedback"].strip())
        return no_store(
            render(
                request,
                "moderation/public/storyteller_thanks.html",
                {"approved": approve, "submission": submission},
            )
        )
    draft = page.get_latest_revision_as_object()
    # The same marks as the sign-off review shows (moderation.diff).
    sections = [(change.label, change.marked) for change in story_changes(submission, draft)]
    return no_store(
        render(
            request,
            "moderation/public/storyteller_check.html",
            {
                "submission": submission,
                "page": draft,
                "sections": sections,
                "form": form,
                "waiting": waiting,
                "organisation_shown": organisation_shown(submission=submission),
            },
            status=400 if request.method == "POST" and waiting else 200,
        )
    )
