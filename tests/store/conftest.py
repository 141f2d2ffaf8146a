"""Store fixtures: one store per backend (memory, SQLite file, PostgreSQL schema) and event builders."""

from __future__ import annotations

import os
import uuid

import pytest


PG_URL = os.environ.get("EVENTWIRE_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def pg_schema_url():  # type: ignore[no-untyped-def]
    """A fresh PostgreSQL schema (dropped afterwards) or a skip when no server answers."""
    sa = pytest.importorskip("sqlalchemy")
    pytest.importorskip("psycopg")
    from eventwire.store.sql import normalise_url

    schema = f"ew_test_{uuid.uuid4().hex[:10]}"
    try:
        engine = sa.create_engine(normalise_url(PG_URL), connect_args={"connect_timeout": 3})
        with engine.begin() as conn:
            conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    except Exception as exc:  # noqa: BLE001 - any failure to reach the server means skip
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}: {type(exc).__name__}")
    sep = "&" if "?" in PG_URL else "?"
    return engine, schema, f"{PG_URL}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture
def pg_url():  # type: ignore[no-untyped-def]
    engine, schema, url = pg_schema_url()
    yield url
    import sqlalchemy as sa

    with engine.begin() as conn:
        conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
    engine.dispose()


@pytest.fixture(params=["memory", "sqlite", "postgresql"])
def store(request, tmp_path):  # type: ignore[no-untyped-def]
    from eventwire.store import open_store

    if request.param == "memory":
        url = "memory://"
    elif request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'ew.db'}"
    else:
        url = request.getfixturevalue("pg_url")
    with open_store(url) as s:
        yield s
