"""From a news report to draft events (``geomap extract``).

A wire report says "Syrian government forces seized the phosphate mines near
Khneifes from the Islamic State group on Friday".  :func:`extract` turns such
statements into *draft* rows in the theatre's ``events.csv`` format, each with
the sentence it comes from (``evidence``), where it is (``char_span``), which
rule fired (``pattern``), how sure the rules are (``extraction_confidence``)
and ``status=draft``.  Nothing is applied: drafts are validated like any
events file and merged into a theatre only by :func:`merge_drafts`, which
refuses duplicates.

Everything is rule-based, offline and explainable:

* **Places** are resolved with the theatre's own :class:`~geomap.names.NameIndex`
  (transliteration variants, Arabic article prefixes, Arabic script), so
  "Deir el-Zour", "Dair al-Zor" and "دير الزور" are one place.  "the oil field
  near Omar" is read as the gazetteer's oil field whose name holds "Omar".
  A capitalised name that matches no entry is listed in
  :attr:`Extraction.unknown_places` (and a change to it is still drafted,
  with the name as written), never dropped.
* **Control changes** are found by the patterns in :data:`PATTERNS`; the
  gaining and losing actors are resolved through the theatre's actor aliases,
  pronouns ("They also took ...") through the preceding subject, and generic
  words ("the rebels") through a more specific earlier mention ("Turkish-backed
  rebel factions").  A subject the theatre does not know ("U.S.-backed
  fighters") is read as the actor named at the start of the next sentence,
  with a note.  "X, which IS fighters had captured" drafts X.  Attempts,
  denials, infinitives and modals ("failed to take", "denied reports that X
  had fallen") are not changes.
* **Dates** are read relative to the publication date (given, or the
  dateline): "on Sunday", "late Tuesday", "on March 3", "last week",
  "earlier this month", "last August", "in 2014", "three months ago", "over
  ten days"; or relative to a change drafted just before: "a day after",
  "less than three months after", "two days later".  A range is drafted as
  its last day and the range is said in the note.  A background change in
  the pluperfect ("had captured") with no date of its own is drafted with an
  empty date, never with the publication date.
* **Claims** of area ("took control of 2,000 kilometers (1,900 miles) of
  desert", "roughly the size of Luxembourg") are read with
  :mod:`geomap.units`, with their claimant and unit notes.

Examples
--------
>>> from geomap.extract import parse_dateline
>>> parse_dateline("DAMASCUS, Syria (AP) — May 27, 2017")
datetime.date(2017, 5, 27)
>>> parse_dateline("Saturday 27 May 2017")
datetime.date(2017, 5, 27)
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from .errors import InputError, NameResolutionError, Problem
from .inputs import EVENTS_CSV_ORDER
from .names import normalize, skeleton
from .units import NUMBER_WORDS, AreaFigure, find_area_figures

__all__ = [
    "Article",
    "Extraction",
    "DateMention",
    "MergeResult",
    "PATTERNS",
    "DRAFT_COLUMNS",
    "EVENT_COLUMNS",
    "DEFAULT_MAX_BYTES",
    "extract",
    "read_article",
    "parse_dateline",
    "find_dates",
    "check_drafts",
    "merge_drafts",
]

#: Columns of ``events.csv`` in their documented order.
EVENT_COLUMNS = list(EVENTS_CSV_ORDER)
#: Columns a drafts file adds to the events columns.
EXTRA_COLUMNS = ["evidence", "char_span", "extraction_confidence", "status", "pattern"]
#: Every column of a drafts file, in order.
DRAFT_COLUMNS = EVENT_COLUMNS + EXTRA_COLUMNS

#: Largest article file :func:`read_article` reads by default (a wire report is a few kB).
DEFAULT_MAX_BYTES = 2_000_000

#: The change patterns, by the name a draft gives in its ``pattern`` column.
PATTERNS: dict[str, str] = {
    "capture": "GAINER captured/seized/took (control of)/recaptured/regained/secured/overran/"
    "entered PLACE [from LOSER]",
    "capture-passive": "PLACE was captured/seized/taken [by GAINER]",
    "drive-out": "GAINER drove/pushed/expelled LOSER out of/from PLACE",
    "drive-out-passive": "LOSER were driven/pushed out of PLACE [by GAINER]",
    "fell-to": "PLACE fell to / came under the control of GAINER",
    "loss": "LOSER lost (control of) PLACE [to GAINER]",
    "withdrawal": "LOSER withdrew/retreated/pulled out from PLACE; abandoned PLACE",
}


# =========================================================================== articles
@dataclass(frozen=True)
class Article:
    """An article read from a file.

    Attributes
    ----------
    text : str
        Plain text (for HTML: the visible article text, paragraphs separated
        by blank lines, without scripts, styles, navigation and footers).
    published : datetime.date or None
        The publication date: from the page's metadata, or from the dateline.
    title : str or None
        The headline.
    path : Path or None
        The file read.
    url : str or None
        The page's canonical address, when an HTML file states one.
    """

    text: str
    published: dt.date | None
    title: str | None
    path: Path | None = None
    url: str | None = None


_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt document)"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "a Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
)
_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)


def _article_error(path: Any, message: str, hint: str, line: int | None = None) -> InputError:
    return InputError(Problem(str(path), line, None, message, hint))


def read_article(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read a news article from a plain-text or HTML file.

    Parameters
    ----------
    path : str or Path
        A ``.txt`` file (UTF-8) or a saved HTML page (``.html``/``.htm``, or
        any file starting with ``<!DOCTYPE html>``/``<html>``).  Web addresses
        are refused: geomap works offline, save the page first.
    max_bytes : int
        Refuse larger files (default :data:`DEFAULT_MAX_BYTES`).

    Returns
    -------
    Article

    Raises
    ------
    InputError
        Naming the file and how to fix it, when it is missing, empty, binary,
        not UTF-8, too large, or an HTML page without text.
    """
    text_path = str(path)
    if re.match(r"^[a-z][a-z0-9+.-]*://", text_path, re.I):
        raise _article_error(
            text_path,
            "is a web address; geomap extract reads saved files and never uses the network",
            "save the page (as .html or .txt) and give the file",
        )
    p = Path(path)
    if not p.exists():
        raise _article_error(p, "file not found", "check the path of the article file")
    if p.is_dir():
        raise _article_error(p, "is a folder, not a file", "give the path of one article file")
    size = p.stat().st_size
    if size > max_bytes:
        raise _article_error(
            p,
            f"the file is {size / 1e6:.1f} MB, more than the {max_bytes / 1e6:g} MB limit "
            "(a news article is a few kB)",
            "check it is the right file, split it into articles, or raise the limit "
            "(--max-bytes, or read_article(..., max_bytes=...))",
        )
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise _article_error(
            p, f"cannot read the file ({exc.strerror})", "check the path and permissions"
        ) from None
    if not data.strip():
        raise _article_error(
            p, "the file is empty", "give a file holding the article text (plain text or HTML)"
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _article_error(p, "the file is UTF-16 text", "save it as UTF-8")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise _article_error(
                p,
                f"the file is binary ({what}), not text",
                "save the article as plain text (.txt, UTF-8) or as an HTML page",
            )
    head = data[:65536]
    if b"\x00" in head:
        raise _article_error(
            p,
            "the file holds NUL bytes: it is binary, not text",
            "save the article as plain text (.txt, UTF-8) or as an HTML page",
            line=head[: head.index(b"\x00")].count(b"\n") + 1,
        )
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _article_error(
            p,
            f"not valid UTF-8 (bytes {data[exc.start : exc.start + 4]!r}); "
            "the file is probably Latin-1/Windows-1252",
            "save the file as UTF-8",
            line=data[: exc.start].count(b"\n") + 1,
        ) from None
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(8, len(text[:65536]) // 100):
        raise _article_error(
            p,
            "the file is full of control characters: it is binary, not text",
            "save the article as plain text (.txt, UTF-8) or as an HTML page",
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if p.suffix.lower() in (".html", ".htm", ".xhtml") or _HTML_START.match(text):
        return _read_html(p, text)
    layout = _layout(text)
    return Article(text=text, published=layout.date, title=layout.title, path=p)


class _HTMLText(HTMLParser):
    """Visible article text of an HTML page, with its title, dates and canonical link."""

    _SKIP = frozenset(
        "script style noscript template nav footer header aside form iframe svg button "
        "select option head object canvas".split()
    )
    _BLOCK = frozenset(
        "p div br li ul ol h1 h2 h3 h4 h5 h6 article section main blockquote tr td th table "
        "figcaption figure dd dt dl pre hr address".split()
    )
    _VOID = frozenset("br hr img meta link input area base col embed source track wbr".split())

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.paragraphs: list[str] = []
        self.buf: list[str] = []
        self.in_title = False
        self.title = ""
        self.h1: str | None = None
        self.h1_parts: list[str] | None = None
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.time_datetime: str | None = None

    def _flush(self) -> None:
        para = " ".join("".join(self.buf).split())
        if para:
            self.paragraphs.append(para)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self.canonical = self.canonical or a.get("href") or None
        elif tag == "time" and a.get("datetime") and self.time_datetime is None:
            self.time_datetime = a["datetime"]
        if tag == "title":
            self.in_title = True
        if tag in self._SKIP:
            if tag not in self._VOID:
                self.skip += 1
            return
        if self.skip:
            return
        if tag == "h1" and self.h1 is None and self.h1_parts is None:
            self._flush()
            self.h1_parts = []
            return
        if tag in self._BLOCK:
            self._flush()

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag in self._SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if tag == "h1" and self.h1_parts is not None and self.h1 is None:
            self.h1 = " ".join("".join(self.h1_parts).split())
            self.h1_parts = None
            return
        if tag in self._BLOCK:
            self._flush()

    def handle_data(self, data):
        if self.in_title:
            self.title += data
            return
        if self.skip:
            return
        if self.h1_parts is not None and self.h1 is None:
            self.h1_parts.append(data)
            return
        self.buf.append(data)


_META_DATES = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "pubdate",
    "publication_date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "date",
)


def _iso_day(value: str | None) -> dt.date | None:
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value or "")
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _read_html(p: Path, source: str) -> Article:
    parser = _HTMLText()
    parser.feed(source)
    parser.close()
    parser._flush()
    text = "\n\n".join(parser.paragraphs)
    if not text.strip():
        raise _article_error(
            p,
            "no article text in this HTML page (after removing scripts, styles, navigation "
            "and footers)",
            "save the article page itself, or copy its text into a .txt file",
        )
    published = None
    for key in _META_DATES:
        published = _iso_day(parser.meta.get(key))
        if published:
            break
    published = published or _iso_day(parser.time_datetime)
    layout = _layout(text)
    if published is None:
        published = layout.date
    title = parser.h1 or " ".join(parser.title.split()) or layout.title
    url = parser.canonical or parser.meta.get("og:url") or None
    if url and not re.match(r"^https?://", url, re.I):
        url = None
    return Article(text=text, published=published, title=title or None, path=p, url=url)


# =========================================================================== dates
_MONTH_NAMES = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTH_ABBR = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MON = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\.?"
)
_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![a-z])"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WD = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_NUMWORDS = {**NUMBER_WORDS, "an": 1, "several": 3, "few": 3}
_NUMW = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"


def _month_number(text: str) -> int:
    t = text.rstrip(".").lower()
    return _MONTH_NAMES.get(t) or _MONTH_ABBR[t[:4] if t.startswith("sept") else t[:3]]


