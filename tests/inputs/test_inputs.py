"""Loading a theatre: every planted problem is found, with its file, line and field."""

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomap.errors import InputError, format_problems
from geomap.inputs import load_inputs

DATA = Path(__file__).parents[1] / "data"

# (file, line, field, words in the message) of every problem planted in tests/data/broken
PLANTED = [
    ("actors.csv", 3, "id", "duplicate id 'RED'"),
    ("actors.csv", 4, "color", "not a hex colour"),
    ("places.csv", 3, "id", "duplicate id 'palmyra'"),
    ("places.csv", 4, "lat,lon", "swapped"),
    ("places.csv", 5, "lat", "not a finite latitude"),
    ("places.csv", 6, "name", "missing name"),
    ("places.csv", 7, "lat", "out of range"),
    ("places.csv", 8, "geonames_id", "not a GeoNames id"),
    ("places.csv", 9, None, "fewer than the header"),
    ("areas.geojson", None, "features[0].geometry", "Self-intersection"),
    ("control.csv", 3, "actor", "unknown actor 'Purple Army'"),
    ("control.csv", 4, "as_of", "differs from 2020-01-01"),
    ("events.csv", 2, "date", "'Saturday' is not an ISO 8601 date"),
    ("events.csv", 3, "date", "month 13"),
    ("events.csv", 4, "date", "before the initial snapshot"),
    ("events.csv", 5, "place", "unknown place 'Atlantis'"),
    ("events.csv", 6, "confidence", "'sure'"),
    ("events.csv", 7, "claimed_area_km2", "decimal point"),
    ("events.csv", 8, "source_url", "not an http(s) URL"),
    ("events.csv", 10, "date", "duplicate of the event on line 9"),
]


@pytest.fixture(scope="module")
def broken():
    return load_inputs(DATA / "broken", strict=False)


@pytest.mark.parametrize("file, line, field, words", PLANTED)
def test_every_planted_problem_is_found(broken, file, line, field, words):
    hits = [
        p
        for p in broken.problems
        if p.file.endswith(file)
        and p.line == line
        and p.field == field
        and words in p.message
        and p.is_error
    ]
    assert hits, f"not found: {file}:{line}: {field}: {words}\n{format_problems(broken.problems)}"
    assert all(p.hint for p in hits), "every problem says how to fix it"


def test_strict_load_raises_with_all_problems():
    with pytest.raises(InputError, match=r"actors.csv:3: id: duplicate id 'RED'") as exc:
        load_inputs(DATA / "broken")
    assert len([p for p in exc.value.problems if p.is_error]) >= len(PLANTED)


def test_tiny_loads_with_only_warnings():
    t = load_inputs(DATA / "tiny")
    assert not [p for p in t.problems if p.is_error]
    assert list(t.events["line"]) == [2, 3, 4, 5, 6]
    assert t.events["place"].iloc[0] == "khunayfis"  # "Khneifes" resolved
    assert t.events["geometry"].iloc[-1].geom_type == "Polygon"
    assert t.places.crs == "EPSG:4326"


def _copy(tmp_path, name="tiny"):
    dst = tmp_path / name
    shutil.copytree(DATA / name, dst)
    return dst


def _problems(folder):
    return load_inputs(folder, strict=False).problems


@pytest.mark.parametrize(
    "content, words",
    [
        (b"", "the file is empty"),
        (b"   \n\n", "the file is empty"),
        (b"\xff\xfeh\x00i\x00", "UTF-16"),
        ("date,place,to_actor,source\n".encode("utf-16-le"), "UTF-16 text (little-endian) without"),
        (b"date;place;to_actor;source\n2020-01-05;palmyra;RED;x\n", "semicolon-separated"),
        (b"date\tplace\tto_actor\tsource\n", "tab-separated"),
        (b"date,place,to_actor,source\n2020-01-05,Caf\xe9,RED,x\n", "not valid UTF-8"),
        (b"date,place,to_actor,source\n2020-01-05,\x00\x01,RED,x\n", "binary"),
        (b'date,place,to_actor,source\n2020-01-05,"palmyra,RED,x\n', "unclosed quote"),
        (b"date,plaec,to_actor,source\n", "did you mean 'place'"),
        (b"date,place,to_actor\n", "missing column"),
        (b"date,place,place,to_actor,source\n", "column appears twice"),
        (b"date,place,to_actor,source\n2020-01-05,palmyra,RED\n", "fewer than the header"),
        (b"date,place,to_actor,source\n2020-01-05,palmyra,RED,x,y\n", "more than the header"),
        (b"date,place,to_actor,source\n2020-01-05,   ,RED,x\n", "no place and no geometry"),
        (b"date,place,to_actor,source\n2020-01-05,palmyra,,x\n", "missing actor"),
        (b"date,place,to_actor,source\n2020-01-05,palmyra,,x\n", "give an actor id or name"),
        (
            b'date,place,geometry,to_actor,source\n2020-01-05,,"POLYGON((38 34,38.1 34.1,38.1 34,38 34.1,38 34))",RED,x\n',
            "invalid polygon",
        ),
        (
            b'date,place,geometry,to_actor,source\n2020-01-05,,"POLYGON((4000000 4000000,4100000 4000000,4100000 4100000,4000000 4000000))",RED,x\n',
            "look projected",
        ),
        (b"date,place,geometry,to_actor,source\n2020-01-05,,POINT(38 34),RED,x\n", "not a polygon"),
        (
            b'date,place,geometry,to_actor,source\n2020-01-05,,"POLYGON((38 34,",RED,x\n',
            "not valid WKT",
        ),
        (
            b"date,place,to_actor,source\n2020-01-05,palmyra,RED,x\n2020-01-05,palmyra,BLUE,x\n",
            "the same day",
        ),
    ],
)
def test_junk_events_file(tmp_path, content, words):
    folder = _copy(tmp_path)
    (folder / "events.csv").write_bytes(content)
    probs = _problems(folder)
    assert any(words in p.message or words in p.hint for p in probs), format_problems(probs)
    hit = next(p for p in probs if words in p.message or words in p.hint)
    assert hit.file.endswith("events.csv")


