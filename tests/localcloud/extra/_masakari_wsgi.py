"""masakari-api's WSGI application plus the engine's RPC server in the same
process (run INSIDE the cloud venv; masakari.py copies it into the run dir).

masakari.wsgi.api imports masakari.cmd, whose __init__ monkey-patches the whole
process with eventlet; under gunicorn's gthread worker that stalls the worker.
So the application is built here the way masakari.cmd.api.initialize_application
builds it, without that import.

oslo.messaging's ``fake://`` driver delivers messages only within one process,
so the engine (masakari.engine.manager.MasakariManager) listens here too, with
the threading executor.  Its periodic tasks do not run.
"""

import os
import sys

import oslo_messaging as messaging
from masakari import conf, objects, rpc, version
from masakari import config as api_config
from masakari.common import config as _common_config
from masakari.engine import manager
from masakari.objects import base as objects_base
from oslo_log import log as logging
from paste import deploy

CONF = conf.CONF

_dir = os.environ["OS_MASAKARI_CONFIG_DIR"]
_files = [os.path.join(_dir, "api-paste.ini"), os.path.join(_dir, "masakari.conf")]
api_config.parse_args([], default_config_files=_files)
logging.setup(CONF, "masakari")
objects.register_all()
CONF(sys.argv[1:], project="masakari", version=version.version_string())
_common_config.set_middleware_defaults()
rpc.init(CONF)
application = deploy.loadapp("config:%s" % _files[0], name="masakari_api")

_server = messaging.get_rpc_server(
    rpc.TRANSPORT,
    messaging.Target(topic=CONF.masakari_topic, server=CONF.host),
    [manager.MasakariManager(host=CONF.host)],
    executor="threading",
    serializer=rpc.RequestContextSerializer(objects_base.MasakariObjectSerializer()),
    access_policy=messaging.rpc.dispatcher.DefaultRPCAccessPolicy,
)
_server.start()
