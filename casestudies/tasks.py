"""Background tasks (django-tasks: inline in development, db_worker in production)."""

from django_tasks import task

from . import emails, services


@task()
def send_email_task(outbound_id: int) -> str:
    return emails.email_send(outbound_id=outbound_id)


@task()
def expire_unverified_task() -> int:
    return services.submission_expire_unverified()
