"""The OpenStack services of the local cloud, besides Keystone (keystone.py).

Each service runs from the shared cloud venv (venv.py) with its state in
``<cloud dir>/<name>/``: its config files, sqlite databases, file storage,
logs and the ``*.pid`` files of its processes (each process is started in a
process group of its own, with that directory as its cwd; see procs.py).

API services run under gunicorn (1 worker, a few threads) through
service_wsgi.py; Swift runs its own servers (workers = 0: no fork).  There is
no message bus (``transport_url = fake://``) and no scheduler, conductor,
compute, agent or volume service: every API answers and CRUD works, but
servers stay BUILD, volumes stay creating and ports stay DOWN.

Stdlib + requests only: this module runs under the SDK's Python.
"""

from __future__ import annotations

import json
import secrets
import shutil
import socket
import sqlite3
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from .procs import Spawned, free_ports, spawn, tails, write_private
from .venv import restore_template, save_template, subprocess_env, templates_dir, venv_bin

HERE = Path(__file__).resolve().parent
WSGI_WRAPPER = "service_wsgi"
NEUTRON_SCHEMA_SCRIPT = "neutron_schema.py"
SWIFT_RINGS_SCRIPT = "swift_rings.py"
SWIFT_SERVER_SCRIPT = "swift_server.py"
TOOL_TIMEOUT_S = 300.0
GUNICORN_THREADS = 4


@dataclass(frozen=True)
class Context:
    """What a service needs to know about the cloud to configure itself."""

    venv: Path
    root: Path  # the cloud's work dir
    auth_url: str  # Keystone, http://127.0.0.1:<port>/v3
    region: str
    passwords: dict[str, str]  # service user name -> password
    user: str  # the OS user the servers run as (Swift drops privileges to it)

    @property
    def keystone_base(self) -> str:
        return self.auth_url.rsplit("/v3", 1)[0]


def authtoken_section(ctx: Context, user: str, section: str = "keystone_authtoken") -> str:
    """keystonemiddleware settings; tokens are cached in process (no memcached)."""
    return f"""
[{section}]
www_authenticate_uri = {ctx.keystone_base}
auth_url = {ctx.auth_url}
auth_type = password
username = {user}
password = {ctx.passwords[user]}
user_domain_id = default
project_name = service
project_domain_id = default
region_name = {ctx.region}
interface = public
service_token_roles_required = true
"""


def service_auth_section(ctx: Context, section: str, user: str, extra: str = "") -> str:
    """keystoneauth settings for a service calling another one (e.g. [placement] in nova.conf)."""
    return f"""
[{section}]
auth_type = password
auth_url = {ctx.auth_url}
username = {user}
password = {ctx.passwords[user]}
user_domain_id = default
project_name = service
project_domain_id = default
region_name = {ctx.region}
valid_interfaces = public
{extra}"""


