"""Date mentions over a spaCy Doc, and the date of one event.

``find_dates`` turns the expressions ``_grammar.scan`` finds into ``DateMention`` records
(spaCy span + ``DateSpan`` with evidence into the original text) and uses the parse to
decide whether a bare weekday or day-month points backwards or forwards (its verb has
"will", "shall", "is to" ...).

``event_date`` picks, for one event trigger, in this order:

1. a date attached to the trigger's own clause (its verb governs the date); a date in a relative
   clause under a trigger in the perfect dates an earlier state, not the trigger ("has been driven
   out of the territories it conquered in 2014", "a été chassé des territoires qu'il avait conquis
   en 2014"): the trigger gets the range from that date to
   publication, with that phrase as evidence (a state over a year back stays background);
2. a date attached to a clause that governs the trigger ("announced on Tuesday that six
   ... were killed" gives the killing the announcement's date only when the killing has
   no date of its own);
3. the nearest other date in the sentence;
4. the nearest earlier date in the document (confidence x 0.7);
5. the fallback: the week before publication (UCDP precision 3, ACLED 2, confidence 0.3);
   for a forecast, the three months after publication. Nothing when no publication date.

Forecast durations are only used for forecast events. A date after publication for a
reported, claimed or denied event, and impossible dates, keep their place but are flagged
in ``description`` with confidence <= 0.2.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .._doc import DateMention, doc_text, ensure_extensions, evidence
from ..model import DateSpan
from . import _calendar as cal
from ._grammar import Found, scan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["event_date", "find_dates"]

_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_FUTURE_HEADS = {"plan", "expect", "schedule", "intend", "hope", "aim", "vow", "threaten", "prepare"}
_FR_FUTURE_AUX = {"aller", "devoir", "compter", "prévoir", "entendre", "espérer", "menacer"}
_PAST_EVENT_MODALITIES = {"reported", "claimed", "denied"}
_ABSOLUTE = re.compile(r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}\b")


def _governor(token: Token) -> Token:
    """The verb (or sentence root) whose clause holds ``token``."""
    seen = 0
    while token.head is not token and token.pos_ not in ("VERB", "AUX") and seen < 50:
        token = token.head
        seen += 1
    return token


def _speaks_of_future(verb: Token) -> bool:
    if verb.lang_ == "fr":  # "attaqueront", "vont attaquer", "devraient attaquer"
        if "Fut" in verb.morph.get("Tense") or any(c.lemma_ in _FR_FUTURE_AUX and c.i < verb.i for c in verb.children):
            return True
        return verb.head.lemma_ in _FR_FUTURE_AUX and verb.head.i < verb.i and verb.dep_ == "xcomp"
    if any(child.dep_ == "aux" and child.lower_ in _FUTURE_AUX for child in verb.children):
        return True
    if any(child.lower_ == "to" and child.dep_ == "aux" for child in verb.children):
        head = verb.head
        return head.lemma_ in _FUTURE_HEADS or (head.lemma_ == "be" and head.i < verb.i)
    return False


def _to_datespan(doc: Doc, found: Found) -> DateSpan:
    prec, tprec = found.precision
    return DateSpan(
        start=found.start,
        end=found.end,
        precision=prec,
        time_precision=tprec,
        description=found.description if repr(found.text.lower()) in found.description.lower() else f"{found.text!r}: {found.description}",
        confidence=found.confidence,
        evidence=[evidence(doc, found.start_char, found.end_char)],
    )


def find_dates(doc: Doc) -> list[DateMention]:
    """Find and resolve every date expression in ``doc``; sets ``doc._.ew_dates`` and
    ``doc.spans["ew_dates"]`` (span labels are the tense). The date grammar is the one of
    ``doc.lang_`` (the language of the spaCy pipeline), English when there is none for it."""
    ensure_extensions()
    published: dt.date | None = doc._.ew_published
    lang = doc.lang_
    text = doc_text(doc)
    backwards = scan(text, published, future=False, lang=lang)
    forwards: dict[int, Found] | None = None  # the forward reading, scanned only when needed
    mentions: list[DateMention] = []
    for found in backwards:
        span = doc.char_span(found.start_char, found.end_char, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        verb = _governor(span.root)
        if found.kind == "relative" and _speaks_of_future(verb):
            if forwards is None:
                forwards = {f.start_char: f for f in scan(text, published, future=True, lang=lang)}
            other = forwards.get(found.start_char)
            if other is not None and other.end_char == found.end_char:
                found = other
                if found.start is not None and published is not None and found.start > published:
                    found.tense = "future"
        mention = DateMention(span=span, date=_to_datespan(doc, found), tense=found.tense)
        span.label_ = found.tense
        mentions.append(mention)
    doc._.ew_dates = mentions
    doc.spans["ew_dates"] = [m.span for m in mentions]
    return mentions


def _is_ancestor(candidate: Token, token: Token) -> bool:
    return any(a.i == candidate.i for a in token.ancestors)


def event_date(doc: Doc, trigger: Span, modality: str = "reported") -> DateSpan | None:
    """The date of the event whose trigger is ``trigger`` (see the module docstring)."""
    mentions: list[DateMention] = doc._.ew_dates if doc._.ew_dates is not None else find_dates(doc)
    published: dt.date | None = doc._.ew_published
    forecast = modality == "forecast"
    # forecast phrases ("in the coming weeks", "next month") only date forecasts; an absolute
    # date after publication stays usable for a reported event, and is flagged below
    usable = [m for m in mentions if forecast or m.tense != "future" or _ABSOLUTE.search(m.span.text)]
    trig_verb = _governor(trigger.root)
    sent = trigger.sent
    best: tuple[float, DateMention] | None = None
    for m in usable:
        if m.span.sent.start != sent.start:
            continue
        verb = _governor(m.span.root)
        if verb.i == trig_verb.i or trigger.start <= m.span.root.head.i < trigger.end:
            score = 0.0
        elif _is_ancestor(verb, trig_verb):
            score = 1.0
        elif _is_ancestor(trig_verb, verb) or m.tense == "background":
            score = 3.0
        else:
            score = 2.0
        score += min(abs(m.span.start - trigger.start), 99) / 100
        if best is None or score < best[0]:
            best = (score, m)
    if best is not None and published is not None and _state_since(best[1], trig_verb):
        return _since(best[1], published)
    if best is not None:
        chosen = best[1].date.model_copy(deep=True)
        if best[0] >= 2:
            chosen.confidence = round(chosen.confidence * 0.85, 3)
    else:
        texts: list[str] = []  # doc.text, read once
        earlier = [
            m
            for m in usable
            if m.span.end <= trigger.start
            and m.date.start is not None
            and m.tense != "future"
            and "\n\n" not in _text(doc, texts)[m.span.end_char : trigger.start_char]  # same paragraph only
        ]
        if earlier:
            chosen = earlier[-1].date.model_copy(deep=True)
            chosen.confidence = round(chosen.confidence * 0.7, 3)
            chosen.description = f"{chosen.description} (the nearest earlier date in the text)"
        else:
            chosen = _fallback(published, forecast)
            if chosen is None:
                return None
    return _flag(chosen, published, modality)


def _perfect(verb: Token) -> bool:
    """'has been driven out', 'have retaken', 'had lost': the perfect aspect; in French the passé
    composé ("a été chassé", "ont repris": the tense auxiliary in the present)."""
    if verb.lang_ == "fr":
        return any(c.dep_ == "aux:tense" and "Pres" in c.morph.get("Tense") for c in verb.children)
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _state_since(m: DateMention, trig_verb: Token) -> bool:
    """The date dates a relative clause under a trigger in the perfect, not the trigger: "has been
    driven out of most of the territories it conquered in 2014" -- the clause tells an earlier state
    of what the trigger acts on; the perfect tells a change since then, up to the report."""
    verb = _governor(m.span.root)
    return (verb.i != trig_verb.i and verb.dep_ in ("relcl", "acl", "acl:relcl") and _is_ancestor(trig_verb, verb)
            and _perfect(trig_verb) and m.date.start is not None and m.tense != "future")


def _since(m: DateMention, published: dt.date) -> DateSpan:
    """From the earlier state's date to publication, with that date phrase as evidence (so a state
    dated over a year back keeps its background tense)."""
    start = m.date.start
    assert start is not None
    end = max(start, published)
    prec, tprec = cal.precisions(start, end)
    return m.date.model_copy(deep=True, update={
        "start": start, "end": end, "precision": prec, "time_precision": tprec,
        "confidence": round(m.date.confidence * 0.6, 3),
        "description": f"since {start.isoformat()}: a change, told in the perfect, since the earlier state a "
                       f"relative clause dates ({m.span.text})"})


def _text(doc: Doc, texts: list[str]) -> str:
    if not texts:
        texts.append(doc_text(doc))
    return texts[0]


def _fallback(published: dt.date | None, forecast: bool) -> DateSpan | None:
    if published is None:
        return None
    if forecast:
        start, end = published, cal.add_months(published, 3)
        why = "no date in the text: a forecast, assumed within three months of publication"
    else:
        start, end = published - dt.timedelta(days=6), published
        why = "no date in the text: assumed within the week before publication"
    prec, tprec = cal.precisions(start, end)
    return DateSpan(start=start, end=end, precision=prec, time_precision=tprec, description=why, confidence=0.3)


def _flag(date: DateSpan, published: dt.date | None, modality: str) -> DateSpan:
    if (
        modality in _PAST_EVENT_MODALITIES
        and published is not None
        and date.start is not None
        and date.start > published
    ):
        date.confidence = min(date.confidence, 0.2)
        date.description = f"{date.description}; flagged: after publication ({published}) for a reported past event"
    if date.start is None and date.confidence > 0.2:
        date.confidence = 0.2
    return date
