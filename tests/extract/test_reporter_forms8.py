"""geomap.extract, eighth round (issue #17): general mechanisms, each tested on a sentence
written for it in a conflict no benchmark set covers (Sierra Leone, 1998-99:
``tests/extract/data/sle99``).

* claims: "<fraction> of the country" is a share of the theatre's country when the theatre
  names one (and its short name, "Bosnia" for Bosnia and Herzegovina, counts as its name);
  a length said to be ruled over ("rule over 9,000 kilometres") is an area;
"""

import datetime as dt
from pathlib import Path

import pytest
from sentences import drafts

from geomap.extract import extract
from geomap.extract.dates import find_dates
from geomap.extract.text import read_layout
from geomap.inputs import load_inputs
from geomap.units import find_area_figures, home_areas

SLE = Path(__file__).parent / "data" / "sle99"
DATELINE = "FREETOWN, January 12, 1999 (Wire) — "
SLE_KM2 = home_areas(["SLE"])[0].km2


@pytest.fixture(scope="module")
def sle():
    return load_inputs(SLE)


def _triples(text, theatre, published="1999-01-12"):
    rows = drafts(DATELINE + text, theatre, published)
    return [(r["place"], r["to_actor"], r["date"]) for r in rows]


def _claims(text, theatre):
    ex = extract(DATELINE + text, theatre, published="1999-01-12")
    return [(r["value_km2"], r["unit_kind"]) for r in ex.claims.to_dict("records")]


# ------------------------------------------------------------------ claims
@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        ("Diplomats estimate the rebels now hold about two-thirds of the country.", 2 / 3),
        ("The junta says it controls more than 40 percent of the territory of the country.", 0.4),
        ("Aid workers said the fighting had spread to half of the whole country.", 0.5),
        ("The RUF claims a quarter of Sierra Leone's territory.", 0.25),
    ],
)
def test_a_share_of_the_country_is_a_claim_on_the_theatres_country(sle, sentence, share):
    assert _claims(sentence, sle) == [(pytest.approx(share * SLE_KM2), "comparison")]


@pytest.mark.parametrize(
    "sentence",
    [
        # people, not land; and a country the theatre is not about is not "the country"
        "Two-thirds of the country's people have fled, aid workers said.",
        "Half of the country's diamond mines are closed.",
    ],
)
def test_a_share_of_the_countrys_people_or_mines_is_no_claim(sle, sentence):
    assert _claims(sentence, sle) == []


def test_the_country_needs_a_theatre_of_one_country():
    two = home_areas(["HRV", "BIH"])
    assert [f.text for f in find_area_figures("a quarter of the country", home=two)] == []
    # the short name of a country joined by "and" is its name in the theatre it is about
    assert [round(f.value_km2) for f in find_area_figures("roughly half of Bosnia", home=two)] == [
        round(home_areas(["BIH"])[0].km2 / 2)
    ]
    assert find_area_figures("roughly half of Bosnia") == []  # no theatre: no guess


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The movement says its fighters extend their rule over more than 9,000 kilometres "
            "in the lands of the east.",
            [(9000.0, "length")],
        ),
        ("The rebel column was more than 90 kilometres from the capital.", []),
    ],
)
def test_a_length_ruled_over_is_an_area(sle, sentence, expected):
    assert _claims(sentence, sle) == expected


# ------------------------------------------------------------------ holding statements
@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels have held Kailahun and Koidu since March, and aircraft bombed both on Monday.",
        "Soldiers advanced towards Koidu, which the RUF had held since last year.",
    ],
)
def test_a_holding_statement_is_no_change(sle, sentence):
    assert _triples(sentence, sle) == []


def test_a_holding_statement_still_names_the_loser_of_a_recapture(sle):
    text = (
        "Government troops recaptured Koidu on Sunday. The RUF had held the diamond town "
        "since October, the army said."
    )
    rows = drafts(DATELINE + text, sle, published="1999-01-12")
    assert [(r["place"], r["to_actor"], r["from_actor"], r["date"]) for r in rows] == [
        ("koidu", "SLA", "RUF", "1999-01-10")
    ]


def test_a_passive_holding_since_is_no_change_but_the_recapture_is(sle):
    text = (
        "On Sunday, 10 January, soldiers recaptured the town of Koidu, which had been occupied "
        "by the rebels since last year."
    )
    assert _triples(text, sle) == [("koidu", "SLA", "1999-01-10")]


# ------------------------------------------------------------------ dates
@pytest.mark.parametrize(
    "byline", ["By Fatmata Koroma", "By Staff Correspondent", "By our correspondent in Bo"]
)
def test_a_byline_between_headline_and_dateline_is_skipped(byline):
    text = f"Rebels take Makeni\n\n{byline}\n\nMAKENI, January 12 (Wire) - Rebels took Makeni."
    lay = read_layout(text)
    assert lay.dateline == "MAKENI, January 12 (Wire) -"
    assert text[lay.body_start :].startswith("Rebels took")
    # a first sentence that opens with "By" is no byline
    assert read_layout("Headline\n\nBy Sunday the army had lost Makeni.").dateline is None


