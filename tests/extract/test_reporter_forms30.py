"""Stop 43's readings, taken from spent sets (110, 134, 145, 146) while the blind sets of
stop 43 were being written; each sentence is written anew for a small theatre made here
(``eastern``: a Napoleonic-era war of four sides), with negatives.

* "The French had already taken X", "the Turks entered X": a people named by a plural the
  "-ians"/"-ese" rule does not reach (or by its adjective standing alone before a verb) is the
  one side whose modifier is its adjective; "the French positions" is no people.
* "Polish troops of the Liberating Army entered X": the capitalised "Liberating" inside a
  name ("the Liberating Army") is no verb of taking, so the clause of "entered" keeps its
  subject (a name two sides share is told apart by the side named before it).
* "British troops crossed the river, waited on the bank, and entered X": the last verb of a
  series joined by ", and" has the series' subject.
* "On Sunday last the enemy landed ... The troops there gave way ... which the French entered
  the same afternoon": "the same day" is the day the paragraph last told, not only the
  sentence before.
* "on Monday the 26th May": the explicit day after a weekday, with "the" between (spent set
  145); "on Tuesday last week", "on Friday of last week": that weekday in the calendar week
  before (spent sets 115, 143); "On Sunday last": the Sunday before the day of writing.
* "legionnaires disarmed the Red Guards and took over the town": a side disarmed, dispersed,
  scattered or expelled is acted on, no subject (spent set 150).
* "Cherbourg, the first great port to be won back in France, was captured by American troops":
  a passive infinitive ("to be won back", "to have been taken") is no verb of its own, so it
  neither tells a change nor cuts the clause of the main verb (spent set 151).
* "Falaise itself, the birthplace of ..., was cleared by the Canadians", "Elephant Pass, from
  which the LTTE fled without a fight, was liberated by ...": the passive's subject before
  "itself" and an aside, or before a relative opened by "from which" or "where" (spent set
  151).
* "secured the Sea Tiger base at Chalai": an unknown name before "base", "camp",
  "stronghold" or "harbour" names the site's holder; the place is the one after "at" (spent
  set 151).
* "Sake ... was taken on Thursday after Congolese troops and Wazalendo militiamen pulled out":
  sides joined by "and" before a verb of leaving are the losers, never the gainer read from
  the context (spent set 151; a lead).
* "A convoy reached Falaise ... by the road from Caen. The town was entered by Canadian
  troops": the place a road comes from is not what "the town" stands for (spent set 151).
* "withdrew from Pooneryn ... On Saturday evening the Sinhala army entered an empty town": an
  indefinite town said to be empty (abandoned, deserted) is the town left before, and a
  participle after "a"/"an" is an adjective, no verb (spent set 151).
* "Yekaterinburg passed to Czechoslovak and Siberian troops": two sides' modifiers joined by
  "and" name both sides, so the gainer stays unresolved (a lead), and no earlier mention
  tells the joint mention apart (spent set 150).
* Claims (spent set 150): "now stands on some 14,000 square kilometres of X, nearly 5 per
  cent of Italy" is ground held (two claims, not a region's size told in passing); a length
  after a quoted verb of taking ('boasts of "conquering" 600 kilometres of Castile') is an area.
* "the garrison of X left the fortress ... French troops entered the empty fortress": "the
  fortress" stands for the fortress town named before (spent set 121).
"""

from __future__ import annotations

import datetime as dt

import pytest
from sentences import small_theatre

from geomap.extract import extract
from geomap.extract.dates import find_dates


@pytest.fixture
def eastern(tmp_path):
    """Four sides: FRA and POL share the name "the Liberating Army"; RUS and TUR have their
    own modifiers ("Russian", "Turkish")."""
    return small_theatre(
        tmp_path,
        "eastern1812",
        "RUS",
        1812,
        "FRA,Grande Armee,Grande Armee;French army;French troops,the Liberating Army,#1e6fb0\n"
        "POL,Polish legion,Polish legion;Polish troops,the Liberating Army,#c62828\n"
        "RUS,Russian army,Russian army;Russian troops,Kutuzov,#2e8b57\n"
        "TUR,Ottoman army,Turkish army;Turkish troops,the Porte,#8e24aa\n",
        "vereya,Vereya,,55.343,36.186,town,,RUS,,test fixture\n"
        "ruza,Ruza,,55.701,36.195,town,,RUS,,test fixture\n",
        "1812-01-01,vereya,RUS\n1812-01-01,ruza,RUS\n",
    )


