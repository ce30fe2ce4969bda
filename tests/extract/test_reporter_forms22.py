"""Round 22's readings (stop 33), read off the misses of blind sets 25 and 26 after they were
measured once (both spent now); each sentence is written anew for the Cote d'Ivoire 2011
fixture (``tests/extract/data/civ11``) or a copy of it with other sides, with negatives.

* A thousands separator in an aside is no comma of the clause ("a force of X, estimated at
  between 1,500 and 2,000 men, entered Y").
* "X was abandoned by A on Monday and occupied by B the same day": the participle shares the
  passive's auxiliary and its subject (not "occupied" as an adjective after "and").
* Peoples named by a two-word or "-ese" demonym ("the North Koreans", "the Chinese"); a force
  phrase whose modifier words each fit sides fits the side they all fit ("North Korean tanks");
  tanks and armour are a side's force; a possessive cuts a phrase ("Under North Korean
  pressure our troops": the speaker's troops).
* "the Front": the side a name ending in "Front" named before in the text.
* Dotted acronyms ("U.N. troops" for the ref "UN troops").
* "guerrillas" is a role word of the rebel class ("the guerrilla radio").
* "on the following morning" after a sentence that gave a day; "the first day of the new year".
* "the town" in a relative clause after a place ("Guiglo, whose people fled after the FRCI took
  the town"): that place.
* "... had withdrawn from X and that <side> were now in the town": the side named in the clause.
* "the 26th of July Movement" is no date; ", but" cuts a passive's subject.

Round 23 (read off spent sets 23 and 24, still-missed changes):

* "X, near the frontier with Y, fell on Thursday": an aside of where it lies before "fell";
  "fell ... when its army garrison left the town": the side leaving is not the gainer.
* "seized four towns ..., overpowering the police at the town halls of A, B, C and D": a count
  of towns the one later list of known places fits.
* One change told twice within a few sentences, its side read from the context in the
  better-dated telling and named in the other: the named side (a draft).

Round 24 (read off spent sets 27, 31 and 32, measured once with round 23):

* cavalry, infantry, horsemen, gendarmes as a side's force ("Turkish nationalist cavalry",
  "handed the town over to Turkish nationalist gendarmes"; "our cavalry" in a statement);
* "X was handed over by A": A gave it, the receiver is not said;
* "X, abandoned by A on July 13 to a B brigade": B gains;
* "the same evening" after a sentence that told a day and no change since;
* a statement headed "HEADQUARTERS OF ..." or "Operational summary ..."; "On the 20th";
* "freed from the Bolshevik yoke": a rule named after its holder is no place.
* (24b) "Peru's army": the side of the head word's class when the modifier fits two;
  "... and that Peruvian soldiers were there by Thursday".

Round 25 (read off spent sets 29 and 30, measured once with round 24b):

* a statement denying "the reports of X that ...", "X announced on its radio that ...": the
  claim is X's, never the author's gain;
* "Kabal, across the Swat river, which Taliban fighters seized": an aside of where the place
  lies before "which".

Round 26 (read off spent sets 28, 33 and 34, measured once with round 25):

* a letterhead naming a side by its name over a title naming one only by a role word
  ("REVOLUTIONARY UNITED FRONT" over "THE PEOPLE'S ARMY - WAR COMMUNIQUE");
* "abandoned X to <side>", "to the advancing <side>": that side gains;
* "troops flown in to help President X": the one helped is no subject;
* lower-case modifiers of a side's name ("federal troops": "a federal column"), not words
  that tell no side ("national", "local"); a modifier phrase starts after a preposition
  ("took Chtaura from leftist forces").
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sentences import civ_rows

from geomap.extract import extract
from geomap.extract.dates import find_dates
from geomap.inputs import load_inputs


def _civ_with_sides(tmp_path_factory, name: str, actors_csv: str, holder: str):
    """civ11's places with other sides (``actors_csv``), ``holder`` holding every place."""
    folder = tmp_path_factory.mktemp(name) / "civ11"
    shutil.copytree(Path(__file__).parent / "data" / "civ11", folder)
    (folder / "actors.csv").write_text(actors_csv, encoding="utf-8")
    ctl = folder / "control.csv"
    lines = ctl.read_text(encoding="utf-8").splitlines()
    col = lines[0].split(",").index("actor")
    rows = [line.split(",") for line in lines[1:]]
    for r in rows:
        r[col] = holder
    ctl.write_text("\n".join([lines[0], *(",".join(r) for r in rows)]) + "\n", encoding="utf-8")
    return load_inputs(folder)


