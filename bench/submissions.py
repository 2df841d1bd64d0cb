"""Benchmark complete resident story submissions through gunicorn, end to end.

Run from the project root with the project's virtualenv:

    .venv/bin/python bench/submissions.py                  # SQLite in a temp dir
    .venv/bin/python bench/submissions.py --count 80 --concurrency 8
    .venv/bin/python bench/submissions.py \\
        --database-url postgres://postgres@127.0.0.1:5432/mtr_bench

It prints figures; it asserts nothing. What it does:

1. Makes a temporary directory with a fresh database (a SQLite file there, or the
   PostgreSQL database named by ``--database-url``, which it creates and drops
   itself and refuses to touch if it already exists), plus temporary MEDIA_ROOT
   and PRIVATE_MEDIA_ROOT, and runs ``manage.py migrate`` and
   ``manage.py load_demo_content`` with ``cms_site.settings.dev``.
2. Starts gunicorn on a free local port (sync workers, one thread each) with the
   same settings and environment, and always stops it at the end.
3. Builds one ~3 MB, 12-megapixel JPEG with phone-style GPS EXIF, in memory.
4. Runs the resident form ``--count`` times with ``--concurrency`` clients, each
   submission in its own ``requests.Session``: start page, begin, every step the
   server redirects to (GET then POST; the photos step uploads the photo and
   continues in one POST), check your answers, send, confirmation (which must show
   an MTR-XXXX-XXXX reference). Redirects are followed by hand, so every request
   is counted and timed.
5. Prints throughput, latencies, errors, and per-submission database queries,
   rows and server CPU.

Database queries are counted inside the gunicorn workers by a small gunicorn
config file (written to the temp directory) whose ``pre_request`` and
``post_request`` hooks wrap Django's connection with an execute wrapper and
append one JSON line per request to a stats file (statements run through a
cursor: on SQLite that includes each BEGIN, on neither backend the COMMITs). No
app code or settings are changed. ``--sqlite-options`` adds a query string to the
SQLite DATABASE_URL, which dj-database-url passes to the database OPTIONS, e.g.
``transaction_mode=IMMEDIATE`` to compare with Django's default deferred
transactions. The answers posted are those of ``RESIDENT_ANSWERS`` in
tests/casestudies/helpers.py, read from that file's source (not imported, as
importing it needs Django set up).

Caveats printed with the results: dev settings force DEBUG=True (Django keeps a
query log per request); the local-memory cache is per worker; static assets are
not fetched (under dev settings gunicorn does not serve them); the clients run
on the same machine as the server and compete with it for CPU; emails go to
Django's locmem backend and tasks run inline (ImmediateBackend), so the send
request includes rendering and "sending" the verification email.
"""

from __future__ import annotations

import argparse
import ast
import io
import json
import os
import re
import resource
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
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

import requests

PROJECT_ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = PROJECT_ROOT / ".venv" / "bin"
PYTHON = VENV_BIN / "python" if (VENV_BIN / "python").exists() else Path(sys.executable)
GUNICORN = VENV_BIN / "gunicorn"
HELPERS = PROJECT_ROOT / "tests" / "casestudies" / "helpers.py"

SETTINGS_MODULE = "cms_site.settings.dev"
PREFIX = "/share-your-story/"
START = PREFIX
BEGIN = f"{PREFIX}begin/"
CHECK = f"{PREFIX}check-your-answers/"
CONFIRMATION = f"{PREFIX}confirmation/"
PHOTOS_STEP = "photos"
REFERENCE = re.compile(r"\bMTR-[23456789BCDFGHJKMNPQRSTWXYZ]{4}-[23456789BCDFGHJKMNPQRSTWXYZ]{4}\b")

PHOTO_SIZE = (4000, 3000)  # 12 megapixels, a typical phone photo
PHOTO_TARGET_BYTES = 3_000_000
REQUEST_TIMEOUT = 60.0  # seconds, per request
SETUP_TIMEOUT = 240.0  # seconds, per setup command
START_TIMEOUT = 40.0  # seconds for gunicorn to answer
STOP_TIMEOUT = 15.0  # seconds for gunicorn to stop gracefully

# Environment variables that would change what is measured; the benchmark sets
# its own values or removes them so the run does not depend on the shell.
SCRUBBED_ENV = ("REDIS_URL", "TASKS_BACKEND", "DATABASE_CONN_MAX_AGE", "ALLOWED_HOSTS", "DEBUG", "LOG_LEVEL")

