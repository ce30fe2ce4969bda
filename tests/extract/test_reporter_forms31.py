"""Stop 44's readings, taken from spent sets 153 and 154 after each was measured once; each
sentence is written anew for the small ``eastern`` theatre (a Napoleonic-era war of four
sides), with negatives.

* "our troops" in a statement whose author is no side of the theatre (a ministry of a
  government the theatre's actors do not name) are told apart only by a side named by its
  name near them: "the rebel X burned the town ... our troops entered Y" is not the rebels'
  gain (a lead; spent set 153), "Troops of the 3rd Belorussian Front liberated Minsk ... our
  troops captured Borisov" is the Front's (blind set 158).
* "The French communique of Tuesday claims that their troops entered X": a side's communique,
  bulletin, high command or headquarters, named by its modifier, is a speaker as its
  officials are, with "of <day>" between (spent set 154).
* "their troops", "they" never stand for "we" or "our fighters": in a side's statement, "We
  thank the Turks ... their troops entered X" is the Turks' gain, not the author's, and a
  third-person possessive never makes a role word the author's own (spent set 154).
* "the Army of Italy made its solemn entry into Milan": a side's entry, solemn or triumphal,
  is a capture (spent set 153); an entry into a place the same article already gave the side,
  with no other side's change of it between, is no second change ("The vanguard had occupied
  the city on Sunday ... made his solemn entry on Wednesday": blind set 144).
* "evacuated Portugalete ... government troops marched into the little port": "the port" (the
  harbour) stands for a town named before, as "the town" does (spent set 157).
* "the Third Army, pushing up from Bastogne": a way taken from a place, with only a direction
  between the verb and "from", drives no one out (spent set 157).
* "cleared the hamlet of Cheneux, near the bridge, after a night of fighting": "of" in an aside
  after the place is not "cleared X of mines" (spent set 157).
* "armed men, whom residents identified as CSP fighters, entered the town": an aside saying
  who a force is names the side that entered (spent set 157).
* "entered Santa Rosa on Tuesday and Machala, the capital of El Oro province, on Wednesday":
  a gapped place keeps its own day past an aside after it (spent set 153).
* "Maximilian, taken at Queretaro in May": the place right after "at" is where a person was
  taken, not the place taken; "The Emperor was captured": a ruler's title opens a person,
  never an unknown place (spent set 154).
* "According to officials in Ruza, Vereya was occupied": a place in the opening attribution is
  no subject of the passive, also after a heading the sentence took in (spent set 155).
* "Russia's General Staff confirmed that its units had pulled back": a country's general staff
  or war ministry speaks for the side the country's adjective names (spent set 155).
* "FROM THE TURKISH INFORMATION BUREAU": a header naming a body after one side's modifier gives
  the statement's author, so its "our troops" are that side's (spent sets 158, 106).
* "liberated the capital of Soviet Belorussia, the city of Minsk,", "the capital of
  Belorussia, Minsk,": the city named in apposition after "the capital of X" is the place
  taken, not X (spent set 158).
* "The small island of X, joined to Vereya by a causeway, was taken": a place in an aside that
  locates the subject is not the subject (spent set 158).
* "the false claims of the French that Vereya has fallen into their hands": whose hands
  "their" says, as "fell to them" does (spent set 160).
* "had taken Ruza, the capital of the district, and the town of Vereya": a list goes on past an
  aside before ", and", and past "the town of" after "and" (spent set 159); ", the city of X"
  right after a place is an aside, no second place.
"""

from __future__ import annotations

import pytest
from sentences import small_theatre

from geomap.extract import extract


@pytest.fixture
def eastern(tmp_path):
    """Four sides, each with its own modifier; "troops" is a role word of all four."""
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


#: a statement of the Russian side, and one of a ministry no actor's names fit
RUSSIAN = "GRAND HEADQUARTERS OF THE RUSSIAN ARMY\nBulletin\nSt Petersburg, 16 September 1812\n\n"
MINISTRY = "MINISTRY OF WAR AND MARINE\nStatement on the campaign\nParis, 16 September 1812\n\n"
WIRE = "ST PETERSBURG, Sept. 16 (Wire) - "


