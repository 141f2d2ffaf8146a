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
``sides`` (who acts against whom), ``weapons`` (the weapon named), ``protests`` (Protests and
Riots) and ``strategic`` (Strategic developments and the "Other" events told with a violent word).
"""

from __future__ import annotations

import re

from .actors import ActorRecord
from .lexicon import Lexicon, TriggerSpec
from .codes import Coding
from .cues import (
    _ABDUCTED, _ARMED_PEOPLE, _BASE_WORDS, _DEMONSTRATION, _FORCES, _GOODS, _GRIEVANCE, _HARMED, _NO_HARM,
    _PEOPLE_HARMED, _PROTEST_CUE, _PROTEST_WORDS, _RIOT_ACTS, _SECURITY_VICTIM, _STATE_FORCE, _STATE_SIDE,
    _SYMBOLIC_BURNING, _TWO_SIDED, _UNARMED_DOERS, _WEAPON_CACHE, _has,
)
from .sides import (
    _doer_side, _fighting_side, _foreign, _is_crowd, _kind, _off_duty, _state, _target_side, communal_doers,
)
from .weapons import _weapon
from .protests import _people_blocking, _protest, replace_spec
from .strategic import _other, _strategic


__all__ = ["code_event"]

_GROUND_WORDS = re.compile(r"\b(clash\w*|fight(?:s|ing)?|fought|gunfight|firefight|ambush\w*|battle\w*|combat|ground|troops|gunmen|shot|shoot\w*)\b", re.I)
_SUB_PLOVER = {
    "Air/drone strike": ("FIGHT", "aerial", "195"),
    "Shelling/artillery/missile attack": ("FIGHT", "artillery", "194"),
    "Remote explosive/landmine/IED": ("ASSAULT", "explosives", "183"),
    "Suicide bomb": ("ASSAULT", "suicide-bomb", "1831"),
    "Grenade": ("ASSAULT", "explosives", "183"),
    "Chemical weapon": ("FIGHT", "CBRN", "196"),
}


_SMALL_ARMS = re.compile(r"\b(small arms|(?<!heavy )machine[- ]?guns?|gunfire|rifles?|firearms?|shots|gunshots?|"
                         r"light weapons|bursts of fire)\b", re.I)
_PLACE_TARGET = re.compile(
    r"\b(?:attack\w*|raid\w*|storm\w*|invad\w*|burn\w*|torch\w*)\s+(?:[\w'-]+\s+){0,5}?"
    r"(village|villages|hamlet|homes?|house|houses|residence|shops?|stores?|market|school|church|mosque|farm|farms|"
    r"settlement|camp for|mining site|gold mine)\b", re.I)


_LABOUR_STRIKE = re.compile(
    r"\b(on strike|went on (?:a |an )?(?:[\w'-]+\s+){0,2}?strike|hunger strike|general strike|strike (?:action|notice|to demand|demanding|over|against|for)|"
    r"workers?\b.*\bstrike|strike\b.*\b(?:demand|wages|salar)|"
    r"(?:observ|beg[au]n|launch|call|stag|declar|start|h[eo]ld|announc|continu|extend|organi[sz]|join)\w*\s+"
    r"(?:a |an |the |their |its )?(?:[\w'-]+\s+){0,3}?strike|"
    r"\d+[- ](?:hours?|days?|weeks?)[- ](?:long )?strike|(?:indefinite|labou?r|sit-down|wildcat|nationwide|national|"
    r"teachers'?|workers'?|transport|doctors'?) strike)", re.I)
_EXCHANGE = re.compile(r"\b(exchang\w*|clash\w*|fight(?:s|ing)?|fought|firefight|gun ?battle|battl\w*|engag\w*|repuls\w*|repell\w*|confront\w*|"
                       r"rout(?:ed|ing)?|fought off|drove (?:them |the \w+ )?(?:off|back|away)|pushed (?:them |the \w+ )?back)\b", re.I)


_CIVILIAN_KINDS = ("civilians",)


# an armed target named by what it is, not who: "fired at the positions of", "ambushed a patrol"
_ARMED_TARGET = re.compile(r"\b(positions?|patrols?|"
                           # a convoy of trucks or traders is not an armed target
                           r"convoys?(?! of (?:[\w'-]+ ){0,2}?(?:trucks|lorries|vehicles|buses|cars|traders|merchants|civilians|"
                           r"passengers|food|aid|humanitarian|supplies|goods|fuel|tankers))|checkpoints?|outposts?|barracks|military base|"
                           r"army base|troops|soldiers|policemen|police officers|gendarmes|militants|fighters|rebels|insurgents|"
                           r"militiamen|militia members|vigilantes|VDPs?|"
                           r"self-defen[cs]e \w+|defen[cs]e volunteers|(?:armed|security) escorts?|bodyguards?|guards)\b", re.I)
# "to combat the spread of the virus", "fight against corruption": not an armed event
_ABSTRACT_TARGET = re.compile(
    r"\b(?:combat\w*|fight\w*|battl\w*|tackl\w*|target\w*)\s+(?:against\s+)?(?:the\s+)?(?:spread|virus|coronavirus|covid\S*|"
    r"pandemic|epidemic|outbreak|disease|corruption|poverty|crime|inflation|unemployment|hunger|fire|flood|"
    r"locusts?|drug|narcotic|smuggling|misinformation|impunity|terrorism|extremism|radicali[sz]ation|organi[sz]ed crime|"
    r"transnational|illegal|graffiti|climate|discrimination|racism|cancer|addiction|competition|fraud)"
    r"|\b(?:legal|court|custody|political|electoral|uphill|ratings|price|title|relegation|playoff)\s+(?:battles?|fights?)\b"
    r"|\b(?:battl\w*|fight\w*|fought|clash\w*)\s+(?:\w+\s+){0,4}?(?:in|with|before) (?:the )?(?:courts?|judges?|lawmakers|"
    r"regulators|congress|parliament|senate)\b", re.I)
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


_PLACE_WORDS = re.compile(r"\b(town|village|city|district|area|territory|control|region|province|locality|base|"
                          r"positions?|hill|airport|border|camp|neighbou?rhood|island|port|front)\b", re.I)
_SHOT_DOWN = re.compile(r"\b(?:shot|shoot\w*|brought|bring\w*) down\b|\bdown(?:ed|ing)\b|\bintercept\w*", re.I)
_AIR_OBJECT = re.compile(r"\b(drones?|UAVs?|aircraft|planes?|helicopters?|missiles?|rockets?|jets?|warplanes?)\b", re.I)
_DISRUPTED = re.compile(
    r"\b(defus\w*|diffus\w*|dismantl\w*|deactivat\w*|disarm\w*|dispos\w*|recover\w*|seiz\w*|confiscat\w*|"
    r"found|discover\w*|unearth\w*|cache|prematurely|accidentally|while (?:planting|assembling|making|handling|manufacturing)|"
    r"controlled (?:explosion|detonation)|unexploded|(?:failed|did not|didn't|does not) (?:to )?(?:explode|detonate|go off)|"
    # "neutralised two IEDs", "destroyed an explosive device": the device made harmless, not people
    r"(?:neutrali[sz]\w*|destroy\w*|detonat\w* safely|safely detonat\w*) (?:\w+ ){0,3}?(?:IEDs?|improvised explosive devices?|"
    r"explosive devices?|(?:land)?mines?|explosives|bombs?|devices?))\b", re.I)
_PRISONERS = re.compile(r"\b(prisoners?|detainees?|hostages?|captives?|inmates?|abductees?|kidnapped|abducted|"
                        r"held captive|in captivity)\b", re.I)
_TYRES = re.compile(r"\b(tyres?|tires?|barricad\w*|road ?blocks?|blocked (?:the |several |a )?(?:roads?|highway|streets?))\b", re.I)


_ARMED_MEMBER = re.compile(
    r"\b(?:gang|militia|cartel|armed group|division|brigade|battalion|army|rebel|insurgent|militant|police|security|"
    r"intelligence|military)s?\s+(?:\w+\s+)?members?\b|"
    r"\bmembers? of (?:the |an? )?(?:[\w'-]+ ){0,4}?(?:gang|militia|cartel|division|brigade|battalion|army|forces|"
    r"armed group|command|comando|rebels?|police|intelligence|security|guard)\b", re.I)


_SNIPER = re.compile(r"\bsnipers?\b|\bsniper (?:fire|shots?)\b", re.I)
_ARMED_WORDS = re.compile(r"\b(armed|gun\w*|firearms?|rifles?|fire|shots?|shooting|militia\w*|fighters?|militants?|"
                          r"rockets?|mortars?|soldiers|troops|forces)\b", re.I)
_COMMUNITY = re.compile(r"\b(communit\w*|villagers|residents|families|tribesmen|clans?|neighbou?rs|students|groups|"
                        r"supporters|locals|youths|(?:land|property|border|water) disputes?)\b", re.I)
# clans, tribes and communal militias fighting one another are identity militias (ACLED codebook, inter
# code 4: their clashes are Battles, their attacks on unarmed people Violence against civilians), not a crowd
_CLAN = re.compile(r"\b(?:clans?|inter-?clan|sub-?clans?|tribes|tribal|tribesm[ae]n|inter-?tribal|inter-?communal|"
                   r"communal militias?|ethnic militias?|clan militias?)\b", re.I)


# fighting between clans or tribes told as such ("inter-clan violence erupted, leaving 5 people dead"):
# clan and tribal militias are identity militias (ACLED codebook, inter code 4), and their fighting
# one another is a Battle, whoever died; "communal" is left out (in South Asia communal riots are mobs)
_CLAN_FIGHT = re.compile(
    r"\b(?:inter-?clan|intra-?clan|sub-?clan|clan|inter-?tribal|tribal|inter-?ethnic)\s+(?:violence|clash\w*|fighting|fights?|"
    r"conflicts?|hostilities|feuds?|war\w*|battles?)\b|\b(?:clash\w*|fighting|violence|hostilities|feud)\s+between\s+"
    r"(?:the\s+)?(?:two\s+|rival\s+|several\s+)*(?:[A-Z][\w'-]+\s+)?(?:clans|sub-?clans|tribes|clan militias)\b")
_MOB = re.compile(r"\b(mob|lynch\w*|angry crowd|vigilantes?)\b", re.I)
# unarmed people named as the doers: neighbours, locals, a group of people, a crowd (ACLED codebook, inter
# code 5: rioters), and the acts of mob justice (a suspected thief or witch beaten, a quarrel over land)
_CROWD_DOERS = re.compile(
    r"\b(?:community members|members of the (?:local )?community|local (?:people|residents|youths|men)|locals|residents|"
    r"villagers|neighbou?rs|relatives|family members|(?:group|crowd|band) of (?:\w+ )?(?:people|men|persons|residents|"
    r"villagers|youths|locals|neighbou?rs|women)|(?:angry|irate|enraged) (?:\w+ )?(?:crowd|residents|villagers|youths|"
    r"people|locals)|crowd)\b", re.I)
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


def _crowd_doer_side(text: str, after: str | None) -> str:
    """Where a clause names its doers: before the trigger, or after "by" in the passive."""
    agents = " ".join(m.group(0) for m in _AGENT_PHRASE.finditer(text))
    return _doer_side(text, after) + " " + agents


# ACLED codebook: an attack met with return fire is a two-sided Battle, whatever the first weapon
# ("threw a grenade at police, who responded with gunfire", "responded to the shelling", "fired back")
_RESPONSE = re.compile(
    r"\b(?:respond\w*|react\w*|retaliat\w*)\s+(?:with|to|by)\s+(?:[\w'-]+\s+){0,3}?(?:fire|gunfire|shots|shooting|shelling|"
    r"attacks?|the fire)\b|\breturn(?:ed|ing)? (?:the )?fire\b|\b(?:fired|firing|shot|shooting) back\b|\bexchange of fire\b|"
    r"\b(?:repell?(?:ed|ing)?|repuls(?:ed|ing)|fought off) (?:the|an|a|their) (?:(?:armed|jihadist|terrorist|militant|enemy) )?"
    r"(?:attacks?|assaults?|attackers|assailants|incursions?)\b|"
    # the attackers killed by those they attacked or by forces who came to their help
    r"\b(?:kill\w*|neutrali[sz]\w*) (?:\w+ ){0,3}?(?:of the )?(?:assailants|attackers)\b|"
    r"\b(?:assailants|attackers) (?:were|was) (?:\w+ )?(?:killed|neutrali[sz]ed)\b", re.I)
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
# acts that are violence against civilians whoever the victim is (ACLED codebook: torture, executions
# and massacres target people who are unarmed or in custody)
_ALWAYS_CIVILIAN = frozenset({"torture", "massacre", "execute", "execution", "behead", "slaughter", "strangle",
                              "burn alive"})
# armed auxiliaries among the people harmed ("killing 6 people, including 2 VDP members"): pro-government
# militias and self-defence groups fight back, which makes the attack a Battle (ACLED codebook, Battles)
_AUXILIARY = re.compile(r"\b(?:VDPs?|VDP (?:members?|volunteers?|elements?)|volunteers for the defen[cs]e of the homeland|"
                        r"self-defen[cs]e (?:group )?members?|Koglweogos?|Dozos?|Dozo hunters)\b", re.I)
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
    r"\bdetainees\b", re.I)
_KILL_LEMMAS = frozenset({"kill", "shoot", "shoot dead", "murder", "slay", "eliminate", "neutralize", "neutralise", "hang",
                          "stab", "beat", "dead"})
# an arson attack or incendiary bombs thrown at property, with nobody hurt: property destruction
_ARSON = re.compile(r"\barson\w*|\bmolotov|\bpetrol bombs?|\bfirebomb\w*|\bincendiary", re.I)


# who commits sexual violence ACLED records: armed men, soldiers, police, militias ("raped by soldiers")
_SEXUAL_PERPETRATOR = re.compile(r"\b(?:armed|assailants|attackers|militiamen|soldiers|troops|(?:by|of) (?:the )?police|"
                                 r"policem[ae]n|police officers|gendarmes|security forces|combatants|captors|kidnappers)\b", re.I)


_VICTIM_NOUNS = (r"(?:persons?|people|civilians?|villagers?|residents?|passengers?|drivers?|travell?ers?|traders?|women|"
                 r"children|men|man|woman|worshippers|miners|farmers?|herders?|herdsmen|shepherds?|pastoralists|merchants|"
                 r"guests|mourners|pupils|students|teachers|"
                 r"workers|employees|shoppers|fishermen|family members|relatives)")
_HARMED_PEOPLE = re.compile(r"\b" + _VICTIM_NOUNS + r"\b[^.;]{0,40}\b(?:killed|injured|wounded|hurt|died|dead|abducted|"
                            r"kidnapped)\b|\b(?:killing|killed|injuring|injured|wounding|wounded|abducting|abducted|"
                            r"kidnapping|kidnapped)\s+(?:\w+\s+){0,3}?" + _VICTIM_NOUNS + r"\b", re.I)
# fighters or security personnel harmed ("killed 7 militants", "wounding two soldiers")
_ARMED_HARMED = re.compile(r"\b(?:kill\w*|injur\w*|wound\w*|neutrali[sz]\w*|eliminat\w*)\s+(?:[\w-]+\s+){0,3}?(?:militants|fighters|"
                           r"insurgents|rebels|jihadists|terrorists|militiamen|gunmen|soldiers|troops|policemen|gendarmes)\b",
                           re.I)
# a toll with no victim named ("left 8 dead", "killing 5", "3 were killed"): with no armed target and no fight
# named, the dead of an armed group's attack are taken as civilians (see the rule that reads it)
_UNNAMED_TOLL = re.compile(r"\b(?:left|leaving|killing|killed)\s+(?:at least\s+|about\s+|some\s+|around\s+)?\d+\s*"
                           r"(?:dead|people|persons|others|\.|,|$)|\b\d+\s+(?:people\s+|persons\s+)?(?:were\s+)?(?:killed|dead)\b",
                           re.I)


_FIREARM_LEMMAS = frozenset({"shoot", "gun", "fire", "gunfire", "shootout", "shoot-out", "firefight", "gunfight",
                             "gunbattle", "crossfire", "ambush", "shoot dead"})
_GUNPLAY = re.compile(r"\b(?:exchang\w* (?:of )?(?:gun)?fire|opened fire|fired (?:at|on|shots)|shoot-?outs?|shootings?|"
                      r"gunfire|gunshots?|firearms?|rifles?|pistols?|bullets?|gangs?|cartels?|criminal groups?|"
                      r"drug traffick\w*)\b", re.I)
# a victim described as a gang member or a trafficker is a member of an armed group (ACLED: Battles)
_GANG_VICTIM = re.compile(r"\b(?:charges? against (?:him|her|them)|involved (?:in|with) (?:a |the )?gangs?|"
                          r"(?<!by )(?:alleged|suspected|known) (?:gang|cartel) members?|(?<!by )(?<!alleged )(?<!suspected )"
                          r"gang members?|drug traffickers?|"
                          r"members? of (?:a |the )?(?:gang|cartel|criminal group)|(?:operation|raid)s? against (?:drug|gang|cartel)\w*|"
    r"the victim was armed)\b", re.I)
# fire aimed at where civilians live, with no exchange: heavy weapons and machine guns fired at villages
# are shelling, not a battle
_CIVIL_AREA = re.compile(r"\b(?:at|on|towards?|into)\s+(?:[\w,.'()-]+\s+){0,4}?(?:villages?|farms?|residential|"
                         r"neighbou?rhoods?|houses|homes|markets?|civilians?|populated)\b", re.I)


_CIVILIAN_WORDS = re.compile(r"\b(civilians?|villagers?|residents?|children|child|women|woman|students?|pupils?|"
                             r"traders?|farmers?|herders?|passengers?|travell?ers?|workers?|teachers?|journalists?)\b", re.I)
# property that is not where people live: attacking it with nobody hurt is property destruction
_PROPERTY = re.compile(r"\b(schools?|offices?|buildings?|vehicles?|cars?|trucks?|lorr(?:y|ies)|buses|pipelines?|masts?|"
                       r"towers?|factor(?:y|ies)|plants?|warehouses?|banks?|bridges?|facilit(?:y|ies)|machinery|"
                       r"bulldozers?|tractors?|excavators?|equipment|dair(?:y|ies)|mills?|oil fields?|power lines?|"
                       r"water (?:scheme|supply|tank)s?|cell towers?|antennas?|shops?|stores?|businesses|"
                       # public buildings with nobody in arms (ACLED codebook, Looting/property destruction)
                       r"town halls?|city halls?|mairies?|prefectures?|health (?:cent(?:re|er)|post|clinic)s?|clinics?|"
                       r"dispensar(?:y|ies)|granar(?:y|ies)|churches|mosques?|markets?)\b", re.I)
_DAMAGE = re.compile(r"\b(damag\w*|destroy\w*|destruction|burn\w*|set (?:\w+ )?(?:on )?fire|set ablaze|torch\w*|loot\w*|"
                     r"vandali[sz]\w*|ransack\w*|smash\w*|sabotag\w*|stole|stolen|took away|taking away|carried away)\b", re.I)
_AGENT_PHRASE = re.compile(r"\bby\s+(?:[\w'()-]+\s+){0,6}?[\w'()-]+(?=\s*[,.;]|\s+(?:in|on|at|near|during|after|"
                           r"while|when|who|and)\b)", re.I)


_UNARMED_PEOPLE = re.compile(r"\b(?:men|persons|people|youths?|residents|shopkeepers|vendors|traders|locals|citizens|"
                             r"villagers|nationals|workers|students|crowds?|mobs?|(?:group|groups) of (?:local |young )?"
                             r"(?:men|people|locals|youths|citizens)|Palestinians|migrants|prisoners|inmates|fans)\b", re.I)


_ON_PLACES = frozenset({"attack", "raid", "storm", "assault", "target", "hit", "strike", "ambush", "invade", "overrun"})


# ACLED codebook: an attack on civilians that includes sexual violence is coded as Sexual violence
_RAPE = re.compile(r"\b(?:(?:gang-?)?rap(?:ed|ing|es)|sexual(?:ly)? (?:assault\w*|violence|abuse\w*))\b", re.I)


# fighters or people captured, not a place ("captured two terrorists", "militants were killed or captured")
_CAPTIVES = (r"(?:militants|fighters|insurgents|rebels|jihadists|terrorists|soldiers|militiamen|members|suspects|gunmen|"
             r"attackers|assailants|combatants|elements|men|persons|people)")
_PEOPLE_CAPTURED = re.compile(r"\b(?:captur(?:ed|ing)|seiz(?:ed|ing))\s+(?:(?!(?:from|by|of|in|at|near|after|to|with)\b)"
                              r"[\w-]+\s+){0,3}?" + _CAPTIVES + r"\b|\b"
                              + _CAPTIVES + r"\b[^.;]{0,30}?\b(?:were|was)\s+(?:[\w]+,?\s+){0,4}?captured\b", re.I)
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
    if spec.lemma == "strike" and _has(_LABOUR_STRIKE, text):
        return _protest(replace_spec(spec, "Protests", "Peaceful protest"), text, actor1, actor2, following)
    if spec.needs_cue and not _has(_PROTEST_CUE, text) and not _people_blocking(spec, text, after):
        return None
    if spec.needs_prisoners:
        if not _has(_PRISONERS, text):
            return None
        return base
    if spec.flex and spec.event_type == "Battles" and _has(_ABSTRACT_TARGET, text) and actor2 is None:
        return None
    if _has(_SHOT_DOWN, text) and _has(_AIR_OBJECT, text) and spec.event_type in ("Battles", "Explosions/Remote violence"):
        return Coding("Strategic developments", "Disrupted weapons use", "COERCE", None, "17", 0.6,
                      "aircraft or missile shot down")
    if spec.protest and spec.lemma in ("vandalise", "vandalize", "vandalism") and actor1 is not None \
            and actor1.armed and not _state(actor1) and not _is_crowd(actor1):
        # "militants vandalised the prefect's residence": an armed group destroying property, not a riot
        return Coding("Strategic developments", "Looting/property destruction", "COERCE", "seize", "1711", 0.55,
                      "property destroyed by an armed group")
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
            and _has(_PEOPLE_HARMED, text) and not _has(_NO_HARM, text):
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
    if spec.flex and spec.event_type in ("Battles", "Violence against civilians") and _has(_CLAN_FIGHT, text) \
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
    if a2_inter == 6 and _state(actor1):
        if _has(_RIOT_ACTS, _GRIEVANCE.sub(" ", text)):
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
    if _state(actor1) and _has(_PROTEST_WORDS, text) and not _has(_ARMED_TARGET, after or text) and (
            victim or _kind(actor2) in ("civilians", "protesters", "rioters")) and spec.lemma not in _TWO_SIDED:
        # "protesting residents were beaten up by police during their protest"
        if _has(_STATE_FORCE, text):
            return Coding("Protests", "Excessive force against protesters", "ASSAULT", None, "180", 0.55, "force on protesters")
        return Coding("Protests", "Protest with intervention", "PROTEST", "demonstrate", "141", 0.55, "protest met by force")
    if spec.territory and (_has(_NO_FIGHT, text) or _has(_ABANDONED, text) and not _has(_EXCHANGE, text + " " + following[:300])) \
            and not _has(_HARMED, text):
        # ACLED codebook, Non-violent transfer of territory: control of a place taken without a fight
        return Coding("Strategic developments", "Non-violent transfer of territory", "COERCE", None, "17", 0.55,
                      "territory taken without a fight")
    if spec.territory and not place_target and _has(_PEOPLE_CAPTURED, text):
        # "3 PKK militants were killed, injured or captured during the operations", "captured two terrorists":
        # people taken in a fight, not territory (ACLED codebook, Battles: Armed clash)
        return Coding("Battles", "Armed clash", "FIGHT", None, "190", 0.55, "fighters captured")
    if spec.territory:
        if spec.lemma in ("seize", "capture") and _has(_WEAPON_CACHE, text) and not re.search(r"\b(town|village|city|district|area|territory|control)\b", text, re.I):
            return Coding("Strategic developments", "Disrupted weapons use", "COERCE", None, "17", 0.55, "weapons seized")
        if spec.lemma in ("seize", "confiscate") and _has(_GOODS, text) and not _has(_PLACE_WORDS, (after or text)[:80]) \
                and not place_target:
            return Coding("Strategic developments", "Looting/property destruction", "COERCE", "seize", "1711", 0.55,
                          "goods seized")
        object_text = re.sub(r"\bcontrol\b", " ", (after or text)[:80], flags=re.I)
        if not place_target and _has(_PROPERTY, object_text) and not _has(_PLACE_WORDS, object_text):
            # "armed men took control of a factory": property, not territory
            return Coding("Strategic developments", "Looting/property destruction", "COERCE", "seize", "1711", 0.5,
                          "property taken over")
        if actor1 is not None and (actor1.kind == "state" or actor1.inter == 1):
            return Coding("Battles", "Government regains territory", "FIGHT", None, "190", 0.6, "territory by state")
        if actor1 is not None:
            return Coding("Battles", "Non-state actor overtakes territory", "FIGHT", None, "190", 0.6, "territory by non-state")
        return Coding(spec.event_type, spec.sub_event_type, "FIGHT", None, "190", 0.4, "territory, actor unknown")
    weapon = _weapon(lexicon, text)
    if spec.lemma == "bomb" and weapon is None:
        # states bomb from the air; armed groups plant bombs
        weapon = "Air/drone strike" if _state(actor1) or _foreign(actor1, country) else "Remote explosive/landmine/IED"
    if spec.event_type == "Explosions/Remote violence" and weapon is None:
        weapon = spec.sub_event_type
    if weapon is not None and _has(_DISRUPTED, text) and not _has(_SHOT_DOWN, text) and weapon not in (
            "Air/drone strike", "Shelling/artillery/missile attack") and not re.search(r"\b(kill\w*|injur\w*|wound\w*|dead)\b", text, re.I) \
            or weapon is not None and re.search(r"\bprematurely|\baccidentally|\bwhile (?:planting|assembling|making|handling)", text, re.I):
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
            and not _has(_ARMED_TARGET, (after or text) + " " + following[:300]):
        unarmed_target = True  # "gunmen attacked Tieba. Two residents were killed."
    if spec.lemma in _TWO_SIDED or _has(_ARMED_MEMBER, _target_side(text, after)) and not victim or gang_victim:
        unarmed_target = False  # "clashes broke out between two families", "exchanged fire": two sides fought
    if _off_duty(text) and not _has(_EXCHANGE, text) and spec.lemma not in _TWO_SIDED:
        unarmed_target = True  # off-duty or retired police and soldiers, former fighters are civilians
    if _has(_RESPONSE, text + " " + following[:300]):
        unarmed_target = False  # "the officers returned fire": whoever the target, two sides fought (ACLED: Battles)
    if unarmed_target or (actor2 is None and _has(_PLACE_TARGET, text) and not _has(_EXCHANGE, following[:300])
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
    if actor2 is None and a1_inter in (2, 3) and spec.lemma in ("kill", "shoot", "murder", "stab") \
            and not _has(_SECURITY_VICTIM, text) and not _has(_SNIPER, text) and not _has(_RESPONSE, near):
        return Coding("Violence against civilians", "Attack", "ASSAULT", None, "180", 0.4, "armed group, victims unnamed")
    near = _AGENT_PHRASE.sub(" ", _target_side(text, after)) + " " + following[:300]  # the target's side
    if actor2 is None and a1_inter in (2, 3, 4) and spec.lemma in ("attack", "raid", "storm", "assault", "hit", "target") \
            and not _has(_SECURITY_VICTIM, near) and not _has(_EXCHANGE, near) and not _has(_ARMED_TARGET, near) \
            and not _has(_FORCES, _AGENT_PHRASE.sub(" ", (after or text)[:200])) and not _has(_RESPONSE, near) \
            and (_has(_HARMED_PEOPLE, near) or _has(_UNNAMED_TOLL, near)):
        # "a truck was attacked by militants. One person was injured.": an armed group's attack with no armed
        # target and nobody fighting back harms civilians (ACLED codebook, Violence against civilians)
        return Coding("Violence against civilians", "Attack", "ASSAULT", None, "180", 0.4, "armed group, victims unnamed")
    if not _fighting_side(actor1) and not _fighting_side(actor2) and not victim \
            and not _has(_FORCE_WORDS, text) and not _has(_SMALL_ARMS, text) and spec.lemma not in _ARMED_LEMMAS:
        return None  # no armed side, no weapon, no casualty: a figure of speech ("clashed with his adviser")
    return Coding("Battles", "Armed clash", "FIGHT", spec.mode, "190", 0.6 if actor2 is not None else 0.45, "armed sides")


# territory changing hands with no fight
_NO_FIGHT = re.compile(r"\bwithout (?:any |a |meeting )?(?:resistance|fight\w*|a shot|firing a shot|a single shot|clash\w*|"
                       r"combat|bloodshed)|\bpeacefully\b|\bunopposed\b|\bafter (?:the )?(?:\w+ ){0,3}?(?:withdr[ae]w\w*|"
                       r"retreat\w*|pulled out|pull-?out|departure)\b|\babandoned by\b", re.I)
# a place taken after those who held it or lived there had left ("occupied the village after residents fled",
# "entered the town after the army pulled out"): ACLED codebook, Non-violent transfer of territory
_ABANDONED = re.compile(r"\b(?:after|once|when) (?:the |its |their )?(?:[\w'-]+ ){0,3}?(?:had )?(?:fled|left|abandoned|deserted|"
                        r"evacuated|vacated)\b|\b(?:abandoned|deserted|evacuated|empty) (?:town|village|base|camp|post|positions?)\b",
                        re.I)
# goods taken in a raid
_LOOTED = re.compile(r"\b(?:loot\w*|pillag\w*|plunder\w*|ransack\w*|took away|taking away|carried away|carrying away|"
                     r"stole|stolen|stealing|confiscat\w*|made off with|seiz(?:ed|ing) (?:\w+ ){0,3}?(?:goods|supplies|"
                     r"food|money|cash|cattle|livestock|motorcycles?|vehicles?|equipment|devices|property))\b", re.I)
