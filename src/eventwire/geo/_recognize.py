"""Toponym recognition: spaCy's GPE/LOC/FAC plus gazetteer-driven names that NER misses.

Each found mention is a ``Mention`` (a span in the cleaned doc, a role, and cues for the
resolver such as "followed by 'province'"). Spans overlapping a known armed actor are dropped.
The small spaCy model calls many towns people, peoples or organisations ("captured Jaffna",
"in Kisangani" as NORP, "the outskirts of Karachi" as ORG): a gazetteer name in a spatial slot
overrules it; the wider slots ("in the X", "X area", "the city X") take only main names of
countries, divisions or towns of 5,000. A big city or a country inside an organisation's name
("Toronto Star", "Air Zimbabwe") is found as a modifier (role metonym, never an event place).
One sense per story: a town's name found as a place is a place wherever else the story writes it
("Gainesville police said"), and the surname of someone the story names in full ("Mikheil
Saakashvili ... Saakashvili") is that person, not a place, outside a plainly spatial slot.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .._doc import doc_text, span_text
from ._lexicon import ADMIN2_WORDS, ADMIN_WORDS, NOT_PLACES, PHYSICAL_WORDS, demonym_of
from ._names import loose_key

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .base import Gazetteer

__all__ = ["Mention", "find_mentions"]

_LOCATIVE = frozenset({"in", "near", "at", "from", "to", "into", "outside", "around", "between", "across",
                       "towards", "toward", "of", "and", "or", "through", "via", "nearby", "inside", "within",
                       "on", "along", "west", "east", "north", "south", "reach", "entered", "captured", "seized",
                       "hit", "struck", "shelled", "bombed", "attacked", "targeted", "stormed", "besieged",
                       "recaptured", "retook", "liberated", "took", "reached", "towns", "cities", "villages"})
_SPEECH = frozenset({"say", "announce", "claim", "deny", "accuse", "warn", "urge", "demand", "insist", "reject",
                     "condemn", "threaten", "tell", "call", "vow", "agree", "want", "respond", "sign", "decide"})
_STRICT = frozenset({"in", "near", "between", "outside", "hit", "shelled", "bombed", "struck", "stormed", "through",
                     "across", "into", "inside"})
_SETTLEMENT_WORDS = frozenset({"city", "cities", "town", "towns", "village", "villages", "capital", "port"})
#: the words before a place name in French (a doc parsed by a French pipeline, ``doc.lang_ == "fr"``)
_LOCATIVE_FR = frozenset({"à", "près", "dans", "en", "vers", "autour", "entre", "sur", "au", "aux", "depuis", "et"})
#: "près de X", "la province de X", "l'ouest de X" (not "des milliers d'Algériens")
_OF_PLACE_FR = frozenset({"près", "province", "ville", "région", "village", "localité", "quartier", "vallée", "capitale",
                          "environs", "abords", "nord", "sud", "est", "ouest", "centre", "périphérie", "banlieue",
                          "alentours", "district", "préfecture", "commune", "cercle", "département", "état", "camp",
                          "nord-est", "nord-ouest", "sud-est", "sud-ouest", "portes", "zone", "frontière"})
# "the outskirts of Karachi", "the northern countryside of Aleppo": parts of a place, then its name
_PART_OF = frozenset({"outskirts", "countryside", "suburbs", "suburb", "centre", "center", "heart", "edge", "streets",
                      "area", "areas", "region", "district", "districts", "environs", "vicinity", "parts", "part",
                      "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                      "people", "residents", "governor", "mayor", "province", "provinces", "governorate",
                      "corridor", "sector", "fringes", "flank", "perimeter", "neighbourhood", "neighborhood"})
#: the words before a name where only a place can stand, and (if any) the words one of which must come before
_PLAIN_SLOT: dict[str, frozenset[str]] = {"in": frozenset(), "near": frozenset(), "outside": frozenset(),
                                          "inside": frozenset(), "from": frozenset({"withdrew", "withdrawn", "expelled",
                                                                                    "driven", "fled", "retreated"}),
                                          "capture": frozenset(), "captured": frozenset(), "stormed": frozenset(),
                                          "storming": frozenset(), "shelled": frozenset(), "besieged": frozenset()}
#: words in a name that say it is a street, a building, a firm or an office, not a settlement ("Castle Drive",
#: "Kanawha Magistrate Court", "Human Resources")
_NOT_A_PLACE_END = frozenset({"street", "road", "drive", "lane", "avenue", "boulevard", "way", "place", "circle",
                              "parkway", "highway", "court", "home", "chambers", "parts", "market", "resources",
                              "region", "ranch", "materials", "center", "centre", "hall", "office", "department",
                              "services", "company", "inc", "group", "club", "church", "school", "hospital",
                              "journal", "affairs", "magazine", "news", "times", "post"})
#: "the village of X": words for a settlement or a part of one whose name follows "of"
_NAMING_PARTS = frozenset({"village", "villages", "town", "towns", "city", "neighbourhood", "neighborhood",
                           "neighbourhoods", "neighborhoods", "district", "suburb", "suburbs", "settlement", "hamlet",
                           "township", "quarter", "locality", "commune", "municipality"})
_COMPASS_ADJ = frozenset({"northern", "southern", "eastern", "western", "northeastern", "northwestern",
                          "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
                          "south-western", "central", "rural", "eastern", "greater"})
_AROUND = frozenset({"countryside", "outskirts", "suburbs", "environs", "border", "frontier", "area", "region"})
# verbs of taking or striking a place: "captured Jaffna", "besieged Sarajevo"
_TAKING = frozenset({"captured", "seized", "recaptured", "retook", "liberated", "besieged", "shelled", "bombed",
                     "stormed", "overran", "entered", "encircled", "surrounded", "raided", "evacuated"})
# "aerial attacks on Aleppo", "the offensive on Mosul": after these nouns "on" takes a place, not a day or a topic
_ASSAULT_NOUNS = frozenset({"attack", "attacks", "assault", "assaults", "offensive", "offensives", "raid", "raids",
                            "strike", "strikes", "airstrike", "airstrikes", "bombardment", "bombardments", "advance",
                            "march", "push", "onslaught", "shelling", "rocket", "rockets", "missile", "missiles"})
# verbs whose object is a place, never a person, in any form ("enter eastern Aleppo", "thronged Hama")
_PLACE_VERBS = frozenset({"enter", "throng", "besiege", "shell", "storm", "overrun", "encircle", "occupy", "invade",
                          "evacuate", "liberate", "recapture", "retake", "bomb"})


#: the plural part words after a town's name ("the southern Aleppo districts")
_PART_PLURALS = frozenset({"districts", "areas", "neighbourhoods", "neighborhoods", "quarters", "suburbs"})
#: "government-held Aleppo", "rebel-controlled Idlib": the second half of an adjective saying who holds a place
_HOLDING = frozenset({"held", "controlled", "besieged", "occupied", "run", "dominated"})


def _held_by(span: Span) -> tuple[str, str] | None:
    """The two words before "X-held" in "in government-held Aleppo" (so "in" can say the name is a place)."""
    doc, k = span.doc, span.start - 1
    if k < 3 or doc[k].lower_ not in _HOLDING or doc[k - 1].text != "-":
        return None
    return doc[k - 3].lower_, (doc[k - 4].lower_ if k >= 4 else "")


def _object_of_place_verb(span: Span) -> bool:
    root = span.root
    return root.dep_ in ("dobj", "nsubjpass") and root.head.pos_ == "VERB" and root.head.lemma_ in _PLACE_VERBS


@dataclass
class Mention:
    span: Span
    role: str = "place"  # place | demonym | metonym | region | relational
    cue: str = ""  # admin1 | admin2 | city | physical | broad | team | "" (what the surrounding words say it is)
    country: str = ""  # for demonyms: the ISO code they point to
    from_ner: bool = True
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """``span.text``, cut from the doc's kept text (spaCy joins the tokens again on every call)."""
        return span_text(self.span)


