"""geomap.extract, fourth round (issue #17): general forms behind the third held-out set's misses.

Each sentence here is a general reporter's or statement form written for this test, in the
test theatre's setting (Syria, 2017), not copied from an article of any benchmark set.
"""

import shutil

import pytest
from sentences import DATELINE, THEATRE
from sentences import drafts as _rows

from geomap.inputs import load_inputs


# ------------------------------------------------------ unknown names used as modifiers
@pytest.mark.parametrize(
    ("sentence", "modifier"),
    [
        ("Government troops freed dozens of Circassian prisoners on Tuesday.", "Circassian"),
        ("The militants seized the Ithriya road on Monday, officials said.", "Ithriya"),
        ('The ministry said Maadan was "occupied by the Chechen fighters".', "Chechen"),
        (
            "Kurdish-led forces raised their flag over the Hasakah provincial council on Sunday.",
            "Hasakah",
        ),
    ],
)
def test_an_unknown_name_before_a_people_or_road_noun_is_no_place(theatre, sentence, modifier):
    # "Circassian prisoners", "the X road", "the X provincial council": the name qualifies a
    # noun; it is not the place that changed hands, so no draft names it
    rows = _rows(DATELINE + sentence, theatre)
    assert modifier not in {r["place"] for r in rows}


def test_an_unknown_place_before_a_place_noun_is_still_drafted(theatre):
    # the rule reads only the word after the name: "the village of X on Sunday" stays a place
    rows = _rows(DATELINE + "Government troops captured the village of Ithriya on Sunday.", theatre)
    assert [(r["place"], r["to_actor"]) for r in rows] == [("Ithriya", "GOV")]


# ------------------------------------------------------ partners of the subject
@pytest.mark.parametrize(
    ("sentence", "place", "gainer"),
    [
        ("Government troops, backed by Kurdish fighters, captured Arak on Monday.", "arak", "GOV"),
        (
            "IS fighters, together with Nusra Front militants, seized Palmyra on Sunday.",
            "palmyra",
            "IS",
        ),
        (
            "The SDF, working with the Euphrates Shield (Syrian National Army), took control of "
            "Manbij on Sunday.",
            "manbij",
            "SDF",
        ),
        (
            "Turkish-backed rebels, with the support of Free Syrian Army units, retook Al-Bab on Monday.",
            "al-bab",
            "TFSA",
        ),
    ],
)
def test_a_partner_named_before_the_verb_is_not_the_gainer(theatre, sentence, place, gainer):
    rows = _rows(DATELINE + sentence, theatre)
    assert {r["place"]: r["to_actor"] for r in rows}[place] == gainer


def test_a_partner_alone_gains_nothing(theatre):
    # the speaker's "our fighters" names no side in a wire report; the partner does not gain
    text = (
        DATELINE
        + '"Our fighters, together with Kurdish fighters, have liberated Arak," a commander said.'
    )
    rows = _rows(text, theatre)
    assert [r["to_actor"] for r in rows if r["place"] == "arak"] == [""]


# ------------------------------------------------------ a statement's own forces
@pytest.mark.parametrize("ours", ["Our army", "Our soldiers", "Our heroic troops"])
def test_our_army_in_a_statement_is_the_author_not_the_army(theatre, ours):
    # "army", "soldiers", "troops" alone are the state's role words; "our ..." is the author
    text = (
        "Syrian Democratic Forces\nGeneral Command\nStatement\n\n"
        f"{ours} took control of Tabqa on Friday after the regime's militias fled.\n"
    )
    rows = _rows(text, theatre)
    assert [(r["place"], r["to_actor"], r["confidence"]) for r in rows] == [
        ("tabqa", "SDF", "claimed")
    ]


# ------------------------------------------------------ a government office's statement
def test_a_government_office_letterhead_is_no_wire_dateline(theatre):
    # "OFFICE OF THE PRESIDENT - ..." reads like a dateline ("PLACE -"), but names an office:
    # the text is the state's statement, "our security forces" are its forces, and "they" in
    # the next sentence stands for them; its claims are claims, not the reporter's own voice
    text = (
        "OFFICE OF THE PRESIDENT - SYRIAN ARAB REPUBLIC\nPRESS OFFICE\n\n"
        "Statement on the operations in the eastern desert\nDamascus, 27 May 2017\n\n"
        "Since the terrorists attacked the pumping stations, our security forces have advanced "
        "on every front. On Friday, they liberated the town of Arak.\n"
    )
    rows = _rows(text, theatre)
    assert [(r["place"], r["to_actor"], r["confidence"]) for r in rows] == [
        ("arak", "GOV", "claimed")
    ]


def test_a_government_office_names_the_state_actor_only_when_one_fits(tmp_path_factory):
    # two state actors and a header naming neither's stem: no author actor, so no gainer
    folder = tmp_path_factory.mktemp("th") / "theatre"
    shutil.copytree(THEATRE, folder)
    actors = folder / "actors.csv"
    actors.write_text(
        actors.read_text(encoding="utf-8")
        + "RUS,Russian forces,Russian army;Russian troops,#aa0000\n",
        encoding="utf-8",
    )
    th = load_inputs(folder)
    text = (
        "OFFICE OF THE PRESIDENT - PRESS SERVICE\n\nStatement\n\n"
        "On Friday, our security forces liberated the town of Arak.\n"
    )
    assert [r["to_actor"] for r in _rows(text, th)] == [""]


# ------------------------------------------------------ passive forms
@pytest.mark.parametrize(
    "verb", ["was brought under the control of", "was placed under the control of"]
)
def test_brought_under_the_control_of_is_a_change_with_its_own_date(theatre, verb):
    # the place before, the side after; its date is its own, not the next clause's
    text = (
        DATELINE + f"Tabqa {verb} government forces on Friday, and Maskanah was secured on Sunday."
    )
    got = {r["place"]: (r["to_actor"], r["date"]) for r in _rows(text, theatre)}
    assert got["tabqa"] == ("GOV", "2017-05-26")


# ------------------------------------------------------ people carried, possessors
@pytest.mark.parametrize(
    "sentence",
    [
        "Evacuees were taken by boat to Raqqa.",
        "Villagers were taken to safety in Tabqa on Sunday.",
        "Casualties were taken by helicopter to Homs.",
    ],
)
def test_people_taken_somewhere_is_no_capture(theatre, sentence):
    # a capitalised first word before a passive "taken" would be read as an unknown place
    assert _rows(DATELINE + sentence, theatre) == []


def test_an_unknown_possessor_is_no_place(theatre):
    # "Ithriya's governor said the town had been lost": the loss is the town's, not Ithriya's
    text = (
        DATELINE
        + "Ithriya's governor said fighting went on, but did not deny the town had been lost."
    )
    assert "Ithriya" not in {r["place"] for r in _rows(text, theatre)}
