"""Stop 37's readings, read off spent sets 77-81 after their single measurements; each sentence
is written anew for the Cote d'Ivoire 2011 fixture (``tests/extract/data/civ11``), with
negatives.

* "on Sunday, Sept. 19": the explicit day in the American order after a weekday (spent set 81).
* A statement's title may run long when it says where the text came from ("Transcript of a
  video statement attributed to X, released ... (translated from Hausa ...)"), and a text that
  opens with "our mujahideen took X" is a statement (spent set 78).
* "our defence and security forces", "our rearguards": a statement's own forces (spent set 78).
* "X, which A seized in October, was retaken by B in December": the passive's subject across
  the relative clause (spent set 79).
* "A left X, and B came into it": "left" before a comma, "came into" as an entry with a side as
  its subject (spent set 79).
* "the police post at X surrendered to Y"; a post's or a garrison's bare surrender in a claim
  (spent set 81).
* "handed over X to officials of Y's government": the side after "officials of" (spent set 81).
* "took the fort and the town": the town the noun stands for (spent set 77).
"""

from __future__ import annotations

import datetime as dt

import pytest
from sentences import civ_rows

from geomap.extract import extract
from geomap.extract.dates import find_dates


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("on Sunday, Sept. 19, and were driven out", dt.date(2011, 9, 19)),
        ("on Sunday, September 19", dt.date(2011, 9, 19)),
        ("on Sunday Sept. 19", dt.date(2011, 9, 19)),
        ("on Sunday, 19 September", dt.date(2011, 9, 19)),
    ],
)
def test_a_weekday_then_the_day_in_either_order(text, day):
    (d,) = find_dates(text, dt.date(2011, 9, 27))
    assert (d.start, d.end) == (day, day)


def test_a_weekday_then_a_month_alone_stays_the_weekday():
    # "on Sunday, September" names no day of September: the weekday counts
    found = find_dates("on Sunday, September", dt.date(2011, 9, 27))
    assert (found[0].start, found[0].text) == (dt.date(2011, 9, 25), "on Sunday")


def _rows(text, civ, published="2011-03-30"):
    rows = extract(text, civ, published=published).rows
    return list(zip(rows.place, rows.to_actor, rows.date, rows.status, strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Transcript of a video statement attributed to the Republican Forces, released 30 "
            "March 2011 (translated from Dioula by a monitoring service; wording as received)"
            "\n\nIn the name of the people.\n\nOn Monday our fighters took Daloa.\n",
            [("daloa", "FRCI", "2011-03-28", "draft")],
        ),
        (
            "In the name of the people. This message is to the tyrant.\n\nOn Monday our "
            "mujahideen took Daloa. The soldiers of the army ran away.\n",
            # a statement, but it names no author: the gainer stays to be filled in
            [("daloa", "", "2011-03-28", "lead")],
        ),
        (
            "COMMUNIQUE No. 11 of the Defence and Security Forces\n\nOn Monday our defence and "
            "security forces retook Daloa from the rebels.\n",
            [("daloa", "FDS", "2011-03-28", "draft")],
        ),
        # a wire that quotes "our fighters" is no statement
        (
            'ABIDJAN, March 30, 2011 (Wire) - "Our fighters took Daloa on Monday," a rebel '
            "spokesman said.\n",
            [("daloa", "FRCI", "2011-03-28", "draft")],
        ),
    ],
)
def test_a_statement_by_a_long_title_or_its_own_forces(civ, text, expected):
    assert _rows(text, civ) == expected


@pytest.mark.parametrize(
    ("opening", "confidence"),
    [
        # "we" before "our mujahideen" on the same line: still a statement, the side's claim
        ("We tell the tyrant that on Monday our mujahideen took Daloa.", "claimed"),
        ("On Monday our mujahideen took Daloa.", "claimed"),
        # "we" alone names no forces: the reporter's own voice
        ("We tell the tyrant that on Monday the fighters took Daloa.", "confirmed"),
    ],
)
def test_our_forces_after_we_still_make_a_statement(civ, opening, confidence):
    text = f"In the name of the people.\n\n{opening}\n"
    rows = extract(text, civ, published="2011-03-30").rows
    assert list(zip(rows.place, rows.confidence, strict=True)) == [("daloa", confidence)]


def test_a_long_first_sentence_is_no_title(civ):
    # a first line over 120 characters that ends as a sentence does is the story's, not a title
    text = (
        "Officials of the Defence and Security Forces said in a statement on Tuesday that the "
        "town of Daloa was calm and that nothing had changed there.\n\nOn Monday our fighters "
        "took Daloa, a rebel said.\n"
    )
    assert [r[1] for r in _rows(text, civ)] != ["FDS"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Daloa, which the Republican Forces seized on 20 March, was retaken by the army on "
            "28 March.",
            [
                ("daloa", "FRCI", "FDS", "2011-03-20", "draft"),
                ("daloa", "FDS", "FRCI", "2011-03-28", "draft"),
            ],
        ),
        # a relative clause before a copula is no passive
        ("Daloa, which the rebels held, was a quiet town.", []),
    ],
)
def test_a_passive_after_a_relative_clause(civ, text, expected):
    assert civ_rows(text, civ) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Monday the Republican Forces left Daloa, and the army came into it on Tuesday.",
            [("daloa", "FDS", "FRCI", "2011-03-29", "draft")],
        ),
        (
            "On Monday the Republican Forces left Daloa.",
            [("daloa", "", "FRCI", "2011-03-28", "lead")],
        ),
        # people or a truce coming into a place: no change
        ("Thousands of refugees came into Daloa on Monday.", []),
        ("The ceasefire came into force in Daloa on Monday.", []),
    ],
)
def test_left_and_came_into(civ, text, expected):
    assert civ_rows(text, civ) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Monday the police post at Daloa surrendered to the Republican Forces.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        (
            "On Monday the police at Daloa surrendered to the Republican Forces.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        # people surrendering, no place: no change
        ("On Monday the officials of the town hall surrendered to the Republican Forces.", []),
        ("On Monday hundreds of soldiers surrendered in Daloa.", []),
        (
            "On Monday the army handed over Daloa to officials of the Republican Forces.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        (
            "On Monday the army handed over Daloa to officials of Ouattara's Republican Forces.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        (
            "On Monday the rebels attacked the army garrison at Daloa and, after a battle of six "
            "hours, took the fort and the town.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        ("On Monday the rebels took the bridge and the river.", []),
    ],
)
def test_surrenders_handovers_and_the_town_after_its_fort(civ, text, expected):
    assert civ_rows(text, civ) == expected


