"""JSONL and CSV corpora: one record per line/row, fields chosen by option.

Options: ``text_field`` (default ``text``), ``date_field`` (default: the first of
``published``, ``date``, ``pubdate`` present), ``id_field``, ``url_field`` (default ``url``),
``title_field`` (default ``title``). A record that cannot be read (bad JSON, a short CSV
row, no text, an unreadable date) is yielded as ``Skipped`` naming ``file:line``.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path

from .. import settings
from ..errors import BinaryInput, EmptyInput, EncodingProblem, EventwireError, InputTooLarge, MalformedInput
from ..model import Document
from ._load import Loaded, iter_lines, open_stream
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
    language: str | None,
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


def _head(source: str | Path | Loaded) -> bytes:
    """The first 8 KB, checked the way ``decode_bytes`` checks a whole document."""
    stream, name, _ = open_stream(source, max_bytes=_CORPUS_LIMIT)
    with stream:
        try:
            head = stream.read(8192)
        except (OSError, EOFError, zlib.error) as exc:
            raise MalformedInput(f"cannot read it ({type(exc).__name__}: {exc})", source=name) from None
    if not head.strip() and len(head) < 8192:
        raise EmptyInput(source=name)
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BinaryInput("it contains NUL bytes", source=name)
    return head


def _lines(
    source: str | Path | Loaded, encoding: str | None, limit: int
) -> Iterator[tuple[str, str | None, EventwireError | None]]:
    """(where, text line, problem) for each line of a corpus, streamed in bounded memory.

    A line over the size limit or not decodable is reported (``problem``) and the next
    line is read; UTF-16 files (rare) are decoded whole.
    """
    head = _head(source)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) and not encoding:
        stream, name, _ = open_stream(source, max_bytes=_CORPUS_LIMIT)
        with stream:
            text = decode_bytes(stream.read(_CORPUS_LIMIT + 1), name, max_bytes=_CORPUS_LIMIT)
        for number, line in enumerate(text.splitlines(keepends=True), start=1):
            yield f"{name}:{number}", line, None
        return
    stream, name, _ = open_stream(source, max_bytes=_CORPUS_LIMIT)
    codec = encoding or "utf-8"
    with stream:
        for number, raw in iter_lines(stream, name, max_line=2 * limit + 65536, max_total=_CORPUS_LIMIT):
            where = f"{name}:{number}"
            if raw is None:
                yield where, None, InputTooLarge(f"line is over {2 * limit + 65536:,} bytes", source=where)
                continue
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                yield where, raw.decode(codec), None
            except (UnicodeDecodeError, LookupError) as exc:
                yield where, None, EncodingProblem(f"not valid {codec}: {exc}", source=where)


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
    language: str | None = None,
    source_name: str | None = None,
) -> Iterator[Document | Skipped]:
    """One JSON object per line; the file is streamed (any size, bounded memory)."""
    limit = int(settings.get("max_bytes")) if max_bytes is None else max_bytes
    default = parse_published(published)
    for where, line, problem in _lines(source, encoding, limit):
        try:
            if problem is not None:
                raise problem
            assert line is not None
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise MalformedInput(f"invalid JSON ({exc.msg} at column {exc.colno})", source=where) from None
            except RecursionError:
                raise MalformedInput("JSON nested too deeply", source=where) from None
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
    language: str | None = None,
    source_name: str | None = None,
    delimiter: str | None = None,
) -> Iterator[Document | Skipped]:
    """A CSV (or TSV) file with a header row; the delimiter is sniffed unless given. Streamed."""
    limit = int(settings.get("max_bytes")) if max_bytes is None else max_bytes
    name = source.name if isinstance(source, Loaded) else str(source)
    inner = source.inner if isinstance(source, Loaded) else (name[:-3] if name.endswith(".gz") else name)
    if delimiter is None:
        delimiter = "\t" if inner.endswith(".tsv") else ","
    csv.field_size_limit(max(limit * 2, 131072))
    problems: list[EventwireError] = []

    def text_lines() -> Iterator[str]:
        for _, line, problem in _lines(source, encoding, limit):
            if problem is not None:
                problems.append(problem)  # reported with the row it falls in
                yield "\n"
            else:
                assert line is not None
                yield line

    reader = csv.reader(text_lines(), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise MalformedInput(f"no CSV header row ({exc})", source=name) from None
    if text_field not in header:
        raise MalformedInput(f"no {text_field!r} column (columns: {', '.join(header)}); pass --text-field",
                             source=name)
    default = parse_published(published)
    while True:
        where = f"{name}:{reader.line_num + 1}"
        problems.clear()
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Skipped.from_error(MalformedInput(f"unreadable CSV row ({exc})", source=where), where)
            continue
        where = f"{name}:{reader.line_num}"
        if problems:
            yield Skipped.from_error(problems[0], where)
            continue
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
