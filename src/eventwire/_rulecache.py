"""spaCy's rule-based components (``attribute_ruler``, rule ``lemmatizer``) with the same answers
at a fraction of the cost.

The stock component runs one ``Matcher`` with every rule (179 in ``en_core_web_sm``) over each
doc; most rules test a single token with set predicates (``IN``, ``NOT_IN``, ``REGEX``) that are
Python calls per token and rule, which made it about 10% of a parse. A single-token rule's
matches depend only on that token's form, tag and dependency label, so here they are found once
per distinct ``(form, tag, dep)`` (the lowercase form when no rule reads more of the word; the
new keys of a doc in one Doc of one-token "sentences", through the same ``Matcher``) and cached,
with the attributes they set merged in rule order. The few multi-token rules run as a
``Matcher`` over the doc only when one of its tokens can start one. ``match`` returns the
matches sorted as ``AttributeRuler.match`` does; ``set_annotations`` sets each token's merged
attributes once (what applying the matches one by one in rule order leaves), or, when a
multi-token rule matched, applies the matches as spaCy does. Every token gets the same POS,
morphology, lemma and label as before.

The rule lemmatizer keeps a cache keyed by (form, POS, morphology), but fills it only for words
that are not base forms; base forms (most words) went through ``is_base_form`` and a morphology
dict every time, and a new word scanned the index list once per suffix rule. ``CachedLemmas``
caches every answer under spaCy's own key and looks words up in the index as a set.

``speed_up(nlp)`` patches the pipeline's ``attribute_ruler`` (when its rules read only a token's
own form, tag and label: ``cacheable``; not the French one, whose rules read POS) and English rule
``lemmatizer`` in place (names, config and patterns unchanged); a ruler whose rules change
afterwards (``add``) falls back to spaCy's own matching.
"""

from __future__ import annotations

from typing import Any

__all__ = ["CACHE_LIMIT", "CachedLemmas", "FastMatch", "cacheable", "speed_up"]

#: Distinct (form, tag, dep) keys kept before the cache starts over (memory stays bounded).
CACHE_LIMIT = 100_000


#: token attributes a rule may test for its matches to depend on nothing but the token's form, tag
#: and label (the word's own lexical attributes, TAG, DEP); a ruler with rules reading anything else
#: (POS or MORPH set by a morphologizer, as in the French pipeline, NORM, extensions) is left alone
_KEYED = frozenset({
    "ORTH", "TEXT", "LOWER", "LENGTH", "SHAPE", "PREFIX", "SUFFIX", "IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER",
    "IS_UPPER", "IS_TITLE", "IS_PUNCT", "IS_SPACE", "IS_BRACKET", "IS_QUOTE", "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT",
    "IS_CURRENCY", "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL", "TAG", "DEP", "OP",
})
#: token attributes a rule may test for the cache to be keyed by the lowercase form
_LOWER_ENOUGH = frozenset({"LOWER", "IS_SPACE", "TAG", "DEP", "OP"})


