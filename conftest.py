"""Settings for every pytest item: tests, notebooks (nbmake) and doctests alike."""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest


def pytest_configure(config: pytest.Config) -> None:
    """A derivation cache folder (geomap.cache) for the whole run, set before any item.

    Notebooks and doctests take no fixtures and notebook kernels inherit the environment:
    nothing a test run starts writes to ~/.cache.  tests/conftest.py gives each test its own.
    """
    if "GEOMAP_CACHE_DIR" not in os.environ:
        folder = tempfile.mkdtemp(prefix="geomap-test-cache-")
        os.environ["GEOMAP_CACHE_DIR"] = folder
        config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))
