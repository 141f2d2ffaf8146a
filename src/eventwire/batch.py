"""Batch runs over many documents: in process, in local processes, or on Dask.

    >>> from eventwire.batch import run_batch
    >>> report = run_batch(["news/", "wire.jsonl.gz"], "postgresql://db/events", engine="dask", workers=4)
    >>> report.docs_per_s, report.skipped, report.failures

How it stays correct when things go wrong:

- **Resumable.** The documents of a chunk are saved in one transaction (each document in
  its own when that fails), keyed by their content hash. A re-run skips documents already
  stored with the current pipeline version, so a run killed half way and started again
  ends with the documents and events of an uninterrupted run: nothing lost, nothing twice.
- **Bad input is reported, never dropped.** Readers yield ``Skipped`` for unreadable
  files and records; the report lists them with their code.
- **Failed documents are quarantined.** When the pipeline raises on a document it is kept
  in the store's quarantine table with the reason (and retried by the next run); when the
  store itself fails (locked) after retries, the document is listed as a failure and left
  for the next run.
- **A full database or disk stops the run cleanly.** Retrying cannot help, so the first
  ``StoreFull`` (EW410: SQLite's "database or disk is full", PostgreSQL's disk_full) ends
  the run: chunks in flight finish or stop, no new ones start, linking is skipped, and
  ``report.stopped`` names the database and what to do. Nothing is half stored (a chunk
  or a document is one transaction); run again after freeing space.
- **Workers load the model once.** Each worker process builds its pipeline on first use
  and keeps it (``_state``, one per pipeline name, whatever the store); on Dask every
  worker loads it at the start, all at once. Documents travel in chunks.

The pipeline is named by ``"module:attribute"`` (default ``eventwire.pipeline:Pipeline``),
so worker processes can import it; the module must expose ``PIPELINE_VERSION`` or the
object a ``version`` string.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError, EventwireError, StoreError, StoreFull
from .model import Document
from .readers import Skipped

__all__ = ["BatchReport", "Failure", "Progress", "process_chunk", "process_chunk_parquet", "run_batch"]

DEFAULT_PIPELINE = "eventwire.pipeline:Pipeline"


@dataclass(frozen=True)
class Failure:
    """A document that was read but could not be processed or stored."""

    document_id: str
    source: str | None
    code: str
    reason: str
    quarantined: bool


@dataclass
class Progress:
    documents: int = 0  # processed in this run
    events: int = 0
    errors: int = 0  # skipped inputs and failed documents
    already_done: int = 0
    seconds: float = 0.0

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else 0.0


@dataclass
class BatchReport(Progress):
    duplicates: int = 0  # the same text met twice in this run
    skipped: list[Skipped] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    events_after_linking: int | None = None
    workers: int = 1
    engine: str = "local"
    stopped: str | None = None  # why the run ended early (a full database), with what to do
    merged: Any = None  # out_parquet runs: the ``MergeReport`` of the final merge


# -- worker side -------------------------------------------------------------------
_state: dict[str, Any] = {}


def _load_factory(spec: str) -> Any:
    module_name, _, attr = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
        return module, getattr(module, attr or "Pipeline")
    except (ImportError, AttributeError) as exc:
        raise ConfigError(f"cannot load the pipeline {spec!r}: {exc}") from None


def pipeline_version(spec: str) -> str:
    module, factory = _load_factory(spec)
    version = getattr(factory, "version", None)
    if not isinstance(version, str):
        version = getattr(module, "PIPELINE_VERSION", None)
    if not isinstance(version, str):
        raise ConfigError(f"the pipeline {spec!r} has no version (PIPELINE_VERSION or .version)")
    return version


def _pipeline(spec: str) -> Any:
    """This process's pipeline for ``spec``, built on first use and kept."""
    pipeline = _state.get(f"pipeline|{spec}")
    if pipeline is None:
        pipeline = _state[f"pipeline|{spec}"] = _load_factory(spec)[1]()
    return pipeline


def _worker(spec: str, db_url: str) -> tuple[Any, Any]:
    """This process's pipeline for ``spec`` (built once, whatever the store) and store for ``db_url``."""
    pipeline = _pipeline(spec)
    store = _state.get(f"store|{db_url}")
    if store is None:
        from .store import open_store

        store = _state[f"store|{db_url}"] = open_store(db_url)
    return pipeline, store


def _warm(spec: str, db_url: str | None) -> None:
    """Build this process's pipeline (and open its store) before the first chunk arrives."""
    if db_url is None:
        _pipeline(spec)
    else:
        _worker(spec, db_url)


def _forget_store(db_url: str) -> None:
    """Drop this process's connections to ``db_url`` (after it filled up: reconnect next time)."""
    store = _state.pop(f"store|{db_url}", None)
    if store is not None and not db_url.startswith("memory:"):
        store.close()