def cacheable(ruler: Any) -> bool:
    """Whether every rule of ``ruler`` reads only what ``FastMatch`` keys its cache by."""
    return all(str(k).upper() in _KEYED for group in ruler.patterns for p in group["patterns"] for t in p for k in t)


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
        # the first token of every multi-token rule, as a single-token rule of its own: a doc with no
        # token that can start one needs no multi-token matching (None: some rule's first token is
        # optional or negated, so always match)
        self.start_key: int | None = vocab.strings.add("eventwire:multi-start")
        firsts: list[list[dict[str, Any]]] = []
        for attr_id, group in enumerate(ruler.patterns):
            key = vocab.strings.add(str(attr_id))
            singles = [p for p in group["patterns"] if _single(p)]
            others = [p for p in group["patterns"] if not _single(p)]
            if singles:
                self.single.add(key, singles)
            if others:
                self.multi.add(key, others)
                self.has_multi = True
                for pattern in others:
                    if not pattern or pattern[0].get("OP", "1") not in ("1", "+"):
                        self.start_key = None
                    else:
                        firsts.append([{k: v for k, v in pattern[0].items() if k != "OP"}])
        if self.start_key is not None and firsts:
            self.single.add(self.start_key, firsts)
        # rules that read no more of a word than its lowercase form (and whether it is a space) give
        # every casing of it the same answer: key the cache by the lowercase form then
        from spacy.attrs import LOWER, ORTH

        used = {str(k).upper() for group in ruler.patterns for p in group["patterns"] for t in p for k in t}
        self.form = LOWER if used <= _LOWER_ENOUGH else ORTH
        self.starts: set[tuple[int, int, int]] = set()  # keys of tokens that can start a multi-token rule
        self.cache: dict[tuple[int, int, int], tuple[tuple[int, int], ...]] = {}
        self.merged: dict[tuple[int, int, int], dict[Any, Any] | None] = {}  # key -> its attrs, in rule order
        # each distinct set of matches and its merged attributes, held once for all the keys that have it
        self._shared: dict[tuple[tuple[int, int], ...], tuple[tuple[tuple[int, int], ...], dict[Any, Any] | None]] = {}
        self.original_set = type(ruler).set_annotations.__get__(ruler)
        self._last: tuple[Any, list[Any], list[tuple[int, dict[Any, Any]]] | None] | None = None

    def _single_matches(self, keys: list[tuple[int, int, int]]) -> None:
        """Find and cache the single-token matches of ``keys`` ((form, tag, dep) of tokens not seen
        before): one Doc holding one token per key, each its own head, through the same Matcher
        (a single-token rule looks at nothing but its token)."""
        from spacy.tokens import Doc

        strings = self.vocab.strings
        words = [strings[orth] for orth, _, _ in keys]
        kwargs: dict[str, Any] = {}
        if all(tag for _, tag, _ in keys):
            kwargs["tags"] = [strings[tag] for _, tag, _ in keys]
        elif any(tag for _, tag, _ in keys):  # some tagged, some not: one Doc each
            for key in keys:
                self._single_matches([key])
            return
        if all(dep for _, _, dep in keys):
            kwargs["deps"] = [strings[dep] for _, _, dep in keys]
            kwargs["heads"] = list(range(len(keys)))
        elif any(dep for _, _, dep in keys):
            for key in keys:
                self._single_matches([key])
            return
        batch = Doc(self.vocab, words=words, spaces=[False] * len(words), **kwargs)
        found: list[list[tuple[int, int]]] = [[] for _ in keys]
        for m_id, start, _ in self.single(batch, allow_missing=True, as_spans=False):
            if m_id == self.start_key:
                self.starts.add(keys[start])
            else:
                found[start].append((int(strings[m_id]), m_id))
        for key, matches in zip(keys, found):
            sorted_matches = tuple(sorted(matches))
            shared = self._shared.get(sorted_matches)
            if shared is None:
                shared = self._shared[sorted_matches] = (sorted_matches, self._merge(sorted_matches))
            self.cache[key], self.merged[key] = shared

    def _merge(self, matches: tuple[tuple[int, int], ...]) -> dict[Any, Any] | None:
        """The attributes the rules ``matches`` set on their token, later rules winning (what
        applying them one by one in rule order leaves); None when that is not a plain merge
        (extension attributes, an index other than the token itself)."""
        merged: dict[Any, Any] = {}
        for attr_id, _ in matches:
            attrs = self.ruler.attrs[attr_id]
            if self.ruler.indices[attr_id] not in (0, -1) or "_" in attrs:
                return None
            merged.update(attrs)
        return merged

    def __call__(self, doc: Any) -> list[tuple[int, int, int, int]]:
        if len(self.ruler.attrs) != self.size:  # rules added since: spaCy's own matching
            return self.original(doc)
        from spacy.attrs import DEP, TAG

        if len(self.cache) > CACHE_LIMIT:
            self.cache.clear()
            self.merged.clear()
            self.starts.clear()
        cache = self.cache
        rows = list(zip(*doc.to_array([self.form, TAG, DEP]).T.tolist())) if len(doc) else []
        missing = list(dict.fromkeys(key for key in rows if key not in cache))
        if missing:
            self._single_matches(missing)
        matches: list[tuple[int, int, int, int]] = []
        for i, key in enumerate(rows):
            for attr_id, m_id in cache[key]:
                matches.append((attr_id, m_id, i, i + 1))
        multi = False
        if self.has_multi and (self.start_key is None or not self.starts.isdisjoint(rows)):
            strings = self.vocab.strings
            for m_id, start, end in self.multi(doc, allow_missing=True, as_spans=False):
                matches.append((int(strings[m_id]), m_id, start, end))
                multi = True
        matches.sort()
        plan: list[tuple[int, dict[Any, Any]]] | None = None
        if not multi:  # each token's rules are its own: set their merged attributes once per token
            merged = self.merged
            plan = []
            for i, key in enumerate(rows):
                attrs = merged[key]
                if attrs is None:
                    plan = None
                    break
                if attrs:
                    plan.append((i, attrs))
        self._last = (doc, matches, plan)
        return matches

    def set_annotations(self, doc: Any, matches: list[tuple[int, int, int, int]]) -> None:
        """``AttributeRuler.set_annotations``: the merged attributes of the matches just found for
        ``doc``, token by token, else spaCy's own loop over the matches."""
        last = self._last
        self._last = None
        if last is None or last[0] is not doc or last[1] is not matches or last[2] is None:
            self.original_set(doc, matches)
            return
        from spacy.tokens._retokenize import set_token_attrs

        for i, attrs in last[2]:
            set_token_attrs(doc[i], attrs)


