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

import functools
import re
from dataclasses import dataclass

from .actors import ActorRecord
from .lexicon import Lexicon, TriggerSpec

__all__ = ["Coding", "code_event", "communal_doers", "disorder_type"]

_GROUND_WORDS = re.compile(r"\b(clash\w*|fight(?:s|ing)?|fought|gunfight|firefight|ambush\w*|battle\w*|combat|ground|troops|gunmen|shot|shoot\w*)\b", re.I)
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


_NOT_WEAPON = re.compile(r"\b(grenade|rocket)[- ]launchers?\b|\bRPGs?\b", re.I)
_SMALL_ARMS = re.compile(r"\b(small arms|(?<!heavy )machine[- ]?guns?|gunfire|rifles?|firearms?|shots|gunshots?|"
                         r"light weapons|bursts of fire)\b", re.I)
_PLACE_TARGET = re.compile(
    r"\b(?:attack\w*|raid\w*|storm\w*|invad\w*|burn\w*|torch\w*)\s+(?:[\w'-]+\s+){0,5}?"
    r"(village|villages|hamlet|homes?|house|houses|residence|shops?|stores?|market|school|church|mosque|farm|farms|"
    r"settlement|camp for|mining site|gold mine)\b", re.I)


# weapon words that name a unit or the people targeted, not the means ("Air Force Intelligence",
# "killed two suicide bombers", "a militant armed with a hand grenade")
_NOT_MEANS = re.compile(r"\bair force intelligence\b|"
                        r"\b(?:kill\w*|arrest\w*|captur\w*|neutrali[sz]\w*|apprehend\w*|detain\w*|shot)\s+(?:[\w-]+\s+){0,4}?"
                        r"(?:suicide )?bombers?\b|\barmed with (?:an? )?(?:hand )?grenades?\b", re.I)
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


def _weapon(lexicon: Lexicon, text: str) -> str | None:
    # grenade launchers and RPGs fire projectiles from a distance: shelling, not a thrown grenade
    text = _NOT_MEANS.sub(" ", re.sub(r"\bMine\s+(?:No\.?\s*)?\d", " ", text))  # "the area of Mine 6/7": a place
    text = _MINE_SITE.sub(" ", text)  # "at the Essakane gold mine": a mining site, not a landmine
    low = f" {_NOT_WEAPON.sub(' rpg ', text).lower()} "
    for sub, pattern in _weapon_patterns(lexicon):
        if pattern.search(low):
            return "Remote explosive/landmine/IED" if sub == _GENERIC_EXPLOSION else sub
    if _has(_SERIES, text):
        return "Shelling/artillery/missile attack"
    return None


def _foreign(rec: ActorRecord | None, country: str | None) -> bool:
    if rec is None:
        return False
    if rec.inter == 8:
        return True
    return rec.kind == "state" and rec.country is not None and country is not None and rec.country != country