WIRE = "ST PETERSBURG, Sept. 16 (Wire) - "


def _rows(text: str, theatre) -> list[tuple]:
    rows = extract(WIRE + text, theatre, published="1812-09-16").rows
    return [(r.place, r.to_actor, r.date, r.status) for r in rows.itertuples()]


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("The French had already taken the small town of Vereya on Sept. 14.", "FRA"),
        ("The French entered Vereya on Monday.", "FRA"),
        ("Vereya fell to the French on Monday.", "FRA"),
        ("The Turks entered Vereya on Monday.", "TUR"),
        ("The Poles took Vereya on Monday.", "POL"),
        ("The Russians retook Vereya on Monday.", "RUS"),
    ],
)
def test_a_people_named_by_its_plural_is_its_side(eastern, text, gainer):
    rows = _rows(text, eastern)
    assert [(r[0], r[1], r[3]) for r in rows] == [("vereya", gainer, "draft")]


@pytest.mark.parametrize(
    "text",
    [
        # an adjective before a noun is no people
        "The French positions at Vereya were taken on Monday.",
        # a people no side's modifier names
        "The Swedes entered Vereya on Monday.",
    ],
)
def test_an_adjective_or_an_unknown_people_names_no_side(eastern, text):
    assert [r[1] for r in _rows(text, eastern)] in ([], [""])


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        ("Polish troops of the Liberating Army entered Vereya on Monday.", "POL"),
        ("French troops of the Liberating Army entered Vereya on Monday.", "FRA"),
    ],
)
def test_a_shared_name_after_of_says_whose_the_side_is(eastern, text, gainer):
    assert _rows(text, eastern) == [("vereya", gainer, "1812-09-14", "draft")]


def test_a_shared_name_alone_stays_unresolved(eastern):
    # "the Liberating Army" fits FRA and POL: no gainer is guessed, and the capitalised
    # "Liberating" is no verb of its own
    rows = _rows("The Liberating Army occupied Vereya on Monday.", eastern)
    assert [(r[0], r[1], r[3]) for r in rows] == [("vereya", "", "lead")]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "French troops crossed the river on Friday night, waited on the bank while the "
            "guns fired, and entered Vereya shortly before midnight.",
            [("vereya", "FRA", "1812-09-11", "draft")],
        ),
        (
            "French troops crossed the river on Friday night, and entered Vereya shortly "
            "before midnight.",
            [("vereya", "FRA", "1812-09-11", "draft")],
        ),
        # the series' subject is no side: people entering a town take nothing
        ("Refugees crossed the river on Friday night, waited on the bank, and entered Vereya.", []),
        # a piece that is no verb phrase breaks the series
        (
            "French troops crossed the river on Friday night, the refugees behind them, and "
            "entered Vereya shortly before midnight.",
            [],
        ),
    ],
)
def test_the_last_verb_of_a_series_has_the_series_subject(eastern, text, rows):
    assert _rows(text, eastern) == rows


@pytest.mark.parametrize(
    ("between", "date"),
    [
        # a sentence between, in the same paragraph: still the day the paragraph told
        (" The Russian posts there gave way.", "1812-09-13"),
        ("", "1812-09-13"),
    ],
)
def test_the_same_day_is_the_day_the_paragraph_told(eastern, between, date):
    text = (
        "On Sunday last the French landed in force below the town." + between + " Kutuzov "
        "ordered the army to leave Vereya, which the French entered the same afternoon."
    )
    rows = [r for r in _rows(text, eastern) if r[1] == "FRA"]
    assert rows == [("vereya", "FRA", date, "draft")]


def test_the_same_day_of_the_sentence_before_across_a_paragraph_break(eastern):
    # the day opens the sentence before, which ends the paragraph before: still its day
    text = (
        "On Sunday last the French landed in force below the town.\n\nKutuzov ordered the army "
        "to leave Vereya, which the French entered the same afternoon."
    )
    rows = [r for r in _rows(text, eastern) if r[1] == "FRA"]
    assert rows == [("vereya", "FRA", "1812-09-13", "draft")]


