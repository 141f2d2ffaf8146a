"""Where the unnamed actors of a report are from: the evidence for their country.

ACLED names the actors it knows only by what they are with their country (codebook, actor names: "Civilians
(Kenya)", "Protesters (Serbia)", "Unidentified Armed Group (Mexico)", "Police Forces of Nigeria"). A report
rarely names that country; it names places, peoples and known actors, and those are weighed here:

- each place, by the confidence of its resolution (a country closing an unresolved place, "Nis, Serbia", too);
- a place told with the divisions it lies in ("Gadabo (Anzourou, Tillaberi)", "Jen (Karim-Lamido LGA, Taraba)",
  "in El Callao, Bolivar state"), as a country of its own when those names agree on one country: the village
  may be missing from the gazetteer or resolve to a homonym abroad, the divisions say where it is;
- demonyms outside actor names and the countries of the known actors named, each a support, not enough alone
  unless the report names no place the gazetteer knows and they all point to one country.

A country's name on a thing of that country found elsewhere ("the US dollar exchange rate", "the US embassy")
says nothing of where the report happens, and is not weighed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actors import ActorKB, ActorRecord

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .._doc import PlaceMention
    from ..geo.base import Gazetteer
    from ..model import Place

__all__ = ["actor_country", "best_country", "country_weights", "local_country"]

#: the least weight of evidence for giving an unnamed actor a country: one place resolved with fair confidence, or
#: a place and a named actor or demonym that agree; below it the actor stays without one ("Police Forces")
_MIN_COUNTRY_WEIGHT = 0.5
#: the weight of a demonym or of a known actor's country: support for a place, not enough alone (Boko Haram also
#: fights in Cameroon, al-Shabaab in Kenya; "Somali region" is in Ethiopia)
_SUPPORT = 0.25
#: the weight of a place whose divisions, named with it, agree on one country: as sure as a place resolved with
#: full confidence
_DIVISIONS = 1.0
#: the least confidence of an event's resolved place for its country to name the unnamed actors of that event, over
#: the country of the whole story ("in Tijuana, Baja California": Mexico, though "California" weighs for the US)
_SURE_PLACE = 0.8

#: things of a country that lie or circulate outside it: its name on them places nothing
_THINGS_ABROAD = frozenset({"dollar", "dollars", "currency", "euro", "euros", "pound", "pounds", "rupee", "rupees",
                            "yuan", "rouble", "ruble", "exchange", "embassy", "embassies", "consulate", "ambassador",
                            "sanctions", "flag", "flags", "goods", "products", "brand", "brands"})
#: words that follow a place before the divisions it lies in ("Menakuru village (Nellore, AP)")
_PLACE_WORDS = frozenset({"village", "town", "city", "area", "locality", "camp", "neighbourhood", "neighborhood",
                          "market", "district", "commune", "municipality", "taluka", "tehsil", "block", "county",
                          "sub-county", "subdivision", "payam", "sector", "zone", "region", "province", "state",
                          "governorate", "department", "division", "prefecture", "lga"})
#: words that name the kind of a division after its name ("Karim-Lamido LGA", "Bolivar state")
_DIVISION_WORDS = _PLACE_WORDS | {"local", "government", "subdistrict", "sub-district", "oblast", "wilaya", "rayon",
                                  "territory", "chiefdom", "woreda", "kebele", "union", "upazila", "parish", "canton"}
_DIVISION_KINDS = frozenset({"admin1", "admin2", "country"})
#: the small words inside place names ("Valle del Cauca", "Rio Grande do Norte", "Norte de Santander")
_NAME_PARTICLES = frozenset({"de", "del", "do", "da", "dos", "das", "la", "las", "los", "el", "al", "di", "du", "des",
                             "of", "and"})


def actor_country(doc: Doc, kb: ActorKB, gazetteer: Gazetteer | None = None) -> str | None:
    """The country of the unnamed actors of a report (see ``country_weights``); None when the evidence is thin."""
    return best_country(country_weights(doc, kb, gazetteer))


def best_country(weights: dict[str, float]) -> str | None:
    """The country with most evidence, if that evidence is enough; the first of equals."""
    if not weights:
        return None
    best = max(weights, key=lambda c: weights[c])  # max keeps the first of equals
    return best if weights[best] >= _MIN_COUNTRY_WEIGHT else None


def country_weights(doc: Doc, kb: ActorKB, gazetteer: Gazetteer | None = None) -> dict[str, float]:
    """The evidence for the country of the unnamed actors of a report ("police", "soldiers", "gunmen", "villagers"),
    from the best evidence the document has: its places (a named country among them), weighted by the confidence of
    their resolution, or by the divisions named with them (``gazetteer``, to look those up); the demonyms it uses
    outside actor names ("two Kenyan traders") and the countries of the known actors it names (SPLA-IO: South Sudan;
    "Nigerian troops": Nigeria), each a support worth a quarter. External forces (peacekeepers, Wagner) and groups
    of no one country add nothing. An actor left without a country is better than one given the wrong country;
    but when the report names no place the gazetteer knows and the groups or peoples it names point to one country
    ("ADF rebels killed three civilians in Mbingi"), that country is where the report most likely happens, and is
    weighed as enough."""
    weights: dict[str, float] = {}
    placed = False

    def add(country: str, weight: float, place: bool = True) -> None:
        nonlocal placed
        weights[country] = weights.get(country, 0.0) + weight
        placed = placed or place

    actors = doc._.ew_actors or []
    spans = [(a.span.start_char, a.span.end_char) for a in actors]
    places = doc._.ew_places or []
    told = _told_with_divisions(doc, places, gazetteer) if gazetteer is not None else []
    for _start, _end, country in told:  # "Gadabo (Anzourou, Tillaberi)": where the divisions named with it are
        add(country, _DIVISIONS)
    for pm in places:
        place = pm.toponym.place
        if _on_a_thing_abroad(pm.span) or any(start <= pm.span.start < end and (place is None or place.country != c)
                                                for start, end, c in told):
            continue  # "the US dollar exchange rate"; a place, or a division, of a place told with its divisions
            # that resolved elsewhere (to a homonym abroad) or not at all
        where = pm.role in ("place", "region", "relational")
        if place is None or not place.country:
            named = _country_named(pm.span.text, kb) if where else None
            if named is not None:  # "in Nis, Serbia" left unresolved: the country it names is a place of the story
                add(named, _MIN_COUNTRY_WEIGHT)
            continue
        if where:
            add(place.country, max(place.confidence, 0.05))
        elif pm.role == "demonym" and not any(s <= pm.span.start_char < e for s, e in spans):
            add(place.country, _SUPPORT, place=False)
    seen: set[str] = set()
    for a in actors:
        made = a.extra.get("record")
        rec = made if isinstance(made, ActorRecord) else kb.get(a.actor_id)
        if rec is None or not rec.country or rec.inter == 8 or rec.kind == "external" or rec.id in seen:
            continue
        seen.add(rec.id)
        add(rec.country, _SUPPORT, place=False)
    if not placed and len(weights) == 1:
        weights = {country: max(weight, _MIN_COUNTRY_WEIGHT) for country, weight in weights.items()}
    return weights


def local_country(location: Place | None, country: str | None, weights: dict[str, float]) -> str | None:
    """The country of an event's unnamed actors: its place's when resolved with good confidence and the story's
    evidence for that country is at least half that for its own (a sure place in a country the story hardly
    mentions is more likely a homonym), else the story's."""
    if location is not None and location.country and location.confidence >= _SURE_PLACE and country \
            and weights.get(location.country, 0.0) >= 0.5 * weights.get(country, 0.0):
        return location.country
    return country


