"""Scoring event coding and actors against gold data read in place (never copied).

* ``evaluate_acled(path)``: ACLED exports. Each note (the coder's summary) is run through the
  pipeline with the row's ``event_date`` as the publication date; the note's *main event* (the
  most confident factual event, else the most confident non-background one) is compared with
  the row's ``event_type``/``sub_event_type`` and ``actor1``/``actor2``. Notes that yield no
  event, or several, are counted.
* ``evaluate_plover(path, split=...)``: the PLOVER gold sentences (``PLOVER_GSR_CAMEO.txt``); the
  PLOVER type of the sentence's main record (events and verbal interactions together) against
  ``event``. ``split``: ``dev`` is the records whose sha1(id) is even, ``test`` the others (a
  stable split: develop on dev, report test). The gold is coded in PLOVER 0.5b1 (2016), the
  coder in the 2024 manual's names; predictions are put in the gold's names before scoring
  (``GOLD_NAMES``: REQUEST was DEMAND; ACCUSE mode investigate was INVESTIGATE, any other ACCUSE
  was DISAPPROVE), so every gold class stays a class of its own.
* ``evaluate_text(path)``: non-conflict news (GeoWebNews or LGL XML); events per 1,000
  sentences, a false-positive rate; verbal interactions are counted apart (by a pipeline that looks for them).

Loader rules for ACLED files (written in the files' own README):

- rows sharing ``event_id_cnty`` are one event listed once per actor (the Bangladesh file):
  the first row is kept;
- the ``[size=...]`` tag ending protest notes is formatting, stripped before the text is read;
- the pre-2019 schema ("Battle-No change of territory", "Riots/Protests", "Remote violence")
  is mapped to the current types; predictions are put in the old types by both codebooks'
  definitions (``old_schema_type``: Protests and Riots are one class there, excessive force against
  protesters and mob violence against civilians were Violence against civilians), and sub-event types
  are not scored (the old schema has none).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..events.comparing import FACTUAL as _FACTUAL
from ..model import Event, Interaction, Result

__all__ = [
    "AcledNote", "actor_matches", "evaluate_acled", "evaluate_plover", "evaluate_text", "gold_name", "load_acled",
    "main_event", "main_record", "name_country", "old_schema_type", "plover_split", "score_types",
]

_SIZE_TAG = re.compile(r"\s*\[size=[^\]]*\]\s*", re.I)
_OLD_TYPES = {
    "battle-no change of territory": ("Battles", "Armed clash"),
    "battle-government regains territory": ("Battles", "Government regains territory"),
    "battle-non-state actor overtakes territory": ("Battles", "Non-state actor overtakes territory"),
    "riots/protests": ("Protests/Riots", ""),
    "remote violence": ("Explosions/Remote violence", ""),
    "violence against civilians": ("Violence against civilians", ""),
    "strategic development": ("Strategic developments", ""),
    "non-violent transfer of territory": ("Strategic developments", "Non-violent transfer of territory"),
    "headquarters or base established": ("Strategic developments", "Headquarters or base established"),
}
NO_EVENT = "(no event)"


@dataclass
class AcledNote:
    id: str
    text: str
    published: dt.date | None
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str
    old_schema: bool = False
    country: str = ""


def _date(value: str) -> dt.date | None:
    from .time import _gold_date

    return _gold_date(value)


def load_acled(path: str | Path, limit: int = 0, sample: int = 0, seed: int = 0) -> list[AcledNote]:
    """The notes of an ACLED export, one per event (see the module docstring for the rules).

    ``sample`` draws that many notes at random (with ``seed``, so the draw is the same each run)
    from the whole file instead of taking the first ``limit``; ACLED exports are sorted by date
    or country, so the first notes are rarely representative."""
    from .time import _read_csv

    rows = _read_csv(path, 0)
    if rows and "event_type" not in rows[0]:
        from ..errors import MalformedInput

        raise MalformedInput("no 'event_type' column; is this an ACLED export?", source=str(path))
    seen: set[str] = set()
    notes: list[AcledNote] = []
    for r in rows:
        text = _SIZE_TAG.sub(" ", r.get("notes") or "").strip()
        if not text:
            continue
        key = (r.get("event_id_cnty") or "").strip()
        if key:
            if key in seen:
                continue
            seen.add(key)
        etype, sub = (r.get("event_type") or "").strip(), (r.get("sub_event_type") or "").strip()
        old = "sub_event_type" not in r  # the pre-2019 schema has no sub-event column
        if old:
            etype, mapped_sub = _OLD_TYPES.get(etype.lower(), (etype, ""))
            sub = sub or mapped_sub
            old = True
        notes.append(AcledNote(
            id=key or str(len(notes)), text=text, published=_date(r.get("event_date") or ""), event_type=etype,
            sub_event_type=sub, actor1=(r.get("actor1") or "").strip(), actor2=(r.get("actor2") or "").strip(),
            old_schema=old, country=(r.get("country") or "").strip(),
        ))
        if limit and not sample and len(notes) >= limit:
            break
    if sample and sample < len(notes):
        import random

        picked = sorted(random.Random(seed).sample(range(len(notes)), sample))
        notes = [notes[i] for i in picked]
    return notes


def main_event(result: Result, rule: str = "first") -> Event | None:
    """The event a short text is about: among the factual events (else any non-background one),
    the first in the text (``rule="first"``: a coder's note, like a news lead, names its event
    first and then its causes and consequences) or the most confident (``rule="confident"``)."""
    current = [e for e in result.events if e.modality != "background"]
    factual = [e for e in current if e.modality in _FACTUAL]
    pool = factual or current
    if not pool:
        return None
    if rule == "confident":
        return max(pool, key=lambda e: e.confidence)
    return min(pool, key=lambda e: e.evidence[0].start if e.evidence else 0)  # the trigger comes first


def _norm(name: str) -> str:
    name = re.sub(r"\([^)]*\)", " ", name.lower())
    name = re.sub(r"[^a-z0-9]+", " ", name)
    return " ".join(name.split())


def actor_matches(predicted: Any, gold: str, aliases: Iterable[str] = ()) -> bool:
    """Is the predicted actor the gold ACLED actor? Canonical names and aliases are compared
    without parenthesised periods ("(2016-)"), case and punctuation; a gold name that contains the
    predicted name ("Military Forces of Yemen (2016-) Supreme Political Council") matches."""
    if predicted is None or not gold.strip():
        return False
    g = f" {_norm(gold)} "
    for candidate in (predicted.name, *aliases):
        c = _norm(candidate)
        if c and (f" {c} " in g or f" {g.strip()} " in f" {c} "):
            return True
    return False


# the country in an ACLED actor name: "Civilians (Nigeria)", "Police Forces of Kenya (2013-)"
_NAME_COUNTRY = re.compile(r"\(([^)0-9]+)\)|\bForces of (?:the )?([A-Z][^()]*?)(?:\s*\(|$)")


def name_country(name: str) -> str | None:
    """The country an ACLED-style actor name carries, if any ("Rioters (South Africa)" -> "South Africa",
    "Military Forces of the Democratic Republic of Congo (2019-)" -> "Democratic Republic of Congo")."""
    m = _NAME_COUNTRY.search(name)
    if m is None:
        return None
    return (m.group(1) or m.group(2) or "").strip() or None


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def score_types(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Accuracy and macro-F1 over the gold classes present, for (gold, predicted) pairs."""
    if not pairs:
        return {"n": 0, "accuracy": None, "macro_f1": None, "per_class": {}}
    classes = sorted({g for g, _ in pairs})
    per: dict[str, float] = {}
    for c in classes:
        tp = sum(1 for g, p in pairs if g == c and p == c)
        fp = sum(1 for g, p in pairs if g != c and p == c)
        fn = sum(1 for g, p in pairs if g == c and p != c)
        per[c] = round(_f1(tp, fp, fn), 4)
    acc = sum(1 for g, p in pairs if g == p) / len(pairs)
    return {"n": len(pairs), "accuracy": round(acc, 4), "macro_f1": round(sum(per.values()) / len(per), 4),
            "per_class": per}