GUNICORN_CONFIG = '''\
"""Written by bench/submissions.py: count SQL queries per request in each worker."""
import json
import os
import threading
import time

_STATS = os.environ["MTR_BENCH_STATS"]
_state = threading.local()


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
    status = getattr(resp, "status_code", None) if resp is not None else None
    line = json.dumps({
        "pid": os.getpid(),
        "method": req.method,
        "path": req.path,
        "status": status,
        "queries": getattr(_state, "queries", 0),
        "ms": (time.perf_counter() - getattr(_state, "start", time.perf_counter())) * 1000,
    })
    with open(_STATS, "a", encoding="utf-8") as f:
        f.write(line + "\\n")
'''


class BenchError(Exception):
    """A submission did not go as a browser's would."""


class OutOfTime(Exception):
    """The overall deadline passed before the submission finished."""


# --------------------------------------------------------------------------- setup


def resident_answers() -> dict[str, dict]:
    """RESIDENT_ANSWERS from tests/casestudies/helpers.py, read from its source."""
    tree = ast.parse(HELPERS.read_text(encoding="utf-8"), str(HELPERS))
    for node in tree.body:
        target = None
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            target = node.target.id
        elif (
            isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
        ):
            target = node.targets[0].id
        if target == "RESIDENT_ANSWERS" and node.value is not None:
            return ast.literal_eval(node.value)
    raise SystemExit(f"RESIDENT_ANSWERS not found in {HELPERS}")


def build_photo() -> tuple[bytes, int, float]:
    """A ~3 MB JPEG that compresses like a photo, with GPS EXIF. Returns (bytes, quality, seconds)."""
    from PIL import ExifTags, Image

    started = time.perf_counter()
    width, height = PHOTO_SIZE
    base = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    shapes = Image.merge("RGB", [Image.effect_noise((width // 40, height // 40), 80) for _ in "RGB"]).resize(
        (width, height), Image.Resampling.BICUBIC
    )
    image = Image.blend(base, shapes, 0.6)
    grain = Image.merge("RGB", [Image.effect_noise((width, height), 40) for _ in "RGB"])
    image = Image.blend(image, grain, 0.25)

    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "BenchPhone"
    exif[ExifTags.Base.Model] = "BP-12"
    exif[ExifTags.Base.DateTime] = "2026:01:15 09:41:00"
    exif[ExifTags.Base.Orientation] = 1
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (53.0, 28.0, 51.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "W"
    gps[ExifTags.GPS.GPSLongitude] = (2.0, 14.0, 42.0)
    exif_bytes = exif.tobytes()

    def encode(quality: int) -> bytes:
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=quality, exif=exif_bytes)
        return buffer.getvalue()

    # Step the quality towards ~3 MB (each step changes the size by ~10%).
    quality, data = 85, encode(85)
    for _ in range(4):
        if abs(len(data) - PHOTO_TARGET_BYTES) <= 0.05 * PHOTO_TARGET_BYTES:
            break
        nxt = quality + (1 if len(data) < PHOTO_TARGET_BYTES else -1)
        if not 60 <= nxt <= 95:
            break
        candidate = encode(nxt)
        if abs(len(candidate) - PHOTO_TARGET_BYTES) >= abs(len(data) - PHOTO_TARGET_BYTES):
            break
        quality, data = nxt, candidate
    return data, quality, time.perf_counter() - started


def time_processing(photo: bytes, runs: int = 3) -> float | None:
    """Median seconds of casestudies.photos.process_photo on the photo, in this process, or None."""
    if str(PROJECT_ROOT) not in sys.path:
        sys.path.insert(0, str(PROJECT_ROOT))
    try:
        from casestudies.photos import process_photo
    except Exception:  # the figure is optional; never let it stop the benchmark
        return None
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        process_photo(io.BytesIO(photo), size=len(photo))
        times.append(time.perf_counter() - started)
    return statistics.median(times)


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


def bench_env(tmp: Path, database_url: str, stats_file: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in SCRUBBED_ENV and not k.startswith("ANYMAIL_")}
    media = tmp / "media"
    private = tmp / "private-media"
    media.mkdir(exist_ok=True)
    private.mkdir(exist_ok=True)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": SETTINGS_MODULE,
            "DATABASE_URL": database_url,
            "MEDIA_ROOT": str(media),
            "PRIVATE_MEDIA_ROOT": str(private),
            "SUBMISSION_RATE_LIMIT": "100000/h",
            "EMAIL_LINK_RATE_LIMIT": "100000/h",
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
            "LOG_LEVEL": "WARNING",
            "PYTHONUNBUFFERED": "1",
            "PYTHONDONTWRITEBYTECODE": "1",
            "MTR_BENCH_STATS": str(stats_file),
        }
    )
    return env


def manage(env: dict[str, str], *args: str) -> float:
    started = time.perf_counter()
    try:
        result = subprocess.run(
            [str(PYTHON), "manage.py", *args],
            cwd=PROJECT_ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=SETUP_TIMEOUT,
        )
    except subprocess.TimeoutExpired as exc:
        raise SystemExit(f"manage.py {' '.join(args)} took over {SETUP_TIMEOUT:.0f} s") from exc
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-3000:] + result.stderr[-5000:])
        raise SystemExit(f"manage.py {' '.join(args)} failed with exit code {result.returncode}")
    return time.perf_counter() - started


