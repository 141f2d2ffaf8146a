"""Word patterns that several coding rules read (ACLED codebook terms: harm, protest, force, arrest)."""

from __future__ import annotations

import re


def _has(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


_STATE_FORCE = re.compile(r"\b(kill\w*|shot|shoot\w*|live (?:ammunition|bullets|rounds)|opened fire|fired (?:at|on|upon))\b", re.I)


_WEAPON_CACHE = re.compile(r"\b(weapons?|arms|ammunition|munitions?|ordnance|ammo|explosives?|IEDs?|mines?|bombs?|rifles?|"
                           r"guns?|grenades?|cache)\b", re.I)
_BASE_WORDS = re.compile(r"\b(base|bases|camp|camps|headquarters|checkpoints?|outposts?|position)\b", re.I)


_PROTEST_CUE = re.compile(
    r"\b(demand\w*|against|protest\w*|reject\w*|rejection|denounc\w*|condemn\w*|slogans?|chant\w*|call(?:ed|ing)? for|"
    r"solidarity|oppos\w*|grievances?|complain\w*|demonstrat\w*|rall\w*|petition\w*|press(?:ed|ing)? for|urg\w*|"
    r"in support of|anger|angry|accusing|in reaction to|discontent|dissatisf\w*|outrage|boycott\w*|unpaid|salar\w*|wages|release of|justice for|"
    r"(?:to )?pressure (?:the )?(?:government|authorities|officials|ministry|state|governor|mayor|council))\b", re.I)


_FORCES = re.compile(r"\b(troops|forces|soldiers|army|military|fighters|rebels|militants|militias?|police|"
                     r"gendarm\w*|battalion|brigade|units?|insurgents|jihadists)\b", re.I)


_GOODS = re.compile(r"\b(drugs?|marijuana|cannabis|cocaine|heroin|methamphetamine|shabu|narcotics?|kg|tons?|tonnes?|"
                    r"kilos?|kilograms?|cattle|livestock|goods|vehicles?|cars?|trucks?|fuel|cash|money|property|"
                    r"lab|laborator\w*|timber|gold|minerals?|crops?|harvest|cigarettes?|tobacco|foods?|supplies|boats?|equipment|"
                    r"contraband|smuggled)\b", re.I)


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


# victims who are members of the security forces: a Battle, not violence against civilians, unless off duty
# (ACLED codebook: "soldiers killed by snipers" is a Battle)
_SECURITY_VICTIM = re.compile(
    r"\b(?:soldiers?|policem[ae]n|police(?:wom[ae]n)? officers?|gendarmes?|troops|security (?:personnel|officers?|guards?|"
    r"forces)|(?:army|military|police|intelligence|security) (?:\w+ )?(?:officers?|commanders?|members?|personnel)|"
    r"servicem[ae]n|conscripts?|border guards?)\b", re.I)


_HARMED = re.compile(r"\b(kill\w*|dead|died|injur\w*|wound\w*|hurt|casualt\w*|fatalit\w*|burn(?:ed|t) (?:to death|alive))\b", re.I)
_NO_HARM = re.compile(r"\b(?:no|neither|without) (?:\w+ )?(?:casualt\w*|fatalit\w*|injur\w*|deaths?)|"
                      r"\bnobody was\b|\bno one was\b", re.I)


_ABDUCTED = re.compile(r"\b(?:abduct\w*|kidnap\w*|took (?:\w+ ){0,3}?hostages?|taken hostage)\b", re.I)
_PEOPLE_HARMED = re.compile(r"\b(?:kill(?:ed|ing)|injur(?:ed|ing)|wound(?:ed|ing)|beat(?:en|ing)?|beat up|assault(?:ed|ing)|"
                            r"tortur\w+|rap(?:ed|ing)|abduct\w*|kidnap\w*|shot|shooting|murder\w*|took (?:\w+ ){0,3}?hostages?|"
                            r"burn\w* (?:[\w'-]+ ){0,3}?(?:alive|to death)|whipp(?:ed|ing)|flogg(?:ed|ing))\b",
                            re.I)


_SYMBOLIC_BURNING = re.compile(r"\b(?:burn\w*|torch\w*|set fire to|set on fire)\s+(?:[\w'-]+\s+){0,3}?"
                               r"(?:effig\w*|flags?|copies|photos?|pictures?|posters?|portraits?|candles?)\b", re.I)


# acts that make a demonstration violent wherever the sentence names them (ACLED codebook, Riots:
# demonstrators who burn tyres, throw stones or petrol bombs; "rioters demonstrating against ...")
_RIOT_ACTS = re.compile(r"\bburn\w* (?:\w+ )?(?:tyres?|tires?)\b|\b(?:tyres?|tires?)\b[^.;]{0,30}\bon fire\b|\bbarricad\w*|\b(?:tyres?|tires?) (?:were |was )?(?:burn\w*|set (?:on )?fire|"
                        r"set ablaze|torched)|\b(?:with|threw|hurl\w*|pelt\w*)\s+(?:\w+\s+){0,3}?(?:stones|rocks|"
                        r"molotov\w*|petrol bombs?)\b|\brioters\b", re.I)


_ARMED_PEOPLE = re.compile(r"\b(?:gunmen|armed (?:men|group|individuals|assailants)|militants?|fighters|rebels|insurgents|"
                           r"jihadists|terrorists|gangs?|cartels?|bandits|militia\w*|guns?|firearms?|rifles?|pistols?|"
                           r"explosives?|IEDs?|grenades?|Taliban|Shabaab)\b", re.I)
_STATE_SIDE = re.compile(r"\b(?:police\w*|soldiers|troops|army|gendarm\w*|security forces)\b", re.I)


# unarmed people who burn or smash property as a crowd (ACLED codebook, Riots)
_UNARMED_DOERS = re.compile(r"\b(?:residents|villagers|locals|youths?|crowds?|mobs?|people|persons|men|traders|vendors|"
                            r"shopkeepers|drivers|riders|motorcyclists|inmates|prisoners|detainees|students|pupils|"
                            r"workers|miners|fans|supporters|community members|neighbou?rs|citizens|women)\b", re.I)


# what a protest is about ("against the arrest of", "demanding the release of", "over the killing of")
# says nothing about how it went
_GRIEVANCE = re.compile(
    r"\b(?:against|over|condemn\w*|denounc\w*|protest(?:s|ed|ing)?|demand\w*|releas\w*|justice for|mourn\w*|after|following|"
    r"because of|in response to|in reaction to)\s+(?:[\w'()/-]+\s+){0,7}?"
    r"(?:arrest\w*|detention|detain\w*|killing|kill\w*|shoot\w*|shot|murder\w*|death|attack\w*|assault\w*|beat\w*|"
    r"abduct\w*|kidnap\w*|violen\w*)\b|\b(?:arrested|detained|jailed|imprisoned|killed|slain|murdered) "
    r"(?:\w+ ){0,3}?(?:leader|president|activist|journalist|editor|member|student|man|woman|youth)", re.I)


_SMALL_ARMS = re.compile(r"\b(small arms|(?<!heavy )machine[- ]?guns?|gunfire|rifles?|firearms?|shots|gunshots?|"
                         r"light weapons|bursts of fire)\b", re.I)


_EXCHANGE = re.compile(r"\b(exchang\w*|clash\w*|fight(?:s|ing)?|fought|firefight|gun ?battle|battl\w*|engag\w*|repuls\w*|repell\w*|confront\w*|"
                       r"rout(?:ed|ing)?|fought off|drove (?:them |the \w+ )?(?:off|back|away)|pushed (?:them |the \w+ )?back)\b", re.I)


# an armed target named by what it is, not who: "fired at the positions of", "ambushed a patrol"
_ARMED_TARGET = re.compile(r"\b(positions?|patrols?|"
                           # a convoy of trucks or traders is not an armed target
                           r"convoys?(?! of (?:[\w'-]+ ){0,2}?(?:trucks|lorries|vehicles|buses|cars|traders|merchants|civilians|"
                           r"passengers|food|aid|humanitarian|supplies|goods|fuel|tankers))|checkpoints?|check[- ]?posts?|outposts?|"
                           r"barracks|security posts?|police (?:stations?|posts?)|peacekeepers?|"
                           r"(?:military|army|police|security|peacekeepers'?|peacekeeping|UN) (?:base|camp|post)s?|troops|soldiers|policemen|police officers|gendarmes|militants|fighters|rebels|insurgents|"
                           r"militiamen|militia members|vigilantes|VDPs?|"
                           r"self-defen[cs]e \w+|defen[cs]e volunteers|(?:armed|security) escorts?|bodyguards?|guards)\b", re.I)


_SHOT_DOWN = re.compile(r"\b(?:shot|shoot\w*|brought|bring\w*) down\b|\bdown(?:ed|ing)\b|\bintercept\w*", re.I)


_MOB = re.compile(r"\b(mob|lynch\w*|angry crowd|vigilantes?)\b", re.I)


# ACLED codebook: an attack met with return fire is a two-sided Battle, whatever the first weapon
# ("threw a grenade at police, who responded with gunfire", "responded to the shelling", "fired back")
_RESPONSE = re.compile(
    r"\b(?:respond\w*|react\w*|retaliat\w*)\s+(?:with|to|by)\s+(?:[\w'-]+\s+){0,3}?(?:fire|gunfire|shots|shooting|shelling|"
    r"attacks?|the fire)\b|\breturn(?:ed|ing)? (?:the )?fire\b|\b(?:fired|firing|shot|shooting|fought|fighting|fight|fights) back\b|\bexchange of fire\b|"
    r"\b(?:repell?(?:ed|ing)?|repuls(?:ed|ing)|fought off) (?:the|an|a|their) (?:(?:armed|jihadist|terrorist|militant|enemy) )?"
    r"(?:attacks?|assaults?|attackers|assailants|incursions?)\b|"
    # the attackers killed by those they attacked or by forces who came to their help
    r"\b(?:kill\w*|neutrali[sz]\w*) (?:(?!by\b)\w+ ){0,3}?(?:of the )?(?:assailants|attackers)\b|"
    r"\b(?:assailants|attackers) (?:were|was) (?:\w+ )?(?:killed|neutrali[sz]ed)\b|"
    # "government forces opened gunfire in response", "opened fire after the explosion"
    r"\b(?:open\w*|return\w*) (?:\w+ ){0,2}?(?:gun)?fire (?:in response|in retaliation|after the (?:explosion|blast|attack))\b",
    re.I)


_VICTIM_NOUNS = (r"(?:persons?|people|civilians?|villagers?|residents?|passengers?|drivers?|travell?ers?|traders?|women|"
                 r"children|men|man|woman|worshippers|miners|farmers?|herders?|herdsmen|shepherds?|pastoralists|merchants|"
                 r"guests|mourners|pupils|students|teachers|"
                 r"workers|employees|shoppers|fishermen|family members|relatives)")
_HARMED_PEOPLE = re.compile(r"\b" + _VICTIM_NOUNS + r"\b[^.;]{0,40}\b(?:killed|injured|wounded|hurt|died|dead|abducted|"
                            r"kidnapped)\b|\b(?:killing|killed|injuring|injured|wounding|wounded|abducting|abducted|"
                            r"kidnapping|kidnapped)\s+(?:\w+\s+){0,3}?" + _VICTIM_NOUNS + r"\b", re.I)


# property that is not where people live: attacking it with nobody hurt is property destruction
_PROPERTY = re.compile(r"\b(schools?|offices?|buildings?|vehicles?|cars?|trucks?|lorr(?:y|ies)|buses|pipelines?|masts?|"
                       r"towers?|factor(?:y|ies)|plants?|warehouses?|banks?|bridges?|facilit(?:y|ies)|machinery|"
                       r"bulldozers?|tractors?|excavators?|equipment|dair(?:y|ies)|mills?|oil fields?|power lines?|"
                       r"water (?:scheme|supply|tank)s?|cell towers?|antennas?|shops?|stores?|businesses|"
                       # public buildings with nobody in arms (ACLED codebook, Looting/property destruction)
                       r"town halls?|city halls?|mairies?|prefectures?|health (?:cent(?:re|er)|post|clinic)s?|clinics?|"
                       r"dispensar(?:y|ies)|granar(?:y|ies)|churches|mosques?|markets?)\b", re.I)


_AGENT_PHRASE = re.compile(r"\bby\s+(?:[\w'()-]+\s+){0,6}?[\w'()-]+(?=\s*[,.;]|\s+(?:in|on|at|near|during|after|"
                           r"while|when|who|and)\b)", re.I)


_ON_PLACES = frozenset({"attack", "raid", "storm", "assault", "target", "hit", "strike", "ambush", "invade", "overrun"})
