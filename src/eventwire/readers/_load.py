"""Bytes from a source: a path, ``-`` (stdin), a ``.gz`` file or an http(s) URL.

Sources are expanded first: a directory becomes its files (recursively, sorted), a glob
its matches. Every failure is an ``InputError`` naming the source.
"""

from __future__ import annotations

import glob
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputNotFound, InputTooLarge, MalformedInput, UnreachableInput

__all__ = ["Loaded", "expand", "is_url", "load"]

_GLOB_CHARS = set("*?[")


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


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
    path = Path(source)
    if not path.exists():
        raise InputNotFound(source=source)
    if path.is_dir():
        raise MalformedInput("is a directory, not a file", source=source)
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
