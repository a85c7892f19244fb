"""The `vertice` command line."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

import click
import orjson

from agents.breakers import STAGES
from schemas.errors import TopicMissing, VerticeError
from schemas.settings import KEY_FILES, Settings, load_settings


class VerticeGroup(click.Group):
    """Errors the project raises on purpose end as one line, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except VerticeError as exc:
            raise click.ClickException(str(exc)) from None
        except OSError as exc:
            raise click.ClickException(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": ")) from None


def _settings() -> Settings:
    return load_settings()


def _printable(text: str) -> str:
    return text.encode("unicode_escape").decode("ascii")


def _emit(result: dict[str, Any], as_json: bool, render: Any) -> None:
    """One JSON object with --json, else the human summary that ``render(result)`` writes."""
    click.echo(json.dumps(result) if as_json else render(result))


@click.group(cls=VerticeGroup)
@click.version_option("0.1.0", prog_name="vertice")
def main() -> None:
    """VÉRTICE: a stream-processing security pipeline on Faust and Kafka."""


# -- the stack --------------------------------------------------------------------------------------------------
@main.command()
@click.option("--data-dir", type=click.Path(path_type=Path), default=None, help="State folder [VERTICE_DATA_DIR].")
@click.option("--no-worker", is_flag=True, help="Start the servers only (run a worker by hand with faust -A).")
@click.option("--kafka-port", type=click.IntRange(0, 65535), default=0, help="0 picks a free port.")
@click.option("--nats-port", type=click.IntRange(0, 65535), default=0)
@click.option("--postgres-port", type=click.IntRange(0, 65535), default=0)
@click.option("--web-port", type=click.IntRange(0, 65535), default=0, help="The worker's web port.")
@click.option("--stop-timeout", "stop_timeout_s", type=click.FloatRange(1, 600), default=15.0, show_default=True,
              help="Seconds the worker and the executor get for their graceful stop before SIGKILL.")
def up(data_dir: Path | None, no_worker: bool, kafka_port: int, nats_port: int, postgres_port: int,
       web_port: int, stop_timeout_s: float) -> None:
    """Start the embedded stack (Tansu, NATS JetStream, PostgreSQL), a worker and the executor, and watch them:
    whatever exits is restarted (Tansu's exit stops everything: its topics live in memory)."""
    from ops import stack

    settings = _settings()
    folder = (data_dir or settings.data_dir).resolve()
    embedded = stack.EmbeddedStack(folder, kafka_port=kafka_port, nats_port=nats_port, postgres_port=postgres_port,
                                   stop_timeout_s=stop_timeout_s)
    stopping = {"now": False}

    def on_signal(signum: int, _frame: Any) -> None:
        stopping["now"] = True

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        urls = embedded.start()
        # a worker or executor started by hand in this folder reads the same keys (schemas.settings)
        keys = {name: stack.local_secret(folder / file, getattr(settings, name).reveal())
                for name, file in KEY_FILES.items()}
        web = ""
        if not no_worker:
            if web_port:
                stack.check_port_free(web_port, "the worker's web port")
            port = web_port or stack.free_port()
            env = urls.worker_env(folder, port, **keys)
            embedded.spawn("executor", stack.executor_argv(), env=env)
            embedded.start_worker(env)
            web = f"http://127.0.0.1:{port}"
        supervisor = stack.Supervisor(embedded, echo=lambda line: click.echo(line, err=True))
        path = embedded.write_stack_json(web, supervisor.components())
        click.echo(f"kafka     {urls.kafka}\nnats      {urls.nats}\npostgres  {stack.public_url(urls.postgres)}\n"
                   f"web       {web or '-'}")
        if web:
            click.echo(f"cockpit   {web}/  (the operators' page: the read key to watch, the operator key to act)")
        click.echo(f"ready; URLs in {path}; operator key in {folder / 'api.key'}, read key in {folder / 'read.key'}, "
                   f"signing key in {folder / 'signing.key'}. Ctrl-C or `vertice down` stops everything.")
        while not stopping["now"]:
            if supervisor.check():  # it records restarted servers for the kill switch too
                embedded.write_stack_json(web, supervisor.components())
            time.sleep(0.2)
    finally:
        if embedded.processes:
            embedded.stop()
            click.echo("stopped everything it started", err=True)



@main.command()
@click.option("--data-dir", type=click.Path(path_type=Path), default=None, help="State folder [VERTICE_DATA_DIR].")
@click.option("--timeout", "timeout_s", type=click.FloatRange(1, 3600), default=60.0, show_default=True,
              help="Seconds to wait for the stack to stop.")
def down(data_dir: Path | None, timeout_s: float) -> None:
    """Stop the stack `vertice up` runs from the data dir (it stops its programs, then its servers)."""
    import os

    from ops import stack

    folder = (data_dir or _settings().data_dir).resolve()
    pid = stack.running_pid(folder)
    if pid is None:
        click.echo(f"no stack is running from {folder}")
        return
    if pid <= 1:
        raise click.ClickException(f"{folder / stack.LOCK_FILE} is locked but names no process to stop")
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout_s
    while stack.running_pid(folder) is not None:
        if time.monotonic() > deadline:
            raise click.ClickException(f"the stack (pid {pid}) did not stop within {timeout_s:.0f} s")
        time.sleep(0.1)
    click.echo(f"stopped the stack running from {folder} (pid {pid})")


