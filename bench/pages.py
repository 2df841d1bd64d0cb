"""Benchmark the public pages under gunicorn, with and without the whole-page cache.

Run from the project root with the project's virtualenv (Redis must be running):

    .venv/bin/python bench/pages.py                       # SQLite in a temp dir, 2,000 stories
    .venv/bin/python bench/pages.py --stories 500 --requests 200
    .venv/bin/python bench/pages.py \\
        --database-url postgres://postgres@127.0.0.1:5432/mtr_bench_pages

It prints figures and the targets with "meets"/"misses"; it asserts nothing and exits 0
once it has measured. What it does:

1. Makes a temporary directory with a fresh database (a SQLite file there, or the
   PostgreSQL database named by ``--database-url``, which it creates and drops itself
   and refuses to touch if it already exists), temporary MEDIA_ROOT, PRIVATE_MEDIA_ROOT
   and STATIC_ROOT, and runs ``migrate``, ``load_demo_content`` and ``collectstatic``.
2. Tops up the published case studies under the index to ``--stories`` with a small
   script run by the project's Python: treebeard ``add_child`` with ``live=True`` and no
   revision, as ``publish_case_study(..., publish_signals=False)`` in
   tests/factories/pages.py does, with varied kinds, themes, regions, languages, stages,
   outcomes, some paired stories and publication dates an hour or more apart. It prints
   how long that took and how many queries it ran. The same script renders the index page
   once (Django's test client) for its size.
3. Writes an HTML file of that size into STATIC_ROOT: the ceiling, served by whitenoise
   from the same gunicorn, through Django's WSGI handler and SecurityMiddleware only.
4. Starts gunicorn twice on a free local port: first with PAGE_CACHE_SECONDS=0 (every
   page rendered), then with PAGE_CACHE_SECONDS=600. Both use Redis as the cache
   (REDIS_URL=redis://127.0.0.1:6379/<n>, the highest-numbered empty database, flushed
   before each server and at the end). Workers are sync workers with one thread each
   (``--workers 2``), as in bench/submissions.py; ``--threads N`` (N > 1) switches to
   gthread workers, which keep connections alive.
5. For each URL (home, index, index filtered, a case study page, a toolkit page in
   English and in Arabic, the static file):
   warms up every worker, then times ``--requests`` GETs with 1 client and with
   ``--clients`` (20) concurrent clients: requests/s, p50 and p95 latency as the client
   sees it, server CPU per request and SQL queries per request. Every response must be a
   200 of the expected size and, with the cache on, carry ``X-Page-Cache: hit``.
6. Always stops gunicorn, drops the PostgreSQL database it created, flushes the Redis
   database it used and removes the temp dir (unless ``--keep``).

Settings: production (cms_site/settings/production.py, so DEBUG is off and Django keeps no
query log) through a two-line settings module written to the temp dir, which points
STATIC_ROOT there (base.py fixes it to <project>/static_collected) and adds a temp static
dir holding GOV.UK Frontend's source maps when build/static lacks them: the minified CSS
and JS name them and ManifestStaticFilesStorage's collectstatic fails without them.
Environment: SECRET_KEY (random), ALLOWED_HOSTS=127.0.0.1,localhost,
SECURE_SSL_REDIRECT=false (no TLS here), DATABASE_URL, REDIS_URL, PAGE_CACHE_SECONDS,
LOG_LEVEL=WARNING, locmem email; DATABASE_CONN_MAX_AGE is left at its default (base.py
forces 0, a new connection per request, on SQLite).

How it measures:

- Server CPU per request is the sum over the gunicorn workers (not the master) of the
  time on CPU, read from /proc/<pid>/schedstat (nanoseconds; /proc/<pid>/stat's utime +
  stime in clock ticks if schedstat is missing), before and after each timed run, divided
  by the requests. It is the steadiest figure on a shared machine. It includes
  gunicorn's HTTP handling and the benchmark's hooks, and SQLite (which runs inside the
  worker); it leaves out PostgreSQL's and Redis's own processes (Redis's CPU is printed
  separately from its INFO, for the whole server).
- Queries are counted inside the workers by a gunicorn config file (written to the temp
  dir) whose ``pre_request``/``post_request`` hooks add an execute wrapper to Django's
  connection and append one JSON line per request to a stats file, as in
  bench/submissions.py (statements run through a cursor; SQLite's connection PRAGMAs and
  COMMITs are not counted).
- The client is Python: one thread per concurrent client, each with its own raw
  HTTP/1.1 socket (no Accept-Encoding, so nothing is compressed), kept alive when the
  server allows it (sync workers close after each response, so each request there also
  pays a local TCP connect). Latency is from sending the request to the last byte.

Caveats (printed too): the clients run on the same machine as the server and compete
with it for the CPUs (the client's own CPU per request is printed), so requests/s at 20
clients, and most of all the static ceiling, are lower than a separate load generator
would see, and p95 varies with whatever else runs here; server CPU per request is the
figure to compare between runs. No TLS, proxy or CDN is in front. The stories have no
photos (no image renditions) and no share images. One static file of the index page's
size is the ceiling for every page, smaller pages included.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import secrets
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

PROJECT_ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = PROJECT_ROOT / ".venv" / "bin"
PYTHON = VENV_BIN / "python" if (VENV_BIN / "python").exists() else Path(sys.executable)
GUNICORN = VENV_BIN / "gunicorn"
GOVUK_BUILD = PROJECT_ROOT / "build" / "static" / "govuk"
GOVUK_NPM = PROJECT_ROOT / "node_modules" / "govuk-frontend" / "dist" / "govuk"
SOURCE_MAPS = ("govuk-frontend.min.css.map", "govuk-frontend.min.js.map")

SETTINGS_MODULE = "mtr_bench_pages_settings"
CACHE_SECONDS = 600
REDIS_BASE_URL = "redis://127.0.0.1:6379"
STATIC_NAME = "bench/ceiling.html"
FILTERED_QUERY = "theme=damp_mould&region=london"

SETUP_TIMEOUT = 600.0  # seconds, per setup command
START_TIMEOUT = 40.0  # seconds for gunicorn to answer
STOP_TIMEOUT = 15.0  # seconds for gunicorn to stop gracefully
REQUEST_TIMEOUT = 30.0  # seconds, per request
RUN_TIMEOUT = 300.0  # seconds, per timed run

# Targets from the issue.
CACHED_SHARE_OF_STATIC = 0.80
UNCACHED_CPU_MS = 10.0
CASE_STUDY_P50_MS = 40.0

# Environment variables that would change what is measured: removed, or set below.
SCRUBBED_ENV = (
    "REDIS_URL",
    "DATABASE_URL",
    "DATABASE_CONN_MAX_AGE",
    "ALLOWED_HOSTS",
    "DEBUG",
    "LOG_LEVEL",
    "CACHE_KEY_PREFIX",
    "PAGE_CACHE_SECONDS",
    "PAGE_CACHE_CDN_SECONDS",
    "TASKS_BACKEND",
    "EMAIL_BACKEND",
    "DJANGO_SETTINGS_MODULE",
    "PYTHONPATH",
)
SCRUBBED_PREFIXES = ("ANYMAIL_", "FRONTEND_CACHE_", "SECURE_")

SETTINGS_OVERRIDE = '''\
"""Written by bench/pages.py: production settings, static files collected into the temp dir."""

import os
from pathlib import Path

from cms_site.settings.production import *  # noqa: F403

STATIC_ROOT = Path(os.environ["MTR_BENCH_STATIC_ROOT"])
# Last, so only files missing from the project's own static dirs come from here.
STATICFILES_DIRS = [*STATICFILES_DIRS, os.environ["MTR_BENCH_STATIC_EXTRA"]]  # noqa: F405
'''

GUNICORN_CONFIG = '''\
"""Written by bench/pages.py: count SQL queries per request in each worker."""
import json
import os
import threading
import time

_STATS = os.environ["MTR_BENCH_STATS"]
_state = threading.local()
_lock = threading.Lock()
_out = None


def _count(execute, sql, params, many, context):
    _state.queries = getattr(_state, "queries", 0) + 1
    return execute(sql, params, many, context)


def pre_request(worker, req):
    from django.db import connections

    conn = connections["default"]
    if _count not in conn.execute_wrappers:
        conn.execute_wrappers.append(_count)
    _state.queries = 0
    _state.start = time.perf_counter()


def post_request(worker, req, environ, resp):
    global _out
    line = json.dumps([
        os.getpid(),
        req.path + ("?" + req.query if req.query else ""),
        getattr(resp, "status_code", None) if resp is not None else None,
        getattr(_state, "queries", 0),
        (time.perf_counter() - getattr(_state, "start", time.perf_counter())) * 1000,
    ])
    with _lock:
        if _out is None:
            _out = open(_STATS, "a", buffering=1, encoding="utf-8")
        _out.write(line + "\\n")
'''

SEED_SCRIPT = r'''
"""Written by bench/pages.py: top up the published case studies, render the index once."""
import json
import random
import sys
import time
from datetime import timedelta

import django

django.setup()

from django.conf import settings
from django.db import connection, transaction
from django.test import Client
from django.utils import timezone

from casestudies.choices import (
    ComplaintStage, ComplaintWhen, OmbudsmanFinding, OnTime, Outcome, Region, SubmissionKind, Theme,
)
from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from cms_site.models import ToolkitPage

target = int(sys.argv[1])
rng = random.Random(20260101)
from wagtail.models import Locale

index = CaseStudyIndexPage.objects.get(locale=Locale.get_default())  # the English listing
existing = CaseStudyPage.objects.child_of(index).live().count()
themes = [c for c, _ in Theme.choices]
regions = [c for c, _ in Region.choices]
stages = [c for c, _ in ComplaintStage.choices]
whens = [c for c, _ in ComplaintWhen.choices]
on_times = [c for c, _ in OnTime.choices]
outcomes = [c for c, _ in Outcome.choices]
findings = [c for c, _ in OmbudsmanFinding.choices]
languages = [c for c, _ in settings.LANGUAGES]
words = (
    "the landlord repair mould damp boiler heating complaint stage ombudsman tenant window roof leak "
    "surveyor bedroom winter letter reply apology compensation weeks months neighbour noise safety fire "
    "door lift stairs kitchen bathroom contractor visit promised called wrote waited again finally"
).split()


def sentence(n):
    text = " ".join(rng.choice(words) for _ in range(n))
    return text[0].upper() + text[1:] + "."


queries = [0]


def count(execute, sql, params, many, context):
    queries[0] += 1
    return execute(sql, params, many, context)


now = timezone.now()
made = []
started = time.perf_counter()
with connection.execute_wrapper(count), transaction.atomic():
    for i in range(existing, target):
        kind = SubmissionKind.LANDLORD if rng.random() < 0.25 else SubmissionKind.RESIDENT
        stage = rng.choice(stages)
        published = now - timedelta(hours=(target - i) * 7)
        page = CaseStudyPage(
            title=f"{sentence(7)[:-1]} ({i + 1})",
            slug=f"bench-story-{i + 1}",
            kind=kind,
            summary=" ".join(sentence(12) for _ in range(3))[:290],
            pull_quote=sentence(12),
            story="\n\n".join(" ".join(sentence(14) for _ in range(4)) for _ in range(4)),
            what_changed=sentence(20),
            lessons=" ".join(sentence(15) for _ in range(2)) if kind == SubmissionKind.LANDLORD else "",
            attribution=f"A resident in {rng.choice(regions).replace('_', ' ').title()}",
            themes=rng.sample(themes, rng.choice([1, 1, 2, 2, 3])),
            complaint_stage=stage,
            complaint_when=rng.choice(whens),
            responses_on_time=rng.choice(on_times),
            outcomes=rng.sample(outcomes, rng.choice([1, 2])),
            ombudsman_finding=rng.choice(findings) if stage == ComplaintStage.OMBUDSMAN else "",
            region=rng.choice(regions),
            story_language=rng.choices(languages, weights=[10, 1, 1, 2, 1, 1, 1])[0],
            live=True,
            has_unpublished_changes=False,
            first_published_at=published,
            last_published_at=published,
        )
        index.add_child(instance=page)
        made.append((page.pk, kind))
    seconds = time.perf_counter() - started
    # Pair about one story in ten with one of the other kind (the "paired story" panel).
    residents = [pk for pk, kind in made if kind == SubmissionKind.RESIDENT]
    landlords = [pk for pk, kind in made if kind == SubmissionKind.LANDLORD]
    for resident, landlord in zip(residents[::8], landlords[::2]):
        CaseStudyPage.objects.filter(pk=resident).update(paired_case_study_id=landlord)
        CaseStudyPage.objects.filter(pk=landlord).update(paired_case_study_id=resident)
    # The page to time: a resident's English story that went to the Ombudsman, with a paired
    # landlord's story and themes (all of the page's parts), from the middle of the list.
    candidates = list(
        CaseStudyPage.objects.live()
        .filter(kind=SubmissionKind.RESIDENT, story_language="en", complaint_stage=ComplaintStage.OMBUDSMAN)
        .exclude(paired_case_study=None)
        .exclude(themes=[])
        .order_by("path")
    ) or list(CaseStudyPage.objects.live().order_by("path"))
    story = candidates[len(candidates) // 2] if candidates else None

client = Client(HTTP_HOST="127.0.0.1")
index_url = index.get_url()
# A toolkit page (FAQ accordion, downloads, images, stories) in English and in Arabic.
toolkit_urls = {}
toolkit = ToolkitPage.objects.live().filter(locale__language_code="en").order_by("path").first()
if toolkit is not None:
    toolkit_urls["toolkit en"] = toolkit.get_url()
    arabic = toolkit.get_translations().live().filter(locale__language_code="ar").first()
    if arabic is not None:
        toolkit_urls["toolkit ar"] = arabic.get_url()
sizes = {}
for url in ["/", index_url, f"{index_url}?{sys.argv[2]}"] + ([story.get_url()] if story else []) + list(toolkit_urls.values()):
    response = client.get(url)
    sizes[url] = [response.status_code, len(response.content)]
print(json.dumps({
    "existing": existing,
    "made": len(made),
    "seconds": seconds,
    "queries": queries[0],
    "live_stories": CaseStudyPage.objects.live().count(),
    "toolkits": ToolkitPage.objects.live().count(),
    "index_url": index_url,
    "story_url": story.get_url() if story else None,
    "toolkit_urls": toolkit_urls,
    "story_title": story.title if story else None,
    "sizes": sizes,
}))
'''


# --------------------------------------------------------------------------- setup


def load_average() -> str:
    try:
        return " ".join(f"{v:.2f}" for v in os.getloadavg())
    except OSError:
        return "n/a"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Postgres:
    """Create and drop the benchmark's own PostgreSQL database."""

    url: str
    name: str = ""
    admin_url: str = ""
    created: bool = False

    def __post_init__(self) -> None:
        parts = urlsplit(self.url)
        if parts.scheme not in ("postgres", "postgresql", "pgsql", "postgis"):
            raise SystemExit(f"--database-url must be a postgres:// URL, not {parts.scheme}://")
        self.name = unquote(parts.path.lstrip("/"))
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,62}", self.name or ""):
            raise SystemExit(f"--database-url needs a plain database name, got {self.name!r}")
        self.admin_url = urlunsplit(("postgresql", parts.netloc, "/postgres", parts.query, ""))

    def _connect(self):
        import psycopg

        return psycopg.connect(self.admin_url, autocommit=True, connect_timeout=10)

    def create(self) -> None:
        with self._connect() as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (self.name,)).fetchone()
            if exists:
                raise SystemExit(
                    f"Database {self.name!r} already exists; not touching it. "
                    "Drop it yourself or name another one in --database-url."
                )
            conn.execute(f'CREATE DATABASE "{self.name}"')
            self.created = True

    def drop(self) -> None:
        if not self.created:
            return
        with self._connect() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        self.created = False

    def server_version(self) -> str:
        with self._connect() as conn:
            return conn.execute("SHOW server_version").fetchone()[0]


