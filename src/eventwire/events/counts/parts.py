"""Parts and restatements of a toll that add no one: a breakdown after a colon, dash or bracket
("killed 5 people: 3 soldiers and 2 civilians"), "four of them ... and two ...", "one ... the
other" of people counted before, "eleven (11) people", "both sides"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..._doc import CountMention
from .merge import _ANYONE
from .words import _is_person, _word_kind

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _in_breakdown(span: Span) -> bool:
    """A count inside brackets right after a counted noun: "5 civilians (2 men, 2 women and 1
    child)", "4 civilians (at least 1 of them a child)" break that count down; they add no one."""
    doc = span.doc
    colon = _after_colon(span)
    if colon is not None:
        return colon
    for tok in reversed(doc[span.sent.start : span.start]):
        if tok.text == ")":
            return False
        if tok.text == "(":
            noun = doc[tok.i - 1] if tok.i > span.sent.start else None
            if noun is not None and noun.like_num and noun.i > span.sent.start and _word_kind(doc[noun.i - 1]):
                return True  # "clashes killed 8 (5 AS, 3 SNA)": the parts of the number before
            return noun is not None and noun.pos_ in ("NOUN", "PROPN") and any(
                (c.dep_ == "nummod" or c.like_num) and c.i < noun.i for c in noun.children
            )  # its own number before it ("rebels (3 killed)" is a toll of its own)
    return False


def _after_colon(span: Span) -> bool | None:
    """"killed 5 people: 3 soldiers and 2 civilians", "killed 5 people - 3 soldiers and 2
    militants": counts after a colon or dash that follows a counted noun of people break that
    count down (True); None when no such colon or dash precedes the count in its sentence."""
    doc = span.doc
    for tok in reversed(doc[span.sent.start : span.start]):
        if tok.text in (";", "(", ")") or tok.pos_ in ("VERB", "AUX"):
            return None  # the list ends at a new clause
        if tok.text in (":", "-", "–", "—") and tok.i > 0 and tok.whitespace_:
            noun = doc[tok.i - 1]
            return noun.pos_ in ("NOUN", "PROPN") and _is_person(noun) and any(
                (c.dep_ == "nummod" or c.like_num) and c.i < noun.i for c in noun.children
            )
    return None


def _restated_in_brackets(text: str, previous: CountMention, start: int, end: int,
                          values: tuple[int, int, int]) -> bool:  # fmt: skip
    """'eleven (11) people', 'one (1) soldier': the figures in brackets repeat the number before."""
    before = text[previous.span.end_char : start]
    return (re.fullmatch(r"\s*\(\s*", before) is not None and text[end : end + 2].lstrip().startswith(")")
            and previous.count.best == values[0])  # fmt: skip


