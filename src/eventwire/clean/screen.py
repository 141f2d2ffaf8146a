"""The relevance screen: which sentences the parser must see, before any parse.

Most sentences of real news name no event. The screen splits the cleaned text into
sentences with a cheap rule (no model), marks a sentence as a *candidate* when one of
its words is a form of an event trigger or a weapon word of the trigger lexicon, and
keeps every candidate with its ``context`` neighbouring sentences on each side plus the
headline (first sentence: the dateline, the focus country). Everything else is blanked:
each character becomes a space, newlines stay, so the parser gets a text of the same
length and every offset (evidence, event ids) is unchanged.

    >>> from eventwire.clean.screen import screen
    >>> screened = screen(text)
    >>> screened.text            # what the parser sees
    >>> screened.kept_fraction   # share of characters kept

Trigger forms come from the lexicon's lemmas (and the words its rule-found triggers need,
``rule_words``: "bodies", "streets"): regular inflections by the lemmatizer's
own suffix rules run backwards, irregular ones ("fought", "shot", "struck") from the
model's exception table; nothing is listed by hand.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["KnownNames", "Screened", "candidate_words", "is_candidate", "screen", "split_sentences"]

# A sentence ends at . ! ? (plus closing quotes/brackets) before whitespace, or at a line break.
_SENT_END = re.compile(r"""(?:[.!?]+["'\u201d\u2019)\]]*\s+|\n\s*)""")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


#: A "sentence" longer than this (a run-on line, a table, hostile input) is screened in pieces.
MAX_SENTENCE = 2000


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) cut at whitespace into pieces of at most about MAX_SENTENCE characters."""
    out = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = start + MAX_SENTENCE if cut == -1 else cut + 1
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


_TITLE_BEFORE = re.compile(r"(?:^|[\s(\[\"'])([A-Z][a-z]{1,5})$")


def _after_title(text: str, start: int, end: int) -> bool:
    """The sentence end matched at [start, end) is a title's single full stop before a capitalised name."""
    from ..nlp import TITLE_ABBREVIATIONS

    if text[start:end].rstrip() != "." or "\n" in text[start:end] or not text[end:end + 1].isupper():
        return False
    m = _TITLE_BEFORE.search(text, max(0, start - 7), start)
    return m is not None and m.group(1) in TITLE_ABBREVIATIONS


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Cheap sentence spans (start, end) covering ``text`` end to end."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if _after_title(text, m.start(), m.end()):
            continue  # "shot dead Hon. Ahmed Mohamed": a title's full stop, not a sentence's
        spans.extend(_pieces(text, start, m.end()))
        start = m.end()
    if start < len(text):
        spans.extend(_pieces(text, start, len(text)))
    return spans


def _irregular_forms() -> dict[str, set[str]]:
    """lemma -> irregular inflected forms, from the model's lemmatizer exception table."""
    from spacy.lookups import Lookups

    from ..nlp import model_name

    out: dict[str, set[str]] = {}
    spec = importlib.util.find_spec(model_name("en"))
    if spec is None or spec.origin is None:  # pragma: no cover
        return out
    found = sorted(Path(spec.origin).parent.glob("*/lemmatizer/lookups"))
    if not found:  # pragma: no cover
        return out
    exc = Lookups().from_disk(found[0]).get_table("lemma_exc")
    for pos in ("noun", "verb", "adj"):
        for form, lemmas in exc.get(pos, {}).items():
            for lemma in lemmas:
                out.setdefault(lemma, set()).add(form)
    return out


def _plural_forms(lemma: str) -> set[str]:
    forms = {lemma, lemma + "s", lemma + "es"}
    if lemma.endswith("y"):
        forms.add(lemma[:-1] + "ies")
    return forms