def _display_url(url: str) -> str:
    try:
        import sqlalchemy as sa

        from .store.sql import normalise_url

        return sa.make_url(normalise_url(url)).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - only for a message
        return url


def _is_full(exc: BaseException) -> bool:
    """SQLITE_FULL (13), PostgreSQL disk_full (53100) or ENOSPC behind a StoreError."""
    import errno

    orig = getattr(exc.__cause__, "orig", None)
    if getattr(orig, "sqlite_errorcode", None) == 13 or getattr(orig, "sqlstate", None) == "53100":
        return True
    if isinstance(orig, OSError) and orig.errno == errno.ENOSPC:
        return True
    text = str(exc).lower()
    return "database or disk is full" in text or "no space left on device" in text


def _save(store: Any, result: Any, version: str, attempts: int = 4) -> list[str]:
    for attempt in range(attempts):
        try:
            ids: list[str] = store.save(result, pipeline_version=version)
            return ids
        except StoreError as exc:
            if _is_full(exc):
                reason = str(getattr(exc.__cause__, "orig", None) or exc.detail)
                raise StoreFull(reason.strip(), source=_display_url(store.url)) from exc
            if attempt == attempts - 1:
                raise
            time.sleep(0.5 * 2**attempt)
    raise AssertionError("unreachable")


def _results(pipeline: Any, chunk: list[tuple[Document, str | None]]) -> list[Any]:
    """The pipeline's result (or the exception it raised) for each document of the chunk, in order.

    The chunk is parsed in one ``run_many`` call when the pipeline has it (spaCy's
    ``nlp.pipe``: about a third more documents per CPU second than one ``run`` each, same
    results); if that raises, each document runs alone so only the broken one fails.
    """
    run_many = getattr(pipeline, "run_many", None)
    if run_many is not None and len(chunk) > 1:
        try:
            results = list(run_many([doc for doc, _ in chunk], batch_size=len(chunk)))
            if len(results) == len(chunk):
                return results
        except Exception:  # noqa: BLE001, S110 - found below, one document at a time
            pass
    outcomes: list[Any] = []
    for document, _ in chunk:
        try:
            outcomes.append(pipeline.run(document))
        except Exception as exc:  # noqa: BLE001 - one broken document must not end the batch
            outcomes.append(exc)
    return outcomes


def process_chunk(
    chunk: list[tuple[Document, str | None]], db_url: str, spec: str = DEFAULT_PIPELINE, version: str | None = None
) -> dict[str, Any]:
    """Run and store one chunk of documents (runs on a worker). Returns counts and failures.

    The chunk's results are saved in one transaction (``Store.save_many``: one commit per
    chunk, not two per document). If that fails, nothing of it is stored and each document
    is saved alone (with retries), so one that cannot be stored is the only one lost to
    this run, and a full database stops the run at the document that did not fit.
    """
    pipeline, store = _worker(spec, db_url)
    version = version or pipeline_version(spec)
    failures: list[Failure] = []
    ready: list[tuple[Document, str | None, Any]] = []
    for (document, source), result in zip(chunk, _results(pipeline, chunk), strict=True):
        if isinstance(result, Exception):
            failures.append(_quarantine(store, document, source, result, version))
        else:
            ready.append((document, source, result))
    if len(ready) > 1:
        try:
            saved = store.save_many([result for *_, result in ready], pipeline_version=version)
        except EventwireError:
            pass  # found below, one document at a time
        else:
            return {"processed": len(ready), "events": sum(len(ids) for ids in saved), "failures": failures}
    processed, events = 0, 0
    for position, (document, source, result) in enumerate(ready):
        try:
            events += len(_save(store, result, version))
            processed += 1
        except StoreFull as exc:
            failures.append(Failure(document.id, source, exc.code, exc.message, False))
            _forget_store(db_url)
            return {"processed": processed, "events": events, "failures": failures, "stopped": exc.message,
                    "left": len(ready) - position - 1}
        except EventwireError as exc:
            failures.append(Failure(document.id, source, exc.code, exc.message, False))
            continue
        try:
            store.release(document.id)
        except EventwireError:
            pass
    return {"processed": processed, "events": events, "failures": failures}


def _quarantine(store: Any, document: Document, source: str | None, exc: Exception, version: str) -> Failure:
    """Keep a document the pipeline raised on in the store's quarantine, with the reason."""
    code = getattr(exc, "code", "EW000")
    reason = f"{type(exc).__name__}: {exc}"
    quarantined = True
    try:
        store.quarantine(document, source=source, code=code, reason=reason, pipeline_version=version)
    except EventwireError:
        quarantined = False
    return Failure(document.id, source, code, reason, quarantined)


