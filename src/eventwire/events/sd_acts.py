"""Strategic developments told by words of their own, and the line between them and violence (ACLED codebook
2019+: Change to group/activity, Looting/property destruction, Other; old codebook 2016/2017, Strategic development:
"troop movements and deployments", "non-violent activity of armed groups", "looting"). The words are in
``data/events/triggers.json`` (column, arrive, dispatch, enter, move, checkpoint, seal off, distribute, form ...;
uproot, cut down, smash, bulldoze; flee, displace); ``strategic`` calls these coders for them."""

from __future__ import annotations

import re

from .actors import ActorRecord
from .codes import Coding
from .cues import _FORCES, _HARMED, _NO_HARM, _PEOPLE_HARMED, _PROTEST_WORDS, _has
from .lexicon import TriggerSpec
from .sides import _doer_side, _fighting_side, _is_crowd, _state


# who makes a threat ACLED records: an armed group, not a person with a gun in a crime story
_ARMED_GROUP_WORDS = re.compile(r"\b(?:gunmen|armed (?:men|group|groups|individuals|assailants|elements)|militants?|"
                                r"fighters|rebels?|insurgents?|jihadists?|terrorists?|militia\w*|extremists?|"
                                r"Taliban|Shabaab|Boko Haram)\b", re.I)
_POLICE_WORDS = re.compile(r"\b(?:police\w*|sheriff\w*|deput(?:y|ies)|officers?|troopers?|cops?)\b", re.I)
_MILITARY_WORDS = re.compile(r"\b(?:troops|soldiers|army|military|armed|militia\w*|rebels?|insurgents?|fighters|gendarm\w*|"
                             r"forces|joint|border)\b", re.I)


# ---- Strategic developments told with words of their own (triggers.json: column, arrive, dispatch, checkpoint,
# seal off, cordon off, distribute; uproot, cut down, smash, bulldoze; flee, displace). ACLED codebook (2019+):
# Change to group/activity (movements of forces, security measures, non-violent activity of an armed group),
# Looting/property destruction, Other (displacement); old codebook (2016/2017), Strategic development: "troop
# movements and deployments", "non-violent activity of armed groups", "looting".

# violence told in the sentence as its own act, not as the reason for a measure ("deployed to secure the area after
# an armed clash", "sealed off the town following the attack")
_VIOLENCE_ACT = re.compile(
    r"\b(?:kill(?:ed|ing)|shot (?:dead|and)|injur(?:ed|ing)|wound(?:ed|ing)|open(?:ed|ing)? fire|fir(?:ed|ing) (?:[\w-]+ ){0,3}?(?:at|on|upon)|"
    r"clash(?:ed|es)?|exchang\w* (?:of )?fire|firefights?|gun ?battles?|fought|attack(?:ed|ing)|ambush(?:ed|ing)|"
    r"shell(?:ed|ing)|bomb(?:ed|ing)|airstrikes?|air strikes?|stormed|abduct\w*|kidnap\w*|loot\w*|torch\w*|set fire|"
    r"beat(?:en|ing)?|dropp\w* (?:\w+ ){0,2}?(?:bombs?|barrels?|explosives)|launch\w* (?:\w+ ){0,2}?(?:missiles?|rockets?))\b",
    re.I)
_REASON_PHRASE = re.compile(
    r"\b(?:after|following|in (?:the )?wake of|in response to|in retaliation for|in reaction to|because of|due to|amid|"
    r"to (?:prevent|avoid|counter|stop|deter|pursue|hunt)|in pursuit of|suspected of|accused of|charged with|"
    r"responsible for|in connection (?:with|to)|linked to|involved in|for (?:their|his|her|the) (?:role|involvement|part) in|"
    r"(?:likely |probably )?(?:as part of|related to|connected to))\b[^.;]{0,120}", re.I)


# violence said not to have happened ("passed through the town without attacking", "without firing a shot")
_WITHOUT_ACT = re.compile(r"\bwithout\s+(?:\w+\s+){0,2}?\w+ing\b", re.I)


def _violence_told(text: str) -> bool:
    """Does the sentence tell of violence as an act of its own, beside the reasons it gives and what it says
    did not happen?"""
    told = _REASON_PHRASE.sub(" ", _WITHOUT_ACT.sub(" ", text))
    return _has(_VIOLENCE_ACT, told) and not _has(_NO_HARM, text) \
        or _has(_PEOPLE_HARMED, told) and not _has(_NO_HARM, text)


