"""The local cloud itself (tests/localcloud): every service it starts is in the
catalog and answers, with plain requests and the SDK runtime's auth.

It uses the session's cloud (tests/integration/conftest.py), which runs every
supported service.
"""

from __future__ import annotations

import hashlib
import json
import os
import select
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import requests

from stacksdk.runtime import ProviderClient, authenticated_client
from tests.integration.clouds import user_options
from tests.localcloud import (
    ALL_SERVICES,
    CORE_SERVICES,
    CloudInfo,
    LocalCloud,
    cloud_status,
    parse_services,
    services,
    supported_services,
)
from tests.localcloud.procs import Spawned, group_members, spawn

REPO = Path(__file__).resolve().parents[2]
POLL_S = 0.2

# service name -> (catalog type, GET path answered with 200 for a project member)
LIST_CALLS = {
    "keystone": ("identity", "/auth/projects"),
    "glance": ("image", "/v2/images"),
    "placement": ("placement", "/resource_providers"),
    "swift": ("object-store", ""),
    "neutron": ("network", "/v2.0/networks"),
    "nova": ("compute", "/flavors"),  # the catalog URL ends in /v2.1
    "cinder": ("block-storage", "/types"),  # the catalog URL ends in /v3/<project id>
}


@pytest.fixture(scope="module")
def admin(cloud: CloudInfo) -> ProviderClient:
    return authenticated_client(user_options(cloud, "admin"))


@pytest.fixture(scope="module")
def demo(cloud: CloudInfo) -> ProviderClient:
    return authenticated_client(user_options(cloud, "demo"))


def http(provider: ProviderClient) -> requests.Session:
    s = requests.Session()
    s.trust_env = False
    assert provider.token
    s.headers["X-Auth-Token"] = provider.token
    return s


def url_of(provider: ProviderClient, service_type: str, region: str = "RegionOne") -> str:
    assert provider.token_info is not None
    urls = [
        ep.url
        for ep in provider.token_info.catalog.endpoints()
        if ep.service_type == service_type and ep.interface == "public" and ep.region == region
    ]
    assert len(urls) == 1, f"{service_type}: {urls}"
    return urls[0].rstrip("/")


# ---------------------------------------------------------------- selection


def test_parse_services_always_adds_keystone_and_orders() -> None:
    assert parse_services("swift, glance") == ("keystone", "glance", "swift")
    assert parse_services(None) == CORE_SERVICES  # the default set: the core seven
    assert parse_services("all") == supported_services()
    assert set(supported_services()) == set(ALL_SERVICES)
    assert parse_services(["keystone"]) == ("keystone",)


def test_parse_services_rejects_unknown_names() -> None:
    with pytest.raises(ValueError, match="unknown service"):
        parse_services("glance,gnocchi")
    with pytest.raises(ValueError, match="unknown service"):
        LocalCloud(services=("nova-compute",))


# ------------------------------------------------------------------- catalog


def test_catalog_has_every_service_on_three_interfaces(
    cloud: CloudInfo, admin: ProviderClient
) -> None:
    assert admin.token_info is not None
    found: dict[str, set[tuple[str, str]]] = {}
    for ep in admin.token_info.catalog.endpoints():
        found.setdefault(ep.service_type, set()).add((ep.interface, ep.region))
    for name in cloud.services:
        stype = cloud.service_types[name]
        assert found.get(stype) == {(i, "RegionOne") for i in ("public", "internal", "admin")}, name
    # nothing else: no stale entries from other service sets
    assert set(found) == {cloud.service_types[n] for n in cloud.services}


def test_demo_is_a_member_not_an_admin(demo: ProviderClient) -> None:
    assert demo.token_info is not None
    roles = {r["name"] for r in demo.token_info.body["roles"]}
    assert "member" in roles and "admin" not in roles
    assert demo.token_info.body["project"]["name"] == "demo"


