"""The public forms: start page, question pages, photos, check answers, confirmation.

A draft Submission is created when someone starts, and each page saves its answers
to it, so nothing is lost when someone leaves and comes back with the emailed link.
The session only remembers which draft is theirs.
"""

from __future__ import annotations

from django_ratelimit.decorators import ratelimit

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import TooManyFilesSent
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods, require_POST

from .. import personal_details, photo_processing, services, upload_limits
from ..audience import organisation_shown
from ..choices import SubmissionStatus
from ..flows import CONSENT_STEP, FLOWS, PHOTOS_STEP, Flow, Step
from ..forms import PersonalDetailsForm, PhotosForm, SaveForm
from ..models import MAX_PHOTOS, Photo, PhotoStatus, Submission
from ..photos import MESSAGE_TOO_LARGE, PhotoError
from ..selectors import submission_answers
from .common import honeypot_filled, no_store


def _flow(name: str) -> Flow:
    try:
        return FLOWS[name]
    except KeyError as exc:
        raise Http404 from exc


def _draft_key(flow: Flow) -> str:
    return f"mtr:{flow.name}:draft"


def _done_key(flow: Flow) -> str:
    return f"mtr:{flow.name}:done"


def _draft(request: HttpRequest, flow: Flow) -> Submission | None:
    pk = request.session.get(_draft_key(flow))
    if pk is None:
        return None
    return Submission.objects.filter(pk=pk, kind=flow.kind, status=SubmissionStatus.DRAFT).first()


def _step_url(flow: Flow, step: Step, *, returning: bool = False) -> str:
    url = reverse(f"casestudies:{flow.name}_step", kwargs={"step": step.slug})
    return f"{url}?return=check" if returning else url


def _check_url(flow: Flow) -> str:
    return reverse(f"casestudies:{flow.name}_check")


def _go_on(flow: Flow, draft: Submission, page: Step, returning: bool) -> HttpResponse:
    """After a page is answered: the next question, or back to "Check your answers"."""
    following = flow.next_after(draft, page.slug)
    if returning or following is None:
        return redirect(_check_url(flow))
    return redirect(_step_url(flow, following))


def _personal_details_url(flow: Flow) -> str:
    return reverse(f"casestudies:{flow.name}_personal_details")


def _start_url(flow: Flow) -> str:
    return reverse(f"casestudies:{flow.name}_start")


def _no_draft(request: HttpRequest, flow: Flow) -> HttpResponse:
    done = request.session.get(_done_key(flow))
    if done and Submission.objects.filter(pk=done).exclude(status=SubmissionStatus.DRAFT).exists():
        return redirect(f"casestudies:{flow.name}_confirmation")
    messages.info(request, _("Your answers were not found. Start again, or use the link we emailed you."))
    return redirect(_start_url(flow))


def start(request: HttpRequest, flow: str) -> HttpResponse:
    current = _flow(flow)
    return render(
        request,
        f"casestudies/{current.name}_start.html",
        {"flow": current, "has_draft": _draft(request, current) is not None},
    )


@require_POST
@ratelimit(key="ip", rate=lambda g, r: settings.DRAFT_RATE_LIMIT, method="POST", block=True)
def begin(request: HttpRequest, flow: str) -> HttpResponse:
    current = _flow(flow)
    draft = _draft(request, current)
    if draft is None:
        draft = services.submission_start(kind=current.kind, language=get_language())
        request.session[_draft_key(current)] = draft.pk
        request.session.cycle_key()
    target = current.first_unanswered(draft)
    return redirect(_step_url(current, target) if target else _check_url(current))


# csrf_exempt only so that the photo step's upload limits are in place before the
# body is read: CsrfViewMiddleware reads request.POST, which parses the whole body
# (Django's documented pattern). _step checks the token, for every step.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def step(request: HttpRequest, flow: str, step: str) -> HttpResponse:
    current = _flow(flow)
    page = current.get(step)
    if page is None:
        raise Http404
    if page.slug == PHOTOS_STEP and request.method == "POST":
        refused = _photos_limit_body(request, current, page)
        if refused is not None:
            return refused
    return _step(request, current, page)


