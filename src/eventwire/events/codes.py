"""One event coded in ACLED, PLOVER and CAMEO at once, and the ACLED disorder type of an event type."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Coding:
    event_type: str
    sub_event_type: str
    plover: str
    mode: str | None
    cameo: str | None
    confidence: float
    rule: str


def disorder_type(event_type: str, sub_event_type: str) -> str:
    if event_type in ("Protests", "Riots"):
        if sub_event_type == "Excessive force against protesters":
            return "Political violence; Demonstrations"
        return "Demonstrations"
    if event_type == "Strategic developments":
        return "Strategic developments"
    return "Political violence"
