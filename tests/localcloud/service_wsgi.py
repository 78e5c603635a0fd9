"""WSGI entry point for gunicorn, run INSIDE the cloud venv, for every
service but Keystone (which has keystone_wsgi.py).

services.py copies this file into a service's run dir and starts
``gunicorn service_wsgi:application`` there with:

LOCALCLOUD_WSGI_MODULE  the service's own WSGI module, e.g. ``glance.wsgi.api``;
                        its ``application`` attribute is served
LOCALCLOUD_WSGI_ARGV    JSON list of arguments that oslo.config should see
                        (cinder has no config-file environment variable:
                        ``["--config-file", "/.../cinder.conf"]``)

oslo.config parses sys.argv in keystone, neutron, nova and cinder; gunicorn's
own arguments would make it fail, so sys.argv is reset before the import.
"""

import importlib
import json
import os
import sys

_module = os.environ.get("LOCALCLOUD_WSGI_MODULE", "").strip()
if not _module:
    raise RuntimeError("LOCALCLOUD_WSGI_MODULE is not set")

sys.argv = [sys.argv[0], *json.loads(os.environ.get("LOCALCLOUD_WSGI_ARGV", "[]"))]

application = importlib.import_module(_module).application
if application is None:
    raise RuntimeError(f"{_module}.application is None")
