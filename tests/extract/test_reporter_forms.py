"""geomap.extract: sides as reporters name them, statements, inferred losers (issue #17).

Each sentence here is a general reporter's form written for this test, not copied
from an article of the dev or held-out sets.
"""

import pytest
from sentences import DATELINE, THEATRE

from geomap.extract import extract
from geomap.extract.actors import ROLE_CLASSES, ActorRefs, document_author
from geomap.inputs import load_inputs


def _rows(text, theatre, dateline=DATELINE):
    return extract(dateline + text, theatre, published="2017-05-27").rows.to_dict("records")


# --------------------------------------------------------------------------- role words
@pytest.mark.parametrize(
    "text, actor",
    [
        # "military" is no alias of the test theatre: GOV is its one "state" actor ("Syrian army")
        ("The military captured Arak on Friday.", "GOV"),
        ("Government soldiers seized Arak on Friday.", "GOV"),
        # a force named by its modifier: "Turkish-backed" is a modifier of TFSA only
        ("Turkish-backed commando units seized Arak on Friday.", "TFSA"),
    ],
)
def test_generic_role_words_and_modifiers_name_the_one_actor_that_fits(theatre, text, actor):
    [row] = _rows(text, theatre)
    assert (row["place"], row["to_actor"]) == ("arak", actor)
    assert "role word" in row["note"] or "modifier" in row["note"]


def test_a_modifier_two_actors_share_names_no_one(theatre):
    # "Syrian" modifies GOV ("Syrian army") and SDF ("Syrian Democratic Forces")
    refs = ActorRefs(theatre.actors)
    assert refs.mentions("Syrian special forces seized Arak.", []) == []


def test_allied_forces_are_no_side(theatre):
    refs = ActorRefs(theatre.actors)
    found = refs.mentions("Allied militias took Arak.", [])
    assert [a.actor for a in found] == []


def test_role_classes_are_small_and_documented():
    assert set(ROLE_CLASSES) == {"state", "jihadist", "rebel", "militia"}
    assert all(len(words) <= 10 for words in ROLE_CLASSES.values())


# --------------------------------------------------------------------------- statements
STATEMENT = (
    "Syrian Democratic Forces — General Command\n"
    "Statement to the press\n\n"
    "Our heroic forces today liberated the town of Arak after fierce clashes.\n\n"
    "Units of the 5th Brigade also liberated the village of Al-Shoula.\n\n"
    "General Command of the Syrian Democratic Forces\n"
    "27 May 2017\n"
)


def test_statement_our_forces_are_the_author_and_every_change_is_its_claim(theatre):
    rows = extract(STATEMENT, theatre, published="2017-05-27").rows.to_dict("records")
    got = {r["place"]: (r["to_actor"], r["confidence"], r["date"]) for r in rows}
    assert got == {
        "arak": ("SDF", "claimed", "2017-05-27"),
        "shoula": ("SDF", "claimed", "2017-05-27"),
    }
    assert all("(rule: the author's claim)" in r["note"] for r in rows)
    shoula = next(r for r in rows if r["place"] == "shoula")
    assert "the statement's author" in shoula["note"]


def test_the_author_is_read_from_a_header_or_a_signature_line(theatre):
    refs = ActorRefs(theatre.actors)

    def actors_in(line):
        from geomap.extract.gazetteer import Gazetteer

        gaz = Gazetteer(theatre)
        found = gaz.actors_in(line, 0, len(line))
        return found + refs.mentions(line, found)

    head = ["Kurdish-led forces — Official Statement", "Our forces took Arak."]
    assert document_author(head, False, actors_in).actor == "SDF"
    sign = ["Statement No. 4", "Our forces took Arak.", "Media Office of the Free Syrian Army"]
    assert document_author(sign, False, actors_in).actor == "FSA"
    # a wire report (with a dateline) is never a statement
    assert document_author(head, True, actors_in) is None
    # no statement words and no "our forces": a plain article
    assert document_author(["Army takes Arak", "The army took Arak."], False, actors_in) is None


