"""``find_counts``: every count in a doc, English or French (``french``), with its kind and the
word it is anchored on; sets ``doc._.ew_counts``, ``doc.spans["ew_counts"]`` and the anchors."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..._doc import CountMention, ensure_extensions, evidence
from ..._doc import doc_text as _text_of
from ...model import Count
from .french import _find_counts_fr
from .background import background_toll
from .implicit import _him_or_her, _his_death, _hostages_later, _singulars, _the_other
from .numbers import _EXPR, _date_ranges, _value
from .parts import _both_people, _in_breakdown, _one_of_them, _parts_of_them, _restated_in_brackets, _restated_parts
from .vague import VAGUE
from .victims import (
    _casualty_link,
    _counted_noun,
    _group_acronym,
    _group_of,
    _included_toll,
    _in_including,
    _listed_part,
    _nearby_kind,
    _passive_later,
    _people_within,
    _subjectless_root,
    _surface_kind,
    _surface_noun,
    _victim_slot,
)
from .words import (
    _LIFE_VERBS,
    _NOT_PEOPLE,
    _UNIT_NUMBER_NOUNS,
    _either_or,
    _is_person,
    _killed_and_wounded,
    _lem,
    _unrealized,
    _word_kind,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def _not_people(doc: Doc, span: Span, text: str, doc_text: str | None = None) -> bool:
    """True for numbers that are never counts of people (``doc_text``: ``doc.text``, when known)."""
    start, end = span.start_char, span.end_char
    if doc_text is None:
        doc_text = _text_of(doc)
    after = doc_text[end : end + 24].lower()
    before = doc_text[max(0, start - 16) : start].lower()
    if re.match(r"\s*(?:-|\s)?(?:years?[- ]old|year|yr|%|percent|per\s+cent|mm\b|km|kg|th\b|st\b|nd\b|rd\b|:)", after):
        return True
    if re.search(r"(?:[$€£¥]|\b(?:us|usd|eur|rs|no|aged|age\s+of|out\s+of|page|\w+-)\s*\.?\s*)$", before):
        return True
    if re.fullmatch(r"(?:1[89]|20)\d\d", text.strip()):
        return True  # a year
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and _lem(nxt) in _NOT_PEOPLE:
        return True
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lemma_.lower() in _UNIT_NUMBER_NOUNS and re.fullmatch(r"[\d.,]+", text.strip()):
        return True
    return False


_ONE = re.compile(r"(?i)\b(?:a|an)\s+$")


def find_counts(doc: Doc) -> list[CountMention]:
    """Find the counts in ``doc``; sets ``doc._.ew_counts`` and ``doc.spans["ew_counts"]``
    (span labels are the kind, or "count" when no casualty wording is attached). A doc parsed
    by a French pipeline (``doc.lang_ == "fr"``) is read with the French tables (``french``)."""
    ensure_extensions()
    if doc.lang_ == "fr":
        return _find_counts_fr(doc)
    dates = _date_ranges(doc)
    mentions: list[CountMention] = []
    anchors: dict[int, int] = {}
    doc_text = _text_of(doc)
    pos = 0
    while (m := _EXPR.search(doc_text, pos)) is not None:
        pos = m.end()
        if m["b"] and m["join"].lower() == "and" and not m["between"]:
            # "killing 2 and 5 injured": two figures, not a range; the first alone, then on from the second
            pos = m.start("b")
            m = _EXPR.match(doc_text, m.start(), m.start("join"))
            if m is None:
                continue
        if any(s < m.end() and m.start() < e for s, e in dates):
            continue
        values = _value(m)
        if values is None:
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or not len(span) or _not_people(doc, span, m["a"], doc_text):
            continue
        if m["a"].lower() == "both" and not _both_people(span):
            continue
        if mentions and _restated_in_brackets(doc_text, mentions[-1], m.start(), m.end(), values):
            continue  # "eleven (11) people": one number written twice
        mentions.append(_mention(doc, span, values, anchors, m.start(), m.end()))
    mentions.extend(_singulars(doc, mentions, anchors))
    mentions.extend(_hostages_later(doc, mentions, anchors))
    mentions.extend(_him_or_her(doc, mentions, anchors))
    mentions.extend(_his_death(doc, mentions, anchors))
    mentions.extend(_the_other(doc, mentions, anchors))
    mentions = [_one_of_them(m, mentions) for m in mentions]
    mentions.sort(key=lambda c: c.span.start)
    mentions = _restated_parts(mentions)
    mentions = _parts_of_them(mentions)
    mentions = _included_after_toll(mentions, anchors)
    doc._.ew_counts = mentions
    doc.spans["ew_counts"] = [c.span for c in mentions]
    doc.user_data["ew_count_anchors"] = anchors
    return mentions


def _included_after_toll(mentions: list[CountMention], anchors: dict[int, int]) -> list[CountMention]:
    """'At least 10 were killed. The dead included 3 soldiers': the people a list of the dead names
    after a toll are some of those counted, no more; with no toll before, the list is the toll."""
    out = []
    for m in mentions:
        word = m.span.doc[anchors[m.span.start]] if m.casualty and m.span.start in anchors else None
        root = m.span.root
        included = word is not None and word.i < m.span.start and (
            _included_toll(root) is not None or _included_toll(root.head) is not None)
        if included and any(p.casualty and p.count.kind == "killed" and p.span.end <= word.i for p in mentions):
            m.span.label_ = "count"
            m = CountMention(span=m.span, count=m.count, head=m.head, casualty=False)
        out.append(m)
    return out


_EACH_SIDE = re.compile(r"(?i)\s+(?:from|on|of|for)\s+(?:each|either|both)\s+(?:side|party|parties|group|camp)")
#: ... but after the casualty word the figure is each side's ("4 were killed on each side" is 8 dead).
_PER_SIDE = re.compile(r"(?i)\s+(?:on|from|for)\s+(?:each|either)\s+(?:side|party)\b")


def _mention(doc: Doc, span: Span, values: tuple[int, int, int], anchors: dict[int, int], start: int, end: int,
             confidence: float = 0.8) -> CountMention:  # fmt: skip
    best, low, high = values
    noun = _counted_noun(span)
    if noun is None:
        noun = _surface_noun(span)
    person = _is_person(noun) or (noun is not None and _people_within(noun)) or _victim_slot(noun) or _group_acronym(
        noun, span) or (
        noun is not None and noun.lemma_ == "life" and noun.dep_ in ("dobj", "obj") and noun.head.lemma_ in _LIFE_VERBS
    )  # "claimed four lives"
    group = _group_of(span)
    if group is not None:  # "killed a family of three": the three are the people, the family the slot
        noun, person = group, True
    partitive = noun is not None and noun.i < span.start and group is None  # "five of them": link through the number
    kind, word = _casualty_link(None if partitive else noun, span) if person else (None, None)
    label = doc[span.start - 2] if span.start >= 2 and doc[span.start - 1].text in (":", "=") else None
    if kind is None and label is not None and (noun is None or noun.i < span.start) and _word_kind(label):
        kind, word = _word_kind(label), label  # "Fatalities: 3", "Injured: 4": a coder's labelled figure
    elif kind is None and person and noun is None:
        kind, word = _nearby_kind(doc, span)
        confidence = 0.6
    elif kind is None and person and noun is not None and not _listed_part(noun) and not _in_including(noun):
        kind, word = _surface_kind(doc, noun if not partitive else span[-1])
        if kind is None and noun.dep_ in ("nsubj", "nsubjpass"):
            kind, word = _passive_later(doc, span, noun)
        confidence = 0.5
    if kind is None and person and span.root.dep_ in ("dobj", "nsubjpass") and noun is not None and noun.i > span.end:
        kind, word = _casualty_link(None, span)  # "killed 3 IS militants" ("IS" parsed as a verb)
    if kind is None and person and noun is not None and noun.i >= span.end:
        kind, word = _subjectless_root(span, noun)
    if kind is None and person and (dead := _included_toll(noun)) is not None:
        kind, word = "killed", dead  # "Fatalities include 2 soldiers and 14 militants"
    if word is not None and (_unrealized(word) or _either_or(word)):
        kind, word = None, None  # "attempted to kill", "killed, injured or captured": no toll
    if kind == "killed" and word is not None and background_toll(word, doc._.ew_published):
        kind, word = None, None  # "which has killed 20,000 since 2009", "a similar attack in March killed 20"
    if _in_breakdown(span) or (span.root.dep_ in ("nsubj", "nsubjpass") and _listed_part(span.root)):
        kind, word = None, None  # "5 civilians (2 men, 2 women and 1 child)", "six people, including ... and four
        # of his guards, were killed": the parts of a count
    if _EACH_SIDE.match(_text_of(doc), span.end_char):
        kind, word = None, None  # "two were killed, one from each side": how the toll splits, not more dead
    if kind is not None and word is not None and _PER_SIDE.match(_text_of(doc), word.idx + len(word.text)):
        best, low, high = 2 * best, 2 * low, 2 * high  # "4 soldiers were killed on each side": both sides' dead
    if kind == "killed" and word is not None and _killed_and_wounded(word) and (best, low, high) not in VAGUE.values():
        best, low = best // 2, 0  # "7 militants were killed and wounded": half, rounded down [ACLED]
    low, high = min(low, best), max(high, best)
    count = Count(best=best, low=low, high=high, kind=kind or "killed", confidence=confidence if kind else 0.3,
                  evidence=[evidence(doc, start, end)])  # fmt: skip
    span.label_ = kind or "count"
    if word is not None:
        anchors[span.start] = word.i
    head = noun.lemma_.lower() if noun is not None else ""
    return CountMention(span=span, count=count, head=head, casualty=kind is not None)