def test_the_same_day_does_not_reach_into_an_earlier_paragraph(eastern):
    # a day told two paragraphs back, with a sentence between: not "the same day"
    text = (
        "On Sunday last the French landed in force below the town.\n\nThe Russian posts gave "
        "way. Kutuzov ordered the army to leave Vereya, which the French entered the same "
        "afternoon."
    )
    rows = [r for r in _rows(text, eastern) if r[1] == "FRA"]
    assert [r[2] for r in rows] != ["1812-09-13"]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # "the fortress" stands for the fortress town named before, two sentences back
        (
            "The Russian garrison of Vereya left the fortress during the night. The guns that "
            "could not be carried were spiked. On Monday French troops entered the empty "
            "fortress.",
            [("vereya", "FRA", "1812-09-14", "draft")],
        ),
        # no town named before: the fortress is no place of the gazetteer
        ("On Monday French troops entered the empty fortress.", []),
    ],
)
def test_the_fortress_stands_for_the_town_named_before(eastern, text, rows):
    assert [r for r in _rows(text, eastern) if r[1] == "FRA"] == rows


# Tuesday 29 March 2022: the week before ran from Monday 21 to Sunday 27 March
TUESDAY = dt.date(2022, 3, 29)


@pytest.mark.parametrize(
    ("text", "anchor", "day"),
    [
        ("entered Berber on Monday the 26th May, after", dt.date(1884, 6, 4), dt.date(1884, 5, 26)),
        ("on Monday the 26th of May", dt.date(1884, 6, 4), dt.date(1884, 5, 26)),
        ("retaken on Tuesday last week", TUESDAY, dt.date(2022, 3, 22)),
        ("entered on Friday of last week", TUESDAY, dt.date(2022, 3, 25)),
        ("on Monday of the previous week", TUESDAY, dt.date(2022, 3, 21)),
        # anchored on a Sunday, "last week" is still the calendar week before
        ("on Monday last week", dt.date(2022, 3, 27), dt.date(2022, 3, 14)),
        # "Sunday last" on a Sunday is the Sunday before; on a Thursday, the Sunday just past
        ("On Sunday last the enemy landed", dt.date(2022, 3, 27), dt.date(2022, 3, 20)),
        ("On Sunday last the enemy landed", dt.date(2022, 3, 31), dt.date(2022, 3, 27)),
        # no "last" after: the weekday up to the day itself, as before
        ("On Sunday the enemy landed", dt.date(2022, 3, 27), dt.date(2022, 3, 27)),
    ],
)
def test_a_weekday_with_its_week_or_its_day_after_it(text, anchor, day):
    (d,) = find_dates(text, anchor)
    assert (d.start, d.end) == (day, day)


def test_since_a_weekday_of_last_week_is_a_bound():
    (d,) = find_dates("held since Tuesday last week", TUESDAY)
    assert (d.start, d.kind) == (dt.date(2022, 3, 22), "since")


def test_sunday_last_night_is_two_mentions():
    # "last night" is its own day, not "Sunday last"
    found = find_dates("on Sunday last night", TUESDAY)
    assert [f.text for f in found] == ["on Sunday", "last night"]


def _claims(text: str, theatre) -> list[tuple[str, float]]:
    claims = extract(WIRE + text, theatre, published="1812-09-16").claims
    return [(c.unit_kind, round(float(c.value_km2), 1)) for c in claims.itertuples()]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # ground a side "stands on", restated as a share of a country in apposition: two claims
        (
            "The invader now stands on some 14,000 square kilometres of the Moskva valley, "
            "nearly 5 per cent of Italy.",
            [("area", 14000.0), ("comparison", 15067.0)],
        ),
        # a region's own size told in passing stays no claim
        ("The Moskva valley, nearly 5 per cent of Italy, is famous for its wheat.", []),
        # a length after a quoted verb of taking is an area
        (
            'The enemy radio boasts of "conquering" 600 kilometres of Castile.',
            [("length", 600.0)],
        ),
        # a length after a quoted verb that takes nothing stays a distance
        ('The enemy radio boasts of "marching" 600 kilometres across Castile.', []),
    ],
)
def test_claims_after_standing_on_and_a_quoted_verb(eastern, text, claims):
    assert _claims(text, eastern) == claims


