"""Exports: ACLED CSV, UCDP GED-style CSV, GeoJSON, JSONL and Parquet, in a registry.

    >>> from eventwire.export import export, to_frame
    >>> export(store, "acled", "events.csv", country="Syria", start="2018-07-01")
    >>> frame = to_frame(store.events(event_type="Battles"))          # polars
    >>> frame = to_frame(store.events(), library="pandas")             # needs pandas

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


def to_frame(events: Iterable[Event], *, library: str = "polars") -> Any:
    """A polars (default) or pandas DataFrame of the events, one row each (``FLAT_COLUMNS``)."""
    from ._rows import flat_row

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
    from ..store import EventFilter, Store

    if format not in FORMATS:
        raise UnknownName(f"no export format {format!r}; formats are {', '.join(FORMATS)}")
    writer = registry.get("exporters", FORMATS[format])
    if isinstance(events, Store):
        store = events
        selected: Iterable[Event] = store.events(**filters)
        if documents is None and format in ("acled", "ucdp"):
            documents = {d.id: d for d in store.documents()}
    else:
        flt = EventFilter.build(**filters)
        selected = [e for e in events if flt.matches(e)]
        if flt.limit is not None:
            selected = list(selected)[: flt.limit]
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
