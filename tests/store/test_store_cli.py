"""The store commands as a user runs them: ingest, export, exit codes and clean errors."""

from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from eventwire.cli import _load_commands, app

ARTICLE = ("Islamic State fighters attacked government forces near Hajin, Syria, on Monday, killing 6 people, "
           "officials said.")


def run(*args: str):  # type: ignore[no-untyped-def]
    _load_commands()
    return CliRunner().invoke(app, list(args))


def test_ingest_then_export_acled(tmp_path):
    corpus = tmp_path / "wire.jsonl"
    corpus.write_text(json.dumps({"text": ARTICLE, "date": "2018-07-24"}) + "\n{broken\n")
    db = f"sqlite:///{tmp_path / 'ew.db'}"
    result = run("ingest", str(corpus), "--db", db)
    assert result.exit_code == 1  # a record was skipped, and the user is told
    assert "1 documents processed" in result.output and "EW106" in result.output
    out = run("export", "--db", db, "--format", "acled", "--country", "SYR")
    assert out.exit_code == 0, out.output
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert rows and all(r["country"] == "Syria" for r in rows)


def test_export_bad_filter_is_a_clean_error(tmp_path):
    import subprocess
    import sys

    db = f"sqlite:///{tmp_path / 'ew.db'}"
    proc = subprocess.run([sys.executable, "-m", "eventwire", "export", "--db", db, "--format", "acled",
                           "--start", "soon"], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "EW402" in proc.stderr and "Traceback" not in proc.stderr