def process_chunk_parquet(
    chunk: list[tuple[Document, str | None]], out_dir: str, spec: str = DEFAULT_PIPELINE, version: str | None = None
) -> dict[str, Any]:
    """Run one chunk of documents and write it as one Parquet part (``eventwire.export.partitions``).

    Failed documents go into the part's manifest with the reason (the Parquet quarantine);
    if the part cannot be written, no document of the chunk counts as done.
    """
    import errno

    from .export.partitions import write_part
    from .store.base import with_source

    pipeline = _pipeline(spec)
    version = version or pipeline_version(spec)
    rows: list[tuple[Any, ...]] = []
    failures = []
    for (document, source), result in zip(chunk, _results(pipeline, chunk), strict=True):
        if isinstance(result, Exception):
            code, reason = getattr(result, "code", "EW000"), f"{type(result).__name__}: {result}"
            rows.append((document, source, "failed", code, reason, []))
            failures.append(Failure(document.id, source, code, reason, True))
            continue
        rows.append((document, source, "stored", None, None, [with_source(e, document) for e in result.events]))
    try:
        write_part(out_dir, version, rows)
    except OSError as exc:
        message = f"cannot write a part in {out_dir}: {exc.strerror or exc}"
        lost = [Failure(doc.id, source, "EW400", message, False) for doc, source, *_ in rows]
        outcome: dict[str, Any] = {"processed": 0, "events": 0, "failures": lost}
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            outcome["stopped"] = StoreFull(exc.strerror or "no space left on device", source=str(out_dir)).message
        return outcome
    stored = [r for r in rows if r[2] == "stored"]
    return {"processed": len(stored), "events": sum(len(r[5]) for r in stored), "failures": failures}


# -- driver side -------------------------------------------------------------------
def _chunks(
    items: Iterable[Document | Skipped], report: BatchReport, done: dict[str, str], version: str, size: int
) -> Iterator[list[tuple[Document, str | None]]]:
    from .store.base import is_newer

    seen: set[str] = set()
    chunk: list[tuple[Document, str | None]] = []
    for item in items:
        if isinstance(item, Skipped):
            report.skipped.append(item)
            report.errors += 1
            continue
        if item.id in seen:
            report.duplicates += 1
            continue
        seen.add(item.id)
        stored = done.get(item.id)
        if stored is not None and not is_newer(version, stored):
            report.already_done += 1
            continue
        chunk.append((item, item.url or item.external_id))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _tally(report: BatchReport, outcome: dict[str, Any], started: float,
           on_progress: Callable[[BatchReport], None] | None) -> None:
    if outcome.get("stopped") and report.stopped is None:
        report.stopped = outcome["stopped"]
    report.documents += outcome["processed"]
    report.events += outcome["events"]
    report.failures.extend(outcome["failures"])
    report.errors += len(outcome["failures"])
    report.seconds = time.perf_counter() - started
    if on_progress is not None:
        on_progress(report)


def _until_stopped(chunks: Iterator[Any], report: BatchReport) -> Iterator[Any]:
    for chunk in chunks:
        if report.stopped is not None:
            return
        yield chunk


class _Executor:
    """submit(chunk) -> future; results() yields finished outcomes. Bounded in flight."""

    def __init__(self, engine: str, workers: int, scheduler: str | None) -> None:
        self.engine = engine
        self.pending: list[Any] = []
        self.limit = max(2, workers * 2)
        self.client: Any = None
        self.pool: Any = None
        if engine == "dask":
            try:
                from distributed import Client, LocalCluster
            except ImportError:
                from .errors import MissingExtra

                raise MissingExtra("--engine dask", extra="dask") from None
            if scheduler:
                self.client = Client(scheduler)
            else:
                cluster = LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                    silence_logs=40,
                )
                self.client = Client(cluster)
        elif engine == "local" and workers > 1:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
        elif engine != "local":
            from .errors import UnknownName

            raise UnknownName(f"no batch engine {engine!r}; use local or dask")

    def warm(self, spec: str, db_url: str | None) -> None:
        """Load the pipeline on every Dask worker at once, before any chunk is sent.

        Otherwise each worker loads it inside its first task, and the first chunks wait on the
        loads one after the other as the scheduler hands them out.
        """
        if self.client is not None:
            self.client.run(_warm, spec, db_url)

    def run(self, chunks: Iterator[Any], args: tuple[Any, ...], task: Callable[..., dict[str, Any]]
            ) -> Iterator[dict[str, Any]]:
        if self.client is None and self.pool is None:
            for chunk in chunks:
                yield task(chunk, *args)
            return
        if self.client is not None:
            from distributed import as_completed

            flow = as_completed()
            inflight = 0
            for chunk in chunks:
                flow.add(self.client.submit(task, chunk, *args, pure=False))
                inflight += 1
                while inflight >= self.limit:
                    yield next(flow).result()
                    inflight -= 1
            for future in flow:
                yield future.result()
            return
        from concurrent.futures import FIRST_COMPLETED, wait

        pending: set[Any] = set()
        for chunk in chunks:
            pending.add(self.pool.submit(task, chunk, *args))
            while len(pending) >= self.limit:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    yield future.result()
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                yield future.result()

    def close(self) -> None:
        if self.client is not None:
            cluster = self.client.cluster
            self.client.close()
            if cluster is not None:
                cluster.close()
        if self.pool is not None:
            self.pool.shutdown()


