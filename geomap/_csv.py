r"""Reading user CSV files strictly, with line numbers for every row; and the one CSV writer.

The standard library's :mod:`csv` does the tokenising; this module adds what
a person editing files by hand needs: the encoding checked (UTF-8, BOM
accepted), the delimiter checked, truncated or over-long rows reported, and
every row kept with the physical line it starts on, so later checks can say
``events.csv:14: date: ...``.

:func:`write_csv` writes every CSV file geomap produces (imports, drafts,
tables of figures) the way :func:`read_csv` reads them back: UTF-8,
comma-separated, ``\n`` line ends, header first, and every cell on one line.
It is the one CSV writer of geomap's outputs, and makes every cell safe to
open: no live formula (:func:`formula_safe`), no bidi controls, other control
characters shown as ``\xNN``, no ``-0.0``.  :func:`write_frame` writes a
table through it, and :func:`write_meta` puts a file's metadata beside it.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import difflib
import functools
import io
import itertools
import json
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ._text import strip_bidi, terminal_text, utf16_without_bom_message
from .errors import Problem, ProblemCollector
from .paths import atomic_path, read_bytes

__all__ = [
    "CsvTable",
    "read_csv",
    "clean_cell",
    "write_csv",
    "write_frame",
    "write_columns",
    "frame_columns",
    "write_meta",
    "meta_path",
    "meta_lines",
    "one_line_cell",
    "formula_safe",
]

_WHITESPACE = " \t\r\n\u00a0\u2007\u202f\ufeff"


def clean_cell(value: str) -> str:
    """Strip ordinary and non-breaking white space around a cell."""
    return value.strip(_WHITESPACE)


@dataclass
class CsvTable:
    """Rows of a CSV file with the line each starts on, kept a column at a time.

    ``cells`` holds every known column's cells in row order (the file's
    unknown columns are left out): a list of str, or, for a file read in
    bulk, a pyarrow string array made a list when first asked for
    (:meth:`column`; :meth:`arrow` gives the array itself, for checks and
    tables made a column at a time).  :attr:`rows` and :meth:`row` give the
    same cells as one dict per row, for the checks made row by row.
    """

    display: str
    header: list[str]
    lines: list[int] = field(default_factory=list)
    cells: dict[str, Any] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.lines)

    def __iter__(self):
        return iter(zip(self.lines, self.rows, strict=True))

    @property
    def columns(self) -> dict[str, list[str]]:
        """Every known column's cells, as lists."""
        return {name: self.column(name) for name in self.cells}

    @functools.cached_property
    def rows(self) -> list[dict[str, str]]:
        """Each row as a dict of its known columns' cells (made once, when first asked)."""
        columns = self.columns
        names = list(columns)
        return [
            dict(zip(names, cells, strict=True)) for cells in zip(*columns.values(), strict=True)
        ]

    def row(self, i: int) -> dict[str, str]:
        """Row ``i`` (0-based) as a dict of its known columns' cells."""
        return {name: self.column(name)[i] for name in self.cells}

    def column(self, name: str) -> list[str]:
        """Every row's cell of column ``name``, in row order (``""`` for a column not in the file)."""
        found = self.cells.get(name)
        if found is None:
            return [""] * len(self.lines)
        if not isinstance(found, list):
            found = self.cells[name] = found.to_pylist()
        return found

    def factorized(self, name: str) -> tuple[list[str], Any]:
        """``(distinct, codes)``: column ``name``'s distinct cells and, per row, the index of its own.

        ``column(name)[i] == distinct[codes[i]]`` (``codes`` a numpy integer
        array), for checks made once per distinct cell; a column read in bulk
        is encoded by pyarrow, with no Python str made for each row.
        """
        import numpy as np

        found = self.cells.get(name)
        if found is None:
            return [""], np.zeros(len(self.lines), dtype=np.intp)
        if isinstance(found, list):
            index: dict[str, int] = {}
            codes = [index.setdefault(v, len(index)) for v in found]
            return list(index), np.array(codes, dtype=np.intp)
        import pyarrow.compute as pc

        encoded = pc.dictionary_encode(found).combine_chunks()
        return encoded.dictionary.to_pylist(), encoded.indices.to_numpy(zero_copy_only=False)

    def arrow(self, name: str) -> Any:
        """Column ``name`` as the pyarrow string array it was read as; None when it is not one."""
        found = self.cells.get(name)
        return None if found is None or isinstance(found, list) else found