def test_a_posts_bare_surrender_claimed_and_denied(civ):
    text = (
        "Ministry of Defence\nSTATEMENT\n\nThe claims made yesterday by the rebel radio that "
        "the police at Daloa have surrendered are lies.\n"
    )
    rows = extract(text, civ, published="2011-03-30").rows
    assert list(zip(rows.place, rows.date, rows.confidence, strict=True)) == [
        ("daloa", "2011-03-29", "disputed")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title, a refuge or a command taken; a share of a country freed: no place changes
        ("On Monday the rebel leader took the title of Commander-in-Chief of the Armies.", []),
        ("On Monday the rebels took refuge in Daloa.", []),
        ("On Monday the rebel leader took command of the rebel forces at Daloa.", []),
        ("On Monday the Republican Forces freed sixty per cent of Cote d'Ivoire.", []),
        # the place itself is taken
        (
            "On Monday the Republican Forces took the town of Daloa.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
    ],
)
def test_a_title_a_refuge_or_a_share_taken_is_no_place(civ, text, expected):
    assert civ_rows(text, civ) == expected


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # ground said to be free of the enemy, its size in apposition: a claim
        (
            "An officer said that the whole western region, some 1,500 square miles, is now free "
            "of the enemy.",
            ["some 1,500 square miles"],
        ),
        (
            "The officers report that the country between Daloa and Guiglo, some 400 sq mi "
            "(1,036 km2), is now clear of the enemy.",
            ["some 400 sq mi (1,036 km2)"],
        ),
        # a region's own size told in passing: none
        ("The western region, some 1,500 square miles of forest, is famous for its cocoa.", []),
    ],
)
def test_ground_free_of_the_enemy_is_a_claim(civ, sentence, found):
    claims = extract(sentence, civ, published="2011-03-30").claims
    assert list(claims.figure) == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place named as the subject of "surrendered to"
        (
            "Daloa surrendered to the Republican Forces on 28 March.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        # people surrendering to a side: no change
        ("Two officers surrendered to the Republican Forces on 28 March.", []),
        # a claim by a spokesman named by a side's modifier that "his troops" took a place,
        # denied: the spokesman's side's gain, disputed
        (
            "The claims made on Monday by the Ivorian spokesman that his troops have taken Daloa "
            "are lies.",
            # the army holds Daloa on the fixture's snapshot: no loser to infer
            [("daloa", "FDS", "", "2011-03-28", "draft")],
        ),
    ],
)
def test_a_place_surrendered_and_a_claim_by_a_sides_spokesman(civ, text, expected):
    assert civ_rows(text, civ) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time between the idiom and its place (spent set 86)
        (
            "The army restored security and stability on Monday to the towns of Daloa and Guiglo.",
            [
                ("daloa", "FDS", "", "2011-03-28", "draft"),
                ("guiglo", "FDS", "", "2011-03-28", "draft"),
            ],
        ),
        # the town's own residents tell of it (spent set 84); an official of another place does
        # not name the town
        (
            "Residents of Daloa said that the Republican Forces entered the town on Monday.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
    ],
)
def test_a_time_inside_the_idiom_and_residents_of_the_town(civ, text, expected):
    assert civ_rows(text, civ) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Monday the Republican Forces completed the conquest of the city of Daloa.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        (
            "On Monday the Republican Forces completed the capture of Daloa and Guiglo.",
            [
                ("daloa", "FRCI", "FDS", "2011-03-28", "draft"),
                ("guiglo", "FRCI", "FDS", "2011-03-28", "draft"),
            ],
        ),
        # completing something else at a place is no capture
        ("On Monday the army completed the evacuation of Daloa.", []),
    ],
)
def test_completed_the_conquest_of(civ, text, expected):
    assert civ_rows(text, civ) == expected


def test_a_handover_to_a_side_named_after_a_title(civ):
    # "handed X over to General Y's army" (spent set 92): the side named after the title
    text = "On Monday the army handed Daloa over to General Ouattara's Republican Forces."
    assert civ_rows(text, civ) == [("daloa", "FRCI", "FDS", "2011-03-28", "draft")]


def test_a_vanguard_named_by_its_modifier(civ):
    # "The Mexican vanguard occupied Columbus" (spent set 98)
    assert civ_rows("On Monday the Ivorian vanguard occupied Daloa.", civ) == [
        ("daloa", "FDS", "", "2011-03-28", "draft")
    ]
