"""Trigger search looks only at words that can be triggers, and finds what a look at every word finds."""

from __future__ import annotations

import datetime as dt

import pytest

# one sentence for each way a word becomes a trigger: the lexicon's lemma or form, a participle the
# tagger took for an adjective, an irregular past, a hyphenated word, a multi-word trigger, and the rules
SENTENCES = [
    "Hundreds of workers took to the streets of Lagos on Monday to demand unpaid wages.",
    "The bodies of two men were found in a ditch near Kidal on Tuesday, residents said.",
    "Police discovered a cache of explosives in a house in Gao and defused an IED nearby.",
    "Students staged a sit-in outside the ministry, and a shoot-out later broke out near the border.",
    "Armed men stole cattle from herders near Djibo; the shop was looted and nearly burned.",
    "Monitors recorded 24 shots and 12 explosions near the front line, mostly from small arms.",
    "Gunmen opened fire on a bus in Kandahar, and rebels set fire to three houses in Beni.",
    "Protesters lit tyres and blocked the main road, while soldiers fired shots in the air.",
    "Militants took over the town of Djibo and took control of the nearby village.",
    "A woman was raped in the camp, and armed men took away three men from the village.",
    "A military operation against terrorists left seven militants dead, the army said.",
    "Residents formed a human chain around the church while workers demanded their salaries.",
    "Soldiers rounded up dozens of young men, and two civilians were shot dead by security forces.",
    "The central bank kept its interest rate unchanged, and the football team won its qualifier.",
]


def _every_word(sent, lexicon, blocked):  # type: ignore[no-untyped-def]
    """The triggers found by asking about every word of the sentence."""
    from eventwire.events.detect import _is_trigger, _multi_triggers, _weapon_disrupted

    multi, consumed = _multi_triggers(sent, lexicon, blocked)
    return [(tok, spec) for tok in sent if tok.i not in consumed and (spec := (
        None if _weapon_disrupted(tok) else multi.get(tok.i)) or _is_trigger(tok, lexicon, blocked)) is not None]


@pytest.fixture(scope="module")
def docs(pipeline):  # type: ignore[no-untyped-def]
    from eventwire.readers.base import make_document

    return [pipeline.detect(pipeline.parse(make_document(text, published=dt.date(2024, 3, 5)))) for text in SENTENCES]


def test_trigger_search_finds_what_every_word_finds(docs, pipeline):  # type: ignore[no-untyped-def]
    from eventwire.events.detect import sentence_triggers

    for doc in docs:
        blocked = {i for m in doc._.ew_actors or [] for i in range(m.span.start, m.span.end)}
        for sent in doc.sents:
            found = sentence_triggers(sent, pipeline.lexicon, blocked)
            assert [(t.i, s.lemma) for t, s in found] == [(t.i, s.lemma) for t, s in _every_word(
                sent, pipeline.lexicon, blocked)], sent.text


def test_rule_and_inflected_triggers_are_found(docs, pipeline):  # type: ignore[no-untyped-def]
    from eventwire.events.detect import sentence_triggers

    words = set()
    for doc in docs:
        for sent in doc.sents:
            words |= {t.lower_ for t, _ in sentence_triggers(sent, pipeline.lexicon, set())}
    # the rules' words ("took to the streets", "bodies ... found", "discovered a cache", "opened fire",
    # "set fire", "lit tyres"), a hyphenated trigger, an irregular past and a participle
    assert {"took", "found", "discovered", "opened", "set", "lit", "sit", "stole", "looted"} <= words
    assert not {"bank", "team", "rate"} & words
