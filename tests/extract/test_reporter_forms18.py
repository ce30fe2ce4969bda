"""Round 18's readings (stop 32), read off the misses of blind sets 18 and 19 after they were
measured once (both spent now); each sentence is written anew for the Cote d'Ivoire 2011
fixture (``tests/extract/data/civ11``), with negatives.

* A statement's title naming its author by name and by a role word ("Statement of the Military
  Command of the Islamic International Brigade") is the named side's (spent set 19).
* "the liberation of X on 24 July", "the capture of X on Monday by Y": a change named as a noun,
  only with its day right after the place; not "the battle for the liberation of X".
* "X passed to the FRCI on Tuesday"; "X was cleared by the FRCI"; "threw the army out of X".
* A long aside between a subject and "entered" keeps the subject (spent set 19).
* "X itself, which the FRCI took ...": the relative clause's place.
* "the town" after ", a day after the surrender in Y," is not Y (spent set 18).
* "took the army enclave at X"; "overrun by the same FRCI units"; "fell to the Ivorian 3rd
  Division" (a division named by a side's modifier).
* "X was abandoned by its Ivorian army garrison": the garrison's loss (a lead: no gainer named);
  "abandoned" with no side after "by" is no change.
* "entered the regional capital" after "X, capital of the Y region": X.
* A guessed (skeleton) spelling is never the first word of a longer capitalised name: "Cheo
  Reo" is not "Choue" (an alternate name of Hue) plus "Reo" (spent set 19).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sentences import CIV_DATELINE, civ_rows

from geomap.extract import extract
from geomap.inputs import load_inputs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change named as a noun, dated right after its place
        (
            "The liberation of Daloa on 24 March by the Republican Forces opened the west.",
            [("daloa", "FRCI", "FDS", "2011-03-24", "draft")],
        ),
        ("The battle for the liberation of Daloa on Monday left 40 dead.", []),
        ("The army planned the recapture of Daloa on Monday.", []),
        # passed to, cleared by, threw out of
        (
            "The village of Guiglo passed to the FRCI on Tuesday.",
            [("guiglo", "FRCI", "FDS", "2011-03-29", "draft")],
        ),
        ("The convoy passed to the north of Guiglo on Tuesday.", []),
        (
            "The town of Daloa was cleared by the FRCI on Monday.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        ("The road to Daloa was cleared by engineers on Monday.", []),
        (
            "The FRCI threw the army out of Daloa on Monday.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        ("The rebels threw grenades into Daloa on Monday.", []),
        # a long aside before "entered"
        (
            "On Monday the Republican Forces, advancing from the north along the main road "
            "through the cocoa plantations around Vavoua, entered Daloa.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        # "X itself, which ..."
        (
            "Daloa itself, which the FRCI took from the army in mid-March, is calm.",
            [("daloa", "FRCI", "FDS", "2011-03-20", "draft")],
        ),
        # "the town" is not the place of an aside of time
        (
            "The army garrison in Guiglo laid down its arms on Monday, a day after the surrender "
            "in Daloa, and FRCI fighters moved into the town.",
            [("guiglo", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        # a site at a place, an agent "the same", a division named by a side's modifier
        (
            "The FRCI said it had taken the army enclave at Daloa on Monday.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        (
            "Daloa was overrun by the same FRCI units on Monday.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        (
            "Daloa fell to the Ivorian 3rd Division on Monday.",
            [("daloa", "FDS", "", "2011-03-28", "draft")],
        ),
        # abandoned by a side: its loss; by nobody, by residents: nothing
        (
            "Guiglo was abandoned by its Ivorian army garrison on Monday.",
            [("guiglo", "", "FDS", "2011-03-28", "lead")],
        ),
        ("Guiglo was abandoned on Monday.", []),
        ("Guiglo was abandoned by its residents on Monday.", []),
        # the regional capital named before
        (
            "The army garrison in Daloa, capital of the Haut-Sassandra region, was ordered to "
            "withdraw on Monday. FRCI units entered the regional capital in the evening.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        ("FRCI units entered the regional capital on Monday.", []),
        # the day sources met reporters is the telling's, not the change's (spent set 18)
        (
            "Guiglo was abandoned by its Ivorian army garrison on Monday, and FRCI fighters "
            "moved into it the next day, according to commanders who met reporters there on "
            "Wednesday.",
            [("guiglo", "FRCI", "FDS", "2011-03-29", "draft")],
        ),
    ],
)
def test_round_18_readings(civ, text, expected):
    assert civ_rows(text, civ) == expected


STATEMENT = (
    "IN THE NAME OF GOD\n\nStatement of the Army Command of the Republican Forces\n\n"
    "30 March 2011\n\nOn Monday our forces entered Daloa.\n"
)


def test_a_statements_author_named_by_name_over_a_role_word(civ):
    rows = extract(STATEMENT, civ).rows
    assert list(zip(rows.place, rows.to_actor, rows.date, strict=True)) == [
        ("daloa", "FRCI", "2011-03-28")
    ]


@pytest.fixture(scope="module")
def hue(tmp_path_factory):
    """civ11 with a place whose alternate name 'Choue' is a skeleton of 'Cheo'."""
    folder = tmp_path_factory.mktemp("hue") / "civ11"
    shutil.copytree(Path(__file__).parent / "data" / "civ11", folder)
    with (folder / "places.csv").open("a", encoding="utf-8") as f:
        head = (folder / "places.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
        row = {k: "" for k in head}
        row.update(id="hue", name="Hue", lat="7.0", lon="-6.0", kind="city", country="CIV")
        if "alt_names" in row:
            row["alt_names"] = "Choue"
        f.write(",".join(row[k] for k in head) + "\n")
    return load_inputs(folder)


def test_a_guessed_spelling_is_no_first_word_of_a_longer_name(hue):
    text = CIV_DATELINE + "The FRCI entered Cheo Reo on Monday."
    assert "hue" not in set(extract(text, hue).rows.place)


# ------------------------------------------------------------------ read off spent sets 20 and 20b
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "but gave no date": no other change's day is lent to it (a lead on the publication day)
        (
            "The FRCI took Daloa on Monday. A spokesman said the FRCI had also taken Guiglo, "
            "but gave no date.",
            [
                ("daloa", "FRCI", "FDS", "2011-03-28", "draft"),
                ("guiglo", "FRCI", "FDS", "2011-03-30", "lead"),
            ],
        ),
        (
            "The FRCI took Daloa on Monday. A spokesman said the FRCI had also taken Guiglo.",
            [
                ("daloa", "FRCI", "FDS", "2011-03-28", "draft"),
                ("guiglo", "FRCI", "FDS", "2011-03-28", "draft"),
            ],
        ),
        # "had surrendered on Wednesday to", "withdrew on Tuesday from", "was entered by"
        (
            "The army garrison in Guiglo had surrendered on Wednesday to the FRCI.",
            [("guiglo", "FRCI", "FDS", "2011-03-30", "draft")],
        ),
        (
            "The army withdrew on Tuesday from Guiglo.",
            [("guiglo", "", "FDS", "2011-03-29", "lead")],
        ),
        (
            "Guiglo, the small market town, was entered by FRCI fighters on March 20.",
            [("guiglo", "FRCI", "FDS", "2011-03-20", "draft")],
        ),
        ("Guiglo was entered by aid workers on March 20.", []),
        # "fourteen days after", "nineteen months after": counted, not a vague range
        (
            "The FRCI entered Guiglo on Monday, fourteen days after the town fell to the army.",
            [
                ("guiglo", "FRCI", "FDS", "2011-03-28", "draft"),
                ("guiglo", "FDS", "", "2011-03-14", "draft"),
            ],
        ),
    ],
)
def test_no_day_given_and_counts_in_words(civ, text, expected):
    assert civ_rows(text, civ) == expected


# ------------------------------------------------------------------ read off spent set 21
@pytest.mark.parametrize(
    ("letterhead", "expected"),
    [
        # "our forces" are not the UN mission's: with no author the theatre knows, a lead
        ("MINISTRY OF DEFENCE\n", [("daloa", "", "FRCI", "lead")]),
        # a letterhead naming the country (by either name) speaks for its government; the
        # addressee's "in Cote d'Ivoire" alone does not (stop 35: "Côte d'Ivoire" is a name
        # of the country since then)
        ("REPUBLIC OF COTE D'IVOIRE\nMINISTRY OF DEFENCE\n", [("daloa", "FDS", "FRCI", "draft")]),
        ("REPUBLIC OF IVORY COAST\nMINISTRY OF DEFENCE\n", [("daloa", "FDS", "FRCI", "draft")]),
    ],
)
def test_a_communiques_addressee_is_not_its_author(civ, letterhead, expected):
    text = (
        f"{letterhead}Communique to the UN mission in Cote d'Ivoire and to the diplomatic "
        "corps\nAbidjan, 30 March 2011\n\nOn Monday our forces drove the rebels out of Daloa.\n"
    )
    rows = extract(text, civ).rows
    assert list(zip(rows.place, rows.to_actor, rows.from_actor, rows.status, strict=True)) == (
        expected
    )


def test_handed_over_to_a_unit_of_a_side(civ):
    text = "Army units had handed Guiglo over to a Republican Forces company on Monday."
    assert civ_rows(text, civ) == [("guiglo", "FRCI", "FDS", "2011-03-28", "draft")]


# ------------------------------------------------------------------ read off spent set 22
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Monday the FRCI were dislodged from Daloa and Duekoue by army troops.",
            [
                ("daloa", "FDS", "FRCI", "2011-03-28", "draft"),
                ("duekoue", "FDS", "FRCI", "2011-03-28", "draft"),
            ],
        ),
        (
            "Our units withdrew in good order from Guiglo on Tuesday.",
            [("guiglo", "", "", "2011-03-29", "lead")],
        ),
        # a participle joined by "and" to a passive shares its auxiliary and its subject
        (
            "Guiglo was abandoned by the army on Thursday and reoccupied by FRCI fighters on "
            "Friday.",
            [("guiglo", "FRCI", "FDS", "2011-03-25", "draft")],
        ),
        # "a spokesman for X said its units ..."
        (
            "A spokesman in Bouake for the Republican Forces said its units captured Daloa on "
            "Monday.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        ("A spokesman for the hospital said its staff left Daloa on Monday.", []),
    ],
)
def test_spent_set_22_readings(civ, text, expected):
    assert civ_rows(text, civ) == expected


# ------------------------------------------------------------------ read off spent sets 23 and 24
def test_a_letterhead_over_the_body_heads_the_statement(civ):
    text = (
        "COMMUNIQUE OF THE REVOLUTIONARY COMMITTEE - GENERAL COMMAND OF THE FRCI\n"
        "Mountains of the West, 30 March 2011\n\n"
        "To the people of Cote d'Ivoire. To the national and international press.\n\n"
        "Brothers and sisters:\n\n"
        "Yesterday at dawn our insurgent troops entered Daloa.\n"
    )
    rows = extract(text, civ, published="2011-03-30").rows
    # the FRCI's own statement: its claim, not the reporter's voice
    assert list(zip(rows.place, rows.to_actor, rows.date, rows.confidence, strict=True)) == [
        ("daloa", "FRCI", "2011-03-29", "claimed")
    ]


@pytest.mark.parametrize(
    ("phrase", "lo", "hi"),
    [
        # the calendar week (month) before the publication's, not a rolling window
        ("during the previous week", "2011-03-21", "2011-03-27"),
        ("the previous week", "2011-03-21", "2011-03-27"),
        ("during the previous month", "2011-02-01", "2011-02-28"),
        ("over the past week", "2011-03-23", "2011-03-30"),
    ],
)
def test_the_previous_week_is_the_calendar_week_before(phrase, lo, hi):
    import datetime as dt

    from geomap.extract.dates import find_dates

    [d] = find_dates(f"Daloa had fallen {phrase}.", dt.date(2011, 3, 30))
    assert (d.start.isoformat(), d.end.isoformat()) == (lo, hi)
