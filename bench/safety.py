"""Safety triage figures: recall and precision per language on the labelled sentences.

    .venv/bin/python bench/safety.py          # add -v to list every miss and false alarm

Counts (sentence, concern) pairs: recall is the share of expected concerns flagged,
precision the share of flagged concerns that were expected (a sentence that should flag
nothing counts against precision for each concern it flags). Figures only: the floor is
held by tests/moderation/test_safety_sentences.py.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _sets():
    """Our own sentences, then each batch written apart by someone who never saw the rules."""
    from tests.moderation.safety_sentences import SENTENCES

    sets = [("own sentences", SENTENCES)]
    for module, name, label in (
        ("tests.moderation.safety_fresh", "FRESH", "fresh batch 1"),
        ("tests.moderation.safety_fresh2", "FRESH2", "fresh batch 2"),
        ("tests.moderation.safety_fresh3", "FRESH3", "fresh batch 3"),
        ("tests.moderation.safety_fresh4", "FRESH4", "fresh batch 4"),
    ):
        try:
            sets.append((label, getattr(importlib.import_module(module), name)))
        except ImportError:
            pass
    return sets


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms_site.settings.dev")
    import django

    django.setup()
    from moderation.safety import safety_concerns
    from tests.moderation.safety_sentences import ratio, score

    for label, sentences in _sets():
        counts = score(sentences, safety_concerns)
        print(f"\n{label}")
        print(f"{'language':<9}{'sentences':>10}{'recall':>9}{'precision':>11}{'missed':>8}{'false':>7}")
        for language in [*sorted(k for k in counts if k != "all"), "all"]:
            c = counts[language]
            recall = ratio(c["tp"], c["tp"] + c["fn"])
            precision = ratio(c["tp"], c["tp"] + c["fp"])
            print(f"{language:<9}{c['n']:>10}{recall:>9.1%}{precision:>11.1%}{c['fn']:>8}{c['fp']:>7}")
        if "-v" in sys.argv:
            for language, expected, text in sentences:
                found = set(safety_concerns(text))
                if found != expected:
                    missed, extra = sorted(expected - found), sorted(found - expected)
                    print(f"[{language}] missed={missed} extra={extra}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
