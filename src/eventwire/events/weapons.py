"""The weapon a clause names, as an ACLED Explosions/Remote violence sub-event type (ACLED codebook:
air/drone strike, shelling/artillery/missile attack, remote explosive/landmine/IED, suicide bomb, grenade,
chemical weapon), and what it makes the event: a remote-violence sub-type, or a Battle when the weapon
was one side's means in a two-sided fight, or a disrupted weapons use when it was found or defused."""

from __future__ import annotations

import functools
import re

from .actors import ActorRecord
from .lexicon import Lexicon, TriggerSpec
from .codes import Coding
from .cues import _EXCHANGE, _HARMED_PEOPLE, _RESPONSE, _SECURITY_VICTIM, _SHOT_DOWN, _SMALL_ARMS, _has
from .sides import _foreign, _state


_NOT_WEAPON = re.compile(r"\b(grenade|rocket)[- ]launchers?\b|\bRPGs?\b", re.I)


# weapon words that name a unit or the people targeted, not the means ("Air Force Intelligence",
# "killed two suicide bombers", "a militant armed with a hand grenade")
_NOT_MEANS = re.compile(r"\bair force intelligence\b|"
                        r"\b(?:kill\w*|arrest\w*|captur\w*|neutrali[sz]\w*|apprehend\w*|detain\w*|shot)\s+(?:[\w-]+\s+){0,4}?"
                        r"(?:suicide )?bombers?\b", re.I)
# a grenade carried by attackers who storm or shoot ("militants armed with guns and grenades attacked a base"),
# unless it is thrown or set off ("a man armed with a grenade threw it into a bar")
_CARRIED = re.compile(r"\barmed with (?:[\w-]+,? (?:and )?){0,4}?(?:hand )?grenades?\b", re.I)
_SET_OFF = re.compile(r"\b(?:threw|thrown|throw\w*|hurl\w*|lobb\w*|toss\w*|detonat\w*|explod\w*)\b", re.I)
_MINE_SITE = re.compile(r"\b(?:gold|coal|copper|diamond|tin|iron|uranium|manganese|cobalt|coltan|zinc|nickel|jade|"
                        r"emerald|salt|artisanal|open[- ]pit|underground|mining)\s+mines?\b|\bmines?\s+(?:site|workers?|company|"
                        r"owners?|operators?|shafts?|pits?)\b", re.I)
_WEAPON_ORDER = ("Suicide bomb", "Chemical weapon", "Grenade", "Remote explosive/landmine/IED",
                 "Shelling/artillery/missile attack", "Air/drone strike", "Explosion (device not named)")
# an explosion with no device named is coded as an IED; several explosions at once ("a total of 12
# explosions", "explosions were heard") are shells landing
_GENERIC_EXPLOSION = "Explosion (device not named)"
_SERIES = re.compile(r"\b(explosions|blasts|detonations)\b", re.I)


@functools.lru_cache(maxsize=8)
def _weapon_patterns(lexicon: Lexicon) -> list[tuple[str, re.Pattern[str]]]:
    return [(sub, re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w.lower()) for w in lexicon.weapon_words[sub])
                             + r")(?![a-z])")) for sub in _WEAPON_ORDER]


@functools.lru_cache(maxsize=1024)  # a mention's text is read for its weapon by the coder and by crowds.py
def _weapon(lexicon: Lexicon, text: str) -> str | None:
    # grenade launchers and RPGs fire projectiles from a distance: shelling, not a thrown grenade
    text = _NOT_MEANS.sub(" ", re.sub(r"\bMine\s+(?:No\.?\s*)?\d", " ", text))  # "the area of Mine 6/7": a place
    if not _SET_OFF.search(text):
        text = _CARRIED.sub(" ", text)
    text = _MINE_SITE.sub(" ", text)  # "at the Essakane gold mine": a mining site, not a landmine
    low = f" {_NOT_WEAPON.sub(' rpg ', text).lower()} "
    for sub, pattern in _weapon_patterns(lexicon):
        if pattern.search(low):
            return "Remote explosive/landmine/IED" if sub == _GENERIC_EXPLOSION else sub
    if _has(_SERIES, text):
        return "Shelling/artillery/missile attack"
    return None


