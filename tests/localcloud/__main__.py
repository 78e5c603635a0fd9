"""CLI: python -m tests.localcloud {start,stop,env,venv} [--dir DIR]

start  start Keystone in DIR and exit, leaving it running in the background
       (a no-op that reprints the info if the recorded server still answers)
stop   stop the server recorded in DIR (its whole process group)
env    print `export OS_...` lines for the admin user
venv   build the Keystone venv if needed (e.g. to pre-warm CI); print its path
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .keystone import Keystone, KeystoneInfo, load_info, running_info, stop_from_dir
from .venv import ensure_venv

DEFAULT_DIR = ".localcloud"


def _print_info(info: KeystoneInfo) -> None:
    print(f"auth_url:    {info.auth_url}")
    print(f"clouds.yaml: {info.clouds_yaml}  (cloud name: local)")
    print(f"openrc:      {info.openrc}")
    print(f"export OS_CLIENT_CONFIG_FILE={info.clouds_yaml} OS_CLOUD=local   # or: source {info.openrc}")


def cmd_start(workdir: Path) -> int:
    info = running_info(workdir)
    if info is not None:
        print(f"Keystone already running in {workdir}")
        _print_info(info)
        return 0
    stop_from_dir(workdir)  # a recorded server that is alive but not answering
    info = Keystone().start(workdir)  # not stopped: it outlives this process
    print(f"Keystone started in {workdir}; stop it with: python -m tests.localcloud stop --dir {workdir}")
    _print_info(info)
    return 0


def cmd_stop(workdir: Path) -> int:
    if stop_from_dir(workdir):
        print(f"Keystone in {workdir} stopped")
    else:
        print(f"no running Keystone recorded in {workdir}")
    return 0


def cmd_env(workdir: Path) -> int:
    info = load_info(workdir)
    if info is None:
        print(f"no cloud recorded in {workdir}; run: python -m tests.localcloud start", file=sys.stderr)
        return 1
    sys.stdout.write(info.export_lines())
    return 0


def cmd_venv(workdir: Path) -> int:
    print(ensure_venv())
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.localcloud", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", choices=["start", "stop", "env", "venv"])
    parser.add_argument("--dir", type=Path, default=Path(DEFAULT_DIR), help=f"state dir (default ./{DEFAULT_DIR})")
    args = parser.parse_args(argv)
    workdir: Path = args.dir.expanduser().resolve()
    commands = {"start": cmd_start, "stop": cmd_stop, "env": cmd_env, "venv": cmd_venv}
    try:
        return commands[args.command](workdir)
    except (RuntimeError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
