"""Strategic developments (ACLED codebook): agreements, arrests, threats, bases, disrupted weapons use,
looting and property destruction, and "Other" events told with a violent word (displacement by fighting,
explosive remnants of war, shots fired in the air). The words of their own that name Strategic developments
(movements and measures of forces, property destroyed, displacement) and the line between them and violence are
coded in ``sd_acts``."""

from __future__ import annotations

import re

from .actors import ActorRecord
from .lexicon import TriggerSpec
from .codes import Coding
from .cues import (
    _ABDUCTED, _ARMED_PEOPLE, _BASE_WORDS, _EXCHANGE, _FORCES, _GOODS, _GRIEVANCE, _HARMED, _NO_HARM, _PEOPLE_HARMED,
    _PROTEST_CUE, _PROTEST_WORDS, _STATE_SIDE, _TWO_SIDED, _WEAPON_CACHE, _has,
)
from .sides import _doer_side, _fighting_side, _state
from .protests import _protest, replace_spec
from .sd_acts import (
    _ACTIVITY_WORDS, _ARMED_GROUP_WORDS, _DESTRUCTION_WORDS, _FIGHT, _FLIGHT_WORDS, _MILITARY_WORDS, _NEW_GROUP,
    _NO_FIGHT_TOLD, _PEOPLE_EVACUATED, _POLICE_WORDS, _TROOPS_MOVED, _VIOLENCE_ACT, _activity, _armed_place_hit,
    _destruction, _fight_first, _flight, _violence_told,
)
from .lexicon import load_lexicon
from .weapons import _SUB_PLOVER, _weapon


_CONFLICT_AGREEMENT = re.compile(r"\b(ceasefire|cease-fire|truce|peace|prisoners?|hostages?|swap|exchange|armed|rebels?|militias?|"
                                 r"surrender|disarm\w*|reconciliation)\b", re.I)
_JOIN_ARMED = re.compile(r"\b(join\w*|defect\w*)\b.*\b(ranks|group|militia|insurgen\w*|rebels?|taliban|forces|army|movement)\b", re.I)


# crime with no political element ("arrested on federal charges of insider trading"): not an ACLED arrest
_COMMON_CRIME = re.compile(
    r"\b(?:charges?|charged|suspicion|accused|for (?:allegedly )?)\b[^.;]{0,60}?\b(?:fraud|insider trading|theft|"
    r"stealing|burglary|robbery|drugs?|drink[- ]driving|DUI|driving|speeding|shoplifting|child (?:endangerment|"
    r"pornography|abuse)|pornography|vandali[sz]\w*|trespass\w*|embezzl\w*|tax evasion|money laundering|"
    r"murder|homicide|manslaughter|assault|battery|domestic|stalking|mischief|poaching|smuggling|bribery|forgery)\b"
    r"|\b(?:fraud|drugs?|theft|burglary|robbery|pornography|firearms?|weapons?|assault|murder) (?:charges?|offen[cs]es)\b", re.I)
_POLITICAL = re.compile(r"\b(protest\w*|demonstrat\w*|opposition|activists?|journalists?|party|election\w*|"
                        r"militants?|terror\w*|rebels?|insurgen\w*|jihad\w*|extremis\w*|separatis\w*|dissident\w*|"
                        r"coup|treason|sedition|espionage|spy|spying|blasphemy|government critic\w*|politic\w*|"
                        r"armed group|militia\w*|gang|cartel|Boko|Shabaab|Taliban|Islamic State|ISIS|IS)\b", re.I)


# a place named as what forces leave or hand over ("withdrew from Moqokori", "pulled out of Garbaharey", "handed
# over Burhakaba to the army"): the old ACLED codebook's Non-violent transfer of territory, told tersely with the
# town's name and no word for a town; a name after "the" is an institution ("withdrew from the Senate"), and one
# in capitals an organisation ("withdrew from AMISOM"); only a move told as done (a demand that fighters "must
# withdraw from Kismayo" is no event)
_NAMED_PLACE_LEFT = re.compile(r"^(?:[\w-]+ed|withdrew|withdrawn)(?:\s+(?:out|over|back))?\s+(?:(?:from|of|out of)\s+)?(?:the (?:town|village|city|"
                               r"district) of\s+)?[A-Z][a-z][\w'-]*\b(?!\s+(?:[A-Z]\w*\s+)*(?:Agreement|Accord|Treaty|"
                               r"Court|Council|Party|Union|Mission|Force|Commission|Government|Parliament|Assembly|Senate|"
                               r"Alliance|Movement|Talks|Process|Convention))")