@dataclass(frozen=True)
class DateMention:
    """A date expression in a text, resolved against the publication date.

    Attributes
    ----------
    text : str
        The expression as written ("late Tuesday", "last week").
    span : tuple of int
        ``(start, end)`` in the text searched.
    start, end : datetime.date or None
        The first and last day it may mean (equal for a day); None when it
        is relative and no publication date is known.
    kind : {"event", "report", "since"}
        ``report``: the date of a statement ("said Wednesday"), an upper bound
        of the event; ``since``: the start of a period ("since August").
    """

    text: str
    span: tuple[int, int]
    start: dt.date | None
    end: dt.date | None
    kind: Literal["event", "report", "since"] = "event"

    @property
    def is_range(self) -> bool:
        return self.start is not None and self.start != self.end


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _month_range(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def _add_months(day: dt.date, n: int) -> dt.date:
    m0 = day.month - 1 + n
    y, m = day.year + m0 // 12, m0 % 12 + 1
    return dt.date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def _num(word: str) -> int:
    w = word.lower()
    return int(w) if w.isdigit() else _NUMWORDS[w]


_ABS_MDY = rf"(?P<mon>{_MON})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b"
_ABS_DMY = (
    rf"\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MON}),?\s+(?P<y2>(?:19|20)\d\d)\b"
)
_ISO_DAY = r"\b(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)\b"
_EXPLICIT_DATE = re.compile(rf"\b{_ABS_MDY}|{_ABS_DMY}|{_ISO_DAY}")

_DATE_RULES: list[tuple[str, re.Pattern]] = [
    ("abs", re.compile(rf"(?:\b(?i:on)\s+)?(?:{_WD},?\s+)?(?:\b{_ABS_MDY}|{_ABS_DMY}|{_ISO_DAY})")),
    (
        "md",
        re.compile(
            rf"(?:\b(?i:on|by|since|until)\s+)?\b(?P<mon>{_MON})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
            r"(?!\s*(?:km|kilomet|mile|square|sq\b|percent|%|,?\s*\d))"
        ),
    ),
    (
        "dm",
        re.compile(
            rf"(?:\b(?i:on|by|since|until)\s+)?\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})"
        ),
    ),
    (
        "month",
        re.compile(
            rf"\b(?:(?P<prep>(?i:in|during|by|until|since|through))\s+)?"
            rf"(?:(?P<part>(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of))[\s-]+)?"
            rf"(?:(?P<relpre>(?i:last|this|next))\s+)?"
            rf"(?P<mon>{_MONTH_FULL})"
            rf"(?:\s+(?:(?i:of)\s+)?(?:(?P<rel>(?i:last|this|next)\s+year)|(?P<y>(?:19|20)\d\d)\b))?"
        ),
    ),
    (
        "year",
        re.compile(
            r"\b(?:(?P<prep>(?i:in|during|since|by|until|through))\s+)"
            r"(?:(?P<part>(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+summer\s+of"
            r"|the\s+spring\s+of|the\s+autumn\s+of|the\s+fall\s+of|the\s+winter\s+of))[\s-]+)?"
            r"(?P<y>(?:19|20)\d\d)\b(?![,.]\d|\s*(?:km|kilomet|mile|square|sq\b|percent|%))"
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"(?:\b(?P<mod>(?i:on|late|early|last|this|since|by|until|overnight|before\s+dawn))\s+)?"
            rf"\b(?P<wd>{_WD})(?:'s)?(?:\s+(?i:night|morning|afternoon|evening))?\b"
        ),
    ),
    (
        "relative",
        re.compile(
            r"(?i:\b(?:"
            r"(?P<today>today|tonight|this\s+morning|this\s+afternoon|this\s+evening)"
            r"|(?P<yesterday>yesterday|last\s+night|overnight)"
            r"|(?P<thisweek>earlier\s+(?:this|in\s+the)\s+week|this\s+week)"
            r"|(?P<lastweekend>last\s+weekend)"
            r"|(?P<lastweek>last\s+week)"
            r"|(?P<thismonth>earlier\s+(?:this|in\s+the)\s+month|this\s+month)"
            r"|(?P<lastmonth>last\s+month)"
            r"|(?P<thisyear>earlier\s+(?:this|in\s+the)\s+year|this\s+year)"
            r"|(?P<lastyear>last\s+year)"
            rf"|(?:over|in|during|within|for)\s+(?:the\s+)?(?:(?P<past>past|last|previous)\s+)?"
            rf"(?P<n>{_NUMW})\s+(?P<unit>days?|weeks?|months?)"
            r"|(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(?P<unit1>day|week|month|year)"
            rf"|(?P<nago>{_NUMW}|several|a\s+few)\s+(?P<unitago>days?|weeks?|months?|years?)\s+ago"
            r")\b)"
        ),
    ),
]
_REPORT_BEFORE = re.compile(
    r"\b(?:said|says|say|announced|reported|added|confirmed|claimed|stated|declared"
    r"|told\s+(?:\w+\s+){0,2}?(?:reporters|journalists|\w+))\s*,?\s*$",
    re.I,
)


def _resolve_date(
    kind: str, m: re.Match, anchor: dt.date | None
) -> tuple[dt.date | None, dt.date | None, str] | None:
    """(start, end, kind) of one date match; None when the match is not a date."""
    g = m.groupdict()
    if kind == "abs":
        if g.get("iy"):
            day = _safe_date(int(g["iy"]), int(g["im"]), int(g["id"]))
        elif g.get("y"):
            day = _safe_date(int(g["y"]), _month_number(g["mon"]), int(g["d"]))
        else:
            day = _safe_date(int(g["y2"]), _month_number(g["mon2"]), int(g["d2"]))
        return (day, day, "event") if day else None
    if kind in ("md", "dm"):
        mon, d = _month_number(g["mon"]), int(g["d"])
        if anchor is None:
            return None, None, "event"
        day = _safe_date(anchor.year, mon, d)
        if day is None:
            return None
        if day > anchor:
            day = _safe_date(anchor.year - 1, mon, d)
        lead = m.group(0).split()[0].lower()
        return day, day, "since" if lead == "since" else "event"
    if kind == "month":
        prep = (g.get("prep") or "").lower()
        if not (prep or g.get("part") or g.get("y") or g.get("rel") or g.get("relpre")):
            return None  # a bare month name ("May" is also a verb)
        mon = _month_number(g["mon"])
        relpre = (g.get("relpre") or "").lower()
        if g.get("y"):
            year = int(g["y"])
        elif anchor is None:
            return None, None, "event"
        elif relpre and not g.get("rel"):
            # "last August": the latest August before this month; "next May" the first after it
            year = anchor.year
            if relpre == "last" and mon >= anchor.month:
                year -= 1
            elif relpre == "next" and mon <= anchor.month:
                year += 1
        else:
            rel = (g.get("rel") or "").lower().split()
            year = anchor.year + {"last": -1, "next": 1}.get(rel[0], 0) if rel else anchor.year
            if not rel and dt.date(year, mon, 1) > anchor:
                year -= 1
        lo, hi = _month_range(year, mon)
        part = " ".join((g.get("part") or "").lower().split())
        if part in ("early", "the beginning of"):
            hi = lo.replace(day=10)
        elif part == "mid":
            lo, hi = lo.replace(day=11), lo.replace(day=20)
        elif part in ("late", "the end of"):
            lo = lo.replace(day=21)
        return lo, hi, "since" if prep == "since" else "event"
    if kind == "year":
        y = int(g["y"])
        lo, hi = dt.date(y, 1, 1), dt.date(y, 12, 31)
        part = " ".join((g.get("part") or "").lower().split())
        lo, hi = {
            "early": (lo, dt.date(y, 4, 30)),
            "the beginning of": (lo, dt.date(y, 3, 31)),
            "mid": (dt.date(y, 5, 1), dt.date(y, 8, 31)),
            "late": (dt.date(y, 9, 1), hi),
            "the end of": (dt.date(y, 10, 1), hi),
            "the spring of": (dt.date(y, 3, 1), dt.date(y, 5, 31)),
            "the summer of": (dt.date(y, 6, 1), dt.date(y, 8, 31)),
            "the autumn of": (dt.date(y, 9, 1), dt.date(y, 11, 30)),
            "the fall of": (dt.date(y, 9, 1), dt.date(y, 11, 30)),
        }.get(part, (lo, hi))
        if part == "the winter of":
            lo, hi = dt.date(y, 1, 1), dt.date(y, 2, 28)
        prep = (g.get("prep") or "").lower()
        return lo, hi, "since" if prep == "since" else "event"
    if anchor is None:
        return None, None, "event"
    if kind == "weekday":
        wd = _WEEKDAYS.index(g["wd"].lower())
        back = (anchor.weekday() - wd) % 7
        mod = (g.get("mod") or "").lower()
        if mod == "last" and back == 0:
            back = 7
        day = anchor - dt.timedelta(days=back)
        return day, day, "since" if mod == "since" else "event"
    # relative words
    if g.get("today"):
        return anchor, anchor, "event"
    if g.get("yesterday"):
        if g["yesterday"].lower() == "overnight":
            return anchor - dt.timedelta(days=1), anchor, "event"
        day = anchor - dt.timedelta(days=1)
        return day, day, "event"
    monday = anchor - dt.timedelta(days=anchor.weekday())
    if g.get("thisweek"):
        return monday, anchor, "event"
    if g.get("lastweekend"):
        sunday = monday - dt.timedelta(days=1)
        return sunday - dt.timedelta(days=1), sunday, "event"
    if g.get("lastweek"):
        return monday - dt.timedelta(days=7), monday - dt.timedelta(days=1), "event"
    if g.get("thismonth"):
        return anchor.replace(day=1), anchor, "event"
    if g.get("lastmonth"):
        prev = _add_months(anchor.replace(day=1), -1)
        return (*_month_range(prev.year, prev.month), "event")
    if g.get("thisyear"):
        return anchor.replace(month=1, day=1), anchor, "event"
    if g.get("lastyear"):
        y = anchor.year - 1
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "event"
    if g.get("n") or g.get("unit1"):
        n = _num(g["n"]) if g.get("n") else 1
        unit = (g.get("unit") or g.get("unit1")).lower().rstrip("s")
        if g.get("n") and not g.get("past") and not m.group(0).lower().startswith("over"):
            return None  # "in two days" may be the future; "for ten days" a duration
        if unit == "day":
            lo = anchor - dt.timedelta(days=n)
        elif unit == "week":
            lo = anchor - dt.timedelta(days=7 * n)
        elif unit == "month":
            lo = _add_months(anchor, -n)
        else:
            lo = (
                anchor.replace(year=anchor.year - 1)
                if (anchor.month, anchor.day) != (2, 29)
                else anchor - dt.timedelta(days=365)
            )
        return lo, anchor, "event"
    if g.get("nago"):
        n = _num(g["nago"].split()[-1])
        unit = g["unitago"].lower().rstrip("s")
        if unit in ("day", "week"):
            day = anchor - dt.timedelta(days=n * (7 if unit == "week" else 1))
            return day, day, "event"
        # "three months ago": that month, give or take the days of the month
        months = n * (12 if unit == "year" else 1)
        back = _add_months(anchor, -months)
        return back - dt.timedelta(days=15), back + dt.timedelta(days=15), "event"
    return None


def find_dates(text: str, published: dt.date | None = None) -> list[DateMention]:
    """Every date expression in ``text``, resolved against the publication date.

    Parameters
    ----------
    text : str
        A sentence or a longer text.
    published : datetime.date, optional
        The publication date that relative words ("on Sunday", "last week")
        count from.  Without it, relative expressions are returned with
        ``start = end = None``.

    Returns
    -------
    list of DateMention
        In text order, not overlapping.

    Examples
    --------
    >>> d = find_dates("the army lost the town late Sunday", dt.date(2017, 10, 4))
    >>> d[0].text, d[0].end
    ('late Sunday', datetime.date(2017, 10, 1))
    >>> d = find_dates("over ten days", dt.date(2017, 6, 10))[0]
    >>> d.start, d.end
    (datetime.date(2017, 5, 31), datetime.date(2017, 6, 10))
    """
    found: list[tuple[int, int, DateMention]] = []
    for kind, rx in _DATE_RULES:
        for m in rx.finditer(text):
            res = _resolve_date(kind, m, published)
            if res is None:
                continue
            lo, hi, what = res
            if what == "event" and _REPORT_BEFORE.search(text[max(0, m.start() - 60) : m.start()]):
                what = "report"
            found.append((m.start(), m.end(), DateMention(m.group(0), m.span(), lo, hi, what)))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[DateMention] = []
    last_end = -1
    for s, e, dm in found:
        if s >= last_end:
            out.append(dm)
            last_end = e
    return out


# =========================================================================== layout
@dataclass
class _Layout:
    title: str | None = None
    title_span: tuple[int, int] | None = None
    body_start: int = 0
    date: dt.date | None = None
    dateline: str | None = None


def _paragraphs(text: str, start: int = 0) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text[start:]):
        seg = m.group(0)
        if not seg.strip():
            continue
        s = start + m.start() + (len(seg) - len(seg.lstrip()))
        e = start + m.end() - (len(seg) - len(seg.rstrip()))
        out.append((s, e))
    return out