def _rows(text: str, theatre) -> list[tuple]:
    rows = extract(text, theatre, published="1812-09-16").rows
    return [(r.place, r.to_actor, r.status) for r in rows.itertuples()]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the author is no side: "our troops" stay unresolved, whoever is named before
        (
            MINISTRY + "The Russian rearguard burned the bridge at Ruza on Sunday. On Monday our "
            "troops entered Vereya.",
            [("vereya", "", "lead")],
        ),
        # a side named by its name just before: its own troops (blind set 158: "Troops of the
        # 3rd Belorussian Front liberated Minsk ... our troops captured Borisov")
        (
            MINISTRY + "The Grande Armee crossed the river at Ruza on Sunday. On Monday our "
            "troops entered Vereya.",
            [("vereya", "FRA", "draft")],
        ),
        # the author is a side: its own
        (
            RUSSIAN + "The French rearguard burned the bridge at Ruza on Sunday. On Monday our "
            "troops entered Vereya.",
            [("vereya", "RUS", "draft")],
        ),
        # no "our": a role word is still told apart by the side named before it
        (
            WIRE + "The Turkish army crossed the river at Ruza on Sunday. On Monday the troops "
            "entered Vereya.",
            [("vereya", "TUR", "draft")],
        ),
    ],
)
def test_our_troops_are_never_told_apart_by_a_side_named_near(eastern, text, rows):
    assert _rows(text, eastern) == rows


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        (
            "The French communique of Tuesday claims that their troops entered Vereya. It is "
            "a lie.",
            "FRA",
        ),
        ("The Turkish bulletin says that their troops entered Vereya on Monday.", "TUR"),
        ("The French high command claims that their troops entered Vereya on Monday.", "FRA"),
    ],
)
def test_a_sides_communique_speaks_for_it(eastern, text, gainer):
    rows = _rows(RUSSIAN + "We thank our allies. " + text, eastern)
    assert [(r[0], r[1]) for r in rows] == [("vereya", gainer)]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # "their" is the Turks', never the author's "we"
        (
            "We thank the Turks for their help. On Monday their troops entered Vereya.",
            [("vereya", "TUR", "draft")],
        ),
        # nobody but "we" named before: unresolved, never the author
        (
            "We thank our allies. The newspapers of Paris claim that their troops entered Vereya.",
            [("vereya", "", "lead")],
        ),
        # a claim the statement denies, its side not named near: the opponent the statement
        # names most (spent set 7: "The claims broadcast by the MPLA radio on Monday that its
        # troops have recovered X are lies")
        (
            "The French army burned the bridge at Ruza on Sunday. Our troops hold the river. "
            "The claims broadcast by Paris radio on Monday that its troops have recovered "
            "Vereya are lies.",
            [("vereya", "FRA", "draft")],
        ),
        # "they" may stand for "our troops" (a noun phrase), only never for "we" (blind set
        # 162: "our fighters liberated X ... and the same day they entered Nayrab")
        (
            "The French rearguard burned the bridge. On Monday our troops liberated Ruza, and "
            "the same day they entered Vereya.",
            [("ruza", "RUS", "draft"), ("vereya", "RUS", "draft")],
        ),
        # the author's own, in the first person
        ("On Monday our troops entered Vereya.", [("vereya", "RUS", "draft")]),
        ("On Monday we entered Vereya.", [("vereya", "RUS", "draft")]),
    ],
)
def test_a_third_person_possessive_is_never_the_first_person(eastern, text, rows):
    assert _rows(RUSSIAN + text, eastern) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Yesterday the French army made its solemn entry into Vereya.",
            [("vereya", "FRA", "1812-09-15")],
        ),
        (
            "Kutuzov made a triumphal entry into Vereya on Monday.",
            [("vereya", "RUS", "1812-09-14")],
        ),
        # a noun phrase alone is no change
        ("The Emperor's entry into Vereya was celebrated.", []),
        # the entry into a place the side took days before: the taking only
        (
            "French troops occupied Vereya on Sunday. On Tuesday the French army made its "
            "solemn entry into Vereya.",
            [("vereya", "FRA", "1812-09-13")],
        ),
        # another side's change between: three changes
        (
            "French troops occupied Vereya on Sunday. The Russians retook it on Monday. On "
            "Tuesday the French army made its solemn entry into Vereya.",
            [
                ("vereya", "FRA", "1812-09-13"),
                ("vereya", "RUS", "1812-09-14"),
                ("vereya", "FRA", "1812-09-15"),
            ],
        ),
    ],
)
def test_an_entry_into_a_place(eastern, text, rows):
    found = extract(WIRE + text, eastern, published="1812-09-16").rows
    assert [(r.place, r.to_actor, r.date) for r in found.itertuples()] == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "The Russians evacuated Vereya on Friday, and French troops marched into the little "
            "port on Saturday.",
            [("vereya", "FRA", "1812-09-12")],
        ),
        (
            "The Russians left Vereya on Friday. French troops entered the harbour on Saturday.",
            [("vereya", "FRA", "1812-09-12")],
        ),
        # no town named before: nothing to stand for
        ("French troops marched into the port on Saturday.", []),
    ],
)
def test_the_port_stands_for_a_town_named_before(eastern, text, rows):
    found = extract(WIRE + text, eastern, published="1812-09-16").rows
    assert [(r.place, r.to_actor, r.date) for r in found.itertuples() if r.to_actor] == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("French troops, pushing up from Vereya, reached the river on Monday.", []),
        ("French columns drove north from Vereya on Monday.", []),
        ("French troops drove the Russians from Vereya on Monday.", [("vereya", "FRA")]),
        (
            "French troops pushed the Russian rearguard out of Vereya on Monday.",
            [("vereya", "FRA")],
        ),
    ],
)
def test_a_way_taken_from_a_place_drives_no_one_out(eastern, text, rows):
    found = extract(WIRE + text, eastern, published="1812-09-16").rows
    assert [(r.place, r.to_actor) for r in found.itertuples()] == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Yesterday French troops cleared the hamlet of Vereya, near the bridge, after a "
            "night of fighting.",
            [("vereya", "FRA")],
        ),
        (
            "Yesterday French troops cleared Vereya and Ruza after a night of fighting.",
            [("vereya", "FRA"), ("ruza", "FRA")],
        ),
        # cleared of mines, of rubble: no change
        ("Yesterday French troops cleared Vereya of mines.", []),
        ("Yesterday French troops cleared Vereya and Ruza of rubble.", []),
    ],
)
def test_cleared_a_place_with_of_in_an_aside(eastern, text, rows):
    found = extract(WIRE + text, eastern, published="1812-09-16").rows
    assert [(r.place, r.to_actor) for r in found.itertuples()] == rows