def _regular_forms(lemma: str) -> set[str]:
    """Verb forms (and agent nouns: "attacker", "bomber") by the regular suffix rules."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "ing", lemma + "d", lemma + "er", lemma + "ers"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing", lemma[:-1] + "er"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing", lemma + lemma[-1] + "er"}
    return forms


def _forms(lemma: str, verb: bool, irregular: dict[str, set[str]]) -> set[str]:
    lemma = lemma.lower()
    return (_regular_forms(lemma) if verb else _plural_forms(lemma)) | irregular.get(lemma, set())


@functools.lru_cache(maxsize=2)
def _vocabulary(interactions: bool = True) -> tuple[frozenset[str], tuple[tuple[frozenset[str], ...], ...]]:
    """Single trigger and weapon word forms, and each multi-word trigger as one form set per word;
    with ``interactions``, the words of verbal interactions too."""
    from ..events.lexicon import load_lexicon

    lexicon = load_lexicon()
    irregular = _irregular_forms()
    words: set[str] = set()
    for lemma, spec in lexicon.single.items():
        words |= _forms(lemma, "VERB" in spec.pos, irregular)
    for word in lexicon.rule_words:  # "the bodies of five men were discovered": a trigger found by a rule
        words |= _forms(word, True, irregular)
    phrases: list[tuple[frozenset[str], ...]] = []
    for phrase in lexicon.multi:  # "shoot dead", "hand over": any word may carry the inflection
        phrases.append(tuple(frozenset(_forms(w, True, irregular)) for w in phrase.split()))
    # verbal interactions (PLOVER/CAMEO only, ``events.plover``): a verb alone, or with one of its objects
    from ..events.plover import load_plover

    plover_single, plover_groups = load_plover().screen_terms() if interactions else ((), ())
    for lemma in plover_single:
        words |= _forms(lemma, True, irregular)
    for group in plover_groups:
        phrases.append(tuple(frozenset(f for w in part for f in _forms(w, True, irregular)) for part in group))
    for weapon_words in lexicon.weapon_words.values():
        for phrase in weapon_words:
            parts = phrase.split()
            if len(parts) == 1:
                words |= _forms(phrase, False, irregular)
            else:  # "land mine", "blew himself up": all of its words must be there
                phrases.append(tuple(frozenset(_forms(w, False, irregular) | {w.lower()}) for w in parts))
    return frozenset(words), tuple(phrases)


def candidate_words(interactions: bool = True) -> frozenset[str]:
    """Every single word form that makes a sentence an event candidate (lowercase)."""
    return _vocabulary(interactions)[0]


@functools.lru_cache(maxsize=2)
def _phrase_words(interactions: bool = True) -> frozenset[str]:
    """Every form of every word of a multi-word trigger: a sentence with none of them holds no phrase."""
    return frozenset(form for phrase in _vocabulary(interactions)[1] for forms in phrase for form in forms)


def is_candidate(sentence: str, interactions: bool = True) -> bool:
    """Does the sentence hold a word (or all the words of a phrase) that can name an event (or,
    with ``interactions``, a verbal interaction)?"""
    single, phrases = _vocabulary(interactions)
    found = set(_WORD.findall(sentence.lower()))
    found |= {w.rsplit("-", 1)[-1] for w in found if "-" in w}
    if not found.isdisjoint(single):
        return True
    found &= _phrase_words(interactions)
    if not found:
        return False
    by_first = _phrases_by_first_word(interactions)  # only the phrases whose first word is there
    return any(all(not found.isdisjoint(forms) for forms in phrases[k])
               for k in {*by_first.get("", ()), *(k for word in found for k in by_first.get(word, ()))})


@functools.lru_cache(maxsize=2)
def _phrases_by_first_word(interactions: bool = True) -> dict[str, tuple[int, ...]]:
    """Each form of a multi-word trigger's first word -> the places of the phrases it starts (a phrase
    of no words, which any sentence holds, under "")."""
    index: dict[str, list[int]] = {}
    for k, phrase in enumerate(_vocabulary(interactions)[1]):
        for form in phrase[0] if phrase else ("",):
            index.setdefault(form, []).append(k)
    return {form: tuple(ks) for form, ks in index.items()}


class KnownNames:
    """A gazetteer seen as the screen's place test needs it: ``lookup(name)`` says yes or no.

    The test asks about every capitalised word of the sentences it would otherwise blank.
    Through the gazetteer's own ``lookup`` each answer would be a list of candidates kept in
    the resolver's large cache (about 120 MB over a few thousand articles); here it is one
    ``has_name`` probe and a bool in a small cache of its own. Same answers.
    """

    def __init__(self, gazetteer: object, cache_size: int = 20_000) -> None:
        has_name = getattr(gazetteer, "has_name", None)
        if has_name is None:
            lookup = gazetteer.lookup  # type: ignore[attr-defined]

            def has_name(text: str) -> bool:
                return bool(lookup(text))

        self.lookup: Callable[[str], bool] = functools.lru_cache(maxsize=cache_size)(has_name)


@dataclass(frozen=True)
class Screened:
    """The text the parser sees (same length as the input) and which sentences were kept."""

    text: str
    sentences: tuple[tuple[int, int], ...]
    kept: tuple[bool, ...]
    candidates: tuple[bool, ...]

    @property
    def kept_fraction(self) -> float:
        total = sum(e - s for s, e in self.sentences)
        kept = sum(e - s for (s, e), k in zip(self.sentences, self.kept) if k)
        return kept / total if total else 1.0


_NOT_NEWLINE = re.compile(r"[^\n]+")


def _blank(segment: str) -> str:
    return _NOT_NEWLINE.sub(lambda m: " " * len(m.group()), segment)


# Words without which no date expression can be written (checked before the date grammar runs).
_DATE_CUE = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|"
    r"tonight|ago|last|earlier|week|month|year|morning|afternoon|evening|night|dawn|dusk|weekend)", re.I)


def _dated(text: str, start: int, end: int) -> bool:
    """Does text[start:end] hold a date expression (``eventwire.time.scan``, no model)?"""
    from .. import time as ew_time

    sentence = text[start:end]
    return bool(_DATE_CUE.search(sentence)) and bool(ew_time.scan(sentence, None))


def screen(text: str, *, context: int = 1, dates: bool = True,
           keep: Callable[[str], bool] | None = None, candidate: Callable[[str], bool] | None = None,
           dated: Callable[[str, int, int], bool] | None = None) -> Screened:
    """Blank the sentences that are neither event candidates, their neighbours, nor the headline.

    With ``dates`` (the default) a sentence holding a date expression is also kept when an
    event candidate follows it: an event is often dated by an earlier sentence. ``keep``, when
    given, keeps any other sentence it says yes to (the pipeline keeps sentences that name a
    place: places anywhere in a text choose among namesakes and locate events by context).
    ``candidate`` and ``dated`` replace ``is_candidate`` and the English date test for another
    language (``eventwire.fr.screen``).
    """
    sentences = split_sentences(text)
    is_event = candidate or is_candidate
    has_date = dated or _dated
    candidates = [is_event(text[s:e]) for s, e in sentences]
    flags = [False] * len(sentences)
    real = [i for i, (s, e) in enumerate(sentences) if text[s:e].strip()]
    if real:
        flags[real[0]] = True  # the headline or first sentence: dateline, focus country
    for pos, i in enumerate(real):
        if candidates[i]:
            for j in real[max(0, pos - context): pos + context + 1]:
                flags[j] = True
    if dates and any(candidates) and not all(flags[i] for i in real):
        last_candidate = max(i for i in real if candidates[i])
        for i in real:
            if i < last_candidate and not flags[i] and has_date(text, *sentences[i]):
                flags[i] = True
    if keep is not None and any(candidates):
        for i in real:
            if not flags[i] and keep(text[sentences[i][0]:sentences[i][1]]):
                flags[i] = True
    if all(flags[i] for i in real):
        return Screened(text, tuple(sentences), tuple(flags), tuple(candidates))
    out = [text[s:e] if k else _blank(text[s:e]) for (s, e), k in zip(sentences, flags)]
    return Screened("".join(out), tuple(sentences), tuple(flags), tuple(candidates))
