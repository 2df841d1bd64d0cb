"""PII detector figures: each recogniser's time per story, the scorer on the development
set, and stories per second.

    .venv/bin/python bench/pii.py            # the development set: ../shared/pii beside the project

First the recognisers on their own, on invented stories (no development set needed):
CPU time per story of the Latin-script names, organisations and special categories, of
the Arabic-script, Bengali and Gurmukhi recogniser, and of the four structured ones
(contact, references, addresses, ages), each with the target it was built to; then
the time on a 3,000-sentence input at 1x, 2x and 4x its length, to show that it grows
linearly. These were the timing assertions in tests/moderation/test_pii_*.py, moved here
because a shared CI machine cannot time anything. Then, when the development set is
there, the scorer's summary (run through `manage.py detect_pii`, as the scorer is meant
to be used) and the detector's throughput in this process on one core, over the
development set repeated to a larger input. Figures only: nothing is asserted.

Two figures the issue sets targets for, both in CPU time (process_time / the child's
rusage), never wall time: start-up, in fresh processes (Django set up, then the detector
imported and run once per language, when its word lists load), and stories per CPU
second on stories of about 200 words (the development stories joined, same language,
and cut at 200 words).
"""

import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "pii"
sys.path.insert(0, str(ROOT))


LATIN_STORY = (
    "My name is Tendai Moyo and I rent from Greenacre Homes. My son Precious has sickle cell. "
    "A man called Gary said an engineer would come. The officer, Annette, wrote to the landlord. "
) * 12  # about 2,200 characters
SCRIPTS_STORY = (
    "اسمي سلمى حداد وأعيش مع ابني يوسف. جاري السيد كيفن براون يزعجنا. "
    "میرا نام شبانہ اختر ہے۔ میرے بیٹے عمر کو دمہ ہے۔ "
    "আমার নাম রুবিনা খাতুন। আমার ছেলে সাকিব হাঁপানিতে ভোগে। "
    "ਮੇਰਾ ਨਾਮ ਹਰਪ੍ਰੀਤ ਕੌਰ ਹੈ। ਮੇਰੇ ਪਤੀ ਜਸਵੀਰ ਸਿੰਘ ਨੂੰ ਸ਼ੂਗਰ ਹੈ। "
) * 4
STRUCTURED_STORY = (
    "I'm a tenant at Flat 9, 61 Example Road, Leeds LS6 2AB. My son is 7 and my mum, who is 82, lives with us. "
    "I rang 0113 496 0000 and 07700 900123, emailed me@example.org, and my complaint reference is CMP/55812. "
    "They paid £475 at stage 2 within 10 working days, after 4 times asking, in 2023. "
) * 6
HUGE_SENTENCE = "My neighbour Dave Smith called Grace from Harbourside Homes about my asthma. "


def _cpu_per_call(call, repeats: int, rounds: int = 5) -> tuple[float, float]:
    """Median and best CPU seconds per call, over a few rounds of ``repeats`` calls."""
    call()  # load word lists, compile patterns
    times = []
    for _ in range(rounds):
        start = time.process_time()
        for _ in range(repeats):
            call()
        times.append((time.process_time() - start) / repeats)
    return statistics.median(times), min(times)


def recognisers() -> None:
    from moderation.pii import (
        addresses,
        ages,
        contact,
        identifiers,
        names,
        organisations,
        references,
        scripts,
        special,
    )

    def run(modules, text, language):
        return lambda: [list(module.find(text, language)) for module in modules]

    cases = [
        (
            "names + organisations + special (en)",
            run((names, organisations, special), LATIN_STORY, "en"),
            LATIN_STORY,
            50,
            "10 ms",
        ),
        ("scripts (ur, 4 scripts)", run((scripts,), SCRIPTS_STORY, "ur"), SCRIPTS_STORY, 50, "10 ms"),
        (
            "contact + identifiers + references + addresses + ages (en)",
            run((contact, identifiers, references, addresses, ages), STRUCTURED_STORY, "en"),
            STRUCTURED_STORY,
            200,
            "5 ms",
        ),
    ]
    print("== Recognisers on their own (CPU time per story, median and best of 5)")
    for label, call, text, repeats, target in cases:
        median, best = _cpu_per_call(call, repeats)
        print(
            f"{label:<58} {len(text):>5} chars: {median * 1000:6.2f} ms median, "
            f"{best * 1000:6.2f} ms best (target < {target})"
        )

    print()
    print("== A huge input grows linearly (names + organisations + special, CPU time; budget 10 s at 1x)")
    base = None
    for factor in (1, 2, 4):
        text = HUGE_SENTENCE * 3000 * factor
        median, _best = _cpu_per_call(run((names, organisations, special), text, "en"), repeats=1, rounds=3)
        base = base or median
        print(
            f"{len(text):>9,} chars: {median:6.2f} s ({median / base:4.1f}x the 1x time; linear is {factor}x)"
        )
    print()


