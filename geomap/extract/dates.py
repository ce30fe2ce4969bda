"""The date grammar: date expressions in a text, resolved against the publication date.

Absolute dates ("May 27, 2017", "27 May 2017", "2017-05-27"), months and
years with their parts ("late August", "the summer of 2016"), weekdays and
relative words ("on Sunday", "last week", "three months ago"), each read as
the range of days it may mean, and whether it dates an event or a report.

Examples
--------
>>> d = find_dates("IS fighters overran the town in early March", dt.date(2017, 5, 27))[0]
>>> d.text, d.start, d.end
('in early March', datetime.date(2017, 3, 1), datetime.date(2017, 3, 10))
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from ..units import NUMBER_WORDS

# =========================================================================== dates
MONTH_NAMES = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
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
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WD = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_NUMWORDS = {**NUMBER_WORDS, "an": 1, "several": 3, "few": 3}
# a count of days, weeks, months or years: digits, "a"/"an", or a number word up to sixty
NUMW = (
    "(?:"
    + "|".join(
        [r"\d{1,3}", "a", "an", *(w for w, n in NUMBER_WORDS.items() if w != "a" and n <= 60)]
    )
    + ")"
)


def _month_number(text: str) -> int:
    t = text.rstrip(".").lower()
    return MONTH_NAMES.get(t) or _MONTH_ABBR[t[:4] if t.startswith("sept") else t[:3]]


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
    kind : {"event", "report", "dateline", "since"}
        ``report``: the date of a statement ("said Wednesday"), an upper bound
        of the event; ``dateline``: a wire dateline's day ("LUANDA, March 8
        (Reuters) -"), the same as the report's; ``since``: the start of a
        period ("since August").
    """

    text: str
    span: tuple[int, int]
    start: dt.date | None
    end: dt.date | None
    kind: Literal["event", "report", "dateline", "since"] = "event"

    @property
    def is_range(self) -> bool:
        """True when the expression may mean more than one day ("last week")."""
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


def number_of(word: str) -> int:
    w = word.lower()
    return int(w) if w.isdigit() else _NUMWORDS[w]


#: a year in a date: 1500 (geomap's first day) to 2099
_YR = r"(?:1[5-9]|20)\d\d"
ABS_MDY = rf"(?P<mon>{_MON})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>{_YR})\b"
ABS_DMY = rf"\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MON}),?\s+(?P<y2>{_YR})\b"
ISO_DAY = rf"\b(?P<iy>{_YR})-(?P<im>\d\d)-(?P<id>\d\d)\b"
EXPLICIT_DATE = re.compile(rf"\b{ABS_MDY}|{ABS_DMY}|{ISO_DAY}")

