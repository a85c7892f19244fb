"""The worker's HTTP API as a stranger meets it: keys on every read, read keys that cannot change anything, no
Faust table or router pages, body limits on the bytes read, and each input that used to answer 500."""

from __future__ import annotations

import asyncio
import http.client
import json
import time
import urllib.parse
from collections.abc import Iterator
from typing import Any

import aiohttp
import pytest

from tests.integration.conftest import LiveStack

READS = ["/api/v1/verdicts/active", "/api/v1/verdicts/stats", "/api/v1/verdicts/v-none", "/api/v1/commands/c-none",
         "/api/v1/audits", "/api/v1/audits?command_id=c-none", "/hpc/anomalies", "/api/v1/cockpit/agents",
         "/api/v1/cockpit/audit-chain", "/api/v1/cockpit/counters"]
CHANGES = [("POST", "/api/v1/agents", {"agent_id": "never-registered", "pid": 4242}),
           ("POST", "/api/v1/commands", {"command_type": "MUTE", "targets": ["never-registered"]}),
           ("PUT", "/api/v1/verdicts/v-none/status", {"status": "DISMISSED"})]


def request(live: LiveStack, method: str, path: str, body: bytes | None = None, key: str | None = None,
            headers: dict[str, str] | None = None) -> tuple[int, Any]:
    """(status, JSON or text) of one request sent as written: the path is not quoted again."""
    parts = urllib.parse.urlsplit(live.web)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=10)
    try:
        conn.request(method, path, body=body, headers={**({"Authorization": f"Bearer {key}"} if key else {}),
                                                       **({"Content-Type": "application/json"} if body else {}),
                                                       **(headers or {})})
        response = conn.getresponse()
        raw = response.read()
        try:
            return response.status, json.loads(raw)
        except ValueError:
            return response.status, raw.decode(errors="replace")
    finally:
        conn.close()


@pytest.mark.parametrize("path", READS)
def test_every_read_refuses_without_a_key_and_with_a_wrong_one(live: LiveStack, path: str) -> None:
    status, body = request(live, "GET", path)
    assert status == 401 and "key" in body["error"]
    assert request(live, "GET", path, key="not-the-key")[0] == 401
    assert request(live, "GET", path, key=live.api_key[:-1])[0] == 401
    assert request(live, "GET", path, headers={"Authorization": live.read_key})[0] == 401  # no scheme
    assert request(live, "GET", path, key=live.read_key)[0] in (200, 404)
    assert request(live, "GET", path, key=live.api_key)[0] in (200, 404)


def test_extract_iocs_needs_a_key_but_only_the_read_one(live: LiveStack) -> None:
    body = json.dumps({"note": "c2 at hxxp://198.51.100.9/gate"}).encode()
    assert request(live, "POST", "/extract_iocs", body)[0] == 401
    assert request(live, "POST", "/extract_iocs", body, key=live.read_key)[0] == 200


@pytest.mark.parametrize(("method", "path", "body"), CHANGES)
def test_the_read_key_cannot_change_anything(live: LiveStack, method: str, path: str, body: Any) -> None:
    raw = json.dumps(body).encode()
    status, answer = request(live, method, path, raw, key=live.read_key)
    assert status == 403 and "operator" in answer["error"]
    assert request(live, method, path, raw)[0] == 401
    assert request(live, method, path, raw, key="not-the-key")[0] == 401


def test_open_paths_stay_open(live: LiveStack) -> None:
    for path in ("/health", "/api/v1/health", "/metrics", "/status", "/openapi.json"):
        assert request(live, "GET", path)[0] in (200, 503), path
    assert request(live, "GET", "/openapi.json")[1]["openapi"].startswith("3.")
    # the cockpit's page and assets: markup and code, open to read and nothing else
    for path in ("/", "/cockpit/app.js"):
        assert request(live, "GET", path)[0] == 200, path
        assert request(live, "POST", path, b"{}", key=live.read_key)[0] in (403, 405), path  # GET only


@pytest.mark.parametrize("path", ["/table/entities/203.0.113.7", "/table/entities/", "/table/", "/router/",
                                  "/router", "/graph/", "/performance/", "/assignment/"])
def test_faust_table_and_router_pages_are_gone(live: LiveStack, path: str) -> None:
    assert request(live, "GET", path)[0] == 404
    assert request(live, "GET", path, key=live.api_key)[0] == 404


def chunked(total: int, piece: int = 8192) -> Iterator[bytes]:
    body = b'{"note": "' + b"a" * (total - 12) + b'"}'
    for start in range(0, len(body), piece):
        yield body[start:start + piece]


def test_a_chunked_body_over_the_limit_is_413(live: LiveStack) -> None:
    parts = urllib.parse.urlsplit(live.web)
    for path, key in (("/api/v1/agents", live.api_key), ("/extract_iocs", live.read_key)):
        conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=30)
        try:
            conn.request("POST", path, body=chunked(840 * 1024), encode_chunked=True,
                         headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json",
                                  "Transfer-Encoding": "chunked"})
            response = conn.getresponse()
            assert response.status == 413, path
            assert "bytes" in json.loads(response.read())["error"]
        finally:
            conn.close()
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=30)
    try:  # the same route takes a chunked body under the limit
        conn.request("POST", "/extract_iocs", body=chunked(32 * 1024), encode_chunked=True,
                     headers={"Authorization": f"Bearer {live.read_key}", "Transfer-Encoding": "chunked"})
        assert conn.getresponse().status == 200
    finally:
        conn.close()


