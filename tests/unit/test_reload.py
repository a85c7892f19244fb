import asyncio
import os
from pathlib import Path

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


def test_a_rewritten_pack_recompiles_its_own_databases_only(tmp_path: Path) -> None:
    """Packs loaded together compile apart: rewriting the learned pack (every few seconds under a campaign) keeps
    the other packs' databases for the same fields, and the new rule fires."""
    from agents.reflex import RulePack

    static, learned = tmp_path / "static.yaml", tmp_path / "learned.yaml"
    static.write_text(PACK.format(pattern="alpha"))
    learned.write_text("rules: []\n")
    stages = Stages.default(packs=[static, learned])
    registry = CollectorRegistry()
    reloader = PackReloader(stages, [static, learned], None, Counter("r", "r", registry=registry),
                            Counter("f", "f", registry=registry))
    before = {g.key: g for g in stages.engine.groups}
    learned.write_text(PACK.format(pattern="zeta").replace("id: 1,", "id: 5000001,"))
    os.utime(learned, ns=(1, 2))
    assert asyncio.run(reloader.check())
    args = [g for g in stages.engine.groups if g.field == "http.args"]
    assert [g.rule_ids for g in args] == [[1], [5000001]]
    assert all((g.key in before) == (g.rule_ids == [1]) for g in args)
    assert all(g is before[g.key] for g in stages.engine.groups if g.key in before)
    assert [m.rule_id for m in stages.engine.scan(make_event(uri="/?q=alpha&r=zeta"))] == [1, 5000001]
    assert RulePack.load_all([static, learned]).origins == (0, 1)


def test_rewrites_leave_only_the_current_databases_cached(tmp_path: Path) -> None:
    """A rewrite's replaced database leaves the cache folder, so it does not grow by a file per rewrite."""
    static, learned, cache = tmp_path / "static.yaml", tmp_path / "learned.yaml", tmp_path / "hscache"
    static.write_text(PACK.format(pattern="alpha"))
    learned.write_text("rules: []\n")
    stages = Stages.default(packs=[static, learned], cache_dir=cache)
    registry = CollectorRegistry()
    reloader = PackReloader(stages, [static, learned], cache, Counter("r", "r", registry=registry),
                            Counter("f", "f", registry=registry))
    for rewrite in range(1, 4):
        learned.write_text(PACK.format(pattern=f"zeta{rewrite}").replace("id: 1,", f"id: {5000000 + rewrite},"))
        os.utime(learned, ns=(rewrite, rewrite))
        assert asyncio.run(reloader.check())
        assert {p.name for p in cache.iterdir()} == {f"{g.key}.hsdb" for g in stages.engine.groups}
    assert len(stages.engine.groups) == 2