class CachedLemmas:
    """``lemmatizer.rule_lemmatize`` with every answer cached per (orth, pos, morph) (bounded).

    A word not seen before goes through ``rule_lemmas``: spaCy's rule algorithm step for step,
    except that "is this form in the index" asks a set (spaCy's index is a list of up to 57,000
    nouns, scanned once per suffix rule: about 150 microseconds a new word)."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.cache: dict[tuple[int, int, int], list[str]] = {}
        self._index: dict[str, frozenset[str]] = {}

    def __call__(self, token: Any) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        forms = self.cache.get(key)
        if forms is None:
            if len(self.cache) > CACHE_LIMIT:
                self.cache.clear()
            forms = self.cache[key] = self.rule_lemmas(token)
        return list(forms)  # a fresh list each time, as the lemmatizer's own cache-miss path returns

    def rule_lemmas(self, token: Any) -> list[str]:
        """``Lemmatizer.rule_lemmatize(token)`` (spaCy 3.8), with set membership for the index."""
        import warnings

        from spacy.errors import Warnings

        lemmatizer = self.lemmatizer
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            if univ_pos == "":
                warnings.warn(Warnings.W108)
            return [string.lower()]
        if lemmatizer.is_base_form(token):
            return [string.lower()]
        index_table = lemmatizer.lookups.get_table("lemma_index", {})
        exc_table = lemmatizer.lookups.get_table("lemma_exc", {})
        rules_table = lemmatizer.lookups.get_table("lemma_rules", {})
        if not any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
            if univ_pos == "propn":
                return [string]
            return [string.lower()]
        index = self._index.get(univ_pos)
        if index is None:
            index = self._index[univ_pos] = frozenset(index_table.get(univ_pos, {}))
        exceptions = exc_table.get(univ_pos, {})
        rules = rules_table.get(univ_pos, {})
        orig = string
        string = string.lower()
        forms: list[str] = []
        oov_forms: list[str] = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index:
                    forms.insert(0, form)
                elif not form.isalpha():
                    forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(orig)
        return forms


def speed_up(nlp: Any) -> Any:
    """Give ``nlp``'s ``attribute_ruler`` the cached matching of ``FastMatch`` and its English rule
    lemmatizer the cache of ``CachedLemmas`` (components of other kinds are left alone)."""
    from spacy.lang.en.lemmatizer import EnglishLemmatizer
    from spacy.pipeline import AttributeRuler, Lemmatizer

    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        if type(ruler) is AttributeRuler and not isinstance(getattr(ruler, "match", None), FastMatch) \
                and cacheable(ruler):
            fast = FastMatch(ruler)
            ruler.match, ruler.set_annotations = fast, fast.set_annotations
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        if (type(lemmatizer) in (Lemmatizer, EnglishLemmatizer) and lemmatizer.mode == "rule"
                and not isinstance(lemmatizer.lemmatize, CachedLemmas)):
            lemmatizer.lemmatize = CachedLemmas(lemmatizer)
    return nlp