@csrf_protect
def _step(request: HttpRequest, current: Flow, page: Step) -> HttpResponse:
    draft = _draft(request, current)
    if draft is None:
        return _no_draft(request, current)
    if not page.applies(draft):
        return redirect(_check_url(current))
    if page.slug == PHOTOS_STEP:
        return _photos(request, current, page, draft)

    returning = request.GET.get("return") == "check"
    form_class = page.form_class
    honeypot_error = False
    form_kwargs = form_class.form_kwargs(draft)
    if request.method == "POST":
        form = form_class(request.POST, **form_kwargs)
        valid = form.is_valid()
        if "save_and_return" in request.POST and not _refused(form):
            _save_partial(draft, page, form)
            return redirect(f"casestudies:{current.name}_save")
        if honeypot_filled(request):
            honeypot_error = True
        elif valid:
            try:
                if page.slug == CONSENT_STEP:
                    services.consent_record(submission=draft, scopes=form.to_data(), language=get_language())
                    draft.refresh_from_db()
                else:
                    draft = services.submission_update(submission=draft, step=page.slug, data=form.to_data())
            except services.SubmissionClosed:
                return _no_draft(request, current)
            return _go_on(current, draft, page, returning)
    else:
        form = form_class(initial=form_class.initial_from(draft), **form_kwargs)
    return _render_step(request, current, page, draft, form, returning, honeypot_error=honeypot_error)


def _refused(form) -> bool:
    """Whether an answer on the page is too long to keep.

    Saving for later skips what is unanswered or malformed, but an answer that is only too
    long (a story, say) is shown again with its error and every character that was typed:
    a long answer is never dropped without the person knowing.
    """
    return any(error.code == "max_length" for errors in form.errors.as_data().values() for error in errors)


def _save_partial(draft: Submission, page: Step, form) -> None:
    """Keep whatever on this page is already valid; the rest is asked again later."""
    if page.slug in (CONSENT_STEP, PHOTOS_STEP):
        return
    data = {k: v for k, v in getattr(form, "cleaned_data", {}).items() if k not in form.errors}
    if data:
        services.submission_update(submission=draft, step=page.slug, data=data, complete=False)


def _render_step(
    request,
    flow,
    page,
    draft,
    form,
    returning,
    *,
    template="casestudies/step.html",
    extra=None,
    honeypot_error=False,
):
    previous = flow.previous_before(draft, page.slug)
    if returning:
        back_url = _check_url(flow)
    elif previous:
        back_url = _step_url(flow, previous)
    else:
        back_url = _start_url(flow)
    heading_in_form = any(opts.get("heading") for opts in getattr(form, "govuk", {}).values())
    context = {
        "flow": flow,
        "step": page,
        "form": form,
        "back_url": back_url,
        "returning": returning,
        "heading_in_form": heading_in_form,
        "honeypot_error": honeypot_error,
        "submission": draft,
        **(extra or {}),
    }
    status = 400 if form.errors or honeypot_error else 200
    return no_store(render(request, template, context, status=status))


def _photos_limit_body(request: HttpRequest, flow: Flow, page: Step) -> HttpResponse | None:
    """Before anything reads the photo step's body: refuse it if it is too big to be
    photos, and put the per-file limits first (casestudies.upload_limits).

    Answers the GOV.UK error itself, or None to go on. The token is not checked
    for what is refused here: nothing is stored or changed.
    """
    draft = _draft(request, flow)
    usable = draft is not None and page.applies(draft)
    existing = draft.photos.count() if usable else 0
    if upload_limits.body_too_large(request):
        if not usable:  # as _step would answer, without reading the body
            return _no_draft(request, flow) if draft is None else redirect(_check_url(flow))
        return _photos_refused(request, flow, page, draft, MESSAGE_TOO_LARGE)
    upload_limits.install(request, max_files=MAX_PHOTOS - existing)
    try:
        request.POST  # noqa: B018 - parse now, through the limits, to catch what Django refuses
    except TooManyFilesSent:
        if not usable:
            return _no_draft(request, flow) if draft is None else redirect(_check_url(flow))
        return _photos_refused(request, flow, page, draft, upload_limits.too_many_message(existing=existing))
    return None


def _photos_refused(
    request: HttpRequest, flow: Flow, page: Step, draft: Submission, message: str
) -> HttpResponse:
    form = PhotosForm(data={})
    form.is_valid()
    form.add_error("photos", message)
    return _render_photos(request, flow, page, draft, form, request.GET.get("return") == "check")


