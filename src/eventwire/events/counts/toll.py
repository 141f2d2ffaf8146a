"""The toll of one event: ``event_counts`` sums by kind the casualty counts anchored on words
linked to the event's trigger (adding parts, reconciling other sources' figures); ``group_size``
gives an actor the size of its group as a count of kind "strength", never a toll."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._doc import CountMention
from ...model import Count
from .find import find_counts
from .merge import add_counts, reconcile, same_people
from .words import _SAYING, _is_person

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token
_EVENT_PREPS = {"in", "during", "by", "after", "amid", "following", "at"}


def _linked(doc: Doc, trigger: Span, anchor: Token) -> bool:
    root = trigger.root
    if trigger.start <= anchor.i < trigger.end:
        return True
    if anchor.sent.start != trigger.sent.start:
        return False
    if any(a.i == root.i for a in anchor.ancestors):
        # "the army reported that five ... were killed": the report is not the killing
        if root.lemma_ in _SAYING:
            path = [anchor, *(a for a in anchor.ancestors if a.i != root.i and any(b.i == root.i for b in a.ancestors))]
            return not any(t.dep_ in ("ccomp", "parataxis") for t in path)
        return True
    if root.head.i == anchor.i and root.dep_ in ("nsubj", "nsubjpass", "csubj", "nsubj:pass"):
        return True  # "the blast killed five"
    if root.head.i == anchor.i and root.dep_ in ("obl", "obl:mod", "obl:agent", "nmod") and any(
        c.dep_ == "case" and c.lower_ in ("lors", "dans", "par", "pendant", "durant", "au", "à") for c in root.children
    ):
        return True  # "tués lors de l'attaque", "tués par une frappe"
    if root.head.lower_ == "lors" and root.head.head.i == anchor.i:
        return True  # the parse may hang "lors d'affrontements" off "lors"
    prep = root.head
    if root.dep_ == "pobj" and prep.head.i == anchor.i and prep.lower_ in _EVENT_PREPS:
        return True  # "five were killed in the attack", "killed by an airstrike"
    return False


def group_size(doc: Doc, group: Span) -> Count | None:
    """The size of a group taking part in an event ("a few hundred fighters", "about 500
    residents"), as a ``Count`` of kind "strength": the number is an attribute of the actor (force
    or crowd size; ACLED keeps a crowd's size in its tags), never a casualty count. ``group`` is the
    actor's mention; the count is one with no casualty wording whose noun is the mention's head."""
    mentions: list[CountMention] = doc._.ew_counts if doc._.ew_counts is not None else find_counts(doc)
    root = group.root
    for m in mentions:
        if m.casualty or m.span.sent.start != group.sent.start:
            continue
        inside = group.start <= m.span.start and m.span.end <= group.end
        before = m.span.end <= root.i <= m.span.end + 3
        if (inside or before) and m.span.root.head.i == root.i and _is_person(root):
            c = m.count
            return Count(best=c.best, low=c.low, high=c.high, kind="strength", confidence=0.6,
                         evidence=[e.model_copy() for e in c.evidence])  # fmt: skip
    return None


def event_counts(doc: Doc, trigger: Span) -> dict[str, Count]:
    """The casualty counts (by kind) attached to the event whose trigger is ``trigger``.

    Counts of several groups tied to the same wording ("three soldiers and two civilians were
    killed") are added up; each part stays in the evidence list. Another source's figure for the
    same people ("killing 4, according to the army, while other sources said 6") is not added:
    the figures are reconciled (``reconcile``).
    """
    mentions: list[CountMention] = doc._.ew_counts if doc._.ew_counts is not None else find_counts(doc)
    anchors: dict[int, int] = doc.user_data.get("ew_count_anchors", {})
    by_kind: dict[str, Count] = {}
    earlier: dict[str, list[CountMention]] = {}
    for mention in mentions:
        if not mention.casualty or mention.span.start not in anchors:
            continue
        if not _linked(doc, trigger, doc[anchors[mention.span.start]]):
            continue
        c = mention.count
        if c.kind in by_kind:
            if any(same_people(prev, mention) for prev in earlier[c.kind]):
                by_kind[c.kind] = reconcile([by_kind[c.kind], c])
            else:
                by_kind[c.kind] = add_counts([by_kind[c.kind], c])
        else:
            by_kind[c.kind] = c.model_copy(deep=True)
        earlier.setdefault(c.kind, []).append(mention)
    for mention in mentions:  # another source's figure elsewhere in the text for the same people
        linked = earlier.get(mention.count.kind, [])
        if mention.casualty and linked and mention not in linked and any(
            same_people(a, b) for m in linked for a, b in ((m, mention), (mention, m)) if a.span.start < b.span.start
        ):
            by_kind[mention.count.kind] = reconcile([by_kind[mention.count.kind], mention.count])
    return by_kind
