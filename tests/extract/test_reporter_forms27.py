"""Stop 39's readings, each sentence written anew for the Cote d'Ivoire 2011 fixture
(``tests/extract/data/civ11``), with negatives.

* A place that "surrendered" or "capitulated" to a side, its verb set off by "which" or by an
  aside of where it lies ("Toul, which surrendered to Prussian troops", "Marsal, on the Seille,
  surrendered to Bavarian troops": blind set 108); "opened its gates to" (set 112).
* "had taken refuge" is no verb of its own: it no longer cuts a passive from its subject
  ("Zhytomyr, where the Rada had taken refuge, was entered by German troops": set 113).
* "were the first (troops) to enter X" is an entry, not an aim (set 111).
* "families from X said ... drove into their town": the town is X (set 113).
* "our troops" in a statement is the author's, not the side named before it (set 110), and a
  letterhead "REPUBLIC OF POLAND" speaks for the side whose adjective is "Polish".
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from geomap.extract import extract
from geomap.extract.gazetteer import demonym
from geomap.inputs import load_inputs


def _rows(text, civ, published="2011-04-20"):
    rows = extract(text, civ, published=published).rows
    return [
        (p, g, str(d), s)
        for p, g, d, s in zip(rows.place, rows.to_actor, rows.date, rows.status, strict=True)
    ]


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        ("Daloa, which surrendered to the Republican Forces on 28 March, is calm.", "daloa", "28"),
        (
            "Guiglo, on the Cavally, surrendered to the Republican Forces on 28 March.",
            "guiglo",
            "28",
        ),
        ("Daloa, near the lake, capitulated to the FRCI on 28 March.", "daloa", "28"),
        ("Daloa capitulated to the Republican Forces on 28 March.", "daloa", "28"),
        ("Since Daloa capitulated to the FRCI on 28 March, aid has flowed.", "daloa", "28"),
        ("The town of Daloa opened its gates to the Republican Forces on 28 March.", "daloa", "28"),
    ],
)
def test_a_place_that_surrendered_or_opened_its_gates(civ, text, place, day):
    assert (place, "FRCI", f"2011-03-{day}", "draft") in _rows(text, civ)


@pytest.mark.parametrize(
    "text",
    [
        # people who surrendered, not a place
        "The officials of Daloa, who surrendered to the Republican Forces on 28 March, were freed.",
        "The soldiers surrendered to the Republican Forces near Daloa on 28 March.",
        # "capitulated to" what is no side
        "Daloa's mayor capitulated to pressure from traders on 28 March.",
        # gates opened to people, not to a side
        "Daloa opened its gates to refugees from Duekoue on 28 March.",
    ],
)
def test_no_place_surrendered(civ, text):
    assert [r for r in _rows(text, civ) if r[3] == "draft"] == []


def test_taken_refuge_does_not_cut_off_the_subject(civ):
    text = "Daloa, where the prefect had taken refuge, was entered by the Republican Forces on 28 March."
    assert ("daloa", "FRCI", "2011-03-28", "draft") in _rows(text, civ)


@pytest.mark.parametrize(
    "text",
    [
        "The prefect took refuge in Daloa on 28 March.",
        "The prefect had taken shelter in Daloa on 28 March.",
        "Republican Forces officers took part in talks at Daloa on 28 March.",
    ],
)
def test_refuge_and_part_take_no_place(civ, text):
    assert _rows(text, civ) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Republican Forces were the first to enter Daloa on 28 March.",
        "The Republican Forces were the first troops to enter Daloa on 28 March.",
    ],
)
def test_the_first_to_enter(civ, text):
    assert ("daloa", "FRCI", "2011-03-28", "draft") in _rows(text, civ)


@pytest.mark.parametrize(
    "text",
    [
        "The Republican Forces hoped to be the first to enter Daloa.",
        "The Republican Forces will be the first to enter Abidjan, their commander said.",
        "The Republican Forces wanted to enter Daloa on 28 March.",
    ],
)
def test_the_first_to_enter_as_an_aim(civ, text):
    assert _rows(text, civ) == []


def test_their_town_is_where_the_people_come_from(civ):
    text = "Families from Guiglo said the Republican Forces drove into their town on 28 March."
    assert ("guiglo", "FRCI", "2011-03-28", "draft") in _rows(text, civ)
    text = "Refugees who fled from Guiglo said the FRCI took their village on 28 March."
    assert ("guiglo", "FRCI", "2011-03-28", "draft") in _rows(text, civ)


@pytest.mark.parametrize(
    "text",
    [
        # no people said to come from a place
        "The Republican Forces drove into their town on 28 March.",
        # the place the families went to, not where they came from
        "Families who reached Guiglo said the Republican Forces drove into their town.",
    ],
)
def test_their_town_with_no_home_named(civ, text):
    assert [r for r in _rows(text, civ) if r[0] == "guiglo"] == []


def test_our_troops_in_a_statement_are_the_authors(civ):
    text = (
        "STATEMENT OF THE REPUBLICAN FORCES OF COTE D'IVOIRE\n"
        "Seguela, 20 April 2011\n\n"
        "Government troops entered Duekoue on Monday. On Tuesday our troops retook Duekoue "
        "after a night of fighting."
    )
    rows = _rows(text, civ)
    assert ("duekoue", "FRCI", "2011-04-19", "draft") in rows
    assert not [r for r in rows if r[0] == "duekoue" and r[2] == "2011-04-19" and r[1] != "FRCI"]


@pytest.mark.parametrize(
    ("word", "country", "irregular", "expected"),
    [
        ("Polish", "poland", True, True),
        ("Polish", "poland", False, False),
        ("French", "france", True, True),
        ("Dutch", "netherlands", True, True),
        ("Croatian", "croatia", False, True),  # the stem rule, as before
        ("Polish", "portugal", True, False),
        ("polish", "poland", True, False),  # a word in lower case is no adjective of a land
    ],
)
def test_irregular_demonyms(word, country, irregular, expected):
    assert demonym(word, [country], irregular) is expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("On Thursday the 14th the Republican Forces entered Daloa.", "2011-04-14"),
        ("On Thursday, the 14th, the Republican Forces entered Daloa.", "2011-04-14"),
        ("On the 14th the Republican Forces entered Daloa.", "2011-04-14"),
        # "the 5th Division" is a unit, not a day: the weekday alone
        ("On Thursday the 5th Battalion of the Republican Forces entered Daloa.", "2011-04-14"),
    ],
)
def test_a_weekday_then_the_day_of_the_month(civ, text, day):
    assert [r[2] for r in _rows(text, civ) if r[0] == "daloa"] == [day]


def test_a_side_with_another_beside_it_is_no_subject(civ):
    text = (
        "STATEMENT OF THE REPUBLICAN FORCES OF COTE D'IVOIRE\n"
        "Seguela, 20 April 2011\n\n"
        "On Monday our fighters, with UN troops beside them, were the first to enter Daloa."
    )
    assert [(r[0], r[1]) for r in _rows(text, civ)] == [("daloa", "FRCI")]


# ------------------------------------------------------------------ the second batch (114-119)
@pytest.mark.parametrize(
    "text",
    [
        # blind set 118: "forced its way (across the moat and) into X"
        "The Republican Forces forced their way across the bridge and into Daloa on 28 March.",
        "The Republican Forces forced their way into Daloa on 28 March.",
        # blind set 115: "had ridden into X"
        "Republican Forces cavalry had ridden into Daloa on 28 March.",
        # blind set 116: "knocked the X out of Y"
        "On 28 March the Republican Forces knocked the Ivorian army out of Daloa.",
        # blind set 115: "took possession of X"
        "The Republican Forces took possession of Daloa on 28 March.",
        # blind set 118: a day between "took full control" and "of"
        "The FRCI took full control on Monday of Daloa, officers said.",
    ],
)
def test_entry_and_drive_out_verbs(civ, text):
    rows = _rows(text, civ, published="2011-03-30")
    assert [(p, g) for p, g, _, s in rows if s == "draft"] == [("daloa", "FRCI")]


@pytest.mark.parametrize(
    "text",
    [
        "The shell knocked the door out of its frame in Daloa on 28 March.",
        "The family took possession of the house in Daloa on 28 March.",
        "Lancers paraded through Daloa on 28 March.",
    ],
)
def test_no_entry(civ, text):
    assert [r for r in _rows(text, civ, published="2011-03-30") if r[3] == "draft"] == []


def test_the_arms_of_older_armies_are_bodies_of_troops(civ):
    """ "The lancers entered X": a body of troops (a lead to fill in), not people."""
    (row,) = _rows("The lancers entered Daloa on 28 March.", civ, published="2011-03-30")
    assert row[0] == "daloa" and row[3] == "lead"


@pytest.fixture(scope="module")
def civ_saints(tmp_path_factory):
    """The Cote d'Ivoire fixture with a place whose name abbreviates "Saint"."""
    folder = tmp_path_factory.mktemp("saints") / "civ11"
    shutil.copytree(Path(__file__).parent / "data" / "civ11", folder)
    with open(folder / "places.csv", "a", encoding="utf-8") as fh:
        fh.write(
            'saint-pierre,Saint-Pierre,"St. Pierre;St Pierre",5.9,-5.1,town,,CIV,,test fixture\n'
        )
    return load_inputs(folder)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # blind set 114: "St. Vith" is one name, not "St" and "Vith"
        ("The Republican Forces entered St. Pierre on 28 March.", "saint-pierre"),
        ("The Republican Forces entered St Pierre on 28 March.", "saint-pierre"),
        # an unknown name keeps its abbreviation whole
        ("The Republican Forces entered St. Hubert on 28 March.", "St. Hubert"),
    ],
)
def test_a_saints_name_with_its_stop(civ_saints, text, place):
    rows = _rows(text, civ_saints, published="2011-03-30")
    assert [(p, g) for p, g, _, s in rows] == [(place, "FRCI")]


