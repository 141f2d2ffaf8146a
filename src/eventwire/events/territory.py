"""Territory taken, with or without a fight (ACLED codebook: Battles, Government regains territory and
Non-state actor overtakes territory; Strategic developments, Non-violent transfer of territory), or people and
goods seized rather than a place."""

from __future__ import annotations

import re

from .actors import ActorRecord
from .lexicon import TriggerSpec
from .codes import Coding
from .cues import _EXCHANGE, _GOODS, _HARMED, _PROPERTY, _WEAPON_CACHE, _has
from .sd_acts import _FIGHT, _violence_told


_PLACE_WORDS = re.compile(r"\b(town|village|city|district|area|territory|control|region|province|locality|base|"
                          r"positions?|hill|airport|border|camp|neighbou?rhood|island|port|front)\b", re.I)


# fighters or people captured, not a place ("captured two terrorists", "militants were killed or captured")
_CAPTIVES = (r"(?:militants|fighters|insurgents|rebels|jihadists|terrorists|soldiers|militiamen|members|suspects|gunmen|"
             r"attackers|assailants|combatants|elements|men|persons|people)")
_PEOPLE_CAPTURED = re.compile(r"\b(?:captur(?:ed|ing)|seiz(?:ed|ing))\s+(?:(?!(?:from|by|of|in|at|near|after|to|with)\b)"
                              r"[\w-]+\s+){0,3}?" + _CAPTIVES + r"\b|\b"
                              + _CAPTIVES + r"\b[^.;]{0,30}?\b(?:were|was)\s+(?:[\w]+,?\s+){0,4}?captured\b", re.I)


def _territory(
    spec: TriggerSpec, text: str, actor1: ActorRecord | None, after: str | None, following: str, place_target:
    bool
) -> Coding | None:
    """Territory taken, with or without a fight, or people and goods seized rather than a place (ACLED
    codebook: Battles, territory sub-types; Non-violent transfer of territory); None when no territory word."""
    if spec.territory and (_has(_NO_FIGHT, text) or _has(_ABANDONED, text) and not _has(_EXCHANGE, text + " " + following[:300])) \
            and not _has(_HARMED, text) and (_has(_SAID_NO_FIGHT, text) or not _has(_EXCHANGE, text)):
        # ("took the town after the army withdrew following heavy clashes": the place changed hands in a fight)
        # ACLED codebook, Non-violent transfer of territory: control of a place taken without a fight
        return Coding("Strategic developments", "Non-violent transfer of territory", "COERCE", None, "17", 0.55,
                      "territory taken without a fight")
    if spec.territory and not place_target and _has(_PEOPLE_CAPTURED, text):
        # "3 PKK militants were killed, injured or captured during the operations", "captured two terrorists":
        # people taken in a fight, not territory (ACLED codebook, Battles: Armed clash)
        return Coding("Battles", "Armed clash", "FIGHT", None, "190", 0.55, "fighters captured")
    if spec.territory and spec.lemma in ("seize", "confiscate", "capture") and not _has(_PLACE_WORDS, (after or text)[:60]) \
            and (_has(_GOODS, text) or _has(_WEAPON_CACHE, text)) and _violence_told(text + " " + following[:250]):
        # "gunmen who had seized a vehicle ... opened fire and wounded a soldier", "seized a submachine gun. Two
        # individuals died": goods or weapons taken in a fight are part of it; the fight's own word codes it
        return None
    if spec.territory:
        if spec.lemma in ("seize", "capture") and _has(_WEAPON_CACHE, text) and not re.search(r"\b(town|village|city|district|area|territory|control)\b", text, re.I):
            if _has(_FIGHT, text) and not _has(_NO_FIGHT, text):
                # "seized weapons after fighting with Al Shabaab": weapons taken in a fight are its outcome (ACLED
                # codebook, Battles)
                return Coding("Battles", "Armed clash", "FIGHT", None, "190", 0.5, "weapons seized in a fight")
            return Coding("Strategic developments", "Disrupted weapons use", "COERCE", None, "17", 0.55, "weapons seized")
        if spec.lemma in ("seize", "confiscate") and _has(_GOODS, text) and not place_target \
                and not _has(_PLACE_WORDS, _before_goods((after or text)[:80])):
            return Coding("Strategic developments", "Looting/property destruction", "COERCE", "seize", "1711", 0.55,
                          "goods seized")
        if spec.lemma in ("seize", "confiscate") and _has(_LAND_SEIZED, (after or text)[:80]) \
                and not _has(_EXCHANGE, text + " " + following[:300]):
            # "seized a large area of Palestinian-owned land": land taken from its owners, not territory taken
            # from an enemy (ACLED codebook, Strategic developments: Looting/property destruction)
            return Coding("Strategic developments", "Looting/property destruction", "COERCE", "seize", "1711", 0.5,
                          "land seized")
        object_text = re.sub(r"\bcontrol\b", " ", (after or text)[:80], flags=re.I)
        if not place_target and _has(_PROPERTY, object_text) and not _has(_PLACE_WORDS, object_text):
            # "armed men took control of a factory": property, not territory
            return Coding("Strategic developments", "Looting/property destruction", "COERCE", "seize", "1711", 0.5,
                          "property taken over")
        if spec.lemma in _TAKE_LEMMAS and not _has(_VIOLENCE_WORDS, text + " " + following[:300]) \
                and _has(_INSTITUTION, (after or text)[:60]):
            # "police occupied the parliament to prevent the deputies from entering": a building held, no ground taken
            # from an enemy (ACLED codebook 2019+, Strategic developments: Other)
            return Coding("Strategic developments", "Other", "COERCE", None, "17", 0.45, "building occupied, no fight")
        if spec.lemma in _TAKE_LEMMAS and not _has(_VIOLENCE_WORDS, text + " " + following[:300]) \
                and not _has(_PEOPLE_CAPTURED, text) \
                and (_has(_PLACE_WORDS, (after or text)[:100]) or place_target or _has(_NAMED_TAKEN, after or text)) \
                and not _has(_GOODS, (after or text)[:60]) and not _has(_WEAPON_CACHE, (after or text)[:60]):
            # "militants took control of the village and raised their flag", "Al Shabaab took over Halgan" (a place
            # named as the object), with no fight told in the report: ACLED
            # codebook, Non-violent transfer of territory ("rival actors acquire territory without engaging in violent
            # interactions"); a place taken in a fight is a Battles sub-type
            return Coding("Strategic developments", "Non-violent transfer of territory", "COERCE", None, "17", 0.45,
                          "territory taken, no fight told")
        if actor1 is not None and (actor1.kind == "state" or actor1.inter == 1):
            return Coding("Battles", "Government regains territory", "FIGHT", None, "190", 0.6, "territory by state")
        if actor1 is not None:
            return Coding("Battles", "Non-state actor overtakes territory", "FIGHT", None, "190", 0.6, "territory by non-state")
        return Coding(spec.event_type, spec.sub_event_type, "FIGHT", None, "190", 0.4, "territory, actor unknown")
    return None


