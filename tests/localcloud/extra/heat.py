"""Heat (orchestration): heat-api with heat-engine in the same process.

The engine is started inside the API's gunicorn worker on oslo.messaging's in-process
``fake://`` transport (``_heat_wsgi.py``), so every API call is served by a real engine
and stacks reach CREATE_COMPLETE / UPDATE_COMPLETE / DELETE_COMPLETE.  Resources a
stack can hold are those of services running in the same local cloud (OS::Keystone::*
always; OS::Neutron::*, OS::Glance::*, OS::Swift::* when those run) and Heat's own
(OS::Heat::RandomString, None, Value, TestResource, ResourceGroup, ...).  Deferred
operations use Keystone trusts, with the heat service user as trustee.  No stack
user domain is configured: users Heat creates for a stack's signals (wait condition
handles) go in the stack's own project, with the heat_stack_user role.  OS::Keystone::Project
deletes ask Neutron for the project's security groups: without Neutron in the cloud
that delete fails (DELETE_FAILED), so tests use other resources, or start Neutron too.
"""

from __future__ import annotations

import socket

from ..procs import Spawned
from ..services import COMMON_DEFAULT, Context, Service, authtoken_section, lock_section

WSGI_ENTRY = "_heat_wsgi"


class Heat(Service):
    name = "heat"
    service_type = "orchestration"
    description = "OpenStack Orchestration (local: API and engine in one process)"
    # the role of the users Heat creates for a stack's signals (wait condition handles)
    roles = ("heat_stack_user",)

    def catalog_url(self) -> str:
        return f"{self.base_url()}/v1/$(project_id)s"

    def prepare(self, ctx: Context) -> None:
        d = self.rundir(ctx)
        for sub in ("lock",):
            (d / sub).mkdir(mode=0o700, exist_ok=True)
        etc = ctx.venv / "etc" / "heat"
        self.write_config(
            ctx,
            "heat.conf",
            COMMON_DEFAULT.format(log=d / "heat.log") + f"""
transport_url = fake://
host = localcloud
num_engine_workers = 1
heat_metadata_server_url = {self.base_url()}
heat_waitcondition_server_url = {self.base_url()}/v1/waitcondition
region_name_for_services = {ctx.region}
deferred_auth_method = trusts
environment_dir = {etc / 'environment.d'}
template_dir = {etc / 'templates'}
plugin_dirs = {d / 'plugins'}
convergence_engine = true
observe_on_update = false
max_stacks_per_tenant = 1000
periodic_interval = 60
client_retry_limit = 0
enable_stack_abandon = true
enable_stack_adopt = true

[database]
connection = sqlite:///{d / 'heat.db'}

[paste_deploy]
api_paste_config = {etc / 'api-paste.ini'}

[clients]
endpoint_type = publicURL

[clients_keystone]
auth_uri = {ctx.keystone_base}

[trustee]
auth_type = password
auth_url = {ctx.auth_url}
username = {self.name}
password = {ctx.passwords[self.name]}
user_domain_id = default

[oslo_policy]
enforce_scope = false
enforce_new_defaults = false
""" + authtoken_section(ctx, self.name) + lock_section(d),
        )
        self.prepare_db(ctx)

    db_files = ("heat.db",)

    def migrate(self, ctx: Context) -> None:
        conf = self.rundir(ctx) / "heat.conf"
        self.run_tools(ctx, [["heat-manage", "--config-file", str(conf), "db_sync"]])

    def spawn(self, ctx: Context, socks: dict[str, socket.socket]) -> list[Spawned]:
        d = self.rundir(ctx)
        self.install_script(ctx, WSGI_ENTRY)
        argv = ["--config-file", str(d / "heat.conf")]
        return [self.gunicorn(ctx, socks["api"], WSGI_ENTRY, {}, argv=argv)]


SERVICE = Heat
