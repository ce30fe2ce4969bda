"""The one path policy: what every reader and writer checks before it works.

Readers
    The kind of every input path is checked before work starts: a file where
    a file is expected (not a folder), a folder where a folder is expected,
    no symbolic link loop, readable.  :func:`input_problem` says what is
    wrong as a :class:`~geomap.errors.Problem` naming the path and the fix;
    :func:`read_bytes` reads a file and reports the same problems.

Writers
    Every output is written to a temporary name inside a new private folder
    in the target folder, then renamed onto the target with
    :func:`os.replace` (:func:`atomic_path`, :func:`write_text`).  A writer
    of many files (a folder of map pages) stages them all in one such folder
    and moves them onto their targets only once every one is written
    (:func:`staged`): a failed run changes no file.  Nothing is
    written through a symbolic link already present: a target file or a
    sub-folder (``assets/``) that is a link is refused, and the temporary
    folder is created fresh, so no link can wait at its name.  User files
    are never deleted: a target that is a folder is an error, not replaced.
    :func:`output_file` and :func:`output_dir` check an output path before
    any work (a folder where a file goes, a file where a folder goes, a
    parent folder that does not exist).

Theatre files
    Paths named in ``theatre.toml`` (``[aoi] path``, ``[regions] path``,
    ``[snapshots] folders``, ...) must stay inside the theatre folder
    (:func:`theatre_path`) unless ``[theatre] allow_outside = true`` or the
    caller allows it (``--allow-outside``, :func:`outside_allowed`).

Errors about a path given by the user (a command-line argument) are
:class:`~geomap.errors.PathError`; the command line exits 2 for them.
"""

from __future__ import annotations

import contextlib
import contextvars
import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from .errors import InputError, PathError, Problem, ProblemCollector

__all__ = [
    "Kind",
    "input_problem",
    "require_input",
    "read_bytes",
    "output_file",
    "output_dir",
    "subdir",
    "atomic_path",
    "staged",
    "write_text",
    "write_bytes",
    "theatre_path",
    "outside_allowed",
    "is_outside_allowed",
    "OUTSIDE_HINT",
]

Kind = Literal["file", "folder"]

_LOOP_HINT = "fix or remove the link (it points back to itself)"

_allow_outside: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "geomap_allow_outside", default=False
)


def _os_problem(exc: OSError, want: Kind, missing: str) -> tuple[str, str]:
    """``(message, hint)`` for an OSError met opening a path."""
    code = exc.errno
    if code == errno.ENOENT:
        return (
            "not a folder (nothing is there)" if want == "folder" else "file not found"
        ), missing
    if code == errno.ELOOP:
        return "a symbolic link loop", _LOOP_HINT
    if code == errno.EISDIR:
        return "is a folder, not a file", "give the path of the file itself"
    if code == errno.ENOTDIR:
        if want == "folder":
            return "is a file, not a folder", "give the path of a folder"
        return "a part of the path is a file, not a folder", "check the path"
    if code in (errno.EACCES, errno.EPERM):
        return f"cannot read the {want} (permission denied)", "check its permissions"
    return f"cannot read the {want} ({exc.strerror or exc})", "check the path"