@main.command()
@click.option("--data-dir", type=click.Path(path_type=Path), default=None, help="State folder [VERTICE_DATA_DIR].")
@click.option("--json", "as_json", is_flag=True)
def status(data_dir: Path | None, as_json: bool) -> None:
    """Each component of the stack running from the data dir: running or not, pid, restarts, URL."""
    from ops import stack

    folder = (data_dir or _settings().data_dir).resolve()
    pid = stack.running_pid(folder)
    doc = stack.read_stack_json(folder) if pid is not None else None
    if pid is None or doc is None:
        raise click.ClickException(f"no stack is running from {folder}" if pid is None else
                                   f"the stack (pid {pid}) in {folder} is starting")
    urls = {"kafka": doc.get("kafka", ""), "nats": doc.get("nats", ""),
            "postgres": stack.public_url(doc.get("postgres", "")), "worker": doc.get("web", "")}
    rows = {}
    for name, entry in doc.get("components", {}).items():
        alive = entry["pid"] is not None and stack.process_started(entry["pid"]) == entry.get("started")
        rows[name] = {"state": "running" if alive else "restarting" if entry["pid"] is None else "down",
                      "pid": entry["pid"], "restarts": entry["restarts"], "url": urls.get(name, "")}
    if as_json:
        click.echo(json.dumps({"pid": pid, "data_dir": str(folder), "components": rows}))
        return
    click.echo(f"stack pid {pid} in {folder}")
    for name, row in rows.items():
        click.echo(f"  {name:9s} {row['state']:10s} pid {row['pid'] or '-':<8} restarts {row['restarts']:<3} "
                   f"{row['url'] or ''}".rstrip())


@main.command()
def migrate() -> None:
    """Apply the PostgreSQL migrations to VERTICE_DATABASE_URL (or the running embedded stack's database)."""
    import asyncpg

    from streams.adapters import db

    url = _settings().database_url.reveal()
    if not url:
        raise click.ClickException("VERTICE_DATABASE_URL is not set and no embedded stack is running")
    try:
        applied = asyncio.run(asyncio.wait_for(db.migrate(url), timeout=30))
    except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, TimeoutError) as exc:
        raise click.ClickException(f"migration failed: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}"
                                   ) from None
    click.echo(f"applied {len(applied)} migrations: {', '.join(applied)}" if applied else "schema up to date")


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object.")
@click.option("--data-dir", type=click.Path(path_type=Path), default=None)
@click.option("--timeout", "timeout_s", type=click.FloatRange(10, 3600), default=180.0)
def demo(as_json: bool, data_dir: Path | None, timeout_s: float) -> None:
    """Replay a generated attack scenario through the whole pipeline and summarise."""
    from ops.demo import run_demo

    result = run_demo((data_dir or _settings().data_dir), as_json=as_json, timeout_s=timeout_s, echo=click.echo)
    summary = result.summary()
    if as_json:
        click.echo(json.dumps(summary))
        return
    click.echo("\nsummary")
    click.echo(f"  events in            {summary['events']}")
    click.echo("  verdicts             " + ", ".join(f"{k} {v}" for k, v in summary["verdicts"].items()))
    click.echo(f"  dead-lettered        {summary['dlq']}")
    click.echo(f"  commands             {summary['commands_issued']} issued, {summary['commands_confirmed']} confirmed")
    for c in result.confirmations:
        click.echo(f"    {c['command_id'][:14]}  {c['status']:9s} layers {','.join(c['executed_layers']) or '-'}"
                   f"  cascaded {','.join(c['cascaded_agents']) or '-'}  {c['error'] or ''}")
    click.echo(f"  agents stopped       {', '.join(summary['agents_stopped']) or 'none'}")
    for title in summary["entity_verdicts"]:
        click.echo(f"  pattern              {title}")
    click.echo(f"  telemetry→verdict    p50 {summary['latency_ms']['p50']} ms, p99 {summary['latency_ms']['p99']} ms")


# -- data in and out --------------------------------------------------------------------------------------------
@main.command()
@click.argument("file", type=click.File("rb"))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl",
              help="jsonl: one event per line; json: one array of events.")
@click.option("--rate", type=click.FloatRange(min=0, min_open=True), default=None, help="Events per second.")
@click.option("--batch", type=click.IntRange(1, 10000), default=1, help="Events per Kafka message.")
def produce(file: Any, fmt: str, rate: float | None, batch: int) -> None:
    """Push telemetry from FILE to the telemetry topic, keyed by entity."""
    from streams.adapters import kafka

    settings = _settings()
    if fmt == "json":
        text = file.read()
        try:
            events = orjson.loads(text)
        except orjson.JSONDecodeError as exc:
            hint = "; it looks like JSON lines: use --format jsonl" if text.lstrip()[:1] == b"{" else ""
            raise click.ClickException(f"{file.name} is not one JSON array ({exc}){hint}") from None
        if not isinstance(events, list):
            raise click.BadParameter("a json file must hold an array of events", param_hint="FILE")
    else:
        events = []
        for number, line in enumerate(file, 1):
            if line.strip():
                try:
                    events.append(orjson.loads(line))
                except orjson.JSONDecodeError as exc:
                    raise click.BadParameter(f"line {number}: {exc}", param_hint="FILE") from None
    url = settings.kafka_url or "kafka://127.0.0.1:9092"
    kafka.metadata(url)  # an unreachable broker fails here in seconds, not after the first flush
    producer = kafka.producer(url, **kafka.QUIET)
    started = time.monotonic()
    sent = 0
    for index in range(0, len(events), batch):
        chunk = events[index:index + batch]
        key = str(chunk[0].get("entity", "")) if isinstance(chunk[0], dict) else ""
        value = orjson.dumps(chunk if batch > 1 else chunk[0])
        producer.produce(settings.topic_telemetry, key=key.encode(), value=value)
        producer.poll(0)
        sent += len(chunk)
        if rate:
            ahead = sent / rate - (time.monotonic() - started)
            if ahead > 0:
                time.sleep(ahead)
    left = producer.flush(10)
    if left:
        raise click.ClickException(f"{left} messages were not delivered to {url} within 10 s")
    click.echo(f"produced {sent} events in {(sent + batch - 1) // batch} messages", err=True)


