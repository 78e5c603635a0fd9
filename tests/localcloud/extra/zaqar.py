"""Zaqar (messaging): the v2 WSGI transport under gunicorn, with its management
store (queues' metadata, pools, flavors) in sqlite through SQLAlchemy.

Zaqar 23 keeps messages, claims and subscriptions only in MongoDB, Redis or
Swift; of those only Swift runs here (the local cloud's own, no other server),
so Zaqar needs it: ``LocalCloud(services=("swift", "zaqar"))``.  Storage pooling
and admin mode are on, so the pools and flavors APIs exist; with pooling, a queue
can only be created once a pool is registered (the integration tests register
the local Swift as a pool through the API: ``swift://zaqar:<password>@/service``,
the URI ``pool_uri`` builds).
"""

from __future__ import annotations

import socket

from ..procs import Spawned
from ..services import COMMON_DEFAULT, Context, Service, authtoken_section, lock_section

SCHEMA_SCRIPT = "_zaqar_schema"
WSGI_SCRIPT = "_zaqar_wsgi"


class Zaqar(Service):
    name = "zaqar"
    service_type = "messaging"
    description = "OpenStack Messaging (Zaqar, local)"
    ready_path = "/v2/ping"

    def prepare(self, ctx: Context) -> None:
        d = self.rundir(ctx)
        (d / "lock").mkdir(mode=0o700, exist_ok=True)
        self.write_config(
            ctx,
            "zaqar.conf",
            COMMON_DEFAULT.format(log=d / "zaqar.log") + f"""
auth_strategy = keystone
admin_mode = true
pooling = true
unreliable = true

[drivers]
transport = wsgi
management_store = sqlalchemy
message_store = swift

[drivers:management_store:sqlalchemy]
uri = sqlite:///{d / 'zaqar.db'}

[drivers:message_store:swift]
uri = {self.pool_uri(ctx)}
auth_url = {ctx.auth_url}
region_name = {ctx.region}

[signed_url]
secret_key = {ctx.passwords[self.name][:16]}-signed-urls

[notification]
require_confirmation = false
""" + authtoken_section(ctx, self.name) + lock_section(d),
        )
        self.prepare_db(ctx)

    def pool_uri(self, ctx: Context) -> str:
        """The Swift store as a pool URI: the zaqar user's containers in project service."""
        return f"swift://{self.name}:{ctx.passwords[self.name]}@/service"

    db_files = ("zaqar.db",)

    def migrate(self, ctx: Context) -> None:
        # the migrations are MySQL-only (ALTER TABLE ... CHANGE COLUMN): the schema is
        # created from the table definitions, then stamped as migrated
        d = self.rundir(ctx)
        (d / "zaqar.db").unlink(missing_ok=True)
        schema = self.install_script(ctx, SCHEMA_SCRIPT)
        self.run_tools(ctx, [["python", str(schema), f"sqlite:///{d / 'zaqar.db'}"]])
        conf = d / "zaqar.conf"
        self.run_tools(ctx, [["zaqar-sql-db-manage", "--config-file", str(conf), "stamp", "head"]])

    def spawn(self, ctx: Context, socks: dict[str, socket.socket]) -> list[Spawned]:
        d = self.rundir(ctx)
        self.install_script(ctx, WSGI_SCRIPT)
        env = {"ZAQAR_CONFIG_FILE": str(d / "zaqar.conf")}
        return [self.gunicorn(ctx, socks["api"], WSGI_SCRIPT, env)]


SERVICE = Zaqar
