"""Date expressions in French text: ``GRAMMARS["fr"]``, the regexes and word tables; the rule
bodies are the same as English's (``_rules``).

The conventions are English's (``_grammar``), relative to the publication date P; the French
wordings (tested in ``tests/time/relative_dates_fr.tsv``):

======================================  =================================================
"mardi", "mardi soir", "ce mardi"       the most recent Tuesday on or before P (the next one
                                        when the sentence speaks of the future); "ce mardi"
                                        the Tuesday of P's week
"mardi dernier" / "mardi prochain"      the last Tuesday strictly before / after P
"dans la nuit de lundi à mardi"         Monday .. Tuesday (the night straddles both days)
"dans la nuit", "peu après minuit",     P - 1 .. P, the night before the report (nothing of
"à l'aube" with no day named            its own when a day is named with it or before it)
"hier", "avant-hier", "la nuit          P - 1, P - 2, P - 1, P, P + 1
dernière", "aujourd'hui", "demain"
"la semaine dernière/passée",           the previous Monday-Sunday week, P's week, the
"cette semaine", "le mois dernier",     previous month, P's month, the year before P ...
"ce mois-ci", "l'an dernier",
"l'année dernière", "cette année"
"plus tôt cette semaine / ce mois-ci"   the first day of P's week / month .. P
"début/mi-/fin juillet", "fin 2017"     1-10 / 11-20 / 21-end; Jan-Apr / May-Aug / Sep-Dec
"le 5 juin 2018", "le 24 avril"         that day (without a year: the most recent on or
                                        before P)
"en juillet", "juillet dernier"         the most recent month of July that started on or
                                        before P
"depuis le 24 avril", "depuis samedi"   2018-04-24 .. P (tense: ongoing)
"il y a trois jours / deux semaines"    that day / its Monday-Sunday week / its month
"récemment", "dernièrement"             P - 30 days .. P, low confidence
"ces derniers jours / ces dernières     P - 7 / 28 / 90 days .. P
semaines / ces derniers mois"
"les trois derniers jours", "depuis     P - N days .. P
trois jours"
"dans les prochains jours /             P + 1 .. P + 7 / 28 days (months: + 3 months),
prochaines semaines", "à venir"         future
"deux ou trois mois" after a forecast   P .. P + 3 months, future (a forecast duration)
verb ("devraient durer")
"le lendemain", "la veille", "trois     anaphoric: relative to the previous date in the
jours plus tard"                        text (or P when there is none)
======================================  =================================================

Dates in digits are read day first ("05/06/2018" is 5 June).
"""

from __future__ import annotations

import re

from . import _calendar as cal
from . import _rules as r
from ._grammar import GRAMMARS, Grammar, _Handler, compile_rules, plain

__all__: list[str] = []

_MONTHS = {
    "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4, "avr": 4, "mai": 5,
    "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9, "sept": 9, "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11, "decembre": 12, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
_WORDNUM = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "quelques": 3, "plusieurs": 5,
}  # fmt: skip

_MOIS = (
    r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
    r"|janv\.|f[ée]vr?\.|avr\.|juil\.|sept\.|oct\.|nov\.|d[ée]c\.)(?![\w])"
)
_JOUR = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_YEAR = r"(?:1[89]|20)\d\d"
_QUANT = r"(?:1er|premier|[0-3]?\d)"
_PART = r"(?:d[ée]but|mi|fin|courant|milieu|au\s+d[ée]but\s+d[eu]|[àa]\s+la\s+fin\s+d[eu]|(?:en\s+)?d[ée]but\s+d[eu]|(?:en\s+)?fin\s+d[eu]|[àa]\s+la\s+mi)"
_NUM = r"(?:\d{1,3}|" + "|".join(sorted(_WORDNUM, key=len, reverse=True)) + ")"
_UNIT = r"(?:heures?|jours?|nuits?|semaines?|mois|ans|ann[ée]es?)"
_TOD = r"(?:\s+(?:matin|midi|apr[èe]s-midi|soir|en\s+soir[ée]e|en\s+fin\s+de\s+journ[ée]e|en\s+d[ée]but\s+de\s+soir[ée]e))?"
_FUTURE_CUE = re.compile(
    r"(?i)\b(?:va|vont|devra|devront|devrait|devraient|pourrait|pourraient|doit|doivent|prévue?s?|compte|comptent"
    r"|entend|entendent|espère|espèrent|prochaine?s?|[àa]\s+venir|d'ici|aura|auront|ira|iront)\b"
    r"|\b\w+(?:era|eront|dra|dront)\b|\b\w{2,}(?:ira|iront)\b"
)


