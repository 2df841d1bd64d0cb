"""Share images follow publishing: made again on every publish, gone on unpublish or delete.

Drawing the cards takes a while, so a publish only queues them as a background task
(``casestudies.tasks.share_images_refresh_task``; run inline by the immediate backend in
development and tests, by ``db_worker`` in production, where the task row commits with the
publish and so never runs for a publish that was rolled back). The task reads the page
afresh: it may run late, twice or after a withdrawal, and makes cards only for a page that
is live when they are stored. Unpublishing deletes them at once, in the request.

A card that cannot be drawn must never stop a story going live nor change its state: the
failure is logged by type only (the quote is the storyteller's words, kept out of logs),
the task is marked failed, and any older cards, which may show words since edited out, are
removed. Publishing again makes them.
"""

from __future__ import annotations

import logging

from django.db.models.signals import pre_delete
from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished

from .pages import CaseStudyPage
from .share_images import share_images_delete, share_images_update

logger = logging.getLogger(__name__)


class ShareImagesFailed(Exception):
    """Raised by the task so the queue records the failure; says nothing of the story."""


@receiver(page_published, sender=CaseStudyPage, dispatch_uid="mtr-share-images-published")
def update_share_images(sender, instance, **kwargs) -> None:
    from .tasks import share_images_refresh_task

    try:
        share_images_refresh_task.enqueue(instance.pk)
    except Exception as error:  # the queue failing must not stop the story going live
        logger.error("Share images for page %s not queued (%s)", instance.pk, type(error).__name__)


def share_images_follow(page_id: int) -> int:
    """The task's body: the page's cards made afresh if it is live, removed if not.
    Returns how many cards it has."""
    page = CaseStudyPage.objects.filter(pk=page_id).first()
    if page is None:
        return 0  # deleted: its cards went with it (delete_share_images_with_page)
    if not page.live:
        _delete_quietly(page)
        return 0
    try:
        return len(share_images_update(page, only_if_live=True))
    except Exception as error:
        logger.error("Share images for page %s not made (%s)", page.pk, type(error).__name__)
        _delete_quietly(page)
        raise ShareImagesFailed(f"Share images for page {page.pk} not made") from None


@receiver(page_unpublished, sender=CaseStudyPage, dispatch_uid="mtr-share-images-unpublished")
def delete_share_images(sender, instance, **kwargs) -> None:
    _delete_quietly(instance)


@receiver(page_unpublished, sender=CaseStudyPage, dispatch_uid="mtr-search-entry-unpublished")
def remove_search_entry(sender, instance, **kwargs) -> None:
    """An unpublished (or withdrawn) story leaves the search index at once. Wagtail's own
    remove_object skips it (CaseStudyPage.get_indexed_instance is None once not live),
    so each backend is told directly."""
    from wagtail.search.backends import get_search_backends

    for backend in get_search_backends(with_auto_update=True):
        try:
            backend.delete(instance.specific)
        except Exception as error:
            logger.error("Search entry for page %s not removed (%s)", instance.pk, type(error).__name__)


@receiver(pre_delete, sender=CaseStudyPage, dispatch_uid="mtr-share-images-page-deleted")
def delete_share_images_with_page(sender, instance, **kwargs) -> None:
    # The rows would cascade with the page, but their Wagtail images (and files) would not.
    _delete_quietly(instance)


def _delete_quietly(page: CaseStudyPage) -> None:
    try:
        share_images_delete(page)
    except Exception as error:
        logger.error("Share images for page %s not deleted (%s)", page.pk, type(error).__name__)