# --------------------------------------------------------------------------- gunicorn


class Gunicorn:
    def __init__(self, env: dict[str, str], tmp: Path, workers: int) -> None:
        self.env = env
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.workers = workers
        self.config = tmp / "gunicorn_bench_conf.py"
        self.config.write_text(GUNICORN_CONFIG, encoding="utf-8")
        self.log_path = tmp / "gunicorn.log"
        self.proc: subprocess.Popen | None = None
        self.worker_pids: set[int] = set()

    def command(self) -> list[str]:
        return [
            str(GUNICORN),
            "cms_site.wsgi",
            "-b",
            f"127.0.0.1:{self.port}",
            "-w",
            str(self.workers),
            "--threads",
            "1",
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

    def start(self) -> float:
        started = time.perf_counter()
        self.log = open(self.log_path, "ab")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            self.command(),
            cwd=PROJECT_ROOT,
            env=self.env,
            stdout=self.log,
            stderr=self.log,
            start_new_session=True,
        )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"gunicorn exited with code {self.proc.returncode}:\n{self.log_tail()}")
            try:
                if requests.get(f"{self.base}/healthz/", timeout=2).status_code == 200:
                    break
            except requests.RequestException:
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

    def cpu_seconds(self) -> float:
        """User + system CPU time of the current workers (Linux /proc)."""
        tick = os.sysconf("SC_CLK_TCK")
        total = 0.0
        for pid in self.children():
            self.worker_pids.add(pid)
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += (int(fields[11]) + int(fields[12])) / tick
        return total

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
        # Workers normally exit with the master; make sure none is left behind.
        for pid in self.worker_pids:
            try:
                os.kill(pid, 0)
            except OSError:
                continue
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        self.log.close()
        self.proc = None


# --------------------------------------------------------------------------- clients


@dataclass
class Result:
    ok: bool
    seconds: float
    timings: list[tuple[str, float]] = field(default_factory=list)  # (kind, seconds)
    steps: list[str] = field(default_factory=list)
    reference: str = ""
    error: str = ""
    bytes_sent: int = 0


