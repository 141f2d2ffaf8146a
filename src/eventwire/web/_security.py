"""Request limits, security headers and the write token.

- Every response carries a Content-Security-Policy that allows only the server's own
  scripts, styles and images (no inline script, no external URL), plus ``nosniff``,
  ``no-referrer`` and ``frame-ancestors 'none'``.
- A request body above ``max_body`` bytes is refused with 413 before it is read whole.
- Writes need ``Authorization: Bearer <token>``; without a configured token they are off.
"""

from __future__ import annotations

import hmac
import json
from typing import Any

from ..errors import RequestTooLarge, Unauthorized
from ._errors import error_body

__all__ = ["CSP", "LimitsAndHeaders", "check_token"]

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class LimitsAndHeaders:
    """ASGI middleware: the body size limit and the security headers."""

    def __init__(self, app: Any, *, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []), *(h for h in _HEADERS if h[0] not in names)]
            await send(message)

        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_body:
            await self._too_large(send_with_headers)
            return
        seen = 0
        refused = False

        async def limited_receive() -> dict[str, Any]:
            nonlocal seen, refused
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    refused = True
                    raise RequestTooLarge(f"the request body is larger than {self.max_body} bytes")
            return message

        try:
            await self.app(scope, limited_receive, send_with_headers)
        except RequestTooLarge:
            if refused:
                await self._too_large(send_with_headers)
            else:
                raise

    async def _too_large(self, send: Any) -> None:
        body = json.dumps(error_body(413, RequestTooLarge.code,
                                     f"the request body is larger than {self.max_body} bytes")).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


def check_token(configured: str | None, authorization: str | None) -> None:
    """Raise Unauthorized unless ``authorization`` is ``Bearer <configured>``."""
    if not configured:
        raise Unauthorized("writes are disabled: start the server with EVENTWIRE_TOKEN set to allow them",
                           status=403)
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise Unauthorized("this request changes data: send the header 'Authorization: Bearer <EVENTWIRE_TOKEN>'")
    if not hmac.compare_digest(given.strip().encode(), configured.encode()):
        raise Unauthorized("the token is wrong")
