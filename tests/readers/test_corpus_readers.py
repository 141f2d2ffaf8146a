"""JSONL and CSV corpora: field options, and a bad record never hides the others."""

from __future__ import annotations

import datetime as dt

from eventwire.model import Document
from eventwire.readers import Skipped, read


def test_jsonl_fields_and_bad_lines(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text(
        '{"id": "a1", "body": "Gunmen killed three villagers in Zamfara.", "pub": "2021-03-02", "link": "https://x/a1"}\n'
        "{not json\n"
        '["a", "list"]\n'
        '{"id": "a4", "headline": "no body"}\n'
        '{"id": "a5", "body": "Clashes in Tigray.", "pub": "yesterday"}\n'
        "\n"
        '{"id": "a7", "body": "A drone strike hit Marib.", "pub": "Tue, 24 Jul 2018 10:00:00 GMT"}\n'
    )
    items = list(read(path, text_field="body", date_field="pub", id_field="id", url_field="link"))
    documents = [i for i in items if isinstance(i, Document)]
    assert [(d.external_id, d.published, d.url) for d in documents] == [
        ("a1", dt.date(2021, 3, 2), "https://x/a1"),
        ("a7", dt.date(2018, 7, 24), None),
    ]
    problems = [(s.source.rsplit(":", 1)[-1], s.code) for s in items if isinstance(s, Skipped)]
    assert problems == [("2", "EW106"), ("3", "EW106"), ("4", "EW106"), ("5", "EW107")]


def test_csv_rows_with_quotes_newlines_and_bad_rows(tmp_path):
    path = tmp_path / "acled_like.csv"
    path.write_text(
        "event_id,notes,event_date\n"
        'E1,"On 2 March, militants attacked a base, killing ""at least"" 5.\nThe army responded.",2021-03-02\n'
        "E2,too,many,fields\n"
        "E3,,2021-03-04\n"
        "E4,Police dispersed a protest in Lagos.,2021-03-05\n"
    )
    items = list(read(path, text_field="notes", date_field="event_date", id_field="event_id"))
    documents = [i for i in items if isinstance(i, Document)]
    assert [d.external_id for d in documents] == ["E1", "E4"]
    assert documents[0].text.endswith('"at least" 5.\nThe army responded.')
    assert [(s.source.rsplit(":", 1)[-1], s.code) for s in items if isinstance(s, Skipped)] == [
        ("4", "EW106"), ("5", "EW102"),
    ]


def test_csv_without_the_text_column_names_the_columns(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n")
    (skip,) = read(path)
    assert skip.code == "EW106" and "a, b" in skip.reason
