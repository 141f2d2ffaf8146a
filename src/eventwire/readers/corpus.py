"""JSONL and CSV corpora: one record per line/row, fields chosen by option.

Options: ``text_field`` (default ``text``), ``date_field`` (default: the first of
``published``, ``date``, ``pubdate`` present), ``id_field``, ``url_field`` (default ``url``),
``title_field`` (default ``title``). A record that cannot be read (bad JSON, a short CSV
row, no text, an unreadable date) is yielded as ``Skipped`` naming ``file:line``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator, Mapping
from pathlib import Path

from .. import settings
from ..errors import EmptyInput, EventwireError, InputTooLarge, MalformedInput
from ..model import Document
from ._load import Loaded, load
from .base import Skipped, decode_bytes, make_document, parse_date_lenient, parse_published

__all__ = ["read_csv", "read_jsonl"]

_DATE_FIELDS = ("published", "date", "pubdate", "published_at", "publish_date")
_CORPUS_LIMIT = 2_000_000_000  # a corpus file may be large; each record is checked against max_bytes


def _record(
    record: Mapping[str, object],
    where: str,
    *,
    text_field: str,
    date_field: str | None,
    id_field: str | None,
    url_field: str | None,
    title_field: str | None,
    default_date: dt.date | None,
    language: str,
    source_name: str | None,
    max_bytes: int,
) -> Document:
    if text_field not in record:
        raise MalformedInput(f"no {text_field!r} field (fields: {', '.join(map(str, record)) or 'none'})", source=where)
    text = record[text_field]
    if not isinstance(text, str):
        raise MalformedInput(f"field {text_field!r} is {type(text).__name__}, not text", source=where)
    if not text.strip():
        raise EmptyInput(source=where)
    if len(text.encode("utf-8")) > max_bytes:
        raise InputTooLarge(f"record text is over the limit of {max_bytes:,} bytes", source=where)
    if date_field is None:
        date_field = next((f for f in _DATE_FIELDS if record.get(f)), None)
    published = parse_date_lenient(record.get(date_field), where) if date_field else None

    def field(name: str | None) -> str | None:
        value = record.get(name) if name else None
        return str(value) if value not in (None, "") else None

    return make_document(
        text,
        title=field(title_field),
        url=field(url_field),
        published=published or default_date,
        language=language,
        source=where,
        source_name=source_name,
        external_id=field(id_field),
    )


def _load(source: str | Path | Loaded) -> Loaded:
    return source if isinstance(source, Loaded) else load(str(source), max_bytes=_CORPUS_LIMIT)


def read_jsonl(
    source: str | Path | Loaded,
    *,
    text_field: str = "text",
    date_field: str | None = None,
    id_field: str | None = None,
    url_field: str | None = "url",
    title_field: str | None = "title",
    published: dt.date | str | None = None,
    encoding: str | None = None,
    max_bytes: int | None = None,
    language: str = "en",
    source_name: str | None = None,
) -> Iterator[Document | Skipped]:
    """One JSON object per line."""
    limit = int(settings.get("max_bytes")) if max_bytes is None else max_bytes
    loaded = _load(source)
    text = decode_bytes(loaded.data, loaded.name, encoding=encoding, max_bytes=_CORPUS_LIMIT)
    default = parse_published(published)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{loaded.name}:{number}"
        try:
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise MalformedInput(f"invalid JSON ({exc.msg} at column {exc.colno})", source=where) from None
            if not isinstance(record, dict):
                raise MalformedInput(f"a JSON {type(record).__name__}, not an object", source=where)
            yield _record(
                record, where, text_field=text_field, date_field=date_field, id_field=id_field,
                url_field=url_field, title_field=title_field, default_date=default, language=language,
                source_name=source_name, max_bytes=limit,
            )
        except EventwireError as exc:
            yield Skipped.from_error(exc, where)


def read_csv(
    source: str | Path | Loaded,
    *,
    text_field: str = "text",
    date_field: str | None = None,
    id_field: str | None = None,
    url_field: str | None = "url",
    title_field: str | None = "title",
    published: dt.date | str | None = None,
    encoding: str | None = None,
    max_bytes: int | None = None,
    language: str = "en",
    source_name: str | None = None,
    delimiter: str | None = None,
) -> Iterator[Document | Skipped]:
    """A CSV (or TSV) file with a header row; the delimiter is sniffed unless given."""
    limit = int(settings.get("max_bytes")) if max_bytes is None else max_bytes
    loaded = _load(source)
    text = decode_bytes(loaded.data, loaded.name, encoding=encoding, max_bytes=_CORPUS_LIMIT)
    if delimiter is None:
        delimiter = "\t" if loaded.inner.endswith(".tsv") else ","
    csv.field_size_limit(max(limit * 2, 131072))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise MalformedInput(f"no CSV header row ({exc})", source=loaded.name) from None
    if text_field not in header:
        raise MalformedInput(f"no {text_field!r} column (columns: {', '.join(header)}); pass --text-field",
                             source=loaded.name)
    default = parse_published(published)
    while True:
        where = f"{loaded.name}:{reader.line_num + 1}"
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Skipped.from_error(MalformedInput(f"unreadable CSV row ({exc})", source=where), where)
            continue
        where = f"{loaded.name}:{reader.line_num}"
        if not row:
            continue
        try:
            if len(row) != len(header):
                raise MalformedInput(f"row has {len(row)} fields, the header has {len(header)}", source=where)
            yield _record(
                dict(zip(header, row, strict=True)), where, text_field=text_field, date_field=date_field,
                id_field=id_field, url_field=url_field, title_field=title_field, default_date=default,
                language=language, source_name=source_name, max_bytes=limit,
            )
        except EventwireError as exc:
            yield Skipped.from_error(exc, where)
