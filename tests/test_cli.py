"""The command line as a user runs it: output shape, bad input, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import walk_evidence

EW = [sys.executable, "-m", "eventwire"]


def ew(*args: str, stdin: bytes | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    import os

    full_env = dict(os.environ, **(env or {}))
    return subprocess.run(EW + list(args), input=stdin, capture_output=True, timeout=300, env=full_env)


@pytest.fixture(scope="module")
def seed_json(tmp_path_factory) -> tuple[dict, str]:
    from importlib import resources

    text = resources.files("eventwire").joinpath("data/seed-article.txt").read_text(encoding="utf-8")
    path = tmp_path_factory.mktemp("seed") / "seed.txt"
    path.write_text(text, encoding="utf-8")
    proc = ew("extract", str(path), "--published", "2018-07-24", "--format", "json")
    assert proc.returncode == 0, proc.stderr.decode()
    return json.loads(proc.stdout), text


def test_extract_prints_document_and_events(seed_json):
    data, text = seed_json
    assert set(data) >= {"document", "events"}
    assert data["document"]["published"] == "2018-07-24"
    assert data["events"]
    event = data["events"][0]
    for key in ("id", "event_type", "sub_event_type", "plover", "cameo", "actor1", "actor2", "assoc_actors",
                "location", "date", "fatalities", "modality", "claimant", "confidence", "evidence", "sources"):
        assert key in event
    for span in walk_evidence(data["events"]):
        assert text[span["start"]:span["end"]] == span["text"]


def test_extract_reads_stdin_and_prints_jsonl():
    text = b"Taliban fighters attacked an army checkpoint in Kunduz on Monday, killing three soldiers."
    proc = ew("extract", "-", "--published", "2020-03-04", "--format", "jsonl", stdin=text)
    assert proc.returncode == 0, proc.stderr.decode()
    lines = [json.loads(line) for line in proc.stdout.decode().splitlines() if line.strip()]
    assert lines and lines[0]["actor1"]["name"] == "Taliban"


def test_extract_keeps_verbal_interactions_out_of_the_event_lines():
    text = (b"Pakistan accused India on Tuesday of violating the border agreement. "
            b"Taliban fighters attacked an army checkpoint in Kunduz on Monday, killing three soldiers.")
    events = ew("extract", "-", "--published", "2020-03-04", "--format", "jsonl", stdin=text)
    verbal = ew("extract", "-", "--published", "2020-03-04", "--format", "interactions", stdin=text)
    assert events.returncode == 0 and verbal.returncode == 0, verbal.stderr.decode()
    event_lines = [json.loads(line) for line in events.stdout.decode().splitlines() if line.strip()]
    verbal_lines = [json.loads(line) for line in verbal.stdout.decode().splitlines() if line.strip()]
    assert [e["event_type"] for e in event_lines] == ["Battles"]
    assert [(v["plover"]["type"], v["cameo"]) for v in verbal_lines] == [("ACCUSE", "11")]
    assert "event_type" not in verbal_lines[0]


@pytest.mark.parametrize(
    "content, code",
    [
        (b"", "EW102"),
        (b"   \n\n  ", "EW102"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "EW103"),
        ("Combats à Hajine, selon l'armée".encode("latin-1"), "EW104"),
    ],
)
def test_bad_input_is_one_line_naming_the_file_exit_2(tmp_path: Path, content: bytes, code: str):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    proc = ew("extract", str(path))
    err = proc.stderr.decode().strip()
    assert proc.returncode == 2
    assert code in err and str(path) in err
    assert "Traceback" not in err and len(err.splitlines()) == 1


def test_missing_file_and_oversized_file(tmp_path: Path):
    proc = ew("extract", str(tmp_path / "nope.txt"))
    assert proc.returncode == 2 and "EW101" in proc.stderr.decode()
    big = tmp_path / "big.txt"
    big.write_text("Fighting in Hajin. " * 200, encoding="utf-8")
    proc = ew("extract", str(big), "--max-bytes", "1000")
    assert proc.returncode == 2 and "EW105" in proc.stderr.decode() and "big.txt" in proc.stderr.decode()


def test_bad_published_date_is_a_clear_error(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text("Clashes in Kidal.", encoding="utf-8")
    proc = ew("extract", str(path), "--published", "24/07/2018")
    assert proc.returncode == 2
    assert "EW107" in proc.stderr.decode() and "24/07/2018" in proc.stderr.decode()


def test_version_and_schema():
    proc = ew("--version")
    assert proc.returncode == 0 and proc.stdout.decode().startswith("eventwire ")
    proc = ew("schema")
    schema = json.loads(proc.stdout)
    assert "Event" in schema["$defs"] and "Evidence" in schema["$defs"]
    assert set(schema["$defs"]["Event"]["properties"]) >= {"actor1", "location", "fatalities", "modality"}


def test_demo_stores_the_reference_article(tmp_path: Path):
    db = tmp_path / "demo.db"
    proc = ew("demo", "--db", f"sqlite:///{db}")
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert "Islamic State" in out and "events stored" in out
    from eventwire.store import open_store

    with open_store(f"sqlite:///{db}") as store:
        assert store.count_events() >= 3
        assert len(store.documents()) == 1


@pytest.mark.parametrize("args", [("eval", "events", "--dataset", "plover"), ("eval", "events", "--dataset", "acled"),
                                  ("eval", "time", "--dataset", "gtd"), ("geoparse",)])
def test_a_directory_where_a_file_is_expected_is_named_as_such(tmp_path: Path, args: tuple[str, ...]):
    """A folder given for a gold file or an article ("eval events --dataset plover plover-gsr/") is reported as a
    directory, not as missing (it exists)."""
    proc = ew(*args, str(tmp_path))
    err = proc.stderr.decode().strip()
    assert proc.returncode == 2, err
    assert str(tmp_path) in err and "is a directory, not a file" in err and "no such file" not in err
    assert "Traceback" not in err and len(err.splitlines()) == 1
