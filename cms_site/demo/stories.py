"""The demo case studies, published as moderation would publish them, under the index.

Each page is made unpublished and then published through a revision, so that the
page_published signal fires as it does for a real story (cache purge, share images).
Looked up by slug, so running twice makes nothing new.
"""

from __future__ import annotations

import math
from datetime import timedelta

from django.utils import timezone

from casestudies.models import CaseStudyIndexPage, CaseStudyPage

from .locales import english_stories
from .stories_landlords import LANDLORD_STORIES
from .stories_languages import LANGUAGE_STORIES
from .stories_residents import RESIDENT_STORIES
from .story import DemoStory

STORIES: list[DemoStory] = [*RESIDENT_STORIES, *LANGUAGE_STORIES, *LANDLORD_STORIES]

# Published over about six months, with languages and kinds mixed through the listing.
DAYS_BETWEEN = 5


def published_days_ago(position: int, count: int) -> int:
    """A day for each story: stepping through the list by a number coprime with its length."""
    step = next(step for step in range(7, 7 + count) if math.gcd(step, count) == 1)
    return 2 + ((position * step) % count) * DAYS_BETWEEN


def _page(story: DemoStory, texts: dict[str, str] | None = None) -> CaseStudyPage:
    """The story's page: in its own language, or (``texts``) its English translation."""
    texts = texts or {}
    return CaseStudyPage(
        title=texts.get("title") or story.title,
        slug=story.slug,
        live=False,
        kind=story.kind,
        summary=texts.get("summary") or story.summary,
        pull_quote=texts.get("pull_quote") or story.pull_quote,
        story=texts.get("story") or story.story,
        what_changed=texts.get("what_changed") or story.what_changed,
        lessons=texts.get("lessons") or story.lessons,
        attribution=texts.get("attribution") or story.attribution,
        themes=[str(theme) for theme in story.themes],
        complaint_stage=story.complaint_stage,
        complaint_when=story.complaint_when,
        responses_on_time=story.responses_on_time,
        outcomes=[str(outcome) for outcome in story.outcomes],
        ombudsman_finding=story.ombudsman_finding,
        region=story.region,
        story_language=story.language,
        share_on_social=story.share_on_social,
    )


def _indexes(english: CaseStudyIndexPage) -> dict[str, CaseStudyIndexPage]:
    """Each language's stories listing (translations of the English one)."""
    from cms_site.locales import language_code_for

    found = {language_code_for(index.locale_id): index for index in english.get_translations(inclusive=True)}
    return found


def case_studies_ensure(index: CaseStudyIndexPage) -> int:
    """Publish every demo story missing: in its language's listing and, when told in
    another language, in English under the English listing. Returns how many were made."""
    indexes = _indexes(index)
    english = english_stories()
    pages: dict[tuple[str, str], CaseStudyPage] = {}
    for language, listing in indexes.items():
        for page in CaseStudyPage.objects.child_of(listing):
            pages[(language, page.slug)] = page
    created = []
    for position, story in enumerate(STORIES):
        versions = [(story.language, None)]
        if story.language != index.locale.language_code and story.slug in english:
            versions.append((index.locale.language_code, english[story.slug]))
        original = None
        for language, texts in versions:
            listing = indexes.get(language)
            if listing is None:
                continue
            page = pages.get((language, story.slug))
            if page is None:
                page = _page(story, texts)
                if original is not None:
                    page.translation_key = original.translation_key  # the English of the original
                listing.add_child(instance=page)  # a draft first: pairs can then point at each other
                pages[(language, story.slug)] = page
                created.append((position, story, page, language))
            original = original or page
    now = timezone.now()
    for position, story, page, language in created:
        paired = pages.get((language, story.paired_with)) if story.paired_with else None
        page.paired_case_study = paired
        page.save_revision().publish()
        published = now - timedelta(days=published_days_ago(position, len(STORIES)), hours=position % 9)
        CaseStudyPage.objects.filter(pk=page.pk).update(
            first_published_at=published, last_published_at=published
        )
    return len(created)
