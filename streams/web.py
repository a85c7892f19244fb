"""The worker's HTTP endpoints: health, status, Prometheus metrics, the agent registry and commands; the input
checks every endpoint shares (a capped body, strict JSON, ids and integers); keys are streams.access's."""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from agents.neuromodulation import Neuromodulators
from schemas.errors import InvalidRequest, UnsafeTarget
from schemas.settings import Settings
from streams import faust_compat
from streams.intake import BatchConsumer
from streams.metrics import PipelineMetrics
from streams.resources import Database, Resources
from streams.state import WorkerState

VERSION = "0.1.0"
OPENAPI = Path(__file__).resolve().parent.parent / "schemas" / "json" / "openapi.v1.json"
MAX_BODY_BYTES = 64 * 1024
MAX_JSON_DEPTH = 32
MAX_ID_CHARS = 256
PID_MAX = 4_194_304  # Linux's PID_MAX_LIMIT: no process id is larger
INT64 = 2**63
_ASCII_INT = re.compile(r"[0-9]{1,18}")
# C0/C1 controls and lone surrogates: PostgreSQL refuses NUL, NATS and logs misread the rest
_UNSAFE_TEXT = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def log_ends(listed: Mapping[Any, int], fetched: Callable[[Any], int | None]) -> dict[Any, int]:
    """Each partition's log end: the later of the one ListOffsets reports and the one the last fetch carried.
    Tansu's ListOffsets answers one past the first record of a partition's last produce batch (the fetch's
    watermark is right), so the listed end alone under-reports the lag by up to a batch; on Kafka the fetched
    one is at most a poll old, and the listed one is the fresher."""
    ends = {}
    for tp, end in listed.items():
        seen = fetched(tp)
        ends[tp] = end if seen is None else max(end, seen)
    return ends


def consumer_lag(highwaters: Mapping[Any, int], positions: Mapping[Any, int | None]) -> dict[str, int]:
    """Messages not yet processed per ``topic:partition``: the log end minus the next offset to process."""
    return {f"{tp.topic}:{tp.partition}": max(0, end - (positions.get(tp) or 0)) for tp, end in highwaters.items()}


def validate_agent(body: Any) -> tuple[str, int, str | None]:
    if not isinstance(body, dict):
        raise InvalidRequest("body must be a JSON object")
    agent_id = text_param(body.get("agent_id"), "agent_id")
    assert agent_id is not None
    pid = body.get("pid")
    if not isinstance(pid, int) or isinstance(pid, bool) or not 1 < pid <= PID_MAX:
        raise InvalidRequest(f"pid must be an integer in 2..{PID_MAX}")
    parent = text_param(body.get("parent_agent_id"), "parent_agent_id", required=False)
    return agent_id, pid, parent


MAX_TARGETS = 64


def validate_command_request(body: Any) -> dict[str, Any]:
    """The operator's fields of a command; the server adds ids, timestamps and the signature."""
    from agents.commands import COMMAND_TYPES

    if not isinstance(body, dict):
        raise InvalidRequest("body must be a JSON object")
    command_type, targets = body.get("command_type"), body.get("targets")
    if command_type not in COMMAND_TYPES:
        raise InvalidRequest(f"command_type must be one of {', '.join(COMMAND_TYPES)}")
    if not isinstance(targets, list) or not 0 < len(targets) <= MAX_TARGETS:
        raise InvalidRequest(f"targets must be a list of 1..{MAX_TARGETS} agent ids")
    for target in targets:
        text_param(target, "each target")  # any printable id: streams.adapters.commandbus encodes it as a subject token
    parameters = body.get("parameters", {})
    if not isinstance(parameters, dict):
        raise InvalidRequest("parameters must be an object")
    deadline_s = body.get("deadline_s", 30)
    if not isinstance(deadline_s, int | float) or isinstance(deadline_s, bool) or not 0 < deadline_s <= 3600:
        raise InvalidRequest("deadline_s must be a number of seconds in (0, 3600]")
    command_id = text_param(body.get("command_id"), "command_id", required=False, max_chars=128)
    return {"command_type": command_type, "targets": targets, "parameters": parameters,
            "deadline_s": float(deadline_s), "command_id": command_id}


