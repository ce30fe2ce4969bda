"""Stop 40's readings, each sentence written anew for the Cote d'Ivoire 2011 fixture
(``tests/extract/data/civ11``), with negatives.

* An entry with no object after a side left a place: "rode in" and "drove in" join "moved
  in" and "marched in" ("Austrian dragoons abandoned Stockerau on 25 May and French cavalry
  rode in the following morning": spent set 120), and "moved in at midday" is the entry (it
  was read as "moved in at <a place>" and dropped).
* The place a bare entry goes into is not the place a battle is named by ("demoralised by
  the defeat at Kumanovo, had marched out of the town, and the cavalry rode in": set 109).
* "the place" and "the ruins" stand for a place of their sentence or the one before ("the
  army crossed the river and took possession of the place": spent sets 110, 114, 115), not
  for a site named by its use ("the landing place at X"), nor past a name the gazetteer
  lacks ("withdrew from Plehan ... and the Chetniks entered the ruins": spent set 80).
* "X was given up by A" is A's withdrawal, as "X was abandoned by A" is ("Fleurus was given
  up by Prussian rearguards on Thursday evening and French cavalry occupied it": set 120).
* "the same day" and "the next day" after a verb count from the day of the relative clause
  its subject carries ("El Hamma, which our units left on Sunday, was occupied by British
  armoured units the same day": spent set 110); it was the publication day.
* A place noun's name the gazetteer lacks is the subject of its verb past where it lies ("The
  village of Maleme in western Crete fell to German parachute troops": set 123); a bare
  capitalised word so placed is not ("Stores in Crete were seized").
* "carried out a tactical repositioning from X" is a side's withdrawal (set 125).
* A place taken, with no agent named, told by a side's own source is that side's gain ("The
  Ukrainian General Staff said Chornobaivka had been recaptured on Thursday": set 128), not
  when the side held it, nor when the place is where the source speaks from.
* Days told the old way: "on the last day of March", "on the eleventh day of this month",
  "the previous evening" (set 128); a year of the 1800s after a month ("the first of March
  1866").
* "On the evening of the 27th", "in the night of the 12th": the day of the month, as "on
  the 27th" (sets 111, 129).
* "the day before yesterday" is two days before; "on the 5th ultimo" is of the month before;
  "by the evening of the 3rd".
* "X said on Saturday it had captured Y, but a junta spokesman denied on Sunday ...": the
  day of the claim, not of the denial; "News posted by media outlets of X on Saturday that Y
  has fallen to their group is fabricated" is X's denied claim (set 134). Rumours nobody is
  said to spread for a side stay no row.
* "had taken back 12 settlements, covering some 260 square kilometres" is ground taken (a count
  of villages), not the size of a thing as "settlements covering 260 hectares" is (set 128).
"""

from __future__ import annotations

import datetime as dt

import pytest

from geomap.extract import extract
from geomap.extract.dates import find_dates


def _rows(text, civ, published="2011-04-20"):
    rows = extract(text, civ, published=published).rows
    return [
        (p, g, str(d), s)
        for p, g, d, s in zip(rows.place, rows.to_actor, rows.date, rows.status, strict=True)
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The FDS abandoned Daloa on 27 March and the Republican Forces rode in the "
            "following morning, 28 March.",
            "28",
        ),
        ("The FDS left Daloa on 28 March and FRCI columns drove in at midday.", "28"),
        ("The FDS abandoned Daloa on 28 March and the Republican Forces moved in at dawn.", "28"),
        ("Daloa was abandoned by the FDS on 28 March and FRCI troops rode in at noon.", "28"),
        ("The FDS left Daloa on 28 March and the FRCI moved in at first light.", "28"),
    ],
)
def test_an_entry_with_no_object_after_a_side_left(civ, text, day):
    assert ("daloa", "FRCI", f"2011-03-{day}", "draft") in _rows(text, civ)


@pytest.mark.parametrize(
    "text",
    [
        # "moved in at <a place>": not into the place left
        "The FDS left Daloa on 28 March and the Republican Forces moved in at Guiglo.",
    ],
)
def test_moved_in_at_a_place_is_no_entry_into_the_place_left(civ, text):
    assert not [r for r in _rows(text, civ) if r[3] == "draft"]


def test_a_battle_named_by_its_place_is_not_the_place_entered(civ):
    text = (
        "The FDS garrison, shaken by the defeat at Duekoue, marched out of the town on 28 "
        "March, and FRCI units rode in at dawn."
    )
    assert not [r for r in _rows(text, civ) if r[0] == "duekoue" and r[1] == "FRCI"]


