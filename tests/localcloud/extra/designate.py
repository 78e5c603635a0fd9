"""Designate (DNS v2): the API under gunicorn, with designate-central, -worker, -mdns and
-producer running inside the API worker process (_designate_wsgi.py) on oslo.messaging's
in-process ``fake://`` transport; no broker.

The default pool has one target with the ``fake`` backend (it accepts every zone
change and stores nothing) and one nameserver: the in-process mdns on a loopback
port, which answers the worker's SOA polls from the database.  So zones and record
sets go PENDING -> ACTIVE, and deleted zones disappear, as on a real cloud, within
a second or two (the producer bumps changed zones' serials every second; the worker
polls mdns at once).  Floating-IP PTR records need Neutron in the catalog (Designate
asks it, with the caller's token, for the project's floating IPs): start both
(``--services designate,neutron``); without Neutron that API answers 403.
"""

from __future__ import annotations

import shutil
import socket
import sqlite3

from ..procs import Spawned
from ..services import COMMON_DEFAULT, Context, Service, authtoken_section, lock_section

WSGI_SCRIPT = "_designate_wsgi"
DEFAULT_POOL_ID = "794ccc2c-d751-44fe-b57f-8894c9f5c842"  # designate's default_pool_id


class Designate(Service):
    name = "designate"
    service_type = "dns"
    description = "OpenStack DNS (local)"
    bound_port_names = ("mdns",)

    def prepare(self, ctx: Context) -> None:
        d = self.rundir(ctx)
        (d / "lock").mkdir(mode=0o700, exist_ok=True)
        shutil.copyfile(ctx.venv / "etc" / "designate" / "api-paste.ini", d / "api-paste.ini")
        mdns = self.ports["mdns"]
        self.write_config(
            ctx,
            "designate.conf",
            COMMON_DEFAULT.format(log=d / "designate.log") + f"""
state_path = {d}
transport_url = fake://
host = localcloud

[service:api]
auth_strategy = keystone
api_base_uri = {self.base_url()}/
enable_api_v2 = true
enable_api_admin = false

[service:central]
managed_resource_tenant_id = 00000000-0000-0000-0000-000000000000

[service:mdns]
listen = 127.0.0.1:{mdns}
threads = 20

[service:worker]
threads = 20
# the only nameserver is the in-process mdns: poll it at once and often
poll_delay = 0
poll_retry_interval = 1
poll_max_retries = 5
poll_timeout = 2

[service:producer]
threads = 5
# a record set change only marks its zone; this task bumps the serial and hands the
# zone to the worker (every second here; Designate's default is 5 s)
enabled_tasks = increment_serial

[producer_task:increment_serial]
interval = 1

[heartbeat_emitter]
# every service of the process writes its heartbeat through central: fewer sqlite
# writes competing with the API's (Designate's default is 10 s)
heartbeat_interval = 30

[storage:sqlalchemy]
# wait for a busy database rather than fail at once (the worker, producer and API
# write from threads of one process)
connection = sqlite:///{d / 'designate.db'}?timeout=30
""" + authtoken_section(ctx, self.name) + lock_section(d),
        )
        self.write_config(
            ctx,
            "pools.yaml",
            f"""
- id: {DEFAULT_POOL_ID}
  name: default
  description: Local pool (fake backend, the in-process mdns as its nameserver)
  attributes: {{}}
  ns_records:
    - hostname: ns1.localcloud.test.
      priority: 1
  nameservers:
    - host: 127.0.0.1
      port: {mdns}
  targets:
    - type: fake
      description: Accepts every change and keeps nothing
      masters:
        - host: 127.0.0.1
          port: {mdns}
      options:
        host: 127.0.0.1
        port: {mdns}
  also_notifies: []
""",
        )
        self.prepare_db(ctx)
        # Central, worker, producer and the API write from threads of one process: in
        # sqlite's default journal mode a transaction that read and then writes while
        # another holds a read lock fails at once ("database is locked"), losing e.g. the
        # worker's PENDING -> ACTIVE update.  With write-ahead logging readers and the
        # writer do not block each other (the mode is kept in the file).
        con = sqlite3.connect(d / "designate.db")
        try:
            con.execute("PRAGMA journal_mode=WAL")
        finally:
            con.close()

    db_files = ("designate.db",)

    def migrate(self, ctx: Context) -> None:
        conf = self.rundir(ctx) / "designate.conf"
        self.run_tools(ctx, [["designate-manage", "--config-file", str(conf), "database", "sync"]])

    def spawn(self, ctx: Context, socks: dict[str, socket.socket]) -> list[Spawned]:
        d = self.rundir(ctx)
        self.install_script(ctx, WSGI_SCRIPT)
        env = {"OS_DESIGNATE_CONFIG_DIR": str(d)}
        return [self.gunicorn(ctx, socks["api"], WSGI_SCRIPT, env)]


SERVICE = Designate
