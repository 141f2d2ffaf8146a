"""What the geoparser costs: the gazetteer's load time in a fresh process, and the share of
eventwire's per-document CPU spent geoparsing (recognition and resolution of every toponym, and
choosing each event's location) against the rest of the pipeline (the trunk: read, clean, parse,
detect, link, store).

    .venv/bin/python benchmarks/geo_cost.py                # 200 news articles + 800 ACLED notes
    .venv/bin/python benchmarks/geo_cost.py --news 50 --notes 200 --json out.json

The gazetteer index must exist (it is built on first use; the script builds it first and does
not time that). CPU seconds (``time.process_time``) are used, so the figures do not move much
with the machine's load; the load average is printed beside them.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

_LOAD = """
import time
t0 = time.perf_counter()
from eventwire.geo.geonames import GeonamesGazetteer
g = GeonamesGazetteer(build=False)
g.lookup("Hajin"); g.lookup("Deir ez-Zor")
print(time.perf_counter() - t0)
"""


def gazetteer_load(runs: int) -> list[float]:
    """Seconds from importing the gazetteer module to the first two answered lookups, each run in a
    fresh interpreter (the Python start-up itself is not counted)."""
    from eventwire.geo.geonames import default_gazetteer

    default_gazetteer().lookup("Hajin")  # build the index if this machine has none yet
    out = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", _LOAD], capture_output=True, text=True, check=True)
        out.append(float(done.stdout.strip().splitlines()[-1]))
    return out


class _Timed:
    """The pipeline's geoparser with the CPU time of its two entry points added up: tagging a
    document's toponyms (``__call__``) and choosing an event's location (``locate_event``)."""

    def __init__(self, inner: object) -> None:
        self._inner = inner
        self.cpu = 0.0

    def __getattr__(self, name: str) -> object:
        return getattr(self._inner, name)

    def __call__(self, doc: object) -> object:
        t = time.process_time()
        try:
            return self._inner(doc)  # type: ignore[operator]
        finally:
            self.cpu += time.process_time() - t

    def locate_event(self, *args: object, **kwargs: object) -> object:
        t = time.process_time()
        try:
            return self._inner.locate_event(*args, **kwargs)  # type: ignore[attr-defined]
        finally:
            self.cpu += time.process_time() - t


def geo_share(news: int, notes: int) -> dict:
    import _corpus

    from eventwire.geo import Geoparser
    from eventwire.pipeline import Pipeline
    from eventwire.store import open_store

    documents = list(_corpus.mixed_documents(None))
    n_news = len(_corpus.news_texts(None))
    chosen = documents[:min(news, n_news)] + documents[n_news:n_news + notes]
    timed = _Timed(Geoparser())
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/bench.db")
        pipeline = Pipeline(store=store, geoparser=timed)
        cpu = time.process_time()
        results = list(pipeline.run_many(chosen))
        total = time.process_time() - cpu
        store.close()
    trunk = total - timed.cpu
    return {"docs": len(results), "news": min(news, n_news), "notes": len(chosen) - min(news, n_news),
            "cpu_seconds": round(total, 2), "geo_cpu_seconds": round(timed.cpu, 2),
            "trunk_cpu_seconds": round(trunk, 2), "geo_over_trunk": round(timed.cpu / trunk, 3)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--news", type=int, default=200, help="news articles (GeoWebNews, then GeoVirus)")
    ap.add_argument("--notes", type=int, default=800, help="ACLED notes")
    ap.add_argument("--runs", type=int, default=5, help="fresh-process gazetteer loads")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    loads = gazetteer_load(args.runs)
    share = geo_share(args.news, args.notes)
    figures = {"gazetteer_load_seconds": [round(x, 3) for x in loads],
               "gazetteer_load_median": round(statistics.median(loads), 3), **share,
               "load_average": os.getloadavg()[0]}
    print(f"gazetteer load (fresh process, {args.runs} runs): median {figures['gazetteer_load_median']:.3f} s, "
          f"max {max(loads):.3f} s")
    print(f"{share['docs']} documents ({share['news']} news, {share['notes']} notes): {share['cpu_seconds']} CPU s, "
          f"geoparser {share['geo_cpu_seconds']} s, the rest {share['trunk_cpu_seconds']} s")
    print(f"load average {figures['load_average']:.2f}")
    print(f"geoparser / rest of the pipeline = {share['geo_over_trunk']:.3f}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
