"""The actor knowledge base and the component that finds actors in a document.

``ActorKB`` loads ``data/events/actors.json`` (canonical name, aliases, country, ACLED
inter code, sector). ``ActorFinder`` marks every alias in a doc (acronyms match
case-sensitively, other aliases case-insensitively) into ``doc._.ew_actors`` and
``doc.spans["ew_actors"]``. Generic descriptions ("the jihadists", "the regime")
are resolved in context by :func:`resolve_generic`.

Beyond the hand-written KB, ``data/events/petrarch.json`` (converted once from the
PETRARCH2/Phoenix dictionaries, MIT, by ``tools/convert_petrarch.py``) adds, at lower
priority than the KB:

- the non-state armed groups of Phoenix.MilNonState with their synonyms and acronyms;
- country names and demonyms, so "Turkish soldiers" or "Nigerian police" are the state
  forces of that country;
- generic agent nouns with their sector (SOLDIER -> MIL, FARMER -> AGR ...), so "a farmer",
  "two policemen" or "suspected militiamen" are civilians, police or an armed group.

A named participant that no dictionary knows ("GNA forces", "the Movement Dveri") is kept
as written (``Actor.known`` False), never dropped.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING

from .._doc import ActorMention, word_positions

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

__all__ = ["ActorFinder", "ActorKB", "ActorRecord", "load_kb"]


@dataclass(frozen=True)
class ActorRecord:
    id: str
    name: str
    inter: int | None
    country: str | None
    sector: str | None
    kind: str
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    refers_to: tuple[str, ...] = field(default=())
    #: an ambiguous name ("FDS"): the record it stands for in a story about a given country, and
    #: the record it stands for elsewhere
    in_context: tuple[tuple[str, str], ...] = field(default=())
    same_as: str | None = None

    @property
    def generic(self) -> bool:
        return self.kind in ("generic", "state_of_context")

    @property
    def known(self) -> bool:
        """A knowledge-base actor (a generic record only when resolved to a country's or a named one)."""
        return self.kind != "unknown" and (not self.generic or ":" in self.id or self.kind == "state")

    @property
    def armed(self) -> bool:
        return self.inter in (1, 2, 3, 4, 8)


#: PETRARCH agent sectors -> the KB record a generic agent noun stands for.
_SECTOR_RECORD = {
    "MIL": "state_forces", "COP": "police", "SPY": "state_forces", "REB": "unidentified_armed",
    "UAF": "unidentified_armed", "INS": "unidentified_armed", "OPP": "protesters",
    "CVL": "civilians", "AGR": "civilians", "EDU": "civilians", "HLH": "civilians", "MED": "civilians",
    "LAB": "civilians", "REF": "civilians", "REL": "civilians", "BUS": "civilians", "JUD": "civilians",
    "GOV": "government",
}
#: agent nouns PETRARCH files under other sectors (or not at all) that name the same classes in conflict notes.
_EXTRA_AGENTS = {
    "man": "CVL", "men": "CVL", "person": "CVL", "people": "CVL", "boy": "CVL", "youth": "CVL", "teenager": "CVL",
    "worker": "LAB", "trader": "BUS", "driver": "CVL", "family": "CVL", "herder": "AGR", "journalist": "MED",
    "student": "EDU", "official": "GOV", "gunman": "UAF", "gunmen": "UAF", "assailant": "UAF", "attacker": "UAF",
    "bandit": "UAF", "kidnapper": "UAF", "abductor": "UAF", "raider": "UAF", "militiaman": "UAF", "jihadist": "REB",
    "fighter": "REB", "policeman": "COP", "policemen": "COP", "gendarme": "COP", "guard": "COP",
    "protester": "OPP", "protestor": "OPP", "demonstrator": "OPP", "activist": "OPP", "supporter": "OPP",
    "chief": "GOV", "leader": "GOV", "member": "OPP",
    # the officials and notables a conflict note names as victims ("assassinated a district commissioner", "killed
    # two clan elders"): civilians to the ACLED codebook, like any official
    "commissioner": "GOV", "administrator": "GOV", "councillor": "GOV", "councilor": "GOV", "elder": "GOV",
}
_NOT_AGENTS = frozenset({
    "artillery", "barracks", "bomber", "carrier", "destroyer", "cruiser", "frigate", "corvette", "battleship",
    "warship", "warplane", "jetfighter", "mig", "kfir", "hmmwv", "humvee", "prison", "village", "settlement",
    "neighborhood", "neighbourhood", "revolt", "uprising", "rebellion", "insurgency", "insurgence", "community",
    "population", "airliner", "jetliner", "naval", "battlewagon", "echelon", "phalanx",
})
#: nouns that make a country word or a name before them a force ("Turkish troops", "GNA forces").
FORCE_NOUNS = frozenset({
    "army", "armies", "force", "forces", "troop", "troops", "soldier", "soldiers", "military", "militaries",
    "navy", "police", "policeman", "policemen", "gendarmerie", "gendarme", "gendarmes", "warplane", "warplanes",
    "jet", "jets", "aircraft", "aircrafts", "militia", "militias", "fighter", "fighters", "militant", "militants", "rebel",
    "rebels", "unit", "units", "brigade", "brigades", "battalion", "battalions", "militiamen", "militiaman",
    "insurgents", "guerrillas", "combatants",
})
_MEMBER_OF_STATE = frozenset({"police", "army", "military", "security", "intelligence", "soldier", "policeman",
                              "gendarmerie", "guard", "force"})
_MEMBER_OF_ARMED = frozenset({"gang", "cartel", "militia", "armed", "rebel", "insurgent", "militant", "jihadist",
                              "mafia", "criminal", "terrorist", "group"})
#: "members of the Sultan Murad Division": a unit of a named armed group
_ARMED_UNITS = frozenset({"division", "brigade", "battalion", "regiment", "legion", "corps", "command", "commando",
                          "squad", "outfit"})
#: "members of the Glavda community", "clan members": people of a community, civilians unless they are told to act
#: as an armed group (ACLED codebook: communal militias are named for the violence they commit, not for belonging)
_MEMBER_OF_COMMUNITY = frozenset({"community", "communities", "clan", "tribe", "family", "families", "ethnic", "village",
                                  "congregation", "church", "mosque", "sect", "caste"})
#: "members of the opposition party", "union members": a political or civic organisation, whose members
#: gather as demonstrators (ACLED inter code 6)
_MEMBER_OF_CIVIC = frozenset({"party", "opposition", "union", "trade", "movement", "association", "organisation",
                              "organization", "coalition", "alliance", "league", "front", "council", "committee",
                              "student", "students", "youth", "wing", "club", "society", "syndicate", "collective",
                              "activist", "civil"})
#: Spanish articles that open the names of Latin American criminal groups ("Los Zetas", "La Tecampanera")
_GANG_ARTICLES = frozenset({"Los", "Las", "La", "El"})
#: words before a force noun that belong to its name ("the military forces of Armenia")
_FORCE_MODIFIERS = frozenset({"military", "armed", "security", "government", "national", "defence", "defense", "special",
                              "air", "federal", "state", "naval", "ground", "border"})
_POLICE_NOUNS = frozenset({"police", "policeman", "policemen", "gendarmerie", "gendarme", "gendarmes"})
_NON_STATE_NOUNS = frozenset({"militia", "militias", "fighter", "fighters", "militant", "militants", "rebel", "rebels",
                              "militiamen", "militiaman", "insurgents", "guerrillas", "combatants"})
_MILITIA_NOUNS = frozenset({"militia", "militias", "militiamen", "militiaman"})
#: the words that join a generic description to the named actor it stands for ("fighters of the FPRC", "men
#: suspected to be Al Shabaab militants", "gunmen believed to be ADF")
_NAMED_AS = (("suspected", "to", "be"), ("believed", "to", "be"), ("thought", "to", "be"), ("said", "to", "be"),
             ("identified", "as"), ("presumed", "to", "be"), ("of",))
#: "Rizeigat communal militias", "Habar Gidir clan militia": the words between a community's name and its militia
_COMMUNITY_QUALIFIERS = frozenset({"clan", "sub-clan", "ethnic", "communal", "tribal", "community"})
#: the words after "militias from X" that say X is a clan or a community
_FROM_KINDS = frozenset({"clan", "clans", "sub-clan", "sub-clans", "community", "communities", "village", "villages"})
_COMMUNITY_MILITIA_NOUNS = frozenset({"militia", "militias", "militiamen", "militiaman", "fighters", "gunmen"})


#: countries ACLED names with an article, or in its own spelling, inside actor names ("Military Forces of the
#: Philippines", "Police Forces of the Democratic Republic of Congo"), keyed by the gazetteer's country name
_ACLED_COUNTRY_NAMES = {
    "Philippines": "the Philippines", "United States": "the United States", "United Kingdom": "the United Kingdom",
    "Netherlands": "the Netherlands", "United Arab Emirates": "the United Arab Emirates",
    "Democratic Republic of the Congo": "the Democratic Republic of Congo", "DR Congo": "the Democratic Republic of Congo",
    "Republic of the Congo": "the Republic of Congo", "Central African Republic": "the Central African Republic",
    "Ivory Coast": "the Ivory Coast",
}


def state_name(country: str) -> str:
    """``country`` as ACLED writes it after "Military Forces of" ("the Philippines")."""
    return _ACLED_COUNTRY_NAMES.get(country, country)


@dataclass(frozen=True)
class Gazette:
    """The PETRARCH-derived lists: countries (name and demonyms), agent sectors, armed groups."""

    country_words: dict[str, str]  # lower-case name or demonym -> country name
    agents: dict[str, str]  # lower-case noun -> PETRARCH sector
    groups: tuple[ActorRecord, ...]

    @classmethod
    def from_json(cls, data: dict, renames: dict[str, str] | None = None) -> Gazette:  # type: ignore[type-arg]
        """``renames``: PETRARCH2's country names spelt as the gazetteer of places spells them
        ("Cote D'ivoire" -> "Ivory Coast"), so a country's forces at home are not external forces."""
        renames = renames or {}
        codes: dict[str, str] = {}
        words: dict[str, str] = {}
        for iso3, entry in data["countries"].items():
            name = renames.get(entry["name"], entry["name"])
            codes[iso3] = name
            for w in (entry["name"].lower(), name.lower(), *entry["aliases"]):
                words.setdefault(w, name)
        agents = {w: s for w, s in data["agents"].items() if w not in _NOT_AGENTS}
        agents.update(_EXTRA_AGENTS)
        groups = []
        for i, g in enumerate(data["groups"]):
            sector = g.get("sector") or "REB"
            groups.append(ActorRecord(
                id=f"petrarch:{i}", name=g["name"], inter=2 if sector in ("REB", "INS", "MUS", "RAD") else 3,
                country=codes.get(g.get("country") or ""), sector=sector, kind="armed_group",
                aliases=tuple(a for a in g["aliases"] if len(a.split()) >= 2), acronyms=tuple(g["acronyms"]),
            ))
        return cls(country_words=words, agents=agents, groups=tuple(groups))


class ActorKB:
    def __init__(self, records: list[ActorRecord], gazette: Gazette | None = None) -> None:
        self.records = {r.id: r for r in records}
        self.gazette = gazette
        self.extra: dict[str, ActorRecord] = {}  # PETRARCH groups and records made in context
        #: ethnic groups and clans whose militias ACLED names as identity militias ("Fulani Ethnic Militia")
        self.communities: tuple[str, ...] = ()
        if gazette is not None:
            self.extra.update({g.id: g for g in gazette.groups})

    @classmethod
    def from_json(cls, data: dict) -> ActorKB:  # type: ignore[type-arg]
        records = [
            ActorRecord(
                id=a["id"], name=a["name"], inter=a.get("inter"), country=a.get("country"),
                sector=a.get("sector"), kind=a.get("kind", "armed_group"),
                aliases=tuple(a.get("aliases", ())), acronyms=tuple(a.get("acronyms", ())),
                refers_to=tuple(a.get("refers_to", ())),
                in_context=tuple(sorted(a.get("in_context", {}).items())), same_as=a.get("same_as"),
            )
            for a in data["actors"]
        ]
        seen: set[str] = set()
        for r in records:  # a second record of an id would silently replace the first
            if r.id in seen:
                from ..errors import ConfigError

                raise ConfigError(f"actor knowledge base: the record id {r.id!r} appears twice; merge the two records")
            seen.add(r.id)
        return cls(records)

    def __getitem__(self, actor_id: str) -> ActorRecord:
        rec = self.records.get(actor_id) or self.extra.get(actor_id)
        if rec is None:
            raise KeyError(actor_id)
        return rec

    def get(self, actor_id: str) -> ActorRecord | None:
        return self.records.get(actor_id) or self.extra.get(actor_id)

    def add(self, rec: ActorRecord) -> ActorRecord:
        """Register a record made in context (a country's forces, a named actor kept as written)."""
        return self.extra.setdefault(rec.id, rec)

    def by_name(self, name: str) -> ActorRecord | None:
        for rec in self.records.values():
            if rec.name == name:
                return rec
        for rec in self.extra.values():
            if rec.name == name:
                return rec
        return None

    def forces_of(self, country: str, police: bool = False) -> ActorRecord:
        """The state (or police) forces of ``country``: the KB record, else one made by name."""
        rec = self.police_forces(country) if police else self.state_forces(country)
        if rec is not None:
            return rec
        prefix = "Police Forces" if police else "Military Forces"
        return self.add(ActorRecord(id=f"{'police' if police else 'state_forces'}:{country}",
                                    name=f"{prefix} of {state_name(country)}", inter=1, country=country,
                                    sector="COP" if police else "MIL", kind="state"))

    def police_forces(self, country: str) -> ActorRecord | None:
        """The KB's police record for ``country`` (e.g. Police Forces of Nigeria), if it has one."""
        return self._state_record(country, police=True)

    def state_forces(self, country: str) -> ActorRecord | None:
        """The KB's state forces record for ``country`` (e.g. Military Forces of Syria)."""
        return self._state_record(country, police=False)

    def _state_record(self, country: str, police: bool) -> ActorRecord | None:
        """The first state record of ``country``: its police ("police_..." records of sector COP) or the rest of
        its forces (never a police record, whatever order the file lists them in)."""
        for rec in self.records.values():
            if rec.kind == "state" and rec.country == country and (rec.sector == "COP") == police and (
                    not police or rec.id.startswith("police_")):
                return rec
        return None


@functools.lru_cache(maxsize=1)
def load_kb() -> ActorKB:
    root = resources.files("eventwire").joinpath("data/events")
    data = json.loads(root.joinpath("actors.json").read_text(encoding="utf-8"))
    kb = ActorKB.from_json(data)
    renames = data.get("country_names", {})
    kb.gazette = Gazette.from_json(json.loads(root.joinpath("petrarch.json").read_text(encoding="utf-8")), renames)
    for country, demonyms in data.get("countries", {}).items():  # the states PETRARCH2's list lacks
        for word in (country.lower(), *demonyms):
            kb.gazette.country_words.setdefault(word, renames.get(country, country))
    kb.extra.update({g.id: g for g in kb.gazette.groups})
    kb.communities = tuple(data.get("communities", ()))
    return kb


_DEFINED = re.compile(r"((?:[A-Z][\w'’.-]*\s+(?:(?:of|for|and|the|de|du|des|la|le)\s+)*){1,7})\(([A-Z][A-Za-z-]{1,7})\)")


def defined_acronyms(text: str) -> dict[str, str]:
    """The acronyms a text defines by writing the full name before them in brackets: {"SDF": "Social Democratic
    Front"}. Only capitalised names count ("the Social Democratic Front (SDF)")."""
    out: dict[str, str] = {}
    for m in _DEFINED.finditer(text):
        full, acronym = m.group(1).strip(), m.group(2)
        words = [w for w in full.split() if w[:1].isupper()]
        letters = "".join(w[0] for w in words).upper()
        if len(words) >= 2 and acronym.replace("-", "").upper()[:1] in letters:
            out.setdefault(acronym, full)
    return out


def _loose(name: str) -> str:
    return re.sub(r"[^a-z ]", "", name.lower().replace("defence", "defense")).strip()


class ActorFinder:
    """Marks actor mentions; longest match wins, overlapping shorter ones are dropped.

    Priority: the hand-written KB, then "<country word> <force noun>", then PETRARCH armed
    groups, then "<name> <force noun>" kept as written, then generic agent nouns.
    """

    def __init__(self, nlp: Language, kb: ActorKB | None = None) -> None:
        from spacy.matcher import PhraseMatcher

        self.kb = kb or load_kb()
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.groups_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.groups_exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        for rec in self.kb.records.values():
            if rec.aliases:
                self.lower.add(rec.id, [nlp.make_doc(a) for a in rec.aliases])
            if rec.acronyms:
                self.exact.add(rec.id, [nlp.make_doc(a) for a in rec.acronyms])
        known = {a.lower() for r in self.kb.records.values() for a in (*r.aliases, *r.acronyms)}
        for rec in self.kb.extra.values():
            aliases = [a for a in rec.aliases if a.lower() not in known]
            if aliases:
                self.groups_lower.add(rec.id, [nlp.make_doc(a) for a in aliases])
            acronyms = [a for a in rec.acronyms if a.lower() not in known and len(a) >= 3]
            if acronyms:
                self.groups_exact.add(rec.id, [nlp.make_doc(a) for a in acronyms])

    def __call__(self, doc: Doc) -> Doc:
        from spacy.util import filter_spans

        vocab = doc.vocab
        taken: set[int] = set()
        mentions: list[ActorMention] = []

        def keep(spans: list[Span], make: Callable[[Span], ActorMention | None]) -> None:
            for span in sorted(filter_spans(spans), key=lambda s: s.start):
                if any(i in taken for i in range(span.start, span.end)) or _opposed(span):
                    continue
                mention = make(span)
                if mention is not None:
                    taken.update(range(span.start, span.end))
                    mentions.append(mention)

        def from_label(span: Span) -> ActorMention:
            rec = self.kb[span.label_]
            return ActorMention(span=span, actor_id=rec.id, name=rec.name)

        gazette = self.kb.gazette
        matchers = [self.lower, self.exact] + ([self.groups_lower, self.groups_exact] if gazette is not None else [])
        defined = defined_acronyms(doc.text)
        spans = []
        for matcher in matchers:
            for match_id, start, end in matcher(doc):
                span = doc[start:end]
                label = vocab.strings[match_id]
                if matcher in (self.exact, self.groups_exact) and not self._stands_for(label, span.text, defined):
                    continue  # "the Social Democratic Front (SDF)" in Cameroon is not the Syrian Democratic Forces
                span.label_ = label
                spans.append(span)
        if gazette is not None:
            for span in self._country_forces(doc, gazette):
                span.label_ = "__country_forces__"
                spans.append(span)

            # "FPRC rebels", "Mayi Mayi militiamen": a name before a noun the KB knows as a generic description
            # ("rebels") is that named group, not an unidentified one
            for named in self._named_forces(doc):
                inside = [s for s in spans if s.start < named.end and named.start < s.end]
                if inside and all(named.start < s.start and s.end <= named.end and not s.label_.startswith("__")
                                  and self.kb[s.label_].kind in ("unidentified", "generic") for s in inside):
                    named.label_ = "__named__"
                    spans.append(named)

            for span in self._community_militias(doc) + self._militias_from(doc):
                span.label_ = "__communal__"
                spans.append(span)

        def first_pass(span: Span) -> ActorMention | None:
            if span.label_ == "__communal__":
                return self._communal_mention(span)
            if span.label_ == "__country_forces__":
                return self._forces_mention(span, gazette)  # type: ignore[arg-type]
            if span.label_ == "__named__":
                return self._named_mention(span)
            return from_label(span)

        # one pass, longest match wins: "Aden Islamic Army" over "army", "Turkish soldiers" over "soldiers"
        keep(spans, first_pass)
        if gazette is not None:
            keep(self._named_forces(doc), self._named_mention)
            keep([s for s in self._agent_nouns(doc, gazette) if not _of_named(s, taken)],
                 lambda span: self._agent_mention(span, gazette))
        mentions.sort(key=lambda m: m.span.start)
        mentions = self._without_generic_of_named(doc, mentions)
        doc._.ew_actors = mentions
        doc.spans["ew_actors"] = [m.span for m in mentions]
        return doc

    def _stands_for(self, label: str, acronym: str, defined: dict[str, str]) -> bool:
        """An acronym the text defines ("Ambazonia Defence Forces (ADF)") stands for the record only when the
        definition is one of the record's names; an acronym the text does not define keeps the record."""
        full = defined.get(acronym)
        if full is None:
            return True
        rec = self.kb[label]
        names = {_loose(n) for n in (rec.name, *rec.aliases)}
        return _loose(full) in names or any(_loose(full) in n or n in _loose(full) for n in names if len(n) > 6)

    def _community_militias(self, doc: Doc) -> list[Span]:
        """ "Rizeigat communal militias", "Habar Gidir clan militia", and each community of "Fellata and Rizeigat
        communal militias" (a shared head): the militias of communities the KB knows, named as ACLED names them."""
        communities = self.kb.communities
        if not communities:
            return []
        first_words: dict[str, list[list[str]]] = {}
        for name in communities:
            words = name.split()
            first_words.setdefault(words[0], []).append(words)

        def name_at(i: int) -> int:
            """The end of a community name starting at token i (exclusive), or i."""
            best = i
            for words in first_words.get(doc[i].text, ()):
                if [t.text for t in doc[i:i + len(words)]] == words and i + len(words) > best:
                    best = i + len(words)
            return best

        out = []
        i = 0
        while i < len(doc):
            names = []
            j = i
            while j < len(doc):
                end = name_at(j)
                if end == j:
                    break
                names.append((j, end))
                j = end
                if j < len(doc) and doc[j].lower_ in ("and", "or", ",") and j + 1 < len(doc) and name_at(j + 1) > j + 1:
                    j += 1
                    continue
                break
            if not names:
                i += 1
                continue
            k = j
            qualified = k < len(doc) and doc[k].lower_ in _COMMUNITY_QUALIFIERS
            k += qualified
            if k < len(doc) and doc[k].lower_ in _COMMUNITY_MILITIA_NOUNS and (qualified or len(names) > 1):
                for n, (a, b) in enumerate(names):
                    out.append(doc[a:k + 1] if n == len(names) - 1 else doc[a:b])
                i = k + 1
            else:
                i = j if j > i else i + 1
        return out

    @staticmethod
    def _militias_from(doc: Doc) -> list[Span]:
        """ "militiamen from the Leelkayse clan", "armed militias from the Hawadle and Jarer Weyne clans", "militias
        from Umumbo and Omor": the militia of each clan or community named after "from" or "of"."""
        out = []
        for i in word_positions(doc, _COMMUNITY_MILITIA_NOUNS - {"gunmen"}):
            tok = doc[i]
            if tok.lower_ not in _COMMUNITY_MILITIA_NOUNS or i + 2 >= len(doc) or doc[i + 1].lower_ not in ("from", "of"):
                continue
            j = i + 2 + (doc[i + 2].lower_ == "the")
            names: list[tuple[int, int]] = []
            while j < len(doc) and doc[j].is_title and doc[j].pos_ == "PROPN" and doc[j].ent_type_ not in ("GPE", "DATE"):
                start = j
                while j < len(doc) and doc[j].is_title and doc[j].pos_ == "PROPN":
                    j += 1
                names.append((start, j))
                if j + 1 < len(doc) and doc[j].lower_ in ("and", ",") and doc[j + 1].is_title:
                    j += 1
                    continue
                break
            if not names:
                continue
            kind = doc[j].lower_ if j < len(doc) and doc[j].lower_ in _FROM_KINDS else ""
            if not kind:
                continue  # "fighters from Kidal": a town, not a community, unless the text says clan or community
            for n, (a, b) in enumerate(names):
                span = doc[a:b + (1 if n == len(names) - 1 else 0)]
                if n == 0:
                    span = doc[i:b + (1 if len(names) == 1 else 0)]
                out.append(span)
        return out

    def _communal_mention(self, span: Span) -> ActorMention:
        """A community's militia: "Fellata Ethnic Militia", "Habar Gidir Clan Militia" (ACLED inter code 4)."""
        words = [t.text for t in span]
        tail = next((w.lower() for w in words if w.lower() in _COMMUNITY_QUALIFIERS or w.lower() in _FROM_KINDS), "")
        if not tail:  # the first of "militias from the Hawadle and Jarer Weyne clans": the kind told after the last
            end = span.end
            while end < len(span.doc) and span.doc[end].lower_ not in _FROM_KINDS and end - span.end < 6:
                end += 1
            tail = span.doc[end].lower_ if end < len(span.doc) and span.doc[end].lower_ in _FROM_KINDS else ""
        name_words = [w for w in words if w.lower() not in _COMMUNITY_QUALIFIERS and w.lower() not in
                      _COMMUNITY_MILITIA_NOUNS and w.lower() not in _FROM_KINDS and w.lower() not in ("from", "of", "the")]
        community = " ".join(name_words)
        kind = {"clan": "Clan", "clans": "Clan", "sub-clan": "Sub-Clan", "sub-clans": "Sub-Clan", "community": "Communal",
                "communities": "Communal", "village": "Communal", "villages": "Communal"}.get(tail, "Ethnic")
        if kind == "Communal" and community in self.kb.communities:
            kind = "Ethnic"
        name = f"{community} {kind} Militia"
        known = self.kb.by_name(name)
        rec = known or ActorRecord(id=f"communal:{community}:{kind}", name=name, inter=4, country=None, sector="REB",
                                   kind="armed_group")
        return ActorMention(span=span, actor_id=rec.id, name=rec.name, extra={} if known else {"record": rec})

    def _without_generic_of_named(self, doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
        """ "soldiers of the army of South Sudan", "fighters of the FPRC": a generic description followed by "of"
        and a named actor is that actor, which the roles then find; the generic mention is dropped. "Al shabaab
        militants": a generic noun right after a named armed group is part of its mention."""
        starts = set()
        for m in mentions:
            rec = self.kb.get(m.actor_id)
            if rec is not None and not rec.generic and rec.kind not in ("unidentified", "civilians"):
                starts.add(m.span.start)
        out: list[ActorMention] = []
        for m in mentions:
            rec = self.kb.get(m.actor_id)
            prev = out[-1] if out else None
            prev_rec = self.kb.get(prev.actor_id) if prev is not None else None
            if prev is not None and prev_rec is not None and prev.span.end == m.span.start and prev_rec.armed \
                    and not prev_rec.generic and prev_rec.kind != "unidentified" and rec is not None \
                    and rec.kind in ("unidentified", "generic", "civilians") and len(m.span) == 1:
                # "Al shabaab militants", "ADF fighters": a named group and the noun for its men are one mention
                out[-1] = ActorMention(span=doc[prev.span.start:m.span.end], actor_id=prev.actor_id, name=prev.name,
                                       extra=prev.extra)
                continue
            j = m.span.end
            if rec is not None and (rec.generic or rec.kind in ("unidentified", "civilians")) and j + 1 < len(doc):
                after = [t.lower_ for t in doc[j:j + 4]]
                link = next((len(w) for w in _NAMED_AS if after[:len(w)] == list(w)), 0)
                if link and (rec.kind != "civilians" or link > 1):  # "residents of Kibera" stay civilians
                    j += link + (j + link < len(doc) and doc[j + link].lower_ == "the")
                    if j in starts:
                        continue
            out.append(m)
        return out

    @staticmethod
    def _country_forces(doc: Doc, gazette: Gazette) -> list[Span]:
        out = []
        for i in word_positions(doc, FORCE_NOUNS):  # the only tokens that can pass the test below
            tok = doc[i]
            if tok.lower_ not in FORCE_NOUNS or tok.lower_ in _NON_STATE_NOUNS:
                continue  # "Syrian rebels" are not the Syrian state
            left = tok.i - 1
            while left >= 0 and doc[left].lower_ in ("security", "armed", "government", "national", "air", "special",
                                                      "defence", "defense", "riot", "federal", "state", "military",
                                                      "border", "naval", "ground"):
                left -= 1
            if left >= 0 and doc[left].lower_ in gazette.country_words:
                out.append(doc[left:tok.i + 1])
                if left >= 2 and doc[left - 1].lower_ in ("and", ",") and doc[left - 2].lower_ in gazette.country_words \
                        and doc[left - 2].tag_ not in ("NNS", "NNPS"):
                    # "Burundian and Rwandan soldiers": each state's forces ("Palestinians and Israeli forces": a
                    # people, not a second state's forces)
                    out.append(doc[left - 2:left - 1])
            elif tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of":
                # "military forces of Armenia", "the armed forces of the Philippines": the country after "of"
                right = tok.i + 2 + (doc[tok.i + 2].lower_ == "the")
                # a country of several words ("the army of South Sudan"): the span ends with its last word
                longer = next((right + k for k in (3, 2, 1) if right + k < len(doc) and " ".join(
                    t.lower_ for t in doc[right:right + k + 1]) in gazette.country_words), None)
                start = tok.i
                while start > 0 and doc[start - 1].lower_ in _FORCE_MODIFIERS:
                    start -= 1
                if start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
                    continue  # the tail of a group's name ("the Patriotic and Integrationist Force of Congo")
                if longer is not None:
                    out.append(doc[start:longer + 1])
                    out.extend(ActorFinder._other_states(doc, longer + 1, gazette))
                elif right < len(doc) and doc[right].pos_ == "PROPN" and (
                        doc[right].lower_ in gazette.country_words or doc[right].ent_type_ == "GPE"
                        and start < tok.i and doc[start].lower_ in ("military", "armed")):
                    # a state the gazette lacks ("the military forces of Artsakh") is still named as ACLED would;
                    # the forces "of" a town ("forces of Daraa") are not a state's
                    out.append(doc[start:right + 1])
                    out.extend(ActorFinder._other_states(doc, right + 1, gazette))
        return out

    @staticmethod
    def _other_states(doc: Doc, i: int, gazette: Gazette) -> list[Span]:
        """ "the military forces of India and Pakistan": each country joined to the first after "of" names its own
        state's forces (ACLED codebook: each state's forces are an actor of their own), as single spans of the
        country's name."""
        out = []
        while i + 1 < len(doc) and doc[i].lower_ in ("and", ",") and len(out) < 3:
            j = i + 1 + (doc[i + 1].lower_ == "the")
            end = next((j + k for k in (3, 2, 1) if j + k <= len(doc) and " ".join(
                t.lower_ for t in doc[j:j + k]) in gazette.country_words), None)
            if end is None:
                break
            out.append(doc[j:end])
            i = end
        return out

    def _forces_mention(self, span: Span, gazette: Gazette) -> ActorMention | None:
        shared = _shared_force_noun(span, gazette)
        if shared is not None:  # "Pakistan" in "the military forces of India and Pakistan"
            country = gazette.country_words[span.text.lower()]
            rec = self.kb.forces_of(country, police=shared in _POLICE_NOUNS)
            return ActorMention(span=span, actor_id=rec.id, name=rec.name)
        of_form = span[0].lower_ not in gazette.country_words
        country = gazette.country_words.get((span[-1] if of_form else span[0]).lower_, span[-1].text)
        if of_form:  # "the army of South Sudan": the longest country name that ends the span
            words = [t.lower_ for t in span[[t.lower_ for t in span].index("of") + 1:] if t.lower_ != "the"]
            country = next((gazette.country_words[" ".join(words[k:])] for k in range(len(words))
                            if " ".join(words[k:]) in gazette.country_words), country)
        head = next((t.lower_ for t in span if t.lower_ == "of"), "") and span[[t.lower_ for t in span].index("of") - 1].lower_ \
            if of_form else span[-1].lower_
        if head in _NON_STATE_NOUNS:
            return None  # "Syrian rebels" are not the Syrian state
        rec = self.kb.forces_of(country, police=head in _POLICE_NOUNS)
        return ActorMention(span=span, actor_id=rec.id, name=rec.name)

    @staticmethod
    def _named_forces(doc: Doc) -> list[Span]:
        """ "GNA forces", "LNA and GNA forces", "Ambazonian separatists": a name before a force noun."""
        out = []
        for i in word_positions(doc, FORCE_NOUNS):  # the only tokens that can pass the test below
            tok = doc[i]
            if tok.lower_ not in FORCE_NOUNS or tok.i == 0:
                continue
            left = tok.i
            # a militia is often named like a person ("Mayi Mayi militiamen", "Tiv militias"); a state force is not
            not_names = ("GPE", "LOC", "DATE") if tok.lower_ in _NON_STATE_NOUNS else ("GPE", "LOC", "DATE", "PERSON")
            while left > 0 and (doc[left - 1].pos_ == "PROPN" or doc[left - 1].is_upper and len(doc[left - 1]) > 1) \
                    and doc[left - 1].ent_type_ not in not_names:
                left -= 1
            if left < tok.i:
                out.append(doc[left:tok.i + 1])
        return out

    def _named_mention(self, span: Span) -> ActorMention:
        head = span[-1].lower_
        name = span.text
        if head in _NON_STATE_NOUNS and len(span) > 1 and span[:-1].text in self.kb.communities:
            # "Tiv militias", "Fulani fighters": a community's armed men are its identity militia (ACLED codebook,
            # inter code 4: "Tiv Ethnic Militia"), the KB's record when it has one
            name = f"{span[:-1].text} Ethnic Militia"
            known = self.kb.by_name(name)
            rec = known or ActorRecord(id=f"communal:{span[:-1].text}:Ethnic", name=name, inter=4, country=None,
                                       sector="REB", kind="armed_group")
            return ActorMention(span=span, actor_id=rec.id, name=rec.name, extra={} if known else {"record": rec})
        if head in _NON_STATE_NOUNS and len(span) > 1:
            # "CODECO militiamen", "FPRC rebels": the group is the name (an acronym stands alone); ACLED names
            # other militias "X Militia" ("Mayi Mayi Militia")
            name = span[:-1].text + (" Militia" if head in _MILITIA_NOUNS and not span[:-1].text.isupper() else "")
        state = head in ("army", "navy", "military", "police", "gendarmerie", "troops", "soldiers")
        rec = ActorRecord(id=f"named:{name}", name=name, inter=1 if state else 2, country=None,
                          sector="MIL" if state else "REB", kind="unknown")
        return ActorMention(span=span, actor_id=rec.id, name=rec.name, extra={"record": rec})

    @staticmethod
    def _agent_nouns(doc: Doc, gazette: Gazette) -> list[Span]:
        out = []
        for tok in doc:
            if tok.pos_ not in ("NOUN", "PROPN") or (tok.lemma_.lower() not in gazette.agents
                                                    and tok.lower_ not in gazette.agents):
                continue
            if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
                continue  # "a refugee camp", "its media outlets": a noun naming a thing, not people
            left = tok.i
            for child in tok.lefts:
                if child.dep_ in ("compound", "amod") and child.i == left - 1:
                    left = child.i
            out.append(doc[left:tok.i + 1])
        return out

    def _agent_mention(self, span: Span, gazette: Gazette) -> ActorMention | None:
        head = span[-1]
        sector = gazette.agents.get(head.lemma_.lower()) or gazette.agents.get(head.lower_)
        target = _SECTOR_RECORD.get(sector or "")
        if target == "civilians" and any(t.lower_ in ("armed", "masked", "suspected") for t in span):
            target = "unidentified_armed"  # "an armed man"
        if head.lemma_.lower() == "member":
            # "gang members", "members of the police": a member is of the group named with it
            of_group = [g for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "from") for g in p.subtree]
            words = {t.lemma_.lower() for t in span[:-1]} | {g.lemma_.lower() for g in of_group}
            if any(g.text in _GANG_ARTICLES and g.i + 1 < len(g.doc) and g.doc[g.i + 1].pos_ == "PROPN"
                   for g in of_group):
                words.add("gang")  # "members of Los Enanos": a criminal group named the Spanish way
            if words & _MEMBER_OF_STATE:
                target = "police" if words & {"police", "policeman"} else "state_forces"
            elif words & _ARMED_UNITS and any(w[:1].isdigit() for w in words):
                target = "state_forces"  # "members of the 4th Armoured Division": a numbered unit of an army
            elif words & _MEMBER_OF_ARMED or words & _ARMED_UNITS:
                target = "unidentified_armed"  # "members of the Sultan Murad Division"
            elif words & _MEMBER_OF_COMMUNITY:
                target = "civilians"  # "members of the Glavda community"
            elif not words & _MEMBER_OF_CIVIC and not any(g.pos_ == "PROPN" for g in (*span[:-1], *of_group)):
                target = None  # a bare "members": the text does not say of what, so not of a crowd either
        return self._generic_mention(span, target, head)

    def _generic_mention(self, span: Span, target: str | None, head: Token) -> ActorMention | None:
        """The KB's generic record ``target`` ("civilians", "state_forces", ...) for an agent noun, if any."""
        rec = self.kb.get(target) if target is not None else None
        if rec is None:
            return None
        return ActorMention(span=span, actor_id=rec.id, name=rec.name, extra={"agent": head.lemma_.lower()})


def _shared_force_noun(span: Span, gazette: Gazette) -> str | None:
    """The force noun a bare country name shares with the forces named before it ("police" for "Kenya" in "the
    police of Uganda and Kenya"), if the span is only a country's name joined to such an "of" phrase."""
    doc = span.doc
    if span.text.lower() not in gazette.country_words or span.start == 0 or doc[span.start - 1].lower_ not in (
            "and", ",", "the"):
        return None
    for k in range(span.start - 1, max(span.start - 12, 0), -1):
        if doc[k].lower_ == "of" and doc[k - 1].lower_ in FORCE_NOUNS:
            return doc[k - 1].lower_
        if doc[k].lower_ not in ("and", ",", "the") and doc[k].lower_ not in gazette.country_words and not (
                doc[k].pos_ == "PROPN"):
            return None
    return None


def _opposed(span: Span) -> bool:
    """ "anti-Houthi forces", "the anti-IS coalition" name the Houthis' or IS's enemies, not them."""
    doc, i = span.doc, span.start
    if i >= 1 and doc[i - 1].lower_ in ("anti", "counter"):
        return True
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ("anti", "counter")


def _of_named(span: Span, taken: set[int]) -> bool:
    """ "fighters of the Aden Islamic Army": the named group stands for the agent noun."""
    for prep in span[-1].children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and any(c.i in taken for c in prep.children if c.dep_ == "pobj"):
            return True
    return False


#: words that make a generic mention of forces the home state's, never a foreign army named before ("regime forces")
_HOME_STATE = frozenset({"regime", "government", "pro-government", "governmental", "loyalist", "loyalists", "junta"})


def _state_named_before(mention: ActorMention, doc: Doc, kb: ActorKB, police: bool) -> ActorRecord | None:
    """The forces of the one state a report has named, with its country, before a generic mention of forces
    ("Kenyan troops ... the soldiers", "Chadian soldiers ... Troops"): what "the soldiers" refers back to, though
    the story happens in another country (ACLED codebook: state forces acting abroad keep their state). None when
    the report named the forces of no state or of several, or only of another sector (the army for "police")."""
    found: dict[str, ActorRecord] = {}
    words = kb.gazette.country_words if kb.gazette is not None else None
    for m in doc._.ew_actors or []:
        if m.span.start >= mention.span.start:
            break
        made = m.extra.get("record")
        rec = made if isinstance(made, ActorRecord) else kb.get(m.actor_id)
        if rec is not None and rec.kind == "state" and rec.country and (rec.sector == "COP") == police \
                and words is not None and any(t.lower_ in words for t in m.span):
            found[rec.country] = rec  # forces named with their country ("Kenyan troops", "the army of Chad")
    return next(iter(found.values())) if len(found) == 1 else None


def resolve_generic(mention: ActorMention, doc: Doc, kb: ActorKB, focus_country: str | None) -> ActorRecord:
    """A generic mention stands for the dominant specific actor of its kind in the doc.

    "the jihadists" in a story that names the Islamic State three times is the Islamic
    State; "the regime" or "the army" in a story about Syria is Military Forces of Syria.
    Without such context the generic record itself is returned.
    """
    made = mention.extra.get("record")
    rec = made if isinstance(made, ActorRecord) else kb.get(mention.actor_id)
    if rec is None or rec.kind == "unknown":
        text = mention.span.text
        if text.lower().startswith("the "):
            text = text[4:]
        return rec or ActorRecord(id=f"named:{text}", name=text, inter=None, country=None, sector=None, kind="unknown")
    if rec.in_context or rec.same_as:
        # "FDS": the Syrian Democratic Forces in a Syria story, a state's Defence and Security Forces elsewhere
        other = dict(rec.in_context).get(focus_country or "")
        target = kb.get(other) if other else (kb.get(rec.same_as) if rec.same_as else None)
        if target is not None and target.id != rec.id:
            return resolve_generic(ActorMention(span=mention.span, actor_id=target.id, name=target.name), doc, kb,
                                   focus_country)
    if rec.kind == "state_of_context":
        named = _state_named_before(mention, doc, kb, police=rec.id == "police") if rec.id in ("state_forces",
                                                                                              "police") else None
        before = mention.span.doc[max(mention.span.start - 3, 0):mention.span.start]
        if named is not None and ({t.lower_ for t in mention.span} & _HOME_STATE or any(
                t.lower_ == "pro" or t.lower_.startswith("pro-") for t in before)):
            named = None  # "Turkish forces shelled regime positions", "pro-Hadi forces": the home state's, a faction
        if named is not None:
            return named  # "Kenyan troops raided a camp in Somalia. The soldiers killed five militants": Kenya's
        if focus_country:
            state = kb.state_forces(focus_country)
            if state is not None and rec.id == "state_forces":
                return state
            police = kb.police_forces(focus_country) if rec.id == "police" else None
            if police is not None:
                return police  # "police" in a Nigeria story: the KB's Police Forces of Nigeria, with its aliases
            prefix = "Military Forces" if rec.id == "state_forces" else rec.name
            return kb.add(ActorRecord(id=f"{rec.id}:{focus_country}", name=f"{prefix} of {state_name(focus_country)}",
                                      inter=rec.inter, country=focus_country, sector=rec.sector, kind="state"))
        return rec
    if rec.kind != "generic":
        return rec
    counts = Counter(
        m.actor_id for m in (doc._.ew_actors or []) if (r := kb.get(m.actor_id)) is not None and r.kind in rec.refers_to
    )
    if counts:
        return kb[counts.most_common(1)[0][0]]
    return rec
