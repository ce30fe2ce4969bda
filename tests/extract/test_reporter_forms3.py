"""geomap.extract, third round (issue #17): statements' authors, epithets, ranges, pages.

Each sentence here is a general reporter's or statement form written for this test, not
copied from an article of the dev or held-out sets.
"""

import datetime as dt
import shutil

import pytest
from sentences import DATELINE, THEATRE
from sentences import drafts as _rows

from geomap.extract import extract, find_dates, read_article
from geomap.inputs import load_inputs


def _theatre_with(tmp_path_factory, keep=None, extra_alias=None):
    """The test theatre, with only the ``keep`` actors and one more alias of one actor."""
    folder = tmp_path_factory.mktemp("th") / "theatre"
    shutil.copytree(THEATRE, folder)
    lines = (folder / "actors.csv").read_text(encoding="utf-8").splitlines()
    out = [lines[0]]
    for ln in lines[1:]:
        ident = ln.split(",")[0]
        if keep and ident not in keep:
            continue
        if extra_alias and ident == extra_alias[0]:
            name, aliases, color = ln.split(",")[1:]
            ln = f"{ident},{name},{aliases};{extra_alias[1]},{color}"
        out.append(ln)
    (folder / "actors.csv").write_text("\n".join(out) + "\n", encoding="utf-8")
    if keep:
        rows = (folder / "control.csv").read_text(encoding="utf-8").splitlines()
        rows = [rows[0]] + [r for r in rows[1:] if r.split(",")[2] in keep]
        (folder / "control.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return load_inputs(folder)


@pytest.fixture(scope="module")
def two_sides(tmp_path_factory):
    return _theatre_with(tmp_path_factory, keep=("GOV", "IS"))


@pytest.fixture(scope="module")
def qualified(tmp_path_factory):
    """FSA has an alias qualified in brackets, as theatres tell two namesakes apart."""
    return _theatre_with(tmp_path_factory, extra_alias=("FSA", "Southern Front (Daraa)"))


def _got(rows):
    return {r["place"]: (r["to_actor"], r["from_actor"], r["date"]) for r in rows}


# --------------------------------------------------------------------------- statements
def test_a_statements_author_from_its_letterhead(theatre):
    text = (
        "Syrian Democratic Forces\nMedia Centre\nPress Release\n\n"
        "Our fighters took control of Arak on Friday after two days of clashes.\n"
    )
    [row] = _rows(text, theatre)
    assert (row["place"], row["to_actor"], row["confidence"]) == ("arak", "SDF", "claimed")


def test_a_statements_author_from_its_opening_announcement(qualified):
    # the header names no side; the opening "The Southern Front announce(s)" does, by the
    # stem of an alias qualified in brackets
    text = (
        "Statement of the Military Spokesman\n\n"
        "In the name of the people. The Southern Front announces the success of the first "
        "phase of its operation.\n\n"
        "Our forces liberated Arak on Friday.\n"
    )
    [row] = _rows(text, qualified)
    assert (row["place"], row["to_actor"]) == ("arak", "FSA")


def test_an_alias_qualified_in_brackets_matches_without_the_qualifier(qualified, theatre):
    [row] = _rows(DATELINE + "The Southern Front captured Arak on Friday.", qualified)
    assert row["to_actor"] == "FSA"
    # without that alias nothing names the side
    [row] = _rows(DATELINE + "The Southern Front captured Arak on Friday.", theatre)
    assert row["to_actor"] == ""


def test_fighters_a_statement_names_by_an_epithet_are_the_other_side(two_sides):
    text = (
        "General Command of the Syrian Arab Army\nStatement\n\n"
        "The remnants of the terrorist gangs fled Arak and Al-Shoula at dawn.\n\n"
        "Damascus, 2 September 2017\n"
    )
    got = {
        r["place"]: (r["to_actor"], r["from_actor"], r["pattern"]) for r in _rows(text, two_sides)
    }
    assert got == {"arak": ("GOV", "IS", "withdrawal"), "shoula": ("GOV", "IS", "withdrawal")}


def test_an_epithet_in_a_many_sided_theatre_is_still_the_authors_gain(theatre):
    text = (
        "General Command of the Syrian Arab Army\nStatement\n\n"
        "The mercenary militias fled Arak at dawn.\n"
    )
    [row] = _rows(text, theatre)
    assert (row["place"], row["to_actor"]) == ("arak", "GOV")
    assert row["from_actor"] != "GOV"


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of residents fled Arak as the fighting spread.",
        "Families fled the fighting in Arak on Friday.",
        "IS fighters fled to Arak on Friday.",
    ],
)
def test_people_fleeing_or_fleeing_to_a_place_is_no_change(theatre, text):
    assert _rows(DATELINE + text, theatre) == []