def test_files_written(cloud: CloudInfo) -> None:
    text = cloud.clouds_yaml.read_text()
    assert "  local:\n" in text and "  local-demo:\n" in text
    assert f"OS_AUTH_URL={cloud.auth_url}" in cloud.openrc.read_text()
    assert "OS_USERNAME=demo" in cloud.openrc_demo.read_text()
    assert oct(cloud.clouds_yaml.stat().st_mode & 0o777) == "0o600"


# placement is admin only: test_placement_is_admin_only covers the demo user there
@pytest.mark.parametrize(
    ("name", "user"),
    [(n, u) for n in CORE_SERVICES for u in ("admin", "demo") if (n, u) != ("placement", "demo")],
)
def test_service_answers_authenticated_list(
    cloud: CloudInfo, admin: ProviderClient, demo: ProviderClient, name: str, user: str
) -> None:
    assert name in cloud.services, f"{name} is not running in the session cloud"
    provider = admin if user == "admin" else demo
    stype, path = LIST_CALLS[name]
    headers = {"OpenStack-API-Version": "placement 1.39"} if name == "placement" else {}
    with http(provider) as s:
        r = s.get(url_of(provider, stype) + path, headers=headers, timeout=30)
    assert r.status_code in (200, 204), f"{name} as {user}: {r.status_code} {r.text[:300]}"


def test_service_rejects_missing_token(cloud: CloudInfo, admin: ProviderClient) -> None:
    for name in cloud.services:
        stype, path = LIST_CALLS[name]
        r = requests.get(url_of(admin, stype) + path, timeout=30)
        assert r.status_code == 401, f"{name}: {r.status_code}"


# -------------------------------------------------------------------- glance


def test_glance_upload_and_download(cloud: CloudInfo, demo: ProviderClient) -> None:
    if "glance" not in cloud.services:
        pytest.skip("no glance")
    base = url_of(demo, "image")
    data = os.urandom(64 * 1024)
    with http(demo) as s:
        r = s.post(
            f"{base}/v2/images",
            json={
                "name": f"lc-{uuid.uuid4().hex[:8]}",
                "disk_format": "raw",
                "container_format": "bare",
            },
            timeout=30,
        )
        assert r.status_code == 201, r.text
        image_id = r.json()["id"]
        try:
            r = s.put(
                f"{base}/v2/images/{image_id}/file",
                data=data,
                headers={"Content-Type": "application/octet-stream"},
                timeout=60,
            )
            assert r.status_code == 204, r.text
            image = s.get(f"{base}/v2/images/{image_id}", timeout=30).json()
            assert image["status"] == "active"
            assert image["size"] == len(data)
            assert image["os_hash_value"] == hashlib.sha512(data).hexdigest()
            r = s.get(f"{base}/v2/images/{image_id}/file", timeout=60)
            assert r.status_code == 200 and r.content == data
        finally:
            assert s.delete(f"{base}/v2/images/{image_id}", timeout=30).status_code == 204


def test_glance_import_methods(cloud: CloudInfo, admin: ProviderClient) -> None:
    if "glance" not in cloud.services:
        pytest.skip("no glance")
    with http(admin) as s:
        r = s.get(url_of(admin, "image") + "/v2/info/import", timeout=30)
    assert r.status_code == 200
    methods = set(r.json()["import-methods"]["value"])
    assert "glance-direct" in methods and "web-download" not in methods


