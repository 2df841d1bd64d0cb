"""Background tasks (django-tasks: inline in development, db_worker in production)."""

from django_tasks import task

from . import emails, handlers, photo_processing, services


@task()
def send_email_task(outbound_id: int) -> str:
    return emails.email_send(outbound_id=outbound_id)


@task()
def expire_unverified_task() -> int:
    return services.submission_expire_unverified()


@task()
def share_images_refresh_task(page_id: int) -> int:
    """A published page's share cards, drawn after the publish (casestudies.handlers)."""
    return handlers.share_images_follow(page_id)


@task()
def photo_process_task(photo_id: int) -> str:
    """Re-encode an uploaded photo off the request (casestudies.photo_processing)."""
    return photo_processing.photo_process(photo_id)