def test_a_datelines_day_is_the_reports_and_a_clauses_own_day_wins(sle):
    # the dateline says when the report was filed; "on Saturday" when the troops left
    text = (
        "MAKENI, January 12 (Wire) - Rebels have captured Makeni, the army admitted on Monday. "
        "Government troops pulled out of the town on Saturday, a spokesman said."
    )
    assert [(d.text, d.kind) for d in find_dates(text, dt.date(1999, 1, 12))] == [
        ("January 12", "dateline"),
        ("on Monday", "report"),
        ("on Saturday", "event"),
    ]
    rows = extract(
        "Rebels take Makeni\n\nBy Staff Correspondent\n\n" + text, sle, published="1999-01-12"
    )
    assert [(r["place"], r["to_actor"], r["date"]) for r in rows.rows.to_dict("records")] == [
        ("makeni", "RUF", "1999-01-09")
    ]


def test_a_day_opening_the_sentence_dates_its_later_clauses(sle):
    text = (
        "Yesterday, Monday, the rebel garrison at Lunsar fled under our shelling, and our units "
        "occupied the town."
    )
    ex = extract(
        "STATEMENT OF THE SIERRA LEONE ARMY\nTuesday, 12 January 1999\n\n" + text,
        sle,
        published="1999-01-12",
    )
    rows = ex.rows.to_dict("records")
    assert [(r["place"], r["date"]) for r in rows] == [("lunsar", "1999-01-11")]


def test_after_hours_of_fighting_is_the_day_given_before_in_the_paragraph(sle):
    text = (
        "On Saturday, RUF fighters attacked the army post at Masiaka. After hours of fighting, "
        "the rebels took control of the town of Masiaka."
    )
    assert _triples(text, sle) == [("masiaka", "RUF", "1999-01-09")]


# ------------------------------------------------------------------ sides
@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        # a country in the possessive names the actor whose modifier is its adjective
        ("Nigeria's military command said its units had taken Lunsar on Sunday.", "ECOMOG"),
        ("Ghana's forces entered Lunsar on Sunday, officials said.", "ECOMOG"),
    ],
)
def test_a_countrys_possessive_names_the_side_of_its_adjective(sle, sentence, actor):
    assert _triples(sentence, sle) == [("lunsar", actor, "1999-01-10")]


def test_a_country_no_actor_is_named_for_gives_no_side(sle):
    # no actor's modifier is Liberia's adjective: no side is read from the country
    rows = drafts(DATELINE + "Liberia's forces entered Kailahun on Sunday.", sle, "1999-01-12")
    assert [r["to_actor"] for r in rows] in ([], [""])


# ------------------------------------------------------------------ not the place itself
@pytest.mark.parametrize(
    "sentence",
    [
        "RUF fighters seized parts of Kenema and Bo on Sunday before being pushed back.",
        "The rebels overran part of Magburaka, Makeni and Kabala on Sunday.",
        "Kamajor militiamen entered the outskirts of Koidu on Sunday.",
    ],
)
def test_parts_or_outskirts_of_a_list_of_places_are_no_capture(sle, sentence):
    assert _triples(sentence, sle) == []


def test_a_place_after_the_parts_list_is_still_taken(sle):
    text = "The rebels seized parts of Kenema on Saturday and captured Bo on Sunday."
    assert _triples(text, sle) == [("bo", "RUF", "1999-01-10")]


# ------------------------------------------------------------------ support column
@pytest.mark.parametrize(
    ("sentence", "place", "cues"),
    [
        ("The RUF captured Makeni on Sunday.", "makeni", "gainer named; verb taking; date own"),
        (
            "Paramilitaries took Lunsar.",
            "lunsar",
            "gainer role word; verb taking; date publication",
        ),
        (
            "Rebels seized Bo on Saturday. Two days later they captured Kenema.",
            "kenema",
            "gainer pronoun; verb taking; date relative",
        ),
        (
            "The RUF took Bo on Saturday and government troops withdrew from Kenema on Sunday.",
            "kenema",
            "gainer context; verb leaving; date own",
        ),
        (
            "The army withdrew from Kabala on Sunday.",
            "kabala",
            "gainer none; verb leaving; date own",
        ),
        ("Koidu was captured on Sunday.", "koidu", "gainer none; verb taking; date own"),
    ],
)
def test_support_says_what_a_draft_rests_on(sle, sentence, place, cues):
    rows = {r["place"]: r for r in drafts(DATELINE + sentence, sle, "1999-01-12")}
    assert rows[place]["support"] == cues


def test_support_is_a_drafts_file_column(sle, tmp_path):
    import pandas as pd

    from geomap.drafts import write_drafts

    ex = extract(DATELINE + "The RUF captured Makeni on Sunday.", sle, published="1999-01-12")
    write_drafts(ex.rows, tmp_path / "d.csv")
    assert (
        (tmp_path / "d.csv")
        .read_text()
        .splitlines()[0]
        .endswith("extraction_confidence,support,status,pattern")
    )
    assert pd.read_csv(tmp_path / "d.csv")["support"].tolist() == [
        "gainer named; verb taking; date own"
    ]