def test_glance_direct_import(cloud: CloudInfo, demo: ProviderClient) -> None:
    """Stage then import: uses the staging dir in the work dir."""
    if "glance" not in cloud.services:
        pytest.skip("no glance")
    base = url_of(demo, "image")
    data = b"x" * 4096
    with http(demo) as s:
        body = {
            "name": f"lc-{uuid.uuid4().hex[:8]}",
            "disk_format": "raw",
            "container_format": "bare",
        }
        image_id = s.post(f"{base}/v2/images", json=body, timeout=30).json()["id"]
        try:
            r = s.put(
                f"{base}/v2/images/{image_id}/stage",
                data=data,
                headers={"Content-Type": "application/octet-stream"},
                timeout=60,
            )
            assert r.status_code == 204, r.text
            r = s.post(
                f"{base}/v2/images/{image_id}/import",
                json={"method": {"name": "glance-direct"}},
                timeout=30,
            )
            assert r.status_code == 202, r.text
            deadline = time.monotonic() + 30
            while (
                status := s.get(f"{base}/v2/images/{image_id}", timeout=30).json()["status"]
            ) != "active":
                assert status in ("uploading", "importing"), status
                assert time.monotonic() < deadline, f"import still {status} after 30 s"
                time.sleep(POLL_S)
            assert s.get(f"{base}/v2/images/{image_id}/file", timeout=60).content == data
        finally:
            s.delete(f"{base}/v2/images/{image_id}", timeout=30)


# --------------------------------------------------------------------- swift


def test_swift_object_roundtrip_and_account_stats(cloud: CloudInfo, demo: ProviderClient) -> None:
    if "swift" not in cloud.services:
        pytest.skip("no swift")
    account = url_of(demo, "object-store")
    assert demo.token_info is not None and account.endswith(f"/AUTH_{demo.token_info.project_id}")
    container = f"{account}/lc-{uuid.uuid4().hex[:8]}"
    data = os.urandom(10_000)
    with http(demo) as s:
        assert s.put(container, timeout=30).status_code == 201
        try:
            r = s.put(
                f"{container}/obj", data=data, headers={"X-Object-Meta-Color": "blue"}, timeout=30
            )
            assert r.status_code == 201, r.text
            r = s.get(f"{container}/obj", timeout=30)
            assert r.status_code == 200 and r.content == data
            assert r.headers["X-Object-Meta-Color"] == "blue"
            # the container-updater reports the container's stats to the account
            deadline = time.monotonic() + 20
            while int(s.head(account, timeout=30).headers.get("X-Account-Bytes-Used", 0)) < len(
                data
            ):
                assert time.monotonic() < deadline, "account stats not updated within 20 s"
                time.sleep(POLL_S)
        finally:
            s.delete(f"{container}/obj", timeout=30)
            s.delete(container, timeout=30)


def test_swift_bulk_delete(cloud: CloudInfo, demo: ProviderClient) -> None:
    if "swift" not in cloud.services:
        pytest.skip("no swift")
    account = url_of(demo, "object-store")
    name = f"lc-{uuid.uuid4().hex[:8]}"
    with http(demo) as s:
        assert s.put(f"{account}/{name}", timeout=30).status_code == 201
        for i in range(3):
            assert s.put(f"{account}/{name}/o{i}", data=b"x", timeout=30).status_code == 201
        paths = "\n".join([f"/{name}/o{i}" for i in range(3)] + [f"/{name}"])
        r = s.post(
            f"{account}?bulk-delete",
            data=paths,
            headers={"Content-Type": "text/plain", "Accept": "application/json"},
            timeout=60,
        )
        assert r.status_code == 200, r.text
        assert r.json()["Number Deleted"] == 4, r.text
        assert s.head(f"{account}/{name}", timeout=30).status_code == 404


