"""One multi-stage attack on a stack of its own: reconnaissance from several entities (the dendritic cell
correlates it), exploitation (reflex, neutrophil and the macrophage's investigation), a novel payload whose
repeat is caught by a learned reflex, then a 10× burst that raises the storm. Every event gets one verdict."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import orjson
import pytest

from agents.bcell import RULE_ID_BASE
from ops import stack
from ops.bench import _bench_events, _produce
from streams.adapters import kafka
from tests.conftest import make_event
from tests.integration.test_faults import benign_events, get_json

NOVEL = "1 || (select pg_read_file('report'))"  # no shipped rule matches it; the neutrophil does


@pytest.fixture(scope="module")
def worker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[stack.StackUrls, int]]:
    folder = tmp_path_factory.mktemp("multistage")
    embedded = stack.EmbeddedStack(Path(folder))
    try:
        urls = embedded.start()
        port = stack.free_port()
        embedded.start_worker(urls.worker_env(folder, port, command_signing_key="multistage",
                                              reflex_commands="false"), timeout_s=120)
        yield urls, port
    finally:
        embedded.stop()


def read_verdicts(url: str) -> list[dict[str, Any]]:
    return [orjson.loads(m.value()) for m in kafka.read_topic(url, "verdicts")]


def until(what: str, check: Any, timeout_s: float = 60.0) -> Any:
    deadline = time.monotonic() + timeout_s
    while not (found := check()) and time.monotonic() < deadline:
        time.sleep(1.0)
    assert found, f"not seen: {what}"
    return found


def send(producer: Any, events: list[dict[str, Any]]) -> None:
    for event in events:
        event["ts"] = time.time()
        producer.produce("telemetry", key=event["entity"].encode(), value=orjson.dumps(event))
    producer.flush(10)


@pytest.mark.timeout(480)
def test_recon_exploit_learned_repeat_and_burst(worker: tuple[stack.StackUrls, int]) -> None:
    urls, port = worker
    tag = uuid.uuid4().hex[:6]
    producer = kafka.producer(urls.kafka)
    normal = benign_events(600, seed=321)
    _produce(producer, normal, 1, rate=100.0)  # the normal rate: 100 events/s

    # 1. reconnaissance: the same probe from six entities
    recon = [make_event(entity=f"10.{i}.0.66", uri="/cgi-bin/.%2e/.%2e/.%2e/etc/passwd",
                        headers={"user-agent": "sqlmap/1.7"}) for i in range(6)]
    send(producer, recon)
    recon_ids = {e["event_id"] for e in recon}
    [expansion] = until("clonal expansion of the probe", lambda: [
        v for v in read_verdicts(urls.kafka) if v["scope"] == "entity" and "clonal expansion" in v["title"]
        and recon_ids & set(v["evidence_event_ids"])])
    assert len(recon_ids & set(expansion["evidence_event_ids"])) >= 5
    assert len(expansion["evidence"][0]["entities"]) >= 5

    # 2. exploitation from one of them: the reflexes block it, the macrophage opens an investigation
    attacker = "10.0.0.66"
    exploit = [make_event(entity=attacker, uri=f"/shop/item?id={quote(p)}") for p in
               ("1' UNION SELECT password FROM users--", "1; DROP TABLE orders--", "1' AND SLEEP(5)#")]
    send(producer, exploit)
    exploit_ids = {e["event_id"] for e in exploit}

    def exploitation() -> Any:
        verdicts = read_verdicts(urls.kafka)
        judged = {v["event_ids"][0]: v for v in verdicts if v["scope"] == "event" and v["event_ids"][0] in exploit_ids}
        opened = [v for v in verdicts if v["scope"] == "entity" and v["entity"] == attacker
                  and "under investigation" in v["title"]]
        return (judged, opened) if len(judged) == 3 and opened else None

    judged, _ = until("the exploitation judged and the attacker under investigation", exploitation)
    assert {v["final_verdict"] for v in judged.values()} == {"MALICIOUS"}
    for v in judged.values():
        stages = {e["stage"] for e in v["evidence"]}
        assert {"reflex", "macrophage"} <= stages

    # 3. a payload no rule knows: the neutrophil catches it, the B cell remembers it, its repeat is a reflex
    first = make_event(entity=f"novel-{tag}", uri=f"/search?q={quote(NOVEL)}")
    send(producer, [first])
    caught_first = until("the novel payload's verdict", lambda: [
        v for v in read_verdicts(urls.kafka) if v["event_ids"] and v["event_ids"][0] == first["event_id"]])
    assert caught_first[0]["final_verdict"] == "MALICIOUS"
    assert next(e for e in caught_first[0]["evidence"] if e["stage"] == "reflex")["detail"] != "block"
    repeats: list[str] = []

    def learned_catch() -> Any:
        again = make_event(entity=f"repeat-{tag}-{len(repeats)}", uri=f"/api?filter={quote(NOVEL)}")
        repeats.append(again["event_id"])
        send(producer, [again])
        time.sleep(1.0)
        for v in read_verdicts(urls.kafka):
            if v["event_ids"] and v["event_ids"][0] in repeats:
                reflex = next(e for e in v["evidence"] if e["stage"] == "reflex")
                if any(rule >= RULE_ID_BASE for rule in reflex.get("rules", [])) and reflex["detail"] == "block":
                    return v
        return None

    until("the repeat caught by a learned reflex", learned_catch, timeout_s=60)

    # 4. a burst at 10× the normal rate, with attacks in it: the storm, and nothing lost
    before = get_json(f"http://127.0.0.1:{port}/status")
    burst = _bench_events(8000, seed=77)
    _produce(producer, burst, 1, rate=1000.0)
    producer.flush(30)
    storm = until("the storm", lambda: get_json(f"http://127.0.0.1:{port}/status")["immune_state"] == "INFLAMMATION",
                  timeout_s=60)
    assert storm and before["temperature_celsius"] < get_json(f"http://127.0.0.1:{port}/status")["temperature_celsius"]

    everything = {e["event_id"] for e in [*normal, *recon, *exploit, first, *burst]} | set(repeats)

    def all_judged() -> Any:
        counts: dict[str, set[str]] = {}
        for v in read_verdicts(urls.kafka):
            if v["scope"] == "event" and v["event_ids"][0] in everything:
                counts.setdefault(v["event_ids"][0], set()).add(v["verdict_id"])
        return counts if set(counts) == everything else None

    counts = until("a verdict for every event", all_judged, timeout_s=180)
    assert all(len(ids) == 1 for ids in counts.values())
