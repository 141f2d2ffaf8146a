"""Victims and sides: which noun a number counts ("14 Al Shabaab militants", "a family of three")
and, through the dependency parse, which casualty wording it is tied to ("were killed", "killing
five of them"), or none (the subject who did the killing, a part given after "including", an
attempt, "killed, injured or captured")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .words import (
    _DIE_VERBS,
    KIND_WORDS,
    _NOT_PEOPLE,
    _NOT_PERSON_SUFFIXED,
    _NOUN_KINDS,
    _PERSONS,
    _along,
    _is_agent_of,
    _is_person,
    _kind_of_word,
    _lem,
    _word_kind,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


#: the two armed sides: a part "including" people of the other side is not a part of the total.
_STATE_SIDE = set(
    """soldier troop police policeman policemen policewoman officer gendarme personnel serviceman servicemen commando
    paratrooper marine sailor ranger constable jawan cop trooper guardsman""".split()
)  # fmt: skip
_ARMED_SIDE = set(
    """militant insurgent rebel fighter assailant attacker terrorist jihadist gunman gunmen extremist bandit militiaman
    militiamen guerrilla separatist bomber""".split()
)  # fmt: skip


def _other_side(total: Token, part: Token) -> bool:
    """'at least 21 militants including 2 commanders and 4 Afghan soldiers were killed': the soldiers
    are of the other side, so not among the 21 (the commanders are)."""
    sides = [("state" if _lem(t) in _STATE_SIDE else "armed" if _lem(t) in _ARMED_SIDE else "") for t in (total, part)]
    return all(sides) and sides[0] != sides[1]


def _counted_noun(span: Span) -> Token | None:
    root = span.root
    head = root.head
    if root.dep_ in ("nummod", "quantmod", "amod", "compound", "det", "npadvmod", "advmod") and head.i >= span.end:
        while head.dep_ in ("compound", "nmod") and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN") and (
            head.pos_ == "PROPN" or head.head.tag_ in ("NNS", "NNPS")
        ):  # "Fourteen Al Shabaab militants", "two department employees", "three Hazara tribal elders": the noun
            head = head.head  # the name or modifier belongs to
        if head.lower_ in ("more", "additional", "further") and head.dep_ == "amod" and head.head.i > head.i and (
            head.head.pos_ in ("NOUN", "PROPN")
        ):
            head = head.head  # "3 more soldiers died": the parser hangs the number on "more"
        if head.pos_ in ("NOUN", "PROPN", "PRON", "ADJ"):
            return head
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.head.i != root.i and root.head.i == nxt.i:
        return nxt
    return None


def _casualty_link(noun: Token | None, span: Span) -> tuple[str | None, Token | None]:
    """(kind, the word giving it) for the count; None when no casualty wording is attached."""
    x = noun if noun is not None else span.root
    of_number = noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
        noun.head.head.i == span.root.i)
    if noun is not None and of_number and not (noun.head.i < span.end and _lem(noun) in _NOUN_KINDS):
        # ("an unknown number of fatalities": the noun says the kind)
        x = span.root  # "killing five of them": the number itself is the object
    if x.dep_ == "prep" and x.lower_ in ("from", "between") and x.head.lemma_ in ("range", "vary"):
        return _ranged_kind(x.head)  # the span "from 2 to 4" is headed by its preposition
    if _lem(x) in _NOUN_KINDS:  # "12 fatalities", "3 deaths", "five dead"
        noun_kind = KIND_WORDS.get(_lem(x))
        killing = _killing_verb(x.head, x.dep_) if x.dep_ in ("nsubjpass", "dobj") else None
        if noun_kind == "killed" or killing is None:
            return noun_kind, x
        return "killed", killing  # "the 12 hostages were executed", "the hostages were shot and killed"
    for conj in x.children:  # "resulting in 2 rebel and 1 military fatalities": the parts share the noun
        if conj.dep_ == "conj" and _lem(conj) in _NOUN_KINDS and any(g.dep_ == "nummod" for g in conj.children):
            return KIND_WORDS.get(_lem(conj)), conj
    for child in x.children:  # "57 elements killed", "two people dead", "a man wounded"
        if child.dep_ in ("acl", "relcl", "amod", "appos") and child.i > x.i:
            kind = _kind_of_word(child)
            if kind and kind != "killed" and x.dep_ in ("nsubj", "nsubjpass") and _kind_of_word(x.head) == "killed" and (
                not _is_agent_of(x.head)
            ):
                return "killed", x.head  # "a person who was abducted on 24 April was found dead": the worse outcome
            if kind:
                return kind, child
    later = [c for c in x.conjuncts if c.i > x.i and c.pos_ in ("NOUN", "PROPN")]
    if later and x.dep_ != "conj":  # "left 4 militants and 1 soldier dead": the last part's word is the list's
        for child in later[-1].children:
            if child.dep_ in ("acl", "amod", "oprd") and child.i > later[-1].i:
                kind = _kind_of_word(child)
                if kind:
                    return kind, child
    nxt = x.doc[x.i + 1] if x.i + 1 < len(x.doc) else None
    if x.dep_ == "conj" and x.like_num and nxt is not None and nxt.pos_ in ("VERB", "ADJ") and _word_kind(nxt):
        return _word_kind(nxt), nxt  # "killing 2 and 5 injured": the second figure has its own word
    if x.dep_ == "conj" and x.like_num and x.head.pos_ == "VERB" and _kind_of_word(x.head) and any(
        c.dep_ in ("dobj", "obj") and (c.like_num or any(g.dep_ == "nummod" for g in c.children))
        for c in x.head.children
    ) and not any(_word_kind(t) for t in x.doc[x.i + 1 : x.i + 3]):
        # "killing 5 in Kuda and 3 in Madagali": the parser joins the second figure to the verb, not to the first
        # (not "killing 2 and 5 injured": that figure has its own word)
        return _kind_of_word(x.head), x.head
    part = x
    while x.dep_ in ("conj", "appos") and x.head is not x:
        x = x.head
    if any(a.lower_ in ("including", "among") and a.dep_ == "prep" for a in [x.head, *list(x.ancestors)[:2]]) or (
        _among_them(x) or _among_them(part)  # "9 people were killed, among them 3 women" (women: in apposition)
    ):
        total = x.head.head if x.head.lower_ == "including" and x.dep_ == "pobj" else None
        if total is not None and total.i != part.i and _other_side(total, part):
            return _casualty_link(total, total.doc[total.i : total.i + 1])  # "21 militants including ... 4 soldiers"
        return None, None  # a part of a count given elsewhere
    while x.dep_ == "nmod" and x.head.i > x.i and x.head.dep_ in ("nsubjpass", "dobj"):
        x = x.head  # "Three members of the ... (CNDD-FDD) party were killed": the parser makes the name the subject
    if x.dep_ == "pobj" and x.head.lower_ == "of" and x.head.head.lemma_.lower() in _GROUP_OF:
        x = x.head.head  # "a group of three soldiers was ambushed and killed": the group is in the victims' slot
    verb = x.head
    if x.dep_ == "pobj" and verb.dep_ in ("prep", "agent"):
        prep = verb
        verb = prep.head
        if prep.lower_ in ("to", "at", "of") and verb.lemma_ in ("toll", "rise", "climb", "reach", "stand", "increase", "jump"):
            return "killed", verb  # "the death toll rose to 30"
        if prep.lower_ in ("from", "between") and verb.lemma_ in ("range", "vary"):
            return _ranged_kind(verb)  # "reports on fatalities range from 2 to 4"
        if prep.lower_ == "at" and verb.lemma_ in ("put", "place", "estimate", "set") and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("toll", "tally") for c in verb.children
        ):
            return "killed", verb  # "the army put the (death) toll at 12"
        if prep.lower_ == "with" and _along(prep) and x.dep_ == "pobj":
            kind = _kind_of_word(verb)  # "X was killed along with his deputy and five other people"
            return (kind, verb) if kind else (None, None)
        if prep.lower_ != "of":
            return None, None
        if verb.lemma_ == "life" and verb.dep_ in ("dobj", "obj") and _kind_of_word(verb.head) == "killed":
            return "killed", verb.head  # "claimed the lives of four villagers"
    if x.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "attr", "pobj", "conj", "npadvmod", "ROOT", "appos", "dep"):
        if x.dep_ == "nsubj" and _is_agent_of(verb):
            return None, None  # "two gunmen killed a man": the subject did the killing
        if _listed_part(x):
            return None, None
        kind = _kind_of_word(verb)
        if kind and kind != "killed" and x.dep_ in ("nsubj", "nsubjpass"):
            for conj in verb.children:  # "were kidnapped and (later) killed": the worse outcome
                if conj.dep_ == "conj" and _kind_of_word(conj) == "killed" and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in conj.children
                ):
                    return "killed", conj
        if kind is None and verb.lemma_ == "lose" and x.dep_ in ("dobj", "obj") and (
                _lem(x) in _STATE_SIDE | _ARMED_SIDE):
            return "killed", verb  # "the army lost 2 soldiers in the clash": its dead
        if kind:
            if kind != "killed":  # "killed and injured several": the shared object goes to the killing
                head = verb.head
                shared = x.dep_ in ("dobj", "obj") and not any(
                    c.dep_ in ("dobj", "obj") or c.like_num for c in head.children
                ) and not (head.dep_ in ("xcomp", "oprd") and any(c.dep_ in ("dobj", "obj") for c in head.head.children))
                # ("leaving him killed and injuring a number of his relatives": the killing has "him")
                # ("killed 1 and injured 11 people": the killing has its own number)
                if verb.dep_ == "conj" and shared and _kind_of_word(head) == "killed":
                    return "killed", head
            return kind, verb
        for conj in verb.children:  # "were shot and killed", "shot and killed a man"
            if x.dep_ in ("nsubj", "ROOT") and _is_agent_of(conj):
                continue
            if conj.dep_ == "conj" and _kind_of_word(conj) == "killed" and not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in conj.children
            ):  # "three suspects fled and one was killed": that killing has a subject of its own ("he" is the same man)
                return "killed", conj
        if verb.lemma_ == "toll" or any(c.lemma_ == "toll" for c in verb.children if c.dep_.startswith("nsubj")):
            return "killed", verb
    return None, None


def _included_toll(noun: Token | None) -> Token | None:
    """'Fatalities include 2 soldiers and 14 militants', 'the dead included 3 soldiers', 'those killed
    include 4 policemen': the word of the dead that the listed people belong to (None otherwise)."""
    if noun is None:
        return None
    x = noun
    while x.dep_ == "conj" and x.head is not x:
        x = x.head
    if x.dep_ not in ("dobj", "obj") or x.head.lemma_.lower() != "include":
        return None
    for subj in (c for c in x.head.children if c.dep_ in ("nsubj", "nsubjpass")):
        if _lem(subj) in _NOUN_KINDS and KIND_WORDS.get(_lem(subj)) == "killed" or _lem(subj) == "victim":
            return subj
        word = next((c for c in subj.children if c.dep_ in ("acl", "relcl") and _kind_of_word(c) == "killed"), None)
        if word is not None:  # "those killed", "the people who died"
            return word
    return None