def _key(word: str) -> str:
    return plain(re.sub(r"\s+", " ", word)).replace("’", "'")


def _num(word: str) -> int:
    word = plain(re.sub(r"\s+", " ", word))
    return int(word) if word.isdigit() else _WORDNUM[word]


def _month(word: str) -> int:
    return _MONTHS[plain(word).rstrip(".")]


def _day(word: str) -> int:
    word = word.lower()
    return 1 if word in ("1er", "premier") else int(word)


def _unit(word: str) -> str:
    word = plain(word)
    if word.startswith(("jour", "nuit")):
        return "day"
    if word.startswith("heure"):
        return "hour"
    if word.startswith("semaine"):
        return "week"
    if word == "mois":
        return "month"
    return "year"


def _part(word: str) -> str:
    word = plain(word)
    if "debut" in word:
        return "early"
    if "fin" in word:
        return "late"
    if "courant" in word:
        return "whole"
    return "mid"


_PERIOD_UNIT = {"semaine": "week", "week-end": "weekend", "mois": "month", "annee": "year", "an": "year"}


def _read_period(m: re.Match[str]) -> tuple[int, str, str] | None:
    """"la semaine dernière", "ce mois-ci", "plus tôt cette semaine", "fin de l'année dernière":
    (shift, unit, modifier); None for "la semaine" with no relation word."""
    rel = plain(m["rel"] or "")
    art = (m["art"] or "").lower()
    if not rel and art not in ("ce", "cet", "cette"):
        return None  # "la semaine" alone is not a date
    if rel in ("precedent", "precedente", "suivant", "suivante") and m["unit"].lower() != "semaine":
        return None
    if rel.startswith(("dernier", "passe", "precedent")):
        shift = -1
    elif rel.startswith(("prochain", "suivant")):
        shift = 1
    else:
        shift = 0
    mod = plain(m["mod"] or "")
    if mod.startswith("plus tot"):
        mod = "earlier"
    elif mod.startswith("plus tard"):
        mod = "later"
    return shift, _PERIOD_UNIT[plain(m["unit"])], mod


