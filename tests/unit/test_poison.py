"""Poison messages leave: transport errors are retried, anything else is returned to be dead-lettered; values that
become NATS subject tokens are encoded so that no wildcard, separator or oversized token can be produced."""

from __future__ import annotations

import asyncio
import base64
import random

import asyncpg
import nats.errors
import nats.js.errors
import orjson
import pytest

from schemas.contracts import validate
from schemas.errors import InvalidSubject
from streams.adapters.commandbus import TOKEN_VALUE_MAX, subject_token, token_value
from streams.adapters.db import jsonb_text
from streams.poison import dead_letter, is_transient, retry_transient


@pytest.mark.parametrize("value", ["agent-42", "a.>", "*", ">", "a b", "tab\there", "%41", "a.b.c", "é名\U0001f600",
                                   "\x00", "x" * TOKEN_VALUE_MAX, "..", "a\ud800"])
def test_a_subject_token_is_one_safe_token_and_decodes_back(value: str) -> None:
    token = subject_token(value)
    assert token and not set(token) & {".", "*", ">", " ", "\t", "\r", "\n"}
    assert token.isascii() and token.isprintable()
    assert token_value(token) == value
    assert len(token) <= 12 * TOKEN_VALUE_MAX


def test_plain_ids_keep_their_spelling() -> None:
    assert subject_token("agent-42_b") == "agent-42_b"
    assert subject_token("a.>") == "a%2E%3E" and subject_token("*") == "%2A" and subject_token("%") == "%25"


def test_random_values_round_trip_and_stay_distinct() -> None:
    rng = random.Random(7)
    alphabet = "ab.*> %\t-_é\x00\u3000"
    seen: dict[str, str] = {}
    for _ in range(5000):
        value = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        token = subject_token(value)
        assert token_value(token) == value and seen.setdefault(token, value) == value


@pytest.mark.parametrize("value", ["", "x" * (TOKEN_VALUE_MAX + 1), "t" * 10_000])
def test_empty_and_oversized_values_never_become_subjects(value: str) -> None:
    with pytest.raises(InvalidSubject) as caught:
        subject_token(value)
    assert isinstance(caught.value, ValueError)
    assert not is_transient(caught.value)


@pytest.mark.parametrize("exc", [
    ConnectionRefusedError(111, "refused"), ConnectionResetError(), TimeoutError(), OSError(113, "no route"),
    asyncpg.exceptions.ConnectionDoesNotExistError("gone"), asyncpg.exceptions.CannotConnectNowError("starting"),
    asyncpg.exceptions.TooManyConnectionsError("full"), asyncpg.exceptions.DeadlockDetectedError("deadlock"),
    nats.errors.NoServersError(), nats.errors.TimeoutError(), nats.errors.ConnectionClosedError(),
    nats.errors.NoRespondersError(), nats.js.errors.ServiceUnavailableError(),
    asyncpg.exceptions.InvalidPasswordError("password authentication failed"), nats.errors.AuthorizationError(),
])
def test_transport_errors_are_transient(exc: BaseException) -> None:
    assert is_transient(exc)


@pytest.mark.parametrize("exc", [
    asyncpg.exceptions.CharacterNotInRepertoireError("invalid byte sequence for encoding \"UTF8\": 0x00"),
    asyncpg.exceptions.UntranslatableCharacterError("unsupported Unicode escape sequence"),
    asyncpg.exceptions.DataError("invalid input for query argument $2"), asyncpg.exceptions.NotNullViolationError(""),
    nats.errors.BadSubjectError(), nats.errors.MaxPayloadError(), InvalidSubject("too long"),
    UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed"), KeyError("verdict_id"), TypeError("x"),
])
def test_everything_else_is_the_message_s_own_fault(exc: BaseException) -> None:
    assert not is_transient(exc)


def test_retry_transient_retries_the_transport_and_returns_the_poison() -> None:
    calls: list[int] = []
    failures: list[int] = []

    async def flaky() -> None:
        calls.append(1)
        if len(calls) < 3:
            raise ConnectionRefusedError(111, "refused")

    async def poison() -> None:
        calls.append(1)
        raise asyncpg.exceptions.CharacterNotInRepertoireError("invalid byte sequence for encoding \"UTF8\": 0x00")

    assert asyncio.run(retry_transient("flaky", flaky, lambda: failures.append(1), retry_s=0.001)) is None
    assert len(calls) == 3 and len(failures) == 2
    calls.clear()
    error = asyncio.run(retry_transient("poison", poison, lambda: failures.append(1), retry_s=0.001))
    assert isinstance(error, asyncpg.exceptions.CharacterNotInRepertoireError) and len(calls) == 1


def test_a_dead_letter_holds_the_reason_and_the_original() -> None:
    original = orjson.dumps({"verdict_id": "v-1", "entity": "a\x00b"})
    record = dead_letter("sink_rejected", asyncpg.exceptions.CharacterNotInRepertoireError("0x00"), original,
                         topic="verdicts", partition=3, offset=17)
    validate("dlq", record)
    assert base64.b64decode(record["original_b64"]) == original
    assert record["error"].startswith("CharacterNotInRepertoireError: ")
    validate("dlq", dead_letter("publish_rejected", InvalidSubject("x"), b"{}", topic="sovereign.commands"))


def test_jsonb_text_keeps_a_payload_nul_out_of_postgresql_only() -> None:
    doc = {"iocs": {"url": ["http://x\x00y"]}, "k\x00": ["\x00"], "n": 1, "s": "a\\u0000b"}
    text = jsonb_text(doc)
    assert "\\u0000" not in text.replace("\\\\u0000", "")
    assert orjson.loads(text) == {"iocs": {"url": ["http://x\ufffdy"]}, "k\ufffd": ["\ufffd"], "n": 1, "s": "a\\u0000b"}
    plain = {"a": "b\\u0000"}  # an escaped backslash before "u0000" is no NUL: left alone
    assert orjson.loads(jsonb_text(plain)) == plain


@pytest.mark.parametrize("command_id", ["c-1", "x.>", "a\r\nNats-Msg-Id: forged", "", "i" * 10_000])
def test_a_confirmation_goes_out_whatever_id_its_command_claimed(command_id: str) -> None:
    from streams.adapters.commandbus import id_token

    token = id_token(command_id)
    assert token and len(token) <= 12 * TOKEN_VALUE_MAX
    assert not set(token) & {".", "*", ">", " ", "\t", "\r", "\n", ":"}
    assert id_token(command_id) == token  # the same id, the same Nats-Msg-Id: JetStream still drops a repeat


def test_the_dlq_schema_names_every_reason() -> None:
    from schemas.contracts import load_schema
    from schemas.errors import POISON_REASONS, REJECTION_REASONS

    assert load_schema("dlq")["properties"]["reason"]["enum"] == [*REJECTION_REASONS, *POISON_REASONS]
