"""Mistral (workflow): mistral-api with the engine, executor, notifier and periodic
servers in the same gunicorn worker, on oslo.messaging's in-process ``fake://``
transport (``_mistral_wsgi.py``): executions run to SUCCESS or ERROR for real.
The schema comes from the models (the migrations need ALTER CONSTRAINT, which
sqlite lacks); the standard actions and workflows are loaded into the database
template once (``mistral-db-manage populate``).  No event engine (event triggers are accepted
by the API but never fire: nothing sends notifications).
"""

from __future__ import annotations

import socket
from pathlib import Path

from ..procs import Spawned
from ..services import COMMON_DEFAULT, Context, Service, authtoken_section, lock_section

WSGI_ENTRY = "_mistral_wsgi"


class Mistral(Service):
    name = "mistral"
    service_type = "workflow"
    description = "OpenStack Workflow service (local: API, engine and executor in one process)"

    def catalog_url(self) -> str:
        return f"{self.base_url()}/v2"

    def conf(self, ctx: Context) -> Path:
        return self.rundir(ctx) / "mistral.conf"

    def prepare(self, ctx: Context) -> None:
        d = self.rundir(ctx)
        (d / "lock").mkdir(mode=0o700, exist_ok=True)
        self.write_config(
            ctx,
            "mistral.conf",
            COMMON_DEFAULT.format(log=d / "mistral.log") + f"""
transport_url = fake://
host = localcloud

[database]
connection = sqlite:///{d / 'mistral.db'}

[pecan]
auth_enable = true

[executor]
type = local

[notifier]
type = local

[engine]
execution_field_size_limit_kb = 1024

[cron_trigger]
enabled = true
execution_interval = 1

[action_heartbeat]
max_missed_heartbeats = 0

[oslo_policy]
enforce_scope = false
enforce_new_defaults = false
""" + authtoken_section(ctx, self.name) + lock_section(d),
        )
        self.prepare_db(ctx)

    db_files = ("mistral.db",)

    def migrate(self, ctx: Context) -> None:
        conf, db = str(self.conf(ctx)), self.rundir(ctx) / "mistral.db"
        # the migrations alter constraints, which sqlite cannot: tables from the models
        schema = self.install_script(ctx, "_mistral_schema")
        self.run_tools(ctx, [["python", str(schema), f"sqlite:///{db}"]])
        self.run_tools(ctx, [["mistral-db-manage", "--config-file", conf, "stamp", "head"]])
        self.run_tools(ctx, [["mistral-db-manage", "--config-file", conf, "populate"]])

    def spawn(self, ctx: Context, socks: dict[str, socket.socket]) -> list[Spawned]:
        self.install_script(ctx, WSGI_ENTRY)
        env = {"MISTRAL_CONFIG_FILE": str(self.conf(ctx))}
        return [self.gunicorn(ctx, socks["api"], WSGI_ENTRY, env)]


SERVICE = Mistral
