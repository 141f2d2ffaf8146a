"""Number expressions in English: digits, number words, vague words, ranges and qualifiers
("at least 12", "between 10 and 15", "a few hundred", "2.5 million"), and their (best, low, high)
values (``vague`` gives the conventions). Numbers inside date expressions are never counts
(``_date_ranges``)."""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from ..._doc import doc_text as _text_of
from .vague import VAGUE, _VAGUE_SCALED

if TYPE_CHECKING:
    from spacy.tokens import Doc

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "dozen": 12}

_NUMWORD = "|".join(sorted([*_UNITS, *_SCALES], key=len, reverse=True))
_DIGITS = r"(?<![\w./-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w/])|(?<![\w./-])\d+(?:\.\d+)?(?![\w/]|[.,]\d)"
_CORE = (
    rf"(?:{_DIGITS}|\b(?:{_NUMWORD})\b|\b(?:a|an|half\s+a)\s+(?:dozen|hundred|thousand|million)\b)"
    rf"(?:(?:\s+|-)(?:and\s+)?\b(?:{_NUMWORD})\b)*"
)
#: the upper end of a range: digits may follow the dash ("7-9"), which ``_DIGITS`` refuses
#: before a number on its own ("B-10", "AK-47").
_CORE_B = _CORE.replace(r"(?<![\w./-])", r"(?<![\w./])")
#: the words of "an unknown number of" and its like (``_VAGUE_RE`` finds them, ``_UNKNOWN_NUMBER`` reads them)
_UNKNOWN = r"(?:unknown|unspecified|undisclosed|unconfirmed|undetermined|indeterminate)"
_VAGUE_RE = (
    r"\b(?:(?:an?\s+)?" + _UNKNOWN + r"\s+number(?:\s+of)?"
    r"|tens\s+of\s+thousands|hundreds\s+of\s+thousands|a\s+couple(?:\s+of)?|a\s+few|a\s+handful\s+of|a\s+number\s+of"
    r"|several|numerous|many|tens|dozens|scores|hundreds|thousands|few|both)\b"
)
_QUAL = (
    r"(?:at\s+least|at\s+most|no\s+fewer\s+than|no\s+less\s+than|not\s+less\s+than|more\s+than|over|upwards\s+of|"
    r"in\s+excess\s+of|nearly|almost|about|around|approximately|roughly|some|an\s+estimated|close\s+to|"
    r"up\s+to|as\s+many\s+as|fewer\s+than|less\s+than|under)"
)
_EXPR_BODY = (
    rf"(?:\b(?P<qual>{_QUAL})\s+)?(?:\b(?P<between>between|from)\s+)?"
    rf"(?P<a>{_VAGUE_RE}(?:\s+(?:hundred|thousand|dozen|million)\b)?|{_CORE})"
    rf"(?:\s*(?P<join>-|–|to|or|and)\s*(?P<b>{_CORE_B}))?"
)
#: Every match of ``_EXPR_BODY`` starts a word, with a digit or with the first letter of one of its words
#: (qualifiers, "between"/"from", vague words, number words, "a"/"an"/"half"): ``_FIRST`` lists them. Tried
#: first, it turns away most positions of a text at once (the body tries every alternative at each one):
#: the same matches, about half the time.
_FIRST = r"\b(?=[\dabcdefhilmnorstuz])"
_EXPR = re.compile("(?i)" + _FIRST + _EXPR_BODY)
#: "an unknown number of", "an unspecified number of": one key of ``VAGUE`` for them all.
_UNKNOWN_NUMBER = re.compile(r"(?:an? )?" + _UNKNOWN + r" number(?: of)?$")
_LOW_QUAL = {"at least", "no fewer than", "no less than", "not less than", "more than", "over", "upwards of", "in excess of"}
_ABOUT = {"about", "around", "approximately", "roughly", "some", "an estimated", "close to"}
_UPTO = {"up to", "as many as", "at most", "fewer than", "less than", "under", "nearly", "almost"}


def parse_number(words: str) -> float | None:
    """The value of a number written in digits and/or English words ("twenty-one", "2.5 million")."""
    words = words.lower().replace(",", "")
    tokens = [t for t in re.split(r"[\s-]+", words) if t and t != "and"]
    if not tokens:
        return None
    total, current = 0.0, 0.0
    for tok in tokens:
        if tok in ("a", "an"):
            current = current or 1.0  # ("half a dozen" is 6: "a" keeps the half)
        elif tok == "half":
            current = 0.5
        elif re.fullmatch(r"\d+(?:\.\d+)?", tok):
            current += float(tok)
        elif tok in _UNITS:
            current += _UNITS[tok]
        elif tok in ("hundred", "dozen"):
            current = (current or 1) * _SCALES[tok]
        elif tok in _SCALES:
            total += (current or 1) * _SCALES[tok]
            current = 0.0
        else:
            return None
    return total + current


def _value(m: re.Match[str]) -> tuple[int, int, int] | None:
    a = re.sub(r"\s+", " ", m["a"].lower())
    qual = re.sub(r"\s+", " ", (m["qual"] or "").lower())
    vague_scaled = re.match(r"(a few|few|several)\s+(hundred|thousand|dozen|million)$", a)
    if vague_scaled:
        best, low, high = _VAGUE_SCALED[vague_scaled[1]]
        unit = _SCALES[vague_scaled[2]]
        return best * unit, low * unit, high * unit
    if a in VAGUE:
        return VAGUE[a]
    if _UNKNOWN_NUMBER.match(a):
        return VAGUE["an unknown number of"]
    value = parse_number(a)
    if value is None:
        return None
    n = int(value)
    if m["b"]:
        other = parse_number(m["b"])
        if other is None:
            return None
        hi = int(other)
        if m["join"] == "and" and not m["between"]:
            return None  # "three soldiers and two civilians" is two counts
        if hi >= n:
            return n, n, hi
        return None
    if qual in _LOW_QUAL:
        return n, n, math.ceil(n * 1.5)
    if qual in _ABOUT:
        return n, math.floor(n * 0.8), math.ceil(n * 1.2)
    if qual in ("nearly", "almost"):
        return n, math.floor(n * 0.8), n
    if qual in _UPTO:
        return n, math.ceil(n / 2), n
    return n, n, n


def _date_ranges(doc: Doc) -> list[tuple[int, int]]:
    from ...time import scan

    if doc._.ew_dates is not None:
        return [(m.span.start_char, m.span.end_char) for m in doc._.ew_dates]
    return [(f.start_char, f.end_char) for f in scan(_text_of(doc), doc._.ew_published, future=False, lang=doc.lang_)]
