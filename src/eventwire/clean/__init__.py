"""The clean stage: repair the text the parser sees, keep offsets into the original."""

from __future__ import annotations

from collections.abc import Sequence

from .textmap import CleanText, TextMap, apply_edits

__all__ = ["DEFAULT_CLEANERS", "CleanText", "TextMap", "apply_edits", "clean"]

DEFAULT_CLEANERS: tuple[str, ...] = (
    "eventwire.controls.v1",
    "eventwire.mojibake.v1",
    "eventwire.quotes.v1",
    "eventwire.displaced_quotes.v1",
    "eventwire.substitutions.v1",
)


def clean(text: str, cleaners: Sequence[str] = DEFAULT_CLEANERS) -> CleanText:
    """Run the named cleaning rules over ``text`` in order."""
    from ..registry import registry

    result = CleanText(text)
    for name in cleaners:
        rule = registry.get("cleaners", name)
        result.apply(rule(result.text))
    return result


def register(registry) -> None:  # type: ignore[no-untyped-def]
    from . import repair, rules

    registry.cleaners.register("eventwire.controls.v1", func=rules.drop_controls)
    registry.cleaners.register("eventwire.quotes.v1", func=rules.normalize_quotes)
    registry.cleaners.register("eventwire.mojibake.v1", func=repair.fix_mojibake)
    registry.cleaners.register("eventwire.displaced_quotes.v1", func=repair.fix_displaced_quotes)
    registry.cleaners.register("eventwire.substitutions.v1", func=repair.undo_substitutions)
