"""Changes at places the gazetteer lacks, settled by the offline GeoNames gazetteer.

A change whose place is missing from the theatre's gazetteer is a draft only when exactly
one GeoNames place of the theatre's area has the name (and the row's other cues are a
draft's); otherwise it stays a lead whose reason says what GeoNames found.
"""

import shutil
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from geomap import gazetteer
from geomap.extract import extract
from geomap.extract.gazetteer import settle_places
from geomap.extract.score import SplitScore, score_article, scored_rows
from geomap.inputs import load_inputs

THEATRE = Path(__file__).parent / "data" / "theatre"
DATELINE = "BEIRUT, May 27, 2017 (Wire) — "
pytestmark = pytest.mark.skipif(not gazetteer.available(), reason="optional gazetteer missing")


@pytest.fixture(scope="module")
def theatre():
    return load_inputs(THEATRE)


@pytest.mark.parametrize(
    ("name", "place", "reason"),
    [
        ("Salamiyah", "as-salamiyah", ""),  # an alternate name of one place
        ("salamiyah", "as-salamiyah", ""),  # compared ignoring case
        ("Suran", None, "2 GeoNames places named 'Suran' in SYR"),
        ("Salamiya", None, "only 'As Salamīyah' (prefix)"),  # a prefix never settles
        ("Ain Issa", None, "only '‘Ayn ‘Īsá' (close)"),  # nor a close spelling
        ("Bir Qasab", None, "no GeoNames place named 'Bir Qasab' in SYR"),
        ("=Salamiyah", "as-salamiyah", ""),  # punctuation ignored, as suggest ignores it
        ("\x1b[31mSuran", None, "'\\x1b[31mSuran'"),  # said escaped
        ("U", None, "too short a name to look up"),  # "U.N." read as a name
    ],
)
def test_a_name_is_settled_by_exactly_one_exact_geonames_match(theatre, name, place, reason):
    got = settle_places([name], theatre)[name]
    assert got.place == place
    assert reason in got.reason and (not got.reason or got.reason.startswith("unknown place"))
    if place:
        assert got.row["status"] == "draft" and got.row["geonames_id"] == 164947
        assert "backs a draft" in got.row["note"]


def test_a_geonames_place_the_theatre_has_under_another_id_is_that_place(tmp_path):
    th = tmp_path / "theatre"
    shutil.copytree(THEATRE, th)
    places = pd.read_csv(th / "places.csv", dtype=str, keep_default_na=False)
    places.loc[places["id"] == "homs", "geonames_id"] = "164947"  # (not really Homs)
    places.to_csv(th / "places.csv", index=False)
    got = settle_places(["Salamiyah"], load_inputs(th))["Salamiyah"]
    assert (got.place, got.row) == ("homs", None)
    assert "add 'Salamiyah' to its alt_names" in got.note


def test_without_an_area_or_the_gazetteer_nothing_is_settled(theatre, monkeypatch):
    bare = SimpleNamespace(places=theatre.places)  # a theatre object with no [aoi]
    got = settle_places(["Salamiyah"], bare)["Salamiyah"]
    assert got.place is None and "no [aoi]" in got.reason
    monkeypatch.setattr(gazetteer, "available", lambda: False)
    got = settle_places(["Salamiyah"], theatre)["Salamiyah"]
    assert got.place is None and "GeoNames not consulted" in got.reason
    ex = extract(DATELINE + "Government troops seized Salamiyah on Friday.", theatre)
    # drafted by its name as written, the note saying why no place was settled
    assert ex.leads.empty and ex.places.empty and list(ex.drafts["place"]) == ["Salamiyah"]
    assert "'Salamiyah': GeoNames not consulted" in ex.drafts["note"].iloc[0]


def test_geonames_off_leaves_every_unknown_place_as_written(theatre):
    text = DATELINE + "Government troops seized Salamiyah on Friday."
    assert list(extract(text, theatre).drafts["place"]) == ["as-salamiyah"]
    ex = extract(text, theatre, geonames=False)
    assert ex.leads.empty and ex.places.empty and list(ex.drafts["place"]) == ["Salamiyah"]
    assert "unknown place 'Salamiyah': add it to places.csv" in ex.drafts["note"].iloc[0]
    ex = extract(DATELINE + "Salamiyah was captured on Friday.", theatre, geonames=False)
    assert list(ex.leads["lead"]) == ["unknown place 'Salamiyah'; no gaining side"]


def test_two_mentions_of_one_place_share_one_row(theatre):
    text = (
        DATELINE + "Government troops seized Salamiyah on Friday. Islamic State fighters "
        "retook Salamiyah on Saturday."
    )
    ex = extract(text, theatre)
    assert list(ex.drafts["place"]) == ["as-salamiyah", "as-salamiyah"]
    assert list(ex.places["id"]) == ["as-salamiyah"]
    assert ex.drafts["note"].str.contains("is not in the gazetteer: read as GeoNames").all()


@pytest.mark.parametrize(
    ("gold_place", "right"),
    [("?Salamiyah", 1), ("?Salamiya town", 0), ("?Homs", 0), ("homs", 0)],
)
def test_a_geonames_draft_is_scored_by_its_mention(theatre, gold_place, right):
    ex = extract(DATELINE + "Government troops seized Salamiyah on Friday.", theatre)
    assert [r["place"] for r in scored_rows(ex)] == ["Salamiyah"]
    gold = [dict(place=gold_place, to_actor="GOV", date="2017-05-26", from_actor="")]
    score = SplitScore()
    score_article(score, "a", ex, gold, [], set(theatre.places["id"].astype(str)))
    assert score.fields["all"].matched == right


def test_close_spellings_are_looked_up_for_a_budget_of_names(theatre, monkeypatch):
    from geomap.extract import gazetteer as extract_gazetteer

    names = ["Ain Issa", "Salamiya"]
    monkeypatch.setattr(extract_gazetteer, "NEAR_BUDGET", 1)
    got = settle_places(names, theatre)
    assert "(only '‘Ayn ‘Īsá' (close)" in got["Ain Issa"].reason
    assert (
        got["Salamiya"].reason
        == "unknown place 'Salamiya': no GeoNames place named 'Salamiya' in SYR"
    )