_TERRITORY_WORDS = re.compile(r"\b(towns?|villages?|city|cities|district|areas?|territor\w*|control|region|"
                              r"province|locality|bases?|positions?|hills?|airport|border|camps?|neighbou?rhoods?|"
                              r"islands?|port|front|checkpoints?|outposts?|frontline|zone)\b", re.I)


# what makes an arrest politically significant besides a political word: who arrests (soldiers,
# intelligence, a regime), whom (officials, leaders, members of a group, many people at once), how (a campaign)
_SIGNIFICANT_ARREST = re.compile(
    r"\b(?:military|army|soldiers|troops|intelligence|security forces|security services|regime|militia\w*|rebels?|"
    r"gendarm\w*|forces|national guard|secretary|leaders?|officials?|ministers?|mayors?|councill?ors?|chiefs?|"
    r"commanders?|members?|suspected|suspects? of|campaign|crackdown|dozens|hundreds|scores|curfew|lockdown|"
    r"movement|organi[sz]ation|association|union|students|villagers|workers|youths|"
    r"\d{2,} (?:people|persons|men|suspects|individuals)|(?:sweep|search|security|military|counter-?terror\w*) operations?)\b",
    re.I)


# people driven from their homes by fighting, told as the news of the report ("fighting forced 480
# villagers to flee", "260 individuals were displaced following a clash"): ACLED codes the displacement
# as Strategic developments (Other) when nobody is reported killed or hurt
_DISPLACED = re.compile(
    r"\bforc\w* (?:\w+ ){0,6}?(?:villagers|residents|families|people|civilians|individuals|households|inhabitants)\b"
    r"[^.;]{0,20}\b(?:to flee|to leave|to evacuate|from their)|\b(?:were|was|been|being) displaced\b|"
    r"\b(?:families|villagers|residents|individuals|households|people|civilians)\b[^.;]{0,80}\b(?:evacuated|fled) "
    r"(?:\w+ ){0,3}?(?:following|after|because of|due to|amid)\b", re.I)
# an old mine or shell going off, laid in a past war (ACLED codebook: explosive remnants of war are
# Strategic developments, Other)
_WAR_REMNANT = re.compile(r"\bexplosive remnants? of war\b|\b(?:left ?over|remnants?) (?:\w+ ){0,2}?from (?:the )?(?:\w+ ){0,3}?war\b|"
                          r"\blaid (?:\w+ ){0,2}?during (?:the )?(?:\w+[- ]){0,3}?war\b|"
                          r"\bwhere fighting (?:occurred|took place) in the \d{4}s\b", re.I)
# shots fired in the air at nobody ("border guards fired warning shots in the air")
_AIR_SHOTS = re.compile(r"\bwarning shots?\b|\bshots? (?:\w+ ){0,3}?in(?:to)? (?:the )?air\b|\bfired (?:\w+ ){0,3}?in(?:to)? (?:the )?air\b|"
                        r"\bblank (?:cartridges|rounds)\b", re.I)


_CAPTIVES_SWAPPED = re.compile(r"\b(?:exchang\w*|swap\w*)\s+(?:[\w-]+\s+){0,3}?(?:prisoners?|detainees?|captives?|hostages?|"
                               r"bodies|remains|POWs)\b|\b(?:prisoners?|detainees?|captives?|hostages?|POWs?) (?:exchange|swap)\b",
                               re.I)
_ARRESTS_MADE = re.compile(r"\b(?:arrest(?:ed|ing|s)?|detain(?:ed|ing)|apprehend(?:ed|ing)|rounded up|took (?:\w+ ){0,3}?into custody)\b",
                           re.I)
_SEARCH_WORDS = frozenset({"raid", "storm", "sweep", "operation", "search", "clash", "assault"})
# a raid that met nobody ("no arrests or clashes were reported", "no clashes took place")
_NO_CONTACT = re.compile(r"\bno (?:arrests?|clash(?:es)?|confrontations?|resistance|fighting|contact)\b"
                         r"(?: (?:or|and|nor) (?:\w+ ){0,2}?(?:arrests?|clash(?:es)?|casualties|injuries|fatalities))?"
                         r"[^.;]{0,20}?\b(?:were|was|took place|occurred|reported|made)\b", re.I)


_LOOTING = re.compile(r"\b(?:loot\w*|pillag\w*|plunder\w*|ransack\w*|stole|stolen|stealing|took away|carried away|"
                      r"made off with)\b", re.I)


