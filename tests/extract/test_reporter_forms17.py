"""Round 17's readings (stop 32), each sentence written for the Cote d'Ivoire 2011 fixture
(``tests/extract/data/civ11``), from forms a reporter uses that no rule read; none was taken
from a held-out set (the three written this stop were measured after these rules).

* "soldiers surrendered Bouake to the rebels": a place surrendered by name is lost; "surrendered
  to the rebels in X", "surrendered their weapons in X" are people, not a place.
* "the rebels are now in (full) control of X" tells who holds X now, as "now holds X" does
  (a lead on the publication day unless the sentence gives a day); "is now in FRCI hands",
  "is now controlled by the FRCI" as "is now under the control of" does.
* "An FRCI spokesman, Seydou Ouattara, said his men had liberated X", "army spokesman X said
  its troops ...": the side the speaker's title is qualified by; "his men" with no such
  speaker is nobody's.
* "A commander said on Thursday that his fighters had entered X that morning", after a change
  told on Wednesday: Thursday morning, not the day of the change before.
* "The FRCI took Daloa on Monday and entered Guiglo": "entered" with its subject left out is
  the capturing side's (not "and residents fled Guiglo", "and aid trucks entered Guiglo").
* A holding told as now with no day of its own ("are now in full control of X," a resident
  said) gives no day to the "also" change after it.
"""

from __future__ import annotations

import pytest
from sentences import civ_rows


