"""Reading CSV rows in bulk (pyarrow) gives exactly what the row-by-row reader gives.

:func:`geomap._csv.read_csv` reads the rows of a file in bulk where it can prove
the result is the row-by-row reader's, cell for cell and line for line, and
otherwise falls back to the row-by-row reader (which reports every problem on
its line).  These tests hold the two to the same tables and the same problems,
on clean and on broken files, and check that the bulk read is really taken on
the clean ones (or the comparison would prove nothing).
"""

import shutil
import string
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import geomap._csv as csv_module
from geomap._csv import read_csv
from geomap.inputs import load_inputs

pytest.importorskip("pyarrow")

DATA = Path(__file__).parents[1] / "data"
REQUIRED, OPTIONAL = ["id", "name"], ["note", "source"]


def _read(path: Path, bulk: bool, monkeypatch) -> tuple[object, list, bool]:
    """``(table as plain data, problems, whether the bulk read was taken)``."""
    taken = []
    real = csv_module._bulk_table

    def spy(*args):
        out = real(*args) if bulk else None
        taken.append(out is not None)
        return out

    with monkeypatch.context() as m:
        m.setattr(csv_module, "_bulk_table", spy)
        problems = []
        table = read_csv(path, required=REQUIRED, optional=OPTIONAL, problems=problems)
    plain = None if table is None else (table.header, table.lines, table.columns, table.rows)
    return plain, [(str(p), p.severity) for p in problems], any(taken)


def _both(path: Path, monkeypatch) -> bool:
    """Assert both readers agree on ``path``; returns whether the bulk read was taken."""
    fast, fast_problems, taken = _read(path, True, monkeypatch)
    slow, slow_problems, _ = _read(path, False, monkeypatch)
    assert fast == slow
    assert fast_problems == slow_problems
    return taken


#: (file bytes, whether the bulk read can take it)
CASES = {
    "plain": (b"id,name,note\na,Alpha,x\nb,Beta,\n", True),
    "bom": (b"\xef\xbb\xbfid,name,note\na,Alpha,x\n", True),
    "crlf": (b"id,name,note\r\na,Alpha,x\r\n\r\nb,Beta,y\r\n", True),
    "no final line end": (b"id,name,note\na,Alpha,x\nb,Beta,y", True),
    "quoted commas": (b'id,name,note\na,"Alpha, the first","say ""hi"", twice"\n', True),
    "blank lines": (b"id,name,note\n\na,Alpha,x\n\n\nb,Beta,\n\n", True),
    "spaces around": (b"id,name,note\n  a , Alpha\xc2\xa0,\t x \n", True),
    "unknown column": (b"id,name,colour,note\na,Alpha,red,x\n", True),
    "formula quote": (b"id,name,note\na,Alpha,'=1+1\nb,Beta,'plain\n", True),
    "null words": (b"id,name,note\nNA,NULL,nan\nNone,N/A,#N/A\nnull,NaN,-\n", True),
    "hostile text": (
        "id,name,note\na,<script>alert(1)</script>,\u202eevil\x1b[31m\n".encode(),
        True,
    ),
    "header only": (b"id,name,note\n", True),
    "quoted newline": (b'id,name,note\na,"Alpha\nsecond line",x\nb,Beta,y\n', False),
    "unclosed quote": (b'id,name,note\na,"Alpha,x\nb,Beta,y\n', False),
    "text after a quote": (b'id,name,note\na,"Alpha"x,y\nb,Beta,y\n', False),
    "too few fields": (b"id,name,note\na,Alpha\nb,Beta,y\n", False),
    "too many fields": (b"id,name,note\na,Alpha,x,y\nb,Beta,y\n", False),
    "blank row of commas": (b"id,name,note\n,,\na,Alpha,x\n", False),
    "white-space line": (b"id,name,note\n   \na,Alpha,x\n", False),
    "lone carriage return": (b"id,name,note\ra,Alpha,x\rb,Beta,y\r", False),
    "carriage return in a cell": (b'id,name,note\na,"Al\rpha",x\n', False),
    "nul after 64k": (b"id,name,note\n" + b"a,Alpha,x\n" * 7000 + b"b,B\x00,y\n", False),
    "quoted header": (b'"id","name",note\na,Alpha,x\n', True),
    "header over two lines": (b'id,"name\n",note\na,Alpha,x\n', False),
    "missing column": (b"id,note\na,x\n", False),
    "semicolons": (b"id;name;note\na;Alpha;x\n", False),
    "latin-1": (b"id,name,note\na,Z\xfcrich,x\n", False),
    "empty": (b"", False),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bulk_and_row_by_row_agree(tmp_path, monkeypatch, case):
    data, bulk = CASES[case]
    path = tmp_path / "t.csv"
    path.write_bytes(data)
    assert _both(path, monkeypatch) is bulk


def test_a_long_quoted_file_is_read_in_bulk(tmp_path, monkeypatch):
    rows = [f'p{i},"Place, {i}","a ""note"" {i}",src' for i in range(3000)]
    path = tmp_path / "t.csv"
    path.write_text("id,name,note,source\n" + "\n".join(rows) + "\n", encoding="utf-8")
    assert _both(path, monkeypatch)


#: Cells made of what trips CSV readers up: separators, quotes, line ends, white space.
PIECES = [*"ab ,\"'=\t\r\n;", "\u00a0", "\ufeff", "\u2028", "é", "NA", '""', "\r\n"]
CELL = st.lists(st.sampled_from(PIECES), max_size=6).map("".join)
ROW = st.lists(CELL, min_size=2, max_size=4)
SAFE_CELL = st.text(alphabet=string.ascii_letters + " '=-\u00a0", max_size=6)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(ROW, max_size=6), ending=st.sampled_from(["\n", "\r\n"]))
def test_any_rows_agree(rows, ending):
    """Rows of hostile cells joined raw (not quoted): broken files as often as clean ones."""
    text = "id,name,note" + ending + ending.join(",".join(r) for r in rows) + ending
    with tempfile.TemporaryDirectory() as tmp, pytest.MonkeyPatch.context() as monkeypatch:
        path = Path(tmp) / "t.csv"
        path.write_bytes(text.encode("utf-8"))
        _both(path, monkeypatch)


