"""Where moderation listens: a verified submission, a published page, a new index page, migrate."""

from __future__ import annotations

from django.db.models.signals import post_migrate, post_save
from django.dispatch import receiver

from wagtail.signals import page_published

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from casestudies.signals import (
    consent_scope_withdrawn,
    removal_requested,
    submission_verified,
    submission_withdrawn,
)


@receiver(submission_verified)
def open_review(sender, submission, **kwargs) -> None:
    from .reviews import review_open

    review_open(submission=submission)


@receiver(submission_withdrawn)
def stop_moderation(sender, submission, **kwargs) -> None:
    from .publication import moderation_stop

    moderation_stop(submission=submission)


@receiver(consent_scope_withdrawn)
def remove_scope(sender, submission, scope, **kwargs) -> None:
    from .publication import scope_remove

    scope_remove(submission=submission, scope=scope)


@receiver(removal_requested)
def keep_removal_request(sender, submission, text, **kwargs) -> None:
    from .publication import removal_request_keep

    removal_request_keep(submission=submission, text=text)


@receiver(page_published, sender=CaseStudyPage)
def mark_published(sender, instance, **kwargs) -> None:
    from .publication import case_study_published

    case_study_published(page=instance)


@receiver(post_save, sender=CaseStudyIndexPage)
def set_up_index(sender, instance, created, raw=False, **kwargs) -> None:
    if created and not raw:
        from .workflow import index_setup

        index_setup(instance)


def set_up_after_migrate(sender, **kwargs) -> None:
    from django.apps import apps
    from django.contrib.auth.management import create_permissions

    from .workflow import moderation_setup

    # Permissions of apps later in INSTALLED_APPS are made after this signal; make them now.
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    moderation_setup()


def connect() -> None:
    from django.apps import apps

    post_migrate.connect(set_up_after_migrate, sender=apps.get_app_config("moderation"))
