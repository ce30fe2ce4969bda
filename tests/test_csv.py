"""geomap._csv: the one CSV writer, read back by the strict reader."""

import io

import pytest

from geomap._csv import one_line_cell, read_csv, write_csv
from geomap.errors import ProblemCollector


def test_written_cells_stay_on_one_line_and_read_back(tmp_path):
    rows = [
        ["a", "two\nlines", "comma, inside"],
        ["b", None, float("nan")],
        ["c", 'a "quote"', "=SUM(A1)"],
    ]
    out = write_csv(tmp_path / "sub" / "t.csv", ["id", "note", "source"], rows)
    assert out == tmp_path / "sub" / "t.csv"
    problems = []
    table = read_csv(out, required=["id", "note", "source"], problems=problems)
    assert problems == []
    assert [r["note"] for r in table.rows] == ["two lines", "", 'a "quote"']
    assert table.lines == [2, 3, 4]
    assert out.read_bytes().count(b"\n") == 4  # header + 3 rows, \n line ends


def test_write_to_a_buffer():
    buf = io.StringIO()
    assert write_csv(buf, ("x", "y"), [(1, 2.5)], float_format="g") is None
    assert buf.getvalue() == "x,y\n1,2.5\n"


@pytest.mark.parametrize(
    "value, kwargs, cell",
    [
        ("a\r\nb", {}, "a b"),
        ("  a \t b ", {}, "  a \t b "),
        ("  a \t b ", {"squeeze_spaces": True}, "a b"),
        (1234.5678901, {}, "1234.5678901"),
        (1234.5678901, {"float_format": "g"}, "1234.57"),
        (None, {"float_format": "g"}, ""),
    ],
)
def test_one_line_cell(value, kwargs, cell):
    assert one_line_cell(value, **kwargs) == cell


def test_read_csv_reports_into_a_collector(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("id;name\n", encoding="utf-8")
    c = ProblemCollector()
    assert read_csv(path, required=["id", "name"], problems=c) is None
    assert c.n_errors == 1 and "semicolon-separated" in c.problems[0].message


@pytest.mark.parametrize("float_format", [".3f", "g", "z.1f", ".2e", None])
@pytest.mark.parametrize(
    "value",
    [
        0.0,
        -0.0,
        -0.0004,
        1234.5678,
        -2.5,
        1e-7,
        1e20,
        float("inf"),
        float("nan"),
        0,
        -2,
        10**20,
        True,
    ],
)
def test_number_cells_take_a_short_way_to_the_same_text(value, float_format):
    from geomap._csv import _safe_cell, formula_safe, one_line_cell
    from geomap._text import strip_bidi, terminal_text

    v, ff = value, float_format
    if isinstance(v, float) and v == 0:
        v = 0.0
    if ff is not None and isinstance(v, float) and "z" not in ff:
        ff = "z" + ff
    slow = formula_safe(terminal_text(strip_bidi(one_line_cell(v, float_format=ff))))
    assert _safe_cell(value, False, float_format) == slow
