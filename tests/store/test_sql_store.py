"""What only the SQL store does: files, WAL, migrations, PostgreSQL, clear errors."""

from __future__ import annotations

import sqlite3

import pytest
from store_builders import make_doc, make_event, result

from eventwire.errors import StoreError
from eventwire.store import open_store


def test_sqlite_file_survives_reopen_in_wal_mode(tmp_path):
    url = f"sqlite:///{tmp_path / 'sub' / 'ew.db'}"
    doc = make_doc("Fighting broke out in Hajin on Tuesday.")
    with open_store(url) as store:
        store.save(result(doc, make_event(doc, "e1")), pipeline_version="1")
    with open_store(url) as store:
        assert [e.id for e in store.events()] == ["e1"]
    con = sqlite3.connect(tmp_path / "sub" / "ew.db")
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"documents", "events", "event_sources", "actors", "places"} <= tables
    row = con.execute("SELECT document_id, evidence FROM event_sources").fetchone()
    assert row[0] == doc.id and '"Fighting"' in row[1]
    assert con.execute("SELECT name, role FROM actors").fetchall() == [("Islamic State", "actor1")]


def test_default_store_lives_in_the_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("EVENTWIRE_DB", raising=False)
    with open_store() as store:
        assert store.count_events() == 0
    assert (tmp_path / "eventwire.db").exists()


def test_not_a_database_is_a_store_error(tmp_path):
    bad = tmp_path / "junk.db"
    bad.write_bytes(b"this is not a database file at all" * 200)
    with pytest.raises(StoreError) as err:
        open_store(f"sqlite:///{bad}")
    assert err.value.code == "EW400"
    assert "junk.db" in str(err.value)


def test_unreachable_postgres_is_a_store_error():
    with pytest.raises(StoreError) as err:
        open_store("postgresql://postgres@127.0.0.1:1/nowhere?connect_timeout=2")
    assert err.value.code == "EW400"


def test_postgres_store_reopens_with_its_data(pg_url):
    doc = make_doc("Fighting broke out in Hajin on Tuesday.")
    with open_store(pg_url) as store:
        store.save(result(doc, make_event(doc, "e1")), pipeline_version="1")
    with open_store(pg_url) as store:
        assert store.count_documents() == 1
        assert [e.id for e in store.events(country="SYR")] == ["e1"]
