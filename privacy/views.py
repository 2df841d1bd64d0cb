"""The storyteller's own page (privacy/rights.py), and asking for a new link.

Changes are POSTs with a button (mail scanners fetch links); withdrawing the whole story
asks for confirmation first. Pages are never stored by browsers or proxies.
"""

from __future__ import annotations

from django_ratelimit.decorators import ratelimit

from django import forms
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from casestudies import lifecycle
from casestudies.audience import consent_shown, organisation_shown, scope_labels
from casestudies.choices import SubmissionStatus
from casestudies.forms import CleanCharField, long_text
from casestudies.models import Submission
from casestudies.selectors import published_versions
from casestudies.tokens import LinkError, LinkPurpose
from casestudies.views.common import honeypot_filled, no_store
from casestudies.views.links import link_problem, submission_from_token

from . import rights


class ScopeForm(forms.Form):
    template_name = "casestudies/includes/step_fields.html"
    govuk = {"scope": {"size": "m"}}

    def __init__(self, *args, scopes: list[str], labels: dict[str, str], **kwargs):
        super().__init__(*args, **kwargs)
        message = _("Choose what you want us to stop")
        self.fields["scope"] = forms.ChoiceField(
            label=_("What do you want us to stop?"),
            choices=[(scope, labels.get(scope, scope)) for scope in scopes],
            widget=forms.RadioSelect,
            error_messages={"required": message, "invalid_choice": message},
        )


