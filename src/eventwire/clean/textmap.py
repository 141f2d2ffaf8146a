"""Edited text that remembers where every character came from.

Cleaning rules never lose the way back: each rule returns *edits* (start, end,
replacement) against its input, and ``CleanText`` keeps one ``TextMap`` per rule so
any span of the cleaned text maps to a span of the original text the user gave.
Evidence is always built through ``CleanText.evidence``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model import Evidence

__all__ = ["CleanText", "Edit", "TextMap", "apply_edits"]

Edit = tuple[int, int, str]


@dataclass(frozen=True)
class TextMap:
    """Maps offsets of an edited text back to the text it was made from.

    ``pieces`` are (new_start, new_end, old_start, old_end) for each replaced region,
    sorted; outside them the two texts advance together.
    """

    pieces: tuple[tuple[int, int, int, int], ...] = ()
    _starts: tuple[int, ...] = field(default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(p[0] for p in self.pieces))

    def to_old(self, pos: int, *, is_end: bool) -> int:
        i = bisect_right(self._starts, pos) - 1
        if i < 0:
            return pos
        new_start, new_end, old_start, old_end = self.pieces[i]
        if pos == new_start:
            if is_end:
                return old_start  # a span ending here stops before the replaced text
            return old_end if new_start == new_end else old_start  # skip deleted characters
        if pos < new_end:
            return old_end if is_end else old_start
        return old_end + (pos - new_end)


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, TextMap]:
    """Apply non-overlapping edits to ``text``; return the new text and its map."""
    out: list[str] = []
    pieces: list[tuple[int, int, int, int]] = []
    cursor = 0
    new_len = 0
    for start, end, repl in sorted(edits):
        if start < cursor:
            continue  # overlapping edit: keep the first
        out.append(text[cursor:start])
        new_len += start - cursor
        out.append(repl)
        pieces.append((new_len, new_len + len(repl), start, end))
        new_len += len(repl)
        cursor = end
    out.append(text[cursor:])
    return "".join(out), TextMap(tuple(pieces))


@dataclass
class CleanText:
    """The original text, the cleaned text the parser sees, and the maps between them."""

    original: str
    text: str = ""
    maps: list[TextMap] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.text and not self.maps:
            self.text = self.original

    def apply(self, edits: Iterable[Edit]) -> None:
        edits = list(edits)
        if not edits:
            return
        self.text, tmap = apply_edits(self.text, edits)
        self.maps.append(tmap)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        for tmap in reversed(self.maps):
            start, end = tmap.to_old(start, is_end=False), tmap.to_old(end, is_end=True)
        if end < start:
            end = start
        return start, end

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for cleaned-text span [start, end), pointing into the original."""
        o_start, o_end = self.original_span(start, end)
        original = self.original[o_start:o_end]
        cleaned = self.text[start:end]
        return Evidence(start=o_start, end=o_end, text=original, repaired=cleaned if cleaned != original else None)
