"""Bytes from a source: a path, ``-`` (stdin), a ``.gz`` file or an http(s) URL.

Sources are expanded first: a directory becomes its files (recursively, sorted), a glob
its matches. Every failure is an ``InputError`` naming the source.
"""

from __future__ import annotations

import glob
import gzip
import io
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import InputNotFound, InputTooLarge, MalformedInput, UnreachableInput

__all__ = ["Loaded", "existing_file", "expand", "is_url", "iter_lines", "load", "open_stream"]

_GLOB_CHARS = set("*?[")


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def existing_file(source: str | Path) -> Path:
    """``source`` as a path to a file that exists: ``InputNotFound`` when nothing is there,
    ``MalformedInput`` naming it when it is a directory (a gold file or an article was expected)."""
    path = Path(source)
    if not path.exists():
        raise InputNotFound(source=str(source))
    if path.is_dir():
        raise MalformedInput("is a directory, not a file", source=str(source))
    return path


def expand(sources: str | Path | Iterable[str | Path]) -> Iterator[str]:
    """Each source as one or more concrete inputs: files of directories, glob matches, URLs."""
    if isinstance(sources, (str, Path)):
        sources = [sources]
    for source in sources:
        name = str(source)
        if name == "-" or is_url(name):
            yield name
        elif _GLOB_CHARS & set(name) and not Path(name).exists():
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                raise InputNotFound(source=name)
            yield from (m for m in matches if Path(m).is_file())
        elif Path(name).is_dir():
            yield from (str(p) for p in sorted(Path(name).rglob("*")) if p.is_file() and not p.name.startswith("."))
        else:
            yield name


@dataclass
class Loaded:
    data: bytes
    name: str  # the source, as users wrote it
    inner: str  # the name that tells the format (".gz" removed; the URL path)
    content_type: str | None = None
    url: str | None = None


def _gunzip(data: bytes, name: str, limit: int) -> bytes:
    try:
        out = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, limit + 1)
    except zlib.error as exc:
        raise MalformedInput(f"not a valid gzip file ({exc})", source=name) from None
    if len(out) > limit:
        raise InputTooLarge(f"decompresses to over {limit:,} bytes", source=name)
    return out


def load(source: str, *, max_bytes: int, timeout: float = 20.0) -> Loaded:
    """Read one concrete source (see ``expand``) fully into memory, within ``max_bytes``."""
    if source == "-":
        return Loaded(sys.stdin.buffer.read(), "<stdin>", "<stdin>")
    if is_url(source):
        return _fetch(source, max_bytes=max_bytes, timeout=timeout)
    path = existing_file(source)
    if path.suffix == ".gz":
        raw = path.read_bytes()
        return Loaded(_gunzip(raw, source, max_bytes), source, source[:-3])
    if path.stat().st_size > max_bytes:
        raise InputTooLarge(f"{path.stat().st_size:,} bytes is over the limit of {max_bytes:,} bytes", source=source)
    return Loaded(path.read_bytes(), source, source)


def _fetch(url: str, *, max_bytes: int, timeout: float) -> Loaded:
    try:
        import httpx
    except ImportError:  # pragma: no cover - depends on the environment
        from ..errors import MissingExtra

        raise MissingExtra("reading http(s) URLs", extra="ingest") from None
    try:
        with httpx.Client(follow_redirects=True, timeout=timeout, headers={"User-Agent": "eventwire"}) as client:
            with client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise UnreachableInput(f"HTTP {response.status_code}", source=url)
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise InputTooLarge(f"response is over the limit of {max_bytes:,} bytes", source=url)
                    chunks.append(chunk)
                content_type = response.headers.get("content-type", "").split(";")[0].strip() or None
                final = str(response.url)
    except httpx.HTTPError as exc:
        raise UnreachableInput(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__, source=url) from None
    data = b"".join(chunks)
    path = final.split("?", 1)[0]
    inner = path[:-3] if path.endswith(".gz") else path
    if path.endswith(".gz") and data[:2] == b"\x1f\x8b":
        data = _gunzip(data, url, max_bytes)
    return Loaded(data, url, inner, content_type, final)


def open_stream(source: str | Path | Loaded, *, max_bytes: int) -> tuple[BinaryIO, str, str]:
    """A binary stream over a corpus source (``.gz`` decompressed as read), its name and inner name.

    Local files are streamed, so a corpus of any size is read in bounded memory; stdin
    and URLs are loaded first (``load``), within ``max_bytes``.
    """
    if isinstance(source, Loaded):
        return io.BytesIO(source.data), source.name, source.inner
    name = str(source)
    if name == "-" or is_url(name):
        loaded = load(name, max_bytes=max_bytes)
        return io.BytesIO(loaded.data), loaded.name, loaded.inner
    path = existing_file(name)
    if path.suffix == ".gz":
        return gzip.open(path, "rb"), name, name[:-3]  # type: ignore[return-value]
    return open(path, "rb"), name, name


def _read_line(stream: BinaryIO, size: int, name: str) -> bytes:
    try:
        return stream.readline(size)
    except (OSError, EOFError, zlib.error) as exc:  # gzip.BadGzipFile is an OSError
        raise MalformedInput(f"cannot read on ({type(exc).__name__}: {exc})", source=name) from None


def iter_lines(stream: BinaryIO, name: str, *, max_line: int, max_total: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line, or (number, None) for a line over ``max_line`` bytes.

    Memory stays under about ``max_line`` whatever the input: an overlong line is skipped
    chunk by chunk, never held. Reading stops with ``InputTooLarge`` after ``max_total``
    bytes (a decompression bomb ends there).
    """
    number = total = 0
    while True:
        line = _read_line(stream, max_line + 1, name)
        if not line:
            return
        number += 1
        total += len(line)
        overlong = len(line) > max_line
        while overlong and line and not line.endswith(b"\n"):  # drain the rest of the line
            line = _read_line(stream, 1 << 20, name)
            total += len(line)
            if total > max_total:
                break
        if total > max_total:
            raise InputTooLarge(f"over {max_total:,} bytes of text", source=name)
        yield number, (None if overlong else line)
