"""Errors and problem reports.

Every problem geomap finds in user input is a :class:`Problem`: where it is
(file, line, field), what is wrong, and how to fix it.  Loading functions
collect every problem they can find in one pass and raise one
:class:`InputError` carrying all of them, so a user fixes a file once, not
once per problem.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "GeomapError",
    "InputError",
    "GeometryError",
    "CRSError",
    "Problem",
    "ProblemCollector",
    "format_problems",
    "NameResolutionError",
    "PathError",
    "ArgumentError",
    "DataRangeError",
]

Severity = Literal["error", "warning"]


#: The ``file`` of a problem with an argument given to a command or a function, not a file.
ARGUMENT = "<argument>"
#: The words of every warning that reads a name by its spelling skeleton only (a place or
#: actor not named as written): the commands that print figures list these warnings, since
#: the figures count the reading (``geomap.cli``); ``geomap check`` lists every warning.
SPELLING_ONLY = "matched by its spelling skeleton only"


@dataclass(frozen=True)
class Problem:
    """One problem in user input.

    Parameters
    ----------
    file : str
        The file the problem is in (as the user would type it).
    line : int or None
        1-based line number in that file (the header is line 1), or None for
        problems that concern the file as a whole.
    field : str or None
        Column, key or property name.
    message : str
        What is wrong, quoting the bad value.
    hint : str
        How to fix it.
    severity : {"error", "warning"}
        Errors make ``geomap check`` exit non-zero; warnings are reported only.
    """

    file: str
    line: int | None
    field: str | None
    message: str
    hint: str = ""
    severity: Severity = "error"

    def __str__(self) -> str:
        if self.file == ARGUMENT:  # a date or option given to a command or a function
            parts = [f"argument {self.field}" if self.field else "argument"]
        else:
            where = self.file
            if self.line is not None:
                where += f":{self.line}"
            parts = [where, self.field] if self.field else [where]
        text = ": ".join(parts) + ": "
        if self.severity == "warning":
            text += "warning: "
        text += self.message
        if self.hint:
            text += f"; {self.hint}"
        return text

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


def format_problems(problems: Iterable[Problem]) -> str:
    """One line per problem, errors first; root causes first among them; then in file/line order.

    A root cause is a problem with a whole file or its header (no line and no
    field, or line 1: a missing file, a missing column, a table with no rows);
    then come problems with a field of a whole file (no line: e.g. the rows a
    root cause left out, :meth:`ProblemCollector.summarise`); then the rows.
    """

    def rank(p: Problem) -> int:
        if p.line == 1 or (p.line is None and not p.field):
            return 0
        return 1 if p.line is None else 2

    probs = sorted(
        problems,
        key=lambda p: (
            p.severity != "error",
            rank(p),
            p.file,
            p.line if p.line is not None else -1,
        ),
    )
    return "\n".join(str(p) for p in probs)


class ProblemCollector:
    """Every problem found while reading user input, in the order found.

    The one place readers report a problem or a bad line: theatre files
    (:mod:`geomap.inputs`), the CSV reader and the importers.

    Parameters
    ----------
    problems : list of Problem, optional
        A list to append to (shared with a caller); a new one by default.
    max_bad_lines : int, optional
        After this many bad lines (:meth:`bad_line`) reading stops, with one
        more problem saying so.
    stop_hint : str
        The hint of that "stopped reading" problem.

    Examples
    --------
    >>> c = ProblemCollector()
    >>> c.add("places.csv", 3, "lat", "'x' is not a number", "give decimal degrees")
    >>> c.n_errors
    1
    >>> print(c.problems[0])
    places.csv:3: lat: 'x' is not a number; give decimal degrees
    """

    def __init__(
        self,
        problems: list[Problem] | None = None,
        *,
        max_bad_lines: int | None = None,
        stop_hint: str = "",
    ):
        self.problems: list[Problem] = problems if problems is not None else []
        self.max_bad_lines = max_bad_lines
        self.stop_hint = stop_hint
        self.n_bad_lines = 0
        #: ``(file, field, cause) -> lines`` of rows left unchecked because of a root cause
        self._unchecked: dict[tuple[str, str, str], list[int]] = {}

    def add(
        self,
        file: str,
        line: int | None,
        field: str | None,
        message: str,
        hint: str = "",
        severity: Severity = "error",
    ) -> None:
        """Report one problem (see :class:`Problem` for the arguments)."""
        self.problems.append(Problem(file, line, field, message, hint, severity))

    def extend(self, problems: Iterable[Problem]) -> None:
        """Report problems found elsewhere (e.g. an :class:`InputError`'s)."""
        self.problems.extend(problems)

    def bad_line(self, file: str, line: int, errors: Sequence[tuple[str | None, str, str]]) -> bool:
        """Report a bad line's ``(field, message, hint)`` errors; True when reading should stop.

        Reading stops once ``max_bad_lines`` lines were bad: the collector
        then adds a ``"too many bad lines; stopped reading"`` problem.
        """
        for fld, msg, hint in errors:
            self.add(file, line, fld, msg, hint)
        self.n_bad_lines += 1
        if self.max_bad_lines is not None and self.n_bad_lines >= self.max_bad_lines:
            self.add(file, None, None, "too many bad lines; stopped reading", self.stop_hint)
            return True
        return False

    def unchecked(self, file: str, line: int, field: str, cause: str) -> None:
        """Note a row left out because of a root cause reported once elsewhere (:meth:`summarise`)."""
        self._unchecked.setdefault((file, field, cause), []).append(line)

    def summarise(self) -> None:
        """Report the rows noted by :meth:`unchecked`: one error per file and field, not one per row.

        >>> c = ProblemCollector()
        >>> for line in (2, 3, 9):
        ...     c.unchecked("events.csv", line, "to_actor", "actors.csv has no actors")
        >>> c.summarise()
        >>> print(c.problems[0])
        events.csv: to_actor: 3 rows not loaded (lines 2, 3, 9): actors.csv has no actors; fix that first
        """
        for (file, field, cause), lines in self._unchecked.items():
            shown = ", ".join(map(str, lines[:10])) + (", ..." if len(lines) > 10 else "")
            self.add(
                file,
                None,
                field,
                f"{len(lines)} row{'s' * (len(lines) > 1)} not loaded (line{'s' * (len(lines) > 1)} "
                f"{shown}): {cause}",
                "fix that first",
            )
        self._unchecked.clear()

    @property
    def n_errors(self) -> int:
        """How many of the problems are errors (not warnings)."""
        return sum(p.is_error for p in self.problems)

    @property
    def has_errors(self) -> bool:
        """True when any problem is an error."""
        return any(p.is_error for p in self.problems)

    def raise_if_errors(self) -> None:
        """Raise :class:`InputError` with every problem when any is an error."""
        if self.has_errors:
            raise InputError(self.problems)


class GeomapError(Exception):
    """Base class of every error geomap raises on purpose."""


class InputError(GeomapError, ValueError):
    """User input is wrong.  ``.problems`` lists every problem found.

    ``str(err)`` is a one-line summary naming the first problem; use
    :func:`format_problems` on ``err.problems`` for the full list.
    """

    def __init__(self, problems: Problem | str | Iterable[Problem]):
        if isinstance(problems, str):
            problems = [Problem(file="<input>", line=None, field=None, message=problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        errors = [p for p in self.problems if p.is_error] or self.problems
        first = str(errors[0]) if errors else "invalid input"
        more = len(errors) - 1
        summary = first if more <= 0 else f"{first} (and {more} more error{'s' * (more > 1)})"
        super().__init__(summary)


class PathError(GeomapError, ValueError):
    """A path given by the user cannot be used: missing, of the wrong kind, a link loop, unwritable.

    Raised before any work starts (:mod:`geomap.paths`); the message names the
    path and the fix.  The command line exits 2 for it (a usage error), where
    problems *in* the data exit 1.
    """


class ArgumentError(InputError):
    """An argument does not fit the input (a cell radius for a snapshot theatre, ``--regions``
    for a theatre without regions): an :class:`InputError` the command line counts as usage (exit 2).
    """


class DataRangeError(ArgumentError):
    """A date range (or date) wholly outside the days a theatre's data covers: before its
    initial snapshot, or after its data ends (:func:`geomap.dates.within_data`).  Nothing is
    known there, so no figure is given; the command line exits 2 (a usage error)."""


class GeometryError(InputError):
    """A geometry is invalid, empty or of the wrong type."""


class CRSError(GeomapError, ValueError):
    """Coordinates are in the wrong or in mismatched coordinate reference systems."""


class NameResolutionError(GeomapError, LookupError):
    """A name matched no entry, or more than one.

    Attributes
    ----------
    name : str
        The name as given.
    kind : str
        What was looked up ("place", "actor").
    candidates : list of tuple(str, str)
        ``(id, display name)`` of the matching entries when ambiguous, else the nearest ones.
    ambiguous : bool
        True when several entries matched equally well.
    """

    def __init__(self, name: str, kind: str, candidates: list[tuple[str, str]], ambiguous: bool):
        self.name = name
        self.kind = kind
        self.candidates = candidates
        self.ambiguous = ambiguous
        listed = ", ".join(f"{label!r} (id {ident})" for ident, label in candidates)
        if ambiguous:
            msg = f"ambiguous {kind} {name!r}: it matches {listed}"
        elif candidates:
            msg = f"unknown {kind} {name!r}; nearest: {listed}"
        else:
            msg = f"unknown {kind} {name!r}"
        super().__init__(msg)

    @property
    def hint(self) -> str:
        if self.ambiguous:
            return f"write the {self.kind} id instead of the name"
        return f"use an id or a name listed for the {self.kind}, or add {self.name!r} as an alias"

    def __str__(self) -> str:  # LookupError would quote the message
        return self.args[0]
