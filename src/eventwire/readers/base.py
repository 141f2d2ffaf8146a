"""The reader contract: a reader turns a source (path, stream, URL) into Documents.

A reader is a callable ``reader(source, **options) -> Iterator[Document]`` registered
in ``registry.readers``. It raises an ``InputError`` subclass naming the input and what
was wrong, and never yields an empty or undecodable document.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .. import settings
from ..errors import EventwireError, BadDate, BinaryInput, EmptyInput, EncodingProblem, InputTooLarge
from ..model import Document, content_id

__all__ = ["Skipped", "decode_bytes", "make_document", "parse_date_lenient", "parse_published"]


def decode_bytes(data: bytes, source: str, *, encoding: str | None = None, max_bytes: int | None = None) -> str:
    """Bytes of one document to text, with the checks every reader shares."""
    limit = int(settings.get("max_bytes")) if max_bytes is None else max_bytes
    if len(data) > limit:
        raise InputTooLarge(f"{len(data):,} bytes is over the limit of {limit:,} bytes", source=source)
    if not data.strip():
        raise EmptyInput(source=source)
    head = data[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BinaryInput("it contains NUL bytes", source=source)
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise EncodingProblem(f"not valid {encoding}: {exc}", source=source) from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise EncodingProblem(
            f"byte 0x{data[exc.start]:02x} at offset {exc.start} is not UTF-8", source=source
        ) from None
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:8192]) // 20):
        raise BinaryInput(f"{controls} control characters in the first 8 KB", source=source)
    return text


def parse_published(value: str | dt.date | None, source: str = "--published") -> dt.date | None:
    """A publication date from YYYY-MM-DD (or an ISO datetime)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]) if len(text) >= 10 and text[4] == "-" else dt.date.fromisoformat(text)
    except ValueError:
        raise BadDate(repr(text), source=source) from None


def make_document(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published: dt.date | None = None,
    language: str | None = None,
    source: str = "<text>",
    source_name: str | None = None,
    external_id: str | None = None,
) -> Document:
    if not text.strip():
        raise EmptyInput(source=source)
    return Document(
        id=content_id(text), text=text, title=title, url=url, published=published, language=language,
        source_name=source_name, external_id=external_id,
    )


@dataclass(frozen=True)
class Skipped:
    """A source or record that could not become a document, and why.

    Readers yield these instead of dropping bad records silently; batch runs list them.
    ``source`` names the file, URL or record (``corpus.jsonl:17``); ``code`` is the
    error code (``EW106``...).
    """

    source: str
    reason: str
    code: str

    @classmethod
    def from_error(cls, error: EventwireError, source: str | None = None) -> Skipped:
        reason = error.message.split("] ", 1)[-1]
        return cls(source=source or error.source or "<input>", reason=reason, code=error.code)


def parse_date_lenient(value: object, source: str) -> dt.date | None:
    """A date from ISO text, an RFC 2822 date (feeds, e-mail) or a datetime; BadDate otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, (dt.date, str)):
        try:
            return parse_published(value, source=source)
        except BadDate:
            pass
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(str(value)).date()
    except (TypeError, ValueError, IndexError):
        raise BadDate(repr(value), source=source) from None
