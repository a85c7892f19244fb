"""The immune agent's entity states: written through to the table, read from it only when not kept."""

from __future__ import annotations

from typing import Any

from tables.entities import EntityStates


class Table(dict[bytes, Any]):
    """The entities table's interface as the immune agent uses it, counting reads."""

    def __init__(self) -> None:
        super().__init__()
        self.reads = 0

    def get(self, key: bytes, default: Any = None) -> Any:
        self.reads += 1
        return super().get(key, default)


def test_a_written_state_is_in_the_table_and_read_back_without_it() -> None:
    table = Table()
    states = EntityStates(table)
    state = states.get(b"a")
    assert state == {} and table.reads == 1
    state["nk"] = {"n": 1}
    states.put(b"a", state)
    assert table[b"a"] == {"nk": {"n": 1}}
    assert states.get(b"a") is state and table.reads == 1


def test_after_a_rebalance_states_are_read_from_the_table_again() -> None:
    table = Table()
    states = EntityStates(table)
    states.put(b"a", {"nk": {"n": 1}})
    table[b"a"] = {"nk": {"n": 7}}  # another worker owned the partition meanwhile; recovery restored its state
    states.forget()
    assert states.get(b"a") == {"nk": {"n": 7}} and table.reads == 1


def test_at_most_capacity_states_are_kept_the_oldest_written_going_first() -> None:
    table = Table()
    states = EntityStates(table, capacity=2)
    for key in (b"a", b"b", b"a", b"c"):  # a is written again after b: b is the oldest when c comes
        states.put(key, {"nk": {"key": key.decode()}})
    states.get(b"a"), states.get(b"c")
    assert table.reads == 0
    assert states.get(b"b") == {"nk": {"key": "b"}} and table.reads == 1
