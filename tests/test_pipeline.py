"""The pipeline as a user drives it: one document, many documents, long ones, damaged ones."""

from __future__ import annotations

import datetime as dt

from eventwire.pipeline import PARSE_CHUNK, PIPE_BATCH_DOCS, Pipeline, _chunks
from eventwire.readers.base import make_document
from tests.conftest import walk_evidence

REPORTS = [
    "Gunmen killed six civilians in Kidal on Monday, a local official said.",
    "The central bank kept its rate unchanged. Rain is expected on Friday.",
    "Al Shabaab fighters attacked a military base near Baidoa on Tuesday. Two soldiers were wounded, the army said.",
]


def _valid(result) -> None:
    text = result.document.text
    for ev in walk_evidence(result.model_dump(mode="json")):
        assert text[ev["start"]:ev["end"]] == ev["text"]


def test_run_many_gives_what_run_gives(pipeline):
    documents = [make_document(t, published=dt.date(2024, 3, 5)) for t in REPORTS]
    one_by_one = [pipeline.run(d) for d in documents]
    batched = list(pipeline.run_many(documents, batch_size=2))
    assert [r.document.id for r in batched] == [d.id for d in documents]
    assert [[e.model_dump() for e in r.events] for r in batched] == [[e.model_dump() for e in r.events]
                                                                      for r in one_by_one]
    assert batched[0].events and batched[2].events and not batched[1].events


def test_run_many_reads_its_input_lazily(pipeline):
    taken = []

    def stream():
        for i in range(1000):
            taken.append(i)
            yield make_document(f"Report {i}: rebels attacked a convoy near Gao.")

    results = pipeline.run_many(stream(), batch_size=8)
    first = next(results)
    assert first.document.text.startswith("Report 0")
    # one parse batch (short texts: up to PIPE_BATCH_DOCS of them), not the whole stream, is held
    assert len(taken) <= PIPE_BATCH_DOCS + 1 < 1000


def test_short_texts_parse_in_batches_larger_than_the_store_chunk(pipeline, monkeypatch):
    sizes = []
    pipe = pipeline.nlp.pipe

    def counting_pipe(texts, **kwargs):  # type: ignore[no-untyped-def]
        texts = list(texts)
        sizes.append(len(texts))
        return pipe(texts, **kwargs)

    monkeypatch.setattr(pipeline.nlp, "pipe", counting_pipe)
    documents = [make_document(t, published=dt.date(2024, 3, 5)) for t in REPORTS * 10]
    results = list(pipeline.run_many(documents, batch_size=4))
    monkeypatch.undo()
    assert sizes == [len(documents)]  # 30 short texts, one parse batch
    assert [[e.model_dump() for e in r.events] for r in results] == [
        [e.model_dump() for e in pipeline.run(d).events] for d in documents]


