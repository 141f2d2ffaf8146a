"""Batch runs: resumable after SIGKILL, failures quarantined, Dask gives the same store."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from eventwire.batch import run_batch
from eventwire.store import open_store

TOWNS = [("Hajin", "Syria"), ("Aleppo", "Syria"), ("Mosul", "Iraq"), ("Kirkuk", "Iraq"), ("Gao", "Mali"),
         ("Maiduguri", "Nigeria"), ("Kabul", "Afghanistan"), ("Kandahar", "Afghanistan")]
ACTORS = ["Islamic State fighters", "government forces", "Taliban militants", "Boko Haram gunmen", "the army"]


def write_corpus(path, n: int, *, poison: set[int] = frozenset()) -> None:
    """n distinct short reports (JSONL); ``poison`` line numbers make the test pipeline fail."""
    with path.open("w") as handle:
        for i in range(n):
            town, country = TOWNS[i % len(TOWNS)]
            a, b = ACTORS[i % 5], ACTORS[(i + 2) % 5]
            text = (f"{a.capitalize()} attacked {b} near {town}, {country}, on Monday, killing {i % 9 + 2} people, "
                    f"officials said. Report {i}.")
            if i in poison:
                text += " POISON"
            handle.write(json.dumps({"id": f"r{i}", "text": text, "date": f"2019-03-{i % 27 + 1:02d}"}) + "\n")


def snapshot(url: str) -> tuple[list[str], list[tuple[str, tuple[str, ...]]]]:
    with open_store(url) as store:
        docs = sorted(d.id for d in store.documents())
        events = sorted((e.id, tuple(sorted(s.document_id for s in e.sources))) for e in store.events())
    return docs, events


class PoisonedPipeline:
    """The real pipeline, except that it raises on documents containing POISON."""

    version = "test-poison.1"

    def __init__(self) -> None:
        from eventwire.pipeline import Pipeline

        self.inner = Pipeline()

    def run(self, document):  # type: ignore[no-untyped-def]
        if "POISON" in document.text:
            raise RuntimeError("tokenizer exploded")
        return self.inner.run(document)


class PoisonedBatchPipeline(PoisonedPipeline):
    """As above, with ``run_many``: one poisoned document makes the whole batch raise."""

    def run_many(self, documents, batch_size=64):  # type: ignore[no-untyped-def]
        documents = list(documents)
        if any("POISON" in d.text for d in documents):
            raise RuntimeError("tokenizer exploded")
        return self.inner.run_many(documents, batch_size=batch_size)


@pytest.mark.parametrize("pipeline", ["test_batch:PoisonedPipeline", "test_batch:PoisonedBatchPipeline"])
def test_failures_are_quarantined_and_bad_input_reported(tmp_path, pipeline):
    corpus = tmp_path / "wire.jsonl"
    write_corpus(corpus, 6, poison={2})
    with corpus.open("a") as handle:
        handle.write("{broken json\n")
    url = f"sqlite:///{tmp_path / 'ew.db'}"
    report = run_batch([corpus, tmp_path / "missing.jsonl"], url, pipeline=pipeline, id_field="id")
    assert report.documents == 5
    assert [(s.source.rsplit("/", 1)[-1], s.code) for s in report.skipped] == [
        ("wire.jsonl:7", "EW106"), ("missing.jsonl", "EW101"),
    ]
    (failure,) = report.failures
    assert failure.quarantined and "tokenizer exploded" in failure.reason
    with open_store(url) as store:
        assert store.count_documents() == 5
        (row,) = store.quarantined()
        assert row["document_id"] == failure.document_id and row["source"] == "r2"
    # the next run skips what is stored and retries only the quarantined document
    again = run_batch([corpus], url, pipeline=pipeline)
    assert (again.documents, again.already_done, len(again.failures)) == (0, 5, 1)
    # the chunk around the broken document is stored as one document at a time would be
    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    run_batch([corpus], reference, pipeline="test_batch:PoisonedPipeline", chunk_size=1)
    assert snapshot(url) == snapshot(reference)


def test_a_locked_database_delays_the_batch_but_loses_nothing(tmp_path):
    corpus = tmp_path / "wire.jsonl"
    write_corpus(corpus, 8)
    url = f"sqlite:///{tmp_path / 'ew.db'}"
    open_store(url).close()
    lock = sqlite3.connect(tmp_path / "ew.db", isolation_level=None, check_same_thread=False)
    lock.execute("BEGIN EXCLUSIVE")
    threading.Timer(2.0, lambda: lock.execute("COMMIT")).start()
    report = run_batch([corpus], url, link=False)
    assert (report.documents, report.failures) == (8, [])
    assert len(snapshot(url)[0]) == 8


def test_a_full_database_stops_the_batch_cleanly_and_a_rerun_completes_it(tmp_path):
    """SQLITE_FULL from a real database capped by PRAGMA max_page_count (what a full disk gives)."""
    import sqlalchemy as sa

    corpus = tmp_path / "wire.jsonl"
    write_corpus(corpus, 24)
    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    run_batch([corpus], reference)
    path = tmp_path / "full.db"
    url = f"sqlite:///{path}"
    open_store(url).close()
    with sqlite3.connect(path) as con:
        pages = con.execute("PRAGMA page_count").fetchone()[0]

    def cap(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        files = [row[2] for row in dbapi_conn.execute("PRAGMA database_list")]
        if str(path) in files:
            dbapi_conn.execute(f"PRAGMA max_page_count={pages + 4}")

    sa.event.listen(sa.Engine, "connect", cap)
    try:
        report = run_batch([corpus], url, chunk_size=4)
    finally:
        sa.event.remove(sa.Engine, "connect", cap)
    assert 0 < report.documents < 24
    assert report.stopped is not None and "[EW410]" in report.stopped and str(path) in report.stopped
    assert "run the same command again" in report.stopped
    (failure,) = report.failures
    assert failure.code == "EW410" and not failure.quarantined
    assert report.events_after_linking is None  # linking writes too: skipped
    stored = len(snapshot(url)[0])
    assert stored == report.documents

    # space freed: the same command finishes the job, nothing twice, nothing lost
    rerun = run_batch([corpus], url, chunk_size=4)
    assert (rerun.stopped, rerun.failures, rerun.already_done) == (None, [], stored)
    assert rerun.documents == 24 - stored
    assert snapshot(url) == snapshot(reference)


def test_a_document_the_database_refuses_fails_alone_and_the_rest_of_its_chunk_is_stored(tmp_path):
    corpus = tmp_path / "wire.jsonl"
    write_corpus(corpus, 6)
    with corpus.open("a") as handle:
        handle.write(json.dumps({"id": "bad", "text": "REFUSED. Gunmen attacked a police post near Gao, Mali."}) + "\n")
    path = tmp_path / "ew.db"
    url = f"sqlite:///{path}"
    open_store(url).close()
    with sqlite3.connect(path) as con:
        con.execute("CREATE TRIGGER refuse BEFORE INSERT ON documents WHEN NEW.text LIKE 'REFUSED%' "
                    "BEGIN SELECT RAISE(ABORT, 'refused by the database'); END")
    report = run_batch([corpus], url, chunk_size=8, link=False, id_field="id")
    assert report.documents == 6
    (failure,) = report.failures
    assert "refused by the database" in failure.reason and not failure.quarantined
    assert len(snapshot(url)[0]) == 6


@pytest.mark.slow
@pytest.mark.parametrize("chunk_size", [1, 6])
def test_killed_batch_resumes_to_the_same_store(tmp_path, chunk_size):
    corpus = tmp_path / "wire.jsonl"
    write_corpus(corpus, 60)
    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    run_batch([corpus], reference, chunk_size=1)

    crashed_path = tmp_path / "crashed.db"
    crashed = f"sqlite:///{crashed_path}"
    code = (f"from eventwire.batch import run_batch; "
            f"run_batch([{str(corpus)!r}], {crashed!r}, chunk_size={chunk_size})")
    proc = subprocess.Popen([sys.executable, "-c", code], env={**os.environ})
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        if crashed_path.exists():
            try:
                with sqlite3.connect(crashed_path) as con:
                    stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
            except sqlite3.OperationalError:
                stored = 0
            if stored >= 15:
                break
        time.sleep(0.05)
    assert proc.poll() is None, "the batch finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    half = snapshot(crashed)
    assert 15 <= len(half[0]) < 60

    if chunk_size > 1:
        assert len(half[0]) % chunk_size == 0  # a chunk is stored whole or not at all
    resumed = run_batch([corpus], crashed, chunk_size=1)
    assert resumed.already_done == len(half[0]) and resumed.documents == 60 - len(half[0])
    assert snapshot(crashed) == snapshot(reference)


@pytest.mark.slow
def test_dask_local_cluster_gives_the_same_store_as_one_process(tmp_path):
    pytest.importorskip("distributed")
    corpus = tmp_path / "wire.jsonl"
    write_corpus(corpus, 24)
    local = f"sqlite:///{tmp_path / 'local.db'}"
    dask = f"sqlite:///{tmp_path / 'dask.db'}"
    run_batch([corpus], local)
    report = run_batch([corpus], dask, engine="dask", workers=2, chunk_size=4)
    assert (report.documents, report.failures, report.engine) == (24, [], "dask")
    assert snapshot(dask) == snapshot(local)


def parquet_snapshot(out) -> tuple[list[str], list[tuple[str, tuple[str, ...]]]]:  # type: ignore[no-untyped-def]
    import polars as pl

    from eventwire.model import Event

    docs = pl.read_parquet(out / "documents.parquet").filter(pl.col("status") == "stored")["id"].to_list()
    events = [Event.model_validate_json(j) for j in pl.read_parquet(out / "events.parquet")["json"].to_list()]
    return sorted(docs), sorted((e.id, tuple(sorted(s.document_id for s in e.sources))) for e in events)


@pytest.mark.slow
def test_dask_workers_write_parquet_parts_merged_into_what_the_database_holds(tmp_path):
    pytest.importorskip("distributed")
    corpus = tmp_path / "wire.jsonl"
    write_corpus(corpus, 24)
    local = f"sqlite:///{tmp_path / 'local.db'}"
    run_batch([corpus], local)
    out = tmp_path / "parquet"
    report = run_batch([corpus], engine="dask", workers=2, chunk_size=4, out_parquet=out)
    assert (report.documents, report.failures, report.engine) == (24, [], "dask")
    assert len(list((out / "parts").glob("*.documents.parquet"))) == 6  # one part per task
    assert not list(out.rglob("*.tmp"))
    assert parquet_snapshot(out) == snapshot(local)
    assert report.events_after_linking == len(snapshot(local)[1]) == report.merged.events_after
    # a second run finds everything done and writes no new part
    again = run_batch([corpus], engine="dask", workers=2, chunk_size=4, out_parquet=out)
    assert (again.documents, again.already_done) == (0, 24)
    assert len(list((out / "parts").glob("*.documents.parquet"))) == 6
    assert parquet_snapshot(out) == snapshot(local)


@pytest.mark.slow
def test_parquet_batch_killed_then_resumed_loses_nothing_and_keeps_failures(tmp_path):
    import polars as pl

    corpus = tmp_path / "wire.jsonl"
    write_corpus(corpus, 60, poison={4})  # long enough that the kill lands mid-run
    reference = tmp_path / "reference"
    run_batch([corpus], out_parquet=reference, pipeline="test_batch:PoisonedPipeline", chunk_size=1, id_field="id")

    out = tmp_path / "crashed"
    code = (f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); from eventwire.batch import run_batch; "
            f"run_batch([{str(corpus)!r}], out_parquet={str(out)!r}, pipeline='test_batch:PoisonedPipeline', "
            f"chunk_size=1, id_field='id')")
    proc = subprocess.Popen([sys.executable, "-c", code], env={**os.environ})
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if len(list((out / "parts").glob("*.documents.parquet"))) >= 8:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the batch finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not (out / "events.parquet").exists()
    written = len(list((out / "parts").glob("*.documents.parquet")))

    resumed = run_batch([corpus], out_parquet=out, pipeline="test_batch:PoisonedPipeline", chunk_size=1,
                        id_field="id")
    assert resumed.documents + resumed.already_done == 59  # the poisoned one is retried, fails again
    assert resumed.already_done >= written - 1
    assert parquet_snapshot(out) == parquet_snapshot(reference)
    docs = pl.read_parquet(out / "documents.parquet")
    assert docs.height == 60
    failed = docs.filter(pl.col("status") == "failed")
    assert failed["source"].to_list() == ["r4"] and "tokenizer exploded" in failed["reason"][0]
    assert "POISON" in failed["text"][0]  # the failed document is kept, to retry or inspect
