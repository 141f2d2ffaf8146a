"""A speed change must not change a result: every record of a fixed set as JSON, and the CPU it took.

    .venv/bin/python benchmarks/same_output.py /tmp/before.jsonl          # on the commit before the change
    .venv/bin/python benchmarks/same_output.py /tmp/after.jsonl           # after it
    cmp /tmp/before.jsonl /tmp/after.jsonl                                 # byte for byte, or the change is not one

The set: the reference article, the first ``--notes`` analyst notes of the ACLED global export
(2020-05, the events dev file) with their event dates as publication dates, and the first ``--news``
GeoWebNews articles (no date), all through ``Pipeline.run_many`` without a store. It prints CPU seconds
(``time.process_time``: wall time moves with the machine's load) split into the parse (time spent inside
``nlp.pipe``) and the rest, and with ``--profile FILE`` writes a cProfile of the run. Read in place from
``/work/shared/data`` (``EVENTWIRE_BENCH_DATA``); nothing is copied.

CPU seconds still move by 10-15% on a loaded machine: to compare two versions, run them side by side
(same load), or several times each.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import json
import pstats
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", help="where to write the records (JSON lines, one per document, input order)")
    ap.add_argument("--notes", type=int, default=1500, help="ACLED notes (default 1,500)")
    ap.add_argument("--news", type=int, default=200, help="GeoWebNews articles (default 200)")
    ap.add_argument("--profile", help="write a cProfile of the run here and print its top functions")
    args = ap.parse_args()

    import _corpus

    from eventwire.eval.events import load_acled
    from eventwire.pipeline import Pipeline
    from eventwire.readers.base import make_document

    notes = load_acled(_corpus.DATA / "acled-samples" / "acled_global_2020-05_RPanlilio.csv", args.notes)
    news = _corpus._xml_texts(_corpus.DATA / "geowebnews" / "GWN.xml", "article")[: args.news]
    seed = (_corpus.DATA / "seed-article.txt").read_text(encoding="utf-8")
    documents = [make_document(seed, published=dt.date(2018, 7, 24))]
    documents += [make_document(n.text, published=n.published) for n in notes]
    documents += [make_document(text) for text in news]

    pipeline = Pipeline()
    parse = [0.0]
    pipe = pipeline.nlp.pipe

    def timed_pipe(*a, **k):  # type: ignore[no-untyped-def]
        docs = iter(pipe(*a, **k))
        while True:
            start = time.process_time()
            doc = next(docs, None)
            parse[0] += time.process_time() - start
            if doc is None:
                return
            yield doc

    pipeline.nlp.pipe = timed_pipe  # type: ignore[method-assign]
    # lazy loads (date grammar, gazetteer tables) before the clock starts, on a text outside the set
    list(pipeline.run_many([make_document("Gunmen killed six civilians in Kidal on Monday, police said.",
                                          published=dt.date(2024, 3, 5))]))
    parse[0] = 0.0
    profile = cProfile.Profile() if args.profile else None
    with open(args.out, "w", encoding="utf-8") as out:
        start = time.process_time()
        if profile:
            profile.enable()
        n = 0
        for result in pipeline.run_many(iter(documents)):
            out.write(result.model_dump_json() + "\n")
            n += 1
        if profile:
            profile.disable()
        total = time.process_time() - start
    print(json.dumps({"docs": n, "cpu_s": round(total, 2), "parse_cpu_s": round(parse[0], 2),
                      "non_parse_cpu_s": round(total - parse[0], 2)}))
    if profile:
        profile.dump_stats(args.profile)
        pstats.Stats(args.profile).sort_stats("tottime").print_stats(30)


if __name__ == "__main__":
    main()