def _both_people(span: Span) -> bool:
    """"both assailants", "both of them" are two people; "both sides", "both the army and the
    police" are not a count (the parts are counted on their own)."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and (nxt.lower_ == "of" or nxt.tag_ in ("NNS", "NNPS"))


def _restated_parts(mentions: list[CountMention]) -> list[CountMention]:
    """'killed 3 people, 2 soldiers and a civilian', 'killed 6 people in two villages: 4 in Kuda
    and 2 in Madagali', 'left 5 people dead (3 soldiers and 2 militants)': counts listed right
    after a toll (after a comma with a noun that says who, or after a colon, dash or opening
    bracket) that add up to it exactly break it down; they add no one."""
    out = list(mentions)
    for i, total in enumerate(mentions):
        if not total.casualty or total.head not in _ANYONE or total.count.best < 2:
            continue
        doc = total.span.doc
        parts: list[int] = []
        running = 0
        for j in range(i + 1, len(mentions)):
            part = mentions[j]
            same_sentence = part.span.sent.start == total.span.sent.start
            if same_sentence and not part.casualty and part.span.text.lower().startswith(("from ", "between ")):
                continue  # "5 from one clan and 3 from the other": the clans are no part
            if not same_sentence or not part.casualty or part.count.kind != total.count.kind:
                break
            running += part.count.best
            parts.append(j)
            if running >= total.count.best:
                break
        if running != total.count.best or len(parts) < 2:
            continue
        between = doc[total.span.end : mentions[parts[0]].span.start]
        colon = any(t.text in (":", "-", "–", "—", "(") for t in between)  # "left 5 people dead (3 soldiers and 2 militants)"
        verbs = [t for t in between if t.pos_ in ("VERB", "AUX")]
        if verbs and not (colon and _own_wording(verbs, total)):
            continue  # ("2 killed (1 soldier, 1 civilian)", "5 were killed: 3 soldiers and 2 civilians": the toll's own verb)
        comma = any(t.text == "," for t in between) and all(
            mentions[j].head not in _ANYONE or _placed_part(mentions[j]) for j in parts
        )  # "killed 3 people, 2 soldiers and a civilian", "killed 8 people, 5 from one clan and 3 from the other"
        if not (colon or comma):
            continue
        for j in parts:
            m = mentions[j]
            m.span.label_ = "count"
            out[j] = CountMention(span=m.span, count=m.count, head=m.head, casualty=False)
    return out


def _placed_part(part: CountMention) -> bool:
    """A number alone followed by where or whom it is from ("5 from one clan", "4 in Kuda"): a part of a toll."""
    doc = part.span.doc
    nxt = doc[part.span.end] if part.span.end < len(doc) else None
    return part.head == "" and nxt is not None and nxt.lower_ in ("from", "in", "at", "on", "among")


def _own_wording(verbs: list[Token], total: CountMention) -> bool:
    """The verbs between a toll and its breakdown are the toll's own wording ("2 killed (", "5 were
    killed:"), standing right after it with nothing but auxiliaries and the word of its kind."""
    first = total.span.end
    return all(v.i - first < 3 and (v.pos_ == "AUX" or _word_kind(v) == total.count.kind) for v in verbs) and any(
        _word_kind(v) == total.count.kind for v in verbs)


def _parts_of_them(mentions: list[CountMention]) -> list[CountMention]:
    """'Six people were killed, four of them by gunshot and two by machete', 'killing 10, three of
    whom were soldiers': "N of them/whom" after a toll of the same kind in its sentence names some
    of those people, and the counts listed with it (", and two by machete") are the rest of them."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if not m.casualty or m.head not in ("they", "who", "whom", "those"):
            continue
        doc = m.span.doc
        nxt = doc[m.span.end : m.span.end + 2]
        if len(nxt) < 2 or nxt[0].lower_ != "of" or nxt[1].lower_ not in ("them", "whom", "those"):
            continue
        sent = m.span.sent.start
        if not any(p.casualty and p.count.kind == m.count.kind and p.span.sent.start == sent for p in mentions[:i]):
            continue
        later = [j for j in range(i + 1, len(mentions)) if mentions[j].span.sent.start == sent
                 and mentions[j].casualty and mentions[j].count.kind == m.count.kind and mentions[j].head in _ANYONE]
        for j in [i, *later[:1]]:  # "four of them by gunshot and two by machete": the two are of them too
            part = out[j]
            part.span.label_ = "count"
            out[j] = CountMention(span=part.span, count=part.count, head=part.head, casualty=False)
    return out


def _one_of_them(mention: CountMention, found: list[CountMention]) -> CountMention:
    """'A mob killed two thieves. One was burnt alive and the other was stoned to death': the
    "one" (with "the other") of people counted in an earlier sentence is a part, not a new toll."""
    span = mention.span
    if not mention.casualty or span.text.lower() != "one" or mention.head:
        return mention
    sent = span.sent
    if not re.search(r"(?i)\bthe\s+(?:other|second)\b", sent.text):
        return mention
    if not any(m.casualty and m.count.kind == mention.count.kind and m.count.best >= 2
               and m.span.sent.start < sent.start for m in found):  # fmt: skip
        return mention
    span.label_ = "count"
    return CountMention(span=span, count=mention.count, head=mention.head, casualty=False)