def test_swift_info_advertises_bulk_delete_and_metadata_limit(
    cloud: CloudInfo, demo: ProviderClient
) -> None:
    if "swift" not in cloud.services:
        pytest.skip("no swift")
    base = url_of(demo, "object-store").split("/v1/")[0]
    info = requests.get(f"{base}/info", timeout=30).json()
    assert "bulk_delete" in info and "slo" in info
    limit = info["swift"]["max_meta_overall_size"]
    assert limit == 1024  # set in swift.conf (ext4 xattrs), see README
    container = f"{url_of(demo, 'object-store')}/lc-{uuid.uuid4().hex[:8]}"
    too_much = {f"X-Object-Meta-K{i}": "v" * 250 for i in range(limit // 250 + 1)}
    with http(demo) as s:
        assert s.put(container, timeout=30).status_code == 201
        try:
            assert (
                s.put(f"{container}/o", data=b"x", headers=too_much, timeout=30).status_code == 400
            )
        finally:
            s.delete(container, timeout=30)


def test_swift_admin_cannot_be_faked_by_demo(
    cloud: CloudInfo, admin: ProviderClient, demo: ProviderClient
) -> None:
    """keystoneauth: a member of one project cannot read another project's account."""
    if "swift" not in cloud.services:
        pytest.skip("no swift")
    with http(demo) as s:
        r = s.get(url_of(admin, "object-store"), timeout=30)
    assert r.status_code == 403


# ----------------------------------------------------------------- placement


def test_placement_create_resource_provider(cloud: CloudInfo, admin: ProviderClient) -> None:
    if "placement" not in cloud.services:
        pytest.skip("no placement")
    base = url_of(admin, "placement")
    headers = {"OpenStack-API-Version": "placement 1.39"}
    name = f"lc-rp-{uuid.uuid4().hex[:8]}"
    with http(admin) as s:
        r = s.post(f"{base}/resource_providers", json={"name": name}, headers=headers, timeout=30)
        assert r.status_code == 200, r.text
        rp = r.json()
        try:
            assert rp["name"] == name and rp["generation"] == 0
            r = s.put(
                f"{base}/resource_providers/{rp['uuid']}/inventories",
                json={"resource_provider_generation": 0, "inventories": {"VCPU": {"total": 8}}},
                headers=headers,
                timeout=30,
            )
            assert r.status_code == 200, r.text
            r = s.get(
                f"{base}/resource_providers", params={"name": name}, headers=headers, timeout=30
            )
            assert [p["uuid"] for p in r.json()["resource_providers"]] == [rp["uuid"]]
        finally:
            s.delete(f"{base}/resource_providers/{rp['uuid']}", headers=headers, timeout=30)


def test_placement_is_admin_only(cloud: CloudInfo, demo: ProviderClient) -> None:
    if "placement" not in cloud.services:
        pytest.skip("no placement")
    with http(demo) as s:
        r = s.get(
            url_of(demo, "placement") + "/resource_providers",
            headers={"OpenStack-API-Version": "placement 1.39"},
            timeout=30,
        )
    assert r.status_code == 403


# ------------------------------------------------------------------- neutron


def test_neutron_network_subnet_port(cloud: CloudInfo, demo: ProviderClient) -> None:
    """No agents: the port is created but stays DOWN."""
    if "neutron" not in cloud.services:
        pytest.skip("no neutron")
    base = url_of(demo, "network") + "/v2.0"
    with http(demo) as s:
        r = s.post(
            f"{base}/networks", json={"network": {"name": f"lc-{uuid.uuid4().hex[:8]}"}}, timeout=30
        )
        assert r.status_code == 201, r.text
        net = r.json()["network"]
        try:
            body = {"subnet": {"network_id": net["id"], "cidr": "10.9.0.0/24", "ip_version": 4}}
            r = s.post(f"{base}/subnets", json=body, timeout=30)
            assert r.status_code == 201, r.text
            r = s.post(f"{base}/ports", json={"port": {"network_id": net["id"]}}, timeout=30)
            assert r.status_code == 201, r.text
            port = r.json()["port"]
            assert port["status"] == "DOWN" and port["fixed_ips"][0]["ip_address"].startswith(
                "10.9.0."
            )
            r = s.post(f"{base}/routers", json={"router": {"name": "lc-router"}}, timeout=30)
            assert r.status_code == 201, r.text
            assert (
                s.delete(f"{base}/routers/{r.json()['router']['id']}", timeout=30).status_code
                == 204
            )
            assert s.delete(f"{base}/ports/{port['id']}", timeout=30).status_code == 204
        finally:
            assert s.delete(f"{base}/networks/{net['id']}", timeout=30).status_code == 204


# ---------------------------------------------------------------------- nova


def test_nova_flavor_admin_creates_demo_sees(
    cloud: CloudInfo, admin: ProviderClient, demo: ProviderClient
) -> None:
    if "nova" not in cloud.services:
        pytest.skip("no nova")
    name = f"lc-{uuid.uuid4().hex[:8]}"
    with http(admin) as s:
        r = s.post(
            url_of(admin, "compute") + "/flavors",
            json={"flavor": {"name": name, "ram": 64, "vcpus": 1, "disk": 0}},
            timeout=30,
        )
        assert r.status_code == 200, r.text
        flavor_id = r.json()["flavor"]["id"]
    try:
        with http(demo) as s:
            r = s.get(url_of(demo, "compute") + "/flavors", timeout=30)
            assert name in {f["name"] for f in r.json()["flavors"]}
            r = s.post(
                url_of(demo, "compute") + "/flavors",
                json={"flavor": {"name": name + "-x", "ram": 64, "vcpus": 1, "disk": 0}},
                timeout=30,
            )
            assert r.status_code == 403
    finally:
        with http(admin) as s:
            assert (
                s.delete(url_of(admin, "compute") + f"/flavors/{flavor_id}", timeout=30).status_code
                == 202
            )


# -------------------------------------------------------------------- cinder


def test_cinder_default_type_and_volume_create(cloud: CloudInfo, demo: ProviderClient) -> None:
    """No scheduler or volume service: the volume is recorded and stays creating."""
    if "cinder" not in cloud.services:
        pytest.skip("no cinder")
    base = url_of(demo, "block-storage")
    assert demo.token_info is not None and base.endswith(f"/v3/{demo.token_info.project_id}")
    with http(demo) as s:
        r = s.get(f"{base}/types/default", timeout=30)
        assert r.status_code == 200 and r.json()["volume_type"]["name"] == "__DEFAULT__"
        r = s.post(
            f"{base}/volumes",
            json={"volume": {"size": 1, "name": f"lc-{uuid.uuid4().hex[:8]}"}},
            timeout=30,
        )
        assert r.status_code == 202, r.text
        volume = r.json()["volume"]
        assert volume["status"] == "creating" and volume["volume_type"] == "__DEFAULT__"
        r = s.get(f"{base}/volumes/{volume['id']}", timeout=30)
        assert r.status_code == 200 and r.json()["volume"]["status"] == "creating"


# ------------------------------------------------------------------ lifecycle


def test_start_again_reuses_the_running_cloud(cloud: CloudInfo) -> None:
    again = LocalCloud(services=cloud.services[:2])  # a subset of what runs
    info = again.start(cloud.workdir)
    assert again.reused
    assert info.auth_url == cloud.auth_url and info.endpoints == cloud.endpoints
    again.stop()  # a reused cloud is left running
    assert requests.get(cloud.auth_url, timeout=10).status_code == 200


def test_failed_start_reports_the_log_tail_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_spawn(self: services.Service, ctx: services.Context, socks: object) -> list[Spawned]:
        d = self.rundir(ctx)
        cmd = [sys.executable, "-c", "print('boom from glance'); raise SystemExit(3)"]
        return [spawn("api", cmd, d, dict(os.environ), d / "api-server.log")]

    monkeypatch.setattr(services.Glance, "spawn", broken_spawn)
    workdir = tmp_path / "broken"
    local = LocalCloud(services=("glance",))
    with pytest.raises(
        RuntimeError, match="glance did not start: api exited with code 3"
    ) as failure:
        local.start(workdir)
    assert "boom from glance" in str(failure.value)
    assert cloud_status(workdir) == {}
    assert not (workdir / "cloud.json").exists()


def test_cli_start_status_env_stop(tmp_path: Path) -> None:
    """Keystone only through the CLI: stop leaves no process behind."""
    workdir = tmp_path / "cli"

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "tests.localcloud", *args, "--dir", str(workdir)],
            cwd=REPO, capture_output=True, text=True, timeout=300,
        )  # fmt: skip

    r = cli("start", "--services", "keystone")
    assert r.returncode == 0, r.stderr
    try:
        pgid = int((workdir / "keystone" / "keystone.pid").read_text())
        assert group_members(pgid)
        r = cli("env", "--user", "demo")
        assert r.returncode == 0 and "export OS_USERNAME=demo\n" in r.stdout
        assert cli("status").returncode == 0
        r = cli("start", "--services", "bogus")
        assert r.returncode == 1 and "unknown service" in r.stderr
    finally:
        r = cli("stop")
    assert r.returncode == 0 and "keystone/keystone" in r.stdout
    assert not group_members(pgid)
    assert cli("status").returncode == 1