def test_bom_is_accepted(tmp_path):
    folder = _copy(tmp_path)
    data = (folder / "events.csv").read_bytes()
    (folder / "events.csv").write_bytes(b"\xef\xbb\xbf" + data)
    assert len(load_inputs(folder).events) == 5


def test_crlf_is_accepted(tmp_path):
    folder = _copy(tmp_path)
    data = (folder / "events.csv").read_bytes().replace(b"\n", b"\r\n")
    (folder / "events.csv").write_bytes(data)
    assert list(load_inputs(folder).events["line"]) == [2, 3, 4, 5, 6]


def test_out_of_order_events_are_sorted_by_date_then_line(tmp_path):
    folder = _copy(tmp_path)
    (folder / "events.csv").write_text(
        "date,place,to_actor,source\n2020-01-10,arak,RED,x\n2020-01-05,khunayfis,RED,x\n2020-01-05T08:00,sukhnah,RED,x\n2020-01-05,palmyra,BLUE,x\n"
    )
    ev = load_inputs(folder).events
    assert list(ev["line"]) == [3, 5, 4, 2]  # bare days sort at 00:00, then by line


def test_large_file(tmp_path):
    folder = _copy(tmp_path)
    rows = ["date,place,to_actor,source"] + [
        f"2020-01-{1 + i % 28:02d},{'palmyra' if i % 2 else 'arak'},{'RED' if i % 3 else 'BLUE'},row {i}"
        for i in range(100_000)
    ]
    rows[50_001] = "2020-01-05,palmyra"
    (folder / "events.csv").write_text("\n".join(rows) + "\n")
    probs = _problems(folder)
    errs = [p for p in probs if p.is_error and "fewer than the header" in p.message]
    assert [p.line for p in errs] == [50_002]


@pytest.mark.parametrize(
    "toml, words",
    [
        ("", "missing"),
        ("[theatre\nname='x'", "not valid TOML"),
        ('[theatre]\nname = "Bad Name"\n[aoi]\ncountries = ["SYR"]\n', "not a valid name"),
        ('[theatre]\nname = "x"\n[aoi]\ncountries = ["XXX"]\n', "unknown country code 'XXX'"),
        ('[theatre]\nname = "x"\n[aoi]\ncountries = ["Syria"]\n', "use the ISO-3 code 'SYR'"),
        ('[theatre]\nname = "x"\n', "give exactly one of aoi.countries and aoi.path"),
        (
            '[theatre]\nname = "x"\n[aoi]\ncountries = ["SYR"]\n[model]\ncell_radius_km = -3\n',
            "not a radius",
        ),
        (
            '[theatre]\nname = "x"\n[aoi]\ncountries = ["SYR"]\n[dates]\nstart = "Saturday"\n',
            "not an ISO 8601 date",
        ),
        ('[theatre]\nname = "x"\n[aoi]\npath = "nowhere.geojson"\n', "not found"),
    ],
)
def test_bad_theatre_toml(tmp_path, toml, words):
    folder = _copy(tmp_path)
    (folder / "theatre.toml").write_text(toml)
    with pytest.raises(InputError) as exc:
        load_inputs(folder)
    assert any(words in p.message or words in p.hint for p in exc.value.problems), format_problems(
        exc.value.problems
    )


def test_missing_folder(tmp_path):
    with pytest.raises(InputError, match="not a folder"):
        load_inputs(tmp_path / "nope")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=300))
