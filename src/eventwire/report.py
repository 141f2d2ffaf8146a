"""Readable terminal output (rich tables) for events."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Event

__all__ = ["events_table"]


def events_table(events: Sequence[Event], title: str = "events") -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=True)
    for col in ("type / sub-type", "actor1", "actor2", "where", "when", "killed", "modality", "claimant", "conf"):
        table.add_column(col)
    for ev in events:
        where = "-"
        if ev.location is not None:
            loc = ev.location
            where = f"{loc.name} ({loc.country or '?'}) prec {loc.precision or '?'}"
        when = "-"
        if ev.date is not None and ev.date.start is not None:
            when = str(ev.date.start) if ev.date.start == ev.date.end else f"{ev.date.start}..{ev.date.end}"
        table.add_row(
            f"{ev.event_type}\n{ev.sub_event_type}",
            ev.actor1.name if ev.actor1 else "-",
            ev.actor2.name if ev.actor2 else "-",
            where,
            when,
            str(ev.fatalities.best) if ev.fatalities else "-",
            ev.modality,
            ev.claimant.name if ev.claimant else "-",
            f"{ev.confidence:.2f}",
        )
    Console(width=160).print(table)