_DATE_LINE = re.compile(
    rf"^\W*(?:{_WD},?\s+)?(?:{_ABS_MDY}|{_ABS_DMY}|{_ISO_DAY})"
    r"(?:[\s,.-]+\d{1,2}[.:]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?)?\W*$"
)
_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+)*)(?![a-z])"
    r"(?P<rest>[^\n—–]{0,80}?)"
    r"(?:\s*(?:—|–|--)\s*|\s+-\s+)"
    rf"(?P<after>(?:{_WD},?\s+)?(?:{_ABS_MDY}|{_ABS_DMY}|{_ISO_DAY})\s*(?:—|–|--|-|:|\.|\n)?\s*)?"
)


def _first_explicit_date(text: str) -> dt.date | None:
    m = _EXPLICIT_DATE.search(text)
    if not m:
        return None
    res = _resolve_date("abs", m, None)
    return res[0] if res else None


def _layout(text: str) -> _Layout:
    """Headline, dateline and where the body starts."""
    lay = _Layout()
    paras = _paragraphs(text)
    if not paras:
        return lay
    i = 0
    s0, e0 = paras[0]
    first = text[s0:e0]
    if (
        len(paras) > 1
        and "\n" not in first
        and len(first) <= 200
        and not re.search(r"[.!?:;,]['\"”’)]*$", first)
        and not _DATELINE.match(first)
        and not _DATE_LINE.match(first)
    ):
        lay.title, lay.title_span = first, (s0, e0)
        i = 1
    if i >= len(paras):
        return lay
    start = paras[i][0]
    # a line holding only a date ("Saturday 27 May 2017 10.45 BST")
    for _ in range(2):
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        if _DATE_LINE.match(text[start:line_end]):
            lay.date = lay.date or _first_explicit_date(text[start:line_end])
            nxt = re.search(r"\S", text[line_end:])
            start = line_end + nxt.start() if nxt else len(text)
        else:
            break
    m = _DATELINE.match(text[start:])
    if m and len(m.group("city")) >= 3:
        lay.dateline = m.group(0).strip()
        lay.date = lay.date or _first_explicit_date(
            m.group("rest") + " " + (m.group("after") or "")
        )
        start += m.end()
    lay.body_start = start
    return lay


def parse_dateline(text: str) -> dt.date | None:
    """The date of an article's dateline, or None.

    Understands wire datelines ("BEIRUT, May 27, 2017 (Wire) —",
    "DAMASCUS, Syria (AP) — May 27, 2017"), a line holding only a date
    ("Saturday 27 May 2017", "27 May 2017 10.45 BST"), after an optional
    headline.  Dates later in the text are not datelines.

    Examples
    --------
    >>> parse_dateline("BEIRUT, Nov. 4, 2017 (Wire) — The army ...")
    datetime.date(2017, 11, 4)
    >>> parse_dateline("The army took the town on May 3, 2017.") is None
    True
    """
    return _layout(text).date


# =========================================================================== sentences
_ABBREV = frozenset(
    "mr mrs ms dr gen lt col maj sgt capt cpl st jan feb mar apr jun jul aug sep sept oct nov dec "
    "no vs approx est inc corp mt ft".split()
)
_SENT_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9\u0600-\u06ff])")


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    text: str


def _sentences(text: str, start: int, end: int) -> list[_Sentence]:
    out = []
    for ps, pe in _paragraphs(text[:end], start):
        para = text[ps:pe]
        cut = 0
        for m in _SENT_END.finditer(para):
            if m.group(0).startswith("."):
                word = re.search(r"([\w.]+)$", para[: m.start()])
                w = word.group(1).lower() if word else ""
                if w in _ABBREV or (len(w) == 1 and w.isalpha()) or re.fullmatch(r"(?:\w\.)+\w", w):
                    continue
            out.append((ps + cut, ps + m.end()))
            cut = m.end()
            while cut < len(para) and para[cut].isspace():
                cut += 1
        if cut < len(para):
            out.append((ps + cut, pe))
    return [_Sentence(s, e, text[s:e]) for s, e in out if text[s:e].strip()]


# =========================================================================== mentions
_ARABIC = re.compile("[\u0600-\u06ff]")
_TOKEN = re.compile(r"[^\W\d_](?:[\w'’ʼ]|[-‑](?=\w))*|\d+(?:[-‑]\w+)*")
_ART_PREFIX = re.compile(
    r"^(?:al|el|as|ash|ad|ed|ez|az|at|ar|an|adh|ath|ul|il|es|er|en)[-‑](?=\w)", re.I
)
# Capitalised words that are never read as a guessed (skeleton) place name nor listed as unknown.
_STOP_WORDS = (
    frozenset(
        """
    the a an on in at it its they their he she we but and or as after before over since meanwhile
    separately however also then there this that these those some many most all both while when
    where which who what according residents activists officials state media government army
    opposition rebel rebels fighters troops forces militants jihadists extremists airstrikes
    coalition observatory monitor statement spokesman commander president minister ministry wire
    syrian turkish kurdish russian iraqi iranian american british jordanian lebanese israeli arab
    arabic western eastern northern southern central u.s us un uk eu nato syria iraq jordan turkey
    lebanon israel iran russia egypt britain europe america euphrates tigris islamic human rights
    democratic general command army's reuters afp ap sana
    dozens hundreds thousands scores several few dozen nearly almost about around more less
    at least heavy fierce fighting clashes battles no none each every other another such
    """.split()
    )
    | frozenset(_WEEKDAYS)
    | frozenset(_MONTH_NAMES)
)
_ARTICLE_WORDS = frozenset(
    "al el il ul ad ed adh edh an en ar er as es ash esh at et ath eth az ez".split()
)
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|toward|towards|outside|into|around|from|to)\s+(?:the\s+)?"
    r"|\b(?:town|village|city|hamlet|district|area|region|outskirts|province|suburb|neighbou?rhood"
    r"|hill|well|crossroads?|base|field|desert)\s+of\s+(?:the\s+)?)$",
    re.I,
)


@dataclass
class _Place:
    start: int
    end: int
    text: str
    place: str | None  # gazetteer id; None = unknown
    how: str  # id, name, skeleton, kind-near, unknown, ambiguous
    kind: str | None = None
    candidates: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class _Actor:
    start: int
    end: int
    text: str
    actor: str
    how: str = "alias"  # alias, generic, pronoun, context
    basis: str = ""  # the mention a pronoun / generic word was read as


_KIND_NOUNS: list[tuple[str, tuple[str, ...]]] = [
    (r"mines?|mining\s+complex", ("mine",)),
    (r"oil\s*fields?", ("oilfield",)),
    (r"gas\s*fields?", ("gasfield",)),
    (r"fields?", ("oilfield", "gasfield")),
    (r"dam(?:\s+complex)?", ("dam",)),
    (r"air\s*bases?|airports?|airfields?|military\s+airport", ("airbase",)),
    (r"crossroads?|junctions?|intersection", ("junction",)),
    (r"(?:pumping\s+)?stations?", ("station",)),
    (r"border\s+crossings?|crossings?", ("crossing",)),
]
# Definite descriptions that can stand for a place mentioned before ("the town", "the hamlet").
_ANAPHOR_NOUNS: list[tuple[str, tuple[str, ...]]] = [
    *_KIND_NOUNS,
    (r"towns?", ("town", "city")),
    (r"city", ("city", "town")),
    (r"villages?|hamlets?", ("village", "town")),
]
_KIND_NEAR = re.compile(
    r"\b[Tt]he\s+(?:[a-z]+\s+){0,2}?(?P<noun>"
    + "|".join(f"(?:{n})" for n, _ in _KIND_NOUNS)
    + r")\s+(?:near|outside|of|at)\s+(?P<name>(?:(?:al|el|as|ash|ad|ez|az|at|ar|an)-)?"
    r"[A-Z\u0600-\u06ff][\w'’-]*(?:\s+(?:(?:al|el|as|ash|ad|ez|az)-)?[A-Z\u0600-\u06ff][\w'’-]*){0,3})"
)
_PRONOUN = re.compile(
    r"\b(?:(?P<pro>they|it|we)|(?P<poss>its|their)\s+(?:own\s+)?(?:forces|fighters|troops|units|"
    r"soldiers|men|militiamen|allies))\b",
    re.I,
)


def _kinds_for(noun: str, table) -> tuple[str, ...]:
    for rx, kinds in table:
        if re.fullmatch(rx, noun.strip(), re.I):
            return kinds
    return ()


class _Gazetteer:
    """The theatre's places and actors, prepared for finding mentions in text."""

    def __init__(self, theatre):
        self.place_index = theatre.place_index
        self.actor_index = theatre.actor_index
        places = theatre.places
        self.kind: dict[str, str] = {}
        self.names: dict[str, list[str]] = {}
        for r in places.itertuples():
            alt = r.alt_names if isinstance(r.alt_names, list | tuple) else []
            self.kind[str(r.id)] = str(r.kind)
            self.names[str(r.id)] = [normalize(n) for n in [r.name, *alt] if normalize(n)]
        # first words of every name (normalised and skeleton): a phrase can only resolve
        # when its first word is one of them, which spares most look-ups
        self._first: set[str] = set()
        for ident, names in self.names.items():
            for n in [*names, normalize(ident)]:
                if n:
                    self._first.add(n.split()[0])
                    self._first.add(skeleton(n).split()[0])
        self._starts: dict[str, bool] = {}
        self._cache: dict[str, Any] = {}
        surfaces: dict[str, str] = {}
        for r in theatre.actors.itertuples():
            aliases = r.aliases if isinstance(r.aliases, list | tuple) else []
            for name in [r.id, r.name, *aliases]:
                name = str(name).strip()
                if not name:
                    continue
                try:
                    ident = self.actor_index.resolve(name).id
                except NameResolutionError:
                    continue  # an alias shared by two actors is no evidence for either
                surfaces.setdefault(name, ident)
        self.actor_of = {s.casefold(): a for s, a in surfaces.items()}
        exact = [s for s in surfaces if s.isupper() and len(s) <= 5]
        loose = [s for s in surfaces if s not in exact]

        def alternation(names):
            names = sorted(names, key=len, reverse=True)
            body = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
            return rf"(?<![\w-])(?:{body})(?![\w])" if names else r"(?!x)x"

        self._actor_exact = re.compile(alternation(exact))
        self._actor_loose = re.compile(alternation(loose), re.I)
        # generic single-word aliases ("rebels", "militants") may stand for a more specific actor
        self.generic = {
            s.casefold() for s in surfaces if " " not in s and "-" not in s and s.islower()
        }

    # ----------------------------------------------------------------- actors
    def actors_in(self, text: str, start: int, end: int) -> list[_Actor]:
        found = []
        for rx in (self._actor_loose, self._actor_exact):
            for m in rx.finditer(text, start, end):
                surface = " ".join(m.group(0).split())
                actor = self.actor_of.get(surface.casefold())
                if actor:
                    found.append(_Actor(m.start(), m.end(), m.group(0), actor))
        found.sort(key=lambda a: (a.start, -(a.end - a.start)))
        out: list[_Actor] = []
        for a in found:
            if not out or a.start >= out[-1].end:
                out.append(a)
        return out

    # ----------------------------------------------------------------- places
    def resolve(self, phrase: str):
        key = " ".join(phrase.split())
        if key not in self._cache:
            try:
                self._cache[key] = self.place_index.resolve(key)
            except NameResolutionError as exc:
                self._cache[key] = exc
        return self._cache[key]

    def may_start(self, word: str) -> bool:
        """Can a place name start with this token?"""
        if word not in self._starts:
            token = re.sub(r"['’]s$", "", word)
            key = normalize(token).split()
            self._starts[word] = (
                not key
                or key[0] in _ARTICLE_WORDS
                or key[0] in self._first
                or skeleton(token).split()[0] in self._first
            )
        return self._starts[word]

    def first_letter_ok(self, phrase: str, ident: str) -> bool:
        key = normalize(phrase)
        return any(n[:1] == key[:1] for n in self.names.get(ident, []))

    def kind_near(self, name: str, kinds: tuple[str, ...]) -> list[str]:
        """Places of one of ``kinds`` whose names hold ``name`` (as words or skeleton)."""
        key = normalize(name).split()
        skel = skeleton(name).split()
        out = []
        for ident, kind in self.kind.items():
            if kind not in kinds:
                continue
            for n in self.names[ident]:
                words = n.split()
                swords = skeleton(n).split()
                if _contains(words, key) or _contains(swords, skel):
                    out.append(ident)
                    break
        return out


