"""The tamper-evident audit log: a SHA-256 hash chain in PostgreSQL, appended under one lock."""

from __future__ import annotations

import hashlib
import time
from typing import Any

import asyncpg
import orjson

from schemas.errors import AuditChainBroken

GENESIS = "0" * 64
APPEND_LOCK = 7_310_002


def record_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    """SHA-256 over the previous hash and the record's canonical JSON (sorted keys, no spaces)."""
    return hashlib.sha256(prev_hash.encode("ascii") + orjson.dumps(fields, option=orjson.OPT_SORT_KEYS)).hexdigest()


def _fields(seq: int, ts: float, command_id: str, agent_id: str | None, action: str, layer: str | None,
            outcome: str, detail: str) -> dict[str, Any]:
    return {"seq": seq, "ts": ts, "command_id": command_id, "agent_id": agent_id, "action": action,
            "layer": layer, "outcome": outcome, "detail": detail}


async def append(conn: asyncpg.Connection, *, command_id: str, agent_id: str | None, action: str,
                 layer: str | None, outcome: str, detail: dict[str, Any], ts: float | None = None) -> dict[str, Any]:
    """Append one record; inserts are serialised by a transaction-scoped advisory lock."""
    detail_text = orjson.dumps(detail, option=orjson.OPT_SORT_KEYS).decode()
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock($1)", APPEND_LOCK)
        last = await conn.fetchrow("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
        seq, prev_hash = (last["seq"] + 1, last["hash"]) if last else (1, GENESIS)
        fields = _fields(seq, time.time() if ts is None else ts, command_id, agent_id, action, layer, outcome,
                         detail_text)
        digest = record_hash(prev_hash, fields)
        await conn.execute(
            "INSERT INTO audit_log (seq, ts, command_id, agent_id, action, layer, outcome, detail, prev_hash, hash) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            seq, fields["ts"], command_id, agent_id, action, layer, outcome, detail_text, prev_hash, digest)
    return {**fields, "prev_hash": prev_hash, "hash": digest}


async def head(conn: asyncpg.Connection) -> tuple[int, str] | None:
    row = await conn.fetchrow("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
    return (int(row["seq"]), str(row["hash"])) if row else None


async def verify(conn: asyncpg.Connection, anchors: list[tuple[int, str]] | None = None) -> int:
    """Walk the chain and check it against the anchors published to NATS; returns the number of records, or
    raises AuditChainBroken naming the first bad one."""
    anchored = dict(anchors or [])
    prev_hash = GENESIS
    expected_seq = 1
    count = 0
    async with conn.transaction():
        async for row in conn.cursor("SELECT * FROM audit_log ORDER BY seq"):
            if row["seq"] != expected_seq:
                raise AuditChainBroken(expected_seq, f"missing (next present is {row['seq']})")
            if row["prev_hash"] != prev_hash:
                raise AuditChainBroken(row["seq"], "prev_hash does not match the previous record")
            fields = _fields(row["seq"], row["ts"], row["command_id"], row["agent_id"], row["action"], row["layer"],
                             row["outcome"], row["detail"])
            if record_hash(prev_hash, fields) != row["hash"]:
                raise AuditChainBroken(row["seq"], "content does not match its hash")
            if row["seq"] in anchored and anchored.pop(row["seq"]) != row["hash"]:
                raise AuditChainBroken(row["seq"], "does not match the hash anchored in NATS (the log was rewritten)")
            prev_hash = row["hash"]
            expected_seq += 1
            count += 1
    if anchored:
        missing = min(anchored)
        raise AuditChainBroken(missing, "anchored in NATS but missing from the table (the log was truncated)")
    return count
