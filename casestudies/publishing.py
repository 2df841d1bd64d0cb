"""What the story's transitions do to its case study pages (casestudies.lifecycle calls these).

A story has one page per language it is published in (its own language and, for a story
told in another language, its English translation), all made from the redacted text.
Unpublishing a page is what takes it out of everything public: Wagtail's
``page_unpublished`` moves the page cache to a new generation and purges the CDN
(cms_site.caching), removes the search entry and the share images
(casestudies.handlers); the feed, the API, the sitemap and the toolkit packs list live
pages only.
"""

from __future__ import annotations

import re

from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.actions.unpublish_page import UnpublishPageAction

from .choices import ConsentScope
from .models import Submission
from .pages import CaseStudyPage


def pages_of(submission: Submission) -> list[CaseStudyPage]:
    return list(CaseStudyPage.objects.filter(submission=submission).order_by("pk"))


def page_publish_with_translations(*, page: CaseStudyPage, user) -> None:
    """Publish the page's latest revision, then its translations' (signed off together).

    The approved workflow is the authority to publish: sign-off editors need no publish
    permission of their own (and so cannot publish outside the workflow).
    """
    revision = page.get_latest_revision()
    if revision is None:
        raise RuntimeError(f"Page {page.pk} has no revision to publish")
    revision.publish(user=user, skip_permission_checks=True, log_action=True)
    for other in CaseStudyPage.objects.filter(submission_id=page.submission_id).exclude(pk=page.pk):
        latest = other.get_latest_revision()
        if latest is not None and (not other.live or other.has_unpublished_changes):
            latest.publish(user=user, skip_permission_checks=True, log_action=True)


def pages_take_down(*, submission: Submission, user=None) -> int:
    """Stop every page workflow, unpublish every live page in every language and delete
    the drafts. Returns how many pages were live."""
    live = 0
    for page in pages_of(submission):
        state = page.current_workflow_state
        if state is not None:
            state.cancel(user=user)
        if page.live:
            # The story's lifecycle is the authority here (a storyteller or a privacy officer
            # may not unpublish pages themselves); the log entry still names who acted.
            UnpublishPageAction(page, user=user, log_action=True).execute(skip_permission_checks=True)
            live += 1
        else:
            page.delete()
    return live


def pages_remove_use(*, submission: Submission, scope: str) -> int:
    """Take what a withdrawn consent scope allowed off every page made from the story; live
    pages are republished at once without it. Returns how many pages changed."""
    if scope == ConsentScope.MEDIA_CONTACT:
        return 0  # nothing on the pages
    first_name = (submission.full_name or "").split()[0] if (submission.full_name or "").strip() else ""
    changed = 0
    for page in pages_of(submission):
        draft = page.get_latest_revision_as_object()
        if scope == ConsentScope.PHOTOS:
            draft.photos = []
        elif scope == ConsentScope.ADVERTISING:
            draft.share_on_social = False
        elif scope == ConsentScope.FIRST_NAME:
            if not first_name:
                continue
            _first_name_remove(draft, first_name)
        revision = draft.save_revision(clean=False, log_action=True)
        if page.live:
            revision.publish(log_action=True, skip_permission_checks=True)
        changed += 1
    return changed


def _first_name_remove(page: CaseStudyPage, first_name: str) -> None:
    from cms_site.locales import language_code_for

    pattern = re.compile(rf"(?<!\w){re.escape(first_name)}(?!\w)", re.IGNORECASE)
    with translation.override(language_code_for(page.locale_id)):
        placeholder = _("[the storyteller]")
    for name in ("title", "summary", "pull_quote", "story", "what_changed", "lessons", "attribution"):
        setattr(page, name, pattern.sub(placeholder, getattr(page, name) or ""))