@pytest.mark.parametrize(
    "text",
    [
        # blind set 118: an institution is no place ("the Germans had taken it, the War Office
        # announced")
        "The Republican Forces took Daloa on 28 March, the War Office announced.",
        # blind sets 115, 116, 118: adjectives are no places
        "The Republican Forces stormed the Dervish camp of Daloa on 28 March.",
        "The Republican Forces entered by the west gate of Daloa on 28 March, near the Imperial tombs.",
        "The Republican Forces liberated Daloa from the German-fascist invaders on 28 March.",
    ],
)
def test_no_unknown_place_for_an_institution_or_an_adjective(civ, text):
    rows = _rows(text, civ, published="2011-03-30")
    assert [p for p, _, _, _ in rows if p not in ("daloa",)] == []


def test_who_entered_after_a_role_word_of_a_named_side(civ):
    """ "The soldiers of the Republican Forces, who entered X": the role word is no second
    side (blind set 115); two sides named before the comma still tell nobody apart."""
    text = "The soldiers of the Republican Forces, who entered Daloa on 28 March, were greeted."
    assert ("daloa", "FRCI", "2011-03-28", "draft") in _rows(text, civ, published="2011-03-30")
    text = "The FDS fell upon the Republican Forces, who had entered Daloa on 28 March."
    assert [r for r in _rows(text, civ, published="2011-03-30") if r[3] == "draft"] == []


