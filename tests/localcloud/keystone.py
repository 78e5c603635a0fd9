"""Start and stop a real OpenStack Keystone on 127.0.0.1 for tests and demos.

Usage::

    with Keystone() as ks:
        info = ks.start(tmp_path)
        ...  # info.auth_url, info.env(), tmp_path / "clouds.yaml"

Keystone runs under gunicorn from its own venv (see venv.py), in its own
session/process group, with all state (sqlite DB, fernet keys, logs) in the
work dir.  Stdlib + requests only: this module runs under the SDK's Python.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import shlex
import shutil
import socket
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

import requests

from .procs import (  # noqa: F401  (re-exported: this module used to define them)
    LOG_TAIL_LINES,
    MARKER_ENV,
    POLL_INTERVAL_S,
    STOP_TIMEOUT_S,
    current_user_group,
    group_members,
    group_rss_kib,
    kill_group,
    members_in_dir,
    reserve_port,
    session,
    tail,
    write_private,
)
from .venv import (
    ensure_venv,
    log,
    restore_template,
    save_template,
    subprocess_env,
    templates_dir,
    venv_bin,
)

HERE = Path(__file__).resolve().parent
WSGI_MODULE = "keystone_wsgi"
CONF_FILE = "keystone.conf"
PID_FILE = "keystone.pid"
INFO_FILE = "cloud.json"
SERVER_LOG = "gunicorn.log"
KEYSTONE_LOG = "keystone.log"
ACCESS_LOG = "access.log"
MANAGE_LOG = "keystone-manage.log"
CLOUD_NAME = "local"

STARTUP_TIMEOUT_S = 60.0
MANAGE_TIMEOUT_S = 300.0


@dataclass(frozen=True)
class KeystoneInfo:
    """Everything a client needs to talk to the local Keystone as admin."""

    auth_url: str
    port: int
    admin_password: str = field(repr=False)
    workdir: Path
    admin_username: str = "admin"
    admin_project: str = "admin"
    user_domain: str = "Default"
    domain_id: str = "default"
    region: str = "RegionOne"

    @property
    def clouds_yaml(self) -> Path:
        return self.workdir / "clouds.yaml"

    @property
    def openrc(self) -> Path:
        return self.workdir / "openrc"

    def env(self) -> dict[str, str]:
        """OS_* variables for the admin user, project scoped."""
        return {
            "OS_AUTH_URL": self.auth_url,
            "OS_USERNAME": self.admin_username,
            "OS_PASSWORD": self.admin_password,
            "OS_PROJECT_NAME": self.admin_project,
            "OS_USER_DOMAIN_ID": self.domain_id,
            "OS_PROJECT_DOMAIN_ID": self.domain_id,
            "OS_REGION_NAME": self.region,
            "OS_INTERFACE": "public",
            "OS_IDENTITY_API_VERSION": "3",
        }

    def export_lines(self) -> str:
        return "".join(f"export {k}={shlex.quote(v)}\n" for k, v in self.env().items())

    def clouds_yaml_text(self) -> str:
        # JSON strings are valid YAML double-quoted scalars: no yaml dependency.
        q = json.dumps
        return (
            "clouds:\n"
            f"  {CLOUD_NAME}:\n"
            "    auth:\n"
            f"      auth_url: {q(self.auth_url)}\n"
            f"      username: {q(self.admin_username)}\n"
            f"      password: {q(self.admin_password)}\n"
            f"      project_name: {q(self.admin_project)}\n"
            f"      user_domain_id: {q(self.domain_id)}\n"
            f"      project_domain_id: {q(self.domain_id)}\n"
            f"    region_name: {q(self.region)}\n"
            '    interface: "public"\n'
            "    identity_api_version: 3\n"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "auth_url": self.auth_url,
            "port": self.port,
            "admin_password": self.admin_password,
            "workdir": str(self.workdir),
            "admin_username": self.admin_username,
            "admin_project": self.admin_project,
            "user_domain": self.user_domain,
            "domain_id": self.domain_id,
            "region": self.region,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KeystoneInfo:
        return cls(
            auth_url=str(data["auth_url"]),
            port=int(data["port"]),
            admin_password=str(data["admin_password"]),
            workdir=Path(str(data["workdir"])),
            admin_username=str(data["admin_username"]),
            admin_project=str(data["admin_project"]),
            user_domain=str(data["user_domain"]),
            domain_id=str(data["domain_id"]),
            region=str(data["region"]),
        )

    def write_files(self) -> None:
        """Write clouds.yaml, openrc and cloud.json (mode 0600) in workdir."""
        write_private(self.clouds_yaml, self.clouds_yaml_text())
        write_private(self.openrc, self.export_lines())
        write_private(self.workdir / INFO_FILE, json.dumps(self.to_dict(), indent=2) + "\n")


# In-process cache: only coherent with a single worker process.
_CACHE_SECTION = """
[cache]
enabled = true
backend = dogpile.cache.memory
"""

_CONFIG_TEMPLATE = """\
# Generated by tests/localcloud/keystone.py -- local test state only.
[DEFAULT]
log_file = {workdir}/keystone.log
use_stderr = false
debug = false

