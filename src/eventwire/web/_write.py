"""Routes that run the pipeline or change data.

``POST /api/extract`` runs the pipeline on a text and stores nothing (open to all).
Writes need the token (``Authorization: Bearer <EVENTWIRE_TOKEN>``): ``POST /api/ingest``
stores a text's events; ``POST /api/events/{id}/revisions`` records a reviewer correction;
``POST /api/events/{id}/reject`` marks an event rejected (or not). Corrections go to the
revision history; the machine's record is never overwritten.
"""

from __future__ import annotations

import threading
from typing import Any, Optional

from fastapi import APIRouter, Depends, Header, Request
from pydantic import BaseModel, ConfigDict, Field

from ..errors import InputTooLarge
from ..model import Result
from ..store._review import REJECTED, REVISABLE, apply_revisions
from ._security import check_token

__all__ = ["ArticleIn", "RejectIn", "RevisionIn", "router"]

router = APIRouter(prefix="/api")
_LOCK = threading.Lock()


class ArticleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The article text.")
    published: Optional[str] = Field(default=None, description="Publication date YYYY-MM-DD; anchors relative dates.")
    title: Optional[str] = None
    url: Optional[str] = None


class RevisionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    field: str = Field(description=f"One of: {', '.join(REVISABLE)}.")
    value: Any = Field(description="The new value, shaped like the field in the event JSON (null clears it).")
    note: Optional[str] = Field(default=None, max_length=2000, description="Why.")
    author: Optional[str] = Field(default=None, max_length=200)


class RejectIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rejected: bool = True
    note: Optional[str] = Field(default=None, max_length=2000)
    author: Optional[str] = Field(default=None, max_length=200)


def _pipeline(request: Request) -> Any:
    state = request.app.state
    with _LOCK:
        if state.pipeline is None:
            from ..pipeline import Pipeline

            state.pipeline = Pipeline()
    return state.pipeline


def _run(request: Request, article: ArticleIn) -> Result:
    from ..readers.base import make_document, parse_date_lenient

    limit = request.app.state.max_text
    if len(article.text.encode("utf-8")) > limit:
        raise InputTooLarge(f"the text is larger than {limit} bytes", source="<request>")
    published = parse_date_lenient(article.published, "published") if article.published else None
    document = make_document(article.text, title=article.title, url=article.url, published=published,
                             source="<request>")
    pipeline = _pipeline(request)
    with _LOCK:  # one spaCy run at a time
        return pipeline.run(document)


@router.post("/extract", summary="Extract events from a text; nothing is stored")
def extract(request: Request, article: ArticleIn) -> dict[str, Any]:
    return {"ok": True, **_run(request, article).model_dump(mode="json")}


def _authorise(request: Request, authorization: Optional[str] = Header(default=None)) -> None:
    """A dependency, so a write without the token is refused before its body is looked at."""
    check_token(request.app.state.token, authorization)


_TOKEN = [Depends(_authorise)]


@router.post("/ingest", status_code=201, summary="Extract events from a text and store them (token)",
             dependencies=_TOKEN)
def ingest(request: Request, article: ArticleIn) -> dict[str, Any]:
    result = _run(request, article)
    ids = request.app.state.store.save(result, pipeline_version=_pipeline(request).version)
    return {"ok": True, "document_id": result.document.id, "events": ids}


@router.post("/events/{event_id}/revisions", status_code=201, summary="Correct one field of an event (token)",
             dependencies=_TOKEN)
def revise(request: Request, event_id: str, body: RevisionIn) -> dict[str, Any]:
    store = request.app.state.store
    revision = store.revise(event_id, body.field, body.value, author=body.author, note=body.note)
    event = apply_revisions(store.event(event_id), store.revisions(event_id))
    return {"ok": True, "revision": revision.model_dump(mode="json"), "event": event.model_dump(mode="json")}


@router.post("/events/{event_id}/reject", status_code=201, summary="Mark an event rejected, or not (token)",
             dependencies=_TOKEN)
def reject(request: Request, event_id: str, body: RejectIn) -> dict[str, Any]:
    revision = request.app.state.store.revise(event_id, REJECTED, body.rejected, author=body.author, note=body.note)
    return {"ok": True, "revision": revision.model_dump(mode="json"), "rejected": body.rejected}
