"""The background worker for production: django-tasks-db's ``db_worker`` that outlives a
database outage.

``db_worker`` exits on the first ``OperationalError`` (the database restarting, a failover,
a dropped connection), and queued emails then wait until someone starts it again. This
command runs the same ``Worker`` loop with the same options; on ``OperationalError`` or
``InterfaceError`` it closes the database connections, logs one warning (the error's class
only: no hosts, no queries, no personal data), waits, and starts the loop again. The wait
starts at ``WORKER_RETRY_INITIAL_SECONDS`` (1 s) and doubles up to
``WORKER_RETRY_MAX_SECONDS`` (60 s); it starts again from the beginning after the loop has
run for longer than that without an error. SIGTERM and SIGINT stop it as they stop
``db_worker``, during the wait too. Any other exception stops it, as before.
"""

from __future__ import annotations

import logging
import os
from time import monotonic, sleep

from django_tasks_db.management.commands.db_worker import Command as DbWorkerCommand
from django_tasks_db.management.commands.db_worker import Worker

from django.conf import settings
from django.core.management.base import CommandError
from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader

logger = logging.getLogger("django_tasks_db")

DATABASE_ERRORS = (OperationalError, InterfaceError)


def retry_delays(initial: float, maximum: float):
    """1, 2, 4... seconds, at most ``maximum``, for ever."""
    delay = max(initial, 0)
    while True:
        yield min(delay, maximum)
        delay = min(delay * 2, maximum) if delay else maximum


def close_connections() -> None:
    """Drop every database connection; a broken one may fail to close, which is fine."""
    for connection in connections.all(initialized_only=True):
        try:
            connection.close()
        except DatabaseError:
            pass


class ResilientWorker(Worker):
    def run(self) -> None:
        initial = settings.WORKER_RETRY_INITIAL_SECONDS
        maximum = settings.WORKER_RETRY_MAX_SECONDS
        delays = retry_delays(initial, maximum)
        while True:
            started = monotonic()
            try:
                super().run()
                return
            except DATABASE_ERRORS as exc:
                if not self.running:  # asked to stop: do not start again
                    return
                if monotonic() - started > maximum:  # it had been working: back off from the start
                    delays = retry_delays(initial, maximum)
                delay = next(delays)
                close_connections()
                logger.warning(
                    "Worker %s lost the database (%s); starting again in %s s.",
                    self.worker_id,
                    type(exc).__name__,
                    f"{delay:g}",
                )
            sleep(delay)


class Command(DbWorkerCommand):
    help = "Run the database background worker, starting again after a database outage"

    def handle(
        self,
        *,
        verbosity: int,
        queue_name: str,
        interval: float,
        batch: bool,
        backend_name: str,
        startup_delay: bool,
        reload: bool,
        max_tasks: int | None,
        worker_id: str,
        exclude_queues: str,
        **options,
    ) -> None:
        # The same as db_worker's handle, with ResilientWorker in place of Worker.
        self.configure_logging(verbosity)

        if reload and batch:
            logger.warning(
                "Warning: --reload and --batch cannot be specified together. Disabling autoreload."
            )
            reload = False

        queue_names = queue_name.split(",")
        excluded_queue_names = exclude_queues.split(",") if exclude_queues else []
        if excluded_queue_names and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")

        worker = ResilientWorker(
            queue_names=queue_names,
            interval=interval,
            batch=batch,
            backend_name=backend_name,
            startup_delay=startup_delay,
            max_tasks=max_tasks,
            worker_id=worker_id,
            excluded_queue_names=excluded_queue_names,
        )

        if reload:
            if os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
                worker.configure_signals()  # only the reloader's child handles signals
            run_with_reloader(worker.run)
        else:
            worker.configure_signals()
            worker.run()
