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
from geomap.extract.actors import document_author
from geomap.extract.dates import find_dates
from geomap.extract.extractor import Extractor


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


STATEMENT_FRCI = "REPUBLICAN FORCES OF COTE D'IVOIRE\nPress release\n\nBouake, 30 March 2011\n\n"


@pytest.mark.parametrize(
    ("sentence", "gainer"),
    [
        # a statement's own forces by a word of its own (spent set 63)
        ("On Monday our popular committees entered Daloa.", "FRCI"),
        ("On Monday our vanguard entered Daloa.", "FRCI"),
        # a role word under an epithet no side uses of itself: the other side's (spent set 66)
        ("On Monday the racist army entered Daloa.", "FDS"),
        ("On Monday the colonialist soldiers entered Daloa.", "FDS"),
        # negative: "our staff" is no force (a monitor's word for its own people)
        ("On Monday our staff entered Daloa.", None),
    ],
)
def test_a_statements_own_forces_and_its_epithets_for_the_other_side(civ, sentence, gainer):
    rows = extract(STATEMENT_FRCI + sentence + "\n", civ, published="2011-03-30").rows
    drafted = rows[rows.status == "draft"]
    assert list(drafted.to_actor) == ([gainer] if gainer else [])


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        # whom the order of the day speaks to is not its author (spent set 58)
        (["SUPREME COMMAND", "Order of the Day No. 6, 8 March 2011", "Soldiers of the army!"], ""),
        (["SUPREME COMMAND", "Order of the Day No. 6", "Soldiers! Comrades of the army!"], ""),
        # a heading ending in a colon still names its author
        (["REPUBLICAN FORCES - STATEMENT:", "Bouake, 8 March 2011"], "FRCI"),
        # the side a title tells of beating is not its author (spent set 51)
        (
            ["REPUBLICAN FORCES - Central Committee", "Communique on the destruction of the FDS"],
            "FRCI",
        ),
        (["Communique on the victory over the Defence and Security Forces"], ""),
        # negative: a title naming its author
        (["Communique of the FDS", "Abidjan, 8 March 2011"], "FDS"),
    ],
)
def test_a_salutation_or_the_side_beaten_names_no_author(civ, lines, author):
    ex = Extractor("", civ, None)
    au = document_author(lines, False, lambda ln: ex.actors_in(ln, seats_as_places=False))
    assert au is not None and au.kind == "statement" and au.actor == author


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ivorian army troops drove back into Daloa on Monday, two days after the rebels left.",
            [("daloa", "FDS", "", "2011-03-28", "draft")],
        ),
        # a drive back to a base is travel, not an entry
        ("The rebels drove back to Bouake on Monday after a raid.", []),
    ],
)
def test_a_side_driving_back_into_a_town(civ, text, expected):
    assert civ_rows(text, civ) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the taker handing the town on: two changes (spent set 62)
        (
            "The Republican Forces took Daloa on Saturday and handed the town over to ONUCI on "
            "Sunday.",
            [
                ("daloa", "FRCI", "FDS", "2011-03-26", "draft"),
                ("daloa", "ONUCI", "FRCI", "2011-03-27", "draft"),
            ],
        ),
        # negative: the loser handing it to the taker is one change
        (
            "The Republican Forces took Daloa on Saturday after the army handed the town over "
            "to them.",
            [("daloa", "FRCI", "FDS", "2011-03-26", "draft")],
        ),
    ],
)
def test_a_taker_handing_the_place_on(civ, text, expected):
    assert civ_rows(text, civ) == expected


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        # spent set 65: "had already seized Kherson in the second week of March"
        ("seized Daloa in the second week of March", "2011-03-08", "2011-03-14"),
        ("during the last week of February", "2011-02-22", "2011-02-28"),
        ("in the first half of March", "2011-03-01", "2011-03-15"),
        ("in the second half of February 2010", "2010-02-16", "2010-02-28"),
        ("in the first week of April", "2010-04-01", "2010-04-07"),  # the latest April
    ],
)
def test_a_week_or_half_of_a_month(text, lo, hi):
    [d] = find_dates(text, dt.date(2011, 3, 22))
    assert (d.start.isoformat(), d.end.isoformat()) == (lo, hi)


def test_a_week_of_something_else_is_no_date():
    assert find_dates("in the first week of the war", dt.date(2011, 3, 22)) == []


# ------------------------------------------------------------- read off spent sets 69, 70, 74
@pytest.fixture(scope="module")
def ossetia(tmp_path_factory):
    """civ11's places with a state's guard and a breakaway region's militia."""
    from test_reporter_forms22 import _civ_with_sides

    return _civ_with_sides(
        tmp_path_factory,
        "ossetia",
        "id,name,aliases,refs,color\n"
        "GNG,Georgian National Guard,National Guard;Georgian guardsmen,"
        "Georgian forces;government troops,#1e6fb0\n"
        "OSS,South Ossetian militias,South Ossetian militia;Ossetian militiamen,"
        "separatists,#b22222\n",
        "GNG",
    )


