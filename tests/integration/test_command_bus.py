"""Commands over real NATS JetStream to the real executor, against real processes, audited in PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from typing import Any

import orjson
import psutil
import pytest

from agents import commands, verdict
from streams.adapters import commandbus
from tests.integration.conftest import LiveStack, on_postgres

SLEEPER = "import time\nwhile True: time.sleep(0.2)\n"


@pytest.fixture
def agents(live: LiveStack) -> Iterator[dict[str, subprocess.Popen[bytes]]]:
    tag = uuid.uuid4().hex[:6]
    procs = {f"{name}-{tag}": subprocess.Popen([sys.executable, "-c", SLEEPER], start_new_session=True)
             for name in ("muted", "isolated", "terminated", "child", "bystander")}
    parents = {f"child-{tag}": f"terminated-{tag}"}
    for agent_id, process in procs.items():
        status, _ = live.http("/api/v1/agents", "POST", {"agent_id": agent_id, "pid": process.pid,
                                                  "parent_agent_id": parents.get(agent_id)}, live.api_key)
        assert status == 201
    yield procs
    for process in procs.values():
        process.kill()
        process.wait()


def publish_and_confirm(live: LiveStack, raw_commands: list[tuple[bytes, str]], want: set[str],
                        timeout_s: float = 30.0) -> dict[str, dict[str, Any]]:
    async def run() -> dict[str, dict[str, Any]]:
        import asyncio

        nc = await commandbus.connect(live.urls.nats, live.urls.nats_token, "test")
        js = nc.jetstream()
        await commandbus.ensure_streams(js)
        got: dict[str, dict[str, Any]] = {}

        async def on_confirmation(msg: Any) -> None:
            doc = orjson.loads(msg.data)
            got[doc["command_id"]] = doc

        await nc.subscribe(f"{commandbus.CONFIRMATION_SUBJECT}.>", cb=on_confirmation)
        for raw, msg_id in raw_commands:
            await js.publish(f"{commandbus.COMMAND_SUBJECT}.test", raw, headers={"Nats-Msg-Id": msg_id})
        deadline = time.monotonic() + timeout_s
        while not want <= set(got) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        await nc.drain()
        return got

    return live.run(run())


def audit_rows(live: LiveStack, command_id: str) -> list[Any]:
    return list(on_postgres(live.urls.postgres, lambda conn: conn.fetch(
        "SELECT * FROM audit_log WHERE command_id = $1 ORDER BY seq", command_id)))


def make(live: LiveStack, command_type: str, target: str, *, now: float | None = None,
         key: str | None = None) -> dict[str, Any]:
    return commands.build(command_type=command_type, targets=[target], issuer="operator-test",
                          incident_id=uuid.uuid4().hex, now=time.time() if now is None else now, deadline_s=30,
                          key=(key or live.signing_key).encode())


def test_registration_requires_the_api_key(live: LiveStack) -> None:
    assert live.http("/api/v1/agents", "POST", {"agent_id": "x", "pid": 1234}, None)[0] == 401
    assert live.http("/api/v1/agents", "POST", {"agent_id": "x", "pid": 1234}, "wrong")[0] == 401
    assert live.http("/api/v1/agents", "POST", {"agent_id": "", "pid": "no"}, live.api_key)[0] == 422


def test_mute_isolate_terminate_really_act_and_audit(live: LiveStack, agents: dict[str, Any]) -> None:
    ids = {name.split("-")[0]: name for name in agents}
    mute, isolate, terminate = (make(live, "MUTE", ids["muted"]), make(live, "ISOLATE", ids["isolated"]),
                                make(live, "TERMINATE", ids["terminated"]))
    sent = [mute, isolate, terminate]
    got = publish_and_confirm(live, [(orjson.dumps(c), c["command_id"]) for c in sent],
                              {c["command_id"] for c in sent})
    assert got[mute["command_id"]]["status"] == "COMPLETED"
    assert got[mute["command_id"]]["executed_layers"] == ["SOFTWARE"]
    assert got[isolate["command_id"]]["status"] == "COMPLETED"
    assert got[isolate["command_id"]]["executed_layers"] == ["SOFTWARE", "CONTAINER"]
    assert got[terminate["command_id"]]["cascaded_agents"] == [ids["child"]]

    assert psutil.Process(agents[ids["muted"]].pid).status() == psutil.STATUS_STOPPED
    for name in ("isolated", "terminated", "child"):
        assert agents[ids[name]].wait(5) is not None, f"{name} still running"
    assert agents[ids["bystander"]].poll() is None

    # each layer recorded before it acts (STARTED) and after
    assert [r["outcome"] for r in audit_rows(live, mute["command_id"])] == ["STARTED", "SUCCESS"]
    assert len(audit_rows(live, isolate["command_id"])) == 4
    terminate_rows = [r for r in audit_rows(live, terminate["command_id"]) if r["outcome"] != "STARTED"]
    assert len(terminate_rows) == 6  # three layers for the target and three for its child
    assert {r["layer"] for r in terminate_rows} == {"SOFTWARE", "CONTAINER", "NETWORK"}
    network = [r for r in terminate_rows if r["layer"] == "NETWORK"]
    if any(r["outcome"] == "FAILED" for r in network):
        assert got[terminate["command_id"]]["status"] == "FAILED"  # never a success it did not achieve


def test_forged_expired_and_duplicate_are_refused(live: LiveStack, agents: dict[str, Any]) -> None:
    target = next(name for name in agents if name.startswith("bystander"))
    forged = make(live, "TERMINATE", target, key="not-the-key")
    expired = make(live, "TERMINATE", target, now=time.time() - 3600)
    first = make(live, "MUTE", target)
    got = publish_and_confirm(live, [(orjson.dumps(forged), forged["command_id"]),
                                     (orjson.dumps(expired), expired["command_id"]),
                                     (orjson.dumps(first), first["command_id"])],
                              {forged["command_id"], expired["command_id"], first["command_id"]})
    assert got[forged["command_id"]]["status"] == "REJECTED" and "forged" in got[forged["command_id"]]["error"]
    assert got[expired["command_id"]]["status"] == "REJECTED" and "expired" in got[expired["command_id"]]["error"]
    assert got[first["command_id"]]["status"] == "COMPLETED"
    # the same command id again, past JetStream's dedup (another Nats-Msg-Id): the executor refuses it
    publish_and_confirm(live, [(orjson.dumps(first), "again-" + first["command_id"])], set())
    deadline = time.monotonic() + 10
    while len(rows := audit_rows(live, first["command_id"])) < 3 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [r["outcome"] for r in rows] == ["STARTED", "SUCCESS", "REJECTED"]
    assert "duplicate" in rows[2]["detail"]
    assert [r["outcome"] for r in audit_rows(live, forged["command_id"])] == ["REJECTED"]


def test_operator_api(live: LiveStack, agents: dict[str, Any]) -> None:
    target = next(name for name in agents if name.startswith("muted"))
    body = {"command_type": "MUTE", "targets": [target], "command_id": f"op-{uuid.uuid4().hex}"}
    assert live.http("/api/v1/commands", "POST", body, None)[0] == 401
    assert live.http("/api/v1/commands", "POST", {**body, "command_type": "EXPLODE"}, live.api_key)[0] == 422
    assert live.http("/api/v1/commands", "POST", {**body, "targets": []}, live.api_key)[0] == 422
    status, command = live.http("/api/v1/commands", "POST", body, live.api_key)
    assert status == 202 and command["command_id"] == body["command_id"] and command["signature"]
    assert command["status_url"] == f"/api/v1/commands/{body['command_id']}"
    assert live.http("/api/v1/commands", "POST", body, live.api_key) == (202, command)  # a retry: the same answer
    assert live.http("/api/v1/commands", "POST", {**body, "command_type": "ISOLATE"}, live.api_key)[0] == 409

    deadline = time.monotonic() + 20
    doc: dict[str, Any] = {}
    while time.monotonic() < deadline:
        doc = live.http(f"/api/v1/commands/{body['command_id']}", key=live.read_key)[1]
        if doc["status"] not in ("PENDING", "EXECUTING"):
            break
        time.sleep(0.1)
    assert doc["status"] == "EXECUTED" and doc["confirmation"]["status"] == "COMPLETED"
    assert psutil.Process(agents[target].pid).status() == psutil.STATUS_STOPPED
    records = live.http(f"/api/v1/audits?command_id={body['command_id']}", key=live.read_key)[1]["records"]
    assert [(r["layer"], r["outcome"]) for r in records] == [("SOFTWARE", "SUCCESS"), ("SOFTWARE", "STARTED")]
    assert live.http("/api/v1/commands/no-such-command", key=live.read_key)[0] == 404


def test_unconfirmed_command_times_out_and_escalates(live: LiveStack, agents: dict[str, Any]) -> None:
    from ops import stack
    from streams.adapters import kafka

    target = next(name for name in agents if name.startswith("bystander"))
    live.embedded.stop_server("executor")
    try:
        body = {"command_type": "MUTE", "targets": [target], "deadline_s": 1, "command_id": f"late-{uuid.uuid4().hex}"}
        assert live.http("/api/v1/commands", "POST", body, live.api_key)[0] == 202
        deadline = time.monotonic() + 20
        status = ""
        while status != "TIMEOUT" and time.monotonic() < deadline:
            status = live.http(f"/api/v1/commands/{body['command_id']}", key=live.read_key)[1]["status"]
            time.sleep(0.2)
        assert status == "TIMEOUT"
        escalated = [orjson.loads(m.value()) for m in kafka.read_topic(live.urls.kafka, "verdicts")
                     if m.key() == target.encode()]
        timed_out = verdict.verdict_id_for(body["command_id"], "command_bus")
        assert [v["scope"] for v in escalated if v["verdict_id"] == timed_out] == ["entity"]
    finally:
        live.embedded.spawn("executor", stack.executor_argv(), env=live.env)
    assert agents[target].poll() is None and psutil.Process(agents[target].pid).status() != psutil.STATUS_STOPPED


def test_operator_commands_to_ids_with_dots_spaces_and_wildcards_reach_only_their_agent(live: LiveStack) -> None:
    """The API takes any printable agent id as a target: its subject token is encoded, so `x y.z` is one token of
    its own subject and `*` / `>` are literal ids, never wildcards that reach (or stop) another agent."""
    tag = uuid.uuid4().hex[:6]
    odd, bystander = f"x y.{tag}", f"x-{tag}"
    procs = {name: subprocess.Popen([sys.executable, "-c", SLEEPER], start_new_session=True)
             for name in (odd, bystander)}
    try:
        for agent_id, process in procs.items():
            assert live.http("/api/v1/agents", "POST", {"agent_id": agent_id, "pid": process.pid},
                             live.api_key)[0] == 201
        targets = [odd, "*", ">", f"x.>{tag}", f"x.*.{tag}"]

        async def run() -> tuple[list[tuple[str, dict[str, Any]]], dict[str, dict[str, Any]], list[str]]:
            import asyncio

            nc = await commandbus.connect(live.urls.nats, live.urls.nats_token, "test-odd-targets")
            seen: list[tuple[str, dict[str, Any]]] = []
            confirmed: dict[str, dict[str, Any]] = {}

            async def on_command(msg: Any) -> None:
                seen.append((msg.subject, orjson.loads(msg.data)))

            async def on_confirmation(msg: Any) -> None:
                doc = orjson.loads(msg.data)
                confirmed[doc["command_id"]] = doc

            await nc.subscribe(f"{commandbus.COMMAND_SUBJECT}.>", cb=on_command)
            await nc.subscribe(f"{commandbus.CONFIRMATION_SUBJECT}.>", cb=on_confirmation)
            await nc.flush()
            ids = []
            for target in targets:
                status, body = await asyncio.to_thread(live.http, "/api/v1/commands", "POST",
                                                       {"command_type": "MUTE", "targets": [target]}, live.api_key)
                assert status == 202, (target, status, body)
                ids.append(body["command_id"])
            deadline = time.monotonic() + 30
            while not set(ids) <= set(confirmed) and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
            await nc.drain()
            return seen, confirmed, ids

        seen, confirmed, ids = live.run(run())
        mine = [(subject, doc) for subject, doc in seen if doc.get("command_id") in ids]
        assert sorted(subject for subject, _ in mine) == sorted(
            f"{commandbus.COMMAND_SUBJECT}.{commandbus.subject_token(t)}" for t in targets)
        for subject, doc in mine:  # one token after the prefix, decoding to the command's own target
            token = subject.removeprefix(f"{commandbus.COMMAND_SUBJECT}.")
            assert "." not in token and commandbus.token_value(token) == doc["targets"][0]
        statuses = {target: confirmed[command_id]["status"] for target, command_id in zip(targets, ids, strict=True)}
        assert statuses[odd] == "COMPLETED", confirmed
        assert all(status == "FAILED" for target, status in statuses.items() if target != odd), statuses  # unregistered
        assert psutil.Process(procs[odd].pid).status() == psutil.STATUS_STOPPED
        assert psutil.Process(procs[bystander].pid).status() != psutil.STATUS_STOPPED
    finally:
        for process in procs.values():
            process.kill()
            process.wait()