@main.command()
@click.option("--follow", is_flag=True, help="Keep printing new verdicts (ends with one line if Kafka goes away).")
@click.option("--json", "as_json", is_flag=True, help="One JSON verdict per line.")
def verdicts(follow: bool, as_json: bool) -> None:
    """Print verdicts from the verdicts topic."""
    from streams.adapters import kafka

    settings = _settings()
    for message in kafka.read_topic(settings.kafka_url or "kafka://127.0.0.1:9092", settings.topic_verdicts,
                                    follow=follow):
        if as_json:
            click.echo(message.value().decode())
            continue
        v = orjson.loads(message.value())
        click.echo(f"{v['final_verdict']:10s} {v['severity']:8s} {v['confidence']:.2f}  {v['entity']:18s} "
                   f"{v.get('title', '')}")


@main.command()
@click.option("--limit", type=click.IntRange(1, 1_000_000), default=100, help="Print at most this many (newest).")
@click.option("--json", "as_json", is_flag=True, help="One JSON record per line, as dead-lettered.")
def dlq(limit: int, as_json: bool) -> None:
    """Print the dead-letter topic: each rejected message with its reason."""
    import base64
    import collections

    from streams.adapters import kafka

    settings = _settings()
    url = settings.kafka_url or "kafka://127.0.0.1:9092"
    try:
        records = collections.deque(kafka.read_topic(url, settings.topic_dlq), maxlen=limit)
    except TopicMissing:
        click.echo(f"no dead-lettered messages ({settings.topic_dlq} does not exist yet)", err=True)
        return
    for message in records:
        if as_json:
            click.echo(message.value().decode(errors="replace"))
            continue
        try:
            record = orjson.loads(message.value())
        except orjson.JSONDecodeError:
            click.echo(f"(unreadable DLQ record of {len(message.value())} bytes)")
            continue
        try:
            original = base64.b64decode(str(record.get("original_b64", "")))[:80]
        except ValueError:
            original = b""
        where = f"{record.get('topic', '')}:{record.get('partition', '')}@{record.get('offset', '')}"
        # escaped: control characters in hostile input must not reach the operator's terminal
        click.echo(f"{record.get('reason', '?'):18s} {where:22s} {_printable(str(record.get('error', ''))[:120])}"
                   f"  | {_printable(original.decode('utf-8', 'replace'))}")
    click.echo(f"{len(records)} dead-lettered message(s) shown", err=True)


@main.command()
@click.option("--json", "as_json", is_flag=True)
def health(as_json: bool) -> None:
    """Check every component: Kafka, NATS, PostgreSQL and the worker."""
    from streams.adapters.health import check_all

    results = asyncio.run(check_all(_settings()))
    if as_json:
        click.echo(json.dumps(results))
    else:
        for name, (ok, detail) in results.items():
            click.echo(f"{'ok  ' if ok else 'FAIL'} {name:10s} {detail}")
    if not all(ok for ok, _ in results.values()):
        sys.exit(1)


