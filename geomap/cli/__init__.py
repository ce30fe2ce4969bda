"""The ``geomap`` command line.  Thin: parsing arguments, calling the library, printing.

Exit codes (the table of README.md, for every command):

* 0 -- done, the data is clean (warnings may be printed);
* 1 -- problems in the data: a theatre, an article, an import file
  (:class:`~geomap.errors.InputError`; every problem as ``file:line: field: what; fix``);
* 2 -- usage or environment: a bad option, a path of the wrong kind
  (:class:`~geomap.errors.PathError`), a missing optional package, a file
  that cannot be written;
* 3 -- an internal error (a bug): one line asking for a report, the
  traceback only with ``GEOMAP_DEBUG=1``.

No Python traceback reaches the user otherwise.
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import os
import re
import sys
from collections.abc import Sequence

from .._text import terminal_text
from ..errors import (
    ARGUMENT,
    ArgumentError,
    DataRangeError,
    GeomapError,
    InputError,
    format_problems,
)
from ..paths import output_dir, output_file, outside_allowed, require_input
from . import (
    cache,
    calibrate,
    check,
    demo,
    diff,
    export,
    extract,
    gains,
    importers,
    maps,
    snapshots,
)
from ._terminal import safe_streams

__all__ = ["main", "build_parser"]

# every command family: a module with register(subparsers); the order is the order of --help
COMMANDS = (
    check,
    gains,
    maps,
    diff,
    demo,
    export,
    extract,
    snapshots,
    importers,
    calibrate,
    cache,
)

#: Exit codes: the data is clean; problems in the data; usage or environment; a bug.
EXIT_OK, EXIT_DATA, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3

_ALLOW_OUTSIDE_HELP = (
    "let theatre.toml name files outside the theatre folder ([aoi] path, [regions] path, "
    "[model] barriers, [snapshots] folders); by default they must lie inside it "
    "(or set [theatre] allow_outside = true)"
)


_NO_CACHE_HELP = (
    "do not read or write the derivation cache (validated inputs, faces and event outcomes kept "
    "between runs in $GEOMAP_CACHE_DIR, else ~/.cache/geomap; see 'geomap cache info')"
)


class _Parser(argparse.ArgumentParser):
    """An argument parser that keeps the arguments added to it, in order (``arguments``), so
    the CLI names them as the user typed them and suggests near ones without reaching into
    argparse's private lists; its subcommands' parsers are of this class too."""

    def add_argument(self, *args, **kwargs) -> argparse.Action:
        action = super().add_argument(*args, **kwargs)
        self.__dict__.setdefault("arguments", []).append(action)
        return action


def _add_theatre_options(commands: dict[str, _Parser]) -> None:
    """``--allow-outside`` and ``--no-cache`` on every command that reads a theatre."""
    for parser in commands.values():
        if any(a.dest in ("theatre", "folder") for a in parser.arguments):
            parser.add_argument("--allow-outside", action="store_true", help=_ALLOW_OUTSIDE_HELP)
            parser.add_argument("--no-cache", action="store_true", help=_NO_CACHE_HELP)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``geomap`` command."""
    parser = _Parser(
        prog="geomap",
        description="Who controls what, day by day: territory from a gazetteer and dated control-change events, "
        "gains and losses in km² computed in an equal-area projection, and offline maps.",
    )
    parser.epilog = (
        "exit codes: 0 done, the data is clean; 1 problems in the data; "
        "2 usage or environment (options, paths, missing packages); 3 internal error (a bug)"
    )
    parser.set_defaults(note=None)  # a deprecated alias sets a note for stderr
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for family in COMMANDS:
        family.register(sub)
    parser.commands = dict(sub.choices)  # each command's parser (main)
    parser.command_names = list(parser.commands)  # for "did you mean" (main)
    _add_theatre_options(parser.commands)
    return parser


#: Options naming an input file, and options naming an output file, of any command.
_INPUT_FILES = ("file", "article", "drafts", "actor_map", "places")
_OUTPUT_FILES = ("csv", "html", "video", "new_places", "suggest_map")


def _not_a_file_of_a_theatre(theatre: str) -> None:
    """A file inside a theatre folder given for the theatre (``layers/x/events.csv``): name
    the folder to give instead (:class:`~geomap.errors.PathError`)."""
    from pathlib import Path

    from ..errors import PathError

    p = Path(theatre)
    if p.is_file() and (p.parent / "theatre.toml").is_file():
        raise PathError(
            f"{terminal_text(theatre)}: is a file, not a folder; give the theatre folder "
            f"holding it: {terminal_text(str(p.parent))}"
        )


