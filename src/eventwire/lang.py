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
        from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        from .errors import MissingExtra

        raise MissingExtra("language detection", extra="fr") from exc
    try:
        return _from_plain_model(LanguageIdentifier, MODEL_DIR / MODEL_FILE)
    except Exception:  # noqa: BLE001 - another py3langid model layout: its own (slower) loader
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _from_plain_model(cls: Any, packed: Any) -> Any:
    """The identifier from an uncompressed copy of py3langid's LZMA-packed model, made once in eventwire's
    cache directory (``langid-<size>-<mtime>.npz``): unpacking it took about half of the first
    document's time in a fresh process (``eventwire extract`` on one short text)."""
    import lzma
    import os
    import shutil

    import numpy as np
    from py3langid.modelio import _to_array

    from .settings import cache_dir

    stat = os.stat(packed)
    plain = cache_dir() / f"langid-{stat.st_size}-{stat.st_mtime_ns}.npz"
    if not plain.exists():
        partial = plain.with_suffix(f".{os.getpid()}.part")
        with lzma.open(packed) as src, open(partial, "wb") as dst:
            shutil.copyfileobj(src, dst, length=1 << 20)
        os.replace(partial, plain)
    with np.load(plain, allow_pickle=False) as data:
        return cls(np.asarray(data["ptc"]), np.asarray(data["pc"]), data["classes"].tolist(),
                   _to_array(data["nextmove"]), data["out_feat"].tolist(), norm_probs=True,
                   tk_row=_to_array(data["nextmove_row"]))


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, confidence 0..1) of ``text``; ``("und", 0.0)`` when there is too little
    text to judge (fewer than 12 letters).

    >>> detect_language("Mardi, la coalition a annoncé que six dirigeants avaient été tués.")[0]
    'fr'
    """
    sample = _sample(text)
    if sample is None:
        return _UNDETERMINED
    code, confidence = _identifier().classify(sample)
    return str(code), round(float(confidence), 4)


def _sample(text: str) -> str | None:
    """What the detector reads of ``text`` (None: too few letters to judge)."""
    sample = text[:MAX_CHARS]
    if not _has_letters(sample, _MIN_LETTERS):
        return None
    if "://" in sample or "@" in sample:  # links and addresses say nothing of the language
        sample = _LINKS.sub(" ", sample)
    return sample


_LINKS = re.compile(r"https?://\S+|\S+@\S+")
#: raw log-score lead (plus this share of the score) by which the default language must beat the others
#: for ``_default_leads`` to answer without the full classifier: far above float32 rounding
_LEAD = 1.0
_LEAD_SHARE = 1e-3


def _default_leads(text: str, default: str, others: list[str]) -> bool:
    """Whether the detector surely does not answer any of ``others`` for ``text``: its raw naive-Bayes
    score for ``default`` beats each of theirs by a clear margin (the detector's answer is the language
    with the highest score, and normalising keeps that order), or the text has no feature at all (the
    detector abstains). Reads the same features as ``classify`` but scores two or three languages,
    not all 97; False whenever in doubt (then ``detect_language`` decides)."""
    ident = _identifier()
    try:
        from py3langid.langid import visit_counts

        import numpy as np

        classes = ident.nb_classes
        cols = [classes.index(default)] + [classes.index(o) for o in others]
        if any(classes.count(classes[c]) != 1 for c in cols):
            return False  # an aliased label: leave it to the classifier
        sample = _sample(text)
        if sample is None:
            return True  # "und": the default
        encoded = ident._encode(sample)
        visits = visit_counts(ident.tk_nextmove, ident._rowbase, ident.tk_output, encoded)
    except (AttributeError, ValueError, ImportError):  # another py3langid: no shortcut
        return False
    if not visits:
        return True  # no features: a uniform answer below any confidence threshold, so the default
    idx = np.fromiter(visits.keys(), dtype=np.intp, count=len(visits))
    counts = np.fromiter(visits.values(), dtype=np.float64, count=len(visits))
    scores = np.log1p(counts) @ ident.nb_ptc[np.ix_(idx, cols)].astype(np.float64) + ident.nb_pc[cols]
    lead = _LEAD + _LEAD_SHARE * float(np.abs(scores).max())
    return bool(all(scores[0] - scores[k] > lead for k in range(1, len(cols))))


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

    others = [code for code in MODEL_CANDIDATES if code != default]
    try:
        if others and default in MODEL_CANDIDATES and _default_leads(text, default, others):
            return default  # what the full classification would conclude, at a fraction of its cost
        code, confidence = detect_language(text)
    except MissingExtra:  # no detector installed (the ``fr`` extra): the default language
        return default
    if code in MODEL_CANDIDATES and confidence >= MIN_CONFIDENCE:
        return code
    return default
