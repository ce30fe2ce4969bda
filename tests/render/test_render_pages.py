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