def _actor_char_ranges(doc: Doc) -> list[tuple[int, int]]:
    actors = getattr(doc._, "ew_actors", None) or []
    return [(a.span.start_char, a.span.end_char) for a in actors]


def _overlaps(span: Span, ranges: list[tuple[int, int]]) -> bool:
    return any(span.start_char < e and s < span.end_char for s, e in ranges)


def _trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ == "'s"):
        end -= 1
    return doc[start:end] if end > start else None


_DASHES = frozenset({"—", "–", "--", "-", "―"})
_WIRES = frozenset({"ap", "reuters", "afp", "upi", "cnn", "xinhua", "dpa", "ians", "pti"})


def _is_dateline(span: Span) -> bool:
    """"WASHINGTON — The military ...", "(NEW YORK) —", "DALLAS (AP) -": a name in capitals before the dash or
    the agency that opens a news story is the town the story was filed from."""
    letters = [ch for ch in span_text(span) if ch.isalpha()]
    if len(letters) < 3 or not all(ch.isupper() for ch in letters):
        return False
    doc, j = span.doc, span.end
    if j < len(doc) and doc[j].text == ")":
        j += 1
    if j + 1 < len(doc) and doc[j].text == ",":  # "COLUMBUS, Ohio (AP) —", "ALBUQUERQUE, N.M. —"
        k = j + 1
        while k < len(doc) and k - j <= 4 and (doc[k].text[:1].isupper() or doc[k].text == "."):
            k += 1
        j = k if k > j + 1 else j
    if j >= len(doc):
        return False
    return doc[j].text in _DASHES or (doc[j].text == "(" and j + 1 < len(doc) and doc[j + 1].lower_ in _WIRES)


#: the local bodies and people a town's name before them says are that town's ("Danbury police")
_LOCAL_BODIES = frozenset({"police", "officials", "authorities", "residents", "council", "councillors", "councilmen",
                           "mayor", "firefighters", "officers", "taxpayers"})
