"""Exports: ACLED CSV, UCDP GED-style CSV, GeoJSON, JSONL and Parquet, in a registry.

    >>> from eventwire.export import export, to_frame
    >>> export(store, "acled", "events.csv", country="Syria", start="2018-07-01")
    >>> frame = to_frame(store, event_type="Battles", start="2019-01-01")  # polars
    >>> frame = to_frame(store, library="pandas", bbox="36,35,37,36")      # needs pandas
    >>> from eventwire.export.partitions import read_documents, read_events  # a batch --out-parquet DIR
    >>> export(read_events("run/"), "acled", "run.csv", documents=read_documents("run/"))

Writers are registered as ``eventwire.<format>.v1`` in ``registry.exporters``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ExportError, MissingExtra, UnknownName
from ..model import Document, Event
from ._rows import ACLED_COLUMNS, FLAT_COLUMNS, UCDP_COLUMNS

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["ACLED_COLUMNS", "FLAT_COLUMNS", "FORMATS", "UCDP_COLUMNS", "export", "register", "to_frame"]

FORMATS: dict[str, str] = {
    "acled": "eventwire.acled.v1",
    "ucdp": "eventwire.ucdp.v1",
    "geojson": "eventwire.geojson.v1",
    "jsonl": "eventwire.jsonl.v1",
    "parquet": "eventwire.parquet.v1",
}
_BINARY = {"parquet"}


def to_frame(events: Store | Iterable[Event], *, library: str = "polars", **filters: Any) -> Any:
    """A polars (default) or pandas DataFrame of the events, one row each (``FLAT_COLUMNS``).

    ``events`` is a store (selected by ``filters``: start, end, country, event_type, bbox ...)
    or any iterable of events (filtered the same way).
    """
    from ._rows import flat_row

    events = _select(events, filters)

    try:
        import polars as pl
    except ImportError:
        raise MissingExtra("data frames", extra="export") from None
    schema = {
        "assoc_actors": pl.List(pl.String), "document_ids": pl.List(pl.String), "urls": pl.List(pl.String),
        "date_start": pl.Date, "date_end": pl.Date, "latitude": pl.Float64, "longitude": pl.Float64,
        "fatalities_best": pl.Int64, "fatalities_low": pl.Int64, "fatalities_high": pl.Int64,
        "date_precision": pl.Int64, "where_prec": pl.Int64, "confidence": pl.Float64, "n_sources": pl.Int64,
    }
    frame = pl.DataFrame(
        [flat_row(e) for e in events],
        schema={c: schema.get(c, pl.String) for c in FLAT_COLUMNS},
        orient="row",
    )
    if library == "pandas":
        try:
            return frame.to_pandas()
        except (ImportError, ModuleNotFoundError):
            raise MissingExtra("pandas frames (pip install pandas)", extra="export") from None
    if library != "polars":
        raise UnknownName(f"no frame library {library!r}; use polars or pandas")
    return frame


def _select(events: Store | Iterable[Event], filters: Mapping[str, Any]) -> Iterable[Event]:
    """The events a store or an iterable holds that match ``filters`` (none: all of them)."""
    from ..store import EventFilter, Store

    if isinstance(events, Store):
        return events.events(**filters)
    if all(v is None for v in filters.values()):
        return events
    flt = EventFilter.build(**filters)
    selected = [e for e in events if flt.matches(e)]
    return selected[: flt.limit] if flt.limit is not None else selected


def export(
    events: Store | Iterable[Event],
    format: str,
    out: str | Path | Any = "-",
    *,
    documents: Mapping[str, Document] | None = None,
    **filters: Any,
) -> int:
    """Write events (a store, filtered by ``filters``, or any iterable) in ``format`` to ``out``.

    ``out`` is a path, ``-`` for stdout, or an open stream. Returns the number of events.
    """
    from ..registry import registry
    from ..store import Store

    if format not in FORMATS:
        raise UnknownName(f"no export format {format!r}; formats are {', '.join(FORMATS)}")
    writer = registry.get("exporters", FORMATS[format])
    selected = _select(events, filters)
    if isinstance(events, Store) and documents is None and format in ("acled", "ucdp"):
        documents = {d.id: d for d in events.documents()}
    binary = format in _BINARY
    if out in ("-", None):
        if binary:
            raise ExportError(f"{format} is binary; give -o FILE")
        return int(writer(selected, sys.stdout, documents))
    if isinstance(out, (str, Path)):
        path = Path(out)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(path.name + ".part")
            if binary:
                count = int(writer(selected, str(tmp), documents))
            else:
                with tmp.open("w", encoding="utf-8", newline="") as handle:
                    count = int(writer(selected, handle, documents))
            tmp.replace(path)
        except OSError as exc:
            raise ExportError(f"cannot write {path}: {exc.strerror or exc}", source=str(path)) from None
        return count
    return int(writer(selected, out, documents))


def register(registry) -> None:  # type: ignore[no-untyped-def]
    from . import writers

    registry.exporters.register("eventwire.acled.v1", func=writers.write_acled)
    registry.exporters.register("eventwire.ucdp.v1", func=writers.write_ucdp)
    registry.exporters.register("eventwire.geojson.v1", func=writers.write_geojson)
    registry.exporters.register("eventwire.jsonl.v1", func=writers.write_jsonl)
    registry.exporters.register("eventwire.parquet.v1", func=writers.write_parquet)
