"""The per-doc caches of ``eventwire._doc``: the same answers as the spaCy objects they stand for."""

from __future__ import annotations

import pytest

TEXT = ("Officials said gunmen KILLED six people in Kidal. According to witnesses, the army said it was "
        "investigating, and residents reported that troops had been deployed.  ")


@pytest.fixture(scope="module")
def doc():
    from eventwire.nlp import load_spacy

    return load_spacy("en")(TEXT)


def test_word_positions_are_the_tokens_a_scan_would_find(doc):
    from eventwire._doc import word_positions

    words = frozenset({"say", "according", "kill", "report"})
    scan = [t.i for t in doc if t.lower_ in words or t.lemma_.lower() in words]
    assert word_positions(doc, words) == scan
    assert scan  # the text has them
    for sent in doc.sents:
        assert word_positions(doc, words, sent.start, sent.end) == [i for i in scan if sent.start <= i < sent.end]
    assert word_positions(doc, frozenset({"nowhere"})) == []


def test_span_text_is_spacy_span_text(doc):
    from eventwire._doc import span_text

    for sent in doc.sents:
        assert span_text(sent) == sent.text
    assert span_text(doc[3:8]) == doc[3:8].text
    assert span_text(doc[len(doc) - 2:]) == doc[len(doc) - 2:].text  # ends in whitespace
    assert span_text(doc[2:2]) == ""