def input_problem(
    path: str | Path,
    *,
    want: Kind = "file",
    display: str | None = None,
    missing_hint: str = "check the path",
) -> Problem | None:
    """What stops ``path`` being read as a ``want``, or None when nothing does.

    Parameters
    ----------
    path : str or Path
        The path to check (a link is followed to what it names).
    want : {"file", "folder"}
        What the reader expects.
    display : str, optional
        The path as messages name it (default: ``path``).
    missing_hint : str
        The hint when the path does not exist.

    Examples
    --------
    >>> import tempfile
    >>> folder = tempfile.mkdtemp()
    >>> print(input_problem("no/such/file.csv"))
    no/such/file.csv: file not found; check the path
    >>> print(input_problem(folder, want="file", display="areas.geojson"))
    areas.geojson: is a folder, not a file; give the path of the file itself
    >>> input_problem(folder, want="folder") is None
    True
    """
    disp = display or str(path)
    try:
        st = os.stat(path)
    except OSError as exc:
        return Problem(disp, None, None, *_os_problem(exc, want, missing_hint))
    except ValueError as exc:  # an embedded NUL byte
        return Problem(disp, None, None, f"not a valid path ({exc})", "check the path")
    is_dir = stat.S_ISDIR(st.st_mode)
    if want == "file" and is_dir:
        return Problem(disp, None, None, *_os_problem(OSError(errno.EISDIR, ""), want, ""))
    if want == "folder" and not is_dir:
        return Problem(disp, None, None, *_os_problem(OSError(errno.ENOTDIR, ""), want, ""))
    if not os.access(path, os.R_OK | (os.X_OK if want == "folder" else 0)):
        return Problem(disp, None, None, *_os_problem(OSError(errno.EACCES, ""), want, ""))
    return None


def require_input(
    path: str | Path, *, want: Kind = "file", display: str | None = None, missing_hint: str = ""
) -> Path:
    """``path`` when it can be read as a ``want``; else :class:`PathError` naming it.

    Examples
    --------
    >>> require_input("no/such/theatre", want="folder")
    Traceback (most recent call last):
    ...
    geomap.errors.PathError: no/such/theatre: not a folder (nothing is there); check the path
    """
    bad = input_problem(
        path, want=want, display=display, missing_hint=missing_hint or "check the path"
    )
    if bad is not None:
        raise PathError(str(bad))
    return Path(path)


def read_bytes(
    path: str | Path,
    problems: ProblemCollector | None = None,
    *,
    display: str | None = None,
    missing_hint: str = "check the path",
) -> bytes | None:
    """The bytes of a file, or None with the problem reported to ``problems``.

    Without ``problems`` a problem raises :class:`~geomap.errors.InputError`.
    """
    disp = display or str(path)
    bad = input_problem(path, want="file", display=disp, missing_hint=missing_hint)
    if bad is None:
        try:
            with open(path, "rb") as fh:
                return fh.read()
        except OSError as exc:  # changed since it was checked
            bad = Problem(disp, None, None, *_os_problem(exc, "file", missing_hint))
    if problems is None:
        raise InputError(bad)
    problems.extend([bad])
    return None


# --------------------------------------------------------------------------- outputs
def _is_link(path: Path) -> bool:
    return os.path.islink(path)


def output_file(path: str | Path, *, what: str = "output file") -> Path:
    """Check an output file's path before any work; :class:`PathError` when unusable.

    The parent folder must exist and be a folder; the path must not be a
    folder nor a symbolic link.  An existing regular file will be replaced.

    Examples
    --------
    >>> output_file("no/such/folder/x.gpkg")
    Traceback (most recent call last):
    ...
    geomap.errors.PathError: no/such/folder/x.gpkg: the folder no/such/folder does not exist; create it first or choose another output file
    """
    p = Path(path)
    parent = p.parent
    if _is_link(p):
        raise PathError(
            f"{p}: is a symbolic link; geomap does not write through links: "
            "remove the link or choose another output file"
        )
    if p.is_dir():
        raise PathError(f"{p}: is a folder; give the {what}'s path (a file name), not a folder")
    if not parent.exists():
        hint = "create it first or choose another output file"
        if any(q.exists() and not q.is_dir() for q in parent.parents):
            raise PathError(f"{p}: a part of the path is a file, not a folder; {hint}")
        raise PathError(f"{p}: the folder {parent} does not exist; {hint}")
    if not parent.is_dir():
        raise PathError(f"{p}: {parent} is a file, not a folder; choose another output file")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise PathError(f"{p}: cannot write in {parent} (permission denied)")
    return p


