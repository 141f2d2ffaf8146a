"""The geoparser component: toponyms in a Doc -> ``doc._.ew_places``; an event's location.

    >>> gp = Geoparser()                  # the default GeoNames index, opened once per process
    >>> doc = gp(doc)                     # sets doc._.ew_places and doc.spans["ew_toponyms"]
    >>> place = gp.locate_event(doc, trigger_span)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .._doc import PlaceMention, doc_text, evidence
from ._actorctx import actor_countries
from ._areas import find_compass_area
from ._borders import find_border
from ._lexicon import COMPASS, demonym_of
from ._place import PRECISION, make_place
from ._recognize import Mention, find_mentions
from ._resolve import VICINITY, Resolution, haversine_km, resolve_mentions
from .base import Candidate, Gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..model import Place, Toponym

__all__ = ["Geoparser", "geoparse"]

_LOCATIVE_PREPS = frozenset({"in", "near", "at", "outside", "around", "inside", "within", "on", "across", "into",
                             "between", "along", "from", "of", "through", "throughout"})
#: French: the preposition is the name's ``case`` child in the UD parse ("près de Hajine", "en Syrie")
_LOCATIVE_PREPS_FR = frozenset({"à", "près", "dans", "en", "vers", "autour", "entre", "sur", "au", "aux", "de", "d'", "du"})
_KM = re.compile(r"(\d+(?:[.,]\d+)?)\s*(km|kilometers|kilometres|miles|mi)\b\s*\(?[^)]*?\)?\s*"
                 r"(north|south|east|west|north-?east|north-?west|south-?east|south-?west)\w*\s+of\s*$", re.I)

#: the words before a place named only as a reference point for another: "350 km north of the capital
#: Mogadishu", "northeast of Baghdad", "opposite the Thai town of Mae Sot", "à 50 km au nord de Gao"
_REFERENCE_POINT = re.compile(
    r"(?:\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of"
    r"|\b\d[\d.,]*\s*(?:km|kms|kilometers|kilometres|miles|mi)\b(?:\s*\([^)]{0,40}\))?\s+(?:away\s+)?from"
    r"|\bopposite|\b(?:au|à l['’])\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+d(?:e|['’]))"
    r"\s+(?:the\s+|la\s+|l['’])?(?:[A-Z][\w-]*\s+)?(?:(?:capital|city|town|village|port|provincial capital|capitale"
    r"|ville)\s+(?:of\s+|de\s+)?)?$", re.I)


#: people and means a country's name can say whose they are ("a U.S. soldier", "Russian-made jets" aside)
_AGENT_NOUNS = frozenset({
    "soldier", "soldiers", "troops", "forces", "force", "military", "army", "navy", "marines", "official",
    "officials", "diplomat", "diplomats", "embassy", "envoy", "ambassador", "citizen", "citizens", "national",
    "nationals", "government", "authorities", "warplanes", "warplane", "jets", "jet", "drone", "drones",
    "aircraft", "planes", "plane", "helicopter", "helicopters", "commander", "commanders", "president",
    "secretary", "minister", "spokesman", "spokeswoman", "company", "firm", "contractor", "contractors",
    "servicemen", "serviceman", "personnel", "advisers", "advisors", "adviser", "advisor", "delegation",
    "warship", "warships", "ship", "vessel", "coalition",
})
_WHOSE_AFTER = re.compile(r"^-(?:based|led|backed|funded|made|owned|trained|supplied)\b", re.I)


def _whose(p: PlaceMention) -> bool:
    """A country named only to say whose people or means act ("a U.S. soldier shot two men",
    "the UK-based observatory", "U.S.-led forces"): like a demonym, not where anything happened."""
    tok = p.span.root
    doc = tok.doc
    if _WHOSE_AFTER.match(doc_text(doc)[p.span.end_char:p.span.end_char + 12]):
        return True  # any place: "the London-based organization", "Damascus-backed militias"
    if _specificity(p) > 2:
        return False
    return tok.dep_ in ("compound", "amod", "nmod", "poss") and tok.head.lower_ in _AGENT_NOUNS


def _may_be_event_place(p: PlaceMention) -> bool:
    """Whether the mention can say where an event happened: not a people ("Syrian"), not a place standing
    for its government or a firm ("Damascus said"), not a country saying whose people act ("a U.S. soldier")."""
    return p.role not in ("demonym", "metonym") and not _whose(p) and not _in_a_groups_name(p)


#: buildings named for their town ("the University of Baghdad"): there the town is where things happen
_BUILDINGS = frozenset({"university", "college", "school", "hospital", "airport", "port", "museum", "bank",
                        "church", "cathedral", "mosque", "stadium", "hotel", "palace"})


def _in_a_groups_name(p: PlaceMention) -> bool:
    """"the Islamic State of Iraq and Al-Sham": a country in an organisation's name is not where it acts."""
    doc = p.span.doc
    if p.span.start < 2 or doc[p.span.start - 1].lower_ != "of" or not doc[p.span.start - 2].is_title:
        return False  # "State of Iraq", not "the village of Al-Jafra"
    for ent in doc.ents:
        if ent.label_ == "ORG" and ent.start < p.span.start and p.span.end <= ent.end:
            return not any(t.lower_ in _BUILDINGS for t in doc[ent.start:p.span.start])
    return False


