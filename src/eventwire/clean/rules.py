"""Built-in cleaning rules. Each takes text and returns edits (start, end, replacement).

Rules are registered in ``eventwire.registry.cleaners`` and run in the order of the
``cleaners`` setting of the pipeline; each keeps offsets through ``CleanText``.
"""

from __future__ import annotations

import re

from .textmap import Edit

__all__ = ["drop_controls", "normalize_quotes"]

# C0/C1 controls except tab/newline/CR, zero-width characters, BOM, bidi controls.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]+")

_QUOTES = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\u00a0": " ", "\u2009": " ", "\u202f": " ",
    "\u2013": "-", "\u2014": "-",
}
_QUOTE_RE = re.compile("[" + "".join(_QUOTES) + "]")


def drop_controls(text: str) -> list[Edit]:
    """Remove control, zero-width and bidi characters (they confuse the tokenizer)."""
    return [(m.start(), m.end(), "") for m in _CONTROLS.finditer(text)]


def normalize_quotes(text: str) -> list[Edit]:
    """Typographic quotes, dashes and non-breaking spaces to their ASCII forms."""
    return [(m.start(), m.end(), _QUOTES[m.group()]) for m in _QUOTE_RE.finditer(text)]
