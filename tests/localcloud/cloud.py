"""A local OpenStack cloud on 127.0.0.1: Keystone plus a choice of services.

Usage::

    with LocalCloud(services=("glance", "placement", "swift")) as cloud:
        info = cloud.start(tmp_path)        # CloudInfo
        info.auth_url, info.admin, info.demo, info.endpoints
        info.env(user="demo")               # OS_* variables
        info.clouds_yaml                    # clouds "local" (admin) and "local-demo"

Layout of the work dir: ``cloud.json`` (CloudInfo), ``clouds.yaml``,
``openrc`` (admin), ``openrc-demo``, and one directory per service
(``keystone/``, ``glance/``, ...) with its config, sqlite DBs, data, logs and
``*.pid`` files.  Every process runs in a process group of its own, started
in its service directory; stopping kills exactly the recorded groups.

Stdlib + requests only: this module runs under the SDK's Python.
"""

from __future__ import annotations

import json
import os
import secrets
import shlex
import socket
import threading
import time
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

import requests

from .extra import EXTRA_SERVICES
from .keystone import Keystone, KeystoneInfo, stop_from_dir
from .procs import (
    POLL_INTERVAL_S,
    Spawned,
    current_user_group,
    group_members,
    kill_groups,
    pss_kib,
    recorded_groups,
    reserve_port,
    rss_kib,
    session,
    tails,
    write_private,
)
from .services import SERVICES as CORE_SERVICE_CLASSES
from .services import Context, Service
from .venv import ensure_venv, log
from .watchdog import Watchdog

CORE_SERVICES = ("keystone", "glance", "placement", "swift", "neutron", "nova", "cinder")
"""The default set (services=None): what the SDK's session-wide integration cloud runs."""
SERVICES: dict[str, type[Service]] = {**CORE_SERVICE_CLASSES, **EXTRA_SERVICES}
ALL_SERVICES = (*CORE_SERVICES, *EXTRA_SERVICES)
"""Every service the local cloud knows, in start/report order: the core seven, then the
ones of tests/localcloud/extra/ (started only when named, or with "all")."""

INFO_FILE = "cloud.json"
CLOUD_NAME = "local"
DEMO_CLOUD_NAME = "local-demo"
REGION = "RegionOne"
ROLES = ("admin", "member", "reader", "service")
STARTUP_TIMEOUT_S = 180.0
READY_REQUEST_TIMEOUT_S = 5.0
SERVICE_NICENESS = 10
"""Services other than Keystone run niced: on a busy machine (2 cores and seven
services importing at once) Keystone, which every other one needs, goes first."""


def set_priority(session_leader: int, niceness: int) -> None:
    """Nice a session: its process group, and its scheduler autogroup (with
    kernel.sched_autogroup_enabled every session is a group of its own that
    gets an equal share of the CPU whatever the nice values inside it).
    Lowering the niceness again needs root (CAP_SYS_NICE): else it stays."""
    try:
        os.setpriority(os.PRIO_PGRP, session_leader, niceness)
        Path(f"/proc/{session_leader}/autogroup").write_text(f"{niceness}\n")
    except OSError:
        pass  # no autogroups, not allowed, or gone already


def supported_services() -> tuple[str, ...]:
    """The services this version can start (keystone first)."""
    return ("keystone", *[n for n in ALL_SERVICES if n in SERVICES])


def default_services() -> tuple[str, ...]:
    """What services=None starts: the core services (keystone first)."""
    return tuple(n for n in supported_services() if n in CORE_SERVICES)


def parse_services(names: Iterable[str] | str | None) -> tuple[str, ...]:
    """Validate a selection ("a,b,c" or a list); keystone is always added.
    Returns the names in ALL_SERVICES order.  None means the core services
    (default_services()); "all" means every supported service."""
    if names is None:
        return default_services()
    if isinstance(names, str):
        names = names.split(",")
    wanted = {n.strip().lower() for n in names if n.strip()}
    if "all" in wanted:
        return supported_services()
    unknown = sorted(wanted - set(ALL_SERVICES))
    if unknown:
        raise ValueError(
            f"unknown service(s) {', '.join(unknown)}; known: {', '.join(ALL_SERVICES)}"
        )
    unsupported = sorted(wanted - set(supported_services()))
    if unsupported:
        raise ValueError(
            f"service(s) {', '.join(unsupported)} are not supported by tests/localcloud yet; "
            f"supported: {', '.join(supported_services())}"
        )
    wanted.add("keystone")
    return tuple(n for n in ALL_SERVICES if n in wanted)