def _governed_by(head: Token, governors: set[int]) -> bool:
    """The phrase ``head`` opens hangs off one of ``governors`` with no other verb on the way: in
    "launched an offensive in the Latakia countryside, targeting the town of Kinsibba", Latakia is
    where the offensive was launched, Kinsibba what "targeting" aimed at."""
    for a in head.ancestors:
        if a.i in governors:
            return True
        if a.pos_ in ("VERB", "AUX"):
            return False
    return False


#: the prepositions that tie a name to an event as its place (either language's, and "handed over to")
_TYING_PREPS = _LOCATIVE_PREPS | _LOCATIVE_PREPS_FR | {"to"}

#: what a name loses for being in a clause of another verb that does not hold the event's trigger
_OTHER_CLAUSE = 3.0


def _linked(p: PlaceMention, trigger: Span) -> bool:
    """Whether anything in the parse ties the name to the event as a place: a locative preposition ("in",
    "at", "near"), the event's own phrase, or the verb's object; else ("protested against the sanctions on
    Libya", "handed over to Singapore") the sentence does not say where the event happened."""
    tok = p.span.root
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ("compound", "amod", "nmod", "poss") and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head  # "a Baghdad market", "Mogadishu's Yaqshid district"
    trig = set(range(trigger.start, trigger.end))
    if _where_told(p.span.root, trig):
        return False
    if any(t.i in trig for t in tok.ancestors) or tok.i in trig:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in _TYING_PREPS


#: whoever tells of an event, and the telling: where they are is not where the event was
_SOURCE_NOUNS = frozenset({"source", "sources", "correspondent", "correspondents", "reporter", "reporters",
                           "journalist", "journalists", "spokesman", "spokeswoman", "spokesperson", "observatory",
                           "monitor", "activist", "activists", "witness", "witnesses", "conference", "statement",
                           "briefing", "interview"})
_TELLING = frozenset({"say", "tell", "report", "add", "announce", "state", "confirm", "accord", "speak"})


def _where_told(tok: Token, governors: set[int]) -> bool:
    """"according to a military source in Aleppo", "an official said in Geneva": the name says where the
    source or the telling is, not the event."""
    for a in tok.ancestors:
        if a.i in governors:
            return False
        if a.pos_ in ("VERB", "AUX"):
            return a.lemma_.lower() in _TELLING
        if a.lower_ in _SOURCE_NOUNS:
            return True
    return False


def _other_clause(tok: Token, governors: set[int]) -> bool:
    """"launched a counter-offensive in the East Ghouta region after their allies seized the village of
    Mistrata": Mistrata is where the seizing happened, in a clause the launching is not in."""
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.i in governors:
        return False
    return not governors & {t.i for t in verb.subtree}


def _reference_point(before: str) -> bool:
    """The words ``before`` a place name make it a reference point for another place, not a place of its
    own: "north of X" and "to the north of X" do, "in the north of X" (a part of X) does not."""
    m = _REFERENCE_POINT.search(before)
    if m is None:
        return False
    lead = before[:m.start()].lower()
    return not (lead.endswith("the ") and not lead.endswith("to the "))


