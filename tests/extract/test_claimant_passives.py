"""Stop 34: a passive change with no agent inside a side's claim is the claimant's gain.

"The claims of the X that A has been liberated are false", "X said on Thursday that A had
been retaken": the side that claims (or announces) it, as "X has fallen" was read before.  In
a statement of a two-sided theatre, a claim whose claimant names no side ("the enemy's
radio") is the author's one opponent's, and an agent given only by a pronoun ("retaken by its
forces") is the claimant's.  Where several sides could have claimed it, the gainer is left
to the reviewer.  The sentences are written for the test.
"""

from __future__ import annotations

import pytest
from sentences import DATELINE as WIRE  # a Saturday: "on Thursday" is May 25

from geomap.extract import extract

ARM_STATEMENT = (
    "ARTSAKH DEFENCE ARMY - PRESS SERVICE\n\nStatement issued in Khankendi, Thursday 5 "
    "November 2020\n\n"
)
SAA_STATEMENT = (
    "SYRIAN ARAB ARMY - GENERAL COMMAND\n\nStatement issued in Damascus, Saturday 27 May 2017\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The claims of the Free Syrian Army that Arak has been liberated are false, the "
            "army said.",
            [("arak", "FSA", "disputed", "draft")],
        ),
        (
            "Islamic State said on Thursday that Arak had been retaken. The army denied it.",
            [("arak", "IS", "disputed", "draft")],
        ),
        # no side claims it: no gainer (a lead)
        (
            "Residents said on Thursday that Arak had been retaken.",
            [("arak", "", "claimed", "lead")],
        ),
        # an agent named stays the gainer
        (
            "The claims of the Free Syrian Army that Arak has been taken by Islamic State "
            "fighters are false.",
            [("arak", "IS", "disputed", "draft")],
        ),
    ],
)
def test_a_passive_inside_a_sides_claim_is_the_claimants_gain(theatre, text, expected):
    rows = extract(WIRE + text, theatre).rows
    got = [tuple(r) for r in rows[["place", "to_actor", "confidence", "status"]].values]
    assert got == expected


def test_a_statement_cites_its_one_opponents_claim(nk):
    text = (
        ARM_STATEMENT + "The claims broadcast on Tuesday by the enemy's radio that Hadrut has "
        "been retaken by its forces are lies."
    )
    rows = extract(text, nk, published="2020-11-05").rows
    assert [tuple(r) for r in rows[["place", "to_actor", "date", "status"]].values] == [
        ("hadrut", "AZA", "2020-11-03", "draft")
    ]
    assert "is its one opponent's" in rows["note"].iloc[0]


def test_with_several_opponents_the_claimant_is_left_to_the_reviewer(theatre):
    text = (
        SAA_STATEMENT + "The claims broadcast on Thursday by the enemy's radio that Arak has "
        "been retaken by its forces are lies."
    )
    rows = extract(text, theatre, published="2017-05-27").rows
    assert [tuple(r) for r in rows[["place", "to_actor", "status"]].values] == [
        ("arak", "", "lead")
    ]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # stop 35 (spent sets 60, 61): "has fallen" inside a claim of the enemy's media, in a
        # statement of a two-sided theatre, is the one opponent's gain, as a passive is
        ("that Hadrut has fallen are lies.", [("hadrut", "AZA", "2020-11-03", "draft")]),
    ],
)
def test_a_fall_inside_the_one_opponents_claim(nk, claim, expected):
    text = ARM_STATEMENT + "The claims of the enemy's media on Tuesday " + claim
    rows = extract(text, nk, published="2020-11-05").rows
    assert [tuple(r) for r in rows[["place", "to_actor", "date", "status"]].values] == expected


def test_a_fall_inside_a_claim_of_one_of_several_opponents_is_left_to_the_reviewer(theatre):
    text = (
        SAA_STATEMENT + "The claims of the enemy's media on Thursday that Arak has fallen are lies."
    )
    rows = extract(text, theatre, published="2017-05-27").rows
    assert [tuple(r) for r in rows[["place", "to_actor", "status"]].values] == [
        ("arak", "", "lead")
    ]