@pytest.fixture(scope="module")
def korea(tmp_path_factory):
    """civ11's places with four sides: two with two-word modifiers ("North Korean", "South
    Korean"), a front and a people named "the Chinese"."""
    return _civ_with_sides(
        tmp_path_factory,
        "korea",
        "id,name,aliases,refs,color\n"
        "KPA,Korean People's Army,North Korean army;North Korean troops,Communists,#b22222\n"
        "ROK,Republic of Korea Army,South Korean army;South Korean troops,,#1e6fb0\n"
        "NLF,National Liberation Front,National Liberation Front;NLF,,#2e8b57\n"
        "CHN,People's Liberation Army,Chinese troops;Chinese army,,#ff8c00\n",
        "ROK",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thousands separator inside an aside
        (
            "A force of the Republican Forces, estimated at between 1,500 and 2,000 men, "
            "entered Daloa on Monday.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        # a participle joined to a passive by "and": its subject is the passive's
        (
            "Guiglo, the small market town, was abandoned by the army on Thursday and occupied "
            "by FRCI fighters the same day.",
            [("guiglo", "FRCI", "FDS", "2011-03-24", "draft")],
        ),
        ("Aid reached the liberated and occupied areas near Guiglo on Thursday.", []),
        # dotted acronyms; an acronym ending the sentence stays the side's
        (
            "Daloa was occupied by U.N. troops on Monday.",
            [("daloa", "ONUCI", "FDS", "2011-03-28", "draft")],
        ),
        (
            "The army garrison in Guiglo had surrendered on Wednesday to the FRCI.",
            [("guiglo", "FRCI", "FDS", "2011-03-30", "draft")],
        ),
        # "guerrillas" name the one rebel side
        (
            "The guerrilla radio said on Tuesday that its units had retaken Daloa.",
            [("daloa", "FRCI", "FDS", "2011-03-29", "draft")],
        ),
        # "the following morning" counted from the day the sentence before told
        (
            "On Monday the small garrison of Daloa was evacuated by order of the command. The "
            "rebels entered the town on the following morning.",
            [("daloa", "FRCI", "FDS", "2011-03-29", "draft")],
        ),
        # "the town" inside a relative clause after a place is that place
        (
            "The fall of Daloa follows that of Guiglo, whose people fled after the FRCI took the "
            "town on March 18.",
            [
                ("guiglo", "FRCI", "FDS", "2011-03-18", "draft"),
                ("daloa", "", "", "2011-03-30", "lead"),
            ],
        ),
        # a side said to be in the place now, in the clause after the leaving
        (
            "The army conceded on Wednesday that its troops had withdrawn from Daloa on Tuesday "
            'and that "fighters of the Republican Forces" were now in the town.',
            [("daloa", "FRCI", "FDS", "2011-03-29", "draft")],
        ),
        # ", but" ends the subject of a passive; a movement named after a day is no date
        (
            "Units of the 26th of July Movement cut the road from Guiglo, but the FRCI insisted "
            "that Daloa was liberated by the Republican Forces on Monday.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
    ],
)
def test_round_22_readings(civ, text, expected):
    assert civ_rows(text, civ) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # modifier words each fitting sides: the side they all fit
        (
            "North Korean tanks rolled into Daloa on Monday.",
            [("daloa", "KPA", "ROK", "2011-03-28", "draft")],
        ),
        ("Korean tanks rolled into Daloa on Monday.", [("daloa", "", "", "2011-03-28", "lead")]),
        # peoples named by two-word and "-ese" demonyms
        (
            "Daloa was taken by the North Koreans on Monday.",
            [("daloa", "KPA", "ROK", "2011-03-28", "draft")],
        ),
        (
            "Guiglo was taken by the Chinese on Monday.",
            [("guiglo", "CHN", "ROK", "2011-03-28", "draft")],
        ),
        # "the Front": the side named before by a name ending in "Front"
        (
            "The National Liberation Front took Daloa on Monday, and Guiglo fell to the Front "
            "on Tuesday.",
            [
                ("daloa", "NLF", "ROK", "2011-03-28", "draft"),
                ("guiglo", "NLF", "ROK", "2011-03-29", "draft"),
            ],
        ),
        ("Guiglo fell to the Front on Tuesday.", [("guiglo", "", "", "2011-03-29", "lead")]),
    ],
)
def test_two_word_modifiers_demonyms_and_short_names(korea, text, expected):
    assert civ_rows(text, korea) == expected


