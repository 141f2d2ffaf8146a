"""The developer tool that derives the shipped geo files: the same input gives the same bytes."""

from __future__ import annotations

import gzip
import time

from eventwire.geo import _prepare, geonames


def test_written_files_are_byte_identical_across_runs(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(_prepare, "OUT", tmp_path)
    rows = [[1, "Lima Province", -12.1, None], [2, "Vientiane", 18.1, 102.5]]
    monkeypatch.setattr(time, "time", lambda: 1_700_000_000.0)
    _prepare._write("x.tsv.gz", rows)
    first = (tmp_path / "x.tsv.gz").read_bytes()
    monkeypatch.setattr(time, "time", lambda: 1_800_000_000.0)  # a later rebuild
    _prepare._write("x.tsv.gz", rows)
    assert (tmp_path / "x.tsv.gz").read_bytes() == first  # no timestamp in the gzip header
    assert gzip.decompress(first).decode() == "1\tLima Province\t-12.1\t\n2\tVientiane\t18.1\t102.5\n"


def test_index_name_follows_the_data_content_not_its_size(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(geonames, "DATA_DIR", tmp_path)
    (tmp_path / "admin.tsv.gz").write_bytes(gzip.compress(b"1\tA\t18.10298\n", mtime=0))
    before = geonames._fingerprint()
    (tmp_path / "admin.tsv.gz").write_bytes(gzip.compress(b"1\tA\t18.91857\n", mtime=0))  # a moved point, same size
    assert geonames._fingerprint() != before