@pytest.mark.parametrize(("path", "headers"), [
    ("/api/v1/verdicts/active?" + "offset=false&" * 700, {}),  # a request line over aiohttp's 8190 bytes
    ("/api/v1/verdicts/active", {"X-Pad": "p" * 9000}),  # a header over it
    ("/api/v1/verdicts/active", {"X-Bad\x01": "1"}),  # a control character in a header's name
])
def test_a_request_the_parser_refuses_gets_a_json_4xx(live: LiveStack, path: str, headers: dict[str, str]) -> None:
    parts = urllib.parse.urlsplit(live.web)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=30)
    try:
        conn.putrequest("GET", path, skip_accept_encoding=True)
        for name, value in {"Authorization": f"Bearer {live.api_key}", **headers}.items():
            conn.putheader(name.encode("latin-1"), value.encode("latin-1"))
        conn.endheaders()
        response = conn.getresponse()
        assert 400 <= response.status < 500, response.status
        assert response.getheader("Content-Type", "").startswith("application/json")
        assert json.loads(response.read())["error"]
    finally:
        conn.close()


DEEP = b"[" * 300 + b"]" * 300
FINDING_11 = [  # (method, path, body, key): each answered 500 before
    ("POST", "/api/v1/agents", b'{"agent_id": "big-pid", "pid": 2147483648}', "api"),
    ("POST", "/api/v1/agents", b'{"agent_id": "huge-pid", "pid": 18446744073709551617}', "api"),
    ("POST", "/api/v1/agents", b'{"agent_id": "nul\\u0000id", "pid": 4242}', "api"),
    ("POST", "/api/v1/agents", b'{"agent_id": "lone\\ud800", "pid": 4242}', "api"),
    ("POST", "/api/v1/commands", b'{"command_type": "MUTE", "targets": ["x"], "parameters": {"p": ' + DEEP + b"}}",
     "api"),
    ("POST", "/api/v1/commands", b'{"command_type": "MUTE", "targets": ["x"], "parameters": {"n": 1' + b"0" * 25 +
     b"}}", "api"),
    ("POST", "/api/v1/commands", b'{"command_type": "MUTE", "targets": ["nul\\u0000"]}', "api"),
    ("PUT", "/api/v1/verdicts/v-x/status", b'{"status": "MITIGATED", "mitigation_command_id": "c\\u0000"}', "api"),
    ("POST", "/api/v1/agents", b'{"agent_id": ', "api"),
    ("POST", "/api/v1/agents", b'{"agent_id": ["a"], "pid": {}}', "api"),
    ("POST", "/extract_iocs", b'{"a": ' + DEEP + b"}", "read"),
    ("GET", "/api/v1/verdicts/v%00x", None, "read"),
    ("GET", "/api/v1/verdicts/%ED%A0%80", None, "read"),
    ("GET", "/api/v1/commands/c%00x", None, "read"),
    ("GET", "/api/v1/audits?command_id=c%00x", None, "read"),
    ("GET", "/api/v1/verdicts/active?agent_id=a%00b", None, "read"),
    ("PUT", "/api/v1/verdicts/v-x/status", b'{"status": "MITIGATED", "mitigation_command_id": "\\udc80"}', "api"),
    ("GET", "/api/v1/verdicts/active?offset=9223372036854775808", None, "read"),
    ("GET", "/api/v1/verdicts/active?offset=99999999999999999999999", None, "read"),
    ("GET", "/api/v1/verdicts/active?limit=%C2%B3", None, "read"),
    ("GET", "/api/v1/audits?limit=%C2%B3", None, "read"),
    ("GET", "/hpc/anomalies?limit=%C2%B3", None, "read"),
    ("GET", "/api/v1/audits?limit=%D9%A1%D9%A2", None, "read"),
]


@pytest.mark.parametrize(("method", "path", "body", "who"), FINDING_11)
def test_finding_11_inputs_get_a_4xx_with_a_reason(live: LiveStack, method: str, path: str, body: bytes | None,
                                                   who: str) -> None:
    status, answer = request(live, method, path, body, key=live.api_key if who == "api" else live.read_key)
    assert 400 <= status < 500 and status not in (401, 403), (status, answer)
    assert isinstance(answer, dict) and answer["error"], answer


def test_undecodable_percent_escapes_never_reach_the_database(live: LiveStack) -> None:
    # aiohttp keeps an undecodable path escape as written and decodes a query's as U+FFFD: no lone surrogate
    # gets through either way, and neither is a 5xx
    assert request(live, "GET", "/api/v1/verdicts/%ED%A0%80", key=live.read_key)[0] == 404
    status, answer = request(live, "GET", "/api/v1/verdicts/active?severity=%ED%A0%80", key=live.read_key)
    assert status == 200 and answer["verdicts"] == []


def test_websocket_needs_a_key_in_a_header_or_subprotocol(live: LiveStack) -> None:
    async def attempt(**kwargs: Any) -> Any:
        async with aiohttp.ClientSession() as session:
            try:
                async with session.ws_connect(f"{live.web}/ws/verdicts", timeout=aiohttp.ClientWSTimeout(ws_close=5),
                                              **kwargs) as socket:
                    first = json.loads((await socket.receive(timeout=10)).data)
                    return socket.protocol, first["type"]
            except aiohttp.WSServerHandshakeError as exc:
                return exc.status

    assert asyncio.run(attempt()) == 401
    assert asyncio.run(attempt(headers={"Authorization": "Bearer wrong"})) == 401
    assert asyncio.run(attempt(protocols=("vertice", "bearer.wrong"))) == 401
    assert asyncio.run(attempt(headers={"Authorization": f"Bearer {live.read_key}"})) == (None, "stats")
    assert asyncio.run(attempt(protocols=("vertice", f"bearer.{live.read_key}"))) == ("vertice", "stats")
    time.sleep(0.2)