def test_a_monitor_report_is_the_monitors_claim(theatre):
    text = (
        "Syrian Observatory for Human Rights\n27 May 2017\n\n"
        "Government forces took control of Arak on Friday after clashes.\n"
    )
    [row] = extract(text, theatre, published="2017-05-27").rows.to_dict("records")
    assert (row["place"], row["to_actor"], row["confidence"]) == ("arak", "GOV", "claimed")
    assert "own report of 'Syrian Observatory for Human Rights'" in row["note"]


def test_troops_withdrawn_in_a_statement_are_the_authors_loss(theatre):
    text = (
        "Statement of the General Command of the Syrian Arab Army\n\n"
        "Our troops were withdrawn from Arak to more defensible lines.\n"
    )
    [row] = extract(text, theatre, published="2017-05-27").rows.to_dict("records")
    assert (row["place"], row["from_actor"], row["pattern"]) == ("arak", "GOV", "withdrawal")


# --------------------------------------------------------------------------- from_actor
def test_from_actor_is_inferred_from_the_theatre_when_the_text_does_not_say(theatre):
    # control.csv: Palmyra IS on 2017-01-01; events.csv: GOV took it on 2017-03-02
    [row] = _rows("IS fighters recaptured Palmyra on Friday.", theatre)
    assert (row["to_actor"], row["from_actor"]) == ("IS", "GOV")
    assert "from_actor GOV inferred" in row["note"]
    [row] = _rows("The army captured Palmyra on February 20.", theatre)
    assert (row["to_actor"], row["from_actor"]) == ("GOV", "IS")


def test_from_actor_is_not_inferred_before_the_snapshot_nor_over_the_text(theatre):
    [row] = _rows("IS fighters seized Palmyra in May 2015.", theatre)
    assert row["from_actor"] == ""
    [row] = _rows("The army captured Palmyra from the rebels on Friday.", theatre)
    assert row["from_actor"] == "FSA" and "inferred" not in row["note"]


# --------------------------------------------------------------------------- capture forms
@pytest.mark.parametrize(
    "text, place, actor",
    [
        ("The army restored security and stability to the town of Arak on Friday.", "arak", "GOV"),
        ("IS fighters imposed their control over the town of Arak on Friday.", "arak", "IS"),
        ("The rebels restored state authority over Arak on Friday.", "arak", "FSA"),
        ("The army cleared the area of Arak of the militants on Friday.", "arak", "GOV"),
        # the object a site inside the place
        (
            "The army took the headquarters of the 5th Infantry Division in the town of Arak "
            "on Friday.",
            "arak",
            "GOV",
        ),
        ("IS took the last army pocket in Arak on Friday.", "arak", "IS"),
        # a claimed change, not an aim
        ("IS claimed on Friday to have captured Arak.", "arak", "IS"),
    ],
)
def test_more_capture_forms(theatre, text, place, actor):
    [row] = _rows(text, theatre)
    assert (row["place"], row["to_actor"], row["date"]) == (place, actor, "2017-05-26")


def test_cleared_of_mines_is_no_change(theatre):
    assert _rows("Engineers cleared Arak of mines on Friday.", theatre) == []


def test_handed_over_a_list_to_a_side(theatre):
    text = "The rebels handed the villages of Arak and Al-Shoula to the army on Friday."
    rows = _rows(text, theatre)
    assert [(r["place"], r["to_actor"], r["from_actor"]) for r in rows] == [
        ("arak", "GOV", "FSA"),
        ("shoula", "GOV", "FSA"),
    ]


def test_a_place_named_for_its_direction_or_its_region_is_not_the_object(theatre):
    text = "The rebels handed over a string of villages west of the town of Manbij on Friday."
    assert _rows(text, theatre) == []
    # "Homs province" is the province, not the city of Homs
    assert _rows("IS fighters captured several villages in Homs province on Friday.", theatre) == []


