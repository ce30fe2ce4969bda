"""Stop 47's readings, taken from spent sets 187 and 150; each sentence is written anew for the
small ``eastern`` theatre (a Napoleonic-era war of four sides), with negatives.

* "Son was in American hands by evening, and engineers had a bridge over the canal early this
  morning": a time of day in the change's own clause ("by evening", as "towards evening" is)
  dates it by the day told before in the paragraph; the day of the clause after ", and" is that
  clause's (spent set 187). A time of day in an aside ("..., where the Emperor had his
  headquarters in the morning, and ...") is not the change's.
* "Rethymno was stormed by Ottoman troops in November 1646": a year from 1500 (geomap's first
  day) is read in a date; years were read only from 1900, so "in November 1646" in a report of
  1668 was taken for November 1668 (blind set 220). A year before 1500 gives no date at all,
  never the report's year.
* "Wellington's troops entered the city": a force named by its owner's possessive is the
  owner's side, over what the force's word says alone ("troops" in King Joseph's statement read
  as his own; blind set 217); not "Idi Amin's regime" (a power, not a force), nor "Bavarian
  troops of the Crown Prince's army" (the troops' own side), spent sets 16 and 108.
* "His Majesty's dragoons entered the town", "capitulated to His Majesty's army", in a
  statement: the author's own side (blind sets 217 and 218), even where "dragoons" is another
  side's ref; in a wire report "His Majesty's" says nothing. "Relation published by the Field
  Chancery of His Majesty the King of Sweden" and a "War Council" head a statement.
* "Transcript of a video message attributed to X, released 24 August 2014. Translated from
  Hausa and Arabic.": a first line saying what the text is a transcript of heads a statement,
  sentences and all, and "attributed to X" names its sender, not whom it is addressed to
  (blind set 228: "our mujahideen" were read as the side of "the tyrant of Abuja").
* "German mountain troops pushed down the valley from Tolmino": a way along the land taken from
  a place, no side driven out of it (spent set 150), as "pushing up from Bastogne" is.
"""

from __future__ import annotations

import pytest
from sentences import EASTERN_WIRE, eastern_rows, eastern_theatre, small_theatre

from geomap.extract import extract


@pytest.fixture
def eastern(tmp_path):
    return eastern_theatre(tmp_path)


@pytest.mark.parametrize(
    ("when", "day"),
    [
        ("by evening", "1812-09-13"),
        ("by nightfall", "1812-09-13"),
    ],
)
def test_a_time_of_day_in_the_clause_outranks_the_next_clauses_day(eastern, when, day):
    text = (
        "French troops crossed the Protva on Sunday, 13 September. "
        f"Vereya was in French hands {when}, and engineers had a bridge over the river early "
        "this morning."
    )
    assert [r for r in eastern_rows(text, eastern) if r[1] == "vereya"] == [(day, "vereya", "FRA")]


@pytest.mark.parametrize(
    ("when", "day"),
    [
        ("towards evening", "1812-09-13"),
        ("by nightfall", "1812-09-13"),
        # no time of day in the clause: the next clause's day ("this morning") is taken
        ("at last", "1812-09-16"),
    ],
)
def test_a_time_of_day_before_a_new_clause_keeps_the_day_told_before(eastern, when, day):
    text = (
        "French troops crossed the Protva on Sunday, 13 September. "
        f"The French army entered Vereya {when}, and engineers had a bridge over the river "
        "early this morning."
    )
    assert [r for r in eastern_rows(text, eastern) if r[1] == "vereya"] == [(day, "vereya", "FRA")]


def test_a_time_of_day_in_an_aside_is_not_the_changes(eastern):
    text = (
        "Later in the day the French army occupied Ruza, where General Barclay had his "
        "headquarters in the morning, and the Emperor slept there on Tuesday."
    )
    assert eastern_rows(text, eastern) == [("1812-09-15", "ruza", "FRA")]