_TO = r"\s*(?:-|–|—|\s(?i:and|to|until|till)\s)\s*"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR_TAIL = rf"(?:,?\s+(?P<ry>{_YR})\b)?"
# a month or a day not followed by a year geomap does not take ("May 1499"): no date at all
_NO_OTHER_YEAR = r"(?!,?\s+(?:of\s+)?\d{4}\b(?!\s*(?:km|kilomet|mile|square|sq\b|men\b|troops)))"
_DATE_RULES: list[tuple[str, re.Pattern]] = [
    # a range of days: "between 21 and 31 October", "from October 21 to 31",
    # "between 28 September and 2 October 2020", "21-31 October"
    (
        "range",
        re.compile(
            rf"(?:\b(?i:between|from)\s+)?(?:"
            rf"\b(?P<ad>{_DAY})(?:\s+(?P<am>{_MON}))?{_TO}(?P<bd>{_DAY})\s+(?P<bm>{_MON})"
            rf"|\b(?P<am2>{_MON})\s+(?P<ad2>{_DAY}){_TO}(?:(?P<bm2>{_MON})\s+)?(?P<bd2>{_DAY})\b"
            rf"(?!\s*(?:km|kilomet|mile|square|sq\b|percent|%|people|killed|dead)))" + _YEAR_TAIL
        ),
    ),
    ("abs", re.compile(rf"(?:\b(?i:on)\s+)?(?:{WD},?\s+)?(?:\b{ABS_MDY}|{ABS_DMY}|{ISO_DAY})")),
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
            # "3 May 1499": a year before geomap's first day, not a day of the report's year
            + _NO_OTHER_YEAR
        ),
    ),
    (
        "month",
        re.compile(
            rf"\b(?:(?P<prep>(?i:in|during|by|until|since|through))\s+)?"
            rf"(?:(?P<part>(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of))[\s-]+)?"
            rf"(?:(?P<relpre>(?i:last|this|next))\s+)?"
            rf"(?P<mon>{_MONTH_FULL})"
            rf"(?:\s+(?:(?i:of)\s+)?(?:(?P<rel>(?i:last|this|next)\s+year)|(?P<y>{_YR})\b))?"
            + _NO_OTHER_YEAR
        ),
    ),
    (
        "year",
        re.compile(
            r"\b(?:(?P<prep>(?i:in|during|since|by|until|through))\s+)"
            r"(?:(?P<part>(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of"
            r"|(?:the\s+)?(?:summer|spring|autumn|fall|winter)(?:\s+of)?))[\s-]+)?"
            # "by 1600 hours", "in 1500 metres": a time of day or a length, not a year
            rf"(?P<y>{_YR})\b(?![,.]\d|\s*(?:km|kilomet|mile|square|sq\b|percent|%|hours?\b|hrs\b"
            r"|h\b|GMT|UTC|local\b|m\b|metres|meters|yards|feet|ft\b|men\b|troops|soldiers))"
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"(?:\b(?P<mod>(?i:on|late|early|last|this|since|by|until|overnight|before\s+dawn))\s+)?"
            rf"\b(?P<wd>{WD})(?:'s)?(?:\s+(?i:night|morning|afternoon|evening))?\b"
            # "on Tuesday last week", "on Friday of last week": that day of the week before;
            # "On Sunday last": the last Sunday before the day of writing (spent sets 110,
            # 115, 143)
            r"(?:\s+(?P<lastweek>(?i:(?:of\s+)?last\s+week|of\s+the\s+previous\s+week))\b"
            r"|\s+(?P<lastafter>(?i:last))\b(?!\s+(?i:week|month|year|night)))?"
        ),
    ),
    (
        "relative",
        re.compile(
            r"(?i:\b(?:"
            r"(?P<pm>(?P<pmpart>early|late|(?:at\s+)?the\s+(?:start|beginning|end)\s+of)\s+"
            r"(?P<pmwhich>this|last|the)\s+month)"
            r"|(?P<today>today|tonight|this\s+morning|this\s+afternoon|this\s+evening"
            r"|earlier\s+(?:in\s+the\s+day|today))"
            r"|(?P<yesterday>(?:the\s+day\s+before\s+)?yesterday|last\s+night|overnight)"
            r"|(?P<thisweek>earlier\s+(?:this|in\s+the)\s+week|this\s+week)"
            r"|(?P<lastweekend>last\s+weekend|(?:over|at|during)\s+the\s+weekend|this\s+weekend)"
            r"|(?P<recent>in\s+recent\s+days|(?:in|over)\s+the\s+(?:past|last)\s+(?:few|several)"
            r"\s+days|(?<!\w\s)days\s+ago)"
            # "during the previous week": the calendar week before (not "over the past week")
            r"|(?P<lastweek>last\s+week|(?:(?:during|in)\s+)?the\s+previous\s+week)"
            r"|(?P<thismonth>earlier\s+(?:this|in\s+the)\s+month|this\s+month)"
            r"|(?P<lastmonth>last\s+month|(?:(?:during|in)\s+)?the\s+previous\s+month)"
            r"|(?P<thisyear>earlier\s+(?:this|in\s+the)\s+year|this\s+year)"
            r"|(?P<lastyear>last\s+year)"
            rf"|(?:over|in|during|within|for)\s+(?:the\s+)?(?:(?P<past>past|last|previous)\s+)?"
            rf"(?P<n>{NUMW})\s+(?P<unit>days?|weeks?|months?)"
            r"|(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(?P<unit1>day|week|month|year)"
            rf"|(?P<nago>{NUMW}|several|a\s+few)\s+(?P<unitago>days?|weeks?|months?|years?)\s+ago"
            r")\b)"
        ),
    ),
]
_REPORT_BEFORE = re.compile(
    r"\b(?:said|says|say|announced|reported|added|confirmed|claimed|stated|declared|conceded"
    r"|admitted|acknowledged|insisted"
    r"|told\s+(?:\w+\s+){0,2}?(?:reporters|journalists|\w+))\s*,?\s*$",
    re.I,
)


