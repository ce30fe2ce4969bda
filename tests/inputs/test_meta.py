"""theatre.toml: the one parser (geomap.inputs.meta)."""

import shutil
from pathlib import Path

import pytest

from geomap.errors import InputError, ProblemCollector
from geomap.inputs import is_snapshot_theatre, read_toml
from geomap.inputs.meta import read_meta

DATA = Path(__file__).parents[1] / "data"


def test_read_toml_reads_a_theatre_file():
    raw = read_toml(DATA / "tiny" / "theatre.toml")
    assert raw["theatre"]["name"] == "tiny"
    assert raw["aoi"]["countries"] == ["SYR"]


@pytest.mark.parametrize(
    "content, line, words",
    [
        (b'[theatre]\nname = "x"\ntitle = \n', 3, "not valid TOML"),
        (b'[theatre]\nname = "caf\xe9"\n', None, "not valid UTF-8"),
    ],
)
def test_read_toml_names_the_file_and_line(tmp_path, content, line, words):
    path = tmp_path / "theatre.toml"
    path.write_bytes(content)
    with pytest.raises(InputError, match=words) as err:
        read_toml(path)
    (problem,) = err.value.problems
    assert problem.file == str(path)
    assert problem.line == line
    assert problem.hint


def test_read_toml_missing_file(tmp_path):
    with pytest.raises(InputError, match="file not found; check the path"):
        read_toml(tmp_path / "rule.toml")


def test_read_toml_accepts_a_bom(tmp_path):
    path = tmp_path / "theatre.toml"
    path.write_bytes(b'\xef\xbb\xbf[theatre]\nname = "x"\n')
    assert read_toml(path) == {"theatre": {"name": "x"}}


def test_is_snapshot_theatre(tmp_path):
    assert not is_snapshot_theatre(DATA / "tiny")
    (tmp_path / "theatre.toml").write_text('[snapshots]\nfolder = "s"\n', encoding="utf-8")
    assert is_snapshot_theatre(tmp_path)
    # unreadable or missing: not a snapshot theatre; the event loader reports the file
    (tmp_path / "theatre.toml").write_text("[snapshots\n", encoding="utf-8")
    assert not is_snapshot_theatre(tmp_path)
    assert not is_snapshot_theatre(tmp_path / "missing")


def test_read_meta_reports_with_lines(tmp_path):
    folder = tmp_path / "th"
    shutil.copytree(DATA / "tiny", folder)
    toml = (folder / "theatre.toml").read_text(encoding="utf-8")
    toml = toml.replace("cell_radius_km = 25", "cell_radius_km = -3")
    (folder / "theatre.toml").write_text(toml, encoding="utf-8")
    c = ProblemCollector()
    meta = read_meta(folder, c)
    assert meta is not None and meta.name == "tiny"
    (problem,) = [p for p in c.problems if p.is_error]
    assert problem.field == "model.cell_radius_km"
    assert toml.splitlines()[problem.line - 1].strip() == "cell_radius_km = -3"
    assert meta.cell_radius_km == 30.0  # left at the default, and reported


def test_read_meta_not_a_folder(tmp_path):
    c = ProblemCollector()
    assert read_meta(tmp_path / "nope", c) is None
    assert "not a folder" in str(c.problems[0])


@pytest.mark.parametrize(
    ("view", "expected", "words"),
    [
        ('"action"', "action", None),
        ('"aoi"', "aoi", None),
        ("[36, 33, 40.5, 35.5]", [36.0, 33.0, 40.5, 35.5], None),
        ('"everything"', None, "is not a view"),
        ("[36, 33, 40]", None, "expected 4 numbers"),
        ("[40, 33, 36, 35]", None, "west 40 must be less than east 36"),
        ("[36, 36, 40, 33]", None, "south 36 must be less than north 33"),
        ('[36, "a", 40, 35]', None, "must be numbers"),
    ],
)
def test_read_meta_map_view(tmp_path, view, expected, words):
    folder = tmp_path / "th"
    shutil.copytree(DATA / "tiny", folder)
    toml = (folder / "theatre.toml").read_text(encoding="utf-8") + f"\n[map]\nview = {view}\n"
    (folder / "theatre.toml").write_text(toml, encoding="utf-8")
    c = ProblemCollector()
    meta = read_meta(folder, c)
    errors = [p for p in c.problems if p.is_error]
    if words is None:
        assert errors == [] and meta.map_view == expected
    else:
        (problem,) = errors
        assert problem.field == "map.view" and words in problem.message
        assert toml.splitlines()[problem.line - 1].startswith("view = ")
        assert "view = [west, south, east, north]" in problem.hint


