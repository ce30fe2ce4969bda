"""The derivation cache (geomap.cache): hit, miss, stale, damaged, unwritable, concurrent.

Every test runs with its own empty cache folder (the autouse ``_cache_dir`` fixture of
tests/conftest.py sets ``GEOMAP_CACHE_DIR``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import shutil
import threading
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import shapely

import geomap
from geomap.cache import Store, _codec, cache_dir, caching, clear, entries, load_inputs_cached

TESTS = Path(__file__).parent
DATA = TESTS / "data"
DEMO = TESTS.parent / "layers" / "syria-2017"

# a drawn area, an extent, a barrier, a claim, a time with an offset (a warning), a place
# no one holds (a warning): every kind of input the loader reads, on the three-place theatre
_EXTRA_PLACES = "d,Place D,,34.4,38.65,village,test\nf,Place F,,34.1,38.9,village,test\n"
_EXTRA_EVENTS = "2020-01-07T10:00+03:00,d,,A,,test\n"
_AREAS = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "properties": {"place": "a"},
            "geometry": {
                "type": "Polygon",
                "coordinates": [
                    [[38.1, 34.2], [38.3, 34.2], [38.3, 34.3], [38.1, 34.3], [38.1, 34.2]]
                ],
            },
        }
    ],
}
_BARRIERS = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "properties": {},
            "geometry": {"type": "LineString", "coordinates": [[38.65, 34.0], [38.65, 34.35]]},
        }
    ],
}
_CLAIMS = (
    "id,actor,start,end,figure,claimant,source,source_url,note\n"
    'c1,A,2020-01-01,2020-01-10,"over 100 km2",A media,test,,\n'
)


@pytest.fixture
def theatre(tmp_path: Path) -> Path:
    """The three-place theatre with every optional input file."""
    folder = tmp_path / "th"
    shutil.copytree(DATA / "three", folder)
    with open(folder / "places.csv", "a", encoding="utf-8") as fh:
        fh.write(_EXTRA_PLACES)
    with open(folder / "events.csv", "a", encoding="utf-8") as fh:
        fh.write(_EXTRA_EVENTS)
    (folder / "areas.geojson").write_text(json.dumps(_AREAS), encoding="utf-8")
    (folder / "barriers.geojson").write_text(json.dumps(_BARRIERS), encoding="utf-8")
    (folder / "claims.csv").write_text(_CLAIMS, encoding="utf-8")
    toml = (folder / "theatre.toml").read_text(encoding="utf-8")
    toml = toml.replace("cell_radius_km = 5", 'cell_radius_km = 5\nbarriers = "barriers.geojson"')
    (folder / "theatre.toml").write_text(toml, encoding="utf-8")
    return folder


def _figures(th) -> dict:
    """Everything a command prints, from one theatre."""
    return {
        "ledger": th.ledger(by="day"),
        "events": pd.DataFrame(th.event_ledger()),
        "check": [str(p) for p in th.check()],
        "control": th.control(th.default_range()[1]),
        "claims": th.claims(),
        "assumptions": th.assumptions,
    }


def _assert_same(a: dict, b: dict) -> None:
    for name in ("ledger", "events", "claims"):
        pd.testing.assert_frame_equal(a[name], b[name], check_exact=True, obj=name)
    ca, cb = a["control"], b["control"]
    pd.testing.assert_frame_equal(
        ca.drop(columns="geometry"), cb.drop(columns="geometry"), check_exact=True
    )
    assert all(shapely.equals_exact(ca.geometry.values, cb.geometry.values, tolerance=0))
    assert a["check"] == b["check"]
    assert a["assumptions"] == b["assumptions"]


def _entries_of(root: Path) -> set[str]:
    return {e["entry"] for e in entries(root)}


# --------------------------------------------------------------------------- identical results
@pytest.mark.parametrize("which", ["synthetic", "demo"])
def test_results_are_identical_with_and_without_the_cache(which, theatre, capsys):
    path = theatre if which == "synthetic" else DEMO
    first = geomap.load_theatre(path)  # a miss: computed, then written
    miss = _figures(first)
    assert {"inputs", "history-all"} < _entries_of(cache_dir())
    second = geomap.load_theatre(path)  # a hit: inputs and faces read back
    assert second.inputs.problems == first.inputs.problems
    hit = _figures(second)
    plain = _figures(geomap.load_theatre(path, cache=False))
    _assert_same(miss, hit)
    _assert_same(plain, hit)
    for a, b in zip(
        (first.inputs.places, first.inputs.events, first.inputs.areas, first.inputs.aoi),
        (second.inputs.places, second.inputs.events, second.inputs.areas, second.inputs.aoi),
        strict=True,
    ):
        pd.testing.assert_frame_equal(a, b, check_exact=True)
    assert first.inputs.meta == second.inputs.meta
    assert first.inputs.barriers == second.inputs.barriers or which == "demo"
    assert first._engine.tess.faces.tolist() == second._engine.tess.faces.tolist()
    assert np.array_equal(first._engine.face_area, second._engine.face_area)
    assert capsys.readouterr().err == ""  # a miss and a hit say nothing


@pytest.mark.parametrize("confidence", ["confirmed", "claimed"])
def test_each_confidence_level_gets_its_own_history(confidence, tmp_path):
    folder = tmp_path / "tiny"
    shutil.copytree(DATA / "tiny", folder)
    geomap.load_theatre(folder).ledger()
    miss = geomap.load_theatre(folder, confidence=confidence)
    want = (miss.ledger(), pd.DataFrame(miss.event_ledger()))
    assert {"history-all", f"history-{confidence}"} <= _entries_of(cache_dir())
    hit = geomap.load_theatre(folder, confidence=confidence)
    plain = geomap.load_theatre(folder, confidence=confidence, cache=False)
    for th in (hit, plain):
        pd.testing.assert_frame_equal(th.ledger(), want[0], check_exact=True)
        pd.testing.assert_frame_equal(pd.DataFrame(th.event_ledger()), want[1], check_exact=True)
    assert hit.history.problems == plain.history.problems


def test_warnings_are_kept_on_a_hit(theatre):
    miss = geomap.load_theatre(theatre)
    warnings = [p for p in miss.inputs.problems if not p.is_error]
    assert {p.field for p in warnings} >= {"date", "id"}  # the offset time, the unheld place
    hit = geomap.load_theatre(theatre)
    assert hit.inputs.problems == miss.inputs.problems
    assert hit.check() == miss.check()


def test_a_second_radius_gets_its_own_faces(theatre):
    th = geomap.load_theatre(theatre)
    th.ledger()
    th.with_radius(8).ledger()
    faces = {e for e in _entries_of(cache_dir()) if e.startswith("faces-")}
    assert len(faces) == 2
    again = geomap.load_theatre(theatre).with_radius(8)
    pd.testing.assert_frame_equal(
        again.ledger(), geomap.load_theatre(theatre, cache=False).with_radius(8).ledger()
    )


# --------------------------------------------------------------------------- stale
_EDITS = {
    "theatre.toml": lambda t: _append(t / "theatre.toml", "\n# edited\n"),
    "actors.csv": lambda t: _append(t / "actors.csv", "D,Delta,,#123456\n"),
    "places.csv": lambda t: _append(t / "places.csv", "e,Place E,,34.45,38.3,village,test\n"),
    "areas.geojson": lambda t: (t / "areas.geojson").write_text(
        json.dumps(_AREAS).replace("38.1,", "38.12,"), encoding="utf-8"
    ),
    "control.csv": lambda t: _append(t / "control.csv", "2020-01-01,d,C\n"),
    "events.csv": lambda t: _append(t / "events.csv", "2020-01-09,b,,B,A,test\n"),
    "claims.csv": lambda t: _append(
        t / "claims.csv", "c2,B,2020-01-01,2020-01-09,50 km2,B media,test,,\n"
    ),
    "aoi.geojson": lambda t: (t / "aoi.geojson").write_text(
        (t / "aoi.geojson").read_text(encoding="utf-8").replace("39.0", "39.1"), encoding="utf-8"
    ),
    "barriers.geojson": lambda t: (t / "barriers.geojson").write_text(
        json.dumps(_BARRIERS).replace("38.65", "38.6"), encoding="utf-8"
    ),
}


def _append(path: Path, text: str) -> None:
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(text)


@pytest.mark.parametrize("name", sorted(_EDITS))
def test_an_edited_file_makes_the_entry_stale(name, theatre, capsys):
    geomap.load_theatre(theatre).ledger()
    _EDITS[name](theatre)
    capsys.readouterr()
    th = geomap.load_theatre(theatre)
    led = th.ledger()
    err = capsys.readouterr().err
    assert f"inputs is stale ({name} changed); rebuilding" in err
    assert len(err.strip().splitlines()) == 1  # one line; the faces follow the inputs silently
    plain = geomap.load_theatre(theatre, cache=False)
    pd.testing.assert_frame_equal(led, plain.ledger(), check_exact=True)
    assert th.check() == plain.check()
    pd.testing.assert_frame_equal(led, geomap.load_theatre(theatre).ledger())  # now a hit
    assert capsys.readouterr().err == ""


def test_another_geomap_makes_the_entry_stale(theatre, capsys, monkeypatch):
    geomap.load_theatre(theatre).ledger()
    from geomap import cache

    env = {**cache.environment(), "shapely": "0.0-other"}
    monkeypatch.setattr(cache, "environment", lambda: env)
    geomap.load_theatre(theatre).ledger()
    assert "inputs is stale (shapely changed); rebuilding" in capsys.readouterr().err


def test_a_broken_theatre_is_not_cached(tmp_path):
    shutil.copytree(DATA / "broken", tmp_path / "b")
    with pytest.raises(geomap.InputError):
        geomap.load_theatre(tmp_path / "b")
    assert entries(cache_dir()) == []


# --------------------------------------------------------------------------- damaged
def _entry(name: str) -> Path:
    (slot,) = [p for p in cache_dir().iterdir() if p.is_dir()]
    return slot / name


def _rewrite(entry: Path, fname: str, data: bytes) -> None:
    """Replace a file of an entry and fix the manifest's checksum (a file that passes it)."""
    (entry / fname).write_bytes(data)
    man = json.loads((entry / "manifest.json").read_bytes())
    man["files"][fname] = hashlib.sha256(data).hexdigest()
    (entry / "manifest.json").write_text(json.dumps(man))


