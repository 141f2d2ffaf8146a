"""The weapon a clause names, as an ACLED Explosions/Remote violence sub-event type (ACLED codebook:
air/drone strike, shelling/artillery/missile attack, remote explosive/landmine/IED, suicide bomb, grenade,
chemical weapon)."""

from __future__ import annotations

import functools
import re

from .lexicon import Lexicon
from .cues import _has


_NOT_WEAPON = re.compile(r"\b(grenade|rocket)[- ]launchers?\b|\bRPGs?\b", re.I)


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