@pytest.mark.parametrize(
    ("aside", "gainer"),
    [
        ("whom residents identified as French troops", "FRA"),
        ("who were described by witnesses as Turkish troops", "TUR"),
        # an aside that says nobody: people, not a side
        ("whom nobody could identify", None),
    ],
)
def test_an_aside_saying_who_entered(eastern, aside, gainer):
    text = (
        f"The Russians left Vereya on Friday, and on Saturday armed men, {aside}, entered the town."
    )
    found = extract(WIRE + text, eastern, published="1812-09-16").rows
    drafts = [(r.place, r.to_actor) for r in found.itertuples() if r.status == "draft"]
    assert drafts == ([("vereya", gainer)] if gainer else [])


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "French troops entered Ruza on Monday and Vereya, the old market town, on Tuesday.",
            [("ruza", "1812-09-14"), ("vereya", "1812-09-15")],
        ),
        # no day after the aside: no gapped change
        (
            "French troops entered Ruza on Monday and Vereya, the old market town, was calm.",
            [("ruza", "1812-09-14")],
        ),
    ],
)
def test_a_gapped_place_keeps_its_day_past_an_aside(eastern, text, rows):
    found = extract(WIRE + text, eastern, published="1812-09-16").rows
    assert [(r.place, r.date) for r in found.itertuples()] == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Kutuzov, taken at Vereya in May, remains a prisoner.", []),
        ("The Emperor was captured at Vereya on Monday.", []),
        ("The Sultan was seized near Ruza on Monday.", []),
        # the place itself taken: still a change
        ("French troops took Vereya on Monday.", [("vereya", "FRA")]),
        ("French troops took the fort at Vereya on Monday.", [("vereya", "FRA")]),
    ],
)
def test_a_person_taken_at_a_place(eastern, text, rows):
    found = extract(WIRE + text, eastern, published="1812-09-16")
    assert [(r.place, r.to_actor) for r in found.rows.itertuples()] == rows
    assert not [r for r in found.leads.itertuples() if r.place in ("Emperor", "Sultan")]