def _pickled_npz() -> bytes:
    buf = io.BytesIO()
    np.savez(buf, a0=np.array([{"x": 1}], dtype=object))  # an object array is pickled
    return buf.getvalue()


_DAMAGE = {
    "flipped byte": lambda e: (e / "data.json").write_bytes(
        (e / "data.json").read_bytes().replace(b'"t"', b'"T"', 1)
    ),
    "truncated": lambda e: (e / "arrays.npz").write_bytes((e / "arrays.npz").read_bytes()[:100]),
    "missing file": lambda e: (e / "arrays.npz").unlink(),
    "manifest not json": lambda e: (e / "manifest.json").write_text("{nope"),
    "wrong schema": lambda e: _rewrite(e, "data.json", b'{"t": "frame", "range": [0, 1]}'),
    "unknown class": lambda e: _rewrite(
        e, "data.json", b'{"t": "dc", "cls": "os.system", "v": {}}'
    ),
    "pickled array": lambda e: _rewrite(e, "arrays.npz", _pickled_npz()),
    "not a table": lambda e: _rewrite(e, "data.json", b'{"t": "dict", "v": [1, 2]}'),
    "day out of range": lambda e: _rewrite(
        e, "data.json", b'{"t": "ndobj", "c": {"t": "dates", "v": [99999999999]}}'
    ),
    "nested deep": lambda e: _rewrite(e, "data.json", b"[" * 100000 + b"]" * 100000),
    "truncated with checksum": lambda e: _rewrite(
        e, "arrays.npz", (e / "arrays.npz").read_bytes()[:-40]
    ),
}