@pytest.mark.parametrize("verb", ["disarmed", "dispersed", "scattered", "expelled"])
def test_a_side_disarmed_is_no_subject(eastern, verb):
    text = f"At Vereya, French troops {verb} the Russian troops and took over the town on Monday."
    rows = _rows(text, eastern)
    assert [(r[0], r[1]) for r in rows] == [("vereya", "FRA")]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a passive infinitive in an aside tells nothing and does not cut the clause
        (
            "Vereya, the first town to be won back in the province, was captured by French "
            "troops on Monday.",
            [("vereya", "FRA", "1812-09-14", "draft")],
        ),
        (
            "Vereya, the last town to have been taken by the Russian army, was captured by "
            "French troops on Monday.",
            [("vereya", "FRA", "1812-09-14", "draft")],
        ),
        # an aim is no change
        ("French troops are expected to be sent to take Vereya.", []),
    ],
)
def test_a_passive_infinitive_is_no_verb_of_its_own(eastern, text, rows):
    assert _rows(text, eastern) == rows


@pytest.mark.parametrize(
    "text",
    [
        "Vereya itself, the birthplace of a famous general, was taken by French troops on Monday.",
        "Vereya, from which the Russian troops fled without a fight, was taken by French troops "
        "on Monday.",
        "Vereya, where the Russian troops had spent the winter, was taken by French troops on "
        "Monday.",
    ],
)
def test_a_passive_subject_before_itself_or_a_relative(eastern, text):
    assert _rows(text, eastern)[:1] == [("vereya", "FRA", "1812-09-14", "draft")]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a name before "base" names the site's holder, not a place: the place after "at"
        (
            "French troops secured the Sea Tiger base at Vereya on Monday.",
            [("vereya", "FRA", "1812-09-14", "draft")],
        ),
        (
            "French troops overran the Cossack stronghold at Vereya on Monday.",
            [("vereya", "FRA", "1812-09-14", "draft")],
        ),
        # no place after it: nothing to draft, and no unknown place made of the name
        ("French troops secured the Sea Tiger base on Monday.", []),
    ],
)
def test_a_name_before_a_site_noun_is_no_place(eastern, text, rows):
    assert _rows(text, eastern) == rows


def test_sides_joined_before_a_verb_of_leaving_are_not_the_gainer(eastern):
    # the gainer of Vereya is read from the context (a lead); the sides that pulled out,
    # joined by "and", are never it
    text = (
        "French troops entered Ruza on Monday. Vereya was taken on Thursday after Russian "
        "troops and Cossack militiamen pulled out."
    )
    rows = [r for r in _rows(text, eastern) if r[0] == "vereya"]
    assert [(r[1], r[3]) for r in rows] == [("FRA", "lead")]


def test_the_town_is_not_where_the_road_came_from(eastern):
    text = (
        "A convoy reached Vereya on Monday by the road from Ruza. The town was entered by "
        "French troops on Monday."
    )
    rows = _rows(text, eastern)
    assert [(r[0], r[1]) for r in rows] == [("vereya", "FRA")]


@pytest.mark.parametrize(
    ("noun", "rows"),
    [
        ("an empty town", [("vereya", "FRA", "1812-09-13", "draft")]),
        ("an abandoned town", [("vereya", "FRA", "1812-09-13", "draft")]),
        ("a deserted village", [("vereya", "FRA", "1812-09-13", "draft")]),
        # an indefinite town with no word of emptiness is a new town, not Vereya
        ("a small town", []),
    ],
)
def test_an_empty_town_is_the_town_left_before(eastern, noun, rows):
    text = (
        "The Russian troops withdrew from Vereya during Saturday night. On Sunday evening "
        f"French troops entered {noun}."
    )
    assert [r for r in _rows(text, eastern) if r[1] == "FRA"] == rows


@pytest.mark.parametrize(
    "text",
    [
        "French and Turkish troops entered Vereya on Monday.",
        "Vereya was taken by French and Turkish troops on Monday.",
        # an earlier mention of one of them does not tell the joint mention apart
        "French troops entered Ruza on Sunday. Vereya was taken by French and Turkish troops on "
        "Monday.",
    ],
)
def test_two_sides_modifiers_joined_name_both(eastern, text):
    rows = [r for r in _rows(text, eastern) if r[0] == "vereya"]
    assert [(r[1], r[3]) for r in rows] == [("", "lead")]


def test_one_sides_modifier_is_still_that_side(eastern):
    # "and" between a place and the side is no joint mention
    rows = _rows("Ruza and Vereya fell to French troops on Monday.", eastern)
    assert [(r[0], r[1]) for r in rows] == [("ruza", "FRA"), ("vereya", "FRA")]