# --------------------------------------------------------------------------
# nothing outlives its starter (tests/localcloud/watchdog.py)

READY_COMMAND = [sys.executable, "-c", "import sys; print('READY', flush=True); sys.stdin.read()"]
"""A stand-in for examples/quickstart.py: says it runs, then holds until its stdin closes."""
END_DEADLINE_S = 60.0


def _read_until(proc: subprocess.Popen[bytes], word: bytes, deadline: float) -> None:
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    seen = b""
    while word not in seen:
        left = deadline - time.monotonic()
        assert left > 0, f"no {word!r} within the deadline; got {seen[-500:]!r}"
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 4096)
            assert (
                chunk
            ), f"the process ended before {word!r}; got {seen[-500:]!r}, exit {proc.wait()}"
            seen += chunk


def _cloud_processes(workdir: Path) -> tuple[set[int], int]:
    """(process groups recorded below workdir, Keystone's port) of a started cloud."""
    groups = {int(p.read_text()) for p in workdir.glob("*/*.pid")}
    info = json.loads((workdir / "cloud.json").read_text())
    return groups, int(info["ports"]["keystone"]["api"])


def _port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1.0)
        return s.connect_ex(("127.0.0.1", port)) == 0


def _watchdogs_of(workdir: Path) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            cmdline = (entry / "cmdline").read_bytes() if entry.name.isdigit() else b""
        except OSError:
            continue
        if b"tests.localcloud.watchdog" in cmdline and str(workdir).encode() in cmdline:
            found.append(int(entry.name))
    return found


