"""Writing pages fast: the batch encoder, stable pages, the process pool (``jobs``)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import shapely
from fake_source import tiny_source
from render_helpers import decode_geometry

from geomap.errors import InputError

TINY = Path(__file__).resolve().parents[1] / "data" / "tiny"


def test_batch_encoder_matches_one_at_a_time():
    from geomap.render._geometry import encode_geometries, encode_geometry

    rng = np.random.default_rng(3)
    cells = shapely.get_parts(
        shapely.voronoi_polygons(shapely.multipoints(rng.uniform(0, 5, (60, 2))))
    )
    cells = shapely.clip_by_rect(cells, 0, 0, 5, 5)
    geoms = [shapely.union_all(cells[i : i + 4]) for i in range(0, 60, 4)]
    holed = shapely.box(10, 10, 12, 12).difference(shapely.box(10.5, 10.5, 11, 11))
    geoms += [None, shapely.Polygon(), holed, shapely.LineString([(0, 0), (1, 1)])]
    for decimals in (2, 4):
        batch = encode_geometries(geoms, decimals)
        assert batch == [encode_geometry(g, decimals) for g in geoms]
        assert batch[-4] is None and batch[-3] is None and batch[-1] is None
        assert len(batch[-2][0]) == 2  # exterior and hole


def test_a_collapsed_polygon_does_not_shift_the_next_one():
    from geomap.render._geometry import encode_geometry

    sliver = shapely.box(5.0, 5.0, 5.001, 5.001)  # collapses at 2 decimals
    geom = shapely.MultiPolygon([shapely.box(0, 0, 1, 1), sliver, shapely.box(3, 3, 4, 4)])
    decoded = decode_geometry(encode_geometry(geom, 2), 2)
    assert len(decoded) == 2
    (last,) = decoded[1]
    assert sorted(last) == [(3.0, 3.0), (3.0, 4.0), (4.0, 3.0), (4.0, 4.0)]


def _folder(path) -> dict[str, bytes]:
    return {
        str(p.relative_to(path)): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()
    }


def test_pages_are_the_same_whatever_the_number_of_processes(tmp_path, monkeypatch):
    from geomap.render import _write, write_maps

    monkeypatch.setattr(_write, "_BATCH", 1)  # one page per task, spread over the workers
    src = tiny_source()  # the tiny fake source: the real tiny theatre's basemap takes seconds
    write_maps(src, tmp_path / "one", jobs=1)
    write_maps(src, tmp_path / "three", jobs=3)
    one, three = _folder(tmp_path / "one"), _folder(tmp_path / "three")
    assert len([n for n in one if n[:4].isdigit()]) >= 3
    assert one.keys() == three.keys()
    # two runs: random element ids (branca's default) would differ on every page
    assert [name for name in one if one[name] != three[name]] == []


def test_the_early_process_needs_no_page_module():
    """write_maps forks the process asking for the front and the events before the page
    modules are imported: what it runs imports neither folium, branca nor jinja2."""
    import subprocess
    import sys

    code = (
        "import sys, geomap.render._write, geomap.render._prep; "
        "print(sorted(m for m in ('folium', 'branca', 'jinja2') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_cli_jobs_option(capsys):
    from geomap.cli import build_parser

    args = build_parser().parse_args(["maps", str(TINY), "--out", "x", "--jobs", "2"])
    assert args.jobs == 2
    with pytest.raises(SystemExit):
        build_parser().parse_args(["maps", str(TINY), "--out", "x", "--jobs", "0"])
    assert "--jobs: '0': give a whole number" in capsys.readouterr().err


@pytest.mark.parametrize("jobs", [0, -2, 1.5, "2"])
def test_bad_jobs(source, tmp_path, jobs):
    from geomap.render import write_maps

    with pytest.raises(InputError, match="jobs="):
        write_maps(source, tmp_path, jobs=jobs)


def _files(path: Path) -> list[str]:
    return sorted(str(p.relative_to(path)) for p in path.rglob("*") if p.is_file())


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failed_run_changes_no_file(tmp_path, monkeypatch, jobs):
    """Every file of a run is staged and moved into place only once all are written."""
    from geomap.render import _write, write_maps

    src = tiny_source()
    out = tmp_path / "maps"
    write_maps(src, out, jobs=jobs)
    before = {name: (out / name).read_bytes() for name in _files(out)}
    (out / "index.html").write_text("the old index", encoding="utf-8")
    before["index.html"] = b"the old index"

    def broken(*args, **kwargs):
        raise RuntimeError("the index broke")

    monkeypatch.setattr(_write, "index_html", broken)  # forked workers inherit it
    src.title = "another title"  # every page would change
    with pytest.raises(RuntimeError, match="the index broke"):
        write_maps(src, out, jobs=jobs)
    assert {name: (out / name).read_bytes() for name in _files(out)} == before
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []  # no staging left


def test_staged_files_move_only_at_the_end(tmp_path):
    from geomap import paths
    from geomap.errors import PathError

    out = tmp_path / "out"
    (out / "sub").mkdir(parents=True)
    with paths.staged(out):
        paths.write_text(out / "a.txt", "a")
        paths.write_bytes(out / "sub" / "b.bin", b"b")
        paths.write_text(tmp_path / "elsewhere.txt", "not staged")  # outside: written at once
        assert not (out / "a.txt").exists() and (tmp_path / "elsewhere.txt").exists()
    assert _files(out) == ["a.txt", "sub/b.bin"]
    assert (out / "sub" / "b.bin").read_bytes() == b"b"
    # a link put in the way while staged is refused when the files are moved, and nothing moves
    elsewhere = tmp_path / "target.txt"
    elsewhere.write_text("user data", encoding="utf-8")
    with pytest.raises(PathError, match="symbolic link"), paths.staged(out):
        paths.write_text(out / "c.txt", "c")
        (out / "c.txt").symlink_to(elsewhere)
    assert elsewhere.read_text(encoding="utf-8") == "user data"
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []


def test_simplify_groups_is_simplify_for_display_per_group():
    from geomap.render._geometry import simplify_for_display, simplify_groups

    rng = np.random.default_rng(5)
    geoms = [shapely.Point(rng.random(2)).buffer(rng.random() / 5, 16) for _ in range(9)]
    bowtie = shapely.Polygon([(0, 0), (1, 1), (1, 0), (0, 1)])  # invalid: its group made valid
    geoms += [bowtie, None, shapely.Polygon()]
    group = np.array([0, 0, 1, 1, 1, 2, 2, 3, 3, 2, 1, 3])
    got = simplify_groups(np.array(geoms, dtype=object), group, 0.01)
    for g in np.unique(group):
        sel = np.flatnonzero(group == g)
        want = simplify_for_display(np.array(geoms, dtype=object)[sel], 0.01)
        assert [x is None or x.wkb for x in got[sel]] == [x is None or x.wkb for x in want]


def test_day_indices_are_day_index_of_each_value():
    import datetime as dt

    import pandas as pd

    from geomap.render._prep import _day_index, day_indices

    raw = ["1969-12-31 23:59:59.5", "2020-01-05 13:00:00", None, "2019-01-01", "2031-01-01"]
    values = pd.Series(pd.to_datetime(raw, format="mixed"))
    objects = pd.Series([None, dt.date(2020, 1, 3), "2020-01-04", float("nan")], dtype=object)
    for col in (values, values.astype("datetime64[s]"), objects):
        for day0, n in ((dt.date(1969, 12, 1), 500), (dt.date(2020, 1, 1), 5)):
            want = [_day_index(v, day0, n, open_value=n + 1) for v in col]
            assert day_indices(col, day0, n, open_value=n + 1).tolist() == want
