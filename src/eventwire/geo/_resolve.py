"""Toponym resolution: choose among gazetteer candidates using the whole document.

Score = feature prior (country, first-order division, city size) + match quality + document
context (countries named or implied elsewhere, the states the document's towns are in, by their
share, "X, Y" qualifiers, "X province") + coherence with the other places already resolved and
with the namesakes of the other names (two names with namesakes within 40 km choose each other:
"Paris and Henry County" is Tennessee; two town names with many namesakes each are not: some Middletown
is always near some Washington, and some Madison County near some Atlanta outside Kentucky, in a story about
Kentucky towns). Initials the document defines ("SA" beside South Africa), short forms
("Suffolk" beside "Suffolk County"), spelled-out forms ("Mt. Pleasant" is also "Mount Pleasant", "Platte
Co." "Platte County") and former country names ("Zaire") join the candidates. Two passes: every name
once, then again with the first pass's choices for all the other names as context. A name with
no candidate, or only weak ones, stays unresolved with a reason, except a street or building named
with its town ("the Serena Hotel in Kabul") or in a document about one town, which is placed in that
town (no GeoNames id, precision 2, low confidence); any other name the gazetteer lacks (a village, a
quarter: "Obinze, Owerri", "Faubourg Marigny" in a New Orleans story) is placed likewise, only near
(precision 3, confidence 0.1-0.3), and not when the story is mostly about another country. The
document's town is the one named most, counting the places chosen within 100 km of it. A village-sized
namesake more than 300 km from the document's (sure) town in its country, with nothing named near it, is
taken for such a name too ("Bourbon" in a New Orleans story is not Bourbon, Indiana). "X, Y" is a
qualifier unless both are countries (or both states): then it is a list ("Georgia, Oklahoma,
Pennsylvania"). A Natural Earth region has no country code: it takes the context of a document
country within 1,000 km ("Korea" beside Seoul). The countries of the document's actors (given by the
Geoparser from ``doc._.ew_actors``) are weak evidence when the text names no other country: a town there
gains a little ("SPLA-IO forces ... in Leer" is in South Sudan), and beside police, rebels or militias of a
country a village-sized namesake in a country nothing points to stays unresolved.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass, replace

from ._lexicon import ADMIN2_WORDS, ADMIN_WORDS, FORMER_NAMES, PHYSICAL_WORDS, demonym_of
from ._names import loose_key, skeleton, skeletons, spelled_out
from ._recognize import Mention
from .base import WORLD_CODES, Candidate, Gazetteer

__all__ = ["VICINITY", "Resolution", "haversine_km", "resolve_mentions"]

#: the reason given to a name the gazetteer lacks that is placed at the document's (or its qualifier's) town
VICINITY = "no gazetteer entry: placed near"


@dataclass
class Resolution:
    candidate: Candidate | None
    score: float
    confidence: float
    reason: str | None = None
    rivals: tuple[Candidate, ...] = ()  # near-equal candidates far away, with no context to choose
    within: bool = False  # a street or building the gazetteer lacks, placed in the document's own town
    vicinity: bool = False  # ... or a village or quarter it lacks, placed there too (only near: precision 3)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlmb / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


# peoples of a continent or a world region: the continent or region ("Arab states" -> Arabia)
_CONTINENT_DEMONYMS = {"European": "Europe", "African": "Africa", "Asian": "Asia", "Arab": "Arabia",
                       "Middle Eastern": "Middle East"}
# ... and the people of the West, when the word stands for them alone ("Western countries"; not "Western Union"):
# Western Europe, as GeoWebNews codes the West
_BLOC_DEMONYMS = {"Western": "Western Europe"}
_GROUP_DEMONYMS = _CONTINENT_DEMONYMS | _BLOC_DEMONYMS
# peoples of a country's constituent parts: the part, not the whole state ("English fans" -> England)
_PART_DEMONYMS = {"English": "England", "Scottish": "Scotland", "Scots": "Scotland", "Scot": "Scotland",
                  "Welsh": "Wales", "Englishman": "England", "Englishmen": "England"}
_KIND_PRIOR = {"continent": 8.0, "country": 8.0, "admin1": 5.6, "admin2": 3.2, "physical": 3.0}
_MATCH_PENALTY = {"name": 0.0, "initials": 0.0, "alt": 1.2, "adjective": 1.2, "embedded": 1.5, "skeleton": 2.5, "fuzzy": 3.5}
_WORLD = WORLD_CODES  # oceans, seas, gulfs, straits, world regions (nocountry.tsv.gz, _regions)
# islands, peninsulas, ranges, deserts and named areas of Natural Earth ("Luzon", "Siberia", "Korea")
_REGION_CODES = ("T.ISL", "T.ISLS", "T.PEN", "T.MTS", "T.DSRT", "T.PLAT", "L.AREA")
_BROAD = ("country", "admin1", "continent", "physical")
# "Philippine" -> Philippines, "Sicilian" -> Sicily, "Central American" -> Central America
_ADJECTIVE_ENDINGS = (("ian", "y"), ("ian", "ia"), ("an", "a"), ("ine", "ines"), ("ese", ""), ("i", ""), ("ish", ""),
                      ("ian", ""), ("an", ""))  # ... "Ohioan" -> Ohio
_SETTLEMENT_WORDS = frozenset({"city", "town", "village", "township"})
_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                            "northeastern", "northwestern", "southeastern", "southwestern"})  # lower case only
_STREET_WORDS = frozenset({"street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "rd.", "drive", "boulevard",
                           "blvd", "lane", "way", "highway", "square", "plaza", "bridge", "terrace", "place"})
_GENERIC = frozenset({"the", "of", "and", "for", "at", "in", "on", "de", "la", "le", "du", "des", "new", "old",
                      "north", "south", "east", "west", "central", "national", "international", "university",
                      "college", "school", "city", "state", "county", "court", "council", "centre", "center",
                      "hospital", "church", "street", "road", "avenue", "airport", "bank", "world", "cup", "office",
                      "club", "park", "house", "hall", "tower", "market", "mall", "federal", "republic", "royal", "northern",
                      "southern", "eastern", "western", "northwest", "northeast", "southwest", "southeast", "trust",
                      "latin", "northwestern", "district", "central district", "camp", "grand", "black", "white"})


def _base_score(c: Candidate, text: str) -> float:
    kind = c.kind
    if kind == "city":
        # cities500 lists places of 500+ people (or seats): a population of 0 means unknown, not empty
        score = math.log10((c.population or 1000) + 10) + (1.2 if c.feature_code == "P.PPLC" else 0.0)
        score += 0.6 if c.feature_code == "P.PPLA" else 0.0
    else:
        # oceans, seas and world regions ("the Atlantic", "the Middle East") rank with first-order divisions
        score = 6.0 if c.feature_code in _WORLD else _KIND_PRIOR[kind]
        if kind in ("admin1", "admin2") and c.population:
            # same-named divisions ("Orange County" in eight states): the more populous one first
            score += 0.25 * (math.log10(c.population + 10) - 5.0)
    score -= _MATCH_PENALTY.get(c.match, 3.0)
    if text.isupper() and len(text) <= 4 and kind not in ("country", "admin1", "continent"):
        score -= 4.0  # "US", "UK", "DRC": abbreviations of countries and states, not villages
    if kind == "country" and _is_code_collision(c, text):
        score -= 8.0  # "Md." is Maryland, not MD (Moldova); "Va." is Virginia, not VA (the Vatican)
    return score


def _is_code_collision(c: Candidate, text: str) -> bool:
    """A short name matching a country only through its ISO code, though not written as a code."""
    key = "".join(ch for ch in text.lower() if ch.isalpha())
    if len(key) > 3 or key == "".join(ch for ch in c.name.lower() if ch.isalpha()):
        return False
    return not "".join(ch for ch in text if ch.isalpha()).isupper()  # codes are capitals: "US", "U.S.", "DRC"


_SIDES = frozenset({"north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast", "centre",
                    "center", "central", "north-west", "north-east", "south-west", "south-east", "far north"})


def _lookup(gaz: Gazetteer, text: str) -> list[Candidate]:
    """The gazetteer's candidates for ``text`` and for it spelled out ("Mt. Pleasant" is also "Mount Pleasant",
    which GeoNames may not list as another name of every town so called); those found only spelled out count
    as matched by another name (so "St. Louis" does not meet Saint-Louis, Senegal, as its own name)."""
    found = gaz.lookup(text)
    former = gaz.country(FORMER_NAMES[text]) if text in FORMER_NAMES else None
    if former is not None and all(c.key != former.key for c in found):  # "Zaire": the country it is now called
        found = [*found, replace(former, match="alt")]
    full = spelled_out(text)
    if full is None:
        return found
    have = {c.key for c in found}
    more = [c if c.match != "name" else replace(c, match="alt") for c in gaz.lookup(full) if c.key not in have]
    return [*found, *more] if more else found


def _candidates(gaz: Gazetteer, text: str, countries: Counter[str]) -> list[Candidate]:
    found = _lookup(gaz, text)
    if found and text.lower() in _SIDES:  # "the West": Cameroon's West region only in a story about Cameroon
        sides = [c for c in found if c.country_code in countries and c.kind in ("admin1", "admin2")]
        if not sides and text == "West":  # "Russia and the West": the Western bloc, which GeoWebNews codes as
            region = _continent_or_region(gaz, "Western Europe")  # Western Europe
            return [region] if region is not None else []
        return sides
    if found:
        return found
    ranges = _range_candidates(gaz, text)
    if ranges:
        return ranges
    head, _, tail = text.rpartition("-")
    if head and tail.islower() and len(tail) > 2:
        return _candidates(gaz, head, countries)  # "U.S.-led", "Iran-backed"
    words = text.split()
    if len(words) > 1 and words[-1].lower() in PHYSICAL_WORDS:  # "Euphrates Valley", "Mississippi River"
        found = _candidates(gaz, " ".join(words[:-1]), countries)
        # a respelling of a town is no evidence for a river ("Neches River" is not Natchez)
        return [c for c in found if c.kind == "physical"] or [c for c in found if c.match in ("name", "alt")]
    if len(words) > 1 and words[-1].lower() in ADMIN_WORDS:
        return _candidates(gaz, " ".join(words[:-1]), countries)  # "Idleb province"
    if len(words) > 1 and words[-1].lower() in _SETTLEMENT_WORDS:  # "Aleppo City", "Kayamla village"
        return [c for c in _candidates(gaz, " ".join(words[:-1]), countries) if c.kind == "city"]
    if len(words) > 1 and (words[0] in _COMPASS_WORDS or demonym_of(words[0])):  # "west Baghdad", "Indian Kashmir"
        if len(words) == 2 and words[-1].lower() in _FACILITY_WORDS and not words[0] in _COMPASS_WORDS:
            return []  # "French Quarter", "Chinese Embassy": a quarter or a building, not a village called Quarter
        rest = [c for c in _candidates(gaz, " ".join(words[1:]), countries) if c.kind != "country"]
        if words[0] in _COMPASS_WORDS or any(c.match in ("name", "alt") for c in rest):
            return rest
        # "British Embassy": the people's country (a "British School" is a building wherever it stands)
        # and "British Embassy Tokyo" is in Tokyo (see embedded_candidates)
        if words[-1].lower() in _FACILITY_WORDS or embedded_candidates(gaz, text)[1]:
            return []
        return _people_place(gaz, words[0])
    if len(words) > 1 and words[0] in _CONTINENT_DEMONYMS and all(w[:1].isupper() for w in words[1:]):
        found = _people_place(gaz, words[0])  # "European Commission", not "European Russia"
        if found and not gaz.lookup(" ".join(words[1:])):
            return found
    adjective = _adjective_candidates(gaz, text)
    if adjective:
        return adjective
    if all(w.lower() in _GENERIC for w in words):
        return []  # "City Hall", "Central District": no spelling variant of a place
    # a respelling ("Dayr az Zawr" for "Deir Ezzor") in a country the document is about, or of a country or
    # first-order division's own name with at least four consonants ("Makeen" is not Michigan, "Obinze" not Bouenza)
    own = {s for s in skeletons(text) if len(s) >= 4}
    skel = [c for c in gaz.lookup_skeleton(text) if (
            c.country_code in countries or (c.kind in ("country", "admin1", "continent") and own & skeletons(c.name)
                                            and _similar(text, c.name) >= 75)) and _respelling(text, c.name)]
    if skel:
        return skel
    if len(text) >= 6 and countries:
        return [c for c in gaz.fuzzy(text) if c.country_code in countries and _similar(text, c.name) >= 60
                and _respelling(text, c.name)]
    return []


def _range_candidates(gaz: Gazetteer, text: str) -> list[Candidate]:
    """A mountain range by its short name: "the Appalachians", "the Rockies", "the Urals" (the plural of
    "X Mountains"), "the Caucasus", "the Zagros" (X itself)."""
    if not text[:1].isupper() or not text.endswith("s") or len(text) < 5:
        return []
    forms = [text, text[:-3] + "y" if text.endswith("ies") else text[:-1]]
    for form in forms:
        found = [c for c in gaz.lookup(f"{form} Mountains") if c.feature_code == "T.MTS"]
        if found:
            return found
    return []


def _people_place(gaz: Gazetteer, word: str) -> list[Candidate]:
    """The country (or continent) a demonym opening an institution's name stands for, as a contained name."""
    code = demonym_of(word)
    place = gaz.country(code) if code else None
    if place is None and word in _CONTINENT_DEMONYMS:
        place = _continent_or_region(gaz, _CONTINENT_DEMONYMS[word])
    return [replace(place, match="embedded")] if place is not None else []