_SUB_PLOVER = {
    "Air/drone strike": ("FIGHT", "aerial", "195"),
    "Shelling/artillery/missile attack": ("FIGHT", "artillery", "194"),
    "Remote explosive/landmine/IED": ("ASSAULT", "explosives", "183"),
    "Suicide bomb": ("ASSAULT", "suicide-bomb", "1831"),
    "Grenade": ("ASSAULT", "explosives", "183"),
    "Chemical weapon": ("FIGHT", "CBRN", "196"),
}


_DISRUPTED = re.compile(
    r"\b(defus\w*|diffus\w*|dismantl\w*|deactivat\w*|disarm\w*|dispos\w*|recover\w*|seiz\w*|confiscat\w*|"
    r"found|discover\w*|unearth\w*|cache|prematurely|accidentally|while (?:planting|assembling|making|handling|manufacturing)|"
    r"controlled (?:explosion|detonation)|unexploded|(?:failed|did not|didn't|does not) (?:to )?(?:explode|detonate|go off)|"
    # "neutralised two IEDs", "destroyed an explosive device": the device made harmless, not people
    r"(?:neutrali[sz]\w*|destroy\w*|detonat\w* safely|safely detonat\w*) (?:\w+ ){0,3}?(?:IEDs?|improvised explosive devices?|"
    r"explosive devices?|(?:land)?mines?|explosives|bombs?|devices?))\b", re.I)


# fire from both sides ("projectiles in both directions of the frontline", "fire from both sides")
_BOTH_WAYS = re.compile(r"\bin both directions\b|\bfrom both sides\b|\bby both sides\b|\bboth sides (?:exchang|fir|shell)\w*", re.I)
# a ground operation with air support: the strike is part of a battle
_AIR_SUPPORT = re.compile(r"\b(?:backed|supported|assisted|aided|covered) by (?:\w+ ){0,3}?(?:air ?strikes?|air force|aircraft|"
                          r"helicopters?|warplanes|air support|drones?|gunships?)\b|\bwith (?:the )?(?:support of )?air support\b|"
                          r"\bair-?dropped\b|\bairdropped\b", re.I)
# an explosion followed by a gunfight or an assault ("an IED exploded and was followed by gunshots", "killed by
# direct fire and by IEDs", "during clashes between")
_FOLLOWED_BY_FIGHT = re.compile(r"\bfollowed by (?:\w+ ){0,3}?(?:gunshots|gunfire|shooting|clash\w*|an? (?:armed )?(?:attack|assault|"
                                r"gunfight|firefight|ambush))\b|\bdirect fire\b|\bduring (?:\w+ ){0,2}?clashes\b|"
                                r"\b(?:gun ?battle|firefight|gunfight|exchange of fire)\b|"
                                # the attackers firing after the blast ("hit an IED, before the assailants opened fire on
                                # the soldiers"), or explosives and guns used together in one ambush
                                r"\b(?:then|before|after which|and then|and)\s+(?:[\w'-]+\s+){0,3}?(?:opened fire|opening fire|"
                                r"fired (?:on|at|upon)|firing (?:on|at|upon)|shot at)\b|"
                                r"\bexplosives? and (?:gun ?fire|small arms|firearms|guns)\b|\b(?:gun ?fire|small arms|firearms|guns) "
                                r"and explosives?\b", re.I)


# fire aimed at where civilians live, with no exchange: heavy weapons and machine guns fired at villages
# are shelling, not a battle
_CIVIL_AREA = re.compile(r"\b(?:at|on|towards?|into)\s+(?:[\w,.'()-]+\s+){0,4}?(?:villages?|farms?|residential|"
                         r"neighbou?rhoods?|houses|homes|markets?|civilians?|populated)\b", re.I)


# the device went off in its handlers' hands: "detonated prematurely", "as assailants were planting it", "a rocket
# exploded before it was fired" (ACLED codebook, Disrupted weapons use, when it hurt nobody else)
_MISHAP = re.compile(r"\bprematurely|\baccidentally|\b(?:while|as) (?:[\w'-]+ ){0,3}?(?:planting|assembling|making|handling|"
                     r"manufacturing|transporting|preparing|being (?:planted|assembled|made|prepared))\b|"
                     r"\b(?:exploded|detonated|went off) before (?:it|they) (?:was|were|could be) (?:fired|launched|planted|used)", re.I)


