"""The cached attribute ruler gives every token the annotations spaCy's own ruler gives."""

from __future__ import annotations

import pytest

TEXTS = [
    "Gunmen killed six civilians in the village of Tinzaouaten near Kidal on Monday, a local official said.",
    "I ai n't gon na let 's go. Y' all got ta see it: there is a checkpoint, but he did not stop.",
    "There were clashes in Bat Galim Square of Haifa city.\n\nThe army said it had killed 12 militants.",
    "That was what they did to you and it .  \n  ",
    "On 9 May 2020, Al shabaab militants attacked Jubaland security forces near Bar-Sanguun (Kismaayo).",
]


def _annotations(doc):
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


@pytest.fixture(scope="module")
def models():
    import spacy

    from eventwire._rulecache import FastMatch
    from eventwire.nlp import load_spacy, model_name

    fast = load_spacy("en")
    assert isinstance(fast.get_pipe("attribute_ruler").match, FastMatch)
    stock = spacy.load(model_name("en"))
    assert not isinstance(stock.get_pipe("attribute_ruler").match, FastMatch)
    return stock, fast


def test_same_annotations_as_spacy_ruler(models):
    stock, fast = models
    for text in TEXTS:
        with fast.select_pipes(disable=["eventwire_paragraph_breaks"]):
            assert _annotations(fast(text)) == _annotations(stock(text)), text


def test_multi_token_rules_still_apply(models):
    stock, fast = models
    doc = fast("We are gon na win.")
    gon, na = (t for t in doc if t.lower_ in ("gon", "na"))
    assert (gon.lemma_, na.lemma_) == ("go", "to")  # set by two-token rules of the ruler


def test_rules_added_later_are_used():
    import spacy

    from eventwire._rulecache import speed_up
    from eventwire.nlp import model_name

    nlp = speed_up(spacy.load(model_name("en"), exclude=["ner"]))
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "kidal"}]], {"LEMMA": "KIDAL-TOWN"})
    assert [t.lemma_ for t in nlp("Kidal")] == ["KIDAL-TOWN"]


def test_a_ruler_reading_pos_is_left_alone():
    """POS (set by a morphologizer, as in the French pipeline) is not in the cache key: no caching."""
    import spacy

    from eventwire._rulecache import FastMatch, speed_up

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"POS": "PROPN"}]], {"LEMMA": "NAME"})
    speed_up(nlp)
    assert not isinstance(ruler.match, FastMatch)
    other = spacy.blank("en")
    keyed = other.add_pipe("attribute_ruler")
    keyed.add([[{"LOWER": "kidal", "TAG": "NNP"}]], {"LEMMA": "KIDAL"})
    speed_up(other)
    assert isinstance(keyed.match, FastMatch)
