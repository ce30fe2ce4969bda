"""geomap.extract, ninth round (issue #17): general mechanisms, each tested on a sentence
written for it in a conflict no benchmark set covers (Nagorno-Karabakh, autumn 2020:
``tests/extract/data/nk20``).

* a statement headed by a state ("REPUBLIC OF X", "STATE OF X", "Ministry of Information",
  "Office of the Government Spokesperson") speaks for the side whose modifier is X's
  adjective, so its "our forces" and "the invaders" are read as that side and its opponent;
* a letter ("U.N.", "O.S.C.E.") is never an unknown place;
"""

from pathlib import Path

import pytest

from geomap.extract import extract
from geomap.inputs import load_inputs

NK = Path(__file__).parent / "data" / "nk20"
DATELINE = "BAKU, November 3, 2020 (Wire) — "


def _rows(text, theatre):
    ex = extract(text, theatre, published="2020-11-03")
    return [(r["place"], r["to_actor"], r["from_actor"]) for r in ex.rows.to_dict("records")]


# ------------------------------------------------------------------ a state's statement
@pytest.mark.parametrize(
    ("head", "ours", "theirs"),
    [
        (
            "REPUBLIC OF AZERBAIJAN\nOffice of the Government Spokesperson\n\nPRESS RELEASE",
            "AZA",
            "ARM",
        ),
        ("STATE OF AZERBAIJAN\nMinistry of Information\n\nStatement", "AZA", "ARM"),
        ("REPUBLIC OF ARMENIA\nMinistry of Information\n\nPress Statement", "ARM", "AZA"),
    ],
)
def test_a_state_letterhead_names_the_statements_author(nk, head, ours, theirs):
    body = (
        "Our armed forces freed Hadrut on Friday after heavy fighting. On Saturday our units "
        "entered Fuzuli without meeting resistance. The invaders withdrew from Jabrayil."
    )
    rows = _rows(f"{head}\n\n{body}\n", nk)
    assert [r[:2] for r in rows] == [("hadrut", ours), ("fuzuli", ours), ("jabrayil", ours)]
    # "the invaders withdrew": the author's opponent lost it
    assert rows[2][2] == theirs


def test_the_enemy_taking_a_place_is_the_authors_loss(nk):
    text = (
        "REPUBLIC OF ARMENIA\nMinistry of Information\n\nStatement\n\n"
        "The occupiers entered Martuni on Sunday evening. Our heroic army liberated Talish "
        "on Monday.\n"
    )
    assert _rows(text, nk) == [("martuni", "AZA", "ARM"), ("talish", "ARM", "AZA")]


def test_a_letterhead_naming_no_side_of_the_theatre_names_no_author(nk):
    # a third country's ministry: "our forces" are nobody's in this theatre
    text = (
        "REPUBLIC OF TURKEY\nMinistry of Information\n\nStatement\n\n"
        "Our forces entered Fuzuli on Saturday.\n"
    )
    assert [r[1] for r in _rows(text, nk)] in ([], [""])


# ------------------------------------------------------------------ letters are no places
@pytest.mark.parametrize(
    "sentence",
    [
        "Azerbaijani troops took Hadrut on Monday, when they took two U.N. monitors hostage.",
        "Azerbaijani troops took Hadrut on Monday, the O.S.C.E. mission said.",
    ],
)
def test_a_letter_or_a_dotted_abbreviation_is_no_place(nk, sentence):
    ex = extract(DATELINE + sentence, nk, published="2020-11-03")
    assert ex.rows["place"].tolist() == ["hadrut"]
    assert ex.unknown_places.empty


# ------------------------------------------------------------------ whose forces
@pytest.mark.parametrize(
    "mention",
    ["our courageous servicemen", "our gallant combatants", "our valiant defence forces"],
)
def test_our_forces_with_any_two_words_are_the_authors(nk, mention):
    text = (
        "REPUBLIC OF ARMENIA\nMinistry of Information\n\nStatement\n\n"
        f"On Monday {mention} liberated Talish.\n"
    )
    assert [r[:2] for r in _rows(text, nk)] == [("talish", "ARM")]


@pytest.mark.parametrize(
    "aside",
    [
        "repelling attacks by the Azerbaijani army and its mercenaries",
        "pushing back Azerbaijani troops in the hills",
    ],
)
def test_a_side_in_a_participle_aside_is_not_the_subject(nk, aside):
    text = (
        "REPUBLIC OF ARMENIA\nMinistry of Information\n\nStatement\n\n"
        f"On Monday our forces, {aside}, liberated Talish.\n"
    )
    assert [r[:2] for r in _rows(text, nk)] == [("talish", "ARM")]


