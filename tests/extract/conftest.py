"""Fixtures shared by the extraction tests."""

from pathlib import Path

import pytest
from sentences import THEATRE

from geomap.inputs import load_inputs


@pytest.fixture(scope="module")
def theatre():
    """The test theatre's inputs, loaded once per test module."""
    return load_inputs(THEATRE)


#: Two more small theatres in conflicts no benchmark set uses for its drafts: Karabakh 2020
#: (two sides) and Cote d'Ivoire 2011 (three).
NK = Path(__file__).parent / "data" / "nk20"
CIV = Path(__file__).parent / "data" / "civ11"


@pytest.fixture(scope="module")
def nk():
    """The Karabakh 2020 fixture's inputs, loaded once per test module."""
    return load_inputs(NK)


@pytest.fixture(scope="module")
def civ():
    """The Cote d'Ivoire 2011 fixture's inputs, loaded once per test module."""
    return load_inputs(CIV)
