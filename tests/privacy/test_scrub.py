"""After an erasure the database's own files no longer hold what was erased (privacy.scrub)."""

import json
import os
import subprocess
import sys

import pytest

from django.conf import settings
from django.db import connection

from privacy import scrub
from privacy.erasure import submission_erase
from privacy.tasks import storage_scrub_task
from tests.factories.casestudies import SubmissionFactory


@pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="the SQLite file check runs in the SQLite pass",
)
def test_an_erased_story_is_in_no_file_of_a_live_sqlite_database(tmp_path):
    """A real database file in WAL mode, held open by another connection as a web worker
    holds it: before the scrub, the WAL file kept every earlier version of the pages."""
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "cms_site.settings.test",
        "PYTHONPATH": str(settings.BASE_DIR),
    }
    done = subprocess.run(
        [sys.executable, "-m", "tests.privacy.erase_on_disk"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert "db.sqlite3" in found and "db.sqlite3-wal" in found  # the WAL is still there, emptied
    assert found == {name: [] for name in found}


@pytest.mark.django_db
def test_each_erasure_queues_the_scrub(monkeypatch, django_capture_on_commit_callbacks):
    calls = []
    monkeypatch.setattr(scrub, "storage_scrub", lambda: calls.append(1) or scrub.ScrubResult(True, "ok"))
    submission = SubmissionFactory(status="withdrawn")
    with django_capture_on_commit_callbacks(execute=True):
        submission_erase(submission=submission, reason="test")
    assert calls == [1]


@pytest.mark.django_db
def test_a_busy_wal_is_tried_again_later(monkeypatch, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    from django_tasks_db.models import DBTaskResult

    monkeypatch.setattr(scrub, "storage_scrub", lambda: scrub.ScrubResult(False, "WAL busy"))
    assert storage_scrub_task.call(attempt=1) == "WAL busy"
    again = DBTaskResult.objects.get(task_path=storage_scrub_task.module_path)
    assert again.args_kwargs["args"] == [2] and again.run_after is not None
    DBTaskResult.objects.all().delete()
    storage_scrub_task.call(attempt=60)  # the last attempt: no more
    assert not DBTaskResult.objects.exists()


@pytest.mark.django_db
def test_the_tables_are_those_an_erasure_touches():
    tables = scrub.erasure_tables()
    for model_table in ("casestudies_submission", "wagtailcore_revision", "wagtailsearch_indexentry"):
        assert model_table in tables
    assert "auth_user" not in tables and "django_session" not in tables
    assert set(tables) <= set(connection.introspection.table_names())


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_scrub_runs_on_this_database():
    result = scrub.storage_scrub()
    if connection.vendor == "postgresql":
        assert result.done and "tables rewritten" in result.detail
    else:  # the test database is in memory: no WAL
        assert result.done