# "LUANDA, March 8 (Reuters) - ...": the day a wire dateline gives is the report's, not the event's
_DATELINE_BEFORE = re.compile(
    r"^\W*[A-Z][A-Z'’.]+(?:[ /-][A-Z][A-Z'’.]+)*(?:,\s*[A-Z][\w'’.]+)*,\s*$"
)
_DATELINE_AFTER = re.compile(r"^,?\s*(?:\(\s*[^()\n]{1,40}\)\s*)?[-—–]")


def _in_dateline(text: str, m: re.Match) -> bool:
    """Is the date ``m`` the day of a wire dateline opening ``text``?"""
    return bool(
        _DATELINE_BEFORE.match(text, 0, m.start())
        and _DATELINE_AFTER.match(text[m.end() : m.end() + 50])
    )


_Resolved = tuple[dt.date | None, dt.date | None, str] | None


def resolve_date(kind: str, m: re.Match, anchor: dt.date | None) -> _Resolved:
    """(start, end, kind) of one date match of rule ``kind``; None when the match is not a date."""
    if kind in _ABSOLUTE:
        return _ABSOLUTE[kind](m.groupdict(), m, anchor)
    if anchor is None:
        return None, None, "event"
    if kind == "weekday":
        return _weekday(m.groupdict(), anchor)
    return _relative_words(m.groupdict(), m, anchor)


def _absolute_day(g: dict, m: re.Match, anchor: dt.date | None) -> _Resolved:
    """ "May 27, 2017", "27 May 2017", "2017-05-27"."""
    if g.get("iy"):
        day = _safe_date(int(g["iy"]), int(g["im"]), int(g["id"]))
    elif g.get("y"):
        day = _safe_date(int(g["y"]), _month_number(g["mon"]), int(g["d"]))
    else:
        day = _safe_date(int(g["y2"]), _month_number(g["mon2"]), int(g["d2"]))
    return (day, day, "event") if day else None


def _month_day(g: dict, m: re.Match, anchor: dt.date | None) -> _Resolved:
    """ "on May 27", "27 May": the latest such day up to the anchor."""
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


def _month(g: dict, m: re.Match, anchor: dt.date | None) -> _Resolved:
    """ "in May", "late August", "last August", "May 2016", "March of next year"."""
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


def _year(g: dict, m: re.Match, anchor: dt.date | None) -> _Resolved:
    """ "in 2014", "the summer of 2016"."""
    y = int(g["y"])
    lo, hi = dt.date(y, 1, 1), dt.date(y, 12, 31)
    part = " ".join((g.get("part") or "").lower().split())
    season = re.fullmatch(r"(?:the )?(summer|spring|autumn|fall|winter)(?: of)?", part)
    if season:  # "in summer 2014", "the summer of 2014"
        part = f"the {season.group(1)} of"
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


def _weekday(g: dict, anchor: dt.date) -> _Resolved:
    """ "on Sunday", "last Tuesday": the latest such day up to the anchor."""
    wd = WEEKDAYS.index(g["wd"].lower())
    back = (anchor.weekday() - wd) % 7
    mod = (g.get("mod") or "").lower()
    if g.get("lastweek"):
        # the calendar week before the anchor's (weeks start on Monday)
        back = anchor.weekday() + 7 - wd
    elif (mod == "last" or g.get("lastafter")) and back == 0:
        back = 7
    day = anchor - dt.timedelta(days=back)
    return day, day, "since" if mod == "since" else "event"


def _relative_words(g: dict, m: re.Match, anchor: dt.date) -> _Resolved:
    """ "yesterday", "last week", "over ten days", "three months ago"."""
    if g.get("n") or g.get("unit1"):
        return _past_span(g, m, anchor)
    if g.get("nago"):
        return _ago(g, anchor)
    return _calendar_words(g, anchor)


