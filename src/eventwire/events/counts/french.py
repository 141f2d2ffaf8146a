"""Counts in French. The same conventions as English (``vague``), French wording. ``find_counts`` reads a doc
parsed by a French pipeline (``doc.lang_ == "fr"``) with these tables and the UD parse of fr_core_news_*: "six
dirigeants ... ont été tués", "tuant cinq soldats", "a fait 56 morts", "une trentaine de combattants ont été
tués", "neutralisé une vingtaine de jihadistes" (a killing for combatants only), "le bilan s'élève à 12".
"blessés" are wounded, "enlevés" abducted; a number of people with no such wording ("quelques centaines de
combattants") is a count, not a toll; a part after "dont" ("douze civils, dont quatre enfants") is not counted
twice."""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from ..._doc import CountMention, evidence
from ..._doc import doc_text as _text_of
from ...model import Count
from .numbers import _date_ranges
from .words import _SAYING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


_FR_UNITS = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
}  # fmt: skip
_FR_SCALES = {"cent": 100, "cents": 100, "mille": 1000, "million": 1_000_000, "millions": 1_000_000,
              "milliard": 1_000_000_000, "milliards": 1_000_000_000}  # fmt: skip

#: French vague quantity -> (best, low, high); "des dizaines" is ACLED's "tens" (10), "une
#: douzaine" "a dozen" (12), "une vingtaine" "about twenty" (N / 0.8 N / 1.2 N).
VAGUE_FR: dict[str, tuple[int, int, int]] = {
    "quelques": (3, 2, 5), "une poignée": (3, 2, 6), "plusieurs": (10, 3, 19), "un certain nombre": (10, 3, 19),
    "de nombreux": (10, 3, 19), "de nombreuses": (10, 3, 19), "nombreux": (10, 3, 19), "nombreuses": (10, 3, 19),
    "beaucoup": (10, 3, 19), "des dizaines": (10, 10, 99), "des douzaines": (12, 24, 99),
    "des centaines": (100, 200, 999), "des milliers": (1000, 2000, 9999),
    "des dizaines de milliers": (10000, 20000, 99999), "des centaines de milliers": (100000, 200000, 999999),
    "une douzaine": (12, 12, 12), "une dizaine": (10, 8, 12), "une quinzaine": (15, 12, 18),
    "une vingtaine": (20, 16, 24), "une trentaine": (30, 24, 36), "une quarantaine": (40, 32, 48),
    "une cinquantaine": (50, 40, 60), "une soixantaine": (60, 48, 72), "une centaine": (100, 80, 120),
    "un millier": (1000, 800, 1200),
    "quelques dizaines": (30, 20, 90), "quelques centaines": (300, 200, 900), "quelques milliers": (3000, 2000, 9000),
    "plusieurs dizaines": (30, 30, 90), "plusieurs centaines": (300, 300, 900), "plusieurs milliers": (3000, 3000, 9000),
}  # fmt: skip

#: French lemma or word form -> kind of casualty ("neutralized": killed when combatants).
KIND_WORDS_FR: dict[str, str] = {
    **dict.fromkeys(
        ["tuer", "tué", "tués", "tuée", "tuées", "tuant", "mourir", "mort", "morts", "morte", "mortes", "décès",
         "décéder", "décédé", "décédés", "périr", "péri", "massacrer", "massacré", "massacrés", "égorger", "égorgé",
         "égorgés", "exécuter", "exécuté", "exécutés", "abattre", "abattu", "abattus", "assassiner", "assassiné",
         "assassinés", "décapiter", "décapité", "décapités", "lyncher", "lynché", "lynchés", "fusiller", "fusillé",
         "fusillés", "carboniser", "carbonisé", "carbonisés", "achever", "tuerie", "noyer", "noyé", "noyés"], "killed"),
    **dict.fromkeys(["neutraliser", "neutralisé", "neutralisés"], "neutralized"),
    **dict.fromkeys(["blesser", "blessé", "blessés", "blessée", "blessées", "blessure", "mutiler"], "wounded"),
    **dict.fromkeys(["enlever", "enlevé", "enlevés", "enlevée", "enlevées", "kidnapper", "kidnappé", "kidnappés",
                     "otage", "otages", "enlèvement", "séquestrer", "séquestré", "séquestrés"], "abducted"),
    **dict.fromkeys(["arrêter", "arrêté", "arrêtés", "interpeller", "interpellé", "interpellés", "écrouer",
                     "incarcérer", "incarcéré", "incarcérés", "emprisonner", "détenir"], "arrested"),
    **dict.fromkeys(["déplacer", "déplacé", "déplacés", "réfugié", "réfugiés", "fuir", "évacuer", "évacué",
                     "évacués"], "displaced"),
}  # fmt: skip
_FR_KIND_NOUNS = {"mort", "morts", "tué", "tués", "décès", "blessé", "blessés", "otage", "otages", "déplacé",
                  "déplacés", "réfugié", "réfugiés"}  # fmt: skip
