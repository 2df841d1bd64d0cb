"""The moderation workspace in the Wagtail admin: queue, review, consent check, anonymisation.

Views check permissions and hand the work to services (reviews, anonymisation,
publication). Reading needs ``moderation.view_review``; changing anything needs
``moderation.change_review`` and, in the services, membership of the task's group.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import ModelLogEntry

from casestudies.audience import organisation_named
from casestudies.choices import SubmissionStatus

from . import anonymisation, reviews
from .choices import CONSENT_FOR_USE, IntendedUse, PhotoMode, Stage
from .forms import (
    AssignForm,
    ConsentCheckForm,
    DecisionsForm,
    DeclineForm,
    ManualRedactionForm,
    PhotoForm,
    TextsForm,
    replacement_choices,
)
from .highlight import highlight
from .models import Review, ReviewPhoto
from .photo_redaction import RedactionError
from .reidentification import ACCEPT_REASONS, page_risk, risk_acceptance
from .safety import signposts_for
from .selectors import anonymiser_ids, queue_item, queue_items
from .sign_off_review import original_photo_allowed, original_photo_viewed, sign_off_review

ACTIVE_STATUSES = (SubmissionStatus.NEW, SubmissionStatus.IN_MODERATION)
VIEW = "moderation.view_review"
CHANGE = "moderation.change_review"


class ModerationView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = VIEW
    raise_exception = True
    header_icon = "tasks"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("moderation_admin:queue"), "label": _("Moderation")},
        ]


class QueueView(ModerationView):
    template_name = "moderation/admin/queue.html"
    page_title = gettext_lazy("Moderation queue")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": _("Moderation")}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["items"] = queue_items(include_finished=self.request.GET.get("show") == "all")
        context["show_all"] = self.request.GET.get("show") == "all"
        return context


class ReviewMixin:
    """Loads the review named in the URL and what every review page shows."""

    @cached_property
    def review(self) -> Review:
        return get_object_or_404(
            Review.objects.select_related("submission", "assignee", "locked_by"), pk=self.kwargs["pk"]
        )

    @cached_property
    def item(self):
        return queue_item(self.review)

    def get_page_subtitle(self):
        return self.review.submission.reference

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            review=self.review,
            submission=self.review.submission,
            item=self.item,
            can_change=self.request.user.has_perm(CHANGE),
            signposts=signposts_for(self.review.safety_concerns),
            organisation_named=organisation_named(self.review.submission),
        )
        return context

    def back_to_review(self):
        return HttpResponseRedirect(reverse("moderation_admin:review", args=[self.review.pk]))

    def require_change(self):
        if not self.request.user.has_perm(CHANGE):
            raise PermissionDenied


class ReviewView(ReviewMixin, ModerationView):
    template_name = "moderation/admin/review.html"
    page_title = gettext_lazy("Story review")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["assign_form"] = AssignForm(initial={"assignee": self.review.assignee_id})
        context["history"] = (
            ModelLogEntry.objects.for_instance(self.review).select_related("user").order_by("-timestamp")[:50]
        )
        context["problems"] = (
            anonymisation.anonymisation_problems(self.review)
            if self.item.stage == Stage.ANONYMISATION
            else []
        )
        return context

    def post(self, request, *args, **kwargs):
        self.require_change()
        if "assign" in request.POST:
            form = AssignForm(request.POST)
            if form.is_valid():
                reviews.review_assign(
                    review=self.review, user=request.user, assignee=form.cleaned_data["assignee"]
                )
                messages.success(request, _("Assignment saved."))
        elif "unlock" in request.POST:
            try:
                anonymisation.lock_release(review=self.review, user=request.user)
                messages.success(request, _("Unlocked."))
            except PermissionDenied as exc:
                messages.error(request, str(exc))
        return self.back_to_review()


class ConsentCheckView(ReviewMixin, ModerationView):
    template_name = "moderation/admin/consent_check.html"
    page_title = gettext_lazy("Consent check")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        consent = self.review.submission.consent
        context["consent"] = consent
        context.setdefault("form", ConsentCheckForm(initial={"uses": self._covered_uses(consent)}))
        context["decline_form"] = DeclineForm()
        context["covers"] = [
            (label, bool(consent and getattr(consent, CONSENT_FOR_USE[use])))
            for use, label in IntendedUse.choices
        ]
        return context

    def _covered_uses(self, consent):
        if consent is None:
            return []
        return [use for use in IntendedUse.values if getattr(consent, CONSENT_FOR_USE[use], False)]

    def post(self, request, *args, **kwargs):
        self.require_change()
        form = ConsentCheckForm(request.POST)
        if form.is_valid():
            try:
                reviews.consent_check_approve(
                    review=self.review, user=request.user, uses=form.cleaned_data["uses"]
                )
            except ValidationError as exc:
                form.add_error("uses", exc)
            except PermissionDenied as exc:
                messages.error(request, str(exc))
                return self.back_to_review()
            else:
                messages.success(request, _("Consent checked. The story is ready for anonymisation."))
                return HttpResponseRedirect(reverse("moderation_admin:anonymise", args=[self.review.pk]))
        return self.render_to_response(self.get_context_data(form=form))


class DeclineView(ReviewMixin, ModerationView):
    template_name = "moderation/admin/decline.html"
    page_title = gettext_lazy("Decline this story")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", DeclineForm())
        return context

    def post(self, request, *args, **kwargs):
        self.require_change()
        form = DeclineForm(request.POST)
        if form.is_valid():
            try:
                reviews.story_decline(
                    review=self.review, user=request.user, reason=form.cleaned_data["reason"]
                )
            except PermissionDenied as exc:
                messages.error(request, str(exc))
            else:
                messages.success(request, _("Story declined. The submitter has been told."))
            return self.back_to_review()
        return self.render_to_response(self.get_context_data(form=form))


class AnonymiseView(ReviewMixin, ModerationView):
    """The anonymisation review: findings highlighted, decisions, manual redactions, edits."""

    template_name = "moderation/admin/anonymise.html"
    page_title = gettext_lazy("Anonymisation review")

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(VIEW):
            raise PermissionDenied
        if self.item.stage != Stage.ANONYMISATION:
            messages.warning(request, _("This story is not in anonymisation review."))
            return self.back_to_review()
        if request.user.has_perm(CHANGE):
            self.holds_lock = anonymisation.lock_take(review=self.review, user=request.user)
        else:
            self.holds_lock = False
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        review = Review.objects.select_related("submission", "locked_by").get(pk=self.review.pk)
        findings = anonymisation.review_findings(review)
        texts = anonymisation.review_texts(review)
        languages = review.text_languages()
        by_field: dict[str, list] = {}
        for number, finding in enumerate(findings, start=1):
            by_field.setdefault(finding.field, []).append((number, finding))
        context.update(
            review=review,
            holds_lock=self.holds_lock,
            fields=[
                {
                    "name": name,
                    "label": _label(name),
                    "language": languages.get(name, review.submission.language),
                    "html": highlight(text, by_field.get(name, [])),
                }
                for name, text in texts.items()
                if text
            ],
            findings=findings,
            photos=list(review.photos.select_related("photo")),
            photos_pending=reviews.photos_pending(review.submission),
            problems=anonymisation.anonymisation_problems(review),
            replacements=replacement_choices(),
            story_language_name=_language_name(review.submission.language),
        )
        context.setdefault("decisions_form", DecisionsForm(findings=findings))
        context.setdefault(
            "redact_form", ManualRedactionForm(fields={n: _label(n) for n, t in texts.items() if t})
        )
        context.setdefault("texts_form", TextsForm(review=review))
        return context

    def post(self, request, *args, **kwargs):
        self.require_change()
        if not self.holds_lock:
            messages.error(
                request, _("Another editor is working on this story. Your changes were not saved.")
            )
            return self.render_to_response(self.get_context_data())
        action = request.POST.get("action")
        try:
            if action == "decide":
                return self._decide(request)
            if action == "redact":
                return self._redact(request)
            if action == "texts":
                return self._texts(request)
            if action == "complete":
                anonymisation.anonymisation_approve(review=self.review, user=request.user)
                messages.success(
                    request,
                    _(
                        "Anonymisation complete. The case study draft is made and the storyteller has been emailed."
                    ),
                )
                return self.back_to_review()
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
            return self.render_to_response(self.get_context_data())
        except PermissionDenied as exc:
            messages.error(request, str(exc))
            return self.back_to_review()
        return HttpResponseRedirect(request.path)

    def _decide(self, request):
        review = Review.objects.get(pk=self.review.pk)
        form = DecisionsForm(request.POST, findings=anonymisation.review_findings(review))
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(decisions_form=form))
        decisions = form.decisions()
        if not decisions:
            messages.warning(request, _("Choose Redact or Keep for at least one finding."))
            return self.render_to_response(self.get_context_data(decisions_form=form))
        accepted, rejected = anonymisation.findings_decide(
            review=self.review, user=request.user, decisions=decisions
        )
        messages.success(request, _("%(a)s redacted, %(r)s kept.") % {"a": accepted, "r": rejected})
        return HttpResponseRedirect(request.path)

    def _redact(self, request):
        texts = anonymisation.review_texts(self.review)
        form = ManualRedactionForm(request.POST, fields={n: _label(n) for n, t in texts.items() if t})
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(redact_form=form))
        count = anonymisation.manual_redact(
            review=self.review,
            user=request.user,
            field=form.cleaned_data["field"],
            text=form.cleaned_data["text"],
            replacement=form.cleaned_data["replacement"],
        )
        messages.success(request, _("Redacted %(n)s place(s).") % {"n": count})
        return HttpResponseRedirect(request.path)

    def _texts(self, request):
        form = TextsForm(request.POST, review=self.review)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(texts_form=form))
        anonymisation.texts_save(review=self.review, user=request.user, texts=form.cleaned_data)
        messages.success(request, _("Saved. The detector has checked the text again."))
        return HttpResponseRedirect(request.path)


class PhotoView(ReviewMixin, ModerationView):
    template_name = "moderation/admin/photo.html"
    page_title = gettext_lazy("Photo")

    @cached_property
    def photo(self) -> ReviewPhoto:
        return get_object_or_404(
            ReviewPhoto.objects.select_related("photo"), pk=self.kwargs["photo_pk"], review=self.review
        )

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(VIEW):
            raise PermissionDenied
        if self.item.stage != Stage.ANONYMISATION:
            messages.warning(request, _("This story is not in anonymisation review."))
            return self.back_to_review()
        self.holds_lock = request.user.has_perm(CHANGE) and anonymisation.lock_take(
            review=self.review, user=request.user
        )
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        photo = self.photo
        context.update(
            photo=photo,
            holds_lock=self.holds_lock,
            photos_allowed=IntendedUse.PHOTOS in self.review.intended_uses,
            number=list(self.review.photos.values_list("pk", flat=True)).index(photo.pk) + 1,
        )
        context.setdefault(
            "form",
            PhotoForm(
                initial={
                    "use": "yes" if photo.use else "no",
                    "mode": _default_mode(photo.regions),
                    "regions": _regions_json(photo.regions),
                    "caption": photo.caption,
                    "alt_text": photo.alt_text,
                }
            ),
        )
        return context

    def post(self, request, *args, **kwargs):
        self.require_change()
        form = PhotoForm(request.POST)
        if not self.holds_lock:
            messages.error(
                request, _("Another editor is working on this story. Your changes were not saved.")
            )
        elif form.is_valid():
            data = form.cleaned_data
            try:
                anonymisation.photo_decide(
                    review=self.review,
                    user=request.user,
                    photo=self.photo,
                    use=data["use"],
                    regions_json=data["regions"],
                    mode=data["mode"],
                    caption=data["caption"],
                    alt_text=data["alt_text"],
                )
            except RedactionError as exc:
                form.add_error("regions", exc.message)
            except ValidationError as exc:
                form.add_error(None, exc)
            except PermissionDenied as exc:
                messages.error(request, str(exc))
                return self.back_to_review()
            else:
                messages.success(request, _("Photo saved."))
                return HttpResponseRedirect(reverse("moderation_admin:anonymise", args=[self.review.pk]))
        return self.render_to_response(self.get_context_data(form=form))


class SignOffReviewView(ReviewMixin, ModerationView):
    """Read only: the original beside the version to publish, decisions, the storyteller's answer."""

    template_name = "moderation/admin/sign_off_review.html"
    page_title = gettext_lazy("Sign-off review")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        is_anonymiser = self.request.user.pk in anonymiser_ids(self.review)
        at_sign_off = self.item.stage == Stage.SIGN_OFF
        context.update(
            sign_off=sign_off_review(review=self.review, user=self.request.user),
            photos_pending=reviews.photos_pending(self.review.submission),
            is_anonymiser=is_anonymiser,
            at_sign_off=at_sign_off,
        )
        page = self.item.page
        if page is not None:
            accepted = risk_acceptance(page)
            context.update(
                risk=page_risk(page),
                accepted=accepted,
                accepted_reason=ACCEPT_REASONS.get((accepted.data or {}).get("reason"), "")
                if accepted
                else "",
                can_accept=at_sign_off and not is_anonymiser,
                accept_reasons=list(ACCEPT_REASONS.items()),
                mode="sign_off",
            )
        return context