@pytest.mark.parametrize("entry_name", ["inputs", "faces", "history"])
@pytest.mark.parametrize("damage", sorted(_DAMAGE))
def test_a_damaged_entry_is_said_and_rebuilt(damage, entry_name, theatre, capsys):
    want = geomap.load_theatre(theatre, cache=False).ledger()
    geomap.load_theatre(theatre).ledger()
    name = next(e for e in _entries_of(cache_dir()) if e.startswith(entry_name))
    _DAMAGE[damage](_entry(name))
    capsys.readouterr()
    got = geomap.load_theatre(theatre).ledger()
    err = capsys.readouterr().err
    assert f"{name} is damaged (" in err and err.strip().endswith("rebuilding")
    assert len(err.strip().splitlines()) == 1
    pd.testing.assert_frame_equal(got, want, check_exact=True)
    pd.testing.assert_frame_equal(geomap.load_theatre(theatre).ledger(), want)  # rebuilt: a hit
    assert capsys.readouterr().err == ""


# --------------------------------------------------------------------------- off, unwritable
def test_no_cache_writes_nothing(theatre, cli):
    geomap.load_theatre(theatre, cache=False).ledger()
    code, _, err = cli("gains", theatre, "--no-cache", "--format", "csv")
    assert code == 0 and "geomap: cache" not in err
    with caching(False):
        geomap.load_theatre(theatre).ledger()
    assert entries(cache_dir()) == []