def test_a_possessive_cuts_a_force_phrase(korea):
    text = (
        "REPUBLIC OF KOREA ARMY - GENERAL HEADQUARTERS\nStatement, 30 March 2011\n\n"
        "Under heavy Chinese pressure our troops withdrew from Daloa on Tuesday.\n"
    )
    rows = extract(text, korea, published="2011-03-30").rows
    # the author's troops withdrew: never the Chinese side's loss
    assert "CHN" not in set(rows.from_actor)


@pytest.mark.parametrize(
    ("phrase", "published", "day"),
    [
        ("On the first day of the new year", "2012-01-08", "2012-01-01"),
        ("on the last day of the year", "2012-01-08", "2011-12-31"),
        ("on New Year's Day", "2012-01-08", "2012-01-01"),
    ],
)
def test_the_first_day_of_the_new_year(phrase, published, day):
    [d] = find_dates(f"{phrase} the army entered Daloa.", dt.date.fromisoformat(published))
    assert d.end.isoformat() == day


@pytest.mark.parametrize(
    "text",
    [
        "Units of the 26th of July Movement cut the road.",
        "The March 23 Movement held the hills.",
        "Leaders of the 14 March Alliance met.",
    ],
)
def test_a_movement_named_after_a_day_is_no_date(text):
    assert find_dates(text, dt.date(2011, 3, 30)) == []


# ------------------------------------------------------------------ read off spent sets 23 and 24
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside of where the place lies between it and "fell"
        (
            "Guiglo, near the frontier with Liberia, fell on Thursday.",
            [("guiglo", "", "", "2011-03-24", "lead")],
        ),
        (
            "Guiglo, a town of 40,000 people, fell to the FRCI on Thursday.",
            [("guiglo", "FRCI", "FDS", "2011-03-24", "draft")],
        ),
        # the object counted in towns, its places listed later in the sentence
        (
            "The Republican Forces seized three towns in the west on Monday, overpowering the "
            "police at the town halls of Daloa, Guiglo and Duekoue.",
            [
                ("daloa", "FRCI", "FDS", "2011-03-28", "draft"),
                ("guiglo", "FRCI", "FDS", "2011-03-28", "draft"),
                ("duekoue", "FRCI", "FDS", "2011-03-28", "draft"),
            ],
        ),
        # a count the list does not fit: nothing guessed
        (
            "The Republican Forces seized four towns in the west on Monday, overpowering the "
            "police at the town halls of Daloa, Guiglo and Duekoue.",
            [],
        ),
    ],
)
def test_round_23_readings(civ, text, expected):
    assert civ_rows(text, civ) == expected


def test_a_side_read_from_the_context_is_named_by_the_same_change_told_nearby(civ):
    # the better-dated statement ("fell on Thursday") reads its side from the context; the
    # sentence before names it: one change, its side named (a draft, not a lead)
    text = (
        "Fighters loyal to Alassane Ouattara have captured Guiglo and Daloa, their spokesmen "
        "said on Wednesday. Guiglo, near the frontier with Liberia, fell on Thursday when its "
        "army garrison left the town at night."
    )
    rows = [r for r in civ_rows(text, civ) if r[0] == "guiglo"]
    assert rows == [("guiglo", "FRCI", "FDS", "2011-03-24", "draft")]


