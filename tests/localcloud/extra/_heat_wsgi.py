"""heat-api and heat-engine in ONE process, for gunicorn (runs inside the cloud venv).

Heat's API answers every request by an RPC call to heat-engine.  The local cloud has
no message broker, so this entry point builds the API application (transport
``fake://``: oslo.messaging's in-process driver) and then starts an EngineService in
the same process, on the same transport: the API's calls reach the engine through
in-memory queues, and stacks really get created, updated and deleted by the engine
(its resources are what the local cloud has: Keystone, Glance, Neutron, Swift... and
Heat's own OS::Heat::* resources).

Run with gunicorn, one worker (the engine lives in that worker), threads.
"""

from __future__ import annotations

import json
import os
import sys

from oslo_service import backend  # type: ignore[import-not-found,unused-ignore]

backend.init_backend(backend.BackendType.THREADING)

# oslo.config parses argv: gunicorn's arguments are not Heat's; ours carry the config file
sys.argv = [sys.argv[0], *json.loads(os.environ.get("LOCALCLOUD_WSGI_ARGV", "[]"))]

from heat.api.openstack import wsgi as _api_wsgi  # type: ignore[import-not-found,unused-ignore]  # noqa: E402

application = _api_wsgi.init_application()

from heat.engine import service as _engine_service  # type: ignore[import-not-found,unused-ignore]  # noqa: E402
from heat.engine import template as _template  # type: ignore[import-not-found,unused-ignore]  # noqa: E402
from heat.rpc import api as _rpc_api  # type: ignore[import-not-found,unused-ignore]  # noqa: E402
from oslo_config import cfg  # type: ignore[import-not-found,unused-ignore]  # noqa: E402

if not _template._get_template_extension_manager().names():
    raise RuntimeError("no Heat template format plugins are registered")

ENGINE = _engine_service.EngineService(cfg.CONF.host, _rpc_api.ENGINE_TOPIC)
ENGINE.start()