def _child_cpu(args: list[str], stdin: str = "") -> float:
    """User + system CPU seconds of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(args, input=stdin, cwd=ROOT, capture_output=True, text=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


_STARTUP_PROBE = """
import time, sys
t0 = time.process_time()
import django
django.setup()
t1 = time.process_time()
import moderation.pii
t2 = time.process_time()
from moderation.pii import detect
for lang, text in (("en", "Sam rang 07700 900123."), ("pl", "Ewa ma 7 lat."), ("ro", "Ana are 9 ani."),
                   ("ar", "اسمي سلمى."), ("ur", "میرا نام شبانہ ہے۔"), ("bn", "আমার নাম রুবিনা।"), ("pa", "ਮੇਰਾ ਨਾਮ ਹਰਪ੍ਰੀਤ ਹੈ।")):
    detect(text, lang)
t3 = time.process_time()
print(f"{t1 - t0:.3f} {t2 - t1:.3f} {t3 - t2:.3f}")
"""


def startup() -> None:
    print("== Start-up (CPU seconds of fresh processes, median of 3; target <= 2 s)")
    story = json.dumps({"id": "1", "language": "en", "text": "Sam rang 07700 900123 from Leeds."})
    whole = [_child_cpu([sys.executable, "manage.py", "detect_pii"], story + "\n") for _ in range(3)]
    print(f"manage.py detect_pii, one short story, whole process: {statistics.median(whole):.2f} s CPU")
    parts = []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", _STARTUP_PROBE], cwd=ROOT, capture_output=True, text=True, check=False
        ).stdout.split()
        if len(out) == 3:
            parts.append([float(x) for x in out])
    if parts:
        django_s, import_s, first_s = (statistics.median(p[i] for p in parts) for i in range(3))
        print(
            f"  of which (in-process CPU): Django set-up {django_s:.2f} s (it imports the detector too), "
            f"detector import after that {import_s:.2f} s, first call in each of 7 languages "
            f"(word lists load) {first_s:.2f} s"
        )
    print()


def _stories_of_200_words(stories: list[dict]) -> list[tuple[str, str]]:
    """Each story, joined with the next ones of its language until 200 words, cut there."""
    by_language: dict[str, list[str]] = {}
    for s in stories:
        by_language.setdefault(s["language"], []).append(s["text"])
    out = []
    for language, texts in by_language.items():
        for i in range(len(texts)):
            parts, words, j = [], 0, i
            while words < 200:
                parts.append(texts[j % len(texts)])
                words += len(texts[j % len(texts)].split())
                j += 1
            text = "\n\n".join(parts)
            cut = [m.end() for m in re.finditer(r"\S+", text)][199]
            out.append((text[:cut], language))
    return out


def main() -> int:
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    except (AttributeError, OSError):
        pass
    recognisers()
    if not (SHARED / "dev.jsonl").exists():
        print(f"No development set at {SHARED}: no scores or throughput.")
        return 0
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms_site.settings.dev")
    startup()
    for name in ("dev.jsonl", "dev2.jsonl"):
        if not (SHARED / name).exists():
            continue
        print(f"== Scorer on {name} (manage.py detect_pii)")
        result = subprocess.run(
            [
                sys.executable,
                str(SHARED / "score.py"),
                str(SHARED / name),
                "--cmd",
                f"{sys.executable} manage.py detect_pii",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        print(
            result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr.strip()[-500:]
        )
        print()

    from moderation.pii import detect

    stories = []
    for name in ("dev.jsonl", "dev2.jsonl"):
        if (SHARED / name).exists():
            stories += [
                json.loads(line)
                for line in (SHARED / name).read_text(encoding="utf-8").splitlines()
                if line.strip()
            ]
    sized = _stories_of_200_words(stories)
    repeats = 20
    corpus = sized * repeats
    words = sum(len(t.split()) for t, _ in corpus) / len(corpus)
    detect("warm up", "en")
    for text, language in sized:
        detect(text, language)  # word lists and lazily compiled patterns: start-up, not throughput
    rounds = []
    for _ in range(3):
        start = time.process_time()
        for text, language in corpus:
            detect(text, language)
        rounds.append(time.process_time() - start)
    best, median = min(rounds), statistics.median(rounds)
    print()
    print("== Throughput on one core (CPU time, in process; target >= 300 stories per CPU second)")
    print(
        f"{len(corpus)} stories of about 200 words ({len(sized)} x {repeats}, {words:.0f} words on average, "
        f"{len(stories)} development stories joined by language): "
        f"{len(corpus) / median:.0f} stories per CPU second median, {len(corpus) / best:.0f} best of 3 "
        f"({median / len(corpus) * 1000:.2f} ms CPU per story)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
