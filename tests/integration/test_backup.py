"""Back up, wipe everything, restore into a fresh stack: the counts come back and the audit chain verifies,
NATS anchors included."""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from click.testing import CliRunner

from ops import stack
from ops.cli import main
from streams.adapters import audit, commandbus, db
from tests.integration.conftest import on_postgres

COUNTED = ("verdicts", "agents", "audit_log", "b_cell_memory")


async def seed_rows(conn: asyncpg.Connection) -> Any:
    """Rows in every backed-up table; the audit chain's head."""
    await conn.execute("INSERT INTO agents (agent_id, pid, start_time, uid) VALUES ('agent-1', 4242, 1, 0)")
    await db.upsert_verdicts(conn, [{"verdict_id": f"v-{i}", "ts": float(i), "entity": "e", "final_verdict":
                                     "MALICIOUS", "severity": "HIGH", "category": "THREAT"} for i in range(5)])
    for i in range(4):
        await audit.append(conn, command_id=f"c-{i}", agent_id="agent-1", action="MUTE", layer="SOFTWARE",
                           outcome="SUCCESS", detail={"i": i})
    return await audit.head(conn)


async def anchor(urls: stack.StackUrls, head: Any) -> None:
    nc = await commandbus.connect(urls.nats, urls.nats_token, "seed")
    js = nc.jetstream()
    await commandbus.ensure_streams(js)
    assert head is not None
    await commandbus.publish_anchor(js, *head)
    await nc.close()


def counts(urls: stack.StackUrls) -> dict[str, int]:
    async def count(conn: asyncpg.Connection) -> dict[str, int]:
        return {table: int(await conn.fetchval(f"SELECT count(*) FROM {table}")) for table in COUNTED}  # noqa: S608

    return on_postgres(urls.postgres, count)


def cli(urls: stack.StackUrls, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    for name, value in urls.worker_env().items():
        monkeypatch.setenv(name, value)
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.timeout(200)
def test_backup_wipe_restore(monkeypatch: pytest.MonkeyPatch) -> None:
    with tempfile.TemporaryDirectory(prefix="vertice-backup-") as folder:
        saved = Path(folder) / "saved"
        with stack.EmbeddedStack(Path(folder) / "before") as before:
            assert before.urls is not None
            asyncio.run(anchor(before.urls, on_postgres(before.urls.postgres, seed_rows)))
            expected = counts(before.urls)
            assert "backed up" in cli(before.urls, monkeypatch, "backup", str(saved))
        written = [path for path in saved.rglob("*")]
        assert any(path.name == "postgres.dump" for path in written)
        assert {oct(path.stat().st_mode & 0o777) for path in written if path.is_file()} == {"0o600"}
        assert {oct(path.stat().st_mode & 0o777) for path in [saved, *written] if path.is_dir()} == {"0o700"}
        with stack.EmbeddedStack(Path(folder) / "after") as after:  # everything wiped: a new, empty stack
            assert after.urls is not None
            assert counts(after.urls) == dict.fromkeys(COUNTED, 0)
            cli(after.urls, monkeypatch, "restore", str(saved))
            assert counts(after.urls) == expected
            assert "4 records, 1 NATS anchors match" in cli(after.urls, monkeypatch, "audit", "verify")
