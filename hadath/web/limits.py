"""What one request may cost the server: body size, text length, rows, query time."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

from hadath.web.problems import MEDIA_TYPE, PROBLEM_BASE

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class Limits:
    max_body_bytes: int = 1_000_000
    max_text_chars: int = 200_000
    max_page_size: int = 500  # events per page
    max_offset: int = 100_000  # deeper pages: narrow the filters instead
    max_rows: int = 1_000  # dyads, actors, places, network edges
    max_months: int = 600  # timeline buckets
    query_seconds: float = 10.0  # a store query running longer is interrupted
    db_threads: int = 2
    db_memory: str = "1GB"


class BodyLimit:
    """ASGI middleware: refuse request bodies over ``max_bytes`` before any handler reads them.

    Checks ``Content-Length`` up front and counts the bytes of chunked bodies as they arrive, so a
    client cannot stream an unbounded body either way.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def _refuse(self, scope: Scope, send: Send, size: str) -> None:
        body = json.dumps({
            "type": PROBLEM_BASE + "body-too-large", "title": "Content too large",
            "status": 413, "detail": f"the request body is {size} bytes; the limit is "
                                     f"{self.max_bytes} bytes",
            "hint": "split the text into several requests, or code large corpora with "
                    "`hadath ingest`",
            "instance": scope.get("path", ""),
        }).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", MEDIA_TYPE.encode()),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    n = int(value)
                except ValueError:
                    n = 0
                if n > self.max_bytes:
                    await self._refuse(scope, send, str(n))
                    return
        chunks: list[bytes] = []
        total = 0
        more = scope.get("method") in ("POST", "PUT", "PATCH")
        while more:
            msg = await receive()
            if msg["type"] != "http.request":
                break
            chunk = msg.get("body", b"")
            total += len(chunk)
            if total > self.max_bytes:
                await self._refuse(scope, send, f"more than {self.max_bytes}")
                return
            chunks.append(chunk)
            more = bool(msg.get("more_body", False))
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if scope.get("method") in ("POST", "PUT", "PATCH") and not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)