def _others_hurt(text: str) -> bool:
    """People other than the ones handling the device killed or hurt ("detonated prematurely ... three civilians
    were injured"): the blast harmed its targets or bystanders, an explosion (ACLED codebook, Remote
    explosive/landmine/IED), not only a disrupted weapons use."""
    return _has(_HARMED_PEOPLE, text) or _has(_SECURITY_HARMED, text)


_SECURITY_HARMED = re.compile(_SECURITY_VICTIM.pattern + r"[^.;]{0,40}\b(?:killed|injured|wounded|hurt|died|dead)\b", re.I)


def _weapon_coding(
    spec: TriggerSpec, lexicon: Lexicon, text: str, actor1: ActorRecord | None, actor2: ActorRecord | None,
    country: str | None, after: str | None, following: str
) -> Coding | None:
    """The weapon named (ACLED codebook, Explosions/Remote violence), unless it was made harmless or was one
    side's means in a two-sided fight; None when no weapon is named."""
    weapon = _weapon(lexicon, text)
    if spec.lemma == "bomb" and weapon is None:
        # states bomb from the air; armed groups plant bombs
        weapon = "Air/drone strike" if _state(actor1) or _foreign(actor1, country) else "Remote explosive/landmine/IED"
    if spec.event_type == "Explosions/Remote violence" and weapon is None:
        weapon = spec.sub_event_type
    if (weapon is not None and _has(_DISRUPTED, text) and not _has(_SHOT_DOWN, text) and weapon not in (
            "Air/drone strike", "Shelling/artillery/missile attack") and not re.search(r"\b(kill\w*|injur\w*|wound\w*|dead)\b", text, re.I)
            or weapon is not None and _MISHAP.search(text)) \
            and not _others_hurt(text + " " + following[:250]):
        return Coding("Strategic developments", "Disrupted weapons use", "COERCE", None, "17", 0.55,
                      "explosives found, defused or set off by accident")
    two_armed = actor1 is not None and actor1.armed and actor2 is not None and actor2.armed
    if weapon in ("Grenade", "Remote explosive/landmine/IED", "Suicide bomb") and spec.lemma in ("shoot", "gun", "shoot dead"):
        weapon = None  # "police shot a militant carrying explosives": the shooting is the act
    if weapon in ("Shelling/artillery/missile attack", "Grenade", "Remote explosive/landmine/IED") and (
            _has(_RESPONSE, text) or _has(_RESPONSE, following[:300])):
        return Coding("Battles", "Armed clash", "FIGHT", None, "190", 0.6, "attack met with return fire")
    if weapon is not None and weapon != "Chemical weapon" and (
            _has(_BOTH_WAYS, text + " " + following[:300]) or _has(_AIR_SUPPORT, text)):
        # fire "in both directions of the frontline", an operation "backed by airstrikes": the weapon is one
        # side's means in a fight between two armed sides (ACLED codebook: Battles, Armed clash)
        return Coding("Battles", "Armed clash", "FIGHT", None, "190", 0.55, "weapon used in a two-sided fight")
    if weapon in ("Remote explosive/landmine/IED", "Suicide bomb") and _has(_FOLLOWED_BY_FIGHT, text + " " + following[:300]):
        # an explosion followed by a gunfight or an assault (ACLED codebook: a complex attack is an Armed clash)
        return Coding("Battles", "Armed clash", "FIGHT", None, "190", 0.55, "explosion followed by a fight")
    if weapon is not None:
        one_sided = _has(_CIVIL_AREA, after or text) and not _has(_EXCHANGE, text)
        if weapon in ("Shelling/artillery/missile attack", "Grenade") and (
                _has(_EXCHANGE, text) or _has(_SMALL_ARMS, text) and not one_sided):
            return Coding("Battles", "Armed clash", "FIGHT", "artillery", "190", 0.6, "two-sided exchange of fire")
        plover, mode, cameo = _SUB_PLOVER[weapon]
        return Coding("Explosions/Remote violence", weapon, plover, mode, cameo, 0.75, "weapon named")
    return None
