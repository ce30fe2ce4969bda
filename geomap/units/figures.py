"""Area figures as published, read from text: numbers, units, conversions and comparisons.

"over 5,000 kilometers (3,100 miles)" is an area of 5,000 km² whose bracketed conversion was done
as a length; "nearly half the size of neighboring Lebanon" is 0.5 × a reference area
(:mod:`geomap.units.reference`).  Every reading that is not literal is flagged on the returned
:class:`AreaFigure`.  Pure standard library.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from dataclasses import dataclass, field
from typing import Literal

from ..errors import InputError, Problem
from .reference import (
    KM2_PER_SQMI,
    KM_PER_MI,
    ReferenceArea,
    _ref_by_key,
    as_of,
    compare,
    home_regions,
    other_published,
    reference_area,
)


def format_area(km2: float, reference: str | ReferenceArea | None = None) -> str:
    """Human-readable area: ``'5,000 km² (1,931 sq mi; 0.48 × Lebanon)'``.

    Examples
    --------
    >>> format_area(5000, "Lebanon")
    '5,000 km² (1,931 sq mi; 0.48 × Lebanon)'
    """
    text = f"{km2:,.0f} km² ({km2 / KM2_PER_SQMI:,.0f} sq mi"
    if reference is not None:
        ref = reference_area(reference)
        text += f"; {compare(km2, ref):.2f} × {ref.name}"
    return text + ")"


UnitKind = Literal["area", "length", "comparison"]


@dataclass(frozen=True)
class _Unit:
    code: str
    kind: Literal["area", "length"]
    factor: float  # km² per unit (area) or km per unit (length)
    pattern: str


# Longest forms first: the alternation is tried in this order.
_UNITS = [
    _Unit("km2", "area", 1.0, r"(?:square|sq\.?)[\s-]*(?:kilomet(?:er|re)s?|kms?)\b"),
    _Unit("km2", "area", 1.0, r"(?:kilomet(?:er|re)s?|kms?)[\s-]*(?:²|\^?2(?!\d)|squared\b)"),
    _Unit("sqmi", "area", KM2_PER_SQMI, r"(?:square|sq\.?)[\s-]*(?:miles?\b|mi\b\.?)"),
    _Unit("sqmi", "area", KM2_PER_SQMI, r"(?:miles?|mi)[\s-]*(?:²|\^?2(?!\d)|squared\b)"),
    _Unit("m2", "area", 1e-6, r"(?:square|sq\.?)[\s-]*met(?:er|re)s?\b|m²|m\^?2(?!\d)"),
    _Unit("ha", "area", 0.01, r"hectares?\b|ha\b"),
    _Unit("acre", "area", 0.0040468564224, r"acres?\b"),
    _Unit("dunam", "area", 0.001, r"d[ou]n[ua]?ms?\b|donums?\b"),
    # the Egyptian and Sudanese feddan: 4,200.83 m² (24 kirat of 175.03 m²)
    _Unit("feddan", "area", 0.00420083, r"fedd?ans?\b"),
    _Unit("km", "length", 1.0, r"kilomet(?:er|re)s?\b|kms?\b"),
    _Unit("mi", "length", KM_PER_MI, r"miles?\b|mi\b"),
]
_UNIT_ALT = "|".join(f"(?:{u.pattern})" for u in _UNITS)
_UNIT_LABEL = {"km2": "km²", "sqmi": "sq mi", "m2": "m²", "ha": "ha", "acre": "acres"}
_UNIT_LABEL.update(dunam="dunams", feddan="feddans", km="km", mi="mi")


def _unit_of(text: str) -> _Unit:
    for unit in _UNITS:
        rx = _compiled(unit.pattern)
        if rx.fullmatch(text.strip().rstrip(".")) or rx.fullmatch(text.strip()):
            return unit
    raise ValueError(f"not a unit: {text!r}")  # pragma: no cover - the regexes agree


_WORD_VALUES = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
#: Number words and their values, for parsers of figures written in words.
NUMBER_WORDS = _WORD_VALUES
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
_WORD_NUM = (
    r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six"
    r"|seven|eight|nine))?[\s-]+(?:hundred|thousand|million)(?:[\s-]+(?:thousand))?)"
)
_DIGITS = r"\d{1,3}(?:[,\u00a0\u202f]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUM = rf"(?:{_DIGITS})(?:\s+(?:million|thousand))?|{_WORD_NUM}"

_QUALIFIERS = {
    # written form -> bound
    "over": "lower",
    "more than": "lower",
    "just over": "lower",
    "well over": "lower",
    "at least": "lower",
    "upward of": "lower",
    "upwards of": "lower",
    "in excess of": "lower",
    "nearly": "upper",
    "almost": "upper",
    "just under": "upper",
    "under": "upper",
    "less than": "upper",
    "up to": "upper",
    # "hold no more than a hundredth part of Soviet Russia" (spent set 89): at most
    "no more than": "upper",
    "not more than": "upper",
    "no less than": "lower",
    "not less than": "lower",
    "about": "approx",
    "around": "approx",
    "roughly": "approx",
    "approximately": "approx",
    "some": "approx",
    "an estimated": "approx",
    "close to": "approx",
    "a total of": "exact",
}
_QUAL = "|".join(
    re.escape(q).replace(r"\ ", r"\s+") for q in sorted(_QUALIFIERS, key=len, reverse=True)
)
# Qualifiers written as symbols, glued to the number or not: ">60 km2", "~ 500 ha".
_SYMBOL_QUALIFIERS = {
    ">": "lower",
    ">=": "lower",
    "\u2265": "lower",  # ≥
    "<": "upper",
    "<=": "upper",
    "\u2264": "upper",  # ≤
    "~": "approx",
    "\u2248": "approx",  # ≈
}
_SYM = r"[<>]=?|[\u2265\u2264~\u2248]"


def _parse_number(text: str) -> float:
    # a (narrow) no-break space between digits groups thousands ("5 000"); split() would
    # cut the number there
    text = re.sub(r"(?<=\d)[\u00a0\u202f](?=\d)", "", text)
    t = " ".join(text.casefold().replace("-", " ").split())
    if t and t[0].isdigit():
        parts = t.split(" ")
        value = float(re.sub(r"[,\u00a0\u202f]", "", parts[0]))
        for word in parts[1:]:
            value *= _SCALES[word]
        return value
    total, current = 0.0, 0.0
    for word in t.split(" "):
        if word in _WORD_VALUES:
            current += _WORD_VALUES[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in ("thousand", "million"):
            total += max(current, 1) * _SCALES[word]
            current = 0.0
    return total + current


def _rounding_step(written: str) -> float:
    """Step of the last significant digit of a number as written ('3,100' -> 100)."""
    digits = re.sub(r"[^\d.]", "", written)
    if "." in digits:
        return 10.0 ** -len(digits.split(".", 1)[1])
    stripped = digits.rstrip("0")
    return 10.0 ** (len(digits) - len(stripped)) if stripped else 1.0


ConversionStatus = Literal["ok", "converted-as-length", "length-unit-for-area", "wrong"]


@dataclass(frozen=True)
class Conversion:
    """A conversion printed beside a figure, e.g. the "(3,100 miles)" in "5,000 km (3,100 miles)".

    Attributes
    ----------
    text : str
        The conversion as written.
    value : float
        Its number.
    unit : str
        Its unit as written.
    status : {"ok", "converted-as-length", "length-unit-for-area", "wrong"}
        ``ok``: it is the area in another unit.  ``converted-as-length``: the
        number is the figure converted as a *length* (5,000 km → 3,100 mi), wrong
        for an area.  ``length-unit-for-area``: the number is the right area but
        the unit is written as a length ("1,900 miles" for 1,931 sq mi).
        ``wrong``: it matches neither reading.
    expected : str
        What the conversion should say, e.g. ``"1,931 sq mi"``.
    message : str
        One sentence explaining the status.
    """

    text: str
    value: float
    unit: str
    status: ConversionStatus
    expected: str
    message: str

    @property
    def consistent(self) -> bool:
        return self.status == "ok"


@dataclass(frozen=True)
class AreaFigure:
    """An area figure as published, read into km².

    Attributes
    ----------
    text : str
        The figure as written, with its qualifier and bracketed conversions.
    value : float
        The number as written (for a comparison: the multiplier, 0.5 for "half").
    unit : str
        The unit as written ("kilometers", "sq km"; for a comparison "the size of Lebanon").
    unit_kind : {"area", "length", "comparison"}
        What the unit as written measures.
    value_km2 : float
        The area in km².
    qualifier : str or None
        "over", "nearly", "about", ... as written (lower case), a symbol (">", "<=",
        "~", "≈", ...) glued to the number or not, or None.
    bound : {"exact", "lower", "upper", "approx"}
        What the qualifier makes of the value: "over" → lower bound, "nearly" → upper bound.
    unit_corrected : bool
        True when a length unit was read as the matching area unit (km → km²).
    conversions : tuple of Conversion
        Bracketed conversions found after the figure, each checked.
    reference : str or None
        For comparisons, the reference area's name.
    reference_km2 : float or None
        For comparisons, the reference area's km² the value was computed with.
    reference_source : str
        For comparisons, where that figure comes from.
    span : tuple of int
        ``(start, end)`` of :attr:`text` in the string that was parsed.
    low : float or None
        For a range ("300-400 sq km", "between 300 and 400 km²"): its lower number as
        written; :attr:`value` is the upper one, read as the upper bound (flagged).
    """

    text: str
    value: float
    unit: str
    unit_kind: UnitKind
    value_km2: float
    qualifier: str | None = None
    bound: Literal["exact", "lower", "upper", "approx"] = "exact"
    unit_corrected: bool = False
    conversions: tuple[Conversion, ...] = ()
    reference: str | None = None
    span: tuple[int, int] = (0, 0)
    unit_code: str = field(default="", repr=False)
    low: float | None = None
    reference_km2: float | None = field(default=None, repr=False)
    reference_source: str = field(default="", repr=False)
    #: another published figure for the reference country and its source, when it differs
    #: from :attr:`reference_km2` by more than 0.5 % (:func:`other_published`)
    reference_other_km2: float | None = field(default=None, repr=False)
    reference_other_source: str = field(default="", repr=False)

    @property
    def sq_mi(self) -> float:
        """The area in square miles."""
        return self.value_km2 / KM2_PER_SQMI

    @property
    def consistent(self) -> bool:
        """True when every printed conversion agrees with the area."""
        return all(c.consistent for c in self.conversions)

    @property
    def flags(self) -> tuple[str, ...]:
        """Human-readable notes on every non-literal reading."""
        out = []
        if self.unit_corrected:
            out.append(
                f"{self.unit!r} is a length unit, read as {_UNIT_LABEL[self.unit_code]}² "
                "because the text is about an area"
            )
        if self.low is not None:
            low_km2 = self.value_km2 * self.low / self.value if self.value else 0.0
            out.append(
                f"a range ({self.low:,g} to {self.value:,g} {self.unit}, {low_km2:,.0f} to "
                f"{self.value_km2:,.0f} km²): read as its upper figure"
            )
            if self.low < 1000 and self.low == int(self.low) and self.low * 1000 < self.value:
                # "5 to 6,000 sq km": the thousands written once, as reporters do
                out.append(
                    f"'{self.low:,g} to {self.value:,g}' may mean {self.low * 1000:,g} to "
                    f"{self.value:,g} (the thousands written once): check the source; the upper "
                    "figure is the same either way"
                )
        if self.reference_note:
            out.append(self.reference_note)
        if self.reference_other_note:
            out.append(self.reference_other_note)
        out += [c.message for c in self.conversions if not c.consistent]
        return tuple(out)

    @property
    def reference_note(self) -> str:
        """For a comparison, the reference figure used and its source ("Lebanon taken as
        10,452 km² (...)"); "" otherwise."""
        if self.unit_kind != "comparison" or not self.reference_km2 or not self.reference_source:
            return ""
        return f"{self.reference} taken as {self.reference_km2:,.0f} km² ({self.reference_source})"

    @property
    def reference_other_note(self) -> str:
        """What the comparison comes to by another published figure for its country ("Syria
        is also published as 185,180 km² (...): 3,703.6 km² by that figure"); "" when none."""
        if not self.reference_other_km2:
            return ""
        return (
            f"{self.reference} is also published as {self.reference_other_km2:,.0f} km² "
            f"({self.reference_other_source}): {self.value * self.reference_other_km2:,.1f} km² "
            "by that figure"
        )


def _close(written: float, expected: float, written_text: str) -> bool:
    step = min(_rounding_step(written_text) / 2, 0.1 * abs(written))
    return abs(written - expected) <= step + 0.01 * abs(expected) + 1e-9


def _check_conversion(
    text: str, value: float, unit_text: str, *, km2: float, written: float, unit: _Unit
) -> Conversion:
    conv_unit = _unit_of(unit_text)
    num_text = re.search(_DIGITS, text)
    num_written = num_text.group(0) if num_text else str(value)
    if conv_unit.kind == "area":
        expected = km2 / conv_unit.factor
        label = _UNIT_LABEL[conv_unit.code]
        exp_text = f"{expected:,.0f} {label}"
        if _close(value, expected, num_written):
            return Conversion(text, value, unit_text, "ok", exp_text, f"{text!r} matches")
        length_factor = unit.factor if unit.kind == "length" else math.sqrt(unit.factor)
        as_length = written * length_factor / math.sqrt(conv_unit.factor)
        if _close(value, as_length, num_written):
            return Conversion(
                text,
                value,
                unit_text,
                "converted-as-length",
                exp_text,
                f"{text!r} and the figure are the same number converted as a length; "
                f"as an area the figure is {exp_text}",
            )
        return Conversion(
            text, value, unit_text, "wrong", exp_text, f"{text!r} is wrong: the area is {exp_text}"
        )
    # a length unit in the brackets
    sq_factor = conv_unit.factor**2
    expected = km2 / sq_factor
    label = _UNIT_LABEL[conv_unit.code]
    exp_text = f"{expected:,.0f} sq {label}"
    if unit.kind == "length":
        as_length = written * unit.factor / conv_unit.factor
        if _close(value, as_length, num_written):
            return Conversion(
                text,
                value,
                unit_text,
                "converted-as-length",
                exp_text,
                f"{text!r} converts the figure as a length; the area would be {exp_text}",
            )
    if _close(value, expected, num_written):
        return Conversion(
            text,
            value,
            unit_text,
            "length-unit-for-area",
            exp_text,
            f"{text!r} has the right number but a length unit: it should read {exp_text}",
        )
    as_length_msg = ""
    if unit.kind == "length":
        as_length = written * unit.factor / conv_unit.factor
        as_length_msg = f" nor the figure as a length ({as_length:,.0f} {label})"
    return Conversion(
        text,
        value,
        unit_text,
        "wrong",
        exp_text,
        f"{text!r} is wrong: it matches neither the area ({exp_text}){as_length_msg}",
    )


_CONV = (
    rf"\s*[(\[]\s*(?:or\s+)?(?:(?:{_QUAL})\s+)?(?P<cnum>{_DIGITS})[\s-]*(?P<cunit>{_UNIT_ALT})"
    rf"\s*[)\]]"
)
# a year read as a range's low end: "lost 1,000 sq km in 2014 and 500 sq km in 2015" (after
# "in", "since" ..., or written without the thousands separator the figure has: "Since 2011 -
# 3,000 sq km"); "between 2000 and 2500 sq km" and "1900-2000 sq km" are ranges
_YEAR = re.compile(r"19\d\d|20\d\d|2100")
_YEAR_LOW_BEFORE = re.compile(
    r"\b(?:in|since|during|from|by|until)\s+(?:the\s+)?(?:years?\s+)?$", re.I
)
# ... and two years after "in", "since" ... are a span of years: "in 2015-2016 hectares"
_YEARS_BEFORE = re.compile(
    r"\b(?:in|since|during|from|between|by|until|of)\s+(?:the\s+)?(?:years?\s+)?$", re.I
)
# a range: "300-400 sq km", "2,000 to 2,500 km²", "between 300 and 400 km²" (one unit after both)
_RANGE = rf"(?:between\s+)?(?P<lo>{_DIGITS})\s*(?:[-\u2013\u2014]|\s(?:to|and)\s)\s*"
_FIGURE = (
    rf"(?<![\w.,-])(?:(?P<qual>{_QUAL})\s+|(?P<sym>{_SYM})\s*)?(?:{_RANGE})?"
    rf"(?P<num>{_NUM})[\s-]*(?P<unit>{_UNIT_ALT})"
    rf"(?P<conv>{_CONV})?"
)

#: Halves and multiples; every "<n> <d>ths" from thirds to tenths is added below.
_MULTIPLIERS = {
    "half": 0.5,
    "a half": 0.5,
    "one half": 0.5,
    "twice": 2.0,
    "double": 2.0,
    "triple": 3.0,
    "one and a half times": 1.5,
    "two times": 2.0,
    "three times": 3.0,
    "four times": 4.0,
    "five times": 5.0,
    "ten times": 10.0,
}
_NUMERATORS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_DENOMINATORS = {
    "third": 3,
    "quarter": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    # "a twentieth of Lithuania" (spent set 70), "a hundredth of the country"
    "eleventh": 11,
    "twelfth": 12,
    "fifteenth": 15,
    "twentieth": 20,
    "twenty-fifth": 25,
    "thirtieth": 30,
    # "a fortieth part of the national territory" (blind set 115)
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "hundredth": 100,
    "thousandth": 1000,
}


def _fraction_words() -> dict[str, float]:
    """Every "<n> <d>ths" below one in words ("nine tenths", "two-sevenths", "a ninth"),
    so no fraction a reporter may write is missing from the list by chance."""
    out: dict[str, float] = {}
    for word, d in _DENOMINATORS.items():
        out[f"{'an' if word[0] in 'aeiou' else 'a'} {word}"] = 1 / d
        # "not the hundredth part of Holland" (blind set 199): "the" only before "part" ("the
        # third of May" is a day)
        out[f"the {word} part"] = 1 / d
        for n, num in enumerate(_NUMERATORS[: d - 1], start=1):
            out[f"{num} {word}" + ("s" if n > 1 else "")] = n / d
    return out


_MULTIPLIERS = {**_fraction_words(), **_MULTIPLIERS}
_MULT = (
    "|".join(
        re.escape(m).replace(r"\ ", r"[\s-]+") for m in sorted(_MULTIPLIERS, key=len, reverse=True)
    )
    + r"|\d+(?:\.\d+)?\s+times|\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+of"
)
#: "a tenth of present-day Colombia" (blind set 234): the country as it is today, which is
#: the extent geomap holds
_TODAYS = r"present-day|present\s+day|today['’]s|modern-day|modern"
_REF_ADJ = (
    r"(?:(?:neighbou?ring|nearby|tiny|small|little|the|U\.S\.|US|American|European|Gulf"
    rf"|{_TODAYS})\s+"
    r"|(?:the\s+)?(?:U\.?S\.?\s+)?(?:state|country|island|kingdom|principality|grand\s+duchy)"
    r"\s+of\s+)*"
)
# percentages in words: "one per cent", "twenty per cent" (the number words but "a")
_PERCENT_WORDS = "|".join(w for w in _WORD_VALUES if w != "a")
# "<fraction> of <country>": shares below one, as words or a percentage
_FRACTION = (
    "|".join(
        re.escape(m).replace(r"\ ", r"[\s-]+")
        for m in sorted(_MULTIPLIERS, key=len, reverse=True)
        if _MULTIPLIERS[m] < 1
    )
    + r"|\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)"
    # "less than one per cent of Indonesia"
    # (not "one half of one per cent": a share of a share)
    + rf"|(?<!\bhalf\sof\s)(?:{_PERCENT_WORDS})\s+(?:percent|per\s+cent)"
    # "half a per cent of Tunisia" (spent set 68)
    + r"|half\s+(?:a|one)\s+(?:percent|per\s+cent)"
)
# names a reporter writes with "the": "3 per cent of the Sudan", "1 per cent of the
# Philippines", "a third of the Congo"
_THE_NAMES = (
    r"(?:the\s+(?=(?:Sudan|Philippines|Netherlands|Gambia|Bahamas|Lebanon|Yemen|Ukraine"
    r"|Comoros|Maldives|Seychelles|Congo|United\s+States|United\s+Kingdom|United\s+Arab\s+Emirates"
    r"|Central\s+African\s+Republic|Dominican\s+Republic|Czech\s+Republic)\b))?"
)
# "of Iraq" is an area only as the country itself or its territory: "a third of Iraq's
# oil" and "half of Syria's population" are not
_AREA_NOUN = r"(?:territory|land|land\s*mass|area|surface(?:\s+area)?|soil)"
# ... unless the noun qualifies another: "Iraq's land forces", "Syria's border crossings"
_NOT_AREA = (
    r"(?!\s+(?:forces?|army|armies|troops|mines?|routes?|borders?|reforms?|owners?|"
    r"crossings?|commanders?|codes?|ministry|ministers?|units?|sales?|prices?|rights?)\b)"
)


@functools.cache
def _ref_names() -> str:
    """Alternation of every reference name, longest first (so "Democratic Republic
    of the Congo" is tried before "Congo")."""
    return _alternation(_ref_by_key())


def _alternation(names) -> str:
    """Names as one regex alternation, longest first, any run of spaces between words."""
    keys = sorted(names, key=len, reverse=True)
    return "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys)


@functools.cache
def _compare_pattern(names: str | None = None) -> str:
    """ "half the size of <ref>", "larger than <ref>": ``names`` an alternation of the
    references meant (default: every known one)."""
    names = _ref_names() if names is None else names
    return (
        rf"(?<![\w-])(?:(?P<qual>{_QUAL})\s+)?(?:(?:an?\s+)?(?:area|territory|expanse|region)\s+)?"
        rf"(?:(?P<qual2>{_QUAL})\s+)?"
        rf"(?:(?:(?P<mult>{_MULT})\s+(?:of\s+)?)?(?P<size>the\s+(?:size|area)\s+of"
        # "half as big as Lebanon", "twice as large as Qatar": the multiplier holds too
        rf"|as\s+(?:large|big)\s+as)"
        rf"|(?P<cmp>larger|bigger|smaller)\s+than)"
        rf"\s+{_REF_ADJ}(?P<ref>{names})(?![\w-])"
    )


#: "the former Socialist Republic of Croatia": the state's long name before a country's
_STATE_OF = (
    r"(?:(?:the\s+)?(?:former\s+)?(?:(?:Socialist|Federal|Federative|People['’]s|Democratic"
    r"|Autonomous)\s+)*(?:Republic|Kingdom|State)\s+of\s+)?"
)


# a share of a share: "one-tenth of one per cent of Egypt", "half of one percent of Iran"
_SHARE_OF = r"(?:(?P<inner>(?:one|a|1)\s*(?:per\s*cent|percent|%))\s+of\s+)?"


# what both share patterns have: "(about) a tenth (part)", "the (whole) territory of (the
# state of) (the)" before the name, and after it the country's own area or nothing it owns
_SHARE_HEAD = rf"(?<![\w-])(?:(?P<qual>{_QUAL})\s+)?(?P<mult>{_FRACTION})(?:\s+parts?)?\s+"
_TERRITORY_OF = (
    rf"(?:the\s+(?:(?:entire|whole|total)\s+)?{_AREA_NOUN}\s+of\s+)?{_STATE_OF}"
    rf"(?:(?:{_TODAYS})\s+)?{_THE_NAMES}"
)
_NOT_A_POSSESSION = (
    rf"(?![\w-])(?:['’]s\s+(?:(?:entire|whole|total|national)\s+)?{_AREA_NOUN}(?![\w-]){_NOT_AREA}"
    rf"|(?!['’]s\b))"
    # a name as a modifier: "a third of the DRC army", "a tenth of Lebanon population"
    r"(?!\s+(?:army|armies|forces|troops|soldiers|population|people|government|police|navy"
    r"|budget|economy|exports|voters|electorate)\b)"
)


@functools.cache
def _fraction_of_pattern() -> str:
    return (
        rf"{_SHARE_HEAD}(?P<size>of)\s+{_SHARE_OF}{_TERRITORY_OF}"
        rf"(?P<ref>{_ref_names()}){_NOT_A_POSSESSION}"
    )


@functools.cache
def _home_pattern(names: tuple[str, ...]) -> str:
    """ "<fraction> of <the theatre's country>": by its names, or as "the country" (the
    whole country, the country's territory) when ``names`` hold :data:`THE_COUNTRY`."""
    alts = _alternation(names).replace(
        "the\\s+country",
        # "the national territory", "our country", "a fifth of the territory" at the end of
        # a clause (not "the territory of X", "the territory it once held")
        r"(?:the|our)\s+(?:(?:entire|whole)\s+)?(?:country|national\s+territory"
        # "more than half of the Kingdom", "a third of the Republic" (not "of the Republic
        # of X": that names its state)
        r"|(?:kingdom|republic)(?!\s+of\b)"
        r"|territory(?=\s*(?:[,.;:!?)\"”’—–]|$)))",
    )
    return (
        # "half the country": "half" takes no "of" before "the"
        rf"{_SHARE_HEAD}(?:(?P<size>of)\s+{_SHARE_OF}|(?<=half\s)(?=the\s))"
        rf"{_TERRITORY_OF}(?P<ref>{alts}){_NOT_A_POSSESSION}"
    )


#: How the country a text is about is written when it is not named: "half of the country".
THE_COUNTRY = "the country"


@functools.cache
def _compiled(pattern: str) -> re.Pattern:
    """``pattern`` compiled when first used, not at import (each takes ~10 ms: a cold
    ``geomap gains`` imports this module and never reads a figure from text)."""
    return re.compile(pattern, re.IGNORECASE)


def _qualifier(match: re.Match, *groups: str) -> tuple[str | None, str]:
    for g in groups:
        q = match.groupdict().get(g)
        if q:
            q = " ".join(q.casefold().split())
            return q, _QUALIFIERS[q]
    sym = match.groupdict().get("sym")
    if sym:
        return sym, _SYMBOL_QUALIFIERS[sym]
    return None, "exact"


def _year_not_low(m: re.Match) -> bool:
    """Is a range match's low end a year rather than a figure: after "in", "since", "during"
    ... (not "between" or "of": "between 2000 and 2500 sq km" is a range), or written without the
    thousands separator the figure at the unit has ("Since 2011 - 3,000 sq km")?"""
    lo = m.group("lo")
    if not _YEAR.fullmatch(lo):
        return False
    if "," in m.group("num"):
        return True
    before = m.string[max(0, m.start("lo") - 30) : m.start("lo")]
    return bool(_YEAR_LOW_BEFORE.search(before))


def _numeric_figure(m: re.Match, context: str) -> AreaFigure | None:
    value = _parse_number(m.group("num"))
    if not math.isfinite(value):
        return None
    unit_text = m.group("unit")
    unit = _unit_of(unit_text)
    if unit.kind == "length" and context == "strict":
        return None
    km2 = value * (unit.factor**2 if unit.kind == "length" else unit.factor)
    if not math.isfinite(km2):
        return None
    qual, bound = _qualifier(m, "qual")
    start = m.start()
    low = _parse_number(m.group("lo")) if m.group("lo") else None
    if low is not None and (_year_not_low(m) or not 0 <= low < value):
        # "in 2014 and 500 sq km", "Since 2011 - 3,000 sq km", "400-300 km²": not a range;
        # the figure is the one at the unit, whatever came before it
        if _YEAR.fullmatch(m.group("num")) and _YEARS_BEFORE.search(
            m.string, max(0, m.start("lo") - 30), m.start("lo")
        ):
            return None  # "in 2015-2016 hectares": a span of years, no figure
        low, start, qual, bound = None, m.start("num"), None, "exact"
    if low is not None and qual is None:
        bound = "upper"
    convs: tuple[Conversion, ...] = ()
    if m.group("conv"):
        cval = _parse_number(m.group("cnum"))
        if math.isfinite(cval):
            convs = (
                _check_conversion(
                    m.group("conv").strip(),
                    cval,
                    m.group("cunit"),
                    km2=km2,
                    written=value,
                    unit=unit,
                ),
            )
    return AreaFigure(
        text=m.string[start : m.end()],
        value=value,
        unit=unit_text,
        unit_kind=unit.kind,
        value_km2=km2,
        qualifier=qual,
        bound=bound,
        unit_corrected=unit.kind == "length",
        conversions=convs,
        span=(start, m.end()),
        unit_code=unit.code,
        low=low,
    )


#: "the (U.S.) state of", "the Kingdom of" just before a name: the area so named may not be
#: the one the name alone is ("the state of Georgia")
_STATE_OF_BEFORE = re.compile(
    r"\b(?P<mods>(?:(?:socialist|federal|federative|people['’]s|democratic|autonomous)\s+)*)"
    r"(?P<kind>state|kingdom|free\s+state|republic)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _comparison_figure(
    m: re.Match, home: dict[str, ReferenceArea] | None = None, on: dt.date | None = None
) -> AreaFigure:
    key = " ".join(m.group("ref").casefold().split())
    if home is not None:
        key = re.sub(
            r"^(?:the|our) (?:entire |whole )?(?:country|national territory|territory|kingdom"
            r"|republic)$",
            THE_COUNTRY,
            key,
        )
    ref = (home or {}).get(key) or _ref_by_key()[key]
    # "a quarter of the state of Georgia", "the size of the Kingdom of Saxony": the words
    # before the name may name another area (the US state, the kingdom of 1815-1918)
    # ("the Republic of Vietnam" is South Vietnam); "the Socialist Republic of Vietnam" and
    # "the Federal Republic of Germany" are the country the name says, as before
    state_of = _STATE_OF_BEFORE.search(m.string, m.start(), m.start("ref"))
    if state_of and not state_of.group("mods"):
        longer = f"the {' '.join(state_of.group('kind').casefold().split())} of {key}"
        ref = _ref_by_key().get(longer, ref)
    ref = as_of(ref, on)
    qual, bound = _qualifier(m, "qual", "qual2")
    mult_text = m.group("mult")
    mult = 1.0
    if mult_text:
        key = " ".join(mult_text.casefold().replace("-", " ").split())
        if key in _MULTIPLIERS:
            mult = _MULTIPLIERS[key]
        elif key.startswith("half ") and "cent" in key:
            mult = 0.005  # "half a per cent"
        else:
            digits = re.match(r"\d+(?:\.\d+)?", key)
            number = float(digits.group(0)) if digits else _WORD_VALUES[key.split()[0]]
            mult = number / 100 if ("%" in key or "cent" in key) else number
    if m.groupdict().get("inner"):
        mult /= 100  # "one-tenth of one per cent": a hundredth of the share
    cmp = (m.groupdict().get("cmp") or "").casefold()
    if cmp in ("larger", "bigger") and qual is None:
        qual, bound = "larger than", "lower"
    elif cmp == "smaller" and qual is None:
        qual, bound = "smaller than", "upper"
    unit_start = m.start("size") if m.group("size") else m.start("ref")
    if cmp:
        unit_start = m.start("cmp")
    other = other_published(ref)
    return AreaFigure(
        text=m.group(0),
        value=mult,
        unit=m.string[unit_start : m.end()],
        unit_kind="comparison",
        value_km2=mult * ref.km2,
        qualifier=qual,
        bound=bound,
        reference=ref.name,
        span=m.span(),
        unit_code="comparison",
        reference_km2=ref.km2,
        reference_source=ref.source,
        reference_other_km2=other.km2 if other else None,
        reference_other_source=other.source if other else "",
    )


def find_area_figures(
    text: str,
    *,
    context: Literal["area", "strict"] = "area",
    home: tuple[ReferenceArea, ...] = (),
    local: tuple[ReferenceArea, ...] = (),
    on: dt.date | None = None,
) -> list[AreaFigure]:
    """Every area figure in ``text``, in order.

    Parameters
    ----------
    text : str
        Any text (a sentence, a claim as published).
    context : {"area", "strict"}
        ``"area"``: the text is known to state an area, so a figure in a length
        unit ("5,000 kilometers") is read as the matching area unit (km²) and
        flagged with ``unit_corrected``.  ``"strict"``: length figures are not
        areas and are left out.
    home : tuple of ReferenceArea
        The countries the text is about (:func:`home_areas` of a theatre): "a third of
        <its short name>", and "half of the country" when there is exactly one.
    local : tuple of ReferenceArea
        Areas the theatre names itself (``[reference_areas]`` in theatre.toml: a province,
        a county), by their names and aliases, in "the size of ..." and "a third of ..."
        forms; tried before the known countries.
    on : datetime.date, optional
        The day the text speaks of: a country whose borders changed since is compared as
        it was then (:func:`as_of`: "5 per cent of Sudan" in 2004 counts South Sudan in).

    Returns
    -------
    list of AreaFigure
        Numeric figures and comparisons, with their ``span`` in ``text``.

    Examples
    --------
    >>> [f.value_km2 for f in find_area_figures("took 2,000 km² and half the size of Qatar")]
    [2000.0, 5793.0]
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    found: list[AreaFigure] = []
    for m in _compiled(_FIGURE).finditer(text):
        fig = _numeric_figure(m, context)
        if fig is not None:
            found.append(fig)
    taken = [f.span for f in found]
    patterns = [(_compare_pattern(), None), (_fraction_of_pattern(), None)]
    # a region of the text's own country named as another country is: "a quarter of
    # Georgia" in a text about the United States (blind set 103)
    local = (*local, *home_regions(r.code for r in home if r.code))
    if local:
        # the theatre's own areas first: "half the size of Nimba County", "80 percent of
        # Marib governorate" (a name it declares may also be a country's: its figure wins)
        own = {" ".join(n.casefold().split()): r for r in local for n in (r.name, *r.aliases)}
        # "of the Marib governorate", "the size of the Nimba County": with the article too
        own |= {f"the {n}": r for n, r in own.items() if not n.startswith("the ")}
        patterns[:0] = [
            (_compare_pattern(_alternation(own)), own),
            (_home_pattern(tuple(own)), own),
        ]
    if home:
        names = {n.casefold(): r for r in home for n in (r.name, *r.aliases)}
        if len(home) == 1:
            names[THE_COUNTRY] = home[0]
        patterns.append((_home_pattern(tuple(names)), names))
        # "half the size of Bosnia": the theatre's country by its short name (blind set 107)
        short = {n: r for n, r in names.items() if n != THE_COUNTRY}
        patterns.append((_compare_pattern(_alternation(short)), short))
    for pattern, lookup in patterns:
        for m in _compiled(pattern).finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            found.append(_comparison_figure(m, lookup, on))
            taken.append(m.span())
    return sorted(found, key=lambda f: f.span)


def parse_area(
    text: str,
    *,
    context: Literal["area", "strict"] = "area",
    local: tuple[ReferenceArea, ...] = (),
) -> AreaFigure:
    """Read one area figure, e.g. a published claim.

    Parameters
    ----------
    text : str
        The figure as published: ``"over 5,000 kilometers (3,100 miles)"``,
        ``"1,931 sq mi"``, ``"nearly half the size of Lebanon"``.  Surrounding
        words are allowed; the first figure is read.
    context : {"area", "strict"}
        See :func:`find_area_figures`.  With ``"area"`` (the default: a claim is
        about an area) "5,000 kilometers" is 5,000 km², flagged ``unit_corrected``.
    local : tuple of ReferenceArea
        The theatre's own reference areas (see :func:`find_area_figures`).

    Returns
    -------
    AreaFigure

    Raises
    ------
    InputError
        When there is no figure (or, with ``context="strict"``, only a length).

    Examples
    --------
    >>> f = parse_area("5,000 kilometers (3,100 miles)")
    >>> f.value_km2, f.unit_corrected, f.conversions[0].expected
    (5000.0, True, '1,931 sq mi')
    >>> f = parse_area("5,000 km (1,900 miles)")
    >>> f.conversions[0].status
    'length-unit-for-area'
    >>> parse_area("nearly half the size of Lebanon").qualifier
    'nearly'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    figures = find_area_figures(text, context=context, local=local)
    if figures:
        return figures[0]
    shown = text if len(text) <= 80 else text[:77] + "..."
    if context == "strict" and find_area_figures(text, context="area"):
        raise InputError(
            Problem(
                "<figure>",
                None,
                None,
                f"{shown!r} is a length, not an area",
                "write an area unit (km², sq mi) or read it with context='area'",
            )
        )
    raise InputError(
        Problem(
            "<figure>",
            None,
            None,
            f"no area figure in {shown!r}",
            "write a number with a unit (5,000 km², 1,931 sq mi, 500 hectares) "
            "or a comparison (half the size of Lebanon)",
        )
    )
