"""Per-partition Parquet for batch runs: each task writes its own files, merged after into one.

``eventwire batch ... --out-parquet DIR`` writes no database. Each chunk of documents a
worker processes becomes two files, then ``merge_parts`` makes the dataset::

    DIR/parts/<key>.events.parquet     the chunk's events (``FLAT_COLUMNS``; ``json`` is the whole event)
    DIR/parts/<key>.documents.parquet  its manifest: one row per document (text included), with
                                       status "stored" or "failed" (code, reason), pipeline version
    DIR/events.parquet                 every event, linked across reports (``merge_parts``)
    DIR/documents.parquet              every document once, with its final status

How it stays correct:

- **A part exists only once its manifest does.** Each file is written to ``*.tmp`` and
  renamed; the events file first, the manifest last. A task killed half way leaves no
  manifest, so its documents are not "done" and the next run redoes them.
- **Keys are the chunk's content.** ``<key>`` hashes the chunk's document ids and the
  pipeline version, so a task Dask runs twice writes the same files again, not new ones.
- **Resumable.** ``done_documents(DIR)`` lists stored documents with their version; a rerun
  skips them and retries failed ones (their earlier "failed" rows stay, superseded).
- **Merging picks one part per document** (stored over failed, then the newest pipeline
  version, then the part key), and only that part's events; nothing is counted twice.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import Document, Event

__all__ = [
    "MANIFEST_COLUMNS", "MergeReport", "done_documents", "merge_parts", "part_key", "read_documents", "read_events",
    "write_part",
]

MANIFEST_COLUMNS: tuple[str, ...] = (
    "id", "source", "url", "title", "published", "language", "source_name", "external_id", "text",
    "pipeline_version", "status", "code", "reason", "n_events", "part",
)


@dataclass
class MergeReport:
    documents: int = 0  # stored documents
    failed: int = 0  # documents whose last attempt failed (kept in documents.parquet)
    events_before: int = 0
    events_after: int = 0
    parts: int = 0
    events_path: Path | None = None
    documents_path: Path | None = None


def part_key(document_ids: Sequence[str], version: str) -> str:
    digest = hashlib.sha256("\n".join([version, *sorted(document_ids)]).encode()).hexdigest()
    return digest[:24]


def _manifest_schema() -> dict[str, Any]:
    import polars as pl

    return {c: (pl.Date if c == "published" else pl.Int64 if c == "n_events" else pl.String)
            for c in MANIFEST_COLUMNS}


def _write_atomic(frame: Any, path: Path) -> None:
    tmp = path.with_name(path.name + ".tmp")
    frame.write_parquet(tmp)
    with open(tmp, "rb") as handle:
        os.fsync(handle.fileno())
    tmp.replace(path)


def write_part(
    out_dir: str | Path,
    version: str,
    rows: Sequence[tuple[Document, str | None, str, str | None, str | None, list[Event]]],
) -> str:
    """Write one chunk: rows of (document, source, status, code, reason, events). Returns the key."""
    import polars as pl

    from . import to_frame

    parts = Path(out_dir) / "parts"
    parts.mkdir(parents=True, exist_ok=True)
    key = part_key([doc.id for doc, *_ in rows], version)
    events = [event for *_, evs in rows for event in evs]
    _write_atomic(to_frame(events), parts / f"{key}.events.parquet")
    manifest = [
        {"id": doc.id, "source": source, "url": doc.url, "title": doc.title, "published": doc.published,
         "language": doc.language, "source_name": doc.source_name, "external_id": doc.external_id, "text": doc.text,
         "pipeline_version": version, "status": status, "code": code, "reason": reason, "n_events": len(evs),
         "part": key}
        for doc, source, status, code, reason, evs in rows
    ]
    _write_atomic(pl.DataFrame(manifest, schema=_manifest_schema(), orient="row"), parts / f"{key}.documents.parquet")
    return key


def _manifests(out_dir: Path) -> Any:
    import polars as pl

    files = sorted((out_dir / "parts").glob("*.documents.parquet"))
    if not files:
        return pl.DataFrame(schema=_manifest_schema())
    return pl.concat([pl.read_parquet(f) for f in files], how="vertical")


def _winners(manifests: Any) -> Any:
    """One row per document: stored over failed, then the newest pipeline version, then the part key."""
    import polars as pl

    from ..store.base import is_newer

    if manifests.height == 0:
        return manifests
    best: dict[str, dict[str, Any]] = {}
    for row in manifests.iter_rows(named=True):
        old = best.get(row["id"])
        if old is None:
            best[row["id"]] = row
            continue
        rank_new = (row["status"] == "stored", row["pipeline_version"], row["part"])
        rank_old = (old["status"] == "stored", old["pipeline_version"], old["part"])
        if rank_new[0] != rank_old[0]:
            better = rank_new[0]
        elif rank_new[1] != rank_old[1]:
            better = is_newer(rank_new[1], rank_old[1])
        else:
            better = rank_new[2] < rank_old[2]
        if better:
            best[row["id"]] = row
    return pl.DataFrame(list(best.values()), schema=_manifest_schema(), orient="row").sort("id")


def done_documents(out_dir: str | Path) -> dict[str, str]:
    """Documents already stored in ``out_dir``'s parts, with their pipeline version (for resuming)."""
    winners = _winners(_manifests(Path(out_dir)))
    return {r["id"]: r["pipeline_version"] for r in winners.iter_rows(named=True) if r["status"] == "stored"}


