"""Which language a document is in, offline (py3langid, the ``fr`` extra).

``detect_language(text)`` gives an ISO 639-1 code and a confidence in 0..1 (``("und", 0.0)``
for text with too few letters to judge). ``pipeline_language(text, given)`` is what the
pipeline should call: a language given by the reader (``Document.language``) wins; otherwise
the detected language when eventwire has a spaCy pipeline for it (``nlp.MODEL_CANDIDATES``)
and the detector is sure enough, else the default ("en"; also when the detector, the ``fr``
extra, is not installed).

The detector reads at most the first ``MAX_CHARS`` characters (a news article's language is
settled well before that, and long texts would only cost time). Its model (1-2 MB) is loaded
once per process, on first use.
"""

from __future__ import annotations

import functools
import re
from typing import Any

__all__ = ["MAX_CHARS", "MIN_CONFIDENCE", "detect_language", "pipeline_language"]

#: characters of a text the detector reads.
MAX_CHARS = 4000
#: below this confidence the detected language is not trusted (``pipeline_language`` uses the default).
MIN_CONFIDENCE = 0.5
_MIN_LETTERS = 12
_UNDETERMINED = ("und", 0.0)


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        from .errors import MissingExtra

        raise MissingExtra("language detection", extra="fr") from exc
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, confidence 0..1) of ``text``; ``("und", 0.0)`` when there is too little
    text to judge (fewer than 12 letters).

    >>> detect_language("Mardi, la coalition a annoncé que six dirigeants avaient été tués.")[0]
    'fr'
    """
    sample = text[:MAX_CHARS]
    if not _has_letters(sample, _MIN_LETTERS):
        return _UNDETERMINED
    sample = re.sub(r"https?://\S+|\S+@\S+", " ", sample)  # links and addresses say nothing of the language
    code, confidence = _identifier().classify(sample)
    return str(code), round(float(confidence), 4)


def _has_letters(text: str, n: int) -> bool:
    """At least ``n`` letters in ``text`` (stops counting at the ``n``-th)."""
    for ch in text:
        if ch.isalpha():
            n -= 1
            if n <= 0:
                return True
    return n <= 0


def pipeline_language(text: str, given: str | None = None, *, default: str = "en") -> str:
    """The language to parse ``text`` in: ``given`` (the reader's, e.g. ``Document.language``)
    unless it is empty or ``"auto"``; otherwise the detected language when eventwire has a
    pipeline for it and the confidence is at least ``MIN_CONFIDENCE``; otherwise ``default``."""
    if given and given != "auto":
        return given
    from .errors import MissingExtra
    from .nlp import MODEL_CANDIDATES

    try:
        code, confidence = detect_language(text)
    except MissingExtra:  # no detector installed (the ``fr`` extra): the default language
        return default
    if code in MODEL_CANDIDATES and confidence >= MIN_CONFIDENCE:
        return code
    return default
