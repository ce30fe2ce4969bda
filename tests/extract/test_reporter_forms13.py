"""Round 13's readings (second review of stop 26), each sentence written for a setting no
held-out set uses (Karabakh 2020, ``tests/extract/data/nk20``).

* A part of a place told before a list of names is a part of each: "the districts of Fuzuli
  and Jabrayil", "the outskirts of Fuzuli, Jabrayil and Zangilan" take none of them (the first
  name alone was read as a part; the others as taken).
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


def _places(nk, text):
    return sorted(r.place for r in extract(DATELINE + text, nk).rows.itertuples())


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The Azerbaijani army captured the districts of Fuzuli and Jabrayil on Tuesday.", []),
        (
            "The Azerbaijani army took the outskirts of Fuzuli, Jabrayil and Zangilan on Tuesday.",
            [],
        ),
        ("The Azerbaijani army took the approaches to Fuzuli, and Jabrayil on Tuesday.", []),
        # negative: a list after a noun of places is the places themselves
        (
            "The Azerbaijani army captured the towns of Fuzuli, Jabrayil and Zangilan on Tuesday.",
            ["fuzuli", "jabrayil", "zangilan"],
        ),
        # negative: a capture told after the part, in a clause of its own
        (
            "The Azerbaijani army reached the outskirts of Fuzuli, and the Azerbaijani army "
            "captured Jabrayil on Tuesday.",
            ["jabrayil"],
        ),
        # negative: one district named after a place is that place's ("the district of X")
        ("The Azerbaijani army captured the district of Fuzuli on Tuesday.", ["fuzuli"]),
    ],
)
def test_a_part_told_before_a_list_is_a_part_of_each_name(nk, text, places):
    assert _places(nk, text) == places
