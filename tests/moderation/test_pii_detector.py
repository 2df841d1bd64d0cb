"""The detector as a whole: merging, invariants on any input, the command, the scorer."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.core.management import call_command

from moderation.pii import IDENTIFYING, KINDS, Span, detect
from moderation.pii.detector import _merge, _trim

ROOT = Path(__file__).resolve().parents[2]
SHARED_PII = ROOT.parent / "shared" / "pii"

# Floors a little below the targets (97% English recall, 90% other languages,
# 90% leak-free stories, 60% precision): the development set is small, so one
# span moves English recall by about a point.
FLOORS = {"en_recall": 95.0, "other_recall": 88.0, "leak_free": 85.0, "precision": 55.0}


def test_merge_unions_overlaps_and_keeps_the_most_specific_kind():
    spans = [
        Span(0, 10, "ADDRESS", 0.6, "a"),
        Span(5, 12, "POSTCODE", 0.9, "p"),
        Span(20, 25, "PERSON", 0.5, "n"),
    ]
    merged = _merge(spans)
    assert [(s.start, s.end, s.kind) for s in merged] == [(0, 12, "POSTCODE"), (20, 25, "PERSON")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("my kids tyler and mason share a room. tyler is 9 and mason is 5.", {"9", "5"}),
        ("Mark, 45, said no.", {"45", "Mark"}),
        ("My son Sam is 10 years old.", {"10 years old"}),
    ],
)
def test_ages_next_to_names_are_found(text, expected):
    found = {text[s.start : s.end] for s in detect(text, "en")}
    assert expected <= found


@pytest.mark.parametrize(
    "text",
    [
        "My son Sam was 2 hours late.",
        "Sam was 3 weeks in hospital.",
        "Sam was 100% right.",
        "In 2019, 45, people came",
    ],
)
def test_durations_and_counts_after_names_are_not_ages(text):
    assert not [s for s in detect(text, "en") if s.kind == "AGE"]


@pytest.mark.parametrize(
    "text,language,expected",
    [
        ("আমি Kingfisher Tower-এর ১১ তলায় থাকি", "bn", {"Kingfisher Tower"}),
        (
            "ਕੌਂਸਲਰ ਪਾਲ ਰਿਚਰਡਸ ਨੇ ਚਿੱਠੀ ਲਿਖੀ। ਮੇਰੀ ਧੀ ਸਿਮਰਨ ਨੇ ਸੂਚੀ ਬਣਾਈ। ਸਿਮਰਨ ਦੀ ਸੂਚੀ ਚੰਗੀ ਸੀ।",
            "pa",
            {"ਪਾਲ ਰਿਚਰਡਸ", "ਸਿਮਰਨ"},
        ),
        ("MY NAME IS BILL HAWORTH. And the BILL for the board? Paid.\nBILL", "en", {"BILL HAWORTH", "BILL"}),
        ("hiya so im dawn mcallister. my mate shaz told me to complain.", "en", {"dawn mcallister", "shaz"}),
        ("Z Kubą chodziliśmy do lekarza, a Kubie lekarz przepisał inhalator.", "pl", {"Kubie"}),
        ("She lives with her son Wei, who is 9. Water ran down Wei's wall.", "en", {"Wei", "9"}),
        (
            "Carol Ainsworth, our housing officer, said it. He apologised for what Carol said.",
            "en",
            {"Carol Ainsworth", "Carol"},
        ),
        ("Mrs K on the 11th floor is 93. Mr A. Smith came.", "en", {"K", "93", "A. Smith"}),
        ("cu fiica mea, Bianca, de 11 ani, și Denis (7 ani)", "ro", {"Bianca", "11 ani", "7 ani"}),
        ("Then JP (Jean-Pierre, who runs the club) saw one.", "en", {"JP", "Jean-Pierre"}),
        ("hiya its shaz from 7c hawthorn court", "en", {"shaz"}),
        ("أطفالي هم ريم (٩ سنوات)، وعمر (٥ سنوات)", "ar", {"ريم", "٩ سنوات", "٥ سنوات"}),
        ("ہمارے بچے زینب (۱۲ سال) اور حمزہ (۸ سال)", "ur", {"زینب", "۱۲ سال", "حمزہ", "۸ سال"}),
        ("দুই মেয়ে তাসনিম (৭ বছর) ও আয়েশা (৩ বছর)-কে নিয়ে", "bn", {"তাসনিম", "৭ বছর", "৩ বছর"}),
        ("ਮੈਂ ਜਸਕਰਨ ਗਿੱਲ ਹਾਂ। ਪੁੱਤਰ ਅਰਜਨ (੬ ਸਾਲ) ਨਾਲ", "pa", {"ਜਸਕਰਨ ਗਿੱਲ", "ਅਰਜਨ", "੬ ਸਾਲ"}),
        (
            "ساعدتني جارتي أم فادي. لم يستطع أبو خالد الخروج. وتاريخ ميلاده ١٢/٠٣/١٩٥٧",
            "ar",
            {"أم فادي", "أبو خالد", "١٢/٠٣/١٩٥٧"},
        ),
        ("na całym suficie. Zuzia ma 4 lata i choruje na astmę", "pl", {"Zuzia", "4 lata"}),
    ],
)
def test_cases_found_by_a_second_author(text, language, expected):
    spans = detect(text, language)
    found = {text[s.start : s.end] for s in spans}
    assert expected <= found
    if language == "en" and "the BILL" in text:
        bill_for = text.index("the BILL") + 4
        assert not any(s.start == bill_for for s in spans)


def test_trim_removes_edge_punctuation_and_space():
    text = ' "Sam," '
    assert _trim(text, Span(0, len(text), "PERSON", 1, "x")) == Span(2, 5, "PERSON", 1, "x")
    assert _trim(text, Span(0, 2, "PERSON", 1, "x")) is None


def test_spans_carry_a_known_kind_and_reason():
    text = "My neighbour Dave Smith on 07700 900123 or dave@example.com, flat 4, 12 Mill Road, M1 2AB."
    spans = detect(text, "en")
    assert spans, "a text full of personal data must produce findings"
    for span in spans:
        assert span.kind in KINDS and span.reason and 0 < span.confidence <= 1
    found = {text[s.start : s.end] for s in spans}
    assert "07700 900123" in found and "dave@example.com" in found
    assert {s.kind for s in spans} & IDENTIFYING


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(
        alphabet=st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S", "Z", "Cc")),
        max_size=600,
    ),
    st.sampled_from(["en", "ar", "bn", "pl", "pa", "ro", "ur", "cy", "xx", ""]),
)
def test_any_text_in_any_script_gives_sorted_non_overlapping_spans_inside_it(text, language):
    spans = detect(text, language)
    previous_end = 0
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert span.start >= previous_end
        previous_end = span.end


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Flat 4",
                " 07700 900 123",
                " MTR-7K3Q",
                " SW1A 1AA",
                " Sam",
                "\u202e",
                " آمنة",
                " ৭ বছর",
                " ਕੌਰ",
                "\n",
                " bill",
            ]
        ),
        max_size=40,
    )
)
def test_composed_personal_text_never_breaks_the_invariants(parts):
    text = "".join(parts)
    spans = detect(text, "en")
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))


def test_huge_input_is_handled():
    text = ("Call Sam on 07700 900123 about flat 4. " * 5000)[:200_000]
    spans = detect(text, "en")
    assert spans and spans[-1].end <= len(text)


def test_detect_pii_command_reads_and_writes_json_lines(monkeypatch):
    lines = [
        json.dumps({"id": "a", "language": "en", "text": "Email jo@example.com please"}),
        "not json",
        json.dumps({"id": "b", "language": "ar", "text": ""}),
    ]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    call_command("detect_pii", stderr=err)
    results = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in results] == ["a", "b"]
    assert {"start": 6, "end": 20, "kind": "EMAIL"} in results[0]["spans"]
    assert results[1]["spans"] == []
    assert "line 2: skipped" in err.getvalue()


def test_development_set_scores_above_the_floors(tmp_path):
    if not (SHARED_PII / "score.py").exists():
        pytest.skip("../shared/pii (the labelled development set and scorer) is not beside the project")
    report = tmp_path / "score.json"
    result = subprocess.run(
        [
            sys.executable,
            str(SHARED_PII / "score.py"),
            str(SHARED_PII / "dev.jsonl"),
            "--cmd",
            f"{sys.executable} manage.py detect_pii",
            "--json",
            str(report),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "cms_site.settings.dev"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    groups = json.loads(report.read_text())["groups"]
    figures = {
        "en_recall": groups["en"]["recall"],
        "other_recall": groups["other"]["recall"],
        "leak_free": groups["all"]["leak_free_stories"],
        "precision": groups["all"]["precision"],
    }
    below = {name: value for name, value in figures.items() if value is None or value < FLOORS[name]}
    assert not below, f"below the floors {FLOORS}: {below}\n{result.stdout[-3000:]}"


def test_a_failing_recogniser_is_logged_without_the_text_and_the_others_still_run(monkeypatch, caplog):
    from moderation.pii import detector

    def broken(text, language):
        raise KeyError(text)

    monkeypatch.setattr(detector, "RECOGNISERS", (broken, *detector.RECOGNISERS))
    text = "Email jo.private@example.com"
    with caplog.at_level("ERROR"):
        spans = detect(text, "en")
    assert any(s.kind == "EMAIL" for s in spans)
    assert "KeyError" in caplog.text and "jo.private" not in caplog.text
