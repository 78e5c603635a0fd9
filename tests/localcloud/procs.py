"""Process, port and file helpers shared by the Keystone server and the local cloud.

Stdlib + requests only: this module runs under the SDK's Python.  Every
server is started in a session (process group) of its own; its group id is
written to a ``*.pid`` file in the directory it runs in (its cwd), and a
group only counts as ours while one of its members still has that cwd, which
guards against recycled PIDs in stale pid files.
"""

from __future__ import annotations

import grp
import os
import pwd
import signal
import socket
import subprocess
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import requests

from .venv import log

POLL_INTERVAL_S = 0.1
MARKER_ENV = "STACKSDK_LOCALCLOUD_RUNDIR"
"""Set in every server's environment to its run dir (inherited by its workers):
how the cloud's watchdog (watchdog.py) finds them all, pid file or not."""
STOP_TIMEOUT_S = 10.0
LOG_TAIL_LINES = 40


def write_private(path: Path, text: str) -> None:
    """Atomically write a file readable only by the current user."""
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(text)
    os.replace(tmp, path)


def reserve_port() -> socket.socket:
    """A listening socket on 127.0.0.1:<free port>.  It is handed to gunicorn
    (``--bind fd://N``) so nobody can take the port between picking it (it
    goes into the catalog during bootstrap) and the server starting."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind(("127.0.0.1", 0))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    return sock


def free_ports(count: int) -> list[int]:
    """`count` distinct free ports on 127.0.0.1, for servers that bind by
    themselves (Swift).  They are free now; another process could still take
    one before the server binds it (then that server fails with a log tail)."""
    socks = [reserve_port() for _ in range(count)]
    try:
        return [int(s.getsockname()[1]) for s in socks]
    finally:
        for s in socks:
            s.close()


def tail(path: Path, lines: int = LOG_TAIL_LINES) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return f"({path} not readable)"
    return "\n".join(text.splitlines()[-lines:])


def tails(paths: Iterable[Path], lines: int = LOG_TAIL_LINES) -> str:
    """The last lines of each existing file, with a header per file."""
    parts = [f"--- last lines of {p}:\n{tail(p, lines)}" for p in paths if p.exists()]
    return "\n".join(parts) if parts else "(no log files)"


def current_user_group() -> tuple[str, str]:
    """Names (or numeric ids when unnamed) of the current user and group."""
    uid, gid = os.getuid(), os.getgid()
    try:
        user = pwd.getpwuid(uid).pw_name
    except KeyError:
        user = str(uid)
    try:
        group = grp.getgrgid(gid).gr_name
    except KeyError:
        group = str(gid)
    return user, group


def session() -> requests.Session:
    s = requests.Session()
    s.trust_env = False  # never route 127.0.0.1 through a proxy from the env
    return s


# --------------------------------------------------------------------------
# process groups (Linux /proc based, so zombies do not count as alive)


def _proc_stat(pid: int) -> tuple[str, int] | None:
    """(state, pgrp) of a process, or None if it does not exist."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = raw[raw.rindex(")") + 2 :].split()
    return fields[0], int(fields[2])


def group_members(pgid: int) -> list[int]:
    """Live (non-zombie) processes of a process group."""
    members = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            st = _proc_stat(int(entry.name))
            if st is not None and st[1] == pgid and st[0] not in ("Z", "X"):
                members.append(int(entry.name))
    return sorted(members)


def rss_kib(pids: Iterable[int]) -> int:
    """Sum of VmRSS (KiB) over processes."""
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total


def pss_kib(pids: Iterable[int]) -> int:
    """Sum of the proportional set size (KiB): shared pages are split among
    the processes sharing them, so sums do not count them twice like RSS."""
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
        except OSError:
            continue
    return total


def group_rss_kib(pgid: int) -> int:
    """Sum of VmRSS (KiB) over a process group's live members."""
    return rss_kib(group_members(pgid))


