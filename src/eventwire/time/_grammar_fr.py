"""Date expressions in French text: ``GRAMMARS["fr"]``, resolved exactly like English.

The conventions are English's (``_grammar``), relative to the publication date P; the French
wordings (tested in ``tests/time/relative_dates_fr.tsv``):

======================================  =================================================
"mardi", "mardi soir", "ce mardi"       the most recent Tuesday on or before P (the next one
                                        when the sentence speaks of the future); "ce mardi"
                                        the Tuesday of P's week
"mardi dernier" / "mardi prochain"      the last Tuesday strictly before / after P
"dans la nuit de lundi à mardi"         Monday .. Tuesday (the night straddles both days)
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

import datetime as dt
import re
import unicodedata

from . import _calendar as cal
from . import _grammar as g
from ._grammar import Found, _Ctx, _found, _Handler, _make, _no_anchor

__all__: list[str] = []

_RULES: list[tuple[re.Pattern[str], _Handler]] = []


def _rule(regex: str):  # type: ignore[no-untyped-def]
    return g._pattern("(?i)" + regex, _RULES)


def _plain(word: str) -> str:
    """Lower case without accents: "Février" -> "fevrier"."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if unicodedata.category(c) != "Mn")


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
_PREP_BEFORE = re.compile(r"(?i)\b(?:en|de|d'|du|depuis|dès|jusqu'en|jusqu'à|avant|après|pendant|durant|entre|et|à)\s*$")
_PERSONISH_AFTER = re.compile(r"\s+(?:[a-zà-ÿ]+s\b|personnes|hommes|femmes|enfants)")

FUTURE_CUE = re.compile(
    r"(?i)\b(?:va|vont|devra|devront|devrait|devraient|pourrait|pourraient|doit|doivent|prévue?s?|compte|comptent"
    r"|entend|entendent|espère|espèrent|prochaine?s?|[àa]\s+venir|d'ici|aura|auront|ira|iront)\b"
    r"|\b\w+(?:era|eront|dra|dront)\b|\b\w{2,}(?:ira|iront)\b"
)
_DURATION_CUE = re.compile(r"(?i)\b(?:durer|dure|durera|prendre|prendra|continuer|rester|encore|pendant|au\s+moins)\b")


def _num(word: str) -> int:
    word = _plain(re.sub(r"\s+", " ", word))
    return int(word) if word.isdigit() else _WORDNUM[word]


def _month(word: str) -> int:
    return _MONTHS[_plain(word).rstrip(".")]


def _day(word: str) -> int:
    word = word.lower()
    return 1 if word in ("1er", "premier") else int(word)


def _unit(word: str) -> str:
    word = _plain(word)
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
    word = _plain(word)
    if "debut" in word:
        return "early"
    if "fin" in word:
        return "late"
    if "courant" in word:
        return "whole"
    return "mid"


def _apply_part(start: dt.date, end: dt.date, part: str | None) -> tuple[dt.date, dt.date]:
    if not part or _part(part) == "whole":
        return start, end
    return cal.part_of(start, end, _part(part))


# --- absolute dates ----------------------------------------------------------------------------


@_rule(rf"\b(?:{_JOUR}\s+)?(?:le\s+)?(?P<d>{_QUANT})\s+(?P<m>{_MOIS})\s+(?P<y>{_YEAR})\b")
def _dmy(m: re.Match[str], ctx: _Ctx) -> Found:
    return _make(m, int(m["y"]), _month(m["m"]), _day(m["d"]), 0.95, "a full date")


