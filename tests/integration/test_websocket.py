"""WebSocket /ws/verdicts: stats on connect, pings, new non-benign verdicts as they are made, errors for junk."""

from __future__ import annotations

import asyncio
import json
import time
import uuid

import aiohttp
import orjson

from streams.adapters import kafka
from tests.conftest import make_event
from tests.integration.conftest import LiveStack


def test_live_verdicts_over_websocket(live: LiveStack) -> None:
    async def run() -> list[dict[str, object]]:
        received: list[dict[str, object]] = []
        async with aiohttp.ClientSession() as session, session.ws_connect(
                f"{live.web}/ws/verdicts", headers={"Authorization": f"Bearer {live.read_key}"}) as socket:
            received.append(json.loads((await socket.receive(timeout=10)).data))
            await asyncio.sleep(1.0)  # the feed starts at the end of the topic
            entity = f"ws-{uuid.uuid4().hex[:6]}"
            attack = make_event(entity=entity, ts=time.time(), uri="/s?q=%3Cscript%3Ealert(1)%3C/script%3E")
            producer = kafka.producer(live.urls.kafka)
            producer.produce("telemetry", key=entity.encode(), value=orjson.dumps(attack))
            producer.flush(10)
            await socket.send_str("what?")
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                message = json.loads((await socket.receive(timeout=30)).data)
                received.append(message)
                if message["type"] == "verdict" and message["data"]["entity"] == entity:  # type: ignore[index]
                    break
        return received

    received = asyncio.run(run())
    kinds = [m["type"] for m in received]
    assert kinds[0] == "stats" and "error" in kinds and "verdict" in kinds
    verdict = next(m["data"] for m in received if m["type"] == "verdict")
    assert verdict["final_verdict"] != "BENIGN"  # type: ignore[index]
    assert all(set(m) == {"type", "data", "timestamp"} for m in received)
