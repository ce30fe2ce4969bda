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
