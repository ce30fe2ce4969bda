"""Fixtures shared by the extraction tests."""

import pytest
from sentences import THEATRE

from geomap.inputs import load_inputs


@pytest.fixture(scope="module")
def theatre():
    """The test theatre's inputs, loaded once per test module."""
    return load_inputs(THEATRE)
