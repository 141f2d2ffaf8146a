"""``eventwire ingest``, ``export``, ``batch`` and ``link``: thin wrappers over the library."""

from __future__ import annotations

from typing import Optional

import typer

from ._app import app, eval_app  # noqa: F401

__all__ = ["batch", "export", "ingest", "link"]


def _reader_options(
    published: Optional[str], text_field: Optional[str], date_field: Optional[str], id_field: Optional[str],
    url_field: Optional[str], max_bytes: Optional[int],
) -> dict[str, object]:
    options = {"published": published, "text_field": text_field, "date_field": date_field, "id_field": id_field,
               "url_field": url_field, "max_bytes": max_bytes}
    return {k: v for k, v in options.items() if v is not None}


_DB = typer.Option(None, "--db", help="Database URL (sqlite:///path, postgresql://...); default: SQLite in the user data dir.")
_FORMAT_IN = typer.Option(None, "--format", help="Input format: text, html, feed, jsonl, csv (default: detected).")
_TEXT = typer.Option(None, "--text-field", help="JSONL/CSV field holding the article text (default: text).")
_DATE = typer.Option(None, "--date-field", help="JSONL/CSV field holding the publication date.")
_ID = typer.Option(None, "--id-field", help="JSONL/CSV field holding the corpus's own id.")
_URL = typer.Option(None, "--url-field", help="JSONL/CSV field holding the article URL (default: url).")
_PUB = typer.Option(None, "--published", help="Publication date YYYY-MM-DD for inputs that carry none.")
_MAX = typer.Option(None, "--max-bytes", help="Largest document accepted, in bytes.")


def _print_report(report) -> None:  # type: ignore[no-untyped-def]
    from rich.console import Console
    from rich.table import Table

    console = Console(stderr=True)
    console.print(
        f"{report.documents} documents processed, {report.already_done} already stored, "
        f"{report.duplicates} duplicates, {report.events} events"
        + (f" ({report.events_after_linking} after linking)" if report.events_after_linking is not None else "")
        + f", {report.docs_per_s:.1f} docs/s"
    )
    if report.skipped or report.failures:
        table = Table(title=f"{len(report.skipped)} skipped, {len(report.failures)} failed")
        for column in ("what", "code", "reason"):
            table.add_column(column, overflow="fold")
        for item in report.skipped:
            table.add_row(item.source, item.code, item.reason)
        for failure in report.failures:
            label = "quarantined" if failure.quarantined else "not stored"
            table.add_row(f"{failure.source or failure.document_id} ({label})", failure.code, failure.reason)
        console.print(table)
    if report.stopped:
        console.print(f"stopped early: {report.stopped}", markup=False)
    merged = getattr(report, "merged", None)
    if merged is not None:
        console.print(f"{merged.parts} parts merged: {merged.events_after} events in {merged.events_path}, "
                      f"{merged.documents} documents ({merged.failed} failed) in {merged.documents_path}",
                      markup=False)