def _decode(data: bytes, display: str, c: ProblemCollector) -> str | None:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        c.add(display, None, None, "the file is UTF-16", "save it as UTF-8 (CSV UTF-8)")
        return None
    if b"\x00" in data[:65536]:
        utf16 = utf16_without_bom_message(data)
        if utf16:
            c.add(display, None, None, utf16, "save it as UTF-8 (CSV UTF-8)")
            return None
        c.add(
            display,
            data[: data.index(b"\x00")].count(b"\n") + 1,
            None,
            "the file holds NUL bytes: it is binary, not text",
            "export the table as UTF-8 CSV",
        )
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        bad = data[exc.start : exc.start + 4]
        c.add(
            display,
            line,
            None,
            f"not valid UTF-8 (bytes {bad!r}); the file mixes encodings or is Latin-1/Windows-1252",
            "save the file as UTF-8",
        )
        return None


def _read_text(path: Path, display: str, required: list[str], c: ProblemCollector) -> str | None:
    """The file's text, or None (reported) when missing, unreadable, binary or empty."""
    data = read_bytes(
        path, c, display=display, missing_hint=f"create it with the header: {','.join(required)}"
    )
    if data is None:
        return None
    text = _decode(data, display, c)
    if text is None:
        return None
    if not text.strip(_WHITESPACE):
        c.add(
            display,
            None,
            None,
            "the file is empty",
            f"write the header line: {','.join(required)}",
        )
        return None
    return text


def _check_header(
    header: list[str], required: list[str], known: list[str], display: str, c: ProblemCollector
) -> bool:
    """Report a wrong delimiter, repeated, unknown and missing columns; False when unusable."""
    if len(header) == 1:
        for delim, label in ((";", "semicolon"), ("\t", "tab"), ("|", "pipe")):
            if delim in header[0]:
                c.add(
                    display,
                    1,
                    None,
                    f"the header is {label}-separated; geomap reads comma-separated files",
                    "save the file with commas as separators",
                )
                return False
    ok = True
    seen: set[str] = set()
    for name in header:
        if name in seen:
            c.add(display, 1, name, "column appears twice", "keep one of them")
            ok = False
        seen.add(name)
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
            if close and close[0] not in header:
                c.add(display, 1, name, "unknown column", f"did you mean {close[0]!r}?")
                ok = False
            else:
                c.add(
                    display,
                    1,
                    name,
                    "unknown column, ignored",
                    f"known columns: {', '.join(known)}",
                    "warning",
                )
    missing = [col for col in required if col not in header]
    if missing:
        c.add(
            display,
            1,
            ",".join(missing),
            f"missing column{'s' * (len(missing) > 1)}",
            f"the header must include: {','.join(required)}",
        )
        ok = False
    return ok


#: The longest cell read (a drawn area's WKT or GeoJSON may run to megabytes): 64 MiB.
FIELD_BUDGET = 64 * 2**20


@contextlib.contextmanager
def _field_budget() -> Iterator[None]:
    """The csv module's field limit raised to :data:`FIELD_BUDGET` while reading, then restored."""
    old = csv.field_size_limit(FIELD_BUDGET)
    try:
        yield
    finally:
        csv.field_size_limit(old)


def _csv_error(exc: csv.Error) -> tuple[str, str]:
    """``(message, hint)`` for a row the csv module could not tokenise."""
    if "field limit" in str(exc):
        return (
            f"a cell longer than the {FIELD_BUDGET // 2**20} MiB a cell may hold",
            "simplify the geometry (fewer vertices) or split the row",
        )
    return f"malformed row ({exc}): an unclosed quote?", "check the quotes on this line"


