"""The README's producer recipes, run as written against the real broker and worker."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import confluent_kafka
import orjson
import pytest

from schemas.errors import TopicMissing
from streams.adapters import kafka
from tests.integration.conftest import LiveStack

README = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")


def verdict_for(live: LiveStack, entity: str, timeout_s: float = 30.0) -> dict[str, object]:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            messages = list(kafka.read_topic(live.urls.kafka, "verdicts"))
        except TopicMissing:  # run alone, this test's verdict can be the topic's first
            messages = []
        for message in messages:
            doc = orjson.loads(message.value())
            if doc["entity"] == entity:
                return doc  # type: ignore[no-any-return]
        time.sleep(0.3)
    raise AssertionError(f"no verdict for {entity}")


def test_confluent_kafka_snippet(live: LiveStack) -> None:
    [snippet] = re.findall(r"```python\n(.*?)```", README, re.S)
    env = {**os.environ, "KAFKA_BOOTSTRAP": kafka.bootstrap(live.urls.kafka)}
    subprocess.run([sys.executable, "-c", snippet], env=env, check=True, timeout=60)
    assert verdict_for(live, "agent-42")["final_verdict"] == "BENIGN"


def test_kcat_line(live: LiveStack) -> None:
    if shutil.which("kcat") is None:
        pytest.skip("kcat is not installed (make test installs it with apt-get where it can)")
    [line] = [b for b in re.findall(r"```sh\n(.*?)```", README, re.S) if "kcat" in b]
    command = line.replace("127.0.0.1:9092", kafka.bootstrap(live.urls.kafka)).replace("\\\n", " ")
    # Debian bookworm's kcat links librdkafka 2.0.2, whose ApiVersions request the Tansu broker rejects ("Read
    # underflow"); against Apache Kafka it works as is. Here it runs with confluent-kafka's newer librdkafka.
    bundled = sorted(Path(confluent_kafka.__file__).parent.parent.glob("confluent_kafka.libs/librdkafka*"))
    env = {**os.environ, "LD_PRELOAD": str(bundled[0])} if bundled else None
    subprocess.run(["bash", "-c", command], check=True, timeout=60, env=env)
    assert verdict_for(live, "host-7")["kind"] == "metric"
