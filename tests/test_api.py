import subprocess
import sys

import geomap


def test_public_api():
    for name in geomap.__all__:
        assert hasattr(geomap, name)
    assert issubclass(geomap.InputError, ValueError)
    assert issubclass(geomap.InputError, geomap.GeomapError)


def test_import_geomap_does_not_import_folium():
    code = "import sys, geomap; bad = [m for m in ('folium', 'branca', 'jinja2') if m in sys.modules]; print(bad); sys.exit(1 if bad else 0)"
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


def test_import_has_no_side_effects():
    # our dependencies add warning filters of their own (numpy's); geomap adds none
    deps = "import warnings, numpy, pandas, geopandas, shapely, pyproj, pyogrio"
    code = f"{deps}, geomap; print(warnings.filters)"
    base = subprocess.run(
        [sys.executable, "-c", f"{deps}; print(warnings.filters)"], capture_output=True, text=True
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert res.stdout == base.stdout
    assert res.stderr == ""
