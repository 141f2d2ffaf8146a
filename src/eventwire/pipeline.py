"""One obvious path for a document: read > clean > parse > detect > resolve > link > store.

    >>> from eventwire.pipeline import Pipeline
    >>> result = Pipeline().run(document)          # Document -> Result

- clean: ``eventwire.clean`` repairs the text the parser sees, keeping offsets;
- screen: ``eventwire.clean.screen`` blanks sentences that cannot hold or shape an event
  (no trigger word in them or next to them, no place name in them: places anywhere in a
  text choose among namesakes and locate events by context), keeping the text's length, so the parser
  skips them and every offset stays the same (``screen=False`` parses everything);
- language: the reader's ``Document.language`` when given, else detected (``eventwire.lang``);
  a document in another language than the main pipeline's (French) is parsed by that
  language's spaCy pipeline and read with its tables (``eventwire.fr``), into
  the same schema with English canonical names;
- parse: the spaCy pipeline (``eventwire.nlp``), in batches with ``nlp.pipe``;
- detect: actors (``events.actors``), toponyms (``geo``), dates (``time``), counts
  (``events.counts``), event triggers (``events.detect``);
- resolve: places to GeoNames, dates to absolute ranges, actors to canonical names;
- link: mentions of one real-world event in the document become one record
  (``events.assemble``); across documents, ``eventwire.link`` does the same in the store;
- store: ``eventwire.store`` when a store is given.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import importlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from . import __version__
from ._doc import ensure_extensions, keep_text
from .clean import DEFAULT_CLEANERS, clean
from .model import Document, Result, Toponym
from .readers.base import make_document, parse_published

__all__ = ["PIPELINE_VERSION", "Pipeline", "extract", "with_interactions"]

PIPELINE_VERSION = f"{__version__}+rules.1"

#: language -> the pipeline class (``module:Class``, built from the main pipeline) for its documents.
LANGUAGE_PIPELINES: dict[str, str] = {"fr": "eventwire.fr:FrenchPipeline"}

#: Texts longer than this are parsed in pieces cut at paragraph or sentence breaks and
#: joined back into one Doc (spaCy refuses texts over ``nlp.max_length``, and memory grows
#: with the length parsed at once).
PARSE_CHUNK = 100_000


#: A parse batch of ``run_many`` (one process) ends when its texts reach this many characters.
PIPE_BATCH_CHARS = 40_000
#: ... or this many texts, whatever ``batch_size`` (the store's chunk): short texts (ACLED notes, about
#: 240 characters) parse in batches of about 160 instead of 64, which fills thinc's matrices better
#: (about 5% less parse CPU on notes; the same annotations, token for token); long texts still end
#: their batch at ``PIPE_BATCH_CHARS``, so the parser's memory stays as bounded as before.
PIPE_BATCH_DOCS = 256

#: ``run_many`` keeps the parsed and detected Doc of this many recent documents (and at most
#: ``REPEAT_CHARS`` characters of them; texts over ``REPEAT_TEXT`` characters are not kept) so that a
#: later document with the very same text, language and publication date is not parsed again: its
#: own result is linked from that Doc (with its own URL, title and source). Exact repeats are common
#: in what users feed in: syndicated wire copies, and exports with one row per actor of an event.
REPEAT_DOCS = 256
REPEAT_CHARS = 1_000_000
REPEAT_TEXT = 20_000


def _batches(items: Iterable[tuple[str, Any]], size: int, chars: int) -> Iterator[list[tuple[str, Any]]]:
    """``(text, context)`` items in order, in lists of at most ``size`` items and about ``chars``
    characters (a longer single text is a batch of its own)."""
    group: list[tuple[str, Any]] = []
    held = 0
    for item in items:
        if group and (len(group) >= size or held + len(item[0]) > chars):
            yield group
            group, held = [], 0
        group.append(item)
        held += len(item[0])
    if group:
        yield group


def _chunks(text: str, size: int = PARSE_CHUNK) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters; "".join(pieces) == text."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start + size // 2 : start + size]
        for sep in ("\n\n", "\n", ". ", " "):
            at = window.rfind(sep)
            if at != -1:
                cut = start + size // 2 + at + len(sep)
                break
        else:
            cut = start + size
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


class Pipeline:
    """The eventwire pipeline; inject ``nlp``, ``geoparser`` or ``store`` to swap them."""

    def __init__(
        self,
        nlp: Any = None,
        *,
        geoparser: Any = None,
        store: Any = None,
        cleaners: Sequence[str] = DEFAULT_CLEANERS,
        screen: bool = True,
        context: int = 1,
        interactions: bool = False,
    ) -> None:
        from .events.actors import load_kb
        from .events.lexicon import load_lexicon
        from .nlp import load_spacy

        ensure_extensions()
        self.nlp = nlp if nlp is not None else load_spacy("en")
        self.kb = load_kb()
        self.lexicon = load_lexicon()
        if geoparser is None:
            from .geo import Geoparser

            geoparser = Geoparser()
        self.geoparser = geoparser
        self.store = store
        self.cleaners = tuple(cleaners)
        self.screen = screen
        self.context = context
        #: also code verbal and non-violent interactions (PLOVER/CAMEO only, ``Result.interactions``);
        #: off by default: they are not ACLED events, and looking for them parses about a fifth more of
        #: a news text (the sentences with a statement, a meeting or an accusation)
        self.interactions = interactions
        from .events.actors import ActorFinder

        self.actor_finder = ActorFinder(self.nlp, self.kb)
        self.version = PIPELINE_VERSION
        self._by_lang: dict[str, Any] = {}  # language -> its Pipeline (French documents)
        # The models, knowledge base, lexicon and gazetteer live as long as the process: out of the
        # collector's reach, its full collections no longer walk them again and again while documents
        # run (about a tenth of the CPU spent outside the parser on ACLED notes).
        gc.freeze()

    # -- languages ------------------------------------------------------------------
    def language_of(self, document: Document) -> str:
        """The reader's language, else the detected one (``eventwire.lang.pipeline_language``)."""
        from .lang import pipeline_language

        return pipeline_language(document.text, document.language, default=self.nlp.lang)

    def _for(self, lang: str) -> Pipeline | None:
        """The pipeline for documents in ``lang``: None for the main pipeline's own language,
        and for a language with no rules or no installed model (read with the main pipeline)."""
        if lang == self.nlp.lang:
            return None
        if lang not in self._by_lang:
            from .errors import ModelNotInstalled
            other = None
            if lang in LANGUAGE_PIPELINES:
                module, _, name = LANGUAGE_PIPELINES[lang].partition(":")
                try:
                    other = getattr(importlib.import_module(module), name)(self)
                except ModelNotInstalled:
                    other = None
            self._by_lang[lang] = other
        return self._by_lang[lang]

    # -- stages -----------------------------------------------------------------
    def parse(self, document: Document) -> Any:
        cleaned = clean(document.text, self.cleaners)
        (doc,) = self._parse_texts([self._parser_text(cleaned)])
        return self._annotate(doc, document, cleaned)

    def _parse_texts(self, texts: list[str]) -> Iterator[Any]:
        """Docs for ``texts`` in order, in one ``nlp.pipe`` call; long texts in pieces."""
        pieces: list[str] = []
        counts: list[int] = []
        for text in texts:
            parts = _chunks(text) if len(text) > PARSE_CHUNK else [text]
            pieces.extend(parts)
            counts.append(len(parts))
        docs = iter(self.nlp.pipe(pieces, batch_size=max(1, min(len(pieces), 256))))
        for text, n in zip(texts, counts):
            if n == 1:
                yield keep_text(next(docs), text)
            else:
                from spacy.tokens import Doc

                yield keep_text(Doc.from_docs([next(docs) for _ in range(n)], ensure_whitespace=False), text)

    def _parser_text(self, cleaned: Any) -> str:
        """The cleaned text, with the sentences the screen rules out blanked (same length)."""
        if not self.screen:
            return str(cleaned.text)
        from .clean.screen import is_candidate, screen

        candidate = None if self.interactions else functools.partial(is_candidate, interactions=False)
        return screen(cleaned.text, context=self.context, keep=self._names_place(), candidate=candidate).text

    def _names_place(self) -> Any:
        """The screen's test for a sentence naming a place (None with a geoparser without a gazetteer)."""
        test = getattr(self, "_place_test", False)
        if test is False:
            gazetteer = getattr(self.geoparser, "gazetteer", None)
            if gazetteer is None:
                test = None
            else:
                from .clean.screen import KnownNames
                from .geo._recognize import names_place

                test = names_place(KnownNames(gazetteer))  # type: ignore[arg-type]
            self._place_test = test
        return test

    @staticmethod
    def _annotate(doc: Any, document: Document, cleaned: Any) -> Any:
        doc._.ew_clean = cleaned
        doc._.ew_published = document.published
        return doc

    def detect(self, doc: Any) -> Any:
        from . import time as ew_time
        from .events import counts
        from .nlp import index_sentences

        index_sentences(doc)
        self.actor_finder(doc)
        self.geoparser(doc)
        ew_time.find_dates(doc)
        counts.find_counts(doc)
        return doc

    def link(self, doc: Any, document: Document) -> Result:
        from .events.assemble import assemble_events
        from .events.checks import check_event
        mentions = self.find_mentions(doc)
        events = assemble_events(doc, mentions, self.kb, self.lexicon, document_id=document.id,
                                 url=document.url, geoparser=self.geoparser)
        gazetteer = getattr(self.geoparser, "gazetteer", None)
        events = [check_event(ev, document.published, gazetteer=gazetteer) for ev in events]
        interactions = self.find_interactions(doc, events, document)
        toponyms: list[Toponym] = [pm.toponym for pm in doc._.ew_places or []]
        warnings = []
        if document.published is None:
            warnings.append("no publication date known: relative dates ('on Tuesday', 'yesterday') are not resolved "
                            "to days; pass --published YYYY-MM-DD")
        return Result(document=document, events=events, interactions=interactions, toponyms=toponyms,
                      warnings=warnings)

    def find_interactions(self, doc: Any, events: list[Any], document: Document) -> list[Any]:
        """Verbal and non-violent interactions (``events.plover``, English words; PLOVER/CAMEO only, never
        ACLED events), when the pipeline looks for them. A language's pipeline without such a lexicon
        returns none."""
        if not self.interactions:
            return []
        from .events.assemble import focus_country
        from .events.plover import find_interactions

        return find_interactions(doc, events, self.kb, document_id=document.id, url=document.url,
                                 geoparser=self.geoparser, country=focus_country(doc))

    def find_mentions(self, doc: Any) -> list[Any]:
        """Event mentions in ``doc`` (``events.detect``; a language's pipeline has its own)."""
        from .events.detect import find_mentions

        return find_mentions(doc, self.lexicon)

    # -- whole path ---------------------------------------------------------------
    def run(self, document: Document) -> Result:
        """Run one document through every stage (and store it when a store is set)."""
        lang = self.language_of(document)
        if document.language != lang:
            document = document.model_copy(update={"language": lang})
        other = self._for(lang)
        if other is not None:
            return other.run(document)
        doc = self.detect(self.parse(document))
        result = self.link(doc, document)
        if self.store is not None:
            self.store.save(result, pipeline_version=self.version)
        return result

    def run_many(
        self, documents: Iterable[Document], batch_size: int = 64, n_process: int = 1
    ) -> Iterator[Result]:
        """Run many documents through one streaming ``nlp.pipe``, in input order.

        ``documents`` is consumed lazily, one parse batch ahead of the results (at most
        ``max(batch_size, PIPE_BATCH_DOCS)`` documents and about ``PIPE_BATCH_CHARS`` characters),
        so memory stays bounded on any stream (with a store, each ``batch_size`` results are saved
        in one transaction before they are yielded); a parse batch ends at ``PIPE_BATCH_CHARS``
        characters (the parser's memory grows with the text it holds at once: 64 news
        articles peak at about twice the RSS of 16, for the same CPU time). ``n_process`` > 1
        parses in that many worker processes while this one detects, resolves and stores
        (worth it on idle cores only).

        While it runs, the collector's youngest generation waits for ``GC_YOUNG`` new objects
        instead of Python's 700 (``_young_collections``): a document makes tens of thousands of
        short-lived objects, and each collection walks every young survivor.
        """
        with _young_collections(GC_YOUNG):
            yield from self._run_many(documents, batch_size, n_process)

    def _run_many(self, documents: Iterable[Document], batch_size: int, n_process: int) -> Iterator[Result]:
        from spacy.tokens import Doc

        repeats = _Repeats()

        def pieces() -> Iterator[tuple[str, tuple[Document, Any, int, int, str]]]:
            for document in documents:
                lang = self.language_of(document)
                if document.language != lang:
                    document = document.model_copy(update={"language": lang})
                if self._for(lang) is not None:  # another language: run on its own, in order
                    yield "", (document, None, -1, 1, "")
                    continue
                if repeats.seen(document):  # the same text as a recent document: its Doc, not a parse
                    yield "", (document, None, _REPEAT, 1, "")
                    continue
                cleaned = clean(document.text, self.cleaners)
                text = self._parser_text(cleaned)
                parts = _chunks(text) if len(text) > PARSE_CHUNK else [text]
                for k, part in enumerate(parts):
                    yield part, (document, cleaned if k == len(parts) - 1 else None, k, len(parts), part)

        def parsed() -> Iterator[tuple[Any, tuple[Document, Any, int, int, str]]]:
            if n_process > 1:
                yield from self.nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size, n_process=n_process)
                return
            for group in _batches(pieces(), max(batch_size, PIPE_BATCH_DOCS), PIPE_BATCH_CHARS):
                yield from zip(self.nlp.pipe([text for text, _ in group], batch_size=len(group)),
                               (context for _, context in group))

        held: list[Any] = []
        held_text: list[str] = []
        unsaved: list[Result] = []
        for doc, (document, cleaned, k, n, part) in parsed():
            if k == -1:  # another language's document: its own pipeline (which stores it), in input order
                yield from self._save_all(unsaved)
                unsaved = []
                yield self.run(document)
                continue
            if k == _REPEAT:
                whole = repeats.doc(document)
                if whole is None:  # no longer kept (a stream far ahead of its results): parse it again
                    whole = self.detect(self.parse(document))
                result = self.link(whole, document)
            else:
                held.append(doc)
                held_text.append(part)
                if k + 1 < n:
                    continue  # a long text: wait for its last piece
                whole = held[0] if n == 1 else Doc.from_docs(held, ensure_whitespace=False)
                keep_text(whole, "".join(held_text))
                held, held_text = [], []
                whole = self.detect(self._annotate(whole, document, cleaned))
                kept = repeats.keep(document, whole)
                result = self.link(whole, document)
                if not kept:
                    release(whole)
            if self.store is None:
                yield result
                continue
            unsaved.append(result)
            if len(unsaved) >= batch_size:
                yield from self._save_all(unsaved)
                unsaved = []
        yield from self._save_all(unsaved)
        repeats.release()

    def _save_all(self, results: list[Result]) -> list[Result]:
        """Store ``results`` in one ``save_many`` (one transaction); if that fails, one by one, so
        the error raised is the first document's that cannot be stored."""
        if results:
            try:
                self.store.save_many(results, pipeline_version=self.version)
            except Exception:  # noqa: BLE001 - found again below, at its document
                for result in results:
                    self.store.save(result, pipeline_version=self.version)
        return results


