"""Helpers shared by the public views."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

HONEYPOT_FIELD = "website"


def rate_limited(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """django-ratelimit's view: a friendly page with HTTP 429, worded for a landlord on
    the landlord's pages (the form's "landlord" flow, or /your-case-study/)."""
    match = request.resolver_match
    kwargs = match.kwargs if match is not None else {}
    landlord = kwargs.get("flow") == "landlord" or kwargs.get("landlord") is True
    response = render(request, "casestudies/rate_limited.html", {"landlord": landlord}, status=429)
    response["Retry-After"] = "3600"
    return response


def honeypot_filled(request: HttpRequest) -> bool:
    return bool(request.POST.get(HONEYPOT_FIELD, "").strip())


def no_store(response: HttpResponse) -> HttpResponse:
    """Pages showing someone's answers must not be kept by browsers or proxies."""
    response["Cache-Control"] = "no-store, private"
    return response
