"""geomap.units: regions as comparison units (issue #17, stop 39).

``geomap/data/region_areas.csv`` holds the US states (U.S. Census Bureau, 2010), a few other
regions reporters size things by ("half the size of Chechnya") and states of the past ("a
third of Malaya", "75 per cent of British Somaliland").  A region named as a country is
("Georgia") is the country, except in a text about the region's own country or after "the
state of".  A region whose extent changed is compared as it was on the day (Saxony).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import pytest

from geomap import units
from geomap.units import find_area_figures, home_areas, reference, reference_area

TABLE = Path(reference.__file__).parents[1] / "data" / "region_areas.csv"
GEORGIA_STATE, GEORGIA_COUNTRY = 153910.0, 69700.0  # Census 2010; CIA World Factbook


def _rows():
    with open(TABLE, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _read(text, home=(), on=None):
    return [
        (f.text, round(f.value_km2, 1), f.reference)
        for f in find_area_figures(text, home=home_areas(home), on=on)
    ]


@pytest.mark.parametrize(
    ("text", "km2", "reference"),
    [
        ("an area twice the size of Texas", 2 * 695662.0, "Texas"),
        ("nearly half the size of New Jersey", 22591 / 2, "New Jersey"),
        ("roughly the size of Washington, D.C.", 177.0, "District of Columbia"),
        ("a third of Washington State", 184661 / 3, "Washington State"),
        ("half the size of Rhode Island", 4001 / 2, "Rhode Island"),
        ("a fifth of Virginia", 110787 / 5, "Virginia"),
        ("barely a third of Chechnya", 15647 / 3, "Chechnya"),
        ("75 per cent of British Somaliland", 0.75 * 176120, "British Somaliland"),
        (
            "more than sixty per cent of the Bukharan Republic",
            0.6 * 182193,
            "the Bukharan People's Soviet Republic",
        ),
        ("one third of Malaya", 132364 / 3, "Malaya"),
        ("less than a tenth of Zanzibar", 246.1, "Zanzibar"),
        # blind set 123: an island as the unit
        ("an area half the size of Crete", 4168.0, "Crete"),
        ("twice the size of Sicily", 51422.0, "Sicily"),
        # stop 41, from spent sets 10-27 and 121-122: first-level regions and Korea
        ("about 2 per cent of Dagestan", 0.02 * 50270, "Dagestan"),
        ("70 per cent of Aceh", 0.7 * 57956, "Aceh"),
        ("40 per cent of Lombardy", 0.4 * 23864, "Lombardy"),
        ("two-thirds of Khatlon", 2 * 24800 / 3, "Khatlon"),
        ("roughly 80 percent of Marib governorate", 0.8 * 17405, "Marib"),
        ("less than half the size of Nimba County", 11551 / 2, "Nimba"),
        ("nearly a tenth of Korea", 22025.8, "Korea"),
        ("an area a quarter the size of the state of Georgia", GEORGIA_STATE / 4, "Georgia"),
        ("a quarter of the State of Georgia", GEORGIA_STATE / 4, "Georgia"),
        # stop 44, spent set 154: the countries of the United Kingdom (Wales was curated)
        ("a territory half the size of England", 130279 / 2, "England"),
        ("an area the size of Wales", 20779.0, "Wales"),
        ("a third of Scotland", 77910 / 3, "Scotland"),
        ("twice the size of Northern Ireland", 2 * 14130.0, "Northern Ireland"),
        # stop 45, blind set 171: the historical land
        ("nearly 8 per cent of Bohemia", 0.08 * 52065, "Bohemia"),
        ("half of the Kingdom of Bohemia", 52065 / 2, "Bohemia"),
        # stop 46, blind sets 193-195: an island region and two German protectorates
        ("Nearly 80 per cent of Corsica", 0.8 * 8680, "Corsica"),
        ("about 40 per cent of Kamerun", 0.4 * 790000, "Kamerun"),
        ("barely 5 per cent of Togoland", 0.05 * 87200, "Togoland"),
        ("half of German Togoland", 87200 / 2, "Togoland"),
        # after the stop's last blind set: the protectorate of 1884-1915
        ("half of German South West Africa", 835100 / 2, "German South West Africa"),
    ],
)
def test_a_region_sizes_a_claim(text, km2, reference):
    ((figure, value, ref),) = _read(f"The rebels now hold {text}, officials said.")
    assert value == pytest.approx(km2, abs=0.06)
    assert ref.startswith(reference)
    assert figure.endswith(text.split()[-1].rstrip(".")) or text.endswith(figure)


@pytest.mark.parametrize(
    "text",
    [
        # a city, not the state: not read
        "an area half the size of New York",
        "half of Washington",
        # what a region holds, not its ground
        "a tenth of Virginia's voters",
        "half of Texas's oil",
        "a third of Chechnya's population",
        "half of England's army",
        "a third of New England",
    ],
)
def test_not_a_region_area(text):
    assert _read(f"Officials said {text} was affected.") == []


@pytest.mark.parametrize(
    ("home", "km2", "source"),
    [
        ((), GEORGIA_COUNTRY / 4, "CIA World Factbook"),
        (("GEO",), GEORGIA_COUNTRY / 4, "CIA World Factbook"),
        (("RUS", "GEO"), GEORGIA_COUNTRY / 4, "CIA World Factbook"),
        (("USA",), GEORGIA_STATE / 4, "U.S. Census Bureau"),
        (("USA", "CSA"), GEORGIA_STATE / 4, "U.S. Census Bureau"),
    ],
)
def test_georgia_is_the_state_only_in_a_text_about_the_united_states(home, km2, source):
    (fig,) = find_area_figures(
        "Sherman's army now holds a quarter of Georgia.", home=home_areas(home)
    )
    assert fig.value_km2 == pytest.approx(km2)
    assert fig.reference_source.startswith(source)


@pytest.mark.parametrize(
    ("on", "km2"),
    [
        (dt.date(1866, 7, 3), 2 * 14993.0),  # the Kingdom
        (dt.date(1930, 1, 1), 2 * 14993.0),  # the Free State of the Weimar years
        (dt.date(1952, 7, 23), 2 * 14993.0),  # its last day
        (dt.date(2020, 7, 1), 2 * 18450.0),  # the Free State re-founded in 1990
        (None, 2 * 18450.0),  # no day: as it is now
    ],
)
def test_saxony_as_it_was_on_the_day(on, km2):
    ((_, value, _),) = _read("an area twice the size of Saxony", on=on)
    assert value == pytest.approx(km2)


@pytest.mark.parametrize(
    ("text", "on", "km2"),
    [
        ("a fifth of Serbia", dt.date(1914, 8, 20), 87300.0 / 5),  # after the Balkan wars
        ("a fifth of Serbia", dt.date(1918, 11, 30), 87300.0 / 5),  # the kingdom's last day
        ("a fifth of Serbia", dt.date(1918, 12, 1), 77474.0 / 5),  # past it: today's Serbia
        ("half the size of Serbia", dt.date(1912, 11, 1), 48303.0 / 2),  # the borders of 1878
        ("a fifth of Serbia", dt.date(1913, 8, 9), 48303.0 / 5),  # the eve of Bucharest
        ("a fifth of Serbia", dt.date(1878, 7, 12), 77474.0 / 5),  # before Berlin: no figure
        ("a fifth of Serbia", dt.date(1999, 4, 1), 77474.0 / 5),
        ("a third of Yugoslavia", dt.date(1941, 4, 10), 247542.0 / 3),  # the Kingdom
        ("a third of Yugoslavia", dt.date(1991, 7, 1), 255800.0 / 3),  # the Federal Republic
        ("a third of Yugoslavia", None, 255800.0 / 3),
        # the German Empire until Versailles came into force (blind set 201: "half the size of
        # Germany", 1904), today's Germany after
        ("half the size of Germany", dt.date(1904, 6, 1), 540858.0 / 2),
        ("half the size of Germany", dt.date(1920, 1, 9), 540858.0 / 2),
        ("half the size of Germany", dt.date(1870, 7, 1), 357022.0 / 2),
        ("half the size of Germany", dt.date(1995, 1, 1), 357022.0 / 2),
    ],
)
def test_a_country_as_it_was_in_one_of_several_extents(text, on, km2):
    ((_, value, _),) = _read(text, on=on)
    assert value == pytest.approx(km2, abs=0.06)


@pytest.mark.parametrize(
    ("on", "km2"),
    [
        (dt.date(1905, 1, 1), 495000.0 / 2),  # Altkamerun
        (dt.date(1911, 11, 3), 495000.0 / 2),  # the eve of the cession of Neukamerun
        (dt.date(1911, 11, 4), 790000.0 / 2),
        (dt.date(1915, 6, 1), 790000.0 / 2),
        (None, 790000.0 / 2),
    ],
)
def test_a_region_with_no_code_as_it_was_on_the_day(on, km2):
    """Kamerun, a row of the table with no ISO code, keeps its extents under its name."""
    ((_, value, _),) = _read("half of Kamerun", on=on)
    assert value == pytest.approx(km2)


def test_the_kingdom_by_its_name_whatever_the_day():
    ((_, value, _),) = _read("twice the size of the Kingdom of Saxony", on=dt.date(2020, 1, 1))
    assert value == pytest.approx(2 * 14993.0)


def test_the_us_states_add_up_to_the_census_total():
    """The 50 states and the District sum to the Census Bureau's United States total
    (9,833,517 km²), within the rounding of 51 figures to the km²."""
    rows = [r for r in _rows() if r["country"] == "USA"]
    assert len(rows) == 51
    assert sum(float(r["km2"]) for r in rows) == pytest.approx(9833517, abs=26)


def test_every_row_is_well_formed():
    rows = _rows()
    current = set()
    for i, r in enumerate(rows, start=2):
        where = f"region_areas.csv line {i}"
        assert float(r["km2"]) > 0, where
        assert r["source"].strip(), where
        first = dt.date.fromisoformat(r["first"]) if r["first"] else None
        last = dt.date.fromisoformat(r["last"]) if r["last"] else None
        assert first is None or last is None or first <= last, where
        if not last:
            key = r["code"] or r["name"]
            assert key not in current, f"{where}: two current rows for {key}"
            current.add(key)
        # the Census rows' square miles and km² agree (the District's 68 sq mi is rounded)
        m = re.search(r"total area ([\d,]+) sq mi, ([\d,]+) km²", r["source"])
        if m:
            mi, km = (float(g.replace(",", "")) for g in m.groups())
            assert km == float(r["km2"]), where
            assert mi * 2.589988 == pytest.approx(km, rel=0.01 if mi < 100 else 4e-4), where


def test_a_region_never_hides_a_country():
    """Every name a region shares with a country or a curated area still names the
    country; the region is reached only through its country's texts or "the state of"."""
    for name, region in reference._regions_named_as_others().items():
        assert reference_area(name) is not region
        assert region.within, name


def test_as_of_leaves_undated_regions_and_countries_alone():
    assert units.as_of(reference_area("Texas"), dt.date(1864, 1, 1)).km2 == 695662.0
    assert units.as_of(reference_area("Lebanon"), dt.date(1975, 1, 1)).km2 == 10452.0


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        # spent set 19: South Vietnam's own name for itself (1955-1975)
        ("about 2 per cent of the territory of the Republic of Vietnam", "South Vietnam"),
        ("a tenth of the Republic of Vietnam", "South Vietnam"),
        # a longer name is the country it names, never the shorter name inside it
        ("about 2 per cent of the territory of the Socialist Republic of Vietnam", "Vietnam"),
        ("half of the Federal Republic of Germany", "Germany"),
        ("half the size of the Free State of Saxony", "Saxony"),
    ],
)
def test_a_state_by_its_long_name(text, reference):
    ((_, _, ref),) = _read(text)
    assert ref == reference
