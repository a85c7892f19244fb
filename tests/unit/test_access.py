"""The API's keys and input checks without a server: scopes, refusals, and each finding-11 input as a 4xx."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from schemas.errors import InvalidRequest
from schemas.settings import Settings
from streams import access, web

SETTINGS = Settings.from_env({"VERTICE_API_KEY": "operator-key", "VERTICE_READ_KEY": "read-key"})


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def test_scopes_of_the_two_keys() -> None:
    assert access.scope_of(SETTINGS, "operator-key") == access.OPERATE
    assert access.scope_of(SETTINGS, "read-key") == access.READ
    assert access.scope_of(SETTINGS, "read-key ") is None and access.scope_of(SETTINGS, "") is None
    assert access.scope_of(SETTINGS, None) is None
    unset = Settings.from_env({})
    assert access.scope_of(unset, "") is None and access.scope_of(unset, "anything") is None


@pytest.mark.parametrize("path", ["/api/v1/verdicts/active", "/api/v1/verdicts/stats", "/api/v1/verdicts/v-1",
                                  "/api/v1/commands/c-1", "/api/v1/audits", "/hpc/anomalies", "/ws/verdicts"])
def test_reads_need_a_key(path: str) -> None:
    assert access.refusal(SETTINGS, "GET", path, {})[0] == 401  # type: ignore[index]
    assert access.refusal(SETTINGS, "GET", path, bearer("wrong"))[0] == 401  # type: ignore[index]
    assert access.refusal(SETTINGS, "GET", path, {"Authorization": "Basic cmVhZC1rZXk="})[0] == 401  # type: ignore[index]
    assert access.refusal(SETTINGS, "GET", path, bearer("read-key")) is None
    assert access.refusal(SETTINGS, "GET", path, bearer("operator-key")) is None
    unset = Settings.from_env({})
    assert access.refusal(unset, "GET", path, bearer("")) is not None


@pytest.mark.parametrize(("method", "path"), [("POST", "/api/v1/agents"), ("POST", "/api/v1/commands"),
                                              ("PUT", "/api/v1/verdicts/v-1/status"), ("DELETE", "/anything")])
def test_the_read_key_cannot_change_anything(method: str, path: str) -> None:
    assert access.refusal(SETTINGS, method, path, bearer("read-key"))[0] == 403  # type: ignore[index]
    assert access.refusal(SETTINGS, method, path, {})[0] == 401  # type: ignore[index]
    assert access.refusal(SETTINGS, method, path, bearer("operator-key")) is None


def test_open_paths_and_read_only_posts() -> None:
    for path in access.OPEN_PATHS:
        assert access.refusal(SETTINGS, "GET", path, {}) is None
    assert access.refusal(SETTINGS, "POST", "/extract_iocs", bearer("read-key")) is None
    assert access.refusal(SETTINGS, "GET", "/anything", {})[0] == 401  # type: ignore[index]  # closed unless opened
    # the cockpit's page and assets carry no data: open to read, nothing else; its data endpoints need a key
    assert access.refusal(SETTINGS, "GET", "/", {}) is None
    assert access.refusal(SETTINGS, "GET", "/cockpit/app.js", {}) is None
    assert access.refusal(SETTINGS, "POST", "/", {})[0] == 401  # type: ignore[index]
    assert access.refusal(SETTINGS, "PUT", "/cockpit/app.js", bearer("read-key"))[0] == 403  # type: ignore[index]
    assert access.refusal(SETTINGS, "GET", "/api/v1/cockpit/agents", {})[0] == 401  # type: ignore[index]


def test_websocket_key_as_a_subprotocol_never_from_the_url() -> None:
    assert access.credential({"Sec-WebSocket-Protocol": "vertice, bearer.read-key"}) == "read-key"
    assert access.credential({"Sec-WebSocket-Protocol": "vertice"}) is None
    assert access.credential({"Sec-WebSocket-Protocol": "bearer."}) is None
    assert access.refusal(SETTINGS, "GET", "/ws/verdicts?key=read-key", {}) is not None


class FakeContent:
    """A request body arriving in chunks, as aiohttp's StreamReader gives it; counts the bytes handed out."""

    def __init__(self, body: bytes, chunk: int = 4096) -> None:
        self.body, self.chunk, self.given = body, chunk, 0

    async def read(self, n: int) -> bytes:
        piece = self.body[self.given:self.given + min(n, self.chunk)]
        self.given += len(piece)
        return piece


class FakeRequest:
    def __init__(self, body: bytes, content_length: int | None = None) -> None:
        self.content = FakeContent(body)
        self.content_length = content_length


def body_of(raw: bytes, content_length: int | None = None) -> Any:
    return asyncio.run(web.json_body(FakeRequest(raw, content_length)))


def refused(raw: bytes) -> InvalidRequest:
    with pytest.raises(InvalidRequest) as info:
        body_of(raw)
    return info.value


def test_a_chunked_body_is_cut_off_at_the_limit_as_read() -> None:
    request = FakeRequest(b"[" + b"1," * 420_000 + b"1]")  # 840 KB, no Content-Length
    with pytest.raises(InvalidRequest) as info:
        asyncio.run(web.json_body(request))
    assert info.value.status == 413
    assert request.content.given <= web.MAX_BODY_BYTES + 65536  # stopped reading, did not swallow 840 KB
    declared = FakeRequest(b"{}", content_length=840_000)
    with pytest.raises(InvalidRequest):
        asyncio.run(web.json_body(declared))
    assert declared.content.given == 0
    assert body_of(b'{"a": 1}') == {"a": 1}


