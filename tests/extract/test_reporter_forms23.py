"""Stop 35's readings, read off spent sets after their single measurements; each sentence is
written anew for the Cote d'Ivoire 2011 fixture (``tests/extract/data/civ11``), with negatives.

* An earlier event told in a relative clause with no comma before it ("drove the FRCI out of
  X, which they had entered" had one; "from the assailants who had infiltrated it from the
  border on Thursday" has none): its day is not the change's (spent set 15).
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
