"""Group events into clusters of one real-world event (complete linkage over ``LinkRules``)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Event
from .merge import merge_events
from .rules import LinkRules

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["Cluster", "LinkReport", "cluster_events", "link_events", "link_sorted", "link_store"]


@dataclass
class Cluster:
    """Events judged to be one real-world event, and the merged result."""

    members: list[Event]
    merged: Event


@dataclass
class LinkReport:
    events_before: int = 0
    events_after: int = 0
    clusters: list[Cluster] = field(default_factory=list)
    largest_window: int = 0  # most events held at once by ``link_store``


def _order(event: Event) -> tuple[dt.date, int, str]:
    """Date order; within a day the precisely located first, so vaguer reports join them."""
    start = event.date.start if event.date and event.date.start else dt.date.max
    loc = event.location
    precision = loc.precision if loc is not None and loc.precision is not None else 99
    return start, precision, event.id


def _affinity(event: Event, group: list[Event]) -> float:
    """Among several compatible clusters, the one this report most resembles.

    Same place name, close fatality figures and shared actors each add to the score.
    """
    score = 0.0
    for member in group:
        if event.location and member.location and event.location.name == member.location.name:
            score += 1.0
        if event.fatalities and member.fatalities:
            a, b = event.fatalities.best, member.fatalities.best
            score += (min(a, b) + 1) / (max(a, b) + 1)
        names = {x.name for x in (member.actor1, member.actor2) if x}
        score += 0.5 * len(names & {x.name for x in (event.actor1, event.actor2) if x})
    return score / len(group)


@dataclass
class _Group:
    seq: int
    members: list[Event]
    last: dt.date


def _end(event: Event) -> dt.date:
    return event.date.end or event.date.start  # type: ignore[union-attr,return-value]


class _Linker:
    """Complete-linkage clustering over events fed in ``_order``, holding only open clusters.

    A cluster is open while a later event could still join it: its last date plus twice the
    slack is not before the newest event's start. Closed clusters are handed back
    (``add``/``close``) and forgotten, so memory grows with the events per window, not with
    the corpus.
    """

    def __init__(self, rules: LinkRules) -> None:
        self.rules = rules
        self.window = dt.timedelta(days=rules.date_slack_days)
        self.live: dict[str, list[_Group]] = defaultdict(list)
        self.seq = 0

    def held(self) -> int:
        return sum(len(g.members) for groups in self.live.values() for g in groups)

    def _new(self, members: list[Event], last: dt.date) -> _Group:
        self.seq += 1
        return _Group(self.seq, members, last)

    def add(self, event: Event) -> list[_Group]:
        """Place one event (each no earlier than the last); returns clusters closed by it."""
        loc = event.location
        key = ((loc.iso3 or loc.country or "") if loc else "").lower()
        if not key or event.date is None or event.date.start is None:
            return [self._new([event], dt.date.max)]  # never linked
        start = event.date.start
        closed, live, candidates = [], [], []
        for group in self.live[key]:
            if group.last + self.window < start - self.window:
                closed.append(group)  # closed for good: events arrive in date order
                continue
            live.append(group)
            if all(self.rules.same_event(event, member) for member in group.members):
                candidates.append(group)
        if candidates:
            chosen = max(candidates, key=lambda g: _affinity(event, g.members))
            chosen.members.append(event)
            chosen.last = max(chosen.last, _end(event))
        else:
            live.append(self._new([event], _end(event)))
        self.live[key] = live
        return closed

    def close(self, before: dt.date | None = None) -> list[_Group]:
        """Hand back the clusters no event starting on or after ``before`` can join (all: None)."""
        closed = []
        for key, groups in list(self.live.items()):
            keep = []
            for group in groups:
                if before is None or group.last + self.window < before - self.window:
                    closed.append(group)
                else:
                    keep.append(group)
            if keep:
                self.live[key] = keep
            else:
                del self.live[key]
        return closed


def cluster_events(events: Iterable[Event], rules: LinkRules | None = None) -> list[Cluster]:
    """Clusters of one real-world event each (complete linkage: linked to every member).

    When a report fits several clusters it joins the one it most resembles (``_affinity``).
    Candidates are blocked by country and date window, so the cost grows with the events
    per country and window, not with the whole corpus.
    """
    linker = _Linker(rules or LinkRules())
    groups: list[_Group] = []
    for event in sorted(events, key=_order):
        groups.extend(linker.add(event))
    groups.extend(linker.close())
    groups.sort(key=lambda g: g.seq)
    return [Cluster(members=g.members, merged=merge_events(g.members)) for g in groups]


def link_sorted(events: Iterable[Event], rules: LinkRules | None = None) -> Iterator[Event]:
    """``link_events`` for events already in start-date order (undated last), as a stream.

    Merged events come out as soon as no later event can join them, so memory holds one
    day of input plus the open clusters, whatever the length of the stream.
    """
    linker = _Linker(rules or LinkRules())
    day: list[Event] = []
    current: dt.date | None = None
    for event in events:
        start = event.date.start if event.date is not None else None
        if day and start != current:
            for item in sorted(day, key=_order):
                yield from (merge_events(g.members) for g in linker.add(item))
            day = []
            if start is not None:
                yield from (merge_events(g.members) for g in linker.close(before=start))
        current = start
        day.append(event)
    for item in sorted(day, key=_order):
        yield from (merge_events(g.members) for g in linker.add(item))
    yield from (merge_events(g.members) for g in linker.close())


def link_events(events: Iterable[Event], *, rules: LinkRules | None = None) -> list[Event]:
    """The events with duplicates across reports merged (registered as ``eventwire.rules.v1``)."""
    return [c.merged for c in cluster_events(events, rules)]


def link_store(
    store: Store, *, rules: LinkRules | None = None, window_days: int = 7, **filters: object
) -> LinkReport:
    """Link the events a store holds (optionally within ``filters``), replacing clusters in place.

    Bounded memory: the store is read ``window_days`` of event start dates at a time (the
    store's own date filter), and a cluster is written back as soon as no later event can
    join it, so what is held is one window plus the open clusters (``largest_window``).
    The result is the one ``cluster_events`` gives over all the events at once. Undated
    events never link; ``events_before`` counts them only when no filter is given.
    """
    from ..store import EventFilter

    if window_days < 1:
        raise ValueError("window_days must be at least 1")
    filters.pop("limit", None)
    flt = EventFilter.build(**filters)  # type: ignore[arg-type]
    others = {k: v for k, v in filters.items() if k not in ("start", "end")}
    linker = _Linker(rules or LinkRules())
    report = LinkReport()
    total = store.count_events() if not filters else None
    step = dt.timedelta(days=window_days)
    seen = 0

    def write(groups: list[_Group]) -> None:
        for group in groups:
            report.events_after += 1
            if len(group.members) > 1:
                cluster = Cluster(members=group.members, merged=merge_events(group.members))
                store.replace_events([m.id for m in group.members], [cluster.merged])
                report.clusters.append(cluster)

    def first_from(day: dt.date | None) -> dt.date | None:
        """Earliest start among the selected events that end on or after ``day``."""
        lower = max(d for d in (day, flt.start) if d is not None) if (day or flt.start) else None
        found = store.events(start=lower, end=flt.end, limit=1, **others)
        return found[0].date.start if found and found[0].date else None

    cursor = first_from(None)
    while cursor is not None and (flt.end is None or cursor <= flt.end):
        upto = cursor + step  # this window: starts in [cursor, upto)
        lower = max(cursor, flt.start) if flt.start else cursor
        higher = min(upto - dt.timedelta(days=1), flt.end) if flt.end else upto - dt.timedelta(days=1)
        batch = [e for e in store.events(start=lower, end=higher, **others)
                 if e.date is not None and e.date.start is not None and cursor <= e.date.start < upto]
        seen += len(batch)
        report.largest_window = max(report.largest_window, len(batch) + linker.held())
        for event in sorted(batch, key=_order):
            write(linker.add(event))
        following = first_from(upto)
        cursor = None if following is None else max(following, upto)
        if cursor is not None:
            write(linker.close(before=cursor))
    write(linker.close())
    report.events_before = total if total is not None else seen
    if total is not None:
        report.events_after = store.count_events()
    return report
