"""Riots and protests told by who acts against whom (ACLED codebook, Riots and Protests): force on
demonstrators, unarmed people against state forces, mobs and crowds fighting."""

from __future__ import annotations

import functools
import re

from .actors import ActorRecord, load_kb
from .lexicon import Lexicon, TriggerSpec
from .codes import Coding
from .cues import (
    _AGENT_PHRASE, _ARMED_PEOPLE, _ARMED_TARGET, _DEMONSTRATION, _GRIEVANCE, _HARMED, _MOB, _PEOPLE_HARMED,
    _PROTEST_WORDS, _RIOT_ACTS, _STATE_FORCE, _STATE_SIDE, _TWO_SIDED, _has,
)
from .sides import _doer_side, _is_crowd, _kind, _state, _target_side, communal_doers
from .weapons import _weapon


_ARMED_WORDS = re.compile(r"\b(armed|gun\w*|firearms?|rifles?|fire|shots?|shooting|militia\w*|fighters?|militants?|"
                          r"rockets?|mortars?|soldiers|troops|forces)\b", re.I)
_COMMUNITY = re.compile(r"\b(communit\w*|villagers|residents|families|tribesmen|clans?|neighbou?rs|students|groups|"
                        r"supporters|locals|youths|(?:land|property|border|water) disputes?)\b", re.I)
# clans, tribes and communal militias fighting one another are identity militias (ACLED codebook, inter
# code 4: their clashes are Battles, their attacks on unarmed people Violence against civilians), not a crowd
_CLAN = re.compile(r"\b(?:clans?|inter-?clan|sub-?clans?|tribes|tribal|tribesm[ae]n|inter-?tribal|inter-?communal|"
                   r"communal militias?|ethnic militias?|clan militias?)\b", re.I)


# unarmed people named as the doers: neighbours, locals, a group of people, a crowd (ACLED codebook, inter
# code 5: rioters), and the acts of mob justice (a suspected thief or witch beaten, a quarrel over land)
_CROWD_DOERS = re.compile(
    r"\b(?:community members|members of the (?:local )?community|local (?:people|residents|youths|men)|locals|residents|"
    r"villagers|neighbou?rs|relatives|family members|(?:group|crowd|band) of (?:[\w-]+ ){0,3}?(?:people|men|persons|"
    r"residents|villagers|youths|locals|neighbou?rs|women)|(?:angry|irate|enraged) (?:\w+ )?(?:crowd|residents|villagers|"
    r"youths|people|locals)|crowd|(?:three|four|five|six|seven|eight|nine|ten|several|dozens of|\d+) (?:persons|people))\b",
    re.I)
_MOB_JUSTICE = re.compile(
    r"\b(?:suspected|alleged|accused of being|accused of|suspicion of)\s+(?:\w+ ){0,2}?(?:thie(?:f|ves)|robbers?|robbery|"
    r"theft|stealing|witch\w*|sorcer\w*|burglars?|burglary)\b|\bwitch(?:craft|es)?\b|\bsorcer\w*|"
    r"\bover (?:a )?(?:land|property|family|personal|water|boundary) disputes?\b", re.I)
_MOB_ACTS = frozenset({"attack", "beat", "assault", "kill", "injure", "wound", "stab", "hit", "hack", "murder", "lynch",
                       "burn alive"})
# weapons or armed people anywhere in the report: not a crowd
_ARMS = re.compile(r"\b(?:armed|gun\w*|firearms?|rifles?|pistols?|shots?|shooting|shot|fired|firing|opened fire|militia\w*|"
                   r"fighters?|militants?|soldiers|troops|army|jihadists?|terrorists?|rebels?|insurgents?|bandits?|"
                   r"gangs?|cartels?|explosives?|grenades?|bombs?|hooded|masked|(?:on|riding) motor(?:bikes?|cycles?))\b",
                   re.I)


# a passive verb right before the trigger: the people named before it are the ones it was done to
_PASSIVE_END = re.compile(r"\b(?:was|were|been|being|got|get)\s+(?:\w+ly\s+)?(?:[\w-]+\s*)?$", re.I)


def _crowd_doer_side(text: str, after: str | None) -> str:
    """Where a clause names its doers: before the trigger, or after "by" in the passive ("At least seven people
    were injured" names no doer: the people are the victims)."""
    agents = " ".join(m.group(0) for m in _AGENT_PHRASE.finditer(text))
    before = _doer_side(text, after)
    if after and _PASSIVE_END.search(before):
        return agents
    return before + " " + agents


_FIREARM_LEMMAS = frozenset({"shoot", "gun", "fire", "gunfire", "shootout", "shoot-out", "firefight", "gunfight",
                             "gunbattle", "crossfire", "ambush", "shoot dead"})