def _continent_or_region(gaz: Gazetteer, name: str) -> Candidate | None:
    """The continent or the world region (no country's) of that name."""
    return next((c for c in gaz.lookup(name) if c.match == "name" and (
        c.kind == "continent" or (c.feature_code in _WORLD and not c.country_code))), None)


def _similar(a: str, b: str) -> float:
    """Spelling similarity (0-100) of two names' distinctive words: "South Ossetian" and "South Houston"
    share only "South"."""
    from rapidfuzz import fuzz

    def distinctive(name: str) -> str:
        words = [w for w in name.replace("-", " ").split() if w.lower() not in _GENERIC]
        return loose_key(" ".join(words) or name)

    return fuzz.ratio(distinctive(a), distinctive(b))


@functools.lru_cache(maxsize=20_000)
def _respelling(text: str, name: str) -> bool:
    """Whether two names with one consonant skeleton can be spellings of one name: a transliteration keeps the
    first consonant of the distinctive word and half the letters ("Hodeida", "Al Hudaydah"; "Qandahar",
    "Kandahar"), or three quarters of them past a fused article ("Boukamal", "Albu Kamal"); a false friend
    joined across words does not ("South Ossetian", "South Houston")."""
    def first(n: str) -> tuple[str, set[str]]:  # and without a fused article ("Albu Kamal" is also "bu Kamal")
        words = [w for w in n.replace("-", " ").split() if w.lower() not in _GENERIC]
        key = loose_key(" ".join(words) or n)
        return skeleton(key)[:1], {s[:1] for s in skeletons(" ".join(words) or n)}

    (a, a_all), (b, b_all), similar = first(text), first(name), _similar(text, name)
    return (a == b and similar >= 50) or (bool(a_all & b_all) and similar >= 75)