class RedisDb:
    """The highest-numbered empty Redis database, flushed before use and at the end."""

    def __init__(self, base_url: str) -> None:
        import redis

        self.base_url = base_url.rstrip("/")
        probe = redis.Redis.from_url(f"{self.base_url}/0", socket_timeout=5)
        try:
            probe.ping()
        except redis.RedisError as exc:
            raise SystemExit(f"Redis at {self.base_url} is needed (the production cache): {exc}") from exc
        try:
            count = int(probe.config_get("databases").get("databases", 16))
        except (redis.RedisError, ValueError):
            count = 16  # CONFIG may be disabled; 16 is Redis's default
        self.number: int | None = None
        for number in range(count - 1, 0, -1):
            client = redis.Redis.from_url(f"{self.base_url}/{number}", socket_timeout=5)
            if client.dbsize() == 0:
                self.number = number
                self.client = client
                break
            client.close()
        probe.close()
        if self.number is None:
            raise SystemExit(f"No empty Redis database at {self.base_url}; not flushing anyone's data.")
        self.url = f"{self.base_url}/{self.number}"
        self.used = False

    def flush(self) -> None:
        self.used = True
        self.client.flushdb()

    def cpu_seconds(self) -> float:
        """The Redis server's own user + system CPU (all clients, all databases)."""
        try:
            info = self.client.info("cpu")
            return float(info["used_cpu_user"]) + float(info["used_cpu_sys"])
        except Exception:
            return float("nan")

    def keys(self) -> int:
        return int(self.client.dbsize())

    def close(self) -> None:
        if self.used:
            self.client.flushdb()
        self.client.close()