def _meta_with(tmp_path, section: str):
    folder = tmp_path / "th"
    shutil.copytree(DATA / "tiny", folder)
    toml = (folder / "theatre.toml").read_text(encoding="utf-8") + "\n" + section
    (folder / "theatre.toml").write_text(toml, encoding="utf-8")
    c = ProblemCollector()
    return read_meta(folder, c), c, toml.splitlines()


def test_reference_areas_are_read_with_their_source(tmp_path):
    meta, c, _ = _meta_with(
        tmp_path,
        "[reference_areas]\n"
        '"Nimba County" = { km2 = 11551, source = "LISGIS, 2008", aliases = ["Nimba"] }\n'
        "Marib = { km2 = 17405.5, source = 'CSO Yemen' }\n",
    )
    assert not c.problems
    nimba, marib = meta.reference_areas
    assert (nimba.name, nimba.km2, nimba.source, nimba.aliases) == (
        "Nimba County",
        11551.0,
        "LISGIS, 2008",
        ("Nimba",),
    )
    assert (marib.name, marib.km2, marib.aliases) == ("Marib", 17405.5, ())


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ('"Nimba County" = { source = "LISGIS" }', "no km2"),
        ('"Nimba County" = { km2 = "11551", source = "LISGIS" }', "is not an area in km²"),
        ('"Nimba County" = { km2 = -5, source = "LISGIS" }', "is not an area in km²"),
        ('"Nimba County" = { km2 = true, source = "LISGIS" }', "is not an area in km²"),
        ('"Nimba County" = { km2 = nan, source = "LISGIS" }', "is not an area in km²"),
        ('"Nimba County" = { km2 = 11551 }', "no source for the figure"),
        ('"Nimba County" = { km2 = 11551, source = "  " }', "no source for the figure"),
        ('"Nimba County" = { km2 = 11551, source = "L", area = 3 }', "unknown key 'area'"),
        ('"Nimba County" = { km2 = 11551, source = "L", aliases = "Nimba" }', "list of names"),
        ('"Nimba County" = 11551', "is not a table"),
        ('"" = { km2 = 11551, source = "L" }', "an empty name"),
    ],
)
def test_a_bad_reference_area_names_its_line_and_the_fix(tmp_path, line, words):
    meta, c, lines = _meta_with(tmp_path, f"[reference_areas]\n{line}\n")
    (problem,) = c.problems
    assert problem.is_error and words in problem.message and problem.hint
    assert problem.field.startswith("reference_areas.")
    assert lines[problem.line - 1] == line
    assert meta.reference_areas == ()  # refused, not half read


def test_a_name_given_to_two_reference_areas_is_refused(tmp_path):
    meta, c, lines = _meta_with(
        tmp_path,
        "[reference_areas]\n"
        '"Nimba County" = { km2 = 11551, source = "L", aliases = ["Nimba"] }\n'
        '"nimba" = { km2 = 12000, source = "M" }\n',
    )
    (problem,) = c.problems
    assert "'nimba' also names 'Nimba County' above" in problem.message
    assert lines[problem.line - 1].startswith('"nimba"')
    assert [r.name for r in meta.reference_areas] == ["Nimba County"]


def test_reference_areas_must_be_a_table(tmp_path):
    folder = tmp_path / "th"
    shutil.copytree(DATA / "tiny", folder)
    toml = 'reference_areas = "Nimba County"\n' + (folder / "theatre.toml").read_text("utf-8")
    (folder / "theatre.toml").write_text(toml, encoding="utf-8")
    c = ProblemCollector()
    meta = read_meta(folder, c)
    assert any(
        p.field == "reference_areas" and "must be a [table]" in p.message for p in c.problems
    )
    assert meta.reference_areas == ()
