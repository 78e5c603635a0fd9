"""Zaqar's v2 WSGI application with an explicit config file (run INSIDE the cloud
venv; zaqar.py copies it into the run dir).

zaqar.transport.wsgi.app reads only the default config paths (/etc/zaqar/...);
this builds the same application from ``ZAQAR_CONFIG_FILE``.
"""

import os

from oslo_config import cfg
from oslo_log import log
from zaqar import bootstrap
from zaqar.common import consts

CONF = cfg.CONF

log.register_options(CONF)
CONF(project="zaqar", prog="zaqar-queues", args=["--config-file", os.environ["ZAQAR_CONFIG_FILE"]])
log.setup(CONF, "zaqar")
_boot = bootstrap.Bootstrap(CONF)
CONF.drivers.transport = consts.TRANSPORT_WSGI
application = _boot.transport.app
