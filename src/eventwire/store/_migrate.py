"""Run the Alembic migrations shipped in ``migrations/`` on an open engine."""

from __future__ import annotations

import time
from pathlib import Path

import sqlalchemy as sa

__all__ = ["HEAD", "current_revision", "upgrade"]

_SCRIPTS = Path(__file__).with_name("migrations")
HEAD = "0005"


def _config():  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_SCRIPTS))
    return cfg


def current_revision(conn: sa.Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: sa.Engine, *, attempts: int = 5) -> None:
    """Bring the schema to the head revision; safe when several processes open at once."""
    from alembic import command

    for attempt in range(attempts):
        try:
            with engine.begin() as conn:
                if conn.dialect.name == "postgresql":
                    conn.execute(sa.text("SELECT pg_advisory_xact_lock(4242001)"))
                if current_revision(conn) == HEAD:
                    return
                cfg = _config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
            return
        except sa.exc.OperationalError:
            # another process migrated the same SQLite file at the same moment
            if attempt == attempts - 1:
                raise
            time.sleep(0.2 * (attempt + 1))