@pytest.mark.parametrize(
    "opening",
    [
        "",
        "2. Vereya\n",  # a monitor's heading the sentence takes in
    ],
)
def test_an_opening_attribution_is_no_subject(eastern, opening):
    text = opening + (
        "According to our staff at Ruza and to officials who reached Moscow, Vereya was "
        "occupied on Monday by French troops."
    )
    found = extract(WIRE + text, eastern, published="1812-09-16").rows
    assert [(r.place, r.to_actor) for r in found.itertuples()] == [("vereya", "FRA")]


@pytest.mark.parametrize(
    ("speaker", "loser"),
    [("Russia's General Staff", "RUS"), ("The Turkish War Ministry", "TUR")],
)
def test_a_countrys_general_staff_speaks_for_its_side(eastern, speaker, loser):
    text = f"{speaker} confirmed on Tuesday that its units had pulled back from Vereya."
    found = extract(WIRE + text, eastern, published="1812-09-16")
    rows = [*found.rows.itertuples(), *found.leads.itertuples()]
    assert {(r.place, r.from_actor) for r in rows} == {("vereya", loser)}


@pytest.mark.parametrize(
    ("header", "gainer"),
    [
        ("FROM THE POLISH INFORMATION BUREAU", "POL"),
        ("FROM THE TURKISH INFORMATION BUREAU", "TUR"),
        ("THE RUSSIAN HIGH COMMAND", "RUS"),
    ],
)
def test_a_header_naming_a_sides_body_is_the_author(eastern, header, gainer):
    text = f"{header}\nOperational communique of 16 September 1812\n\nOn Monday our troops captured the town of Vereya."
    rows = extract(text, eastern, published="1812-09-16").rows
    assert [(r.place, r.to_actor) for r in rows.itertuples()] == [("vereya", gainer)]


@pytest.mark.parametrize(
    "obj",
    [
        "the capital of Muscovy, the town of Vereya, an old market town",
        "the capital of the district, Vereya,",
        "the district capital, Vereya,",
    ],
)
def test_the_capital_of_a_land_named_after_it(eastern, obj):
    text = f"French troops took {obj} on Monday."
    rows = extract(WIRE + text, eastern, published="1812-09-16").rows
    assert [(r.place, r.to_actor) for r in rows.itertuples()] == [("vereya", "FRA")]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the subject is a place the theatre does not hold: no draft of the place locating it
        (
            "The hamlet of Kubinka, joined to Vereya by a causeway, was taken by French troops on Monday.",
            [],
        ),
        (
            "The small town of Ruza, close to Vereya, was taken by French troops on Monday.",
            [("ruza", "FRA")],
        ),
        # no aside: both places a list
        (
            "Ruza and Vereya were taken by French troops on Monday.",
            [("ruza", "FRA"), ("vereya", "FRA")],
        ),
    ],
)
def test_a_place_locating_the_subject_is_not_it(eastern, text, rows):
    found = extract(WIRE + text, eastern, published="1812-09-16").rows
    assert [(r.place, r.to_actor) for r in found.itertuples() if r.status == "draft"] == rows


def test_fallen_into_their_hands(eastern):
    text = "Residents said the French had told them that Vereya had fallen into their hands."
    found = extract(WIRE + text, eastern, published="1812-09-16")
    rows = [*found.rows.itertuples(), *found.leads.itertuples()]
    assert {(r.place, r.to_actor) for r in rows} == {("vereya", "FRA")}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "French troops took Ruza, the capital of the district, and the town of Vereya on Monday.",
            ["ruza", "vereya"],
        ),
        ("French troops took Ruza and the town of Vereya on Monday.", ["ruza", "vereya"]),
        # an aside naming the place's patron: no second place
        ("French troops entered Ruza, the city of Saint Sergius, on Monday.", ["ruza"]),
    ],
)
def test_a_list_past_an_aside(eastern, text, places):
    rows = extract(WIRE + text, eastern, published="1812-09-16").rows
    assert [r.place for r in rows.itertuples()] == places
