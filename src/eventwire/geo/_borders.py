"""A border between two countries as a place: "in Iraq, on the border with Syria", "near the Turkish border",
"clashes on the Afghan-Pakistani border".

Conflict reports place many events only on a border. The point is the middle of the two countries' shared
boundary, measured along it, on Natural Earth's 1:110m country polygons (public domain), prepared once into
``data/geo/borders.tsv.gz``::

    python -m eventwire.geo._borders /work/shared/data      # developer tool, not run at install

UCDP counts a location along a linear feature (a road, a river, a border) as where_prec 5; ACLED codes a
border area at its coarsest level (geo_precision 3). The longer the border, the less the middle says:
the confidence falls with its length.
"""

from __future__ import annotations

import functools
import gzip
import math
import re
import sys
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from .._doc import evidence
from ._areas import country_code, main_country
from ._lexicon import demonym_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .._doc import PlaceMention
    from ..model import Place
    from .base import Gazetteer

__all__ = ["border_point", "find_border"]

_WORD = r"[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*)*"
#: "the border with Syria", "the Turkish border", "the Afghan-Pakistani border", "the border between Mali and Niger"
_BORDER = re.compile(
    rf"\bthe\s+(?:(?P<a>{_WORD})\s*[-–/]\s*(?P<b>{_WORD})\s+|(?P<one>{_WORD})\s+)?(?:border|frontier)"
    rf"(?:\s+(?:with|of)\s+(?P<with>{_WORD})|\s+between\s+(?P<x>{_WORD})\s+and\s+(?P<y>{_WORD}))?")

_ART = r"(?:la\s+|le\s+|les\s+|l['’])?"
_WORD_FR = r"[A-ZÉ][\w'’.-]*(?:\s+[A-ZÉ][\w'’.-]*)*"
#: French: "à la frontière avec la Syrie", "la frontière entre le Mali et le Niger"
_BORDER_FR = re.compile(rf"\bla\s+frontière(?:\s+(?:avec|de)\s+{_ART}(?P<with>{_WORD_FR})"
                        rf"|\s+entre\s+{_ART}(?P<x>{_WORD_FR})\s+et\s+{_ART}(?P<y>{_WORD_FR}))")