def _adjective_candidates(gaz: Gazetteer, text: str) -> list[Candidate]:
    """A place adjective the gazetteer lacks, read as the place it is made from (broad places only)."""
    words = text.split()
    if not words or not words[-1][:1].isupper():
        return []
    head, last = " ".join(words[:-1]), words[-1]
    if last.endswith("ans") and len(last) > 5:
        last = last[:-1]  # the people: "Ohioans", "Californians"
    # every reading competes ("Saint Lucian": Saint Lucia, the country, and Saint Lucy, a parish of Barbados)
    out: dict[int, Candidate] = {}
    for ending, repl in _ADJECTIVE_ENDINGS:
        if last.endswith(ending) and len(last) - len(ending) >= 3:
            name = f"{head} {last[:-len(ending)]}{repl}".strip()
            for c in gaz.lookup(name):
                if c.kind in _BROAD and c.match == "name":
                    out.setdefault(c.key, replace(c, match="adjective"))
    return list(out.values())


def embedded_candidates(gaz: Gazetteer, text: str) -> tuple[str, list[Candidate]]:
    """"Bank of Japan", "Colorado State University", "Dubai World Cup": a name the gazetteer lacks
    that contains one it has. The longest such run of words (the one after "of" first)."""
    words = text.replace(",", " ").split()
    if len(words) < 2 or words[-1].lower() in _STREET_WORDS:
        return "", []  # "Hampton Avenue" is a street named after a town, not in it
    runs: list[tuple[int, int]] = []
    if "of" in [w.lower() for w in words]:
        k = max(i for i, w in enumerate(words) if w.lower() == "of")
        runs.append((k + 1, len(words)))
    runs += sorted(((i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1) if (i, j) != (0, len(words))),
                   key=lambda r: (r[0] - r[1], r[0]))
    for i, j in runs:
        part = words[i:j]
        if not part or all(w.lower() in _GENERIC for w in part) or not all(w[:1].isupper() for w in part):
            continue
        sub = " ".join(part)
        found = [replace(c, match="embedded") for c in gaz.lookup(sub)
                 if c.match == "name" and c.kind != "physical" and (c.kind in _BROAD or c.population >= 20000)]
        if found:
            return sub, found
    return "", []


# last words of names of streets, buildings and quarters ("Royal Street", "Trump Tower", "French Quarter")
_FACILITY_WORDS = frozenset({"street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "boulevard", "blvd", "lane",
                             "drive", "square", "plaza", "bridge", "tower", "towers", "church", "cathedral", "chapel",
                             "mosque", "temple", "synagogue", "hospital", "clinic", "school", "college", "university",
                             "academy", "airport", "station", "stadium", "arena", "centre", "center", "hall", "hotel",
                             "museum", "library", "park", "mall", "market", "prison", "jail", "courthouse", "court",
                             "quarter", "neighborhood", "neighbourhood", "campus", "theatre", "theater", "building",
                             "terminal", "harbor", "harbour", "pier", "club", "field", "gardens", "cemetery"})


def _is_facility(text: str) -> bool:
    words = text.split()
    return len(words) > 1 and words[-1].lower() in _FACILITY_WORDS and words[0][:1].isupper()


def _home_town(mentions: list[Mention], prior: list[Resolution] | None) -> tuple[Candidate | None, bool]:
    """The town the document is about: the town chosen in the first pass for the most mentions, its own and
    those of the places chosen within 100 km of it (among equals, the first named), and whether it is sure
    (named at least twice, and more often than any other town)."""
    if prior is None:
        return None, False
    towns = Counter(r.candidate for r in prior if r.candidate is not None and r.candidate.kind == "city"
                    and not r.within and r.rivals == ())
    placed = [r.candidate for r in prior if r.candidate is not None and r.candidate.kind in ("city", "admin2")]

    def support(c: Candidate) -> int:  # other places chosen within 100 km of the town
        return sum(1 for o in placed if o.key != c.key and haversine_km(c.lat, c.lon, o.lat, o.lon) < 100)

    # the town named most, counting the places chosen around it too (a story about Chicago names its quarters)
    ranked = sorted(towns.items(), key=lambda kv: (-kv[1] - support(kv[0]), -kv[1]))
    if not ranked:
        return None, False
    home, count = ranked[0]
    return home, count >= 2 and all(n < count for c, n in ranked[1:])  # sure: named most, and more than once


