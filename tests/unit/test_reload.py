import asyncio
import os
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry, Counter

from agents.pipeline import Stages
from streams.reload import PackReloader
from tests.conftest import make_event

PACK = "rules:\n  - {{id: 1, name: n, pattern: '{pattern}', severity: HIGH, category: x, fields: [http.args]}}\n"


def test_changed_pack_is_swapped_and_a_broken_one_is_not(tmp_path: Path) -> None:
    pack = tmp_path / "pack.yaml"
    pack.write_text(PACK.format(pattern="alpha"))
    stages = Stages.default(packs=[pack])
    registry = CollectorRegistry()
    reloads, failures = Counter("r", "r", registry=registry), Counter("f", "f", registry=registry)
    reloader = PackReloader(stages, [pack], None, reloads, failures)
    event = make_event(uri="/?q=beta")
    assert stages.engine.scan(event) == []
    assert not asyncio.run(reloader.check())

    pack.write_text(PACK.format(pattern="beta"))
    os.utime(pack, ns=(1, 2))
    assert asyncio.run(reloader.check())
    assert [m.rule_id for m in stages.engine.scan(event)] == [1]

    engine_before = stages.engine
    pack.write_text(PACK.format(pattern="(unclosed"))
    os.utime(pack, ns=(3, 4))
    assert not asyncio.run(reloader.check())
    assert stages.engine is engine_before
    assert (reloads._value.get(), failures._value.get()) == (1, 1)


def test_a_reload_keeps_the_fields_whose_rules_did_not_change() -> None:
    from agents.reflex import ReflexEngine, Rule, RulePack

    uri_rule = Rule.from_dict({"id": 1, "name": "u", "pattern": "etc/passwd", "severity": "HIGH", "category": "lfi",
                               "fields": ["http.uri"]})
    args_rule = Rule.from_dict({"id": 2, "name": "a", "pattern": "alpha", "severity": "HIGH", "category": "x",
                                "fields": ["http.args"]})
    learned = Rule.from_dict({"id": 3, "name": "l", "pattern": "beta", "severity": "CRITICAL", "category": "x",
                              "fields": ["http.args"]})
    before = ReflexEngine(RulePack("p", (uri_rule, args_rule), "1"))
    event = make_event(uri="/?q=beta&f=../etc/passwd")
    assert [m.rule_id for m in before.scan(event)] == [1]
    after = ReflexEngine(RulePack("p", (uri_rule, args_rule, learned), "2"), previous=before)
    kept = {g.field: g for g in before.groups}
    for group in after.groups:
        assert (group is kept[group.field]) == (group.field == "http.uri")
    assert sorted(m.rule_id for m in after.scan(event)) == [1, 3]


def test_learned_pack_rewrites_are_spaced_by_their_minimum_interval(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The first change is written and loaded at once; under a campaign (memories changing at every tick) the
    next rewrite waits ``min_interval_s``, and then carries every memory that arrived meanwhile."""
    from agents.bcell import RULE_ID_BASE
    from streams.adapters import db
    from streams.learned import LearnedReflexes, ensure_pack

    memories: list[dict[str, object]] = []

    async def living(_: object) -> list[dict[str, object]]:
        return list(memories)

    class Configured:  # the database's place: sync reads memories through db.living_memories only
        configured = True

        async def pool(self) -> None:
            return None

    monkeypatch.setattr(db, "living_memories", living)
    pack = ensure_pack(tmp_path / "learned.yaml")
    stages = Stages.default(packs=[pack])
    registry = CollectorRegistry()
    reloader = PackReloader(stages, [pack], None, Counter("r", "r", registry=registry),
                            Counter("f", "f", registry=registry))
    now = [100.0]
    learned = LearnedReflexes(Configured(), pack, reloader, lambda values: [0.0] * len(values),  # type: ignore[arg-type]
                              min_interval_s=15.0, clock=lambda: now[0])

    def remember(literal: str) -> None:
        memories.append({"fingerprint": f"{len(memories):040d}", "rule_id": RULE_ID_BASE + len(memories),
                         "field": "http.args", "literal": literal, "affinity": 1.0})

    def caught(literal: str) -> bool:
        return bool(stages.engine.scan(make_event(uri=f"/?q={literal}")))

    remember("zeta1")
    assert asyncio.run(learned.sync()) and caught("zeta1")
    remember("zeta2")
    now[0] += 14.0
    assert not asyncio.run(learned.sync()) and not caught("zeta2")
    remember("zeta3")
    now[0] += 1.0
    assert asyncio.run(learned.sync()) and caught("zeta2") and caught("zeta3")
    now[0] += 60.0
    assert not asyncio.run(learned.sync())  # nothing changed: nothing to write
