"""One frozen, typed settings object read from ``VERTICE_*`` environment variables."""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, get_type_hints

from schemas.errors import ConfigError

ENV_PREFIX = "VERTICE_"
# secrets a stack's data dir holds (mode 0600, `vertice up` writes them); settings left unset are read from them
KEY_FILES = {"api_key": "api.key", "read_key": "read.key", "command_signing_key": "signing.key"}
CRS_REFLEX_MS = 50.0  # the reflex budget at least, per unit, while the whole Core Rule Set runs in it
# Kafka's rule for a topic's name. librdkafka may answer an illegal one with _UNKNOWN_TOPIC, a code that also means
# "being created", so a name is checked before it is used rather than learnt from the broker.
LEGAL_TOPIC = re.compile(r"(?!\.{1,2}$)[A-Za-z0-9._-]{1,249}")
APP_ID_MAX = 200  # the app id prefixes the tables' changelog topics ("<app id>-entities-changelog")


class SecretStr:
    """A string that never prints: ``str``/``repr`` show asterisks, ``reveal()`` gives the value."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __repr__(self) -> str:
        return "SecretStr('**********')" if self._value else "SecretStr('')"

    def __str__(self) -> str:
        return "**********" if self._value else ""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SecretStr) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


@dataclasses.dataclass(frozen=True)
class Settings:
    """Everything configurable. Each field is read from ``VERTICE_<FIELD NAME IN CAPITALS>``."""

    kafka_url: str = ""
    nats_url: str = ""
    database_url: SecretStr = dataclasses.field(default_factory=lambda: SecretStr(""))
    nats_token: SecretStr = dataclasses.field(default_factory=lambda: SecretStr(""))
    data_dir: Path = Path(".vertice")
    api_key: SecretStr = dataclasses.field(default_factory=lambda: SecretStr(""))  # operator: reads and changes
    read_key: SecretStr = dataclasses.field(default_factory=lambda: SecretStr(""))  # reads only
    command_signing_key: SecretStr = dataclasses.field(default_factory=lambda: SecretStr(""))
    app_id: str = "vertice"
    web_host: str = "127.0.0.1"
    web_port: int = 6066
    partitions: int = 4
    topic_telemetry: str = "telemetry"
    topic_dlq: str = "telemetry.dlq"
    topic_scored: str = "scored"
    topic_cytokines: str = "cytokines"
    topic_escalations: str = "escalations"
    topic_verdicts: str = "verdicts"
    topic_alerts: str = "verdicts.alerts"  # the non-benign verdicts again: what the sink and the live feed read
    batch_size: int = 2000
    batch_within_s: float = 0.05
    max_message_bytes: int = 1024 * 1024
    dedup_window_s: float = 600.0
    dedup_capacity: int = 1_000_000
    table_memory_mb: int = 256
    emit_benign: bool = True
    sink_benign: bool = False
    escalation_threshold: float = 0.8
    kafka_session_timeout_s: float = 30.0
    kafka_fetch_max_wait_ms: int = 20
    processing_guarantee: str = "at_least_once"
    command_deadline_s: float = 30.0
    drain_timeout_s: float = 2.0
    executor_metrics_port: int = 0
    log_json: bool = False
    ws_ping_interval_s: float = 30.0
    rule_packs: str = ""
    crs_rules: str = ""  # a CRS rules folder: the whole Core Rule Set runs beside the reflex packs
    crs_paranoia: int = 1
    crs_threshold: int = 5
    hpc_profiles: str = ""
    reflex_commands: bool = True
    neuromodulation: bool = True  # off: levels are still tracked and shown, cells keep their base thresholds
    allowlist: str = ""
    critical_assets: str = ""
    hourly_action_cap: int = 100
    daily_action_cap: int = 1000
    rule_reload_interval_s: float = 5.0
    cortex_max_batch: int = 64
    cortex_max_delay_ms: float = 2.0
    cortex_model: Path = Path(__file__).resolve().parent.parent / "models" / "cortex.onnx"
    require_gpu: bool = False
    # circuit breakers: each stage's budget in milliseconds per unit it judges (an event, or each 4 KiB of a larger
    # one; per incident for the cortex), about 5x the worst cost per unit measured over event sizes from 100 B to
    # 64 KiB (docs/PERFORMANCE.md, "Stage budgets"); with the Core Rule Set the reflex gets at least CRS_REFLEX_MS
    budget_reflex_ms: float = 2.5
    budget_neutrophil_ms: float = 5.0
    budget_macrophage_ms: float = 1.0
    budget_hpc_ms: float = 1.0
    budget_narrative_ms: float = 75.0
    budget_nk_ms: float = 0.25
    budget_dendritic_ms: float = 0.5
    budget_cortex_ms: float = 50.0
    breaker_cooldown_s: float = 30.0  # an open breaker probes its stage again after this long

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Build settings from ``environ`` (default ``os.environ``); a bad value raises ConfigError."""
        env = os.environ if environ is None else environ
        hints = get_type_hints(cls)
        values: dict[str, Any] = {}
        for field in dataclasses.fields(cls):
            var = ENV_PREFIX + field.name.upper()
            if var in env:
                values[field.name] = _coerce(var, env[var], hints[field.name])
        return cls(**values)

    def __post_init__(self) -> None:
        self.validate()  # every way of making settings, overrides included, yields valid ones

    def validate(self) -> None:
        if self.partitions < 1:
            raise ConfigError("VERTICE_PARTITIONS", "must be at least 1")
        if self.batch_size < 1:
            raise ConfigError("VERTICE_BATCH_SIZE", "must be at least 1")
        if self.table_memory_mb < 1:
            raise ConfigError("VERTICE_TABLE_MEMORY_MB", "must be at least 1")
        if self.max_message_bytes < 1024:
            raise ConfigError("VERTICE_MAX_MESSAGE_BYTES", "must be at least 1024")
        if self.processing_guarantee not in ("at_least_once", "exactly_once"):
            raise ConfigError("VERTICE_PROCESSING_GUARANTEE", "must be at_least_once or exactly_once")
        if not 1 <= self.crs_paranoia <= 4:
            raise ConfigError("VERTICE_CRS_PARANOIA", "must be 1 to 4")
        if self.crs_threshold < 1:
            raise ConfigError("VERTICE_CRS_THRESHOLD", "must be at least 1")
        for stage, budget in self.stage_budgets_s().items():
            if not budget > 0:
                raise ConfigError(f"VERTICE_BUDGET_{stage.upper()}_MS", "must be a positive number of milliseconds")
        if self.breaker_cooldown_s < 0:
            raise ConfigError("VERTICE_BREAKER_COOLDOWN_S", "must not be negative")
        if self.crs_rules and not Path(self.crs_rules).is_dir():
            raise ConfigError("VERTICE_CRS_RULES", "must be a CRS rules folder")
        self._validate_topics()

    def _validate_topics(self) -> None:
        """Every topic a legal Kafka name, each role its own topic: a DLQ that is the telemetry topic would feed
        every refused message back in, and an illegal DLQ name would abort every dead-letter transaction."""
        if not (LEGAL_TOPIC.fullmatch(self.app_id) and len(self.app_id) <= APP_ID_MAX):
            raise ConfigError("VERTICE_APP_ID", f"must be 1-{APP_ID_MAX} of A-Z a-z 0-9 . _ - (it names topics)")
        seen: dict[str, str] = {}
        for field in dataclasses.fields(self):
            if not field.name.startswith("topic_"):
                continue
            var, name = ENV_PREFIX + field.name.upper(), getattr(self, field.name)
            if not LEGAL_TOPIC.fullmatch(name):
                raise ConfigError(var, "must be a Kafka topic name: 1-249 of A-Z a-z 0-9 . _ -, not . or ..")
            if name in seen:
                raise ConfigError(var, f"must differ from {seen[name]}: each role has its own topic")
            seen[name] = var

    def stage_budgets_s(self) -> dict[str, float]:
        """Each breaker stage's budget in seconds per unit."""
        budgets = {f.name.removeprefix("budget_").removesuffix("_ms"): float(getattr(self, f.name)) / 1000.0
                   for f in dataclasses.fields(self) if f.name.startswith("budget_")}
        if self.crs_rules:  # the interpreter costs ~14 ms a request (docs/PERFORMANCE.md): CRS would always trip
            budgets["reflex"] = max(budgets["reflex"], CRS_REFLEX_MS / 1000.0)
        return budgets

    def names(self, field: str) -> list[str]:
        """A comma-separated setting (``allowlist``, ``critical_assets``) as a list of names."""
        return [name.strip() for name in str(getattr(self, field)).split(",") if name.strip()]

    def rule_pack_paths(self) -> list[Path]:
        """Every pack in ``VERTICE_RULE_PACKS`` (comma-separated); the worker loads the shipped default pack first."""
        return [Path(p.strip()) for p in self.rule_packs.split(",") if p.strip()]

    def secret_values(self) -> list[str]:
        """The plain values of every secret, for log redaction."""
        return [getattr(self, f.name).reveal() for f in dataclasses.fields(self)
                if isinstance(getattr(self, f.name), SecretStr)]

    def with_overrides(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)

    def public_view(self) -> dict[str, str]:
        """Every setting as its env var and printable value; secrets show as asterisks."""
        return {ENV_PREFIX + f.name.upper(): str(getattr(self, f.name)) for f in dataclasses.fields(self)}


