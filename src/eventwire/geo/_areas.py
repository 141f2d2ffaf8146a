"""A compass part of a country: "in the south-west", "in the north of the country", "in southern Syria".

Reports name such areas more often than a town. The area is the set of the country's first-order divisions
that lie in that direction from the mean of all its divisions (within 40° of the bearing; "the centre": the
innermost third); its point is the mean of their GeoNames points. UCDP counts a part of a country as a
location larger than a first-order division and smaller than the country (where_prec 5); ACLED codes such
reports at its coarsest level (geo_precision 3).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import TYPE_CHECKING

from .._doc import evidence
from ._lexicon import COMPASS, demonym_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .._doc import PlaceMention
    from ..model import Place
    from .base import Candidate, Gazetteer

__all__ = ["compass_area", "country_code", "find_compass_area", "main_country"]

_DIRECTION = r"(?:far[ -])?(?P<dir>north-?east|north-?west|south-?east|south-?west|north|south|east|west|centre|center)"
_ADJECTIVE = (r"(?:far[ -])?(?P<dir>northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern"
              r"|south-?western|central)")
#: lower-case only: "the West", "the North" capitalised name a political bloc or a region's proper name
_NOUN_FORM = re.compile(rf"(?P<prep>\b(?:in|across|throughout|around)\s+)the\s+{_DIRECTION}(?![\w-])(?!\s+(?:and|or)\s)"
                        r"(?:\s+of\s+(?:the\s+country\b|(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)))?")
_ADJ_FORM = re.compile(rf"(?P<prep>\b(?:in|across|throughout|around)\s+)(?:the\s+)?{_ADJECTIVE}\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
#: French: "dans le sud-ouest", "dans le nord du pays", "dans l'est de la Syrie" ("au nord de X" is a direction)
_NOUN_FORM_FR = re.compile(
    r"(?P<prep>\bdans\s+)(?:le\s+|l['’])(?:extrême[ -])?(?P<dir>nord-est|nord-ouest|sud-est|sud-ouest|nord|sud|est|ouest|centre)"
    r"(?![\w-])(?!\s+(?:et|ou)\s)(?:\s+(?:du\s+pays\b|(?:de\s+la|de\s+l['’]|du|des|de)\s*"
    r"(?P<name>[A-ZÉ][\w'’-]*(?:\s+[A-ZÉ][\w'’-]*)*)))?")
_FRENCH = {"nord": "north", "sud": "south", "est": "east", "ouest": "west", "centre": "centre"}
_HALF_ANGLE = 40.0


def _direction(word: str) -> str:
    word = word.lower()
    if word.split("-")[0] in _FRENCH:
        word = "".join(_FRENCH[w] for w in word.split("-"))
    word = word.replace("-", "")
    if word.endswith("ern"):  # "south-western" -> "southwest"
        return word[:-3]
    return {"center": "centre", "central": "centre"}.get(word, word)


def _label(direction: str) -> str:
    """"southwest" -> "south-west"."""
    for a in ("north", "south"):
        for b in ("east", "west"):
            if direction == a + b:
                return f"{a}-{b}"
    return direction


def _adjective(direction: str) -> str:
    """"southwest" -> "south-western", "centre" -> "central"."""
    return "central" if direction == "centre" else f"{_label(direction)}ern"


def compass_area(gaz: Gazetteer, code: str, direction: str) -> tuple[tuple[float, float], list[Candidate]] | None:
    """The mean point of country ``code``'s divisions lying towards ``direction``, and those divisions."""
    divisions = gaz.divisions(code)
    if len(divisions) < 3:
        return None
    clat = sum(d.lat for d in divisions) / len(divisions)
    clon = sum(d.lon for d in divisions) / len(divisions)
    scale = math.cos(math.radians(clat))
    vectors = [((d.lat - clat), (d.lon - clon) * scale) for d in divisions]
    reach = max(math.hypot(*v) for v in vectors) or 1.0
    if direction == "centre":
        chosen = [d for d, v in zip(divisions, vectors, strict=True) if math.hypot(*v) <= reach / 3]
    else:
        dy, dx = COMPASS[direction]
        norm = math.hypot(dy, dx)
        chosen = []
        for d, (vy, vx) in zip(divisions, vectors, strict=True):
            length = math.hypot(vy, vx)
            if length < reach * 0.15:
                continue  # the middle of the country is in no direction
            cos = (vy * dy + vx * dx) / (length * norm)
            if math.degrees(math.acos(max(-1.0, min(1.0, cos)))) < _HALF_ANGLE:
                chosen.append(d)
    if not chosen:
        return None
    point = (sum(d.lat for d in chosen) / len(chosen), sum(d.lon for d in chosen) / len(chosen))
    return point, chosen


