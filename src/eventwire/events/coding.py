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

This module holds the dispatch from trigger and actors to a type; its parts live beside it:
``codes`` (the ``Coding`` record, disorder type), ``cues`` (word patterns several rules read),
``sides`` (who acts against whom), ``weapons`` (the weapon named and what it makes the event),
``protests`` (demonstrations: Protests and Riots), ``crowds`` (riots and protests told by who acts
against whom), ``territory`` (territory taken), ``targets`` (Battles or Violence against civilians by
who is targeted) and ``strategic`` (Strategic developments and the "Other" events told with a violent word).
"""

from __future__ import annotations

import re

from .actors import ActorRecord
from .lexicon import Lexicon, TriggerSpec
from .codes import Coding
from .cues import (
    _ABDUCTED, _ARMED_PEOPLE, _ARMED_TARGET, _BASE_WORDS, _EXCHANGE, _HARMED, _HARMED_PEOPLE, _MOB, _NO_HARM,
    _ON_PLACES, _PEOPLE_HARMED, _TWO_SIDED, _PROPERTY, _PROTEST_CUE, _PROTEST_WORDS, _SECURITY_VICTIM, _SHOT_DOWN, _SYMBOLIC_BURNING,
    _UNARMED_DOERS, _WEAPON_CACHE, _has,
)
from .sides import _doer_side, _fighting_side, _is_crowd, _kind, _off_duty, _state
from .weapons import _weapon_coding
from .protests import _people_blocking, _protest, labour_strike, replace_spec
from .strategic import _other, _strategic
from .crowds import _crowd
from .territory import _territory
from .targets import _by_target

__all__ = ["code_event"]


# "to combat the spread of the virus", "fight against corruption": not an armed event
_ABSTRACT_TARGET = re.compile(
    r"\b(?:combat\w*|fight\w*|battl\w*|tackl\w*|target\w*)\s+(?:against\s+)?(?:the\s+)?(?:spread|virus|coronavirus|covid\S*|"
    r"pandemic|epidemic|outbreak|disease|corruption|poverty|crime|inflation|unemployment|hunger|fire|flood|"
    r"locusts?|drug|narcotic|smuggling|misinformation|impunity|terrorism|extremism|radicali[sz]ation|organi[sz]ed crime|"
    r"transnational|illegal|graffiti|climate|discrimination|racism|cancer|addiction|competition|fraud)"
    r"|\b(?:legal|court|custody|political|electoral|uphill|ratings|price|title|relegation|playoff)\s+(?:battles?|fights?)\b"
    r"|\b(?:battl\w*|fight\w*|fought|clash\w*)\s+(?:\w+\s+){0,4}?(?:in|with|before) (?:the )?(?:courts?|judges?|lawmakers|"
    r"regulators|congress|parliament|senate)\b", re.I)


# a fight that property was destroyed in ("during a two-day battle", "amid clashes between")
_DURING_BATTLE = re.compile(r"\b(?:during|amid|amidst|in the course of)\s+(?:a |the |heavy |fierce |intense |renewed |"
                            r"(?:\w+[- ])?days?[- ](?:long )?|\w+-day )*(?:battles?|clash\w*|fighting|fights|combat|"
                            r"firefights?|gun ?battles?|exchanges? of fire)\b", re.I)
# people who died in the attack ("3 people died following the attack")
_DIED = re.compile(r"\b(?:people|persons|villagers|residents|civilians|occupants|\d+)\s+(?:\w+\s+)?died\b", re.I)


# an explosive someone else left, destroyed by those who found it
_CONTROLLED = re.compile(r"\b(?:planted|placed|found|discovered|recovered|abandoned|unexploded)\b|"
                         r"\bcontrolled (?:explosion|detonation|manner)\b|\bsafely\b", re.I)


_AIR_OBJECT = re.compile(r"\b(drones?|UAVs?|aircraft|planes?|helicopters?|missiles?|rockets?|jets?|warplanes?)\b", re.I)


_PRISONERS = re.compile(r"\b(prisoners?|detainees?|hostages?|captives?|inmates?|abductees?|kidnapped|abducted|"
                        r"held captive|in captivity)\b", re.I)
# people an armed group frees ("Boko Haram released 21 schoolgirls"): its captives, named by who they are
_PEOPLE_FREED = re.compile(r"^\w+\s+(?:[\w'-]+\s+){0,3}?(?:girls|schoolgirls|boys|women|children|people|persons|civilians|"
                           r"villagers|passengers|drivers|traders|workers|elders|men|soldiers|policemen|students|pupils|teachers)\b", re.I)
_TYRES = re.compile(r"\b(tyres?|tires?|barricad\w*|road ?blocks?|blocked (?:the |several |a )?(?:roads?|highway|streets?))\b", re.I)


# fighting between clans or tribes told as such ("inter-clan violence erupted, leaving 5 people dead"):
# clan and tribal militias are identity militias (ACLED codebook, inter code 4), and their fighting
# one another is a Battle, whoever died; "communal" is left out (in South Asia communal riots are mobs)
_CLAN_FIGHT = re.compile(
    r"\b(?i:inter-?clan|intra-?clan|sub-?clan|clan|inter-?tribal|tribal|inter-?ethnic)\s+(?i:violence|clash\w*|fighting|fights?|"
    r"conflicts?|hostilities|feuds?|war\w*|battles?)\b|\b(?i:clash\w*|fighting|violence|hostilities|feud|revenge attacks?)"
    r"\s+between\s+(?i:the\s+)?(?i:two\s+|rival\s+|several\s+)*(?:[A-Z][\w'-]+\s+)?(?i:clans|sub-?clans|tribes|clan militias)\b")
# two communities fighting one another with a toll ("clashes between herders and farmers; 10 killed", "fighting
# between Dinka and Nuer youths left 12 dead"): armed identity groups (ACLED codebook, communal militias), a Battle;
# a clash with nobody killed may be a brawl of a crowd (Riots), and so is one where a mob is named
_COMMUNITY_FIGHT = re.compile(
    r"\b(?i:clash\w*|fighting|fights?|hostilities|violence)\s+(?i:between|pitting)\s+(?i:the\s+)?(?:"
    r"(?i:herders?|herdsmen|pastoralists?|cattle (?:keepers|herders|raiders))\s+and\s+(?i:the\s+)?(?i:farmers?|"
    r"farming communities|villagers|residents)|(?i:farmers?|farming communities|villagers|residents)\s+and\s+(?i:the\s+)?"
    r"(?i:herders?|herdsmen|pastoralists?)|(?:[A-Z][\w'-]+\s+){1,2}and\s+(?:[A-Z][\w'-]+\s+){1,2}(?i:youths?|"
    r"tribesmen|clansmen|militias?|herders|herdsmen|pastoralists|ethnic groups?)|"
    r"(?i:two|rival|neighbou?ring)\s+(?i:ethnic groups|militias))\b")
_TOLL = re.compile(r"\b(?:kill\w*|dead|died|deaths?)\b", re.I)


# people of a crowd's kind who carry arms ("armed youths", "armed cattle keepers")
_ARMED_CROWD = re.compile(r"\barmed (?:youths?|young men|civilians|villagers|residents|herders|herdsmen|cattle keepers|"
                          r"pastoralists|farmers|tribesmen|clansmen|locals)\b", re.I)


# acts that are violence against civilians whoever the victim is (ACLED codebook: torture, executions
# and massacres target people who are unarmed or in custody)
_ALWAYS_CIVILIAN = frozenset({"torture", "massacre", "execute", "execution", "behead", "slaughter", "strangle",
                              "burn alive"})


# an armed group named only as what the victims were accused of being
_ACCUSED_OF_BEING = re.compile(r"\b(?:accus\w*|suspect\w*|alleg\w*|branding|branded|labell?ing)\s+(?:them|him|her|\w+)?\s*"
                               r"(?:of )?(?:being|to be|as) (?:[\w'-]+ ){0,3}?(?:terrorists?|jihadists?|militants?|rebels?|"
                               r"insurgents?|fighters?|members?|collaborators?|informants?|accomplices)\b", re.I)
# a destruction named as what a crowd is angry about or protests against, not as an event of the report
_GRIEVANCE_BEFORE = re.compile(r"\b(?:angry (?:at|over|about)|anger (?:at|over)|over|against|protest(?:s|ed|ing)?|to protest|"
                               r"denounc\w*|condemn\w*|decry\w*|opposing|opposed to)\s+(?:the\s+|their\s+|a\s+|an\s+|its\s+)?"
                               r"(?:[\w'-]+\s+){0,2}$", re.I)
# people held by their killers ("suspects who had been arrested", "killed in custody", "after being detained")
_IN_CUSTODY = re.compile(
    r"\b(?:who|that) (?:had|have|has) (?:just |already )?been (?:\w+ )?(?:arrested|detained|captured|apprehended|taken prisoner)\b|"
    r"\bafter (?:being|having been|they were|he was|she was|their|his|her) (?:\w+ )?(?:arrest(?:ed)?|detention|detained|capture[d]?|"
    r"apprehended)\b|\b(?:in|while in|under) (?:their |police |military |army |gendarmerie |state )?(?:custody|detention)\b|"
    r"\bdetainees\b|\b(?:arrested|detained|captured|apprehended|abducted) and (?:then |later |severely |brutally )?"
    r"(?:beat|beaten|tortured|killed|shot|executed|stabbed)\b", re.I)
_KILL_LEMMAS = frozenset({"kill", "shoot", "shoot dead", "murder", "slay", "eliminate", "neutralize", "neutralise", "hang",
                          "stab", "beat", "dead"})
# an arson attack or incendiary bombs thrown at property, with nobody hurt: property destruction
_ARSON = re.compile(r"\barson\w*|\bmolotov|\bpetrol bombs?|\bfirebomb\w*|\bincendiary", re.I)


# who commits sexual violence ACLED records: armed men, soldiers, police, militias ("raped by soldiers")
_SEXUAL_PERPETRATOR = re.compile(r"\b(?:armed|assailants|attackers|militiamen|soldiers|troops|(?:by|of) (?:the )?police|"
                                 r"policem[ae]n|police officers|gendarmes|security forces|combatants|captors|kidnappers)\b", re.I)


# fighters or security personnel harmed ("killed 7 militants", "wounding two soldiers")
_ARMED_HARMED = re.compile(r"\b(?:kill\w*|injur\w*|wound\w*|neutrali[sz]\w*|eliminat\w*)\s+(?:(?!by\b)[\w-]+\s+){0,3}?(?:militants|fighters|"
                           r"insurgents|rebels|jihadists|terrorists|militiamen|gunmen|soldiers|troops|policemen|gendarmes)\b",
                           re.I)


_CIVILIAN_WORDS = re.compile(r"\b(civilians?|villagers?|residents?|children|child|women|woman|students?|pupils?|"
                             r"traders?|farmers?|herders?|passengers?|travell?ers?|workers?|teachers?|journalists?)\b", re.I)


_DAMAGE = re.compile(r"\b(damag\w*|destroy\w*|destruction|burn\w*|set (?:\w+ )?(?:on )?fire|set ablaze|torch\w*|loot\w*|"
                     r"vandali[sz]\w*|ransack\w*|smash\w*|sabotag\w*|stole|stolen|took away|taking away|carried away)\b", re.I)


# ACLED codebook: an attack on civilians that includes sexual violence is coded as Sexual violence
_RAPE = re.compile(r"\b(?:(?:gang-?)?rap(?:ed|ing|es)|sexual(?:ly)? (?:assault\w*|violence|abuse\w*))\b", re.I)


# what happened to an abducted person that makes the abduction an attack (the victim killed, found dead, tortured,
# beaten or wounded): ACLED codebook, Violence against civilians: Attack
_ABDUCTEE_HARMED = re.compile(r"\b(?:kill(?:ed|ing)|found dead|(?<!no )dead|died|murder(?:ed|ing)|execut(?:ed|ing)|beheaded|"
                              r"tortur(?:ed|ing)|beaten|stabbed|shot|injur(?:ed|ing)|wounded|corpse|body (?:was|of))\b", re.I)


def code_event(spec: TriggerSpec, lexicon: Lexicon, clause_text: str, actor1: ActorRecord | None,
               actor2: ActorRecord | None, assoc1: list[ActorRecord], country: str | None, victim: bool = False,
               after: str | None = None, following: str = "", place_target: bool = False) -> Coding | None:
    coding = _code_event(spec, lexicon, clause_text, actor1, actor2, assoc1, country, victim=victim, after=after,
                         following=following, place_target=place_target)
    if coding is not None and (coding.event_type, coding.sub_event_type) == (
            "Violence against civilians", "Abduction/forced disappearance") \
            and _has(_ABDUCTEE_HARMED, clause_text + " " + following[:300]) and not _has(_NO_HARM, clause_text):
        # "kidnapped three members of a family, who were taken away and killed": ACLED codes an abduction whose
        # victims are killed or hurt as an Attack
        coding = Coding("Violence against civilians", "Attack", "ASSAULT", None, "180", coding.confidence,
                        "abducted and harmed")
    if coding is not None and (coding.event_type, coding.sub_event_type) == ("Violence against civilians", "Attack") \
            and _has(_RAPE, clause_text):
        return Coding("Violence against civilians", "Sexual violence", "ASSAULT", "sexual", "1822", coding.confidence,
                      "attack with sexual violence")
    return coding


def _code_event(
    spec: TriggerSpec,
    lexicon: Lexicon,
    clause_text: str,
    actor1: ActorRecord | None,
    actor2: ActorRecord | None,
    assoc1: list[ActorRecord],
    country: str | None,
    victim: bool = False,
    after: str | None = None,
    following: str = "",
    place_target: bool = False,
) -> Coding | None:
    """The coding of one event, or None when the trigger does not name an event of the
    ontology in this clause ("agreed to meet", "joined the meeting").

    ``victim``: the act is done to an unnamed person ("a trader was shot dead"), an unarmed
    target unless the clause names an exchange of fire or an armed target. ``after``: the clause
    from the trigger on, where the target is named (the whole clause when not given).
    ``place_target``: the act is done to a place ("attacked the village of X"); by a non-state
    armed actor with no armed target or fighting named in the report, an attack on civilians."""
    base = Coding(spec.event_type, spec.sub_event_type, spec.plover, spec.mode, spec.cameo, 0.7, "trigger")
    text = clause_text
    a1_inter = actor1.inter if actor1 else None
    a2_inter = actor2.inter if actor2 else None
    if spec.lemma == "strike" and labour_strike(text):
        return _protest(replace_spec(spec, "Protests", "Peaceful protest"), text, actor1, actor2, following)
    if spec.needs_cue and not _has(_PROTEST_CUE, text) and not _people_blocking(spec, text, after):
        return None
    if spec.needs_cue and spec.protest and actor1 is not None and actor1.armed and not _state(actor1) \
            and not _is_crowd(actor1) and actor1.kind in ("jihadist", "armed_group", "external"):
        # "Al Shabaab militants gathered residents and warned them against ...", "rebels blocked the road": an armed
        # group assembling people or closing a road is not demonstrating (ACLED codebook, Protests: demonstrators)
        return None
    if spec.needs_prisoners:
        if not (_has(_PRISONERS, text) or _fighting_side(actor1) and not _state(actor1)
                and _has(_PEOPLE_FREED, (after or text)[:60])):
            return None  # "released a statement"; an armed group freeing the people it held is a release of hostages
        return base
    if spec.flex and spec.event_type == "Battles" and _has(_ABSTRACT_TARGET, text) and actor2 is None:
        return None
    if _has(_SHOT_DOWN, text) and _has(_AIR_OBJECT, text) and spec.event_type in ("Battles", "Explosions/Remote violence"):
        return Coding("Strategic developments", "Disrupted weapons use", "COERCE", None, "17", 0.6,
                      "aircraft or missile shot down")
    if spec.lemma in ("detonate", "detonation") and _state(actor1) and _has(_CONTROLLED, text) \
            and not (_has(_HARMED, text) and not _has(_NO_HARM, text)):
        # "police detonated a bomb planted by militants", "a controlled explosion": ACLED codebook, Disrupted
        # weapons use (explosives defused or detonated by the security forces who found them)
        return Coding("Strategic developments", "Disrupted weapons use", "COERCE", None, "17", 0.55,
                      "explosive detonated by security forces")
    if spec.protest and spec.lemma in ("vandalise", "vandalize", "vandalism") and actor1 is not None \
            and actor1.armed and not _state(actor1) and not _is_crowd(actor1):
        # "militants vandalised the prefect's residence": an armed group destroying property, not a riot
        return Coding("Strategic developments", "Looting/property destruction", "COERCE", "seize", "1711", 0.55,
                      "property destroyed by an armed group")
    if spec.protest and spec.lemma == "rally" and actor1 is not None and actor1.armed and not _state(actor1) \
            and not _is_crowd(actor1) and actor1.kind in ("jihadist", "armed_group", "external") \
            and not _has(_UNARMED_DOERS, _doer_side(text, after)) and not _has(_PEOPLE_HARMED, text):
        # "ADF rebels held a rally in X": old ACLED codebook, Strategic development ("recruitment drives, incursions
        # or rallies" of armed groups), not a demonstration by civilians
        return Coding("Strategic developments", "Change to group/activity", "MOBILIZE", None, "154", 0.5,
                      "armed group's rally")
    if spec.protest:
        return _protest(spec, text, actor1, actor2, following)
    if spec.territory and spec.lemma in ("occupy", "takeover", "seize") and not _fighting_side(actor1) \
            and not _state(actor1) and (_is_crowd(actor1) or _has(_UNARMED_DOERS, _doer_side(text, after))) \
            and not _has(_ARMED_PEOPLE, text) and _has(_PROTEST_CUE, text):
        # "residents occupied the town hall to demand the mayor's departure": unarmed people occupying a
        # building with a demand are demonstrating (ACLED codebook, Protests), not taking territory
        return _protest(replace_spec(spec, "Protests", "Peaceful protest"), text, actor1, actor2, following)
    if spec.lemma in ("burn", "torch") and _has(_SYMBOLIC_BURNING, text):
        return None  # "burnt an effigy of the chief": a symbolic act of the protest, not a second event
    if spec.sub_event_type == "Looting/property destruction" and (
            _kind(actor1) in ("protesters", "rioters") or (_is_crowd(actor1) and spec.lemma in (
                "burn", "torch", "vandalise", "vandalize", "ransack", "destroy", "loot", "pillage", "plunder"))
            or (spec.lemma in ("burn", "torch") and _has(_TYRES, text))
            or (actor1 is None and spec.lemma in ("burn", "torch", "vandalise", "vandalize", "ransack", "loot")
                and _has(_UNARMED_DOERS, _doer_side(text, after)) and not _has(_ARMED_PEOPLE, text))):
        # burning tyres, barricades, a crowd burning or smashing property: a riot ("taxi riders burnt a
        # vehicle after the death of a colleague", "inmates set fire to their mattresses")
        if _has(_PROTEST_CUE, text) or _kind(actor1) == "protesters" or _has(_TYRES, text):
            return Coding("Riots", "Violent demonstration", "PROTEST", "riot", "145", 0.6, "violent demonstrators")
        return Coding("Riots", "Mob violence", "PROTEST", "riot", "145", 0.55, "crowd destroying property")
    if spec.sub_event_type == "Disrupted weapons use" and spec.lemma in ("thwart", "foil") and re.search(
            r"\b(attacks?|incursions?|offensives?|assaults?|advances?|infiltrat\w*|attempts? to (?:advance|attack|storm))\b",
            text, re.I):
        return Coding("Battles", "Armed clash", "FIGHT", None, "190", 0.55, "attack repelled")  # "thwarted an attack"
    if spec.sub_event_type == "Looting/property destruction" and not _is_crowd(actor1) \
            and _has(_DURING_BATTLE, text) and not _has(_PROTEST_WORDS, text):
        # "villages were torched during a two-day battle between the rebels and the army": property destroyed in a
        # fight is part of that battle (ACLED codebook, Battles)
        return Coding("Battles", "Armed clash", "FIGHT", None, "190", 0.5, "property destroyed during a battle")
    if spec.sub_event_type == "Looting/property destruction" and not _is_crowd(actor1) \
            and (_has(_PEOPLE_HARMED, text) or _has(_DIED, text + " " + following[:200])) and not _has(_NO_HARM, text):
        # ACLED codebook: property looted or burnt during an attack that harms people is part of that
        # attack ("set fire to the school and beat the teacher"): violence against civilians
        if _has(_ARMED_HARMED, text) and not _has(_HARMED_PEOPLE, text):
            # "destroyed five IS hideouts and killed 7 militants": the people harmed were fighters (a Battle)
            return Coding("Battles", "Armed clash", "FIGHT", None, "190", 0.5, "fighters killed in a raid on their places")
        if _has(_ABDUCTED, text) and not _has(_HARMED, text):
            return Coding("Violence against civilians", "Abduction/forced disappearance", "ASSAULT", "abduct", "181", 0.5,
                          "people abducted during a raid on property")
        return Coding("Violence against civilians", "Attack", "ASSAULT", None, "180", 0.55,
                      "people harmed during a raid on property")
    if spec.lemma in ("seize", "seizure", "capture", "recover", "confiscate") and _has(_WEAPON_CACHE, text) \
            and _has(_ARMED_HARMED, text) and not _has(_NO_HARM, text):
        # "killed 3 militants and seized weapons during an operation": the seizure is an outcome of the fight
        # (ACLED codebook, Battles: weapons taken in an armed clash are part of it)
        return Coding("Battles", "Armed clash", "FIGHT", None, "190", 0.55, "fighters killed, weapons seized")
    if spec.sub_event_type == "Looting/property destruction" and _has(_GRIEVANCE_BEFORE, _doer_side(text, after)):
        return None  # "traders angry at the demolition of their stalls clashed with police": the crowd's grievance
    if spec.event_type == "Strategic developments":
        return _strategic(spec, base, text, actor1, following, after)
    other = _other(text, following, spec)
    if other is not None:
        return other
    if spec.flex and spec.event_type in ("Battles", "Violence against civilians") and (
            _has(_CLAN_FIGHT, text) or _has(_COMMUNITY_FIGHT, text) and _has(_TOLL, text + " " + following[:200])) \
            and not _state(actor1) and not _has(_MOB, text):
        return Coding("Battles", "Armed clash", "FIGHT", None, "190", 0.5, "clans or tribes fighting one another")
    if spec.sub_event_type == "Sexual violence" and not (
            _fighting_side(actor1) or _has(_ARMED_PEOPLE, text) or _has(_SEXUAL_PERPETRATOR, text)):
        return None  # ACLED codes sexual violence by armed or political actors, not a crime story with no armed side
    if spec.lemma in _ALWAYS_CIVILIAN:
        return Coding("Violence against civilians", "Attack", "ASSAULT", None, "180", 0.7, "torture, execution, massacre")
    if spec.lemma in _KILL_LEMMAS and _has(_ACCUSED_OF_BEING, text) and _has(_HARMED_PEOPLE, text) \
            and not _has(_EXCHANGE, text) and not _has(_ARMED_HARMED, _ACCUSED_OF_BEING.sub(" ", text)):
        # "killed 3 shepherds, accusing them of being terrorists": the armed group is named only as the
        # accusation; the victims are civilians (ACLED codebook, Violence against civilians)
        return Coding("Violence against civilians", "Attack", "ASSAULT", None, "180", 0.5, "civilians killed as suspects")
    if spec.lemma in _KILL_LEMMAS and _has(_IN_CUSTODY, text) and not _has(_EXCHANGE, text):
        # "the army killed 7 suspects who had been arrested": people in custody are unarmed whatever they were
        # before (ACLED codebook, Violence against civilians: killings of detainees and prisoners)
        return Coding("Violence against civilians", "Attack", "ASSAULT", None, "180", 0.55, "people killed in custody")
    if spec.flex and _has(_ARSON, text) and not _is_crowd(actor1) and not (
            _has(_HARMED, text + " " + following) and not _has(_NO_HARM, text + " " + following)):
        return Coding("Strategic developments", "Looting/property destruction", "COERCE", "seize", "1711", 0.55,
                      "arson on property, nobody hurt")
    if spec.sub_event_type == "Abduction/forced disappearance" and (
            _fighting_side(actor2) and _state(actor2) or _has(_SECURITY_VICTIM, text)) and not _off_duty(text) \
            and not _has(_CIVILIAN_WORDS, text):
        # soldiers or police taken hostage: a fight between armed actors (ACLED codes these as Battles)
        return Coding("Battles", "Armed clash", "FIGHT", None, "190", 0.5, "security forces abducted")
    if spec.lemma in _ON_PLACES and (actor2 is None or _kind(actor2) == "civilians") and _has(_PROPERTY, after or text) \
            and not (place_target and spec.lemma == "attack") and not _is_crowd(actor1) \
            and _has(_DAMAGE, text) and not victim \
            and not (_has(_HARMED, text + " " + following[:300]) and not _has(_NO_HARM, text + " " + following[:300])) \
            and not _has(_EXCHANGE, text + " " + following[:300]) and not _has(_ARMED_TARGET, after or text):
        # ACLED codebook: an attack on property (a school, an office, vehicles, a pipeline) with nobody hurt
        return Coding("Strategic developments", "Looting/property destruction", "COERCE", "seize", "1711", 0.55,
                      "attack on property, nobody hurt")
    near = text + " " + following[:300]
    if spec.lemma in _ON_PLACES and (actor2 is None or _kind(actor2) == "civilians") and _has(_LOOTED, text) \
            and not victim and not (_has(_HARMED, near) and not _has(_NO_HARM, near)) and not _has(_PEOPLE_HARMED, near) \
            and not _has(_ABDUCTED, near) and not _has(_EXCHANGE, near) and not _has(_ARMED_TARGET, after or text) \
            and not _has(_BASE_WORDS, after or text):  # a raid on a base, a headquarters or a camp is an attack on people
        # "raided several houses, taking away clothes and motorcycles", "fired in the air, then looted supplies":
        # a raid to loot with nobody hurt (ACLED codebook, Strategic developments: Looting/property destruction)
        return Coding("Strategic developments", "Looting/property destruction", "COERCE", "seize", "1711", 0.5,
                      "raid to loot, nobody hurt")
    if not spec.flex:
        return base
    armed_crowd = _has(_ARMED_CROWD, text) and not _has(_MOB, text)
    if armed_crowd and (spec.lemma in _TWO_SIDED or _has(_EXCHANGE, text)):
        # "clashes between government forces and armed youths": people who carry arms are an armed side, not a
        # crowd (ACLED codebook, Battles: "a violent clash between two armed and organised groups")
        return Coding("Battles", "Armed clash", "FIGHT", None, "190", 0.5, "armed youths or civilians fighting")
    coding = None if armed_crowd else _crowd(spec, lexicon, text, actor1, actor2, victim, after, following, a1_inter,
                                             a2_inter)  # "armed youths attacked a village": an armed group's attack
    if coding is not None:
        return coding
    coding = _territory(spec, text, actor1, after, following, place_target)
    if coding is not None:
        return coding
    coding = _weapon_coding(spec, lexicon, text, actor1, actor2, country, after, following)
    if coding is not None:
        return coding
    return _by_target(spec, text, actor1, actor2, assoc1, country, victim, after, following, place_target, base,
                      a1_inter, a2_inter)


# goods taken in a raid
_LOOTED = re.compile(r"\b(?:loot\w*|pillag\w*|plunder\w*|ransack\w*|took away|taking away|carried away|carrying away|"
                     r"stole|stolen|stealing|confiscat\w*|made off with|seiz(?:ed|ing) (?:\w+ ){0,3}?(?:goods|supplies|"
                     r"food|money|cash|cattle|livestock|motorcycles?|vehicles?|equipment|devices|property))\b", re.I)