#: people a French army communiqué "neutralises" by killing them.
_FR_COMBATANTS = set(
    """terroriste jihadiste djihadiste combattant assaillant insurgé rebelle islamiste militant milicien
    bandit élément shebab taliban terroristes jihadistes djihadistes combattants assaillants insurgés rebelles
    islamistes militants miliciens bandits éléments talibans assaillant hommes homme""".split()
)  # fmt: skip
_FR_NOT_PEOPLE = set(
    """an ans année années kilomètre kilomètres km mètre mètres heure heures jour jours semaine semaines mois
    minute minutes seconde % pour euro euros dollar dollars franc francs cfa tonne tonnes kg kilo kilos
    véhicule véhicules voiture voitures camion camions maison maisons village villages école écoles obus roquette
    roquettes missile missiles bombe bombes balle balles fois point points hectare hectares tête têtes bœuf
    vache vaches chèvre chèvres mouton moutons chameau chameaux habitation habitations bâtiment bâtiments
    boutique boutiques église églises mosquée mosquées localité localités attaque attaques frappe frappes""".split()
)  # fmt: skip
_FR_VAGUE_NOUNS = {"dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine",
                   "soixantaine", "centaine", "millier", "dizaines", "douzaines", "centaines", "milliers", "poignée",
                   "nombre"}  # fmt: skip

_FR_NUMWORD = "|".join(sorted([*_FR_UNITS, *_FR_SCALES, "quatre-vingts?"], key=len, reverse=True))
_FR_DIGITS = r"(?<![\w./-])\d{1,3}(?:[  .]\d{3})+(?![\w/]|[.,]\d)|(?<![\w./-])\d+(?:,\d+)?(?![\w/]|[.,]\d)"
_FR_CORE = rf"(?:{_FR_DIGITS}|\b(?:{_FR_NUMWORD})\b)(?:(?:\s+|-)(?:et\s+)?\b(?:{_FR_NUMWORD})\b)*"
_FR_CORE_B = _FR_CORE.replace(r"(?<![\w./-])", r"(?<![\w./])")  # "7-9": the upper end after a dash
_FR_VAGUE_RE = (
    r"\b(?:des\s+(?:dizaines|centaines)\s+de\s+milliers|(?:quelques|plusieurs)\s+(?:dizaines|centaines|milliers)"
    r"|une\s+(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)"
    r"|un\s+millier|des\s+(?:dizaines|douzaines|centaines|milliers)|(?:de\s+)?nombreu(?:x|ses)|plusieurs|quelques"
    r"|une\s+poign[ée]e|un\s+certain\s+nombre|beaucoup)\b"
)
_FR_QUAL = (
    r"(?:au\s+moins|pas\s+moins\s+d[e']|plus\s+d[e']|au-del[àa]\s+d[e']|pr[èe]s\s+d[e']|presque|quasiment|environ"
    r"|quelque|autour\s+d[e']|approximativement|jusqu'[àa]|au\s+plus|moins\s+d[e']|au\s+total|un\s+total\s+d[e'])"
)
_FR_EXPR = re.compile(
    rf"(?i)(?:(?P<qual>{_FR_QUAL})\s*)?(?:\b(?P<between>entre|de)\s+)?"
    rf"(?P<a>{_FR_VAGUE_RE}|{_FR_CORE})"
    rf"(?:\s*(?P<join>-|–|à|ou|et)\s*(?P<b>{_FR_CORE_B}))?"
)
_FR_LOW_QUAL = {"au moins", "pas moins de", "pas moins d'", "plus de", "plus d'", "au-delà de", "au-dela de"}
_FR_ABOUT = {"environ", "quelque", "autour de", "autour d'", "approximativement"}
_FR_NEARLY = {"près de", "pres de", "près d'", "presque", "quasiment"}
_FR_UPTO = {"jusqu'à", "jusqu'a", "au plus", "moins de", "moins d'"}
_FR_PART_BEFORE = re.compile(r"(?i)\b(?:dont|parmi\s+(?:eux|elles|lesquels|lesquelles)|notamment|y\s+compris)\s+$")
_FR_TOLL_BEFORE = re.compile(r"(?i)\bbilan\b[^.;]{0,40}?(?:\bà|\bde|\bd')\s*$")
_FR_BRIDGE = {"ont", "a", "avaient", "avait", "auraient", "aurait", "été", "sont", "est", "seraient", "serait",
              "sont-ils", "ont-ils", "déjà", "tous", "toutes", "également", "aussi", "finalement", "ensuite",
              "probablement", "vraisemblablement", "ainsi", "alors", "hier", "encore"}  # fmt: skip


