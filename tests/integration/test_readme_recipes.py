"""The README's producer recipes, run as written against the real broker and worker."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import confluent_kafka
import pytest

from streams.adapters import kafka
from tests.integration.conftest import LiveStack, verdicts_where

README = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")


def verdict_for(live: LiveStack, entity: str, timeout_s: float = 30.0) -> dict[str, object]:
    found = verdicts_where(live.urls.kafka, lambda doc: doc["entity"] == entity, timeout_s)
    assert found, f"no verdict for {entity}"
    return found[0]


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
