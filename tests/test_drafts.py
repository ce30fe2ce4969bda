"""geomap.drafts: the one home of draft files (write, check, merge).

Checking and merging drafts from real extractions is tested in tests/extract/;
these tests pin the writers' cell rules, and the warnings a merge adds.
"""

import math
from pathlib import Path

import pandas as pd
import pytest
from common import EVENTS_HEADER as HEADER

from geomap.cli import main
from geomap.cli.extract import _check_merged, _verify_merged
from geomap.drafts import (
    DRAFT_COLUMNS,
    EVENT_COLUMNS,
    EXTRA_COLUMNS,
    _appended,
    leads_sibling,
    merge_drafts,
    merged_warnings,
    write_drafts,
    write_events,
)
from geomap.errors import InputError, Problem


def _row(**values):
    row = dict.fromkeys(DRAFT_COLUMNS, "")
    row.update(values)
    return row


def test_draft_columns_are_the_events_columns_then_the_extra_ones():
    assert DRAFT_COLUMNS == [*EVENT_COLUMNS, *EXTRA_COLUMNS]
    assert EXTRA_COLUMNS == [
        "evidence",
        "char_span",
        "extraction_confidence",
        "support",
        "status",
        "pattern",
    ]


def test_write_drafts_cells_are_one_line_and_numbers_short(tmp_path):
    frame = pd.DataFrame(
        [
            _row(
                date="2017-05-26",
                place="arak",
                claimed_area_km2=5000.0,
                note="two\nlines  and\tspaces ",
                extraction_confidence=0.85,
                evidence=None,
            ),
            _row(claimed_area_km2=math.nan),
        ]
    )
    text = write_drafts(frame)
    lines = text.splitlines()
    assert lines[0] == ",".join(DRAFT_COLUMNS)
    cells = lines[1].split(",")
    assert cells[DRAFT_COLUMNS.index("claimed_area_km2")] == "5000"
    assert cells[DRAFT_COLUMNS.index("note")] == "two lines and spaces"
    assert cells[DRAFT_COLUMNS.index("extraction_confidence")] == "0.85"
    assert cells[DRAFT_COLUMNS.index("evidence")] == ""
    assert lines[2].split(",")[DRAFT_COLUMNS.index("claimed_area_km2")] == ""
    assert len(lines) == 3
    assert write_drafts(frame, tmp_path / "d.csv") is None
    assert (tmp_path / "d.csv").read_text(encoding="utf-8") == text


def test_write_events_keeps_the_events_columns_only(tmp_path):
    frame = pd.DataFrame([_row(date="2017-05-26", place="arak", note="a\nb  c", status="draft")])
    out = write_events(frame, tmp_path / "new" / "events.csv")
    assert out == tmp_path / "new" / "events.csv"
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == ",".join(EVENT_COLUMNS)
    assert lines[1].split(",")[EVENT_COLUMNS.index("note")] == "a b  c"
    assert len(lines[1].split(",")) == len(EVENT_COLUMNS)


# --------------------------------------------------------------------------- merge warnings
# the sinai fixture (tests/conftest.py): the sin15 test theatre, Rafah the army's until an event


def _drafts(path, *rows):
    frame = pd.DataFrame([_row(source="Wire", status="reviewed", **r) for r in rows])
    write_drafts(frame, path)
    return path


def _problems(lines):
    return [(Path(p.file).name, p.line, p.field) for p in lines]


def test_appended_rows_start_on_physical_lines_after_a_multi_line_cell():
    text = HEADER + '\n2015-07-05,rafah,,SP,EGY,,,,,"two\nlines"\n'
    merged, starts = _appended(text, [_row(place="arish"), _row(place="jura", note="a\nb")])
    assert starts == [4, 5] and merged.splitlines()[3].split(",")[1] == "arish"
    assert merged.startswith(text) and merged.splitlines()[5] == 'b"'


def test_merge_reports_a_warning_on_a_new_row_at_its_line(sinai, tmp_path):
    # Arish is the army's: a draft giving the militants as from_actor contradicts the snapshot
    drafts = _drafts(
        tmp_path / "d.csv",
        dict(date="2015-07-01", place="arish", to_actor="EGY", from_actor="SP"),
    )
    [got] = merged_warnings(sinai, drafts, _check_merged)
    assert (got.file, got.line, got.field) == (str(drafts), 2, "from_actor")
    res = merge_drafts(sinai, drafts, verify=_verify_merged)
    assert _problems(res.warnings) == [("events.csv", 3, "from_actor")]
    assert merged_warnings(sinai, drafts, _check_merged) == []  # merged now: nothing new