def _part_of_month(g: dict, anchor: dt.date) -> _Resolved:
    """ "early this month", "at the start of the month", "late last month": a third of it."""
    first = anchor.replace(day=1)
    if g["pmwhich"].lower() == "last":
        first = _add_months(first, -1)
    lo, hi = _month_range(first.year, first.month)
    part = g["pmpart"].lower()
    if "early" in part or "start" in part or "beginning" in part:
        hi = lo + dt.timedelta(days=9)
    else:
        lo = lo + dt.timedelta(days=20)
    return lo, min(hi, anchor), "event"


def _calendar_words(g: dict, anchor: dt.date) -> _Resolved:
    """ "today", "yesterday", "overnight", "this/last week", "last month", "earlier this year"."""
    if g.get("today"):
        return anchor, anchor, "event"
    if g.get("pm"):
        return _part_of_month(g, anchor)
    if g.get("yesterday"):
        if g["yesterday"].lower() == "overnight":
            return anchor - dt.timedelta(days=1), anchor, "event"
        # "the day before yesterday": two days before
        day = anchor - dt.timedelta(days=2 if g["yesterday"].lower().startswith("the") else 1)
        return day, day, "event"
    monday = anchor - dt.timedelta(days=anchor.weekday())
    if g.get("recent"):  # "in recent days", "days ago": the week before the report
        return anchor - dt.timedelta(days=7), anchor, "event"
    # "earlier this week/month/year": before the report's day (the day itself when the
    # period starts on it)
    earlier = (
        1
        if "earlier" in (g.get("thisweek") or g.get("thismonth") or g.get("thisyear") or "").lower()
        else 0
    )
    if g.get("thisweek"):
        return monday, max(monday, anchor - dt.timedelta(days=earlier)), "event"
    if g.get("lastweekend"):
        # the latest Saturday-Sunday up to the report day ("last weekend" on a weekend day:
        # the one before)
        sunday = monday - dt.timedelta(days=1)
        if anchor.weekday() >= 5 and not g["lastweekend"].lower().startswith("last"):
            return monday + dt.timedelta(days=5), anchor, "event"
        return sunday - dt.timedelta(days=1), sunday, "event"
    if g.get("lastweek"):
        return monday - dt.timedelta(days=7), monday - dt.timedelta(days=1), "event"
    if g.get("thismonth"):
        first = anchor.replace(day=1)
        return first, max(first, anchor - dt.timedelta(days=earlier)), "event"
    if g.get("lastmonth"):
        prev = _add_months(anchor.replace(day=1), -1)
        return (*_month_range(prev.year, prev.month), "event")
    if g.get("thisyear"):
        first = anchor.replace(month=1, day=1)
        return first, max(first, anchor - dt.timedelta(days=earlier)), "event"
    if g.get("lastyear"):
        y = anchor.year - 1
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "event"
    return None


def _past_span(g: dict, m: re.Match, anchor: dt.date) -> _Resolved:
    """ "over ten days", "in the past two weeks": from that long before the anchor to it."""
    n = number_of(g["n"]) if g.get("n") else 1
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


def _ago(g: dict, anchor: dt.date) -> _Resolved:
    """ "three days ago": that day; "three months ago": that month, give or take."""
    n = number_of(g["nago"].split()[-1])
    unit = g["unitago"].lower().rstrip("s")
    if unit in ("day", "week"):
        day = anchor - dt.timedelta(days=n * (7 if unit == "week" else 1))
        return day, day, "event"
    # "three months ago": that month, give or take the days of the month
    months = n * (12 if unit == "year" else 1)
    back = _add_months(anchor, -months)
    return back - dt.timedelta(days=15), back + dt.timedelta(days=15), "event"


def _day_range(g: dict, m: re.Match, anchor: dt.date | None) -> _Resolved:
    """ "between 21 and 31 October": the range, in the year given or the latest up to the anchor."""
    bm = _month_number(g["bm"] or g["bm2"] or g["am2"])
    am = _month_number(g["am"] or g["am2"]) if (g["am"] or g["am2"]) else bm
    ad, bd = (int(re.match(r"\d+", x).group(0)) for x in (g["ad"] or g["ad2"], g["bd"] or g["bd2"]))
    if g.get("ry"):
        year = int(g["ry"])
    elif anchor is not None:
        end = _safe_date(anchor.year, bm, bd)
        year = anchor.year - 1 if end is not None and end > anchor else anchor.year
    else:
        return None, None, "event"
    lo = _safe_date(year - (1 if am > bm else 0), am, ad)
    hi = _safe_date(year, bm, bd)
    if lo is None or hi is None or lo > hi or (hi - lo).days > 92:
        return None
    return lo, hi, "event"