@pytest.mark.parametrize(
    ("way", "changed"),
    [
        ("pushed down the valley from", False),
        ("pushed along the road from", False),
        ("marched up the river from", False),
        ("pushed the Russian army from", True),
        ("drove the Russian troops out of", True),
    ],
)
def test_a_way_taken_from_a_place_drives_no_one_out(eastern, way, changed):
    text = f"On Monday French troops {way} Vereya and reached the Nara."
    rows = eastern_rows(text, eastern)
    assert rows == ([("1812-09-14", "vereya", "FRA")] if changed else []), rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("stormed in November 1646, after", ("in November 1646", "1646-11-01", "1646-11-30")),
        ("taken on 3 May 1789 by", ("on 3 May 1789", "1789-05-03", "1789-05-03")),
        ("taken on May 3, 1689 by", ("on May 3, 1689", "1689-05-03", "1689-05-03")),
        ("taken on the 3rd of May 1601 by", ("on the 3rd of May 1601", "1601-05-03", "1601-05-03")),
        ("taken in 1646 by", ("in 1646", "1646-01-01", "1646-12-31")),
        ("taken in the summer of 1701", ("in the summer of 1701", "1701-06-01", "1701-08-31")),
        ("from 1712-03-04", ("1712-03-04", "1712-03-04", "1712-03-04")),
        ("taken on 3 May 1500 by", ("on 3 May 1500", "1500-05-03", "1500-05-03")),
        (
            "during the first week of May 1757",
            ("during the first week of May 1757", "1757-05-01", "1757-05-07"),
        ),
        # before geomap's first day: no date, not the report's year
        ("taken on 3 May 1499 by", None),
        ("stormed in November 1499, after", None),
        # not years: a time of day, men, a length
        ("in position by 1600 hours", None),
        ("in 1500 men", None),
        ("in May, 1500 men died", ("in May", "1668-05-01", "1668-05-31")),
    ],
)
def test_years_from_1500_are_read_in_dates(text, expected):
    import datetime as dt

    from geomap.extract.dates import find_dates

    found = [(d.text, str(d.start), str(d.end)) for d in find_dates(text, dt.date(1668, 12, 1))]
    assert found == ([expected] if expected else []), found


@pytest.mark.parametrize(
    ("subject", "gainer"),
    [
        ("Kutuzov's troops", "RUS"),
        ("Kutuzov's victorious troops", "RUS"),
        ("General Barclay's dragoons", "RUS"),
        ("the Porte's army", "TUR"),
        # the force's own name says its side
        ("Kutuzov's Polish legion", "POL"),
        # no possessive: the role word alone (in the Grande Armee's communique, its own)
        ("the troops", "FRA"),
    ],
)
def test_a_force_named_by_its_owner_is_the_owners(eastern, subject, gainer):
    text = f"COMMUNIQUE OF THE GRANDE ARMEE\n\nOn Monday {subject} entered Vereya."
    ex = extract(text, eastern, published="1812-09-16")
    assert [(r.place, r.to_actor) for r in ex.drafts.itertuples()] == [("vereya", gainer)]


def test_a_force_of_anothers_army_is_not_the_owners(eastern):
    """ "Polish troops of Napoleon's army": not the army's owner's (a lead to fill in)."""
    text = EASTERN_WIRE + "On Monday Polish troops of Napoleon's army entered Vereya."
    ex = extract(text, eastern, published="1812-09-16")
    assert [r.to_actor for r in ex.rows.itertuples()] == [""]


@pytest.fixture
def dragoons(tmp_path):
    """The eastern theatre's Russian army with "dragoons" for a ref, as a user may write it."""
    return small_theatre(
        tmp_path,
        "dragoons1812",
        "RUS",
        1812,
        "FRA,Grande Armee,Grande Armee;French army,Napoleon,#1e6fb0\n"
        "RUS,Russian army,Russian army;Russian troops,Kutuzov;dragoons,#2e8b57\n"
        "TUR,Ottoman army,Turkish army;Turkish troops,the Porte;the Sultan,#8e24aa\n",
        "vereya,Vereya,,55.343,36.186,town,,RUS,,test fixture\n",
        "1812-01-01,vereya,RUS\n",
    )


@pytest.mark.parametrize(
    ("head", "gainer"),
    [
        ("Relation published by the Field Chancery of His Majesty the Sultan", "TUR"),
        ("COMMUNIQUE OF THE WAR COUNCIL OF THE PORTE", "TUR"),
        ("COMMUNIQUE OF THE GRANDE ARMEE", "FRA"),
        # a wire report: "His Majesty's" says nothing; "dragoons" is the Russians' ref
        (EASTERN_WIRE.strip(), "RUS"),
    ],
)
def test_his_majestys_force_in_a_statement_is_the_authors(dragoons, head, gainer):
    text = f"{head}\n\nOn Monday His Majesty's dragoons entered Vereya."
    ex = extract(text, dragoons, published="1812-09-16")
    assert [(r.place, r.to_actor) for r in ex.rows.itertuples()] == [("vereya", gainer)]


@pytest.mark.parametrize(
    ("title", "gainer"),
    [
        (
            "Transcript of a video message attributed to the Polish legion (the Legion of the "
            "Vistula), released on 16 September 1812 near Mozhaisk. Translated from Polish and "
            "French by our desk.",
            "POL",
        ),
        ("Text of an audio statement attributed to the Polish legion.", "POL"),
    ],
)
def test_a_transcripts_title_names_its_sender(eastern, title, gainer):
    text = (
        f"{title}\n\nPraise be to God. We send this message to the world and to the tyrant "
        "of Moscow, and to the Russian army.\n\nOn Monday our fighters entered Vereya."
    )
    ex = extract(text, eastern, published="1812-09-16")
    assert [(r.place, r.to_actor) for r in ex.rows.itertuples()] == [("vereya", gainer)]