# ------------------------------------------------------------------ a participle's subject
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Since taking Koidu in December, the rebels have pushed west.",
            [("koidu", "RUF", "1998-12-31")],
        ),
        (
            "After seizing Koidu on Saturday, the Kamajors moved on towards the border.",
            [("koidu", "CDF", "1999-01-09")],
        ),
        # a pronoun after the comma is no side named: left for the reviewer
        ("After seizing Koidu on Saturday, they moved on.", [("koidu", "", "1999-01-09")]),
    ],
)
def test_a_participle_opening_the_sentence_has_the_main_clauses_subject(sle, sentence, expected):
    assert _triples(sentence, sle) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "On Sunday the Kamajors, with air support from the army, took back Kenema.",
        "On Sunday the Kamajors, with artillery cover from ECOMOG, took back Kenema.",
        "On Sunday the Kamajors, acting alone but with support from the army, took back Kenema.",
    ],
)
def test_a_side_giving_support_from_the_air_or_guns_is_no_subject(sle, sentence):
    assert _triples(sentence, sle) == [("kenema", "CDF", "1999-01-10")]


# ------------------------------------------------------------------ a place as a possessor
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('The RUF leader said that "Freetown\'s war" was lost.', []),
        ("The rebels captured Makeni's airport on Sunday.", []),
        # a part of the place that is the place: its centre, its districts
        ("The rebels overran Makeni's city centre on Sunday.", [("makeni", "RUF", "1999-01-10")]),
        ("The rebels overran Makeni's eastern districts on Sunday.", []),
    ],
)
def test_a_place_as_a_possessor_is_not_what_was_taken(sle, sentence, expected):
    assert _triples(sentence, sle) == expected


# ------------------------------------------------------------------ a place mentioned again
def _draft(order, to_actor, day, rank, pattern, how):
    from geomap.extract.draft import Draft

    return Draft(
        place="makeni",
        place_known=True,
        to_actor=to_actor,
        from_actor="",
        date=dt.date.fromisoformat(day),
        date_lo=None,
        date_text="",
        date_rank=rank,
        confidence="claimed",
        pattern=pattern,
        verb=pattern,
        evidence="",
        span=(order * 10, order * 10 + 5),
        reasons=[],
        penalty=0.0,
        order=order,
        gainer_how=how,
    )


def test_a_place_mentioned_again_without_a_day_is_the_same_change():
    from geomap.extract.reconcile import one_change_per_place

    took = _draft(0, "RUF", "1999-01-09", 3, "capture", "alias")  # "the RUF took X on Saturday"
    left = _draft(1, "CDF", "1999-01-12", 0, "withdrawal", "")  # "troops had withdrawn from X"
    fell = _draft(2, "", "1999-01-12", 0, "fall-of", "")  # "The fall of X cuts the road"
    [kept] = one_change_per_place([took, left, fell])
    assert kept is took
    assert all("told again, without a day of its own" in a for a in kept.also)
    # a later statement naming another side as firmly is a retaking: two changes
    again = _draft(1, "SLA", "1999-01-12", 0, "capture", "alias")
    assert one_change_per_place([took, again]) == [took, again]
    # a later statement with its own day is a change of its own
    later = _draft(1, "CDF", "1999-01-11", 3, "withdrawal", "")
    assert one_change_per_place([took, later]) == [took, later]


@pytest.mark.parametrize(
    ("later", "side"),
    [
        ("Government troops have retaken Makeni, the army said.", "SLA"),
        ("The Kamajors have since taken Makeni, residents said.", "CDF"),
    ],
)
def test_another_side_named_as_taking_it_later_is_a_new_change(sle, later, side):
    text = "The RUF captured Makeni on Saturday. " + later
    assert _triples(text, sle) == [
        ("makeni", "RUF", "1999-01-09"),
        ("makeni", side, "1999-01-12"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The government will not declare the north liberated until Makeni falls.",
        "Officials said the army could not be considered victorious unless Koidu was taken.",
    ],
)
def test_a_place_in_a_condition_is_no_capture(sle, sentence):
    assert _triples(sentence, sle) == []


def test_a_date_inside_an_aside_is_not_the_verbs(sle):
    # "in March" dates the aside (when the RUF drove the army out), not the withdrawal
    text = (
        "The RUF fighters, who had controlled Kabala since driving out the army in March, "
        "abandoned the town as jets struck their positions."
    )
    assert _triples(text, sle) == [("kabala", "SLA", "1999-01-12")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The claim of the Nigerian command that its troops took Koidu last week is a lie.",
        "The Nigerian radio said on Sunday that its troops had entered Koidu.",
    ],
)
def test_a_sides_command_or_radio_named_by_its_modifier_says_whose_troops(sle, sentence):
    # "troops" alone fits the army and the peacekeepers; "the Nigerian command" names one
    assert [r[:2] for r in _triples(sentence, sle)] == [("koidu", "ECOMOG")]
