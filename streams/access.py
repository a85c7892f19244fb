"""Who may call the worker's HTTP API: the one place that decides, for every route, which key it needs.

Two bearer keys: ``VERTICE_READ_KEY`` reads, ``VERTICE_API_KEY`` (the operator's) reads and changes. A route not
listed in ``OPEN_PATHS`` needs the read scope for GET (and for the POSTs in ``READ_POSTS``, which change nothing)
and the operator scope for every other method, so an endpoint added later is closed until someone opens it.
With no key configured nothing but the open paths answers (401).
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from schemas.errors import InvalidRequest
from schemas.settings import Settings

log = logging.getLogger(__name__)

READ, OPERATE = "read", "operate"
# aggregates for probes and Prometheus: no entity, payload, id or key in any of them
OPEN_PATHS = frozenset({"/health", "/metrics", "/status", "/api/v1/health", "/openapi.json"})
# the cockpit's page and its static assets (streams/cockpit.py): markup and code, no telemetry; the page then asks
# for a key to read anything
PAGE, PAGE_ASSETS = "/", "/cockpit/"
READ_POSTS = frozenset({"/extract_iocs"})
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# browsers cannot set headers on a WebSocket: they offer ["vertice", "bearer.<key>"] as subprotocols instead
WS_PROTOCOL = "vertice"
WS_BEARER_PREFIX = "bearer."


def credential(headers: Mapping[str, str]) -> str | None:
    """The bearer key a request carries: ``Authorization: Bearer <key>``, else a ``bearer.<key>`` WebSocket
    subprotocol. Never a URL query: URLs end up in access logs and browser history."""
    header = headers.get("Authorization")
    if header is not None:
        scheme, _, key = header.partition(" ")
        return key.strip() if scheme.lower() == "bearer" and key.strip() else None
    for protocol in headers.get("Sec-WebSocket-Protocol", "").split(","):
        protocol = protocol.strip()
        if protocol.startswith(WS_BEARER_PREFIX) and len(protocol) > len(WS_BEARER_PREFIX):
            return protocol[len(WS_BEARER_PREFIX):]
    return None


def _same(given: str, key: str) -> bool:
    return bool(key) and hmac.compare_digest(given.encode("utf-8", "surrogatepass"), key.encode())


def scope_of(settings: Settings, key: str | None) -> str | None:
    """The scope ``key`` grants, compared in constant time; None for no key or an unknown one."""
    if not key:
        return None
    if _same(key, settings.api_key.reveal()):
        return OPERATE
    if _same(key, settings.read_key.reveal()):
        return READ
    return None


def required_scope(method: str, path: str) -> str | None:
    """The scope a request needs; None for the open paths."""
    if path in OPEN_PATHS or (method.upper() in READ_METHODS and (path == PAGE or path.startswith(PAGE_ASSETS))):
        return None
    return READ if method.upper() in READ_METHODS or path in READ_POSTS else OPERATE


def refusal(settings: Settings, method: str, path: str, headers: Mapping[str, str]) -> tuple[int, str] | None:
    """(status, reason) when the request may not proceed: 401 without a known key, 403 with a read key where the
    operator's is needed; None when it may."""
    needed = required_scope(method, path)
    if needed is None:
        return None
    granted = scope_of(settings, credential(headers))
    if granted is None:
        return 401, "a key is required: Authorization: Bearer <VERTICE_READ_KEY or VERTICE_API_KEY>"
    if needed == OPERATE and granted != OPERATE:
        return 403, "this key may only read; changes need the operator key (VERTICE_API_KEY)"
    return None


Handler = Callable[[Any], Awaitable[Any]]


def middleware(settings: Settings) -> Callable[[Any, Handler], Awaitable[Any]]:
    """aiohttp middleware: the key check before every routed request; a handler's ``InvalidRequest`` becomes its
    4xx with the reason, and a database's refusal of a value (which only input causes) 400 instead of 500."""
    import asyncpg
    from aiohttp import web

    @web.middleware
    async def guard(request: Any, handler: Handler) -> Any:
        unrouted = request.match_info.http_exception
        if unrouted is not None:  # 404 or 405 (with its Allow header) before any key check, as JSON like the rest
            allow = {"Allow": unrouted.headers["Allow"]} if "Allow" in unrouted.headers else None
            return web.json_response({"error": unrouted.reason}, status=unrouted.status, headers=allow)
        refused = refusal(settings, request.method, request.path, request.headers)
        if refused is not None:
            status, reason = refused
            headers = {"WWW-Authenticate": 'Bearer realm="vertice"'} if status == 401 else None
            return web.json_response({"error": reason}, status=status, headers=headers)
        try:
            return await handler(request)
        except InvalidRequest as exc:
            return web.json_response({"error": exc.reason}, status=exc.status)
        except (asyncpg.DataError, UnicodeError) as exc:
            log.warning("request %s %s refused by the database: %s", request.method, request.path,
                        type(exc).__name__)
            return web.json_response({"error": f"invalid input: {type(exc).__name__}"}, status=400)

    return guard


def json_parse_errors() -> None:
    """aiohttp answers a request its parser refuses (a request line or header over 8 KiB, a malformed one) with a
    text/plain 4xx before any middleware runs; the API's errors are JSON, so these are too (aiohttp's message,
    bounded, which may quote the input: JSON-escaped)."""
    from http import HTTPStatus

    from aiohttp import web, web_protocol

    original = web_protocol.RequestHandler.handle_error
    if getattr(original, "json_errors", False):
        return

    def handle_error(self: Any, request: Any, status: int = 500, exc: BaseException | None = None,
                     message: str | None = None) -> Any:
        response = original(self, request, status, exc, message)  # logs, and refuses once a response began
        if 400 <= status < 500:
            response = web.json_response({"error": (message or HTTPStatus(status).phrase)[:200]}, status=status)
            response.force_close()
        return response

    handle_error.json_errors = True  # type: ignore[attr-defined]
    web_protocol.RequestHandler.handle_error = handle_error  # type: ignore[method-assign]


def install(app: Any, settings: Settings) -> None:
    """Put the key check in front of every route of the Faust app's web server (before it starts)."""
    json_parse_errors()
    app.web.web_app.middlewares.append(middleware(settings))
