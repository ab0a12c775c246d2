"""Errors as RFC 9457 problem details: ``{type, title, status, detail}`` plus useful extras.

Every error the API returns goes through :func:`problem`, so clients can rely on one shape and
on ``application/problem+json``. ``type`` is a stable URI naming the kind of problem; the
``detail`` says what was wrong with *this* request and, where it helps, a ``hint`` says what to do.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from hadath.errors import HadathError

PROBLEM_BASE = "https://hadath.invalid/problems/"  # stable names, not fetched by anyone
MEDIA_TYPE = "application/problem+json"

log = logging.getLogger("hadath.web")

TITLES = {
    400: "Bad request", 404: "Not found", 405: "Method not allowed", 413: "Content too large",
    415: "Unsupported media type", 422: "Invalid request", 500: "Internal server error",
    503: "Service unavailable", 504: "Query took too long",
}


class ProblemError(Exception):
    """Raised by handlers; becomes a problem-details response."""

    def __init__(self, status: int, kind: str, detail: str, *, hint: str | None = None,
                 title: str | None = None, **extra: Any) -> None:
        super().__init__(detail)
        self.status = status
        self.kind = kind
        self.detail = detail
        self.hint = hint
        self.title = title or TITLES.get(status, "Error")
        self.extra = extra


def problem(status: int, kind: str, detail: str, *, title: str | None = None,
            hint: str | None = None, instance: str | None = None, **extra: Any) -> JSONResponse:
    body: dict[str, Any] = {"type": PROBLEM_BASE + kind,
                            "title": title or TITLES.get(status, "Error"),
                            "status": status, "detail": detail}
    if instance:
        body["instance"] = instance
    if hint:
        body["hint"] = hint
    body.update(extra)
    return JSONResponse(body, status_code=status, media_type=MEDIA_TYPE)


def _where(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path")]
    return ".".join(parts) or "body"


def install(app: FastAPI) -> None:
    """Route every error (ours, FastAPI's validation, Starlette's 404/405, bugs) to problems."""

    @app.exception_handler(ProblemError)
    async def _problem(request: Request, exc: ProblemError) -> JSONResponse:
        return problem(exc.status, exc.kind, exc.detail, title=exc.title, hint=exc.hint,
                       instance=request.url.path, **exc.extra)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"field": _where(e.get("loc", ())), "message": str(e.get("msg", ""))}
                  for e in exc.errors()]
        if any(e.get("type") == "missing" and tuple(e.get("loc", ())) == ("body",)
               for e in exc.errors()):
            detail = "the request has no body: send a JSON object such as {\"text\": \"…\"}"
        elif any(e.get("type") == "json_invalid" for e in exc.errors()):
            detail = "the request body is not valid JSON"
        else:
            detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors)
        return problem(422, "invalid-request", detail, instance=request.url.path,
                       errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else TITLES.get(exc.status_code, "")
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"nothing at {request.url.path}; the API is under /v1 (see /docs)"
        if exc.status_code == 405:
            detail = f"{request.method} is not allowed on {request.url.path}"
        return problem(exc.status_code, "http-" + str(exc.status_code), detail,
                       instance=request.url.path)

    @app.exception_handler(HadathError)
    async def _hadath(request: Request, exc: HadathError) -> JSONResponse:
        return problem(503, "store-unavailable" if exc.code.startswith("E4") else "hadath-error",
                       exc.message, hint=exc.hint, instance=request.url.path, code=exc.code)

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s", request.url.path)
        return problem(500, "internal-error",
                       f"hadath failed on this request ({type(exc).__name__})",
                       hint="report it as a hadath bug, with the request",
                       instance=request.url.path)