def parse_number_fr(words: str) -> float | None:
    """The value of a number written in digits and/or French words ("soixante-dix-sept", "2,5 millions",
    "1 200")."""
    words = words.lower().replace("quatre-vingts", "quatre-vingt")
    digits = re.sub(r"(?<=\d)[  .](?=\d{3}\b)", "", words).replace(",", ".")
    tokens = [t for t in re.split(r"[\s-]+", digits) if t and t != "et"]
    if not tokens:
        return None
    total, current = 0.0, 0.0
    for tok in tokens:
        if re.fullmatch(r"\d+(?:\.\d+)?", tok):
            current += float(tok)
        elif tok in ("vingt", "vingts") and current == 4:
            current = 80.0  # quatre-vingt(s)
        elif tok in _FR_UNITS:
            current += _FR_UNITS[tok]
        elif tok in ("cent", "cents"):
            current = (current or 1) * 100
        elif tok in _FR_SCALES:
            total += (current or 1) * _FR_SCALES[tok]
            current = 0.0
        else:
            return None
    return total + current


def _fr_value(m: re.Match[str]) -> tuple[int, int, int] | None:
    a = re.sub(r"\s+", " ", m["a"].lower()).replace("poignee", "poignée")
    qual = re.sub(r"\s+", " ", (m["qual"] or "").lower())
    if a in VAGUE_FR:
        best, low, high = VAGUE_FR[a]
        if qual in _FR_LOW_QUAL:
            high = max(high, math.ceil(best * 1.5))
        return best, low, high
    value = parse_number_fr(a)
    if value is None:
        return None
    n = int(value)
    if m["b"]:
        other = parse_number_fr(m["b"])
        if other is None or (m["join"] == "et" and not m["between"]):
            return None  # "trois soldats et deux civils": two counts
        return (n, n, int(other)) if other >= n else None
    if qual in _FR_LOW_QUAL:
        return n, n, math.ceil(n * 1.5)
    if qual in _FR_ABOUT:
        return n, math.floor(n * 0.8), math.ceil(n * 1.2)
    if qual in _FR_NEARLY:
        return n, math.floor(n * 0.8), n
    if qual in _FR_UPTO:
        return n, math.ceil(n / 2), n
    return n, n, n


def _fr_not_people(doc: Doc, span: Span, text: str) -> bool:
    after = _text_of(doc)[span.end_char : span.end_char + 20].lower()
    before = _text_of(doc)[max(0, span.start_char - 16) : span.start_char].lower()
    if re.match(r"\s*(?:%|pour\s*cent|ans\b|km|kg|h\b|e\b|ème|er\b|:)", after):
        return True
    if re.search(r"(?:[$€£]|\b(?:n°|numéro|âgée?s?\s+de|article|page|sur|\w+-))\s*$", before):
        return True
    return bool(re.fullmatch(r"(?:1[89]|20)\d\d", text.strip()))  # a year


def _fr_nouns(span: Span) -> tuple[Token | None, Token | None]:
    """(the token carrying the noun phrase's relation, the noun naming who is counted): for
    "six dirigeants" both are "dirigeants"; for "une trentaine de combattants" the first is
    "trentaine", the second "combattants"."""
    doc = span.doc
    root = span.root
    syn: Token | None = None
    if root.lower_ in _FR_VAGUE_NOUNS or root.lemma_.lower() in _FR_VAGUE_NOUNS:
        syn = root
    elif root.dep_ in ("nummod", "det", "amod", "advmod", "nmod") and root.head.i >= span.end and root.head.pos_ in ("NOUN", "PROPN", "ADJ", "PRON"):
        syn = root.head
    else:
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.head.i in (root.i, nxt.i) or (
            nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and root.head.i == nxt.i
        ):
            syn = nxt
    if syn is None:
        return None, None
    sem = syn
    if syn.lower_ in _FR_VAGUE_NOUNS or syn.lemma_.lower() in _FR_VAGUE_NOUNS:
        sem = next((c for c in syn.children if c.dep_ in ("nmod", "obl") and c.i > syn.i), None)  # type: ignore[assignment]
        if sem is None:  # "une trentaine de combattants": by word order when the parse has no link
            after = doc[syn.i + 1 : min(syn.i + 3, len(doc))]
            sem = next((t for t in after if t.pos_ in ("NOUN", "PROPN")), None)  # type: ignore[assignment]
    return syn, sem


