"""French event mentions from the UD parse of ``fr_core_news_*``: the same ``Mention`` records as
``events.detect`` (trigger, coding spec, modality, claimant, roles), with French rules.

- Triggers: French lemmas of ``fr.lexicon`` (with their "needs" and pronominal conditions),
  "prendre le contrôle" (seize), "ouvrir le feu" (fire), "libérer" people (release), "lancer des
  pierres" (stones); triggers linked in the parse are one event.
- Roles: ``nsubj`` acts, ``obj``/``nsubj:pass`` are targets, "par X" (``obl:agent``) acts,
  "contre X" is targeted; of an event noun, "de X" and a country adjective act, "entre X et Y"
  are both sides; a participle or infinitive clause ("tuant cinq soldats", "a annoncé avoir
  tué") takes the subject of its verb. Surface fallbacks as in English.
- Modality: future tense, "aller"/"devoir" + infinitive and verbs of intention make a forecast;
  "pouvoir" in the conditional or a "si" clause a hypothetical; "démentir"/"nier" a denial;
  "ne ... pas" a negation. The conditional of reported facts ("auraient été tués") stays reported.
- Claimant: the subject of the reporting verb above the trigger ("a annoncé", "a déclaré le
  général"), or "selon X"; official when it names an armed actor or an official title.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._doc import ActorMention
from ..events.attribution import ClaimantRef, ModalityInfo
from ..events.detect import Mention, linked_groups, within_clause
from ..events.lexicon import TriggerSpec
from ..events.roles import RoleFill
from .lexicon import FrenchLexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["find_mentions_fr"]

REPORT_VERBS = frozenset({
    "annoncer", "affirmer", "déclarer", "indiquer", "dire", "ajouter", "assurer", "confirmer", "préciser", "rapporter",
    "revendiquer", "expliquer", "souligner", "estimer", "avertir", "poursuivre", "signaler", "raconter", "témoigner",
    "démentir", "nier", "réfuter", "rapporter", "affirmer", "faire", "communiquer", "révéler", "reconnaître",
})
DENY_VERBS = frozenset({"démentir", "nier", "réfuter", "contester"})
FORECAST_GOVERNORS = frozenset({
    "vouloir", "espérer", "prévoir", "compter", "menacer", "promettre", "planifier", "projeter", "apprêter",
    "envisager", "chercher", "tenter", "essayer", "craindre", "entendre", "souhaiter", "viser", "préparer", "aller",
    "devoir", "assurer", "redouter",
})
NEGATIONS = frozenset({"pas", "jamais", "plus", "aucun", "aucune", "guère", "nullement", "point"})
REFERENCE_HEADS = frozenset({
    "lier", "responsable", "accuser", "impliquer", "soupçonner", "condamner", "juger", "inculper", "accusé",
    "suspecter", "protester", "dénoncer", "réclamer", "commanditer", "auteur", "procès", "enquête", "coupable",
})
OFFICIAL_WORDS = frozenset({
    "armée", "général", "commandant", "porte-parole", "ministère", "ministre", "gouvernement", "police", "coalition",
    "état-major", "responsable", "colonel", "officier", "autorités", "président", "gouverneur", "militaire", "forces",
    "commandement", "capitaine", "chef", "groupe",
})
PRONOUNS = frozenset({"il", "ils", "elle", "elles", "lui", "eux", "leur", "leurs"})
FIRST_PERSON = frozenset({"nous", "on", "je"})
PERSON_NOUNS = frozenset({
    "personne", "homme", "femme", "enfant", "civil", "villageois", "habitant", "commerçant", "berger", "prêtre",
    "enseignant", "élève", "écolier", "lycéen", "lycéenne", "journaliste", "éleveur", "agriculteur", "ouvrier",
    "passager", "fidèle", "déplacé", "chef", "voleur", "paysan", "étudiant", "imam", "victime", "corps",
})
_CLAUSE_DEPS = frozenset({"advcl", "xcomp", "acl", "obl", "advmod", "obl:mod", "obl:arg", "obl:agent", "nmod", "obj",
                          "conj", "nsubj:pass", "nsubj"})
_CLASH = frozenset({"fight", "fighting", "clash", "battle", "combat", "firefight", "skirmish", "gunfight"})
_OUTCOME = frozenset({"kill", "injure", "dead", "neutralize", "eliminate"})
_VIOLENT = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})


def _case(tok: Token) -> str:
    return next((c.lower_ for c in tok.children if c.dep_ == "case"), "")


def _reflexive(tok: Token) -> bool:
    return any(c.lower_ in ("se", "s'", "s’") and c.dep_.startswith(("expl", "obj", "iobj")) or
               c.lower_ in ("se", "s'", "s’") for c in tok.children)


def _trigger(tok: Token, lexicon: FrenchLexicon, blocked: set[int]) -> TriggerSpec | None:
    if tok.i in blocked or tok.ent_type_ in ("PER", "ORG"):
        return None
    english = lexicon.english.single
    lemma = tok.lemma_.lower()
    kids = list(tok.children)
    if tok.pos_ == "VERB":
        obj_lemmas = {c.lemma_.lower() for c in kids if c.dep_ in ("obj", "nsubj:pass")}
        if lemma == "prendre" and obj_lemmas & {"contrôle", "ville", "localité", "base", "camp", "village"}:
            return english["seize"]
        if lemma == "ouvrir" and "feu" in obj_lemmas:
            return english["fire"]
        if lemma in ("lancer", "jeter") and obj_lemmas & {"pierre", "projectile", "caillou"}:
            return english["stone"]
        if lemma == "trouver" and "mort" in obj_lemmas:
            return english["dead"]
        if lemma == "sauter" and any(c.lemma_.lower() == "mine" for c in kids):
            return english["landmine"]
        if lemma == "libérer" and any(
                c.dep_ in ("obj", "nsubj:pass") and c.lemma_.lower() in ("otage", "prisonnier", "détenu", "captif")
                | PERSON_NOUNS for c in kids):
            return english["release"]
    if tok.pos_ in ("NOUN", "PROPN") and lemma.endswith(("er", "ir", "re")) and lemma != tok.lower_ \
            and lemma not in ("guerre", "frontière", "mer"):
        lemma = tok.lower_  # "un combattant" is not "combattre": the tagger's noun, lemmatised as a verb
    spec = lexicon.lookup(lemma, tok.pos_) or lexicon.lookup(tok.lower_, tok.pos_)
    if spec is None:
        return None
    if spec.lemma in ("eliminate", "neutralize") and not any(
            c.dep_ in ("obj", "nsubj:pass") and any(t.i in blocked or t.lemma_.lower() in PERSON_NOUNS or t.pos_ == "NUM"
                                                    or t.lower_.endswith("aine") for t in c.subtree) for c in kids):
        return None  # "l'existence du califat éliminée", "neutralisé deux engins": not people killed
    key = lemma if lemma in lexicon.single else tok.lower_
    if key in lexicon.reflexive and not _reflexive(tok):
        return None
    need = lexicon.needs.get(key)
    if need is not None and not need.search(tok.doc.text[tok.idx + len(tok.text):tok.idx + len(tok.text) + 80]):
        return None
    return spec


def _up(child: Token, ancestor: Token, hops: int) -> bool:
    return within_clause(child, ancestor, hops, deps=_CLAUSE_DEPS, reporting=REPORT_VERBS)


def _linked(a: Token, b: Token) -> bool:
    return a.head == b or b.head == a or _up(a, b, 3) or _up(b, a, 3)


def _reference(tok: Token) -> bool:
    node = tok
    for _ in range(3):
        if node.head == node:
            return False
        node = node.head
        if node.lemma_.lower() in REFERENCE_HEADS:
            return True
        if node.pos_ == "VERB" and node.dep_ not in ("acl", "acl:relcl"):
            return False
    return False


def _primary(group: list[tuple[Token, TriggerSpec]]) -> int:
    clash = any(spec.lemma in _CLASH for _, spec in group)
    members = {tok.i for tok, _ in group}

    def rank(item: tuple[Token, TriggerSpec]) -> tuple[int, ...]:
        tok, spec = item
        # "une frappe de drone", "des tirs d'obus": the head noun names the event, the weapon codes it
        modifier = tok.dep_ == "nmod" and tok.head.i in members
        return (0 if _reference(tok) else 1, 0 if modifier else 1, 0 if clash and spec.lemma in _OUTCOME else 1,
                1 if spec.protest and not spec.needs_cue else 0,
                1 if spec.event_type == "Explosions/Remote violence" else 0,
                # "se sont emparés de Tombouctou après le retrait de l'armée": the fight names the event
                1 if spec.event_type != "Strategic developments" else 0, 0 if spec.flex else 1, -tok.i)
    return max(range(len(group)), key=lambda i: rank(group[i]))


# -- modality and claimant ------------------------------------------------------------------
def _negated(node: Token) -> bool:
    return any(c.lower_ in NEGATIONS and c.dep_ in ("advmod", "det", "fixed") for c in node.children) and any(
        c.lower_ in ("ne", "n'", "n’") for c in node.children)


def modality_fr(trigger: Token) -> ModalityInfo:
    info = ModalityInfo()
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubj", "nsubj:pass"):
        verb = trigger.head
        chain = [verb, *[c for c in verb.children if c.dep_ == "xcomp"]]
        if any(v.lemma_ in ("durer", "continuer", "poursuivre", "persister", "reprendre", "s'intensifier", "intensifier")
               for v in chain):
            info.ongoing = True
            return info
    node = trigger
    for _ in range(7):
        if (node == trigger or node.pos_ in ("VERB", "AUX")) and _negated(node):
            info.negated = True
        if node != trigger and node.lemma_ in DENY_VERBS:
            info.modality, info.cue, info.negated = "denied", node, False
            return info
        if info.modality == "reported" and node.pos_ in ("VERB", "AUX"):
            auxes = [c for c in node.children if c.dep_.startswith("aux")]
            if "Fut" in node.morph.get("Tense") or any("Fut" in a.morph.get("Tense") for a in auxes):
                info.modality, info.cue = "forecast", node
            elif any(a.lemma_ == "aller" and a.i < node.i for a in auxes):
                info.modality, info.cue = "forecast", node
        if node != trigger and info.modality == "reported":
            if node.lemma_ == "pouvoir" and "Cnd" in node.morph.get("Mood"):
                info.modality, info.cue = "hypothetical", node
            elif node.lemma_ in FORECAST_GOVERNORS and not (node.lemma_ in ("assurer", "devoir") and node.i > trigger.i):
                info.modality, info.cue = "forecast", node
        if any(c.dep_ == "mark" and c.lower_ in ("si", "s'") for c in node.children):
            info.modality, info.cue = "hypothetical", node
        if node != trigger and node.lemma_ in REPORT_VERBS:
            break
        if node.head == node:
            break
        node = node.head
    if info.modality == "reported":
        # "les autorités craignent que les jihadistes ne reprennent ...": a fear or wish governs the
        # clause even when the parse does not say so
        sent = trigger.sent
        for tok in sent.doc[sent.start:trigger.i]:
            if tok.lemma_ in _SURFACE_GOVERNORS and tok.pos_ == "VERB" and any(
                    t.lower_ in ("que", "qu'", "qu’") for t in sent.doc[tok.i + 1:trigger.i]):
                info.modality, info.cue = "forecast", tok
    return info


_SURFACE_GOVERNORS = frozenset({"craindre", "redouter", "vouloir", "souhaiter", "espérer", "menacer", "prévoir",
                                "envisager"})


def _np(tok: Token) -> Span:
    doc = tok.doc
    left = tok.left_edge.i
    right = tok.i
    for child in tok.rights:
        if child.dep_ in ("acl", "acl:relcl", "advcl", "punct", "appos") or child.lower_ in (",",):
            break
        right = child.right_edge.i
    while left < right and doc[left].pos_ in ("DET", "ADP", "PUNCT"):
        left += 1
    return doc[left:right + 1]


def find_claimant_fr(trigger: Token, sent: Span, actors_in: dict[int, str]) -> ClaimantRef | None:
    span = None
    node = trigger
    for _ in range(8):
        if node != trigger and node.lemma_ in REPORT_VERBS and node.pos_ == "VERB":
            subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in ("il", "elle", "ils", "elles", "on"):
                span = _np(subj)
                break
        if node.head == node:
            break
        node = node.head
    if span is None:
        for tok in sent:
            if tok.lower_ == "selon" and tok.dep_ == "case":
                span = _np(tok.head)
                break
    if span is None:
        return None
    actor_id = next((actors_in[i] for i in range(span.start, span.end) if i in actors_in), None)
    words = {t.lower_ for t in span} | {t.lemma_.lower() for t in span}
    official = bool(words & OFFICIAL_WORDS) or (actor_id is not None and not actor_id.startswith(("civilians", "protesters")))
    return ClaimantRef(name=span.text, role=None, span=span, actor_id=actor_id, official=official)


# -- roles ----------------------------------------------------------------------------------
def _actor_at(tok: Token | None, index: dict[int, ActorMention], mentions: list[ActorMention],
              exclude: ActorMention | None = None) -> ActorMention | None:
    if tok is None:
        return None
    if tok.lower_ in PRONOUNS and tok.pos_ == "PRON":
        before = [m for m in mentions if m.span.end <= tok.i and (exclude is None or m.actor_id != exclude.actor_id)]
        return before[-1] if before else None
    stack = [tok]
    found: list[Token] = []
    while stack:
        t = stack.pop()
        found.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("acl", "acl:relcl", "advcl", "conj", "appos"))
    for t in sorted(found, key=lambda t: t.i):
        if t.i in index:
            return index[t.i]
    return None


def _subject(verb: Token) -> Token | None:
    """The acting subject of ``verb``, inherited by participle, infinitive and coordinated clauses."""
    node = verb
    for _ in range(3):
        if any(c.dep_ == "nsubj:pass" or c.dep_ == "aux:pass" for c in node.children):
            return None
        subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
        if node.dep_ in ("advcl", "xcomp", "conj") and node.head != node:
            node = node.head
            continue
        return None
    return None


_DE = ("de", "d'", "d’", "du", "des")


def fill_roles_fr(trigger: Token, sent: Span, mentions: list[ActorMention], spec_lemma: str = "") -> RoleFill:
    lo = sent.start
    for tok in sent:
        if tok.i >= trigger.i:
            break
        if tok.lower_ in ("que", "qu'", "qu’") and tok.dep_ == "mark" and any(
                t.lemma_ in REPORT_VERBS for t in sent.doc[lo:tok.i]):
            lo = tok.i + 1
    mentions = [m for m in mentions if m.span.start >= lo or m.span.end <= sent.start]
    index = {i: m for m in mentions for i in range(m.span.start, m.span.end)}
    fill = RoleFill()
    target_of: Token | None = None
    if trigger.pos_ == "NOUN" and trigger.dep_ == "nmod" and trigger.head.pos_ == "NOUN" and _case(trigger) in _DE:
        if trigger.head.lemma_.lower() in ("cible", "victime", "objet"):
            target_of = trigger.head  # "ils sont la cible de raids du régime"
        else:
            trigger = trigger.head  # "des tirs d'obus du régime", "une frappe de drone": the head noun has the roles
    kids = list(trigger.children)
    passive = any(c.dep_ in ("aux:pass", "nsubj:pass") for c in kids)
    a1: Token | None = None
    a2: Token | None = None
    sides: list[Token] = []
    if trigger.pos_ in ("VERB", "ADJ"):
        for c in kids:
            if c.dep_ == "nsubj" and not passive:
                a1 = c
            elif c.dep_ == "nsubj:pass" or (c.dep_ == "nsubj" and passive):
                a2 = c
            elif c.dep_ == "obj" and not passive:
                a2 = a2 or c
            elif c.dep_.startswith("obl") and _case(c) == "par":
                a1 = c
            elif c.dep_.startswith("obl") and _case(c) in ("contre", "sur") and a2 is None and c.i in index:
                a2 = c
        if a1 is None and not passive:
            if trigger.dep_ in ("acl", "acl:relcl"):
                a1 = trigger.head
            else:
                a1 = _subject(trigger)
    else:  # an event noun
        clash = spec_lemma in _CLASH
        for c in kids:
            case = _case(c)
            if c.dep_ == "amod" and c.i in index:
                a1 = a1 or c
            elif c.dep_ == "nmod" and case in ("de", "d'", "du", "des", "par") and c.i in index | {}:
                a1 = a1 or c
            elif c.dep_ == "nmod" and case in ("de", "d'", "du", "des") and a1 is None:
                if _actor_at(c, index, mentions) is not None:
                    a1 = c
            elif c.dep_ == "nmod" and case == "contre":
                a2 = a2 or c
            elif c.dep_ == "nmod" and case == "entre":
                sides = [c, *[g for g in c.children if g.dep_ == "conj"]]
        if len(sides) >= 2:
            a1, a2 = a1 or sides[0], sides[1]
        verb = trigger.head
        while verb.pos_ in ("ADV", "ADP") and verb.head != verb:
            verb = verb.head  # "tués lors d'affrontements": "lors" hangs between
        if target_of is not None:
            a2 = a2 or next((g for g in target_of.children if g.dep_ == "nsubj"), None)
            a1 = a1 or next((g for g in target_of.children if g.dep_ == "nmod" and g != trigger and g.i in index), None)
        if trigger.dep_ == "obj" and a1 is None:
            a1 = _subject(verb)
        if clash and trigger.dep_ == "nsubj" and verb.lemma_ == "opposer":
            # "de violents combats ont opposé X à Y"
            a1 = a1 or next((g for g in verb.children if g.dep_ == "obj"), None)
            a2 = a2 or next((g for g in verb.children if g.dep_.startswith("obl") and _case(g) in ("à", "au", "aux")), None)
        if (trigger.dep_.startswith("obl") or trigger.head.pos_ == "ADV") and verb.pos_ == "VERB":
            subj = next((g for g in verb.children if g.dep_ in ("nsubj:pass", "nsubj")), None)
            if subj is not None and clash and a1 is None:
                a1 = subj  # "huit soldats ont été tués lors d'affrontements avec X": the soldiers are a side
                a2 = a2 or next((g for g in kids if g.dep_ == "nmod" and _case(g) in ("avec", "contre")), None)
            elif subj is not None and a2 is None and _case(trigger) in ("par", "lors", "dans", "de", "sous"):
                a2 = subj  # "six civils ont été tués par des raids du régime": the raids' target
    fill.actor1 = _actor_at(a1, index, mentions)
    fill.actor2 = _actor_at(a2, index, mentions, exclude=fill.actor1)
    if a1 is not None:  # "des raids du régime syrien et de son allié russe"
        fill.assoc1 = [m for c in a1.children if c.dep_ == "conj" and (m := _actor_at(c, index, mentions)) is not None
                       and fill.actor1 is not None and m.actor_id != fill.actor1.actor_id]
    fill.confidence1 = 0.8 if fill.actor1 else 0.0
    fill.confidence2 = 0.8 if fill.actor2 else 0.0
    left = [m for m in mentions if max(sent.start, lo) <= m.span.start and m.span.end <= trigger.i]
    right = [m for m in mentions if trigger.i < m.span.start and m.span.end <= sent.end]
    if passive:
        if fill.actor2 is None and left:
            fill.actor2, fill.confidence2 = left[-1], 0.5
        if fill.actor1 is None:
            agent = next((m for m in right if any(t.lower_ == "par" for t in sent.doc[max(m.span.start - 3, 0):m.span.start])), None)
            if agent is not None and agent is not fill.actor2:
                fill.actor1, fill.confidence1 = agent, 0.5
    else:
        if fill.actor1 is None and left and trigger.pos_ == "VERB" and left[-1] is not fill.actor2:
            fill.actor1, fill.confidence1 = left[-1], 0.5
        if fill.actor2 is None and right and (fill.actor1 is None or right[0].actor_id != fill.actor1.actor_id):
            fill.actor2, fill.confidence2 = right[0], 0.5
    if fill.actor1 is not None and fill.actor2 is not None and fill.actor1.actor_id == fill.actor2.actor_id:
        fill.actor2, fill.confidence2 = None, 0.0
    return fill


def _victim(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in ("obj", "nsubj:pass") and c.lemma_.lower() in PERSON_NOUNS and not any(
                g.lemma_.lower() in ("armé", "armée") for g in c.children):
            return c
    return None


def find_mentions_fr(doc: Doc, lexicon: FrenchLexicon) -> list[Mention]:
    """Event mentions of a French doc (see the module docstring)."""
    actors = list(doc._.ew_actors or [])
    blocked = {i for m in actors if not m.extra.get("agent") for i in range(m.span.start, m.span.end)}
    blocked |= {m.span.start for m in actors if m.extra.get("agent")}
    actors_in = {i: m.actor_id for m in actors for i in range(m.span.start, m.span.end)}
    out: list[Mention] = []
    for sent in doc.sents:
        found = [(tok, spec) for tok in sent if (spec := _trigger(tok, lexicon, blocked)) is not None]
        groups = linked_groups(found, _linked)
        for group in groups:
            idx = _primary(group)
            tok, spec = group[idx]
            related = [t for i, (t, _) in enumerate(group) if i != idx]
            mod_tok = next((t for t in related if t.pos_ == "VERB" and tok in t.subtree), tok)
            modality = modality_fr(mod_tok)
            claimant = find_claimant_fr(tok, sent, actors_in)
            roles = fill_roles_fr(tok, sent, actors, spec.lemma)
            outcome = spec.lemma in _CLASH and mod_tok.lemma_.lower() in ("tuer", "périr", "blesser", "mourir")
            for other in ([mod_tok] if mod_tok != tok and not outcome else []):
                more = fill_roles_fr(other, sent, actors, spec.lemma)
                roles.actor1 = roles.actor1 or more.actor1
                roles.actor2 = roles.actor2 or more.actor2
                roles.confidence1 = roles.confidence1 or more.confidence1
                roles.confidence2 = roles.confidence2 or more.confidence2
            if roles.actor1 is None and claimant is not None and claimant.actor_id and any(
                    c.dep_ in ("aux:pass", "nsubj:pass") for t in (tok, mod_tok) for c in t.children):
                # a belligerent announcing that its enemies "ont été tués" is taken as the one who killed them
                said = next((a for a in actors if a.actor_id == claimant.actor_id
                             and claimant.span.start <= a.span.start < claimant.span.end), None)
                if said is not None and (roles.actor2 is None or said.actor_id != roles.actor2.actor_id):
                    roles.actor1, roles.confidence1 = said, 0.4
            victim = _victim(tok) or (_victim(mod_tok) if mod_tok != tok else None)
            out.append(Mention(tok, spec, sent, modality, claimant, roles, reference=_reference(tok),
                               related=related, victim=victim))
    return out