# buildings of institutions, which forces occupy to shut them rather than to take ground
_INSTITUTION = re.compile(r"\b(?:parliament|national assembly|senate|ministry|court ?house|courts?|palace|state house|"
                          r"radio|television|TV|broadcaster|university|campus|stadium|city hall|town hall|electoral commission)\b",
                          re.I)
# a name as what is taken over ("took over Qoryoley"): a place the tagger did not know
_NAMED_TAKEN = re.compile(r"^(?:took|takes?|taken|taking)\s+(?:over|control of)\s+[A-Z][a-z]")
# taking words that say nothing of a fight ("took control of", "took over", "occupied"; not "captured", "recaptured",
# "overran", "liberated", "stormed": those tell of one)
_TAKE_LEMMAS = frozenset({"seize", "occupy", "takeover"})
_VIOLENCE_WORDS = re.compile(r"\b(?:clash\w*|fight(?!ers?\b)\w*|fought|battl\w*|combat|exchang\w*|attack\w*|assault\w*|storm\w*|raid\w*|"
                             r"ambush\w*|offensive|operation|shell\w*|bomb\w*|strikes?|fire|fired|firing|gunfire|shots?|shoot\w*|"
                             r"kill\w*|dead|died|deaths?|injur\w*|wound\w*|casualt\w*|fatalit\w*|repel\w*|repuls\w*|rout\w*|"
                             r"overr[au]n\w*|push\w* back|drove|driven|expel\w*|dislodg\w*|flee\w*|fled|retreat\w*|"
                             r"withdr[ae]w\w*|counter-?attack\w*|advance\w*|loot\w*|burn\w*|torch\w*|abduct\w*|kidnap\w*)\b",
                             re.I)


def _before_goods(obj: str) -> str:
    """The object's words before the goods it names ("seized 20 kg of cannabis in the town": "seized 20")."""
    found = _GOODS.search(obj)
    return obj[:found.start()] if found else obj


# land and fields, which have owners ("seized 40 dunams of land", "confiscated farmland")
_LAND_SEIZED = re.compile(r"\b(?:land|lands|farmland|farmlands|fields|plots?|dunams?|acres|hectares)\b", re.I)


# territory changing hands with no fight
_NO_FIGHT = re.compile(r"\bwithout (?:any |a |meeting )?(?:resistance|fight\w*|a shot|firing a shot|a single shot|clash\w*|"
                       r"combat|bloodshed)|\bpeacefully\b|\bunopposed\b|\bafter (?:the )?(?:\w+ ){0,3}?(?:withdr[ae]w\w*|"
                       r"retreat\w*|pulled out|pull-?out|departure)\b|\babandoned by\b", re.I)
# a transfer said outright to have had no fight
_SAID_NO_FIGHT = re.compile(r"\bwithout (?:any |a |meeting )?(?:resistance|fight\w*|a shot|firing a shot|a single shot|clash\w*|"
                            r"combat|bloodshed)|\bpeacefully\b|\bunopposed\b", re.I)
# a place taken after those who held it or lived there had left ("occupied the village after residents fled",
# "entered the town after the army pulled out"): ACLED codebook, Non-violent transfer of territory
_ABANDONED = re.compile(r"\b(?:after|once|when) (?:the |its |their )?(?:[\w'-]+ ){0,3}?(?:had )?(?:fled|left|abandoned|deserted|"
                        r"evacuated|vacated)\b|\b(?:abandoned|deserted|evacuated|empty) (?:town|village|base|camp|post|positions?)\b",
                        re.I)