def _read_rows(reader, table: CsvTable, known: list[str], c: ProblemCollector) -> None:
    """Put each well-formed row in ``table``; report the others."""
    display, header = table.display, table.header
    width = len(header)
    keep = [i for i, h in enumerate(header) if h in known]
    every = len(keep) == width
    spaces = itertools.repeat(_WHITESPACE)  # str.strip's argument, for map
    rows: list[list[str]] = []
    prev_end = reader.line_num
    while True:
        start = prev_end + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            c.add(display, start, None, *_csv_error(exc))
            prev_end = reader.line_num
            continue  # the reader starts afresh on the next line: the rows after are checked
        end = reader.line_num
        prev_end = end
        joined = "".join(row)
        if not joined.strip(_WHITESPACE):
            continue  # blank line (every cell empty or white space): no data to lose
        if end > start:
            c.add(
                display,
                start,
                None,
                f"a quoted field runs over {end - start + 1} lines (an unclosed quote?)",
                "close the quote, or keep each row on one line",
            )
            continue
        if len(row) != width:
            what = "fewer" if len(row) < width else "more"
            c.add(
                display,
                start,
                None,
                f"{len(row)} fields, {what} than the header's {width}",
                "the row may be truncated, or a value holding a comma needs double quotes",
            )
            continue
        cells = list(map(str.strip, row if every else [row[i] for i in keep], spaces))
        if "'" in joined:  # only then can a cell carry formula_safe's leading '
            cells = list(map(_unquoted, cells))
        rows.append(cells)
        table.lines.append(start)
    cells_by_column = list(map(list, zip(*rows, strict=True))) if rows else [[] for _ in keep]
    table.cells = dict(zip([header[i] for i in keep], cells_by_column, strict=True))


def _bulk_table(text: str, header: list[str], known: list[str], display: str) -> CsvTable | None:
    """The rows after the header read in bulk by pyarrow's CSV reader; None to read them one by one.

    The bulk read is taken only where it provably gives what :func:`_read_rows`
    gives, row for row and line for line; None (the row-by-row reader then
    reads the file, and reports whatever is wrong on its line) when pyarrow is
    not installed, or when the file holds a NUL, a carriage return that does
    not end a line, a line longer than :data:`FIELD_BUDGET`, a row pyarrow
    refuses (too few or too many fields), a blank row of separators, or a row
    with a quote that Python's :mod:`csv` reads differently or not at all (a
    quoted field running over lines, say).  Every row of the bulk read then
    sits on one physical line, so the rows' lines are the non-empty lines.
    """
    try:
        import pyarrow as pa
        import pyarrow.csv as pacsv
    except ImportError:  # pragma: no cover - pyarrow comes with the [parquet] extra and pandas 3
        return None
    if "\x00" in text or ("\r" in text and text.count("\r") != text.count("\r\n")):
        return None
    data = text.partition("\n")[2].encode("utf-8")
    lines = _Lines(data)
    if lines.longest > FIELD_BUDGET:
        return None
    if not lines.numbers:  # the header alone (and empty lines)
        return CsvTable(display, header, [], {name: [] for name in header if name in known})
    names = [str(i) for i in range(len(header))]
    try:
        arrow = pacsv.read_csv(
            io.BytesIO(data),
            read_options=pacsv.ReadOptions(
                column_names=names, use_threads=False, block_size=max(len(data) + 1, 2**16)
            ),
            parse_options=pacsv.ParseOptions(newlines_in_values=False, ignore_empty_lines=True),
            convert_options=pacsv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.string()),
                null_values=[],
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, OverflowError):  # a row of the wrong width, a block too large
        return None
    if arrow.num_rows != len(lines.numbers) or not _quotes_agree(arrow, lines):
        return None
    columns = _bulk_columns(arrow, header, known, apostrophe=b"'" in data)
    if columns is None:
        return None
    return CsvTable(display=display, header=header, lines=lines.numbers, cells=columns)


