"""manage.py run_worker: django-tasks-db's worker loop, started again after a database outage.

Nothing here waits: the back-off's sleep is replaced by a recorder, and the worker loop
by a stand-in that fails as the database would."""

import logging
import signal

import pytest
from django_tasks_db.management.commands.db_worker import Worker

from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DatabaseError, InterfaceError, OperationalError

from cms_site.management.commands import run_worker

SECRET = "pat@example.com"  # what a driver's message could echo; never logged


@pytest.fixture
def loop(monkeypatch, settings):
    """The database queue, as in production; the back-off recorded instead of waited;
    the test process's own signal handlers left alone."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    record = {"sleeps": [], "closed": 0, "signals": 0, "workers": []}
    monkeypatch.setattr(run_worker, "sleep", record["sleeps"].append)
    monkeypatch.setattr(run_worker, "monotonic", lambda: 0.0)

    def closed():
        record["closed"] += 1

    def configure_signals(self):
        record["signals"] += 1

    monkeypatch.setattr(run_worker, "close_connections", closed)
    monkeypatch.setattr(Worker, "configure_signals", configure_signals)
    return record


def fail_then_return(monkeypatch, record, errors):
    """Worker.run raises each of ``errors`` in turn, then returns as a batch run does."""
    remaining = list(errors)
    calls = []

    def run(self):
        record["workers"].append(self)
        calls.append(1)
        if remaining:
            raise remaining.pop(0)

    monkeypatch.setattr(Worker, "run", run)
    return calls


@pytest.fixture
def warnings(caplog):
    caplog.set_level(logging.WARNING, logger="django_tasks_db")
    return caplog


def test_retries_after_database_errors_with_back_off_then_finishes(monkeypatch, loop, warnings):
    errors = [OperationalError(f"could not connect ({SECRET})"), OperationalError("server closed")]
    calls = fail_then_return(monkeypatch, loop, errors)

    call_command("run_worker", batch=True, startup_delay=False, verbosity=1)

    assert len(calls) == 3  # two failures, then the run that finished
    assert loop["sleeps"] == [1, 2]
    assert loop["closed"] == 2
    assert loop["signals"] == 1  # SIGTERM/SIGINT handled as db_worker handles them
    lines = [r.getMessage() for r in warnings.records if r.levelno == logging.WARNING]
    assert len(lines) == 2 and all("OperationalError" in line for line in lines)
    assert SECRET not in warnings.text and "could not connect" not in warnings.text


def test_back_off_doubles_to_the_cap(monkeypatch, loop, settings):
    settings.WORKER_RETRY_MAX_SECONDS = 60
    fail_then_return(monkeypatch, loop, [OperationalError()] * 9)

    call_command("run_worker", batch=True, verbosity=1)

    assert loop["sleeps"] == [1, 2, 4, 8, 16, 32, 60, 60, 60]


def test_back_off_is_configurable(monkeypatch, loop, settings):
    settings.WORKER_RETRY_INITIAL_SECONDS = 5
    settings.WORKER_RETRY_MAX_SECONDS = 12
    fail_then_return(monkeypatch, loop, [OperationalError()] * 4)

    call_command("run_worker", batch=True, verbosity=1)

    assert loop["sleeps"] == [5, 10, 12, 12]


def test_interface_error_is_retried_too(monkeypatch, loop):
    fail_then_return(monkeypatch, loop, [InterfaceError("connection already closed")])

    call_command("run_worker", batch=True, verbosity=1)

    assert loop["sleeps"] == [1] and loop["closed"] == 1


def test_back_off_starts_again_after_the_worker_had_been_working(monkeypatch, loop):
    # Each run "lasts" as long as the clock says: the third ran for 10 minutes before failing.
    clock = iter([0, 0, 0, 0, 100, 700, 700, 700, 700, 700])
    monkeypatch.setattr(run_worker, "monotonic", lambda: next(clock))
    fail_then_return(monkeypatch, loop, [OperationalError()] * 4)

    call_command("run_worker", batch=True, verbosity=1)

    assert loop["sleeps"] == [1, 2, 1, 2]


def test_other_exceptions_still_stop_the_worker(monkeypatch, loop):
    fail_then_return(monkeypatch, loop, [ValueError("a bug")])

    with pytest.raises(ValueError, match="a bug"):
        call_command("run_worker", batch=True, verbosity=1)
    assert loop["sleeps"] == [] and loop["closed"] == 0


def test_sigterm_during_the_back_off_exits_cleanly(monkeypatch, loop):
    fail_then_return(monkeypatch, loop, [OperationalError()] * 3)

    def sleep(seconds):
        loop["workers"][-1].shutdown(signal.SIGTERM, None)

    monkeypatch.setattr(run_worker, "sleep", sleep)

    with pytest.raises(SystemExit) as exited:
        call_command("run_worker", verbosity=1)
    assert exited.value.code == 0
    assert len(loop["workers"]) == 1  # not started again


def test_a_database_error_after_a_stop_request_does_not_start_again(monkeypatch, loop):
    def run(self):
        loop["workers"].append(self)
        self.running = False  # SIGTERM arrived while a task was running...
        raise OperationalError()  # ...and the database went away as it finished

    monkeypatch.setattr(Worker, "run", run)

    call_command("run_worker", verbosity=1)

    assert len(loop["workers"]) == 1 and loop["sleeps"] == []


def test_passes_db_worker_options_through(monkeypatch, loop):
    fail_then_return(monkeypatch, loop, [])

    call_command(
        "run_worker",
        queue_name="*",
        exclude_queues="slow",
        interval=5,
        batch=True,
        max_tasks=3,
        worker_id="worker-1",
        startup_delay=False,
        verbosity=1,
    )

    (worker,) = loop["workers"]
    assert isinstance(worker, run_worker.ResilientWorker)
    assert worker.process_all_queues and worker.excluded_queue_names == ["slow"]
    assert (worker.interval, worker.batch, worker.max_tasks, worker.worker_id) == (5, True, 3, "worker-1")
    assert worker.startup_delay is False


def test_rejects_what_db_worker_rejects(loop):
    with pytest.raises(CommandError, match="exclude-queues"):
        call_command("run_worker", queue_name="default", exclude_queues="slow", verbosity=1)


def test_close_connections_ignores_a_connection_that_cannot_close(monkeypatch):
    class Broken:
        def close(self):
            raise DatabaseError("already gone")

    class Fine:
        closed = False

        def close(self):
            self.closed = True

    fine = Fine()

    class Connections:
        def all(self, initialized_only=False):
            return [Broken(), fine]

    monkeypatch.setattr(run_worker, "connections", Connections())
    run_worker.close_connections()
    assert fine.closed


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_runs_queued_tasks_like_db_worker(settings, monkeypatch):
    """The real loop, on the database queue: a batch run does the work and exits.

    Committed data (transaction=True): the worker manages its own transactions and
    connections, which a test wrapped in one transaction cannot give it. A database error
    fails the test instead of backing off for ever."""
    from django_tasks_db.models import DBTaskResult

    from casestudies.tasks import send_email_task

    def no_back_off(seconds):
        raise AssertionError("the worker met a database error")

    monkeypatch.setattr(run_worker, "sleep", no_back_off)
    monkeypatch.setattr(Worker, "configure_signals", lambda self: None)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    send_email_task.enqueue(0)  # no such email: the task answers "missing"

    call_command("run_worker", batch=True, startup_delay=False, verbosity=1)

    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
