"""Scored envelopes: a message per partition, every key's items in its own partition and in order."""

from aiokafka.partitioner import DefaultPartitioner

from streams.emit import co_partitioned


def test_envelopes_hold_one_partition_each_and_keep_every_keys_order() -> None:
    groups = {f"10.0.{n // 256}.{n % 256}": [f"{n}-{i}" for i in range(n % 7 + 1)] for n in range(1000)}
    envelopes = co_partitioned(groups, partitions=4, per_message=256)
    every = [0, 1, 2, 3]
    place = DefaultPartitioner()
    owner = {item: key for key, items in groups.items() for item in items}
    seen: dict[str, list[str]] = {}
    for key, items in envelopes:
        assert 0 < len(items) <= 256
        for item in items:
            entity = owner[item]
            assert place(entity.encode(), every, every) == place(key, every, every)
            seen.setdefault(entity, []).append(item)
    assert seen == groups
    total = sum(len(items) for items in groups.values())
    assert len(envelopes) <= total // 256 + 4  # per partition, not per key: 1,000 keys in a handful of messages


def test_telemetry_is_triaged_in_chunks_of_bounded_size() -> None:
    """A micro-batch counts messages; a message can hold thousands of events. Chunks keep the order, hold at most
    the byte budget (a larger message alone) and lose nothing."""
    from agents.types import RawMessage
    from streams.intake import byte_chunks

    sizes = [10, 500, 300, 200, 2000, 1, 1, 999, 1000, 0]
    messages = [RawMessage(b"x" * size, "telemetry", 0, offset) for offset, size in enumerate(sizes)]
    chunks = byte_chunks(messages, 1000)
    assert [m for chunk in chunks for m in chunk] == messages
    assert all(sum(len(m.value) for m in chunk) <= 1000 or len(chunk) == 1 for chunk in chunks)
    assert [[m.offset for m in chunk] for chunk in chunks] == [[0, 1, 2], [3], [4], [5, 6], [7], [8, 9]]
    assert byte_chunks([], 1000) == []
