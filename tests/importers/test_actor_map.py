"""ACLED actor names onto theatre actors: --actor-map, suggested maps, bad maps."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from geomap.cli import main
from geomap.errors import InputError
from geomap.importers.acled import UnknownActorsError, read_acled
from geomap.importers.actor_map import read_actor_map
from geomap.inputs import load_inputs

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "acled_sample.csv"
DEMO = Path("layers/syria-2017")
GOOD_MAP = """acled_actor,actor,match,note
Military Forces of Syria (2017-),GOV,,
NDF: National Defence Forces,Syrian army,,an alias of GOV in actors.csv
Islamic State.*,IS,regex,every IS branch
SDF: Syrian Democratic Forces,SDF,exact,
"""


@pytest.fixture(scope="module")
def demo():
    return load_inputs(DEMO, strict=False)


def _read(demo, amap=None):
    return read_acled(
        SAMPLE,
        places=demo.places,
        place_index=demo.place_index,
        actor_index=demo.actor_index,
        actor_map=amap,
    )


def test_unknown_names_give_a_suggested_map(demo):
    with pytest.raises(UnknownActorsError) as err:
        _read(demo)
    sug = err.value.suggested_map
    assert sug.columns.tolist() == ["acled_actor", "actor", "match", "rows", "nearest", "note"]
    rows = dict(zip(sug["acled_actor"], sug["rows"], strict=True))
    assert rows["Islamic State (Syria)"] == 5 and rows["Military Forces of Syria (2017-)"] == 3
    assert (sug["actor"] == "").all()  # never guessed
    near = dict(zip(sug["acled_actor"], sug["nearest"], strict=True))
    assert near["Islamic State (Syria)"].startswith("IS (Islamic State)")
    assert "the theatre's actors: GOV, IS" in near["Military Forces of Syria (2017-)"]
    assert sug["rows"].is_monotonic_decreasing


def test_map_resolves_exact_alias_and_regex(demo, tmp_path):
    path = tmp_path / "map.csv"
    path.write_text(GOOD_MAP, encoding="utf-8")
    res = _read(demo, read_actor_map(path, demo.actor_index))
    assert len(res.events) == 6
    assert set(res.events["to_actor"]) == {"GOV", "IS", "SDF"}
    assert "GOV" in set(res.events["from_actor"])
    # 'Civilians (Syria)' (an actor2) stays unknown: a warning and a map to fill in
    assert res.suggested_map["acled_actor"].tolist() == ["Civilians (Syria)"]


def test_cli_writes_the_suggestion_then_uses_the_filled_map(tmp_path, capsys):
    out = tmp_path / "drafts.csv"
    argv = ["import-acled", str(SAMPLE), "--theatre", str(DEMO), "--out", str(out)]
    assert main(argv) == 1
    err = capsys.readouterr().err
    suggested = tmp_path / "drafts_actor_map.csv"
    assert f"rerun with --actor-map {suggested}" in err and "actor1" in err
    assert not out.exists()
    sug = pd.read_csv(suggested, keep_default_na=False)
    fill = {"Military Forces of Syria (2017-)": "GOV", "NDF: National Defence Forces": "GOV"}
    fill |= {"Islamic State (Syria)": "IS", "SDF: Syrian Democratic Forces": "SDF"}
    fill |= {"Civilians (Syria)": ""}
    sug["actor"] = sug["acled_actor"].map(fill)
    sug[sug["actor"] != ""].to_csv(suggested, index=False)
    assert main([*argv, "--actor-map", str(suggested)]) == 0
    assert "wrote 6 draft event(s)" in capsys.readouterr().out
    assert set(pd.read_csv(out)["to_actor"]) == {"GOV", "IS", "SDF"}


@pytest.mark.parametrize(
    "body, where, text",
    [
        ("Islamic State (Syria),DAESH-X,,\n", ":2: actor", "unknown actor 'DAESH-X'"),
        ("Islamic State (Syria),,,\n", ":2: actor", "no theatre actor for 'Islamic State (Syria)'"),
        ("Islamic State (,IS,regex,\n", ":2: acled_actor", "bad regular expression"),
        ("Islamic State,IS,fuzzy,\n", ":2: match", "'fuzzy' is not exact or regex"),
        ("A,IS,,\na,GOV,,\n", ":3: acled_actor", "mapped twice (first on line 2)"),
        (",IS,,\n", ":2: acled_actor", "empty"),
    ],
)
def test_bad_map_names_line_and_field(demo, tmp_path, body, where, text):
    path = tmp_path / "map.csv"
    path.write_text("acled_actor,actor,match,note\n" + body, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_actor_map(path, demo.actor_index)
    assert any(f"{path}{where}" in str(p) and text in str(p) for p in err.value.problems), [
        str(p) for p in err.value.problems
    ]


def test_map_missing_a_column(demo, tmp_path):
    path = tmp_path / "map.csv"
    path.write_text("acled_actor,match\nX,exact\n", encoding="utf-8")
    with pytest.raises(InputError, match="actor"):
        read_actor_map(path, demo.actor_index)