def output_dir(path: str | Path, *, create: bool = True) -> Path:
    """Check an output folder before any work, and create it when missing (``create``).

    Its parent must exist; the path must not be a file.  A folder that is a
    link given by the user is used as it is (the links *inside* it are not).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> output_dir(folder / "maps") == folder / "maps" and (folder / "maps").is_dir()
    True
    >>> _ = (folder / "index.html").write_text("")
    >>> output_dir(folder / "index.html")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    geomap.errors.PathError: .../index.html: is a file, not a folder; give a folder for the output (it is created if missing)
    """
    p = Path(path)
    if p.exists() and not p.is_dir():
        raise PathError(
            f"{p}: is a file, not a folder; give a folder for the output (it is created if missing)"
        )
    if _is_link(p) and not p.exists():
        raise PathError(f"{p}: is a broken symbolic link; remove it or choose another folder")
    if not p.exists():
        parent = p.parent
        if not parent.is_dir():
            raise PathError(
                f"{p}: the folder {parent} does not exist or is not a folder; "
                "create it first or choose another output folder"
            )
        if not create:
            return p
        try:
            p.mkdir()
        except OSError as exc:
            raise PathError(f"{p}: cannot create the folder ({exc.strerror})") from None
    if not os.access(p, os.W_OK | os.X_OK):
        raise PathError(f"{p}: cannot write in the folder (permission denied)")
    return p


def subdir(parent: str | Path, name: str) -> Path:
    """A real folder ``parent/name`` (created when missing), never a link.

    geomap writes its own sub-folders (``assets/``, ``assets/images``); a
    link or a file at that name is refused rather than written through.
    """
    p = Path(parent) / name
    if _is_link(p):
        raise PathError(f"{p}: is a symbolic link; geomap does not write through links: remove it")
    if p.exists() and not p.is_dir():
        raise PathError(f"{p}: is a file where geomap writes a folder; move it away")
    p.mkdir(exist_ok=True)
    return p


@contextlib.contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A fresh temporary path to write ``path``'s content to; renamed onto it on success.

    The temporary file lies in a new private folder beside the target (so a
    writer that adds side files, or keys on the file's suffix, works) and is
    moved onto ``path`` with :func:`os.replace` when the block ends without
    an exception; on an exception it is removed and the target is untouched.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> with atomic_path(target) as tmp:
    ...     _ = tmp.write_text("hello")
    >>> target.read_text()
    'hello'
    """
    target = output_file(path)
    tmp_dir = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        tmp = tmp_dir / target.name
        yield tmp
        if _is_link(target):  # appeared while writing
            raise PathError(f"{target}: is a symbolic link; geomap does not write through links")
        os.replace(tmp, target)
    finally:
        shutil.rmtree(tmp_dir, ignore_errors=True)


class _Stage:
    """The private folder files for ``out`` are written to until :func:`staged` moves them."""

    def __init__(self, out: Path):
        self.out = out
        self.dir = Path(tempfile.mkdtemp(prefix=".geomap-", dir=out))
        self.made: set[Path] = {self.dir}

    def place(self, path: Path) -> Path | None:
        """Where ``path`` is written while staged (None: ``path`` is not under ``out``)."""
        try:
            rel = path.relative_to(self.out)
        except ValueError:
            return None
        if not rel.parts or ".." in rel.parts:
            return None
        output_file(path)  # checked as an unstaged write would be, before any work on it
        tmp = self.dir / rel
        if tmp.parent not in self.made:
            tmp.parent.mkdir(parents=True, exist_ok=True)
            self.made.add(tmp.parent)
        return tmp

    def commit(self) -> None:
        """Every staged file moved onto its target, once every target is checked (sub-folders:
        real folders; files: no link, no folder)."""
        moves = []
        for folder, _, files in os.walk(self.dir):
            rel = Path(folder).relative_to(self.dir)
            target_dir = self.out / rel
            if rel.parts:
                subdir(target_dir.parent, target_dir.name)
            moves += [(Path(folder) / name, output_file(target_dir / name)) for name in files]
        for staged_file, target in moves:
            os.replace(staged_file, target)


_stage: contextvars.ContextVar[_Stage | None] = contextvars.ContextVar("geomap_stage", default=None)


@contextlib.contextmanager
def staged(out: str | Path) -> Iterator[Path]:
    """Within the block, :func:`write_text` and :func:`write_bytes` of files under ``out``
    write to one private temporary folder in ``out``; when the block ends without an
    exception every file is moved onto its target (:func:`os.replace`), else none is.

    One folder for a run's files instead of one per file (a folder of map pages
    writes hundreds).  Processes forked inside the block write to the same
    folder; the block ends after them.  Yields ``out``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> with staged(out):
    ...     _ = write_text(out / "a.txt", "hello")
    ...     (out / "a.txt").exists()
    False
    >>> (out / "a.txt").read_text(), sorted(p.name for p in out.iterdir())
    ('hello', ['a.txt'])
    """
    folder = output_dir(out, create=False)
    stage = _Stage(folder)
    token = _stage.set(stage)
    try:
        yield folder
        stage.commit()
    finally:
        _stage.reset(token)
        shutil.rmtree(stage.dir, ignore_errors=True)


def write_bytes(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through :func:`atomic_path` (or :func:`staged`); returns the path."""
    stage = _stage.get()
    tmp = None if stage is None else stage.place(Path(path))
    if tmp is not None:  # a fresh private folder: no link waits there
        with open(tmp, "wb") as fh:
            fh.write(data)
        return Path(path)
    with atomic_path(path) as tmp, open(tmp, "xb") as fh:
        fh.write(data)
    return Path(path)


