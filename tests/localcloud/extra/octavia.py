"""Octavia (load-balancer v2) in the local cloud.

octavia-api runs under gunicorn (1 worker, a few threads) from Octavia's
WSGI module, wrapped by ``_octavia_api.py``, which also starts the
controller worker's RPC server in the same process: the API's amphora
provider casts to it over oslo.messaging's ``fake://`` transport, and the
worker runs Octavia's real taskflow flows with the noop amphora, compute and
network drivers (no VM, no Neutron port, no amphora agent), so load
balancers, listeners, pools, members, health monitors and L7 policies/rules
go PENDING_CREATE -> ACTIVE, PENDING_UPDATE -> ACTIVE and PENDING_DELETE ->
gone as they do in a real cloud.  The noop network driver accepts any
network/subnet/port UUID for a VIP and answers with made-up addresses.
Amphorae are database rows the flows create (admin API: list, show,
config, failover; stats are those the (absent) health manager reported:
none).  The taskflow jobboard is off (flows run in the worker's thread
pool); there is no health manager or housekeeping.

The schema comes from the models' metadata (``_octavia_schema.py``), since
Octavia's migrations do not run on sqlite, then ``octavia-db-manage stamp
head``.  Providers: ``amphora`` (default, with its ``octavia`` alias) and
``noop_driver`` (which accepts every call and changes nothing: its objects
stay PENDING_*).

Stdlib only: this module runs under the SDK's Python.
"""

from __future__ import annotations

import socket

from ..procs import Spawned
from ..services import COMMON_DEFAULT, Context, Service, authtoken_section, lock_section

SCHEMA_SCRIPT = "_octavia_schema"
API_MODULE = "_octavia_api"


class Octavia(Service):
    name = "octavia"
    service_type = "load-balancer"
    description = "OpenStack Load Balancing (local)"

    def prepare(self, ctx: Context) -> None:
        d = self.rundir(ctx)
        for sub in ("lock", "ca"):
            (d / sub).mkdir(mode=0o700, exist_ok=True)
        self.write_config(
            ctx,
            "octavia.conf",
            COMMON_DEFAULT.format(log=d / "octavia.log") + f"""
transport_url = fake://
host = localcloud

[api_settings]
auth_strategy = keystone
enabled_provider_drivers = amphora:The Octavia Amphora driver.,octavia:Deprecated alias of the Octavia Amphora driver.,noop_driver:The no-op driver.
default_provider_driver = amphora
pagination_max_limit = 1000

[database]
connection = sqlite:///{d / 'octavia.db'}
# Octavia sets a pool_timeout default that sqlite's NullPool refuses
pool_timeout =
max_pool_size =
max_overflow =

[controller_worker]
amphora_driver = amphora_noop_driver
compute_driver = compute_noop_driver
network_driver = network_noop_driver
image_driver = image_noop_driver
volume_driver = volume_noop_driver
loadbalancer_topology = SINGLE
amp_boot_network_list = 00000000-0000-4000-8000-000000000001
amp_flavor_id = localcloud
amp_image_tag = localcloud
workers = 1
# the CA the (noop) amphora's config drive would carry
client_ca = {d / 'ca' / 'ca.pem'}

[task_flow]
jobboard_enabled = False
max_workers = 2

[certificates]
cert_generator = local_cert_generator
ca_certificate = {d / 'ca' / 'ca.pem'}
ca_private_key = {d / 'ca' / 'ca.key'}
ca_private_key_passphrase = localcloud-octavia-ca

[oslo_messaging]
topic = octavia_prov
""" + authtoken_section(ctx, self.name) + lock_section(d),
        )
        self.prepare_db(ctx)

    db_files = ("octavia.db",)

    def migrate(self, ctx: Context) -> None:
        d = self.rundir(ctx)
        schema = self.install_script(ctx, SCHEMA_SCRIPT)
        self.run_tools(ctx, [["python", str(schema), f"sqlite:///{d / 'octavia.db'}"]])
        conf = d / "octavia.conf"
        self.run_tools(ctx, [["octavia-db-manage", "--config-file", str(conf), "stamp", "head"]])

    def spawn(self, ctx: Context, socks: dict[str, socket.socket]) -> list[Spawned]:
        d = self.rundir(ctx)
        self.install_script(ctx, API_MODULE)
        conf = d / "octavia.conf"
        # Octavia's WSGI module parses argv (service_wsgi.py resets it to these)
        return [self.gunicorn(ctx, socks["api"], API_MODULE, {}, argv=["--config-file", str(conf)])]


SERVICE = Octavia
