"""One JSON shape for every error the API returns (datasette's ``ok``/``error``/``errors``/``status``).

    {"ok": false, "status": 422, "code": "EW402", "error": "filter start='soon' is not a date ...",
     "errors": [{"loc": "query.start", "msg": "..."}]}

``code`` is an ``EventwireError`` code (see ``eventwire.errors``); ``errors`` lists each
problem when a request has several (it is ``[]`` otherwise).
"""

from __future__ import annotations

import logging
from typing import Any

from ..errors import (
    ApiError,
    BadFilter,
    BadRequest,
    BadRevision,
    EventNotFound,
    EventwireError,
    InputError,
    InputTooLarge,
    NoSuchPage,
    RequestTooLarge,
    Unauthorized,
)

__all__ = ["error_body", "install_error_handlers", "status_of"]

log = logging.getLogger("eventwire.web")


def status_of(exc: EventwireError) -> int:
    """The HTTP status an eventwire error maps to."""
    if isinstance(exc, Unauthorized):
        return int(exc.context.get("status", 401))  # type: ignore[call-overload]
    if isinstance(exc, (RequestTooLarge, InputTooLarge)):
        return 413
    if isinstance(exc, (EventNotFound, NoSuchPage)):
        return 404
    if isinstance(exc, (BadFilter, BadRevision, BadRequest, InputError)):
        return 422
    if isinstance(exc, ApiError):
        return int(exc.context.get("status", 400))  # type: ignore[call-overload]
    return 503 if exc.code.startswith("EW4") else 500


def error_body(status: int, code: str, message: str, errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"ok": False, "status": status, "code": code, "error": message, "errors": errors or []}


def _message(exc: EventwireError) -> str:
    return exc.message.split("] ", 1)[-1]


def install_error_handlers(app: Any) -> None:
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import JSONResponse
    from starlette.exceptions import HTTPException

    def respond(status: int, code: str, message: str, errors: list[dict[str, Any]] | None = None,
                headers: dict[str, str] | None = None) -> JSONResponse:
        return JSONResponse(error_body(status, code, message, errors), status_code=status, headers=headers)

    @app.exception_handler(EventwireError)
    async def eventwire_error(_request: Any, exc: EventwireError) -> JSONResponse:
        status = status_of(exc)
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        return respond(status, exc.code, _message(exc), headers=headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Any, exc: RequestValidationError) -> JSONResponse:
        errors = []
        for err in exc.errors():
            loc = ".".join(str(p) for p in err.get("loc", ()))
            errors.append({"loc": loc, "msg": err.get("msg", "invalid")})
        message = "; ".join(f"{e['loc']}: {e['msg']}" for e in errors) or "invalid request"
        return respond(422, BadRequest.code, message, errors)

    @app.exception_handler(HTTPException)
    async def http_error(request: Any, exc: HTTPException) -> JSONResponse:
        if exc.status_code == 404:
            return respond(404, NoSuchPage.code, f"no such page: {request.url.path}")
        return respond(exc.status_code, ApiError.code, str(exc.detail), headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def unexpected(_request: Any, exc: Exception) -> JSONResponse:
        log.exception("unexpected error", exc_info=exc)
        return respond(500, EventwireError.code, f"internal error ({type(exc).__name__}); see the server log")
