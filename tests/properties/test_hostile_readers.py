"""Every reader on hostile files: only Documents and coded Skipped records, never a crash or a hang."""

from __future__ import annotations

import gzip
import re
from collections import Counter
import resource
import tempfile
import zlib
from pathlib import Path

from hypothesis import given

from eventwire.model import Document
from eventwire.readers import FORMATS, Skipped, read
from tests.properties.conftest import HOSTILE, count, time_limit
from tests.properties.strategies import hostile_file


def _check_items(items) -> None:
    for item in items:
        if isinstance(item, Document):
            assert isinstance(item.text, str) and item.text.strip()
            assert "root:x:0" not in item.text  # no external entity was ever resolved
        else:
            assert isinstance(item, Skipped), item
            assert re.fullmatch(r"EW1\d\d", item.code), item


@HOSTILE
@given(file=hostile_file)
def test_read_survives_hostile_files(file):
    suffix, data = file
    count("read")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        with time_limit():
            items = list(read(str(path)))
        _check_items(items)
        for fmt in FORMATS:  # every reader, whatever the suffix says
            count("read")
            with time_limit():
                _check_items(list(read(str(path), format=fmt)))


def _bomb(path: Path, megabytes: int, line: bytes) -> None:
    """A gzip file that inflates to ``megabytes`` MB of ``line`` repeated (a few hundred KB on disk)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = line * (1_048_576 // len(line))
    with open(path, "wb") as fh:
        for _ in range(megabytes):
            fh.write(comp.compress(chunk))
        fh.write(comp.flush())


def test_gzip_bombs_stop_at_the_limit_in_bounded_memory(tmp_path):
    _bomb(tmp_path / "bomb.txt.gz", 300, b"\0")
    _bomb(tmp_path / "bomb.jsonl.gz", 300, b"a")  # one 300 MB line
    _bomb(tmp_path / "many.jsonl.gz", 64, b'{"text": "Rebels attacked Gao."}\n')
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with time_limit():
        items = list(read(str(tmp_path / "bomb.txt.gz"), max_bytes=1_000_000))
        assert [(type(i).__name__, i.code) for i in items] == [("Skipped", "EW105")]
        items = list(read(str(tmp_path / "bomb.jsonl.gz"), max_bytes=1_000_000))
        assert [(type(i).__name__, i.code) for i in items] == [("Skipped", "EW105")]
        kinds = Counter(type(item).__name__ for item in read(str(tmp_path / "many.jsonl.gz")))
    assert kinds == {"Document": 64 * (1_048_576 // 33)}
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 100, f"reading grew the process by {grown_mb:.0f} MB"


def test_a_truncated_gzip_corpus_keeps_the_records_before_the_damage(tmp_path):
    data = gzip.compress(b"".join(b'{"text": "Clashes in Tripoli number %d."}\n' % i for i in range(2000)))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = list(read(str(path)))
    docs = [i for i in items if isinstance(i, Document)]
    assert docs and docs[0].text == "Clashes in Tripoli number 0."
    assert isinstance(items[-1], Skipped) and items[-1].code == "EW106"


def test_deeply_nested_json_is_one_bad_record(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text('{"text": "before"}\n{"text": ' + "[" * 200_000 + "]" * 200_000 + '}\n{"text": "after"}\n')
    items = list(read(str(path)))
    assert [getattr(i, "text", None) or i.code for i in items] == ["before", "EW106", "after"]
