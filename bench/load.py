"""Load benchmark: residents sending stories with a photo while readers browse (issue 14).

Run from the project root with the project's virtualenv (Redis must be running; locust
is in requirements-dev.txt):

    .venv/bin/python bench/load.py                          # SQLite in a temp dir, 150 s
    .venv/bin/python bench/load.py --duration 60 --residents 50 --readers 200
    .venv/bin/python bench/load.py \\
        --database-url postgres://postgres@127.0.0.1:5432/mtr_bench_load

It prints figures and the targets with "meets"/"misses"; it asserts nothing. It is not
part of the test suite (pytest collects only tests/). What it does, all on loopback:

1. A temp dir with a fresh database (a SQLite file, or the PostgreSQL database named by
   ``--database-url``, created and dropped here, never one that exists), temp media,
   private media and static roots; ``migrate``, ``load_demo_content``, ``collectstatic``
   (bench/pages.py's helpers). Redis: the highest-numbered empty database, flushed
   before and after.
2. Production settings (cms_site/settings/production.py: DEBUG off, the database task
   backend, the Redis page cache at its default 600 s) through a settings module written
   to the temp dir that only lets the session and CSRF cookies travel over plain HTTP (no
   TLS here); the per-client limits on drafts, photo posts and sends are raised by their
   environment variables, as every simulated client is 127.0.0.1.
3. gunicorn (``--workers`` sync workers, 5 by default: 2 x cores + 1) and one ``manage.py db_worker``.
4. A ~2 MB 12-megapixel JPEG with GPS EXIF, made with Pillow now (nothing committed).
5. locust, headless, for ``--duration`` seconds: ``--residents`` users (50) who each go
   through the whole story form once (every page, the photo uploaded on the photo step,
   check your answers, send, confirmation) with 0.2-0.6 s between pages, and
   ``--readers`` users (200) who browse home, the story listing (plain and filtered),
   stories and toolkit pages with 1-3 s between pages. Every request is logged
   (kind, milliseconds, status) by a locust event hook.
6. After the run, up to ``--drain`` seconds (60) for the worker to finish the photos, then
   the database is read: every resident whose send was answered with the confirmation
   must have exactly one sent story (by its unique email address): none is "lost", two
   are "doubled"; photos by state.
7. Stops everything it started and removes the temp dir (unless ``--keep``).

Runs on 2026-12-07, on this project's shared 2-core machine while four other people were
building and running tests on it (load average 6-12 on 2 cores, before and during the runs),
SQLite, Redis page cache on, one db_worker, a 2.16 MB 12-megapixel JPEG per resident:

    run                      readers median / p95   5xx  uploads p95   photos ready  lost  doubled
    75 s, 3 workers          1726 ms / 8910 ms       0   4286 ms       (not counted)   0     0
    90 s, 5 workers          1992 ms / 9845 ms       0   4433 ms       50 of 50        0     0
    150 s, 5 workers (*)       10 ms / 2441 ms       0   2244 ms       50 of 50        0     0
    150 s, 5 workers (**)       2 ms /   19 ms       0    290 ms       50 of 50        0     0

(*) load average 4.9 at the start: all 50 residents sent their story and got the
confirmation; 50 stories in the database, one each (0 lost, 0 doubled); all 50 photos
ready, no upload left. Readers' median 10 ms (page cache hits), p95 2.4 s: the target
(p95 under 1 s) is missed on this shared machine.

(**) The same command later that day on the same 2-core machine with nobody else's work on
it (load average 0.9 at the start, 0.8 at the end): 16,201 requests, readers' median 2 ms
and p95 19 ms (worst 1.55 s), uploads p95 290 ms, 0 5xx, 50 of 50 stories sent and
confirmed, 0 lost, 0 doubled, 50 of 50 photos ready and no upload left: every target met.

No 5xx and no upload near the 60 s proxy timeout (the worst upload took 5.4 s), and every
photo was processed by the worker with no upload left behind; the readers' target (p95
under 1 s) was missed on this machine, where every process (locust's 250 users included)
shares 2 cores with other people's work. In both runs the residents, slowed by the same
contention, reached "Check your answers" (17 and 49 of 50) but not the send before the
run ended, so "lost" and "doubled" were checked over no sent story there: hence the
default of 150 s. Before the photo step moved to the worker (issue 14) the same
mix measured from outside gave readers 4-6 s at the median and 9-33 s at p95, and uploads
timed out at 60 s.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pages import (  # noqa: E402 - bench/ is not a package
    PROJECT_ROOT,
    PYTHON,
    REDIS_BASE_URL,
    Gunicorn,
    Postgres,
    RedisDb,
    bench_env,
    load_average,
    manage,
    percentile,
    provide_source_maps,
    run_python,
)
from submissions import resident_answers  # noqa: E402

LOCUST = PROJECT_ROOT / ".venv" / "bin" / "locust"
SETTINGS_MODULE = "mtr_bench_load_settings"
PHOTO_SIZE = (4000, 3000)
PHOTO_TARGET_BYTES = 2_000_000
READER_P95_TARGET_MS = 1000.0
STOP_TIMEOUT = 20.0

SETTINGS_OVERRIDE = '''\
"""Written by bench/load.py: production settings; cookies over plain HTTP (no TLS here)."""

import os
from pathlib import Path

from cms_site.settings.production import *  # noqa: F403

STATIC_ROOT = Path(os.environ["MTR_BENCH_STATIC_ROOT"])
STATICFILES_DIRS = [*STATICFILES_DIRS, os.environ["MTR_BENCH_STATIC_EXTRA"]]  # noqa: F405
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
'''

LOCUSTFILE = r'''
"""Written by bench/load.py: residents sending a story with a photo, readers browsing."""
import json
import os
import random
import re
import uuid

from locust import HttpUser, between, events, task
from locust.exception import StopUser

PREFIX = "/share-your-story/"
CHECK = PREFIX + "check-your-answers/"
CONFIRMATION = PREFIX + "confirmation/"
ANSWERS = json.loads(os.environ["MTR_LOAD_ANSWERS"])
URLS = json.loads(os.environ["MTR_LOAD_URLS"])
PHOTO = open(os.environ["MTR_LOAD_PHOTO"], "rb").read()
LOG = open(os.environ["MTR_LOAD_LOG"], "a", buffering=1)
SENT = open(os.environ["MTR_LOAD_SENT"], "a", buffering=1)


@events.request.add_listener
def record(request_type, name, response_time, response_length, response=None, exception=None, **kw):
    status = getattr(response, "status_code", 0) or 0
    LOG.write(json.dumps([name, round(response_time, 1), status, bool(exception)]) + "\n")


class Resident(HttpUser):
    fixed_count = int(os.environ["MTR_LOAD_RESIDENTS"])
    wait_time = between(0.2, 0.6)

    def _post(self, path, data, name, files=None):
        token = self.client.cookies.get("csrftoken", "")
        with self.client.post(
            path, data={**data, "csrfmiddlewaretoken": token}, files=files, name=name,
            allow_redirects=False, catch_response=True,
        ) as response:
            if response.status_code != 302:
                response.failure(f"{name}: HTTP {response.status_code}")
                raise StopUser
            response.success()
            return response.headers.get("Location", "")

    def _get(self, path, name):
        with self.client.get(path, name=name, allow_redirects=False, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"{name}: HTTP {response.status_code}")
                raise StopUser
            response.success()
            return response

    @task
    def send_a_story(self):
        email = f"bench-{uuid.uuid4().hex[:12]}@example.com"
        answers = {**ANSWERS, "contact-details": {**ANSWERS["contact-details"], "email": email}}
        self._get(PREFIX, "resident: start")
        location = self._post(PREFIX + "begin/", {}, "resident: begin")
        seen = set()
        while location.split("?")[0] != CHECK:
            slug = location[len(PREFIX):].split("/")[0]
            if slug in seen or slug not in answers:
                self.environment.events.request.fire(
                    request_type="FLOW", name="resident: unexpected page", response_time=0,
                    response_length=0, exception=RuntimeError(location),
                )
                raise StopUser
            seen.add(slug)
            self._get(location, "resident: step GET")
            self.wait()
            if slug == "photos":
                files = [("photos", ("IMG_0001.jpg", PHOTO, "image/jpeg"))]
                location = self._post(location, answers[slug], "resident: photo upload", files=files)
            else:
                location = self._post(location, answers[slug], "resident: step POST")
        self._get(CHECK, "resident: check your answers")
        self.wait()
        SENT.write(json.dumps({"email": email, "state": "posting"}) + "\n")
        location = self._post(CHECK, {}, "resident: send")
        confirmed = location.split("?")[0] == CONFIRMATION
        if confirmed:
            page = self._get(CONFIRMATION, "resident: confirmation")
            confirmed = bool(re.search(r"MTR-[A-Z0-9]{4}-[A-Z0-9]{4}", page.text))
        SENT.write(json.dumps({"email": email, "state": "confirmed" if confirmed else "unconfirmed"}) + "\n")
        raise StopUser


class Reader(HttpUser):
    fixed_count = int(os.environ["MTR_LOAD_READERS"])
    wait_time = between(1, 3)

    @task(2)
    def home(self):
        self.client.get(random.choice(URLS["home"]), name="reader: home")

    @task(3)
    def listing(self):
        self.client.get(random.choice(URLS["listing"]), name="reader: listing")

    @task(4)
    def story(self):
        self.client.get(random.choice(URLS["story"]), name="reader: story")

    @task(2)
    def toolkit(self):
        self.client.get(random.choice(URLS["toolkit"]), name="reader: toolkit")
'''

URLS_SCRIPT = r"""
import json
import django
django.setup()
from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from cms_site.models import CampaignHomePage, ToolkitPage