def _other(text: str, following: str, spec: TriggerSpec) -> Coding | None:
    """Strategic developments (Other) told with a violent word: displacement by fighting, an explosive
    remnant of a past war, shots fired in the air; None when people were hurt in the fight itself."""
    if spec.event_type not in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
        return None
    harmed = _has(_HARMED, text) and not _has(_NO_HARM, text)
    if spec.lemma in ("exchange", "swap") and _has(_CAPTIVES_SWAPPED, text) and not harmed:
        # "the army and the rebels exchanged prisoners": ACLED codebook, Agreement (prisoner exchanges)
        return Coding("Strategic developments", "Agreement", "RETREAT", "release", "0841", 0.5, "prisoners exchanged")
    if spec.lemma in _SEARCH_WORDS and _has(_NO_CONTACT, text + " " + following[:200]) and not harmed \
            and not _has(_PEOPLE_HARMED, text):
        # "QSD conducted a raid in the village. No arrests or clashes were reported.": a security measure (ACLED
        # codebook, Change to group/activity), not a fight
        return Coding("Strategic developments", "Change to group/activity", "MOBILIZE", None, "154", 0.45,
                      "raid with no arrest or clash")
    near = text + " " + following[:250]
    if spec.lemma in ("raid", "storm", "sweep") and _has(_ARRESTS_MADE, near) and not _has(_HARMED, near) \
            and not _has(_PEOPLE_HARMED, near) and not _has(_EXCHANGE, near) and not _has(_PROTEST_WORDS, near) \
            and not _armed_place_hit(text):  # "raided a militant camp and arrested 12 insurgents": a fight
        # "intelligence officers raided the neighbourhood; 20 young men were arrested": a raid that ends in arrests
        # with nobody hurt and no fight is an arrest (ACLED codebook, Strategic developments: Arrests)
        return Coding("Strategic developments", "Arrests", "COERCE", "arrest", "173", 0.5, "raid with arrests")
    if _has(_WAR_REMNANT, text + " " + following[:300]) and not _has(_FORCES, text):
        return Coding("Strategic developments", "Other", "OTHER", None, None, 0.5, "explosive remnant of war")
    if spec.lemma in _TWO_SIDED and _has(_DISPLACED, text) and not harmed:
        return Coding("Strategic developments", "Other", "OTHER", None, None, 0.5, "people displaced by fighting")
    if spec.flex and _has(_AIR_SHOTS, text) and not harmed and not _has(_PEOPLE_HARMED, text) \
            and _has(_LOOTING, text) and not _has(_PROTEST_WORDS, text):
        # "militants fired in the air to disperse the residents, then looted supplies": the looting is the event
        # (ACLED codebook, Looting/property destruction); the shots scared people off
        return Coding("Strategic developments", "Looting/property destruction", "COERCE", "seize", "1711", 0.5,
                      "looting under shots in the air")
    if spec.flex and _has(_AIR_SHOTS, text) and not harmed and not _has(_PROTEST_WORDS, text + " " + following[:300]):
        return Coding("Strategic developments", "Other", "THREATEN", None, "138", 0.45, "shots fired in the air")
    return None


_UNIT_HIT = re.compile(r"\b(?:patrols?|convoys?|deployments?)\b[^.;]{0,30}?\b(?:was|were|been|came under|got)\s+(?:\w+\s+)?"
                       r"(?:ambush\w*|attack\w*|hit|target\w*|struck|fired|shot|bomb\w*|fire|gunfire)|"
                       r"\b(?:ambush\w*|attack\w*|hit|target\w*|struck|fired (?:on|at|upon))\s+(?:\w+\s+){0,3}?"
                       r"(?:patrols?|convoys?)\b", re.I)


# arrested for having protested ("for participating in protests", "accused of taking part in a protest")
_FOR_PROTESTING = re.compile(r"\b(?:for|over|of|after|with)\b[^.;]{0,40}?\b(?:participat\w*|taking part|taken part|took part|"
                             r"involvement|role|organi[sz]\w*|leading|calling|incit\w*|joining)\b[^.;]{0,30}?"
                             r"\b(?:protest|demonstrat|rall|riot|march|strike)", re.I)
# detainees tortured, or beaten or killed in custody
_CUSTODY_ABUSE = re.compile(r"\btortur\w*|\belectrocut\w*|\b(?:died|killed|beaten|beat|murdered) (?:\w+ ){0,3}?"
                            r"(?:in|while in|under) (?:\w+ )?(?:custody|detention)\b|"
                            # people arrested and then killed ("were found dead the next day", "the bodies of 12 men
                            # detained by gendarmes were found", "arrested and summarily executed")
                            r"\b(?:found|discovered) dead\b|\bbod(?:y|ies) of\b[^.;]{0,60}\b(?:arrest|detain|apprehend)\w*|"
                            r"\b(?:arrest|detain|apprehend)\w* (?:\w+ ){0,6}?(?:and|before|then) (?:\w+ ){0,2}?"
                            r"(?:summarily )?(?:executed|killed|shot dead|murdered)\b|\bsummar(?:y|ily) execut\w*", re.I)


