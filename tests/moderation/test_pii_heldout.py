"""The detector on our own held-out stories (see heldout_stories.py), scored like the
shared scorer does: a span is caught when 80% of its non-space characters are covered."""

from moderation.pii import IDENTIFYING, detect

from .heldout_stories import records


def _covered(text: str, gold: dict, predicted: list) -> bool:
    wanted = {i for i in range(gold["start"], gold["end"]) if not text[i].isspace()}
    got = {i for span in predicted for i in range(span.start, span.end)}
    return len(wanted & got) >= 0.8 * len(wanted)


def test_heldout_stories_leak_nothing_identifying():
    misses, total, leaky = [], 0, set()
    predicted_chars = inside_chars = 0
    for story in records():
        text = story["text"]
        spans = detect(text, story["language"])
        gold_chars = {i for g in story["gold"] for i in range(g["start"], g["end"])}
        for span in spans:
            for i in range(span.start, span.end):
                if not text[i].isspace():
                    predicted_chars += 1
                    inside_chars += i in gold_chars
        for gold in story["gold"]:
            if gold["kind"] not in IDENTIFYING:
                continue
            total += 1
            if not _covered(text, gold, spans):
                misses.append((story["id"], gold["kind"], text[gold["start"] : gold["end"]]))
                leaky.add(story["id"])
    recall = 1 - len(misses) / total
    stories_with_pii = sum(1 for s in records() if any(g["kind"] in IDENTIFYING for g in s["gold"]))
    assert recall >= 0.95, misses
    assert 1 - len(leaky) / stories_with_pii >= 0.9, misses
    assert inside_chars / predicted_chars >= 0.6
