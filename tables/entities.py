"""Per-entity state: one JSON document per entity holding every stateful detector's state."""

from __future__ import annotations

import dataclasses
from typing import Any

import faust

from schemas.settings import Settings

EntityState = dict[str, dict[str, Any]]
"""``{detector name: that detector's state}``."""


@dataclasses.dataclass(frozen=True)
class Tables:
    entities: Any


def declare_tables(app: Any, settings: Settings) -> Tables:
    # key_type as well as the schema: Faust derives the changelog's key serializer from key_type alone, and
    # without it recovery JSON-decodes the raw entity keys and drops every record that is not valid JSON
    entities = app.Table("entities", default=None, partitions=settings.partitions, key_type=bytes,
                         schema=faust.Schema(key_type=bytes, key_serializer="raw", value_serializer="json"),
                         options=rocksdb_options(settings), help="per-entity detector state")
    return Tables(entities=entities)


def rocksdb_options(settings: Settings) -> dict[str, int]:
    """RocksDB memory per table partition: Faust's defaults allow each partition's database a 2 GiB block cache
    and three 64 MiB memtables, which a million entities fill. ``table_memory_mb`` bounds all partitions
    together: half for memtables (two per partition), half for the block cache."""
    per_partition = settings.table_memory_mb * 2**20 // settings.partitions
    return {"write_buffer_size": per_partition // 4, "max_write_buffer_number": 2,
            "block_cache_size": per_partition // 2}
