"""A coordinated attack across entities: every event judged, the dendritic cell names the campaign, and the
burst of inflammation raises the storm state."""

from __future__ import annotations

import json
import time
import urllib.request
import uuid

import orjson

from streams.adapters import kafka
from tests.conftest import make_event
from tests.integration.conftest import LiveStack


def test_campaign_across_twelve_entities(live: LiveStack) -> None:
    tag = uuid.uuid4().hex[:6]
    attacks = [make_event(entity=f"bot-{tag}-{i}", ts=time.time(),
                          uri="/wp/login?u=admin&p=1%27%20UNION%20SELECT%20password%20FROM%20users--")
               for i in range(12)]
    producer = kafka.producer(live.urls.kafka)
    for event in attacks:
        producer.produce("telemetry", key=event["entity"].encode(), value=orjson.dumps(event))
    producer.flush(10)

    wanted = {e["event_id"] for e in attacks}
    per_event: dict[str, int] = {}
    campaign: list[dict[str, object]] = []
    deadline = time.monotonic() + 40
    while (len(per_event) < len(wanted) or not campaign) and time.monotonic() < deadline:
        per_event, campaign = {}, []
        for message in kafka.read_topic(live.urls.kafka, "verdicts"):
            doc = orjson.loads(message.value())
            if doc["scope"] == "event" and doc["event_ids"][0] in wanted:
                per_event[doc["event_ids"][0]] = per_event.get(doc["event_ids"][0], 0) + 1
            elif doc["scope"] == "entity" and wanted & set(doc.get("evidence_event_ids", [])) and \
                    "coordinated attack" in doc["title"]:
                campaign.append(doc)
        time.sleep(0.5)
    assert per_event == {event_id: 1 for event_id in wanted}  # nothing lost, nothing doubled
    assert campaign, "no coordinated-attack verdict"
    evidence = set(campaign[0]["evidence_event_ids"])  # type: ignore[arg-type]
    # ten sightings in the window; another test's attack with the same rule may be one of them
    assert len(evidence) >= 10 and len(evidence & wanted) >= 8

    with urllib.request.urlopen(f"{live.web}/status", timeout=5) as response:
        status = json.loads(response.read())
    assert status["temperature_celsius"] >= 39.0 and status["immune_state"] == "INFLAMMATION"