# --------------------------------------------------------------------------- verbs
@pytest.mark.parametrize(
    "text, place, actor, day",
    [
        ("Arak was freed by government forces on Friday.", "arak", "GOV", "2017-05-26"),
        ("Kurdish-led forces freed Al-Shoula on Thursday.", "shoula", "SDF", "2017-05-25"),
        ("Pro-government units took Arak on Friday.", "arak", "GOV", "2017-05-26"),
    ],
)
def test_freed_and_pro_side_units(theatre, text, place, actor, day):
    [row] = _rows(DATELINE + text, theatre)
    assert (row["place"], row["to_actor"], row["date"]) == (place, actor, day)


def test_freed_people_is_no_change(theatre):
    assert _rows(DATELINE + "The army freed 40 hostages on Friday.", theatre) == []


def test_places_that_fell_with_no_side_named_take_the_side_of_the_change_before(theatre):
    text = (
        "Government forces took Arak on 3 May, and Al-Shoula and Kabajeb fell in late May, "
        "the monitor said."
    )
    got = _got(_rows("BEIRUT, June 10, 2017 (Wire) — " + text, theatre, "2017-06-10"))
    assert got["shoula"][0] == got["kabajeb"][0] == "GOV"
    assert got["shoula"][2] == "2017-05-31"  # late May, drafted as its last day
    assert set(got) == {"arak", "shoula", "kabajeb"}


@pytest.mark.parametrize(
    "text",
    [
        "Prices fell in Arak last week.",
        "Shells fell on Arak on Friday.",
        "Arak fell silent after the shelling.",
    ],
)
def test_fell_without_a_place_as_its_subject_is_no_change(theatre, text):
    rows = _rows(DATELINE + "The army took Homs on Monday. " + text, theatre)
    assert [(r["place"], r["pattern"]) for r in rows] == [("homs", "capture")]


# --------------------------------------------------------------------------- actors
def test_the_side_fought_is_not_the_subject(theatre):
    text = (
        "An armed group fighting the Syrian army captured Arak on Friday. "
        "The Syrian Democratic Forces said in a statement that the town was secure."
    )
    [row] = _rows(DATELINE + text, theatre)
    assert (row["place"], row["to_actor"]) == ("arak", "SDF")


def test_a_verb_joined_by_and_keeps_its_subject_past_a_possessor(theatre):
    text = (
        "The SDF said on Friday it had captured the army's command headquarters in Arak and "
        "taken control of the town."
    )
    rows = _rows(DATELINE + text, theatre)
    assert {(r["place"], r["to_actor"]) for r in rows} == {("arak", "SDF")}


def test_an_actor_in_an_aside_is_not_what_it_stands_for(theatre):
    text = (
        "The Syrian Democratic Forces (SDF), an ally of the Turkish-backed rebels, said it "
        "took control of Arak on Friday."
    )
    [row] = _rows(DATELINE + text, theatre)
    assert row["to_actor"] == "SDF"


# --------------------------------------------------------------------------- places
def test_a_facility_named_after_a_place_is_an_unknown_site(theatre):
    ex = extract(
        DATELINE + "Government troops retook Palmyra International Airport on Friday.",
        theatre,
        published="2017-05-27",
    )
    [row] = ex.rows.to_dict("records")
    assert row["place"] == "Palmyra International Airport"
    assert "Palmyra International Airport" in set(ex.unknown_places["mention"])


def test_a_compass_adjective_is_no_place(theatre):
    text = "IS said it had captured the army's Northwestern Command headquarters in Arak on Friday."
    ex = extract(DATELINE + text, theatre, published="2017-05-27")
    assert [r["place"] for r in ex.rows.to_dict("records")] == ["arak"]
    assert "Northwestern" not in set(ex.unknown_places["mention"])


# --------------------------------------------------------------------------- dates
@pytest.mark.parametrize(
    "words, lo, hi",
    [
        ("between 21 and 31 October", "2016-10-21", "2016-10-31"),
        ("between October 3 and 9", "2016-10-03", "2016-10-09"),
        ("from 28 April to 2 May", "2017-04-28", "2017-05-02"),
        ("on 3-4 March 2015", "2015-03-03", "2015-03-04"),
        ("on Thursday 25 May", "2017-05-25", "2017-05-25"),
    ],
)
def test_ranges_of_days_and_a_weekday_with_its_date(words, lo, hi):
    [d] = find_dates(f"The town fell {words}.", dt.date(2017, 5, 27))
    assert (d.start.isoformat(), d.end.isoformat()) == (lo, hi)


