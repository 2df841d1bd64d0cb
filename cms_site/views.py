"""Site-wide views: error pages, health checks and search."""

import logging
import unicodedata

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db import DatabaseError, connection
from django.db.models import Case, DateTimeField, F, Min, When
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_safe

from wagtail.models import Locale

from casestudies.forms import CleanCharField

from .seo import public_pages

SEARCH_MAX_LENGTH = 200
SEARCH_PER_PAGE = 20


logger = logging.getLogger(__name__)


def health_database() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError as error:
        logger.warning("Health check: database unavailable (%s)", type(error).__name__)
        return {"status": "down", "error": type(error).__name__}
    return {"status": "ok"}


def health_cache() -> dict:
    from .caching import cache_check

    error = cache_check()
    return {"status": "down", "error": error} if error else {"status": "ok"}


def health_tasks() -> dict:
    """How long the oldest task ready for the worker has waited (django-tasks-db's queue).

    A task waits from when it was enqueued, or from its ``run_after`` when it was
    scheduled for later; tasks not yet due are not waiting.
    """
    from django_tasks_db.models import DBTaskResult, get_date_max

    limit = settings.HEALTH_MAX_TASK_AGE_SECONDS
    waiting_since = Case(
        When(run_after=get_date_max(), then=F("enqueued_at")),
        default=F("run_after"),
        output_field=DateTimeField(),
    )
    oldest = DBTaskResult.objects.ready().aggregate(oldest=Min(waiting_since))["oldest"]
    seconds = max(0, int((timezone.now() - oldest).total_seconds())) if oldest else 0
    return {
        "status": "late" if seconds > limit else "ok",
        "oldest_queued_seconds": seconds,
        "max_seconds": limit,
    }


@never_cache
@require_safe
def health(request: HttpRequest) -> JsonResponse:
    """The state of what the site depends on, for monitoring: 200, or 503 when it cannot work.

    503 ("down") when the database does not answer, or when the oldest queued task has
    waited longer than HEALTH_MAX_TASK_AGE_SECONDS (the worker is stuck or stopped:
    verification emails are not sent). A cache that does not answer is "degraded" with
    200: pages are served uncached and rate limits fail open. Names of states and error
    classes only: no personal data, no hosts, no messages.
    """
    database = health_database()
    cache = health_cache()
    if database["status"] == "ok":
        try:
            tasks = health_tasks()
        except DatabaseError as error:
            tasks = {"status": "unknown", "oldest_queued_seconds": None, "error": type(error).__name__}
    else:
        tasks = {"status": "unknown", "oldest_queued_seconds": None}
    if database["status"] != "ok" or tasks["status"] != "ok":
        status = "down"
    elif cache["status"] != "ok":
        status = "degraded"
    else:
        status = "ok"
    body = {"status": status, "database": database, "cache": cache, "tasks": tasks}
    return JsonResponse(body, status=503 if status == "down" else 200)


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """The load balancer's check: is this app server able to serve (does the database answer)?

    Kept apart from /health/ so that a stopped worker or a Redis outage, which the site
    survives, never takes every app server out of the load balancer at once.
    """
    database = health_database()
    if database["status"] != "ok":
        return JsonResponse({"status": "down"}, status=503)
    return JsonResponse({"status": "ok"})


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "errors/404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    # No context processors that touch the database: the error may be the database.
    from django.template.loader import get_template

    return HttpResponse(get_template("errors/500.html").render(), status=500)


class SearchInput(forms.TextInput):
    input_type = "search"


class SearchForm(forms.Form):
    q = CleanCharField(
        label=_("Search stories and toolkits"),
        max_length=SEARCH_MAX_LENGTH,
        required=False,
        widget=SearchInput,
        # Interpolated by the validator, so the message is translated per request.
        error_messages={"max_length": _("Search term must be %(limit_value)d characters or less")},
    )
    govuk = {"q": {"size": "m", "width": "govuk-!-width-two-thirds"}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # GOV.UK: no maxlength, which cuts text off silently; the error message says why.
        self.fields["q"].widget.attrs.pop("maxlength", None)


def search_terms(query: str) -> str:
    """The query's words only: letters, numbers and their combining marks (Bengali, Punjabi).

    Punctuation means nothing to the search and some of it is syntax to SQLite's full text
    search (a stray quote is an error there), so every other character becomes a space.
    """
    kept = "".join(char if unicodedata.category(char)[0] in "LMN" else " " for char in query)
    return " ".join(kept.split())


@require_GET
def search(request: HttpRequest) -> HttpResponse:
    """Wagtail search over published pages of the public types (their indexed public fields)."""
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    results = None
    if query:
        terms = search_terms(query)
        # The pages of the language being read (stories told in it, or translated into it).
        pages = public_pages().filter(locale=Locale.get_active())
        found = pages.specific().search(terms) if terms else pages.none()
        results = Paginator(found, SEARCH_PER_PAGE).get_page(request.GET.get("page"))
    context = {"form": form, "query": query, "results": results}
    return render(request, "cms_site/search.html", context, status=400 if form.errors else 200)
