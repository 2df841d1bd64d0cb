"""Integrity of the fresh version-2 stories, every batch (data only: the detector is not
run here)."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter

import pytest

from tests.moderation import (
    fresh_v2_stories,
    fresh_v2aa_stories,
    fresh_v2ab_stories,
    fresh_v2ac_stories,
    fresh_v2ad_stories,
    fresh_v2ae_stories,
    fresh_v2af_stories,
    fresh_v2ag_stories,
    fresh_v2ah_stories,
    fresh_v2ai_stories,
    fresh_v2aj_stories,
    fresh_v2ak_stories,
    fresh_v2al_stories,
    fresh_v2am_stories,
    fresh_v2an_stories,
    fresh_v2ao_stories,
    fresh_v2ap_stories,
    fresh_v2aq_stories,
    fresh_v2ar_stories,
    fresh_v2as_stories,
    fresh_v2at_stories,
    fresh_v2au_stories,
    fresh_v2av_stories,
    fresh_v2aw_stories,
    fresh_v2ax_stories,
    fresh_v2ay_stories,
    fresh_v2az_stories,
    fresh_v2b_stories,
    fresh_v2ba_stories,
    fresh_v2bb_stories,
    fresh_v2bc_stories,
    fresh_v2bd_stories,
    fresh_v2be_stories,
    fresh_v2bf_stories,
    fresh_v2bg_stories,
    fresh_v2bh_stories,
    fresh_v2bi_stories,
    fresh_v2bj_stories,
    fresh_v2bk_stories,
    fresh_v2bl_stories,
    fresh_v2bm_stories,
    fresh_v2bn_stories,
    fresh_v2bo_stories,
    fresh_v2bp_stories,
    fresh_v2bq_stories,
    fresh_v2br_stories,
    fresh_v2bs_stories,
    fresh_v2bt_stories,
    fresh_v2bu_stories,
    fresh_v2bv_stories,
    fresh_v2bw_stories,
    fresh_v2bx_stories,
    fresh_v2by_stories,
    fresh_v2bz_stories,
    fresh_v2c_stories,
    fresh_v2ca_stories,
    fresh_v2cb_stories,
    fresh_v2cc_stories,
    fresh_v2cd_stories,
    fresh_v2ce_stories,
    fresh_v2cf_stories,
    fresh_v2d_stories,
    fresh_v2e_stories,
    fresh_v2f_stories,
    fresh_v2g_stories,
    fresh_v2h_stories,
    fresh_v2i_stories,
    fresh_v2j_stories,
    fresh_v2k_stories,
    fresh_v2l_stories,
    fresh_v2m_stories,
    fresh_v2n_stories,
    fresh_v2o_stories,
    fresh_v2p_stories,
    fresh_v2q_stories,
    fresh_v2r_stories,
    fresh_v2s_stories,
    fresh_v2t_stories,
    fresh_v2u_stories,
    fresh_v2v_stories,
    fresh_v2w_stories,
    fresh_v2x_stories,
    fresh_v2y_stories,
    fresh_v2z_stories,
)
from tests.moderation.fresh_v2_stories import KINDS, LANGUAGES, STORIES, records
from tests.moderation.heldout_stories import parse

# Each batch and the prefix of its ids ("fv2b-pl-03").
BATCHES = {
    "fv2": fresh_v2_stories,
    "fv2b": fresh_v2b_stories,
    "fv2c": fresh_v2c_stories,
    "fv2d": fresh_v2d_stories,
    "fv2e": fresh_v2e_stories,
    "fv2f": fresh_v2f_stories,
    "fv2g": fresh_v2g_stories,
    "fv2h": fresh_v2h_stories,
    "fv2i": fresh_v2i_stories,
    "fv2j": fresh_v2j_stories,
    "fv2k": fresh_v2k_stories,
    "fv2l": fresh_v2l_stories,
    "fv2m": fresh_v2m_stories,
    "fv2n": fresh_v2n_stories,
    "fv2o": fresh_v2o_stories,
    "fv2p": fresh_v2p_stories,
    "fv2q": fresh_v2q_stories,
    "fv2r": fresh_v2r_stories,
    "fv2s": fresh_v2s_stories,
    "fv2t": fresh_v2t_stories,
    "fv2u": fresh_v2u_stories,
    "fv2v": fresh_v2v_stories,
    "fv2w": fresh_v2w_stories,
    "fv2x": fresh_v2x_stories,
    "fv2y": fresh_v2y_stories,
    "fv2z": fresh_v2z_stories,
    "fv2aa": fresh_v2aa_stories,
    "fv2ab": fresh_v2ab_stories,
    "fv2ac": fresh_v2ac_stories,
    "fv2ad": fresh_v2ad_stories,
    "fv2ae": fresh_v2ae_stories,
    "fv2af": fresh_v2af_stories,
    "fv2ag": fresh_v2ag_stories,
    "fv2ah": fresh_v2ah_stories,
    "fv2ai": fresh_v2ai_stories,
    "fv2aj": fresh_v2aj_stories,
    "fv2ak": fresh_v2ak_stories,
    "fv2al": fresh_v2al_stories,
    "fv2am": fresh_v2am_stories,
    "fv2an": fresh_v2an_stories,
    "fv2ao": fresh_v2ao_stories,
    "fv2ap": fresh_v2ap_stories,
    "fv2aq": fresh_v2aq_stories,
    "fv2ar": fresh_v2ar_stories,
    "fv2as": fresh_v2as_stories,
    "fv2at": fresh_v2at_stories,
    "fv2au": fresh_v2au_stories,
    "fv2av": fresh_v2av_stories,
    "fv2aw": fresh_v2aw_stories,
    "fv2ax": fresh_v2ax_stories,
    "fv2ay": fresh_v2ay_stories,
    "fv2az": fresh_v2az_stories,
    "fv2ba": fresh_v2ba_stories,
    "fv2bb": fresh_v2bb_stories,
    "fv2bc": fresh_v2bc_stories,
    "fv2bd": fresh_v2bd_stories,
    "fv2be": fresh_v2be_stories,
    "fv2bf": fresh_v2bf_stories,
    "fv2bg": fresh_v2bg_stories,
    "fv2bh": fresh_v2bh_stories,
    "fv2bi": fresh_v2bi_stories,
    "fv2bj": fresh_v2bj_stories,
    "fv2bk": fresh_v2bk_stories,
    "fv2bl": fresh_v2bl_stories,
    "fv2bm": fresh_v2bm_stories,
    "fv2bn": fresh_v2bn_stories,
    "fv2bo": fresh_v2bo_stories,
    "fv2bp": fresh_v2bp_stories,
    "fv2bq": fresh_v2bq_stories,
    "fv2br": fresh_v2br_stories,
    "fv2bs": fresh_v2bs_stories,
    "fv2bt": fresh_v2bt_stories,
    "fv2bu": fresh_v2bu_stories,
    "fv2bv": fresh_v2bv_stories,
    "fv2bw": fresh_v2bw_stories,
    "fv2bx": fresh_v2bx_stories,
    "fv2by": fresh_v2by_stories,
    "fv2bz": fresh_v2bz_stories,
    "fv2ca": fresh_v2ca_stories,
    "fv2cc": fresh_v2cc_stories,
    "fv2ce": fresh_v2ce_stories,
    "fv2cf": fresh_v2cf_stories,
    "fv2cb": fresh_v2cb_stories,
    "fv2cd": fresh_v2cd_stories,
}
EVERY_STORY = [(prefix, *story) for prefix, batch in BATCHES.items() for story in batch.STORIES]

# The kinds listed in /work/shared/pii/README.md (version 2 adds OTHER_ID).
README_KINDS = {
    "PERSON",
    "ADDRESS",
    "POSTCODE",
    "PHONE",
    "EMAIL",
    "NI_NUMBER",
    "REFERENCE",
    "DATE_OF_BIRTH",
    "AGE",
    "OTHER_ID",
    "ORGANISATION",
    "HEALTH",
    "OTHER_SPECIAL",
}

IDENTIFYING = README_KINDS - {"ORGANISATION", "HEALTH", "OTHER_SPECIAL"}


def test_kinds_match_the_readme():
    assert set(KINDS) == README_KINDS


def test_ids_are_unique():
    ids = [story_id for story_id, _, _ in STORIES]
    assert len(ids) == len(set(ids))


def test_six_stories_per_language():
    counts = Counter(language for _, language, _ in STORIES)
    assert counts == {language: 6 for language in LANGUAGES}
    assert len(STORIES) == 42


@pytest.mark.parametrize("prefix,story_id,language,marked", EVERY_STORY, ids=[s[1] for s in EVERY_STORY])
def test_story_parses_into_sound_spans(prefix, story_id, language, marked):
    assert story_id.startswith(f"{prefix}-{language}-")
    text, gold = parse(unicodedata.normalize("NFC", marked))
    # No marker left half-open or unparsed.
    assert "[[" not in text and "]]" not in text
    assert gold, "every story carries identifying details"
    assert any(span["kind"] in IDENTIFYING for span in gold)
    previous_end = 0
    for span in sorted(gold, key=lambda g: g["start"]):
        assert span["kind"] in README_KINDS, span
        assert 0 <= span["start"] < span["end"] <= len(text), span
        assert span["start"] >= previous_end, f"overlapping span {span}"
        previous_end = span["end"]
        value = text[span["start"] : span["end"]]
        assert value.strip() == value and value, f"span with outer whitespace: {value!r}"
    if prefix == "fv2":  # about 120-220 words, as the first writer was briefed
        assert 100 <= len(text.split()) <= 240


def test_ids_are_unique_across_batches():
    ids = [story[1] for story in EVERY_STORY]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("batch", BATCHES.values(), ids=BATCHES.keys())
def test_jsonl_lines_match_score_py_format(batch):
    lines = batch.as_jsonl_lines()
    assert len(lines) == len(batch.STORIES)
    for line, record in zip(lines, batch.records(), strict=True):
        loaded = json.loads(line)
        assert set(loaded) == {"id", "language", "text", "gold"}
        assert loaded == record
        assert unicodedata.normalize("NFC", loaded["text"]) == loaded["text"]
        for span in loaded["gold"]:
            assert set(span) == {"start", "end", "kind"}
            assert 0 <= span["start"] < span["end"] <= len(loaded["text"])


def test_every_identifying_kind_and_the_version_2_kinds_are_present():
    kinds = Counter(span["kind"] for record in records() for span in record["gold"])
    assert README_KINDS <= set(kinds)
    assert kinds["OTHER_ID"] >= 30
    assert kinds["ADDRESS"] >= 60
