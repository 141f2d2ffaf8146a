"""Battles or Violence against civilians by who is targeted (ACLED codebook: an armed actor against unarmed
people is Violence against civilians, two armed sides a Battle; members of the security forces off duty and
officials are civilians; gang members are armed)."""

from __future__ import annotations

import re

from .actors import ActorRecord
from .lexicon import TriggerSpec
from .codes import Coding
from .cues import (
    _AGENT_PHRASE, _ARMED_TARGET, _EXCHANGE, _FORCES, _HARMED_PEOPLE, _ON_PLACES, _PROTEST_WORDS, _RESPONSE,
    _SECURITY_VICTIM, _SMALL_ARMS, _TWO_SIDED, _has,
)
from .sides import _fighting_side, _foreign, _kind, _off_duty, _state, _target_side


_GROUND_WORDS = re.compile(r"\b(clash\w*|fight(?:s|ing)?|fought|gunfight|firefight|ambush\w*|battle\w*|combat|ground|troops|gunmen|shot|shoot\w*)\b", re.I)


_PLACE_TARGET = re.compile(
    r"\b(?:attack\w*|raid\w*|storm\w*|invad\w*|burn\w*|torch\w*)\s+(?:[\w'-]+\s+){0,5}?"
    r"(village|villages|hamlet|homes?|house|houses|residence|shops?|stores?|market|school|church|mosque|farm|farms|"
    r"settlement|camp for|mining site|gold mine)\b", re.I)


_CIVILIAN_KINDS = ("civilians",)


# words that name a fight with weapons by themselves
_ARMED_LEMMAS = frozenset({"firefight", "gunfight", "gunbattle", "shootout", "shoot-out", "gunfire", "crossfire",
                           "ambush", "assassinate", "assassination", "bomb", "bombard", "shoot", "gun", "fire",
                           "offensive", "counteroffensive", "counter-offensive", "raid", "storm", "combat"})
# a fight with no armed side and no weapon: "Kelly has clashed with Trump's son-in-law"
_FORCE_WORDS = re.compile(r"\b(armed|gun\w*|firearms?|rifles?|shots?|shooting|shot|militia\w*|fighters?|militants?|"
                          r"corps|factions?|brigades?|battalions?|divisions?|"
                          r"rockets?|mortars?|soldiers|troops|forces|army|police\w*|rebels?|insurgents?|jihadists?|"
                          r"terrorists?|gang\w*|bandits?|attackers?|assailants?|knife|knives|machetes?|killed|dead|"
                          r"injur\w*|wounded|villag\w*|tribes?\w*|clans?|communit\w*|herders?|farmers?)\b", re.I)


_ARMED_MEMBER = re.compile(
    r"\b(?:gang|militia|cartel|armed group|division|brigade|battalion|army|rebel|insurgent|militant|police|security|"
    r"intelligence|military)s?\s+(?:\w+\s+)?members?\b|"
    r"\bmembers? of (?:the |an? )?(?:[\w'-]+ ){0,4}?(?:gang|militia|cartel|division|brigade|battalion|army|forces|"
    r"armed group|command|comando|rebels?|police|intelligence|security|guard)\b", re.I)


_SNIPER = re.compile(r"\bsnipers?\b|\bsniper (?:fire|shots?)\b", re.I)


# armed auxiliaries among the people harmed ("killing 6 people, including 2 VDP members"): pro-government
# militias and self-defence groups fight back, which makes the attack a Battle (ACLED codebook, Battles)
_AUXILIARY = re.compile(r"\b(?:VDPs?|VDP (?:members?|volunteers?|elements?)|volunteers for the defen[cs]e of the homeland|"
                        r"self-defen[cs]e (?:group )?members?|Koglweogos?|Dozos?|Dozo hunters)\b", re.I)


# a toll with no victim named ("left 8 dead", "killing 5", "3 were killed"): with no armed target and no fight
# named, the dead of an armed group's attack are taken as civilians (see the rule that reads it)
_UNNAMED_TOLL = re.compile(r"\b(?:left|leaving|killing|killed)\s+(?:at least\s+|about\s+|some\s+|around\s+)?\d+\s*"
                           r"(?:dead|people|persons|others|\.|,|;|and\b|$)|\b\d+\s+(?:people\s+|persons\s+)?(?:were\s+)?(?:killed|dead)\b",
                           re.I)


# armed people named as the ones harmed ("vigilantes killed 4 bandits", "killed two gunmen"): not civilians
_ARMED_VICTIMS = re.compile(r"\b(?:bandits|gunmen|militants|fighters|rebels|insurgents|jihadists|terrorists|militiamen|"
                            r"militia members|armed (?:men|robbers|bandits|criminals)|kidnappers|(?:cattle )?rustlers|"
                            r"attackers|assailants)\b", re.I)