def _contains(words: list[str], part: list[str]) -> bool:
    k = len(part)
    return k > 0 and any(words[i : i + k] == part for i in range(len(words) - k + 1))


_NAME_START = re.compile(
    r"(?:(?:al|el|as|ash|ad|ed|ez|az|at|ar|an|adh|ath|ul|il|es|er|en)[-‑])?[A-Z\u0600-\u06ff]"
    r"|[^\W\d_a-z]"
)


def _namelike(tok: str) -> bool:
    if _ARABIC.match(tok):
        return True
    return _ART_PREFIX.sub("", tok)[:1].isupper()


def _find_places(
    gaz: _Gazetteer, text: str, sent: _Sentence, actor_spans: list[tuple[int, int]]
) -> tuple[list[_Place], list[_Place]]:
    """(place mentions, unknown capitalised runs) in one sentence."""

    def overlaps(s, e, spans):
        return any(s < b and a < e for a, b in spans)

    mentions: list[_Place] = []
    for m in _KIND_NEAR.finditer(text, sent.start, sent.end):
        kinds = _kinds_for(m.group("noun"), _KIND_NOUNS)
        name = m.group("name")
        # trailing words that are not part of the name ("Arak itself", "Omar last")
        name = re.sub(r"(?:\s+[A-Z][a-z]+day)+$", "", name)
        if overlaps(m.start(), m.end(), actor_spans) or not kinds:
            continue
        hits = gaz.kind_near(name, kinds)
        end = m.start("name") + len(name)
        phrase = " ".join(text[m.start() : end].split())
        if len(hits) == 1:
            mentions.append(_Place(m.start(), end, phrase, hits[0], "kind-near", gaz.kind[hits[0]]))
        elif not hits and m.group(0).split()[-len(name.split()) - 1] in ("at", "of"):
            continue  # "the border crossing at al-Tanf": the name itself is the place
        else:
            cands = [(h, gaz.place_index.label(h)) for h in hits]
            cands += [c for c in gaz.place_index.nearest(name) if c not in cands]
            how = "ambiguous" if hits else "unknown"
            mentions.append(_Place(m.start(), end, phrase[4:], None, how, None, cands))
    taken = [(p.start, p.end) for p in mentions] + list(actor_spans)
    toks = [t for t in _TOKEN.finditer(text, sent.start, sent.end)]
    unknown: list[_Place] = []
    i = 0
    run: list[re.Match] = []

    def close_run():
        words = list(run)
        if any(
            re.search(r"-(?:based|led|backed|held|controlled|linked)$", w.group(0)) for w in words
        ):
            words = []  # "Britain-based", "IS-held": adjectives, not names
        while words and words[0].group(0).casefold() in _STOP_WORDS:
            words.pop(0)
        while words and words[-1].group(0).casefold().rstrip("'’s") in _STOP_WORDS:
            words.pop()
        if words:
            s, e = words[0].start(), words[-1].end()
            phrase = re.sub(r"['’]s$", "", text[s:e])
            e = s + len(phrase)
            phrase = " ".join(phrase.split())
            res = gaz.resolve(phrase)
            cands = res.candidates if isinstance(res, NameResolutionError) else []
            how = "ambiguous" if getattr(res, "ambiguous", False) else "unknown"
            unknown.append(_Place(s, e, phrase, None, how, None, cands))
        run.clear()

    while i < len(toks):
        t = toks[i]
        tok = t.group(0)
        if not _NAME_START.match(tok) or not _namelike(tok) or overlaps(t.start(), t.end(), taken):
            close_run()
            i += 1
            continue
        hit = None
        for n in range(min(6, len(toks) - i) if gaz.may_start(t.group(0)) else 0, 0, -1):
            group = toks[i : i + n]
            if any(overlaps(g.start(), g.end(), taken) for g in group):
                continue
            gaps = [text[a.end() : b.start()] for a, b in zip(group, group[1:], strict=False)]
            if any(not re.fullmatch(r"[ \t]*\n?[ \t]*", g) or not g for g in gaps):
                continue
            pend = group[-1].end()
            phrase = text[group[0].start() : pend]
            if re.search(r"['’]s$", phrase):  # "Raqqa's old city"
                phrase, pend = phrase[:-2], pend - 2
            res = gaz.resolve(phrase)
            if isinstance(res, NameResolutionError):
                if res.ambiguous and all(_namelike(g.group(0)) for g in group):
                    hit = (
                        n,
                        _Place(
                            group[0].start(),
                            pend,
                            phrase,
                            None,
                            "ambiguous",
                            None,
                            res.candidates,
                        ),
                    )
                    break
                continue
            if res.how == "skeleton":
                words = [g.group(0) for g in group]
                if (
                    not all(_namelike(w) for w in words)
                    or any(w.casefold() in _STOP_WORDS for w in words)
                    or len(normalize(phrase).replace(" ", "")) < 4
                    or not gaz.first_letter_ok(phrase, res.id)
                ):
                    continue
            elif phrase.casefold() in _STOP_WORDS:
                continue
            hit = (
                n,
                _Place(
                    group[0].start(),
                    pend,
                    " ".join(phrase.split()),
                    res.id,
                    res.how,
                    gaz.kind.get(res.id),
                ),
            )
            break
        if hit:
            close_run()
            mentions.append(hit[1])
            i += hit[0]
            continue
        run.append(t)
        # a possessive ends a name: "Syria's east"
        if re.search(r"['’]s$", t.group(0)):
            close_run()
        elif i + 1 < len(toks) and not re.fullmatch(
            r"[ \t]*\n?[ \t]*", text[t.end() : toks[i + 1].start()]
        ):
            close_run()
        i += 1
    close_run()
    mentions.sort(key=lambda p: p.start)
    return mentions, unknown


# =========================================================================== change patterns
_CAPTURE = re.compile(
    r"\b(?:"
    r"(?:re)?(?:took|taken|tak(?:es|ing))\s+(?:back\s+)?(?:full\s+|complete\s+|total\s+)?control\s+(?:of|over)"
    r"|(?:re)?gain(?:ed|s|ing)\s+(?:full\s+)?control\s+(?:of|over)"
    r"|wrest(?:ed|s|ing)\s+(?:back\s+)?(?:control\s+of)?"
    r"|(?:re)?captur(?:ed|es|ing)|seiz(?:ed|es|ing)"
    r"|(?:re)?(?:took|taken)(?:\s+back|\s+over)?|retak(?:es|ing)"
    r"|overr[au]n|overrunning|stormed|liberated|regained|regain(?:s|ing)|reclaimed|recovered"
    r"|secured|won\s+back|wins\s+back|winning\s+back"
    r"|(?:advanced|pushed|moved|swept|rolled|broke)\s+into|entered"
    r")\b",
    re.I,
)
_DRIVE = re.compile(
    r"\b(?P<v>drove|driven|drives|driving|pushed|pushing|expelled|expelling|ousted|ousting|chased"
    r"|forced|kicked|flushed|routed|evicted)\b(?P<mid>(?:[^,.;:—–]{0,80}?\s)?)"
    r"(?P<prep>out\s+of|out\s+from|from)\b",
    re.I,
)
_FELL = re.compile(
    r"\b(?:(?:fell|fallen|falls)\s+(?:(?:in)?to\s+(?:the\s+hands\s+of\s+)?|under\s+(?:the\s+)?control\s+of\s+)"
    r"|came\s+under\s+(?:the\s+)?control\s+of\s+)",
    re.I,
)
_LOSS = re.compile(
    r"\b(?:lost|loses|losing|ceded|cedes|surrendered|handed\s+over|gave\s+up)"
    r"(?:\s+(?:full\s+)?control\s+(?:of|over))?\b"
    r"(?!\s+(?:\d|one|two|three|four|five|several|many|dozens|hundreds|thousands|scores|at\s+least"
    r"|more\s+than|about|some|their\s+lives|his|her|men|fighters|soldiers)\b)",
    re.I,
)
_WITHDRAW = re.compile(
    r"\b(?:(?:withdr(?:ew|awn|aws|awing)|retreated|retreating|pulled\s+(?:out|back)|fled)\s+(?:from|out\s+of)"
    r"|pulled\s+out\s+of|abandoned|evacuated|vacated)\b",
    re.I,
)
# the auxiliary is lower-case: "which IS captured" names the Islamic State
_PASSIVE_BEFORE = re.compile(
    r"\b(?:[Ww]as|[Ww]ere|been|being|is|are|be|get|got)\s+"
    r"(?:(?:\w+ly|also|now|finally|then|since|later)\s+)?$"
)
_BLOCKERS = frozenset(
    "to not never no n't would will could might may cannot can't failed unable attempt attempted "
    "attempting trying tried try tries threatened vowed plans planned planning aims aiming hopes "
    "hoping seeking sought".split()
)
_DENIAL = re.compile(
    r"\bden(?:y|ies|ied|ying)\b|\brejected\s+(?:the\s+)?(?:reports?|claims?)\b", re.I
)
_DISPUTE = re.compile(
    r"\bden(?:y|ies|ied|ying)\b|\bstill\s+(?:going\s+on|raging|under\s+way|underway|continuing)\b"
    r"|\bcontested\b|\bdisputed?\b|\bcould\s+not\s+be\s+(?:independently\s+)?(?:verified|confirmed)\b"
    r"|\bnot\s+(?:yet\s+)?(?:been\s+)?(?:independently\s+)?(?:verified|confirmed)\b",
    re.I,
)
_OBJ_STOP = re.compile(
    r"[,;:()\[\]—–]|\.(?:\s|$)|\s(?:from|on|in|late|early|earlier|after|before|since|during|over"
    r"|last|this|when|while|as|but|which|who|where|amid|following|according|with|without|under|at"
    r"|by|into|toward|towards|to|for|through|within|until|despite|because|itself|too|also"
    r"|and\s+(?:has|had|have|was|were|is|are|would|will|then|said|says|later|its|their))\b",
    re.I,
)
_OBJ_FIGURE = re.compile(
    r"^\s*(?:(?:more|less|fewer)\s+than\s+|over\s+|about\s+|nearly\s+|almost\s+|some\s+|around\s+"
    r"|roughly\s+|at\s+least\s+|up\s+to\s+|an?\s+(?:estimated\s+)?(?:area|total)\s+of\s+)?"
    r"[\d.,]+\s*(?:square|sq\b|km|kilomet|mile|hectare|acre|dunam|donum)",
    re.I,
)
_NOT_OBJECT_BEFORE = re.compile(
    r"\b(?:near|around|outside|beyond|toward|towards|road\s+to|(?:north|south|east|west|northeast"
    r"|northwest|southeast|southwest)(?:ern)?\s+of|of\s+the\s+road\s+to)\s+(?:the\s+)?$",
    re.I,
)
_ANAPHOR = re.compile(
    r"^\s*(?:all\s+of\s+|the\s+rest\s+of\s+)?the\s+(?:[a-z]+\s+){0,2}?(?P<noun>"
    + "|".join(f"(?:{n})" for n, _ in _ANAPHOR_NOUNS)
    + r")\b",
    re.I,
)
_HELD_BY = re.compile(
    r"\b(?:had\s+been|has\s+been|was|were|been)\s+(?:\w+\s+)?(?:held|controlled|occupied)\s+by\s+"
    r"|\b(?:in|under)\s+the\s+(?:hands|control)\s+of\s+",
    re.I,
)
# "(less than) three months after [the jihadists overran it]": before the verb, relative to
# the change drafted earlier in the sentence
_RELATIVE_DAY = re.compile(
    r"\b(?:(?P<q>less\s+than|under|within|more\s+than|over|about|some|nearly|almost|around"
    r"|roughly|just|only)\s+)?"
    rf"(?P<n>{_NUMW}|the|several|a\s+few)\s+(?P<unit>days?|weeks?|months?|years?)\s+"
    r"(?P<dir>after|before)\b(?:[^,;]{0,80})$",
    re.I,
)
# "[IS pushed them out of it] two days later", "the next day": after the verb
_LATER = re.compile(
    r"\b(?:(?:(?P<q>less\s+than|under|within|more\s+than|over|about|some|nearly|almost|around"
    r"|roughly|just|only)\s+)?"
    rf"(?P<n>{_NUMW}|several|a\s+few)\s+(?P<unit>days?|weeks?|months?|years?)\s+"
    r"(?P<dir>later|afterwards?|earlier|before)"
    r"|(?:the\s+)?(?P<next>next|following|previous)\s+(?P<unit2>day|week|month|morning|night))\b",
    re.I,
)
# a pluperfect verb ("had captured", "had been seized"): background, dated only by its own words
_PLUPERFECT_BEFORE = re.compile(
    r"\bhad\s+(?:(?:\w+ly|also|already|first|once|previously|earlier|since)\s+)?"
    r"(?:been\s+(?:(?:\w+ly|also|first)\s+)?)?$",
    re.I,
)
_REPORTED = re.compile(
    r"\b(?:said|says|say|claimed|claims|announced|reported|reports|told|added|stated|confirmed"
    r"|declared|according\s+to)\b",
    re.I,
)
# a description of fighters that names no actor of the theatre ("U.S.-backed Syrian fighters")
_UNKNOWN_SUBJECT = re.compile(
    r"(?:^|(?<=\s))(?:[\w.'’-]+\s+){0,3}?(?:fighters|forces|troops|rebels|militants|militias"
    r"|militiamen|alliance|soldiers|gunmen|insurgents)\b",
    re.I,
)
# "Sukhnah, which IS fighters had captured in May 2015": the place before "which" is the object
_WHICH = re.compile(r"(?:,\s*|\s+)(?:which|that)\s+[^,;:—–]*$", re.I)