def test_places_junk_never_crashes(tmp_path, blob):
    folder = tmp_path / "t"
    if not folder.exists():
        shutil.copytree(DATA / "tiny", folder)
    (folder / "places.csv").write_bytes(b"id,name,lat,lon,kind,source\n" + blob)
    t = load_inputs(folder, strict=False)  # never a traceback
    for p in t.problems:
        assert p.file and p.message


_cell = st.text(
    alphabet=st.characters(blacklist_characters="\r\n\x00", blacklist_categories=("Cs",)),
    max_size=12,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(_cell, _cell, _cell), min_size=1, max_size=6))
def test_events_junk_rows_are_reported_not_dropped(tmp_path, rows):
    import csv
    import io

    folder = tmp_path / "t"
    if not folder.exists():
        shutil.copytree(DATA / "tiny", folder)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["date", "place", "to_actor", "source"])
    for d, p, a in rows:
        w.writerow([d, p, a, "x"])
    (folder / "events.csv").write_text(buf.getvalue(), encoding="utf-8")
    t = load_inputs(folder, strict=False)
    bad = {p.line for p in t.problems if p.is_error and p.file.endswith("events.csv")}
    good = set(t.events["line"])
    for i, row in enumerate(rows, start=2):
        if any(c.strip(" \t\u00a0\u2007\u202f\ufeff") for c in row):
            assert i in bad | good, f"line {i} neither loaded nor reported"


def test_duplicate_events_without_from_actor(tmp_path):
    folder = _copy(tmp_path)
    (folder / "events.csv").write_text(
        "date,place,to_actor,source\n2020-01-05,arak,RED,x\n2020-01-05,Araq,RED,y\n"
    )
    probs = [p for p in _problems(folder) if p.is_error]
    assert [(p.line, p.message) for p in probs] == [(3, "duplicate of the event on line 2")]


@pytest.mark.parametrize("name", ["actors.csv", "places.csv", "control.csv", "claims.csv"])
@pytest.mark.parametrize(
    "mutate, line, words",
    [
        (lambda b: b"", None, "the file is empty"),
        (lambda b: b.replace(b",", b";"), 1, "semicolon-separated"),
        (lambda b: b.rstrip(b"\n").rsplit(b",", 2)[0] + b"\n", None, "fewer than the header"),
        (lambda b: b + "Caf\xe9,x\n".encode("latin-1"), None, "not valid UTF-8"),
    ],
    ids=["empty", "delimiter", "truncated", "latin1"],
)
def test_junk_in_every_file_names_file_and_line(tmp_path, name, mutate, line, words):
    folder = _copy(tmp_path)
    path = folder / name
    path.write_bytes(mutate(path.read_bytes()))
    probs = [p for p in _problems(folder) if p.is_error and p.file.endswith(name)]
    hit = [p for p in probs if words in p.message]
    assert hit, format_problems(probs)
    if line is not None:
        assert hit[0].line == line
    elif words != "the file is empty":
        assert hit[0].line and hit[0].line > 1  # the offending line, not the file as a whole


def _georgia(tmp_path, places):
    (tmp_path / "theatre.toml").write_text(
        '[theatre]\nname = "georgia"\ntitle = "Georgia"\n\n[aoi]\ncountries = ["GEO"]\n\n'
        '[dates]\nstart = "1921-02-01"\nend = "1921-04-30"\n'
    )
    (tmp_path / "actors.csv").write_text("id,name,color\nRED,Red Army,#cc0000\n")
    (tmp_path / "places.csv").write_text(
        "id,name,alt_names,lat,lon,kind,source\n"
        + "".join(f"{i},{n},,{lat},{lon},city,test\n" for i, n, lat, lon in places)
    )
    (tmp_path / "control.csv").write_text("as_of,place,actor\n")
    (tmp_path / "events.csv").write_text("date,place,geometry,to_actor,from_actor,source\n")
    return load_inputs(tmp_path, strict=False)


@pytest.mark.parametrize(
    ("place", "severity", "words"),
    [
        # GeoNames' Batumi is 90 m off the 1:10m coast, with lat ~ lon: on the edge, not
        # swapped (set 106's writer was told to swap it)
        (("batumi", "Batumi", 41.64077, 41.6306), "warning", "just outside"),
        # Tbilisi with its lat and lon swapped: clearly off the area, inside once swapped
        (("tbilisi", "Tbilisi", 44.83412, 41.69143), "error", "swapped"),
        # far off and no swap helps: a reference place
        (("rome", "Rome", 41.89, 12.48), "warning", "owns no territory"),
    ],
)
def test_a_place_outside_the_area_near_its_edge_or_swapped(tmp_path, place, severity, words):
    found = [p for p in _georgia(tmp_path, [place]).problems if p.field == "lat,lon"]
    assert len(found) == 1 and words in found[0].message
    assert found[0].is_error == (severity == "error") and found[0].hint
    # named by its file and line (the header is line 1)
    assert found[0].file.endswith("places.csv") and found[0].line == 2