class Service:
    """One service: its catalog entry, state preparation and processes."""

    name: ClassVar[str]  # also the service user's name and the run dir's name
    service_type: ClassVar[str]  # official type (service-types authority)
    description: ClassVar[str]
    # Ports handed over as listening sockets (gunicorn) vs. picked for
    # servers that bind by themselves.
    socket_names: ClassVar[tuple[str, ...]] = ("api",)
    bound_port_names: ClassVar[tuple[str, ...]] = ()
    ready_path: ClassVar[str] = "/"
    roles: ClassVar[tuple[str, ...]] = ()
    """Keystone roles the service needs to exist (e.g. Heat's heat_stack_user)."""

    def __init__(self) -> None:
        self.ports: dict[str, int] = {}

    # ---- layout

    def rundir(self, ctx: Context) -> Path:
        return ctx.root / self.name

    def logs(self, ctx: Context) -> list[Path]:
        d = self.rundir(ctx)
        return sorted(d.glob("*.log"), key=lambda p: p.stat().st_mtime)[-4:]

    # ---- catalog

    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.ports['api']}"

    def catalog_url(self) -> str:
        """The endpoint URL registered in Keystone (public, internal, admin)."""
        return self.base_url()

    def ready_urls(self) -> list[str]:
        """URLs that must answer (unauthenticated; status < 500) once the service is up."""
        return [self.base_url() + self.ready_path]

    # ---- lifecycle (prepare runs while Keystone starts; nothing here talks to Keystone)

    def assign_ports(self, socks: dict[str, socket.socket]) -> None:
        self.ports = {n: int(s.getsockname()[1]) for n, s in socks.items()}
        self.ports.update(zip(self.bound_port_names, free_ports(len(self.bound_port_names))))

    def prepare(self, ctx: Context) -> None:
        raise NotImplementedError

    def spawn(self, ctx: Context, socks: dict[str, socket.socket]) -> list[Spawned]:
        raise NotImplementedError

    # ---- databases

    db_files: ClassVar[tuple[str, ...]] = ()
    """The service's sqlite files (in its run dir)."""

    def migrate(self, ctx: Context) -> None:
        """Create or upgrade the databases in the run dir (the service's own tools)."""

    def after_template(self, ctx: Context) -> None:
        """Fix up databases copied from a template (e.g. paths stored in them)."""

    def prepare_db(self, ctx: Context) -> None:
        """Migrate; but a fresh run dir gets a copy of the databases that an
        earlier fresh migration with the same venv produced (kept next to the
        venv, see templates_dir), which saves most of the start time; and
        databases this venv already migrated in this dir are left as they are."""
        d = self.rundir(ctx)
        stamp, done = d / "db-stamp", f"{templates_dir(ctx.venv).name} {d}\n"
        present = [f for f in self.db_files if (d / f).exists()]
        if present == list(self.db_files) and stamp.is_file() and stamp.read_text() == done:
            return
        stamp.unlink(missing_ok=True)
        tpl = templates_dir(ctx.venv) / self.name
        if not present and restore_template(tpl, list(self.db_files), d):
            self.after_template(ctx)
        else:
            self.migrate(ctx)
            if not present:
                save_template(tpl, [d / f for f in self.db_files])
        write_private(stamp, done)

    # ---- helpers

    def run_tools(
        self,
        ctx: Context,
        commands: list[list[str]],
        env: dict[str, str] | None = None,
        ok_codes: tuple[int, ...] = (0,),
    ) -> None:
        """Run venv tools concurrently (argv[0] is a venv bin name, or a path),
        output appended to manage.log; raise with log tails if any failed."""
        rundir = self.rundir(ctx)
        base_env = subprocess_env(ctx.venv) | (env or {})

        def one(args: list[str]) -> tuple[list[str], subprocess.CompletedProcess[bytes], float]:
            began = time.monotonic()
            result = subprocess.run(
                [args[0] if "/" in args[0] else str(venv_bin(ctx.venv, args[0])), *args[1:]], cwd=rundir, env=base_env,
                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                timeout=TOOL_TIMEOUT_S, umask=0o077,
            )  # fmt: skip
            return args, result, time.monotonic() - began

        with ThreadPoolExecutor(max_workers=max(1, len(commands))) as pool:
            results = list(pool.map(one, commands))
        logfile = rundir / "manage.log"
        with open(logfile, "ab") as out:
            for args, result, took in results:
                out.write(
                    f"\n$ {' '.join(args)}  (exit {result.returncode}, {took:.1f} s)\n".encode()
                )
                out.write(result.stdout)
        failed = [
            f"{' '.join(args[:4])} (exit {result.returncode})"
            for args, result, _ in results
            if result.returncode not in ok_codes
        ]
        if failed:
            raise RuntimeError(
                f"{self.name}: {', '.join(failed)} failed\n"
                + tails([logfile] + [p for p in self.logs(ctx) if p != logfile])
            )

    def install_script(self, ctx: Context, module: str) -> Path:
        """Copy ``extra/<module>.py`` (a script that runs inside the cloud venv: a WSGI
        entry, a schema builder) into the run dir and return the copy. It runs from
        there: beside extra/mistral.py, "import mistral" would find that file."""
        dest = self.rundir(ctx) / f"{module}.py"
        shutil.copyfile(HERE / "extra" / dest.name, dest)
        return dest

    def write_config(self, ctx: Context, filename: str, text: str) -> Path:
        path = self.rundir(ctx) / filename
        write_private(
            path, f"# Generated by tests/localcloud -- local test state only.\n{text.lstrip()}"
        )
        return path

    def gunicorn(
        self,
        ctx: Context,
        sock: socket.socket,
        module: str,
        env: dict[str, str],
        argv: list[str] | None = None,
        name: str = "api",
    ) -> Spawned:
        """Serve `module`.application with gunicorn on the listening `sock`."""
        rundir = self.rundir(ctx)
        shutil.copyfile(HERE / f"{WSGI_WRAPPER}.py", rundir / f"{WSGI_WRAPPER}.py")
        cmd = [
            str(venv_bin(ctx.venv, "gunicorn")),
            "--no-control-socket",  # gunicorn 27 shares one control socket per user otherwise
            "--bind", f"fd://{sock.fileno()}",
            "--workers", "1",
            "--threads", str(GUNICORN_THREADS),
            "--worker-class", "gthread",
            "--keep-alive", "120",  # longer than any client poll interval
            "--timeout", "120",
            "--graceful-timeout", "5",
            "--chdir", str(rundir),
            "--access-logfile", str(rundir / "access.log"),
            "--error-logfile", "-",
            f"{WSGI_WRAPPER}:application",
        ]  # fmt: skip
        full_env = subprocess_env(ctx.venv) | env
        full_env["LOCALCLOUD_WSGI_MODULE"] = module
        full_env["LOCALCLOUD_WSGI_ARGV"] = json.dumps(argv or [])
        full_env["PYTHONPATH"] = str(rundir)
        full_env["PYTHONDONTWRITEBYTECODE"] = "1"
        # Silence eventlet's deprecation banners (keeps log tails useful).
        full_env["PYTHONWARNINGS"] = "ignore::DeprecationWarning"
        return spawn(
            name, cmd, rundir, full_env, rundir / f"{name}-server.log",
            pass_fds=(sock.fileno(),), extra_logs=[rundir / f"{self.name}.log"],
        )  # fmt: skip


