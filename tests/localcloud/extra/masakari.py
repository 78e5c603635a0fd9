"""Masakari (instance-ha): masakari-api under gunicorn, with the engine's RPC
endpoint served in the same process (_masakari_wsgi.py) over oslo.messaging's
``fake://`` transport, so notifications really are processed by the engine.

Masakari checks every host it registers against Nova (``GET /os-services?
binary=nova-compute&host=NAME``), so hosts can only be created when the cloud
also runs Nova (``LocalCloud(services=("nova", "masakari"))``) and Nova knows a
compute service of that name (the integration tests insert one into Nova's cell
database, as a nova-compute starting up would).  Without Nova, creating a host
answers 500 (no compute endpoint in the catalog).
"""

from __future__ import annotations

import shutil
import socket

from ..procs import Spawned
from ..services import (
    COMMON_DEFAULT,
    Context,
    Service,
    authtoken_section,
    lock_section,
)

WSGI_SCRIPT = "_masakari_wsgi"


class Masakari(Service):
    name = "masakari"
    service_type = "instance-ha"
    description = "OpenStack Instance HA (Masakari, local)"

    def catalog_url(self) -> str:
        return f"{self.base_url()}/v1/$(project_id)s"

    def prepare(self, ctx: Context) -> None:
        d = self.rundir(ctx)
        (d / "lock").mkdir(mode=0o700, exist_ok=True)
        shutil.copyfile(ctx.venv / "etc" / "masakari" / "api-paste.ini", d / "api-paste.ini")
        self.write_config(
            ctx,
            "masakari.conf",
            COMMON_DEFAULT.format(log=d / "masakari.log") + f"""
transport_url = fake://
auth_strategy = keystone
host = localcloud
masakari_api_workers = 1
# the in-process engine: no waiting between recovery steps, no periodic tasks
wait_period_after_service_update = 0
wait_period_after_evacuation = 0
wait_period_after_power_off = 0
wait_period_after_power_on = 0
duplicate_notification_detection_interval = 0
rpc_response_timeout = 20
os_privileged_user_name = {self.name}
os_privileged_user_password = {ctx.passwords[self.name]}
os_privileged_user_tenant = service
os_privileged_user_auth_url = {ctx.auth_url}
os_region_name = {ctx.region}
nova_catalog_admin_info = compute:nova:publicURL
os_user_domain_name = Default
os_project_domain_name = Default

[database]
connection = sqlite:///{d / 'masakari.db'}

[taskflow]
connection = sqlite:///{d / 'taskflow.db'}
""" + authtoken_section(ctx, self.name) + lock_section(d),
        )
        self.prepare_db(ctx)

    db_files = ("masakari.db", "taskflow.db")

    def migrate(self, ctx: Context) -> None:
        conf = self.rundir(ctx) / "masakari.conf"
        self.run_tools(ctx, [["masakari-manage", "--config-file", str(conf), "db", "sync"]])

    def spawn(self, ctx: Context, socks: dict[str, socket.socket]) -> list[Spawned]:
        d = self.rundir(ctx)
        self.install_script(ctx, WSGI_SCRIPT)
        env = {"OS_MASAKARI_CONFIG_DIR": str(d)}
        # initialize_application() parses the config a second time from sys.argv
        # alone (without the default files): name the file there too
        argv = ["--config-file", str(d / "masakari.conf")]
        return [self.gunicorn(ctx, socks["api"], WSGI_SCRIPT, env, argv)]


SERVICE = Masakari
