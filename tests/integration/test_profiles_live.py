"""HPC level 1 on the real pipeline: profiles that `vertice models train --normal` learns from raw HTTP traffic
flag, in a worker's verdicts, tampered parameters that no reflex rule matches."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from agents.profiles import EndpointProfiles
from ops import evaluate as ev
from ops.cli import main
from ops.httpraw import ParseProblem

SIZES = ["s", "m", "l", "xl"]


def raw_requests(rng: random.Random, count: int, **override: str) -> bytes:
    """``count`` raw HTTP/1.1 requests to one shop endpoint, blank-line separated, as CSIC 2010 stores them."""
    requests = []
    for _ in range(count):
        params = {"id": str(rng.randint(1, 500)), "size": rng.choice(SIZES), "qty": str(rng.randint(1, 9)), **override}
        query = "&".join(f"{k}={v}" for k, v in params.items())
        requests.append(f"GET /shop/add.jsp?{query} HTTP/1.1\r\nHost: shop.example\r\nUser-Agent: Mozilla/5.0\r\n"
                        f"Accept: text/html\r\n\r\n")
    return "".join(requests).encode()


@pytest.mark.timeout(300)
def test_profiles_learned_by_the_cli_flag_tampering_in_the_workers_verdicts(tmp_path: Path) -> None:
    training, profiles_path = tmp_path / "normal.txt", tmp_path / "profiles.json"
    training.write_bytes(raw_requests(random.Random(3), 400))
    result = CliRunner().invoke(main, ["models", "train", "--normal", str(training), "--format", "http-raw",
                                       "--out", str(profiles_path)])
    assert result.exit_code == 0, result.output
    assert "learned 400 requests over 1 endpoints" in result.output

    tampering = {"enumeration": {"size": "xxl"}, "new parameter": {"debug": "1"}, "length": {"id": "9" * 300},
                 "characters": {"qty": "-1;2"}}
    files = {"normal": tmp_path / "quiet.txt"} | {what: tmp_path / f"{i}.txt" for i, what in enumerate(tampering)}
    files["normal"].write_bytes(raw_requests(random.Random(9), 20))
    for what, override in tampering.items():
        files[what].write_bytes(raw_requests(random.Random(5), 1, **override))
    problems: list[ParseProblem] = []
    samples = ev.load([files["normal"]], "http-raw", False, problems)
    kinds = {s.event["event_id"]: "normal" for s in samples}
    for what in tampering:
        [sample] = ev.load([files[what]], "http-raw", True, problems)
        sample.event["event_id"] = f"tampered-{what}"
        samples.append(sample)
        kinds[sample.event["event_id"]] = what
    assert problems == []

    verdicts = ev.run_on_stack(samples, EndpointProfiles.load(profiles_path))
    assert sorted(v["event_ids"][0] for v in verdicts) == sorted(kinds)
    for verdict in verdicts:
        what = kinds[verdict["event_ids"][0]]
        evidence = {e["stage"]: e for e in verdict["evidence"]}
        assert not evidence.get("reflex", {}).get("rules"), what  # no rule matches any of them
        profile_score = evidence.get("hpc_profile", {}).get("score", 0.0)
        if what == "normal":
            assert profile_score < 0.3 and verdict["final_verdict"] == "BENIGN"
        else:
            assert profile_score >= 0.5, what
            assert "expected" in evidence["hpc_profile"] and "observed" in evidence["hpc_profile"]