def _ranged_kind(verb: Token) -> tuple[str | None, Token | None]:
    """'Reports on fatalities range from 2 to 4', 'death toll estimates vary between 10 and 15':
    the kind named in the subject of range/vary."""
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        for tok in subj.subtree:
            if tok.lemma_.lower() == "toll" or _lem(tok) in _NOUN_KINDS:
                return KIND_WORDS.get(tok.lemma_.lower(), "killed"), verb
    return None, None


def _in_including(tok: Token) -> bool:
    """'including a commander', 'among them two children': a part of a count given elsewhere."""
    x = tok
    while x.dep_ in ("conj", "appos") and x.head is not x:
        x = x.head
    return any(a.lower_ in ("including", "among") and a.dep_ == "prep" for a in [x.head, *list(x.ancestors)[:2]]) or (
        _among_them(x) or _among_them(tok))


def _among_them(x: Token) -> bool:
    """'killed five, among them three children and a woman': the parser hangs "among them" on the
    part itself; the part is still one of the people counted before."""
    return any(c.dep_ == "prep" and c.lower_ == "among" and c.i < x.i
               and any(g.lower_ in ("them", "whom", "those") for g in c.children) for c in x.children)  # fmt: skip


def _listed_part(x: Token) -> bool:
    """'12 people, including the six assailants and six officers, were killed': the parser hangs
    the second part on the verb; it is still a part of the 12."""
    if x.dep_ not in ("nsubj", "nsubjpass"):
        return False
    for c in x.head.children:
        if c.dep_ == x.dep_ and c.i < x.i and any(g.lower_ in ("including", "among") for g in c.children):
            between = x.doc[c.i : x.i].text.lower()
            return not re.search(r"\bas well as\b|\bplus\b|\)\s*and\b", between)  # "(including ...) as well as 2 policemen"
    return False