def _a_folder_of_theatres(theatre: str) -> None:
    """A folder with no theatre.toml whose sub-folders are theatres (``geomap check layers``):
    name them, to give one instead (:class:`~geomap.errors.PathError`)."""
    from pathlib import Path

    from ..errors import PathError

    p = Path(theatre)
    if not p.is_dir() or os.path.lexists(p / "theatre.toml"):
        return
    try:
        inside = sorted(c for c in p.iterdir() if c.is_dir() and (c / "theatre.toml").is_file())
    except OSError:  # unreadable: the path policy reports it
        return
    if not inside:
        return
    shown = ", ".join(terminal_text(str(c)) for c in inside[:10])
    more = f" (and {len(inside) - 10} more)" if len(inside) > 10 else ""
    raise PathError(
        f"{terminal_text(theatre)}: holds no theatre.toml: it is not a theatre but a folder of "
        f"{len(inside)} theatre{'s' * (len(inside) > 1)}; give "
        f"{'one of them' if len(inside) > 1 else 'it'}: {shown}{more}"
    )


def _check_paths(args: argparse.Namespace) -> None:
    """The kind of every path on the command line, before any work (:mod:`geomap.paths`)."""
    from ..pgstore import is_store_url

    for dest in ("theatre", "folder", "regions", "admin1_codes", "barriers", *_INPUT_FILES):
        value = getattr(args, dest, None)
        if isinstance(value, str | os.PathLike) and not is_store_url(str(value)):
            _refuse_url(os.fspath(value), getattr(args, "arg_names", {}).get(dest, dest))
    theatre = getattr(args, "theatre", None)
    if theatre and not is_store_url(str(theatre)):
        _not_a_file_of_a_theatre(str(theatre))
        _a_folder_of_theatres(str(theatre))
        require_input(
            theatre,
            want="folder",
            missing_hint="give the path of a theatre folder (with theatre.toml)",
        )
    if getattr(args, "folder", None):
        require_input(
            args.folder, want="folder", missing_hint="give the folder holding the snapshot files"
        )
    for dest in _INPUT_FILES:
        value = getattr(args, dest, None)
        if isinstance(value, str | os.PathLike):  # (gains --places is a switch)
            require_input(value, want="file")
    _check_regions_path(getattr(args, "regions", None))
    out = getattr(args, "out", None)
    if out and not is_store_url(str(out)):
        if getattr(args, "out_kind", "file") == "folder":
            output_dir(out, create=False)
        else:
            output_file(out)
    for dest in _OUTPUT_FILES:
        value = getattr(args, dest, None)
        if isinstance(value, str | os.PathLike) and not _in_the_new_out(value, args):
            output_file(value)


def _in_the_new_out(value: str | os.PathLike, args: argparse.Namespace) -> bool:
    """An output file right inside the ``--out`` folder the command creates before writing it
    (``maps --out m --video m/t.mp4``): that folder need not exist yet."""
    from pathlib import Path

    out = getattr(args, "out", None)
    if not out or getattr(args, "out_kind", "file") != "folder" or os.path.lexists(out):
        return False
    return Path(os.path.abspath(value)).parent == Path(os.path.abspath(out))