_GUNPLAY = re.compile(r"\b(?:exchang\w* (?:of )?(?:gun)?fire|opened fire|fired (?:at|on|shots)|shoot-?outs?|shootings?|"
                      r"gunfire|gunshots?|firearms?|rifles?|pistols?|bullets?|gangs?|cartels?|criminal groups?|"
                      r"drug traffick\w*)\b", re.I)


# people with no arms, by what they are or do for a living ("okada riders", "hawkers", "squatters", "illegal
# miners"): when they fight the police it is a riot (ACLED codebook, Riots: rioters are unarmed, unorganised
# people; inter code 5), not a battle, which needs two armed, organised sides
_UNARMED_PEOPLE = re.compile(r"\b(?:men|persons|people|youths?|residents|shopkeepers|vendors|traders|locals|citizens|"
                             r"villagers|nationals|workers|students|pupils|crowds?|mobs?|(?:group|groups) of (?:local |young )?"
                             r"(?:men|people|locals|youths|citizens)|Palestinians|migrants|prisoners|inmates|fans|"
                             r"protesters|protestors|demonstrators|rioters|supporters|activists|"
                             r"riders|drivers|motorcyclists|operators|hawkers|merchants|miners|farmers|fishermen|squatters|"
                             r"teachers|nurses|market women|touts|neighbou?rs|families|relatives)\b", re.I)


# a party's people named as one side of a fight ("CNL members", "supporters of the FNL", "MDC cadres"), or a
# party named by its acronym as the other side ("Imbonerakure and CNL clashed")
_PARTY_PEOPLE = re.compile(r"\b(?:supporters|cadres|activists|partisans|sympathi[sz]ers)\b|"
                           r"\b(?-i:[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*)\s+(?:members|youths?|militants)\b", re.I)
_PARTY_ACRONYM = re.compile(r"\b(?:and|with|against|between) (?:the )?((?-i:[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*))\b"
                            r"(?!\s+(?:supporters|cadres|activists|partisans|sympathi[sz]ers)\b)", re.I)
# weapons fired or thrown that make a fight armed (machetes, sticks and stones do not)
_FIREARMS = re.compile(r"\b(?:guns?|gunfire|gunmen|firearms?|rifles?|pistols?|shots?|shooting|shot|fired|firing|"
                       r"exchang\w* (?:of )?fire|grenades?|bombs?|explosives?|AK-?47s?|fighters|rebels)\b", re.I)


@functools.lru_cache(maxsize=1)
def _armed_names() -> frozenset[str]:
    """The acronyms and names of the armed groups the knowledge base knows ("FDLR", "NDC-R"): a side so named is
    an armed group, not a party's supporters."""
    names: set[str] = set()
    for rec in load_kb().records.values():
        if rec.armed and rec.kind not in ("protesters", "rioters", "civilians"):
            names.update(n.upper() for n in (*rec.acronyms, *rec.aliases, rec.name.split(":")[0]))
    return frozenset(names)


def _party_side(text: str, militia: ActorRecord) -> bool:
    """Is the other side of the political militia's fight a party's people ("Imbonerakure and CNL supporters
    fought one another")? A side named by an acronym the knowledge base knows as an armed group is not."""
    own = {n.upper() for n in (*militia.acronyms, *militia.aliases)}
    # a bare acronym or its "members" may be an armed group's; its "supporters" are a party's (not matched here)
    acronyms = [m.group(1).upper() for m in _PARTY_ACRONYM.finditer(text)]
    if any(a in _armed_names() and a not in own for a in acronyms):
        return False
    return _has(_PARTY_PEOPLE, text) or any(a not in own for a in acronyms)


# a party's factions or its men fighting ("two factions of the ruling party clashed", "activists of two factions of the
# students' league"): party people, not an armed group
_PARTY_FACTIONS = re.compile(
    r"\bfactions? of (?:the )?(?:[\w'-]+ ){0,3}?(?:party|parties|league|congress)\b|"
    r"\b(?:party|league|congress) (?:factions|activists|men|workers|supporters|cadres|members)\b", re.I)


def _party_factions_brawl(spec: TriggerSpec, text: str, actor1: ActorRecord | None,
                          actor2: ActorRecord | None) -> bool:
    """Factions or activists of a political party fighting one another with no firearms: party people are rioters,
    not an organised armed group (ACLED codebook, Riots: Mob violence; Battles need two organised armed groups)."""
    return spec.lemma in _TWO_SIDED and _has(_PARTY_FACTIONS, text) and not _has(_FIREARMS, text) \
        and not _state(actor1) and not _state(actor2) \
        and all(a is None or _is_crowd(a) or a.id == "unidentified_armed" for a in (actor1, actor2))