def _offset(day: dt.date, n: int, unit: str, sign: int) -> dt.date:
    unit = unit.lower().rstrip("s")
    if unit in ("day", "morning", "night"):
        return day + dt.timedelta(days=sign * n)
    if unit == "week":
        return day + dt.timedelta(days=sign * 7 * n)
    return _add_months(day, sign * n * (12 if unit == "year" else 1))


def _relative_range(
    anchor: dt.date, n: int, unit: str, sign: int, q: str
) -> tuple[dt.date, dt.date]:
    """The days ``n`` units before (sign -1) or after (+1) ``anchor``, as bounded by ``q``."""
    q = " ".join(q.lower().split())
    day = _offset(anchor, n, unit, sign)
    if q in ("less than", "under", "within"):  # between the anchor and the offset
        return (day, anchor) if sign < 0 else (anchor, day)
    if q in ("more than", "over"):  # beyond the offset, by up to as much again
        far = _offset(anchor, 2 * n, unit, sign)
        return (far, day) if sign < 0 else (day, far)
    return day, day


@dataclass
class _Verb:
    pattern: str
    start: int
    end: int
    text: str
    mid: tuple[int, int] | None = None  # drive-out: where the driven-out actor is named


def _find_verbs(text: str, sent: _Sentence) -> list[_Verb]:
    found: list[_Verb] = []
    for pattern, rx in (
        ("drive-out", _DRIVE),
        ("fell-to", _FELL),
        ("capture", _CAPTURE),
        ("loss", _LOSS),
        ("withdrawal", _WITHDRAW),
    ):
        for m in rx.finditer(text, sent.start, sent.end):
            mid = m.span("mid") if pattern == "drive-out" else None
            found.append(_Verb(pattern, m.start(), m.end(), m.group(0), mid))
    found.sort(key=lambda v: (v.start, -(v.end - v.start)))
    out: list[_Verb] = []
    for v in found:
        if not out or v.start >= out[-1].end:
            out.append(v)
    return out


def _blocked(text: str, sent: _Sentence, v: _Verb) -> str | None:
    """Why a verb is not a change (infinitive, modal, negation, denial), or None."""
    before = text[sent.start : v.start]
    clause = re.split(r"[,;:—–()]", before)[-1]
    words = re.findall(r"[\w']+", clause.lower())[-3:]
    if words and words[-1] == "to":
        return "infinitive ('to ...'): an aim, not a change"
    hit = [w for w in words if w in _BLOCKERS or w.endswith("n't")]
    if hit:
        return f"'{hit[-1]}' before the verb: not a reported change"
    if _DENIAL.search(before):
        return "denied"
    return None


# =========================================================================== extraction
@dataclass
class Extraction:
    """What :func:`extract` found in one article.

    Attributes
    ----------
    drafts : pandas.DataFrame
        One row per drafted control change, columns :data:`DRAFT_COLUMNS`
        (the ``events.csv`` columns, then ``evidence``, ``char_span``
        ``"start:end"``, ``extraction_confidence`` 0..1, ``status`` "draft",
        ``pattern`` (a key of :data:`PATTERNS`)).  ``place`` is a gazetteer id,
        or the name as written when the place is unknown (see the note).
    unknown_places : pandas.DataFrame
        Capitalised place names that match no gazetteer entry (or several):
        ``mention``, ``sentence``, ``char_span``, ``candidates`` (nearest
        entries), ``reason`` (unknown/ambiguous), ``in_change`` (True when a
        draft needs it), ``count``.
    claims : pandas.DataFrame
        Area figures: ``figure`` (as written), ``value_km2``, ``unit`` (as
        written), ``unit_kind``, ``unit_corrected``, ``qualifier``, ``bound``,
        ``conversion`` (status of a bracketed conversion: ok,
        converted-as-length, length-unit-for-area, wrong; "" when none),
        ``conversion_expected``, ``reference``, ``claimant``, ``notes``,
        ``evidence``, ``char_span``.
    mentions : pandas.DataFrame
        Every resolved place mention: ``mention``, ``place``, ``how``, ``char_span``.
    published : datetime.date or None
        The date relative words were read against.
    title : str or None
        The headline (not searched for changes: it repeats the body).
    warnings : list of str
        Things the user should know (e.g. no publication date).
    """

    drafts: pd.DataFrame
    unknown_places: pd.DataFrame
    claims: pd.DataFrame
    mentions: pd.DataFrame
    published: dt.date | None = None
    title: str | None = None
    warnings: list[str] = field(default_factory=list)

    def to_csv(self, path: str | Path | None = None) -> str | None:
        """Write the drafts (events.csv columns, then the draft columns).

        With ``path=None`` the CSV text is returned instead.
        """
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(DRAFT_COLUMNS)
        for row in self.drafts[DRAFT_COLUMNS].itertuples(index=False):
            w.writerow([_cell(v) for v in row])
        if path is None:
            return buf.getvalue()
        Path(path).write_text(buf.getvalue(), encoding="utf-8")
        return None


def _cell(v) -> str:
    if v is None or (isinstance(v, float) and v != v):
        return ""
    if isinstance(v, float):
        return f"{v:g}"
    return " ".join(str(v).split())


@dataclass
class _Draft:
    place: str
    place_known: bool
    to_actor: str
    from_actor: str
    date: dt.date | None
    date_lo: dt.date | None
    date_text: str
    date_rank: int  # 3 explicit, 2 relative to another event, 1 report date, 0 publication date
    confidence: str
    pattern: str
    verb: str
    evidence: str
    span: tuple[int, int]
    reasons: list[str]
    penalty: float
    claimed_km2: float | None = None
    also: list[str] = field(default_factory=list)
    kind: str | None = None
    order: int = 0


def _load_theatre(theatre):
    if isinstance(theatre, str | Path):
        from .inputs import load_inputs

        return load_inputs(theatre)
    for attr in ("place_index", "actor_index", "places", "actors"):
        if not hasattr(theatre, attr):
            raise TypeError(
                f"theatre must be a theatre folder or an object with .{attr} (e.g. "
                f"geomap.inputs.load_inputs(path)), not {type(theatre).__name__}"
            )
    return theatre