def test_a_text_longer_than_a_parse_piece_keeps_its_offsets(pipeline):
    filler = "The central bank kept its interest rate unchanged and markets were calm. " * (PARSE_CHUNK // 70)
    text = filler + "\n\nGunmen killed six civilians in Kidal on Monday, a local official said.\n"
    assert len(text) > PARSE_CHUNK
    result = pipeline.run(make_document(text, published=dt.date(2024, 3, 5)))
    (event,) = [e for e in result.events if e.fatalities is not None]
    assert event.fatalities.best == 6
    assert "Kidal" in text[event.evidence[-1].start:event.evidence[-1].end]
    _valid(result)


def test_pieces_join_back_to_the_text():
    text = ("A sentence. " * 50 + "\n\n" + "x" * 700 + " ") * 20
    pieces = _chunks(text, 1000)
    assert "".join(pieces) == text and all(len(p) <= 1000 for p in pieces) and len(pieces) > 1


def test_repaired_wording_is_shown_next_to_the_original(pipeline):
    text = ("Officials were badessing the damage after militants attacked a market in Kidal on Monday, "
            "killing six civilians.")
    result = pipeline.run(make_document(text, published=dt.date(2024, 3, 5)))
    quoted = [ev for e in result.events for ev in e.evidence if "badessing" in ev.text]
    assert quoted, [e.evidence for e in result.events]
    for ev in quoted:
        assert ev.repaired is not None and "assessing" in ev.repaired and "badessing" not in ev.repaired
    _valid(result)


def test_the_parser_sees_a_screened_text_of_the_same_length(pipeline):
    text = "Markets rose. Rain fell. Rebels attacked Gao on Monday. The match was a draw. Prices fell."
    doc = pipeline.parse(make_document(text))
    assert len(doc.text) == len(text) and "Rebels attacked Gao" in doc.text and "Prices fell" not in doc.text
    full = Pipeline(nlp=pipeline.nlp, geoparser=pipeline.geoparser, screen=False).parse(make_document(text))
    assert full.text == text


def test_parsing_in_worker_processes_gives_the_same_events(pipeline):
    documents = [make_document(t, published=dt.date(2024, 3, 5)) for t in REPORTS * 2]
    here = [[e.model_dump() for e in r.events] for r in pipeline.run_many(documents)]
    workers = [[e.model_dump() for e in r.events] for r in pipeline.run_many(documents, batch_size=2, n_process=2)]
    assert workers == here and any(here)


def test_implausible_values_come_out_flagged_not_trusted(pipeline):
    document = make_document("Gunmen killed 5000 people in Ansongo on February 30, officials said.",
                             published=dt.date(2024, 3, 5))
    (event,) = [e for e in pipeline.run(document).events if e.fatalities is not None]
    codes = {flag.split(":")[0] for flag in event.flags}
    assert {"impossible_date", "toll_above_population"} <= codes
    assert event.fatalities.best == 5000 and event.fatalities.confidence <= 0.2  # kept, but not as certain
    assert event.date.start is None and event.date.confidence <= 0.2


def test_a_plausible_report_carries_no_flags(pipeline):
    document = make_document("Militants attacked a checkpoint in Kidal on Friday, killing three soldiers.",
                             published=dt.date(2024, 3, 5))
    (event,) = pipeline.run(document).events
    assert event.flags == [] and event.fatalities.best == 3


def test_indexed_sentences_are_the_ones_spacy_gives(pipeline):
    from eventwire.nlp import index_sentences

    text = ("Militants attacked a checkpoint near Kidal on Monday. The army said two soldiers were wounded.\n\n"
            "Headline here\n\nA second paragraph. It has two sentences.")
    plain = pipeline.nlp(text)
    indexed = index_sentences(pipeline.nlp(text))
    assert "sent" in indexed.user_span_hooks
    for a, b in zip(plain, indexed, strict=True):
        assert (a.sent.start, a.sent.end) == (b.sent.start, b.sent.end)
    for i in range(len(plain)):
        for j in range(i, min(len(plain), i + 6) + 1):
            assert (plain[i:j].sent.start, plain[i:j].sent.end) == (indexed[i:j].sent.start, indexed[i:j].sent.end)


def test_indexed_sentences_are_made_once_per_sentence(pipeline):
    from eventwire.nlp import index_sentences

    doc = index_sentences(pipeline.nlp("Militants attacked a checkpoint near Kidal. The army said two soldiers died."))
    first, second = doc[1].sent, doc[-2].sent
    assert doc[0].sent is first and doc[2:4].sent is first and doc[-1].sent is second
    assert (first.start, second.end) == (0, len(doc)) and first.end == second.start


def test_run_many_parse_batches_end_at_a_character_budget(pipeline, monkeypatch):
    import eventwire.pipeline as module

    sizes = []
    pipe = pipeline.nlp.pipe

    def counting_pipe(texts, **kwargs):  # type: ignore[no-untyped-def]
        texts = list(texts)
        sizes.append(sum(len(t) for t in texts))
        return pipe(texts, **kwargs)

    monkeypatch.setattr(module, "PIPE_BATCH_CHARS", 300)
    monkeypatch.setattr(pipeline.nlp, "pipe", counting_pipe)
    texts = [f"{t} (report {i})" for i, t in enumerate(REPORTS * 4)]  # no repeats: each is parsed
    documents = [make_document(t, published=dt.date(2024, 3, 5)) for t in texts]
    results = list(pipeline.run_many(documents, batch_size=64))
    assert len(sizes) > 1 and max(sizes) <= 300
    monkeypatch.undo()
    assert [[e.model_dump() for e in r.events] for r in results] == [
        [e.model_dump() for e in pipeline.run(d).events] for d in documents]


def test_run_many_stores_every_result_in_chunks(pipeline, tmp_path):
    from eventwire.store import open_store

    documents = [make_document(t, published=dt.date(2024, 3, 5)) for t in [*REPORTS, "Rebels shelled Goma."]]
    with open_store(f"sqlite:///{tmp_path / 'ew.db'}") as store:
        stored = Pipeline(pipeline.nlp, geoparser=pipeline.geoparser, store=store)
        results = list(stored.run_many(documents, batch_size=3))
        assert store.count_documents() == len(documents) == len(results)
        assert sorted(e.id for e in store.events()) == sorted(e.id for r in results for e in r.events)


def test_a_stored_batch_keeps_its_verbal_interactions(pipeline, tmp_path):
    from eventwire.store import open_store

    text = ("On Monday, the foreign minister of Iran accused Israel of violating the ceasefire. "
            "Gunmen killed six civilians in Kidal on Monday, a local official said.")
    document = make_document(text, published=dt.date(2024, 3, 5))
    verbal = Pipeline(nlp=pipeline.nlp, geoparser=pipeline.geoparser, interactions=True)
    expected = verbal.run(document)
    assert expected.interactions and expected.events
    with open_store(f"sqlite:///{tmp_path / 'ew.db'}") as store:
        stored = Pipeline(nlp=pipeline.nlp, geoparser=pipeline.geoparser, store=store, interactions=True)
        list(stored.run_many([document]))
        assert store.interactions(document_id=document.id) == expected.interactions
        assert [e.id for e in store.events()] == [e.id for e in expected.events]


def _counting_parses(pipeline, monkeypatch) -> list[str]:
    parsed: list[str] = []
    pipe = pipeline.nlp.pipe

    def counting_pipe(texts, **kwargs):  # type: ignore[no-untyped-def]
        texts = list(texts)
        parsed.extend(t for t in texts if t.strip())
        return pipe(texts, **kwargs)

    monkeypatch.setattr(pipeline.nlp, "pipe", counting_pipe)
    return parsed


def test_a_repeated_text_is_parsed_once_and_each_copy_keeps_its_own_url_and_source(pipeline, monkeypatch):
    day = dt.date(2024, 3, 5)
    copies = [make_document(REPORTS[0], published=day, url=f"https://wire.example/{i}", source_name=f"outlet {i}")
              for i in range(3)]
    documents = [copies[0], make_document(REPORTS[2], published=day), copies[1], copies[2]]
    expected = [pipeline.run(d) for d in documents]
    parsed = _counting_parses(pipeline, monkeypatch)
    results = list(pipeline.run_many(documents, batch_size=2))
    monkeypatch.undo()
    assert len(parsed) == 2  # the wire copy once, the other report once
    assert [(r.document.id, r.document.url, r.document.source_name) for r in results] == [
        (d.id, d.url, d.source_name) for d in documents]
    assert [[e.model_dump() for e in r.events] for r in results] == [[e.model_dump() for e in r.events]
                                                                     for r in expected]
    assert [r.events[0].sources[0].url for r in results if r.document.url] == [d.url for d in copies]


def test_a_repeat_with_another_publication_date_is_read_again(pipeline, monkeypatch):
    documents = [make_document(REPORTS[0], published=dt.date(2024, 3, 5)),
                 make_document(REPORTS[0], published=dt.date(2024, 6, 5))]
    parsed = _counting_parses(pipeline, monkeypatch)
    first, second = pipeline.run_many(documents)
    monkeypatch.undo()
    assert len(parsed) == 2
    assert first.events[0].date.start != second.events[0].date.start  # "on Monday" of two different weeks


def test_a_repeat_no_longer_kept_is_parsed_again_with_the_same_result(pipeline, monkeypatch):
    import eventwire.pipeline as ew_pipeline

    monkeypatch.setattr(ew_pipeline, "REPEAT_DOCS", 1)
    day = dt.date(2024, 3, 5)
    documents = [make_document(t, published=day) for t in (REPORTS[0], REPORTS[2], REPORTS[0], REPORTS[2])]
    parsed = _counting_parses(pipeline, monkeypatch)
    results = list(pipeline.run_many(documents))
    # both repeats are read before their originals are parsed; when the first repeat's turn comes its
    # original has been pushed out by the next document (one kept), so it alone is parsed again
    assert len(parsed) == 3
    assert [[e.model_dump() for e in r.events] for r in results] == [
        [e.model_dump() for e in pipeline.run(d).events] for d in documents]


def test_the_text_the_stages_read_is_the_text_spacy_parsed(pipeline, monkeypatch):
    """The stages read ``doc_text`` (the parser's input, kept, not rejoined): it must be the doc's own text,
    for one-piece and many-piece texts, from ``parse`` and from ``run_many``."""
    from eventwire._doc import doc_text

    seen = []
    detect = pipeline.detect

    def keeping(doc):  # type: ignore[no-untyped-def]
        # run_many releases a Doc's user_data once its result is built: look while the stages run
        seen.append((doc.user_data.get("ew_text") is not None, doc_text(doc) == doc.text))
        return detect(doc)

    monkeypatch.setattr(pipeline, "detect", keeping)
    long_text = "Markets were calm and the bank kept its rate.\n\n" * (PARSE_CHUNK // 45) + REPORTS[0]
    documents = [make_document(t, published=dt.date(2024, 3, 5)) for t in [*REPORTS, long_text]]
    list(pipeline.run_many(documents, batch_size=2))
    assert len(seen) == len(documents)
    doc = pipeline.parse(documents[-1])
    seen.append((doc.user_data.get("ew_text") is not None, doc_text(doc) == doc.text))
    assert seen == [(True, True)] * (len(documents) + 1)


def test_run_many_releases_each_doc_once_its_result_is_built(pipeline, monkeypatch):
    """A Doc's annotations hold spans of it (a reference cycle): run_many empties its user_data once the
    result is linked, and the Docs it keeps for repeats when the stream ends; the results are run's."""
    detected = []
    detect = pipeline.detect

    def keeping(doc):  # type: ignore[no-untyped-def]
        detected.append(doc)
        return detect(doc)

    monkeypatch.setattr(pipeline, "detect", keeping)
    day = dt.date(2024, 3, 5)
    long_text = "Markets were calm and the bank kept its rate. " * 500 + REPORTS[0]  # too long to keep for repeats
    documents = [make_document(t, published=day) for t in (REPORTS[0], long_text, REPORTS[0], REPORTS[2])]
    results = list(pipeline.run_many(documents))
    monkeypatch.undo()
    assert len(detected) == 3  # the repeat was not parsed again
    assert all(not doc.user_data for doc in detected)
    assert [[e.model_dump() for e in r.events] for r in results] == [
        [e.model_dump() for e in pipeline.run(d).events] for d in documents]


def test_building_a_pipeline_freezes_what_it_loaded():
    import gc

    gc.unfreeze()
    Pipeline()
    assert gc.get_freeze_count() > 0


def test_run_many_collects_young_objects_less_often_while_it_runs_then_restores_the_setting(pipeline):
    import gc

    from eventwire.pipeline import GC_YOUNG

    before = gc.get_threshold()
    seen = []
    documents = [make_document("Gunmen killed two farmers near Gao on Monday.", published=dt.date(2024, 3, 5)),
                 make_document("The minister opened a bridge in Kano.", published=dt.date(2024, 3, 5))]
    for result in pipeline.run_many(documents):
        seen.append((gc.get_threshold()[0], len(result.events)))
    assert seen == [(max(GC_YOUNG, before[0]), 1), (max(GC_YOUNG, before[0]), 0)]
    assert gc.get_threshold() == before