def _militia_and_party_brawl(spec: TriggerSpec, text: str, actor1: ActorRecord | None,
                             actor2: ActorRecord | None) -> bool:
    """A party's militia or youth wing (inter code 3) fighting another party's supporters with no firearms
    ("Imbonerakure and CNL members fought one another with machetes"): the supporters are rioters, not an
    organised armed group, so it is no Battle (ACLED codebook, Battles: "a violent interaction between two
    politically organized armed groups"; Riots, Mob violence: rioters who violently interact with other
    groups; party supporters who fight are rioters)."""
    return spec.lemma in _TWO_SIDED and actor1 is not None and actor1.inter == 3 and not _state(actor1) \
        and (actor2 is None or _is_crowd(actor2)) and not _has(_FIREARMS, text) and _party_side(text, actor1)


# the young people of a faith ("Muslim and Christian youths clashed"); youths named by their ethnic group may
# be its militia (ACLED codebook, identity militias) and are left to the communal rules
_YOUTHS = re.compile(r"\b(?:Muslim|Christian|Hindu|Sikh|Buddhist|Catholic|Protestant|Shia|Shiite|Sunni|Coptic|Jewish)"
                     r"(?:s| (?:and|or) (?:[A-Z]\w+ ))?\s*(?:youths|young men|young people|students|pupils|worshippers|"
                     r"faithful|crowds?|groups?)\b")
_TOLL = re.compile(r"\b(?:kill\w*|dead|died|deaths?|bodies|fatalit\w*|lost their lives)\b", re.I)


def _youths_brawl(spec: TriggerSpec, text: str, actor1: ActorRecord | None, following: str, communal: bool) -> bool:
    """Youths named by their faith who clash with no weapon and nobody killed ("Muslim and Christian youths
    clashed in the market"): a brawl of unorganised people (ACLED codebook, Riots: Mob violence); with arms or a
    toll they fight as communal militias (a Battle, coded elsewhere)."""
    near = text + " " + following[:300]
    return communal and spec.lemma in _TWO_SIDED and not _state(actor1) \
        and (actor1 is None or _is_crowd(actor1) or actor1.inter == 4) and _has(_YOUTHS, text) \
        and not _has(_ARMS, near) and not _has(_ARMED_WORDS, text) and not _has(_CLAN, text) and not _has(_TOLL, near)