def _passive_later(doc: Doc, span: Span, noun: Token) -> tuple[str | None, Token | None]:
    """A fallback for long subjects the parser splits: "six leaders ... linked to attacks in
    Europe have been killed" -- the first passive casualty verb after the noun in its sentence,
    with no other number of people in between."""
    for tok in doc[noun.i + 1 : span.sent.end]:
        if tok.like_num and tok.i > noun.i + 1:
            return None, None
        if tok.dep_ == "nsubjpass" or tok.dep_ == "nsubj" and tok.head.i > tok.i and tok.head.lemma_ not in ("link", "base"):
            if tok.i != noun.i and tok.pos_ in ("NOUN", "PROPN", "PRON"):
                return None, None
        kind = _kind_of_word(tok) if tok.pos_ == "VERB" else None
        if kind and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
            return kind, tok
    return None, None


_BRIDGE = {"were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "reportedly", "also", "all",
           "later", "allegedly", "then", "reported", "confirmed", "both", "subsequently", "eventually", "each"}


def _surface_noun(span: Span) -> Token | None:
    """The counted noun by word order when the parse disagrees ("14 Al shabaab militants")."""
    doc = span.doc
    for tok in doc[span.end : min(span.end + 6, len(doc))]:  # the parser may cut "14 | Al shabaab ..." apart
        if tok.pos_ == "NOUN" and (tok.tag_ == "NNS" or tok.lemma_.lower() in _PERSONS):
            return tok
        if tok.text in (",", ";", ".", ":", "!", "?") or (tok.is_sent_start and doc[tok.i - 1].is_punct):
            return None
        acronym = tok.text.isupper() and tok.is_alpha or tok.text in ("/", "-")  # "56 BH/IS fighters"
        if tok.pos_ not in ("PROPN", "ADJ", "NOUN", "PUNCT", "DET") and not acronym:
            return None
    return None


