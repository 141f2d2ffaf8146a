"""One event from a cluster of reports of it, by stated rules.

- **primary**: the member with the highest confidence, then the most precise location,
  then the smallest id. Its document comes first in ``sources``, and every evidence span
  of the merged event points into that document (per-document evidence stays in the
  store's event_sources rows).
- **id**: the smallest member id, so it stays put as more reports join.
- **sources**: every member's sources, primary first, each document once.
- **fatalities** (UCDP style): ``low`` = lowest reported low, ``high`` = highest reported
  high, ``best`` = the median of reported bests (the lower middle value). ACLED's single
  conservative figure is ``low`` (the exporter writes it).
- **location**: the most precise one (lowest UCDP where_prec), then highest confidence.
- **date**: the intersection of the members' spans when it is not empty, else the
  primary's span; precision is the finest reported.
- **actors**: the primary's actor1/actor2 when set, else the first member's that has
  them; associated actors are the union by name.
- **modality**: "reported" if any member is reported, else the primary's;
  **confidence**: the highest member confidence.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Count, DateSpan, Event, Source

__all__ = ["merge_events"]


def _precision(event: Event) -> int:
    loc = event.location
    return loc.precision if loc is not None and loc.precision is not None else 99


def merge_events(members: Sequence[Event]) -> Event:
    if len(members) == 1:
        return members[0]
    primary = sorted(members, key=lambda e: (-e.confidence, _precision(e), e.id))[0]
    ordered = [primary, *(m for m in members if m is not primary)]

    sources: list[Source] = []
    for member in ordered:
        for source in member.sources:
            if all(s.document_id != source.document_id for s in sources):
                sources.append(source)

    update: dict[str, object] = {
        "id": min(m.id for m in members),
        "sources": sources,
        "confidence": max(m.confidence for m in members),
        "modality": "reported" if any(m.modality == "reported" for m in members) else primary.modality,
    }

    counts = [m.fatalities for m in members if m.fatalities is not None]
    if counts:
        bests = sorted(c.best for c in counts)
        best = bests[(len(bests) - 1) // 2]
        low = min(c.low for c in counts)
        high = max(c.high for c in counts)
        evidence = primary.fatalities.evidence if primary.fatalities and primary.fatalities.best == best else []
        update["fatalities"] = Count(
            best=best, low=min(low, best), high=max(high, best), kind="killed",
            confidence=max(c.confidence for c in counts), evidence=evidence,
        )

    located = [m for m in ordered if m.location is not None]
    if located:
        chosen = sorted(located, key=lambda m: (_precision(m), -m.location.confidence))[0]  # type: ignore[union-attr]
        loc = chosen.location
        if chosen is not primary:
            loc = loc.model_copy(update={"evidence": []})  # type: ignore[union-attr]
        update["location"] = loc

    spans = [m.date for m in members if m.date is not None and m.date.start is not None]
    if spans and primary.date is not None:
        start = max(d.start for d in spans)  # type: ignore[type-var]
        end = min(d.end or d.start for d in spans)  # type: ignore[type-var]
        precisions = [d.precision for d in spans if d.precision is not None]
        if start <= end:  # type: ignore[operator]
            update["date"] = DateSpan(
                start=start, end=end, precision=min(precisions) if precisions else None,
                time_precision=primary.date.time_precision, description="intersection of the reports' dates",
                confidence=max(d.confidence for d in spans),
                evidence=primary.date.evidence if (primary.date.start, primary.date.end) == (start, end) else [],
            )

    for slot in ("actor1", "actor2"):
        if getattr(primary, slot) is None:
            other = next((getattr(m, slot) for m in ordered if getattr(m, slot) is not None), None)
            if other is not None:
                update[slot] = other.model_copy(update={"evidence": []})
    seen = {a.name for a in (update.get("actor1", primary.actor1), update.get("actor2", primary.actor2)) if a}
    assoc = []
    for member in ordered:
        for actor in member.assoc_actors:
            if actor.name not in seen:
                seen.add(actor.name)
                assoc.append(actor if member is primary else actor.model_copy(update={"evidence": []}))
    update["assoc_actors"] = assoc
    return primary.model_copy(update=update)
