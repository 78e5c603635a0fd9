"""The sample fetcher (tests/contract/upstream.py): safe extraction, a verified
cache, clear failures, and a contract suite that needs nothing beside the repository."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from tests.contract import upstream
from tests.localcloud.venv import CONSTRAINTS

REPO = Path(__file__).resolve().parents[2]
SWIFT_SAMPLES = "swift-1.0/api-ref/source/samples"


def _sdist(path: Path, members: Sequence[tuple[str, bytes | None, bytes]]) -> Path:
    """A .tar.gz with ``(name, data, type)`` members (data None: a link out of the tree)."""
    with tarfile.open(path, "w:gz") as tar:
        for name, data, kind in members:
            info = tarfile.TarInfo(name)
            info.type = kind
            if data is None:
                info.linkname = "../../../../etc/passwd"
                tar.addfile(info)
            else:
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
    return path


def test_only_sample_files_are_copied_into_the_layout(tmp_path: Path) -> None:
    sdist = _sdist(
        tmp_path / "swift-1.0.tar.gz",
        [
            ("swift-1.0/setup.py", b"raise SystemExit", tarfile.REGTYPE),
            (f"{SWIFT_SAMPLES}/a.json", b"{}", tarfile.REGTYPE),
            (f"{SWIFT_SAMPLES}/sub/b.txt", b"x", tarfile.REGTYPE),
            (f"{SWIFT_SAMPLES}/c.xml", b"<x/>", tarfile.REGTYPE),
            ("swift-1.0/doc/d.json", b"{}", tarfile.REGTYPE),
        ],
    )
    written = upstream._extract(sdist, "swift", tmp_path / "out")
    assert sorted(written) == ["object-store/a.json", "object-store/sub/b.txt"]
    files = sorted(
        p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*")
    )
    assert files == [
        "object-store",
        "object-store/a.json",
        "object-store/sub",
        "object-store/sub/b.txt",
    ]
    assert (tmp_path / "out/object-store/sub/b.txt").read_bytes() == b"x"


@pytest.mark.parametrize(
    "name",
    [
        f"{SWIFT_SAMPLES}/../../../../../escape.json",
        "/abs/api-ref/source/samples/x.json",
        f"{SWIFT_SAMPLES}\\..\\x.json",
        f"{SWIFT_SAMPLES}/a\nb.json",
        "other-1.0/api-ref/source/samples/x.json",
        "..",
    ],
)
def test_unsafe_member_names_refuse_the_sdist(tmp_path: Path, name: str) -> None:
    members = [(f"{SWIFT_SAMPLES}/a.json", b"{}", tarfile.REGTYPE), (name, b"{}", tarfile.REGTYPE)]
    sdist = _sdist(tmp_path / "swift-1.0.tar.gz", members)
    with pytest.raises(upstream.UpstreamError, match="swift-1.0.tar.gz"):
        upstream._extract(sdist, "swift", tmp_path / "out" / "root")
    assert (
        not (tmp_path / "escape.json").exists() and not (tmp_path / "out" / "escape.json").exists()
    )


@pytest.mark.parametrize("kind", [tarfile.SYMTYPE, tarfile.LNKTYPE, tarfile.FIFOTYPE])
def test_links_and_special_files_among_the_samples_are_refused(tmp_path: Path, kind: bytes) -> None:
    sdist = _sdist(
        tmp_path / "swift-1.0.tar.gz",
        [(f"{SWIFT_SAMPLES}/l.json", None if kind != tarfile.FIFOTYPE else b"", kind)],
    )
    with pytest.raises(upstream.UpstreamError, match="link or special file"):
        upstream._extract(sdist, "swift", tmp_path / "out")
    assert not (tmp_path / "out").exists()


def _cache(root: Path) -> Path:
    (root / "compute").mkdir(parents=True)
    (root / "compute" / "a.json").write_text("{}")
    files = {"compute/a.json": upstream._sha256(root / "compute" / "a.json")}
    (root / upstream.MANIFEST).write_text(json.dumps({"format": 1, "sdists": {}, "files": files}))
    return root


@pytest.mark.parametrize(
    "tamper, says",
    [
        (lambda root: (root / "compute" / "a.json").write_text('{"x": 1}'), "was changed"),
        (lambda root: (root / "compute" / "b.json").write_text("{}"), "was added to"),
        (lambda root: (root / "compute" / "a.json").unlink(), "was removed from"),
    ],
)
def test_a_changed_cache_is_refused(tmp_path: Path, tamper: object, says: str) -> None:
    root = _cache(tmp_path / "cache")
    upstream.verify(root)  # as fetched: accepted
    tamper(root)  # type: ignore[operator]
    with pytest.raises(upstream.UpstreamError, match=says):
        upstream.verify(root)


def test_the_pins_are_those_of_the_local_cloud() -> None:
    pins = upstream.pins()
    text = CONSTRAINTS.read_text()
    assert sorted(pins) == sorted(upstream.PACKAGES)
    assert all(f"{name}=={version}" in text.replace("_", "-") for name, version in pins.items())


def test_a_failed_download_names_the_package_and_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pip with no index and no links: it fails at once and nothing leaves the machine."""
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    monkeypatch.setenv("PIP_FIND_LINKS", str(tmp_path / "empty"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(upstream.UpstreamError) as err:
        upstream._pip_download("placement-not-here", "1.0", tmp_path / "dl")
    message = str(err.value)
    assert "placement-not-here 1.0" in message and "pip download" in message
    assert "placement-not-here==1.0" in message and "pip exit" in message


def test_contract_suite_needs_nothing_beside_the_repository(tmp_path: Path) -> None:
    """The tests run from a copy of the repository with no ../shared beside it
    (the package itself is installed; only the tests' own reads matter)."""
    if os.environ.get("STACKSDK_INDEPENDENCE_CHILD"):  # this file, run from the copy
        assert not (REPO.parent / "shared").exists(), f"the child runs the tests of {REPO}"
        pytest.skip("already the independent copy")
    copy = tmp_path / "x" / "main"
    shutil.copytree(
        REPO / "tests", copy / "tests", ignore=shutil.ignore_patterns("__pycache__", ".hypothesis")
    )
    shutil.copy(REPO / "pyproject.toml", copy / "pyproject.toml")
    assert not (copy.parent / "shared").exists()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTEST_ADDOPTS")}
    env["STACKSDK_INDEPENDENCE_CHILD"] = "1"
    args = [
        "tests/contract/test_samples.py",
        "tests/contract/test_upstream.py::test_contract_suite_needs_nothing_beside_the_repository",
        "tests/integration/identity/test_users_groups.py::test_user_create_request_sample_minus_federated",
        "tests/integration/identity/test_users_groups.py::test_federated_user_samples_split_into_base_and_extension",
    ]
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x", *args],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert " passed" in proc.stdout and "failed" not in proc.stdout
    assert "already the independent copy" in proc.stdout  # the copy's own tests ran


def _fake_download(calls: list[str]) -> Callable[[str, str, Path], Path]:
    """Stands in for pip: one small sdist per package with a sample in each of its folders."""

    def download(package: str, version: str, into: Path) -> Path:
        calls.append(package)
        into.mkdir(parents=True)
        top = f"{package}-{version}"
        folders = [s.folder for s in upstream.SOURCES if s.package == package]
        members = [
            (f"{top}/{f}s.json", b'{"p": "%s"}' % package.encode(), tarfile.REGTYPE)
            for f in folders
        ]
        return _sdist(into / f"{top}.tar.gz", members)

    return download


def test_fetch_is_atomic_redone_when_interrupted_and_reused_when_complete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STACKSDK_CLOUD_CACHE", str(tmp_path))
    final = upstream.cache_path()
    assert final.parent == tmp_path
    (final.with_name(final.name + ".tmp-999") / "samples").mkdir(parents=True)  # killed mid-fetch
    final.mkdir()  # a tree without the marker
    (final / "compute").mkdir()

    def broken(package: str, version: str, into: Path) -> Path:
        raise upstream.UpstreamError(f"no {package}")

    monkeypatch.setattr(upstream, "_pip_download", broken)
    with pytest.raises(upstream.UpstreamError, match="no "):
        upstream.samples_dir.__wrapped__()
    assert sorted(p.name for p in tmp_path.iterdir()) == [final.name + ".lock"]  # nothing half-made

    calls: list[str] = []
    monkeypatch.setattr(upstream, "_pip_download", _fake_download(calls))
    assert upstream.samples_dir.__wrapped__() == final
    assert sorted(calls) == sorted(upstream.PACKAGES)
    manifest = upstream.verify(final)
    assert sorted(manifest["sdists"]) == sorted(upstream.PACKAGES)  # type: ignore[call-overload]
    assert json.loads((final / "identity/v3-ext/s.json").read_text()) == {"p": "keystone"}
    assert json.loads((final / "image/versions/s.json").read_text()) == {"p": "glance"}
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([final.name, final.name + ".lock"])

    calls.clear()
    assert upstream.samples_dir.__wrapped__() == final and calls == []  # warm: no download