def _surface_kind(doc: Doc, token: Token) -> tuple[str | None, Token | None]:
    """Casualty wording right after the counted words: "militants were killed", "rebels dead",
    "three soldiers, including a commander, were killed" (an "including" aside is skipped)."""
    start = token.i + 1
    if start + 1 < len(doc) and doc[start].text == "," and doc[start + 1].lower_ in ("including", "among"):
        close = next((t.i for t in doc[start + 1 : min(start + 20, len(doc) - 1)] if t.text in (".", ";") or (
            t.text == "," and (doc[t.i + 1].lower_ in _BRIDGE or doc[t.i + 1].pos_ in ("VERB", "AUX")))), None)
        # the comma that closes the aside is the one before the verb ("four people, including a police
        # officer, a civilian, and two assailants, were killed")
        if close is None or doc[close].text != ",":
            return None, None
        start = close + 1
    while start + 1 < len(doc) and doc[start].lower_ in ("and", ",") and doc[start + 1].like_num:
        # "2 FARDC soldiers and 3 rebels were killed": the words of the list's last part are the list's
        nxt = next((t.i for t in doc[start + 2 : min(start + 7, len(doc))] if t.pos_ == "NOUN" and _is_person(t)), None)
        if nxt is None:
            return None, None
        start = nxt + 1
    for tok in doc[start : min(start + 5, len(doc))]:
        if tok.is_sent_start and doc[tok.i - 1].is_punct:
            return None, None
        if tok.lower_ in _BRIDGE:
            continue
        kind = _kind_of_word(tok)
        if kind and tok.pos_ in ("VERB", "ADJ", "AUX"):
            if tok.pos_ == "VERB" and token.dep_ == "nsubj" and token.head.i == tok.i and _is_agent_of(tok):
                return None, None  # "two gunmen killed a man": the subject did the killing
            return kind, tok
        return None, None
    return None, None


