"""Escaping of untrusted text for HTML pages and inline scripts.

Everything a map source hands to rendering (place names, notes, sources,
actor names and ids, titles, URLs) is untrusted.  Rendering passes it through
one of these functions before it reaches a page:

* :func:`html_text` for text inside HTML elements and attribute values;
* :func:`script_json` for data inside ``<script>`` (JSON, then ``<``, ``>``,
  ``&`` and the JavaScript line separators escaped as ``\\uXXXX`` so that
  ``</script>`` or ``<!--`` in a string cannot end the script);
* :func:`safe_url` for link targets: only absolute ``http(s)`` URLs become links;
* :func:`safe_color` for colours: only ``#rgb`` / ``#rrggbb``.

:func:`html_text` and :func:`script_json` also remove the bidirectional
controls (:func:`geomap._text.strip_bidi`): a name cannot reorder a label.
"""

from __future__ import annotations

import datetime as _dt
import html
import json
import math
import re
from typing import Any

from .._text import strip_bidi

__all__ = [
    "html_text",
    "script_json",
    "shared_script",
    "safe_url",
    "safe_color",
    "format_km2",
    "format_date",
]

_SCRIPT_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_SCRIPT_RE = re.compile("[<>&\u2028\u2029]")
_COLOR_RE = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
_URL_RE = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", re.IGNORECASE)

#: Fill for actors whose colour is missing or malformed.
FALLBACK_COLOR = "#888888"


def html_text(value: Any) -> str:
    """Escape a value for use as HTML text or a quoted attribute value.

    ``None`` and NaN become the empty string.

    Examples
    --------
    >>> html_text('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    """
    if type(value) is str:  # the common case, as _text gives it
        hit = _ESCAPED.get(value)
        if hit is None:
            hit = html.escape(strip_bidi(value), quote=True)
            if len(value) <= 200:  # names, dates and labels recur on every page: kept
                if len(_ESCAPED) >= 20_000:
                    _ESCAPED.clear()
                _ESCAPED[value] = hit
        return hit
    return html.escape(strip_bidi(_text(value)), quote=True)


#: :func:`html_text` of short texts already escaped (bounded: cleared when full).
_ESCAPED: dict[str, str] = {}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    try:
        import pandas as pd

        if value is pd.NaT or (not isinstance(value, str) and pd.isna(value)):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value)


def script_json(value: Any) -> str:
    """Serialise ``value`` as JSON that is safe inside an HTML ``<script>`` element.

    ``<``, ``>`` and ``&`` (and U+2028/U+2029) are written as ``\\uXXXX``
    escapes, which JSON and JavaScript read back as the same characters, so no
    string can close the script element or open an HTML comment.  NaN and
    infinities are refused (they are not JSON).

    Examples
    --------
    >>> script_json({"note": "</script><script>alert(1)</script>"})
    '{"note":"\\\\u003c/script\\\\u003e\\\\u003cscript\\\\u003ealert(1)\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    text = strip_bidi(text)  # bidi controls reorder labels and popups: removed
    if _SCRIPT_RE.search(text) is None:
        return text
    for char, escape in _SCRIPT_ESCAPES.items():  # no escape holds another's character
        text = text.replace(char, escape)
    return text


def shared_script(name: str, value: Any) -> str:
    """A script setting ``window.<name>`` to data shared by every page of a map folder."""
    if name not in (
        "GEOMAP_BASEMAP",
        "GEOMAP_CELLS",
        "GEOMAP_LABELS",
        "GEOMAP_GAINS",
        "GEOMAP_TERRITORY",
        "GEOMAP_GROUND",
    ):
        raise ValueError(f"unknown shared data {name!r}")
    return f"window.{name} = {script_json(value)};\n"


def safe_url(value: Any) -> str | None:
    """Return ``value`` if it is an absolute http(s) URL, else ``None``.

    The check is strict: the string must start with ``http://`` or
    ``https://`` (any case), have a host, and hold no whitespace or control
    characters.  ``javascript:``, ``data:``, relative and protocol-relative
    URLs are never links.

    Examples
    --------
    >>> safe_url("https://example.org/a?b=1")
    'https://example.org/a?b=1'
    >>> safe_url("javascript:alert(1)") is None
    True
    """
    text = _text(value)
    if not _URL_RE.fullmatch(text):
        return None
    rest = text.split("://", 1)[1]
    host = re.split(r"[/?#]", rest, maxsplit=1)[0]
    if not host or host.startswith("@"):
        return None
    return text


def safe_color(value: Any, default: str = FALLBACK_COLOR) -> str:
    """Return ``value`` if it is ``#rgb`` or ``#rrggbb``, else ``default``, lower-cased."""
    text = _text(value).strip()
    if _COLOR_RE.fullmatch(text):
        if len(text) == 4:
            text = "#" + "".join(c * 2 for c in text[1:])
        return text.lower()
    return default


def format_km2(value: Any) -> str:
    """Format an area in km² for display: ``12,345 km²`` (one decimal below 10 km²).

    An area that is not zero never reads as zero: under 0.05 km² it is
    ``< 0.1 km²`` (``> -0.1 km²`` for a tiny net loss).

    >>> format_km2(12345.4), format_km2(4.44), format_km2(0), format_km2(0.03), format_km2(-0.03)
    ('12,345 km²', '4.4 km²', '0 km²', '< 0.1 km²', '> -0.1 km²')
    """
    try:
        number = float(value)
    except (TypeError, ValueError):
        return "–"
    if math.isnan(number):
        return "–"
    if 0 < abs(number) < 0.05:
        return "< 0.1 km²" if number > 0 else "> -0.1 km²"
    if abs(number) < 10 and number != 0:
        return f"{number:z,.1f} km²"
    return f"{number:z,.0f} km²"


def format_date(value: Any) -> str:
    """ISO day for a date, ``YYYY-MM-DD HH:MM`` for a datetime with a time of day."""
    if value is None:
        return ""
    try:
        import pandas as pd

        if not isinstance(value, str) and pd.isna(value):
            return ""
        ts = pd.Timestamp(value)
    except (TypeError, ValueError):
        return _text(value)
    if isinstance(value, _dt.date) and not isinstance(value, _dt.datetime):
        return value.isoformat()
    if ts.hour == 0 and ts.minute == 0 and ts.second == 0:
        return ts.strftime("%Y-%m-%d")
    return ts.strftime("%Y-%m-%d %H:%M")
