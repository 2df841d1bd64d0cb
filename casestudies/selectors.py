"""Reads for the intake: a draft's answers as rows, submissions for the editors' inbox."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, F, Q, QuerySet
from django.db.models.expressions import Col, OrderBy
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cms_site.caching import remembered
from cms_site.routing import public

from .audience import consent_shown
from .flows import CONSENT_STEP, PHOTOS_STEP, Flow
from .models import Submission


@dataclass(frozen=True)
class AnswerRow:
    key: str
    values: list[str]
    step: str


def _display(submission: Submission, form_class, name: str) -> str:
    field = form_class.base_fields[name]
    value = getattr(submission, name, None)
    choices = dict(getattr(field, "choices", []) or [])
    if isinstance(value, list):
        return ", ".join(str(choices.get(v, v)) for v in value)
    if name in ("preferred_language", "language"):
        return settings.LANGUAGE_NATIVE_NAMES.get(value, value or "")
    if choices and value:
        return str(choices.get(value, value))
    return value or ""


def submission_answers(*, submission: Submission, flow: Flow) -> list[AnswerRow]:
    """One row per question page that applies, in the order the form asks them."""
    rows = []
    for step in flow.applicable(submission):
        if step.slug == PHOTOS_STEP:
            count = submission.photos.count()
            values = [
                _("No photos")
                if count == 0
                else (_("1 photo") if count == 1 else _("%(count)s photos") % {"count": count})
            ]
        elif step.slug == CONSENT_STEP:
            agreed = [label for label, given in consent_shown(submission=submission) if given]
            values = agreed or [_("Not answered")]
        else:
            values = []
            for name in step.form_class.base_fields:
                shown = _display(submission, step.form_class, name)
                if shown:
                    values.append(shown)
            values = values or [_("Not given")]
        rows.append(AnswerRow(key=str(step.title), values=values, step=step.slug))
    return rows


def submission_kind(submission_id: int | None) -> str:
    """The kind of a submission ("" if unknown), to word a page about a link to it."""
    if submission_id is None:
        return ""
    return Submission.objects.filter(pk=submission_id).values_list("kind", flat=True).first() or ""


def submissions_for_inbox() -> QuerySet[Submission]:
    """Verified submissions with what the listing shows, in a constant number of queries."""
    return Submission.objects.for_editors().annotate(photo_count=Count("photos"))


# Published case studies -----------------------------------------------------------

LISTING_FIELDS = (
    "id",
    "title",
    "slug",
    "url_path",
    "path",
    "depth",
    "locale_id",
    "summary",
    "kind",
    "themes",
    "region",
    "story_language",
    "first_published_at",
)


# Newest first, ties broken by wagtailcore_page.id. Written out because the ORM turns
# "page_ptr__id" into the child table's page_ptr_id, and ordering on a column of another
# table made the database sort every published story for each page of 20; ordering on
# wagtailcore_page's own columns lets it walk the first_published_at index and stop.
def _newest_first() -> tuple:
    from wagtail.models import Page

    page_id = Col(Page._meta.db_table, Page._meta.pk)  # the parent table's id column itself
    return (OrderBy(F("first_published_at"), descending=True), OrderBy(page_id, descending=True))


def case_studies_published() -> QuerySet:
    from .pages import CaseStudyPage

    return public(CaseStudyPage.objects.live()).only(*LISTING_FIELDS).order_by(*_newest_first())


def _json_list_contains_any(queryset: QuerySet, field: str, values: list[str]) -> QuerySet:
    # Lists of fixed codes are JSON; matching the quoted code works on SQLite and PostgreSQL.
    condition = Q()
    for value in values:
        condition |= Q(**{f"{field}__icontains": f'"{value}"'})
    return queryset.filter(condition)


def case_studies_filtered(*, index=None, filters: dict) -> QuerySet:
    """Published stories under the index, filtered: any of the values within a filter, all filters."""
    queryset = case_studies_published()
    if index is not None:
        # Case studies only live under the (one) index of their locale: filtering on the
        # locale avoids the tree's path LIKE, which made the database scan every page.
        queryset = queryset.filter(locale_id=index.locale_id)
    if filters.get("theme"):
        queryset = _json_list_contains_any(queryset, "themes", filters["theme"])
    if filters.get("outcome"):
        queryset = _json_list_contains_any(queryset, "outcomes", filters["outcome"])
    for name, field in (
        ("stage", "complaint_stage"),
        ("kind", "kind"),
        ("language", "story_language"),
        ("region", "region"),
    ):
        if filters.get(name):
            queryset = queryset.filter(**{f"{field}__in": filters[name]})
    return queryset


def case_studies_for_block(value, *, locale_id: int | None = None) -> list:
    """The stories a toolkit block shows: those chosen, or the newest matching its options.

    On a page in a given locale (``locale_id``), a story published in that page's language
    is shown in it (else in English), and the newest stories in
    the page's language come first, topped up with others in English (which their cards
    mark as English), never the same story twice.
    """
    chosen = [page for page in value.get("stories") or [] if page is not None]
    if chosen:
        ids = [page.pk for page in chosen]
        found = {page.pk: page for page in case_studies_published().filter(pk__in=ids)}
        stories = [found[pk] for pk in ids if pk in found]
        if locale_id is None:
            return stories
        versions = case_studies_published().filter(
            translation_key__in=[story.translation_key for story in stories],
            locale__language_code=settings.LANGUAGE_CODE,
        ) | case_studies_published().filter(
            translation_key__in=[story.translation_key for story in stories], locale_id=locale_id
        )
        # The page's language's version first, else the English one, else the story chosen.
        best: dict = {}
        for version in versions:
            if version.locale_id == locale_id or version.translation_key not in best:
                best[version.translation_key] = version
        return [best.get(story.translation_key, story) for story in stories]
    filters = {
        "theme": [value["theme"]] if value.get("theme") else [],
        "kind": [value["kind"]] if value.get("kind") else [],
        "language": [value["language"]] if value.get("language") else [],
    }
    count = value.get("count") or 3
    matching = case_studies_filtered(filters=filters)
    if locale_id is None:
        return list(matching[:count])
    stories = list(matching.filter(locale_id=locale_id)[:count])
    if len(stories) < count:  # topped up with the English versions of other stories
        stories += list(
            matching.filter(locale__language_code=settings.LANGUAGE_CODE)
            .exclude(locale_id=locale_id)
            .exclude(translation_key__in=[story.translation_key for story in stories])[: count - len(stories)]
        )
    return stories


def case_studies_featured(home, count: int = 3) -> list:
    """The home page's chosen stories that are live, topped up with the newest: in the
    home page's language (a story told in Arabic is on the Arabic home page in Arabic, and
    on the English one in its English translation)."""
    stories = case_studies_published().filter(locale_id=home.locale_id)
    ids = list(home.featured_stories.values_list("story_id", flat=True))[:count]
    found = {page.pk: page for page in stories.filter(pk__in=ids)} if ids else {}
    chosen = [found[pk] for pk in ids if pk in found]
    if len(chosen) < count:
        chosen += list(stories.exclude(pk__in=ids)[: count - len(chosen)])
    return chosen


def case_studies_related(page, count: int = 3) -> list:
    """Other published stories sharing a theme with this one, newest first.

    The theme match scans every story (JSON lists), so the answer is cached until
    anything is next published.
    """
    from django.core.cache import cache

    from cms_site.caching import cache_generation

    key = f"mtr:related:{cache_generation()}:{page.pk}"
    ids = cache.get(key)
    if ids is None:
        queryset = case_studies_published().filter(locale_id=page.locale_id).exclude(pk=page.pk)
        if page.themes:
            queryset = _json_list_contains_any(queryset, "themes", list(page.themes))
        ids = list(queryset.values_list("pk", flat=True)[:count])
        cache.set(key, ids, timeout=3600)
    if not ids:
        return []
    found = {story.pk: story for story in case_studies_published().filter(pk__in=ids)}
    return [found[pk] for pk in ids if pk in found]


def case_studies_page_ids(queryset: QuerySet, *, scope: str, filters: dict, number: int) -> list[int]:
    """The ids of one page of a listing, in order, remembered until the next publish."""
    chosen = sorted((name, sorted(values)) for name, values in filters.items() if values)
    return remembered(
        f"listing-page:{scope}:{chosen!r}:{number}", lambda: list(queryset.values_list("pk", flat=True))
    )


def case_studies_count(queryset: QuerySet, *, scope: str, filters: dict) -> int:
    """How many stories a listing (``scope``: e.g. one locale's index) has with these
    filters, remembered until anything is next published."""
    chosen = sorted((name, sorted(values)) for name, values in filters.items() if values)
    return remembered(f"listing-count:{scope}:{chosen!r}", queryset.count)


def case_study_index_for_language(language_code: str | None = None):
    """The live listing page in the given (else the active) language, or the English one."""
    from wagtail.models import Locale

    from .pages import CaseStudyIndexPage

    code = language_code or get_language() or settings.LANGUAGE_CODE
    indexes = {
        page.locale.language_code: page for page in CaseStudyIndexPage.objects.live().select_related("locale")
    }
    return indexes.get(code) or indexes.get(Locale.get_default().language_code)


@dataclass(frozen=True)
class PublishedVersion:
    language: str
    title: str
    summary: str
    url: str


def published_versions(submission: Submission) -> list[PublishedVersion]:
    """The live pages made from the story, original language first."""
    from cms_site.locales import language_code_for

    from .pages import CaseStudyPage

    pages = CaseStudyPage.objects.live().filter(submission=submission)
    versions = [
        PublishedVersion(
            language_code_for(page.locale_id), page.title, page.summary, page.full_url or page.url
        )
        for page in pages
    ]
    return sorted(versions, key=lambda version: version.language != submission.language)
