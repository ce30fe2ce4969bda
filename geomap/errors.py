"""Errors and problem reports.

Every problem geomap finds in user input is a :class:`Problem`: where it is
(file, line, field), what is wrong, and how to fix it.  Loading functions
collect every problem they can find in one pass and raise one
:class:`InputError` carrying all of them, so a user fixes a file once, not
once per problem.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "GeomapError",
    "InputError",
    "GeometryError",
    "CRSError",
    "Problem",
    "format_problems",
    "NameResolutionError",
]

Severity = Literal["error", "warning"]


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
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
        parts = [where]
        if self.field:
            parts.append(self.field)
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
    """One line per problem, errors first, in file/line order."""
    probs = sorted(
        problems,
        key=lambda p: (p.severity != "error", p.file, p.line if p.line is not None else -1),
    )
    return "\n".join(str(p) for p in probs)


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
