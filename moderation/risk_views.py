"""The re-identification panel's two actions: generalise one detail, record a decision.

Both are POSTs from forms that work without JavaScript; the work is in
``moderation.reidentification``.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _

from .admin_views import ModerationView, ReviewMixin
from .reidentification import risk_accept, risk_generalise


class RiskGeneraliseView(ReviewMixin, ModerationView):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        self.require_change()
        done = risk_generalise(
            review=self.review,
            user=request.user,
            token=request.POST.get("detail", ""),
            seen_text=request.POST.get("text", ""),
        )
        if done:
            messages.success(request, _("Detail generalised."))
        else:
            messages.warning(
                request, _("The text changed since the page was loaded, so nothing was changed. Try again.")
            )
        return HttpResponseRedirect(
            reverse("moderation_admin:anonymise", args=[self.review.pk]) + "#risk-heading"
        )


class RiskAcceptView(ReviewMixin, ModerationView):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        page = self.item.page
        try:
            if page is None:
                raise PermissionDenied(_("This story has no draft to sign off."))
            risk_accept(page=page, user=request.user, reason=request.POST.get("reason", ""))
        except PermissionDenied as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, _("Your decision is recorded. You can now sign the story off."))
        return HttpResponseRedirect(
            reverse("moderation_admin:sign_off_review", args=[self.review.pk]) + "#risk-heading"
        )
