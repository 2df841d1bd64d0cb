"""Where moderation listens: the story's transitions, a photo processed, a new index page,
migrate.

casestudies must not know moderation, so its lifecycle tells us of every transition
through one signal; moderation looks after what it keeps itself (its Review and the
images made from the redacted photos). Everything moderation starts, it calls directly.
"""

from __future__ import annotations

from django.db.models.signals import post_migrate, post_save
from django.dispatch import receiver

from casestudies.lifecycle import story_transitioned
from casestudies.models import CaseStudyIndexPage
from casestudies.photo_processing import photo_processed

from . import publication, reviews, workflow

# A story that stops: moderation stops with it.
STOPPING = frozenset({"withdrawn", "renewal_lapsed"})


@receiver(story_transitioned, dispatch_uid="mtr-moderation-story-transitioned")
def follow_story(sender, submission, transition, data, user=None, **kwargs) -> None:
    if transition == "verified":
        reviews.review_open(submission=submission)
    elif transition in STOPPING:
        publication.moderation_stop(submission=submission, user=user)
    elif transition == "use_withdrawn":
        publication.scope_remove(submission=submission, scope=data["scope"])


@receiver(photo_processed, dispatch_uid="mtr-moderation-photo-processed")
def follow_photo(sender, photo, **kwargs) -> None:
    reviews.review_photo_add(photo=photo)


@receiver(post_save, sender=CaseStudyIndexPage)
def set_up_index(sender, instance, created, raw=False, **kwargs) -> None:
    if created and not raw:
        workflow.index_setup(instance)


def set_up_after_migrate(sender, **kwargs) -> None:
    from django.apps import apps
    from django.contrib.auth.management import create_permissions

    # Permissions of apps later in INSTALLED_APPS are made after this signal; make them now.
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    workflow.moderation_setup()


def connect() -> None:
    from django.apps import apps

    post_migrate.connect(set_up_after_migrate, sender=apps.get_app_config("moderation"))