# forces moved for a disaster, a ceremony or a homecoming, not in a conflict
_CIVIL_MOVE = re.compile(r"\b(?:home|homecoming|to (?:help|assist|rescue|support) (?:\w+ ){0,3}?(?:victims|residents|people|"
                         r"families|communities|relief)|relief|rescue|earthquake|floods?|flooding|storm|hurricane|cyclone|"
                         r"typhoon|wildfires?|disaster|ceremony|parade|celebration|anniversary|funeral|vaccination|"
                         r"tournament|match|concert|festival)\b", re.I)
# who moves: forces, armed men, a column of military vehicles, weapons shipped in
_MOVERS = re.compile(r"\b(?:troops|forces|soldiers|army|military|militar\w+|fighters|rebels|militants|militia\w*|"
                     r"insurgents|jihadists|gendarm\w*|battalions?|brigades?|units?|reinforcements|tribesmen|armed|"
                     r"tanks?|armou?red|artillery|weapons?|marines|paratroopers|commandos?|peacekeepers|"
                     r"contingents?|convoys?|columns?|officers|guards?|personnel)\b", re.I)
_COLUMN = re.compile(r"\b(?:military|army|armou?red|\w+ish|\w+an|\w+ese|\w+i|US|coalition|forces?'?|troops'?) columns?\b|"
                     r"\bcolumns? of (?:\w+ ){0,4}?(?:military|armou?red|vehicles|troops|tanks|soldiers|fighters|forces)\b",
                     re.I)
_CHECKPOINT_SET = re.compile(r"\b(?:set(?:ting)?|put(?:ting)?|mount\w*|erect\w*|establish\w*|install\w*|plac\w*|"
                             r"deploy\w*|build|built|open\w*|reinforc\w*|increas\w*|add\w*)\b[^.;]{0,40}?\bcheck ?points?\b|"
                             r"\bcheck ?points?\b[^.;]{0,30}?\b(?:were|was|have been|had been)\s+(?:\w+\s+)?"
                             r"(?:set up|put up|mounted|erected|established|installed|placed|deployed)\b", re.I)
_AID_GIVEN = re.compile(r"\b(?:distribut|deliver|hand\w* out|g[ai]v)\w*\s+(?:[\w'-]+\s+){0,4}?(?:food|aid|packages|parcels|boxes|supplies|money|cash|"
                        r"groceries|masks|medicines?|pamphlets|leaflets|flyers|gifts)\b", re.I)
_ARMED_DOERS = re.compile(r"\b(?:cartels?|gangs?|militia\w*|rebels?|militants?|insurgents?|jihadists?|fighters|"
                          r"armed groups?|gunmen|Taliban|Shabaab|Boko Haram|Houthis?|Hezbollah|Hamas)\b", re.I)