@_rule(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
def _iso(m: re.Match[str], ctx: _Ctx) -> Found:
    return _make(m, int(m["y"]), int(m["m"]), int(m["d"]), 0.95, "an ISO date")


@_rule(r"\b(?P<d>[0-3]?\d)[/.](?P<m>[01]?\d)[/.](?P<y>(?:19|20)\d\d)\b")
def _slashed(m: re.Match[str], ctx: _Ctx) -> Found:
    return _make(m, int(m["y"]), int(m["m"]), int(m["d"]), 0.9, "a day/month/year date")


@_rule(
    rf"\b(?:(?P<w>entre)\s+le|(?P<w2>du)|les)\s+(?P<d1>{_QUANT})(?:\s+(?P<m1>{_MOIS}))?\s+(?:et\s+(?:le\s+)?|au\s+|-\s*)"
    rf"(?P<d2>{_QUANT})\s+(?P<m>{_MOIS})(?:\s+(?P<y>{_YEAR}))?\b"
)
def _day_range(m: re.Match[str], ctx: _Ctx) -> Found | None:
    month, d1, d2 = _month(m["m"]), _day(m["d1"]), _day(m["d2"])
    month1 = _month(m["m1"]) if m["m1"] else month
    if m["y"]:
        year = int(m["y"])
    elif ctx.published is not None:
        pub = ctx.published
        year = pub.year if (month1, d1) <= (pub.month, pub.day) else pub.year - 1
    else:
        return _no_anchor(m, "days and month without a year")
    try:
        start = dt.date(year if month1 <= month else year - 1, month1, d1)
        end = dt.date(year, month, d2)
    except ValueError:
        return _found(m, None, None, f"impossible date {m.group()!r}", 0.1)
    if end < start:
        return None
    return _found(m, start, end, "a range of days", 0.85)


@_rule(rf"(?:\bdans\s+)?\bla\s+nuit\s+du\s+(?P<d1>{_QUANT})\s+au\s+(?P<d2>{_QUANT})\s+(?P<m>{_MOIS})(?:\s+(?P<y>{_YEAR}))?\b")
def _night_dates(m: re.Match[str], ctx: _Ctx) -> Found | None:
    return _day_range(m, ctx)


@_rule(rf"\b(?:{_JOUR}\s+)?(?:le\s+)?(?P<d>{_QUANT})\s+(?P<m>{_MOIS})(?!\s*\d)")
def _dm(m: re.Match[str], ctx: _Ctx) -> Found:
    return g._infer_year(m, ctx, _month(m["m"]), _day(m["d"]))


@_rule(
    rf"\b(?:(?P<part>{_PART})[\s-]*(?:le\s+mois\s+d[e']\s*)?)?(?:le\s+mois\s+d[e']\s*)?(?P<m>{_MOIS})"
    rf"(?:\s+(?P<rel>dernier|pass[ée]|prochain))?(?:\s+(?P<y>{_YEAR})\b)?"
)
def _month_year(m: re.Match[str], ctx: _Ctx) -> Found | None:
    month = _month(m["m"])
    if not (m["y"] or m["part"] or m["rel"] or _PREP_BEFORE.search(ctx.text[: m.start()])):
        return None  # "mars" alone may be the planet, "mai" is safe but rare without "en"
    if m["y"]:
        year, kind, conf = int(m["y"]), "absolute", 0.9
    elif ctx.published is None:
        return _no_anchor(m, "a month without a year")
    else:
        pub = ctx.published
        kind, conf = "relative", 0.8
        rel = _plain(m["rel"] or "")
        if rel in ("dernier", "passe"):
            year = pub.year if month < pub.month else pub.year - 1
        elif rel == "prochain" or (ctx.future and not rel and month > pub.month):
            year = pub.year if month > pub.month else pub.year + 1
        else:
            year = pub.year if month <= pub.month else pub.year - 1
    start, end = _apply_part(*cal.month_span(year, month), m["part"])
    return _found(m, start, end, "a month" + (f" ({_part(m['part'])})" if m["part"] else ""), conf, kind)


@_rule(rf"\b(?:(?P<part>{_PART})[\s-]*(?:l'ann[ée]e\s+)?)?(?P<y>{_YEAR})\b(?![-/]\d)(?!\s*(?:%|pour\s*cent))")
def _year(m: re.Match[str], ctx: _Ctx) -> Found | None:
    before = ctx.text[: m.start()]
    if not (m["part"] or _PREP_BEFORE.search(before) or re.search(r"(?:^|[.!?]\s+|,\s*)$", before)):
        return None
    if _PERSONISH_AFTER.match(ctx.text, m.end()):
        return None  # "de 2000 soldats": a number, not a year
    start, end = _apply_part(*cal.year_span(int(m["y"])), m["part"])
    return _found(m, start, end, "a year" + (f" ({_part(m['part'])})" if m["part"] else ""), 0.85)


# --- weekdays, days, periods ---------------------------------------------------------------------


@_rule(
    rf"\b(?:(?P<this>ce)\s+)?(?P<wd>{_JOUR})(?:\s+(?P<rel>dernier|pass[ée]|prochain))?{_TOD}"
    r"(?:\s+(?P<rel2>dernier|pass[ée]|prochain))?\b"
)
def _weekday(m: re.Match[str], ctx: _Ctx) -> Found:
    if ctx.published is None:
        return _no_anchor(m, "a weekday")
    pub, wd = ctx.published, _WEEKDAYS[m["wd"].lower()]
    rel = _plain(m["rel"] or m["rel2"] or "")
    if rel in ("dernier", "passe"):
        day, why = cal.weekday_on_or_before(pub, wd, strictly=True), "the last such weekday before publication"
    elif rel == "prochain":
        day, why = cal.weekday_on_or_after(pub, wd, strictly=True), "the next such weekday after publication"
    elif m["this"]:
        day, why = cal.week_span(pub)[0] + dt.timedelta(days=wd), "that weekday in the week of publication"
    elif ctx.future:
        day, why = cal.weekday_on_or_after(pub, wd), "the next such weekday (the sentence speaks of the future)"
    else:
        day, why = cal.weekday_on_or_before(pub, wd), "the most recent such weekday on or before publication"
    return _found(m, day, day, f"a weekday: {why}", 0.85, "relative")


@_rule(rf"(?:\bdans\s+)?\bla\s+nuit\s+(?:de\s+|du\s+)(?P<a>{_JOUR})\s+(?:à|au|a)\s+(?P<b>{_JOUR})\b")
def _night(m: re.Match[str], ctx: _Ctx) -> Found:
    if ctx.published is None:
        return _no_anchor(m, "a night between two weekdays")
    second = cal.weekday_on_or_before(ctx.published, _WEEKDAYS[m["b"].lower()])
    if ctx.future:
        second = cal.weekday_on_or_after(ctx.published + dt.timedelta(days=1), _WEEKDAYS[m["b"].lower()])
    return _found(m, second - dt.timedelta(days=1), second, "the night between two weekdays", 0.85, "relative")


_DAY_WORDS = {
    "avant-hier": -2, "hier": -1, "la nuit derniere": -1, "aujourd'hui": 0, "ce matin": 0, "cet apres-midi": 0,
    "ce soir": 0, "cette nuit": 0, "plus tot dans la journee": 0, "demain": 1, "apres-demain": 2,
}  # fmt: skip


@_rule(
    r"(?<![\w-])(?P<w>avant-hier|apr[èe]s-demain|hier|aujourd['’]hui|demain|la\s+nuit\s+derni[èe]re|ce\s+matin"
    r"|cet\s+apr[èe]s-midi|ce\s+soir|cette\s+nuit|plus\s+t[ôo]t\s+dans\s+la\s+journ[ée]e)"
    rf"(?:\s+(?:matin|midi|apr[èe]s-midi|soir))?(?![\w-])"
)
def _day_word(m: re.Match[str], ctx: _Ctx) -> Found:
    word = _plain(re.sub(r"\s+", " ", m["w"])).replace("’", "'")
    if ctx.published is None:
        return _no_anchor(m, repr(word))
    day = ctx.published + dt.timedelta(days=_DAY_WORDS[word])
    return _found(m, day, day, f"{word!r} relative to publication", 0.85, "relative")


_PERIOD_UNIT = {"semaine": "week", "week-end": "weekend", "mois": "month", "annee": "year", "an": "year"}


@_rule(
    rf"(?:\b(?P<mod>plus\s+t[ôo]t|plus\s+tard|{_PART})[\s-]*(?:de\s+|d'|du\s+)?)?"
    r"(?:\b(?P<art>la|le|l'|ce|cet|cette)\s*)(?P<unit>semaine|week-end|mois|ann[ée]e|an)(?:-ci)?"
    r"(?:\s+(?P<rel>derni[eè]re?|pass[ée]e?|prochaine?|pr[ée]c[ée]dente?|suivante?|en\s+cours))?(?![\w-])"
)
def _period(m: re.Match[str], ctx: _Ctx) -> Found | None:
    rel = _plain(m["rel"] or "")
    art = (m["art"] or "").lower()
    if not rel and art not in ("ce", "cet", "cette"):
        return None  # "la semaine" alone is not a date
    if rel in ("precedent", "precedente", "suivant", "suivante") and m["unit"].lower() != "semaine":
        return None
    if ctx.published is None:
        return _no_anchor(m, "a period relative to publication")
    pub = ctx.published
    if rel.startswith(("dernier", "passe", "precedent")):
        shift = -1
    elif rel.startswith(("prochain", "suivant")):
        shift = 1
    else:
        shift = 0
    unit = _PERIOD_UNIT[_plain(m["unit"])]
    if unit == "week":
        start, end = cal.week_span(pub + dt.timedelta(weeks=shift))
    elif unit == "weekend":
        saturday = cal.week_span(pub)[0] + dt.timedelta(days=5, weeks=shift)
        start, end = saturday, saturday + dt.timedelta(days=1)
    elif unit == "month":
        first = cal.add_months(pub.replace(day=1), shift)
        start, end = cal.month_span(first.year, first.month)
    else:
        start, end = cal.year_span(pub.year + shift)
    mod = _plain(m["mod"] or "")
    if mod.startswith("plus tot"):
        end = min(end, pub)
    elif mod.startswith("plus tard"):
        start = max(start, pub + dt.timedelta(days=1))
    elif mod:
        start, end = _apply_part(start, end, mod) if unit in ("month", "year") else (start, end)
    tense = "future" if start > pub else None
    return _found(m, start, end, f"{m.group().lower()!r} relative to publication", 0.75, "relative", tense)


@_rule(r"\ben\s+(?P<part>d[ée]but|fin|milieu)\s+de\s+semaine\b")
def _part_of_week(m: re.Match[str], ctx: _Ctx) -> Found:
    if ctx.published is None:
        return _no_anchor(m, "a part of the week")
    monday = cal.week_span(ctx.published)[0]
    part = _part(m["part"])
    start, end = {"early": (monday, monday + dt.timedelta(days=1)), "mid": (monday + dt.timedelta(days=2),
                  monday + dt.timedelta(days=3)), "late": (monday + dt.timedelta(days=4), monday + dt.timedelta(days=6))}[part]  # fmt: skip
    end = min(end, max(ctx.published, start))
    return _found(m, start, end, f"{m.group().lower()!r}: in the week of publication", 0.6, "relative")


# --- counted periods -----------------------------------------------------------------------------


@_rule(rf"\b(?:il\s+y\s+a|voici|voilà)\s+(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\b")
def _ago(m: re.Match[str], ctx: _Ctx) -> Found | None:
    if ctx.published is None:
        return _no_anchor(m, "a time before publication")
    return _shifted(m, ctx.published, _num(m["n"]), _unit(m["unit"]), -1, "relative")


@_rule(rf"\b(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\s+(?P<dir>plus\s+tard|apr[èe]s|plus\s+t[ôo]t|auparavant|avant)\b(?!\s+(?:le|la|les|l'|son|sa|leur)\b)")
def _later(m: re.Match[str], ctx: _Ctx) -> Found | None:
    if ctx.published is None:
        return _no_anchor(m, "a time relative to another date")
    sign = 1 if _plain(m["dir"]) in ("plus tard", "apres") else -1
    return _shifted(m, ctx.published, _num(m["n"]), _unit(m["unit"]), sign, "anaphoric")


def _shifted(m: re.Match[str], anchor: dt.date, n: int, unit: str, sign: int, kind: str) -> Found:
    if unit == "hour":
        start = end = anchor + dt.timedelta(days=sign * (1 if n >= 12 else 0))
    elif unit == "day":
        start = end = anchor + dt.timedelta(days=sign * n)
    elif unit == "week":
        start, end = cal.week_span(anchor + dt.timedelta(weeks=sign * n))
    elif unit == "month":
        first = cal.add_months(anchor.replace(day=1), sign * n)
        start, end = cal.month_span(first.year, first.month)
    else:
        start, end = cal.year_span(anchor.year + sign * n)
    return _found(m, start, end, f"{m.group().lower()!r}", 0.7, kind)


@_rule(r"\b(?P<w>le\s+lendemain|le\s+surlendemain|la\s+veille|l'avant-veille)\b")
def _next_day(m: re.Match[str], ctx: _Ctx) -> Found | None:
    shift = {"le lendemain": 1, "le surlendemain": 2, "la veille": -1, "l'avant-veille": -2}[re.sub(r"\s+", " ", m["w"].lower())]
    if ctx.published is None:
        return _no_anchor(m, "a day relative to another date")
    day = ctx.published + dt.timedelta(days=shift)
    return _found(m, day, day, f"{m.group().lower()!r}, relative to the previous date", 0.6, "anaphoric")


_RECENT = {"jour": 7, "semaine": 28, "moi": 90, "annee": 730, "temp": 30}


@_rule(
    r"\b(?:(?:tr[èe]s|plus|tout)\s+)?(?:r[ée]cemment|derni[èe]rement|ces\s+derniers\s+temps"
    r"|(?:(?:au\s+cours|lors)\s+des|ces)\s+(?:derniers|derni[èe]res)\s+(?P<unit>jours|semaines|mois|ann[ée]es))\b"
)
def _recently(m: re.Match[str], ctx: _Ctx) -> Found:
    if ctx.published is None:
        return _no_anchor(m, "a recent time")
    days = _RECENT[_plain(m["unit"]).rstrip("s")] if m["unit"] else 30
    pub = ctx.published
    return _found(m, pub - dt.timedelta(days=days), pub, f"{m.group().lower()!r}: a range ending at publication",
                  0.4, "relative")  # fmt: skip


@_rule(
    rf"\b(?:(?:au\s+cours|lors)\s+des|ces|les|pendant\s+les|durant\s+les)\s+(?P<n>{_NUM})\s+"
    rf"(?:derni[eè]re?s|pass[ée]e?s)\s+(?P<unit>{_UNIT})\b"
    rf"|\b(?:(?:au\s+cours|lors)\s+des|ces|les|pendant\s+les|durant\s+les)\s+(?P<n2>{_NUM})\s+(?P<unit2>{_UNIT})"
    r"\s+(?:derni[eè]re?s|pass[ée]e?s|[ée]coul[ée]e?s)\b"
    rf"|\bdepuis\s+(?P<n3>{_NUM})\s+(?P<unit3>{_UNIT})\b"
)
def _past_n(m: re.Match[str], ctx: _Ctx) -> Found | None:
    n = _num(m["n"] or m["n2"] or m["n3"])
    unit = _unit(m["unit"] or m["unit2"] or m["unit3"])
    if ctx.published is None:
        return _no_anchor(m, "a period relative to publication")
    pub = ctx.published
    tense = "ongoing" if m["n3"] else None
    return _found(m, g._span_of(n, unit, pub, -1), pub, f"{m.group().lower()!r}: a range ending at publication",
                  0.6, "relative", tense)  # fmt: skip


@_rule(
    rf"\b(?:(?:dans|au\s+cours|lors|pendant|durant)\s+(?:les|des)\s+)?(?:(?P<n>{_NUM})\s+)?"
    rf"(?:prochaine?s)\s+(?P<unit>{_UNIT})\b"
    rf"|\b(?:(?:dans|au\s+cours|lors|pendant|durant)\s+(?:les|des)\s+)(?P<unit2>{_UNIT})\s+[àa]\s+venir\b"
)
def _coming(m: re.Match[str], ctx: _Ctx) -> Found | None:
    word = m["unit"] or m["unit2"]
    unit = _unit(word)
    plural = word.lower().endswith(("s", "x")) and word.lower() != "mois" or (word.lower() == "mois" and not m["n"])
    if m["n"]:
        n = _num(m["n"])
    elif plural:
        n = {"day": 7, "week": 4, "month": 3, "year": 2, "hour": 24}[unit]  # "les prochaines semaines"
    else:
        n = 1
    if ctx.published is None:
        return _no_anchor(m, "a period relative to publication")
    pub = ctx.published
    end = g._span_of(n, unit, pub, 1)
    return _found(m, pub + dt.timedelta(days=1), end, f"{m.group().lower()!r}: a forecast range", 0.5, "relative", "future")


@_rule(rf"\b(?P<w>d'ici|dans)\s+(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\b(?!\s+(?:de|d')\b)")
def _within(m: re.Match[str], ctx: _Ctx) -> Found | None:
    if m["w"].lower() == "dans" and not FUTURE_CUE.search(ctx.sentence_before):
        return None
    if ctx.published is None:
        return _no_anchor(m, "a future period")
    pub = ctx.published
    end = g._span_of(_num(m["n"]), _unit(m["unit"]), pub, 1)
    start = pub + dt.timedelta(days=1) if m["w"].lower() == "d'ici" else end
    return _found(m, start, end, f"{m.group().lower()!r}: after publication", 0.5, "relative", "future")


@_rule(
    rf"\b(?:(?:au\s+moins|au\s+plus|encore|pendant|jusqu'à|entre)\s+)?[\"«“]?\s*(?P<n1>{_NUM})"
    rf"(?:\s*(?:ou|à|-|–|et)\s*(?P<n2>{_NUM}))?\s+(?P<unit>{_UNIT})\b(?!\s+(?:plus\s+tard|apr[èe]s|avant|auparavant))"
)
def _duration(m: re.Match[str], ctx: _Ctx) -> Found | None:
    """A forecast duration ("devraient durer encore deux ou trois mois"); other durations are not dates."""
    if not (_DURATION_CUE.search(ctx.sentence_before) and FUTURE_CUE.search(ctx.sentence_before)):
        return None
    if ctx.published is None:
        return _no_anchor(m, "a forecast duration")
    n = max(_num(m["n1"]), _num(m["n2"]) if m["n2"] else 0)
    pub = ctx.published
    return _found(m, pub, g._span_of(n, _unit(m["unit"]), pub, 1), f"{m.group().lower()!r}: a forecast duration from publication",
                  0.4, "duration", "future")  # fmt: skip


g.GRAMMARS["fr"] = g.Grammar(
    rules=_RULES,
    future_cue=FUTURE_CUE,
    sentence_end=re.compile(r"[.!?]\s+(?=[A-ZÀ-ÖØ-Þ\"“«])|\n\s*\n"),
    since=re.compile(r"(?i)\b(?:depuis|à\s+partir\s+d[eu]|dès)\s+$"),
    between=re.compile(r"(?i)\b(?:entre|du|de)\s+$"),
    join=re.compile(r"(?i)^\s*(?:et|au|à|jusqu'au|jusqu'à|-|–)\s*$"),
)