def _country_named(text: str, kb: ActorKB) -> str | None:
    """The country a place mention ends with ("Nis, Serbia", "Kasese, Uganda"), if the gazette knows it."""
    last = text.rsplit(",", 1)[-1].strip().lower() if "," in text else ""
    if last.startswith("the "):
        last = last[4:]
    return kb.gazette.country_words.get(last) if last and kb.gazette is not None else None


def _on_a_thing_abroad(span: Span) -> bool:
    """ "the US dollar", "the US embassy in Beirut", "Turkish goods": a country's name on a thing of that country,
    which says nothing of where the report happens."""
    root = span.root
    return root.dep_ in ("compound", "amod", "nmod", "poss") and root.head.i >= span.end \
        and root.head.lower_ in _THINGS_ABROAD


def _told_with_divisions(doc: Doc, places: list[PlaceMention], gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """The places told with the divisions they lie in whose country those divisions say, as (first token, end of
    the divisions, country): the places the geoparser found, then the proper names before a bracket it did not
    take as a place ("the area of Bambofa (Dori, Seno)", where the bracket must name a division)."""
    out = []
    for pm in places:
        if pm.role in ("place", "region", "relational") and not any(s <= pm.span.start < e for s, e, _ in out):
            names, end = _divisions_after(pm.span)
            country = _divisions_country(pm.span, names, gazetteer)
            if country is not None:
                out.append((pm.span.start, end, country))
    for span in _bracketed_places(doc):
        if not any(s <= span.start < e for s, e, _ in out):
            names, end = _divisions_after(span)
            country = _divisions_country(span, names, gazetteer, divisions_only=True)
            if country is not None:
                out.append((span.start, end, country))
    return out


def _divisions_country(span: Span, names: list[str], gazetteer: Gazetteer, divisions_only: bool = False) -> str | None:
    """The country of the divisions a place is told to lie in, right after its name ("Gadabo (Anzourou,
    Tillaberi)", "in El Callao, Bolivar state"), if they say one. The last of them the gazetteer knows is the
    widest: each country where it is a division (or the country; else, unless ``divisions_only``, any place) is
    scored by the other names, and the place's own, that the gazetteer has inside that division there ("Banfora
    (Banfora, Comoe)": Comoé is a province of Burkina Faso holding Banfora, and a district of Ivory Coast holding
    none), and a little for its being a first-order division; the best, if it is the only best."""
    names = [name for name in names if not _abbreviation(name)]
    known = [name for name in names if gazetteer.lookup(name)]
    if not known:
        return None
    widest = known[-1]
    candidates = [c for c in gazetteer.lookup(widest) if c.country_code]
    divisions = [c for c in candidates if c.kind in _DIVISION_KINDS]
    if not divisions and divisions_only:
        return None
    areas: dict[str, set[str]] = {}  # country -> the first-order divisions the widest name is, or lies in
    for c in divisions or candidates:
        areas.setdefault(c.country_code, set()).add("*" if c.kind == "country" else c.admin1_code)
    scores = {}
    for code, admin1 in areas.items():
        inside = sum(any(c.country_code == code and ("*" in admin1 or c.admin1_code in admin1)
                         for c in gazetteer.lookup(other)) for other in (*names[:names.index(widest)], span.text))
        first_order = any(c.country_code == code and c.kind in ("admin1", "country") for c in candidates)
        scores[code] = 2 * inside + first_order
    best = max(scores.values(), default=0)
    winners = [code for code, score in scores.items() if score == best]
    country = gazetteer.country(winners[0]) if len(winners) == 1 else None
    return country.name if country is not None else None


def _abbreviation(name: str) -> bool:
    """A short abbreviation in capitals ("KN", "TN", "UP", "J&K"), which as often names a state of one country as
    another country's code."""
    letters = [ch for ch in name if ch.isalpha()]
    return len(letters) <= 3 and all(ch.isupper() for ch in letters)


def _divisions_after(span: Span) -> tuple[list[str], int]:
    """The names of the divisions told right after a place, after commas, in brackets or both ("Catole do Rocha,
    Paraiba", "El Callao, Bolivar state", "Jen (Karim-Lamido LGA, Taraba)", "Menakuru village (Nellore, AP)",
    "Kerawa village, Kolofata subdivision (Mayo-Sava, Extreme-Nord)", after another spelling in square brackets),
    without the words that name their kind;
    and the end of what was read."""
    doc = span.doc
    out: list[str] = []
    j = span.end
    while j < len(doc) and len(out) < 4:
        while j < len(doc) and j - span.end < 8 and doc[j].lower_ in _DIVISION_WORDS:
            j += 1
        if j < len(doc) and doc[j].text == "[":  # another spelling of the place: "Zibane [Ziban] (Anzourou, ...)"
            j = next((k + 1 for k in range(j + 1, min(j + 8, len(doc))) if doc[k].text == "]"), j)
        if j + 1 >= len(doc):
            break
        if doc[j].text == "(":
            close = next((k for k in range(j + 1, min(j + 16, len(doc))) if doc[k].text in (")", "(")), None)
            if close is not None and doc[close].text == ")":
                out.extend(n for n in (_division_name(p) for p in _split(doc[j + 1:close])) if n)
                j = close + 1
            break
        if doc[j].text != ",":
            break
        k = j + 1
        while k < len(doc) and (doc[k].is_title and doc[k].pos_ in ("PROPN", "PUNCT") or doc[k].text in ("-", "'")
                                or k > j + 1 and doc[k].lower_ in _NAME_PARTICLES and k + 1 < len(doc)
                                and doc[k + 1].is_title):
            k += 1
        name = _division_name(list(doc[j + 1:k]))
        if not name:
            break
        out.append(name)
        j = k
    return out, j


def _split(tokens: Span) -> list[list[Token]]:
    """The parts of a bracket between its commas."""
    parts: list[list[Token]] = [[]]
    for tok in tokens:
        if tok.text in (",", ";"):
            parts.append([])
        else:
            parts[-1].append(tok)
    return parts


def _division_name(tokens: list[Token]) -> str:
    """A division's name without the words that name its kind ("Karim-Lamido LGA" -> "Karim-Lamido"); empty
    unless it starts with a capital."""
    words = [t for t in tokens if t.lower_ not in _DIVISION_WORDS]
    while words and words[-1].is_punct:
        words.pop()
    if not words or not words[0].text[:1].isupper():
        return ""
    return "".join(t.text_with_ws for t in words).strip()


def _bracketed_places(doc: Doc) -> list[Span]:
    """Proper names followed by a bracket the geoparser did not take as a place ("the area of Bambofa (Dori,
    Seno)"): the names before the bracket, whose divisions ``_divisions_country`` may read in it."""
    placed = {i for pm in doc._.ew_places or [] for i in range(pm.span.start, pm.span.end)}
    out = []
    for tok in doc:
        if tok.text != "(" or tok.i == 0:
            continue
        end = tok.i
        if end > 0 and doc[end - 1].text == "]":  # "Sambonaye [Sambonay] (Dori, Seno)"
            end = next((k for k in range(end - 2, max(end - 8, -1), -1) if doc[k].text == "["), end)
        while end > 0 and doc[end - 1].lower_ in _DIVISION_WORDS:
            end -= 1
        start = end
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
            start -= 1
        back = start  # a place's names and divisions before the bracket ("Kerawa village, Kolofata subdivision (")
        while back > 0 and tok.i - back < 12 and back - 1 not in placed and (doc[back - 1].text in (",", "-") or doc[
                back - 1].lower_ in _DIVISION_WORDS or doc[back - 1].pos_ == "PROPN"):
            back -= 1
        if start < end and not (back > 0 and back - 1 in placed):
            out.append(doc[start:end])
    return out