@pytest.mark.parametrize(
    "text",
    [
        "The FDS abandoned their trenches at Daloa on 28 March, and the FRCI took possession "
        "of the place.",
        "The FDS garrison left Daloa on 28 March. The FRCI occupied the ruins the same day.",
        "On 28 March the FDS withdrew from Daloa, and the Republican Forces entered the place.",
    ],
)
def test_the_place_and_the_ruins_stand_for_the_place_named(civ, text):
    assert ("daloa", "FRCI", "2011-03-28", "draft") in _rows(text, civ)


@pytest.mark.parametrize(
    "text",
    [
        # a site named by its use, not the town
        "On 28 March FRCI gunmen occupied the landing place at Daloa for two hours.",
        # a name the gazetteer lacks may be what "the ruins" stands for
        "Near Daloa, the FDS withdrew from Zerbelo on 28 March and the FRCI entered the ruins.",
    ],
)
def test_the_place_stands_for_no_other_place(civ, text):
    assert ("daloa", "FRCI", "2011-03-28", "draft") not in _rows(text, civ)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Daloa was given up by FDS rearguards on 28 March and FRCI troops occupied it.", "draft"),
        ("The FDS had given up Daloa on 28 March, and the FRCI moved in.", "draft"),
        ("Daloa was given up by the FDS on 28 March.", "lead"),  # no gainer named
    ],
)
def test_given_up_by_a_side_is_its_withdrawal(civ, text, status):
    rows = [r for r in _rows(text, civ) if r[0] == "daloa"]
    assert rows and rows[0][2] == "2011-03-28" and rows[0][3] == status
    assert status == "lead" or rows[0][1] == "FRCI"


def test_given_up_hope_is_no_withdrawal(civ):
    assert not _rows("The FDS has given up hope of holding Daloa, officers said.", civ)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Daloa, which the FDS left on 27 March, was occupied by FRCI units the same day.", "27"),
        ("Daloa, which the FDS left on 27 March, was occupied by FRCI units the next day.", "28"),
        ("Daloa, which the FDS abandoned on 27 March, was entered by the FRCI that evening.", "27"),
    ],
)
def test_a_day_counted_from_the_subjects_relative_clause(civ, text, day):
    assert ("daloa", "FRCI", f"2011-03-{day}", "draft") in _rows(text, civ)


@pytest.mark.parametrize(
    "text",
    [
        "The village of Zerbelo in western Ivory Coast fell to the FRCI on 28 March.",
        "The village of Zerbelo, in the west, fell to the FRCI on 28 March.",
        "The town of Zerbelo in the far west was taken by the FRCI on 28 March.",
    ],
)
def test_a_place_nouns_unknown_name_past_where_it_lies(civ, text):
    assert ("Zerbelo", "FRCI", "2011-03-28", "draft") in _rows(text, civ)


def test_a_capitalised_word_past_where_it_lies_is_no_place(civ):
    assert not _rows("Stores in the west were seized by the FRCI on 28 March.", civ)


@pytest.mark.parametrize(
    "text",
    [
        "The General Command announces that our armed forces yesterday carried out a tactical "
        "repositioning from Daloa.",
        "The FDS carried out a redeployment of its forces from Daloa on 28 March.",
    ],
)
def test_a_repositioning_is_a_withdrawal(civ, text):
    rows = extract(text, civ, published="2011-04-20").rows
    assert list(rows.place) == ["daloa"] and list(rows.pattern) == ["withdrawal"]


@pytest.mark.parametrize(
    "text",
    [
        "The FRCI said Daloa had been recaptured on 28 March.",
        "Daloa was taken on 28 March, an FRCI spokesman said.",
        "The Republican Forces said on Tuesday that Daloa had been liberated on 28 March.",
    ],
)
def test_a_place_taken_told_by_a_sides_source_is_its_gain(civ, text):
    assert ("daloa", "FRCI", "2011-03-28", "draft") in _rows(text, civ)