class Geoparser:
    """Find, resolve and attach places; choose an event's location. DOCS: eventwire.geo"""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            from .geonames import default_gazetteer

            self._gazetteer = default_gazetteer()
        return self._gazetteer

    def __call__(self, doc: Doc) -> Doc:
        from .._doc import ensure_extensions

        ensure_extensions()
        gaz = self.gazetteer
        mentions = find_mentions(doc, gaz)
        resolutions = self._resolve(doc, mentions)
        _mark_relational(mentions)
        places = [PlaceMention(span=m.span, toponym=self._toponym(doc, m, r), role=m.role)
                  for m, r in zip(mentions, resolutions, strict=True)]
        doc._.ew_places = places
        doc.spans["ew_toponyms"] = [p.span for p in places]
        return doc

    def resolve_spans(self, doc: Doc, spans: list[tuple[int, int]]) -> list[Toponym | None]:
        """Resolve given character spans of ``doc`` (gold toponyms), with the whole document as context."""
        from ._recognize import _cue

        mentions, index = [], []
        for i, (start, end) in enumerate(spans):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span):
                # gold data geocodes "Syrian" as Syria (the given text: "Egyptian" of the token "Egyptian-US")
                people = demonym_of(doc.text[start:end], plural=True)
                if people is not None:
                    mentions.append(Mention(span=span, role="demonym", country=people))
                else:
                    mentions.append(Mention(span=span, cue=_cue(span)))
                index.append(i)
        order = sorted(range(len(mentions)), key=lambda k: mentions[k].span.start)
        mentions = [mentions[k] for k in order]
        index = [index[k] for k in order]
        out: list[Toponym | None] = [None] * len(spans)
        for i, m, r in zip(index, mentions, self._resolve(doc, mentions), strict=True):
            out[i] = self._toponym(doc, m, r)
        return out

    def _resolve(self, doc: Doc, mentions: list[Mention]) -> list[Resolution]:
        """Resolve ``mentions`` with the countries of the document's actors as weak evidence (``_actorctx``)."""
        hints, resident = actor_countries(doc, self.gazetteer)
        return resolve_mentions(mentions, self.gazetteer, hints, resident)

    def _toponym(self, doc: Doc, m: Mention, r: Resolution) -> Toponym:
        from ..model import Toponym

        ev = evidence(doc, m.span.start_char, m.span.end_char)
        place = None
        if r.candidate is not None and r.within:  # a street or building in the document's town: the town's point
            # near a town: UCDP 3 / ACLED 2; near a province or a country ("Koya, Cameroon"): no better than it
            own, own_geo = PRECISION.get(r.candidate.kind, (1, 1))
            place = make_place(self.gazetteer, r.candidate, evidence=[ev], confidence=r.confidence, name=ev.text,
                               precision=max(3 if r.vicinity else 2, own), geo_precision=max(2 if r.vicinity else 1, own_geo),
                               description=f"{ev.text}: {r.reason} (its GeoNames point)")
            place = place.model_copy(update={"geonames_id": None, "feature_code": None})
        elif r.candidate is not None:
            place = make_place(self.gazetteer, r.candidate, evidence=[ev], confidence=r.confidence)
            if r.rivals:
                place = _coarsen(self.gazetteer, place, r.candidate, r.rivals)
        reason = r.reason
        if m.role in ("demonym", "metonym") and place is not None:
            reason = f"{m.role}: names a people or a government, not where something happened"
        return Toponym(text=ev.text, start=ev.start, end=ev.end, place=place, score=r.score, reason=reason)

    # ---------------------------------------------------------------- event location
    def event_mention(self, doc: Doc, trigger: Span) -> PlaceMention | None:
        """The place name in the trigger's sentence that says where the event happened, resolved or not."""
        sent = trigger.sent
        named = [p for p in (doc._.ew_places or []) if _may_be_event_place(p) and sent.start <= p.span.start < sent.end]
        return self._pick(doc, trigger, named)

    def locate_event(self, doc: Doc, trigger: Span) -> Place | None:
        """Where the event whose trigger is ``trigger`` happened, or None when the text never says."""
        places = [p for p in (doc._.ew_places or []) if _placed(p) is not None]
        usable = [p for p in places if _may_be_event_place(p)]
        sent = trigger.sent
        in_sent = [p for p in usable if sent.start <= p.span.start < sent.end]
        between = self._relational(doc, in_sent, sent)
        best = between or self._attached(doc, trigger, in_sent)
        if best is None or (best.precision or 0) >= 6:
            # "on the border with Syria", "the Afghan-Pakistani border"; "in the south-west", "in northern Mali"
            line = find_border(self.gazetteer, doc, sent, usable)
            area = line or find_compass_area(self.gazetteer, doc, sent, usable)
            # a border belongs to both its countries ("Afghanistan–Pakistan border")
            sides = line.name.removesuffix(" border").split("–") if line is not None else [area and area.country]
            if area is not None and (best is None or best.country in sides):
                best = area
        named = self.event_mention(doc, trigger)
        if between is None and named is not None and _within_named_town(named, in_sent):
            # "Mogadishu's Yaqshid district", "the Kafr Souseh area of Damascus": a quarter the gazetteer lacks,
            # placed at the town named with it in the same sentence, is the event's place (precision 3)
            place = named.toponym.place.model_copy()  # type: ignore[union-attr]
            place.description = f"{place.description or place.name}; named in the event's sentence"
            return place
        if (between is None and best is not None and named is not None and named.toponym.place is None
                and _used_as_place(named)):
            # "attacked Katarko village ... in Yobe State", "in Adhaim in northern Iraq": the event's place is
            # the name the gazetteer lacks; the sentence's place it is named with says only roughly where
            return _within(doc, named, best)
        if named is not None and _placed(named) is None and (best is None or best.precision <= 4):
            # The sentence's event place is a name the gazetteer lacks ("Kafr Sousah"): don't put a
            # confident point on a town that may be elsewhere in the sentence; say so.
            if best is not None:
                best.confidence = round(best.confidence * 0.5, 3)
                best.description = (f"{best.description}; the event's sentence names {named.span.text!r} "
                                    "as the place, which the gazetteer lacks")
                return best
            if _plainly_a_place(named) and _linked(named, trigger):
                # "clashes erupted in Qzyxwar": the sentence says where, though the gazetteer lacks the name;
                # name it, with no point (a country only if every place the story names agrees on one)
                return _unplaced(doc, named, usable)
            return None
        if best is not None:
            if named is not None and _placed(named) is None:
                best.description = (f"{best.description}; the event's sentence names {named.span.text!r}, "
                                    "which the gazetteer lacks")
            coarse = best.precision == 5 and best.geonames_id is None
            return self._refine(doc, best, usable, sent) if coarse else best
        # Document context: the nearest place mentioned before (or else after) the trigger.
        before = [p for p in usable if p.span.start < trigger.start]
        pool = before[-3:] or usable[:3]
        if not pool:
            return None
        pick = max(pool, key=lambda p: (_specificity(p), p.span.start if before else -p.span.start))
        place = pick.toponym.place.model_copy()  # type: ignore[union-attr]
        place.confidence = round(place.confidence * 0.5, 3)
        # one step coarser, but a country stays country-level (UCDP 7 means international waters), and a sea
        # or a world region, already 7, stays so
        place.precision = max(place.precision or 6, min(6, (place.precision or 6) + 1))
        place.geo_precision = min(3, (place.geo_precision or 3) + 1)
        place.description = f"not stated in the event's sentence; nearest place in the document: {place.description}"
        return place

    def _attached(self, doc: Doc, trigger: Span, in_sent: list[PlaceMention]) -> Place | None:
        pick = self._pick(doc, trigger, in_sent)
        if pick is None or not _linked(pick, trigger):
            return None
        place = pick.toponym.place.model_copy()  # type: ignore[union-attr]
        place.description = f"{place.description}; named in the event's sentence"
        return self._relative(doc, pick, place)

    def _pick(self, doc: Doc, trigger: Span, in_sent: list[PlaceMention]) -> PlaceMention | None:
        if not in_sent:
            return None
        trig_tokens = set(range(trigger.start, trigger.end))
        # "the Euphrates valley in Syria": Syria qualifies the valley; keep the more specific name.
        qualifiers = set()
        towns = {id(p) for p in in_sent if _town_of_part(p, in_sent)}
        for p in in_sent:
            head = p.span.root.head
            above = {a.i for a in p.span.root.ancestors}
            if head.lower_ in _LOCATIVE_PREPS and head.head.i != head.i:
                for q in in_sent:
                    if q is not p and q.span.start <= head.head.i < q.span.end + 1 and _specificity(q) > _specificity(p):
                        qualifiers.add(id(p))
            # "Mogadishu's Yaqshid district", "the Huriyah neighbourhood of Baghdad": the city qualifies
            tok = p.span.root
            near = tok.head.head if tok.head.lower_ == "of" and tok.dep_ == "pobj" else tok.head
            if tok.dep_ == "poss" or (tok.head.lower_ == "of" and near.lower_ in _PART_WORDS):
                for q in in_sent:
                    # ... but "the Homs neighbourhood of Baba Amr": a name the gazetteer lacks is the finer one
                    unknown_part = _placed(p) is None and _placed(q) is not None and tok.dep_ != "poss"
                    if (q is not p and q.span.start - 1 <= near.i <= q.span.end and not _outranks(p, q)
                            and not unknown_part):
                        qualifiers.add(id(p))
            if id(p) in towns:
                qualifiers.add(id(p))
            # "Tahrawa, a village near Mosul", "Keysansey hospital in northern Mogadishu": a place said of another
            # place (within its phrase) locates that place; the event is at the first
            for q in in_sent:
                anchor = q.span.root.head if q.span.root.dep_ == "compound" else q.span.root
                if (q is not p and anchor.i in above and not _outranks(p, q)
                        and id(q) not in towns and tok.dep_ != "conj" and p.role != "relational"):
                    qualifiers.add(id(p))
        in_sent = [p for p in in_sent if id(p) not in qualifiers] or in_sent
        mentioned = {i for p in in_sent for i in range(p.span.start, p.span.end)}
        text = doc_text(doc)
        # the trigger, and the verb a noun trigger is the object or subject of ("launched an offensive")
        governors = trig_tokens | {doc[t].head.i for t in trig_tokens
                                   if doc[t].pos_ == "NOUN" and doc[t].dep_ in ("dobj", "nsubj", "nsubjpass")}
        under_trigger = {t.i for tt in trig_tokens for t in doc[tt].subtree}

        def score(p: PlaceMention) -> float:
            s = _specificity(p) * 1.0
            tok = p.span.root
            head = tok.head
            french = tok.lang_ == "fr"
            if french:  # UD: the preposition hangs off the name
                head = next((c for c in tok.children if c.dep_ == "case"), head)
            if (not french and tok.dep_ in ("compound", "amod", "nmod") and head.i not in mentioned and head.pos_ in ("NOUN", "PROPN")
                    and _specificity(p) <= 2):
                s -= 2.0  # "U.S. planes", "the U.S. blockade": a country says whose, not where ("a Baghdad market" does)
            # "attacked Katarko village", "stormed Najarah": the object of the event's verb is where it happened
            obj = head if tok.dep_ == "compound" and head.lower_ in _PART_WORDS else tok
            if obj.dep_ in ("dobj", "nsubjpass") and obj.head.i in trig_tokens:
                s += 5.0
            if not french:
                # "in Chibok and Biu local government areas", "in Wase district": the preposition of the
                # part word (or of the first of joined names) is the name's own
                part = tok
                while part.dep_ == "conj" and part.head.i != part.i and part.head.pos_ == "PROPN":
                    part = part.head
                if part.dep_ in ("compound", "nmod", "amod") and part.head.lower_ in _PART_WORDS:
                    head = part.head.head
            if head.lower_ == "from":
                s += 0.5  # "entering Syria from Turkey": a point of departure
            elif head.lower_ in (_LOCATIVE_PREPS_FR if french else _LOCATIVE_PREPS):
                s += 2.0
                if _governed_by(head, governors):
                    s += 3.0
            if tok.i in under_trigger:
                s += 1.0
            elif _other_clause(tok, governors):
                s -= _OTHER_CLAUSE
            if _where_told(tok, governors):
                s -= 4.0
            if (_reference_point(text[max(0, p.span.start_char - 80):p.span.start_char])
                    and any(q is not p and _specificity(q) >= _specificity(p) - 1 for q in in_sent)):
                # "in Beledweyne town, 350 km north of the capital Mogadishu": Mogadishu only says where
                # Beledweyne is; alone in its sentence, or beside only a country, it is still the place
                # ("a village 12 km east of X, Somalia": X moved 12 km, ``_relative``)
                s -= 6.0
            s -= min(abs(p.span.start - trigger.start), 30) * 0.05
            return s

        return max(in_sent, key=score)

    def _relative(self, doc: Doc, pick: PlaceMention, place: Place) -> Place:
        """"12 km east of X": move the point and say so (precision 2)."""
        head = doc_text(doc)[max(0, pick.span.start_char - 60):pick.span.start_char]
        m = _KM.search(head)
        if not m:
            return place
        dist = float(m.group(1).replace(",", "."))
        dist_km = dist * (1.609 if m.group(2).lower().startswith("mi") else 1.0)
        dy, dx = COMPASS.get(m.group(3).lower().replace("-", ""), COMPASS.get(m.group(3).lower(), (0.0, 0.0)))
        import math

        lat = (place.lat or 0.0) + dy * dist_km / 111.0
        lon = (place.lon or 0.0) + dx * dist_km / (111.0 * max(0.1, math.cos(math.radians(place.lat or 0.0))))
        start = pick.span.start_char - (len(head) - m.start())
        ev = evidence(doc, start, pick.span.end_char)
        return place.model_copy(update={
            "lat": round(lat, 5), "lon": round(lon, 5), "geonames_id": None, "precision": 2, "geo_precision": 2,
            "description": f"{m.group(0).strip()} {pick.span.text}: offset from {place.name}", "evidence": [ev],
        })

    def _relational(self, doc: Doc, in_sent: list[PlaceMention], sent: Span) -> Place | None:
        """"between X and Y": the midpoint, precision 5."""
        for a, b in zip(in_sent, in_sent[1:], strict=False):
            if a.role != "relational" or b.role != "relational":
                continue
            pa, pb = a.toponym.place, b.toponym.place
            assert pa is not None and pb is not None
            if haversine_km(pa.lat or 0, pa.lon or 0, pb.lat or 0, pb.lon or 0) > 300:
                continue
            start = _between_start(a.span)
            ev = evidence(doc, doc[start].idx, b.span.end_char)
            return pa.model_copy(update={
                "name": f"between {pa.name} and {pb.name}", "geonames_id": None,
                "lat": round(((pa.lat or 0) + (pb.lat or 0)) / 2, 5), "lon": round(((pa.lon or 0) + (pb.lon or 0)) / 2, 5),
                "feature_code": None, "precision": 5, "geo_precision": 2, "evidence": [ev],
                "confidence": round(min(pa.confidence, pb.confidence) * 0.9, 3),
                "admin1": pa.admin1 if pa.admin1 == pb.admin1 else None,
                "description": f"between {pa.name} and {pb.name}: midpoint of the two GeoNames points",
            })
        return None

    def _refine(self, doc: Doc, best: Place, usable: list[PlaceMention], sent: Span) -> Place:
        """A coarse place ("the Euphrates valley") that a nearby sentence pins down ("... between X and Y")."""
        sents = list(doc.sents)
        idx = next(i for i, s in enumerate(sents) if s.start == sent.start)
        for other in sents[max(0, idx - 1):idx + 3]:
            if other.start == sent.start:
                continue
            here = [p for p in usable if other.start <= p.span.start < other.end]
            same = [p for p in here if p.toponym.place and p.toponym.place.name == best.name]
            if not same:
                continue
            finer = self._relational(doc, here, other)
            if finer is None:
                cities = [p for p in here if _specificity(p) >= 5]
                if not cities:
                    continue
                finer = cities[0].toponym.place.model_copy()  # type: ignore[union-attr]
            if best.lat is not None and finer.lat is not None and haversine_km(
                    best.lat, best.lon or 0, finer.lat, finer.lon or 0) > 600:
                continue
            finer.confidence = round(finer.confidence * 0.85, 3)
            finer.description = f"{finer.description}; refines {best.name} named in the event's sentence"
            return finer
        return best


