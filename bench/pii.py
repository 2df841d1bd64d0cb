"""PII detector figures: the scorer on the development set, and stories per second.

    .venv/bin/python bench/pii.py            # needs ../shared/pii beside the project

Prints the scorer's summary (run through `manage.py detect_pii`, as the scorer
is meant to be used) and the detector's throughput in this process on one core,
over the development set repeated to a larger input. Figures only: nothing is
asserted.
"""

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "pii"
sys.path.insert(0, str(ROOT))


def main() -> int:
    if not (SHARED / "dev.jsonl").exists():
        print(f"No development set at {SHARED}: nothing to measure.")
        return 0
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms_site.settings.dev")
    print("== Scorer on the development set (manage.py detect_pii)")
    result = subprocess.run(
        [
            sys.executable,
            str(SHARED / "score.py"),
            str(SHARED / "dev.jsonl"),
            "--cmd",
            f"{sys.executable} manage.py detect_pii",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    print(result.stdout.strip())

    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    except (AttributeError, OSError):
        pass
    from moderation.pii import detect

    stories = [
        json.loads(line)
        for line in (SHARED / "dev.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    repeats = 40
    corpus = [(s["text"], s["language"]) for s in stories] * repeats
    chars = sum(len(t) for t, _ in corpus)
    detect("warm up", "en")
    rounds = []
    for _ in range(3):
        start = time.process_time()
        for text, language in corpus:
            detect(text, language)
        rounds.append(time.process_time() - start)
    best, median = min(rounds), statistics.median(rounds)
    print()
    print("== Throughput on one core (CPU time, in process)")
    print(
        f"{len(corpus)} stories ({len(stories)} x {repeats}, {chars / len(corpus):.0f} characters on average): "
        f"{len(corpus) / median:.0f} stories/s median, {len(corpus) / best:.0f} best of 3 "
        f"({median / len(corpus) * 1000:.2f} ms per story; target >= 200 stories/s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