@pytest.mark.parametrize(
    "text",
    [
        # the side that held it does not report taking it
        "An FDS spokesman said on 28 March that Daloa had been taken.",
        # the place named in the attribution is where the source speaks from
        "An FRCI officer in Daloa said the town was cleared on 28 March.",
    ],
)
def test_no_gain_read_from_the_source(civ, text):
    assert not [r for r in _rows(text, civ) if r[1] == "FRCI" and r[3] == "draft"]


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("entered the town on the last day of March, after", "1853-03-31", "1853-03-31"),
        ("on the last day of February 1852", "1852-02-29", "1852-02-29"),
        ("on the eleventh day of this month.", "1853-03-11", "1853-03-11"),
        ("on the first day of April", "1853-04-01", "1853-04-01"),
        ("on the first of March 1866", "1866-03-01", "1866-03-01"),
        ("the last day of last month", "1853-03-31", "1853-03-31"),
        # told before this month ends: the latest such day up to the anchor
        ("the last day of this month", "1853-03-31", "1853-03-31"),
    ],
)
def test_days_told_the_old_way(text, lo, hi):
    found = find_dates(text, dt.date(1853, 4, 5))
    assert [(str(d.start), str(d.end)) for d in found] == [(lo, hi)]


@pytest.mark.parametrize(
    ("text", "anchor", "day"),
    [
        ("On the evening of the 27th the imperial troops occupied", "1849-02-28", "1849-02-27"),
        ("on the morning of the 4th they seized the village", "1849-02-28", "1849-02-04"),
        ("in the night of the 12th the garrison left", "1849-02-28", "1849-02-12"),
        ("the day before yesterday", "1849-05-10", "1849-05-08"),
        ("yesterday", "1849-05-10", "1849-05-09"),
        ("on the 5th ultimo", "1849-05-10", "1849-04-05"),
        ("on the 5th ult.", "1849-05-10", "1849-04-05"),
        ("by the evening of the 3rd", "1849-05-10", "1849-05-03"),
    ],
)
def test_a_day_of_the_month_or_counted_back(text, anchor, day):
    found = find_dates(text, dt.date.fromisoformat(anchor))
    assert [(str(d.start), str(d.end)) for d in found] == [(day, day)]


def test_the_morning_of_the_4th_division_is_no_date():
    assert not find_dates("on the morning of the 4th Division's attack", dt.date(1849, 2, 28))


def test_the_last_day_of_no_month_is_no_date():
    assert not find_dates("on the last day of the offensive", dt.date(1853, 4, 5))


def test_the_previous_evening(civ):
    text = "The FRCI took Gagnoa on 29 March. Daloa was freed by FRCI troops the previous evening."
    assert ("daloa", "FRCI", "2011-03-28", "draft") in _rows(text, civ)


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("The FRCI said it had taken back 12 settlements, covering some 260 square kilometres.", 1),
        (
            "The FRCI said it had taken back 12 settlements on Wednesday and Thursday, covering "
            "some 260 square kilometres.",
            1,
        ),
        ("The FRCI took the settlements covering some 260 hectares near Daloa.", 0),
    ],
)
def test_settlements_counted_cover_ground_taken(civ, text, n):
    assert len(extract(text, civ, published="2011-04-20").claims) == n


def test_the_day_of_a_claim_not_of_its_denial(civ):
    text = (
        "The FRCI said on Saturday it had captured Daloa, but an FDS spokesman denied on Sunday "
        "that the town had fallen."
    )
    rows = extract(text, civ, published="2011-03-28").rows
    assert [
        (p, g, str(d)) for p, g, d in zip(rows.place, rows.to_actor, rows.date, strict=True)
    ] == [("daloa", "FRCI", "2011-03-26")]


def test_news_posted_by_a_side_is_its_claim(civ):
    text = (
        "STATEMENT OF THE DEFENCE AND SECURITY FORCES\n\nNews posted by media outlets of the "
        "FRCI on Saturday that Daloa has fallen to their group is fabricated."
    )
    rows = extract(text, civ, published="2011-03-28").rows
    assert ("daloa", "FRCI") in list(zip(rows.place, rows.to_actor, strict=True))


@pytest.mark.parametrize(
    "text",
    [
        # the gainer was read from the context before (a penalty of 0.15)
        "The FRCI said Daloa had been recaptured on 28 March.",
        # no gainer at all before (0.4)
        "Daloa was taken on 28 March, an FRCI spokesman said.",
    ],
)
def test_the_reading_replaced_takes_its_penalty_with_it(civ, text):
    row = extract(text, civ, published="2011-04-20").rows.iloc[0]
    # 0.95 less the source's own reading (0.1), and nothing for the readings it replaced
    assert (row.to_actor, row.status, row.extraction_confidence) == ("FRCI", "draft", 0.85)
    assert "from the context" not in row.note and "gaining actor not found" not in row.note