class _Lines:
    """The non-empty lines of the text after the header (``data``, UTF-8), found with numpy.

    ``numbers``: each one's line number in the file (the header is line 1);
    ``longest``: the longest line's length in bytes; :meth:`quoted`: the
    lines holding a double quote, as ``(record index, text)``.
    """

    def __init__(self, data: bytes):
        import numpy as np

        self.data = data
        codes = np.frombuffer(data, dtype=np.uint8)
        ends = np.flatnonzero(codes == 10)
        if data and data[-1:] != b"\n":
            ends = np.append(ends, len(data))  # the last line, without a line end
        starts = np.concatenate(([0], ends[:-1] + 1))[: len(ends)].astype(np.int64)
        lengths = ends - starts
        one = np.flatnonzero(lengths == 1)
        empty = lengths == 0
        empty[one] = codes[starts[one]] == 13  # "\r\n" alone: an empty line too
        kept = np.flatnonzero(~empty)  # pyarrow skips empty lines too
        self.numbers: list[int] = (kept + 2).tolist()
        self.longest = int(lengths.max()) if len(lengths) else 0
        self._starts, self._ends, self._kept = starts[kept], ends[kept], kept
        self._quotes = np.flatnonzero(codes == 34)

    def quoted(self) -> list[tuple[int, str]]:
        """``(record index, line text)`` of each non-empty line holding a ``"``."""
        import numpy as np

        if not len(self._quotes):
            return []
        rows = np.unique(np.searchsorted(self._ends, self._quotes))  # the record each quote is in
        return [
            (r, self.data[self._starts[r] : self._ends[r]].decode("utf-8")) for r in rows.tolist()
        ]


def _quotes_agree(arrow: Any, lines: _Lines) -> bool:
    """Whether every row holding a quote is one row to :mod:`csv`, with pyarrow's cells."""
    quoted = lines.quoted()
    if not quoted:
        return True  # no quote: a row is its line split at the commas, to either reader
    try:
        expected = [list(csv.reader([line], strict=True)) for _, line in quoted]
    except csv.Error:
        return False
    taken = arrow.take([r for r, _ in quoted])
    got = list(zip(*(col.to_pylist() for col in taken.columns), strict=True))
    return all(
        len(rows) == 1 and rows[0] == list(cells) for rows, cells in zip(expected, got, strict=True)
    )


def _bulk_columns(
    arrow: Any, header: list[str], known: list[str], *, apostrophe: bool = True
) -> dict[str, Any] | None:
    """The known columns' cells stripped (and unquoted) as :func:`_read_rows` does; None on a blank row.

    A column is kept as a pyarrow array, or as a list where a cell lost a leading ``'``
    (looked for only when the file holds an ``'`` somewhere: ``apostrophe``).
    """
    import pyarrow.compute as pc

    trimmed = [pc.utf8_trim(col, characters=_WHITESPACE) for col in arrow.columns]
    blank = functools.reduce(pc.and_, [pc.equal(pc.utf8_length(t), 0) for t in trimmed])
    if pc.any(blank).as_py():
        return None  # every cell empty: a row the row-by-row reader skips
    columns = {}
    for name, cells in zip(header, trimmed, strict=True):
        if name in known:
            quoted = apostrophe and pc.any(pc.starts_with(cells, "'")).as_py()
            columns[name] = list(map(_unquoted, cells.to_pylist())) if quoted else cells
    return columns


def read_csv(
    path: str | Path,
    *,
    required: Iterable[str],
    optional: Iterable[str] = (),
    problems: list[Problem] | ProblemCollector,
    display: str | None = None,
) -> CsvTable | None:
    """Read a CSV file; report every problem found to ``problems``.

    Parameters
    ----------
    path : str or Path
        The file.
    required, optional : iterable of str
        Column names: a missing required column makes the table unusable; a
        column in neither is reported (an error when it looks like a typo).
    problems : list of Problem or ProblemCollector
        Where problems go.
    display : str, optional
        The file's name in messages (default: ``path``).

    Returns
    -------
    CsvTable or None
        None when the file cannot be read as a table at all (missing, empty,
        binary, wrong encoding, wrong delimiter, required columns missing);
        otherwise the table of well-formed rows.  Rows with the wrong number
        of fields are reported and left out of the table.
    """
    c = problems if isinstance(problems, ProblemCollector) else ProblemCollector(problems)
    path = Path(path)
    display = display or str(path)
    required = list(required)
    known = required + [col for col in optional if col not in required]
    text = _read_text(path, display, required, c)
    if text is None:
        return None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    with _field_budget():
        try:
            header_row = next(reader)
        except csv.Error as exc:
            c.add(display, 1, None, f"malformed header ({exc})", "fix the quoting")
            return None
        header = [clean_cell(h) for h in header_row]
        if not _check_header(header, required, known, display, c):
            return None
        table = None
        if reader.line_num == 1:  # the header on line 1: the rows may be read in bulk
            table = _bulk_table(text, header, known, display)
        if table is None:  # or row by row, reporting every problem on its line
            table = CsvTable(display=display, header=header)
            _read_rows(reader, table, known, c)
    return table


