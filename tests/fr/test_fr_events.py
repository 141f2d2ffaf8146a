"""The project's French test data through the French parse, find_dates and find_counts."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from importlib import resources

from eventwire.events.counts import find_counts
from eventwire.time import find_dates


def _data(name: str) -> str:
    return resources.files("eventwire").joinpath("data", *name.split("/")).read_text(encoding="utf-8")


def test_fatalities_of_the_french_event_sentences(fr_doc: Callable[..., object]) -> None:
    rows = list(csv.DictReader(_data("eval/fr-events.tsv").splitlines(), delimiter="\t"))
    exact, wrong = 0, []
    for row in rows:
        doc = fr_doc(row["text"], dt.date.fromisoformat(row["published"]))
        got = sum(c.count.best for c in find_counts(doc) if c.casualty and c.count.kind == "killed")  # type: ignore[arg-type]
        gold = int(row["fatalities"] or 0)
        exact += got == gold
        if got != gold:
            wrong.append(f"{row['id']}: {got} != {gold}")
        for mention in find_dates(doc):  # type: ignore[arg-type]
            if mention.tense == "past":
                assert mention.date.end is not None and mention.date.end <= doc._.ew_published  # type: ignore[attr-defined]
    assert len(rows) == 66
    assert exact / len(rows) >= 0.9, wrong


def test_the_french_seed_article(fr_doc: Callable[..., object]) -> None:
    from eventwire.lang import detect_language

    text = _data("seed-article.fr.txt")
    assert detect_language(text)[0] == "fr"
    doc = fr_doc(text, dt.date(2018, 7, 24))
    dates = {m.span.text: (m.date.start, m.date.end) for m in find_dates(doc)}  # type: ignore[arg-type]
    assert dates["le 5 juin 2018"] == (dt.date(2018, 6, 5), dt.date(2018, 6, 5))
    assert dates["mardi"] == (dt.date(2018, 7, 24), dt.date(2018, 7, 24))
    assert dates["Dans les prochaines semaines"] == (dt.date(2018, 7, 25), dt.date(2018, 8, 21))
    counts = {c.span.text: c for c in find_counts(doc)}  # type: ignore[arg-type]
    assert not counts["quelques centaines"].casualty  # the fighters who remain
    assert counts["six"].casualty and counts["six"].count.best == 6