COMMON_DEFAULT = """
[DEFAULT]
log_file = {log}
use_stderr = false
debug = false
"""


def lock_section(rundir: Path) -> str:
    return f"\n[oslo_concurrency]\nlock_path = {rundir / 'lock'}\n"


# ==========================================================================


class Glance(Service):
    name = "glance"
    service_type = "image"
    description = "OpenStack Image service (local)"

    def prepare(self, ctx: Context) -> None:
        d = self.rundir(ctx)
        for sub in ("images", "staging", "tasks", "cache", "lock"):
            (d / sub).mkdir(mode=0o700, exist_ok=True)
        paste = ctx.venv / "etc" / "glance" / "glance-api-paste.ini"
        self.write_config(
            ctx,
            "glance-api.conf",
            COMMON_DEFAULT.format(log=d / "glance.log") + f"""
enabled_backends = fs:file
# web-download is disabled: no traffic leaves 127.0.0.1
enabled_import_methods = [glance-direct,copy-image]
worker_self_reference_url = {self.base_url()}
public_endpoint = {self.base_url()}
image_cache_dir = {d / 'cache'}
show_multiple_locations = false

[database]
connection = sqlite:///{d / 'glance.db'}

[glance_store]
default_backend = fs

[fs]
filesystem_store_datadir = {d / 'images'}

[os_glance_staging_store]
filesystem_store_datadir = {d / 'staging'}

[os_glance_tasks_store]
filesystem_store_datadir = {d / 'tasks'}

[paste_deploy]
flavor = keystone
config_file = {paste}

[wsgi]
task_pool_threads = 4
""" + authtoken_section(ctx, self.name) + lock_section(d),
        )
        self.prepare_db(ctx)

    db_files = ("glance.db",)

    def migrate(self, ctx: Context) -> None:
        conf = self.rundir(ctx) / "glance-api.conf"
        self.run_tools(ctx, [["glance-manage", "--config-file", str(conf), "db", "sync"]])

    def spawn(self, ctx: Context, socks: dict[str, socket.socket]) -> list[Spawned]:
        env = {"OS_GLANCE_CONFIG_DIR": str(self.rundir(ctx))}
        return [self.gunicorn(ctx, socks["api"], "glance.wsgi.api", env)]


