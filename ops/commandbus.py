"""NATS JetStream command bus: streams, publishing commands and confirmations, deduplicated by id."""

from __future__ import annotations

import logging
from typing import Any

import nats
import orjson
from nats.aio.client import Client
from nats.js import JetStreamContext
from nats.js.api import DiscardPolicy, RetentionPolicy, StorageType, StreamConfig

log = logging.getLogger(__name__)

COMMAND_STREAM = "SOVEREIGN_COMMANDS"
CONFIRMATION_STREAM = "SOVEREIGN_CONFIRMATIONS"
ANCHOR_STREAM = "SOVEREIGN_AUDIT"
COMMAND_SUBJECT = "sovereign.commands"
CONFIRMATION_SUBJECT = "sovereign.confirmations"
ANCHOR_SUBJECT = "sovereign.audit"
DUPLICATE_WINDOW_S = 24 * 3600.0


async def connect(url: str, token: str | None, name: str) -> Client:
    return await nats.connect(url, token=token or None, name=name, max_reconnect_attempts=-1,
                              reconnect_time_wait=0.5, connect_timeout=5)


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
    """Publish to ``sovereign.commands.<agent_id>``; returns False when JetStream reports a duplicate."""
    ack = await js.publish(f"{COMMAND_SUBJECT}.{command['targets'][0]}", orjson.dumps(command),
                           headers={"Nats-Msg-Id": command["command_id"]})
    return not ack.duplicate


async def publish_confirmation(js: JetStreamContext, confirmation: dict[str, Any]) -> None:
    await js.publish(f"{CONFIRMATION_SUBJECT}.{confirmation['command_id']}", orjson.dumps(confirmation),
                     headers={"Nats-Msg-Id": "conf-" + confirmation["command_id"]})


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
