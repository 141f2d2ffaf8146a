"""One writer per format: ``writer(events, out, documents) -> int`` (events written).

``out`` is a text stream for CSV/GeoJSON/JSONL and a path or binary stream for Parquet.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from typing import IO, Any

from ..model import Document, Event
from ._rows import ACLED_COLUMNS, UCDP_COLUMNS, acled_row, flat_row, ucdp_row

__all__ = ["write_acled", "write_geojson", "write_jsonl", "write_parquet", "write_ucdp"]

Docs = Mapping[str, Document] | None


def write_acled(events: Iterable[Event], out: IO[str], documents: Docs = None) -> int:
    """ACLED's 31 columns, in ACLED's order."""
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for n, event in enumerate(events, start=1):
        writer.writerow(acled_row(event, documents))
    return n


def write_ucdp(events: Iterable[Event], out: IO[str], documents: Docs = None) -> int:
    """UCDP GED-style columns (best/low/high, where_prec, date_prec, source_original ...)."""
    writer = csv.DictWriter(out, fieldnames=UCDP_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for n, event in enumerate(events, start=1):
        writer.writerow(ucdp_row(event, documents))
    return n


def _feature(event: Event) -> dict[str, Any]:
    loc = event.location
    geometry = None
    if loc is not None and loc.lat is not None and loc.lon is not None:
        geometry = {"type": "Point", "coordinates": [loc.lon, loc.lat]}
    props = {k: v for k, v in flat_row(event).items() if k not in ("json", "latitude", "longitude")}
    for key in ("date_start", "date_end"):
        props[key] = props[key].isoformat() if props[key] else None
    return {"type": "Feature", "id": event.id, "geometry": geometry, "properties": props}


def write_geojson(events: Iterable[Event], out: IO[str], documents: Docs = None) -> int:
    """A FeatureCollection; events without coordinates have a null geometry."""
    out.write('{"type": "FeatureCollection", "features": [')
    n = 0
    for n, event in enumerate(events, start=1):
        out.write(("\n" if n == 1 else ",\n") + json.dumps(_feature(event), ensure_ascii=False))
    out.write("\n]}\n")
    return n


def write_jsonl(events: Iterable[Event], out: IO[str], documents: Docs = None) -> int:
    """One event JSON (the ``eventwire extract`` shape) per line."""
    n = 0
    for n, event in enumerate(events, start=1):
        out.write(event.model_dump_json() + "\n")
    return n


def write_parquet(events: Iterable[Event], out: Any, documents: Docs = None) -> int:
    """The flat table (see ``to_frame``) as Parquet."""
    from . import to_frame

    frame = to_frame(events)
    frame.write_parquet(out)
    return frame.height