class RemovalForm(forms.Form):
    template_name = "casestudies/includes/step_fields.html"
    govuk = {"text": {"size": "m", "max_characters": rights.MAX_REQUEST_LENGTH, "rows": 5}}

    text = long_text(
        _("What else should we remove?"),
        max_length=rights.MAX_REQUEST_LENGTH,
        hint=_("For example a word, a detail or a sentence that could identify you or someone else."),
        required_message=_("Tell us what to remove"),
    )

    def __init__(self, *args, landlord: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if landlord:
            self.fields["text"].help_text = _(
                "For example a word, a detail or a sentence that could identify a resident, a member of staff or anyone else."
            )


class LinkRequestForm(forms.Form):
    template_name = "casestudies/includes/step_fields.html"
    govuk = {"reference": {"width": "govuk-input--width-10"}}

    reference = CleanCharField(
        label=_("Reference number"),
        help_text=_("It is in the emails we sent you, for example MTR-AB12-CD34."),
        max_length=32,
        error_messages={
            "required": _("Enter your reference number"),
            "max_length": _("Reference numbers are 13 characters long, like MTR-AB12-CD34"),
        },
    )
    email = forms.EmailField(
        label=_("Email address"),
        help_text=_("The address you sent your story from."),
        max_length=254,
        error_messages={
            "required": _("Enter your email address"),
            "invalid": _("Enter an email address in the correct format, like name@example.com"),
            "max_length": _("Email address must be 254 characters or fewer"),
        },
    )

    def __init__(self, *args, landlord: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if landlord:
            self.fields["email"].help_text = _("The work email address you sent the case study from.")


def _scope_form(submission: Submission, data=None) -> ScopeForm:
    scopes = [scope.value for scope in rights.withdrawable_scopes(submission.consent)]
    return ScopeForm(data, scopes=scopes, labels=scope_labels(submission=submission))


def _context(submission: Submission, **extra) -> dict:
    consent = submission.consent
    labels = scope_labels(submission=submission)
    withdrawn = [
        (labels[name], at)
        for name, at in (consent.withdrawn_scopes if consent else {}).items()
        if name in labels
    ]
    context = {
        "submission": submission,
        "consent": consent,
        "given": consent_shown(submission=submission, consent=consent),
        "withdrawn_scopes": withdrawn,
        "versions": published_versions(submission),
        "can_change": rights.can_change(submission),
        "renewal_asked": bool(consent and consent.renewal_requested_at),
        "scope_form": _scope_form(submission) if rights.withdrawable_scopes(consent) else None,
        "removal_form": RemovalForm(landlord=submission.is_landlord),
        "organisation_shown": organisation_shown(submission=submission),
        "statuses": SubmissionStatus,
    }
    context.update(extra)
    if context["scope_form"] is not None and "scope_form_bound" in extra:
        context["scope_form"] = extra["scope_form_bound"]
    return context


@require_http_methods(["GET", "POST"])
def story(request: HttpRequest, token: str) -> HttpResponse:
    try:
        submission = submission_from_token(LinkPurpose.STORY, token)
    except LinkError as error:
        return link_problem(request, error, LinkPurpose.STORY)
    if submission.erased_at:
        return link_problem(request, LinkError(), LinkPurpose.STORY, kind=submission.kind)
    if request.method == "GET":
        return no_store(render(request, "privacy/story_page.html", _context(submission)))
    action = request.POST.get("action", "")
    done = ""
    status = 200
    extra: dict = {}
    if action == "scope":
        form = _scope_form(submission, request.POST)
        if form.is_valid() and rights.consent_scope_withdraw(
            submission=submission, scope=form.cleaned_data["scope"]
        ):
            done = "scope"
        else:
            extra["scope_form_bound"], status = form, 400
    elif action == "removal":
        form = RemovalForm(request.POST, landlord=submission.is_landlord)
        if form.is_valid() and rights.removal_request(submission=submission, text=form.cleaned_data["text"]):
            done = "removal"
        else:
            extra["removal_form"], status = form, 400
    elif action == "renew":
        done = "renew" if rights.consent_renew(submission=submission) else ""
    elif action == "withdraw":
        return no_store(render(request, "privacy/story_withdraw.html", {"submission": submission}))
    elif action == "withdraw-confirmed":
        rights.story_withdraw(submission=submission)
        done = "withdrawn"
    submission.refresh_from_db()
    context = _context(Submission.objects.get(pk=submission.pk), done=done, **extra)
    return no_store(render(request, "privacy/story_page.html", context, status=status))


@require_http_methods(["GET", "POST"])
@ratelimit(key="ip", rate=lambda g, r: settings.EMAIL_LINK_RATE_LIMIT, method="POST", block=True)
def link_request(request: HttpRequest, landlord: bool = False) -> HttpResponse:
    """Ask for a new link with the reference and address: the answer is the same either way.

    ``landlord``: asked at the landlord's address (/your-case-study/), and worded for one.
    """
    form = LinkRequestForm(request.POST or None, landlord=landlord)
    context = {"form": form, "landlord": landlord}
    if request.method == "POST" and not honeypot_filled(request) and form.is_valid():
        rights.story_link_request(reference=form.cleaned_data["reference"], email=form.cleaned_data["email"])
        return no_store(render(request, "privacy/story_link_sent.html", context))
    if request.method == "POST" and honeypot_filled(request):
        return no_store(render(request, "privacy/story_link_sent.html", context))
    status = 400 if form.is_bound else 200
    return no_store(render(request, "privacy/story_link_request.html", context, status=status))


@require_http_methods(["GET", "POST"])
def withdraw(request: HttpRequest, token: str) -> HttpResponse:
    """The withdrawal link in the first emails: one button, the same effects as every door."""
    try:
        submission = submission_from_token(LinkPurpose.WITHDRAW, token)
    except LinkError as error:
        return link_problem(request, error, LinkPurpose.WITHDRAW)
    if request.method == "POST":
        submission, _changed = lifecycle.story_withdrawn(submission=submission, door="email_link")
    withdrawn = submission.status == SubmissionStatus.WITHDRAWN
    return no_store(
        render(
            request,
            "privacy/withdrawn.html" if withdrawn else "privacy/withdraw.html",
            {"submission": submission, "contact_email": settings.DEFAULT_FROM_EMAIL},
        )
    )