[database]
connection = sqlite:///{workdir}/keystone.db

[token]
provider = fernet

[fernet_tokens]
key_repository = {workdir}/fernet-keys

[fernet_receipts]
key_repository = {workdir}/fernet-keys

[credential]
key_repository = {workdir}/credential-keys

[identity]
password_hash_rounds = 4
domain_specific_drivers_enabled = true
domain_configurations_from_database = true
domain_config_dir = {workdir}/domains
"""


def render_config(workdir: Path, cache: bool = False) -> str:
    return _CONFIG_TEMPLATE.format(workdir=workdir) + (_CACHE_SECTION if cache else "")


def init_key_repository(path: Path) -> None:
    """What ``keystone-manage fernet_setup`` (or ``credential_setup``) does to
    an empty key repository: key 0 (staged) and key 1 (primary), each a Fernet
    key (32 random bytes, urlsafe base64), mode 0600.  Keys already there
    are kept."""
    path.mkdir(mode=0o700, exist_ok=True)
    if any(p.name.isdigit() for p in path.iterdir()):
        return
    for name in ("0", "1"):
        write_private(path / name, base64.urlsafe_b64encode(os.urandom(32)).decode())


def api_answers(auth_url: str, timeout: float = 10.0) -> bool:
    try:
        with session() as s:
            return s.get(auth_url, timeout=timeout).status_code == 200
    except requests.RequestException:
        return False


def our_members(pgid: int, workdir: Path) -> list[int]:
    """Live members of process group `pgid` that are our gunicorn serving
    `workdir` (guards against a recycled PID in a stale pid file; Linux does
    not reuse a PID while a process group of that id exists).  The name is
    searched in the raw command line: with setproctitle installed gunicorn
    rewrites it to "gunicorn: master [keystone_wsgi:application]"."""
    wanted = f"{WSGI_MODULE}:application".encode()
    members = []
    for pid in members_in_dir(pgid, workdir):
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if wanted in cmdline:
            members.append(pid)
    return members


def read_pid(workdir: Path) -> int | None:
    try:
        return int((workdir / PID_FILE).read_text().strip())
    except (OSError, ValueError):
        return None


def load_info(workdir: Path) -> KeystoneInfo | None:
    try:
        data = json.loads((workdir / INFO_FILE).read_text())
        return KeystoneInfo.from_dict(data)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def running_info(workdir: Path) -> KeystoneInfo | None:
    """Info of the server recorded in workdir if it is alive and answering."""
    workdir = workdir.resolve()
    pid = read_pid(workdir)
    info = load_info(workdir)
    if pid is None or info is None or pid not in our_members(pid, workdir):
        return None
    return info if api_answers(info.auth_url) else None


def stop_from_dir(workdir: Path) -> bool:
    """Stop the server whose pid file is in workdir. True if one was stopped."""
    workdir = workdir.resolve()
    pid = read_pid(workdir)
    stopped = False
    if pid is not None and our_members(pid, workdir):
        kill_group(pid)
        stopped = True
    elif pid is not None:
        log(f"no process of ours left in group {pid} (from {workdir / PID_FILE}); nothing to stop")
    (workdir / PID_FILE).unlink(missing_ok=True)
    return stopped


def keystone_env(venv: Path) -> dict[str, str]:
    env = subprocess_env(venv)
    # Silence eventlet's multi-line deprecation banner (keeps log tails useful).
    env["PYTHONWARNINGS"] = "ignore::Warning:oslo_service.backend._eventlet.loopingcall"
    return env


def run_manage(
    venv: Path, workdir: Path, commands: list[list[str]], extra_env: dict[str, str] | None = None
) -> None:
    """Run keystone-manage commands concurrently; output is appended to
    MANAGE_LOG; raise RuntimeError (with log tails) if any of them failed."""
    base = [str(venv_bin(venv, "keystone-manage")), "--config-file", str(workdir / CONF_FILE)]
    env = keystone_env(venv) | (extra_env or {})

    def one(args: list[str]) -> tuple[list[str], subprocess.CompletedProcess[bytes], float]:
        began = time.monotonic()
        result = subprocess.run(
            base + args, cwd=workdir, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, timeout=MANAGE_TIMEOUT_S, umask=0o077,
        )  # fmt: skip
        return args, result, time.monotonic() - began

    with ThreadPoolExecutor(max_workers=len(commands)) as pool:
        results = list(pool.map(one, commands))
    logfile = workdir / MANAGE_LOG
    with open(logfile, "ab") as out:
        for args, result, took in results:
            out.write(
                f"\n$ keystone-manage {args[0]}  (exit {result.returncode}, {took:.1f} s)\n".encode()
            )
            out.write(result.stdout)
    failed = [
        f"{args[0]} (exit {result.returncode})" for args, result, _ in results if result.returncode
    ]
    if failed:
        raise RuntimeError(
            f"keystone-manage {', '.join(failed)} failed; last lines of {logfile}:\n"
            f"{tail(logfile)}\n--- last lines of {workdir / KEYSTONE_LOG}:\n{tail(workdir / KEYSTONE_LOG)}"
        )


# --------------------------------------------------------------------------


class Keystone:
    """A Keystone server under gunicorn, bound to 127.0.0.1 on a free port."""

    def __init__(
        self,
        venv: Path | None = None,
        workers: int = 2,
        threads: int = 4,
        startup_timeout: float = STARTUP_TIMEOUT_S,
        cache: bool = False,
    ) -> None:
        """`cache=True` enables Keystone's in-memory cache (several times
        faster authenticated requests); it is per process, so it needs
        workers=1 to stay coherent."""
        if cache and workers != 1:
            raise ValueError("cache=True needs workers=1 (the memory cache is per process)")
        self._venv = venv
        self.workers = workers
        self.threads = threads
        self.cache = cache
        self.startup_timeout = startup_timeout
        self._proc: subprocess.Popen[bytes] | None = None
        self._workdir: Path | None = None
        self.info: KeystoneInfo | None = None

    def __enter__(self) -> Keystone:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    # ---------------------------------------------------------------- start

    def start(self, workdir: Path, sock: socket.socket | None = None) -> KeystoneInfo:
        """Prepare the state in `workdir`, start the server, wait until
        ``GET /v3`` answers.  `sock`: a listening socket on 127.0.0.1 to serve
        on (see reserve_port; it is closed here); default: a new one."""
        if self._proc is not None:
            raise RuntimeError("this Keystone is already started; call stop() first")
        workdir = workdir.expanduser().resolve()
        if "$" in str(workdir):
            raise ValueError(
                f"work dir must not contain '$' (oslo.config interpolates it): {workdir}"
            )
        workdir.mkdir(parents=True, exist_ok=True)
        old = read_pid(workdir)
        if old is not None and our_members(old, workdir):
            raise RuntimeError(f"a Keystone (pid {old}) is already running in {workdir}")
        venv = self._venv or ensure_venv()
        started = time.monotonic()
        with sock if sock is not None else reserve_port() as sock:
            port: int = sock.getsockname()[1]
            info = KeystoneInfo(
                auth_url=f"http://127.0.0.1:{port}/v3",
                port=port,
                admin_password=secrets.token_urlsafe(24),
                workdir=workdir,
            )
            self._prepare(venv, info)
            self._workdir = workdir
            self._proc = self._spawn(venv, info, sock)
        self._wait_ready(info)
        info.write_files()
        self.info = info
        log(f"keystone answering at {info.auth_url} after {time.monotonic() - started:.1f} s")
        return info

    def _prepare(self, venv: Path, info: KeystoneInfo) -> None:
        workdir = info.workdir
        for sub in ("fernet-keys", "credential-keys", "domains"):
            (workdir / sub).mkdir(mode=0o700, exist_ok=True)
        write_private(workdir / CONF_FILE, render_config(workdir, self.cache))
        log(f"preparing keystone state in {workdir}")
        # The key repositories are made here, as keystone-manage fernet_setup
        # and credential_setup would (each run costs ~2 s of imports).  A fresh
        # dir gets a copy of the DB an earlier fresh db_sync with the same venv
        # produced (see venv.templates_dir) instead of running db_sync.
        init_key_repository(workdir / "fernet-keys")
        init_key_repository(workdir / "credential-keys")
        # A DB this venv already migrated in this dir (db-stamp) is left alone.
        db, tpl = workdir / "keystone.db", templates_dir(venv) / "keystone"
        stamp, done = workdir / "db-stamp", f"{tpl.parent.name} {workdir}\n"
        fresh = not db.exists()
        if fresh or not stamp.is_file() or stamp.read_text() != done:
            stamp.unlink(missing_ok=True)
            if not (fresh and restore_template(tpl, [db.name], workdir)):
                run_manage(venv, workdir, [["db_sync"]])
                if fresh:
                    save_template(tpl, [db])
            write_private(stamp, done)
        bootstrap = [
            "bootstrap",
            "--bootstrap-username", info.admin_username,
            "--bootstrap-project-name", info.admin_project,
            "--bootstrap-role-name", "admin",
            "--bootstrap-service-name", "keystone",
            "--bootstrap-region-id", info.region,
            "--bootstrap-public-url", info.auth_url,
            "--bootstrap-internal-url", info.auth_url,
            "--bootstrap-admin-url", info.auth_url,
        ]  # fmt: skip
        # The password goes through the environment, not argv (ps shows argv).
        run_manage(venv, workdir, [bootstrap], {"OS_BOOTSTRAP_PASSWORD": info.admin_password})

    def _spawn(
        self, venv: Path, info: KeystoneInfo, sock: socket.socket
    ) -> subprocess.Popen[bytes]:
        workdir = info.workdir
        # Run the wrapper from the work dir: HERE cannot go on sys.path because
        # our keystone.py would shadow the real keystone package.
        shutil.copyfile(HERE / f"{WSGI_MODULE}.py", workdir / f"{WSGI_MODULE}.py")
        cmd = [
            str(venv_bin(venv, "gunicorn")),
            "--no-control-socket",
            "--bind", f"fd://{sock.fileno()}",  # 127.0.0.1:<info.port>, see reserve_port
            "--workers", str(self.workers),
            "--threads", str(self.threads),
            "--worker-class", "gthread" if self.threads > 1 else "sync",
            "--keep-alive", "120",  # longer than any client poll interval
            "--timeout", "60",
            "--graceful-timeout", "5",
            "--chdir", str(workdir),
            "--access-logfile", str(workdir / ACCESS_LOG),
            "--error-logfile", "-",
            f"{WSGI_MODULE}:application",
        ]  # fmt: skip
        env = keystone_env(venv)
        env["OS_KEYSTONE_CONFIG_FILES"] = str(workdir / CONF_FILE)
        env["PYTHONPATH"] = str(workdir)
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env[MARKER_ENV] = str(workdir.resolve())
        with open(workdir / SERVER_LOG, "ab") as out:
            proc = subprocess.Popen(
                cmd, cwd=workdir, env=env, stdin=subprocess.DEVNULL, stdout=out,
                stderr=subprocess.STDOUT, start_new_session=True, umask=0o077,
                pass_fds=(sock.fileno(),),
            )  # fmt: skip
        write_private(workdir / PID_FILE, f"{proc.pid}\n")
        return proc

    def _wait_ready(self, info: KeystoneInfo) -> None:
        assert self._proc is not None
        deadline = time.monotonic() + self.startup_timeout
        with session() as s:
            while True:
                if self._proc.poll() is not None:
                    problem = f"gunicorn exited with code {self._proc.returncode}"
                    break
                if time.monotonic() > deadline:
                    problem = f"no answer from {info.auth_url} within {self.startup_timeout:.0f} s"
                    break
                try:
                    if s.get(info.auth_url, timeout=2.0).status_code == 200:
                        return
                except requests.RequestException:
                    pass
                time.sleep(POLL_INTERVAL_S)
        workdir = info.workdir
        self.stop()
        raise RuntimeError(
            f"Keystone did not start: {problem}\n--- last lines of {workdir / SERVER_LOG}:\n"
            f"{tail(workdir / SERVER_LOG)}\n--- last lines of {workdir / KEYSTONE_LOG}:\n"
            f"{tail(workdir / KEYSTONE_LOG)}"
        )

    # ----------------------------------------------------------------- stop

    def stop(self) -> None:
        """Stop the server's whole process group; safe to call repeatedly."""
        proc, workdir = self._proc, self._workdir
        self._proc = None
        self.info = None
        if proc is not None:
            kill_group(proc.pid, reap=proc)
            proc.wait(timeout=STOP_TIMEOUT_S)
        if workdir is not None:
            (workdir / PID_FILE).unlink(missing_ok=True)
            self._workdir = None
