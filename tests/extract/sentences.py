"""What the extraction rule tests share: the test theatre's folder, a wire dateline, and the
drafts of a text as dicts; for the Cote d'Ivoire 2011 fixture (``civ``), its dateline and the
rows of a sentence as tuples.  Import as ``from sentences import ...`` (pytest puts this folder on
``sys.path``); the ``theatre`` fixture is in ``conftest.py``.
"""

from pathlib import Path

from geomap.extract import extract
from geomap.inputs import load_inputs

#: The extraction tests' theatre: Syria, 2017 (``tests/extract/data/theatre``).
THEATRE = Path(__file__).parent / "data" / "theatre"
#: A wire dateline on the day the tests publish their sentences.
DATELINE = "BEIRUT, May 27, 2017 (Wire) — "


def drafts(text, theatre, published="2017-05-27"):
    """The drafts ``geomap extract`` makes of ``text``, as a list of dicts."""
    return extract(text, theatre, published=published).rows.to_dict("records")


#: A wire dateline on the day the Cote d'Ivoire tests (``civ`` fixture) publish their sentences.
CIV_DATELINE = "ABIDJAN, March 30, 2011 (Wire) — "


def civ_rows(text, theatre) -> list[tuple]:
    """The rows (drafts and leads) ``geomap extract`` makes of ``text`` under
    :data:`CIV_DATELINE`: (place, to_actor, from_actor, date, status)."""
    return [
        (r.place, r.to_actor, r.from_actor, r.date, r.status)
        for r in extract(CIV_DATELINE + text, theatre).rows.itertuples()
    ]


def small_theatre(
    folder: Path, name: str, country: str, year: int, actors: str, places: str, control: str
):
    """A small test theatre written to ``folder`` and loaded: ``actors``, ``places`` and
    ``control`` are the CSV rows after each file's header (no events), dated through ``year``."""
    (folder / "theatre.toml").write_text(
        f'[theatre]\nname = "test-{name}"\ntitle = "Test theatre: {name}"\n\n'
        f'[aoi]\ncountries = ["{country}"]\n\n[model]\ncell_radius_km = 20\n\n'
        f'[dates]\nstart = "{year}-01-01"\nend = "{year}-12-31"\n\n'
        '[data]\nlicence = "CC0-1.0"\nattribution = "geomap test fixture"\n'
    )
    (folder / "actors.csv").write_text("id,name,aliases,refs,color\n" + actors)
    (folder / "places.csv").write_text(
        "id,name,alt_names,lat,lon,kind,admin1,country,geonames_id,source\n" + places
    )
    (folder / "control.csv").write_text("as_of,place,actor\n" + control)
    (folder / "events.csv").write_text(
        "date,place,geometry,to_actor,from_actor,confidence,claimed_area_km2,source,source_url,"
        "note\n"
    )
    return load_inputs(folder)


EASTERN_WIRE = "ST PETERSBURG, Sept. 16 (Wire) - "


def eastern_theatre(folder: Path):
    """The ``eastern`` theatre of stops 45 and 46's readings: a Napoleonic-era war of four
    sides, each with its own modifier, and two Russian-held towns."""
    return small_theatre(
        folder,
        "eastern1812",
        "RUS",
        1812,
        "FRA,Grande Armee,Grande Armee;French army;French troops,Napoleon,#1e6fb0\n"
        "POL,Polish legion,Polish legion;Polish troops,,#c62828\n"
        "RUS,Russian army,Russian army;Russian troops,Kutuzov;General Barclay,#2e8b57\n"
        "TUR,Ottoman army,Turkish army;Turkish troops,the Porte,#8e24aa\n",
        "vereya,Vereya,,55.343,36.186,town,,RUS,,test fixture\n"
        "ruza,Ruza,,55.701,36.195,town,,RUS,,test fixture\n",
        "1812-01-01,vereya,RUS\n1812-01-01,ruza,RUS\n",
    )


def eastern_rows(text: str, theatre) -> list[tuple[str, str, str]]:
    """(date, place, gainer) of each draft of ``text`` under the eastern wire's dateline."""
    ex = extract(EASTERN_WIRE + text, theatre, published="1812-09-16")
    return [(r.date, r.place, r.to_actor) for r in ex.drafts.itertuples()]


SIN = Path(__file__).parent / "data" / "sin15"
SIN_WIRE = "CAIRO, July 3, 2015 (Wire) — "


def sin_claims(text: str, theatre, field: str = "claimant") -> list[tuple]:
    """(figure, km² to 0.1, ``field``) of each area claim ``geomap extract`` reads in ``text``
    under the North Sinai fixture's dateline."""
    ex = extract(SIN_WIRE + text, theatre)
    return [(r.figure, round(r.value_km2, 1), getattr(r, field)) for r in ex.claims.itertuples()]
