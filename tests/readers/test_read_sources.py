"""read(): directories, globs, .gz, format detection, and nothing bad dropped silently."""

from __future__ import annotations

import gzip

import pytest

from eventwire.errors import UnknownName
from eventwire.model import Document
from eventwire.readers import Skipped, read

REPORT = "Government forces shelled rebel positions near Hama on Monday, killing four fighters."


def docs(items):
    return [i for i in items if isinstance(i, Document)]


def skipped(items):
    return [i for i in items if isinstance(i, Skipped)]


def test_directory_is_read_recursively_with_each_format_detected(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.jsonl").write_text('{"text": "Militants attacked a checkpoint in Sinai."}\n')
    (tmp_path / "sub" / "c.csv").write_text("text,date\nProtesters clashed with police in Basra.,2019-10-02\n")
    items = list(read(tmp_path))
    assert sorted(d.text for d in docs(items)) == sorted(
        [REPORT, "Militants attacked a checkpoint in Sinai.", "Protesters clashed with police in Basra."]
    )
    assert skipped(items) == []


def test_glob_and_gzip(tmp_path):
    (tmp_path / "one.txt").write_text(REPORT)
    (tmp_path / "two.jsonl.gz").write_bytes(gzip.compress(b'{"text": "A car bomb exploded in Kabul."}\n'))
    (tmp_path / "skip.md").write_text("not matched")
    items = list(read([str(tmp_path / "*.txt"), str(tmp_path / "*.gz")]))
    assert [d.text for d in docs(items)] == [REPORT, "A car bomb exploded in Kabul."]


def test_bad_sources_are_reported_and_the_rest_is_read(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(REPORT)
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "latin1.txt").write_bytes("Attaque à Gao".encode("latin-1"))
    (tmp_path / "broken.gz").write_bytes(b"not gzip at all")
    sources = [tmp_path / "missing.txt", tmp_path / "empty.txt", tmp_path / "binary.txt",
               tmp_path / "latin1.txt", tmp_path / "broken.gz", str(tmp_path / "nomatch*.txt"), good]
    items = list(read(sources))
    assert [d.text for d in docs(items)] == [REPORT]
    codes = {s.source.rsplit("/", 1)[-1]: s.code for s in skipped(items)}
    assert codes == {
        "missing.txt": "EW101", "empty.txt": "EW102", "binary.txt": "EW103", "latin1.txt": "EW104",
        "broken.gz": "EW106", "nomatch*.txt": "EW101",
    }


def test_size_limit_applies_per_document(tmp_path):
    (tmp_path / "big.txt").write_text("x" * 5000)
    (tmp_path / "corpus.jsonl").write_text('{"text": "%s"}\n{"text": "short one"}\n' % ("y" * 5000))
    items = list(read(tmp_path, max_bytes=1000))
    assert [d.text for d in docs(items)] == ["short one"]
    assert sorted(s.code for s in skipped(items)) == ["EW105", "EW105"]


def test_explicit_format_overrides_the_suffix(tmp_path):
    path = tmp_path / "export.dat"
    path.write_text('{"body": "Clashes in Tripoli.", "day": "2020-01-05"}\n')
    (doc,) = read(path, format="jsonl", text_field="body", date_field="day")
    assert doc.text == "Clashes in Tripoli." and str(doc.published) == "2020-01-05"
    with pytest.raises(UnknownName):
        list(read(path, format="docx"))


def test_same_text_is_the_same_document_id(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT)
    (tmp_path / "b.txt").write_text(REPORT)
    a, b = docs(read(tmp_path))
    assert a.id == b.id