_RULES: list[tuple[str, _Handler]] = [
    (rf"\b(?:{_JOUR}\s+)?(?:le\s+)?(?P<d>{_QUANT})\s+(?P<m>{_MOIS})\s+(?P<y>{_YEAR})\b", r.full_date),
    (r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b", r.iso_date),
    (r"\b(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<y>(?:19|20)\d\d)\b", r.slashed_date),
    (rf"\b(?:(?P<w>entre)\s+le|(?P<w2>du)|les)\s+(?P<d1>{_QUANT})(?:\s+(?P<m1>{_MOIS}))?\s+(?:et\s+(?:le\s+)?|au\s+|-\s*)"
     rf"(?P<d2>{_QUANT})\s+(?P<m>{_MOIS})(?:\s+(?P<y>{_YEAR}))?\b", r.day_range),
    (rf"(?:\bdans\s+)?\bla\s+nuit\s+du\s+(?P<d1>{_QUANT})\s+au\s+(?P<d2>{_QUANT})\s+(?P<m>{_MOIS})(?:\s+(?P<y>{_YEAR}))?\b",
     r.day_range),
    (rf"\b(?:{_JOUR}\s+)?(?:le\s+)?(?P<d>{_QUANT})\s+(?P<m>{_MOIS})(?!\s*\d)", r.day_month),
    (rf"\b(?:(?P<part>{_PART})[\s-]*(?:le\s+mois\s+d[e']\s*)?)?(?:le\s+mois\s+d[e']\s*)?(?P<m>{_MOIS})"
     rf"(?:\s+(?P<rel>dernier|pass[ée]|prochain))?(?:\s+(?P<y>{_YEAR})\b)?", r.month_in_year),
    (rf"\b(?:(?P<part>{_PART})[\s-]*(?:l'ann[ée]e\s+)?)?(?P<y>{_YEAR})\b(?![-/]\d)(?!\s*(?:%|pour\s*cent))", r.year),
    (rf"\b(?:(?P<this>ce)\s+)?(?P<wd>{_JOUR})(?:\s+(?P<rel>dernier|pass[ée]|prochain))?{_TOD}"
     r"(?:\s+(?P<rel2>dernier|pass[ée]|prochain))?\b", r.weekday),
    (rf"(?:\bdans\s+)?\bla\s+nuit\s+(?:de\s+|du\s+)(?P<a>{_JOUR})\s+(?:à|au|a)\s+(?P<b>{_JOUR})\b", r.night_between),
    (r"(?<![\w-])(?:(?:dans|pendant|durant|au\s+cours\s+de)\s+la\s+nuit|(?:peu|juste)\s+(?:apr[èe]s|avant)\s+minuit"
     r"|vers\s+minuit|(?:[àa]|avant|vers)\s+l['’]aube|au\s+petit\s+matin|au\s+lever\s+du\s+jour)(?![\w-])",
     r.night_before),
    (r"(?<![\w-])(?P<w>avant-hier|apr[èe]s-demain|hier|aujourd['’]hui|demain|la\s+nuit\s+derni[èe]re|ce\s+matin"
     r"|cet\s+apr[èe]s-midi|ce\s+soir|cette\s+nuit|plus\s+t[ôo]t\s+dans\s+la\s+journ[ée]e)"
     r"(?:\s+(?:matin|midi|apr[èe]s-midi|soir))?(?![\w-])", r.day_word),
    (rf"(?:\b(?P<mod>plus\s+t[ôo]t|plus\s+tard|{_PART})[\s-]*(?:de\s+|d'|du\s+)?)?"
     r"(?:\b(?P<art>la|le|l'|ce|cet|cette)\s*)(?P<unit>semaine|week-end|mois|ann[ée]e|an)(?:-ci)?"
     r"(?:\s+(?P<rel>derni[eè]re?|pass[ée]e?|prochaine?|pr[ée]c[ée]dente?|suivante?|en\s+cours))?(?![\w-])", r.period),
    (r"\ben\s+(?P<part>d[ée]but|fin|milieu)\s+de\s+semaine\b", r.part_of_week),
    (rf"\b(?:il\s+y\s+a|voici|voilà)\s+(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\b", r.counted_shift),
    (rf"\b(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\s+(?P<dir>plus\s+tard|apr[èe]s|plus\s+t[ôo]t|auparavant|avant)\b"
     r"(?!\s+(?:le|la|les|l'|son|sa|leur)\b)", r.counted_shift),
    (r"\b(?P<w>le\s+lendemain|le\s+surlendemain|la\s+veille|l'avant-veille)\b", r.next_day),
    (r"\b(?:(?:tr[èe]s|plus|tout)\s+)?(?:r[ée]cemment|derni[èe]rement|ces\s+derniers\s+temps"
     r"|(?:(?:au\s+cours|lors)\s+des|ces)\s+(?:derniers|derni[èe]res)\s+(?P<unit>jours|semaines|mois|ann[ée]es))\b",
     r.recently),
    (rf"\b(?:(?:au\s+cours|lors)\s+des|ces|les|pendant\s+les|durant\s+les)\s+(?P<n>{_NUM})\s+"
     rf"(?:derni[eè]re?s|pass[ée]e?s)\s+(?P<unit>{_UNIT})\b"
     rf"|\b(?:(?:au\s+cours|lors)\s+des|ces|les|pendant\s+les|durant\s+les)\s+(?P<n2>{_NUM})\s+(?P<unit2>{_UNIT})"
     r"\s+(?:derni[eè]re?s|pass[ée]e?s|[ée]coul[ée]e?s)\b"
     rf"|\b(?P<since>depuis)\s+(?P<n3>{_NUM})\s+(?P<unit3>{_UNIT})\b", r.past_range),
    (rf"\b(?:(?:dans|au\s+cours|lors|pendant|durant)\s+(?:les|des)\s+)?(?:(?P<n>{_NUM})\s+)?"
     rf"(?:prochaine?s)\s+(?P<unit>{_UNIT})\b"
     rf"|\b(?:(?:dans|au\s+cours|lors|pendant|durant)\s+(?:les|des)\s+)(?P<unit2>{_UNIT})\s+[àa]\s+venir\b", r.coming_range),
    (rf"\b(?P<w>d'ici|dans)\s+(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\b(?!\s+(?:de|d')\b)", r.within),
    (rf"\b(?:(?:au\s+moins|au\s+plus|encore|pendant|jusqu'à|entre)\s+)?[\"«“]?\s*(?P<n1>{_NUM})"
     rf"(?:\s*(?:ou|à|-|–|et)\s*(?P<n2>{_NUM}))?\s+(?P<unit>{_UNIT})\b(?!\s+(?:plus\s+tard|apr[èe]s|avant|auparavant))",
     r.duration),
]

GRAMMARS["fr"] = Grammar(
    rules=compile_rules(_RULES, "(?i)"),
    future_cue=_FUTURE_CUE,
    sentence_end=re.compile(r"[.!?]\s+(?=[A-ZÀ-ÖØ-Þ\"“«])|\n\s*\n"),
    since=re.compile(r"(?i)\b(?:depuis|à\s+partir\s+d[eu]|dès)\s+$"),
    between=re.compile(r"(?i)\b(?:entre|du|de)\s+$"),
    join=re.compile(r"(?i)^\s*(?:et|au|à|jusqu'au|jusqu'à|-|–)\s*$"),
    key=_key, month=_month, day=_day, num=_num, unit=_unit, part=_part,  # fmt: skip
    weekdays=_WEEKDAYS,
    relation={"dernier": "last", "passe": "last", "prochain": "next"},
    day_words={
        "avant-hier": -2, "hier": -1, "la nuit derniere": -1, "aujourd'hui": 0, "ce matin": 0, "cet apres-midi": 0,
        "ce soir": 0, "cette nuit": 0, "plus tot dans la journee": 0, "demain": 1, "apres-demain": 2,
    },  # fmt: skip
    shifts={"le lendemain": 1, "le surlendemain": 2, "la veille": -1, "l'avant-veille": -2},
    directions={"plus tard": (1, "anaphoric"), "apres": (1, "anaphoric"), "plus tot": (-1, "anaphoric"),
                "auparavant": (-1, "anaphoric"), "avant": (-1, "anaphoric")},  # fmt: skip
    recent={"jours": 7, "semaines": 28, "mois": 90, "annees": 730},
    within={"d'ici": True, "dans": False},
    read_period=_read_period,
    duration_cue=re.compile(r"(?i)\b(?:durer|dure|durera|prendre|prendra|continuer|rester|encore|pendant|au\s+moins)\b"),
    forecast_cue=_FUTURE_CUE,
    prep_before=re.compile(r"(?i)\b(?:en|de|d'|du|depuis|dès|jusqu'en|jusqu'à|avant|après|pendant|durant|entre|et|à)\s*$"),
    personish_after=re.compile(r"\s+(?:[a-zà-ÿ]+s\b|personnes|hommes|femmes|enfants)"),
    day_first=True,
    invariant_plurals=frozenset({"mois"}),
    night_anchored=re.compile(
        rf"(?i)\s*,?\s*(?:de|du|d['’]|à|au|ce|cette|le)?\s*"
        rf"(?:{_JOUR}|{_QUANT}\s+{_MOIS}|hier|aujourd|demain|derni[èe]re|m[êe]me)"
    ),
    night_anchored_before=re.compile(
        rf"(?i)\b(?:{_JOUR}|{_MOIS}|hier|aujourd['’]hui|la\s+nuit\s+derni[èe]re)\b|\b{_YEAR}\b"),
)
