"""Round 10's general rule, each sentence written for a setting no held-out set uses
(Karabakh 2020, ``tests/extract/data/nk20``).

* A participle right after a preposition ("in captured tanks", "with seized trucks") is an
  adjective: no change of the noun it qualifies, and it does not end the clause of the verb
  before it.
* A name the gazetteer lacks followed by a structure noun ("the X bridge", "the X mosque")
  names the structure in a town, not a place a side takes.
"""

from __future__ import annotations

import pytest

from geomap.extract import extract

DATELINE = "BAKU, November 5, 2020 (Wire) — "  # a Thursday: "on Tuesday" is November 3


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Residents said Armenian fighters drove through the streets in captured Toyotas.", []),
        ("Azerbaijani soldiers posed with seized Kamaz trucks outside Hadrut on Tuesday.", []),
        (
            "Azerbaijani troops entered Hadrut in captured Armenian lorries on Tuesday.",
            [("hadrut", "AZA", "2020-11-03", "draft")],
        ),
        (
            "Azerbaijani troops, riding in seized Armenian trucks, entered Hadrut on Tuesday.",
            [("hadrut", "AZA", "2020-11-03", "draft")],
        ),
        # a participle that is the verb is still one
        (
            "Azerbaijani troops captured Hadrut on Tuesday.",
            [("hadrut", "AZA", "2020-11-03", "draft")],
        ),
    ],
)
def test_a_participle_after_a_preposition_is_an_adjective(nk, sentence, expected):
    rows = extract(DATELINE + sentence, nk).rows
    assert [tuple(r) for r in rows[["place", "to_actor", "date", "status"]].values] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Azerbaijani troops took the Khudaferin bridge on Tuesday.", []),
        (
            "Azerbaijani soldiers recovered the Govhar Agha mosque and a nearby school on Tuesday.",
            [],
        ),
        ("Armenian fighters seized the Vank checkpoint on Tuesday.", []),
        # the name alone is still an unknown place, drafted (its note: add it to places.csv)
        ("Azerbaijani troops took Khudaferin on Tuesday.", [("Khudaferin", "AZA", "draft")]),
    ],
)
def test_an_unknown_name_before_a_structure_noun_is_no_place(nk, sentence, expected):
    rows = extract(DATELINE + sentence, nk).rows
    assert [tuple(r) for r in rows[["place", "to_actor", "status"]].values] == expected
