"""Loads the versioned JSON Schemas and compiles fast validators from them (one source of truth)."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from importlib import resources
from typing import Any

import fastjsonschema

SCHEMA_NAMES: tuple[str, ...] = (
    "telemetry", "verdict", "dlq", "cytokine", "escalation", "command", "confirmation", "audit", "rulepack",
)
SCHEMA_VERSION = "v1"
TELEMETRY_KINDS: tuple[str, ...] = ("http", "process", "network", "auth", "agent_message", "metric")


@functools.cache
def load_schema(name: str) -> dict[str, Any]:
    """The JSON Schema document called ``name`` (for example ``"telemetry"``)."""
    if name not in SCHEMA_NAMES:
        raise KeyError(f"no schema named {name!r}; known: {', '.join(SCHEMA_NAMES)}")
    text = resources.files("schemas").joinpath("json", f"{name}.{SCHEMA_VERSION}.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@functools.cache
def validator(name: str) -> Callable[[Any], Any]:
    """A compiled validator for schema ``name``; it raises ``fastjsonschema.JsonSchemaException``."""
    return fastjsonschema.compile(load_schema(name))  # type: ignore[no-any-return]


@functools.cache
def telemetry_validator(kind: str) -> Callable[[Any], Any]:
    """The telemetry schema's validator for events of one known ``kind``: the schema with its per-kind
    ``if``/``then`` rules resolved to "the ``kind`` section is required". It accepts what the whole schema
    accepts for that kind, 4-5x faster: the compiled ``allOf`` of six ``if`` branches raised and caught five
    exceptions per event (14.4 -> 3.1 µs per event on the bench mix)."""
    if kind not in TELEMETRY_KINDS:
        raise KeyError(f"no telemetry kind {kind!r}; known: {', '.join(TELEMETRY_KINDS)}")
    schema = {key: value for key, value in load_schema("telemetry").items() if key != "allOf"}
    schema["required"] = [*schema["required"], kind]
    return fastjsonschema.compile(schema)  # type: ignore[no-any-return]


def validate(name: str, document: Any) -> None:
    validator(name)(document)


ValidationError = fastjsonschema.JsonSchemaException
