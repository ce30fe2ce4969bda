"""What the path, stream and exit-code cases of the junk corpus share: a tiny theatre to break."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

TINY = Path(__file__).parents[1] / "data" / "tiny"

#: A box around the tiny theatre's places (the area of interest of an ``[aoi] path``).
AOI_BOX = [[35.0, 32.5], [42.0, 32.5], [42.0, 37.5], [35.0, 37.5], [35.0, 32.5]]


def tiny_copy(tmp_path: Path, name: str = "t") -> Path:
    """A copy of ``tests/data/tiny`` to break one thing in."""
    return Path(shutil.copytree(TINY, tmp_path / name))


def aoi_file(path: Path) -> Path:
    """A GeoJSON area of interest at ``path``."""
    path.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {},
                        "geometry": {"type": "Polygon", "coordinates": [AOI_BOX]},
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    return path


def use_aoi_path(theatre: Path, rel: str) -> None:
    """Point the theatre's ``[aoi]`` at ``rel`` instead of the country outlines."""
    toml = theatre / "theatre.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text.replace('countries = ["SYR"]', f'path = "{rel}"'), encoding="utf-8")


def loop(path: Path) -> Path:
    """Make ``path`` a symbolic link to itself (ELOOP when opened)."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)
    path.symlink_to(path.name)
    return path


def assert_one_clean_error(err: str, *names: str) -> None:
    """stderr is a ``geomap: error`` naming every one of ``names``, and no traceback."""
    assert "Traceback" not in err
    assert err.startswith("geomap: error"), err
    for name in names:
        assert name in err, (name, err)
