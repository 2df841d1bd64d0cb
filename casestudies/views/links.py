"""Pages opened from emailed links: resume a draft, confirm the address (withdrawal: privacy.views).

Confirming and withdrawing change state, so the link opens a page with a button
(a POST): mail scanners that fetch links cannot confirm or withdraw on someone's
behalf.
"""

from __future__ import annotations

from django_ratelimit.decorators import ratelimit

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from .. import lifecycle
from ..audience import organisation_shown, routes_for
from ..choices import SubmissionKind, SubmissionStatus
from ..flows import FLOW_BY_KIND, FLOWS
from ..models import Submission
from ..selectors import submission_kind
from ..tokens import LinkError, LinkPurpose, token_read
from ..verification import verification_link_resend
from .common import no_store


def submission_from_token(purpose: LinkPurpose, token: str) -> Submission:
    submission_id, reference = token_read(purpose=purpose, token=token)
    submission = Submission.objects.filter(pk=submission_id, reference=reference).first()
    if submission is None:
        raise LinkError()
    return submission


def link_problem(
    request: HttpRequest, error: LinkError, purpose: LinkPurpose, *, kind: str = ""
) -> HttpResponse:
    """Why a link did not open, worded for the resident or landlord it was sent to when
    that is known (``kind``, or the submission an expired link names)."""
    kind = kind or submission_kind(error.submission_id)
    return no_store(
        render(
            request,
            "casestudies/link_problem.html",
            {
                "expired": error.expired,
                "purpose": str(purpose),
                "kind": kind,
                "landlord": kind == SubmissionKind.LANDLORD,
                "routes": routes_for(kind) if kind else None,
            },
            status=410 if error.expired else 404,
        )
    )


def resume(request: HttpRequest, token: str) -> HttpResponse:
    try:
        submission = submission_from_token(LinkPurpose.RESUME, token)
    except LinkError as error:
        return link_problem(request, error, LinkPurpose.RESUME)
    flow = FLOW_BY_KIND[submission.kind]
    if submission.status != SubmissionStatus.DRAFT:
        return no_store(
            render(request, "casestudies/already_sent.html", {"submission": submission, "flow": flow})
        )
    request.session.cycle_key()
    request.session[f"mtr:{flow.name}:draft"] = submission.pk
    step = flow.first_unanswered(submission)
    if step is None:
        return redirect(f"casestudies:{flow.name}_check")
    return redirect(reverse(f"casestudies:{flow.name}_step", kwargs={"step": step.slug}))


@require_POST
@ratelimit(key="ip", rate=lambda g, r: settings.EMAIL_LINK_RATE_LIMIT, method="POST", block=True)
def verification_send_again(request: HttpRequest, flow: str) -> HttpResponse:
    """ "Send the email again" on the check-your-email page: only for the story sent in this
    browser session (the session holds it), and only while it waits for confirmation."""
    current = FLOWS.get(flow)
    if current is None:
        raise Http404
    pk = request.session.get(f"mtr:{current.name}:done")
    submission = Submission.objects.filter(pk=pk).exclude(status=SubmissionStatus.DRAFT).first()
    if submission is None:
        return redirect(f"casestudies:{current.name}_start")
    if submission.status != SubmissionStatus.AWAITING_VERIFICATION:
        return redirect(f"casestudies:{current.name}_confirmation")
    sent = verification_link_resend(submission=submission)
    return redirect(reverse(f"casestudies:{current.name}_confirmation") + ("?sent=1" if sent else "?sent=0"))


@require_http_methods(["GET", "POST"])
def verify(request: HttpRequest, token: str) -> HttpResponse:
    try:
        submission = submission_from_token(LinkPurpose.VERIFY, token)
    except LinkError as error:
        return link_problem(request, error, LinkPurpose.VERIFY)
    if submission.status == SubmissionStatus.EXPIRED:
        return link_problem(request, LinkError(expired=True), LinkPurpose.VERIFY, kind=submission.kind)
    if request.method == "POST":
        submission, _new = lifecycle.story_verified(submission=submission)
    confirmed = submission.status != SubmissionStatus.AWAITING_VERIFICATION
    return no_store(
        render(
            request,
            "casestudies/verified.html" if confirmed else "casestudies/verify.html",
            {
                "submission": submission,
                "flow": FLOW_BY_KIND[submission.kind],
                "organisation_shown": organisation_shown(submission=submission),
            },
        )
    )
