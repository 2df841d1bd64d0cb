"""Site-wide views: error pages, a health check and search."""

import unicodedata

from django import forms
from django.core.paginator import Paginator
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from wagtail.models import Locale

from casestudies.forms import CleanCharField

from .seo import public_pages

SEARCH_MAX_LENGTH = 200
SEARCH_PER_PAGE = 20


def healthz(request: HttpRequest) -> JsonResponse:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
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