@settings(max_examples=40, deadline=None)
@given(rows=st.lists(st.lists(CELL, min_size=3, max_size=3), min_size=1, max_size=6))
def test_any_quoted_rows_agree(rows):
    """The same cells written by the csv module (quoted where needed)."""
    import csv
    import io

    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([["id", "name", "note"], *rows])
    with tempfile.TemporaryDirectory() as tmp, pytest.MonkeyPatch.context() as monkeypatch:
        path = Path(tmp) / "t.csv"
        path.write_bytes(buf.getvalue().encode("utf-8"))
        _both(path, monkeypatch)


@settings(max_examples=25, deadline=None)
@given(rows=st.lists(st.lists(SAFE_CELL, min_size=3, max_size=3), min_size=1, max_size=6))
def test_clean_rows_are_read_in_bulk(rows):
    rows = [["x" + r[0].strip(), *r[1:]] for r in rows]  # never a blank row
    text = "id,name,note\n" + "".join(",".join(r) + "\n" for r in rows)
    with tempfile.TemporaryDirectory() as tmp, pytest.MonkeyPatch.context() as monkeypatch:
        path = Path(tmp) / "t.csv"
        path.write_text(text, encoding="utf-8")
        assert _both(path, monkeypatch)


def _variant(folder: Path, variant: str) -> None:
    """Rewrite the theatre's CSV files one way (a clean or a broken one)."""
    for name in ("places.csv", "control.csv", "events.csv"):
        path = folder / name
        text = path.read_text(encoding="utf-8")
        head, _, body = text.partition("\n")
        lines = body.splitlines()
        if variant == "bom":
            text = "\ufeff" + text
        elif variant == "crlf":
            text = text.replace("\n", "\r\n")
        elif variant == "blank lines":
            text = head + "\n\n" + "\n\n".join(lines) + "\n\n"
        elif variant == "quoted newline":
            text = head + "\n" + lines[0] + "\n" + lines[1][:-1] + '"x\ny"\n' + "\n".join(lines[2:])
        elif variant == "hostile":
            text = text.replace(",\n", ",\"=cmd|' /c calc'!A1, <b>\u202e\x1b[2J\"\n")
        elif variant == "null words":
            text = text.replace(",\n", ",NA\n").replace(",,", ",null,", 1)
        elif variant == "short row":
            text = head + "\n" + lines[0].rsplit(",", 1)[0] + "\n" + "\n".join(lines[1:]) + "\n"
        path.write_text(text, encoding="utf-8")


