"""Who acts against whom: the actor predicates the ACLED coding rules turn on (state forces, crowds,
fighting sides, foreign forces, off-duty personnel, communal doers) and where a clause names doer and target."""

from __future__ import annotations

import functools
import re

from .actors import ActorRecord
from .cues import _SECURITY_VICTIM, _has


def _foreign(rec: ActorRecord | None, country: str | None) -> bool:
    if rec is None:
        return False
    if rec.inter == 8:
        return True
    return rec.kind == "state" and rec.country is not None and country is not None and rec.country != country


# attackers named by their community ("youths from the Bobo community attacked cattle owners"): an
# identity militia (ACLED inter code 4), not a mob
_COMMUNAL_DOERS = re.compile(r"\b(?:from|of) (?:the )?[A-Z][\w'-]+ (?:community|communities|ethnic group|clan|tribe)\b|"
                             r"\b[A-Z][\w'-]+ (?:ethnic|communal) (?:militia\w*|group|youths?|men|individuals)\b")
# "Fulani youths", "Dozo hunters": people named by their community (not by a country: "Palestinian youths")
_NAMED_FOLK = re.compile(r"\b([A-Z][a-z][\w'-]+) (?:youths|men|herders|herdsmen|hunters|militiamen|tribesmen)\b")
_NOT_FOLK = frozenset({"the", "a", "an", "some", "several", "local", "angry", "armed", "unidentified", "unknown", "young",
                       "many", "two", "three", "four", "five", "ten", "dozens", "hundreds", "other", "these", "those"})


#: the people a community's name stands before when they act as its militia
_FOLK_NOUNS = (r"youths|young men|men|herders|herdsmen|pastoralists|farmers|hunters|militia|militias|militiamen|gunmen|"
               r"fighters|raiders|cattle raiders|tribesmen|vigilantes|elements|assailants|attackers")


@functools.lru_cache(maxsize=4)
def _community_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    if not names:
        return None
    alternatives = "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))
    return re.compile(rf"\b({alternatives})\s+(?:(clan|sub-clan|ethnic|tribal|communal|community)\s+)?"
                      rf"(?:armed\s+)?(?:{_FOLK_NOUNS})\b")


def community_of(text: str) -> tuple[str, str] | None:
    """The community that names the people acting ("Fulani herdsmen", "Habar Gidir clan militia"), as
    (name, "Clan" or "Ethnic"), when it is one the knowledge base knows (ACLED codebook, identity
    militias: "Fulani Ethnic Militia", "Habar Gidir Clan Militia")."""
    from .actors import load_kb

    pattern = _community_pattern(load_kb().communities)
    m = pattern.search(text) if pattern is not None else None
    if m is None:
        return None
    return m.group(1), "Clan" if (m.group(2) or "").endswith("clan") else "Ethnic"


# herders who attack: the codebook's identity militias of the farmer-herder conflicts ("herdsmen killed 3 farmers")
_PASTORAL_DOERS = re.compile(r"\b(?:herds?m[ae]n|herders|pastoralists|cattle (?:raiders|rustlers)|rustlers)\b", re.I)


def communal_doers(text: str) -> bool:
    """The doers are named by their community (ACLED codebook: identity militias, inter code 4)."""
    if _has(_COMMUNAL_DOERS, text) or community_of(text) is not None or _has(_PASTORAL_DOERS, text):
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


_CROWD_KINDS = ("protesters", "rioters", "civilians")


_PASSIVE_END = re.compile(r"\b(?:was|were|been|being|is|are|got|get)\s+(?:\w+\s+){0,2}$", re.I)


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
