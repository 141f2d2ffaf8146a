"""Benchmark corpora, read in place: the mixed news set and a synthetic scale set.

The mixed set is every GeoWebNews and GeoVirus text plus ACLED analyst notes, read from
``/work/shared/data`` (or ``$EVENTWIRE_BENCH_DATA``) where they lie; nothing is copied.
The synthetic set is built here from templates: news-like articles where a few
sentences report an attack or a clash and the rest is politics, economy and weather.
"""

from __future__ import annotations

import os
import random
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

DATA = Path(os.environ.get("EVENTWIRE_BENCH_DATA", "/work/shared/data"))
ACLED_FILES = sorted((DATA / "acled-samples").glob("acled_*.csv"))


def _xml_texts(path: Path, tag: str) -> list[str]:
    root = ET.parse(path).getroot()
    return [t for a in root.iter(tag) if (t := (a.findtext("text") or "")).strip()]


def news_texts(limit: int | None = None) -> list[str]:
    """GeoWebNews then GeoVirus article texts (all of them unless ``limit``)."""
    texts = _xml_texts(DATA / "geowebnews" / "GWN.xml", "article")
    texts += _xml_texts(DATA / "geovirus" / "GeoVirus.xml", "article")
    return texts[:limit] if limit else texts


def acled_limit_per_file(limit: int | None) -> int | None:
    return None if limit is None else max(1, limit // max(1, len(ACLED_FILES)))


def mixed_texts(limit: int | None = None) -> list[str]:
    """The texts bare spaCy gets: the same documents eventwire reads (see ``mixed_documents``)."""
    from eventwire.readers import Skipped, read

    texts = news_texts(limit)
    per_file = acled_limit_per_file(limit)
    for path in ACLED_FILES:
        n = 0
        for item in read(str(path), format="csv", text_field="notes"):
            if isinstance(item, Skipped):
                continue
            texts.append(item.text)
            n += 1
            if per_file is not None and n >= per_file:
                break
    return texts


def mixed_documents(limit: int | None = None) -> Iterator[object]:
    """The mixed corpus as eventwire Documents, through eventwire's own readers."""
    from eventwire.readers import Skipped, make_document, read

    for text in news_texts(limit):
        yield make_document(text)
    per_file = acled_limit_per_file(limit)
    for path in ACLED_FILES:
        n = 0
        for item in read(str(path), format="csv", text_field="notes"):
            if isinstance(item, Skipped):
                continue
            yield item
            n += 1
            if per_file is not None and n >= per_file:
                break


# -- synthetic scale set ---------------------------------------------------------------------
_ACTORS = ["Islamist militants", "government troops", "Al Shabaab fighters", "unidentified gunmen", "the army",
           "Taliban insurgents", "police", "rebels of the FDLR", "Boko Haram fighters", "a pro-government militia"]
_TARGETS = ["a military base", "civilians", "a police checkpoint", "villagers", "a convoy", "soldiers", "a market",
            "protesters", "a school", "the district headquarters"]
_PLACES = ["Kidal", "Maiduguri", "Mogadishu", "Kandahar", "Goma", "Idlib", "Mosul", "Gao", "Djibo", "Beni",
           "Marib", "Sittwe", "Kunduz", "Bama", "Timbuktu", "Aleppo", "Baidoa", "Lashkar Gah", "Tillaberi", "Dori"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_VERBS = ["attacked", "ambushed", "shelled", "raided", "stormed", "opened fire on", "clashed with"]
_SAYERS = ["a local official said", "the army said in a statement", "witnesses told reporters",
           "a hospital source said", "the governor said", "residents said"]
_FILLER = [
    "The central bank kept its main interest rate unchanged at {n} percent.",
    "Heavy rain is expected across the region later in the week, forecasters said.",
    "The minister is due to travel to {place} to open a new water treatment plant.",
    "Prices of staple foods rose for the {nth} month in a row.",
    "Parliament will debate the budget proposal after the holiday.",
    "The national football team won its qualifier {n}-{m} on {day}.",
    "Schools in {place} reopened after the end of the rainy season.",
    "The company announced plans to build a new factory near {place}.",
    "Talks on a new trade agreement are expected to resume next month.",
    "The president met a delegation of farmers to discuss fertiliser prices.",
    "Elections are scheduled for next year, according to the electoral commission.",
    "A new bridge linking {place} to the capital was inaugurated in a ceremony.",
]


def _event_sentence(rng: random.Random) -> str:
    n = rng.randint(2, 40)
    return (f"On {rng.choice(_DAYS)}, {rng.choice(_ACTORS)} {rng.choice(_VERBS)} {rng.choice(_TARGETS)} in "
            f"{rng.choice(_PLACES)}, killing {n} people, {rng.choice(_SAYERS)}.")


def _filler(rng: random.Random) -> str:
    return rng.choice(_FILLER).format(n=rng.randint(2, 9), m=rng.randint(0, 3), place=rng.choice(_PLACES),
                                      day=rng.choice(_DAYS), nth=rng.choice(["third", "fifth", "sixth"]))


def synthetic_texts(n: int, seed: int = 8) -> list[str]:
    """``n`` synthetic articles (a headline and 5-14 sentences, one to three about an event)."""
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        sentences = [_filler(rng) for _ in range(rng.randint(4, 12))]
        for _ in range(rng.randint(1, 3)):
            sentences.insert(rng.randint(0, len(sentences)), _event_sentence(rng))
        headline = f"Violence in {rng.choice(_PLACES)}"
        paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
        texts.append(headline + "\n\n" + "\n\n".join(paragraphs))
    return texts