#: Days named by a fixed feast (month, day): "on Christmas Day", "on New Year's Eve".
_FEASTS = {
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
}


def _feast(g: dict, m: re.Match, anchor: dt.date | None) -> _Resolved:
    """ "on Christmas Day": the latest such day up to the anchor (like "on December 25")."""
    key = " ".join(m.group("feast").casefold().replace("’", "'").split())
    # "the first day of the new year" is New Year's Day; "the last day of the year" its eve
    key = {"first": "new year's day", "last": "new year's eve"}.get(key.split()[0], key)
    mon, d = _FEASTS[key]
    if anchor is None:
        return None, None, "event"
    day = dt.date(anchor.year, mon, d)
    if day > anchor:
        day = dt.date(anchor.year - 1, mon, d)
    return day, day, "event"


_DATE_RULES.append(
    (
        "feast",
        re.compile(
            r"(?:\b(?i:on)\s+)?\b(?P<feast>(?i:christmas\s+(?:day|eve)|boxing\s+day"
            r"|new\s+year['’]s\s+(?:day|eve)"
            # "on the first day of the new year", "on the last day of the year"
            r"|(?<=the\s)first\s+day\s+of\s+the\s+new\s+year"
            r"|(?<=the\s)last\s+day\s+of\s+the\s+(?:old\s+)?year))\b"
        ),
    )
)


def _nth_of_month(g: dict, m: re.Match, anchor: dt.date | None) -> _Resolved:
    """ "On the 20th" in a summary or communique: that day of the anchor's month, or of the
    month before when the day is later than the anchor."""
    if anchor is None:
        return None, None, "event"
    d = int(g["nth"])
    day = _safe_date(anchor.year, anchor.month, d)
    if day is None or day > anchor or g.get("ult"):
        prev = _add_months(anchor.replace(day=1), -1)
        day = _safe_date(prev.year, prev.month, d)
    return (day, day, "event") if day else None


_DATE_RULES.append(
    (
        "nth",
        re.compile(
            # "On Thursday the 28th" (blind set 111): the weekday before the day of the month
            r"(?:\b(?i:on|by|until|since)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
            # "On the evening of the 27th", "in the night of the 12th" (blind sets 111, 129)
            r"|\b(?i:on|in|during|by)\s+the\s+(?i:morning|afternoon|evening|night)\s+of\s+)"
            r"the\s+(?P<nth>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
            # "on the 5th ultimo": of the month before
            r"(?P<ult>\s+(?i:ult(?:imo|\.)))?"
            # not "on the 20th of March" (a day and month), "by the 5th Division", "the 20th
            # century"
            r"(?!\s+(?:of\b|[A-Z]|(?i:century|anniversary|day|week|time|division|brigade"
            r"|regiment|battalion|army|corps|floor|parallel)\b))"
        ),
    )
)

# a day of the month in words: "the first", "the twenty-third", "the thirty-first"
_ORDINALS = dict(
    zip(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split(),
        range(1, 20),
        strict=True,
    )
)
_ORDINALS.update({"twentieth": 20, "thirtieth": 30})
_ORDINALS.update({f"twenty-{w}": 20 + n for w, n in list(_ORDINALS.items())[:9]})
_ORDINALS["thirty-first"] = 31
_ORD_WORD = "|".join(sorted((w.replace("-", r"[\s-]") for w in _ORDINALS), key=len, reverse=True))
_ORD_DAY = rf"(?P<ow>(?i:{_ORD_WORD})|\d{{1,2}}(?:st|nd|rd|th))"