def _most(counts: Counter[int] | None) -> int | None:
    return counts.most_common(1)[0][0] if counts else None


def _as_initials(text: str) -> str:
    letters = text.replace(".", "")
    return letters if 2 <= len(letters) <= 4 and letters.isalpha() and letters.isupper() else ""


def _initialisms(cands: list[list[Candidate]]) -> dict[str, list[Candidate]]:
    """"South Africa ... SA": initials the document defines by naming a country or division in full
    (they then compete, on the document's context, with what the letters mean elsewhere: SA, Saudi Arabia)."""
    out: dict[str, list[Candidate]] = {}
    for cs in cands:
        for c in cs:
            if c.kind in ("country", "admin1") and c.match == "name":
                words = [w for w in c.name.replace("-", " ").split() if w[:1].isupper()]
                found = out.setdefault("".join(w[0] for w in words), [])
                if len(words) >= 2 and all(o.key != c.key for o in found):
                    found.append(replace(c, match="initials"))
    return out


def _drop_towns_called_after_their_state(cs: list[Candidate]) -> list[Candidate]:
    """"Montana" is the state, not Montana City (which GeoNames also calls "Montana"), in it: a small town
    matched only through an alternate name drops out beside its own same-named state."""
    states = {(c.country_code, c.admin1_code): c.population for c in cs if c.kind == "admin1" and c.match == "name"}
    if not states:
        return cs
    return [c for c in cs if not (c.kind == "city" and c.match == "alt" and (c.country_code, c.admin1_code) in states
                                  and c.population < 0.1 * states[(c.country_code, c.admin1_code)])]


def _admin1_variants(gaz: Gazetteer, text: str, cs: list[Candidate]) -> list[Candidate]:
    """"Idleb province": the division a same-named town is in, when the spellings agree."""
    words = text.split()
    stem = " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in ADMIN_WORDS else text
    wanted = skeletons(stem)
    out = []
    for c in cs:
        if c.kind == "city" and c.admin1_code:
            a = gaz.admin1(c.country_code, c.admin1_code)
            if a is not None and skeletons(a.name) & wanted and all(a.key != o.key for o in out):
                out.append(a)
    return out


def _context_score(c: Candidate, m: Mention, countries: Counter[str], admins: Counter[tuple[str, str]],
                   qualifier: list[Candidate], anchors: list[Candidate],
                   points: dict[str, Candidate | None] | None = None, *, country_context: bool = True) -> float:
    score = 0.0
    total = sum(countries.values()) or 1
    cc = c.country_code or (_nearby_country(c, countries, points) if c.kind == "physical" else "")
    if cc and countries and country_context:
        share = countries.get(cc, 0) / total
        score += 3.0 * share + (1.0 if cc in countries else 0.0)
    if c.admin1_code and admins.get((c.country_code, c.admin1_code)):
        if c.kind != "admin1":  # a town in a state the document names or is about, the more so the fewer others
            score += _AB + _AS * admins[(c.country_code, c.admin1_code)] / (sum(admins.values()) or 1)
        else:
            score += _ADM1_CTX
    if m.cue == "admin1":
        score += 4.0 if c.kind == "admin1" else (-1.5 if c.kind == "city" else 0.0)
    elif m.cue == "admin2":
        score += 4.0 if c.kind == "admin2" else 0.0
    elif m.cue == "physical":
        # the cue word may be the name's own ("Gold Coast", "Crystal Lake"): then a place bearing that whole name,
        # a city of 600,000, is as well described by it as the coast is
        own = m.span[-1].lower_ in PHYSICAL_WORDS and c.match == "name"
        score += 4.0 if c.kind == "physical" or own else 0.0
    elif m.cue == "city":
        score += 2.0 if c.kind == "city" else -2.0
    elif m.cue == "broad":  # "the New York border"
        score += -2.0 if c.kind == "city" else 0.0
    for q in qualifier:  # "Springfield, Illinois"
        if q.kind == "country" and c.country_code == q.country_code:
            score += 4.0
        elif q.kind == "admin1" and (c.country_code, c.admin1_code) == (q.country_code, q.admin1_code):
            score += 6.0
    if anchors and c.kind in ("city", "admin2"):
        near = min(haversine_km(c.lat, c.lon, a.lat, a.lon) for a in anchors)
        score += 1.5 if near < 100 else (0.7 if near < 300 else 0.0)
    return score


_REGION_KM = 1000.0


def _nearby_country(c: Candidate, countries: Counter[str], points: dict[str, Candidate | None] | None) -> str:
    """A physical region has no country code: it counts as in the document's country whose point is within
    1,000 km of its own ("Korea" the peninsula in a story about Seoul, "Luzon" the island beside the Philippines)."""
    near = [(haversine_km(c.lat, c.lon, p.lat, p.lon), cc) for cc, p in (points or {}).items()
            if p is not None and cc in countries]
    near = [x for x in near if x[0] < _REGION_KM]
    return min(near)[1] if near else ""


_NEAR_KM = 40.0
#: namesakes of two names (product of their counts) beyond which a pair within 40 km is likely chance
_CHANCE = 250
_SMALL_TOWN, _FAR_KM = 10_000, 300.0  # a namesake this small and this far from the story's own town
#: a town, county or division in a country of the document's actors (``hints``): weak evidence, less than a
#: country the text names (+1 and up to +3 more by its share) or a qualifier ("Leer, Germany": +4)
_HINT = 1.5
_HINTED = frozenset({"city", "admin1", "admin2"})
_AB, _AS = 0.5, 1.0  # a town in a named state: more the larger that state's share of the document's states
_ADM1_CTX = 2.0  # a state whose towns the document names

#: a town named like a street or a square ("Washington Square", Pennsylvania) this small and this far from the story's
#: own town, with nothing named near it, is rather that town's square
_STREET_TOWN = 100_000


def _street_like(text: str) -> bool:
    words = text.split()
    return len(words) > 1 and words[-1].lower() in _STREET_WORDS


