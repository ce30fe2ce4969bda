"""geomap._csv: the one CSV writer, read back by the strict reader."""

import io

import pandas as pd
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


def _frame_of_every_kind():
    import datetime as dt

    import numpy as np

    n = 6
    return pd.DataFrame(
        {
            "f": [0.0, -0.0, -0.0004, float("nan"), float("inf"), -float("inf")],
            "big": [1e20, -1e-7, 1234.5678, -2.5, 1e308, 5e-324],
            "f32": np.array([0.1, -0.0, 3.5, np.nan, -2.25, 1e30], dtype=np.float32),
            "i": [0, -2, 10**15, 7, -(2**62), 1],
            "u": np.arange(n, dtype=np.uint64),
            "b": [True, False, True, True, False, False],
            "day": pd.to_datetime(
                ["2020-01-01", None, "2021-12-31", "2020-02-29", None, "1999-01-01"]
            ),
            "stamp": pd.to_datetime(
                ["2020-01-01 10:30", None, "2021-12-31 00:00", None, None, "2000-01-01 23:59"]
            ),
            "date": [dt.date(2020, 1, d) for d in range(1, n + 1)],
            "text": ["=1+1", "-2", "-2+3", "two\nlines\n", "\u202eevil\x1b[31m", None],
            "text2": ["plain", "@SUM(A1)", "+1.5", "\tx", "", 'Ḥims, "quoted"'],
            "string": pd.array(["a", None, "=b", "c\x07", "-1e5", "d"], dtype="string"),
            "mixed": [1.5, "x", None, True, dt.date(2020, 1, 1), np.int64(-3)],
            "nullable": pd.array([1, None, -3, 4, None, 6], dtype="Int64"),
            "cat": pd.Categorical(["x", "=y", "x", None, "z", "x"]),
            "td": pd.to_timedelta([1, 2, None, 4, 5, 6], unit="D"),
        }
    )


def _write_frame_cell_by_cell(df, float_format):
    """What write_frame wrote before it worked a column at a time: every value through
    write_csv's cell-by-cell rules."""
    cells = df.copy()
    for col in cells.columns:
        if pd.api.types.is_datetime64_any_dtype(cells[col]):
            cells[col] = cells[col].astype(str).where(cells[col].notna(), None)
    cells = cells.astype(object).where(cells.notna(), None)
    rows = (
        [v.item() if hasattr(v, "item") else v for v in row]
        for row in cells.itertuples(index=False, name=None)
    )
    buf = io.StringIO()
    write_csv(buf, [str(c) for c in df.columns], rows, float_format=float_format)
    return buf.getvalue()


@pytest.mark.parametrize("float_format", [".3f", None, "g", ".6g", "z.2f", ",.1f", ".2e"])
def test_write_frame_column_at_a_time_writes_what_cell_by_cell_wrote(float_format):
    from geomap._csv import write_frame

    df = _frame_of_every_kind()
    buf = io.StringIO()
    write_frame(buf, df, float_format=float_format)
    assert buf.getvalue() == _write_frame_cell_by_cell(df, float_format)


@pytest.mark.parametrize("column", list(_frame_of_every_kind().columns))
def test_write_frame_column_at_a_time_one_column(column):
    from geomap._csv import write_frame

    df = _frame_of_every_kind()[[column]]
    for float_format in (".3f", None):
        buf = io.StringIO()
        write_frame(buf, df, float_format=float_format)
        assert buf.getvalue() == _write_frame_cell_by_cell(df, float_format)
