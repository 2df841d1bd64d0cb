"""/health/ for monitoring (database, cache, task queue) and /healthz/ for the load balancer."""

import datetime
from unittest import mock

import pytest
from django_tasks_db.models import DBTaskResult, get_date_max

from django.db import OperationalError, connections
from django.utils import timezone

from cms_site.settings.base import caches_for

pytestmark = pytest.mark.django_db


def queued(*, waited: int, run_after: datetime.datetime | None = None, status: str = "READY") -> DBTaskResult:
    task = DBTaskResult.objects.create(
        args_kwargs={"args": [], "kwargs": {}},
        task_path="casestudies.tasks.example",
        backend_name="default",
        run_after=run_after or get_date_max(),
        status=status,
    )
    DBTaskResult.objects.filter(pk=task.pk).update(
        enqueued_at=timezone.now() - datetime.timedelta(seconds=waited)
    )
    return task


def test_all_well(client):
    response = client.get("/health/")
    assert response.status_code == 200
    body = response.json()
    assert body == {
        "status": "ok",
        "database": {"status": "ok"},
        "cache": {"status": "ok"},
        "tasks": {"status": "ok", "oldest_queued_seconds": 0, "max_seconds": 900},
    }
    assert "no-store" in response["Cache-Control"] and "no-cache" in response["Cache-Control"]
    assert "X-Page-Cache" not in response and "X-Page-Cache" not in client.get("/health/")
    assert client.head("/health/").status_code == 200


def test_cache_down_is_degraded_but_200(client, settings):
    settings.CACHES = caches_for("redis://127.0.0.1:1/0")
    response = client.get("/health/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["cache"] == {"status": "down", "error": "ConnectionError"}
    assert body["database"] == {"status": "ok"}


def test_database_down_is_503(client):
    with mock.patch(
        "cms_site.views.health_database", return_value={"status": "down", "error": "OperationalError"}
    ):
        response = client.get("/health/")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "down" and body["database"]["status"] == "down"
    assert body["tasks"] == {"status": "unknown", "oldest_queued_seconds": None}


def test_a_database_error_is_reported_not_raised(client):
    from cms_site.views import health_database

    with mock.patch.object(connections["default"], "_cursor", side_effect=OperationalError("host db-1 down")):
        assert health_database() == {"status": "down", "error": "OperationalError"}  # no host, no message
        response = client.get("/healthz/")
    assert response.status_code == 503 and response.json() == {"status": "down"}


def test_the_oldest_queued_task_against_the_threshold(client, settings):
    settings.HEALTH_MAX_TASK_AGE_SECONDS = 600
    queued(waited=7200, status="SUCCESSFUL")  # done: not waiting
    queued(waited=7200, run_after=timezone.now() + datetime.timedelta(hours=1))  # not due yet
    queued(waited=120)
    response = client.get("/health/")
    assert response.status_code == 200
    tasks = response.json()["tasks"]
    assert tasks["status"] == "ok" and 120 <= tasks["oldest_queued_seconds"] < 600

    # Scheduled for later, it waits from when it became due.
    queued(waited=7200, run_after=timezone.now() - datetime.timedelta(seconds=900))
    response = client.get("/health/")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "down" and body["tasks"]["status"] == "late"
    assert body["tasks"]["oldest_queued_seconds"] >= 900


def test_the_old_address_still_answers(client):
    response = client.get("/healthz/")
    assert response.status_code == 200 and response.json() == {"status": "ok"}
    assert "no-store" in response["Cache-Control"]


def test_no_personal_data_or_detail_beyond_states(client):
    queued(waited=10)
    body = client.get("/health/").json()
    assert set(body) == {"status", "database", "cache", "tasks"}
    assert "casestudies" not in str(body)