def members_in_dir(pgid: int, rundir: Path) -> list[int]:
    """Live members of process group `pgid` that run in `rundir`: their cwd
    is `rundir`, or (Swift's servers chdir to / when they drop privileges)
    their command line names a file in it."""
    want = rundir.resolve()
    inside = f"{want}/".encode()
    members = []
    for pid in group_members(pgid):
        try:
            cwd = Path(os.readlink(f"/proc/{pid}/cwd"))
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if cwd == want or inside in cmdline:
            members.append(pid)
    return members


def kill_groups(
    pgids: Iterable[int],
    timeout: float = STOP_TIMEOUT_S,
    reap: Iterable[subprocess.Popen[bytes]] = (),
) -> None:
    """SIGTERM process groups (all at once), wait up to `timeout` for all of
    them, then SIGKILL the rest."""
    pending = set(pgids)
    children = list(reap)
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pgid in sorted(pending):
            try:
                os.killpg(pgid, sig)
            except ProcessLookupError:
                pending.discard(pgid)
        deadline = time.monotonic() + (timeout if sig == signal.SIGTERM else 5.0)
        while pending and time.monotonic() < deadline:
            for child in children:
                child.poll()
            pending = {g for g in pending if group_members(g)}
            if pending:
                time.sleep(POLL_INTERVAL_S)
        if not pending:
            return
        if sig == signal.SIGTERM:
            log(
                f"process groups {sorted(pending)} ignored SIGTERM for {timeout:.0f} s; sending SIGKILL"
            )
    raise RuntimeError(f"process groups survived SIGKILL: {sorted(pending)}")


def kill_group(
    pgid: int, timeout: float = STOP_TIMEOUT_S, reap: subprocess.Popen[bytes] | None = None
) -> None:
    """SIGTERM a process group, wait up to `timeout`, then SIGKILL it."""
    kill_groups([pgid], timeout, [reap] if reap is not None else [])


def read_pidfile(path: Path) -> int | None:
    try:
        return int(path.read_text().strip())
    except (OSError, ValueError):
        return None


@dataclass
class Spawned:
    """A server process started in a process group of its own."""

    name: str
    proc: subprocess.Popen[bytes]
    rundir: Path
    log: Path
    extra_logs: list[Path] = field(default_factory=list)

    @property
    def pidfile(self) -> Path:
        return self.rundir / f"{self.name}.pid"


def spawn(
    name: str,
    cmd: list[str],
    rundir: Path,
    env: dict[str, str],
    logfile: Path,
    pass_fds: tuple[int, ...] = (),
    extra_logs: Iterable[Path] = (),
) -> Spawned:
    """Start `cmd` in `rundir` in a new session, stdout+stderr appended to
    `logfile`; record its process group in ``rundir/<name>.pid``. The server's
    temporary files go below `rundir` (Swift leaves one in /tmp otherwise);
    MARKER_ENV names `rundir`."""
    tmpdir = rundir / "tmp"
    tmpdir.mkdir(mode=0o700, exist_ok=True)
    env = {**env, "TMPDIR": str(tmpdir), MARKER_ENV: str(rundir.resolve())}
    with open(logfile, "ab") as out:
        proc = subprocess.Popen(
            cmd, cwd=rundir, env=env, stdin=subprocess.DEVNULL, stdout=out,
            stderr=subprocess.STDOUT, start_new_session=True, umask=0o077, pass_fds=pass_fds,
        )  # fmt: skip
    spawned = Spawned(name, proc, rundir, logfile, list(extra_logs))
    write_private(spawned.pidfile, f"{proc.pid}\n")
    return spawned


def recorded_groups(rundir: Path) -> dict[Path, int]:
    """pid file -> process group, for the groups recorded in `rundir` that
    still have a live member running there."""
    found = {}
    for pidfile in sorted(rundir.glob("*.pid")):
        pgid = read_pidfile(pidfile)
        if pgid is not None and members_in_dir(pgid, rundir):
            found[pidfile] = pgid
    return found
