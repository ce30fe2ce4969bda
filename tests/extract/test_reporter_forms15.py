"""Round 15's readings (stop 29), each sentence written for the Cote d'Ivoire 2011 fixture
(``tests/extract/data/civ11``), a setting the blind sets written for this round do not use.

* A side coming back is a change: "Government troops returned to X", "came back into X", "The
  army came back on Sunday evening" after the change told just before it (spent sets 13 and 14:
  three changes); people coming back are none ("displaced people returned to X").
* "On March 20 the rebels took X; troops returned to X two days later": "later" after the verb
  counts from the change before it in the sentence, not the day opening the sentence (spent
  set 4).
* In a statement, "the mercenaries", "the terrorists", "the puppets", "the communist
  aggressors" name the side the statement names most when the theatre has more than two
  (spent sets 13 and 14); with no side named there is no reading.
* "recaptured X this morning, which the rebels had occupied on Saturday": the relative clause
  is a background capture ("had occupied" is no hold), and the day between the place and
  "which" is the main verb's (spent set 13).
* A statement's undated change under an opening paragraph that gave a day and named no place
  ("1. In the early hours of 27 March the insurgents launched attacks in several districts.
  2. ... the insurgents entered the town") takes that day, as a lead (spent set 14).
* "the town is once more under the control of X" is a change; "This is a complete lie." after
  a claim disputes it; "X, where rebel elements had infiltrated on the night of 26 March": that
  day is the earlier event's, not the verb's (spent sets 13, 14).
* In a statement, a change told as a claim with no day of its own ("The claim of the puppets
  that they recaptured X is a shameless lie") is dated to the statement (spent set 13).
* "Another armed group, the FRCI, said it had taken X": the appositive names the speaker.
* "our forces defeated the main column of the army of Gbagbo near X and took control of the
  town": the side beaten is no subject; "our fronts", "the people's army" are the statement's
  own forces, "the so-called people's army" is not the role word "army" (spent set 14).
* A dated change whose gainer's word fits several sides ("Rebels stormed X on Saturday") takes
  the side a later undated mention of the place names ("Fighters of the MJP drove into X").
* "made a tactical withdrawal from X", "handing the town and its airport over to X", "posts
  on social media claiming that ..." to be disregarded (spent sets 5-7, 9, 13).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from geomap.extract import extract
from geomap.inputs import load_inputs

CIV = Path(__file__).parent / "data" / "civ11"
WIRE = "ABIDJAN, March 30, 2011 (Wire) — "
MINISTRY = (
    "REPUBLIC OF COTE D'IVOIRE\nMINISTRY OF DEFENCE\nPress Release\nAbidjan, 30 March 2011\n\n"
)
REBELS = "REPUBLICAN FORCES - WESTERN COMMAND\nOFFICIAL STATEMENT No. 4\n30 March 2011\n\n"


@pytest.fixture(scope="module")
def civ_two_rebels(tmp_path_factory):
    """civ11 with a second rebel group whose role word is also "rebels"."""
    folder = tmp_path_factory.mktemp("civ_two_rebels") / "civ11"
    shutil.copytree(CIV, folder)
    with (folder / "actors.csv").open("a", encoding="utf-8") as f:
        f.write(
            "MJP,Movement for Justice and Peace,MJP;Movement for Justice and Peace,rebels,#ff8c00\n"
        )
    with (folder / "actors.csv").open(encoding="utf-8") as f:
        frci = [line for line in f if line.startswith("FRCI,")]
    assert frci and "rebels" in frci[0]
    return load_inputs(folder)


def _rows(text: str, theatre) -> list[tuple]:
    rows = extract(text, theatre).rows
    return [(r.place, r.to_actor, r.date) for r in rows.itertuples()]


def _drafts(text: str, theatre) -> list[tuple]:
    rows = extract(text, theatre).drafts
    return [(r.place, r.to_actor, r.date) for r in rows.itertuples()]


# ------------------------------------------------------------------ a side coming back
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Government troops returned to Daloa on Sunday, a military spokesman said.",
            [("daloa", "FDS", "2011-03-27")],
        ),
        (
            "Government troops came back into Daloa on Sunday morning.",
            [("daloa", "FDS", "2011-03-27")],
        ),
        (
            "The rebels took Daloa on Saturday. The army came back on Sunday evening.",
            [("daloa", "FRCI", "2011-03-26"), ("daloa", "FDS", "2011-03-27")],
        ),
        # negatives: people, not a side, coming back; a return that says nothing of a retaking
        ("Thousands of displaced people returned to Daloa on Sunday.", []),
        ("Calm returned on Sunday.", []),
        (
            "Rebels briefly seized Guiglo on Mar. 24 before the army returned.",
            [("guiglo", "FRCI", "2011-03-24")],
        ),
    ],
)
def test_a_side_coming_back(civ, text, expected):
    assert _rows(WIRE + text, civ) == expected


def test_later_after_the_verb_counts_from_the_change_before_it_in_the_sentence(civ):
    text = (
        "On March 20 the rebels took Guiglo; government troops returned to Guiglo two days later."
    )
    assert _rows(WIRE + text, civ) == [
        ("guiglo", "FRCI", "2011-03-20"),
        ("guiglo", "FDS", "2011-03-22"),
    ]
    # counted from another change the text dates: a draft since stop 31 (its support says so)
    assert _drafts(WIRE + text, civ) == _rows(WIRE + text, civ)
    support = extract(WIRE + text, civ).drafts["support"].tolist()
    assert [s.rsplit("; ", 1)[1] for s in support] == ["date own", "date relative"]


# ------------------------------------------------------------------ epithets in a statement
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Gbagbo loyalists shelled Abidjan. The Ivorian army fired on civilians. Yesterday, "
            "29 March, the mercenaries occupied Guiglo.",
            [("guiglo", "FDS", "2011-03-29")],
        ),
        (
            "The Ivorian army fired on civilians. Yesterday, 29 March, the criminal terrorists "
            "entered Guiglo.",
            [("guiglo", "FDS", "2011-03-29")],
        ),
        # negative: the statement names no other side, so whom the epithet means is not said
        ("Yesterday, 29 March, the mercenaries occupied Guiglo.", [("guiglo", "", "2011-03-29")]),
    ],
)
def test_an_epithet_in_a_statement_is_the_side_it_names_most(civ, body, expected):
    assert _rows(REBELS + body, civ) == expected


# ------------------------------------------------------------------ relative clauses
@pytest.mark.parametrize(
    "text",
    [
        "Government troops recaptured Guiglo on Tuesday, which the rebels had occupied on Saturday.",
        "Government troops recaptured Guiglo this morning, which the rebels had occupied on Saturday.",
    ],
)
def test_which_the_rebels_had_occupied_is_a_background_capture(civ, text):
    rows = _rows(WIRE + text, civ)
    assert ("guiglo", "FRCI", "2011-03-26") in rows
    assert len(rows) == 2 and rows[0][:2] == ("guiglo", "FDS") and rows[0][2] != "2011-03-26"


def test_had_occupied_since_stays_a_hold(civ):
    text = "The rebels have occupied Guiglo since January."
    assert _rows(WIRE + text, civ) == []


def test_a_date_in_a_relative_clause_with_a_pluperfect_is_the_earlier_events(civ):
    text = (
        "Yesterday the army drove the insurgents out of Daloa, where rebel elements had "
        "infiltrated on the night of 26 March."
    )
    assert _rows(MINISTRY + text, civ) == [("daloa", "FDS", "2011-03-29")]


# ------------------------------------------------------------------ the statement's days
OPENING = (
    "1. In the early hours of 27 March the insurgents launched cowardly attacks in {where}.\n\n"
)
LATER_PARA = (
    "2. In the west, the army detachment defending Duekoue was forced to withdraw after heavy "
    "fighting and the insurgents entered the town."
)


@pytest.mark.parametrize(
    ("where", "day", "status"),
    [
        # a day counted from the paragraph before (stop 31: a draft's date, "date relative")
        ("several districts", "2011-03-27", "draft"),
        # negative: the opening paragraph named a place: its day is that place's; the
        # publication day is borrowed (a lead)
        ("Guiglo", "2011-03-30", "lead"),
    ],
)
def test_an_undated_change_takes_the_day_of_an_opening_paragraph(civ, where, day, status):
    text = MINISTRY + OPENING.format(where=where) + LATER_PARA
    ex = extract(text, civ)
    assert [(r.place, r.to_actor, r.date, r.status) for r in ex.rows.itertuples()] == [
        ("duekoue", "FRCI", day, status)
    ]


def test_a_claim_told_in_a_statement_is_dated_to_the_statement(civ):
    text = (
        "The Ivorian army fired on civilians in Daloa on Friday. On Sunday our forces liberated "
        "Daloa. The claim of the puppets that they recaptured the town is a shameless lie."
    )
    rows = extract(REBELS + text, civ).rows
    claim = rows[rows["to_actor"] == "FDS"]
    assert list(zip(claim["place"], claim["date"], claim["confidence"], strict=True)) == [
        ("daloa", "2011-03-30", "disputed")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reinforcements of the army reached Daloa today and the town is once more under the "
            "control of the government forces.",
            [("daloa", "FDS", "2011-03-30")],
        ),
        (
            "Reinforcements reached Daloa today and the town is again in the hands of the army.",
            [("daloa", "FDS", "2011-03-30")],
        ),
        # negative: still, not again, under its control: no change
        ("Daloa is still under the control of the government forces.", []),
    ],
)
def test_once_more_under_the_control_of(civ, text, expected):
    assert _rows(MINISTRY + text, civ) == expected


@pytest.mark.parametrize(
    ("after", "confidence"),
    [
        ("This is a complete lie, the army said.", "disputed"),
        ("This claim is completely false.", "disputed"),
        # negatives: the next sentence is no dismissal, or the dismissal comes too late
        ("This is a complete change for the town.", "claimed"),
        ("Shelling went on. Aid was stopped. This is a complete lie, the army said.", "claimed"),
    ],
)
def test_the_next_sentence_calling_the_claim_a_lie_disputes_it(civ, after, confidence):
    text = f"The rebels said on Monday that Daloa had fallen to them. {after}"
    rows = extract(WIRE + text, civ).rows
    assert list(zip(rows["place"], rows["confidence"], strict=True)) == [("daloa", confidence)]


# ------------------------------------------------------------------ who the subject is
def test_an_appositive_names_the_speaker(civ):
    text = "Another armed group, the FRCI, said it had taken Guiglo on Saturday."
    assert _rows(WIRE + text, civ) == [("guiglo", "FRCI", "2011-03-26")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Today our forces defeated the main column of the army of Gbagbo near Daloa and took "
            "control of the town.",
            [("daloa", "FRCI", "2011-03-30")],
        ),
        (
            "Yesterday our fronts entered Daloa and the people's army took control of Guiglo.",
            [("daloa", "FRCI", "2011-03-29"), ("guiglo", "FRCI", "2011-03-29")],
        ),
    ],
)
def test_a_statements_own_forces_and_the_side_it_beat(civ, body, expected):
    assert _rows(REBELS + body, civ) == expected


def test_the_so_called_peoples_army_is_not_the_role_word_army(civ):
    rows = _rows(MINISTRY + "Yesterday the so-called people's army entered Daloa.", civ)
    assert ("daloa", "FDS", "2011-03-29") not in rows


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        (
            "Fighters of the MJP drove into Daloa, residents said.",
            [("daloa", "MJP", "2011-03-26")],
        ),
        # negative: the later mention names a side the word does not fit: both stay
        (
            "Government troops entered Daloa, residents said.",
            [("daloa", "", "2011-03-26"), ("daloa", "FDS", "2011-03-30")],
        ),
    ],
)
def test_a_word_several_sides_share_told_apart_by_a_later_mention(civ_two_rebels, later, expected):
    text = f"Rebels stormed Daloa on Saturday, residents and officials said. {later}"
    assert _rows(WIRE + text, civ_two_rebels) == expected


# ------------------------------------------------------------------ more forms
def test_a_withdrawal_told_as_a_noun(civ):
    text = "Yesterday, 29 March, our forces made a tactical withdrawal from Daloa."
    rows = extract(REBELS + text, civ).rows
    assert list(zip(rows["place"], rows["from_actor"], rows["date"], strict=True)) == [
        ("daloa", "FRCI", "2011-03-29")
    ]


def test_handing_the_town_over_to(civ):
    text = (
        "Government troops drove out of Daloa on Saturday, formally handing the town and its "
        "airport over to the peacekeepers."
    )
    assert _drafts(WIRE + text, civ) == [("daloa", "ONUCI", "2011-03-26")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The public is advised to disregard posts on social media claiming that the "
            "insurgents have taken Daloa.",
            [],
        ),
        # negative: a party's own claim, denied, stays a (disputed) change
        (
            "The claims by the FRCI that its fighters have taken Daloa are false.",
            [("daloa", "FRCI", "2011-03-30")],
        ),
    ],
)
def test_posts_nobody_made_are_no_change(civ, text, expected):
    assert _rows(MINISTRY + text, civ) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Guiglo, the western town near the border, changed hands twice last month: the "
            "rebels overran it on 3 February and government troops recaptured it on 20 February.",
            [("guiglo", "FRCI", "2011-02-03"), ("guiglo", "FDS", "2011-02-20")],
        ),
        # negatives: the sentence does not open with the place, or opens with two
        (
            "Fighting near Guiglo went on, and the rebels overran it on 3 February.",
            [],
        ),
        (
            "Guiglo and Duekoue, two western towns, changed hands: the rebels overran it on 3 "
            "February.",
            [],
        ),
    ],
)
def test_it_is_the_place_the_sentence_opens_with(civ, text, expected):
    assert _rows(WIRE + text, civ) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guiglo: the town fell to the rebels on 3 February.", [("guiglo", "FRCI", "2011-02-03")]),
        (
            "Guiglo is a market town. The town fell to the rebels on 3 February.",
            [("guiglo", "FRCI", "2011-02-03")],
        ),
        # negatives: staff, not a side, withdrawn; no place before "the town"
        ("Agency staff were withdrawn from all western towns except Guiglo and Duekoue.", []),
        ("The town fell to the rebels on 3 February.", []),
    ],
)
def test_the_town_fell_and_staff_withdrawn(civ, text, expected):
    assert _rows(WIRE + text, civ) == expected


# ------------------------------------------------------------------ after sets 15-17 were measured
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebels pulled out of Daloa on Monday night, and government troops moved in on "
            "Tuesday morning.",
            [("daloa", "FDS", "2011-03-29")],
        ),
        (
            "Rebels left Daloa on the evening of 20 March and government troops entered the town "
            "the following morning.",
            [("daloa", "FDS", "2011-03-21")],
        ),
        # negatives: "moved in on the town" closes in on it; "a week later" in another
        # clause is not the day of the verb before it
        ("Government troops moved in on the town of Daloa on Thursday.", []),
        (
            "In late February the rebels took Daloa on their own; troops arrived only a week "
            "later.",
            [("daloa", "FRCI", "2011-02-28")],
        ),
    ],
)
def test_a_leaving_then_an_entry_on_its_own_day(civ, text, expected):
    assert _rows(WIRE + text, civ) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army garrison in Guiglo surrendered to the rebels on Monday.",
            [("guiglo", "FRCI", "2011-03-28")],
        ),
        (
            "Guiglo was handed over by the army to the peacekeepers on Monday.",
            [("guiglo", "ONUCI", "2011-03-28")],
        ),
        (
            "On Monday the army handed the town of Guiglo, with its airfield and depots, over "
            "to the peacekeepers.",
            [("guiglo", "ONUCI", "2011-03-28")],
        ),
        # negative: people, not a garrison or a town, surrender
        ("The officials of the Guiglo prefecture surrendered to the rebels on Monday.", []),
    ],
)
def test_a_garrison_surrendering_and_a_handover_by_one_side_to_another(civ, text, expected):
    assert _rows(WIRE + text, civ) == expected


def test_handed_over_by_names_the_giver(civ):
    rows = extract(WIRE + "Guiglo was handed over by the army to the peacekeepers on Monday.", civ)
    assert list(rows.rows["from_actor"]) == ["FDS"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a people's plural demonym, and a side's word for the other's fighters, named by the
        # modifier of one side
        ("Guiglo fell to the Ivorians on Monday.", [("guiglo", "FDS", "2011-03-28")]),
        ("On Monday the Ivorian invaders entered Guiglo.", [("guiglo", "FDS", "2011-03-28")]),
        # a reduced passive relative with its agent
        (
            "The town of Guiglo, liberated by the rebels on 20 March, was shelled on Monday.",
            [("guiglo", "FRCI", "2011-03-20")],
        ),
        (
            "Guiglo, retaken by government troops on 24 March, was quiet.",
            [("guiglo", "FDS", "2011-03-24")],
        ),
        ("Government troops reconquered Guiglo on Monday.", [("guiglo", "FDS", "2011-03-28")]),
        (
            "The rebels cleared Guiglo of the last loyalist guards on Monday.",
            [("guiglo", "FRCI", "2011-03-28")],
        ),
        # negatives: a participle with no agent after the comma; a demonym no side owns;
        # cleared of mines
        ("Guiglo, damaged in the fighting, was quiet.", []),
        ("Guiglo fell to the Liberians on Monday.", [("guiglo", "", "2011-03-28")]),
        ("The rebels cleared Guiglo of mines on Monday.", []),
    ],
)
def test_sides_named_by_their_people_and_reduced_passives(civ, text, expected):
    assert _rows(WIRE + text, civ) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Today, 30 March, units of the Republican Forces, with the peacekeepers fighting at "
            "their side, liberated our capital, Abidjan.",
            [("abidjan", "FRCI", "2011-03-30")],
        ),
        # negative: the side before the comma is the subject, not a partner
        (
            "Today, 30 March, the peacekeepers liberated Abidjan.",
            [("abidjan", "ONUCI", "2011-03-30")],
        ),
    ],
)
def test_a_partner_set_off_by_with_the_and_our_capital_named_after_it(civ, body, expected):
    assert _rows(REBELS + body, civ) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Government troops fled Guiglo on Monday, and the rebels now hold the town.",
            [("guiglo", "FRCI", "2011-03-28")],
        ),
        (
            "Government troops, guided by peacekeepers, retook Guiglo on Monday.",
            [("guiglo", "FDS", "2011-03-28")],
        ),
        # negatives: a hold that is not said to be new
        ("The rebels still hold Guiglo.", []),
        ("The rebels hold Guiglo and Duekoue.", []),
    ],
)
def test_now_holds_after_a_flight_and_a_guide_is_no_gainer(civ, text, expected):
    assert _rows(WIRE + text, civ) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rebels left Guiglo on the night of 24 March, and government troops entered the "
            "town the next day.",
            [("guiglo", "FDS", "2011-03-25")],
        ),
        # negatives: no side leaves; leaving for a place; a pronoun after "left"
        ("The shelling left Guiglo without power on Monday.", []),
        ("The rebels left for Guiglo on Monday.", []),
    ],
)
def test_a_side_that_left_a_place(civ, text, expected):
    assert _rows(WIRE + text, civ) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "On Monday, 28 March, our units made a tactical withdrawal from Daloa. The army of "
            "Gbagbo entered the town on the same day.",
            [("daloa", "FDS", "2011-03-28", "FRCI")],
        ),
        # negative: the taking comes three days later: two changes' worth of rows
        (
            "On Friday, 25 March, our units made a tactical withdrawal from Daloa. The army of "
            "Gbagbo entered the town on Monday, 28 March.",
            [("daloa", "FDS", "2011-03-25", "FRCI"), ("daloa", "FDS", "2011-03-28", "")],
        ),
    ],
)
def test_a_leaving_folded_into_the_taking_of_the_next_sentence(civ, body, expected):
    rows = extract(REBELS + body, civ).rows
    got = [tuple(r) for r in rows[["place", "to_actor", "date", "from_actor"]].values]
    assert got == expected


def test_took_back_with_no_side_named_is_still_a_lead(civ):
    # "took back" is a retaking, not a return: with no side named it stays a lead to complete
    rows = extract(WIRE + "On Monday Guiglo was shelled, and then took back Duekoue.", civ).rows
    assert "duekoue" in list(rows["place"])