# ------------------------------------------------------------- read off spent sets 27, 31 and 32
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "handed over by" names the giver only
        (
            "Daloa was handed over by the FRCI on Monday, according to our staff there.",
            [("daloa", "", "FRCI", "2011-03-28", "lead")],
        ),
        # "abandoned by A on <day> to B": B gains
        (
            "Guiglo, abandoned by the army on March 13 to the Republican Forces, and Daloa, "
            "which the FRCI captured on March 17, opened the way to the west.",
            [
                ("guiglo", "FRCI", "FDS", "2011-03-13", "draft"),
                ("daloa", "FRCI", "FDS", "2011-03-17", "draft"),
            ],
        ),
        # "the same evening" after a sentence that told a day and no change
        (
            "On Thursday the army units at Daloa regrouped to positions east of the town. The "
            "rebels entered Daloa the same evening.",
            [("daloa", "FRCI", "FDS", "2011-03-24", "draft")],
        ),
        # a rule named after a side is no place
        ("Our units have freed from the Bolshevik yoke a wide territory.", []),
    ],
)
def test_round_24_readings(civ, text, expected):
    assert civ_rows(text, civ) == expected


@pytest.mark.parametrize("noun", ["cavalry", "infantry", "gendarmes"])
def test_cavalry_infantry_gendarmes_named_by_a_modifier(korea, noun):
    text = f"North Korean {noun} rode into Daloa on Monday."
    assert civ_rows(text, korea) == [("daloa", "KPA", "ROK", "2011-03-28", "draft")]


def test_a_handover_to_a_sides_gendarmes(korea):
    text = "The South Korean garrison of Daloa handed the town over to North Korean gendarmes."
    assert [r[:3] for r in civ_rows(text, korea)] == [("daloa", "KPA", "ROK")]


def test_an_operational_summary_under_a_headquarters_is_a_statement(civ):
    text = (
        "HEADQUARTERS OF THE REPUBLICAN FORCES\n"
        "Operational summary for 19-21 March 2011, Bouake, 22 March 2011\n\n"
        "On the 20th, after a two-day battle, our troops occupied Daloa.\n"
        "On the 19th our cavalry occupied the junction of Guiglo.\n"
    )
    rows = extract(text, civ, published="2011-03-22").rows
    assert list(zip(rows.place, rows.to_actor, rows.date, rows.confidence, strict=True)) == [
        ("daloa", "FRCI", "2011-03-20", "claimed"),
        ("guiglo", "FRCI", "2011-03-19", "claimed"),
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("On the 20th our troops occupied Daloa.", "2011-03-20"),
        ("On the 25th our troops occupied Daloa.", "2011-02-25"),  # later than the 22nd
        ("On the 20th of March our troops occupied Daloa.", "2011-03-20"),
    ],
)
def test_a_day_of_the_month_alone(text, day):
    [d] = find_dates(text, dt.date(2011, 3, 22))
    assert d.end.isoformat() == day


@pytest.mark.parametrize(
    "text", ["It was held by the 5th Division.", "Fighting on the 38th parallel."]
)
def test_a_numbered_unit_or_line_is_no_day(text):
    assert find_dates(text, dt.date(2011, 3, 22)) == []


@pytest.fixture(scope="module")
def peru(tmp_path_factory):
    """civ11's places with an army and an air force sharing the modifier "Peruvian"."""
    return _civ_with_sides(
        tmp_path_factory,
        "peru",
        "id,name,aliases,refs,color\n"
        "PER,Peruvian army,Peruvian army;Peruvian troops,Peruvian forces,#b22222\n"
        "FAP,Peruvian Air Force,Peruvian Air Force,Peruvian forces;Peruvian aircraft,#ff8c00\n"
        "ECU,Ecuadorian army,Ecuadorian army;Ecuadorian soldiers,,#daa520\n",
        "ECU",
    )


def test_a_countrys_army_is_the_side_of_that_class(peru):
    # "Peruvian" fits the army and the air force; "army" only the army
    text = "Peru's army said on Monday night that its soldiers had captured Daloa."
    assert [r[:2] for r in civ_rows(text, peru)] == [("daloa", "PER")]