def write_text(path: str | Path, text: str) -> Path:
    """Write UTF-8 ``text`` to ``path`` through :func:`atomic_path` (``\\n`` kept as is)."""
    return write_bytes(path, text.encode("utf-8"))


# --------------------------------------------------------------------------- theatre files
@contextlib.contextmanager
def outside_allowed(allow: bool = True) -> Iterator[None]:
    """Within the block, theatre files may lie outside their theatre folder (``--allow-outside``)."""
    token = _allow_outside.set(allow or _allow_outside.get())
    try:
        yield
    finally:
        _allow_outside.reset(token)


def is_outside_allowed() -> bool:
    """True inside :func:`outside_allowed` (the command line's ``--allow-outside``)."""
    return _allow_outside.get()


def theatre_path(
    root: str | Path,
    rel: str | Path,
    *,
    allow_outside: bool = False,
    folder: str = "the theatre folder",
) -> tuple[Path, str | None]:
    """``(path, problem)`` of a file named in ``theatre.toml``, relative to the theatre folder.

    ``problem`` is None when the path (links resolved) lies inside ``root``,
    or when outside is allowed (``allow_outside``, ``[theatre] allow_outside``
    or :func:`outside_allowed`); otherwise it says why it is refused, naming
    ``root`` as ``folder`` (e.g. "the rule file's folder").

    Examples
    --------
    >>> theatre_path("layers/t", "aoi.geojson")
    (PosixPath('layers/t/aoi.geojson'), None)
    >>> theatre_path("layers/t", "../x.geojson")[1]
    "'../x.geojson' lies outside the theatre folder"
    """
    path = Path(root) / rel
    if allow_outside or is_outside_allowed():
        return path, None
    real_root = os.path.realpath(root)
    real = os.path.realpath(path)
    try:
        inside = os.path.commonpath([real_root, real]) == real_root
    except ValueError:  # different drives
        inside = False
    if inside:
        return path, None
    return path, f"{str(rel)!r} lies outside {folder}"


#: The hint of a theatre file outside its folder.
OUTSIDE_HINT = (
    "move the file into the theatre folder, or, if you trust the theatre, pass --allow-outside "
    "(or set [theatre] allow_outside = true)"
)