def _activity(spec: TriggerSpec, text: str, actor1: ActorRecord | None, after: str | None,
              following: str = "") -> Coding | None:
    """A change to an armed or state actor's activity told by a word of its own (ACLED codebook, Change to
    group/activity): forces arriving, dispatched or moving in a column; checkpoints set up; an area sealed or
    cordoned off; an armed group distributing aid. None for everyday words ("the guests arrived", "a column in
    the newspaper") and when the sentence tells of violence, which is then the event."""
    if _violence_told(text) or _has(_CIVIL_MOVE, text):
        return None
    lemma = spec.lemma
    if lemma in _MOVE_WORDS and _violence_told(following[:300]):
        return None  # "Gunmen entered the village. They killed five people.": the move opens the attack told next
    if lemma in ("enter", "arrive", "move") and _has(_ACT_AFTER_ENTRY, after or text):
        return None  # "soldiers entered the village and detained 70 villagers": the arrest is the event
    doers = _doer_side(text, after)
    armed = _fighting_side(actor1) or _has(_FORCES, doers) or _has(_ARMED_GROUP_WORDS, doers)
    if lemma == "column":
        ok = _has(_COLUMN, text) and (armed or _has(_MOVERS, text))
    elif lemma in ("arrive", "dispatch"):
        ok = _has(_MOVERS, doers if lemma == "arrive" else text) and (armed or _has(_MOVERS, doers))
    elif lemma in ("checkpoint", "check point"):
        ok = _has(_CHECKPOINT_SET, text) and (armed or _has(_FORCES, text) or _has(_ARMED_DOERS, text)) \
            and not (_has(_POLICE_WORDS, text) and not _has(_MILITARY_WORDS, text))  # police road checks: policing
    elif lemma in ("seal off", "cordon off"):
        ok = (_fighting_side(actor1) or _has(_FORCES, doers)) and not (_has(_POLICE_WORDS, text)
                                                                        and not _has(_MILITARY_WORDS, text))
    elif lemma == "enter":
        # "Al Shabaab militants entered the town and addressed the residents" (not "the bill entered into force")
        ok = (armed or _has(_MOVERS, doers)) and _has(_MOVERS, doers) and _has(_PLACE_ENTERED, (after or text)[:80]) \
            and not _has(_POLICE_WORDS, doers)
    elif lemma == "return" and not re.match(r"\w+\s+(?:to|into)\s+(?!(?:their|his|its)\s+(?:homes?|barracks|families)\b)",
                                            after or "", re.I):
        ok = False  # "troops returned fire", "returned home": no move into a place
    elif lemma in ("cross", "pass") and not re.match(r"(?:crossed|crossing|crosses|cross)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?"
                                                r"(?:into|border|frontier|river)\b|(?:passed|passing|passes)\s+through\b",
                                                after or "", re.I):
        ok = False  # "the bill passed", "crossed the street": forces crossing into a place or passing through it only
    elif lemma == "station" and re.search(r"\b(?:are|is|remain|remains)\s+(?:\w+\s+)?stationed\b", text, re.I):
        ok = False  # "1,500 troops are stationed in Darfur": where forces are, not a move
    elif lemma in ("move", "relocate", "reposition", "amass", "return", "station", "cross", "pass"):
        # "the army moved troops into the area", "fighters moved into the forest" (not "the company moved offices")
        ok = (_has(_MOVERS, doers) and (armed or _has(_FORCES, doers))
              or _has(_TROOPS_MOVED, (after or text)[:120]) and (armed or _state(actor1))) \
            and not _has(_POLICE_WORDS, doers)
    elif lemma == "close":
        # "Turkish forces closed all entrances to Afrin" (not "the shop closed", "police closed the road after a crash")
        ok = (_fighting_side(actor1) or _has(_FORCES, doers) or _has(_ARMED_DOERS, doers)) \
            and _has(_CLOSED_PLACE, (after or text)[:80]) and not _has(_POLICE_WORDS, doers)
    elif lemma in ("form", "create", "formation", "creation"):
        ok = _has(_NEW_GROUP, text)
    elif lemma in ("distribute", "deliver"):
        ok = _has(_AID_GIVEN, text) and not _state(actor1) and (
            _fighting_side(actor1) or _has(_ARMED_DOERS, doers))
    elif lemma in _GROUP_RULE_WORDS:
        return _group_rule(lemma, text, actor1, after, doers)
    elif lemma in _GROUP_ACTS:
        return _group_act(lemma, text, actor1, after, doers, armed)
    else:
        ok = False
    if not ok:
        return None
    return Coding("Strategic developments", "Change to group/activity", "MOBILIZE", None, "154", 0.5,
                  "armed actor's movement or measure")


# a non-state armed group's own activity, or a security operation, told by a word of its own
_GROUP_ACTS = frozenset({"search", "split", "splinter", "train", "training", "graduate", "incursion", "meeting", "sight",
                         "spot", "mass", "roadblock", "parade"})