_NEIGHBOUR_BONUS = 1.5
_LOCAL = ("city", "admin2")


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return int(math.floor(lat * 2)), int(math.floor(lon * 2))  # half-degree cells (about 55 km)


def _neighbours(mentions: list[Mention], cands: list[list[Candidate]]) -> dict[tuple[int, int], int]:
    """For each (mention, candidate): how many other names in the document have a namesake within 40 km
    ("Paris and Henry County": only the Paris in Henry County, Tennessee, has the county next to it)."""
    cells: dict[tuple[int, int], list[tuple[str, Candidate]]] = {}
    many: Counter[str] = Counter()  # how many local namesakes each name has
    for m, cs in zip(mentions, cands, strict=True):
        name = m.text.lower()
        local = [c for c in cs if c.kind in _LOCAL and c.match == "name"]
        if name not in many:
            many[name] = len(local)
            for c in local:
                cells.setdefault(_cell(c.lat, c.lon), []).append((name, c))
    out: dict[tuple[int, int], int] = {}
    for i, (m, cs) in enumerate(zip(mentions, cands, strict=True)):
        name = m.text.lower()
        for c in cs:
            if c.kind not in _LOCAL or c.match != "name":
                continue
            y, x = _cell(c.lat, c.lon)
            # two town names with many namesakes each meet somewhere by chance (a Middletown is near some Washington);
            # a town beside a county of its name's namesakes is still evidence (Springfield, Greene County)
            near = {n for dy in (-1, 0, 1) for dx in (-1, 0, 1) for n, o in cells.get((y + dy, x + dx), ())
                    if n != name and o.key != c.key and (many[n] * many[name] <= _CHANCE or o.kind != c.kind)
                    and haversine_km(c.lat, c.lon, o.lat, o.lon) < _NEAR_KM}
            if near:
                out[(i, c.key)] = len(near)
    return out


def _named_states(mentions: list[Mention], prior: list[Resolution] | None) -> dict[str, set[tuple[str, str]]]:
    """The first-order divisions the document names outright (by the first pass) and places a town or county in
    (a story about Kentucky, not one that mentions a man from Louisiana), by country, each with its name."""
    out: dict[str, set[tuple[str, str]]] = {}
    if prior is None:
        return out
    local = {(r.candidate.country_code, r.candidate.admin1_code) for r in prior
             if r.candidate is not None and r.candidate.kind in _LOCAL and not r.within}
    for m, r in zip(mentions, prior, strict=True):
        c = r.candidate
        if (c is not None and c.kind == "admin1" and c.match == "name" and m.role != "demonym" and not r.within
                and (c.country_code, c.admin1_code) in local):
            out.setdefault(c.country_code, set()).add((c.admin1_code, m.text.lower()))
    return out


def _in_named_state(c: Candidate, states: dict[str, set[tuple[str, str]]], name: str) -> float:
    """1, or 0 for a town or county in a country whose first-order divisions the document names, but not its own
    ("Madison County" and "Atlanta" meet in Indiana, but the story names only Kentucky): two namesakes that meet
    by chance outside the states a story names are no evidence against them."""
    named = states.get(c.country_code)
    if not named or any(a == c.admin1_code for a, _ in named) or all(n == name.lower() for _, n in named):
        return 1.0
    return 0.0


def _namesake(c: Candidate) -> bool:
    """A small town, or a county only called so ("Atlantic" for Atlantic County)."""
    return (c.kind == "city" and c.population < 100_000) or (c.kind == "admin2" and c.match != "name")


_SEATS = ("P.PPLC", "P.PPLA")


def _outshone(c: Candidate, cs: list[Candidate], admins: Counter[tuple[str, str]], anchors: list[Candidate]) -> bool:
    """A town with nothing named near it (not its state, no place within 100 km) whose namesake in another country,
    of at least half its size (of any size, if the town bears the name only as another name), is a capital (of
    the country or of a first-order division) by its own name: the document's country is then no evidence for
    it ("the Venice Commission" in a story about Ukraine and the United States is not Venice, California)."""
    if c.kind != "city" or _locally_anchored(c, admins, anchors):
        return False
    return any(o.kind == "city" and o.match == "name" and o.feature_code in _SEATS and o.country_code != c.country_code
               and (2 * o.population >= c.population or c.match != "name") for o in cs)


def _small_abroad(c: Candidate, actors: frozenset[str]) -> bool:
    """A village-sized town (population under 10,000 or unknown) outside the countries of the document's actors."""
    return c.kind == "city" and c.population < _SMALL_TOWN and c.country_code not in actors


def _locally_anchored(c: Candidate, admins: Counter[tuple[str, str]], anchors: list[Candidate]) -> bool:
    """The document names the town's state, or a place within 100 km of it."""
    if c.admin1_code and admins.get((c.country_code, c.admin1_code)):
        return True
    return any(haversine_km(c.lat, c.lon, a.lat, a.lon) < 100 for a in anchors)


def _confidence(best: float, second: float | None, c: Candidate) -> float:
    margin = best - (second if second is not None else best - 4.0)
    conf = 1.0 / (1.0 + math.exp(-margin))
    if c.match in ("skeleton", "fuzzy"):
        conf *= 0.8
    return round(max(0.05, min(0.99, conf)), 3)


def _qualifier(mentions: list[Mention], i: int) -> Mention | None:
    """The mention right after ", " or "in" ("Paris, Texas", "Ariha in Idlib province"), if any."""
    if i + 1 >= len(mentions):
        return None
    a, b = mentions[i].span, mentions[i + 1].span
    between = a.doc[a.end:b.start]
    if len(between) == 1 and between[0].lower_ in (",", "in"):
        return mentions[i + 1]
    return None


_CHAIN_GAP = re.compile(r"^\s*,\s*(?:(?:[A-Z][\w'’.-]*\s*)+,\s*){0,2}$")


def _comma_chained(a: Mention, b: Mention) -> bool:
    """"Koya, Kette, Cameroon": ``b`` follows ``a`` after a comma, maybe past names the recogniser did not take."""
    doc = a.span.doc
    return b.span.start >= a.span.end and bool(_CHAIN_GAP.match(doc[a.span.end:b.span.start].text))


#: "the Soba area of Khartoum", "the Hodan district of Mogadishu": a place named as a part of a larger one
_PART_WORDS = frozenset({"area", "district", "neighbourhood", "neighborhood", "suburb", "quarter", "outskirts", "part",
                         "section", "sector", "locality"})