def run_submission(base: str, answers: dict[str, dict], photo: bytes, deadline: float) -> Result:
    """One resident, start to finish, as a browser would go through the pages."""
    result = Result(ok=False, seconds=0.0)
    started = time.perf_counter()
    session = requests.Session()
    session.headers["User-Agent"] = "mtr-bench/1 (+bench/submissions.py)"

    def request(method: str, path: str, kind: str, expect: int, **kwargs) -> requests.Response:
        if time.monotonic() > deadline:
            raise OutOfTime
        timeout = max(1.0, min(REQUEST_TIMEOUT, deadline - time.monotonic()))
        t0 = time.perf_counter()
        response = session.request(method, base + path, allow_redirects=False, timeout=timeout, **kwargs)
        result.timings.append((kind, time.perf_counter() - t0))
        if response.status_code != expect:
            title = re.search(r"<title>(.*?)</title>", response.text, re.S)
            detail = " ".join((title.group(1) if title else response.text[:300]).split())
            raise BenchError(f"{method} {path}: HTTP {response.status_code} (expected {expect}): {detail}")
        return response

    def post(path: str, data: dict, kind: str, files=None) -> str:
        token = session.cookies.get("csrftoken")
        if not token:
            raise BenchError(f"no csrftoken cookie before POST {path}")
        response = request("POST", path, kind, 302, data={**data, "csrfmiddlewaretoken": token}, files=files)
        location = response.headers.get("Location", "")
        return urlsplit(location).path + (f"?{urlsplit(location).query}" if urlsplit(location).query else "")

    try:
        request("GET", START, "start GET", 200)
        location = post(BEGIN, {}, "begin POST")
        while location != CHECK:
            if not location.startswith(PREFIX) or location.count("/") != 3:
                raise BenchError(f"unexpected redirect to {location!r} after {result.steps[-1:]}")
            slug = location[len(PREFIX) : -1]
            if slug not in answers:
                raise BenchError(f"redirected to a step with no answers: {slug!r}")
            if slug in result.steps:
                raise BenchError(f"step {slug!r} asked twice: {result.steps}")
            result.steps.append(slug)
            request("GET", location, "step GET", 200)
            if slug == PHOTOS_STEP:
                files = [("photos", ("IMG_0001.jpg", photo, "image/jpeg"))]
                result.bytes_sent += len(photo)
                location = post(location, answers[slug], "photo upload POST", files=files)
            else:
                location = post(location, answers[slug], "step POST")
        check = request("GET", CHECK, "check GET", 200)
        if "IMG_0001" in check.text:  # the original file name must not be kept
            result.error = "original photo file name shown on check-your-answers"
        location = post(CHECK, {}, "send POST")
        if location != CONFIRMATION:
            raise BenchError(f"send redirected to {location!r}, not the confirmation page")
        page = request("GET", CONFIRMATION, "confirmation GET", 200)
        match = REFERENCE.search(page.text)
        if not match:
            raise BenchError("no MTR-XXXX-XXXX reference on the confirmation page")
        result.reference = match.group(0)
        result.ok = True
    except OutOfTime:
        result.error = "overall time limit reached"
    except BenchError as exc:
        result.error = str(exc)
    except requests.RequestException as exc:
        result.error = f"{type(exc).__name__}: {exc}"
    finally:
        session.close()
        result.seconds = time.perf_counter() - started
    return result


def run_many(
    base: str, answers: dict[str, dict], photo: bytes, count: int, concurrency: int, deadline: float
) -> tuple[list[Result], float]:
    results: list[Result] = []
    lock = threading.Lock()
    issued = 0

    def client() -> None:
        nonlocal issued
        while True:
            with lock:
                if issued >= count or time.monotonic() > deadline:
                    return
                issued += 1
            outcome = run_submission(base, answers, photo, deadline)
            with lock:
                results.append(outcome)

    threads = [threading.Thread(target=client, name=f"client-{i}", daemon=True) for i in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()) + REQUEST_TIMEOUT + 5)
    return results, time.perf_counter() - started


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


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.0f} ms"


def count_rows(database_url: str, sqlite_path: Path | None) -> dict[str, int]:
    tables = {
        "submissions": "casestudies_submission",
        "consent records": "casestudies_consentrecord",
        "photos": "casestudies_photo",
        "outbound emails": "casestudies_outboundemail",
        "sessions": "django_session",
    }
    counts: dict[str, int] = {}
    if sqlite_path is not None:
        with sqlite3.connect(sqlite_path, timeout=10) as conn:
            for label, table in tables.items():
                counts[label] = conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: S608
            counts["emails sent"] = conn.execute(
                "SELECT COUNT(*) FROM casestudies_outboundemail WHERE status = 'sent'"
            ).fetchone()[0]
    else:
        import psycopg

        with psycopg.connect(
            database_url.replace("postgres://", "postgresql://", 1), connect_timeout=10
        ) as conn:
            for label, table in tables.items():
                counts[label] = conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: S608
            counts["emails sent"] = conn.execute(
                "SELECT COUNT(*) FROM casestudies_outboundemail WHERE status = 'sent'"
            ).fetchone()[0]
    return counts