# weapons made harmless by destroying them
_DESTROYED_WEAPONS = re.compile(r"\b(?:destroy\w*|demolish\w*|dismantl\w*) (?:\w+ ){0,3}?(?:IEDs?|improvised explosive devices?|arms|"
                                r"explosive devices?|(?:land)?mines?|explosives|bombs?|weapons?|ammunition|munitions?|"
                                r"(?:weapons?|arms) caches?|devices?)\b", re.I)
# what an interception disrupts: an aircraft, a missile, a shipment of arms or contraband
_INTERCEPTED_MEANS = re.compile(r"\b(drones?|UAVs?|aircraft|planes?|helicopters?|missiles?|rockets?|jets?|warplanes?|"
                                r"projectiles?|shells?|weapons?|arms|ammunition|munitions?|explosives?|IEDs?|bombs?|"
                                r"cache|drugs?|narcotics?|contraband|smuggl\w*|cannabis|cocaine)\b", re.I)


_THREAT_LEMMAS = frozenset({"threaten", "threat", "ultimatum", "intimidate", "intimidation", "warn", "order"})
# a threat made, not a danger talked about ("the terrorist threat", "a threat to security")
_THREAT_MADE = re.compile(r"\bthreaten(?:ed|ing|s)?\b|\bintimidat\w*|\bultimatums?\b|\bthreats? (?:from|by|against)\b|"
                          r"\b(?:receiv|issu|made|mak|sen[dt]|gave|giv|after|following|amid)\w* (?:\w+ ){0,3}?threats?\b",
                          re.I)


def _threat(spec: TriggerSpec, text: str, actor1: ActorRecord | None, after: str | None) -> Coding | None:
    """An armed group threatening people ("armed men threatened teachers and told them to close the
    schools", "gave the villagers an ultimatum to leave", "ordered the residents to leave the village"):
    ACLED codebook, Strategic developments (Other); a state or a person in a crime story threatening is
    not an event."""
    if _state(actor1) or _has(_PEOPLE_HARMED, text) and not _has(_NO_HARM, text):
        return None  # "threatened and beat the residents": the violence is the event
    if spec.lemma in ("warn", "order"):
        # orders and warnings are everyday words: only the armed group's own ("militants ordered women to wear
        # veils"), named as the one who gives them
        doers = _doer_side(text, after)
        if not (_fighting_side(actor1) or _has(_ARMED_GROUP_WORDS, doers)) or _has(_STATE_SIDE, doers) \
                or not re.search(r"\b(?:warn|order)\w*\s+(?:[\w'-]+\s+){0,6}?(?:to|not to|against)\b", after or text, re.I):
            return None
        return Coding("Strategic developments", "Other", "THREATEN", None, "13", 0.4, "order or warning by an armed group")
    if not _has(_THREAT_MADE, text):
        return None
    if re.search(r"\bthreaten(?:ed|ing|s)? to\b", text, re.I):
        return None  # "threatened to attack army bases": an announced act, kept as the act's forecast
    if not (_fighting_side(actor1) or _has(_ARMED_GROUP_WORDS, text)):
        return None
    return Coding("Strategic developments", "Other", "THREATEN", None, "13", 0.45, "threat by an armed group")


# Change to group/activity told as a movement of forces (ACLED codebook: troop movements, reinforcements,
# patrols, convoys): only an armed actor's
_FORCE_MOVES = frozenset({"deploy", "deployment", "redeploy", "reinforce", "reinforcement", "patrol", "convoy",
                          "reconnaissance", "mobilize", "mobilise", "recruit", "recruitment"})


# patrols and convoys are armed forces' by nature ("Turkey and Russia conducted a joint patrol"), unless they carry
# aid or goods
_MILITARY_NOUNS = frozenset({"patrol", "convoy", "reconnaissance"})
_CIVIL_CONVOY = re.compile(r"\b(?:aid|humanitarian|relief|food|medical|medicines?|wedding|funeral|motorcade|"
                           r"neighbou?rhood|citizens?|volunteers?|trucks? of|lorries|tankers?|fuel|traders?|supplies)\b", re.I)
_RECOVERED_GROUND = re.compile(r"\brecover\w*\s+(?:control\s+(?:of|over)\s+)?(?:[\w'-]+\s+){0,3}?(?:territor\w*|towns?|"
                               r"villages?|areas?|positions?|localit\w*|bases?|city|district|ground)\b", re.I)
