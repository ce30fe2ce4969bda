"""A theatre's own reference areas (``[reference_areas]`` in theatre.toml): area claims
compared with a province or a county no country table holds ("less than half the size of
Nimba County", "80 percent of Marib governorate"), read with the theatre's figure and its
source, and merged into claims.csv, whose reading knows them too."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from geomap.drafts import claims_sibling, merge_drafts
from geomap.errors import InputError
from geomap.extract import extract
from geomap.inputs import load_inputs

NK = Path(__file__).parent / "data" / "nk20"
DATELINE = "BAKU, November 5, 2020 (Wire) — "
DECLARED = (
    "\n[reference_areas]\n"
    '"Nagorno-Karabakh Autonomous Oblast" = { km2 = 4400, source = "Soviet statistics, '
    '1989", aliases = ["Nagorno-Karabakh", "the former autonomous oblast"] }\n'
    '"Azerbaijan" = { km2 = 86575, source = "State Statistical Committee of Azerbaijan" }\n'
)


def _theatre(folder: Path, declared: bool) -> Path:
    shutil.copytree(NK, folder)
    if declared:
        with open(folder / "theatre.toml", "a", encoding="utf-8") as fh:
            fh.write(DECLARED)
    return folder


@pytest.fixture(scope="module")
def nk_declared(tmp_path_factory):
    return load_inputs(_theatre(tmp_path_factory.mktemp("ref") / "nk20", True))


@pytest.fixture(scope="module")
def nk_plain():
    return load_inputs(NK)


@pytest.mark.parametrize(
    ("sentence", "km2", "figure"),
    [
        (
            "Azerbaijani troops now control more than a third of Nagorno-Karabakh, the ministry "
            "said.",
            4400 / 3,
            "more than a third of Nagorno-Karabakh",
        ),
        (
            "The army has retaken an area almost half the size of the former autonomous oblast, "
            "the ministry said.",
            2200,
            "an area almost half the size of the former autonomous oblast",
        ),
        (
            "The army now holds 20 percent of the Nagorno-Karabakh Autonomous Oblast's "
            "territory, the ministry said.",
            880,
            "20 percent of the Nagorno-Karabakh Autonomous Oblast's territory",
        ),
        # a name the theatre declares that a country table also holds: the theatre's figure
        ("The army has retaken a tenth of Azerbaijan, the ministry said.", 8657.5, None),
    ],
)
def test_a_claim_compared_with_a_declared_area_uses_its_figure(nk_declared, sentence, km2, figure):
    ex = extract(DATELINE + sentence, nk_declared)
    (claim,) = ex.claim_drafts.itertuples()
    assert claim.value_km2 == pytest.approx(km2)
    if figure:
        assert claim.figure == figure
    assert "taken as" in claim.unit_note and "km² (" in claim.unit_note  # figure and source


@pytest.mark.parametrize(
    "sentence",
    [
        "Azerbaijani troops now control more than a third of Nagorno-Karabakh, the ministry said.",
        "The army has retaken an area almost half the size of the former autonomous oblast.",
    ],
)
def test_an_undeclared_region_is_no_claim(nk_plain, sentence):
    assert extract(DATELINE + sentence, nk_plain).claim_drafts.empty


@pytest.mark.parametrize(
    "sentence",
    [
        # a share of a declared area's people, oil or army is not an area
        "Azerbaijani troops now control a third of Nagorno-Karabakh's population.",
        "A third of Nagorno-Karabakh's forces have surrendered, the ministry said.",
    ],
)
def test_a_share_of_a_declared_areas_people_is_no_claim(nk_declared, sentence):
    assert extract(DATELINE + sentence, nk_declared).claim_drafts.empty


def test_a_claim_on_a_declared_area_merges_into_claims_csv(tmp_path):
    folder = _theatre(tmp_path / "nk20", True)
    ex = extract(
        DATELINE + "Azerbaijani troops took Hadrut on Tuesday and now control more than a third "
        "of Nagorno-Karabakh, the Azerbaijani Defence Ministry said.",
        load_inputs(folder),
    )
    drafts = tmp_path / "a.drafts.csv"
    rows = ex.rows.copy()
    rows["status"] = "reviewed"
    rows.to_csv(drafts, index=False)
    claims = ex.claim_drafts.copy()
    claims["status"] = "reviewed"
    claims["start"] = "2020-09-27"
    claims.to_csv(claims_sibling(drafts), index=False)
    merge_drafts(folder, drafts)
    merged = load_inputs(folder).claims
    assert merged["area_km2"].tolist() == pytest.approx([4400 / 3])
    assert "Soviet statistics, 1989" in merged["unit_note"].iloc[0]
    # the same claims.csv without the declaration is refused, naming the figure
    toml = (folder / "theatre.toml").read_text(encoding="utf-8").replace(DECLARED, "\n")
    (folder / "theatre.toml").write_text(toml, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_inputs(folder)
    assert any(p.field == "figure" for p in err.value.problems)
    assert pd.read_csv(folder / "claims.csv")["figure"].tolist() == [
        "more than a third of Nagorno-Karabakh"
    ]
