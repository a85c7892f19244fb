import importlib
import pkgutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from ops.cli import main

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ["streams", "agents", "tables", "models", "schemas", "ops"]


def all_modules() -> list[str]:
    names = []
    for package in PACKAGES:
        names.append(package)
        names += [m.name for m in pkgutil.walk_packages([str(ROOT / package)], prefix=f"{package}.")]
    return names


@pytest.mark.parametrize("name", all_modules())
def test_every_module_imports(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERTICE_DATA_DIR", str(tmp_path))
    importlib.import_module(name)


@pytest.mark.parametrize("args", [["produce", "/no/such/file"], ["produce", "--rate", "-1", "x"],
                                  ["up", "--kafka-port", "99999"], ["agents", "register", "--agent-id", "a",
                                                                     "--pid", "nope"], ["nonsense"]])
def test_bad_arguments_get_a_message_not_a_traceback(args: list[str]) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output and "Error" in result.output


def test_taken_port_is_one_line(tmp_path: Path) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        result = CliRunner().invoke(main, ["up", "--data-dir", str(tmp_path), "--kafka-port", str(port)])
    assert result.exit_code == 1
    expected = f"Error: port {port} on 127.0.0.1 is already in use (wanted for kafka)"
    assert result.output.strip().splitlines()[0] == expected


def test_config_masks_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERTICE_API_KEY", "super-secret-value")
    result = CliRunner().invoke(main, ["config"])
    assert result.exit_code == 0
    assert "VERTICE_API_KEY=**********" in result.output and "super-secret-value" not in result.output


def test_bench_reflex_measures_the_traffic_it_is_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    monkeypatch.chdir(tmp_path)  # no ../shared here: the default pack alone
    requests = tmp_path / "normal.txt"
    requests.write_bytes(b"GET /shop/item?id=7 HTTP/1.1\r\nHost: shop\r\n\r\n"
                         b"POST /shop/cart HTTP/1.1\r\nHost: shop\r\nContent-Length: 9\r\n\r\nitem=7&n=\r\n"
                         b"GET /a/../../etc/passwd HTTP/1.1\r\nHost: shop\r\n\r\n")
    result = CliRunner().invoke(main, ["bench", "reflex", "--events", "100", "--traffic", str(requests), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["events"] == 3 and figures["traffic"] == [str(requests)] and figures["crs"] is None
    assert figures["events_per_s"] > 0 and figures["p99_ms"] >= figures["p50_ms"] > 0

    broken = tmp_path / "events.jsonl"
    broken.write_text('{"kind": "http"}\nnot json\n')
    for args in (["bench", "reflex", "--traffic"], ["models", "train", "--out", str(tmp_path / "p.json"), "--normal"]):
        result = CliRunner().invoke(main, [*args, str(broken), "--format", "jsonl"])
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert result.output.startswith(f"Error: {broken} line 2: not JSON (") and len(result.output.splitlines()) == 1
