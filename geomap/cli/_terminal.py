"""Everything the command line prints passes through :func:`geomap._text.terminal_text`.

:func:`safe_streams` wraps ``sys.stdout`` and ``sys.stderr`` for the time a
command runs, so no printer (tables, check lists, errors, JSON, CSV on stdout)
can forget it: text from the theatre's files never drives the terminal.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import IO

from .._text import terminal_text

__all__ = ["safe_streams"]


class _SafeStream:
    """A text stream that writes every string through :func:`terminal_text`."""

    def __init__(self, raw: IO[str]) -> None:
        self._raw = raw

    def write(self, text: str) -> int:
        self._raw.write(terminal_text(text, keep_cr=True))
        return len(text)

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str):  # flush, isatty, encoding, fileno...
        return getattr(self._raw, name)


@contextlib.contextmanager
def safe_streams() -> Iterator[None]:
    """Wrap ``sys.stdout`` and ``sys.stderr`` while the block runs."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _SafeStream(out), _SafeStream(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
