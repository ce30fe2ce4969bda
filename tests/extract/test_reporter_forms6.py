"""geomap.extract, sixth round (issue #17): whole classes of wrong drafts, caught by general
mechanisms rather than by single wordings.

Every sentence here is written for this test in a conflict no benchmark set covers (Cote
d'Ivoire, 2011: ``tests/extract/data/civ11``), so a rule that passes only on a set's wording
fails here.
"""

from pathlib import Path

import pytest

from geomap.extract import extract
from geomap.inputs import load_inputs

CIV = Path(__file__).parent / "data" / "civ11"
DATELINE = "ABIDJAN, March 30, 2011 (Wire) — "


@pytest.fixture(scope="module")
def civ():
    return load_inputs(CIV)


def _rows(text, theatre, published="2011-03-30"):
    return extract(text, theatre, published=published).drafts.to_dict("records")


def _triples(rows):
    return [(r["place"], r["to_actor"], r["date"]) for r in rows]


# ------------------------------------------------------ a side without the initiative
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the side an earlier verb took a place from is no subject of the next verb
        (
            "Republican Forces took Daloa from government troops on Monday, and seized "
            "Duekoue two days later.",
            [("daloa", "FRCI", "2011-03-28"), ("duekoue", "FRCI", "2011-03-30")],
        ),
        # "they" is not a side told as pulling out, nor one a place was taken from
        (
            "Pro-Ouattara fighters had taken Guiglo from the peacekeepers on Sunday after the "
            "soldiers of the army garrison pulled out, and on Monday they took the town of "
            "Toulepleu.",
            [("guiglo", "FRCI", "2011-03-27"), ("toulepleu", "FRCI", "2011-03-28")],
        ),
    ],
)
def test_a_side_acted_on_or_leaving_is_not_the_next_gainer(civ, sentence, expected):
    assert _triples(_rows(DATELINE + sentence, civ)) == expected


def test_a_modifier_from_a_place_still_names_the_subject(civ):
    # "fighters from X took Y": "from" here is no side taken from (the first verb)
    text = DATELINE + "Soldiers from the Ivorian army took Gagnoa on Monday."
    assert _triples(_rows(text, civ)) == [("gagnoa", "FDS", "2011-03-28")]
