"""Options shared by several ``geomap`` sub-commands, and the one way a command loads a theatre."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, NamedTuple

from .._text import terminal_text
from ..errors import SPELLING_ONLY

if TYPE_CHECKING:
    from ..theatre import TheatreLike

__all__ = [
    "radii",
    "date_arg",
    "days_arg",
    "days_or_none_arg",
    "add_fix_invalid",
    "on_invalid",
    "load",
]


def radii(text: str) -> list[float]:
    """``15,30,50`` or a range ``10:50:10`` (start:stop:step, stop included).

    >>> radii("15,30,50")
    [15.0, 30.0, 50.0]
    >>> radii("10:30:10")
    [10.0, 20.0, 30.0]
    """
    try:
        if ":" in text:
            a, b, step = (float(x) for x in text.split(":"))
            if step <= 0 or b < a:
                raise ValueError
            out, r = [], a
            while r <= b + 1e-9:
                out.append(round(r, 6))
                r += step
            return out
        out = [float(x) for x in text.split(",") if x.strip()]
        if not out or any(r <= 0 for r in out):
            raise ValueError
        return out
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a list of radii in km (e.g. 15,30,50 or 10:50:10)"
        ) from None


def date_arg(text: str) -> dt.date:
    """An ISO 8601 day for --from/--to (argparse names the option in its error).

    >>> date_arg("2017-05-27")
    datetime.date(2017, 5, 27)
    """
    from ..dates import DATE_HINT, parse_day

    day, err = parse_day(text)
    if err:
        raise argparse.ArgumentTypeError(f"{err}; {DATE_HINT}")
    return day


def whole_number(text: str, hint: str) -> int:
    """``text`` as a whole number, at least 1; otherwise an argparse error ``repr(text) + hint``."""
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{text!r}{hint}")
    return n


def days_arg(text: str) -> int:
    """A window in days (``--rolling``): a whole number, at least 1."""
    return whole_number(text, " is not a number of days (e.g. 30)")


def days_or_none_arg(text: str) -> int | None:
    """Like :func:`days_arg`, and ``0`` for none."""
    return None if text.strip() == "0" else days_arg(text)


def add_fix_invalid(p: argparse.ArgumentParser, help: str, *, hidden: tuple[str, ...] = ()) -> None:
    """``--fix-invalid`` (and any old spelling in ``hidden``, kept working but not listed)."""
    p.add_argument("--fix-invalid", action="store_true", help=help)
    for flag in hidden:
        p.add_argument(flag, dest="fix_invalid", action="store_true", help=argparse.SUPPRESS)


def on_invalid(args: argparse.Namespace, otherwise: str = "raise") -> str:
    """``"fix"`` under ``--fix-invalid``, else ``otherwise``."""
    return "fix" if args.fix_invalid else otherwise


def load(args: argparse.Namespace) -> TheatreLike:
    """The theatre named on the command line (one ``--radius`` sets the cell radius)."""
    from ..theatre import load_theatre

    radius = args.radius[0] if args.radius and len(args.radius) == 1 else None
    conf = {"confidence": args.confidence} if getattr(args, "confidence", None) else {}
    th = load_theatre(args.theatre, cell_radius_km=radius, on_invalid=on_invalid(args), **conf)
    args.warnings_note = warnings_note(th, args.theatre)
    return th


def _warnings(th: TheatreLike) -> list:
    """The warnings found loading the theatre and applying its events (the regions file is not
    read for this)."""
    inputs, history = getattr(th, "inputs", None), getattr(th, "history", None)
    found = [*getattr(inputs, "problems", ()), *getattr(history, "problems", ())]
    if inputs is None:  # a snapshot theatre
        found = list(getattr(th, "problems", ()))
    return [p for p in found if not p.is_error]


def count_warnings(th: TheatreLike) -> int:
    """How many warnings the theatre has (``geomap check`` lists them)."""
    return len(_warnings(th))


class Warned(NamedTuple):
    """A theatre's warnings as a command reports them after its output: how many, and those
    that read a name by its spelling only, as printed (the figures count those readings;
    ``errors.SPELLING_ONLY``)."""

    count: int
    spelling: list[str]


def warned(th: TheatreLike) -> Warned:
    """The theatre's :class:`Warned`."""
    found = _warnings(th)
    return Warned(len(found), [str(p) for p in found if SPELLING_ONLY in p.message])


def warnings_note(th: TheatreLike, theatre: object) -> str | None:
    """The lines printed after a command's output: the theatre's warnings counted (``geomap
    check`` lists them), and those that read a name by its spelling only listed, so that no
    figure rests on such a reading unsaid (nor on a contradicted ``from_actor``: counted)."""
    return warnings_text(warned(th), theatre)


#: Spelling-only readings listed after a command's output (the rest are counted).
_SPELLING_SHOWN = 10


def warnings_text(found: Warned, theatre: object) -> str | None:
    """The lines of :func:`warnings_note` for ``found`` (None for no warning)."""
    n, spelling = found
    if not n:
        return None
    text = (
        f"geomap: note: {n} warning(s) in the theatre's files; 'geomap check {theatre}' lists them"
    )
    if spelling:
        shown = spelling[:_SPELLING_SHOWN]
        text += (
            f"\ngeomap: note: {len(spelling)} of them read a name by its spelling only, and the "
            "figures count that reading:"
        )
        text += "".join(f"\n  {terminal_text(w)}" for w in shown)
        if len(spelling) > len(shown):
            text += f"\n  ... and {len(spelling) - len(shown)} more"
    return text
