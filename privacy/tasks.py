"""The daily retention purge as a django-tasks chain: each run queues the next, 24 hours on.

Started once with ``manage.py purge_personal_data --schedule`` (idempotent) and run by the
database worker (``manage.py db_worker``). Needs a backend that can defer tasks
(``django_tasks_db.DatabaseBackend``, as in production settings); the inline backend of
development and tests cannot, so there the command or cron runs the purge instead.
"""

from __future__ import annotations

from datetime import timedelta

from django_tasks import TaskResult, task

from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone

from .retention import purge_personal_data

PURGE_INTERVAL = timedelta(hours=24)


@task()
def purge_personal_data_task() -> dict:
    """Run the daily data-protection work (consent renewals, then the purge), then queue
    tomorrow's run (even if this one failed)."""
    try:
        from privacy.rights import consent_renewals

        asked, lapsed = consent_renewals()
        summary = purge_personal_data(dry_run=False).summary()
        return {**summary, "renewals_asked": asked, "consents_lapsed": lapsed}
    finally:
        if purge_personal_data_task.get_backend().supports_defer:
            purge_schedule(delay=PURGE_INTERVAL, running_counts=False)


def purge_pending(*, running_counts: bool = True) -> bool:
    """Is a run already queued (or, with ``running_counts``, running and so about to queue one)?"""
    backend = purge_personal_data_task.get_backend()
    if not backend.supports_defer:
        return False
    from django_tasks_db.backend import DatabaseBackend

    if not isinstance(backend, DatabaseBackend):
        return False  # no way to list another backend's queue
    from django_tasks_db.models import DBTaskResult

    statuses = ["READY", "RUNNING"] if running_counts else ["READY"]
    return DBTaskResult.objects.filter(
        task_path=purge_personal_data_task.module_path, status__in=statuses, backend_name=backend.alias
    ).exists()


def purge_schedule(*, delay: timedelta = timedelta(0), running_counts: bool = True) -> TaskResult | None:
    """Queue a run ``delay`` from now unless one is already queued. Returns the new run, or None.

    Inside a run, its own row is running: only another queued run stops it queueing the
    next, so two chains started at once merge into one the next day.
    """
    backend = purge_personal_data_task.get_backend()
    if not backend.supports_defer:
        raise ImproperlyConfigured(
            "The task backend cannot run tasks later: set TASKS_BACKEND=django_tasks_db.DatabaseBackend"
        )
    if purge_pending(running_counts=running_counts):
        return None
    return purge_personal_data_task.using(run_after=timezone.now() + delay).enqueue()


SCRUB_RETRY = timedelta(minutes=1)
SCRUB_ATTEMPTS = 60


@task()
def storage_scrub_task(attempt: int = 1) -> str:
    """After an erasure, push the erased data out of the database's files (privacy.scrub);
    while readers hold SQLite's WAL open, try again a minute later, for up to an hour."""
    from .scrub import storage_scrub

    result = storage_scrub()
    if not result.done and attempt < SCRUB_ATTEMPTS and storage_scrub_task.get_backend().supports_defer:
        storage_scrub_task.using(run_after=timezone.now() + SCRUB_RETRY).enqueue(attempt + 1)
    return result.detail


def storage_scrub_enqueue() -> None:
    """Queue the scrub; a queue that fails must not undo the erasure (the next one retries)."""
    import logging

    try:
        storage_scrub_task.enqueue()
    except Exception:
        logging.getLogger(__name__).exception("Could not queue the storage scrub after an erasure")