def _ordinal_day(g: dict, m: re.Match, anchor: dt.date | None) -> _Resolved:
    """ "on the first of March", "March the first", "on the 14th of this month": the day
    of that month (the latest up to the anchor, as "1 March"), or of the anchor's month."""
    if g.get("lastday"):
        return _last_day_of(g, m, anchor)
    word = " ".join(g["ow"].lower().replace("-", " ").split()).replace(" ", "-")
    d = _ORDINALS[word] if word in _ORDINALS else int(re.match(r"\d+", word).group(0))
    if g.get("mon"):
        if g.get("y"):
            day = _safe_date(int(g["y"]), _month_number(g["mon"]), d)
            return (day, day, "event") if day else None
        return _month_day({"mon": g["mon"], "d": str(d)}, m, anchor)
    if anchor is not None and re.match(r"(?i)last|the\s+p", g.get("which_month") or ""):
        # "on the 21st of last month": that day of the month before the anchor's
        prev = _add_months(anchor.replace(day=1), -1)
        day = _safe_date(prev.year, prev.month, d)
        return (day, day, "event") if day else None
    return _nth_of_month({"nth": str(d)}, m, anchor)


def _latest_year(mon: int, anchor: dt.date) -> int:
    """The year of the latest month ``mon`` up to the ``anchor``'s month."""
    return anchor.year if mon <= anchor.month else anchor.year - 1


def _last_day_of(g: dict, m: re.Match, anchor: dt.date | None) -> _Resolved:
    """ "on the last day of March (1853)", "the last day of this month": that month's last
    day (the latest such month up to the anchor, as "31 March"), or the anchor's month's."""
    if g.get("mon"):
        mon = _month_number(g["mon"])
        if g.get("y"):
            year = int(g["y"])
        elif anchor is None:
            return None
        else:
            year = _latest_year(mon, anchor)
    elif anchor is None:
        return None
    else:
        month = anchor.replace(day=1)
        if re.match(r"(?i)last|the\s+p", g.get("which_month") or ""):
            month = _add_months(month, -1)
        year, mon = month.year, month.month
    day = _month_range(year, mon)[1]
    if not g.get("mon") and anchor is not None and day > anchor:
        # "the last day of this month" told before it ends: as "the 14th of this month", the
        # latest such day up to the anchor
        prev = _add_months(dt.date(year, mon, 1), -1)
        day = _month_range(prev.year, prev.month)[1]
    return day, day, "event"


_DATE_RULES.append(
    (
        "ordinal",
        re.compile(
            # "on the first of March (1966)", "the 14th of this month", "March the first";
            # "on the eleventh day of this month", "on the last day of March" (blind set 128)
            rf"(?:\b(?i:on|by|since|until)\s+)?\b(?i:the)\s+"
            rf"(?:{_ORD_DAY}\s+(?:(?i:day)\s+)?|(?P<lastday>(?i:last))\s+(?i:day)\s+)(?i:of)\s+"
            rf"(?:(?P<mon>{_MONTH_FULL})(?:,?\s+(?P<y>{_YR})\b)?"
            r"|(?P<which_month>(?i:this|the\s+same|the\s+present|last|the\s+previous|the\s+past))"
            r"\s+(?i:month)\b)"
            rf"|(?:\b(?i:on|by|since|until)\s+)?\b(?P<mon2>{_MONTH_FULL})\s+the\s+(?P<ow2>"
            rf"(?i:{_ORD_WORD})|\d{{1,2}}(?:st|nd|rd|th))\b"
        ),
    )
)


def _week_of_month(g: dict, m: re.Match, anchor: dt.date | None) -> _Resolved:
    """ "in the second week of March", "during the last week of May 1919", "in the first half
    of April": those days of that month (the latest such month up to the anchor)."""
    mon = _month_number(g["pmon"])
    if g.get("py"):
        year = int(g["py"])
    elif anchor is None:
        return None, None, "event"
    else:
        year = _latest_year(mon, anchor)
    first, last = _month_range(year, mon)
    which = g["which"].lower()
    if g["unit"].lower() == "half":
        lo, hi = (1, 15) if which == "first" else (16, last.day)
    elif which in ("last", "final"):
        lo, hi = last.day - 6, last.day
    else:
        n = {"first": 0, "second": 1, "third": 2, "fourth": 3}[which]
        lo, hi = 1 + 7 * n, 7 + 7 * n
    return first.replace(day=lo), first.replace(day=hi), "event"


