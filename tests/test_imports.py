"""Cold start: a command imports only what it uses (issue 15).

One fresh interpreter (imports are per process) answers every question below.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]

_PROBE = r"""
import json, sys
import geomap.cli
after_cli = sorted(m for m in sys.modules)
import geomap.calibrate.report   # the subpackage first: geomap.calibrate stays the function
import geomap
from geomap import extract, load_theatre, SnapshotSeries
print(json.dumps({
    "after_cli": after_cli,
    "calibrate_is_function": callable(geomap.calibrate) and not hasattr(geomap.calibrate, "__path__"),
    "extract_is_function": callable(extract) and extract is geomap.extract,
    "names": [n for n in geomap.__all__ if not hasattr(geomap, n)],
    "dir": sorted(set(geomap.__all__) - set(dir(geomap))),
}))
"""


def test_the_command_line_imports_only_what_a_command_needs():
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, cwd=ROOT, check=True
    )
    got = json.loads(proc.stdout)
    loaded = set(got["after_cli"])
    for heavy in (
        "folium",
        "branca",
        "jinja2",
        "pyogrio",
        "geomap.extract",
        "geomap.calibrate",
        "geomap.snapshots",
        "geomap.render",
        # nor the data stack: `geomap --help` and the argument checks need none of it
        "pandas",
        "geopandas",
        "pyarrow",
        "shapely",
        "pyproj",
        "numpy",
        "geomap.cache",
        "geomap.theatre",
    ):
        assert heavy not in loaded, f"import geomap.cli imports {heavy}"
    assert got["calibrate_is_function"] and got["extract_is_function"]
    assert got["names"] == [] and got["dir"] == []