# -- stage circuit breakers -------------------------------------------------------------------------------------
def _worker_api(settings: Settings, path: str, body: dict[str, Any] | None = None,
                worker: str | None = None) -> dict[str, Any]:
    """One call to the worker's API with the operator key; a refusal or an unreachable worker is one line."""
    import urllib.error
    import urllib.request

    base = (worker or f"http://{settings.web_host}:{settings.web_port}").rstrip("/")
    if not base.startswith(("http://", "https://")):
        raise click.ClickException(f"--worker must be an http(s) URL, not {base!r}")
    key = settings.api_key.reveal()
    if not key:
        raise click.ClickException("VERTICE_API_KEY is not set (nor api.key in the data dir): the worker refuses")
    request = urllib.request.Request(base + path, method="GET" if body is None else "POST",  # noqa: S310
                                     data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (http(s) checked above)
            return dict(json.loads(response.read()))
    except urllib.error.HTTPError as exc:
        try:
            reason = json.loads(exc.read()).get("error", exc.reason)
        except ValueError:
            reason = exc.reason
        raise click.ClickException(f"the worker at {base} refused ({exc.code}): {reason}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise click.ClickException(f"the worker at {base} cannot be reached: {getattr(exc, 'reason', exc)}") from None


def _stage_line(s: dict[str, Any]) -> str:
    recent = "-" if s["recent_ms_per_event"] is None else f"{s['recent_ms_per_event']:.3f}"
    held = f"  held by {s['hold']['who']}: {s['hold']['reason']}" if s.get("hold") else \
        (f"  {s['reason']}" if s["reason"] else "")
    return _printable(f"{s['stage']:11s} {s['state']:9s} {recent:>10s} {s['budget_ms']:>10.3f}{held}")


@main.group(invoke_without_command=True)
@click.option("--worker", default=None, help="The worker's URL [http://VERTICE_WEB_HOST:VERTICE_WEB_PORT].")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def stages(ctx: click.Context, worker: str | None, as_json: bool) -> None:
    """List a worker's stage circuit breakers (state, recent ms per event, budget), or open / close one."""
    ctx.obj = worker
    if ctx.invoked_subcommand is not None:
        return
    result = _worker_api(_settings(), "/api/v1/stages", worker=worker)
    _emit(result, as_json, lambda r: "\n".join(
        [f"worker {r['worker']}", f"{'stage':11s} {'state':9s} {'recent ms':>10s} {'budget ms':>10s}",
         *(_stage_line(s) for s in r["stages"])]))


def _change_stage(worker: str | None, name: str, state: str, reason: str, operator: str) -> None:
    result = _worker_api(_settings(), f"/api/v1/stages/{name}",
                         {"state": state, "reason": reason, "operator": operator}, worker=worker)
    click.echo(("" if result["changed"] else "unchanged: ") + _stage_line(result["stage"]))


_OPERATOR = click.option("--operator", default=lambda: os.environ.get("USER") or "operator", show_default="$USER",
                         help="Who makes the change (audited).")
_REASON = click.option("--reason", required=True, help="Why (audited).")
_STAGE = click.argument("name", type=click.Choice(STAGES))


@stages.command("open")
@_STAGE
@_REASON
@_OPERATOR
@click.pass_obj
def stages_open(worker: str | None, name: str, reason: str, operator: str) -> None:
    """Bypass a stage until an operator closes its breaker (kept across a restart of the worker)."""
    _change_stage(worker, name, "open", reason, operator)


@stages.command("close")
@_STAGE
@_REASON
@_OPERATOR
@click.pass_obj
def stages_close(worker: str | None, name: str, reason: str, operator: str) -> None:
    """Run a stage again, watched by its latency budget."""
    _change_stage(worker, name, "closed", reason, operator)


# -- the command bus --------------------------------------------------------------------------------------------
@main.command()
def executor() -> None:
    """Run the kill-switch executor: a durable JetStream consumer of sovereign.commands.>."""
    from ops.executor import serve

    settings = _settings()
    if not settings.command_signing_key:
        raise click.ClickException("VERTICE_COMMAND_SIGNING_KEY is not set (nor a signing.key in the data dir): "
                                   "the executor refuses unsigned operation")
    from streams.adapters.logs import configure

    configure("INFO", settings.secret_values())
    if settings.executor_metrics_port:
        from prometheus_client import start_http_server

        start_http_server(settings.executor_metrics_port, addr=settings.web_host)
    stop = asyncio.Event()

    async def run() -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        await serve(settings, stop)

    asyncio.run(run())


@main.group()
def agents() -> None:
    """The registry of agents under watch."""


@agents.command("register")
@click.option("--agent-id", required=True)
@click.option("--pid", type=int, required=True)
@click.option("--parent", default=None, help="The agent that spawned this one.")
def agents_register(agent_id: str, pid: int, parent: str | None) -> None:
    """Register an agent's process (bound to its start time and uid) so the kill switch can reach it."""
    from agents import killswitch
    from streams.adapters import db

    killswitch.check(pid, killswitch.Protected())  # what /proc alone refuses fails before any connection
    settings = _settings()

    async def run() -> dict[str, Any]:
        conn = await db.connect(settings.database_url.reveal())
        try:
            return await db.register_agent(conn, agent_id, pid, parent)
        finally:
            await conn.close()

    registered = asyncio.run(run())
    click.echo(f"registered {agent_id} (pid {pid}, start time {registered['start_time']}, uid {registered['uid']})")


@main.group()
def audit() -> None:
    """The tamper-evident audit log."""


@audit.command("verify")
def audit_verify() -> None:
    """Walk the hash chain; name the first broken record."""
    from streams.adapters import audit as audit_log
    from streams.adapters import db

    settings = _settings()

    async def run() -> tuple[int, int]:
        from streams.adapters import commandbus

        anchors: list[tuple[int, str]] = []
        if settings.nats_url:
            nc = await commandbus.connect(settings.nats_url, settings.nats_token.reveal(), "vertice-audit")
            try:
                anchors = await commandbus.read_anchors(nc.jetstream())
            finally:
                await nc.close()
        conn = await db.connect(settings.database_url.reveal(), timeout_s=commandbus.CONNECT_TIMEOUT_S)
        try:
            return await audit_log.verify(conn, anchors), len(anchors)
        finally:
            await conn.close()

    records, anchors = asyncio.run(run())
    click.echo(f"audit chain intact: {records} records, {anchors} NATS anchors match")


@main.group()
def models() -> None:
    """Train and export the shipped models."""


@models.command("train-cortex")
@click.option("--out", type=click.Path(path_type=Path), default=None)
def models_train_cortex(out: Path | None) -> None:
    """Retrain the cortex on generated incidents and export ONNX."""
    from models.cortex_model import DEFAULT_MODEL
    from ops.train_cortex import train

    click.echo(f"held-out accuracy {train(out or DEFAULT_MODEL):.4f}")


@models.command("train")
@click.option("--labeled", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="CSV with payload and label columns: retrain the neutrophil (default: generated payloads).")
@click.option("--normal", type=click.Path(exists=True, dir_okay=False, path_type=Path), multiple=True,
              help="Normal traffic: learn the HPC endpoint/parameter profiles instead (VERTICE_HPC_PROFILES).")
@click.option("--format", "fmt", type=click.Choice(["http-raw", "jsonl"]), default="http-raw")
@click.option("--out", type=click.Path(path_type=Path), default=None)
def models_train(labeled: Path | None, normal: tuple[Path, ...], fmt: str, out: Path | None) -> None:
    """Retrain the neutrophil's payload model, or learn HPC profiles from normal traffic."""
    from agents.neutrophil import DEFAULT_WEIGHTS
    from ops.scenario import labelled_payloads
    from ops.train_neutrophil import read_labelled_csv, train

    if normal:
        from ops.evaluate import learn_profiles, load
        from ops.httpraw import ParseProblem

        if out is None:
            raise click.UsageError("--normal needs --out (the profile file for VERTICE_HPC_PROFILES)")
        problems: list[ParseProblem] = []
        profiles = learn_profiles(load(normal, fmt, False, problems))
        profiles.save(out)
        for problem in problems[:20]:
            click.echo(f"skipped line {problem.line}: {problem.reason}", err=True)
        click.echo(f"learned {profiles.requests} requests over {len(profiles.endpoints)} endpoints into {out}"
                   f"{f'; {len(problems)} malformed lines skipped' if problems else ''}")
        return
    pairs = read_labelled_csv(labeled) if labeled else labelled_payloads(8000)
    accuracy = train(pairs, out or DEFAULT_WEIGHTS, version=labeled.name if labeled else "generated-1")
    click.echo(f"held-out accuracy {accuracy:.4f}")


@main.group()
def rules() -> None:
    """Reflex rule packs: import the OWASP CRS, run its regression tests."""


@rules.command("import-crs")
@click.argument("rules_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--paranoia", type=click.IntRange(1, 4), default=1, show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Pack to write (.yaml or .json).")
@click.option("--json", "as_json", is_flag=True, help="Print the import report as JSON.")
def rules_import_crs(rules_dir: Path, paranoia: int, out: Path, as_json: bool) -> None:
    """Convert CRS SecRules (@rx, @pm, @pmFromFile, …) into a pack; report what could not be imported."""
    from agents.crs import import_crs
    from agents.reflex import Rule, RulePack

    imported, report = import_crs(rules_dir, paranoia)
    if not imported:
        raise click.ClickException(f"no rule could be imported from {rules_dir}")
    pack = RulePack(name=f"owasp-crs-pl{paranoia}", rules=tuple(Rule.from_dict(r) for r in imported),
                    content_hash="")
    pack.dump(out, {"source": str(rules_dir), "paranoia": paranoia, "import_report": report.as_dict()})
    if as_json:
        click.echo(json.dumps(report.as_dict()))
        return
    click.echo(f"imported {report.imported} rules into {out}; not imported: {sum(report.skipped.values())}")
    for reason, count in report.skipped.most_common():
        click.echo(f"  {count:5d}  {reason}")


@rules.command("test-crs")
@click.argument("tests_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--rules", "rules_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="CRS rules folder [default: the nearest rules/ above TESTS_DIR].")
@click.option("--paranoia", type=click.IntRange(1, 4), default=4, show_default=True,
              help="Blocking and detection paranoia level.")
@click.option("--exceptions", "exceptions_out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write every failing test with its reason as a markdown exception list.")
@click.option("--json", "as_json", is_flag=True)
def rules_test_crs(tests_dir: Path, rules_dir: Path | None, paranoia: int, exceptions_out: Path | None,
                   as_json: bool) -> None:
    """Run CRS's regression tests (go-ftw YAML) through the SecLang interpreter; every test counts."""
    from agents.seclang import load_ruleset
    from ops.crs_tests import exceptions_markdown, run_tests, summarise

    if rules_dir is None:
        rules_dir = next((p / "rules" for p in tests_dir.resolve().parents if (p / "rules").is_dir()), None)
        if rules_dir is None:
            raise click.BadParameter(f"no rules/ folder above {tests_dir}", param_hint="--rules")
    ruleset = load_ruleset(rules_dir, cache_dir=_settings().data_dir / "hscache")
    outcomes = run_tests(ruleset, tests_dir, paranoia)
    if not outcomes:
        raise click.ClickException(f"no go-ftw test under {tests_dir}")
    summary = summarise(outcomes)
    if exceptions_out is not None:
        exceptions_out.write_text(exceptions_markdown(outcomes, paranoia, ruleset.report.as_dict()))
    if as_json:
        click.echo(json.dumps({**summary, "load_report": ruleset.report.as_dict()}))
        return
    click.echo(f"paranoia {paranoia}: {summary['passed']}/{summary['tests']} tests pass ({summary['pass_rate']:.1%}); "
               f"{ruleset.report.rules} rules loaded, {len(ruleset.report.skipped)} not")
    for name, entry in sorted(summary["by_file"].items()):
        click.echo(f"  {entry['pass_rate']:7.1%}  {entry['passed']:4d}/{entry['tests']:<4d} {name}")
    for failure in summary["failures"][:20]:
        click.echo(f"  FAIL {failure['rule_id']}-{failure['test_id']}: {failure['reason']}")


@main.group(invoke_without_command=True)
@click.option("--events", type=click.IntRange(100, 100_000_000), default=100_000)
@click.option("--batch", type=click.IntRange(1, 10_000), default=100, help="Events per Kafka message.")
@click.option("--rate", type=click.FloatRange(min=1), default=None, help="Offer this many events/s instead.")
@click.option("--workers", type=click.IntRange(1, 8), default=1, help="Workers sharing the topics.")
@click.option("--entities", type=click.IntRange(1, 100_000_000), default=None,
              help="Spread the events over this many distinct entities [default: as generated].")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def bench(ctx: click.Context, events: int, batch: int, rate: float | None, workers: int, entities: int | None,
          as_json: bool) -> None:
    """The whole pipeline on the embedded stack against a bare consume→produce copy (same run), or a
    sub-benchmark below. Each reports its own baseline from the same run."""
    if ctx.invoked_subcommand is not None:
        return
    from ops.bench import bench_pipeline

    def render(r: dict[str, Any]) -> str:
        floor = f", floor {r['passthrough_eps']:,.0f}/s, ratio {r['ratio']}" if "ratio" in r else ""
        return (f"{r['verdicts']}/{events} events judged (missing {r['missing']}, conflicting "
                f"{r['conflicting_verdicts']}, redelivered {r['redelivered']}): pipeline {r['pipeline_eps']:,.0f} "
                f"events/s{floor}; latency p50 {r['latency_ms']['p50']} ms, p99 {r['latency_ms']['p99']} ms; "
                f"peak worker RSS {r['rss_mb']} MB ({r['workers']} worker{'s' if r['workers'] > 1 else ''}, "
                f"{r['entities']:,} entities); worker CPU {r['worker_cpu_us_per_event']} µs/event, stage cores "
                f"{r['stage_cpu_us_per_event']} µs/event in-process: framework overhead {r['framework_overhead']}x\n"
                f"worker CPU by part (µs/event): {_parts(r['worker_cpu_us_by_part'])}; events per micro-batch: "
                f"{_parts(r['events_per_batch'])}\n"
                f"stage cores by stage (µs/event, in-process): {_parts(r['stage_cpu_us_by_stage'])}")

    def _parts(parts: dict[str, float]) -> str:
        return ", ".join(f"{name} {us}" for name, us in parts.items())

    _emit(bench_pipeline(events, batch, rate, workers=workers, entities=entities), as_json, render)


@bench.command("cortex")
@click.option("--incidents", type=click.IntRange(100, 10_000_000), default=5000)
@click.option("--concurrency", type=click.IntRange(1, 100_000), default=256, help="Requests in flight.")
@click.option("--max-batch", type=click.IntRange(1, 4096), default=64)
@click.option("--max-delay-ms", type=click.FloatRange(0, 1000), default=2.0)
@click.option("--require-gpu", is_flag=True, help="Fail unless the session runs on CUDA.")
@click.option("--json", "as_json", is_flag=True)
def bench_cortex(incidents: int, concurrency: int, max_batch: int, max_delay_ms: float, require_gpu: bool,
                 as_json: bool) -> None:
    """Cortex decisions/s: batch size 1 against the dynamic batcher."""
    from ops.bench import bench_cortex as run

    _emit(run(incidents, concurrency, max_batch, max_delay_ms, require_gpu), as_json, lambda r: (
        f"provider {r['provider']}: batch-1 {r['batch1_per_s']:,.0f}/s, batched {r['batched_per_s']:,.0f}/s "
        f"({r['speedup']}x, mean batch {r['mean_batch']}), p50 {r['p50_ms']} ms, p99 {r['p99_ms']} ms"))


def _bench_crs_engines(crs_dir: Path | None, paranoia: int, requests: list[dict[str, Any]] | None, events: int,
                       as_json: bool) -> None:
    try:
        import libmodsecurity  # noqa: F401 - a test dependency, checked before minutes of work
    except ImportError:
        raise click.ClickException("--baseline modsecurity needs the libmodsecurity package (pip install "
                                   "libmodsecurity)") from None
    if crs_dir is None:
        raise click.BadParameter("a CRS rules folder is needed", param_hint="--crs")
    from ops.crs_bench import compare, generated_requests

    https = [e["http"] for e in requests if isinstance(e.get("http"), dict)][:events] if requests else \
        generated_requests(events)
    _emit(compare(crs_dir, https, paranoia, cache_dir=_settings().data_dir / "hscache"), as_json, lambda r: (
        f"{r['requests']:,} requests, whole CRS at paranoia {r['paranoia']}: vertice "
        f"{r['vertice']['requests_per_s']:,.0f}/s, ModSecurity v3 {r['modsecurity']['requests_per_s']:,.0f}/s "
        f"({r['speedup']}x); same block decision on {r['agreement']:.2%} "
        f"(blocked: {r['vertice']['blocked']} and {r['modsecurity']['blocked']})"))


@bench.command("reflex")
@click.option("--events", type=click.IntRange(100, 10_000_000), default=20_000)
@click.option("--crs", "crs_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="CRS rules folder to import and add [default: ../shared/datasets/crs/rules when present].")
@click.option("--paranoia", type=click.IntRange(1, 4), default=1)
@click.option("--traffic", type=click.Path(exists=True, dir_okay=False, path_type=Path), multiple=True,
              help="Your own requests instead of the generated mix (as `models train --normal` reads them).")
@click.option("--format", "fmt", type=click.Choice(["http-raw", "jsonl"]), default="http-raw",
              help="Format of the --traffic files.")
@click.option("--baseline", type=click.Choice(["re", "modsecurity"]), default="re", show_default=True,
              help="re: the reflex pack against Python's re; modsecurity: the whole CRS through the SecLang "
                   "interpreter against ModSecurity v3 (libmodsecurity) on the same requests.")
@click.option("--json", "as_json", is_flag=True)
def bench_reflex(events: int, crs_dir: Path | None, paranoia: int, traffic: tuple[Path, ...], fmt: str,
                 baseline: str, as_json: bool) -> None:
    """Reflex per-event latency and events/s on one core, against Python's re on the same patterns (or the whole
    CRS against ModSecurity v3 with --baseline modsecurity)."""
    from ops.bench import bench_reflex as run

    default_crs = Path("../shared/datasets/crs/rules")
    if crs_dir is None and default_crs.is_dir():
        crs_dir = default_crs
    if crs_dir is not None and not crs_dir.is_dir():
        raise click.BadParameter(f"{crs_dir} is not a folder", param_hint="--crs")
    requests = None
    if traffic:
        from ops.evaluate import load
        from ops.httpraw import ParseProblem

        problems: list[ParseProblem] = []
        requests = [sample.event for sample in load(traffic, fmt, False, problems)]
        if problems:
            click.echo(f"skipped {len(problems)} malformed requests (first at line {problems[0].line}: "
                       f"{problems[0].reason})", err=True)
        if not requests:
            raise click.BadParameter(f"no {fmt} requests in {', '.join(map(str, traffic))}", param_hint="--traffic")
    if baseline == "modsecurity":
        _bench_crs_engines(crs_dir, paranoia, requests, events, as_json)
        return
    result = {**run(events, crs_dir, paranoia, traffic=requests), "crs": str(crs_dir) if crs_dir else None,
              "traffic": [str(path) for path in traffic] or None}
    _emit(result, as_json, lambda r: (
        f"{r['events']:,} {'of your' if traffic else 'generated'} events, "
        f"{r['rules']} rules ({'with CRS' if crs_dir else 'default pack only'}): {r['events_per_s']:,.0f} events/s "
        f"({r['repeat_events_per_s']:,.0f}/s once every value was seen), p50 {r['p50_ms']} ms, "
        f"p99 {r['p99_ms']} ms; Python re {r['re_events_per_s']:,.0f} events/s "
        f"({r['speedup_vs_re']}x)"))


@bench.command("commands")
@click.option("--count", type=click.IntRange(1, 1_000_000), default=1000)
@click.option("--rate", type=click.FloatRange(min=1), default=200.0, help="Commands offered per second.")
@click.option("--json", "as_json", is_flag=True)
def bench_commands(count: int, rate: float, as_json: bool) -> None:
    """Command→confirmation latency through NATS JetStream and a real executor (its own embedded stack)."""
    from ops.bench import bench_commands as run

    _emit(run(count, rate), as_json, lambda r: (
        f"{r['confirmed']}/{r['commands']} confirmed at {rate:.0f}/s offered: p50 {r['p50_ms']} ms, "
        f"p95 {r['p95_ms']} ms, p99 {r['p99_ms']} ms (execution p50 {r['execution_p50_ms']} ms)"))


@bench.command("breakers")
@click.option("--events", type=click.IntRange(100, 10_000_000), default=20_000)
@click.option("--batch", type=click.IntRange(1, 100_000), default=500, help="Events per micro-batch.")
@click.option("--open", "stages_open", multiple=True, default=("narrative",), show_default=True,
              type=click.Choice(["reflex", "neutrophil", "macrophage", "hpc", "narrative", "nk", "dendritic"]),
              help="A stage to bypass in a pass of its own (repeat for more).")
@click.option("--long-messages", type=click.IntRange(0, 1_000_000), default=0,
              help="Stretch every agent message to this many characters (the narrative filter over budget).")
@click.option("--json", "as_json", is_flag=True)
def bench_breakers(events: int, batch: int, stages_open: tuple[str, ...], long_messages: int,
                   as_json: bool) -> None:
    """Triage + judgement in one process: all breakers closed against one stage bypassed (same run), and each
    stage's time per event, what its breaker compares with its budget."""
    from ops.bench import bench_breakers as run

    _emit(run(events, batch, stages_open, long_messages), as_json, lambda r: "\n".join([
        f"all closed: {r['closed_eps']:,.0f} events/s ({r['events']} events, batches of {r['batch']}"
        f"{', agent messages of ' + str(r['long_messages']) + ' chars' if r['long_messages'] else ''})",
        *(f"{stage} open: {o['eps']:,.0f} events/s, ratio {o['ratio_vs_closed']}" for stage, o in r["open"].items()),
        "µs per event: " + ", ".join(f"{k} {v}" for k, v in r["us_per_event"].items())]))


@main.command()
@click.option("--require-gpu", is_flag=True, help="Refuse to start unless the cortex runs on CUDA.")
@click.option("--web-port", type=click.IntRange(1, 65535), default=None)
@click.option("-l", "--loglevel", default="info", type=click.Choice(["debug", "info", "warning", "error"]))
def worker(require_gpu: bool, web_port: int | None, loglevel: str) -> None:
    """Run a Faust worker (the same as `faust -A streams.app worker`)."""
    import os

    if require_gpu:
        os.environ["VERTICE_REQUIRE_GPU"] = "true"
    if web_port:
        os.environ["VERTICE_WEB_PORT"] = str(web_port)
    os.execv(sys.executable, [sys.executable, "-m", "faust", "-A", "streams.app", "worker", "-l", loglevel])  # noqa: S606


@main.group()
def hpc() -> None:
    """The hierarchical prediction-error scorer."""


@hpc.command("nab")
@click.option("--data", "data_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True)
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True)
@click.option("--labels", "windows_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="NAB's combined_windows.json [default: ../labels/combined_windows.json beside --data].")
@click.option("--threshold", type=click.FloatRange(0, 1), default=None,
              help="Where to count windows detected and false alarms [default: the best threshold NAB's sweep finds].")
@click.option("--json", "as_json", is_flag=True)
def hpc_nab(data_dir: Path, out_dir: Path, windows_file: Path | None, threshold: float | None, as_json: bool) -> None:
    """Score every NAB series in one streaming pass; write vertice_<series>.csv files mirroring --data."""
    from ops.nab import run

    windows = windows_file or data_dir.parent / "labels" / "combined_windows.json"
    if not windows.exists():
        raise click.BadParameter(f"{windows} does not exist", param_hint="--labels")
    result = run(data_dir, out_dir, windows, threshold)
    _emit(result, as_json, lambda r: (
        f"{r['series']} series, {r['points']} points: {r['windows_detected']}/{r['windows']} anomaly windows "
        f"detected ({r['window_detection_rate']:.1%}), {r['false_alarms']} false alarms outside them "
        f"(threshold {r['threshold']}); NAB standard score {r['nab_standard_score']} (best threshold "
        f"{r['nab_threshold']}); CSVs in {out_dir}"))


@main.command("eval")
@click.option("--format", "fmt", type=click.Choice(["http-raw", "jsonl", "csv-payload"]), required=True)
@click.option("--normal", type=click.Path(exists=True, dir_okay=False, path_type=Path), multiple=True)
@click.option("--anomalous", type=click.Path(exists=True, dir_okay=False, path_type=Path), multiple=True)
@click.option("--train-normal", type=click.Path(exists=True, dir_okay=False, path_type=Path), multiple=True)
@click.option("--train-labeled", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None)
@click.option("--in-process", is_flag=True, help="Call the stage code directly, no broker [default: the real "
              "pipeline on its own embedded stack].")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Evaluate at most this many events.")
@click.option("--folds", type=click.IntRange(2, 20), default=None,
              help="K-fold cross-validation over the given files: each fold judged by stages trained on the others "
                   "(profiles; the neutrophil for csv-payload). In-process.")
@click.option("--rule-packs", type=click.Path(exists=True, dir_okay=False, path_type=Path), multiple=True,
              help="Reflex packs added to the default one, as VERTICE_RULE_PACKS adds them to a worker.")
@click.option("--json", "as_json", is_flag=True)
def evaluate_cmd(fmt: str, normal: tuple[Path, ...], anomalous: tuple[Path, ...], train_normal: tuple[Path, ...],
                 train_labeled: Path | None, in_process: bool, limit: int | None, folds: int | None,
                 rule_packs: tuple[Path, ...], as_json: bool) -> None:
    """Detection rate and false-positive rate on labelled traffic, per layer, and the curve: the detection rate
    at false-positive rates of 0.01%, 0.1% and 1%, with the score threshold for each."""
    from ops.evaluate import evaluate

    if not normal and not anomalous:
        raise click.UsageError("give at least one --normal or --anomalous file")
    if folds and (train_normal or train_labeled):
        raise click.UsageError("--folds trains on the other folds: leave out --train-normal and --train-labeled")
    result = evaluate(fmt, normal, anomalous, train_normal, train_labeled, limit, in_process or bool(folds), folds,
                      rule_packs)
    if as_json:
        click.echo(json.dumps(result))
        return
    click.echo(f"{result['events']} events ({result['events_per_s']:,.0f}/s): TP {result['tp']} FP {result['fp']} "
               f"TN {result['tn']} FN {result['fn']}; detection {result['detection_rate']}, "
               f"false positives {result['false_positive_rate']} at the verdict threshold 0.5")
    click.echo("  curve: " + "; ".join(f"FPR {float(fpr):.2%}: DR {dr} (threshold {result['threshold_at_fpr'][fpr]})"
                                      for fpr, dr in result["dr_at_fpr"].items()))
    click.echo(f"  calibration (raw fused score -> verdict score): {result['calibration']}")
    if result["stage_events_per_s"]:
        click.echo("  events/s per stage alone: " + ", ".join(f"{stage} {eps:,}" for stage, eps in
                                                            result["stage_events_per_s"].items()))
    for fold in result["folds"]:
        click.echo(f"  fold {fold['fold']}: {fold['events']} events, DR {fold['detection_rate']}, "
                   f"FPR {fold['false_positive_rate']}")
    for name, layer in result["layers"].items():
        click.echo(f"  {name:24s} DR {layer['detection_rate']}  FPR {layer['false_positive_rate']}  "
                   f"DR@0.01% {layer['dr_at_fpr']['0.0001']}  DR@0.1% {layer['dr_at_fpr']['0.001']}  "
                   f"DR@1% {layer['dr_at_fpr']['0.01']}")
    for category, entry in result["by_category"].items():
        click.echo(f"  {category:24s} {entry['detected']}/{entry['total']} ({entry['rate']:.1%})")


@main.command("proxy")
@click.option("--normal", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=True,
              help="Normal raw HTTP requests (CSIC 2010's normal training set, say).")
@click.option("--httpparams", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="HttpParams CSV: its attack strings are injected into the requests' parameters.")
@click.option("--libinjection", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="libinjection's data folder: more SQLi and XSS strings to inject.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True)
@click.option("--seed", type=int, default=21)
@click.option("--old", is_flag=True, help="The earlier proxy (requests split at random, no fresh values, injected "
              "GET parameters only), to compare with.")
def proxy_cmd(normal: Path, httpparams: Path | None, libinjection: Path | None, out: Path, seed: int,
              old: bool) -> None:
    """Write labelled traffic for `vertice eval --format http-raw`: users split, fresh values, attacks on the
    same endpoints and parameters (one file per category under anomalous/)."""
    from ops.proxy import build, build_old

    result = (build_old if old else build)(normal, out, seed=seed, httpparams=httpparams, libinjection=libinjection)
    click.echo(json.dumps(result))
    click.echo(f"measure: vertice eval --format http-raw --train-normal {out}/train-normal.txt --normal "
               f"{out}/normal.txt " + " ".join(f"--anomalous {out}/anomalous/{c}.txt" for c in result["categories"]))


@main.command("backup")
@click.argument("target", type=click.Path(file_okay=False, path_type=Path))
def backup_cmd(target: Path) -> None:
    """Save PostgreSQL (verdicts, audit log, B-cell memory, agents, commands), the JetStream streams, packs."""
    from ops.backup import backup

    manifest = backup(_settings(), target)
    click.echo(f"backed up to {target}: PostgreSQL, JetStream {manifest['jetstream']}, files {manifest['files']}")


@main.command("restore")
@click.argument("source", type=click.Path(exists=True, file_okay=False, path_type=Path))
def restore_cmd(source: Path) -> None:
    """Restore a backup into the configured (empty) PostgreSQL and NATS; then run `vertice audit verify`."""
    from ops.backup import restore

    done = restore(_settings(), source)
    click.echo(f"restored from {source}: JetStream {done['jetstream']}; rule packs and profiles are in "
               f"{done['files_folder']} (point VERTICE_RULE_PACKS / VERTICE_HPC_PROFILES at them)")


@main.command("config")
def show_config() -> None:
    """Print every setting with its environment variable (secrets masked)."""
    for var, value in _settings().public_view().items():
        click.echo(f"{var}={value}")


if __name__ == "__main__":
    main()