_LAND = re.compile(r"\b(?:land|lands|farmland|plots?|dunams?|acres|hectares)\b", re.I)
# curfews and lockdowns are news when imposed, extended, enforced or lifted (ACLED codebook, Change to group/activity:
# security measures), not when named as the setting of another event
_MEASURE_NOUNS = frozenset({"curfew", "lockdown"})
_MEASURE_TAKEN = re.compile(
    r"\b(?:impos|declar|annouc|institut|extend|introduc|enforc|order|establish|decree|reimpos|ann?ounc|lift|"
    r"tighten|relax|eas|implement|put|place|set|began|begin|start)\w*\s+(?:[\w'-]+\s+){0,6}?(?:curfews?|lockdowns?|lock-downs?)\b|"
    r"\b(?:curfews?|lockdowns?)\s+(?:[\w'-]+\s+){0,4}?(?:was|were|has been|had been|have been|is|are|will be)\s+(?:\w+\s+)?"
    r"(?:impos|declar|announc|institut|extend|introduc|enforc|order|establish|decree|lift|tighten|relax|eas|implement|put|"
    r"place|set)\w*", re.I)


# a state of emergency declared, extended or lifted, over unrest or attacks rather than a flood or an epidemic
_EMERGENCY_TAKEN = re.compile(r"\b(?:declar|impos|extend|announc|lift|prolong|renew|institut)\w*\s+(?:[\w'-]+\s+){0,4}?"
                              r"(?:state of emergency|emergency rule)\b|\b(?:state of emergency|emergency rule)\b"
                              r"[^.;]{0,30}?\b(?:was|were|has been|had been|is)\s+(?:\w+\s+)?(?:declared|imposed|extended|"
                              r"lifted|prolonged|renewed)\b", re.I)
_UNREST = re.compile(r"\b(?:unrest|protests?|riots?|violence|attacks?|insecurity|insurgen\w*|militants?|rebels?|jihadists?|"
                     r"terror\w*|armed groups?|clashes|fighting|security|coup|conflict|war)\b", re.I)
_DISASTER = re.compile(r"\b(?:floods?|flooding|drought|earthquake|hurricane|cyclone|storms?|wildfires?|fires?|epidemic|"
                       r"pandemic|virus|coronavirus|covid\S*|ebola|cholera|outbreak|famine|locusts?|snow|heat)\b", re.I)


def _emergency_declared(text: str) -> Coding | None:
    """A state of emergency declared over unrest or attacks (ACLED codebook 2019+, Change to group/activity:
    security measures; old codebook, Strategic development): None for one over a disaster or an epidemic, and
    for an emergency that is not a state of emergency ("emergency services")."""
    if not _has(_EMERGENCY_TAKEN, text) or not _has(_UNREST, text) or _has(_DISASTER, text):
        return None
    return Coding("Strategic developments", "Change to group/activity", "MOBILIZE", None, "154", 0.5,
                  "state of emergency declared")


# what forces set up that is a base ("set up a camp near X", "set up a new base"), not a checkpoint or a committee
_BASE_SET_UP = re.compile(r"^\w+\s+up\s+(?:[\w'-]+\s+){0,3}?(?:bases?|camps?|headquarters|outposts?|garrisons?)\b", re.I)


def _military(rec: ActorRecord | None) -> bool:
    """A state's military forces (ACLED codebook, Arrests: detentions by the military in a conflict are
    politically significant, unlike an ordinary police arrest)."""
    return rec is not None and _state(rec) and rec.id.startswith("mil_")


# arms given up ("laid down their arms", "handed in 40 rifles", "handed over their weapons") or fighters giving
# themselves up ("handed himself over to the army")
_ARMS_GIVEN = re.compile(r"^[\w-]+\s+(?:[\w,'-]+\s+){0,5}?(?:arms|weapons|guns|rifles|firearms|ammunition|"
                         r"munitions)\b|^[\w-]+\s+(?:him|them|her)sel(?:f|ves)\b", re.I)
# who gives up arms: fighters, or those who were ("ex-combatants", "former militiamen")
_COMBATANTS = re.compile(r"\b(?:(?:ex-?|former )?combatants|ex-?(?:rebels|fighters|militants)|militiamen|defectors?|"
                         r"deserters?)\b", re.I)
_GIVE_UP_LEMMAS = frozenset({"lay down", "hand in", "give up", "hand over", "handover"})


