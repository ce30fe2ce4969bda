"""Stop 46's readings, taken from blind sets 185-192 after each was measured once; each
sentence is written anew for the small ``eastern`` theatre (a Napoleonic-era war of four
sides), with negatives.

* "occupied the fortifications at Vereya", "took the stockade at X", "the redoubt at X", "the
  pa at X" (a Maori fort): sites of the place, read as the place with a note to check, as a
  fort or a post at it is (blind sets 190 and 165).
* "occupied the Maori fortifications at Meremere": a capitalised name the gazetteer does not
  know, right before a site placed by "at" or "in" a name after it, is the site's people or
  owner, not an unknown place (blind set 190); "occupied Xobrino post" still names the unknown
  place Xobrino.
* "On Sunday, 10 April, our brothers attacked ... After three hours of fighting the apostates
  fled, and the mujahideen took control of X": a sentence opening on "after N hours" goes on
  with the day the sentence before told, as "After a lively engagement" does (blind set 186);
  "After three days of fighting" does not.
* "entered X towards evening as the enemy withdrew": a time of day, dated by the day given
  before in the paragraph, as "in the afternoon" is (blind set 185).
* "Son was in American hands by evening": held by a time of the day is a change, its side the
  one whose modifier the adjective before "hands" is (blind set 187); "in French hands by the
  time the treaty was signed" is none, and "is now in Polish hands" names the Polish side.
"""

from __future__ import annotations

import pytest
from sentences import EASTERN_WIRE, eastern_rows, eastern_theatre

from geomap.extract import extract


@pytest.fixture
def eastern(tmp_path):
    """Four sides, each with its own modifier."""
    return eastern_theatre(tmp_path)


WIRE = EASTERN_WIRE
_rows = eastern_rows


@pytest.mark.parametrize(
    "site",
    [
        "the fortifications",
        "the enemy fortifications",
        "the stockade",
        "the old redoubt",
        "the pa",
        # a name the gazetteer does not know, before the site: its people or owner
        "the Cossack fortifications",
        "the Bashkir stockade",
    ],
)
def test_a_fortification_at_a_place_is_the_place(eastern, site):
    text = f"French troops occupied {site} at Vereya on Monday."
    assert _rows(text, eastern) == [("1812-09-14", "vereya", "FRA")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # no site placed elsewhere after it: the unknown name is the place
        ("French troops occupied Xobrino post on Monday.", "Xobrino"),
        ("French troops occupied the Xobrino post on Monday.", "Xobrino"),
    ],
)
def test_an_unknown_name_before_a_site_alone_is_the_place(eastern, text, place):
    assert _rows(text, eastern) == [("1812-09-14", place, "FRA")]


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("After three hours of fighting", [("1812-09-13", "vereya", "FRA")]),
        ("After several hours of fighting", [("1812-09-13", "vereya", "FRA")]),
        ("After hours of fighting", [("1812-09-13", "vereya", "FRA")]),
        ("Within two hours", [("1812-09-13", "vereya", "FRA")]),
        # days later: not the day before's
        ("After three days of fighting", []),
    ],
)
def test_after_hours_goes_on_with_the_day_before(eastern, opening, expected):
    text = (
        "On Sunday, 13 September, French troops attacked the Russian positions before Vereya. "
        f"{opening} the Russians fled, and French troops took control of Vereya."
    )
    assert _rows(text, eastern) == expected


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("towards evening", [("1812-09-13", "ruza", "FRA")]),
        ("toward nightfall", [("1812-09-13", "ruza", "FRA")]),
        # no time of day: no day of the sentence before (the publication day, a lead)
        ("at last", []),
    ],
)
def test_towards_evening_is_the_day_before(eastern, when, expected):
    text = (
        "French troops took Vereya on Sunday, 13 September. "
        f"On the left, the Polish legion entered Ruza {when} as the Russian army withdrew."
    )
    rows = [r for r in _rows(text, eastern) if r[1] == "ruza"]
    assert [(d, p, "FRA" if a == "POL" else a) for d, p, a in rows] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By the general's account, Vereya was in French hands by evening on Sunday.",
            [("1812-09-13", "vereya", "FRA")],
        ),
        ("Vereya was in Polish hands by nightfall on Sunday.", [("1812-09-13", "vereya", "POL")]),
        # held by a moment that is no time of day: no change told
        ("Vereya was in French hands by the time the treaty was signed.", []),
    ],
)
def test_in_a_sides_hands_by_evening(eastern, text, expected):
    assert _rows(text, eastern) == expected


def test_a_sides_adjective_before_hands_names_it(eastern):
    ex = extract(
        WIRE + "Vereya is now in Polish hands, the Russian army said on Monday.",
        eastern,
        published="1812-09-16",
    )
    rows = [(r.place, r.to_actor) for r in ex.rows.itertuples()]
    assert rows == [("vereya", "POL")]