def _crowd(
    spec: TriggerSpec, lexicon: Lexicon, text: str, actor1: ActorRecord | None, actor2: ActorRecord | None,
    victim: bool, after: str | None, following: str, a1_inter: int | None, a2_inter: int | None
) -> Coding | None:
    """Riots and protests told by who acts against whom (ACLED codebook, Riots and Protests): force on
    demonstrators, unarmed people against state forces, mobs, crowds fighting; None when no crowd is involved."""
    if a2_inter == 6 and _state(actor1):
        if _has(_RIOT_ACTS, _GRIEVANCE.sub(" ", text)) or spec.lemma in _TWO_SIDED:
            # "running battles between police and protesters", "police clashed with demonstrators": a fight has
            # two sides, and demonstrators who fight are violent (ACLED codebook, Riots: Violent demonstration)
            # "police fired live rounds at demonstrators barricading the roads": force against violent
            # demonstrators is a riot (ACLED codebook: excessive force is force against peaceful protesters)
            return Coding("Riots", "Violent demonstration", "PROTEST", "riot", "145", 0.55, "force on violent demonstrators")
        if _has(_STATE_FORCE, text):
            return Coding("Protests", "Excessive force against protesters", "ASSAULT", None, "180", 0.6, "force on protesters")
        return Coding("Protests", "Protest with intervention", "PROTEST", "demonstrate", "141", 0.5, "protest met by force")
    if spec.lemma in _TWO_SIDED | {"attack", "assault", "beat"} and (
            _state(actor1) or _state(actor2) or _has(_STATE_SIDE, _target_side(text, after))) \
            and not (_state(actor1) and _state(actor2)) and _has(_UNARMED_PEOPLE, text) \
            and (spec.lemma in _TWO_SIDED or not _state(actor1)) \
            and not _has(_ARMED_PEOPLE, text) and all(a is None or a.kind in ("civilians", "protesters", "rioters")
                                                     or a.id == "unidentified_armed" for a in (actor1, actor2)
                                                     if not _state(a)):
        # "residents fought with police", "three persons beat up a policeman", "clashes erupted between
        # villagers and soldiers": unarmed people against state forces are a riot (ACLED codebook, Riots)
        sub = "Violent demonstration" if _has(_PROTEST_WORDS, text) or _has(_DEMONSTRATION, text) else "Mob violence"
        return Coding("Riots", sub, "PROTEST", "riot", "145", 0.5, "unarmed people against state forces")
    if actor1 is None and _has(_MOB, text) and not _has(_ARMED_WORDS, text) and spec.lemma in (
            "attack", "beat", "assault", "injure", "wound", "kill", "storm", "hit", "stab", "clash"):
        return Coding("Riots", "Mob violence", "PROTEST", "riot", "145", 0.5, "a mob")  # "injured in an attack by a mob"
    if (actor1 is None or actor1.id == "unidentified_armed" or actor1.kind == "civilians") and spec.lemma in _MOB_ACTS \
            and (_has(_CROWD_DOERS, _crowd_doer_side(text, after)) or _has(_MOB_JUSTICE, text)) \
            and not _has(_ARMS, text + " " + following[:300]) and not communal_doers(_doer_side(text, after)) \
            and (_has(_PEOPLE_HARMED, text) or _has(_HARMED, text + " " + following[:300])):
        # "a group of local people killed a man accused of theft", "was beaten to death by community members":
        # unarmed people attacking someone are rioters (ACLED codebook, Riots: Mob violence), not an armed group
        return Coding("Riots", "Mob violence", "PROTEST", "riot", "145", 0.45, "unarmed people attacking a person")
    # firearms and organised crime make an armed group, not a crowd ("gang members exchanged fire with police")
    gunplay = (spec.lemma in _FIREARM_LEMMAS or _has(_GUNPLAY, text) or _weapon(lexicon, text) in (
        "Remote explosive/landmine/IED", "Suicide bomb", "Shelling/artillery/missile attack", "Air/drone strike")) \
        and not _has(_PROTEST_WORDS, text)  # "a company convoy hit an explosive device": not a crowd
    if _party_factions_brawl(spec, text, actor1, actor2):
        return Coding("Riots", "Mob violence", "PROTEST", "riot", "145", 0.5, "a party's factions fighting")
    if _militia_and_party_brawl(spec, text, actor1, actor2):
        return Coding("Riots", "Mob violence", "PROTEST", "riot", "145", 0.5, "a party's militia and supporters fighting")
    if actor1 is None and _kind(actor2) in ("rioters", "protesters") and spec.lemma in ("clash", "fight", "confrontation") \
            and not gunplay:
        return Coding("Riots", "Violent demonstration" if _kind(actor2) == "protesters" else "Mob violence", "PROTEST",
                      "riot", "145", 0.55, "crowd in a clash")
    if actor1 is None and (actor2 is None or _kind(actor2) == "civilians") and spec.lemma in _TWO_SIDED \
            and not _has(_ARMED_WORDS, text) and (actor2 is not None or _has(_COMMUNITY, text)) \
            and not gunplay and not _has(_CLAN, text):
        return Coding("Riots", "Mob violence", "PROTEST", "riot", "145", 0.5, "unarmed people in a clash")
    communal = communal_doers(_doer_side(text, after))
    if ((actor1 is not None and actor1.kind in ("rioters", "protesters")) or a1_inter in (5, 6)) and not gunplay \
            and not communal:
        # a crowd is demonstrating when the text says so; party activists attacking a rival are a mob
        sub = "Violent demonstration" if _has(_DEMONSTRATION, text) else "Mob violence"
        return Coding("Riots", sub, "PROTEST", "riot", "145", 0.6, "crowd acting violently")
    if _is_crowd(actor1) and not gunplay and not _has(_CLAN, text) and not communal \
            and (actor2 is None or _is_crowd(actor2) or _state(actor2)) and spec.lemma in (
            "clash", "fight", "attack", "beat", "stab", "assault", "storm", "hit", "injure", "wound", "kill", "lynch"):
        sub = "Violent demonstration" if _has(_DEMONSTRATION, text) and not _has(_ARMED_WORDS, text) else "Mob violence"
        return Coding("Riots", sub, "PROTEST", "riot", "145", 0.5, "unarmed groups fighting")
    if _youths_brawl(spec, text, actor1, following, communal):
        return Coding("Riots", "Mob violence", "PROTEST", "riot", "145", 0.45, "youths of two communities brawling")
    if _state(actor1) and _has(_PROTEST_WORDS, text) and not _has(_ARMED_TARGET, after or text) and (
            victim or _kind(actor2) in ("civilians", "protesters", "rioters")) and spec.lemma not in _TWO_SIDED:
        # "protesting residents were beaten up by police during their protest"
        if _has(_STATE_FORCE, text):
            return Coding("Protests", "Excessive force against protesters", "ASSAULT", None, "180", 0.55, "force on protesters")
        return Coding("Protests", "Protest with intervention", "PROTEST", "demonstrate", "141", 0.55, "protest met by force")
    return None