def test_finding_11_bodies_get_a_reason() -> None:
    assert refused(b"{").status == 422
    assert "64-bit" in str(refused(b'{"pid": 18446744073709551617}'))
    assert "64-bit" in str(refused(b'{"n": ' + b"9" * 5000 + b"}"))
    assert "surrogate" in str(refused(b'{"agent_id": "\\ud800"}'))
    assert "NUL" in str(refused(b'{"agent_id": "a\\u0000b"}'))
    assert "NUL" in str(refused(b'{"a\\u0000": 1}'))
    assert "nested" in str(refused(b'{"p": ' + b"[" * 300 + b"]" * 300 + b"}"))
    assert "nested" in str(refused(b"[" * 60_000 + b"]" * 5000))  # deep enough to exhaust the parser's stack
    assert "not JSON" in str(refused(b'{"x": NaN}'))
    assert "double" in str(refused(b'{"x": 1e400}'))
    assert refused(b"\xff\xfe").status == 422
    assert body_of(json.dumps({"p": {"q": [1, -9223372036854775808, 9223372036854775807]}}).encode())


@pytest.mark.parametrize("body", [
    {"agent_id": "a", "pid": 2**31}, {"agent_id": "a", "pid": 2**22 + 1}, {"agent_id": "a", "pid": 1},
    {"agent_id": "a", "pid": True}, {"agent_id": "a", "pid": "123"}, {"agent_id": "a\x00", "pid": 1234},
    {"agent_id": "\ud800", "pid": 1234}, {"agent_id": "x" * 257, "pid": 1234}, {"agent_id": 5, "pid": 1234},
    {"agent_id": "a", "pid": 1234, "parent_agent_id": "b\n"}, ["agent_id"],
])
def test_bad_registrations(body: Any) -> None:
    with pytest.raises(InvalidRequest):
        web.validate_agent(body)


def test_good_registration() -> None:
    assert web.validate_agent({"agent_id": "agent-ops", "pid": 4321, "parent_agent_id": None}) == ("agent-ops", 4321,
                                                                                                    None)


@pytest.mark.parametrize("change", [
    {"targets": ["a\x00"]}, {"targets": ["\ud800"]}, {"targets": ["a\tb"]}, {"targets": ["a\nb"]},
    {"targets": ["x" * 10_000]}, {"targets": ["a"] * 65},
    {"targets": "a"}, {"command_type": "EXPLODE"}, {"parameters": []}, {"deadline_s": 0}, {"deadline_s": True},
    {"command_id": "c\x00"}, {"command_id": "x" * 129},
])
def test_bad_commands(change: dict[str, Any]) -> None:
    with pytest.raises(InvalidRequest):
        web.validate_command_request({"command_type": "MUTE", "targets": ["agent-1"], **change})


@pytest.mark.parametrize("target", ["a b", "a.b", "a.>", "*", ">", "é 名.*", "x" * 256])
def test_targets_that_are_no_subject_token_are_accepted(target: str) -> None:
    # streams.adapters.commandbus encodes every target as its own subject token
    assert web.validate_command_request({"command_type": "MUTE", "targets": [target]})["targets"] == [target]


@pytest.mark.parametrize(("raw", "ok"), [("10", True), (None, True), ("", True), ("³", False), ("١٢", False),
                                         ("-1", False), ("9223372036854775808", False), (" 5", False),
                                         ("5\x00", False), ("0", False), ("500", True), ("501", False)])
def test_query_integers_are_ascii_and_bounded(raw: str | None, ok: bool) -> None:
    if ok:
        assert 1 <= web.int_param(raw, "limit", 100, 1, 500) <= 500
    else:
        with pytest.raises(InvalidRequest, match="limit"):
            web.int_param(raw, "limit", 100, 1, 500)


@pytest.mark.parametrize("value", ["", "a\x00b", "\ud800", "\udfff-x", "tab\there", "x" * 257, "del\x7f", 7])
def test_unsafe_ids(value: Any) -> None:
    with pytest.raises(InvalidRequest):
        web.text_param(value, "verdict_id")


def test_safe_ids_pass_unchanged() -> None:
    for value in ("v-9e0b6f1c", "agent ops", "ünïcødé-🙂", "a.b*>"):
        assert web.text_param(value, "id") == value
    assert web.text_param(None, "id", required=False) is None


def test_faust_table_and_router_pages_are_off(worker: Any) -> None:
    app = worker.app

    for flag in ("web_router_enabled", "web_tables_enabled", "web_graph_enabled", "web_stats_enabled",
                 "web_metrics_enabled"):
        assert getattr(app.conf, flag) is False, flag
    assert all(prefix not in ("/router", "/table", "/graph") for prefix, _ in app.web.blueprints._enabled)


def test_openapi_document_names_every_route_the_worker_serves(worker: Any) -> None:
    app = worker.app

    document = json.loads(web.OPENAPI.read_text())
    assert document["openapi"].startswith("3.")
    routes = {r.resource.canonical for r in app.web.web_app.router.routes() if r.resource is not None}
    assert routes - {"/"} <= set(document["paths"]), routes - set(document["paths"])
