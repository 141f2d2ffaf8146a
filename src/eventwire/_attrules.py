"""spaCy's ``attribute_ruler`` with the same answers at a fraction of the cost.

The stock component runs one ``Matcher`` with every rule (179 in ``en_core_web_sm``) over each
doc; most rules test a single token with set predicates (``IN``, ``NOT_IN``, ``REGEX``) that are
Python calls per token and rule, which made it about 10% of a parse. A single-token rule's
matches depend only on that token's form, tag and dependency label, so here they are found once
per distinct ``(orth, tag, dep)`` (with the same ``Matcher``, on a one-token Doc) and cached;
the few multi-token rules still run as a ``Matcher`` over the doc. The matches are then sorted
and applied exactly as ``AttributeRuler.match`` and ``set_annotations`` do, so every token gets
the same POS, morphology, lemma and label as before.

``speed_up(nlp)`` patches the pipeline's ``attribute_ruler`` in place (its name, config and
patterns unchanged); a ruler whose rules change afterwards (``add``) falls back to spaCy's own
matching.
"""

from __future__ import annotations

from typing import Any

__all__ = ["CACHE_LIMIT", "FastMatch", "speed_up"]

#: Distinct (orth, tag, dep) keys kept before the cache starts over (memory stays bounded).
CACHE_LIMIT = 200_000


def _single(pattern: list[dict[str, Any]]) -> bool:
    return len(pattern) == 1 and "OP" not in pattern[0]


class FastMatch:
    """``AttributeRuler.match`` for ``ruler``, with single-token matches cached per token key."""

    def __init__(self, ruler: Any) -> None:
        from spacy.matcher import Matcher

        self.ruler = ruler
        self.original = type(ruler).match.__get__(ruler)
        self.size = len(ruler.attrs)
        vocab = ruler.vocab
        self.vocab = vocab
        self.single = Matcher(vocab, validate=False)
        self.multi = Matcher(vocab, validate=False)
        self.has_multi = False
        for attr_id, group in enumerate(ruler.patterns):
            key = vocab.strings.add(str(attr_id))
            singles = [p for p in group["patterns"] if _single(p)]
            others = [p for p in group["patterns"] if not _single(p)]
            if singles:
                self.single.add(key, singles)
            if others:
                self.multi.add(key, others)
                self.has_multi = True
        self.cache: dict[tuple[int, int, int], tuple[tuple[int, int], ...]] = {}

    def _single_matches(self, orth: int, tag: int, dep: int) -> tuple[tuple[int, int], ...]:
        from spacy.tokens import Doc

        strings = self.vocab.strings
        kwargs: dict[str, Any] = {}
        if tag:
            kwargs["tags"] = [strings[tag]]
        if dep:
            kwargs["deps"] = [strings[dep]]
            kwargs["heads"] = [0]
        one = Doc(self.vocab, words=[strings[orth]], spaces=[False], **kwargs)
        found = self.single(one, allow_missing=True, as_spans=False)
        return tuple((int(strings[m_id]), m_id) for m_id, _, _ in found)

    def __call__(self, doc: Any) -> list[tuple[int, int, int, int]]:
        if len(self.ruler.attrs) != self.size:  # rules added since: spaCy's own matching
            return self.original(doc)
        from spacy.attrs import DEP, ORTH, TAG

        if len(self.cache) > CACHE_LIMIT:
            self.cache.clear()
        cache = self.cache
        matches: list[tuple[int, int, int, int]] = []
        rows = doc.to_array([ORTH, TAG, DEP]).tolist() if len(doc) else []
        for i, (orth, tag, dep) in enumerate(rows):
            key = (orth, tag, dep)
            found = cache.get(key)
            if found is None:
                found = cache[key] = self._single_matches(orth, tag, dep)
            for attr_id, m_id in found:
                matches.append((attr_id, m_id, i, i + 1))
        if self.has_multi:
            strings = self.vocab.strings
            for m_id, start, end in self.multi(doc, allow_missing=True, as_spans=False):
                matches.append((int(strings[m_id]), m_id, start, end))
        matches.sort()
        return matches


def speed_up(nlp: Any) -> Any:
    """Give ``nlp``'s ``attribute_ruler`` (if any) the cached matching of ``FastMatch``."""
    if "attribute_ruler" not in nlp.pipe_names:
        return nlp
    ruler = nlp.get_pipe("attribute_ruler")
    from spacy.pipeline import AttributeRuler

    if type(ruler) is AttributeRuler and not isinstance(getattr(ruler, "match", None), FastMatch):
        ruler.match = FastMatch(ruler)
    return nlp
