"""No secret ever appears in a log line; log lines are JSON."""

import io
import json
import logging

from schemas.settings import Settings
from streams.adapters.logs import configure


def test_secrets_never_reach_the_log() -> None:
    settings = Settings.from_env({"VERTICE_API_KEY": "api-key-value-123", "VERTICE_COMMAND_SIGNING_KEY": "sign-me-456",
                                  "VERTICE_DATABASE_URL": "postgresql://vertice:db-pass-789@db/vertice",
                                  "VERTICE_NATS_TOKEN": "nats-token-0ab"})
    out = io.StringIO()
    previous = logging.getLogger().handlers[:]
    try:
        configure("DEBUG", settings.secret_values(), out)
        log = logging.getLogger("vertice.test")
        log.info("connecting to %s with token %s", settings.database_url.reveal(), settings.nats_token.reveal())
        log.warning("request had Authorization: Bearer %s", settings.api_key.reveal())
        log.info("settings: %s", settings)
        try:
            raise ConnectionError(f"could not sign with {settings.command_signing_key.reveal()}")
        except ConnectionError:
            log.exception("executor failed")
    finally:
        logging.getLogger().handlers[:] = previous
    text = out.getvalue()
    for secret in ("api-key-value-123", "sign-me-456", "db-pass-789", "nats-token-0ab"):
        assert secret not in text
    lines = [json.loads(line) for line in text.splitlines()]
    assert [line["level"] for line in lines] == ["INFO", "WARNING", "INFO", "ERROR"]
    assert "postgresql://vertice:**********@db/vertice" in lines[0]["message"]
    assert "ConnectionError" in lines[3]["exception"]
