"""Ids and names that a CSV library would read as missing ("NA", "NULL", "nan", ...) are text.

pandas and pyarrow read ``NA``, ``N/A``, ``NULL``, ``nan``, ``None`` and ``#N/A`` as missing
values by default; an actor id ``NA`` (a Nigerian Army, say) or a place named ``Nan`` must load
as written, and its events must be applied, never dropped or turned into "missing" errors.
"""

import csv
import shutil
from pathlib import Path

import pytest

from geomap.inputs import load_inputs

DATA = Path(__file__).parents[1] / "data"
#: the ones that are also valid actor ids (letters, digits, ``_``)
WORDS = ["NA", "NULL", "nan", "None", "null", "NaN", "n_a"]
#: and valid place ids (lower-case letters, digits, ``-``, ``_``)
PLACE_WORDS = ["na", "null", "nan", "none", "n-a", "n_a"]


def _rewrite(path: Path, old: str, new: str) -> None:
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    rows = [[new if cell == old else cell for cell in row] for row in rows]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)


@pytest.mark.parametrize("word", WORDS)
def test_an_actor_id_that_reads_as_missing_is_kept(tmp_path, word):
    folder = tmp_path / "t"
    shutil.copytree(DATA / "tiny", folder)
    for name in ("actors.csv", "control.csv", "events.csv", "claims.csv"):
        _rewrite(folder / name, "RED", word)
    inputs = load_inputs(folder, strict=False)
    errors = [p for p in inputs.problems if p.severity == "error"]
    assert errors == []
    assert word in set(inputs.actors["id"])
    assert (inputs.events["to_actor"] == word).sum() == 3
    assert (inputs.control["actor"] == word).sum() == 2


@pytest.mark.parametrize("word", PLACE_WORDS)
def test_a_place_id_that_reads_as_missing_is_kept(tmp_path, word):
    folder = tmp_path / "t"
    shutil.copytree(DATA / "tiny", folder)
    for name in ("places.csv", "control.csv"):
        _rewrite(folder / name, "arak", word)
    inputs = load_inputs(folder, strict=False)
    assert [p for p in inputs.problems if p.severity == "error"] == []
    assert word in set(inputs.places["id"])
    assert (inputs.control["place"] == word).sum() == 1
