"""Snapshot file names: the pattern that dates each file, and listing a folder.

``pattern`` is a file name with one date field and optional ``*`` wildcards;
see ``docs/snapshots.md`` ("File name patterns").

Examples
--------
>>> pat = compile_pattern("deepstatemap_data_{date:%Y%m%d}.geojson", need_date=True, file="<x>")
>>> pat.when("deepstatemap_data_20241009.geojson")
(datetime.datetime(2024, 10, 9, 0, 0), None, True)
>>> pat.when("notes.txt")
(None, None, False)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..errors import InputError, Problem
from ..paths import input_problem

__all__ = ["DEFAULT_PATTERN", "FilePattern", "compile_pattern", "list_files"]

DEFAULT_PATTERN = "{date:%Y-%m-%d}.geojson"
_DIRECTIVES = {
    "Y": r"\d{4}",
    "y": r"\d{2}",
    "m": r"\d{1,2}",
    "d": r"\d{1,2}",
    "H": r"\d{1,2}",
    "M": r"\d{1,2}",
    "S": r"\d{1,2}",
    "j": r"\d{1,3}",
    "b": r"[A-Za-z]{3}",
    "B": r"[A-Za-z]+",
    "%": "%",
}
_FIELD = re.compile(r"\{(date:[^}]*|timestamp|timestamp_ms)\}")


@dataclass(frozen=True)
class FilePattern:
    """A compiled file-name pattern (see :func:`compile_pattern`)."""

    text: str
    regex: re.Pattern
    kind: Literal["date", "timestamp", "timestamp_ms", "none"]
    fmt: str = ""

    def when(self, name: str) -> tuple[dt.datetime | None, str | None, bool]:
        """``(datetime, error, matched)`` for a file name."""
        m = self.regex.fullmatch(name)
        if not m:
            return None, None, False
        if self.kind == "none":
            return None, None, True
        raw = m["when"]
        try:
            if self.kind == "date":
                return dt.datetime.strptime(raw, self.fmt), None, True
            seconds = int(raw) / (1000 if self.kind == "timestamp_ms" else 1)
            stamp = dt.datetime.fromtimestamp(seconds, dt.UTC).replace(tzinfo=None)
            return stamp, None, True
        except (ValueError, OverflowError, OSError) as exc:
            return None, f"{raw!r} in the file name is not a {self.kind} ({exc})", True


def compile_pattern(pattern: str, *, need_date: bool, file: str) -> FilePattern:
    """Compile a file-name pattern.

    Parameters
    ----------
    pattern : str
        A file name with one ``{date:FORMAT}``, ``{timestamp}`` or
        ``{timestamp_ms}`` field and optional ``*`` wildcards.
    need_date : bool
        Whether the pattern must hold a date field (no ``date_property``).
    file : str
        Where the pattern came from, for messages.

    Raises
    ------
    InputError
        Several date fields, none when one is needed, a folder in the
        pattern, an unsupported ``strftime`` directive or a date without year.
    """
    fields = _FIELD.findall(pattern)
    hint = 'e.g. pattern = "deepstatemap_data_{date:%Y%m%d}.geojson" or "{timestamp}.geojson"'
    if len(fields) > 1:
        raise InputError(
            Problem(file, None, "pattern", f"{pattern!r} has {len(fields)} date fields", "keep one")
        )
    if not fields and need_date:
        raise InputError(
            Problem(
                file,
                None,
                "pattern",
                f"{pattern!r} has no date field and no date_property is given",
                hint,
            )
        )
    if "/" in pattern or "\\" in pattern:
        raise InputError(
            Problem(
                file,
                None,
                "pattern",
                f"{pattern!r} holds a folder",
                "give the folder apart; the pattern is a file name",
            )
        )
    out = []
    kind: Literal["date", "timestamp", "timestamp_ms", "none"] = "none"
    fmt = ""
    pos = 0
    for m in _FIELD.finditer(pattern):
        out.append(re.escape(pattern[pos : m.start()]).replace(r"\*", ".*"))
        token = m[1]
        if token.startswith("date:"):
            kind, fmt = "date", token[5:]
            out.append(f"(?P<when>{_date_regex(fmt, pattern, file)})")
            if "%Y" not in fmt and "%y" not in fmt:
                raise InputError(
                    Problem(file, None, "pattern", f"{pattern!r}: the date has no year (%Y)", hint)
                )
        else:
            kind = token  # type: ignore[assignment]
            out.append(r"(?P<when>\d+)")
        pos = m.end()
    out.append(re.escape(pattern[pos:]).replace(r"\*", ".*"))
    return FilePattern(pattern, re.compile("".join(out)), kind, fmt)


def _date_regex(fmt: str, pattern: str, file: str) -> str:
    """The regular expression of a ``strftime`` format."""
    rx = []
    i = 0
    while i < len(fmt):
        if fmt[i] == "%":
            d = fmt[i + 1 : i + 2]
            if d not in _DIRECTIVES:
                raise InputError(
                    Problem(
                        file,
                        None,
                        "pattern",
                        f"unsupported date directive %{d} in {pattern!r}",
                        f"use {' '.join('%' + k for k in _DIRECTIVES if k != '%')}",
                    )
                )
            rx.append(_DIRECTIVES[d])
            i += 2
        else:
            rx.append(re.escape(fmt[i]))
            i += 1
    return "".join(rx)


def list_files(
    folders: list[Path], pat: FilePattern
) -> tuple[list[tuple[Path, dt.datetime | None]], list[Problem]]:
    """``([(path, datetime from the name)], problems)`` of the files matching ``pat``.

    Hidden files and sub-folders are skipped; files that do not match are
    listed in one warning per folder; a name whose date does not parse is an
    error.
    """
    out = []
    problems: list[Problem] = []
    for folder in folders:
        bad = input_problem(
            folder, want="folder", missing_hint="give the folder holding the snapshot files"
        )
        if bad is not None:
            problems.append(bad)
            continue
        stray = []
        for path in sorted(folder.iterdir()):
            if path.name.startswith("."):
                continue
            if path.is_symlink() and not path.exists():  # a loop or a broken link: not "absent"
                problems.append(
                    input_problem(path) or Problem(str(path), None, None, "broken link")
                )
                continue
            if not path.is_file():
                continue
            when, err, matched = pat.when(path.name)
            if not matched:
                stray.append(path.name)
                continue
            if err:
                problems.append(
                    Problem(str(path), None, "file name", err, f"name files as {pat.text!r}")
                )
                continue
            out.append((path, when))
        if stray:
            listed = ", ".join(stray[:5]) + (
                f" and {len(stray) - 5} more" if len(stray) > 5 else ""
            )
            problems.append(
                Problem(
                    str(folder),
                    None,
                    "pattern",
                    f"{len(stray)} file(s) do not match {pat.text!r} and were not read: {listed}",
                    "rename them or change the pattern",
                    "warning",
                )
            )
    return out, problems
