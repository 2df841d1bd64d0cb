"""Background tasks (django-tasks: inline in development, db_worker in production)."""

from django_tasks import task

from .publication import storyteller_no_reply_due


@task()
def storyteller_no_reply_task() -> int:
    return storyteller_no_reply_due()
