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


def _page(story: DemoStory) -> CaseStudyPage:
    return CaseStudyPage(
        title=story.title,
        slug=story.slug,
        live=False,
        kind=story.kind,
        summary=story.summary,
        pull_quote=story.pull_quote,
        story=story.story,
        what_changed=story.what_changed,
        lessons=story.lessons,
        attribution=story.attribution,
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


def case_studies_ensure(index: CaseStudyIndexPage) -> int:
    """Publish every demo story missing under the index; return how many were made."""
    pages = {page.slug: page for page in CaseStudyPage.objects.child_of(index)}
    created = []
    for position, story in enumerate(STORIES):
        if story.slug not in pages:
            page = _page(story)
            index.add_child(instance=page)  # a draft first: pairs can then point at each other
            pages[story.slug] = page
            created.append((position, story, page))
    now = timezone.now()
    for position, story, page in created:
        page.paired_case_study = pages.get(story.paired_with) if story.paired_with else None
        page.save_revision().publish()
        published = now - timedelta(days=published_days_ago(position, len(STORIES)), hours=position % 9)
        CaseStudyPage.objects.filter(pk=page.pk).update(
            first_published_at=published, last_published_at=published
        )
    return len(created)
