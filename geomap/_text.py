r"""Untrusted text on its way out: one rule for the terminal, one for pages and CSV cells.

Names, notes, sources and titles come from files anyone can edit.  Before such
text leaves geomap:

* on a **terminal** (:func:`terminal_text`), control characters (C0 but line
  feed and tab, DEL, C1; so every ESC sequence) are shown as ``\xNN`` escapes
  and the bidirectional controls U+202A–U+202E, U+2066–U+2069 as ``\uNNNN``,
  so text can neither drive the terminal nor reorder what is printed;
* in a **page, a label or a CSV cell** (:func:`strip_bidi`), the bidirectional
  controls are removed: they are invisible and only serve to reorder the text
  around them (a name could make ``lost`` read as ``gained``).

A period is written one way everywhere (the pages, the claims report):
:func:`period_text`, its day alone when it is one day.

>>> terminal_text("Red\x1b[31m Army\u202e")
'Red\\x1b[31m Army\\u202e'
>>> strip_bidi("abc\u202edef")
'abcdef'
"""

from __future__ import annotations

import re

__all__ = [
    "BIDI_CONTROLS",
    "terminal_text",
    "strip_bidi",
    "utf16_without_bom_message",
    "period_text",
]

#: The bidirectional embedding, override and isolate controls.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI_RE = re.compile(f"[{BIDI_CONTROLS}]")
# C0 but \t and \n, DEL, C1, and the bidi controls
_TERMINAL_RE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI_CONTROLS}]")


def _shown(m: re.Match) -> str:
    code = ord(m.group(0))
    return f"\\x{code:02x}" if code < 0x80 else f"\\u{code:04x}"


def terminal_text(text: str, *, keep_cr: bool = False) -> str:
    r"""``text`` safe to print: control and bidi characters shown as escapes.

    Parameters
    ----------
    text : str
    keep_cr : bool, default False
        Keep a carriage return at the very start (a progress line rewriting
        itself); anywhere else it is shown as ``\x0d``.

    Examples
    --------
    >>> terminal_text("a\tb\nc\rd\x07")
    'a\tb\nc\\x0dd\\x07'
    >>> terminal_text("\r[2/3]", keep_cr=True)
    '\r[2/3]'
    """
    if keep_cr and text.startswith("\r"):
        return "\r" + _TERMINAL_RE.sub(_shown, text[1:])
    return _TERMINAL_RE.sub(_shown, text)


def strip_bidi(text: str) -> str:
    """``text`` without bidirectional embedding, override or isolate controls."""
    if type(text) is str and (
        text.isascii()  # a flag of the string: no scan
        or (len(text) > 64 and not any(map(text.__contains__, BIDI_CONTROLS)))  # fast scans
    ):
        return text  # no control to strip
    return _BIDI_RE.sub("", text)


def utf16_without_bom_message(data: bytes) -> str | None:
    """What a file refused for its NUL bytes is when ``data`` reads as UTF-16 text with no
    byte-order mark (mostly Latin script: every other byte NUL), else None: such a file is
    text saved as UTF-16 (Windows "Unicode"), not binary.

    >>> utf16_without_bom_message("Palmyra, 27 May".encode("utf-16-le"))
    'the file looks like UTF-16 text (little-endian) without a byte-order mark'
    >>> utf16_without_bom_message(b"PK\\x03\\x04\\x00\\x00binary") is None
    True
    """
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) <= 0.1 * len(even):
        order = "little-endian"
    elif even.count(0) >= 0.9 * len(even) and odd.count(0) <= 0.1 * len(odd):
        order = "big-endian"
    else:
        return None
    return f"the file looks like UTF-16 text ({order}) without a byte-order mark"


def period_text(start: object, end: object, *, on: bool = False) -> str:
    """A period as written: ``start to end``, or the one day when they are the same (``on <day>`` with ``on``).

    >>> period_text("2017-05-07", "2017-05-27"), period_text("2017-05-20", "2017-05-20")
    ('2017-05-07 to 2017-05-27', '2017-05-20')
    >>> period_text("2017-05-20", "2017-05-20", on=True)
    'on 2017-05-20'
    """
    if str(start) == str(end):
        return f"on {start}" if on else f"{start}"
    return f"{start} to {end}"