# --------------------------------------------------------------------------- writing
#: First characters a spreadsheet reads as the start of a formula (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def formula_safe(value: Any) -> Any:
    """A CSV cell no spreadsheet runs as a formula: text starting as one gets a leading ``'``.

    A number written as text (``-2``, ``+1.5``) is a number, not a formula,
    and stays as it is; so do values that are not text.  :func:`read_csv`
    drops the ``'`` again, so a file geomap writes reads back as written.

    Examples
    --------
    >>> formula_safe("=HYPERLINK(1)"), formula_safe("Palmyra"), formula_safe(-3.5)
    ("'=HYPERLINK(1)", 'Palmyra', -3.5)
    >>> formula_safe("-2"), formula_safe("-2+3"), formula_safe("@SUM(A1)")
    ('-2', "'-2+3", "'@SUM(A1)")
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def _unquoted(cell: str) -> str:
    """A cell read back without the ``'`` that :func:`formula_safe` put before it."""
    if cell.startswith("'") and cell[1:2] and cell[1] in "=+-@\t\r":
        return cell[1:]
    return cell


def _safe_cell(value: Any, squeeze_spaces: bool, float_format: str | None) -> str:
    kind = type(value)
    if kind is float or kind is int:  # most cells of a ledger: the same result, sooner
        fast = _number_cell(value, float_format)
        if fast is not None:
            return fast
    if isinstance(value, float) and value == 0:
        value = 0.0  # never "-0.0"
    if float_format is not None and isinstance(value, float) and "z" not in float_format:
        float_format = "z" + float_format  # -0.0004 at 3 decimals is 0.000, not -0.000
    cell = one_line_cell(value, squeeze_spaces=squeeze_spaces, float_format=float_format)
    return formula_safe(terminal_text(strip_bidi(cell)))  # no ESC sequence reaches a `cat`


def _number_cell(value: float | int, float_format: str | None) -> str | None:
    """A finite float or an int as :func:`_safe_cell` writes it, None where it must look closer.

    Digits, signs and points need no bidi or terminal filtering; :func:`formula_safe` still
    decides (``-2`` stays a number).
    """
    if type(value) is float:
        if not math.isfinite(value) or float_format is None:
            return None
        if value == 0:
            value = 0.0  # never "-0.0"
        text = format(value, float_format if "z" in float_format else "z" + float_format)
    else:
        text = str(value)
    if not (text.isascii() and text.isprintable()):
        return None
    return formula_safe(text)