def _within(doc: Doc, named: PlaceMention, around: Place) -> Place:
    """The event's place is ``named``, a name the gazetteer lacks: given at the point of ``around``, the
    sentence's other place, no finer than a second-order division, at half its confidence."""
    ev = evidence(doc, named.span.start_char, named.span.end_char)
    return around.model_copy(update={
        "name": ev.text, "geonames_id": None, "feature_code": None,
        "precision": max(around.precision or 3, 3), "geo_precision": max(around.geo_precision or 2, 2),
        "confidence": round(around.confidence * 0.5, 3), "evidence": [ev, *around.evidence],
        "description": f"{ev.text}: the gazetteer lacks it; named in the event's sentence as the event's place, "
                       f"given at the point of {around.name} named with it ({around.description})",
    })


def _unplaced(doc: Doc, named: PlaceMention, usable: list[PlaceMention]) -> Place:
    """The event's place is ``named``, a name the gazetteer lacks, alone in its sentence: a place with a name
    and evidence but no point; its country is given only when all the story's places are in one country."""
    from ..model import Place

    ev = evidence(doc, named.span.start_char, named.span.end_char)
    countries = {(p.country, p.iso3) for q in usable if (p := _placed(q)) is not None and p.country}
    country, iso3 = next(iter(countries)) if len(countries) == 1 else (None, None)
    return Place(name=ev.text, country=country, iso3=iso3, confidence=0.3, evidence=[ev],
                 description=f"{ev.text}: named in the event's sentence as the event's place; the gazetteer lacks "
                             "it, so no point is given" + (f" (the story's places are all in {country})"
                                                           if country else ""))