class Placement(Service):
    name = "placement"
    service_type = "placement"
    description = "OpenStack Placement service (local)"

    def prepare(self, ctx: Context) -> None:
        d = self.rundir(ctx)
        (d / "lock").mkdir(mode=0o700, exist_ok=True)
        self.write_config(
            ctx,
            "placement.conf",
            COMMON_DEFAULT.format(log=d / "placement.log") + f"""
[api]
auth_strategy = keystone

[placement_database]
connection = sqlite:///{d / 'placement.db'}
""" + authtoken_section(ctx, self.name) + lock_section(d),
        )
        self.prepare_db(ctx)

    db_files = ("placement.db",)

    def migrate(self, ctx: Context) -> None:
        conf = self.rundir(ctx) / "placement.conf"
        self.run_tools(ctx, [["placement-manage", "--config-file", str(conf), "db", "sync"]])

    def spawn(self, ctx: Context, socks: dict[str, socket.socket]) -> list[Spawned]:
        env = {"OS_PLACEMENT_CONFIG_DIR": str(self.rundir(ctx))}
        return [self.gunicorn(ctx, socks["api"], "placement.wsgi.api", env)]


class Swift(Service):
    """Proxy (authtoken + keystoneauth) and account/container/object servers,
    one device each, rings with one replica built in the run dir, and the
    container-updater (it reports container stats into the account)."""

    name = "swift"
    service_type = "object-store"
    description = "OpenStack Object Storage (local)"
    socket_names = ()
    bound_port_names = ("api", "account", "container", "object")
    ready_path = "/healthcheck"
    PART_POWER = 6
    RINGS = ("account", "container", "object")

    def catalog_url(self) -> str:
        return f"{self.base_url()}/v1/AUTH_$(project_id)s"

    def ready_urls(self) -> list[str]:
        return [f"http://127.0.0.1:{self.ports[n]}/healthcheck" for n in self.bound_port_names]

    def prepare(self, ctx: Context) -> None:
        d = self.rundir(ctx)
        devices = d / "devices"
        (devices / "d1").mkdir(mode=0o700, parents=True, exist_ok=True)
        for sub in ("lock", "cache", "run"):
            (d / sub).mkdir(mode=0o700, exist_ok=True)
        hash_file = d / "hash-suffix"
        if not hash_file.exists():  # fixed for the life of the data
            write_private(hash_file, secrets.token_hex(16))
        suffix = hash_file.read_text().strip()
        self.write_config(
            ctx,
            "swift.conf",
            f"""
[swift-hash]
swift_hash_path_suffix = {suffix}
swift_hash_path_prefix = localcloud

[storage-policy:0]
name = Policy-0
default = yes

[swift-constraints]
# Object metadata is stored in xattrs: on ext4 they share one 4 KiB block
# with Swift's own metadata, and more than ~3 KB of user metadata fails with
# 503 (ENOSPC) instead of 400.  Swift's default is 4096; it is advertised
# in GET /info.
max_meta_overall_size = 1024
""",
        )
        common = f"""
[DEFAULT]
swift_dir = {d}
devices = {devices}
mount_check = false
user = {ctx.user}
bind_ip = 127.0.0.1
workers = 0
log_name = {{name}}
log_facility = LOG_LOCAL0
log_level = INFO
"""
        for ring in self.RINGS:
            self.write_config(
                ctx,
                f"{ring}-server.conf",
                common.format(name=f"{ring}-server")
                + f"""bind_port = {self.ports[ring]}
recon_cache_path = {d / 'cache'}

[pipeline:main]
pipeline = healthcheck {ring}-server

[app:{ring}-server]
use = egg:swift#{ring}

[filter:healthcheck]
use = egg:swift#healthcheck
"""
                + (
                    """
[container-updater]
interval = 1
concurrency = 1
node_timeout = 5
"""
                    if ring == "container"
                    else ""
                ),
            )
        self.write_config(
            ctx,
            "proxy-server.conf",
            common.format(name="proxy-server") + f"""bind_port = {self.ports['api']}

[pipeline:main]
pipeline = catch_errors gatekeeper healthcheck proxy-logging listing_formats bulk tempurl authtoken keystoneauth copy container-quotas account-quotas slo dlo versioned_writes symlink proxy-logging proxy-server

[app:proxy-server]
use = egg:swift#proxy
account_autocreate = true
allow_account_management = true
# a dead backend is retried soon (one device per ring here)
error_suppression_interval = 1
node_timeout = 10
conn_timeout = 2
recoverable_node_timeout = 10

[filter:catch_errors]
use = egg:swift#catch_errors

[filter:gatekeeper]
use = egg:swift#gatekeeper

[filter:healthcheck]
use = egg:swift#healthcheck

[filter:proxy-logging]
use = egg:swift#proxy_logging

[filter:listing_formats]
use = egg:swift#listing_formats

[filter:bulk]
use = egg:swift#bulk

[filter:tempurl]
use = egg:swift#tempurl

[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
delay_auth_decision = true
{authtoken_section(ctx, self.name, section='x').split(']', 1)[1]}

[filter:keystoneauth]
use = egg:swift#keystoneauth
operator_roles = admin, member, manager
reseller_admin_role = ResellerAdmin

[filter:copy]
use = egg:swift#copy

[filter:container-quotas]
use = egg:swift#container_quotas

[filter:account-quotas]
use = egg:swift#account_quotas

[filter:slo]
use = egg:swift#slo

[filter:dlo]
use = egg:swift#dlo

[filter:versioned_writes]
use = egg:swift#versioned_writes
allow_versioned_writes = true
allow_object_versioning = true

[filter:symlink]
use = egg:swift#symlink
""",
        )
        # Rings: rebuilt on every start (the ports change); one device, so
        # every partition stays on it and the data stays reachable.
        for ring in self.RINGS:
            for suffix_ in (".builder", ".ring.gz"):
                (d / f"{ring}{suffix_}").unlink(missing_ok=True)
        shutil.rmtree(d / "backups", ignore_errors=True)

        shutil.copyfile(HERE / SWIFT_RINGS_SCRIPT, d / SWIFT_RINGS_SCRIPT)
        ports = [f"{ring}={self.ports[ring]}" for ring in self.RINGS]
        self.run_tools(
            ctx, [["python", str(d / SWIFT_RINGS_SCRIPT), str(d), str(self.PART_POWER), *ports]]
        )
        # swift-ring-builder exits 1 on warnings; make sure the rings exist
        missing = [r for r in self.RINGS if not (d / f"{r}.ring.gz").exists()]
        if missing:
            raise RuntimeError(f"swift: rings not built: {missing}\n" + tails([d / "manage.log"]))

    def spawn(self, ctx: Context, socks: dict[str, socket.socket]) -> list[Spawned]:
        d = self.rundir(ctx)
        env = subprocess_env(ctx.venv) | {
            "PYTHONWARNINGS": "ignore::DeprecationWarning",
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        python = str(venv_bin(ctx.venv, "python"))
        shutil.copyfile(HERE / SWIFT_SERVER_SCRIPT, d / SWIFT_SERVER_SCRIPT)
        procs = []
        for name, module, conf in (
            ("account-server", "swift.account.server", "account-server.conf"),
            ("container-server", "swift.container.server", "container-server.conf"),
            ("object-server", "swift.obj.server", "object-server.conf"),
            ("proxy-server", "swift.proxy.server", "proxy-server.conf"),
            ("container-updater", "swift.container.updater", "container-server.conf"),
        ):
            # -v: log to stderr (the log file) too; there is no syslog here
            cmd = [python, str(d / SWIFT_SERVER_SCRIPT), str(d), module, str(d / conf), "-v"]
            procs.append(spawn(name, cmd, d, env, d / f"{name}.log"))
        return procs

    def logs(self, ctx: Context) -> list[Path]:
        d = self.rundir(ctx)
        return [
            d / f"{n}.log"
            for n in (
                "manage",
                "proxy-server",
                "account-server",
                "container-server",
                "object-server",
            )
        ]


class Neutron(Service):
    """ML2 with no mechanism driver and no agents: networks, subnets, ports,
    routers and security groups are API/DB only (ports stay DOWN). The add-on
    service plugins (FWaaS v2, VPNaaS, BGPVPN, SFC, TaaS, BGP dynamic routing)
    load with drivers that only keep state in the DB or cast RPC to agents that
    never answer (the fake:// transport)."""

    name = "neutron"
    service_type = "network"
    description = "OpenStack Networking (local)"
    addon_plugins: ClassVar[tuple[str, ...]] = (
        "firewall_v2", "vpnaas", "bgpvpn", "flow_classifier", "sfc", "taas", "tapmirror", "bgp",
    )  # fmt: skip
    # one table of each add-on's models (neutron_schema.py creates them)
    addon_tables: ClassVar[tuple[str, ...]] = (
        "firewall_groups_v2", "vpnservices", "bgpvpns", "sfc_flow_classifiers",
        "sfc_port_chains", "tap_services", "tap_mirrors", "bgp_speakers",
    )  # fmt: skip

    def prepare(self, ctx: Context) -> None:
        d = self.rundir(ctx)
        (d / "lock").mkdir(mode=0o700, exist_ok=True)
        paste = ctx.venv / "etc" / "neutron" / "api-paste.ini"
        db = f"sqlite:///{d / 'neutron.db'}"
        self.write_config(
            ctx,
            "neutron.conf",
            COMMON_DEFAULT.format(log=d / "neutron.log") + f"""
state_path = {d}
core_plugin = ml2
service_plugins = router,qos,trunk,segments,local_ip,port_forwarding,log,metering,conntrack_helper,ndp_proxy,network_segment_range,{','.join(self.addon_plugins)}
auth_strategy = keystone
transport_url = fake://
api_paste_config = {paste}
notify_nova_on_port_status_changes = false
notify_nova_on_port_data_changes = false
dhcp_agent_notification = false
rpc_workers = 0
rpc_state_report_workers = 0

[database]
connection = {db}

[ml2]
type_drivers = flat,vlan,vxlan
tenant_network_types = vxlan
# the trunk plugin refuses to load without a driver that supports trunks; with no
# agents running, ports simply stay DOWN
mechanism_drivers = openvswitch
extension_drivers = port_security,qos

[ml2_type_flat]
flat_networks = *

[ml2_type_vlan]
network_vlan_ranges = physnet1:100:199

[ml2_type_vxlan]
vni_ranges = 1:1000

# The add-ons' drivers: FWaaS, VPNaaS and TaaS cast RPC to agents (none runs,
# so firewall groups stay INACTIVE/PENDING_*, VPN services PENDING_CREATE);
# BGPVPN's Dummy driver and SFC's dummy drivers only use the DB. BGPVPN's driver
# is the one without route control (bgpvpn-routes-control): that extension's
# port_associations would clash with local_ip's sub-collection of the same name
# (Neutron keys sub-resources by collection name: the two share one attribute map).
[service_providers]
service_provider = FIREWALL_V2:fwaas_db:neutron_fwaas.services.firewall.service_drivers.agents.agents.FirewallAgentDriver:default
service_provider = VPN:ipsec:neutron_vpnaas.services.vpn.service_drivers.ipsec.IPsecVPNDriver:default
service_provider = BGPVPN:Dummy:networking_bgpvpn.neutron.services.service_drivers.driver_api.BGPVPNDriver:default
service_provider = TAAS:TAAS:neutron_taas.services.taas.service_drivers.taas_rpc.TaasRpcDriver:default

[sfc]
drivers = dummy

[flowclassifier]
drivers = dummy
""" + authtoken_section(ctx, self.name) + lock_section(d),
        )
        self.prepare_db(ctx)

    db_files = ("neutron.db",)

    def after_template(self, ctx: Context) -> None:
        # A template saved before the add-on models were part of the schema
        # lacks their tables: add them (create_all leaves the rest alone) and
        # replace the template.
        d = self.rundir(ctx)
        db = sqlite3.connect(d / "neutron.db")
        try:
            found = {
                r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
        finally:
            db.close()
        if not set(self.addon_tables) <= found:
            self.migrate(ctx)
            tpl = templates_dir(ctx.venv) / self.name
            shutil.rmtree(tpl, ignore_errors=True)
            save_template(tpl, [d / f for f in self.db_files])

    def migrate(self, ctx: Context) -> None:
        d = self.rundir(ctx)
        shutil.copyfile(HERE / NEUTRON_SCHEMA_SCRIPT, d / NEUTRON_SCHEMA_SCRIPT)
        self.run_tools(
            ctx, [["python", str(d / NEUTRON_SCHEMA_SCRIPT), f"sqlite:///{d / 'neutron.db'}"]]
        )
        self.run_tools(
            ctx, [["neutron-db-manage", "--config-file", str(d / "neutron.conf"), "stamp", "heads"]]
        )

    def spawn(self, ctx: Context, socks: dict[str, socket.socket]) -> list[Spawned]:
        d = self.rundir(ctx)
        env = {"OS_NEUTRON_CONFIG_DIR": str(d), "OS_NEUTRON_CONFIG_FILES": "neutron.conf"}
        return [self.gunicorn(ctx, socks["api"], "neutron.wsgi.api", env)]


class Nova(Service):
    """nova-api (compute API only: no metadata API, scheduler, conductor or
    compute): API DB + cell0 + cell1 on sqlite; servers stay BUILD."""

    name = "nova"
    service_type = "compute"
    description = "OpenStack Compute (local)"

    def catalog_url(self) -> str:
        return f"{self.base_url()}/v2.1"

    def _config(self, ctx: Context, main_db: str) -> str:
        d = self.rundir(ctx)
        paste = ctx.venv / "etc" / "nova" / "api-paste.ini"
        return (
            COMMON_DEFAULT.format(log=d / "nova.log")
            + f"""
state_path = {d}
transport_url = fake://
my_ip = 127.0.0.1
host = localcloud
enabled_apis = osapi_compute

[api]
auth_strategy = keystone

[wsgi]
api_paste_config = {paste}

[api_database]
connection = sqlite:///{d / 'nova_api.db'}

[database]
connection = sqlite:///{d / main_db}

[glance]
region_name = {ctx.region}

[cinder]
os_region_name = {ctx.region}
"""
            + authtoken_section(ctx, self.name)
            + service_auth_section(ctx, "placement", self.name)
            + service_auth_section(ctx, "neutron", self.name)
            + lock_section(d)
        )

    def prepare(self, ctx: Context) -> None:
        d = self.rundir(ctx)
        (d / "lock").mkdir(mode=0o700, exist_ok=True)
        self.write_config(ctx, "nova.conf", self._config(ctx, "nova_cell1.db"))
        self.write_config(ctx, "nova-cell0.conf", self._config(ctx, "nova_cell0.db"))
        self.prepare_db(ctx)

    db_files = ("nova_api.db", "nova_cell0.db", "nova_cell1.db")
    CELL0_UUID = "00000000-0000-0000-0000-000000000000"

    def migrate(self, ctx: Context) -> None:
        d = self.rundir(ctx)
        conf, cell0_conf = d / "nova.conf", d / "nova-cell0.conf"
        manage = ["nova-manage", "--config-file"]
        self.run_tools(
            ctx,
            [
                [*manage, str(conf), "api_db", "sync"],
                [*manage, str(conf), "db", "sync", "--local_cell"],
                [*manage, str(cell0_conf), "db", "sync", "--local_cell"],
            ],
        )
        cell0 = f"sqlite:///{d / 'nova_cell0.db'}"
        cell1 = f"sqlite:///{d / 'nova_cell1.db'}"
        self.run_tools(
            ctx, [[*manage, str(conf), "cell_v2", "map_cell0", "--database_connection", cell0]]
        )
        # exit 2: this cell exists already (a restart on the same dir)
        create = [
            "cell_v2",
            "create_cell",
            "--name",
            "cell1",
            "--database_connection",
            cell1,
            "--transport-url",
            "fake://",
        ]
        self.run_tools(ctx, [[*manage, str(conf), *create]], ok_codes=(0, 2))

    def after_template(self, ctx: Context) -> None:
        """The cell mappings in the API DB hold the cell DBs' absolute paths."""
        d = self.rundir(ctx)
        con = sqlite3.connect(d / "nova_api.db")
        try:
            with con:
                for name, db in ((None, "nova_cell0.db"), ("cell1", "nova_cell1.db")):
                    url = f"sqlite:///{d / db}"
                    if name is None:
                        sql, key = (
                            "UPDATE cell_mappings SET database_connection = ? WHERE uuid = ?",
                            self.CELL0_UUID,
                        )
                    else:
                        sql, key = (
                            "UPDATE cell_mappings SET database_connection = ? WHERE name = ?",
                            name,
                        )
                    if con.execute(sql, (url, key)).rowcount != 1:
                        raise RuntimeError(
                            f"nova: no cell mapping {name or 'cell0'} in the template API DB"
                        )
        finally:
            con.close()

    def spawn(self, ctx: Context, socks: dict[str, socket.socket]) -> list[Spawned]:
        d = self.rundir(ctx)
        # nova loads its paste pipeline from the first file of the list
        paste = ctx.venv / "etc" / "nova" / "api-paste.ini"
        env = {"OS_NOVA_CONFIG_DIR": str(d), "OS_NOVA_CONFIG_FILES": f"{paste};nova.conf"}
        return [self.gunicorn(ctx, socks["api"], "nova.wsgi.osapi_compute", env)]


class Cinder(Service):
    """cinder-api only (no scheduler or volume service): volumes stay creating."""

    name = "cinder"
    service_type = "block-storage"
    description = "OpenStack Block Storage (local)"

    def catalog_url(self) -> str:
        return f"{self.base_url()}/v3/$(project_id)s"

    def prepare(self, ctx: Context) -> None:
        d = self.rundir(ctx)
        for sub in ("lock", "coordination"):
            (d / sub).mkdir(mode=0o700, exist_ok=True)
        paste = ctx.venv / "etc" / "cinder" / "api-paste.ini"
        self.write_config(
            ctx,
            "cinder.conf",
            COMMON_DEFAULT.format(log=d / "cinder.log") + f"""
state_path = {d}
transport_url = fake://
auth_strategy = keystone
api_paste_config = {paste}
# without it Cinder refuses every list filter from non-admin users with a 400
resource_query_filters_file = {ctx.venv / "etc" / "cinder" / "resource_filters.json"}
my_ip = 127.0.0.1
host = localcloud
default_volume_type = __DEFAULT__

[database]
connection = sqlite:///{d / 'cinder.db'}

[coordination]
backend_url = file://{d / 'coordination'}
""" + authtoken_section(ctx, self.name) + lock_section(d),
        )
        self.prepare_db(ctx)

    db_files = ("cinder.db",)

    def migrate(self, ctx: Context) -> None:
        conf = self.rundir(ctx) / "cinder.conf"
        self.run_tools(ctx, [["cinder-manage", "--config-file", str(conf), "db", "sync"]])

    def spawn(self, ctx: Context, socks: dict[str, socket.socket]) -> list[Spawned]:
        conf = self.rundir(ctx) / "cinder.conf"
        # cinder has no config file environment variable: it parses argv
        return [
            self.gunicorn(
                ctx, socks["api"], "cinder.wsgi.api", {}, argv=["--config-file", str(conf)]
            )
        ]


SERVICES: dict[str, type[Service]] = {
    "glance": Glance,
    "placement": Placement,
    "swift": Swift,
    "neutron": Neutron,
    "nova": Nova,
    "cinder": Cinder,
}