def test_a_side_said_to_be_there_by_a_day(peru):
    text = (
        "Guides said Ecuadorian soldiers had pulled out of Daloa on Wednesday and that "
        "Peruvian troops were there by Thursday."
    )
    assert civ_rows(text, peru) == [("daloa", "PER", "ECU", "2011-03-30", "draft")]


# ---------------------------------------------------------------- read off spent sets 29 and 30
STATEMENT_FDS = (
    "MINISTRY OF DEFENCE OF COTE D'IVOIRE\nPress centre of the Defence and Security Forces\n\n"
    "Statement, 1 April 2011\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        # a denied report of the other side: its claim, never the author's gain
        "The press centre states that the reports of the FRCI's so-called information centre "
        'on Thursday that the town of Daloa had been taken by the "liberation army" are lies.',
        "The FRCI's so-called committee at Bouake announced on its radio on Thursday that "
        "Daloa had been liberated. This is untrue.",
    ],
)
def test_a_denied_report_of_the_other_side_is_its_claim(civ, sentence):
    rows = extract(STATEMENT_FDS + sentence + "\n", civ, published="2011-04-01").rows
    daloa = rows[rows.place == "daloa"]
    assert list(zip(daloa.to_actor, daloa.confidence, strict=True)) == [("FRCI", "disputed")]


def test_an_aside_of_where_a_place_lies_before_which(civ):
    text = "Guiglo, across the Cavally river, which FRCI fighters seized on March 20, is quiet."
    assert civ_rows(text, civ) == [("guiglo", "FRCI", "FDS", "2011-03-20", "draft")]


# ------------------------------------------------------------- read off spent sets 28, 33 and 34
def test_a_letterhead_naming_a_side_over_a_title_naming_a_role_word(civ):
    # the title's "ARMY" is a role word (the FDS's); the letterhead names the FRCI
    text = (
        "REPUBLICAN FORCES OF COTE D'IVOIRE\nTHE PEOPLE'S ARMY - WAR COMMUNIQUE No. 14\n"
        "Issued at Bouake, 30 March 2011\n\n"
        "On Tuesday 29 March our forces liberated the town of Daloa.\n"
    )
    rows = extract(text, civ, published="2011-03-30").rows
    assert list(zip(rows.place, rows.to_actor, strict=True)) == [("daloa", "FRCI")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "abandoned X to <side>": the side it was left to gains
        (
            "Last week the army abandoned Guiglo to the advancing Republican Forces.",
            [("guiglo", "FRCI", "FDS", "2011-03-27", "draft")],
        ),
        # the one helped is not the subject
        (
            "UN troops flown in to help the army entered Daloa on Monday.",
            [("daloa", "ONUCI", "FDS", "2011-03-28", "draft")],
        ),
    ],
)
def test_round_26_readings(civ, text, expected):
    assert civ_rows(text, civ) == expected


@pytest.fixture(scope="module")
def mexico(tmp_path_factory):
    """civ11's places with a side named by a lower-case modifier ("federal troops")."""
    return _civ_with_sides(
        tmp_path_factory,
        "mexico",
        "id,name,aliases,refs,color\n"
        "FED,Federal army,federal army;federal troops,government troops,#1e6fb0\n"
        "CRI,Cristero army,Cristeros;Cristero army,rebels,#b22222\n"
        "AGR,Agrarista militias,agrarista militias,national militias,#daa520\n",
        "CRI",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "federal" is the federal army's modifier: "a federal column"
        (
            "A federal column of cavalry marched into Daloa on Monday.",
            [("daloa", "FED", "CRI", "2011-03-28", "draft")],
        ),
        # "national" tells no side
        (
            "A national column marched into Daloa on Monday.",
            [("daloa", "", "", "2011-03-28", "lead")],
        ),
        # a modifier phrase starts after a preposition: the place before it stays a place
        (
            "The Cristeros took Guiglo from federal forces on Monday.",
            [("guiglo", "CRI", "FED", "2011-03-28", "draft")],
        ),
    ],
)
def test_a_lower_case_modifier(mexico, text, expected):
    assert civ_rows(text, mexico) == expected
