from __future__ import annotations

import csv

import pytest


@pytest.fixture()
def write_csv(tmp_path):
    """Write a small CSV (a header and rows written for the test) under ``tmp_path``; returns its path."""

    def _write(name: str, columns: list[str], rows: list[list[str]]):
        path = tmp_path / name
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            writer.writerows(rows)
        return path

    return _write
