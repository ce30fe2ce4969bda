"""Model v2 settings: confidence carried into the ledger, the contested band, enclosure."""

from pathlib import Path

import numpy as np
import pytest

from geomap.errors import InputError
from geomap.inputs.events import CONFIDENCE
from geomap.theatre import load_theatre

DATA = Path(__file__).parent / "data"
SPLIT = [f"gained_{c}_km2" for c in CONFIDENCE]


@pytest.fixture(scope="module")
def tiny():
    return load_theatre(DATA / "tiny")


def test_gains_split_by_confidence(tiny):
    led = tiny.ledger(by="total").set_index("actor")
    # the split adds up to the gain, per actor
    np.testing.assert_allclose(led[SPLIT].sum(axis=1), led["gained_km2"], atol=1e-6)
    ev = tiny.event_ledger().set_index("line")
    # RED: Khneifes (line 2, confirmed) + as-Sukhnah (line 4, confirmed), Araq (line 3, claimed)
    assert led.loc["RED", "gained_claimed_km2"] == pytest.approx(ev.loc[3, "area_km2"], rel=1e-9)
    assert led.loc["RED", "gained_confirmed_km2"] == pytest.approx(
        ev.loc[2, "area_km2"] + ev.loc[4, "area_km2"], rel=1e-9
    )
    # BLUE's only gain is the disputed counter-attack (line 5)
    assert led.loc["BLUE", "gained_disputed_km2"] == pytest.approx(ev.loc[5, "area_km2"], rel=1e-9)
    assert led.loc["BLUE", "gained_confirmed_km2"] == 0


@pytest.mark.parametrize("level", ["claimed", "confirmed"])
def test_confidence_recomputes_every_figure_and_rejects_the_rest(tiny, level):
    th = load_theatre(DATA / "tiny", confidence=level)
    kept = CONFIDENCE[: CONFIDENCE.index(level) + 1]
    ev = th.event_ledger()
    low = ~ev["confidence"].isin(kept)
    assert low.any()
    assert (ev.loc[low, "status"] == "rejected").all()
    assert ev.loc[low, "reason"].str.contains(f"below the least counted, '{level}'").all()
    assert (ev.loc[low, "area_km2"] == 0).all()
    assert len(ev) == len(tiny.event_ledger())  # never dropped
    led = th.ledger(by="total").set_index("actor")
    for c in CONFIDENCE:
        if c not in kept:
            assert (led[f"gained_{c}_km2"] == 0).all()
    # BLUE never gets as-Sukhnah back without the disputed event: no gain, less held
    assert led.loc["BLUE", "gained_km2"] == 0
    all_led = tiny.ledger(by="total").set_index("actor")
    assert led.loc["BLUE", "held_km2"] < all_led.loc["BLUE", "held_km2"] + 1e-9
    assert led.loc["RED", "held_km2"] > all_led.loc["RED", "held_km2"] - 1e-9
    assert led["held_km2"].sum() == pytest.approx(tiny.ledger(by="total")["held_km2"].sum())
    assert th.assumptions["events counted"].startswith(", ".join(kept))
    assert "events counted" not in tiny.assumptions  # default unchanged


def test_bad_confidence_is_a_clear_error():
    with pytest.raises(InputError, match="confirmed, claimed, disputed"):
        load_theatre(DATA / "tiny", confidence="sure")


def test_cli_gains_confidence(capsys):
    from geomap.cli import main

    assert (
        main(
            [
                "gains",
                str(DATA / "tiny"),
                "--by",
                "total",
                "--confidence",
                "confirmed",
                "--format",
                "json",
            ]
        )
        == 0
    )
    import json

    out = json.loads(capsys.readouterr().out)
    assert "events counted" in out["assumptions"]
    rejected = [e for e in out["events"] if e["status"] == "rejected"]
    assert {e["confidence"] for e in rejected} == {"claimed", "disputed"}
    red = next(r for r in out["ledger"] if r["actor"] == "RED")
    assert red["gained_claimed_km2"] == 0 and red["gained_confirmed_km2"] > 0