def _part_of(mentions: list[Mention], i: int) -> int | None:
    """The index of the larger place in "X area of Y" (``mentions[i]`` is X), if the text says so."""
    if i + 1 >= len(mentions):
        return None
    a, b = mentions[i].span, mentions[i + 1].span
    words = [t.lower_ for t in a.doc[a.end:b.start]]
    return i + 1 if len(words) == 2 and words[0] in _PART_WORDS and words[1] == "of" else None


def _outside_named_country(mentions: list[Mention], cands: list[list[Candidate]], prior: list[Resolution] | None,
                           i: int, best: Candidate) -> tuple[Candidate, str] | None:
    """When "X, Y, Country" (or "X, Country") names the country a place is in and the best candidate for X lies in
    another: the largest-scale place of the chain inside that country (Y when it resolves there, else the country)
    and the country's name; likewise "X area of Y" when Y resolves in another country than X's candidate (Y and its
    name); None otherwise (X is itself a country or a division of one, or no country is named)."""
    if best.kind != "city" or best.population >= _SMALL_TOWN * 10:
        return None  # a country, a division, or a large city a text may place under another state ("Hong Kong, China")
    k = _part_of(mentions, i)
    whole = prior[k].candidate if k is not None and prior is not None else None
    if whole is not None and whole.country_code and best.country_code != whole.country_code:
        return whole, whole.name  # "the Soba area of Khartoum" is not Soba, Nigeria
    chain: list[int] = []
    j = i
    while len(chain) < 3 and j + 1 < len(mentions) and _comma_chained(mentions[j], mentions[j + 1]):
        j += 1
        chain.append(j)
    named = [(j, c) for j in chain for c in cands[j] if c.kind == "country" and c.match == "name"]
    if not named or len({c.country_code for _, c in named}) != 1:
        return None  # no country named with it, or a list of countries
    at, country = named[0]
    if best.country_code == country.country_code:
        return None
    for j in chain:
        if j >= at:
            break
        got = prior[j].candidate if prior is not None else None
        if got is not None and got.country_code == country.country_code:
            return got, country.name
    return country, country.name


def _listed_alike(cs: list[Candidate], qual: list[Candidate]) -> bool:
    """"X, Y" where X is itself, by its own name, a country (or a first-order division) and so is Y: two
    items of a list, not a place and the larger one it is in."""
    def top(found: list[Candidate]) -> str:  # "Mexico" is first a country (then a Mexican state)
        kinds = {c.kind for c in found if c.match == "name"}
        return next((k for k in ("country", "admin1") if k in kinds), "")

    return bool(top(cs)) and top(cs) == top(qual)


def resolve_mentions(mentions: list[Mention], gaz: Gazetteer, hints: Counter[str] | None = None,
                     resident: frozenset[str] = frozenset()) -> list[Resolution]:
    """Resolve every mention; then once more, each against the choices made for all the others
    ("Georgia" early in a story about Gainesville and Atlanta is the state, not the country).

    ``hints``: countries known from outside the place names (the countries of the actors the document names),
    weak evidence: a town, division or county in one of them gains a little ("SPLA-IO forces ... in Leer" is
    Leer, South Sudan, not the larger Leer, Germany), and only when the text names no country outright or names
    that one too (a country the text names always wins; a place clearly abroad stays there).
    ``resident``: those of them whose actors act at home (police, rebels, militias): beside them, a village-sized
    namesake in a country nothing in the document points to stays unresolved ("NAS rebels ... near Thor" is not
    Thor, Austria)."""
    countries, cands = _document_candidates(mentions, gaz)  # the same for both passes: found once
    weak = frozenset(cc for cc in hints or () if cc and (not countries or cc in countries))
    at_home = weak if weak & resident else frozenset()
    first = _resolve_pass(mentions, gaz, None, Counter(countries), [list(cs) for cs in cands], weak, at_home)
    return _resolve_pass(mentions, gaz, first, countries, cands, weak, at_home)


def _document_candidates(mentions: list[Mention], gaz: Gazetteer) -> tuple[Counter[str], list[list[Candidate]]]:
    """The countries the mentions name outright, and each mention's candidates (fresh lists, which
    ``_resolve_pass`` extends): what each pass starts from."""
    countries: Counter[str] = Counter()
    for m in mentions:
        if m.role == "demonym" and m.country:
            countries[m.country] += 1
    for m in mentions:  # countries named outright set the context for weaker (skeleton, fuzzy) matches
        if m.role != "demonym":
            exact = [c for c in gaz.lookup(m.text) if c.kind == "country" and c.match == "name"]
            if exact:
                countries[exact[0].country_code] += 1
    cands = [_candidates(gaz, m.text, countries) if m.role != "demonym" else [] for m in mentions]
    # copies: the gazetteer caches its lookups, and the variants and initials added below belong to this document
    cands = [list(_drop_towns_called_after_their_state(cs)) for cs in cands]
    for m, cs in zip(mentions, cands, strict=True):
        if m.cue == "admin1" and cs and not any(c.kind == "admin1" for c in cs):
            cs += _admin1_variants(gaz, m.text, cs)
    _team_cities(mentions, cands, countries)
    for m, cs in zip(mentions, cands, strict=True):
        half = _ocean_half(m)
        if half:
            cs[:] = [c for c in gaz.lookup(f"{half} {m.text}") if c.feature_code == "H.OCN"] or cs
    return countries, cands


_OCEAN_HALVES = {"north": "North", "northern": "North", "south": "South", "southern": "South"}


def _ocean_half(m: Mention) -> str:
    """"the north Atlantic": the North Atlantic Ocean; "Asia-Pacific": the North Pacific (Asia's side of it)."""
    if m.text not in ("Atlantic", "Pacific") or m.span.start == 0:
        return ""
    doc, at = m.span.doc, m.span.start
    before = doc[at - 1].lower_
    if before in _OCEAN_HALVES:
        return _OCEAN_HALVES[before]
    if m.text == "Pacific" and before == "-" and at >= 2 and doc[at - 2].lower_ in ("asia", "asian"):
        return "North"
    return ""


_TEAM_CITY = 100_000  # a professional team's city is a big one