# Only posts that carry photos count (not removing one, or going on).
@ratelimit(key="ip", rate=lambda g, r: settings.PHOTO_UPLOAD_RATE_LIMIT if r.FILES else None, method="POST")
def _photos(request: HttpRequest, flow: Flow, page: Step, draft: Submission) -> HttpResponse:
    returning = request.GET.get("return") == "check"
    form = PhotosForm()
    if request.method == "POST":
        form = PhotosForm(request.POST, request.FILES)
        form.is_valid()
        remove = request.POST.get("remove")
        if remove:
            try:
                services.photo_remove(submission=draft, photo_id=int(remove))
            except (ValueError, services.SubmissionClosed):
                pass
            return redirect(_step_url(flow, page, returning=returning))
        uploads = request.FILES.getlist("photos")
        limit = upload_limits.installed(request)
        if limit is not None and limit.too_many:
            # More than the draft has room for: store none of them.
            existing = MAX_PHOTOS - limit.max_files
            form.add_error("photos", upload_limits.too_many_message(existing=existing))
            uploads = []
        elif limit is not None:
            for name in limit.too_large:
                form.add_error("photos", f"{name}: {MESSAGE_TOO_LARGE}")
        for upload in uploads:
            try:
                services.photo_add(submission=draft, upload=upload)
            except PhotoError as exc:
                form.add_error("photos", f"{upload.name}: {exc.message}" if upload.name else str(exc.message))
            except services.SubmissionClosed:
                return _no_draft(request, flow)
        if "save_and_return" in request.POST and not form.errors:
            return redirect(f"casestudies:{flow.name}_save")
        if not form.errors and request.POST.get("action") == "continue":
            draft = services.submission_update(submission=draft, step=page.slug, data={})
            return _go_on(flow, draft, page, returning)
        if not form.errors:
            return redirect(_step_url(flow, page, returning=returning))
    return _render_photos(request, flow, page, draft, form, returning)


def _render_photos(
    request: HttpRequest, flow: Flow, page: Step, draft: Submission, form: PhotosForm, returning: bool
) -> HttpResponse:
    photos = _draft_photos(draft)
    return _render_step(
        request,
        flow,
        page,
        draft,
        form,
        returning,
        template="casestudies/photos.html",
        extra={
            **_photos_context(photos),
            "max_photos": MAX_PHOTOS,
            "can_add": len(photos) < MAX_PHOTOS,
        },
    )


def _draft_photos(draft: Submission) -> list[Photo]:
    """The draft's photos in their current state (one no worker took is marked failed)."""
    photo_processing.photos_fail_stale(submission=draft)
    photos = list(draft.photos.all())
    for photo in photos:
        photo.failure_text = photo_processing.failure_message(photo) if photo.is_failed else ""
    return photos


def _photos_context(photos: list[Photo]) -> dict:
    return {
        "photos": photos,
        "photos_summary": photo_processing.photos_summary(photos),
        "photos_processing": any(p.is_processing for p in photos),
    }


def _session_photos(request: HttpRequest):
    ids = [request.session.get(_draft_key(f)) for f in FLOWS.values()]
    return Photo.objects.filter(submission_id__in=[i for i in ids if i])


def photo_status(request: HttpRequest) -> HttpResponse:
    """The states of this person's draft photos, for the page's optional poll."""
    draft = _draft(request, FLOWS["resident"])
    photos = _draft_photos(draft) if draft is not None else []
    return no_store(JsonResponse(photo_processing.photo_states(photos)))


def draft_photo(request: HttpRequest, pk: int) -> HttpResponse:
    """Show the person their own uploaded photo; nobody else's draft is reachable."""
    photo = get_object_or_404(_session_photos(request), pk=pk, status=PhotoStatus.READY)
    response = FileResponse(photo.image.open("rb"), content_type=photo.content_type)
    return no_store(response)


@require_http_methods(["GET", "POST"])
@ratelimit(key="ip", rate=lambda g, r: settings.SUBMISSION_RATE_LIMIT, method="POST", block=True)
def check_answers(request: HttpRequest, flow: str) -> HttpResponse:
    current = _flow(flow)
    draft = _draft(request, current)
    if draft is None:
        return _no_draft(request, current)
    missing = current.first_unanswered(draft)
    if missing is not None:
        messages.info(request, _("Answer this question to carry on."))
        return redirect(_step_url(current, missing))
    found = personal_details.findings_for(submission=draft, flow=current)
    if any(not f.kept for f in found):
        # Nothing is sent before the storyteller has seen what could identify someone.
        return redirect(_personal_details_url(current))
    honeypot_error = False
    if request.method == "POST":
        if honeypot_filled(request):
            honeypot_error = True
        else:
            submission, _created = services.submission_submit(submission=draft)
            request.session.pop(_draft_key(current), None)
            request.session[_done_key(current)] = submission.pk
            return redirect(f"casestudies:{current.name}_confirmation")
    rows = submission_answers(submission=draft, flow=current)
    photos = _draft_photos(draft)
    context = {
        "flow": current,
        "rows": rows,
        "submission": draft,
        **_photos_context(photos),
        "personal_details_found": len(found),
        "personal_details_kept": sum(1 for f in found if f.kept),
        "personal_details_url": _personal_details_url(current),
        "honeypot_error": honeypot_error,
        "organisation_shown": organisation_shown(submission=draft),
        "consent_step": CONSENT_STEP,
        "step_url_name": f"casestudies:{current.name}_step",
        "save_url_name": f"casestudies:{current.name}_save",
    }
    return no_store(
        render(request, "casestudies/check_answers.html", context, status=400 if honeypot_error else 200)
    )