class _Extractor:
    def __init__(self, text: str, theatre, published: dt.date | None):
        self.text = text
        self.gaz = _Gazetteer(theatre)
        self.published = published
        self.actors: list[_Actor] = []  # every actor mention so far, in text order
        self._astarts: list[int] = []
        self.places: list[_Place] = []  # every place mention so far, in text order
        self._pstarts: list[int] = []
        self.drafts: list[_Draft] = []
        # word of an actor mention -> {actor: (position, text)}, for generic words ("the rebels")
        self._words: dict[str, dict[str, tuple[int, str]]] = {}
        self.last_subject: _Actor | None = None
        self.unknown: list[tuple[_Place, _Sentence, bool]] = []
        self.claims: list[dict] = []

    # ------------------------------------------------------------ actors
    def _actors_between(self, lo: int, hi: int) -> list[_Actor]:
        return self.actors[bisect_left(self._astarts, lo) : bisect_left(self._astarts, hi)]

    def _places_between(self, lo: int, hi: int) -> list[_Place]:
        return self.places[bisect_left(self._pstarts, lo) : bisect_left(self._pstarts, hi)]

    def _add_actor(self, a: _Actor) -> None:
        word = " ".join(a.text.casefold().split())
        if word in self.gaz.generic:
            stem = word[:-1] if word.endswith("s") else word
            # the most recent specific mention holding the word ("Turkish-backed rebel factions")
            named = [(pos, actor, text) for actor, (pos, text) in self._words.get(stem, {}).items()]
            if named:
                _, actor, text = max(named)
                if actor != a.actor:
                    a = _Actor(a.start, a.end, a.text, actor, "generic", text)
        else:
            for w in re.findall(r"[a-z]+", word):
                w = w[:-1] if w.endswith("s") else w
                self._words.setdefault(w, {})[a.actor] = (a.start, " ".join(a.text.split()))
        self.actors.append(a)
        self._astarts.append(a.start)

    def _resolve_pronoun(self, sent: _Sentence, pos: int, text: str) -> _Actor | None:
        before = self._actors_between(sent.start, pos)
        if before:
            src = before[-1]
        elif self.last_subject is not None:
            src = self.last_subject
        else:
            prior = self._actors_between(0, sent.start)
            if not prior:
                return None
            src = prior[-1]
        return _Actor(pos, pos + len(text), text, src.actor, "pronoun", src.text)

    def _subject(self, sent: _Sentence, lo: int, hi: int) -> _Actor | None:
        """The actor named nearest before ``hi`` in [lo, hi): a mention or a pronoun."""
        cands = [a for a in self._actors_between(lo, hi) if a.end <= hi]
        best = cands[-1] if cands else None
        for m in _PRONOUN.finditer(self.text, lo, hi):
            if best is None or m.start() > best.end:
                if (
                    best is not None
                    and m.group("poss")
                    and not re.search(r"[,;:—–]", self.text[best.end : m.start()])
                ):
                    continue  # "the army and its allies": the pronoun adds no one
                res = self._resolve_pronoun(sent, m.start(), m.group(0))
                if res is not None:
                    best = res
        return best

    def _actor_after(self, lo: int, hi: int, lead: str) -> _Actor | None:
        for a in self._actors_between(lo, hi):
            if re.search(
                rf"\b(?:{lead})\s+(?:the\s+)?$", self.text[max(lo - 12, 0) : a.start], re.I
            ):
                return a
        return None

    def _context_gainer(self, pos: int, loser: str | None) -> _Actor | None:
        for d in reversed(self.drafts):
            if d.to_actor and d.to_actor != loser:
                return _Actor(pos, pos, "", d.to_actor, "context", f"the gainer of {d.place}")
        for a in reversed(self._actors_between(max(0, pos - 5000), pos)):
            if a.actor != loser:
                return _Actor(pos, pos, "", a.actor, "context", a.text)
        return None

    # ------------------------------------------------------------ places
    def _object_places(
        self, lo: int, hi: int, unknown: list[_Place]
    ) -> tuple[list[_Place], str | None]:
        """Place mentions in an object phrase [lo, hi); (places, note)."""
        obj = self.text[lo:hi]
        if _OBJ_FIGURE.match(obj):
            return [], "the object is an area figure, not a place"
        out = []
        for p in [*self._places_between(lo, hi), *unknown]:
            if lo <= p.start < hi and not _NOT_OBJECT_BEFORE.search(self.text[lo : p.start]):
                if p.how == "ambiguous" or p.place or p.how == "unknown":
                    out.append(p)
        out.sort(key=lambda p: p.start)
        # a kind-near mention ("the gas field near Arak") hides the place names inside it
        out = [
            p
            for p in out
            if not any(
                q is not p
                and q.start <= p.start
                and p.end <= q.end
                and (q.end - q.start) > (p.end - p.start)
                for q in out
            )
        ]
        if out:
            return out, None
        m = _ANAPHOR.match(obj)
        if m:
            kinds = _kinds_for(m.group("noun"), _ANAPHOR_NOUNS)
            for p in reversed(self._places_between(max(0, lo - 3000), lo)):
                if p.start < lo and p.place and p.kind in kinds:
                    ref = _Place(
                        lo + m.start("noun"),
                        lo + m.end(),
                        obj[: m.end()].strip(),
                        p.place,
                        "anaphor",
                        p.kind,
                    )
                    return [ref], f"'{ref.text}' read as {p.text!r}"
        it = re.match(r"\s*(?:it|them)\b", obj, re.I)
        if (
            it
            and self.drafts
            and self.drafts[-1].place_known
            and self.drafts[-1].span[1] >= lo - 400
        ):
            d = self.drafts[-1]
            ref = _Place(
                lo + it.start(), lo + it.end(), it.group(0).strip(), d.place, "anaphor", d.kind
            )
            return [ref], f"'{ref.text}' read as {d.place!r}"
        return [], None

    def _relative_antecedent(
        self, sent: _Sentence, lo: int, hi: int, unknown: list[_Place]
    ) -> tuple[list[_Place], str | None]:
        """ "Sukhnah, which IS fighters had captured": the place just before "which"/"that"."""
        m = _WHICH.search(self.text, lo, hi)
        if not m:
            return [], None
        cands = [
            p
            for p in [*self._places_between(sent.start, m.start() + 1), *unknown]
            if p.place or p.how in ("unknown", "ambiguous")
        ]
        for p in cands:
            if re.fullmatch(r"(?:['’]s)?\s*", self.text[p.end : m.start()]):
                word = re.search(r"which|that", m.group(0), re.I).group(0)
                return [p], f"{word!r} read as {p.text!r}"
        return [], None

    # ------------------------------------------------------------ dates
    def _date_for(
        self,
        sent: _Sentence,
        dates: list[DateMention],
        verbs: list[_Verb],
        k: int,
        used: set[int],
        sent_drafts: list[_Draft],
    ) -> tuple[dt.date | None, dt.date | None, str, int]:
        v = verbs[k]
        nxt = verbs[k + 1].start if k + 1 < len(verbs) else sent.end
        prev_end = verbs[k - 1].end if k > 0 else sent.start
        fwd = [(i, d) for i, d in enumerate(dates) if v.start <= d.span[0] < nxt]
        back = [
            (i, d) for i, d in enumerate(dates) if prev_end <= d.span[0] < v.start and i not in used
        ]
        for pool in (fwd, back):
            for i, d in pool:
                if d.kind == "event":
                    used.add(i)
                    return d.start, d.end, d.text, 3
        rel = _RELATIVE_DAY.search(self.text, prev_end, v.start)
        if rel and sent_drafts and sent_drafts[-1].date:
            n = 1 if rel["n"].lower() == "the" else _num(rel["n"].split()[-1])
            sign = -1 if rel["dir"].lower() == "after" else 1
            lo, hi = _relative_range(sent_drafts[-1].date, n, rel["unit"], sign, rel["q"] or "")
            said = re.split(r"\s+(?:after|before)\b", rel.group(0), flags=re.I)[0].strip()
            return lo, hi, f"{said} ({rel['dir'].lower()} {sent_drafts[-1].date})", 2
        later = _LATER.search(self.text, v.end, nxt)
        anchor = next((d for d in reversed(sent_drafts) if d.date), None)
        if anchor is None and self.drafts and self.drafts[-1].span[1] >= sent.start - 600:
            anchor = self.drafts[-1] if self.drafts[-1].date_rank >= 2 else None
        if later and anchor is not None:
            if later["next"]:
                n, unit = 1, later["unit2"]
                sign = -1 if later["next"].lower() == "previous" else 1
            else:
                n, unit = _num(later["n"].split()[-1]), later["unit"]
                sign = -1 if later["dir"].lower() in ("earlier", "before") else 1
            lo, hi = _relative_range(anchor.date, n, unit, sign, later["q"] or "")
            return lo, hi, f"{' '.join(later.group(0).split())} ({anchor.date})", 2
        for d in dates:
            if d.kind == "report" and d.end is not None:
                return d.end, d.end, d.text, 1
        if _PLUPERFECT_BEFORE.search(self.text, prev_end, v.start) and not _REPORTED.search(
            sent.text
        ):
            return None, None, "background", -1
        if self.published:
            return self.published, self.published, "publication date", 0
        return None, None, "", 0

    # ------------------------------------------------------------ the sentence loop
    def run(self, sentences: list[_Sentence]) -> None:
        for sent in sentences:
            for a in self.gaz.actors_in(self.text, sent.start, sent.end):
                self._add_actor(a)
            spans = [(a.start, a.end) for a in self._actors_between(sent.start, sent.end)]
            places, unknown = _find_places(self.gaz, self.text, sent, spans)
            # unresolved kind-near phrases behave like unknown names
            unknown += [p for p in places if p.place is None]
            places = [p for p in places if p.place is not None]
            self.places.extend(places)
            self._pstarts.extend(p.start for p in places)
            for u in unknown:
                before = self.text[sent.start : u.start]
                if _LOCATIVE_BEFORE.search(before) or u.how == "ambiguous":
                    self.unknown.append((u, sent, False))
            claims = self._claims(sent)
            self._changes(sent, unknown, claims)
            self._held_by(sent)

    def _changes(
        self, sent: _Sentence, unknown: list[_Place], claims: list[tuple[int, int, dict]]
    ) -> None:
        text = self.text
        verbs = _find_verbs(text, sent)
        dates = [
            DateMention(
                d.text, (d.span[0] + sent.start, d.span[1] + sent.start), d.start, d.end, d.kind
            )
            for d in find_dates(sent.text, self.published)
        ]
        used: set[int] = set()
        sent_drafts: list[_Draft] = []
        prev_subject: _Actor | None = None
        for k, v in enumerate(verbs):
            clause_end = verbs[k + 1].start if k + 1 < len(verbs) else sent.end
            region_lo = verbs[k - 1].end if k > 0 else sent.start
            if _blocked(text, sent, v):
                continue
            reasons: list[str] = []
            penalty = 0.0
            passive = bool(_PASSIVE_BEFORE.search(text[region_lo : v.start]))
            pattern = v.pattern
            gainer = loser = None
            if pattern in ("capture", "withdrawal") and passive:
                if pattern == "withdrawal":
                    continue
                pattern = "capture-passive"
            if pattern == "drive-out" and passive:
                pattern = "drive-out-passive"
            # ---- places
            if pattern in ("capture-passive", "fell-to"):
                cut = region_lo
                for m in re.finditer(
                    r"[;:—–]|,\s+(?:the|a|an|said|says|according)\b", text[region_lo : v.start]
                ):
                    cut = region_lo + m.end()
                objs = [
                    p
                    for p in [*self._places_between(cut, v.start), *unknown]
                    if cut <= p.start < v.start and (p.place or p.how in ("unknown", "ambiguous"))
                ]
                objs = [p for p in objs if not _NOT_OBJECT_BEFORE.search(text[cut : p.start])]
                obj_note = None
            else:
                stop = _OBJ_STOP.search(text, v.end + 1, clause_end)
                obj_end = stop.start() if stop else clause_end
                objs, obj_note = self._object_places(v.end, obj_end, unknown)
                if not objs and re.match(
                    r"\s*(?:$|(?:in|on|at|late|early|earlier|last|during|after|before|since|over"
                    r"|from|by)\b)",
                    text[v.end : obj_end],
                    re.I,
                ):
                    objs, obj_note = self._relative_antecedent(sent, region_lo, v.start, unknown)
            if not objs:
                continue
            if obj_note:
                reasons.append(obj_note)
                penalty += 0.1 if "read as" in obj_note else 0
            # ---- actors
            subject = self._subject(sent, region_lo, v.start)
            if subject is None and prev_subject is not None:
                subject = prev_subject
            if pattern in ("capture", "drive-out"):
                gainer = subject
                if pattern == "drive-out" and v.mid:
                    inside = self._actors_between(*v.mid)
                    loser = inside[0] if inside else None
                    pro = re.match(r"\s*(them|him)\b", text[v.mid[0] : v.mid[1]], re.I)
                    if loser is None and pro and gainer is not None:
                        earlier = [
                            a
                            for a in self._actors_between(max(0, v.start - 600), v.start)
                            if a.actor != gainer.actor and a.end <= gainer.start
                        ]
                        if earlier:
                            src = earlier[-1]
                            loser = _Actor(
                                v.mid[0], v.mid[1], pro.group(1), src.actor, "pronoun", src.text
                            )
                else:
                    loser = self._actor_after(v.end, clause_end, "from")
            elif pattern in ("drive-out-passive", "capture-passive"):
                gainer = self._actor_after(v.end, clause_end, "by")
                if pattern == "drive-out-passive":
                    loser = subject
                if gainer is None:
                    gainer = self._context_gainer(v.start, loser.actor if loser else None)
            elif pattern == "fell-to":
                after = self._actors_between(v.end, min(v.end + 8, clause_end))
                gainer = after[0] if after else None
            elif pattern in ("loss", "withdrawal"):
                loser = subject
                gainer = self._actor_after(v.end, clause_end, "to") if pattern == "loss" else None
                if gainer is None:
                    gainer = self._context_gainer(v.start, loser.actor if loser else None)
            if pattern in ("capture", "drive-out") and gainer is None:
                gainer = self._named_next(sent, region_lo, v.start)
            if pattern in ("capture", "drive-out") and subject is not None:
                prev_subject = subject
            if subject is not None and subject.how != "context":
                self.last_subject = subject
            for role, a in (("to_actor", gainer), ("from_actor", loser)):
                if a is None:
                    continue
                if a.how == "pronoun":
                    reasons.append(f"{role} {a.actor}: {a.text!r} read as {a.basis!r}")
                    penalty += 0.1
                elif a.how == "generic":
                    reasons.append(f"{role} {a.actor}: {a.text!r} read as {a.basis!r}")
                    penalty += 0.05
                elif a.how == "context":
                    reasons.append(f"{role} {a.actor} from the context ({a.basis})")
                    penalty += 0.15
                elif a.how == "next":
                    reasons.append(
                        f"{role} {a.actor}: {a.basis!r} (no actor of the theatre) read as "
                        f"{' '.join(a.text.split())!r}, named at the start of the next sentence"
                    )
                    penalty += 0.25
                else:
                    reasons.append(f"{role} {a.actor} ← {' '.join(a.text.split())!r}")
            if gainer is None:
                reasons.append("gaining actor not found: fill in to_actor")
                penalty += 0.4
            if gainer is not None and loser is not None and gainer.actor == loser.actor:
                loser = None
            # ---- date and confidence
            lo, hi, dtext, rank = self._date_for(sent, dates, verbs, k, used, sent_drafts)
            if rank == -1:
                rank = 0
                penalty += 0.3
                reasons.append(
                    f"background ({' '.join(text[region_lo : v.end].split()[-3:])!r}) without a "
                    "date: not the publication date; fill in the date"
                )
            elif rank == 0:
                penalty += 0.2
                reasons.append(
                    f"no date in the sentence: drafted with the publication date {hi}"
                    if hi
                    else "no date: give the publication date (--date) or fill in the date"
                )
            elif rank == 1:
                penalty += 0.1
                reasons.append(f"date from the report {dtext!r}: the change may be earlier")
            elif lo != hi:
                penalty += 0.1
                reasons.append(f"date {dtext!r} = {lo}..{hi}; drafted as the last day")
            else:
                reasons.append(f"date {hi} ← {dtext!r}")
            after_text = text[v.end : sent.end]
            nxt = self._next_sentence_text(sent)
            confidence = "confirmed"
            if (
                _DISPUTE.search(after_text)
                or re.match(r"\s*(?:But|However)\b", nxt)
                and _DISPUTE.search(nxt)
            ):
                confidence = "disputed"
                reasons.append("disputed in the text")
            # an area figure in the clause ("seized X, an area of 50 km²") is the claimed area
            in_clause = [row for a, _, row in claims if v.start <= a < clause_end]
            claimed = in_clause[0]["value_km2"] if len(in_clause) == 1 and len(objs) == 1 else None
            if claimed is not None:
                reasons.append(f"claimed area ← {in_clause[0]['figure']!r}")
            for p in objs:
                pen = penalty
                why = list(reasons)
                if p.place is None:
                    cands = ", ".join(f"{lab!r} ({i})" for i, lab in p.candidates)
                    why.insert(
                        0,
                        f"{p.how} place {p.text!r}: add it to places.csv"
                        + (f" (nearest: {cands})" if cands else ""),
                    )
                    pen += 0.1
                    self.unknown.append((p, sent, True))
                elif p.how == "kind-near":
                    why.insert(0, f"{p.text!r} read as {self.gaz.place_index.label(p.place)!r}")
                    pen += 0.05
                d = _Draft(
                    place=p.place or p.text,
                    place_known=p.place is not None,
                    to_actor=gainer.actor if gainer else "",
                    from_actor=loser.actor if loser else "",
                    date=hi,
                    date_lo=lo,
                    date_text=dtext,
                    date_rank=rank,
                    confidence=confidence,
                    pattern=pattern,
                    verb=" ".join(v.text.split()),
                    evidence=sent.text,
                    span=(sent.start, sent.end),
                    reasons=why,
                    penalty=pen,
                    kind=p.kind,
                    order=len(self.drafts),
                    claimed_km2=claimed,
                )
                self.drafts.append(d)
                sent_drafts.append(d)

    def _named_next(self, sent: _Sentence, lo: int, hi: int) -> _Actor | None:
        """ "U.S.-backed Syrian fighters said they had taken X. The Syrian Democratic Forces ...":
        a subject the theatre does not know, named at the start of the next sentence."""
        desc = _UNKNOWN_SUBJECT.search(self.text, sent.start, hi)
        if desc is None or self._actors_between(sent.start, hi):
            return None
        nxt = re.search(r"\S", self.text[sent.end :])
        if nxt is None:
            return None
        start = sent.end + nxt.start()
        head = self.text[start : start + 60]
        found = self.gaz.actors_in(self.text, start, start + len(head))
        if not found or len(self.text[start : found[0].start].split()) > 2:
            return None
        a = found[0]
        return _Actor(a.start, a.end, a.text, a.actor, "next", " ".join(desc.group(0).split()))

    def _next_sentence_text(self, sent: _Sentence) -> str:
        return self.text[sent.end : sent.end + 300]

    def _held_by(self, sent: _Sentence) -> None:
        """ "the hamlet had been held by Western-backed rebels": the loser of an earlier draft."""
        if not self.drafts:
            return
        for m in _HELD_BY.finditer(self.text, sent.start, sent.end):
            holder = next(iter(self._actors_between(m.end(), m.end() + 4)), None)
            if holder is None:
                continue
            before = self.text[sent.start : m.start()]
            target = None
            named = [p for p in self._places_between(sent.start, m.start()) if p.place]
            recent = self.drafts[-20:]
            if named:
                target = [d for d in recent if d.place == named[-1].place]
            else:
                am = re.search(
                    r"\b[Tt]he\s+(?:[a-z]+\s+){0,2}?(?P<noun>"
                    + "|".join(f"(?:{n})" for n, _ in _ANAPHOR_NOUNS)
                    + r")\b",
                    before,
                )
                if am:
                    kinds = _kinds_for(am.group("noun"), _ANAPHOR_NOUNS)
                    target = [d for d in recent if d.kind in kinds][-1:]
            for d in target or []:
                if not d.from_actor and d.to_actor != holder.actor:
                    d.from_actor = holder.actor
                    said = " ".join(self.text[m.start() : holder.end].split())
                    d.reasons.append(f"from_actor {holder.actor} ← {said!r}")

    # ------------------------------------------------------------ claims
    def _claims(self, sent: _Sentence) -> list[tuple[int, int, dict]]:
        """Area claims in a sentence: (start, end, row) with spans in the text."""
        s = sent.text
        if not _MAYBE_FIGURE.search(s):
            return []
        out = []
        for fig in find_area_figures(s, context="area"):
            a, b = fig.span
            if fig.unit_kind == "length" and not _area_context(s[:a], s[b:]):
                continue
            row = _claim_row(fig, s, sent, self._claimant(sent, a, b))
            self.claims.append(row)
            out.append((sent.start + a, sent.start + b, row))
        return out

    def _claimant(self, sent: _Sentence, a: int, b: int) -> str:
        s = sent.text
        m = re.search(
            r",\s*(?P<who>(?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)\s+(?:said|says|reported|announced|claimed|added|stated|estimated)\b",
            s[b:],
        )
        if m and "," not in m.group("who"):
            return _clean_claimant(m.group("who"))
        m = re.search(r"\baccording\s+to\s+(?P<who>[^,.;]{2,80})", s[b:])
        if m:
            return _clean_claimant(m.group("who"))
        before = s[:a]
        rv = re.search(
            r"\b(?:said|says|say|told|reported|reports|announced|claimed|claims|stated|estimated|put|puts|according\s+to)\b",
            before,
        )
        if rv:
            if rv.group(0).startswith("according"):
                who = re.match(r"\s*([^,.;]{2,80})", before[rv.end() :])
                return _clean_claimant(who.group(1)) if who else ""
            return _clean_claimant(before[: rv.start()])
        acts = self._actors_between(sent.start, sent.start + a)
        return " ".join(acts[-1].text.split()) if acts else ""