#: "a native of X", "residents of X": the words that make the name after "of" someone's town
_HOME_WORDS = frozenset({"native", "natives", "resident", "residents", "citizen", "citizens", "mayor"})


def _home_slot(span: Span) -> bool:
    """The name says where someone lives or comes from: "a native of X", "residents of X", "John Smith, of X,"
    (a person, a comma, "of", the name, then a comma or the sentence's end), or where a local body is from
    ("Danbury police")."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in _LOCAL_BODIES and after.is_lower:
        return not span_text(span).isupper()  # not "SWAT officers"
    if span.start < 2 or doc[span.start - 1].lower_ != "of":
        return False
    before = doc[span.start - 2]
    if before.lower_ in _HOME_WORDS:
        return True
    closed = after is None or after.text in (",", ".", ";", ")")
    return closed and before.text == "," and span.start >= 3 and doc[span.start - 3].ent_type_ == "PERSON"


def _datelines(doc: Doc) -> list[Span]:
    """Names in capitals that open a story or a paragraph before a dash or the agency ("CLINTON — A town
    couple", "KABUL, Afghanistan (AP) —"), whatever NER made of them."""
    out: list[Span] = []
    i, n = 0, len(doc)
    while i < n:
        j = i
        while j < n and j - i < 4 and ((doc[j].is_upper and doc[j].is_alpha and len(doc[j]) > 1)
                                        or (j > i and doc[j].text in (".", "'", "’") and not doc[j].whitespace_)):
            j += 1
        if j > i and _opens(doc, i) and (_is_dateline(doc[i:j]) or _dated_line(doc, j)):
            out.append(doc[i:j])
        i = max(j, i + 1)
    return out


def _dated_line(doc: Doc, j: int) -> bool:
    """What follows a name in capitals makes it a dateline: "CHENNAI: Two businessmen", "SOUTH WAZIRISTAN, April 5
    (APP): The army chief" (a colon or a dash, after an optional date and agency)."""
    n = len(doc)
    if j < n and doc[j].text == ",":
        j += 1
        while j < n and doc[j].ent_type_ == "DATE":
            j += 1
    if j + 2 < n and doc[j].text == "(" and doc[j + 2].text == ")" and doc[j + 1].is_upper:
        j += 3
    return j + 1 < n and (doc[j].text == ":" or doc[j].text in _DASHES) and doc[j].whitespace_ != ""


def _opens(doc: Doc, i: int) -> bool:
    """Token ``i`` opens the story, a sentence or a line ("(NEW YORK) -" too), not an acronym in brackets."""
    if i > 0 and doc[i - 1].text == "(":
        i -= 1
    prev = doc[i - 1] if i > 0 else None
    return prev is None or doc[i].is_sent_start or prev.text in (".", "!", "?") or "\n" in prev.text_with_ws


def _cue(span: Span) -> str:
    doc = span.doc
    if _is_dateline(span):
        return "city"
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = [t.lower_ for t in doc[max(0, span.start - 3):span.start]]
    last = span[-1].lower_
    if last in ADMIN2_WORDS or after in ADMIN2_WORDS:
        return "admin2"
    listed = _listed_with(span)
    if listed:
        return listed
    if last in ADMIN_WORDS or after in ADMIN_WORDS or (before[-2:-1] and before[-1] == "of"
                                                       and before[-2] in ADMIN_WORDS):
        return "admin1"
    if last in PHYSICAL_WORDS or after in PHYSICAL_WORDS:
        return "physical"
    if after in _BORDER_WORDS or (after == "state" and span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "line"):
        return "broad"  # "the New York border", "the Ohio state line": a state or a country, not its city
    if before and before[-1] == "of" and len(before) >= 2 and before[-2] in _SETTLEMENT_WORDS:
        return "city"
    if _is_team(span):
        return "team"
    return ""


#: words of a sports report: a name before a team's plural nickname is then the team's city
_SPORT_WORDS = frozenset({"game", "games", "season", "coach", "league", "playoff", "playoffs", "points", "scored",
                          "inning", "innings", "quarterback", "touchdown", "touchdowns", "goals", "championship",
                          "tournament", "roster", "basketball", "baseball", "football", "hockey", "soccer", "nba",
                          "nfl", "mlb", "nhl", "homered", "rebounds", "pitched", "pitcher", "layup", "halftime",
                          "overtime", "postseason", "draft", "stadium", "arena", "fans", "series"})
#: plural words that end place names or name things other than teams ("Golan Heights", "Suffolk Times")
_NOT_NICKNAMES = frozenset({"heights", "falls", "springs", "hills", "islands", "isles", "keys", "lakes", "mountains",
                            "woods", "gardens", "acres", "plains", "rapids", "pines", "palms", "sands", "forks",
                            "meadows", "oaks", "estates", "states", "counties", "times", "news", "press", "schools",
                            "services", "forces", "airways", "airlines", "democrats", "republicans", "officials",
                            "police", "sens", "reps", "partners", "systems", "industries", "studios", "games",
                            "affairs", "centers", "centres", "parks", "waterways", "railways", "highlands",
                            "lowlands", "narrows", "flats", "shores", "glens", "downs", "moors", "wells", "towers",
                            "fairgrounds", "commons", "mills", "grounds", "rocks", "bluffs", "cliffs", "dunes"})


def _is_team(span: Span) -> bool:
    """"the Portland Trail Blazers", "the Houston Rockets": a name before a plural nickname in title case, in a
    sports report, is a team's city (a team named for the place: the city itself, not a namesake town)."""
    doc = span.doc
    run = []
    for tok in doc[span.end:span.end + 3]:
        if not (tok.is_title and tok.is_alpha):
            break
        run.append(tok)
    if not run or span.end + len(run) < len(doc) and doc[span.end + len(run)].is_title:
        return False
    last = run[-1].lower_
    if not last.endswith("s") or last.endswith("ss") or last in _NOT_NICKNAMES or last in ADMIN_WORDS \
            or last in PHYSICAL_WORDS:
        return False
    return _is_sports_report(doc)


def _is_sports_report(doc: Doc) -> bool:
    found = doc.user_data.get("ew_sports")
    if found is None:
        found = len({t.lower_ for t in doc if t.lower_ in _SPORT_WORDS}) >= 3
        doc.user_data["ew_sports"] = found
    return found


_BORDER_WORDS = frozenset({"border", "borders", "frontier"})

#: the plural a list of names shares ("Anderson and Cherokee counties", "Idlib and Hama provinces")
_PLURAL_CUES = {"counties": "admin2", "districts": "admin2", "parishes": "admin2", "provinces": "admin1",
                "states": "admin1", "governorates": "admin1", "regions": "admin1"}


def _listed_with(span: Span) -> str:
    """The cue of a plural place word that ends a list the name opens or is in: "Hitchcock and Hayes counties"."""
    doc = span.doc
    for tok in doc[span.end:span.end + 8]:
        if tok.lower_ in _PLURAL_CUES:
            return _PLURAL_CUES[tok.lower_]
        if not (tok.is_title or tok.lower_ in ("and", ",", "&", "or") or tok.text in ("-", "'s")):
            return ""
    return ""


def _is_metonym(span: Span) -> bool:
    """"Damascus said", "Russia's decision": the place stands for its government."""
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in _SPEECH:
        return True
    return False


def _qualifies(span: Span, taken: list[bool], gazetteer: Gazetteer) -> bool:
    """``span`` follows a place and a comma and is a state's or country's name or abbreviation: it says
    where that place is ("Surrey, BC", "Kelowna, B.C.", "Kigoma, Tanzania"), a place, never a government."""
    if span.start < 2 or span.doc[span.start - 1].text != "," or not taken[span.start - 2]:
        return False
    return any(c.kind in ("admin1", "country") and c.match in ("name", "alt")
               for c in gazetteer.lookup(span_text(span)))


#: a name with an apostrophe inside ("Sa’eed", "Qal’ajiyah", "Na'im"): not ``is_title`` for Python
_APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]*['’][a-z]+")


def _titled(tok: Token) -> bool:
    """A capitalised word, an apostrophe inside it or not."""
    return tok.is_title or bool(_APOSTROPHE_NAME.fullmatch(tok.text))


def _joining_hyphen(tok: Token) -> bool:
    """A hyphen inside a name ("Al-Sham"), not a dash between words ("ROSWELL - A man")."""
    return tok.text == "-" and not tok.whitespace_ and not (tok.i > 0 and tok.doc[tok.i - 1].whitespace_)


def _candidate_runs(doc: Doc) -> list[Span]:
    """Runs of capitalised proper-noun-like tokens (up to 4), allowing inner 'ez-', 'al-', 'de'."""
    runs = []
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        article = (tok.lower_ in ("al", "el") and i + 2 < n and _joining_hyphen(doc[i + 1])
                   and _titled(doc[i + 2]))  # "al-Bayaa", "el-Ain"
        if _titled(tok) or (tok.is_upper and len(tok) > 1 and tok.is_alpha) or article:
            j = i + 1
            while j < n and j - i < 5 and (_titled(doc[j]) or _joining_hyphen(doc[j]) or
                                           (doc[j].lower_ in ("al", "el", "ez", "de", "du", "ad", "as", "ar")
                                            and j + 1 < n and _titled(doc[j + 1]))):
                j += 1
            while j > i + 1 and doc[j - 1].text == "-":
                j -= 1
            runs.append(doc[i:j])
            i = j
        else:
            i += 1
    return runs


def _acronym_like(span: Span) -> bool:
    """A single word of two to four capitals and no vowel ("SK", "TBS", "FM"): an acronym, rarely a place's
    name outside a plainly spatial slot ("in DRC") or after the place it qualifies ("Surrey, BC")."""
    word = span_text(span)
    return len(span) == 1 and 2 <= len(word) <= 4 and word.isupper() and word.isalpha() and not set(word) & set("AEIOU")


def _org_place(ent: Span, gazetteer: Gazetteer) -> Span | None:
    """The country, state or continent an organisation's name starts with, or is ("EU")."""
    span = _trim(ent)
    if span is None or not span[0].text[:1].isupper():
        return None
    for k in (min(len(span), 3), 2, 1):
        if k > len(span):
            continue
        part = span[:k]
        if k < len(span) and (not span[k].text[:1].isupper() or part[-1].is_punct):
            continue  # "Texas Rangers", "Pakistan Army"; not "Pakistan's army" (that is NER's own GPE)
        if any(c.match == "name" and (c.kind in ("country", "admin1", "continent") or c.population >= _BIG_CITY)
               for c in gazetteer.lookup(span_text(part))):
            return part  # ... and "Toronto Raptors", "Beverly Hills Police": a big city's name
        if k < len(span) and _institution(span[k]) and (_named(part, gazetteer) or (
                k > 1 and part[-1].lower_ in ADMIN2_WORDS and _named(part[:-1], gazetteer))):
            return part  # "Bantam Superior Court", "Levy County Sheriff's Office": a town's or county's own body
    if len(span) >= 2 and span[-2].text[:1].isupper() and any(
            c.match == "name" and c.kind == "country" for c in gazetteer.lookup(span[-1].text)):
        return span[-1:]  # "Air Zimbabwe"
    return None


_BIG_CITY = 100_000

#: the first word of a town's or county's own body after its name ("Bantam Superior Court", "Corsicana Police
#: Department", "Levy County Sheriff's Office", "Litchfield County Court")
_INSTITUTION_WORDS = frozenset({"court", "courthouse", "superior", "circuit", "municipal", "magistrates", "police",
                                "sheriff", "fire", "city", "town", "township", "board", "council", "jail"})


def _institution(tok: Token) -> bool:
    return tok.lower_ in _INSTITUTION_WORDS or (tok.lower_.rstrip("'’s") in _INSTITUTION_WORDS and "'" in tok.text)


def _known(span: Span, gazetteer: Gazetteer) -> bool:
    """The gazetteer has the name, or the name before a division or settlement word ("the Aleppo
    Governorate", "Al-Manishiyah District", "Aleppo city")."""
    if gazetteer.lookup(span_text(span)):
        return True
    last = span[-1].lower_
    return len(span) > 1 and (last in ADMIN_WORDS or last in _SETTLEMENT_WORDS) and bool(
        gazetteer.lookup(span_text(span[:-1])))


def _strong(span: Span, gazetteer: Gazetteer) -> bool:
    """The main name of a country, a division or a town of 5,000 (or that before "Governorate", "city")."""
    text = span_text(span)
    if len(span) > 1 and (span[-1].lower_ in ADMIN_WORDS or span[-1].lower_ in _SETTLEMENT_WORDS):
        text = span_text(span[:-1])
    return any(c.match == "name" and (c.kind in ("country", "admin1", "admin2") or c.population >= 5000)
               for c in gazetteer.lookup(text))


def _named(span: Span, gazetteer: Gazetteer) -> bool:
    """The main name of a country, a division or a town of any size."""
    return any(c.match == "name" and c.kind in ("country", "admin1", "admin2", "city")
               for c in gazetteer.lookup(span_text(span)))


def _well_known(span: Span, gazetteer: Gazetteer) -> bool:
    """A name of several words that is the main name of a city of 100,000 or a country or state ("Rio de
    Janeiro", "Sierra Leone"): a place wherever it stands in the sentence."""
    if len(span) < 2 or not all(t.is_title or t.lower_ in ("de", "al", "el", "of", "-") for t in span):
        return False
    return any(c.match == "name" and (c.kind in ("country", "admin1") or c.population >= 100_000)
               for c in gazetteer.lookup(span_text(span)))


@functools.lru_cache(maxsize=1)
def _not_place_keys() -> frozenset[str]:
    return frozenset(loose_key(w) for w in NOT_PLACES)


#: the last word of a site's name ("the Tishreen Power Plant", "the T-4 Airbase"); not streets, hospitals,
#: schools or churches, which local news names by the dozen and gazetteer-based gold rarely counts as places
_SITE_WORDS = frozenset({"airport", "airbase", "base", "plant", "factory", "field", "fields", "farms",
                         "hill", "hills", "checkpoint", "mosque", "bazaar", "roundabout", "bridge", "dam", "prison",
                         "barracks", "refinery", "embassy", "consulate", "camp", "crossing", "junction", "compound",
                         "quarry"})
#: the words before a site that say it is where something is or happens ("stormed the X Plant", "near X Hospital")
_SITE_LEAD = frozenset({"in", "near", "at", "outside", "inside", "around", "into", "on", "toward", "towards", "to",
                        "from", "within", "along", "across", "of", "behind", "opposite", "by"}) | _TAKING


def _site_names(doc: Doc) -> list[Span]:
    """Sites named in a spatial slot ("outside the Tishreen Power Plant", "stormed the Deir Ezzor Military
    Airport"): a run of capitalised words ending in a site word. Whole, so that the town in the name is not read
    alone as a government or a firm ("Deir Ezzor"); before a site word in lower case ("captured the Kokkadicholai
    base"), the name alone."""
    out: list[Span] = []
    for tok in doc:
        if tok.lower_ not in _SITE_WORDS or not (tok.is_title or tok.is_lower) or (out and tok.i < out[-1].end):
            continue
        start = tok.i
        while start > 0 and tok.i - start < 6 and (
                _titled(doc[start - 1]) or (doc[start - 1].text == "-" and start > 1 and _titled(doc[start - 2]))
                or (doc[start - 1].lower_ in ("al", "el") and start > 1 and doc[start - 2].text != ".")):
            start -= 1
        while start < tok.i and not _titled(doc[start]):
            start += 1
        if start == tok.i or start == doc[start].sent.start or doc[start].lower_ in _SITE_WORDS:
            continue
        k = start - 1
        if doc[k].lower_ == "the" and k > 0:
            k -= 1
        if doc[k].lower_ in _SITE_LEAD or (doc[k].pos_ == "VERB" and doc[k].lemma_ in _PLACE_VERBS):
            out.append(doc[start:tok.i + 1] if tok.is_title else doc[start:tok.i])
    return out


def find_mentions(doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    actors = _actor_char_ranges(doc)
    taken = [False] * len(doc)
    mentions: list[Mention] = []
    surnames = _surnames(doc)
    runs = _candidate_runs(doc)
    diseases = _disease_names(doc, runs)
    text = doc_text(doc)

    def add(span: Span | None, **kw: object) -> None:
        if span is None or any(taken[span.start:span.end]) or _overlaps(span, actors):
            return
        name = span_text(span)
        if loose_key(name) in _not_place_keys() or name.lower() in NOT_PLACES:
            return
        if name in surnames and not (span.start > 0 and doc[span.start - 1].lower_ in _STRICT | _TAKING):
            return  # "Saakashvili" after "Mikheil Saakashvili": the person, whatever NER says (not "in Clinton")
        if name in diseases and not (span.start > 0 and doc[span.start - 1].lower_ in _STRICT):
            return  # "West Nile virus", "Marburg haemorrhagic fever", and "Marburg" alone after: a disease
        if (len(span) == 1 and not name.islower() and re.search(rf"\b{re.escape(name.lower())}\b", text)
                and not gazetteer.has_name(name)):
            return  # "Transforming", "Education": a word the story also writes in lower case, and no place's name
        for k in range(span.start, span.end):
            taken[k] = True
        mentions.append(Mention(span=span, **kw))  # type: ignore[arg-type]

    for line in _datelines(doc):  # before NER's own spans ("CLINTON - A" as an organisation)
        if gazetteer.lookup(span_text(line)):
            add(line, role="place", cue="city", from_ner=False)
    if doc.lang_ != "fr":
        for site in _site_names(doc):
            if demonym_of(site[0].text) is None:
                add(site, role="place", cue="", from_ner=False)
    for ent in doc.ents:
        if ent.label_ == "NORP":
            span = _trim(ent)
            if span is not None and demonym_of(span_text(span)) is not None:
                add(span, role="demonym", country=demonym_of(span_text(span)))
            continue
        if ent.label_ in ("ORG", "PERSON"):
            whole_span = _trim(ent)
            if whole_span is not None and _home_slot(whole_span) and _named(whole_span, gazetteer):
                add(whole_span, role="place", cue=_cue(whole_span))  # "arrested by Danbury police", "of Chiefland,"
                continue
        if ent.label_ == "ORG":
            span = _org_place(ent, gazetteer)
            if span is not None:  # "Pakistan Army", "EU member states": the place, as a modifier
                after = doc[span.end].lower_ if span.end < len(doc) else ""
                # but "the Hama countryside", "Idlib province" tagged as an organisation are places
                spatial = after in _AROUND | _PART_OF | _SETTLEMENT_WORDS | ADMIN_WORDS
                whole = len(span) == len(_trim(ent) or ent)  # "Karachi" alone, mislabelled: a place
                # "arraigned in Litchfield County Court": the court is in that county
                housed = (span.end < len(doc) and _institution(doc[span.end]) and ent.start > 0
                          and doc[ent.start - 1].lower_ in ("in", "at", "outside", "near", "into", "inside"))
                if whole:
                    add(span, role="metonym" if _is_metonym(span) else "place", cue=_cue(span))
                else:
                    add(span, role="place" if spatial or housed else "metonym",
                        cue=_cue(span) if spatial else "team" if _is_team(span) else "")
            continue
        if ent.label_ not in ("GPE", "LOC", "FAC"):
            continue
        span = _trim(ent)
        if span is None or not any(t.text[:1].isupper() for t in span):
            continue
        if demonym_of(span_text(span)) is not None:
            add(span, role="demonym", country=demonym_of(span_text(span)))
            continue
        if ent.label_ == "FAC" and not gazetteer.lookup(span_text(span)):
            continue
        if _acronym_like(span) and span.end < len(doc) and doc[span.end].text[:1].isdigit():
            continue  # "turned on to CR 2202": a road's number, not Costa Rica
        qualifier = _qualifies(span, taken, gazetteer)  # "Police in Kelowna, B.C. said": the town's province
        add(span, role="metonym" if _is_metonym(span) and not qualifier else "place", cue=_cue(span))

    # Names NER missed: a capitalised run the gazetteer knows, in a locative context.
    for run in runs:
        if len(run) > 1 and run[0].pos_ == "ADP" and run[0].lower_ in _LOCATIVE:
            run = run[1:]  # "In Tuz Khurmatu, two bombs exploded": the preposition opens the sentence
        span = _trim(run)
        if span is None or any(taken[span.start:span.end]) or span.start == span.sent.start and len(span) == 1:
            if span is None or any(taken[span.start:span.end]):
                continue
        prev = doc[span.start - 1].lower_ if span.start > 0 else ""
        prev2 = doc[span.start - 2].lower_ if span.start > 1 else ""
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        if doc.lang_ == "fr":
            lead = prev in _LOCATIVE_FR or prev in ("de", "d'", "d’", "du") and prev2 in _OF_PLACE_FR
        else:
            lead = prev in _LOCATIVE
        qualifier = _qualifies(span, taken, gazetteer)  # "Surrey, BC", "Kigoma, Tanzania"
        home = _home_slot(span) and _named(span, gazetteer)  # "a native of X", "Danbury police"
        # "the village of Huwaysis", "the neighbourhood of al-Adamiyah": a place by its name, known or not
        named_part = prev == "of" and prev2 in _NAMING_PARTS and not span_text(span).isupper()
        # "in Tuz Khurmatu", "withdrew from Kafr Nabuda", "capture Bayyanoun": a name of several words, or one
        # NER takes for a person or a firm, where only a place can stand, though the gazetteer lacks it
        slot = _PLAIN_SLOT.get(prev)
        named_part = named_part or (slot is not None and (prev2 in slot or not slot)
                                    and span.root.ent_type_ in ("PERSON", "ORG", "FAC", "")
                                    and not span_text(span).isupper() and len(span_text(span)) >= 4
                                    and not any(t.is_upper or t.like_num or t.lower_ in _NOT_A_PLACE_END for t in span))
        plain = lead or after in ADMIN_WORDS or after in PHYSICAL_WORDS or (
            prev == "of" and prev2 in _SETTLEMENT_WORDS | ADMIN_WORDS) or _is_dateline(span) or qualifier or home \
            or named_part
        part_of = prev == "of" and prev2 in _SETTLEMENT_WORDS | ADMIN_WORDS | _PART_OF
        if prev == "the" and span.start > 1:  # "in the Aleppo Governorate"
            prev, prev2 = prev2, (doc[span.start - 3].lower_ if span.start > 2 else "")
        held = _held_by(span)  # "in government-held Aleppo": the words before the hyphenated adjective
        if held is not None:
            prev, prev2 = held
        if prev in _COMPASS_ADJ and prev2 in _LOCATIVE:  # "in southern Aleppo", "in western Kasese district"
            offset = 3 if doc[span.start - 1].lower_ in _COMPASS_ADJ else 4
            prev, prev2 = prev2, (doc[span.start - offset].lower_ if span.start >= offset else "")
        # "the northern Aleppo countryside", "the Caucasus region", "the southern Aleppo districts"
        around = after in _AROUND or after in _PART_PLURALS
        # "Shawa village", "the capital city Lashkar Gah"
        settlement = after in _SETTLEMENT_WORDS or prev in _SETTLEMENT_WORDS
        verb_object = _object_of_place_verb(span)
        locative = (plain or prev in _LOCATIVE or after in ADMIN_WORDS or after in PHYSICAL_WORDS or part_of or around
                     or settlement or verb_object)
        if demonym_of(span_text(span)) is not None or (_acronym_like(span) and not qualifier and (
                prev not in _STRICT or (span.end < len(doc) and doc[span.end].text[:1].isdigit()))):
            continue  # "Killy or SK", "an executive at TBS", "on FM 645": letters for a firm or a road
        if not locative and not _well_known(span, gazetteer):
            continue
        if span.root.pos_ not in ("PROPN", "NOUN", "ADJ", "VERB", "ADV", "X") or span.root.ent_type_ == "DATE":
            continue
        if span.root.ent_type_ in ("PERSON", "ORG", "NORP"):
            # NER says person/organisation/people: overrule only in a plainly spatial slot with a gazetteer name
            # ("in Kisangani", "captured Jaffna", "the outskirts of Karachi", "Rio de Janeiro").
            after_place = prev in ("and", "or", ",") and span.start > 1 and taken[span.start - 2]
            named_settlement = prev == "of" and prev2 in _SETTLEMENT_WORDS  # "the town of Palmyra"
            assaulted = prev == "on" and prev2 in _ASSAULT_NOUNS  # "aerial attacks on Aleppo"
            spatial = (prev in _STRICT or prev in _TAKING or after_place or named_settlement or part_of or around
                       or named_part
                       or assaulted or qualifier
                       or after in _SETTLEMENT_WORDS or after in ADMIN_WORDS  # "Khan Tuman village", "Michoacan state"
                       or verb_object or home)
            if not (spatial or _well_known(span, gazetteer)) or not (
                    named_part or _known(span, gazetteer) or gazetteer.lookup_skeleton(span_text(span))):
                continue
        if not plain and not _strong(span, gazetteer):
            continue  # the wider slots ("in the X", "X area", "city X") take only names that are surely places
        if named_part or _known(span, gazetteer) or (len(span_text(span)) >= 5
                                                     and gazetteer.lookup_skeleton(span_text(span))):
            add(span, role="place", cue=_cue(span), from_ner=False)
    _same_name_again(doc, mentions, gazetteer, add)
    mentions.sort(key=lambda m: m.span.start)
    return mentions


#: the words after a name that make it a disease's or a virus's ("West Nile virus", "Reston ebolavirus")
_DISEASE_WORDS = frozenset({"virus", "viruses", "ebolavirus", "fever", "hemorrhagic", "haemorrhagic", "disease",
                            "encephalitis", "strain", "strains", "flu", "influenza", "syndrome"})


def _disease_names(doc: Doc, runs: list[Span]) -> frozenset[str]:
    """Names the story writes before a disease word ("Marburg haemorrhagic fever", "Ebola virus"), of the
    document's capitalised runs (``_candidate_runs``)."""
    out = set()
    for run in runs:
        if run.end < len(doc) and doc[run.end].lower_ in _DISEASE_WORDS and doc[run.end].is_lower:
            out.add(span_text(run))
    return frozenset(out)


def _surnames(doc: Doc) -> frozenset[str]:
    """The last names of the people the document names in full ("Mikheil Saakashvili" -> "Saakashvili")."""
    return frozenset(ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) >= 2
                     and ent[0].is_title and ent[-1].is_title)


def _same_name_again(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer, add: Callable[..., None]) -> None:
    """One sense per story: a name found as a place is a place wherever else the story writes it, though NER
    calls it a person or an organisation there ("in Gainesville ... Gainesville police said"). Not inside a
    longer name ("North Arlington", "Andrew Jackson"); within an organisation's name it stands for that
    organisation's town (a metonym, never an event place)."""
    names = {m.text for m in mentions  # main names of countries, divisions, towns of 5,000; not in capitals
             if m.role == "place" and len(m.span) <= 3 and m.span[0].is_title and not m.text.isupper()
             and _strong(m.span, gazetteer)}
    # ... and a one-word dateline in capitals, as the story writes it after ("ROSWELL - A man Roswell police say")
    names |= {m.text.title() for m in mentions if m.role == "place" and len(m.span) == 1 and m.text.isupper()
              and len(m.text) > 3 and _is_dateline(m.span) and _strong(m.span, gazetteer)}
    ents = list(doc.ents)
    text = doc_text(doc)
    for name in sorted(names):
        at = text.find(name)
        while at >= 0:
            span = doc.char_span(at, at + len(name))  # None unless on token boundaries ("Gainesvilles")
            at = text.find(name, at + len(name))
            if span is None or (span.start > 0 and (doc[span.start - 1].is_title
                                                    or doc[span.start - 1].text in ("-", "'", "’"))):
                continue
            ent = next((e for e in ents if e.start <= span.start and span.end <= e.end), None)
            if ent is not None and ent.label_ == "PERSON" and len(ent) > len(span):
                continue
            inside = (ent is not None and len(ent) > len(span)) or (span.end < len(doc) and doc[span.end].is_title)
            add(span, role="metonym" if inside or _is_metonym(span) else "place", cue=_cue(span), from_ner=False)

_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+|de\s+|al-|el-)?[A-Z][\w'’.-]*)*")


def names_place(gazetteer: Gazetteer) -> Callable[[str], bool]:
    """A cheap test, without a parse, for a sentence that names a place or a people.

    Capitalised runs (and their single words) are looked up in the gazetteer and the demonym
    list; the first word of the sentence counts only as a demonym or within a longer run. The relevance screen
    keeps such sentences: their places choose among namesakes elsewhere and locate events that
    name no place of their own.
    """

    def test(sentence: str) -> bool:
        first = len(sentence) - len(sentence.lstrip())
        for m in _CAPITALISED_RUN.finditer(sentence):
            run = m.group().rstrip(".'’-")
            words = run.split()
            if len(words) > 1 and gazetteer.lookup(run):
                return True
            for k, w in enumerate(words):
                w = w.rstrip(".'’-")
                if len(w) < 3:
                    continue
                if demonym_of(w) is not None or (not (m.start() == first and k == 0) and gazetteer.lookup(w)):
                    return True
        return False

    return test

