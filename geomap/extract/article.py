r"""Reading an article file: size, encoding and binary checks, HTML to text.

Examples
--------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("Army takes Arak\n\nBEIRUT, May 27, 2017 (Wire) — ...", encoding="utf-8")
>>> read_article(folder / "a.txt").published
datetime.date(2017, 5, 27)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from .._text import utf16_without_bom_message
from ..errors import InputError, Problem
from ..paths import input_problem
from .text import read_layout

#: Largest article file :func:`read_article` reads by default (a wire report is a few kB).
DEFAULT_MAX_BYTES = 2_000_000


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
    p = _article_file(path, max_bytes)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise _article_error(
            p, f"cannot read the file ({exc.strerror})", "check the path and permissions"
        ) from None
    text = _article_text(p, data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if p.suffix.lower() in (".html", ".htm", ".xhtml") or _HTML_START.match(text):
        return _read_html(p, text)
    layout = read_layout(text)
    return Article(text=text, published=layout.date, title=layout.title, path=p)


def _article_file(path: str | Path, max_bytes: int) -> Path:
    """The article's path: no web address, a file that exists, not too large."""
    text_path = str(path)
    if re.match(r"^[a-z][a-z0-9+.-]*://", text_path, re.I):
        raise _article_error(
            text_path,
            "is a web address; geomap extract reads saved files and never uses the network",
            "save the page (as .html or .txt) and give the file",
        )
    p = Path(path)
    bad = input_problem(p, missing_hint="check the path of the article file")
    if bad is not None:
        raise InputError(bad)
    size = p.stat().st_size
    if size > max_bytes:
        raise _article_error(
            p,
            f"the file is {size / 1e6:.1f} MB, more than the {max_bytes / 1e6:g} MB limit "
            "(a news article is a few kB)",
            "check it is the right file, split it into articles, or raise the limit "
            "(--max-bytes, or read_article(..., max_bytes=...))",
        )
    return p


def _article_text(p: Path, data: bytes) -> str:
    """The file's text: not empty, not binary, UTF-8 (a BOM is dropped)."""
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
        utf16 = utf16_without_bom_message(head)
        if utf16:
            raise _article_error(p, utf16, "save it as UTF-8")
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
    return text


# an element of page furniture by its class or id: a news ticker, a cookie notice, a menu,
# "related stories" links, share buttons, adverts (its text is never the article's)
_FURNITURE = re.compile(
    r"(?i)(?:^|[\s_-])(?:ticker|breaking|banner|cookies?|consent|gdpr|menu|nav(?:bar|igation)?"
    r"|related|recommended|trending|most-?read|popular|promo|newsletter|share|social|sharing"
    r"|ads?|advert\w*|sponsored|breadcrumbs?|sidebar|comments?)(?:$|[\s_-])"
)
# a heading over a list of links to other stories
_LINKS_HEADING = re.compile(
    r"(?i)^\W*(?:read\s+more|related(?:\s+(?:stories|articles|content|topics|coverage))?"
    r"|most\s+(?:read|popular|viewed|shared)|more\s+(?:on\s+this\s+story|stories|from\s+[\w ]+)"
    r"|see\s+also|you\s+may\s+also\s+like|recommended(?:\s+for\s+you)?|trending(?:\s+now)?)\W*$"
)


class _HTMLText(HTMLParser):
    """Visible article text of an HTML page, with its title, dates and canonical link.

    Page furniture is left out: scripts, styles, navigation and footers by their tags,
    tickers, cookie notices, menus and "related" boxes by their class or id
    (:data:`_FURNITURE`), a paragraph made only of links (a list of other stories), and
    a "Read more" / "Most read" heading.
    """

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
        self.furniture: list[str] = []  # open tags inside a furniture element
        self.in_link = 0
        self.unlinked = False  # the paragraph so far holds text outside links

    def _flush(self) -> None:
        para = " ".join("".join(self.buf).split())
        if para and self.unlinked and not _LINKS_HEADING.match(para):
            self.paragraphs.append(para)
        self.buf = []
        self.unlinked = False

    def _furniture_tag(self, tag: str, a: dict[str, str]) -> bool:
        """Track a furniture element's tags; True while inside one."""
        if self.furniture:
            if tag not in self._VOID:
                self.furniture.append(tag)
            return True
        if tag not in self._VOID and _FURNITURE.search(f"{a.get('class', '')} {a.get('id', '')}"):
            self._flush()
            self.furniture.append(tag)
            return True
        return False

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
        if self.skip or self._furniture_tag(tag, a):
            return
        if tag == "a":
            self.in_link += 1
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
        if self.furniture:
            if tag in self.furniture:  # close up to the matching open tag
                del self.furniture[len(self.furniture) - self.furniture[::-1].index(tag) - 1 :]
            return
        if tag == "a":
            self.in_link = max(0, self.in_link - 1)
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
        if self.skip or self.furniture:
            return
        if self.h1_parts is not None and self.h1 is None:
            self.h1_parts.append(data)
            return
        self.buf.append(data)
        if not self.in_link and data.strip():
            self.unlinked = True


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


def iso_day(value: str | None) -> dt.date | None:
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
        published = iso_day(parser.meta.get(key))
        if published:
            break
    published = published or iso_day(parser.time_datetime)
    layout = read_layout(text)
    if published is None:
        published = layout.date
    title = parser.h1 or " ".join(parser.title.split()) or layout.title
    url = parser.canonical or parser.meta.get("og:url") or None
    if url and not re.match(r"^https?://", url, re.I):
        url = None
    return Article(text=text, published=published, title=title or None, path=p, url=url)
