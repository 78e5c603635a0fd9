"""Build (once) and reuse one private venv with all the cloud's services
(the seven core ones, the twelve of issue 14 and the Neutron add-ons) and gunicorn.

The venv lives at ``${STACKSDK_CLOUD_CACHE:-~/.cache/stacksdk}/cloud-venv-<hash>``
where ``<hash>`` is the first 12 hex digits of the sha256 of ``constraints.txt``.
A venv is only trusted once its marker file (written last) exists; an
interrupted build is wiped and redone.  An ``fcntl`` lock serialises builders.

Venvs are not relocatable (scripts carry absolute shebangs), so the venv is
built in place and the marker file, not a rename, makes it "complete".
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CONSTRAINTS = Path(__file__).resolve().with_name("constraints.txt")
PACKAGES = (
    "keystone",
    "glance",
    "openstack-placement",
    "swift",
    "neutron",
    "nova",
    "cinder",
    "barbican",
    "ironic",
    "designate",
    "masakari",
    "mistral",
    "zaqar",
    "manila",
    "octavia",
    "openstack-heat",
    "neutron-fwaas",
    "neutron-vpnaas",
    "networking-bgpvpn",
    "networking-sfc",
    "tap-as-a-service",
    "neutron-dynamic-routing",
    "gunicorn",
)
# Console scripts that must exist in a complete venv (one per package at least).
REQUIRED_BINS = (
    "python",
    "gunicorn",
    "keystone-manage",
    "glance-manage",
    "placement-manage",
    "swift-ring-builder",
    "swift-proxy-server",
    "neutron-db-manage",
    "nova-manage",
    "cinder-manage",
    "barbican-manage",
    "ironic-dbsync",
    "designate-manage",
    "masakari-manage",
    "mistral-db-manage",
    "zaqar-sql-db-manage",
    "manila-manage",
    "octavia-db-manage",
    "heat-manage",
)
MARKER = ".stacksdk-cloud-venv-complete"
PIP_TIMEOUT_S = 1800.0
DB_TEMPLATE_FORMAT = 1  # bump when a service's way of creating its DBs changes


def log(message: str) -> None:
    """Progress output goes to stderr, never stdout."""
    print(f"[localcloud] {message}", file=sys.stderr, flush=True)


def cache_dir() -> Path:
    raw = os.environ.get("STACKSDK_CLOUD_CACHE", "").strip()
    base = Path(raw) if raw else Path.home() / ".cache" / "stacksdk"
    return base.expanduser().resolve()


def constraints_hash() -> str:
    return hashlib.sha256(CONSTRAINTS.read_bytes()).hexdigest()[:12]


def venv_path() -> Path:
    return cache_dir() / f"cloud-venv-{constraints_hash()}"


def venv_bin(venv: Path, name: str) -> Path:
    return venv / "bin" / name


def subprocess_env(venv: Path | None = None) -> dict[str, str]:
    """Environment for tools run from the venv, free of the caller's Python
    settings and of OS_* variables (oslo.config and keystone-manage read
    those and would silently override our config/arguments)."""
    drop = {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "GUNICORN_CMD_ARGS", "__PYVENV_LAUNCHER__"}
    env = {k: v for k, v in os.environ.items() if k not in drop and not k.startswith("OS_")}
    if venv is not None:
        env["VIRTUAL_ENV"] = str(venv)
        env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '/usr/bin:/bin')}"
    return env


def _marker_content() -> str:
    info = {"constraints": constraints_hash(), "python": list(sys.version_info[:2])}
    return json.dumps(info, sort_keys=True)


def is_complete(venv: Path) -> bool:
    marker = venv / MARKER
    try:
        if marker.read_text() != _marker_content():
            return False
    except OSError:
        return False
    return all(venv_bin(venv, n).exists() for n in REQUIRED_BINS)


@contextmanager
def _locked(lock_file: Path) -> Iterator[None]:
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_file, "a") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log(f"waiting for another process building {lock_file.stem} ...")
            fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _run(cmd: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL, timeout=PIP_TIMEOUT_S)
    if result.returncode != 0:
        raise RuntimeError(f"command failed with exit code {result.returncode}: {' '.join(cmd)}")


def _write_marker(venv: Path) -> None:
    tmp = venv / (MARKER + ".tmp")
    tmp.write_text(_marker_content())
    os.replace(tmp, venv / MARKER)


def _build(venv: Path) -> None:
    if venv.exists():
        log(f"removing incomplete venv {venv}")
        shutil.rmtree(venv)
    started = time.monotonic()
    log(f"creating venv {venv}")
    _run([sys.executable, "-m", "venv", str(venv)], subprocess_env())
    log(f"installing {' '.join(PACKAGES)} with -c {CONSTRAINTS.name} (takes ~3-5 min)")
    pip = [str(venv_bin(venv, "python")), "-m", "pip", "install", "--quiet"]
    pip += ["--disable-pip-version-check", "--progress-bar", "off"]
    _run(pip + ["-c", str(CONSTRAINTS), *PACKAGES], subprocess_env(venv))
    _write_marker(venv)
    log(f"venv ready in {time.monotonic() - started:.1f} s")


def ensure_venv() -> Path:
    """Return the path of a complete cloud venv, building it if needed."""
    venv = venv_path()
    if is_complete(venv):
        return venv
    with _locked(venv.with_name(venv.name + ".lock")):
        if not is_complete(venv):  # someone else may have finished meanwhile
            _build(venv)
    return venv


# --------------------------------------------------------------------------
# database templates


def templates_enabled() -> bool:
    """STACKSDK_CLOUD_DB_TEMPLATES=0 makes every fresh start run the migrations."""
    return os.environ.get("STACKSDK_CLOUD_DB_TEMPLATES", "1").strip() not in ("0", "false", "no")


def templates_dir(venv: Path) -> Path:
    """Migrated empty databases, per venv (so per constraints.txt)."""
    return venv.with_name(f"{venv.name}-db-templates-v{DB_TEMPLATE_FORMAT}")


def save_template(tpl: Path, files: list[Path]) -> None:
    """Copy `files` into the template dir `tpl` atomically (first one wins)."""
    if not templates_enabled():
        return
    tmp = tpl.with_name(f".{tpl.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        tmp.mkdir(parents=True)
        for f in files:
            shutil.copyfile(f, tmp / f.name)
        tmp.rename(tpl)
    except OSError:
        pass  # another start saved it first (or the cache is read-only): fine
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def restore_template(tpl: Path, names: list[str], dest: Path) -> bool:
    """Copy the template's files `names` into `dest` (mode 0600) when
    templates are enabled and the template has all of them; True if copied."""
    if not templates_enabled() or not all((tpl / n).is_file() for n in names):
        return False
    for n in names:
        tmp = dest / f".{n}.tmp"
        shutil.copyfile(tpl / n, tmp)
        tmp.chmod(0o600)
        tmp.replace(dest / n)
    return True