def test_the_first_new_line_is_counted_in_physical_lines(sinai, tmp_path):
    # a quoted note on two lines: the appended row starts on line 4, not on record 3 + 1
    # (the theatre's own check refuses such a cell; the line count must not depend on it)
    (sinai / "events.csv").write_text(
        HEADER + '\n2015-07-05,rafah,,SP,EGY,claimed,,Wire,,"seen by\nresidents"\n',
        encoding="utf-8",
    )
    drafts = _drafts(tmp_path / "d.csv", dict(date="2015-07-01", place="arish", to_actor="EGY"))
    seen = []

    def verify(folder, first_line):
        seen.append(first_line)
        if first_line is None:
            return [], []
        line = (folder / "events.csv").read_text(encoding="utf-8").splitlines()[first_line - 1]
        assert line.startswith("2015-07-01,arish,")
        return [Problem(str(folder / "events.csv"), first_line, "place", "?", "", "warning")], []

    [got] = merged_warnings(sinai, drafts, verify, problems=[])
    assert seen == [4, None] and (got.file, got.line) == (str(drafts), 2)


def test_merge_reports_an_existing_event_the_new_rows_make_contradictory(sinai, tmp_path):
    drafts = _drafts(
        tmp_path / "d.csv",
        dict(date="2015-07-02", place="rafah", to_actor="SP", from_actor="EGY"),
    )
    # the existing event (line 2) took Rafah from the army; after the draft the militants
    # already hold it, so its from_actor no longer matches: a warning the merge adds
    before = merged_warnings(sinai, drafts, _check_merged)
    assert _problems(before) == [("events.csv", 2, "from_actor")]
    assert str(before[0].file) == str(sinai / "events.csv")
    res = merge_drafts(sinai, drafts, verify=_verify_merged)
    assert _problems(res.warnings) == [("events.csv", 2, "from_actor")]


def test_cli_merge_and_extract_print_the_warnings_the_merge_adds(sinai, tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(
        "CAIRO, July 3, 2015 (Wire) — Sinai Province militants seized Rafah on Thursday.",
        encoding="utf-8",
    )
    out = tmp_path / "d.csv"
    assert main(["extract", str(article), "--theatre", str(sinai), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"{sinai / 'events.csv'}:2: from_actor: warning:" in err
    table = pd.read_csv(out, dtype=str, keep_default_na=False)
    table["status"] = "reviewed"
    table.to_csv(out, index=False)
    assert main(["merge-drafts", str(out), "--theatre", str(sinai)]) == 0
    err = capsys.readouterr().err
    assert "1 warning(s) on the merged rows or rows they affect" in err
    assert f"{sinai / 'events.csv'}:2: from_actor: warning:" in err


def test_extract_checks_each_drafts_file_once(sinai, tmp_path, monkeypatch):
    import geomap.drafts as drafts_module

    calls = []
    real = drafts_module.check_drafts
    monkeypatch.setattr(
        drafts_module, "check_drafts", lambda *a, **k: calls.append(a[1]) or real(*a, **k)
    )
    article = tmp_path / "a.txt"
    article.write_text(
        "CAIRO, July 3, 2015 (Wire) — Sinai Province militants seized Rafah on Thursday. "
        "Jura was also taken later.",
        encoding="utf-8",
    )
    out = tmp_path / "d.csv"
    assert main(["extract", str(article), "--theatre", str(sinai), "--out", str(out)]) == 0
    assert sorted(map(str, calls)) == sorted([str(out), str(leads_sibling(out))])


@pytest.mark.parametrize(
    "row, says",
    [
        (
            dict(date="2015-07-01", place="arish", to_actor="EGY"),
            "already held by 'EGY': no change",
        ),
        (dict(date="2015-07-06", place="rafah", to_actor="SP"), "already held by 'SP': no change"),
    ],
    ids=["per the snapshot", "per an event"],
)
def test_cli_merge_says_when_a_row_changes_nothing(sinai, tmp_path, capsys, row, says):
    # a draft giving a place to the side that already holds it moves no ground: the
    # merge's change line says so, not just "EGY -> EGY, 0.0 km²"
    drafts = _drafts(tmp_path / "d.csv", row)
    assert main(["merge-drafts", str(drafts), "--theatre", str(sinai)]) == 0
    [line] = [x for x in capsys.readouterr().out.splitlines() if "under the model" in x]
    assert f"0.0 km² under the model [applied: {says}" in line


def test_merge_names_every_unreviewed_row_events_and_claims_at_once(sinai, tmp_path):
    # a reviewer who left both files at status=draft hears of both in one run (not the
    # claims file first, then the drafts file on the next run)
    drafts = _drafts(tmp_path / "d.csv", dict(date="2015-07-01", place="arish", to_actor="EGY"))
    table = pd.read_csv(drafts, dtype=str, keep_default_na=False)
    table["status"] = "draft"
    table.to_csv(drafts, index=False)
    (tmp_path / "d.claims.csv").write_text(
        "id,actor,start,end,figure,claimant,source,status\n"
        "c1,EGY,2015-07-01,2015-07-01,500 sq km,the army,Wire,draft\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as err:
        merge_drafts(sinai, drafts)
    where = {(Path(p.file).name, p.line, p.field) for p in err.value.problems}
    assert {("d.csv", 2, "status"), ("d.claims.csv", 2, "status")} <= where