@app.command("batch")
def batch(
    paths: list[str] = typer.Argument(..., help="Files, directories, globs, URLs or - (stdin)."),
    db: Optional[str] = _DB,
    workers: int = typer.Option(1, "--workers", min=1, help="Worker processes."),
    engine: str = typer.Option("local", "--engine", help="local or dask."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (tcp://host:8786)."),
    fmt: Optional[str] = _FORMAT_IN,
    text_field: Optional[str] = _TEXT,
    date_field: Optional[str] = _DATE,
    id_field: Optional[str] = _ID,
    url_field: Optional[str] = _URL,
    published: Optional[str] = _PUB,
    max_bytes: Optional[int] = _MAX,
    chunk_size: int = typer.Option(8, "--chunk-size", min=1, help="Documents per task."),
    no_link: bool = typer.Option(False, "--no-link", help="Do not merge reports of one event across documents."),
    interactions: bool = typer.Option(False, "--interactions", help="Also code and store verbal interactions "
                                      "(PLOVER/CAMEO only, not ACLED events)."),
    out_parquet: Optional[str] = typer.Option(
        None, "--out-parquet", help="Write no database: one Parquet part per task in DIR/parts, merged at the end "
        "into DIR/events.parquet and DIR/documents.parquet."),
) -> None:
    """Run the pipeline over many documents into a store (or Parquet parts); resumable, with a progress bar.

    Skipped inputs and failed (quarantined) documents are listed at the end; exit code 1
    when there were any.

    Example:

        eventwire batch news/ wire.jsonl.gz --db postgresql://localhost/events --engine dask --workers 4
        eventwire batch wire.jsonl.gz --engine dask --workers 2 --out-parquet runs/2024-03
    """
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from ..batch import run_batch

    if engine == "dask" and scheduler is None and workers == 1:
        workers = 2
    columns = (TextColumn("[bold]batch"), BarColumn(),
               TextColumn("{task.fields[docs]} docs · {task.fields[events]} events · {task.fields[errors]} errors · "
                          "{task.fields[rate]:.1f} docs/s"), TimeElapsedColumn())
    with Progress(*columns, transient=False) as progress:
        task = progress.add_task("batch", total=None, docs=0, events=0, errors=0, rate=0.0)

        def show(report) -> None:  # type: ignore[no-untyped-def]
            progress.update(task, docs=report.documents, events=report.events, errors=report.errors,
                            rate=report.docs_per_s)

        report = run_batch(
            paths, db, engine=engine, workers=workers, scheduler=scheduler, format=fmt, chunk_size=chunk_size,
            link=not no_link, on_progress=show, out_parquet=out_parquet,
            **({"pipeline": "eventwire.pipeline:with_interactions"} if interactions else {}),
            **_reader_options(published, text_field, date_field, id_field, url_field, max_bytes),
        )
        show(report)
    _print_report(report)
    if report.skipped or report.failures or report.stopped:
        raise typer.Exit(1)


@app.command("ingest")
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, directories, globs, URLs or - (stdin)."),
    db: Optional[str] = _DB,
    fmt: Optional[str] = _FORMAT_IN,
    text_field: Optional[str] = _TEXT,
    date_field: Optional[str] = _DATE,
    id_field: Optional[str] = _ID,
    url_field: Optional[str] = _URL,
    published: Optional[str] = _PUB,
    max_bytes: Optional[int] = _MAX,
) -> None:
    """Read documents, extract their events and store them (in this process, then link).

    Example:

        eventwire ingest article.html feed.xml --db sqlite:///events.db
    """
    from ..batch import run_batch

    report = run_batch(paths, db, format=fmt,
                       **_reader_options(published, text_field, date_field, id_field, url_field, max_bytes))
    _print_report(report)
    if report.skipped or report.failures or report.stopped:
        raise typer.Exit(1)


@app.command("export")
def export(
    fmt: str = typer.Option(..., "--format", help="acled, ucdp, geojson, jsonl or parquet."),
    db: Optional[str] = _DB,
    output: str = typer.Option("-", "-o", "--output", help="Output file; - for stdout (not for parquet)."),
    start: Optional[str] = typer.Option(None, "--start", help="Events on or after YYYY-MM-DD."),
    end: Optional[str] = typer.Option(None, "--end", help="Events on or before YYYY-MM-DD."),
    country: Optional[str] = typer.Option(None, "--country", help="Country name or ISO3."),
    event_type: Optional[str] = typer.Option(None, "--event-type", help="ACLED event type."),
    bbox: Optional[str] = typer.Option(None, "--bbox", help="min_lon,min_lat,max_lon,max_lat."),
    from_parquet: Optional[str] = typer.Option(
        None, "--from-parquet", help="Read the events of a `batch --out-parquet DIR` run instead of a database."),
) -> None:
    """Export stored events as ACLED or UCDP CSV, GeoJSON, JSONL or Parquet.

    Example:

        eventwire export --db sqlite:///events.db --format acled --country Syria -o syria.csv
        eventwire export --from-parquet runs/2024-03 --format acled --start 2024-03-01 -o march.csv
    """
    import sys

    from ..export import export as run_export
    from ..store import open_store

    filters = {"start": start, "end": end, "country": country, "event_type": event_type, "bbox": bbox}
    if from_parquet is not None:
        from ..export.partitions import read_documents, read_events

        count = run_export(read_events(from_parquet), fmt, output, documents=read_documents(from_parquet), **filters)
    else:
        with open_store(db) as store:
            count = run_export(store, fmt, output, **filters)
    if output != "-":
        print(f"{count} events written to {output}", file=sys.stderr)


@app.command("link")
def link(db: Optional[str] = _DB) -> None:
    """Merge stored reports of one real-world event into one event with all its sources.

    Example:

        eventwire link --db sqlite:///events.db
    """
    from ..link import link_store
    from ..store import open_store

    with open_store(db) as store:
        report = link_store(store)
    typer.echo(f"{report.events_before} events -> {report.events_after} ({len(report.clusters)} merged clusters)")


@eval_app.command("link")
def eval_link(
    path: Optional[str] = typer.Argument(
        None, help="Gold JSONL (id, event, published, text); default: the packaged set."),
    heldout: bool = typer.Option(False, "--heldout", help="Score the packaged held-out set instead of the dev set."),
    grid: bool = typer.Option(True, "--grid/--defaults", help="Also score neighbouring rule settings."),
    errors: bool = typer.Option(True, "--errors/--no-errors", help="List false merges and missed links."),
) -> None:
    """Measure cross-report linking: pairwise precision and recall over differently worded reports.

    Example:

        eventwire eval link --heldout
    """
    from ..eval.link import evaluate_link, format_scores, rule_grid
    from ..link import LinkRules

    source = path or ("heldout" if heldout else None)
    rules = rule_grid() if grid else [LinkRules()]
    typer.echo(format_scores(evaluate_link(source, rules=rules), errors=errors))
