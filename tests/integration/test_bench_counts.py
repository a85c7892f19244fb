"""What `vertice bench` counts is right: every event exactly one verdict, none missing, none conflicting."""

from __future__ import annotations

import pytest

from ops.bench import bench_pipeline


@pytest.mark.timeout(420)
def test_pipeline_bench_accounts_for_every_event() -> None:
    # generous: on a loaded shared machine a worker can need a rebalance or two before it drains the topic
    result = bench_pipeline(events=1000, batch=50, timeout_s=300, workers=2)  # two workers split the partitions
    assert (result["verdicts"], result["missing"], result["conflicting_verdicts"]) == (1000, 0, 0)
    assert result["passthrough_eps"] > 0 and result["pipeline_eps"] > 0 and result["ratio"] > 0
    assert result["rss_mb"] > 0
    assert result["worker_cpu_us_per_event"] > 0 and 0 < result["worker_main_thread_share"] <= 1
    parts = result["worker_cpu_us_by_part"]  # where the workers' CPU went, from their own counters
    assert set(parts) >= {"intake", "triage", "triage_output", "immune_input", "immune", "tables", "feel",
                          "immune_output", "sink", "other"}
    assert all(parts[p] > 0 for p in ("intake", "triage", "immune_input", "immune", "immune_output"))
    # the event loop's parts are a share of the whole process's CPU (other threads, Faust's dispatch: "other")
    assert sum(v for k, v in parts.items() if k != "other") <= result["worker_cpu_us_per_event"] * 1.1
    assert {"ingest", "reflex", "neutrophil", "macrophage", "hpc", "other"} <= set(result["stage_cpu_us_by_stage"])
    assert set(result) >= {"events", "batch", "pipeline_eps", "passthrough_eps", "ratio", "latency_ms", "rss_mb",
                           "workers"}
