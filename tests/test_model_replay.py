"""The model replay (``model.apply_events``, one numpy pass) against an event-by-event walk."""

import numpy as np
import pandas as pd
import pytest

from geomap.errors import Problem
from geomap.model import apply_events

CONF = ["confirmed", "claimed", "disputed"]
RANK = {c: i for i, c in enumerate(CONF)}


def _walk(events, initial, inside, outside, min_conf):
    """The rules, one event at a time: the reference the numpy pass must equal."""
    cut = RANK[min_conf] if min_conf else len(CONF)
    state, since = dict(initial), dict.fromkeys(initial, "the snapshot")
    rows, problems = [], []
    for r in events.itertuples(index=False):
        place = r.place if isinstance(r.place, str) else None
        tgt = f"place:{place}" if place is not None else f"drawn:{r.seq}"
        prev = state.get(place) if place is not None else None
        if RANK.get(r.confidence, 0) > cut:
            why = f"confidence {r.confidence!r} is below the least counted, {min_conf!r} (confidence setting): not applied"
            rows.append(("rejected", why, prev, tgt))
            continue
        if place is None:
            if r.seq in outside:
                msg = "the drawn area lies wholly outside the area of interest"
                rows.append(("rejected", msg, None, tgt))
                problems.append(
                    Problem(
                        "ev.csv",
                        r.line,
                        "geometry",
                        f"{msg}: event rejected",
                        "check the coordinates (lon lat order, EPSG:4326)",
                        "warning",
                    )
                )
            else:
                rows.append(("applied", "", None, tgt))
            continue
        said = r.from_actor if isinstance(r.from_actor, str) and r.from_actor else None
        notes = []
        if said and prev is not None and said != prev:
            notes.append(
                f"from_actor {said!r} but {place!r} was held by {prev!r} (per {since[place]})"
            )
            problems.append(
                Problem(
                    "ev.csv",
                    r.line,
                    "from_actor",
                    notes[-1],
                    "applied anyway; check the sources for who held it",
                    "warning",
                )
            )
        elif said and prev is None:
            notes.append(f"holder before unknown; source says {said!r}")
        if prev == r.to_actor:
            notes.append(f"already held by {r.to_actor!r}: no change")
        if place not in inside:
            notes.append("outside the area of interest: holder updated, no territory")
        state[place], since[place] = r.to_actor, f"line {r.line}"
        rows.append(("applied", "; ".join(notes), prev, tgt))
    return rows, problems


def _events(rng, n, n_places):
    places = np.array([f"p{i}" for i in range(n_places)], dtype=object)
    drawn = rng.random(n) < 0.1
    place = np.where(drawn, None, places[rng.integers(0, n_places, n)])
    actors = np.array(["A", "B", "C"], dtype=object)
    said = np.where(rng.random(n) < 0.3, "", actors[rng.integers(0, 3, n)])
    said = np.where(rng.random(n) < 0.1, None, said)
    return pd.DataFrame(
        {
            "seq": np.arange(n),
            "line": np.arange(n) + 2,
            "place": pd.array(place, dtype="str"),
            "to_actor": actors[rng.integers(0, 3, n)],
            "from_actor": said,
            "confidence": np.array(CONF + ["unknown"], dtype=object)[rng.integers(0, 4, n)],
        }
    )


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("min_conf", [None, "confirmed", "claimed"])
def test_numpy_replay_equals_the_walk(seed, min_conf):
    rng = np.random.default_rng(seed)
    n, n_places = [0, 1, 40, 300, 2000, 5000][seed], 1 + seed * 7
    events = _events(rng, n, n_places)
    initial = {f"p{i}": "ABC"[i % 3] for i in range(n_places) if rng.random() < 0.7}
    inside = {f"p{i}" for i in range(n_places) if rng.random() < 0.8}
    outside = {int(s) for s in events["seq"] if rng.random() < 0.3}
    hist = apply_events(
        events,
        initial,
        places_inside=inside,
        drawn_outside=outside,
        file="ev.csv",
        min_confidence=min_conf,
    )
    rows, problems = _walk(events, initial, inside, outside, min_conf)
    got = list(
        zip(
            hist.events["status"],
            hist.events["reason"],
            [p if isinstance(p, str) else None for p in hist.events["prev_actor"]],
            hist.events["target"],
            strict=True,
        )
    )
    assert got == rows
    assert hist.problems == problems
    assert list(hist.events.columns[: len(events.columns)]) == list(events.columns)
    if n >= 300:  # every kind of outcome is exercised
        reasons = " ".join(hist.events["reason"])
        for part in (
            "was held by",
            "(per line",
            "(per the snapshot)",
            "unknown; source",
            "already held",
            "outside the area",
            "below the least",
        ):
            if part == "below the least" and min_conf is None:
                continue
            assert part in reasons, part


def test_missing_confidence_column_counts_every_event():
    events = pd.DataFrame(
        {
            "seq": [0, 1],
            "line": [2, 3],
            "place": ["a", "a"],
            "to_actor": ["X", "Y"],
            "from_actor": ["", "Z"],
        }
    )
    hist = apply_events(events, {"a": "Y"}, places_inside={"a"})
    assert list(hist.events["status"]) == ["applied", "applied"]
    assert list(hist.events["prev_actor"]) == ["Y", "X"]
    assert hist.problems[0].message == "from_actor 'Z' but 'a' was held by 'X' (per line 2)"


@pytest.mark.parametrize(
    ("initial", "places"),
    [
        ({"a": "Y", "b": "Z"}, ["a", "b"]),  # every holder before known
        ({"a": "Y"}, ["a", "b"]),  # one unknown
        ({}, ["a", "b"]),  # none known: a column of None, as pandas makes it
        ({}, []),
    ],
)
def test_prev_actor_is_the_column_pandas_makes_of_the_holders(initial, places):
    events = pd.DataFrame(
        {
            "seq": range(len(places)),
            "line": [k + 2 for k in range(len(places))],
            "place": pd.array(places, dtype="str"),
            "to_actor": ["X"] * len(places),
            "from_actor": [""] * len(places),
        }
    )
    hist = apply_events(events, initial, places_inside=set(places))
    want = pd.DataFrame({"p": [initial.get(p) for p in places]})["p"]
    pd.testing.assert_series_equal(
        hist.events["prev_actor"].reset_index(drop=True), want, check_names=False, check_exact=True
    )