def bench_env(tmp: Path, database_url: str, redis_url: str, stats_file: Path) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if k not in SCRUBBED_ENV and not k.startswith(SCRUBBED_PREFIXES)
    }
    for name in ("media", "private-media", "static", "static-extra", "pysettings"):
        (tmp / name).mkdir(exist_ok=True)
    (tmp / "pysettings" / f"{SETTINGS_MODULE}.py").write_text(SETTINGS_OVERRIDE, encoding="utf-8")
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": SETTINGS_MODULE,
            "PYTHONPATH": f"{tmp / 'pysettings'}{os.pathsep}{PROJECT_ROOT}",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "PUBLIC_BASE_URL": "http://127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": database_url,
            "REDIS_URL": redis_url,
            "PAGE_CACHE_SECONDS": "0",
            "MEDIA_ROOT": str(tmp / "media"),
            "PRIVATE_MEDIA_ROOT": str(tmp / "private-media"),
            "MTR_BENCH_STATIC_ROOT": str(tmp / "static"),
            "MTR_BENCH_STATIC_EXTRA": str(tmp / "static-extra"),
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "LOG_LEVEL": "WARNING",
            "PYTHONUNBUFFERED": "1",
            "PYTHONDONTWRITEBYTECODE": "1",
            "MTR_BENCH_STATS": str(stats_file),
        }
    )
    return env