# --------------------------------------------------------------------------- background
def test_held_since_a_date_is_a_holding_statement_not_a_change(theatre):
    # round 8: the held-out sets' definitions from the third on (and the reviewers') say a
    # holding statement is no row; round 1 drafted it as a background change in that period
    text = "The army advanced toward Raqqa, which IS militants have held since 2014."
    assert _rows(text, theatre) == []


def test_held_without_a_date_is_no_change(theatre):
    assert _rows("IS militants have held Raqqa for years.", theatre) == []
    assert _rows("The Kurdish-led alliance has held Manbij since its offensive.", theatre) == []


# --------------------------------------------------------------------------- dates
@pytest.mark.parametrize(
    "text, place, day",
    [
        # the article is of Saturday 27 May 2017: "earlier this week" is Monday to Friday
        ("Earlier this week the army captured Arak.", "arak", "2017-05-26"),
        # "on the same day", "also": the date of the change stated just before
        (
            "The army captured Arak on Thursday. On the same day it took Al-Shoula.",
            "shoula",
            "2017-05-25",
        ),
        (
            "The army captured Arak on Thursday. Its troops also entered Al-Shoula, officials said.",
            "shoula",
            "2017-05-25",
        ),
        # a lead sentence dates a change without naming its places; the next one names them
        (
            "The army took a string of villages in the desert on Thursday. It said it had taken "
            "Arak and Al-Shoula.",
            "shoula",
            "2017-05-25",
        ),
        # "The advance came a week after ...": a week before the change stated before it
        (
            "The army captured Arak on Friday. The advance came a week after troops drove IS out "
            "of Al-Shoula.",
            "shoula",
            "2017-05-19",
        ),
    ],
)
def test_dates_from_the_statement_before(theatre, text, place, day):
    rows = {r["place"]: r for r in _rows(text, theatre)}
    assert rows[place]["date"] == day, rows[place]["note"]


def test_earlier_this_week_is_a_range_before_the_report_day(theatre):
    [row] = _rows("Earlier this week the army captured Arak.", theatre)
    assert "2017-05-22..2017-05-26" in row["note"]


# --------------------------------------------------------------------------- confidence
@pytest.mark.parametrize(
    "text, confidence, rule",
    [
        # a denial two sentences later that names the place
        (
            "Government forces took control of Arak on Friday, a monitor said. Residents fled "
            "east. IS denied that Arak had fallen.",
            "disputed",
            "a denial naming the place",
        ),
        # "a claim ... rejected"
        ("IS said it captured Arak on Friday, a claim the army rejected.", "disputed", "denial"),
        # the reporter's own observation of a claimed change
        (
            "The army captured Arak on Friday, the military said. A Reuters reporter who "
            "visited Arak on Saturday saw soldiers in the streets.",
            "confirmed",
            "the reporter's own observation",
        ),
        # the losing side and the gaining side agree: two independent attributions
        (
            "IS said on Friday it was withdrawing its fighters from Arak, and the army said "
            "it had taken full control of the town.",
            "confirmed",
            "two independent attributions",
        ),
        # two sources named together
        ("The army took Arak on Friday, the rebels and the Observatory said.", "confirmed", "two"),
        # state media and the ministry speak for one side: still one attribution
        (
            "The army captured Arak on Friday, state media said. The Defence Ministry also "
            "said troops had entered the town.",
            "claimed",
            "one attribution",
        ),
    ],
)
def test_confidence_from_attribution_across_the_article(theatre, text, confidence, rule):
    rows = [r for r in _rows(text, theatre) if r["place"] == "arak"]
    assert [r["confidence"] for r in rows] == [confidence], rows[0]["note"] if rows else rows
    assert f"(rule: {rule}" in rows[0]["note"]


def test_a_denial_naming_another_place_disputes_nothing_here(theatre):
    text = "The army captured Arak on Friday. IS denied that Palmyra had fallen."
    [row] = _rows(text, theatre)
    assert (row["place"], row["confidence"]) == ("arak", "confirmed")


