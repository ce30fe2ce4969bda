"""Round 14's readings (stop 28), each sentence written for a setting no held-out set uses
(Karabakh 2020, ``tests/extract/data/nk20``).

* Two sources named in one attribution make a change ``confirmed`` when they are independent:
  "according to church sources in the town and, independently, a UN official in Baku",
  "according to UNHCR staff at the border and to relief workers who left the town"; the
  people a monitor names (staff, priests, relief workers, travellers, a Red Cross worker) are
  sources, and "in the town" says where a source is, not who (spent sets 5, 6, 9, 11, 12: ten
  confidences).  Two organs of one side stay one attribution.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.extract import extract
from geomap.inputs import load_inputs

NK = Path(__file__).parent / "data" / "nk20"
DATELINE = "BAKU, November 5, 2020 (Wire) — "


@pytest.fixture(scope="module")
def nk():
    return load_inputs(NK)


@pytest.mark.parametrize(
    ("attribution", "confidence"),
    [
        (
            "according to church sources in the town and, independently, a UN official in Baku",
            "confirmed",
        ),
        ("according to mission staff and a Red Cross worker", "confirmed"),
        (
            "according to UNHCR staff at the border and to relief workers who left the town",
            "confirmed",
        ),
        ("according to priests in the town and travellers who reached Barda", "confirmed"),
        # negatives: one source, or two organs of one side
        ("according to church sources in the town", "claimed"),
        ("according to relief workers who left the town", "claimed"),
        (
            "according to the Azerbaijani Defence Ministry and Azerbaijani state television",
            "claimed",
        ),
    ],
)
def test_two_independent_sources_in_one_attribution_confirm(nk, attribution, confidence):
    text = f"Azerbaijani troops entered Hadrut on 3 November, {attribution}."
    [row] = extract(DATELINE + text, nk).rows.itertuples()
    assert (row.place, row.confidence) == ("hadrut", confidence)
