"""ACLED-style CSVs into draft events: actors, places matched or added, junk input."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from geomap.cli import main
from geomap.errors import InputError
from geomap.importers.acled import read_acled, write_events
from geomap.importers.geonames import write_places
from geomap.inputs import load_inputs, read_events
from geomap.names import NameIndex

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "acled_sample.csv"
THEATRE = DATA / "theatre"
HEADER = "event_id_cnty,event_date,sub_event_type,actor1,actor2,admin1,location,latitude,longitude,source,notes"


@pytest.fixture(scope="module")
def theatre():
    return load_inputs(THEATRE, strict=False)


def acled(path, theatre, **kw):
    return read_acled(
        path,
        places=theatre.places,
        place_index=theatre.place_index,
        actor_index=theatre.actor_index,
        **kw,
    )


def test_territory_rows_become_dated_drafts(theatre):
    result = acled(SAMPLE, theatre)
    ev = result.events.set_index("acled_line")
    assert list(result.events["date"]) == [
        "2017-05-21",
        "2017-05-22",
        "2017-05-25",
        "2017-05-27",
        "2017-05-28",
        "2017-05-30",
    ]
    assert ev.loc[2, ["place", "to_actor", "from_actor", "match"]].tolist() == [
        "arak",
        "GOV",
        "IS",
        "id",
    ]
    assert ev.loc[3, ["date", "place", "match"]].tolist() == [
        "2017-05-27",
        "khunayfis",
        "name",
    ]  # "27 May 2017", "Khneifes"
    # "Arak" near 36.1N 37.2E is the northern Arak, not the id "arak" 200 km away
    assert ev.loc[8, ["place", "to_actor", "match"]].tolist() == [
        "arak-north",
        "GOV",
        "coordinates",
    ]
    assert ev.loc[7, ["place", "to_actor", "from_actor"]].tolist() == ["sukhnah", "IS", ""]
    assert ev.loc[2, "source"] == "ACLED SYR100: SANA"
    assert ev.loc[2, "note"] == (
        "Government regains territory (Military Forces of Syria (2017-) / Islamic State (Syria)): "
        "Regime forces took Arak, near the gas field."
    )
    assert set(result.events["confidence"]) == {"claimed"}
    assert 4 not in ev.index  # "Armed clash" is not a territory change


def test_unknown_and_homonym_places_are_added_and_reported(theatre):
    result = acled(SAMPLE, theatre)
    new = result.new_places.set_index("id")
    assert list(new.index) == ["bir-abu-shamat", "tadmur"]
    assert new.loc["tadmur", ["lat", "lon", "kind", "admin1"]].tolist() == [
        35.95,
        39.01,
        "village",
        "Raqqa",
    ]
    assert "homonym" in new.loc["tadmur", "note"]
    text = "\n".join(str(p) for p in result.problems)
    assert (
        "acled_sample.csv:5: location: warning: 'Bir Abu Shamat' is not in the gazetteer (unknown name)"
        in text
    )
    assert "'khunayfis' lies 18.2 km away" in text
    assert "acled_sample.csv:6: actor2: warning: unknown actor 'Civilians (Syria)'" in text
    assert "1 row(s) are not territory changes and were left out ('Armed clash' ×1)" in text
    assert not any(p.is_error for p in result.problems)


def test_drafts_load_as_events_of_the_theatre(theatre, tmp_path):
    result = acled(SAMPLE, theatre)
    drafts = write_events(result.events, tmp_path / "drafts.csv")
    assert drafts.read_text(encoding="utf-8").splitlines()[0] == (
        "date,place,geometry,to_actor,from_actor,confidence,claimed_area_km2,source,source_url,note"
    )
    places = list(theatre.places.itertuples()) + list(result.new_places.itertuples())
    index = NameIndex(
        ((p.id, p.name, p.alt_names if isinstance(p.alt_names, list) else []) for p in places),
        kind="place",
    )
    problems = []
    events = read_events(
        drafts, index, theatre.actor_index, problems=problems, snapshot_date=dt.date(2017, 5, 1)
    )
    assert [p for p in problems if p.is_error] == []
    assert len(events) == 6


def test_new_places_file_is_a_places_csv(theatre, tmp_path):
    result = acled(SAMPLE, theatre)
    out = write_places(result.new_places, tmp_path / "new_places.csv")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "id,name,alt_names,lat,lon,kind,admin1,country,geonames_id,source,note"
    assert lines[1].startswith(
        "bir-abu-shamat,Bir Abu Shamat,,34.300000,38.100000,village,Homs,,,ACLED SYR103: coordinates"
    )


def _csv(tmp_path, *rows, header=HEADER):
    path = tmp_path / "acled.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


GOOD = "X1,2017-05-25,Government regains territory,Military Forces of Syria (2017-),Islamic State (Syria),Homs,Arak,34.67,38.54,SANA,ok"


@pytest.mark.parametrize(
    ("row", "field", "text"),
    [
        (
            GOOD.replace("2017-05-25", "25/05/2017"),
            "event_date",
            "'25/05/2017' is not an ISO 8601 date",
        ),
        (GOOD.replace("34.67,38.54", "134.67,38.54"), "latitude", "out of range"),
        (GOOD.replace("34.67,38.54", "34.67,238.54"), "longitude", "out of range"),
        (GOOD.replace("34.67,38.54", "nan,38.54"), "latitude", "not a finite latitude"),
        (GOOD.replace("34.67,38.54", '"34,67",38.54'), "latitude", "use a decimal point"),
        (
            GOOD.replace("Military Forces of Syria (2017-)", "Russian Air Force"),
            "actor1",
            "unknown actor 'Russian Air Force'",
        ),
        (GOOD.replace("Military Forces of Syria (2017-)", ""), "actor1", "missing actor1"),
        (GOOD.replace(",Arak,", ",,"), "location", "missing location"),
    ],
)
def test_junk_rows_name_line_and_field(theatre, tmp_path, row, field, text):
    path = _csv(tmp_path, GOOD, row)
    with pytest.raises(InputError, match=text) as err:
        acled(path, theatre)
    (p,) = [p for p in err.value.problems if p.is_error]
    assert (p.file, p.line, p.field) == (str(path), 3, field) and p.hint


def test_swapped_coordinates_say_so(theatre, tmp_path):
    path = _csv(tmp_path, GOOD.replace("34.67,38.54", "138.54,34.67"))
    with pytest.raises(InputError) as err:
        acled(path, theatre)
    assert (
        "look swapped" in err.value.problems[0].hint
        or "out of range" in err.value.problems[0].message
    )


@pytest.mark.parametrize(
    ("content", "text"),
    [
        (HEADER.replace(",notes", "") + "\n" + GOOD.rsplit(",", 1)[0] + "\n", "missing column"),
        (HEADER.replace(",", ";") + "\n" + GOOD.replace(",", ";") + "\n", "semicolon-separated"),
        (
            HEADER + "\n" + GOOD.replace(",ok", ',"a note\nover two lines"') + "\n",
            "runs over 2 lines",
        ),
        (HEADER + "\n" + GOOD + ",extra\n", "more than the header's"),
        ("", "the file is empty"),
    ],
    ids=["missing-column", "semicolons", "multiline", "extra-field", "empty"],
)
def test_junk_files(theatre, tmp_path, content, text):
    path = tmp_path / "acled.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=text):
        acled(path, theatre)


def test_utf16_file(theatre, tmp_path):
    path = tmp_path / "acled.csv"
    path.write_bytes(("\n".join([HEADER, GOOD]) + "\n").encode("utf-16"))
    with pytest.raises(InputError, match="UTF-16"):
        acled(path, theatre)


def test_ambiguous_name_without_a_near_candidate_is_added(theatre, tmp_path):
    row = GOOD.replace("34.67,38.54", "33.00,36.00")  # far from both Araks
    result = acled(_csv(tmp_path, row), theatre)
    assert result.events["match"].tolist() == ["added"]
    assert result.new_places["id"].tolist() == ["arak-2"]


def test_cli(tmp_path, capsys):
    theatre = tmp_path / "theatre"
    shutil.copytree(THEATRE, theatre)
    out = tmp_path / "drafts.csv"
    code = main(["import-acled", str(SAMPLE), "--theatre", str(theatre), "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "wrote 6 draft event(s)" in captured.out and "2 new place(s)" in captured.out
    assert (tmp_path / "drafts_new_places.csv").is_file()
    (theatre / "actors.csv").write_text("id,name,color\nGOV,Government,red\n", encoding="utf-8")
    assert main(["import-acled", str(SAMPLE), "--theatre", str(theatre), "--out", str(out)]) == 1
    assert "'red' is not a hex colour" in capsys.readouterr().err