def test_its_troops_are_the_side_its_stands_for(nk):
    # "troops" fits both sides, and both are named in this and the previous sentence
    text = (
        "YEREVAN, November 3, 2020 (Wire) — Armenian forces fell back on Saturday. "
        "The Azerbaijani army said its troops captured Shusha on Sunday."
    )
    ex = extract(text, nk, published="2020-11-03")
    assert ex.rows[["place", "to_actor", "date"]].values.tolist() == [
        ["shusha", "AZA", "2020-11-01"]
    ]


# ------------------------------------------------------------------ epithets in a statement
@pytest.mark.parametrize(
    "subject", ["The Dashnak troops", "The Karabakh junta's soldiers", "the Dashnak regime"]
)
def test_a_role_word_owned_by_a_name_the_theatre_lacks_is_the_authors_opponent(nk, subject):
    # an Azerbaijani statement: its own side has names the theatre knows
    text = (
        "STATE OF AZERBAIJAN\nMinistry of Information\n\nStatement\n\n"
        f"On Sunday our units left Martuni. {subject[0].upper() + subject[1:]} entered Talish "
        "on Monday.\n"
    )
    rows = _rows(text, nk)
    assert ("talish", "ARM") in [r[:2] for r in rows]


# ------------------------------------------------------------------ a country as the speaker
@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        (
            "Armenia said on Tuesday it had pulled back its forces from Hadrut, a day after "
            "Azerbaijan announced that its troops had captured the town.",
            "AZA",
        ),
        (
            "Azerbaijan admitted on Tuesday that its troops had left Talish, a day after Armenia "
            "claimed its troops had captured the village.",
            "ARM",
        ),
        (
            "Armenian forces held out for a month, but Azerbaijan retook Hadrut on Monday.",
            "AZA",
        ),
    ],
)
def test_a_country_that_speaks_is_the_side_of_its_adjective(nk, sentence, side):
    ex = extract(DATELINE + sentence, nk, published="2020-11-03")
    assert [r["to_actor"] for r in ex.rows.to_dict("records")] == [side]


@pytest.mark.parametrize("partner", ["fighting beside", "side by side with"])
def test_a_side_fighting_beside_the_subject_is_its_partner(nk, partner):
    sentence = (
        f"Armenian troops {partner} deserters from the Azerbaijani army retook Talish on Monday."
    )
    ex = extract(DATELINE + sentence, nk, published="2020-11-03")
    assert ex.rows[["place", "to_actor"]].values.tolist() == [["talish", "ARM"]]


# ------------------------------------------------------------------ parts of a known place
@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijani troops took the northern districts of Khankendi on Monday. Karkijahan and "
        "Shosh are now in Azerbaijani hands.",
        "Azerbaijani troops took Khankendi's eastern suburbs of Karkijahan and Shosh on Monday.",
        "Azerbaijani troops took the Karkijahan and Shosh districts of Khankendi on Monday.",
    ],
)
def test_a_part_of_a_known_place_is_no_new_place(nk, text):
    ex = extract(DATELINE + text, nk, published="2020-11-03")
    assert not {"Karkijahan", "Shosh"} & set(ex.rows["place"])


def test_an_unknown_place_beside_a_known_one_is_still_drafted(nk):
    text = "Azerbaijani troops took Khankendi and Karkijahan on Monday."
    ex = extract(DATELINE + text, nk, published="2020-11-03")
    assert "karkijahan" in set(ex.rows["place"])  # the one GeoNames place named so


def test_a_side_driven_out_with_no_agent_in_a_statement_lost_to_the_author(nk):
    text = (
        "REPUBLIC OF ARMENIA\nMinistry of Information\n\nStatement\n\n"
        "The invaders and their mercenaries have been driven out of Talish.\n"
    )
    assert [r[:2] for r in _rows(text, nk)] == [("talish", "ARM")]


# ------------------------------------------------------------------ an aside before "entered"
@pytest.mark.parametrize(
    "sentence",
    [
        "The Azerbaijani army, backed by drones, entered Hadrut on Monday.",
        "Units of the Azerbaijani army, supported by artillery and aviation, entered the "
        "villages of Hadrut and Talish on Monday.",
    ],
)
def test_entered_after_an_aside_has_the_subject_before_it(nk, sentence):
    ex = extract(DATELINE + sentence, nk, published="2020-11-03")
    assert set(ex.rows["to_actor"]) == {"AZA"}
    assert "hadrut" in set(ex.rows["place"])


def test_people_entering_after_an_aside_are_still_no_side(nk):
    text = "Aid convoys, escorted by the Red Cross, entered Hadrut on Monday."
    assert extract(DATELINE + text, nk, published="2020-11-03").rows.empty


# ------------------------------------------------------------------ a claim a statement denies
@pytest.mark.parametrize(
    "claim",
    [
        "Our forces repelled three attacks near Talish last night. The claims made by the "
        "enemy's television yesterday that troops have entered Talish are lies.",
        "Our units hold every position. The claims of Yerevan's media that the army has entered "
        "Talish are lies.",
    ],
)
def test_a_gain_a_statement_denies_is_its_opponents_claim(nk, claim):
    text = f"STATE OF AZERBAIJAN\nMinistry of Information\n\nStatement\n\n{claim}\n"
    ex = extract(text, nk, published="2020-11-03")
    rows = ex.rows[["place", "to_actor", "confidence"]].values.tolist()
    assert rows == [["talish", "ARM", "disputed"]]


