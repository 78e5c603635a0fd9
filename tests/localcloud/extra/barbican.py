"""Barbican (key-manager) for the local cloud: barbican-api under gunicorn.

The API process does everything: orders run inside it (``[queue] enable = False``:
no worker, no message bus), secrets are encrypted by the simple_crypto plugin with a
key-encryption key generated for this run dir, the database is sqlite. Multiple
secret-store support is on with a single store ("simple": store_crypto +
simple_crypto, the global default), so the secret-stores API answers.

Policy: Barbican's secure-RBAC defaults (``[oslo_policy] enforce_new_defaults`` and
``enforce_scope``, both true): project-scoped tokens only; role member creates and
manages its project's secrets, containers and orders, role reader reads them, role
admin of a project also sets project quotas. The local cloud's admin (admin on
project admin) and demo (member on project demo) users work with these settings.
"""

from __future__ import annotations

import base64
import os
import socket

from ..procs import Spawned, write_private
from ..services import COMMON_DEFAULT, Context, Service, authtoken_section

WSGI_HELPER = "_barbican_wsgi"


class Barbican(Service):
    name = "barbican"
    service_type = "key-manager"
    description = "OpenStack Key Manager (local)"

    def _kek(self, ctx: Context) -> str:
        path = self.rundir(ctx) / "kek"
        if not path.is_file():
            write_private(path, base64.b64encode(os.urandom(32)).decode() + "\n")
        return path.read_text().strip()

    def prepare(self, ctx: Context) -> None:
        d = self.rundir(ctx)
        # HOME: barbican's plugins parse their configuration again with oslo.config's
        # default search only, which looks in ~/barbican.conf (and /etc/barbican)
        self.write_config(
            ctx,
            "barbican.conf",
            COMMON_DEFAULT.format(log=d / "barbican.log") + f"""
host_href = {self.base_url()}
db_auto_create = false

[database]
connection = sqlite:///{d / 'barbican.db'}

[queue]
enable = false

[secretstore]
enable_multiple_secret_stores = true
stores_lookup_suffix = simple

[secretstore:simple]
secret_store_plugin = store_crypto
crypto_plugin = simple_crypto
global_default = true

[crypto]
enabled_crypto_plugins = simple_crypto

[simple_crypto_plugin]
kek = {self._kek(ctx)}

[oslo_policy]
enforce_new_defaults = true
enforce_scope = true
""" + authtoken_section(ctx, self.name),
        )
        self.prepare_db(ctx)

    db_files = ("barbican.db",)

    def migrate(self, ctx: Context) -> None:
        conf = self.rundir(ctx) / "barbican.conf"
        self.run_tools(
            ctx,
            [["barbican-manage", "--config-file", str(conf), "db", "upgrade"]],
            env={"HOME": str(self.rundir(ctx))},
        )

    def spawn(self, ctx: Context, socks: dict[str, socket.socket]) -> list[Spawned]:
        d = self.rundir(ctx)
        self.install_script(ctx, WSGI_HELPER)
        env = {
            "HOME": str(d),
            "BARBICAN_PASTE_INI": str(ctx.venv / "etc" / "barbican" / "barbican-api-paste.ini"),
        }
        return [self.gunicorn(ctx, socks["api"], WSGI_HELPER, env)]


SERVICE = Barbican