def _has(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


_VIOLENT_CROWD = re.compile(
    r"\b(clash\w*|vandali[sz]\w*|torch(?:ed|ing)|set (?:\w+ )?(?:on )?fire|set ablaze|ablaze|burn\w*|pelt\w*|stones?|"
    r"threw|hurl\w*|ransack\w*|rampage|violent\w*|damag\w*|smash\w*|attack\w*|beat\w*|injur\w*|"
    # destroying or looting as the crowd's act, with its object ("looted shops"; not "the recovery of looted funds")
    r"(?:destroy(?:ed|ing)|loot(?:ed|ing)|pillag(?:ed|ing)|sack(?:ed|ing)) (?:the|a|an|their|his|her|its|several|some|"
    r"many|public|private|shops?|stores?|houses?|homes?|property|properties|vehicles?|cars?|offices?|buildings?))\b", re.I)
# a demonstration that itself became violent ("the protest turned violent", "degenerated into clashes"): said
# of the demonstration, so read even where the rest of the sentence is the protest's reasons
_TURNED_VIOLENT = re.compile(
    r"\b(?:turn(?:ed|s|ing)?|became|become|grew) (?:\w+ )?violent\b|\b(?:degenerat\w*|escalat\w*|descend\w*|spiral\w*|"
    r"turn(?:ed|s|ing)?) into (?:\w+ ){0,2}?(?:violence|clash\w*|riots?|rioting|chaos|confrontations?|scuffles?|skirmish\w*)\b",
    re.I)
_STATE_FORCE = re.compile(r"\b(kill\w*|shot|shoot\w*|live (?:ammunition|bullets|rounds)|opened fire|fired (?:at|on|upon))\b", re.I)
_INTERVENTION = re.compile(
    r"\b(dispers\w*|tear ?gas|teargas|batons?|baton[- ]charg\w*|lathi\w*|water cannons?|rubber bullets|"
    r"arrest\w*|detain\w*|broke up|break up|prevented|stopped|blocked by|charged|interven\w*|(?:did )?not allow\w*|"
    r"removed|evicted|forcibly|by force|used force|use of force|cordon\w*|kettl\w*)\b", re.I)
_LABOUR_STRIKE = re.compile(
    r"\b(on strike|went on (?:a |an )?(?:[\w'-]+\s+){0,2}?strike|hunger strike|general strike|strike (?:action|notice|to demand|demanding|over|against|for)|"
    r"workers?\b.*\bstrike|strike\b.*\b(?:demand|wages|salar)|"
    r"(?:observ|beg[au]n|launch|call|stag|declar|start|h[eo]ld|announc|continu|extend|organi[sz]|join)\w*\s+"
    r"(?:a |an |the |their |its )?(?:[\w'-]+\s+){0,3}?strike|"
    r"\d+[- ](?:hours?|days?|weeks?)[- ](?:long )?strike|(?:indefinite|labou?r|sit-down|wildcat|nationwide|national|"
    r"teachers'?|workers'?|transport|doctors'?) strike)", re.I)
_EXCHANGE = re.compile(r"\b(exchang\w*|clash\w*|fight(?:s|ing)?|fought|firefight|gun ?battle|battl\w*|engag\w*|repuls\w*|repell\w*|confront\w*|"
                       r"rout(?:ed|ing)?|fought off|drove (?:them |the \w+ )?(?:off|back|away)|pushed (?:them |the \w+ )?back)\b", re.I)
_WEAPON_CACHE = re.compile(r"\b(weapons?|arms|ammunition|munitions?|ordnance|ammo|explosives?|IEDs?|mines?|bombs?|rifles?|"
                           r"guns?|grenades?|cache)\b", re.I)
_BASE_WORDS = re.compile(r"\b(base|bases|camp|camps|headquarters|checkpoints?|outposts?|position)\b", re.I)
_CONFLICT_AGREEMENT = re.compile(r"\b(ceasefire|cease-fire|truce|peace|prisoners?|hostages?|swap|exchange|armed|rebels?|militias?|"
                                 r"surrender|disarm\w*|reconciliation)\b", re.I)
_JOIN_ARMED = re.compile(r"\b(join\w*|defect\w*)\b.*\b(ranks|group|militia|insurgen\w*|rebels?|taliban|forces|army|movement)\b", re.I)
_CIVILIAN_KINDS = ("civilians",)
_PROTEST_CUE = re.compile(
    r"\b(demand\w*|against|protest\w*|reject\w*|rejection|denounc\w*|condemn\w*|slogans?|chant\w*|call(?:ed|ing)? for|"
    r"solidarity|oppos\w*|grievances?|complain\w*|demonstrat\w*|rall\w*|petition\w*|press(?:ed|ing)? for|urg\w*|"
    r"in support of|anger|angry|accusing|in reaction to|discontent|dissatisf\w*|outrage|boycott\w*|unpaid|salar\w*|wages|release of|justice for)\b", re.I)
# an armed target named by what it is, not who: "fired at the positions of", "ambushed a patrol"
_ARMED_TARGET = re.compile(r"\b(positions?|patrols?|convoys?|checkpoints?|outposts?|barracks|military base|"
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
_FORCES = re.compile(r"\b(troops|forces|soldiers|army|military|fighters|rebels|militants|militias?|police|"
                     r"gendarm\w*|battalion|brigade|units?|insurgents|jihadists)\b", re.I)
_TERRITORY_WORDS = re.compile(r"\b(towns?|villages?|city|cities|district|areas?|territor\w*|control|region|"
                              r"province|locality|bases?|positions?|hills?|airport|border|camps?|neighbou?rhoods?|"
                              r"islands?|port|front|checkpoints?|outposts?|frontline|zone)\b", re.I)
_GOODS = re.compile(r"\b(drugs?|marijuana|cannabis|cocaine|heroin|methamphetamine|shabu|narcotics?|kg|tons?|tonnes?|"
                    r"kilos?|kilograms?|cattle|livestock|goods|vehicles?|cars?|trucks?|fuel|cash|money|property|"
                    r"lab|laborator\w*|timber|gold|minerals?|crops?|harvest|cigarettes?|tobacco|foods?|supplies|boats?|equipment|"
                    r"contraband|smuggled)\b", re.I)
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
# "march" but not the month ("On 2 March 2024", "March 5")
_MARCH = r"(?<!\d )march(?:es|ed|ing|ers?)?(?! \d)"
_PROTEST_WORDS = re.compile(r"\b(protest\w*|demonstrat\w*|rall(?:y|ies|ied)|" + _MARCH + r"|riot\w*|mob)\b", re.I)
# what makes a violent crowd a demonstration rather than a mob (ACLED codebook, Riots: a violent demonstration
# is a demonstration turned violent; mob violence has no demonstration): the words of a protest and its
# demands, not anger or an accusation ("an angry crowd beat to death a man accused of theft" is a mob)
_DEMONSTRATION = re.compile(r"\b(protest\w*|demonstrat\w*|rall(?:y|ies|ied)|" + _MARCH + r"|demand\w*|slogans?|chant\w*|"
                            r"petition\w*|sit-?ins?|calling for|called for|call for|to denounce|denouncing|grievances?|"
                            r"unpaid|salar\w*|wages|agitat\w*|strik(?:e|es|ers|ing))\b", re.I)
_TWO_SIDED = frozenset({"clash", "fight", "fighting", "battle", "combat", "firefight", "skirmish", "gunfight", "gunbattle",
                        "exchange", "shootout", "shoot-out", "crossfire", "confrontation", "hostility"})
_ARMED_MEMBER = re.compile(
    r"\b(?:gang|militia|cartel|armed group|division|brigade|battalion|army|rebel|insurgent|militant|police|security|"
    r"intelligence|military)s?\s+(?:\w+\s+)?members?\b|"
    r"\bmembers? of (?:the |an? )?(?:[\w'-]+ ){0,4}?(?:gang|militia|cartel|division|brigade|battalion|army|forces|"
    r"armed group|command|comando|rebels?|police|intelligence|security|guard)\b", re.I)
# victims who are members of the security forces: a Battle, not violence against civilians, unless off duty
# (ACLED codebook: "soldiers killed by snipers" is a Battle)
_SECURITY_VICTIM = re.compile(
    r"\b(?:soldiers?|policem[ae]n|police(?:wom[ae]n)? officers?|gendarmes?|troops|security (?:personnel|officers?|guards?|"
    r"forces)|(?:army|military|police|intelligence|security) (?:\w+ )?(?:officers?|commanders?|members?|personnel)|"
    r"servicem[ae]n|conscripts?|border guards?)\b", re.I)
_SNIPER = re.compile(r"\bsnipers?\b|\bsniper (?:fire|shots?)\b", re.I)
_ARMED_WORDS = re.compile(r"\b(armed|gun\w*|firearms?|rifles?|fire|shots?|shooting|militia\w*|fighters?|militants?|"
                          r"rockets?|mortars?|soldiers|troops|forces)\b", re.I)
_COMMUNITY = re.compile(r"\b(communit\w*|villagers|residents|families|tribesmen|clans?|neighbou?rs|students|groups|"
                        r"supporters|locals|youths|(?:land|property|border|water) disputes?)\b", re.I)
# clans, tribes and communal militias fighting one another are identity militias (ACLED codebook, inter
# code 4: their clashes are Battles, their attacks on unarmed people Violence against civilians), not a crowd
_CLAN = re.compile(r"\b(?:clans?|inter-?clan|sub-?clans?|tribes|tribal|tribesm[ae]n|inter-?tribal|inter-?communal|"
                   r"communal militias?|ethnic militias?|clan militias?)\b", re.I)
# attackers named by their community ("youths from the Bobo community attacked cattle owners"): an
# identity militia (ACLED inter code 4), not a mob
_COMMUNAL_DOERS = re.compile(r"\b(?:from|of) (?:the )?[A-Z][\w'-]+ (?:community|communities|ethnic group|clan|tribe)\b|"
                             r"\b[A-Z][\w'-]+ (?:ethnic|communal) (?:militia\w*|group|youths?|men|individuals)\b")
# "Fulani youths", "Dozo hunters": people named by their community (not by a country: "Palestinian youths")
_NAMED_FOLK = re.compile(r"\b([A-Z][a-z][\w'-]+) (?:youths|men|herders|herdsmen|hunters|militiamen|tribesmen)\b")
_NOT_FOLK = frozenset({"the", "a", "an", "some", "several", "local", "angry", "armed", "unidentified", "unknown", "young",
                       "many", "two", "three", "four", "five", "ten", "dozens", "hundreds", "other", "these", "those"})


def communal_doers(text: str) -> bool:
    """The doers are named by their community (ACLED codebook: identity militias, inter code 4)."""
    if _has(_COMMUNAL_DOERS, text):
        return True
    from .actors import load_kb

    gazette = load_kb().gazette
    countries = gazette.country_words if gazette is not None else {}
    for m in _NAMED_FOLK.finditer(text):
        word = m.group(1)
        if word.lower() in _NOT_FOLK or word.lower() in countries or m.start() == 0 \
                or text[:m.start()].rstrip()[-1:] in (".", "!", "?"):
            continue
        return True
    return False


# fighting between clans or tribes told as such ("inter-clan violence erupted, leaving 5 people dead"):
# clan and tribal militias are identity militias (ACLED codebook, inter code 4), and their fighting
# one another is a Battle, whoever died; "communal" is left out (in South Asia communal riots are mobs)
_CLAN_FIGHT = re.compile(
    r"\b(?:inter-?clan|intra-?clan|sub-?clan|clan|inter-?tribal|tribal|inter-?ethnic)\s+(?:violence|clash\w*|fighting|fights?|"
    r"conflicts?|hostilities|feuds?|war\w*|battles?)\b|\b(?:clash\w*|fighting|violence|hostilities|feud)\s+between\s+"
    r"(?:the\s+)?(?:two\s+|rival\s+|several\s+)*(?:[A-Z][\w'-]+\s+)?(?:clans|sub-?clans|tribes|clan militias)\b")
_MOB = re.compile(r"\b(mob|lynch\w*|angry crowd|vigilantes?)\b", re.I)
# a member of the security forces attacked away from duty: at home, on the way to or from work, in a
# private car (ACLED codebook, Violence against civilians: the victims are not engaged in hostilities;
# security personnel attacked off duty are coded as civilians)
_AWAY_FROM_DUTY = re.compile(
    r"\b(?:at|in front of|outside|inside|near) (?:his|her|their) (?:own |family )?(?:homes?|houses?|residences?|"
    r"compounds?|farms?|shops?)\b|\bon (?:his|her|their) way (?:to|home|back|from)\b|"
    r"\bwhile (?:he|she|they) (?:was|were) (?:at home|travell?ing|driving|walking|sleeping|sitting|praying|shopping)\b|"
    r"\bin (?:his|her|their) (?:private )?(?:car|vehicle)\b", re.I)
_OFF_DUTY = re.compile(r"\boff[- ]duty\b|\bretired\b|\bformer (?:[\w-]+ ){0,2}?(?:soldier|police\w*|officer|member|commander|"
                       r"fighter|combatant|militant|rebel|guerrilla|leader|official|mayor|MLA|MP|minister|chief)", re.I)
# ACLED codebook: an attack met with return fire is a two-sided Battle, whatever the first weapon
# ("threw a grenade at police, who responded with gunfire", "responded to the shelling", "fired back")
_RESPONSE = re.compile(
    r"\b(?:respond\w*|react\w*|retaliat\w*)\s+(?:with|to|by)\s+(?:[\w'-]+\s+){0,3}?(?:fire|gunfire|shots|shooting|shelling|"
    r"attacks?|the fire)\b|\breturn(?:ed|ing)? (?:the )?fire\b|\b(?:fired|firing|shot|shooting) back\b|\bexchange of fire\b|"
    r"\b(?:repell?(?:ed|ing)?|repuls(?:ed|ing)|fought off) the (?:attack|assault|attackers|assailants)\b", re.I)
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
# an arson attack or incendiary bombs thrown at property, with nobody hurt: property destruction
_ARSON = re.compile(r"\barson\w*|\bmolotov|\bpetrol bombs?|\bfirebomb\w*|\bincendiary", re.I)
_HARMED = re.compile(r"\b(kill\w*|dead|died|injur\w*|wound\w*|hurt|casualt\w*|fatalit\w*|burn(?:ed|t) (?:to death|alive))\b", re.I)
_NO_HARM = re.compile(r"\b(?:no|neither|without) (?:\w+ )?(?:casualt\w*|fatalit\w*|injur\w*|deaths?)|"
                      r"\bnobody was\b|\bno one was\b", re.I)
_CROWD_KINDS = ("protesters", "rioters", "civilians")
# who commits sexual violence ACLED records: armed men, soldiers, police, militias ("raped by soldiers")
_SEXUAL_PERPETRATOR = re.compile(r"\b(?:armed|assailants|attackers|militiamen|soldiers|troops|(?:by|of) (?:the )?police|"
                                 r"policem[ae]n|police officers|gendarmes|security forces|combatants|captors|kidnappers)\b", re.I)
_ABDUCTED = re.compile(r"\b(?:abduct\w*|kidnap\w*|took (?:\w+ ){0,3}?hostages?|taken hostage)\b", re.I)
_PEOPLE_HARMED = re.compile(r"\b(?:kill(?:ed|ing)|injur(?:ed|ing)|wound(?:ed|ing)|beat(?:en|ing)?|beat up|assault(?:ed|ing)|"
                            r"tortur\w+|rap(?:ed|ing)|abduct\w*|kidnap\w*|shot|shooting|murder\w*|took (?:\w+ ){0,3}?hostages?)\b",
                            re.I)
_VICTIM_NOUNS = (r"(?:persons?|people|civilians?|villagers?|residents?|passengers?|drivers?|travell?ers?|traders?|women|"
                 r"children|men|man|woman|worshippers|miners|farmers?|herders?|guests|mourners|pupils|students|teachers|"
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
_SYMBOLIC_BURNING = re.compile(r"\b(?:burn\w*|torch\w*|set fire to|set on fire)\s+(?:[\w'-]+\s+){0,3}?"
                               r"(?:effig\w*|flags?|copies|photos?|pictures?|posters?|portraits?|candles?)\b", re.I)
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
# acts that make a demonstration violent wherever the sentence names them (ACLED codebook, Riots:
# demonstrators who burn tyres, throw stones or petrol bombs; "rioters demonstrating against ...")
_RIOT_ACTS = re.compile(r"\bburn\w* (?:\w+ )?(?:tyres?|tires?)\b|\b(?:tyres?|tires?)\b[^.;]{0,30}\bon fire\b|\bbarricad\w*|\b(?:tyres?|tires?) (?:were |was )?(?:burn\w*|set (?:on )?fire|"
                        r"set ablaze|torched)|\b(?:with|threw|hurl\w*|pelt\w*)\s+(?:\w+\s+){0,3}?(?:stones|rocks|"
                        r"molotov\w*|petrol bombs?)\b|\brioters\b", re.I)
_CIVILIAN_WORDS = re.compile(r"\b(civilians?|villagers?|residents?|children|child|women|woman|students?|pupils?|"
                             r"traders?|farmers?|herders?|passengers?|travell?ers?|workers?|teachers?|journalists?)\b", re.I)
# property that is not where people live: attacking it with nobody hurt is property destruction
_PROPERTY = re.compile(r"\b(schools?|offices?|buildings?|vehicles?|cars?|trucks?|lorr(?:y|ies)|buses|pipelines?|masts?|"
                       r"towers?|factor(?:y|ies)|plants?|warehouses?|banks?|bridges?|facilit(?:y|ies)|machinery|"
                       r"bulldozers?|tractors?|excavators?|equipment|dair(?:y|ies)|mills?|oil fields?|power lines?|"
                       r"water (?:scheme|supply|tank)s?|cell towers?|antennas?|shops?|stores?|businesses)\b", re.I)
_DAMAGE = re.compile(r"\b(damag\w*|destroy\w*|destruction|burn\w*|set (?:\w+ )?(?:on )?fire|set ablaze|torch\w*|loot\w*|"
                     r"vandali[sz]\w*|ransack\w*|smash\w*|sabotag\w*|stole|stolen|took away|taking away|carried away)\b", re.I)
_AGENT_PHRASE = re.compile(r"\bby\s+(?:[\w'()-]+\s+){0,6}?[\w'()-]+(?=\s*[,.;]|\s+(?:in|on|at|near|during|after|"
                           r"while|when|who|and)\b)", re.I)
# what makes an arrest politically significant besides a political word: who arrests (soldiers,
# intelligence, a regime), whom (officials, leaders, members of a group, many people at once), how (a campaign)
_SIGNIFICANT_ARREST = re.compile(
    r"\b(?:military|army|soldiers|troops|intelligence|security forces|security services|regime|militia\w*|rebels?|"
    r"gendarm\w*|forces|national guard|secretary|leaders?|officials?|ministers?|mayors?|councill?ors?|chiefs?|"
    r"commanders?|members?|suspected|suspects? of|campaign|crackdown|dozens|hundreds|scores|curfew|lockdown|"
    r"movement|organi[sz]ation|association|union|students|villagers|workers|youths|\d{2,} (?:people|persons|men))\b", re.I)
_UNARMED_PEOPLE = re.compile(r"\b(?:men|persons|people|youths?|residents|shopkeepers|vendors|traders|locals|citizens|"
                             r"villagers|nationals|workers|students|crowds?|mobs?|(?:group|groups) of (?:local |young )?"
                             r"(?:men|people|locals|youths|citizens)|Palestinians|migrants|prisoners|inmates|fans)\b", re.I)
_ARMED_PEOPLE = re.compile(r"\b(?:gunmen|armed (?:men|group|individuals|assailants)|militants?|fighters|rebels|insurgents|"
                           r"jihadists|terrorists|gangs?|cartels?|bandits|militia\w*|guns?|firearms?|rifles?|pistols?|"
                           r"explosives?|IEDs?|grenades?|Taliban|Shabaab)\b", re.I)
_STATE_SIDE = re.compile(r"\b(?:police\w*|soldiers|troops|army|gendarm\w*|security forces)\b", re.I)
_ON_PLACES = frozenset({"attack", "raid", "storm", "assault", "target", "hit", "strike", "ambush", "invade", "overrun"})


_PASSIVE_END = re.compile(r"\b(?:was|were|been|being|is|are|got|get)\s+(?:\w+\s+){0,2}$", re.I)


# unarmed people who burn or smash property as a crowd (ACLED codebook, Riots)
_UNARMED_DOERS = re.compile(r"\b(?:residents|villagers|locals|youths?|crowds?|mobs?|people|persons|men|traders|vendors|"
                            r"shopkeepers|drivers|riders|motorcyclists|inmates|prisoners|detainees|students|pupils|"
                            r"workers|miners|fans|supporters|community members|neighbou?rs|citizens|women)\b", re.I)


# what a road blockade blocks
_ROADWAY = re.compile(r"\b(?:roads?|highways?|motorways?|expressways?|streets?|avenues?|intersections?|roundabouts?|"
                      r"junctions?|bridges?|traffic|rails|railway|railroad|(?:train |railway )?tracks|entrances?|"
                      r"(?:border )?crossings?|RN ?\d+)\b", re.I)


def _people_blocking(spec: TriggerSpec, text: str, after: str | None) -> bool:
    """People, not police or an armed group, blocking a road or an entrance ("students blocked the
    highway with two vehicles"): a demonstration even when the report gives no reason (ACLED codebook,
    Protests: a road blockade by demonstrators is a form of protest)."""
    if spec.lemma not in ("block", "barricade"):
        return False
    doers = _doer_side(text, after)
    return _has(_UNARMED_DOERS, doers) and not _has(_STATE_SIDE, doers) and not _has(_ARMED_PEOPLE, doers) \
        and _has(_ROADWAY, (after or text)[:120])


def _doer_side(text: str, after: str | None) -> str:
    """The words before the trigger, where an active verb names who acts."""
    if not after:
        return text
    cut = text.find(after[:60])
    return text[:cut] if cut >= 0 else text


def _off_duty(text: str) -> bool:
    """Off-duty, retired or former security personnel and fighters, or security personnel attacked at
    home or on their way (ACLED codebook: civilians, so the attack is violence against civilians)."""
    return _has(_OFF_DUTY, text) or (_has(_AWAY_FROM_DUTY, text) and _has(_SECURITY_VICTIM, text))


def _target_side(text: str, after: str | None) -> str:
    """Where the target of the act is named: the words from the trigger on in the active voice
    ("militia members killed three herders": the members are the perpetrators), the whole clause
    in the passive ("a gang member was shot")."""
    if not after:
        return text
    cut = text.find(after[:60])
    if cut <= 0 or _has(_PASSIVE_END, text[:cut]):
        return text
    return text[cut:]


def _fighting_side(rec: ActorRecord | None) -> bool:
    """An armed actor; a government's officials ("the governor", "ministers") are not one."""
    return rec is not None and rec.armed and not rec.id.startswith("government")


def _kind(rec: ActorRecord | None) -> str | None:
    return rec.kind if rec is not None else None


def _is_crowd(rec: ActorRecord | None) -> bool:
    return rec is not None and (rec.inter in (5, 6, 7) or rec.kind in _CROWD_KINDS)


def _state(rec: ActorRecord | None) -> bool:
    return rec is not None and (rec.inter == 1 or rec.kind == "state")


# what a protest is about ("against the arrest of", "demanding the release of", "over the killing of")
# says nothing about how it went
_GRIEVANCE = re.compile(
    r"\b(?:against|over|condemn\w*|denounc\w*|protest(?:s|ed|ing)?|demand\w*|releas\w*|justice for|mourn\w*|after|following|"
    r"because of|in response to|in reaction to)\s+(?:[\w'()/-]+\s+){0,7}?"
    r"(?:arrest\w*|detention|detain\w*|killing|kill\w*|shoot\w*|shot|murder\w*|death|attack\w*|assault\w*|beat\w*|"
    r"abduct\w*|kidnap\w*|violen\w*)\b|\b(?:arrested|detained|jailed|imprisoned|killed|slain|murdered) "
    r"(?:\w+ ){0,3}?(?:leader|president|activist|journalist|editor|member|student|man|woman|youth)", re.I)


def _strip_grievance(text: str) -> str:
    """The text without what the protest was about. A reason never runs on into the crowd's next act:
    in "protested in Ouagadougou and attacked journalists" the attack is what they did, not a grievance."""
    def keep_acts(m: re.Match[str]) -> str:
        gap = m.group(0)
        if re.search(r"\b(?:and|then|before|later)\s+(?:[\w'-]+\s+)?\w+ed$", gap, re.I):
            return gap
        return " "
    return _GRIEVANCE.sub(keep_acts, text)
_POLICE = re.compile(r"\b(police\w*|security forces|troops|soldiers|gendarm\w*|army|military|authorities|officers|"
                     r"arrests? (?:was|were) made|(?:protesters|demonstrators|participants|people|activists|they|\d+|several|many|some|"
                     r"dozens|one|two|three|four|five)\b(?: \w+){0,3} (?:were|was) (?:\w+ )?(?:arrested|detained|dispersed))\b"
                     r"(?!.{0,40}\b(?:last|previous|earlier)\b)", re.I)
# "urged the authorities to intervene": a demand of the protest, not a police intervention
_ASKED_TO_INTERVENE = re.compile(r"\b(?:urg|ask|call|appeal|demand|request|want)\w*\b[^.;]{0,50}\bto interven", re.I)


# the reasons of a protest ("demanding help after their crops were destroyed by a storm")
_REASON_TAIL = re.compile(
    r"\b(?:demand\w*|calling for|called for|call for|for the arrest|after|following|due to|because|to condemn|"
    r"condemning|to denounce|denouncing|against|over|in support of|in solidarity|to protest|protesting|to reject|"
    r"rejecting|in protest|to deplore|deploring|to mourn|mourning|to decry|decrying|complaining|to complain)\b[^.;]*", re.I)
# property destroyed, told in the passive right after a demonstration ("Chairs were burnt and property destroyed")
_PROPERTY_HIT = re.compile(r"\b(?:were|was|been) (?:\w+ )?(?:burnt|burned|torched|vandali[sz]ed|destroyed|damaged|"
                           r"set (?:on )?fire|set ablaze|looted|ransacked|smashed|barricaded)\b", re.I)
_CROWD_SUBJECT = re.compile(r"\b(protesters|protestors|demonstrators|rioters|they|residents|youths|crowd|mob|"
                            r"prisoners|inmates|detainees|"
                            r"participants|workers|students|supporters)\b", re.I)


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
_AIR_SHOTS = re.compile(r"\bwarning shots?\b|\bshots? (?:\w+ ){0,3}?in(?:to)? the air\b|\bfired (?:\w+ ){0,2}?in(?:to)? the air\b|"
                        r"\bblank (?:cartridges|rounds)\b", re.I)


def _other(text: str, following: str, spec: TriggerSpec) -> Coding | None:
    """Strategic developments (Other) told with a violent word: displacement by fighting, an explosive
    remnant of a past war, shots fired in the air; None when people were hurt in the fight itself."""
    if spec.event_type not in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
        return None
    harmed = _has(_HARMED, text) and not _has(_NO_HARM, text)
    if _has(_WAR_REMNANT, text + " " + following[:300]) and not _has(_FORCES, text):
        return Coding("Strategic developments", "Other", "OTHER", None, None, 0.5, "explosive remnant of war")
    if spec.lemma in _TWO_SIDED and _has(_DISPLACED, text) and not harmed:
        return Coding("Strategic developments", "Other", "OTHER", None, None, 0.5, "people displaced by fighting")
    if spec.flex and _has(_AIR_SHOTS, text) and not harmed and not _has(_PROTEST_WORDS, text + " " + following[:300]):
        return Coding("Strategic developments", "Other", "THREATEN", None, "138", 0.45, "shots fired in the air")
    return None


# what the crowd went on to do, past the stated reasons ("demonstrated against the mayor and set fire
# to the town hall", "miners protesting their dismissal clashed with guards")
_CROWD_ACT = re.compile(r"\b(?:and|then|before|later)\s+(?:\w+\s+)?(?:set fire|set ablaze|set (?:\w+ ){1,3}?(?:on fire|ablaze)|"
                        r"burn(?:ed|t)|torched|ransacked|looted|vandali[sz]ed|smashed|destroyed|damaged|clashed|threw|"
                        r"hurled|pelted|stormed|attacked|beat)\b|\bclashed with\b", re.I)


def _acts(text: str) -> str:
    """What the crowd did: the text without the stated reasons of the protest."""
    return _REASON_TAIL.sub(" ", text)


def _violent(text: str) -> bool:
    """Violent crowd words, not counting capitalised names ("the National Torch Movement")."""
    for m in _VIOLENT_CROWD.finditer(text):
        if m.group(0)[0].isupper() and m.start() > 0 and text[:m.start()].rstrip()[-1:] not in (".", ""):
            continue
        if re.match(r"(?:\s+\w+){0,3}?\s+(?:effig\w*|candles?|flags?|copies|photos?|pictures?|posters?)", text[m.end():], re.I):
            continue  # burning an effigy or a flag is a symbolic act of a peaceful protest (ACLED codebook)
        return True
    return False


# what the demonstrators did, told in the next sentence of a short report ("They blocked the town and tried to
# retaliate", "Rioters set rubber tires on fire", "the students responded with rocks", "which turned into clashes
# with the policemen"): ACLED codebook, Riots: demonstrators who engage in violence or destruction
_NEXT_RIOT = re.compile(
    r"\b(?:(?<!armed )clash\w*|scuffle\w*|(?<!verbal )confrontations?|fought|retaliat\w*|ransack\w*|vandali[sz]\w*|"
    r"torch(?:ed|ing)|set (?:[\w'-]+ ){0,3}?(?:on fire|ablaze)|set fire|rioters|barricad\w*|"
    r"burn\w* (?:[\w'-]+ ){0,2}?(?:tyres?|tires?)|(?:threw|throwing|hurl\w*|pelt\w*|respond\w* with) (?:[\w'-]+ ){0,3}?"
    r"(?:stones|rocks|sticks|bricks|molotov\w*|petrol bombs?|projectiles)|"
    r"(?:tried|attempted|trying|attempting) to (?:enter|force|storm|break)|forc\w* (?:their way|themselves|entry))\b", re.I)
_NO_CLASH = re.compile(r"\b(?:no|without|not) (?:\w+ ){0,2}?(?:clash\w*|violence|confrontations?|incidents?|injur\w*)\b|"
                       r"\bpeaceful\w*\b", re.I)
# demonstrators firing in the air or storming a building: violence by the crowd itself (ACLED codebook, Riots)
_CROWD_FORCE = re.compile(
    r"\b(?:fir(?:ed|ing)|shoot\w*|shot) (?:[\w'-]+ ){0,3}?(?:in|into) the air\b|\bstorm(?:ed|ing)\b(?! out)|"
    r"\b(?:tried|attempted|trying|attempting) to (?:force|storm|break)\w*|\bforc\w* (?:their way|themselves|entry)\b", re.I)


def _crowd_force(text: str) -> bool:
    """The demonstrators fired in the air, stormed or forced their way into a building: no police or
    soldiers named as the doers just before the act ("security forces fired shots into the air")."""
    for m in _CROWD_FORCE.finditer(text):
        before = text[max(0, m.start() - 50):m.start()]
        if not re.search(r"\b(?:police\w*|security|forces|troops|gendarm\w*|guards?|officers|army|authorities)\b[^,;]*$",
                         before, re.I):
            return True
    return False


def _next_riot(following: str) -> bool:
    """The next sentence tells of the crowd's own violence (see ``_NEXT_RIOT``)."""
    head = following[:300]
    return _has(_NEXT_RIOT, head) and not _has(_NO_CLASH, head)


def _protest(spec: TriggerSpec, text: str, actor1: ActorRecord | None, actor2: ActorRecord | None,
             following: str = "") -> Coding:
    """Protests and riots (ACLED codebook: demonstrations are Protests unless the demonstrators
    are violent, which makes them Riots; intervention or lethal force by the state is a Protests sub-type).

    ``following``: the next sentence of a short report, read for an intervention ("Police dispersed the
    crowd.") and for the crowd's own violence ("They blocked the town and tried to retaliate.")."""
    turned_violent = _has(_TURNED_VIOLENT, text) or _has(_TURNED_VIOLENT, following[:300])
    text = _strip_grievance(text)
    acts = _acts(text)
    force_by = actor2 if _state(actor2) else actor1 if _state(actor1) else None
    crowd_act = _has(_CROWD_ACT, _SYMBOLIC_BURNING.sub(" ", text))
    # the demonstrators' own violence, told in the first sentence ("demonstrated against the curfew;
    # demonstrators attacked and burned the police station"): the police response that follows does
    # not make it a protest met by force (ACLED codebook: force against violent demonstrators is a riot)
    violent_crowd = _violent(acts) or _has(_RIOT_ACTS, text) or crowd_act or _crowd_force(acts) \
        or turned_violent or bool(following) and _next_riot(following)
    # the next sentence says how the police met the crowd, whoever the first sentence names as the
    # protest's target ("demanding the government ...; the police intervened and arrested 10")
    if following and _has(_POLICE, following) and not _has(_GRIEVANCE, following) \
            and not _has(_ASKED_TO_INTERVENE, following) and not violent_crowd \
            and spec.event_type != "Riots":  # "a prison riot ... guards controlled the riot": still a riot
        if _has(_STATE_FORCE, following):
            return Coding("Protests", "Excessive force against protesters", "ASSAULT", None, "180", 0.55,
                          "lethal force on protesters, next sentence")
        if _has(_INTERVENTION, following):
            return Coding("Protests", "Protest with intervention", "PROTEST", "demonstrate", "141", 0.55,
                          "protest dispersed or stopped, next sentence")
    crowd_next = following and (_has(_CROWD_SUBJECT, following) and _violent(following)
                                or _has(_PROPERTY_HIT, following[:300]) and not _has(_POLICE, following[:300]))
    if spec.event_type == "Riots" or violent_crowd or crowd_next:
        # a violent crowd stating a demand ("pelted stones at police, demanding to return home", "prisoners rioted,
        # calling for their release") is demonstrating (ACLED codebook, Riots: Violent demonstration); a crowd
        # with no demand is a mob
        if spec.event_type == "Riots" and not _has(_DEMONSTRATION, text):
            return Coding("Riots", "Mob violence", "PROTEST", "riot", "145", 0.6, "violent crowd, no demonstration")
        return Coding("Riots", "Violent demonstration", "PROTEST", "riot", "145", 0.65, "violent demonstrators")
    if force_by is not None or re.search(r"\b(police\w*|security forces|troops|soldiers|gendarm\w*|army|military)\b", text, re.I):
        if _has(_STATE_FORCE, text):
            return Coding("Protests", "Excessive force against protesters", "ASSAULT", None, "180", 0.6,
                          "lethal force on protesters")
        if _has(_INTERVENTION, text):
            return Coding("Protests", "Protest with intervention", "PROTEST", "demonstrate", "141", 0.6,
                          "protest dispersed or stopped")
    return Coding("Protests", "Peaceful protest", "PROTEST", "demonstrate", "141", 0.7, "demonstration")


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
            _kind(actor1) in ("protesters", "rioters") or (_is_crowd(actor1) and spec.lemma in ("burn", "torch", "vandalise",
                                                                                              "vandalize", "ransack", "destroy"))
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
    if spec.territory and _has(_NO_FIGHT, text) and not _has(_HARMED, text):
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
    if unarmed_target and not victim and _has(_ARMED_TARGET, text if after is None else after) and not (
            _has(_HARMED_PEOPLE, after or text) and not _has(_SECURITY_VICTIM, after or text)):
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
    if unarmed_target or (actor2 is None and _has(_PLACE_TARGET, text) and not _has(_EXCHANGE, following[:300])):
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


def replace_spec(spec: TriggerSpec, event_type: str, sub: str) -> TriggerSpec:
    from dataclasses import replace

    return replace(spec, event_type=event_type, sub_event_type=sub, protest=True)


_UNIT_HIT = re.compile(r"\b(?:patrols?|convoys?|deployments?)\b[^.;]{0,30}?\b(?:was|were|been|came under|got)\s+(?:\w+\s+)?"
                       r"(?:ambush\w*|attack\w*|hit|target\w*|struck|fired|shot|bomb\w*)|"
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
# territory changing hands with no fight
_NO_FIGHT = re.compile(r"\bwithout (?:any |a |meeting )?(?:resistance|fight\w*|a shot|firing a shot|a single shot|clash\w*|"
                       r"combat|bloodshed)|\bpeacefully\b|\bunopposed\b|\bafter (?:the )?(?:\w+ ){0,3}?(?:withdr[ae]w\w*|"
                       r"retreat\w*|pulled out|pull-?out|departure)\b|\babandoned by\b", re.I)
# goods taken in a raid
_LOOTED = re.compile(r"\b(?:loot\w*|pillag\w*|plunder\w*|ransack\w*|took away|taking away|carried away|carrying away|"
                     r"stole|stolen|stealing|confiscat\w*|made off with|seiz(?:ed|ing) (?:\w+ ){0,3}?(?:goods|supplies|"
                     r"food|money|cash|cattle|livestock|motorcycles?|vehicles?|equipment|devices|property))\b", re.I)
# weapons made harmless by destroying them
_DESTROYED_WEAPONS = re.compile(r"\b(?:destroy\w*|demolish\w*|dismantl\w*) (?:\w+ ){0,3}?(?:IEDs?|improvised explosive devices?|"
                                r"explosive devices?|(?:land)?mines?|explosives|bombs?|weapons?|ammunition|munitions?|"
                                r"(?:weapons?|arms) caches?|devices?)\b", re.I)
# what an interception disrupts: an aircraft, a missile, a shipment of arms or contraband
_INTERCEPTED_MEANS = re.compile(r"\b(drones?|UAVs?|aircraft|planes?|helicopters?|missiles?|rockets?|jets?|warplanes?|"
                                r"projectiles?|shells?|weapons?|arms|ammunition|munitions?|explosives?|IEDs?|bombs?|"
                                r"cache|drugs?|narcotics?|contraband|smuggl\w*|cannabis|cocaine)\b", re.I)


_THREAT_LEMMAS = frozenset({"threaten", "threat", "ultimatum", "intimidate", "intimidation", "warn", "order"})
# who makes a threat ACLED records: an armed group, not a person with a gun in a crime story
_ARMED_GROUP_WORDS = re.compile(r"\b(?:gunmen|armed (?:men|group|groups|individuals|assailants|elements)|militants?|"
                                r"fighters|rebels?|insurgents?|jihadists?|terrorists?|militia\w*|extremists?|"
                                r"Taliban|Shabaab|Boko Haram)\b", re.I)
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


def _strategic(spec: TriggerSpec, base: Coding, text: str, actor1: ActorRecord | None,
               following: str = "", after: str | None = None) -> Coding | None:
    sub = spec.sub_event_type
    if spec.lemma in _THREAT_LEMMAS:
        return _threat(spec, text, actor1, after)
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
    if sub == "Change to group/activity" and _has(_UNIT_HIT, text):
        return None  # "their patrol was ambushed": the patrol is the target of the attack told in the clause
    if spec.needs_object_place and not (
            _has(_TERRITORY_WORDS, text) and (_has(_FORCES, text) or (actor1 is not None and actor1.armed))):
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
    if sub == "Arrests" and not (_has(_POLITICAL, text) or _has(_SIGNIFICANT_ARREST, text)):
        return None  # "police arrested a man after a burglary": an ordinary police arrest is not an ACLED event
    if sub == "Agreement" and spec.lemma in ("agree", "sign", "accord", "negotiation", "talks", "reconciliation") \
            and not _has(_CONFLICT_AGREEMENT, text):
        return None
    if sub == "Change to group/activity" and spec.lemma == "join" and not _has(_JOIN_ARMED, text):
        return None
    if sub == "Headquarters or base established" and not _has(_BASE_WORDS, text):
        if re.search(r"\b(fortif\w*|trenches|barricades|defensive lines?|earth mounds?)\b", text, re.I):
            return Coding("Strategic developments", "Change to group/activity", "MOBILIZE", None, "154", 0.55,
                          "positions fortified")
        return None
    if sub == "Disrupted weapons use" and spec.lemma in ("dismantle", "seizure", "recover") and _has(_GOODS, text) \
            and not _has(_WEAPON_CACHE, text):
        return Coding("Strategic developments", "Looting/property destruction", "COERCE", "seize", "1711", 0.55,
                      "drug lab dismantled or goods seized")  # ACLED codes seizures of goods as property destruction
    if sub == "Looting/property destruction" and spec.lemma in ("destroy", "demolish", "dismantle") \
            and _has(_DESTROYED_WEAPONS, text):
        # "soldiers found and destroyed an explosive device": ACLED codebook, Disrupted weapons use
        return Coding("Strategic developments", "Disrupted weapons use", "COERCE", None, "17", 0.55, "weapons destroyed")
    if sub == "Looting/property destruction" and spec.lemma in ("seize", "confiscate") and _has(_WEAPON_CACHE, text):
        return Coding("Strategic developments", "Disrupted weapons use", "COERCE", None, "17", 0.55, "weapons seized")
    return base
