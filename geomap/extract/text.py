"""An article's layout (headline, dateline, body) and its sentences."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .dates import ABS_DMY, ABS_MDY, EXPLICIT_DATE, ISO_DAY, WD, resolve_date


# =========================================================================== layout
@dataclass
class Layout:
    title: str | None = None
    title_span: tuple[int, int] | None = None
    body_start: int = 0
    date: dt.date | None = None
    dateline: str | None = None
    # a letterhead line in capitals where a dateline would be ("REPUBLICAN FORCES - WESTERN
    # COMMAND"): it heads the text, is no dateline and no sentence
    letterhead: str | None = None


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
    rf"^\W*(?:{WD},?\s+)?(?:{ABS_MDY}|{ABS_DMY}|{ISO_DAY})"
    r"(?:[\s,.-]+\d{1,2}[.:]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?)?\W*$"
)
_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+)*)(?![a-z])"
    r"(?P<rest>[^\n—–]{0,80}?)"
    r"(?:\s*(?:—|–|--)\s*|\s+-\s+)"
    rf"(?P<after>(?:{WD},?\s+)?(?:{ABS_MDY}|{ABS_DMY}|{ISO_DAY})\s*(?:—|–|--|-|:|\.|\n)?\s*)?"
)


# what follows a dateline's dash on its line when the line is a letterhead, not a dateline: a
# heading in capitals to the end of the line ("REPUBLIC OF X - MINISTRY OF DEFENCE"); a wire
# dateline goes on with the story's first sentence, or ends its line
_CAPS_HEADING = re.compile(r"[ \t]*(?=[^\n]*[A-Z]{2})[^a-z\d\n]+(?:\n|$)")
# a byline between the headline and the dateline: "By Paulo Rezende", "By Staff Correspondent"
_BYLINE = re.compile(
    r"^By\s+(?:(?:[A-Z][\w'’.-]*|and|our|staff|special|correspondents?|reporters?|in|de|da|do|dos|du|del|al|el|van|von|bin)"
    r"(?:\s*,\s*|\s+|$))+$"
)


def first_explicit_date(text: str) -> dt.date | None:
    m = EXPLICIT_DATE.search(text)
    if not m:
        return None
    res = resolve_date("abs", m, None)
    return res[0] if res else None


# page furniture a saved or copied page starts with ("Accessibility links", "Breaking News")
_BOILERPLATE = re.compile(
    r"(?i)^\W*(?:accessibility\s+links|skip\s+to\s+(?:main\s+)?(?:content|navigation)"
    # a ticker line: "Breaking News: <another story>"
    r"|(?:breaking(?:\s+news)?|just\s+in|live)(?:\s*[:|–—-]\s*.*)?"
    r"|live|menu|search|home|news|world|middle\s+east|sign\s+in|log\s*in|subscribe|advertisement"
    r"|share(?:\s+this)?|share\s+on\s+\w+|print|email|close|more|latest|top\s+stories"
    r"|cookies?.*|we\s+use\s+cookies.*|related(?:\s+topics)?|follow\s+us.*|listen|watch"
    r"|(?:[\w ]+[|›>»])+[\w ]+)\W*$"
)


def _after_boilerplate(text: str) -> int:
    """Where the text starts past page furniture lines (at most 30 lines skipped)."""
    pos = 0
    for _ in range(30):
        m = re.match(r"[ \t]*([^\n]*)(?:\n|$)", text[pos:])
        line = m.group(1).strip()
        if m.end() == 0 or (line and (len(line) > 60 or not _BOILERPLATE.match(line))):
            break
        pos += m.end()
    return pos


_SPACE = re.compile(r"\s*")


def _may_be_headline(line: str) -> bool:
    """Whether a line may be a headline: short, not ending as a sentence or clause does, and
    neither a dateline nor a date."""
    return (
        len(line) <= 200
        and not re.search(r"[.!?:;,]['\"”’)]*$", line)
        and not _DATELINE.match(line)
        and not _DATE_LINE.match(line)
    )


def _opens_a_report(line: str) -> bool:
    """Whether a line under a headline opens the report: a dateline with its date, a byline
    or a date line.  An undated "X - Y" line is none: under a letterhead's first line it is
    the letterhead's second ("SUDAN PEOPLE'S LIBERATION MOVEMENT / ARMY\nGENERAL HEADQUARTERS
    - MILITARY COMMUNIQUE NO. 9/89", spent set 91)."""
    m = _DATELINE.match(line)
    if m and first_explicit_date(m.group("rest") + " " + (m.group("after") or "")):
        return True
    return bool(_DATE_LINE.match(line) or _BYLINE.match(line))


