"""Stop 34: a change at a place the gazetteer lacks is drafted (its note says to add the
place), so a name that only modifies another noun must not be read as that place.

Before stop 34 such rows were leads; with firm cues they were right 90 of 117 times on dev
and sets 1-38, and 14 of the 27 wrong ones were a name used as a modifier: "the Black Sea
port of Poti", "the East Aceh town of Peureulak", "the X dam", "the X military barracks",
"the Islamist gangs".  These sentences are written for the test.
"""

from __future__ import annotations

import pytest
from sentences import DATELINE, THEATRE

from geomap.extract import extract


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the name alone: the place, drafted by its name as written
        ("Government troops captured Bir Qasab on Friday.", [("Bir Qasab", "GOV", "draft")]),
        # the kind of place an "of" names: that place, not the modifier before it
        (
            "Government troops entered the Euphrates town of Arak on Friday.",
            [("arak", "GOV", "draft")],
        ),
        (
            "Government troops captured the Badia resort of Bir Qasab on Friday.",
            [("Bir Qasab", "GOV", "draft")],
        ),
        (
            "Government troops seized the desert monastery town of Arak on Friday.",
            [("arak", "GOV", "draft")],
        ),
        # a feature or a part of a place, or a band: no place of that name changed hands
        ("Government troops took the Bir Qasab dam on Friday.", []),
        ("Government troops captured the neighbouring Bir Qasab military barracks on Friday.", []),
        (
            "Government troops cleared Arak of the Jihadist gangs on Friday.",
            [("arak", "GOV", "draft")],
        ),
        # "area" and "district" stay a place's own ("the Bir Qasab area north of the city",
        # "the city's Bir Qasab district": a quarter changes hands)
        (
            "Government troops seized the Bir Qasab area north of Arak on Friday.",
            [("Bir Qasab", "GOV", "draft")],
        ),
        (
            "Government troops overran the city's Bir Qasab district on Friday.",
            [("Bir Qasab", "GOV", "draft")],
        ),
    ],
)
def test_a_name_that_modifies_a_noun_is_no_place_taken(theatre, sentence, expected):
    rows = extract(DATELINE + sentence, theatre).rows
    assert [tuple(r) for r in rows[["place", "to_actor", "status"]].values] == expected


def test_an_unknown_place_draft_is_refused_by_merge_until_its_row_is_added(theatre, tmp_path):
    """The draft is one a reviewer can accept, but merge-drafts writes nothing while its place
    is missing, and says where to add the place."""
    import csv
    import shutil

    from geomap.drafts import merge_drafts
    from geomap.errors import InputError

    folder = tmp_path / "theatre"
    shutil.copytree(THEATRE, folder)
    ex = extract(DATELINE + "Government troops captured Bir Qasab on Friday.", theatre)
    path = tmp_path / "d.csv"
    ex.to_csv(path)
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["place"] for r in rows] == ["Bir Qasab"]
    rows[0]["status"] = "accepted"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    before = (folder / "events.csv").read_bytes()
    with pytest.raises(InputError) as err:
        merge_drafts(folder, path)
    assert "unknown place 'Bir Qasab'" in str(err.value) and "d.places.csv" in str(err.value)
    assert (folder / "events.csv").read_bytes() == before


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "cleared" with a place as its object takes it, as "secured" does (stop 34)
        (
            "Government troops cleared Arak and Palmyra on Friday.",
            [("arak", "GOV", "draft"), ("palmyra", "GOV", "draft")],
        ),
        ("Government troops cleared the town of Arak on Friday.", [("arak", "GOV", "draft")]),
        # ... not mines, rubble or a road
        ("Government troops cleared Arak of mines on Friday.", []),
        ("Government troops cleared the road to Arak on Friday.", []),
        # "the post of X" is the place (a garrison post); "the posts around X" are parts of it
        ("Government troops retook the post of Arak on Friday.", [("arak", "GOV", "draft")]),
        ("Government troops retook the border post of Arak on Friday.", [("arak", "GOV", "draft")]),
        ("Government troops seized the posts around Arak on Friday.", []),
    ],
)
def test_cleared_a_place_and_the_post_of_a_place(theatre, sentence, expected):
    rows = extract(DATELINE + sentence, theatre).rows
    assert [tuple(r) for r in rows[["place", "to_actor", "status"]].values] == expected


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("Spanish", "a people's adjective"),
        ("Greek", "a people's adjective"),
        ("Soviet", "a people's adjective"),
        ("Islamist", "a movement's word"),
        ("Maoists", "a movement's word"),
        ("Bir Qasab", ""),
        ("Tapa", ""),
    ],
)
def test_peoples_adjectives_and_movements_are_no_place_names(name, why):
    from geomap.extract.gazetteer import not_a_place_name

    assert not_a_place_name(name, "") == why


def test_a_peoples_adjective_before_a_post_is_no_place(theatre):
    rows = extract(
        DATELINE + "Government troops overran the Spanish post at Arak on Friday.", theatre
    ).rows
    assert [tuple(r) for r in rows[["place", "to_actor"]].values] == [("arak", "GOV")]
