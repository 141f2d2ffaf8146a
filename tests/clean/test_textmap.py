"""Cleaning never loses the way back to the original text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.clean import clean


def test_curly_quotes_and_controls_map_back():
    original = "\u201cWe will win,\u201d he said\u200b. Fighting\x07 in Hajin."
    cleaned = clean(original)
    assert '"We will win,"' in cleaned.text and "\u200b" not in cleaned.text and "\x07" not in cleaned.text
    start = cleaned.text.index("Hajin")
    ev = cleaned.evidence(start, start + 5)
    assert original[ev.start:ev.end] == "Hajin" == ev.text
    ev = cleaned.evidence(0, cleaned.text.index(" he"))
    assert ev.text == original[ev.start:ev.end] and ev.repaired == '"We will win,"'


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \n\u201c\u201d\u200b\x07\u00a0'\"-\u2014")), max_size=60),
       st.data())
def test_every_cleaned_span_maps_to_a_valid_original_span(text, data):
    cleaned = clean(text)
    n = len(cleaned.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    ev = cleaned.evidence(start, end)
    assert 0 <= ev.start <= ev.end <= len(text)
    assert text[ev.start:ev.end] == ev.text