MAX_PAGE = 500
MAX_OFFSET = 10**9


def page_of(query: Mapping[str, str]) -> tuple[int, int]:
    """``?limit=`` (1..500, default 100) and ``?offset=`` of a list endpoint."""
    return (int_param(query.get("limit"), "limit", 100, 1, MAX_PAGE),
            int_param(query.get("offset"), "offset", 0, 0, MAX_OFFSET))


def paged(name: str, rows: list[Any], limit: int, offset: int) -> dict[str, Any]:
    """One page of ``rows`` (fetched with one extra to know whether another page follows)."""
    more = len(rows) > limit
    return {name: rows[:limit], "limit": limit, "offset": offset, "next_offset": offset + limit if more else None}


async def read_body(request: Any, limit: int = MAX_BODY_BYTES) -> bytes:
    """The body, read from the stream with a cap on the bytes actually received: a chunked body (no
    Content-Length) is cut off at ``limit`` like a declared one."""
    if request.content_length is not None and request.content_length > limit:
        raise InvalidRequest(f"body over {limit} bytes", 413)
    chunks: list[bytes] = []
    size = 0
    while chunk := await request.content.read(min(65536, limit + 1)):
        size += len(chunk)
        if size > limit:
            raise InvalidRequest(f"body over {limit} bytes", 413)
        chunks.append(chunk)
    return b"".join(chunks)


def _int64(literal: str) -> int:
    # checked on the literal: int() of a 60,000-digit one is itself slow, and no field takes more than 64 bits
    value = int(literal) if len(literal) <= 20 else INT64
    if not -INT64 <= value < INT64:
        raise InvalidRequest("body has an integer outside the 64-bit range")
    return value


