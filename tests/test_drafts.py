"""geomap.drafts: the one home of draft files (write, check, merge).

Checking and merging drafts from real extractions is tested in tests/extract/;
these tests pin the writers' cell rules.
"""

import math

import pandas as pd

from geomap.drafts import DRAFT_COLUMNS, EVENT_COLUMNS, EXTRA_COLUMNS, write_drafts, write_events


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