_AREA_BEFORE = re.compile(
    r"\b(?:took|taken|take|takes|taking|seized|seize|captured|retaken|retook|recaptured|gained|gain"
    r"|gains?\s+(?:at|of|to)|control(?:led)?\s+(?:of|over)|brought|lost|losing|cleared|liberated"
    r"|secured|expanded|covering|covers?|spanning|area\s+of|territory\s+of|total\s+of|amounting\s+to"
    r"|measuring)\s+(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
_AREA_AFTER = re.compile(
    r"^\s*(?:of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:territory|land|desert|ground|countryside|farmland"
    r"|terrain|area|territories|lands)\b|in\s+(?:the\s+)?(?:province|desert|region|area|countryside)\b)",
    re.I,
)
_DISTANCE_AFTER = re.compile(
    r"^\s*(?:from|away|short\s+of|outside|inside|into|beyond|along|long|wide|deep|high|behind|ahead"
    r"|of\s+(?:it|them|the\s+(?:border|city|town|front|frontier|capital))|to\s+the\s+(?:north|south|east|west)"
    r"|(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern|ward)?\b)",
    re.I,
)


_MAYBE_FIGURE = re.compile(
    r"\d|hundred|thousand|million|size|larger|bigger|smaller|as\s+(?:large|big)", re.I
)


def _area_context(before: str, after: str) -> bool:
    """Is a length figure ("5,000 kilometers") about an area here?"""
    if _DISTANCE_AFTER.match(after):
        return False
    return bool(_AREA_AFTER.match(after) or _AREA_BEFORE.search(before))


def _clean_claimant(text: str) -> str:
    who = re.sub(r",\s*(?:which|who)\b[^,]*,", " ", text)
    who = re.sub(r"\s+(?:on\s+)?(?:" + _WD + r")\s*$", "", who.strip())
    words = who.split()
    preps = {
        "over",
        "in",
        "on",
        "after",
        "since",
        "during",
        "for",
        "by",
        "at",
        "with",
        "meanwhile",
        "separately",
    }
    if words and words[0].lower() in preps:
        dets = [i for i, w in enumerate(words) if w.lower() in ("the", "a", "an")]
        if dets:
            words = words[dets[-1] :]
    if len(words) > 8:
        words = words[-8:]
    return " ".join(words).strip(" ,;:")


def _claim_row(fig: AreaFigure, s: str, sent: _Sentence, claimant: str) -> dict:
    conv = fig.conversions[0] if fig.conversions else None
    return {
        "figure": " ".join(fig.text.split()),
        "value_km2": fig.value_km2,
        "unit": fig.unit,
        "unit_kind": fig.unit_kind,
        "unit_corrected": fig.unit_corrected,
        "qualifier": fig.qualifier or "",
        "bound": fig.bound,
        "conversion": conv.status if conv else "",
        "conversion_expected": conv.expected if conv else "",
        "reference": fig.reference or "",
        "claimant": claimant,
        "notes": "; ".join(fig.flags),
        "evidence": " ".join(s.split()),
        "char_span": f"{sent.start + fig.span[0]}:{sent.start + fig.span[1]}",
    }


def _width(d: _Draft) -> int:
    return (d.date - d.date_lo).days if d.date and d.date_lo else 10**6


def _overlap(a: _Draft, b: _Draft) -> bool:
    """Can two explicitly dated statements be about one change (their dates overlap)?"""
    if not (a.date and b.date):
        return True
    return (a.date_lo or a.date) <= b.date and (b.date_lo or b.date) <= a.date


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """One draft per (place, gaining actor) and compatible date, keeping the best-dated statement.

    Statements of one change ("recaptured Palmyra on Thursday", "IS withdrew from the city
    overnight") merge; two explicit dates that exclude each other stay two drafts.
    """
    groups: dict[tuple[str, str], list[_Draft]] = {}
    for d in drafts:
        key = (d.place if d.place_known else normalize(d.place), d.to_actor)
        groups.setdefault(key, []).append(d)
    out: list[_Draft] = []
    for group in groups.values():
        keep: list[_Draft] = []
        for d in sorted(group, key=lambda d: (-d.date_rank, _width(d), d.order)):
            same = next(
                (
                    k
                    for k in keep
                    if not (d.date_rank == 3 and k.date_rank == 3 and not _overlap(d, k))
                ),
                None,
            )
            if same is None:
                keep.append(d)
                continue
            if not same.from_actor and d.from_actor:
                same.from_actor = d.from_actor
                same.reasons.append(f"from_actor {d.from_actor} from another statement")
            if d.confidence == "disputed":
                same.confidence = "disputed"
            same.also.append(f"{d.pattern} {d.verb!r}, chars {d.span[0]}:{d.span[1]}")
        out.extend(keep)
    return sorted(out, key=lambda d: d.order)


def _summarise_unknown(rows: list[tuple[_Place, _Sentence, bool]], gaz: _Gazetteer) -> pd.DataFrame:
    seen: dict[str, dict] = {}
    for p, sent, in_change in rows:
        key = normalize(p.text)
        if not key:
            continue
        if key in seen:
            seen[key]["count"] += 1
            seen[key]["in_change"] |= in_change
            continue
        cands = p.candidates or gaz.place_index.nearest(p.text)
        seen[key] = {
            "mention": p.text,
            "sentence": " ".join(sent.text.split()),
            "char_span": f"{p.start}:{p.end}",
            "candidates": "; ".join(f"{lab} ({i})" for i, lab in cands),
            "reason": p.how if p.how in ("unknown", "ambiguous") else "unknown",
            "in_change": in_change,
            "count": 1,
        }
    return pd.DataFrame(
        list(seen.values()),
        columns=["mention", "sentence", "char_span", "candidates", "reason", "in_change", "count"],
    )


def extract(
    text: str,
    theatre,
    *,
    published: dt.date | str | None = None,
    source: str | None = None,
    source_url: str | None = None,
) -> Extraction:
    """Draft control-change events, unknown places and area claims from an article.

    Parameters
    ----------
    text : str
        The article as plain text (see :func:`read_article` for files).  A
        headline (a first line without a full stop) is not searched for
        changes; a dateline ("BEIRUT, May 27, 2017 (Wire) —") gives the
        publication date when ``published`` is not given.
    theatre : TheatreInputs, path, or any object with ``.place_index``,
        ``.actor_index``, ``.places`` (id, name, alt_names, kind) and
        ``.actors`` (id, name, aliases).  A path is loaded with
        :func:`geomap.inputs.load_inputs`.
    published : datetime.date or ISO string, optional
        The publication date relative dates count from.
    source : str, optional
        The ``source`` column of the drafts (default: the headline, else "news report").
    source_url : str, optional
        The ``source_url`` column (an http(s) address), if known.

    Returns
    -------
    Extraction

    Examples
    --------
    >>> ex = extract("BEIRUT, May 27, 2017 (Wire) — Government troops seized Arak on Friday.",
    ...              "tests/extract/data/theatre")  # doctest: +SKIP
    >>> ex.drafts[["date", "place", "to_actor", "pattern"]].values.tolist()  # doctest: +SKIP
    [['2017-05-26', 'arak', 'GOV', 'capture']]
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    theatre = _load_theatre(theatre)
    if isinstance(published, str):
        day = _iso_day(published)
        if day is None or len(published.strip()) != 10:
            raise InputError(
                Problem(
                    "<published>", None, None, f"{published!r} is not a date", "write YYYY-MM-DD"
                )
            )
        published = day
    if isinstance(published, dt.datetime):
        published = published.date()
    layout = _layout(text)
    warnings: list[str] = []
    if published is None:
        published = layout.date
        if published is None:
            warnings.append(
                "no publication date (none given and no dateline): relative dates such as "
                "'on Friday' are not resolved; give the date (--date YYYY-MM-DD, published=)"
            )
    elif layout.date is not None and layout.date != published:
        warnings.append(
            f"the dateline says {layout.date}, the given publication date {published} is used"
        )
    sentences = _sentences(text, layout.body_start, len(text))
    ex = _Extractor(text, theatre, published)
    ex.run(sentences)
    drafts = _merge(ex.drafts)
    src = source or layout.title or "news report"
    rows = []
    for d in drafts:
        parts = [f"geomap extract: {d.pattern} {d.verb!r}", *d.reasons]
        if d.also:
            parts.append(f"also stated: {'; '.join(d.also)}")
        note = "; ".join(parts)
        rows.append(
            {
                "date": d.date.isoformat() if d.date else "",
                "place": d.place,
                "geometry": "",
                "to_actor": d.to_actor,
                "from_actor": d.from_actor,
                "confidence": d.confidence,
                "claimed_area_km2": d.claimed_km2,
                "source": src,
                "source_url": source_url or "",
                "note": note,
                "evidence": " ".join(d.evidence.split()),
                "char_span": f"{d.span[0]}:{d.span[1]}",
                "extraction_confidence": round(max(0.05, min(0.99, 0.95 - d.penalty)), 2),
                "status": "draft",
                "pattern": d.pattern,
            }
        )
    drafts_df = pd.DataFrame(rows, columns=DRAFT_COLUMNS)
    mentions = pd.DataFrame(
        [
            {"mention": p.text, "place": p.place, "how": p.how, "char_span": f"{p.start}:{p.end}"}
            for p in ex.places
        ],
        columns=["mention", "place", "how", "char_span"],
    )
    claims = pd.DataFrame(
        ex.claims,
        columns=[
            "figure",
            "value_km2",
            "unit",
            "unit_kind",
            "unit_corrected",
            "qualifier",
            "bound",
            "conversion",
            "conversion_expected",
            "reference",
            "claimant",
            "notes",
            "evidence",
            "char_span",
        ],
    )
    return Extraction(
        drafts=drafts_df,
        unknown_places=_summarise_unknown(ex.unknown, ex.gaz),
        claims=claims,
        mentions=mentions,
        published=published,
        title=layout.title,
        warnings=warnings,
    )


# =========================================================================== drafts → theatre
@dataclass(frozen=True)
class MergeResult:
    """What :func:`merge_drafts` wrote.

    Attributes
    ----------
    path : Path
        The events file written (the theatre's ``events.csv``, or ``out``).
    added : int
        Number of events appended.
    skipped : int
        Draft rows left out because their ``status`` is ``rejected``.
    """

    path: Path
    added: int
    skipped: int = 0


_REJECTED = frozenset({"rejected", "reject", "skip", "skipped", "no"})


def _draft_table(path: Path, problems: list[Problem]):
    from ._csv import read_csv
    from .inputs import EVENT_COLUMNS as REQUIRED

    return read_csv(
        path,
        required=REQUIRED[0],
        optional=[*REQUIRED[1], *EXTRA_COLUMNS],
        problems=problems,
        display=str(path),
    )


def check_drafts(theatre, drafts_csv: str | Path) -> tuple[pd.DataFrame, list[Problem]]:
    """Validate a drafts file against a theatre, as ``events.csv`` would be.

    Parameters
    ----------
    theatre : TheatreInputs or path
        The theatre (loaded with :func:`geomap.inputs.load_inputs` when a path).
    drafts_csv : str or Path
        A file written by :meth:`Extraction.to_csv` (possibly edited).

    Returns
    -------
    (events, problems)
        The valid rows as :func:`geomap.inputs.read_events` returns them
        (plus ``status``), and every problem found, including duplicates of
        the theatre's events (same day, place and gaining actor) and of
        other drafts.  Rows whose ``status`` is ``rejected`` are left out.
    """
    from .inputs import load_inputs, read_events

    inputs = load_inputs(theatre) if isinstance(theatre, str | Path) else theatre
    path = Path(drafts_csv)
    problems: list[Problem] = []
    table = _draft_table(path, problems)
    if table is None:
        return pd.DataFrame(), problems
    status = {line: row.get("status", "").strip().lower() for line, row in table}
    rejected = {line for line, st in status.items() if st in _REJECTED}
    found: list[Problem] = []
    events = read_events(
        path,
        inputs.place_index,
        inputs.actor_index,
        problems=found,
        snapshot_date=getattr(inputs, "snapshot_date", None),
        display=str(path),
    )
    for p in found:
        if p.line == 1 and p.field in EXTRA_COLUMNS:
            continue  # the draft columns are known here
        if p.line in rejected or p.message.startswith("duplicate of the event on line"):
            continue  # duplicates are reported below, with the theatre's events
        problems.append(p)
    events = events[~events["line"].isin(rejected)].copy()
    events["status"] = events["line"].map(status)

    def target(row):
        return row["place"] if row["place"] is not None else row["geometry"].wkb_hex

    existing: dict[tuple, int] = {}
    ev_file = str(Path(inputs.path) / "events.csv") if hasattr(inputs, "path") else "events.csv"
    for _, row in getattr(inputs, "events", pd.DataFrame()).iterrows():
        existing.setdefault((row["day"], target(row), row["to_actor"]), int(row["line"]))
    seen: dict[tuple, int] = {}
    for _, row in events.sort_values("line").iterrows():
        key = (row["day"], target(row), row["to_actor"])
        what = f"{row['day']}, {row['place'] or 'drawn area'}, to {row['to_actor']}"
        if key in existing:
            problems.append(
                Problem(
                    str(path),
                    int(row["line"]),
                    "place",
                    f"duplicate of {ev_file}:{existing[key]} ({what})",
                    "the theatre already has this change: delete the draft row or set status=rejected",
                )
            )
        elif key in seen:
            problems.append(
                Problem(
                    str(path),
                    int(row["line"]),
                    "place",
                    f"duplicate of the draft on line {seen[key]} ({what})",
                    "keep one of them (or set status=rejected on the other)",
                )
            )
        else:
            seen[key] = int(row["line"])
    return events, problems


def merge_drafts(
    theatre_dir: str | Path, drafts_csv: str | Path, *, out: str | Path | None = None
) -> MergeResult:
    """Append reviewed drafts to a theatre's ``events.csv`` (an explicit step).

    Every draft row is validated exactly as ``events.csv`` is (places and
    actors resolve, dates, confidence, URL ...), and refused when it repeats
    an existing event or another draft (same day, place and gaining actor).
    Nothing is written unless every row passes.  Rows whose ``status`` is
    ``rejected`` are skipped.  The draft-only columns (evidence, char_span,
    ...) are not written.

    Parameters
    ----------
    theatre_dir : str or Path
        The theatre folder.
    drafts_csv : str or Path
        The drafts file (from ``geomap extract --out``), reviewed.
    out : str or Path, optional
        Write the merged events here instead of updating ``events.csv`` in place.

    Returns
    -------
    MergeResult

    Raises
    ------
    InputError
        Listing every problem as file:line: field: what; how to fix.
    """
    from .inputs import load_inputs

    inputs = load_inputs(theatre_dir)
    events_path = Path(theatre_dir) / "events.csv"
    drafts_path = Path(drafts_csv)
    _, problems = check_drafts(inputs, drafts_path)
    errors = [p for p in problems if p.is_error]
    if errors:
        raise InputError(errors)
    probs: list[Problem] = []
    table = _draft_table(drafts_path, probs)
    rows = [
        (line, row) for line, row in table if row.get("status", "").strip().lower() not in _REJECTED
    ]
    skipped = len(table) - len(rows)
    existing_text = events_path.read_text(encoding="utf-8-sig")
    header = next(csv.reader(io.StringIO(existing_text)))
    header = [h.strip() for h in header]
    needed = [c for c in EVENT_COLUMNS if c not in header and any(r.get(c, "") for _, r in rows)]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    if needed:
        # the theatre's file lacks a column the drafts fill: rewrite it with the column added
        old = list(csv.reader(io.StringIO(existing_text)))
        header = header + needed
        w.writerow(header)
        for r in old[1:]:
            if r:
                w.writerow(r + [""] * (len(header) - len(r)))
        prefix = ""
    else:
        prefix = (
            existing_text
            if existing_text.endswith("\n") or not existing_text
            else existing_text + "\n"
        )
    for _, r in rows:
        w.writerow([r.get(c, "") for c in header])
    target = Path(out) if out is not None else events_path
    new_text = prefix + buf.getvalue()
    target.write_text(new_text, encoding="utf-8")
    return MergeResult(path=target, added=len(rows), skipped=skipped)
