"""Manila (shared-file-system v2): manila-api under gunicorn, with manila-scheduler
and manila-share running in the API worker on the fake transport.

The share service runs Manila's own DummyDriver (shipped in the sdist as
``manila/tests/share/drivers/dummy.py``) in ``driver_handles_share_servers =
False`` mode with every simulated delay set to 0: it touches no storage and
needs no root, and shares, snapshots and the rest reach ``available``.
See ``_manila_inproc.py`` for how the three services share one process.

Endpoint ``http://127.0.0.1:P/v2`` (no project id: Manila accepts project-less
URLs since API 2.60).  sqlite: the schema comes from Manila's models
(``_manila_dbinit.py`` says why not ``manila-manage db sync``).
"""

from __future__ import annotations

import socket

from ..procs import Spawned
from ..services import COMMON_DEFAULT, Context, Service, authtoken_section, lock_section

INPROC = "_manila_inproc"
DBINIT = "_manila_dbinit"
BACKEND = "dummy"


class Manila(Service):
    name = "manila"
    service_type = "shared-file-system"
    description = "OpenStack Shared File Systems (local)"

    def catalog_url(self) -> str:
        return f"{self.base_url()}/v2"

    def prepare(self, ctx: Context) -> None:
        d = self.rundir(ctx)
        for sub in ("lock", "coordination"):
            (d / sub).mkdir(mode=0o700, exist_ok=True)
        paste = ctx.venv / "etc" / "manila" / "api-paste.ini"
        self.install_script(ctx, INPROC)
        self.write_config(
            ctx,
            "manila.conf",
            COMMON_DEFAULT.format(log=d / "manila.log") + f"""
state_path = {d}
transport_url = fake://
auth_strategy = keystone
api_paste_config = {paste}
host = localcloud
my_ip = 127.0.0.1
enabled_share_backends = {BACKEND}
enabled_share_protocols = NFS,CIFS
# the share service reports its pool at start and then every 10 s; fewer timer
# writes keep the shared sqlite file quiet (service_down_time is 60 s)
periodic_interval = 10
periodic_fuzzy_delay = 0
report_interval = 20
# no Nova, Neutron or Cinder behind this Manila
[database]
# three services write from one process: wait for the lock rather than fail after
# pysqlite's 5 s (see _manila_inproc.py)
connection = sqlite:///{d / 'manila.db'}?timeout=60

[coordination]
backend_url = file://{d / 'coordination'}

[{BACKEND}]
share_driver = manila.tests.share.drivers.dummy.DummyDriver
share_backend_name = {BACKEND}
driver_handles_share_servers = False
dummy_driver_default_driver_method_delay = 0
dummy_driver_driver_methods_delays = create_share:0

# keystonemiddleware reads its credentials from [ksm_auth]: manila-share (same
# process) registers an auth_url option of its own in [keystone_authtoken], which
# would clash with the password plugin's options if they were loaded there
[keystone_authtoken]
auth_section = ksm_auth
www_authenticate_uri = {ctx.keystone_base}
auth_url = {ctx.auth_url}
service_token_roles_required = true
""" + authtoken_section(ctx, self.name, section="ksm_auth") + lock_section(d),
        )
        self.prepare_db(ctx)

    db_files = ("manila.db",)

    def migrate(self, ctx: Context) -> None:
        d = self.rundir(ctx)
        dbinit = self.install_script(ctx, DBINIT)
        python = str(ctx.venv / "bin" / "python")
        self.run_tools(ctx, [[python, str(dbinit), "--config-file", str(d / "manila.conf")]])

    def spawn(self, ctx: Context, socks: dict[str, socket.socket]) -> list[Spawned]:
        conf = self.rundir(ctx) / "manila.conf"
        return [self.gunicorn(ctx, socks["api"], INPROC, {}, argv=["--config-file", str(conf)])]


SERVICE = Manila