def test_an_unwritable_cache_folder_is_said_once_and_never_fails(
    theatre, tmp_path, monkeypatch, cli
):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(blocker / "cache"))
    from geomap import cache

    monkeypatch.setattr(cache, "_said", set())
    code, out, err = cli("gains", theatre, "--format", "csv")
    assert code == 0 and out
    assert err.count("geomap: cache: not written (") == 1  # inputs and faces: said once
    assert "GEOMAP_CACHE_DIR" in err
    code2, out2, _ = cli("gains", theatre, "--format", "csv", "--no-cache")
    assert (code2, out2) == (code, out)


def test_cache_info_and_clear(theatre, cli):
    geomap.load_theatre(theatre).ledger()
    code, out, _ = cli("cache", "info")
    assert code == 0 and str(cache_dir()) in out and "inputs" in out and str(theatre) in out
    (cache_dir() / "keep-me.txt").write_text("not the cache's")
    code, out, _ = cli("cache", "clear")
    assert code == 0 and "1 theatre folder(s) removed" in out
    assert entries(cache_dir()) == [] and (cache_dir() / "keep-me.txt").exists()


def test_cache_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("GEOMAP_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "geomap"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == tmp_path / "home" / ".cache" / "geomap"


# --------------------------------------------------------------------------- concurrent
def test_concurrent_writers_and_readers_never_see_a_mix(theatre):
    inputs, store = load_inputs_cached(theatre)
    assert store is not None
    want = inputs.events
    seen: list[object] = []
    errors: list[BaseException] = []

    def write():
        try:
            for _ in range(3):
                store.write_inputs(inputs)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    def read():
        try:
            for _ in range(5):
                got = store.read_inputs()
                seen.append(None if got is None else got.events)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=f) for f in (write, write, read, read)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for got in seen:
        if got is not None:  # a reader may find a file mid-replace: damaged, never wrong
            pd.testing.assert_frame_equal(got, want, check_exact=True)
    assert sum(g is not None for g in seen) > 0
    assert not [p for p in store.folder.rglob(".*") if p.is_dir()]  # no temp folder left
    assert clear(cache_dir()) == 1


# --------------------------------------------------------------------------- the codec
_FRAMES = {
    "numbers": pd.DataFrame({"i": [1, 2], "f": [0.1, np.nan], "b": [True, False]}),
    "text": pd.DataFrame({"s": ["a", None], "t": pd.array(["x", None], dtype="str")}),
    "nullable": pd.DataFrame(
        {"n": pd.array([1, None], dtype="Int64"), "m": pd.array([True, None], dtype="boolean")}
    ),
    "times": pd.DataFrame(
        {
            "ts": pd.to_datetime(["2020-01-01T10:00", "2021-02-03T00:00"]),
            "day": [dt.date(2020, 1, 1), None],
        }
    ),
    "objects": pd.DataFrame(
        {
            "lists": [["a", "b"], []],
            "geoms": [shapely.box(0, 0, 1, 1), None],
            "mixed": ["x", np.nan],
            "nums": [1, 2.5],
        }
    ),
    "empty": pd.DataFrame({"a": pd.Series([], dtype=float)}),
}


@pytest.mark.parametrize("name", sorted(_FRAMES))
def test_codec_frames_round_trip_exactly(name):
    df = _FRAMES[name]
    df.attrs["note"] = {"when": dt.date(2020, 1, 2), "k": [1.5, None]}
    pack = _codec.Packer()
    spec = json.loads(json.dumps(_codec.encode(df, pack)))
    buf = io.BytesIO()
    np.savez(buf, **pack.arrays)
    with np.load(io.BytesIO(buf.getvalue()), allow_pickle=False) as npz:
        back = _codec.decode(spec, _codec.Packer({k: npz[k] for k in npz.files}))
    pd.testing.assert_frame_equal(back, df, check_exact=True)
    assert back.attrs == df.attrs
    for c in df.columns:
        assert [type(v) for v in back[c]] == [type(v) for v in df[c]]


@pytest.mark.parametrize(
    "value",
    [object(), {1: "a"}, pd.Timestamp("2020-01-01"), pd.DataFrame({"a": [1]}, index=[5])],
    ids=["object", "int-keys", "timestamp", "index"],
)
def test_codec_refuses_what_it_cannot_store_exactly(value):
    with pytest.raises(_codec.Unsupported):
        _codec.encode(value, _codec.Packer())


def test_store_key_names_the_theatre_and_its_files(theatre):
    _, store = load_inputs_cached(theatre)
    assert isinstance(store, Store)
    assert store.key["theatre"] == str(theatre)
    files = store.key["files"]
    assert set(files) >= {"theatre.toml", "events.csv", "aoi.geojson", "barriers.geojson"}
    assert files["areas.geojson"].startswith("sha256:")