def urls(model):
    return [p.get_url() for p in model.objects.live().public().specific() if p.get_url()]

listing = urls(CaseStudyIndexPage)
print(json.dumps({
    "home": urls(CampaignHomePage),
    "listing": listing + [f"{u}?theme=damp_mould" for u in listing] + [f"{u}?page=2" for u in listing],
    "story": urls(CaseStudyPage),
    "toolkit": urls(ToolkitPage),
}))
"""

CHECK_SCRIPT = r"""
import json
import sys
import django
django.setup()
from django.db.models import Count
from casestudies.models import Photo, Submission

emails = json.load(open(sys.argv[1]))
sent = Submission.objects.filter(email__in=emails).exclude(status="draft")
per_email = dict(sent.values_list("email").annotate(n=Count("pk")))
photos = Photo.objects.all()  # the bench database holds only the residents' photos
print(json.dumps({
    "per_email": per_email,
    "photos": {s: photos.filter(status=s).count() for s in ("processing", "ready", "failed")},
    "failures": sorted(set(photos.filter(status="failed").values_list("failure", flat=True))),
    "originals_left": photos.exclude(original="").count(),
}))
"""


def build_photo(target: int = PHOTO_TARGET_BYTES) -> bytes:
    """A 12-megapixel JPEG of about ``target`` bytes, with GPS EXIF, that compresses like a photo."""
    from PIL import Image, ImageFilter

    rng = random.Random(14)
    small = Image.frombytes("RGB", (400, 300), bytes(rng.randrange(256) for _ in range(400 * 300 * 3)))
    base = small.resize(PHOTO_SIZE, Image.Resampling.BICUBIC).filter(ImageFilter.GaussianBlur(2))
    exif = Image.Exif()
    exif[0x010F] = "BenchCam"
    exif.get_ifd(0x8825).update({1: "N", 2: (53.0, 28.0, 1.0), 3: "W", 4: (2.0, 14.0, 40.0)})
    best = b""
    for quality in (95, 90, 85, 80, 75, 70, 60, 50, 40):
        buffer = io.BytesIO()
        base.save(buffer, "JPEG", quality=quality, exif=exif.tobytes())
        best = buffer.getvalue()
        if len(best) <= target * 1.1:
            break
    return best


class Worker:
    """One ``manage.py db_worker`` process, stopped with SIGTERM (then SIGKILL) at the end."""

    def __init__(self, env: dict[str, str], log_path: Path) -> None:
        self.log = open(log_path, "ab")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [str(PYTHON), "manage.py", "db_worker", "--interval", "0.2", "--no-reload"],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=self.log,
            stderr=self.log,
            start_new_session=True,
        )

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        self.log.close()


def read_jsonl(path: Path) -> list:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def verdict(ok: bool) -> str:
    return "meets" if ok else "MISSES"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=150, help="seconds of load (default 150)")
    parser.add_argument("--residents", type=int, default=50, help="residents sending a story (50)")
    parser.add_argument("--readers", type=int, default=200, help="readers browsing (200)")
    parser.add_argument("--workers", type=int, default=5, help="gunicorn sync workers (5: 2 x cores + 1)")
    parser.add_argument(
        "--drain", type=int, default=60, help="seconds to wait for photos after the load (60)"
    )
    parser.add_argument("--database-url", help="postgres://... database to create and drop (default SQLite)")
    parser.add_argument("--redis-url", default=REDIS_BASE_URL, help=f"Redis server ({REDIS_BASE_URL})")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args()
    if min(args.duration, args.workers) < 1 or min(args.residents, args.readers) < 0:
        parser.error("--duration and --workers must be at least 1")
    if not LOCUST.exists():
        raise SystemExit(f"{LOCUST} not found: run bin/setup --dev (locust is in requirements-dev.txt)")

    tmp = Path(tempfile.mkdtemp(prefix="mtr-bench-load-"))
    postgres = Postgres(args.database_url) if args.database_url else None
    database_url = args.database_url if postgres else f"sqlite:///{tmp / 'bench.sqlite3'}"
    redis_db = server = worker = None
    locust = None
    try:
        redis_db = RedisDb(args.redis_url)
        env = bench_env(tmp, database_url, redis_db.url, tmp / "requests.jsonl")
        (tmp / "pysettings" / f"{SETTINGS_MODULE}.py").write_text(SETTINGS_OVERRIDE, encoding="utf-8")
        env.pop("PAGE_CACHE_SECONDS", None)  # production's default, as a live site runs
        env.update(
            {
                "DJANGO_SETTINGS_MODULE": SETTINGS_MODULE,
                "DRAFT_RATE_LIMIT": "100000/h",
                "PHOTO_UPLOAD_RATE_LIMIT": "100000/h",
                "SUBMISSION_RATE_LIMIT": "100000/h",
                "EMAIL_LINK_RATE_LIMIT": "100000/h",
            }
        )
        print(f"Machine: {os.cpu_count()} CPUs (shared with other people's work), temp dir {tmp}")
        print(f"Load average (1/5/15 min) at the start: {load_average()}")
        if postgres:
            postgres.create()
            print(f"Database: PostgreSQL {postgres.server_version()} ({postgres.name}, created for this run)")
        else:
            print("Database: SQLite in the temp dir")
        print(f"Cache: Redis {redis_db.url}; tasks: django-tasks-db, one db_worker")
        redis_db.flush()
        # The demo content is made with tasks run inline (its images and translations need it).
        inline = {**env, "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}
        setup = [manage(inline, "migrate", "--no-input"), manage(inline, "load_demo_content")]
        provide_source_maps(tmp / "static-extra")
        setup.append(manage(env, "collectstatic", "--no-input"))
        script = tmp / "urls.py"
        script.write_text(URLS_SCRIPT, encoding="utf-8")
        _s, out = run_python(env, [str(script)], "list URLs")
        urls = json.loads(out.strip().splitlines()[-1])
        if not all(urls[k] for k in ("home", "listing", "story", "toolkit")):
            raise SystemExit(f"Missing pages to read: { {k: len(v) for k, v in urls.items()} }")
        print(
            f"Setup {sum(setup):.0f} s; pages to read: {len(urls['home'])} home, {len(urls['listing'])} "
            f"listing, {len(urls['story'])} stories, {len(urls['toolkit'])} toolkit"
        )
        photo = build_photo()
        (tmp / "photo.jpg").write_bytes(photo)
        print(f"Photo: {len(photo) / 1e6:.2f} MB JPEG, {PHOTO_SIZE[0]}x{PHOTO_SIZE[1]}, GPS EXIF")

        server = Gunicorn(env, tmp, args.workers, 1)
        server.start({})
        worker = Worker(env, tmp / "worker.log")
        log_path, sent_path = tmp / "requests-locust.jsonl", tmp / "sent.jsonl"
        (tmp / "locustfile.py").write_text(LOCUSTFILE, encoding="utf-8")
        locust_env = {
            **env,
            "MTR_LOAD_ANSWERS": json.dumps(resident_answers()),
            "MTR_LOAD_URLS": json.dumps(urls),
            "MTR_LOAD_PHOTO": str(tmp / "photo.jpg"),
            "MTR_LOAD_LOG": str(log_path),
            "MTR_LOAD_SENT": str(sent_path),
            "MTR_LOAD_RESIDENTS": str(args.residents),
            "MTR_LOAD_READERS": str(args.readers),
        }
        users = args.residents + args.readers
        print(
            f"Load: {args.residents} residents and {args.readers} readers for {args.duration} s ...",
            flush=True,
        )
        with open(tmp / "locust.log", "wb") as locust_log:
            locust = subprocess.Popen(
                [
                    str(LOCUST),
                    "-f",
                    str(tmp / "locustfile.py"),
                    "--headless",
                    "--host",
                    server.base,
                    "--users",
                    str(users),
                    "--spawn-rate",
                    str(max(1, users // 10)),
                    "--run-time",
                    f"{args.duration}s",
                    "--stop-timeout",
                    "10",
                    "--only-summary",
                    "--loglevel",
                    "WARNING",
                ],
                cwd=tmp,
                env=locust_env,
                stdout=locust_log,
                stderr=locust_log,
                start_new_session=True,
            )
            try:
                locust.wait(timeout=args.duration + 60)
            except subprocess.TimeoutExpired:
                locust.kill()
                locust.wait(timeout=5)
        locust = None

        emails_confirmed, emails_posted = set(), set()
        for entry in read_jsonl(sent_path):
            emails_posted.add(entry["email"])
            if entry["state"] == "confirmed":
                emails_confirmed.add(entry["email"])
        emails_file = tmp / "emails.json"
        emails_file.write_text(json.dumps(sorted(emails_posted)), encoding="utf-8")
        check = tmp / "check.py"
        check.write_text(CHECK_SCRIPT, encoding="utf-8")
        deadline = time.monotonic() + args.drain
        while True:
            _s, out = run_python(env, [str(check), str(emails_file)], "check the database")
            found = json.loads(out.strip().splitlines()[-1])
            if not found["photos"].get("processing") or time.monotonic() > deadline:
                break
            time.sleep(2)
        report(args, read_jsonl(log_path), emails_posted, emails_confirmed, found, server.log_tail(5))
        print(f"Load average (1/5/15 min) at the end: {load_average()}")
    finally:
        if locust is not None and locust.poll() is None:
            locust.kill()
        if worker is not None:
            worker.stop()
        if server is not None:
            server.stop()
        if postgres is not None:
            postgres.drop()
        if redis_db is not None:
            redis_db.close()
        if args.keep:
            print(f"Kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


def report(args, requests: list, posted: set, confirmed: set, found: dict, server_log: str) -> None:
    by_kind: dict[str, list[float]] = {}
    statuses: Counter = Counter()
    errors = 0
    for name, ms, status, failed in requests:
        by_kind.setdefault(name, []).append(ms)
        statuses[status // 100 * 100 if status else 0] += 1
        errors += bool(failed)
    readers = [ms for name, mss in by_kind.items() if name.startswith("reader:") for ms in mss]
    uploads = by_kind.get("resident: photo upload", [])
    five_xx = statuses.get(500, 0)
    per_email = found["per_email"]
    lost = sorted(e for e in confirmed if per_email.get(e, 0) == 0)
    doubled = sorted(e for e in posted if per_email.get(e, 0) > 1)
    unconfirmed = len(posted) - len(confirmed)
    print()
    print(f"Requests: {len(requests)}; by status class: {dict(sorted(statuses.items()))} (0 = no response)")
    print(f"  failed as locust saw them (wrong status or no response): {errors}")
    for name in sorted(by_kind):
        values = by_kind[name]
        print(
            f"  {name:<32} n={len(values):>5}  median {percentile(values, 50):>7.0f} ms  "
            f"p95 {percentile(values, 95):>7.0f} ms  max {max(values):>7.0f} ms"
        )
    p50, p95 = percentile(readers, 50), percentile(readers, 95)
    print()
    print(
        f"Readers: {len(readers)} requests, median {p50:.0f} ms, p95 {p95:.0f} ms "
        f"(target p95 < {READER_P95_TARGET_MS:.0f} ms: {verdict(p95 < READER_P95_TARGET_MS)})"
    )
    print(f"5xx responses: {five_xx} ({verdict(five_xx == 0)} 0)")
    print(
        f"Uploads: {len(uploads)}, p95 {percentile(uploads, 95):.0f} ms, max {max(uploads, default=0):.0f} ms"
    )
    print(
        f"Stories: {len(confirmed)} sent and confirmed, {unconfirmed} sends without a confirmation; "
        f"lost {len(lost)} ({verdict(not lost)} 0), doubled {len(doubled)} ({verdict(not doubled)} 0)"
    )
    photos = found["photos"]
    print(
        f"Photos: {photos.get('ready', 0)} ready, {photos.get('processing', 0)} still processing, "
        f"{photos.get('failed', 0)} failed {found['failures'] or ''}; uploads left undeleted for processed "
        f"photos: {found['originals_left'] - photos.get('processing', 0)}"
    )
    if five_xx and server_log:
        print("gunicorn log tail:\n" + server_log)
    print(
        "Caveats: locust, gunicorn, the worker, the database and Redis all share this machine's 2 cores "
        "(and other people's builds and tests ran at the same time); no TLS, proxy or CDN."
    )


if __name__ == "__main__":
    sys.exit(main())