def test_numbers_of_people_are_no_range():
    assert [
        d.text for d in find_dates("3 to 5 people were killed on May 2", dt.date(2017, 5, 27))
    ] == ["on May 2"]


def test_a_date_before_the_verb_is_the_nearest_one(theatre):
    text = "IS lost Arak on Thursday 25 May, and on Friday it withdrew from Al-Shoula."
    got = _got(_rows(DATELINE + text, theatre))
    assert (got["arak"][2], got["shoula"][2]) == ("2017-05-25", "2017-05-26")


def test_the_first_day_of_an_operation_counts_from_the_day_it_began(theatre):
    text = (
        "IS began its offensive on 2 May. It seized Arak on the first day of the operation "
        "and Al-Shoula on the third day of the offensive."
    )
    got = _got(_rows(DATELINE + text, theatre))
    assert got["arak"][2] == "2017-05-02"


# --------------------------------------------------------------------------- saved pages
PAGE = """<!DOCTYPE html><html><head><title>Army takes Arak</title></head><body>
<div class="cookie-banner">We use cookies. <button>OK</button></div>
<div class="news-ticker">Breaking News: IS retakes Palmyra</div>
<h1>Army takes Arak</h1>
<p>Saturday 27 May 2017</p>
<p>Government forces captured Arak on Friday, state media said.</p>
<p><a href="/a">IS seizes Homs</a> <a href="/b">SDF enters Tabqa</a></p>
<div class="related-stories"><h3>Read more</h3><p>Rebels take Qabasin after fierce clashes</p></div>
</body></html>
"""


def test_a_saved_page_loses_its_ticker_cookie_notice_and_links(tmp_path, theatre):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    art = read_article(tmp_path / "page.html")
    for gone in ("cookies", "Breaking", "Palmyra", "Homs", "Tabqa", "Read more", "Qabasin"):
        assert gone not in art.text
    rows = extract(art.text, theatre, published=art.published).rows.to_dict("records")
    assert [(r["place"], r["to_actor"]) for r in rows] == [("arak", "GOV")]


def test_a_ticker_line_atop_plain_text_is_no_headline(theatre):
    text = (
        "Breaking News: IS retakes Palmyra\n\nArmy takes Arak\n\n"
        + DATELINE
        + ("Government forces captured Arak on Friday.")
    )
    ex = extract(text, theatre)
    assert ex.title == "Army takes Arak"
    assert [r["place"] for r in ex.rows.to_dict("records")] == ["arak"]


# --------------------------------------------------------------------------- more forms
@pytest.mark.parametrize(
    "text, place, actor, day, confidence",
    [
        ("The rebels claimed control of Arak on Friday.", "arak", "FSA", "2017-05-26", "claimed"),
        (
            "Government forces raised the flag over Arak on Friday.",
            "arak",
            "GOV",
            "2017-05-26",
            "confirmed",
        ),
        ("IS completed its takeover of Arak on Friday.", "arak", "IS", "2017-05-26", "confirmed"),
        (
            "The Syrian army announced its capture of Arak on Friday.",
            "arak",
            "GOV",
            "2017-05-26",
            "claimed",
        ),
        # the previous day of the day it was said
        (
            "The army said on Friday it had taken Arak the previous day.",
            "arak",
            "GOV",
            "2017-05-25",
            "claimed",
        ),
        # the date after an aside about the place's past
        (
            "The army regained Arak, which IS had held for a year, on Friday.",
            "arak",
            "GOV",
            "2017-05-26",
            "confirmed",
        ),
        # a counter-claim after "but" in the same sentence
        (
            "IS claimed on Friday to have captured Arak, but the army said fighting continued.",
            "arak",
            "IS",
            "2017-05-26",
            "disputed",
        ),
    ],
)
def test_more_forms_of_change_date_and_attribution(theatre, text, place, actor, day, confidence):
    rows = [r for r in _rows(DATELINE + text, theatre) if r["to_actor"] == actor]
    assert [(r["place"], r["date"], r["confidence"]) for r in rows] == [(place, day, confidence)]


