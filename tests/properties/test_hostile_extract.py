"""extract() and Pipeline.run_many on random and hostile text: no crash, no hang, valid spans."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from eventwire.errors import EventwireError
from eventwire.readers.base import make_document
from tests.conftest import walk_evidence
from tests.properties.conftest import HOSTILE, count, time_limit
from tests.properties.strategies import hostile_text


def _check(result, text: str) -> None:
    data = result.model_dump(mode="json")
    for ev in walk_evidence(data):
        assert 0 <= ev["start"] <= ev["end"] <= len(text), ev
        assert text[ev["start"]:ev["end"]] == ev["text"], ev
    result.model_dump_json()  # the JSON a user gets can always be written


def _run_one(pipeline, text: str) -> None:
    count("extract")
    try:
        document = make_document(text, published=dt.date(2024, 3, 5))
    except EventwireError:
        return  # empty or whitespace-only text: a coded error is the right answer
    with time_limit():
        result = pipeline.run(document)
    _check(result, text)


@HOSTILE
@given(text=hostile_text)
def test_extract_survives_hostile_text(pipeline, text):
    _run_one(pipeline, text)


@HOSTILE
@given(texts=st.lists(hostile_text, min_size=1, max_size=6))
def test_run_many_survives_hostile_batches(pipeline, texts):
    documents = []
    for text in texts:
        count("run_many")
        try:
            documents.append(make_document(text))
        except EventwireError:
            pass
    with time_limit():
        results = list(pipeline.run_many(documents, batch_size=4))
    assert [r.document.id for r in results] == [d.id for d in documents]
    for result in results:
        _check(result, result.document.text)


def test_megabyte_lines(pipeline):
    """1 MB on one line: punctuation only, one endless word, words without an event, words with events."""
    samples = [
        "!?.,;:\"'()" * 100_000,
        "x" * 1_000_000,
        "the market rose and " * 50_000,
        ("the market rose and " * 2_500 + "gunmen killed six civilians in Kidal, ") * 20,
    ]
    for text in samples:
        _run_one(pipeline, text)


def test_the_public_extract_function_on_hostile_text():
    import eventwire

    for text in ["\u202eGunmen killed six civilians in Kidal on Monday.\u202c", "\x00\x01\x02 killed \x7f",
                 "\"\"\"\"''''" * 50, "\ufeff\u200b\u200f" * 100 + "Rebels attacked Gao."]:
        count("extract")
        with time_limit():
            result = eventwire.extract(text, published="2024-03-05")
        _check(result, text)
