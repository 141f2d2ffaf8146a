"""Coding one event in ACLED, PLOVER and CAMEO at once.

The trigger gives a default (``data/events/triggers.json``); for flexible triggers
("attack", "kill", "raid", "clash" ...) the type follows the ACLED codebook's rule that
type depends on who acts against whom and with what:

- a weapon named in the clause (air strike, shelling, IED, suicide bomber, grenade,
  chemical weapon) makes it Explosions/Remote violence of that sub-type;
- raids, strikes or killings by a *foreign* state or external force (inter 8, or a
  state's forces outside their country) with no ground-combat word are coded as
  Air/drone strike (foreign interventions are overwhelmingly air campaigns), at lower
  confidence;
- armed actors against civilians: Violence against civilians (Attack);
- state forces against protesters: Protests (Excessive force against protesters);
- protesters clashing with anyone: Riots (Violent demonstration);
- territory words: Government regains territory when the actor is a state,
  Non-state actor overtakes territory otherwise;
- otherwise two armed sides: Battles (Armed clash).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .actors import ActorRecord
from .lexicon import Lexicon, TriggerSpec

__all__ = ["Coding", "code_event", "disorder_type"]

_GROUND_WORDS = re.compile(r"\b(clash\w*|fight\w*|gunfight|firefight|ambush\w*|battle\w*|combat|ground|troops|gunmen|shot|shoot\w*)\b", re.I)
_SUB_PLOVER = {
    "Air/drone strike": ("FIGHT", "aerial", "195"),
    "Shelling/artillery/missile attack": ("FIGHT", "artillery", "194"),
    "Remote explosive/landmine/IED": ("ASSAULT", "explosives", "183"),
    "Suicide bomb": ("ASSAULT", "suicide-bomb", "1831"),
    "Grenade": ("ASSAULT", "explosives", "183"),
    "Chemical weapon": ("FIGHT", "CBRN", "196"),
}


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


def _weapon(lexicon: Lexicon, text: str) -> str | None:
    low = f" {text.lower()} "
    for sub in ("Suicide bomb", "Chemical weapon", "Grenade", "Remote explosive/landmine/IED",
                "Shelling/artillery/missile attack", "Air/drone strike"):
        for word in lexicon.weapon_words[sub]:
            if re.search(r"(?<![a-z])" + re.escape(word.lower()) + r"(?![a-z])", low):
                return sub
    return None


def _foreign(rec: ActorRecord | None, country: str | None) -> bool:
    if rec is None:
        return False
    if rec.inter == 8:
        return True
    return rec.kind == "state" and rec.country is not None and country is not None and rec.country != country


def code_event(
    spec: TriggerSpec,
    lexicon: Lexicon,
    clause_text: str,
    actor1: ActorRecord | None,
    actor2: ActorRecord | None,
    assoc1: list[ActorRecord],
    country: str | None,
) -> Coding:
    base = Coding(spec.event_type, spec.sub_event_type, spec.plover, spec.mode, spec.cameo, 0.7, "trigger")
    if not spec.flex:
        return base
    a1_inter = actor1.inter if actor1 else None
    a2_inter = actor2.inter if actor2 else None
    if spec.protest:
        if spec.event_type == "Riots" or (a2_inter in (1, 2, 3) and re.search(r"\bclash", clause_text, re.I)):
            return Coding("Riots", "Violent demonstration", "PROTEST", "riot", "145", 0.7, "protesters clashing")
        return base
    if a2_inter == 6 and a1_inter in (1, 3, 8):
        return Coding("Protests", "Excessive force against protesters", "ASSAULT", None, "180", 0.7, "force on protesters")
    if a1_inter in (5, 6) or (actor1 is not None and actor1.kind in ("rioters", "protesters")):
        return Coding("Riots", "Violent demonstration", "PROTEST", "riot", "145", 0.6, "protesters acting")
    if spec.territory:
        if actor1 is not None and (actor1.kind == "state" or actor1.inter == 1):
            return Coding("Battles", "Government regains territory", "FIGHT", None, "190", 0.6, "territory by state")
        if actor1 is not None:
            return Coding("Battles", "Non-state actor overtakes territory", "FIGHT", None, "190", 0.6, "territory by non-state")
        return Coding(spec.event_type, spec.sub_event_type, "FIGHT", None, "190", 0.4, "territory, actor unknown")
    if spec.event_type == "Strategic developments":
        return base
    weapon = _weapon(lexicon, clause_text)
    if spec.event_type == "Explosions/Remote violence" and weapon is None:
        weapon = spec.sub_event_type
    if weapon is not None:
        plover, mode, cameo = _SUB_PLOVER[weapon]
        return Coding("Explosions/Remote violence", weapon, plover, mode, cameo, 0.75, "weapon named")
    if a2_inter == 7:
        return Coding("Violence against civilians", "Attack", "ASSAULT", None, "180", 0.7, "armed actor against civilians")
    if spec.event_type == "Violence against civilians":
        if actor2 is not None and actor2.armed:
            return Coding("Battles", "Armed clash", "FIGHT", None, "190", 0.5, "violence against an armed actor")
        return base
    foreign = _foreign(actor1, country) or any(_foreign(a, country) for a in assoc1)
    if foreign and spec.lemma in ("raid", "strike", "kill", "hit", "target", "bomb", "pound", "eliminate", "neutralize",
                                   "neutralise", "attack") and not _GROUND_WORDS.search(clause_text):
        return Coding("Explosions/Remote violence", "Air/drone strike", "FIGHT", "aerial", "195", 0.5,
                      "foreign force, no ground combat named")
    if actor2 is None and a1_inter in (2, 3) and spec.lemma in ("kill", "shoot", "attack", "murder"):
        return Coding("Violence against civilians", "Attack", "ASSAULT", None, "180", 0.4, "armed group, victims unnamed")
    return Coding("Battles", "Armed clash", "FIGHT", spec.mode, "190", 0.6 if actor2 is not None else 0.45, "armed sides")