def _coarsen(gaz: Gazetteer, place: Place, best: Candidate, rivals: tuple[Candidate, ...]) -> Place:
    """An ambiguous name with nothing in the text to choose: report the level all namesakes share."""
    names = ", ".join(sorted({f"{c.name} ({c.admin1_code or '-'}, {c.country_code})" for c in rivals})[:3])
    # namesakes that no country holds (two seas, a sea and a world region) share no country nor division
    if best.country_code and all(c.country_code == best.country_code and c.admin1_code == best.admin1_code
                                 for c in rivals):
        admin1 = gaz.admin1(best.country_code, best.admin1_code)
        level, prec, geo_prec, point = "first-order division", 4, 3, admin1
    elif best.country_code and all(c.country_code == best.country_code for c in rivals):
        level, prec, geo_prec, point = "country", 6, 3, gaz.country(best.country_code)
    else:
        level, prec, geo_prec, point = "", max(place.precision or 1, 1), 3, None
    update: dict[str, object] = {"precision": prec, "geo_precision": geo_prec, "description": (
        f"{place.description}; ambiguous: as likely {names}, and nothing in the text chooses"
        + (f" (only the {level} is sure: its point is given)" if point is not None else ""))}
    if point is not None:  # the namesake's id would claim a choice the text does not make
        update |= {"lat": point.lat, "lon": point.lon, "geonames_id": None, "feature_code": point.feature_code}
    return place.model_copy(update=update)


