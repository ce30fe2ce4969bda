"""Stop 42's readings, read off blind set 145 after its single measurement; each sentence is
written anew for the Cote d'Ivoire 2011 fixture (``tests/extract/data/civ11``), with negatives.

* "drove the defenders out of the town and found the Ludendorff bridge standing": a second
  verb in the past tense, after "and", ends the object; the place is the one "the town" stands
  for, not a name after the second verb.
* "Farther south, a task force of the First Army reached Remagen, drove ...": an opening
  adverbial of place ("farther south", "elsewhere") names no one, so the side after its comma
  is the subject, not an aside.
"""

from __future__ import annotations

import pytest
from sentences import civ_rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the object ends at "and shelled": Gagnoa is shelled, not taken
        (
            "The Republican Forces reached Daloa on Monday, drove the soldiers out of the town "
            "and shelled Gagnoa.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        # a list of places after the verb is still one object
        (
            "The Republican Forces drove the soldiers out of Daloa and Gagnoa on Monday.",
            [
                ("daloa", "FRCI", "FDS", "2011-03-28", "draft"),
                ("gagnoa", "FRCI", "FDS", "2011-03-28", "draft"),
            ],
        ),
        # a second verb of taking keeps its own object
        (
            "The Republican Forces seized Daloa and occupied Gagnoa on Monday.",
            [
                ("daloa", "FRCI", "FDS", "2011-03-28", "draft"),
                ("gagnoa", "FRCI", "FDS", "2011-03-28", "draft"),
            ],
        ),
    ],
)
def test_a_second_past_verb_ends_the_object(civ, text, rows):
    assert civ_rows(text, civ) == rows


@pytest.mark.parametrize(
    "opening",
    ["Farther south", "Further north", "Elsewhere", "Westwards", "Nearby"],
)
def test_an_opening_adverbial_of_place_names_no_one(civ, opening):
    text = (
        f"{opening}, a column of the Republican Forces reached Daloa on Monday, drove the "
        "soldiers out of the town and found the Gagnoa road open."
    )
    assert civ_rows(text, civ) == [("daloa", "FRCI", "FDS", "2011-03-28", "draft")]


def test_an_aside_still_hides_its_side(civ):
    # "the army, an ally of X, ...": the side in a real aside is still not the subject
    text = (
        "Daloa's garrison, loyal to the army, surrendered the town to the Republican Forces on "
        "Monday."
    )
    assert [r[:2] for r in civ_rows(text, civ)] == [("daloa", "FRCI")]
