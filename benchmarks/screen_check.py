"""The relevance screen, measured: recall on event sentences, and events it changes.

    .venv/bin/python benchmarks/screen_check.py --limit 200

1. Recall on ACLED notes: every note describes an event, so a note whose sentences are
   all screened out is a miss (per file and per ACLED event type).
2. Recall on WikiEvents: every sentence with a gold event trigger (dev + test), for all
   event types and for the conflict ones (Conflict.*, Life.Die, Life.Injure); "candidate"
   is the screen's own judgement, "kept" includes the neighbours it keeps.
3. Events changed: the pipeline runs with and without the screen on the same documents
   (GeoWebNews, GeoVirus, WikiEvents texts, ACLED notes) and every event is compared
   field by field; the figure reported is the number of events found by one run and
   not the other.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _corpus  # noqa: E402


def acled_recall() -> dict:
    from eventwire.clean.screen import screen

    out: dict = {"notes": 0, "hit": 0, "by_type": {}}
    by_type: Counter = Counter()
    miss_type: Counter = Counter()
    misses = []
    for path in _corpus.ACLED_FILES:
        with open(path, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                note = (row.get("notes") or "").strip()
                if not note:
                    continue
                s = screen(note)
                hit = any(s.candidates)
                kind = row.get("event_type") or "?"
                out["notes"] += 1
                out["hit"] += hit
                by_type[kind] += 1
                if not hit:
                    miss_type[kind] += 1
                    if len(misses) < 15:
                        misses.append(note[:160])
    out["recall"] = out["hit"] / out["notes"]
    out["by_type"] = {k: {"notes": n, "recall": 1 - miss_type[k] / n} for k, n in by_type.most_common()}
    out["example_misses"] = misses
    return out


def wikievents_docs() -> list[dict]:
    docs = []
    for split in ("dev", "test"):
        with open(_corpus.DATA / "wikievents" / f"{split}.jsonl", encoding="utf-8") as fh:
            docs += [json.loads(line) for line in fh if line.strip()]
    return docs


_CONFLICT = ("Conflict.", "Life.Die", "Life.Injure")


def wikievents_recall(docs: list[dict]) -> dict:
    from eventwire.clean.screen import screen

    counts = {k: Counter() for k in ("all", "conflict")}
    misses = []
    for doc in docs:
        text = doc["text"]
        s = screen(text)
        sent_spans = []
        for sent in doc["sentences"]:
            toks = sent[0]
            sent_spans.append((toks[0][1], toks[-1][2]))
        gold = {}
        for ev in doc["event_mentions"]:
            idx = ev["trigger"]["sent_idx"]
            gold.setdefault(idx, set()).add(ev["event_type"])
        for idx, types in gold.items():
            start, end = sent_spans[idx]
            over = [i for i, (a, b) in enumerate(s.sentences) if a < end and b > start]
            cand = any(s.candidates[i] for i in over)
            kept = any(s.kept[i] for i in over)
            groups = ["all"] + (["conflict"] if any(t.startswith(_CONFLICT) for t in types) else [])
            for g in groups:
                counts[g]["sentences"] += 1
                counts[g]["candidate"] += cand
                counts[g]["kept"] += kept
            if not cand and len(misses) < 15:
                misses.append((sorted(types), text[start:end][:160]))
    out = {g: {"sentences": c["sentences"], "candidate_recall": c["candidate"] / c["sentences"],
               "kept_recall": c["kept"] / c["sentences"]} for g, c in counts.items()}
    out["example_misses"] = misses
    return out


def _key(ev) -> tuple:  # type: ignore[no-untyped-def]
    return (
        ev.event_type, ev.sub_event_type, ev.modality,
        ev.actor1.name if ev.actor1 else None, ev.actor2.name if ev.actor2 else None,
        tuple(sorted(a.name for a in ev.assoc_actors)),
        (ev.location.name, ev.location.geonames_id) if ev.location else None,
        (ev.date.start, ev.date.end) if ev.date else None,
        (ev.fatalities.best, ev.fatalities.low, ev.fatalities.high) if ev.fatalities else None,
        ev.claimant.name if ev.claimant else None,
        tuple((e.start, e.end) for e in ev.evidence),
    )


def events_changed(limit: int | None, wiki: list[dict]) -> dict:
    from eventwire.pipeline import Pipeline
    from eventwire.readers import make_document

    documents = list(_corpus.mixed_documents(limit)) + [make_document(d["text"]) for d in wiki]
    full = Pipeline(screen=False)
    screened = Pipeline(nlp=full.nlp, geoparser=full.geoparser, screen=True)
    t0 = time.perf_counter()
    a = list(full.run_many(documents))
    t1 = time.perf_counter()
    b = list(screened.run_many(documents))
    t2 = time.perf_counter()
    only_full = only_screened = same = 0
    docs_differing = 0
    examples = []
    for ra, rb in zip(a, b):
        ka = Counter(_key(e) for e in ra.events)
        kb = Counter(_key(e) for e in rb.events)
        lost, gained = ka - kb, kb - ka
        only_full += sum(lost.values())
        only_screened += sum(gained.values())
        same += sum((ka & kb).values())
        if lost or gained:
            docs_differing += 1
            if len(examples) < 10:
                examples.append({"document": ra.document.id, "lost": [str(k[:8]) for k in lost],
                                 "gained": [str(k[:8]) for k in gained]})
    return {"documents": len(documents), "events_without_screen": sum(len(r.events) for r in a),
            "events_with_screen": sum(len(r.events) for r in b), "events_identical": same,
            "only_without_screen": only_full, "only_with_screen": only_screened,
            "differing_events": only_full + only_screened, "documents_differing": docs_differing,
            "seconds_without_screen": t1 - t0, "seconds_with_screen": t2 - t1, "examples": examples}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="cap per source for the with/without comparison")
    ap.add_argument("--skip-compare", action="store_true", help="only the recall figures")
    ap.add_argument("--json", default=str(HERE / "results" / "screen.json"))
    args = ap.parse_args()
    figures: dict = {"acled": acled_recall()}
    wiki = wikievents_docs()
    figures["wikievents"] = wikievents_recall(wiki)
    a, w = figures["acled"], figures["wikievents"]
    print(f"ACLED notes: {a['notes']} notes, recall {a['recall']:.4f}")
    for kind, v in a["by_type"].items():
        print(f"  {kind:<40} {v['notes']:>6} notes  recall {v['recall']:.4f}")
    for g in ("all", "conflict"):
        v = w[g]
        print(f"WikiEvents {g} event sentences: {v['sentences']}, candidate recall {v['candidate_recall']:.4f}, "
              f"kept recall {v['kept_recall']:.4f}")
    if not args.skip_compare:
        c = events_changed(args.limit, wiki)
        figures["compare"] = c
        print(f"with/without screen on {c['documents']} documents: {c['events_without_screen']} vs "
              f"{c['events_with_screen']} events, {c['events_identical']} identical; "
              f"differing events = {c['differing_events']} ({c['only_without_screen']} only without, "
              f"{c['only_with_screen']} only with) in {c['documents_differing']} documents; "
              f"time {c['seconds_without_screen']:.1f} s vs {c['seconds_with_screen']:.1f} s")
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(figures, indent=2, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