def _sorted_events(out_dir: Path, winners: Any, batch_rows: int) -> Iterator[Event]:
    """The winning parts' events, by start date (undated last), a slice at a time."""
    import polars as pl

    keep = {(r["part"]) for r in winners.iter_rows(named=True) if r["status"] == "stored"}
    stored = set(winners.filter(pl.col("status") == "stored")["id"].to_list())
    part_of = dict(zip(winners["id"].to_list(), winners["part"].to_list(), strict=True))
    frames = []
    for key in sorted(keep):
        path = out_dir / "parts" / f"{key}.events.parquet"
        if not path.exists():
            continue
        frame = pl.read_parquet(path, columns=["id", "date_start", "document_ids", "json"])
        first = frame["document_ids"].list.first()
        mask = [doc in stored and part_of.get(doc) == key for doc in first.to_list()]
        frames.append(frame.filter(pl.Series(mask, dtype=pl.Boolean)).select("date_start", "id", "json"))
    if not frames:
        return
    merged = pl.concat(frames, how="vertical").sort(["date_start", "id"], nulls_last=True)
    for offset in range(0, merged.height, batch_rows):
        for text in merged["json"].slice(offset, batch_rows).to_list():
            yield Event.model_validate_json(text)


def merge_parts(
    out_dir: str | Path, *, link: bool = True, rules: Any = None, batch_rows: int = 50_000
) -> MergeReport:
    """Merge ``out_dir``'s parts into ``events.parquet`` (linked across reports unless ``link``
    is False) and ``documents.parquet``. Safe to run again: it rewrites both from the parts."""
    import pyarrow.parquet as pq

    from ..link.cluster import link_sorted
    from . import to_frame

    out = Path(out_dir)
    manifests = _manifests(out)
    winners = _winners(manifests)
    report = MergeReport(parts=len(list((out / "parts").glob("*.documents.parquet"))))
    report.documents = sum(1 for s in winners["status"].to_list() if s == "stored")
    report.failed = winners.height - report.documents
    _write_atomic(winners, out / "documents.parquet")
    report.documents_path = out / "documents.parquet"

    def counted(events: Iterable[Event]) -> Iterator[Event]:
        for event in events:
            report.events_before += 1
            yield event

    events = counted(_sorted_events(out, winners, batch_rows))
    linked = link_sorted(events, rules) if link else events
    path = out / "events.parquet"
    tmp = path.with_name(path.name + ".tmp")
    writer = None
    batch: list[Event] = []

    def flush() -> None:
        nonlocal writer, batch
        table = to_frame(batch).to_arrow()
        writer = writer or pq.ParquetWriter(tmp, table.schema)
        writer.write_table(table)
        report.events_after += len(batch)
        batch = []

    try:
        for event in linked:
            batch.append(event)
            if len(batch) >= batch_rows:
                flush()
        if batch or writer is None:
            flush()
    finally:
        if writer is not None:
            writer.close()
    tmp.replace(path)
    report.events_path = path
    return report


def _merged(out_dir: str | Path, name: str) -> Path:
    from ..errors import ExportError

    path = Path(out_dir) / name
    if not path.is_file():
        raise ExportError(f"no {name} here: not the directory of a finished `batch --out-parquet` run",
                          source=str(out_dir))
    return path


def read_documents(out_dir: str | Path) -> dict[str, Document]:
    """The stored documents of a merged dataset (``documents.parquet``), by id."""
    import polars as pl

    frame = pl.read_parquet(_merged(out_dir, "documents.parquet")).filter(pl.col("status") == "stored")
    fields = ("id", "text", "title", "url", "published", "language", "source_name", "external_id")
    docs = (Document(**{k: row[k] for k in fields if row[k] is not None}) for row in frame.iter_rows(named=True))
    return {d.id: d for d in docs}


def read_events(out_dir: str | Path, *, batch_rows: int = 50_000) -> Iterator[Event]:
    """The events of a merged dataset (``events.parquet``), a slice at a time."""
    import pyarrow.parquet as pq

    source = pq.ParquetFile(_merged(out_dir, "events.parquet"))
    for batch in source.iter_batches(batch_size=batch_rows, columns=["json"]):
        for text in batch.column(0).to_pylist():
            yield Event.model_validate_json(text)