def _group_act(lemma: str, text: str, actor1: ActorRecord | None, after: str | None, doers: str,
               armed: bool) -> Coding | None:
    """An armed group's presence or activity (sighted, massing, meeting, setting up roadblocks, parading, training,
    splitting, an incursion) or forces' search of an area (ACLED codebook 2019+, Change to group/activity; old
    codebook, Strategic development: "incursions or rallies", "non-violent activity of armed groups"); an incursion
    met by forces or aimed at an enemy is a fight (Battles). None for the same words with no armed side."""
    if lemma == "search":
        # "soldiers searched houses in X", "police searched the neighbourhood": a cordon-and-search operation (ACLED
        # codebook 2019+, Change to group/activity: security measures); not one suspect's home in a crime story
        ok = (_state(actor1) or _has(_FORCES, doers) or _has(_POLICE_WORDS, doers)) \
            and _has(_SEARCHED_AREA, (after or text)[:80]) and not _has(_MANHUNT, after or text)
    elif lemma in ("split", "splinter"):
        # "a faction of the FPRC split from the movement" (ACLED codebook 2019+, Change to group/activity: a group
        # splitting; old codebook, Strategic development)
        ok = _has(_SPLIT_OFF, text) and not _state(actor1)
    elif lemma in ("train", "training", "graduate"):
        # "Al Shabaab trained 300 recruits in a camp near X", "graduated fighters from its camp": an armed group's
        # activity, not a state's (a course for soldiers or police is no event)
        ok = not _state(actor1) and not _has(_POLICE_WORDS, doers) and (
            _fighting_side(actor1) or _has(_ARMED_GROUP_WORDS, doers) or _has(_ARMED_DOERS, doers)) \
            and _has(_FIGHTERS_TRAINED, text)
    elif lemma == "incursion":
        # "militants made an incursion into Mandera county", "troops made an incursion across the border" with no fight
        # told (ACLED codebook, Strategic developments; old codebook: "incursions"); one that is repelled is a fight
        if (armed or _has(_MOVERS, text)) and _has(_REPELLED, text):
            # "troops repelled an Al Shabaab incursion", "an incursion against the rebels": forces meeting the incursion,
            # or the incursion an attack on an enemy, a fight (ACLED codebook, Battles)
            return Coding("Battles", "Armed clash", "FIGHT", None, "190", 0.5, "incursion repelled or against an enemy")
        ok = (armed or _has(_MOVERS, doers)) and not _has(_FIGHT, text)
    elif lemma == "meeting":
        # "Al Shabaab militants held a meeting with elders": a named armed group's or armed men's meeting, not one of
        # a task force or a committee
        ok = not _state(actor1) and (actor1 is not None and actor1.kind in ("jihadist", "armed_group")
                                     or _has(_ARMED_GROUP_WORDS, doers) or _has(_ARMED_DOERS, doers)) \
            and not _has(_POLICE_WORDS, doers)
    else:  # sight, spot, mass, roadblock, parade
        # "militants were sighted near Dikwa", "fighters massed near Dinsor", "militiamen set up roadblocks": a
        # non-state armed group's presence or activity
        ok = not _state(actor1) and (_fighting_side(actor1) or _has(_ARMED_GROUP_WORDS, doers)
                                     or _has(_ARMED_DOERS, doers)) and not _has(_POLICE_WORDS, doers)
        if lemma == "roadblock":
            ok = ok and _has(_ROADBLOCK_SET, text)
    if not ok:
        return None
    return Coding("Strategic developments", "Change to group/activity", "MOBILIZE", None, "154", 0.5,
                  "armed group's activity or security operation")


# rule by a non-state armed group over the people where it holds sway: levies collected, things banned, schools
# or markets closed (ACLED codebook 2019+, Strategic developments: Other; old codebook, Strategic development:
# "non-violent activity of armed groups")
_GROUP_RULE_WORDS = frozenset({"collect", "tax", "ban"})
_LEVIES = re.compile(r"\b(?:tax\w*|zakat|levies|levy|tolls?|fees|dues|tributes?|contributions?|money|cash|livestock|"
                     r"cattle|goats|camels)\b", re.I)
_ROADBLOCK_SET = re.compile(r"\b(?:set(?:ting)?|put(?:ting)?|mount\w*|erect\w*|establish\w*|install\w*|plac\w*|"
                            r"man(?:ned|ning)?|build|built)\b[^.;]{0,40}?\broad ?blocks?\b|\broad ?blocks?\b[^.;]{0,30}?"
                            r"\b(?:were|was|have been|had been)\s+(?:\w+\s+)?(?:set up|put up|mounted|erected|established|"
                            r"installed|placed|manned)\b", re.I)


# a search for someone ("searched the area for the suspect"): a manhunt, not a security operation
_MANHUNT = re.compile(r"^\w+\s+(?:[\w'-]+\s+){0,4}?for\b", re.I)
# an incursion met by forces ("repelled an incursion", "foiled an incursion")
# or aimed at an enemy ("an incursion against the rebels' positions")
_REPELLED = re.compile(r"\b(?:repel\w*|repuls\w*|foil\w*|thwart\w*|beat back|beaten back|pushed back|push back|"
                       r"counter-?attack\w*|countered)\b|"
                       r"\bincursions?[\s,]+(?:[\w-]+[\s,]+){0,3}?(?:against|targeting|targetting)\b", re.I)