def _fr_word_kind(token: Token, counted: Token | None) -> str | None:
    kind = KIND_WORDS_FR.get(token.lower_) or KIND_WORDS_FR.get(token.lemma_.lower())
    if kind is None:
        lemma = token.lemma_.lower()
        if lemma in ("trouver", "perdre") and any(c.lemma_.lower() in ("mort", "vie") and c.dep_ == "obj" for c in token.children):
            kind = "killed"  # "ont trouvé la mort", "ont perdu la vie"
        elif any(c.lower_ == "mort" and c.dep_ in ("obl", "obl:mod", "obl:arg", "nmod", "advmod", "xcomp") and c.i > token.i
                 for c in token.children) and token.pos_ in ("VERB", "ADJ"):  # fmt: skip
            kind = "killed"  # "battu à mort"
    if kind == "neutralized":
        names = {counted.lower_, counted.lemma_.lower()} if counted is not None else set()
        return "killed" if names & _FR_COMBATANTS else None
    return kind


def _fr_casualty_link(doc: Doc, span: Span, syn: Token | None, sem: Token | None) -> tuple[str | None, Token | None]:
    """(kind, the word giving it) for a French count (see the notes at the top of this section)."""
    for noun in (sem, syn):
        if noun is not None and noun.lower_ in _FR_KIND_NOUNS | {"décès"}:
            return KIND_WORDS_FR[noun.lower_], noun  # "56 morts", "30 blessés", "deux otages"
    before = [t for t in doc[max(span.sent.start, span.start - 3) : span.start] if t.pos_ != "ADV"]
    if before and before[-1].pos_ in ("VERB", "ADJ") and not _fr_passive(before[-1]):
        kind = _fr_word_kind(before[-1], sem)  # "ont exécuté sommairement douze civils", "tuant cinq soldats"
        if kind:
            return kind, before[-1]
    x = syn if syn is not None else span.root
    for child in x.children:  # "six soldats tués", "des civils qui ont été tués"
        if child.dep_ in ("acl", "acl:relcl", "amod", "appos") and child.i > x.i:
            kind = _fr_word_kind(child, sem)
            if kind:
                return kind, child
    while x.dep_ == "conj" and x.head is not x:
        x = x.head
    verb = x.head
    relation = x.dep_
    if relation in ("nsubj", "nsubj:pass", "obj", "iobj", "obl:mod", "ROOT", "appos", "dep", "xcomp", "obl:arg"):
        if relation.startswith("obl") and any(c.dep_ == "case" for c in x.children):
            verb = None  # "par des hommes armés", "contre des jihadistes": not the victims' slot
        elif relation == "nsubj" and _fr_active_with_object(verb):
            return None, None  # "des hommes armés ont tué six villageois": the subject did it
        if verb is not None:
            kind = _fr_word_kind(verb, sem)
            if kind is None and relation.startswith("nsubj"):  # "ont été enlevés puis tués"
                conj = next((c for c in verb.children if c.dep_ == "conj" and _fr_word_kind(c, sem) == "killed"), None)
                if conj is not None:
                    return "killed", conj
            if kind:
                return kind, verb
    if _FR_TOLL_BEFORE.search(_text_of(doc)[max(0, span.start_char - 60) : span.start_char]):
        return "killed", doc[max(span.start - 1, 0)]  # "le bilan s'élève à 12"
    if syn is not None and any(c.dep_ == "case" for c in syn.children):
        return None, None  # "dans un bar de Bujumbura a tué ...": a noun inside a place phrase
    kind, word = _fr_surface_kind(doc, syn if syn is not None else span[-1], sem)
    said = syn is not None and syn.dep_ == "obj" and syn.head.lemma_ in _SAYING  # "annoncé que six ... " misparsed
    if kind is None and syn is not None and (syn.dep_.startswith("nsubj") or said):
        kind, word = _fr_passive_later(doc, span, syn, sem)
    return kind, word


