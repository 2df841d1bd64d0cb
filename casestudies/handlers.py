"""Share images follow publishing: made again on every publish, gone on unpublish or delete.

A card that cannot be drawn must never stop a story going live: the failure is logged by
type only (the quote is the storyteller's words, kept out of logs) and any older cards,
which may show words since edited out, are removed.
"""

from __future__ import annotations

import logging

from django.db.models.signals import pre_delete
from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished

from .pages import CaseStudyPage
from .share_images import share_images_delete, share_images_update

logger = logging.getLogger(__name__)


@receiver(page_published, sender=CaseStudyPage, dispatch_uid="mtr-share-images-published")
def update_share_images(sender, instance, **kwargs) -> None:
    page = instance.specific
    try:
        share_images_update(page)
    except Exception as error:
        logger.error("Share images for page %s not made (%s)", page.pk, type(error).__name__)
        _delete_quietly(page)


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
