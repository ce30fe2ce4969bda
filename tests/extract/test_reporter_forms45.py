"""Stop 45's readings, taken from blind sets 165-172 after each was measured once; each
sentence is written anew for the small ``eastern`` theatre (a Napoleonic-era war of four
sides), with negatives.

* "captured the government station and airstrip at Vereya", "the airfield at X", "the mission
  station at X", "the fortress at X": a station, mission, airstrip, airfield, fortress or
  citadel at a place is a site of it, read as the place with a note to check (blind set 166,
  spent set 114); "and airstrip" joins a second site without "the". A camp at a place is none:
  "took control of the army camp at X" is no change of X (spent sets 40, 63).
* "General Barclay surrendered the fortress and city of Vereya to the Grande Armee": a
  fortress or citadel surrendered, alone or with the city, is a place handed over to the
  side after "to" (blind set 166); "surrendered his sword to" is no place.
* "handed the fortress over to a detachment of the Company's troops": a detachment, column,
  company, squadron, regiment, patrol or vanguard of a side is that side (blind set 172, spent
  set 114), as "units of" and "fighters of" are.
* "the motorised column of the expeditionary corps entered Tirana": a corps is a force, so its
  entry is a side's (the statement's author, when none is named; blind set 180, taken after
  every set of the stop was measured), as a column's or a division's is; "the diplomatic corps
  entered the city" is people.
* "Federal skirmishers occupied Lee's Mill", "Rorke's Drift": a possessive goes on into a
  capitalised word the gazetteer does not know, as one unknown name, not "Mill" (blind set 183,
  spent sets 88 and 175: "Harper's Ferry", "Brown's Ferry"); "Russia's Vereya" and "Vereya's
  garrison" stay as they were.
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
    ("site", "expected"),
    [
        ("the government station and airstrip", [("1812-09-14", "vereya", "FRA")]),
        ("the airfield", [("1812-09-14", "vereya", "FRA")]),
        ("the mission station", [("1812-09-14", "vereya", "FRA")]),
        ("the fortress", [("1812-09-14", "vereya", "FRA")]),
        ("the old citadel", [("1812-09-14", "vereya", "FRA")]),
        ("the fort and the airstrip", [("1812-09-14", "vereya", "FRA")]),
        # a camp by a place is no place
        ("the army camp", []),
        ("the refugee camp", []),
    ],
)
def test_a_site_at_a_place_is_the_place(eastern, site, expected):
    text = f"French troops captured {site} at Vereya on Monday."
    assert _rows(text, eastern) == expected


def test_a_site_at_a_place_says_so_in_the_note(eastern):
    ex = extract(
        WIRE + "French troops captured the airstrip at Vereya on Monday.",
        eastern,
        published="1812-09-16",
    )
    (note,) = ex.drafts["note"]
    assert "a site in Vereya, read as Vereya (check that the place itself changed hands)" in note


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "General Barclay surrendered the fortress and city of Vereya to the Grande Armee "
            "on Monday.",
            [("1812-09-14", "vereya", "FRA")],
        ),
        (
            "General Barclay surrendered the fortress of Vereya to Napoleon on Monday.",
            [("1812-09-14", "vereya", "FRA")],
        ),
        (
            "General Barclay surrendered the citadel of Vereya to the Grande Armee on Monday.",
            [("1812-09-14", "vereya", "FRA")],
        ),
        # people surrendering, no place: "his sword", "the officers of the fortress"
        ("General Barclay surrendered his sword to Napoleon at Vereya on Monday.", []),
        (
            "The officers of the fortress surrendered to the Grande Armee at Vereya on Monday.",
            [],
        ),
    ],
)
def test_a_fortress_surrendered_to_a_side_is_handed_over(eastern, text, expected):
    assert _rows(text, eastern) == expected


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("a detachment of the Grande Armee", [("1812-09-14", "vereya", "FRA")]),
        ("a column of French troops", [("1812-09-14", "vereya", "FRA")]),
        ("two squadrons of the Polish legion", [("1812-09-14", "vereya", "POL")]),
        ("the vanguard of the Grande Armee", [("1812-09-14", "vereya", "FRA")]),
        # a detachment of no side: the gainer is left to the reviewer (a lead, no draft)
        ("a detachment of armed townsmen", []),
    ],
)
def test_a_unit_of_a_side_handed_a_place_is_the_side(eastern, unit, expected):
    text = f"On Monday the commandant handed Vereya over to {unit}."
    assert _rows(text, eastern) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Yesterday the motorised column of the expeditionary corps entered Vereya.",
            [("1812-09-15", "vereya", "FRA")],
        ),
        ("Yesterday the army corps entered Vereya.", [("1812-09-15", "vereya", "FRA")]),
        # people, not a force
        ("Yesterday the diplomatic corps entered Vereya.", []),
        ("Yesterday the press corps entered Vereya.", []),
        ("Yesterday the refugees entered Vereya.", []),
    ],
)
def test_a_corps_entering_is_a_side(eastern, text, expected):
    statement = "GRAND HEADQUARTERS OF THE GRANDE ARMEE\nBulletin\nMoscow, 16 September 1812\n\n"
    ex = extract(statement + text, eastern, published="1812-09-16")
    assert [(r.date, r.place, r.to_actor) for r in ex.drafts.itertuples()] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("French troops occupied Lee's Mill on Monday.", [("1812-09-14", "Lee's Mill", "FRA")]),
        (
            "French troops occupied Rorke's Drift on Monday.",
            [("1812-09-14", "Rorke's Drift", "FRA")],
        ),
        # a known place after a possessive, and a possessive before a common noun
        ("French troops occupied Russia's Vereya on Monday.", [("1812-09-14", "vereya", "FRA")]),
        # a part of a known place (as before): no draft, and no unknown name "Vereya's old"
        ("French troops entered Vereya's old town on Monday.", []),
    ],
)
def test_a_possessive_inside_an_unknown_name(eastern, text, expected):
    assert _rows(text, eastern) == expected