def test_members_named_in_an_aside_of_an_unlisted_alliance_leave_the_side_unresolved(theatre):
    text = (
        "The coalition, which includes the SDF and the Turkish-backed rebels, said its forces "
        "took Arak on Friday."
    )
    [row] = _rows(DATELINE + text, theatre)
    assert (row["place"], row["to_actor"]) == ("arak", "")
    assert "fill in to_actor" in row["note"]


@pytest.mark.parametrize(
    "text, actor, day, confidence",
    [
        (
            "The monitor assessed that government forces captured Arak on Friday.",
            "GOV",
            "2017-05-26",
            "claimed",
        ),
        (
            "Arak is now under government control after IS pulled out on Friday.",
            "GOV",
            "2017-05-26",
            "confirmed",
        ),
        (
            "Arak is now in the hands of the SDF, the monitor said on Friday.",
            "SDF",
            "2017-05-26",
            "claimed",
        ),
        ("Arak was handed over to government forces on Friday.", "GOV", "2017-05-26", "confirmed"),
        ("The army declared Arak liberated on Friday.", "GOV", "2017-05-26", "confirmed"),
        ("The army declared full control of Arak on Friday.", "GOV", "2017-05-26", "confirmed"),
    ],
)
def test_assessments_states_that_are_new_and_declarations(theatre, text, actor, day, confidence):
    [row] = _rows(DATELINE + text, theatre)
    assert (row["place"], row["to_actor"], row["date"], row["confidence"]) == (
        "arak",
        actor,
        day,
        confidence,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Arak remains under government control.",
        "Arak is under government control.",
        "The army declared a curfew in Arak on Friday.",
        "The army declared Arak a military zone on Friday.",
    ],
)
def test_a_holding_or_another_declaration_is_no_change(theatre, text):
    assert _rows(DATELINE + text, theatre) == []


@pytest.mark.parametrize(
    "text, place, to_actor, from_actor, confidence",
    [
        (
            "IS said on Friday it had pulled its fighters out of Arak.",
            "arak",
            "GOV",
            "IS",
            "claimed",
        ),
        (
            "The army entered Arak on Friday after IS completed its withdrawal from the town.",
            "arak",
            "GOV",
            "IS",
            "confirmed",
        ),
        ("IS fighters occupied Arak on Friday.", "arak", "IS", "", "confirmed"),
        ("Arak was occupied by IS fighters on Friday.", "arak", "IS", "", "confirmed"),
        # "did not dispute" is no dispute
        (
            "The SDF said it had taken Arak on Friday, a claim IS did not dispute.",
            "arak",
            "SDF",
            "",
            "claimed",
        ),
    ],
)
def test_withdrawals_occupation_and_undisputed_claims(
    two_sides, theatre, text, place, to_actor, from_actor, confidence
):
    th = two_sides if to_actor == "GOV" else theatre
    [row] = _rows(DATELINE + text, th)
    got = (row["place"], row["to_actor"], row["confidence"])
    assert got == (place, to_actor, confidence)
    if from_actor:
        assert row["from_actor"] == from_actor


@pytest.mark.parametrize(
    "text",
    [
        "Shelling hit homes in occupied Arak on Friday.",
        "Turkish-occupied Arak was shelled on Friday.",
        "The army did not deny reports of shelling in Arak on Friday.",
    ],
)
def test_occupied_as_an_adjective_is_no_change(theatre, text):
    assert _rows(DATELINE + text, theatre) == []


@pytest.mark.parametrize(
    "text",
    [
        "The army says it is on the verge of taking Arak.",
        "Government forces were on the brink of capturing Arak on Friday.",
        "The army briefly entered Arak before being pushed back.",
        "Aid trucks entered Arak on Friday.",
        "A convoy of inspectors entered Arak on Friday.",
    ],
)
def test_near_captures_brief_incursions_and_convoys_are_no_change(theatre, text):
    assert _rows(DATELINE + text, theatre) == []


def test_loyal_to_a_side_is_no_infinitive(theatre):
    [row] = _rows(DATELINE + "Troops loyal to the government entered Arak on Friday.", theatre)
    assert (row["place"], row["to_actor"]) == ("arak", "GOV")


@pytest.mark.parametrize(
    "text",
    [
        "The monitor could not verify social media claims that IS had entered Arak.",
        "An unverified rumour that IS had taken Arak spread on Friday.",
    ],
)
def test_a_rumour_or_an_unverifiable_claim_framed_so_is_no_change(theatre, text):
    assert _rows(DATELINE + text, theatre) == []


