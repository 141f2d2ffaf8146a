"""Event coding on the project's own sentence sets (``data/eval/*.tsv``, e.g. the French ones).

One gold event (or ``none``) per sentence: ACLED type and sub-type, canonical actor1/actor2,
fatalities, the most precise place's GeoNames name. The prediction for a sentence is its first
reported or claimed event (forecasts, hypotheticals, denials and background are not events here).
Scores over all sentences: detection (event or none), event_type and sub_event_type accuracy
(``none`` is a class); over the gold events: actor1, actor2, fatalities and location matches.
"""

from __future__ import annotations

import csv
import datetime as dt
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from ..events.comparing import FACTUAL as _FACTUAL

__all__ = ["evaluate_sentences", "shipped_set"]


def shipped_set(lang: str, name: str = "events") -> Path:
    """The project's sentence set for ``lang`` (``fr-events.tsv``; ``name="events-heldout"`` for the held-out one)."""
    from importlib import resources

    return Path(str(resources.files("eventwire").joinpath("data", "eval", f"{lang}-{name}.tsv")))


def _fold(name: str | None) -> str:
    text = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    return "".join(ch for ch in text if ch.isalnum())


def _same_actor(got: str, gold: str) -> bool:
    """The gold name, or it made specific by a country ("Police Forces of Niger", "Protesters (Mali)")."""
    return got == gold or got.startswith((f"{gold} of ", f"{gold} ("))


def evaluate_sentences(path: str | Path, *, lang: str | None = None, limit: int = 0, errors: int = 0,
                       pipeline: Any = None) -> dict[str, Any]:
    """Scores of the pipeline on a sentence set (see the module docstring); ``lang`` is given to
    every document as the reader's language (None: detected)."""
    import sys

    from ..pipeline import Pipeline
    from ..readers._load import existing_file
    from ..readers.base import make_document

    with existing_file(path).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    if limit:
        rows = rows[:limit]
    pipe = pipeline if pipeline is not None else Pipeline()
    n = Counter()
    shown = 0
    started = time.perf_counter()
    for row in rows:
        doc = make_document(row["text"], published=dt.date.fromisoformat(row["published"]), language=lang or None)
        result = pipe.run(doc)
        ev = next((e for e in result.events if e.modality in _FACTUAL), None)
        gold_type, gold_sub = row["event_type"], row["sub_event_type"]
        got_type = ev.event_type if ev else "none"
        got_sub = ev.sub_event_type if ev else "none"
        n["sentences"] += 1
        n["detection"] += (gold_type == "none") == (ev is None)
        n["event_type"] += got_type == gold_type
        n["sub_event_type"] += got_sub == gold_sub
        wrong = []
        if gold_type != "none":
            n["events"] += 1
            for role in ("actor1", "actor2"):
                gold = row[role]
                if not gold:
                    continue
                n[f"{role}_gold"] += 1
                actor = getattr(ev, role) if ev else None
                if actor is not None and _same_actor(actor.name, gold):
                    n[role] += 1
                else:
                    wrong.append(f"{role} {actor.name if actor else None!r} != {gold!r}")
            gold_fat = int(row["fatalities"]) if row["fatalities"] else None
            got_fat = ev.fatalities.best if ev and ev.fatalities else None
            n["fatalities"] += got_fat == gold_fat
            if got_fat != gold_fat:
                wrong.append(f"fatalities {got_fat} != {gold_fat}")
            got_loc = ev.location.name if ev and ev.location else None
            n["location"] += _fold(got_loc) == _fold(row["location"])
            if _fold(got_loc) != _fold(row["location"]):
                wrong.append(f"location {got_loc!r} != {row['location']!r}")
        if got_sub != gold_sub:
            wrong.insert(0, f"{got_type}/{got_sub} != {gold_type}/{gold_sub}")
        if wrong and shown < errors:
            shown += 1
            print(f"{row['id']}: {'; '.join(wrong)}\n    {row['text']}", file=sys.stderr)
    elapsed = time.perf_counter() - started

    def rate(key: str, over: str) -> float:
        return round(n[key] / n[over], 3) if n[over] else 0.0

    return {
        "sentences": n["sentences"], "gold events": n["events"],
        "detection accuracy": rate("detection", "sentences"),
        "event_type accuracy": rate("event_type", "sentences"),
        "sub_event_type accuracy": rate("sub_event_type", "sentences"),
        "actor1 match": rate("actor1", "actor1_gold"), "actor2 match": rate("actor2", "actor2_gold"),
        "fatalities exact": rate("fatalities", "events"), "location match": rate("location", "events"),
        "seconds per sentence": round(elapsed / max(n["sentences"], 1), 3),
    }