# --------------------------------------------------------------------------
# info


@dataclass(frozen=True)
class Credentials:
    """A password user, project scoped (user and project in the default domain)."""

    username: str
    password: str = field(repr=False)
    project_name: str
    user_domain_id: str = "default"
    project_domain_id: str = "default"


@dataclass(frozen=True)
class CloudInfo:
    """Everything a client needs to talk to the running local cloud."""

    workdir: Path
    auth_url: str
    region: str
    services: tuple[str, ...]
    endpoints: dict[str, str]
    """service name -> URL registered in the catalog (public = internal = admin).
    Swift's and Cinder's contain Keystone's ``$(project_id)s`` template: see endpoint()."""
    service_types: dict[str, str]
    """service name -> catalog service type (e.g. "glance" -> "image")."""
    ports: dict[str, dict[str, int]]
    admin: Credentials
    demo: Credentials
    timings: dict[str, float] = field(default_factory=dict)
    """seconds: "total", and per service the time from its start until it answered."""

    @property
    def clouds_yaml(self) -> Path:
        return self.workdir / "clouds.yaml"

    @property
    def openrc(self) -> Path:
        return self.workdir / "openrc"

    @property
    def openrc_demo(self) -> Path:
        return self.workdir / "openrc-demo"

    @property
    def keystone(self) -> KeystoneInfo:
        """The admin view in Keystone's vocabulary (what the Keystone-only fixtures used)."""
        return KeystoneInfo(
            auth_url=self.auth_url,
            port=self.ports["keystone"]["api"],
            admin_password=self.admin.password,
            workdir=self.workdir,
            admin_username=self.admin.username,
            admin_project=self.admin.project_name,
            domain_id=self.admin.user_domain_id,
            region=self.region,
        )

    def credentials(self, user: str = "admin") -> Credentials:
        if user == "admin":
            return self.admin
        if user == "demo":
            return self.demo
        raise ValueError(f"unknown user {user!r}; known: admin, demo")

    def endpoint(self, service: str, project_id: str | None = None) -> str:
        """The endpoint URL of a service (by name or type).  URLs with a
        ``$(project_id)s`` template need `project_id`."""
        for name, stype in self.service_types.items():
            if service in (name, stype):
                url = self.endpoints[name]
                if "$(project_id)s" in url:
                    if project_id is None:
                        raise ValueError(f"the {name} endpoint {url} needs a project_id")
                    url = url.replace("$(project_id)s", project_id)
                return url
        raise KeyError(f"no service {service!r} in this cloud; it has: {', '.join(self.services)}")

    def env(self, user: str = "admin") -> dict[str, str]:
        """OS_* variables for `user` ("admin" or "demo"), project scoped."""
        c = self.credentials(user)
        return {
            "OS_AUTH_URL": self.auth_url,
            "OS_USERNAME": c.username,
            "OS_PASSWORD": c.password,
            "OS_PROJECT_NAME": c.project_name,
            "OS_USER_DOMAIN_ID": c.user_domain_id,
            "OS_PROJECT_DOMAIN_ID": c.project_domain_id,
            "OS_REGION_NAME": self.region,
            "OS_INTERFACE": "public",
            "OS_IDENTITY_API_VERSION": "3",
        }

    def export_lines(self, user: str = "admin") -> str:
        return "".join(f"export {k}={shlex.quote(v)}\n" for k, v in self.env(user).items())

    def clouds_yaml_text(self) -> str:
        # JSON strings are valid YAML double-quoted scalars: no yaml dependency.
        q = json.dumps
        out = ["clouds:\n"]
        for cloud, c in ((CLOUD_NAME, self.admin), (DEMO_CLOUD_NAME, self.demo)):
            out.append(
                f"  {cloud}:\n"
                "    auth:\n"
                f"      auth_url: {q(self.auth_url)}\n"
                f"      username: {q(c.username)}\n"
                f"      password: {q(c.password)}\n"
                f"      project_name: {q(c.project_name)}\n"
                f"      user_domain_id: {q(c.user_domain_id)}\n"
                f"      project_domain_id: {q(c.project_domain_id)}\n"
                f"    region_name: {q(self.region)}\n"
                '    interface: "public"\n'
                "    identity_api_version: 3\n"
            )
        return "".join(out)

    def to_dict(self) -> dict[str, Any]:
        return {
            "workdir": str(self.workdir),
            "auth_url": self.auth_url,
            "region": self.region,
            "services": list(self.services),
            "endpoints": self.endpoints,
            "service_types": self.service_types,
            "ports": self.ports,
            "admin": vars(self.admin),
            "demo": vars(self.demo),
            "timings": self.timings,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CloudInfo:
        return cls(
            workdir=Path(str(data["workdir"])),
            auth_url=str(data["auth_url"]),
            region=str(data["region"]),
            services=tuple(str(s) for s in data["services"]),
            endpoints={str(k): str(v) for k, v in data["endpoints"].items()},
            service_types={str(k): str(v) for k, v in data["service_types"].items()},
            ports={
                str(k): {str(n): int(p) for n, p in v.items()} for k, v in data["ports"].items()
            },
            admin=Credentials(**data["admin"]),
            demo=Credentials(**data["demo"]),
            timings={str(k): float(v) for k, v in data.get("timings", {}).items()},
        )

    def write_files(self) -> None:
        """Write clouds.yaml, openrc, openrc-demo and cloud.json (mode 0600)."""
        write_private(self.clouds_yaml, self.clouds_yaml_text())
        write_private(self.openrc, self.export_lines("admin"))
        write_private(self.openrc_demo, self.export_lines("demo"))
        write_private(self.workdir / INFO_FILE, json.dumps(self.to_dict(), indent=2) + "\n")


def load_cloud_info(workdir: Path) -> CloudInfo | None:
    try:
        return CloudInfo.from_dict(json.loads((workdir.resolve() / INFO_FILE).read_text()))
    except (OSError, ValueError, KeyError, TypeError):
        return None


# --------------------------------------------------------------------------
# readiness, status, stop


def _service_with_ports(name: str, ports: dict[str, int]) -> Service:
    svc = SERVICES[name]()
    svc.ports = dict(ports)
    return svc


def _answers(s: requests.Session, url: str, timeout: float = READY_REQUEST_TIMEOUT_S) -> bool:
    try:
        return s.get(url, timeout=timeout).status_code < 500
    except requests.RequestException:
        return False


def _running_dirs(workdir: Path) -> dict[str, dict[Path, int]]:
    """service dir name -> {pid file: process group} of live recorded groups."""
    found = {}
    for name in ALL_SERVICES:
        d = workdir / name
        if d.is_dir():
            groups = recorded_groups(d)
            if groups:
                found[name] = groups
    return found


def running_cloud(workdir: Path) -> CloudInfo | None:
    """Info of the cloud recorded in `workdir` if all of its services are
    alive and answering, else None."""
    workdir = workdir.resolve()
    info = load_cloud_info(workdir)
    if info is None:
        return None
    alive = _running_dirs(workdir)
    if any(name not in alive for name in info.services):
        return None
    with session() as s:
        if not _answers(s, info.auth_url):
            return None
        for name in info.services:
            if name != "keystone" and name in SERVICES:
                svc = _service_with_ports(name, info.ports.get(name, {}))
                if not all(_answers(s, url) for url in svc.ready_urls()):
                    return None
    return info


def cloud_status(workdir: Path) -> dict[str, dict[str, Any]]:
    """Per service dir: live process groups, their total RSS and PSS (KiB)."""
    status = {}
    for name, groups in _running_dirs(workdir.resolve()).items():
        pids = [pid for g in groups.values() for pid in group_members(g)]
        status[name] = {
            "groups": {p.stem: g for p, g in groups.items()},
            "rss_kib": rss_kib(pids),
            "pss_kib": pss_kib(pids),
        }
    return status


def stop_cloud(workdir: Path) -> list[str]:
    """Stop every process group recorded in `workdir` (all services at once;
    also a Keystone started by the Keystone-only CLI, recorded at the top).
    Returns the names of the stopped processes."""
    workdir = workdir.resolve()
    stopped = []
    if (workdir / "keystone.pid").exists() and stop_from_dir(workdir):
        stopped.append("keystone (legacy layout)")
    running = _running_dirs(workdir)
    groups = [g for gs in running.values() for g in gs.values()]
    if groups:
        kill_groups(groups)
    for name in ALL_SERVICES:
        for pidfile in (workdir / name).glob("*.pid"):
            pidfile.unlink(missing_ok=True)
    for name, gs in running.items():
        stopped.extend(f"{name}/{p.stem}" for p in gs)
    return stopped


# --------------------------------------------------------------------------
# Keystone registration (admin REST calls)


class KeystoneAdmin:
    """Just enough of the identity API, as the admin, for an idempotent setup
    with few round trips: read everything once (refresh()), then only write."""

    def __init__(self, auth_url: str, username: str, password: str, project: str) -> None:
        self.url = auth_url
        self.s = session()
        body = {
            "auth": {
                "identity": {
                    "methods": ["password"],
                    "password": {
                        "user": {
                            "name": username,
                            "domain": {"id": "default"},
                            "password": password,
                        }
                    },
                },
                "scope": {"project": {"name": project, "domain": {"id": "default"}}},
            }
        }
        r = self.s.post(f"{auth_url}/auth/tokens", json=body, timeout=30)
        self._check(r)
        self.s.headers["X-Auth-Token"] = r.headers["X-Subject-Token"]
        self.roles: dict[str, str] = {}
        self.projects: dict[str, str] = {}
        self.users: dict[str, str] = {}
        self.services: list[dict[str, Any]] = []
        self.endpoints: list[dict[str, Any]] = []

    def close(self) -> None:
        self.s.close()

    @staticmethod
    def _check(r: requests.Response) -> None:
        if r.status_code >= 400:
            raise RuntimeError(
                f"Keystone {r.request.method} {r.url} -> {r.status_code}: {r.text[:500]}"
            )

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        r = self.s.request(method, f"{self.url}{path}", timeout=30, **kwargs)
        self._check(r)
        return r.json() if r.content else None

    def refresh(self) -> None:
        """Read roles, projects and users (default domain), services, endpoints."""
        with ThreadPoolExecutor(max_workers=5) as pool:
            roles, projects, users, services, endpoints = pool.map(
                lambda a: self.call("GET", a[0], params=a[1])[a[2]],
                [
                    ("/roles", {}, "roles"),
                    ("/projects", {"domain_id": "default"}, "projects"),
                    ("/users", {"domain_id": "default"}, "users"),
                    ("/services", {}, "services"),
                    ("/endpoints", {}, "endpoints"),
                ],
            )
        self.roles = {r["name"]: r["id"] for r in roles if not r.get("domain_id")}
        self.projects = {p["name"]: p["id"] for p in projects}
        self.users = {u["name"]: u["id"] for u in users}
        self.services, self.endpoints = list(services), list(endpoints)

    def ensure_role(self, name: str) -> str:
        if name not in self.roles:
            self.roles[name] = str(
                self.call("POST", "/roles", json={"role": {"name": name}})["role"]["id"]
            )
        return self.roles[name]

    def ensure_project(self, name: str, description: str) -> str:
        if name not in self.projects:
            body = {"project": {"name": name, "domain_id": "default", "description": description}}
            self.projects[name] = str(self.call("POST", "/projects", json=body)["project"]["id"])
        return self.projects[name]

    def ensure_user(self, name: str, password: str, project_id: str) -> str:
        """Create the user, or reset its password (a new one on every start)."""
        body = {"user": {"name": name, "domain_id": "default", "password": password, "enabled": True,
                         "default_project_id": project_id}}  # fmt: skip
        if name in self.users:
            self.call("PATCH", f"/users/{self.users[name]}", json=body)
        else:
            self.users[name] = str(self.call("POST", "/users", json=body)["user"]["id"])
        return self.users[name]

    def grant(self, project_id: str, user_id: str, role_id: str) -> None:
        self.call("PUT", f"/projects/{project_id}/users/{user_id}/roles/{role_id}")

    def ensure_service(
        self, stype: str, name: str, description: str, url: str, region: str
    ) -> None:
        """Exactly one service of `stype`, with one public, internal and admin
        endpoint each, at `url` in `region`."""
        found = [s for s in self.services if s["type"] == stype]
        for extra in found[1:]:
            self.call("DELETE", f"/services/{extra['id']}")
        if found:
            sid = str(found[0]["id"])
            if found[0].get("name") != name or not found[0].get("enabled", True):
                self.call(
                    "PATCH", f"/services/{sid}", json={"service": {"name": name, "enabled": True}}
                )
        else:
            body = {
                "service": {
                    "type": stype,
                    "name": name,
                    "description": description,
                    "enabled": True,
                }
            }
            sid = str(self.call("POST", "/services", json=body)["service"]["id"])
        by_iface: dict[str, list[dict[str, Any]]] = {}
        for ep in self.endpoints:
            if ep["service_id"] == sid:
                by_iface.setdefault(ep["interface"], []).append(ep)
        for iface in ("public", "internal", "admin"):
            eps = by_iface.pop(iface, [])
            for extra in eps[1:]:
                self.call("DELETE", f"/endpoints/{extra['id']}")
            want = {"url": url, "region_id": region, "enabled": True}
            if eps:
                if any(eps[0].get(k) != v for k, v in want.items()):
                    self.call("PATCH", f"/endpoints/{eps[0]['id']}", json={"endpoint": want})
            else:
                self.call(
                    "POST",
                    "/endpoints",
                    json={"endpoint": {"service_id": sid, "interface": iface, **want}},
                )
        for eps in by_iface.values():
            for ep in eps:
                self.call("DELETE", f"/endpoints/{ep['id']}")

    def remove_services_of_type(self, stype: str) -> None:
        for svc in self.services:
            if svc["type"] == stype:
                self.call("DELETE", f"/services/{svc['id']}")


# --------------------------------------------------------------------------


class LocalCloud:
    """Keystone plus the chosen services, each under its own process group."""

    def __init__(
        self,
        services: Iterable[str] | str | None = None,
        venv: Path | None = None,
        startup_timeout: float = STARTUP_TIMEOUT_S,
        keystone_workers: int = 1,
    ) -> None:
        """`services`: names from ALL_SERVICES (keystone is always included);
        None means the core seven, "all" every supported one.  Raises ValueError for unknown or
        unsupported names."""
        self.services = parse_services(services)
        self._venv = venv
        self.startup_timeout = startup_timeout
        self.keystone_workers = keystone_workers
        self.info: CloudInfo | None = None
        self.reused = False
        """True when start() found the cloud already running in the dir (stop() then leaves it alone)."""
        self._workdir: Path | None = None
        self._keystone: Keystone | None = None
        self._spawned: list[Spawned] = []
        self._watchdog: Watchdog | None = None
        self._abort = threading.Event()
        """Set when start() is interrupted: the service threads stop waiting."""
        self._lock = threading.Lock()

    def __enter__(self) -> LocalCloud:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # ---------------------------------------------------------------- start

    def start(self, workdir: Path) -> CloudInfo:
        """Start the cloud in `workdir` and wait until every service answers.

        If the cloud recorded in `workdir` is running, answers and has every
        requested service, it is reused as is (``self.reused``).  Otherwise
        whatever is recorded there is stopped and the requested services are
        started; their state (databases, images, objects) is kept, passwords
        and ports are new."""
        if self.info is not None or self._workdir is not None:
            raise RuntimeError("this LocalCloud is already started; call stop() first")
        workdir = workdir.expanduser().resolve()
        if "$" in str(workdir) or "%" in str(workdir):
            raise ValueError(
                f"work dir must not contain '$' or '%' (config interpolation): {workdir}"
            )
        workdir.mkdir(parents=True, exist_ok=True)
        current = running_cloud(workdir)
        if current is not None and set(self.services) <= set(current.services):
            log(f"reusing the cloud running in {workdir} ({', '.join(current.services)})")
            self.info, self.reused = current, True
            return current
        stopped = stop_cloud(workdir)
        if stopped:
            log(f"stopped what was left in {workdir}: {', '.join(stopped)}")
        (workdir / INFO_FILE).unlink(missing_ok=True)
        self._workdir = workdir
        self._abort.clear()
        try:
            # Whatever ends this process (SIGKILL included), the watchdog stops what it starts.
            self._watchdog = Watchdog(workdir)
            info = self._start(workdir)
        except BaseException:
            self.stop()
            raise
        self.info = info
        return info

    def _start(self, workdir: Path) -> CloudInfo:
        began = time.monotonic()
        venv = self._venv or ensure_venv()
        services = [SERVICES[n]() for n in self.services if n != "keystone"]
        ks_sock = reserve_port()
        socks: dict[str, dict[str, socket.socket]] = {}
        try:
            for svc in services:
                socks[svc.name] = {n: reserve_port() for n in svc.socket_names}
                svc.assign_ports(socks[svc.name])
                (workdir / svc.name).mkdir(mode=0o700, exist_ok=True)
        except BaseException:
            for s in [ks_sock, *(s for d in socks.values() for s in d.values())]:
                s.close()
            raise
        ks_port = int(ks_sock.getsockname()[1])
        ctx = Context(
            venv=venv,
            root=workdir,
            auth_url=f"http://127.0.0.1:{ks_port}/v3",
            region=REGION,
            passwords={svc.name: secrets.token_urlsafe(24) for svc in services},
            user=current_user_group()[0],
        )
        self._keystone = Keystone(
            venv=venv, workers=self.keystone_workers, startup_timeout=self.startup_timeout
        )
        timings: dict[str, float] = {}
        log(f"starting {', '.join(self.services)} in {workdir}")
        with ThreadPoolExecutor(max_workers=len(services) + 2) as pool:
            ks_future = pool.submit(self._keystone.start, workdir / "keystone", ks_sock)
            futures: dict[str, Future[float]] = {
                svc.name: pool.submit(self._start_service, ctx, svc, socks[svc.name], began)
                for svc in services
            }
            errors: list[str] = []
            demo: Credentials | None = None
            ks_info: KeystoneInfo | None = None
            try:
                try:
                    ks_info = ks_future.result()
                    timings["keystone"] = round(time.monotonic() - began, 1)
                    reg_began = time.monotonic()
                    demo = self._register(ks_info, services, ctx.passwords)
                    timings["registration"] = round(time.monotonic() - reg_began, 1)
                except Exception as exc:  # keep waiting for the others: they must be stopped too
                    errors.append(f"keystone: {exc}")
                for name, fut in futures.items():
                    try:
                        timings[name] = round(fut.result(), 1)
                    except Exception as exc:
                        errors.append(str(exc))
            except (
                BaseException
            ):  # Ctrl-C: the service threads give up instead of waiting for readiness
                self._abort.set()
                raise
        if errors or ks_info is None or demo is None:
            raise RuntimeError("the local cloud did not start:\n" + "\n\n".join(errors))
        for p in self._spawned:  # started: back to normal priority
            set_priority(p.proc.pid, 0)
        timings["total"] = round(time.monotonic() - began, 1)
        info = CloudInfo(
            workdir=workdir,
            auth_url=ks_info.auth_url,
            region=ks_info.region,
            services=self.services,
            endpoints={"keystone": ks_info.auth_url}
            | {svc.name: svc.catalog_url() for svc in services},
            service_types={"keystone": "identity"}
            | {svc.name: svc.service_type for svc in services},
            ports={"keystone": {"api": ks_port}} | {svc.name: dict(svc.ports) for svc in services},
            admin=Credentials(
                ks_info.admin_username, ks_info.admin_password, ks_info.admin_project
            ),
            demo=demo,
            timings=timings,
        )
        info.write_files()
        per = ", ".join(f"{k} {v:.1f} s" for k, v in timings.items() if k != "total")
        log(f"cloud ready in {timings['total']:.1f} s ({per})")
        return info

    def _start_service(
        self, ctx: Context, svc: Service, socks: dict[str, socket.socket], began: float
    ) -> float:
        """Prepare, spawn, wait until it answers; returns seconds since `began`."""
        try:
            svc.prepare(ctx)
            with self._lock:
                if (
                    self._workdir is None or self._abort.is_set()
                ):  # stop() was called, or start interrupted
                    raise RuntimeError(f"{svc.name}: start aborted")
                spawned = svc.spawn(ctx, socks)
                self._spawned.extend(spawned)
            for p in spawned:  # Keystone (and so the registration) gets the CPU first
                set_priority(p.proc.pid, SERVICE_NICENESS)
        finally:
            for s in socks.values():
                s.close()  # the servers have their own copies
        self._wait_ready(ctx, svc, spawned)
        return time.monotonic() - began

    def _wait_ready(self, ctx: Context, svc: Service, spawned: list[Spawned]) -> None:
        deadline = time.monotonic() + self.startup_timeout
        pending = list(svc.ready_urls())
        with session() as s:
            while True:
                dead = [p for p in spawned if p.proc.poll() is not None]
                if dead:
                    problem = ", ".join(
                        f"{p.name} exited with code {p.proc.returncode}" for p in dead
                    )
                    break
                pending = [url for url in pending if not _answers(s, url, timeout=2.0)]
                if not pending:
                    return
                if self._abort.is_set():
                    raise RuntimeError(f"{svc.name}: start aborted")
                if time.monotonic() > deadline:
                    problem = (
                        f"no answer from {', '.join(pending)} within {self.startup_timeout:.0f} s"
                    )
                    break
                time.sleep(POLL_INTERVAL_S)
        logs = [p.log for p in (dead or spawned)] + [x for p in spawned for x in p.extra_logs]
        logs += [p for p in svc.logs(ctx) if p not in logs]
        raise RuntimeError(f"{svc.name} did not start: {problem}\n{tails(dict.fromkeys(logs))}")

    def _register(
        self, ks: KeystoneInfo, services: list[Service], passwords: dict[str, str]
    ) -> Credentials:
        """Projects, roles, the demo user, one user per service (admin +
        service roles in project "service"), and the catalog entries."""
        admin = KeystoneAdmin(ks.auth_url, ks.admin_username, ks.admin_password, ks.admin_project)
        try:
            admin.refresh()
            # Writes one at a time: on sqlite two concurrent write transactions
            # can fail at once with "database is locked" (HTTP 500).
            wanted_roles = [*ROLES, *(r for svc in services for r in svc.roles if r not in ROLES)]
            role_ids = {name: admin.ensure_role(name) for name in wanted_roles}
            service_project = admin.ensure_project("service", "Service users of the local cloud")
            demo_project = admin.ensure_project("demo", "Non-admin project of the local cloud")
            demo = Credentials("demo", secrets.token_urlsafe(24), "demo")
            uid = admin.ensure_user("demo", demo.password, demo_project)
            admin.grant(demo_project, uid, role_ids["member"])
            active = {svc.service_type for svc in services}
            for cls in SERVICES.values():
                if cls.service_type not in active:
                    admin.remove_services_of_type(cls.service_type)  # from an earlier start
            for svc in services:
                uid = admin.ensure_user(svc.name, passwords[svc.name], service_project)
                for role in ("admin", "service"):
                    admin.grant(service_project, uid, role_ids[role])
                admin.ensure_service(
                    svc.service_type, svc.name, svc.description, svc.catalog_url(), ks.region
                )
            return demo
        finally:
            admin.close()

    # ----------------------------------------------------------------- stop

    def detach(self) -> None:
        """Let the running cloud outlive this process (``python -m
        tests.localcloud start``): stop() and the watchdog leave it alone;
        ``stop_cloud(workdir)`` stops it."""
        with self._lock:
            self._workdir, self._spawned = None, []
        self._keystone = None
        self._release_watchdog()

    def _release_watchdog(self) -> None:
        watchdog, self._watchdog = self._watchdog, None
        if watchdog is not None:
            watchdog.release()

    def stop(self) -> None:
        """Stop every process this object started (all at once); safe to
        call repeatedly.  A reused cloud (see start) is left running."""
        with self._lock:
            workdir, self._workdir = self._workdir, None
            spawned, self._spawned = self._spawned, []
        keystone, self._keystone = self._keystone, None
        self.info = None
        self.reused = False
        groups = [p.proc.pid for p in spawned]
        if keystone is not None and keystone.pid is not None:
            groups.append(keystone.pid)
        if groups:
            kill_groups(groups, reap=[p.proc for p in spawned])
        for p in spawned:
            p.proc.wait(timeout=5)
            p.pidfile.unlink(missing_ok=True)
        if keystone is not None:
            keystone.stop()  # its group is gone already: this reaps it and removes its pid file
        self._release_watchdog()
        if workdir is not None:
            (workdir / INFO_FILE).unlink(missing_ok=True)