def test_with_more_sides_the_denied_claim_is_the_most_named_opponents(nk, tmp_path):
    import shutil

    shutil.copytree(NK, tmp_path / "nk", dirs_exist_ok=True)
    with open(tmp_path / "nk" / "actors.csv", "a", encoding="utf-8") as f:
        f.write("RPK,Russian peacekeepers,RPK;Russian peacekeepers,peacekeepers,#43a047\n")
    three = load_inputs(tmp_path / "nk")
    text = (
        "STATE OF AZERBAIJAN\nMinistry of Information\n\nStatement\n\n"
        "Our forces repelled attacks by the Armenian army near Talish. The Armenian army shelled "
        "Fuzuli, but our units hold the line. The claims made by the enemy's television that "
        "troops have entered Talish are lies.\n"
    )
    ex = extract(text, three, published="2020-11-03")
    assert ex.rows[["place", "to_actor"]].values.tolist() == [["talish", "ARM"]]


@pytest.mark.parametrize("town", ["the empty town", "the deserted town", "the town"])
def test_an_undated_entry_into_the_town_just_named_takes_its_day(nk, town):
    text = (
        "REPUBLIC OF ARMENIA\nMinistry of Information\n\nStatement\n\n"
        "Yesterday our units completed their redeployment from Martuni. The invaders moved into "
        f"{town} only after our units had left.\n"
    )
    ex = extract(text, nk, published="2020-11-03")
    assert ex.rows[["place", "to_actor", "date"]].values.tolist() == [
        ["martuni", "AZA", "2020-11-02"]
    ]


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        (
            "Azerbaijani armour was seen in Martuni on Monday, where soldiers burned a depot before "
            "driving back out of the town.",
            [],
        ),
        ("Azerbaijani tanks drove out of Martuni on Monday.", []),
        # an expulsion names who was driven out: still a change
        ("Azerbaijani troops drove Armenian forces out of Martuni on Monday.", ["martuni"]),
    ],
)
def test_driving_out_of_a_town_with_no_one_driven_out_is_no_change(nk, sentence, places):
    ex = extract(DATELINE + sentence, nk, published="2020-11-03")
    assert ex.rows["place"].tolist() == places


@pytest.mark.parametrize(
    "sentence",
    [
        "Unconfirmed reports circulating in Baku that Armenian troops have entered Talish were "
        "denied by nobody.",
        "Reports that Armenian troops have entered Talish could not be verified by aid workers.",
    ],
)
def test_hearsay_the_sentence_calls_unverified_is_no_change(nk, sentence):
    assert extract(DATELINE + sentence, nk, published="2020-11-03").rows.empty


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        (
            "Armenian troops entered Hadrut on Tuesday but were pushed back out of the town within "
            "hours by Azerbaijani forces.",
            [],
        ),
        ("Armenian troops entered Hadrut on Tuesday but were quickly driven out of it.", []),
        # a capture and another side's later expulsion from another place: both stand
        (
            "Azerbaijani troops entered Hadrut on Tuesday and drove Armenian forces out of Talish.",
            ["hadrut", "talish"],
        ),
    ],
)
def test_an_entry_pushed_back_out_in_the_same_sentence_is_a_raid(nk, sentence, places):
    ex = extract(DATELINE + sentence, nk, published="2020-11-03")
    assert ex.rows["place"].tolist() == places


def test_a_day_after_dates_the_clause_after_it_by_the_change_before(nk):
    text = (
        "Azerbaijani forces took control of Fuzuli on Tuesday after Armenian fighters left their "
        "positions overnight, the Azerbaijani army said, a day after Azerbaijani troops took over "
        "Jabrayil from Armenian forces."
    )
    ex = extract(DATELINE + text, nk, published="2020-11-03")
    got = dict(ex.rows[["place", "date"]].values.tolist())
    assert got == {"fuzuli": "2020-11-03", "jabrayil": "2020-11-02"}


def test_a_list_item_on_its_own_line_is_its_own_sentence(nk):
    # the denial in the first item is not the second item's
    text = (
        "SOUTH CAUCASUS MONITOR\nWeekly update\n\n"
        "- Armenia, which had denied losing Hadrut, admitted on Monday that its forces had left.\n"
        "- Azerbaijani officials said Azerbaijani troops entered Fuzuli on Tuesday.\n"
    )
    ex = extract(text, nk, published="2020-11-03")
    assert ["fuzuli", "AZA", "2020-11-03"] in ex.rows[["place", "to_actor", "date"]].values.tolist()
