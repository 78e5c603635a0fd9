"""Ironic (Bare Metal) in one process: the ``ironic`` all-in-one command runs the
conductor and serves the API from it (cheroot, bound by Ironic itself on the
reserved port), with ``rpc_transport = none``: the API calls the conductor in
process, so there is no message bus and no JSON-RPC.

Nodes use the ``fake-hardware`` type with every interface ``fake`` (or
``noop``/``no-*`` where Ironic has no fake one): power, boot device, deploy,
clean, RAID, BIOS, firmware, inspect, rescue and vendor passthru all "work"
without touching hardware, so a node goes enroll -> manageable -> available
-> active -> available for real through the conductor's state machine.  No
DHCP, Neutron, Glance or Swift is needed (``dhcp_provider = none``, the
``noop`` network interface, a fake deploy that reads no image).
"""

from __future__ import annotations

import socket
from typing import ClassVar

from ..procs import Spawned, spawn
from ..services import (
    COMMON_DEFAULT,
    Context,
    Service,
    authtoken_section,
    lock_section,
)
from ..venv import subprocess_env, venv_bin

INTERFACES = {
    "bios": ("fake", "no-bios"),
    "boot": ("fake",),
    "console": ("fake", "no-console"),
    "deploy": ("fake",),
    "firmware": ("fake", "no-firmware"),
    "inspect": ("fake", "no-inspect"),
    "management": ("fake",),
    "network": ("noop",),
    "power": ("fake",),
    "raid": ("fake", "no-raid"),
    "rescue": ("fake", "no-rescue"),
    "storage": ("noop", "fake"),
    "vendor": ("fake", "no-vendor"),
}


class Ironic(Service):
    name = "ironic"
    service_type = "baremetal"
    description = "OpenStack Bare Metal service (local, fake hardware)"
    socket_names: ClassVar[tuple[str, ...]] = ()
    bound_port_names: ClassVar[tuple[str, ...]] = ("api",)

    def prepare(self, ctx: Context) -> None:
        d = self.rundir(ctx)
        (d / "lock").mkdir(mode=0o700, exist_ok=True)
        interfaces = "\n".join(
            f"enabled_{kind}_interfaces = {','.join(names)}\n"
            f"default_{kind}_interface = {names[0]}"
            for kind, names in INTERFACES.items()
        )
        self.write_config(
            ctx,
            "ironic.conf",
            COMMON_DEFAULT.format(log=d / "ironic.log") + f"""
auth_strategy = keystone
rpc_transport = none
host = localcloud-conductor
enabled_hardware_types = fake-hardware
{interfaces}
# no fork for a VNC proxy; one process
minimum_memory_warning_only = true
minimum_memory_wait_time = 0

[api]
host_ip = 127.0.0.1
port = {self.ports['api']}
public_endpoint = {self.base_url()}

[conductor]
# the fake interfaces finish every step at once: keep the loops short
heartbeat_interval = 2
sync_power_state_interval = -1
check_provision_state_interval = 5
automated_clean = true
workers_pool_size = 64
require_rescue_password_hashed = false

[dhcp]
dhcp_provider = none

[nova]
send_power_notifications = false

[database]
connection = sqlite:///{d / 'ironic.db'}

[oslo_policy]
# project-scoped admin tokens (the cloud's "admin" user) act as the
# deprecated "role:admin" rules allowed
enforce_scope = false
enforce_new_defaults = false

[inventory]
data_backend = database
""" + authtoken_section(ctx, self.name) + lock_section(d),
        )
        self.prepare_db(ctx)

    db_files = ("ironic.db",)

    def migrate(self, ctx: Context) -> None:
        conf = self.rundir(ctx) / "ironic.conf"
        self.run_tools(ctx, [["ironic-dbsync", "--config-file", str(conf), "create_schema"]])

    def spawn(self, ctx: Context, socks: dict[str, socket.socket]) -> list[Spawned]:
        d = self.rundir(ctx)
        env = subprocess_env(ctx.venv) | {
            "PYTHONWARNINGS": "ignore::DeprecationWarning",
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        cmd = [str(venv_bin(ctx.venv, "ironic")), "--config-file", str(d / "ironic.conf")]
        return [
            spawn("ironic", cmd, d, env, d / "ironic-server.log", extra_logs=[d / "ironic.log"])
        ]


SERVICE = Ironic