#: A URL: a scheme and ``://`` (``https://``, ``file://``); a name such as ``www.x.txt`` is a
#: file name (a missing one is said to be missing, never called a URL).
_URL = re.compile(r"[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def _refuse_url(text: str, option: str) -> None:
    """A URL given for an input path: refused, naming the argument and what to do instead
    (:class:`~geomap.errors.PathError`); a file of that name that exists is read."""
    from pathlib import Path

    from ..errors import PathError

    if not _URL.match(text) or os.path.lexists(Path(text)):
        return
    what = (
        "save the page (as .html, or its text as .txt) and give that file"
        if option in ("article", "ARTICLE")
        else "download it and give the local path"
    )
    raise PathError(
        f"{option}: {terminal_text(text)}: a URL; geomap never goes to the network, so it "
        f"does not fetch it: {what}"
    )


def _check_regions_path(value: object) -> None:
    """``--regions FILE[:NAME_FIELD]`` names a readable file (a ``.gdb`` folder); bare ``--regions``
    takes the theatre's own."""
    if not isinstance(value, str):
        return
    from ..regions import parse_regions_arg

    path, _field = parse_regions_arg(value)
    require_input(
        path,
        want="folder" if path.suffix.lower() == ".gdb" else "file",
        missing_hint="check the path of the regions file (a GeoPackage, GeoJSON or Shapefile)",
    )


def _unknown_command(argv: list[str], names: list[str]) -> str | None:
    """``geomap gians``: the error naming the nearest command, or None when argparse should speak."""
    if not argv or argv[0].startswith("-") or argv[0] in names:
        return None
    close = difflib.get_close_matches(argv[0], names, n=1, cutoff=0.6)
    if not close:
        return None
    return (
        f"geomap: error: unknown command {terminal_text(argv[0])!r}; did you mean {close[0]!r}? "
        "('geomap --help' lists the commands)"
    )


def _unrecognized(extra: list[str], command: _Parser) -> str:
    """``geomap gains T --thetre x``: the error the command's own parser gives (its usage, not
    the top level's), naming each unknown option's nearest one."""
    # an option's nearest option, or a positional argument written as an option ("--theatre")
    near = {o: o for a in command.arguments for o in a.option_strings}
    near |= {
        f"--{a.dest}": f"the {a.dest.upper()} argument, given without an option name"
        for a in command.arguments
        if not a.option_strings
    }
    said = []
    for arg in extra:
        text = terminal_text(arg)
        close = (
            difflib.get_close_matches(arg.split("=", 1)[0], list(near), n=1, cutoff=0.6)
            if arg.startswith("--")
            else []
        )
        said.append(f"{text} (did you mean {near[close[0]]}?)" if close else text)
    return "unrecognized arguments: " + " ".join(said)


def _arg_names(parser: _Parser, args: argparse.Namespace) -> dict[str, str]:
    """Each argument of the command run by the name the user typed: ``{"start": "--from"}``,
    ``{"start": "START"}`` for a positional one."""
    command = parser.commands.get(getattr(args, "command", None))
    return {
        a.dest: a.option_strings[0] if a.option_strings else a.dest.upper()
        for a in (command.arguments if command is not None else [])
    }


def _named_as_typed(exc: InputError, names: dict[str, str]) -> InputError:
    """``exc`` with each argument problem's field the option the user typed (``--from``, not
    ``start``): the API's names (``ledger(start=...)``) mean nothing on the command line."""
    problems = [
        dataclasses.replace(p, field=names.get(p.field, p.field)) if p.file == ARGUMENT else p
        for p in exc.problems
    ]
    return type(exc)(problems)


def _print_input_error(exc: InputError) -> None:
    errors = [p for p in exc.problems if p.is_error] or exc.problems
    if len(errors) == 1:
        print(f"geomap: error: {errors[0]}", file=sys.stderr)
    else:
        print(
            f"geomap: error: {len(errors)} problems in the input "
            "('geomap check THEATRE' lists the warnings too):",
            file=sys.stderr,
        )
        print(format_problems(errors), file=sys.stderr)


def _run(args: argparse.Namespace) -> int:
    from ..cache import caching  # not at import: `geomap --help` needs no pandas

    try:
        _check_paths(args)
        with (
            outside_allowed(getattr(args, "allow_outside", False)),
            caching(not getattr(args, "no_cache", False)),
        ):
            code = int(args.func(args) or 0)
        if getattr(args, "warnings_note", None):  # set by cli._options.load
            print(args.warnings_note, file=sys.stderr)
        return code
    except InputError as exc:
        if type(exc) in (InputError, ArgumentError, DataRangeError):  # as typed: --from, --to
            exc = _named_as_typed(exc, getattr(args, "arg_names", {}))
        _print_input_error(exc)
        # problems with an argument ("<argument>", "<reference>") are usage, the others data
        usage = isinstance(exc, ArgumentError) or all(p.file.startswith("<") for p in exc.problems)
        return EXIT_USAGE if usage else EXIT_DATA
    except GeomapError as exc:
        print(f"geomap: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        raise
    except OSError as exc:  # the environment: a disk full, a folder not writable
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"geomap: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # the last resort: a bug, said in one line
        if os.environ.get("GEOMAP_DEBUG"):
            raise
        msg = "".join(ch for ch in " ".join(str(exc).split()) if ch.isprintable())[:300]
        print(
            f"geomap: internal error: {type(exc).__name__}: {msg} — please report; "
            "rerun with GEOMAP_DEBUG=1 for the traceback",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``geomap`` command; returns the exit code."""
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    unknown = _unknown_command(argv, parser.command_names)
    if unknown:
        print(unknown, file=sys.stderr)
        return EXIT_USAGE
    args, extra = parser.parse_known_args(argv)
    if extra:  # said by the command's parser, with its usage and the nearest option
        parser.commands[args.command].error(_unrecognized(extra, parser.commands[args.command]))
    args.arg_names = _arg_names(parser, args)
    try:
        with safe_streams():  # no control or bidi character from the data reaches the terminal
            code = _run(args)
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return 0
    if args.note:  # a deprecated alias says so, after its output or error
        print(args.note, file=sys.stderr)
    return code