# what a cordon-and-search operation searches: many homes or an area
_SEARCHED_AREA = re.compile(r"^\w+\s+(?:[\w'-]+\s+){0,3}?(?:houses|homes|compounds|neighbou?rhoods?|villages?|quarters?|"
                            r"districts?|areas?|zones?|camps?|markets?|localities)\b", re.I)
# a faction breaking away from an armed group ("a faction of the rebels split from the movement")
_SPLIT_OFF = re.compile(r"\b(?:factions?|wings?|commanders?|splinter|breakaway|group)\b[^.;]{0,60}?\b(?:split|splintered|"
                        r"broke away)\b|\b(?:split|splintered|broke away)\s+(?:off\s+)?(?:from|with)\s+(?:the\s+)?[^.;]{0,40}?"
                        r"\b(?:movement|group|rebels?|militia|front|army|coalition|alliance|[A-Z]{3,})\b", re.I)
_FIGHTERS_TRAINED = re.compile(r"\b(?:recruits|fighters|militants|militiamen|combatants|youths?|young men|child soldiers|"
                               r"training camps?|military training|weapons training)\b", re.I)


def _group_rule(lemma: str, text: str, actor1: ActorRecord | None, after: str | None, doers: str) -> Coding | None:
    """A non-state armed group collecting levies ("Al Shabaab collected zakat from farmers"), taxing people or
    banning things ("banned the use of mobile phones"): its rule over people, Strategic developments (Other).
    None for a state or the police (a tax or a ban by a government is no ACLED event) and for everyday words
    ("collected the children from school")."""
    if _state(actor1) or _has(_POLICE_WORDS, doers) or not (
            _fighting_side(actor1) or _has(_ARMED_GROUP_WORDS, doers) or _has(_ARMED_DOERS, doers)):
        return None
    if lemma == "collect" and not _has(_LEVIES, (after or text)[:80]):
        return None
    return Coding("Strategic developments", "Other", "COERCE", None, "17", 0.45, "armed group's rule over people")


# what is destroyed: trees and crops, windows and fronts, buildings (ACLED codebook, Looting/property destruction)
_TREES = re.compile(r"\b(?:trees?|olive|seedlings?|saplings?|vines?|vineyards?|crops?|orchards?|plantations?|groves?|"
                    r"palms?|fields?)\b", re.I)
_OWNED = re.compile(r"\b(?:owned|belong\w*|property of|of (?:\w+ ){0,2}?(?:farmers|villagers|residents|families)|"
                    r"farmers'|villagers'|residents')\b|-owned\b", re.I)
_SMASHED = re.compile(r"\b(?:windows?|glass|fronts?|facades?|doors?|gates?|offices?|shops?|stores?|cars?|vehicles?|"
                      r"cameras?|ballot boxes|equipment|furniture|property|statues?|monuments?|headquarters|"
                      r"homes?|houses?|buildings?|structures?|shelters?|tents?|walls?|fences?)\b", re.I)
_SETTLERS = re.compile(r"\b(?:settlers?|colonists)\b", re.I)


def _destruction(spec: TriggerSpec, text: str, actor1: ActorRecord | None, after: str | None) -> Coding | None:
    """Property destroyed with a word of its own: trees uprooted or cut down, windows smashed, homes bulldozed, by an
    armed, state or organised actor or on someone else's land; None for everyday use ("cut down on sugar", "the
    farmer cut down an old tree") and when people were hurt (the violence is the event)."""
    if _has(_PEOPLE_HARMED, text) and not _has(_NO_HARM, text):
        return None
    obj = after or text
    doers = _doer_side(text, after)
    organised = (actor1 is not None and not _is_crowd(actor1) and actor1.kind != "unknown") or \
        _has(_FORCES, doers) or _has(_ARMED_GROUP_WORDS, doers) or _has(_ARMED_DOERS, doers) or _has(_SETTLERS, text)
    if spec.lemma in ("uproot", "cut down"):
        ok = _has(_TREES, obj[:120] if not re.search(r"\b(?:were|was|been|being)\s+(?:\w+\s+)?(?:uprooted|cut)\b", text, re.I)
                  else text) and (organised or _has(_OWNED, text))
    else:  # smash, bulldoze
        ok = _has(_SMASHED, obj[:120]) and organised and not _is_crowd(actor1) and not _has(_PROTEST_WORDS, text)
    if not ok:
        return None
    return Coding("Strategic developments", "Looting/property destruction", "COERCE", "seize", "1711", 0.5,
                  "property destroyed, nobody hurt")


