"""GeoNames dumps into places.csv: filters, ids, kinds, alternate names; junk input."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomap._csv import read_csv
from geomap.cli import main
from geomap.errors import InputError
from geomap.importers.geonames import read_geonames, write_places
from geomap.inputs import PLACE_COLUMNS
from geomap.names import NameIndex

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "SY_sample.txt"
ADMIN1 = DATA / "admin1CodesASCII_sample.txt"


def test_populated_places_of_one_country():
    places, problems = read_geonames(SAMPLE, country="SY")
    assert list(places["id"]) == ["al-qaryatayn", "arak", "arak-900002", "deir-ez-zor", "tadmur"]
    row = places.set_index("id").loc["deir-ez-zor"]
    assert row["kind"] == "city" and row["country"] == "SYR" and row["geonames_id"] == 170794
    assert row["alt_names"].split(";") == [
        "Dayr az Zawr",
        "Deir el-Zour",
        "Deir ez Zor",
        "دير الزور",
    ]
    assert row["admin1"] == "SY.07"
    assert row["note"] == "GeoNames feature P.PPLA; population 242565; admin1 code 07"
    assert row["source"] == "GeoNames 170794 (geonames.org, CC BY 4.0, modified 2023-01-01)"
    kinds = places.set_index("id")["kind"].to_dict()
    assert kinds == {
        "al-qaryatayn": "town",
        "arak": "village",
        "arak-900002": "village",
        "deir-ez-zor": "city",
        "tadmur": "town",
    }
    # the more populous Arak keeps the plain id; names holding ';' or URLs are dropped
    assert places.set_index("id").loc["al-qaryatayn", "alt_names"] == "Qaryatayn;القريتين"
    assert "http" not in places.set_index("id").loc["tadmur", "alt_names"]
    (summary,) = problems
    assert not summary.is_error and "1 other country, 3 other feature class/code" in summary.message


def test_filters_and_admin1_names():
    places, _ = read_geonames(
        SAMPLE, country="SYR", feature_classes=["P", "S"], admin1_codes=ADMIN1
    )
    kinds = places.set_index("id")["kind"]
    assert kinds["khunayfis-phosphate-mine"] == "mine"
    assert kinds["t-3-pumping-station"] == "area"
    assert places.set_index("id").loc["deir-ez-zor", "admin1"] == "Dayr az Zawr"
    only, _ = read_geonames(SAMPLE, country="SY", feature_codes=["PPLA"])
    assert list(only["id"]) == ["deir-ez-zor"]
    big, _ = read_geonames(SAMPLE, country="SY", min_population=10_000)
    assert list(big["id"]) == ["al-qaryatayn", "deir-ez-zor", "tadmur"]
    everything, _ = read_geonames(SAMPLE, feature_classes=None)
    assert len(everything) == 9 and "LBN" in set(everything["country"])


def test_written_places_read_back_and_resolve(tmp_path):
    places, _ = read_geonames(SAMPLE, country="SY")
    out = write_places(places, tmp_path / "places.csv")
    problems = []
    table = read_csv(out, required=PLACE_COLUMNS[0], optional=PLACE_COLUMNS[1], problems=problems)
    assert problems == [] and len(table) == 5
    index = NameIndex(
        ((r["id"], r["name"], r["alt_names"].split(";")) for _line, r in table), kind="place"
    )
    assert index.resolve("Dayr az Zawr").id == "deir-ez-zor"
    assert index.resolve("Palmyra").id == "tadmur"
    assert index.resolve("Qaryatein").id == "al-qaryatayn"  # by skeleton


def test_zip_as_downloaded(tmp_path):
    zpath = tmp_path / "SY.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        zf.write(SAMPLE, "SY.txt")
        zf.writestr("readme.txt", "GeoNames readme")
    places, _ = read_geonames(zpath, country="SY")
    assert len(places) == 5
    with zipfile.ZipFile(tmp_path / "two.zip", "w") as zf:
        zf.write(SAMPLE, "SY.txt")
        zf.write(SAMPLE, "LB.txt")
    with pytest.raises(InputError, match="cannot tell which is the dump"):
        read_geonames(tmp_path / "two.zip")


def _lines() -> list[str]:
    return SAMPLE.read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize(
    ("mutate", "line", "field", "text"),
    [
        (lambda ls: [ls[0].replace("\t", ","), *ls[1:]], 1, None, "a comma-separated line"),
        (
            lambda ls: [ls[0], "\t".join(ls[1].split("\t")[:18]), *ls[2:]],
            2,
            None,
            "18 tab-separated field",
        ),
        (
            lambda ls: [ls[0], ls[1].replace("34.56240", "34,5624"), *ls[2:]],
            2,
            "latitude,longitude",
            "are not numbers",
        ),
        (
            lambda ls: [ls[0], ls[1].replace("38.28424", "238.28"), *ls[2:]],
            2,
            "latitude,longitude",
            "out of range",
        ),
        (
            lambda ls: [ls[0].replace("\tP\tPPLA", "\tX\tPPLA"), *ls[1:]],
            1,
            "feature_class",
            "'X' is not a feature class",
        ),
        (
            lambda ls: [ls[0].replace("170794", "170794a"), *ls[1:]],
            1,
            "geonameid",
            "not a GeoNames id",
        ),
        (
            lambda ls: [ls[0].replace("242565", "about 240k"), *ls[1:]],
            1,
            "population",
            "not a population",
        ),
    ],
    ids=["commas", "truncated", "decimal-comma", "lon-range", "class", "id", "population"],
)
def test_junk_lines_name_line_and_field(tmp_path, mutate, line, field, text):
    path = tmp_path / "SY.txt"
    path.write_text("\n".join(mutate(_lines())) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=text) as err:
        read_geonames(path, country="SY")
    p = err.value.problems[0]
    assert (p.file, p.line, p.field) == (str(path), line, field) and p.hint


@pytest.mark.parametrize(
    ("content", "text"),
    [
        (b"", "the file is empty"),
        ("\t".join(_lines()[0].split("\t")).encode("utf-16"), "UTF-16"),
        (b"\x00\x01\x02binary", "binary data"),
        (b"<!DOCTYPE html><html><body>404</body></html>", "HTML/XML page"),
        ("Deir ez-Zor".encode("latin-1") + b"\xe9\t", "not valid UTF-8"),
    ],
    ids=["empty", "utf16", "binary", "html", "latin1"],
)
def test_junk_files(tmp_path, content, text):
    path = tmp_path / "SY.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=text):
        read_geonames(path, country="SY")


def test_bad_arguments_and_empty_result(tmp_path):
    with pytest.raises(InputError, match="unknown country code 'XX'"):
        read_geonames(SAMPLE, country="XX")
    with pytest.raises(InputError, match="unknown feature class"):
        read_geonames(SAMPLE, country="SY", feature_classes=["Q"])
    with pytest.raises(InputError, match="no row passed the filters"):
        read_geonames(SAMPLE, country="SY", min_population=10**8)
    with pytest.raises(InputError, match="file not found"):
        read_geonames(tmp_path / "missing.txt")


def test_header_line_and_comments_are_skipped(tmp_path):
    path = tmp_path / "SY.txt"
    header = "geonameid\tname\tasciiname\talternatenames\tlatitude\tlongitude\tfeature class\tfeature code\tcountry code\tcc2\tadmin1 code\tadmin2 code\tadmin3 code\tadmin4 code\tpopulation\televation\tdem\ttimezone\tmodification date"
    path.write_text(header + "\n# a comment\n" + "\n".join(_lines()) + "\n", encoding="utf-8")
    places, _ = read_geonames(path, country="SY")
    assert len(places) == 5


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(codec="utf-8"), max_size=80), max_size=6))
def test_fuzzed_lines_raise_input_error_or_parse(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("fuzz") / "SY.txt"
    path.write_text("\n".join([*_lines()[:2], *lines]), encoding="utf-8")
    try:
        places, _ = read_geonames(path, country="SY")
    except InputError as exc:
        assert exc.problems and all(p.file == str(path) for p in exc.problems)
    else:
        assert len(places) >= 2


def test_cli(tmp_path, capsys):
    out = tmp_path / "places.csv"
    code = main(
        [
            "import-geonames",
            str(SAMPLE),
            "--country",
            "SY",
            "--out",
            str(out),
            "--feature-class",
            "P,S",
        ]
    )
    assert code == 0
    assert "wrote 7 places" in capsys.readouterr().out
    assert (
        out.read_text(encoding="utf-8").splitlines()[0]
        == "id,name,alt_names,lat,lon,kind,admin1,country,geonames_id,source,note"
    )
    bad = tmp_path / "bad.txt"
    bad.write_text("not,a,geonames,file,at,all\n", encoding="utf-8")
    assert main(["import-geonames", str(bad), "--country", "SY", "--out", str(out)]) == 1
    assert "comma-separated" in capsys.readouterr().err
