"""Shared fixtures: generated events for every tier."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def pytest_sessionstart(session: pytest.Session) -> None:
    """A module compiled by the build (setup.py) is imported before its source: one older than its source would
    test yesterday's code."""
    for binary in ROOT.glob("*/*.so"):
        source = binary.with_name(binary.name.split(".")[0] + ".py")
        if source.exists() and source.stat().st_mtime > binary.stat().st_mtime:
            pytest.exit(f"{binary.relative_to(ROOT)} is older than {source.relative_to(ROOT)}: "
                        "`make install` compiles it again", returncode=2)


def make_event(kind: str = "http", entity: str = "10.0.0.1", ts: float = 1_763_800_000.0,
               **body: Any) -> dict[str, Any]:
    defaults: dict[str, dict[str, Any]] = {
        "http": {"method": "GET", "uri": "/shop/search?q=shoes", "version": "HTTP/1.1",
                 "headers": {"user-agent": "Mozilla/5.0"}, "body": ""},
        "process": {"pid": 100, "name": "nginx", "cmdline": "nginx -g daemon off;"},
        "network": {"dst_ip": "10.3.0.5", "dst_port": 443, "protocol": "tcp", "bytes_out": 1200},
        "auth": {"user": "alice", "outcome": "success"},
        "agent_message": {"message_id": str(uuid.uuid4()), "source_agent_id": entity, "content": "status: green"},
        "metric": {"name": "cpu", "value": 12.5},
    }
    return {"event_id": str(uuid.uuid4()), "ts": ts, "entity": entity, "kind": kind, kind: {**defaults[kind], **body}}


def judging_stages(*cells: Any, **options: Any) -> Any:
    """``Stages`` for the judging half alone (``judge``, ``feel``): the triage collaborators are real but idle, a
    reflex engine without rules and an empty deduplicator."""
    from agents.ingest import Deduplicator
    from agents.neutrophil import Neutrophil
    from agents.pipeline import Stages
    from agents.reflex import ReflexEngine, RulePack

    return Stages(engine=ReflexEngine(RulePack("none", (), "")), neutrophil=Neutrophil(), cells=tuple(cells),
                  dedup=Deduplicator(600.0, 10), **options)


@pytest.fixture
def event_factory() -> Any:
    return make_event


@pytest.fixture
def worker(tmp_path: Path) -> Any:
    """A fresh worker from the factory: its own data dir, metrics registry and signing key (none started)."""
    from schemas.settings import Settings
    from streams.worker import create_app

    return create_app(Settings.from_env({"VERTICE_DATA_DIR": str(tmp_path / "data"),
                                         "VERTICE_COMMAND_SIGNING_KEY": "agents-test"}))