def run_batch(
    sources: str | Path | Iterable[str | Path],
    db_url: str | None = None,
    *,
    engine: str = "local",
    workers: int = 1,
    scheduler: str | None = None,
    format: str | None = None,
    chunk_size: int = 8,
    pipeline: str = DEFAULT_PIPELINE,
    link: bool = True,
    on_progress: Callable[[BatchReport], None] | None = None,
    out_parquet: str | Path | None = None,
    **reader_options: Any,
) -> BatchReport:
    """Read ``sources``, run the pipeline on every new document and store the results.

    ``engine="local"`` runs in this process (``workers=1``) or in ``workers`` processes;
    ``engine="dask"`` on a Dask LocalCluster of ``workers``, or on ``scheduler`` when given.
    ``link`` merges reports of one event across documents at the end (``eventwire.link``).
    ``out_parquet=DIR`` writes no database: each task writes its own Parquet part under
    ``DIR/parts``, merged at the end into ``DIR/events.parquet`` and ``DIR/documents.parquet``
    (``eventwire.export.partitions``); resumable the same way.
    """
    from . import settings
    from .readers import read
    from .store import open_store

    if out_parquet is not None:
        if db_url is not None:
            raise ConfigError("give a database URL or out_parquet, not both")
        return _run_parquet(sources, Path(out_parquet), engine=engine, workers=workers, scheduler=scheduler,
                            format=format, chunk_size=chunk_size, pipeline=pipeline, link=link,
                            on_progress=on_progress, **reader_options)
    url = db_url or settings.default_db_url()
    if (workers > 1 or engine == "dask") and url.startswith("memory:"):
        raise ConfigError("a memory store lives in one process; use a database URL with several workers")
    version = pipeline_version(pipeline)
    report = BatchReport(workers=workers, engine=engine)
    started = time.perf_counter()
    store = open_store(url)  # migrates once, before any worker opens it
    try:
        done = store.stored_versions() if hasattr(store, "stored_versions") else {
            d.id: store.pipeline_version(d.id) for d in store.documents()
        }
        if url.startswith("memory:"):
            _state[f"store|{url}"] = store
        executor = _Executor(engine, workers, scheduler)
        try:
            executor.warm(pipeline, url)
            chunks = _until_stopped(
                _chunks(read(sources, format, **reader_options), report, done, version, chunk_size), report
            )
            for outcome in executor.run(chunks, (url, pipeline, version), process_chunk):
                _tally(report, outcome, started, on_progress)
        finally:
            executor.close()
        if link and report.stopped is None:
            from .link import link_store

            link_store(store)
            report.events_after_linking = store.count_events()
    finally:
        store.close()
        if url.startswith("memory:"):
            _state.pop(f"store|{url}", None)
    report.seconds = time.perf_counter() - started
    return report


def _run_parquet(
    sources: Any, out: Path, *, engine: str, workers: int, scheduler: str | None, format: str | None,
    chunk_size: int, pipeline: str, link: bool, on_progress: Callable[[BatchReport], None] | None,
    **reader_options: Any,
) -> BatchReport:
    """``run_batch`` into per-partition Parquet under ``out``, merged at the end."""
    from .export.partitions import done_documents, merge_parts
    from .readers import read

    version = pipeline_version(pipeline)
    report = BatchReport(workers=workers, engine=engine)
    started = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    done = done_documents(out)
    executor = _Executor(engine, workers, scheduler)
    try:
        executor.warm(pipeline, None)
        chunks = _until_stopped(
            _chunks(read(sources, format, **reader_options), report, done, version, chunk_size), report
        )
        for outcome in executor.run(chunks, (str(out), pipeline, version), process_chunk_parquet):
            _tally(report, outcome, started, on_progress)
    finally:
        executor.close()
    if report.stopped is None:
        merged = merge_parts(out, link=link)
        report.merged = merged
        if link:
            report.events_after_linking = merged.events_after
    report.seconds = time.perf_counter() - started
    return report