# a victim described as a gang member or a trafficker is a member of an armed group (ACLED: Battles)
_GANG_VICTIM = re.compile(r"\b(?:charges? against (?:him|her|them)|involved (?:in|with) (?:a |the )?gangs?|"
                          r"(?<!by )(?:alleged|suspected|known) (?:gang|cartel) members?|(?<!by )(?<!alleged )(?<!suspected )"
                          r"gang members?|drug traffickers?|"
                          r"members? of (?:a |the )?(?:gang|cartel|criminal group)|(?:operation|raid)s? against (?:drug|gang|cartel)\w*|"
    r"the victim was armed)\b", re.I)


# the act's object named as unarmed people, in the words right after the trigger ("shot three motor taxi
# drivers", "fired tear gas at worshippers", "assaulted several shop owners")
_CIVILIAN_OBJECT = re.compile(
    r"^\S+\s+(?:(?:at|on|upon|into)\s+)?(?:[\w'-]+\s+){0,5}?(?:at\s+|on\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:civilians|villagers|residents|passengers|drivers|travell?ers|traders|vendors|shopkeepers|women|children|"
    r"worshippers|farmers|shepherds|merchants|mourners|pupils|students|teachers|workers|fishermen|owners|"
    r"journalists|patients|doctors|nurses|family members|relatives|motorists|pedestrians)\b", re.I)


