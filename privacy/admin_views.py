"""The "Personal data" admin page: subject access and erasure on request, for privacy officers.

Needs ``privacy.handle_requests`` (the Privacy officers group, privacy/migrations/0002);
anyone else gets 403, and Wagtail sends logged-out visitors to the login page. The
address travels only in POST bodies (CSRF-protected), never in a URL, and the work is
done by privacy/access.py, which writes the audit log.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.http import FileResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.defaults import permission_denied
from django.views.generic import TemplateView

from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from . import access
from .erasure import erasure_preview
from .forms import EmailForm, ErasureForm

PERMISSION = "privacy.handle_requests"


class PersonalDataView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = PERMISSION
    raise_exception = True
    template_name = "privacy/admin/personal_data.html"
    page_title = gettext_lazy("Personal data")
    header_icon = "lock"

    def handle_no_permission(self):
        # A plain 403: Wagtail would turn PermissionDenied into a redirect to the dashboard.
        return permission_denied(self.request, PermissionDenied())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", EmailForm())
        return context

    def post(self, request, *args, **kwargs):
        try:
            data = request.POST
        except RequestDataTooBig:
            return self._page(
                EmailForm(), status=400, error=_("That was far too long to be an email address.")
            )
        action = data.get("action", "find")
        if action not in ("find", "export", "confirm", "erase"):
            return self._page(
                EmailForm(), status=400, error=_("Start again: that request was not recognised.")
            )
        form = (ErasureForm if action == "erase" else EmailForm)(data)
        if not form.is_valid():
            if action == "erase" and "email" not in form.errors:
                return self.confirm(form.cleaned_data["email"], form=form)
            return self._page(form if action != "erase" else EmailForm(data))
        email = form.cleaned_data["email"]
        if action == "export":
            return self.export(email)
        if action == "confirm":
            return self.confirm(email)
        if action == "erase":
            return self.erase(email, form.cleaned_data["references"])
        submissions = access.submissions_for(email)
        access.request_log(user=request.user, step="find", email=email, submissions=submissions)
        return self._page(
            EmailForm(initial={"email": email}), email=email, submissions=submissions, found=True
        )

    def _page(self, form, status: int = 200, **context):
        return self.render_to_response(self.get_context_data(form=form, **context), status=status)

    def export(self, email: str):
        archive, count = access.subject_access_export(email=email, user=self.request.user)
        if archive is None:
            return self._page(EmailForm(initial={"email": email}), email=email, submissions=[], found=True)
        response = FileResponse(
            archive,
            as_attachment=True,
            filename=f"personal-data-{timezone.localdate():%Y-%m-%d}.zip",
            content_type="application/zip",
        )
        response["Cache-Control"] = "no-store, private"
        return response

    def confirm(self, email: str, form: ErasureForm | None = None):
        submissions = access.submissions_for(email)
        access.request_log(user=self.request.user, step="confirm", email=email, submissions=submissions)
        if not submissions:
            return self._page(EmailForm(initial={"email": email}), email=email, submissions=[], found=True)
        references = " ".join(s.reference for s in submissions)
        form = form or ErasureForm(initial={"email": email, "references": references})
        items = [(submission, erasure_preview(submission)) for submission in submissions]
        self.template_name = "privacy/admin/personal_data_erase.html"
        self.page_title = gettext_lazy("Erase everything about this person")
        return self._page(form, email=email, items=items)

    def erase(self, email: str, references: list[str]):
        results = access.person_erase(email=email, references=references, user=self.request.user)
        if results:
            messages.success(
                self.request,
                ngettext(
                    "Erased %(count)s story: %(references)s. Its minimal record and consent record are kept.",
                    "Erased %(count)s stories: %(references)s. Their minimal records and consent records are kept.",
                    len(results),
                )
                % {"count": len(results), "references": ", ".join(r.reference for r in results)},
            )
        else:
            messages.warning(
                self.request, _("Nothing was erased: nothing is held for this address any more.")
            )
        return HttpResponseRedirect(reverse("privacy_admin:personal_data"))
