"""The editors' inbox: the Submissions listing and detail view in the Wagtail admin.

Editors see verified submissions only, with contact details masked. Only users with
``casestudies.view_contact_details`` (the Privacy officers group) see them, and each
such view is written to Wagtail's audit log (the entry names the reference, never
the data).
"""

from __future__ import annotations

import django_filters

from django.contrib.auth.decorators import permission_required
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import InspectView
from wagtail.log_actions import log
from wagtail.snippets.views.snippets import SnippetViewSet

from .choices import SubmissionKind, SubmissionStatus, Theme
from .flows import FLOW_BY_KIND
from .models import Photo, PhotoStatus, Submission
from .selectors import submission_answers, submissions_for_inbox

CONTACT_PERMISSION = "casestudies.view_contact_details"
VIEW_CONTACT_ACTION = "casestudies.view_contact_details"
EDITOR_STATUSES = [
    (value, label)
    for value, label in SubmissionStatus.choices
    if value not in (SubmissionStatus.DRAFT, SubmissionStatus.AWAITING_VERIFICATION, SubmissionStatus.EXPIRED)
]


def days_waiting(submission: Submission) -> int | None:
    """Calendar days since the submission reached editors (working days come with moderation)."""
    if not submission.verified_at or submission.status != SubmissionStatus.NEW:
        return None
    return (timezone.now() - submission.verified_at).days


class SubmissionFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("State"), choices=EDITOR_STATUSES)
    kind = django_filters.ChoiceFilter(label=_("Type"), choices=SubmissionKind.choices)
    theme = django_filters.ChoiceFilter(label=_("Theme"), choices=Theme.choices, method="filter_theme")
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=Submission._meta.get_field("language").choices
    )

    class Meta:
        model = Submission
        fields = ["status", "kind", "theme", "language"]

    def filter_theme(self, queryset, name, value):
        # Themes are a JSON list of fixed codes; matching the quoted code works on
        # SQLite and PostgreSQL alike.
        return queryset.filter(themes__icontains=f'"{value}"')


class SubmissionInspectView(InspectView):
    template_name = "casestudies/admin/submission_inspect.html"

    def get_object(self, queryset=None):
        return get_object_or_404(Submission.objects.for_editors(), pk=self.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        submission = self.object
        can_see_contact = self.request.user.has_perm(CONTACT_PERMISSION)
        if can_see_contact:
            log(instance=submission, action=VIEW_CONTACT_ACTION, user=self.request.user)
        context.update(
            {
                "submission": submission,
                "answers": submission_answers(submission=submission, flow=FLOW_BY_KIND[submission.kind]),
                "consent": submission.consent,
                "photos": list(submission.photos.all()),
                "can_see_contact": can_see_contact,
                "days_waiting": days_waiting(submission),
                "moderation_url": _moderation_url(submission, self.request.user),
            }
        )
        return context


def _moderation_url(submission: Submission, user) -> str:
    """The review's admin page, found through Wagtail's admin URL finder (moderation registers it)."""
    from wagtail.admin.admin_url_finder import AdminURLFinder

    review = getattr(submission, "review", None)  # RelatedObjectDoesNotExist is an AttributeError
    return (AdminURLFinder(user).get_edit_url(review) or "") if review is not None else ""


class SubmissionViewSet(SnippetViewSet):
    model = Submission
    icon = "mail"
    menu_label = _("Submissions")
    menu_name = "submissions"
    menu_order = 150
    add_to_admin_menu = True
    inspect_view_enabled = True
    inspect_view_class = SubmissionInspectView
    copy_view_enabled = False
    search_fields = ["reference"]
    search_backend_name = None  # plain database search: submissions never enter the search index
    filterset_class = SubmissionFilterSet
    list_per_page = 50
    list_display = [
        TitleColumn(
            "reference",
            label=_("Reference"),
            sort_key="reference",
            get_url=lambda s: reverse("wagtailsnippets_casestudies_submission:inspect", args=[s.pk]),
            get_title_id=lambda s: f"snippet_{s.pk}_title",
        ),
        Column("status", label=_("State"), accessor="get_status_display", sort_key="status"),
        Column("kind", label=_("Type"), accessor="get_kind_display", sort_key="kind"),
        Column("themes", label=_("Themes"), accessor=lambda s: ", ".join(s.get_themes_display())),
        Column("language", label=_("Language"), accessor="get_language_display", sort_key="language"),
        DateColumn("verified_at", label=_("Received"), sort_key="verified_at"),
        Column("days_waiting", label=_("Days waiting"), accessor=days_waiting),
    ]
    ordering = ["-verified_at"]

    def get_queryset(self, request):
        return submissions_for_inbox()

    @property
    def inspect_url_name(self):
        return self.get_url_name("inspect")


@permission_required("casestudies.view_submission", raise_exception=True)
def submission_photo(request: HttpRequest, pk: int) -> HttpResponse:
    """Stream a submission's photo to the admin; photos are never served by URL."""
    photo = get_object_or_404(
        Photo, pk=pk, status=PhotoStatus.READY, submission__in=Submission.objects.for_editors()
    )
    response = FileResponse(photo.image.open("rb"), content_type=photo.content_type)
    response["Cache-Control"] = "no-store, private"
    return response