#: casualty kinds whose victim slot makes an unknown noun a person ("one dahalo was killed").
_VICTIM_KINDS = {"killed", "wounded", "abducted", "arrested"}


def _victim_slot(noun: Token | None) -> bool:
    """An unknown noun (no person word, not a thing) in the victim's slot of a casualty verb: the
    subject of a passive one ("one dahalo was killed") or the object of an active one ("killed 12
    Misseriya"): what is killed, wounded or abducted there is people."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or _lem(noun) in _NOT_PEOPLE | _NOT_PERSON_SUFFIXED:
        return False
    verb = noun.head
    if noun.dep_ == "nsubjpass" or (noun.dep_ == "dobj" and verb.pos_ == "VERB"):
        return _kind_of_word(verb) in _VICTIM_KINDS
    return False


def _inside_person(tok: Token) -> bool:
    """'a supporter of a party member', 'the son of a farmer': a person named inside another
    person's "of" phrase is not a second victim."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    owner = tok.head.head
    return owner.pos_ == "NOUN" and _lem(owner) not in _NOUN_KINDS and _is_person(owner)


def _people_within(noun: Token) -> bool:
    """'four Communist Party of India-Maoist cadres': a person noun inside the noun's "of" phrase;
    'two Anti-Corruption Justice Center (ACJC) employees': the plural person noun the parser hangs
    on the name as its apposition."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return any(_is_person(t) and t.pos_ == "NOUN" for t in child.subtree)
        if child.dep_ == "appos" and child.tag_ == "NNS" and child.i > noun.i and _lem(child) in _PERSONS:
            return True
    return False


def _nearby_kind(doc: Doc, span: Span) -> tuple[str | None, Token | None]:
    """A fallback when the parse links nothing: casualty wording within 3 tokens after the number."""
    for tok in doc[span.end : min(span.end + 4, span.sent.end)]:
        if tok.like_num or tok.is_punct:
            break
        kind = _word_kind(tok)
        if kind and tok.pos_ in ("VERB", "ADJ", "NOUN", "AUX"):
            return kind, tok
    return None, None


#: nouns for a set of people whose size follows "of": "a family of three", "a household of six"; "a
#: total of nine (people)" counts them the same way.
_GROUP_OF = {"family", "household", "couple", "group", "crew", "team", "party", "total"}


def _group_of(span: Span) -> Token | None:
    """'a family of three': the group noun the number gives the size of (None otherwise)."""
    root = span.root
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in _GROUP_OF or of.head.i > root.i:
        return None
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN"):
        return None  # "a group of three soldiers": the soldiers are counted
    return of.head


def _subjectless_root(span: Span, noun: Token) -> tuple[str | None, Token | None]:
    """'in Sao Goncalo, Rio de Janeiro, five members of the CV died during a shoot-out': the parser
    hangs the people on the place before them and leaves the sentence's death verb without a
    subject; the count before that verb, with no other number between, is its subject."""
    root = noun.sent.root
    if root.i <= noun.i or any(c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ not in ("DATE", "TIME", "GPE")
                               for c in root.children):  # ("Around 3 May 2020, ..., five members ... died": the
        return None, None  # parser may make the date the subject)
    if any(t.like_num for t in span.doc[noun.i + 1 : root.i]) or noun.dep_ not in ("appos", "npadvmod", "dep"):
        return None, None
    dies = root.lemma_.lower() in _DIE_VERBS or (_kind_of_word(root) == "killed" and any(
        c.dep_ == "auxpass" for c in root.children))
    return ("killed", root) if dies and _kind_of_word(root) == "killed" else (None, None)


def _group_acronym(noun: Token | None, span: Span) -> bool:
    """'2 FARDC killed', 'killing 3 BH and 2 KDF': an armed group's acronym right after a number
    counts its members (a toll only with casualty wording, like any count of people); so does a
    group's name of a few words right before a casualty word ("4 SPLA-IO killed", "5 Al Shabaab
    killed", "2 Boko Haram dead")."""
    if noun is None or noun.pos_ not in ("PROPN", "NOUN"):
        return False
    if noun.i == span.end:
        return noun.is_alpha and noun.is_upper and 2 <= len(noun.text) <= 6
    name = span.doc[span.end : noun.i + 1]
    after = span.doc[noun.i + 1] if noun.i + 1 < len(span.doc) else None
    return (noun.pos_ == "PROPN" and len(name) <= 4 and noun.ent_type_ not in ("GPE", "FAC", "DATE")
            and all(t.pos_ == "PROPN" or t.tag_ == "HYPH" or t.text == "-" for t in name)
            and after is not None and _word_kind(after) is not None and after.tag_ in ("VBN", "VBD", "JJ"))  # fmt: skip