def _coerce(var: str, raw: str, kind: Any) -> Any:
    try:
        if kind is bool:
            lowered = raw.strip().lower()
            if lowered in ("1", "true", "yes", "on"):
                return True
            if lowered in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
        if kind is int:
            return int(raw)
        if kind is float:
            return float(raw)
        if kind is Path:
            return Path(raw)
        if kind is SecretStr:
            return SecretStr(raw)
        return raw
    except ValueError:
        raise ConfigError(var, f"cannot read {raw!r} as {getattr(kind, '__name__', kind)}") from None


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Settings from the environment; what it leaves unset comes from the data dir: the key files, and the URLs,
    NATS token and worker web port of a running embedded stack's ``stack.json``."""
    env = os.environ if environ is None else environ
    settings = _with_key_files(Settings.from_env(env))
    stack_file = settings.data_dir / "stack.json"
    if not stack_file.exists():
        return settings
    import json
    from urllib.parse import urlsplit

    stack = json.loads(stack_file.read_text("utf-8"))
    changes: dict[str, Any] = {
        "kafka_url": settings.kafka_url or stack.get("kafka", ""),
        "nats_url": settings.nats_url or stack.get("nats", ""),
        "database_url": settings.database_url or SecretStr(stack.get("postgres", "")),
        "nats_token": settings.nats_token or SecretStr(stack.get("nats_token", "")),
    }
    web_port = urlsplit(stack.get("web") or "").port
    if web_port and ENV_PREFIX + "WEB_PORT" not in env:
        changes["web_port"] = web_port
    return settings.with_overrides(**changes)


def _with_key_files(settings: Settings) -> Settings:
    """Keys left unset come from the data dir's ``api.key`` and ``signing.key`` (`vertice up` writes them), so a
    worker or executor started by hand beside a stack signs with the stack's key; a file others can read is
    refused."""
    found: dict[str, SecretStr] = {}
    for name, file in KEY_FILES.items():
        path = settings.data_dir / file
        if getattr(settings, name) or not path.exists():
            continue
        if path.stat().st_mode & 0o077:
            raise ConfigError(ENV_PREFIX + name.upper(), f"{path} is readable by other users: chmod 600 it")
        found[name] = SecretStr(path.read_text("utf-8").strip())
    return settings.with_overrides(**found) if found else settings
