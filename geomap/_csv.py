"""Reading user CSV files strictly, with line numbers for every row.

The standard library's :mod:`csv` does the tokenising; this module adds what
a person editing files by hand needs: the encoding checked (UTF-8, BOM
accepted), the delimiter checked, truncated or over-long rows reported, and
every row kept with the physical line it starts on, so later checks can say
``events.csv:14: date: ...``.
"""

from __future__ import annotations

import csv
import difflib
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Problem

__all__ = ["CsvTable", "read_csv", "clean_cell"]

_WHITESPACE = " \t\r\n\u00a0\u2007\u202f\ufeff"


def clean_cell(value: str) -> str:
    """Strip ordinary and non-breaking white space around a cell."""
    return value.strip(_WHITESPACE)


@dataclass
class CsvTable:
    """Rows of a CSV file with the line each starts on."""

    display: str
    header: list[str]
    rows: list[dict[str, str]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):
        return iter(zip(self.lines, self.rows, strict=True))


def _decode(data: bytes, display: str, problems: list[Problem]) -> str | None:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        problems.append(
            Problem(display, None, None, "the file is UTF-16", "save it as UTF-8 (CSV UTF-8)")
        )
        return None
    if b"\x00" in data[:65536]:
        problems.append(
            Problem(
                display,
                data[: data.index(b"\x00")].count(b"\n") + 1,
                None,
                "the file holds NUL bytes: it is binary, not text",
                "export the table as UTF-8 CSV",
            )
        )
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        bad = data[exc.start : exc.start + 4]
        problems.append(
            Problem(
                display,
                line,
                None,
                f"not valid UTF-8 (bytes {bad!r}); the file mixes encodings or is Latin-1/Windows-1252",
                "save the file as UTF-8",
            )
        )
        return None


def read_csv(
    path: str | Path,
    *,
    required: Iterable[str],
    optional: Iterable[str] = (),
    problems: list[Problem],
    display: str | None = None,
) -> CsvTable | None:
    """Read a CSV file; append every problem found to ``problems``.

    Returns None when the file cannot be read as a table at all (missing,
    empty, binary, wrong encoding, wrong delimiter, required columns
    missing); otherwise the table of well-formed rows.  Rows with the wrong
    number of fields are reported and left out of the table.
    """
    path = Path(path)
    display = display or str(path)
    required = list(required)
    known = required + [c for c in optional if c not in required]
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        problems.append(
            Problem(
                display,
                None,
                None,
                "file not found",
                f"create it with the header: {','.join(required)}",
            )
        )
        return None
    except OSError as exc:
        problems.append(
            Problem(
                display,
                None,
                None,
                f"cannot read the file ({exc.strerror})",
                "check the path and permissions",
            )
        )
        return None
    text = _decode(data, display, problems)
    if text is None:
        return None
    if not text.strip(_WHITESPACE):
        problems.append(
            Problem(
                display,
                None,
                None,
                "the file is empty",
                f"write the header line: {','.join(required)}",
            )
        )
        return None

    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header_row = next(reader)
    except csv.Error as exc:
        problems.append(Problem(display, 1, None, f"malformed header ({exc})", "fix the quoting"))
        return None
    header = [clean_cell(h) for h in header_row]
    if len(header) == 1:
        for delim, label in ((";", "semicolon"), ("\t", "tab"), ("|", "pipe")):
            if delim in header[0]:
                problems.append(
                    Problem(
                        display,
                        1,
                        None,
                        f"the header is {label}-separated; geomap reads comma-separated files",
                        "save the file with commas as separators",
                    )
                )
                return None
    ok = True
    seen: set[str] = set()
    for name in header:
        if name in seen:
            problems.append(Problem(display, 1, name, "column appears twice", "keep one of them"))
            ok = False
        seen.add(name)
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
            if close and close[0] not in header:
                problems.append(
                    Problem(display, 1, name, "unknown column", f"did you mean {close[0]!r}?")
                )
                ok = False
            else:
                problems.append(
                    Problem(
                        display,
                        1,
                        name,
                        "unknown column, ignored",
                        f"known columns: {', '.join(known)}",
                        severity="warning",
                    )
                )
    missing = [c for c in required if c not in header]
    if missing:
        problems.append(
            Problem(
                display,
                1,
                ",".join(missing),
                f"missing column{'s' * (len(missing) > 1)}",
                f"the header must include: {','.join(required)}",
            )
        )
        ok = False
    if not ok:
        return None

    table = CsvTable(display=display, header=header)
    width = len(header)
    prev_end = reader.line_num
    while True:
        start = prev_end + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(
                Problem(
                    display,
                    start,
                    None,
                    f"malformed row ({exc}): an unclosed quote?",
                    "check the quotes on this line",
                )
            )
            break
        end = reader.line_num
        prev_end = end
        if not row or all(not clean_cell(c) for c in row):
            continue  # blank line: no data to lose
        if end > start:
            problems.append(
                Problem(
                    display,
                    start,
                    None,
                    f"a quoted field runs over {end - start + 1} lines (an unclosed quote?)",
                    "close the quote, or keep each row on one line",
                )
            )
            continue
        if len(row) != width:
            what = "fewer" if len(row) < width else "more"
            problems.append(
                Problem(
                    display,
                    start,
                    None,
                    f"{len(row)} fields, {what} than the header's {width}",
                    "the row may be truncated, or a value holding a comma needs double quotes",
                )
            )
            continue
        table.rows.append(
            {h: clean_cell(v) for h, v in zip(header, row, strict=True) if h in known}
        )
        table.lines.append(start)
    return table