#: ``run_many``'s threshold for the collector's youngest generation (Python's default: 700). On 1,700
#: dev documents: about 500 young collections -> 30, and 0.8 -> 0.4 CPU s spent collecting.
GC_YOUNG = 10_000


@contextlib.contextmanager
def _young_collections(threshold: int) -> Iterator[None]:
    """Collect the youngest generation only every ``threshold`` allocations while the block runs (never
    more often than the process's own setting asks; a disabled threshold, 0, stays disabled), then put
    the process's setting back unless someone changed it meanwhile."""
    old = gc.get_threshold()
    raised = 0 < old[0] < threshold
    if raised:
        gc.set_threshold(threshold, *old[1:])
    try:
        yield
    finally:
        if raised and gc.get_threshold()[0] == threshold:
            gc.set_threshold(*old)


def release(doc: Any) -> None:
    """Empty ``doc.user_data`` once its result is built: the mentions kept there hold spans of the
    doc, a reference cycle that only the garbage collector would break; without it the Doc and its
    annotations are freed at once (and collections have fewer objects to walk)."""
    doc.user_data.clear()


#: ``run_many``'s mark for a document whose Doc is a recent document's (``_Repeats``)
_REPEAT = -2


class _Repeats:
    """The Docs of recent documents, by (text, language, publication date), for ``run_many``.

    ``seen`` is asked as documents are read (before they are parsed), ``keep`` once a document is
    parsed and detected, ``doc`` when a repeat's turn comes: a repeat read before its original
    was parsed (both in one parse batch) is still a repeat, since results come in input order.
    """

    def __init__(self) -> None:
        from collections import OrderedDict

        self._docs: OrderedDict[tuple[str, Any, Any], Any] = OrderedDict()
        self._pending: set[tuple[str, Any, Any]] = set()
        self._chars = 0

    @staticmethod
    def _key(document: Document) -> tuple[str, Any, Any] | None:
        if not document.text or len(document.text) > REPEAT_TEXT:
            return None
        return (document.text, document.language, document.published)

    def seen(self, document: Document) -> bool:
        key = self._key(document)
        if key is None:
            return False
        if key in self._docs or key in self._pending:
            return True
        self._pending.add(key)
        return False

    def keep(self, document: Document, doc: Any) -> bool:
        """Keep ``doc`` for later repeats of ``document``; False when it is not kept (too long a text,
        or the same text's Doc is kept already), so the caller may ``release`` it once linked."""
        key = self._key(document)
        if key is None:
            return False
        self._pending.discard(key)
        if key in self._docs:
            return False
        self._docs[key] = doc
        self._chars += len(key[0])
        while len(self._docs) > REPEAT_DOCS or self._chars > REPEAT_CHARS:
            old, gone = self._docs.popitem(last=False)
            self._chars -= len(old[0])
            if gone is not doc:
                release(gone)
        return key in self._docs

    def release(self) -> None:
        """Release every kept Doc (the stream is over)."""
        for doc in self._docs.values():
            release(doc)
        self._docs.clear()
        self._chars = 0

    def doc(self, document: Document) -> Any:
        key = self._key(document)
        if key is None or key not in self._docs:
            return None
        self._docs.move_to_end(key)
        return self._docs[key]


def with_interactions() -> Pipeline:
    """A pipeline that also codes verbal interactions: ``eventwire batch --interactions`` names it
    (``"eventwire.pipeline:with_interactions"``) for its workers."""
    return Pipeline(interactions=True)


_DEFAULT: Pipeline | None = None


def extract(
    text: str,
    *,
    published: str | dt.date | None = None,
    title: str | None = None,
    url: str | None = None,
) -> Result:
    """Extract events from one article's text.

    >>> import eventwire
    >>> result = eventwire.extract("Gunmen killed six civilians in Kidal on Monday.", published="2024-03-05")
    >>> result.events[0].fatalities.best
    6
    """
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    document = make_document(text, title=title, url=url, published=parse_published(published))
    return _DEFAULT.run(document)
