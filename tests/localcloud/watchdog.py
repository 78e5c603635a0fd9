"""A watchdog per local cloud: the cloud's processes die with whoever started them.

The starter (a LocalCloud) holds the write end of a pipe whose read end is the
watchdog's stdin.  However the starter ends (return, exception, SIGINT,
SIGTERM, SIGHUP, SIGKILL, a crash), the kernel closes its end; the watchdog
then reads end-of-file and stops every process of the cloud:

* each process group recorded in a ``*.pid`` file below the cloud's work dir
  that still has a member running there (procs.recorded_groups), and
* each process carrying ``STACKSDK_LOCALCLOUD_RUNDIR=<a dir below the work
  dir>`` in its environment (procs.spawn and Keystone set it; forked workers
  inherit it), which also covers a server spawned just before the starter died,
  before its pid file was written.

A starter that is done with the cloud (stopped it, or hands it on on purpose:
``python -m tests.localcloud start``) writes ``release`` first: the watchdog
then exits without touching anything.  The watchdog runs in a session of its
own (a Ctrl-C at the terminal does not reach it) and ignores SIGINT/SIGHUP.

Run by Watchdog (the starter's side) as ``python -c ENTRY WORKDIR`` with the pipe as stdin.
Stdlib only (plus procs): it runs under the SDK's Python.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from .procs import MARKER_ENV, group_members, kill_groups, recorded_groups

RELEASE = b"release\n"
LOG_FILE = "watchdog.log"
REPO_ROOT = Path(__file__).resolve().parents[2]
ENTRY = "import sys; from tests.localcloud.watchdog import main; sys.exit(main(sys.argv[1:]))"
STOP_PASSES = 3
"""Rounds of find-and-kill after the starter died (a round waits for what it killed)."""


def _marked(pid: int, workdir: Path) -> bool:
    try:
        environ = Path(f"/proc/{pid}/environ").read_bytes()
    except OSError:
        return False
    prefix = f"{MARKER_ENV}=".encode()
    for entry in environ.split(b"\0"):
        if entry.startswith(prefix):
            rundir = Path(os.fsdecode(entry[len(prefix) :]))
            return rundir == workdir or workdir in rundir.parents
    return False


def cloud_groups(workdir: Path) -> set[int]:
    """Process groups (and lone processes, as their own pgid) of the cloud in `workdir`."""
    workdir = workdir.resolve()
    me = os.getpgrp()
    groups = set(recorded_groups_below(workdir).values())
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and _marked(int(entry.name), workdir):
            try:
                groups.add(os.getpgid(int(entry.name)))
            except ProcessLookupError:
                continue
    groups.discard(me)
    return {g for g in groups if group_members(g)}


def recorded_groups_below(workdir: Path) -> dict[Path, int]:
    """recorded_groups of the work dir and of each service dir in it."""
    found: dict[Path, int] = {}
    try:
        subdirs = [d for d in workdir.iterdir() if d.is_dir()]
    except OSError:
        subdirs = []
    for rundir in [workdir, *subdirs]:
        found.update(recorded_groups(rundir))
    return found


def stop_everything(workdir: Path) -> list[int]:
    """Kill the cloud's process groups; returns the groups that were found."""
    seen: list[int] = []
    for _ in range(STOP_PASSES):
        groups = cloud_groups(workdir)
        if not groups:
            break
        seen.extend(sorted(groups - set(seen)))
        kill_groups(groups)
    return seen


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: watchdog WORKDIR  (stdin: the starter's pipe)", file=sys.stderr)
        return 2
    workdir = Path(argv[0]).resolve()
    for sig in (signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, signal.SIG_IGN)
    data = b""
    while chunk := os.read(0, 4096):  # until the starter's end closes
        data += chunk
    if data.endswith(RELEASE):
        return 0
    stamp = time.strftime("%Y-%m-%d %H:%M:%S")
    groups = stop_everything(workdir)
    print(
        f"{stamp} starter gone without releasing {workdir}: stopped process groups {groups}",
        flush=True,
    )
    return 0


class Watchdog:
    """The starter's side: the constructor spawns the watchdog, release() ends its watch."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir.resolve()
        read_end, self._write_end = os.pipe()  # both non-inheritable: no server keeps the pipe open
        try:
            with open(self.workdir / LOG_FILE, "ab") as out:
                self.proc: subprocess.Popen[bytes] | None = subprocess.Popen(
                    [sys.executable, "-c", ENTRY, str(self.workdir)],
                    cwd=REPO_ROOT, stdin=read_end, stdout=out, stderr=subprocess.STDOUT,
                    start_new_session=True, env={k: v for k, v in os.environ.items() if k != MARKER_ENV},
                )  # fmt: skip
        except BaseException:
            os.close(self._write_end)
            raise
        finally:
            os.close(read_end)

    def release(self) -> None:
        """End the watch without stopping anything (idempotent)."""
        proc, self.proc = self.proc, None
        if proc is None:
            return
        try:
            os.write(self._write_end, RELEASE)
        finally:
            os.close(self._write_end)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