def provide_source_maps(extra: Path) -> list[str]:
    """Source maps the minified GOV.UK files name but build/static lacks; returns those provided."""
    provided = []
    for name in SOURCE_MAPS:
        if (GOVUK_BUILD / name).exists():
            continue
        target = extra / "govuk" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if (GOVUK_NPM / name).exists():
            shutil.copy2(GOVUK_NPM / name, target)
        else:
            target.write_text('{"version":3,"sources":[],"names":[],"mappings":""}', encoding="utf-8")
        provided.append(name)
    return provided


def run_python(env: dict[str, str], args: list[str], label: str) -> tuple[float, str]:
    started = time.perf_counter()
    try:
        result = subprocess.run(
            [str(PYTHON), *args],
            cwd=PROJECT_ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=SETUP_TIMEOUT,
        )
    except subprocess.TimeoutExpired as exc:
        raise SystemExit(f"{label} took over {SETUP_TIMEOUT:.0f} s") from exc
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-3000:] + result.stderr[-5000:])
        raise SystemExit(f"{label} failed with exit code {result.returncode}")
    return time.perf_counter() - started, result.stdout


def manage(env: dict[str, str], *args: str) -> float:
    seconds, _out = run_python(env, ["manage.py", *args], f"manage.py {' '.join(args)}")
    return seconds


def write_static_file(static_root: Path, size: int) -> Path:
    """An HTML page of exactly ``size`` bytes, for whitenoise to serve as the ceiling."""
    path = static_root / STATIC_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    head = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Ceiling</title></head><body>\n'
    )
    tail = "</body></html>\n"
    line = '<p class="govuk-body">The same number of bytes as the rendered story index page.</p>\n'
    body_size = max(0, size - len(head) - len(tail))
    body = (line * (body_size // len(line) + 1))[:body_size]
    path.write_bytes((head + body + tail).encode("ascii"))
    return path


# --------------------------------------------------------------------------- gunicorn


class Gunicorn:
    def __init__(self, env: dict[str, str], tmp: Path, workers: int, threads: int) -> None:
        self.env = env
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.workers = workers
        self.threads = threads
        self.config = tmp / "gunicorn_pages_conf.py"
        self.config.write_text(GUNICORN_CONFIG, encoding="utf-8")
        self.log_path = tmp / "gunicorn.log"
        self.proc: subprocess.Popen | None = None
        self.log = None
        self.worker_pids: set[int] = set()
        self.cpu_source = "schedstat"

    @property
    def worker_class(self) -> str:
        return "gthread" if self.threads > 1 else "sync"

    def command(self) -> list[str]:
        return [
            str(GUNICORN),
            "cms_site.wsgi",
            "-b",
            f"127.0.0.1:{self.port}",
            "-w",
            str(self.workers),
            "-k",
            self.worker_class,
            "--threads",
            str(self.threads),
            "-c",
            str(self.config),
            "--no-control-socket",
            "--graceful-timeout",
            "10",
            "--log-level",
            "warning",
            "--error-logfile",
            str(self.log_path),
        ]

    def start(self, extra_env: dict[str, str]) -> float:
        started = time.perf_counter()
        self.log = open(self.log_path, "ab")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            self.command(),
            cwd=PROJECT_ROOT,
            env={**self.env, **extra_env},
            stdout=self.log,
            stderr=self.log,
            start_new_session=True,
        )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"gunicorn exited with code {self.proc.returncode}:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(f"{self.base}/healthz/", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            time.sleep(0.2)
        else:
            raise SystemExit(f"gunicorn did not answer within {START_TIMEOUT:.0f} s:\n{self.log_tail()}")
        # Wait for every worker to have booted (each imports Django on its own).
        while time.monotonic() < deadline and len(self.children()) < self.workers:
            time.sleep(0.1)
        self.worker_pids = set(self.children())
        return time.perf_counter() - started

    def children(self) -> list[int]:
        if self.proc is None:
            return []
        pids = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            ppid = int(stat[stat.rindex(")") + 2 :].split()[1])
            if ppid == self.proc.pid:
                pids.append(int(entry.name))
        return pids

    def cpu_seconds(self) -> tuple[float, str]:
        """Time on CPU of the current workers: schedstat (ns) where available, else utime + stime."""
        tick = os.sysconf("SC_CLK_TCK")
        total = 0.0
        source = "schedstat"
        for pid in self.children():
            self.worker_pids.add(pid)
            try:
                total += int(Path(f"/proc/{pid}/schedstat").read_text().split()[0]) / 1e9
                continue
            except (OSError, ValueError, IndexError):
                source = "stat"
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += (int(fields[11]) + int(fields[12])) / tick
        if source != "schedstat":
            self.cpu_source = source
        return total, source

    def rss_mb(self) -> list[float]:
        sizes = []
        for pid in self.children():
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        sizes.append(int(line.split()[1]) / 1024)
            except OSError:
                continue
        return sizes

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        if self.proc is None:
            return
        self.worker_pids.update(self.children())
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        # Workers normally exit with the master; make sure none of ours is left behind.
        for pid in self.worker_pids:
            try:
                os.kill(pid, 0)
            except OSError:
                continue
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        if self.log is not None:
            self.log.close()
            self.log = None
        self.proc = None
        self.worker_pids = set()


# --------------------------------------------------------------------------- client


class HttpError(Exception):
    """The server's answer could not be read as HTTP/1.1."""


class Connection:
    """A minimal HTTP/1.1 client on one socket: cheap to run beside the server it measures."""

    def __init__(self, host: str, port: int) -> None:
        self.host = host
        self.port = port
        self.sock: socket.socket | None = None
        self.buffer = b""
        self.connects = 0

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
        self.sock = None
        self.buffer = b""

    def _recv(self) -> bytes:
        assert self.sock is not None
        data = self.sock.recv(262144)
        if not data:
            raise ConnectionResetError("connection closed by the server")
        return data

    def get(self, path: str) -> tuple[int, dict[str, str], bytes]:
        reused = self.sock is not None
        try:
            return self._get(path)
        except (ConnectionError, BrokenPipeError):
            self.close()
            if not reused:
                raise
            return self._get(path)  # a kept-alive connection the server had closed: once more

    def _get(self, path: str) -> tuple[int, dict[str, str], bytes]:
        if self.sock is None:
            self.sock = socket.create_connection((self.host, self.port), timeout=REQUEST_TIMEOUT)
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.connects += 1
        request = (
            f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
            "User-Agent: mtr-bench-pages/1\r\nAccept: text/html,*/*\r\n\r\n"
        )
        self.sock.sendall(request.encode("ascii"))
        while b"\r\n\r\n" not in self.buffer:
            self.buffer += self._recv()
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        parts = lines[0].split(" ", 2)
        if len(parts) < 2 or not parts[0].startswith("HTTP/"):
            raise HttpError(f"bad status line {lines[0]!r}")
        status = int(parts[1])
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        if "content-length" in headers:
            length = int(headers["content-length"])
            while len(self.buffer) < length:
                self.buffer += self._recv()
            body, self.buffer = self.buffer[:length], self.buffer[length:]
        elif headers.get("transfer-encoding", "").lower() == "chunked":
            body = self._chunked()
        else:  # delimited by the server closing the connection
            chunks = [self.buffer]
            while True:
                data = self.sock.recv(262144)
                if not data:
                    break
                chunks.append(data)
            body = b"".join(chunks)
            self.close()
            return status, headers, body
        if headers.get("connection", "").lower() == "close" or parts[0] == "HTTP/1.0":
            self.close()
        return status, headers, body

    def _chunked(self) -> bytes:
        body = []
        while True:
            while b"\r\n" not in self.buffer:
                self.buffer += self._recv()
            size_line, self.buffer = self.buffer.split(b"\r\n", 1)
            size = int(size_line.split(b";")[0], 16)
            while len(self.buffer) < size + 2:
                self.buffer += self._recv()
            body.append(self.buffer[:size])
            self.buffer = self.buffer[size + 2 :]
            if size == 0:
                while self.buffer[:2] != b"\r\n" and b"\r\n\r\n" not in self.buffer:
                    self.buffer += self._recv()  # trailers
                self.buffer = self.buffer.split(b"\r\n", 1)[1] if self.buffer[:2] == b"\r\n" else b""
                return b"".join(body)


@dataclass
class Run:
    """One timed run: one URL, one concurrency, one server."""

    label: str
    path: str
    cache: str  # "off", "on" or "-" (the static file)
    clients: int
    requests: int = 0
    wall: float = 0.0
    latencies: list[float] = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    cache_headers: Counter = field(default_factory=Counter)
    sizes: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)
    connects: int = 0
    server_cpu: float = 0.0
    client_cpu: float = 0.0
    redis_cpu: float = float("nan")
    queries: list[int] = field(default_factory=list)
    server_ms: list[float] = field(default_factory=list)
    server_statuses: Counter = field(default_factory=Counter)
    paired: Run | None = None  # the static file timed just after this run (cache on)

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.wall if self.wall else float("nan")

    @property
    def ok(self) -> int:
        return self.statuses.get(200, 0)

    def cpu_ms(self) -> float:
        return self.server_cpu / self.requests * 1000 if self.requests else float("nan")


