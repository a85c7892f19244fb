"""PostgreSQL access: migrations, the verdict sink, the agent registry and commands (asyncpg)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from importlib import resources
from typing import Any

import asyncpg
import orjson

from agents import killswitch
from schemas.errors import Unavailable

MIGRATION_LOCK = 7_310_001


async def connect(url: str, timeout_s: float = 5.0) -> asyncpg.Connection:
    """A connection within ``timeout_s`` seconds, else Unavailable naming the cause."""
    try:
        return await asyncpg.connect(url, timeout=timeout_s)
    except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
        raise Unavailable(f"PostgreSQL not reachable within {timeout_s:.0f} s: {exc or type(exc).__name__}") from None


async def migrate(url: str) -> list[str]:
    """Apply every migration in ``ops/migrations`` not yet applied; returns the versions applied now."""
    conn = await connect(url)
    applied: list[str] = []
    try:
        await conn.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK)
        await conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                           "(version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())")
        done = {r["version"] for r in await conn.fetch("SELECT version FROM schema_migrations")}
        folder = resources.files("ops").joinpath("migrations")
        files = sorted((p for p in folder.iterdir() if p.name.endswith(".sql")), key=lambda p: p.name)
        for path in files:
            version = path.name.removesuffix(".sql")
            if version in done:
                continue
            async with conn.transaction():
                await conn.execute(path.read_text("utf-8"))
                await conn.execute("INSERT INTO schema_migrations (version) VALUES ($1)", version)
            applied.append(version)
    finally:
        await conn.execute("SELECT pg_advisory_unlock($1)", MIGRATION_LOCK)
        await conn.close()
    return applied


def _without_nul(doc: Any) -> Any:
    if isinstance(doc, str):
        return doc.replace("\x00", "\ufffd")
    if isinstance(doc, dict):
        return {_without_nul(k): _without_nul(v) for k, v in doc.items()}
    if isinstance(doc, list):
        return [_without_nul(v) for v in doc]
    return doc


def jsonb_text(doc: Any) -> str:
    """``doc`` as JSON text jsonb accepts: jsonb refuses the NUL character, which a verdict's evidence can quote
    from a payload, so a NUL there is stored as U+FFFD (the topic keeps the verdict as it was)."""
    text = orjson.dumps(doc).decode()
    return orjson.dumps(_without_nul(doc)).decode() if "\\u0000" in text else text


async def upsert_verdicts(conn: asyncpg.Connection | asyncpg.Pool, verdicts: Sequence[dict[str, Any]]) -> None:
    """Idempotent on verdict id: a replayed verdict changes nothing. Columns are stored as they are: a value
    PostgreSQL refuses there (a NUL in an entity, which ingest never lets through) fails the write."""
    await conn.executemany(
        "INSERT INTO verdicts (verdict_id, ts, entity, final_verdict, severity, category, status, doc) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb) ON CONFLICT (verdict_id) DO NOTHING",
        [(v["verdict_id"], v["ts"], v["entity"], v["final_verdict"], v["severity"], v.get("category", "NONE"),
          v.get("status", "ACTIVE"), jsonb_text(v)) for v in verdicts],
    )


async def protected_pids(conn: asyncpg.Connection | asyncpg.Pool) -> killswitch.Protected:
    """What the kill switch never registers or acts on: this process and its ancestors,
    and the VÉRTICE processes recorded in ``protected_processes`` still running on this host with their ancestors
    and descendants. (This process's own descendants may be agents: the demo registers the fleet it starts.)"""
    pids = set(killswitch.lineage(os.getpid()))
    roots = set()
    for row in await conn.fetch("SELECT pid, start_time FROM protected_processes"):
        info = killswitch.read_process(row["pid"])
        if info is not None and info.start_time == row["start_time"]:
            roots.add(info.pid)
            pids |= killswitch.lineage(info.pid)
    return killswitch.Protected(frozenset(pids), frozenset(roots))


async def protect(conn: asyncpg.Connection | asyncpg.Pool, pid: int, role: str) -> None:
    """Record ``pid`` (a worker, an executor, a server of the stack) as a process the kill switch must refuse."""
    info = killswitch.read_process(pid)
    if info is None:
        raise ProcessLookupError(f"pid {pid} ({role}) is not running")
    await conn.execute("INSERT INTO protected_processes (pid, start_time, role) VALUES ($1, $2, $3) "
                       "ON CONFLICT DO NOTHING", info.pid, info.start_time, role)


async def register_agent(conn: asyncpg.Connection | asyncpg.Pool, agent_id: str, pid: int,
                         parent_agent_id: str | None) -> dict[str, Any]:
    """Bind ``agent_id`` to the process ``pid`` now is (start time and uid), or UnsafeTarget saying why not."""
    info = killswitch.check(pid, await protected_pids(conn))
    await conn.execute(
        "INSERT INTO agents (agent_id, pid, parent_agent_id, start_time, uid) VALUES ($1, $2, $3, $4, $5) "
        "ON CONFLICT (agent_id) DO UPDATE SET pid = EXCLUDED.pid, parent_agent_id = EXCLUDED.parent_agent_id, "
        "start_time = EXCLUDED.start_time, uid = EXCLUDED.uid, credentials_revoked = false",
        agent_id, pid, parent_agent_id, info.start_time, info.uid)
    return {"agent_id": agent_id, "pid": pid, "parent_agent_id": parent_agent_id, "start_time": info.start_time,
            "uid": info.uid}


async def remember(conn: asyncpg.Connection | asyncpg.Pool, memories: Sequence[Any]) -> None:
    """Upsert B-cell memories: a repeat raises detections and refreshes last_seen and the lifespan."""
    await conn.executemany(
        "INSERT INTO b_cell_memory (fingerprint, rule_id, field, literal, category, affinity) "
        "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (fingerprint) DO UPDATE SET detections = "
        "b_cell_memory.detections + 1, last_seen = now(), expires_at = now() + interval '365 days', "
        "affinity = greatest(b_cell_memory.affinity, EXCLUDED.affinity)",
        [(m.fingerprint, m.rule_id, m.field, m.literal, m.category, m.affinity) for m in memories])


async def record_feedback(conn: asyncpg.Connection | asyncpg.Pool, rule_ids: Sequence[int],
                          false_positive: bool) -> None:
    """One operator feedback on each learned reflex in ``rule_ids``; false positives count toward retirement."""
    await conn.execute("UPDATE b_cell_memory SET feedbacks = feedbacks + 1, "
                       "false_positives = false_positives + $2 WHERE rule_id = ANY($1::integer[])",
                       list(rule_ids), int(false_positive))


async def living_memories(conn: asyncpg.Connection | asyncpg.Pool) -> list[dict[str, Any]]:
    from agents.bcell import RETIREMENT_SQL

    rows = await conn.fetch("SELECT fingerprint, rule_id, field, literal, affinity FROM b_cell_memory WHERE "  # noqa: S608
                            + RETIREMENT_SQL + " ORDER BY rule_id")
    return [dict(r) for r in rows]