# --------------------------------------------------------------------------- names and words
def test_an_article_prefix_does_not_end_the_object(theatre):
    # "As-" / "At-" are no "as" / "at": the object runs on to the name
    [row] = _rows("IS imposed its control over the town of As-Sukhnah on Friday.", theatre)
    assert (row["place"], row["to_actor"]) == ("sukhnah", "IS")
    [row] = _rows("The rebels entered At-Tanf on Friday.", theatre)
    assert (row["place"], row["to_actor"]) == ("tanf", "FSA")


def test_a_role_word_as_an_adjective_names_no_actor(theatre):
    text = "IS fighters captured Arak on Friday and seized military vehicles."
    [row] = _rows(text, theatre)
    assert (row["place"], row["to_actor"]) == ("arak", "IS")
    ex = extract(DATELINE + "The rebels said they had seized military vehicles.", theatre)
    assert ex.rows.empty


def test_the_town_is_the_place_just_drafted_before_a_place_named_after_it(theatre):
    text = (
        "The army entered Arak on Friday after a push down the road from Palmyra. A monitor "
        "separately confirmed that government forces captured the town."
    )
    rows = _rows(text, theatre)
    assert [r["place"] for r in rows] == ["arak"]
    assert rows[0]["confidence"] == "confirmed"


def test_a_site_in_a_place_is_drafted_as_the_place_with_a_note(theatre):
    [row] = _rows("The army took the headquarters of the 5th Division in Arak on Friday.", theatre)
    assert row["place"] == "arak" and "a site in Arak" in row["note"]


# --------------------------------------------------------------------------- more sides
@pytest.mark.parametrize(
    "text, place, actor, loser",
    [
        ("Arak came under government control on Friday.", "arak", "GOV", ""),
        ("Arak came under IS control on Friday.", "arak", "IS", ""),
        # no agent: the side that reports the other's expulsion
        ("IS militants were expelled from Arak on Friday, the army said.", "arak", "GOV", "IS"),
        # a withdrawal: the other side named later in the sentence
        (
            "IS fighters abandoned Arak on Friday as government troops advanced.",
            "arak",
            "GOV",
            "IS",
        ),
    ],
)
def test_the_gaining_side_from_the_sentence(theatre, text, place, actor, loser):
    [row] = _rows(text, theatre)
    assert (row["place"], row["to_actor"], row["from_actor"]) == (place, actor, loser)


def test_a_withdrawal_reported_by_a_side_is_not_that_sides_gain(theatre):
    [row] = _rows("IS fighters withdrew from Arak on Friday, IS said.", theatre)
    assert row["to_actor"] != "IS"


def test_places_listed_after_including(theatre):
    text = "The army recaptured several villages east of Homs, including Arak and Al-Shoula, on Friday."
    rows = _rows(text, theatre)
    assert [(r["place"], r["to_actor"]) for r in rows] == [("arak", "GOV"), ("shoula", "GOV")]


def test_a_counter_claim_in_the_next_sentence_disputes(theatre):
    text = (
        "IS fighters stormed Arak on Friday. The army said its troops repelled the attack and "
        "remained in control of the town."
    )
    [row] = _rows(text, theatre)
    assert (row["place"], row["confidence"]) == ("arak", "disputed")


def test_a_statement_is_dated_by_its_signature_line(theatre):
    text = (
        "General Command of the Syrian Arab Army\nStatement\n\n"
        "Our forces today liberated the town of Arak.\n\nDamascus, 2 September 2017\n"
    )
    ex = extract(text, theatre)
    [row] = ex.rows.to_dict("records")
    assert (row["place"], row["to_actor"], row["date"]) == ("arak", "GOV", "2017-09-02")
    assert any("signature line" in w for w in ex.warnings)


@pytest.mark.parametrize(
    "text, place, actor, day",
    [
        ("The army's capture of Arak on Friday opens the road east.", "arak", "GOV", "2017-05-26"),
        ("After the fall of Arak to IS on Friday, the army regrouped.", "arak", "IS", "2017-05-26"),
        # a gerund, dated two days before the change drafted before it
        (
            "IS fighters entered Arak on Friday, two days after taking Al-Shoula.",
            "shoula",
            "IS",
            "2017-05-24",
        ),
    ],
)
def test_nominal_and_gerund_forms(theatre, text, place, actor, day):
    rows = {r["place"]: r for r in _rows(text, theatre)}
    assert (rows[place]["to_actor"], rows[place]["date"]) == (actor, day)


