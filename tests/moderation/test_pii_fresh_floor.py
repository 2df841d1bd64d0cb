"""The detector on every fresh version-2 batch (tests/moderation/fresh_v2*_stories.py),
scored like the shared scorer. Floors a little under today's figures (docs/pii.md), so a
change that makes any batch leak more fails here; the first-sight figures are in each
batch's docstring."""

import pytest

from .pii_cases import score
from .test_fresh_v2_stories import BATCHES

# prefix: (leak-free, recall) floors; precision must stay over the 70% target everywhere.
FLOORS = {
    "fv2": (0.95, 0.99),
    "fv2b": (0.88, 0.98),
    "fv2c": (0.85, 0.99),
    "fv2d": (0.93, 0.99),
    "fv2e": (0.87, 0.98),
    "fv2f": (0.97, 0.99),
    "fv2g": (0.92, 0.99),
    "fv2h": (0.95, 0.99),
    "fv2i": (0.97, 0.99),
    "fv2j": (0.94, 0.99),
    "fv2k": (0.97, 0.99),
    "fv2l": (0.94, 0.99),
    "fv2m": (0.74, 0.96),
    "fv2n": (0.85, 0.98),
    "fv2o": (0.87, 0.98),
    "fv2p": (0.84, 0.98),
    "fv2q": (0.82, 0.98),
    "fv2r": (0.91, 0.99),
    "fv2s": (0.80, 0.98),
    "fv2t": (0.88, 0.98),
    "fv2u": (0.88, 0.98),
    "fv2v": (0.77, 0.98),
    "fv2w": (0.85, 0.98),
    "fv2x": (0.71, 0.97),
    "fv2y": (0.22, 0.88),
    "fv2z": (0.74, 0.98),
    "fv2aa": (0.82, 0.98),
    "fv2ab": (0.74, 0.98),
    "fv2ac": (0.88, 0.99),
    "fv2ad": (0.85, 0.99),
    "fv2ae": (0.88, 0.99),
    "fv2af": (0.80, 0.98),
    "fv2ag": (0.77, 0.98),
    "fv2ah": (0.94, 0.99),
    "fv2ai": (0.54, 0.96),
    "fv2aj": (0.85, 0.99),
    "fv2ak": (0.80, 0.98),
    "fv2al": (0.77, 0.98),
    "fv2am": (0.82, 0.98),
    "fv2an": (0.91, 0.99),
    "fv2ao": (0.60, 0.97),
    "fv2ap": (0.80, 0.98),
    "fv2aq": (0.71, 0.97),
    "fv2ar": (0.42, 0.96),
    "fv2as": (0.60, 0.96),
    "fv2at": (0.45, 0.96),
    "fv2au": (0.85, 0.99),
    "fv2av": (0.48, 0.95),
    "fv2aw": (0.82, 0.99),
    "fv2ax": (0.85, 0.98),
    "fv2ay": (0.85, 0.98),
    "fv2az": (0.88, 0.99),
    "fv2ba": (0.88, 0.99),
    "fv2bb": (0.85, 0.98),
    "fv2bc": (0.71, 0.97),
    "fv2bd": (0.80, 0.98),
    "fv2be": (0.77, 0.98),
    "fv2bf": (0.71, 0.98),
    "fv2bg": (0.74, 0.98),
    "fv2bh": (0.82, 0.98),
    "fv2bi": (0.88, 0.99),
    "fv2bj": (0.85, 0.97),
    "fv2bk": (0.77, 0.98),
    "fv2bl": (0.91, 0.99),
    "fv2bm": (0.65, 0.95),
    "fv2bn": (0.65, 0.97),
    "fv2bo": (0.31, 0.91),
    "fv2bp": (0.97, 0.99),
    "fv2bq": (0.85, 0.98),
    "fv2br": (0.68, 0.97),
    "fv2bs": (0.71, 0.97),
    "fv2bt": (0.91, 0.99),
    "fv2bu": (0.82, 0.98),
    "fv2bv": (0.94, 0.99),
    "fv2bw": (0.48, 0.97),
    "fv2bx": (0.97, 0.99),
    "fv2by": (0.85, 0.98),
    "fv2bz": (0.97, 0.99),
    "fv2ca": (0.48, 0.95),
    "fv2cc": (0.91, 0.99),
    "fv2ce": (0.62, 0.96),
    "fv2cf": (0.59, 0.96),
    "fv2cb": (0.68, 0.97),
    "fv2cd": (0.74, 0.97),
}


@pytest.mark.parametrize("prefix", sorted(FLOORS))
def test_fresh_batch_stays_above_its_floor(prefix):
    result = score(BATCHES[prefix].records())
    leak_free, recall = FLOORS[prefix]
    assert result["leak_free"] >= leak_free, result["misses"]
    assert result["recall"] >= recall, result["misses"]
    assert result["precision"] >= 0.70


def test_every_batch_has_a_floor():
    assert set(FLOORS) == set(BATCHES)
