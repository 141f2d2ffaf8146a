"""Readers: one module per input format, each yielding ``Document`` records."""

from __future__ import annotations

from .base import decode_bytes, make_document, parse_published

__all__ = ["decode_bytes", "make_document", "parse_published", "register"]


def register(registry) -> None:  # type: ignore[no-untyped-def]
    from . import text

    registry.readers.register("eventwire.text.v1", func=text.read_text_file)