def _named_person(tok: Token) -> bool:
    """A named individual in a victim's slot of a killing verb: "killed Naimatullah, the head of
    ...", "Ikurakure, a Burundian Army officer, was killed" (the small model often tags such
    names GPE or ORG, so the slot decides; group names take "the" or a plural and are left out)."""
    if tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    if (tok.pos_ != "PROPN" or tok.tag_ != "NNP") and not _named_before(tok):
        return False
    if tok.ent_type_ in ("NORP", "GPE", "LOC", "FAC") and not any(c.dep_ == "appos" for c in tok.children):
        if tok.dep_ != "dobj" and (tok.ent_type_ in ("NORP", "FAC") or _killing_verb(tok.head, tok.dep_) is None):
            return False  # a place is never "killed": "Rufyiri was killed" names a person the model took for a place
    if any(c.dep_ == "det" for c in tok.children) or tok.lower_ in _PERSONS:
        return False
    if any(c.dep_ == tok.dep_ and c.i != tok.i for c in tok.head.children):
        return False  # "in Sinop, Mato Grosso, a man was killed": the parser made two subjects
    for appos in (c for c in tok.children if c.dep_ == "appos"):  # "Ikurakure, an officer, was killed"
        after = appos.right_edge.i + 1
        if tok.dep_ == "nsubjpass" and (after >= len(tok.doc) or tok.doc[after].text != ","):
            return False  # "in Sinop, Mato Grosso, a man was killed": a place, then the subject
    return _killing_verb(tok.head, tok.dep_) is not None


def _named_before(tok: Token) -> bool:
    """A capitalised word the text has already given as a person's name ("Gul Agha, a tribal elder
    ... Agha was shot and killed"): the small model often tags the repeated surname a common noun."""
    if not tok.is_title or tok.tag_ not in ("NN", "NNP") or tok.lower_ in _PERSONS:
        return False
    return any(t.text == tok.text and t.ent_type_ == "PERSON" for t in tok.doc[: tok.i])


def _killing_verb(verb: Token, slot: str) -> Token | None:
    """The word that makes ``verb`` a killing of its ``slot`` (nsubjpass, dobj): itself ("was
    killed", "killed X") or, for a passive subject, a conjoined verb sharing it ("was shot and
    killed"; an object is not shared: "attacked Muaja and killed 1 person")."""
    if _kind_of_word(verb) == "killed":
        return verb
    if slot != "nsubjpass":
        return None
    return next((c for c in verb.children if c.dep_ == "conj" and _kind_of_word(c) == "killed"
                 and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)  # fmt: skip


def _headline_victim(tok: Token) -> bool:
    """A bare singular person noun opening a headline-style sentence, with a killing and no object
    after it: "Man killed by mob over alleged theft", "Soldier shot dead by gunmen"."""
    if tok.tag_ != "NN" or tok.left_edge.i != tok.sent.start or not _is_person(tok) or _lem(tok) in _NOUN_KINDS:
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return False
    if tok.dep_ == "ROOT":
        verb = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    else:
        verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.tag_ in ("VBN", "VBD") else None
    return verb is not None and _kind_of_word(verb) == "killed" and not _is_agent_of(verb)
