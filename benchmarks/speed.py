"""eventwire end to end against bare spaCy, on the same documents, in one run.

    .venv/bin/python benchmarks/speed.py                       # full: all texts, 10,000 synthetic
    .venv/bin/python benchmarks/speed.py --limit 300 --scale 1000   # a quick look

Each measurement runs in a fresh subprocess, so its peak RSS is its own:

- ``spacy``: bare ``spacy.load(<model>)`` and ``nlp.pipe`` over the full texts (all components);
- ``eventwire``: read (eventwire's readers) > clean > screen > parse > detect > link > store
  (SQLite in a temporary directory), through ``Pipeline.run_many``;
- ``cold``: ``python -m eventwire extract`` on a short document, a fresh interpreter,
  timed until its first event is printed.

Each phase also records its CPU seconds: on a shared machine the wall-clock ratio moves
with the load, the CPU-second ratio (bare spaCy's CPU seconds over eventwire's, same
documents) does not.

Corpora: ``mixed`` (every GeoWebNews and GeoVirus text plus ACLED notes, read in place;
``--limit`` caps each source) and ``synthetic`` (``--scale`` documents built by the
script; eventwire also runs on a tenth of it, to check that time grows linearly).
The table goes to stdout, the figures to ``--json``; the last line is
``ratio eventwire/spacy = X.XX`` (documents per second of eventwire over bare spaCy,
mixed corpus).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _texts(corpus: str, limit: int | None, scale: int) -> list[str]:
    import _corpus

    if corpus == "mixed":
        return _corpus.mixed_texts(limit)
    return _corpus.synthetic_texts(scale)


def phase_spacy(corpus: str, limit: int | None, scale: int, n_process: int) -> dict:
    import spacy

    from eventwire.nlp import model_name

    import _corpus

    texts = _texts(corpus, limit, scale)
    nlp = spacy.load(model_name("en"))
    # the news articles first, then the notes: timed apart as well as together
    split = len(_corpus.news_texts(limit)) if corpus == "mixed" else len(texts)
    start, cpu_start = time.perf_counter(), time.process_time()
    tokens_news = sum(len(doc) for doc in nlp.pipe(texts[:split], n_process=n_process))
    middle, cpu_middle = time.perf_counter(), time.process_time()
    tokens = tokens_news + sum(len(doc) for doc in nlp.pipe(texts[split:], n_process=n_process))
    seconds = time.perf_counter() - start
    return {"docs": len(texts), "tokens": tokens, "seconds": seconds, "peak_rss_mb": _peak_rss_mb(),
            "news_docs": split, "news_tokens": tokens_news, "news_seconds": middle - start,
            "cpu_seconds": time.process_time() - cpu_start, "news_cpu_seconds": cpu_middle - cpu_start}


def phase_eventwire(corpus: str, limit: int | None, scale: int, n_process: int, screen: bool) -> dict:
    import _corpus

    from eventwire.pipeline import Pipeline
    from eventwire.readers import make_document
    from eventwire.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/bench.db")
        pipeline = Pipeline(store=store, screen=screen)  # models and gazetteer load before the clock starts
        start, cpu_start = time.perf_counter(), time.process_time()
        if corpus == "mixed":
            documents = _corpus.mixed_documents(limit)
        else:
            documents = (make_document(t) for t in _corpus.synthetic_texts(scale))
        docs = events = 0
        split = len(_corpus.news_texts(limit)) if corpus == "mixed" else -1
        news_seconds = news_cpu = None
        for result in pipeline.run_many(documents, n_process=n_process):
            docs += 1
            events += len(result.events)
            if docs == split:
                news_seconds = time.perf_counter() - start  # batches may straddle: approximate
                news_cpu = time.process_time() - cpu_start
        seconds = time.perf_counter() - start
        cpu_seconds = time.process_time() - cpu_start
        stored = store.count_events() if hasattr(store, "count_events") else None  # not every event in memory
        store.close()
    return {"docs": docs, "events": events, "stored_events": stored, "seconds": seconds,
            "peak_rss_mb": _peak_rss_mb(), "news_docs": split, "news_seconds": news_seconds,
            "cpu_seconds": cpu_seconds, "news_cpu_seconds": news_cpu}


SHORT = ("Gunmen killed six civilians in the village of Tinzaouaten near Kidal on Monday, "
         "a local official said.\n")


def phase_cold() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "short.txt"
        path.write_text(SHORT, encoding="utf-8")
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "eventwire", "extract", str(path), "--published",
                                 "2024-03-05", "--format", "jsonl"], stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        first = proc.stdout.readline()
        to_first = time.perf_counter() - start
        proc.communicate()
        total = time.perf_counter() - start
    return {"to_first_event_s": to_first, "total_s": total, "event": bool(first.strip()),
            "returncode": proc.returncode}


class PhaseFailed(Exception):
    pass


def _run_phase(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--phase", *args], capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise PhaseFailed(f"phase {' '.join(args)} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="cap per source of the mixed corpus (default: all)")
    ap.add_argument("--scale", type=int, default=10_000, help="synthetic documents (default 10,000; 0 skips)")
    ap.add_argument("--n-process", type=int, default=1, help="processes for nlp.pipe in both runs (default 1)")
    ap.add_argument("--no-screen", action="store_true", help="parse every sentence (no relevance screen)")
    ap.add_argument("--json", default=str(HERE / "results" / "speed.json"), help="where to write the figures")
    ap.add_argument("--phase", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.phase:
        kind, *rest = args.phase
        if kind == "cold":
            print(json.dumps(phase_cold()))
            return
        corpus, limit, scale, n_process, screen = rest
        lim = int(limit) or None
        if kind == "spacy":
            print(json.dumps(phase_spacy(corpus, lim, int(scale), int(n_process))))
        else:
            print(json.dumps(phase_eventwire(corpus, lim, int(scale), int(n_process), screen == "1")))
        return

    screen = "0" if args.no_screen else "1"
    common = [str(args.limit or 0)]
    load = os.getloadavg()
    figures: dict = {"limit": args.limit, "scale": args.scale, "n_process": args.n_process,
                     "screen": not args.no_screen, "cpus": os.cpu_count(), "loadavg_at_start": load}
    rows = []

    def row(name: str, corpus: str, r: dict, tokens: int) -> None:
        rows.append((name, corpus, r["docs"], r["seconds"], r["docs"] / r["seconds"], tokens / r["seconds"],
                     r["peak_rss_mb"]))

    sp = _run_phase("spacy", "mixed", *common, "0", str(args.n_process), screen)
    ew = _run_phase("eventwire", "mixed", *common, "0", str(args.n_process), screen)
    figures["mixed"] = {"spacy": sp, "eventwire": ew}
    row("bare spaCy", "mixed", sp, sp["tokens"])
    row("eventwire", "mixed", ew, sp["tokens"])
    ratio = (ew["docs"] / ew["seconds"]) / (sp["docs"] / sp["seconds"])
    figures["ratio_mixed"] = ratio
    if ew.get("news_seconds"):
        figures["ratio_news_articles"] = sp["news_seconds"] / ew["news_seconds"]
        figures["ratio_acled_notes"] = (sp["seconds"] - sp["news_seconds"]) / (ew["seconds"] - ew["news_seconds"])
    # the same ratios by CPU seconds: what each run cost, whatever else the machine was doing
    figures["cpu_ratio_mixed"] = sp["cpu_seconds"] / ew["cpu_seconds"]
    if ew.get("news_cpu_seconds"):
        figures["cpu_ratio_news_articles"] = sp["news_cpu_seconds"] / ew["news_cpu_seconds"]
        figures["cpu_ratio_acled_notes"] = ((sp["cpu_seconds"] - sp["news_cpu_seconds"])
                                            / (ew["cpu_seconds"] - ew["news_cpu_seconds"]))

    if args.scale:
        try:
            _synthetic(args, screen, figures, row)
        except PhaseFailed as exc:  # reported, and the rest of the figures still printed
            figures["synthetic_error"] = str(exc)
            print(exc, file=sys.stderr)
    _report(args, figures, rows, sp, ew, ratio, load)


def _synthetic(args: argparse.Namespace, screen: str, figures: dict, row) -> None:  # type: ignore[no-untyped-def]
    if args.scale:
        tenth = max(1, args.scale // 10)
        sp_s = _run_phase("spacy", "synthetic", "0", str(args.scale), str(args.n_process), screen)
        ew_small = _run_phase("eventwire", "synthetic", "0", str(tenth), str(args.n_process), screen)
        ew_s = _run_phase("eventwire", "synthetic", "0", str(args.scale), str(args.n_process), screen)
        tokens_small = round(sp_s["tokens"] * tenth / args.scale)
        row("bare spaCy", f"synthetic {args.scale}", sp_s, sp_s["tokens"])
        row("eventwire", f"synthetic {tenth}", ew_small, tokens_small)
        row("eventwire", f"synthetic {args.scale}", ew_s, sp_s["tokens"])
        growth = (ew_s["seconds"] / ew_small["seconds"]) / (ew_s["docs"] / ew_small["docs"])
        figures["synthetic"] = {"spacy": sp_s, "eventwire_tenth": ew_small, "eventwire": ew_s,
                                "ratio": (ew_s["docs"] / ew_s["seconds"]) / (sp_s["docs"] / sp_s["seconds"]),
                                "cpu_ratio": sp_s["cpu_seconds"] / ew_s["cpu_seconds"],
                                "per_doc_time_growth_10x": growth}


def _report(args, figures, rows, sp, ew, ratio, load) -> None:  # type: ignore[no-untyped-def]
    try:
        cold = _run_phase("cold")
    except PhaseFailed as exc:
        cold = {"to_first_event_s": float("nan"), "total_s": float("nan"), "event": False, "error": str(exc)}
    figures["cold_start"] = cold
    figures["loadavg_at_end"] = os.getloadavg()

    print(f"{'run':<12} {'corpus':<18} {'docs':>7} {'seconds':>9} {'docs/s':>8} {'tokens/s':>9} {'peak RSS MB':>12}")
    for name, corpus, docs, secs, dps, tps, rss in rows:
        print(f"{name:<12} {corpus:<18} {docs:>7} {secs:>9.1f} {dps:>8.2f} {tps:>9.0f} {rss:>12.0f}")
    if "ratio_news_articles" in figures:
        print(f"mixed, by source: ratio eventwire/spacy on the {sp['news_docs']} news articles = "
              f"{figures['ratio_news_articles']:.2f}, on the {sp['docs'] - sp['news_docs']} ACLED notes = "
              f"{figures['ratio_acled_notes']:.2f}")
    if "cpu_ratio_news_articles" in figures:
        print(f"by CPU seconds (load-independent): ratio eventwire/spacy mixed = {figures['cpu_ratio_mixed']:.2f}, "
              f"news articles = {figures['cpu_ratio_news_articles']:.2f}, "
              f"ACLED notes = {figures['cpu_ratio_acled_notes']:.2f}"
              + (f", synthetic = {figures['synthetic']['cpu_ratio']:.2f}" if "synthetic" in figures else ""))
    if "synthetic" in figures:
        syn = figures["synthetic"]
        print(f"synthetic: ratio eventwire/spacy = {syn['ratio']:.2f}; time per document at {args.scale} "
              f"vs {max(1, args.scale // 10)} documents = {syn['per_doc_time_growth_10x']:.2f}x (1.00 = linear)")
    print(f"cold start (eventwire extract, short document): first event after {cold['to_first_event_s']:.2f} s "
          f"(process done after {cold['total_s']:.2f} s, event printed: {cold['event']})")
    print(f"load average at start {load[0]:.2f}, at end {figures['loadavg_at_end'][0]:.2f} on {os.cpu_count()} CPUs")
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(figures, indent=2, default=str), encoding="utf-8")
    print(f"ratio eventwire/spacy = {ratio:.2f}")


if __name__ == "__main__":
    main()