# ------------------------------------------------------------------ a place surrendered by name
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The soldiers surrendered Bouake to the rebels on Monday.",
            [("bouake", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        (
            "Soldiers loyal to Laurent Gbagbo surrendered Bouake to the rebels on Monday.",
            [("bouake", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        (
            "The army surrendered the town of Bouake to the FRCI on Monday.",
            [("bouake", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        # people surrendering, not a place
        ("The soldiers surrendered their weapons in Bouake on Monday.", []),
        ("About 200 soldiers surrendered to the rebels in Bouake on Monday.", []),
        ("The soldiers surrendered on Monday in Bouake.", []),
        ("The soldiers surrendered Monday after a siege of Bouake.", []),
    ],
)
def test_a_place_surrendered_by_name(civ, text, expected):
    assert civ_rows(text, civ) == expected


# ------------------------------------------------------------------ now in control, now in X hands
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a holding told as now: the publication day, a lead
        (
            "The rebels are now in control of Guiglo.",
            [("guiglo", "FRCI", "FDS", "2011-03-30", "lead")],
        ),
        (
            "The rebels are now in full control of the city of Daloa.",
            [("daloa", "FRCI", "FDS", "2011-03-30", "lead")],
        ),
        # the day the sentence gives for it
        (
            "Pro-Ouattara fighters are now in control of Guiglo, residents said on Tuesday.",
            [("guiglo", "FRCI", "FDS", "2011-03-29", "draft")],
        ),
        (
            "San-Pedro, the cocoa port, is now in FRCI hands.",
            [("san-pedro", "FRCI", "FDS", "2011-03-30", "lead")],
        ),
        (
            "Duekoue is now controlled by the FRCI, the UN said.",
            [("duekoue", "FRCI", "FDS", "2011-03-30", "lead")],
        ),
        # no place in control, people in someone's hands
        ("The army is now in control of the situation in Daloa.", []),
        ("Many civilians are now in the hands of the rebels in Daloa.", []),
        # no "now": a holding, not a change
        ("Pro-Ouattara fighters were in control of Guiglo.", []),
    ],
)
def test_now_in_control(civ, text, expected):
    assert civ_rows(text, civ) == expected


# ------------------------------------------------------------------ a side's spokesman's "his men"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An FRCI spokesman said his men had liberated Bouake on Monday.",
            [("bouake", "FRCI", "", "2011-03-28", "draft")],
        ),
        (
            'An FRCI spokesman, Seydou Ouattara, said his men had "liberated" Bouake on Monday.',
            [("bouake", "FRCI", "", "2011-03-28", "draft")],
        ),
        (
            "FRCI commander Cherif Ousmane said his fighters took Bouake on Monday.",
            [("bouake", "FRCI", "", "2011-03-28", "draft")],
        ),
        (
            "An army spokesman said its troops had retaken Bouake on Monday.",
            [("bouake", "FDS", "FRCI", "2011-03-28", "draft")],
        ),
        # a spokesman of no side: "his men" are nobody's
        (
            "The spokesman said his men had liberated Bouake on Monday.",
            [("bouake", "", "", "2011-03-28", "lead")],
        ),
        # the spokesman speaks of the other side: its name, not his
        (
            "An FRCI spokesman said the army had retaken Bouake on Monday.",
            [("bouake", "FDS", "FRCI", "2011-03-28", "draft")],
        ),
    ],
)
def test_a_sides_spokesman_and_his_men(civ, text, expected):
    assert civ_rows(text, civ) == expected


# ------------------------------------------------------------------ "that morning" of the saying
def test_that_morning_is_the_day_it_was_said(civ):
    text = (
        "The FRCI took Daloa on Tuesday. An FRCI commander said on Wednesday that his fighters "
        "had entered Guiglo that morning."
    )
    assert civ_rows(text, civ) == [
        ("daloa", "FRCI", "FDS", "2011-03-29", "draft"),
        ("guiglo", "FRCI", "FDS", "2011-03-30", "draft"),
    ]


def test_that_day_without_a_day_of_saying_is_the_change_before(civ):
    text = "The FRCI took Daloa on Monday and entered Guiglo later that day."
    assert [r[:4] for r in civ_rows(text, civ)] == [
        ("daloa", "FRCI", "FDS", "2011-03-28"),
        ("guiglo", "FRCI", "FDS", "2011-03-28"),
    ]


# ------------------------------------------------------------------ a holding as now dates nothing
@pytest.mark.parametrize(
    "middle",
    [
        '"The Republican Forces are now in full control of Daloa," a resident said. ',
        "",
    ],
)
def test_a_holding_as_now_gives_no_day_to_also(civ, middle):
    text = (
        "The FRCI took Daloa on Monday after the army withdrew overnight, residents said on "
        "Tuesday. " + middle + "They also entered the nearby town of Duekoue, he said."
    )
    rows = civ_rows(text, civ)
    assert ("duekoue", "FRCI", "FDS", "2011-03-28", "draft") in rows
    assert all(r[3] == "2011-03-28" for r in rows if r[0] == "daloa")


# ------------------------------------------------------------------ "and entered": subject left out
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The FRCI took Daloa on Monday and then entered Guiglo on Tuesday.",
            [
                ("daloa", "FRCI", "FDS", "2011-03-28", "draft"),
                ("guiglo", "FRCI", "FDS", "2011-03-29", "draft"),
            ],
        ),
        # people and lorries are no side
        (
            "The FRCI took Daloa on Monday and residents fled Guiglo.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        (
            "The FRCI took Daloa on Monday and aid trucks entered Guiglo on Tuesday.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
    ],
)
def test_entered_with_its_subject_left_out(civ, text, expected):
    assert civ_rows(text, civ) == expected


# ------------------------------------------------------------------ repelled; announced; taken from
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # repelled from a place the attackers did not hold: fighting, no change
        ("The army said it had pushed the rebels back from Daloa on Monday.", []),
        ("The rebels were driven back from Daloa on Tuesday.", []),
        (
            "The FRCI drove the army out of Daloa on Monday.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        # "announced the recapture of X": the announcer's change, on the day it announced it
        (
            "The army announced on Tuesday the recapture of Daloa.",
            [("daloa", "FDS", "", "2011-03-29", "draft")],
        ),
        # "recaptured from the FRCI": the FRCI lost it (the gainer is no longer the loser);
        # since stop 40 the army's own report of a place taken makes its gain a draft
        (
            "Daloa was recaptured from the FRCI on Monday, the army said.",
            [("daloa", "FDS", "FRCI", "2011-03-28", "draft")],
        ),
    ],
)
def test_repelled_announced_and_taken_from(civ, text, expected):
    assert civ_rows(text, civ) == expected