def _arms_given_up(spec: TriggerSpec, text: str, actor1: ActorRecord | None, after: str | None) -> Coding | None:
    """Fighters laying down, handing in or giving up their arms, or handing themselves over (ACLED codebook
    2019+, Change to group/activity: surrender and disarmament; old codebook, Strategic development): an armed
    group's change of activity. None when no arms or no fighters are named ("gave up smoking", "handed in
    his resignation", "the police handed over the suspect")."""
    if not _has(_ARMS_GIVEN, after or text) or _violence_told(text):
        return None
    doers = _doer_side(text, after)
    if _state(actor1) or _has(_POLICE_WORDS, doers):
        return None  # "soldiers handed over the seized weapons to the police": a transfer of evidence
    if not (_fighting_side(actor1) or _has(_ARMED_GROUP_WORDS, doers) or _has(_COMBATANTS, doers)):
        return None
    return Coding("Strategic developments", "Change to group/activity", "MOBILIZE", None, "154", 0.5, "arms laid down")


def _strategic(spec: TriggerSpec, base: Coding, text: str, actor1: ActorRecord | None,
               following: str = "", after: str | None = None) -> Coding | None:
    sub = spec.sub_event_type
    if spec.lemma in _GIVE_UP_LEMMAS:
        given = _arms_given_up(spec, text, actor1, after)
        if given is not None or spec.lemma not in ("hand over", "handover"):
            return given
    if spec.lemma in _THREAT_LEMMAS:
        return _threat(spec, text, actor1, after)
    if spec.lemma in _ACTIVITY_WORDS:
        return _activity(spec, text, actor1, after, following)
    if spec.lemma in _DESTRUCTION_WORDS:
        return _destruction(spec, text, actor1, after)
    if spec.lemma in _FLIGHT_WORDS or spec.lemma in ("evacuate", "evacuation") and _has(_PEOPLE_EVACUATED, text):
        # "500 villagers were evacuated following fighting": displacement, not territory; "occupied the village after
        # residents fled", "fled after receiving threats": the occupation or the threat is the event
        if re.search(r"\b(?:after|when|as|once|before|because|since)\s+(?:[\w'-]+\s+){0,4}$", _doer_side(text, after), re.I) \
                or _has(_THREAT_MADE, text):
            return None
        return _flight(text, actor1)
    if spec.lemma in ("withdraw", "withdrawal", "pull out", "redeploy") and _has(_TROOPS_MOVED, (after or text)[:120]) \
            and (_fighting_side(actor1) or _state(actor1) or _has(_FORCES, text)) and not _violence_told(text):
        # "the US withdrew 300 troops from Saudi Arabia": a movement of forces (ACLED codebook, Change to
        # group/activity), not territory handed over
        return Coding("Strategic developments", "Change to group/activity", "MOBILIZE", None, "154", 0.5,
                      "forces withdrawn")
    if sub == "Non-violent transfer of territory" and (
            _has(_FIGHT, text) or _has(_VIOLENCE_ACT, text) or _has(_PEOPLE_HARMED, text) and not _has(_NO_HARM, text)) \
            and not _has(_NO_FIGHT_TOLD, text):
        # "AMISOM troops withdrew from Leego after heavy fighting with Al Shabaab", "gunmen killed 5 villagers and
        # withdrew": a place left in a fight or after an attack is not a non-violent transfer (ACLED codebook: one
        # "without engaging in violent interactions"; the sentence's fighting or killing word tells the event)
        return None
    if sub == "Disrupted weapons use" and spec.lemma == "recover" and _has(_RECOVERED_GROUND, text) \
            and _fighting_side(actor1):
        # "soldiers recovered territory following a clash": ground retaken (ACLED codebook, Battles)
        if _state(actor1):
            return Coding("Battles", "Government regains territory", "FIGHT", None, "190", 0.55, "territory recovered")
        return Coding("Battles", "Non-state actor overtakes territory", "FIGHT", None, "190", 0.5, "territory taken")
    if not _has(_PROTEST_WORDS, text):
        fight = _fight_first(spec, text, following)
        if fight is not None:
            return fight
    if spec.lemma in ("mobilize", "mobilise") and not _fighting_side(actor1) and not _state(actor1) \
            and not _has(_ARMED_PEOPLE, text) and _has(_PROTEST_CUE, text):
        # "hundreds of women mobilized in Kaya to denounce the insecurity": unarmed people gathering with a
        # grievance demonstrate (ACLED codebook, Protests); an armed group mobilising changes its activity
        return _protest(replace_spec(spec, "Protests", "Peaceful protest"), text, actor1, None, following)
    if spec.lemma == "intercept" and not _has(_INTERCEPTED_MEANS, text):
        # "militants intercepted transport trucks", "a militia intercepted a group of travellers": an armed
        # group stopping vehicles or people on the road attacks or abducts civilians (ACLED codebook,
        # Violence against civilians); intercepting no weapon is no disrupted weapons use
        if not _state(actor1) and (_fighting_side(actor1) or _has(_ARMED_PEOPLE, text) or _has(_PEOPLE_HARMED, text)):
            if _has(_ABDUCTED, text + " " + following[:300]):
                return Coding("Violence against civilians", "Abduction/forced disappearance", "ASSAULT", "abduct", "181",
                              0.5, "people stopped on the road and abducted")
            return Coding("Violence against civilians", "Attack", "ASSAULT", None, "180", 0.45,
                          "vehicles or people stopped on the road by an armed group")
        return None
    if sub == "Change to group/activity" and spec.lemma in _FORCE_MOVES | _MILITARY_NOUNS and (
            _violence_told(text) or _violence_told(following[:300])):
        # "jets on a reconnaissance flight dropped bombs", "troops were deployed in the village. They then fired at the
        # houses": the violence is the event
        return None
    if sub == "Change to group/activity" and _has(_UNIT_HIT, text):
        return None  # "their patrol was ambushed": the patrol is the target of the attack told in the clause
    if spec.lemma == "patrol" and _has(_POLICE_WORDS, text) and not _has(_MILITARY_WORDS, text):
        return None  # "a police patrol stopped him", "a pastor on patrol program": policing, not a security measure
    if spec.lemma in ("deploy", "redeploy") and not (_fighting_side(actor1) or _has(_FORCES, _doer_side(text, after))
                                                      or _has(_FORCES, (after or text)[:80])):
        return None  # "the airbags did deploy": only forces deployed, or deploying forces, are an event
    if spec.lemma in _FORCE_MOVES and not (_fighting_side(actor1) or _has(_FORCES, text)
                                           or _has(_ARMED_GROUP_WORDS, text)
                                           or spec.lemma in _MILITARY_NOUNS and not _has(_CIVIL_CONVOY, text)):
        return None  # "the company deployed new software", "an aid convoy": only armed forces move or deploy
    if spec.lemma == "convoy" and _has(_PROTEST_WORDS, text):
        return None  # "workers formed a demonstrative convoy": the protest is the event
    if spec.lemma == "emergency":
        return _emergency_declared(text)
    if spec.lemma in _MEASURE_NOUNS and _has(_PEOPLE_HARMED, text) and not _has(_NO_HARM, text):
        return None  # "volunteers enforcing the lockdown beat up a driver": the violence is the event
    if spec.lemma in _MEASURE_NOUNS and not _has(_MEASURE_TAKEN, text):
        return None  # "stranded because of the lockdown", "violated the curfew": the measure is the setting, not news
    if spec.needs_object_place and not (
            (_has(_TERRITORY_WORDS, text) or _has(_NAMED_PLACE_LEFT, after or text))
            and (_has(_FORCES, text) or (actor1 is not None and actor1.armed))):
        return None  # "withdrew $1,273 from her account", "evacuated from a second-floor suite"
    if sub == "Arrests" and _fighting_side(actor1) and not _state(actor1) and actor1 is not None \
            and actor1.inter in (2, 3, 4) and actor1.kind != "unknown":  # a known group, not "Special Forces"
        # ACLED codebook: Arrests are detentions by state forces; people seized and held by a rebel group or a
        # militia are abducted (Violence against civilians, Abduction/forced disappearance)
        return Coding("Violence against civilians", "Abduction/forced disappearance", "ASSAULT", "abduct", "181", 0.5,
                      "people detained by a non-state armed group")
    if sub == "Arrests" and _has(_PROTEST_WORDS, _GRIEVANCE.sub(" ", text)) and not _has(_ARMED_PEOPLE, text) \
            and not _has(_FOR_PROTESTING, text):
        # "ten demonstrators were arrested by the police": the protest met by an intervention is the event
        # (ACLED codebook, Protests: Protest with intervention); an arrest for a past protest stays an arrest
        coding = _protest(replace_spec(spec, "Protests", "Peaceful protest"), text, actor1, None, following)
        if coding.sub_event_type == "Peaceful protest":
            return Coding("Protests", "Protest with intervention", "PROTEST", "demonstrate", "141", 0.55,
                          "demonstrators arrested")
        return coding
    if sub == "Arrests" and _has(_CUSTODY_ABUSE, text + " " + following[:300]):
        # ACLED codebook, Violence against civilians: torture or killing of people in custody
        return Coding("Violence against civilians", "Attack", "ASSAULT", None, "180", 0.5, "detainees tortured or killed")
    if sub == "Arrests" and _has(_COMMON_CRIME, text) and not _has(_POLITICAL, text):
        return None  # ACLED codes politically significant arrests, not ordinary crime
    if sub == "Arrests" and not (_has(_POLITICAL, text) or _has(_SIGNIFICANT_ARREST, text) or _military(actor1)):
        return None  # "police arrested a man after a burglary": an ordinary police arrest is not an ACLED event
    if sub == "Agreement" and spec.lemma in ("agree", "sign", "accord", "negotiation", "talks", "reconciliation") \
            and not _has(_CONFLICT_AGREEMENT, text):
        return None
    if sub == "Change to group/activity" and spec.lemma == "join" and not _has(_JOIN_ARMED, text):
        return None
    if spec.lemma == "surrender" and not (_fighting_side(actor1) and not _state(actor1) or _has(_ARMED_GROUP_WORDS, text)):
        return None  # "the suspect surrendered to the police": a crime story; an armed group laying down arms is
        # a change to its activity (ACLED codebook, Strategic developments: Change to group/activity)
    if spec.lemma == "establish" and _has(_NEW_GROUP, text) and not _violence_told(text):
        return Coding("Strategic developments", "Change to group/activity", "MOBILIZE", None, "154", 0.5,
                      "new armed group formed")
    if spec.lemma == "set up" and not (_has(_BASE_SET_UP, (after or text)[:60]) and not (
            _has(_POLICE_WORDS, text) and not _has(_MILITARY_WORDS, text))):
        return None  # "set up a committee", "police set up checkpoints": a base or a camp of forces only
    if sub == "Headquarters or base established" and not (_fighting_side(actor1) or _has(_FORCES, text)
                                                          or _has(_ARMED_GROUP_WORDS, text)):
        return None  # "the company installed solar panels at its headquarters": no armed actor's base
    if sub == "Headquarters or base established" and not _has(_BASE_WORDS, text):
        if re.search(r"\b(fortif\w*|trenches|barricades|defensive lines?|earth mounds?)\b", text, re.I):
            return Coding("Strategic developments", "Change to group/activity", "MOBILIZE", None, "154", 0.55,
                          "positions fortified")
        return None
    if sub == "Disrupted weapons use" and spec.lemma in ("dismantle", "seizure", "recover") and _has(_GOODS, text) \
            and not _has(_WEAPON_CACHE, text):
        return Coding("Strategic developments", "Looting/property destruction", "COERCE", "seize", "1711", 0.55,
                      "drug lab dismantled or goods seized")  # ACLED codes seizures of goods as property destruction
    if sub == "Disrupted weapons use" and spec.lemma in ("recover", "seizure") and not (
            _has(_WEAPON_CACHE, text) or _has(_INTERCEPTED_MEANS, text)):
        if _has(_LAND, text) and (_fighting_side(actor1) or _has(_FORCES, text)):
            # "Israeli forces seized a large area of Palestinian-owned land": ACLED codebook, Looting/property destruction
            return Coding("Strategic developments", "Looting/property destruction", "COERCE", "seize", "1711", 0.5,
                          "land seized by armed forces")
        return None  # "she is recovering in hospital", "victims of land seizures": no weapon taken out of use
    if sub in ("Looting/property destruction", "Disrupted weapons use") and spec.lemma in _DESTROY_LEMMAS:
        weapon = _weapon(load_lexicon(), text)
        if weapon in _SUB_PLOVER and weapon != "Remote explosive/landmine/IED" and not _has(_PROTEST_WORDS, text):
            # "destroyed a regime tank with artillery fire", "destroyed a bulldozer using an ATGM": ACLED codebook,
            # Explosions/Remote violence (the weapon's sub-type), not property destruction
            plover, mode, cameo = _SUB_PLOVER[weapon]
            return Coding("Explosions/Remote violence", weapon, plover, mode, cameo, 0.5, "destroyed by a remote weapon")
    if sub == "Looting/property destruction" and spec.lemma in ("destroy", "demolish", "dismantle") \
            and _has(_DESTROYED_WEAPONS, text):
        # "soldiers found and destroyed an explosive device": ACLED codebook, Disrupted weapons use
        return Coding("Strategic developments", "Disrupted weapons use", "COERCE", None, "17", 0.55, "weapons destroyed")
    if sub == "Looting/property destruction" and spec.lemma in ("seize", "confiscate") and _has(_WEAPON_CACHE, text):
        return Coding("Strategic developments", "Disrupted weapons use", "COERCE", None, "17", 0.55, "weapons seized")
    return base


_DESTROY_LEMMAS = frozenset({"destroy", "demolish", "raze", "burn", "torch", "sabotage", "destruction"})