@require_http_methods(["GET", "POST"])
def personal_details_check(request: HttpRequest, flow: str) -> HttpResponse:
    """The storyteller's own check: remove, replace or keep what could identify someone."""
    current = _flow(flow)
    draft = _draft(request, current)
    if draft is None:
        return _no_draft(request, current)
    missing = current.first_unanswered(draft)
    if missing is not None:
        return redirect(_step_url(current, missing))
    findings = personal_details.findings_for(submission=draft, flow=current)
    if not findings:
        return redirect(_check_url(current))
    form = PersonalDetailsForm(findings=findings, submission=draft, flow=current)
    if request.method == "POST":
        version = request.POST.get("version", "")
        try:
            if "keep_all" in request.POST:
                personal_details.personal_details_keep_all(submission=draft, flow=current, version=version)
                return redirect(_check_url(current))
            form = PersonalDetailsForm(request.POST, findings=findings, submission=draft, flow=current)
            if form.is_valid():
                draft, counts = personal_details.personal_details_apply(
                    submission=draft, flow=current, version=version, choices=form.choices()
                )
                if personal_details.check_needed(submission=draft, flow=current):
                    messages.info(
                        request,
                        _(
                            "We found something that could identify someone in the words you used. Check it below."
                        ),
                    )
                    return redirect(_personal_details_url(current))
                if counts[personal_details.REMOVE] or counts[personal_details.REPLACE]:
                    messages.info(
                        request,
                        _("Your answers have been updated. Check them before you send your case study.")
                        if draft.is_landlord
                        else _("Your answers have been updated. Check them before you send your story."),
                    )
                return redirect(_check_url(current))
        except (personal_details.FindingsChanged, personal_details.TooLong):
            messages.info(request, _("Your answers changed since this page was shown. Check them again."))
            return redirect(_personal_details_url(current))
        except services.SubmissionClosed:
            return _no_draft(request, current)
    applicable = current.applicable(draft)
    returning = request.GET.get("return") == "check"
    back_url = _check_url(current) if returning or not applicable else _step_url(current, applicable[-1])
    context = {
        "flow": current,
        "form": form,
        "rows": form.rows(),
        "version": personal_details.version_of(submission=draft, findings=findings),
        "back_url": back_url,
        "submission": draft,
    }
    return no_store(
        render(request, "casestudies/personal_details.html", context, status=400 if form.errors else 200)
    )


def confirmation(request: HttpRequest, flow: str) -> HttpResponse:
    current = _flow(flow)
    pk = request.session.get(_done_key(current))
    submission = Submission.objects.filter(pk=pk).exclude(status=SubmissionStatus.DRAFT).first()
    if submission is None:
        return redirect(_start_url(current))
    return no_store(
        render(
            request,
            "casestudies/confirmation.html",
            {
                "flow": current,
                "submission": submission,
                "days": settings.VERIFICATION_LINK_MAX_AGE_DAYS,
                "organisation_shown": organisation_shown(submission=submission),
            },
        )
    )


@require_http_methods(["GET", "POST"])
@ratelimit(key="ip", rate=lambda g, r: settings.EMAIL_LINK_RATE_LIMIT, method="POST", block=True)
def save_and_return(request: HttpRequest, flow: str) -> HttpResponse:
    current = _flow(flow)
    draft = _draft(request, current)
    if draft is None:
        return _no_draft(request, current)
    if request.method == "POST":
        form = SaveForm(request.POST)
        if form.is_valid():
            services.resume_link_send(submission=draft, email=form.cleaned_data["email"])
            return redirect(f"casestudies:{current.name}_saved")
    else:
        form = SaveForm(initial={"email": draft.email})
    back = current.first_unanswered(draft)
    return no_store(
        render(
            request,
            "casestudies/save.html",
            {
                "flow": current,
                "form": form,
                "back_url": _step_url(current, back) if back else _check_url(current),
            },
            status=400 if form.errors else 200,
        )
    )


def saved(request: HttpRequest, flow: str) -> HttpResponse:
    current = _flow(flow)
    draft = _draft(request, current)
    if draft is None:
        return _no_draft(request, current)
    resume = current.first_unanswered(draft)
    return no_store(
        render(
            request,
            "casestudies/saved.html",
            {
                "flow": current,
                "email": draft.email,
                "days": settings.RESUME_LINK_MAX_AGE_DAYS,
                "continue_url": _step_url(current, resume) if resume else _check_url(current),
            },
        )
    )
