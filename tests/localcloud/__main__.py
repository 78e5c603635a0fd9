"""CLI: python -m tests.localcloud {start,run,stop,env,status,venv} [--dir DIR]

start   start the local cloud in DIR and exit, leaving it running in the
        background (reuses the cloud running in DIR when it answers and has
        the requested services).  --services a,b,c picks services (keystone
        is always included; default: the core seven; "all": every one)
run     start the cloud (or reuse the one running in DIR), run the command
        after `--` with OS_CLIENT_CONFIG_FILE and OS_CLOUD set, then stop what
        it started, whatever ends it (Ctrl-C, SIGTERM, SIGHUP; after SIGKILL
        the cloud's watchdog stops it).  Exits with the command's status.
stop    stop every process recorded in DIR (their process groups)
env     print `export OS_...` lines (--user admin|demo)
status  print the running processes of DIR and their memory (RSS, PSS)
venv    build the cloud venv if needed (e.g. to pre-warm CI); print its path
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
from pathlib import Path
from types import FrameType

from .cloud import (
    CLOUD_NAME,
    DEMO_CLOUD_NAME,
    CloudInfo,
    LocalCloud,
    cloud_status,
    default_services,
    load_cloud_info,
    parse_services,
    stop_cloud,
    supported_services,
)
from .venv import ensure_venv

DEFAULT_DIR = ".localcloud"


def _print_info(info: CloudInfo) -> None:
    print(f"auth_url:    {info.auth_url}")
    for name in info.services:
        print(f"  {name:<10} {info.service_types[name]:<14} {info.endpoints[name]}")
    print(
        f"clouds.yaml: {info.clouds_yaml}  (clouds: {CLOUD_NAME} = admin, {DEMO_CLOUD_NAME} = demo)"
    )
    print(f"openrc:      {info.openrc}  (demo: {info.openrc_demo})")
    print(
        f"export OS_CLIENT_CONFIG_FILE={info.clouds_yaml} OS_CLOUD={CLOUD_NAME}   # or: source {info.openrc}"
    )


def cmd_start(args: argparse.Namespace) -> int:
    cloud = LocalCloud(services=args.services)
    info = cloud.start(args.dir)
    cloud.detach()  # it outlives this process
    if cloud.reused:
        print(f"local cloud already running in {args.dir}")
    else:
        print(
            f"local cloud started in {args.dir}; stop it with: python -m tests.localcloud stop --dir {args.dir}"
        )
    _print_info(info)
    return 0


COMMAND_GRACE_S = 30.0
"""After Ctrl-C or a signal, how long `run` lets its command clean up (it still has the cloud) before SIGKILL."""


def _exit_on_signal(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


def _end(proc: subprocess.Popen[bytes], forward: int | None) -> None:
    """Pass on the signal that ended `run` (a Ctrl-C reached the command already:
    it is in the same process group), give the command COMMAND_GRACE_S to clean
    up (it still has the cloud), then SIGKILL it."""
    if forward is not None and proc.poll() is None:
        proc.send_signal(forward)
    try:
        proc.wait(timeout=COMMAND_GRACE_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def cmd_run(args: argparse.Namespace) -> int:
    command = args.command_args
    if not command:
        raise ValueError(
            "run needs a command after `--`, e.g. run -- python examples/quickstart.py"
        )
    for sig in (signal.SIGTERM, signal.SIGHUP):  # like Ctrl-C: unwind, so the cloud is stopped
        signal.signal(sig, _exit_on_signal)
    with LocalCloud(services=args.services) as cloud:
        info = cloud.start(args.dir)
        env = {**os.environ, "OS_CLIENT_CONFIG_FILE": str(info.clouds_yaml), "OS_CLOUD": CLOUD_NAME}
        proc = subprocess.Popen(command, env=env)
        try:
            return proc.wait()
        except SystemExit as exc:
            _end(proc, exc.code - 128 if isinstance(exc.code, int) and exc.code > 128 else None)
            raise
        except BaseException:
            _end(proc, None)
            raise


def cmd_stop(args: argparse.Namespace) -> int:
    stopped = stop_cloud(args.dir)
    if stopped:
        print(f"stopped in {args.dir}: {', '.join(stopped)}")
    else:
        print(f"nothing running recorded in {args.dir}")
    return 0


def cmd_env(args: argparse.Namespace) -> int:
    info = load_cloud_info(args.dir)
    if info is None:
        print(
            f"no cloud recorded in {args.dir}; run: python -m tests.localcloud start",
            file=sys.stderr,
        )
        return 1
    sys.stdout.write(info.export_lines(args.user))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    status = cloud_status(args.dir)
    if not status:
        print(f"nothing running recorded in {args.dir}")
        return 1
    rss = pss = 0
    print(f"{'':<10} {'RSS MiB':>8} {'PSS MiB':>8}  process groups")
    for name, st in status.items():
        rss, pss = rss + st["rss_kib"], pss + st["pss_kib"]
        procs = ", ".join(f"{p}={g}" for p, g in st["groups"].items())
        print(f"{name:<10} {st['rss_kib'] / 1024:8.1f} {st['pss_kib'] / 1024:8.1f}  {procs}")
    print(f"{'total':<10} {rss / 1024:8.1f} {pss / 1024:8.1f}")
    return 0


def cmd_venv(args: argparse.Namespace) -> int:
    print(ensure_venv())
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.localcloud",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("command", choices=["start", "run", "stop", "env", "status", "venv"])
    parser.add_argument(
        "--dir", type=Path, default=Path(DEFAULT_DIR), help=f"state dir (default ./{DEFAULT_DIR})"
    )
    parser.add_argument(
        "--services",
        default=None,
        help=(
            f"start: comma separated services (default: {','.join(default_services())}; "
            f"'all': {','.join(supported_services())})"
        ),
    )
    parser.add_argument(
        "--user", choices=["admin", "demo"], default="admin", help="env: whose credentials"
    )
    argv = sys.argv[1:] if argv is None else argv
    split = argv.index("--") if "--" in argv else len(argv)
    args = parser.parse_args(argv[:split])
    args.command_args = argv[split + 1 :]
    if args.command_args and args.command != "run":
        parser.error(f"only run takes a command after `--`, not {args.command}")
    args.dir = args.dir.expanduser().resolve()
    commands = {
        "start": cmd_start, "run": cmd_run, "stop": cmd_stop, "env": cmd_env, "status": cmd_status, "venv": cmd_venv,
    }  # fmt: skip
    try:
        if args.services is not None:
            args.services = parse_services(args.services)
        return commands[args.command](args)
    except (RuntimeError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