# people who flee, and what they flee: fighting, armed men, insecurity (ACLED codebook, Other: displacement)
_FLEEING_PEOPLE = re.compile(r"\b(?:villagers|residents|families|people|civilians|individuals|households|inhabitants|"
                             r"IDPs|persons|women|children|farmers|herders|locals|population|refugees|thousands|hundreds|"
                             r"\d[\d,]*)\b", re.I)
_CONFLICT_CAUSE = re.compile(r"\b(?:fighting|clash\w*|hostilities|attacks?|violence|insecurity|war|war-affected|conflict|"
                             r"armed|gunmen|militants|rebels|insurgents|jihadists|terrorists|militia\w*|bandits|"
                             r"military operations?|offensive|shelling|airstrikes?|bombing|raids?|threats?|"
                             r"troops|soldiers|army|fighters)\b", re.I)
_NOT_DISPLACED = re.compile(r"\bfled (?:the )?(?:scene|country|prison|jail|custody|the police)\b|\bfled on foot\b|"
                            r"\b(?:suspects?|assailants|attackers|gunmen|militants|thieves|robbers|perpetrators|driver) "
                            r"(?:\w+ ){0,3}?fled\b|\bfled\b[^.;]{0,20}\b(?:arrest|justice)\b", re.I)


def _flight(text: str, actor1: ActorRecord | None) -> Coding | None:
    """People fleeing their homes because of a conflict (ACLED codebook, Strategic developments: Other,
    displacement); None when the fleeing ones are attackers or suspects, when no conflict is named, or when
    people were hurt (the violence is the event)."""
    if _has(_NOT_DISPLACED, text) or _fighting_side(actor1) and not _is_crowd(actor1) or _has(_PROTEST_WORDS, text) \
            or re.search(r"\bsit-?ins?\b", text, re.I):  # "refugees displaced from Syria held a sit-in": the protest
        return None
    if (_has(_HARMED, text) or _has(_PEOPLE_HARMED, text)) and not _has(_NO_HARM, text):
        return None
    if not (_has(_FLEEING_PEOPLE, text) and _has(_CONFLICT_CAUSE, text)):
        return None
    return Coding("Strategic developments", "Other", "RETREAT", None, None, 0.45, "people displaced by a conflict")


# SD act and a fight in one report: ACLED codes the fight ("arrested after a firefight", "seized weapons after
# killing two militants", "dismantled their camp and killed one of their chiefs")
_FIGHT = re.compile(r"\b(?:clash(?:ed|es)?|exchang\w* (?:of )?fire|exchanged (?:gun)?fire|firefights?|gun ?battles?|"
                    r"(?:an?|the) (?:armed |brief |fierce |heavy )?encounter|fighting (?:with|against|between)|"
                    r"shoot-?outs?|fought|fought off|engaged in (?:a )?(?:fight|combat|battle)|(?:heavy|fierce) fighting|"
                    r"repell?(?:ed|ing) (?:an? |the )?(?:\w+ )?(?:attacks?|assaults?|incursions?)|"
                    r"repuls(?:ed|ing) (?:an? |the )?(?:\w+ )?(?:attacks?|assaults?)|"
                    r"return(?:ed|ing)? fire|open(?:ed)? fire (?:on|at) (?:the )?(?:soldiers|troops|police\w*|forces|"
                    r"officers|agents))\b", re.I)
# the next sentence telling of the fight the act was part of ("Two others were killed in the exchange.")
_FIGHT_NEXT = re.compile(r"\b(?:during|in) the (?:ensuing |subsequent )?(?:exchange|clash|fighting|encounter|firefight|"
                         r"gunfight|shoot-?out|battle|gun ?battle)\b", re.I)
_SD_AFTER_FIGHT = frozenset({"Arrests", "Disrupted weapons use", "Looting/property destruction",
                             "Change to group/activity", "Headquarters or base established"})


