"""One face: a SnapshotSeries has the Theatre's methods, so no caller needs ``hasattr``."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from snapshot_fixtures import AOI, FILL_RULE, PATTERN, daily_series

from geomap import load_theatre
from geomap.snapshots import SnapshotSeries, load_snapshots
from geomap.theatre import Theatre

TINY = Path(__file__).parents[1] / "data" / "tiny"
FACE = ("check", "control", "ledger", "claims", "event_ledger", "map", "timeline")


@pytest.fixture(scope="module")
def series(tmp_path_factory):
    folder = daily_series(tmp_path_factory.mktemp("face"), with_breakages=False)
    return load_snapshots(folder, pattern=PATTERN, actor_rule=FILL_RULE, aoi=AOI)


@pytest.fixture(scope="module")
def theatre():
    return load_theatre(TINY)


def _positional(sig: inspect.Signature) -> list[tuple[str, object]]:
    return [
        (p.name, p.default)
        for p in sig.parameters.values()
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    ]


@pytest.mark.parametrize("name", FACE)
def test_same_methods_and_signatures(name):
    mine = inspect.signature(getattr(SnapshotSeries, name))
    theirs = inspect.signature(getattr(Theatre, name))
    # the same positional parameters with the same defaults; extra keyword options allowed
    assert _positional(mine) == _positional(theirs)
    for p in theirs.parameters.values():
        if p.kind == p.KEYWORD_ONLY:
            assert p.name in mine.parameters
        if p.kind == p.VAR_KEYWORD:
            assert any(q.kind == q.VAR_KEYWORD for q in mine.parameters.values())


def test_claims_and_event_ledger_are_empty_with_the_theatres_columns(series, theatre):
    for name in ("claims", "event_ledger"):
        mine, theirs = getattr(series, name)(), getattr(theatre, name)()
        assert mine.empty
        assert list(mine.columns) == list(theirs.columns), name
        assert mine.attrs["assumptions"] is series.assumptions


def test_check_and_ledger_answer_like_a_theatre(series, theatre):
    for th in (series, theatre):
        assert isinstance(th.check(), list)
    assert list(series.ledger(by="week").columns) == list(theatre.ledger(by="week").columns)
    # the map-source columns (a Theatre adds the actor's name and colour)
    assert {"actor", "geometry", "area_km2"} == set(series.control(series.dates[-1]).columns)
    assert {"actor", "geometry", "area_km2"} <= set(
        theatre.control(theatre.map_dates()[-1]).columns
    )


def test_public_read_surface(series):
    assert series.files == list(series.snapshots[series.snapshots["kept"]]["file"])
    files = series.files
    files.append("x")  # a copy: the series is not changed
    assert len(series.files) == len(series.dates)
