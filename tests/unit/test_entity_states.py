"""The immune agent's entity states: kept between micro-batches, written to the table at commits (each in the
changelog partition of its entity's last event), read from it only when not kept."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from tables.entities import EntityStates


class Table(dict[bytes, Any]):
    """The entities table's interface as the immune agent uses it, counting reads and recording each write with
    the event it was written for (the changelog partition Faust takes from the current event)."""

    def __init__(self) -> None:
        super().__init__()
        self.reads = 0
        self.current: Any = None
        self.writes: list[tuple[bytes, Any, Any]] = []

    def get(self, key: bytes, default: Any = None) -> Any:
        self.reads += 1
        return super().get(key, default)

    def __setitem__(self, key: bytes, value: Any) -> None:
        self.writes.append((key, dict(value), self.current))
        super().__setitem__(key, value)

    @contextlib.contextmanager
    def writing_for(self, event: Any) -> Iterator[None]:
        self.current = event
        try:
            yield
        finally:
            self.current = None


def test_a_state_reaches_the_table_at_the_flush_with_its_last_event() -> None:
    table = Table()
    states = EntityStates(table, table.writing_for)
    state = states.get(b"a")
    assert state == {} and table.reads == 1
    state["nk"] = {"n": 1}
    states.put(b"a", state, "event-1")
    state["nk"] = {"n": 2}
    states.put(b"a", state, "event-2")
    assert table.writes == [] and states.get(b"a") is state and table.reads == 1
    assert states.flush() == 1
    assert table.writes == [(b"a", {"nk": {"n": 2}}, "event-2")]
    assert states.flush() == 0 and len(table.writes) == 1  # nothing changed since


def test_a_rebalance_drops_unflushed_states_and_reads_the_table_again() -> None:
    table = Table()
    states = EntityStates(table, table.writing_for)
    states.put(b"a", {"nk": {"n": 1}}, "e")
    states.flush()
    states.put(b"a", {"nk": {"n": 2}}, "e2")  # its offset is not committed: the partition's owner replays it
    dict.__setitem__(table, b"a", {"nk": {"n": 7}})  # another worker owned the partition; recovery restored this
    states.forget()
    assert states.flush() == 0
    assert states.get(b"a") == {"nk": {"n": 7}} and table.reads == 1


def test_at_most_capacity_states_are_kept_an_evicted_pending_one_written_as_it_goes() -> None:
    table = Table()
    states = EntityStates(table, table.writing_for, capacity=2)
    for key in (b"a", b"b", b"a", b"c"):  # a is written again after b: b is the oldest when c comes
        states.put(key, {"nk": {"key": key.decode()}}, f"event-{key.decode()}")
    assert table.writes == [(b"b", {"nk": {"key": "b"}}, "event-b")]
    states.get(b"a"), states.get(b"c")
    assert table.reads == 0
    assert states.get(b"b") == {"nk": {"key": "b"}} and table.reads == 1
    assert states.flush() == 2
    assert sorted(key for key, _, _ in table.writes) == [b"a", b"b", b"c"]
