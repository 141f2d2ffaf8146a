"""Repairs for damaged text: mojibake, displaced quotes, word-filter substitutions.

Like every cleaning rule, each function takes text and returns edits (start, end,
replacement), so offsets into the original survive (``CleanText``). Edits are local:
one token or one quote at a time, never a re-flow of the whole text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ._words import is_word
from .textmap import Edit

__all__ = ["SUBSTITUTION_ARTEFACTS", "fix_mojibake", "fix_displaced_quotes", "undo_substitutions"]

def _minimal(start: int, old: str, new: str) -> Edit:
    """The edit turning ``old`` (at ``start``) into ``new``, less their common prefix and suffix.

    Keeps each repair as narrow as it can be, so offsets around it map back exactly.
    """
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    return start + head, start + len(old) - tail, new[head:len(new) - tail]


# ---------------------------------------------------------------------------- mojibake
# A chunk is looked at only if it holds a character mojibake is made of (Latin-1
# supplement, C1 controls, Latin Extended, General Punctuation, the euro sign, ...).
_SUSPECT = re.compile(r"[\u0080-\u02ff\u2010-\u2122\ufffd]+")
_SPACE = re.compile(r"\s")
_NOT_SPACE_BACK = re.compile(r"\S*$")


def _suspect_chunks(text: str) -> Iterator[tuple[int, int]]:
    """Whitespace-delimited chunks holding a suspect character, each once, in linear time."""
    end = 0
    for m in _SUSPECT.finditer(text):
        if m.start() < end:
            continue  # inside the chunk already yielded
        back = max(end, m.start() - 200)
        tail = _NOT_SPACE_BACK.search(text, back, m.start())
        start = tail.start() if tail is not None else m.start()
        after = _SPACE.search(text, m.end())
        end = after.start() if after is not None else len(text)
        yield start, end


@functools.lru_cache(maxsize=1)
def _ftfy_config():  # type: ignore[no-untyped-def]
    import ftfy

    # Only undo encoding damage; quotes, line breaks and width are other rules' business.
    return ftfy.TextFixerConfig(
        unescape_html=False, uncurl_quotes=False, fix_line_breaks=False, fix_latin_ligatures=False,
        fix_character_width=False, normalization=None, remove_terminal_escapes=False, explain=False,
    )


def fix_mojibake(text: str) -> list[Edit]:
    """UTF-8 read as Latin-1/Windows-1252 ("donâ€™t", "cafÃ©") back to what was written (ftfy)."""
    import ftfy
    from ftfy.badness import is_bad

    edits: list[Edit] = []
    config = _ftfy_config()
    for start, end in _suspect_chunks(text):
        chunk = text[start:end]
        if len(chunk) > 200 or not is_bad(chunk):
            continue
        fixed = ftfy.fix_text(chunk, config)
        if fixed != chunk:
            edits.append(_minimal(start, chunk, fixed))
    return edits


# ---------------------------------------------------------------------------- quotes
# `a slow transition, "he added.`: a closing quote that slid past the space onto the
# speech tag. Taken as closing when a short tag (two lowercase words) ends the sentence.
_DISPLACED = re.compile(r'(?<=[,!?]) "(?=[a-z]+ [a-z]+[.,;])')


def fix_displaced_quotes(text: str) -> list[Edit]:
    """`, "he added.` -> `," he added.` (the quote closes the words before it)."""
    return [(m.start(), m.end(), '" ') for m in _DISPLACED.finditer(text)]


# ---------------------------------------------------------------------------- substitutions
#: Systematic substitutions made by word filters and machine translation, as
#: (what the damaged text shows, what was there). "assessed" -> "badessed" is the
#: profanity filter that replaced "ass" by "bad"; "clbuttic" is the same for "butt".
SUBSTITUTION_ARTEFACTS: tuple[tuple[str, str], ...] = (("bad", "ass"), ("butt", "ass"))

_TOKEN = re.compile(r"(?<![A-Za-z])[A-Za-z]{5,40}(?![A-Za-z])")


def _candidates(low: str, shown: str, meant: str) -> list[str]:
    """Every way of undoing the substitution: all occurrences, then each one alone."""
    out = [low.replace(shown, meant)]
    start = low.find(shown)
    while start != -1:
        out.append(low[:start] + meant + low[start + len(shown):])
        start = low.find(shown, start + 1)
    return out


def _recase(word: str, like: str) -> str:
    if like.isupper():
        return word.upper()
    if like[0].isupper():
        return word[0].upper() + word[1:]
    return word


def undo_substitutions(text: str) -> list[Edit]:
    """A token that is not a word but becomes one when an artefact is undone is repaired.

    "badessed" is no English word; with "bad" read as "ass" it is "assessed", which is.
    Real words ("badge", "abroad") and names that stay non-words either way are left alone.
    """
    edits: list[Edit] = []
    lowered = text.lower()
    if not any(shown in lowered for shown, _ in SUBSTITUTION_ARTEFACTS):
        return edits  # no token can hold an artefact (most texts): no need to walk them
    for m in _TOKEN.finditer(text):
        token = m.group()
        low = token.lower()
        if not any(shown in low for shown, _ in SUBSTITUTION_ARTEFACTS) or is_word(low):
            continue
        for shown, meant in SUBSTITUTION_ARTEFACTS:
            if shown not in low:
                continue
            fixed = next((c for c in _candidates(low, shown, meant) if is_word(c)), None)
            if fixed is not None:
                edits.append(_minimal(m.start(), token, _recase(fixed, token)))
                break
    return edits
