"""WSGI entry point for the local Designate, run INSIDE the cloud venv by gunicorn
(one gthread worker), copied into the run dir by extra/designate.py.

Designate's API answers most requests by calling designate-central over RPC, and
central hands zone changes to designate-worker, which pushes them to the pool's
backends and polls the pool's nameservers (designate-mdns serves the zones from
the database) until they serve the new serial.  There is no message broker here:
with ``transport_url = fake://`` oslo.messaging delivers within one process, so
this module starts, in the API worker process and next to the WSGI application:

* designate-central (RPC server, topic ``central``),
* designate-worker (RPC server, topic ``worker``) with the pool's ``fake`` backend
  target, which accepts every zone change and keeps nothing,
* designate-mdns on 127.0.0.1 (UDP and TCP): the pool's only nameserver, so the
  worker's SOA polls are answered with the serial stored in the database and
  zones go from PENDING to ACTIVE (and are removed on delete) for real,
* designate-producer with only its increment_serial task (every second): a record
  set change marks its zone, and this task bumps the zone's serial and hands the
  zone to the worker, after which the record set goes ACTIVE,

then writes the pool (``pools.yaml`` in the run dir, with this start's mdns port)
through central, as ``designate-manage pool update`` would.  Designate 23 runs on
oslo.service's threading backend (designate/cmd/__init__.py selects it), which is
what gunicorn's threaded worker needs too.  The sink (notification handling) and the
producer's other periodic tasks (purges, recovery, usage events) are not started:
nothing here needs them.
"""

import os
import sys
from typing import Any

sys.argv = [sys.argv[0]]

import designate.cmd  # noqa: E402,F401  (selects oslo.service's threading backend)
from sqlalchemy import event  # noqa: E402
from sqlalchemy.engine import Engine  # noqa: E402


@event.listens_for(Engine, "begin")
def _begin_immediate(conn: Any) -> None:
    """Every transaction takes sqlite's write lock when it begins.

    Central, the worker, the producer and the API share one sqlite file from threads
    of this process.  oslo.db begins deferred transactions; one that has read and then
    writes while another connection writes fails at once with "database is locked"
    (sqlite does not wait there: that would deadlock), and Designate loses the change
    (a zone stays PENDING).  BEGIN IMMEDIATE makes transactions wait for each other
    instead (the connection's busy timeout).  This class-level listener runs before
    oslo.db's own, which then sees the transaction open and emits no BEGIN.
    """
    if conn.dialect.name == "sqlite" and "in_transaction" not in conn.info:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        conn.info["in_transaction"] = True


from designate.api import wsgi  # noqa: E402

application = wsgi.init_application()

from designate import exceptions, objects  # noqa: E402
from designate.central import rpcapi as central_rpcapi  # noqa: E402
from designate.central import service as central_service  # noqa: E402
from designate.context import DesignateContext  # noqa: E402
from designate.manage.pool import PoolCommands  # noqa: E402
from designate.mdns import service as mdns_service  # noqa: E402
from designate.objects.adapters import DesignateAdapter  # noqa: E402
from designate.producer import service as producer_service  # noqa: E402
from designate.worker import service as worker_service  # noqa: E402

_services = [
    central_service.Service(),
    worker_service.Service(),
    mdns_service.Service(),
    producer_service.Service(),
]
for _svc in _services:
    _svc.start()


def _update_pools() -> None:
    path = os.path.join(os.environ["OS_DESIGNATE_CONFIG_DIR"], "pools.yaml")
    api = central_rpcapi.CentralAPI()
    ctx = DesignateContext.get_admin_context(all_tenants=True)
    for data in PoolCommands._load_config(path):
        try:
            pool = api.get_pool(ctx, data["id"])
        except exceptions.PoolNotFound:
            api.create_pool(ctx, DesignateAdapter.parse("YAML", data, objects.Pool()))
        else:
            api.update_pool(ctx, DesignateAdapter.parse("YAML", data, pool))


_update_pools()
