"""Group events into clusters of one real-world event (complete linkage over ``LinkRules``)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Event
from .merge import merge_events
from .rules import LinkRules

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["Cluster", "LinkReport", "cluster_events", "link_events", "link_store"]


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


def cluster_events(events: Iterable[Event], rules: LinkRules | None = None) -> list[Cluster]:
    """Clusters of one real-world event each (complete linkage: linked to every member).

    When a report fits several clusters it joins the one it most resembles (``_affinity``).
    Candidates are blocked by country and date window, so the cost grows with the events
    per country and window, not with the whole corpus.
    """
    rules = rules or LinkRules()
    groups: dict[str, list[list[Event]]] = defaultdict(list)
    out: list[list[Event]] = []
    window = dt.timedelta(days=rules.date_slack_days)
    for event in sorted(events, key=_order):
        loc = event.location
        key = ((loc.iso3 or loc.country or "") if loc else "").lower()
        candidates = []
        if key and event.date and event.date.start:
            live = []
            for group in groups[key]:
                last = max((m.date.end or m.date.start) for m in group if m.date)  # type: ignore[type-var]
                if last + window < event.date.start - window:  # type: ignore[operator]
                    continue  # closed for good: events arrive in date order
                live.append(group)
                if all(rules.same_event(event, member) for member in group):
                    candidates.append(group)
            groups[key] = live
        if candidates:
            max(candidates, key=lambda g: _affinity(event, g)).append(event)
        else:
            group = [event]
            out.append(group)
            if key:
                groups[key].append(group)
    return [Cluster(members=group, merged=merge_events(group)) for group in out]


def link_events(events: Iterable[Event], *, rules: LinkRules | None = None) -> list[Event]:
    """The events with duplicates across reports merged (registered as ``eventwire.rules.v1``)."""
    return [c.merged for c in cluster_events(events, rules)]


def link_store(store: Store, *, rules: LinkRules | None = None, **filters: object) -> LinkReport:
    """Link the events a store holds (optionally within ``filters``), replacing clusters in place."""
    events: Sequence[Event] = store.events(**filters)
    clusters = cluster_events(events, rules)
    report = LinkReport(events_before=len(events))
    for cluster in clusters:
        if len(cluster.members) > 1:
            store.replace_events([m.id for m in cluster.members], [cluster.merged])
            report.clusters.append(cluster)
    report.events_after = store.count_events() if not filters else len(clusters)
    return report
