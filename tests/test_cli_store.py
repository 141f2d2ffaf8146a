"""``eventwire batch --out-parquet``, a full database, and ``eventwire eval link``, as a user runs them."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

from typer.testing import CliRunner

from eventwire.cli import _load_commands, app

REPORTS = [
    ("Islamic State fighters attacked government forces near Hajin, Syria, on Monday, killing 6 people.", "2018-07-24"),
    ("Government forces fought Islamic State fighters near Hajin, Syria, on Monday; six people were killed.",
     "2018-07-24"),
    ("Boko Haram gunmen killed 9 villagers near Maiduguri, Nigeria, on Friday, officials said.", "2019-03-02"),
]


def run(*args: str):  # type: ignore[no-untyped-def]
    _load_commands()
    return CliRunner().invoke(app, list(args))


def corpus(tmp_path, n: int = 3):  # type: ignore[no-untyped-def]
    path = tmp_path / "wire.jsonl"
    rows = [{"text": f"{REPORTS[i % 3][0]} Report {i}.", "date": REPORTS[i % 3][1]} for i in range(n)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_batch_out_parquet_writes_parts_and_one_merged_dataset(tmp_path):
    import polars as pl

    out = tmp_path / "run"
    result = run("batch", str(corpus(tmp_path)), "--out-parquet", str(out), "--chunk-size", "2")
    assert result.exit_code == 0, result.output
    assert "2 parts merged" in result.output
    docs = pl.read_parquet(out / "documents.parquet")
    assert docs.height == 3 and set(docs["status"]) == {"stored"}
    events = pl.read_parquet(out / "events.parquet")
    assert events.height >= 2 and set(events["iso3"].drop_nulls()) <= {"SYR", "NGA"}
    exported = run("export", "--from-parquet", str(out), "--format", "acled", "--country", "NGA")
    assert exported.exit_code == 0, exported.output
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert rows and {r["country"] for r in rows} == {"Nigeria"} and {r["iso"] for r in rows} == {"566"}
    assert run("batch", str(corpus(tmp_path)), "--out-parquet", str(out), "--db", "sqlite:///x.db").exit_code != 0


def test_a_full_database_is_reported_with_what_to_do(tmp_path):
    import sqlalchemy as sa

    from eventwire.store import open_store

    path = tmp_path / "ew.db"
    open_store(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as con:
        pages = con.execute("PRAGMA page_count").fetchone()[0]

    def cap(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        if str(path) in [row[2] for row in dbapi_conn.execute("PRAGMA database_list")]:
            dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    sa.event.listen(sa.Engine, "connect", cap)
    try:
        result = run("batch", str(corpus(tmp_path, 6)), "--db", f"sqlite:///{path}")
    finally:
        sa.event.remove(sa.Engine, "connect", cap)
    assert result.exit_code == 1
    text = " ".join(result.output.split())
    assert "stopped early: [EW410]" in text and "is full" in text and "run the same command again" in text
    assert run("batch", str(corpus(tmp_path, 6)), "--db", f"sqlite:///{path}").exit_code == 0


def test_eval_link_prints_precision_and_recall():
    result = run("eval", "link", "--defaults", "--no-errors")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("32 reports of 15 events")
    header, defaults = lines[1].split(), lines[2].split()
    assert header[-3:] == ["P", "R", "F1"] and defaults[:4] == ["1", "0.6", "25", "no"]
    assert float(defaults[-3]) == 1.0 and float(defaults[-2]) >= 0.7


def test_batch_interactions_stores_verbal_interactions_apart_from_events(tmp_path):
    from eventwire.store import open_store

    path = tmp_path / "statements.jsonl"
    rows = [{"text": "Pakistan accused India on Tuesday of violating the border agreement. " + REPORTS[0][0],
             "date": "2018-07-24"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    plain, verbal = f"sqlite:///{tmp_path / 'plain.db'}", f"sqlite:///{tmp_path / 'verbal.db'}"
    assert run("batch", str(path), "--db", plain).exit_code == 0
    result = run("batch", str(path), "--db", verbal, "--interactions")
    assert result.exit_code == 0, result.output
    with open_store(plain) as store:
        assert store.interactions() == [] and store.count_events() >= 1
    with open_store(verbal) as store:
        assert [i.plover.type for i in store.interactions()] == ["ACCUSE"]
        assert store.count_events() >= 1  # the attack stays an ACLED event; the accusation is not one
