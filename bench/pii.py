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
    from moderation.pii import addresses, ages, contact, names, organisations, references, scripts, special

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
            "contact + references + addresses + ages (en)",
            run((contact, references, addresses, ages), STRUCTURED_STORY, "en"),
            STRUCTURED_STORY,
            200,
            "5 ms",
        ),
    ]
    print("== Recognisers on their own (CPU time per story, median and best of 5)")
    for label, call, text, repeats, target in cases:
        median, best = _cpu_per_call(call, repeats)
        print(
            f"{label:<46} {len(text):>5} chars: {median * 1000:6.2f} ms median, "
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