def _fr_passive_later(doc: Doc, span: Span, noun: Token, sem: Token | None) -> tuple[str | None, Token | None]:
    """Long subjects the parser splits: "six dirigeants et organisateurs de Daech liés à des
    attentats en Europe avaient été tués" -- the first passive casualty verb after the noun in
    its sentence, with no other number or subject in between."""
    for tok in doc[noun.i + 1 : span.sent.end]:
        if tok.like_num or (tok.dep_.startswith("nsubj") and tok.pos_ in ("NOUN", "PROPN", "PRON")):
            return None, None
        kind = _fr_word_kind(tok, sem) if tok.pos_ == "VERB" else None
        if kind and any(c.dep_ == "aux:pass" for c in tok.children):
            return kind, tok
    return None, None


def _fr_passive(verb: Token) -> bool:
    return any(c.dep_ == "aux:pass" for c in verb.children) or verb.doc[max(verb.i - 1, 0)].lower_ == "été"


def _fr_active_with_object(verb: Token) -> bool:
    """'ont tué un berger', 'les ont tués': an active verb with an object (its subject did it)."""
    if _fr_passive(verb):
        return False
    if any(c.dep_ == "obj" for c in verb.children):
        return True
    after = next((t for t in verb.doc[verb.i + 1 : verb.i + 4] if t.pos_ != "ADV"), None)
    return after is not None and after.pos_ in ("DET", "NUM", "NOUN", "PROPN") and after.dep_ not in ("obl:mod",)


def _fr_surface_kind(doc: Doc, token: Token, sem: Token | None) -> tuple[str | None, Token | None]:
    """Casualty wording right after the counted words when the parse links nothing: "huit soldats
    maliens ont été tués", "six personnes, dont un prêtre, ont été tuées"."""
    i = token.i + 1
    if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in ("dont", "parmi", "notamment"):
        close = next((t.i for t in doc[i + 1 : min(i + 14, len(doc))] if t.text in (",", ".", ";")), None)
        if close is None or doc[close].text != ",":
            return None, None
        i = close + 1
    steps = 0
    for tok in doc[i : min(i + 10, len(doc))]:
        if tok.is_sent_start:
            return None, None
        kind = _fr_word_kind(tok, sem)
        if kind and tok.pos_ in ("VERB", "ADJ", "AUX", "NOUN"):
            return (None, None) if tok.pos_ == "VERB" and _fr_active_with_object(tok) else (kind, tok)
        if tok.lower_ in _FR_BRIDGE or tok.pos_ in ("ADJ", "PROPN") or tok.text in ("(", ")"):
            continue
        steps += 1
        if steps > 1 or tok.pos_ in ("VERB", "PUNCT", "NUM", "SCONJ", "CCONJ"):
            return None, None
    return None, None


def _find_counts_fr(doc: Doc) -> list[CountMention]:
    dates = _date_ranges(doc)
    mentions: list[CountMention] = []
    anchors: dict[int, int] = {}
    taken: set[int] = set()
    for m in _FR_EXPR.finditer(_text_of(doc)):
        if any(s < m.end() and m.start() < e for s, e in dates):
            continue
        values = _fr_value(m)
        if values is None:
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or not len(span) or span.start in taken or _fr_not_people(doc, span, m["a"]):
            continue
        syn, sem = _fr_nouns(span)
        if sem is not None and (sem.lower_ in _FR_NOT_PEOPLE or sem.lemma_.lower() in _FR_NOT_PEOPLE):
            continue  # "30 kilomètres", "des dizaines de maisons"
        kind, word = _fr_casualty_link(doc, span, syn, sem)
        singular = re.fullmatch(r"(?i)une?", m["a"].strip()) is not None
        if singular and kind is None:
            continue  # "un homme" is one person only when something happened to him
        part = _FR_PART_BEFORE.search(_text_of(doc)[max(0, span.start_char - 30) : span.start_char]) is not None
        casualty = kind is not None and not part
        best, low, high = values
        count = Count(best=best, low=min(low, best), high=max(high, best), kind=kind or "killed",
                      confidence=0.7 if casualty else 0.3, evidence=[evidence(doc, m.start(), m.end())])  # fmt: skip
        span.label_ = kind or "count"
        if casualty and word is not None:
            anchors[span.start] = word.i
        taken.update(t.i for t in span)
        head = (sem or syn).lemma_.lower() if (sem or syn) is not None else ""  # type: ignore[union-attr]
        mentions.append(CountMention(span=span, count=count, head=head, casualty=casualty))
    mentions.sort(key=lambda c: c.span.start)
    doc._.ew_counts = mentions
    doc.spans["ew_counts"] = [c.span for c in mentions]
    doc.user_data["ew_count_anchors"] = anchors
    return mentions