def _finite(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        raise InvalidRequest("body has a number beyond a double's range")
    return value


def _no_constant(name: str) -> Any:
    raise InvalidRequest(f"body has {name}, which is not JSON")


def check_json(value: Any, what: str = "body", max_depth: int = MAX_JSON_DEPTH) -> None:
    """Refuse what parsed but cannot be stored or re-encoded: nesting over ``max_depth``, NUL or a lone
    surrogate in a string or key (PostgreSQL's jsonb and UTF-8 refuse them). Iterative: depth cannot blow the
    stack."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > max_depth:
            raise InvalidRequest(f"{what} is nested deeper than {max_depth} levels")
        if isinstance(item, dict):
            stack.extend((key, depth) for key in item)
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
        elif isinstance(item, str) and _UNSTORABLE.search(item):
            raise InvalidRequest(f"{what} has a NUL character or a lone surrogate in a string")


async def json_body(request: Any) -> Any:
    """The request's JSON body: strict UTF-8, integers within 64 bits, finite numbers, checked by ``check_json``.
    (orjson would silently turn an integer above 2^64 into a float.)"""
    import json

    raw = await read_body(request)
    try:
        document = json.loads(raw.decode("utf-8"), parse_int=_int64, parse_float=_finite,
                              parse_constant=_no_constant)
    except UnicodeDecodeError:
        raise InvalidRequest("body is not UTF-8") from None
    except InvalidRequest:
        raise
    except ValueError as exc:
        raise InvalidRequest(f"body is not JSON: {exc}") from None
    except RecursionError:
        raise InvalidRequest(f"body is nested deeper than {MAX_JSON_DEPTH} levels") from None
    check_json(document)
    return document


def text_param(value: Any, name: str, *, required: bool = True, max_chars: int = MAX_ID_CHARS) -> str | None:
    """A string id or filter from a path, a query or a body: no control characters, no lone surrogates."""
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value:
        raise InvalidRequest(f"{name} must be a non-empty string")
    if len(value) > max_chars:
        raise InvalidRequest(f"{name} must be at most {max_chars} characters")
    if _UNSAFE_TEXT.search(value):
        raise InvalidRequest(f"{name} must not contain control characters or lone surrogates")
    return value


def int_param(raw: str | None, name: str, default: int, low: int, high: int) -> int:
    """A query integer in ``low..high`` written in ASCII digits (``int()`` would also take '³' or '١٢')."""
    if raw is None or raw == "":
        return default
    if not _ASCII_INT.fullmatch(raw) or not low <= int(raw) <= high:
        raise InvalidRequest(f"{name} must be an integer in {low}..{high}")
    return int(raw)


def register(app: Any, settings: Settings, metrics: PipelineMetrics, state: WorkerState,
             resources: Resources, consumers: Sequence[BatchConsumer] = ()) -> None:
    """The worker's own endpoints: operations (health, status, metrics) and the agent registry and commands;
    /status shows the partitions of Faust's consumer and of the batch ``consumers``."""
    register_operations(app, settings, metrics, state, resources, consumers)
    register_agents(app, resources.database)
    register_commands(app, settings, resources)


def register_operations(app: Any, settings: Settings, metrics: PipelineMetrics, state: WorkerState,
                        resources: Resources, consumers: Sequence[BatchConsumer] = ()) -> None:
    async def health(web: Any, request: Any) -> Any:
        """The one health check: every component, each answering what a client needs within a short timeout,
        and this worker's output leaving."""
        components = await resources.check(settings)
        state.record_checks(components, time.time())
        healthy = all(ok for ok, _ in components.values())
        return web.json({"status": "healthy" if healthy else "degraded", "version": VERSION,
                         **{f"{name}_connected": ok for name, (ok, _) in components.items() if name != "output"},
                         "components": state.checked}, status=200 if healthy else 503)

    app.page("/health")(health)
    app.page("/api/v1/health")(health)  # the path the verdict API documented first: the same check

    openapi_document = OPENAPI.read_bytes()

    @app.page("/openapi.json")
    async def openapi(web: Any, request: Any) -> Any:
        return web.bytes(openapi_document, content_type="application/json")

    @app.page("/metrics")
    async def prometheus(web: Any, request: Any) -> Any:
        return web.bytes(generate_latest(metrics.registry), content_type=CONTENT_TYPE_LATEST.split(";")[0])

    def fetched_end(tp: Any) -> int | None:
        try:
            return app.consumer.highwater(tp)  # type: ignore[no-any-return]
        except AssertionError:  # revoked since the assignment was read: aiokafka asserts it is assigned
            return None

    @app.page("/status")
    async def status(web: Any, request: Any) -> Any:
        assigned = sorted(app.consumer.assignment())
        consumed = [tp for tp in assigned if not tp.topic.endswith("-changelog")]  # changelogs are read on recovery
        highwaters = log_ends(await app.consumer.highwaters(*consumed) if consumed else {}, fetched_end)
        positions = faust_compat.committed_offsets(app, consumed)
        names = [f"{tp.topic}:{tp.partition}" for tp in assigned]
        lag = consumer_lag(highwaters, positions)
        for batch in consumers:
            batch_names, batch_lag = batch.status()
            names += batch_names
            lag.update(batch_lag)
        levels = Neuromodulators.from_dict(state.global_state.get("neuromodulators")).levels()
        return web.json({"version": VERSION, "components": state.checked,
                         "assigned_partitions": names, "consumer_lag": lag,
                         "queue_depth": faust_compat.queue_depths(app),
                         "cortex_provider": [state.cortex_provider],
                         "temperature_celsius": round(state.temperature.celsius, 2),
                         "immune_state": state.temperature.state, "neuromodulation": levels})

    @app.page("/hpc/anomalies")
    async def hpc_anomalies(web: Any, request: Any) -> Any:
        count = int_param(request.query.get("limit"), "limit", 50, 1, 200)
        return web.json({"anomalies": list(state.anomalies)[:count]})


def register_agents(app: Any, database: Database) -> None:
    import faust

    from agents import ioc
    from streams.adapters import db

    query = database.fetch

    @app.page("/extract_iocs")
    class ExtractIocs(faust.web.View):
        async def post(self, request: Any) -> Any:
            return self.json({"iocs": ioc.extract(await json_body(request))})

    @app.page("/api/v1/agents")
    class Agents(faust.web.View):
        async def get(self, request: Any) -> Any:
            limit, offset = page_of(request.query)
            rows = await query("SELECT agent_id, pid, start_time, uid, parent_agent_id, credentials_revoked, "
                               "extract(epoch FROM registered_at) AS registered_at FROM agents "
                               "ORDER BY registered_at DESC, agent_id LIMIT $1 OFFSET $2", limit + 1, offset)
            return self.json(paged("agents", [dict(r) for r in rows], limit, offset))

        async def post(self, request: Any) -> Any:
            agent_id, pid, parent = validate_agent(await json_body(request))
            try:
                registered = await db.register_agent(await database.pool(), agent_id, pid, parent)
            except UnsafeTarget as exc:  # a process the kill switch must never act on
                raise InvalidRequest(str(exc)) from None
            return self.json(registered, status=201)



def register_commands(app: Any, settings: Settings, resources: Resources) -> None:
    import faust
    import orjson

    from agents import commands
    from streams import commanding

    database, bus = resources.database, resources.bus
    query = database.fetch

    @app.page("/api/v1/commands")
    class Commands(faust.web.View):
        async def post(self, request: Any) -> Any:
            fields = validate_command_request(await json_body(request))
            now = time.time()
            command = commands.build(
                command_type=fields["command_type"], targets=fields["targets"], issuer="operator",
                incident_id=f"operator-{now}", now=now, deadline_s=fields["deadline_s"],
                key=settings.command_signing_key.reveal().encode(), parameters=fields["parameters"],
                command_id=fields["command_id"])
            fresh, stored = await commanding.accept(await database.pool(), command)
            if not fresh:
                assert stored is not None
                if any(stored.get(f) != command[f] for f in ("command_type", "targets", "parameters")):
                    return self.json({"error": f"command {command['command_id']} already exists with other fields"},
                                     status=409)
                command = stored  # a retry: the same answer as the first time
            url = f"/api/v1/commands/{command['command_id']}"
            return self.json({**command, "status_url": url}, status=202, headers={"Location": url})

        async def get(self, request: Any) -> Any:
            limit, offset = page_of(request.query)
            rows = await query("SELECT command_id, command_type, status, doc, confirmation, "
                               "extract(epoch FROM received_at) AS received_at FROM commands "
                               "ORDER BY received_at DESC, command_id LIMIT $1 OFFSET $2", limit + 1, offset)
            items = [{"command_id": r["command_id"], "command_type": r["command_type"], "status": r["status"],
                      "received_at": r["received_at"], "targets": orjson.loads(r["doc"]).get("targets", []),
                      "confirmation": orjson.loads(r["confirmation"]) if r["confirmation"] else None} for r in rows]
            return self.json(paged("commands", items, limit, offset))

    @app.page("/api/v1/commands/{command_id}")
    class CommandStatus(faust.web.View):
        async def get(self, request: Any, command_id: str) -> Any:
            text_param(command_id, "command_id", max_chars=128)
            rows = await query("SELECT status, doc, confirmation FROM commands WHERE command_id = $1", command_id)
            if rows:
                row = rows[0]
                return self.json({"command_id": command_id, "status": row["status"],
                                  "command": orjson.loads(row["doc"]),
                                  "confirmation": orjson.loads(row["confirmation"]) if row["confirmation"] else None})
            if command_id in bus.pending:
                return self.json({"command_id": command_id, "status": "PENDING", "command": bus.pending[command_id],
                                  "confirmation": None})
            return self.json({"error": "no such command"}, status=404)

    @app.page("/api/v1/audits")
    class Audits(faust.web.View):
        async def get(self, request: Any) -> Any:
            command_id = text_param(request.query.get("command_id"), "command_id", required=False, max_chars=128)
            limit = int_param(request.query.get("limit"), "limit", 100, 1, 500)
            rows = await query("SELECT * FROM audit_log WHERE ($1::text IS NULL OR command_id = $1) "
                               "ORDER BY seq DESC LIMIT $2", command_id, limit)
            return self.json({"records": [dict(r) for r in rows]})
