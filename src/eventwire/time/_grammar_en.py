"""Date expressions in English text: ``GRAMMARS["en"]``, the regexes and word tables; the rule
bodies are shared (``_rules``) and the conventions are listed in ``_grammar``.

Dates in digits are read month first ("05/06/2018" is 6 May) unless the first number cannot be a
month.
"""

from __future__ import annotations

import re

from . import _calendar as cal
from . import _rules as r
from ._grammar import GRAMMARS, Grammar, _Handler, compile_rules

__all__: list[str] = []

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)(?![a-z])"
)
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[89]|20)\d\d"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_PART = r"(?i:early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of|the\s+start\s+of|start\s+of|the\s+middle\s+of|middle\s+of)"
_WORDNUM = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "few": 3, "a few": 3, "several": 5,
    "a couple of": 2, "couple of": 2, "a couple": 2,
}  # fmt: skip
_NUM = r"(?:\d{1,3}|a\s+couple\s+of|couple\s+of|a\s+few|few|several|" + "|".join(
    sorted((k for k in _WORDNUM if " " not in k), key=len, reverse=True)
) + ")"
_UNIT = r"(?:hours?|days?|nights?|weeks?|months?|years?)"
# gates (see ``compile_rules``): what every match of a rule contains
_DIGIT = r"\d"  # dates in figures: the day or the year
_UNIT_WORD = "(?i)" + _UNIT  # "three days ago", "for two weeks", "last month"
_WEEKDAY = "day"  # every weekday's name ends so
_DAY_TIME = r"(?i)day|night|morning|afternoon|evening|tomorrow|hours|dawn|light"  # "yesterday", "overnight"
_WEEKEND = r"(?i)weekend"
_RECENT = r"(?i)recent|late"  # "recently", "lately", "of late", "in recent weeks"
_MONTH_NAME = r"Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec"  # how every name of ``_MONTH`` begins (same case)


def _key(word: str) -> str:
    return re.sub(r"\s+", " ", word.lower())


def _num(word: str) -> int:
    word = _key(word)
    return int(word) if word.isdigit() else _WORDNUM[word]


def _month(word: str) -> int:
    return cal.MONTHS[word.lower().rstrip(".")]


def _day(word: str) -> int:
    return int(re.match(r"\d+", word).group())  # type: ignore[union-attr]


def _unit(word: str) -> str:
    word = word.lower().rstrip("s")
    return "day" if word == "night" else word


def _part(word: str) -> str:
    word = word.lower()
    for key in ("early", "mid", "late", "end", "beginning", "start", "middle"):
        if key in word:
            return {"middle": "mid", "end": "late"}.get(key, key)
    return word


_PERIOD_SHIFT = {"last": -1, "previous": -1, "this": 0, "next": 1, "following": 1}


def _read_period(m: re.Match[str]) -> tuple[int, str, str]:
    """"last week", "earlier this month", "late last year": (shift, unit, modifier)."""
    return _PERIOD_SHIFT[m["rel"].lower().split()[-1]], m["unit"].lower(), (m["mod"] or "").lower()