_NO_FIGHT_TOLD = re.compile(r"\bwithout (?:any |a )?(?:fight\w*|clash\w*|resistance|combat)\b|\bno (?:clash\w*|fighting)\b", re.I)
_RELATIVE = re.compile(r"\b(?:that|which|who)\b[^.;,]{0,60}", re.I)


def _fight_first(spec: TriggerSpec, text: str, following: str) -> Coding | None:
    """Battles (Armed clash) when the sentence that tells of an arrest, a seizure, a dismantled camp or a move of
    forces also tells of a fight or of fighters killed: the violence is the event (ACLED codebook)."""
    if spec.sub_event_type not in _SD_AFTER_FIGHT:
        return None
    told = re.sub(r"\b(?:suspected of|accused of|charged with|responsible for|in connection (?:with|to)|wanted for|"
                  r"for (?:their|his|her|the) (?:role|involvement|part) in)\b[^.;]{0,90}", " ", text, flags=re.I)
    if spec.sub_event_type in ("Change to group/activity", "Headquarters or base established"):
        # a move or a base for a fight told as its reason ("reinforcements brought in amid the ongoing clashes",
        # "a base installed due to continued attacks", "forces that recently clashed"): the move is the event
        told = _RELATIVE.sub(" ", _REASON_PHRASE.sub(" ", told))
    near = told + " " + (following[:250] if re.search(r"\bduring (?:the|this) (?:operation|raid|arrest|search)\b",
                                                      following[:250], re.I) else "")
    if _has(_FIGHT, near) or _has(_FIGHT_NEXT, following[:250]) or _has(_ARMED_HARMED_FIGHT, told) and not _has(_NO_HARM, told) or _armed_place_hit(told):
        return Coding("Battles", "Armed clash", "FIGHT", None, "190", 0.5, "fight told with a strategic act")
    return None


# an armed side, or its camp, base or hideout, attacked, raided or destroyed ("ambushed Boko Haram fighters and
# recovered 5 rifles", "raided a militant camp and arrested 12 insurgents", "destroyed the rebels' camps"): ACLED
# codebook, Battles ("a violent interaction between two politically organised armed groups"; the old codebook's
# "Battle-No change of territory"); the arrest or seizure that follows is its outcome. Camps of the displaced are
# no armed side's.
_ARMED_PLACE_HIT = re.compile(
    r"\b(?:ambush\w*|attack(?:ed|ing)|raid(?:ed|ing)|storm(?:ed|ing)|assault(?:ed|ing)|overr[au]n|destroy\w*|dismantl\w*|"
    r"raz(?:ed|ing)|clear(?:ed|ing)|dislodg\w*|overwhelm\w*|sack(?:ed|ing))\s+(?:(?!and\b|or\b|then\b)[\w'-]+\s+){0,4}?"
    r"(?:fighters|militants|insurgents|rebels|jihadists|terrorists|militiamen|gunmen|camps?|hide-?outs?|bases?|"
    r"enclaves?|strongholds?|positions|dens?|training (?:camps?|grounds?))\b", re.I)
_DISPLACED_CAMP = re.compile(r"\b(?:IDPs?|refugees?|displace\w*|civilians?|villagers|residents|farm\w*|herders?|"
                             r"cattle|markets?|houses|homes)\b", re.I)


def _armed_place_hit(text: str) -> bool:
    """Does the sentence tell of an armed side, or its camp or base, attacked or destroyed?"""
    found = _ARMED_PLACE_HIT.search(text)
    return found is not None and not _has(_DISPLACED_CAMP, found.group(0))


_ARMED_HARMED_FIGHT = re.compile(r"\b(?:kill\w*|neutrali[sz]\w*|eliminat\w*)\s+(?:[\w-]+\s+){0,4}?(?:militants|fighters|"
                                 r"insurgents|rebels|jihadists|terrorists|militiamen|gunmen|assailants|attackers|"
                                 r"bandits|chiefs?|commanders?|leaders?)\b|\b(?:militants|fighters|insurgents|rebels|"
                                 r"jihadists|terrorists|gunmen|assailants|attackers|bandits)\b[^.;]{0,30}?\b(?:were|was)\s+"
                                 r"(?:\w+\s+)?(?:killed|neutrali[sz]ed|eliminated)\b", re.I)


