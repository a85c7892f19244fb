"""Runs last: it tampers with the audit log of the session's stack."""

from __future__ import annotations

import asyncpg
import pytest
from click.testing import CliRunner

from ops.cli import main
from streams.adapters import audit
from tests.integration.conftest import LiveStack, on_postgres


def verify(live: LiveStack, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    for var, value in live.env.items():
        monkeypatch.setenv(var, value)
    result = CliRunner().invoke(main, ["audit", "verify"])
    return result.exit_code, result.output


def test_editing_one_row_is_detected(live: LiveStack, monkeypatch: pytest.MonkeyPatch) -> None:
    code, output = verify(live, monkeypatch)
    assert code == 0, output
    assert "NATS anchors match" in output and " 0 NATS anchors" not in output

    async def tamper(conn: asyncpg.Connection) -> None:
        with pytest.raises(asyncpg.PostgresError, match="append-only"):
            await conn.execute("UPDATE audit_log SET outcome = 'SUCCESS' WHERE seq = 2")
        with pytest.raises(asyncpg.PostgresError, match="append-only"):
            await conn.execute("TRUNCATE audit_log")
        await conn.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update")
        await conn.execute("UPDATE audit_log SET detail = '{}' WHERE seq = 2")
        await conn.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update")

    on_postgres(live.urls.postgres, tamper)
    code, output = verify(live, monkeypatch)
    assert code == 1
    assert "audit record 2: content does not match its hash" in output


def test_rewriting_the_whole_chain_is_caught_by_the_nats_anchors(live: LiveStack,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    async def rewrite(conn: asyncpg.Connection) -> None:
        """A consistent forgery: every record rehashed, so the table alone verifies."""
        rows = await conn.fetch("SELECT * FROM audit_log ORDER BY seq")
        await conn.execute("ALTER TABLE audit_log DISABLE TRIGGER USER")
        await conn.execute("DELETE FROM audit_log")
        prev = audit.GENESIS
        for row in rows:
            fields = {k: row[k] for k in ("seq", "ts", "command_id", "agent_id", "action", "layer", "outcome",
                                           "detail")}
            fields["detail"] = '{"detail": "nothing happened"}'
            digest = audit.record_hash(prev, fields)
            await conn.execute(
                "INSERT INTO audit_log (seq, ts, command_id, agent_id, action, layer, outcome, detail, prev_hash, "
                "hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)", *fields.values(), prev, digest)
            prev = digest
        await conn.execute("ALTER TABLE audit_log ENABLE TRIGGER USER")
        assert await audit.verify(conn) == len(rows)  # the table on its own is fooled

    on_postgres(live.urls.postgres, rewrite)
    code, output = verify(live, monkeypatch)
    assert code == 1
    assert "does not match the hash anchored in NATS" in output
