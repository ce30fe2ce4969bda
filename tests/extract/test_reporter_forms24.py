"""Stop 36's readings, read off spent sets after their single measurements; each sentence is
written anew for the Cote d'Ivoire 2011 fixture (``tests/extract/data/civ11``), with negatives.

* A statement headed as a manifesto, a proclamation, an order of the day, a report of a
  command, a news release or a public affairs office's note (spent sets 15-66: 22 statements
  read as reporters' copy).
* "On 7 May the army entered X": the month, not the modal "may" (spent set 66).
* A day of the month in words: "on the first of March", "the 14th of this month", "March the
  first" (spent set 59).
* "the garrison at X laid down its arms to / before / and joined Y" (spent sets 59, 65); not
  "laid down their arms at X" (no side receives it).
* A relative pronoun as a fall's subject, wherever the main clause put its place ("killed
  near X, which fell to Y"; spent set 58).
* A party's claim that X "is in its hands" or "is in the hands of" someone, a claim named by
  its possessor ("the command's claim, published on Monday, that ..."), and a participle in
  quotation marks ('has been "liberated"'): the claimant's change, disputed when denied (spent
  sets 63, 65); a holding told as a fact is no change.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sentences import civ_rows

from geomap.extract import extract
from geomap.extract.dates import find_dates


def _statement_rows(head, civ):
    text = head + "\n\nBouake, 30 March 2011\n\nOn Monday our forces took Daloa from the army.\n"
    rows = extract(text, civ, published="2011-03-30").rows
    return list(
        zip(rows.place, rows.to_actor, rows.date, rows.confidence, rows.status, strict=True)
    )


@pytest.mark.parametrize(
    "head",
    [
        "REPUBLICAN FORCES OF COTE D'IVOIRE\nMANIFESTO TO THE PEOPLE OF THE WEST",
        "PROCLAMATION OF THE REPUBLICAN FORCES OF COTE D'IVOIRE",
        "Report of the Supreme Command of the Republican Forces",
        "Army Command of the Republican Forces - Report for the press",
        "REPUBLICAN FORCES - ORDER OF THE DAY No. 6",
        "Republican Forces of Cote d'Ivoire\nDivision Public Affairs Office\nNEWS RELEASE",
    ],
)
def test_a_statement_by_its_heading(civ, head):
    assert _statement_rows(head, civ) == [("daloa", "FRCI", "2011-03-28", "claimed", "draft")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 7 May the army entered Daloa.", [("daloa", "FDS", "", "2010-05-07", "draft")]),
        ("On May 7 the army entered Daloa.", [("daloa", "FDS", "", "2010-05-07", "draft")]),
        # the modal stays a modal
        ("The army may have entered Daloa.", []),
        ("May the army never enter Daloa.", []),
    ],
)
def test_may_the_month_is_no_modal(civ, text, expected):
    assert civ_rows(text, civ) == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("on the first of March", "2011-03-01"),
        ("On the twenty-first of March our forces", "2011-03-21"),
        ("on the twenty first of February", "2011-02-21"),
        ("on the 14th of this month", "2011-03-14"),
        ("on the second of the same month", "2011-03-02"),
        ("on March the first", "2011-03-01"),
        ("on the second of March, 2010", "2010-03-02"),
        ("on the third of April", "2010-04-03"),  # later than the anchor: the year before
    ],
)
def test_a_day_of_the_month_in_words(text, day):
    [d] = find_dates(text, dt.date(2011, 3, 22))
    assert (d.start.isoformat(), d.end.isoformat()) == (day, day)


@pytest.mark.parametrize("text", ["the first of the month", "the second of them", "first of all"])
def test_an_ordinal_that_names_no_day(text):
    assert find_dates(text, dt.date(2011, 3, 22)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Monday the army garrison at Daloa laid down its arms to the Republican Forces.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        (
            "On Monday the soldiers at Daloa laid down their arms and joined the Republican "
            "Forces.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        (
            "On Monday the garrisons at Daloa and at Guiglo laid down their arms before the "
            "Republican Forces.",
            [
                ("daloa", "FRCI", "FDS", "2011-03-28", "draft"),
                ("guiglo", "FRCI", "FDS", "2011-03-28", "draft"),
            ],
        ),
        # a disarmament with no side receiving the place is no change
        ("On Monday the rebels laid down their arms at Daloa.", []),
    ],
)
def test_a_garrison_laying_down_its_arms_to_a_side(civ, text, expected):
    assert civ_rows(text, civ) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A peacekeeper was killed near Daloa, which fell to the Republican Forces on Monday.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        (
            "A peacekeeper was killed near Daloa, the market town that fell to the rebels on "
            "Monday.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        # negatives: "that" opening a reported clause names its own subject
        (
            "Officials near Daloa said that Guiglo fell to the Republican Forces on Monday.",
            [("guiglo", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        ("A peacekeeper was killed near Daloa on Monday.", []),
    ],
)
def test_a_fall_told_in_a_relative_clause(civ, text, expected):
    assert civ_rows(text, civ) == expected


STATEMENT_FDS = (
    "MINISTRY OF DEFENCE OF COTE D'IVOIRE\nPress centre of the Defence and Security Forces\n\n"
    "Statement, 1 April 2011\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Republican Forces' claim, broadcast on Monday, that Daloa is in their hands is a lie.",
        "The claims of the FRCI radio on Monday that Daloa is in the hands of its fighters are "
        "lies.",
        'The claims of the FRCI on Monday that Daloa has been "liberated" are lies.',
    ],
)
def test_a_claim_that_a_place_is_in_a_sides_hands(civ, sentence):
    rows = extract(STATEMENT_FDS + sentence + "\n", civ, published="2011-04-01").rows
    daloa = rows[rows.place == "daloa"]
    assert list(zip(daloa.to_actor, daloa.date, daloa.confidence, strict=True)) == [
        ("FRCI", "2011-03-28", "disputed")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a holding told as a fact, not inside anyone's claim
        "Daloa is in the hands of the Republican Forces.",
        "Daloa is in their hands.",
    ],
)
def test_a_holding_told_as_a_fact_is_no_change(civ, sentence):
    assert civ_rows(sentence, civ) == []
