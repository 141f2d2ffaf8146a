"""Name keys that survive transliteration, French spellings and Arabic articles.

Two keys per name:

- ``loose_key``: lower case, no diacritics, no punctuation, no spaces, Arabic articles
  (al-, el-, ez-, as-, ...) dropped, including assimilated ones written into the next word
  ("Ezzor" -> "zor"). "Deir ez-Zor", "Deir Ezzor" and "Deir Zor" share one loose key.
- ``skeleton``: the loose key without vowels, w, y and doubled letters ("Dayr az Zawr" and
  "Deir Ezzor" -> "drzr"; "Boukamal", "Abu Kamal", "Albu Kamal" -> "bkml"). Skeleton matches
  are weaker evidence and are only accepted with a guard (see ``_resolve``).
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["ascii_fold", "is_latin", "loose_key", "skeleton", "skeletons", "spelled_out"]

_SPECIAL = str.maketrans(
    {
        "ı": "i", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
        "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ð": "d", "þ": "th", "ħ": "h", "ŀ": "l",
        "ʼ": "", "ʻ": "", "ʿ": "", "ʾ": "", "‘": "", "’": "", "`": "", "'": "", "´": "",
        "‐": "-", "‑": "-", "–": "-", "—": "-",
    }
)
_ARTICLES = frozenset({"al", "el", "ul", "il", "ez", "es", "as", "az", "ad", "ed", "ar", "er", "an", "en", "at",
                       "et", "ash", "esh", "adh", "ath", "aal", "l"})
_SUN = "tdrzsnl"  # letters an article assimilates to ("ar-Raqqa", "Ezzor", "Assuwayda")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_SKELETON_DROP = re.compile(r"[aeiouwy]")
_DOUBLE = re.compile(r"(.)\1+")


def ascii_fold(text: str) -> str:
    """Strip diacritics and special letters: 'Ālbū Kamāl' -> 'Albu Kamal'."""
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_latin(text: str) -> bool:
    """True when the folded name is written in Latin letters (other scripts are not indexed)."""
    folded = ascii_fold(text)
    return bool(folded) and all(ord(c) < 128 for c in folded) and any(c.isalpha() for c in folded)


def _tokens(name: str) -> list[str]:
    return [t for t in _NON_ALNUM.split(ascii_fold(name).lower()) if t]


def _strip_attached_article(token: str) -> str:
    # "ezzor" -> "zor", "assuwayda" -> "suwayda", "arraqqa" -> "raqqa"; never shorten below 3 letters.
    if len(token) >= 5 and token[0] in "ae" and token[1] in _SUN and token[2] == token[1]:
        return token[2:]
    return token


@functools.lru_cache(maxsize=100_000)
def loose_key(name: str) -> str:
    tokens = _tokens(name)
    if len(tokens) > 1:
        kept = [t for i, t in enumerate(tokens) if not (t in _ARTICLES and i < len(tokens) - 1)]
        tokens = kept or tokens
    tokens = [_strip_attached_article(t) if i > 0 else t for i, t in enumerate(tokens)]
    return "".join(tokens)


def skeleton(key: str) -> str:
    """Consonant skeleton of a loose key (vowels, w, y and doubled letters removed)."""
    if not key:
        return ""
    key = key.replace("ou", "u").replace("kh", "k").replace("q", "k").replace("c", "k").replace("j", "dj")
    key = key.replace("ddj", "dj").replace("dj", "j")
    return _DOUBLE.sub(r"\1", _SKELETON_DROP.sub("", key))


def skeletons(name: str) -> set[str]:
    """Skeletons of a name, with and without a leading article fused to the word ('Albu' -> 'bu')."""
    key = loose_key(name)
    out = {skeleton(key)}
    for article in ("al", "el"):
        if key.startswith(article) and len(key) > len(article) + 3:
            out.add(skeleton(key[len(article):]))
    out.discard("")
    return out


# Abbreviated words of place names, written out: "Mt. Pleasant", "St. Kitts", "Ft. Worth", "Platte Co."
_FIRST_WORDS = {"mt": "Mount", "st": "Saint", "ste": "Sainte", "ft": "Fort", "pt": "Point"}
_LAST_WORDS = {"co": "County", "twp": "Township"}


def spelled_out(name: str) -> str | None:
    """The name with an abbreviated first word ("Mt.", "St.", "Ft.", "Pt.") or last word ("Co.", "Twp.")
    written out, or None when it has none: "Mt. Pleasant" -> "Mount Pleasant", "Platte Co." -> "Platte County"."""
    words = name.split()
    if len(words) < 2:
        return None
    first, last = words[0].rstrip(".").lower(), words[-1].rstrip(".").lower()
    if first in _FIRST_WORDS:
        words[0] = _FIRST_WORDS[first]
    elif last in _LAST_WORDS and words[-1][:1].isupper():
        words[-1] = _LAST_WORDS[last]
    else:
        return None
    return " ".join(words)
