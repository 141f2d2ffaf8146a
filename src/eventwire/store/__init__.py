"""The store: documents keyed by content hash, events, and which document reported which event.

    >>> from eventwire.store import open_store
    >>> with open_store("sqlite:///events.db") as store:
    ...     store.save(result, pipeline_version="0.1.0")

``open_store(None)`` opens SQLite (WAL) in the user data directory; ``postgresql://...``
opens PostgreSQL through psycopg 3 (the ``pg`` extra); ``memory://`` an in-memory store.
Schema changes ship as Alembic migrations, applied when a store is opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._filters import EventFilter
from .base import Store
from .memory import MemoryStore

if TYPE_CHECKING:
    from .sql import SQLStore

__all__ = ["EventFilter", "MemoryStore", "SQLStore", "Store", "open_store", "register"]


def open_store(url: str | None = None) -> Store:
    """Open (and migrate) the store at ``url``; None means the default from settings."""
    from .. import settings

    url = url or settings.default_db_url()
    if url.startswith("memory:"):
        return MemoryStore(url)
    from .sql import SQLStore

    return SQLStore(url)


def __getattr__(name: str) -> object:
    if name == "SQLStore":
        from .sql import SQLStore

        return SQLStore
    raise AttributeError(name)


def register(registry) -> None:  # type: ignore[no-untyped-def]
    def sql_store(url: str) -> Store:
        from .sql import SQLStore

        return SQLStore(url)

    registry.stores.register("eventwire.sql.v1", func=sql_store)
    registry.stores.register("eventwire.memory.v1", func=MemoryStore)
