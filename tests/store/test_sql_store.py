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
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0005"
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"documents", "events", "event_sources", "actors", "places", "quarantine", "revisions"} <= tables
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


def test_a_store_made_by_an_older_version_is_migrated_on_open(tmp_path):
    """A database at revision 0001 (before external_id) opens and keeps its documents."""
    import sqlalchemy as sa
    from alembic import command

    from eventwire.store import _migrate

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        cfg = _migrate._config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(
            sa.text(
                "INSERT INTO documents (id, text, language, pipeline_version, first_seen, updated) "
                "VALUES ('abc', 'Old text.', 'en', '0.0.1', '2020-01-01', '2020-01-01')"
            )
        )
    engine.dispose()
    with open_store(url) as store:
        assert store.document("abc").text == "Old text."
        doc = make_doc("New text from a corpus.").model_copy(update={"external_id": "row-17"})
        store.save(result(doc), pipeline_version="1")
        assert store.document(doc.id).external_id == "row-17"


def test_save_many_is_all_or_nothing(tmp_path):
    """One document the database refuses (a trigger here) and none of the call is stored."""
    path = tmp_path / "ew.db"
    url = f"sqlite:///{path}"
    good, bad = make_doc("Fighting broke out in Hajin on Tuesday."), make_doc("REFUSED: shelling in Idlib.")
    with open_store(url) as store:
        with sqlite3.connect(path) as con:
            con.execute("CREATE TRIGGER refuse BEFORE INSERT ON documents WHEN NEW.text LIKE 'REFUSED%' "
                        "BEGIN SELECT RAISE(ABORT, 'refused by the database'); END")
        with pytest.raises(StoreError, match="refused by the database"):
            store.save_many([result(good, make_event(good, "e1")), result(bad, make_event(bad, "e2"))],
                            pipeline_version="1")
        assert (store.count_documents(), store.count_events()) == (0, 0)
        assert store.save_many([result(good, make_event(good, "e1"))], pipeline_version="1") == [["e1"]]
        assert store.count_documents() == 1


def _tables(url: str) -> dict[str, list[tuple]]:
    import sqlalchemy as sa

    from eventwire.store import _schema as t
    from eventwire.store.sql import _create_engine

    engine = _create_engine(url)
    out = {}
    with engine.connect() as conn:
        for table in (t.documents, t.events, t.event_sources, t.actors, t.places, t.quarantine):
            columns = [c for c in table.c if c.name not in ("first_seen", "updated", "at")]
            out[table.name] = sorted(tuple(r) for r in conn.execute(sa.select(*columns)))
    engine.dispose()
    return out


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_save_many_writes_the_rows_saving_one_by_one_writes(tmp_path, request, backend):
    """New documents (one statement per table) and chunks that meet stored events (those one by one)."""
    urls = []
    for name in ("each", "many"):
        urls.append(f"sqlite:///{tmp_path / name}.db" if backend == "sqlite" else request.getfixturevalue("pg_url")
                    if name == "each" else _second_pg_url(request))
    texts = ["Fighting broke out in Hajin on Tuesday.", "Airstrikes hit Idlib on Monday.", "Gunmen raided Gao.",
             "Shelling near Kharkiv on Friday.", "Protesters marched in Bamako."]
    docs = [make_doc(text) for text in texts]
    first = [result(docs[0], make_event(docs[0], "a1", killed=2), make_event(docs[0], "a2")),
             result(docs[1], make_event(docs[1], "b1", place="Idlib")), result(docs[2])]
    second = [result(docs[3], make_event(docs[3], "a1", killed=5)),  # an event stored before: merged
              result(docs[4], make_event(docs[4], "e1")), result(docs[0], make_event(docs[0], "a1"))]
    with open_store(urls[0]) as each, open_store(urls[1]) as many:
        bulk, paths = many._insert_new, []

        def spy(*args):  # type: ignore[no-untyped-def]
            ids = bulk(*args)
            paths.append(ids is not None)
            return ids

        many._insert_new = spy  # type: ignore[method-assign]
        for chunk in (first, second):
            ids = [each.save(r, pipeline_version="1") for r in chunk]
            assert many.save_many(chunk, pipeline_version="1") == ids
    # the first chunk in bulk; the second not (it meets stored events): its new document alone in
    # bulk, the two that meet stored rows one by one
    assert paths == [True, False, True]
    assert _tables(urls[1]) == _tables(urls[0])
    assert len(_tables(urls[0])["event_sources"]) == 5


def test_save_many_with_a_repeated_document_stores_the_others_in_bulk(tmp_path):
    """A chunk repeating a document (ACLED exports repeat notes): the rows one-by-one saving writes,
    the repeat saved on its own, the documents around it in bulk."""
    texts = ["Fighting broke out in Hajin on Tuesday.", "Airstrikes hit Idlib on Monday.", "Gunmen raided Gao."]
    docs = [make_doc(text) for text in texts]
    chunk = [result(docs[0], make_event(docs[0], "a1", killed=2)), result(docs[1], make_event(docs[1], "b1")),
             result(docs[0], make_event(docs[0], "a1", killed=2)), result(docs[2], make_event(docs[2], "c1"))]
    urls = [f"sqlite:///{tmp_path / name}.db" for name in ("each", "many")]
    with open_store(urls[0]) as each, open_store(urls[1]) as many:
        bulk, paths = many._insert_new, []

        def spy(*args):  # type: ignore[no-untyped-def]
            ids = bulk(*args)
            paths.append((len(args[1]), ids is not None))
            return ids

        many._insert_new = spy  # type: ignore[method-assign]
        ids = [each.save(r, pipeline_version="1") for r in chunk]
        assert many.save_many(chunk, pipeline_version="1") == ids
    assert paths == [(4, False), (2, True), (1, True)]  # the chunk, then the runs around the repeat
    assert _tables(urls[1]) == _tables(urls[0])
    assert len(_tables(urls[0])["documents"]) == 3


def _second_pg_url(request):  # type: ignore[no-untyped-def]
    from tests.store.conftest import pg_schema_url

    engine, schema, url = pg_schema_url()

    def drop() -> None:
        import sqlalchemy as sa

        with engine.begin() as conn:
            conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
        engine.dispose()

    request.addfinalizer(drop)
    return url