def _by_target(
    spec: TriggerSpec, text: str, actor1: ActorRecord | None, actor2: ActorRecord | None, assoc1:
    list[ActorRecord], country: str | None, victim: bool, after: str | None, following: str, place_target: bool,
    base: Coding, a1_inter: int | None, a2_inter: int | None
) -> Coding | None:
    """Battles or Violence against civilians by who is targeted (ACLED codebook: armed actors against unarmed
    people are Violence against civilians, two armed sides a Battle); None for a figure of speech."""
    if spec.event_type == "Violence against civilians" and spec.sub_event_type != "Attack":
        return base  # abduction, sexual violence: the act defines the type
    targets_text = _AGENT_PHRASE.sub(" ", text)  # "shot by gang members": the gang is the perpetrator
    gang_victim = _has(_GANG_VICTIM, targets_text + " " + following[:400])
    if victim and (_has(_ARMED_MEMBER, _target_side(targets_text, after)) or gang_victim):
        victim = False  # "a gang member was shot": a member of an armed group is not a civilian
    unarmed_target = a2_inter == 7 or _kind(actor2) in _CIVILIAN_KINDS
    if unarmed_target and not victim and _has(_ARMED_TARGET, text if after is None else after) and (
            _has(_EXCHANGE, after or text) or not (
            _has(_HARMED_PEOPLE, after or text) and not _has(_SECURITY_VICTIM, after or text)
            and not _has(_AUXILIARY, after or text))):
        unarmed_target = False  # "fired at the positions of the People's Militia": the name misleads
    if victim and not _has(_EXCHANGE, text) and (actor2 is None or not actor2.armed or _off_duty(text)
                                                  or actor2.id.startswith("government")):
        unarmed_target = True
    if _kind(actor2) in ("protesters", "rioters") and not _state(actor1) and spec.lemma not in _TWO_SIDED \
            and not _has(_PROTEST_WORDS, text) and not _has(_ARMED_MEMBER, text):
        unarmed_target = True  # "attacked a member of the opposition party": a party member is a civilian
    if actor2 is not None and actor2.id.startswith("government") and _fighting_side(actor1) \
            and not _has(_EXCHANGE, text) and not _has(_SECURITY_VICTIM, _target_side(targets_text, after)) \
            and not _has(_FORCES, _target_side(targets_text, after)) and not _has(_ARMED_TARGET, after or text):
        unarmed_target = True  # "attacked a communal leader", "killed the mayor": officials are civilians (ACLED)
    if place_target and actor2 is None and not _state(actor1) and spec.lemma in _ON_PLACES \
            and not _has(_EXCHANGE, text + " " + following) \
            and not _has(_ARMED_TARGET, (after or text) + " " + following[:300]) \
            and not _has(_SECURITY_VICTIM, _AGENT_PHRASE.sub(" ", text)):
        # ("2 soldiers killed when militants attacked a village": soldiers were there and died fighting)
        unarmed_target = True  # "gunmen attacked Tieba. Two residents were killed."
    if spec.lemma in _TWO_SIDED or _has(_ARMED_MEMBER, _target_side(text, after)) and not victim or gang_victim:
        unarmed_target = False  # "clashes broke out between two families", "exchanged fire": two sides fought
    if _off_duty(text) and not _has(_EXCHANGE, text) and spec.lemma not in _TWO_SIDED:
        unarmed_target = True  # off-duty or retired police and soldiers, former fighters are civilians
    if _has(_RESPONSE, text + " " + following[:300]):
        unarmed_target = False  # "the officers returned fire": whoever the target, two sides fought (ACLED: Battles)
    if unarmed_target or (actor2 is None and _has(_PLACE_TARGET, text) and not _has(_EXCHANGE, text + " " + following[:300])
                          and not _has(_RESPONSE, text + " " + following[:300])):
        return Coding("Violence against civilians", "Attack", "ASSAULT", None, "180", 0.7, "armed actor against civilians")
    if spec.event_type == "Violence against civilians":
        if actor2 is not None and actor2.armed or _has(_ARMED_MEMBER, _target_side(text, after)) or gang_victim:
            # "a gang member was shot dead"
            return Coding("Battles", "Armed clash", "FIGHT", None, "190", 0.5, "violence against an armed actor")
        return base
    foreign = _foreign(actor1, country) or any(_foreign(a, country) for a in assoc1)
    if foreign and spec.lemma in ("raid", "strike", "kill", "hit", "target", "bomb", "pound", "eliminate", "neutralize",
                                   "neutralise", "attack") and not _GROUND_WORDS.search(text):
        return Coding("Explosions/Remote violence", "Air/drone strike", "FIGHT", "aerial", "195", 0.5,
                      "foreign force, no ground combat named")
    near = text + " " + following[:300]
    armed_victims = _has(_ARMED_VICTIMS, _target_side(_AGENT_PHRASE.sub(" ", text), after))
    if actor2 is None and a1_inter in (2, 3) and spec.lemma in ("kill", "shoot", "murder", "stab", "assassinate") \
            and not _has(_SECURITY_VICTIM, text) and not _has(_SNIPER, text) and not _has(_RESPONSE, near) \
            and not armed_victims and not _has(_ARMED_TARGET, _target_side(_AGENT_PHRASE.sub(" ", text), after)):
        # ("opened fire on a security patrol": the target is named by what it is, an armed one)
        return Coding("Violence against civilians", "Attack", "ASSAULT", None, "180", 0.4, "armed group, victims unnamed")
    near = _AGENT_PHRASE.sub(" ", _target_side(text, after)) + " " + following[:300]  # the target's side
    if actor2 is None and a1_inter in (2, 3, 4) and spec.lemma in ("attack", "raid", "storm", "assault", "hit", "target") \
            and not _has(_SECURITY_VICTIM, near) and not _has(_EXCHANGE, near) and not _has(_ARMED_TARGET, near) \
            and not _has(_FORCES, _AGENT_PHRASE.sub(" ", (after or text)[:200])) and not _has(_RESPONSE, near) \
            and (_has(_HARMED_PEOPLE, near) or _has(_UNNAMED_TOLL, near)):
        # "a truck was attacked by militants. One person was injured.": an armed group's attack with no armed
        # target and nobody fighting back harms civilians (ACLED codebook, Violence against civilians)
        return Coding("Violence against civilians", "Attack", "ASSAULT", None, "180", 0.4, "armed group, victims unnamed")
    if actor2 is None and spec.lemma not in _TWO_SIDED and after and _CIVILIAN_OBJECT.match(after) \
            and not gang_victim and not _has(_ARMED_MEMBER, after) and not _has(_SECURITY_VICTIM, after[:120]) \
            and not _has(_ARMED_TARGET, after[:120]) and not _has(_EXCHANGE, text + " " + following[:300]) \
            and not _has(_RESPONSE, text + " " + following[:300]):
        # "fired rubber bullets at fishermen", "shot three motor taxi drivers": the people the act is done to are
        # named as unarmed people, and nobody fought back (ACLED codebook, Violence against civilians)
        return Coding("Violence against civilians", "Attack", "ASSAULT", None, "180", 0.45, "unarmed people targeted")
    if not _fighting_side(actor1) and not _fighting_side(actor2) and not victim \
            and not _has(_FORCE_WORDS, text) and not _has(_SMALL_ARMS, text) and spec.lemma not in _ARMED_LEMMAS:
        return None  # no armed side, no weapon, no casualty: a figure of speech ("clashed with his adviser")
    return Coding("Battles", "Armed clash", "FIGHT", spec.mode, "190", 0.6 if actor2 is not None else 0.45, "armed sides")
