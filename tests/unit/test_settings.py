from pathlib import Path

import pytest

from schemas.errors import ConfigError, VerticeError
from schemas.settings import SecretStr, Settings, load_settings


def test_reads_prefixed_env_with_types() -> None:
    s = Settings.from_env({"VERTICE_KAFKA_URL": "kafka://k:1", "VERTICE_BATCH_SIZE": "10",
                           "VERTICE_EMIT_BENIGN": "false", "VERTICE_DATA_DIR": "/x", "OTHER": "1"})
    assert (s.kafka_url, s.batch_size, s.emit_benign, s.data_dir) == ("kafka://k:1", 10, False, Path("/x"))


def test_secrets_never_print() -> None:
    s = Settings.from_env({"VERTICE_API_KEY": "hunter2", "VERTICE_COMMAND_SIGNING_KEY": "k3y",
                           "VERTICE_DATABASE_URL": "postgresql://u:pw@h/db"})
    text = repr(s) + str(s) + str(s.public_view())
    assert "hunter2" not in text and "k3y" not in text and "pw@" not in text
    assert s.api_key.reveal() == "hunter2"
    assert isinstance(s.api_key, SecretStr)


def test_frozen() -> None:
    s = Settings()
    with pytest.raises(AttributeError):
        s.batch_size = 3  # type: ignore[misc]


@pytest.mark.parametrize(("var", "value"), [("VERTICE_BATCH_SIZE", "many"), ("VERTICE_EMIT_BENIGN", "maybe"),
                                            ("VERTICE_PARTITIONS", "0"), ("VERTICE_TABLE_MEMORY_MB", "0")])
def test_bad_values_name_the_variable(var: str, value: str) -> None:
    with pytest.raises(ConfigError) as info:
        Settings.from_env({var: value})
    assert var in str(info.value)
    assert isinstance(info.value, VerticeError) and isinstance(info.value, ValueError)


def test_unset_urls_come_from_a_running_stack(tmp_path: Path) -> None:
    (tmp_path / "stack.json").write_text('{"kafka": "kafka://127.0.0.1:1", "nats": "nats://127.0.0.1:2", '
                                         '"postgres": "postgresql://p@127.0.0.1:3/p", "nats_token": "t"}')
    s = load_settings({"VERTICE_DATA_DIR": str(tmp_path), "VERTICE_NATS_URL": "nats://elsewhere:4"})
    assert s.kafka_url == "kafka://127.0.0.1:1"
    assert s.nats_url == "nats://elsewhere:4"
    assert s.database_url.reveal() == "postgresql://p@127.0.0.1:3/p"


def test_key_files_and_web_port_of_a_stack_folder(tmp_path: Path) -> None:
    (tmp_path / "stack.json").write_text('{"kafka": "kafka://127.0.0.1:1", "web": "http://127.0.0.1:7123"}')
    for name, value in (("api.key", "from-file\n"), ("signing.key", "signing-from-file"), ("read.key", "read")):
        (tmp_path / name).write_text(value)
        (tmp_path / name).chmod(0o600)
    s = load_settings({"VERTICE_DATA_DIR": str(tmp_path)})
    assert s.read_key.reveal() == "read"
    assert (s.api_key.reveal(), s.command_signing_key.reveal(), s.web_port) == ("from-file", "signing-from-file", 7123)
    assert "from-file" not in str(s.public_view())
    chosen = load_settings({"VERTICE_DATA_DIR": str(tmp_path), "VERTICE_API_KEY": "env", "VERTICE_WEB_PORT": "9"})
    assert (chosen.api_key.reveal(), chosen.web_port) == ("env", 9)  # the environment wins
    (tmp_path / "stack.json").unlink()
    assert load_settings({"VERTICE_DATA_DIR": str(tmp_path)}).command_signing_key.reveal() == "signing-from-file"


@pytest.mark.parametrize(("var", "value"), [
    ("VERTICE_TOPIC_DLQ", "bad topic!"), ("VERTICE_TOPIC_VERDICTS", ""), ("VERTICE_TOPIC_TELEMETRY", ".."),
    ("VERTICE_TOPIC_ALERTS", "a" * 250), ("VERTICE_TOPIC_SCORED", "scored\x00"), ("VERTICE_TOPIC_CYTOKINES", "*"),
    ("VERTICE_APP_ID", "my app"), ("VERTICE_APP_ID", "v" * 201)])
def test_topic_names_kafka_refuses_are_refused_at_start(var: str, value: str) -> None:
    with pytest.raises(ConfigError) as info:
        Settings.from_env({var: value})
    assert var in str(info.value) and "\n" not in str(info.value)


def test_legal_topic_names_pass() -> None:
    s = Settings.from_env({"VERTICE_TOPIC_DLQ": "prod.telemetry_dlq-2", "VERTICE_TOPIC_ALERTS": "a" * 249,
                           "VERTICE_APP_ID": "vertice-eu.1"})
    assert (s.topic_dlq, s.app_id) == ("prod.telemetry_dlq-2", "vertice-eu.1")


def test_two_roles_on_one_topic_are_refused() -> None:
    # a DLQ on the telemetry topic would feed every refused message back into the intake
    with pytest.raises(ConfigError) as info:
        Settings.from_env({"VERTICE_TOPIC_DLQ": "telemetry"})
    assert "VERTICE_TOPIC_DLQ" in str(info.value) and "VERTICE_TOPIC_TELEMETRY" in str(info.value)


def test_overrides_are_checked_as_the_environment_is() -> None:
    with pytest.raises(ConfigError, match="VERTICE_TOPIC_DLQ"):
        Settings().with_overrides(topic_dlq="telemetry")
    with pytest.raises(ConfigError, match="VERTICE_PARTITIONS"):
        Settings().with_overrides(partitions=0)
