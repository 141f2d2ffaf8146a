"""Cross-report linking: reports of one real-world event become one event with every source.

    >>> from eventwire.link import link_events
    >>> merged = link_events(events)            # list[Event], each with all its sources
    >>> clusters = cluster_events(events)      # the groups, with why they were linked

The rule and its thresholds are in ``eventwire.link.rules``; the merge rules in
``eventwire.link.merge``. ``link_store(store)`` links what a store holds, in place.
"""

from __future__ import annotations

from .cluster import Cluster, LinkReport, cluster_events, link_events, link_sorted, link_store
from .merge import merge_events
from .rules import LinkRules, distance_km

__all__ = [
    "Cluster",
    "LinkReport",
    "LinkRules",
    "cluster_events",
    "distance_km",
    "link_events",
    "link_sorted",
    "link_store",
    "merge_events",
    "register",
]


def register(registry) -> None:  # type: ignore[no-untyped-def]
    registry.linkers.register("eventwire.rules.v1", func=link_events)
