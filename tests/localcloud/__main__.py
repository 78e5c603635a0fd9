"""CLI: python -m tests.localcloud {start,stop,env,status,venv} [--dir DIR]

start   start the local cloud in DIR and exit, leaving it running in the
        background (reuses the cloud running in DIR when it answers and has
        the requested services).  --services a,b,c picks services (keystone
        is always included; default: all supported)
stop    stop every process recorded in DIR (their process groups)
env     print `export OS_...` lines (--user admin|demo)
status  print the running processes of DIR and their memory (RSS, PSS)
venv    build the cloud venv if needed (e.g. to pre-warm CI); print its path
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .cloud import (
    CLOUD_NAME,
    DEMO_CLOUD_NAME,
    CloudInfo,
    LocalCloud,
    cloud_status,
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
    print(f"clouds.yaml: {info.clouds_yaml}  (clouds: {CLOUD_NAME} = admin, {DEMO_CLOUD_NAME} = demo)")
    print(f"openrc:      {info.openrc}  (demo: {info.openrc_demo})")
    print(f"export OS_CLIENT_CONFIG_FILE={info.clouds_yaml} OS_CLOUD={CLOUD_NAME}   # or: source {info.openrc}")


def cmd_start(args: argparse.Namespace) -> int:
    cloud = LocalCloud(services=args.services)  # not stopped: it outlives this process
    info = cloud.start(args.dir)
    if cloud.reused:
        print(f"local cloud already running in {args.dir}")
    else:
        print(f"local cloud started in {args.dir}; stop it with: python -m tests.localcloud stop --dir {args.dir}")
    _print_info(info)
    return 0


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
        print(f"no cloud recorded in {args.dir}; run: python -m tests.localcloud start", file=sys.stderr)
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
        prog="python -m tests.localcloud", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", choices=["start", "stop", "env", "status", "venv"])
    parser.add_argument("--dir", type=Path, default=Path(DEFAULT_DIR), help=f"state dir (default ./{DEFAULT_DIR})")
    parser.add_argument(
        "--services",
        default=None,
        help=f"start: comma separated services (default: all of {','.join(supported_services())})",
    )
    parser.add_argument("--user", choices=["admin", "demo"], default="admin", help="env: whose credentials")
    args = parser.parse_args(argv)
    args.dir = args.dir.expanduser().resolve()
    commands = {"start": cmd_start, "stop": cmd_stop, "env": cmd_env, "status": cmd_status, "venv": cmd_venv}
    try:
        if args.services is not None:
            args.services = parse_services(args.services)
        return commands[args.command](args)
    except (RuntimeError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
