"""Scoring cross-report linking: pairwise precision and recall over hand-written reports.

The gold set (``eventwire/data/link/reports.jsonl``, the dev set the rule was refined on;
``reports-heldout.jsonl``, written after and never tuned on; or any JSONL with ``id``, ``event``,
``published`` and ``text``) holds differently worded reports of the same events, and hard
negatives: distinct events on the same day in the same province, and in the same town on
consecutive days. Each report is run through the pipeline and the events are linked with
``LinkRules``; two reports are *predicted* to describe one event when some linked event
lists both as sources, and are *gold* pairs when they share the ``event`` label.

- precision = correct predicted pairs / predicted pairs (false merges lower it);
- recall = correct predicted pairs / gold pairs (missed links and reports with no event
  extracted lower it).

``evaluate_link(rules=[...])`` scores several rule settings over one pipeline run, so the
thresholds in ``eventwire.link.rules`` are compared on the same extractions.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations
from pathlib import Path
from typing import Any

from ..link import LinkRules, link_events
from ..model import Event

__all__ = ["GoldReport", "LinkScore", "evaluate_link", "format_scores", "load_gold", "score_links"]

_PACKAGED = {None: "data/link/reports.jsonl", "heldout": "data/link/reports-heldout.jsonl"}


@dataclass(frozen=True)
class GoldReport:
    id: str
    event: str
    published: dt.date
    text: str


@dataclass
class LinkScore:
    rules: LinkRules
    predicted_pairs: int = 0
    gold_pairs: int = 0
    correct_pairs: int = 0
    false_merges: list[tuple[str, str]] = field(default_factory=list)
    missed: list[tuple[str, str, str]] = field(default_factory=list)  # a, b, why not linked

    @property
    def precision(self) -> float:
        return self.correct_pairs / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.correct_pairs / self.gold_pairs if self.gold_pairs else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(path: str | Path | None = None) -> list[GoldReport]:
    """The gold reports: the packaged dev set (None) or held-out set ("heldout"), or a JSONL
    file with id, event, published, text."""
    from ..errors import MalformedInput
    from ..readers._load import existing_file

    if path is None or path == "heldout":
        from importlib import resources

        where = _PACKAGED[path]  # type: ignore[index]
        lines = resources.files("eventwire").joinpath(where).read_text(encoding="utf-8").splitlines()
    else:
        lines = existing_file(path).read_text(encoding="utf-8").splitlines()
        where = str(path)
    reports = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            reports.append(GoldReport(str(row["id"]), str(row["event"]), dt.date.fromisoformat(row["published"]),
                                      str(row["text"])))
        except (ValueError, KeyError, TypeError) as exc:
            raise MalformedInput(f"line {number}: {exc}", source=where) from None
    return reports


def score_links(
    gold: Sequence[GoldReport], events_by_report: dict[str, list[Event]], rules: LinkRules
) -> LinkScore:
    """Pairwise scores of linking ``events_by_report`` (gold report id -> its events) with ``rules``."""
    doc_to_report: dict[str, str] = {}
    everything: list[Event] = []
    for report_id, events in events_by_report.items():
        for event in events:
            for source in event.sources:
                doc_to_report[source.document_id] = report_id
            everything.append(event)
    linked = link_events(everything, rules=rules)
    predicted: set[tuple[str, str]] = set()
    for event in linked:
        reports = sorted({doc_to_report[s.document_id] for s in event.sources if s.document_id in doc_to_report})
        predicted.update(combinations(reports, 2))
    label = {g.id: g.event for g in gold}
    gold_pairs = {tuple(sorted((a.id, b.id))) for a, b in combinations(gold, 2) if a.event == b.event}
    score = LinkScore(rules=rules, predicted_pairs=len(predicted), gold_pairs=len(gold_pairs),
                      correct_pairs=len(predicted & gold_pairs))
    score.false_merges = sorted(p for p in predicted if label.get(p[0]) != label.get(p[1]))
    for a, b in sorted(gold_pairs - predicted):  # type: ignore[misc]
        ea, eb = events_by_report.get(a, []), events_by_report.get(b, [])
        if not ea or not eb:
            why = f"no event extracted from {a if not ea else b}"
        else:
            why = "; ".join(sorted({rules.why_not(x, y) or "linked elsewhere" for x in ea for y in eb}))
        score.missed.append((a, b, why))
    return score


def evaluate_link(
    path: str | Path | None = None, *, rules: Iterable[LinkRules] | None = None, pipeline: Any = None
) -> dict[str, Any]:
    """Run the pipeline over the gold reports and score each rule setting (default: the defaults)."""
    from ..readers.base import make_document

    gold = load_gold(path)
    if pipeline is None:
        from ..pipeline import Pipeline

        pipeline = Pipeline()
    events_by_report: dict[str, list[Event]] = {}
    for report in gold:
        result = pipeline.run(make_document(report.text, published=report.published))
        events_by_report[report.id] = list(result.events)
    settings = list(rules) if rules is not None else [LinkRules()]
    return {
        "reports": len(gold),
        "events": len({g.event for g in gold}),
        "without_event": sorted(r for r, evs in events_by_report.items() if not evs),
        "scores": [score_links(gold, events_by_report, r) for r in settings],
    }


def rule_grid(base: LinkRules | None = None) -> list[LinkRules]:
    """The defaults and their neighbours, one setting changed at a time: date slack 0/2 days,
    adjacent-day toll ratio 0 (off), 10/50 km, cross-type links on."""
    base = base or LinkRules()
    grid = [base]
    for change in ({"date_slack_days": 0}, {"date_slack_days": 2}, {"adjacent_toll_ratio": 0.0},
                   {"max_km": 10.0}, {"max_km": 50.0}, {"allow_cross_type": not base.allow_cross_type}):
        candidate = replace(base, **change)  # type: ignore[arg-type]
        if candidate not in grid:
            grid.append(candidate)
    return grid


def format_scores(result: dict[str, Any], *, errors: bool = True) -> str:
    lines = [
        f"{result['reports']} reports of {result['events']} events; "
        f"{len(result['without_event'])} with no event extracted"
        + (f" ({', '.join(result['without_event'])})" if result["without_event"] else ""),
        f"{'slack':>5} {'toll':>4} {'km':>4} {'cross':>5}  {'pred':>4} {'gold':>4} {'ok':>4}  "
        f"{'P':>5} {'R':>5} {'F1':>5}",
    ]
    for s in result["scores"]:
        r = s.rules
        lines.append(f"{r.date_slack_days:>5} {r.adjacent_toll_ratio:>4.1f} {r.max_km:>4.0f} "
                     f"{'yes' if r.allow_cross_type else 'no':>5}  "
                     f"{s.predicted_pairs:>4} {s.gold_pairs:>4} {s.correct_pairs:>4}  "
                     f"{s.precision:>5.2f} {s.recall:>5.2f} {s.f1:>5.2f}")
    if errors and result["scores"]:
        first = result["scores"][0]
        for a, b in first.false_merges:
            lines.append(f"false merge: {a} + {b}")
        for a, b, why in first.missed:
            lines.append(f"missed: {a} + {b}: {why}")
    return "\n".join(lines)