_DATE_RULES.append(
    (
        "partmonth",
        re.compile(
            r"\b(?i:in|during|by|over|through)\s+the\s+"
            r"(?:(?P<which>(?i:first|second|third|fourth|last|final))\s+(?P<unit>(?i:week))"
            r"|(?P<which2>(?i:first|second|latter|last))\s+(?P<unit2>(?i:half)))"
            rf"\s+(?i:of)\s+(?P<pmon>{_MONTH_FULL})(?:,?\s+(?P<py>{_YR})\b)?"
        ),
    )
)


def _part_rule(g: dict, m: re.Match, anchor: dt.date | None) -> _Resolved:
    if g.get("which2"):
        which = "first" if g["which2"].lower() == "first" else "second"
        g = {**g, "which": which, "unit": "half"}
    return _week_of_month(g, m, anchor)


def _ordinal_rule(g: dict, m: re.Match, anchor: dt.date | None) -> _Resolved:
    if g.get("mon2"):
        g = {**g, "mon": g["mon2"], "ow": g["ow2"]}
    return _ordinal_day(g, m, anchor)


_ABSOLUTE = {
    "partmonth": _part_rule,
    "ordinal": _ordinal_rule,
    "nth": _nth_of_month,
    "feast": _feast,
    "range": _day_range,
    "abs": _absolute_day,
    "md": _month_day,
    "dm": _month_day,
    "month": _month,
    "year": _year,
}


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
    named = [m.span() for m in _DATE_NAMED.finditer(text)]
    for kind, rx in _DATE_RULES:
        for m in rx.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in named):
                continue  # "the 26th of July Movement": a name, no date
            res = resolve_date(kind, m, published)
            if res is None:
                continue
            lo, hi, what = res
            if what == "event" and _REPORT_BEFORE.search(text[max(0, m.start() - 60) : m.start()]):
                what = "report"
            elif what == "event" and _in_dateline(text, m):
                what = "dateline"
            found.append((m.start(), m.end(), DateMention(m.group(0), m.span(), lo, hi, what)))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[DateMention] = []
    last_end = -1
    for s, e, dm in found:
        if s >= last_end:
            out.append(dm)
            last_end = e
    return _weekday_and_date(text, out)


# a day that names a movement or an accord: "the 26th of July Movement", "the March 23
# Movement", "the 14 March Alliance"
_DATE_NAMED = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}|{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    r"\s+(?:Movement|Alliance|Front|Coalition|Revolution|Brigades?|Group|Agreement|Accords?)\b"
)
_WEEKDAY_ONLY = re.compile(rf"(?i)^(?:on\s+)?{WD}$")
# "Sept. 19" after "on Sunday,": the American order of the same explicit day
_DAY_MONTH_FIRST = re.compile(rf"{_MON}\.?\s+\d")


def _weekday_and_date(text: str, found: list[DateMention]) -> list[DateMention]:
    """ "on Saturday 8 January", "on Sunday, Sept. 19": one mention (the explicit day's), not
    a weekday and a day."""
    out: list[DateMention] = []
    for dm in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _WEEKDAY_ONLY.match(prev.text)
            and dm.kind == prev.kind
            # "on Monday the 26th May" (spent set 145)
            and re.fullmatch(r"[\s,]{1,3}(?:the\s+)?", text[prev.span[1] : dm.span[0]])
            and (
                re.match(r"(?:the\s+)?\d", dm.text)
                or (_DAY_MONTH_FIRST.match(dm.text) and dm.start == dm.end)
            )
        ):
            span = (prev.span[0], dm.span[1])
            out[-1] = DateMention(text[span[0] : span[1]], span, dm.start, dm.end, dm.kind)
        else:
            out.append(dm)
    return out


def _offset(day: dt.date, n: int, unit: str, sign: int) -> dt.date:
    unit = unit.lower().rstrip("s")
    if unit in ("day", "morning", "afternoon", "evening", "night"):
        return day + dt.timedelta(days=sign * n)
    if unit == "week":
        return day + dt.timedelta(days=sign * 7 * n)
    return _add_months(day, sign * n * (12 if unit == "year" else 1))


def relative_range(
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