def _assert_all_gone(groups: set[int], port: int, workdir: Path) -> None:
    """Poll (bounded) until no member of the groups, nor the watchdog, is alive and the port is closed."""
    deadline = time.monotonic() + END_DEADLINE_S
    while True:
        alive = {g: group_members(g) for g in groups if group_members(g)}
        watchdogs = _watchdogs_of(workdir)
        open_port = _port_open(port)
        if not alive and not watchdogs and not open_port:
            return
        assert time.monotonic() < deadline, (
            f"still there {END_DEADLINE_S:.0f} s after the starter ended: groups {alive}, "
            f"watchdogs {watchdogs}, port {port} open: {open_port}"
        )
        time.sleep(POLL_S)


LIBRARY_STARTER = """
import sys
from pathlib import Path
from tests.localcloud import LocalCloud
cloud = LocalCloud(services=("keystone",))
cloud.start(Path(sys.argv[1]))
print("READY", flush=True)
sys.stdin.read()
"""


@pytest.mark.parametrize(
    ("starter", "how"),
    [
        ("run", "ctrl-c"),  # SIGINT to the whole process group, as a terminal sends it
        ("run", "sigterm"),
        ("run", "sighup"),
        ("run", "sigkill"),
        ("library", "sigterm"),  # a pytest session with the cloud fixture, killed
        ("library", "sigkill"),
    ],
)
def test_nothing_outlives_an_interrupted_starter(tmp_path: Path, starter: str, how: str) -> None:
    """A keystone-only cloud started by `python -m tests.localcloud run -- CMD` or by a
    LocalCloud in a script: however the starter ends, every process of the cloud
    (by the groups its pid files record) ends and its port closes, within a bounded wait."""
    workdir = tmp_path / "cloud"
    if starter == "run":
        cmd = [
            sys.executable,
            "-m",
            "tests.localcloud",
            "run",
            "--dir",
            str(workdir),
            "--services",
            "keystone",
        ]
        cmd += ["--", *READY_COMMAND]
    else:
        cmd = [sys.executable, "-c", LIBRARY_STARTER, str(workdir)]
    with open(tmp_path / "starter.log", "wb") as log:
        proc = subprocess.Popen(
            cmd,
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            start_new_session=True,
        )
    try:
        _read_until(proc, b"READY", time.monotonic() + 300)
        groups, port = _cloud_processes(workdir)
        assert groups and all(group_members(g) for g in groups) and _port_open(port)
        assert _watchdogs_of(workdir), "no watchdog runs for the cloud"
        if how == "ctrl-c":
            os.killpg(proc.pid, signal.SIGINT)
        else:
            proc.send_signal(
                {"sigterm": signal.SIGTERM, "sighup": signal.SIGHUP, "sigkill": signal.SIGKILL}[how]
            )
        _assert_all_gone(groups, port, workdir)
        watchdog_log = (workdir / "watchdog.log").read_text()
        if starter == "run" and how != "sigkill":  # it unwound, stopped the cloud itself and failed
            assert proc.wait(timeout=END_DEADLINE_S) != 0
            assert "starter gone" not in watchdog_log
        else:  # it died on the spot: the watchdog stopped the cloud
            assert "starter gone without releasing" in watchdog_log
    finally:
        assert proc.stdin is not None
        proc.stdin.close()  # ends READY_COMMAND if it is still there (the starter was SIGKILLed)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=END_DEADLINE_S)
        assert proc.stdout is not None
        proc.stdout.close()


