"""Protests and riots (ACLED codebook: demonstrations are Protests unless the demonstrators are violent,
which makes them Riots; intervention or lethal force by the state is a Protests sub-type)."""

from __future__ import annotations

import re

from .actors import ActorRecord
from .lexicon import TriggerSpec
from .codes import Coding
from .cues import (
    _ARMED_PEOPLE, _DEMONSTRATION, _GRIEVANCE, _RIOT_ACTS, _STATE_FORCE, _STATE_SIDE, _SYMBOLIC_BURNING,
    _UNARMED_DOERS, _has,
)
from .sides import _doer_side, _state


# people who go on strike, named before the word ("nurses' strike", "a taxi strike") or after it ("a strike by
# lecturers"): a strike of workers, not a military strike
_STRIKERS = (r"(?:workers|employees|staff|nurses|doctors|medics|health workers|teachers|lecturers|academics|"
             r"civil servants|public servants|miners|drivers|transporters|truckers|taxi|bus|okada|motorcycle taxi|"
             r"traders|merchants|shopkeepers|vendors|dockers|port|rail(?:way)?|magistrates|judges|lawyers|court clerks|"
             r"pilots|cabin crew|pharmacists|journalists|students|pupils|farmers|fishermen|bakers|butchers|unions?|"
             r"labou?r|(?:medical|health|hospital|university|school|council|municipal|mine|factory) (?:workers|staff))")
# a workplace where workers strike ("as strikes at hospitals continue")
_WORKPLACES = r"(?:hospitals?|clinics?|health (?:centres?|centers?|facilities)|schools?|universit(?:y|ies)|factor(?:y|ies)|mines?|ports?|courts?)"
# a strike is a protest of workers (ACLED codebook, Protests: demonstrations by workers are recorded; a strike
# is recorded when the workers are reported acting on it, "went on strike", "staged a strike")
_LABOUR_STRIKE = re.compile(
    r"\b(on strike|went on (?:a |an )?(?:[\w'-]+\s+){0,2}?strike|hunger strike|general strike|strike (?:action|notice|to demand|demanding|over|against|for)|"
    r"workers?\b.*\bstrike|strike\b.*\b(?:demand|wages|salar)|"
    r"(?:observ|beg[au]n|launch|call|stag|declar|start|h[eo]ld|announc|continu|extend|organi[sz]|join|embark)\w*\s+"
    r"(?:on |in )?(?:a |an |the |their |its )?(?:[\w'-]+\s+){0,3}?strike|"
    r"\d+[- ](?:hours?|days?|weeks?)[- ](?:long )?strike|(?:indefinite|labou?r|sit-down|wildcat|nationwide|national|"
    r"teachers'?|workers'?|transport|doctors'?) strike)", re.I)
# a strike named by its strikers or their workplace ("nurses' strike", "a strike by lecturers", "strikes at hospitals")
_NAMED_STRIKE = re.compile(
    r"\b(?:" + _STRIKERS + r"'?s?'? strikes?|strikes? (?:by|of|among) (?:[\w'-]+\s+){0,3}?" + _STRIKERS + r"|"
    r"strikes? (?:at|in) (?:[\w'-]+\s+){0,3}?" + _WORKPLACES + r")\b", re.I)
# a strike from the air or by guns, or one that kills: never a labour strike ("air strikes at hospitals",
# "strikes at a clinic killed 4")
_MILITARY_STRIKE = re.compile(r"\b(?:air|drone|aerial|missile|rocket|artillery|military|retaliatory|pre-?emptive|nuclear|"
                              r"precision|airstrikes?|warplanes?|jets?|aircraft|bombs?|bombing|shelling)\b", re.I)
_HARM = re.compile(r"\b(?:kill\w*|dead|died|deaths?|wound\w*|injur\w*|destroy\w*|casualties)\b", re.I)


def labour_strike(text: str) -> bool:
    """Is the "strike" of this clause a strike of workers ("went on strike", "nurses' strike", "a strike by
    lecturers") rather than an attack? A clause that names aircraft, missiles or bombs is about an attack, and
    a strike named only by where it happened is one only when nobody was hurt."""
    if _MILITARY_STRIKE.search(text) is not None:
        return False
    return _LABOUR_STRIKE.search(text) is not None or (
        _NAMED_STRIKE.search(text) is not None and _HARM.search(text) is None)


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

_INTERVENTION = re.compile(
    r"\b(dispers\w*|tear[- ]?gas(?:s\w*)?|batons?|baton[- ]charg\w*|lathi\w*|water cannons?|rubber bullets|"
    r"arrest\w*|detain\w*|broke up|break up|prevented|stopped|blocked by|charged|interven\w*|(?:did )?not allow\w*|"
    r"removed|evicted|forcibly|by force|used force|use of force|cordon\w*|kettl\w*)\b", re.I)