_ACTIVITY_WORDS = frozenset({"column", "arrive", "dispatch", "enter", "checkpoint", "check point", "seal off", "cordon off",
                             "distribute", "deliver", "move", "relocate", "reposition", "amass", "close", "form", "create",
                             "formation", "creation", "collect", "tax", "ban", "sight", "spot", "mass", "meeting",
                             "roadblock", "split", "splinter", "train", "training", "graduate", "return", "search",
                             "station", "cross", "pass", "incursion", "parade"})
# what forces who entered or arrived then did, which is the event
_ACT_AFTER_ENTRY = re.compile(r"\b(?:arrest\w*|detain\w*|abduct\w*|kidnap\w*|loot\w*|burn\w*|torch\w*|seiz\w*|raid\w*|"
                              r"search\w*|destroy\w*|demolish\w*|confiscat\w*|stole|steal\w*|threaten\w*|recruit\w*|"
                              r"took (?:control|over)|occup\w*|capture\w*|round\w* up)\b", re.I)
_MOVE_WORDS = frozenset({"column", "arrive", "dispatch", "enter", "move", "relocate", "reposition", "amass", "mass",
                         "return", "station", "cross", "pass", "incursion"})
_PLACE_ENTERED = re.compile(r"\b(?:towns?|villages?|city|cities|district|areas?|territor\w*|region|province|locality|"
                            r"neighbou?rhoods?|camps?|markets?|countryside|outskirts|border|[A-Z][a-z]+)\b")
# places forces close ("closed all entrances to the city", "closed the border crossing")
_CLOSED_PLACE = re.compile(r"\b(?:entrances?|entries|exits?|roads?|highways?|crossings?|borders?|passages?|routes?|"
                           r"schools?|markets?|shops?|mosques?|churches|clinics?|"
                           r"access|town|city|district|area|villages?|neighbou?rhoods?|camps?|bridges?)\b", re.I)
# a new armed group formed (ACLED codebook: new group formation is a change to group/activity)
_NEW_GROUP = re.compile(r"\b(?:form\w*|creat\w*|establish\w*|launch\w*|found(?:ed|ing|ation)?)\s+(?:of\s+)?(?:a |an |the |their |its )?"
                        r"(?:new )?(?:[\w'-]+ ){0,3}?(?:armed groups?|militias?|rebel (?:groups?|movements?)|brigades?|battalions?|"
                        r"self-defen[cs]e (?:groups?|forces?|militias?|units?)|vigilante (?:groups?|committees?)|armed wings?|"
                        r"insurgent groups?|jihadist groups?|military (?:forces?|councils?|alliances?|coalitions?)|"
                        r"armed (?:coalitions?|alliances?|movements?))\b"
                        # told in the passive ("a new armed group calling itself X was formed in Y")
                        r"|\b(?:armed groups?|militias?|rebel (?:groups?|movements?)|self-defen[cs]e (?:groups?|forces?|"
                        r"militias?)|vigilante (?:groups?|committees?)|insurgent groups?|jihadist groups?|"
                        r"armed (?:coalitions?|alliances?|movements?))\b[^.;]{0,60}?\b(?:was|were|has been|had been|is)\s+"
                        r"(?:\w+\s+)?(?:formed|created|established|launched|founded)\b", re.I)
_DESTRUCTION_WORDS = frozenset({"uproot", "cut down", "smash", "bulldoze"})
_FLIGHT_WORDS = frozenset({"flee", "displace", "displacement"})
# forces, not a place, as what is withdrawn ("withdrew 300 troops", "pulled out two battalions")
_TROOPS_MOVED = re.compile(r"^\w+\s+(?:[\w,'-]+\s+){0,6}?(?:troops|soldiers|forces|batteries|battalions?|brigades?|"
                           r"units?|contingents?|personnel|fighters|peacekeepers|equipment|tanks|vehicles)\b", re.I)
_PEOPLE_EVACUATED = re.compile(r"\b(?:villagers|residents|families|people|civilians|individuals|households|inhabitants|"
                               r"persons|women|children|locals)\b[^.;]{0,60}?\bevacuat\w*|\bevacuat\w*\s+(?:[\w,'-]+\s+){0,4}?"
                               r"(?:villagers|residents|families|people|civilians|individuals|households|inhabitants|"
                               r"persons|women|children|locals)\b", re.I)