@functools.lru_cache(maxsize=1)
def _borders() -> dict[tuple[str, str], tuple[float, float, float]]:
    path = resources.files("eventwire").joinpath("data/geo/borders.tsv.gz")
    out: dict[tuple[str, str], tuple[float, float, float]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:  # type: ignore[call-overload]
        for line in f:
            a, b, lat, lon, km = line.rstrip("\n").split("\t")
            out[(a, b)] = (float(lat), float(lon), float(km))
    return out


def border_point(a: str, b: str) -> tuple[float, float, float] | None:
    """(lat, lon, length in km) of the middle of the border between ISO codes ``a`` and ``b``, if they touch."""
    return _borders().get((min(a, b), max(a, b)))


def _people(doc: Doc, sent: Span, other: str) -> str | None:
    """"Turkish artillery shelled positions near the Syrian border": the one other people the sentence names."""
    codes = {demonym_of(t.text) for t in sent if t.pos_ in ("ADJ", "PROPN") and demonym_of(t.text)} - {other, ""}
    return codes.pop() if len(codes) == 1 else None


def find_border(gaz: Gazetteer, doc: Doc, sent: Span, places: list[PlaceMention]) -> Place | None:
    """The border the sentence places its event on, or None.

    Both countries come from the phrase ("the Afghan-Pakistani border", "the border between Mali and Niger"),
    or one from the phrase and the other from the sentence ("in Iraq, on the border with Syria") or, failing
    that, from the document's places.
    """
    from .._doc import doc_text
    from ..model import Place

    text = doc_text(doc)
    chunk = text[sent.start_char:sent.end_char]
    for m in (_BORDER_FR if doc.lang_ == "fr" else _BORDER).finditer(chunk):
        named = m.groupdict()  # the French pattern has no "the Syrian-Turkish border" form
        if named.get("a"):
            pair = (country_code(gaz, named["a"]), country_code(gaz, named["b"]))
        elif named["x"]:
            pair = (country_code(gaz, named["x"]), country_code(gaz, named["y"]))
        else:
            other = country_code(gaz, named["with"] or named.get("one"))
            if other is None:
                continue
            before = [p for p in places if p.toponym.place is not None and p.toponym.place.country
                      and sent.start_char <= p.span.start_char < sent.start_char + m.start()
                      and (p.toponym.place.feature_code or "").startswith("A.PCL")]
            here = country_code(gaz, before[-1].toponym.place.country) if before else None  # type: ignore[union-attr]
            if not here or here == other:
                here = main_country(gaz, places, exclude=other) or _people(doc, sent, other)
            pair = (here, other)
        a, b = pair
        if not a or not b or a == b:
            continue
        found = border_point(a, b)
        if found is None:
            continue
        lat, lon, km = found
        ca, cb = gaz.country(a), gaz.country(b)
        if ca is None or cb is None:
            continue
        ev = evidence(doc, sent.start_char + m.start(), sent.start_char + m.end())
        return Place(
            name=f"{ca.name}–{cb.name} border", geonames_id=None, lat=lat, lon=lon, country=ca.name,
            iso3=gaz.iso3(a), feature_code=None, precision=5, geo_precision=3, evidence=[ev],
            confidence=round(max(0.2, 0.6 - km / 5000), 3),
            description=(f"the border of {ca.name} with {cb.name}: the middle of their shared boundary "
                         f"({km:,.0f} km long, Natural Earth 1:110m)"),
        )
    return None


# ---------------------------------------------------------------- developer tool: the shipped table

#: Natural Earth units with no ISO code of their own, to the GeoNames country they lie in
_UNCODED = {"NOR": "NO", "CYN": "CY", "SOL": "SO", "KOS": "XK"}


def _code_of(props: dict) -> str:  # type: ignore[type-arg]
    for key in ("ISO_A2", "WB_A2"):
        value = props.get(key)
        if value and value != "-99":
            return str(value)
    return _UNCODED.get(str(props.get("ADM0_A3")), str(props.get("ADM0_A3")))


def _km(p: tuple[float, float], q: tuple[float, float]) -> float:
    (x1, y1), (x2, y2) = p, q
    dlat, dlon = math.radians(y2 - y1), math.radians(x2 - x1)
    h = math.sin(dlat / 2) ** 2 + math.cos(math.radians(y1)) * math.cos(math.radians(y2)) * math.sin(dlon / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def build_rows(countries_geojson: Path) -> list[tuple[str, str, float, float, float]]:
    """Each pair of countries sharing boundary segments: the length-weighted middle of those segments."""
    import json

    data = json.loads(countries_geojson.read_text(encoding="utf-8"))
    owners: dict[tuple[float, float], set[str]] = {}
    rings: list[tuple[str, list[tuple[float, float]]]] = []
    for feature in data["features"]:
        code = _code_of(feature["properties"])
        geom = feature["geometry"]
        polygons = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        for polygon in polygons:
            for ring in polygon:
                points = [(round(x, 6), round(y, 6)) for x, y in ring]
                rings.append((code, points))
                for pt in points:
                    owners.setdefault(pt, set()).add(code)
    sums: dict[tuple[str, str], list[float]] = {}
    for code, points in rings:
        for p, q in zip(points, points[1:], strict=False):
            for other in sorted((owners[p] & owners[q]) - {code}):
                if code > other:
                    continue  # each segment once, from the first country of the pair
                length = _km(p, q)
                acc = sums.setdefault((code, other), [0.0, 0.0, 0.0])
                acc[0] += length * (p[1] + q[1]) / 2
                acc[1] += length * (p[0] + q[0]) / 2
                acc[2] += length
    return sorted((a, b, round(lat / km, 5), round(lon / km, 5), round(km, 1))
                  for (a, b), (lat, lon, km) in sums.items() if km > 0)


def main(shared: Path) -> None:  # pragma: no cover - developer tool
    rows = build_rows(shared / "natural-earth" / "geojson" / "ne_110m_admin_0_countries.json")
    out = Path(__file__).resolve().parent.parent / "data" / "geo" / "borders.tsv.gz"
    with gzip.GzipFile(out, "wb", mtime=0) as raw:
        raw.write("".join("\t".join(str(v) for v in row) + "\n" for row in rows).encode("utf-8"))
    print(f"{len(rows)} borders -> {out}")


if __name__ == "__main__":  # pragma: no cover
    main(Path(sys.argv[1]))