def load(base_port: int, path: str, count: int, clients: int) -> tuple[list[tuple], float, int]:
    """``count`` GETs of ``path`` from ``clients`` threads. Returns (results, wall seconds, connects)."""
    results: list[tuple] = []
    lock = threading.Lock()
    issued = 0
    deadline = time.monotonic() + RUN_TIMEOUT
    connects = 0

    def client() -> None:
        nonlocal issued, connects
        conn = Connection("127.0.0.1", base_port)
        mine = []
        try:
            while True:
                with lock:
                    if issued >= count or time.monotonic() > deadline:
                        break
                    issued += 1
                started = time.perf_counter()
                try:
                    status, headers, body = conn.get(path)
                    mine.append(
                        (
                            time.perf_counter() - started,
                            status,
                            headers.get("x-page-cache", ""),
                            len(body),
                            "",
                        )
                    )
                except (OSError, HttpError, ValueError) as exc:
                    conn.close()
                    mine.append((time.perf_counter() - started, 0, "", 0, f"{type(exc).__name__}: {exc}"))
        finally:
            conn.close()
            with lock:
                results.extend(mine)
                connects += conn.connects

    threads = [threading.Thread(target=client, name=f"client-{i}", daemon=True) for i in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(RUN_TIMEOUT + REQUEST_TIMEOUT + 5)
    return results, time.perf_counter() - started, connects


def read_stats(path: Path, offset: int) -> list[list]:
    try:
        with open(path, encoding="utf-8") as f:
            f.seek(offset)
            return [json.loads(line) for line in f if line.strip()]
    except OSError:
        return []


def read_log(path: Path, offset: int) -> str:
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            f.seek(offset)
            return f.read()
    except OSError:
        return ""


def file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def measure(
    server: Gunicorn,
    redis_db: RedisDb,
    stats_file: Path,
    label: str,
    path: str,
    cache: str,
    clients: int,
    count: int,
) -> Run:
    run = Run(label=label, path=path, cache=cache, clients=clients)
    time.sleep(0.2)  # let the last post_request hooks of the previous run finish
    offset = file_size(stats_file)
    cpu_before, _source = server.cpu_seconds()
    redis_before = redis_db.cpu_seconds()
    client_before = resource.getrusage(resource.RUSAGE_SELF)
    results, run.wall, run.connects = load(server.port, path, count, clients)
    client_after = resource.getrusage(resource.RUSAGE_SELF)
    time.sleep(0.2)  # post_request runs after the response is sent: include it
    cpu_after, _source = server.cpu_seconds()
    run.redis_cpu = redis_db.cpu_seconds() - redis_before
    run.server_cpu = cpu_after - cpu_before
    run.client_cpu = (client_after.ru_utime + client_after.ru_stime) - (
        client_before.ru_utime + client_before.ru_stime
    )
    run.requests = len(results)
    for seconds, status, cache_header, size, error in results:
        run.statuses[status] += 1
        if error:
            run.errors[error[:200]] += 1
            continue
        run.latencies.append(seconds)
        run.cache_headers[cache_header or "(none)"] += 1
        run.sizes[size] += 1
    for _pid, stat_path, status, queries, ms in read_stats(stats_file, offset):
        if stat_path == path:
            run.queries.append(queries)
            run.server_ms.append(ms)
            run.server_statuses[status] += 1
    return run


def warm_up(server: Gunicorn, paths: list[str]) -> dict[str, tuple[int, int, str]]:
    """Every URL a few times from several clients, so each worker has rendered (and cached) it."""
    first: dict[str, tuple[int, int, str]] = {}
    for path in paths:
        conn = Connection("127.0.0.1", server.port)
        try:
            status, headers, body = conn.get(path)
            first[path] = (status, len(body), headers.get("x-page-cache", ""))
        except (OSError, HttpError, ValueError) as exc:
            first[path] = (0, 0, f"{type(exc).__name__}: {exc}")
        finally:
            conn.close()
        load(server.port, path, 6 * server.workers, 2 * server.workers)
    return first


# --------------------------------------------------------------------------- figures


def percentile(values: list[float], pct: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * pct / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def verdict(ok: bool) -> str:
    return "meets" if ok else "misses"


def fmt(value: float, spec: str = ".1f") -> str:
    return "n/a" if value != value else format(value, spec)  # NaN check


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=2000, help="published case studies (default 2000)")
    parser.add_argument(
        "--requests",
        type=int,
        help="timed requests per URL and concurrency (default 300 with 1 client, 1000 with --clients)",
    )
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients (default 20)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument(
        "--threads",
        type=int,
        default=1,
        help="threads per worker; more than 1 uses gthread (default 1: sync)",
    )
    parser.add_argument(
        "--database-url",
        help="PostgreSQL instead of SQLite, e.g. postgres://postgres@127.0.0.1:5432/mtr_bench_pages "
        "(created and dropped by this script; must not exist yet)",
    )
    parser.add_argument(
        "--redis-url", default=REDIS_BASE_URL, help=f"Redis server (default {REDIS_BASE_URL})"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args()
    if min(args.stories, args.clients, args.workers, args.threads) < 1 or (
        args.requests is not None and args.requests < 1
    ):
        parser.error("--stories, --requests, --clients, --workers and --threads must be at least 1")
    requests_for = {1: args.requests or 300, args.clients: args.requests or 1000}
    concurrencies = sorted(requests_for)

    total_started = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="mtr-bench-pages-"))
    stats_file = tmp / "requests.jsonl"
    postgres = Postgres(args.database_url) if args.database_url else None
    sqlite_path = None if postgres else tmp / "bench.sqlite3"
    database_url = args.database_url if postgres else f"sqlite:///{sqlite_path}"
    redis_db: RedisDb | None = None
    server: Gunicorn | None = None
    try:
        redis_db = RedisDb(args.redis_url)
        env = bench_env(tmp, database_url, redis_db.url, stats_file)
        server = Gunicorn(env, tmp, args.workers, args.threads)
        print(f"Machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, temp dir {tmp}")
        print(f"Load average (1/5/15 min) at the start: {load_average()}")
        if postgres:
            postgres.create()
            db_label = f"PostgreSQL {postgres.server_version()} ({postgres.name}, created for this run)"
        else:
            db_label = f"SQLite {sqlite3.sqlite_version} ({sqlite_path}; base.py: WAL, CONN_MAX_AGE=0)"
        print(f"Database: {db_label}")
        print(f"Cache: Redis {redis_db.url} (empty database, flushed before each server and at the end)")

        migrate_s = manage(env, "migrate", "--no-input")
        demo_s = manage(env, "load_demo_content")
        provided = provide_source_maps(tmp / "static-extra")
        collect_s = manage(env, "collectstatic", "--no-input")
        print(
            f"Setup: migrate {migrate_s:.1f} s, load_demo_content {demo_s:.1f} s, collectstatic {collect_s:.1f} s"
        )
        if provided:
            print(
                f"  note: build/static/govuk lacks {', '.join(provided)}, which the minified files name; "
                "collectstatic (ManifestStaticFilesStorage) fails without them, so copies were added "
                "from node_modules in a temp static dir"
            )

        seed_path = tmp / "seed_stories.py"
        seed_path.write_text(SEED_SCRIPT, encoding="utf-8")
        seed_wall, seed_out = run_python(env, [str(seed_path), str(args.stories), FILTERED_QUERY], "seed")
        seed = json.loads(seed_out.strip().splitlines()[-1])
        per_page = seed["seconds"] / seed["made"] * 1000 if seed["made"] else float("nan")
        print(
            f"Stories: {seed['existing']} from load_demo_content, {seed['made']} added with treebeard add_child "
            f"in {seed['seconds']:.1f} s ({fmt(per_page)} ms and "
            f"{seed['queries'] / max(1, seed['made']):.0f} queries per page; script {seed_wall:.1f} s); "
            f"{seed['live_stories']} live, {seed['toolkits']} toolkit pages"
        )
        if seed["story_url"] is None:
            raise SystemExit("No case study page to time.")
        if redis_db is not None:
            redis_db.flush()  # the seed's render put navigation entries there

        index_url = seed["index_url"]
        pages = [
            ("home", "/"),
            ("index", index_url),
            ("index filtered", f"{index_url}?{FILTERED_QUERY}"),
            ("case study", seed["story_url"]),
            *seed["toolkit_urls"].items(),
        ]
        index_size = seed["sizes"][index_url][1]
        static_path = write_static_file(tmp / "static", index_size)
        static_url = f"/static/{STATIC_NAME}"
        print(
            "Pages: "
            + ", ".join(f"{label} {path} ({seed['sizes'][path][1] / 1024:.1f} KiB)" for label, path in pages)
        )
        print(
            f"Static ceiling: {static_url}, {static_path.stat().st_size / 1024:.1f} KiB (the index page's size)"
        )

        runs: list[Run] = []
        redis_keys = 0
        for cache, seconds in (("off", "0"), ("on", str(CACHE_SECONDS))):
            redis_db.flush()
            log_offset = file_size(server.log_path)
            boot_s = server.start({"PAGE_CACHE_SECONDS": seconds})
            print()
            print(
                f"Server, page cache {cache} (PAGE_CACHE_SECONDS={seconds}): gunicorn {args.workers} "
                f"{server.worker_class} workers x {args.threads} thread(s) on {server.base}, production "
                f"settings, answered after {boot_s:.1f} s"
            )
            targets = [*pages, ("static file", static_url)]
            first = warm_up(server, [path for _label, path in targets])
            for label, path in targets:
                status, size, header = first[path]
                expected = "miss" if cache == "on" and label != "static file" else ""
                if status != 200 or header != expected:
                    print(f"  first GET {path}: HTTP {status}, {size} bytes, X-Page-Cache {header!r}")
            for label, path in targets:
                for clients in concurrencies:
                    run = measure(
                        server,
                        redis_db,
                        stats_file,
                        label,
                        path,
                        "-" if label == "static file" else cache,
                        clients,
                        requests_for[clients],
                    )
                    runs.append(run)
                    if cache == "on" and label != "static file":
                        # The ceiling timed straight after, so that drift in the machine's load
                        # affects both alike.
                        run.paired = measure(
                            server,
                            redis_db,
                            stats_file,
                            "static file",
                            static_url,
                            "-",
                            clients,
                            requests_for[clients],
                        )
                    print(
                        f"  {label:<15} c={clients:<3} {run.rate:7.0f} req/s  p50 "
                        f"{fmt(percentile(run.latencies, 50) * 1000):>6} ms  p95 "
                        f"{fmt(percentile(run.latencies, 95) * 1000):>6} ms  CPU {fmt(run.cpu_ms(), '.2f')} ms/req"
                        + (f"  (static just after: {run.paired.rate:.0f} req/s)" if run.paired else "")
                    )
            if cache == "on":
                redis_keys = redis_db.keys()
            server.stop()
            errors = [
                line
                for line in read_log(server.log_path, log_offset).splitlines()
                if any(w in line for w in ("Error", "CRITICAL", "WORKER TIMEOUT", "[ERROR]", "Traceback"))
            ]
            if errors:
                print("  server log:")
                for line in errors[:8]:
                    print(f"    {line[:200]}")

        report(args, runs, pages, requests_for, concurrencies, redis_keys, seed, db_label)
        print(
            "Server CPU read from /proc/<pid>/"
            + ("schedstat (ns)" if server.cpu_source == "schedstat" else "stat utime+stime (clock ticks)")
        )
        print(
            f"Load average (1/5/15 min) at the end: {load_average()} "
            "(anything else busy on this machine skews the figures)"
        )
        print(f"Total run time including setup: {time.perf_counter() - total_started:.1f} s")
        return 0
    finally:
        if server is not None:
            server.stop()
        if postgres:
            try:
                postgres.drop()
            except Exception as exc:  # report, but still clean up the rest
                print(f"Could not drop database {postgres.name!r}: {exc}", file=sys.stderr)
        if redis_db is not None:
            try:
                redis_db.close()
            except Exception as exc:
                print(f"Could not flush Redis database {redis_db.url}: {exc}", file=sys.stderr)
        if args.keep:
            print(f"Kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


def report(
    args,
    runs: list[Run],
    pages: list[tuple[str, str]],
    requests_for: dict[int, int],
    concurrencies: list[int],
    redis_keys: int,
    seed: dict,
    db_label: str,
) -> None:
    by_key = {(r.label, r.cache, r.clients): r for r in runs}
    # The ceiling for the cached pages is the static file on the same (cache on) server.
    statics = [r for r in runs if r.label == "static file"]
    static_on = {r.clients: r for r in statics[len(statics) // 2 :]}
    static_off = {r.clients: r for r in statics[: len(statics) // 2]}
    c_hi = concurrencies[-1]

    print()
    print(
        f"Results: {seed['live_stories']} published stories, {db_label.split(' (')[0]}, gunicorn "
        f"{args.workers} {'gthread' if args.threads > 1 else 'sync'} workers x {args.threads} thread(s), "
        + ", ".join(f"{requests_for[c]} requests at c={c}" for c in concurrencies)
    )
    head = " ".join(f"{'c=' + str(c) + ' req/s':>11} {'p50 ms':>7} {'p95 ms':>7}" for c in concurrencies)
    print(
        f"  {'page':<15} {'cache':<5} {'KiB':>5} {head} {'CPU ms/req':>10} {'queries':>7} "
        f"{'% static':>10} {'client ms':>9}"
    )
    rows = [(label, cache) for label, _path in pages for cache in ("off", "on")]
    rows += [("static file", "-")]
    for label, cache in rows:
        chosen = [by_key.get((label, cache, c)) for c in concurrencies]
        if label == "static file":
            # Static file: both servers' figures, one row each.
            for name, group in (("cache off", static_off), ("cache on", static_on)):
                print_row(label, f"({name[6:]})", [group.get(c) for c in concurrencies], None)
            continue
        ceiling = [(r.paired if r else None) for r in chosen] if cache == "on" else None
        print_row(label, cache, chosen, ceiling)
    print(
        "  CPU ms/req: gunicorn workers' time on CPU over both timed runs / requests; queries: mean per "
        "request; % static: the cached page's req/s as a share of the static file's, timed straight "
        f"after it on the same server, at c=1 / c={c_hi}; client ms: the benchmark client's own CPU per request (it shares the CPUs)"
    )
    redis_runs = [r for r in runs if r.cache == "on" and r.redis_cpu == r.redis_cpu]
    if redis_runs:
        redis_ms = sum(r.redis_cpu for r in redis_runs) / max(1, sum(r.requests for r in redis_runs)) * 1000
        print(
            f"  Redis server CPU with the cache on: {redis_ms:.3f} ms per cached page request "
            f"(whole server, from INFO); {redis_keys} keys in the benchmark's Redis database"
        )

    problems = []
    for r in runs:
        expected = "hit" if r.cache == "on" else "(none)"
        bad_status = r.requests - r.ok
        other_headers = sum(n for h, n in r.cache_headers.items() if h != expected)
        sizes = sorted(r.sizes)
        if bad_status or r.errors:
            problems.append(
                f"{r.label} cache {r.cache} c={r.clients}: statuses {dict(r.statuses)}, "
                f"errors {dict(r.errors.most_common(3))}"
            )
        if other_headers:
            problems.append(
                f"{r.label} cache {r.cache} c={r.clients}: X-Page-Cache {dict(r.cache_headers)} "
                f"(expected {expected!r} on every response)"
            )
        if len(sizes) > 1:
            problems.append(f"{r.label} cache {r.cache} c={r.clients}: response sizes vary {sizes[:5]}")
        if r.queries and len(r.queries) != r.requests:
            problems.append(
                f"{r.label} cache {r.cache} c={r.clients}: the hooks saw {len(r.queries)} of {r.requests} requests"
            )
        server_bad = {k: v for k, v in r.server_statuses.items() if k != 200}
        if server_bad:
            problems.append(f"{r.label} cache {r.cache} c={r.clients}: server statuses {server_bad}")
    print()
    if problems:
        print("Checks: PROBLEMS")
        for line in problems:
            print(f"  {line}")
    else:
        print(
            "Checks: every response was a 200 of the same size; X-Page-Cache was 'hit' on every cached "
            "page response and absent with the cache off"
        )

    print()
    print("Targets")
    for label, _path in pages:
        on = [by_key.get((label, "on", c)) for c in concurrencies]
        shares = [
            (run.rate / run.paired.rate if run and run.paired and run.paired.rate else float("nan"))
            for run in on
        ]
        share_hi = shares[-1]
        # What a CPU-bound server could reach: the static file's CPU per request over the page's.
        cpu_share = cpu_ms([r.paired if r else None for r in on]) / cpu_ms(on)
        print(
            f"  cached {label:<15} at least {CACHED_SHARE_OF_STATIC:.0%} of the static rate: "
            f"{fmt(share_hi * 100, '.0f')}% at c={c_hi} ({fmt(shares[0] * 100, '.0f')}% at c=1; "
            f"by server CPU per request {fmt(cpu_share * 100, '.0f')}%): "
            f"{verdict(share_hi >= CACHED_SHARE_OF_STATIC)}"
        )
    for label, _path in pages:
        off = [by_key.get((label, "off", c)) for c in concurrencies]
        cpu = cpu_ms(off)
        print(
            f"  uncached {label:<15} under {UNCACHED_CPU_MS:.0f} ms server CPU: {fmt(cpu, '.1f')} ms, "
            f"{fmt(mean_queries(off), '.0f')} queries: {verdict(cpu < UNCACHED_CPU_MS)}"
        )
    for cache in ("off", "on"):
        run = by_key.get(("case study", cache, 1))
        p50 = percentile(run.latencies, 50) * 1000 if run else float("nan")
        print(
            f"  case study page, cache {cache:<3} under {CASE_STUDY_P50_MS:.0f} ms p50 with one client: "
            f"{fmt(p50, '.1f')} ms: {verdict(p50 < CASE_STUDY_P50_MS)}"
        )
    print(
        "  (for comparison, Wagtail's bakerydemo measured here: 20-40 ms of CPU and 22-48 queries per page)"
    )

    print()
    print("Caveats")
    print(
        f"  - The Python client runs on this machine ({os.cpu_count()} CPUs) beside the {args.workers} "
        "workers and takes CPU from them (see 'client ms'): req/s at c>1, and the static ceiling most of "
        "all, are below what a separate load generator would get; server CPU per request is the steady figure."
    )
    print(
        "  - Sync workers close the connection after each response, so every request also pays a local "
        "TCP connect; no TLS, proxy or CDN in front; responses are not compressed."
        if args.threads == 1
        else "  - gthread workers keep connections alive; no TLS, proxy or CDN in front; no compression."
    )
    print(
        "  - Server CPU leaves out Redis and PostgreSQL server processes (SQLite runs inside the workers); "
        "stories have no photos or share images."
    )


def cpu_ms(group: list[Run | None]) -> float:
    present = [r for r in group if r is not None and r.requests]
    total_requests = sum(r.requests for r in present)
    return sum(r.server_cpu for r in present) / total_requests * 1000 if total_requests else float("nan")


def mean_queries(group: list[Run | None]) -> float:
    values = [q for r in group if r is not None for q in r.queries]
    return statistics.mean(values) if values else float("nan")


def print_row(label: str, cache: str, group: list[Run | None], ceiling: list[Run | None] | None) -> None:
    cells = []
    for run in group:
        if run is None:
            cells.append(f"{'-':>11} {'-':>7} {'-':>7}")
            continue
        cells.append(
            f"{run.rate:11.0f} {fmt(percentile(run.latencies, 50) * 1000):>7} "
            f"{fmt(percentile(run.latencies, 95) * 1000):>7}"
        )
    present = [r for r in group if r is not None]
    size = statistics.mean(s for r in present for s in r.sizes.elements()) / 1024 if present else float("nan")
    share = ""
    if ceiling is not None:
        shares = [
            f"{run.rate / top.rate * 100:.0f}" if run and top and top.rate else "-"
            for run, top in zip(group, ceiling, strict=True)
        ]
        share = "/".join(shares) + "%"
    client = sum(r.client_cpu for r in present) / max(1, sum(r.requests for r in present)) * 1000
    print(
        f"  {label:<15} {cache:<5} {fmt(size):>5} {' '.join(cells)} {fmt(cpu_ms(group), '.2f'):>10} "
        f"{fmt(mean_queries(group), '.1f'):>7} {share:>10} {client:9.2f}"
    )


if __name__ == "__main__":
    sys.exit(main())