_RULES: list[tuple[str, _Handler] | tuple[str, _Handler, str]] = [
    (rf"\b(?:{_WD},?\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR})\b", r.full_date, _DIGIT),
    (rf"\b(?:{_WD},?\s+)?(?P<m>{_MONTH})\s+(?P<d>{_DAY}),?\s+(?P<y>{_YEAR})\b", r.full_date, _DIGIT),
    (r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b", r.iso_date, _DIGIT),
    (r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d)\b", r.slashed_date, _DIGIT),
    (rf"\b(?P<d1>{_DAY})\s*(?:-|–|to|and)\s*(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?\b", r.day_range, _DIGIT),
    (rf"\b(?P<m>{_MONTH})\s+(?P<d1>{_DAY})\s*(?:-|–|to|and)\s*(?P<d2>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?\b", r.day_range, _DIGIT),
    (rf"\b(?:{_WD},?\s+)?(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH})(?!\s*,?\s*\d)", r.day_month, _DIGIT),
    (rf"\b(?:{_WD},?\s+)?(?P<m>{_MONTH})\s+(?P<d>{_DAY})\b(?!\s*,?\s*(?:{_YEAR})\b)(?![\d,.:]\d)", r.day_month, _DIGIT),
    (rf"\b(?:(?P<part>{_PART})[\s-]+)?(?:(?P<rel>(?i:last|this|next))\s+)?(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR})\b)?",
     r.month_in_year, _MONTH_NAME),
    (rf"\b(?:(?P<part>{_PART})[\s-]+)?(?P<y>{_YEAR})\b(?![-/]\d)(?!\s*(?:%|percent))", r.year, _DIGIT),
    (rf"\b(?:(?P<rel>(?i:last|this|next|past|previous|coming))\s+)?(?P<wd>{_WD})(?![a-z])(?:'s)?"
     r"(?:\s+(?P<tod>(?i:morning|afternoon|evening|night)))?", r.weekday, _WEEKDAY),
    (r"(?i)\b(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tonight|tomorrow|"
     r"last\s+night|this\s+(?:morning|afternoon|evening)|earlier\s+today|later\s+today|earlier\s+in\s+the\s+day)"
     r"(?:'s)?(?:\s+(?P<tod>morning|afternoon|evening|night))?\b", r.day_word, _DAY_TIME),
    (rf"(?i)\b(?:(?P<mod>earlier|later|{_PART})[\s-]+)?(?P<rel>last|this|next|previous|the\s+previous|the\s+following)"
     r"\s+(?P<unit>week|weekend|month|year)\b", r.period, _UNIT_WORD),
    (r"(?i)\b(?:over|during|at|on)\s+the\s+weekend\b|\b(?:over\s+|during\s+)?this\s+(?P<past>past)\s+weekend\b",
     r.the_weekend, _WEEKEND),
    (r"(?i)\b(?:overnight|(?:in|during)\s+the\s+(?:early\s+)?(?:hours|night)(?!\s+(?:of|between|from)\b)"
     r"|(?:shortly|just|soon|right|minutes|an\s+hour)\s+(?:after|before)\s+midnight|(?:around|at|near|about)\s+midnight"
     r"|(?:before|at|around)\s+(?:dawn|daybreak|first\s+light))\b", r.night_before, _DAY_TIME),
    (rf"(?i)\b(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\s+(?P<dir>ago|earlier|before|later|after)\b(?!\s+(?:the|a|his|her|their)\b)",
     r.counted_shift, _UNIT_WORD),
    (r"(?i)\b(?:the\s+)?(?P<w>next|following|previous|preceding)\s+(?:day|morning|evening|night)\b"
     r"|\bthe\s+day\s+(?P<w2>before|after)\b", r.next_day, _DAY_TIME),
    (r"(?i)\b(?:(?:very|more|most|only)\s+)?(?:recently|lately|of\s+late|in\s+recent\s+(?P<unit>days|weeks|months|years))\b",
     r.recently, _RECENT),
    (rf"(?i)\b(?:(?:in|over|during|within|for)\s+)?(?:the|this)\s+(?P<dir>past|last|previous|coming|next|following)\s+"
     rf"(?:(?P<n>{_NUM})\s+)?(?P<unit>{_UNIT})\b", r.rolling, _UNIT_WORD),
    (rf"(?i)\b(?P<w>within|in)\s+(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\b(?!\s+(?:of|ago)\b)", r.within, _UNIT_WORD),
    (rf"(?i)\b(?:(?:at\s+least|at\s+most|another|a\s+further|up\s+to|for)\s+)?(?P<n1>{_NUM})"
     rf"(?:\s*(?:or|to|-|–)\s*(?P<n2>{_NUM}))?\s+(?P<unit>{_UNIT})\b(?!\s+(?:ago|later|earlier|before|after|old)\b)(?!-old)",
     r.duration, _UNIT_WORD),
]

GRAMMARS["en"] = Grammar(
    rules=compile_rules(_RULES),
    future_cue=re.compile(
        r"(?i)\b(?:will|shall|won't|'ll|is\s+to|are\s+to|scheduled|plans?\s+to|planned|expected\s+to|"
        r"set\s+to|due\s+to|upcoming|hopes?\s+to|intends?\s+to|should\s+still|should)\b"
    ),
    sentence_end=re.compile(r"[.!?]\s+(?=[A-Z\"“])|\n\s*\n"),
    since=re.compile(r"(?i)\b(?:ever\s+)?since\s+$"),
    between=re.compile(r"(?i)\b(?:between|from)\s+$"),
    join=re.compile(r"(?i)^\s*(?:and|to|until|till|through|-|–)\s*$"),
    key=_key, month=_month, day=_day, num=_num, unit=_unit, part=_part,  # fmt: skip
    weekdays=cal.WEEKDAYS,
    relation={"last": "last", "past": "last", "previous": "last", "next": "next", "coming": "next",
              "following": "next", "this": "this"},  # fmt: skip
    day_words={
        "the day before yesterday": -2, "yesterday": -1, "last night": -1, "today": 0,
        "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "earlier today": 0,
        "later today": 0, "earlier in the day": 0, "tomorrow": 1, "the day after tomorrow": 2,
    },  # fmt: skip
    shifts={"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1},
    directions={"ago": (-1, "relative"), "earlier": (-1, "anaphoric"), "before": (-1, "anaphoric"),
                "later": (1, "anaphoric"), "after": (1, "anaphoric")},  # fmt: skip
    recent={"days": 7, "weeks": 28, "months": 90, "years": 730},
    within={"within": True, "in": False},
    place_after=re.compile(
        r"\s+(?:neighbou?rhoods?|areas?|streets?|avenues?|roads?|squares?|sectors?|quarters?|boulevards?|roundabouts?"
        r"|bridges?|stadiums?|parks?|camps?|districts?|brigades?|battalions?|movement|revolution|hospitals?"
        r"|universit(?:y|ies)|schools?|markets?)\b",
        re.IGNORECASE,
    ),
    read_period=_read_period,
    duration_cue=re.compile(
        r"(?i)\b(?:last|lasting|take|takes|taking|continue|continues|remain|expected|will|should|could|"
        r"may|might|need|needs|another|further|within)\b"
    ),
    forecast_cue=re.compile(r"(?i)\b(?:will|shall|'ll|should|expected|may|might|could|would|likely|to\s+last)\b"),
    prep_before=re.compile(r"(?i)\b(?:in|during|since|until|till|by|from|through|before|after|of|between|and|to)\s+$"),
    personish_after=re.compile(r"\s+(?:[a-z]+s\b|people|men|women|children)(?<!\bwas)(?<!\bis)(?<!\bhas)(?<!\bthis)"),
    ambiguous_months=frozenset({"may", "mar"}),
    ambiguous_month_before=re.compile(r"(?i)\b(?:in|during|since|until|by)\s+$"),
    not_next_day_before=re.compile(r"(?i)\b(?:in|over|within|during)\s+$"),
    anaphoric_next=frozenset({"next", "following"}),
    night_anchored=re.compile(
        rf"(?i),?\s+(?:on|of|into|before|after|between|,)?\s*(?:the\s+)?"
        rf"(?:{_WD}|{_DAY}\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+{_DAY}|"
        r"yesterday|today|tomorrow|last|this|next|(?:the\s+)?(?:previous|following)\s+day|saturday|sunday)"
    ),
    night_anchored_before=re.compile(
        rf"(?i)\b(?:{_WD}|{_MONTH}|yesterday|today|tonight|last\s+night)\b|\b(?:{_YEAR}|\d{{1,2}}/\d{{1,2}})\b"
    ),
)