@pytest.mark.parametrize(
    ("text", "km2"),
    [
        # ground in apposition that a side administers or protects (blind sets 111, 112)
        (
            "Officials said the country between Daloa and Duekoue, some 9,000 sq km, is again "
            "under their administration.",
            9000.0,
        ),
        (
            "The whole of the western shore, some 900 sq mi (2,331 km2) of country, is now under "
            "the protection of the Republican Forces.",
            2330.99,
        ),
        # a region's own size, under nobody's new rule: no claim
        (
            "Zanzan, a region of some 38,000 square kilometres, is under the authority of a prefect.",
            None,
        ),
    ],
)
def test_ground_under_a_sides_administration(civ, text, km2):
    claims = extract("ABIDJAN, March 30, 2011 (Wire) - " + text, civ, published="2011-03-30").claims
    assert claims.value_km2.round(2).tolist() == ([] if km2 is None else [km2])


@pytest.mark.parametrize(
    "text",
    [
        "Zanzan, some 38,000 square kilometres, was placed under UN administration in 2004.",
        "The Zanzan valley, an area of some 8,600 square kilometres, has been under emergency rule "
        "since August.",
    ],
)
def test_a_regions_size_under_a_rule_of_the_past(civ, text):
    claims = extract("ABIDJAN, March 30, 2011 (Wire) - " + text, civ, published="2011-03-30").claims
    assert claims.empty


def test_an_old_spelling_of_a_country_that_is_also_a_town_stays_a_place(civ):
    """ "Servia" is a Greek town as well as Serbia's old spelling: it stays an unknown place
    (to add to places.csv), never dropped as a country (spent set 119)."""
    rows = _rows("The Republican Forces entered Servia on 28 March.", civ, published="2011-03-30")
    assert [(p, g) for p, g, _, _ in rows] == [("Servia", "FRCI")]
