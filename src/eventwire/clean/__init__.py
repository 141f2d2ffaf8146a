"""The clean stage: repair the text the parser sees, keep offsets into the original."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from .textmap import CleanText, Edit, TextMap, apply_edits

__all__ = ["DEFAULT_CLEANERS", "CleanText", "TextMap", "apply_edits", "clean"]

DEFAULT_CLEANERS: tuple[str, ...] = (
    "eventwire.controls.v1",
    "eventwire.mojibake.v1",
    "eventwire.quotes.v1",
    "eventwire.displaced_quotes.v1",
    "eventwire.substitutions.v1",
)


@functools.lru_cache(maxsize=32)
def _rules(cleaners: tuple[str, ...]) -> tuple[Callable[[str], list[Edit]], ...]:
    """The registered functions, looked up once (a catalogue lookup reads entry points)."""
    from ..registry import registry

    return tuple(registry.get("cleaners", name) for name in cleaners)


def clean(text: str, cleaners: Sequence[str] = DEFAULT_CLEANERS) -> CleanText:
    """Run the named cleaning rules over ``text`` in order."""
    result = CleanText(text)
    for rule in _rules(tuple(cleaners)):
        result.apply(rule(result.text))
    return result


def register(registry) -> None:  # type: ignore[no-untyped-def]
    from . import repair, rules

    registry.cleaners.register("eventwire.controls.v1", func=rules.drop_controls)
    registry.cleaners.register("eventwire.quotes.v1", func=rules.normalize_quotes)
    registry.cleaners.register("eventwire.mojibake.v1", func=repair.fix_mojibake)
    registry.cleaners.register("eventwire.displaced_quotes.v1", func=repair.fix_displaced_quotes)
    registry.cleaners.register("eventwire.substitutions.v1", func=repair.undo_substitutions)