VARIANTS = ["as is", "bom", "crlf", "blank lines", "quoted newline", "hostile", "null words"]


@pytest.mark.parametrize("variant", [*VARIANTS, "short row"])
def test_theatre_variants_load_the_same_either_way(tmp_path, monkeypatch, variant):
    folder = tmp_path / "t"
    shutil.copytree(DATA / "tiny", folder)
    _variant(folder, variant)
    _same_loads(folder, monkeypatch)


@pytest.mark.parametrize("theatre", ["tiny", "three", "broken"])
def test_theatres_load_the_same_either_way(tmp_path, monkeypatch, theatre):
    folder = tmp_path / "t"
    shutil.copytree(DATA / theatre, folder)
    _same_loads(folder, monkeypatch)


def _same_loads(folder: Path, monkeypatch) -> None:
    fast = load_inputs(folder, strict=False)
    monkeypatch.setattr(csv_module, "_bulk_table", lambda *args: None)
    slow = load_inputs(folder, strict=False)
    assert [(str(p), p.severity) for p in fast.problems] == [
        (str(p), p.severity) for p in slow.problems
    ]
    for name in ("actors", "places", "areas", "control", "events", "claims"):
        pd.testing.assert_frame_equal(getattr(fast, name), getattr(slow, name), check_exact=True)


URLS = [
    "https://example.org/a",
    "HTTP://EXAMPLE.ORG/B",
    "http://x",
    "https://",
    "ftp://example.org",
    "https://exa mple.org",
    "https://example.org/\x1c",
    "https://example.org/\x0b",
    "https://example.org/\u2003",
    "https://example.org/é",
    "https://example.org/\u00a0x",
    "https://example.org/<script>",
    'https://example.org/"',
    "https://example.org/'",
    "https://example.org/a\\b",
    "",
    "example.org",
]


def test_source_urls_are_checked_alike_in_bulk(tmp_path):
    from geomap.inputs.events import _URL, _urls_ok

    rows = [f"x{i},n,{url}" for i, url in enumerate(URLS)]
    path = tmp_path / "t.csv"
    path.write_text("id,name,source_url\n" + "\n".join(rows) + "\n", encoding="utf-8")
    table = read_csv(path, required=["id", "name"], optional=["source_url"], problems=[])
    assert table.arrow("source_url") is not None  # read in bulk
    cells = table.column("source_url")
    assert cells == [u.strip(csv_module._WHITESPACE) for u in URLS]
    expected = [not v or _URL.match(v) is not None for v in cells]
    assert _urls_ok(table).tolist() == expected
    assert sum(expected) == 6  # and the list holds both kinds


def test_places_at_the_same_rounded_point_are_warned_about(tmp_path):
    folder = tmp_path / "t"
    shutil.copytree(DATA / "tiny", folder)
    with open(folder / "places.csv", "a", encoding="utf-8") as fh:
        for ident, lat, lon in [
            ("dup-a", "10.00001", "20"),
            ("dup-b", "10.00002", "20.00003"),
            ("zero-a", "0.00001", "5"),
            ("zero-b", "-0.00001", "5"),  # rounds to -0.0: written apart from 0.0
        ]:
            fh.write(f"{ident},{ident},,{lat},{lon},town,,,,test,\n")
    header = (folder / "places.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("id,name,alt_names,lat,lon,kind")
    inputs = load_inputs(folder, strict=False)
    same = [p.message for p in inputs.problems if "same coordinates" in p.message]
    assert same == ["'dup-b' has the same coordinates as 'dup-a' (line 8)"]


@pytest.mark.parametrize(
    "values, codes",
    [
        (["GOV", None], [0, 1, 1, 0]),
        ([None], [0, 0, 0]),
        (["", "x"], [0, 0]),
        (["a"], [0]),
        ([None, "b"], [0, 0]),
    ],
)
def test_text_columns_have_the_dtype_pandas_gives_their_values(values, codes):
    """Columns made from pyarrow hold what a DataFrame of the values as a list holds."""
    import numpy as np

    from geomap.inputs._folder import text_values

    made = pd.Series(text_values(values, np.array(codes)))
    as_list = pd.Series([values[k] for k in codes])
    pd.testing.assert_series_equal(made, as_list, check_exact=True)