def one_line_cell(
    value: Any, *, squeeze_spaces: bool = False, float_format: str | None = None
) -> str:
    r"""A value as a CSV cell on one line (geomap refuses line breaks inside cells).

    Parameters
    ----------
    value : object
        None and NaN are written as an empty cell (a missing value).
    squeeze_spaces : bool, default False
        Also turn every run of white space into one space and strip the ends
        (drafts, whose text comes from articles); by default only line breaks
        become spaces.
    float_format : str, optional
        Format spec for floats (e.g. ``"g"``); by default ``str(value)``.

    Examples
    --------
    >>> one_line_cell("two\nlines")
    'two lines'
    >>> one_line_cell(None), one_line_cell(float("nan"))
    ('', '')
    >>> one_line_cell("  a \t b ", squeeze_spaces=True)
    'a b'
    >>> one_line_cell(5000.0, float_format="g")
    '5000'
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if float_format is not None and isinstance(value, float):
        return format(value, float_format)
    if squeeze_spaces:
        return " ".join(str(value).split())
    return " ".join(str(value).splitlines())


def write_csv(
    dest: str | Path | IO[str],
    header: Iterable[str],
    rows: Iterable[Iterable[Any]],
    *,
    squeeze_spaces: bool = False,
    float_format: str | None = None,
) -> Path | None:
    r"""Write a CSV file the way :func:`read_csv` reads it back, safe to open in a spreadsheet.

    UTF-8, comma-separated, ``\n`` line ends, the header first, each cell
    on one line (:func:`one_line_cell`; ``squeeze_spaces`` and
    ``float_format`` are passed to it), no cell a live formula
    (:func:`formula_safe`), no bidirectional control characters, no ``-0.0``.

    Parameters
    ----------
    dest : str, Path or text file object
        A path (its folder is created; the file is written to a temporary
        name and renamed, :func:`geomap.paths.atomic_path`) or an open text
        buffer.
    header : iterable of str
        Column names.
    rows : iterable of iterables
        One sequence of values per row, in header order.

    Returns
    -------
    Path or None
        The path written, or None when ``dest`` is a buffer.

    Examples
    --------
    >>> buf = io.StringIO()
    >>> write_csv(buf, ["id", "note"], [["a", "two\nlines"], ["b", None], ["=1+1", -0.0]])
    >>> print(buf.getvalue(), end="")
    id,note
    a,two lines
    b,
    '=1+1,0.0
    """

    safe_rows = ([_safe_cell(v, squeeze_spaces, float_format) for v in row] for row in rows)
    return _write_cells(dest, header, safe_rows)


def _write_cells(
    dest: str | Path | IO[str], header: Iterable[str], rows: Iterable[Iterable[str]]
) -> Path | None:
    """Write the header (made safe here) and ``rows`` of cells already made safe."""

    def emit(fh: IO[str]) -> None:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow([_safe_cell(h, False, None) for h in header])
        writer.writerows(rows)

    if hasattr(dest, "write"):  # one write: a stream may check each (the CLI's safe_streams)
        buf = io.StringIO()
        emit(buf)
        dest.write(buf.getvalue())
        return None
    out = Path(dest)
    out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(out) as tmp, open(tmp, "x", encoding="utf-8", newline="") as fh:
        emit(fh)
    return out


def write_frame(
    dest: str | Path | IO[str],
    df: Any,
    *,
    float_format: str | None = ".3f",
    meta: dict | None = None,
) -> Path | None:
    """Write a DataFrame through :func:`write_csv` (and its metadata beside it).

    Parameters
    ----------
    dest : str, Path or text file object
    df : pandas.DataFrame
        Its columns in order; the index is not written.
    float_format : str or None, default ".3f"
        Format spec for floats (None: ``str``).
    meta : dict, optional
        What the figures rest on; written by :func:`write_meta` beside a path
        (never into the CSV body, so any CSV reader opens the file as it is).

    Returns
    -------
    Path or None
        The path written, or None when ``dest`` is a buffer.
    """
    names = [str(c) for c in df.columns]
    return write_columns(dest, names, frame_columns(df), len(df), float_format, meta=meta)


def write_columns(
    dest: str | Path | IO[str],
    names: list[str],
    columns: list[tuple[str, Any]],
    n_rows: int,
    float_format: str | None = ".3f",
    *,
    meta: dict | None = None,
) -> Path | None:
    """Write a table given as columns (:func:`frame_columns`): the same bytes as
    :func:`write_frame` of the frame they came from, with no pandas needed.

    ``n_rows`` counts the rows of a table without columns.
    """
    cells = [column_cells(kind, values, float_format) for kind, values in columns]
    rows = zip(*cells, strict=True) if cells else ([] for _ in range(n_rows))
    out = _write_cells(dest, names, rows)
    if out is not None and meta is not None:
        write_meta(out, meta)
    return out


# --------------------------------------------------------------------------- a frame, a column at a time
#: The kinds of :func:`frame_columns`: floats, whole numbers and booleans (numpy arrays),
#: text (a list of str, each cell's text before it is made safe) and cells (any values).
COLUMN_KINDS = ("float", "int", "text", "cells")


def frame_columns(df: Any) -> list[tuple[str, Any]]:
    """A DataFrame's columns as ``(kind, values)`` (:data:`COLUMN_KINDS`), in order."""
    return [_frame_column(df.iloc[:, i]) for i in range(df.shape[1])]


