"""An event's evidence laid over each source's text, for the event view.

Evidence offsets point into the original document text, so highlighting is slicing.
Each span gets a *kind* (its colour in the dashboard):

    type      the trigger words that make the event type      sentence  the sentence around them
    actors    actor1, actor2, associated actors               place     the location
    date      the date phrase                                 count     fatalities and other counts
    claimant  who says so

A span is shown on a source only when ``text[start:end]`` equals its quoted text, so a
merged event's field evidence lands on the document it came from. ``segments`` cuts the
text into runs that are covered by the same spans; the page renders each run as text.
"""

from __future__ import annotations

from typing import Any

from ..model import Event, Evidence

__all__ = ["KINDS", "evidence_spans", "segments", "source_view"]

KINDS = ("type", "actors", "place", "date", "count", "claimant", "sentence")


def _event_level(evidence: list[Evidence]) -> list[tuple[str, str, Evidence]]:
    """Trigger words are 'type'; a span that contains another one is the 'sentence'."""
    out = []
    for ev in evidence:
        inner = any(o is not ev and ev.start <= o.start and o.end <= ev.end and (o.start, o.end) != (ev.start, ev.end)
                    for o in evidence)
        out.append(("sentence", "sentence", ev) if inner else ("type", "event type", ev))
    return out


def evidence_spans(event: Event, own: list[Evidence] | None = None) -> list[tuple[str, str, Evidence]]:
    """(kind, label, evidence) for every span of the event; ``own``: a source's event-level spans."""
    spans = _event_level(list(event.evidence) + list(own or []))
    for role, actor in (("actor 1", event.actor1), ("actor 2", event.actor2),
                        *(("associated actor", a) for a in event.assoc_actors)):
        if actor is not None:
            spans += [("actors", f"{role}: {actor.name}", ev) for ev in actor.evidence]
    if event.location is not None:
        spans += [("place", f"place: {event.location.name}", ev) for ev in event.location.evidence]
    if event.date is not None:
        when = event.date.start.isoformat() if event.date.start else "?"
        if event.date.end and event.date.end != event.date.start:
            when += f"..{event.date.end.isoformat()}"
        spans += [("date", f"date: {when}", ev) for ev in event.date.evidence]
    for count in (event.fatalities, *event.counts):
        if count is not None:
            spans += [("count", f"{count.kind}: {count.best} ({count.low}-{count.high})", ev) for ev in count.evidence]
    if event.claimant is not None:
        spans += [("claimant", f"claimant: {event.claimant.name}", ev) for ev in event.claimant.evidence]
    return spans


def segments(text: str, spans: list[tuple[str, str, Evidence]]) -> list[dict[str, Any]]:
    """``text`` cut at every span boundary: [{text, start, end, kind, kinds, labels}], in order.

    ``kind`` is the kind of the narrowest span covering the run (None: not evidence);
    ``kinds``/``labels`` list every covering span. Joined, the runs' text is ``text``.
    """
    cuts = {0, len(text)}
    for _, _, ev in spans:
        cuts.update((ev.start, ev.end))
    bounds = sorted(c for c in cuts if 0 <= c <= len(text))
    out: list[dict[str, Any]] = []
    for a, b in zip(bounds, bounds[1:]):
        covering = sorted((s for s in spans if s[2].start <= a and b <= s[2].end),
                          key=lambda s: (s[2].end - s[2].start, KINDS.index(s[0])))
        kinds = list(dict.fromkeys(s[0] for s in covering))
        labels = list(dict.fromkeys(s[1] for s in covering))
        kind = next((k for k in kinds if k != "sentence"), kinds[0] if kinds else None)
        if out and out[-1]["kinds"] == kinds and out[-1]["labels"] == labels:
            out[-1]["text"] += text[a:b]
            out[-1]["end"] = b
        else:
            out.append({"text": text[a:b], "start": a, "end": b, "kind": kind, "kinds": kinds, "labels": labels})
    return out


def source_view(event: Event, text: str, own: list[Evidence]) -> dict[str, Any]:
    """The spans that fit ``text`` (listed by field) and the segmented text."""
    fitting = [s for s in evidence_spans(event, own) if text[s[2].start : s[2].end] == s[2].text]
    unique = list({(k, label, ev.start, ev.end): (k, label, ev) for k, label, ev in fitting}.values())
    listed = [{"kind": k, "label": label, "start": ev.start, "end": ev.end, "text": ev.text}
              for k, label, ev in sorted(unique, key=lambda s: (s[2].start, s[2].end))]
    return {"evidence": listed, "segments": segments(text, unique)}
