"""Property-based fuzzing of the real worker from its published OpenAPI document (schemathesis): inputs that fit
the document and inputs that break it, with the operator key, must never get a 5xx."""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig

from streams.web import OPENAPI
from tests.integration.conftest import LiveStack, on_postgres

CONFIG = SchemathesisConfig.from_dict({
    "generation": {"mode": "all", "max-examples": 40, "allow-x00": True, "with-security-parameters": False},
})
schema = schemathesis.openapi.from_path(str(OPENAPI), config=CONFIG)
answered: dict[str, set[int]] = {}


@schema.parametrize()
def test_no_input_gets_a_server_error(case: Any, live: LiveStack) -> None:
    response = case.call(base_url=live.web, headers={"Authorization": f"Bearer {live.api_key}"}, timeout=10)
    answered.setdefault(f"{case.method} {case.path}", set()).add(response.status_code)
    try:
        assert response.status_code < 500, (case.method, case.formatted_path, case.query, case.body,
                                            response.status_code, response.text[:300])
        if 400 <= response.status_code < 500 and case.path != "/ws/verdicts":
            assert response.json()["error"], response.text[:300]
    finally:
        if case.method == "POST" and case.path == "/api/v1/stages/{stage}" and response.status_code == 200:
            # a fuzzed open would bypass a stage for the tests after this one
            live.http(f"/api/v1/stages/{case.path_parameters['stage']}", "POST",
                      {"state": "closed", "reason": "fuzzing over"}, key=live.api_key)
        if case.method == "POST" and case.path == "/api/v1/agents" and response.status_code == 201:
            # a fuzzed registration may name any live process: gone before any fuzzed command can reach it
            agent_id = response.json()["agent_id"]
            on_postgres(live.urls.postgres, lambda conn: conn.execute("DELETE FROM agents WHERE agent_id = $1",
                                                                      agent_id))
