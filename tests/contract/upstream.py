"""The upstream OpenStack API samples, taken from the source distributions of
exactly the service releases the local cloud runs.

The versions come from ``tests/localcloud/constraints.txt`` (never repeated
here).  ``samples_dir()`` downloads each service's sdist with pip (so pip's
configured index or mirror is used), extracts only the sample data files and
lays them out as ``<service-type>/<path below the upstream sample folder>``
(the layout of ``SOURCES``), in
``${STACKSDK_CLOUD_CACHE:-~/.cache/stacksdk}/api-samples-<hash>/``, where
``<hash>`` covers the pins and the layout.

The cache is built in a temporary directory and renamed into place; its
``MANIFEST.json`` (written last) records each sdist's sha256 and each sample's
sha256, and is checked on every use: a cache whose files were changed, added
or removed is refused.  An ``fcntl`` lock keeps parallel sessions from
fetching twice.  Refresh: delete the directory (or change the pins).

``python -m tests.contract.upstream`` fetches (if needed) and prints the path.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from tests.localcloud.venv import CONSTRAINTS, _locked, cache_dir

FORMAT = 1  # bump when the extraction changes in a way SOURCES does not show
MANIFEST = "MANIFEST.json"
PIP_TIMEOUT_S = 600.0
MAX_MEMBER_BYTES = 4 << 20  # one sample file; upstream's largest is ~30 KB
MAX_TOTAL_BYTES = 64 << 20  # all samples of one sdist


@dataclass(frozen=True)
class Source:
    """``<folder>/`` of ``package``'s sdist (below its top directory) becomes
    ``<service>/<dest>`` in the cache; only files ending in ``suffixes``."""

    service: str
    package: str
    folder: str
    dest: str = ""
    suffixes: tuple[str, ...] = (".json",)


# The layout of ../shared/api-samples/README.md, for the services the local cloud runs.
SOURCES = (
    Source("compute", "nova", "doc/api_samples/"),
    Source("network", "neutron-lib", "api-ref/source/v2/samples/"),
    Source("block-storage", "cinder", "api-ref/source/v3/samples/"),
    Source("image", "glance", "api-ref/source/v2/samples/"),
    Source("image", "glance", "api-ref/source/versions/samples/", "versions/"),
    Source("identity", "keystone", "api-ref/source/v3/samples/", "v3/samples/"),
    Source("identity", "keystone", "api-ref/source/v3-ext/", "v3-ext/"),
    Source("placement", "openstack-placement", "api-ref/source/samples/"),
    Source("object-store", "swift", "api-ref/source/samples/", suffixes=(".json", ".txt")),
    Source("baremetal", "ironic", "api-ref/source/samples/"),
    Source("dns", "designate", "api-ref/source/samples/"),
    Source("instance-ha", "masakari", "doc/api_samples/"),
    Source("load-balancer", "octavia", "api-ref/source/v2/examples/"),
    Source("load-balancer", "octavia", "api-ref/source/examples/", "versions/"),
    Source("messaging", "zaqar", "api-ref/source/samples/"),
    Source("orchestration", "openstack-heat", "api-ref/source/v1/samples/"),
    Source("shared-file-system", "manila", "api-ref/source/samples/"),
    # no local driver runs these two: pinned in constraints.txt for their samples only
    Source("container-infrastructure-management", "magnum", "api-ref/source/samples/"),
    Source("database", "trove", "api-ref/source/samples/"),
)
SERVICES = tuple(sorted({s.service for s in SOURCES}))
PACKAGES = tuple(sorted({s.package for s in SOURCES}))


class UpstreamError(Exception):
    """The samples could not be fetched, or the cache is not what was fetched."""


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins() -> dict[str, str]:
    """``{package: version}`` of PACKAGES, as pinned in constraints.txt."""
    found: dict[str, str] = {}
    for line in CONSTRAINTS.read_text().splitlines():
        name, sep, version = line.split("#")[0].strip().partition("==")
        if sep and _normalise(name) in PACKAGES:
            found[_normalise(name)] = version.strip()
    missing = sorted(set(PACKAGES) - set(found))
    if missing:
        raise UpstreamError(f"{CONSTRAINTS} pins no version of {', '.join(missing)}")
    return found


def cache_path() -> Path:
    key = json.dumps([FORMAT, sorted(pins().items()), [list(vars(s).values()) for s in SOURCES]])
    return cache_dir() / f"api-samples-{hashlib.sha256(key.encode()).hexdigest()[:12]}"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _pip_download(package: str, version: str, into: Path) -> Path:
    """The sdist of ``package==version``, downloaded by pip into ``into``."""
    into.mkdir(parents=True)
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", package]
    cmd += ["--disable-pip-version-check", "--progress-bar", "off", "--quiet"]
    if all(importlib.util.find_spec(m) for m in ("pbr", "setuptools")):
        # pip reads an sdist's metadata before it keeps it; the services build with
        # pbr: this interpreter's copy spares a fresh build environment per package
        cmd.append("--no-build-isolation")
    cmd += ["--dest", str(into), f"{package}=={version}"]
    shown = " ".join(cmd)
    try:
        proc = subprocess.run(
            cmd, capture_output=True, text=True, timeout=PIP_TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise UpstreamError(
            f"fetching the {package} {version} sdist failed ({exc}); command: {shown}"
        ) from None
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.strip().splitlines()[-8:])
        raise UpstreamError(
            f"fetching the {package} {version} sdist failed (pip exit {proc.returncode}); "
            f"command: {shown}\n{tail}"
        )
    files = sorted(into.iterdir())
    if len(files) != 1 or not files[0].name.endswith(".tar.gz"):
        names = [f.name for f in files]
        raise UpstreamError(
            f"{shown}: expected one .tar.gz sdist of {package} {version}, got {names}"
        )
    return files[0]


def _safe_parts(name: str) -> tuple[str, ...] | None:
    """The components of a tar member name, or None if it could leave the
    extraction root (absolute, ``..``, backslashes, control characters)."""
    if (
        not name
        or name.startswith("/")
        or "\\" in name
        or any(ord(c) < 32 or ord(c) == 127 for c in name)
    ):
        return None
    parts = tuple(p for p in PurePosixPath(name).parts if p != ".")
    return None if not parts or ".." in parts else parts


def _extract(sdist: Path, package: str, root: Path) -> dict[str, str]:
    """Copy the sample files of ``package``'s sources from ``sdist`` below
    ``root``; returns ``{relative path: sha256}``.  Every member name is
    checked; links and special files among the samples are refused; members
    are read, never extracted by tarfile."""
    sources = [s for s in SOURCES if s.package == package]
    written: dict[str, str] = {}
    total = 0
    top: str | None = None
    try:
        with tarfile.open(sdist, "r:gz") as tar:
            for member in tar:
                parts = _safe_parts(member.name)
                if parts is None:
                    raise UpstreamError(f"{sdist.name}: unsafe member name {member.name!r}")
                top = top or parts[0]
                if parts[0] != top:
                    raise UpstreamError(f"{sdist.name}: member {member.name!r} outside {top}/")
                inner = "/".join(parts[1:])
                for src in sources:
                    if not inner.startswith(src.folder) or not inner.endswith(src.suffixes):
                        continue
                    if not member.isfile():
                        raise UpstreamError(
                            f"{sdist.name}: {member.name!r} is a link or special file"
                        )
                    if member.size > MAX_MEMBER_BYTES or total + member.size > MAX_TOTAL_BYTES:
                        raise UpstreamError(f"{sdist.name}: {member.name!r} is too large")
                    rel = f"{src.service}/{src.dest}{inner[len(src.folder):]}"
                    fh = tar.extractfile(member)
                    assert fh is not None  # a regular file
                    data = fh.read(MAX_MEMBER_BYTES + 1)
                    if len(data) != member.size:
                        raise UpstreamError(
                            f"{sdist.name}: {member.name!r} is truncated or longer than said"
                        )
                    total += len(data)
                    target = root / rel
                    target.parent.mkdir(parents=True, exist_ok=True)
                    with open(target, "xb") as out:  # a second member of the same name fails
                        out.write(data)
                    written[rel] = hashlib.sha256(data).hexdigest()
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise UpstreamError(f"{sdist.name}: cannot read the sdist: {exc}") from None
    if not written:
        raise UpstreamError(f"{sdist.name}: no samples below {[s.folder for s in sources]}")
    return written


def _build(final: Path) -> None:
    versions = pins()
    tmp = final.with_name(f"{final.name}.tmp-{os.getpid()}")
    for stale in final.parent.glob(f"{final.name}.tmp-*"):  # interrupted fetches (we hold the lock)
        shutil.rmtree(stale, ignore_errors=True)
    started = time.monotonic()
    try:
        with ThreadPoolExecutor(max_workers=3) as pool:
            sdists = dict(
                zip(
                    PACKAGES,
                    pool.map(lambda p: _pip_download(p, versions[p], tmp / "sdists" / p), PACKAGES),
                )
            )
        root = tmp / "samples"
        files: dict[str, str] = {}
        for package, sdist in sdists.items():
            files.update(_extract(sdist, package, root))
        info = {
            p: {"version": versions[p], "file": s.name, "sha256": _sha256(s)}
            for p, s in sdists.items()
        }
        manifest = {"format": FORMAT, "sdists": info, "files": files}
        # the marker, written last: only a tree with it is complete
        (root / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True))
        root.rename(final)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(
        f"[contract] fetched the upstream samples into {final} in {time.monotonic() - started:.0f} s",
        file=sys.stderr,
    )


def verify(root: Path) -> dict[str, object]:
    """The manifest of a complete cache whose files are exactly those fetched."""
    manifest = json.loads((root / MANIFEST).read_text())
    files: dict[str, str] = manifest["files"]
    present = {p.relative_to(root).as_posix() for p in root.rglob("*") if not p.is_dir()}
    odd = sorted((present - {MANIFEST}) ^ set(files))
    if odd:
        where = "added to" if odd[0] in present else "removed from"
        raise UpstreamError(
            f"{odd[0]} was {where} the sample cache {root}; delete the directory to fetch again"
        )
    for rel, digest in files.items():
        if _sha256(root / rel) != digest:
            raise UpstreamError(
                f"{rel} in the sample cache {root} was changed; delete the directory to fetch again"
            )
    return dict(manifest)


@functools.cache
def samples_dir() -> Path:
    """The verified sample tree, fetched first if it is not cached yet."""
    final = cache_path()
    try:
        with _locked(final.with_name(final.name + ".lock")):
            if final.is_dir() and not (final / MANIFEST).is_file():  # no marker: not complete
                shutil.rmtree(final)
            if not final.is_dir():
                _build(final)
            verify(final)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UpstreamError(f"the sample cache {final} is unusable: {exc}") from None
    return final


if __name__ == "__main__":
    try:
        print(samples_dir())
    except UpstreamError as exc:
        sys.exit(f"error: {exc}")