@pytest.mark.parametrize(
    ("head", "gainer"),
    [
        # a republic that is not the theatre's country: the side its adjective names
        ("DEFENCE COMMITTEE OF THE REPUBLIC OF SOUTH OSSETIA\nStatement - Java, 25 March", "OSS"),
        # the theatre's own country: its government's
        ("MINISTRY OF INTERNAL AFFAIRS OF THE REPUBLIC OF COTE D'IVOIRE\nInformation", "GNG"),
    ],
)
def test_a_letterhead_naming_a_land_names_its_side(ossetia, head, gainer):
    text = head + "\n\nOn Monday our units entered Daloa.\n"
    rows = extract(text, ossetia, published="2011-03-30").rows
    assert list(zip(rows.place, rows.to_actor, strict=True)) == [("daloa", gainer)]


def test_an_assertion_with_an_aside_before_that(civ):
    # the claimant's bulletin, an aside naming another place, then the claim (spent set 70)
    text = (
        STATEMENT_FDS + "The assertion of the FRCI's bulletin, printed yesterday at Bouake, that "
        "Daloa has fallen to its forces is a pure invention.\n"
    )
    rows = extract(text, civ, published="2011-04-01").rows
    assert list(zip(rows.place, rows.to_actor, rows.confidence, strict=True)) == [
        ("daloa", "FRCI", "disputed")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army yesterday took control of the border crossings at Daloa, Guiglo and "
            "Toulepleu.",
            [
                ("daloa", "FDS", "", "2011-03-29", "draft"),
                ("guiglo", "FDS", "", "2011-03-29", "draft"),
                ("toulepleu", "FDS", "", "2011-03-29", "draft"),
            ],
        ),
        (
            "On Sunday the army restored constitutional order in the villages of Daloa and "
            "Guiglo, from which the rebels fled.",
            [
                ("daloa", "FDS", "", "2011-03-27", "draft"),
                ("guiglo", "FDS", "", "2011-03-27", "draft"),
            ],
        ),
        # negatives: power lines restored, a crossing raided
        ("On Sunday the army restored the power lines in Daloa.", []),
        ("On Sunday the rebels attacked the border crossing at Daloa.", []),
    ],
)
def test_border_crossings_and_restored_order(civ, text, expected):
    assert civ_rows(text, civ) == expected


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        # the side attacked, or whose line was broken, is no subject of the entry after it
        # (spent sets 34, 57)
        ("On Sunday the rebels attacked the army at Daloa and entered the town.", "FRCI"),
        ("On Sunday the rebels broke the army line at Daloa and entered the town.", "FRCI"),
        # negatives: the side that attacked is the subject; a relative clause's subject is
        # the side attacked (spent set 68)
        ("On Sunday the army, attacked by the rebels, entered Daloa.", "FDS"),
        ("On Sunday the rebels attacked the soldiers who had occupied Daloa on Friday.", "FDS"),
    ],
)
def test_the_side_attacked_is_no_subject(civ, text, gainer):
    assert [r[1] for r in civ_rows(text, civ)] == [gainer]


# ----------------------------------------------------- read off spent sets 68, 71-73, 75, 76
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Monday the army garrison of Daloa laid down its arms and came over to the "
            "Republican Forces.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        # a verb joined by "and" to a side's verb before it, not an adjective
        (
            "On Monday the Republican Forces sent their fighters out of the Bouake base and "
            "occupied Daloa.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        ("On Monday the army in Bouake and occupied Daloa held out.", []),
        # "fell upon" a side: no subject of the retaking after it
        (
            "On Monday the rebels fell upon the soldiers in Daloa, drove them from the houses "
            "and took back the town.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        # "redeployed out of" is a withdrawal
        (
            "On Monday the army redeployed out of Daloa and the rebels entered the town.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
    ],
)
def test_more_forms_of_spent_sets_68_to_76(civ, text, expected):
    assert civ_rows(text, civ) == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("on the 21st of last month", "2011-02-21"),
        ("On the 22nd of the previous month our fighters", "2011-02-22"),
        ("on the 14th of this month", "2011-03-14"),
    ],
)
def test_a_day_of_last_month(text, day):
    [d] = find_dates(text, dt.date(2011, 3, 22))
    assert d.end.isoformat() == day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "this city" in a wire is the dateline's (spent set 71)
        (
            "DALOA, March 30 (Wire) - Rebels from Guiglo took control of this market town on "
            "Monday.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        # negative: "the town" with no place named before it is none
        ("DALOA, March 30 (Wire) - The town fell to the rebels on Monday.", []),
    ],
)
def test_this_town_in_a_wire_is_the_datelines(civ, text, expected):
    rows = extract(text, civ, published="2011-03-30").rows
    got = list(zip(rows.place, rows.to_actor, rows.from_actor, rows.date, rows.status, strict=True))
    assert got == expected


def test_our_armies_and_a_political_department(civ):
    text = (
        "POLITICAL DEPARTMENT OF THE REPUBLICAN FORCES\n\nTo all units\n\n30 March 2011\n\n"
        "On Monday our Second and Third Armies liberated Daloa.\n"
    )
    rows = extract(text, civ, published="2011-03-30").rows
    assert list(zip(rows.place, rows.to_actor, rows.status, strict=True)) == [
        ("daloa", "FRCI", "draft")
    ]
