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


# ------------------------------------------------------ forces named by whom they follow
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "soldiers" is the army's role word, but these follow the other side's leader
        (
            "Soldiers loyal to the country's internationally recognised president, Alassane "
            "Ouattara, seized Duekoue on Monday.",
            [("duekoue", "FRCI", "2011-03-28")],
        ),
        # "to <Name>" after "loyal" is no infinitive ("wants to take")
        (
            "Soldiers loyal to Ouattara seized Duekoue from Gbagbo's army on Monday.",
            [("duekoue", "FRCI", "2011-03-28")],
        ),
        # "lost X to the forces of <Name>": the leader's side gains it
        (
            '"We have lost control of Daloa to the forces of Alassane Ouattara," an army '
            "spokesman said on Tuesday.",
            [("daloa", "FRCI", "2011-03-29")],
        ),
        ("Gbagbo's troops took Guiglo on Sunday.", [("guiglo", "FDS", "2011-03-27")]),
        # a leader no actor names: unresolved, never the role word's side
        ("Soldiers loyal to Maho Glofiehi took Guiglo on Sunday.", [("guiglo", "", "2011-03-27")]),
        # no leader named: the role words say it, as before
        (
            "Soldiers loyal to the government took Guiglo on Sunday.",
            [("guiglo", "FDS", "2011-03-27")],
        ),
    ],
)
def test_forces_named_by_their_leader_are_the_leaders_side(civ, sentence, expected):
    assert _triples(_rows(DATELINE + sentence, civ)) == expected