def read_layout(text: str) -> Layout:
    """Headline, dateline and where the body starts (page furniture before them skipped)."""
    lay = Layout()
    paras = _paragraphs(text, _after_boilerplate(text))
    if not paras:
        return lay
    i = 0
    s0, e0 = paras[0]
    first = text[s0:e0]
    start = None
    if len(paras) > 1 and "\n" not in first and _may_be_headline(first):
        lay.title, lay.title_span = first, (s0, e0)
        i = 1
    elif "\n" in first and _may_be_headline(line := first[: first.index("\n")].rstrip()):
        # the headline on the line right above a dated dateline, a byline or a date line, with
        # no blank line between ("Syrian troops seize town\nDAMASCUS, June 3, 2017 (Reuters) - ")
        nxt = _SPACE.match(text, s0 + first.index("\n") + 1).end()
        end = text.find("\n", nxt)
        if _opens_a_report(text[nxt : len(text) if end < 0 else end]):
            lay.title, lay.title_span = line, (s0, s0 + len(line))
            start = nxt
    if start is None:
        if i >= len(paras):
            return lay
        start = paras[i][0]
    # a line holding only a date ("Saturday 27 May 2017 10.45 BST"), or a byline
    for _ in range(3):
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        if _BYLINE.match(text[start:line_end]):
            nxt = re.search(r"\S", text[line_end:])
            start = line_end + nxt.start() if nxt else len(text)
        elif _DATE_LINE.match(text[start:line_end]):
            lay.date = lay.date or first_explicit_date(text[start:line_end])
            nxt = re.search(r"\S", text[line_end:])
            start = line_end + nxt.start() if nxt else len(text)
        else:
            break
    m = _DATELINE.match(text[start:])
    heading = _CAPS_HEADING.match(text, start + m.end()) if m else None
    if heading is not None:
        # "SOCIALIST ETHIOPIA - PROVISIONAL MILITARY GOVERNMENT": a letterhead, no dateline (a
        # wire report has none); it heads the text, as a dateline would, and is no sentence
        lay.letterhead = text[start : heading.end()].strip()
        m = None
        start = heading.end()
    if m and len(m.group("city")) >= 3:
        lay.dateline = m.group(0).strip()
        lay.date = lay.date or first_explicit_date(m.group("rest") + " " + (m.group("after") or ""))
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
    return read_layout(text).date


# =========================================================================== sentences
_ABBREV = frozenset(
    "mr mrs ms dr gen lt col maj sgt capt cpl st jan feb mar apr jun jul aug sep sept oct nov dec "
    "no vs approx est inc corp mt ft".split()
)
# a run of stops is tried once, from its first character (atomic, no backtracking into it):
# 40 kB of "." must not be quadratic
_SENT_END = re.compile(
    r"(?<![.!?])(?>[.!?]+)(?>[\"'”’)\]]*)(?=\s+[\"'“‘(\[]?[A-Z0-9\u0600-\u06ff]"
    # a list item on the next line ("...north.\n- Officials said ..."): a new sentence
    r"|[ \t]*\n\s*[-•*–—][ \t])"
)
# the word before a full stop, looked for in a bounded window (an abbreviation is short)
_WORD_BEFORE = re.compile(r"(?<![\w.])[\w.]{1,30}$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def overlaps(s: int, e: int, spans) -> bool:
    """True when [s, e) shares a character with one of ``spans`` ((start, end) pairs)."""
    return any(s < b and a < e for a, b in spans)


#: Longest sentence the extractor reads as one: longer runs (a run-on list, text without
#: full stops) are cut at a space, so the work per sentence is bounded and ``extract``
#: stays linear in its input.  A wire-report sentence is under 600 characters.
MAX_SENTENCE = 1200


def _bounded(s: int, e: int, text: str) -> list[tuple[int, int]]:
    """[s, e) cut into pieces of at most :data:`MAX_SENTENCE` characters, at a space if any."""
    out = []
    while e - s > MAX_SENTENCE:
        cut = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
        cut = cut if cut > s else s + MAX_SENTENCE
        out.append((s, cut))
        s = cut
    out.append((s, e))
    return out


def split_sentences(text: str, start: int, end: int) -> list[Sentence]:
    """The sentences of ``text[start:end]``, paragraph by paragraph, in linear time.

    Each sentence is at most :data:`MAX_SENTENCE` characters long (see there).
    """
    out: list[tuple[int, int]] = []
    for ps, pe in _paragraphs(text[:end], start):
        para = text[ps:pe]
        cut = 0
        for m in _SENT_END.finditer(para):
            if m.group(0).startswith("."):
                word = _WORD_BEFORE.search(para, max(0, m.start() - 31), m.start())
                w = word.group(0).lower() if word else ""
                if w in _ABBREV or (len(w) == 1 and w.isalpha()) or re.fullmatch(r"(?:\w\.)+\w", w):
                    continue
            out.extend(_bounded(ps + cut, ps + m.end(), text))
            cut = m.end()
            while cut < len(para) and para[cut].isspace():
                cut += 1
        if cut < len(para):
            out.extend(_bounded(ps + cut, pe, text))
    return [Sentence(s, e, text[s:e]) for s, e in out if text[s:e].strip()]