# --------------------------------------------------------------------------- attribution
@pytest.mark.parametrize(
    "text, confidence",
    [
        # the other side announcing its withdrawal, in the same sentence
        (
            "Government forces recaptured Arak on Friday, the army said, after IS announced it "
            "was withdrawing its fighters from the area.",
            "confirmed",
        ),
        # in the sentence before, naming the place
        (
            "IS said on Friday that its fighters in Arak would be redeployed to the east. "
            "The army said its troops had recaptured Arak on Friday.",
            "confirmed",
        ),
        # a withdrawal the reporter states is no admission by that side
        (
            "Government forces took Arak on Friday after IS withdrew from it, an army "
            "spokesman said.",
            "claimed",
        ),
    ],
)
def test_the_losing_side_admitting_the_change_confirms_it(two_sides, text, confidence):
    rows = [r for r in _rows(DATELINE + text, two_sides) if r["to_actor"] == "GOV"]
    assert [(r["place"], r["confidence"]) for r in rows] == [("arak", confidence)]


def test_a_denial_naming_one_place_of_a_list_disputes_that_place_only(theatre):
    text = (
        "The SDF said on Friday its fighters had taken Arak and Al-Shoula. IS denied that "
        "Al-Shoula had fallen."
    )
    got = {r["place"]: r["confidence"] for r in _rows(DATELINE + text, theatre)}
    assert got == {"arak": "claimed", "shoula": "disputed"}


def test_a_role_word_inside_another_bodys_name_names_no_one(theatre):
    # "army" makes GOV the state actor, but "the Desert Lions Army" is some other body
    [row] = _rows(DATELINE + "The Desert Lions Army captured Arak on Friday.", theatre)
    assert row["to_actor"] == ""
    [row] = _rows(DATELINE + "The army captured Arak on Friday.", theatre)
    assert row["to_actor"] == "GOV"


def test_a_press_service_header_makes_a_statement_and_an_unknown_author_guesses_no_side(
    theatre,
):
    text = (
        "Press service of the Desert Lions Army\n\n27 May 2017\n\n"
        "Yesterday the enemy entered Arak after fierce fighting.\n"
    )
    [row] = _rows(text, theatre)
    assert (row["place"], row["to_actor"], row["date"], row["confidence"]) == (
        "arak",
        "",
        "2017-05-26",
        "claimed",
    )


def test_two_changes_of_one_place_say_each_others_loser(theatre):
    text = "IS seized Al-Shoula in early April. The SDF recaptured Al-Shoula on Friday."
    got = {(r["to_actor"], r["from_actor"]) for r in _rows(DATELINE + text, theatre)}
    assert got == {("IS", "SDF"), ("SDF", "IS")}


@pytest.mark.parametrize(
    "text, confidence",
    [
        ("IS said it had captured Arak and denied that its fighters had withdrawn.", "claimed"),
        ("IS said it had captured Arak, and the army denied it.", "disputed"),
    ],
)
def test_the_claimants_own_denial_backs_its_claim(theatre, text, confidence):
    [row] = _rows(DATELINE + text, theatre)
    assert (row["place"], row["to_actor"], row["confidence"]) == ("arak", "IS", confidence)


@pytest.fixture(scope="module")
def two_armies(tmp_path_factory):
    """IS has a lower-case alias holding "army": "the military" fits GOV and IS."""
    return _theatre_with(tmp_path_factory, extra_alias=("IS", "caliphate army"))


def test_a_role_word_two_sides_fit_is_the_author_in_a_statement_unresolved_in_a_wire(two_armies):
    [row] = _rows(DATELINE + "The military captured Arak on Friday.", two_armies)
    assert row["to_actor"] == ""
    text = (
        "General Command of the Syrian Arab Army\nStatement\n\n"
        "The military's units liberated Arak on Friday.\n"
    )
    [row] = _rows(text, two_armies)
    assert row["to_actor"] == "GOV"


def test_an_unknown_name_locating_a_site_in_a_known_place_is_no_second_place(theatre):
    text = "The last IS camp in Arak, at Wadi Foo, fell to government forces on Friday."
    ex = extract(DATELINE + text, theatre, published="2017-05-27")
    assert [r["place"] for r in ex.rows.to_dict("records")] == ["arak"]
    assert "Wadi Foo" in set(ex.unknown_places["mention"])  # listed, not dropped
    # listed with the known place, it is a second place
    rows = _rows(DATELINE + "Arak and Wadi Foo fell to government forces on Friday.", theatre)
    assert [r["place"] for r in rows] == ["arak", "Wadi Foo"]
