"""Fixtures shared by every test folder (each folder's own conftest.py adds its own)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

TESTS = Path(__file__).parent


@pytest.fixture(autouse=True)
def _cache_dir(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every test gets its own derivation cache folder (geomap.cache): none writes to ~/.cache."""
    folder = tmp_path_factory.mktemp("geomap-cache")
    monkeypatch.setenv("GEOMAP_CACHE_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """``tests/data``: the tiny, three and broken theatres."""
    return TESTS / "data"


@pytest.fixture(scope="session")
def layers_dir() -> Path:
    """``layers/``: the theatres shipped in the repository (syria-2017)."""
    return TESTS.parent / "layers"


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """Run ``geomap ARGS...`` in-process: ``(exit code, stdout, stderr)``."""
    from geomap.cli import main

    def run(*argv: object) -> tuple[int, str, str]:
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def two_snapshots(tmp_path: Path) -> Path:
    """A snapshot theatre: two dated GeoJSON files of one actor, an area of interest, theatre.toml.

    On 2024-01-02 the actor holds a 0.1° square; on 2024-01-03 a 0.2° × 0.1° rectangle.
    """

    def collection(*boxes: tuple[float, float, float, float]) -> str:
        feats = [
            {
                "type": "Feature",
                "properties": {"side": "red"},
                "geometry": {
                    "type": "Polygon",
                    "coordinates": [[(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]],
                },
            }
            for x0, y0, x1, y1 in boxes
        ]
        return json.dumps({"type": "FeatureCollection", "features": feats})

    snaps = tmp_path / "snaps"
    snaps.mkdir()
    (snaps / "snap_2024-01-02.geojson").write_text(collection((30, 50, 30.1, 50.1)))
    (snaps / "snap_2024-01-03.geojson").write_text(collection((30, 50, 30.2, 50.1)))
    (tmp_path / "aoi.geojson").write_text(collection((29, 49, 32, 52)))
    (tmp_path / "theatre.toml").write_text(
        '[theatre]\nname = "two"\ntitle = "Two snapshots"\n[aoi]\npath = "aoi.geojson"\n'
        '[snapshots]\nfolder = "snaps"\npattern = "snap_{date:%Y-%m-%d}.geojson"\n'
        '[snapshots.actors]\nby = "property"\nproperty = "side"\nmap = { red = "red" }\n',
        encoding="utf-8",
    )
    return tmp_path


@pytest.fixture
def sinai(tmp_path: Path) -> Path:
    """A copy of the North Sinai test theatre (tests/extract/data/sin15) with one event of its
    own: the militants (SP) took Rafah from the army (EGY) on 2015-07-05."""
    import shutil

    from common import EVENTS_HEADER

    folder = tmp_path / "sin15"
    shutil.copytree(TESTS / "extract" / "data" / "sin15", folder)
    (folder / "events.csv").write_text(
        EVENTS_HEADER + "\n2015-07-05,rafah,,SP,EGY,claimed,,Wire,,seen by residents\n",
        encoding="utf-8",
    )
    return folder