def country_code(gaz: Gazetteer, name: str | None) -> str | None:
    """The ISO code of a country named, or of a people ("Syrian"), or None."""
    if not name:
        return None
    name = name.strip()
    name = name[4:] if name.startswith("the ") else name
    code = demonym_of(name)
    if code:
        return code
    found = [c for c in gaz.lookup(name) if c.kind == "country"]
    return found[0].country_code if found else None


def main_country(gaz: Gazetteer, places: list[PlaceMention], exclude: str | None = None) -> str | None:
    """The country the document's places lie in most often, other than ``exclude`` (none when two tie)."""
    counts = Counter(p.toponym.place.country for p in places
                     if p.toponym.place is not None and p.toponym.place.country and p.role not in ("demonym", "metonym"))
    ranked = [(country_code(gaz, c), n) for c, n in counts.most_common()]
    ranked = [(c, n) for c, n in ranked if c and c != exclude]
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def find_compass_area(gaz: Gazetteer, doc: Doc, sent: Span, places: list[PlaceMention]) -> Place | None:
    """The compass part of a country the sentence places its event in, or None.

    The country is the one named after the compass word ("the north of Mali", "northern Mali"); with "of the
    country" or nothing ("in the south-west"), the country the document's places lie in most often.
    """
    from .._doc import doc_text
    from ..model import Place

    text = doc_text(doc)
    chunk = text[sent.start_char:sent.end_char]
    patterns = (_NOUN_FORM_FR,) if doc.lang_ == "fr" else (_NOUN_FORM, _ADJ_FORM)
    for pattern in patterns:
        for m in pattern.finditer(chunk):
            name = m.group("name")
            if name:
                named = [p for p in places if p.toponym.place is not None and p.span.text == name
                         and p.toponym.place.feature_code and p.toponym.place.feature_code.startswith("A.PCL")]
                if not named:
                    continue  # "the north of Kabul": a town's quarter is not a part of a country
                code = country_code(gaz, named[0].toponym.place.country)  # type: ignore[union-attr]
            else:  # "in the south-west", "in the north of the country", "dans le sud-ouest"
                code = main_country(gaz, places)
            if not code:
                continue
            direction = _direction(m.group("dir"))
            found = compass_area(gaz, code, direction)
            country = gaz.country(code)
            if found is None or country is None:
                continue
            (lat, lon), chosen = found
            ev = evidence(doc, sent.start_char + m.end("prep"), sent.start_char + m.end())  # without "in"/"dans"
            names = ", ".join(sorted(d.name for d in chosen))
            label = f"{_adjective(direction)} {country.name}"
            return Place(
                name=label, geonames_id=None, lat=round(lat, 5), lon=round(lon, 5), country=country.name,
                iso3=gaz.iso3(code), admin1=chosen[0].name if len(chosen) == 1 else None,
                feature_code=None, precision=5, geo_precision=3, confidence=0.5 if name else 0.4, evidence=[ev],
                description=(f"the {_label(direction)} of {country.name}"
                             f"{'' if name else ' (the country most of the document places are in)'}: "
                             f"mean of the GeoNames points of {names}"),
            )
    return None
