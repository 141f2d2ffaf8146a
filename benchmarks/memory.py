"""Memory on a large input stream: a 1 GB corpus read and run in bounded memory.

    .venv/bin/python benchmarks/memory.py --gigabytes 1 --run 200

Builds (in a temporary directory, removed afterwards) a ``.jsonl.gz`` file that inflates
to ``--gigabytes`` GB of JSON lines, cycling through the GeoWebNews/GeoVirus texts (each
record made unique), then:

1. reads every record through ``eventwire.readers.read`` (streamed: gzip inflated as
   read, one line at a time) and prints records/s and the peak RSS;
2. runs the first ``--run`` documents of the same stream through ``Pipeline.run_many``
   into SQLite, and prints the peak RSS again (the stream is never held whole).

The figures also go to ``--json`` (default ``results/memory.json``).
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build(path: Path, gigabytes: float) -> tuple[int, int]:
    import _corpus

    texts = _corpus.news_texts()
    target = int(gigabytes * 1024**3)
    written = records = 0
    with gzip.open(path, "wb", compresslevel=1) as fh:
        for i in itertools.count():
            line = (json.dumps({"id": i, "text": f"[{i}] " + texts[i % len(texts)]}) + "\n").encode()
            fh.write(line)
            written += len(line)
            records += 1
            if written >= target:
                break
    return written, records


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gigabytes", type=float, default=1.0)
    ap.add_argument("--run", type=int, default=200, help="documents of the stream to run end to end")
    ap.add_argument("--json", default=str(HERE / "results" / "memory.json"), help="where to write the figures")
    args = ap.parse_args()
    import os

    figures: dict[str, object] = {"gigabytes": args.gigabytes, "loadavg_at_start": os.getloadavg()}
    from eventwire.model import Document
    from eventwire.readers import read

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "stream.jsonl.gz"
        t0 = time.perf_counter()
        size, records = build(path, args.gigabytes)
        figures["built"] = {"bytes": size, "records": records, "gzipped_bytes": path.stat().st_size}
        print(f"built {size / 1024**3:.2f} GB of JSON lines ({records:,} records, "
              f"{path.stat().st_size / 1024**2:.0f} MB gzipped) in {time.perf_counter() - t0:.0f} s")
        rss0 = _rss_mb()
        t0 = time.perf_counter()
        docs = skipped = 0
        for item in read(str(path), id_field="id"):
            if isinstance(item, Document):
                docs += 1
            else:
                skipped += 1
        secs = time.perf_counter() - t0
        figures["read"] = {"documents": docs, "skipped": skipped, "seconds": secs, "peak_rss_mb": _rss_mb(),
                           "rss_before_mb": rss0}
        print(f"read: {docs:,} documents, {skipped} skipped, {secs:.0f} s ({docs / secs:,.0f} docs/s, "
              f"{size / 1024**2 / secs:.1f} MB/s); peak RSS {_rss_mb():.0f} MB (before reading: {rss0:.0f} MB)")
        if args.run:
            from eventwire.pipeline import Pipeline
            from eventwire.store import open_store

            store = open_store(f"sqlite:///{tmp}/events.db")
            pipeline = Pipeline(store=store)
            t0 = time.perf_counter()
            stream = (i for i in read(str(path), id_field="id") if isinstance(i, Document))
            n = events = 0
            for result in pipeline.run_many(itertools.islice(stream, args.run)):
                n += 1
                events += len(result.events)
            store.close()
            figures["run"] = {"documents": n, "events": events, "seconds": time.perf_counter() - t0,
                              "peak_rss_mb": _rss_mb()}
            print(f"run: {n} documents of the stream end to end, {events} events stored, "
                  f"{time.perf_counter() - t0:.0f} s; peak RSS {_rss_mb():.0f} MB")
    figures["loadavg_at_end"] = os.getloadavg()
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
