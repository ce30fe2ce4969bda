"""Stop 35's readings, read off spent sets after their single measurements; each sentence is
written anew for the Cote d'Ivoire 2011 fixture (``tests/extract/data/civ11``), with negatives.

* An earlier event told in a relative clause with no comma before it ("drove the FRCI out of
  X, which they had entered" had one; "from the assailants who had infiltrated it from the
  border on Thursday" has none): its day is not the change's (spent set 15).
* "completed on Monday the liberation of X" (a day between), "completed the clearance of X"
  (spent sets 60, 61); not "the clearance of mines in X".
* "X passed from A to B"; "the garrison of X went over to B" (spent set 58); not "went over
  to the offensive".
"""

from __future__ import annotations

import pytest
from sentences import civ_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the relative clause's day is the infiltration's; the change's is the one before
        (
            "Yesterday, Sunday 27 March, the army liberated Daloa from the rebels who had "
            "infiltrated it from the Liberian border on Thursday.",
            [("daloa", "FDS", "FRCI", "2011-03-27", "draft")],
        ),
        (
            "The army liberated Daloa on Sunday from the rebels who had infiltrated it on "
            "Thursday.",
            [("daloa", "FDS", "FRCI", "2011-03-27", "draft")],
        ),
        # negatives: a day of the change itself after the verb, with no relative clause, and
        # a relative clause in the present perfect (not an earlier event)
        (
            "The army liberated Daloa from the rebels on Thursday.",
            [("daloa", "FDS", "FRCI", "2011-03-24", "draft")],
        ),
        (
            "The army liberated Daloa, which the rebels held, on Thursday.",
            [("daloa", "FDS", "", "2011-03-24", "draft")],
        ),
    ],
)
def test_a_day_in_a_relative_clause_of_an_earlier_event(civ, text, expected):
    assert civ_rows(text, civ) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Republican Forces completed on Monday the liberation of Daloa, the ministry said.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        (
            "The Republican Forces completed the clearance of Daloa on Monday.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        (
            "Guiglo passed from the army to the Republican Forces on Monday, residents said.",
            [("guiglo", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        (
            "The army garrison of Daloa went over to the Republican Forces on Monday.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        # negatives
        ("The Republican Forces completed the clearance of mines in Daloa on Monday.", []),
        ("The army garrison of Daloa went over to the offensive on Monday.", []),
        ("The Republican Forces completed on Monday the training of recruits at Daloa.", []),
    ],
)
def test_completed_passed_from_and_went_over(civ, text, expected):
    assert civ_rows(text, civ) == expected