def test_taking_part_is_no_change(theatre):
    assert _rows("IS fighters taking part in the raid on Arak were killed.", theatre) == []


@pytest.fixture(scope="module")
def two_sides(tmp_path_factory):
    """The test theatre with two actors only (GOV and IS)."""
    import shutil

    folder = tmp_path_factory.mktemp("two") / "theatre"
    shutil.copytree(THEATRE, folder)
    lines = (folder / "actors.csv").read_text(encoding="utf-8").splitlines()
    keep = [lines[0]] + [ln for ln in lines[1:] if ln.split(",")[0] in ("GOV", "IS")]
    (folder / "actors.csv").write_text("\n".join(keep) + "\n", encoding="utf-8")
    rows = (folder / "control.csv").read_text(encoding="utf-8").splitlines()
    keep = [rows[0]] + [r for r in rows[1:] if r.split(",")[2] in ("GOV", "IS")]
    (folder / "control.csv").write_text("\n".join(keep) + "\n", encoding="utf-8")
    return load_inputs(folder)


def test_the_enemy_in_a_statement_is_the_other_side(two_sides):
    text = (
        "General Command of the Syrian Arab Army\nStatement\n\n"
        "The enemy withdrew from Arak today under the blows of our forces.\n\n"
        "Damascus, 2 September 2017\n"
    )
    [row] = extract(text, two_sides).rows.to_dict("records")
    assert (row["place"], row["to_actor"], row["from_actor"]) == ("arak", "GOV", "IS")


def test_pro_side_modifier_names_that_side(theatre):
    [row] = _rows("Pro-Kurdish guerrillas seized Arak on Friday.", theatre)
    assert row["to_actor"] == "SDF"


def test_both_sides_said_is_two_attributions(theatre):
    [row] = _rows("The army captured Arak on Friday, both sides said.", theatre)
    assert row["confidence"] == "confirmed"


def test_a_headline_reporting_a_change_is_no_authors_header(theatre):
    text = (
        "Monitor: government forces seize Arak\n\n27 May 2017\n\n"
        "Government forces took control of Arak on Friday, a war monitor said.\n"
    )
    ex = extract(text, theatre)
    [row] = ex.rows.to_dict("records")
    assert "the author's claim" not in row["note"] and "a war monitor" in row["note"]


@pytest.mark.parametrize(
    "words, lo, hi",
    [
        ("in summer 2014", "2014-06-01", "2014-08-31"),
        ("in autumn 2016", "2016-09-01", "2016-11-30"),
        # the article is of Saturday 27 May 2017
        ("over the weekend", "2017-05-27", "2017-05-27"),
        ("last weekend", "2017-05-20", "2017-05-21"),
    ],
)
def test_seasons_and_weekends(words, lo, hi):
    import datetime as dt

    from geomap.extract.dates import find_dates

    [d] = find_dates(f"IS seized the town {words}.", dt.date(2017, 5, 27))
    assert (d.start.isoformat(), d.end.isoformat()) == (lo, hi)


def test_a_lead_dates_only_the_same_sides_change(theatre):
    text = (
        "The army took a string of villages in the desert on Thursday. IS fighters captured "
        "Al-Shoula, activists said."
    )
    [row] = _rows(text, theatre)
    assert (row["place"], row["to_actor"]) == ("shoula", "IS") and row["date"] != "2017-05-25"


def test_a_quoted_our_forces_makes_no_statement(theatre):
    text = (
        "Army takes Arak\n\n27 May 2017\n\n"
        '"Our forces have liberated Arak," a commander told reporters on Friday.\n'
    )
    [row] = extract(text, theatre).rows.to_dict("records")
    assert "the author's claim" not in row["note"]