def _frame_column(col: Any) -> tuple[str, Any]:
    """One DataFrame column as ``(kind, values)``, the values :func:`column_cells` formats."""
    import numpy as np
    import pandas as pd

    dtype = col.dtype
    kind = dtype.kind if isinstance(dtype, np.dtype) else ""
    if kind == "f":
        return "float", col.to_numpy()
    if kind and kind in "iub":
        return "int", col.to_numpy()
    if pd.api.types.is_datetime64_any_dtype(col):
        col = col.astype(str).where(col.notna(), None)
    values = col.astype(object).where(col.notna(), None).to_numpy()
    kinds = set(map(type, values))
    if kinds <= _TEXT_KINDS:  # str() is the cell's text: one_line_cell's rule for these
        return "text", [v if type(v) is str else "" if v is None else str(v) for v in values]
    return "cells", [v.item() if hasattr(v, "item") else v for v in values]


def column_cells(kind: str, values: Any, float_format: str | None) -> list[str]:
    """The cells of one column, exactly as :func:`_safe_cell` writes each value.

    Numbers and text are formatted a column at a time; a column of anything else (a mix of
    kinds, nullable integers, timedeltas) goes through :func:`_safe_cell` cell by cell.
    """
    if kind == "float":
        return _float_cells(values, float_format)
    if kind == "int":  # str of an int or a bool: digits and a sign, True, False
        return list(map(str, values.tolist()))
    if kind == "text":
        return _text_cells(list(values))
    if kind == "cells":
        return [_safe_cell(v, False, float_format) for v in values]
    raise ValueError(f"unknown column kind {kind!r}")


#: Value types whose cell is their ``str()`` made safe (``None``: an empty cell).
_TEXT_KINDS = frozenset({str, type(None), dt.date})


def _float_cells(arr: Any, float_format: str | None) -> list[str]:
    """Floats as :func:`_safe_cell` writes them: NaN empty, no ``-0``, ``-inf`` quoted."""
    import numpy as np

    missing = np.isnan(arr)
    values = np.where(arr == 0, 0.0, arr).tolist()  # never "-0.0"
    if float_format is None:
        texts = list(map(str, values))
    else:  # -0.0004 at 3 decimals is 0.000, not -0.000
        spec = float_format if "z" in float_format else "z" + float_format
        texts = [format(v, spec) for v in values]
    if missing.any():
        for i in np.flatnonzero(missing).tolist():
            texts[i] = ""
    return _text_cells(texts, lambda t: terminal_text(strip_bidi(t)))


def _text_cells(texts: list[str], clean: Any = None) -> list[str]:
    """Text cells made safe (:func:`_safe_cell`'s rules) with one check for the whole column.

    Every character that :func:`one_line_cell`, :func:`strip_bidi` or :func:`terminal_text`
    would change (line breaks, bidi and other control characters) is not printable: a
    column whose text is all printable only needs :func:`formula_safe`.  ``clean`` makes a
    cell that is not printable safe before that (default: :func:`_safe_cell`'s text rules).
    """
    if not "".join(texts).isprintable():
        clean = clean or (lambda t: terminal_text(strip_bidi(one_line_cell(t))))
        texts = [t if t.isprintable() else clean(t) for t in texts]
    return [
        "'" + t if t.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(t) else t for t in texts
    ]


def meta_path(csv_path: str | Path) -> Path:
    """The sidecar of a CSV file: ``gains.csv`` → ``gains.json``.

    >>> meta_path("out/gains.csv").as_posix(), meta_path("out/gains.txt").as_posix()
    ('out/gains.json', 'out/gains.txt.json')
    """
    p = Path(csv_path)
    return p.with_suffix(".json") if p.suffix.lower() == ".csv" else p.with_name(p.name + ".json")


def write_meta(csv_path: str | Path, meta: dict) -> Path:
    """Write ``meta`` as JSON in the sidecar of ``csv_path`` (:func:`meta_path`); returns its path."""
    out = meta_path(csv_path)
    text = json.dumps(meta, indent=1, ensure_ascii=False, default=str) + "\n"
    with atomic_path(out) as tmp, open(tmp, "x", encoding="utf-8") as fh:
        fh.write(text)
    return out


def meta_lines(meta: dict) -> list[str]:
    r"""Metadata as ``# key: value`` lines (``--with-meta``), each on one line.

    >>> meta_lines({"title": "a\n=evil,row"})
    ['# title: a\\n=evil,row']
    """
    return [
        "# " + f"{k}: {v}".replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n")
        for k, v in meta.items()
    ]
