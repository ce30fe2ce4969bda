"""Stop 42: a withdrawal told inside a side's claim is the claimant's gain.

"The claims made by London radio that our army has abandoned Kermanshah are lies" (spent set
105): the settled rule reads a claim that a place fell as the claimant's gain, denied or not;
a claim that a side left a place is the same claim.  The claimant must be named ("claims
of/by Y") and must not be the side that left.  The gainer used to be read from the context,
which made the row a lead.  Also "the communique of X, which claims that ...": X's claim
(blind set 146).  The sentences are written for the test.
"""

from __future__ import annotations

import pytest
from sentences import DATELINE as WIRE  # a Saturday: "on Thursday" is May 25

from geomap.extract import extract

SAA_STATEMENT = (
    "SYRIAN ARAB ARMY - GENERAL COMMAND\n\nStatement issued in Damascus, Saturday 27 May 2017\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the author's own side said to have left, by a named claimant
        (
            SAA_STATEMENT + "The claims made by Islamic State on Thursday that our forces have "
            "abandoned Arak are lies.",
            [("arak", "IS", "GOV", "disputed", "draft")],
        ),
        (
            SAA_STATEMENT + "The claims of the Free Syrian Army that our units withdrew from "
            "Arak on Thursday are lies.",
            [("arak", "FSA", "GOV", "disputed", "draft")],
        ),
        # a wire story: a third side's claim that another side left
        (
            WIRE + "The claims of the Free Syrian Army that Islamic State fighters withdrew from "
            "Arak on Thursday are false.",
            [("arak", "FSA", "IS", "disputed", "draft")],
        ),
    ],
)
def test_a_withdrawal_inside_a_named_claim_is_the_claimants_gain(theatre, text, expected):
    rows = extract(text, theatre, published="2017-05-27").rows
    got = [
        tuple(r) for r in rows[["place", "to_actor", "from_actor", "confidence", "status"]].values
    ]
    assert got == expected
    assert rows["date"].tolist() == ["2017-05-25"]
    assert "the claimant" in rows["note"].iloc[0]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        # the claimant is the side that left: it gains nothing; no gainer in the sentence
        (
            WIRE + "The claims of Islamic State that its fighters withdrew from Arak on Thursday "
            "are false.",
            "no gaining side",
        ),
        # a side that says so, with no claim noun: not a claimant (a lead, as before)
        (
            WIRE + "The army abandoned Arak on Thursday, the Free Syrian Army said.",
            "no gaining side",
        ),
    ],
)
def test_no_claimant_no_claimants_gain(theatre, text, why):
    rows = extract(text, theatre, published="2017-05-27").rows
    assert rows["to_actor"].tolist() == [""]
    assert rows["status"].tolist() == ["lead"]
    assert why in rows["note"].iloc[0]
    assert "the claimant" not in rows["note"].iloc[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the communique of X, which claims that ...": X's claim, denied: disputed, X's gain
        # (blind set 146)
        (
            SAA_STATEMENT + "The communique of the Free Syrian Army of 25 May, which claims that "
            "its fighters retook Arak on that day, is a complete invention.",
            [("arak", "FSA", "2017-05-25", "disputed", "draft")],
        ),
        (
            SAA_STATEMENT + "The statement of Islamic State, which claimed that its fighters "
            "entered Arak on Thursday, is a lie.",
            [("arak", "IS", "2017-05-25", "disputed", "draft")],
        ),
        # reports nobody is said to make, called lies: no change
        (
            SAA_STATEMENT + "Reports, which claim that Islamic State fighters entered Arak on "
            "Thursday, are lies.",
            [],
        ),
    ],
)
def test_a_partys_communique_which_claims_a_change(theatre, text, expected):
    rows = extract(text, theatre, published="2017-05-27").rows
    got = [tuple(r) for r in rows[["place", "to_actor", "date", "confidence", "status"]].values]
    assert got == expected