_PART_WORDS = frozenset({"district", "districts", "area", "areas", "neighbourhood", "neighbourhoods", "neighborhood",
                         "neighborhoods", "quarter", "quarters", "suburb", "suburbs", "outskirts", "village", "villages",
                         "town", "towns", "region", "regions", "countryside", "part", "parts", "province",
                         "provinces", "governorate", "camp", "refugee", "sector", "sectors", "zone", "zones",
                         "municipality", "municipalities", "commune", "communes", "locality", "localities"})


#: words that call a name a part of a town: ``_PART_WORDS`` and a few more
_QUARTER_WORDS = _PART_WORDS | frozenset({"township", "townships", "hamlet", "hamlets", "ward", "wards", "estate",
                                          "estates", "precinct", "borough", "settlement", "settlements"})


_DIVISION_WORDS = frozenset({"province", "state", "governorate", "region", "county", "division", "department",
                             "prefecture", "oblast"})


def _placed(p: PlaceMention) -> Place | None:
    """The mention's place, unless it is only the document's town standing in for a village or quarter the
    gazetteer lacks (that point says where the story is, not where an event in the sentence happened)."""
    place = p.toponym.place
    return None if place is not None and (p.toponym.reason or "").startswith(VICINITY) else place


def _town_of_part(p: PlaceMention, in_sent: list[PlaceMention]) -> bool:
    """"the Homs neighbourhood of Baba Amr", "the Latakia town of Kabbani": the town the gazetteer has, before
    the part word, only says where the name after "of", which the gazetteer lacks, is (but in "the Huriyah
    neighborhood of Baghdad" the part comes first, and Baghdad is the town the gazetteer has)."""
    tok = p.span.root
    if tok.dep_ not in ("compound", "poss", "nmod") or tok.head.lower_ not in _QUARTER_WORDS:
        return False
    if _placed(p) is None:
        return False
    parts = {g.i for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"}
    parts |= {g.i for g in tok.doc if g.dep_ == "conj" and g.head.i in parts}
    return any(q is not p and q.span.root.i in parts and _placed(q) is None and not _names_a_division(q)
               for q in in_sent)


def _names_a_division(p: PlaceMention) -> bool:
    """"Wardag Province", "Hama Governorate": a name the gazetteer lacks that calls itself a division is
    not a quarter of the town it was placed near."""
    return p.span[-1].lower_ in _DIVISION_WORDS


def _used_as_place(p: PlaceMention) -> bool:
    """Whether the text uses the name as a place: calls it a quarter, village or district ("Yaqshid district",
    "the village of Sayadan", "Highfield, a Harare township") or puts it after "in", "at", "near" or as the
    object of a verb; not a bar, a tribe or a person a parser took for a place."""
    if _names_a_division(p):
        return False
    tok = p.span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:  # "Shaffa and Shindiffu villages"
        tok = tok.head
    word = tok.head
    if tok.dep_ == "pobj" and word.lower_ == "of":  # "the village of Sayadan"
        word = word.head
    elif tok.dep_ not in ("compound", "nmod", "amod"):
        word = next((c for c in tok.children if c.dep_ == "appos"), word)  # "Highfield, a Harare township"
    if word.lower_ in _QUARTER_WORDS:
        return True
    # "bombed Pooneryn", "in Walungu, 1,800 kilometers east of Kinshasa": the name itself is where (not a
    # modifier of a noun, "the Rio Rosas bar"; not a person or a subject, "Kupczyk, 44, ... was shot")
    return tok.dep_ == "dobj" or (tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE_PREPS)


#: verbs whose object is a place ("stormed Qzyxwar"), not a person ("murdering Qzyxwar")
_PLACE_OBJECT_VERBS = frozenset({"attack", "capture", "seize", "recapture", "retake", "liberate", "besiege", "shell",
                                 "bomb", "storm", "overrun", "enter", "encircle", "surround", "raid", "evacuate",
                                 "occupy", "invade", "reach", "hit", "strike", "target", "control", "take",
                                 "visit", "leave", "flee", "abandon"})


#: words for a settlement or a natural place that a name before them or after "of" is the name of
_PLACE_NOUNS = frozenset({"city", "port", "capital", "colony", "valley", "island", "islands", "mountain", "mountains",
                          "river", "hill", "hills", "plain", "oasis", "village", "town", "base", "airbase", "airport",
                          "checkpoint", "dam", "bridge", "crossing"})


def _plainly_a_place(p: PlaceMention) -> bool:
    """A stricter ``_used_as_place`` for a name the gazetteer lacks with no other place to check it against: a
    quarter, village or district word, a locative preposition other than "of" ("a member of the Dark Circle"),
    or the object of a verb of taking or striking ("stormed Qzyxwar", not "murdering Qzyxwar")."""
    if _names_a_division(p):
        return False
    tok = p.span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":  # "the port city of Baraawe"
        return tok.head.head.lower_ in _QUARTER_WORDS | _PLACE_NOUNS
    if tok.dep_ in ("compound", "nmod", "amod") and tok.head.lower_ in _PLACE_NOUNS:  # "from Kunkuz city"
        return True
    if _used_as_place(p) and tok.dep_ != "dobj":
        return True
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in _PLACE_OBJECT_VERBS


def _within_named_town(p: PlaceMention, in_sent: list[PlaceMention]) -> bool:
    """Whether ``p`` is a name the gazetteer lacks, placed near a town that its sentence names too."""
    place = p.toponym.place
    if place is None or _placed(p) is not None or place.lat is None or place.lon is None or not _used_as_place(p):
        return False
    return any(q is not p and (town := _placed(q)) is not None and town.lat is not None and town.lon is not None
               and haversine_km(place.lat, place.lon, town.lat, town.lon) < 2.0 for q in in_sent)


def _outranks(p: PlaceMention, q: PlaceMention) -> bool:
    """Whether ``p`` is known to be finer than ``q`` (then it cannot merely qualify ``q``)."""
    return _placed(p) is not None and _placed(q) is not None and _specificity(p) > _specificity(q)


def _specificity(p: PlaceMention) -> int:
    # a name the gazetteer lacks is most often a village or a quarter: as specific as a town
    place = _placed(p)
    prec = place.precision if place else 1
    return 8 - (prec or 7) + (1 if p.role == "relational" else 0)


#: "between X and Y" / "entre X et Y"
_BETWEEN = frozenset({"between", "entre"})
_AND = frozenset({"and", "&", "et"})


def _between_start(span: Span) -> int:
    doc = span.doc
    for i in range(span.start - 1, max(-1, span.start - 6), -1):
        if doc[i].lower_ in _BETWEEN:
            return i
    return span.start


def _mark_relational(mentions: list[Mention]) -> None:
    """Mark both names of "between X and Y" (possibly "between the cities of X and Y", "entre les villes de X et
    Y") as relational."""
    for a, b in zip(mentions, mentions[1:], strict=False):
        doc = a.span.doc
        gap = doc[a.span.end:b.span.start]
        if len(gap) != 1 or gap[0].lower_ not in _AND:
            continue
        if _between_start(a.span) != a.span.start:
            a.role = b.role = "relational"


def geoparse(text: str, *, gazetteer: Gazetteer | None = None) -> list[Toponym]:
    """Every toponym in ``text`` with its resolution (offsets into ``text``)."""
    from .. import clean as clean_mod
    from .._doc import ensure_extensions
    from ..nlp import load_spacy

    ensure_extensions()
    cleaned = clean_mod.clean(text)
    doc = load_spacy()(cleaned.text)
    doc._.ew_clean = cleaned
    doc._.ew_actors = []
    Geoparser(gazetteer)(doc)
    return [p.toponym for p in doc._.ew_places]


def _unused(c: Candidate) -> None:  # pragma: no cover - keeps the import for type checkers
    del c
