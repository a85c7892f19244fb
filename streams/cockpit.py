"""The operators' cockpit: the page at ``/``, its static assets, and the few read endpoints only it needs.

The page is plain HTML, CSS and JavaScript modules shipped as package data (no build step). Every cockpit
response carries a Content-Security-Policy that allows scripts, styles and connections from this origin only.
"""

from __future__ import annotations

import re
import time
from importlib import resources
from typing import Any

from agents import killswitch
from streams.metrics import PipelineMetrics
from streams.resources import Database

ASSETS = resources.files("streams") / "cockpit_ui"
CONTENT_TYPES = {".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml"}
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                               "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
# what the executor does per command type (REVOKE_ACCESS flips the registry's credentials flag, in software)
LAYERS = {**{kind: list(layers) for kind, layers in killswitch.LAYERS_FOR.items()}, "REVOKE_ACCESS": ["SOFTWARE"]}
ASSET_NAME = re.compile(r"[a-z][a-z0-9_-]{0,63}\.(html|js|css|svg)")
STATES = {"running", "sleeping", "disk-sleep", "idle", "waking"}


def asset(name: str) -> tuple[bytes, str] | None:
    """(bytes, content type) of one shipped asset; None for anything not in the folder (no paths, no dotfiles)."""
    if not ASSET_NAME.fullmatch(name):
        return None
    suffix = name[name.rfind("."):]
    path = ASSETS / name
    if not path.is_file():
        return None
    return path.read_bytes(), CONTENT_TYPES[suffix]


def process_state(pid: int) -> str:
    """What the operating system says of a registered process: running, stopped, zombie or gone."""
    import psutil

    try:
        status = psutil.Process(pid).status()
    except (psutil.NoSuchProcess, psutil.AccessDenied, ValueError):
        return "gone"
    if status in STATES:
        return "running"
    return "stopped" if status in ("stopped", "tracing-stop") else "zombie" if status == "zombie" else str(status)


def agent_rows(rows: list[Any]) -> list[dict[str, Any]]:
    return [{"agent_id": r["agent_id"], "pid": r["pid"], "parent_agent_id": r["parent_agent_id"],
             "credentials_revoked": r["credentials_revoked"], "state": process_state(r["pid"])} for r in rows]


def counters(metrics: PipelineMetrics) -> dict[str, Any]:
    """Monotonic counts the page turns into rates: events ingested and verdicts by final verdict."""
    verdicts = {s.labels["final_verdict"]: s.value for m in metrics.verdicts.collect() for s in m.samples
                if s.name.endswith("_total")}
    events = next(s.value for m in metrics.events.collect() for s in m.samples if s.name.endswith("_total"))
    return {"ts": time.time(), "events": events, "verdicts": verdicts}


def register(app: Any, metrics: PipelineMetrics, database: Database) -> None:
    from aiohttp import web

    from schemas.errors import AuditChainBroken
    from streams.adapters import audit

    def send(body: bytes, content_type: str) -> Any:
        return web.Response(body=body, content_type=content_type, charset="utf-8", headers=SECURITY_HEADERS)

    def send_json(doc: Any, status: int = 200) -> Any:
        return web.json_response(doc, status=status, headers=SECURITY_HEADERS)

    @web.middleware
    async def index_first(request: Any, handler: Any) -> Any:
        # Faust's production blueprint owns "/" with a placeholder; the cockpit answers it first
        if request.path == "/" and request.method in ("GET", "HEAD"):
            found = asset("index.html")
            return send(*found) if found else send_json({"error": "the cockpit is missing from this install"}, 500)
        return await handler(request)

    async def static(request: Any) -> Any:
        found = asset(request.match_info["name"])
        return send(*found) if found else send_json({"error": "no such asset"}, 404)

    async def agents(request: Any) -> Any:
        rows = await database.fetch("SELECT agent_id, pid, parent_agent_id, credentials_revoked FROM agents "
                                     "ORDER BY agent_id LIMIT 2000")
        return send_json({"agents": agent_rows(rows), "layers": LAYERS})

    async def chain(request: Any) -> Any:
        async with (await database.pool()).acquire() as conn:
            try:
                records = await audit.verify(conn)
            except AuditChainBroken as exc:
                return send_json({"ok": False, "detail": str(exc)})
        return send_json({"ok": True, "records": records})

    async def rates(request: Any) -> Any:
        return send_json(counters(metrics))

    app.web.web_app.middlewares.append(index_first)
    router = app.web.web_app.router
    router.add_get("/api/v1/cockpit/agents", agents)
    router.add_get("/api/v1/cockpit/audit-chain", chain)
    router.add_get("/api/v1/cockpit/counters", rates)
    router.add_get("/cockpit/{name}", static)
