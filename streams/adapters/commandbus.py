"""NATS JetStream command bus: streams, publishing commands and confirmations, deduplicated by id."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
from typing import Any

import nats
import orjson
from nats.aio.client import Client
from nats.js import JetStreamContext
from nats.js.api import DiscardPolicy, RetentionPolicy, StorageType, StreamConfig

from schemas.errors import InvalidSubject, Unavailable

log = logging.getLogger(__name__)

COMMAND_STREAM = "SOVEREIGN_COMMANDS"
CONFIRMATION_STREAM = "SOVEREIGN_CONFIRMATIONS"
ANCHOR_STREAM = "SOVEREIGN_AUDIT"
COMMAND_SUBJECT = "sovereign.commands"
CONFIRMATION_SUBJECT = "sovereign.confirmations"
ANCHOR_SUBJECT = "sovereign.audit"
DUPLICATE_WINDOW_S = 24 * 3600.0
TOKEN_VALUE_MAX = 256
"""Characters of a value that may become a subject token (an id's bound); its token has at most 12 per character."""
_TOKEN_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def subject_token(value: str) -> str:
    """``value`` as one NATS subject token: ASCII letters, digits, ``-`` and ``_`` stay, every other UTF-8 byte
    becomes ``%XX`` (``%`` included), so no token holds ``.``, ``*``, ``>`` or whitespace, and ``token_value``
    gives the value back. Empty values and values over ``TOKEN_VALUE_MAX`` characters are refused."""
    if not value or len(value) > TOKEN_VALUE_MAX:
        raise InvalidSubject(f"a subject token needs 1 to {TOKEN_VALUE_MAX} characters, got {len(value)}")
    raw = value.encode("utf-8", "surrogatepass")
    return "".join(chr(b) if b in _TOKEN_SAFE else f"%{b:02X}" for b in raw)


def token_value(token: str) -> str:
    """The value ``subject_token`` encoded as ``token``."""
    out = bytearray()
    i = 0
    while i < len(token):
        if token[i] == "%":
            out.append(int(token[i + 1:i + 3], 16))
            i += 3
        else:
            out.append(ord(token[i]))
            i += 1
    return out.decode("utf-8", "surrogatepass")


CONNECT_TIMEOUT_S = 5.0


async def connect(url: str, token: str | None, name: str, timeout_s: float = CONNECT_TIMEOUT_S) -> Client:
    """A client that reconnects for ever once connected; the first connection must succeed within ``timeout_s``
    (a refused token fails at once) or this raises Unavailable naming the cause, never a retry loop."""
    loop = asyncio.get_running_loop()
    refused: asyncio.Future[Any] = loop.create_future()
    last = {"error": "no answer"}
    connected = asyncio.Event()

    async def on_error(exc: Exception) -> None:
        text = str(exc).removeprefix("nats: ").strip("'") or type(exc).__name__
        if connected.is_set() and text != last["error"]:  # once connected: one line per change of cause
            log.warning("NATS %s: %s", url, text)
        last["error"] = text
        if "authorization" in text.lower() and not refused.done():
            refused.set_result(text)

    attempt: asyncio.Future[Any] = asyncio.ensure_future(nats.connect(
        url, token=token or None, name=name, max_reconnect_attempts=-1, reconnect_time_wait=0.5,
        connect_timeout=min(2.0, timeout_s), error_cb=on_error))
    done, _ = await asyncio.wait({attempt, refused}, timeout=timeout_s, return_when=asyncio.FIRST_COMPLETED)
    if attempt in done:
        refused.cancel()
        client = attempt.result()  # raises the first connection's own error, if any
        connected.set()
        return client
    attempt.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await attempt
    if refused in done:
        raise Unavailable(f"NATS at {url} refused the token (VERTICE_NATS_TOKEN): {refused.result()}")
    refused.cancel()
    raise Unavailable(f"NATS at {url} not reachable within {timeout_s:.0f} s: {last['error']}")


async def ensure_streams(js: JetStreamContext) -> None:
    """File storage, deletes and purges denied, a day's duplicate window on Nats-Msg-Id."""
    for name, subject in ((COMMAND_STREAM, COMMAND_SUBJECT), (CONFIRMATION_STREAM, CONFIRMATION_SUBJECT),
                          (ANCHOR_STREAM, ANCHOR_SUBJECT)):
        config = StreamConfig(
            name=name, subjects=[f"{subject}.>"], storage=StorageType.FILE, retention=RetentionPolicy.LIMITS,
            discard=DiscardPolicy.OLD, duplicate_window=DUPLICATE_WINDOW_S, deny_delete=True, deny_purge=True,
        )
        try:
            await js.add_stream(config)
        except nats.js.errors.BadRequestError:
            await js.update_stream(config)


async def publish_command(js: JetStreamContext, command: dict[str, Any]) -> bool:
    """Publish to ``sovereign.commands.<agent_id as a subject_token>``; returns False when JetStream reports a
    duplicate."""
    ack = await js.publish(f"{COMMAND_SUBJECT}.{subject_token(command['targets'][0])}", orjson.dumps(command),
                           headers={"Nats-Msg-Id": command["command_id"]})
    return not ack.duplicate


def id_token(value: str) -> str:
    """``subject_token(value)``, or for a value too long for one a digest of it: a confirmation of a rejected
    command must go out whatever id the command claimed (subscribers read the id from the confirmation)."""
    if 0 < len(value) <= TOKEN_VALUE_MAX:
        return subject_token(value)
    return "sha256-" + hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()


async def publish_confirmation(js: JetStreamContext, confirmation: dict[str, Any]) -> None:
    token = id_token(str(confirmation["command_id"]))
    await js.publish(f"{CONFIRMATION_SUBJECT}.{token}", orjson.dumps(confirmation),
                     headers={"Nats-Msg-Id": "conf-" + token})  # a header value holds no CR or LF either


async def publish_anchor(js: JetStreamContext, seq: int, digest: str) -> None:
    """Anchor the audit chain's head outside PostgreSQL: a rewrite of the whole table no longer matches."""
    await js.publish(f"{ANCHOR_SUBJECT}.anchor", orjson.dumps({"seq": seq, "hash": digest}),
                     headers={"Nats-Msg-Id": f"anchor-{seq}-{digest[:16]}"})


async def read_anchors(js: JetStreamContext) -> list[tuple[int, str]]:
    """Every anchor published so far, oldest first."""
    try:
        info = await js.stream_info(ANCHOR_STREAM)
    except nats.js.errors.NotFoundError:
        return []
    anchors = []
    for sequence in range(info.state.first_seq, info.state.last_seq + 1):
        if info.state.messages == 0:
            break
        message = await js.get_msg(ANCHOR_STREAM, sequence)
        doc = orjson.loads(message.data or b"{}")
        anchors.append((int(doc["seq"]), str(doc["hash"])))
    return anchors