def request_kind(method: str, path: str) -> str:
    if path == "/healthz/":
        return "healthz"
    if not path.startswith(PREFIX):
        return f"{method} {path}"
    rest = path[len(PREFIX) :]
    if rest == "":
        return "start GET"
    if rest == "begin/":
        return "begin POST"
    if rest == "check-your-answers/":
        return f"check {method}" if method == "GET" else "send POST"
    if rest == "confirmation/":
        return "confirmation GET"
    if rest == f"{PHOTOS_STEP}/":
        return "photo upload POST" if method == "POST" else "step GET"
    return f"step {method}"


def read_stats(path: Path, offset: int) -> list[dict]:
    try:
        with open(path, encoding="utf-8") as f:
            f.seek(offset)
            return [json.loads(line) for line in f if line.strip()]
    except OSError:
        return []


def file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


# --------------------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=40, help="complete submissions to time (default 40)")
    parser.add_argument("--concurrency", type=int, default=4, help="concurrent clients (default 4)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers (default 2)")
    parser.add_argument("--warmup", type=int, default=2, help="untimed submissions first (default 2)")
    parser.add_argument(
        "--timeout", type=float, default=300.0, help="limit for the timed run, s (default 300)"
    )
    parser.add_argument(
        "--database-url",
        help="benchmark PostgreSQL instead of SQLite, e.g. postgres://postgres@127.0.0.1:5432/mtr_bench "
        "(the database is created and dropped by this script and must not exist yet)",
    )
    parser.add_argument(
        "--sqlite-options",
        default="",
        help="query string added to the SQLite DATABASE_URL (dj-database-url passes it to OPTIONS), "
        "e.g. 'transaction_mode=IMMEDIATE&timeout=20' to compare with the default deferred transactions",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args()
    if args.count < 1 or args.concurrency < 1 or args.workers < 1 or args.warmup < 0:
        parser.error("--count, --concurrency and --workers must be at least 1, --warmup at least 0")

    total_started = time.perf_counter()
    answers = resident_answers()
    tmp = Path(tempfile.mkdtemp(prefix="mtr-bench-"))
    stats_file = tmp / "requests.jsonl"
    postgres = Postgres(args.database_url) if args.database_url else None
    sqlite_path = None if postgres else tmp / "bench.sqlite3"
    if postgres and args.sqlite_options:
        parser.error("--sqlite-options only applies to SQLite")
    if postgres:
        database_url = args.database_url
    else:
        database_url = f"sqlite:///{sqlite_path}" + (
            f"?{args.sqlite_options.lstrip('?')}" if args.sqlite_options else ""
        )
    env = bench_env(tmp, database_url, stats_file)
    server = Gunicorn(env, tmp, args.workers)
    try:
        print(f"Machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, temp dir {tmp}")
        if postgres:
            postgres.create()
            db_label = f"PostgreSQL {postgres.server_version()} ({postgres.name}, created for this run)"
        else:
            options = (
                f", OPTIONS from URL: {args.sqlite_options}" if args.sqlite_options else ", default OPTIONS"
            )
            db_label = f"SQLite {sqlite3.sqlite_version} ({sqlite_path}{options})"
        print(f"Database: {db_label}")

        migrate_s = manage(env, "migrate", "--no-input")
        demo_s = manage(env, "load_demo_content")
        print(f"Setup: migrate {migrate_s:.1f} s, load_demo_content {demo_s:.1f} s")

        photo, quality, photo_s = build_photo()
        print(
            f"Photo: {PHOTO_SIZE[0]}x{PHOTO_SIZE[1]} JPEG, quality {quality}, GPS EXIF, "
            f"{len(photo) / 1e6:.2f} MB ({len(photo) / 2**20:.2f} MiB), built in {photo_s:.1f} s"
        )

        processing_s = time_processing(photo)
        if processing_s is not None:
            print(
                f"Photo processing alone (process_photo, this process, idle server): {processing_s * 1000:.0f} ms"
            )

        boot_s = server.start()
        print(
            f"Server: gunicorn {args.workers} sync workers x 1 thread on {server.base}, "
            f"{SETTINGS_MODULE} (DEBUG=True is forced by dev.py), answered after {boot_s:.1f} s"
        )
        print(
            "Settings: SUBMISSION_RATE_LIMIT/EMAIL_LINK_RATE_LIMIT=100000/h, locmem email, "
            "ImmediateBackend tasks, local-memory cache (per worker), "
            f"DATABASE_CONN_MAX_AGE=60 (default), {args.concurrency} clients on this machine"
        )

        print(
            "Not measured: static assets (not served by gunicorn under dev settings), HTTPS, "
            "a buffering proxy in front of gunicorn, real email delivery"
        )
        if args.warmup:
            warm, warm_s = run_many(
                server.base,
                answers,
                photo,
                args.warmup,
                min(args.warmup, args.workers),
                time.monotonic() + 120,
            )
            bad = [r for r in warm if not r.ok]
            print(
                f"Warm-up: {len(warm) - len(bad)}/{args.warmup} submissions in {warm_s:.1f} s (not counted)"
            )
            for r in bad[:3]:
                print(f"  warm-up error: {r.error}")

        time.sleep(0.3)  # gunicorn's post_request hook runs after the response is sent
        rows_before = count_rows(database_url, sqlite_path)
        stats_offset = file_size(stats_file)
        cpu_before = server.cpu_seconds()
        client_before = resource.getrusage(resource.RUSAGE_SELF)
        log_offset = file_size(server.log_path)

        load_before = load_average()
        deadline = time.monotonic() + args.timeout
        results, wall = run_many(server.base, answers, photo, args.count, args.concurrency, deadline)

        client_after = resource.getrusage(resource.RUSAGE_SELF)
        load_after = load_average()
        cpu_after = server.cpu_seconds()
        time.sleep(0.3)  # let the last post_request lines land
        server_stats = read_stats(stats_file, stats_offset)
        rows_after = count_rows(database_url, sqlite_path)
        peak_rss = server.rss_mb()
        try:
            with open(server.log_path, encoding="utf-8", errors="replace") as f:
                f.seek(log_offset)
                new_log = f.read()
        except OSError:
            new_log = ""

        report(
            args,
            results,
            wall,
            server_stats,
            rows_before,
            rows_after,
            cpu_after - cpu_before,
            (client_after.ru_utime + client_after.ru_stime)
            - (client_before.ru_utime + client_before.ru_stime),
            peak_rss,
            photo,
            answers,
            new_log,
        )
        print(
            f"Load average (1/5/15 min) before the timed run: {load_before}, after: {load_after} "
            "(anything else busy on this machine skews the figures)"
        )
        print(f"Total run time including setup: {time.perf_counter() - total_started:.1f} s")
        return 0
    finally:
        server.stop()
        if postgres:
            try:
                postgres.drop()
            except Exception as exc:  # report, but still clean up the rest
                print(f"Could not drop database {postgres.name!r}: {exc}", file=sys.stderr)
        if args.keep:
            print(f"Kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


def report(
    args,
    results: list[Result],
    wall: float,
    server_stats: list[dict],
    rows_before: dict[str, int],
    rows_after: dict[str, int],
    server_cpu: float,
    client_cpu: float,
    peak_rss: list[float],
    photo: bytes,
    answers: dict[str, dict],
    new_log: str,
) -> None:
    done = [r for r in results if r.ok]
    failed = [r for r in results if not r.ok]
    not_started = args.count - len(results)
    timings = [t for r in results for t in r.timings]
    by_kind: dict[str, list[float]] = defaultdict(list)
    for kind, seconds in timings:
        by_kind[kind].append(seconds)
    requests_per_submission = statistics.mean(len(r.timings) for r in done) if done else float("nan")
    steps_seen = Counter(tuple(r.steps) for r in done)
    expected_steps = tuple(answers)  # the ombudsman path: every step applies

    print()
    print(
        f"Sustained: {len(done) / wall:.1f} complete submissions/s ({len(done)} in {wall:.1f} s, "
        f"{args.concurrency} clients, {args.workers} gunicorn workers), each {requests_per_submission:.0f} "
        f"requests incl. a {len(photo) / 1e6:.1f} MB photo"
    )
    print(f"Requests: {len(timings) / wall:.1f} requests/s ({len(timings)} requests)")
    print(
        f"Errors: {len(failed)} failed submissions"
        + (f", {not_started} not started (time limit {args.timeout:.0f} s)" if not_started else "")
    )
    for message, n in Counter(r.error for r in failed).most_common(5):
        print(f"  {n} x {message[:300]}")
    odd = [r for r in done if r.error]
    for message, n in Counter(r.error for r in odd).most_common(3):
        print(f"  warning on {n} completed submissions: {message}")
    if done:
        per_submission = [r.seconds for r in done]
        print(
            f"One submission, start to confirmation: p50 {percentile(per_submission, 50):.2f} s, "
            f"p95 {percentile(per_submission, 95):.2f} s"
        )
    if steps_seen:
        (path, _n), *others = steps_seen.most_common()
        note = "" if path == expected_steps and not others else f" (expected {list(expected_steps)})"
        print(f"Steps asked ({len(path)}): {', '.join(path)}{note}")

    print()
    print("Client-side latency         count      p50       p95       max")
    order = [
        "photo upload POST",
        "send POST",
        "start GET",
        "begin POST",
        "step GET",
        "step POST",
        "check GET",
        "confirmation GET",
    ]
    for kind in order + sorted(set(by_kind) - set(order)):
        values = by_kind.get(kind)
        if not values:
            continue
        print(
            f"  {kind:<24}{len(values):6d} {ms(percentile(values, 50))} {ms(percentile(values, 95))} "
            f"{ms(max(values))}"
        )
    all_values = [s for _k, s in timings]
    if all_values:
        print(
            f"  {'all requests':<24}{len(all_values):6d} {ms(percentile(all_values, 50))} "
            f"{ms(percentile(all_values, 95))} {ms(max(all_values))}"
        )

    # How many requests of each kind one completed submission makes (client side).
    per_done: Counter[str] = Counter()
    for r in done:
        per_done.update(kind for kind, _s in r.timings)
    if server_stats:
        print()
        grouped: dict[str, list[dict]] = defaultdict(list)
        for s in server_stats:
            grouped[request_kind(s["method"], s["path"])].append(s)
        if done:
            # Mean queries of each kind of request, weighted by how often a completed submission makes it.
            per_submission_queries = sum(
                statistics.mean(r["queries"] for r in grouped[kind]) * n / len(done)
                for kind, n in per_done.items()
                if grouped.get(kind)
            )
            print(
                f"Server side (gunicorn hooks): {per_submission_queries:.0f} SQL queries per completed submission"
            )
        print("  per request               count   queries mean/max   server p50   server p95")
        for kind in order + sorted(set(grouped) - set(order)):
            rows = grouped.get(kind)
            if not rows:
                continue
            queries = [r["queries"] for r in rows]
            server_s = [r["ms"] / 1000 for r in rows]
            print(
                f"  {kind:<24}{len(rows):6d}   {statistics.mean(queries):6.1f} / {max(queries):<4d}    "
                f"{ms(percentile(server_s, 50))}   {ms(percentile(server_s, 95))}"
            )
        statuses = Counter(s["status"] for s in server_stats)
        unexpected = {k: v for k, v in statuses.items() if k not in (200, 302)}
        if unexpected:
            print(f"  unexpected HTTP statuses from the server: {unexpected}")

    print()
    created = {k: rows_after[k] - rows_before[k] for k in rows_after}
    print("Rows created: " + ", ".join(f"{k} {v}" for k, v in created.items()))
    if done:
        print(
            f"  per completed submission ({len(done)}; failed ones leave drafts too): "
            + ", ".join(f"{k} {v / len(done):.2f}" for k, v in created.items())
        )
    print(
        f"CPU: server workers {server_cpu:.1f} s ({server_cpu / max(1, len(done)) * 1000:.0f} ms per completed "
        f"submission), benchmark clients {client_cpu:.1f} s, over {wall:.1f} s wall on {os.cpu_count()} CPUs"
    )
    if peak_rss:
        print(f"Worker peak RSS: {', '.join(f'{m:.0f} MB' for m in sorted(peak_rss))}")
    log_lines = new_log.splitlines()
    server_errors = sum(1 for line in log_lines if line.startswith("Internal Server Error"))
    exceptions = Counter(
        line.strip() for line in log_lines if re.match(r"^[\w.]+(Error|Exception): ", line.strip())
    )
    other = [line for line in log_lines if any(w in line for w in ("CRITICAL", "WORKER TIMEOUT", "[ERROR]"))]
    if server_errors or exceptions or other:
        print(f"Server log: {server_errors} 'Internal Server Error' entries")
        for message, n in exceptions.most_common(4):
            print(f"  {n} x {message[:200]}")
        for line in other[:5]:
            print(f"  {line[:200]}")
    else:
        print("Server log: no errors")


if __name__ == "__main__":
    sys.exit(main())