def _team_cities(mentions: list[Mention], cands: list[list[Candidate]], countries: Counter[str]) -> None:
    """A name a sports report gives a team ("the Portland Trail Blazers") is the biggest city of that name, of
    100,000 people or more, in the countries the document names or that its sure places are in, wherever the
    report writes the name ("the Rockets swept their series with Portland"), whatever small namesake lies among
    the report's other towns (Portland, Texas, beside Houston and Dallas). A state or a country of the name
    ("the Texas Rangers") stays as it is."""
    teams = {m.text.lower() for m in mentions if m.cue == "team"}
    if not teams:
        return
    sure = set(countries) | {cs[0].country_code for cs in cands if len(cs) == 1 and cs[0].country_code}
    for m, cs in zip(mentions, cands, strict=True):
        if m.role == "demonym" or m.text.lower() not in teams or any(
                c.match == "name" and c.kind in ("country", "admin1", "continent") for c in cs):
            continue
        big = [c for c in cs if c.kind == "city" and c.match == "name" and c.population >= _TEAM_CITY
               and (not sure or c.country_code in sure)]
        if big:
            cs[:] = [max(big, key=lambda c: c.population)]


def _resolve_pass(mentions: list[Mention], gaz: Gazetteer, prior: list[Resolution] | None, countries: Counter[str],
                  cands: list[list[Candidate]], weak: frozenset[str] = frozenset(),
                  at_home: frozenset[str] = frozenset()) -> list[Resolution]:
    # Pass 1: names whose best candidate is a country or that have one candidate set the context.
    for m, cs in zip(mentions, cands, strict=True):
        if not cs:
            continue
        best = max(cs, key=lambda c: _base_score(c, m.text))
        if at_home and _small_abroad(best, at_home):
            continue  # no context of its own: see the check after scoring below
        if best.kind == "country" or len(cs) == 1:
            countries[best.country_code] += 2 if best.kind == "country" else 1
    about = set(countries) | {r.candidate.country_code for r in prior or () if r.candidate is not None}
    context = [c for c in (gaz.country(cc) for cc in sorted(about) if cc) if c is not None]
    initials = _initialisms([*cands, context])
    for m, cs in zip(mentions, cands, strict=True):
        for c in initials.get(_as_initials(m.text), ()):
            if cs and all(o.key != c.key for o in cs):
                cs.append(c)
    neighbours = _neighbours(mentions, cands)
    # Pass 2: resolve in order, adding each choice to the context.
    base_countries = Counter(m.country for m in mentions if m.role == "demonym" and m.country)
    admins: Counter[tuple[str, str]] = Counter()
    chosen: list[Candidate] = []
    out: list[Resolution] = []
    whole: dict[str, tuple[str, str]] = {}
    short: dict[str, Counter[int]] = {}  # "suffolk" -> the county chosen for "Suffolk County" in the document
    now: dict[str, Counter[int]] = {}  # ... and in this pass, so far
    if prior is not None:  # the first-pass choice for each distinct other name, as context for the second pass
        for m, r in zip(mentions, prior, strict=True):
            if r.candidate is not None and r.candidate.kind != "continent" and m.role != "demonym":
                whole.setdefault(m.text.lower(), (r.candidate.country_code, r.candidate.admin1_code))
                words = m.text.split()
                if len(words) > 1 and words[-1].lower() in ADMIN2_WORDS and r.candidate.kind == "admin2":
                    short.setdefault(" ".join(words[:-1]).lower(), Counter())[r.candidate.key] += 1
    home, sure_home = _home_town(mentions, prior)
    states = _named_states(mentions, prior)
    resolved_countries = Counter(r.candidate.country_code for r in prior or () if r.candidate is not None
                                 and r.candidate.country_code)
    home_country = resolved_countries.most_common(1)[0][0] if resolved_countries else None
    points: dict[str, Candidate | None] = {}  # country points, for physical regions (see _nearby_country)
    for i, (m, cs) in enumerate(zip(mentions, cands, strict=True)):
        if prior is not None:
            others = [v for k, v in whole.items() if k != m.text.lower()]  # a repeated name is no evidence
            countries = Counter(cc for cc, _ in others if cc) + base_countries
            admins = Counter((cc, a) for cc, a in others if cc and a)
        if m.role == "demonym":
            country = gaz.country(m.country) if m.country else None
            part = _PART_DEMONYMS.get(m.text)
            if part is not None:
                country = next((c for c in gaz.lookup(part) if c.kind == "admin1" and c.match == "name"
                                and c.country_code == m.country), country)
            if country is None and m.text in _GROUP_DEMONYMS:
                country = _continent_or_region(gaz, _GROUP_DEMONYMS[m.text])
            out.append(Resolution(country, 1.0, 0.6 if country else 0.0,
                                  None if country else "demonym without a single country"))
            continue
        inner = ""
        if not cs:
            inner, cs = embedded_candidates(gaz, m.text)
            # a contained town counts only in a country the document is about ("Faubourg Marigny" is no Marigny)
            cs = [c for c in cs if c.kind in ("country", "continent") or c.country_code in countries]
        if not cs:
            q = _qualifier(mentions, i)
            town = prior[i + 1].candidate if q is not None and prior is not None else None
            facility = _is_facility(m.text)
            what = "a street or building" if facility else "a place too small for the gazetteer"
            if town is not None and town.kind == "city" and not prior[i + 1].rivals:
                # "the Palace Hotel in Kigali", "Kibera Stadium, Nairobi", "Obinze, Owerri": the town named with it
                where = f"{town.name}, the town named with it"
                reason = f"no gazetteer entry: {what}, placed in {where}" if facility else f"{VICINITY} {where}: {what}"
                out.append(Resolution(town, 0.0, 0.4 if facility else 0.3, reason, within=True, vicinity=not facility))
            elif home is not None and ((facility and sure_home) or home.country_code == home_country):
                # a building, or a quarter or village, of the town the document is about ("Faubourg Marigny" in
                # a New Orleans story), unless the story is mostly about another country ("Madinaty" in Egypt)
                near = not (facility and sure_home)  # a village, or anything beside other towns: only near
                conf = (0.3 if facility else 0.2) * (1.0 if sure_home else 0.5)
                where = f"{home.name}, " + ("the town the document is about" if sure_home
                                            else "the town it names most with the places around it")
                out.append(Resolution(home, 0.0, conf, f"{VICINITY} {where}: {what}" if near else
                                      f"no gazetteer entry: {what}, placed in {where}", within=True, vicinity=near))
            else:
                out.append(Resolution(None, 0.0, 0.0, "no gazetteer entry matches this name"))
            continue
        q = _qualifier(mentions, i)
        qual = [c for c in (cands[i + 1] if q is not None else []) if c.kind in ("country", "admin1")]
        if _listed_alike(cs, qual):
            qual = []  # "Georgia, Oklahoma, Pennsylvania", "Mexico, China, Japan": a list, not "Paris, Texas"
        anchors = [c for c in chosen[-8:] if c.kind in ("city", "admin2")]
        # "Mexico" is the country's own name but only another name of Mexico City: the country first
        named_country = any(c.kind == "country" and c.match == "name" for c in cs)
        # "the border with Mexico", "a man in Florida": a country, or a division of a million people, named
        # by its own name is that place, not a small namesake town, unless a qualifier ("Mexico, Mo.") or the
        # town's own surroundings named in the document ("Jordan" in a story about Minnesota towns) say so
        broad_name = not qual and any(c.match == "name" and (c.kind == "country" or c.feature_code in _WORLD or (
            c.kind == "admin1" and c.population >= 1_000_000) or c.feature_code in _REGION_CODES) for c in cs)
        # an ocean, a sea, a world region or a continent by its own name ("the Middle East") is never a namesake
        # town, whatever else the document names nearby (Middle East, Md. is near Washington)
        world_name = not qual and any(c.match == "name" and (c.feature_code in _WORLD or c.kind == "continent")
                                      for c in cs)
        region_name = not qual and any(c.match == "name" and c.feature_code in _REGION_CODES for c in cs)
        # a town a thousand times smaller than the state or country of the same name needs a qualifier
        # ("Florida, N.Y."), not merely neighbours, to be meant
        broad_pop = max((c.population for c in cs if c.match == "name" and c.kind in ("country", "admin1")), default=0)
        if any(c.kind == "physical" for c in cs):
            for cc in countries:
                if cc not in points:
                    points[cc] = gaz.country(cc)
        scored = sorted(((_base_score(c, m.text) + _context_score(c, m, countries, admins, qual, anchors, points,
                                                                  country_context=qual or not _outshone(c, cs, admins,
                                                                                                        anchors))
                          + _NEIGHBOUR_BONUS * min(2, neighbours.get((i, c.key), 0)) * _in_named_state(c, states, m.text)
                          + (3.0 if _most(now.get(m.text.lower()) or short.get(m.text.lower())) == c.key else 0.0)  # "Suffolk County ... Suffolk"
                          - (3.0 if named_country and c.kind == "city" and c.match != "name" else 0.0)
                          + (_HINT if c.country_code in weak and c.kind in _HINTED else 0.0)
                          - (3.0 if broad_name and _namesake(c) and (world_name or c.population * 1000 < broad_pop
                                                                     or not _locally_anchored(c, admins, anchors))
                             else 0.0)
                          # an island, a range or a desert Natural Earth names (it names only major ones) is no village
                          # of its name, even one in a division the document names (Luzon, not Luzon in Davao del Sur)
                          - (6.0 if region_name and c.kind == "city" and c.population < _SMALL_TOWN else 0.0), c)
                         for c in cs), key=lambda x: -x[0])
        best_score, best = scored[0]
        outside = _outside_named_country(mentions, cands, prior, i, best)
        if outside is not None:
            # "Koya, Kette, Cameroon": the gazetteer's only Koya is in Japan; the text says the place is in Cameroon,
            # so it is a place the gazetteer lacks, placed near the larger place named with it
            container, country_name = outside
            out.append(Resolution(container, 0.0, 0.2, f"{VICINITY} {container.name}, named with it: its only "
                                  f"namesake {best.name} ({best.country_code}) is outside {country_name}",
                                  within=True, vicinity=True))
            continue
        if best.match in ("skeleton", "fuzzy") and best_score < 2.0:
            out.append(Resolution(None, best_score, 0.0, f"only weak {best.match} matches ({best.name})"))
            continue
        if (at_home and not qual and _small_abroad(best, at_home) and not countries.get(best.country_code)
                and not _locally_anchored(best, admins, anchors)):
            # "NAS rebels attacked Mundri": a village-sized namesake in a country neither the text, nor the
            # document's other places, nor its actors point to is no better than no entry
            out.append(Resolution(None, best_score, 0.0, f"only a small namesake in another country ({best.name}, "
                                  f"{best.country_code}) than the document's actors' ({', '.join(sorted(at_home))})"))
            continue
        if (home is not None and sure_home and not qual and not inner and best.kind == "city"
                and best.population < (_STREET_TOWN if _street_like(m.text) else _SMALL_TOWN) and best.key != home.key
                and best.country_code == home.country_code
                and haversine_km(best.lat, best.lon, home.lat, home.lon) > _FAR_KM
                and not _locally_anchored(best, admins, anchors)):
            # "Bourbon" in a New Orleans story is not Bourbon, Indiana: a village-sized namesake far from the story's
            # town, in its country, with nothing named near it, is more likely a street, a quarter or a landmark of
            # that town (placed there, only near, as a name the gazetteer lacks)
            km = round(haversine_km(best.lat, best.lon, home.lat, home.lon))
            out.append(Resolution(home, 0.0, 0.2, f"{VICINITY} {home.name}, the town the document is about: its "
                                  f"namesake {best.name} ({best.admin1_code or '-'}, {best.country_code}) is a small "
                                  f"town {km} km away with nothing named near it", within=True, vicinity=True))
            continue
        second = scored[1][0] if len(scored) > 1 else None
        conf = _confidence(best_score, second, best)
        rivals = tuple(c for sc, c in scored[1:] if best_score - sc < 1.0 and c.kind == best.kind
                       and haversine_km(best.lat, best.lon, c.lat, c.lon) > 161)
        if rivals and not qual and countries.get(best.country_code, 0) == 0:
            conf = min(conf, 0.3)  # "Springfield" alone: a guess among namesakes, and said to be one
        else:
            rivals = ()
        if inner:
            out.append(Resolution(best, round(best_score, 3), round(conf * 0.6, 3),
                                  f"no gazetteer entry for the whole name; placed at {inner!r}, the place it names"))
        else:
            out.append(Resolution(best, round(best_score, 3), conf, rivals=rivals))
        chosen.append(best)
        words = m.text.split()
        if prior is not None and len(words) > 1 and words[-1].lower() in ADMIN2_WORDS and best.kind == "admin2":
            # this pass's choice for "Suffolk County" (made with the whole document) decides a later "Suffolk"
            now.setdefault(" ".join(words[:-1]).lower(), Counter())[best.key] += 1
        if best.country_code:
            countries[best.country_code] += 1
        if best.admin1_code:
            admins[(best.country_code, best.admin1_code)] += 1
    return out
