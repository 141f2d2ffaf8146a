from __future__ import annotations

import re

from eventwire.events.counts.numbers import _EXPR, _EXPR_BODY


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_the_first_letter_gate_keeps_every_match_of_the_number_expressions():
    """``_EXPR`` looks first at the word's first character: it must find what the ungated body finds,
    whichever of its words starts the expression, in any case, and in digits."""
    body = re.compile("(?i)" + _EXPR_BODY)
    words = sorted(set(re.findall(r"[a-z]+", _EXPR_BODY)))
    assert len(words) > 50
    for word in words:
        for form in (word, word.upper(), word.title()):
            text = (f"{form} 12 people; {form} twelve men, {form} of them, x{form} 3-4, 7.5 {form} "
                    f"{form}-three ({form}) 1,200 and {form} dozens {form}")
            assert _matches(_EXPR, text) == _matches(body, text), form
    for text in ("Some 3 died", "B-10 and AK-47 rifles, 7-9 wounded", "at least 12 (twelve) killed", "٣ killed",
                 "Between 10 and 15 soldiers", "hundreds of thousands fled", "an estimated 2.5 million"):
        assert _matches(_EXPR, text) == _matches(body, text), text