def photo_file(request, pk: int, variant: str):
    """Stream a photo to editors: the original only to those who anonymise or sign off the
    story, while it is in moderation, and each view of it is logged."""
    if not request.user.has_perm(VIEW):
        raise PermissionDenied
    photo = get_object_or_404(ReviewPhoto.objects.select_related("photo", "review__submission"), pk=pk)
    if variant == "original":
        if not original_photo_allowed(request.user, photo):
            raise PermissionDenied
        original_photo_viewed(user=request.user, photo=photo)
        file, content_type = photo.photo.image, photo.photo.content_type
    elif variant == "redacted" and photo.redacted:
        file = photo.redacted
        content_type = "image/png" if photo.redacted.name.endswith(".png") else "image/jpeg"
    else:
        raise Http404
    response = FileResponse(file.open("rb"), content_type=content_type)
    response["Cache-Control"] = "no-store, private"
    return response


def _label(name: str) -> str:
    if name.startswith("photo "):
        return name.capitalize()
    return str(Review._meta.get_field(name).verbose_name).capitalize()


def _default_mode(regions) -> str:
    """New areas start in the mode of the last one drawn."""
    for region in reversed(regions or []):
        if isinstance(region, dict) and region.get("mode") in PhotoMode.values:
            return region["mode"]
    return PhotoMode.BLUR


def _regions_json(regions) -> str:
    import json

    return json.dumps(regions or [])


def _language_name(code: str) -> str:
    from django.conf import settings

    return str(dict(settings.LANGUAGES).get(code, code))