def test_name_indexes_from_the_cache_resolve_as_the_loaders_do(theatre):
    miss, _ = load_inputs_cached(theatre)
    hit, _ = load_inputs_cached(theatre)
    for name in ("Place B", "place b", "b", "Place Q"):
        a, b = (_resolve(i.place_index, name) for i in (miss, hit))
        assert a == b
    assert _resolve(hit.actor_index, "Bravo") == _resolve(miss.actor_index, "Bravo") == "B"
    assert hit.place_index.label("b") == "Place B"


def _resolve(index, name: str) -> str:
    try:
        return index.resolve(name).id
    except geomap.NameResolutionError as exc:
        return f"error: {exc}"


def _round_trip(value):
    pack = _codec.Packer()
    spec = json.loads(json.dumps(_codec.encode(value, pack)))
    return _codec.decode(spec, pack), spec


def test_codec_plain_tables_and_days_in_bulk_round_trip_exactly():
    table = {"a": "GOV", "b": None, "c": 3, "d": True, "e": 2**70}
    back, spec = _round_trip(table)
    assert spec["t"] == "pdict"
    assert back == table and [type(v) for v in back.values()] == [type(v) for v in table.values()]
    days = np.array([dt.date(1, 1, 1), None, dt.date(9999, 12, 31), dt.date(2020, 2, 29)])
    back, spec = _round_trip(days)
    assert spec["c"]["t"] == "days"
    assert list(back) == list(days) and [type(v) for v in back] == [type(v) for v in days]


@pytest.mark.parametrize(
    "spec",
    [
        {"t": "pdict", "k": ["a", "b"], "v": ["x"]},
        {"t": "pdict", "k": ["a", 1], "v": ["x", "y"]},
        {"t": "pdict", "k": ["a"], "v": [{"t": "dc", "cls": "os.system", "v": {}}]},
        {"t": "pdict", "k": "ab", "v": "xy"},
    ],
    ids=["lengths", "key", "value", "not-lists"],
)
def test_codec_damaged_plain_tables_are_refused(spec):
    with pytest.raises(_codec.Damaged):
        _codec.decode(spec, _codec.Packer())


@pytest.mark.parametrize(
    "days",
    [
        np.array([10**7], dtype="datetime64[D]"),  # past 9999-12-31: numpy would give a number
        np.array([-(10**6)], dtype="datetime64[D]"),  # before 0001-01-01
        np.array([1, 2], dtype="datetime64[s]"),
        np.array([1, 2], dtype=np.int64),
    ],
    ids=["late", "early", "seconds", "numbers"],
)
def test_codec_damaged_days_are_refused(days):
    spec = {"t": "ndobj", "c": {"t": "days", "a": "a0"}}
    with pytest.raises(_codec.Damaged):
        _codec.decode(spec, _codec.Packer({"a0": days}))


def _text_spec(data: bytes, offsets, missing) -> tuple[dict, _codec.Packer]:
    pack = _codec.Packer(
        {
            "a0": np.frombuffer(data, dtype=np.uint8),
            "a1": np.asarray(offsets, dtype=np.int64),
            "a2": np.asarray(missing, dtype=bool),
        }
    )
    col = {"name": "s", "t": "string", "storage": "pyarrow", "na": "nan"}
    col["utf8"] = {"d": "a0", "o": "a1", "m": "a2"}
    return {
        "t": "frame",
        "range": [0, len(missing), 1],
        "columns": [col],
        "geo": None,
        "crs": None,
        "attrs": {"t": "dict", "v": {}},
    }, pack


def test_codec_arrow_text_round_trips_and_damaged_text_is_refused():
    df = pd.DataFrame({"s": pd.array(["Ḥims", None, "", "a,b"], dtype="str")})
    back, spec = _round_trip(df)
    assert "utf8" in spec["columns"][0]
    pd.testing.assert_frame_equal(back, df, check_exact=True)
    spec, pack = _text_spec(b"abc", [0, 1, 3], [False, False])
    assert list(_codec.decode(spec, pack)["s"]) == ["a", "bc"]
    for data, offsets, missing in (
        (b"abc", [0, 1, 4], [False, False]),  # past the bytes
        (b"abc", [0, 2, 1, 3], [False, False, False]),  # out of order
        (b"\xff\xfe", [0, 2], [False]),  # not UTF-8
        (b"ab", [0, 2], [False, False]),  # offsets and rows differ
    ):
        spec, pack = _text_spec(data, offsets, missing)
        with pytest.raises(_codec.Damaged):
            _codec.decode(spec, pack)