# people named by the demonstration itself ("rioters blocked the highway with dirt mounds")
_DEMONSTRATORS = re.compile(r"\b(?:protesters|protestors|demonstrators|rioters|marchers|strikers|activists)\b", re.I)
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
    return (_has(_UNARMED_DOERS, doers) or _has(_DEMONSTRATORS, doers)) and not _has(_STATE_SIDE, doers) \
        and not _has(_ARMED_PEOPLE, doers) \
        and _has(_ROADWAY, (after or text)[:120])


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


# what the crowd went on to do, past the stated reasons ("demonstrated against the mayor and set fire
# to the town hall", "miners protesting their dismissal clashed with guards")
_CROWD_ACT = re.compile(r"\b(?:and|then|before|later)\s+(?:\w+\s+)?(?:set fire|set ablaze|set (?:\w+ ){1,3}?(?:on fire|ablaze)|"
                        r"burn(?:ed|t)|torched|ransacked|looted|vandali[sz]ed|smashed|destroyed|damaged|clashed|threw|"
                        r"hurled|pelted|stormed|attacked|beat)\b|\bclashed with\b|"
                        # the act told as a participle after the reasons ("demonstrated against the company,
                        # burning one of its vehicles")
                        r",\s+(?:burning|setting fire|setting (?:\w+ ){1,3}?(?:on fire|ablaze)|torching|ransacking|looting|"
                        r"vandali[sz]ing|smashing|stoning|pelting|throwing stones)\b", re.I)


def _acts(text: str) -> str:
    """What the crowd did: the text without the stated reasons of the protest."""
    return _REASON_TAIL.sub(" ", text)


# a violent word that tells what someone else did or is charged with, not what the crowd did: "activists accused of
# attacking a bank", "the arrest of people who set fire to crops", "a burnt transformer" (a thing's state)
_OTHERS_DEED = re.compile(r"\b(?:accused of|suspected of|alleged(?:ly)?|blamed for|charged with|convicted of|"
                          r"arrested for|detained for|jailed for|responsible for)\s+(?:[\w'-]+\s+)?$", re.I)
_RELATIVE = re.compile(r"\b(\w+)\s*,?\s+(?:who|that|which|whose)\s+(?:[\w'-]+\s+){0,3}?$", re.I)
_CROWD_HEADS = frozenset({"protesters", "protestors", "demonstrators", "rioters", "youths", "residents", "students",
                          "crowd", "mob", "they", "workers", "traders", "supporters", "villagers", "inmates",
                          "prisoners", "participants", "marchers", "locals", "strikers"})
_DEED_STATE = re.compile(r"\b(?:a|an|the|its|their|his|her|some|several|two|three)\s+$", re.I)
# stones or logs a road is blocked with, and people who shut themselves in: how a blockade or a sit-in is made,
# not violence (ACLED codebook, Protests: a road blockade or an occupation by peaceful demonstrators)
_NOT_VIOLENCE = re.compile(
    r"\b(?:block\w*|clos\w*|seal\w*|obstruct\w*)\b[^.;]{0,50}?\b(?:with|using)\s+"
    r"(?:(?!tyres|tires|burning|fire)[\w'-]+,?\s+){0,3}?"
    r"(?:stones|rocks|boulders|logs|branches|tree trunks|sand|dirt|debris)\b(?:\s+and other (?:objects|materials))?"
    r"(?![^.;]{0,20}\b(?:on fire|ablaze|alight|burning|set fire))|"
    r"\bbarricad\w* (?:themselves|himself|herself)\b", re.I)


def _others_deed(text: str, m: re.Match[str]) -> bool:
    """Is this violent word someone else's deed or a thing's state (see ``_OTHERS_DEED``)? A relative clause
    of the crowd ("protesters, who had burnt tyres") is the crowd's own act."""
    before = text[max(0, m.start() - 60):m.start()]
    if _has(_OTHERS_DEED, before) or (_has(_DEED_STATE, before) and m.group(0).lower().endswith(("burnt", "damaged",
                                                                                                 "destroyed", "looted"))):
        return True
    rel = _RELATIVE.search(before)
    # "reported that some demonstrators threw rocks": a "that" after a verb opens what was said, and a crowd named
    # in the clause is its doer
    if rel is not None and rel.group(1).lower() not in _CROWD_HEADS and not rel.group(1).lower().endswith("ed") \
            and rel.group(1).lower() not in ("said", "says", "say", "told", "claim", "claims", "report", "reports") \
            and not any(w.lower() in _CROWD_HEADS for w in re.findall(r"\w+", before[rel.end(1):])):
        return True
    # a participle of other people's act ("demanding the arrest of cattle thieves attacking them")
    doer = re.search(r"\b(\w+s)\s+$", before)
    return m.group(0).lower().endswith("ing") and doer is not None and doer.group(1).lower() not in _CROWD_HEADS \
        and doer.group(1).lower() not in ("others", "some", "several", "dozens", "hundreds", "thousands", "as")