def confusion(pairs: list[tuple[str, str]]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for g, p in pairs:
        out.setdefault(g, Counter())[p] += 1  # type: ignore[arg-type]
    return {g: dict(c) for g, c in sorted(out.items())}


@dataclass
class _Mistake:
    gold: str
    predicted: str
    text: str
    extra: list[str] = field(default_factory=list)


def _pipeline(pipeline: Any, interactions: bool = False) -> Any:
    """``pipeline`` (or a new one); with ``interactions``, one that looks for verbal interactions
    too (the given pipeline's parts, when it does not)."""
    from ..pipeline import Pipeline

    if pipeline is None:
        return Pipeline(interactions=interactions)
    if interactions and not getattr(pipeline, "interactions", True):
        return Pipeline(nlp=pipeline.nlp, geoparser=pipeline.geoparser, interactions=True)
    return pipeline


def _results(texts: list[tuple[str, dt.date | None]], pipeline: Any, interactions: bool = False) -> Iterable[Result]:
    from ..readers.base import make_document

    docs = (make_document(text, published=pub) for text, pub in texts)
    return _pipeline(pipeline, interactions).run_many(docs, batch_size=64)


def old_schema_type(event_type: str, sub_event_type: str | None, target_inter: int | None) -> str:
    """The pre-2019 ACLED event type of a prediction coded in the current schema, by the definitions of
    each codebook (not by the gold of any file):

    - the old codebook (ACLED Codebook 2017, "Violence against civilians") says "Rebels, governments,
      militias, external forces, and rioters can all commit violence against civilians. Protesters are
      also civilians, and significant violence against protesters falls under this category";
    - the 2019 codebook split that out as Protests / "Excessive force against protesters" (lethal or
      serious force on peaceful demonstrators) and Riots / "Mob violence" (rioters attacking civilians,
      among other targets).

    So excessive force against protesters was Violence against civilians, and so was mob violence whose
    target is civilians (ACLED inter code 7); every other protest or riot was the one class
    "Riots/Protests" (here "Protests/Riots")."""
    if (event_type, sub_event_type) == ("Protests", "Excessive force against protesters"):
        return "Violence against civilians"
    if (event_type, sub_event_type) == ("Riots", "Mob violence") and target_inter == 7:
        return "Violence against civilians"
    return "Protests/Riots" if event_type in ("Protests", "Riots") else event_type


def evaluate_acled(path: str | Path, limit: int = 0, errors: int = 0, pipeline: Any = None,
                   sample: int = 0) -> dict[str, Any]:
    """Event type, sub-event type and actors of ACLED notes against the file's gold
    (``sample``: that many notes drawn at random with a fixed seed)."""
    from ..events.actors import load_kb

    kb = load_kb()
    notes = load_acled(path, limit, sample=sample)
    type_pairs: list[tuple[str, str]] = []
    sub_pairs: list[tuple[str, str]] = []
    a1 = a2 = a1_n = a2_n = none = several = 0
    a1_strict = a2_strict = 0
    where = where_n = 0
    same_country = _same_country()
    mistakes: list[_Mistake] = []
    for note, result in zip(notes, _results([(n.text, n.published) for n in notes], pipeline), strict=True):
        current = [e for e in result.events if e.modality != "background"]
        none += not current
        several += len(current) > 1
        ev = main_event(result)
        pred_type = ev.event_type if ev else NO_EVENT
        pred_sub = ev.sub_event_type if ev else NO_EVENT
        if note.old_schema:
            pred_type = old_schema_type(pred_type, pred_sub, ev.actor2.inter if ev and ev.actor2 else None)
        type_pairs.append((note.event_type, pred_type))
        if note.sub_event_type and not note.old_schema:
            sub_pairs.append((note.sub_event_type, pred_sub))
        if ev is not None and ev.location is not None and ev.location.country and note.country:
            where_n += 1
            where += same_country(ev.location.country, note.country)
        for gold, pred, role in ((note.actor1, ev.actor1 if ev else None, 1), (note.actor2, ev.actor2 if ev else None, 2)):
            if not gold:
                continue
            rec = _record(kb, pred)
            hit = actor_matches(pred, gold, rec.aliases + rec.acronyms if rec else ())
            # the same actor and, when the gold name carries a country ("Civilians (Nigeria)", "Police Forces of
            # Kenya"), the same country: the name match alone ignores it
            gold_country = _gold_country(gold)
            pred_country = pred.country or name_country(pred.name) if pred is not None else None
            strict = hit and (gold_country is None or bool(pred_country) and same_country(pred_country, gold_country))
            if role == 1:
                a1_n += 1
                a1 += hit
                a1_strict += strict
            else:
                a2_n += 1
                a2 += hit
                a2_strict += strict
        if (note.event_type, note.sub_event_type) != (pred_type, pred_sub if note.sub_event_type else note.sub_event_type):
            mistakes.append(_Mistake(f"{note.event_type}/{note.sub_event_type}", f"{pred_type}/{pred_sub}", note.text,
                                     [f"gold a1={note.actor1!r} a2={note.actor2!r}",
                                      f"pred a1={ev.actor1.name if ev and ev.actor1 else None!r} "
                                      f"a2={ev.actor2.name if ev and ev.actor2 else None!r}"]))
    for m in mistakes[:errors]:
        print(f"gold={m.gold} pred={m.predicted} | {' | '.join(m.extra)} | {m.text[:400]}", file=sys.stderr)
    types = score_types(type_pairs)
    subs = score_types(sub_pairs)
    div = lambda a, b: round(a / b, 4) if b else None  # noqa: E731
    return {
        "dataset": "acled",
        "file": Path(path).name,
        "notes": len(notes),
        "event_type_macro_f1": types["macro_f1"],
        "event_type_accuracy": types["accuracy"],
        "sub_event_type_accuracy": subs["accuracy"],
        "sub_event_type_macro_f1": subs["macro_f1"],
        "actor1_match": div(a1, a1_n),
        "actor2_match": div(a2, a2_n),
        "actor1_match_with_country": div(a1_strict, a1_n),
        "actor2_match_with_country": div(a2_strict, a2_n),
        "event_location_country_match": div(where, where_n),
        "notes_no_event": none,
        "notes_several_events": several,
        "event_type_f1": types["per_class"],
        "confusion": confusion(type_pairs),
    }


def _same_country() -> Any:
    """Whether a place's country and a gold country name are one country (by the gazetteer's ISO code, so
    "Democratic Republic of the Congo" is "DR Congo"; by name when the gazetteer knows neither)."""
    from ..geo._areas import country_code
    from ..geo.geonames import default_gazetteer

    gaz = default_gazetteer()

    def same(predicted: str, gold: str) -> bool:
        a, b = country_code(gaz, predicted), country_code(gaz, gold)
        return a == b if a and b else _norm(predicted) == _norm(gold)

    return same


def _gold_country(gold: str) -> str | None:
    """The country a gold actor name carries, when the gazetteer knows it as a country: the parenthesised part or
    the words after "Forces of" are not always a state ("NAF: United Armed Forces of Novorossiya", "Islamic State
    (West Africa)", "Mayi Mayi Militia (Kifuafua)", "Protesters (International)"), and such a name asks for no
    country."""
    from ..geo._areas import country_code
    from ..geo.geonames import default_gazetteer

    country = name_country(gold)
    return country if country is not None and country_code(default_gazetteer(), country) else None


def _record(kb: Any, actor: Any) -> Any:
    """The KB record of a predicted actor, by its name with any "(Country)" the pipeline added ("Unidentified Armed
    Group (Syria)" is the record "Unidentified Armed Group")."""
    if actor is None:
        return None
    names = {actor.name, re.sub(r"\s*\([^)0-9]+\)$", "", actor.name)}
    for rec in kb.records.values():
        if rec.name in names:
            return rec
    return None


PLOVER_SPLITS = ("all", "dev", "test")


def plover_split(record_id: str) -> str:
    """``dev`` or ``test``: a stable half of the PLOVER gold by a hash of the record id."""
    import hashlib

    return "dev" if int(hashlib.sha1(record_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "test"


def gold_name(plover: str, mode: str | None) -> str:
    """A PLOVER 2024 type (with its mode) in the 0.5b1 names of the gold file."""
    if plover == "REQUEST":
        return "DEMAND"
    if plover == "ACCUSE":
        return "INVESTIGATE" if mode == "investigate" else "DISAPPROVE"
    return plover


def main_record(result: Result) -> Event | Interaction | None:
    """The record a one-sentence text is about, among its events and verbal interactions: the factual
    ones first (else any non-background one), the first trigger in the text."""
    current = [r for r in (*result.events, *result.interactions) if r.modality != "background"]
    factual = [r for r in current if r.modality in _FACTUAL]
    pool = factual or current
    if not pool:
        return None
    return min(pool, key=lambda r: r.evidence[0].start if r.evidence else 0)


def evaluate_plover(path: str | Path, limit: int = 0, errors: int = 0, pipeline: Any = None,
                    split: str = "all") -> dict[str, Any]:
    """PLOVER type of the main record of each PLOVER gold sentence (see the module docstring)."""
    import json

    from ..errors import MalformedInput
    from ..readers._load import existing_file

    p = existing_file(path)
    try:
        records = [r for r in json.loads(p.read_text(encoding="utf-8")) if r.get("event") and r.get("text")]
    except (json.JSONDecodeError, AttributeError) as exc:
        raise MalformedInput(f"{path}: not a PLOVER gold file (a JSON array of records): {exc}", source=str(path)) from exc
    if split not in PLOVER_SPLITS:
        from ..errors import UnknownName

        raise UnknownName(f"unknown split {split!r}; use all, dev or test")
    if split != "all":
        records = [r for r in records if plover_split(str(r.get("id", ""))) == split]
    if limit:
        records = records[:limit]
    pairs: list[tuple[str, str]] = []
    for rec, result in zip(records, _results([(r["text"], None) for r in records], pipeline, interactions=True),
                           strict=True):
        ev = main_record(result)
        pred = gold_name(ev.plover.type, ev.plover.mode) if ev and ev.plover else NO_EVENT
        pairs.append((rec["event"], pred))
        if pred != rec["event"] and errors > 0:
            errors -= 1
            print(f"gold={rec['event']} pred={pred} | {rec['text'][:300]}", file=sys.stderr)
    scores = score_types(pairs)
    return {
        "dataset": "plover",
        "split": split,
        "sentences": scores["n"],
        "plover_accuracy": scores["accuracy"],
        "plover_macro_f1": scores["macro_f1"],
        "no_event": sum(1 for _, p in pairs if p == NO_EVENT),
        "plover_f1": scores["per_class"],
    }


def _xml_texts(path: str | Path) -> list[tuple[str, dt.date | None]]:
    from ..readers._load import existing_file

    p = existing_file(path)
    out = []
    for article in ET.parse(p).getroot().iter("article"):
        text = (article.findtext("text") or "").strip()
        stamp = (article.findtext("dltime") or "")[:10]
        if text:
            out.append((text, _date(stamp) if stamp else None))
    return out


def evaluate_text(path: str | Path, limit: int = 0, errors: int = 0, pipeline: Any = None) -> dict[str, Any]:
    """Events found in non-conflict news (GeoWebNews / LGL XML): events per 1,000 sentences of the texts (all
    their sentences, as the screen splits them, whether or not the screen let them through to the parser)."""
    texts = _xml_texts(path)
    if limit:
        texts = texts[:limit]
    from ..clean.screen import split_sentences
    from ..readers.base import make_document

    pipe = _pipeline(pipeline)
    sentences = events = factual = verbal = 0
    by_type: Counter[str] = Counter()
    verbal_types: Counter[str] = Counter()
    for text, published in texts:
        document = make_document(text, published=published)
        doc = pipe.detect(pipe.parse(document))
        # every sentence of the text, by the screen's splitter: the parse holds only the sentences the screen let
        # through, so counting its sentences would make the rate depend on the trigger vocabulary
        sentences += len(split_sentences(text))
        result = pipe.link(doc, document)
        verbal += len(result.interactions)
        verbal_types.update(i.plover.type for i in result.interactions)
        for ev in result.events:
            events += 1
            if ev.modality in _FACTUAL:
                factual += 1
                by_type[ev.event_type] += 1
                if errors > 0:
                    errors -= 1
                    quote = ev.evidence[-1].text if ev.evidence else ""
                    print(f"{ev.event_type}/{ev.sub_event_type} | {quote[:300]}", file=sys.stderr)
    per_k = lambda n: round(1000 * n / sentences, 2) if sentences else None  # noqa: E731
    out = {
        "dataset": "text",
        "file": Path(path).name,
        "articles": len(texts),
        "sentences": sentences,
        "events": events,
        "events_per_1000_sentences": per_k(events),
        "factual_events_per_1000_sentences": per_k(factual),
        "factual_by_type": dict(by_type.most_common()),
    }
    if getattr(pipe, "interactions", False):  # a pipeline that looks for verbal interactions
        out |= {
            "verbal_interactions": verbal,  # PLOVER/CAMEO-only records, not ACLED events (not counted above)
            "verbal_interactions_per_1000_sentences": per_k(verbal),
            "verbal_by_plover_type": dict(verbal_types.most_common()),
        }
    return out
