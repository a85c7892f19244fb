import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from ops.scenario import demo_scenario
from schemas.contracts import SCHEMA_NAMES, TELEMETRY_KINDS, ValidationError, load_schema, telemetry_validator, validate
from schemas.records import RECORD_FOR_SCHEMA

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_schema_is_valid_and_examples_pass(name: str) -> None:
    schema = load_schema(name)
    jsonschema.Draft7Validator.check_schema(schema)
    for example in schema.get("examples", []):
        jsonschema.validate(example, schema)
        validate(name, example)


def test_generated_scenario_events_are_valid_telemetry() -> None:
    for event in demo_scenario(benign_http=50, attacks=10).events:
        validate("telemetry", event)


def _accepts(check: Any, event: Any) -> bool:
    try:
        check(event)
    except (ValidationError, jsonschema.ValidationError):
        return False
    return True


def test_each_kind_validator_accepts_what_the_whole_schema_accepts() -> None:
    schema = load_schema("telemetry")
    events = demo_scenario(seed=3, benign_http=30, attacks=10).events
    assert {e["kind"] for e in events} == set(TELEMETRY_KINDS)
    variants: list[dict[str, Any]] = []
    for event in events:
        kind = event["kind"]
        other = next(k for k in TELEMETRY_KINDS if k != kind)
        variants += [event, {k: v for k, v in event.items() if k != kind},  # its section missing
                     {**event, kind: {}},  # its section without its required fields
                     {**event, kind: {f: 7 for f in event[kind]}},  # every field of the wrong type
                     {**{k: v for k, v in event.items() if k != kind}, other: event[kind]},  # under another name
                     {**event, "ts": -1}, {**event, "extra": [1, 2]}]
    verdicts = [(_accepts(telemetry_validator(v["kind"]), v), _accepts(lambda d: jsonschema.validate(d, schema), v))
                for v in variants]
    assert all(ours == reference for ours, reference in verdicts)
    assert sum(ours for ours, _ in verdicts) >= len(events)  # each original event, at least, is accepted
    with pytest.raises(KeyError, match="no telemetry kind"):
        telemetry_validator("smoke_signal")


def _readme_json_blocks() -> list[Any]:
    text = (ROOT / "README.md").read_text("utf-8")
    return [json.loads(block) for block in re.findall(r"```json\n(.*?)```", text, re.S)]


def test_readme_examples_validate() -> None:
    blocks = _readme_json_blocks()
    assert blocks, "the README shows at least one example message"
    for block in blocks:
        for doc in block if isinstance(block, list) else [block]:
            name = "verdict" if "verdict_id" in doc else "dlq" if "original_b64" in doc else "telemetry"
            jsonschema.validate(doc, load_schema(name))


def test_unknown_schema_name() -> None:
    with pytest.raises(KeyError):
        load_schema("nope")


@pytest.mark.parametrize("name", sorted(RECORD_FOR_SCHEMA))
def test_faust_records_mirror_the_schemas(name: str) -> None:
    schema = load_schema(name)
    record = RECORD_FOR_SCHEMA[name]
    fields = record._options.fields  # type: ignore[attr-defined]
    assert set(fields) == set(schema["properties"])
    defaults = record._options.defaults  # type: ignore[attr-defined]
    for field in fields:
        nullable = "null" in schema["properties"][field].get("type", [])
        if field in schema["required"] and not nullable:
            assert field not in defaults, f"{name}.{field} is required by the schema"
        elif field not in schema["required"]:
            assert field in defaults, f"{name}.{field} is optional in the schema"


def test_records_round_trip_schema_examples() -> None:
    for name, record in RECORD_FOR_SCHEMA.items():
        for example in load_schema(name).get("examples", []):
            assert record.from_data(example).asdict() | example == record.from_data(example).asdict()