def _violent(text: str) -> bool:
    """Violent crowd words, not counting capitalised names ("the National Torch Movement") nor others' deeds."""
    text = _NOT_VIOLENCE.sub(" ", text)
    for m in _VIOLENT_CROWD.finditer(text):
        if m.group(0)[0].isupper() and m.start() > 0 and text[:m.start()].rstrip()[-1:] not in (".", ""):
            continue
        if re.match(r"(?:\s+\w+){0,3}?\s+(?:effig\w*|candles?|flags?|copies|photos?|pictures?|posters?)", text[m.end():], re.I):
            continue  # burning an effigy or a flag is a symbolic act of a peaceful protest (ACLED codebook)
        if _others_deed(text, m):
            continue
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


# who goes on a rampage that is not a crowd's: a gunman's shooting spree, an animal
_NOT_A_CROWD = re.compile(r"\b(?:gunm[ae]n|shooters?|shooting|gun\w*|armed|knife|stabbing|elephants?|buffalo(?:es)?|"
                          r"hippos?|lions?|animals?|bulls?|cattle|dogs?|storms?|floods?|waters?|fire)\b", re.I)


def _crowd_rampage(spec: TriggerSpec, text: str) -> bool:
    """A rampage is a riot when people of a crowd go on it ("students went on the rampage", "youths rampaged
    through the market": ACLED codebook, Riots: Mob violence); a gunman's shooting rampage is an attack
    and an elephant's or one man's is no event."""
    return spec.lemma != "rampage" or (_has(_UNARMED_DOERS, text) or _has(_DEMONSTRATORS, text)) \
        and not _has(_NOT_A_CROWD, text)


# security forces stopping demonstrators ("guards intervened to prevent protesters from approaching", "police
# intervened to stop a march"): the demonstrators or their demonstration are what is stopped, not a protest only
# feared ("troops were told to intervene to prevent protests")
_STOPPING = frozenset({"intervene"})
_FORCES_STOP_DEMONSTRATORS = re.compile(
    r"\b(?:police\w*|soldiers|troops|security|guards|gendarm\w*|army|military|forces|officers|agents)\b[^.;]{0,60}?"
    r"\b(?:interven\w*|prevent\w*|stop(?:s|ped|ping)?)\b[^.;]{0,60}?\b(?:protesters|protestors|demonstrators|marchers|"
    r"strikers|(?:a|the|their|an) (?:[\w'-]+ )?(?:demonstration|protest|march|rally|sit-in|gathering|procession))\b", re.I)


def _stopped_demonstration(spec: TriggerSpec, text: str) -> bool:
    """A word of stopping names a demonstration met by force only when security forces stop demonstrators or their
    demonstration (ACLED codebook, Protests: Protest with intervention)."""
    return spec.lemma not in _STOPPING or _has(_FORCES_STOP_DEMONSTRATORS, text)


def _protest(spec: TriggerSpec, text: str, actor1: ActorRecord | None, actor2: ActorRecord | None,
             following: str = "") -> Coding | None:
    """Protests and riots (ACLED codebook: demonstrations are Protests unless the demonstrators
    are violent, which makes them Riots; intervention or lethal force by the state is a Protests sub-type).
    None for a word that names no demonstration here (an animal's rampage).

    ``following``: the next sentence of a short report, read for an intervention ("Police dispersed the
    crowd.") and for the crowd's own violence ("They blocked the town and tried to retaliate.")."""
    if not _crowd_rampage(spec, text) or not _stopped_demonstration(spec, text):
        return None
    turned_violent = _has(_TURNED_VIOLENT, text) or _has(_TURNED_VIOLENT, following[:300])
    text = _strip_grievance(text)
    acts = _acts(text)
    force_by = actor2 if _state(actor2) else actor1 if _state(actor1) else None
    crowd_act = _has(_CROWD_ACT, _SYMBOLIC_BURNING.sub(" ", text))
    # the demonstrators' own violence, told in the first sentence ("demonstrated against the curfew;
    # demonstrators attacked and burned the police station"): the police response that follows does
    # not make it a protest met by force (ACLED codebook: force against violent demonstrators is a riot)
    violent_crowd = _violent(acts) or _has(_RIOT_ACTS, _NOT_VIOLENCE.sub(" ", text)) or crowd_act or _crowd_force(acts) \
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


def replace_spec(spec: TriggerSpec, event_type: str, sub: str) -> TriggerSpec:
    from dataclasses import replace

    return replace(spec, event_type=event_type, sub_event_type=sub, protest=True)