def test_ctrl_c_while_the_cloud_starts_leaves_nothing(tmp_path: Path) -> None:
    """Ctrl-C once Keystone and Placement are spawned but before they answer: `run`
    gives up at once (the service threads stop waiting), stops both and exits."""
    workdir = tmp_path / "cloud"
    cmd = [
        sys.executable,
        "-m",
        "tests.localcloud",
        "run",
        "--dir",
        str(workdir),
        "--services",
        "placement",
    ]
    with open(tmp_path / "starter.log", "wb") as log:
        proc = subprocess.Popen([*cmd, "--", *READY_COMMAND], cwd=REPO, stdin=subprocess.PIPE, stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)  # fmt: skip
    try:
        pidfiles = [workdir / "keystone" / "keystone.pid", workdir / "placement" / "api.pid"]
        deadline = time.monotonic() + 300
        while not all(p.exists() for p in pidfiles):
            assert proc.poll() is None, (tmp_path / "starter.log").read_text()[-3000:]
            assert time.monotonic() < deadline, "the servers were not spawned within 300 s"
            time.sleep(POLL_S)
        groups = {int(p.read_text()) for p in pidfiles}
        assert not (
            workdir / "cloud.json"
        ).exists(), "the cloud was ready already: nothing interrupted"
        os.killpg(proc.pid, signal.SIGINT)
        assert proc.wait(timeout=END_DEADLINE_S) == 130
        deadline = time.monotonic() + END_DEADLINE_S
        while any(group_members(g) for g in groups) or _watchdogs_of(workdir):
            assert time.monotonic() < deadline, {g: group_members(g) for g in groups}
            time.sleep(POLL_S)
        assert (
            "starter gone" not in (workdir / "watchdog.log").read_text()
        )  # run stopped them itself
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=END_DEADLINE_S)
